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
from dataclasses import dataclass
from itertools import combinations

from evals.figures import Figure
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
        return self.how in ("change", "relative", "signed_fact")


def fact_family(fact: Fact) -> tuple[str, float]:
    family, scale = parse_unit(fact.unit)
    return (FAMILY.get(family) or f"currency:{family}"), scale


class FactIndex:
    def __init__(self, bundle: EvidenceBundle, is_change_metric) -> None:
        self.bundle = bundle
        self.facts = bundle.facts
        self.by_id = {f.id: f for f in bundle.facts}
        self.is_change = is_change_metric
        self._sorted: dict[str, tuple[list[float], list[Support]]] = {}
        self._derived: dict[str, tuple[list[float], list[Support]]] | None = None
        buckets: dict[str, list[Support]] = {}
        self.by_entity: dict[str, list[Fact]] = {}
        self.by_metric: dict[str, list[Fact]] = {}
        self.metrics = set()
        for f in bundle.facts:
            fam, scale = fact_family(f)
            how = "signed_fact" if self.is_change(f.metric) else "fact"
            buckets.setdefault(fam, []).append(Support(f.value * scale, fam, (f,), how))
            # Bare numbers ("debt stood at 89,105.2.") are looked up as written in the fact's unit.
            buckets.setdefault("raw", []).append(Support(f.value, fam, (f,), how))
            if fam == "percent" and self.is_change(f.metric):
                # A 182.4% rise is a x2.824 multiple of the start ("nearly tripled").
                buckets.setdefault("multiple", []).append(
                    Support(1 + f.value / 100.0, "multiple", (f,), "multiple")
                )
            self.by_entity.setdefault(f.entity, []).append(f)
            self.by_metric.setdefault(f.metric, []).append(f)
            self.metrics.add(f.metric)
        for fam, items in buckets.items():
            items.sort(key=lambda s: s.value)
            self._sorted[fam] = ([s.value for s in items], items)

    # -- direct support ------------------------------------------------------
    def in_range(self, family: str, lo: float, hi: float) -> list[Support]:
        vals, items = self._sorted.get(family, ((), ()))
        i, j = bisect_left(vals, lo - EPS * max(1, abs(lo))), bisect_right(vals, hi + EPS * max(1, abs(hi)))
        return list(items[i:j])

    def nearest(self, family: str, value: float, facts: list[Fact] | None = None) -> Support | None:
        """The closest stated value in a family (optionally among some facts)."""
        if facts is not None:
            best = None
            for f in facts:
                fam, scale = fact_family(f)
                if fam == family and (best is None or abs(f.value * scale - value) < abs(best.value - value)):
                    best = Support(f.value * scale, fam, (f,), "fact")
            return best
        vals, items = self._sorted.get(family, ((), ()))
        if not vals:
            return None
        i = bisect_left(vals, value)
        cands = [items[k] for k in (i - 1, i) if 0 <= k < len(items)]
        return min(cands, key=lambda s: abs(s.value - value))

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
            if f.unit == "%":
                groups.setdefault(("ep", f.entity, f.period), []).append(f)
        buckets: dict[str, list[Support]] = {}
        for key, members in groups.items():
            if len(members) < 2 or len(members) > MAX_GROUP:
                continue
            if key[0] == "em":
                members = sorted(members, key=lambda f: fact_interval(f.period))
            for a, b in combinations(members, 2):
                for sup in pair_values(key[0], a, b):
                    buckets.setdefault(sup.family, []).append(sup)
        self._derived = {}
        for fam, items in buckets.items():
            items.sort(key=lambda s: s.value)
            self._derived[fam] = ([s.value for s in items], items)
        return self._derived

    def derived(self, family: str, lo: float, hi: float, entities: set[str] | None = None) -> list[Support]:
        """Derived values in [lo, hi] or [-hi, -lo]; with ``entities``, only those about them.

        Cross-entity point gaps ("SMIC beat the CSI 300 by 165 points") are formed only
        between entities the sentence names, so they never range over the whole bundle.
        """
        vals, items = self._derived_table().get(family, ((), ()))
        out = []
        for a, b in ((lo, hi), (-hi, -lo)):
            i, j = bisect_left(vals, a - EPS), bisect_right(vals, b + EPS)
            out.extend(items[i:j])
        if entities:
            out = [s for s in out if any(f.entity in entities for f in s.facts)]
            named = [f for e in entities for f in self.by_entity.get(e, ()) if f.unit == "%"]
            if len(named) <= MAX_GROUP:
                for a, b in combinations(named, 2):
                    if a.entity != b.entity and a.metric == b.metric:
                        out.extend(s for s in pair_values("mp", a, b) if s.family == family and lo - EPS <= s.value <= hi + EPS)
        return out


def pair_values(kind: str, a: Fact, b: Fact) -> list[Support]:
    """Values two facts imply. For kind "em", ``a`` is the earlier period."""
    fam, scale = fact_family(a)
    va, vb = a.value * scale, b.value * scale
    out: list[Support] = []
    if kind == "em":
        diff = vb - va
        if fam == "percent":
            out += [Support(diff, "pp", (a, b), "change"), Support(diff, "points", (a, b), "change"),
                    Support(diff, "percent", (a, b), "change")]  # "rates rose 0.25%" said of points
        elif fam == "points":
            out += [Support(diff, "points", (a, b), "change"), Support(diff, "pp", (a, b), "change")]
        else:
            out.append(Support(diff, fam, (a, b), "change"))
        if va > 0 and vb >= 0:
            out.append(Support((vb / va - 1) * 100.0, "percent", (a, b), "relative"))
            out.append(Support(vb / va, "multiple", (a, b), "ratio"))
    else:
        gap = abs(vb - va)
        out += [Support(gap, "pp", (a, b), "gap"), Support(gap, "points", (a, b), "gap"),
                Support(gap, "percent", (a, b), "gap")]
    return out


def interval(fig: Figure, hedge: str | None, value: float | None = None) -> tuple[float, float]:
    """The true values a figure's words allow, in its own unit (before scale)."""
    v = abs(fig.value if value is None else value)
    if fig.hi is not None:
        lo, hi = sorted((abs(fig.value), abs(fig.hi)))
        t = max(0.1 * hi, fig.step) if hedge else fig.step / 2
        return lo - t, hi + t
    if fig.is_word:
        half = 0.05 * v
    else:
        half = fig.step / 2
    if hedge is None:
        return v - half, v + half
    t = max(0.1 * v, fig.step)
    if hedge == "above":
        return v + EPS, v + t
    if hedge == "below":
        return v - t, v + half
    return v - t, v + t
