"""Faults: a model server that fails 10% of requests, and kill -9 in the middle of a run.
After the rerun every brief has exactly one current draft: nothing lost, nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from storage.drafts import DraftStore
from tests.agent.scripted_llm import ScriptedLLM
from tests.conftest import ROOT
from tests.pipeline.fakes import FlakyModel, write_briefs
from tests.pipeline.test_pipeline import Endless

N = 24


def start(folder, data_dir, db_url, llm) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env.update({"MARKETDESK_DATA_DIR": str(data_dir), "MARKETDESK_DATABASE_URL": db_url,
                "OPENAI_BASE_URL": llm.url, "OPENAI_API_KEY": "k", "MARKETDESK_MODEL": "scripted",
                "MARKETDESK_MODEL_TIMEOUT": "1"})
    return subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline",
                             "--concurrency", "4"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_kill_9_mid_run_then_rerun_with_a_flaky_model(tmp_path, db_url):
    folder = tmp_path / "briefs"
    write_briefs(folder, N)
    flaky = FlakyModel(failure_rate=0.1, slow=2.0)
    llm = ScriptedLLM(latency=0.15)
    llm.script = Endless(flaky)
    try:
        store = DraftStore.open(db_url)
        proc = start(folder, tmp_path / "data", db_url, llm)
        deadline = time.time() + 60
        while store.integrity()["drafts"] < 5 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read()[-500:]}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        mid = store.integrity()
        assert mid["by_status"].get("running", 0) >= 1  # killed with drafts in flight
        assert 5 <= mid["drafts"] < N and mid["runs_with_many_current"] == 0 and mid["drafts_without_evidence"] == 0

        rerun = start(folder, tmp_path / "data", db_url, llm)
        out, err = rerun.communicate(timeout=240)
        assert rerun.returncode == 0, err[-2000:]
        final = store.integrity()
        assert final["runs"] == N and final["runs_with_one_current"] == N
        assert final["drafts"] == N  # nothing drafted twice: the rerun only did what was missing
        assert final["runs_with_many_current"] == 0 and final["drafts_without_evidence"] == 0
        assert final["by_status"] == {"clean": N}
        assert f"{N - mid['drafts']} clean, 0 flagged, 0 failed, {mid['drafts']} skipped" in err
        assert sum(flaky.failures.values()) > 0  # the faults did happen
    finally:
        llm.stop()
