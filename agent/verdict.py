"""A draft's verdict: clean only when it is grounded and complete.

- ``failing``: the checker found an error, or the writer's markup has a problem (a typed
  number, a reference to no fact).
- ``incomplete``: nothing certainly false was found, but the draft is not ready: the checker
  has warnings (figures it could not confirm, worth a look), or it is not the piece the brief asked
  for: the model's reply was cut off, it states no figure, a section of the style that the
  brief has material for is missing, its length is outside the brief's and the style's
  ranges (10% slack), or the data has nothing on an entity or economy the brief names.
- ``clean``: none of the above.

Each reason is one line an editor can act on; the first is what the CLI prints.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from agent.markup import Rendered
from marketdesk.brief import Brief
from marketdesk.models import EvidenceBundle, Findings
from prompts import Style

# How far a draft may stray from the brief's length before it counts as the wrong piece:
# the word count of a rendered draft moves with the figures' lengths.
LENGTH_SLACK = 0.1


class Verdict(BaseModel):
    status: Literal["clean", "incomplete", "failing"]
    reasons: list[str] = Field(default_factory=list)
    uncovered: list[str] = Field(default_factory=list, description="entities and economies with no fact")


# What a section needs from the brief to be asked of the draft: a macro-only brief has no
# stock drivers to write about, an equities-only one no macro picture.
# Leaders and laggards need at least two names to rank: a one-stock piece tells its move in the lede.
_NEEDS = {"drivers": ("several",), "markets": ("entities",), "macro": ("macro",), "divergence": ("entities", "macro")}


def _heading_key(h: str) -> str:
    """"## 5. **Risks:**", "Capital market dynamics" -> a comparable key."""
    h = re.sub(r"^[\d.)\s]+", "", h.replace("*", "").replace("_", "")).strip().rstrip(":.").lower()
    return re.sub(r"[\s-]+", " ", h)


def _asked(text: str, style: Style, have: dict[str, bool] | None) -> tuple[list[tuple[str, set[str]]], list[str]]:
    """The text's headings (as keys, in order), and the style's sections asked of it, each with
    the heading keys that tell it: its own title, or the joint heading it shares with its
    neighbour (``with_next``). Nothing is asked of a short piece that runs as one story (the
    style's rule), nor a section there was no material for (``have``)."""
    headings = [_heading_key(h) for h in re.findall(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", text, re.M)]
    if style.form != "bullets" and not re.search(r"^#{2,6}[ \t]", text, re.M) \
            and len(re.sub(r"^#[ \t].*$", "", text, flags=re.M).split()) < style.untitled_under:
        return [], headings
    keys = {s.key: {_heading_key(s.title)} for s in style.sections if s.title}
    for s, nxt in zip(style.sections, style.sections[1:]):
        if s.with_next and s.title and nxt.title:  # two short sections told as one
            keys[s.key].add(_heading_key(s.with_next))
            keys[nxt.key].add(_heading_key(s.with_next))
    asked = [(s.title, keys[s.key]) for s in style.sections if s.title
             and (have is None or all(have[need] for need in _NEEDS.get(s.key, ())))]
    return asked, headings


def missing_sections(text: str, style: Style, have: dict[str, bool] | None = None) -> list[str]:
    """The style's section titles the text has no heading for; with ``have`` (whether there are
    facts for the brief's entities and economies), only those there was material for."""
    asked, headings = _asked(text, style, have)
    return [title for title, keys in asked if not keys & set(headings)]


def sections_in_order(text: str, style: Style, have: dict[str, bool] | None = None) -> float:
    """The share of the sections the style asks of this text that it has, in the style's order
    (1.0 for a short piece the style runs as one story). A joint heading serves both sections."""
    asked, headings = _asked(text, style, have)
    if not asked:
        return 1.0
    pos, found = 0, 0
    for _, keys in asked:
        at = next((i for i in range(pos, len(headings)) if headings[i] in keys), None)
        if at is not None:
            found, pos = found + 1, at
    return found / len(asked)


def material(brief: Brief, bundle: EvidenceBundle) -> dict[str, bool]:
    """What the evidence has to write sections from: the brief's entities, its economies, and at
    least two names to rank."""
    no_entities, no_economies = coverage(brief, bundle)
    return {"entities": len(no_entities) < len(brief.entities), "macro": len(no_economies) < len(brief.macro),
            "several": len(brief.entities) - len(no_entities) >= 2}


def coverage(brief: Brief, bundle: EvidenceBundle) -> tuple[list[str], list[str]]:
    """The brief's entities, and its economies (by their catalogue name), the evidence has no
    fact about, as an editor would name them."""
    from tools.catalogue import load_catalogue

    cat = load_catalogue()
    have = {f.entity for f in bundle.facts}
    entities = [f"{e.name} ({e.ticker})" if e.ticker else e.name for e in brief.entities if e.name not in have]
    economies = [f"{m.economy} macro" for m in brief.macro
                 if (cat.canonical_economy(m.economy) or m.economy) not in have]
    return entities, economies


def judge_draft(rendered: Rendered, findings: Findings, style: Style, brief: Brief, bundle: EvidenceBundle,
                finish_reason: str | None = None) -> Verdict:
    reasons: list[str] = []
    errors = findings.summary.errors + len(rendered.issues)
    if errors:
        kinds = sorted({f.kind for f in findings.findings if f.severity == "error"} | {i.kind for i in rendered.issues})
        reasons.append(f"{errors} errors ({', '.join(kinds)})")
    if findings.summary.warnings:
        # A warning is a figure the checker could not confirm: never clean until someone looks.
        kinds = sorted({f.kind for f in findings.findings if f.severity == "warning"})
        reasons.append(f"{findings.summary.warnings} warnings to check ({', '.join(kinds)})")
    if finish_reason not in (None, "stop"):
        reasons.append(f"the model's reply was cut off (finish_reason={finish_reason}): the article is unfinished")
    if not rendered.figures:
        reasons.append("the draft states no figure from the evidence")
    no_entities, no_economies = coverage(brief, bundle)
    gone = missing_sections(rendered.text, style, material(brief, bundle))
    if gone:
        reasons.append("missing sections: " + ", ".join(gone))
    words = len(rendered.text.split())
    # The brief's range, widened to the style's own (a wire brief asked of a long-form brief)
    lo, hi = min(brief.length.min_words, style.min_words), max(brief.length.max_words, style.max_words)
    if not lo * (1 - LENGTH_SLACK) <= words <= hi * (1 + LENGTH_SLACK):
        reasons.append(f"{words} words, outside the {lo}-{hi} the brief and style ask for")
    holes = no_entities + no_economies
    if holes:
        reasons.append("no data for " + ", ".join(holes))
    status = "failing" if errors else ("incomplete" if reasons else "clean")
    return Verdict(status=status, reasons=reasons, uncovered=holes)
