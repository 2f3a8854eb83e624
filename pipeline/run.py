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
import os
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
    status: str  # clean | flagged | failed | skipped (done before) | held (another live worker has it)
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
    stored: bool = True  # False: the database was gone when the run ended; the report is in --json only
    store_error: str | None = None

    @property
    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in ("clean", "flagged", "failed", "skipped", "held")}
        for r in self.results:
            out[r.status] = out.get(r.status, 0) + 1
        return out


ProgressFn = Callable[[JobResult, int, int], None]


class Heartbeat:
    """Renews a claim's lease every ``every`` seconds (a quarter of the lease) while a brief
    drafts, so a draft longer than the lease on one machine is not taken over by a worker on
    another, and three missed beats in a row still leave it held."""

    def __init__(self, store: DraftStore, claim, every: float | None = None) -> None:
        from storage.drafts import lease

        self.store, self.claim = store, claim
        self.every = every if every is not None else lease().total_seconds() / 4
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"lease-{claim.brief_id}", daemon=True)

    def _beat(self) -> None:
        while not self._stop.wait(self.every):
            try:
                if not self.store.renew(self.claim):
                    return  # taken over: the save will say so
            except Exception:  # noqa: BLE001 - a missed beat is not fatal: the lease outlasts three
                log.warning("lease_not_renewed", extra={"brief": self.claim.brief_id})

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)


def run_job(brief: Brief, store: DraftStore, data: DataDesk, writers: Writers, pipeline_id: int | None,
            offline: bool) -> JobResult:
    """One brief: claim it, draft it, save it in one transaction, or record why not. The unit of
    work of both the single-machine pipeline and a Celery worker."""
    start = time.perf_counter()
    claim = None
    try:
        claim, why_not = store.claim(brief, pipeline_id)
        if claim is None:
            # Done before: nothing to do. Held by another live worker: this night is not done.
            status = "held" if why_not.startswith("being drafted by") else "skipped"
            return JobResult(brief=brief.id, as_of=str(brief.as_of), status=status, reason=why_not)
        with Heartbeat(store, claim):
            draft, _ = draft_brief(brief, data, writers, offline=offline)
        seconds = time.perf_counter() - start
        store.save_draft(claim, draft, seconds=seconds)
        status = "clean" if draft.record.verdict == "clean" else "flagged"
        return JobResult(brief=brief.id, as_of=str(brief.as_of), status=status, seconds=round(seconds, 3),
                         errors=draft.record.errors, attempt=claim.attempt)
    except LostClaim as err:
        return JobResult(brief=brief.id, as_of=str(brief.as_of), status="skipped", reason=str(err))
    except Exception as err:  # noqa: BLE001 - one brief's failure must not stop the others
        from sqlalchemy.exc import SQLAlchemyError

        seconds = time.perf_counter() - start
        if isinstance(err, MarketdeskError):
            reason = str(err)
        elif isinstance(err, SQLAlchemyError):  # an outage that outlasted the retries: known, no traceback
            first = str(getattr(err, "orig", None) or err).strip().splitlines()[0][:200]
            reason = f"database unavailable after retrying ({type(err).__name__}: {first}); a rerun drafts it"
            log.error("database_unavailable", extra={"brief": brief.id})
        else:
            reason = f"{type(err).__name__}: {str(err)[:300]}"
            log.exception("draft_crashed", extra={"brief": brief.id})
        if claim is not None:
            try:
                store.fail(claim, reason, seconds=seconds)
            except Exception:  # noqa: BLE001 - the report still says why; a rerun takes the run over
                log.error("fail_not_recorded", extra={"brief": brief.id})
        return JobResult(brief=brief.id, as_of=str(brief.as_of), status="failed", seconds=round(seconds, 3),
                         attempt=claim.attempt if claim else 0, reason=reason)


def run_pipeline(briefs: list[Brief], store: DraftStore, data: DataDesk, writers: Writers, *, spec: str,
                 concurrency: int, offline: bool = False, invalid: list[tuple[Path, str]] = (),
                 progress: ProgressFn | None = None, held_wait: float = 600.0) -> Report:
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
        # The night is the state of each (brief, as_of), not which run stamped it: a brief another
        # live run is drafting is waited for (then it is done, or its worker died and we take it
        # over), up to ``held_wait`` seconds; what is still held then is reported as held.
        deadline = time.monotonic() + held_wait
        by_id = {(b.id, str(b.as_of)): b for b in briefs}
        while any(r.status == "held" for r in results) and time.monotonic() < deadline:
            time.sleep(min(2.0, max(0.0, deadline - time.monotonic())))
            results = [job(by_id[(r.brief, r.as_of)]) if r.status == "held" else r for r in results]
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
        finish(store, report)
    return report


