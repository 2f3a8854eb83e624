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


def common_ends(a, b) -> tuple[int, int]:
    """How many leading and (not overlapping them) trailing items two sequences share."""
    head, limit = 0, min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    return head, tail


def opcodes(a: list[str], b: list[str], budget: int = 4_000_000) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, at a bounded cost. Repetitive text (the same paragraph or word
    thousands of times) ran difflib without its junk heuristic for minutes. So: the common
    head and tail are matched directly; the middle is compared with difflib's "autojunk"
    (an element in over 1% of a long sequence cannot start a match: repetition stops being
    quadratic, while real paragraphs, being rare, still match); and a middle over ``budget``
    (len(a) x len(b)) is reported as one replaced stretch. Equal stretches are always exact."""
    head, tail = common_ends(a, b)
    ops: list[tuple[str, int, int, int, int]] = [("equal", 0, head, 0, head)] if head else []
    a1, b1 = len(a) - tail, len(b) - tail
    if (a1 - head) * (b1 - head) <= budget:
        ops += [(t, i0 + head, i1 + head, j0 + head, j1 + head) for t, i0, i1, j0, j1 in
                difflib.SequenceMatcher(None, a[head:a1], b[head:b1]).get_opcodes()]
    elif a1 > head or b1 > head:
        ops.append(("replace" if a1 > head and b1 > head else "delete" if a1 > head else "insert", head, a1, head, b1))
    if tail:
        ops.append(("equal", a1, len(a), b1, len(b)))
    return ops


def _matches(base: list[str], other: list[str]) -> dict[int, int]:
    """Which paragraph of ``other`` each unchanged paragraph of ``base`` became."""
    out = {}
    for tag, i0, i1, j0, _j1 in opcodes(base, other):
        if tag == "equal":
            for k in range(i1 - i0):
                out[i0 + k] = j0 + k
    return out


def merge(base: str, theirs: str, mine: str) -> list[Part]:
    """A three-way merge by paragraph (diff3's idea): between paragraphs that neither side
    touched, a stretch only one side changed takes that side's change; a stretch both changed
    differently is a conflict, and keeps both until the editor picks."""
    b, t, m = paragraphs(base), paragraphs(theirs), paragraphs(mine)
    to_t, to_m = _matches(b, t), _matches(b, m)
    sync = [(i, to_t[i], to_m[i]) for i in range(len(b)) if i in to_t and i in to_m]
    sync.append((len(b), len(t), len(m)))
    parts: list[Part] = []

    def same(paras: list[str]) -> None:
        if not paras:
            return
        if parts and parts[-1].same is not None:
            parts[-1].same.extend(paras)
        else:
            parts.append(Part(same=list(paras)))

    pb = pt = pm = 0
    for i, j, k in sync:
        bb, tt, mm = b[pb:i], t[pt:j], m[pm:k]
        if tt == mm:
            same(tt)
        elif tt == bb:
            parts.append(Part(theirs=tt, mine=mm, pick="mine", who="mine"))
        elif mm == bb:
            parts.append(Part(theirs=tt, mine=mm, pick="theirs", who="theirs"))
        else:
            parts.append(Part(theirs=tt, mine=mm, pick="both", who="both"))
        if i < len(b):
            same([b[i]])
        pb, pt, pm = i + 1, j + 1, k + 1
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
