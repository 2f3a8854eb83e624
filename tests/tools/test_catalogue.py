"""The macro catalogue (issue 16): every row is well formed, every row's code asks for a reply the
parser reads, one reconstructed reply per provider and dataset family is read with its units and
periods, and every economy and metric drafts offline from the DEMO set.

Replies are reconstructed in DBnomics' v22 shape (tests/fixtures/dbnomics/README.md) with each
family's own dimension names and period formats; no test touches the network."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

import pytest

from marketdesk.models import parse_unit
from tools.base import SeriesSpec
from tools.catalogue import DEFAULT_PATH, load_catalogue
from tools.dbnomics import transform as dbnomics_transform
from tools.demo import DemoData
from tools.macro import macro_facts
from tools.worldbank import transform as wb_transform

NOW = datetime(2025, 11, 28, 21, 0, tzinfo=timezone.utc)
AS_OF = date(2025, 11, 28)
CATALOGUE = load_catalogue()
ROWS = CATALOGUE.series
ECONOMIES = ["US", "China", "Euro area", "Japan", "UK", "Germany", "France", "India", "South Korea", "Canada",
             "Australia", "Brazil"]
PERIODS = {"monthly": ["2025-08", "2025-09", "2025-10"], "quarterly": ["2025-Q1", "2025-Q2", "2025-Q3"],
           "annual": ["2023", "2024", "2025"], "daily": ["2025-11-26", "2025-11-27", "2025-11-28"]}


def v22_reply(code: str, periods: list[str], values: list, dimensions: dict | None = None) -> dict:
    """A DBnomics v22 single-series reply for ``PROVIDER/DATASET/SERIES``."""
    provider, dataset, series = code.split("/", 2)
    return {"_meta": {"version": "22.1.17"}, "errors": None,
            "series": {"docs": [{"provider_code": provider, "dataset_code": dataset, "series_code": series,
                                 "series_name": f"{dataset} {series}", "@frequency": "monthly",
                                 "dimensions": dimensions or {}, "period": periods, "value": values}],
                       "limit": 1000, "num_found": 1, "offset": 0}}


def wb_reply(code: str, periods: list[str], values: list) -> list:
    indicator, iso3 = code.split("/")
    rows = [{"indicator": {"id": indicator, "value": "indicator"}, "country": {"id": iso3[:2], "value": iso3},
             "countryiso3code": iso3, "date": p, "value": v, "unit": "", "obs_status": "", "decimal": 1}
            for p, v in zip(reversed(periods), reversed(values), strict=True)]  # the API answers newest first
    return [{"page": 1, "pages": 1, "per_page": 50, "total": len(rows)}, rows]


def read(spec: SeriesSpec, periods: list[str], values: list, dimensions: dict | None = None):
    if spec.provider == "worldbank":
        return wb_transform(spec, wb_reply(spec.code, periods, values), NOW)
    return dbnomics_transform(spec, v22_reply(spec.code, periods, values, dimensions), NOW)


def row(economy: str, metric: str, code_part: str) -> SeriesSpec:
    return next(s for s in CATALOGUE.lookup(metric, economy) if code_part in s.code)


# ---- every row ------------------------------------------------------------------------------

def test_the_catalogue_covers_twelve_economies_with_the_commentary_metrics():
    assert set(ECONOMIES) <= set(CATALOGUE.economies)
    for economy in ECONOMIES:
        have = set(CATALOGUE.metrics_for(economy))
        assert {"gdp_yoy", "unemployment_rate", "policy_rate", "exports_yoy"} <= have, economy
        assert have & {"cpi_yoy"}, economy
        assert have & {"debt_to_gdp"}, economy


@pytest.mark.parametrize("spec", ROWS, ids=lambda s: f"{s.economy}-{s.metric}-{s.provider}")
def test_every_row_is_well_formed(spec):
    family, _ = parse_unit(spec.unit)  # a contract unit, or this raises
    assert family
    assert spec.economy in CATALOGUE.economies and spec.label
    if spec.provider == "dbnomics":
        provider, dataset, series = spec.code.split("/", 2)
        assert provider and dataset and series and " " not in spec.code
    else:
        indicator, iso3 = spec.code.split("/")
        assert re.fullmatch(r"[A-Z]{2,3}\.[A-Z0-9.]+", indicator)
        assert iso3 == CATALOGUE.economies[spec.economy].iso3  # the row's country is its economy's


@pytest.mark.parametrize("spec", ROWS, ids=lambda s: f"{s.economy}-{s.metric}-{s.provider}")
def test_every_row_resolves_to_a_reply_the_parser_reads(spec):
    periods = PERIODS[spec.frequency]
    values = [101.0, 102.5, "NA"] if spec.transform != "none" else [1.5, 2.0, "NA"]
    if spec.provider == "worldbank":
        values = [v if v != "NA" else None for v in values]
    series = read(spec, periods, values)
    assert [o.period for o in series.observations] == periods
    assert series.observations[-1].value is None  # a missing value stays a gap, never a zero


def test_the_unverified_rows_are_the_ones_the_readme_lists():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    unverified = [s for s in ROWS if not s.verified]
    assert unverified and len(unverified) < len(ROWS)
    for s in unverified:
        assert f"`{s.code}`" in readme, f"{s.code} is unverified but not listed in the README"


# ---- one reply per provider and dataset family -------------------------------------------------

def test_imf_weo_annual_rows_keep_the_projection_years_out_of_a_november_brief():
    spec = row("Japan", "gdp_yoy", "IMF/WEO:latest/JPN.NGDP_RPCH")
    series = read(spec, ["2023", "2024", "2025", "2026"], [1.5, 0.1, 0.7, 0.6],
                  {"weo-country": "JPN", "weo-subject": "NGDP_RPCH", "unit": "pcent_change"})
    facts, gap, _ = macro_facts(spec, series, "Japan", AS_OF)
    assert gap is None and [(f.period, f.value, f.unit) for f in facts] == [("2024", 0.1, "%"), ("2023", 1.5, "%")]


def test_imf_weoagg_is_the_euro_areas_home():
    spec = row("Euro area", "gdp_yoy", "IMF/WEOAGG:latest/163.")
    series = read(spec, ["2023", "2024"], [0.4, 0.9], {"weo-countries-group": "163", "weo-subject": "NGDP_RPCH"})
    facts, _, _ = macro_facts(spec, series, "Euro area", AS_OF)
    assert facts[0].id == "euro_area_gdp_yoy" and facts[0].value == 0.9


def test_eurostat_monthly_hicp_rate_is_a_percent_for_the_month():
    spec = row("Germany", "cpi_yoy", "prc_hicp_manr")
    series = read(spec, ["2025-09", "2025-10"], [2.4, 2.3],
                  {"freq": "M", "unit": "RCH_A", "coicop": "CP00", "geo": "DE"})
    facts, _, _ = macro_facts(spec, series, "Germany", AS_OF)
    assert (facts[0].period, facts[0].value, facts[0].unit) == ("2025-10", 2.3, "%")
    assert facts[1].period == "2025-09"


def test_eurostat_quarterly_gdp_reads_quarters():
    spec = row("France", "gdp_qoq", "namq_10_gdp")
    series = read(spec, ["2025-Q2", "2025-Q3"], [0.3, 0.5], {"freq": "Q", "unit": "CLV_PCH_PRE", "geo": "FR"})
    facts, _, _ = macro_facts(spec, series, "France", AS_OF)
    assert (facts[0].period, facts[0].value) == ("2025-Q3", 0.5)


def test_oecd_sdmx_rows_read_monthly_rates():
    spec = row("UK", "unemployment_rate", "OECD/DSD_LFS")
    series = read(spec, ["2025-08", "2025-09"], [4.8, 5.0], {"REF_AREA": "GBR", "MEASURE": "UNE_LF_M"})
    facts, _, _ = macro_facts(spec, series, "UK", AS_OF)
    assert (facts[0].value, facts[0].unit, facts[0].period) == (5.0, "%", "2025-09")
    yld = row("Japan", "bond_yield_10y", "DF_FINMARK")
    facts, _, _ = macro_facts(yld, read(yld, ["2025-10"], [1.66]), "Japan", AS_OF)
    assert facts[0].metric == "bond_yield_10y" and facts[0].value == 1.66


def test_bis_policy_rates_serve_the_euro_area_to_germany_and_france():
    de, fr = row("Germany", "policy_rate", "BIS/"), row("France", "policy_rate", "BIS/")
    assert de.code == fr.code == "BIS/WS_CBPOL/M.XM"
    facts, _, _ = macro_facts(de, read(de, ["2025-09", "2025-10"], [2.0, 2.0]), "Germany", AS_OF)
    assert facts[0].value == 2.0 and facts[0].unit == "%"


def test_world_bank_rows_are_annual_and_oldest_first():
    spec = row("Brazil", "exports_yoy", "NE.EXP")
    series = read(spec, ["2022", "2023", "2024"], [5.5, 8.8, None])
    assert [o.value for o in series.observations] == [5.5, 8.8, None]
    facts, _, note = macro_facts(spec, series, "Brazil", AS_OF)
    assert facts[0].period == "2023" and note and "2024 is missing" in note


# ---- DEMO data ---------------------------------------------------------------------------------

@pytest.mark.parametrize("economy", ECONOMIES)
def test_every_economy_and_metric_has_demo_data(economy):
    demo = DemoData()
    for metric in CATALOGUE.metrics_for(economy):
        specs = CATALOGUE.lookup(metric, economy)
        got = next(((s, demo.series(s)) for s in specs if demo.series(s) is not None), None)
        assert got is not None, f"no DEMO data for {economy} {metric}"
        facts, gap, _ = macro_facts(got[0], got[1], economy, AS_OF, "demo:")
        assert facts and gap is None and facts[0].source.startswith("demo:"), (economy, metric)


def test_the_readme_table_is_the_catalogues():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "scripts/catalogue_table.py", "--check"], cwd=root,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_the_catalogue_is_parsed_once_and_read_again_when_edited(tmp_path):
    """A night asks for the catalogue once per brief and once per draft: parsed once, the same
    object each time; a file edited between two asks is read again, not served stale."""
    import os

    path = tmp_path / "catalogue.yaml"
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = load_catalogue(path)
    assert load_catalogue(path) is first
    path.write_text(text.replace("aliases: [", "aliases: [Zedland, ", 1), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)  # a coarse clock must not hide the edit
    edited = load_catalogue(path)
    assert edited is not first
    assert any("Zedland" in e.aliases for e in edited.economies.values())
