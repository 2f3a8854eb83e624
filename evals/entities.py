"""Who a sentence talks about: the bundle's entities and the names it does not know.

Mentions are found by looking up word n-grams (normalised: lower case, no
possessive, no dots) in a dictionary of names and aliases, so the cost is linear
in the draft and independent of how many entities the bundle has.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from operator import itemgetter

from evals import rx
from evals.vocab import TOKEN as _TOKEN
from evals.vocab import Vocabulary, norm_token
from evals.figures import _CLDR_ADJECTIVES, CURRENCY_SYMBOLS, VOLUME_UNITS, named_currency
from marketdesk.models import CURRENCIES, EvidenceBundle

# (and a quarter in Roman numerals with its year, Indonesia's statistics office's "quarter I-2017", "IV-2016")
_PERIOD_CODE = re.compile(r"(?:[QH][1-4]|[1-4][QH])?\s?(?:FY|CY)['\u2019]?\d{2,4}[EFA]?|(?:[QH][1-4]|[1-4][QH])(?:FY|CY)?['\u2019]?\d{2,4}[EFA]?"
                          r"|(?:I|II|III|IV)-(?:19|20)\d{2}")
# a wire lede's first word in capitals ("OIL prices settled up ...", "GOLD fell"): a noun, not a name
_LEDE_COMMODITIES = frozenset({"oil", "gold", "silver", "copper", "crude", "wheat", "corn", "coffee", "cocoa", "sugar"})
_LEDE_WORDS = _LEDE_COMMODITIES | {"stocks", "shares", "bonds", "markets", "prices", "equities", "world", "global", "asian",
                                   "european", "wall", "investors", "traders", "the", "a", "an"}
COMMODITY_WORDS = _LEDE_COMMODITIES | {"soybeans", "cotton", "rubber", "palm oil", "iron ore", "steel", "aluminium",
                                        "aluminum", "nickel", "zinc", "lng", "coal", "rice"}
MAX_NGRAM = 10  # "ACGB 10-year spread to US Treasury yield": a labelled name of seven words


_VENUE_NOUNS = frozenset({"exchange", "bourse", "market"})
# what trades in a city: "the share price in Copenhagen", "trading in Tokyo"
_TRADED_IN = frozenset({"price", "prices", "shares", "share", "stock", "stocks", "trading", "trade", "traded",
                        "listed", "equities"})


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: str | None  # the bundle's canonical name; None for a name it does not know
    text: str


_PLAIN = rx.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
# "12- and ", "2-, 5- and ": a number whose hyphenated ending comes with the next one
_SUSPENDED = rx.compile(r"\b(?P<n>\d+)-,?\s+(?:and|or|to)\s+")


# exchanges that prefix a contract's name ("ICE canola futures", "CBOT soybean futures")
_VENUES = frozenset("ice lme cme cbot nymex comex sgx dce shfe mcx ncdex tocom matif euronext zce ine bmd".split())


def _key(phrase: str) -> tuple[str, ...]:
    if _PLAIN.fullmatch(phrase):  # most names: words of letters and digits, which need no more than lower case
        return tuple(phrase.lower().split(" "))
    if _TOKEN.fullmatch(phrase):  # a ticker ("0981.HK"): one word, which findall would find whole
        return (norm_token(phrase),)
    return tuple(map(norm_token, _TOKEN.findall(phrase)))


_DETERMINERS = frozenset({"its", "their", "the", "a", "an", "his", "her", "our", "this", "that", "whose"})
_DOLLAR_INDEX = frozenset({("dollar", "index"), ("us", "dollar", "index"), ("u.s", "dollar", "index")})


_TICKER = rx.compile(r"^\^?[\w]+\.[A-Z]{1,2}$|^\^\w+$")
_DIGIT = rx.compile(r"\d")


@lru_cache(maxsize=4)
def _place_keys(vocab: Vocabulary) -> tuple[dict[str, list[str]], dict[tuple[str, ...], list[tuple[str, ...]]],
                                             frozenset[tuple[str, ...]]]:
    """The vocabulary's places by normalised word, market cities by name key, and the other
    cities things trade in: built once per vocabulary, not once per bundle (a 10,000-fact
    bundle is indexed cold)."""
    places = {norm_token(k): v for k, v in vocab.raw.places.items()}
    markets = {_key(k): [_key(city) for city in v] for k, v in vocab.raw.markets.items()}
    cities = frozenset(_key(c) for c in vocab.raw.trading_cities)
    return places, markets, cities


class EntityIndex:
    def __init__(self, bundle: EvidenceBundle, vocab: Vocabulary, fact_entities=None) -> None:
        """fact_entities: the facts' entity names in order of first use, where the caller has
        them already (FactIndex.by_entity); read from the facts otherwise."""
        self.vocab = vocab
        self.entity_metrics: dict[str, set[str]] = {}  # each entity's measures, as its facts give them
        for f in bundle.facts:
            self.entity_metrics.setdefault(f.entity, set()).add(f.metric)
        self.names: dict[tuple[str, ...], str] = {}
        self.shared: dict[tuple[str, ...], list[str]] = {}  # a name the bundle gives more entities than one
        explicit: set[tuple[str, ...]] = set()
        # "Paris", "Japanese shares": the index, but only as the subject of a move or a close
        # ("Paris closed down 0.18%"), never "a fund in Paris" or "bought Hong Kong shares".
        self.market_names: dict[tuple[str, ...], str] = {}
        canon: dict[str, object] = {ent.name: ent for ent in bundle.entities}
        if fact_entities is None:
            fact_entities = dict.fromkeys(f.entity for f in bundle.facts)
        for name in fact_entities:
            if name not in canon:
                canon[name] = None
        places, markets, trading_cities = _place_keys(vocab)
        self.market_cities = frozenset(c for cities in markets.values() for c in cities)
        # ("Dubai crude", "Chicago wheat": a trading city names a benchmark, so only after "in" is it a venue)
        self._venues = self.market_cities | trading_cities
        # (and "New Zealand", "South Africa": a country whose name opens with a common word)
        self._city_heads = frozenset(c[:2] for c in self._venues if len(c) >= 2) \
            | frozenset(tuple(p.split()[:2]) for p in places if " " in p)
        place_first = frozenset(p.split()[0] for p in places)
        # "Australian", "Tokyo": a place's other one-word names (not "UK"), which open a company's
        # name as often as they name the economy ("Turkish Airlines", "Tokyo Electric")
        self._place_words = frozenset(norm_token(a) for v in places.values() for a in v
                                      if " " not in a and not a.isupper() and a[:1].isupper())
        digit_names: set[str] = set()
        self.numbers: dict[str, set[str]] = {}  # "FTSE 100": {"100"}; the number that names an index
        names = self.names
        prefixes: dict[tuple[str, ...], str | None] = {}
        for name, ent in canon.items():
            aliases = [name, *ent.aliases] if ent is not None and ent.aliases else [name]
            keys = [_key(a) for a in aliases]
            given = len(keys)  # a place's other names are appended after the bundle's own
            # (one pass: a 10,000-fact bundle is indexed cold, and the list iterators see the
            # names appended while they run)
            for i, (alias, key) in enumerate(zip(aliases, keys)):
                if i < given:
                    extra = places.get(" ".join(key)) if key and key[0] in place_first else None
                    if extra:
                        aliases.extend(extra)
                        keys.extend(_key(a) for a in extra)
                    if key in markets:
                        for city in markets[key]:
                            self.market_names.setdefault(city, name)
                if not key:
                    continue
                had = names.setdefault(key, name)
                if had != name and key in explicit:
                    # "soybeans" for both the crop and its futures: a name the bundle gives two
                    # entities, read as the first, with the others kept to try
                    self.shared.setdefault(key, []).append(name)
                explicit.add(key)
                n = len(key)
                for k in range(2, n):  # ("palm", "oil") of "palm oil contract": see _hit
                    prefixes[key[:k]] = name if prefixes.get(key[:k], name) == name else None
                if 2 <= n <= 3 and "".join(key).isalpha():  # (no word of a key is empty)
                    # "The euro-area economy": a name of two or three words, hyphenated as a modifier
                    names.setdefault(("-".join(key),), name)
                last = key[-1]
                if last[-1] == "s" and len(last) > 3 and last[-2] != "s":
                    names.setdefault((*key[:-1], last[:-1]), name)  # "A-share turnover"
                # "Hang Seng Index" is also "Hang Seng", "Alibaba Group Holding Ltd" "Alibaba".
                short = key
                while len(short) > 1 and short[-1] in _GENERIC_TAIL:
                    dropped = short[-1]
                    short = short[:-1]
                    # "Alibaba Group" -> "Alibaba", but an index keeps two words: "Shanghai
                    # Composite Index" is not "Shanghai" ("a fund manager in Shanghai").
                    if len(short) == 1 and (dropped not in _CORP_SUFFIX or short[0] in vocab.common or short[0] in places
                                            or short[0] in _DETERMINERS):
                        break  # (nor is "the group" "the", a word of every sentence)
                    names.setdefault(short, name)
                # "ICE canola futures" is also "canola futures": a venue named before the contract
                if n >= 3 and key[0] in _VENUES:
                    names.setdefault(key[1:], name)
                # "the dollar" is the dollar index where the bundle has one and no other dollar
                if key in _DOLLAR_INDEX:
                    names.setdefault(("dollar",), name)
                # "Semiconductor Manufacturing International Corp" also names SMIC.
                if n > 1 and last in _CORP_SUFFIX and not set(key[:-1]) <= _DETERMINERS:
                    names.setdefault(key[:-1], name)
                # "Industrial and Commercial Bank of China" is also "ICBC", "Hang Seng Index" "HSI".
                if (n >= 3 or "-" in alias) and alias.count(" ") + alias.count("-") >= 2:  # three words at least
                    words = [w for w in alias.replace("-", " ").split() if w.lower() not in ("of", "and", "the", "&")]
                    if len(words) >= 3 and all(w[:1].isupper() for w in words):
                        names.setdefault(("".join(w[0] for w in words).lower(),), name)
                # Names with digits ("CSI 300") must not be read as figures; tickers
                # (0981.HK) are blanked by their shape already.
                if _DIGIT.search(alias) and not _TICKER.match(alias):
                    digit_names.add(alias)
                    self.numbers.setdefault(name, set()).update(k for k in key if k.isdigit())
        # "The local unit closed at 73.57", "the local currency rose against the US dollar": where the
        # bundle quotes one currency only, the wires' generic name for it
        quoted = [e for e, ms in self.entity_metrics.items() if "fx_rate" in ms]
        if len(quoted) == 1:
            for generic in (("local", "currency"), ("local", "unit"), ("domestic", "currency")):
                names.setdefault(generic, quoted[0])
        # the words that open one entity's longer name, and no other's
        self.prefixes = {k: v for k, v in prefixes.items() if v is not None and k not in names}
        for key in list(self.market_names):
            if key in self.names:
                del self.market_names[key]  # the bundle's own name for it wins
        every = (*self.names, *self.market_names)
        self.first = frozenset(map(itemgetter(0), every))
        self.max_n = min(max(map(len, every), default=1), MAX_NGRAM)
        ups, downs = vocab.raw.directions.get("up", []), vocab.raw.directions.get("down", [])
        self.market_verbs = frozenset(w.lower() for w in (*ups, *downs) if " " not in w) | _CLOSE_VERBS
        self.inst_first = frozenset(k[0] for k in vocab.institutions)
        # Currencies and commodities with a name of their own ("the Swiss franc", "heating oil"):
        # when the bundle has no such entity, one that opens a move ("Sterling fell 1.4 per
        # cent") is an unknown subject, like an unknown company.
        known_words = set(chain.from_iterable(self.names))
        self.instruments = {tuple(norm_token(w) for w in phrase.split()) for phrase in vocab.raw.instruments}

        self.instruments = {k for k in self.instruments if not set(k) <= known_words}
        # a currency the bundle prices things in, under whatever entity ("the onshore yuan
        # strengthened past 7.10" with China's exchange rate in CNY), is not an unknown one
        priced = {w for unit in {f.unit for f in bundle.facts} for w in re.findall(r"[A-Z]{3}", unit)}
        self.instruments = {k for k in self.instruments
                            if not (len(k) == 1 and set((named_currency(k[0]) or _SINGULAR_CURRENCY.get(k[0], "")).split("|")) & priced)}
        self.inst_words = frozenset(k[0] for k in self.instruments)
        # "In the eurozone, inflation hit 10.6%": an economy the wires write in lower case is a name
        # too, one the bundle may not know
        self.lower_places = {key for key in (tuple(norm_token(w) for w in a.split()) for k, v in vocab.raw.places.items()
                                             for a in (k, *v) if a.islower() and a != "mainland")
                             if key not in self.names}
        self.lower_first = frozenset(k[0] for k in self.lower_places)
        # "LME lead", "SHFE lead": a good the bundle names only with its venue, by venue
        self.venue_goods: dict[tuple[str, ...], dict[str, str]] = {}
        for key, name in names.items():
            if len(key) >= 2 and key[0] in _VENUES and key[1:] not in names:
                self.venue_goods.setdefault(key[1:], {})[key[0]] = name
        self.digit_names_re = None
        if digit_names:
            alt = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(digit_names, key=len, reverse=True))
            self.digit_names_re = re.compile(r"(?<![\w])(?:" + alt + r")(?![\w])", re.I)

    def mentions(self, text: str, start: int, end: int, heading: bool = False, toks=None) -> list[Mention]:
        """Known entities and unknown capitalised names in text[start:end], in order."""
        if toks is None:
            toks = [(m.start(), m.end(), m.group(), norm_token(m.group())) for m in _TOKEN.finditer(text, start, end)]
        keys = [t[3] for t in toks]
        out: list[Mention] = []
        i = 0
        first_word = True
        while i < len(toks):
            n = self._instrument_at(keys, i) if keys[i] in self.inst_words else 0
            if not n and i + 1 < len(keys) and keys[i + 1] in self.inst_words and keys[i] in _CLDR_ADJECTIVES \
                    and toks[i][2][:1].isupper() and (m := self._instrument_at(keys, i + 1)):
                n = m + 1  # "The Nigerian naira, by comparison, has lost 40.2%": a country's currency, unknown
            if n:
                out.append(Mention(toks[i][0], toks[i + n - 1][1], None, text[toks[i][0]:toks[i + n - 1][1]]))
                i += n
                first_word = False
                continue
            if keys[i] in self.lower_first and (n := next((n for n in (2, 1) if i + n <= len(keys) and tuple(keys[i:i + n]) in self.lower_places), 0)):
                out.append(Mention(toks[i][0], toks[i + n - 1][1], None, text[toks[i][0]:toks[i + n - 1][1]]))
                i += n
                first_word = False
                continue
            if keys[i] not in self.first and not toks[i][2][0].isupper():
                i += 1  # most words: lower case and no name starts with them
                first_word = False
                continue
            if keys[i] in _MONTH_WORDS and i + 1 < len(keys) and keys[i + 1] in ("contract", "contracts") and out \
                    and out[-1].entity is not None \
                    and (sibling := self._contracts[1].get((self._contracts[0].get(out[-1].entity), keys[i]))):
                # "CME August live cattle futures settled up 0.325 cent ... and the most-active October
                # contract ended up 0.400 cent": the same market's contract for the month named, where the
                # bundle holds it as an entity of its own
                out.append(Mention(toks[i][0], toks[i + 1][1], sibling, text[toks[i][0]:toks[i + 1][1]]))
                i += 2
                first_word = False
                continue
            hit = self._hit(keys, i) or self._market_at(keys, i)
            if hit and i + hit[0] < len(keys) and toks[i + hit[0]][2] in ("Exchange", "Exchange's") \
                    and not text[toks[i + hit[0] - 1][1]:toks[i + hit[0]][0]].strip():
                # "the benchmark Nikkei 225 index at the Tokyo Stock Exchange fell": the venue, all of it
                i += hit[0] + 1
                first_word = False
                continue
            if hit and hit[0] >= 2 and i + 1 < len(toks):  # (not "SMIC, China's": no name starts inside "SMIC")
                longer = self._hit(keys, i + 1)
                if longer and longer[0] + 1 > hit[0]:
                    # "The Dow Jones Industrial Average": the alias "the Dow" gives way to the
                    # longer name that starts inside it
                    i += 1
                    first_word = False
                    continue
            if hit and text[toks[i + hit[0] - 1][1]:toks[i + hit[0] - 1][1] + 1] == "$":
                hit = None  # "US$5.9 billion", "HK$3": a currency sign, not the economy
                i += 1
                first_word = False
                continue
            if hit and i + hit[0] < len(toks) and keys[i + hit[0]].isdigit() and hit[1] in self.numbers \
                    and keys[i + hit[0]] not in self.numbers[hit[1]] \
                    and not text[toks[i + hit[0] - 1][1]:toks[i + hit[0]][0]].strip() \
                    and re.match(r" [a-z]", text[toks[i + hit[0]][1]:toks[i + hit[0]][1] + 2]):
                # "the FTSE 250" where the bundle has the FTSE 100 (alias "FTSE"): another index of
                # the family, which the bundle does not know
                end = i + hit[0]
                out.append(Mention(toks[i][0], toks[end][1], None, text[toks[i][0]:toks[end][1]]))
                i = end + 1
                first_word = False
                continue
            if hit and i + hit[0] + 1 < len(toks) and keys[i + hit[0] + 1] == "index" \
                    and toks[i + hit[0]][2][:1].isupper() and toks[i + hit[0]][2].isalpha() \
                    and keys[i + hit[0]] not in hit[1].lower().split() \
                    and not toks[i + hit[0] - 1][2].endswith(("'s", "\u2019s")) and not self._hit(keys, i + hit[0]) \
                    and text[toks[i + hit[0] - 1][1]:toks[i + hit[0]][0]] == " " \
                    and text[toks[i + hit[0]][1]:toks[i + hit[0] + 1][0]] == " ":
                # "the Nifty Bank index lost 543 points" where the bundle has the Nifty: a sector
                # index of the family, named by a word after the family's name, which the bundle does not know
                end = i + hit[0] + 1
                out.append(Mention(toks[i][0], toks[end][1], None, text[toks[i][0]:toks[end][1]]))
                i = end + 1
                first_word = False
                continue
            if hit and hit[0] == 1 and keys[i] in _QUALIFIED_GOODS \
                    and (g := self._other_grade(toks, keys, i, hit[1], text, start)) is not None:
                # "K.C. March hard red winter wheat ended 4-1/2 cents lower" where the bundle's wheat is
                # "soft red winter wheat": a grade the bundle's name does not have, and lacking one it
                # has, names another good, which the bundle does not know
                if out and out[-1].entity is None and out[-1].end >= toks[g][0] - 8:
                    g_start = out.pop().start  # ("K.C." or "Kansas City" before it: the same name)
                else:
                    g_start = toks[g][0]
                out.append(Mention(g_start, toks[i][1], None, text[g_start:toks[i][1]]))
                i += 1
                first_word = False
                continue
            if hit and hit[0] == 1 and out and out[-1].entity is None \
                    and out[-1].end == toks[i - 1][1] and text[out[-1].end:toks[i][0]] == " " \
                    and out[-1].text.lower() not in hit[1].lower() \
                    and (_other_country_currency(keys[i], out[-1].text) or _other_market_good(keys[i], out[-1].text, hit[1])):
                # "the Chilean peso gained 0.5%" where the bundle's "peso" is Mexico's, "Kansas City wheat
                # ran with it" where the bundle's wheat is "Chicago wheat futures": an unknown word right
                # before a one-word name qualifies it into another thing, which the bundle does not know
                prev = out.pop()
                out.append(Mention(prev.start, toks[i][1], None, text[prev.start:toks[i][1]]))
                i += 1
                first_word = False
                continue
            if hit and hit[0] == 1 and not heading and keys[i] in self._place_words and i + 1 < len(toks) \
                    and text[toks[i][1]:toks[i + 1][0]] == " " and toks[i + 1][2][:1].isupper() \
                    and not self._hit(keys, i + 1) and not self._measure_at(keys, i + 1) \
                    and (j := self._unknown_name(toks, keys, i, False, text)) > i + 1:
                # "Turkish Airlines (THYAO) added 2.1%" where the bundle has Turkey: the people's
                # word opens a company's name, which the bundle does not know ("Australian CPI",
                # a measure in capitals, stays the economy's)
                out.append(Mention(toks[i][0], toks[j - 1][1], None, text[toks[i][0]:toks[j - 1][1]]))
                i = j
                first_word = False
                continue
            if hit and i >= 3 and keys[i - 1] == "of" and keys[i - 2] == "bank" and toks[i - 3][2][:1].isupper() \
                    and keys[i - 3] not in _CENTRAL_BANK_WORDS and toks[i - 3][0] >= start \
                    and all(text[toks[k][1]:toks[k + 1][0]] == " " for k in range(i - 3, i)):
                # "State Bank of India kept its one-year lending rate at 8.85 per cent", "Royal Bank of
                # Canada": a lender named after its country is a company the bundle does not know, not the
                # economy ("Reserve Bank of India", "Central Bank of Nigeria" are the country's own)
                a = i - 3
                while a > 0 and toks[a - 1][2][:1].isupper() and toks[a - 1][0] >= start \
                        and not text[toks[a - 1][1]:toks[a][0]].strip() and keys[a - 1] not in self.vocab.common:
                    a -= 1
                if out and out[-1].start >= toks[a][0]:
                    out.pop()
                n = hit[0]
                out.append(Mention(toks[a][0], toks[i + n - 1][1], None, text[toks[a][0]:toks[i + n - 1][1]]))
                i += n
                first_word = False
                continue
            if hit:
                n, name = hit
                if i + n < len(toks) and keys[i + n] in _CORP_SUFFIX:
                    n += 1  # "SMIC" alias + "Corp"
                out.append(Mention(toks[i][0], toks[i + n - 1][1], name, text[toks[i][0]:toks[i + n - 1][1]]))
                i += n
                first_word = False
                continue
            inst = self._institution_at(keys, i) if keys[i] in self.inst_first else 0
            if inst and i + inst < len(keys) and keys[i + inst] in _STOCK_VERBS and not heading \
                    and toks[i][2][:1].isupper():
                # "JPMorgan rose 1.1 per cent": a listed bank quoted as a stock, not as a source
                out.append(Mention(toks[i][0], toks[i + inst - 1][1], None, text[toks[i][0]:toks[i + inst - 1][1]]))
                i += inst
                first_word = False
                continue
            if inst and not heading and keys[i] in _LISTED_BANKS and i + inst < len(toks) and toks[i][2][:1].isupper() \
                    and text[toks[i + inst - 1][1]:toks[i + inst][0]] == " " and toks[i + inst][2][:1].isupper() \
                    and keys[i + inst] not in self.vocab.common and not self._known_at(keys, i + inst) \
                    and (j := self._unknown_name(toks, keys, i + inst, False, text)) > i + inst:
                # "JPMorgan Chase, whose trading revenue fell 23 percent": a bank's name that goes on
                # into a longer one is that company, not the bank quoted as a source
                out.append(Mention(toks[i][0], toks[j - 1][1], None, text[toks[i][0]:toks[j - 1][1]]))
                i = j
                first_word = False
                continue
            if inst:
                i += inst
                first_word = False
                continue
            if not heading:
                j = self._unknown_name(toks, keys, i, first_word, text)
                if j < 0:  # a person's name: no mention, and none of its words starts one
                    i = -j
                    first_word = False
                    continue
                if j > i:
                    out.append(Mention(toks[i][0], toks[j - 1][1], None, text[toks[i][0]:toks[j - 1][1]]))
                    i = j
                    first_word = False
                    continue
            i += 1
            first_word = False
        return self._suspended(text, start, out) if text.find("- ", start, end) >= 0 else out

    def _suspended(self, text: str, start: int, out: list[Mention]) -> list[Mention]:
        """"The 12- and 24-month natural gas strip prices": a first name whose ending is written once,
        on the second ("the 2- and 10-year yields"), is a mention of its own where the bundle knows it."""
        added: list[Mention] = []
        for m in out:
            lead = re.match(r"\d+(?=-)", m.text) if m.entity else None
            if lead is None:
                continue
            for first in _SUSPENDED.finditer(text, max(start, m.start - 40), m.start):
                if first.end() != m.start:
                    continue
                keys = tuple(norm_token(t) for t in _TOKEN.findall(first.group("n") + m.text[lead.end():]))
                name = self.names.get(keys)
                if name is not None and name != m.entity:
                    added.append(Mention(first.start("n"), first.end("n") + 1, name, text[first.start("n"):first.end("n") + 1]))
        return sorted(out + added, key=lambda x: x.start) if added else out

    @cached_property
    def _contracts(self) -> tuple[dict[str, tuple], dict[tuple, str]]:
        """Each entity whose name holds one month ("CME August live cattle") as its name with the month
        left out (the market it is a contract of), and (that market, a month) -> the month's entity."""
        template: dict[str, tuple] = {}
        siblings: dict[tuple, str] = {}
        for key, name in self.names.items():
            months = [k for k in key if k in _MONTH_WORDS]
            if len(months) == 1:
                market = tuple("*" if k == months[0] else k for k in key)
                template.setdefault(name, market)
                siblings.setdefault((market, months[0]), name)
        return template, siblings

    @cached_property
    def entity_words(self) -> dict[str, frozenset[str]]:
        """Every word of every name the bundle gives each entity (read only when a good's grade is
        weighed: not built for every bundle at start-up)."""
        words: dict[str, set[str]] = {}
        for key, name in self.names.items():
            words.setdefault(name, set()).update(key)
        return {name: frozenset(w) for name, w in words.items()}

    def _other_grade(self, toks, keys, i: int, entity: str, text: str, start: int) -> int | None:
        """The first of the lower-case grade words right before a good's name at i ("hard red winter"
        before "wheat"), where one of them is missing from every name the bundle gives the entity and
        the entity's names carry a grade the words do not ("soft"); None otherwise."""
        j = i
        while j > 0 and i - j < 3 and keys[j - 1] in _GRADES and toks[j - 1][0] >= start \
                and not text[toks[j - 1][1]:toks[j][0]].strip():
            j -= 1
        if j == i:
            return None
        said = set(keys[j:i])
        own = self.entity_words.get(entity, frozenset()) & _GRADES
        return j if (said - own) and (own - said) else None

    def _measure_at(self, keys, i: int, shortest: int = 1) -> bool:
        """A measure's name of ``shortest`` words or more starts at token i ("CPI", "Consumer Price Index")."""
        return any(tuple(keys[i:i + n]) in self.vocab.metric_ngrams
                   for n in range(shortest, min(self.vocab.metric_max_n, len(keys) - i) + 1))

    def _unknown_name(self, toks, keys, i: int, first_word: bool, text: str) -> int:
        """End index of a run of capitalised tokens at i that names something unknown, else i."""
        n_max = self.vocab.metric_max_n
        metric_first = self.vocab.metric_first
        for start in range(max(0, i - n_max + 1), i + 1):
            if keys[start] not in metric_first:
                continue  # no measure's name starts with the word
            for n in range(n_max, max(1, i - start), -1):
                if tuple(keys[start:start + n]) in self.vocab.metric_ngrams and start + n > i \
                        and all(t[2][:1].isupper() for t in toks[start:start + n]):
                    # "Gross Domestic Product grew by 0.9%", "Producer Price Index": a measure
                    # named in capitals is no company; pass over all of it
                    return -(start + n)
        if toks[i][2] in _PUBLIC_BODIES and i + 2 < len(toks) and keys[i + 1] == "of" and toks[i + 2][2][:1].isupper():
            # "released by the Ministry of Health, Labour and Welfare, the average ... was 403,490 yen": a
            # public body is a source; all of its name, a list of its remits included, is passed over
            k = i + 3
            while k < len(toks) and (toks[k][2][:1].isupper() and text[toks[k - 1][1]:toks[k][0]] == " "
                                     or keys[k] in ("and", "&") and k + 1 < len(toks) and toks[k + 1][2][:1].isupper()
                                     or text[toks[k - 1][1]:toks[k][0]] == ", " and toks[k][2][:1].isupper()
                                     and k + 1 < len(toks) and (keys[k + 1] in ("and", "&") or text[toks[k][1]:toks[k + 1][0]] == ", ")):
                k += 1
            return -k
        if _legal_form(toks[i][2]):
            return i  # "Tencent Holdings Ltd. fell 3%": a company's legal form after its name starts none
        if _SLOT_WORD.fullmatch(toks[i][2]):
            return i  # "closed at XXX.XX after a gain of 38.75 points": a placeholder, not a name
        if _GLUED_AMOUNT.fullmatch(toks[i][2]):
            return i  # "LE3.11 ($0.4)", "from A90.23c": an amount with its currency's letters, not a name
        if _PERIOD_CODE.fullmatch(toks[i][2]):
            return i  # "Q1FY27 and Q2FY27 are projected at 6.7% and 6.8%", "FY26E EPS": a period, not a name
        if _VOLUME_UNIT.fullmatch(toks[i][2]) and _AFTER_DIGIT.search(text, max(0, toks[i][0] - 2), toks[i][0]):
            return i  # "exports (48 MMT)", "66.81 Mt": a volume's unit after its number, not a name
        if _PER_UNIT.search(text, max(0, toks[i][0] - 12), toks[i][0]):
            return i  # "$11.10/mn BTU", "$6.80 per MMBtu": the unit a price is quoted in, not a name
        if _UNIT_BASIS.fullmatch(toks[i][2]) and _PER_UNIT_WORD.search(text, max(0, toks[i][0] - 16), toks[i][0]):
            return i  # "US$48.4/kg REO", "$310/t CIF", "$95 per tonne FOB": the basis a price is quoted on
        if _EXCHANGE_LABEL.match(text, toks[i][1]) and _LABEL_OPENS.search(text, max(0, toks[i][0] - 3), toks[i][0]):
            return i  # "XPeng Inc. (Nasdaq: XPEV; HKEX: 9868)": an exchange before its ticker, not a name
        if (toks[i][2] in CURRENCIES or toks[i][2] == "RMB") and (i + 1 == len(toks) or not toks[i + 1][2][:1].isupper()):
            return i  # "Revenue in USD was $4,939 million": a currency's code, not a company
        if toks[i][2] in ("US", "U.S.", "U.S") and i + 1 < len(toks) and keys[i + 1].split("/")[0] in _MONEY_NOUNS:
            return i  # "233.0 US cents/Kg Down 3.2 US cents": the currency's country, not a name
        if toks[i][2].lower() in CURRENCY_SYMBOLS and re.match(r"\s?\d", text[toks[i][1]:toks[i][1] + 2]):
            return i  # "shares worth Tk 1.30 billion", "Rs 45": a currency's sign before its amount
        if toks[i][2].lower() in _CLDR_ADJECTIVES and _INVESTORS_AFTER.match(text, toks[i][1]):
            return i  # "The purchases of Egyptian and Arab investors reached EGP 111.8 million": a group of traders
        if keys[i] in _PEOPLES and i + 1 < len(toks) \
                and not toks[i + 1][2][:1].isupper() \
                and keys[i + 1] not in _CURRENCY_NOUNS and not text[toks[i][1]:toks[i + 1][0]].strip():
            return i  # "Arab and foreign investors were net buyers": a people, not a name ("Canadian employers" is
            # Canada's economy, a name the bundle may lack)
        j = i
        informative = 0
        while j < len(toks):
            word = toks[j][2]
            if j > i and (text[toks[j - 1][1]:toks[j][0]].strip()
                          or (self._known_at(keys, j) and keys[j - 1] not in ("of", "the", "&", "de")
                              and not self._generic_tail(toks, keys, j))):
                break  # punctuation, or a name the bundle knows, ends the run ("... of the Philippines" goes on)
            if not word[0].isupper() or _MONTH_DAY.match(_POSSESSIVE_END.sub("", word)) or _LOWER_PART.search(word):
                break
            if j == i and keys[j] in self.vocab.common and tuple(keys[i:i + 2]) not in self._city_heads \
                    and not (j + 1 < len(toks) and _legal_form(toks[j + 1][2])
                             and toks[j + 1][2][:1].isupper() and not text[toks[j][1]:toks[j + 1][0]].strip()):
                # "The", "Consumer", "Exports": a common word starts no name ("New York" does, and so does
                # one with a company's legal form after it: "Shares of Target Corp. rose 1.4%")
                return i
            if j == i and first_word and _ADVERB_LY.search(keys[j]) and not toks[j][2].isupper():
                return i  # "Seasonally adjusted GDP rose", "Separately, ...": a sentence's adverb, not a name
            if j == i and first_word and word.isupper() and keys[j] in _LEDE_WORDS:
                return i  # "OIL prices settled up": a wire's capitalised first word, not a name
            if j == i and (keys[j] in self.vocab.person_titles or (i and keys[i - 1] in self.vocab.person_titles)):
                # "Governor Prof. Amir Yaron", "said Chief Executive Tim Cook": a person, quoted
                # or deciding, never the subject of a market figure: skip the whole run
                k = j
                while k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and not text[toks[k][1]:toks[k + 1][0]].strip(" ."):
                    k += 1
                return -(k + 1)
            if j == i and first_word and not word.endswith(("'s", "\u2019s")) and _PLURAL.search(word) and not word.isupper() \
                    and not (j + 1 < len(toks) and toks[j + 1][2][:1].isupper()
                             and (not toks[j + 1][2].isupper() or keys[j + 1] not in self.vocab.common)
                             and not text[toks[j][1]:toks[j + 1][0]].strip()):
                return i  # "Insurers rose 2%": a sector, not a company (not "Kansas City wheat": a name runs on)
            if keys[j] not in self.vocab.common:
                informative += 1
            j += 1
            # "Bank of China", "Procter & Gamble": join across one small word; "Bankers
            # Association of the Philippines": across "of the"
            if j + 1 < len(toks) and keys[j] in ("of", "&", "de") and toks[j + 1][2][:1].isupper():
                j += 1
            elif j + 2 < len(toks) and keys[j] == "of" and keys[j + 1] == "the" and toks[j + 2][2][:1].isupper() \
                    and not text[toks[j][1]:toks[j + 2][0]].strip(" "):
                j += 2
        if j == i or informative == 0:
            return i
        if j - i >= 2 and keys[j - 1] in _DOCUMENT_NOUNS:
            return -j  # "the National Development Plan, which needs at least 5%": a document, not a name
        if i and keys[i - 1] == "in" and tuple(keys[i:j]) in self._venues and (
                text[toks[j - 1][1]:toks[j - 1][1] + 1] == "," or (i > 1 and keys[i - 2] in _TRADED_IN)):
            # "In Tokyo, shares were fetching 1,914 yen", "the share price in Copenhagen fell": the
            # trading venue, set off by a comma or after what trades there, not the subject ("In
            # Canada, the jobless rate held at 7%" is about Canada; "shares in Rakuten" are Rakuten's);
            # all of it ("in New York": no "York" either)
            return -j
        run = tuple(keys[i:j])
        if run[-1] in ("bank", "reserve") and j < len(toks) and toks[j][2] in ("governor", "deputy"):
            # "Reserve Bank governor Lesetja Kganyago said ... growth was set to remain below 2%": a
            # central bank whose governor speaks is the source of a forecast for its economy, not its owner
            return -j
        if any(run[k:m] in self.vocab.institutions for k in range(len(run)) for m in range(k + 1, len(run) + 1)):
            return i  # an institution ("IMF", "People's Bank of China") is a source, not a subject
        if len(run) >= 2 and run[-1] in _VENUE_NOUNS:
            # "on the Shanghai Futures Exchange", "at the Unlisted Public Companies Market": a
            # trading venue locates a figure; the venues' own list is in the vocabulary. The
            # whole run is passed over, so that "Exchange" alone is not read as a name.
            return -j
        if j - i == 1 and self.vocab.metric_keys(toks[i][2]):
            return i  # a lone metric acronym ("GDP", "CPI") is not a name
        if j - i == 1 and not toks[i][2].isupper() and (keys[i] in CURRENCY_SYMBOLS and keys[i].isalpha() and len(keys[i]) > 3
                                                         or self._glued_words(keys[i])):
            # "141.55 million Dirhams": a currency's name, capitalised; "Liquidityalso soared": two
            # words that lost the space between them on the page, not a company
            return i
        if j - i == 1 and _PLURAL_ACRONYM.fullmatch(toks[i][2]):
            return i  # "FPIs have net sold", "ETFs drew": a plural acronym is a class of actors, not a name
        if j - i == 1 and first_word and self._measure_at(keys, i, shortest=2):
            return i  # "Interest rates have stood at 0.5%": a sentence's first word that opens a measure's name
        if j - i == 1 and first_word and len(keys[i]) > 5 and keys[i].endswith("ing") and j < len(toks) \
                and keys[j] in _PARTICIPLE_OBJECT and not text[toks[i][1]:toks[j][0]].strip():
            return i  # "Removing higher gas prices ..., the metric rose 4%": an opening participle, not a name
        if j - i == 1 and i and keys[i] in _CONTRACT_NOUNS and _MONTH_DAY.match(toks[i - 1][2]):
            return i  # "Light, sweet crude for March Delivery added 1.07 U.S. dollars": a contract's month, no name
        if j - i == 1 and first_word and keys[i] in _PAY_KINDS and j < len(toks) and keys[j] in _PAY_NOUNS:
            return i  # "Base pay rose 3.1 percent", "Overtime pay fell": a kind of pay, not a name
        if j - i == 1 and first_word and (_MODIFIER_END.search(toks[i][2]) or keys[i] in _OWNER_WORDS) and any(
                self.vocab.metric_keys(" ".join(t[2] for t in toks[j:j + n])) for n in (1, 2, 3)):
            return i  # "Unadjusted net income was", "Operating profit rose": a measure's modifier
        if j - i >= 2 and all(_MODIFIER_END.search(keys[k]) or keys[k] in _MEASURE_MODIFIERS for k in range(i, j - 1)) \
                and self.vocab.metric_keys(toks[j - 1][2]):
            return -j  # "Consolidated Revenue stood at Rs 2,181 crore", "Net Profit": a measure in capitals
        return j

    def _glued_words(self, key: str) -> bool:
        """A common word and a function word run together ("liquidityalso", "marketsthe")."""
        m = _GLUED_TAIL.search(key)
        return m is not None and m.start() >= 4 and key[:m.start()] in self.vocab.common

    def _hit(self, keys, i: int) -> tuple[int, str] | None:
        """The longest known name starting at token i: (tokens, entity)."""
        for n in range(min(self.max_n, len(keys) - i) if keys[i] in self.first else 0, 0, -1):
            name = self.names.get(tuple(keys[i:i + n]))
            if name is not None:
                # "Palm oil ends lower" where "palm" and "palm oil contract" name the futures and "oil"
                # crude: the words go on into the start of the same entity's longer name, so they are
                # that name, not a second one
                while i + n < len(keys) and self.prefixes.get(tuple(keys[i:i + n + 1])) == name:
                    n += 1
                return n, name
        return None

    def _market_at(self, keys, i: int) -> tuple[int, str] | None:
        """A city or people naming a market, when a move or close verb follows it (not a place
        after a preposition: "another developer in Hong Kong, fell" is the developer's move)."""
        if not self.market_names or (i and keys[i - 1] in ("in", "at", "of", "from", "to", "on", "across")):
            return None
        for n in range(min(3, len(keys) - i), 0, -1):
            name = self.market_names.get(tuple(keys[i:i + n]))
            if name is not None:
                return (n, name) if i + n < len(keys) and keys[i + n] in self.market_verbs else None
        return None

    def _instrument_at(self, keys, i: int) -> int:
        """Tokens of an unknown currency or commodity at i when a move follows it (a word such
        as "futures" or "prices" may come between), else 0."""
        for n in range(min(3, len(keys) - i), 0, -1):
            if tuple(keys[i:i + n]) in self.instruments:
                k = i + n
                if k < len(keys) and keys[k] in ("futures", "prices", "price", "contracts", "imports", "exports",
                                                 "output", "production", "shipments", "inventories", "stocks",
                                                 "stockpiles", "supplies"):
                    # ("U.S. gasoline inventories decreased by 1.4 million barrels" in a crude story)
                    k += 1  # (and "silver imports jumped 124 per cent" where the bundle trades gold and oil)
                if k < len(keys) and keys[k] in ("which", "that", "meanwhile", "also", "however", "too"):
                    # "a gain in the Australian dollar, which rose to 75.82 US cents", "Rice prices,
                    # meanwhile, rose 1.6%"
                    k += 1
                elif tuple(keys[k:k + 2]) in _ASIDES_2 or tuple(keys[k:k + 3]) in _ASIDES_3:
                    # "The Turkish lira, by contrast, fell 8.5%", "The Japanese yen, for its part, slid"
                    k += 2 if tuple(keys[k:k + 2]) in _ASIDES_2 else 3
                if k + 1 < len(keys) and keys[k] in ("has", "have", "had", "was", "were", "is") \
                        and keys[k + 1] in self.market_verbs:
                    k += 1  # "the naira has lost 40.2%"
                if k < len(keys) and keys[k] == "at" and (k + 1 == len(keys) or _PRICE_KEY.match(keys[k + 1])):
                    # "while silver was trading higher at USD 21.15 per ounce and platinum at USD 905":
                    # a market quoted at a price, its verb given once for the list (the words asked
                    # about often end at the figure: "at" last is the figure's)
                    return n
                return n if k < len(keys) and keys[k] in self.market_verbs else 0
        return 0

    def _institution_at(self, keys, i: int) -> int:
        for n in range(min(6, len(keys) - i), 0, -1):
            if tuple(keys[i:i + n]) in self.vocab.institutions:
                return n
        return 0

    def _generic_tail(self, toks, keys, j: int) -> bool:
        """"Kirkland Lake Gold added $4.86", "Kinross Gold": a known name that is a common word
        (a metal, a sector), in capitals right after an unknown name, ends that name; it is not
        the bundle's gold (a possessive before it, "Japan's Nikkei", is another thing)."""
        return (keys[j], ) in self.names and keys[j] in _GENERIC_NAMES and toks[j][2][:1].isupper() \
            and toks[j][0] == toks[j - 1][1] + 1 and not _POSSESSIVE_END.search(toks[j - 1][2]) \
            and keys[j - 1] not in _MARKET_QUALIFIERS and keys[j - 1] not in self.vocab.common

    def _known_at(self, keys, j: int) -> bool:
        return keys[j] in self.first and any(tuple(keys[j:j + n]) in self.names for n in range(1, self.max_n + 1))

    def find_digit_names(self) -> list[re.Pattern[str]]:
        return [self.digit_names_re] if self.digit_names_re else []


