"""The grounding decision for one figure in context: which G-finding, if any.

Order (most specific first): an unknown name as the figure's subject (G005); a
value the evidence supports for the figure's entity and metric but in another
period (G004) or with the opposite direction (G003); a value that differs from the
entity's and metric's fact (G002); no support at all (G001). A bare number that
matches a currency or percentage fact is returned for M003 (unitless_figure).
The rules and their documentation live in ``evals/rules/grounding.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property
from types import MappingProxyType

from evals import rx
from evals.context import FOR_TOPIC, SIGN_WORD_BEFORE, FigureContext
from evals.entities import _DETERMINERS
from evals.periods import (_ORD, AS_OF_BEFORE, agree, agree_change, fact_interval, find_periods, month_interval,
                           quarter_ending, shift_month)
from evals.rules.grounding import (BETTER_WORD, MismatchedFigure, UngroundedFigure, UnsupportedEntity, WrongDirection,
                                   WrongPeriod)
from evals.figures import VOLUME_UNITS, extract_figures
from evals.support import FactIndex, Support, fact_family, fact_name, interval, quoted_against_itself, unit_family
from marketdesk.models import Fact, Finding

# "to a 1.6% gain": a move named after the figure, not a level reached
_MOVE_NOUN_AFTER = rx.compile(r"\s+(?:gains?|rises?|increases?|drops?|falls?|declines?|loss(?:es)?|jumps?|slides?)\b", re.I)


@dataclass(slots=True)
class Verdict:
    finding: Finding | None
    support: Support | None = None
    unitless: Support | None = None  # a bare number that matches a currency/percent fact
    peers: tuple[Fact, ...] = ()


def _num(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def describe(s: Support) -> str:
    f = s.fact
    if s.how in ("fact", "signed_fact"):
        return f"{f.id} = {_num(f.value)} {f.unit}"
    if s.how == "multiple":
        return f"{f.id} = {_num(f.value)} {f.unit} (x{s.value:.2f})"
    if s.how == "hundredths":
        return f"{f.id} = {_num(f.value)} {f.unit} (x100 = {_num(round(s.value, 6))})"
    a, b = s.facts
    return f"{s.how} {a.id} -> {b.id} = {_num(round(s.value, 4))} {s.family}"


# the days a company's quarter spans, start to end: thirteen weeks, or up to sixteen (a British grocer's third
# quarter runs from September to early January)
_COMPANY_QUARTER_DAYS = range(80, 116)


def _upcoming_same_month(said: tuple[date, date], period: str, as_of: date) -> bool:
    """The fact's period is the month said, in the twelve months after the evidence's date."""
    a, b = fact_interval(period)
    return a.day == 1 and (b - a).days < 31 and a.month == said[0].month and as_of < a <= as_of + timedelta(days=366)


def _upcoming_same_day(said: tuple[date, date], period: str, as_of: date) -> bool:
    """The fact's period is the day said (month and day), in the twelve months after the evidence's date."""
    a, b = fact_interval(period)
    return a == b and said[0] == said[1] and (a.month, a.day) == (said[0].month, said[0].day) \
        and as_of < a <= as_of + timedelta(days=366)


def period_finding(text: str, fig, span_text: str, p, s: Support, note: str = "", severity: str | None = None):
    """The wrong-period finding for a figure whose value is ``s`` but whose words name ``p``: the span
    runs from the figure to the period, whichever comes first."""
    start, end = min(fig.start, p.start), max(fig.end, p.end)
    return WrongPeriod.finding(
        start, end, text[start:end],
        f"{span_text} is {describe(s)} for {s.fact.period}, but the text puts it in {text[p.start:p.end]!r}{note}",
        [f.id for f in s.facts], severity=severity)


def families(fig) -> list[str]:
    if fig.unit == "percent":
        return ["percent"]
    if fig.unit == "pp":
        return ["pp"]
    if fig.unit == "points":
        return ["points", "pp"]
    if fig.unit == "multiple":
        # "fuel prices were adjusted 19 times": a whole number of times may count events
        return ["multiple", "count"] if not fig.is_word and fig.step >= 1 and fig.value >= 2 else ["multiple"]
    if fig.unit == "rate":  # an exchange rate: compared as written, any currency
        return ["raw"]
    if fig.unit.startswith("currency:"):
        return ["currency:" + c for c in fig.unit[9:].split("|")]
    return ["points", "count", "multiple"]


_RATE_MOVE = rx.compile(r"\brates?\s+(?:hikes?|cuts?|increases?|rises?|reductions?)\s+(?:of|by)\s+(?:about\s+|nearly\s+|another\s+)?$"
                        r"|\b(?:raised|cut|lowered|hiked|reduced|trimmed|increased|decreased|lifted)\s+(?:its\s+|the\s+|their\s+)?(?:\w+\s+){0,2}rates?"
                        r"\s+(?:by\s+)?(?:another\s+)?$", re.I)
# "4.5 percentage points ahead of the S&P 500's 16.45%": a gap between two figures, named after it
_GAP_AFTER = rx.compile(r"\s+(?:ahead|behind|above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|better|worse|short|over|under)\b", re.I)
# "pricing in a 0.25% hike", "a 0.5% rate cut": the size of a rate move, named after it
_RATE_MOVE_AFTER = rx.compile(r"\s+(?:(?:interest[\s-])?rates?\s+(?:hike|cut|increase|rise|reduction)|hike|cut)s?\b", re.I)
# "Construction contributed 0.5 per cent to the GDP result": a contribution to growth is in
# percentage points, whatever the copy calls it
_CONTRIBUTED = rx.compile(r"\b(?:contribut(?:ed|ing|es)|subtracted|detracted)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
# Stems that name the same measure: a share's price change is its return.
_SAME_STEM = {"return": "price", "returns": "price", "performance": "price", "sales": "revenue",
              "nim": "margin"}  # a bank's net interest margin, as its key often abbreviates it
_LEVELS = frozenset({"commodity_price", "fx_rate", "bond_yield", "fx_index"})
_METRIC_SPANS = frozenset({"change", "growth", "total", "level", "value"})
_QUALIFIERS = frozenset({"core", "headline", "real", "nominal", "official", "total", "net", "gross"})


def _precise(fig) -> bool:
    """A figure precise enough that an exact match with a fact is no coincidence: a decimal
    ("67.6"), or an unround number of three or more digits ("1,263")."""
    if fig.is_word or fig.hi is not None:
        return False
    v = abs(fig.value)
    return (fig.step < 1 and v >= 1) or (v >= 100 and v % 10 != 0)


def _week_near(iv, a, b) -> bool:
    """A span of five to nine days that ends within two days of the week the words name and
    shares at least five days with it."""
    return 4 <= (b - a).days <= 8 and abs((b - iv[1]).days) <= 2 and (min(b, iv[1]) - max(a, iv[0])).days >= 4


def _fiscal_half(iv, period: str, offsets=(1, 2, 3, 6, 9)) -> bool:
    """The fact is a six-month span that starts one, two, three, six or nine months after the calendar
    half the words name: the same half of a fiscal year that starts in February (Inditex's, Walmart's),
    March, April, July or October."""
    a, b = fact_interval(period)
    months = (a.year - iv[0].year) * 12 + a.month - iv[0].month
    return a.day == 1 and 170 <= (b - a).days <= 190 and months in offsets


def metric_match(M, metric: str) -> bool:
    """A fact's metric answers the words' metric: the same key, or the same stem
    ("gdp_yoy" and "gdp_qoq_ann", "cpi_yoy" and "core_cpi_yoy")."""
    if not M or metric in M:
        return True
    if "close" in M and metric in _LEVELS:
        return True  # "Brent ... to close at $31.74 a barrel": a market's level answers "close"
    # "price_to_book" is a measure of book value, not of price: its stem is its last word (a P/B
    # of 3.4 was compared with the index's -5% move as a multiple, x0.95)
    # and "debt_to_gdp" is a measure of debt, GDP its yardstick: "the economy grew 120.8%" with the
    # debt ratio's value is no reading of growth (the plant's "same entity, another measure")
    parts = {metric.split("_")[-1]} if metric.startswith("price_to_") else \
        set(metric.split("_to_")[0].split("_")) if "_to_" in metric else set(metric.split("_"))
    parts |= {_SAME_STEM.get(p, p) for p in parts}
    for key in M:
        stem = key.split("_")[-1] if key.startswith("price_to_") else \
            next((t for t in key.split("_") if t not in _QUALIFIERS), "")
        if stem and _SAME_STEM.get(stem, stem) in parts:
            return True
    return False


def _peer_supports(facts: list[Fact], fams: list[str], is_change) -> list[Support]:
    out = []
    for f in facts:
        fam, scale = fact_family(f)
        if fam in fams:
            out.append(Support(f.value * scale, fam, (f,), "signed_fact" if is_change(f.metric) else "fact"))
        if "multiple" in fams and fam == "percent" and is_change(f.metric):
            out.append(Support(1 + f.value / 100.0, "multiple", (f,), "multiple"))
    return out


@dataclass(slots=True)
class Query:
    """What one figure asks of the evidence: who (E), which metric (M), which values."""

    fc: FigureContext
    E: str | None
    M: set[str] | None
    inferred: bool  # E came from the metric's only owner, not from the text
    lo: float
    hi: float
    bare: bool
    fams: list[str]
    ranges: list[tuple[str, float, float]]
    fsign: int
    counted: bool = False  # a bare whole number of things ("40 stocks"): compared with counts only


class Judge:
    """Decides, for one figure in context, which grounding finding (if any) it gets."""

    def __init__(self, index: FactIndex, text: str, subject_gap, conventions: dict[str, list[float]],
                 direction_words: Mapping[str, int] = MappingProxyType({})) -> None:
        self.direction_words = direction_words  # word -> the way it says a figure moved (+1, -1)
        self._fiscal: bool | None = None  # whether the story counts in fiscal years (read once)
        self._fy: tuple[int, int] | None = None  # the fiscal calendar its labelled quarters use (read once)
        self._ordinal: int | None = None  # the quarter the story names most by its count alone (read once; 0: none)
        self._labelled: tuple[int, int] | None = None  # the fiscal calendar of its "Q1 2018" labels (read once)
        self._ends: list[re.Match] | None = None  # its "quarter ended September 30" phrases (read once)
        self._digit_tables: dict[tuple[str, int, float], dict[str, list[Fact]]] = {}
        self._by_family: dict[str, list[Fact]] | None = None
        self._levels_in: frozenset[str] | None = None  # units the evidence gives a level (not a move) in (read once)
        self.idx = index
        self.text = text
        self.subject_gap = subject_gap
        self.conventions = conventions

    def _level_units(self) -> frozenset[str]:
        if self._levels_in is None:
            self._levels_in = frozenset(f.unit for f in self.idx.by_id.values() if not self.idx.is_change(f.metric))
        return self._levels_in

    def __call__(self, fc: FigureContext) -> Verdict:
        fig = fc.fig
        span_text = self.text[fig.start:fig.end]
        if fc.unknown is not None and not fc.attribution_unknown and not self._metric_word(fc.unknown.text):
            u = fc.unknown
            if _SEGMENT_BEFORE.search(self.text, max(fc.sentence.start, u.start - 60), u.start):
                # "Exploration profit in the U.S. fell 35%", "Sales outside Korea stood at 622,644 units",
                # "Profit from producing oil and natural gas fell 46%": a place or a product that marks
                # out a company's segment, not the subject; where the bundle holds the value exactly,
                # it is that segment's figure
                q = self._query(fc)
                held = self._as_written(q)
                if len({x.fact.id for x in held}) == 1:
                    return self._grounded(fc, held[0], span_text, q.bare, q.M, q.E)
            return Verdict(UnsupportedEntity.about(u.start, fig.end, self.text[u.start:fig.end], u.text, span_text))
        if fc.fig.unit_given is False and fig.scale == 1.0 and not fig.is_word and fig.step >= 1 \
                and not fig.explicit_sign and _labelled(self.text, fig):
            # "Issue 02, 2024", "session 728": a label, even where a change of 2 is in the evidence
            return Verdict(None)
        q = self._query(fc)
        consistent = self._consistent(q)
        if not consistent and q.bare and fig.scale == 1.0 and not fig.is_word:
            consistent = self._in_hundredths(q)
        if not consistent and q.bare and fig.scale == 1.0 and not fig.is_word and fig.step < 1 and q.E is not None:
            # "the number out of work stood at 1.75", "vacancies fell ... to 1.0": the entity's count or
            # amount of exactly that many millions (or thousands, billions), its scale word dropped
            scaled = self._scale_dropped(q)
            if scaled is not None:
                return Verdict(None, support=scaled, unitless=scaled)
        if not consistent and any(q.lo <= c <= q.hi for m in (q.M or fc.sentence_metrics) for c in self.conventions.get(m, ())) \
                and not (fc.to_level or fc.sign or _READING_VERB.search(self.text, max(0, fig.start - 24), fig.start)):
            # "below the 50 mark": a metric's convention, not a data point; but "the flash PMI fell
            # to 50.0", "the PMI was 50.0" with 49.9 in the evidence is a reading, and a wrong one
            return Verdict(None)
        if not consistent and _MARK_AFTER.match(self.text, fig.end) and any(
                q.lo <= c <= q.hi for m in self.idx.by_metric for c in self.conventions.get(m, ())):
            # "Any indicator that's below the neutral 50.0 threshold" in a PMI story, the sentence
            # naming no index: the convention of a measure the evidence holds, called a mark
            return Verdict(None)
        if not consistent and fig.unit == "percent" and any(
                q.lo <= level <= q.hi and rx.search(self.text, fc.sentence.start, fc.sentence.end)
                for level, rx in _MARKET_LINES):
            return Verdict(None)  # "a 20% fall from a peak, the mark of a bear market": a definition
        if not consistent and (bar := _BAR_BEFORE.search(self.text, max(0, fig.start - 16), fig.start)) is not None \
                and _BAR_NOUN_AFTER.match(self.text, fig.end) and self._cleared(q, bar.group("side").lower() in _BELOW_WORDS):
            # "the sixth straight month for inflation above a 6% rate": a bar the reading cleared, not
            # the reading (which the evidence has, on that side of it)
            return Verdict(None)
        if not consistent and fig.unit == "percent" and _GRADE_AFTER.match(self.text, fig.end):
            # "62% Fe iron ore fines", "wheat with 11.5 pct protein", "6% Li2O spodumene": the grade
            # that names the product, not a figure about it
            return Verdict(None)
        if not consistent and fig.unit == "percent" and _OR_MORE.match(self.text, fig.end) \
                and _COUNT_OF.search(self.text, fc.sentence.start, fig.start):
            # "Five of the seven IPOs ... jumped 50 percent or more": the bar the counted ones cleared,
            # not a move of any of them (the count is the claim)
            return Verdict(None)
        if not consistent and (not q.bare or fig.scale == 1.0) and self._relational(q):
            # (no sum or gap of session counts: "its biggest one-day fall in 24 sessions" is no streak
            # of -2 set against a 22-session record, which the plant's 24 for 22 passed as)
            consistent = [s for s in self._derived(q) if not any(f.metric in SESSION_COUNTS for f in s.facts)]
            if fc.from_base and not fig.change_like and not fc.sign:
                # "rose to 225.8% of GDP last year from 0.7%": a base is the level before, never the
                # move between the two (the plant: the 0.7% rise itself, as the base, came out clean)
                consistent = [s for s in consistent if s.how not in ("change", "gap", "level_gap", "relative")]
            if fc.to_level and not fig.change_like and fig.unit == "percent":
                # "the rate was forecast to slow to 6.5 percent": a rate reached is a reading, not the
                # gap between two others (13.5 - 7.0 is a coincidence, not support)
                consistent = [s for s in consistent if s.how not in ("change", "gap", "level_gap", "relative")]
            if fc.period is not None and q.E is not None and not fig.change_like and not fc.sign:
                # "grew 2.8% last year, after 3.4% in 2023" where 2023's reading is 2.9%: the words
                # name a period for which the evidence has the very reading the gap is taken from,
                # in the figure's unit, so the figure is that reading, not the gap between two that
                # happens to match (2.8 against 2.9 is 3.4% apart); "profit fell by half in 2024"
                # against a profit in dinars, or "climbed by 0.8 points in January", are still changes
                own = [f for f in self.idx.by_entity.get(q.E, ()) if fact_family(f)[0] in q.fams
                       and agree(fc.period.interval, fact_interval(f.period))]
                consistent = [s for s in consistent if s.how not in ("change", "gap", "level_gap", "relative")
                              or not any(f.metric in {x.metric for x in s.facts} for f in own)]
        # A level gap read the other way round is another number, not another direction.
        consistent = [s for s in consistent if s.how != "level_gap" or not q.fsign or (s.value > 0) == (q.fsign > 0)]
        # Two names' moves set against each other need words that compare them: "beat the index
        # by 82.8 points"; "a rise of 0.3% in the Nasdaq" is the Nasdaq's own move
        consistent = [s for s in consistent if s.how != "gap" or len({f.entity for f in s.facts}) == 1
                      or _COMPARES.search(self.text, fc.clause_start, fc.clause_end)
                      or _OUTPACES.search(self.text, fc.clause_start, fc.clause_end)]
        # Two different measures of one entity ("capex plan" against "revenue") compare only
        # when the words compare them: "13% above the close", "28% below its record".
        consistent = [s for s in consistent if s.how not in ("level_gap", "level_ratio") or _same_stem(s)
                      or (_implied_growth(s, q.M) and forecast_words(self.text, fc))
                      or _COMPARES.search(self.text, fc.clause_start, fc.clause_end)]
        if self._implied_growths(fc, q.E, q.M):
            # earnings growth analysts expect, for a name whose two multiples imply it: that is the
            # measure, not another of its figures that happens to match ("Tokyo Electron's 25.8%")
            consistent = [s for s in consistent if _implied_growth(s, q.M)
                          or all(metric_match(q.M, f.metric) for f in s.facts)]
        if fig.verb_multiple:  # "SoftBank has tripled" is SoftBank over time, never SoftBank against Sony
            consistent = [s for s in consistent if len({f.entity for f in s.facts}) == 1]
        timely = [s for s in consistent if self._per_ok(q, s)]
        if timely:
            best = min(timely, key=lambda s: self._rank(s, fc, q.M, q.E))
            if (moved := self._carried_period(fc, best)) is not None:
                return moved
            return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
        if consistent and fc.period is not None and _MARK_AFTER.match(self.text, fig.end) and any(
                q.lo <= c <= q.hi for m in self.idx.by_metric for c in self.conventions.get(m, ())):
            # "In August it roared back ..., well over the neutral 50 mark", with the bundle holding
            # the 50 line as a fact dated September: a mark has no period
            return Verdict(None)
        if consistent and fc.period is not None:
            best = min(consistent, key=lambda s: self._rank(s, fc, q.M, q.E))
            p = fc.period
            start, end = min(fig.start, p.start), max(fig.end, p.end)
            ahead = p.interval[0] > self.idx.bundle.as_of
            if p.grain == "week" and all(_weekly_release(f, self.idx.bundle.as_of) for f in best.facts) \
                    and _WEEK_WORDS.search(self.text, p.start, p.end):
                # "outflows of $3.95 billion for the week", "$10.04 billion during the previous week" in a
                # story on weekly flows, claims or stocks released a week after the week they count
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            if p.grain == "day" and p.interval[0] == p.interval[1] \
                    and all(_reported_on(p.interval[0], f.period) for f in best.facts):
                # "Visa's latest update for investors landed Jan. 29: net revenue came in at $10.9
                # billion" for the quarter to December: the day a period's figure was reported
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            if p.grain == "month" and not re.search(r"\d", self.text[p.start:p.end]) and all(
                    _upcoming_same_month(p.interval, f.period, self.idx.bundle.as_of) for f in best.facts):
                # "The increase in production levels for August match the 648,000 bpd" in June: a month
                # named without its year is the coming one where the evidence dates the figure so
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            if p.grain == "day" and not re.search(r"\d{4}", self.text[p.start:p.end]) and all(
                    _upcoming_same_day(p.interval, f.period, self.idx.bundle.as_of) for f in best.facts):
                # "the price will be raised to Rp 1,500 per litre on April 1", said on March 2: the coming day
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            fiscal_q = next((x for x in sorted(consistent, key=lambda x: self._rank(x, fc, q.M, q.E))
                             if self._labelled_fiscal(p, x)), None) if p.grain == "quarter" else None
            if fiscal_q is not None:
                # "Q2 FY25", "Q2 FY24": the company's quarter of the fiscal year its label names
                return self._grounded(fc, fiscal_q, span_text, q.bare, q.M, q.E)
            fiscal_y = next((x for x in sorted(consistent, key=lambda x: self._rank(x, fc, q.M, q.E))
                             if self._in_fiscal_year(p, x)), None) if p.grain in ("year", "ytd") else None
            if fiscal_y is not None:
                # "its GDP growth forecast for FY2026", "growth this year is now projected at 6.8%" in
                # a story that counts in fiscal years: the year the label names, or the one under way
                return self._grounded(fc, fiscal_y, span_text, q.bare, q.M, q.E)
            if p.grain == "half" and _OF_THE_FISCAL.match(self.text, p.end) \
                    and _fiscal_half(p.interval, best.fact.period, (3, 6, 9, 12)):
                # "the first half of the fiscal": the half of the fiscal year under way, which starts in
                # April, July, October or January
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            if p.grain == "half" and not ahead and _fiscal_half(p.interval, best.fact.period) \
                    and self._fiscal_half_label(p) is None and (self._fiscal_story() or all(
                        _COMPANY_RESULT.search(f.metric) and _reported_on(self.idx.bundle.as_of, f.period) for f in best.facts)):
                # (and "Safaricom ... has reported a 21.7% increase in net earnings for the first half of
                # the year" in November, with the half to September just reported: the company's half)
                # "GDP grew 8.0% in H1" in a story that counts in fiscal years (FY26): India's first
                # half runs April to September, the calendar's half moved by a quarter or more
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            if p.grain == "quarter" and not ahead and self._fiscal_ordinal(p, best):
                # "operating profit of JPY42.2bn for the first quarter", March to May: a quarter no
                # calendar has is a company's (Aeon's and Seven & i's years start in March), named by
                # its own count, which the story keeps ("the second quarter" for the span it calls
                # the first elsewhere is still caught)
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            pair = _YEAR_PAIR.match(self.text, max(0, p.end - 4))  # "the second quarter 2018-19": a fiscal year
            fy_label = pair is not None and pair.start() == p.end - 4 and _fy_pair(*pair.groups())
            fiscal = not ahead and p.grain == "quarter" and (
                fy_label or all(_COMPANY_RESULT.search(f.metric) for f in best.facts) or self._fiscal_story()) \
                and _fiscal_offset(self.text[p.start:p.end], p.interval, best.fact.period, fy_label)
            if fiscal and self._fiscal_story() and _april_year(p.interval, best.fact.period) \
                    and not _MONTH_WORD.search(self.text, p.start, p.end):
                # "GDP grew 7.1 per cent in the second quarter" in a story that counts in fiscal years
                # (2018-19, FY26) and a fact for July-September: the quarter of a year that starts in
                # April (India's, Japan's), the calendar's moved by exactly one quarter
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            if ahead and p.grain == "quarter" and self._fiscal_story() and not _MONTH_WORD.search(self.text, p.start, p.end) \
                    and not re.search(r"(?:19|20)\d{2}", self.text[p.start:p.end]):
                # "Real GDP growth for Q1 next year is projected at 6.4%" with a forecast for April to
                # June: the first quarter of the next fiscal year, which the calendar's is a quarter before
                ahead_q = next((x for x in sorted(consistent, key=lambda x: self._rank(x, fc, q.M, q.E))
                                if len(x.facts) == 1 and _april_year(p.interval, x.fact.period)
                                and _fiscal_offset(self.text[p.start:p.end], p.interval, x.fact.period)), None)
                if ahead_q is not None:
                    return self._grounded(fc, ahead_q, span_text, q.bare, q.M, q.E)
            if fiscal and (_FISCAL_WORDS.search(self.text, max(0, p.start - 12), p.end + 40)
                           or self._ordinal_ended(self.text[p.start:p.end])) \
                    and self._quarter_ended(fact_interval(best.fact.period)[1]):
                # (or the story names the quarter by its count and its last day both: "reported results
                # for second quarter ended September 30, 2021", then "a 9-fold jump in Q2")
                # "revenue of $69.6 billion in the second quarter of the 2025 financial year", in a
                # story about "the quarter ended 31 December": the company's quarter, dated by the text
                return self._grounded(fc, best, span_text, q.bare, q.M, q.E)
            # a period phrase far from its figure (past ten words or so, or on another line: "In 2020" under
            # a table's row) is the checker's weak reading of which period the figure has: on the labelled
            # articles 7 of 26 such errors were right, against 316 of 378 for a phrase next to its figure
            # (not where another figure stands between: that one is often the period's, and the error right)
            far = not ahead and not fiscal and ("\n" in self.text[start:end] or (
                end - start > 60 and len(extract_figures(self.text[start:end])) < 2))
            note = (" (after the evidence's date: a schedule or a contract month? check it)" if ahead else
                    " (a fiscal quarter? many companies' years start in April, July or October: check it)" if fiscal
                    else " (the period named far from the figure: is it the figure's? check it)" if far else "")
            # A date after the evidence's own is a plan ("will rise to 3.75% as of May 10") or a
            # contract month, and a quarter named without its year may be a company's fiscal one ("Q3"
            # of a year that starts in April), more often than a misdated figure: worth a look, not an error.
            return Verdict(period_finding(self.text, fig, span_text, p, best, note,
                                          severity="warning" if ahead or fiscal or far else None), support=best)
        return self._unsupported(q, span_text)

    def _another_measure(self, fc: FigureContext, fact: Fact) -> bool:
        """The figure's clause names a measure of its own that the near fact is not: a component
        ("Core inflation stood at 3.4%", "the backlog of orders index fell to 44.6%"), a side rate
        ("the standing deposit facility rate at 5.25 per cent") or a day's extreme ("after touching an
        intraday high of $65.22"). A value near that fact is then a new figure, not a slip of it."""
        m = None
        for m in _OWN_MEASURE.finditer(self.text, fc.clause_start, fc.fig.start):
            pass
        if m is None or re.search(r"\d", self.text[m.end():fc.fig.start]):
            return False  # (another figure between: "The new orders index sank 2 points ... and production 49.9%")
        said = {w for w in re.findall(r"[a-z]+", m.group().lower()) if w not in _MEASURE_FILLER}
        about = fact_name(fact).lower()
        return not any(w in about for w in said)

    def in_evidence(self, fc: FigureContext) -> Fact | None:
        """A fact with exactly the figure's value (to its last digit, either sign), in its unit:
        the number is in the evidence, and only whom or what it is about is in doubt."""
        fig = fc.fig
        if fig.hi is not None or (fig.is_word and (fig.unit == "multiple" or fig.value != int(fig.value))):
            return None  # a range, a fraction or a multiple in words: no exact value to look up
        bare = not fig.unit_given and fig.scale == 1.0
        scale = 1.0 if bare else fig.scale
        v, tol = abs(fig.value) * scale, fig.step * scale / 2
        fams = ["raw"] if bare or fig.unit == "rate" else families(fig)
        for fam in fams:
            for lo, hi in ((v - tol, v + tol), (-v - tol, -v + tol)):
                for s in self.idx.in_range(fam, lo, hi):
                    if s.how in ("fact", "signed_fact"):
                        return s.fact
        return None

    def _labelled_fiscal(self, p, s: Support) -> bool:
        """A quarter with a fiscal year's label after or before it ("Q2 FY25", "FY2024 Q4", "the
        first quarter of fiscal 2025"), where every fact is that quarter of the fiscal year so
        labelled, in the convention the text's own labelled quarters share (see _fy_convention)."""
        m = _FY_AFTER.match(self.text, p.end) or _FY_BEFORE.search(self.text, max(0, p.start - 16), p.start)
        c = _QUARTER_APOSTROPHE.fullmatch(self.text, p.start, p.end)
        if m is not None:
            year = _label_year(m.group("y"))
            convention = self._fy_convention()
        elif c is not None and p.interval[0] > self.idx.bundle.as_of:
            # "GDP growth of 7.8% in Q1'24" in August 2023: no calendar quarter yet to come but the
            # first of fiscal 2024 (India's April to June 2023), in whichever calendar the facts keep
            year = _label_year(c.group("y"))
            q = _quarter_no(p.interval[0])
            return any(all(fact_interval(f.period) == _fiscal_quarter(q, year, *conv) for f in s.facts)
                       for conv in _FY_CONVENTIONS)
        else:
            # "the CPI for FY25 is projected at 4.5 per cent. The quarter-wise breakups ... are 4.9 per
            # cent in the first quarter, ...": one fiscal year named in the stretch before (this
            # sentence or the last, no paragraph between), whose calendar the evidence itself gives
            # by a fact that spans that fiscal year
            window = self.text[max(0, p.start - 300):p.start]
            window = window[window.rfind("\n\n") + 1:]
            labels = {_label_year(x.group("y")) for x in _FY_SCOPE.finditer(window)} | _pair_labels(window)
            if not labels:
                # "a 7.1% rise in Q1 net profit ... came with an optimistic revision in the FY25
                # revenue growth forecast": the one fiscal year its paragraph names after it
                ahead = self.text[p.end:p.end + 400]
                ahead = ahead.split("\n", 1)[0]
                labels = {_label_year(x.group("y")) for x in _FY_SCOPE.finditer(ahead)} | _pair_labels(ahead)
            if len(labels) != 1:
                return False
            year = labels.pop()
            convention = self._fy_of_year(year)
        if convention is None:
            return False
        span = _fiscal_quarter(_quarter_no(p.interval[0]), year, *convention)
        return all(fact_interval(f.period) == span for f in s.facts)

    def _in_fiscal_year(self, p, s: Support) -> bool:
        """A year the words give as a fiscal one, and every fact of ``s`` inside it: "FY2026" or
        "fiscal 2026" where the evidence spans that fiscal year (India's runs April to March), or
        "this year" in a story that counts in fiscal years, for the twelve months under way."""
        words = self.text[p.start:p.end]
        if p.grain == "year":
            if re.fullmatch(r"(?:19|20)\d\d|(?i:next\s+year)", words) and all(
                    _COMPANY_RESULT.search(f.metric) and 360 <= ((iv := fact_interval(f.period))[1] - iv[0]).days <= 370
                    and iv[0].month != 1 and iv[1].year == p.interval[0].year and iv[1].month >= 3 for f in s.facts):
                # "Revenue: 2019: £6,385 million; 2018: £5,898 million" for a company whose year ends in
                # September: a company's year is named by the calendar year it ends in (and "next
                # year" is the one ending next year: "earnings 10 percent higher next year")
                return True
            if not (words[:2].upper() == "FY" or _FY_WORD_BEFORE.search(self.text, max(0, p.start - 16), p.start)):
                return False
            year = p.interval[0].year
            conv = self._fy_convention()
            if conv is None:
                # no labelled quarter says which calendar the story uses: the one fiscal year
                # ending in the year of the label that the evidence spans (most labels name the
                # year a fiscal year ends in; "fiscal 2017's $4.22" for the year to June 2018 is
                # a year off)
                spans = {fact_interval(f.period) for f in self.idx.bundle.facts}
                wholes = {w for c in _FY_CONVENTIONS if c[1] == 0
                          and (w := (_fiscal_quarter(1, year, *c)[0], _fiscal_quarter(4, year, *c)[1])) in spans}
                if len(wholes) != 1:
                    return False
                whole = wholes.pop()
            else:
                whole = (_fiscal_quarter(1, year, *conv)[0], _fiscal_quarter(4, year, *conv)[1])
        else:
            as_of = self.idx.bundle.as_of
            if p.grain == "ytd" and all(
                    (iv := fact_interval(f.period))[0].day == 1 and iv[0].month != 1
                    and 0 <= (as_of - iv[1]).days <= 10 and 45 <= (iv[1] - iv[0]).days <= 366 for f in s.facts):
                # "year-to-date exports at 1.676 million tonnes" in a crop report: the marketing year
                # to date, from its first month (August for canola), not the calendar year's
                return True
            label = _FY_AFTER.match(self.text, p.end) if p.grain == "ytd" else None
            if label is not None:
                # "3,163,155 units during YTD FY'22": the fiscal year to date, a span that opens in the
                # year before the one the label names (April 2021 for India's FY22)
                year = 2000 + int(label.group(1))
                return all((iv := fact_interval(f.period))[0].day == 1 and iv[0].month != 1 and iv[0].year == year - 1
                           and (iv[1] - iv[0]).days <= 366 for f in s.facts)
            if not re.fullmatch(r"this\s+year", words, re.I) or not self._fiscal_story():
                return False
            whole = next((iv for f in s.facts if (iv := fact_interval(f.period))[0] <= as_of <= iv[1]
                          and 360 <= (iv[1] - iv[0]).days <= 370 and iv[0].month != 1), None)
            if whole is None:
                return False
        return all(whole[0] <= fact_interval(f.period)[0] and fact_interval(f.period)[1] <= whole[1] for f in s.facts)

    def _fy_of_year(self, year: int) -> tuple[int, int] | None:
        """The fiscal calendar under which the year labelled ``year`` is a span some fact covers
        exactly (a forecast "for FY25", 2024-04/2025-03): not the calendar year."""
        spans = {fact_interval(f.period) for f in self.idx.bundle.facts}
        for conv in _FY_CONVENTIONS:
            whole = (_fiscal_quarter(1, year, *conv)[0], _fiscal_quarter(4, year, *conv)[1])
            if whole in spans:
                return conv
        return None

    def _fiscal_half_label(self, p) -> int | None:
        """The fiscal year a half's label names ("H1 FY21", "the first half of fiscal 2025")."""
        m = _FY_AFTER.match(self.text, p.end)
        return _label_year(m.group("y")) if m is not None else None

    def _fy_convention(self) -> tuple[int, int] | None:
        """The fiscal year the text's labelled quarters use, as (first month, label offset): the
        one under which most of them name a quarter the evidence has. A year may start in
        February, April, July or October, and "FY25" may name the year it ends in (India,
        Microsoft) or starts in (Japan's "fiscal 2024"); one story uses one company's calendar,
        so one wrong label among right ones is still caught."""
        if self._fy is None:
            spans = {fact_interval(f.period) for f in self.idx.bundle.facts}
            votes: dict[tuple[int, int], int] = {}
            for m in _FY_QUARTER.finditer(self.text):
                q = int(m.group("q") or m.group("q2") or _ORD[m.group("qw").lower()])
                y = _label_year(m.group("y") or m.group("y2") or m.group("y3"))
                for conv in _FY_CONVENTIONS:
                    if _fiscal_quarter(q, y, *conv) in spans:
                        votes[conv] = votes.get(conv, 0) + 1
            self._fy = max(votes, key=lambda c: (votes[c], -_FY_CONVENTIONS.index(c))) if votes else ()
        return self._fy or None

    def _labelled_convention(self) -> tuple[int, int] | None:
        """The fiscal calendar a story's year-labelled quarters ("Q1 2018") keep, where it is not the
        calendar's: a year from April under which more of them name a quarter the evidence has than
        under the calendar (Sony's "Q1 2018" is April to June 2018). None where the calendar does as well."""
        if self._labelled is None:
            spans = {fact_interval(f.period) for f in self.idx.bundle.facts}
            labels = [(_labelled_no(m), _label_year(m.group("y"))) for m in _LABELLED_QUARTER.finditer(self.text)]
            # (only a year from April named by the year it starts in, as Japan's companies label theirs
            # (India's "Q1 FY19" is a fiscal label): with every calendar a single label would fit some
            # quarter whatever it said)
            votes = {conv: sum(_fiscal_quarter(q, y, *conv) in spans for q, y in labels) for conv in [(1, 1), (4, 1)]}
            best = max(votes, key=lambda c: (votes[c], c == (1, 1)))
            self._labelled = best if votes[best] > votes[(1, 1)] else ()
        return self._labelled or None

    def _fiscal_ordinal(self, p, s: Support) -> bool:
        """A quarter said by its count alone ("the first quarter", "Q1") of facts for three months
        that are no calendar quarter, the count the story gives its quarters most often."""
        year = None
        if not _QUARTER_COUNT.fullmatch(self.text, p.start, p.end):
            # "$303 million in Q2 2022" for CIBC's February to April 2022: a count and its year, the
            # company's quarter of that year where the story counts its quarters so
            with_year = _QUARTER_COUNT_YEAR.fullmatch(self.text, p.start, p.end)
            if with_year is None:
                return False  # a label is checked as written, "the previous quarter" as the one before
            year = int(with_year.group("y") or with_year.group("y2"))
        for f in s.facts:
            a, b = fact_interval(f.period)
            if (b - a).days not in _COMPANY_QUARTER_DAYS or (a.day == 1 and a.month in (1, 4, 7, 10)) \
                    or (year is not None and a.year != year and b.year != year):
                return False
        return self._story_ordinal() == _quarter_no(p.interval[0])

    def _story_ordinal(self) -> int:
        """The quarter the story names most often by its count alone, where the evidence's quarters
        off the calendar's all sit at one place in the year (one company quarter, this year's and
        the last's); 0 where they do not, or the story names none most often."""
        if self._ordinal is None:
            spans = [fact_interval(f.period) for f in self.idx.bundle.facts if "/" in f.period]
            places = {a.month for a, b in spans if (b - a).days in _COMPANY_QUARTER_DAYS}
            counts: dict[int, int] = {}
            for m in _QUARTER_COUNT_ALONE.finditer(self.text):  # (one scan, however long the draft)
                n = _ORDINALS.index(m.group("n").lower()) + 1 if m.group("n") else int(m.group("q"))
                counts[n] = counts.get(n, 0) + 1
            ranked = sorted(counts.values(), reverse=True)
            # (named twice at least: a lone "second quarter" for Nvidia's February to April is no
            # count the story keeps, but the calendar's quarter misnamed)
            self._ordinal = max(counts, key=counts.get) if len(places) == 1 and ranked and ranked[0] >= 2 \
                and (len(ranked) == 1 or ranked[0] > ranked[1]) else 0
        return self._ordinal

    def _fiscal_story(self) -> bool:
        if self._fiscal is None:
            self._fiscal = bool(_FISCAL_WORDS.search(self.text)) or any(
                _fy_pair(m.group(1), m.group(2)) for m in _YEAR_PAIR.finditer(self.text))
        return self._fiscal

    def _ordinal_ended(self, said: str) -> bool:
        """The text names this quarter's count with the day it ended ("second quarter ended September 30")."""
        named = _QUARTER_NUMBER.search(said)
        return named is not None and any(
            (m := _QUARTER_NUMBER.search(self.text, max(0, e.start() - 12), e.start() + 8)) is not None
            and _labelled_no(m) == _labelled_no(named) for e in self._quarter_ends())

    def _quarter_ends(self) -> list[re.Match]:
        """The text's "quarter ended ..." phrases, found in one scan (a long draft asks for them per figure)."""
        if self._ends is None:
            self._ends = list(_QUARTER_ENDED.finditer(self.text))
        return self._ends

    def _quarter_ended(self, end) -> bool:
        """The text names a company quarter by its last day ("for the quarter ended 31 December",
        "the three months ended Dec. 31") and that day is the fact's."""
        for m in self._quarter_ends():
            day, month = (m.group("d1"), m.group("m1")) if m.group("d1") else (m.group("d2"), m.group("m2"))
            year = _YEAR_AFTER.match(self.text, m.end())
            if int(day) == end.day and month[:3].lower() == end.strftime("%b").lower() \
                    and (year is None or int(year.group(1)) == end.year):  # ("ended September 30, 2021": that year's)
                return True
        return False

    def _carried_period(self, fc: FigureContext, best: Support) -> Verdict | None:
        """"The Nasdaq was ahead in November, up 3.8%, while the S&P 500 rose 16.4%": a figure with no
        period of its own, in a clause that goes on from one naming a period, has that period; where
        the fact it matches is another period's and the same entity has that measure for the period
        carried, it is the other period's value given for this one (the plant: the S&P 500's year
        said as its November rise passed)."""
        if fc.period is not None or best.how not in ("fact", "signed_fact") or fc.sentence.kind != "text" \
                or fc.from_base or len(fc.mentioned) < 2 or fc.entity is None:
            # (a base, "against the N22.42 billion" a year before, is another period by design; the
            # continuation carries the period only from one name to another: "while the S&P 500 rose")
            return None
        if _CARRIES.search(self.text, max(fc.sentence.start, fc.fig.start - 100), fc.fig.start) is None:
            return None  # (the cheap test first: most figures are in no such clause)
        after = find_periods(self.text, fc.fig.end, min(fc.sentence.end, fc.fig.end + 40), self.idx.bundle.as_of)
        if after:
            return None  # "..., and 12.43% in the last year": its own period, after it
        before = [p for p in find_periods(self.text, fc.sentence.start, fc.fig.start, self.idx.bundle.as_of)
                  if not p.base and p.interval is not None]
        carry = _CARRIES.search(self.text, before[-1].end, fc.fig.start) if before else None
        if carry is None or fc.fig.start - before[-1].end > 100:
            return None
        p, fact = before[-1], best.fact
        if _PERIOD_AS_MODIFIER.match(self.text, p.end):
            return None  # "surpassing the May feat of 2.9 per cent": a period naming its noun's, not the clause's
        if re.match(r"(?:weekly|monthly|quarterly|annual|yearly|daily)\b", self.text[p.start:p.end], re.I) \
                and re.search(r"\d%?\s*$", self.text[max(fc.sentence.start, p.start - 12):p.start]):
            return None  # "posted a 4.17% weekly decline, while palladium rose 2.67%": the period of the figure before it
        # the continuation names its own subject, the entity whose fact this is: "while the S&P 500 rose
        # 16.4%", "against 0.1% for the Dow" (not "closing at 47,926.54 points against 47,900.70 points",
        # the same index's close before)
        named = self.text[carry.end():min(fc.sentence.end, fc.fig.end + 40)].lower()
        if not any(a.lower() in named for a in self._names_of(fact.entity)):
            return None
        if agree_change(p.interval, fact_interval(fact.period)):
            return None
        if not any(f.metric == fact.metric and f.unit == fact.unit and f is not fact
                   and agree_change(p.interval, fact_interval(f.period)) for f in self.idx.by_entity.get(fact.entity, ())):
            return None
        return Verdict(WrongPeriod.finding(
            p.start, fc.fig.end, self.text[p.start:fc.fig.end],
            f"{self.text[fc.fig.start:fc.fig.end]} is {describe(best)} for {fact.period}, but the sentence puts "
            f"it in {self.text[p.start:p.end]!r}", [fact.id]), support=best)

    def _names_of(self, entity: str) -> list[str]:
        ent = next((e for e in self.idx.bundle.entities if e.name == entity), None)
        return [entity, *(ent.aliases if ent is not None else [])]

    def _metric_word(self, name: str) -> bool:
        """"Circulation revenue rose 3.9 percent" with a circulation_revenue_yoy fact: the
        capital is the sentence's, and the word names a measure, not a company."""
        w = name.lower()
        return " " not in w and any(w in m.split("_") for m in self.idx.metrics)

    @cached_property
    def _lower_text(self) -> str:
        return self.text.lower()  # lowered once per draft, not once per figure that needs it

    # -- the question ---------------------------------------------------------
    def _rise_in_clause(self, fc: FigureContext) -> tuple[int, int] | None:
        """The span of a word in the figure's own clause, not tied to it by the reading, that says it
        rose, where no word there says it fell."""
        fig = fc.fig
        if (m := _RISE_AFTER.match(self.text, fig.end)):
            return m.end() - len(m.group().lstrip()), m.end()
        lo = max(fc.sentence.start, fig.start - 70)
        breaks = list(_CLAUSE_OPENER_BACK.finditer(self.text, lo, fig.start))
        if breaks:
            lo = breaks[-1].end()
        words = list(_WORD.finditer(self._lower_text, lo, fig.start))
        ways = [(self.direction_words[w.group()], w.span()) for k, w in enumerate(words)
                if w.group() in self.direction_words and not (k and words[k - 1].group() in _DETERMINERS)]
        return ways[0][1] if ways and all(way > 0 for way, _ in ways) else None

    def _query(self, fc: FigureContext) -> Query:
        fig, idx = fc.fig, self.idx
        E, M, inferred = fc.entity, fc.metrics or None, False
        if M and fig.unit in ("percent", "pp", "multiple") and M <= _LEVEL_METRICS:
            M = None  # "closed 6.8 per cent higher": the verb "closed", not a closing level
        if M and _SECOND_OF_PAIR.search(self.text, max(0, fig.start - 16), fig.start):
            M = None  # "Decliners beat gainers 371 to 250": the second number is the other side's
        if E is not None and E not in idx.by_entity:
            E = None  # a name with no facts ("Hong Kong's +1.9% gain") stands for its market: match on the rest
        if E is None and M:
            owner = idx.sole_owner(M)
            if owner is not None:
                E, inferred = owner, True
        elif E is not None and M and fc.entity_mention is not None and fc.entity_mention.end <= fc.clause_start \
                and _CENTRAL_BANK.search(self.text, fc.clause_start, fig.start) \
                and not self._has_metric_of(M, E) and (owner := idx.sole_owner(M)) is not None:
            # "For gold, lower rates cut the cost ...: the Federal Reserve cut its policy rate to 3.88%
            # ... from 8.3%": a central bank's rate, in a clause after a topic with no such measure, is
            # the one economy's that has it (the plant: the dollar index's 8.3% as the Fed's earlier
            # rate came out clean). Not wider: an unknown company's turnover is no sole owner's
            E = owner
        elif E is not None and (said := M or fc.sentence_metrics) and _CENTRAL_BANK.fullmatch(E) \
                and not self._has_metric_of(said, E) and fig.value not in {abs(f.value) for f in idx.by_entity[E]} \
                and len(owners := {f.entity for k, fs in idx.by_metric.items() if metric_match(said, k) for f in fs}) == 1:
            # "The RBI also revised its GDP growth forecast for FY2026 to 6.8 per cent, up from 6.5 per
            # cent": a central bank's forecast of a measure it has no fact of is the one economy's
            # that has it (and so is the forecast it revised)
            E = owners.pop()
        lo, hi = interval(fig, fig.hedge)
        bare = not fig.unit_given
        fams = families(fig)
        if fig.unit == "percent" and (_RATE_MOVE.search(self.text, fc.clause_start, fig.start)
                                      or _RATE_MOVE_AFTER.match(self.text, fig.end)):
            # "a policy rate hike of 0.25%", "cut rates by 0.5%": the size of a rate move, written in
            # percent and meaning percentage points
            fams = ["percent", "pp"]
        elif fig.unit == "percent" and _CONTRIBUTED.search(self.text, max(fc.clause_start, fig.start - 40), fig.start):
            fams = ["percent", "pp"]
        elif fig.unit == "pp" and E is not None and (own := idx.by_entity.get(E, ())) \
                and not re.search(r"basis|bps?\b", self.text[fig.start:fig.end], re.I) \
                and not _GAP_AFTER.match(self.text, fig.end) \
                and not any(s.how in ("fact", "signed_fact") for a, b in ((lo, hi), (-hi, -lo))
                            for s in idx.in_range("pp", a, b)) \
                and not any(f.unit == "pp" for f in own) \
                and (pct := [f for f in own if f.unit == "%"]) and all(f.metric == "price_change" for f in pct):
            # "the tech-heavy Nasdaq gained a full percentage point", "Meta gained around half a
            # percentage point": a market's or a share's move, which has no rate to be a point of,
            # in percent (US copy says it so); where the entity has a rate, its points stay points,
            # and a gap between two moves ("4.5 percentage points ahead of the S&P 500's") is in points,
            # as is a value the evidence holds in points, whoever it is ("up one percentage point" of a crop's rating)
            fams = ["pp", "percent"]
        elif fig.unit == "points" and fc.metrics and "fx_rate" in fc.metrics:
            fams = ["points", "raw"]  # "The yen-dollar exchange rate recorded 144.02 points": a rate, as written
        elif fig.unit == "points" and E is not None and (own := idx.by_entity.get(E, ())) \
                and not any(f.unit == "pts" for f in own):
            # "RIL closed at 1,548.50 after a gain of 38.75 points": a share's move in its price's
            # currency, which Indian wires call points
            fams = ["points", *dict.fromkeys(fam for f in own if (fam := fact_family(f)[0]).startswith("currency:"))]
        counted = bare and fig.scale == 1.0 and fig.step >= 1 and self._counted(fig)
        if counted:
            # "to 40 stocks", "14 companies", "120,300 employees": a count of things, compared
            # with counts only, whatever measure the sentence's other words name
            fams = ["count"]
            ranges = [("count", lo, hi), ("count", -hi, -lo)]
        elif (bare and fig.scale == 1.0) or fig.unit == "rate":
            ranges = [("raw", lo, hi), ("raw", -hi, -lo)]
        elif bare:  # "1.7 trillion": a currency amount without its currency, or a count ("17.3 billion shares")
            # or an index in the millions ("TEDPIX gained 3,433 points to 1.442 million")
            # ("3 billion CCTEUs": the bonds the bundle names, an amount of them in their currency)
            named_after = fc.entity_mention is not None and fc.entity_mention.start >= fig.end \
                and re.fullmatch(r"[ \t]+", self.text[fig.end:fc.entity_mention.start]) is not None
            fams = ["count"] if _COUNT_NOUN.match(self.text, fig.end) and not named_after else \
                [*idx.currency_families, "count", "points"]
            ranges = [(fam, a * fig.scale, b * fig.scale) for fam in fams for a, b in ((lo, hi), (-hi, -lo))]
            if fams == ["count"] or _VOLUME_UNIT.search(self.text, fig.start, fig.end):
                # "401.07 million shares", "91.5 bcf" against a count fact of 401.07 or 91.5: the contract's
                # count has no scale, and a bundle that counts in the article's own millions writes
                # the digits alone; the same digits are that count (a scale lie stays caught
                # against a count written in full)
                ranges += [("count", lo, hi), ("count", -hi, -lo)]
        else:
            ranges = [(fam, a * fig.scale, b * fig.scale) for fam in fams for a, b in ((lo, hi), (-hi, -lo))]
        return Query(fc, E, M, inferred, lo, hi, bare, fams, ranges, fig_signed(fc), counted)

    def _cleared(self, q: Query, below: bool) -> bool:
        """A fact of the figure's subject (or of the measure its sentence names) in its unit, on the side
        of the figure the words say."""
        fc = q.fc
        said = q.M or fc.sentence_metrics
        pool = self.idx.by_entity.get(q.E, ()) if q.E is not None else \
            [f for k, fs in self.idx.by_metric.items() if said and metric_match(said, k) for f in fs]
        fams = set(q.fams)
        return any(fact_family(f)[0] in fams and (not said or metric_match(said, f.metric))
                   and (f.value < q.lo if below else f.value > q.hi) for f in pool)

    def _counted(self, fig) -> bool:
        """A count of things: "to 40 stocks", or "Of 30 Sensex stocks, 14 ended higher"."""
        return bool(_COUNTED.match(self.text, fig.end) or _COUNTED_BEFORE.search(self.text, max(0, fig.start - 60), fig.start))

    def _implied_growths(self, fc: FigureContext, E: str | None, M) -> list[Support]:
        """The earnings growth E's trailing and forward multiples imply, where the figure is a
        percent said of E's earnings in a sentence about expectations; else none."""
        if not (M and M & _EARNINGS_METRICS and E is not None and fc.fig.unit == "percent"
                and _FORECAST_WORDS.search(self.text, fc.sentence.start, fc.fig.start)):
            return []
        return [d for d in self.idx.derived_about(E, "percent") if _implied_growth(d, M)]

    def _has_metric_of(self, M, entity: str) -> bool:
        return any(metric_match(M, f.metric) for f in self.idx.by_entity.get(entity, ()))

    def _has_metric(self, q: Query, entity: str | None) -> bool:
        return bool(q.M) and self._has_metric_of(q.M, entity)

    @cached_property
    def _quotes_hundredths(self) -> tuple[bool, bool]:
        """Whether the story quotes prices in cents, and moves in basis points, anywhere (read once:
        a 10 MB draft with neither would be scanned whole for every bare figure)."""
        return _CENTS_QUOTED.search(self.text) is not None, _BPS_QUOTED.search(self.text) is not None

    @cached_property
    def _cents_markets(self) -> frozenset[str]:
        """The bundle's entities that trade in US cents whether or not the story says so: arabica
        coffee, sugar, cotton, grains ("arabica coffee (KCK25) closing down by -4.45 (-1.14%)" is
        4.45 cents a pound, a fact of -0.0445 USD)."""
        return frozenset(f.entity for f in self.idx.facts if f.unit == "USD" and _CENTS_MARKET.search(f.entity))

    def _in_hundredths(self, q: Query) -> list[Support]:
        """"Mar 26 Cotton closed at 63.68" in a story that quotes cotton in cents a pound, against
        0.6368 USD; "cut by 25" in one that counts basis points, against 0.25 pp: a bare number a
        hundred times a fact's value, where the story names that unit somewhere, is the fact in
        its market's own unit (a price in cents, a rate move in basis points)."""
        cents, bps = self._quotes_hundredths
        if not (cents or bps or self._cents_markets):
            return []
        h = replace(q, lo=q.lo / 100, hi=q.hi / 100, ranges=[(fam, a / 100, b / 100) for fam, a, b in q.ranges])
        out = []
        for s in self._consistent(h):
            family, scale = unit_family(s.fact.unit)
            if s.how in ("fact", "signed_fact") and (((cents or s.fact.entity in self._cents_markets)
                                                      and family.startswith("currency") and scale == 1.0)
                                                     or (bps and s.fact.unit == "pp")):
                out.append(Support(s.value * 100, s.family, s.facts, "hundredths"))
        return out

    def _consistent(self, q: Query) -> list[Support]:
        """The candidates whose sign, entity and measure the figure's words allow."""
        return [s for s in self._candidates(q) if self._sign_ok(q, s) and self._ent_ok(q, s) and self._met_ok(q, s)]

    def _candidates(self, q: Query) -> list[Support]:
        return [s for s in self._all_candidates(q) if not _unnamed(q, s)]

    def _all_candidates(self, q: Query) -> list[Support]:
        idx = self.idx
        if q.E is not None and not q.inferred:
            # Look among the named entities' own facts first: cost independent of bundle size.
            cands = idx.entity_supports({q.E} | q.fc.mentioned, q.ranges)
            if q.M and not self._has_metric(q, q.E):
                cands += [s for fam, a, b in q.ranges for s in idx.in_range(fam, a, b)
                          if any(metric_match(q.M, f.metric) for f in s.facts)]
            return cands
        return [s for fam, a, b in q.ranges for s in idx.in_range(fam, a, b)]

    def _derived(self, q: Query) -> list[Support]:
        # Derived values about the entities this sentence names; with none named (an
        # orphaned clause, a pronoun), about any entity.
        fig = q.fc.fig
        ents = set(q.fc.mentioned) | ({q.E} if q.E else set())
        out = []
        for fam in q.fams:
            derived = self.idx.derived(fam, q.lo * fig.scale, q.hi * fig.scale, ents or None, q.fc.nearby | ents)
            out += [s for s in derived if self._ent_ok(q, s) and self._met_ok(q, s)]
        return out

    def _relational(self, q: Query) -> bool:
        """A derived value (a change, a gap, a ratio) supports only a figure worded as one:
        a move ("rose", "a 60% increase", "below"), points, a multiple, a comparison, or
        the metric named. "The ratio was brought to about 7.2%" is a level, and a repo
        rate's -6.7% change is no support for it."""
        fc, fig = q.fc, q.fc.fig
        if fig.change_like or fc.from_base or fc.to_level != 0 or fig.unit in ("pp", "points", "multiple") or q.M:
            return True
        sentence = self.text[fc.sentence.start:fc.sentence.end]
        return bool(_COMPARES.search(sentence) or _MOVES.search(sentence)
                    or any(w in self.direction_words for w in _WORD.findall(sentence.lower())))

    # -- what a support must agree with ------------------------------------------
    @staticmethod
    def _sign_ok(q: Query, s: Support) -> bool:
        # Levels keep their sign; changes are signed by the words (checked when grounded).
        stated_negative = q.fc.fig.value < 0
        if s.value < 0 and not stated_negative and not q.fc.fig.explicit_sign and (q.fc.neg_cue or q.fc.fall_before):
            # "turned negative, an outflow of RMB 18.8 billion": the words carry the sign; and "was let
            # down by Fertilizer with 147.89, Property with 7.56 ... points": the fall named before a
            # list, and no rise, carries to each of its items
            return True
        return s.signed or (s.value < 0) == stated_negative or s.value == 0

    def _ent_ok(self, q: Query, s: Support) -> bool:
        if q.E is None or q.inferred:
            return True
        ents = {f.entity for f in s.facts}
        if q.E in ents:
            return True
        if ents & q.fc.mentioned:
            return not _peer_supports(self.idx.by_entity.get(q.E, []), [s.family], self.idx.is_change)
        # "China's turnover" for an A-shares fact: the named entity has no such metric
        return bool(q.M) and not self._has_metric(q, q.E) and any(metric_match(q.M, f.metric) for f in s.facts)

    @cached_property
    def _sunday_week(self) -> tuple[date, date] | None:
        """The trading week Sunday to Thursday that ends on the cut-off, where the bundle has a
        fact over it (markets in Kuwait, Oman, Saudi Arabia), else None."""
        as_of = self.idx.bundle.as_of
        if as_of.weekday() != 3:
            return None
        week = (as_of - timedelta(days=4), as_of)
        return week if any("/" in f.period and fact_interval(f.period) == week for f in self.idx.facts) else None

    def _other_multiple(self, q: Query, f: Fact) -> bool:
        """The words say "trailing" and the fact is a forward multiple (or the other way round): "NVIDIA traded at 28.7x
        trailing earnings" with its forward P/E's value is a wrong figure, not a match (the plant's
        "same entity, another measure"). Only where the words say so: "a P/E of 18.4 times one-year
        forward earnings" names both, and a plain "P/E" may be either."""
        # (the sentence says it once for a list: "Cambricon trades at 231.6x trailing earnings and SMIC
        # at 121.4x, against 28.7x for NVIDIA")
        sent = q.fc.sentence
        if not q.M:
            return False
        if _FORWARD.search(f.metric) and q.M <= _TRAILING_PE:
            return _TRAILING_WORD.search(self.text, sent.start, q.fc.clause_end) is not None \
                and _FORWARD_WORD.search(self.text, sent.start, sent.end) is None
        # and the other way round: "On forecast earnings NVIDIA trades at 28.7x, SMIC at 94.8x and
        # Cambricon at 231.6x" with Cambricon's trailing multiple
        if f.metric in _TRAILING_PE and all(_FORWARD.search(k) for k in q.M):
            return _FORWARD_WORD.search(self.text, sent.start, q.fc.clause_end) is not None \
                and _TRAILING_WORD.search(self.text, sent.start, sent.end) is None
        return False

    def _met_ok(self, q: Query, s: Support) -> bool:
        if any(self._other_multiple(q, f) for f in s.facts):
            return False
        if not q.M or any(metric_match(q.M, f.metric) for f in s.facts):
            return True
        if q.fc.extreme and any(_EXTREME_METRIC.search(f.metric) for f in s.facts):
            return True  # "as much as 5.1%": the day's high, whatever the words call the measure
        if "fx_rate" in q.M and q.fc.fig.change_like and all(f.metric == "price_change" for f in s.facts):
            return True  # "the yen has risen 7% against the dollar": the currency's own move
        return not self._has_metric(q, q.E if q.E is not None else s.fact.entity)

    def _per_ok(self, q: Query, s: Support) -> bool:
        p = q.fc.period
        if p is None:
            return True
        if p.grain in ("month", "day") and AS_OF_BEFORE.search(self.text, max(0, p.start - 8), p.start):
            # "private sector credit grew by 6.2 percent as of October 2024", "As of July 18, ... RMB 639":
            # where the figure stands at that date, a fact for the month, or for a span that ends then
            end = p.interval[1]
            ends = [fact_interval(f.period)[1] for f in s.facts]
            if all((e.year, e.month) == (end.year, end.month) if p.grain == "month" else e == end for e in ends):
                return True
        if p.grain == "day" and s.how in ("fact", "signed_fact") \
                and (_SPAN_MARK.match(self.text, q.fc.fig.end) or _SPAN_MARK_BEFORE.search(self.text, max(0, q.fc.fig.start - 8), q.fc.fig.start)) \
                and all((iv := fact_interval(f.period))[1] == p.interval[1] and iv[0] < iv[1] for f in s.facts):
            # "On July 16, 2025, coal consumption ... reached 2.42 million tons, up 210,000 tons WoW (9.7%)":
            # a change over the week, month or year that ends on the day named
            return True
        if p.grain == "day" and _SPAN_ENDING_BEFORE.search(self.text, max(0, p.start - 40), p.start) \
                and all((iv := fact_interval(f.period))[1] == p.interval[1] and iv[0] < iv[1] for f in s.facts):
            # "For the period ending December 31, Microsoft earned $2.93 per share": a span (the quarter,
            # the half) that ends on the day named, not the day
            return True
        if p.grain == "half" and (label := self._fiscal_half_label(p)) is not None:
            # "4.0-3.8 per cent for H1 FY21", "the first half of FY2025": that half of the fiscal year
            # the label names, in the text's convention where its labelled quarters show one
            halves = _fiscal_halves(1 if p.interval[0].month == 1 else 2, label, self._fy_convention())
            return all(fact_interval(f.period) in halves for f in s.facts)
        if p.grain == "half" and _OF_THE_FISCAL_YEAR.match(self.text, p.end):
            # "97.1 million tonnes in the first half of the financial year": a company's half, in
            # whichever months its year starts; a half-year's figure within a year of the one named
            return all(150 <= (b - a).days <= 200 and abs((b - p.interval[1]).days) <= 370
                       for a, b in (fact_interval(f.period) for f in s.facts))
        if p.grain == "week" and self.text[p.start:p.end].lower().startswith("last") and self._sunday_week \
                and all(self._sunday_week[0] <= a and b <= self._sunday_week[1]
                        for a, b in (fact_interval(f.period) for f in s.facts)):
            # "Last week, the Main Market Index rose 0.04%" in a Kuwait wrap dated Thursday: where
            # markets trade Sunday to Thursday, the week just ended
            return True
        if p.grain == "quarter" and (day := _ENDED_ON_DAY.search(self.text, p.start, p.end)) is not None \
                and int(day.group(1) or day.group(2)) < p.interval[1].day - 2 and s.how in ("fact", "signed_fact") \
                and all(80 <= (b - a).days <= 100 and abs((b - p.interval[1]).days) <= 40
                        for a, b in (fact_interval(f.period) for f in s.facts)):
            # "for the quarter ended Oct. 28, 2011" with Lowe's third quarter filed as 2011-Q3: a
            # retailer's quarter of weeks, ending on a day short of its month's end, is the calendar
            # quarter within a month of it
            return True
        if _N_MONTHS.search(self.text, p.start, p.end) and all("/" in f.period for f in s.facts):
            # "1,905.8 billion yen for the six months ending Sept. 30" with the nine months' sales: a
            # span of months said as such is that span, not any span inside or around it
            la = (p.interval[1] - p.interval[0]).days
            # (or a span of weeks within a month of it at either end: "the nine months ended Oct. 28,
            # 2011" for 29 January to 28 October, a retailer's fiscal months)
            return any((agree(p.interval, (a, b)) and abs(la - (b - a).days) <= 40)
                       or (abs((a - p.interval[0]).days) <= 35 and abs((b - p.interval[1]).days) <= 35)
                       for a, b in (fact_interval(f.period) for f in s.facts))
        if p.grain == "trailing" and _N_YEARS.search(self.text, p.start, p.end):
            # "over a three-year period", "130% in three years": a length of time, ending when the
            # story says or not at all; "over five years" is not a three-year span (give or take a tenth)
            la = (p.interval[1] - p.interval[0]).days
            spans = [fact_interval(f.period) for f in s.facts]
            if all((b - a).days >= 40 for a, b in spans):  # a reading at one date ("to 19.1 over the past 3 years") is not a span
                return all(abs(la - (b - a).days) <= 0.1 * la for a, b in spans)
        if p.grain == "quarter" and (lab := _LABELLED_QUARTER.fullmatch(self.text, p.start, p.end)) is not None \
                and self._fiscal_story() and (conv := self._labelled_convention()) is not None \
                and all(_fiscal_quarter(_labelled_no(lab), _label_year(lab.group("y")), *conv) == fact_interval(f.period)
                        for f in s.facts):
            # "rising 36% year-on-year to 472 billion yen in Q1 2018" in a story of Sony's fiscal year: the
            # first quarter of the year that starts in April 2018 (or that ends in 2018, as India counts)
            return True
        if p.grain == "quarter" and all(_mostly_within(p.interval, fact_interval(f.period)) for f in s.facts) \
                and not (_QUARTER_COUNT.fullmatch(self.text, p.start, p.end)
                         and self._story_ordinal() not in (0, _quarter_no(p.interval[0]))):
            # "the first quarter" of a company whose quarter ran Jan 30 - Apr 30 (Nvidia's fiscal
            # first): a quarter not on the calendar's, that mostly falls in the one named (unless
            # the story counts that quarter otherwise: "the second quarter" for March to May where
            # it calls those months the first)
            return True
        if p.grain == "day" and s.how in ("fact", "signed_fact") and forecast_words(self.text, q.fc) and all(
                abs((p.interval[0] - fact_interval(f.period)[1]).days) <= 7
                # "would raise rates by 25 basis points on July 21": the coming July 21, read back a year
                or (p.interval[0].replace(year=p.interval[0].year + 1) == fact_interval(f.period)[1]
                    and not re.search(r"\d{4}", self.text[p.start:p.end]))
                for f in s.facts):
            # "is expected to hold its key rate at five per cent on Thursday": the day of a decision
            # to come, a level that stands until then (a weekday is read back from the cut-off)
            return True
        if p.end <= q.fc.fig.start and _HIGH_BASE_BEFORE.search(self.text, max(0, q.fc.fig.start - 40), q.fc.fig.start) \
                and all(fact_interval(f.period)[1] < p.interval[0] for f in s.facts):
            # "August 18, the index was 685 points, down 31.98% from the highest point of 1,007
            # points": a peak the move is measured from, set before the day the sentence opens with
            return True
        if q.fc.from_base and p.grain == "year" and self.text[p.start:p.end].lower().startswith("last"):
            # "rose to 249.2 pence from 230.3 pence last year": the comparison year, whichever
            # year the story reports
            a = p.interval[0].replace(year=p.interval[0].year - 1)
            return any(agree((a, p.interval[1]), fact_interval(f.period)) for f in s.facts)
        if p.grain == "month" and p.start >= q.fc.fig.end and _REVISED_FROM.search(self.text, q.fc.sentence.start, q.fc.fig.start) \
                and all(_FORECASTY.search(f.metric) and fact_interval(f.period)[1] > p.interval[1] for f in s.facts):
            # "cut its 2017 output forecast from 24.07Mt to 23.71Mt last month": when the forecast was
            # revised, after the revision's two ends; the year it is for is the fact's
            return True
        if p.grain == "month" and (p.interval[1] - p.interval[0]).days > 40 \
                and re.match(r"(?:last|a)\s+month\b", self.text[p.start:p.end], re.I):
            # "up from 4.53 percent a month earlier", "versus 3.1 percent lower last month": the last
            # report's month, one of the few before the story's; a monthly reading in them is it,
            # a year-on-year rate or not
            return any(agree(p.interval, (a, b)) and (b - a).days < 40
                       for a, b in (fact_interval(f.period) for f in s.facts))
        if p.grain == "day" and p.interval[0] == p.interval[1] and _LAST_WEEKDAY.match(self.text, p.start) \
                and (self.idx.bundle.as_of - p.interval[0]).days <= 2 \
                and all(fact_interval(f.period) == (p.interval[0] - timedelta(days=7),) * 2 for f in s.facts):
            # "higher at 4.4450 against last Friday's 4.4600" in a weekly wrap dated Saturday: the
            # Friday of the week before, whose close the week is measured from
            return True
        if p.grain in ("week", "day") and all(_FORECASTY.search(f.metric) for f in s.facts):
            return True  # "Last week a survey showed economists forecast 20.59%": when it was said, not its period
        if p.grain == "trailing" and any(_ANNUAL.search(f.metric) for f in s.facts):
            # "up 12.8 per cent in the last 12 months": a year-on-year rate, for a month in the window
            # (or for a whole year that ends in it: "1.7 percent in the past year" of 2016, told in January)
            return any(agree(p.interval, iv) or (p.interval[0] <= iv[1] <= p.interval[1] and (iv[1] - iv[0]).days >= 360)
                       for iv in (fact_interval(f.period) for f in s.facts))
        if p.grain == "trailing" and (p.interval[1] - p.interval[0]).days <= 35 and all(
                len(f.period) == 7 and fact_interval(f.period) in (
                    month_interval(p.interval[1].year, p.interval[1].month),
                    month_interval(*shift_month(p.interval[1].year, p.interval[1].month, -1))) for f in s.facts):
            # "In Tarragona prices increased by 0.7% in the last month", in a release of April 13: the
            # month the release reports, just ended (or this one)
            return True
        if p.grain == "month" and _THE_MONTH.fullmatch(self.text, p.start, p.end) and all(
                len(f.period) == 7 and fact_interval(f.period) == month_interval(
                    *shift_month(p.interval[0].year, p.interval[0].month, -1)) for f in s.facts):
            # "The index for food at home rose 0.7% over the month" in a CPI release of October 13:
            # the month the release reports, the one just ended
            return True
        if p.grain == "month" and q.fc.fig.change_like and _BETWEEN.match(self.text, p.start) \
                and month_interval(*shift_month(p.interval[0].year, p.interval[0].month, 1)) == (
                    month_interval(p.interval[1].year, p.interval[1].month)) \
                and all(len(f.period) == 7 for f in s.facts):
            # "Its price index increased by 2,2% between January and February": the month-on-month
            # change of the later month, not January's
            return all(fact_interval(f.period)[1] == p.interval[1] for f in s.facts)
        if p.grain == "year" and _SAME_SPAN_BEFORE.search(self.text, max(0, p.start - 30), p.start):
            # "grew 28.6% during April-August against a 25% contraction in the same period last year"
            # ("of 2020"): the story's own span, whatever span that is, in the year named (for "last
            # year", the comparison's window, periods.find_periods, before the story's year)
            this_year = date(p.interval[1].year, 1, 1) if (p.interval[1] - p.interval[0]).days > 370 else date.max
            if any(agree(p.interval, (a, b)) and b < this_year for a, b in (fact_interval(f.period) for f in s.facts)):
                return True
        if p.grain == "year" and (p.interval[1] - p.interval[0]).days > 370 and s.how in ("fact", "signed_fact") \
                and self.idx.is_change(s.fact.metric) and _YEAR_BACK.match(self.text, p.start, p.end):
            # "flat volume growth for the September quarter, compared with a 3% rise a year earlier":
            # the story's own span a year back (the comparison's window, periods.find_periods), not
            # one of the months just reported
            a, b = fact_interval(s.fact.period)
            if agree(p.interval, (a, b)) and (p.interval[1] - b).days >= 300:
                return True
        if s.how in ("fact", "signed_fact") and p.grain == "year" and _ANNUAL.search(s.fact.metric) \
                and fact_interval(s.fact.period) == (p.interval[1], p.interval[1]):
            # "In 2023, total assets were 679.5 billion yuan, a year-on-year increase of 37.6%": a
            # stock's change on the year, at the year's last day
            return True
        if s.how in ("fact", "signed_fact") and self.idx.is_change(s.fact.metric) and q.fc.fig.change_like:
            a, b = fact_interval(s.fact.period)
            if p.grain == "week" and p.interval[0] <= a and b <= p.interval[1] and (b - a).days >= 3:
                return True  # a week's move inside the weeks "last week" can mean (periods.find_periods)
            if p.grain == "week" and 3 <= (b - a).days <= 7 and (min(b, p.interval[1]) - max(a, p.interval[0])).days >= 3 \
                    and 0 <= (p.interval[1] - b).days <= 2:
                # "Last week, gasoline demand grew to 9.6 million barrels a day, 1.4 percent higher", "Last week,
                # wheat prices fell $2" with a reporting week that ends on the Friday or Saturday of the calendar
                # week the words name (a Sunday-to-Thursday market's week before is not it: a wrap dated
                # Thursday calls the week just ended "last week")
                return True
            if p.grain == "month" and _TWELVE_MONTHS_TO.search(self.text, p.start, p.end) and b == p.interval[1] \
                    and 330 <= (b - a).days <= 400:
                # "In the 12 months to January, employment increased by 128,000 (+0.7 per cent)": the rise
                # over the year to the month (periods.find_periods reads the phrase as that month's
                # year-on-year reading, which a rate's fact is dated by)
                return True
            if a == b and s.fact.metric.startswith("policy_rate") and p.interval[0] <= a <= p.interval[1]:
                return True  # "raised its benchmark rate by 0.50% last month": a decision is made on a day
            return agree_change(p.interval, (a, b))  # a move over a span: the same span
        if p.grain == "week" and all("/" in f.period and 3 <= (b - a).days <= 7 and p.interval[0] <= a and b <= p.interval[1]
                                     for f in s.facts for a, b in [fact_interval(f.period)]):
            # "the previous week's $5.3 bln inflow": a week's total (a fund week runs Thursday to
            # Wednesday) inside the weeks the words can mean
            return True
        if s.how == "fact" and "/" in s.fact.period and p.grain in ("month", "week", "day") \
                and _AVERAGED.search(s.fact.metric):
            # an average or a total over a span ("averaged HKD 11.3 billion a day" this year) is
            # not that of one month or week inside it: the same span in substance, as for a move
            return agree_change(p.interval, fact_interval(s.fact.period))
        if s.how == "fact" and len(s.fact.period) == 10 and p.grain in ("week", "month") \
                and _AVERAGED.search(s.fact.metric) \
                and not _A_DAY_IN_SPAN.search(self.text, q.fc.sentence.start, p.start):
            # a day's flow ("foreigners bought a net 159.3 billion won", "turnover of 179.16 million
            # dirhams") said of "this week" or "for the week" is a week's total, which it is not
            return agree_change(p.interval, fact_interval(s.fact.period))
        if any(agree(p.interval, fact_interval(f.period)) for f in s.facts):
            return True
        if p.grain == "ytd" and all(len(f.period) == 10 and p.interval[1] < fact_interval(f.period)[0]
                                    and fact_interval(f.period)[0].year == p.interval[1].year for f in s.facts):
            return True  # "This year, the target index is based on 13 times P/E": the level the year is to end at
        if p.grain == "week" and all(_week_near(p.interval, *fact_interval(f.period)) for f in s.facts):
            return True  # "lifting another 13c/kg over the past week" to the story's date, the week to the day before
        if p.grain == "month" and not re.search(r"\d{4}", self.text[p.start:p.end]) and (
                q.fc.from_base or _RECORD_BEFORE.search(self.text, max(0, q.fc.fig.start - 30), q.fc.fig.start)):
            # "inflation had declined from a record-high of 38pc in May": a base or a record is
            # often a year or more back; the same month a year earlier
            back = month_interval(p.interval[0].year - 1, p.interval[0].month)
            if any(agree(back, fact_interval(f.period)) for f in s.facts):
                return True
        if p.grain in ("month", "quarter", "half") and not re.search(r"\d{2}", self.text[p.start:p.end]) \
                and _FORECAST_WORDS.search(self.text, q.fc.sentence.start, q.fc.fig.start):
            # "inflation is expected to peak at 5 per cent in April": the next April, not the last
            a, b = p.interval
            nxt = (a.replace(year=a.year + 1), b.replace(year=b.year + 1, day=min(b.day, 28) if b.month == 2 else b.day))
            return any(agree(nxt, fact_interval(f.period)) for f in s.facts)
        return False

    # -- no support: a wrong value, or none at all -------------------------------------
    def _said_basis(self, fc: FigureContext) -> str | None:
        """The basis the words give a change ("3.3% quarter-on-quarter", "On a monthly basis, ...
        rose 0.4 per cent"): yoy, qoq or mom, or None."""
        basis = _BASIS_AFTER.match(self.text, fc.fig.end) \
            or _BASIS_BEFORE.search(self.text, fc.sentence.start, fc.fig.start)
        return None if basis is None else next(k for k, v in basis.groupdict().items() if v is not None)[:3]

    def _names_all(self, fc: FigureContext, metric: str) -> bool:
        """The figure's sentence names every word of the metric ("5.8 million passengers" a passengers fact;
        not "continuing claims ... 2.67 million" a jobless_claims_4wk_avg one)."""
        words = [w for w in metric.lower().split("_") if len(w) > 3 and w not in _METRIC_SPANS]
        sentence = self._lower_text[fc.sentence.start:fc.sentence.end]
        return bool(words) and all(w in sentence for w in words)

    def _unsupported(self, q: Query, span_text: str) -> Verdict:
        fc, fig, idx, E, M = q.fc, q.fc.fig, self.idx, q.E, q.M
        peers: list[Fact] = []
        other_basis = False
        if E is None and fig.verb_multiple:
            # "The number more than doubled": a multiple over time with no name in its sentence is
            # about the one name nearby that has a move to compare it with
            movers = [e for e in sorted(fc.nearby) if any(
                idx.is_change(f.metric) and f.unit == "%" and metric_match(M, f.metric) for f in idx.by_entity.get(e, ()))]
            if len(movers) == 1:
                E = movers[0]
        if E is not None and (not M or self._has_metric(q, E)):
            # Mismatched means the evidence has this entity's metric: "SMIC's revenue rose 18%"
            # with no SMIC revenue fact is ungrounded, not a wrong SMIC share-price figure.
            peers = [f for f in idx.by_entity.get(E, ()) if metric_match(M, f.metric) and not self._other_multiple(q, f)]
            if fig.change_like and fig.unit == "pp":
                # "the 10-year yield rose 21 basis points": the yield's move, whatever its key says
                peers += [f for f in idx.by_entity.get(E, ()) if idx.is_change(f.metric) and f not in peers]
            if fc.period is not None:
                # a move over a span is compared with moves over the same span in substance: "the
                # S&P 500 is now up 21% so far this year" with only the week's 4.1% is a figure no
                # fact gives, not a wrong copy of the week's
                # (the same test as for a match: "over a three-year period" is a length of time)
                peers = [f for f in peers if self._per_ok(q, Support(f.value, fact_family(f)[0], (f,), "fact"))]
            if peers and (said := self._said_basis(fc)) is not None:
                # "grew 5.9%, or 3.3% quarter-on-quarter" with only year-on-year readings: a change on
                # another basis is a measure the evidence does not have, not a wrong copy of one it has
                if all((b := _metric_basis(f.metric)) is not None and b != said for f in peers):
                    peers, other_basis = [], True
        target = fig.value if q.bare else fig.value * fig.scale
        stated, own = self._stated_elsewhere(q)
        if implied := self._implied_growths(fc, E, M):
            # "analysts expect ... 37%, far faster than Tokyo Electron's 25.8%": the earnings growth its
            # two multiples imply is the measure; another of its figures is no earnings growth
            return Verdict(MismatchedFigure.finding(
                fig.start, fig.end, span_text,
                f"{span_text} does not match the evidence for {E}: {describe(implied[0])}",
                [f.id for f in implied[0].facts]))
        counted = q.counted
        if counted and E is not None:
            # "to 40 stocks": the entity's own count of exactly that many
            counts = [f for f in idx.by_entity.get(E, ()) if fact_family(f)[0] == "count"]
            # "Microsoft, one of the 30 Dow stocks": a count of another name in the sentence
            same = [f for f in counts + [f for e in fc.mentioned - {E} for f in idx.by_entity.get(e, ())
                                         if fact_family(f)[0] == "count"] if q.lo <= abs(f.value) <= q.hi]
            if same:
                return self._grounded(fc, Support(same[0].value, "count", (same[0],), "fact"), span_text, q.bare, M, E)
            named = [f for f in counts if any(len(t) > 3 and t in self.text[fc.clause_start:fc.clause_end].lower()
                                              for t in f.metric.split("_"))]
            if len(named) == 1 and not fig.is_word:
                # "the number of components ... to 50 stocks" against a count of 40 the words name
                return Verdict(MismatchedFigure.finding(
                    fig.start, fig.end, span_text,
                    f"{span_text} does not match the evidence for {E}: {describe(Support(named[0].value, 'count', (named[0],), 'fact'))} ({named[0].source})",
                    [named[0].id]))
        if q.bare and E is not None and fig.scale != 1.0 and stated is not None and stated.fact.entity == E \
                and stated.family == "count":
            # "sales of iPods increased 22.7 million": no currency written, and the entity has
            # exactly that count; the words' metric ("sales") was read too wide.
            return self._grounded(fc, stated, span_text, q.bare, M, E)
        if stated is not None and E is not None and stated.fact.entity == E and _precise(fig) \
                and not (M and self._has_metric(q, E)):
            # "roughly 67.6 percent of the market's 30-day moving average": the entity states
            # exactly this value (to a decimal, or three or more unround digits) for a measure
            # the words did not name in the vocabulary's terms (or one it has no fact of); a
            # coincidence is unlikely. "China's CPI, like its PMI, stood at 49.1" names a
            # measure China has: that is still compared
            return self._grounded(fc, stated, span_text, q.bare, M, E)
        if own is not None and (E is None or own.fact.entity == E):
            # "the 2016 total dividend to 169.4p per share, an increase of 10.0 percent": the
            # entity states this value for the measure the sentence names, though the nearest
            # metric words ("per share") pointed elsewhere
            return self._grounded(fc, own, span_text, q.bare, M, E)
        if q.bare:
            peer_sup = [Support(f.value, fam, (f,), "fact") for f in peers
                        for fam in [fact_family(f)[0]] if (fig.scale == 1.0 and not counted) or fam in q.fams]
        else:
            peer_sup = _peer_supports(peers, q.fams, idx.is_change)
            if not peer_sup and E is not None and (M or fc.entity_mention is not None) and fig.change_like \
                    and not other_basis:
                # No stated fact in this unit: compare with values derived from the entity's
                # facts of that metric ("revenue grew 70%" against a derived +62%).
                peer_sup = [s for fam in q.fams for s in idx.derived_about(E, fam)
                            if (s.how in ("relative", "ratio", "gap", "level_gap")
                                or (s.how == "change" and not (fam == "percent" and s.facts[0].unit == "%")))
                            and all(metric_match(M, f.metric) for f in s.facts)
                            and (not q.fsign or not s.signed or (s.value > 0) == (q.fsign > 0))]
        # A wrong value "for" an entity needs the figure to be about it: a metric named, a
        # move ("surged 190%"), or the entity as the figure's subject. "Positive in
        # roughly 75% of years for the S&P 500" is about no S&P fact: ungrounded.
        gap = (self.text[fc.entity_mention.end:fig.start if fig.hedge_start is None else fig.hedge_start]
               if fc.entity_mention is not None and fc.entity_mention.end <= fig.start else None)
        governed = bool(M) or fig.change_like or fig.is_word or fc.to_level or fc.paired \
            or fc.sentence.kind in ("item", "cell", "row") or (
            gap is not None and (self.subject_gap.match(gap) is not None or (
                (pinned := _PINNED.fullmatch(gap)) is not None
                and (pinned.group("possessive") is None or _PINNED_END.match(self.text, fig.end)))))
        if forecast_words(self.text, fc) and not any(
            _FORECASTY.search(s.fact.metric) or fact_interval(s.fact.period)[0] > idx.bundle.as_of for s in peer_sup
        ):
            peer_sup = []  # "economists expect 2.9%": a forecast no fact states is ungrounded, not a wrong actual
        if fc.extreme:
            peer_sup = []  # an intraday extreme no fact states is ungrounded, never a wrong session change
        if peer_sup and all(self._another_measure(fc, s.fact) for s in peer_sup):
            peer_sup = []  # "after touching an intraday high of $65.22", "Core inflation stood at 3.4%": a measure of its own
        # "$4.96 billion, or 41 cents per share": an amount a thousand times off the entity's
        # fact is another measure (a total beside a per-share figure), not a wrong copy of it
        # (only across scales: "USD 90,907.90 a barrel" against Brent's 63.20 is a wrong level)
        # ("5.8 million passengers", bare, against a count of 5,310,000: the count is the figure with its scale;
        # a level of it, not a change of it, unless the words say a move)
        peer_sup = [s for s in peer_sup if not s.value or not target or 1e-3 <= abs(target / s.value) <= 1e3
                    or (q.bare and s.family == "count" and 1e-3 <= abs(fig.value * fig.scale / s.value) <= 1e3
                        and (fig.change_like or not idx.is_change(s.fact.metric)) and self._names_all(fc, s.fact.metric))
                    or (not q.bare and fig.scale == 1.0 and fact_family(s.fact) == (s.family, 1.0) and s.family in q.fams)]
        if fc.to_level and not M and fc.sign == 0 and not fig.change_like and peer_sup \
                and not _MOVE_NOUN_AFTER.match(self.text, fig.end) \
                and all(idx.is_change(s.fact.metric) for s in peer_sup) \
                and not self._level_units() & {s.fact.unit for s in peer_sup}:
            # "December corn was down 5 1/4 cents at $3.96 1/2": the level a move reached, in a story
            # whose evidence has moves alone in that unit, is a level no fact gives, not a wrong move
            # (where a level in the unit is there, "depreciated by 16 cents to CZK 24.13/USD" is still
            # told against what it has)
            peer_sup = []
        if peer_sup and self._threshold_near_level(q, target):
            return Verdict(None)  # "closed below the level of 12,000 points": a mark, not a wrong close
        # (a bare figure's target is its digits; its scale is read too: "84 kb/d" is 84,000, but a count fact
        # may keep the article's millions, 401.07 for "401.07 million shares")
        said = {abs(target), abs(fig.value * fig.scale)}
        if peer_sup and not M and target and stated is None and all(
                s.value and not any(0.2 <= v / abs(s.value) <= 5 or _decimal_slip(v, s.value) for v in said)
                for s in peer_sup) \
                and self.in_evidence(fc) is None \
                and not (fig.change_like and any(s.fact.metric == "price_change" for s in peer_sup)):
            # "Toyota shares closed 1.8 percent higher" where Toyota's only percentage is its sales' 0.1%, "LME
            # aluminium stocks fell 6,125 tonnes" against its price: with no measure named, a value more than
            # five times off every fact of the entity in its unit is a measure the evidence does not have (no
            # fact supports it), not a wrong copy of one of them. Not the same digits with the point moved
            # (0.4% for 0.04%: a slip), nor a value some fact holds (whose it is the checker then asks), nor a
            # move where the entity has its move ("the DAX fell 9.9%" is a wrong copy of its -0.4%)
            peer_sup = []
        if peer_sup and (M or not q.inferred) and governed:
            best = min(peer_sup, key=lambda s: abs(abs(s.value) - abs(target)))
            if fc.to_level and not M:
                # "its shares up 31.8% to USD 197.00": the level a move reached is the close, whatever
                # other level of the entity (its year's high) happens to lie nearer the wrong figure
                best = next((s for s in peer_sup if s.fact.metric == "close"), best)
            return Verdict(MismatchedFigure.finding(
                fig.start, fig.end, span_text,
                f"{span_text} does not match the evidence for {E}: {describe(best)} ({best.fact.source})",
                [best.fact.id],
            ), peers=tuple(peers))
        if self._threshold_near_level(q, target):
            return Verdict(None)
        if M == {"year_high"} and fig.unit == "percent" and E is not None:
            # "Microsoft was 0.6% below its own high": a distance from the entity's high, which the
            # evidence gives as a level. (Narrow on purpose: the same test for any measure the
            # words seem to name was wrong more often than right on published articles, where the
            # measure is misread more often than misstated.)
            off = [d for d in idx.derived_about(E, "percent") if any(f.metric == "year_high" for f in d.facts)]
            if off:  # the distance the close and the high give
                best = min(off, key=lambda d: abs(abs(d.value) - abs(target)))
                return Verdict(MismatchedFigure.finding(
                    fig.start, fig.end, span_text,
                    f"{span_text} does not match the evidence for {E}: {describe(best)}",
                    [f.id for f in best.facts]))
            if stated is not None and self._has_metric(q, E) \
                    and not (stated.fact.entity == E and metric_match(M, stated.fact.metric)):
                # no close to derive it from: the value is the entity's move of the day, or another's fact
                whose = "" if stated.fact.entity == E else f" ({stated.fact.entity})"
                return Verdict(MismatchedFigure.finding(
                    fig.start, fig.end, span_text,
                    f"{span_text} is {describe(stated)}{whose}, but the text gives it as {E}'s year high: "
                    "check which measure it is", [stated.fact.id]))
        if stated is not None and E is not None and stated.fact.entity != E and fc.period is not None \
                and fc.entity_mention is not None and not fc.mentioned:  # a subject carried from before
            # "[The US economy ...] Output rebounded in the second quarter, growing at an annualised
            # 31.8%": the value is another entity's, and the entity the words are about has its own
            # figure in this unit for the very period they name
            own_then = [f for f in idx.by_entity.get(E, ()) if fact_family(f)[0] == stated.family
                        and fact_interval(f.period) == tuple(fc.period.interval)]
            if len(own_then) == 1:
                return _own_fact_differs(fig, span_text, E, own_then[0], stated.family)
        if stated is not None and E is not None and stated.fact.entity != E and fc.entity_mention is not None \
                and (fc.entity_mention.start >= fc.clause_start or _is_topic(self.text, fc)) \
                and not any(m.lower() in self.text[fc.clause_start:fc.clause_end].lower() for m in fc.mentioned - {E}) \
                and E.lower() not in stated.fact.entity.lower() \
                and not _inside_name(self.text, stated.fact.entity, fc.entity_mention.start, fc.entity_mention.end):
            # "Alibaba averaged HKD 4.07 billion a day" where 4.07 billion is SMIC's turnover and
            # Alibaba has a turnover of its own: the only name in the clause has its own fact of the
            # very measure that states this value, and another value for it. (The checker then asks
            # "check whom", a warning: whom a figure is about is its weakest reading.)
            own_same = [f for f in idx.by_entity.get(E, ()) if f.metric == stated.fact.metric
                        and fact_family(f) == fact_family(stated.fact)
                        and (fc.period is None or agree(fc.period.interval, fact_interval(f.period)))]
            if own_same:
                return _own_fact_differs(fig, span_text, E, own_same[0], stated.family)
        if stated is not None:
            # The value is a fact of the bundle, in this unit: the words' subject or measure
            # was read past it ("a combined 455.9 billion won of purchases by retail
            # investors"). With no fact of the read entity and metric to contradict it, a
            # stated value is not "unsupported"; its sign is still checked.
            return self._grounded(fc, stated, span_text, q.bare, M, E)
        closest = None
        near_fams = ["raw"] if q.bare and fig.scale == 1.0 else (
            ["count", *idx.currency_families] if q.bare else q.fams)
        for fam in near_fams:
            c = idx.nearest(fam, target)
            if c is not None and (closest is None or abs(c.value - target) < abs(closest.value - target)):
                closest = c
        # "Nine of the 11 sectors"; "sentiment at plus 12, up from plus 9": a reading said with its sign
        # in words (a diffusion index's) is a data point, not a count or a label
        plus_minus = q.bare and fig.scale == 1.0 and (SIGN_WORD_BEFORE.search(self.text, max(0, fig.start - 7), fig.start)
                                                       or _SIGN_WORD.match(self.text, fig.start))
        counted = (fig.is_word and fig.unit == "count") or bool(plus_minus)
        exact_level = q.bare and fig.scale == 1.0 and fig.step < 1  # "16,212.14", "73.67": a level to the hundredth
        # "372.5 million barrels" in a bundle that counts barrels: an amount with its scale and decimals
        scaled_amount = q.bare and fig.scale >= 1e3 and fig.step < 1 and not fig.is_word
        # "395,000" for a count of 359,000, "5,616" for an index's 5,661: a whole number of four digits or more,
        # bare, whose digits are a count's or a level's in points in another order is a slip of it too (fewer
        # digits swap by chance too often)
        bare_count = q.bare and fig.scale == 1.0 and fig.step >= 1 and abs(target) >= 1000 and not fig.is_word \
            and fig.hi is None
        swapped = self._transposed(q, target) if not q.bare or exact_level or scaled_amount or bare_count else None
        if swapped is not None and bare_count and swapped.unit not in ("count", "pts"):
            swapped = None
        if swapped is not None:
            # "up 7.4 percent" with retail sales up 4.7: the fact's digits in another order, a slip
            closest = Support(swapped.value, fact_family(swapped)[0], (swapped,), "fact")
        if closest is not None and closest.how in ("fact", "signed_fact") and not q.bare and fig.hedge in ("above", "below") \
                and fig.hedge_start is not None and not re.match(r"up\s+to\b", self.text[fig.hedge_start:fig.start], re.I) \
                and q.lo <= abs(closest.value) <= q.hi and abs(abs(closest.value) - fig.value) <= 0.01 * fig.value:
            # "just over 70% of Nvidia's top line" with the segment's 70.53 for the half year, "sales were
            # up by as much as 25%" with the region's 25: the figure, hedged on one side and within a
            # hundredth of it, holds the fact's value; whom or when it is about is what the reader
            # missed, as for a value stated exactly (not "some 92 times" near another name's 93)
            return Verdict(None, closest)
        if closest is not None and closest.how in ("fact", "signed_fact") \
                and (not q.bare or counted or exact_level or ((scaled_amount or bare_count) and closest.fact is swapped)) \
                and (self._near_miss(q, closest, target) or closest.fact is swapped) \
                and not self._another_measure(fc, closest.fact) \
                and not ((said := self._said_basis(fc)) is not None
                         and (b := _metric_basis(closest.fact.metric)) is not None and b != said):
            # "$1,287.89" with a gold high of 1,287.98 in the bundle and no other gold figure near:
            # a wrong copy of that fact (transposed digits, a slip), told as such
            return Verdict(MismatchedFigure.finding(
                fig.start, fig.end, span_text,
                f"{span_text} does not match the evidence: closest is {describe(closest)} ({closest.fact.source})",
                [closest.fact.id],
            ))
        hint = f" (closest: {describe(closest)})" if closest else ""
        if q.bare and fig.scale == 1.0 and not fig.is_word and closest is not None and closest.fact.unit == "count" \
                and closest.how in ("fact", "signed_fact") and closest.value == target and target == int(target) and target >= 2:
            # "Advancers beat decliners 407 to 200": a whole number that is exactly a count the
            # evidence holds is that count, whoever the sentence seems to be about (or a change of a
            # count, said the way it went: "total unemployment has climbed by 90,000")
            return Verdict(None, closest)
        if q.bare and fig.scale == 1.0 and not fig.is_word:
            if fig.step >= 1 and _not_a_quantity(self.text, fig):
                # "the 10 stocks with the highest trade value", "of the 30 Dow stocks", "session 728",
                # "Week 48", "(1985=100)", "Thursday (16)": the size of a set or a label, not a data
                # point (on the labelled articles 76 of the 92 warnings on bare numbers were on
                # honest figures, most of them of these shapes)
                return Verdict(None)
            if fig.step >= 1 and abs(target) < 1000 and fig.hi is None and fig.hedge is None and not plus_minus \
                    and not _COUNTED_NOUN.match(self.text, fig.end) \
                    and not (q.M and q.fc.metric_near and q.E is not None and self._has_metric(q, q.E)):
                # "the Boeing 737", "the 24 member states", "18 of the brokers", "for 7 years": a whole
                # number under a thousand, with no unit, that nothing in the bundle supports or comes
                # near is a count, a label or a size of a set far more often than a figure invented
                # (on the labelled articles 4 of 56 such warnings were on planted errors); a wrong copy
                # of a count the bundle has is still told, above, as a mismatch. (Not a hedged one, "about
                # 21 on a forward basis", nor one with the plural noun it counts, "with 812 stocks
                # declining", nor one whose measure the words name.)
                return Verdict(None)
            # "fell below 10", "to 1,263": a number with no unit that nothing supports is as
            # often a count, a threshold or a level the evidence does not hold as an invented
            # figure (3 of 23 were, on the labelled articles): a warning, never a clean draft.
            return Verdict(UngroundedFigure.finding(
                fig.start, fig.end, span_text,
                f"no fact supports {span_text}{hint}; a number without a unit: say what it counts or drop it",
                severity="warning",
            ))
        if fig.tally:
            votes = [f for f in self.idx.facts if f.unit == "count" and "vot" in f.metric]
            if not votes:  # a vote the bundle does not hold, told as small counts are (above)
                if not _COUNTED_NOUN.match(self.text, fig.end):
                    return Verdict(None)
                return Verdict(UngroundedFigure.finding(
                    fig.start, fig.end, span_text, f"no fact supports {span_text}{hint}; the evidence holds no vote",
                    severity="warning"))
            # "a close 6 to 3 vote" where the bundle has the vote as 5 and 4: a wrong count of it
            vote = min(votes, key=lambda f: abs(f.value - target))
            return Verdict(MismatchedFigure.finding(
                fig.start, fig.end, span_text,
                f"{span_text} does not match the vote the evidence gives: {vote.id} = {vote.value:g} ({vote.source})",
                [vote.id]))
        return Verdict(UngroundedFigure.finding(
            fig.start, fig.end, span_text, f"no fact supports {span_text}{hint}",
        ))

    @staticmethod
    def _currency_subject(fc: FigureContext, s: Support) -> bool:
        """The words move the currency itself while its facts price the dollar in it."""
        m = fc.entity_mention
        # A stated change keeps the sign its bundle gave it ("the rupee gained 3 paise": +0.03);
        # a move derived from two rates is a move in the dollar's price.
        return (m is not None and s.how not in ("fact", "signed_fact") and all(f.entity == m.entity for f in s.facts)
                and all(quoted_against_itself(f) for f in s.facts))

    def _threshold_near_level(self, q: Query, target: float) -> bool:
        """"Topping the 12,000 threshold", "below the 1,100 won level": a round mark a level
        crossed, checked as a mark near a level the entity has (within 10%), not as a datum."""
        fc, fig = q.fc, q.fc.fig
        # "just one step away from reaching 7.00": a whole number written with its decimals is a
        # mark an exchange rate crosses
        # (not "below the 51.0 level expected by economists", a forecast)
        whole = 0.001 <= fig.step < 1 and abs(fig.value) >= 1 and fig.value == int(fig.value) \
            and bool(_MARK_BEFORE.search(self.text, max(0, fig.start - 30), fig.start)) \
            and not _FORECAST_AFTER.match(self.text, fig.end)
        # "crossed the one trillion dirham mark", "topped the $2 trillion mark": a round amount in a scale
        scaled = fig.scale >= 1e6 and fig.hi is None and fig.value == int(fig.value) \
            and bool(_MARK_AFTER.match(self.text, fig.end)) and bool(_MARK_BEFORE.search(self.text, max(0, fig.start - 30), fig.start))
        if not scaled and (fig.is_word or fig.hi is not None or (fig.step < 1 and not whole) or (abs(fig.value) < 10 and not whole)):
            return False
        marked = _MARK_AFTER.match(self.text, fig.end)  # "the upper 113 yen zone"
        if not scaled and not marked and ((fig.value % 10 and not whole)
                           or not _MARK_BEFORE.search(self.text, max(0, fig.start - 30), fig.start)):
            return False  # "surpassing 12,000": a round number after a crossing word
        v = abs(target)
        fams = ["raw"] if (q.bare and fig.scale == 1.0) or fig.unit == "rate" else q.fams
        for fam in fams:  # a level within 10% of the mark, looked up by value, not by scanning the bundle
            for s in self.idx.in_range(fam, v / 1.1, v / 0.9):
                if s.how in ("fact", "signed_fact") and not self.idx.is_change(s.fact.metric) \
                        and (q.E is None or s.fact.entity == q.E):
                    return True
        return False

    def _transposed(self, q: Query, target: float) -> Fact | None:
        """The one fact, of the figure's unit and about what the sentence names, whose digits
        are the figure's in another order ("31.47" for 31.74, "20.95" for 20.59)."""
        fig = q.fc.fig
        if fig.is_word or fig.hi is not None or (abs(target) < 1 and fig.step >= 0.1):
            return None  # ("0.28 percentage points" for a gap of 0.82 has digits enough to swap)
        places = max(0, round(-math.log10(fig.step))) if fig.step < 1 else 0
        mine = f"{abs(fig.value):.{places}f}".replace(".", "").lstrip("0")
        if len(mine) < 2 or len(set(mine)) < 2:
            return None
        found = []
        for fam in (["raw"] if q.bare else q.fams):
            for f in self._by_digits(fam, places, fig.scale or 1.0).get("".join(sorted(mine)), ()):
                theirs = f"{abs(f.value * fact_family(f)[1] / (fig.scale or 1.0)):.{places}f}".replace(".", "").lstrip("0")
                sup = Support(f.value, fam, (f,), "fact")
                if theirs != mine and (self._near_miss(q, sup, target, any_distance=True) or (
                        # ("259,505 yen" for average earnings of 295,505 in a wage story whose words name the
                        # wage growth, "52.86%" for a producer price's rise of 58.26%: four digits or more in
                        # another order are that fact's, whatever the measure the words were read as)
                        len(mine) >= 4 and q.M and self._near_miss(replace(q, M=None), sup, target, any_distance=True))):
                    found.append(f)
        return found[0] if len(found) == 1 else None

    def _by_digits(self, fam: str, places: int, scale: float) -> dict[str, list[Fact]]:
        """Facts of a unit family by their sorted digits at a number of places: built once per
        (family, places, scale), so a draft of many figures looks each one up, not the bundle."""
        key = (fam, places, scale)
        table = self._digit_tables.get(key)
        if table is None:
            if self._by_family is None:
                self._by_family = {}
                for f in self.idx.facts:
                    self._by_family.setdefault(fact_family(f)[0], []).append(f)
            table = {}
            facts = self.idx.facts if fam == "raw" else self._by_family.get(fam, ())
            for f in facts:
                digits = f"{abs(f.value * fact_family(f)[1] / scale):.{places}f}".replace(".", "").lstrip("0")
                table.setdefault("".join(sorted(digits)), []).append(f)
            self._digit_tables[key] = table
        return table

    def _near_miss(self, q: Query, s: Support, target: float, any_distance: bool = False) -> bool:
        f = s.fact
        if q.fc.fig.hi is not None:
            return False  # a range no fact states is a new claim, not a slip
        if forecast_words(self.text, q.fc) and not _FORECASTY.search(f.metric):
            return False  # a forecast no fact states is a new claim; a wrong copy of a stated forecast is a slip
        if q.E is not None and f.entity != q.E and f.entity not in q.fc.mentioned:
            return False
        if q.M and not metric_match(q.M, f.metric):
            return False
        v = abs(f.value * fact_family(f)[1])
        slack = max(0.1 * v, 2.0) if q.fc.fig.is_word and q.fc.fig.unit == "count" else 0.1 * v
        return v > 0 and (any_distance or abs(abs(target) - v) <= slack)

    def _as_written(self, q: Query) -> list[Support]:
        """The facts whose value is the figure's as written (rounding only, no hedge's width:
        "roughly 75%" of years is not grounded by some other 72% in the bundle), in its unit and
        with a sign it allows, whoever or whatever they are about."""
        fig = q.fc.fig
        lo, hi = interval(fig, None)
        k = 1.0 if q.bare and fig.scale == 1.0 or fig.unit == "rate" else fig.scale
        return [s for fam, a, b in q.ranges
                for s in self.idx.in_range(fam, *sorted((math.copysign(lo * k, a), math.copysign(hi * k, a))))
                if s.how in ("fact", "signed_fact") and self._sign_ok(q, s)]

    def _stated_elsewhere(self, q: Query) -> tuple[Support | None, Support | None]:
        """The bundle's fact with exactly this value (rounding only) in this unit, whatever
        entity or measure the words were read as; and the same when the sentence names its
        measure ("a deficit target of 4%"), else None."""
        fig = q.fc.fig
        if fig.verb_multiple or q.fc.extreme or (q.bare and fig.scale == 1.0 and fig.step >= 1):
            return None, None  # a round bare number ("250", "12,000") matches too much by chance
        forecast = forecast_words(self.text, q.fc)
        sups = [s for s in self._as_written(q)
                if (not forecast or _FORECASTY.search(s.fact.metric))  # a target is grounded by a target
                and not _unnamed(q, s)]
        if q.fc.period is not None:
            sups = [s for s in sups if self._per_ok(q, s)]
        if not sups:
            return None, None
        sentence = self.text[q.fc.sentence.start:q.fc.sentence.end].lower()

        def named(s: Support) -> int:  # the fact whose measure the sentence names ("a deficit target of 4%")
            # (not by a word every other measure has: "rate" in "the unemployment rate" names no
            # policy rate, the plant's "same entity, another measure")
            return -sum(1 for t in s.fact.metric.split("_") if len(t) > 3 and t not in _GENERIC_METRIC_WORDS
                        and re.search(rf"\b{re.escape(t)}", sentence))
        best = min(sups, key=lambda s: (named(s), self._rank(s, q.fc, q.M, q.E)))
        return best, (best if named(best) < 0 else None)  # a named one, if any, sorts first

    @staticmethod
    def _rank(s: Support, fc: FigureContext, M, E) -> tuple:
        fig_sign = -1 if fig_signed(fc) < 0 else (1 if fig_signed(fc) > 0 else 0)
        s_sign = (s.value > 0) - (s.value < 0)
        bare = not fc.fig.unit_given
        return (
            # a bare number is read first as what is written bare: points, counts, multiples
            0 if not bare or s.family.startswith(("points", "count", "multiple")) else 1,
            0 if E is None or E in {f.entity for f in s.facts} else 1,
            0 if not M or any(f.metric in M for f in s.facts) else (1 if any(metric_match(M, f.metric) for f in s.facts) else 2),
            0 if (not fig_sign or not s.signed or s_sign == fig_sign) else 1,
            0 if s.how in ("fact", "signed_fact", "multiple") else 1,
        )

    def _scale_dropped(self, q: Query) -> Support | None:
        """The entity's one fact whose value is the bare figure's times a thousand, a million or a
        billion (to the figure's last digit), in a count or a currency."""
        fig, hits = q.fc.fig, []
        for f in self.idx.by_entity.get(q.E, ()):
            family, scale = fact_family(f)
            if not (family == "count" or family.startswith("currency:")) or (q.M and not metric_match(q.M, f.metric)):
                continue
            v = abs(f.value * scale)
            for k in (1e3, 1e6, 1e9):
                if abs(v - abs(fig.value) * k) <= fig.step * k / 2:
                    hits.append(f)
        return Support(hits[0].value, fact_family(hits[0])[0], (hits[0],), "fact") if len(hits) == 1 else None

    def _unit_carried(self, fc: FigureContext, best: Support) -> bool:
        """"a plan worth 579 billion dollars, in addition to the 400 already foreseen": a bare
        number after an amount in the same clause, set against it, takes that amount's scale and
        currency (the plant's bare "569" for "569kt" has none before it)."""
        before = self.text[fc.sentence.start:fc.fig.start]
        gap = _SET_AGAINST.search(before)
        if gap is None:
            return False
        # (not a conversion in brackets: "14.6 billion Norwegian crowns ($1.58 billion), against the 14.1
        # billion" sets crowns against crowns)
        prev = [f for f in extract_figures(before[:gap.start()]) if f.unit.startswith("currency:") and f.scale != 1.0
                and not before[:f.start].rstrip().endswith("(")]
        if not prev or len(before) - prev[-1].end > 60:
            return False
        family, scale = unit_family(best.fact.unit)
        return abs(fc.fig.value * prev[-1].scale - best.fact.value * scale) <= 1e-6 * abs(best.fact.value * scale) \
            and family.split(":")[-1] in prev[-1].unit.split(":")[-1].split("|")

    def _grounded(self, fc: FigureContext, best: Support, span_text: str, bare: bool, M, E) -> Verdict:
        fig = fc.fig
        fx = best.fact.metric.startswith("fx") or best.fact.entity.lower() in _CURRENCY_NAMES
        if bare and not fx and not best.family.startswith(("points", "count", "multiple")) and best.how in ("fact", "signed_fact"):
            specific = fig.step < 1 or "," in span_text or fig.scale != 1.0 or fig.value >= 100
            related = (M and best.fact.metric in M) or (E is not None and best.fact.entity == E and not fc.unknown)
            if (specific or related) and not self._unit_carried(fc, best):
                return Verdict(None, support=best, unitless=best)
        fs = fig_signed(fc)
        s_sign = (best.value > 0) - (best.value < 0)
        if all(_DOWN_METRIC.search(f.metric) for f in best.facts):
            s_sign = -s_sign  # "depreciation_ytd" = 19.6: a measure named for a fall counts the fall up
        if fs and fc.direction_start is not None and BETTER_WORD.match(self.text, fc.direction_start) \
                and all(_LOWER_IS_BETTER.search(f.metric) for f in best.facts):
            fs = -fs  # "the combined operating ratio improved by two percentage points": a cost ratio improves down
        inverted = bool(fs) and self._currency_subject(fc, best)
        if inverted:
            fs = -fs  # "the yen strengthened 2%" while the dollar's price in yen fell 2%
        elif fs and fc.strength_word and all("yield" in f.metric or f.metric.startswith("bond") for f in best.facts):
            fs = -fs  # "2.5 basis points stronger": a bond firms as its yield falls
        if best.signed and fs and s_sign and fs != s_sign:
            # "UniCredit fell (-1.94%)" for a rise: the word says it too, so the claim is the way
            # it moved; a written sign alone ("-1.94%") is a wrong number
            if fig.explicit_sign and not (fc.direction_start is not None and fc.direction_start < fig.start
                                          and fc.sign == fs):
                return Verdict(MismatchedFigure.finding(
                    fig.start, fig.end, span_text,
                    f"{span_text} has the wrong sign: {describe(best)}", [f.id for f in best.facts],
                ), support=best)
            start = fc.direction_start if fc.direction_start is not None else fig.start
            word = "rose" if s_sign > 0 else "fell"
            why = f"the text says {'up' if fs > 0 else 'down'} but the evidence {word}"
            if inverted:
                cur = best.fact.entity
                why = (f"the text says the {cur} {'weakened' if fs > 0 else 'strengthened'}, but the dollar's price "
                       f"in {cur} {word}, so the {cur} {'weakened' if s_sign > 0 else 'strengthened'}")
            return Verdict(WrongDirection.finding(
                start, fig.end, self.text[start:fig.end],
                f"{why}: {describe(best)}",
                [f.id for f in best.facts],
            ), support=best)
        if best.how == "signed_fact" and not fs and s_sign < 0 and not fc.neg_cue and not fc.to_level and not fc.from_base \
                and not fc.fall_before \
                and not _BELOW_AFTER.match(self.text, fig.end):  # "4.8% below where it started the month"
            # (and not after a fall named earlier in the sentence and no rise: "A drop of 2.8% was recorded
            # by the Kering group, 1.6% by Hermès and finally 1.4% by LVMH")
            if _LEVEL_BEFORE.search(self.text, max(fc.sentence.start, fig.start - 24), fig.start):
                # "producer prices were 2.1%" for -2.1%: a reading stated as a level carries its
                # sign in its digits, so a positive one is a wrong number
                return Verdict(MismatchedFigure.finding(
                    fig.start, fig.end, span_text,
                    f"{span_text} drops the minus sign: {describe(best)}", [best.fact.id],
                ), support=best)
            if (at := self._rise_in_clause(fc)) is not None:
                # the clause says it rose, in words the reading did not tie to the figure: "stockpiles
                # were up by another 900,000 barrels", "imports rose for 8.5%", "closed up seven sen or
                # 0.8%", "15% above the same month last year", "the 25-basis point rate hike"
                start, end = min(at[0], fig.start), max(at[1], fig.end)
                return Verdict(WrongDirection.finding(
                    start, end, self.text[start:end],
                    f"the text says up but the evidence fell: {describe(best)}", [best.fact.id],
                ), support=best)
            # The size of a move with no word the checker knows for its direction ("Sensex Crashes
            # 704 Points", "top loser with 17.74 percent", "weekly swings of 5-20%"): the writer's word
            # carries the fall. It was a warning; on the labelled articles 3 of 46 were on a lie.
        return Verdict(None, support=best)


