"""Periods: the span of time a fact covers and the one a sentence names.

Both become closed date intervals. A figure's period phrase and a fact's period
agree when one interval contains the other ("in 2025" holds a 2025-10 fact, "in
October" sits inside a 2025 year-to-date fact); disjoint or merely overlapping
intervals disagree ("the second quarter" against a 2025-Q3 fact).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from evals import rx
from marketdesk.models import period_bounds as fact_interval  # noqa: F401  re-exported: the checker reads periods through it

Interval = tuple[date, date]

_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def month_interval(y: int, m: int) -> Interval:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """The (year, month) k months after (y, m); k may be negative."""
    n = y * 12 + m - 1 + k
    return n // 12, n % 12 + 1


def quarter_ending(y: int, m: int) -> Interval:
    """The three months that end with month m of year y."""
    return month_interval(*shift_month(y, m, -2))[0], month_interval(y, m)[1]


def quarter_interval(y: int, q: int) -> Interval:
    return date(y, 3 * q - 2, 1), month_interval(y, 3 * q)[1]


@lru_cache(maxsize=4096)
def agree(a: Interval, b: Interval) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def agree_change(a: Interval, b: Interval) -> bool:
    """A change over ``a`` said of a change over ``b``: one covers the other and they are the
    same span in substance, starting together ("in 2025" for the year to date) or one at least
    half the other ("in November" for November to the 28th). "This week" is not the year to
    date, and "for the week" is not the day."""
    if not agree(a, b):
        return False
    if a[0] == b[0]:
        return True
    la, lb = (a[1] - a[0]).days + 1, (b[1] - b[0]).days + 1
    return min(la, lb) / max(la, lb) >= 0.5


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = "|".join(d.title() for d in _WEEKDAYS)  # a weekday named in the text, capitalised
_YEAR_EARLIER = rx.compile(r"(?:\s+(?:period|quarter|months?))?\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)"
                           r"|(?:of\s+)?(?:the\s+)?(?:previous|prior|last)\s+year)\b", re.I)
_NEXT_YEAR = rx.compile(r"\s+(?:of\s+)?next\s+year\b", re.I)
# "the April-June quarter of 2014", "the first quarter in 2020", "H1:2016": a year named after the period is its own
# (not "of 2023-24": a fiscal year, whose quarters the fiscal readings place)
_YEAR_AFTER = rx.compile(r"(?:\s+(?:(?:quarter|period|half)\s+)?(?:of|in)\s+|:\s?)(?P<y>(?:19|20)\d\d)\b(?![\d%,.]\d|\s*[-/\u2013]\s*\d)", re.I)
_CONTRACT_BEFORE = rx.compile(r"\b(?:delivery|expiring|expiry|contract|futures)\s+(?:in|for)\s+(?:the\s+)?$", re.I)
# "July platinum rose $23.70", "December Brent crude added 86 cents": a month naming a futures
# contract, with no preposition before it, is the contract's, not the period of the move.
_CONTRACT_COMMODITY = rx.compile(
    r"\s+(?:Brent|WTI|crude|oil|gold|silver|platinum|palladium|copper|aluminium|aluminum|nickel|zinc|tin|lead"
    r"|wheat|corn|soybeans?|soy(?:bean)?\s+(?:oil|meal)|sugar|coffee|cocoa|cotton|natural\s+gas|heating\s+oil"
    r"|gasoline|diesel|palm\s+oil|iron\s+ore|live\s+cattle|cattle|hogs|lumber|oats|rice|canola|Arabica|robusta)\b",
    re.I)
_PREPOSITION_BEFORE = rx.compile(r"\b(?:in|during|since|by|through|until|till|from|over|for|of|to|last|this|next|early"
                                 r"|late|mid)\s+$", re.I)
_CONTRACT_SETTLED = rx.compile(r"\s+(?:closed|settled|finished|ended)\s+(?:up|down|unchanged|higher|lower|\d|at)", re.I)
_CONTRACT_SUBJECT_BEFORE = rx.compile(r"(?:^|[.;:]\s+|\n|\b(?:and|while|whereas|but)\s+)$")
_FUTURES_WORD = rx.compile(r"\b(?:futures|contracts?|bushels?)\b", re.I)
_CONTRACT_AFTER = rx.compile(r"\s+(?:delivery|contracts?|futures|expiry|settlement)\b"
                             r"|\s+(?:South|North|East|West|Central)\b")  # "the CPO price for December South"


@dataclass(slots=True)
class PeriodPhrase:
    start: int
    end: int
    interval: Interval
    grain: str  # day, month, quarter, half, year, ytd
    base: bool = False  # "from 2024", "than in 2024": the comparison base, not the figure's period


_M = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# "a 4.6% weekly gain", "a monthly decline": the span names the move after it
# (not an average of such moves: "Monthly increases in OER have averaged 0.4% over the last three months")
_MOVE_NOUN_AHEAD = (r"(?=\s+(?:gain|loss|rise|fall|decline|drop|advance|increase|decrease|jump|slide|climb|retreat|rally|slump)s?\b)"
                    r"(?![^.;]{0,80}\baverag)")
# "the first week of October", "the last week of May": which week of a month (0: the last)
_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": 0, "final": 0}
_WEEK_NTH = "|".join(_WEEK_ORDINALS)
_PHRASES = rx.compile(
    r"(?P<ytd>\b(?i:so\s+far\s+this\s+year|year[\s-]to[\s-]date|this\s+year|YTD|in\s+the\s+year\s+to\s+date"
    r"|(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year)\b"
    # "The S&P 500 is now up 21% for the year": right after a percentage, the year so far (not
    # "profit for the year", a fiscal year's, nor "4.2 percent for the year as a whole", the data's whole year)
    r"|(?:(?<=% )|(?<=percent )|(?<=per cent ))for\s+the\s+year\b(?!\s+(?:to|ended|ending|through|before|earlier|ago|as\s+a\s+whole)\b))"
    r"|(?P<trailing>\b(?i:the\s+)?(?i:past|last|trailing|previous)\s+(?:12|twelve)\s+months\b|\b(?i:the\s+(?:past|last)\s+year)\b(?!['\u2019]s)"
    # "(up 36% in a year)": the year to the story's date, not "in a year when..." or "in a year's time"
    r"|\b(?i:in\s+a\s+year)\b(?!['\u2019]s|\s+(?:when|where|that|of|in\s+which|time)\b))"
    # "over a three-year period", "over the past five years": the N years to the story's date
    r"|(?P<nyears>\b(?i:over|in|during)\s+(?:the\s+)?(?:a\s+|past\s+|last\s+)?(?P<ny>two|three|four|five|ten|[2-9]|10)"
    # (not "in the two-year horizon" of an expectation, nor "in the five-year note", a tenor)
    r"[\s-]years?(?:[\s-]period)?\b(?!\s+(?:following|after|ahead|to\s+come|thereafter|horizon|tenor|notes?|bonds?|yields?"
    r"|maturity|maturities|paper|securities)\b))"
    r"|(?P<lastyear>\b(?i:last\s+year)\b|\b[Aa]\s+year\s+(?:ago|earlier)\b|\b(?i:the\s+(?:previous|prior|preceding)\s+year)(?=['\u2019]s\s))"
    # "expected to increase by 1.7% next year": the calendar year after the story's
    r"|(?P<nextyear>\b(?i:next\s+year)\b)"
    # "in its last fiscal year": a company's year just ended, which may end in any month
    r"|(?P<lastfy>\b(?i:(?:(?:its|the|their)\s+)?(?:last|latest|previous|most\s+recent)\s+(?:fiscal|financial)\s+year)\b)"
    # "in the week before last": the week before last week
    r"|(?P<wkb4last>\b(?i:the\s+week\s+before\s+last)\b)"
    # "in the first 10 months of 2025", "the first seven months": January to the month named by count
    r"|(?P<firstn>\b(?i:(?:in|during|over|for)\s+)?(?i:the\s+first\s+(?P<fn>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months)"
    # (with its year said: "the first five months" alone may be of a fiscal year)
    r"\s+(?i:of)\s+(?:(?i:the|this)\s+year|(?P<fny>(?:19|20)\d{2}))\b)"
    # "44 per cent in the past month", "AR$ 30 in one month": the month back from the story's date
    r"|(?P<pastmonth>\b(?i:in|over|during)\s+(?:(?:the\s+)?(?i:past|last)|one|a)\s+month\b(?!\s+(?:of|ended|ending)\b))"
    # "two years ago, the EYCI was still sitting at 767c/kg": about that long before the story
    r"|(?P<nago>\b(?P<na>(?i:two|three|four|five)|[2-9])\s+years\s+(?:ago|earlier)\b)"
    # "the fund-flows trading week ended Wednesday, May 8": the seven days to that date
    r"|(?P<wkend>\b(?:(?i:the\s+)?(?i:previous|prior|last)\s+)?(?i:week)(?:\s+(?:that\s+)?|(?=(?i:ending)))(?i:ended|ending|to|through)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:" + _M.replace("mon>", "wkm>") + r"\.?\s?(?P<wkd>\d{1,2})(?:st|nd|rd|th)?"
    + r"|(?P<wkd2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M.replace("mon>", "wkm2>") + r"\.?)"
    + r"(?:,?\s+(?P<wky>(?:19|20)\d{2}))?\b)"
    # "For the month, the Russell 2000 was up 6.38 percent", "a 4.6% monthly gain". Not "on the
    # month": "orders were down 2.2% on the month" is a month-on-month reading of an earlier month.
    # "since the start of the month", "so far this month", "month to date": the month so far
    r"|(?P<thismonth>\b(?i:(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+month|so\s+far\s+this\s+month"
    r"|month[\s-]to[\s-]date)\b"
    r"|\b(?i:this|for\s+the|over\s+the)\s+month\b(?!\s+(?:ended|ending|through|of)\b)"
    # (not "a 0.6% monthly gain in October": the month named after the move is its period)
    r"|\b(?i:monthly)" + _MOVE_NOUN_AHEAD + r"(?!\s+[a-z]+\s+(?:in|for|during)\s+" + _M.replace("mon>", "mgm>") + r"\b))"
    r"|(?P<lastmonth>\blast\s+month\b(?!\s+of\b)|\ba\s+month\s+(?:ago|earlier)\b)"
    # "During the first week of September, copper traded between $9,844 and $10,038"
    r"|(?P<nthweek>\b(?:the\s+)?(?i:" + _WEEK_NTH + r")\s+week\s+(?:of|in)\s+"
    + _M.replace("mon>", "nwm>") + r"(?:\s+(?P<nwy>(?:19|20)\d{2}))?\b)"
    # "the week to Friday", "the week to 5 March" end the week on a day; "rose 0.74 percent on the
    # week to 7,544.29" is the week's move to a level
    r"|(?P<thisweek>\b(?i:this|for\s+the|over\s+the|on\s+the)\s+week\b(?!\s+(?:ended|ending|through)\b"
    r"|\s+to\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]))"
    r"|\b(?i:weekly)" + _MOVE_NOUN_AHEAD +
    r"|\b(?i:the)\s+week[\'\u2019]s\s+(?=(?:overall\s+|net\s+)?(?:performance|gains?|loss(?:es)?|moves?|advance|decline|rise|fall|drop)\b)"  # "the week's overall performance"
    r"|\bweek[\s-]to[\s-]date\b|(?<=\bended )the\s+week\b|(?<=\bfinished )the\s+week\b|(?<=\bclosed )the\s+week\b|(?<=\bclosing )the\s+week\b|(?<=\bending )the\s+week\b"
    r"|\b(?i:over|in|during)\s+the\s+(?:past|last)\s+(?:1\s+)?(?:week|seven\s+days|7\s+days)\b)|(?P<lastweek>\b(?i:last\s+week)\b|\b(?i:the)\s+previous\s+week\b|\b(?i:a)\s+week\s+(?:earlier|ago|before)\b)"
    # "on Friday", and the wire's bare "rose 4.7% Friday", "a barrel Wednesday" (not "Black Friday")
    # (bare, only closing its clause and not after "of", "ended", "by", "until", "since": "as of
    # Friday", "the week ended Friday", "Tuesday's results" are not a move's day)
    # "20.4300 pesos last Friday": the latest such day before the story's
    r"|(?P<lastwd>\b(?i:last)\s+(?P<lwd>" + _WD + r")\b)"
    # ("on Friday last week", "on Friday of last week": that day of the week before the story's)
    r"|(?P<weekday>(?:\b(?i:on)\s+(?P<wd>" + _WD + r")\b(?P<wdlast>\s+(?:of\s+)?last\s+week\b)?"
    r"|(?<!Black )(?<!Good )(?<!Cyber )(?<!Super )(?<![Oo]f )(?<!ended )(?<![Bb]y )(?<!until )(?<!since )(?<!ending )"
    r"(?<!through )(?<![.!?] )(?<!^)\b(?P<wd2>" + _WD + r")(?=\s*[.;,]|\s+at\s+[$\u20ac\u00a3\u00a5\d])"
    # "at the end of Monday trading", "in Tuesday's session": the day's session named
    r"|(?:(?<=\bof\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bon\s)|(?<=\bby\s))(?P<wd3>" + _WD + r")(?:['\u2019]s)?\s+(?:trading|trade|session|deals)\b)"
    # "at Thursday's close", "weaker than Monday's close of 102.10", "at Tuesday's auction": the day's close
    r"|(?<![Bb]y )\b(?P<wd4>" + _WD + r")['\u2019]s\s+(?:close|closing"
    r"|auction|open|opening|settlement|fixing)\b)"
    # "6.7 per cent in July as against a growth of 11.4 per cent in the same month of the last year":
    # the month named first, a year earlier
    r"|(?P<samemonth>\b(?:the\s+)?same\s+month\s+(?:(?:of\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+year"
    r"|(?:a|one)\s+year\s+(?:ago|earlier|before))\b)"
    # "in the previous quarter", "the year-earlier quarter", "the same quarter a year earlier":
    # counted from the last quarter completed before the story
    r"|(?P<prevq>\b(?:the\s+)?(?:previous|prior|preceding)\s+quarter\b)"
    r"|(?P<yagoq>\b(?:the\s+)?(?:year[\s-](?:earlier|ago)\s+quarter|same\s+quarter\s+(?:a|last|of\s+the\s+previous)"
    r"\s+year(?:\s+(?:earlier|ago|before))?)\b)"
    r"|(?P<qword>\b(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?:\s+(?:of\s+)?(?P<qy>(?:19|20)\d{2}))?"
    # "the fourth quarter ended March 2018", "the third quarter ended on 31 July 2013": a fiscal quarter,
    # named by its last month
    r"(?:\s+(?:ended|ending|to|through)\s+(?:(?:on\s+)?(?:the\s+)?(?:end\s+of\s+)?)(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    + _M.replace("mon>", "qem>")
    + r"\.?(?:\s+\d{1,2}(?!\d),?)?(?:\s+(?P<qey>(?:19|20)\d{2}))?)?)"
    r"|(?P<qcode>\bQ(?P<qc>[1-4])(?:[\s/-]?['\u2019]?(?P<qcy>(?:19|20)?\d{2}))?\b|\b(?P<qc2>[1-4])Q(?:(?P<qcy2>\d{2})|\s(?P<qcy3>(?:19|20)\d{2}))?\b)"  # "1Q24", "1Q 2023"
    # "the first half of April", "the second half of February": half a month, the 1st to the 15th or the rest
    r"|(?P<hmonth>\b(?:the\s+)?(?P<hmn>first|second|latter)\s+half\s+of\s+" + _M.replace("mon>", "hmo>")
    + r"\b(?:\s+(?P<hmy>(?:19|20)\d{2}))?)"
    # (not "the second half of the week": a stretch of days, no half-year; nor "gains in the first half
    # of 62 basis points", a number that is no year)
    r"|(?P<half>\b(?:the\s+)?(?P<hn>first|second)\s+half(?!\s+of\s+(?:(?:the|this|last|a)\s+(?:week|day|session|month|trading|quarter)\b|\d+(?!\d)(?<!(?:19|20)\d\d)))(?:\s+(?:of\s+)?(?P<hy>(?:19|20)\d{2}))?|\bH(?P<hc>[12])(?:\s?(?P<hcy>(?:19|20)?\d{2}))?\b)"
    # "a 14.9% rise through June": the year to the end of the month named
    # (not "3.33% in the year through November": the twelve months to it, a month's annual reading, said as
    # "in the year to November" is)
    r"|(?P<thru>(?<!year )(?<!months )\b(?i:through|thru)\s+" + _M.replace("mon>", "thm>") + r"\b(?:\s+(?P<thy>(?:19|20)\d{2}))?)"
    # "between January and August this year", "from January to August", "January through August"
    r"|(?P<span>\b(?:(?P<btw>(?i:between)\s+)|(?P<frm>(?i:from)\s+))?" + _M.replace("mon>", "mon3>")
    + r"(?:\s?[-\u2013/]\s?|\s+through\s+|(?(btw)\s+and\s+|(?!))|(?(frm)\s+(?:to|until|till)\s+|(?!)))"
    + _M.replace("mon>", "mon4>")
    + r"\b(?:\s+(?P<sy>(?:19|20)\d{2}))?)"  # "the January-March period", "in the July-September quarter"
    # "the quarter that ended in September 2024", "the three months to 31 December", "the
    # September quarter": the three months ending with that month
    # "the fiscal year ending March 2025", "the year ended 31 March 2025": the twelve months to
    # that month (a company's year, named by its last month, with the year always said)
    r"|(?P<yended>\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?year\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:of\s+)?" + _M.replace("mon>", "ye>") + r"\.?(?:\s+\d{1,2}(?!\d),?)?\s+(?P<yey>(?:19|20)\d{2})\b)"
    r"|(?P<qended>\b(?:the\s+)?(?:(?:quarter|three\s+months)\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:in\s+|on\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _M.replace("mon>", "qe2>") + r"\.?(?:\s+\d{1,2}(?!\d),?)?(?:\s+(?P<qe2y>(?:19|20)\d{2}))?"
    r"|" + _M.replace("mon>", "qe3>") + r"(?:\s+(?P<qe3y>(?:19|20)\d{2}))?[\s-]quarter)\b)"
    # "for the six months ending Sept. 30", "the nine months to December 2025": a span of months that
    # ends with the month named
    r"|(?P<nmonths>\b(?:the\s+)?(?P<nm>six|nine|twelve|6|9|12)\s+months\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:in\s+|on\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _M.replace("mon>", "nme>") + r"\.?(?:\s+\d{1,2}(?!\d),?)?(?:\s+(?P<nmy>(?:19|20)\d{2}))?\b)"
    # "February 18 and 19 2025", "Dec. 9-10": a meeting over two days
    r"|(?P<date>\b" + _M + r"\.?\s?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:(?:\s?[-\u2013]\s?|\s+and\s+)(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?!\d|[.,]\d|%)(?!\s*(?:per\s?cent|percent|points?|pts|bps|basis)))?"
    r"(?:,?\s+(?P<dy>(?:19|20)\d{2}))?\b)"
    # "on 20 December", "on 26th December 2024", "the 5th of March": the day written first
    r"|(?P<dfdate>(?<![\d.,])\b(?P<dfd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M.replace("mon>", "dfm>")
    + r"\b(?:(?<=\b[A-Za-z]{3})\.|(?<=\bSept)\.)?(?:,?\s+(?P<dfy>(?:19|20)\d{2}))?(?![\w-]))"
    r"|(?P<month>\b" + _M.replace("mon>", "mon2>") + r"\b(?:\s+(?P<my>(?:19|20)\d{2}))?(?![\s-]+quarter))"
    r"|(?P<ell>\b(?:in|for)\s+the\s+(?P<en>first|second|third|fourth)\b(?![\s-](?:quarter|half)))"
    r"|(?P<year>(?<![\w.,$-])(?:FY|CY)?(?P<y>(?:19|20)\d{2})(?![\w%.,-]*\d)(?!\s?(?:%|percent|points|pts|bn|tn|billion|trillion|million)))"
)
_BASE_BEFORE = rx.compile(
    r"(?:(?:\bfrom|\bsince|\bthan(?:\s+in)?|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\brelative\s+to|\bagainst|\bover"
    r"|\bbelow|\babove)\s+(?:the\s+|a\s+|its\s+)?(?:corresponding\s+)?"  # "than the corresponding 2020 figure"
    r"|\bon\s+(?:the\s+|a\s+|its\s+)?)(?:same\s+\w+\s+(?:(?:of|in)\s+)?)?(?:end\s+of\s+)?$",  # "vs. same period last year"
    re.I,
)
# "as of July 2024", "as at 30 June": a reading that stands at that date
AS_OF_BEFORE = rx.compile(r"\bas\s+(?:of|at)\s+$", re.I)
_EARNINGS_AFTER = rx.compile(r"['\u2019]s?\s+(?:earnings|profits?|sales|revenues?|income|EPS|book)\b", re.I)
_MULTIPLE_BEFORE = rx.compile(r"(?:\btimes|\dx)\s+$", re.I)
_ON_BEFORE = rx.compile(r"\bon\s+$", re.I)
# A month or date that looks like a figure's period only when it is a word.
_NOT_MONTH = rx.compile(r"^(?:may|march|june|july)$", re.I)


_NTH_WEEK = rx.compile(r"\b(?P<n>" + _WEEK_NTH + r")\s+week\b(?:\s+(?:of|in)\s+"
                       r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?P<y>(?:19|20)\d{2}))?)?", re.I)
_WEEK_ENDED_BEFORE = rx.compile(r"\b(?:ended|finished|closed|closing|ending|end)\s+$", re.I)


def _nth_week(phrase: str, month: str, year: str | None, as_of: date) -> Interval:
    """The first to fifth (or last) week of a month, Monday to Sunday: the first is the one the 1st
    falls in when that is a Monday to Wednesday, else the next."""
    mo = _MONTH_NUM[month[:3].lower()]
    y = int(year) if year else _latest_month(mo, as_of)
    n = next(v for k, v in _WEEK_ORDINALS.items() if k in phrase.lower())
    if n == 0:
        end = month_interval(y, mo)[1]
        monday = end - timedelta(days=end.weekday() + (7 if end.weekday() < 2 else 0))
    else:
        first = date(y, mo, 1)
        monday = first - timedelta(days=first.weekday()) if first.weekday() <= 2 else first + timedelta(days=7 - first.weekday())
        monday += timedelta(days=7 * (n - 1))
    return monday, monday + timedelta(days=6)


def _week_named_before(text: str, at: int, as_of: date) -> Interval | None:
    """"ended the week" in a paragraph about a named week ("In the first week of October", "In the
    second week," after "the first week of September" earlier): that week."""
    if not _WEEK_ENDED_BEFORE.search(text, max(0, at - 10), at):
        return None
    line = max(text.rfind("\n", 0, at) + 1, at - 1500)  # (a bounded look back: a long draft stays linear)
    named = None
    for named in _NTH_WEEK.finditer(text, line, at):
        pass
    if named is None:
        return None
    mon, y = named.group("mon"), named.group("y")
    if mon is None:  # "In the second week,": the month of the last week that named one
        for back in _NTH_WEEK.finditer(text, max(0, line - 3000), line):
            if back.group("mon"):
                mon, y = back.group("mon"), back.group("y")
        if mon is None:
            return None
    return _nth_week(named.group("n"), mon, y, as_of)


_MONTH_NAMED = rx.compile(r"\b" + _M + r"\b\.?(?:\s+(?P<y>(?:19|20)\d\d)\b)?")


_MONTH_TOPIC_BEFORE = rx.compile(r"\b(?:in|for|during|of)\s+$", re.I)


def _month_named_before(text: str, at: int, phrase: str, as_of: date) -> Interval | None:
    """"for the month", "over the month" in a paragraph that names a month before it: that month
    (not "this month", nor "so far this month": the story's own)."""
    if not re.match(r"(?i:for|over)\s+the\s+month\b", phrase):
        return None
    seen: list[Interval] = []  # (the paragraph's or the one before it, the headline's: a bounded look back)
    for named in _MONTH_NAMED.finditer(text, max(0, at - 800), at):
        if not _MONTH_TOPIC_BEFORE.search(text, max(0, named.start() - 8), named.start()):
            continue  # (not "the highest since August 1982", "from March": a mark, not the month reported)
        mo = _MONTH_NUM[named.group("mon")[:3].lower()]
        y = int(named.group("y")) if named.group("y") else _latest_month(mo, as_of)
        iv = month_interval(y, mo)
        if iv[1] <= as_of and (as_of - iv[0]).days <= 400:
            seen.append(iv)  # a month of the story's last year or so, already ended
    # the month named most ("rose 0.2% in May, following a 0.6% gain in April ... edged up in May"), the
    # first of equals: the one reported, not the one it is compared with
    return max(seen, key=lambda iv: (seen.count(iv), -seen.index(iv))) if seen else None


def _latest_month(m: int, as_of: date) -> int:
    return as_of.year if m <= as_of.month else as_of.year - 1


_NUM_WORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_TRIGGER = rx.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:[-\u2013/][a-z]+)?|q[1-4](?:[-/'\u2019](?:\d\d){1,2})?|[1-4]q\d*|h[12]|fy\d*|cy\d*|(?:19|20)\d\d"
    r"|the|fiscal|financial|first|second|third|fourth|1st|2nd|3rd|4th|this|last|next|through|thru|so|year-to-date|year|ytd|in|for|a|past|trailing"
    r"|previous|prior|preceding|same|year-earlier|year-ago|week|weekly|weekending|monthly|on|over|quarter|three|during"
    r"|two|four|five|six|nine|twelve|12|[2-9]|between|from|since|month-to-date|month|latest|most"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)


# "up from $3.05 per share last year", "compared with $17.0 billion last year": in a comparison,
# "last year" is the same period a year before (a quarter, a fiscal year), like "a year ago".
# (not past a colon, and not "rather than": "the cut looks like a precaution rather than a rescue: the
# US economy grew 2.8% last year" is the year before the cut-off's)
_COMPARED = rx.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|(?<!rather )than"
                       # "an EPS of Rs 21.5, a significant rise over Rs 7.67 last year"
                       r"|(?:rise|increase|gain|jump|improvement|decline|drop|fall)\s+(?:over|on))\b(?:[^.;:]|\.\d){0,45}$", re.I)


