"""Run a set of briefs: concurrently, each failure alone, idempotent by (brief, as_of).

Each job claims its (brief, as_of) in the store (a done one is skipped), drafts it
(model or deterministic writer), and saves draft, evidence and findings in one
transaction. A crash or kill -9 leaves the job 'running' with nothing half-written;
the next run claims it again and finishes it. The report lists every brief: clean,
flagged (stored, with checker errors), failed (with the reason), skipped (done
before), and the time each took.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from pydantic import BaseModel

from agent.draft import Writers, draft_brief
from marketdesk.brief import Brief
from marketdesk.errors import MarketdeskError
from storage.drafts import DraftStore, LostClaim
from tools.bundle import DataDesk

log = logging.getLogger(__name__)


class JobResult(BaseModel):
    brief: str
    as_of: str
    status: str  # clean | flagged | failed | skipped
    seconds: float = 0.0
    errors: int = 0
    attempt: int = 0
    reason: str | None = None


class Report(BaseModel):
    pipeline_id: int
    spec: str
    wall_seconds: float
    concurrency: int
    results: list[JobResult]
    rate_limited: int = 0
    peak_model_calls: int = 0
    interrupted: bool = False

    @property
    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in ("clean", "flagged", "failed", "skipped")}
        for r in self.results:
            out[r.status] = out.get(r.status, 0) + 1
        return out


ProgressFn = Callable[[JobResult, int, int], None]


def run_job(brief: Brief, store: DraftStore, data: DataDesk, writers: Writers, pipeline_id: int | None,
            offline: bool) -> JobResult:
    """One brief: claim it, draft it, save it in one transaction, or record why not. The unit of
    work of both the single-machine pipeline and a Celery worker."""
    start = time.perf_counter()
    claim = None
    try:
        claim, why_not = store.claim(brief, pipeline_id)
        if claim is None:
            return JobResult(brief=brief.id, as_of=str(brief.as_of), status="skipped", reason=why_not)
        draft, _ = draft_brief(brief, data, writers, offline=offline)
        seconds = time.perf_counter() - start
        store.save_draft(claim, draft, seconds=seconds)
        status = "clean" if draft.record.verdict == "clean" else "flagged"
        return JobResult(brief=brief.id, as_of=str(brief.as_of), status=status, seconds=round(seconds, 3),
                         errors=draft.record.errors, attempt=claim.attempt)
    except LostClaim as err:
        return JobResult(brief=brief.id, as_of=str(brief.as_of), status="skipped", reason=str(err))
    except Exception as err:  # noqa: BLE001 - one brief's failure must not stop the others
        seconds = time.perf_counter() - start
        reason = str(err) if isinstance(err, MarketdeskError) else f"{type(err).__name__}: {str(err)[:300]}"
        if not isinstance(err, MarketdeskError):
            log.exception("draft_crashed", extra={"brief": brief.id})
        if claim is not None:
            try:
                store.fail(claim, reason, seconds=seconds)
            except Exception:  # noqa: BLE001 - the report still says why
                log.exception("fail_not_recorded", extra={"brief": brief.id})
        return JobResult(brief=brief.id, as_of=str(brief.as_of), status="failed", seconds=round(seconds, 3),
                         attempt=claim.attempt if claim else 0, reason=reason)


def run_pipeline(briefs: list[Brief], store: DraftStore, data: DataDesk, writers: Writers, *, spec: str,
                 concurrency: int, offline: bool = False, invalid: list[tuple[Path, str]] = (),
                 progress: ProgressFn | None = None) -> Report:
    t0 = time.perf_counter()
    pipeline_id = store.start_pipeline(spec)
    results: list[JobResult] = []
    lock = threading.Lock()
    total = len(briefs) + len(invalid)
    for path, reason in invalid:  # a brief that does not load fails alone, and says why
        results.append(JobResult(brief=path.stem, as_of="-", status="failed", reason=reason))

    def job(brief: Brief) -> JobResult:
        return run_job(brief, store, data, writers, pipeline_id, offline)

    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="brief")
    interrupted = False
    try:
        futures = [pool.submit(job, b) for b in briefs]
        for fut in as_completed(futures):
            result = fut.result()
            with lock:
                results.append(result)
                done = len(results)
            if progress:
                progress(result, done, total)
    except KeyboardInterrupt:
        interrupted = True  # stop queued briefs; those in flight finish or are re-taken next run
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        if not interrupted:
            pool.shutdown(wait=True)
        gate = writers.gate
        report = Report(pipeline_id=pipeline_id, spec=spec, wall_seconds=round(time.perf_counter() - t0, 3),
                        concurrency=concurrency, results=sorted(results, key=lambda r: r.brief),
                        rate_limited=gate.rate_limited if gate else 0, peak_model_calls=gate.peak if gate else 0,
                        interrupted=interrupted)
        store.finish_pipeline(pipeline_id, report.model_dump(mode="json"))
    return report


def run_distributed(briefs: list[Brief], store: DraftStore, settings, *, spec: str, offline: bool,
                    invalid: list[tuple[Path, str]] = (), progress: ProgressFn | None = None,
                    timeout: float = 6 * 3600, options: dict | None = None) -> Report:
    """Enqueue the briefs for Celery workers and wait for the database to say they are done."""
    from pipeline.distributed import check_broker, done_before, enqueue, wait_for

    t0 = time.perf_counter()
    check_broker(settings)  # a one-line error now, not a traceback or a silent wait
    pipeline_id = store.start_pipeline(spec)
    results = [JobResult(brief=p.stem, as_of="-", status="failed", reason=reason) for p, reason in invalid]
    done = done_before(store, briefs)
    results += [JobResult(brief=b.id, as_of=str(b.as_of), status="skipped", reason="done before")
                for b in briefs if (b.id, b.as_of) in done]
    todo = [b for b in briefs if (b.id, b.as_of) not in done]
    total = len(briefs) + len(invalid)
    base = len(results)

    def seen(row, n, _total) -> None:
        if progress:
            progress(JobResult(brief=row.brief_id, as_of=str(row.as_of), status=row.status,
                               seconds=round(row.seconds or 0.0, 3), attempt=row.attempts, reason=row.reason),
                     n + base, total)

    enqueue(todo, pipeline_id, offline, options or {})
    rows, missing = wait_for(store, todo, pipeline_id, timeout, progress=seen) if todo else ([], [])
    results += [JobResult(brief=r.brief_id, as_of=str(r.as_of), status=r.status, seconds=round(r.seconds or 0.0, 3),
                          attempt=r.attempts, reason=r.reason) for r in rows]
    results += [JobResult(brief=b, as_of=str(a), status="failed",
                          reason=f"not done after {timeout:.0f} s (still queued or being drafted; a rerun finishes it)")
                for b, a in missing]
    report = Report(pipeline_id=pipeline_id, spec=spec, wall_seconds=round(time.perf_counter() - t0, 3),
                    concurrency=0, results=sorted(results, key=lambda r: r.brief))
    store.finish_pipeline(pipeline_id, report.model_dump(mode="json"))
    return report
