import json

import pytest
from pydantic import ValidationError

from marketdesk.models import EvidenceBundle, parse_unit

BASE = {
    "as_of": "2025-12-31",
    "facts": [
        {"id": "a", "entity": "SMIC", "metric": "price_change", "value": 182.4, "unit": "%",
         "period": "2025-01-01/2025-12-31", "source": "yfinance:0981.HK"}
    ],
}


def bundle(**fact_changes):
    data = json.loads(json.dumps(BASE))
    data["facts"][0].update(fact_changes)
    return data


def test_valid_bundle_keeps_extra_fields():
    b = EvidenceBundle.model_validate({**bundle(stale=True), "brief": "x"})
    assert b.facts[0].value == 182.4
    assert b.model_extra == {"brief": "x"}


@pytest.mark.parametrize("unit,family,scale", [("%", "%", 1), ("CNY bn", "CNY", 1e9), ("USD", "USD", 1), ("HKD tn", "HKD", 1e12),
                                               # any ISO 4217 code: Colombo, Accra and Almaty as well as Hong Kong
                                               ("LKR tn", "LKR", 1e12), ("GHS mn", "GHS", 1e6), ("KZT", "KZT", 1)])
def test_units_parse(unit, family, scale):
    assert parse_unit(unit) == (family, scale)


@pytest.mark.parametrize("change,needle", [
    ({"unit": "percent"}, "unknown unit"),
    ({"unit": "CNY zillion"}, "unknown unit"),
    ({"unit": "XYZ bn"}, "unknown unit"),  # three capitals that are no currency
    ({"value": "182.4"}, "valid number"),
    ({"value": True}, "valid number"),
    ({"value": float("nan")}, "finite"),
    ({"period": "Q3 2025"}, "period"),
    ({"period": "2025-13"}, "period"),
    ({"source": "no provider"}, "pattern"),
])
def test_bad_facts_are_refused(change, needle):
    with pytest.raises(ValidationError) as err:
        EvidenceBundle.model_validate(bundle(**change))
    assert needle in str(err.value)


def test_missing_field_is_refused():
    data = bundle()
    del data["facts"][0]["value"]
    with pytest.raises(ValidationError, match="value"):
        EvidenceBundle.model_validate(data)


def test_duplicate_fact_ids_are_refused():
    data = bundle()
    data["facts"].append(dict(data["facts"][0]))
    with pytest.raises(ValidationError, match="duplicate fact id 'a'"):
        EvidenceBundle.model_validate(data)


@pytest.mark.parametrize("period, read", [
    ("2010-10/2011-01", "2010-10-01/2011-01-31"),
    ("2024-Q1/2024-Q3", "2024-01-01/2024-09-30"),
    ("2023/2024", "2023-01-01/2024-12-31"),
    ("2025-01-01/2025-02-01", "2025-01-01/2025-02-01"),
])
def test_a_span_of_months_quarters_or_years_is_read_as_its_days(period, read):
    # four hand-written bundles of holdout39 wrote "2010-10/2011-01" and were refused
    b = EvidenceBundle.model_validate({"as_of": "2025-11-28", "entities": [{"name": "X"}], "facts": [
        {"id": "a", "entity": "X", "metric": "price_change", "value": 1.0, "unit": "%", "period": period,
         "source": "a:b"}]})
    assert b.facts[0].period == read


@pytest.mark.parametrize("period", ["2025-03/2025-01", "2025-13/2026-01", "2025-10/soon"])
def test_a_bad_span_is_still_refused(period):
    with pytest.raises(ValidationError, match="period|interval"):
        EvidenceBundle.model_validate({"as_of": "2025-11-28", "entities": [{"name": "X"}], "facts": [
            {"id": "a", "entity": "X", "metric": "price_change", "value": 1.0, "unit": "%", "period": period,
             "source": "a:b"}]})
