"""DEMO DATA: a small bundled data set so the main job runs on a fresh machine.

Used when there is no network and nothing cached (and always under ``--offline``
for what the cache lacks). Every fact built from it has a source starting
``demo:`` and every output says DEMO DATA. The numbers are made up for
demonstration (see scripts/make_demo_data.py), never to be published.
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timezone
from functools import cached_property
from pathlib import Path

from tools.base import Bars, Observation, RawSeries, SeriesSpec
from tools.yfinance import quote_from_info

DATA_DIR = Path(__file__).with_name("demo_data")
PREFIX = "demo:"
NOTICE = "DEMO DATA: made-up figures for demonstration, not market data; do not publish"
# The retrieval time the demo set's facts carry: the close of its last session (quote
# snapshots are "taken" then, so a brief as of that day may cite them; an earlier brief may not).
BUILT_AT = datetime(2025, 11, 28, 21, 0, tzinfo=timezone.utc)


class DemoData:
    def __init__(self, folder: Path = DATA_DIR) -> None:
        self.folder = folder

    @cached_property
    def _prices(self) -> dict[str, list[tuple[date, float, float, float, float]]]:
        out: dict[str, list] = {}
        with open(self.folder / "prices.csv", newline="") as fh:
            for row in csv.DictReader(fh):
                out.setdefault(row["ticker"], []).append((date.fromisoformat(row["date"]), float(row["close"]),
                                                          float(row["volume"]), float(row["dividends"]),
                                                          float(row["splits"])))
        return out

    @cached_property
    def _quotes(self) -> dict[str, dict]:
        return json.loads((self.folder / "quotes.json").read_text())

    @cached_property
    def _macro(self) -> dict[str, dict]:
        return json.loads((self.folder / "macro.json").read_text())

    def bars(self, ticker: str, start: date, end: date) -> Bars | None:
        rows = [r for r in self._prices.get(ticker, ()) if start <= r[0] <= end]
        if not rows:
            return None
        return Bars(ticker=ticker, dates=[r[0] for r in rows], close=[r[1] for r in rows],
                    volume=[r[2] for r in rows], dividends=[r[3] for r in rows], splits=[r[4] for r in rows],
                    retrieved_at=BUILT_AT)

    def quote(self, ticker: str):
        info = self._quotes.get(ticker)
        return quote_from_info(ticker, info, BUILT_AT) if info else None

    def series(self, spec: SeriesSpec) -> RawSeries | None:
        doc = self._macro.get(spec.key)
        if doc is None:
            return None
        obs = [Observation(period=p, value=v) for p, v in doc["observations"]]
        return RawSeries(provider=spec.provider, code=spec.code, name=doc["name"], observations=obs,
                         retrieved_at=BUILT_AT)
