"""Severity: an error is what the checker is sure of; a warning is a figure it could not
confirm. A draft with either is never clean (issue 14: "a draft with a wrong figure must not
come out clean")."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from agent.markup import Rendered
from agent.verdict import judge_draft
from evals import check
from evals.scoring import score, severity_lines, wrong_lines
from marketdesk.brief import load_brief
from marketdesk.models import EvidenceBundle
from prompts import load_style
from tests.conftest import ROOT


def F(id, entity, metric, value, unit, period="2024-03-14"):
    return {"id": id, "entity": entity, "metric": metric, "value": value, "unit": unit, "period": period,
            "source": "article:test"}


BUNDLE = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "SKF", "aliases": []}, {"name": "China", "aliases": []}, {"name": "ECB", "aliases": []},
                 {"name": "Nikkei 225", "aliases": ["Nikkei"]}],
    "facts": [F("skf", "SKF", "price_change", 2.1, "%"), F("skf_px", "SKF", "close", 207.8, "SEK"),
              F("debt", "China", "gov_debt", 89105.2, "CNY bn", "2023"),
              F("cpi", "China", "cpi_yoy", 0.7, "%", "2024-02"),
              F("mro", "ECB", "policy_rate", 3.75, "%", "2024-03-07"),
              F("nk", "Nikkei 225", "price_change", -0.35, "%")],
})


def found(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in check(text, BUNDLE).findings]


@pytest.mark.parametrize("text, expected", [
    # a bare number nothing supports: a count, a threshold or a level the bundle lacks, as often as a lie
    ("The Nikkei fell 0.35% as 140 stocks declined.", [("G001", "warning")]),
    # the same with a unit is a figure that should have a fact
    ("The Nikkei fell 0.35% and turnover reached $140 billion.", [("G001", "error")]),
    # a share price without its currency is wire style; a total without its unit is unreadable
    ("SKF rose 2.1% to 207.80.", [("M003", "warning")]),
    ("China's government debt stood at 89,105.2 at the end of 2023.", [("M003", "error")]),
    # a date after the evidence's is a schedule (an effective date), not a misdated figure
    ("As of March 20, the ECB's main rate will be 3.75 percent.", [("G004", "warning")]),
    ("China's CPI rose 0.7% in January.", [("G004", "error")]),
    # a wrong figure about a known entity and metric is always an error
    ("SKF rose 3.1% to 207.80 kronor.", [("G002", "error")]),
])
def test_severity_says_how_sure_the_checker_is(text, expected):
    assert found(text) == expected, check(text, BUNDLE).findings


WIRE = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": []} for n in ("Sopharma", "Chimimport", "Eurohold", "Shelly Group")],
    "facts": [F("sfa", "Sopharma", "close", 5.2, "BGN"), F("ccb", "Chimimport", "close", 1.44, "BGN"),
              F("eubg", "Eurohold", "close", 1.46, "BGN"), F("shly", "Shelly Group", "close", 40.8, "BGN")],
})


@pytest.mark.parametrize("text, expected", [
    # a bulletin that quotes every price bare writes in its market's house style
    ("Sopharma closed at 5.20 and Chimimport ended at 1.44.", []),
    ("Sopharma closed at 5.20, Chimimport at 1.44 and Eurohold at 1.46.", []),
    # one bare price is a currency that may have fallen out: worth a look
    ("Sopharma closed at 5.20.", [("M003", "warning")]),
    # the currency said on the first price and carried to the rest is the same house style
    # (holdout108: "PTT lost 6.00 baht to 332.00, while PTTEP fell 4.00 to 156.00")
    ("Sopharma closed at 5.20 leva, Chimimport at 1.44 and Eurohold at 1.46.", []),
    # a draft that writes the currency on most of its prices lost it on these
    ("Sopharma closed at 5.20 leva and Shelly Group at 40.80 leva, Chimimport at 1.44 and Eurohold at 1.46.",
     [("M003", "warning"), ("M003", "warning")]),
])
def test_bare_share_prices_are_a_house_style_when_most_of_them_are(text, expected):
    assert [(f.code, f.severity) for f in check(text, WIRE).findings] == expected


def test_eval_exits_0_on_warnings_and_1_on_an_error(tmp_path):
    (tmp_path / "e.json").write_text(BUNDLE.model_dump_json())
    codes = {}
    for name, text in [("warn", "SKF rose 2.1% to 207.80.\n"), ("err", "SKF rose 3.1% to 207.80 kronor.\n")]:
        (tmp_path / f"{name}.md").write_text(text)
        r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "eval", str(tmp_path / f"{name}.md"), "-e",
                            str(tmp_path / "e.json"), "--format", "json"], capture_output=True, text=True, cwd=ROOT)
        codes[name] = (r.returncode, [f["severity"] for f in json.loads(r.stdout)["findings"]])
    assert codes == {"warn": (0, ["warning"]), "err": (1, ["error"])}


def test_a_draft_with_only_warnings_is_not_clean():
    brief = load_brief(ROOT / "briefs" / "us-market-wrap.yaml")
    style = load_style("wire")
    for text, warned in [("SKF rose 2.1% to 207.80.", True), ("SKF rose 2.1% to 207.80 kronor.", False)]:
        findings = check(text, BUNDLE)
        verdict = judge_draft(Rendered(text=text, figures=[], issues=[]), findings, style, brief, BUNDLE)
        assert findings.summary.errors == 0
        assert any(r.startswith("1 warnings to check (unitless_figure)") for r in verdict.reasons) == warned
        assert verdict.status != "clean"  # (the toy draft is also short and states no rendered figure)


def test_scoring_reports_errors_apart_and_what_each_case_gets(tmp_path):
    bundle = BUNDLE.model_dump(mode="json")
    cases = {
        # an honest article with one warning: no error, but not without a finding
        "a-orig": ("SKF rose 2.1% to 207.80.", [], [[14, 20]]),
        # a planted lie, caught as an error
        "a-mut": ("SKF rose 3.1% to 207.80 kronor.", [{"kind": "mismatched_figure", "start": 9, "end": 13}], []),
    }
    for name, (text, findings, honest) in cases.items():
        d = tmp_path / name
        d.mkdir()
        (d / "draft.md").write_text(text)
        (d / "evidence.json").write_text(json.dumps(bundle))
        (d / "expected.json").write_text(json.dumps({
            "findings": findings, "must_not_flag": [{"start": a, "end": b} for a, b in honest]}))
    by_kind, results = score(sorted(tmp_path.iterdir()))
    lines = severity_lines(results)
    assert "errors only: 1 right, 0 wrong, precision 1.000; 1 warnings" in lines
    assert "1/1 without an error, 0/1 without any finding" in lines
    assert "cases with planted errors: 1/1 flagged" in lines
    # the warning on the honest price is the one finding on no labelled error
    assert "by place: 1 of 2 findings on a labelled error, whatever its kind (precision by place 0.500)" in lines


def test_a_finding_of_another_kind_on_a_labelled_error_counts_by_place(tmp_path):
    """An editor sent to a flagged figure finds the lie there whatever the finding calls it: the
    by-place line counts it, the per-kind table does not."""
    d = tmp_path / "b-mut"
    d.mkdir()
    (d / "draft.md").write_text("SKF rose 3.1% to 207.80 kronor.")
    (d / "evidence.json").write_text(json.dumps(BUNDLE.model_dump(mode="json")))
    # labelled as an ungrounded figure; the checker calls it mismatched
    (d / "expected.json").write_text(json.dumps({"findings": [{"kind": "ungrounded_figure", "start": 9, "end": 13}],
                                                 "must_not_flag": []}))
    by_kind, results = score([d])
    assert by_kind["mismatched_figure"].fp == 1 and by_kind["ungrounded_figure"].fn == 1
    assert "by place: 1 of 1 findings on a labelled error" in severity_lines(results)
    # and the wrong-findings lines say which kind was taken for which
    assert wrong_lines(results) == (
        "wrong findings: 1 (1 on a labelled error of another kind, 0 where nothing is labelled: 0 errors, 0 warnings)\n"
        "kind confusions, labelled -> reported: ungrounded_figure -> mismatched_figure 1")


def test_wrong_findings_on_unlabelled_text_are_counted_apart_from_kind_confusions(tmp_path):
    """The honest price's warning sits where nothing is labelled; the caught lie is right and is
    in neither count."""
    bundle = BUNDLE.model_dump(mode="json")
    for name, text, findings in [("c-orig", "SKF rose 2.1% to 207.80.", []),
                                 ("c-mut", "SKF rose 3.1% to 207.80 kronor.",
                                  [{"kind": "mismatched_figure", "start": 9, "end": 13}])]:
        d = tmp_path / name
        d.mkdir()
        (d / "draft.md").write_text(text)
        (d / "evidence.json").write_text(json.dumps(bundle))
        (d / "expected.json").write_text(json.dumps({"findings": findings, "must_not_flag": []}))
    _, results = score(sorted(tmp_path.iterdir()))
    assert wrong_lines(results) == (
        "wrong findings: 1 (0 on a labelled error of another kind, 1 where nothing is labelled: 0 errors, 1 warnings)\n"
        "kind confusions, labelled -> reported: none")


SWAP = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": "SMIC", "aliases": []}, {"name": "Tencent", "aliases": []}, {"name": "Infosys", "aliases": []}],
    "facts": [F("smic", "SMIC", "price_change", 180.0, "%", "2024-01-01/2024-03-14"),
              F("tc", "Tencent", "price_change", 45.0, "%", "2024-01-01/2024-03-14"),
              F("infy_ni", "Infosys", "net_income", 36.9, "INR bn", "2023-Q4")],
})


def test_a_value_the_evidence_holds_for_another_entity_is_a_warning_never_clean():
    # the figure is a fact of the bundle; only whom it is about is in doubt (the checker's weakest reading)
    swapped = check("Tencent, unlike SMIC, has gained 180.0% this year.", SWAP)
    assert [(f.code, f.severity) for f in swapped.findings] == [("G002", "warning")]
    assert "in the evidence as smic (SMIC)" in swapped.findings[0].message
    # a value the evidence does not hold at all is an error
    wrong = check("Tencent has gained 54.0% this year.", SWAP)
    assert [(f.code, f.severity) for f in wrong.findings] == [("G002", "error")]


def test_a_companys_quarter_without_its_year_may_be_fiscal():
    # Infosys's year starts in April: its "third quarter" is October-December
    fiscal = check("Infosys earned Rs 3,690 crore in the third quarter.", SWAP).findings
    assert [(f.code, f.severity) for f in fiscal] == [("G004", "warning")] and "fiscal quarter" in fiscal[0].message
    # with the year written, it is a claim about that calendar quarter
    dated = check("Infosys earned Rs 3,690 crore in the third quarter of 2023.", SWAP).findings
    assert [(f.code, f.severity) for f in dated] == [("G004", "error")]


def test_a_story_told_in_fiscal_years_may_give_an_economys_quarters_as_fiscal_ones():
    india = EvidenceBundle.model_validate({"as_of": "2018-11-30", "facts": [
        F("gdp_q", "India", "gdp_yoy", 7.1, "%", "2018-07-01/2018-09-30")]})
    # India's second quarter of 2018-19 is July to September: in a story that counts in fiscal years, a
    # quarter one quarter before the fact's is the same quarter of a year from April, and accepted (it
    # was a warning; on the labelled articles all ten such warnings were on honest figures)
    for text in ("India's GDP grew 7.1 per cent in the second quarter of this financial year.",
                 "GDP growth in the second quarter 2018-19 was 7.1 per cent."):
        assert check(text, india).findings == [], text
    # another quarter still gets the warning
    assert [(f.code, f.severity) for f in check("GDP growth in the first quarter 2018-19 was 7.1 per cent.", india).findings] \
        == [("G004", "warning")]
    # with no fiscal year in sight, an economy's quarter off is an error
    assert [(f.code, f.severity) for f in check("India's GDP grew 7.1 per cent in the second quarter.", india).findings] \
        == [("G004", "error")]


def test_a_date_is_no_fiscal_year():
    # "2025-11-28" in the text is a date, not a fiscal year like "2018-19": an economy's quarter
    # off stays an error
    gdp = EvidenceBundle.model_validate({"as_of": "2025-11-28", "facts": [F("g", "China", "gdp_yoy", 4.8, "%", "2025-Q3")]})
    text = "Data as of 2025-11-28. China's GDP grew 4.8% in the second quarter."
    assert [(f.code, f.severity) for f in check(text, gdp).findings] == [("G004", "error")]
