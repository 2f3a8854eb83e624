"""Lies planted in the writer's own drafts (evals.plant): a lying draft does not come out clean."""

from __future__ import annotations

from pathlib import Path

from evals.plant import KINDS, main, offline_drafts, plant

ROOT = Path(__file__).resolve().parents[2]


def test_lies_of_every_kind_written_into_the_writers_own_drafts_are_flagged():
    briefs = [ROOT / "briefs" / f"{n}.yaml" for n in ("china-ai-rally", "us-market-wrap", "japan-tech")]
    report = plant(list(offline_drafts(briefs)), seed=3, per_draft=6)
    assert set(report.planted) == set(KINDS) and all(report.planted[k] >= 3 for k in KINDS)
    # over all 19 briefs at the commit that added this (seed 27): 100% / 97% / 97% / 95%; here,
    # three briefs and another seed, 78-100% by kind
    for kind in KINDS:
        assert report.rate(kind) >= 0.75, (kind, [m.text for m in report.misses if m.kind == kind])
    assert sum(report.flagged.values()) >= 0.85 * sum(report.planted.values())


def test_the_report_lists_each_miss_with_its_sentence(tmp_path, capsys):
    assert main(["--per-draft", "1", "--json", str(tmp_path / "plant.json")]) == 0
    out = capsys.readouterr().out
    assert all(k in out for k in KINDS) and "planted" in out
    assert (tmp_path / "plant.json").read_text().startswith("{")