# "in the 12 months to January": a year's span named by its last month
_TWELVE_MONTHS_TO = rx.compile(r"\b(?:12|twelve)\s+months\s+(?:to|through|ended|ending)\b", re.I)
# "a year earlier", "a year ago", "last year": a span a year back
_YEAR_BACK = rx.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year", re.I)
# "in the same period last year", "the corresponding period a year ago": the story's span, a year back
_SAME_SPAN_BEFORE = rx.compile(r"\b(?:same|corresponding|comparable)\s+(?:period|months?|span|time)\s+(?:of\s+|in\s+)?$", re.I)
# after the size of a move, the words that say it was a rise
_RISE_AFTER = rx.compile(r"\s+(?:above|higher\s+than|(?:(?:repo|policy|interest|key)\s+)?(?:rate\s+)?hikes?)\b", re.I)
# where a clause begins, looking back from a figure
_CLAUSE_OPENER_BACK = rx.compile(r"[;:,(]|\b(?:but|while|whereas|although|though|after|before|as)\b", re.I)


# the words that set a bare number against the amount before it, and "the" that points back to it:
# "579 billion dollars, in addition to the 400 already foreseen", "Kes 2.95 billion ... against the
# 3.26 billion" (not "A$2,459.3 million versus 1,212.7 million", a unit left out)
_SET_AGAINST = rx.compile(r",?\s+(?:in\s+addition\s+to|on\s+top\s+of|besides|compared\s+(?:with|to)|against|versus"
                          r"|vs\.?|up\s+from|down\s+from|from|than)\s+the\s+$", re.I)


