"""Regenerate tools/demo_data/: the DEMO data set a fresh machine drafts from.

Every number here is made up for demonstration (prices are seeded random walks
pinned to round, plausible levels; macro values approximate published 2024-25
readings) and every fact built on it carries source ``demo:...`` and the label
DEMO DATA. Deterministic: the same seed gives the same files.

    python3 scripts/make_demo_data.py
"""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "tools" / "demo_data"
FIRST, BASE, LAST = date(2024, 12, 2), date(2024, 12, 31), date(2025, 11, 28)

# ticker: (close on BASE, close on LAST, daily vol, mean shares traded, quote)
EQUITIES = {
    "0981.HK": (26.5, 74.2, 0.035, 95e6, dict(longName="Semiconductor Manufacturing International Corporation", currency="HKD", quoteType="EQUITY", marketCap=592e9, trailingPE=121.4, forwardPE=94.8, priceToBook=5.2)),
    "688256.SS": (649.0, 1332.0, 0.04, 9.5e6, dict(longName="Cambricon Technologies Corporation Limited", currency="CNY", quoteType="EQUITY", marketCap=557e9, trailingPE=231.6, forwardPE=148.3, priceToBook=40.7)),
    "9988.HK": (82.7, 151.5, 0.028, 120e6, dict(longName="Alibaba Group Holding Limited", currency="HKD", quoteType="EQUITY", marketCap=2.89e12, trailingPE=19.3, forwardPE=16.8, priceToBook=2.4)),
    "0700.HK": (417.0, 609.5, 0.02, 18e6, dict(longName="Tencent Holdings Limited", currency="HKD", quoteType="EQUITY", marketCap=5.57e12, trailingPE=23.1, forwardPE=19.9, priceToBook=4.3)),
    "000300.SS": (3935.0, 4526.7, 0.011, 0, dict(longName="CSI 300 Index", currency="CNY", quoteType="INDEX")),
    "HSTECH.HK": (4467.0, 5596.0, 0.02, 0, dict(longName="Hang Seng TECH Index", currency="HKD", quoteType="INDEX")),
    "^GSPC": (5881.6, 6849.1, 0.01, 2.6e9, dict(longName="S&P 500", currency="USD", quoteType="INDEX")),
    "^IXIC": (19310.8, 23365.7, 0.013, 8.5e9, dict(longName="NASDAQ Composite", currency="USD", quoteType="INDEX")),
    "^DJI": (42544.2, 47716.4, 0.009, 4.5e8, dict(longName="Dow Jones Industrial Average", currency="USD", quoteType="INDEX")),
    "NVDA": (134.29, 177.0, 0.03, 190e6, dict(longName="NVIDIA Corporation", currency="USD", quoteType="EQUITY", marketCap=4.31e12, trailingPE=43.9, forwardPE=28.7, priceToBook=36.8)),
    "AAPL": (250.42, 278.85, 0.016, 52e6, dict(longName="Apple Inc.", currency="USD", quoteType="EQUITY", marketCap=4.12e12, trailingPE=37.4, forwardPE=33.1, priceToBook=55.6)),
    "MSFT": (421.5, 492.0, 0.014, 21e6, dict(longName="Microsoft Corporation", currency="USD", quoteType="EQUITY", marketCap=3.66e12, trailingPE=35.0, forwardPE=31.2, priceToBook=10.1)),
    # --- issue 16: Tokyo, Europe, London, Seoul, Mumbai; currencies, yields, commodities, a coin ---
    "8035.T": (24280.0, 30550.0, 0.028, 4.1e6, dict(longName="Tokyo Electron Limited", currency="JPY", quoteType="EQUITY", marketCap=14.1e12, trailingPE=27.9, forwardPE=24.6, priceToBook=6.8)),
    "6857.T": (9218.0, 19240.0, 0.034, 9.8e6, dict(longName="Advantest Corporation", currency="JPY", quoteType="EQUITY", marketCap=14.2e12, trailingPE=52.3, forwardPE=38.1, priceToBook=16.2)),
    "9984.T": (9187.0, 17105.0, 0.033, 14.5e6, dict(longName="SoftBank Group Corp.", currency="JPY", quoteType="EQUITY", marketCap=24.4e12, trailingPE=12.8, forwardPE=21.5, priceToBook=2.3)),
    "7203.T": (2752.0, 3009.0, 0.016, 27e6, dict(longName="Toyota Motor Corporation", currency="JPY", quoteType="EQUITY", marketCap=47.0e12, trailingPE=9.6, forwardPE=10.8, priceToBook=1.2)),
    "^N225": (39894.5, 50253.9, 0.013, 0, dict(longName="Nikkei 225", currency="JPY", quoteType="INDEX")),
    "ASML.AS": (678.7, 884.2, 0.022, 1.1e6, dict(longName="ASML Holding N.V.", currency="EUR", quoteType="EQUITY", marketCap=343e9, trailingPE=33.4, forwardPE=30.2, priceToBook=17.5)),
    "SAP.DE": (236.3, 214.9, 0.017, 1.6e6, dict(longName="SAP SE", currency="EUR", quoteType="EQUITY", marketCap=251e9, trailingPE=36.0, forwardPE=29.4, priceToBook=5.7)),
    "^STOXX50E": (4895.98, 5668.2, 0.01, 0, dict(longName="EURO STOXX 50", currency="EUR", quoteType="INDEX")),
    "^GDAXI": (19909.14, 23836.8, 0.011, 0, dict(longName="DAX PERFORMANCE-INDEX", currency="EUR", quoteType="INDEX")),
    "^FTSE": (8173.0, 9720.5, 0.009, 0, dict(longName="FTSE 100", currency="GBP", quoteType="INDEX")),
    "^KS11": (2399.49, 3926.6, 0.014, 0, dict(longName="KOSPI Composite Index", currency="KRW", quoteType="INDEX")),
    "^BSESN": (78139.0, 85706.7, 0.008, 0, dict(longName="S&P BSE SENSEX", currency="INR", quoteType="INDEX")),
    "JPY=X": (157.2, 156.18, 0.005, 0, dict(longName="USD/JPY", currency="JPY", quoteType="CURRENCY")),
    "EURUSD=X": (1.0354, 1.1597, 0.004, 0, dict(longName="EUR/USD", currency="USD", quoteType="CURRENCY")),
    "GBPUSD=X": (1.2516, 1.3231, 0.004, 0, dict(longName="GBP/USD", currency="USD", quoteType="CURRENCY")),
    "CNY=X": (7.2993, 7.0726, 0.0015, 0, dict(longName="USD/CNY", currency="CNY", quoteType="CURRENCY")),
    "INR=X": (85.62, 89.36, 0.002, 0, dict(longName="USD/INR", currency="INR", quoteType="CURRENCY")),
    "DX-Y.NYB": (108.49, 99.46, 0.003, 0, dict(longName="US Dollar Index", currency="USD", quoteType="INDEX")),
    "^TNX": (4.569, 4.017, 0.015, 0, dict(longName="CBOE Interest Rate 10 Year T No", currency="USD", quoteType="INDEX")),
    "^FVX": (4.382, 3.597, 0.018, 0, dict(longName="Treasury Yield 5 Years", currency="USD", quoteType="INDEX")),
    "^IRX": (4.315, 3.798, 0.006, 0, dict(longName="13 WEEK TREASURY BILL", currency="USD", quoteType="INDEX")),
    "BZ=F": (74.64, 63.2, 0.018, 0, dict(longName="Brent Crude Oil Last Day Financ", currency="USD", quoteType="FUTURE")),
    "CL=F": (71.72, 58.55, 0.02, 0, dict(longName="Crude Oil Jan 26", currency="USD", quoteType="FUTURE")),
    "GC=F": (2629.2, 4254.9, 0.011, 0, dict(longName="Gold Feb 26", currency="USD", quoteType="FUTURE")),
    "HG=F": (4.027, 5.196, 0.015, 0, dict(longName="Copper Mar 26", currency="USD", quoteType="FUTURE")),
    "NG=F": (3.633, 4.852, 0.035, 0, dict(longName="Natural Gas Jan 26", currency="USD", quoteType="FUTURE")),
    "BTC-USD": (93429.2, 90907.9, 0.028, 0, dict(longName="Bitcoin USD", currency="USD", quoteType="CRYPTOCURRENCY")),
}
DIVIDENDS = {"AAPL": {"2025-02-10": 0.25, "2025-05-12": 0.26, "2025-08-11": 0.26, "2025-11-10": 0.26},
             "MSFT": {"2025-02-20": 0.83, "2025-05-15": 0.83, "2025-08-21": 0.83, "2025-11-20": 0.91}}


