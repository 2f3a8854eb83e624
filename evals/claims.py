"""Direction claims the figures do not carry: "consumer prices fell", "factory activity
expanded", "the PMI improved to 49.0".

Two readings, both about a metric the evidence has:

- A claim with no figure in its clause ("Consumer prices fell in February"): the sign of
  the fact it is about (a change metric), the 50 line for "activity expanded/contracted"
  on a PMI, or the previous reading for a level ("inflation eased", "the PMI rose").
- A level reached ("improved to 49.1", "slowed to 4.8%") with no "from": the previous
  reading of the same series, when the evidence has the one just before it.

A claim is checked only when its subject is clear (one entity owns the metric, or the
clause names it) and the words assert rather than forecast or deny it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import timedelta

from evals import rx
from evals.context import STRENGTH_WORDS, SUPERLATIVE_BEFORE, FigureContext
from evals.entities import COMMODITY_WORDS, DocMentions
from evals.periods import agree, agree_change, fact_interval, find_periods
from evals.rules.grounding import WrongDirection
from evals.judge import metric_match
from evals.support import FactIndex, interval, quoted_against_itself
from evals.text import Document
from evals.vocab import METRIC_QUALIFIERS, Vocabulary, bundle_metric_phrases
from marketdesk.models import Fact, Finding

# ("fell (-1.94%)": a bracket that opens on the move's figure does not end the verb's clause)
_CLAUSE = rx.compile(r"[,;:\u2014)]|\((?!\s*[-+\u2212]?[\d$\u20ac\u00a3\u00a5])|\s(?:while|whereas|but|although|though|and)\s", re.I)
# a measure named by a word that elsewhere says a fall ("the deficit", "losses")
_BALANCE_NOUN = rx.compile(r"(?:deficits?|shortfalls?|losses|loss|outflows?)\b", re.I)
_NOT_ASSERTED = rx.compile(
    r"\b(?:not|n't|no|never|failed to|expected|expects?|forecasts?|could|would|will|may|might|likely|if|unless"
    r"|fears?|risk|whether|should|predicted|projected|seen|set to|poised"
    r"|to\s+(?:get|keep|make|help|see|put|return)|aims?|goal|mission)\b", re.I)  # ("... mission is to get the economy growing")
_NAMED_MARK = rx.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+)?\s+the\s", re.I)
_HAD = rx.compile(r"\bhad\b", re.I)
# verbs of pace: a growth rate that "slowed" grew less than before, not that it shrank
_PACE_VERBS = frozenset({"slowed", "slows", "slowing", "slow", "decelerated", "accelerated", "quickened", "sped up",
                         "picked up"})
_GROWTH_RATE = rx.compile(r"_(?:yoy|qoq|mom)(?:_|$)|growth")
_PACE_NOUNS = frozenset({"slowdown", "pickup", "acceleration", "deceleration"})
_THAN_EXPECTED = rx.compile(r"[\w\s-]{0,30}?\bthan\s+(?:had\s+been\s+|was\s+|were\s+|is\s+|previously\s+)?"
                            r"(?:expected|forecast|anticipated|estimated|projected)\b", re.I)
# "activity expanded" is about the 50 line; "the PMI rose" about the last reading.
_EXPANSION = {"expanded": 1, "expand": 1, "expands": 1, "expanding": 1, "expansion": 1, "grew": 1,
              "contracted": -1, "contract": -1, "contracts": -1, "contracting": -1, "contraction": -1, "shrank": -1}
_AUX = frozenset({"has", "have", "had", "was", "were", "also", "further", "again", "both", "sharply", "slightly",
                  "modestly", "steadily", "continued", "kept"})
# Direction words that are nouns or adjectives after a metric ("exports growth", "prices higher than"):
# not a claim of a move.
_NOT_VERBS = frozenset({"growth", "up", "down", "higher", "lower", "gain", "gains", "loss", "losses", "deficit",
                        "negative", "expansion", "contraction", "rally", "correction", "slowdown", "decline", "rise",
                        "fall", "drop", "increase", "decrease", "cut", "cuts", "hike", "hikes", "boost", "spike",
                        # comparisons with expectations or peers, not moves
                        "missed", "beat", "topped", "lagged", "trailed", "outpaced", "outperformed", "underperformed",
                        "outgained", "shortfall", "less", "fewer", "off"})
_NOUNS = {"decline": -1, "fall": -1, "drop": -1, "decrease": -1, "contraction": -1, "slowdown": -1, "dip": -1,
          "rise": 1, "increase": 1, "gain": 1, "jump": 1, "growth": 1, "expansion": 1, "pickup": 1, "rebound": 1}
_ADJECTIVES = {"lower": -1, "weaker": -1, "smaller": -1, "falling": -1, "declining": -1, "shrinking": -1,
               "higher": 1, "stronger": 1, "bigger": 1, "larger": 1, "rising": 1, "growing": 1}
# "closed lower", "ended slightly weaker", "finished up": the session's direction after a close verb.
_MEASURE_TAIL = frozenset({"rate", "rates", "index", "level", "reading", "gauge"})
_CLOSED = frozenset({"closed", "ended", "finished", "settled", "ends", "closes", "finishes", "closing", "ending", "finishing",
                     "settling"})
# Between a name and its verb: what it is ("Rebar prices fell", "Silver futures closed lower") and an
# adverb of the telling ("The rupee thus firmed", "Rebar prices, however, have fallen")
_AFTER_NAME = frozenset({"shares", "stock", "stocks", "index", "is", "are", "price", "prices", "futures", "contract",
                         "contracts", "thus", "however", "meanwhile", "ultimately", "eventually", "too"})
_IN_COLOUR = rx.compile(r"in\s+(?:the\s+)?(green|red|positive|negative)\b(?:\s+territory)?", re.I)
_CLOSE_DIRECTION = {"higher": 1, "up": 1, "lower": -1, "down": -1, **STRENGTH_WORDS}
# A move said as a noun after the name: "snapped its record-setting rally", "closed Wednesday's trading
# session with losses", "experienced a setback on Tuesday", "reversed its upward trend"
_NOUN_MOVE = rx.compile(
    r"(?:['\u2019]s?)?\s+(?:(?:has|had|have|was|were|also)\s+)?(?:"
    r"(?:closed|ended|finished)\s+(?:(?:the|\w+['\u2019]s)\s+)?(?:trading\s+)?(?:session|day|week)\s+with"
    r"|(?:saw|experienced|suffered|posted|recorded|logged|registered|notched|booked)(?=\s+(?:a|an|its|their|modest|slight|small|sharp|steep|heavy|broad|strong)\b)"
    r")\s+(?:(?:a|an|its|their)\s+)?(?:(?:modest|slight|small|sharp|steep|heavy|broad|strong|marginal|mild)\s+)?"
    r"(?P<noun>gains?|loss(?:es)?|declines?|rises?|setbacks?|drops?|falls?|increases?|decreases?|advances?)\b"
    r"|\s+(?:(?:has|had)\s+)?snapped\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?P<snap>rally|winning\s+streak|gains|advance"
    r"|losing\s+streak|slide|decline|losses)\b"
    r"|\s+(?:(?:has|had)\s+)?reversed\s+(?:its|their)\s+(?P<rev>upward|downward)\s+trend\b", re.I)


def _noun_move_sign(m: re.Match) -> int:
    if m.group("noun"):
        return 1 if m.group("noun").lower().startswith(("gain", "rise", "increase", "advance")) else -1
    if m.group("snap"):  # snapping a rally is a fall; snapping a losing streak a rise
        return -1 if m.group("snap").lower().startswith(("rally", "winning", "gain", "advance")) else 1
    return -1 if m.group("rev").lower() == "upward" else 1
_ACTIVITY = rx.compile(r"activity|pmi|purchasing|manufactur|factor", re.I)


_EARLIER = frozenset({"recent", "earlier", "previous", "prior", "past", "last", "former", "yesterday's",
                      "week's", "month's", "year's", "recent-day", "multi-day", "months-long", "weeks-long"})


# A currency's strength in words, after its name ("the rand was slightly firmer"), and the
# degree words that may stand before them.
_STRENGTH = {**STRENGTH_WORDS, "strengthened": 1, "firmed": 1, "appreciated": 1, "weakened": -1, "depreciated": -1}
_AGAINST = rx.compile(r"[^.;]{0,30}?\bagainst\s+(?:the\s+)?(?:U\.?S\.?\s+|US\s+|American\s+)?(?:dollar|greenback|euro|yen)\b",
                      re.I)
_DEGREE = frozenset({"slightly", "marginally", "a", "touch", "little", "somewhat", "much", "sharply", "modestly"})
# "The dollar gained against the yen": the dollar's side of a currency the bundle prices per dollar
_DOLLAR_AGAINST = rx.compile(
    r"\b(?:the\s+)?(?:U\.?S\.?\s+|US\s+)?dollar\s+(?:was\s+|has\s+|had\s+)?(?P<v>[a-z]+(?:\s+ground)?)\s+"
    r"(?:\w+\s+)?against\s+the\s+", re.I)


# The dollar's side of a rate quoted per dollar, or the pair itself ("USD/JPY", "dollar/yen"):
# each moves with the number, where the other currency moves against it
_DOLLAR_SIDE = rx.compile(r"(?:the\s+)?(?:U\.?S\.?\s+|US\s+)?(?:dollar|greenback)\b(?![/-])|USD\b(?!/)|"
                          r"(?:the\s+)?(?:USD|dollar)\s*[/-]\s*[A-Za-z]+\b|(?:the\s+)?pair\b", re.I)


# A verb whose object is a move: "added to losses", "extended its gains", "pared early losses".
_OBJECT_AFTER = rx.compile(r"\s+(?:its|their|his|her|the|a|an)\s+(?!(?:shares?|stock|price|value|little|touch|bit|tad"
                           r"|shade|fraction|further|fresh|record|new|high|low|lot|tenth|quarter|half|third)\b)\w", re.I)
_MOVE_OBJECT = rx.compile(r"\s+(?:to\s+)?(?:(?:its|their|the|early|earlier|initial|some|recent|session)\s+){0,2}"
                          r"(?P<noun>losses|declines|falls|gains|advances|rises|rally)\b", re.I)
# Verbs that undo a move: "erased its gains" is a fall. "Pared its losses" is still a fall (a
# smaller one), so paring or trimming keeps the move's own direction.
_UNDO = frozenset({"erased", "reversed", "gave up", "gave back", "wiped", "lost"})  # "lost early session gains"


# The market as a whole, named by its shares, opening the sentence with no figure: "Stocks closed
# lower on Wall Street Wednesday", "Seoul shares closed lower Tuesday", "- Sweden stocks were lower
# after the close". A sector ("Bank stocks", "Chinese tech shares") or a part ("Other Asian
# indices", "Most stocks") is not the market.
_MARKET_SUBJECT = rx.compile(
    # an optional dateline first: "New York, Sep 26 (IANS)", "LONDON, Feb 22 (Reuters) -"
    r"(?P<dateline>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Za-z]+\)\s*)?"
    r"[\s\-\u2013\u2014]*(?:[Tt]he\s+)?(?:(?!(?:Other|Some|Many|Most|Few|Several|Bank|Banking|Tech|Technology|Chip|Energy|Oil"
    r"|Mining|Property|Defen[cs]e|Auto|Retail|Consumer|Health\w*|Pharma\w*|Utility|Utilities|Financial|Industrial"
    r"|Insurance|Airline|Shipping|Steel|Gold|Growth|Value|Small|Large|Mid|Bond|Currency|Emerging|Money|Credit|Commodity"
    r"|Frontier|Crypto|Futures)\b)(?:[A-Z][\w.'&-]*|and)\s+){0,4}"
    # "US markets ended higher", "Wall Street closed lower"; "Oil prices settled higher", "Crude fell"
    r"(?:(?P<noun>[Ss]tocks|[Ss]hares|[Ee]quities|[Ss]tock\s+markets?|[Bb]ourses?|(?<=[A-Z]{2}\s)markets|Wall\s+Street)"
    r"|(?P<oil>(?:[Oo]il|[Cc]rude(?:\s+oil)?)(?:\s+(?:prices|futures|benchmarks))?))\s+(?:(?:were|was|have|had|are|is)\s+)?"
    r"(?:(?:closed|ended|finished|settled|traded)\s+)?(?:(?:slightly|marginally|sharply|modestly|broadly|a\s+touch)\s+)?"
    r"(?P<w>higher|lower|up|down|rose|fell|gained|dropped|declined|climbed|advanced|slipped|slid|retreated|rallied"
    r"|tumbled|(?:edged|moved|inched)\s+(?:higher|lower|up|down)"
    # "saw gains on Wednesday", "extended their slide on Friday": the move as a noun
    r"|(?:saw|posted|made|recorded|notched|booked|logged)\s+(?:(?:modest|slight|small|broad|strong|sharp|steep|heavy)\s+)?"
    r"(?:gains|losses|declines|advances)|extended\s+(?:their|its)\s+(?:slide|losses|decline|declines|gains|rally|advance|rise))\b")
_COMMA = rx.compile(r",\s+")
_MARKET_UP = frozenset({"higher", "up", "rose", "gained", "climbed", "advanced", "rallied", "gains", "advances", "rally",
                        "advance", "rise"})
# A stock index among the bundle's entities, by its name ("IDX Composite", "OMX Stockholm 30",
# "Korea Composite Stock Price Index"); not the dollar's or volatility's.
_INDEX_NAME = rx.compile(
    r"(?i)^(?!.*\b(?:dollar|volatility|vix|bond|yield|currency|sector)\b).*\b(?:index|composite|average|nikkei|topix|kospi"
    r"|kosdaq|sensex|nifty|dax|cac|ftse|stoxx|s&p|nasdaq|dow|hang\s+seng|taiex|straits\s+times|asx|ibovespa|bovespa"
    r"|merval|psei|klci|jci|idx|omx|smi|aex|ibex|mib|csi|sse|szse|chinext|russell|tsx|jse|set|ipc|bist|wig|tase)\b")


# An oil benchmark among the bundle's entities: "Brent crude", "WTI", "Brent crude futures".
_OIL_NAME = rx.compile(r"(?i)^(?!.*\b(?:inventor|stocks?|exports?|imports?|output|production|demand|supply)\w*\b)"
                       r".*\b(?:brent|wti|west\s+texas|crude|oil)\b")


# Levels that move with the entity's own price change: a close, a price, an exchange rate.
_PRICE_LEVEL = rx.compile(r"(?:^|_)(?:close|closing|price|fx_rate|rate_close|level|spot|settle|settlement|last)(?:_|$)")
_THAT = rx.compile(r"\s*that\b", re.I)
_OVER_THE_YEAR = rx.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)\b", re.I)


# the span a change is over, said in words: "year-on-year", "annual"; "month-on-month", "from August"
_SPAN_WORDS = rx.compile(r"\b(?:year[\s-]on[\s-]year|y/y|yoy|annual(?:ly)?|month[\s-]on[\s-]month|m/m|mom|quarter\w*|q/q|qoq"
                         r"|monthly|(?:compared\s+(?:to|with)|from)\s+(?:the\s+previous\s+month|last\s+month))\b", re.I)


def _year_before(index: FactIndex, fact: Fact) -> Fact | None:
    """The same series' reading for the same period a year earlier, if the evidence has it."""
    start, end = fact_interval(fact.period)
    for f in index.by_entity.get(fact.entity, ()):
        if f is fact or f.metric != fact.metric or f.unit != fact.unit:
            continue
        s, e = fact_interval(f.period)
        if abs((start - s).days - 365) <= 3 and abs((end - e).days - 365) <= 3:
            return f
    return None


