"""Currencies, yields, commodities and coins as facts (issue 16), from frames shaped exactly as
``yf.download(..., auto_adjust=False, actions=True)`` returns them (tests/tools/recorded.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timezone

import pandas as pd
import pytest

from evals import check
from marketdesk.models import EvidenceBundle
from tests.tools.recorded import ROOT, download_frame
from tools.markets import MarketFacts, fx_pair
from tools.yfinance import bars_from_download

NOW = datetime(2025, 11, 28, 21, 0, tzinfo=timezone.utc)
START, END = date(2025, 11, 3), date(2025, 11, 28)


def frame(closes: dict[str, float | None], tz: str = "Europe/London") -> pd.DataFrame:
    """One ticker's history as yfinance builds it: tz-aware index, a NaN row for a shut day."""
    idx = pd.DatetimeIndex([pd.Timestamp(d, tz=tz) for d in closes], name="Date")
    c = [float("nan") if v is None else v for v in closes.values()]
    return pd.DataFrame({"Open": c, "High": c, "Low": c, "Close": c, "Adj Close": c, "Volume": [0] * len(c),
                         "Dividends": [0.0] * len(c), "Stock Splits": [0.0] * len(c)}, index=idx)


def facts_for(ticker: str, kind: str, name: str, closes: dict, tz: str = "Europe/London") -> MarketFacts:
    bars = bars_from_download(download_frame({ticker: frame(closes, tz)}), [ticker], {}, NOW)[ticker]
    mf = MarketFacts(name, ticker, kind, START, END, END)
    mf.from_bars(bars)
    return mf


def by_id(mf: MarketFacts) -> dict:
    return {f.id: f for f in mf.facts}


def test_pairs_name_their_quoting_currency():
    assert fx_pair("JPY=X") == ("USD", "JPY") and fx_pair("EURUSD=X") == ("EUR", "USD")
    assert fx_pair("DX-Y.NYB") is None


def test_usd_jpy_is_a_fact_about_the_yen_priced_in_yen_and_its_move_is_the_yens():
    mf = facts_for("JPY=X", "fx", "yen", {"2024-12-31": 157.2, "2025-10-31": 154.0, "2025-11-27": None,
                                          "2025-11-28": 156.18})
    f = by_id(mf)
    assert (f["yen_level"].metric, f["yen_level"].value, f["yen_level"].unit) == ("fx_rate", 156.18, "JPY")
    assert f["yen_level"].period == "2025-11-28"
    # USD/JPY rose 154.0 -> 156.18 in November: the yen fell, by 154.0 / 156.18 - 1
    assert f["yen_change"].value == pytest.approx((154.0 / 156.18 - 1) * 100, abs=1e-3) and f["yen_change"].unit == "%"
    assert f["yen_ytd"].value > 0  # 157.2 -> 156.18: the yen gained on the year
    assert mf.gaps == []


def test_eur_usd_moves_with_the_euro():
    f = by_id(facts_for("EURUSD=X", "fx", "euro", {"2024-12-31": 1.0354, "2025-10-31": 1.1535, "2025-11-28": 1.1597}))
    assert (f["euro_level"].unit, f["euro_level"].value) == ("USD", 1.1597)
    assert f["euro_change"].value == pytest.approx((1.1597 / 1.1535 - 1) * 100, abs=1e-3)


def test_a_yield_moves_in_points_and_a_tenfold_quote_is_read_as_percent():
    f = by_id(facts_for("^TNX", "yield", "US 10-year yield", {"2024-12-31": 4.569, "2025-10-31": 4.08,
                                                                 "2025-11-28": 4.017}, "America/Chicago"))
    assert (f["us_10_year_yield_level"].metric, f["us_10_year_yield_level"].unit) == ("bond_yield", "%")
    assert f["us_10_year_yield_change"].metric == "yield_change" and f["us_10_year_yield_change"].unit == "pp"
    assert f["us_10_year_yield_change"].value == pytest.approx(-0.063)
    old = by_id(facts_for("^TNX", "yield", "ten", {"2025-10-31": 40.8, "2025-11-28": 40.17}, "America/Chicago"))
    assert old["ten_level"].value == pytest.approx(4.017)


def test_a_commodity_is_priced_in_dollars_and_a_missing_close_is_a_gap():
    f = by_id(facts_for("BZ=F", "commodity", "Brent crude", {"2024-12-31": 74.64, "2025-10-31": 64.77,
                                                              "2025-11-28": 63.2}, "America/New_York"))
    assert (f["brent_crude_level"].metric, f["brent_crude_level"].unit) == ("commodity_price", "USD")
    none = bars_from_download(download_frame({"NG=F": frame({"2025-11-27": None, "2025-11-28": None})}),
                              ["NG=F"], {}, NOW)["NG=F"]
    assert not hasattr(none, "close")  # no closes at all: a provider error the bundle turns into a gap
    late = facts_for("NG=F", "commodity", "gas", {"2025-12-01": 4.9}, "America/New_York")
    assert late.facts == [] and [g.metric for g in late.gaps] == ["commodity_price"]  # never a zero


