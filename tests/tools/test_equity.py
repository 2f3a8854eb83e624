from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tests.tools.recorded import history_frame
from tools.base import Bars, Quote
from tools.equity import EquityFacts, adjusted_closes

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def bars_of(ticker: str) -> Bars:
    """Bars as tools/yfinance.py builds them from a download: raw Close, Volume and actions."""
    df = history_frame(ticker)
    return Bars(ticker=ticker, dates=[ts.date() for ts in df.index], close=df["Close"].tolist(),
                volume=df["Volume"].astype(float).tolist(), dividends=df["Dividends"].tolist(),
                splits=df["Stock Splits"].tolist(), retrieved_at=NOW)


def facts_for(bars: Bars, start: date, end: date, quote: Quote | None = None, kind="company",
              metrics=("close", "price_change", "turnover")) -> EquityFacts:
    ef = EquityFacts("Test Co", bars.ticker, kind, start, end, end)
    ef.from_bars(bars, quote, metrics)
    return ef


def by_id(ef: EquityFacts) -> dict:
    return {f.id: f for f in ef.facts}


def test_a_five_for_one_split_is_not_a_crash():
    # 4063.T: 1:5 split; bars before it are in pre-split yen (20,205 vs 4,129) and Yahoo
    # dates the split a session after the jump. Raw closes would say -79.6%.
    ef = facts_for(bars_of("4063.T"), date(2023, 3, 16), date(2023, 4, 14))
    change = by_id(ef)["test_co_change"]
    # By hand: base 20205 / 5 = 4041, times the 55-yen dividend factor (1 - 55/4206)
    # = 3988.156; 4129 / 3988.156 - 1 = +3.5316%.
    assert change.value == pytest.approx(3.5316, abs=1e-3)
    assert 0 < change.value < 5
    assert change.period == "2023-03-16/2023-04-14"


@pytest.mark.parametrize("ratio", [10.0, 5.0, 1.5, 1.3, 1.25, 0.8, 0.1])
def test_a_split_yahoo_already_adjusted_is_left_alone(ratio):
    # A flat line with a split marker: Yahoo adjusted it, so nothing may change. Small
    # ratios (A-share bonus issues of 1.2-1.5) are where a loose tolerance would bite.
    b = Bars(ticker="X", dates=[date(2024, 6, d) for d in range(3, 9)], close=[10.0] * 6,
             volume=[1.0] * 6, dividends=[0.0] * 6, splits=[0.0, 0.0, 0.0, ratio, 0.0, 0.0], retrieved_at=NOW)
    assert adjusted_closes(b) == [10.0] * 6


@pytest.mark.parametrize("ratio", [1.3, 2.0, 0.5])
def test_an_unadjusted_small_split_is_adjusted(ratio):
    closes = [13.0, 13.0, 13.0 / ratio, 13.0 / ratio]  # pre-split bars in old units
    b = Bars(ticker="X", dates=[date(2024, 6, d) for d in range(3, 7)], close=closes, volume=[1.0] * 4,
             dividends=[0.0] * 4, splits=[0.0, 0.0, ratio, 0.0], retrieved_at=NOW)
    assert adjusted_closes(b) == pytest.approx([13.0 / ratio] * 4)


def test_price_change_is_a_total_return_across_a_dividend():
    # 8TRA.DE: a 0.70 EUR dividend on 2023-06-02 that Yahoo's Adj Close misses.
    ef = facts_for(bars_of("8TRA.DE"), date(2023, 5, 31), date(2023, 6, 6))
    expected = (18.65999984741211 / (19.350000381469727 * (1 - 0.7 / 18.790000915527344)) - 1) * 100
    assert by_id(ef)["test_co_change"].value == pytest.approx(expected, abs=1e-3)
    assert by_id(ef)["test_co_change"].value > (18.66 / 19.35 - 1) * 100  # above the price-only change


def test_turnover_is_mean_value_traded_in_the_listing_currency():
    b = bars_of("CALM")
    df = history_frame("CALM")
    window = df[(df.index.date >= date(2024, 7, 1)) & (df.index.date <= date(2024, 8, 21))]
    expected = (window["Close"] * window["Volume"]).mean()
    ef = facts_for(b, date(2024, 7, 1), date(2024, 8, 21))
    t = by_id(ef)["test_co_turnover"]
    scale = {"USD mn": 1e6, "USD bn": 1e9}[t.unit]
    assert t.value * scale == pytest.approx(expected, rel=1e-4)
    assert by_id(ef)["test_co_close"].unit == "USD"