# Measures a figure supports only when its words name them: a stock's average daily move of 1.0%
# is not the 1.0% it "fell" (tools/equity.py)
_NAMED_ONLY = frozenset({"avg_daily_move"})


def _is_topic(text: str, fc: FigureContext) -> bool:
    """The figure's name is the sentence's topic: "For palladium, JM said ... demand to 7.61 million"."""
    topic = FOR_TOPIC.match(text, fc.sentence.start)
    return topic is not None and fc.entity_mention is not None and topic.end() == fc.entity_mention.start


def _unnamed(q: Query, s: Support) -> bool:
    """A support only of such measures, for a figure whose words do not name one."""
    return all(f.metric in _NAMED_ONLY for f in s.facts) and not (q.M and q.M & _NAMED_ONLY)

# Exchange rates are quoted bare ("the rupee closed at 54.73"): no unit is missing.
_CURRENCY_NAMES = frozenset({"yen", "yuan", "renminbi", "euro", "dollar", "pound", "sterling", "rupee", "won", "franc",
                             "ringgit", "baht", "rupiah", "peso", "real", "rand", "lira", "ruble", "rouble", "dong"})
# "22.7 million iPods", "259.1 million shares": a scaled number followed by a noun counts things
_COUNTED = rx.compile(
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*)?"  # "as 60 of its 70 stocks declined"
    r"\s+(?:(?!(?:as|and|or|of|in|on|at|to|for|with|while|than|from|by|the|a|an|were|was|are|is)\b)[\w&-]+\s+){0,2}?"
    r"(?:stocks|companies|firms|members|components|constituents|sectors|sub-indices|issues"
    r"|employees|workers|staff|people|stores|branches|outlets|banks|lenders|countries|economies|markets|funds"
    r"|enterprises|businesses|respondents|factories|manufacturers|households|participants|economists|analysts"
    r"|listings|IPOs|deals|vessels|units|homes|cars|vehicles|jobs"
    # "the volume leader with 38,134 shares changing hands", "40 trades of 110,198 shares"
    r"|shares|trades|transactions|contracts)\b")