def test_the_checker_reads_the_currency_against_its_own_quote():
    mf = facts_for("JPY=X", "fx", "yen", {"2024-12-31": 157.2, "2025-10-31": 154.0, "2025-11-28": 156.18})
    bundle = EvidenceBundle(as_of=END, entities=({"name": "yen", "aliases": ("Japanese yen",)},), facts=tuple(mf.facts))
    assert check("The yen weakened 1.4% against the dollar in November, to 156.18 per dollar.", bundle).findings == []
    lies = ["The yen strengthened 1.4% against the dollar in November.",
            "The yen strengthened to 156.18 per dollar.",
            "The dollar fell to 156.18 yen."]
    for lie in lies:
        assert [f.code for f in check(lie, bundle).findings] == ["G003"], lie


@pytest.mark.parametrize("brief", ["japan-tech", "europe-wrap", "rates-fx", "commodities"])
def test_each_global_example_brief_has_every_required_figure_offline(brief, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env["MARKETDESK_DATA_DIR"] = str(tmp_path)
    out = tmp_path / "evidence.json"
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "facts", f"briefs/{brief}.yaml", "--offline",
                        "-o", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-1500:]
    bundle = json.loads(out.read_text())
    assert bundle["missing_required"] == [] and bundle["demo"] is True
    assert not [g for g in bundle["gaps"] if g["required"]]


def test_a_yield_move_in_basis_points_and_a_price_per_barrel_read_true_and_lies_are_caught():
    tnx = facts_for("^TNX", "yield", "US 10-year yield", {"2025-10-31": 4.29, "2025-11-28": 4.41}, "America/Chicago")
    brent = facts_for("BZ=F", "commodity", "Brent", {"2025-10-31": 64.58, "2025-11-28": 63.2}, "America/New_York")
    bundle = EvidenceBundle(as_of=END, entities=({"name": "US 10-year yield", "aliases": ("10-year yield",)},
                                                 {"name": "Brent", "aliases": ("Brent crude",)}),
                            facts=(*tnx.facts, *brent.facts))
    honest = ("The 10-year yield rose 12 basis points in November to 4.41%. "
              "Brent fell 2.1% in November to $63.20 a barrel.")
    assert check(honest, bundle).findings == []
    for lie, code in [("The 10-year yield fell 12 basis points in November to 4.41%.", "G003"),
                      ("The 10-year yield rose 21 basis points in November to 4.41%.", "G002"),
                      ("Brent fell 2.1% in November to $63.02 a barrel.", "G002"),
                      ("Brent rose 2.1% in November to $63.20 a barrel.", "G003")]:
        assert code in [f.code for f in check(lie, bundle).findings], lie


def test_an_unknown_economy_and_a_ticker_with_no_data_offline_are_gaps_that_say_what_to_do(tmp_path):
    brief = tmp_path / "vn.yaml"
    brief.write_text("id: vn\ntitle: Vietnam\nas_of: 2025-11-28\nperiod: {start: 2025-01-01}\n"
                     "entities:\n- {name: Lasertec, ticker: 6920.T}\nmacro:\n- {economy: Vietnam, metrics: [unemployment_rate]}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env["MARKETDESK_DATA_DIR"] = str(tmp_path)
    out = tmp_path / "e.json"
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "facts", str(brief), "--offline", "-o", str(out)],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-1500:]
    reasons = {(g["entity"], g["metric"]): g["reason"] for g in json.loads(out.read_text())["gaps"]}
    assert reasons[("Vietnam", "unemployment_rate")] == ("no catalogue row for Vietnam unemployment_rate; add one in "
                                                         "tools/catalogue.yaml")
    assert "no DEMO data for 6920.T and nothing cached; run online (without --offline)" in reasons[("Lasertec", "price_change")]


def test_the_chart_shows_a_currency_quoted_against_itself_as_the_currency(make_desk):
    """USD/JPY rising is the yen falling: the chart's yen line must fall with it, as the text says."""
    from marketdesk.brief import load_brief
    from tests.tools.recorded import FakeYF
    from tools.bundle import FactsGatherer

    run = FactsGatherer(make_desk(None, FakeYF())).gather(load_brief(ROOT / "briefs" / "japan-tech.yaml"), offline=True)
    yen_move = next(f for f in run.bundle.facts if f.id == "yen_ytd").value
    line = run.performance["yen"]
    assert (line[-1][1] - 100.0) * yen_move > 0  # the same direction as the fact
    assert line[-1][1] == pytest.approx(100.0 + yen_move, abs=0.05)