# "the first half ended 24 August", "the half ending Aug. 24, 2024": the day a company's half ends
_SPAN_ENDED = rx.compile(r"\s+(?:ended|ending|to)\s+(?:on\s+)?(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)|(?P<m2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
                         r"|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b")
_DAY_NUMBER = rx.compile(r"\d{1,2}(?:st|nd|rd|th)?$")
_MONTH_OR_OF = rx.compile(r"(?:of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$")


def _years_later(iv: Interval, n: int) -> Interval:
    """The same months ``n`` years later (earlier, for a negative ``n``); a February ends on the 28th."""
    a, b = iv
    return a.replace(year=a.year + n), b.replace(year=b.year + n, day=min(b.day, 28) if b.month == 2 else b.day)


def _matches(text: str, start: int, end: int, tokens):
    """Anchored matches at words that can start a period phrase: far fewer tries than a scan."""
    if tokens is None:
        yield from _PHRASES.finditer(text, start, end)
        return
    last = start
    for k, t in enumerate(tokens):
        if t[0] < last:
            continue
        if not _TRIGGER.match(t[3]) and not (
                # "on 20 December", "the 5th of March": a day written before its month
                _DAY_NUMBER.match(t[3]) and k + 1 < len(tokens) and _MONTH_OR_OF.match(tokens[k + 1][3])):
            continue
        m = _PHRASES.match(text, t[0], end)
        if m:
            last = m.end()
            yield m