def test_ytd_is_measured_from_the_last_close_of_the_year_before():
    b = bars_of("1398.HK")
    ef = facts_for(b, date(2024, 1, 1), date(2024, 8, 22))
    ytd = by_id(ef)["test_co_ytd"]
    assert ytd.period == "2024-01-01/2024-08-22"
    # By hand: the 2023-12-29 close 3.82, scaled for the 2024-07-08 dividend of 0.335715
    # against the previous close 4.83 (07-05 has no prices): 3.82 x 0.930494 = 3.55449.
    # 4.68 / 3.55449 - 1 = +31.664%, above the price-only +22.51%.
    assert ytd.value == pytest.approx(31.664, abs=1e-3)
    assert "test_co_change" not in by_id(ef)  # the period is the year to date: one fact, not two


def test_missing_closes_are_skipped_never_zero():
    b = Bars(ticker="X", dates=[date(2024, 1, d) for d in (2, 3, 4, 5)], close=[10.0, float("nan"), None, 11.0],
             volume=[5.0, float("nan"), None, 5.0], dividends=[0.0] * 4, splits=[0.0] * 4, retrieved_at=NOW)
    ef = facts_for(b, date(2024, 1, 3), date(2024, 1, 5))
    assert by_id(ef)["test_co_change"].value == pytest.approx(10.0)
    assert by_id(ef)["test_co_turnover"].value == 55.0  # one session, 11 x 5; no zeros averaged in


def test_a_line_listed_after_the_period_start_has_a_gap_not_a_change():
    b = Bars(ticker="X", dates=[date(2024, 3, 1), date(2024, 3, 4)], close=[10.0, 12.0], volume=[1.0, 1.0],
             dividends=[0.0, 0.0], splits=[0.0, 0.0], retrieved_at=NOW)
    ef = facts_for(b, date(2024, 1, 1), date(2024, 3, 4))
    assert "test_co_ytd" not in by_id(ef)
    assert any(g.metric == "price_change" and "listed later" in g.reason for g in ef.gaps)


def test_an_index_closes_in_points_and_has_no_turnover_or_valuation():
    b = Bars(ticker="^GSPC", dates=[date(2024, 12, 31), date(2025, 1, 2)], close=[5881.6, 5868.5],
             volume=[2e9, 3e9], dividends=[0.0, 0.0], splits=[0.0, 0.0], retrieved_at=NOW)
    ef = facts_for(b, date(2025, 1, 1), date(2025, 1, 2), kind="index")
    ef.from_quote(None, ("market_cap", "pe_ratio"))
    assert by_id(ef)["test_co_close"].unit == "pts"
    assert "test_co_turnover" not in by_id(ef) and ef.gaps == []


def test_valuations_come_from_the_quote_and_absent_keys_are_gaps():
    q = Quote(ticker="1398.HK", currency="HKD", quote_type="EQUITY", market_cap=2.3e12, trailing_pe=5.1,
              price_to_book=0.45, retrieved_at=NOW)
    ef = EquityFacts("ICBC", "1398.HK", "company", date(2024, 1, 1), date(2024, 8, 22), date(2024, 8, 22))
    ef.from_quote(q, ("market_cap", "pe_ratio", "forward_pe", "price_to_book"))
    got = by_id(ef)
    assert (got["icbc_market_cap"].value, got["icbc_market_cap"].unit) == (2.3, "HKD tn")
    assert got["icbc_pe"].unit == "x" and got["icbc_pb"].value == 0.45
    assert [g.metric for g in ef.gaps] == ["forward_pe"]
    # A snapshot taken long after the brief's as_of says so.
    assert got["icbc_pe"].period == "2026-12-01" and "snapshot of 2026-12-01" in got["icbc_pe"].note


def test_a_line_that_stopped_trading_is_marked_stale():
    b = bars_of("4063.T")  # ends 2023-04-14
    ef = EquityFacts("Shin-Etsu", "4063.T", "company", date(2023, 3, 16), date(2023, 5, 31), date(2023, 5, 31))
    ef.from_bars(b, None, ("close", "price_change"))
    got = by_id(ef)
    assert got["shin_etsu_close"].stale and got["shin_etsu_close"].period == "2023-04-14"
    assert got["shin_etsu_close"].unit == "JPY"  # from the .T suffix when no quote says otherwise


