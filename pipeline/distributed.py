"""The pipeline on Celery: briefs as tasks on a Redis broker, drafts in the shared database.

Celery with a Redis broker, not a home-made queue: late acknowledgement
(``task_acks_late``) means a task whose worker dies is delivered again (after the
broker's visibility timeout); the per-brief claim (a lease in the database) makes the
redelivery finish the run or skip it if it was saved. The results are the database
rows themselves: ``wait_for`` polls the runs table, so no Celery result backend is
needed, and the report is built from the same rows as a single-machine run.

Workers: ``marketdesk worker`` (a thread pool: drafting waits on the model, not the
CPU). Settings from the environment, read once per worker process:
``MARKETDESK_BROKER_URL`` (default redis://127.0.0.1:6379/0),
``MARKETDESK_DATABASE_URL`` (the shared PostgreSQL), ``OPENAI_*``, ``MARKETDESK_MODEL``.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timezone
from functools import lru_cache

from celery import Celery

from marketdesk.brief import Brief, parse_brief

log = logging.getLogger(__name__)
app = Celery("marketdesk")
app.conf.update(
    task_acks_late=True,                 # acknowledged when done, not when taken: a killed worker loses nothing
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,        # a worker takes one brief per free slot, never a backlog
    task_ignore_result=True,             # results are the database rows
    task_serializer="json", accept_content=["json"],
    broker_connection_retry_on_startup=True,
)


def configure(settings) -> None:
    """Point the app at the broker from Settings (read once, at the edge, by the CLI or the worker)."""
    app.conf.broker_url = settings.broker_url
    # Redelivery of a dead worker's task after visibility_timeout, found by a sweep every
    # restore_interval s (kombu's own default sweep is ~100 s: 10 s x every 10th call).
    app.conf.broker_transport_options = {"visibility_timeout": settings.visibility_timeout,
                                         "unacked_restore_interval": settings.restore_interval,
                                         "unacked_restore_throttle": 1}


def _retry_delay(attempt: int) -> int:
    return min(5 * 2 ** min(attempt, 6), 300)


_PARTS_LOCK = threading.Lock()


def _worker_parts():
    """The store, data desk and writers of this worker process, built once from its environment
    (under a lock: 8 threads starting at once built 8 stores, and the first tasks took 28 s)."""
    with _PARTS_LOCK:
        return _build_parts()


@lru_cache(maxsize=1)
def _build_parts():
    import dataclasses

    from agent.draft import writers_from
    from marketdesk.config import Settings
    from pipeline.limits import ModelGate
    from storage.drafts import DraftStore
    from tools.desk import build_data_desk

    settings = Settings.from_env()
    configure(settings)
    store = DraftStore.from_settings(settings, check=True)
    data = dataclasses.replace(build_data_desk(settings), slots=threading.Semaphore(16))
    writers = writers_from(settings, gate=ModelGate(int(os.environ.get("MARKETDESK_MODEL_CONCURRENCY", "16"))))
    return store, data, writers, settings


@app.task(name="marketdesk.draft_brief", bind=True, max_retries=None)
def draft_task(self, brief: dict, pipeline_id: int | None, offline: bool, options: dict | None = None) -> dict:
    import dataclasses

    from pipeline.run import run_job

    options = options or {}
    try:
        store, data, writers, settings = _worker_parts()
    except Exception as err:  # noqa: BLE001 - the database or model is not there yet: try again later
        _build_parts.cache_clear()
        raise self.retry(exc=err, countdown=_retry_delay(self.request.retries)) from err
    if options.get("no_model") or options.get("max_revisions") is not None:
        writers = dataclasses.replace(writers, chat=None if options.get("no_model") else writers.chat,
                                      max_revisions=options.get("max_revisions", writers.max_revisions))
    result = run_job(parse_brief(brief), store, data, writers, pipeline_id, offline)
    if result.status == "held":
        # Held by a worker elsewhere that may have died: try again once its lease can have lapsed
        # (sooner than the broker would redeliver, so the retry is not itself redelivered).
        raise self.retry(countdown=min(60, settings.visibility_timeout / 2))
    if result.status == "failed" and result.attempt == 0:
        # Failed before a run row could record it (the database was unreachable): retry, do not drop.
        raise self.retry(countdown=_retry_delay(self.request.retries))
    return result.model_dump()


def done_before(store, briefs: list[Brief]) -> set[tuple[str, object]]:
    from sqlalchemy import select, tuple_

    from storage.schema import RunRow

    keys = [(b.id, b.as_of) for b in briefs]
    with store.Reader() as s:
        return {(r.brief_id, r.as_of) for r in s.execute(select(RunRow).where(
            tuple_(RunRow.brief_id, RunRow.as_of).in_(keys), RunRow.status.in_(("clean", "flagged")))).scalars()}


def check_broker(settings, wait_for_workers: float = 10.0) -> None:
    """One-line errors instead of a traceback or a silent six-hour wait."""
    from kombu.exceptions import OperationalError

    from marketdesk.errors import MarketdeskError

    configure(settings)
    where = settings.broker_url.split("@")[-1]
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=2, interval_start=0.2, interval_step=0.5, timeout=5)
    except (OperationalError, OSError) as err:
        raise MarketdeskError(f"broker {where}: cannot connect ({err}); start redis or fix MARKETDESK_BROKER_URL") from None
    # ping() waits out its whole timeout collecting replies: ask in short rounds instead.
    deadline = time.monotonic() + wait_for_workers
    while wait_for_workers and not app.control.ping(timeout=0.5):
        if time.monotonic() > deadline:
            break
    else:
        return
    if wait_for_workers:
        raise MarketdeskError(f"no worker answered on broker {where}; start `marketdesk worker` on a machine "
                              "that reaches the broker and the database")


def broker_fault(err: BaseException) -> bool:
    """A broker error that waiting can cure: Redis gone, restarting or still loading its AOF.
    kombu 5.7's Redis transport can also trip over a connection another thread has just closed
    (AttributeError: 'NoneType' object has no attribute 'hostname'): a broker fault too, when
    it is raised inside kombu or redis, not a bug of ours."""
    import traceback

    from kombu.exceptions import OperationalError

    if isinstance(err, (OperationalError, ConnectionError, TimeoutError)):
        return True
    if isinstance(err, AttributeError) and err.__traceback__ is not None:
        where = traceback.extract_tb(err.__traceback__)[-1].filename.replace("\\", "/")
        return "/kombu/" in where or "/redis/" in where
    return False


def workers_answer() -> bool:
    """Whether any worker answers a ping on the broker (False if the broker cannot be reached)."""
    try:
        return bool(app.control.ping(timeout=1.0))
    except Exception:  # noqa: BLE001 - the broker is down: no worker can be reached either
        return False


def enqueue(briefs: list[Brief], pipeline_id: int, offline: bool, options: dict,
            budget: float | None = None) -> list[Brief]:
    """Queue one task per brief; returns the briefs it could not queue. A broker that drops
    while queueing (Redis restarting) is retried with backoff (0.2 s doubling to 5 s) for up to
    ``budget`` seconds (MARKETDESK_BROKER_RETRY_SECONDS, default 120); past that the rest are
    returned unqueued, for the caller to report. A task that went out twice is drafted once:
    the claim in the database decides."""
    from tenacity import retry, retry_if_exception, stop_after_delay, wait_exponential

    seconds = budget if budget is not None else float(os.environ.get("MARKETDESK_BROKER_RETRY_SECONDS", "120"))

    @retry(retry=retry_if_exception(broker_fault), wait=wait_exponential(multiplier=0.2, max=5),
           stop=stop_after_delay(seconds), reraise=True,
           before_sleep=lambda st: log.warning("broker unavailable while queueing (%s); retrying",
                                               type(st.outcome.exception()).__name__))
    def publish(b: Brief) -> None:
        draft_task.apply_async(args=[b.model_dump(mode="json"), pipeline_id, offline, options])

    for i, b in enumerate(briefs):
        try:
            publish(b)
        except Exception as err:
            if not broker_fault(err):
                raise
            log.error("broker still unavailable after %.0f s: %d briefs not queued", seconds, len(briefs) - i)
            return briefs[i:]
    return []


def broker_holds(broker_url: str) -> set[tuple[str, date]] | None:
    """The (brief, as_of) of every task the broker still holds: waiting in the queue, or
    delivered to a worker and not yet acknowledged (kombu's ``unacked`` hash; a worker's retry
    waiting out its countdown is there too). None when the broker is not Redis or cannot be
    read: the caller then goes by time alone."""
    import base64
    import json

    if not broker_url.startswith(("redis://", "rediss://")):
        return None
    try:
        import redis

        client = redis.Redis.from_url(broker_url, socket_timeout=2, socket_connect_timeout=2)
        try:
            raw = [*client.lrange(app.conf.task_default_queue, 0, -1), *client.hvals("unacked")]
        finally:
            client.close()
    except Exception:  # noqa: BLE001 - the broker is down: no news is not a sign of loss
        return None
    held: set[tuple[str, date]] = set()
    for item in raw:
        try:
            message = json.loads(item)
            if isinstance(message, list):  # unacked: [message, exchange, routing key]
                message = message[0]
            if message.get("headers", {}).get("task") != draft_task.name:
                continue
            args = json.loads(base64.b64decode(message["body"]))[0]
            held.add((args[0]["id"], date.fromisoformat(args[0]["as_of"])))
        except (ValueError, KeyError, IndexError, TypeError):
            continue  # not one of ours, or a shape this reader does not know
    return held


def wait_for(store, briefs: list[Brief], pipeline_id: int, timeout: float, progress=None, poll: float = 0.5,
             started: datetime | None = None, requeue: Callable[[Brief], None] | None = None,
             requeue_after: float | None = None, peek: Callable[[], set | None] | None = None,
             peek_every: float = 3.0, workers_answer: Callable[[], bool] | None = None,
             quiet_after: float = 60.0):
    """Wait until every brief is done: drafted (clean or flagged) by anyone, this run's tasks
    or a dead scheduler's still in the queue; or failed since this run started (an older
    failure does not count). Returns (done rows, not done keys).

    A brief with no sign of life (no row, an old failure, or a lapsed lease) ``requeue_after``
    seconds after it was queued (MARKETDESK_REQUEUE_SECONDS, default 60) is queued again, then
    after twice as long, and so on: a broker that lost its queue (Redis restarted without
    persistence) costs a minute, not the night. With ``peek`` (what the broker holds, see
    ``broker_holds``) a lost task is noticed sooner: a brief with no sign of life that the
    broker does not hold on two looks ``peek_every`` s apart is queued again at once. A task
    queued twice is drafted once (the claim decides). Database errors while polling are waited
    out until ``timeout``. With ``workers_answer``, a night that has made no progress for
    ``quiet_after`` s asks whether any worker is there, and says so once when none answers
    (the night keeps waiting: a supervisor may be restarting them)."""
    from sqlalchemy import or_, select, tuple_

    from storage.drafts import lease_lapsed, transient
    from storage.schema import RunRow

    started = started or datetime.now(timezone.utc)
    gap0 = requeue_after if requeue_after is not None else float(os.environ.get("MARKETDESK_REQUEUE_SECONDS", "60"))
    keys = [(b.id, b.as_of) for b in briefs]
    by_key = {(b.id, b.as_of): b for b in briefs}
    queued_at = {k: time.monotonic() for k in keys}
    gap = dict.fromkeys(keys, gap0)
    orphan_gap = dict.fromkeys(keys, peek_every)
    deadline = time.monotonic() + timeout
    seen: set[int] = set()
    rows: list = []
    absent: set[tuple[str, date]] = set()  # not in the broker at the last look
    next_peek = time.monotonic() + peek_every
    progressed = time.monotonic()
    warned = False
    while True:
        try:
            with store.Reader() as s:
                all_rows = list(s.execute(select(RunRow).where(tuple_(RunRow.brief_id, RunRow.as_of).in_(keys))).scalars())
        except Exception as err:  # noqa: BLE001 - a database outage: wait it out, within the timeout
            if not transient(err) or time.monotonic() > deadline:
                raise
            log.warning("database unavailable while waiting for the night; retrying")
            time.sleep(min(5.0, poll * 4))
            continue
        rows = [r for r in all_rows if r.status in ("clean", "flagged") or
                (r.status == "failed" and r.finished_at is not None and _aware(r.finished_at) >= started)]
        for r in rows:
            if r.id not in seen:
                seen.add(r.id)
                progressed, warned = time.monotonic(), False
                if progress:
                    progress(r, len(seen), len(keys))
        if len(rows) == len(keys) or time.monotonic() > deadline:
            got = {(r.brief_id, r.as_of) for r in rows}
            return rows, [k for k in keys if k not in got]
        if workers_answer is not None and not warned and time.monotonic() - progressed >= quiet_after:
            progressed = time.monotonic()
            if not workers_answer():
                warned = True
                log.warning("no worker answered: %d briefs wait in the queue; start `marketdesk worker` on a machine "
                            "that reaches the broker and the database", len(keys) - len(rows))
        if requeue is not None:
            # A claim whose holder is gone (its process dead on this host, or its lease lapsed)
            # is queued again at once rather than after the broker's visibility timeout (600 s
            # by default): the new task takes the run over; the old one, if the broker hands it
            # out again later, finds the brief done.
            orphaned = {(r.brief_id, r.as_of) for r in all_rows
                        if r.status == "running" and lease_lapsed(r.owner, r.lease_until)}
            live = {(r.brief_id, r.as_of) for r in all_rows
                    if r.status == "running" or
                    (r.started_at is not None and _aware(r.started_at) >= started and r.status != "failed")} - orphaned
            done = {(r.brief_id, r.as_of) for r in rows}
            now = time.monotonic()
            lost: set[tuple[str, date]] = set()
            if peek is not None and now >= next_peek:
                next_peek = now + peek_every
                held = peek()
                quiet = {k for k in keys if k not in done and k not in live and now - queued_at[k] >= peek_every}
                if held is None:
                    absent = set()
                else:
                    lost = absent & quiet - held  # missing on two looks in a row: not a message in transit
                    absent = quiet - held
            for k in keys:
                if k in done or k in live:
                    continue
                if k in orphaned and now - queued_at[k] >= orphan_gap[k]:
                    why = "its worker is gone"
                    orphan_gap[k] *= 2  # the new task may wait behind a long queue: do not pile up copies
                elif k in lost:
                    why = "no sign of it, and the broker does not hold it"
                elif now - queued_at[k] >= gap[k]:
                    why = f"no sign of it {gap[k]:.0f} s after queueing"
                else:
                    continue
                log.warning("requeued %s at %s: %s", k[0], k[1], why)
                absent.discard(k)
                try:
                    requeue(by_key[k])
                    gap[k] *= 2
                except Exception as err:  # noqa: BLE001 - the broker is down too: try again later
                    log.warning("could not requeue %s: %s", k[0], err)
                queued_at[k] = now
        time.sleep(poll)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)


def run_worker(settings, concurrency: int, loglevel: str = "INFO") -> None:
    configure(settings)
    app.worker_main(["worker", "--pool", "threads", "--concurrency", str(concurrency), "--loglevel", loglevel,
                     "--without-gossip", "--without-mingle", "-n", f"marketdesk-{os.getpid()}@%h"])