_MONTH_WORDS = frozenset(m.lower() for m in calendar.month_name[1:])
# institutions quoted as sources that are also listed banks, whose longer names are the companies
_LISTED_BANKS = frozenset({"jpmorgan", "goldman", "morgan", "ubs", "citi", "nomura", "hsbc", "barclays"})


def _other_country_currency(key: str, before: str) -> bool:
    """"Chilean peso": a country's adjective before a currency noun names that country's currency."""
    return key in _CURRENCY_NOUNS and bool(_NATIONALITY.fullmatch(before))


def _other_market_good(key: str, before: str, known: str) -> bool:
    """"Kansas City wheat" beside the bundle's "Chicago wheat futures", "The Chicago PMI" beside the ISM's:
    a good (or a gauge) the bundle names with a market of its own, qualified by another market."""
    return key in _QUALIFIED_GOODS and not _POSSESSIVE_END.search(before) \
        and any(w[:1].isupper() and w.lower() not in _MARKET_QUALIFIERS for w in known.split() if w.lower() != key) \
        and not any(w.lower() in _MARKET_QUALIFIERS for w in before.split())


# the currency nouns the figure tables know only in the plural ("pesos", "shillings", "pounds")
_SINGULAR_CURRENCY = {"peso": CURRENCY_SYMBOLS["pesos"], "shilling": CURRENCY_SYMBOLS["shillings"],
                      "pound": CURRENCY_SYMBOLS["pounds"]}