_COUNTED_BEFORE = rx.compile(
    r"\b[Oo]f\s+(?:the\s+)?\d[\d,]*\s+(?:[\w&-]+\s+){0,2}(?:stocks|companies|firms|members|components|constituents"
    r"|sectors|issues|banks|countries|economies)\s*,\s*$")
_VOLUME_UNIT = rx.compile(r"(?:" + VOLUME_UNITS + r")$")
_COUNT_NOUN = rx.compile(
    r"\s+(?!(?:of|in|to|from|and|or|the|a|an|at|for|on|with|worth|as|than|by|per|year|years|was|were|is|are"
    r"|last|this|that|compared|versus|vs|after|before|while|since|in|during|over|under|more|less|higher|lower"
    r"|up|down|a|previously|earlier|each|respectively|dollars?|euros?|pounds?|yuan|yen|won|rupees"
    r"|today|yesterday|tomorrow|now|so|last|apiece|each|against|amid|despite|following|when|where|which|who"
    # "topping the 14.1 billion expected by analysts": a participle after the amount, not a thing counted
    r"|expected|forecast|forecasted|estimated|anticipated|projected|predicted|seen|budgeted|planned|targeted"
    r"|reported|recorded|posted|announced|pretax|pre-tax|after-tax|net|gross"
    r")\b)"
    # money nouns, up to two words on: "a 4.4 billion loss", "a 6 billion share buyback", "their 1.9
    # trillion COVID-19 relief package" are amounts without their currency, not counts
    r"(?!(?:(?!shares\b|stocks\b|barrels\b|tonnes\b|tons\b|units\b)[\w-]+\s+){0,2}(?:loss|losses|profits?|revenues?|sales|deficits?|surplus|deals?|contracts?|investments?|charges?|write-?downs?"
    r"|stakes?|package|bids?|offers?|acquisition|takeover|budgets?|debts?|fines?|settlements?|outflows?|inflows?"
    r"|payments?|dividends?|buybacks?|income|earnings|turnover|capex|spending|stimulus|bailout|valuation|worth"
    r"|value|funds?|funding|costs?|expenses?|net|purchases?|orders?|shortfall|provisions?|impairments?|credits?"
    r"|loans?|bonds?|notes|offering|cash|capital|assets|liabilities|reserves|savings|exports?|imports?|trade)\b)"
    r"[A-Za-z][A-Za-z-]+\b")
