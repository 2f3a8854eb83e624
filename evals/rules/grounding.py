"""Grounding rules (G-codes): is each figure supported by the evidence?

The rule classes here carry the codes, kinds and documentation; the decision for
each figure is made in ``evals/judge.py`` (at most one grounding finding per figure,
the most specific). ``check_from_to`` checks "rise from A to B" against its verb.
"""

from __future__ import annotations

import re

from evals import rx
from evals.context import FigureContext
from evals.registry import Rule, register
from marketdesk.models import Finding


@register
class UngroundedFigure(Rule):
    """A figure that no fact, and no value derived from facts, supports.

    Why: a number with no source is the error readers punish most; it is also what a
    language model invents.
    Flagged: "Hua Hong's margin reached 31%" with no margin fact in the evidence.
    Accepted: honest rounding ("182%" for 182.4 %), a hedge ("more than 180%"), a
    multiple in words ("nearly tripled" for +182.4 %), a derived value (change,
    relative change, ratio or point gap between facts), a unit conversion
    ("CNY 8.9 trillion" for 8,910.5 CNY bn).
    Tolerance: unhedged, half a unit of the figure's last digit (honest rounding); a
    hedge widens it by T = max(10% of the stated value, half a unit of its last digit)
    and keeps its side: "more than X" holds for X < v <= X+T, "nearly X" for
    X-T <= v <= X (+ rounding), "about X" for |v-X| <= T. So "about 180%" holds for
    162-198 %, "nearly 1%" for 0.5-1.0 % (not 0.2 %), "about 4%" for 3.5-4.5 % (not
    5.0 %). Two exceptions keep the side but widen further: a round threshold (a
    multiple of 5, a fraction in words) by 20% ("more than 10 percent" for 11.1), and a
    whole number exceeded holds everything below the next one ("more than 3%" for 3.51,
    not for 4.2). Word multiples ("doubled") allow 5% of the multiple.
    Severity: an error; a warning for a bare number (no unit, no scale: "as 140 stocks
    declined", often a count or a mark the evidence lacks) and for a value the evidence
    holds as another fact (only whom it is about is in doubt).
    """

    code, kind, family = "G001", "ungrounded_figure", "grounding"


@register
class MismatchedFigure(Rule):
    """A figure attached to an entity and metric the evidence has, with another value.

    Why: the reader is told a wrong number about a company or economy the desk did
    research; the evidence had the right one.
    Flagged: "SMIC shares surged 190% in 2025" when smic_ytd = 182.4 %;
    "SMIC has doubled" (x2) when it rose 182.4 % (x2.82); a figure given without its
    minus sign ("CPI was 0.3%" when cpi = -0.3 %). A number in words, a fraction or a
    multiple that no fact supports ("nearly half of turnover", "more than doubled", "a half
    point") is this finding too: it restates what the evidence has in figures, with a wrong
    value. Not where its stated base is a year the evidence has nothing for ("more than
    double the 2024 level" with no 2024 figure for that measure): that is G001.
    Severity: an error; a warning when the stated value is exactly another fact of the
    bundle (to its last digit, either sign, in its unit): "Tencent, unlike SMIC, has gained
    180.0%" with SMIC's 180.0 %. The number is in the evidence; whom it is about is the
    checker's weakest reading (on published articles it had never seen, 15 of 17 such
    findings were honest). The size of a fall with no sign and no word the checker knows for
    its direction ("Sensex Crashes 704 Points", "weekly swings of 5-20%") is no finding: the
    writer's word carries the fall (it was a warning, and 43 of 46 were on honest figures);
    a reading stated as a level ("CPI was 0.3%", "producer prices were 2.1%") is an error.
    A draft with a warning is never clean.
    """

    code, kind, family = "G002", "mismatched_figure", "grounding"


