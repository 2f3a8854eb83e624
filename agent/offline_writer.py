"""The deterministic writer: the house style's structure from templates, over the same bundle.

Used when no model is configured. It writes the same markup a model would
(``{{fact_id}}`` references, rendered by ``agent.markup``), one entity and one
metric to a sentence, with the period in words, so its drafts pass the checker
with zero errors. It words a fall as a fall and a rise as a rise, ranks moves by
size, states no fact twice, and leaves out valuation snapshots taken after the
cut-off (their date would contradict "Data as of"). Nothing here states a number
itself; the brief's free text (``topic``) is never copied into the article.
"""

from __future__ import annotations

from collections.abc import Callable

from agent.phrases import (
    METRIC_NOUNS,
    economy_noun,
    join_names,
    moved,
    period_words,
    place,
)
from marketdesk.brief import Brief, slug
from tools.markets import COMMODITY_UNITS, MARKET_KINDS, fx_pair
from marketdesk.models import EvidenceBundle, Fact
from prompts import Style

WRITER = "deterministic"
FLAT = 0.05  # a move that rounds to 0.0% is "little changed", not "lost 0.0%"
SHARP = 10.0  # percent: a move big enough to call sharp


def _ref(f: Fact, *opts: str) -> str:
    return "{{" + "|".join((f.id, *opts)) + "}}"


def quoted_in_itself(ticker: str) -> bool:
    """USD/JPY: the dollar priced in the currency the entity names ("156.18 per dollar")."""
    pair = fx_pair(ticker)
    return pair is not None and pair[0] == "USD"


def safe_text(text: str) -> str:
    """Brief text placed in the article: braces cannot open a fact reference."""
    return text.replace("{", "(").replace("}", ")").replace("`", "'")