_ASIDES_2 = frozenset({("by", "contrast"), ("by", "comparison"), ("in", "contrast"), ("in", "turn"), ("for", "instance")})
_ASIDES_3 = frozenset({("for", "its", "part"), ("on", "the", "other")})

# the names a bundle gives a commodity or a sector that end many a company's name
_GENERIC_NAMES = frozenset({"gold", "silver", "copper", "oil", "energy", "resources", "minerals", "mining", "metals",
                            "bitcoin", "petroleum", "gas", "power", "steel", "cement", "bank", "banks",
                            # sectors a Gulf or African board lists: "Doha Insurance Group", "Ezdan Property"
                            "insurance", "telecom", "telecoms", "property", "properties", "shipping", "transport"})

# a country's adjective before its traders: "Egyptian and Arab investors", "foreign and local funds"
_INVESTORS_AFTER = rx.compile(r"(?:\s+and\s+[A-Z][a-z]+)?\s+(?:investors|traders|buyers|sellers|institutions|individuals"
                              r"|funds|participants)\b")

# what a capitalised run ending so names is a document or a programme, which no figure is about
# (not a report or a survey, which publish series: "ADP National Employment Report showed private payrolls ...")
_DOCUMENT_NOUNS = frozenset({"plan", "programme", "program", "strategy", "act", "law", "agreement", "policy", "bill",
                             "framework", "scheme", "initiative", "vision", "agenda", "accord", "treaty"})