@register
class WrongDirection(Rule):
    """The move word contradicts the sign of the fact.

    Why: readers trust the verb before the number.
    Flagged: "Cambricon fell 121.7%" when cambricon_ytd = +121.7 %;
    "the ratio is set to fall from 88.3% to 96.3%"; "was 114.01 yen, up from 114.26";
    and claims with no figure (evals/claims.py): "consumer prices fell" when CPI rose,
    "factory activity expanded" with a PMI below 50, "the Kospi edged higher" when it
    fell, "a decline in consumer prices", "lower third-quarter earnings", "the PMI
    improved to 49.1" when the previous reading was 49.2.
    Checked only where the sign is a direction: change metrics (price_change,
    *_yoy, growth ...), changes between two facts, a PMI against 50, and a level
    against the reading just before it (or a year before, for earnings). Forecasts and
    denials ("expected to fall", "did not rise") are not claims. "Improved" and "worsened"
    say down for a measure where lower is better (a combined or cost ratio, unemployment,
    losses, spreads). A depreciation that deepens ("depreciated further from 20.6 percent
    to 22.5 percent") is read as the fall it counts.
    """

    code, kind, family = "G003", "wrong_direction", "grounding"


@register
class WrongPeriod(Rule):
    """The right figure given for another period than the fact's.

    Why: a quarter or month off is a wrong statement even with the right digits.
    Flagged: "GDP growth slowed to 4.8% in the second quarter" when 4.8 % is 2025-Q3.
    Periods agree when one contains the other ("in 2025" holds a 2025-10 fact).
    Severity: an error; a warning when the text's period starts after the evidence's date
    (a schedule, an effective date, a contract month: "will rise to 3.75% as of May 10"),
    and when a company's result is put in a quarter named without its year one to three
    quarters off the fact's (a fiscal quarter: "Q3" of a year that starts in April); the same
    for any figure when the story counts in fiscal years ("this financial year", "2018-19"). In
    such a story a quarter exactly one quarter before the fact's is accepted: the same quarter of a
    year that starts in April (India's "second quarter" is July to September). An economy's
    quarter off in a calendar-year story is an error. Also a warning: a period named far
    from its figure (more than about ten words before it, with no other figure between, or on
    another line), the checker's weak reading of whose period it is.
    A figure with no period of its own, in a clause that goes on from one naming a period and names
    another entity ("..., while the S&P 500 rose 16.4%", "..., against 0.1% for the Dow"), has that
    period: the other period's value of the same measure is this finding.
    """

    code, kind, family = "G004", "wrong_period", "grounding"


@register
class UnsupportedEntity(Rule):
    """A company, ticker or index the evidence does not know, named with a figure.

    Why: the desk has no data on it, so the figure cannot have been checked.
    Flagged: "Hua Hong Semiconductor jumped 240%" when the bundle has no Hua Hong.
    The name must be the figure's subject in the same clause; institutions quoted as
    sources (IMF, NBS, the Fed) are not subjects. A central bank setting its own rate is:
    "the Reserve Bank of New Zealand cut the cash rate to 1.25 per cent" is flagged when no
    entity of the bundle stands for that bank or its economy.
    A possessive right before the figure is its owner: "behind Saudi Arabia's 6.8%".
    """

    code, kind, family = "G005", "unsupported_entity", "grounding"

    @classmethod
    def about(cls, start: int, end: int, text: str, name: str, figure: str) -> Finding:
        """The finding for ``figure`` said of ``name``, which the evidence does not know."""
        return cls.finding(start, end, text, f"{name!r} is not in the evidence, so {figure} about it cannot be checked; "
                                             "add its facts to the bundle or drop the figure")


_EXPECTED = rx.compile(r"\b(?:expect\w*|forecasts?|estimates?|consensus|poll\w*|predict\w*|projected|"
                       r"anticipated)\b[^,;.]*$", re.I)
_TO_NEXT = rx.compile(r"\s+to\s+[-\u2212\u2013+]?[$\u20ac\u00a3]?\d")
_FROM_TO = rx.compile(r"^[^,;.]{0,40}?\bto\s+(?:\w+\s+){0,2}$", re.I)


def _v(fc: FigureContext) -> float:
    """The amount, scaled ("1.7 trillion, up from 1,062 billion"); a range's middle ("slipped to
    $1,820-$1,865/oz from $1,810-$1,880": the range as a whole moved down)."""
    fig = fc.fig
    return (fig.value if fig.hi is None else (fig.value + fig.hi) / 2) * fig.scale


