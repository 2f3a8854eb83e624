"""Pure: daily bars of a currency pair, a bond yield, a commodity or a coin -> facts.

Markets beyond equities come through the same yfinance download as shares; what
differs is what a close *is*:

- ``fx``: a rate. Yahoo's ``JPY=X`` is the dollar's price in yen (USD/JPY), ``EURUSD=X``
  the euro's price in dollars. The fact ``fx_rate`` keeps the quote as Yahoo gives it,
  in the quoting currency (``156.3 JPY``); the change is the move of the currency the
  entity names (the yen falls when USD/JPY rises), so "the yen weakened 0.8%" and "the
  yen weakened to 156.3 per dollar" both read true. The dollar index is in points.
- ``yield``: a bond yield in percent (``^TNX`` = the US 10-year). Its move is in
  percentage points (``yield_change``, written as basis points), never a percent of a
  percent.
- ``commodity``: a futures price in US dollars per its contract unit (Brent per barrel,
  gold per troy ounce, copper per pound, natural gas per million BTU).
- ``crypto``: a coin's price in dollars.

Each gets a level at the last close up to the brief's end, the change over the brief's
period and, when that is not the year, the change so far this year. A missing close is
a gap with its reason, never a zero.
"""

from __future__ import annotations

import math
import re
from datetime import date

from tools.base import Bars
from tools.equity import TickerFacts

MARKET_KINDS = ("fx", "yield", "commodity", "crypto")

# What a contract's price is per: the words a sentence uses after the price.
COMMODITY_UNITS = {"BZ=F": "a barrel", "CL=F": "a barrel", "GC=F": "an ounce", "SI=F": "an ounce",
                   "HG=F": "a pound", "NG=F": "per million British thermal units", "PL=F": "an ounce"}
_PAIR = re.compile(r"^(?:(?P<base>[A-Z]{3})(?P<quote>[A-Z]{3})|(?P<solo>[A-Z]{3}))=X$")
_YIELD_SCALE_GUARD = 25.0  # an old CBOE quote of 10x the yield ("44.1" for 4.41%) is read as such


def fx_pair(ticker: str) -> tuple[str, str] | None:
    """'JPY=X' -> ('USD', 'JPY'); 'EURUSD=X' -> ('EUR', 'USD'); the dollar index -> None."""
    m = _PAIR.match(ticker)
    if m is None:
        return None
    if m.group("solo"):
        return "USD", m.group("solo")
    return m.group("base"), m.group("quote")


def _finite(x: float | None) -> bool:
    return x is not None and not math.isnan(x) and not math.isinf(x)


class MarketFacts(TickerFacts):
    """Facts for one market entity (a pair, a yield, a future, a coin) from its bars."""

    def level(self) -> tuple[str, str, int, bool]:
        """(metric, unit, decimals, inverted): how this market's close is stated."""
        if self.kind == "fx":
            pair = fx_pair(self.ticker)
            if pair is None:
                return "fx_index", "pts", 2, False  # the dollar index
            base, quote = pair
            # The entity names the non-dollar side: USD/JPY is a fact about the yen, priced in yen.
            return "fx_rate", quote, 2 if quote in ("JPY", "INR", "KRW", "CNY", "RUB") and base == "USD" else 4, \
                base == "USD"
        if self.kind == "yield":
            return "bond_yield", "%", 3, False
        if self.kind == "commodity":
            return "commodity_price", "USD", 2, False
        return "close", "USD", 2, False

    def from_bars(self, bars: Bars) -> None:
        rows = [(d, c) for d, c in zip(bars.dates, bars.close, strict=True) if d <= self.end and _finite(c)]
        metric, unit, places, inverted = self.level()
        retrieved = bars.retrieved_at.isoformat()
        if not rows:
            self.gap(metric, f"no closes up to {self.end}")
            return
        if self.kind == "yield" and rows[-1][1] > _YIELD_SCALE_GUARD:
            rows = [(d, c / 10.0) for d, c in rows]
        last_d, last_c = rows[-1]
        stale = (self.as_of - last_d).days > 7
        pair = fx_pair(self.ticker)
        what = {"fx_rate": f"rate, {pair[0]}/{pair[1]} ({pair[1]} per {pair[0]})" if pair else "",
                "fx_index": "level", "bond_yield": "yield", "commodity_price": "price (front-month future)",
                "close": "price"}[metric]
        self._fact("level", metric, round(last_c, places), unit, last_d.isoformat(), what, retrieved, stale=stale)
        ytd = date(self.end.year, 1, 1)
        spans = [("ytd", ytd, "year to date")]
        if self.start != ytd:
            spans.insert(0, ("change", self.start, f"since {self.start.isoformat()}"))
        for suffix, start, words in spans:
            base = [c for d, c in rows if d < start]
            if last_d < start:
                self.gap(metric, f"no close since {start} (last {last_d})")
                continue
            if not base:
                self.gap(metric, f"no close before {start} to measure from")
                continue
            period = f"{start.isoformat()}/{last_d.isoformat()}"
            if self.kind == "yield":
                self._fact(suffix, "yield_change", round(last_c - base[-1], 4), "pp", period,
                           f"yield change, {words}", retrieved, stale=stale)
            elif inverted:
                # USD/JPY from 150 to 156: the yen buys 1/156 of a dollar instead of 1/150, down 3.8%
                change = (base[-1] / last_c - 1.0) * 100.0
                self._fact(suffix, "price_change", round(change, 4), "%", period,
                           f"change against the US dollar, {words} (from {pair[0]}/{pair[1]})", retrieved,
                           stale=stale)
            else:
                change = (last_c / base[-1] - 1.0) * 100.0
                self._fact(suffix, "price_change", round(change, 4), "%", period, f"change, {words}", retrieved,
                           stale=stale)
