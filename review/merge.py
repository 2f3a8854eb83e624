"""Two editors' versions of one draft, merged paragraph by paragraph.

When a save finds that someone else saved first, the page shows every paragraph where
the two versions differ, side by side, with a choice: theirs, mine, or both. The choice
starts where a three-way comparison with the version both started from points: a
paragraph only one editor changed takes that editor's change, so two edits to different
paragraphs merge with one click; a paragraph both changed keeps both until the editor
picks. Nothing is dropped without having been shown.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

from pydantic import BaseModel

Pick = Literal["theirs", "mine", "both"]


class Part(BaseModel):
    same: list[str] | None = None  # paragraphs both versions have
    theirs: list[str] = []
    mine: list[str] = []
    pick: Pick = "both"
    who: Literal["theirs", "mine", "both"] = "both"  # who changed this part from the common version


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n{2,}", text.strip("\n")) if p.strip()]


def _in(chunk: list[str], base: list[str]) -> bool:
    """Whether ``chunk`` is a run of consecutive paragraphs of ``base`` (unchanged from it)."""
    n = len(chunk)
    return n == 0 or any(base[i:i + n] == chunk for i in range(len(base) - n + 1))


def merge(base: str, theirs: str, mine: str) -> list[Part]:
    b, t, m = paragraphs(base), paragraphs(theirs), paragraphs(mine)
    parts: list[Part] = []
    for tag, i0, i1, j0, j1 in difflib.SequenceMatcher(None, t, m, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(Part(same=t[i0:i1]))
            continue
        ours, their = m[j0:j1], t[i0:i1]
        if _in(their, b) and not _in(ours, b):
            parts.append(Part(theirs=their, mine=ours, pick="mine", who="mine"))
        elif _in(ours, b) and not _in(their, b):
            parts.append(Part(theirs=their, mine=ours, pick="theirs", who="theirs"))
        else:
            parts.append(Part(theirs=their, mine=ours, pick="both", who="both"))
    return parts


def assemble(parts: list[Part], picks: dict[int, Pick]) -> str:
    """The merged text: each changed part as picked (``picks`` by part index, else its default)."""
    out: list[str] = []
    for i, p in enumerate(parts):
        if p.same is not None:
            out.extend(p.same)
            continue
        pick = picks.get(i, p.pick)
        out.extend(p.theirs if pick == "theirs" else p.mine if pick == "mine" else p.theirs + p.mine)
    return "\n\n".join(out) + "\n"
