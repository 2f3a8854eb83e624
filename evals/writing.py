"""How a draft reads, measured: the repetition an editor notices before the facts.

- **Sentence frames**: a sentence with its figures, names and dates masked ("X shares have
  gained N so far in Y"); the most any frame is used in one draft.
- **Most repeated 3-gram** outside names and figures ("so far in", "on November 28").
- **Facts stated more than once**: fact references ``{{id}}`` that occur twice or more.
- **Filler**: sentences with no figure and no named subject (an entity or an economy).
- **Angles covered**: of the top three angles the data offers (``agent.angles``), how many
  the draft states with all their facts.

Pure functions of the marked-up draft (the ``{{fact_id}}`` form the writers produce), the
brief and the bundle; the eval harness reports and gates them.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel

from marketdesk.brief import Brief
from marketdesk.models import EvidenceBundle

from evals import rx

_REF = rx.compile(r"\{\{\s*([A-Za-z0-9_.:,\-]+)[^}]*\}\}")
_FOOTNOTE = rx.compile(r"\[\^\d+\]")
_SENTENCE = rx.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_NUMBER = rx.compile(r"[-+]?\d[\d,.]*%?")
_DATE = rx.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                   r"|Monday|Tuesday|Wednesday|Thursday|Friday|first|second|third|fourth)\b")
_WORD = rx.compile(r"[a-z][a-z'-]*")


class ProseMetrics(BaseModel):
    sentences: int
    frames: list[str] = []  # each body sentence's frame, for measures across a run's drafts
    max_frame_repeats: int
    top_frame: str
    top_trigram: str
    top_trigram_count: int
    facts_repeated: int
    filler_sentences: int
    angles_offered: int
    angles_covered: int


def body_sentences(marked: str) -> list[str]:
    """The article's sentences: headings, the notice and footnotes left out."""
    out = []
    for block in marked.split("\n\n"):
        b = block.strip()
        if not b or b.startswith(("#", "*", "![", "[^", "|", "---")):
            continue
        b = re.sub(r"^[-*]\s+", "", b, flags=re.M)  # a bullet is a sentence of its own
        for line in b.splitlines():
            out += [s.strip() for s in _SENTENCE.split(_FOOTNOTE.sub("", line)) if s.strip()]
    return out


def _names(brief: Brief, bundle: EvidenceBundle) -> list[str]:
    names = {e.name for e in bundle.entities} | {a for e in bundle.entities for a in e.aliases}
    names |= {e.name for e in brief.entities} | {m.economy for m in brief.macro}
    return sorted((n for n in names if len(n) > 1), key=len, reverse=True)


def frame(sentence: str, names: list[str]) -> str:
    s = _REF.sub("N", sentence)
    for n in names:
        s = re.sub(rf"(?<![\w]){re.escape(n)}(?![\w])", "X", s)
    s = _DATE.sub("D", s)
    s = _NUMBER.sub("N", s)
    return re.sub(r"\s+", " ", s).strip()


def shared_frames(drafts: list[list[str]]) -> float:
    """The share of sentences whose frame another draft also uses: how much of a desk's output
    reads as one template. 0.0 when every draft words its sentences its own way."""
    users: dict[str, set[int]] = {}
    for i, frames in enumerate(drafts):
        for f in frames:
            users.setdefault(f, set()).add(i)
    total = sum(len(f) for f in drafts)
    return round(sum(1 for f in drafts for x in f if len(users[x]) > 1) / total, 4) if total else 0.0


def measure_prose(marked: str, brief: Brief, bundle: EvidenceBundle, angles=None) -> ProseMetrics:
    from agent.angles import find_angles
    from agent.markup import DERIVED_PREFIXES  # figures from two facts: cite both, never a repeat

    names = _names(brief, bundle)
    sents = body_sentences(marked)
    framed = [frame(s, names) for s in sents]  # each sentence masked once, for every measure below
    frames = Counter(framed)
    top_frame, top_n = frames.most_common(1)[0] if frames else ("", 0)
    grams: Counter = Counter()
    for f in framed:
        words = [w for w in _WORD.findall(f.lower()) if w not in ("x", "n", "d")]
        grams.update(" ".join(words[i:i + 3]) for i in range(len(words) - 2))
    top_gram, gram_n = grams.most_common(1)[0] if grams else ("", 0)
    refs = Counter(m.group(1) for m in _REF.finditer(marked))
    cited = set(refs) | {i for r in refs if r[:4] in DERIVED_PREFIXES for i in r[4:].split(",")}
    lowered = [n.lower() for n in names]
    filler = sum(1 for s in sents if not _REF.search(s) and not _NUMBER.search(s)
                 and not any(n in s.lower() for n in lowered))
    offered = (angles if angles is not None else find_angles(brief, bundle))[:3]
    covered = sum(1 for a in offered if all(i in cited for i in a.fact_ids))
    return ProseMetrics(sentences=len(sents), frames=framed, max_frame_repeats=top_n, top_frame=top_frame, top_trigram=top_gram,
                        top_trigram_count=gram_n,
                        facts_repeated=sum(1 for r, n in refs.items() if n > 1 and not r[:4] in DERIVED_PREFIXES),
                        filler_sentences=filler, angles_offered=len(offered), angles_covered=covered)
