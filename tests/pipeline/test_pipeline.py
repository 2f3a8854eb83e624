"""The nightly pipeline, in process, against the scripted model server."""

from __future__ import annotations

import time
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


def writers_for(llm, slots: int, sent: list[float] | None = None) -> Writers:
    gate = ModelGate(slots)
    settings = Settings(data_dir=ROOT, openai_base_url=llm.url, openai_api_key="k", model="scripted")
    client = gate.http_client(10)
    if sent is not None:  # runs after the gate's own hook: the moment a request really leaves for the server
        client.event_hooks["request"].append(lambda request: sent.append(time.monotonic()))
    return Writers(chat=build_chat(settings, max_retries=3, timeout=10, http_client=client),
                   model_name="scripted", gate=gate)


def test_a_night_of_briefs_with_a_limit_on_model_calls(llm, make_desk, db_url, tmp_path):
    briefs, bad = load_briefs(write_briefs(tmp_path / "briefs", 12))
    store = DraftStore.open(db_url)
    writers = writers_for(llm, slots=3)
    report = run_pipeline(briefs, store, make_desk(None, FakeYF()), writers, spec="test", concurrency=6, offline=True)
    assert report.counts == {"clean": 12, "flagged": 0, "failed": 0, "skipped": 0, "held": 0}, report.results
    assert 2 <= llm.peak <= 3  # measured at the server: never more model calls in flight than allowed
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
    assert report.counts == {"clean": 4, "flagged": 0, "failed": 2, "skipped": 0, "held": 0}
    failed = {r.brief: r.reason for r in report.results if r.status == "failed"}
    assert "no house style 'tabloid'" in failed[bad_style.id] and "not valid YAML" in failed["broken"]
    assert {r.status for r in store.runs()} == {"clean", "failed"}
    assert len(files) == 5


def test_429_slows_the_whole_run_down_instead_of_failing_it(llm, make_desk, db_url, tmp_path):
    briefs, _ = load_briefs(write_briefs(tmp_path / "briefs", 8))
    llm.latency = 0.2
    llm.script.append(raw(429, {"error": {"message": "slow down"}}, {"Retry-After": "1"}))
    sent: list[float] = []
    writers = writers_for(llm, 8, sent)
    report = run_pipeline(briefs, DraftStore.open(db_url), make_desk(None, FakeYF()), writers,
                          spec="t", concurrency=8, offline=True)
    assert report.counts["clean"] == 8 and report.rate_limited == 1
    # Once the client had read the 429, no worker sent anything until the Retry-After (1 s) had passed.
    # Timed where requests leave the client, not where they reach the server: a request let out just
    # before the 429 was read can reach the server late on a loaded machine, and cannot be stopped.
    # Without the gate the other workers' next calls leave about 0.05 s after the 429 is read.
    learned = writers.gate.last_429
    during = [t for t in sent if learned + 0.02 < t < learned + 0.9]
    assert during == [], f"{len(during)} requests went out during the pause"
    assert any(t >= learned + 0.9 for t in sent)  # and the run went on afterwards


def test_sustained_rate_limits_wait_in_a_pipeline(llm, make_desk, db_url, tmp_path):
    briefs, _ = load_briefs(write_briefs(tmp_path / "briefs", 2))
    llm.script.extend([raw(429, {"error": {"message": "slow down"}}, {"retry-after-ms": "50"})] * 9)
    report = run_pipeline(briefs, DraftStore.open(db_url), make_desk(None, FakeYF()), writers_for(llm, 2),
                          spec="t", concurrency=2, offline=True)
    assert report.counts["clean"] == 2 and report.rate_limited == 9  # more 429s than the client retries


def test_two_pipelines_on_the_same_night_draft_each_brief_once(make_desk, db_url, tmp_path):
    import os
    import subprocess
    import sys

    write_briefs(tmp_path / "briefs", 30)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env.update({"MARKETDESK_DATA_DIR": str(tmp_path / "data"), "MARKETDESK_DATABASE_URL": db_url})
    cmd = [sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(tmp_path / "briefs"), "--offline",
           "--no-model", "--concurrency", "4"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-1500:] for _, err in outs]
    info = DraftStore.open(db_url).integrity()
    assert info["runs"] == 30 and info["drafts"] == 30 and info["runs_with_one_current"] == 30
    assert info["by_status"] == {"clean": 30}


def test_the_same_brief_twice_in_a_night_is_refused_once(tmp_path):
    files = write_briefs(tmp_path / "briefs", 2)
    (tmp_path / "briefs" / "copy.yaml").write_text(files[0].read_text())
    briefs, bad = load_briefs(sorted((tmp_path / "briefs").glob("*.yaml")))
    assert len(briefs) == 2 and len(bad) == 1 and "is also in" in bad[0][1]
