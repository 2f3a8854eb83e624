"""The nightly file as a user writes it: the shipped example runs as it stands, and a glob
that matches nothing is an error naming it rather than briefs dropped in silence."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from marketdesk.errors import InputError
from pipeline.spec import NightlySpec, brief_files, load_spec
from tests.conftest import ROOT


def test_the_shipped_example_names_real_briefs():
    spec, base = load_spec(ROOT / "examples" / "nightly.yaml")
    files, missing = brief_files(spec, base)
    names = {f.name for f in files}
    assert missing == []
    assert {"china-ai-rally.yaml", "us-market-wrap.yaml", "us-macro.yaml", "cn-macro.yaml", "japan-tech.yaml",
            "europe-wrap.yaml", "rates-fx.yaml", "commodities.yaml"} <= names
    assert spec.offline is True


def test_the_shipped_example_runs_offline_from_a_fresh_data_dir(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env["MARKETDESK_DATA_DIR"] = str(tmp_path)
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", "examples/nightly.yaml",
                        "--format", "json"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    results = json.loads(r.stdout)["results"]
    assert len(results) >= 12 and {x["status"] for x in results} == {"clean"}


def test_a_glob_that_matches_nothing_is_an_error_naming_it(tmp_path):
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "a.yaml").write_text("id: a\n")
    spec = NightlySpec(briefs=["briefs/", "extra/us-*.yaml"])
    with pytest.raises(InputError, match=r"extra/us-\*\.yaml.*matches no brief file"):
        brief_files(spec, tmp_path)


def test_a_missing_brief_fails_alone_and_the_nightly_file_never_lists_itself(tmp_path):
    (tmp_path / "a.yaml").write_text("id: a\n")
    nightly = tmp_path / "nightly.yaml"
    nightly.write_text("briefs: ['*.yaml', 'gone.yaml']\n")
    spec, base = load_spec(nightly)
    files, missing = brief_files(spec, base, nightly)
    assert [f.name for f in files] == ["a.yaml"]
    assert [(p.name, "brief not found" in why) for p, why in missing] == [("gone.yaml", True)]


def test_a_nightly_file_that_is_not_utf8_is_one_line(tmp_path):
    bad = tmp_path / "nightly.yaml"
    bad.write_bytes(b"briefs: ['caf\xe9.yaml']\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_spec(bad)
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(bad)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120, env={**os.environ, "MARKETDESK_DATA_DIR": str(tmp_path)})
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "not UTF-8" in r.stderr
