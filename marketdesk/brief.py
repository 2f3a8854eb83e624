"""A brief: what a piece is about, as a small YAML file, validated once at the edge.

The brief names the entities (with their tickers), the economies and macro metrics
to bring in, the metric keys the piece must state (``required``), the house style
and the length. ``load_brief`` turns any problem into one line that names the
field: ``briefs/x.yaml: entities[1].ticker: ...``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from marketdesk.errors import BriefError

# What `tools/` can compute for an entity with a ticker; a brief may ask for fewer.
EQUITY_METRICS = ("close", "price_change", "turnover", "market_cap", "pe_ratio", "forward_pe", "price_to_book",
                  "year_high", "streak", "largest_in", "avg_daily_move")
# The default: all but the average daily move, which a brief about a session asks for
DEFAULT_EQUITY_METRICS = tuple(m for m in EQUITY_METRICS if m != "avg_daily_move")
# What a market entity's facts are (tools/markets.py): its level and its move.
MARKET_METRICS = {"fx": ("fx_rate", "fx_index", "price_change"), "yield": ("bond_yield", "yield_change"),
                  "commodity": ("commodity_price", "price_change"), "crypto": ("close", "price_change")}
_TICKER = re.compile(r"^\^?[A-Z0-9][A-Z0-9.=\-]{0,19}$")
_ABOUT = re.compile(r"[A-Za-z][A-Za-z' \-]*[A-Za-z]")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


def slug(name: str) -> str:
    """An id fragment from a name: "Hang Seng Tech" -> "hang_seng_tech"."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "x"


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start: date
    end: date | None = Field(default=None, description="defaults to the brief's as_of")


class BriefEntity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1, max_length=120)
    ticker: str | None = Field(default=None, description="Yahoo Finance symbol, e.g. 0981.HK, ^GSPC")
    kind: Literal["company", "index", "fund", "fx", "yield", "commodity", "crypto"] = Field(
        default="company", description="fx: a currency pair (JPY=X, EURUSD=X); yield: a bond yield (^TNX); "
        "commodity: a future (BZ=F, GC=F); crypto: a coin (BTC-USD)")
    aliases: tuple[str, ...] = ()
    about: str | None = Field(
        default=None, min_length=3, max_length=60,
        description="a few words that introduce the name to a reader the first time the draft names it "
        "('the AI-chip designer'); words only: a figure here would have no fact behind it")

    @field_validator("about")
    @classmethod
    def _about_words(cls, v: str | None) -> str | None:
        if v is not None and not _ABOUT.fullmatch(v):
            raise ValueError(f"about {v!r} must be a few plain words (letters, spaces, hyphens), "
                             "e.g. 'the AI-chip designer'; no figures, markup or punctuation")
        return v

    @field_validator("ticker")
    @classmethod
    def _ticker_shape(cls, v: str | None) -> str | None:
        if v is not None and not _TICKER.match(v.upper()):
            raise ValueError(f"{v!r} is not a Yahoo Finance symbol (e.g. 0981.HK, 688256.SS, ^GSPC)")
        return v.upper() if v else v


class MacroItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    economy: str = Field(min_length=1, description="as named in tools/catalogue.yaml, e.g. China, US")
    metrics: tuple[str, ...] = Field(min_length=1)