# A whole number that sizes a set ("the 10 stocks", "of the 30 Dow stocks", "all 10 stocks", "the
# most liquid 43 shares", "the 40 largest equity markets") or labels a thing ("session 728",
# "Week 48", "type 6, screen 13", "Boeing 737", "(1985=100)", "Thursday (16)", "January 1 to 31")
_SET_BEFORE = rx.compile(r"(?:\b(?:the|all|of\s+the|its|their|includes|including|comprising|comprises)"
                         r"(?:\s+(?:most|least|[a-z]+ly))?(?:\s+[a-z]+)?\s+)$", re.I)
_SET_AFTER = rx.compile(r"\s+(?:[A-Za-z&.\-]+\s+){0,3}?(?:stocks|shares|companies|members|sectors|constituents|"
                        r"markets|economies|largest|biggest|countries|banks|issues|firms|names|components|counters|"
                        r"securities|indices|indexes|top|leading|blue[\s-]chips?)\b", re.I)
_LABEL_BEFORE = rx.compile(r"\b(?:session|week|screen|number|no\.|type|model|series|phase|round|grade|figure|table|"
                           r"chart|issue|edition|volume|vol\.|Boeing|Airbus\s+A)\s*$", re.I)
_LABEL_AROUND = rx.compile(r"\(\s*$|=\s*$")
_DAY_RANGE = rx.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+\d{1,2}\s*(?:to|-|\u2013)\s*$")


