from __future__ import annotations

from datetime import date

import pytest

from marketdesk.models import parse_unit
from tools.base import period_bounds
from tools.catalogue import load_catalogue


@pytest.mark.parametrize("period, bounds", [
    ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
    ("2025-Q3", (date(2025, 7, 1), date(2025, 9, 30))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2025-10-31", (date(2025, 10, 31), date(2025, 10, 31))),
    ("2025-01-01/2025-11-28", (date(2025, 1, 1), date(2025, 11, 28))),
])
def test_period_bounds(period, bounds):
    assert period_bounds(period) == bounds


def test_the_catalogue_covers_china_and_the_us_in_contract_units():
    cat = load_catalogue()
    for economy in ("China", "US"):
        assert {"gdp_yoy", "cpi_yoy", "debt_to_gdp", "gov_debt"} <= set(cat.metrics_for(economy))
    assert cat.lookup("pmi", "china") and cat.lookup("loan_prime_rate_1y", "China") and cat.lookup("policy_rate", "US")
    assert [s.provider for s in cat.lookup("gdp_yoy", "China")] == ["dbnomics", "worldbank"]
    assert cat.canonical_economy("United States") == "US"
    for s in cat.series:
        parse_unit(s.unit)  # raises on a unit the contract does not know
