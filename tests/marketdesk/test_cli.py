"""`marketdesk eval` as a user runs it: formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "china-ai-rally"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "marketdesk.cli", *args], capture_output=True, text=True, cwd=cwd or ROOT,
    )


def test_text_format_and_exit_1_on_errors():
    r = run("eval", str(EXAMPLE / "draft.md"), "--evidence", str(EXAMPLE / "evidence.json"))
    assert r.returncode == 1
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith(f"{EXAMPLE / 'draft.md'}:15:51: G004 ")
    assert lines[-1].endswith("4 errors, 0 warnings")


def test_clean_draft_exits_0():
    case = ROOT / "tests" / "evals" / "cases" / "md-01-japan-clean"
    r = run("eval", str(case / "draft.md"), "-e", str(case / "evidence.json"))
    assert r.returncode == 0, r.stdout
    assert r.stdout.strip().splitlines() == ["18 figures, 18 grounded, 0 errors, 0 warnings"]


def test_json_format_is_the_contract():
    r = run("eval", str(EXAMPLE / "draft.md"), "-e", str(EXAMPLE / "evidence.json"), "--format", "json")
    out = json.loads(r.stdout)
    assert set(out) == {"findings", "summary"}
    assert set(out["summary"]) >= {"figures", "grounded", "errors", "warnings"}
    text = (EXAMPLE / "draft.md").read_text("utf-8")
    for f in out["findings"]:
        assert {"code", "kind", "severity", "start", "end", "line", "col", "text", "message", "fact_ids"} <= set(f)
        assert text[f["start"]:f["end"]] == f["text"]


def test_sarif_format():
    r = run("eval", str(EXAMPLE / "draft.md"), "-e", str(EXAMPLE / "evidence.json"), "--format", "sarif")
    sarif = json.loads(r.stdout)
    assert sarif["version"] == "2.1.0"
    run0 = sarif["runs"][0]
    rule_ids = [x["id"] for x in run0["tool"]["driver"]["rules"]]
    assert {"G001", "G002", "G003", "G004", "G005", "M001", "M002", "M003", "M004"} <= set(rule_ids)
    res = run0["results"]
    assert len(res) == 4
    first = res[0]
    assert rule_ids[first["ruleIndex"]] == first["ruleId"] == "G004"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (15, 51)
    assert first["level"] == "error"


def test_whole_draft_findings_have_no_span(tmp_path):
    bundle = json.loads((EXAMPLE / "evidence.json").read_text())
    bundle["required"] = ["ppi_yoy"]
    (tmp_path / "e.json").write_text(json.dumps(bundle))
    (tmp_path / "d.md").write_text("The official manufacturing PMI stood at 49.2 in November.\n")
    r = run("eval", str(tmp_path / "d.md"), "-e", str(tmp_path / "e.json"), "--format", "json")
    f = json.loads(r.stdout)["findings"]
    assert [(x["kind"], x["start"], x["end"], x["metric"]) for x in f] == [("missing_required", None, None, "ppi_yoy")]
    r = run("eval", str(tmp_path / "d.md"), "-e", str(tmp_path / "e.json"))
    assert r.stdout.startswith(f"{tmp_path / 'd.md'}:1:1: M004 required metric ppi_yoy")


BAD_BUNDLES = {
    "malformed": ("{not json", "is not valid JSON"),
    "not an object": ("[1, 2]", "top level must be a JSON object"),
    "missing field": (lambda b: b["facts"][0].pop("value"), "facts[0] (id 'smic_ytd').value: Field required"),
    "duplicate id": (lambda b: b["facts"].append(dict(b["facts"][0])), "duplicate fact id 'smic_ytd'"),
    "unknown unit": (lambda b: b["facts"][0].update(unit="percent"), "unknown unit 'percent'"),
    "value not a number": (lambda b: b["facts"][0].update(value="182.4"), "facts[0] (id 'smic_ytd').value"),
}


@pytest.mark.parametrize("name", list(BAD_BUNDLES))
def test_bad_bundle_is_one_line_exit_2(name, tmp_path):
    body, needle = BAD_BUNDLES[name]
    p = tmp_path / "evidence.json"
    if callable(body):
        b = json.loads((EXAMPLE / "evidence.json").read_text())
        body(b)
        p.write_text(json.dumps(b))
    else:
        p.write_text(body)
    r = run("eval", str(EXAMPLE / "draft.md"), "-e", str(p))
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith(f"marketdesk: {p}: ")
    assert needle in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("content,needle", [
    (b"\xff\xfeC\x00P\x00I\x00", "is not UTF-8"),
    (b"", "is empty"),
    (b"  \n\n ", "is empty"),
])
def test_bad_draft_is_one_line_exit_2(content, needle, tmp_path):
    p = tmp_path / "draft.md"
    p.write_bytes(content)
    r = run("eval", str(p), "-e", str(EXAMPLE / "evidence.json"))
    assert r.returncode == 2
    assert r.stderr.strip() == r.stderr.strip().splitlines()[0]
    assert needle in r.stderr and str(p) in r.stderr


def test_missing_files(tmp_path):
    r = run("eval", str(tmp_path / "nope.md"), "-e", str(EXAMPLE / "evidence.json"))
    assert (r.returncode, r.stderr.strip()) == (2, f"marketdesk: {tmp_path / 'nope.md'}: no such file; check the path")
    r = run("eval", str(EXAMPLE / "draft.md"), "-e", str(tmp_path / "nope.json"))
    assert r.returncode == 2 and "no such file" in r.stderr


def test_bad_flag_is_exit_2():
    r = run("eval", str(EXAMPLE / "draft.md"), "-e", str(EXAMPLE / "evidence.json"), "--format", "xml")
    assert r.returncode == 2 and "argument --format: invalid choice" in r.stderr


def test_a_10_mb_draft_is_checked(tmp_path):
    paragraph = (EXAMPLE / "draft.md").read_text("utf-8").split("## The rally", 1)[1]
    reps = 10_000_000 // len(paragraph.encode()) + 1
    big = tmp_path / "big.md"
    big.write_text("# Long\n" + paragraph * reps, "utf-8")
    assert big.stat().st_size >= 10_000_000
    r = run("eval", str(big), "-e", str(EXAMPLE / "evidence.json"), "--format", "json")
    assert r.returncode == 1, r.stderr
    summary = json.loads(r.stdout)["summary"]
    assert summary["figures"] >= 19 * reps - 19
