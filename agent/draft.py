"""brief -> facts -> draft -> check -> files: the main job, with either writer.

``draft_brief`` gathers the facts, has the writer produce markup (the model
through ``agent.loop`` when one is configured, else ``OfflineWriter``), renders
every figure from its fact, checks the result, and writes the files. A draft that
still has errors after the revision rounds is written and flagged ``failing``,
never passed off as clean.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agent.markup import Rendered, render
from agent.phrases import day_words
from agent.verdict import judge_draft
from marketdesk.brief import Brief
from marketdesk.models import EvidenceBundle, Findings
from prompts import Style, load_style
from tools.base import after_cutoff
from tools.bundle import DataDesk, FactsGatherer, FactsRun
from tools.demo import NOTICE


class DraftRecord(BaseModel):
    """What a run did, for the editor and the evals: stored beside the draft as run.json."""

    brief: str
    as_of: str
    writer: str
    model: str | None = None
    style: str
    style_sha256: str
    prompts: dict[str, str] = Field(default_factory=dict, description="prompt name -> sha256 prefix")
    revisions: int = 0
    round_trips: int = 0
    tool_calls: int = 0
    tokens: dict[str, int] = Field(default_factory=lambda: {"prompt": 0, "completion": 0, "total": 0})
    wall_ms: float = 0.0
    timings_ms: dict[str, float] = Field(default_factory=dict)
    verdict: str = Field(default="clean", description="clean, incomplete or failing (agent/verdict.py)")
    reasons: list[str] = Field(default_factory=list, description="why the draft is not clean, one line each")
    errors: int = 0
    warnings: int = 0
    figures: int = 0
    demo: bool = False
    unavailable: list[str] = Field(default_factory=list, description="required figures the data lacked")
    notices: list[str] = Field(default_factory=list, description="cut-off, DEMO DATA, gaps: travel with every copy")
    disclosure: str = ""
    created_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))


class Draft(BaseModel):
    record: DraftRecord
    markup: str = Field(default="", description="what the writer wrote, {{fact_id}} references and all")
    rendered: Rendered
    findings: Findings
    bundle: EvidenceBundle
    notices: list[str]
    disclosure: str
    title: str


@dataclass
class Writers:
    """The writer side of a desk: a chat model (None: the deterministic writer) and its limits."""

    chat: Any = None
    model_name: str | None = None
    max_revisions: int = 2
    gate: Any = None  # a pipeline's ModelGate: calls in flight, pauses after 429


def writers_from(settings, *, no_model: bool = False, gate: Any = None, max_revisions: int | None = None) -> Writers:
    """The writer a command runs with: the configured model (through ``gate``'s watched HTTP
    client in a pipeline), or the deterministic writer when none is set or ``no_model``."""
    writers = Writers(max_revisions=settings.max_revisions if max_revisions is None else max_revisions, gate=gate)
    if settings.llm_configured and not no_model:
        from agent.llm import build_chat

        client = gate.http_client(settings.model_timeout) if gate is not None else None
        writers.chat = build_chat(settings, timeout=settings.model_timeout, http_client=client)
        writers.model_name = settings.model
    return writers


def notices_for(brief: Brief, bundle: EvidenceBundle, unavailable: list[str], uncovered: list[str] = ()) -> list[str]:
    lines = [f"Data as of {day_words(brief.as_of)}."]
    if getattr(bundle, "demo", False):
        lines.append(NOTICE + ".")
    if uncovered:
        lines.append("No data at the cut-off for " + ", ".join(uncovered) + ": the draft does not cover them.")
    if unavailable:
        lines.append("Unavailable at the data cut-off, so not stated: " + ", ".join(unavailable) + ".")
    if getattr(bundle, "demo", False) and brief.news and not bundle.reports \
            and any(e.kind == "company" and e.ticker for e in brief.entities):
        lines.append("No headlines are quoted: DEMO DATA has none, and none are made up.")
    return lines


def draft_brief(brief: Brief, data: DataDesk, writers: Writers, offline: bool = False,
                progress=None) -> tuple[Draft, FactsRun]:
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    style: Style = load_style(brief.style)
    record = DraftRecord(brief=brief.id, as_of=brief.as_of.isoformat(), writer="deterministic", style=style.name,
                         style_sha256=style.sha256)
    t = time.perf_counter()
    facts = FactsGatherer(data).gather(brief, offline=offline, progress=progress)
    timings["facts"] = (time.perf_counter() - t) * 1000
    # A required figure the data could not supply is reported as unavailable (notices, run.json),
    # not demanded of the writer: it cannot state it without guessing.
    bundle = facts.bundle.model_copy(update={"required": tuple(m for m in facts.bundle.required
                                                               if m not in facts.missing_required)})
    # The cut-off holds: a fact that begins after as_of (a valuation snapshot taken the day
    # after) is not in what the writer may cite.
    bundle = bundle.model_copy(update={"facts": tuple(f for f in bundle.facts if not after_cutoff(f, brief.as_of))})
    finish_reason = stopped = None
    if writers.chat is None:
        from agent.cited import check_cited
        from agent.offline_writer import OfflineWriter

        t = time.perf_counter()
        markup = OfflineWriter(brief, bundle, style).write()
        rendered = render(markup, bundle)
        timings["write"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        findings = check_cited(rendered, bundle)
        timings["check"] = (time.perf_counter() - t) * 1000
    else:
        from agent.loop import AgentLoop

        loop = AgentLoop(writers.chat, brief, bundle, style, data, offline=offline,
                         max_revisions=writers.max_revisions, gate=writers.gate)
        result = loop.run()
        rendered, findings, bundle, markup = result.rendered, result.findings, result.bundle, result.markup
        finish_reason, stopped = result.finish_reason, result.stopped
        record.writer, record.model = "model", writers.model_name
        record.prompts = result.prompts
        record.revisions, record.round_trips, record.tool_calls = result.revisions, result.round_trips, result.tool_calls
        record.tokens = result.tokens
        timings.update(result.timings_ms)
    unavailable = [f"{m.replace('_', ' ')}" for m in facts.missing_required]
    record.unavailable = unavailable
    # A reference the renderer could not resolve is an error too: the draft is not clean.
    record.errors, record.warnings = findings.summary.errors + len(rendered.issues), findings.summary.warnings
    record.figures = len(rendered.figures)
    verdict = judge_draft(rendered, findings, style, brief, facts.bundle, finish_reason)
    record.verdict, record.reasons = verdict.status, verdict.reasons
    if stopped:
        record.verdict = "failing"
        record.reasons.append(stopped)
    record.demo = facts.demo
    record.wall_ms = (time.perf_counter() - t0) * 1000
    record.timings_ms = {k: round(v, 1) for k, v in timings.items()}
    notices = notices_for(brief, bundle, unavailable, verdict.uncovered)
    record.notices, record.disclosure = notices, style.disclosure
    draft = Draft(record=record, markup=markup, rendered=rendered, findings=findings, bundle=bundle,
                  notices=notices, disclosure=style.disclosure, title=brief.title)
    return draft, facts


def save_draft(draft: Draft, facts: FactsRun, out_dir: Path, brief: Brief) -> dict[str, Path]:
    from agent.publish import write_outputs

    t = time.perf_counter()
    chart = None
    # the article's own headline, which the writer may have written from the data in place of the
    # brief's title: the chart and the page are headed with what the article says
    first = draft.rendered.text.lstrip().split("\n", 1)[0]
    headline = first[2:].strip() if first.startswith("# ") else draft.title
    if facts.performance:
        import tempfile

        from tools.chart import brief_chart

        with tempfile.TemporaryDirectory() as tmp:
            chart = brief_chart(facts.performance, brief, facts.demo, Path(tmp) / "chart.png", title=headline).read_bytes()
    render_ms = (time.perf_counter() - t) * 1000
    draft.record.timings_ms["render"] = round(render_ms, 1)
    draft.record.wall_ms = round(draft.record.wall_ms + render_ms, 1)
    return write_outputs(out_dir, title=headline, rendered=draft.rendered, bundle=draft.bundle,
                         findings=draft.findings, notices=draft.notices, disclosure=draft.disclosure,
                         chart_png=chart, demo=facts.demo, record=draft.record.model_dump(), markup=draft.markup)
