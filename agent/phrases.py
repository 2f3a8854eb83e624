"""Small wording helpers shared by the writers: periods and directions in words."""

from __future__ import annotations

from datetime import date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
QUARTERS = ["first", "second", "third", "fourth"]


def day_words(d: date, year: bool = True) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def period_words(period: str, as_of: date | None = None) -> str:
    """'2025-10' -> 'in October 2025'; '2025-Q2' -> 'in the second quarter of 2025'; '2024' -> 'in 2024'.
    An interval from January 1 reads "so far in 2025" only when it runs to the cut-off."""
    if "/" in period:
        a, b = (date.fromisoformat(p) for p in period.split("/"))
        recent = as_of is None or (as_of - b).days <= 7
        if a.month == 1 and a.day == 1 and a.year == b.year and recent:
            return f"so far in {b.year}"
        return f"between {day_words(a, year=a.year != b.year)} and {day_words(b)}"
    if len(period) == 10:
        return f"on {day_words(date.fromisoformat(period))}"
    if len(period) == 4:
        return f"in {period}"
    if period[5] == "Q":
        return f"in the {QUARTERS[int(period[6]) - 1]} quarter of {period[:4]}"
    return f"in {MONTHS[int(period[5:7]) - 1]} {period[:4]}"


def moved(value: float, up: str = "rose", down: str = "fell", flat: str = "was unchanged") -> str:
    return up if value > 0 else down if value < 0 else flat


def join_names(names: list[str]) -> str:
    """['A'] -> 'A'; ['A', 'B'] -> 'A and B'; ['A', 'B', 'C'] -> 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# Economies named as a region, not a country: "the euro area", "the euro-area economy".
_REGIONS = {"euro area": ("the euro area", "the euro-area economy")}


def economy_noun(economy: str) -> str:
    """'China' -> "China's economy"; 'US' -> 'the US economy' (an abbreviation takes no 's);
    'Euro area' -> 'the euro-area economy'."""
    if economy.lower() in _REGIONS:
        return _REGIONS[economy.lower()][1]
    return f"the {economy} economy" if economy.isupper() else f"{economy}'s economy"


def place(economy: str) -> str:
    """'US' -> 'the US', 'China' -> 'China', 'Euro area' -> 'the euro area' (for "in the US")."""
    if economy.lower() in _REGIONS:
        return _REGIONS[economy.lower()][0]
    return f"the {economy}" if economy.isupper() else economy


# What a metric is, in words, for sentences the writer builds around a fact.
METRIC_NOUNS = {"price_change": "share-price", "close": "closing-price", "turnover": "turnover",
                "market_cap": "market-value", "pe_ratio": "valuation", "forward_pe": "valuation",
                "price_to_book": "valuation", "cpi_yoy": "consumer-price", "gdp_yoy": "GDP",
                "gdp_qoq_saar": "quarterly GDP", "pmi": "PMI", "policy_rate": "policy-rate",
                "loan_prime_rate_1y": "loan prime rate", "debt_to_gdp": "debt", "gov_debt": "debt",
                "gdp_qoq": "quarterly GDP", "core_cpi_yoy": "core-inflation", "unemployment_rate": "unemployment",
                "bond_yield_10y": "bond-yield", "exports_yoy": "export", "current_account_to_gdp": "current-account",
                "industrial_production_yoy": "industrial-production", "fx_rate": "exchange-rate",
                "bond_yield": "yield", "commodity_price": "price"}
