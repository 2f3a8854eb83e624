"""Grounding rules (G-codes): is each figure supported by the evidence?

Each figure gets at most one grounding finding, the most specific that applies,
decided in this order: a name the evidence does not know (G005); a value the
evidence supports for the figure's entity and metric but in another period (G004)
or with the opposite direction (G003); a value that differs from the entity's and
metric's fact (G002); otherwise no support at all (G001). A bare number that
matches a currency or percentage fact is left to M003 (unitless_figure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evals.context import FigureContext
from evals.periods import agree, fact_interval
from evals.registry import Rule, register
from evals.support import FactIndex, Support, fact_family, interval
from marketdesk.models import Fact, Finding


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
    Tolerance: unhedged, half a unit of the figure's last digit; a hedge widens it by
    T = max(10% of the stated value, one unit of its last digit): "more than X" holds
    for X < v <= X+T, "nearly X" for X-T <= v <= X, "about X" for |v-X| <= T. Word
    multiples ("doubled") allow 5% of the multiple.
    """

    code, kind, family = "G001", "ungrounded_figure", "grounding"


@register
class MismatchedFigure(Rule):
    """A figure attached to an entity and metric the evidence has, with another value.

    Why: the reader is told a wrong number about a company or economy the desk did
    research; the evidence had the right one.
    Flagged: "SMIC shares surged 190% in 2025" when smic_ytd = 182.4 %;
    "SMIC has doubled" (x2) when it rose 182.4 % (x2.82); a figure given without its
    minus sign ("CPI was 0.3%" when cpi = -0.3 %).
    """

    code, kind, family = "G002", "mismatched_figure", "grounding"


@register
class WrongDirection(Rule):
    """The move word contradicts the sign of the fact.

    Why: readers trust the verb before the number.
    Flagged: "Cambricon fell 121.7%" when cambricon_ytd = +121.7 %;
    "the ratio is set to fall from 88.3% to 96.3%".
    Checked only where the sign is a direction: change metrics (price_change,
    *_yoy, growth ...) and changes between two facts.
    """

    code, kind, family = "G003", "wrong_direction", "grounding"


@register
class WrongPeriod(Rule):
    """The right figure given for another period than the fact's.

    Why: a quarter or month off is a wrong statement even with the right digits.
    Flagged: "GDP growth slowed to 4.8% in the second quarter" when 4.8 % is 2025-Q3.
    Periods agree when one contains the other ("in 2025" holds a 2025-10 fact).
    """

    code, kind, family = "G004", "wrong_period", "grounding"


@register
class UnsupportedEntity(Rule):
    """A company, ticker or index the evidence does not know, named with a figure.

    Why: the desk has no data on it, so the figure cannot have been checked.
    Flagged: "Hua Hong Semiconductor jumped 240%" when the bundle has no Hua Hong.
    The name must be the figure's subject in the same clause; institutions quoted as
    sources (IMF, NBS, the Fed) are not subjects.
    """

    code, kind, family = "G005", "unsupported_entity", "grounding"


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
    a, b = s.facts
    return f"{s.how} {a.id} -> {b.id} = {_num(round(s.value, 4))} {s.family}"


def families(fig) -> list[str]:
    if fig.unit == "percent":
        return ["percent"]
    if fig.unit == "pp":
        return ["pp"]
    if fig.unit == "points":
        return ["points", "pp"]
    if fig.unit == "multiple":
        return ["multiple"]
    if fig.unit == "rate":  # an exchange rate: compared as written, any currency
        return ["raw"]
    if fig.unit.startswith("currency:"):
        return ["currency:" + c for c in fig.unit[9:].split("|")]
    return ["points", "count", "multiple"]


# Stems that name the same measure: a share's price change is its return.
_SAME_STEM = {"return": "price", "returns": "price", "performance": "price"}
_QUALIFIERS = frozenset({"core", "headline", "real", "nominal", "official", "total", "net", "gross"})


def metric_match(M, metric: str) -> bool:
    """A fact's metric answers the words' metric: the same key, or the same stem
    ("gdp_yoy" and "gdp_qoq_ann", "cpi_yoy" and "core_cpi_yoy")."""
    if not M or metric in M:
        return True
    parts = set(metric.split("_"))
    parts |= {_SAME_STEM.get(p, p) for p in parts}
    for key in M:
        stem = next((t for t in key.split("_") if t not in _QUALIFIERS), "")
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