def _comparable(a: FigureContext, b: FigureContext) -> bool:
    """Two amounts that can be a level and its base: within a factor of 50 of each other
    (a per-share figure and a total in millions are two measures, not a move)."""
    x, y = abs(_v(a)), abs(_v(b))
    return x == y or (min(x, y) > 0 and max(x, y) / min(x, y) <= 50)


_BASE_LABEL = re.compile(r"\s*\)")


# a word of betterment, which says down for a measure where lower is better, named in its clause ("the
# combined ratio, a vital profitability metric, improved"; not "the deficit narrowed and reserves improved")
BETTER_WORD = rx.compile(r"(?:improv\w*|worsen\w*|deteriorat\w*)\b", re.I)
# ("COR", "CIR": the combined operating and cost-income ratios as insurers' and banks' copy shortens them)
_LOWER_BETTER = rx.compile(r"\b(?:combined|cost|costs|expense|expenses|loss|unemployment|jobless|deficit|NPL|non-performing|COR|CIR"
                           r"|bad\s+loans?|delinquenc\w*|defaults?|spreads?)\b(?:(?!\b(?:and|while|but|whereas)\b)[^.;])*$", re.I)
_LOSS_SIZE = rx.compile(r"\b(?:(?P<grow>extend\w*|deepen\w*|widen\w*|add\w*\s+to)|pare\w*|trim\w*|narrow\w*|erase\w*)"
                        r"\s+(?:(?:its|their|the|early|earlier|initial|some)\s+)*(?:loss(?:es)?|declines?|drops?|falls?)\s+from\s*$", re.I)
_PER_DOLLAR = rx.compile(r"\s*(?:units?\s+|[a-z]+s\s+)?(?:per|to\s+the|against\s+the)\s+(?:U\.?S\.?\s+|US\s+)?(?:dollar|greenback)\b", re.I)
_DOLLAR_SUBJECT = rx.compile(r"\b(?:the\s+(?:U\.?S\.?\s+)?dollar|the\s+greenback|USD/)", re.I)
_CURRENCY_SUBJECT = rx.compile(r"\b(?:peso|naira|rupee|rupiah|ringgit|baht|won|yen|yuan|renminbi|real|rand|lira|shilling|cedi"
                               r"|dong|rouble|ruble|zloty|forint|koruna|krona|krone|franc|euro|pound|sterling|taka|kwacha)s?\b", re.I)
_QUOTE_NOUN = rx.compile(r"\b(?:rates?|spreads?|gap|margin|premium|difference|differential|quotes?)\b", re.I)
_DEPRECIATED = rx.compile(r"\b(?:depreciat\w*|weaken\w*|devalu\w*)\b", re.I)


_OWN_CLAUSE_BETWEEN = rx.compile(r"(?:,\s*|\s)(?:while|whereas|but)\s|;\s", re.I)


def _same_unit(a, b) -> bool:
    """Two levels in one unit, or a rate and a bare number after it ("rose against the dollar to
    1.1763 from 1.1800": the base keeps the rate's unit)."""
    return a.unit == b.unit or ({a.unit, b.unit} == {"rate", "count"} and not (a.unit_given and b.unit_given))


