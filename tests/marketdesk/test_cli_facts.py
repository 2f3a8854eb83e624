"""`marketdesk facts` as a user runs it: a real process, a temporary data folder, no network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from marketdesk.models import EvidenceBundle
from tests.tools.recorded import RecordedServer, dbnomics_routes

ROOT = Path(__file__).resolve().parents[2]
MACRO_BRIEF = """\
id: china-macro
title: China's economy in mid-2025
as_of: 2025-07-31
period: {start: 2025-01-01}
macro:
  - {economy: China, metrics: [gdp_yoy, pmi, loan_prime_rate_1y, cpi_yoy]}
required: [gdp_yoy, pmi]
"""


def run(*args: str, data_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "MARKETDESK_DATA_DIR": str(data_dir), "MARKETDESK_DBNOMICS_URL": "http://127.0.0.1:9/",
                "MARKETDESK_WORLDBANK_URL": "http://127.0.0.1:9/", **(env or {})}
    return subprocess.run([sys.executable, "-m", "marketdesk.cli", "facts", *args], capture_output=True,
                          text=True, cwd=ROOT, env=full_env, timeout=120)


def test_offline_on_a_fresh_machine_writes_a_demo_bundle(tmp_path):
    out = tmp_path / "evidence.json"
    r = run("briefs/china-ai-rally.yaml", "--offline", "-o", str(out), data_dir=tmp_path / "data")
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    bundle = EvidenceBundle.model_validate_json(out.read_text())
    assert bundle.demo is True and len(bundle.facts) > 30
    assert "DEMO DATA" in r.stderr and "smic_ytd" in r.stderr and f"wrote {out}" in r.stderr


def test_the_chart_shows_the_same_moves_as_the_facts(tmp_path):
    from tools.bundle import FactsGatherer
    from tools.chart import performance_chart

    r = run("briefs/china-ai-rally.yaml", "--offline", "-o", str(tmp_path / "e.json"), "--chart",
            str(tmp_path / "moves.png"), data_dir=tmp_path / "data")
    assert r.returncode == 0, r.stderr
    png = (tmp_path / "moves.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    # The lines end where the facts say: SMIC's index ends at 100 x (1 + ytd).
    from marketdesk.brief import load_brief
    from marketdesk.config import Settings
    from tools.desk import build_data_desk

    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    result = FactsGatherer(build_data_desk(Settings(data_dir=tmp_path / "data"))).gather(brief, offline=True)
    ytd = next(f for f in result.bundle.facts if f.id == "smic_ytd").value
    assert result.performance["SMIC"][-1][1] == pytest.approx(100 + ytd, abs=1e-6)
    assert set(result.performance) == {"SMIC", "Cambricon", "Alibaba", "Tencent", "CSI 300", "Hang Seng Tech"}
    assert performance_chart  # importable without a display


def test_without_o_the_bundle_goes_to_stdout(tmp_path):
    r = run("briefs/us-market-wrap.yaml", "--offline", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["brief"] == "us-market-wrap"


def test_a_bad_brief_exits_2_with_one_line_and_leaves_the_old_output_alone(tmp_path):
    brief = tmp_path / "bad.yaml"
    brief.write_text(MACRO_BRIEF.replace("as_of: 2025-07-31", "as_of: yesterday"))
    out = tmp_path / "evidence.json"
    out.write_text("previous bundle")
    r = run(str(brief), "-o", str(out), data_dir=tmp_path)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"marketdesk: {brief}: as_of: ")
    assert out.read_text() == "previous bundle"


@pytest.fixture
def macro_server():
    srv = dbnomics_routes(RecordedServer()).start()
    yield srv
    srv.stop()


def test_online_against_the_recorded_server(tmp_path, macro_server):
    brief = tmp_path / "china-macro.yaml"
    brief.write_text(MACRO_BRIEF)
    out = tmp_path / "evidence.json"
    env = {"MARKETDESK_DBNOMICS_URL": macro_server.url, "MARKETDESK_WORLDBANK_URL": macro_server.url}
    r = run(str(brief), "-o", str(out), data_dir=tmp_path / "data", env=env)
    assert r.returncode == 0, r.stderr  # cpi_yoy is missing (no route) but not required
    facts = {f.id: f for f in EvidenceBundle.model_validate_json(out.read_text()).facts}
    assert (facts["china_gdp_yoy"].value, facts["china_pmi"].period) == (5.0, "2025-05")
    assert "STALE" in r.stderr  # the BIS recording ends in 2021
    assert "2025-06 is missing (NA)" in r.stderr
    assert "cpi_yoy" in r.stderr and "HTTP 404" in r.stderr
    hits = macro_server.total_hits
    # The same command again is served from the cache.
    r2 = run(str(brief), "-o", str(out), data_dir=tmp_path / "data", env=env)
    assert r2.returncode == 0 and macro_server.total_hits == hits + 2  # only the two 404 rows asked again


def test_a_missing_required_figure_exits_1_and_says_which(tmp_path, macro_server):
    brief = tmp_path / "b.yaml"
    brief.write_text(MACRO_BRIEF.replace("required: [gdp_yoy, pmi]", "required: [cpi_yoy]"))
    env = {"MARKETDESK_DBNOMICS_URL": macro_server.url, "MARKETDESK_WORLDBANK_URL": macro_server.url}
    r = run(str(brief), "-o", str(tmp_path / "e.json"), "--format", "json", data_dir=tmp_path, env=env)
    assert r.returncode == 1
    summary = json.loads(r.stderr[: r.stderr.rindex("}") + 1])
    assert summary["missing_required"] == ["cpi_yoy"]
    assert any(g["metric"] == "cpi_yoy" and g["required"] for g in summary["gaps"])