def _labelled(text: str, fig) -> bool:
    """A number right after a label word: "session 728", "Week 48", "Issue 02"."""
    return _LABEL_BEFORE.search(text, max(0, fig.start - 40), fig.start) is not None


# "812 stocks declining", "50 of its 70 stocks", "a 10-2 vote": a whole number with the plural noun
# it counts (a word or two after it), not a label ("the 737 MAX", "page 21", "January 21 and 31")
_COUNTED_NOUN = rx.compile(r"[-\u2013]\d+\s+(?:vote|decision|majority)\b|\s+(?:of\s+(?:the|its|their|all)\s+(?:[\d,]+\s+)?)?(?:[a-z][a-z-]*\s+)?"
                           r"(?!(?:this|was|has|its|does|plus|less|thus|versus|across|unless|whereas|as|is|us)\b)[a-z]{2,}s\b")


def _not_a_quantity(text: str, fig) -> bool:
    before, after = text[max(0, fig.start - 40):fig.start], text[fig.end:fig.end + 60]
    if _SET_BEFORE.search(before) and _SET_AFTER.match(after):
        return True
    if _labelled(text, fig) or _DAY_RANGE.search(before):
        return True
    # "(1985=100)", "Thursday (16)": a base or a day in brackets
    return bool(re.match(r"\s*\)", after) and _LABEL_AROUND.search(before)
                or re.match(r"\s*=\s*\d", after) and before.rstrip().endswith("("))


