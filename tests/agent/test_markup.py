from __future__ import annotations

import pytest

from agent.markup import format_value, render
from agent.publish import footnoted_markdown, to_html
from evals import check
from marketdesk.models import EvidenceBundle, Fact, Findings


def fact(value, unit="%", metric="price_change", fid="x_ytd", entity="Apple") -> Fact:
    return Fact(id=fid, entity=entity, metric=metric, value=value, unit=unit, period="2025-01-01/2025-11-28",
                source="yfinance:AAPL", label="Apple share price change")


@pytest.mark.parametrize("value, opts, text", [
    (182.4, {}, "182.4%"),
    (182.4, {"places": 0, "hedge": "over"}, "over 182%"),
    (182.4, {"places": 0, "hedge": "nearly"}, "nearly 183%"),
    (180.0, {"places": 0, "hedge": "over"}, "over 179%"),  # exact values step away: "over 180%" would be false
    (-3.2, {"hedge": "over"}, "over -3.1%"),  # hedges bound the size of a fall
    (-3.3, {"hedge": "nearly"}, "nearly -3.4%"),
    (-5.8, {"absolute": True}, "5.8%"),
    (-0.004, {}, "0.0%"),  # never "-0.0%"
    (-0.04, {}, "-0.04%"),  # a reading that rounds to 0.0 but is not zero keeps its size (blind read:
    (0.02, {}, "0.02%"),  # "up from 0.0% in 2023" read as doubtful)
    (-3.25, {}, "-3.3%"),  # half away from zero, both signs
    (3.25, {}, "3.3%"),
])
def test_percentages(value, opts, text):
    assert format_value(fact(value), **opts) == text


def test_units_and_scales():
    assert format_value(fact(118861.2, "CNY bn", "gov_debt")) == "CNY 118.9 trillion"
    assert format_value(fact(4.0692, "HKD bn", "turnover")) == "HKD 4.07 billion"
    assert format_value(fact(592.0, "HKD bn", "market_cap")) == "HKD 592.0 billion"
    assert format_value(fact(74.2, "HKD", "close")) == "HKD 74.20"
    assert format_value(fact(4526.7, "pts", "close")) == "4,526.7 points"
    assert format_value(fact(49.0, "pts", "pmi")) == "49.0"
    assert format_value(fact(0.3, "pp", "cpi_gap")) == "0.3 percentage points"
    assert format_value(fact(121.4, "x", "pe_ratio")) == "121.4x"


def bundle(*facts: Fact) -> EvidenceBundle:
    return EvidenceBundle(as_of="2025-11-28", facts=facts, entities=[{"name": "Apple"}])


def test_render_keeps_spans_and_refuses_what_it_cannot_render():
    b = bundle(fact(-3.4, fid="apple_change"), fact(0.0, fid="apple_flat"))
    r = render("Apple fell {{apple_change|abs}}. {{apple_nope}} {{apple_change|round=9}} "
               "{{apple_flat|hedge=over}} `250%` {{ dangling", b)
    assert r.text.startswith("Apple fell 3.4%.")
    assert r.figures[0].text == "3.4%" and r.text[r.figures[0].start:r.figures[0].end] == "3.4%"
    problems = [i.problem for i in r.issues]
    assert "no fact with id 'apple_nope' (did you mean apple_change?)" in problems[0] or "no fact with id 'apple_nope'" in problems[0]
    assert any("round='9'" in p for p in problems)
    assert any("value of zero" in p for p in problems)
    assert any("backticks" in p for p in problems)
    assert any("unbalanced" in p for p in problems)


def test_hedged_and_signed_figures_pass_the_checker():
    b = bundle(fact(-3.2, fid="apple_change"), fact(182.4, fid="apple_ytd"))
    text = ("# T\n\nApple shares fell {{apple_change|hedge=over|abs}} between November 1 and November 28, 2025. "
            "Apple shares have gained {{apple_ytd|round=0|hedge=nearly}} so far in 2025.\n")
    r = render(text, b)
    assert r.ok and check(r.text, b).summary.errors == 0


def test_footnotes_sit_at_sentence_end_and_html_escapes_everything():
    f = fact(182.4, fid="apple_ytd", entity="Apple <script>x</script>")
    b = EvidenceBundle(as_of="2025-11-28", facts=(f,), entities=[{"name": f.entity}])
    r = render("# Title <b>\n\nApple <script>alert(1)</script> rose {{apple_ytd}} of GDP in 2025. Next.\n", b)
    md = footnoted_markdown(r.text, r.figures, "*notice*")
    assert "rose 182.4% of GDP in 2025.[^1] Next." in md
    assert "[^1]: Apple share price change: `apple_ytd = 182.4 %, 2025-01-01/2025-11-28, yfinance:AAPL`" in md
    page = to_html("T <script>", r, Findings(), ["Data as of <now>"], "disclosure & more", None, demo=False)
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<title>T &lt;script&gt;</title>" in page and "<h1>Title &lt;b&gt;</h1>" in page
    assert 'title="Apple share price change: 182.4 %, 2025-01-01/2025-11-28; source yfinance:AAPL (fact apple_ytd)"' in page


