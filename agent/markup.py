"""Figures by reference: the writer cites facts as ``{{fact_id}}``, code renders the numbers.

Markup: ``{{smic_ytd}}`` or ``{{smic_ytd|round=0|hedge=over|abs}}``; ``{{gap:a,b}}`` for how far
apart two % moves over the same period are, in percentage points; ``{{off:a,b}}`` for how far
one level of an entity is from another of its levels in the same unit, in % of the second
("8.6% below its high for the year": ``{{off:cambricon_close,cambricon_year_high}}``).
- ``round=N``  decimals to show (default by unit: 1 for %, pp, x and points, 2 for a % or pp that would
                round to 0.0 and is not zero, 2 for prices)
- ``hedge=``   ``over`` (rounded down, "over 182%"), ``nearly`` (rounded up, "nearly 183%"),
               ``about`` (rounded to nearest, "about 182%"): the wording stays true to the fact
- ``abs``      drop the sign, for when the sentence already says "fell"
- ``bp``       a change in percentage points said in basis points ("12 basis points")
- ``bare``     the number alone, for a rate the sentence quotes per its unit ("156.18 per dollar")
- ``words``    a whole count of one to ten in words ("three sessions in a row"); larger ones in digits
- ``ordinal``  a whole count as an ordinal ("a third straight gain", "its 12th")

``{{eps:a,b}}`` for the earnings growth a trailing P/E (a) and a forward P/E (b) of one company
imply, in % (trailing over forward, less one: at one price, forecast earnings over past ones).

``{{news:<report id>}}`` quotes one of the bundle's reports (a dated headline): its words in
quotation marks, then its publisher and day, all rendered from the report, so a headline is
never paraphrased into a claim or given to the wrong publisher.

A reference to a fact the bundle does not have, or a bad option, is an error the
writer is asked to fix; it is never rendered. The rendered text keeps a map from every
figure's span to its fact, for footnotes, the HTML hover and the review queue.
"""

from __future__ import annotations

import math
import re
from typing import Literal
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from pydantic import BaseModel

from agent.phrases import MONTHS
from marketdesk.models import EvidenceBundle, Fact, Report, parse_unit

REF = re.compile(r"\{\{\s*([^{}|]*?)\s*((?:\|[^{}|]*)*)\}\}")
SCALE_WORDS = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
HEDGE_WORDS = {"over": "over", "nearly": "nearly", "about": "about"}
COUNT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ORDINAL_WORDS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _ordinal(n: int) -> str:
    if n < len(ORDINAL_WORDS):
        return ORDINAL_WORDS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class FigureSpan(BaseModel):
    start: int
    end: int
    text: str
    fact_id: str
    source: str
    value: float
    unit: str
    period: str
    label: str | None = None


class MarkupIssue(BaseModel):
    start: int
    end: int
    ref: str
    problem: str
    kind: Literal["bad_reference", "typed_number"] = "bad_reference"


class QuoteSpan(BaseModel):
    """A headline quoted from the bundle's reports, where it sits in the rendered text."""
    start: int
    end: int
    report_id: str
    title: str
    publisher: str
    published: str
    url: str | None = None


class Rendered(BaseModel):
    text: str
    figures: list[FigureSpan]
    issues: list[MarkupIssue]
    quotes: list[QuoteSpan] = []

    @property
    def ok(self) -> bool:
        return not self.issues


def _decimals(fact: Fact, value: float) -> int:
    family, scale = parse_unit(fact.unit)
    if family in ("%", "pp") and 0.005 <= abs(value) < 0.05:
        return 2  # "up from 0.02% in 2023": "0.0%" was read blind as no growth, or a doubtful figure
    if family in ("%", "pp", "x", "pts"):
        return 1
    if family == "count":
        return 0
    if scale == 1.0:
        return 2  # a price: HKD 74.20
    return 2 if abs(value) < 10 else 1 if abs(value) < 1000 else 0  # HKD 4.07 / 592.0 billion


def _round(value: float, places: int, mode: str) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return Decimal(repr(value)).quantize(q, rounding=mode)