# peoples and regions no bundle names an economy by: "Arab and foreign investors"
_PEOPLES = frozenset({"arab", "gulf", "western", "nordic", "foreign", "local"})

# goods quoted in several markets under one name: "Kansas City wheat" is not the bundle's "Chicago wheat"
# the grades a good trades in, written before its name: "hard red winter wheat", "white sugar", "heavy sour crude"
_GRADES = frozenset({"hard", "soft", "spring", "winter", "durum", "white", "red", "yellow", "raw", "refined", "arabica",
                     "robusta", "light", "heavy", "sweet", "sour", "thermal", "coking", "metallurgical", "brown", "milling"})
_QUALIFIED_GOODS = frozenset({"wheat", "corn", "soybeans", "soybean", "coffee", "cocoa", "sugar", "cotton", "crude",
                              "coal", "gas", "rice", "canola", "oats",
                              # and a gauge another body publishes: "The Chicago PMI" beside the ISM's
                              "pmi"})

# where a price is quoted, not who: "Spot Gold", "Comex Copper", "LME Copper"
_MARKET_QUALIFIERS = frozenset({"spot", "comex", "lme", "nymex", "ice", "cme", "mcx", "shfe", "london", "new", "york",
                                "us", "u.s", "world", "global", "physical", "benchmark", "futures", "brent", "wti"})


