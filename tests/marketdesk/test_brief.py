from __future__ import annotations

from datetime import date

import pytest

from marketdesk.brief import load_brief
from marketdesk.errors import BriefError
from tests.conftest import ROOT
from tools.catalogue import load_catalogue

GOOD = """\
id: test-brief
title: A test
as_of: 2025-11-28
period: {start: 2025-01-01}
entities:
  - {name: SMIC, ticker: 0981.hk}
macro:
  - {economy: China, metrics: [cpi_yoy]}
required: [cpi_yoy, price_change]
"""


def write(tmp_path, text: str):
    p = tmp_path / "brief.yaml"
    p.write_text(text)
    return p


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "briefs").glob("*.yaml")))
def test_shipped_briefs_load_and_ask_only_for_catalogued_series(name):
    brief = load_brief(ROOT / "briefs" / name)
    cat = load_catalogue()
    for item in brief.macro:
        for metric in item.metrics:
            assert cat.lookup(metric, item.economy), f"{name}: {item.economy}/{metric} not in the catalogue"


def test_defaults_fill_in(tmp_path):
    brief = load_brief(write(tmp_path, GOOD))
    assert brief.end == date(2025, 11, 28)  # period.end defaults to as_of
    assert brief.tickers == ["0981.HK"] and brief.style == "ainvest"


@pytest.mark.parametrize("change, field", [
    (("as_of: 2025-11-28\n", ""), "as_of: Field required"),
    (("0981.hk", "not a ticker!"), "entities[0].ticker: 'not a ticker!' is not a Yahoo Finance symbol"),
    (("required: [cpi_yoy, price_change]", "required: [pmi]"), "required: 'pmi' is not a metric this brief fetches"),
    (("period: {start: 2025-01-01}", "period: {start: 2025-01-01, end: 2025-12-31}"), "period.end is after as_of"),
    (("id: test-brief", "id: Test Brief"), "id: 'Test Brief' is not a slug"),
    (("title: A test", "title: A test\ncolour: red"), "colour: Extra inputs are not permitted"),
])
def test_a_bad_brief_gets_one_line_naming_the_field(tmp_path, change, field):
    old, new = change
    with pytest.raises(BriefError) as err:
        load_brief(write(tmp_path, GOOD.replace(old, new)))
    msg = str(err.value)
    assert field in msg and "\n" not in msg and msg.startswith(str(tmp_path))


def test_unreadable_briefs(tmp_path):
    with pytest.raises(BriefError, match=r"not valid YAML at line 2 \(mapping values are not allowed here\)"):
        load_brief(write(tmp_path, "id: x\ntitle: a: b\n"))
    with pytest.raises(BriefError, match="must be a YAML mapping"):
        load_brief(write(tmp_path, "- a list\n"))
    with pytest.raises(BriefError, match="no such file"):
        load_brief(tmp_path / "missing.yaml")


@pytest.mark.parametrize("change,expected", [
    (("economy: China", "economy: Chna"), "unknown economy 'Chna' (did you mean 'China'?)"),
    (("metrics: [gdp_yoy, cpi_yoy]", "metrics: [gdp_yoy, cpi_yo]"), "unknown metric 'cpi_yo' (did you mean 'cpi_yoy'?)"),
])
def test_a_misspelt_economy_or_metric_is_refused_with_the_nearest_key(tmp_path, change, expected):
    text = ("id: t\ntitle: T\nas_of: '2025-11-28'\nperiod: {start: '2025-01-01'}\n"
            "macro:\n  - economy: China\n    metrics: [gdp_yoy, cpi_yoy]\n")
    with pytest.raises(BriefError) as err:
        load_brief(write(tmp_path, text.replace(*change)))
    assert expected in str(err.value) and "\n" not in str(err.value)


def test_an_economy_the_catalogue_does_not_cover_is_a_gap_not_a_typo(tmp_path):
    text = ("id: t\ntitle: T\nas_of: '2025-11-28'\nperiod: {start: '2025-01-01'}\n"
            "macro:\n  - economy: Japan\n    metrics: [gdp_yoy]\n")
    assert load_brief(write(tmp_path, text)).macro[0].economy == "Japan"


def test_an_entitys_about_is_a_few_plain_words(tmp_path):
    good = GOOD.replace("{name: SMIC, ticker: 0981.hk}", "{name: SMIC, ticker: 0981.hk, about: \"China's biggest chipmaker\"}")
    assert load_brief(write(tmp_path, good)).entities[0].about == "China's biggest chipmaker"
    # a figure in it would reach the draft with no fact behind it; markup would be markup
    for bad in ("the 2nd biggest chipmaker", "a chipmaker {{smic_ytd}}", "<b>chips</b>"):
        text = GOOD.replace("{name: SMIC, ticker: 0981.hk}", f"{{name: SMIC, ticker: 0981.hk, about: \"{bad}\"}}")
        with pytest.raises(BriefError, match="about"):
            load_brief(write(tmp_path, text))