def format_value(fact: Fact, places: int | None = None, hedge: str | None = None, absolute: bool = False,
                 bp: bool = False, bare: bool = False, words: bool = False, ordinal: bool = False) -> str:
    """The figure as a reader sees it: '182.4%', 'HKD 4.07 billion', 'over 180%'."""
    value = abs(fact.value) if absolute else fact.value
    family, scale = parse_unit(fact.unit)
    if words or ordinal:
        n = int(abs(value))  # the option is only accepted for whole counts (see render)
        return _ordinal(n) if ordinal else COUNT_WORDS[n] if n < len(COUNT_WORDS) else f"{n:,}"
    if bp and family == "pp":
        value, family = value * 100.0, "bp"
        places = 0 if places is None else places
    if family not in ("%", "pp", "x", "pts", "count") and scale >= 1e6 and abs(value) * scale >= 1e12 and scale < 1e12:
        value, scale = value * scale / 1e12, 1e12  # CNY 118,861.2 bn reads as CNY 118.9 trillion
    places = _decimals(fact, value) if places is None else places
    # Hedges bound the size of the number: round the magnitude (down for "over", up for
    # "nearly"), step an exact value one unit further from the truth's side, restore the sign.
    magnitude = abs(value)
    mode = {"over": ROUND_FLOOR, "nearly": ROUND_CEILING}.get(hedge or "", ROUND_HALF_UP)
    number = _round(magnitude, places, mode)
    if hedge in ("over", "nearly") and float(number) == magnitude:
        step = Decimal(1).scaleb(-places)
        number = number - step if hedge == "over" else number + step
    if number < 0:  # "over 0.04%" floored below zero: there is no honest "over" here
        number = Decimal(0).quantize(Decimal(1).scaleb(-places))
    negative = value < 0 and number != 0  # -0.04 at one decimal is "0.0%", never "-0.0%"
    digits = ("-" if negative else "") + f"{number:,.{places}f}"
    if bare:
        body = digits
    elif family == "bp":
        body = f"{digits} basis point{'' if float(number) == 1 else 's'}"
    elif family == "%":
        body = f"{digits}%"
    elif family == "pp":
        body = f"{digits} percentage points"
    elif family == "x":
        body = f"{digits}x"
    elif family == "pts":
        body = digits if fact.metric == "pmi" else f"{digits} points"
    elif family == "count":
        body = digits
    else:
        word = SCALE_WORDS.get(scale)
        body = f"{family} {digits}" + (f" {word}" if word else "")
    return f"{HEDGE_WORDS[hedge]} {body}" if hedge else body


def parse_options(raw: str) -> tuple[dict, str | None]:
    opts: dict = {}
    for part in filter(None, (p.strip() for p in raw.split("|"))):
        key, _, val = part.partition("=")
        key, val = key.strip(), val.strip()
        if key == "round":
            if not val.isdigit() or int(val) > 4:
                return {}, f"round={val!r}: use a whole number of decimals, 0 to 4"
            opts["places"] = int(val)
        elif key == "hedge":
            if val not in HEDGE_WORDS:
                return {}, f"hedge={val!r}: use over, nearly or about"
            opts["hedge"] = val
        elif key == "abs" and not val:
            opts["absolute"] = True
        elif key in ("bp", "bare", "words", "ordinal") and not val:
            opts[key] = True
        else:
            return {}, f"unknown option {part!r}: use round=N, hedge=over|nearly|about, abs, bp, bare, words, ordinal"
    return opts, None


_HTML = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",
                   re.S | re.I)
_UNSAFE_SCHEME = re.compile(r"\b(?:java|vb)script\s*:|\bdata\s*:\s*text/html", re.I)
_UNSAFE_LINK = re.compile(r"\]\(\s*(?:javascript|data|vbscript):[^)]*\)", re.I)


def sanitize(marked: str) -> tuple[str, int]:
    """A model's article as plain Markdown: raw HTML (tags and comments) and script links
    removed, so what the HTML view shows is what the checker read. Returns the text and
    how many pieces were removed."""
    import html as _html

    cleaned, n_html = _HTML.subn("", marked)
    cleaned, n_links = _UNSAFE_LINK.subn("]()", cleaned)
    # Any other spelling of a script link (an autolink, <...> destination, a reference
    # definition, HTML entities): the scheme itself is removed wherever it is.
    decoded = _html.unescape(cleaned)
    if _UNSAFE_SCHEME.search(decoded):
        cleaned, n_more = _UNSAFE_SCHEME.subn("", decoded)
        n_links += n_more
    return cleaned, n_html + n_links


def _is_convention(fig, doc, vocab) -> bool:
    """A value a metric's readers know by convention (the PMI's 50), in a sentence about that metric."""
    sent = doc.sentence_at(fig.start)
    keys = {k for _, _, ks in vocab.metric_hits(doc.tokens(sent.start, sent.end)) for k in ks}
    return any(fig.value in values and metric in keys for metric, values in vocab.raw.conventions.items())


def quoted(report: Report) -> str:
    """A headline as a draft quotes it: its words in quotation marks, then who published it and
    when, in UTC ("Tencent shares rise as games revenue beats forecasts" (Reuters, November 28))."""
    when = report.published.date()  # the Report model keeps it in UTC
    return f'"{report.title}" ({report.publisher}, {MONTHS[when.month - 1]} {when.day})'


