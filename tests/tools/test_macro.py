from __future__ import annotations

from datetime import date

from tests.tools.conftest import NOW
from tools.base import Observation, RawSeries, SeriesSpec
from tools.macro import derive, macro_facts


def spec(**kw) -> SeriesSpec:
    base = dict(metric="cpi_yoy", economy="China", provider="dbnomics", code="NBS/M_A010101/A01010101",
                unit="%", frequency="monthly", label="China CPI y/y")
    return SeriesSpec(**(base | kw))


def series(pairs) -> RawSeries:
    return RawSeries(provider="dbnomics", code="X/Y/Z", observations=[Observation(period=p, value=v) for p, v in pairs],
                     retrieved_at=NOW)


def test_an_nbs_index_becomes_a_percentage_change():
    got = derive(spec(transform="index_minus_100"), series([("2025-09", 99.7), ("2025-10", 100.2)]))
    assert [o.value for o in got] == [-0.3, 0.2]


def test_year_on_year_from_an_index_level_needs_the_same_month_a_year_before():
    s = series([("2024-09", 315.301), ("2024-10", 315.664), ("2025-09", 324.8), ("2025-10", None)])
    got = {o.period: o.value for o in derive(spec(transform="yoy_from_index"), s)}
    assert got["2025-09"] == round((324.8 / 315.301 - 1) * 100, 3)
    assert got["2024-09"] is None and got["2025-10"] is None  # no base, no value: gaps, not zeros


def test_latest_fact_is_the_last_period_ended_by_as_of_not_a_projection():
    weo = series([("2023", 5.4), ("2024", 5.0), ("2025", 4.0), ("2026", 4.0)])
    facts, gap, note = macro_facts(spec(metric="gdp_yoy", frequency="annual"), weo, "China", date(2025, 11, 28))
    assert gap is None and note is None
    assert [(f.id, f.value, f.period) for f in facts] == [("china_gdp_yoy", 5.0, "2024"),
                                                           ("china_gdp_yoy_prev", 5.4, "2023")]
    assert facts[0].source == "dbnomics:NBS/M_A010101/A01010101"
    assert facts[0].retrieved_at == NOW.isoformat() and facts[0].stale is False


def test_a_missing_latest_month_is_not_filled_from_the_month_before():
    s = series([("2025-04", 49.0), ("2025-05", 49.5), ("2025-06", None)])
    facts, gap, note = macro_facts(spec(metric="pmi", unit="pts"), s, "China", date(2025, 7, 31))
    assert facts[0].period == "2025-05" and facts[0].value == 49.5
    assert "2025-06 is missing (NA)" in note


def test_an_old_series_is_marked_stale():
    s = series([("2021-04", 3.85), ("2021-05", 3.85)])
    facts, _, _ = macro_facts(spec(metric="loan_prime_rate_1y"), s, "China", date(2025, 11, 28))
    assert all(f.stale for f in facts)
    fresh, _, _ = macro_facts(spec(metric="loan_prime_rate_1y"), s, "China", date(2021, 6, 30))
    assert not any(f.stale for f in fresh)


def test_nothing_by_as_of_is_a_gap_with_a_reason():
    s = series([("2025-01", 49.1), ("2025-02", None)])
    facts, gap, _ = macro_facts(spec(metric="pmi", unit="pts"), s, "China", date(2024, 12, 31))
    assert facts == [] and gap.reason == "no observation ending by as_of"
    facts, gap, _ = macro_facts(spec(metric="pmi", unit="pts"), series([("2025-01", None)]), "China", date(2025, 3, 1))
    assert facts == [] and "missing (NA)" in gap.reason


def test_demo_facts_say_so_in_their_source():
    facts, _, _ = macro_facts(spec(), series([("2025-10", 0.2)]), "China", date(2025, 11, 28), "demo:")
    assert facts[0].source == "demo:dbnomics:NBS/M_A010101/A01010101"
