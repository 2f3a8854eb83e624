"""The public contract: evidence bundles in, findings out.

See ``shared/specs/evidence-and-findings.md``. Field names and meanings here are
a contract other tools are written against: add fields, never rename or drop.
Input models allow extra fields (a producer may add its own, e.g. ``stale``) but
validate every contract field strictly: a value that is not a finite number, an
unknown unit, a malformed period or a duplicate fact id is refused.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timezone
from typing import Annotated, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    field_validator,
    model_validator,
)

# ISO 4217 codes a bundle may carry; a unit outside this list and the fixed units
# is refused as unknown, so a typo ("UDS bn") fails loudly instead of grounding nothing.
CURRENCIES = frozenset(
    "USD HKD CNY CNH EUR GBP JPY KRW TWD SGD AUD CAD CHF INR IDR MYR THB PHP VND "
    "NZD SEK NOK DKK PLN CZK HUF TRY ZAR BRL MXN CLP COP PEN ARS RUB SAR AED QAR "
    "KWD ILS EGP NGN KES PKR BDT".split()
)
# Every active ISO 4217 code (and CNH, offshore yuan), for the contract's units: a bundle about
# Colombo or Accra is as valid as one about Hong Kong. CURRENCIES above is the smaller set the
# checker also reads as a code in prose ("Revenue in USD"); a code such as AMD or ALL is a
# company or a word there far more often than a currency.
ISO_4217 = CURRENCIES | frozenset(
    "AFN ALL AMD ANG AOA AWG AZN BAM BBD BGN BHD BIF BMD BND BOB BOV BSD BTN BWP BYN BZD CDF CHE CHW "
    "CLF COU CRC CUC CUP CVE DJF DOP DZD ERN ETB FJD FKP GEL GHS GIP GMD GNF GTQ GYD HNL HTG IQD IRR "
    "ISK JMD JOD KGS KHR KMF KPW KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR "
    "MVR MWK MXV MZN NAD NIO NPR OMR PAB PGK PYG RON RSD RWF SBD SCR SDG SHP SLE SLL SOS SRD SSP STN "
    "SVC SYP SZL TJS TMT TND TOP TTD TZS UAH UGX USN UYI UYU UYW UZS VED VES VUV WST XAF XAG XAU XCD "
    "XCG XDR XOF XPD XPF XPT YER ZMW ZWG ZWL".split()
)
SCALES = {"": 1.0, "k": 1e3, "mn": 1e6, "bn": 1e9, "tn": 1e12}
FIXED_UNITS = frozenset({"%", "pp", "x", "pts", "count"})

_PERIOD = re.compile(
    r"^(?:(?P<date>\d{4}-\d{2}-\d{2})|(?P<month>\d{4}-\d{2})|(?P<quarter>\d{4}-Q[1-4])"
    r"|(?P<year>\d{4})|(?P<interval>\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}))$"
)

FiniteNumber = Annotated[float, Strict(), Field(allow_inf_nan=False)]


def parse_unit(unit: str) -> tuple[str, float]:
    """Split a contract unit into (family, scale): "CNY bn" -> ("CNY", 1e9), "%" -> ("%", 1)."""
    if unit in FIXED_UNITS:
        return unit, 1.0
    code, _, scale = unit.partition(" ")
    if code in ISO_4217 and scale in SCALES:
        return code, SCALES[scale]
    raise ValueError(
        f"unknown unit {unit!r}: use %, pp, x, pts, count, or a currency code "
        f"with an optional scale (k, mn, bn, tn), e.g. 'CNY bn'"
    )


_SPAN_END = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}-Q[1-4]|\d{4})$")


def period_bounds(period: str) -> tuple[date, date]:
    """The first and last day a checked period covers: '2025-11-30', '2025-10', '2025-Q3', '2025',
    '2025-01-01/2025-12-31' (the checker reads every fact's period through this)."""
    if "/" in period:
        a, b = period.split("/")
        return date.fromisoformat(a), date.fromisoformat(b)
    if "-Q" in period:
        y, q = int(period[:4]), int(period[-1])
        return date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if len(period) == 4:
        return date(int(period), 1, 1), date(int(period), 12, 31)
    if len(period) == 7:
        y, m = int(period[:4]), int(period[5:7])
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    d = date.fromisoformat(period)
    return d, d


def check_period(period: str) -> str:
    m = _PERIOD.match(period)
    if not m and period.count("/") == 1:
        # "2010-10/2011-01", "2024-Q1/2024-Q3", "2023/2024": a span of whole months, quarters or
        # years, which bundles written by hand use; read as the days it covers, so that every
        # rule compares one form of span
        a, b = period.split("/")
        start = end = None
        if _SPAN_END.match(a) and _SPAN_END.match(b):
            try:
                start, end = period_bounds(a)[0], period_bounds(b)[1]
            except ValueError:  # "2025-13": no such month
                pass
        if end is not None:
            if end < start:
                raise ValueError(f"interval {period!r} ends before it starts")
            return f"{start.isoformat()}/{end.isoformat()}"
    if not m:
        raise ValueError(
            f"period {period!r} is not a date, month (2025-10), quarter (2025-Q3), "
            "year (2025) or interval (2025-01-01/2025-12-31, or of months: 2025-01/2025-03)"
        )
    try:
        if m["date"]:
            date.fromisoformat(m["date"])
        elif m["month"]:
            date.fromisoformat(m["month"] + "-01")
        elif m["interval"]:
            a, b = (date.fromisoformat(p) for p in m["interval"].split("/"))
            if b < a:
                raise ValueError(f"interval {period!r} ends before it starts")
    except ValueError as err:
        raise ValueError(f"period {period!r}: {err}") from None
    return period


class Entity(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    name: str = Field(min_length=1, description="canonical name a draft may use")
    aliases: tuple[str, ...] = Field(default=(), description="other names, tickers count too")


class Fact(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    id: str = Field(min_length=1, description="unique within the bundle")
    entity: str = Field(min_length=1, description="company, index, economy or market")
    metric: str = Field(min_length=1, description="price_change, close, cpi_yoy, gdp_yoy ...")
    value: FiniteNumber = Field(description="a number, in `unit`")
    unit: str = Field(description="%, pp, x, pts, count, or a currency code with scale")
    period: str = Field(description="date, month, quarter, year or interval")
    source: str = Field(pattern=r"^[A-Za-z0-9_.-]+:.+", description="provider:series-or-ticker")
    label: str | None = None

    @field_validator("unit")
    @classmethod
    def _unit_known(cls, v: str) -> str:
        parse_unit(v)
        return v

    @field_validator("period")
    @classmethod
    def _period_ok(cls, v: str) -> str:
        return check_period(v)


class Report(BaseModel):
    """A dated headline about an entity and who published it: evidence a draft may quote word for
    word, in quotation marks, with its publisher and date. It carries no number to restate: a
    figure inside the quotation is the publisher's, and outside it needs a fact like any other."""

    model_config = ConfigDict(frozen=True)
    id: str = Field(min_length=1, description="unique within the bundle, facts included")
    entity: str = Field(min_length=1)
    title: str = Field(min_length=1, max_length=300, description="the headline as published (cleaned of markup)")
    publisher: str = Field(min_length=1, max_length=100)
    published: AwareDatetime = Field(description="with its offset; kept in UTC, the zone every output says")
    url: str | None = Field(default=None, pattern=r"^https?://[^\s<>()\[\]{}\"'`\\]+$")
    source: str = Field(pattern=r"^[A-Za-z0-9_.-]+:.+", description="provider:ticker")

    @field_validator("published")
    @classmethod
    def _in_utc(cls, v: datetime) -> datetime:
        return v.astimezone(timezone.utc)


class EvidenceBundle(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    as_of: date
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...]
    required: tuple[str, ...] = ()
    reports: tuple[Report, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> EvidenceBundle:
        seen: set[str] = set()
        for item in (*self.facts, *self.reports):
            if item.id in seen:
                raise ValueError(f"duplicate fact id {item.id!r}: fact and report ids must be unique")
            seen.add(item.id)
        return self


Kind = Literal[
    "ungrounded_figure",
    "mismatched_figure",
    "wrong_direction",
    "wrong_period",
    "unsupported_entity",
    "dropped_figure",
    "placeholder",
    "unitless_figure",
    "missing_required",
    "unchecked_language",
]
Severity = Literal["error", "warning"]


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str
    kind: Kind
    severity: Severity
    start: int | None = Field(description="character offset into the draft, inclusive")
    end: int | None = Field(description="character offset, exclusive")
    line: int | None = None
    col: int | None = None
    text: str | None = None
    message: str
    fact_ids: list[str] = Field(default_factory=list)
    metric: str | None = Field(default=None, description="for whole-draft findings")


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")
    figures: int = 0
    grounded: int = 0
    errors: int = 0
    warnings: int = 0


class Findings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    findings: list[Finding] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]
