"""The nightly pipeline, in process, against the scripted model server."""

from __future__ import annotations

from collections import deque

import pytest

from agent.draft import Writers
from agent.llm import build_chat
from marketdesk.config import Settings
from pipeline.limits import ModelGate
from pipeline.run import run_pipeline
from pipeline.spec import load_briefs
from storage.drafts import DraftStore
from tests.agent.scripted_llm import ScriptedLLM, raw
from tests.conftest import ROOT
from tests.pipeline.fakes import model_reply, write_briefs
from tests.tools.recorded import FakeYF


class Endless(deque):
    """A script that answers every request with the same function."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __bool__(self):
        return True

    def popleft(self):
        return super().popleft() if len(self) else self.fn


@pytest.fixture
def llm():
    server = ScriptedLLM(latency=0.05)
    server.script = Endless(model_reply)
    yield server
    server.stop()


def writers_for(llm, slots: int) -> Writers:
    gate = ModelGate(slots)
    settings = Settings(data_dir=ROOT, openai_base_url=llm.url, openai_api_key="k", model="scripted")
    return Writers(chat=build_chat(settings, max_retries=3, timeout=10, http_client=gate.http_client(10)),
                   model_name="scripted", gate=gate)


def test_a_night_of_briefs_with_a_limit_on_model_calls(llm, make_desk, db_url, tmp_path):
    briefs, bad = load_briefs(write_briefs(tmp_path / "briefs", 12))
    store = DraftStore.open(db_url)
    writers = writers_for(llm, slots=3)
    report = run_pipeline(briefs, store, make_desk(None, FakeYF()), writers, spec="test", concurrency=6, offline=True)
    assert report.counts == {"clean": 12, "flagged": 0, "failed": 0, "skipped": 0}, report.results
    assert 1 <= report.peak_model_calls <= 3  # never more model calls in flight than allowed
    assert store.integrity()["runs_with_one_current"] == 12
    # The same night again does nothing twice.
    again = run_pipeline(briefs, store, make_desk(None, FakeYF()), writers, spec="test", concurrency=6, offline=True)
    assert again.counts["skipped"] == 12 and store.integrity()["drafts"] == 12


def test_one_failure_does_not_stop_the_others_and_is_recorded(llm, make_desk, db_url, tmp_path):
    files = write_briefs(tmp_path / "briefs", 5)
    (tmp_path / "briefs" / "broken.yaml").write_text("id: broken\ntitle: [oops\n")
    briefs, bad = load_briefs(sorted((tmp_path / "briefs").glob("*.yaml")))
    bad_style = briefs[0].model_copy(update={"style": "tabloid"})
    store = DraftStore.open(db_url)
    report = run_pipeline([bad_style, *briefs[1:]], store, make_desk(None, FakeYF()), writers_for(llm, 4),
                          spec="test", concurrency=4, offline=True, invalid=bad)
    assert report.counts == {"clean": 4, "flagged": 0, "failed": 2, "skipped": 0}
    failed = {r.brief: r.reason for r in report.results if r.status == "failed"}
    assert "no house style 'tabloid'" in failed[bad_style.id] and "not valid YAML" in failed["broken"]
    assert {r.status for r in store.runs()} == {"clean", "failed"}
    assert len(files) == 5


def test_429_slows_the_whole_run_down_instead_of_failing_it(llm, make_desk, db_url, tmp_path):
    briefs, _ = load_briefs(write_briefs(tmp_path / "briefs", 6))
    llm.script.extend([raw(429, {"error": {"message": "slow down"}}, {"Retry-After": "1"})] * 2)
    writers = writers_for(llm, 6)
    report = run_pipeline(briefs, DraftStore.open(db_url), make_desk(None, FakeYF()), writers, spec="t",
                          concurrency=6, offline=True)
    assert report.counts["clean"] == 6 and report.rate_limited == 2
    assert report.wall_seconds >= 0.9  # everyone waited out the Retry-After