class OfflineWriter:
    name = WRITER

    def __init__(self, brief: Brief, bundle: EvidenceBundle, style: Style) -> None:
        self.brief, self.bundle, self.style = brief, bundle, style
        self.by_id = {f.id: f for f in bundle.facts}
        self.companies = [e for e in brief.entities if e.ticker and e.kind in ("company", "fund")]
        self.indices = [e for e in brief.entities if e.ticker and e.kind == "index"]
        self.markets_ = [e for e in brief.entities if e.ticker and e.kind in MARKET_KINDS]
        self.stated: set[str] = set()  # facts already in the draft: each is stated once
        leaders = self._ranked(self.companies) or self._ranked(self.indices)
        self.direction = (sum(f.value for _, f in leaders) if leaders else 0.0)

    # ---- helpers --------------------------------------------------------------------
    def fact(self, entity: str, suffix: str) -> Fact | None:
        f = self.by_id.get(f"{slug(entity)}_{suffix}")
        return None if f is None or f.id in self.stated else f

    def _when(self, f: Fact) -> str:
        return period_words(f.period, self.brief.as_of)

    def _ranked(self, entities) -> list[tuple[str, Fact]]:
        rows = [(e.name, self.by_id.get(f"{slug(e.name)}_ytd") or self.by_id.get(f"{slug(e.name)}_change"))
                for e in entities]
        return sorted([(n, f) for n, f in rows if f], key=lambda r: -abs(r[1].value))

    def _move(self, subject: str, f: Fact, plural: bool = True) -> str:
        self.stated.add(f.id)
        if abs(f.value) < FLAT:
            return f"{subject} {'were' if plural else 'was'} little changed {self._when(f)}."
        have = "have" if plural else "has"
        verb = moved(f.value, f"{have} gained", f"{have} lost") if plural else moved(f.value, "has risen", "has fallen")
        return f"{subject} {verb} {_ref(f, 'abs')} {self._when(f)}."

    def _snapshot_ok(self, f: Fact) -> bool:
        """A valuation snapshot may be stated only if it was taken at the cut-off (within 3 days)."""
        from datetime import date

        return abs((date.fromisoformat(f.period) - self.brief.as_of).days) <= 3

    @property
    def up(self) -> bool:
        return self.direction >= 0

    # ---- sections -------------------------------------------------------------------
    def headline(self) -> list[str]:
        named = {e.name for e in self.brief.entities} | {m.economy for m in self.brief.macro}
        if named and not any(f.entity in named for f in self.bundle.facts):
            # The brief's title claims a move the data cannot show: say what the piece is instead.
            return [f"# No data at the cut-off for {join_names(sorted(safe_text(n) for n in named))}"]
        return [f"# {safe_text(self.brief.title)}"]

    def lede(self) -> list[str]:
        leaders = self._ranked(self.companies)
        if not leaders:
            ranked = self._ranked(self.indices)
            if ranked:
                return [self._move(f"The {ranked[0][0]}", ranked[0][1], plural=False)]
            moves = sorted((e for e in self.markets_ if self._market_move(e)), key=lambda e: -self._size(e))
            return [self._market_sentence(moves[0])] if moves else []
        name, f = leaders[0]
        first = self._move(f"{name} shares", f).rstrip(".") + ", the biggest move among the stocks in this piece."
        out = [first]
        others = [n for n, g in leaders[1:4] if abs(g.value) >= FLAT]
        if others:
            sharp = any(abs(g.value) >= SHARP for _, g in leaders[1:4])
            verb = "has" if len(others) == 1 else "have"
            out.append(f"{join_names(others)} {verb} also moved{' sharply' if sharp else ''}, and the question for "
                       f"investors is how much of the move the economy underneath can explain.")
        return [" ".join(out)]

    def drivers(self) -> list[str]:
        paras = []
        for e in self.companies:
            s = [self._move(f"{e.name} shares", f) for f in (self.fact(e.name, "ytd"), self.fact(e.name, "change")) if f]
            close = self.fact(e.name, "close")
            if close:
                self.stated.add(close.id)
                s.append(f"{e.name} closed at {_ref(close)} {self._when(close)}.")
            if s:
                paras.append(" ".join(s))
        for e in self.indices:
            s = [self._move(f"The {e.name}", f, plural=False)
                 for f in (self.fact(e.name, "ytd"), self.fact(e.name, "change")) if f]
            close = self.fact(e.name, "close")
            if close:
                self.stated.add(close.id)
                s.append(f"The {e.name} closed at {_ref(close)} {self._when(close)}.")
            if s:
                paras.append(" ".join(s))
        return paras + self.market_moves()

    # ---- currencies, yields, commodities ------------------------------------------------
    def _market_move(self, e) -> Fact | None:
        return self.by_id.get(f"{slug(e.name)}_change") or self.by_id.get(f"{slug(e.name)}_ytd")

    def _size(self, e) -> float:
        f = self._market_move(e)
        return abs(f.value) * (100.0 if f and f.unit == "pp" else 1.0) if f else 0.0

    def _market_sentence(self, e) -> str:
        """One market's move and where it ended: "The yen weakened 0.7% against the dollar between
        ... to 156.18 per dollar." Each fact once; a missing one is left out, never guessed."""
        name = safe_text(e.name)
        if e.kind in ("fx", "yield"):  # "The yen", "The US 10-year Treasury yield"
            subject = name if name.lower().startswith("the ") else f"The {name}"
        else:  # "Gold", "Brent crude", "Bitcoin"
            subject = name[:1].upper() + name[1:]
        move = self.fact(e.name, "change") or self.fact(e.name, "ytd")
        level = self.fact(e.name, "level")
        parts = []
        if move is not None:
            self.stated.add(move.id)
            when = self._when(move)
            if move.metric == "yield_change":
                verb = moved(move.value, "rose", "fell", "was unchanged")
                parts.append(f"{subject} {verb} {_ref(move, 'abs', 'bp')} {when}" if move.value else f"{subject} was unchanged {when}")
            elif e.kind == "fx" and level is not None and level.metric == "fx_rate":
                verb = moved(move.value, "strengthened", "weakened", "held steady")
                parts.append(f"{subject} {verb} {_ref(move, 'abs')} against the dollar {when}")
            else:
                parts.append(f"{subject} {moved(move.value, 'rose', 'fell', 'was unchanged')} {_ref(move, 'abs')} {when}")
        if level is not None:
            self.stated.add(level.id)
            if level.metric == "fx_rate" and quoted_in_itself(e.ticker):
                tail = f"{_ref(level, 'bare')} per dollar"
            elif level.metric == "bond_yield":
                tail = _ref(level, "round=2")
            elif level.metric == "fx_rate":
                tail = _ref(level, "round=4")
            else:
                tail = _ref(level) + (f" {COMMODITY_UNITS[e.ticker]}" if e.ticker in COMMODITY_UNITS else "")
            if parts:
                parts[-1] += f", to {tail}"
            else:
                parts.append(f"{subject} stood at {tail} {self._when(level)}")
        return ". ".join(parts) + "." if parts else ""

    def market_moves(self) -> list[str]:
        s = [self._market_sentence(e) for e in self.markets_]
        return [" ".join(x for x in s if x)] if any(s) else []

    def markets(self) -> list[str]:
        paras = []
        for e in self.companies:
            s = []
            turnover = self.fact(e.name, "turnover")
            if turnover:
                # "turnover in X shares" would read to the checker as a share-price figure.
                s.append(f"{e.name}'s average daily turnover was {_ref(turnover)} {self._when(turnover)}.")
            snaps = [f for f in (self.fact(e.name, x) for x in ("market_cap", "pe", "forward_pe", "pb"))
                     if f and self._snapshot_ok(f)]
            for f in snaps:
                when = self._when(f)
                if f.metric == "market_cap":
                    s.append(f"{e.name} had a market capitalisation of {_ref(f)} {when}.")
                elif f.metric == "pe_ratio":
                    s.append(f"{e.name} traded at {_ref(f)} trailing earnings {when}.")
                elif f.metric == "forward_pe":
                    s.append(f"On forward earnings, {e.name} traded at {_ref(f)} {when}.")
                else:
                    s.append(f"{e.name} had a price-to-book ratio of {_ref(f)} {when}.")
            if s:
                paras.append(" ".join(s))
        return paras

    def _macro_sentence(self, economy: str, f: Fact, prev: Fact | None) -> str:
        when, where = self._when(f), place(economy)
        after = f", after {_ref(prev)} {self._when(prev)}" if prev else ""
        m = f.metric
        if m == "gdp_yoy":
            noun = economy_noun(economy)
            noun = noun[0].upper() + noun[1:]
            if f.value < 0:
                return f"{noun} contracted by {_ref(f, 'abs')} {when}."
            return f"{noun} grew {_ref(f)} {when}{after}."
        if m == "gdp_qoq_saar":
            return f"Real GDP in {where} changed by {_ref(f)} at an annualised rate {when}{after}."
        if m == "cpi_yoy":
            if abs(f.value) < FLAT:
                return f"Consumer prices in {where} were flat from a year earlier {when}."
            return f"Consumer prices in {where} {moved(f.value, 'rose', 'fell')} {_ref(f, 'abs')} from a year earlier {when}."
        if m == "pmi":
            side = "below" if f.value < 50 else "above" if f.value > 50 else "at"
            return (f"The official manufacturing PMI was {_ref(f)} {when}, {side} the 50 mark that separates "
                    f"expansion from contraction{after}.")
        if m == "loan_prime_rate_1y":
            return f"The one-year loan prime rate stood at {_ref(f)} {when}."
        if m == "policy_rate":
            return f"The policy rate in {where} stood at {_ref(f)} {when}{after}."
        if m == "debt_to_gdp":
            return f"General government debt in {where} was {_ref(f)} of GDP {when}{after}."
        if m == "gov_debt":
            return f"General government debt in {where} stood at {_ref(f)} {when}."
        if m == "gdp_qoq":
            noun = economy_noun(economy)
            noun = noun[0].upper() + noun[1:]
            if abs(f.value) < FLAT:
                return f"{noun} was flat from the previous quarter {when}."
            verb = "grew" if f.value > 0 else "contracted by"
            if prev is not None and prev.value < 0:  # "after -0.1%" reads as a typo: say it
                after = f", after contracting by {_ref(prev, 'abs')} {self._when(prev)}"
            return f"{noun} {verb} {_ref(f, 'abs')} from the previous quarter {when}{after}."
        if m == "core_cpi_yoy":
            return f"Core inflation in {where}, which leaves out food and energy, was {_ref(f)} {when}{after}."
        if m == "unemployment_rate":
            return f"The unemployment rate in {where} was {_ref(f)} {when}{after}."
        if m == "bond_yield_10y":
            return f"The 10-year government bond yield in {where} averaged {_ref(f, 'round=2')} {when}{after}."
        if m == "exports_yoy":
            return (f"Exports of goods and services from {where} {moved(f.value, 'grew', 'shrank', 'were flat')} "
                    f"{_ref(f, 'abs')} in real terms {when}.")
        if m == "current_account_to_gdp":
            side = "surplus" if f.value >= 0 else "deficit"
            return f"The current account of {where} was in {side}, at {_ref(f, 'abs')} of GDP {when}."
        if m == "industrial_production_yoy":
            return (f"Industrial production in {where} {moved(f.value, 'rose', 'fell', 'was flat')} {_ref(f, 'abs')} "
                    f"from a year earlier {when}.")
        return f"The {m.replace('_', ' ')} reading for {where} was {_ref(f)} {when}."

    def macro(self) -> list[str]:
        paras = []
        for item in self.brief.macro:
            s = []
            for metric in item.metrics:
                f = self.fact(item.economy, metric)
                if f is None:
                    continue
                prev = self.fact(item.economy, f"{metric}_prev")
                self.stated.update(x.id for x in (f, prev) if x)
                s.append(self._macro_sentence(item.economy, f, prev))
            if s:
                paras.append(" ".join(s))
        return paras

    def divergence(self) -> list[str]:
        leaders = self._ranked(self.companies)
        growth = next((g for eco in (m.economy for m in self.brief.macro)
                       if (g := self.by_id.get(f"{slug(eco)}_gdp_yoy"))), None)
        if leaders and growth is None:
            # No growth figure: set the moves against factory activity when the brief has it.
            pmi = next((p for eco in (m.economy for m in self.brief.macro)
                        if (p := self.by_id.get(f"{slug(eco)}_pmi"))), None)
            if pmi is None:
                return []
            state = "contracting" if pmi.value < 50 else "expanding"
            lead = leaders[0][0]
            moved = "gained" if leaders[0][1].value > 0 else "lost"
            return [f"The shares {moved} ground while the manufacturing PMI stood at {{{{{pmi.id}}}}}, a reading "
                    f"that means factory activity was {state}: {safe_text(lead)} and its peers are moving on "
                    "their own news and sentiment more than on the factory cycle."]
        if not leaders or growth is None:
            return []
        top = abs(leaders[0][1].value)
        if not self.up:
            return ["Share prices have fallen while the economy is still growing, which puts the weakness down "
                    "to sentiment, valuations or company news more than to output."]
        if top > 3 * max(abs(growth.value), 0.1):
            return ["Share prices have run far ahead of the economy: the leaders' gains are many times the growth "
                    "in output, which leaves the move resting on expectations rather than on present demand."]
        return ["Share prices and the economy have moved broadly in step, which leaves less of the move resting "
                "on expectations alone."]

    def risks(self) -> list[str]:
        s = []
        rich = [e.name for e in self.companies
                if (pe := self.by_id.get(f"{slug(e.name)}_pe")) and pe.value > 50 and self._snapshot_ok(pe)]
        if rich:
            s.append(f"Valuations are stretched at {join_names(rich)}, where earnings would have to grow fast to "
                     "justify the share price.")
        for f in self.bundle.facts:
            if getattr(f, "stale", False) and not f.id.endswith("_prev") and f.id in self.stated:
                noun = METRIC_NOUNS.get(f.metric, f.metric.replace("_", " "))
                s.append(f"The latest {noun} figure for {f.entity} is from "
                         f"{self._when(f).removeprefix('in ').removeprefix('on ')}; newer data was not out at the cut-off.")
        for g in getattr(self.bundle, "gaps", None) or []:
            if g.get("required"):
                s.append(f"Data on {g['metric'].replace('_', ' ')} for {safe_text(g['entity'])} was unavailable "
                         "at the cut-off.")
        s.append("Policy shifts, trade frictions and a change in the growth outlook could all extend or reverse "
                 "the move.")
        return [" ".join(s)]

    def outlook(self) -> list[str]:
        if self.up:
            return ["The next test is whether earnings and the wider economy catch up with prices. Until they do, "
                    "the move depends on sentiment and policy support."]
        return ["The next test is whether earnings hold up well enough to steady prices. Until then, sentiment "
                "and policy will set the tone."]

    # ---- the draft ------------------------------------------------------------------
    def write(self) -> str:
        sections: dict[str, Callable[[], list[str]]] = {
            "headline": self.headline, "lede": self.lede, "drivers": self.drivers, "markets": self.markets,
            "macro": self.macro, "divergence": self.divergence, "risks": self.risks, "outlook": self.outlook,
        }
        blocks: list[str] = []
        for sec in self.style.sections:
            paras = sections[sec.key]() if sec.key in sections else []
            if not paras:
                continue
            if sec.title:
                blocks.append(f"## {safe_text(sec.title)}")
            blocks.extend(paras)
        return "\n\n".join(blocks) + "\n"