_STOCK_VERBS = frozenset({"rose", "fell", "gained", "lost", "climbed", "slid", "slipped", "jumped", "dropped", "tumbled",
                          "surged", "soared", "plunged", "sank", "advanced", "declined", "rallied", "shares", "stock"})
_CLOSE_VERBS = frozenset({"closed", "ended", "finished", "opened", "settled", "traded", "stood", "was", "were",
                          # "South Korean shares extended their record-breaking run", "... hit a record"
                          "extended", "hit", "snapped", "posted", "notched", "reached", "touched", "marked", "logged"})
# "Insurers", "Miners", "Banks"; not "Mphasis", "Nexus", "Oasis", "Glass" (no plural ends so)
_GLUED_TAIL = rx.compile(r"(?:also|the|and|was|were|has|had|which|with|from|that)$")
# an adverb's ending, on a word long enough to be one ("Seasonally", "Separately"; not "Italy", "Kelly")
_ADVERB_LY = rx.compile(r"\w{3,}(?:al|at|iv|ous|ed|ar|ab|ib|ful|ent|ant|ing|on)ly$")
# (not "-os": "Argos sales rose 4.6%" is a company; English plurals in "-os" rarely open a clause)
_PLURAL = rx.compile(r"(?:ers|ors|ies|ants|ents|ines|ists|ials|ers'|(?<!s|u|i|o)s)$")
_GENERIC_TAIL = frozenset({
    "index", "composite", "corp", "corporation", "inc", "ltd", "limited", "co", "group", "holding", "holdings",
    "technologies", "technology", "plc", "sa", "ag", "nv", "se", "company", "incorporated",
})
_CORP_SUFFIX = frozenset({"corp", "corporation", "inc", "ltd", "limited", "co", "group", "holding", "holdings", "plc", "sa", "ag", "nv", "se"})
_LOWER_PART = rx.compile(r"-[a-z]")
# a token that opens a price: a number, with or without its currency's sign, or a currency's code
_PRICE_KEY = rx.compile(r"[$\u20ac\u00a3\u00a5\u20b9\u20a6]?\d|(?:usd|us\$|eur|gbp|inr|rs|rm|rp)$")
# _unknown_name's patterns, compiled once: it runs on every capitalised word
# a company's legal form, written after its name ("Tencent Holdings Ltd.", "SAB de CV")
LEGAL_FORMS = frozenset({"ltd", "inc", "corp", "co", "plc", "ag", "nv", "bhd", "berhad", "tbk", "llc", "limited",
                         "sab", "cv", "spa", "asa", "oyj", "gmbh", "kgaa", "pjsc", "jsc", "psc", "qpsc", "saog"})
