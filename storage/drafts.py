"""The draft store: claim a (brief, as_of) run, save a draft with its evidence and findings
in one transaction, record failures. What the pipeline and the review queue stand on."""

from __future__ import annotations

import os
import socket
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from pydantic import BaseModel
from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import IntegrityError

from marketdesk.brief import Brief
from marketdesk.errors import InputError, MarketdeskError
from storage.db import make_engine, session_factory, upgrade
from storage.schema import (
    BriefRow,
    DraftRow,
    EvidenceRow,
    FindingRow,
    PipelineRunRow,
    RunRow,
)

if TYPE_CHECKING:
    from agent.draft import Draft

DONE = ("clean", "flagged")


def lease() -> timedelta:
    """How long a claim holds without news (MARKETDESK_LEASE_SECONDS, default 180). While a brief
    drafts, its heartbeat renews the lease every quarter of that, so the lease only has to
    outlast a few missed beats; a run killed on another machine frees its briefs when it
    lapses. (A crashed worker on this host is noticed at once, by its pid.)"""
    return timedelta(seconds=float(os.environ.get("MARKETDESK_LEASE_SECONDS", "180")))

_INCARNATION = os.urandom(4).hex()  # a restarted container can reuse host and pid; not this


def owner() -> str:
    """host:pid:token of this process, read when asked: a forked worker is its own owner."""
    return f"{socket.gethostname()}:{os.getpid()}:{_INCARNATION}"


def transient(err: BaseException) -> bool:
    """A database error that waiting can cure: the server gone or restarting, a dropped
    connection, a locked or briefly unreadable SQLite file. Not: a constraint, a bad query."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(err, OperationalError) or (isinstance(err, DBAPIError) and err.connection_invalidated):
        text = str(getattr(err, "orig", err)).lower()
        return not any(w in text for w in ("readonly", "read-only", "no such table", "syntax error"))
    return False


def retrying(budget: float | None = None, when=None):
    """Retry a store operation on transient database errors (or those ``when`` accepts) with
    exponential backoff (0.2 s doubling to 2 s: a database back from an outage is in use again
    within 2 s) for up to ``budget`` seconds (MARKETDESK_DB_RETRY_SECONDS, default 30): a 10 s
    database outage costs no brief. What outlasts it is raised to the caller."""
    from tenacity import retry, retry_if_exception, stop_after_delay, wait_exponential

    seconds = budget if budget is not None else float(os.environ.get("MARKETDESK_DB_RETRY_SECONDS", "30"))
    return retry(retry=retry_if_exception(when or transient), wait=wait_exponential(multiplier=0.2, max=2),
                 stop=stop_after_delay(seconds), reraise=True)


def _racing_first_open(err: BaseException) -> bool:
    """Two processes creating one new SQLite file at once (two nightly pipelines started
    together): the loser can see the file locked while the other sets it up, or a table the
    other has just created. Waiting and migrating again finds the schema current."""
    from sqlalchemy.exc import OperationalError

    text = str(getattr(err, "orig", err)).lower()
    return isinstance(err, OperationalError) and any(w in text for w in ("locked", "busy", "already exists"))


def _first_open():
    """Only the first open's race is waited out, for 10 s at most: a server that is down or a
    bad URL is reported at once, as before."""
    return retrying(10, when=_racing_first_open)


def _retried(method):
    import functools

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        return retrying()(method)(*args, **kwargs)

    return wrapper


class LostClaim(MarketdeskError):
    """The run was taken over by another worker (ours was presumed dead); our result is dropped."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lease_lapsed(holder: str | None, until: datetime | None) -> bool:
    """Whether a run's claim no longer holds: its lease ran out, or its holder (host:pid:token)
    is a process on this host that is gone, or an earlier life of this very pid."""
    if holder is None or until is None:
        return True
    if until.tzinfo is None:  # SQLite hands back naive datetimes
        until = until.replace(tzinfo=timezone.utc)
    if until < datetime.now(timezone.utc):
        return True
    parts = holder.split(":")
    host, pid = (":".join(parts[:-2]), parts[-2]) if len(parts) >= 3 else (parts[0], parts[-1])
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine: wait for the lease
    if int(pid) == os.getpid():
        return holder != owner()
    return not _alive(int(pid))


