"""What each figure is said about: entity, metric, period, hedge and direction.

Read from the figure's own sentence, nearest words first: a hedge or direction
word right before the figure ("surged more than 180%"), a direction noun right
after ("a 60% increase"), the entity named nearest in the same clause, the metric
phrase nearest within the figure's stretch of the sentence, the period phrase
that follows it ("4.8% in the third quarter") or precedes it ("In October, ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from evals import rx
from evals.entities import _DETERMINERS, EXCHANGE_CODE, LEGAL_FORMS, DocMentions, Mention
from evals.figures import (LIST_AFTER_RESPECTIVELY, RESTATEMENT, TALLY_VERBS, Figure, is_minor_unit, list_items,
                            list_run)
from evals.periods import PeriodPhrase, find_periods
from evals.text import Document, Sentence
from evals.vocab import MOVE_FOR_THE_YEAR, Vocabulary, bundle_metric_phrases, tail_words

# a clause whose subject stands for a name said before: "the company had originally forecast ..."
_ANAPHOR_SUBJECT = rx.compile(r"\s*(?:the\s+(?:company|firm|group|bank|carrier|lender|miner|insurer|retailer)|it|they)\s+"
                              r"(?:had|has|have|was|is|said|says|expects|expected|reported|posted|forecast|sees|saw|now)\b", re.I)
_CLAUSE_BREAK = rx.compile(
    # (not the colon of an exchange code: "CITIC Securities [SHA: 600030] jumped")
    # (and the katakana long mark some Japanese sites set as a dash: "in the U.S. \u30fc the company had ...")
    r"[,;\u2014\u30fc]|(?<![\[(][A-Z]{2})(?<![\[(][A-Z]{3})(?<![\[(][A-Z]{4}):"
    r"|\s(?:while|whereas|but|although|though|versus|vs\.?|compared with|compared to|relative to)\s", re.I
)
# exchange codes in brackets: "(Nasdaq: XPEV; HKEX: 9868)", "[SHA: 600030]"
_CODES_BRACKET = r"[\[(](?:" + EXCHANGE_CODE + r"\s*[;,]\s*)*" + EXCHANGE_CODE + r"[\])]"
_TICKER_LIST = rx.compile(_CODES_BRACKET)


def _bare_semicolon(text: str, a: int, b: int) -> int:
    """The last semicolon in text[a:b] outside a bracket of exchange codes, or -1."""
    i = text.rfind(";", a, b)
    while i >= 0:
        if not any(m.start() < i < m.end() for m in _TICKER_LIST.finditer(text, max(a, i - 40), min(b, i + 40) + 12)):
            return i
        i = text.rfind(";", a, i)
    return -1


_COMPARISON_BREAK = rx.compile(r"\s(?:versus|vs\.?|compared with|compared to|relative to)\s$", re.I)
_WORDS = rx.compile(r"[a-z]+")
_BREADTH_UP = frozenset({"gainers", "advancers", "advances", "winners", "risers", "gainer", "advancer", "winner"})
_BREADTH_DOWN = frozenset({"losers", "decliners", "declines", "fallers", "loser", "decliner", "laggards"})
# "47 closed up, 38 closed down, 3 were unchanged, while 12 remained untraded": a count, then its side
# (and "147 concluded in advance, 226 in decline": the Karachi papers' sides)
_COUNT_THEN_SIDE = rx.compile(r"\s+(?:(?:stocks|shares|companies|issues|scrips)\s+)?(?:(?:closed|ended|finished|concluded)\s+)?"
                              r"(?P<w>up|higher|down|lower|advanced|declined|in\s+advance|in\s+decline"
                              r"|(?:were|remained)\s+(?:unchanged|untraded)|unchanged|untraded)\b", re.I)
_OUTNUMBER = rx.compile(
    r"\b(?P<a>[A-Za-z]+)(?:\s+(?:far|well|easily|comfortably|narrowly|slightly))?\s+" + TALLY_VERBS + r"\s+(?P<b>[A-Za-z]+)"
    r"(?:\s+(?:by|about|nearly|roughly|almost|some))*\s+(?P<n>[\d,]+)\s*(?:to|-|\u2013|:)\s*(?P<m>[\d,]+)\b")
_RESPECTIVELY = rx.compile(r"\brespectively\b", re.I)
# "Sunny Optical Co. Ltd. fell 3%": the legal form after a name, part of it
_LEGAL_FORM_AFTER = rx.compile(r"^(?:\.?,?\s+(?:(?=[A-Z])(?i:" + "|".join(sorted(LEGAL_FORMS)) + r")|S\.A\.B\.|de|C\.V)\b)+\.?")
_FROM_ITS = rx.compile(r"\s*(?:%|per\s?cent|percent)?\s+(?:decline|drop|fall|rise|increase|growth|gain|jump|slump|surge)"
                       r"\s+in\s+(?:[\w'\u2019-]+\s+){0,3}(?:from|at)\s+(?:its|their)\s+", re.I)
_OUTDID_WITH = rx.compile(r"\b(?:outperformed|outperforming|outpaced|outpacing|outgrew|outstripped|lagged|lagging|trailed"
                          r"|trailing|underperformed|underperforming)\s+(?:[\w'\u2019-]+\s+){1,6}?with\s+(?:a\s+|an\s+)?$", re.I)
_GOES_ON = rx.compile(r",?\s*(?:widening|narrowing|rising|falling|climbing|dropping|increasing|decreasing|growing"
                      r"|shrinking|swelling|easing|reaching|hitting)\s+(?:to|at)\s+(?:a\s+(?:record\s+)?)?", re.I)


def _take_subject(fc, of) -> None:
    """``fc`` is about what ``of`` is about (known name, unknown name, or none said)."""
    fc.entity, fc.entity_mention, fc.unknown = of.entity, of.entity_mention, of.unknown
    fc.attribution_unknown = of.attribution_unknown


def _goes_on(text: str, clause_start: int, fig_start: int) -> bool:
    """The clause before the figure is a participle going on with the sentence's subject: ", widening to"."""
    return any(_GOES_ON.fullmatch(text, at, fig_start) for at in (clause_start, max(0, clause_start - 1)))


_NEGATIVE_NOUNS = frozenset({"deficit", "deficits", "loss", "losses", "shortfall", "outflow", "outflows", "deflation"})
_IN_STEP_AFTER = rx.compile(r"respectively\s*,?\s+(?:up|down|rising|falling|gaining|losing|climbing|dropping|increasing"
                            r"|decreasing|higher|lower)(?:\s+by)?\s+", re.I)
_NOUN_AFTER = rx.compile(
    r"\s*(?:(?:weekly|monthly|daily|one-day|single-day|sequential)\s+)?"  # "a 4.6% weekly gain", "a 20% sequential drop": the move's span, then the move
    r"(?P<w>increase|increases|rise|gain|gains|jump|surge|rally|rebound|advance|climb|higher|expansion|growth"
    r"|decline|declines|drop|fall|slide|slump|plunge|loss|losses|contraction|decrease|reduction|lower|dip|cut|hike|retreat"
    r"|drawdown|correction|sell-off|selloff|below|above|short of|under|over|less|fewer|off"
    r"|weaker|stronger|firmer|softer|cheaper|dearer|pricier"
    # "finished June 859 basis points behind it": a gap said by its side
    r"|behind|ahead"
    # "closed 93 points up at 8,381": the way after the size, where nothing it could modify follows
    r"|(?:up|down)(?=\s*(?:at|on|in|for|from|over|against|$|[,.;:)\u2013\u2014])))\b",
    re.I,
)
# "Microsoft's gain for the year to 17.6%", "Tencent's losses this year came to 12.3%": a named
# owner's cumulative gain or loss, the noun carrying the sign of the figure after it ("its gain"
# is left to the clause reader: its owner may be the subject, not the nearest name)
_OWN_CHANGE = rx.compile(r"(?:'s|\u2019s)\s+(?P<w>gains?|loss(?:es)?)" + MOVE_FOR_THE_YEAR + r"\s*$", re.I)
# a list of single figures, and of names: commas and "and" only (a bracketed ticker may follow a name)
_PAIR_GAP = rx.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)")
_NAME_GAP = rx.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)")
_VERB_GAP = rx.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:[a-z]+\s+){1,3}")
# a sign said in words before a number: "up from plus 9", "at minus 5"
SIGN_WORD_BEFORE = rx.compile(r"\b(?:plus|minus)\s+$", re.I)
_BRACKET_GAP = rx.compile(r"\s*\(\s*")
_THAN = rx.compile(r"\b(?:more|less|fewer|higher|lower|bigger|smaller|larger)\b[^,.;]{0,40}?\bthan\s+", re.I)
_AGAINST_WORD = rx.compile(r"\bagainst\b", re.I)
_NAME_BEFORE_BRACKET = rx.compile(r"(?:[A-Z][\w&.'-]*\s+){1,4}\($")
_WEEKDAY = rx.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_REPORTED_BEFORE = rx.compile(r"\b(?:reported|announced|posted|released|published|booked|logged)\b", re.I)
_WHEN_AFTER = rx.compile(r",\s*when\b", re.I)
_RANKED_IN = rx.compile(r"\b(?:performers?|performances?|gainers?|losers?|decliners?|laggards?|leaders?|stocks?|names?)\s+"
                        r"(?:among|on|in|of|across)\s+(?:the\s+)?$", re.I)
FOR_TOPIC = rx.compile(r"\s*(?:For|As\s+for|As\s+to)\s+(?:the\s+)?")
# (and a forecaster: "Brannvoll ApS anticipates a trading range of 65-100 euros in 2022")
# (and past a role set off by commas: "Ruvani Ratnayake, national accounts industry and production senior
# manager, says: ...")
_ROLE_BETWEEN = r",\s+[^,.;:\"\u201c\u201d]{3,80},\s+"  # ", national accounts ... senior manager, "
_SPEAKER_AFTER = rx.compile(r"(?:" + _ROLE_BETWEEN + r"|,?\s+)(?:also\s+)?(?:said|says|stated|states|told|noted"
                            r"|explained|remarked|mentioned|anticipates|forecasts|predicts)\b")
# "The quarter-wise breakups for CPI given by Das are 4.9 per cent": the agent of a passive is
# the source of the figures, not their subject
_FRONTED_CAUSE = rx.compile(r"\s*(?:Driven|Led|Helped|Boosted|Supported|Weighed|Dragged|Pushed|Fuell?ed|Lifted|Hit|Hurt|Buoyed"
                            r"|Spurred|Hampered|Pressured)\s+(?:up\s+|down\s+|higher\s+|lower\s+)?by\b"
                            # (a list of causes runs to the comma after its "and")
                            r"(?:(?:[^,.;]{1,60},){1,4}?[^,.;]{0,60}\b(?:and|or)\b[^,.;]{1,60},|[^,.;]{1,120},)")
_AGENT_BY = rx.compile(r"\b(?:given|provided|compiled|estimated|projected|forecast|published|released|set|made"
                       r"|issued|announced|presented)\s+by\s+(?:the\s+)?$", re.I)
_SAID_AFTER = rx.compile(r",?\s+(?:(?:[A-Z][\w.&'-]*\s+){1,4}|the\s+(?:company|firm|group|bank|ministry)\s+)?"
                         r"(?:said|says|told|announced|noted|stated|reported|disclosed)\b")
# "November's 5.9 per cent", and "the revised August rate of 1,272,000", "the September 2016 figure of
# 869,000": a period naming the reading the figure is
_POSSESSIVE_GAP = rx.compile(r"(?:'s|\u2019s)\s+(?:(?:[A-Za-z-]+\s+){1,3}?(?:of|at)\s+)?|\s+(?:rate|figure|level|reading|print|number|total|tally|estimate)\s+of\s+")
_OPEN_BRACKET = rx.compile(r"\s*\(\s*")
_ADJACENT_PERIOD = rx.compile(r"\s*,\s*")
_SPAN_IN_LIST = rx.compile(r"\b(?:over|in|during|for)\s+(?:the\s+|a\s+)?(?:past\s+|last\s+)?(?:\w+[\s-])?"
                           r"(?:years?|months?|weeks?|days?|quarters?|sessions?)(?:[\s-]period)?\b", re.I)
_AFTER_BREAK = rx.compile(r"\b(?:after|following)\s+(?:rising|falling|gaining|losing|dropping|climbing|sliding|a|an|gains|losses"
                          r"|declines|rises|falls|advances)\b", re.I)
_ESTIMATES = r"estimate|projection|forecast|expectation|prediction"
_ESTIMATE_NOUN = rx.compile(rf"\s+(?:{_ESTIMATES}|consensus)s?\b", re.I)
# a period's own estimate: "last month's estimate of 821 pounds" (the month is the estimate's vintage)
_VINTAGE = rx.compile(rf"(?:'s|\u2019s)\s+(?:{_ESTIMATES})s?\b", re.I)
_BELOW_AFTER = rx.compile(r"\s+(?:below|under|beneath|lower than|short of|off)\b", re.I)
# "to July's level of", "to its level of": the level reached, named by whose or when
_LEVEL_OF = r"(?:(?:its|their|the)\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?level\s+of"
_TO_AFTER_OBJECT = rx.compile(
    r"\b(?:(?P<v>raised|cut|lowered|hiked|reduced|increased|lifted|trimmed|boosted|upgraded|downgraded|rose|fell|climbed"
    r"|dropped|eased|slipped|declined|jumped|edged\s+(?:up|down))(?:\s+back(?=\s+to\s+" + _LEVEL_OF + r"\s))?\s+(?:(?:its|their|the)\s+(?:[a-z-]+\s+){0,3}"
    # "boosted its forecast for all-in sales growth to", "downgraded its forecasts for GDP growth to"
    r"(?:(?:for|of)\s+(?:[A-Za-z&-]+\s+){0,4})?"
    # "rose against the British pound to 5.4625 from 5.4439": the pair's other side before the level
    r"|(?:against|versus|vs\.?|vis-[aà]-vis)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3})?"
    # "revised down second-quarter gross domestic product (GDP) growth to 6.73%": a revision's way, its
    # object named in full
    r"|(?P<v2>revised\s+(?:up|down|upwards?|downwards?|higher|lower))\s+(?:[\w()-]+\s+){1,6})to\s+"
    r"(?:an?\s+(?:average|record|high|low|level)\s+of\s+"
    # "the employment index fell back to July's level of 44.1": the level reached, named by its month
    r"|" + _LEVEL_OF + r"\s+)?$", re.I)
_RELATIVE = rx.compile(r"\s*,?\s*(?:which|who)\b", re.I)
_SPAN_END = rx.compile(r"\b(?:ending|ended|through|to)\s+$", re.I)  # "the three months ending Sept. 30"
# "led the rally in November, its shares up 31.8%": the absolute phrase, with or without "with"
_WITH_CLAUSE = rx.compile(r"[\s,]*(?:with\s+(?:its|their|the)\b|(?:its|their)\s+(?:shares?|stocks?|price)\s+(?:up|down)\s|(?:rising|falling|gaining|losing|growing|climbing|dropping|slipping|easing|up|down)\s+\d)", re.I)
_EVENT_BEFORE = rx.compile(r"\b(?:after|before|ahead\s+of|following)\s+(?:the|its|their|a)\s+$", re.I)
# "a cut of 250 basis points - potentially 350 basis points": the same move, larger, after a dash
_DASH_APPOSITION = r"\s*[\u2014\u2013]\s*(?:or\s+even\s+|even\s+|potentially\s+|possibly\s+|perhaps\s+|maybe\s+)?"
_APPOSED = rx.compile(r"\s*,?\s*\(?\s*or\s+"
                      # "a net outflow of $24 mln (0.22%)": the same flow in brackets, another unit
                      r"|\s*\(\s*"
                      r"|" + _DASH_APPOSITION)
# "closed 54.1 points, or 0.95 per cent, lower": the direction after an apposition
_NOUN_AFTER_APPOSITION = rx.compile(
    # ("stocks were 123 Bcf, or about 3.6 percent, lower than a year earlier": a hedge on the restatement, and
    # "below" or "above" a base)
    r",?\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+|some\s+)?[\d.,]+"
    r"\s*(?:%|per\s?cent|percent|points?|pts)\s*,?\s*(?P<w>higher|lower|up|down|below|above)\b", re.I)
# What may stand between a figure and the period phrase that belongs to it:
# "0.2% year on year in October", "4.8% in the third quarter", "5.2% in 2024".
_YEAR_MODIFIES = rx.compile(r"\s+(?:[a-z]+\s+){1,3}(?:of|was|were|at|stood)\b")  # "the 2014 average inflow of"
_YOY_AFTER = rx.compile(r"\s*\(?(?:yoy|y/y|y-o-y|year[\s-]*(?:on|over)[\s-]*year)\b", re.I)
# "as against 1,46,203 units during the same period in 2021 with a YoY volume de-growth of 8 per cent": a change
# on the year named before its figure
_YOY_CHANGE_BEFORE = rx.compile(r"\b(?:yoy|y/y|y-o-y|year[\s-]*(?:on|over)[\s-]*year)\s+(?:[a-z-]+\s+){0,3}(?:of\s+)?$", re.I)
_PRECEDING_OWNER = rx.compile(r"\b(?:the\s+)?(?:preceding|previous|prior)\s+(?:month|quarter|year|week)['\u2019]s\s+$", re.I)
_BROKER_CALL = rx.compile(r"\b(?:price\s+target|target\s+price|rating)s?\s+(?:for|on)\b", re.I)
_ODDS_BEFORE = rx.compile(r"\b(?:bets?|odds|chances?|probability|likelihood)\s+(?:of|for|on|that)\b[^.;,]{0,60}$", re.I)
SUPERLATIVE_BEFORE = rx.compile(r"\b(?:highest|lowest|biggest|largest|best|worst|strongest|weakest|fastest|slowest|sharpest|steepest|smallest|deepest|quickest)\s+(?:[a-z]+\s+){0,2}$", re.I)
_BASE_FIGURE_BEFORE = rx.compile(r"\b(?:as\s+opposed\s+to|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:a\s+|an\s+|the\s+)?$", re.I)
_VERSUS = rx.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|against)\s", re.I)
_RESTATED = rx.compile(r"\s*\(\s*(?:around|about|approximately|roughly|some|or)?\s*")
_BARE_CENTS = rx.compile(r"\d\s?(?:c|cents?)$")
_CLOSES_BRACKET = rx.compile(r"\s*\)")
_MOVE_IN_BRACKETS = rx.compile(r"(?:/[A-Za-z]+)?\s*\(\s*(?:up|down|rising|falling|gaining|losing|a\s+(?:rise|gain|fall|drop|decline)\s+of)?\s*")
_AT_END = rx.compile(r"\bat(?:\s+(?:the|its|their))?\s*$")
# "$125 or 8% below where it was this time last year", "12% higher than a year ago": a figure's gap to the
# year before, said after it (not "compared with a 3% gain a year ago": a base of its own)
_ON_A_YEAR_AGO = rx.compile(r"[^.;]{0,50}?\b(?:below|above|lower|higher|less|more|up|down)\b[^.;]{0,30}?"
                            r"\b(?:this\s+time\s+last\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before)"
                            r"|(?:the\s+)?same\s+(?:time|period)\s+(?:last|a|of\s+last)\s+year)\b", re.I)