_VOLUME_UNIT = rx.compile(VOLUME_UNITS)
_AFTER_DIGIT = rx.compile(r"\d\s?$")
_PER_UNIT = rx.compile(r"(?:\d\s*/|\bper)\s*(?:mn|mm|m|million|k|thousand|metric)?\s*$", re.I)
_PER_UNIT_WORD = rx.compile(r"(?:\d\s*/\s*|\d\s+(?:a|per)\s+)(?:metric\s+)?[A-Za-z]{1,6}\s+$")
_UNIT_BASIS = rx.compile(r"[A-Z]{2,4}")  # REO, FOB, CIF, CFR, DDP ...
# an exchange's code for a listed name, after the exchange's label: "Nasdaq: XPEV", "HKEX: 9868", "BMV:PINFRA"
EXCHANGE_CODE = r"[A-Za-z]{2,8}\s?:\s?[A-Z0-9][A-Za-z0-9.]{0,9}"
_EXCHANGE_LABEL = rx.compile(r"\s?:\s?[A-Z0-9][A-Za-z0-9.]{0,9}\s*[;,)\]]")  # the code after a label (EXCHANGE_CODE's tail)
_LABEL_OPENS = rx.compile(r"[;,]\s*$")
_CURRENCY_NOUNS = frozenset({"peso", "pesos", "dollar", "dollars", "real", "rupee", "rupees", "rand", "franc", "francs",
                             "krona", "krone", "lira", "ringgit", "rupiah", "won", "yuan", "dinar", "riyal", "shilling"})
