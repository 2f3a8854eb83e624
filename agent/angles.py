"""Angles: what the data says that is worth a paragraph, ranked by how newsworthy it is.

Each angle is a function of the bundle's facts only: leaders and laggards and the gap
between them, a stock against its benchmark, a turning point (a sign change, a PMI
crossing 50, a policy rate moved), valuation extremes among peers, the biggest change
from a previous reading, and the divergence the brief asks about (share prices against
growth). The deterministic writer opens its paragraphs with them; the model path gets
them as a ranked list with their fact ids, so a model writes about what matters rather
than what it happened to notice. Nothing here words a number: the ``point`` names the
facts by id and the writer renders them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.markup import implied_growth
from marketdesk.brief import Brief, slug
from marketdesk.models import EvidenceBundle, Fact


@dataclass(frozen=True, slots=True)
class Angle:
    kind: str  # leaders, benchmark, turn, pmi_line, policy_move, valuation, expected_growth, surprise, divergence
    score: float  # how newsworthy: comparable across kinds, higher first
    point: str  # the claim in plain words, no figures
    fact_ids: tuple[str, ...]
    subjects: tuple[str, ...] = field(default=())


CENTRAL_BANKS = {"US": "the Federal Reserve", "China": "the People's Bank of China", "Euro area": "the ECB",
                 "Germany": "the ECB", "France": "the ECB", "Japan": "the Bank of Japan", "UK": "the Bank of England",
                 "India": "the Reserve Bank of India", "South Korea": "the Bank of Korea", "Canada": "the Bank of Canada",
                 "Australia": "the Reserve Bank of Australia", "Brazil": "Brazil's central bank"}
_MEASURES = {"cpi_yoy": "consumer prices", "core_cpi_yoy": "core prices", "ppi_yoy": "producer prices",
             "gdp_yoy": "output", "gdp_qoq": "output", "exports_yoy": "exports",
             "industrial_production_yoy": "industrial production", "retail_sales_yoy": "retail sales"}


# The smallest change in a policy rate worth calling a move: central banks move in steps of
# 0.1 or 0.25 points; a smaller change in a monthly average is the averaging, not a decision.
POLICY_STEP = 0.05


def _where(economy: str) -> str:
    return "the euro area" if economy.lower() == "euro area" else f"the {economy}" if economy.isupper() else economy


def _move(by_id: dict[str, Fact], name: str) -> Fact | None:
    """An entity's headline move: over the brief's period if it has one, else the year."""
    return by_id.get(f"{slug(name)}_change") or by_id.get(f"{slug(name)}_ytd")


def find_angles(brief: Brief, bundle: EvidenceBundle) -> list[Angle]:
    by_id = {f.id: f for f in bundle.facts}
    out: list[Angle] = []
    stocks = [(e.name, m) for e in brief.entities if e.kind in ("company", "fund") and (m := _move(by_id, e.name))]
    indices = [(e.name, m) for e in brief.entities if e.kind == "index" and (m := _move(by_id, e.name))]
    ranked = sorted(stocks, key=lambda r: -r[1].value)

    if len(ranked) >= 2:
        (top, ft), (bottom, fb) = ranked[0], ranked[-1]
        spread = ft.value - fb.value
        split = ft.value > 0 > fb.value
        out.append(Angle("leaders", min(10.0, 2.0 + spread / 20.0) + (1.0 if split else 0.0),
                         f"{top} led and {bottom} trailed" + (", moving in opposite directions" if split else ""),
                         (ft.id, fb.id), (top, bottom)))
    if indices:
        bench, fi = indices[0]
        for name, f in ranked:
            if f.period != fi.period:
                continue  # a gap is only a figure over the same span
            gap = f.value - fi.value
            if abs(gap) >= 5.0:
                out.append(Angle("benchmark", min(9.0, 1.5 + abs(gap) / 15.0),
                                 f"{name} {'beat' if gap > 0 else 'lagged'} the {bench}", (f.id, fi.id), (name, bench)))
    for item in brief.macro:
        eco = item.economy
        for metric in item.metrics:
            f, p = by_id.get(f"{slug(eco)}_{metric}"), by_id.get(f"{slug(eco)}_{metric}_prev")
            if f is None or p is None:
                continue
            if metric == "pmi" and (f.value - 50) * (p.value - 50) < 0:
                out.append(Angle("pmi_line", 8.0, f"factory activity in {_where(eco)} crossed the line between expansion and contraction "
                                 f"({'into expansion' if f.value > 50 else 'into contraction'})", (f.id, p.id), (eco,)))
            elif metric == "pmi" and f.value < 50 and p.value < 50:
                out.append(Angle("pmi_line", 4.0, f"factory activity in {_where(eco)} contracted for another month",
                                 (f.id, p.id), (eco,)))
            elif metric.endswith("yoy") and f.value * p.value < 0:
                what = _MEASURES.get(metric, metric.replace("_", " "))
                out.append(Angle("turn", 8.5, f"{what} in {_where(eco)} turned from "
                                 f"{'falling to rising' if f.value > 0 else 'rising to falling'} on a year earlier",
                                 (f.id, p.id), (eco,)))
            elif metric in ("policy_rate", "loan_prime_rate_1y") and abs(f.value - p.value) >= POLICY_STEP:
                bank = CENTRAL_BANKS.get(eco, f"the central bank in {_where(eco)}")
                out.append(Angle("policy_move", 7.5, f"{bank} {'raised' if f.value > p.value else 'cut'} its rate",
                                 (f.id, p.id), (eco,)))
            elif p.value and abs(f.value - p.value) >= max(0.3, 0.1 * abs(p.value)):
                what = _MEASURES.get(metric, metric.replace("_", " "))
                out.append(Angle("surprise", 3.0 + min(3.0, abs(f.value - p.value)),
                                 f"the latest reading for {what} in {_where(eco)} moved away from the one before",
                                 (f.id, p.id), (eco,)))
    pes = [(e.name, by_id[f"{slug(e.name)}_pe"]) for e in brief.entities if f"{slug(e.name)}_pe" in by_id]
    if len(pes) >= 2:
        pes.sort(key=lambda r: -r[1].value)
        (rich, fr), (cheap, fc) = pes[0], pes[-1]
        if fr.value >= 1.5 * fc.value:
            out.append(Angle("valuation", min(7.0, 2.0 + fr.value / fc.value / 2), f"{rich} is the richest on "
                             f"earnings and {cheap} the cheapest", (fr.id, fc.id), (rich, cheap)))
    implied = [(e.name, pe, fwd) for e in brief.entities
               if (pe := by_id.get(f"{slug(e.name)}_pe")) and (fwd := by_id.get(f"{slug(e.name)}_forward_pe"))
               and pe.value > 0 and fwd.value > 0]
    if implied:
        name, pe, fwd = max(implied, key=lambda r: implied_growth(r[1], r[2]))
        g = implied_growth(pe, fwd)
        if g >= 0.2:  # forecast earnings well above past ones: what the price is waiting for
            out.append(Angle("expected_growth", min(6.5, 3.0 + g * 5), f"analysts expect {name}'s earnings to grow "
                             "fastest, going by its forward against its trailing multiple", (pe.id, fwd.id), (name,)))
    growth = next((g for item in brief.macro if (g := by_id.get(f"{slug(item.economy)}_gdp_yoy"))), None)
    if ranked and growth is not None and growth.value > 0:
        top, ft = ranked[0]
        if ft.value > 5 * growth.value:
            out.append(Angle("divergence", 6.0, f"{top}'s move runs far ahead of economic growth",
                             (ft.id, growth.id), (top,)))
    out.sort(key=lambda a: (-a.score, a.kind, a.fact_ids))
    return out