def _latest(facts: list[Fact]) -> Fact | None:
    return max(facts, key=lambda f: fact_interval(f.period)[1], default=None)


def _one_day(f: Fact) -> bool:
    """A fact of a single day: a session's move or reading ("2025-11-28", "2025-11-28/2025-11-28")."""
    start, end = fact_interval(f.period)
    return start == end


def previous_reading(index: FactIndex, fact: Fact, year_ago: bool = False) -> Fact | None:
    """The same entity's, metric's and unit's reading for the period just before ``fact``'s
    (monthly or longer), or with ``year_ago`` the same period a year earlier when there is none
    ("lower third-quarter earnings" compares with the third quarter of last year)."""
    start, end = fact_interval(fact.period)
    same = [f for f in index.by_entity.get(fact.entity, ()) if f.metric == fact.metric and f.unit == fact.unit
            and f is not fact]
    for f in same:
        s, e = fact_interval(f.period)
        if e + timedelta(days=1) == start and (e - s) >= timedelta(days=27):
            return f
    if start == end:  # a day's reading: the session before it, over a weekend or a holiday
        days = [f for f in same
                if _one_day(f) and timedelta(days=1) <= start - fact_interval(f.period)[0] <= timedelta(days=4)]
        if days:
            return max(days, key=lambda f: fact_interval(f.period)[0])
        if _SET_AT_MEETINGS.search(fact.metric):
            # a rate a central bank sets is the one of its last decision, weeks before: "raised its
            # policy rate to 8%" compares with the rate decided at the meeting before
            decided = [f for f in same if _one_day(f) and timedelta(days=1) <= start - fact_interval(f.period)[0] <= timedelta(days=400)]
            if decided:
                return max(decided, key=lambda f: fact_interval(f.period)[0])
    return _year_before(index, fact) if year_ago else None