def test_a_london_line_quoted_in_pence_is_stated_in_pounds():
    b = Bars(ticker="ASAI.L", dates=[date(2024, 12, 31), date(2025, 1, 2)], close=[70.0, 72.5],
             volume=[1_000_000.0, 2_000_000.0], dividends=[0.0, 0.0], splits=[0.0, 0.0], retrieved_at=NOW)
    ef = facts_for(b, date(2025, 1, 1), date(2025, 1, 2))  # no quote: the .L suffix says GBp
    got = by_id(ef)
    assert (got["test_co_close"].value, got["test_co_close"].unit) == (0.725, "GBP")
    assert (got["test_co_turnover"].value, got["test_co_turnover"].unit) == (1.45, "GBP mn")
    q = Quote(ticker="ASAI.L", currency="GBp", quote_type="EQUITY", market_cap=5.0e10, retrieved_at=NOW)
    ef2 = EquityFacts("Test Co", "ASAI.L", "company", date(2025, 1, 1), date(2025, 1, 2), date(2025, 1, 2))
    ef2.from_quote(q, ("market_cap",))
    assert (ef2.facts[0].value, ef2.facts[0].unit) == (500.0, "GBP mn")


def test_the_year_high_is_the_highest_close_in_todays_terms_dated_the_day_it_was_set():
    # 4063.T split 1:5 in March 2023: the raw pre-split closes (20,000+ yen) are no high in
    # post-split yen; the adjusted series, scaled to the last close, says where the peak was
    b = bars_of("4063.T")
    ef = facts_for(b, date(2023, 1, 1), date(2023, 4, 14), metrics=("close", "year_high"))
    high, close = by_id(ef)["test_co_year_high"], by_id(ef)["test_co_close"]
    adj = adjusted_closes(b)
    rows = [(d, a) for d, a in zip(b.dates, adj) if date(2023, 1, 1) <= d <= date(2023, 4, 14) and a is not None]
    peak_d, peak_a = max(rows, key=lambda r: (r[1], r[0]))
    assert high.period == peak_d.isoformat() and high.unit == close.unit == "JPY"
    assert high.value == pytest.approx(close.value * peak_a / rows[-1][1], rel=1e-6)
    assert high.value < 10_000  # never a pre-split close
    assert high.value >= close.value


def test_a_year_with_one_session_has_a_gap_for_its_high_not_a_made_up_one():
    b = Bars(ticker="X", dates=[date(2023, 12, 29), date(2024, 1, 2)], close=[10.0, 12.0], volume=[1.0, 1.0],
             dividends=[0.0, 0.0], splits=[0.0, 0.0], retrieved_at=NOW)
    ef = facts_for(b, date(2024, 1, 1), date(2024, 1, 2), metrics=("close", "year_high"))
    assert "test_co_year_high" not in by_id(ef)
    assert any(g.metric == "year_high" and "fewer than two sessions" in g.reason for g in ef.gaps)


def _bars(closes: list[float], dividends: list[float] | None = None) -> Bars:
    days = [date(2024, 1, 1 + i) for i in range(len(closes))]
    return Bars(ticker="X", dates=days, close=closes, volume=[1.0] * len(closes),
                dividends=dividends or [0.0] * len(closes), splits=[0.0] * len(closes), retrieved_at=NOW)


def test_a_run_of_gains_is_counted_back_from_the_last_session():
    b = _bars([10.0, 9.0, 9.5, 9.6, 9.9])  # a fall, then three gains
    ef = facts_for(b, date(2024, 1, 5), date(2024, 1, 5), metrics=("streak",))
    run = by_id(ef)["test_co_streak"]
    assert run.value == 3 and run.unit == "count" and run.period == "2024-01-03/2024-01-05"
    losses = facts_for(_bars([10.0, 11.0, 10.5, 10.0]), date(2024, 1, 4), date(2024, 1, 4), metrics=("streak",))
    assert by_id(losses)["test_co_streak"].value == -2  # a fall is a negative run