# The lines market language draws: a bear market is a 20% fall from a peak, a correction 10%.
_MARKET_LINES = ((20.0, rx.compile(r"\bbear(?:[\s-]market|ish\s+territory)", re.I)),
                 (10.0, rx.compile(r"\bcorrection(?:\s+territory)?\b", re.I)))
# a bar a reading cleared: "inflation above a 6% rate", "below the 2% target"
_BAR_BEFORE = rx.compile(r"\b(?P<side>above|over|beyond|exceeding|topping|below|under|beneath)\s+(?:a|an|the)\s+$", re.I)
_BAR_NOUN_AFTER = rx.compile(r"\s+(?:annual\s+|annualized\s+|yearly\s+)?(?:rate|level|mark|threshold|target|pace|ceiling|floor"
                             r"|line|barrier|limit)\b"
                             # (not a forecast: "below the 51.0 level expected by economists" is the consensus)
                             r"(?!\s+(?:expected|forecast|estimated|predicted|anticipated|projected|seen|penciled)\b)", re.I)
_BELOW_WORDS = frozenset({"below", "under", "beneath"})
_MARK_AFTER = rx.compile(
    # "the 500,000 won hynix" mark": a nickname and a closing quote may come between
    r"(?:\s+(?:yen|won|dollars?|points?|pts|rupees?|yuan))?(?:\s+[A-Za-z][\w-]*)?[\u201d\"']?[\s-]+"
    r"(?:level|mark|threshold|barrier|zone|range|line|handle|territory"
    r"|area|region|milestone|ceiling|floor)\b", re.I)
_MARK_BEFORE = rx.compile(
    r"\b(?:surpass(?:ed|ing|es)?|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?|cross(?:ed|ing|es)?|br(?:oke|eaking|eaks)|breach(?:ed|ing|es)?|above"
    r"|below|under|over|beyond|past|through|upper|lower|mid|near|around"
    r"|(?:nearer|closer|near|close)\s+to|toward(?:s)?|approach(?:ed|ing|es)?"
    r"|(?:away\s+from|short\s+of|within\s+reach\s+of)(?:\s+(?:reaching|hitting|touching|breaking))?)\s+(?:the\s+)?(?:key\s+|psychological(?:ly important)?\s+)?"
    r"(?:(?:level|mark|threshold|barrier)\s+of\s+)?$",  # "below the level of 12,000 points"
    re.I)
_FORECAST_AFTER = rx.compile(r"[^.;\d]{0,20}\b(?:expected|forecasts?|forecast|estimated?|estimates|consensus|economists"
                             r"|predicted|anticipated|projected|seen|polled)\b", re.I)
# a story that quotes prices in cents or moves in basis points somewhere
_CENTS_QUOTED = rx.compile(r"\d\s?(?:cents?\b|\u00a2|c/(?:lb|bu|kg)\b|US\s?cents\b)", re.I)
# a market quoted in US cents a pound or a bushel (robusta, cocoa and white sugar trade in dollars a tonne)
_CENTS_MARKET = rx.compile(r"\b(?:arabica|raw\s+sugar|sugar\s+(?:no\.?\s*)?11|cotton|wheat|corn|soybeans?|soy(?:bean)?\s+oil"
                           r"|oats|orange\s+juice|lean\s+hogs?|live\s+cattle|feeder\s+cattle)\b", re.I)
_BPS_QUOTED = rx.compile(r"\d\s?(?:-\s?)?(?:basis[\s-]points?|bps?\b)", re.I)
# a clause that goes on from the one before it, sharing its period: "..., while the S&P 500 rose",
# "..., against 0.1% for the Dow", "... and the Dow"
_CARRIES = rx.compile(r"[,;:]\s+(?:while|whereas|against|and|with|compared\s+with|versus)\b|\s(?:while|whereas)\s", re.I)
_PERIOD_AS_MODIFIER = rx.compile(r"(?:'s|\u2019s)?\s+(?:feat|figure|reading|level|number|print|data|total|record|peak|high"
                                 r"|low|pace|performance)\b", re.I)
# a reading stated as a level just before its figure: "were 2.1%", "stood at 2.1%", "is 2.1%"
_LEVEL_BEFORE = rx.compile(r"\b(?:was|were|is|are|stood\s+at|stands\s+at|came\s+in\s+at|reading\s+of)\s+$", re.I)
_BELOW_AFTER = rx.compile(r"\s+(?:below|under|short of|off|lower than|less than|beneath)\b", re.I)
# a measure the clause names for itself: a component, a side rate, a day's extreme
_OWN_MEASURE = rx.compile(
    r"\b(?:core|underlying|excluding\s+food(?:\s+and\s+energy)?|intraday(?:\s+(?:high|low))?"
    r"|touch(?:ed|ing)|as\s+(?:low|high)\s+as|(?:new|export)\s+orders|backlog\s+of\s+orders|prices\s+index"
    r"|index\s+for\s+[a-z]+(?:\s+[a-z]+)?|(?:standing|marginal)\s+(?:deposit\s+)?(?:standing\s+)?facility"
    r"|dividend\s+yield|employment-population|winning\s+price"
    # a component of the price index, by its word alone ("with food prices up 11.3pc", "the CPI-trim
    # measure eased to 3.9 per cent"): the fact must carry that word to be the one meant
    r"|(?:food|energy|fuel|petrol|gasoline|diesel|electricity|housing|transport(?:ation)?|clothing|shelter|rents?"
    r"|services|alcohol|tobacco|healthcare|health|education|utilities|vegetables?|meat|rice)(?=\s+(?:prices?|costs?|inflation)\b)"
    r"|(?<=CPI-)(?:trim|median|common)|trimmed[\s-]mean"
    r"|(?:wage|pay)(?=\s+(?:growth|inflation|rises?|increases?|gains?)\b)|wages"  # "Wage growth slowed to 2.6 per cent"
    # a narrower or a side measure, named by its qualifier ("the youth unemployment rate was 14.1%",
    # "continuing claims dipped to 5.51 million", "gross margin was 45.2 per cent", "operating profit
    # reached 27.9 billion yuan", "the participation rate slipped to 65.3%")
    r"|youth(?=\s+(?:unemployment|jobless))|continu(?:ing|ed)(?=\s+(?:jobless\s+)?claims)"
    r"|(?:gross|net|operating|ebitda|ebit|profit)\s+margins?|gross(?=\s+profit)|operating(?=\s+(?:profit|income|loss))"
    r"|participation|underutili[sz]ation|underemployment)\b", re.I)
_MEASURE_FILLER = frozenset({"of", "for", "as", "and", "index", "the", "excluding"})
# "371 to 250": the second number of a pair (not after a year: "its forecast for FY2026 to 6.8 per cent")
_SECOND_OF_PAIR = rx.compile(r"(?<!FY)(?<!\d)(?!(?:19|20)\d\d\s)\d[\d,]*\s+(?:to|vs\.?|versus|against)\s+$")
_ANNUAL = rx.compile(r"yoy|annual|12m|y_y", re.I)
# counts of sessions ("a third straight gain", "its biggest fall in 24 sessions"), not amounts
SESSION_COUNTS = frozenset({"streak", "largest_in"})
_CENTRAL_BANK = rx.compile(r"\b(?:Federal Reserve|Fed|ECB|European Central Bank|Bank of (?:Japan|England|Canada|Korea)"
                           r"|BOJ|BoJ|BoE|BOE|People's Bank of China|PBOC|PBoC|RBA|RBI|Reserve Bank\b[\w ]*|central bank"
                           r"|SNB|Riksbank|Norges Bank|Banxico|SARB)\b")
# levels a % move is read against as moves (and an exchange rate: "The yen strengthened 224.2%
# against the dollar" names the rate, moving)
_LEVEL_METRICS = frozenset({"close", "open", "price", "high", "low", "fx_rate"})
_TRAILING_PE = frozenset({"pe_ratio", "trailing_pe", "pe"})
_FORWARD = rx.compile(r"(?:^|_)(?:forward|fwd)(?:_|$)")
_TRAILING_WORD = rx.compile(r"\btrailing\b|\bpast\s+(?:12\s+months'?\s+)?earnings\b", re.I)
_FORWARD_WORD = rx.compile(r"\b(?:forward|forecast|expected|estimated|next\s+year'?s?)\b", re.I)
# words in many measures' keys that name none of them alone
_GENERIC_METRIC_WORDS = frozenset({"rate", "rates", "ratio"})
_EXTREME_METRIC = rx.compile(r"intraday|high|low|peak|trough|extreme", re.I)
_REVISED_FROM = rx.compile(r"\b(?:cut|cuts|lowered|lowers|raised|raises|revised|revises|trimmed|trims|lifted|lifts|downgraded|upgraded|reduced|reduces|increased|increases|adjusted)\b"
                           r"[^.;]{0,80}\bfrom\s+[^\s]*\d[^.;]{0,30}\bto\s+[^\s]*$", re.I)
_FORECASTY = rx.compile(r"guidance|forecast|consensus|target|projection|expect|outlook|estimate", re.I)
_FORECAST_WORDS = rx.compile(
    r"\b(?:expects?|expected|expectations?|forecasts?|forecast(?:ing)?|projects?|projected|predicts?|predicted"
    # ("this will have registered 4.7% in June": the future perfect of a flash estimate reports what
    # happened, no forecast)
    r"|estimates?|anticipates?|sees|see|will(?!\s+have\s+\w+ed\b)|would|could|likely|guidance|target|implying"
    r"|implies|imply|potential"
    r"|upside|downside)\b", re.I)


_WORD = rx.compile(r"[a-z]+(?:-[a-z]+)*")
_MOVES = rx.compile(r"\b(?:more|less|fewer|year[\s-](?:over|on)[\s-]year|y/y|yoy|from a year|change|changed)\b", re.I)
# A name that owns the figure by its words alone: "Alibaba's 105.2%", the elliptical list item
# "SoftBank Group at 21.5x", "Cambricon of CNY 557.0 billion", "with the Hang Seng Tech at ...",
# "Alibaba, which averaged HKD 11.3 billion"
_PINNED = rx.compile(r"(?P<possessive>(?:'s|\u2019s)?\s+)|,?\s+(?:at|of)\s+|\s*,\s*(?:which|who)\b[^.;:!?\n]{1,60}")
# ... the possessive only where the figure ends its phrase: "Alibaba's 15%." is Alibaba's, "the
# bank's 45.1 per cent stakeholding parent" is the parent's stake
_READING_VERB = rx.compile(r"\b(?:was|were|is|stood\s+at|came\s+in\s+at|printed|registered|reading\s+of|at)\s+$", re.I)
# what a weekly release counts: fund flows, jobless claims, stocks and storage, mortgage applications
_WEEKLY_MEASURE = rx.compile(r"flows?|inflows?|outflows?|claims|inventor|stocks?_|storage|injection|applications"
                             r"|refinanc|mortgage", re.I)