class Judge:
    def __init__(self, index: FactIndex, text: str, subject_gap, conventions: dict[str, list[float]]) -> None:
        self.idx = index
        self.text = text
        self.subject_gap = subject_gap
        self.conventions = conventions

    def __call__(self, fc: FigureContext) -> Verdict:
        fig, idx = fc.fig, self.idx
        span_text = self.text[fig.start:fig.end]
        if fc.unknown is not None and not fc.attribution_unknown:
            u = fc.unknown
            return Verdict(UnsupportedEntity.finding(
                u.start, fig.end, self.text[u.start:fig.end],
                f"{u.text!r} is not in the evidence, so {span_text} about it cannot be checked; "
                "add its facts to the bundle or drop the figure",
            ))
        E = fc.entity
        M = fc.metrics or None
        inferred = False
        if E is None and M:
            owners = idx.owners(M)
            if len(owners) == 1:
                E, inferred = next(iter(owners)), True
        def has_metric(entity: str | None) -> bool:
            return bool(M) and any(metric_match(M, f.metric) for f in idx.by_entity.get(entity, ()))

        lo, hi = interval(fig, fig.hedge)
        bare = not fig.unit_given
        fams = families(fig)
        if (bare and fig.scale == 1.0) or fig.unit == "rate":
            ranges = [("raw", lo, hi), ("raw", -hi, -lo)]
        elif bare:  # "1.7 trillion": a currency amount without its currency, or a count ("17.3 billion shares")
            ranges = [(fam, lo * fig.scale, hi * fig.scale) for fam in (*idx.currency_families, "count")]
        else:
            ranges = [(fam, a * fig.scale, b * fig.scale) for fam in fams for a, b in ((lo, hi), (-hi, -lo))]
        if E is not None and not inferred:
            # Look among the named entities' own facts first: cost independent of bundle size.
            cands = idx.entity_supports({E} | fc.mentioned, ranges)
            if M and not has_metric(E):
                cands += [s for fam, a, b in ranges for s in idx.in_range(fam, a, b)
                          if any(metric_match(M, f.metric) for f in s.facts)]
        else:
            cands = [s for fam, a, b in ranges for s in idx.in_range(fam, a, b)]
        stated_negative = fig.value < 0

        def sign_ok(s: Support) -> bool:
            # Levels keep their sign; changes are signed by the words (checked below).
            return s.signed or (s.value < 0) == stated_negative or s.value == 0

        def ent_ok(s: Support) -> bool:
            if E is None or inferred:
                return True
            ents = {f.entity for f in s.facts}
            if E in ents:
                return True
            if ents & fc.mentioned:
                own = _peer_supports(idx.by_entity.get(E, []), [s.family], idx.is_change)
                return not own
            # "China's turnover" for an A-shares fact: the named entity has no such metric
            return bool(M) and not has_metric(E) and any(metric_match(M, f.metric) for f in s.facts)

        def met_ok(s: Support) -> bool:
            if not M or any(metric_match(M, f.metric) for f in s.facts):
                return True
            owner = E if E is not None else s.fact.entity
            return not has_metric(owner)

        def per_ok(s: Support) -> bool:
            if fc.period is None:
                return True
            return any(agree(fc.period.interval, fact_interval(f.period)) for f in s.facts)

        consistent = [s for s in cands if sign_ok(s) and ent_ok(s) and met_ok(s)]
        if not consistent and any(lo <= c <= hi for m in (M or fc.sentence_metrics) for c in self.conventions.get(m, ())):
            return Verdict(None)  # "below the 50 mark": a metric's convention, not a data point
        if not consistent and (not bare or fig.scale == 1.0):
            # Derived values about the entities this sentence names; with none named (an
            # orphaned clause, a pronoun), about any entity.
            ents = set(fc.mentioned) | ({E} if E else set())
            for fam in fams:
                derived = idx.derived(fam, lo * fig.scale, hi * fig.scale, ents or None, fc.nearby | ents)
                consistent += [s for s in derived if ent_ok(s) and met_ok(s)]
        fsign = fig_signed(fc)
        # A level gap read the other way round is another number, not another direction.
        consistent = [s for s in consistent if s.how != "level_gap" or not fsign or (s.value > 0) == (fsign > 0)]
        if fig.verb_multiple:  # "SoftBank has tripled" is SoftBank over time, never SoftBank against Sony
            consistent = [s for s in consistent if len({f.entity for f in s.facts}) == 1]
        timely = [s for s in consistent if per_ok(s)]
        if timely:
            best = min(timely, key=lambda s: self._rank(s, fc, M, E))
            return self._grounded(fc, best, span_text, bare, M, E)
        if consistent and fc.period is not None:
            best = min(consistent, key=lambda s: self._rank(s, fc, M, E))
            p = fc.period
            start, end = min(fig.start, p.start), max(fig.end, p.end)
            return Verdict(WrongPeriod.finding(
                start, end, self.text[start:end],
                f"{span_text} is {describe(best)} for {best.fact.period}, "
                f"but the text puts it in {self.text[p.start:p.end]!r}",
                [f.id for f in best.facts],
            ), support=best)
        # No support in context: a wrong value for a known entity and metric, or no fact at all.
        peers: list[Fact] = []
        if E is not None:
            # Mismatched means the evidence has this entity's metric: "SMIC's revenue rose 18%"
            # with no SMIC revenue fact is ungrounded, not a wrong SMIC share-price figure.
            peers = [f for f in idx.by_entity.get(E, ()) if metric_match(M, f.metric)] if (not M or has_metric(E)) else []
            if fc.period is not None:
                peers = [f for f in peers if agree(fc.period.interval, fact_interval(f.period))]
        peer_sup = _peer_supports(peers, fams if not bare else [fact_family(f)[0] for f in peers], idx.is_change)
        target = fig.value * fig.scale if not bare else fig.value
        if bare:
            peer_sup = [Support(f.value, fact_family(f)[0], (f,), "fact") for f in peers]
        elif not peer_sup and E is not None and (M or fc.entity_mention is not None) and fig.change_like:
            # No stated fact in this unit: compare with values derived from the entity's
            # facts of that metric ("revenue grew 70%" against a derived +62%).
            peer_sup = [s for fam in fams for s in idx.derived_about(E, fam)
                        if (s.how in ("relative", "ratio", "gap", "level_gap") or (s.how == "change" and not (fam == "percent" and s.facts[0].unit == "%")))
                        and all(metric_match(M, f.metric) for f in s.facts)
                        and (not fsign or not s.signed or (s.value > 0) == (fsign > 0))]
        # A wrong value "for" an entity needs the figure to be about it: a metric named, a
        # move ("surged 190%"), or the entity as the figure's subject. "Positive in
        # roughly 75% of years for the S&P 500" is about no S&P fact: ungrounded.
        governed = bool(M) or fig.change_like or fig.is_word or (
            fc.entity_mention is not None and fc.entity_mention.end <= fig.start
            and self.subject_gap.match(self.text[fc.entity_mention.end:fig.start if fig.hedge_start is None else fig.hedge_start]) is not None)
        if forecast_words(self.text, fc) and not any(_FORECASTY.search(s.fact.metric) or fact_interval(s.fact.period)[0] > idx.bundle.as_of for s in peer_sup):
            peer_sup = []  # "economists expect 2.9%": a forecast no fact states is ungrounded, not a wrong actual
        if peer_sup and (M or not inferred) and governed:
            best = min(peer_sup, key=lambda s: abs(abs(s.value) - abs(target)))
            return Verdict(MismatchedFigure.finding(
                fig.start, fig.end, span_text,
                f"{span_text} does not match the evidence for {E}: {describe(best)} ({best.fact.source})",
                [best.fact.id],
            ), peers=tuple(peers))
        closest = None
        for fam in (["raw"] if bare and fig.scale == 1.0 else fams):
            c = idx.nearest(fam, target)
            if c is not None and (closest is None or abs(c.value - target) < abs(closest.value - target)):
                closest = c
        hint = f" (closest: {describe(closest)})" if closest else ""
        return Verdict(UngroundedFigure.finding(
            fig.start, fig.end, span_text, f"no fact supports {span_text}{hint}",
        ))

    @staticmethod
    def _rank(s: Support, fc: FigureContext, M, E) -> tuple:
        fig_sign = -1 if fig_signed(fc) < 0 else (1 if fig_signed(fc) > 0 else 0)
        s_sign = (s.value > 0) - (s.value < 0)
        return (
            0 if E is None or E in {f.entity for f in s.facts} else 1,
            0 if not M or any(f.metric in M for f in s.facts) else (1 if any(metric_match(M, f.metric) for f in s.facts) else 2),
            0 if (not fig_sign or not s.signed or s_sign == fig_sign) else 1,
            0 if s.how in ("fact", "signed_fact", "multiple") else 1,
        )

    def _grounded(self, fc: FigureContext, best: Support, span_text: str, bare: bool, M, E) -> Verdict:
        fig = fc.fig
        if bare and not best.family.startswith(("points", "count", "multiple")) and best.how in ("fact", "signed_fact"):
            specific = fig.step < 1 or "," in span_text or fig.scale != 1.0 or fig.value >= 100
            related = (M and best.fact.metric in M) or (E is not None and best.fact.entity == E and not fc.unknown)
            if specific or related:
                return Verdict(None, support=best, unitless=best)
        fs = fig_signed(fc)
        s_sign = (best.value > 0) - (best.value < 0)
        if best.signed and fs and s_sign and fs != s_sign:
            if fig.explicit_sign:
                return Verdict(MismatchedFigure.finding(
                    fig.start, fig.end, span_text,
                    f"{span_text} has the wrong sign: {describe(best)}", [f.id for f in best.facts],
                ), support=best)
            start = fc.direction_start if fc.direction_start is not None else fig.start
            word = "rose" if s_sign > 0 else "fell"
            return Verdict(WrongDirection.finding(
                start, fig.end, self.text[start:fig.end],
                f"the text says {'up' if fs > 0 else 'down'} but the evidence {word}: {describe(best)}",
                [f.id for f in best.facts],
            ), support=best)
        if best.how == "signed_fact" and not fs and s_sign < 0 and not fc.neg_cue and not fc.to_level and not fc.from_base:
            return Verdict(MismatchedFigure.finding(
                fig.start, fig.end, span_text,
                f"{span_text} drops the minus sign: {describe(best)}", [best.fact.id],
            ), support=best)
        return Verdict(None, support=best)


