"""The writer evals: the standard suite offline, a model that invents a figure, the compare gate."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.draft import Writers
from agent.llm import build_chat
from evals.harness.run import compare, run_suite, store_run
from evals.harness.suite import load_suite
from marketdesk.config import Settings
from storage.db import database_url
from storage.drafts import DraftStore
from tests.agent.scripted_llm import ScriptedLLM, completion
from tests.conftest import ROOT
from tests.pipeline.fakes import model_reply, write_briefs
from tests.pipeline.test_pipeline import Endless
from tests.tools.recorded import FakeYF

INVENTED = "Revenue at the group rose 37.5% last year."


def cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env["MARKETDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "marketdesk.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def test_the_standard_suite_runs_offline_and_reports(tmp_path):
    r = cli("evals", "run", "evals/suites/standard.yaml", "--offline", "--html", str(tmp_path / "r.html"),
            "--json", str(tmp_path / "r.json"), data_dir=tmp_path / "data")
    assert r.returncode == 0, r.stderr
    assert "eval run 1: standard, deterministic: 12 drafts, 12 clean, 0 failed, grounding 1.000, errors 0" in r.stdout
    report = json.loads((tmp_path / "r.json").read_text())["run"]
    assert {m["brief"] for m in report["results"]} >= {"cn-quiet-day", "us-wrap", "cn-macro", "us-macro"}
    assert report["checker"]["cases"] >= 48 and report["checker"]["by_kind"]["ungrounded_figure"]["recall"] > 0.8
    page = (tmp_path / "r.html").read_text()
    assert "<svg" in page and "Grounding rate by brief" in page and "The checker on labelled sets" in page
    same = cli("evals", "run", "evals/suites/standard.yaml", "--offline", data_dir=tmp_path / "data")
    gate = cli("evals", "compare", "1", "2", data_dir=tmp_path / "data")
    assert same.returncode == 0 and gate.returncode == 0, gate.stdout + gate.stderr


class Inventing:
    """A model that writes from its facts, then adds a figure no fact supports, every time."""

    def __call__(self, request: dict):
        reply = model_reply(request)
        content = reply["choices"][0]["message"].get("content")
        if content:
            reply = completion(content.rstrip() + "\n\n" + INVENTED + "\n")
        return reply


@pytest.fixture
def llm():
    server = ScriptedLLM()
    server.script = Endless(Inventing())
    yield server
    server.stop()


def small_suite(tmp_path: Path) -> Path:
    write_briefs(tmp_path / "briefs", 3)
    (tmp_path / "suite.yaml").write_text("name: small\nbriefs: [briefs/]\nthresholds: {grounding_rate: 0.01, errors: 0}\n")
    return tmp_path / "suite.yaml"


def test_a_model_that_invents_a_figure_is_counted_and_fails_the_gate(llm, make_desk, tmp_path):
    suite, base = load_suite(small_suite(tmp_path))
    store = DraftStore.open(database_url(tmp_path / "data"))
    baseline = run_suite(suite, base, make_desk(None, FakeYF()), Writers(), offline=True)
    settings = Settings(data_dir=tmp_path, openai_base_url=llm.url, openai_api_key="k", model="inventor")
    writers = Writers(chat=build_chat(settings, max_retries=1, timeout=10), model_name="inventor", max_revisions=1)
    candidate = run_suite(suite, base, make_desk(None, FakeYF()), writers, offline=True)
    t = candidate.totals
    assert t.errors_by_kind.get("ungrounded_figure") == 3  # one invented figure a draft, all counted
    assert t.grounding_rate < 1.0 and t.clean == 0 and t.revisions == 3 and t.round_trips == 9
    assert t.tokens > 0 and candidate.writer == "model:inventor"
    a, b = store_run(store, baseline), store_run(store, candidate)
    changes = {c.metric: c for c in compare(baseline, candidate)}
    assert changes["grounding_rate"].regression and changes["errors"].regression
    r = cli("evals", "compare", str(a), str(b), "--html", str(tmp_path / "cmp.html"), data_dir=tmp_path / "data")
    assert r.returncode == 1 and "regression: grounding_rate" in r.stderr and "REGRESSION" in r.stdout
    assert "Compared" in (tmp_path / "cmp.html").read_text()
    assert cli("evals", "compare", str(a), str(a), data_dir=tmp_path / "data").returncode == 0


def test_a_labelled_set_that_is_not_here_is_named_not_dropped(tmp_path):
    """The standard suite also scores the shared examples when they sit beside the checkout;
    in a user's clone they do not, and the report says which set it left out."""
    write_briefs(tmp_path / "briefs", 1)
    own = (ROOT / "tests" / "evals" / "cases").as_posix()
    (tmp_path / "suite.yaml").write_text(
        f"name: sets\nbriefs: [briefs/]\nlabelled_sets: [{own}, no/such/examples]\n")
    r = cli("evals", "run", str(tmp_path / "suite.yaml"), "--offline", "--html", str(tmp_path / "r.html"),
            "--json", str(tmp_path / "r.json"), data_dir=tmp_path / "data")
    assert r.returncode == 0, r.stderr
    assert "checker: labelled set no/such/examples not found here, left out of the score" in r.stderr
    checker = json.loads((tmp_path / "r.json").read_text())["run"]["checker"]
    assert checker["left_out"] == ["no/such/examples"] and checker["sets"] == [own] and checker["cases"] == 48
    assert "Not scored (not found on this machine): no/such/examples" in (tmp_path / "r.html").read_text()
