"""What crosses between the data tools: series specs, raw observations, bars, gaps.

Fetchers follow three steps (see shared/STYLE.md): ``extract`` is the one network
call, ``transform`` is pure and tested on recordings. These models are what
``transform`` returns and what the SQLite cache stores, so a warm run rebuilds the
bundle without the network and without pandas.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

# The observation periods we can place in time: 2025, 2025-Q3, 2025-10, 2025-10-31.
OBS_PERIOD = re.compile(r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$")

Frequency = Literal["daily", "monthly", "quarterly", "annual"]

# How long after its period ends a figure is still current news. Past this, a fact is
# marked stale. Monthly data is out 2-6 weeks after the month; annual data up to a year.
STALE_AFTER_DAYS: dict[str, int] = {"daily": 7, "monthly": 75, "quarterly": 135, "annual": 550}


class SeriesSpec(BaseModel):
    """One catalogue row: metric + economy -> a provider's series and how to read it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    metric: str
    economy: str
    provider: Literal["dbnomics", "worldbank"]
    code: str = Field(description="DBnomics 'P/D/S' id, or World Bank 'INDICATOR/ISO3'")
    unit: str
    frequency: Frequency
    label: str
    transform: Literal["none", "index_minus_100", "yoy_from_index"] = "none"
    scale: float = Field(default=1.0, description="multiply raw values by this (e.g. 1e-3 for mn -> bn)")
    stale_after_days: int | None = None
    verified: bool = Field(default=False, description="code, unit and transform confirmed against the "
                           "provider's published metadata (the row's comment cites where)")

    @property
    def key(self) -> str:
        return f"{self.provider}:{self.code}"

    @property
    def staleness_days(self) -> int:
        return self.stale_after_days or STALE_AFTER_DAYS[self.frequency]


class Observation(BaseModel):
    model_config = ConfigDict(frozen=True)
    period: str = Field(description="contract period: 2025-10, 2025-Q3, 2025, 2025-10-31")
    value: float | None = Field(description="None where the provider has no value ('NA')")


class RawSeries(BaseModel):
    """A series as the provider gave it, before the catalogue's transform."""

    provider: str
    code: str
    name: str = ""
    observations: list[Observation]
    retrieved_at: datetime


class Bars(BaseModel):
    """One ticker's daily bars: raw closes (Yahoo's Close: split- but not dividend-adjusted)."""

    ticker: str
    dates: list[date]
    close: list[float | None]
    volume: list[float | None]
    dividends: list[float]
    splits: list[float]
    retrieved_at: datetime
    _adjusted: list[float | None] | None = PrivateAttr(default=None)  # tools.equity.adjusted_closes, once

    @model_validator(mode="after")
    def _aligned(self) -> Bars:
        n = len(self.dates)
        if any(len(x) != n for x in (self.close, self.volume, self.dividends, self.splits)):
            raise ValueError(f"{self.ticker}: bar columns of unequal length")
        return self


class Quote(BaseModel):
    """A ticker's snapshot from Yahoo's quote summary (``Ticker.info``): any field may be absent."""

    ticker: str
    name: str | None = None
    currency: str | None = None
    quote_type: str | None = None
    market_cap: float | None = None
    trailing_pe: float | None = None
    forward_pe: float | None = None
    price_to_book: float | None = None
    retrieved_at: datetime


class Gap(BaseModel):
    """A figure the data could not supply, and why. Never a zero, never a NaN."""

    model_config = ConfigDict(frozen=True)
    entity: str
    metric: str
    reason: str
    source: str | None = None
    required: bool = False


@lru_cache(maxsize=65536)  # a series' periods repeat on every run over the same cache
def period_bounds(period: str) -> tuple[date, date]:
    """First and last day a contract period covers: '2025-Q3' -> (2025-07-01, 2025-09-30)."""
    if "/" in period:
        a, b = period.split("/")
        return date.fromisoformat(a), date.fromisoformat(b)
    if len(period) == 10:
        d = date.fromisoformat(period)
        return d, d
    year = int(period[:4])
    if len(period) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    first, last = (int(period[6]) * 3 - 2, int(period[6]) * 3) if period[5] == "Q" else (int(period[5:7]),) * 2
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def after_cutoff(fact, as_of: date) -> bool:
    """Whether a fact's period begins after ``as_of`` (a quote snapshot taken the day after):
    such a fact may not be cited in a piece as of that day."""
    return period_bounds(fact.period)[0] > as_of


def period_end(period: str) -> date:
    """Last day a contract period covers: '2025-10' -> 2025-10-31, '2025-Q3' -> 2025-09-30."""
    return period_bounds(period)[1]
