from __future__ import annotations

import socket

import sqlalchemy as sa

from marketdesk.brief import load_brief
from storage.db import current_revision, make_engine, upgrade
from storage.drafts import DraftStore
from tests.conftest import ROOT
from tests.tools.recorded import FakeYF


def a_draft(make_desk, brief):
    from agent.draft import Writers, draft_brief

    draft, _ = draft_brief(brief, make_desk(None, FakeYF()), Writers(), offline=True)
    return draft


def test_claim_save_and_rerun_are_idempotent(db_url, make_desk):
    store = DraftStore.open(db_url)
    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    claim, _ = store.claim(brief)
    assert claim is not None and claim.attempt == 1
    draft = a_draft(make_desk, brief)
    draft_id = store.save_draft(claim, draft, seconds=0.5)
    assert store.claim(brief) == (None, "done before")  # a rerun skips it
    row = store.current_draft(brief.id, brief.as_of)
    assert row.id == draft_id and row.version == 1 and row.verdict == "clean"
    assert row.text == draft.rendered.text and row.word_count == len(draft.rendered.text.split())
    with store.Session() as s:
        from storage.schema import EvidenceRow, RunRow

        assert s.scalars(sa.select(RunRow.status)).all() == ["clean"]
        bundle = s.scalars(sa.select(EvidenceRow.bundle)).one()
        assert bundle["as_of"] == "2025-11-28" and len(bundle["facts"]) == len(draft.bundle.facts)


def test_a_new_version_replaces_the_current_one_and_keeps_the_old(db_url, make_desk):
    store = DraftStore.open(db_url)
    brief = load_brief(ROOT / "briefs" / "us-market-wrap.yaml")
    claim, _ = store.claim(brief)
    draft = a_draft(make_desk, brief)
    store.save_draft(claim, draft)
    store.save_draft(claim.run_id, draft, author="editor@desk")  # an editor's version
    info = store.integrity()
    assert info["drafts"] == 2 and info["runs_with_one_current"] == 1 and info["runs_with_many_current"] == 0
    assert store.current_draft(brief.id, brief.as_of).version == 2


def test_a_save_that_fails_midway_leaves_nothing(db_url, make_desk):
    store = DraftStore.open(db_url)
    brief = load_brief(ROOT / "briefs" / "us-market-wrap.yaml")
    claim, _ = store.claim(brief)
    draft = a_draft(make_desk, brief)

    class Boom:
        @property
        def findings(self):
            raise OSError("disk full")

    broken = draft.model_copy(update={"findings": Boom()})
    try:
        store.save_draft(claim, broken)
    except OSError:
        pass
    info = store.integrity()
    assert info["drafts"] == 0 and info["by_status"] == {"running": 1}
    store.save_draft(claim, draft)  # and the run can still be finished
    assert store.integrity()["runs_with_one_current"] == 1


def test_a_run_held_by_a_live_worker_is_left_alone_and_a_dead_ones_is_taken_over(db_url, make_desk):
    import sqlalchemy as sa

    from storage.schema import RunRow

    store = DraftStore.open(db_url)
    brief = load_brief(ROOT / "briefs" / "us-market-wrap.yaml")
    first, _ = store.claim(brief)
    assert store.claim(brief) == (None, f"being drafted by {first_owner(store)}")
    # The worker dies (kill -9): its process is gone, so its lease no longer holds.
    dead = subprocess_pid_that_exited()
    with store.Session.begin() as s:
        s.execute(sa.update(RunRow).values(owner=f"{socket.gethostname()}:{dead}"))
    again, _ = store.claim(brief)
    assert again.run_id == first.run_id and again.attempt == 2
    # The presumed-dead worker's late result is refused, never saved over the new claim's.
    from storage.drafts import LostClaim

    draft = a_draft(make_desk, brief)
    with __import__("pytest").raises(LostClaim):
        store.save_draft(first, draft)
    store.fail(first, "late failure")  # a no-op: the run is not ours any more
    store.save_draft(again, draft)
    info = store.integrity()
    assert info["drafts"] == 1 and info["by_status"] == {"clean": 1}