_FORECASTY = re.compile(r"guidance|forecast|consensus|target|projection|expect|outlook|estimate", re.I)
_FORECAST_WORDS = re.compile(
    r"\b(?:expects?|expected|expectations?|forecasts?|forecast(?:ing)?|projects?|projected|predicts?|predicted"
    r"|estimates?|anticipates?|sees|see|will|would|could|likely|guidance|target)\b", re.I)


def forecast_words(text: str, fc: FigureContext) -> bool:
    """The figure's sentence, up to the figure, speaks of the future or of expectations."""
    return bool(_FORECAST_WORDS.search(text, fc.sentence.start, fc.fig.start))


def fig_signed(fc: FigureContext) -> int:
    fig = fc.fig
    if fig.explicit_sign:
        return -1 if fig.value < 0 else 1
    return fc.sign if fig.change_like else 0


_FROM_TO = re.compile(r"^[^,;.]{0,40}?\bto\s+(?:\w+\s+){0,2}$", re.I)


def check_from_to(contexts: list[FigureContext], text: str) -> list[Finding]:
    """'rise from 88.3% to 96.3%', 'slowed to 4.8% from 5.2%': the verb against the two levels."""
    out = []
    for a, b in zip(contexts, contexts[1:]):
        if a.sentence is not b.sentence or a.fig.unit != b.fig.unit:
            continue
        if a.from_base and a.to_level and _FROM_TO.match(text[a.fig.end:b.fig.start]):
            before, after, verb, start = a.fig.value, b.fig.value, a.to_level, a.direction_start
        elif b.from_base and a.to_level:
            before, after, verb, start = b.fig.value, a.fig.value, a.to_level, a.direction_start
        else:
            continue
        if start is None or after == before or (after > before) == (verb > 0):
            continue
        end = max(a.fig.end, b.fig.end)
        out.append(WrongDirection.finding(
            start, end, text[start:end],
            f"the text says {'up' if verb > 0 else 'down'} but {before:g} -> {after:g} is a "
            f"{'fall' if after < before else 'rise'}",
        ))
    return out
