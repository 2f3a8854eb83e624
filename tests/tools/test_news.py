"""Dated headlines: read from Yahoo's news stream, kept with provenance, cached, never made up."""

from __future__ import annotations

from datetime import date

import pytest

from marketdesk.brief import parse_brief
from marketdesk.errors import ProviderUnavailable
from marketdesk.models import EvidenceBundle
from tests.tools.recorded import FakeYF, news_items
from tools.bundle import FactsGatherer
from tools.news import reports_from_news

DAY = dict(entity="Tencent", ticker="0700.HK", names=["Tencent Holdings"], since=date(2025, 11, 27),
           until=date(2025, 11, 28), entity_id="tencent")


def test_stories_about_the_company_in_the_window_are_kept_newest_first_with_provenance():
    got = reports_from_news(news_items("0700.HK"), **DAY, limit=5)
    assert [r.title for r in got] == ["Tencent Music and Tencent sign streaming deal",
                                      "Tencent shares rise as games revenue beats forecasts",
                                      "Tencent, Alibaba lead Hong Kong tech rebound"]
    first = got[1]
    assert first.id == "tencent_news_2" and first.publisher == "Reuters" and first.source == "yfinance-news:0700.HK"
    assert first.published.isoformat() == "2025-11-28T03:10:00+00:00"
    assert first.url == "https://finance.yahoo.com/news/item-1.html"
    # left out: the video, the listicle, the question, the story from November 20, the one with
    # no publisher, the one with template braces and a script link, the market story
    titles = " ".join(r.title for r in got)
    assert "Video" not in titles and "to Buy" not in titles and "?" not in titles and "AI model" not in titles
    assert "dividend" not in titles and "record" not in titles and "property" not in titles


def test_control_characters_and_markup_never_reach_a_headline():
    got = reports_from_news(news_items("0700.HK"), **DAY, limit=5)
    assert got[0].title == "Tencent Music and Tencent sign streaming deal"  # NUL and RTL override gone
    assert all(not set(r.title) & set('`{}<>[]|*_#"') for r in got)


def test_the_old_flat_shape_is_read_too_and_a_limit_keeps_the_newest():
    flat = [{"title": "Apple beats estimates on iPhone sales", "publisher": "Bloomberg",
             "link": "https://example.com/a", "providerPublishTime": 1764295200, "type": "STORY"},  # 2025-11-28
            {"title": "Apple cuts prices in China", "publisher": "Reuters", "link": "ftp://example.com/b",
             "providerPublishTime": 1764208800, "type": "STORY"}]  # 2025-11-27
    got = reports_from_news(flat, "Apple", "AAPL", [], date(2025, 11, 27), date(2025, 11, 28), "apple", limit=1)
    assert [(r.title, r.publisher, r.url) for r in got] == [("Apple beats estimates on iPhone sales", "Bloomberg",
                                                             "https://example.com/a")]
    assert reports_from_news(flat, "Apple", "AAPL", [], date(2025, 11, 27), date(2025, 11, 28), "apple")[1].url is None


@pytest.mark.parametrize("payload", [None, {}, "x", [None, 3, {"content": "x"}, {"content": {"title": 5}}]])
def test_a_malformed_stream_gives_no_headline_and_no_crash(payload):
    assert reports_from_news(payload, **DAY) == []


NEWS_BRIEF = parse_brief({"id": "hk-day", "title": "Tencent on the day", "as_of": "2025-11-28",
                          "period": {"start": "2025-11-28"}, "style": "wire",
                          "entities": [{"name": "Tencent", "ticker": "0700.HK", "kind": "company"}]})