def first_owner(store) -> str:
    return store.runs()[0].owner


def subprocess_pid_that_exited() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_upgrading_a_database_made_by_the_first_schema_keeps_its_data(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO briefs (id, title, body, updated_at) VALUES ('b1', 'T', '{}', "
                             "'2025-11-28 00:00:00+00:00')"))
        conn.execute(sa.text("INSERT INTO runs (id, brief_id, as_of, status, attempts) VALUES "
                             "(1, 'b1', '2025-11-28', 'clean', 1)"))
        conn.execute(sa.text("INSERT INTO drafts (id, run_id, version, is_current, text, markup, figures, writer, "
                             "verdict, errors, warnings, record, created_at, author) VALUES (1, 1, 1, TRUE, "
                             "'four words of text', '', '[]', 'deterministic', 'clean', 0, 0, '{}', "
                             "'2025-11-28 00:00:00+00:00', 'marketdesk')"))
    upgrade(engine)
    assert current_revision(engine) == "0006"
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, text, word_count, verdict FROM drafts")).all()
    assert rows == [(1, "four words of text", 4, "clean")]


def test_a_migration_that_fails_midway_leaves_the_database_as_it_was(tmp_path):
    """SQLite applies DDL outside transactions unless told otherwise: a failed backfill must
    not leave a half-migrated database that no later run can open."""
    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = make_engine(url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO briefs (id, title, body, updated_at) VALUES ('b', 'T', '{}', '2025-11-28')"))
        conn.execute(sa.text("INSERT INTO runs (id, brief_id, as_of, status, attempts) VALUES (1, 'b', '2025-11-28', 'clean', 1)"))
        conn.execute(sa.text("INSERT INTO drafts (id, run_id, version, is_current, text, markup, figures, writer, verdict, "
                             "errors, warnings, record, created_at, author) VALUES (1, 1, 1, 1, 'a b c', '', '[]', 'd', "
                             "'clean', 0, 0, '{}', '2025-11-28', 'm')"))
        conn.execute(sa.text("CREATE TRIGGER no_updates BEFORE UPDATE ON drafts BEGIN SELECT RAISE(ABORT, 'disk says no'); END"))
    try:
        upgrade(engine)
    except Exception:
        pass
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:
        assert "word_count" not in {c["name"] for c in sa.inspect(conn).get_columns("drafts")}
        conn.execute(sa.text("DROP TRIGGER no_updates"))
    upgrade(engine)  # and once the cause is gone, the upgrade goes through
    assert current_revision(engine) == "0006"


def test_two_processes_opening_one_new_sqlite_file_wait_for_each_other_instead_of_failing():
    """CI saw it once (December 4): two nightly pipelines started together on a new SQLite file,
    and one stopped with "cannot open the database". The loser of that race sees the file locked
    or a table the winner just created; it waits and migrates again, which finds the schema
    current. Other errors (a read-only file, a bad query) are not retried."""
    import sqlite3

    import pytest
    from sqlalchemy.exc import OperationalError

    from storage.drafts import _first_open, _racing_first_open

    def op(msg: str) -> OperationalError:
        return OperationalError("CREATE TABLE alembic_version", {}, sqlite3.OperationalError(msg))

    assert _racing_first_open(op("table alembic_version already exists"))
    assert _racing_first_open(op("database is locked"))
    assert not _racing_first_open(op("attempt to write a readonly database"))
    calls = []

    def migrate() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise op("table alembic_version already exists")
        return "current"

    assert _first_open()(migrate)() == "current" and len(calls) == 2
    calls.clear()

    def readonly() -> None:
        calls.append(1)
        raise op("attempt to write a readonly database")

    with pytest.raises(OperationalError):
        _first_open()(readonly)()
    assert len(calls) == 1
