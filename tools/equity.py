"""Pure: a ticker's daily bars and quote snapshot -> equity facts, or named gaps.

Price changes use split- and dividend-adjusted closes, computed here from Yahoo's
raw ``Close`` (split-adjusted by Yahoo, not dividend-adjusted) and its action
columns, not from Yahoo's ``Adj Close``: the recorded fixtures show Adj Close with
missed dividends and an unadjusted split (shared/fixtures/yfinance/README.md).
Two guards:

- Split guard. On a split row with ratio r, if the close jumps by about r within
  two sessions of it (the bars before the split are still in pre-split units), the
  earlier bars are divided by r. A 5-for-1 split is then a flat day, not "down 80%". Where Yahoo did adjust,
  the jump is about 1 and nothing changes.
- Dividends. Each ex-date's cash dividend D scales every earlier close by
  (1 - D / previous close), the CRSP convention, so the change is a total return.

Turnover is the mean of close x volume over the period's trading days, in the
listing currency: a split changes neither, so raw values are used.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Literal

from marketdesk.models import CURRENCIES, Fact
from tools.base import Bars, Gap, Quote

# A split of ratio r was left unadjusted when the day's jump is far closer to r than to 1:
# within a third of the distance, in log terms. A 1.3 bonus issue (common for A-shares)
# then needs a jump of 1.19..1.42, and a flat day (jump 1) never qualifies.
SPLIT_CLOSENESS = 1 / 3
SUFFIX_CURRENCY = {".HK": "HKD", ".SS": "CNY", ".SZ": "CNY", ".T": "JPY", ".DE": "EUR", ".PA": "EUR",
                   ".L": "GBp", ".KS": "KRW", ".TW": "TWD", ".SI": "SGD", ".AX": "AUD", ".TO": "CAD",
                   ".JO": "ZAc", ".TA": "ILA"}
# Yahoo quotes London, Johannesburg and Tel Aviv lines in minor units (pence, cents, agorot).
# How far back a session's move is compared: about a year of trading days.
SESSION_WINDOW = 250
AVG_WINDOW = 20  # sessions in the average daily move: about a month of trading
MINOR_UNITS = {"GBp": ("GBP", 100.0), "GBX": ("GBP", 100.0), "ZAc": ("ZAR", 100.0), "ILA": ("ILS", 100.0)}


def _finite(x: float | None) -> bool:
    return x is not None and math.isfinite(x)


def split_guarded_closes(bars: Bars) -> list[float | None]:
    closes = [c if _finite(c) else None for c in bars.close]
    for i, ratio in enumerate(bars.splits):
        if not ratio or ratio <= 0 or ratio == 1:
            continue
        # Yahoo sometimes dates the split a day off the price jump (the 4063.T recording
        # has the jump on the 29th, the split row on the 30th): look two sessions each side.
        for j in sorted(range(max(1, i - 2), min(len(closes), i + 3)), key=lambda j: abs(j - i)):
            prev = next((closes[k] for k in range(j - 1, -1, -1) if closes[k] is not None), None)
            if prev is None or closes[j] is None:
                continue
            if abs(math.log(prev / closes[j] / ratio)) < abs(math.log(ratio)) * SPLIT_CLOSENESS:
                closes[:j] = [None if c is None else c / ratio for c in closes[:j]]
                break
    return closes


def adjusted_closes(bars: Bars) -> list[float | None]:
    """Split- and dividend-adjusted closes, aligned with ``bars.dates`` (computed once per bars:
    the facts and the chart both ask)."""
    if bars._adjusted is None:
        bars._adjusted = _adjusted(bars)
    return bars._adjusted


def _adjusted(bars: Bars) -> list[float | None]:
    closes = split_guarded_closes(bars)
    out: list[float | None] = [None] * len(closes)
    factor = 1.0
    for i in range(len(closes) - 1, -1, -1):
        if closes[i] is not None:
            out[i] = closes[i] * factor
        div = bars.dividends[i] if i < len(bars.dividends) else 0.0
        if _finite(div) and div > 0 and i > 0:
            prev = next((closes[j] for j in range(i - 1, -1, -1) if closes[j] is not None), None)
            if prev and 0 < div < prev:
                factor *= 1.0 - div / prev
    return out


def rebased(bars: Bars, start: date, end: date) -> list[tuple[date, float]]:
    """Adjusted closes from ``start`` to ``end`` as an index: the last close before start = 100.
    Empty when there is no close before start to rebase on (a gap, not a made-up base)."""
    adj = adjusted_closes(bars)
    base = next((a for d, a in zip(reversed(bars.dates), reversed(adj), strict=True) if d < start and a is not None), None)
    if base is None:
        return []
    return [(d, 100.0 * a / base) for d, a in zip(bars.dates, adj, strict=True)
            if start <= d <= end and a is not None]


def scaled(value: float, currency: str) -> tuple[float, str]:
    """A currency amount in a readable scale: 5.2e9 HKD -> (5.2, 'HKD bn')."""
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if abs(value) >= scale:
            return round(value / scale, 4), f"{currency} {word}"
    return round(value, 2), currency


def listing_currency(ticker: str, quote: Quote | None) -> tuple[str, float] | None:
    """(ISO currency, divisor) prices are quoted in: ('GBP', 100) for a line quoted in pence."""
    cur = quote.currency if quote else None
    if not cur:
        cur = next((c for sfx, c in SUFFIX_CURRENCY.items() if ticker.endswith(sfx)), None)
        if cur is None and "." not in ticker:
            cur = "USD"  # a bare US symbol (NVDA, ^GSPC)
    if cur in MINOR_UNITS:
        return MINOR_UNITS[cur]
    return (cur, 1.0) if cur in CURRENCIES else None


class TickerFacts:
    """Facts for one entity priced on Yahoo, with a gap for each miss: the shared part of
    equities (here) and currencies, yields and commodities (tools/markets.py)."""

    def __init__(self, entity: str, ticker: str, kind: str, start: date, end: date, as_of: date,
                 source_prefix: str = "") -> None:
        from marketdesk.brief import slug

        self.entity, self.ticker, self.kind = entity, ticker, kind
        self.start, self.end, self.as_of = start, end, as_of
        self.id = slug(entity)
        self.source = f"{source_prefix}yfinance:{ticker}"
        self.facts: list[Fact] = []
        self.gaps: list[Gap] = []

    def gap(self, metric: str, reason: str) -> None:
        self.gaps.append(Gap(entity=self.entity, metric=metric, reason=reason, source=self.source))

    def _fact(self, suffix: str, metric: str, value: float, unit: str, period: str, label: str,
              retrieved: str, **extra: object) -> None:
        self.facts.append(Fact(id=f"{self.id}_{suffix}", entity=self.entity, metric=metric, value=value,
                               unit=unit, period=period, source=self.source, label=f"{self.entity} {label}",
                               retrieved_at=retrieved, **extra))


class EquityFacts(TickerFacts):
    """A share's or an index's facts: built from its bars and quote."""

    kind: Literal["company", "index", "fund"]

    def from_bars(self, bars: Bars, quote: Quote | None, metrics: tuple[str, ...]) -> None:
        adj = adjusted_closes(bars)
        rows = [(d, c, a, v) for d, c, a, v in zip(bars.dates, bars.close, adj, bars.volume, strict=True)
                if d <= self.end and _finite(c) and a is not None]
        retrieved = bars.retrieved_at.isoformat()
        if not rows:
            for m in ("close", "price_change", "turnover"):
                if m in metrics:
                    self.gap(m, f"no price bars up to {self.end}")
            return
        last_d, last_c, last_a, _ = rows[-1]
        stale = (self.as_of - last_d).days > 7  # a suspended or delisted line stops printing bars
        is_index = self.kind == "index" or self.ticker.startswith("^") or (quote and quote.quote_type == "INDEX")
        currency = listing_currency(self.ticker, quote)
        if "close" in metrics:
            if is_index:
                self._fact("close", "close", round(last_c, 4), "pts", last_d.isoformat(), "close",
                           retrieved, stale=stale)
            elif currency:
                code, minor = currency
                self._fact("close", "close", round(last_c / minor, 4), code, last_d.isoformat(), "close",
                           retrieved, stale=stale)
            else:
                self.gap("close", "listing currency unknown or unsupported")
        if "year_high" in metrics:
            self._year_high(rows, is_index, currency, retrieved, stale)
        if "streak" in metrics or "largest_in" in metrics:
            self._sessions(rows, metrics, retrieved, stale)
        if "avg_daily_move" in metrics:
            self._avg_daily_move(rows, retrieved, stale)
        if "price_change" in metrics:
            ytd_start = date(self.end.year, 1, 1)
            spans = [("ytd", ytd_start, "price change, year to date")]
            if self.start != ytd_start:
                spans.insert(0, ("change", self.start, f"price change since {self.start.isoformat()}"))
            for suffix, start, label in spans:
                base = [a for d, _, a, _ in rows if d < start]
                if last_d < start:
                    self.gap("price_change", f"no trading since {start} (last close {last_d})")
                    continue
                if not base:
                    self.gap("price_change", f"no close before {start} to measure from (listed later?)")
                    continue
                change = (last_a / base[-1] - 1.0) * 100.0
                # how many sessions the span holds, as traded (a holiday is none): "on November 28"
                # for one, "over the two sessions to" for two, whatever the calendar says
                sessions = sum(1 for d, _, _, _ in rows if start <= d <= last_d)
                self._fact(suffix, "price_change", round(change, 4), "%",
                           f"{start.isoformat()}/{last_d.isoformat()}", label, retrieved, stale=stale,
                           adjusted="split+dividend", sessions=sessions)
        # An index's "volume" on Yahoo is shares across its members: points x shares is no value
        # traded, so an index gets no turnover fact (as it gets no P/E), and that is not a gap.
        if "turnover" in metrics and not is_index:
            traded = [c * v for d, c, _, v in rows if d >= self.start and _finite(v) and v > 0]
            if not traded:
                self.gap("turnover", "no traded volume reported in the period")
            elif not currency:
                self.gap("turnover", "listing currency unknown or unsupported")
            else:
                code, minor = currency
                value, unit = scaled(sum(traded) / len(traded) / minor, code)
                self._fact("turnover", "turnover", value, unit, f"{self.start.isoformat()}/{last_d.isoformat()}",
                           f"average daily turnover (value traded, {len(traded)} sessions)", retrieved,
                           stale=stale)

    def _year_high(self, rows, is_index: bool, currency, retrieved: str, stale: bool) -> None:
        """The highest close of the year to date, in today's terms: the adjusted series (splits
        and dividends) scaled to the last close, so a split in March is not a "high" in February.
        Its period is the day it was set, so "set on October 2" can be said and checked."""
        year = [(d, a) for d, _, a, _ in rows if d >= date(self.end.year, 1, 1)]
        if len(year) < 2:
            self.gap("year_high", f"fewer than two sessions in {self.end.year} to take a high from")
            return
        if not is_index and not currency:
            self.gap("year_high", "listing currency unknown or unsupported")
            return
        high_d, high_a = max(year, key=lambda r: (r[1], r[0]))  # the latest day, if the high was matched
        last_d, last_c, last_a = rows[-1][0], rows[-1][1], rows[-1][2]
        level = last_c * high_a / last_a
        if is_index:
            value, unit = round(level, 4), "pts"
        else:
            code, minor = currency
            value, unit = round(level / minor, 4), code
        self._fact("year_high", "year_high", value, unit, high_d.isoformat(),
                   f"highest close of {self.end.year} to {last_d.isoformat()} (adjusted)", retrieved, stale=stale)

    def _sessions(self, rows, metrics: tuple[str, ...], retrieved: str, stale: bool) -> None:
        """What the last session's move was against the sessions before it, as a wire reporter
        says it: how many sessions in a row moved the same way ("a third straight gain"), and
        over how many sessions it is the biggest move that way ("the biggest one-day fall in 23
        sessions"). Both from the adjusted closes, so an ex-dividend day is no fall. When there is
        nothing to count (a flat last session, a run of one, a count that reaches the first bar
        fetched and so is only a lower bound), the gap says which, so a brief that requires the
        figure is told why it is missing."""
        closes = [(d, a) for d, _, a, _ in rows][-(SESSION_WINDOW + 1):]
        if len(closes) < 3:
            for m in ("streak", "largest_in"):
                if m in metrics:
                    self.gap(m, f"fewer than three sessions up to {self.end} to compare the last one with")
            return
        moves = [(closes[i][0], closes[i][1] / closes[i - 1][1] - 1.0) for i in range(1, len(closes))]
        last_d, last = moves[-1]
        if last == 0:
            for m in ("streak", "largest_in"):
                if m in metrics:
                    self.gap(m, f"the last session ({last_d}) closed flat: no gain or loss to count")
            return
        up = last > 0
        way = "gain" if up else "loss"
        if "streak" in metrics:
            n = next((k for k in range(1, len(moves) + 1) if k == len(moves) or (moves[-k - 1][1] > 0) != up
                      or moves[-k - 1][1] == 0), len(moves))
            if 2 <= n < len(moves):  # a run reaching back to the first bar fetched is a lower bound: not said
                self._fact("streak", "streak", float(n if up else -n), "count",
                           f"{moves[-n][0].isoformat()}/{last_d.isoformat()}",
                           f"sessions in a row with a {way} (to {last_d.isoformat()}; negative: losses)",
                           retrieved, stale=stale)
            elif n < 2:
                self.gap("streak", f"the {last_d} {way} follows a session that went the other way or was flat: "
                                   "a run of one")
            else:
                self.gap("streak", f"the run of {way}{'s' if up else 'es'} reaches back past the {len(moves)} sessions fetched: "
                                   "only a lower bound")
        if "largest_in" in metrics:
            bigger = next((i for i in range(len(moves) - 2, -1, -1)
                           if (moves[i][1] > 0) == up and abs(moves[i][1]) >= abs(last)), None)
            # with no bigger move in the bars fetched, the count would be a lower bound: not said
            first = None if bigger is None else bigger + 1
            n = 0 if first is None else len(moves) - first
            if n >= 2:
                self._fact("largest_in", "largest_in", float(n), "count",
                           f"{moves[first][0].isoformat()}/{last_d.isoformat()}",
                           f"sessions in which the {last_d.isoformat()} one-day {way} "
                           f"({last * 100:+.2f}%) is the largest", retrieved, stale=stale)
            elif first is None:
                self.gap("largest_in", f"no bigger one-day {way} in the {len(moves)} sessions fetched: "
                                       "only a lower bound")
            else:
                self.gap("largest_in", f"the session before had a bigger one-day {way}: nothing to rank")

    def _avg_daily_move(self, rows, retrieved: str, stale: bool) -> None:
        """How far the price moves on an ordinary day: the mean of the absolute one-day changes
        over the AVG_WINDOW sessions before the last one (adjusted closes, so an ex-dividend day
        is no move). Against it a session's 0.6% reads as quiet or as news ("Neither move was out
        of the ordinary: over the past month, Microsoft and Apple have each moved 1.4% on an
        average day"). The last session is left out, so the yardstick is not the move it measures."""
        closes = [(d, a) for d, _, a, _ in rows][-(AVG_WINDOW + 2):-1]
        if len(closes) < AVG_WINDOW + 1:
            self.gap("avg_daily_move", f"fewer than {AVG_WINDOW} sessions before {rows[-1][0]} to average")
            return
        moves = [abs(closes[i][1] / closes[i - 1][1] - 1.0) * 100.0 for i in range(1, len(closes))]
        self._fact("avg_daily_move", "avg_daily_move", round(sum(moves) / len(moves), 4), "%",
                   f"{closes[1][0].isoformat()}/{closes[-1][0].isoformat()}",
                   f"average one-day move, up or down, over the {AVG_WINDOW} sessions before {rows[-1][0].isoformat()}",
                   retrieved, stale=stale, sessions=AVG_WINDOW)

    def from_quote(self, quote: Quote | None, metrics: tuple[str, ...], why_missing: str = "") -> None:
        wanted = [m for m in ("market_cap", "pe_ratio", "forward_pe", "price_to_book") if m in metrics]
        if self.kind == "index" or self.ticker.startswith("^"):
            return  # indices carry no valuation: not a gap, nothing to ask for
        if quote is None:
            for m in wanted:
                self.gap(m, why_missing or "no quote snapshot")
            return
        snap = quote.retrieved_at.date()
        retrieved = quote.retrieved_at.isoformat()
        # A snapshot is as of when it was taken, not as of the brief: its period says so.
        note = {} if abs((snap - self.as_of).days) <= 3 else {"note": f"snapshot of {snap}, brief as of {self.as_of}"}
        currency = listing_currency(self.ticker, quote)
        fields = {"market_cap": (quote.market_cap, "market capitalisation", "market_cap"),
                  "pe_ratio": (quote.trailing_pe, "trailing P/E", "pe"),
                  "forward_pe": (quote.forward_pe, "forward P/E", "forward_pe"),
                  "price_to_book": (quote.price_to_book, "price-to-book", "pb")}
        for m in wanted:
            value, label, suffix = fields[m]
            if not _finite(value):
                self.gap(m, "not reported by the provider (loss-maker, or no estimate)")
                continue
            if m == "market_cap":
                if not currency:
                    self.gap(m, "listing currency unknown or unsupported")
                    continue
                code, minor = currency  # Yahoo's marketCap is in the quote currency (pence for GBp)
                v, unit = scaled(value / minor, code)
            else:
                v, unit = round(value, 4), "x"
            self._fact(suffix, m, v, unit, snap.isoformat(), label, retrieved, stale=False, **note)
