"""What a draft scores: grounding, findings by kind, required figures, effort, style adherence."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field

from agent.verdict import material, sections_in_order
from evals.writing import measure_prose, shared_frames
from marketdesk.brief import Brief
from prompts import Style


class DraftMetrics(BaseModel):
    brief: str
    verdict: str
    figures: int
    grounded: int
    grounding_rate: float = Field(description="grounded / figures (1.0 for a draft with no figures)")
    errors: int
    warnings: int
    errors_by_kind: dict[str, int]
    warnings_by_kind: dict[str, int]
    required: int
    required_covered: int
    revisions: int
    round_trips: int
    tokens: int
    wall_ms: float
    words: int
    length_ok: bool
    sections_in_order: float = Field(description="share of the sections the style asks of this draft present, in order (agent.verdict)")
    # how it reads (evals/writing.py)
    max_frame_repeats: int = 0
    frames: list[str] = Field(default_factory=list, exclude=True)  # for shared_frames_rate; not stored
    top_frame: str = ""
    top_trigram: str = ""
    top_trigram_count: int = 0
    facts_repeated: int = 0
    filler_sentences: int = 0
    angles_offered: int = 0
    angles_covered: int = 0
    failed: str | None = None


def measure(brief: Brief, style: Style, draft) -> DraftMetrics:
    f = draft.findings
    errors = Counter(x.kind for x in f.findings if x.severity == "error")
    warnings = Counter(x.kind for x in f.findings if x.severity == "warning")
    missing = {x.metric for x in f.findings if x.kind == "missing_required" and x.metric}
    required = list(brief.required)
    words = len(draft.rendered.text.split())
    rec = draft.record
    figures = f.summary.figures
    prose = measure_prose(draft.markup, brief, draft.bundle)
    return DraftMetrics(**prose.model_dump(exclude={"sentences"}),
        brief=brief.id, verdict=rec.verdict, figures=figures, grounded=f.summary.grounded,
        grounding_rate=round(f.summary.grounded / figures, 4) if figures else 1.0,
        errors=f.summary.errors + len(draft.rendered.issues), warnings=f.summary.warnings,
        errors_by_kind=dict(errors), warnings_by_kind=dict(warnings),
        required=len(required), required_covered=len([m for m in required if m not in missing and m not in rec.unavailable]),
        revisions=rec.revisions, round_trips=rec.round_trips, tokens=rec.tokens.get("total", 0),
        wall_ms=round(rec.wall_ms, 1), words=words,
        length_ok=brief.length.min_words <= words <= brief.length.max_words,
        sections_in_order=round(sections_in_order(draft.rendered.text, style, material(brief, draft.bundle)), 3))


class Totals(BaseModel):
    drafts: int
    failed: int
    clean: int
    figures: int
    grounded: int
    grounding_rate: float
    errors: int
    warnings: int
    errors_by_kind: dict[str, int]
    required: int
    required_covered: int
    required_rate: float
    revisions: int
    round_trips: int
    tokens: int
    wall_ms: float
    length_ok_rate: float
    sections_in_order: float
    max_frame_repeats: int = 0
    facts_repeated: int = 0
    filler_sentences: int = 0
    angles_covered_rate: float = 1.0
    shared_frames_rate: float = Field(0.0, description="share of sentences whose frame another draft of the run "
                                                         "also uses (evals.writing.shared_frames)")


def totals(rows: list[DraftMetrics]) -> Totals:
    ok = [r for r in rows if r.failed is None]
    figures, grounded = sum(r.figures for r in ok), sum(r.grounded for r in ok)
    required, covered = sum(r.required for r in ok), sum(r.required_covered for r in ok)
    kinds: Counter = Counter()
    for r in ok:
        kinds.update(r.errors_by_kind)
    n = len(ok) or 1
    return Totals(
        drafts=len(rows), failed=len(rows) - len(ok), clean=sum(r.verdict == "clean" for r in ok),
        figures=figures, grounded=grounded, grounding_rate=round(grounded / figures, 4) if figures else 1.0,
        errors=sum(r.errors for r in ok), warnings=sum(r.warnings for r in ok), errors_by_kind=dict(kinds),
        required=required, required_covered=covered, required_rate=round(covered / required, 4) if required else 1.0,
        revisions=sum(r.revisions for r in ok), round_trips=sum(r.round_trips for r in ok),
        tokens=sum(r.tokens for r in ok), wall_ms=round(sum(r.wall_ms for r in ok), 1),
        length_ok_rate=round(sum(r.length_ok for r in ok) / n, 4),
        sections_in_order=round(sum(r.sections_in_order for r in ok) / n, 4),
        max_frame_repeats=max((r.max_frame_repeats for r in ok), default=0),
        facts_repeated=sum(r.facts_repeated for r in ok), filler_sentences=sum(r.filler_sentences for r in ok),
        angles_covered_rate=round(sum(r.angles_covered for r in ok) / offered, 4) if (
            offered := sum(r.angles_offered for r in ok)) else 1.0,
        shared_frames_rate=shared_frames([r.frames for r in ok]))