_NOT_ON_A_YEAR_AGO = rx.compile(r"\b(?:compared|versus|vs|against|while|whereas|but|and|from)\b", re.I)
# "down 0.32% from the previous close": a move from the session before
_FROM_LAST_CLOSE = rx.compile(r"\s+(?:from|on|against|over)\s+(?:the\s+|its\s+)?(?:previous|prior|last|preceding)\s+"
                              r"(?:close|closing|session|trading\s+day|day)\b", re.I)
# between a figure and the span named right after it ("down 1.2% over the past year")
_OWN_SPAN_GAP = rx.compile(r"\s*(?:over|in|during|for|across)?\s*", re.I)
# between two periods of a list ("in October and November", "in May, June or July")
# (not a comma alone: "Tuesday, September 23" is one day)
_PERIOD_LIST_GAP = rx.compile(r"\s*,?\s*(?:and|or|&)\s+(?:in\s+)?", re.I)
# What the figure counts, between it and its period: "30,600 jobs in May", "454,582 units sold in September",
# "a 4.3% increase seen in November", "131.80 yen in New York on Thursday" (a few plain words, none that
# opens a comparison or another clause, nor ends a span: "stood at 9.25% until last October")
_COUNTED_GAP = rx.compile(
    r"\s+(?:(?!(?:from|than|versus|vs|against|compared|as|after|while|when|which|who|that|since|until|till|before|and|or|but|to"
    r"|with|by|at|of|its|their|his|her|it|they|is|was|were|are|be|been|has|had|have|will|would|could|may|might"
    r"|expected|forecast|estimated|projected|predicted|the|a|an)\b)[a-z][a-z-]*\s+){1,3}"
    r"(?:(?:seen|recorded|sold|reported|posted|registered|logged|observed)\s+)?(?:in|for|during|over|on|last)\s+(?:the\s+)?$")
_PERIOD_GAP = rx.compile(
    r"\s*(?:(?:year[\s-]on[\s-]year|y/y|yoy|month[\s-]on[\s-]month|m/m|from a year (?:earlier|ago)"
    r"|on the year|annuali[sz]ed|annual|seasonally adjusted|of GDP|points?|pts|in value|in volume"
    r"|close|closing\s+level"  # "to the 3,875.13 close on February 10": the close's own day
    # "closed 3.78% higher for the week", "up 0.41% against the dollar for the week"
    r"|higher|lower|up|down|stronger|weaker|against\s+the\s+(?:dollar|greenback|euro|yen|pound)"
    # "from 20,420 shares per day in 2016 to 17,811 shares this year": what is counted
    r"|shares|securities|contracts|transactions|trades"
    # "stocks were up 4,375 tonnes on the week": a count's own noun
    # (not a rate: "9.7 million barrels per day for May and June")
    r"|(?:(?:metric\s+)?(?:tonnes|tons)|bags|bales|barrels|ounces|bushels|units|vehicles|lots)"
    r"(?!\s+(?:a|per)\s+day|\s*/\s*d)"
    r"|(?:a|an|per)\s+(?:ton|tonne|barrel|ounce|pound|share|bushel|unit|day|session|trading day)"
    # "$71 per barrel (b) in July", "$58/b in 4Q25": the unit's abbreviation, defined or used
    r"|\([a-z]{1,4}\)|/[a-z]{1,5}\b"
    r"|(?:recorded|registered|reported|posted|seen|logged)(?:\s+last)?"  # "from $13.88 billion recorded last July"
    r"|(?:set|reached|hit|achieved)(?:\s+back)?)[\s,]*)*"  # "the previous high-water mark of 74% set back in 1997"
    r"(?:(?:increase|rise|gain|jump|surge|drop|fall|decline|slide|slump|contraction|expansion|growth|loss"
    # "a 4.6% increase in net profit for the quarter": the move's own measure between it and the period
    r"|advance|rebound|pace|rate)\s+(?:(?:in|of)\s+(?:its\s+|the\s+)?(?:(?!(?:its|the|their|his|her|a|an)\s)(?-i:[a-z][a-z-]*)\s+){1,3})?)?"
    r"(?:(?:(?:by|at)\s+the\s+end\s+of|end\s+of|by\s+end-?|at\s+end-|in|for|during|over|through|as of|on|by|at"
    r"|since)(?:\s+(?:the|its|their)(?:\s+year)?)?|(?:for|in|during)\s+the\s+(?:same\s+(?:period|quarter|month|half)(?:\s+(?:in|of|last))?"
    r"|corresponding\s+(?:period|quarter|month|half)\s+(?:in|of)))?"
    r"(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)?\s*$",  # "2,729 Bcf as of Friday, June 9, 2023"
    re.I,
)
# "The two multiples imply that analysts expect its earnings to rise by 58%": a possessive before a
# company's measure, in a sentence that names no one, is the last name's
_ITS_MEASURE = rx.compile(r"\b(?:its|their)\s+(?:earnings|profits?|revenue|sales|shares|stock|valuation|multiple)\b")
# "over the same period" (not "the same period in 2024", "for 2016", "a year earlier": a base)
_SAME_PERIOD = rx.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|span|stretch|months?|weeks?)\b"
                          r"(?!\s+(?:in|of|for|last|a\s+year|year|the\s+previous|the\s+prior)\b)", re.I)
# "Shortly after the JSE closed, it had strengthened 0.54%": a clause of time before the main clause's pronoun
_FRONTED_CLAUSE_THEN_PRONOUN = rx.compile(r"\s*(?:(?:Shortly|Soon|Just|Even)\s+(?i:after|before|when|as|once|since|until)"
                                          r"|(?:After|Before|When|As|While|Once|Since|Until))\s"
                                          r"[^,.;]{3,80},\s+(?P<who>(?:it|they|its|their)\b)")
_YEAR_ITEM_GAP = rx.compile(r"\s+(?:in|for)\s+(?:(?:19|20)\d{2}|FY\s?\d{2,4})\s*,\s+(?:and\s+)?")
_YEAR_ITEM_AFTER = rx.compile(r"\s+(?:in|for)\s+(?:(?:19|20)\d{2}|FY\s?\d{2,4})\b")
# "... gained 1.26% and industrials 0.73": "and", the next item's name, its figure
_AND_NEXT_ITEM = rx.compile(r"\s+and\s+(?:the\s+)?[A-Za-z][\w&.'-]*(?:\s+[A-Za-z][\w&.'-]*){0,2}\s+")
_ANAPHOR = rx.compile(
    # ("However, the stock price has lost 51.52% ...": after a connective too)
    r"\s*(?:(?:However|But|Still|Meanwhile|Nevertheless|Yet|Even so),\s+(?=(?:it|its|they|their|the)\s))?"
    r"(?P<who>(?i:It|Its|It's|They|Their|The (?:company|firm|group|chipmaker|carmaker|automaker|lender|bank|insurer|maker"
    r"|stock|shares|developer|retailer|giant|company's|firm's|group's)|Shares|Revenue|Sales|Profit|Net income"
    r"|Earnings|Management|Executives|Its shares"
    # an economy's readings after the sentence that names it ("The US economy grew 2.8% last year.
    # Output rebounded in the second quarter, ...")
    r"|Output|The economy|Unemployment|The unemployment rate|The jobless rate))\b"
)
_PAIR_BRACKET = rx.compile(r"\(\s*[-+]?\d[\d.,]*\s?%\s*(?:vs\.?|versus|against)\s*(?P<second>[-+]?\d[\d.,]*\s?%)\s*\)")
# measures that are always rates or indices, never an amount of money
_RATE_ONLY_METRICS = frozenset({"policy_rate", "rrr", "cpi_yoy", "core_cpi_yoy", "rpi_yoy", "cpih_yoy", "ppi_yoy",
                                "wpi_yoy", "gdp_yoy", "gdp_qoq", "unemployment_rate", "pmi", "debt_to_gdp",
                                "deficit_to_gdp", "current_account_to_gdp", "retail_sales_yoy",
                                "industrial_production_yoy", "exports_yoy", "imports_yoy", "bond_yield", "yield_change"})
_BASE_OF = rx.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:of|than|as|that\s+of)\s+(?:the\s+)?", re.I)
_SET_ASIDE_BRACKET = rx.compile(r"\((?:which\s+|that\s+)?(?:exclud(?:es|ed|ing)|excl\.|ex\b|except|strips?\s+out|stripping"
                                r"\s+out|leaves?\s+out|leaving\s+out)[^()]*\)", re.I)
# a name set aside: "group sales excluding Ocado up 3.3%"
_EXCLUDED_BEFORE = rx.compile(r"\b(?:excluding|excl\.?|except(?:\s+for)?|other\s+than|ex)\s+$", re.I)
# a sentence's opening phrase that sets names aside, to the comma that closes it: "Excluding the volatile
# categories of gas, autos, building materials and restaurants, sales dropped 0.4 percent"
_SET_ASIDE_OPENING = rx.compile(r"\W*(?:excluding|except\s+for|other\s+than|stripping\s+out|leaving\s+out"
                                r"|setting\s+aside|not\s+counting)\b[^\d;:]*$", re.I)


def _set_aside(text: str, m, sentence_start: int) -> bool:
    """A name set aside: "group sales excluding Ocado", or inside an opening "Excluding ..." phrase."""
    return _EXCLUDED_BEFORE.search(text, max(0, m.start - 16), m.start) is not None \
        or (text.startswith(",", m.end) and _SET_ASIDE_OPENING.match(text, sentence_start, m.start) is not None)


# a market's measure after a place: "like-for-like U.K. sales up 3.2%", "its US revenue"
_SEGMENT_AFTER = rx.compile(r"\.?\s+(?:sales|revenues?|volumes?|market\s+share|business|operations|deliveries|orders)\b", re.I)
# from one figure to the next name's bracketed figure in a list: "$8.8 billion), Germany (7.1% to "
_NEXT_BRACKET = rx.compile(r"[^();]*\),?\s+(?:and\s+)?[A-Z][^().;,]{0,40}\s\([^();]*")
_SAID_ITS = rx.compile(r"(?:" + _ROLE_BETWEEN + r"|\s+)(?:said|says|reported|announced|posted|expects|forecast|forecasts|anticipates|predicts|sees)\s+"
                       r"(?:on\s+[A-Z]\w+\s+|in\s+a\s+(?:statement|filing|release)\s+|(?:last|this)\s+(?:week|month)\s+"
                       r"|(?:yesterday|today|earlier)\s+)?(?:that\s+)?(?:its|their)\s")
# an empty slot in a list of figures: "1.5%, , 1.3%", "25.5%, , and 11.9%"
_LIST_HOLE = rx.compile(r",(?=[ \t]*,)")
_NAME_LIST_GAP = rx.compile(r"\s*,\s*|\s*,?\s+and\s+")  # "BOP, MLCF, TRG, STPL and UNITY"
# "Q3 at 6.4, Q4 at 6.2%": a period that labels the figure right after it, in a list of readings
_PERIOD_AT = rx.compile(r"\s+at\s+|:\s*")
_PERIOD_CODE = rx.compile(r"Q[1-4]|H[12]|(?:FY|CY)?\s?(?:19|20)\d{2}")
_PERIOD_INTRO = rx.compile(
    r"(?:\b(?:in|for|during|over|through|as of|on|by|since|end of|end-|throughout|so far in|ending|end)\s+(?:the\s+)?"
    r"|\b(?:by|at)\s+the\s+close\s+"  # "By the close on November 28, NVIDIA stood at ..."
    r"|(?:^|[.!?\n]\s*|\A))$",
    re.I,
)
_LOSS_BASE_GAP = rx.compile(r"(?:\s+a\s+share|\s+per\s+(?:diluted\s+)?share)?\s*,?\s*(?:from|compared\s+(?:with|to))\s+(?:an?\s+)?", re.I)
_CONTINUES = rx.compile(
    r"[^.;]{0,40}?,\s*(?:up|down|compared with|versus|vs\.?|against|after|from|a rise of|a fall of|a drop of|an increase of)\b[^,;]*$"
    r"|[^.,;]{0,40}?\bto\s+$"  # "rose by 5.2 million barrels last week to 421.2 million"
    # "the highest price-to-book ratio, at 16.2x, and Toyota the lowest, at 1.1x": the same measure
    r"|,?\s+and\s+(?:the\s+)?[\w&.'-]+(?:\s+[\w&.'-]+){0,3}?\s+the\s+(?:lowest|highest|largest|smallest|cheapest"
    r"|dearest|biggest|least|most)\b,?\s*(?:at\s+)?$"
    # "Turnover was highest in Alibaba, ..., and lowest in SMIC, the biggest gainer, at HKD 4.07
    # billion": the other end of the same measure, past an apposition
    r"|[^.;]{0,40}?,?\s+and\s+(?:lowest|highest|heaviest|lightest|largest|smallest)\s+(?:in|for|at)\s+[\w&.'-]+(?:\s+[\w&.'-]+){0,3}?"
    r",\s+(?:the|a|an|its)\s+[a-z][a-z'\u2019\s-]{0,40}?,\s*(?:at\s+)?$",
    re.I,
)
_ASIDE = rx.compile(r"(?:,\s*(?:which|who|whose|a gauge|a measure|an index)\b|\()[^,()]*$", re.I)
_ASIDE_END = rx.compile(r"[,)]")
_ATTACHED_AFTER = rx.compile(
    r"^\s*(?:(?:year-on-year|year-over-year|annual|quarterly|sequential)\s+)?"
    r"(?:(?:increase|rise|gain|jump|surge|climb|decline|drop|fall|slump|plunge|growth)\s+)?(?:(?:of|in|for)\s+)?"
    # "a 53% rise in quarterly net profit": the period's adjective on the measure
    r"(?:the\s+|its\s+|their\s+)?(?:(?:quarterly|annual|half-yearly|full-year|yearly|monthly)\s+)?$", re.I
)


# "Microsoft has moved 1.4% on an average day and Apple 1.1%": an elliptical item (a name and its
# figure) after a figure whose measure was named after it
# "... 1.4% on an average day and Apple 1.1%"; "231.6x trailing earnings and SMIC at 94.8x"
_ELLIPTICAL_ITEM = rx.compile(r"[^.,;]{0,30}?\s+and\s+[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,3}\s+(?:at\s+)?")
# between two items of a list of names and their figures: ", the S&P 500 ", " and the Dow Jones Industrial Average "
_LIST_ITEM_GAP = rx.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w&.'/-]*(?:\s+[A-Z0-9][\w&.'/-]*){0,4}\s+"
                            r"(?:at\s+)?")
# between two multiples of a list, after the first's measure or the name it is for: "43.9x trailing
# earnings, Apple at 37.4x", "against 31.2x for Microsoft and 55.6x for Apple"
_MULTIPLE_LIST_GAP = rx.compile(
    r"(?:\s+(?:(?:trailing|forward|forecast|expected|estimated)\s+)?(?:earnings|profits?|book(?:\s+value)?|sales))?"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w&.'/-]*(?:\s+[A-Z0-9][\w&.'/-]*){0,4})?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?[A-Z][\w&.'/-]*(?:\s+[A-Z0-9][\w&.'/-]*){0,4}\s+(?:at\s+)?)?")
# two figures of a list and nothing else between them: "23.9% and 13.5%", "1.2%, 0.8%"
_FIGURE_LIST_GAP = rx.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_AGAINST_MOVE = rx.compile(r"[^.;]{0,40}?,?\s+(?:against|compared\s+with|versus|vs\.?)\s+(?:a\s+|an\s+)?"
                           r"(?:rise|gain|fall|drop|decline|loss|advance|increase|decrease|slide|jump)\s+of\s+$", re.I)
_LEVEL_METRICS = frozenset({"close"})
_LEVEL_WORD_METRICS = frozenset({"close", "open", "index_level"})
_FIGURE_WORDS = rx.compile(r"[-+]?[\d][\d.,]*\s*(?:%|per\s?cent|percent|points?|pts)?")
_TRAILING_OWNER = rx.compile(
    r"[\s,]*(?:or\s*)?[\s,]*(?:(?:to|at)\s*)?[\s,]*(?:for|in)\s+the\s+(?:[A-Z][a-z]+\s+)?"
    # "against 40.7x for Tencent and 19.3x for Alibaba": a multiple and the name it is for
    r"|\s*x?\s+for\s+(?:an?\s+)?"  # "(71% for an equal-weighted basket of the Magnificent Seven"
    # "A drop of 2.8% was recorded by the Kering group, 1.6% by Hermès": the list's items after "by"
    r"|\s+by\s+(?:the\s+)?"
    # "a nine per cent gain by cannabis producer Organigram": the mover after the noun of its move
    r"|\s+(?:gain|rise|jump|advance|increase|fall|drop|decline|loss|slide|plunge|slump|surge|rally|tumble"
    r"|climb|dip|slip|decrease|retreat)"
    r"\s+(?:by|for|in|at|on)\s+(?:[a-z-]+\s+){0,3}")
_PER_UNIT_THEN_PLACE = rx.compile(r"(?:\s+to\s+(?:US)?\$?[\d.,]+)?\s+(?:per|a|an)\s+[A-Za-z]+\s+(?P<to>to\s+(?:the\s+)?)?")
_TOTALLING = rx.compile(r",\s*(?:totall?ing|amounting\s+to|adding\s+up\s+to)\s+(?:about\s+|some\s+|around\s+)?$", re.I)
_CONTRACT_AFTER = rx.compile(r"[\s-]+(?:delivery|arrival|loading|contracts?|futures|expiry)\b", re.I)
# "$6.18/mn BTU for Korea", "$62 a barrel for Brent": the unit a price is quoted per
_PRICE_UNIT = rx.compile(r"^\s*(?:/\s*|(?:per|a|an)\s+)(?:(?:mn|mm|m|million|metric)\s*)?[A-Za-z]+\b")
# "climbing over 600 points as TSMC attracted buying": a name after these is another clause's subject
_SUBORDINATE = rx.compile(r"\b(?:as|after|before|when|because|since|amid|following|on|and|but|while|whereas"
                          # "closing at Rs9400 followed by Sapphire Fiber": the next item of a list
                          r"|followed\s+by|ahead\s+of|behind"
                          # "Gold miners ... notching up a 3.1% rise within the benchmark ASX 200": the group
                          r"|within|among|amongst"
                          # "rising 5.89% to 57.56 euros thanks to the rebound in oil prices": the cause
                          r"|thanks\s+to|due\s+to|owing\s+to|on\s+the\s+back\s+of|driven\s+by|helped\s+by|boosted\s+by)\b", re.I)