def _months(first: str, values: list[float | None]) -> list[list]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    for v in values:
        out.append([f"{y:04d}-{m:02d}", v])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _years(first: int, values: list[float]) -> list[list]:
    return [[str(first + i), v] for i, v in enumerate(values)]


CN_CPI_YOY = [0.2, 0.1, 0.5, -0.7, -0.1, -0.1, -0.1, 0.1, 0.0, -0.4, -0.3, 0.2]
US_CPI_2024 = [308.417, 310.326, 312.332, 313.548, 314.069, 314.175, 314.540, 314.796, 315.301, 315.664, 315.493, 315.605]
US_CPI_YOY_2025 = [3.0, 2.8, 2.4, 2.3, 2.4, 2.7, 2.7, 2.9, 3.0]
MACRO = {
    "dbnomics:NBS/M_A010101/A01010101": ("CPI (same month last year = 100)", _months("2024-11", [round(100 + v, 1) for v in CN_CPI_YOY])),
    "dbnomics:NBS/M_A0B01/A0B0101": ("Manufacturing PMI", _months("2024-11", [50.3, 50.1, 49.1, 50.2, 50.5, 49.0, 49.5, 49.7, 49.3, 49.4, 49.8, 49.0])),
    "dbnomics:BIS/WS_CBPOL/M.CN": ("China - Central bank policy rate", _months("2024-11", [3.1] * 6 + [3.0] * 6)),
    "dbnomics:IMF/WEO:latest/CHN.NGDP_RPCH.pcent_change": ("China - GDP, constant prices, % change", _years(2021, [8.4, 3.1, 5.4, 5.0, 4.8, 4.2])),
    "dbnomics:IMF/WEO:latest/CHN.GGXWDG_NGDP.pcent_gdp": ("China - General government gross debt, % of GDP", _years(2021, [71.8, 77.4, 84.4, 88.3, 96.3, 102.1])),
    "dbnomics:IMF/WEO:latest/CHN.GGXWDG.national_currency": ("China - General government gross debt, national currency bn", _years(2021, [82581.6, 93467.3, 106387.5, 118861.2, 135210.0, 150012.0])),
    "dbnomics:IMF/WEO:latest/USA.NGDP_RPCH.pcent_change": ("United States - GDP, constant prices, % change", _years(2021, [6.1, 2.5, 2.9, 2.8, 2.0, 2.1])),
    "dbnomics:BEA/NIPA-T10101/A191RL-Q": ("Real GDP, % change q/q SAAR", [["2024-Q3", 3.3], ["2024-Q4", 1.9], ["2025-Q1", -0.6], ["2025-Q2", 3.8], ["2025-Q3", None]]),
    "dbnomics:BLS/cu/CUUR0000SA0": ("CPI-U, all items, NSA", _months("2024-01", US_CPI_2024 + [round(US_CPI_2024[i] * (1 + v / 100), 3) for i, v in enumerate(US_CPI_YOY_2025)] + [None])),
    "dbnomics:BIS/WS_CBPOL/M.US": ("United States - Central bank policy rate", _months("2024-11", [4.625] + [4.375] * 9 + [4.125, 3.875])),
    "dbnomics:IMF/WEO:latest/USA.GGXWDG_NGDP.pcent_gdp": ("United States - General government gross debt, % of GDP", _years(2021, [124.6, 119.8, 119.0, 120.8, 122.5, 124.1])),
    "dbnomics:IMF/WEO:latest/USA.GGXWDG.national_currency": ("United States - General government gross debt, national currency bn", _years(2021, [29339.0, 30929.0, 32989.0, 35228.0, 37330.0, 39300.0])),
}