class Length(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_words: int = Field(default=500, ge=50)
    max_words: int = Field(default=900, le=5000)

    @model_validator(mode="after")
    def _ordered(self) -> Length:
        if self.max_words < self.min_words:
            raise ValueError("max_words is below min_words")
        return self


class Brief(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(description="lower-case slug, unique per desk: file names and run keys use it")
    title: str = Field(min_length=1, max_length=200)
    topic: str = Field(default="", max_length=2000, description="what the piece should argue; untrusted text")
    as_of: date
    period: Period
    entities: tuple[BriefEntity, ...] = ()
    equity_metrics: tuple[str, ...] = DEFAULT_EQUITY_METRICS
    macro: tuple[MacroItem, ...] = ()
    required: tuple[str, ...] = Field(default=(), description="metric keys the piece must state")
    news: bool = Field(default=True, description="fetch dated headlines for the brief's companies (Yahoo Finance)")
    style: str = Field(default="ainvest", pattern=r"^[a-z0-9_-]+$")
    length: Length = Length()

    @field_validator("id")
    @classmethod
    def _id_slug(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(f"{v!r} is not a slug: lower-case letters, digits and '-'")
        return v

    @field_validator("equity_metrics")
    @classmethod
    def _known_equity(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for m in v:
            if m not in EQUITY_METRICS:
                raise ValueError(f"unknown equity metric {m!r}; known: {', '.join(EQUITY_METRICS)}")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Brief:
        if self.period.end is None:
            object.__setattr__(self, "period", Period(start=self.period.start, end=self.as_of))
        if self.period.end > self.as_of:
            raise ValueError("period.end is after as_of: a brief cannot cover days it has no data for")
        if self.period.start > self.period.end:
            raise ValueError("period.start is after period.end")
        for field, names in (("entities", [slug(e.name) for e in self.entities]),
                             ("macro", [slug(m.economy) for m in self.macro])):
            dupes = sorted({n for n in names if names.count(n) > 1})
            if dupes:
                raise ValueError(f"{field}: two items share the id {dupes[0]!r}; merge or rename them")
        asked = set(self.equity_metrics if any(e.ticker and e.kind in ("company", "index", "fund")
                                               for e in self.entities) else ())
        asked |= {m for e in self.entities if e.ticker for m in MARKET_METRICS.get(e.kind, ())}
        asked |= {m for item in self.macro for m in item.metrics}
        for key in self.required:
            if key not in asked:
                raise ValueError(f"required: {key!r} is not a metric this brief fetches")
        return self

    @property
    def end(self) -> date:
        assert self.period.end is not None  # set by the validator
        return self.period.end

    @property
    def tickers(self) -> list[str]:
        return [e.ticker for e in self.entities if e.ticker]


def _field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_brief(path: str | Path) -> Brief:
    """Read and validate a brief file; any problem is a one-line `BriefError` naming the field."""
    import yaml

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BriefError(str(p), "no such file", "give the path of a brief YAML file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise BriefError(str(p), f"cannot read: {err}", "a brief is a UTF-8 YAML file") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        what = f" ({err.problem})" if getattr(err, "problem", None) else ""
        raise BriefError(str(p), f"not valid YAML{where}{what}", "check indentation and quoting") from None
    if not isinstance(data, dict):
        raise BriefError(str(p), "a brief must be a YAML mapping (id:, title:, as_of: ...)", "see briefs/")
    brief = parse_brief(data, str(p))
    check_macro_keys(brief, str(p))
    check_not_future(brief, str(p))
    return brief


def check_not_future(brief: Brief, where: str, today: date | None = None) -> None:
    """A brief dated after today would be drafted from today's data and called clean."""
    today = today or date.today()
    if brief.as_of > today:
        raise BriefError(where, f"as_of {brief.as_of} is after today ({today}): there is no data for it yet",
                         "use today's date or an earlier one")


def check_macro_keys(brief: Brief, where: str) -> None:
    """A misspelt economy or metric key would silently drop a section: refuse it, with the
    nearest key the catalogue has. An economy the catalogue does not cover at all (no near
    spelling) is not a typo: its gap is reported in the draft."""
    from difflib import get_close_matches

    from tools.catalogue import load_catalogue

    cat = load_catalogue()
    names = [*cat.economies, *(a for e in cat.economies.values() for a in e.aliases)]
    metrics = sorted({s.metric for s in cat.series})
    for i, m in enumerate(brief.macro):
        if cat.canonical_economy(m.economy) is None:
            near = get_close_matches(m.economy, names, n=1, cutoff=0.75)
            if near:
                raise BriefError(where, f"macro[{i}].economy: unknown economy {m.economy!r} (did you mean {near[0]!r}?)",
                                 "fix the spelling")
        for key in m.metrics:
            if key not in metrics:
                near = get_close_matches(key, metrics, n=1, cutoff=0.6)
                hint = f" (did you mean {near[0]!r}?)" if near else f"; known: {', '.join(metrics)}"
                raise BriefError(where, f"macro[{i}].metrics: unknown metric {key!r}{hint}", "fix the key")


def parse_brief(data: dict, where: str = "brief") -> Brief:
    try:
        return Brief.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = _field_path(first["loc"])
        msg = first["msg"].removeprefix("Value error, ")
        problem = f"{field}: {msg}" if field else msg
        more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
        raise BriefError(where, problem + more, "fix the field and run again") from None