_COMMA_OR = rx.compile(r"\b(?P<w>[a-z]+)\s*,\s*or\s+$", re.I)
_OBJECT_OF = rx.compile(r"\b(?:to|from|in|into|with|for|at|of|by|on)\s+(?:the\s+)?$", re.I)
# the last of names joined after a preposition: "rates from China to N. America and Europe are down"
_OBJECT_LIST = rx.compile(r"\b(?:to|from|in|into|with|for|at|of|on)\s+(?:the\s+)?[A-Z][A-Za-z.&'-]*(?:\s+[A-Z][A-Za-z.&'-]*){0,3}"
                          r"\s*(?:,|and|or|&)\s+(?:the\s+)?$")
_RELATIVE_START = rx.compile(r"\s*(?:which|that)\b", re.I)
_ONE_WORD_SUBJECT = rx.compile(r"\s+[a-z]{3,}\s")
_EXTREME = rx.compile(r"as\s+(?:much|high|low|far)\s+as\b", re.I)
# "missed forecasts by 2.1 points", "outperformed the index by 3%": "by" measures a margin, not a move
_MARGIN_VERBS = frozenset({"missed", "beat", "exceeded", "topped", "trailed", "lagged", "outperformed",
                           "underperformed", "outpaced", "surpassed"})
# a bound after a verb of movement: "has fallen below 40%", "climbed above 3%" (not "over", which
# can be the size of the move: "rose over 5%")
_BOUND = rx.compile(r"(?:below|above|under|past|beyond)\b", re.I)
_NET_SELL = rx.compile(r"\bnet\s+(?:foreign\s+)?sells?\b", re.I)
_NOMINAL = frozenset({"growth", "gain", "gains", "loss", "losses", "decline", "rise", "fall", "increase", "decrease",
                      "drop", "expansion", "contraction", "inflation", "deflation", "deficit", "surplus", "up", "down",
                      "higher", "lower", "less", "fewer", "off", "negative", "rally", "slowdown", "recovery"})
_LEADING_ASIDE = rx.compile(r"^,\s*(?:which|who|whose|by contrast|by comparison|in contrast|meanwhile|too|also|another|the|an?)\b"
                            r"[^,;.\d]*,", re.I)
# "Polkadot (DOT) shed 5%", "Turkish Airlines (THYAO) added 2.1%": a ticker in brackets after the name
_BRACKETED_MOVE = rx.compile(r"\(\s*(?:(?:its\s+)?(?:shares?|stock)\s+)?(?:up|down|rose|fell|gained|lost|added|shed)\s")
_CLAUSE_OPENER = rx.compile(r"[\s,;\"'(*-]*(?:(?:while|whereas|and|but|as|with|yet)\s+)?")
# "Rice prices, meanwhile, rose 1.6%": an adverb set off by commas between the subject and its verb
# ("Lloyds TSB, not to be outdone, firmed 19p", "Brent, likewise, fell 1%": a stock phrase of the same kind)
_ADVERB_ASIDE = rx.compile(r",\s*(?:meanwhile|however|too|also|in turn|for its part|for their part|not to be outdone"
                           r"|likewise|similarly|in tandem|in particular|notably|again|as well|by comparison|by contrast|in contrast"
                           r"|for instance|for example|on the other hand),\s*", re.I)
_MARKET_NOUN = rx.compile(r"^\s+(?:futures|prices|price|contracts)(?=\s)")  # "Rice prices rose", "Cocoa futures fell"
# "(BMV)", "(LON: AHT)", "[SHA: 600030]": an exchange's code for the name before it
# (after "Nio Inc." the name's own full stop; "(NYSE: NIO; HKEX: 9866)" names two exchanges)
_TICKER_BRACKET = rx.compile(r"^\.?\s*(?:\([A-Z][A-Z0-9.:]{0,11}\)|" + _CODES_BRACKET + r")(?=\s)")
_AFTER_EXCHANGE_CODE = rx.compile(r"[\[(][A-Z]{2,6}:\s?$")
_EXCHANGE_CODE = rx.compile(r":\s?[A-Z0-9.]{1,8}[\])]")
def _ticker_of(text: str, name: Mention, tick: Mention) -> bool:
    """``tick`` is in brackets right after ``name``: "Polkadot (DOT)", "Lundin Mining (LUN)"."""
    return bool(re.fullmatch(r"\s*\(", text[name.end:tick.start])) and text.startswith(")", tick.end)