# --- issue 16: every other catalogue row gets DEMO observations from these profiles ---------
# (economy, metric): the last reading (October 2025 for monthly, 2025-Q3 for quarterly, 2026
# for annual IMF rows, 2024 for World Bank rows) and the step back to each earlier reading.
# Made up around published 2024-25 levels; every fact built on them is labelled DEMO.
PROFILES = {
    ("US", "core_cpi_yoy"): (3.0, 0.05), ("US", "unemployment_rate"): (4.4, -0.05), ("US", "bond_yield_10y"): (4.06, 0.04),
    ("US", "exports_yoy"): (3.3, 0.4), ("US", "current_account_to_gdp"): (-3.6, 0.2),
    ("China", "unemployment_rate"): (5.1, 0.0), ("China", "bond_yield_10y"): (1.81, -0.02), ("China", "exports_yoy"): (13.0, 2.0),
    ("China", "current_account_to_gdp"): (1.9, 0.2),
    ("Euro area", "gdp_yoy"): (1.1, 0.3), ("Euro area", "gdp_qoq"): (0.2, 0.1), ("Euro area", "cpi_yoy"): (2.1, -0.05),
    ("Euro area", "core_cpi_yoy"): (2.4, -0.02), ("Euro area", "unemployment_rate"): (6.3, 0.0), ("Euro area", "policy_rate"): (2.0, -0.1),
    ("Euro area", "bond_yield_10y"): (3.05, 0.02), ("Euro area", "debt_to_gdp"): (89.0, 0.6), ("Euro area", "exports_yoy"): (1.0, 0.5),
    ("Euro area", "industrial_production_yoy"): (1.2, 0.3),
    ("Japan", "gdp_yoy"): (0.6, 0.2), ("Japan", "gdp_qoq"): (-0.4, -0.3), ("Japan", "cpi_yoy"): (3.0, 0.1), ("Japan", "core_cpi_yoy"): (2.2, 0.1),
    ("Japan", "unemployment_rate"): (2.6, 0.0), ("Japan", "policy_rate"): (0.5, 0.02), ("Japan", "bond_yield_10y"): (1.66, 0.05),
    ("Japan", "debt_to_gdp"): (230.0, 2.0), ("Japan", "exports_yoy"): (1.1, 0.5), ("Japan", "current_account_to_gdp"): (4.4, 0.1),
    ("Japan", "industrial_production_yoy"): (1.5, 0.8),
    ("UK", "gdp_yoy"): (1.3, 0.2), ("UK", "gdp_qoq"): (0.1, -0.1), ("UK", "cpi_yoy"): (3.6, 0.05), ("UK", "core_cpi_yoy"): (3.4, -0.05),
    ("UK", "unemployment_rate"): (5.0, 0.05), ("UK", "policy_rate"): (4.0, -0.05), ("UK", "bond_yield_10y"): (4.45, -0.02),
    ("UK", "debt_to_gdp"): (103.0, 1.0), ("UK", "exports_yoy"): (-1.2, 0.4), ("UK", "current_account_to_gdp"): (-2.8, 0.2),
    ("UK", "industrial_production_yoy"): (-2.5, -0.4),
    ("Germany", "gdp_yoy"): (0.2, 0.3), ("Germany", "gdp_qoq"): (0.0, -0.1), ("Germany", "cpi_yoy"): (2.3, 0.1), ("Germany", "core_cpi_yoy"): (2.8, 0.05),
    ("Germany", "unemployment_rate"): (3.9, 0.05), ("Germany", "policy_rate"): (2.0, -0.1), ("Germany", "bond_yield_10y"): (2.65, 0.02),
    ("Germany", "debt_to_gdp"): (64.0, 1.0), ("Germany", "exports_yoy"): (-0.5, 0.4), ("Germany", "current_account_to_gdp"): (5.6, 0.2),
    ("Germany", "industrial_production_yoy"): (-1.0, 0.5),
    ("France", "gdp_yoy"): (0.7, 0.2), ("France", "gdp_qoq"): (0.5, 0.2), ("France", "cpi_yoy"): (0.8, -0.05), ("France", "core_cpi_yoy"): (1.4, -0.05),
    ("France", "unemployment_rate"): (7.6, 0.05), ("France", "policy_rate"): (2.0, -0.1), ("France", "bond_yield_10y"): (3.45, 0.03),
    ("France", "debt_to_gdp"): (116.5, 1.5), ("France", "exports_yoy"): (1.5, 0.4), ("France", "current_account_to_gdp"): (-0.4, 0.1),
    ("France", "industrial_production_yoy"): (0.9, 0.4),
    ("India", "gdp_yoy"): (6.4, 0.1), ("India", "cpi_yoy"): (0.3, -0.4), ("India", "unemployment_rate"): (4.9, 0.0),
    ("India", "policy_rate"): (5.5, -0.05), ("India", "bond_yield_10y"): (6.52, -0.02), ("India", "debt_to_gdp"): (81.0, -0.5),
    ("India", "exports_yoy"): (2.4, 1.0), ("India", "current_account_to_gdp"): (-0.8, 0.1), ("India", "industrial_production_yoy"): (0.4, -0.6),
    ("South Korea", "gdp_yoy"): (0.9, -0.3), ("South Korea", "gdp_qoq"): (1.2, 0.5), ("South Korea", "cpi_yoy"): (2.4, 0.05),
    ("South Korea", "core_cpi_yoy"): (2.2, 0.05), ("South Korea", "unemployment_rate"): (2.6, 0.05), ("South Korea", "policy_rate"): (2.5, -0.05),
    ("South Korea", "bond_yield_10y"): (3.10, 0.03), ("South Korea", "debt_to_gdp"): (53.0, 0.5), ("South Korea", "exports_yoy"): (7.0, 1.0),
    ("South Korea", "current_account_to_gdp"): (5.0, 0.3), ("South Korea", "industrial_production_yoy"): (3.5, 0.8),
    ("Canada", "gdp_yoy"): (1.2, -0.2), ("Canada", "gdp_qoq"): (0.6, 0.4), ("Canada", "cpi_yoy"): (2.2, -0.05), ("Canada", "core_cpi_yoy"): (2.7, 0.0),
    ("Canada", "unemployment_rate"): (6.9, 0.05), ("Canada", "policy_rate"): (2.25, -0.05), ("Canada", "bond_yield_10y"): (3.16, 0.02),
    ("Canada", "debt_to_gdp"): (111.0, 1.0), ("Canada", "exports_yoy"): (-1.0, 0.3), ("Canada", "current_account_to_gdp"): (-0.5, 0.1),
    ("Canada", "industrial_production_yoy"): (-0.8, 0.3),
    ("Australia", "gdp_yoy"): (1.8, 0.2), ("Australia", "gdp_qoq"): (0.4, -0.2), ("Australia", "cpi_yoy"): (3.8, 0.2), ("Australia", "core_cpi_yoy"): (3.0, 0.1),
    ("Australia", "unemployment_rate"): (4.3, 0.05), ("Australia", "policy_rate"): (3.6, -0.05), ("Australia", "bond_yield_10y"): (4.40, 0.03),
    ("Australia", "debt_to_gdp"): (50.0, 0.5), ("Australia", "exports_yoy"): (0.8, 0.3), ("Australia", "current_account_to_gdp"): (-2.1, 0.2),
    ("Brazil", "gdp_yoy"): (2.4, -0.3), ("Brazil", "cpi_yoy"): (4.7, -0.1), ("Brazil", "unemployment_rate"): (5.6, -0.05),
    ("Brazil", "policy_rate"): (15.0, 0.1), ("Brazil", "debt_to_gdp"): (92.0, 1.5), ("Brazil", "exports_yoy"): (1.5, 0.5),
    ("Brazil", "current_account_to_gdp"): (-3.5, 0.2),
}
PERIODS = {"monthly": _months("2024-11", [0] * 12), "quarterly": [["2024-Q3", 0], ["2024-Q4", 0], ["2025-Q1", 0], ["2025-Q2", 0], ["2025-Q3", 0]]}