def test_headlines_reach_the_bundle_and_a_warm_or_offline_run_reads_them_from_the_cache(make_desk):
    yf = FakeYF(news={"0700.HK": news_items("0700.HK")})
    desk = make_desk(None, yf, demo=False)
    run = FactsGatherer(desk).gather(NEWS_BRIEF)
    assert [r.id for r in run.bundle.reports] == ["tencent_news_1", "tencent_news_2", "tencent_news_3"]
    assert yf.news_calls == ["0700.HK"]
    EvidenceBundle.model_validate_json(run.bundle.model_dump_json())  # the contract round-trips
    from tools.report import summary_rows

    row = next(r for r in summary_rows(run) if r.figure == "tencent_news_2")
    assert (row.value, row.period, row.origin) == (
        '"Tencent shares rise as games revenue beats forecasts" (Reuters)', "2025-11-28 03:10 UTC", "news")
    offline = FactsGatherer(desk).gather(NEWS_BRIEF, offline=True)
    assert offline.bundle.reports == run.bundle.reports and yf.news_calls == ["0700.HK"]


def test_a_news_outage_is_retried_then_reported_and_the_facts_still_come(make_desk):
    yf = FakeYF()
    from yfinance.exceptions import YFRateLimitError

    yf.news_script["0700.HK"].extend([YFRateLimitError()] * 5)
    run = FactsGatherer(make_desk(None, yf, demo=False)).gather(NEWS_BRIEF)
    assert len(yf.news_calls) >= 2  # retried
    assert run.bundle.reports == () and any(n.startswith("news 0700.HK: no headlines (rate limited") for n in run.notes)


def test_demo_data_has_no_headlines_and_says_so(make_desk):
    run = FactsGatherer(make_desk(None, FakeYF())).gather(NEWS_BRIEF, offline=True)
    assert run.demo and run.bundle.reports == ()
    assert any("DEMO DATA has no headlines" in n for n in run.notes)
    from agent.draft import notices_for

    assert "No headlines are quoted: DEMO DATA has none, and none are made up." in notices_for(
        NEWS_BRIEF, run.bundle, [])


def test_a_brief_can_go_without_news(make_desk):
    yf = FakeYF(news={"0700.HK": news_items("0700.HK")})
    quiet = NEWS_BRIEF.model_copy(update={"news": False})
    run = FactsGatherer(make_desk(None, yf, demo=False)).gather(quiet)
    assert yf.news_calls == [] and run.bundle.reports == ()


def test_a_failure_is_typed(make_desk):
    yf = FakeYF()
    yf.news_script["0700.HK"].extend([ValueError("Expecting value: line 1 column 1")] * 5)
    from tools.yfinance import YFinanceSource
    from tests.tools.conftest import FAST

    with pytest.raises(Exception) as err:
        YFinanceSource(yf, policy=FAST).news("0700.HK")
    assert "could not be read" in str(err.value) and not isinstance(err.value, ProviderUnavailable)


def test_real_headlines_are_never_quoted_beside_demo_prices(make_desk):
    from datetime import datetime, timezone

    desk = make_desk(None, FakeYF())
    desk.cache.put(FactsGatherer.news_key("0700.HK", NEWS_BRIEF.end), {"items": news_items("0700.HK")},
                   datetime.now(timezone.utc))
    run = FactsGatherer(desk).gather(NEWS_BRIEF, offline=True)  # no cached prices: DEMO DATA
    assert run.demo and run.bundle.reports == ()


def test_a_publisher_that_is_not_a_name_and_curly_quotes_cannot_break_out_of_a_quotation():
    items = [{"content": {"title": "Tencent rises\u201d Tencent shares rose 50% \u201canalysts say &#39;wow&#39;",
                          "pubDate": "2025-11-28T03:00:00Z", "provider": {"displayName": "Reuters"}}},
             {"content": {"title": "Tencent gains on games", "pubDate": "2025-11-28T04:00:00Z",
                          "provider": {"displayName": "Reuters, November 28). Tencent shares soared (Yahoo"}}},
             {"content": {"title": "Tencent wins a licence", "pubDate": "2025-11-28T05:00:00Z",
                          "provider": {"displayName": "Reuters"},
                          "canonicalUrl": {"url": "https://x.y/a>![x](https://tracker.example/p.png)"}}}]
    got = reports_from_news(items, **DAY)
    assert [r.title for r in got] == ["Tencent wins a licence", "Tencent rises' Tencent shares rose 50% 'analysts say 'wow'"]
    assert got[0].url is None  # an address with Markdown in it is no link
