from __future__ import annotations

import pytest

from tests.storage.conftest import db_url, postgres  # noqa: F401
from tests.tools.conftest import fake_yf, make_desk, server  # noqa: F401

PASSWORD = "correct horse battery"


@pytest.fixture
def seeded(db_url, make_desk):  # noqa: F811 - fixtures imported above
    return seed(db_url, make_desk)


@pytest.fixture
def seeded_sqlite(tmp_path, make_desk):  # noqa: F811
    return seed(f"sqlite:///{tmp_path / 'review.db'}", make_desk)


def seed(url, desk_factory):
    """A store with one clean and one flagged draft (a figure the evidence does not support) and two editors."""
    from agent.draft import Writers, draft_brief
    from marketdesk.brief import load_brief
    from review.accounts import add_user
    from storage.drafts import DraftStore
    from tests.conftest import ROOT

    store = DraftStore.open(url)
    add_user(store, "ed", PASSWORD)
    add_user(store, "flo", PASSWORD)
    ids = {}
    for name in ("china-ai-rally", "us-market-wrap"):
        brief = load_brief(ROOT / "briefs" / f"{name}.yaml")
        draft, _ = draft_brief(brief, desk_factory(None, __import__("tests.tools.recorded", fromlist=["FakeYF"]).FakeYF()),
                               Writers(), offline=True)
        if name == "us-market-wrap":  # an editor-visible error: NVIDIA's close misstated
            from evals import check

            text = draft.rendered.text.replace("up 31.8% to USD 177.00", "up 31.8% to USD 197.00")
            assert text != draft.rendered.text, "the seeded error needs NVIDIA's close in the lede"
            draft = draft.model_copy(update={"rendered": draft.rendered.model_copy(update={"text": text}),
                                             "findings": check(text, draft.bundle)})
            draft.record.verdict, draft.record.errors = "failing", draft.findings.summary.errors
        claim, _ = store.claim(brief)
        store.save_draft(claim, draft)
        ids[name] = claim.run_id
    return store, ids