def check_from_to(contexts: list[FigureContext], text: str, down_measured: set[int] = frozenset(),
                  counter_priced: set[int] = frozenset()) -> list[Finding]:
    """'rise from 88.3% to 96.3%', 'slowed to 4.8% from 5.2%': the verb against the two levels. Two
    levels of a measure named for a fall ("depreciated further from 20.6 percent to 22.5 percent", a
    depreciation) rise as the thing falls: the verb is read against them the other way round."""
    out = []
    for i, b in enumerate(contexts[1:], 1):
        a = contexts[i - 1]
        j = i - 1
        while b.from_base and j >= 1 and contexts[j - 1].sentence is b.sentence and (
                not _comparable(a, b) or a.fig.unit != b.fig.unit
                # ("raised the FY26 CPI inflation forecast to 2.0% from 2.6%": a forecast that is
                # itself the level a verb moved is the level)
                or (_EXPECTED.search(text, max(0, a.fig.start - 40), a.fig.start) and not a.to_level)
                or _BASE_LABEL.match(text, a.fig.end) and text[max(0, a.fig.start - 1):a.fig.start] == "="):
            # ("stands at 87.3 (1985=100), down from 95.2": the index's base is no level)
            # "$495 million or 96 cents per share, up from $489 million": a base of another
            # measure than the figure just before it ("4.91 billion shares worth RM2.60 billion from
            # 5.66 billion shares": another unit); "rose 5.1%, shy of expectations for 5.7%
            # and down from 5.5%": a forecast between the level and its base. The level is
            # the figure before them.
            j -= 1
            a = contexts[j]
        if a.sentence is not b.sentence or not _same_unit(a.fig, b.fig) or not _comparable(a, b):
            continue
        if a.from_base and a.to_level and _FROM_TO.match(text[a.fig.end:b.fig.start]):
            before, after, verb, start = _v(a), _v(b), a.to_level, a.direction_start
        elif b.from_base and a.to_level and not _OWN_CLAUSE_BETWEEN.search(text, a.fig.end, b.fig.start):
            # (not "revised slightly lower to 2.6%, while GDP growth for 2025 was downgraded from 2.4%
            # to 2.1%": the base of another clause's measure)
            before, after, verb, start = _v(b), _v(a), a.to_level, a.direction_start
        elif b.from_base and b.to_level and b.direction_start is not None \
                and not _TO_NEXT.match(text, b.fig.end):  # "revised down from +22,000 to -4,000": its own level follows
            # "was 114.01 yen, up from 114.26 yen": the verb sits with the base
            before, after, verb, start = _v(b), _v(a), b.to_level, a.fig.start
        else:
            continue
        if id(a.fig) in down_measured and id(b.fig) in down_measured \
                and _DEPRECIATED.search(text, max(0, (start or a.fig.start) - 2), min(a.fig.start, b.fig.start)):
            verb = -verb  # the verb is the currency's ("depreciated", "weakened"), the levels its fall so far
        said_way = verb
        if id(a.fig) in counter_priced and id(b.fig) in counter_priced:
            # "Vis-a-vis the Singapore dollar, the local unit slid to 3.0528 from 3.0518": ringgit per
            # Singapore dollar, which rises as the ringgit slides
            verb = -verb
        if _PER_DOLLAR.match(text, a.fig.end) and not _DOLLAR_SUBJECT.search(text, a.sentence.start, a.fig.start) \
                and _CURRENCY_SUBJECT.search(text, a.sentence.start, a.fig.start) \
                and not _QUOTE_NOUN.search(text, a.sentence.start, a.fig.start):
            # "the peso ... closing at 19.9684 units per dollar, down from 19.8860": quoted per dollar, the
            # level is the dollar's price and the verb the currency's, which falls as that price rises (not
            # where the sentence is about the rate or a spread: "the exchange rate rose to N1,485.66 per dollar
            # from N1,462.59", "the gap narrowed to N29.34 per dollar")
            verb = -verb
        if start is not None and (better := BETTER_WORD.match(text, start)) and _LOWER_BETTER.search(text, max(0, start - 90), start):
            # "the combined ratio improved to 103.6 percent from 104.4": better is down for a cost, and worse up
            verb = -1 if better.group().lower().startswith("improv") else 1
        if start is not None and (size := _LOSS_SIZE.search(text, max(0, start - 30), min(a.fig.start, b.fig.start))):
            # "the Nasdaq extended losses from 0.3 percent to 0.9 percent": the two levels are the
            # loss's size, which grows as the loss is extended and shrinks as it is pared
            verb = 1 if size.group("grow") else -1
        if start is None or after == before or (after > before) == (verb > 0):
            continue
        end = max(a.fig.end, b.fig.end)
        out.append(WrongDirection.finding(
            start, end, text[start:end],
            f"the text says {'up' if verb > 0 else 'down'} but {before:g} -> {after:g} is a "
            f"{'fall' if after < before else 'rise'}"
            + (" (the other currency's price in the subject's: it rises as the subject falls)" if verb != said_way
               and id(a.fig) in counter_priced else ""),
        ))
    return out
