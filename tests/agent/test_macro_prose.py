"""Macro readings in words (agent/macro_prose.py): each clause follows from the two facts."""

from __future__ import annotations

import pytest

from agent.macro_prose import MacroProse, signals
from agent.markup import render
from evals import check
from marketdesk.models import EvidenceBundle, Fact


def fact(id: str, metric: str, value: float, period: str, unit: str = "%", entity: str = "US") -> Fact:
    return Fact.model_validate({"id": id, "entity": entity, "metric": metric, "value": value, "unit": unit,
                                "period": period, "source": "demo:test"})


def when(f: Fact) -> str:
    return {"2025-10": "in October", "2025-09": "in September", "2025-08": "in August"}.get(f.period, f"in {f.period}")


def say(economy: str, f: Fact, prev: Fact | None, **facts: Fact) -> str:
    return MacroProse(economy, when).sentence(f, prev, lead=False, facts=facts)


def rendered(text: str, *facts: Fact) -> str:
    bundle = EvidenceBundle.model_validate({"as_of": "2025-11-28", "entities": [],
                                            "facts": [f.model_dump() for f in facts]})
    r = render(text, bundle)
    assert r.ok and check(r.text, bundle).summary.errors == 0, r.text
    return r.text


@pytest.mark.parametrize("now, before, verb", [(3.0, 2.9, "picked up to"), (2.7, 3.0, "eased to"),
                                                (2.14, 2.06, "held at")])
def test_inflation_is_set_against_the_reading_before_and_held_only_when_it_prints_the_same(now, before, verb):
    f, p = fact("us_cpi_yoy", "cpi_yoy", now, "2025-09"), fact("us_cpi_yoy_prev", "cpi_yoy", before, "2025-08")
    text = rendered(say("US", f, p), f, p)
    assert f"Inflation {verb} " in text
    if verb != "held at":
        assert "from 2.9% in August" in text or "from 3.0% in August" in text


def test_a_turn_in_prices_is_the_point_of_the_sentence():
    f = fact("china_cpi_yoy", "cpi_yoy", 0.2, "2025-10", entity="China")
    p = fact("china_cpi_yoy_prev", "cpi_yoy", -0.3, "2025-09", entity="China")
    text = rendered(say("China", f, p), f, p)
    assert text == "Consumer prices returned to growth in October, rising 0.2% from a year earlier after a fall of " \
                   "0.3% in September."


def test_a_target_is_named_only_where_the_central_bank_has_one_of_two_percent():
    f = fact("us_cpi_yoy", "cpi_yoy", 3.0, "2025-09")
    assert "above the Federal Reserve's target" in say("US", f, None)
    g = fact("china_cpi_yoy", "cpi_yoy", 3.0, "2025-09", entity="China")
    assert "target" not in say("China", g, None)


def test_a_policy_rate_that_drifted_in_a_monthly_average_is_not_a_decision():
    f, p = fact("jp_rate", "policy_rate", 0.50, "2025-10", entity="Japan"), \
        fact("jp_rate_prev", "policy_rate", 0.48, "2025-09", entity="Japan")
    text = say("Japan", f, p)
    # (and not "averaged 0.50%": read blind as an odd way to give a policy rate)
    assert "raised" not in text and "averaged" not in text and "policy rate stood at {{jp_rate|round=2}}" in text
    cut = say("US", fact("r", "policy_rate", 3.875, "2025-10"), fact("r_prev", "policy_rate", 4.125, "2025-09"))
    assert cut.startswith("The Federal Reserve cut its policy rate to {{r|round=2}} in October from")


def test_a_pmi_says_which_side_of_fifty_it_is_on_and_where_it_came_from():
    f, p = fact("china_pmi", "pmi", 49.0, "2025-10", "pts", "China"), fact("china_pmi_prev", "pmi", 49.8, "2025-09",
                                                                             "pts", "China")
    text = rendered(say("China", f, p), f, p)
    assert text.startswith("Factories are still shrinking: the official manufacturing PMI slipped to 49.0 in October "
                           "from 49.8 in September")
    up = fact("china_pmi", "pmi", 50.3, "2025-10", "pts", "China")
    assert say("China", up, p).startswith("Factory activity returned to expansion")


def test_signals_follow_the_data_and_the_latest_quarter_outranks_last_year():
    facts = {"gdp_yoy": fact("a", "gdp_yoy", 0.2, "2024", entity="Japan"),
             "gdp_qoq": fact("b", "gdp_qoq", -0.4, "2025-Q3", entity="Japan"),
             "cpi_yoy": fact("c", "cpi_yoy", 3.0, "2025-10", entity="Japan")}
    said = [s.phrase for s in signals("Japan", facts.get)]
    assert "output shrank in the latest quarter" in said and "growth has held up" not in said
    assert "inflation is above target" in said and "inflation is running hot" not in said