_NATIONALITY = rx.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)")
_GLUED_AMOUNT = rx.compile(r"[A-Z]{1,3}\d[\d,]*\.\d+(?:c|[mbk]n?|tn)?|[A-Z]{3}\d[\d,]*(?:[mbk]n?|tn)|(?:Dhs?|QR|AED|SR|LE|Rs|Tk|TL|RM|Rp)\d[\d,.]*(?:[mb]n?|tn|k)?")
_SLOT_WORD = rx.compile(r"[Xx]{2,}|TBD|TBA|N/?A")
_POSSESSIVE_END = rx.compile(r"(?:'s|\u2019s)$")
_PLURAL_ACRONYM = rx.compile(r"[A-Z]{2,6}s")
# "Group revenue rose 5.9%", "Company sales": the whole company's measure, in a sentence's capital
_OWNER_WORDS = frozenset({"group", "company", "firm", "consolidated", "overall", "companywide", "groupwide"})
# the words before "Bank of <country>" that make it the country's central bank, not a lender
_CENTRAL_BANK_WORDS = frozenset({"reserve", "central", "national", "people's", "people", "federal"})
_MONEY_NOUNS = frozenset({"cents", "cent", "dollars", "dollar"})
# the heads of a public body's name ("Ministry of Finance", "Department of Statistics"): a source, not a subject
_PUBLIC_BODIES = frozenset({"Ministry", "Department", "Bureau", "Agency", "Office", "Commission", "Authority"})
_MODIFIER_END = rx.compile(r"[a-z](?:ed|al|ing)$")
_PAY_KINDS = frozenset({"base", "basic", "regular", "overtime", "bonus", "scheduled", "contractual", "special", "real",
                        "nominal", "average", "median", "hourly", "weekly", "monthly"})