def typed_numbers(rendered_text: str, figures: list[FigureSpan], bundle: EvidenceBundle,
                  quotes: list[QuoteSpan] = ()) -> list[MarkupIssue]:
    """Figures the writer typed instead of citing: every number the checker would read as a
    figure that is not a rendered reference. Each comes back with the facts that could serve."""
    from evals.figures import extract_figures
    from evals.text import read_document
    from evals.vocab import load_vocabulary

    vocab = load_vocabulary()
    doc = read_document(rendered_text, vocab)
    # figures rendered from references, and references left unresolved (already an issue)
    spans = [(f.start, f.end) for f in figures] + [(m.start(), m.end()) for m in REF.finditer(rendered_text)]
    spans += [(q.start, q.end) for q in quotes]  # a quoted headline's numbers are its publisher's
    out = []
    for fig in extract_figures(doc.scan):
        if any(a < fig.end and fig.start < b for a, b in spans):
            continue
        if _is_convention(fig, doc, vocab):
            continue  # "a PMI below 50 signals contraction": the metric's convention, not a data point
        typed = rendered_text[fig.start:fig.end]
        v = abs(fig.value * fig.scale)
        near = [f.id for f in bundle.facts
                if v and abs(abs(f.value * parse_unit(f.unit)[1]) - v) <= 0.1 * v][:3]
        hint = f" (perhaps {', '.join('{{' + i + '}}' for i in near)})" if near else ""
        out.append(MarkupIssue(start=fig.start, end=fig.end, ref=typed, kind="typed_number",
                               problem=f"typed number {typed!r}: cite the fact as {{{{fact_id}}}} instead{hint}, "
                                       "or leave the figure out"))
    return out


def _two_facts(ref: str, facts: dict[str, Fact]) -> tuple[Fact, Fact] | None:
    """The two facts a derived reference names ("gap:a,b", "off:a,b"), if the bundle has both."""
    ids = [x.strip() for x in ref[4:].split(",")]
    if len(ids) != 2 or not all(i in facts for i in ids):
        return None
    return facts[ids[0]], facts[ids[1]]


def _gap(ref: str, facts: dict[str, Fact], problem: str | None) -> tuple[Fact | None, str | None]:
    """``{{gap:a,b}}``: how far apart two moves are, in percentage points ("beat the index by
    82.8 percentage points"). Both must be % moves over the same span; the figure cites both."""
    pair = _two_facts(ref, facts)
    if pair is None:
        return None, problem or f"gap needs two fact ids the bundle has: {ref!r}"
    a, b = pair
    if a.unit != "%" or b.unit != "%" or a.period != b.period:
        return None, problem or f"gap needs two % moves over the same period: {a.id} and {b.id}"
    gap = a.model_copy(update={"id": ref, "metric": "gap", "value": round(abs(a.value - b.value), 4), "unit": "pp",
                               "source": f"derived:{a.id} minus {b.id}",
                               "label": f"gap between {a.label} and {b.label}"})
    return gap, problem


def _off(ref: str, facts: dict[str, Fact], problem: str | None) -> tuple[Fact | None, str | None]:
    """``{{off:a,b}}``: how far level a is from level b of the same entity, in % of b, without
    its sign (the sentence says "below" or "above"). The figure cites both facts."""
    pair = _two_facts(ref, facts)
    if pair is None:
        return None, problem or f"off needs two fact ids the bundle has: {ref!r}"
    a, b = pair
    if a.entity != b.entity or a.unit != b.unit or a.unit in ("%", "pp", "x") or not b.value:
        return None, problem or f"off needs two levels of one entity in one unit: {a.id} and {b.id}"
    off = a.model_copy(update={"id": ref, "metric": "distance", "value": round(abs(a.value / b.value - 1) * 100, 4),
                               "unit": "%", "source": f"derived:{a.id} against {b.id}",
                               "label": f"{a.label} against {b.label}"})
    return off, problem


def implied_growth(trailing: Fact, forward: Fact) -> float:
    """The earnings growth a company's trailing and forward P/E imply, as a fraction: at one
    price, forecast earnings over past ones, less one (43.9x and 28.7x: 0.530)."""
    return trailing.value / forward.value - 1


def _eps(ref: str, facts: dict[str, Fact], problem: str | None) -> tuple[Fact | None, str | None]:
    """``{{eps:trailing,forward}}``: the earnings growth two multiples of one company imply,
    in %. At one price, trailing P/E over forward P/E is forecast earnings over the last
    twelve months' (43.9x trailing and 28.7x forward: profits 53.0% higher), signed."""
    pair = _two_facts(ref, facts)
    if pair is None:
        return None, problem or f"eps needs two fact ids the bundle has: {ref!r}"
    a, b = pair
    if a.entity != b.entity or a.unit != "x" or b.unit != "x" or a.value <= 0 or b.value <= 0:
        return None, problem or f"eps needs a trailing and a forward P/E of one company, both positive: {a.id} and {b.id}"
    eps = a.model_copy(update={"id": ref, "metric": "implied_eps_growth", "value": round(implied_growth(a, b) * 100, 4),
                               "unit": "%", "source": f"derived:{a.id} over {b.id}",
                               "label": f"earnings growth implied by {a.label} and {b.label}"})
    return eps, problem