def profile_observations(spec: dict) -> list[list]:
    last, step = PROFILES[(spec["economy"], spec["metric"])]
    if spec["frequency"] == "annual":
        final = 2024 if spec["provider"] == "worldbank" else 2026  # the World Bank lags; the IMF projects
        periods = [str(y) for y in range(final - 5, final + 1)]
    else:
        periods = [p for p, _ in PERIODS[spec["frequency"]]]
    n = len(periods)
    # a gentle path to the last reading, with a deterministic wobble so months differ
    values = [round(last - step * (n - 1 - i) + (0.1 * ((i * 7) % 3 - 1) * abs(step)), 2) for i in range(n)]
    values[-1] = last
    if spec["metric"] == "policy_rate":
        values = [round(max(last, v), 2) if step < 0 else round(min(last, v), 2) for v in values]
    return [[p, v] for p, v in zip(periods, values, strict=True)]


def catalogue_macro() -> dict:
    import yaml

    cat = yaml.safe_load((OUT.parent / "catalogue.yaml").read_text())
    out = {}
    for spec in cat["series"]:
        key = f"{spec['provider']}:{spec['code']}"
        if key in MACRO or (spec["economy"], spec["metric"]) not in PROFILES:
            continue
        out[key] = {"name": spec["label"], "observations": profile_observations(spec)}
    return out