def test_a_count_can_be_said_in_words_or_as_an_ordinal_and_only_a_whole_count():
    bundle = EvidenceBundle.model_validate({"as_of": "2025-11-28", "facts": [
        {"id": "run", "entity": "A", "metric": "streak", "value": -3, "unit": "count", "period": "2025-11-28",
         "source": "test:x"},
        {"id": "rank", "entity": "A", "metric": "largest_in", "value": 22, "unit": "count", "period": "2025-11-28",
         "source": "test:x"},
        {"id": "chg", "entity": "A", "metric": "price_change", "value": 3.0, "unit": "%", "period": "2025-11-28",
         "source": "test:x"}]})
    r = render("a {{run|abs|ordinal}} straight loss, {{run|abs|words}} in a row, the most in {{rank|words}} "
               "sessions, its {{rank|ordinal}}", bundle)
    assert r.ok and r.text == "a third straight loss, three in a row, the most in 22 sessions, its 22nd"
    bad = render("a {{chg|ordinal}} move", bundle)
    assert not bad.ok and "whole counts" in bad.issues[0].problem


NEWS = EvidenceBundle.model_validate({"as_of": "2025-11-28", "facts": [
    {"id": "t", "entity": "Tencent", "metric": "price_change", "value": 1.1, "unit": "%", "period": "2025-11-28",
     "source": "test:x"}], "reports": [
    {"id": "tencent_news_1", "entity": "Tencent", "title": "Tencent revenue rises 15% as games & ads grow",
     "publisher": "Reuters", "published": "2025-11-28T03:10:00Z", "url": "https://example.com/a",
     "source": "yfinance-news:0700.HK"}]})


def test_a_headline_is_quoted_word_for_word_with_its_publisher_and_day():
    r = render("Tencent rose {{t}}. Headlines that day included {{news:tencent_news_1}}.", NEWS)
    assert r.ok and r.text.endswith('included "Tencent revenue rises 15% as games & ads grow" (Reuters, November 28).')
    q = r.quotes[0]
    assert r.text[q.start:q.end].startswith('"Tencent revenue') and q.url == "https://example.com/a"
    assert check(r.text, NEWS).summary.errors == 0  # the 15% is the publisher's, in quotation marks
    assert not render("{{news:tencent_news_9}}", NEWS).ok and not render("{{news:tencent_news_1|abs}}", NEWS).ok


def test_a_quoted_headline_is_escaped_in_html():
    from agent.publish import article_html

    r = render("Headlines included {{news:tencent_news_1}}.", NEWS)
    assert "games &amp; ads" in article_html(r.text, r.figures, [])


def test_the_outputs_list_each_quoted_headline_with_its_source(tmp_path):
    import json as _json

    from agent.publish import write_outputs
    from marketdesk.models import Findings

    r = render("Headlines included {{news:tencent_news_1}}.", NEWS)
    paths = write_outputs(tmp_path, title="T", rendered=r, bundle=NEWS, findings=Findings(), notices=[],
                          disclosure="Automated draft.", chart_png=None, demo=False, record={})
    page = paths["html"].read_text()
    assert "<h2>Headlines quoted</h2>" in page and 'href="https://example.com/a"' in page
    assert "- Reuters, `2025-11-28 03:10 UTC`, <https://example.com/a>" in paths["markdown"].read_text()
    assert _json.loads(paths["spans"].read_text())["quotes"][0]["report_id"] == "tencent_news_1"
    assert _json.loads(paths["evidence"].read_text())["reports"][0]["publisher"] == "Reuters"


@pytest.mark.parametrize("text, flagged", [
    ('Headlines included "Tencent revenue rises 15% as games & ads grow" (Reuters).', False),  # word for word
    ('Headlines included "Tencent revenue rises 25% as games & ads grow" (Reuters).', True),  # one word changed
    ('Headlines included "Tencent revenue rises 15%" (Reuters).', True),  # part of it
    ("Tencent revenue rises 15% as games & ads grow, Reuters said.", True),  # not in quotation marks
])
def test_only_a_word_for_word_quoted_headline_keeps_its_figures_from_the_check(text, flagged):
    assert bool(check(text, NEWS).summary.errors) is flagged