_SET_AT_MEETINGS = rx.compile(r"policy_rate|repo_rate|(?:^|_)(?:rrr|crr)(?:$|_)|reserve_requirement|reserve_ratio|bank_rate|cash_rate|discount_rate")


_RANKED = rx.compile(r"(?:\s+(?:over|in|during)\s+the\s+same\s+period|\s+(?:so\s+far\s+)?(?:this|last)\s+year"
                     r"|\s+(?:over\s+the|this)\s+month"  # a note's bullets after the first: "rose 2.2% over the month"
                     r"|\s+year[\s-]to[\s-]date"
                     r"|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                     r"(?:\s+\d{4})?|\s+(?:that|on\s+the)\s+day)?,\s*(?P<w>ahead of|behind)\s+"
                     r"(?P<n>both stocks|both of them|both|all (?:three|four|five|six) (?:stocks|of them)|every one of the stocks"
                     r"|all of the stocks)\b", re.I)
_NOT_A_STOCK = frozenset({"fx_rate", "bond_yield", "yield", "yield_change"})
_MOVE_NOUN = rx.compile(r"\b(?:rise|gain|advance|jump|rally|fall|drop|decline|loss|slide)\b", re.I)
_CONTRAST = rx.compile(r"\b(?:although|though|but|while|whereas)\s*$", re.I)
_SHORT_OF = rx.compile(r"\s+short\s+of\b", re.I)
# "Shares of Zoom jumped after the bell": a move outside the session, which a session's change
# in the evidence does not decide
_EXTENDED_HOURS = rx.compile(r"\b(?:after\s+the\s+(?:bell|close)|after[\s-]hours?|extended\s+trading"
                             r"|pre-?market|before\s+the\s+(?:bell|open))\b", re.I)
# "the FTSE 100 Index fell into the red in mid-morning but rebounded": a move within the session,
# not the session's own
_INTRADAY = rx.compile(r"[^.;,]{0,25}?\b(?:in\s+(?:early|mid)[\s-]*(?:morning|afternoon|day|session|trade|trading|deals)"
                       r"|in\s+(?:the\s+)?(?:morning|afternoon)(?:\s+(?:trade|trading|session|deals))?\b|at\s+the\s+open(?:ing)?\b"
                       r"|early\s+on\b|intraday|at\s+one\s+point)", re.I)
_REASON = rx.compile(r"\s(?:as|after|amid|following)\s(?!(?:much|many|well|long|high|low|little|few)\b)", re.I)


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