_DERIVED = {"gap:": _gap, "off:": _off, "eps:": _eps}
DERIVED_PREFIXES = tuple(_DERIVED)


def fact_for(ref: str, facts: dict[str, Fact]) -> Fact | None:
    """The fact a figure cites: one of the bundle's, or one derived from them (``gap:a,b``,
    ``off:a,b``, ``eps:a,b``)."""
    if (derive := _DERIVED.get(ref[:4])) is not None:
        fact, problem = derive(ref, facts, None)
        return None if problem else fact
    return facts.get(ref)


def render(marked: str, bundle: EvidenceBundle, typed: bool = True) -> Rendered:
    """Replace every ``{{ref}}`` with its figure; collect problems instead of guessing. With
    ``typed=False`` numbers typed outside references are not looked for (a writer measuring
    its own text, which types none)."""
    facts = {f.id: f for f in bundle.facts}
    reports = {r.id: r for r in bundle.reports}
    quotes: list[QuoteSpan] = []
    out: list[str] = []
    figures: list[FigureSpan] = []
    issues: list[MarkupIssue] = []
    pos = 0
    length = 0
    for m in REF.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        ref, raw_opts = m.group(1), m.group(2)
        if ref.startswith("news:"):
            report = reports.get(ref[5:].strip())
            if report is None or raw_opts.strip():
                problem = (f"options are not allowed on a headline: {raw_opts!r}" if report is not None else
                           f"no report with id {ref[5:].strip()!r}")
                issues.append(MarkupIssue(start=m.start(), end=m.end(), ref=m.group(0), problem=problem))
                out.append(m.group(0))
                length += m.end() - m.start()
                continue
            text = quoted(report)
            quotes.append(QuoteSpan(start=length, end=length + len(text), report_id=report.id,
                                    title=report.title, publisher=report.publisher, published=report.published.isoformat(),
                                    url=report.url))
            out.append(text)
            length += len(text)
            continue
        fact = facts.get(ref)
        opts, problem = parse_options(raw_opts)
        if (derive := _DERIVED.get(ref[:4])) is not None:
            fact, problem = derive(ref, facts, problem)
        elif fact is None:
            near = [fid for fid in facts if ref and (ref in fid or fid in ref)][:3]
            problem = f"no fact with id {ref!r}" + (f" (did you mean {', '.join(near)}?)" if near else "")
        if not problem and fact is not None and opts.get("hedge") in ("over", "nearly") and fact.value == 0:
            problem = f"hedge={opts['hedge']} on a value of zero says nothing true; drop the hedge"
        if not problem and fact is not None and (opts.get("words") or opts.get("ordinal")) and (
                parse_unit(fact.unit)[0] != "count" or fact.value != int(fact.value)):
            problem = f"{'words' if opts.get('words') else 'ordinal'} is for whole counts; {ref} is {fact.value:g} {fact.unit}"
        if problem or fact is None or not math.isfinite(fact.value):
            issues.append(MarkupIssue(start=m.start(), end=m.end(), ref=m.group(0), problem=problem or "bad fact"))
            out.append(m.group(0))  # left as written: the checker flags it as a placeholder too
            length += m.end() - m.start()
            continue
        text = format_value(fact, **opts)
        figures.append(FigureSpan(start=length, end=length + len(text), text=text, fact_id=fact.id,
                                  source=fact.source, value=fact.value, unit=fact.unit, period=fact.period,
                                  label=fact.label))
        out.append(text)
        length += len(text)
    out.append(marked[pos:])
    stray = [m.start() for m in re.finditer(r"\{\{|\}\}", marked) if not any(i.start <= m.start() < i.end for i in issues)
             and not any(r.start() <= m.start() < r.end() for r in REF.finditer(marked))]
    for at in stray:
        issues.append(MarkupIssue(start=at, end=at + 2, ref=marked[at:at + 2], problem="unbalanced {{ or }}"))
    # The checker does not read code spans (they hold footnotes and identifiers), so a figure
    # in backticks would pass unchecked: the article may not use them at all.
    for m in re.finditer(r"`+", marked):
        issues.append(MarkupIssue(start=m.start(), end=m.end(), ref=m.group(0),
                                  problem="code formatting (backticks) is not allowed in the article"))
    text = "".join(out)
    # Writers never type numbers: a number outside {{...}} has no provenance (the issue's
    # offsets are into the rendered text).
    if typed:
        issues.extend(typed_numbers(text, figures, bundle, quotes))
    return Rendered(text=text, figures=figures, issues=issues, quotes=quotes)