_PAY_NOUNS = frozenset({"pay", "wages", "wage", "salaries", "salary", "earnings", "payments", "bonuses", "compensation"})
_CONTRACT_NOUNS = frozenset({"delivery", "contract", "contracts", "futures", "settlement", "expiry"})
# what follows a participle opening a sentence ("Removing higher gas prices", "Adjusting for inflation")
_PARTICIPLE_OBJECT = frozenset({"the", "a", "an", "its", "their", "higher", "lower", "for", "out", "off", "aside", "away"})
_MEASURE_MODIFIERS = frozenset({"net", "gross", "total", "core", "adjusted", "underlying", "quarterly", "annual"})
_MONTH_DAY = rx.compile(
    r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Q[1-4]|H[12]|FY\d*)\.?$"
    # "April-September": a span of months
    r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[-\u2013/](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$"
)


def _legal_form(word: str) -> bool:
    """A company's legal form ("Ltd.", "Corp", "Inc.")."""
    return word.rstrip(".").lower() in LEGAL_FORMS


# (a lower-case phrase: "Reserve Bank of India (RBI)" names a body, not a measure)
# ("System wide sales (SWS), a measure of all sales": a capital first word too, with another after it; not
# "Tesla (TSLA)", a ticker)
_MEASURE_ABBREVIATION = re.compile(r"\b(?:[a-z][a-z-]+|[A-Z][a-z-]+(?=[ \t]+[a-z]))(?:[ \t]+[a-z][a-z-]+){0,4}[ \t]+"
                                   r"\((?P<abbr>[A-Z]{2,6})\)")
_VERB_FORM = re.compile(r"[A-Z][a-z]+(?:ed|ing)")
# (and a label's colon: "Revenue: Increased 7 percent to C$1.75 billion")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"\u201d\u2019]?[ \t]+|\n[ \t]*|[A-Za-z]:[ \t]+)$")
# (the word after a participle, not a verb: "Sterling fell", "Beijing said" are names)
_LOWER_WORD_NEXT = re.compile(r"[ \t]+(?:down|up|by|on|in|at|from|to|after|with|for|over|under|amid|against|the|a|an|its"
                              r"|their|his|her|fast|sharply|slowly|steadily|out|off)\b|[ \t]+[-+]?[$\u20ac\u00a3]?\d")


# "TD Bank senior economist James Orlando said ... inflation remained below three per cent": the
# house a commentator speaks for, whose figures an economist or a strategist does not report
# (a named one: "Westpac's economists had pencilled in a 50 basis point hike" is Westpac's forecast)
_COMMENTATOR_AFTER = re.compile(r"[ \t]+(?:(?:senior|chief|lead|head|deputy|global|international|regional|market"
                                r"|markets|currency|FX|fx|rates|equity|macro|investment|research|commodities"
                                r"|commodity|economic|financial|principal|managing|and)[ \t]+){0,3}"
                                r"(?:economist|analyst|strategist)[ \t]+[A-Z][a-z]+[ \t]+[A-Z]")


class DocMentions:
    """Mentions per stretch of one draft, computed once: several rules ask for the same sentence."""

    def __init__(self, index: EntityIndex, doc, common: frozenset[str] | set[str] = frozenset()) -> None:
        self.index, self.doc, self.text = index, doc, doc.text
        self.common = common
        self._cache: dict[tuple[int, int, bool], list[Mention]] = {}
        # "a better combined operating ratio (COR)": an abbreviation the draft defines for a measure
        self.measure_abbreviations = {m.group("abbr") for m in _MEASURE_ABBREVIATION.finditer(self.text)}

    def __call__(self, start: int, end: int, heading: bool = False) -> list[Mention]:
        key = (start, end, heading)
        hit = self._cache.get(key)
        if hit is None:
            hit = [m for m in self.index.mentions(self.text, start, end, heading, self.doc.tokens(start, end))
                   if m.entity is not None or not (self._not_a_name(m) or _COMMENTATOR_AFTER.match(self.text, m.end))]
            # "Nigeria's cocoa exports fell 11%": a commodity the bundle names, owned by a place or a
            # company it does not know, is that one's trade or output, not the commodity's market;
            # and "Peru's central bank cut": a lower-case name the bundle gives its own body, owned
            # by another, is that other's
            hit = [m for k, m in enumerate(hit) if not (
                k and m.entity is not None and (m.text.lower() in COMMODITY_WORDS or m.text.islower())
                and hit[k - 1].entity is None and hit[k - 1].text.endswith(("'s", "\u2019s"))
                and not self.text[hit[k - 1].end:m.start].strip())]
            self._cache[key] = hit
        return hit

    def _not_a_name(self, m: Mention) -> bool:
        """An unknown "name" that is none: a measure's abbreviation the draft defined ("The COR improved to
        97%"), or the verb or participle that opens a sentence ("Weighed down by sweeping austerity
        measures", "Growing by 3 points"), capitalised only for its place."""
        bare = re.sub(r"^[Tt]he\s+|['\u2019]s$", "", m.text)
        if bare in self.measure_abbreviations:
            return True  # (only the abbreviation alone: "Sri Lanka's PMI", "Flash Eurozone Manufacturing PMI" are names)
        head = re.match(r"([A-Z]{2,6})%?\s+of\b", bare)
        if head and head.group(1) in self.measure_abbreviations:
            return True  # "SWS of North America ... grew by 15.1%": the measure of a part, named after "of"
        return " " not in m.text and (m.text.lower() in self.common or m.text.lower() in self.index.vocab.direction_of) \
            and _VERB_FORM.fullmatch(m.text) is not None \
            and _SENTENCE_OPENING.search(self.text, max(0, m.start - 3), m.start) is not None \
            and _LOWER_WORD_NEXT.match(self.text, m.end) is not None
