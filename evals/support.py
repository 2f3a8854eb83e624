"""What the evidence supports: an index over a bundle's facts and values derived from them.

Built once per bundle (``FactIndex(bundle)``) and reused across checks: the agent
re-checks the same bundle after every revision. Lookups are by value within a
tolerance interval (bisect over sorted values per unit family), never a scan of
all facts per figure.

Tolerance (one rule; see evals/docs/G001.md):
- unhedged, a figure covers half a unit of its last digit: "182%" is 181.5..182.5,
  "182.4%" 182.35..182.45, "1.7 trillion" 1.65..1.75 trillion;
- a word multiple ("doubled") covers 5% of the multiple either side;
- a hedge widens it by T = max(10% of the stated value, one unit of its last digit):
  above ("more than X") X < v <= X+T; below ("nearly X") X-T <= v <= X+half a unit;
  around ("about X") X-T <= v <= X+T.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import combinations

from evals.figures import Figure, named_currency
from evals.periods import fact_interval
from marketdesk.models import EvidenceBundle, Fact, parse_unit

EPS = 1e-9
# A derivation group larger than this is skipped (pairs grow as n^2); real groups
# (one entity's metric over a few periods) hold a handful of facts.
MAX_GROUP = 60

FAMILY = {"%": "percent", "pp": "pp", "x": "multiple", "pts": "points", "count": "count"}


@dataclass(frozen=True, slots=True)
class Support:
    """A value the evidence states or implies, and the facts behind it."""

    value: float  # in the family's base unit (currency in units, not bn)
    family: str
    facts: tuple[Fact, ...]
    how: str  # "fact", "change", "relative", "ratio", "gap", "multiple"

    @property
    def fact(self) -> Fact:
        return self.facts[-1]

    @property
    def signed(self) -> bool:
        """True when the sign is a direction: a change fact or a change between periods."""
        return self.how in ("change", "relative", "signed_fact", "level_gap")


def fact_name(fact: Fact) -> str:
    """The words a fact is known by: its metric, its id and its label ("low_52w a_lo Agnico Eagle
    52-week low"), for asking whether a draft's words name it."""
    return " ".join((fact.metric, fact.id, fact.label or ""))


def fact_family(fact: Fact) -> tuple[str, float]:
    return unit_family(fact.unit)


@lru_cache(maxsize=512)
def unit_family(unit: str) -> tuple[str, float]:
    family, scale = parse_unit(unit)
    return (FAMILY.get(family) or f"currency:{family}"), scale


# A currency's own code, by the names a bundle gives currencies ("yen", "Japanese yen").
_CURRENCY_CODE = {
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupee": "INR", "euro": "EUR",
    "pound": "GBP", "sterling": "GBP", "dollar": "USD", "franc": "CHF", "ringgit": "MYR", "baht": "THB",
    "rupiah": "IDR", "peso": "MXN|PHP|CLP|COP|ARS", "real": "BRL", "rand": "ZAR", "lira": "TRY", "ruble": "RUB",
    "rouble": "RUB", "philippine peso": "PHP", "mexican peso": "MXN", "chilean peso": "CLP", "krona": "SEK",
    "krone": "NOK|DKK", "zloty": "PLN", "forint": "HUF", "shekel": "ILS", "riyal": "SAR", "dirham": "AED",
    "dong": "VND", "australian dollar": "AUD", "aussie": "AUD", "loonie": "CAD", "canadian dollar": "CAD",
    "singapore dollar": "SGD", "hong kong dollar": "HKD", "taiwan dollar": "TWD",
}


def currency_of(entity: str) -> str | None:
    """The currency code(s) an entity's name says it is ("yen": JPY, "New Zealand dollar": NZD,
    "peso": MXN|PHP|...), or None for a name that is no currency's."""
    name = entity.lower().strip()
    code = _CURRENCY_CODE.get(name) or _CURRENCY_CODE.get(name.split()[-1]) if name else None
    if code and name not in _CURRENCY_CODE and len(name.split()) > 1 and (named := named_currency(entity)):
        code = named  # "New Zealand dollar" is NZD, not the "dollar" (USD) its last word says
    if name.upper() in {"JPY", "CNY", "KRW", "INR", "GBP", "EUR", "CHF"}:
        code = name.upper()
    return code


def quoted_against_itself(fact: Fact) -> bool:
    """A currency's rate written in its own unit ("yen", 156.3 JPY: the dollar's price in
    yen): the currency is stronger when the number is lower. "The yen weakened to 156.3"
    is a rise in the value; "the euro at $1.08" (EUR quoted in USD) moves with the euro."""
    code = currency_of(fact.entity)
    return code is not None and parse_unit(fact.unit)[0] in code.split("|")


class FactIndex:
    def __init__(self, bundle: EvidenceBundle, is_change_metric) -> None:
        self.bundle = bundle
        self.facts = bundle.facts
        self.is_change = is_change_metric
        self._derived: dict[str, tuple[list[float], list[Support]]] | None = None
        self._owners: dict[frozenset, str | None] = {}  # a metric set's sole owner
        self._entity_sups: dict[str, list[tuple[str, Support]]] = {}
        # One pass into plain lists: supports are built only for the facts a lookup returns.
        # (A 10,000-fact bundle is indexed cold on every check: each unit is parsed once.)
        rows: dict[str, tuple[list[float], list[int]]] = {}
        by_entity: defaultdict[str, list[Fact]] = defaultdict(list)
        by_metric: defaultdict[str, list[Fact]] = defaultdict(list)
        families: dict[str, tuple[list[float], list[int], float]] = {}
        for i, f in enumerate(bundle.facts):
            unit = f.unit
            row = families.get(unit)
            if row is None:
                fam, scale = unit_family(unit)
                row = families[unit] = (*rows.setdefault(fam, ([], [])), scale)
            row[0].append(f.value * row[2])
            row[1].append(i)
            by_entity[f.entity].append(f)
            by_metric[f.metric].append(f)
        self.by_entity, self.by_metric = dict(by_entity), dict(by_metric)
        self.metrics = set(self.by_metric)
        self._buckets: dict[str, tuple[list[float], list[int]]] = {}
        for fam, (values, ids) in rows.items():
            order = sorted(range(len(values)), key=values.__getitem__)
            self._buckets[fam] = ([values[k] for k in order], [ids[k] for k in order])
        self.currency_families = [f for f in self._buckets if f.startswith("currency:")]

    @cached_property
    def by_id(self) -> dict[str, Fact]:
        """Each fact by its id (built the first time a finding needs it, not on every cold index)."""
        return {f.id: f for f in self.facts}

    def _set_bucket(self, name: str, rows: list[tuple[float, int]]) -> None:
        rows.sort()
        self._buckets[name] = ([v for v, _ in rows], [i for _, i in rows])

    def _bucket(self, name: str) -> tuple[list[float], list[int]]:
        hit = self._buckets.get(name)
        if hit is not None:
            return hit
        if name == "raw":  # bare numbers ("debt stood at 89,105.2.") compare as written
            self._set_bucket("raw", [(f.value, i) for i, f in enumerate(self.facts)])
        elif name == "multiple+":  # x facts, and change facts as multiples: +182.4% is x2.824
            rows = [(v, i) for v, i in zip(*self._bucket("multiple"))]
            rows += [(1 + self.facts[i].value / 100.0, ~i) for i in self._bucket("percent")[1]
                     if self.is_change(self.facts[i].metric)]
            self._set_bucket("multiple+", rows)
        else:
            return (), ()
        return self._buckets[name]

    def _support(self, bucket: str, value: float, i: int) -> Support:
        if i < 0:
            return Support(value, "multiple", (self.facts[~i],), "multiple")
        f = self.facts[i]
        fam = unit_family(f.unit)[0] if bucket == "raw" else bucket
        return Support(value, fam, (f,), "signed_fact" if self.is_change(f.metric) else "fact")

    def _supports_of(self, f: Fact):
        fam, scale = unit_family(f.unit)
        how = "signed_fact" if self.is_change(f.metric) else "fact"
        yield fam, Support(f.value * scale, fam, (f,), how)
        yield "raw", Support(f.value, fam, (f,), how)
        if fam == "percent" and how == "signed_fact":
            yield "multiple", Support(1 + f.value / 100.0, "multiple", (f,), "multiple")

    def sole_owner(self, metrics) -> str | None:
        """The one entity that has facts of these metrics, or None when none or several do. It
        stops at the second owner: a 10,000-fact bundle is indexed cold on every check."""
        key = frozenset(metrics)
        if key in self._owners:
            return self._owners[key]
        owner = None
        for m in key:
            for f in self.by_metric.get(m, ()):
                if owner is None:
                    owner = f.entity
                elif f.entity != owner:
                    self._owners[key] = None
                    return None
        self._owners[key] = owner
        return owner

    def entity_supports(self, entities, ranges) -> list[Support]:
        """Direct supports among a few entities' facts whose value lies in one of the ranges."""
        out = []
        # each range's bounds with their tolerance, worked out once rather than per support
        bounds = [(fam, a - EPS * max(1, abs(a)), b + EPS * max(1, abs(b))) for fam, a, b in ranges]
        for e in entities:
            sups = self._entity_sups.get(e)
            if sups is None:
                sups = self._entity_sups[e] = [x for f in self.by_entity.get(e, ()) for x in self._supports_of(f)]
            for bucket, s in sups:
                for fam, lo, hi in bounds:
                    if bucket == fam and lo <= s.value <= hi:
                        out.append(s)
                        break
        return out

    # -- direct support ------------------------------------------------------
    def in_range(self, family: str, lo: float, hi: float) -> list[Support]:
        name = "multiple+" if family == "multiple" else family
        vals, idxs = self._bucket(name)
        i = bisect_left(vals, lo - EPS * max(1, abs(lo)))
        j = bisect_right(vals, hi + EPS * max(1, abs(hi)))
        return [self._support(family, vals[k], idxs[k]) for k in range(i, j)]

    def nearest(self, family: str, value: float) -> Support | None:
        """The closest stated value in a family."""
        name = "multiple+" if family == "multiple" else family
        vals, idxs = self._bucket(name)
        if not vals:
            return None
        i = bisect_left(vals, value)
        ks = [k for k in (i - 1, i) if 0 <= k < len(vals)]
        k = min(ks, key=lambda k: abs(vals[k] - value))
        return self._support(family, vals[k], idxs[k])

    # -- derived support -----------------------------------------------------
    def _derived_table(self) -> dict[str, tuple[list[float], list[Support]]]:
        """Every change, relative change, ratio and point gap within small groups, sorted.

        Groups: one entity's metric across periods (changes, ratios), and one
        entity's percentages in one period ("0.1 points below the 1.4% consensus").
        Built on first use, so a draft whose figures are all stated facts never pays.
        """
        if self._derived is not None:
            return self._derived
        groups: dict[tuple, list[Fact]] = {}
        for f in self.facts:
            groups.setdefault(("em", f.entity, f.metric, f.unit), []).append(f)
            if f.unit == "%":  # an actual against its consensus or target: same stem, same period
                groups.setdefault(("ep", f.entity, f.period, f.metric.split("_")[0]), []).append(f)
            else:  # one entity's levels in one unit: "a target 13% above the close"
                groups.setdefault(("eu", f.entity, f.unit), []).append(f)
        buckets: dict[str, list[Support]] = {}
        for key, members in groups.items():
            if len(members) < 2 or len(members) > MAX_GROUP:
                continue
            if key[0] == "em" and "change" in key[2]:
                # a change against another period's change ("cut by 75 basis points" against a cut
                # of 25 a year after one of 100) is no figure a story states; it only lends a wrong
                # figure a direction to be read against
                continue
            if key[0] == "em":
                members = sorted(members, key=lambda f: fact_interval(f.period))
            # a fiscal year's growth against one month's ("5.8% for FY2023-24" and "5.6% in February")
            # is no change of one series: two measures that share a name
            per_span = key[0] == "em" and not _RATE_OVER_SPAN.isdisjoint(key[2].split("_"))
            for a, b in combinations(members, 2):
                if per_span and not _same_span_length(a, b):
                    continue
                for sup in pair_values(key[0], a, b):
                    buckets.setdefault(sup.family, []).append(sup)
        self._derived = {}
        for fam, items in buckets.items():
            items.sort(key=lambda s: s.value)
            self._derived[fam] = ([s.value for s in items], items)
        return self._derived

    def derived(self, family: str, lo: float, hi: float, entities: set[str] | None = None,
                named: set[str] | None = None) -> list[Support]:
        """Derived values in [lo, hi] or [-hi, -lo]; with ``entities``, only those about them.

        Cross-entity point gaps ("SMIC beat the CSI 300 by 165 points") are formed only
        between ``named`` entities (this sentence and the one before), so they never
        range over the whole bundle.
        """
        vals, items = self._derived_table().get(family, ((), ()))
        out = []
        for a, b in ((lo, hi), (-hi, -lo)):
            i, j = bisect_left(vals, a - EPS), bisect_right(vals, b + EPS)
            out.extend(items[i:j])
        if entities:
            out = [s for s in out if any(f.entity in entities for f in s.facts)]
        if named:
            named = [f for e in named for f in self.by_entity.get(e, ()) if f.unit == "%"]
            if len(named) <= MAX_GROUP:
                for a, b in combinations(named, 2):
                    if a.entity != b.entity and a.metric == b.metric:
                        out.extend(s for s in pair_values("mp", a, b) if s.family == family and lo - EPS <= s.value <= hi + EPS)
        return out


    def derived_about(self, entity: str, family: str) -> list[Support]:
        """Every derived value in a family that involves one entity's facts (for messages
        and mismatches: "revenue grew 70%" against a derived +62%)."""
        vals, items = self._derived_table().get(family, ((), ()))
        return [s for s in items if any(f.entity == entity for f in s.facts)]


# a rate measured over its period (a year's growth, a month's), whose length the measure is defined by
# (a level held over a span, a return to date, is not: "the rate held at 4.5% from May to August")
_RATE_OVER_SPAN = frozenset({"yoy", "qoq", "mom", "growth"})


def _same_span_length(a: Fact, b: Fact) -> bool:
    """Two facts' periods are of one length: two days, two months, two quarters, two years (within
    half again, so a quarter of 90 days and one of 92, or a 30-day month and a 31-day one, agree)."""
    (a0, a1), (b0, b1) = fact_interval(a.period), fact_interval(b.period)
    da, db = (a1 - a0).days + 1, (b1 - b0).days + 1
    return max(da, db) <= 1.5 * min(da, db)


def _changey(metric: str) -> bool:
    m = metric.lower()
    return any(k in m for k in ("change", "yoy", "qoq", "mom", "growth", "return", "ytd"))


def pair_values(kind: str, a: Fact, b: Fact) -> list[Support]:
    """Values two facts imply. For kind "em", ``a`` is the earlier period."""
    fam, scale = fact_family(a)
    va, vb = a.value * scale, b.value * scale
    out: list[Support] = []
    if kind == "em":
        diff = vb - va
        if fam == "percent":
            out += [Support(diff, "pp", (a, b), "change"), Support(diff, "points", (a, b), "change")]
            if not _changey(a.metric):
                # "rates rose 0.25%" said of points, for levels (rates, yields, ratios) only:
                # "prices rose 0.5%" is never the change in an inflation rate.
                out.append(Support(diff, "percent", (a, b), "change"))
        elif fam == "points":
            out += [Support(diff, "points", (a, b), "change"), Support(diff, "pp", (a, b), "change")]
        else:
            out.append(Support(diff, fam, (a, b), "change"))
        if va > 0 and vb >= 0:
            out.append(Support((vb / va - 1) * 100.0, "percent", (a, b), "relative"))
            out.append(Support(vb / va, "multiple", (a, b), "ratio"))
    elif kind == "eu":
        if a.metric != b.metric:  # "beat the $1.25 expected by 5 cents"
            out.append(Support(abs(vb - va), fam, (a, b), "gap"))
        if va > 0 and vb > 0 and a.metric != b.metric:
            # Signed from a base: the record $126,200 to $90,400 is -28.4% ("a drop of 28%
            # from the peak"); $90,400 to $126,200 is +39.6% ("the record is 40% above").
            for base, other, x, y in ((a, b, va, vb), (b, a, vb, va)):
                out.append(Support((y / x - 1) * 100.0, "percent", (base, other), "level_gap"))
                out.append(Support(y / x, "multiple", (base, other), "level_ratio"))
    else:
        gap = abs(vb - va)
        out += [Support(gap, "pp", (a, b), "gap"), Support(gap, "points", (a, b), "gap")]
        if kind == "mp":  # "SMIC beat the index by 165%" said of points, across entities only
            out.append(Support(gap, "percent", (a, b), "gap"))
        if va > 0 and vb > 0:  # "up 68%, more than four times the S&P 500's gain"
            out += [Support(vb / va, "multiple", (a, b), "ratio"), Support(va / vb, "multiple", (b, a), "ratio")]
    return out


def interval(fig: Figure, hedge: str | None, value: float | None = None) -> tuple[float, float]:
    """The true values a figure's words allow, in its own unit (before scale)."""
    v = abs(fig.value if value is None else value)
    if fig.hi is not None:
        lo, hi = sorted((abs(fig.value), abs(fig.hi)))
        t = max(0.1 * hi, fig.step) if hedge else fig.step / 2
        return lo - t, hi + t
    if fig.is_word:
        # "inflation halved to 6.9% from 14.9%" (x0.46): a verb's multiple is a round word, a little
        # looser than a number written in words
        half = 0.08 * v if fig.verb_multiple else 0.05 * v
    else:
        half = fig.step / 2
        if fig.step == 1 and v >= 1000 and v % 100 == 0:
            # "plunged ... to 2,400 points" for 2,376.47: a round number is as precise as its
            # last non-zero digit (within a fortieth of itself, so "2,000" is not 2,376)
            zeros = len(str(int(v))) - len(str(int(v)).rstrip("0"))
            half = min(0.5 * 10 ** zeros, 0.025 * v)
    if hedge is None and not fig.is_word and (fig.step <= 0.01 or (fig.step == 1 and v >= 1000 and v % 100)
                                              or (fig.step == 1 and fig.unit == "points" and v >= 20 and v % 100)):
        # "the 10-year yield at 8.76%" for 8.766: a figure to the hundredth (a yield, a price) cut short
        # rather than rounded, as charts and quote screens do: up to, not including, one unit of its last digit;
        # so is a level in thousands cut to its whole points ("closed at ... 19,635" for 19,635.72), and an
        # index's move in whole points ("Sensex fell by 365 points" for 365.83, as Indian and wire copy cut it)
        return v - half, v + fig.step * 0.999
    if hedge is None:
        return v - half, v + half
    # A hedge widens by a bounded relative amount, never by a whole unit of the last digit:
    # "nearly 1%" is not 0.2%, "about 4%" is not 5.0%; honest rounding (half a unit) stays.
    t = max(0.1 * v, half)
    if hedge in ("above", "below") and ((fig.step >= 1 and v >= 5 and v % 5 == 0)
                                         or (fig.is_word and (fig.unit == "percent"
                                                              or (fig.unit == "multiple" and hedge == "above")))):
        # "more than 10 percent off its high" for 11.1, "more than a third" for 36.7%, "more than
        # tripling" for x3.39: a round threshold (a fraction in words is one, and a multiple
        # exceeded; "nearly doubled" stays close below x2), the side is the claim
        t = max(0.2 * v, half)
    if hedge == "below" and fig.verb_multiple and v < 1:
        # "inflation has more than halved" for 10.1% to 3.9% (x0.39): a shrinking multiple
        # exceeded is a bound, so far as a fall of seven tenths
        t = max(0.4 * v, half)
    # (a whole number of cents is one too: "down more than 4 cents" for 4.6 cents, read as 0.04 with a step of 0.01)
    whole = fig.step >= 1 or (fig.step == 0.01 and fig.unit.startswith("currency:") and fig.scale == 1.0 and v < 1
                              and not fig.is_word)
    if hedge == "above" and whole and (not fig.is_word or (fig.unit in ("percent", "pp") and v == int(v))
                                       or (fig.scale > 1 and v == int(v))):
        # "BCP fell more than 3%" for 3.51: a whole number exceeded holds everything up to the
        # next one (what is more than 4% is said so), and keeps its side; in words too ("plunged
        # by more than one percent" for 1.39, "over two billion rupees in turnover" for 2.24,
        # "contributed over one percentage point" for 1.3)
        t = max(t, 0.999 * fig.step)
    if hedge == "above":
        return v + EPS, v + t
    if hedge == "below":
        return v - t, v + half
    return v - t, v + t
