"""Angles (issue 17): what the data offers, ranked, as functions of the facts."""

from __future__ import annotations

from agent.angles import find_angles
from marketdesk.brief import parse_brief
from marketdesk.models import EvidenceBundle

YTD = "2025-01-01/2025-11-28"


def F(id, entity, metric, value, unit="%", period=YTD):
    return {"id": id, "entity": entity, "metric": metric, "value": value, "unit": unit, "period": period,
            "source": "demo:test"}


BRIEF = parse_brief({
    "id": "t", "title": "t", "as_of": "2025-11-28", "period": {"start": "2025-01-01"},
    "entities": [{"name": "Alpha", "ticker": "AAA"}, {"name": "Beta", "ticker": "BBB"},
                 {"name": "Index", "ticker": "^IDX", "kind": "index"}],
    "macro": [{"economy": "China", "metrics": ["cpi_yoy", "pmi", "policy_rate", "gdp_yoy"]}]})


def bundle(*facts) -> EvidenceBundle:
    return EvidenceBundle.model_validate({"as_of": "2025-11-28", "entities": [], "facts": list(facts)})


BASE = [F("alpha_ytd", "Alpha", "price_change", 120.0), F("beta_ytd", "Beta", "price_change", -8.0),
        F("index_ytd", "Index", "price_change", 15.0), F("alpha_pe", "Alpha", "pe_ratio", 90.0, "x", "2025-11-28"),
        F("beta_pe", "Beta", "pe_ratio", 12.0, "x", "2025-11-28"),
        F("china_gdp_yoy", "China", "gdp_yoy", 5.0, "%", "2024")]


def kinds(*facts):
    return [a.kind for a in find_angles(BRIEF, bundle(*BASE, *facts))]


def test_leaders_split_and_a_stock_far_from_its_benchmark_come_first():
    angles = find_angles(BRIEF, bundle(*BASE))
    assert angles[0].kind in ("leaders", "benchmark")
    leaders = next(a for a in angles if a.kind == "leaders")
    assert leaders.fact_ids == ("alpha_ytd", "beta_ytd") and "opposite directions" in leaders.point
    bench = [a for a in angles if a.kind == "benchmark"]
    assert {a.fact_ids for a in bench} == {("alpha_ytd", "index_ytd"), ("beta_ytd", "index_ytd")}
    assert any(a.kind == "valuation" and a.fact_ids == ("alpha_pe", "beta_pe") for a in angles)
    assert any(a.kind == "divergence" for a in angles)  # 120% against 5% growth


def test_turning_points_are_found_from_the_previous_reading():
    cpi = [F("china_cpi_yoy", "China", "cpi_yoy", 0.2, "%", "2025-10"),
           F("china_cpi_yoy_prev", "China", "cpi_yoy", -0.3, "%", "2025-09")]
    pmi = [F("china_pmi", "China", "pmi", 50.3, "pts", "2025-10"), F("china_pmi_prev", "China", "pmi", 49.8, "pts", "2025-09")]
    rate = [F("china_policy_rate", "China", "policy_rate", 3.0, "%", "2025-10"),
            F("china_policy_rate_prev", "China", "policy_rate", 3.1, "%", "2025-09")]
    angles = find_angles(BRIEF, bundle(*BASE, *cpi, *pmi, *rate))
    by_kind = {a.kind: a for a in angles}
    assert "falling to rising" in by_kind["turn"].point
    assert "crossed" in by_kind["pmi_line"].point and "into expansion" in by_kind["pmi_line"].point
    assert by_kind["policy_move"].point == "the People's Bank of China cut its rate"
    # no figures in a point: the writer renders them from the fact ids
    assert not any(ch.isdigit() for a in angles for ch in a.point)


def test_the_same_data_gives_the_same_angles_in_the_same_order():
    assert kinds() == kinds()
    assert find_angles(BRIEF, bundle()) == []  # no facts, no angles: never a made-up story


def test_the_fastest_expected_earnings_growth_is_an_angle_only_when_forecasts_are_well_above_the_past():
    fast = [F("alpha_forward_pe", "Alpha", "forward_pe", 60.0, "x", "2025-11-28"),  # 90 / 60: +50%
            F("beta_forward_pe", "Beta", "forward_pe", 11.0, "x", "2025-11-28")]  # 12 / 11: +9%
    angle = next(a for a in find_angles(BRIEF, bundle(*BASE, *fast)) if a.kind == "expected_growth")
    assert angle.fact_ids == ("alpha_pe", "alpha_forward_pe") and angle.subjects == ("Alpha",)
    slow = [F("alpha_forward_pe", "Alpha", "forward_pe", 85.0, "x", "2025-11-28")]  # +6%: nothing to say
    assert "expected_growth" not in kinds(*slow)