def sqlite_usable(engine: Engine, url: str, check: bool) -> None:
    """InputError (exit 2, one line) for a SQLite file that is read-only or (``check``) damaged."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    where = url.removeprefix("sqlite:///")
    try:
        with engine.connect() as conn:
            if check:
                verdict = conn.exec_driver_sql("PRAGMA quick_check(3)").scalars().all()
                if verdict != ["ok"]:
                    found = "; ".join(" ".join(v.split()) for v in verdict)[:200]
                    raise InputError(where, f"the database file is damaged (quick_check: {found})",
                                     "restore it from a backup, or move it aside and let marketdesk start a new one")
            # Rewriting user_version with its own value is a write that changes nothing; rolled back.
            version = conn.exec_driver_sql("PRAGMA user_version").scalar()
            conn.exec_driver_sql(f"PRAGMA user_version = {int(version or 0)}")
            conn.rollback()
    except OperationalError as err:
        if "readonly" in str(err.orig) or "read-only" in str(err.orig):
            raise InputError(where, "the database file is read-only", "make it and its folder writable by this user, "
                             "or set MARKETDESK_DATABASE_URL to a writable one") from None
        raise InputError(where, f"cannot use the database ({str(err.orig).splitlines()[0][:160]})",
                         "check the file and its folder") from None
    except DatabaseError as err:  # "file is not a database", "database disk image is malformed"
        raise InputError(where, f"the database file is damaged ({str(err.orig).splitlines()[0][:160]})",
                         "restore it from a backup, or move it aside and let marketdesk start a new one") from None


class Claim(BaseModel):
    run_id: int
    brief_id: str
    as_of: date
    attempt: int


class DraftStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.Session = session_factory(engine)
        self.Reader = session_factory(engine, reader=True)  # pages and reports: never the write lock

    @classmethod
    def from_settings(cls, settings, check: bool = False) -> DraftStore:
        """The project's database: MARKETDESK_DATABASE_URL, else SQLite in the data folder."""
        from storage.db import database_url

        return cls.open(database_url(settings.data_dir, settings.database_url), check=check)

    @classmethod
    def open(cls, url: str, check: bool = False) -> DraftStore:
        """Connect and migrate to the latest schema (existing data is carried over). A SQLite
        file that cannot be written is refused here, in one line, not at the first draft; with
        ``check`` (the nightly pipeline, the review app, a worker: long-running work) a damaged
        one too (``PRAGMA quick_check``: about 3 s per 100 MB, so not for every quick command)."""
        from sqlalchemy.exc import SQLAlchemyError

        engine = make_engine(url)
        from alembic.util import CommandError

        try:
            _first_open()(upgrade)(engine)
        except CommandError as err:  # e.g. a database from a newer marketdesk
            raise InputError(url.split("@")[-1], f"cannot migrate the database ({err})",
                             "upgrade marketdesk to the version that wrote it") from None
        except SQLAlchemyError as err:
            where = url.split("@")[-1]
            raise InputError(where, f"cannot open the database ({type(err.orig or err).__name__}: "
                             f"{str(err.orig or err).splitlines()[0][:160]})",
                             "check MARKETDESK_DATABASE_URL, that the server runs, and that the folder is writable") from None
        if engine.dialect.name == "sqlite":
            sqlite_usable(engine, url, check)
        return cls(engine)

    # ---- pipeline runs ----------------------------------------------------------------
    @_retried
    def start_pipeline(self, spec: str) -> int:
        """A new pipeline run row (its owner noted in ``report`` until it finishes). Rows of runs
        that crashed on this machine (their process is gone, finished_at never set) are closed
        first, marked crashed, so that a crash no longer looks like a run in progress."""
        with self.Session.begin() as s:
            now = datetime.now(timezone.utc)
            for old in s.execute(select(PipelineRunRow).where(PipelineRunRow.finished_at.is_(None))).scalars():
                holder = (old.report or {}).get("owner")
                if holder and lease_lapsed(holder, now + lease()):
                    old.finished_at = now
                    old.report = {**(old.report or {}), "crashed": True,
                                  "noticed": f"its process ({holder}) was gone when a new run started"}
            row = PipelineRunRow(spec=spec, report={"owner": owner(), "state": "running"})
            s.add(row)
            s.flush()
            return row.id

    @_retried
    def finish_pipeline(self, pipeline_id: int, report: dict) -> None:
        with self.Session.begin() as s:
            s.execute(update(PipelineRunRow).where(PipelineRunRow.id == pipeline_id)
                      .values(finished_at=datetime.now(timezone.utc), report=report))

    # ---- runs -------------------------------------------------------------------------
    @_retried
    def claim(self, brief: Brief, pipeline_id: int | None = None) -> tuple[Claim | None, str]:
        """Take (brief, as_of) for drafting: (claim, "") or (None, why not). A run that is done is
        not taken again; one another live worker holds is left alone; one whose worker died
        (kill -9, a crash: its lease lapsed or its process is gone) is taken over."""
        for _ in range(5):  # two workers inserting the same key: the loser reads the winner's row
            try:
                with self.Session.begin() as s:
                    body = brief.model_dump(mode="json")
                    if s.get(BriefRow, brief.id) is None:
                        s.add(BriefRow(id=brief.id, title=brief.title, body=body))
                    else:
                        s.execute(update(BriefRow).where(BriefRow.id == brief.id).values(title=brief.title, body=body))
                    q = select(RunRow).where(RunRow.brief_id == brief.id, RunRow.as_of == brief.as_of)
                    if self.engine.dialect.name == "postgresql":
                        q = q.with_for_update()
                    run = s.execute(q).scalar_one_or_none()
                    if run is None:
                        run = RunRow(brief_id=brief.id, as_of=brief.as_of, status="pending", attempts=0)
                        s.add(run)
                        s.flush()
                    elif run.status in DONE:
                        return None, "done before"
                    elif run.status == "running" and not lease_lapsed(run.owner, run.lease_until):
                        return None, f"being drafted by {run.owner}"
                    now = datetime.now(timezone.utc)
                    run.status, run.attempts, run.owner, run.lease_until = "running", run.attempts + 1, owner(), now + lease()
                    run.started_at, run.reason, run.pipeline_run_id = now, None, pipeline_id
                    return Claim(run_id=run.id, brief_id=brief.id, as_of=brief.as_of, attempt=run.attempts), ""
            except IntegrityError:
                continue
        raise RuntimeError(f"could not claim {brief.id} at {brief.as_of}")

    def _owned(self, s, claim: Claim) -> RunRow:
        run = s.get(RunRow, claim.run_id, with_for_update=self.engine.dialect.name == "postgresql")
        if run is None or run.status != "running" or run.attempts != claim.attempt or run.owner != owner():
            raise LostClaim(f"{claim.brief_id} at {claim.as_of}: another worker took this run over; "
                            "its result stands")
        return run

    def renew(self, claim: Claim) -> bool:
        """Extend our claim's lease (the heartbeat of a brief being drafted); False if the run is
        no longer ours. One try: the next beat comes soon, and a lease is long."""
        with self.Session.begin() as s:
            n = s.execute(update(RunRow).where(RunRow.id == claim.run_id, RunRow.status == "running",
                                               RunRow.owner == owner(), RunRow.attempts == claim.attempt)
                          .values(lease_until=datetime.now(timezone.utc) + lease())).rowcount
        return bool(n)

    @_retried
    def fail(self, claim: Claim, reason: str, seconds: float | None = None) -> None:
        """Record a failure, if the run is still ours (never over another worker's draft)."""
        try:
            with self.Session.begin() as s:
                run = self._owned(s, claim)
                run.status, run.reason = "failed", reason[:2000]
                run.finished_at, run.seconds, run.lease_until = datetime.now(timezone.utc), seconds, None
        except LostClaim:
            pass

    # ---- drafts -----------------------------------------------------------------------
    @_retried
    def save_draft(self, claim: Claim | int, draft: Draft, author: str = "marketdesk", seconds: float | None = None) -> int:
        """The draft, its evidence and its findings, and the run's new status: all or nothing.
        With a Claim, only while the run is still ours; with a run id (an editor's new version),
        whatever its status."""
        with self.Session.begin() as s:
            if isinstance(claim, Claim):
                run = self._owned(s, claim)
                run_id = claim.run_id
            else:
                run_id = claim
                run = s.get(RunRow, run_id, with_for_update=self.engine.dialect.name == "postgresql")
                if run is None:
                    raise LookupError(f"no run {run_id}")
            last = s.execute(select(func.max(DraftRow.version)).where(DraftRow.run_id == run_id)).scalar() or 0
            s.execute(update(DraftRow).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))
                      .values(is_current=False))
            s.flush()
            rec = draft.record
            row = DraftRow(run_id=run_id, version=last + 1, is_current=True, text=draft.rendered.text,
                           markup=draft.markup, figures=[f.model_dump() for f in draft.rendered.figures],
                           writer=rec.writer, model=rec.model, verdict=rec.verdict, errors=rec.errors,
                           warnings=rec.warnings, record=rec.model_dump(mode="json"), author=author,
                           word_count=len(draft.rendered.text.split()))
            s.add(row)
            s.flush()
            s.add(EvidenceRow(draft_id=row.id, bundle=draft.bundle.model_dump(mode="json", exclude_none=True)))
            for f in draft.findings.findings:
                s.add(FindingRow(draft_id=row.id, code=f.code, kind=f.kind, severity=f.severity, start=f.start,
                                 end=f.end, text=f.text, message=f.message, fact_ids=list(f.fact_ids)))
            run.status = "clean" if rec.verdict == "clean" else "flagged"
            run.review_status = "needs_review" if rec.verdict == "clean" else "flagged"
            run.finished_at, run.seconds, run.reason, run.lease_until = datetime.now(timezone.utc), seconds, None, None
            return row.id

    def current_draft(self, brief_id: str, as_of: date) -> DraftRow | None:
        with self.Reader() as s:
            return s.execute(select(DraftRow).join(RunRow).where(
                RunRow.brief_id == brief_id, RunRow.as_of == as_of, DraftRow.is_current.is_(True))).scalar_one_or_none()

    def runs(self) -> list[RunRow]:
        with self.Reader() as s:
            return list(s.execute(select(RunRow).order_by(RunRow.id)).scalars())

    def integrity(self) -> dict:
        """Counts the fault tests rely on: runs by status, and how many runs have 0, 1 or 2+ current drafts."""
        with self.Reader() as s:
            by_status = dict(s.execute(select(RunRow.status, func.count()).group_by(RunRow.status)).all())
            current = dict(s.execute(select(DraftRow.run_id, func.count()).where(DraftRow.is_current.is_(True))
                                     .group_by(DraftRow.run_id)).all())
            runs = [r for (r,) in s.execute(select(RunRow.id)).all()]
            drafts = s.execute(select(func.count()).select_from(DraftRow)).scalar()
            orphans = s.execute(select(func.count()).select_from(DraftRow).outerjoin(EvidenceRow)
                                .where(EvidenceRow.id.is_(None))).scalar()
        return {"runs": len(runs), "by_status": by_status, "drafts": drafts, "drafts_without_evidence": orphans,
                "runs_with_one_current": sum(1 for r in runs if current.get(r) == 1),
                "runs_with_many_current": sum(1 for r in runs if current.get(r, 0) > 1)}