def _initials_of(name: str, short: str) -> bool:
    """``short`` abbreviates ``name`` by its capitals' initials ("BMV" for "Bolsa Mexicana de Valores",
    "GVA" ending in those of "Value Added")."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and short.upper().endswith(initials.upper())


_PERIOD_AS_SUBJECT = rx.compile(r"\s+(?:was|were|reached|rose|fell|stood|hit|came|climbed|dropped|saw|showed"
                                r"|recorded|posted|averaged)\b")
_CLAUSE_AFTER_PERIOD = rx.compile(r",?\s+(?:the|its|their|this|[A-Z][a-z]+(?:'s|\u2019s)?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
                                  r"\s+(?:registered|recorded|reported|posted|rose|fell|grew|shrank|stood|was|were|reached)\b")
# ("In neighbouring Latvia", "In nearby Malaysia": a place word before the name)
_FRONTED = rx.compile(r"\s*(?:In|For|At|Across|Over in|Elsewhere in|Meanwhile in)\s+"
                      r"(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|rival|regional|southern|northern|eastern|western)\s+)?", re.S)
# "Zions Bancorporation, which slid 2.15%", "Magyar Telekom (MTEL), which added", "Kinross Gold Corp., which
# slid 4.6%": a name (its legal form's dot), a relative pronoun and its verb right before the figure
# ", the parent company of ", ", a unit of ": an apposition that names another company
_APPOSED_OF = rx.compile(r"\.?,\s+(?:the|a|an)\s+[a-z][a-z\s-]{0,40}?\s+(?:of|to|for)\s+(?:the\s+)?")
_WHICH_MOVED = rx.compile(r"\.?(?:\s*[(\[][^()\[\]\n]{1,30}[)\]])?,\s+(?:which|who)\s+(?:has\s+|had\s+|have\s+)?"
                          r"(?:also\s+)?[a-z]+(?:\s+(?:by|up|down|to))?\s+")  # "which rose to 75.82 US cents": the level it reached
# An unknown name that opens its sentence, perhaps behind a description ("Property developer
# Ayala Land"), with its ticker in brackets ("Turkish Airlines (THYAO)"), followed by a verb.
_OPENS_WITH_NAME = rx.compile(r"[\s\"'(*-]*(?:[A-Z][a-z]+(?:\s+[a-z-]+){0,2}\s+)?")
_NAME_THEN_VERB = rx.compile(r"(?:\s*[(\[][^()\[\]\n]{1,30}[)\]])?(?:\s+(?:also|shares|stock))?\s+([a-z]{2,})\b")
_SUBJECT_ASIDE = rx.compile(
    # "Revenue in the heavy materials sector, which includes cement, concrete and aggregates, as well as
    # ..., was up 9%": what a segment includes, a list with its own commas, up to the verb
    r",\s*which\s+(?:includes?|including|comprises?|covers?|consists?\s+of)\s+[^;.\d]*?,(?=\s+(?:was|were|is|are|has|have"
    r"|had|rose|fell|grew|climbed|declined|increased|decreased|jumped|dropped|slipped|gained|came|stood|reached|totall?ed)\b)"
    r"|,\s*(?:which|who|whose|where|like|unlike|as with|along with|together with|as well as|as did|as does|or the)\b[^,;.]*,"
    # "Marina Bay Sands, run by Las Vegas Sands, reported ...": who runs or owns the name
    r"|,\s*(?:run|owned|operated|controlled|backed|founded|headed|managed|majority-owned)\s+by\b[^,;.]*,"
    # a descriptive apposition: "Hyundai Glovis, the logistics unit of Hyundai Motor Group, gained 0.9%"
    # ("Ether, the world's second-largest cryptocurrency after bitcoin, on Thursday extended ...")
    r"|,\s*(?:[Tt]he|[Aa]n?|another)\s+[a-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+)*?\s+(?:of|at|in|for|to|behind|by|after|than)\s+"
    r"(?:[^,;.\d]|No\.\s?\d+)*,"
    # "Exports to China -- the South's largest trade partner -- rose 3.7%": a dashed aside
    r"|\s(?:--|\u2014|\u2013)\s[^,;.\d\u2014\u2013]*?\s(?:--|\u2014|\u2013)\s"
    # "its producer price index- which measures inflation before it reaches consumers- rose 3.1
    # percent": the same with hyphens set against the words
    r"|(?<=\w)-\s+(?:which|who|whose)\b[^,;.\d-]*?\w-\s"
    # "Boeing, also a Dow stock, fell 90 cents": a member of the index, named as such
    r"|,\s*(?:also\s+)?(?:[Tt]he|[Aa]n?|another)\s+(?:[A-Z][\w&.-]*\s+){1,3}(?:stock|member|component|constituent"
    r"|company|heavyweight|lender|unit|subsidiary|affiliate|peer|rival)s?\s*,"
    # "SMIC, China's biggest chipmaker, has led", "Cambricon, the AI-chip designer, gained": who
    # the name is, with a place's possessive or a trade noun (the writer's own introductions too)
    r"|,\s*(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,"
    r"|,\s*the\s+(?:[\w-]+\s+){0,3}(?:maker|designer|group|investor|company|firm|bank|lender|producer|operator"
    r"|chipmaker|giant|developer|retailer|insurer|miner|carrier|conglomerate|automaker|manufacturer)\s*,")
_CARRY_WORDS = frozenset({"and", "or", "while", "followed", "by", "with", "the", "its", "their", "for", "of", "was",
                          "were", "at", "respectively", "each", "shares", "stocks", "index", "sub-index", "sector"})
_NOT_ITEM = frozenset({"against", "compared", "versus", "vs", "from", "than", "after", "before", "since", "up", "down",
                       "to", "in", "on", "a", "an", "year", "month", "week", "quarter", "day", "ago", "earlier",
                       "previous", "prior", "last", "expected", "forecast", "estimate", "estimates", "consensus",
                       # a level after a move is its own statement ("went down 0.05 percent and stood at 20.35")
                       "stood", "stands", "stand", "came", "reached", "hit", "ended", "closed", "settled", "finished",
                       "traded", "touched", "remained", "stayed", "totalled", "totaled", "amounted", "is", "are"})
# After a figure only ("0.04% weaker than the previous close"): on their own these compare
# ("hiring was stronger than previously reported") rather than claim a move.
_FINISHED = frozenset({"ended", "end", "ends", "ending", "wound", "winds", "finished"})
_MAKE_UP = frozenset({"make", "makes", "made", "making", "take", "takes", "took", "taking", "taken"})
_WAY_AFTER = rx.compile(r"\s+(?P<w>lower|higher)\b", re.I)
_COMMA_BY = rx.compile(r"\b(?P<w>[A-Za-z]+)(?:\s+(?:as\s+well|too|also|again|hard|sharply|steeply))?(?:,\s+|\s*[\u2014\u2013]\s*)by\s+"
                       # "The dollar fell hard—by around 0.7%": the size set off by a dash, its hedge after "by"
                       r"(?:(?:around|about|roughly|some|nearly|almost)\s+)?$"
                       # "Ventspils Nafta and Latvijas Gaze were also down, 4 percent and 1 percent
                       # respectively": an adverb of direction, a comma, then the sizes
                       r"|\b(?P<a>up|down|higher|lower)(?:\s+(?:as\s+well|too|also|again))?,\s+$"
                       # "Wirecard bled the most, 11.03%": the verb, its rank, then the size
                       # ("Palladium fell the least, at 1.3%")
                       r"|\b(?P<r>[A-Za-z]+)\s+the\s+(?:most|least|hardest)\s*,\s+(?:by\s+|at\s+)?$", re.I)
STRENGTH_WORDS = {"weaker": -1, "softer": -1, "stronger": 1, "firmer": 1}
PRICE_WORDS = {"cheaper": -1, "dearer": 1, "pricier": 1}  # "Sugar was 23.3 percent cheaper"
_HYPOTHETICAL = rx.compile(r"[^.;]{0,40}?\bwould(?: have)?\b", re.I)
# "fell 0.6% to 153.80", "dropped 15.3% this year, to USD 63.20 a barrel": the level the move reached
_TO_LEVEL = rx.compile(r"(?:\s+(?:so\s+far\s+)?(?:this|last)\s+(?:year|month|week)|\s+year[\s-]to[\s-]date"
                       r"|\s+in\s+[A-Z][a-z]+|\s+on\s+the\s+day"
                       # "advanced 19.21 points over the week to 1,415.1"
                       r"|\s+(?:over|on|for|in)\s+the\s+(?:past\s+)?(?:week|month|quarter|session))?"
                       # "rose 0.5%, ending at $1.1620", "... and ended at": the same level reached
                       # "..., to end at USD 63.20 a barrel" ("to settle at" is left out: in holdout8's
                       # "Silver futures also followed the gold bullish rally and the December contract
                       # gained 4.5 percent or $1.41 to settle at $33.05" the move is read as gold's, and
                       # the level would inherit that misreading)
                       r",?\s+(?:to\s+(?:end|finish|close)\s+at|to|at|(?:ending|finishing|closing|settling)\s+at|"
                       r"and\s+(?:ended|finished|closed|settled)\s+at)\s+")
_COMPARED_WITH = rx.compile(r",?\s+(?:far\s+|much\s+|well\s+|slightly\s+|a\s+little\s+|a\s+lot\s+)?"
                            r"(?:faster|slower|more|less|higher|lower|better|worse|ahead)\s+(?:than|of)\s+"
                            r"(?:(?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*(?:'s|\u2019s)\s+|that\s+of\s+(?:[A-Z][\w&.\-]*\s+){0,3}"
                            r"[A-Z][\w&.\-]*,?\s+|the\s+)(?:about\s+|around\s+|some\s+)?")
_APPOSITION = rx.compile(r"\s*,?\s*or\s+(?:by\s+)?(?:some\s+)?$|" + _DASH_APPOSITION + "$", re.I)
_AFTER_MOVE = rx.compile(r"\bafter\s+(?:a\s+|an\s+)?\w+ing\b(?:[^.;,]|[.,]\d){0,40}$", re.I)
_SAID_ON = rx.compile(r"\b(?:said|says|statement|announced|announcement|reported|report|release|filing|disclosed)\s+$", re.I)
_SPAN_OPENS = rx.compile(r"\b(?:between|from)\s+$", re.I)
_MOVE_NOUNS = frozenset({"increase", "rise", "gain", "gains", "jump", "surge", "decline", "drop", "fall", "loss",
                         "losses", "decrease", "dip", "slide", "slump", "plunge"})
_PER_UNIT = rx.compile(r"^/\s?(?:t|mt|tonne|ton|bbl|oz|lb|kg|bu|mmbtu|share)\b", re.I)


def _inherits_direction(gap: str, prev: Figure, fig: Figure, vocab: Vocabulary) -> bool:
    """Whether the words between two figures let the second share the first's verb:
    an apposition (", or 134.20 points") or an elliptical list (", followed by Utilities",
    " and Banks"): connectors and names only, no verb or metric of their own."""
    # "edged up 16.14 (1.42%)", "up 0.21% (81.41 points)": the move again, in brackets right after
    # it, in another unit (in the same unit, "rose 0.3% (0.1% in May)", it is another reading)
    if _APPOSITION.fullmatch(gap) or fig.unit != prev.unit and _OPEN_BRACKET.fullmatch(gap):
        return True
    # "gained $4.43/t and $4.29/t": the first item's "per tonne" is no word of its own
    gap = _PER_UNIT.sub("", gap)
    # "registered a 15.93 percent loss, FMBCH at 14.97 percent": the noun that gave the first item
    # its way is the first item's, not a verb of the next
    if prev.direction and (n := _NOUN_AFTER.match(gap)) and n.group("w").lower() in _MOVE_NOUNS:
        gap = gap[n.end():]
    raw_gap, gap = gap, re.sub(r"[()]", " ", gap)  # "food (down 0.07%), educational services (3.42%)": brackets hold the items
    # "lost 17%, over a three-year period, 30.6%": the next item's span is no verb of its own
    gap = _SPAN_IN_LIST.sub(" ", gap)
    if fig.unit != prev.unit or len(gap) > 60 or not re.match(r"\s*(?:,|;|and\b|while\b|followed\b)", gap, re.I):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'&.-]*", gap)
    plain = [w for w in words if not (w[0].isupper() or w.lower() in _CARRY_WORDS)]
    if plain and words and words[-1] == plain[-1] and re.fullmatch(r"[a-z]{3,}ed", plain[-1]):
        return False  # "BAE Systems plunged 4.20 percent, Rolls-Royce Holdings raliied 2.55": a verb of its own
    if any(re.fullmatch(r"[a-z]{4,}ed", w) for w in plain):
        return False  # "..., and Zenith Bank completed the list with 0.29%": a verb of its own, its object after it
    # "Gold shed 2.19%, resources 1.7% and platinum 0.47%": one or two lower-case words that
    # name the next item (a sector, a commodity), not a verb, a metric or a comparison; an
    # item in brackets may be longer ("(down 0.07%), and postal and telecommunications
    # services (0.5%)")
    bracketed = raw_gap.lstrip().startswith(")") and raw_gap.rstrip().endswith("(")
    if plain and (len(plain) > (5 if bracketed else 2) or any(w.lower() in _NOT_ITEM or vocab.metric_keys(w) for w in plain)):
        return False
    return not any(w.lower() in vocab.direction_of for w in re.findall(r"[A-Za-z]+", gap))


# "Spreads ... tightened 43bps to 746bps", "tightened 164bps in spread": spreads narrow as they
# tighten (not "the Fed tightened by 25 basis points", a rise in its rate)
_SPREADS_TIGHTENED = rx.compile(r"\btighten(?:ed|ing|s)?\b", re.I)
_SPREAD_WORD = rx.compile(r"\bspreads?\b", re.I)
# a figure that names a mark: "the 1.1750 level", "the $900/oz mark" (not "the 51.0 level expected by economists")
_MARK_AFTER = rx.compile(r"(?:\s*/\s*[a-z]+|\s+(?:[a-z]+\s+)?(?:per|a)\s+[a-z]+)?\s+"
                         r"(?:level|mark|threshold|line|barrier|handle|area|zone|region|ceiling|floor|figure)\b"
                         r"(?![^.;]{0,40}?\b(?:expected|forecast|estimated|predicted|projected|anticipated|consensus)\b)",
                         re.I)
# "volume of trade for the week", "net inflows for the month": a total over the span named next
_FLOW_NOUN_BEFORE = rx.compile(r"\b(?:volumes?|turnover|trad(?:e|ing)|value|inflows?|outflows?|flows?|purchases"
                               r"|buying|selling|sales|deals|transactions)(?:\s+of\s+\w+)?\s+$", re.I)


@dataclass(slots=True)
class FigureContext:
    fig: Figure
    sentence: Sentence
    entity: str | None = None
    entity_mention: Mention | None = None
    unknown: Mention | None = None
    mentioned: set[str] = field(default_factory=set)
    nearby: set[str] = field(default_factory=set)  # named in this sentence or the one before
    sentence_metrics: set[str] = field(default_factory=set)
    clause_start: int = 0  # the figure's clause: between the clause breaks around it
    clause_end: int = 0
    metrics: set[str] | None = None
    metric_near: bool = False
    metric_paired: bool = False  # the words pair the figure with its measure ("gainers ... 622 to 248")
    period: PeriodPhrase | None = None
    sign: int = 0  # -1 the words say it fell, +1 rose, 0 no direction
    direction_start: int | None = None
    to_level: int = 0  # "rose to 5%": a level reached, with the direction of travel
    from_base: bool = False  # "from 5.2%": the level before a change
    neg_cue: bool = False
    fall_before: bool = False  # a word of falling earlier in the sentence ("A drop of 2.8% ..., 1.6% by Hermès")
    attribution_unknown: bool = False
    paired: bool = False  # the sentence's structure pairs this figure with its name (lists, "than ... against")
    extreme: bool = False  # "rose as much as 20%": an intraday extreme, not the session's change
    strength_word: bool = False  # "0.04% weaker", "2.5 basis points stronger": said of a price, not a yield
    restates: Figure | None = None  # the figure this one restates in another unit, after "or"


_MEASURE_MODIFIERS = frozenset({"for", "of", "forecast", "forecasts", "earnings", "sales", "revenue", "wage", "credit",
                                "loan", "export", "output", "price", "profit"})


def _measure_named(words, at: int) -> bool:
    """The direction word at ``at`` is "growth" or "inflation" named as a measure, by the word before it
    ("its growth", "economic growth", "GDP growth", "forecasts for growth"), not a verb of a move."""
    k = next((i for i, w in enumerate(words) if w[1] == at), None)
    if k is None or k == 0 or words[k][0].lower() not in ("growth", "inflation"):
        return False
    w = words[k - 1][0]
    return w.lower() in _DETERMINERS or w.lower().endswith("ic") or (w.isupper() and len(w) >= 2) \
        or w.lower() in _MEASURE_MODIFIERS


_STOCK_ANAPHORS = frozenset({"the stock", "the shares", "shares", "its shares"})


class ContextReader:
    def __init__(self, doc: Document, vocab: Vocabulary, entities: DocMentions, bundle_metrics: set[str], as_of: date,
                 priced: frozenset[str] = frozenset()):
        self.doc, self.vocab, self.entities = doc, vocab, entities
        self.bundle_metrics = bundle_metrics
        self.priced = priced  # the entities with a share price or its move in the evidence
        self.bundle_phrases = bundle_metric_phrases(bundle_metrics)
        self.as_of = as_of

    def read(self, figures: list[Figure]) -> list[FigureContext]:
        by_sentence: dict[int, list[Figure]] = {}
        for f in figures:
            by_sentence.setdefault(self.doc.sentence_at(f.start).index, []).append(f)
        out: list[FigureContext] = []
        for idx in sorted(by_sentence):
            sent = self.doc.sentences[idx]
            figs = by_sentence[idx]
            if sent.kind == "cell":  # a table cell is about the row's name: "| Hang Seng | 25,716.50 |"
                row_start = self.doc.text.rfind("\n", 0, sent.start) + 1
                row_end = self.doc.text.find("\n", sent.end)
                row_end = len(self.doc.text) if row_end < 0 else row_end
                mentions = [m for m in self.entities(row_start, row_end) if m.entity and m.end <= sent.start]
            else:
                mentions = self.entities(sent.start, sent.end, heading=sent.kind == "heading")
            # "132.86 yen": a currency word inside a figure is its unit, not a name
            mentions = [m for m in mentions if not any(f.start <= m.start < f.end for f in figs)]
            fronted = _FRONTED_CLAUSE_THEN_PRONOUN.match(self.doc.text, sent.start, sent.end) if sent.kind == "text" else None
            if fronted is not None and all(f.start >= fronted.end("who") for f in figs):
                # "Shortly after the JSE closed, it had strengthened 0.54%": a name in a fronted clause of
                # time is not what "it" stands for; that is the last sentence's subject
                mentions = [m for m in mentions if m.start >= fronted.start("who")]
            # (a name set aside, "Excluding transportation, new orders rose", leaves the subject to be carried)
            known = {m.entity for m in mentions if m.entity and not _set_aside(self.doc.text, m, sent.start)}
            carried = None if known else self._carried_subject(idx, fronted.start("who") if fronted is not None else None)
            prev = self.doc.sentences[idx - 1] if idx > 0 else None
            before = {m.entity for m in self.entities(prev.start, prev.end, prev.kind == "heading") if m.entity} if prev else set()
            periods = find_periods(self.doc.text, sent.start, sent.end, self.as_of, self.doc.tokens(sent.start, sent.end))
            # "September spring wheat fell 3 cents", "December corn": a month inside a name the
            # bundle knows is the contract's, not the figure's period
            periods = [p for p in periods
                       if not any(m.entity and m.start <= p.start and p.end <= m.end for m in mentions)
                       # "January-delivery cargoes", "March futures": the contract's month
                       and not (p.grain == "month" and _CONTRACT_AFTER.match(self.doc.text, p.end))]
            periods = self._same_period(idx, sent, periods)
            metric_hits = [(a, b, self._metric_set(keys)) for a, b, keys in self.vocab.metric_hits(self.doc.tokens(sent.start, sent.end), self.bundle_phrases)]
            respectively = bool(_RESPECTIVELY.search(self.doc.text, sent.start, sent.end))
            claimed: set[int] = set()  # period phrases that follow (belong to) an earlier figure
            metric_claimed: set[int] = set()  # metric phrases attached to an earlier figure ("200x forward earnings")
            breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.doc.text, sent.start, sent.end)]
            if tickers := [(m.start(), m.end()) for m in _TICKER_LIST.finditer(self.doc.text, sent.start, sent.end)]:
                # "XPeng Inc. (Nasdaq: XPEV; HKEX: 9868) traded about 3% lower": the exchange codes in
                # brackets break no clause
                breaks = [b for b in breaks if not any(a < b[0] < z for a, z in tickers)]
            break_starts, break_ends = [b[0] for b in breaks], [b[1] for b in breaks]
            # "TSMC, which carries the biggest weight in the Taiex, rose 1.2%"; "Tencent, unlike
            # SMIC, has gained 45%": a name inside such an aside is not the subject of a figure
            # outside it.
            # ("..., as did CTT, which fell 1.11%": a relative clause right after the aside hangs on its name)
            sent_asides = [(m.start(), m.end()) for m in _SUBJECT_ASIDE.finditer(self.doc.text, sent.start, sent.end)
                           if not (re.match(r",\s*as\s+(?:did|does)\b", m.group())
                                   and re.match(r"\s*(?:which|who)\b", self.doc.text[m.end():m.end() + 12]))]
            for k, fig in enumerate(figs):
                seg_start = figs[k - 1].end if k else sent.start
                seg_end = figs[k + 1].start if k + 1 < len(figs) else sent.end
                fc = FigureContext(fig, sent, mentioned=known, nearby=known | before,
                                   sentence_metrics={k for _, _, keys in metric_hits for k in keys})
                i = bisect_right(break_ends, fig.start)  # breaks wholly before the figure
                fc.clause_start = break_ends[i - 1] if i and breaks[i - 1][1] <= fig.start else sent.start
                j = bisect_left(break_starts, fig.end)
                fc.clause_end = break_starts[j] if j < len(break_starts) else sent.end
                before_fig = figs[k - 1] if k else None
                if k >= 2 and re.fullmatch(r"\s*\(\s*", self.doc.text[figs[k - 2].end:figs[k - 1].start]) \
                        and self.doc.text.startswith(")", figs[k - 1].end):
                    # "to 61.6 trillion won ($52.7 billion) from 68.5 trillion": the base is compared with
                    # the amount, not with its restatement in brackets
                    before_fig = figs[k - 2]
                self._inherit_unit(fig, before_fig, self.doc.text,
                                   figs[k + 1] if k + 1 < len(figs) else None)
                # "wrote off 1.35 percent to Kc22, Primoco UAV 0.57 percent to Kc875": the next
                # item of a list shares the move's verb across the level the move reached
                mover = figs[k - 2] if k >= 2 and out and out[-1].fig is figs[k - 1] and out[-1].to_level \
                    and figs[k - 2].direction and not figs[k - 1].direction else None
                self._hedge_and_direction(fc, figs[k - 1] if k else None, seg_start, mover, figs[k - 2] if k > 1 else None)
                if k and out and out[-1].fig is figs[k - 1] and out[-1].from_base \
                        and re.fullmatch(r"\s*\(\s*", self.doc.text[figs[k - 1].end:fig.start]) \
                        and self.doc.text.startswith(")", fig.end):
                    fc.from_base = True  # "from 68.5 trillion ($58.7 billion)": the base, restated
                if not fc.sign and not fc.to_level and fig.unit == "percent" and not fig.explicit_sign:
                    self._listed_under(fc)
                asides = [a for a in sent_asides if not (a[0] <= fig.start < a[1])]
                own = [m for m in mentions if not any(a <= m.start < b for a, b in asides)] if asides else mentions
                self._entity(fc, own, figs)
                if k and out and out[-1].fig is figs[k - 1] and fc.to_level and (out[-1].entity or out[-1].unknown) \
                        and _TO_LEVEL.fullmatch(self.doc.text, figs[k - 1].end, fig.start):
                    # "Exxaro fell 1.3% to R143.20": the level the move reached is the mover's
                    prev_fc = out[-1]
                    fc.entity, fc.entity_mention, fc.unknown = prev_fc.entity, prev_fc.entity_mention, prev_fc.unknown
                if fc.entity is None and fc.unknown is None and carried is not None:
                    fc.entity, fc.entity_mention = carried.entity, carried
                if fc.entity is None and fc.unknown is None and _RELATIVE.match(self.doc.text, fc.clause_start):
                    # "heaviest in Alibaba, which averaged HKD 11.3 billion": the name the clause hangs on
                    owner = next((m for m in reversed(own) if m.entity and fc.clause_start - 3 <= m.end <= fc.clause_start), None)
                    if owner is not None:
                        fc.entity, fc.entity_mention = owner.entity, owner
                own_hits = [h for h in metric_hits if not any(a <= h[0] < b for a, b in asides)] if asides else metric_hits
                if fig.metric is not None:  # "a third straight gain": the words name the measure
                    fc.metrics, fc.metric_near = {fig.metric}, True
                else:
                    self._metric(fc, own_hits, seg_start, seg_end, len(figs), metric_claimed)
                if fc.metrics is None and k and out and out[-1].metrics \
                        and (any(figs[k - 1].end <= c < fig.start for c in metric_claimed)
                             # "On forecast earnings SMIC trades at 94.8x and Cambricon at 148.3x"
                             or fig.unit == figs[k - 1].unit == "multiple" and out[-1].sentence is fc.sentence) \
                        and (_ELLIPTICAL_ITEM.fullmatch(self.doc.text, figs[k - 1].end, fig.start)
                             # "On forecast earnings NVIDIA trades at 28.7x, SMIC at 94.8x and ...": each
                             # multiple of the list on the measure the first names
                             or fig.unit == figs[k - 1].unit == "multiple" and out[-1].sentence is fc.sentence
                             and _MULTIPLE_LIST_GAP.fullmatch(self.doc.text, figs[k - 1].end, fig.start)):
                    fc.metrics = out[-1].metrics  # "... 1.4% on an average day and Apple 1.1%"
                if fc.metrics is None and fc.from_base and k and out and out[-1].metrics and out[-1].to_level \
                        and out[-1].sentence is fc.sentence and figs[k - 1].unit == fig.unit:
                    fc.metrics = out[-1].metrics  # "rose to 120.8% of GDP from 119.0%": the base of the same measure
                if fc.metrics is None and k and out and out[-1].metrics and _CONTINUES.match(self.doc.text, figs[k - 1].end, fig.start) \
                        and not (fc.to_level and figs[k - 1].unit != fig.unit) \
                        and not (fc.to_level and all(self.vocab.is_change_metric(m) for m in out[-1].metrics)):
                    # "fell 0.6% to 153.80 dollars", "gained 3 cents to 78 cents": a level now, not the move
                    fc.metrics = out[-1].metrics  # "rose 2.7%, down 1.3 points from ...": the same measure
                    fc.entity = fc.entity or out[-1].entity
                if fc.metrics is None and k and out and out[-1].metrics and out[-1].sentence is fc.sentence \
                        and figs[k - 1].unit == fig.unit and _COMPARED_WITH.fullmatch(self.doc.text, figs[k - 1].end, fig.start):
                    # "expect Advantest's earnings to rise by about 37%, far faster than Tokyo Electron's
                    # 13%": the other side of a comparison is the same measure
                    fc.metrics = out[-1].metrics
                if fc.metrics and fc.metrics <= _LEVEL_METRICS and fig.change_like and fc.sign:
                    # "the DAX closed down 0.4%", "closed at 60,566.42, up 721.13 points": the verb
                    # "closed" with a move is the day's change, not the closing level
                    fc.metrics = {"price_change"} if "price_change" in self.bundle_metrics else None
                self._paired_back = None
                self._period(fc, periods, seg_start, seg_end, claimed)
                if self._paired_back is not None and out and out[-1].sentence is fc.sentence and out[-1].period is None:
                    out[-1].period = self._paired_back
                ways = set(self._ways(fc.sentence.start, fig.start))
                fc.fall_before = ways == {-1} or (not ways and bool(_SPREADS_TIGHTENED.search(
                    self.doc.text, fc.sentence.start, fig.start)) and bool(_SPREAD_WORD.search(
                    self.doc.text, fc.sentence.start, fc.sentence.end)))
                fc.neg_cue = self._neg_cue(fc) or bool(
                    # "a net loss of $221 million, or 92 cents per share": the loss again, per share
                    k and out and out[-1].neg_cue and _APPOSED.fullmatch(self.doc.text, figs[k - 1].end, fig.start)) or bool(
                    # "net losses widened to $103.0 million, or $3.56 a share, from $4.3 million": the
                    # base of the loss, the loss before
                    k and out and out[-1].sentence is fc.sentence and out[-1].neg_cue and not fig.explicit_sign
                    and _LOSS_BASE_GAP.fullmatch(self.doc.text, figs[k - 1].end, fig.start)) or bool(
                    # "a 4.4% year-on-year fall in July, above the 4.1% projection": the estimate of
                    # the same fall
                    k and out and out[-1].sentence is fc.sentence and (out[-1].neg_cue or out[-1].sign < 0)
                    and not fig.explicit_sign and _ESTIMATE_NOUN.match(self.doc.text, fig.end)) or bool(
                    # "Deficits increased with the European Union (2.3% to $8.8 billion), Germany (7.1% to
                    # $4.5 billion)": the next name's bracket in a list, the deficit again
                    not fig.explicit_sign and (prev := self._last_in_sentence(out, fc)) is not None
                    and prev.neg_cue and _NEXT_BRACKET.fullmatch(self.doc.text, prev.fig.end, fig.start))
                out.append(fc)
            self._list_period(out[-len(figs):])
            self._list_metric(out[-len(figs):])
            self._compared_period(out[-len(figs):])
            tallies = len(figs) >= 2 and any(re.fullmatch(r"\s*(?:to|-|\u2013|:)\s*", self.doc.text[a.end:b.start])
                                             for a, b in zip(figs, figs[1:]))
            for om in (_OUTNUMBER.finditer(self.doc.text, sent.start, sent.end) if tallies else ()):
                # "gainers outnumbering decliners 622 to 248": the first count is the first
                # group's, the second the second's (the nearest word before 622 is "decliners")
                pair = [next((fc for fc in out[-len(figs):] if fc.fig.start == om.start(g)), None) for g in ("n", "m")]
                for fc, g in zip(pair, ("a", "b")):
                    keys = self._breadth(om.group(g)) or next(
                        (k for a, b, k in metric_hits if k and a <= om.start(g) < b), None)
                    if fc is not None and keys:
                        fc.metrics, fc.metric_near, fc.metric_paired = keys, True, True
            for fc in out[-len(figs):]:
                # "Of the 100 index companies 47 closed up, 38 closed down, 3 were unchanged, while 12
                # remained untraded": a whole count that is the subject of a market verb is the bundle's
                # count of that side (its advancers, decliners, unchanged or untraded issues)
                f = fc.fig
                if f.unit == "count" and f.scale == 1.0 and f.value == int(f.value) and not f.is_word \
                        and (bm := _COUNT_THEN_SIDE.match(self.doc.text, f.end)) is not None \
                        and (keys := self._side_metrics(bm.group("w").lower())):
                    fc.metrics, fc.metric_near, fc.metric_paired = keys, True, True
                    fc.sign, fc.to_level = 0, 0
                    f.direction, f.change_like = 0, False
            if not respectively and len(figs) >= 2:
                self._listed_pairs(out[-len(figs):], mentions)
                self._than_pairs(out[-len(figs):], mentions, sent)
            if respectively:
                # only the figures before "respectively" pair with the names: "..., respectively,
                # while Baidu slid 2.2 percent" is another clause with its own subject
                at = _RESPECTIVELY.search(self.doc.text, sent.start, sent.end).start()
                paired = [fc for fc in out[-len(figs):] if fc.fig.start < at]
                if not paired and (after := out[-len(figs):]) and LIST_AFTER_RESPECTIVELY.fullmatch(
                        self.doc.text, at + len("respectively"), after[0].fig.start):
                    # "Toyota and Honda fell respectively by 1.35% and 0.64%": the list follows the word
                    paired = after
                # "closing at LE22.92 ($3.29) and LE127.88 ($18.36) per share respectively": an
                # amount restated in another currency in brackets is no item of its own; it goes
                # with the amount it restates
                restated: list[tuple[FigureContext, FigureContext]] = []
                kept: list[FigureContext] = []
                # ("settling at $3.171/Dth (up 4.90%) and $3.48/Dth (up 2.84%) respectively": so is each
                # item's move in brackets)
                for fc in paired:
                    if kept and _CLOSES_BRACKET.match(self.doc.text, fc.fig.end) and (
                            (fc.fig.unit != kept[-1].fig.unit and fc.fig.unit.startswith("currency")
                             and kept[-1].fig.unit.startswith("currency")
                             and _RESTATED.fullmatch(self.doc.text, kept[-1].fig.end, fc.fig.start))
                            or (fc.fig.unit == "percent" and kept[-1].fig.unit != "percent"
                                and _MOVE_IN_BRACKETS.fullmatch(self.doc.text, kept[-1].fig.end, fc.fig.start))):
                        restated.append((fc, kept[-1]))
                        continue
                    kept.append(fc)
                paired = kept
                # "... fell about 4% each, while JPMorgan and Morgan Stanley declined 2.5% and 3.5%,
                # respectively": the list of figures right before the word, and the names after
                # the figure before that list
                k = list_run(self.doc.text, [fc.fig for fc in paired], skip_brackets=bool(restated))
                since = paired[k - 1].fig.end if k > 0 else sent.start
                earlier, paired = paired[:k], paired[k:]
                named_at = max((b for a, b, keys in metric_hits if keys == paired[0].metrics and b <= paired[0].fig.start),
                               default=None) if paired else None
                if len(paired) > 1 and paired[0].metrics and not any(fc.metrics for fc in paired[1:]) \
                        and not paired[0].metric_paired and named_at is not None \
                        and "," in self.doc.text[named_at:paired[0].fig.start]:
                    # "exported $164.45 billion ... and spent $152.2 billion on imports ..., falling
                    # 12.1 and 18.2 percent, respectively": the measure before the list's own clause
                    # is the last item's, not the first's alone; the figures say which is which
                    # ("closing at LE22.92 and LE127.88 respectively" keeps its measure)
                    paired[0].metrics, paired[0].metric_near = None, False
                j = list_run(self.doc.text, [fc.fig for fc in earlier]) if earlier else 0
                if earlier and len(earlier) - j == len(paired) > 1 \
                        and not any(since <= m.start < paired[0].fig.start for m in mentions):
                    # "CBZ and OML eased 19,67 percent and 2,05 percent to close at 12,05 cents and
                    # 460,38 cents respectively": two lists in step, both paired with the names
                    # before the first
                    run = earlier[j:]
                    start = earlier[j - 1].fig.end if j > 0 else sent.start
                    self._respectively(run, [m for m in mentions if m.start >= start], self.doc.text)
                    for a, b in zip(run, paired):
                        _take_subject(b, a)
                    paired = []
                if paired:
                    items = self._respectively(paired, [m for m in mentions if m.start >= since], self.doc.text)
                    # "earnings in 2024 and 2025 to $238 and $251, respectively": periods pair up too
                    listed = [p for p in periods if since <= p.start and p.end <= paired[0].fig.start and not p.base]
                    if len(listed) > len(items) > 1 and all(
                            re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", self.doc.text[a.end:b.start])
                            for a, b in zip(listed[-len(items):], listed[-len(items) + 1:])):
                        # "8% by the end of 2022, while the year-end targets for 2023 and 2024 are 8% and 7.6%,
                        # respectively": the list of periods right before the figures, not an earlier one
                        listed = listed[-len(items):]
                    if len(listed) != len(items):
                        # "2.51 trillion won and 7.36 trillion won worth of shares in August and
                        # September, respectively": the periods after the figures
                        listed = [p for p in periods if paired[-1].fig.end <= p.start and p.end <= at and not p.base]
                    if len(listed) == len(items) > 1 and not (len(listed) == 2 and _SPAN_OPENS.search(
                            self.doc.text, max(0, listed[0].start - 12), listed[0].start)):
                        # (not "a 0.4% increase between November 2023 and December 2023, driven by ... 1.0% and
                        # 1.2%, respectively": the two ends of one span, not a period for each figure)
                        for period, item in zip(listed, items):
                            for fc in item:
                                fc.period = period
                    post = [fc for fc in out[-len(figs):] if fc.fig.start > at]
                    if len(post) == len(items) > 1 and list_run(self.doc.text, [fc.fig for fc in post]) == 0 \
                            and _IN_STEP_AFTER.fullmatch(self.doc.text, at, post[0].fig.start) \
                            and not any(at <= m.start < post[-1].fig.start for m in mentions):
                        # "stood at RMB 639, 575, and 509 per ton respectively, up RMB 12, 13, and 13 per
                        # ton": a second list right after the word, with no name of its own, in step
                        for item, fc in zip(items, post):
                            _take_subject(fc, item[0])
                for fc, of in restated:
                    _take_subject(fc, of)
        return out

    # -- pieces ---------------------------------------------------------------
    @staticmethod
    def _last_in_sentence(out: list[FigureContext], fc: FigureContext) -> FigureContext | None:
        """The figure before ``fc`` in its sentence with its unit (walking back no further than the
        sentence: a long draft must stay linear)."""
        for o in reversed(out):
            if o.sentence is not fc.sentence:
                return None
            if o.fig.unit == fc.fig.unit:
                return o
        return None

    @staticmethod
    def _inherit_unit(fig: Figure, prev: Figure | None, text: str, nxt: Figure | None = None) -> None:
        """"71.73 US cents ... from 71.93 on Friday", "rose to 5.2 billion from 4.8": a bare base
        after "from" is in the unit of the figure it is compared with; "from 10 to 14 percent":
        a bare start of a move is in the unit of its end."""
        if nxt is not None and not fig.unit_given and nxt.unit_given and nxt.unit not in ("count", "rate") \
                and fig.scale == nxt.scale and not fig.is_word \
                and re.fullmatch(r"\s+to\s+", text[fig.end:nxt.start]) \
                and re.search(r"\bfrom\s+$", text[max(0, fig.start - 6):fig.start], re.I):
            fig.unit, fig.unit_given = nxt.unit, True
            return
        if prev is not None and "|" in fig.unit and prev.unit.startswith("currency:") and "|" not in prev.unit \
                and _BARE_CENTS.search(text, fig.start, fig.end) and is_minor_unit(text[prev.start:prev.end]) \
                and re.search(r"\bfrom\s+$", text[max(0, fig.start - 6):fig.start], re.I) \
                and not re.search(r"[.;!?]\s", text[prev.end:fig.start]):
            # "rose to 58.14 euro cents from 57.95c": bare cents after "from" are the hundredths
            # of the currency the figure is compared with
            fig.unit = prev.unit
            return
        if prev is None or fig.unit_given or not prev.unit_given or prev.unit in ("count", "rate"):
            return
        part = fig.scale != 1.0 and fig.scale == prev.scale and prev.unit.startswith("currency:") \
            and re.search(r",\s+(?:including|of\s+which|excluding|comprising)\s+(?:about\s+|some\s+)?$",
                          text[max(0, fig.start - 24):fig.start], re.I)
        if part and not re.search(r"[.;!?]\s", text[prev.end:fig.start]):
            # "net sellers of 48 billion baht, including 22.4 billion in stocks": a part of the
            # amount just given, in its currency
            fig.unit, fig.unit_given = prev.unit, True
            return
        if prev.unit in ("percent", "pp") and fig.scale == 1.0 and not fig.is_word and abs(fig.value) < 50 and (
                # "Platinum miners gained 1.26% and industrials 0.73, thanks to Naspers": the next item of
                # the list, its verb and its unit left out
                (_AND_NEXT_ITEM.fullmatch(text, prev.end, fig.start) and re.match(r"\s*(?:[,.;)]|$)", text[fig.end:fig.end + 2]))
                # "4.8 percent in 2017, 5.8 in 2018, and 5.0 in 2019": readings listed by their years
                or (_YEAR_ITEM_GAP.fullmatch(text, prev.end, fig.start) and _YEAR_ITEM_AFTER.match(text, fig.end))):
            fig.unit, fig.unit_given = prev.unit, True
            return
        # "3.28 billion Kip, up from the 2.07 billion of last Friday": a base in the same scale
        same_scale = fig.scale != 1.0 and fig.scale == prev.scale and prev.unit.startswith("currency:") \
            and re.match(r"\s*(?:[,.;()]|$|(?:of|on|in|at|a|the|last|a\s+week|a\s+year)\b)", text[fig.end:fig.end + 12]) is not None
        # (not "from 5.66 billion shares": a count of its own)
        if fig.scale != 1.0 and not same_scale \
                or not re.search(r"\bfrom\s+(?:an?\s+|the\s+)?$" if same_scale else r"\bfrom\s+(?:an?\s+)?$",
                                 text[max(0, fig.start - 9):fig.start], re.I):
            return
        if re.search(r"[.;!?]\s", text[prev.end:fig.start]):
            return
        if is_minor_unit(text[prev.start:prev.end]):
            fig.value, fig.step = fig.value / 100.0, fig.step / 100.0
        fig.unit, fig.scale, fig.unit_given = prev.unit, prev.scale, True

    def _listed_under(self, fc: FigureContext) -> None:
        """"Major Sensex losers included: ITC down 2.73 per cent ...; Bajaj Finance 2.10 per cent at
        Rs.7068.65": a move in a list after a heading of losers (or gainers) and a colon takes the
        heading's side where its item says none."""
        text, sent = self.doc.text, fc.sentence
        colon = text.find(":", sent.start, fc.fig.start)
        if colon < 0:
            return
        head = {w.lower() for w in _WORDS.findall(text[sent.start:colon].lower())}
        side = 1 if head & _BREADTH_UP else -1 if head & _BREADTH_DOWN else 0
        if side and not (head & _BREADTH_UP and head & _BREADTH_DOWN):
            fc.sign, fc.direction_start = side, fc.fig.start
            fc.fig.direction, fc.fig.change_like = side, True

    def _hedge_and_direction(self, fc: FigureContext, prev: Figure | None, seg_start: int,
                             mover: Figure | None = None, before_prev: Figure | None = None) -> None:
        fig, text, vocab = fc.fig, self.doc.scan, self.vocab
        # "UniCredit fell (-1.94%)", "Intesa gained (+2.75%)": a verb, then its move in brackets
        bracket = re.search(r"[A-Za-z]\s*\(\s*$", text[max(seg_start, fig.start - 4):fig.start])
        words = tail_words(text, text.rfind("(", 0, fig.start) if bracket else fig.start, 8)
        h = vocab.hedge_before(words[-5:])
        if h is None and len(words) > 1 and words[-1][0].lower() == "the" and _MARK_AFTER.match(text, fig.end):
            # "slipping below the 1.1750 level", "around the $2,000 mark": a bound on a named mark
            # (not "below the 1.38% rise expected by economists": that figure is the forecast's own)
            h = vocab.hedge_before(words[-5:-1])
        if h and text[h[1]:h[1] + 2].lower() == "up" and len(words) > 2:
            before_up = [w for w in words if w[1] < h[1]][-1:]
            if before_up and f"{before_up[0][0].lower()} up" in vocab.direction_of:
                h = None  # "picked up to 5.0%": a verb and its level, not the hedge "up to"
        dir_end = fig.start
        if h:
            fig.hedge, fig.hedge_start = h
            if fig.verb_multiple and fig.value < 1 and fig.hedge in ("above", "below"):
                # "inflation has more than halved" is a ratio below a half, "nearly halved" one just above
                fig.hedge = "below" if fig.hedge == "above" else "above"
            dir_end = fig.hedge_start
            fc.extreme = bool(_EXTREME.match(text, fig.hedge_start))
            words = [w for w in words if w[1] < dir_end]
        elif fig.hedge:
            pass  # "40%+": the figure carries its own hedge
        elif prev is not None and prev.hedge and prev.unit == fig.unit and re.fullmatch(
            r"\s*(?:,|and|or|, and)\s*", text[prev.end:fig.start]
        ):
            fig.hedge = prev.hedge  # "over 180% and 120%": the hedge governs both
        if signed := SIGN_WORD_BEFORE.search(text, max(seg_start, dir_end - 7), dir_end):
            dir_end = signed.start()  # "up from plus 9": the base, its sign said in words
        before = text[max(seg_start, dir_end - 8):dir_end]
        if before.rstrip().lower().endswith("from") and re.search(r"\bfrom\s*$", before, re.I):
            fc.from_base = True
            from_at = dir_end - (len(before) - before.lower().rfind("from"))
            ws = [w for w in words if w[1] < from_at]
            d = vocab.direction_before(ws[-4:]) if from_at > seg_start else None
            if d is not None and _measure_named(ws, d[1]):
                # "revised the data concerning the economic growth from 5.1% to 5%", "its forecasts for
                # GDP growth to 2.75 per cent, down 75bps from 3.5 per cent": the measure's name before
                # its readings, not a verb of their direction
                d = None
            if d is None and from_at > seg_start:
                # "cut its growth forecast for 2023 from 2.5% to 3%": the verb before its object;
                # a direction word after a determiner ("its growth") is a noun, not the verb
                for k in range(len(ws) - 1, max(-1, len(ws) - 7), -1):
                    w = ws[k][0].lower()
                    if w in vocab.direction_of and ws[k][1] >= seg_start and w not in _NOMINAL \
                            and not (k and ws[k - 1][0].lower() in _DETERMINERS):
                        d = (vocab.direction_of[w], ws[k][1], False)
                        break
            if d and not d[2]:
                fc.to_level, fc.direction_start = d[0], d[1]
            return
        if fig.unit == "percent" and (g := _OWN_CHANGE.search(text, max(seg_start, dir_end - 60), dir_end)):
            fc.sign = fig.direction = 1 if g.group("w").lower().startswith("gain") else -1
            fc.direction_start = g.start("w")
            fig.change_like = True
            return
        d = vocab.direction_before(words[-4:]) if dir_end > seg_start else None
        if d is not None and _measure_named(words, d[1]):
            d = None  # "downgraded its forecasts for GDP growth to 2.75 per cent": the measure, not a verb
        obj = _TO_AFTER_OBJECT.search(text, max(seg_start, dir_end - 80), dir_end)
        if obj is not None and obj.group("v2") \
                and (sign := vocab.direction_of.get(" ".join(obj.group("v2").lower().split()))):
            # "revised down second-quarter gross domestic product (GDP) growth to 6.73%": the revision's
            # way, not the measure's "growth"
            d = (sign, obj.start("v2"), True)
        if d and len(words) >= 2 and words[-1][0].lower() == "up" and words[-2][0].lower() in _MAKE_UP:
            d = None  # "the index for shelter, which makes up more than 40% of the core CPI": a share, not a rise
        if d and len(words) >= 2 and words[-1][0].lower() == "up" and words[-2][0].lower() in _FINISHED \
                and (after := _WAY_AFTER.match(text, fig.end)):
            # "ended up 0.44% lower": "ended up" is finished; the way is the word after the figure
            d = (vocab.direction_of[after.group("w").lower()], fig.start, False)
        if d is None and obj is not None and obj.group("v"):
            # "raised its policy rate to 3.88%", "fell to an average of 1.66%": the verb, its
            # object or "an average of" between it and the level reached (a revision's is read above)
            sign = vocab.direction_of.get(" ".join(obj.group("v").lower().split()))
            if sign and obj.start("v") >= seg_start:
                d = (sign, obj.start("v"), True)
        if d is None and (c := _COMMA_BY.search(text, max(seg_start, dir_end - 40), dir_end)) \
                and (w := (c.group("w") or c.group("a") or c.group("r")).lower()) \
                and (sign := vocab.direction_of.get(w)) and w not in _MARGIN_VERBS:
            d = (sign, c.start("w") if c.group("w") else c.start("a") if c.group("a") else c.start("r"), False)  # "operating profit was down as well, by 13%": the verb before the aside
        if d is None and (c := _COMMA_OR.search(text, max(seg_start, dir_end - 40), dir_end)):
            # "The Nasdaq is down , or 4.4 percent": the verb before a hole still governs the apposition
            d = vocab.direction_before(tail_words(text, c.start() + 1 + len(c.group("w")), 3))
        if d is None and re.search(r"\bby\s+$", text[max(seg_start, dir_end - 6):dir_end]):
            # "lowered the key interest rate for the third consecutive time, this time by 1
            # percentage point": the verb, its object and an aside before "by" and the size
            lo = max(seg_start, dir_end - 100)
            ws = [(m.group(), m.start()) for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text[lo:dir_end])]
            ws = [(w, lo + at) for w, at in ws]
            for k in range(len(ws) - 2, -1, -1):
                w = ws[k][0].lower()
                if ws[k][1] < seg_start or w in ("and", "but", "while", "whereas"):
                    break
                if (two := f"{w} {ws[k + 1][0].lower()}") in vocab.direction_of and " " in two:
                    # "as lower foreign direct investment dragged down imports by 30.3%": the verb
                    # and its particle nearest the size, not an earlier verb of another clause
                    d = (vocab.direction_of[two], ws[k][1], False)
                    break
                if w in vocab.direction_of and w not in _NOMINAL and w.endswith("ed") and w not in _MARGIN_VERBS \
                        and not (k and ws[k - 1][0].lower() in _DETERMINERS):
                    d = (vocab.direction_of[w], ws[k][1], False)
                    break
        if d and h and _BOUND.match(text, fig.hedge_start) and not d[2]:
            d = (d[0], d[1], True)  # "inflation has fallen below 40%": the level it reached, not the move
        if d and d[1] >= seg_start:
            sign, start, to = d
            if to:
                fc.to_level, fc.direction_start = sign, start
            else:
                fc.sign, fc.direction_start = sign, start
                fig.direction = sign
                fig.change_like = True
            return
        if prev is not None and prev.direction and _TO_LEVEL.fullmatch(text, prev.end, dir_end):
            fc.to_level = prev.direction  # "rose 0.5% to $1.1620": the level the move reached
            return
        if prev is not None and before_prev is not None and not prev.direction and before_prev.direction \
                and (b := RESTATEMENT.match(text, before_prev.end)) is not None and b.start() < prev.start < b.end() \
                and _TO_LEVEL.fullmatch(text, b.end(), dir_end):
            # "decreased by 8.2 cents (equivalent to 2.51%), to 313.65 cents/lb": the move's restatement in
            # brackets stands between it and the level it reached
            fc.to_level = before_prev.direction
            return
        n = _NOUN_AFTER.match(text, fig.end) or _NOUN_AFTER_APPOSITION.match(text, fig.end)
        if n and (not fig.is_word or fig.unit in ("percent", "pp")):
            w = n.group("w").lower()
            fc.sign = vocab.direction_of.get(w, 0) or STRENGTH_WORDS.get(w, 0) or PRICE_WORDS.get(w, 0) \
                or {"behind": -1, "ahead": 1}.get(w, 0)
            fc.strength_word = w in STRENGTH_WORDS
            fc.direction_start = fig.start
            fig.direction = fc.sign
            fig.change_like = True
            return
        if mover is not None and prev is not None and re.search(r"\b[A-Z]", text[prev.end:dir_end]) \
                and _inherits_direction(text[prev.end:dir_end], mover, fig, vocab):
            # the level between is the move's own: its verb carries past it
            fc.sign, fc.direction_start = mover.direction, fig.start
            fig.direction = mover.direction
            fig.change_like = True
            return
        if prev is not None and prev.direction and _inherits_direction(text[prev.end:dir_end], prev, fig, vocab):
            # "fell 0.35 percent, or 134.20 points"; "Energy fell 1.1 percent, followed by
            # Utilities 0.40 percent and Banks 0.2 percent": the verb carries over.
            fc.sign, fc.direction_start = prev.direction, fig.start
            fig.direction = prev.direction
            fig.change_like = True
            if re.fullmatch(r"\s*,?\s*\(?\s*or\s+", text[prev.end:dir_end]) or _OPEN_BRACKET.fullmatch(
                    text, prev.end, dir_end):
                fc.restates = prev  # "fell 116.78 points, or 0.98 percent": one move in two units

    def _entity(self, fc: FigureContext, mentions: list[Mention], figs: list[Figure]) -> None:
        fig, text = fc.fig, self.doc.text
        # "BPS Head Edy Mahmud, stated that ... of Rp3,057.7 trillion": an unknown speaker is
        # no figure's subject
        # (but "Rival Rakuten said its sales rose 31%": a speaker on its own figures owns them)
        mentions = [m for m in mentions if m.entity or not _SPEAKER_AFTER.match(text, m.end) or _SAID_ITS.match(text, m.end)]
        topic = FOR_TOPIC.match(text, fc.sentence.start, fig.start)
        if topic is not None and (named := next((m for m in mentions if m.start == topic.end()), None)) is not None \
                and named.entity and text.startswith(",", named.end):
            # "For palladium, JM said use by automakers would fall about 7%, reducing overall demand to
            # 7.61 million ounces": the topic set before the comma is the subject; the one who said
            # it is the source (unless it speaks of its own: "said its")
            mentions = [m for m in mentions if m is named or not _SPEAKER_AFTER.match(text, m.end) or _SAID_ITS.match(text, m.end)]
        # "CITIC Securities [SHA: 600030] jumped": the exchange in the ticker's bracket is no name
        # (known or not: "Partner Communications (TASE: PTNR) also gained" is not the Tel Aviv exchange's)
        mentions = [m for m in mentions if not (text[m.start - 1:m.start] in ("[", "(")
                                                and _EXCHANGE_CODE.match(text, m.end))
                    # "Jet2 (LSE:JET2) added 1.8%": the ticker after the exchange's code is no name either
                    and not _AFTER_EXCHANGE_CODE.search(text, max(0, m.start - 9), m.start)]
        # "Germany posted a rebound, with sequential GDP growth reaching 0.2%": a measure's name
        # the bundle lists as another's alias ("GDP" for the euro area) yields to a name before it
        # that has that measure too (not "The Bank of England has forecast that CPI could reach 11%")
        mentions = [m for m in mentions if not self._measure_alias_yields(m, mentions)]
        cause = _FRONTED_CAUSE.match(text, fc.sentence.start, fig.start)
        if cause is not None:
            # "Driven by higher food, gasoline and housing cost, consumer prices continued to accelerate
            # ..., bringing the annual inflation rate up to 8.5%": the causes named up front are no subject
            mentions = [m for m in mentions if m.start >= cause.end()]
        agents = [m for m in mentions if _AGENT_BY.search(text, max(fc.sentence.start, m.start - 30), m.start)]
        if agents and any(m.entity and m not in agents and m.end <= fig.start for m in mentions):
            mentions = [m for m in mentions if m not in agents]
        # "the so-called I-Index (which excluded the prices of energy, food ...) posted a monthly
        # increase of 0.7%": what a bracket before the figure sets aside is not its subject
        set_aside = [(b.start(), b.end()) for b in _SET_ASIDE_BRACKET.finditer(text, fc.sentence.start, fig.start)]
        if set_aside:
            mentions = [m for m in mentions if not any(a < m.start and m.end < b for a, b in set_aside)]
        codes = [(b.start(), b.end(), named) for b in _TICKER_LIST.finditer(text, fc.sentence.start, fig.start)
                 if (named := next((m for m in mentions if not text[m.end:b.start()].strip(". ")), None)) is not None]
        if codes:
            # "Shares of Nio Inc. (NYSE: NIO) traded about 3% lower": the codes in the bracket restate
            # the name before it, which is the subject ("Promotora y Operadora de Infraestructura SAB de
            # CV (BMV:PINFRA)": unless the code is the bundle's and the name is not)
            mentions = [m for m in mentions if not any(a < m.start and m.end < b and (named.entity or not m.entity)
                                                       for a, b, named in codes)]
        clause_start, clause_end = fc.clause_start, fc.clause_end
        before = [m for m in mentions if m.end <= fig.start]
        after = [m for m in mentions if m.start >= fig.end]
        opened = text.rfind("(", fc.sentence.start, fig.start)
        pair = _PAIR_BRACKET.match(text, opened) if opened >= 0 else None
        if pair is not None and pair.end() > fig.end:
            # "luxury stocks have outperformed high street names ..., generating more than quadruple
            # the returns (76% vs 16%)": the pair follows the order the two names came in
            named: list[Mention] = []
            for m in before:
                if m.entity and m.end <= opened and m.start >= fc.sentence.start:
                    named = [x for x in named if x.entity != m.entity] + [m]
            if len(named) >= 2:
                pick = named[-2] if fig.start < pair.start("second") else named[-1]
                fc.entity, fc.entity_mention = pick.entity, pick
                fc.paired = True
                return
        # the name right before the bracket the figure stands in, with nothing named inside it
        bracketed = before[-1] if opened >= 0 and ")" not in text[opened:fig.start] and before \
            and before[-1].end <= opened and re.fullmatch(r"\s*", text[before[-1].end:opened]) \
            and not any(opened < m.start for m in before) else None
        if bracketed is not None and bracketed.entity:
            # "the sub-index for new orders (53.4 pts in May vs. 54.5 pts in April)": figures in
            # brackets right after a name are that name's, whatever is named after the bracket
            fc.entity, fc.entity_mention = bracketed.entity, bracketed
            fc.paired = True
            return
        if bracketed is not None and _BRACKETED_MOVE.match(text, opened):
            # "Lucid (up 25% to 7-month high) and Polestar (up 6.1%) staged even steeper rallies":
            # a move in brackets right after a name is that name's, known or not
            fc.unknown = bracketed
            return
        pick = None
        end_at = fig.hedge_start if fig.hedge_start is not None else fig.start
        if (outdid := _OUTDID_WITH.search(text, max(fc.sentence.start, end_at - 90), end_at)) is not None \
                and (doers := [m for m in before if fc.sentence.start <= m.start and m.end <= outdid.start()]):
            # "the services sector also outperformed the rest of the economy with 0.9% growth": what
            # it outdid is the base; the figure after "with" is the subject's
            doer = doers[-1]
            if doer.entity:
                fc.entity, fc.entity_mention = doer.entity, doer
            else:
                fc.unknown = doer
            return
        if (owner := next((m for m in after if m.entity and m.start - fig.end < 90
                           and _FROM_ITS.fullmatch(text, fig.end, m.start)), None)) is not None:
            # "dampened by a 17.7% decline in net earnings from its Ethiopian operations": the unit
            # the measure comes from is what the figure is about
            fc.entity, fc.entity_mention = owner.entity, owner
            return
        in_clause = [m for m in before if m.start >= clause_start]
        trailing = next((m for m in after if m.entity), None)
        if trailing is not None and re.fullmatch(r"\s*\(\s*", text[fig.end:trailing.start]) \
                and re.match(r"\s*\)", text[trailing.end:trailing.end + 3]):
            # "with 1.1% (Halifax) and 0.9% (Nationwide) increases": the name in brackets right
            # after a figure, and nothing else in them, says whose it is
            fc.entity, fc.entity_mention = trailing.entity, trailing
            fc.paired = True
            return
        if trailing is not None and fig.scale != 1.0 and re.fullmatch(r"[ \t]+", text[fig.end:trailing.start]):
            # "assigned 1,5 billion 15-year BTPs and 3 billion CCTEUs": an amount of the thing named
            # right after it
            fc.entity, fc.entity_mention = trailing.entity, trailing
            fc.paired = True
            return
        if trailing is not None and trailing.text.islower() and " " not in trailing.text \
                and not re.fullmatch(r"\s+in\s+the\s+", text[fig.end:trailing.start]) \
                and any(m.entity for m in before if m.start >= fc.sentence.start):
            # (not "5.7% in the EU and 6.1% in the eurozone": a place the wires write in lower case)
            trailing = None  # "SMP ... recording a 3.1% boost in index": a generic word after it owns nothing
        first_after = after[0] if after else None
        if first_after is not None and first_after.entity is None and first_after.end <= clause_end \
                and re.fullmatch(r"\s+by\s+(?:the\s+)?", text[fig.end:first_after.start]) \
                and re.search(r"\b(?:recorded|posted|registered|seen|suffered|made)\s+by\b|,\s*$",
                              text[fc.sentence.start:fig.start]):
            # "..., 1.6% by Hermès and finally 2.2% by L'Oréal": a name the evidence lacks, after "by"
            fc.unknown = first_after
            return
        if trailing is not None and _TRAILING_OWNER.fullmatch(_FIGURE_WORDS.sub("", _PRICE_UNIT.sub("", text[fig.end:trailing.start], 1))):
            # "a rise of 0.71% or 95.91 points to 13,559.60 for the German Dax": the name
            # after the figures owns them
            fc.entity, fc.entity_mention = trailing.entity, trailing
            fc.paired = True  # as firmly as a name before it: "against 121.4x for Tencent" is Tencent's
            return
        if trailing is not None and (gap := _PER_UNIT_THEN_PLACE.fullmatch(text, fig.end, trailing.start)) \
                and (gap.group("to") or re.match(r"to\s", trailing.text)):
            # "fell 2.2% to $3,030 per TEU to Europe and 0.4% to $3,746 per TEU to the Mediterranean": a
            # freight rate per unit and the route it runs to, after it
            fc.entity, fc.entity_mention = trailing.entity, trailing
            fc.paired = True
            return
        if in_clause and trailing is not None \
                and re.fullmatch(r"(?:\s*/\s*[A-Za-z]{1,5}|\s+(?:per|a)\s+[a-z]+)?\s+(?:in|for|at)\s+", text[fig.end:trailing.start]) \
                and any(clause_start <= f.start and f.end <= in_clause[-1].start + 40 and f.end <= fig.start
                        for f in figs if f is not fig):
            # "It increased to 6.3 per cent in Queensland and jumped to 7.3 per cent in Tasmania",
            # "286 USD/t in Shanxi province and 253 USD/t at Inner Mongolia": the earlier name has its
            # own figure beside it; this one's place follows it
            fc.entity, fc.entity_mention = trailing.entity, trailing
            return
        if len(in_clause) >= 2 and in_clause[-1].entity is None and in_clause[-2].entity \
                and re.fullmatch(r"\s+(?:in|of|on)\s+(?:the\s+)?", text[in_clause[-2].end:in_clause[-1].start]):
            # "the Cac 40 in France was 0.2% lower": the place locates the index; it is not the subject
            in_clause = in_clause[:-1]
        if in_clause:
            pick = in_clause[-1]
            if len(in_clause) >= 2 and pick.entity is None and _ticker_of(text, in_clause[-2], pick) \
                    and _CLAUSE_OPENER.fullmatch(text, clause_start, in_clause[-2].start):
                # "..., while Polkadot (DOT) shed 5%": the name that opens the clause, not its
                # ticker (not "The main index of the Bolsa Mexicana de Valores (BMV) rose")
                pick = in_clause[-2]
        else:
            following = [m for m in after if m.end <= clause_end and m.entity
                         and not _SUBORDINATE.search(text, fig.end, m.start)
                         # "generating double the returns of the Stoxx 600": the base of a
                         # comparison, not the subject
                         and not (fig.unit == "multiple" and not fig.verb_multiple and _BASE_OF.fullmatch(text, fig.end, m.start))
                         and not (m.text.islower() and " " not in m.text and any(b.entity for b in before))]
            if following:
                pick = following[0]
            elif _COMPARISON_BREAK.search(text, max(0, clause_start - 16), clause_start):
                return  # "up 3% versus a 15% gain for the index": the other side of a comparison
            elif before and _WHICH_MOVED.fullmatch(text, before[-1].end, fig.hedge_start if fig.hedge_start is not None else fig.start):
                # "Zions Bancorporation, which slid 2.15%": the name the relative clause hangs
                # on is its subject, known or not, whatever names came earlier in the list
                if len(before) >= 2 and _APPOSED_OF.fullmatch(text, before[-2].end, before[-1].start):
                    # "Hanjin KAL Corp., the parent company of Korean Air Co., which jumped 7.4 percent": the
                    # clause hangs on the name the apposition describes, not on the name inside it
                    before = before[:-1]
                items = [before[-1]]
                for m in reversed(before[:-1]):
                    if not _NAME_LIST_GAP.fullmatch(text, m.end, items[-1].start):
                        break
                    items.append(m)
                if len(items) >= 3 and re.search(r"\band\s+$", text[items[1].end:items[0].start]) \
                        and any(m.entity for m in items):
                    # "BOP, MLCF, TRG, STPL and UNITY, which formed 37 percent of total volumes": the
                    # whole list's figure, not its last name's
                    return
                if before[-1].entity:
                    fc.entity, fc.entity_mention = before[-1].entity, before[-1]
                else:
                    fc.unknown = before[-1]
                return
            elif before and before[-1].entity is None and _SAID_ITS.match(text, before[-1].end) \
                    and not re.search(r"[.;:!?]", text[before[-1].end:fig.start]):
                # "Rival Rakuten said its sales rose 31%", "Nedbank said on Tuesday that its profit
                # rose 8%": the name says what its own figures did
                fc.unknown = before[-1]
                return
            elif before and before[-1].entity is None and self.vocab.subject_gap_re.match(_MARKET_NOUN.sub("", _ADVERB_ASIDE.sub(" ",
                    _LEADING_ASIDE.sub("", text[before[-1].end:fig.start if fig.hedge_start is None else fig.hedge_start])))):
                # "Hua Hong jumped 240%"; "rival AMD, which reports next week, rose 1.9%"
                fc.unknown = before[-1]  # "peers such as Microsoft, which command multiples of 30x"
                return
            elif before and (semi := _bare_semicolon(text, fc.sentence.start, fig.start)) >= 0 \
                    and (lead := next((m for m in before if m.start > semi), None)) is not None \
                    and re.fullmatch(r"[\s]*(?:and\s+)?", text[semi + 1:lead.start]):
                # "...; Petrolina Holdings, with a volume of EUR 41,870, closing at EUR 1.52 per share, down
                # by 3.18%; and ...": a list of items set off by semicolons, each led by its name
                if lead.entity:
                    fc.entity, fc.entity_mention = lead.entity, lead
                else:
                    fc.unknown = lead
                return
            elif before and _bare_semicolon(text, before[-1].end, fig.start) >= 0:
                return  # "gold at $4,000 reflects ...; oil at $58.55 a barrel": a semicolon ends the name's reach
            elif before and all(_set_aside(text, m, fc.sentence.start) for m in before):
                return  # "Excluding transportation, new orders increased 1.7 percent": what is set aside is no subject
            elif before:
                # No name in this clause ("Toyota, at 9.8 times earnings, gained 9%"): the
                # nearest name before it, passing over possessive modifiers
                # ("SMIC, China's largest chipmaker, rose 3.2%, extending its gain to 158%").
                known = [m for m in before if m.entity]
                plain = [m for m in known if not m.text.endswith(("'s", "\u2019s"))]
                # "RIL was one of the biggest losers among Sensex stocks on Monday, falling 2.4%",
                # "D.R. Horton was the best performer on the S&P 500, up 10%": the group a name is
                # ranked in is not the mover
                plain = [m for m in plain if not _RANKED_IN.search(text, max(0, m.start - 24), m.start)] or plain
                if known and all(_OBJECT_OF.search(text, max(0, m.start - 12), m.start) for m in known) \
                        and _RELATIVE_START.match(text, clause_start):
                    # "shipments to China helped lift overall exports, which jumped 11.3 percent":
                    # the names sit behind prepositions; the clause's subject is none of them
                    return
                pick = (plain or known or before)[-1]
        if pick is None:
            return
        if pick.entity is None and (k := before.index(pick) if pick in before else -1) > 0 \
                and _ticker_of(text, before[k - 1], pick) and not _initials_of(before[k - 1].text, pick.text):
            # "Lundin Mining (LUN) slipped 1.4 percent": the ticker in brackets is its name's, and the
            # name is the subject (not an abbreviation, "Bolsa Mexicana de Valores (BMV)", "Gross Value
            # Added (GVA)": a name spelled out, often the bundle's under its short form)
            pick = before[k - 1]
        if pick.entity and pick.text[:1].islower() and len(before) >= 2 and before[1] is pick \
                and before[0].entity is None and self._place_word(before[0].text) and self._place_word(pick.entity) \
                and text.startswith(",", before[0].end) and _FRONTED.fullmatch(text, fc.sentence.start, before[0].start):
            # "In Colombia, consumer prices climbed 7.59 percent" where the bundle's "consumer prices"
            # are Mexico's: a country the bundle does not know, fronted, owns the economy's measure named after it
            fc.unknown = before[0]
            return
        if pick.entity:
            fc.entity, fc.entity_mention = pick.entity, pick
            return
        if _BROKER_CALL.search(text, pick.end, fig.start):
            return  # "Citigroup raised its price target for the precious metals miner to 3,900p": a broker's call on another name
        if re.search(r"\b(?:on|via)\s+(?:the\s+)?$", text[max(0, pick.start - 12):pick.start]):
            # "Prices on Hectare Trading reached £405": a name after "on" or "via" is where the trade
            # happened, not what the figure is about
            return
        # An unknown name governs the figure only as its subject: "Hua Hong jumped 240%",
        # "Tesla's shares fell by 3%" - a few lower-case words between, no punctuation.
        gap = _TICKER_BRACKET.sub("", _LEGAL_FORM_AFTER.sub("", text[pick.end:fig.hedge_start if fig.hedge_start is not None else fig.start], 1))
        digits = re.match(r"\s+\d{2,4}\b", gap)
        if digits and (f"{pick.text}{digits.group()}".lower() in self.vocab.digit_index_names
                       or (pick.text.isupper() and not self.doc.scan[pick.end + digits.start():pick.end + digits.end()].strip())):
            gap = gap[digits.end():]  # "the small-cap Russell 2000 slipped 0.7%"
        opens = not text[fc.sentence.start:pick.start].strip(" \n\t\"'(*-\u2022\u25aa\u25cf")
        known_in_clause = [m for m in before if m.entity and m.start >= clause_start and m.end <= pick.start]
        if known_in_clause and (_OBJECT_OF.search(text, max(0, pick.start - 12), pick.start)
                                or _OBJECT_LIST.search(text, max(0, pick.start - 48), pick.start)):
            # "The Hang Seng Index tracking the broader market in Hong Kong advanced 3.7%": a place
            # behind a preposition is not the subject; the name before it is
            fc.entity, fc.entity_mention = known_in_clause[-1].entity, known_in_clause[-1]
            return
        if known_before_pick := [m for m in before if m.entity and m.end <= pick.start]:
            if _set_aside(text, pick, fc.sentence.start) \
                    or (self._place_word(pick.text) and _SEGMENT_AFTER.match(text, pick.end)):
                # "group sales excluding Ocado up 3.3%": a name set aside is not the subject; "Tesco
                # reported ..., with like-for-like U.K. sales up 3.2%": a place before a measure is
                # the named company's market, not a name of its own
                fc.entity, fc.entity_mention = known_before_pick[-1].entity, known_before_pick[-1]
                return
        if pick.start >= clause_start and pick.text.endswith(("'s", "\u2019s")) and not gap.strip():
            # "Qatar grew 2.1%, behind Saudi Arabia's 6.8%", "against Nigeria's 31.7%": a possessive
            # right before the figure is its owner, a name the evidence does not know as much as one it does
            fc.unknown = pick
            return
        if pick.start >= fc.sentence.start and _SAID_ITS.match(text, pick.end) and not re.search(r"[;:!?]", gap):
            # "Nedbank said its sales rose 8%": the name says what its own figures did
            fc.unknown = pick
            return
        if pick.start >= clause_start and (self.vocab.subject_gap_re.match(gap or " ") or (
                opens and (w := _ONE_WORD_SUBJECT.match(gap)) and not self.vocab.metric_keys(w.group().strip())
                and self.vocab.subject_gap_re.match(gap[w.end() - 1:]))):
            # "Spot silver rose 0.4 percent": a name and its noun open the sentence
            fc.unknown = pick
        else:
            known_before = [m for m in before if m.entity]
            if known_before:
                fc.entity, fc.entity_mention = known_before[-1].entity, known_before[-1]
            elif pick is before[0] and _FRONTED.fullmatch(text, fc.sentence.start, pick.start) \
                    and text.startswith(",", pick.end) and not any(m.entity for m in mentions):
                # "In Canada, the jobless rate held at 7%": a fronted place is the clause's topic
                fc.unknown = pick
            elif pick is before[0] and not text[fc.sentence.start:pick.start].strip(" \n\t\"'(*-\u2022\u25aa\u25cf") \
                    and not any(m.entity for m in mentions) and len(pick.text.split()) >= 2:
                # "Fortescue Metals also rallied, adding 4.1%": an unknown name opening a sentence
                # that names no known one is the subject of its figures
                fc.unknown = pick
            elif (lead := before[0]) is not None and _OPENS_WITH_NAME.fullmatch(text, fc.sentence.start, lead.start) \
                    and (verb := _NAME_THEN_VERB.match(text, lead.end)) \
                    and (verb.group(1) in self.entities.index.market_verbs or verb.group(1) in ("led", "edged")) \
                    and verb.group(1) not in ("was", "were", "stood") \
                    and all(m.end <= verb.start(1) for m in before[1:] if m.start < verb.end()) \
                    and not any(m.entity for m in mentions):
                # "Mphasis led gains, jumping 4.2%", "Property developer Ayala Land led the gainers,
                # climbing 3.2 percent", "Turkish Airlines (THYAO) added 2.1%": the name and its verb
                # open the sentence, which names nothing the evidence knows
                fc.unknown = lead

    def _side_metrics(self, w: str) -> set[str]:
        """The bundle's count for a side a market verb names: "closed up", "declined", "were unchanged"."""
        w = " ".join(w.split())
        if w in ("up", "higher", "advanced", "gained", "rose", "in advance"):
            return self._breadth("advancers")
        if w in ("down", "lower", "declined", "fell", "in decline"):
            return self._breadth("decliners")
        stem = "unchanged" if "unchanged" in w else "untraded" if "untraded" in w else None
        return {m for m in self.bundle_metrics if stem and stem in m}

    def _breadth(self, word: str) -> set[str]:
        """The bundle's count of rising (or falling) issues, whatever it is called ("advancers",
        "gainers", "issues_up"), for a side of "gainers outnumbered losers 622 to 248"."""
        w = word.lower()
        side = "up" if w in _BREADTH_UP else "down" if w in _BREADTH_DOWN else None
        if side is None:
            return set()
        stems = _BREADTH_UP if side == "up" else _BREADTH_DOWN
        return {m for m in self.bundle_metrics
                if any(st[:5] in m for st in stems) or m.endswith(f"_{side}") or m == side}

    def _metric_set(self, keys: list[str]) -> set[str]:
        out: set[str] = set()
        for key in keys:
            if key.startswith("*"):
                out.update(m for m in self.bundle_metrics if m.endswith(key[1:]))
            elif key.endswith("*"):
                out.update(m for m in self.bundle_metrics if m.startswith(key[:-1]))
            else:
                out.add(key)
        return out

    def _metric(self, fc: FigureContext, hits, seg_start: int, seg_end: int, n_figs: int, claimed: set[int]) -> None:
        """Nearest metric phrase before the figure in its stretch of the sentence; one
        after it only when attached ("the 1.4% consensus", "88.3% of GDP", "a 60% rise in turnover")."""
        fig, text = fc.fig, self.doc.text
        best = None
        lead = _ANAPHOR.match(text, fc.sentence.start, fc.sentence.end)
        for start, end, keys in hits:
            if not keys or (fig.hedge_start is not None and start >= fig.hedge_start and start < fig.start):
                continue  # "close to 1.7 trillion": the hedge is not the metric "close"
            if fig.unit.startswith("currency:") and fig.scale >= 1e6 and set(keys) <= _RATE_ONLY_METRICS:
                # "In addition to lowering interest rates, the bank ... would expand sight deposits by
                # SFr50 billion": an amount of money is no interest rate
                continue
            if lead is not None and lead.start("who") <= start and end <= lead.end() and lead.group("who").lower() in (
                    "the stock", "shares", "its shares", "the shares"):
                continue  # "The stock ended 6.4% below its high": the subject, said again, not a measure
            if end <= fig.start and _ASIDE.search(text, max(fc.sentence.start, start - 60), start) \
                    and _ASIDE_END.search(text, end, fig.start):
                continue  # inside an aside: "The two-year yield, which tracks rate expectations, fell ..."
            if start >= fig.end and fc.to_level and text[start:end].lower() in ("per share", "a share") \
                    and re.search(r"\d\s?(?:%|per\s?cent|percent|points?|cents?)\s+to\s+$", text[max(0, fig.start - 24):fig.start]):
                # "going up 4.98% to 4,752 rials per share", "soared 4.84% or 4.32 points to $93.65 per
                # share": the price a share reached, not earnings
                continue
            if text[start:end].lower() in ("return", "returns", "returned", "returning") and text[end:end + 4] == " to ":
                continue  # "Consumer prices returned to growth": went back, not an investment's return
            if end <= fig.start and _EVENT_BEFORE.search(text, max(fc.sentence.start, start - 24), start):
                continue  # "after the earnings release, and were up 100%": an event that dates, not a measure
            if end <= fig.start:
                if (n_figs > 1 and start < seg_start and not _goes_on(text, seg_start, fig.start)) \
                        or start in claimed:
                    # ("the deficit more than doubled in 2020, widening to $19.5 billion": a participle
                    # that goes on with the same subject keeps its measure)
                    continue
                dist = fig.start - end
            elif start >= fig.end:
                if not _ATTACHED_AFTER.match(text[fig.end:start]) and not (
                        # "has moved 1.4% on an average day": the measure, after "on"
                        re.fullmatch(r"\s+on\s+", text[fig.end:start]) and "day" in text[start:end].lower()):
                    continue
                if fig.unit == "count" and text[start:end].lower() in ("shares", "stocks", "units"):
                    claimed.add(start)
                    continue  # "259.1 million shares": the count's noun, not the share price
                dist = start - fig.end + 0.5
            elif end > fig.end:
                dist = 0  # "100 times earnings": the phrase starts with the figure's own unit word
            else:
                continue
            if best is None or dist < best[0]:
                best = (dist, start, keys)
        if best and fig.explicit_sign and set(best[2]) <= _LEVEL_WORD_METRICS:
            # "managed to close +22.87 points at 2,919.30": a written sign makes the figure a move
            # (over the period the words give it); the close verb names no level for it
            best = None
            fig.change_like = True
        if best and set(best[2]) == {"debt_to_gdp"} and re.match(r"of\s+(?:gdp|gross)", text[best[1]:best[1] + 10], re.I):
            # "the public deficit, which is expected to go from 6.1% of GDP": "of GDP" measures
            # whatever the sentence named before it, a deficit as much as a debt
            named = [h for h in hits if h[1] <= fig.start and h[0] >= fc.sentence.start and h[2]
                     and not re.match(r"of\s+(?:gdp|gross)", text[h[0]:h[0] + 10], re.I)
                     and set(h[2]) & {"debt_to_gdp", "deficit_to_gdp", "gov_debt", "current_account_to_gdp"}]
            if named and "deficit_to_gdp" in named[-1][2]:
                best = (best[0], best[1], {"deficit_to_gdp"})
            elif named and "current_account_to_gdp" in named[-1][2]:
                best = (best[0], best[1], {"current_account_to_gdp"})
            elif not named:
                # "Although the current account has a structural deficit ... In 2022, it represented
                # -3.7% of GDP": the sentence names no measure; the yardstick alone says not which
                best = (best[0], best[1], {"debt_to_gdp", "deficit_to_gdp", "current_account_to_gdp"})
        if best:
            fc.metrics = best[2]
            if fig.unit == "multiple" and fc.metrics == {"net_income"} and not fig.verb_multiple \
                    and {"pe_ratio", "forward_pe"} & self.bundle_metrics:
                # "Forecast earnings tell another story: SAP is the cheaper on them, at 30.2x": a
                # multiple of earnings is a P/E, forecast or trailing, never a profit
                forecast = re.search(r"\b(?:forecast|forward|expected|projected|estimated)\s+earnings\b",
                                     text[max(fc.sentence.start, best[1] - 20):best[1] + 30], re.I)
                fc.metrics = {"forward_pe"} if forecast else {"pe_ratio"}
            fc.metric_near = best[0] < 40
            if best[1] >= fig.start:
                claimed.add(best[1])

    def _brackets(self, sent) -> list[tuple[int, int]]:
        """The sentence's bracketed stretches, "(" to its ")", not nested."""
        out, text = [], self.doc.text
        at = text.find("(", sent.start, sent.end)
        while at >= 0:
            close = text.find(")", at, sent.end)
            if close < 0:
                break
            out.append((at, close))
            at = text.find("(", close, sent.end)
        return out

    def _period(self, fc: FigureContext, periods: list[PeriodPhrase], seg_start: int, seg_end: int,
                claimed: set[int]) -> None:
        fig = fc.fig
        if _HYPOTHETICAL.match(self.doc.text, fig.end, fc.sentence.end):
            return  # "a theoretical 27.2% gain on Monday would have pushed ...": no period is claimed
        # "improved by two percentage points to 89% (H1 2012: 91%), helped by a 28% rise": a period inside
        # brackets dates what is in them, not a figure outside
        brackets = self._brackets(fc.sentence) if periods else []
        periods = [p for p in periods if not any(a < p.start and p.end <= b and not a < fig.start < b
                                                 for a, b in brackets)]
        at = fig.start if fig.hedge_start is None else fig.hedge_start
        if (before := _PRECEDING_OWNER.search(self.doc.text, max(fc.sentence.start, at - 40), at)) is not None \
                and any(p.end <= before.start() and not p.base for p in periods):
            # "Inflation for April picked up to 3.8 percent from the preceding month's 3.7 percent": the
            # one before the period the sentence names owns the figure, which no period of the sentence is
            return
        own = next((p for p in periods if p.end <= at and (
            _POSSESSIVE_GAP.fullmatch(self.doc.text, p.end, at)
            # "up more in June (+3.5%) than in May (+2.7%)": a figure alone in brackets right after
            # a compared period is that period's (not "the level of Q1 (53.4 pts vs. 54.2 pts)")
            or (p.base and _OPEN_BRACKET.fullmatch(self.doc.text, p.end, at)
                and self.doc.text.startswith(")", fig.end)))), None)
        if own is not None and _VINTAGE.match(self.doc.text, own.end):
            # "down from last month's estimate of 821 pounds": the month is when the estimate was made, the
            # estimate's own period is another (this season's crop); the month dates no figure
            periods = [p for p in periods if p is not own]
            own = None
        if own is not None:
            fc.period = own  # "higher than November's 5.9 per cent": the month owns the figure, base or not
            claimed.add(own.start)
            return
        # "which reported a price increase of 2.3 percent on Friday", "reported ... operating profit of
        # 2.89 trillion won on Thursday": the day is the report's, not the figure's
        reported = _REPORTED_BEFORE.search(self.doc.text, fc.sentence.start, fig.start) is not None
        # "BD102 million (US$271.2 million) for the same period in 2024": the gap starts after a
        # restatement in brackets, or after the bracket a restatement itself closes
        bracket = RESTATEMENT.match(self.doc.text, fig.end)
        gap = bracket.end() if bracket else fig.end + 1 if self.doc.text.startswith(")", fig.end) else fig.end
        following = [p for p in periods if p.start >= fig.end and p.start - fig.end <= 48
                     and (p.start < seg_end or bracket is not None)
                     and not p.base and p.start >= gap and (_PERIOD_GAP.match(self.doc.text, gap, p.start)
                                                           or _COUNTED_GAP.match(self.doc.text, gap, p.start))
                     # "at Thursday's close" is the day's; "at its September meeting" a month a year ago may own
                     and (p.grain == "day" or not _AT_END.search(self.doc.text, gap, p.start))
                     and not (reported and p.grain == "day" and _WEEKDAY.search(self.doc.text, p.start, p.end))
                     # "March reached $203.69/ton, April was at $288.40/ton": a period after a comma with
                     # its own verb is the next clause's subject, not this figure's time
                     and not (re.search(r"[,;]", self.doc.text[fig.end:p.start])
                              and (_PERIOD_AS_SUBJECT.match(self.doc.text, p.end)
                                   # "..., in Q1 2022 the current account registered ...": a period that
                                   # opens the next clause, before its subject
                                   or _CLAUSE_AFTER_PERIOD.match(self.doc.text, p.end)))]
        if following:
            pick = following[0]
            second = next((p for p in periods if p.start > pick.end
                           and re.fullmatch(r"\s+and\s+", self.doc.text[pick.end:p.start])), None)
            if second is not None and seg_start > fc.sentence.start and not second.base \
                    and re.fullmatch(r"\s+and\s+", self.doc.text[seg_start:at]):
                # "growth rates of 2.19% and 1.57% for the same period of 2020 and 2021": two figures and
                # two periods, each in its turn, as "respectively" would say
                self._paired_back = pick
                pick = second
            fc.period = pick
            claimed.add(pick.start)
            return
        # set off by commas on both sides when an item came before ("... 17%, over a three-year
        # period, 30.6%"; not "15.9 percent this year, 9.8 percent", "2.1% ahead of last year, less than half")
        adjacent = next((p for p in reversed(periods) if p.end <= at and not p.base and p.start not in claimed
                         and _ADJACENT_PERIOD.fullmatch(self.doc.text, p.end, at)
                         and (seg_start <= fc.sentence.start or p.start < seg_start
                              or _ADJACENT_PERIOD.fullmatch(self.doc.text, seg_start, p.start))), None)
        if adjacent is not None:
            fc.period = adjacent  # "lost 17%, over a three-year period, 30.6%": the item's own span
            claimed.add(adjacent.start)
            return
        if fc.from_base or _BASE_FIGURE_BEFORE.search(self.doc.text, max(fc.sentence.start, at - 40), at):
            # "in August reached $13.49 billion, from $13.88 billion", "Since the beginning of the year
            # the government raised $11.9 billion, as opposed to $15.2 billion": a base is of an earlier period
            return
        when = next((p for p in reversed(periods) if p.end <= fig.start and fig.start - p.end <= 60
                     and _WHEN_AFTER.match(self.doc.text, p.end) and not re.search(r"[.;]", self.doc.text[p.end:fig.start])), None)
        if when is not None:
            fc.period = when  # "the highest since February, when the CPI rose 2.8%": the when-clause's time
            return
        if _YOY_AFTER.match(self.doc.text, fig.end) or _YOY_CHANGE_BEFORE.search(self.doc.text, max(fc.sentence.start, at - 50), at):
            # "Q2 2025 was BD47 million versus BD102 million for the same period in 2024 - down by
            # 54% YoY": a change on the year is the current period's; the base's period is not it
            vs = None
            for vs in _VERSUS.finditer(self.doc.text, fc.sentence.start, fig.start):
                pass
            if vs is not None:
                periods = [p for p in periods if p.start < vs.start()]
        if _FROM_LAST_CLOSE.match(self.doc.text, fig.end):
            # "closed the week at 120,151.44 points, down 0.32% from the previous close": the day's move, which
            # the week named for the close does not date
            return
        clause_start = fc.clause_start
        # "In July, Newmont said its costs decreased about 4%": the month dates the statement
        periods = [p for p in periods if not _SAID_AFTER.match(self.doc.text, p.end)
                   # "reached its highest level this year on Monday morning - ... up 286p": the span of a
                   # superlative, not the figure's time
                   and not SUPERLATIVE_BEFORE.search(self.doc.text, max(fc.sentence.start, p.start - 40), p.start)
                   # "ramped up bets for a rate cut from the Reserve Bank of Australia in November to 71%": the
                   # month of the wagered move, not of the odds
                   and not _ODDS_BEFORE.search(self.doc.text, max(fc.sentence.start, p.start - 70), p.start)]
        preceding = [p for p in periods if p.end <= fig.start and p.start >= max(seg_start, clause_start) and not p.base
                     and p.start not in claimed and (self._introduced(p) or (_PERIOD_AT.fullmatch(self.doc.text, p.end, at)
                                                                and _PERIOD_CODE.fullmatch(self.doc.text, p.start, p.end)))]
        if preceding:
            fc.period = preceding[-1]
            return
        # One period that opens the sentence, or the figure's clause, covers what follows:
        # "In 2025, SMIC rose 182% and Cambricon 122%"; not "cut in October, and the rate
        # now stands at 4.0%".
        part = self.doc.text.rfind(";", fc.sentence.start, fig.start) + 1 or fc.sentence.start  # "...; in Q2, 5.2%"
        # "led the rally in November, with its shares up 180.0%": a with-clause is dated by the
        # clause it hangs on
        hangs = _WITH_CLAUSE.match(self.doc.text, clause_start) is not None
        earlier = [p for p in periods if p.end <= fig.start and not p.base and p.start not in claimed and p.start >= part
                   and self._introduced(p) and (p.start - part < 24 or p.start >= clause_start
                                                or (hangs and p.end <= clause_start and not _SPAN_END.search(
                                                    self.doc.text, max(0, p.start - 12), p.start))
                                                or self._header(p))]
        # "For the week, Brent gained 1.5%, after rising 1.8%, 4.8% and 1.4% over three previous
        # weeks": the opening period stops at "after"
        earlier = [p for p in earlier if not _AFTER_BREAK.search(self.doc.text, p.end, fig.start)]
        if earlier and any(q.start >= fig.end and q.grain == "trailing" and _OWN_SPAN_GAP.fullmatch(self.doc.text, fig.end, q.start)
                           for q in periods):
            return  # "Despite surging in October, gasoline prices are down 1.2% over the past year": its own span
        if any(_PERIOD_LIST_GAP.fullmatch(self.doc.text, p.end, q.start) for p in earlier for q in periods
               if p.end <= q.start < fig.start):
            # "Despite surging in October and November, gasoline prices are down 1.2%": a list of periods
            # opening the sentence dates the clause it sits in, not one of them the figure
            return
        if earlier and earlier[-1].grain == "ytd" and (ago := _ON_A_YEAR_AGO.match(self.doc.text, fig.end)) is not None \
                and not _NOT_ON_A_YEAR_AGO.search(self.doc.text, fig.end, ago.end()):
            # "Year to date platinum is up 3.7%, but remains $125 or 8% below where it was this time last
            # year": a gap to a year before is a change over the year, not the year to date's (where the
            # opening period is a flow's own, "Operating income for the fourth quarter is RM21.02b, 5.9% higher
            # than a year earlier", the change on the year is that period's)
            return
        if len({p.interval for p in earlier}) == 1:
            fc.period = earlier[-1]

    def _neg_cue(self, fc: FigureContext) -> bool:
        """A fall named in the figure's own clause ("deflation of 0.3%", "prices fell, by 0.3%")."""
        text, start, end = self.doc.text, fc.clause_start, fc.clause_end
        if _BELOW_AFTER.match(text, fc.fig.end):
            return True  # "a target 22% below current levels": a distance down from a mark
        if any(w in self.vocab.down_words for w in _WORDS.findall(text[start:end].lower())):
            return True
        if _goes_on(text, start, fc.fig.start) and _NEGATIVE_NOUNS & set(
                _WORDS.findall(text[fc.sentence.start:start].lower())):
            # "the merchandise trade deficit more than doubled in 2020, widening to $19.5 billion": the
            # participle goes on with the deficit named before it
            return True
        if _NET_SELL.search(text, start, fc.fig.start):
            return True  # "recording net foreign sell of IDR 621.66 billion": a net sale, an outflow
        if (total := _TOTALLING.search(text, max(fc.sentence.start, fc.fig.start - 40), fc.fig.start)) is not None:
            # "the third consecutive cut, totalling 100 bps": the sum of the falls just named
            said = self._ways(max(fc.sentence.start, total.start() - 60), total.start())
            return bool(said) and said[-1] < 0
        if _RESPECTIVELY.search(text, fc.fig.end, fc.sentence.end):
            # "shows decreases in revenue, net income, and fully diluted EPS to be 0.7%, 12.3%, and
            # 12.2%, respectively": the fall named before the list goes with each of its figures,
            # where nothing before them names a rise
            return fc.fall_before
        return False

    def _measure_alias_yields(self, m: Mention, mentions: list[Mention]) -> bool:
        """``m`` is a measure's name ("GDP") the bundle gives an entity as an alias, and a name
        before it in the sentence has a fact of that measure too."""
        if not m.entity or not re.fullmatch(r"[A-Za-z]+", m.text):
            return False
        stems = {k.split("_")[0] for k in self.vocab.metric_keys(m.text)}
        if not stems:
            return False
        owned = self.entities.index.entity_metrics
        return any(o.entity and o.entity != m.entity and o.end <= m.start
                   and stems & {x.split("_")[0] for x in owned.get(o.entity, ())} for o in mentions)

    def _ways(self, start: int, end: int) -> list[int]:
        """The way each word of direction in text[start:end] goes, in order: -1 for a fall ("cut",
        "decreases"), 1 for a rise."""
        down, way = self.vocab.down_words, self.vocab.direction_of
        said = [(start + m.start(), -1 if m.group() in down else 1) for m in _WORDS.finditer(self.doc.text[start:end].lower())
                if m.group() in down or way.get(m.group(), 0) > 0]
        # "was also revised downwards from ..., by 0.2 points": a direction said in two words
        said += [(m.start(), -1 if way[" ".join(m.group().lower().split())] < 0 else 1)
                 for m in self.vocab.two_word_way_re.finditer(self.doc.text, start, end)]
        return [w for _, w in sorted(said)]

    def _list_period(self, fcs: list[FigureContext]) -> None:
        """"The Nasdaq Composite gained 3.8%, the S&P 500 16.4% and the Dow Jones Industrial
        Average 12.2% this year": a period right after the last item of a list of names and their
        figures dates every item, not the last alone (the plant: November's 3.8% said "this year"
        came out clean)."""
        if len(fcs) < 2:
            return
        text, last = self.doc.text, fcs[-1]
        p = last.period
        if p is None or p.base or p.start < last.fig.end or p.start - last.fig.end > 4:
            return
        for k in range(len(fcs) - 2, -1, -1):
            fc, nxt = fcs[k], fcs[k + 1]
            if fc.period is not None or not _LIST_ITEM_GAP.fullmatch(text, fc.fig.end, nxt.fig.start):
                return
            fc.period = p

    def _list_metric(self, fcs: list[FigureContext]) -> None:
        """"Toyota and Advantest were 23.9% and 13.5% below their own highs": figures listed with
        nothing but "and" or a comma between them share the measure named after the last (the
        plant: Toyota's forecast fall of 11% said as its distance from its high came out clean)."""
        for k in range(len(fcs) - 2, -1, -1):
            fc, nxt = fcs[k], fcs[k + 1]
            if fc.metrics is None and nxt.metrics and fc.fig.unit == nxt.fig.unit \
                    and _FIGURE_LIST_GAP.fullmatch(self.doc.text, fc.fig.end, nxt.fig.start):
                fc.metrics, fc.metric_near = nxt.metrics, nxt.metric_near

    def _compared_period(self, fcs: list[FigureContext]) -> None:
        """"its shares up 31.8% this year, against a rise of 2.2% in the S&P 500": the move set
        against another is over the same span, where it names none of its own (the plant: the
        index's November move given as the year's came out clean)."""
        text = self.doc.text
        for prev, fc in zip(fcs, fcs[1:]):
            at = fc.fig.start if fc.fig.hedge_start is None else fc.fig.hedge_start
            if fc.period is None and prev.period is not None and not prev.period.base \
                    and _AGAINST_MOVE.fullmatch(text, prev.fig.end, at):
                fc.period = prev.period

    def _same_period(self, idx: int, sent, periods: list[PeriodPhrase]) -> list[PeriodPhrase]:
        """"The Hang Seng Tech fell 6.6% in November. The CSI 300 rose 1.0% over the same period.":
        "the same period" is the last period named before it, in its sentence or the one before
        (no heading between), not no period at all (the plant: the CSI 300's year-to-date 15.0%
        said "over the same period" as November passed)."""
        text = self.doc.text
        same = _SAME_PERIOD.search(text, sent.start, sent.end)
        if same is None or any(p.start <= same.start() < p.end for p in periods):
            return periods
        earlier = [p for p in periods if p.end <= same.start() and not p.base]
        if not earlier and idx > 0 and self.doc.sentences[idx - 1].kind != "heading":
            prev = self.doc.sentences[idx - 1]
            earlier = [p for p in find_periods(text, prev.start, prev.end, self.as_of, self.doc.tokens(prev.start, prev.end))
                       if not p.base]
        # (not the day a statement came out: "a net profit of 16.42 billion yuan in the first half of 2018,
        # according to the company's statement on Friday. Total assets reached 3.04 trillion yuan in the
        # same period" is the half)
        earlier = [p for p in earlier if not (p.grain == "day" and _SAID_ON.search(text, max(0, p.start - 40), p.start))]
        # (nor the month a move came after: "sales dropped 0.4 percent after rising 0.6 percent in November.
        # Online sales fell 0.3 percent in the same period" is the story's month, not November)
        earlier = [p for p in earlier if not _AFTER_MOVE.search(text, max(0, p.start - 60), p.start)]
        if not earlier:
            return periods
        back = earlier[-1]
        if re.search(r"\b(?:since|between|from)\b[^,.;]{0,30}$|\b(?:and|to|until|through)\s+(?:the\s+)?$",
                     text[max(0, back.start - 40):back.start], re.I) \
                or re.match(r"\s+(?:and|to|until|through)\b", text[back.end:back.end + 10], re.I):
            # "since the end of March last year", "between March 2020 and June 2023": an end of a span
            # the reader does not hold as one period; no guess
            return periods
        return sorted([*periods, PeriodPhrase(same.start(), same.end(), back.interval, back.grain)], key=lambda p: p.start)

    def _carried_subject(self, idx: int, at: int | None = None) -> Mention | None:
        """"The company forecast ...", "It said ...": a sentence that names no one but opens
        with a pronoun or a generic noun (or whose main clause does, at ``at``) is about the last
        subject named in its paragraph."""
        sent = self.doc.sentences[idx]
        anaphor = _ANAPHOR.match(self.doc.text, sent.start if at is None else at, sent.end)
        if not anaphor and not _ITS_MEASURE.search(self.doc.text, sent.start, sent.end):
            return None
        # "The stock reached its highest level this year ... up 286p", after a sentence on the company
        # Intertek bought: the stock is the one name whose shares the evidence prices
        stock = anaphor is not None and self.priced and anaphor.group("who").lower() in _STOCK_ANAPHORS
        for j in range(idx - 1, max(-1, idx - (12 if stock else 6)), -1):
            prev = self.doc.sentences[j]
            body = self.doc.text[prev.start:prev.end]
            if prev.kind == "heading":
                return None  # a new section: the thread is lost
            if not body.strip():
                continue
            known = [m for m in self.entities(prev.start, prev.end) if m.entity and (not stock or m.entity in self.priced)]
            if known:
                # "Walmart Inc.'s efforts ... helped boost U.S. same-store sales": a possessive that
                # opens the sentence names its topic; one inside it is a modifier
                plain = [m for m in known if not m.text.endswith(("'s", "\u2019s"))
                         or not self.doc.text[prev.start:m.start].strip(" \n\t\"'(*-\u2022\u25aa\u25cf")]
                return (plain or known)[0]
            sent = prev
        return None

    def _header(self, p: PeriodPhrase) -> bool:
        """A period right before a colon dates the list after it ("split the group on November 28: ...")."""
        return re.match(r"\s*:", self.doc.text[p.end:p.end + 3]) is not None

    @cached_property
    def _place_words(self) -> frozenset[str]:
        words = {w for k, v in self.vocab.raw.places.items() for w in (k, *v)}
        return frozenset(w.replace(".", "").lower() for w in words)

    def _place_word(self, name: str) -> bool:
        """A country or its people in the vocabulary's places ("U.K", "British"), dots aside."""
        return name.replace(".", "").lower() in self._place_words

    def _introduced(self, p: PeriodPhrase) -> bool:
        """A period phrase that sets the time of what follows: "In October, ...", "in 2025, while"."""
        if p.grain in ("ytd", "trailing") or self.doc.text[p.end:p.end + 1] == " " and "-" in self.doc.text[p.start:p.end]:
            return True  # "year to date", "third-quarter revenue": the phrase dates its noun
        if p.grain == "week" and re.search(r"\b(?:ended|finished|closed|closing|ending)\s+$", self.doc.text[max(0, p.start - 12):p.start]):
            return True  # "ended the week 0.24% higher": the week is the move's span
        if p.grain == "day" and _WEEKDAY.match(self.doc.text, p.start) \
                and re.search(r"\b(?:closed|ended|settled|finished|opened|traded)\s+$", self.doc.text[max(0, p.start - 12):p.start]):
            return True  # "closed Tuesday at $17.18": the day of the close that follows (the wire's bare weekday)
        if p.grain in ("week", "month") and _FLOW_NOUN_BEFORE.search(self.doc.text, max(0, p.start - 30), p.start) \
                and re.match(r"(?i:for|during|over|in)\s", self.doc.text[p.start:p.end]):
            return True  # "the overall volume of trade for the week amounted to": the span of the total that follows
        if self._header(p):
            return True  # "Valuations on November 28: NVIDIA at 43.9x, ...": a header for the list after it
        if p.grain == "year" and _YEAR_MODIFIES.match(self.doc.text, p.end) \
                and re.search(r"\b(?:the|its|their)\s+$", self.doc.text[max(0, p.start - 8):p.start]):
            return True  # "the 2014 average inflow of +$620 million": the year dates its noun
        return bool(_PERIOD_INTRO.search(self.doc.text, max(0, p.start - 24), p.start))

    @staticmethod
    def _pin(fc: FigureContext, m: Mention) -> None:
        """The sentence's structure pairs this figure with this name: the name is its owner."""
        fc.entity, fc.entity_mention, fc.unknown, fc.paired = m.entity, m, None, True

    def _than_pairs(self, contexts: list[FigureContext], mentions: list[Mention], sent) -> None:
        """"Alibaba drew more trading than Tencent, an average of HKD 11.3 billion a day against HKD
        11.0 billion": the figures before "against" are the subject's, the one after it the other's."""
        text = self.doc.text
        m = _THAN.search(text, sent.start, sent.end)
        known = [x for x in mentions if x.entity]
        if m is None or not known or known[0].start > sent.start + 3:
            return
        other = next((x for x in known if x.start == m.end()), None)
        against = _AGAINST_WORD.search(text, m.end(), sent.end)
        if other is None or other.entity == known[0].entity or against is None:
            return
        comma = text.find(",", other.end, against.start())
        if comma < 0:
            return
        for fc in contexts:
            if comma < fc.fig.start < against.start():
                self._pin(fc, known[0])
            elif fc.fig.start >= against.end() and not any(x.start >= against.end() and x.end <= fc.fig.start for x in known):
                self._pin(fc, other)

    def _listed_pairs(self, contexts: list[FigureContext], mentions: list[Mention]) -> None:
        """"NAB, Westpac and ANZ gained 1.79%, 1.74% and 2.36%": a list of names, one verb, then a
        list of as many single figures reads in order, "respectively" or not. Only where the
        names are the bundle's, joined by nothing but commas, "and" and bracketed tickers, and
        the verb is all that stands between the lists."""
        text = self.doc.text
        k = 0
        while k < len(contexts):
            run = [contexts[k]]
            while k + len(run) < len(contexts) and _PAIR_GAP.fullmatch(
                    text, run[-1].fig.end, contexts[k + len(run)].fig.start) \
                    and contexts[k + len(run)].fig.unit == run[0].fig.unit:
                run.append(contexts[k + len(run)])
            k += len(run)
            if len(run) < 2:
                continue
            # each name as written, with a ticker in brackets ("NAB (ASX:NAB)": the alias may be
            # the ticker alone), one span per name
            spans: list[tuple[int, int, Mention]] = []
            for m in (m for m in mentions if m.end <= run[0].fig.start):
                a, b = m.start, m.end
                if text[a - 1:a] == "(" and (w := _NAME_BEFORE_BRACKET.search(text, max(0, a - 60), a)):
                    a = w.start()
                if text[b:b + 1] == ")":
                    b += 1
                if spans and spans[-1][2].entity == m.entity and a <= spans[-1][1] + 2:
                    spans[-1] = (spans[-1][0], b, spans[-1][2])  # "ANZ Group (ASX:ANZ)" is one name
                else:
                    spans.append((a, b, m))
            names = spans[-len(run):]
            if len(names) != len(run) or not all(m.entity for _, _, m in names) \
                    or len({m.entity for _, _, m in names}) < len(run):
                continue
            if not _VERB_GAP.fullmatch(text, names[-1][1], run[0].fig.start) and not (
                    # "the sectors of cars and car parts (+5.9% and +1.4%)": the list in brackets after the names
                    _BRACKET_GAP.fullmatch(text, names[-1][1], run[0].fig.start) and text.startswith(")", run[-1].fig.end)
                    # (the names joined by nothing else: not "the Netherlands (11.9%) and Latvia (11, 2%)")
                    and all(_PAIR_GAP.fullmatch(text, a[1], b[0]) for a, b in zip(names, names[1:]))):
                continue
            if not all(_NAME_GAP.fullmatch(text, a[1], b[0]) for a, b in zip(names, names[1:])):
                continue
            if len(spans) > len(run) and _NAME_GAP.fullmatch(text, spans[-len(run) - 1][1], names[0][0]):
                continue  # a longer list of names than of figures: no pairing to read
            for fc, (_, _, m) in zip(run, names):
                self._pin(fc, m)

    def _respectively(self, contexts: list[FigureContext], mentions: list[Mention],
                      text: str) -> list[list[FigureContext]]:
        """'A and B rose 5% and 7%, respectively': pair names and items in order (an item may be a
        move and the level it reached: "climbing 2.42% to R174.72 and 1.42% to R57.09"). Returns
        the items, for what else pairs with them."""
        by_fig = {id(fc.fig): fc for fc in contexts}
        items = [[by_fig[id(f)] for f in item] for item in list_items(text, [fc.fig for fc in contexts])]
        first = contexts[0].fig.start
        names: list[Mention] = []
        for m in mentions:  # "Semiconductor Manufacturing International (SMIC)" is one name
            if _ANAPHOR_SUBJECT.match(text, m.start):
                continue  # "... in the U.S. - the company had forecast 4.35 million and 690,000, respectively": a subject, no item
            if m.end <= first and not (names and m.entity and names[-1].entity == m.entity):
                names.append(m)
        last = contexts[-1].fig.end
        holes = [h.start() for h in _LIST_HOLE.finditer(text, first, last)]
        if holes and len(names) == len(items) + len(holes):
            # "Gold, silver, platinum, and palladium fell by 1.5%, , 1.3%, and 0.27%, respectively":
            # a figure fell out of the list; the others keep their own names
            slots = sorted([(item[0].fig.start, item) for item in items] + [(h, None) for h in holes],
                           key=lambda x: x[0])
            for (_, item), m in zip(slots, names):
                for fc in item or ():
                    fc.entity, fc.entity_mention, fc.unknown = m.entity, m, (None if m.entity else m)
            return items
        if len(names) != len(items):
            # "Alibaba and JD.com, two of China's biggest tech listings, dropped 3.34% and 2.74%":
            # the names the bundle knows, when they alone pair up
            known = [m for m in names if m.entity]
            if len(known) == len(items):
                names = known
        if len(names) == len(items):
            for item, m in zip(items, names):
                for fc in item:
                    fc.entity, fc.entity_mention, fc.unknown = m.entity, m, (None if m.entity else m)
        else:
            for fc in contexts:  # a name fell out: who each figure is about is unknown
                fc.entity, fc.entity_mention, fc.unknown = None, None, None
                fc.attribution_unknown = True
        return items
