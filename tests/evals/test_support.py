"""Property tests of the one tolerance rule: honest rounding and hedges hold, the rest does not."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from evals import check
from marketdesk.models import EvidenceBundle


def one_fact_bundle(value: float, unit: str = "%", metric: str = "price_change") -> EvidenceBundle:
    return EvidenceBundle.model_validate({
        "as_of": "2025-12-31",
        "entities": [{"name": "SMIC", "aliases": ["0981.HK"]}],
        "facts": [{"id": "smic_ytd", "entity": "SMIC", "metric": metric, "value": value, "unit": unit,
                   "period": "2025-01-01/2025-12-31", "source": "yfinance:0981.HK"}],
    })


def kinds(text: str, bundle: EvidenceBundle) -> list[str]:
    return [f.kind for f in check(text, bundle).findings]


values = st.floats(min_value=0.5, max_value=900, allow_nan=False).map(lambda v: round(v, 2))


@settings(max_examples=150, deadline=None)
@given(values, st.sampled_from([0, 1, 2]))
def test_honest_rounding_is_accepted(v, decimals):
    stated = f"{v:.{decimals}f}"
    assert kinds(f"SMIC shares rose {stated}% in 2025.", one_fact_bundle(v)) == []


@settings(max_examples=150, deadline=None)
@given(values, st.floats(min_value=0.01, max_value=0.08))
def test_more_than_a_lower_round_number_is_accepted(v, under):
    x = math.floor(v * (1 - under) * 10) / 10
    assume(0 < x < v and v - x <= max(0.1 * x, 0.05))
    assert kinds(f"SMIC shares rose more than {x:.1f}% in 2025.", one_fact_bundle(v)) == []


@settings(max_examples=150, deadline=None)
@given(values, st.floats(min_value=0.01, max_value=0.08))
def test_nearly_a_higher_round_number_is_accepted(v, over):
    x = math.ceil(v * (1 + over) * 10) / 10
    assume(x > v and x - v <= max(0.1 * x, 0.05))
    assert kinds(f"SMIC shares have risen nearly {x:.1f}% in 2025.", one_fact_bundle(v)) == []


@settings(max_examples=150, deadline=None)
@given(values, st.floats(min_value=-0.08, max_value=0.08))
def test_about_is_accepted_on_either_side(v, off):
    x = round(v * (1 + off), 1)
    assume(abs(x - v) <= max(0.1 * x, 0.05))
    assert kinds(f"SMIC shares gained about {x:.1f}% in 2025.", one_fact_bundle(v)) == []


@settings(max_examples=150, deadline=None)
@given(values, st.floats(min_value=0.03, max_value=0.6), st.sampled_from([-1, 1]))
def test_a_value_moved_past_rounding_is_flagged(v, off, side):
    x = round(v * (1 + side * off), 1)
    assume(abs(x - v) > 0.06 and x > 0)
    assert kinds(f"SMIC shares rose {x:.1f}% in 2025.", one_fact_bundle(v)) == ["mismatched_figure"]


@settings(max_examples=150, deadline=None)
@given(values, st.floats(min_value=0.25, max_value=0.9))
def test_a_hedge_does_not_stretch_past_ten_percent(v, off):
    x = round(v * (1 - off), 1)
    assume(x > 0 and v - x > max(0.1 * x, 0.1) + 0.05)
    assert kinds(f"SMIC shares rose more than {x:.1f}% in 2025.", one_fact_bundle(v)) == ["mismatched_figure"]


@settings(max_examples=100, deadline=None)
@given(values)
def test_direction_words_follow_the_sign(v):
    b = one_fact_bundle(-v)
    assert kinds(f"SMIC shares fell {v:.2f}% in 2025.", b) == []
    assert kinds(f"SMIC shares rose {v:.2f}% in 2025.", b) == ["wrong_direction"]


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=100, max_value=99_999, allow_nan=False).map(lambda v: round(v, 1)))
def test_currency_scales_convert(v):
    b = one_fact_bundle(v, unit="CNY bn", metric="turnover")
    tn = v / 1000
    stated = f"{tn:.2f}" if tn >= 0.1 else f"{v:.0f}"
    word = "trillion" if tn >= 0.1 else "billion"
    assert kinds(f"SMIC turnover reached CNY {stated} {word} in 2025.", b) == []
    assert kinds(f"SMIC turnover reached RMB {v:,.1f} bn in 2025.", b) == []


@settings(max_examples=150, deadline=None)
@given(st.floats(min_value=0.05, max_value=0.8).map(lambda v: round(v, 2)), st.sampled_from(["nearly", "almost", "about", "around"]))
def test_a_hedge_on_a_whole_number_does_not_stretch_a_whole_unit(v, hedge):
    """"nearly 1%" for 0.2% is a lie: the hedge widens by 10% of the stated value (or half
    its last digit), never by one unit of it."""
    assume(1 - v > 0.5 + 1e-9)
    assert kinds(f"SMIC shares rose {hedge} 1% in 2025.", one_fact_bundle(v)) == ["mismatched_figure"]


@settings(max_examples=150, deadline=None)
@given(values, st.floats(min_value=0.001, max_value=0.09))
def test_a_hedge_keeps_its_side(v, off):
    """"more than X" is never below the truth; "nearly X" never far above it."""
    above = math.ceil(v * (1 + off) * 10) / 10 + 0.1   # the truth is below: "more than" it is false
    assert kinds(f"SMIC shares rose more than {above:.1f}% in 2025.", one_fact_bundle(v)) == ["mismatched_figure"]
    below = math.floor(v * (1 - off) * 10) / 10 - 0.1  # the truth is above: "nearly" it is false
    assume(below > 0 and v - below > 0.05 + 1e-9)
    assert kinds(f"SMIC shares rose nearly {below:.1f}% in 2025.", one_fact_bundle(v)) == ["mismatched_figure"]
