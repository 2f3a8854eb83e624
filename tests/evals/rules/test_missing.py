"""Missing-figure rules: the traces a dropped figure leaves, and prose they must leave alone."""

import pytest

from evals import check


def codes(text, bundle):
    return [(f.code, f.text) for f in check(text, bundle).findings]


@pytest.mark.parametrize("text,hole", [
    ("Trading has been striking. , a 60% increase from 2024.", ". , a 60%"),
    ("Inflation remains subdued, , with deflation persisting.", ", ,"),
    ("The\n index , with chip makers leading.", "index ,"),
    ("Valuations remain attractive relative to fundamentals, .", ", ."),
    ("Public finances are stretched. to rise from 88.3% to 96.3% by 2025.", ". to rise"),
    ("Companies like SMIC and have surged this year.", "SMIC and have"),
    # the seed's trace: a list's noun lost after "respectively"
    ("Chip names surged by 180% and 120%, respectively, such as \"Digital China\".", "respectively, such as"),
    ("Exports grew by % in October.", " %"),
    ("Debt reached $ billion last year.", "$ billion"),
    ("The ratio rose from to 96.3% in 2025.", "from to"),
    ("Debt stood at . Analysts worry.", "stood at ."),
    ("For instance,\nof forecasts, raising questions.", "of"),
    ("Growth came in at () in the quarter.", "()"),
    ("Additionally, pose external threats to the rally.", "Additionally, pose"),
    ("Southbound flows accounted for and of total trading.", "for and of"),
    ("The index closed points higher.", "closed points"),
    ("Banks lost percent on the day.", "lost percent"),
])
def test_dropped_figure_traces(text, hole, example_bundle):
    found = [t for c, t in codes(text, example_bundle) if c == "M001"]
    assert len(found) == 1 and hole.strip() in found[0], found


def test_dangling_respectively(example_bundle):
    found = codes("Companies like SMIC surged by over 180% and 120%, respectively.", example_bundle)
    assert ("M001", "respectively") in found


@pytest.mark.parametrize("text", [
    "U.S. stocks rose, e.g. the chip makers, vs. the banks.",
    "Key drivers:\n\n- strong demand for chips\n- easing policy",
    "iPhone sales and eBay listings rose.",
    "SMIC and Cambricon have surged this year, and investors have piled in.",
    "Prices rose and have stayed high.",
    "Shares fell in March and have recovered since.",
    "Drivers such as policy support matter, as do flows.",
    # a comma before "such as" is the ordinary non-restrictive use (a published Reuters line)
    "Bonds slipped, led by countries with shaky public finances themselves, such as France and Italy.",
    "See [the report](https://example.com/a,b) for details.",
    "`x , y` is code.",
    "The rally was broad. Banks, insurers and brokers all joined.",
    "Additionally, exporters face tariffs. However, the yuan is stable.",
    "The index has gained 17.6% this year , outpacing most markets.",
    "Trade flows to and from Europe, for and against the motion.",
    # a move said without its size (holdout44: "HBL (0.83%) from the commercial banking sector also shed points")
    "MCB and HBL from the commercial banking sector also shed points.",
    # a currency's name before its amount, the Independent's 1998 style (holdout56)
    "Profits are expected to be flat, down to pounds 855m.",
])
def test_clean_prose_is_not_flagged(text, example_bundle):
    assert [c for c, _ in codes(text, example_bundle) if c == "M001"] == []


@pytest.mark.parametrize("slot", ["[X]%", "XX%", "X.X%", "{gdp}", "{{smic_ytd}}", "<value>", "TBD", "$__", "??%", "$X billion", "[insert figure]"])
def test_placeholders(slot, example_bundle):
    found = codes(f"GDP growth was {slot} in the third quarter.", example_bundle)
    assert [c for c, _ in found] == ["M002"], found
    assert found[0][1].strip() == slot or slot in found[0][1]


def test_unitless_amount(example_bundle):
    assert codes("General government debt stood at 89,105.2.", example_bundle) == [("M003", "89,105.2")]
    assert codes("Turnover reached 1.7 trillion in 2025.", example_bundle)[0][0] == "M003"


def test_bare_pmi_and_index_level_are_fine(example_bundle):
    assert codes("The PMI stood at 49.2 in November and the CSI 300 closed at 4,629.94.", example_bundle) == []


def test_missing_required(example_bundle):
    bundle = example_bundle.model_copy(update={"required": ("cpi_yoy", "pmi")})
    f = check("The official manufacturing PMI stood at 49.2 in November.", bundle).findings
    assert [(x.code, x.metric, x.start) for x in f] == [("M004", "cpi_yoy", None)]
    assert "cpi_oct" in f[0].message


def test_a_wrong_value_still_states_the_metric(example_bundle):
    bundle = example_bundle.model_copy(update={"required": ("cpi_yoy",)})
    assert [x.code for x in check("Consumer prices rose 0.9% in October.", bundle).findings] == ["G002"]
