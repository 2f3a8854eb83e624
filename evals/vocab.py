"""The checker's vocabulary: metric phrases, direction words, hedges, name lists.

Kept as data in ``evals/data/vocabulary.toml`` so a desk can extend it without
code; validated once per process here and compiled into lookups.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from evals import rx


# After an owner's gain or loss: its span, then the verb or preposition before the figure ("gain
# for the year to 17.6%", "loss this year came to 12.3%"). Read as the subject's (here) and as
# the figure's sign (evals/context.py).
MOVE_FOR_THE_YEAR = (r"(?:\s+(?:for the year|this year|so far this year|year to date|over the year|in (?:19|20)\d\d))?"
                     r"\s+(?:to|of|was|is|stood at|came to|reached|at)")


class VocabularyFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    metrics: dict[str, list[str]]
    change_metric_markers: list[str]
    directions: dict[str, list[str]]
    hedges: dict[str, list[str]]
    institutions: list[str]
    places: dict[str, list[str]]
    markets: dict[str, list[str]] = {}
    trading_cities: list[str] = []
    person_titles: list[str] = []
    instruments: list[str] = []
    index_names: list[str]
    common_words: list[str]
    abbreviations: list[str]
    conventions: dict[str, list[float]] = {}


@lru_cache(maxsize=65536)  # drafts repeat their words: most tokens are normalised once
def norm_token(tok: str) -> str:
    """Lower-case, drop a possessive and dots: "China's" -> "china", "U.S." -> "us"."""
    tok = tok.lower()
    if tok.endswith(("'s", "\u2019s")):
        tok = tok[:-2]
    return tok.replace(".", "").replace("\u2019", "'")


# One word: letters, digits and the marks names and tickers carry (S&P, 0981.HK, A-shares, P/E).
TOKEN = rx.compile(r"[\w$^&][\w&.'\u2019/^+-]*[\w+]|[\w$^]")
_WORD = TOKEN


def tokens(text: str) -> list[str]:
    return [norm_token(m.group()) for m in _WORD.finditer(text)]


_TAIL_WORD = rx.compile(r"[\w~][\w.'-]*\.?|~")


_LAST_CUT = rx.compile(r'.*[,;:!?()\n"\u201c\u201d]', re.S)


def tail_words(text: str, end: int, n: int) -> list[tuple[str, int]]:
    """Up to n words (with their start offsets) ending right before ``end``, stopping at punctuation."""
    lo = max(0, end - 12 * n)
    cut = _LAST_CUT.match(text, lo, end)
    if cut:
        lo = cut.end()
    words = [(m.group(), m.start()) for m in _TAIL_WORD.finditer(text, lo, end)][-n:]
    return [(w.rstrip(".") if w not in ("approx.", "ca.") else w, s) for w, s in words]


def _alternation(phrases: list[str]) -> str:
    # Longest first, then by text: the same vocabulary gives the same pattern in every
    # process (a set's order is not), so the stored pattern (evals.rx) is found again.
    parts = sorted(set(phrases), key=lambda p: (-len(p), p))
    out = []
    for p in parts:
        esc = re.escape(p).replace(r"\ ", r"\s+")
        out.append(esc)
    return "|".join(out)


class Vocabulary:
    """Compiled lookups over the vocabulary file."""

    def __init__(self, raw: VocabularyFile) -> None:
        self.raw = raw
        self.metric_phrases: dict[str, list[str]] = {}
        for key, phrases in raw.metrics.items():
            for p in phrases:
                self.metric_phrases.setdefault(p.lower(), []).append(key)
        self.metric_ngrams: dict[tuple[str, ...], list[str]] = {}
        for phrase, keys in self.metric_phrases.items():
            self.metric_ngrams.setdefault(tuple(tokens(phrase)), []).extend(keys)
        self.metric_first = frozenset(k[0] for k in self.metric_ngrams)
        self.metric_max_n = max(len(k) for k in self.metric_ngrams)
        self.metric_lengths = _lengths_by_first(self.metric_ngrams)
        self.direction_of: dict[str, int] = {}
        for word in raw.directions["up"]:
            self.direction_of[word.lower()] = 1
        for word in raw.directions["down"]:
            self.direction_of[word.lower()] = -1
        # directions said in two words or more whose words alone say none ("revised downwards")
        phrases = sorted((k for k, d in self.direction_of.items() if " " in k and d
                          and not any(self.direction_of.get(w, 0) for w in k.split())), key=len, reverse=True)
        self.two_word_way_re = re.compile(
            r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b", re.I) \
            if phrases else re.compile(r"(?!)")
        self.hedge_of: dict[str, str] = {}
        for shape, words in raw.hedges.items():
            for w in words:
                self.hedge_of[w.lower()] = shape
        # What may stand between an unknown name and its figure for the name to be the
        # figure's subject: "Hua Hong jumped 240%", "Tesla's shares fell by 3%",
        # "Xiaomi has also rallied nearly". Anything else ("AI Writing Agent built with a
        # 32-billion-parameter ...") is not a name-with-a-figure.
        verbs = sorted({*self.direction_of, "reached", "hit", "posted", "reported", "traded", "trades", "trading",
                        "closed", "ended", "stood", "finished", "returned", "was", "were", "is", "are",
                        "delivered", "sold", "shipped", "earned", "booked", "generated", "raised", "recorded",
                        "logged", "produced", "made", "spent", "invested", "registered", "attracted", "drew", "stands",
                        "held", "remained", "holds", "hit a low of", "hit a high of", "settled", "settles"},
                       key=lambda v: (-len(v), v))
        self.subject_gap_re = rx.compile(
            r"^(?:,\s*(?:which|who|that)\s+(?:[a-z]+\s+){0,4}?(?:command|commands|trade|trades|carry|carries|fetch"
            r"|fetches|enjoy|enjoys|boast|boasts)\s+(?:[a-z]+\s+){0,3}$|\.?(?:'s|\u2019s)?(?:\s+(?:shares|stock|stocks|ADRs|H-shares|A-shares|share price|stock price|market value"
            r"|market cap|market capitalisation|market capitalization|revenue|revenues|sales|profit|profits|earnings"
            r"|valuation|index|ETF|economy|economic growth|growth|exports|imports|output|industrial output|factory output"
            r"|GDP|inflation|headline inflation|core inflation|currency|net profit|net income|bonds|bond yields?"
            r"|(?:official\s+)?cash rate|interest rates?|policy rate|benchmark rate|key rate|jobless rate|unemployment rate"
            r"|inflation rate|growth rate|rate"
            # "Brent crude settled at $71.61", "Murban futures rose": a grade and its commodity noun
            r"|crude|crude oil|oil|futures|gas|coal|coffee|cocoa|sugar|wheat|corn|copper|gold|silver))?"
            r"(?:\s+(?:has|have|had|was|were|is|are|also|has also|have also))?"
            r"(?:\s+\w+ly)?\s+(?:" + "|".join(re.escape(v) for v in verbs) + r")"
            r"(?:,?\s+(?:adding|gaining|losing|shedding|rising|falling|climbing|sliding|dropping|jumping|up|down))?"
            r"(?:\s+(?:by|to|at|of|on|for|near|around|up|down|as much as|some))?\s+$"
            r"|\s*\(\s*$"  # "Facebook (+2.9 percent)": the figure in brackets after its name
            # "Microsoft's gain for the year to 17.6%", "Tencent's loss this year came to 12.3%"
            r"|(?:'s|\u2019s)?\s+(?:gains?|rise|advance|losses|loss|fall|decline|drop|slide)" + MOVE_FOR_THE_YEAR + r"\s+$)",
            re.I,
        )
        self.change_markers = tuple(raw.change_metric_markers)
        self._change_cache: dict[str, bool] = {}
        # "FPIs sold $495 million": a net flow's sign in words (a cue for a negative fact, not a verb
        # of direction: "sold 50 million iPhones" is no fall)
        self.down_words = frozenset(w for w, d in self.direction_of.items() if d < 0) | {
            "negative", "deflationary", "minus", "sold", "selling", "offloaded",
            # "foreigners were net sellers amounting to P182.43 million", "outflows of $1.1 billion"
            "sellers", "seller", "outflow", "outflows", "redemptions", "withdrawals",
            # "underperforming the Nifty 50 by 25%", "a 16% derating": a gap or a multiple cut, down
            "underperformed", "underperforming", "underperform", "underperforms", "derating", "de-rating", "derated"}
        self.common = frozenset(w.lower() for w in raw.common_words)
        self.person_titles = frozenset(norm_token(w) for w in raw.person_titles)
        self.abbreviations = frozenset(a.lower().rstrip(".") for a in raw.abbreviations)
        self.institutions = frozenset(tuple(tokens(n)) for n in raw.institutions)
        # Case-sensitive (as written, and in capitals): an IGNORECASE alternation costs
        # several times more per character of every draft.
        names = [*raw.index_names, *(n.upper() for n in raw.index_names)]
        self.index_names_re = rx.compile(r"(?<![\w])(?:" + _alternation(names) + r")(?![\w])")
        self.digit_index_names = frozenset(n.lower() for n in raw.index_names)

    def metric_keys(self, phrase: str) -> list[str]:
        return self.metric_phrases.get(re.sub(r"\s+", " ", phrase.lower()), [])

    def metric_hits(self, toks, extra: dict | None = None) -> list[tuple[int, int, list[str]]]:
        """(start, end, metric keys) for each metric phrase among tokens (start, end, raw, key).

        ``extra`` adds phrases made from the bundle's own metric names
        ("manufacturing_investment_ytd_yoy" -> "manufacturing investment"), as
        ``bundle_metric_phrases`` gives them (with their lengths by first word).
        """
        extra = extra or {}
        extra_lengths = extra.get("__lengths__", {})
        ngrams, own_lengths = self.metric_ngrams, self.metric_lengths
        width = max(self.metric_max_n, 4)
        out = []
        i = 0
        while i < len(toks):
            word = toks[i][3]
            if word in ("loss", "losses") and i and (toks[i - 1][3] in _AMOUNT_WORDS or toks[i - 1][3][-1:].isdigit()):
                # "the SNB reported a 3.2 billion franc loss": an amount's loss is the bottom line (not
                # "extended losses to 2%", a price's)
                out.append((toks[i][0], toks[i][1], ["net_income"]))
                i += 1
                continue
            lengths, more = own_lengths.get(word), extra_lengths.get(word)
            if more:
                lengths = sorted({*(lengths or ()), *more}, reverse=True)
            # longest first, trying only the lengths some phrase that starts with the word has
            for n in lengths or ():
                if n > width or i + n > len(toks):
                    continue
                key = tuple([t[3] for t in toks[i:i + n]])
                found, added = ngrams.get(key), extra.get(key)
                if key == ("worth",) and i and toks[i - 1][3] in _TRADED_UNITS:
                    # "76.25 million shares worth N80.29 million": the value of the shares traded, not
                    # a company's worth; in "a transaction of 1.20 million shares worth $1.4 million",
                    # of one trade, which no market measure is
                    one_trade = any(t[3] in _ONE_TRADE for t in toks[max(0, i - 8):i])
                    found = None if one_trade else ["turnover"]
                if found or added:
                    out.append((toks[i][0], toks[i + n - 1][1], [*(found or ()), *(added or ())]))
                    i += n - 1
                    break
            i += 1
        return out

    def is_change_metric(self, metric: str) -> bool:
        hit = self._change_cache.get(metric)
        if hit is None:
            m = metric.lower()
            hit = self._change_cache[metric] = any(marker in m for marker in self.change_markers)
        return hit

    def hedge_before(self, words: list[tuple[str, int]]) -> tuple[str, int] | None:
        """The hedge that ends the words ("more than", "by over"), as (shape, start)."""
        low = [w.lower() for w, _ in words]  # (words hold no space: each lowered alone is the same)
        # drop a connector between hedge and figure: "by over", "more than a", "an estimated"
        for skip in (0, 1):
            if skip and (not low or low[-1] not in ("a", "an", "by")):
                break
            ws = low[: len(low) - skip] if skip else low
            for n in range(min(4, len(ws)), 0, -1):
                shape = self.hedge_of.get(" ".join(ws[-n:]))
                if shape:
                    return shape, words[len(ws) - n][1]
        return None

    def direction_before(self, words: list[tuple[str, int]]) -> tuple[int, int, bool] | None:
        """A direction word ending the words: (sign, start, followed by "to")."""
        to = False
        if len(words) > 2 and words[-1][0].lower() in _SIZE_WORDS and words[-2][0].lower() in ("a", "an", "another"):
            words = words[:-2]  # "shed a modest 0.1%", "added a further 2%": the move's size between verb and figure
        if words and words[-1][0].lower() in ("by", "of", "some", "a", "an", "or"):  # "is down, or 4.4 percent"
            words = words[:-1]
            if len(words) > 2 and words[-1][0].lower() in ("total", "combined", "cumulative") \
                    and words[-2][0].lower() in ("a", "an"):
                words = words[:-2]  # "closing at 1,584.95 points, up a total of 89.74 points"
        elif len(words) > 2 and words[-1][0].lower() == "at" and words[-2][0].lower() in ("most", "least"):
            words = words[:-1]  # "dropped the most at 1.91 percent"
        # "fell the most by 1.1%", "rose sharply by 3%": an adverb between verb and figure
        for _ in range(2):
            if len(words) > 1 and words[-1][0].lower() in _ADVERBS:
                words = words[:-1]
        if words and words[-1][0].lower() == "to":
            words, to = words[:-1], True
            # "eased marginally to 4.42 per cent": the adverb between the verb and "to"
            if len(words) > 1 and words[-1][0].lower() in _ADVERBS and words[-1][0].lower() != "the":
                words = words[:-1]
        for n in (2, 1):
            if len(words) >= n:
                phrase = " ".join(w for w, _ in words[-n:]).lower()
                sign = self.direction_of.get(phrase)
                if sign and n == 1 and phrase in ("contract", "contracts") and len(words) > 1 \
                        and (words[-2][0].lower() in _CONTRACT_NOUN_BEFORE or words[-2][0][:3].lower() in _MONTH_HEADS):
                    return None  # "pushing the December contract above $8": the futures contract, a noun
                if sign:
                    return sign, words[-n][1], to
        return None


_CONTRACT_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "their", "this", "that", "each", "benchmark", "front-month",
                                   "most-active", "nearby", "futures", "month", "expiring", "new", "old", "crop"})
_MONTH_HEADS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
_SIZE_WORDS = frozenset({"modest", "slight", "small", "marginal", "mere", "solid", "sharp", "steep", "hefty", "whopping",
                         "robust", "healthy", "further", "fresh", "additional", "massive", "meagre", "meager", "paltry",
                         "revised"})  # "after rising by a revised 0.1 percent"
_ADVERBS = frozenset({"most", "least", "the", "sharply", "slightly", "further", "modestly", "marginally", "steeply",
                      "strongly", "just", "only", "again", "nearly", "also", "another", "respectively"})


METRIC_QUALIFIERS = frozenset(
    "yoy mom qoq ytd ann saar sa nsa usd cny hkd eur jpy 1y 2y 5y 10y 12m 3m pct level consensus".split()
)


def bundle_metric_phrases(metrics) -> dict:
    """Phrases from a bundle's metric keys: "property_investment_ytd_yoy" -> ("property", "investment")."""
    out: dict = {}
    for m in sorted(metrics):  # a set's order changes with the hash seed; the phrases' metrics must not
        words = [w for w in m.lower().split("_") if w not in METRIC_QUALIFIERS]
        if words == ["index"]:
            continue  # ("index_level": "the S&P 500 index lost 172.03 points" names the index, not its level)
        if words and all(w.isalpha() and len(w) > 2 or w == "m2" for w in words):
            out.setdefault(tuple(words), []).append(m)
    out["__first__"] = frozenset(k[0] for k in out)
    out["__lengths__"] = _lengths_by_first(k for k in out if k != "__first__")
    return out


def _lengths_by_first(phrases) -> dict[str, list[int]]:
    """The lengths of the phrases (tuples of words) by their first word, longest first."""
    lengths: dict[str, set[int]] = {}
    for k in phrases:
        lengths.setdefault(k[0], set()).add(len(k))
    return {w: sorted(ns, reverse=True) for w, ns in lengths.items()}


_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "mn", "bn", "tn", "crore", "lakh", "dollar", "euro", "franc", "yen",
                           "yuan", "pound", "peso", "rupee", "won", "rand", "ringgit", "baht", "lira", "rouble", "ruble"})
_TRADED_UNITS = frozenset({"shares", "stocks", "units", "contracts", "securities", "lots"})
_ONE_TRADE = frozenset({"transaction", "deal", "block", "trade", "placement", "sale", "purchase"})


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    # TOML, not YAML: tomllib is in the standard library and loads this file in a few
    # milliseconds, where importing PyYAML alone costs ~25 ms of every `marketdesk eval`.
    import tomllib

    text = resources.files("evals").joinpath("data/vocabulary.toml").read_text("utf-8")
    return Vocabulary(VocabularyFile.model_validate(tomllib.loads(text)))
