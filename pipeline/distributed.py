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

import os
import threading
import time
from functools import lru_cache

from celery import Celery

from marketdesk.brief import Brief, parse_brief

BROKER = os.environ.get("MARKETDESK_BROKER_URL", "redis://127.0.0.1:6379/0")
# Seconds before an unacknowledged task (its worker died) is handed to another worker, and how
# often workers sweep for such tasks (kombu's default sweep is ~100 s: 10 s x every 10th call).
VISIBILITY = float(os.environ.get("MARKETDESK_VISIBILITY_TIMEOUT", "600"))
RESTORE_EVERY = int(os.environ.get("MARKETDESK_RESTORE_INTERVAL", "10"))

app = Celery("marketdesk", broker=BROKER)
app.conf.update(
    task_acks_late=True,                 # acknowledged when done, not when taken: a killed worker loses nothing
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,        # a worker takes one brief per free slot, never a backlog
    broker_transport_options={"visibility_timeout": VISIBILITY, "unacked_restore_interval": RESTORE_EVERY,
                              "unacked_restore_throttle": 1},
    task_ignore_result=True,             # results are the database rows
    task_serializer="json", accept_content=["json"],
    broker_connection_retry_on_startup=True,
)


@lru_cache(maxsize=1)
def _worker_parts():
    """The store, data desk and writers of this worker process, built once from its environment."""
    from agent.draft import Writers
    from marketdesk.config import Settings
    from pipeline.limits import ModelGate
    from storage.db import database_url
    from storage.drafts import DraftStore
    from tools.desk import build_data_desk

    settings = Settings.from_env()
    store = DraftStore.open(database_url(settings.data_dir, settings.database_url))
    import dataclasses

    data = dataclasses.replace(build_data_desk(settings), slots=threading.Semaphore(16))
    gate = ModelGate(int(os.environ.get("MARKETDESK_MODEL_CONCURRENCY", "16")))
    writers = Writers(max_revisions=settings.max_revisions, gate=gate)
    if settings.llm_configured and os.environ.get("MARKETDESK_NO_MODEL") != "1":
        from agent.llm import build_chat

        writers.chat = build_chat(settings, timeout=settings.model_timeout,
                                  http_client=gate.http_client(settings.model_timeout))
        writers.model_name = settings.model
    return store, data, writers


@app.task(name="marketdesk.draft_brief", bind=True, max_retries=None)
def draft_task(self, brief: dict, pipeline_id: int | None, offline: bool) -> dict:
    from pipeline.run import run_job

    store, data, writers = _worker_parts()
    result = run_job(parse_brief(brief), store, data, writers, pipeline_id, offline)
    if result.status == "skipped" and (result.reason or "").startswith("being drafted by"):
        # Held by a worker elsewhere that may have died: try again once its lease can have lapsed.
        raise self.retry(countdown=60)
    return result.model_dump()


def done_before(store, briefs: list[Brief]) -> set[tuple[str, object]]:
    from sqlalchemy import select, tuple_

    from storage.schema import RunRow

    keys = [(b.id, b.as_of) for b in briefs]
    with store.Session() as s:
        return {(r.brief_id, r.as_of) for r in s.execute(select(RunRow).where(
            tuple_(RunRow.brief_id, RunRow.as_of).in_(keys), RunRow.status.in_(("clean", "flagged")))).scalars()}


def enqueue(briefs: list[Brief], pipeline_id: int, offline: bool) -> None:
    for b in briefs:
        draft_task.apply_async(args=[b.model_dump(mode="json"), pipeline_id, offline])


def wait_for(store, briefs: list[Brief], timeout: float, progress=None, poll: float = 0.5):
    """Wait until every brief's run is done (clean, flagged or failed); return the run rows."""
    from sqlalchemy import select, tuple_

    from storage.schema import RunRow

    keys = [(b.id, b.as_of) for b in briefs]
    deadline = time.monotonic() + timeout
    reported = 0
    while True:
        with store.Session() as s:
            rows = list(s.execute(select(RunRow).where(tuple_(RunRow.brief_id, RunRow.as_of).in_(keys))).scalars())
        done = [r for r in rows if r.status in ("clean", "flagged", "failed")]
        if progress and len(done) > reported:
            for r in done[reported:]:
                progress(r, len(done), len(keys))
            reported = len(done)
        if len(done) == len(keys):
            return rows
        if time.monotonic() > deadline:
            from marketdesk.errors import MarketdeskError

            raise MarketdeskError(f"{len(keys) - len(done)} of {len(keys)} briefs not done after {timeout:.0f} s; "
                                  "are workers running (`marketdesk worker`) and reaching the broker?")
        time.sleep(poll)


def run_worker(concurrency: int, loglevel: str = "INFO") -> None:
    app.worker_main(["worker", "--pool", "threads", "--concurrency", str(concurrency), "--loglevel", loglevel,
                     "--without-gossip", "--without-mingle", "-n", f"marketdesk-{os.getpid()}@%h"])