def business_days(a: date, b: date) -> list[date]:
    out, d = [], a
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def bridge(rng: np.random.Generator, n: int, start: float, end: float, vol: float) -> np.ndarray:
    """A random walk in log price from start to end (a Brownian bridge)."""
    steps = rng.normal(0, vol, n - 1)
    walk = np.concatenate([[0.0], np.cumsum(steps)])
    t = np.linspace(0, 1, n)
    path = walk - t * walk[-1] + np.log(start) + t * (np.log(end) - np.log(start))
    return np.exp(path)


def main() -> None:
    rng = np.random.default_rng(20251128)
    days = business_days(FIRST, LAST)
    i_base = days.index(BASE)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "prices.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ticker", "date", "close", "volume", "dividends", "splits"])
        for ticker, (base, last, vol, shares, _) in EQUITIES.items():
            head = bridge(rng, i_base + 1, base * rng.uniform(0.94, 1.04), base, vol)
            tail = bridge(rng, len(days) - i_base, base, last, vol)
            closes = np.concatenate([head, tail[1:]])
            for d, c in zip(days, closes, strict=True):
                v = 0 if not shares else int(shares * rng.lognormal(0, 0.35))
                div = DIVIDENDS.get(ticker, {}).get(d.isoformat(), 0.0)
                w.writerow([ticker, d.isoformat(), f"{c:.4f}", v, div, 0.0])
    quotes = {t: q[4] | {"symbol": t} for t, q in EQUITIES.items()}
    (OUT / "quotes.json").write_text(json.dumps(quotes, indent=1) + "\n")
    macro = {k: {"name": name, "observations": obs} for k, (name, obs) in MACRO.items()}
    macro |= catalogue_macro()
    (OUT / "macro.json").write_text(json.dumps(macro, indent=1) + "\n")
    print(f"wrote {OUT}: {len(EQUITIES)} tickers x {len(days)} days, {len(MACRO)} macro series")


if __name__ == "__main__":
    main()