_OWN_SUBJECT = rx.compile(r".*\b(?:as|while|whereas|although|though|but)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.I | re.S)


# "Sixteen stocks in the VN30 basket", "constituents of the index" (but "shares of Foundation
# Medicine" are the company's own)
_CONSTITUENTS_OF = rx.compile(r"\b(?:(?:stocks|shares|companies|issues|counters|names)\s+(?:in|on|from)"
                              r"|(?:constituents|members|components)\s+(?:of|in))\s+(?:the\s+)?$", re.I)
_STREAK_AFTER = rx.compile(r"\s+(?:for\s+(?:the\s+)?(?:past|last)\s+\w+\s+(?:trading\s+)?(?:sessions|days|weeks)"
                           r"|for\s+(?:a|the)\s+\w+\s+(?:straight|consecutive)|\w+\s+(?:sessions|days)\s+in\s+a\s+row)", re.I)


_SPAN_AND_BASIS = frozenset({*METRIC_QUALIFIERS, "change", "growth", "annualized", "annualised"})


# a metric that is no reading of the measure: what was expected of it, or said of it before
_NOT_A_READING = frozenset({"consensus", "forecast", "forecasts", "expected", "estimate", "previous", "prior", "target",
                            "guidance", "outlook", "projection", "survey", "poll"})
# a noun after a measure's name that makes it another measure ("a decline in profit margin", "lower
# earnings forecasts"): the words' move is that one's
_OTHER_MEASURE_AFTER = frozenset({"margin", "margins", "ratio", "ratios", "forecast", "forecasts", "target", "targets",
                                  "outlook", "guidance", "estimate", "estimates", "expectations", "share", "shares"})
# a move ranked against others or against history ("the first annual drop in GDP since 2022", "the
# biggest decline in profits"): no claim about the period's own sign
_RANK_BEFORE = frozenset({"first", "biggest", "largest", "sharpest", "steepest", "worst", "smallest", "best", "only",
                          "fastest", "slowest", "strongest", "weakest", "deepest", "second", "third"})
_SHARES_WORDS = frozenset({"shares", "stocks", "equities"})
_WORD_BEFORE = rx.compile(r"(?<![\w'\u2019])([A-Za-z-]+)\s+$")
# the words before "shares" that leave them the market's own ("local shares", "the shares")
_SHARES_OF_ALL = frozenset({"the", "its", "their", "of", "in", "and", "while", "but", "as", "with", "a", "an", "all", "other",
                            "local", "domestic", "foreign", "asian", "european", "global", "world", "regional", "listed",
                            "onshore", "offshore", "mainland", "overall", "broader", "wider", "most", "many", "some",
                            "when", "after", "before", "since", "where", "whereas", "although", "though", "that"})
_COMPARATIVES = frozenset({"lower", "higher", "weaker", "stronger", "slower", "faster"})


def _measure_words(metric: str) -> frozenset[str]:
    """A metric key's words that name its measure: "net_income_change" and "net_income" are both
    {net, income}; "gdp_qoq" and "gdp_yoy" both {gdp}."""
    return frozenset(w for w in metric.lower().split("_") if w not in _SPAN_AND_BASIS)


class DirectionClaims:
    def __init__(self, doc: Document, vocab: Vocabulary, index: FactIndex, mentions: DocMentions, as_of) -> None:
        self.doc, self.vocab, self.index, self.mentions, self.as_of = doc, vocab, index, mentions, as_of
        self.phrases = bundle_metric_phrases(index.metrics)
        self._stem_cache: dict[tuple[str, ...], tuple[list[str], list[str]]] = {}

    def check(self, contexts: list[FigureContext]) -> list[Finding]:
        out = self._levels_reached(contexts) + self._largest_moves(contexts) + self._ranked_against(contexts)
        starts = sorted(fc.fig.start for fc in contexts)
        text = self.doc.text
        for sent in self.doc.sentences:
            if sent.kind not in ("text", "item", "heading"):
                continue
            market = self._market_claim(sent, starts)
            if market:
                out.append(market)
                continue
            cuts = [sent.start, *[m.end() for m in _CLAUSE.finditer(text, sent.start, sent.end)], sent.end]
            for cs, ce in zip(cuts, cuts[1:]):
                i = bisect_left(starts, cs)
                if i < len(starts) and starts[i] < ce:
                    continue  # a figure is there: the figure rules judge its direction
                if (dollar := _DOLLAR_AGAINST.search(text, cs, ce)) is not None:
                    found = self._dollar_claim(sent, dollar, ce)  # the dollar's side: not a claim about the other
                else:
                    found = self._claim(sent, cs, ce)
                if found:
                    out.append(found)
        return out

    def _dollar_claim(self, sent, m: re.Match, ce: int) -> Finding | None:
        """"The dollar gained against the yen" (``m``, in a clause ending at ``ce``), with no
        figure: the dollar's direction is the other currency's, turned round (its own move
        against the dollar in the span the sentence names, else the session's rate against the
        reading before, else a one-day move)."""
        text = self.doc.text
        if _NOT_ASSERTED.search(text, sent.start, m.start("v")):
            return None
        verb = m.group("v").lower()
        sign = _STRENGTH.get(verb) or self.vocab.direction_of.get(verb) or (
            {"gained ground": 1, "lost ground": -1}.get(" ".join(verb.split())))
        if not sign:
            return None
        other = next((x for x in self.mentions(m.end(), ce) if x.entity and x.start == m.end()), None)
        if other is None:
            return None
        own = self.index.by_entity.get(other.entity, ())
        moves = [f for f in own if f.metric == "price_change" and f.unit == "%"]
        periods = [p for p in find_periods(text, sent.start, sent.end, self.as_of) if not p.base]
        if periods:
            moves = [f for f in moves if any(p.interval[0] <= fact_interval(f.period)[0]
                                             and fact_interval(f.period)[1] <= p.interval[1] for p in periods)]
        else:
            # no span said: the session the story is about, from the rate against the reading
            # before ("The US dollar rose sharply against the yen" on an intervention day, in a year
            # the yen gained 7%), else a one-day move
            rate = _latest([f for f in own if f.metric == "fx_rate" and len(f.period) == 10])
            prev = previous_reading(self.index, rate) if rate is not None else None
            if rate is not None and prev is not None:
                up = _sign(rate.value - prev.value)  # the rate in the currency per dollar: the dollar's way
                truth = up if quoted_against_itself(rate) else -up
                why = f"{prev.id} = {prev.value:g} -> {rate.id} = {rate.value:g} {rate.unit}"
                return self._dollar_finding(m, other, sign, truth, why, rate)
            moves = [f for f in moves if _one_day(f)]
        if not moves or len({_sign(f.value) for f in moves}) != 1 or not moves[0].value:
            return None
        fact = _latest(moves)
        why = f"the {other.entity} {'rose' if fact.value > 0 else 'fell'} against it: {fact.id} = {fact.value:g} %"
        return self._dollar_finding(m, other, sign, -_sign(fact.value), why, fact)

    def _dollar_finding(self, m: re.Match, other, sign: int, truth: int, why: str, fact: Fact) -> Finding | None:
        """A wrong direction when the evidence's way (``truth``, 0: none) is not the claimed one."""
        if not truth or truth == sign:
            return None
        text = self.doc.text
        return WrongDirection.finding(
            m.start(), other.end, text[m.start():other.end],
            f"the text says the dollar went {'up' if sign > 0 else 'down'} against the {other.entity}, but {why}",
            [fact.id])

    # -- "consumer prices fell", "factory activity expanded" ------------------------------
    def _claim(self, sent, cs: int, ce: int) -> Finding | None:
        text, vocab = self.doc.text, self.vocab
        if _EXTENDED_HOURS.search(text, cs, ce):
            return None
        toks = self.doc.tokens(cs, ce)
        hits = vocab.metric_hits(toks, self.phrases)  # read once: the noun claim reads the same
        hit = self._noun_claim(sent, toks, hits) or self._entity_claim(sent, toks)
        if hit:
            return hit
        for a, b, keys in hits:
            metrics = self._bundle_metrics(keys)
            if not metrics:
                continue
            after = [t for t in toks if t[0] >= b]
            if after and after[0][2].lower() in _OTHER_MEASURE_AFTER:
                continue  # "profit margins fell": another measure than profit
            if text[a:b].lower() in _SHARES_WORDS and (w := _WORD_BEFORE.search(text, max(sent.start, a - 30), a)) \
                    and w.group(1).islower() and w.group(1) not in _SHARES_OF_ALL:
                continue  # "while bank and steel shares slumped": a sector's shares, not the market's
            tail = False  # ("the annual inflation rate eased": the measure's own last word)
            while after and after[0][2].lower() in _AUX | _MEASURE_TAIL:
                tail = tail or after[0][2].lower() in _MEASURE_TAIL
                after = after[1:]
            verb = None
            for n in (2, 1):
                phrase = " ".join(t[2].lower() for t in after[:n])
                if len(after) >= n and phrase in vocab.direction_of:
                    verb = (phrase, after[0][0], after[n - 1][1])
                    break
            last = next((t for t in reversed(toks) if t[1] <= b), None)
            if verb is None and last is not None and last[1] == b and last[2].lower() in _EXPANSION \
                    and last[0] > a:
                # "the economy grew", "economy contracted": the measure's name ends on its verb (read
                # against whichever span of the measure the sentence names)
                verb = (last[2].lower(), last[0], last[1])
                metrics = self._bundle_metrics(keys, spans=True)
            if verb is None or verb[0] in _NOT_VERBS or _STREAK_AFTER.match(text, verb[2]) \
                    or _SHORT_OF.match(text, verb[2]):  # "the fiscal deficit fell short of expectations"
                continue
            # a forecast or a denial in the claim's own clause, or before a "that" it hangs on ("the
            # forecast of four cuts remains, despite data showing inflation has eased" is asserted)
            scope = sent.start if _THAT.match(text, cs) else cs
            if _NOT_ASSERTED.search(text, scope, verb[2]) or _HAD.search(text, b, verb[1]):
                continue  # (and "The stock had surged on expectations ...": an earlier move, undated)
            fact = self._fact(metrics, sent, cs, ce, a)
            if fact is None:
                continue
            phrase, word = text[a:b], verb[0]
            claimed = vocab.direction_of[word]
            if word in _EXPANSION and _ACTIVITY.search(phrase):  # "activity expanded": the 50 line
                truth = _sign(fact.value - 50.0)
                if truth and truth != claimed:
                    return WrongDirection.finding(
                        a, verb[2], text[a:verb[2]], f"the text says {'expansion' if claimed > 0 else 'contraction'} "
                        f"but {fact.id} = {fact.value:g} is {'above' if truth > 0 else 'below'} 50", [fact.id])
                continue
            # "the PMI rose", "inflation eased": the reading against the one before it
            # ("the annual CPI rate has fallen": a rate named as such moves against its last reading)
            level = fact.metric.startswith("pmi") or "inflation" in phrase.lower() or tail
            if word in _PACE_VERBS and _GROWTH_RATE.search(fact.metric):
                # "industrial production slowed" while it still grew 5.1% (after 5.3%): the pace of a
                # growth rate, against the reading before, not the sign of the growth
                level = True
            if level and _OVER_THE_YEAR.search(text, verb[2], ce):
                # "Inflation has fallen over the past year": against the reading a year before,
                # not last month's; no judgement when the evidence has none
                prev = _year_before(self.index, fact)
                found = None if prev is None else self._judge(fact, claimed, a, verb[2], level=True, prev=prev)
                if found:
                    return found
                continue
            found = self._judge(fact, claimed, a, verb[2], level=level)
            if found:
                return found
        return None

    def _bundle_metrics(self, keys: list[str], spans: bool = False) -> list[str]:
        """The bundle's metrics the words' measures name (with ``spans``, every span of it): the same keys, else the bundle's changes of
        the same measure ("profits climbed" names net_income, which a bundle may file as net_income_change;
        "the economy grew" names gdp_yoy, filed as gdp_qoq): a move is a change's sign, whatever its key."""
        hit: tuple[list[str], list[str]] | None = self._stem_cache.get(tuple(keys))
        if hit is None:
            # the same measure's words, its span and basis aside (not "trading_revenue_yoy" for "revenue",
            # nor a forecast's "cpi_fy27q1" for "inflation"); with ``spans``, the words' own key and its
            # siblings of another span ("output shrank in the latest quarter" with gdp_yoy and gdp_qoq:
            # the words say which span, or the claim is not judged)
            own = [k for k in keys if k in self.index.metrics]
            said = {_measure_words(k) for k in keys}
            same = [m for m in self.index.metrics if self.index.is_change(m) and _measure_words(m) in said
                    and not _NOT_A_READING.intersection(m.split("_"))]
            hit = self._stem_cache[tuple(keys)] = (sorted(own), sorted({*own, *same}) if own else sorted(same))
        return hit[1] if spans else (hit[0] or hit[1])

    def _judge(self, fact: Fact, claimed: int, a: int, b: int, level: bool = False,
               prev: Fact | None = None) -> Finding | None:
        """The claim's sign against the fact's (a change) or its move from the previous reading (a
        level), or from ``prev`` when the words name the reading to compare with."""
        if _STOCK_WORD.search(self.doc.text, a, b) and COMMODITY_WORDS.intersection(fact.entity.lower().split()):
            # "falling stock prices aided gold's surge", "zinc stock increases": shares, or a metal's
            # warehouse stocks, are not the good's price
            return None
        if level or not self.index.is_change(fact.metric):
            prev = prev or previous_reading(self.index, fact, year_ago=not level)
            if prev is None:
                return None
            truth, why = _sign(fact.value - prev.value), f"{prev.id} = {prev.value:g} -> {fact.id} = {fact.value:g}"
            if quoted_against_itself(fact) and not _DOLLAR_SIDE.match(self.doc.text, a):
                # "the peso closed weaker" while pesos per dollar rose 48.38 -> 48.43: the same move
                # ("the dollar strengthened" is the rate's own way)
                truth, why = -truth, why + f" {fact.unit} per dollar"
        else:
            truth, why = _sign(fact.value), f"{fact.id} = {fact.value:g} {fact.unit}"
        if truth and truth != claimed:
            return WrongDirection.finding(
                a, b, self.doc.text[a:b], f"the text says {'up' if claimed > 0 else 'down'} but the evidence says "
                f"{'up' if truth > 0 else 'down'}: {why}", [fact.id])
        return None

    def _noun_claim(self, sent, toks, hits) -> Finding | None:
        """"a decline in consumer prices", "lower third-quarter earnings": the direction before the
        metric. ``hits``: the measures' names among the tokens (Vocabulary.metric_hits)."""
        text = self.doc.text
        for a, b, keys in hits:
            metrics = self._bundle_metrics(keys)
            if not metrics:
                continue
            before = [t for t in toks if t[1] <= a][-4:]
            words = [t[2].lower() for t in before]
            claimed, start = 0, None
            if len(words) >= 2 and words[-1] == "in" and words[-2] in _NOUNS:
                if len(words) >= 3 and words[-3] in _EARLIER:
                    continue  # "cashed in on a recent jump in share prices": another period's move
                claimed, start = _NOUNS[words[-2]], before[-2][0]
            else:
                for k in range(len(words) - 1, max(-1, len(words) - 3), -1):
                    if words[k] in _ADJECTIVES:
                        claimed, start = _ADJECTIVES[words[k]], before[k][0]
                        break
                    if not re.fullmatch(r"[a-z]+-(?:quarter|year|half|month)|annual|quarterly|monthly|full-year", words[k]):
                        break
            if not claimed or _NOT_ASSERTED.search(text, sent.start, b) or _THAN_EXPECTED.match(text, b):
                continue  # ("slightly higher inflation pressures than had been expected": against a forecast)
            nxt = next((t for t in toks if t[0] >= b), None)
            if (nxt is not None and nxt[2].lower() in _OTHER_MEASURE_AFTER) or _RANK_BEFORE.intersection(words):
                continue
            if nxt is not None and nxt[2].lower() in _NOUNS and claimed != _NOUNS[nxt[2].lower()]:
                continue  # "exports recorded a stronger quarter-on-quarter decrease": the word sizes a fall
            fact = self._fact(metrics, sent, sent.start, sent.end, a)
            if fact is not None:
                # "a slowdown in GDP growth": the pace of a growth rate, against the reading before,
                # not the sign of the growth (as "slowed" is)
                pace = words[-2:-1] and words[-2] in _PACE_NOUNS and (
                    _GROWTH_RATE.search(fact.metric) or re.search(r"\b(?:growth|inflation)\b", text[a:b], re.I))
                # ("lower GDP growth this quarter": a comparative of a growth rate is its pace too)
                pace = pace or (words[-1:] and words[-1] in _COMPARATIVES and text[a:b].lower().endswith("growth"))
                found = self._judge(fact, claimed, start, b, level="inflation" in text[a:b].lower() or bool(pace))
                if found:
                    return found
        return None

    def _entity_claim(self, sent, toks) -> Finding | None:
        """"the Kospi edged higher": a named index or company and a move, with no figure."""
        text = self.doc.text
        for m in self.mentions(sent.start, sent.end):
            if not m.entity or not any(t[0] >= m.start for t in toks) or m.start < toks[0][0]:
                continue
            after = [t for t in toks if t[0] >= m.end]
            while after and after[0][2].lower() in _AUX | _AFTER_NAME:
                after = after[1:]
            own = self.index.by_entity.get(m.entity, ())
            # its own % move, where it has one, says more ("the rouble was 0.8% weaker against the dollar"
            # beside the day before's low, 72.63 -> 69.74: a move is read against the move, not two quotes)
            fx = [] if any((f.metric == "price_change" or self.index.is_change(f.metric)) and f.unit == "%" for f in own) else \
                [f for f in own if f.metric == "fx_rate"]
            if fx:
                # "the rand was slightly firmer against the dollar": a currency's strength words
                while after and after[0][2].lower() in _DEGREE:
                    after = after[1:]
                if after and after[0][2].lower() in _STRENGTH:
                    verb = (after[0][2].lower(), after[0][1])
                    found = self._currency_claim(fx, _STRENGTH[verb[0]], m.start, verb[1], sent)
                    if found:
                        return found
                    continue
            verb = None
            for n in (2, 1):
                phrase = " ".join(t[2].lower() for t in after[:n])
                if len(after) >= n and phrase in self.vocab.direction_of and phrase not in _NOT_VERBS:
                    verb = (phrase, after[n - 1][1])
                    break
            if verb is None and after and after[0][2].lower() in ("led", "leads", "pulled", "pushed", "dragged", "drove"):
                # "The Nasdaq Composite led the indices lower", "dragged the market down": the
                # mover's own direction
                way = next((t for t in after[1:5] if t[2].lower() in ("higher", "lower", "up", "down")), None)
                if way is not None:
                    verb = ({"up": "higher", "down": "lower"}.get(way[2].lower(), way[2].lower()), way[1])
            if verb is None and len(after) > 1 and after[0][2].lower() in ("trading", "traded", "trade", "trades") \
                    and after[1][2].lower() in _CLOSE_DIRECTION:
                # "Canola futures are trading lower Wednesday morning": the session's way so far
                verb = (after[1][2].lower(), after[1][1])
            if verb is None and after and after[0][2].lower() in _CLOSED:
                # "the JSE all share closed slightly weaker", "the FTSE 100 ended lower": a close
                # verb, an adverb or two, then the day's direction
                rest = [t for t in after[1:4] if t[2].lower() not in _AUX | {"marginally", "a", "touch", "little"}]
                word = rest[0][2].lower() if rest else ""
                if word in _CLOSE_DIRECTION and not (len(rest) > 1 and rest[1][2].lower() == "than"):
                    verb = (word, rest[0][1])
                elif word == "in" and (side := _IN_COLOUR.match(text, rest[0][0])):
                    # "Other European markets also finished in green", "closed in the red"
                    verb = ("higher" if side.group(1).lower() in ("green", "positive") else "lower", side.end())
            if verb is None and (nm := _NOUN_MOVE.match(text, m.end)) is not None:
                # "snapped its record-setting rally", "closed Wednesday's session with losses",
                # "experienced a setback", "reversed its upward trend": the move as a noun
                verb = ("higher" if _noun_move_sign(nm) > 0 else "lower", nm.end())
            if verb is None or _NOT_ASSERTED.search(text, sent.start, verb[1]):
                continue
            if _INTRADAY.match(text, verb[1]):
                continue  # "fell into the red in mid-morning but rebounded": a move within the session
            if _HAD.search(text, m.end, verb[1]):
                # "The stock had surged on expectations that ...": a move before the one the story
                # reports, which the evidence does not date
                continue
            if _CONSTITUENTS_OF.search(text, max(sent.start, m.start - 40), m.start) or _STREAK_AFTER.match(text, verb[1]):
                # "Sixteen stocks in the VN30 basket edged down": its members, not the index; "has
                # risen for the past four trading sessions": a run of days, not the day's move
                continue
            sign = _CLOSE_DIRECTION.get(verb[0]) or self.vocab.direction_of[verb[0]]
            obj = _MOVE_OBJECT.match(text, verb[1])
            if obj is None and _OBJECT_AFTER.match(text, verb[1]):
                continue  # "TSMC lifted its revenue forecast": the verb acts on an object, not the price
            if obj is not None:
                # "the pound added to losses", "pared its gains": the verb acts on a move, and the
                # move's own direction (kept or turned back) is the claim
                noun = 1 if obj.group("noun").lower().startswith(("gain", "advance", "rise", "rall")) else -1
                sign = -noun if verb[0] in _UNDO else noun
            # (a yield's own move, in points: "the 10-year yield fell this month" with a 31-basis-point
            # rise had passed, a yield's facts having no price change)
            facts = [f for f in self.index.by_entity.get(m.entity, ()) if (f.metric == "price_change" and f.unit in ("%", "pts"))
                     or (f.metric == "yield_change" and f.unit in ("pp", "bp"))]
            # ("the largest daily loss in five years, although oil giant Aramco edged higher": the span of a
            # superlative is no period of the move)
            periods = [p for p in find_periods(text, sent.start, sent.end, self.as_of) if not p.base
                       and not SUPERLATIVE_BEFORE.search(text, max(sent.start, p.start - 40), p.start)]
            if periods:
                # the fact's span inside the one the sentence names: "closed down on Wednesday" is
                # not a claim about the year to date that contains Wednesday
                facts = [f for f in facts if any(p.interval[0] <= fact_interval(f.period)[0]
                                                 and fact_interval(f.period)[1] <= p.interval[1] for p in periods)]
                # "led the indices higher this year": the year's move, where the evidence has it,
                # not a shorter one inside it
                def gap(f: Fact, p) -> int:
                    a, b = fact_interval(f.period)
                    return abs((a - p.interval[0]).days) + abs((b - p.interval[1]).days)
                def nearest(f: Fact):
                    return min(periods, key=lambda p: gap(f, p))
                best = min((gap(f, nearest(f)) for f in facts), default=None)
                # (and not a span far shorter than the period it is nearest: "Looking back at this year's
                # market, the TAIEX has fallen continuously" is no claim on the day's move)
                facts = [f for f in facts if gap(f, nearest(f)) == best
                         and _days(fact_interval(f.period)) * 4 >= _days(nearest(f).interval)]
            else:  # no period said: the latest single-day move, the session the story is about
                facts = [f for f in facts if _one_day(f)]
            fact = _latest(facts)
            if fact is not None:
                found = self._judge(fact, sign, m.start, verb[1])
                if found:
                    return found
            elif fx and _AGAINST.match(text, verb[1], sent.end):
                # "the won rebounded against the U.S. dollar": its rate against the reading before
                # (not "the rand slid in afternoon trade": a move within the day)
                found = self._currency_claim(fx, sign, m.start, verb[1], sent)
                if found:
                    return found
        return None

    def _market_claim(self, sent, figure_starts: list[int]) -> Finding | None:
        """"Stocks closed lower": against every stock index's move for the session, when they agree."""
        text = self.doc.text
        # at the sentence's start, or the main clause's after an opening phrase ("After a slight
        # slide on Thursday, the U.S. stocks extended their slide on Friday")
        starts = [sent.start, *(c.end() for c in _COMMA.finditer(text, sent.start, sent.end))]
        m = next((x for x in (_MARKET_SUBJECT.match(text, a, sent.end) for a in starts) if x), None)
        if m is None or _NOT_ASSERTED.search(text, sent.start, m.end()):
            return None
        lead = m.end("dateline") if m.group("dateline") else m.start()
        if m.group("oil") and text[lead:m.start("oil")].strip(" \t\n-\u2013\u2014") not in ("", "The", "the"):
            return None  # "Russian oil exports fell": a part of the oil market, not its price
        if m.group("noun") == "Shares" and not text[lead:m.start("noun")].strip(" \t\n-\u2013\u2014"):
            return None  # a bare "Shares rose 3% after hours" in an earnings story is the company's
        brk = _CLAUSE.search(text, m.end(), sent.end)
        i = bisect_left(figure_starts, m.start())
        if i < len(figure_starts) and figure_starts[i] < (brk.start() if brk else sent.end):
            return None  # a figure in the claim's clause ("Sep 26" is a dateline, not one): its own rules judge it
        named = _OIL_NAME if m.group("oil") else _INDEX_NAME
        moves = [f for e, facts in self.index.by_entity.items() if named.match(e)
                 for f in facts if f.metric == "price_change" and f.unit in ("%", "pts", *(("USD",) if m.group("oil") else ()))]
        # the dateline's day is the story's, not the session's ("New York, Sep 26 (IANS) US stocks
        # closed lower" reports the 25th)
        periods = [p for p in find_periods(text, lead, sent.end, self.as_of) if not p.base]
        if not periods and not m.group("dateline"):
            # a period only in an opening phrase is the claim's ("In the week ending Jan. 25, oil prices fell")
            periods = [p for p in find_periods(text, sent.start, lead, self.as_of) if not p.base]
        spans = [f for f in moves if not _one_day(f) and any(
            p.grain != "day" and agree_change(p.interval, fact_interval(f.period)) for p in periods)]
        if spans:  # "In the week ending Jan. 25, oil prices fell": that week's moves
            moves = spans
        elif periods:  # "closed lower Tuesday": that session's moves
            moves = [f for f in moves if _one_day(f) and any(
                p.interval[0] <= fact_interval(f.period)[0] <= p.interval[1] for p in periods)]
        else:  # no period said: the latest session's
            moves = [f for f in moves if _one_day(f)]
            last = max((fact_interval(f.period)[0] for f in moves), default=None)
            moves = [f for f in moves if fact_interval(f.period)[0] == last]
        region = _REGION_WORD.search(text, lead, m.start("noun")) if m.group("noun") else None
        if region is not None and not any(region.group("stem").lower() in f.entity.lower() for f in moves):
            return None  # "Asian stocks were up" in a story whose indexes are Wall Street's: another market
        signs = {_sign(f.value) for f in moves}
        if len(signs) != 1 or 0 in signs:
            return None  # no index moved, or they went different ways: a mixed market
        truth = signs.pop()
        claimed = 1 if m.group("w").split()[-1].lower() in _MARKET_UP else -1
        if claimed == truth:
            return None
        start = lead + len(text[lead:m.end()]) - len(text[lead:m.end()].lstrip(" \t-\u2013\u2014"))
        shown = ", ".join(f"{f.id} = {f.value:g} {f.unit}" for f in moves if f.unit == "%" or not any(
            g.entity == f.entity and g.unit == "%" for g in moves))
        return WrongDirection.finding(
            start, m.end(), text[start:m.end()],
            f"the text says the market went {'up' if claimed > 0 else 'down'} but every index in the evidence "
            f"went {'up' if truth > 0 else 'down'}: {shown}", [f.id for f in moves])

    def _currency_claim(self, fx: list[Fact], sign: int, a: int, b: int, sent) -> Finding | None:
        """A currency said to strengthen or weaken, against its latest rate and the one before it
        (a rate quoted in the currency itself moves the other way: _judge inverts it)."""
        periods = [p for p in find_periods(self.doc.text, sent.start, sent.end, self.as_of) if not p.base]
        days = [f for f in fx if len(f.period) == 10]
        if periods:
            days = [f for f in days if any(p.interval[0] <= fact_interval(f.period)[0] <= p.interval[1] for p in periods)]
        fact = _latest(days)
        return self._judge(fact, sign, a, b, level=True) if fact is not None else None

    def _fact(self, metrics: list[str], sent, cs: int, ce: int, at: int) -> Fact | None:
        named = {m.entity for m in self.mentions(sent.start, sent.end) if m.entity}
        if _OWN_SUBJECT.match(self.doc.text, at - 40 if at - 40 > cs else cs, at):
            # "Irish shares fell, bucking the European trend as the major stocks increased": a
            # clause with its own subject speaks of none of the names in the other clauses
            named = {m.entity for m in self.mentions(cs, ce) if m.entity}
            if not named:
                return None
        facts = [f for m in metrics for f in self.index.by_metric.get(m, ())]
        owners = {f.entity for f in facts}
        ents = (owners & named) or (owners if len(owners) == 1 else set())
        if not ents and owners:
            # "Factory activity expanded" with PMIs for China and for "China high-tech
            # manufacturing": the plain economy is the one the bare words mean
            short = min(owners, key=len)
            if all(o == short or o.startswith(short + " ") for o in owners):
                ents = {short}
        if len(ents) != 1:
            return None
        # the measure the one owner has first ("facts[0]" may be another entity's, of another measure)
        first = next(f for f in facts if f.entity in ents)
        own = [f for f in facts if f.entity in ents]
        spans = {f.metric for f in own}
        if len(spans) > 1:
            # "decline in new orders" with new orders down 19.3% on the year and up 31.3% on the month:
            # the words say which, or the claim cannot be checked
            said = _SPAN_WORDS.findall(self.doc.text, sent.start, sent.end)
            tags = {"yoy" if w.lower().startswith(("year", "annual", "y/y", "yoy"))
                    else "qoq" if w.lower().startswith(("quarter", "q/q", "qoq")) else "mom" for w in said}
            chosen = [f for f in own if any(t in f.metric.split("_") for t in tags)]
            if chosen:
                first = chosen[0]
            elif len({_sign(_latest([f for f in own if f.metric == m]).value) for m in spans}) > 1:
                return None
        facts = [f for f in facts if f.entity in ents and f.metric == first.metric]
        periods = [p for p in find_periods(self.doc.text, sent.start, sent.end, self.as_of) if not p.base]
        shares = facts[0].metric == "price_change"
        if periods and shares and not any(cs <= p.start < ce for p in periods) \
                and _CONTRAST.search(self.doc.text, max(0, cs - 12), cs):
            periods = []  # "... ahead of its Q2 release, although shares declined": the clause's own time
        reason = _REASON.search(self.doc.text, at, ce) if periods and shares else None
        if reason is not None:
            # "Teva's shares surge as first quarter results beat expectations": the quarter is the
            # results', not the shares' move
            periods = [p for p in periods if p.start < reason.start()]
        if periods:
            facts = [f for f in facts if any(agree(p.interval, fact_interval(f.period)) for p in periods)]
        elif shares:
            # "shares slightly declined afterward": with no period said, a share move is the latest
            # session's (as for a named index), not the year's that contains it
            facts = [f for f in facts if _one_day(f)]
        return _latest(facts)

    def _move_to(self, fact: Fact) -> Fact | None:
        """The entity's change over a span that ends on this level's day (the latest such span;
        a change dated by one day, "2025-12-24", is that day's move)."""
        end = fact_interval(fact.period)[1]
        moves = [f for f in self.index.by_entity.get(fact.entity, ()) if f is not fact
                 and ("/" in f.period or len(f.period) == 10)
                 and self.index.is_change(f.metric) and fact_interval(f.period)[1] == end]
        return max(moves, key=lambda f: fact_interval(f.period)[0]) if moves else None

    def _rate_metrics(self, fc: FigureContext) -> set[str]:
        """"The yen weakened to 156.3 per dollar", "the dollar fell to 155.1 yen": an exchange
        rate reached, measured by the currency's rate facts."""
        unit = fc.fig.unit
        if fc.entity is not None and unit != "rate":
            # "Brent fell to USD 63.20", "the 10-year yield rose to 4.02%": the named entity's levels
            return {f.metric for f in self.index.by_entity.get(fc.entity, ()) if not self.index.is_change(f.metric)}
        if unit != "rate" and not unit.startswith("currency:"):
            return set()
        fx = [f for m in self.index.metrics if m.startswith("fx") for f in self.index.by_metric[m]]
        facts = [f for f in fx if f.entity == fc.entity] if fc.entity else fx
        return {f.metric for f in facts if (
            unit == "rate" or quoted_against_itself(f) and f.unit.split()[0] in unit[9:].split("|"))}

    # -- "The Nasdaq gained 21.0% this year, ahead of both stocks" -------------------------------
    def _ranked_against(self, contexts: list[FigureContext]) -> list[Finding]:
        """A move ranked against the other names' moves over the same span, in words and with no
        figure of its own ("ahead of both stocks", "behind every one of the stocks"): checked
        against the moves the evidence has for the other names the text mentions."""
        out = []
        text = self.doc.text
        named: set[str] | None = None  # the names the text mentions, read once a rank is claimed
        for fc in contexts:
            m = _RANKED.match(text, fc.fig.end) if fc.entity is not None else None
            if m is None or fc.fig.unit != "percent":
                continue
            if named is None:
                named = {x.entity for x in self.mentions(0, len(text)) if x.entity}
            own = [f for f in self.index.by_entity.get(fc.entity, ()) if f.metric == "price_change" and f.unit == "%"
                   and abs(abs(f.value) - fc.fig.value) <= fc.fig.step / 2 + 1e-9]
            if len(own) != 1:
                continue
            f = own[0]
            # "the stocks": names whose levels are prices, not index points
            # (nor a currency's rate or a bond's yield: "both stocks" in a note that also gives the yen)
            others = [g for g in self.index.by_metric.get("price_change", ()) if g.entity != fc.entity
                      and g.entity in named and g.period == f.period and g.unit == "%"
                      and not any(x.unit == "pts" or x.metric in _NOT_A_STOCK for x in self.index.by_entity.get(g.entity, ()))]
            if not others or (m.group("n").lower().startswith("both") and len(others) != 2):
                continue
            ahead = m.group("w").lower().startswith("ahead")
            if all((f.value > g.value) == ahead for g in others):
                continue
            out.append(WrongDirection.finding(
                m.start("w"), m.end(), text[m.start("w"):m.end()],
                f"the text ranks {fc.entity} {'ahead of' if ahead else 'behind'} the others, but {f.id} = "
                f"{f.value:g}% against " + ", ".join(f"{g.id} = {g.value:g}%" for g in others), [f.id, *(g.id for g in others)]))
        return out

    # -- "its biggest one-day rise in 22 sessions" ------------------------------------------
    def _largest_moves(self, contexts: list[FigureContext]) -> list[Finding]:
        """A move called the biggest in N sessions is the last session's: its word (rise or fall)
        against the sign of that session's change."""
        out = []
        for fc in contexts:
            if fc.fig.metric != "largest_in" or not fc.fig.direction or fc.entity is None:
                continue
            own = self.index.by_entity.get(fc.entity, ())
            ranks = [f for f in own if f.metric == "largest_in"]
            if not ranks:
                continue
            end = fact_interval(_latest(ranks).period)[1]
            days = [f for f in own if f.metric == "price_change" and f.unit == "%" and fact_interval(f.period)[1] == end
                    and (_one_day(f) or getattr(f, "sessions", None) == 1)]
            if not days or not days[0].value or _sign(days[0].value) == fc.fig.direction:
                continue
            start = fc.fig.start
            back = list(_MOVE_NOUN.finditer(self.doc.text, max(0, start - 40), start))
            a = back[-1].start() if back else start
            out.append(WrongDirection.finding(
                a, fc.fig.end, self.doc.text[a:fc.fig.end],
                f"the text says a {'rise' if fc.fig.direction > 0 else 'fall'}, but {days[0].id} = "
                f"{days[0].value:g} {days[0].unit} on {days[0].period}", [days[0].id]))
        return out

    # -- "the PMI improved to 49.1" ------------------------------------------------------
    def _levels_reached(self, contexts: list[FigureContext]) -> list[Finding]:
        out = []
        text = self.doc.text
        with_base = {o.sentence.index for o in contexts if o.from_base}
        for fc in contexts:
            if not fc.to_level or fc.from_base or fc.direction_start is None:
                continue
            if fc.sentence.index in with_base:
                continue  # "slowed to 4.8% from 5.2%": the two figures are compared as written
            if _NOT_ASSERTED.search(text, fc.clause_start, fc.direction_start):
                continue  # "analysts had expected a moderate slowdown to 5.2 percent": a forecast, not a reading
            if _BALANCE_NOUN.match(text, fc.direction_start):
                continue  # "taking full year deficit to 8.9 percent of GDP": the measure's name, not a fall
            if fc.fig.hedge_start is not None and _NAMED_MARK.match(text, fc.fig.hedge_start):
                # "its first time dipping below the $900 level in over 10 months": a mark crossed,
                # whenever that was, not the level the latest move reached
                continue
            ents = {fc.entity} if fc.entity else None
            metrics = fc.metrics or self._rate_metrics(fc)
            if not metrics:
                continue
            pool = ([f for e in ents for f in self.index.by_entity.get(e, ()) if metric_match(metrics, f.metric)]
                    if ents else [f for m in metrics for f in self.index.by_metric.get(m, ())])
            if fc.fig.hedge in ("above", "below"):
                # "rose above $103" is no level of 102.72: a hedge keeps its side (see G001.md)
                lo, hi = interval(fc.fig, fc.fig.hedge)
                hits = [f for f in pool if lo <= f.value <= hi]
                if len(hits) > 1:  # the level nearest the mark it passed
                    near = min(abs(f.value - fc.fig.value) for f in hits)
                    hits = [f for f in hits if abs(f.value - fc.fig.value) == near]
            else:
                hits = [f for f in pool if abs(f.value - fc.fig.value) <= fc.fig.step / 2 + 1e-9]
            if fc.period is not None:
                hits = [f for f in hits if agree(fc.period.interval, fact_interval(f.period))]
            if len(hits) != 1:
                continue
            fact = hits[0]
            prev = previous_reading(self.index, fact)
            subject_is_currency = fc.entity_mention is not None and fc.entity_mention.entity == fact.entity \
                and not _DOLLAR_SIDE.fullmatch(fc.entity_mention.text)  # "the USD/JPY had risen to 148.50"
            if prev is not None and prev.value != fact.value:
                truth = _sign(fact.value - prev.value)
                if subject_is_currency and quoted_against_itself(fact):
                    truth = -truth  # "the yen weakened to 156.3 per dollar": more yen to the dollar
                why = f"the previous reading was {prev.value:g} ({prev.id}, {prev.period})"
                ids = [fact.id, prev.id]
            else:
                # No earlier reading: the entity's own move over a span ending at this level says
                # which way it went ("the yen weakened to 156.18" with the yen up 0.7% this year)
                if not _PRICE_LEVEL.search(fact.metric):
                    continue  # a yield or a multiple moves against the price: "the dividend yield improved to 3%"
                move = self._move_to(fact)
                if move is None or not move.value:
                    continue
                truth = _sign(move.value)
                if quoted_against_itself(fact) and not subject_is_currency and move.unit == "%":
                    truth = -truth  # "the dollar fell to 156.18 yen": the yen's rise is the dollar's fall
                why = f"{move.id} = {move.value:g} {move.unit} over {move.period}"
                ids = [fact.id, move.id]
            if truth != fc.to_level:
                start = fc.direction_start
                out.append(WrongDirection.finding(
                    start, fc.fig.end, text[start:fc.fig.end],
                    f"the text says {'up' if fc.to_level > 0 else 'down'} to {fact.value:g}, but {why}", ids))
        return out


# "stock prices", "gold stocks", "shares": equities or inventories, not a good's price
_STOCK_WORD = rx.compile(r"\b(?:stocks?|shares?|equit(?:y|ies))\b", re.I)
# "Asian stocks", "European markets": a region's stocks, said by its adjective (the stem its index names carry)
_REGION_WORD = rx.compile(r"\b(?P<stem>Asia|Europe|Africa|Latin\s+America|Gulf|Nordic|Arab|World|Global)(?:n|an|ic|al)?\b")


def _days(interval) -> int:
    """The days an interval spans, both ends counted."""
    return (interval[1] - interval[0]).days + 1