def test_the_biggest_move_in_n_sessions_looks_back_to_the_last_bigger_one_the_same_way():
    # +5% on day 2, then small moves and a 10% fall, then +3%: the +3% is the biggest gain since the +5%
    b = _bars([100.0, 105.0, 106.0, 95.4, 96.0, 98.88])
    ef = facts_for(b, date(2024, 1, 6), date(2024, 1, 6), metrics=("largest_in",))
    rank = by_id(ef)["test_co_largest_in"]
    assert rank.value == 4 and rank.period == "2024-01-03/2024-01-06"  # the 10% fall is no bigger gain
    assert "+3.00%" in rank.label


def test_an_ex_dividend_day_is_no_fall_in_a_run():
    # the raw close drops by the dividend on its ex-date: adjusted, the run of gains goes on
    b = _bars([10.5, 10.0, 10.1, 10.2, 9.8, 9.9], dividends=[0.0, 0.0, 0.0, 0.0, 0.5, 0.0])
    ef = facts_for(b, date(2024, 1, 6), date(2024, 1, 6), metrics=("streak",))
    assert by_id(ef)["test_co_streak"].value == 4


def test_a_flat_last_session_or_a_single_move_says_nothing_and_the_gap_says_why():
    # a brief that requires the count is told why there is none, not just that it is missing
    flat = facts_for(_bars([10.0, 11.0, 11.0]), date(2024, 1, 3), date(2024, 1, 3), metrics=("streak", "largest_in"))
    assert not flat.facts and {g.metric for g in flat.gaps} == {"streak", "largest_in"}
    assert all("closed flat" in g.reason for g in flat.gaps)
    one = facts_for(_bars([10.0, 11.0, 10.5, 10.6]), date(2024, 1, 4), date(2024, 1, 4), metrics=("streak",))
    assert not one.facts and "a run of one" in one.gaps[0].reason
    after = facts_for(_bars([10.0, 9.0, 11.0, 11.05]), date(2024, 1, 4), date(2024, 1, 4), metrics=("largest_in",))
    assert not after.facts and "the session before had a bigger one-day gain" in after.gaps[0].reason
    short = facts_for(_bars([10.0, 11.0]), date(2024, 1, 2), date(2024, 1, 2), metrics=("streak",))
    assert not short.facts and any(g.metric == "streak" and "fewer than three" in g.reason for g in short.gaps)


def test_a_count_that_reaches_the_first_bar_fetched_is_not_said():
    # every move a gain, and no bigger gain in the bars: "in 4 sessions" would be a lower bound
    b = _bars([10.0, 10.1, 10.2, 10.3, 10.9])
    ef = facts_for(b, date(2024, 1, 5), date(2024, 1, 5), metrics=("streak", "largest_in"))
    assert not ef.facts and all("only a lower bound" in g.reason for g in ef.gaps) and len(ef.gaps) == 2
    assert "the run of gains reaches back past the 4 sessions fetched" in ef.gaps[0].reason


def test_the_average_daily_move_is_taken_over_the_sessions_before_the_last():
    # 20 sessions alternating +1% and -1% of the close before, then a last session of +5%: the
    # average move is 1%, the last session is left out (it is what the average is set against)
    closes = [100.0]
    for i in range(20):
        closes.append(closes[-1] * (1.01 if i % 2 == 0 else 0.99))
    closes.append(closes[-1] * 1.05)
    b = _bars(closes)
    last = b.dates[-1]
    ef = facts_for(b, last, last, metrics=("avg_daily_move",))
    avg = by_id(ef)["test_co_avg_daily_move"]
    assert avg.value == pytest.approx(1.0, abs=1e-4) and avg.unit == "%"
    assert avg.period == f"{b.dates[1].isoformat()}/{b.dates[-2].isoformat()}" and avg.sessions == 20
    # an ex-dividend day is no move: the raw close drops by a 5.0 dividend on day 10 (a 6% fall
    # in the raw series); the adjusted closes are averaged and still move 1% a day
    cut = 1 - 5.0 / closes[9]
    raw = [c if i < 10 else c * cut for i, c in enumerate(closes)]
    div = _bars(raw, dividends=[0.0] * 10 + [5.0] + [0.0] * 11)
    assert by_id(facts_for(div, last, last, metrics=("avg_daily_move",)))["test_co_avg_daily_move"].value \
        == pytest.approx(1.0, abs=1e-4)
    # fewer than 20 sessions before the last: a gap that says so, not an average of a few days
    short = facts_for(_bars(closes[-10:]), date(2024, 1, 10), date(2024, 1, 10), metrics=("avg_daily_move",))
    assert not short.facts and "fewer than 20 sessions" in short.gaps[0].reason