def finish(store: DraftStore, report: Report) -> None:
    """Close the run's row with its report; if the database is still gone after the retries,
    say so in the report (the caller writes it to --json and exits 1), never lose it."""
    try:
        store.finish_pipeline(report.pipeline_id, report.model_dump(mode="json"))
    except Exception as err:  # noqa: BLE001 - the report itself must survive a database outage
        report.stored = False
        report.store_error = f"{type(err).__name__}: {str(getattr(err, 'orig', err)).splitlines()[0][:200]}"
        log.error("report_not_stored", extra={"pipeline": report.pipeline_id})


def run_distributed(briefs: list[Brief], store: DraftStore, settings, *, spec: str, offline: bool,
                    invalid: list[tuple[Path, str]] = (), progress: ProgressFn | None = None,
                    timeout: float = 6 * 3600, options: dict | None = None) -> Report:
    """Enqueue the briefs for Celery workers and wait for the database to say they are done."""
    from pipeline.distributed import broker_holds, check_broker, done_before, enqueue, wait_for, workers_answer

    from datetime import datetime, timezone

    t0 = time.perf_counter()
    check_broker(settings)  # a one-line error now, not a traceback or a silent wait
    started = datetime.now(timezone.utc)
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

    def requeue(b: Brief) -> None:
        if enqueue([b], pipeline_id, offline, options or {}, budget=5):
            raise ConnectionError("broker unavailable")

    # Whatever happens from here, the run's row is closed and the report written: a brief the
    # scheduler could not see through is failed with the reason, and a rerun finishes it.
    rows, unqueued, missing, gave_up, in_flight = [], [], [], None, None
    try:
        unqueued = enqueue(todo, pipeline_id, offline, options or {})
        in_flight = (unqueued[0].id, unqueued[0].as_of) if unqueued else None  # being sent when the broker failed
        lost = {(b.id, b.as_of) for b in unqueued}
        queued = [b for b in todo if (b.id, b.as_of) not in lost]
        if queued:
            rows, missing = wait_for(store, queued, pipeline_id, timeout, progress=seen, started=started,
                                     requeue=requeue, peek=lambda: broker_holds(settings.broker_url),
                                     workers_answer=workers_answer,
                                     quiet_after=float(os.environ.get("MARKETDESK_NO_WORKER_SECONDS", "60")))
        if unqueued:
            # A publish can fail after Redis took the task (the reply was lost): such a brief may
            # have been drafted meanwhile. One look, so the report does not call it unqueued.
            got, _ = wait_for(store, unqueued, pipeline_id, 0, started=started)
            rows += got
            got_keys = {(r.brief_id, r.as_of) for r in got}
            unqueued = [b for b in unqueued if (b.id, b.as_of) not in got_keys]
    except Exception as err:  # noqa: BLE001 - the broker or database outlasted the retries
        gave_up = f"{type(err).__name__}: {str(getattr(err, 'orig', None) or err).strip().splitlines()[0][:200]}"
        log.error("scheduler_gave_up", extra={"pipeline": pipeline_id})
        seen_keys = {(r.brief_id, r.as_of) for r in rows} | {(b.id, b.as_of) for b in unqueued}
        missing = [(b.id, b.as_of) for b in todo if (b.id, b.as_of) not in seen_keys]
    results += [JobResult(brief=r.brief_id, as_of=str(r.as_of), status=r.status, seconds=round(r.seconds or 0.0, 3),
                          attempt=r.attempts, reason=r.reason) for r in rows]
    # The brief being sent when the broker failed may have reached it (the reply was lost) and be
    # drafted later: its report says so; a rerun skips it if it was, and drafts it if not.
    results += [JobResult(brief=b.id, as_of=str(b.as_of), status="failed",
                          reason=("perhaps not queued: the broker failed while it was being sent; a rerun drafts it "
                                  "if it was not" if (b.id, b.as_of) == in_flight else
                                  "not queued: the broker was unreachable past the retries "
                                  "(MARKETDESK_BROKER_RETRY_SECONDS); a rerun queues it"))
                for b in unqueued]
    why = (f"the scheduler stopped waiting ({gave_up}); queued tasks may still be drafted: a rerun reports them"
           if gave_up else f"not done after {timeout:.0f} s (still queued or being drafted; a rerun finishes it)")
    results += [JobResult(brief=b, as_of=str(a), status="failed", reason=why) for b, a in missing]
    report = Report(pipeline_id=pipeline_id, spec=spec, wall_seconds=round(time.perf_counter() - t0, 3),
                    concurrency=0, results=sorted(results, key=lambda r: r.brief))
    finish(store, report)
    return report
