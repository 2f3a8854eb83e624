"""Run a suite: draft every brief with one writer, measure each draft, score the checker, store it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field
from sqlalchemy import select

from agent.draft import Writers, draft_brief
from evals.harness.metrics import DraftMetrics, Totals, measure, totals
from evals.harness.suite import DIRECTION, Suite
from marketdesk.errors import InputError, MarketdeskError
from pipeline.spec import NightlySpec, brief_files, load_briefs
from prompts import load_style
from storage.drafts import DraftStore
from storage.schema import EvalRunRow
from tools.bundle import DataDesk


class CheckerScore(BaseModel):
    cases: int
    by_kind: dict[str, dict[str, float]]
    precision: float
    recall: float
    sets: list[str] = Field(default_factory=list, description="labelled sets scored (as the suite names them)")
    left_out: list[str] = Field(default_factory=list,
                                description="labelled sets the suite names that were not found here, so not scored")


class EvalRun(BaseModel):
    id: int | None = None
    suite: str
    writer: str
    style: str | None
    totals: Totals
    results: list[DraftMetrics]
    thresholds: dict[str, float]
    checker: CheckerScore | None = None


def score_checker(base: Path, sets: list[str]) -> CheckerScore | None:
    """Score the checker on the suite's labelled sets that exist here.

    A set that is not on this machine (the shared examples beside a developer's checkout are
    not in a user's clone) is named in ``left_out``, never dropped in silence.
    """
    from evals.scoring import case_folders, score
    from evals.scoring import totals as kind_totals

    if not sets:
        return None
    found = [p for p in sets if (base / p).is_dir()]
    left_out = [p for p in sets if p not in found]
    cases = case_folders(*[base / p for p in found]) if found else []
    if not cases:
        return CheckerScore(cases=0, by_kind={}, precision=0.0, recall=0.0, sets=found, left_out=left_out)
    by_kind, results = score(cases)
    t = kind_totals(by_kind)
    return CheckerScore(cases=len(results), precision=round(t.precision, 4), recall=round(t.recall, 4),
                        by_kind={k: {"tp": v.tp, "fp": v.fp, "fn": v.fn, "precision": round(v.precision, 4),
                                     "recall": round(v.recall, 4)} for k, v in sorted(by_kind.items())},
                        sets=found, left_out=left_out)


def run_suite(suite: Suite, base: Path, data: DataDesk, writers: Writers, *, offline: bool,
              style: str | None = None, progress: Callable[[DraftMetrics, int, int], None] | None = None) -> EvalRun:
    files, missing = brief_files(NightlySpec(briefs=suite.briefs), base)
    briefs, bad = load_briefs(files)
    bad = missing + bad
    if bad:
        raise InputError(None, bad[0][1], "fix the suite's briefs")
    style_name = style or suite.style
    rows: list[DraftMetrics] = []
    for i, brief in enumerate(briefs, 1):
        if style_name:
            brief = brief.model_copy(update={"style": style_name})
        t0 = time.perf_counter()
        try:
            draft, _ = draft_brief(brief, data, writers, offline=offline)
            row = measure(brief, load_style(brief.style), draft)
        except MarketdeskError as err:  # a brief the writer could not draft counts, it does not stop the run
            row = DraftMetrics(brief=brief.id, verdict="failed", figures=0, grounded=0, grounding_rate=0.0,
                               errors=0, warnings=0, errors_by_kind={}, warnings_by_kind={},
                               required=len(brief.required), required_covered=0, revisions=0, round_trips=0,
                               tokens=0, wall_ms=round((time.perf_counter() - t0) * 1000, 1), words=0,
                               length_ok=False, sections_in_order=0.0, failed=str(err))
        rows.append(row)
        if progress:
            progress(row, i, len(briefs))
    writer = f"model:{writers.model_name}" if writers.chat is not None else "deterministic"
    checker = score_checker(base, suite.labelled_sets)
    return EvalRun(suite=suite.name, writer=writer, style=style_name, totals=totals(rows), results=rows,
                   thresholds=suite.thresholds, checker=checker)


def store_run(store: DraftStore, run: EvalRun) -> int:
    with store.Session.begin() as s:
        row = EvalRunRow(suite=run.suite, writer=run.writer, style=run.style, totals=run.totals.model_dump(),
                         results=[r.model_dump() for r in run.results], thresholds=run.thresholds,
                         checker=run.checker.model_dump() if run.checker else {})
        s.add(row)
        s.flush()
        return row.id


def load_run(store: DraftStore, run_id: int) -> EvalRun:
    with store.Reader() as s:
        row = s.get(EvalRunRow, run_id)
        if row is None:
            raise InputError(None, f"no eval run {run_id}", "see the ids `marketdesk evals run` printed")
        return EvalRun(id=row.id, suite=row.suite, writer=row.writer, style=row.style,
                       totals=Totals.model_validate(row.totals),
                       results=[DraftMetrics.model_validate(r) for r in row.results], thresholds=row.thresholds,
                       checker=CheckerScore.model_validate(row.checker) if row.checker else None)


def latest_runs(store: DraftStore, n: int = 20) -> list[tuple[int, str, str]]:
    with store.Reader() as s:
        return [(r.id, r.suite, r.writer) for r in
                s.execute(select(EvalRunRow).order_by(EvalRunRow.id.desc()).limit(n)).scalars()]


class Change(BaseModel):
    metric: str
    a: float
    b: float
    threshold: float | None
    regression: bool


def metric_value(run: EvalRun, metric: str) -> float:
    t = run.totals
    if metric == "clean_rate":
        return t.clean / t.drafts if t.drafts else 1.0
    return float(getattr(t, metric))


def compare(a: EvalRun, b: EvalRun, thresholds: dict[str, float] | None = None) -> list[Change]:
    """B against A: a gated metric that worsens by more than its threshold is a regression."""
    limits = thresholds if thresholds is not None else (b.thresholds or a.thresholds)
    out = []
    for metric, direction in DIRECTION.items():
        va, vb = metric_value(a, metric), metric_value(b, metric)
        limit = limits.get(metric)
        worse = (va - vb) * direction  # > 0: B is worse
        out.append(Change(metric=metric, a=round(va, 4), b=round(vb, 4), threshold=limit,
                          regression=limit is not None and worse > limit + 1e-9))
    return out
