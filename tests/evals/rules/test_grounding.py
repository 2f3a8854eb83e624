"""One behaviour per test: what each G-rule flags and what it lets through (example bundle)."""

import pytest

from evals import check


def found(text, bundle):
    return [(f.code, f.text) for f in check(text, bundle).findings]


@pytest.mark.parametrize("text", [
    "SMIC shares surged more than 180% over the year, while Cambricon rose 122%.",
    "SMIC shares have nearly tripled in 2025.",
    "Average daily turnover in A-shares reached CNY 1.7 trillion in 2025, a 60% increase from 2024.",
    "A-share turnover was about 1.6 times its 2024 level, up by CNY 637 bn.",
    "Retail sales grew 1.3% in October, 0.1 points below the 1.4% consensus.",
    "General government debt reached RMB 89.1 trillion in 2024.",
    "General government debt was about 89 trillion yuan in 2024.",
    "The debt ratio is projected to rise from 88.3% of GDP in 2024 to 96.3% in 2025, a climb of 8 percentage points.",
    "Consumer prices rose 0.2% year on year in October after falling 0.3% in September.",
    "In October, consumer prices rose 0.2%.",
    "GDP growth slowed to 4.8% in the third quarter from 5.2% in the second.",
    "In Q3, GDP grew 4.8%; in Q2, 5.2%.",
    "SMIC (+182.4%) and Cambricon (+121.7%) led.",
    "Cambricon, up 121.7%, trailed SMIC's 182.4% advance.",
    "The official manufacturing PMI stood at 49.2 in November.",
    "The CSI 300 gained 17.6% to close at 4,629.94 points.",
    "SMIC trades at nearly 100 times earnings.",
    "The one-year loan prime rate has been held at 3.0%.",
])
def test_supported_statements_pass(text, example_bundle):
    assert found(text, example_bundle) == []


def test_wrong_value_for_known_entity_is_mismatched(example_bundle):
    f = check("SMIC shares surged 190% in 2025.", example_bundle).findings
    assert [(x.code, x.text) for x in f] == [("G002", "190%")]
    assert "smic_ytd = 182.4 %" in f[0].message


def test_doubled_is_not_nearly_tripled(example_bundle):
    assert found("SMIC has doubled this year.", example_bundle) == [("G002", "doubled")]


def test_unhedged_round_number_is_not_honest_rounding(example_bundle):
    assert found("SMIC shares surged 180% in 2025.", example_bundle) == [("G002", "180%")]


def test_direction_against_sign(example_bundle):
    assert found("Cambricon fell 121.7% in 2025.", example_bundle) == [("G003", "fell 121.7%")]
    assert found("Consumer prices rose 0.3% in September.", example_bundle) == [("G003", "rose 0.3%")]


def test_from_to_against_the_verb(example_bundle):
    out = found("The debt ratio is projected to fall from 88.3% of GDP in 2024 to 96.3% in 2025.", example_bundle)
    assert [c for c, _ in out] == ["G003"]


def test_missing_minus_sign(example_bundle):
    assert found("Consumer prices were 0.3% in September.", example_bundle) == [("G002", "0.3%")]


def test_right_value_wrong_period(example_bundle):
    assert found("GDP grew 4.8% in the second quarter.", example_bundle) == [("G004", "4.8% in the second quarter")]
    assert found("Consumer prices rose 0.2% in September.", example_bundle)[0][0] == "G004"


def test_unknown_company_with_a_figure(example_bundle):
    assert found("Hua Hong Semiconductor jumped 240% over the same period.", example_bundle) == [
        ("G005", "Hua Hong Semiconductor jumped 240%")]
    # even when the value happens to equal another entity's fact
    assert found("Tesla's shares rose 17.6% in 2025.", example_bundle)[0][0] == "G005"


def test_sources_are_not_subjects(example_bundle):
    assert found("The IMF expects the debt ratio to reach 96.3% in 2025.", example_bundle) == []


def test_invented_figure_is_ungrounded_with_closest(example_bundle):
    f = check("Industrial profits jumped 31% in October.", example_bundle).findings
    assert [x.code for x in f] == ["G001"]
    assert "closest:" in f[0].message


def test_respectively_with_a_lost_name_does_not_misattribute(example_bundle):
    out = found("SMIC and Cambricon have surged by over 180% and 120%, respectively.", example_bundle)
    assert out == []


def test_index_names_and_tickers_are_not_figures(example_bundle):
    assert found("SMIC (0981.HK) outpaced the CSI 300 index and the S&P 500 in 2025.", example_bundle) == []


def test_initials_name_a_long_entity():
    from marketdesk.models import EvidenceBundle

    bundle = EvidenceBundle.model_validate({
        "as_of": "2025-12-31",
        "entities": [{"name": "Industrial and Commercial Bank of China", "aliases": []}],
        "facts": [{"id": "icbc", "entity": "Industrial and Commercial Bank of China", "metric": "price_change",
                   "value": 1.1, "unit": "%", "period": "2025-12-31", "source": "yfinance:1398.HK"}],
    })
    assert found("ICBC shares gained 1.1%.", bundle) == []
    assert found("ICBC shares gained 2.1%.", bundle) == [("G002", "2.1%")]