# a month ahead: "by July", "the June meeting" (a deadline or a meeting to come)
_BY_BEFORE = rx.compile(r"\b(?:by|until|till)\s+$", re.I)
_MEETING_AFTER = rx.compile(r"\s+(?:policy\s+)?(?:meeting|hike|cut|decision)\b", re.I)


_YEAR_NAMED = rx.compile(r"(?<![\d.,$])(?:19|20)\d\d(?![\d%])")
_SENTENCE_END = rx.compile(r"[.!?]\s+(?=[A-Z])")
# a forecast named just before a month without its year: the month ahead, not last year's
# ("the inflation projection for July-September", "forecast to average 7.4% for September"; not "its own
# estimate in November", made in the November past)
_FORECAST_BEFORE = rx.compile(r"\b(?:project(?:ion|ions|ed|s)?|forecasts?|forecasted|outlook|guidance|predict(?:s|ed|ions?)?)\b"
                              r"[^.;:!?]{0,50}\bfor\s+(?:the\s+)?$", re.I)
_LAST_YEARS = rx.compile(r"\b(?:last|the\s+previous|the\s+prior)\s+year['\u2019]s\s+$", re.I)


def find_periods(text: str, start: int, end: int, as_of: date, tokens=None) -> list[PeriodPhrase]:
    """Period phrases in text[start:end], resolved against ``as_of``.

    ``tokens`` (start, end, raw, key) of that stretch, when given, limit the search
    to words that can begin a period phrase.
    """
    out: list[PeriodPhrase] = []
    last_grain = None
    for m in _matches(text, start, end, tokens):
        g = m.lastgroup
        iv: Interval | None = None
        grain = g
        try:
            if m.group("ytd"):
                iv, grain = (date(as_of.year, 1, 1), as_of), "ytd"
            elif m.group("trailing") and re.match(r"(?:the\s+)?last\s+year$", m.group("trailing"), re.I) \
                    and _COMPARED.search(text, max(0, m.start() - 60), m.start()):
                # "6.2% compared to 7.2% in the last year": in a comparison, the same period a year
                # before, as "last year" is there (not the twelve months to the story)
                iv, grain = (date(as_of.year - 2, 1, 1), as_of), "year"
            elif m.group("trailing"):
                start_ = as_of.replace(year=as_of.year - 1) if not (as_of.month == 2 and as_of.day == 29) else as_of.replace(year=as_of.year - 1, day=28)
                # a week's slack at the start: a paper dated the morning after (or a Monday) counts the year
                # to the last session ("between 2,347p and 1,366p in the past year", 1997-02-20 to 1998-02-20,
                # in a story dated 1998-02-21)
                iv, grain = (start_ - timedelta(days=7), as_of), "trailing"
            elif m.group("nyears"):
                n = _NUM_WORD.get(m.group("ny").lower()) or int(m.group("ny"))
                start_ = as_of.replace(year=as_of.year - n, day=min(as_of.day, 28) if as_of.month == 2 else as_of.day)
                iv, grain = (start_, as_of), "trailing"
            elif m.group("lastyear"):
                if m.group("lastyear")[:1] in "tT":
                    # "1.4% in 2023, following the previous year's 2.6%": the year before the one the
                    # sentence names, or with none named, before the story's
                    clause = text[max(0, m.start() - 200):m.start()]
                    clause = clause[max((b.end() for b in _SENTENCE_END.finditer(clause)), default=0):]
                    years = _YEAR_NAMED.findall(clause)
                    y = int(years[-1]) if years else as_of.year
                    iv, grain = (date(y - 1, 1, 1), date(y - 1, 12, 31)), "year"
                elif m.group("lastyear").lower().startswith("a year") or _COMPARED.search(text, max(0, m.start() - 60), m.start()):
                    # "from 230.3 pence a year ago": the same period of the year before, whichever
                    # period the story reports (a fiscal year, a quarter): any time in the two years before
                    iv, grain = (date(as_of.year - 2, 1, 1), as_of), "year"
                else:
                    iv, grain = (date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31)), "year"
            elif m.group("nextyear"):
                if out and _NEXT_YEAR.fullmatch(text, out[-1].end, m.end()):
                    continue  # "for Q1 next year": the quarter's year, already read with it
                iv, grain = (date(as_of.year + 1, 1, 1), date(as_of.year + 1, 12, 31)), "year"
            elif m.group("lastfy"):
                # a company's year ended in the twelve months before the story, in whichever month it
                # ends: some year inside the 23 months back, not a quarter
                iv, grain = (as_of - timedelta(days=700), as_of), "year"
            elif m.group("wkb4last"):
                monday = as_of - timedelta(days=as_of.weekday() + 14)
                iv, grain = (monday - timedelta(days=1), monday + timedelta(days=6)), "week"
            elif m.group("firstn"):
                n = _NUM_WORD.get(m.group("fn").lower()) or int(m.group("fn"))
                y = int(m.group("fny")) if m.group("fny") else as_of.year if n < as_of.month or (n == as_of.month and as_of.day > 25) else as_of.year - 1
                iv, grain = (date(y, 1, 1), month_interval(y, n)[1]), "months"
            elif m.group("pastmonth"):
                back = as_of - timedelta(days=31)
                iv, grain = (back, as_of), "trailing"
            elif m.group("nago"):
                n = _NUM_WORD.get(m.group("na").lower()) or int(m.group("na"))
                mid = as_of.replace(year=as_of.year - n, day=min(as_of.day, 28))
                # about that date, or that calendar year's whole ("the last time it booked a larger
                # gain was two years ago, when it jumped 13 per cent", at the end of 2023: 2021)
                iv, grain = (min(mid - timedelta(days=92), date(mid.year, 1, 1)),
                             max(mid + timedelta(days=92), date(mid.year, 12, 31))), "year"
            elif m.group("wkend"):
                mo = _MONTH_NUM[(m.group("wkm") or m.group("wkm2"))[:3].lower()]
                y = int(m.group("wky")) if m.group("wky") else _latest_month(mo, as_of)
                end_ = date(y, mo, int(m.group("wkd") or m.group("wkd2")))
                iv, grain = (end_ - timedelta(days=6), end_), "week"
            elif m.group("thismonth") and (named := _month_named_before(text, m.start(), m.group("thismonth"), as_of)):
                # "Retail sales fell 0.1% in December ... Economists had expected a contraction of 0.3 per
                # cent for the month": the month the paragraph is about, not the story's own
                iv, grain = named, "month"
            elif m.group("thismonth"):
                # "this month", "for the month": the month so far
                iv, grain = (date(as_of.year, as_of.month, 1), as_of), "month"
                if as_of.day <= 3 and not m.group("thismonth").lower().startswith("this") \
                        and not re.search(r"to[\s-]date", m.group("thismonth"), re.I):
                    # "For the month, the Russell 2000 was up 6.38 percent" in a wrap dated the
                    # 1st: the month just ended, or this one's first days ("month-to-date" on the
                    # 2nd is this month's two days)
                    iv = (month_interval(*shift_month(as_of.year, as_of.month, -1))[0], as_of)
            elif m.group("lastmonth"):
                y, mo = shift_month(as_of.year, as_of.month, -1)
                iv, grain = month_interval(y, mo), "month"
                if m.group("lastmonth").lower().endswith("earlier") or _COMPARED.search(text, max(0, m.start() - 60), m.start()):
                    # "down from 5.5% a month earlier", "versus 3.1 percent lower last month": the month
                    # before the reading the story reports, which is itself a month or two behind the
                    # story's date
                    iv = quarter_ending(y, mo)
            elif m.group("thisweek") and re.search(r"past|last|days", m.group("thisweek"), re.I):
                iv, grain = (as_of - timedelta(days=7), as_of), "week"  # "over the past week": seven days back
            elif m.group("nthweek"):
                iv, grain = _nth_week(m.group("nthweek"), m.group("nwm"), m.group("nwy"), as_of), "week"
            elif m.group("thisweek") and (named := _week_named_before(text, m.start(), as_of)) is not None:
                # "In the first week of October, copper ... They gave back their gains and finished the
                # week at $9,956": the week the paragraph is about, not the story's own
                iv, grain = named, "week"
            elif m.group("thisweek"):
                monday = as_of - timedelta(days=as_of.weekday())
                ended = m.group("thisweek").lower().startswith("the") and re.search(
                    r"\b(?:ended|finished|closed|closing|ending)\s+$", text[max(0, m.start() - 10):m.start()])
                if (as_of.weekday() == 0 and not m.group("thisweek").lower().startswith(("this", "week"))) \
                        or (ended and as_of.weekday() < 4):
                    # "for the week", written on a Monday: the week just ended; and "December corn
                    # ended the week at $4.41" written before Friday is last week's close, not this one's
                    monday -= timedelta(days=7)
                    iv = (monday, monday + timedelta(days=4))
                elif re.match(r"(?i:on|over)\s", m.group("thisweek")) and as_of.weekday() < 5:
                    # "up £5.70/t on the week" on a Thursday: the seven days to the story's day, which
                    # cover this week's days so far as well as a week that ends midweek (merchants'
                    # prices collected Wednesday to Wednesday)
                    iv = (as_of - timedelta(days=7), as_of)
                else:
                    iv = (monday, min(as_of, monday + timedelta(days=4)))
                grain = "week"
            elif m.group("lastweek"):
                monday = as_of - timedelta(days=as_of.weekday() + 7)
                iv, grain = (monday, monday + timedelta(days=6)), "week"
                if not m.group("lastweek").lower().startswith("last"):
                    # "claims rose to 3.315 million for the previous week": the week before the one
                    # the data reports, which itself lags the story: either of the two weeks back
                    iv = (monday - timedelta(days=9), iv[1])  # from the Saturday: weeks "ending" Friday (the MBA's) or Saturday
                if as_of.weekday() >= 4:
                    # a weekly wrap dated Friday or at the weekend calls the week just ended "last
                    # week" too: either week, never one further back (from its Sunday: the Gulf
                    # exchanges trade Sunday to Thursday)
                    iv = (monday - timedelta(days=1), as_of)
            elif m.group("weekday"):
                day = _WEEKDAYS.index((m.group("wd") or m.group("wd2") or m.group("wd3") or m.group("wd4")).lower())
                d = as_of - timedelta(days=(as_of.weekday() - day) % 7)
                iv, grain = (d, d), "day"
                if m.group("wdlast"):
                    before = as_of - timedelta(days=as_of.weekday() + 7) + timedelta(days=day)
                    # (from a Friday or the weekend, "last week" may be the week just ended, as for "last
                    # week" alone: either day, never one further back)
                    iv = (before, d) if as_of.weekday() >= 4 else (before, before)
            elif m.group("samemonth"):
                # (the first month the stretch names, the story's own: "to 4.6% in July ..., compared to 5.6%
                # last May and 7.8% in the same month a year earlier")
                named = next((p for p in out if p.grain == "month" and not p.base), None)
                if named is None:
                    continue  # no month named before it in the stretch: no reading of which
                iv, grain = _years_later(named.interval, -1), "month"
            elif m.group("prevq") and (named := next((p for p in reversed(out) if p.grain == "quarter" and not p.base
                                                      and (p.interval[1] - p.interval[0]).days < 100
                                                      and m.start() - p.end < 160
                                                      and not re.search(r"[.;]\s", text[p.end:m.start()])), None)) is not None:
                # "down 0.01 percent in October-December, following a 0.2 percent contraction in the previous
                # quarter": the quarter before the one just named
                a = date(*shift_month(named.interval[0].year, named.interval[0].month, -3), 1)
                iv, grain = (a, named.interval[0] - timedelta(days=1)), "quarter"
            elif m.group("prevq") or m.group("yagoq"):
                q = (as_of.month - 1) // 3  # the quarter before the current one: 0 means Q4 of last year
                y, q = (as_of.year, q) if q else (as_of.year - 1, 4)
                if m.group("prevq"):
                    y, q = (y, q - 1) if q > 1 else (y - 1, 4)
                else:
                    y -= 1
                a, b = quarter_interval(y, q)
                # a company's fiscal quarter may run a month either side of the calendar one
                iv = (month_interval(*shift_month(a.year, a.month, -1))[0],
                      month_interval(*shift_month(b.year, b.month, 1))[1])
                grain = "quarter"
            elif m.group("nmonths"):
                n = {"six": 6, "nine": 9, "twelve": 12}.get(m.group("nm")) or int(m.group("nm"))
                mo = _MONTH_NUM[m.group("nme")[:3].lower()]
                y = int(m.group("nmy")) if m.group("nmy") else _latest_month(mo, as_of)
                iv = (month_interval(*shift_month(y, mo, -(n - 1)))[0], month_interval(y, mo)[1])
                grain = "half" if n == 6 else "months"
                if n == 12:
                    # "inflation of 4.6% in the 12 months to June 2023": June's year-on-year reading
                    iv, grain = month_interval(y, mo), "month"
            elif m.group("yended"):
                y, mo = int(m.group("yey")), _MONTH_NUM[m.group("ye")[:3].lower()]
                iv, grain = (month_interval(*shift_month(y, mo, -11))[0], month_interval(y, mo)[1]), "year"
            elif (m.group("qword") and m.group("qem")) or m.group("qended"):
                # "the fourth quarter ended March 2018", "the quarter that ended in September 2024",
                # "the September quarter": the three months ending with the month named
                mon, ys = next((m.group(a), m.group(b)) for a, b in (("qem", "qey"), ("qe2", "qe2y"), ("qe3", "qe3y"))
                               if m.group(a))
                mo = _MONTH_NUM[mon[:3].lower()]
                # with no year, the quarter under way counts as this year's ("guided for revenue in
                # the September quarter" on July 30), as "the third quarter" does
                y = int(ys) if ys else as_of.year if quarter_ending(as_of.year, mo)[0] <= as_of else as_of.year - 1
                iv, grain = quarter_ending(y, mo), "quarter"
            elif m.group("qword") or m.group("qcode"):
                q = _ORD.get((m.group("qn") or "").lower()) or int(m.group("qc") or m.group("qc2"))
                ys = m.group("qy") or m.group("qcy") or m.group("qcy2") or m.group("qcy3")
                y = (int(ys) + (2000 if len(ys) == 2 else 0)) if ys else None
                if y is None:
                    y = as_of.year if quarter_interval(as_of.year, q)[0] <= as_of else as_of.year - 1
                    if _LAST_YEARS.search(text, max(0, m.start() - 24), m.start()):
                        y -= 1  # "Last year's Q1 had seen growth of 13.1%": the quarter a year back
                iv, grain = quarter_interval(y, q), "quarter"
            elif m.group("hmonth"):
                mo = _MONTH_NUM[m.group("hmo")[:3].lower()]
                y = int(m.group("hmy")) if m.group("hmy") else _latest_month(mo, as_of)
                first, last = month_interval(y, mo)
                iv = (first, first + timedelta(days=14)) if m.group("hmn").lower() == "first" \
                    else (first + timedelta(days=15), last)
                grain = "month"
            elif m.group("half"):
                h = 1 if (m.group("hn") or "").lower() == "first" or m.group("hc") == "1" else 2
                ys = m.group("hy") or m.group("hcy")
                y = (int(ys) + (2000 if len(ys) == 2 else 0)) if ys else None
                if y is None:
                    y = as_of.year if (h == 1 or as_of.month > 6) else as_of.year - 1
                iv = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
                grain = "half"
                if (e := _SPAN_ENDED.match(text, m.end())) is not None:
                    # "in the first half ended 24 August": a company's half, to the day it names
                    mo = _MONTH_NUM[(e.group("m1") or e.group("m2"))[:3].lower()]
                    day = int(e.group("d1") or e.group("d2"))
                    ey = int(e.group("y")) if e.group("y") else _latest_month(mo, as_of)
                    try:
                        end_ = date(ey, mo, day)
                    except ValueError:
                        end_ = None
                    if end_ is not None:
                        # six months back and a day on: 24 August -> 25 February; 30 June -> 1 January
                        y0, m0 = shift_month(end_.year, end_.month, -6)
                        if (end_ + timedelta(days=1)).day == 1:  # a month's last day: the half starts on a first
                            start_ = date(*shift_month(y0, m0, 1), 1)
                        else:
                            start_ = date(y0, m0, min(end_.day, calendar.monthrange(y0, m0)[1])) + timedelta(days=1)
                        iv = (start_, end_)
            elif m.group("thru"):
                mo = _MONTH_NUM[m.group("thm")[:3].lower()]
                y = int(m.group("thy")) if m.group("thy") else _latest_month(mo, as_of)
                iv, grain = (date(y, 1, 1), month_interval(y, mo)[1]), "ytd"
            elif m.group("span"):
                a, b = _MONTH_NUM[m.group("mon3")[:3].lower()], _MONTH_NUM[m.group("mon4")[:3].lower()]
                y = int(m.group("sy")) if m.group("sy") else _latest_month(b, as_of)
                if not m.group("sy") and a <= b and b > as_of.month and _FORECAST_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    y = as_of.year  # "the inflation projection for July-September", written in June: the one ahead
                first = date(y if a <= b else y - 1, a, 1)
                iv = (first, month_interval(y, b)[1])
                grain = "quarter" if (b - a) % 12 == 2 and a % 3 == 1 else "month"
            elif m.group("date") or m.group("dfdate"):
                mo = _MONTH_NUM[(m.group("mon") or m.group("dfm"))[:3].lower()]
                ys = m.group("dy") or m.group("dfy")
                y = int(ys) if ys else _latest_month(mo, as_of)
                d = date(y, mo, int(m.group("day") or m.group("dfd")))
                iv, grain = (d, d), "day"
                if m.group("date") and m.group("day2") and int(m.group("day2")) > d.day:
                    iv = (d, date(y, mo, int(m.group("day2"))))
            elif m.group("lastwd"):
                back = (as_of.weekday() - _WEEKDAYS.index(m.group("lwd").lower())) % 7 or 7
                d = as_of - timedelta(days=back)
                iv, grain = (d, d), "day"
            elif m.group("month"):
                word = m.group("mon2")
                if _NOT_MONTH.match(word) and word[0].islower():
                    continue
                mo = _MONTH_NUM[word[:3].lower()]
                y = int(m.group("my")) if m.group("my") else _latest_month(mo, as_of)
                if not m.group("my") and (as_of.month - mo) % 12 >= 6 and (_BY_BEFORE.search(text, max(0, m.start() - 6), m.start())
                                                             or _MEETING_AFTER.match(text, m.end())):
                    # "a 40 percent chance of a June hike and 68 percent by July", written in May: the
                    # July ahead, not last year's (but "US$570-600 by November", written in January: the
                    # November just past)
                    y = as_of.year
                elif not m.group("my") and mo > as_of.month and _FORECAST_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    y = as_of.year  # "inflation is projected at 7.4% for September", written in June
                iv, grain = month_interval(y, mo), "month"
            elif m.group("ell"):
                if last_grain != "quarter":
                    continue  # "in the second" only after a quarter: "4.8% in the third quarter from 5.2% in the second"
                q = _ORD[m.group("en").lower()]
                y = as_of.year if quarter_interval(as_of.year, q)[0] <= as_of else as_of.year - 1
                iv, grain = quarter_interval(y, q), "quarter"
            elif m.group("year"):
                y = int(m.group("y"))
                iv, grain = (date(y, 1, 1), date(y, 12, 31)), "year"
        except ValueError:
            continue  # "Feb 30": not a date
        if iv is None:
            continue
        if grain in ("month", "quarter", "half") and not re.search(r"\d{4}", m.group()):
            # a period named without its year, whose year the words after it give
            if earlier := _YEAR_EARLIER.match(text, m.end()):
                if re.fullmatch(r"\s+last\s+year", earlier.group(), re.I):
                    # "up from 12.5 percent in November last year", written in February: the calendar year
                    # before the story's, whose November is the latest one
                    iv = _years_later(iv, as_of.year - 1 - iv[0].year)
                else:
                    # "Rs 333.65 crore in the January-March period a year ago": that period, a year before
                    iv = _years_later(iv, -1)
            if (named_year := _YEAR_AFTER.match(text, m.end())) is not None:
                iv = _years_later(iv, int(named_year.group("y")) - iv[1].year)
            if _NEXT_YEAR.match(text, m.end()):
                # "Real GDP growth for Q1 next year is projected at 6.4%": that period of the year after the story's
                iv = _years_later(iv, as_of.year + 1 - iv[1].year)
        if iv is not None and (grain == "month" or (grain == "day" and iv[1] <= as_of)) and AS_OF_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            # "As of July 2024, the Ghana cedi depreciated by about 19.6%": the end of the year so far
            iv = (date(iv[1].year, 1, 1), iv[1])
        last_grain = grain
        base = bool((_BASE_BEFORE.search(text, max(start, m.start() - 40), m.start())
                     # "up 86% on January 2022" is against a base; "rose 2% on November 27" is that day's
                     and not (grain == "day" and _ON_BEFORE.search(text, max(start, m.start() - 6), m.start())))
                    or _CONTRACT_AFTER.match(text, m.end())  # "gold for June delivery": a contract month
                    # "104 times last year's earnings": the year of the multiple's base, not of the figure
                    or (_EARNINGS_AFTER.match(text, m.end()) and _MULTIPLE_BEFORE.search(text, max(start, m.start() - 8), m.start()))
                    or _CONTRACT_BEFORE.search(text, max(start, m.start() - 30), m.start())  # "for delivery in January"
                    or (grain == "month" and not re.search(r"\d", m.group()) and _CONTRACT_COMMODITY.match(text, m.end())
                        and not _PREPOSITION_BEFORE.search(text, max(start, m.start() - 12), m.start()))
                    # "September closed up 13 1/4 cents at $7.93 and December closed 14 1/2 cents higher"
                    # in a futures report: the contract month is the subject, not the period
                    or (grain == "month" and m.group()[:1].isupper() and not re.search(r"\d", m.group())
                        and _CONTRACT_SETTLED.match(text, m.end())
                        and _CONTRACT_SUBJECT_BEFORE.search(text, max(0, m.start() - 8), m.start())
                        and _FUTURES_WORD.search(text) is not None))
        out.append(PeriodPhrase(m.start(), m.end(), iv, grain, base))
    return out
