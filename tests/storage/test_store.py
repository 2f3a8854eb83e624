from __future__ import annotations

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
    claim = store.claim(brief)
    assert claim is not None and claim.attempt == 1
    draft = a_draft(make_desk, brief)
    draft_id = store.save_draft(claim.run_id, draft, seconds=0.5)
    assert store.claim(brief) is None  # done: a rerun skips it
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
    claim = store.claim(brief)
    draft = a_draft(make_desk, brief)
    store.save_draft(claim.run_id, draft)
    store.save_draft(claim.run_id, draft, author="editor@desk")
    info = store.integrity()
    assert info["drafts"] == 2 and info["runs_with_one_current"] == 1 and info["runs_with_many_current"] == 0
    assert store.current_draft(brief.id, brief.as_of).version == 2


def test_a_save_that_fails_midway_leaves_nothing(db_url, make_desk):
    store = DraftStore.open(db_url)
    brief = load_brief(ROOT / "briefs" / "us-market-wrap.yaml")
    claim = store.claim(brief)
    draft = a_draft(make_desk, brief)

    class Boom:
        @property
        def findings(self):
            raise OSError("disk full")

    broken = draft.model_copy(update={"findings": Boom()})
    try:
        store.save_draft(claim.run_id, broken)
    except OSError:
        pass
    info = store.integrity()
    assert info["drafts"] == 0 and info["by_status"] == {"running": 1}
    store.save_draft(claim.run_id, draft)  # and the run can still be finished
    assert store.integrity()["runs_with_one_current"] == 1


def test_a_crashed_run_is_claimed_again(db_url):
    store = DraftStore.open(db_url)
    brief = load_brief(ROOT / "briefs" / "us-market-wrap.yaml")
    first = store.claim(brief)
    again = store.claim(brief)  # the first worker died with the run 'running'
    assert again.run_id == first.run_id and again.attempt == 2


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
    assert current_revision(engine) == "0002"
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, text, word_count, verdict FROM drafts")).all()
    assert rows == [(1, "four words of text", 4, "clean")]