# ("+$3.8 billion last week": a weekly release's latest week, as "last week" in a story on it)
_WEEK_WORDS = rx.compile(r"\b(?:for|during|in|over)\s+the\s+(?:previous\s+|prior\s+)?week\b|\bthe\s+(?:previous|prior)\s+week\b"
                         r"|\blast\s+week\b", re.I)


def _weekly_release(fact: Fact, as_of: date) -> bool:
    """A week's count of a weekly release, for a week that ended within three weeks of the story."""
    a, b = fact_interval(fact.period)
    return _WEEKLY_MEASURE.search(fact.metric) is not None and 5 <= (b - a).days <= 7 \
        and timedelta(0) <= as_of - b <= timedelta(days=21)


def _reported_on(day: date, period: str) -> bool:
    """A day within about a quarter after the end of a fact's period of a month or more, and not
    right after it (a level held until the day before is that day's): when a quarter's or a year's
    results, or a month's release, came out."""
    a, b = fact_interval(period)
    return (b - a).days >= 27 and timedelta(days=5) <= day - b <= timedelta(days=100)


# (a word of betterment, grounding's BETTER_WORD, says down for a measure where lower is better)
_LOWER_IS_BETTER = rx.compile(r"(?:^|_)(?:cor|combined|cost|costs|expense|expenses|unemployment|jobless|deficit|npl"
                              r"|delinquency|default|defaults|loss|losses|spread|spreads)(?:_|$)")  # not every "ratio": a capital ratio improves up
_DOWN_METRIC = rx.compile(r"(?:^|_)(?:depreciation|decline|drop|fall)(?:_|$)")
_PINNED_END = rx.compile(r"\s*(?:[.,;:)]|$|(?:and|or|while|against|over|in|on|this|last)\b)")
# the basis a change is written on, right after it: "3.3% quarter-on-quarter", "0.4% on the month"
_BASIS_AFTER = rx.compile(
    r"\s*(?:(?P<qoq>quarter[\s-]on[\s-]quarter|q/q|qoq|on\s+the\s+quarter|from\s+the\s+previous\s+quarter|sequentially)"
    r"|(?P<mom>month[\s-]on[\s-]month|m/m|mom|on\s+the\s+month|from\s+the\s+previous\s+month)"
    r"|(?P<yoy>year[\s-]on[\s-]year|year[\s-]over[\s-]year|y/y|yoy|on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago)))\b", re.I)

# ... or said before it in its sentence: "On a monthly basis, the consumer price index rose 0.4 per cent"
_BASIS_BEFORE = rx.compile(r"\b(?:on|in)\s+an?\s+(?:(?P<mom>monthly|month-on-month)|(?P<qoq>quarterly|quarter-on-quarter)"
                           r"|(?P<yoy>annual|yearly|year-on-year))\s+basis\b"
                           # "Measured from a year earlier, output was up 1.6%"
                           r"|\b(?:measured|compared)\s+(?:from|with|to|against)\s+(?:a\s+year\s+(?:earlier|ago|before)"
                           r"|the\s+same\s+(?:quarter|period|month)\s+(?:a|last)\s+year)(?P<yoy2>)", re.I)


def _metric_basis(metric: str) -> str | None:
    """The basis a metric's key names ("gdp_yoy": yoy), or None for one it does not."""
    parts = set(metric.lower().split("_"))
    found = parts & {"yoy", "qoq", "mom"}
    return next(iter(found)) if len(found) == 1 else None


_LAST_WEEKDAY = rx.compile(r"(?i:last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_OF_THE_FISCAL_YEAR = rx.compile(r"\s+of\s+(?:the|its|their)\s+(?:current\s+)?(?:financial|fiscal)\s+year\b", re.I)
_AVERAGED = rx.compile(r"turnover|volume|net_buy|net_purchase|net_sell|flows?\b|inflows?|outflows?", re.I)
# "the busiest session this week", "a daily average of ... this month": one day of the span, not its total
_A_DAY_IN_SPAN = rx.compile(r"\b(?:daily|a\s+day|per\s+day|sessions?|highest|lowest|biggest|largest|busiest|smallest"
                            r"|single|record|average|averaged)\b", re.I)
_OUTPACES = rx.compile(r"\b(?:beat|beats|beating|outperform\w*|underperform\w*|outpac\w*|exceed\w*|lag\w*|ahead|behind|lead"
                       r"|leads|led|trail\w*|gap|difference|spread|margin|more|less|faster|slower)\b", re.I)
_COMPARES = rx.compile(
    r"\b(?:above|below|than|short of|premium|discount|record|peak|high|low|target|versus|vs|compared|relative"
    r"|expected|estimates?|consensus|forecasts?|guidance|beat|missed|topped)\b", re.I)


_EXPECTATION_TAIL = frozenset({"consensus", "forecast", "guidance", "target", "expected", "estimate", "prev", "previous"})


# A company's reported results: their quarters may be fiscal ones (an economy's never are).
_COMPANY_RESULT = rx.compile(r"revenue|sales|income|profit|earnings|eps|ebitda|margin|expense|cost|orders|deliveries"
                             r"|shipments|dividend|capex|cash_flow|bookings|subscribers", re.I)


# A story told in fiscal years ("the first half of this financial year", "FY2019", "2018-19"): its
# quarters may be fiscal, an economy's too (India's, Japan's).
_QUARTER_ENDED = rx.compile(
    r"\b(?:quarter|three months|period)\s+end(?:ed|ing)\s+(?:on\s+)?(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]{2,8})"
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2}))\b")
_YEAR_AFTER = rx.compile(r",?\s+((?:19|20)\d{2})\b")
_FY_AFTER = rx.compile(r"\s+FY\s?['\u2019]?(\d{2})\b")
# a quarter by its count, read with _labelled_no: "Q2", "second quarter"
_QUARTER_NUMBER = rx.compile(r"\bQ(?P<n>[1-4])\b|\b(?P<w>first|second|third|fourth)\s+quarter\b", re.I)
_FISCAL_WORDS = rx.compile(r"\b(?:fiscal|financial)\s+year\b|\bFY\s?\d{2}", re.I)
_N_YEARS = rx.compile(r"\b(?:two|three|four|five|ten|[2-9]|10)[\s-]years?\b", re.I)
_SPAN_WORDS = r"(?:WoW|MoM|YoY|QoQ|w/w|m/m|y/y|q/q|(?:week|month|year|quarter)[\s-]on[\s-](?:week|month|year|quarter))"
_SPAN_MARK = rx.compile(r"\s*(?:[a-z]+\s+)?" + _SPAN_WORDS + r"\b")  # "up 210,000 tons WoW"
_SPAN_ENDING_BEFORE = rx.compile(r"\b(?:period|quarter|half|months|year|weeks)\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$", re.I)
# the day a quarter is said to end on: "the quarter ended Oct. 28, 2011", "the three months to 4 May"
_ENDED_ON_DAY = rx.compile(r"\b(?:ended|ending|to|through)\s+(?:on\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+(\d{1,2})(?!\d))")
_SPAN_MARK_BEFORE = rx.compile(r"\b" + _SPAN_WORDS + r"\s*\($")  # "WoW (9.7%)"
_GRADE_AFTER = rx.compile(r"\s*(?:Fe|Cu|Ni|Zn|Mn|Li2O|P2O5|K2O|TiO2|SiO2|Al2O3|MgO|CaO)\b"
                          r"|\s+(?:protein|moisture|purity|pure|sulph?ur|sulfur|ash|butterfat|fat|alcohol|ABV|grade|content)\b")
_OR_MORE = rx.compile(r"\s+or\s+(?:more|higher|better|greater|above|less|lower|below|worse)\b", re.I)
_COUNT_OF = rx.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|most|all|none)"
                       r"\s+(?:of\s+(?:the|those|these|them|its|their)\b|(?:[a-z]+\s+)?(?:stocks|shares|deals|companies|IPOs"
                       r"|issues|funds|names|members|banks|firms|listings|debuts)\b)", re.I)
_N_MONTHS = rx.compile(r"\b(?:six|nine|6|9)\s+months\s+(?:that\s+)?(?:ended|ending|to|through)\b", re.I)
_BETWEEN = rx.compile(r"(?i:between)\s")
_SIGN_WORD = rx.compile(r"(?:plus|minus)\s", re.I)
_THE_MONTH = rx.compile(r"(?i:over|for)\s+the\s+month|(?i:monthly)")  # ("economists predicted a 0.2% monthly increase")
_RECORD_BEFORE = rx.compile(r"\b(?:record|all-time|peak|multi-year|decades?-)[\w\s-]{0,20}$", re.I)
# a fiscal year's label: "FY25", "FY 2025", "FY’24", "fiscal 2025", "fiscal year '25"
_FY_LABEL = r"(?:FY|fiscal\s+(?:year\s+)?)\s?['\u2019]?(?P<{}>(?:19|20)\d{{2}}|\d{{2}})"
_FY_QUARTER = rx.compile(r"\bQ(?P<q>[1-4])\s?" + _FY_LABEL.format("y") + r"\b"
                         r"|\b" + _FY_LABEL.format("y2") + r"\s+Q(?P<q2>[1-4])\b"
                         # "the first quarter of FY21", "the third quarter of fiscal 2024"
                         r"|\b(?P<qw>first|second|third|fourth)\s+quarter\s+(?:of\s+)?" + _FY_LABEL.format("y3") + r"\b", re.I)
# (first month, label offset): "FY25" ends in 2025 (offset 0: starts the year before) or starts in it (1)
_FY_CONVENTIONS = [(4, 0), (7, 0), (10, 0), (2, 0), (4, 1), (7, 1), (10, 1), (2, 1)]
_SEGMENT_BEFORE = rx.compile(r"\b(?:profits?|earnings|income|revenues?|sales|volumes?|shipments|deliveries)\s+"
                             r"(?:in|outside|across|from)\b[^.;,\d]{0,50}$", re.I)
_HIGH_BASE_BEFORE = rx.compile(r"\bfrom\s+(?:(?:its|the|a)\s+)?(?:[\w-]+\s+){0,2}(?:high|peak|highest\s+(?:point|level)|record|low|lowest\s+(?:point|level))"
                               r"(?:\s+of)?\s+$", re.I)
_QUARTER_COUNT = rx.compile(r"(?:the\s+)?(?:first|second|third|fourth)\s+quarter|Q[1-4]", re.I)
# a quarter by its count alone, not one with its year or a fiscal label ("Q1 2024", "Q1'24", "Q1 FY25")
_QUARTER_COUNT_ALONE = rx.compile(r"\b(?:(?P<n>first|second|third|fourth)\s+quarter|Q(?P<q>[1-4]))\b"
                                  r"(?!\s*(?:of\s+)?(?:fiscal\s+|financial\s+)?(?:19|20)\d{2}|['\u2019]\d{2}|\s*FY)", re.I)
_QUARTER_COUNT_YEAR = rx.compile(r"(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})"
                                 r"|Q[1-4]\s(?P<y2>(?:19|20)\d{2})", re.I)
_ORDINALS = ["first", "second", "third", "fourth"]
_QUARTER_APOSTROPHE = rx.compile(r"Q[1-4]\s?['\u2019](?P<y>\d{2})")
_FY_AFTER = rx.compile(r"\s?(?:of\s+)?" + _FY_LABEL.format("y") + r"\b", re.I)
# a period of the fiscal year under way, no label: "the first half of the fiscal", "of this financial year"
_OF_THE_FISCAL = rx.compile(r"\s+of\s+(?:the|this)\s+(?:current\s+)?(?:fiscal|financial)(?:\s+year)?\b", re.I)
_FY_BEFORE = rx.compile(r"\b" + _FY_LABEL.format("y") + r"\s+$", re.I)
_FY_WORD_BEFORE = rx.compile(r"(?:\b(?:fiscal|financial)\s+(?:year\s+)?|\bFY\s?)$", re.I)
_FY_SCOPE = rx.compile(r"\b" + _FY_LABEL.format("y") + r"\b", re.I)
_YEAR_PAIR = rx.compile(r"\b(?:19|20)(\d\d)[-/\u2013](?:(?:19|20)(?=\d\d\b))?(\d\d)\b(?![-/\d])")  # 2018-19, 2025-2026


def _quarter_no(day) -> int:
    """The calendar quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def _fiscal_quarter(q: int, label: int, first_month: int, starts_in_label: int):
    """Quarter q of the fiscal year labelled label, as a (first day, last day) interval."""
    return quarter_ending(*shift_month(label - 1 + starts_in_label, first_month, 3 * q - 1))


def _fiscal_halves(h: int, label: int, convention) -> set:
    """Half h of the fiscal year labelled label, under one convention or (None) any, the calendar's
    among them, as (first day, last day) intervals."""
    convs = [convention] if convention else _FY_CONVENTIONS + [(1, 1)]
    return {(_fiscal_quarter(2 * h - 1, label, *c)[0], _fiscal_quarter(2 * h, label, *c)[1]) for c in convs}


def _label_year(digits: str) -> int:
    """"25" or "2025" in a fiscal label ("FY25", "fiscal 2025")."""
    y = int(digits)
    return y + 2000 if y < 100 else y


def _pair_labels(text: str) -> set[int]:
    """The fiscal years a text names as year pairs ("this year, 2025-2026", "2018-19"), by the
    year each ends in, as "FY26" would name it."""
    return {int(m.group()[:4]) + 1 for m in _YEAR_PAIR.finditer(text) if _fy_pair(m.group(1), m.group(2))}


def _fy_pair(a: str, b: str) -> bool:
    """"2018-19": a year and the next one's last two digits (not "2025-11", a month)."""
    return int(b) == (int(a) + 1) % 100


_LABELLED_QUARTER = rx.compile(r"(?:Q(?P<n>[1-4])|(?P<w>first|second|third|fourth)\s+quarter\s+of)\s*['\u2019]?(?P<y>(?:19|20)?\d{2})",
                               re.I)


def _labelled_no(m) -> int:
    return int(m.group("n")) if m.group("n") else _ORDINALS.index(m.group("w").lower()) + 1


def _mostly_within(named, fact) -> bool:
    """A fact's quarter that is not a calendar quarter (it starts on another day than the 1st of
    January, April, July or October) and has most of its days in the calendar quarter named."""
    a, b = fact
    if not 80 <= (b - a).days <= 95 or (a.day == 1 and a.month in (1, 4, 7, 10)):
        return False
    overlap = (min(b, named[1]) - max(a, named[0])).days
    return overlap >= 0.5 * (b - a).days


def _decimal_slip(said: float, value: float) -> bool:
    """The same digits with the point moved (0.4 for 0.04, 1,820 for 182): a slip of the value, not another
    measure's."""
    r = abs(said / value)
    k = round(math.log10(r))
    return k != 0 and abs(r / 10 ** k - 1) < 0.02


def _fiscal_offset(words: str, interval, fact_period: str, fy_label: bool = False) -> bool:
    """A quarter said without its year ("Q3", "the fourth quarter"), or with a fiscal year's label
    ("2018-19"), one to three quarters off a calendar-quarter fact: the same quarter of a fiscal
    year that does not start in January."""
    if not fy_label and re.search(r"(?:19|20)\d{2}|\b\d{2}\b", words):
        return False
    a, b = fact_interval(fact_period)
    if (b - a).days < 80 or (b - a).days > 95:
        return False  # not a quarter
    months = (a.year - interval[0].year) * 12 + a.month - interval[0].month
    return months in (3, 6, 9, -3, -6, -9)


_MONTH_WORD = rx.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _april_year(interval, fact_period: str) -> bool:
    """A calendar quarter one quarter before a quarter fact's: the same quarter of a year from April."""
    a, _ = fact_interval(fact_period)
    return (a.year - interval[0].year) * 12 + a.month - interval[0].month == 3


def _implied_growth(s: Support, said: set[str] | None) -> bool:
    """Earnings growth read off two multiples of one company: at one price, trailing P/E
    over forward P/E is forecast earnings over past ones (43.9x and 28.7x: +53%). An
    identity, so "analysts expect its earnings to rise 53%" is grounded; said of profits, and
    only as an expectation ("its earnings rose 53%" is a claim no multiple supports)."""
    return (s.how == "level_gap" and bool(said and said & _EARNINGS_METRICS)
            and [f.metric for f in s.facts] == ["forward_pe", "pe_ratio"])  # from the forward base only


_EARNINGS_METRICS = frozenset({"net_income", "eps"})


def _same_stem(s: Support) -> bool:
    """An actual and its own expectation: "eps" and "eps_consensus"."""
    def base(metric: str) -> str:
        parts = metric.split("_")
        while len(parts) > 1 and parts[-1] in _EXPECTATION_TAIL:
            parts.pop()
        return "_".join(parts)
    return len({base(f.metric) for f in s.facts}) == 1


def _own_fact_differs(fig, span_text: str, E: str, f: Fact, family: str) -> Verdict:
    """The figure is said of E, whose own fact of that measure has another value."""
    return Verdict(MismatchedFigure.finding(
        fig.start, fig.end, span_text,
        f"{span_text} does not match the evidence for {E}: "
        f"{describe(Support(f.value, family, (f,), 'fact'))} ({f.source})", [f.id]))


def _inside_name(text: str, name: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a mention of ``name`` ("gas" inside "Housing, water,
    electricity, gas and other fuels"): then it is a word of that name, not a name of its own.
    Only the stretch such a mention could occupy is read, not the whole draft."""
    key = name.lower()
    lo = max(0, end - len(key))  # a mention covering [start, end) begins no earlier than this ...
    window = text[lo:start + len(key)].lower()  # ... and no later than start
    at = window.find(key)
    while at != -1 and lo + at <= start:
        if lo + at + len(key) >= end:
            return True
        at = window.find(key, at + 1)
    return False


def forecast_words(text: str, fc: FigureContext) -> bool:
    """The figure's clause, up to the figure, speaks of the future or of expectations."""
    return bool(_FORECAST_WORDS.search(text, fc.clause_start, fc.fig.start))


def fig_signed(fc: FigureContext) -> int:
    fig = fc.fig
    if fig.explicit_sign:
        # ("down -$2, or -0%": a minus before a zero, a fall rounded to nothing, is still written down)
        return -1 if math.copysign(1.0, fig.value) < 0 else 1
    return fc.sign if fig.change_like else 0


