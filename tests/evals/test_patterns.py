"""The patterns real prose showed the checker (issue 14): each in both directions, the honest
form accepted and the lie caught. The wording is made up; the shapes come from published
newswire closes, wraps, earnings and macro stories (tests/evals/real)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from evals import check
from marketdesk.models import EvidenceBundle
from tests.conftest import ROOT


def F(id, entity, metric, value, unit, period="2024-03-14"):
    return {"id": id, "entity": entity, "metric": metric, "value": value, "unit": unit, "period": period,
            "source": "article:test"}


YTD = "2024-01-01/2024-03-14"
BUNDLE = EvidenceBundle.model_validate({
    "as_of": "2024-03-14",
    "entities": [{"name": n, "aliases": a} for n, a in [
        ("Nikkei 225", ["Nikkei"]), ("Topix", []), ("DAX", []), ("Taiex", []), ("TSMC", []), ("Toyota", []),
        ("Honda", []), ("Japan", []), ("yen", []), ("Hong Kong dollar", []), ("Tencent", []), ("SMIC", []),
        ("China", []), ("Energy sub-index", ["Energy"]), ("Utilities", []), ("Banks", []), ("Stoxx 600", []),
        ("CAC 40", ["Cac-40"])]],
    "facts": [
        F("nk_chg", "Nikkei 225", "price_change", -0.35, "%"), F("nk_pts", "Nikkei 225", "price_change", -134.2, "pts"),
        F("nk_close", "Nikkei 225", "close", 38400.10, "pts"), F("tp_chg", "Topix", "price_change", 0.6, "%"),
        F("dax_chg", "DAX", "price_change", -0.4, "%"), F("dax_pts", "DAX", "price_change", -12.6, "pts"),
        F("dax_close", "DAX", "close", 4917.36, "pts"),
        F("tx_chg", "Taiex", "price_change", -0.5, "%"), F("tsmc_chg", "TSMC", "price_change", 1.2, "%"),
        F("en", "Energy sub-index", "price_change", -1.1, "%"), F("ut", "Utilities", "price_change", -0.4, "%"),
        F("bk", "Banks", "price_change", -0.2, "%"),
        F("toy", "Toyota", "price_change", -1.35, "%"), F("hon", "Honda", "price_change", -0.64, "%"),
        F("usdjpy", "yen", "fx_rate", 151.20, "JPY"), F("hkd", "Hong Kong dollar", "fx_rate", 7.82, "HKD"),
        F("tc_ytd", "Tencent", "price_change", 45.0, "%", YTD), F("smic_ytd", "SMIC", "price_change", 180.0, "%", YTD),
        F("cn_cpi", "China", "cpi_yoy", 0.2, "%", "2024-02"), F("cn_cpi_prev", "China", "cpi_yoy", -0.8, "%", "2024-01"),
        F("cn_pmi", "China", "pmi", 49.1, "x", "2024-02"), F("cn_pmi_prev", "China", "pmi", 49.2, "x", "2024-01"),
        F("jp_gdp", "Japan", "gdp_yoy", 4.1, "%", "2023-Q4"),
        F("jp_gdp_pre", "Japan", "gdp_yoy_preliminary", 4.4, "%", "2023-Q4"),
        F("stoxx_chg", "Stoxx 600", "price_change", 0.17, "%"), F("cac_chg", "CAC 40", "price_change", -0.12, "%"),
    ],
})


def codes(text: str) -> list[str]:
    return [f.code for f in check(text, BUNDLE).findings]


HONEST = [
    # sign and verb carried across an apposition and an elliptical list
    "Tokyo shares closed lower, with the Nikkei falling 0.35 percent, or 134.20 points, to 38,400.10.",
    "The DAX closed down 0.4%, or 12.6 points.",
    "The Energy sub-index fell the most by 1.1 percent, followed by Utilities 0.40 percent and Banks 0.2 percent.",
    # the subject through a relative clause
    "Chipmaker TSMC, which carries the biggest weight in the Taiex, rose 1.2 percent.",
    # pct, exchange rates with no currency word
    "The Nikkei fell 0.35 pct.",
    "The dollar was at 151.20.",
    "The Hong Kong dollar traded at 7.82 to the dollar.",
    # a market named by its people; an earlier estimate in the same clause
    "Japanese shares closed up 0.6%, with the Nikkei at 38,400.10.",
    "Japan's economy grew 4.1%, slightly below a preliminary 4.4%.",
    # "closed" with a move is the change; the level after a move is the level
    "The DAX closed down 0.4% at 4,917.36.",
    "The DAX fell 0.4% to 4,917.36.",
    # names after the figures own them
    "The Stoxx 600 rose 0.17%, against a dip of 0.12% in the Cac-40.",
    # spelled-out numbers, honest hedges, direction without figures that agrees
    "Tencent has gained forty-five percent this year.",
    "Japan's economy grew about 4% in the fourth quarter.",
    "Consumer prices rose in February.",
    "Factory activity contracted in February.",
    "China's CPI picked up to 0.2% in February from -0.8%.",
]

LIES = [
    ("The Nikkei fell 0.35 percent, or 143.20 points.", "G002"),
    ("The Nikkei rose 0.35 percent, or 134.20 points.", "G003"),
    ("The DAX fell 0.4% to 4,971.36.", "G002"),  # a wrong level after a move is mismatched, not ungrounded
    ("Tokyo shares closed lower, with the Nikkei falling 0.35 percent, or 134.20 points, to 38,040.10.", "G002"),
    ("Tencent has gained eighty percent this year.", "G002"),
    ("SMIC shares rose roughly a third this year.", "G002"),
    ("Tencent, unlike SMIC, has gained 180.0% this year.", "G002"),
    ("China's CPI, like its PMI, stood at 49.1 in February.", "G002"),
    ("Consumer prices fell in February.", "G003"),
    ("Factory activity expanded in February.", "G003"),
    ("China's CPI picked up to -0.8% in January from 0.2%.", "G003"),
    ("The PMI improved to 49.1 in February.", "G003"),
    ("There was a year-on-year decline in consumer prices in February.", "G003"),
    ("The Nikkei edged higher on Thursday.", "G003"),
    ("Tencent shares gained 45% last week.", "G004"),
    ("Banks fell nearly 1% on the day.", "G002"),
    ("Japan's economy grew about 5% in the fourth quarter.", "G002"),
    ("The DAX closed down 0.4%.<!-- the DAX fell 9.9% -->", "G002"),
    ("Fortescue Metals also rallied, adding 4.1 per cent.", "G005"),
    ("The Nikkei closed  percent lower.", "M001"),
]


@pytest.mark.parametrize("text", HONEST)
def test_honest_prose_is_accepted(text):
    assert codes(text) == []


@pytest.mark.parametrize("text,code", LIES)
def test_the_lie_is_caught(text, code):
    assert code in codes(text)


def test_an_intraday_extreme_is_never_read_as_the_sessions_change():
    text = "Toyota fell as much as 3% before closing down 1.35%."
    assert codes(text) == ["G001"]  # no fact states the low: ungrounded, not a "wrong" day's change
    with_low = BUNDLE.model_copy(update={"facts": (*BUNDLE.facts, BUNDLE.facts[0].model_copy(
        update={"id": "toy_low", "entity": "Toyota", "metric": "intraday_low_change", "value": -3.0}))})
    assert check(text, with_low).findings == []


def test_a_deeply_nested_bundle_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "d.md").write_text("The Nikkei fell 0.35%.\n")
    (tmp_path / "e.json").write_text('{"facts": ' + "[" * 100_000 + "]" * 100_000 + "}")
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "eval", str(tmp_path / "d.md"), "-e",
                        str(tmp_path / "e.json")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "nested too deeply" in r.stderr
    assert "Traceback" not in r.stderr


def test_the_pattern_bundle_is_a_valid_contract_bundle():
    assert json.loads(BUNDLE.model_dump_json())["facts"]
