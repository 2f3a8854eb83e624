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

import re
from collections.abc import Callable

from agent.angles import find_angles
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
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
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
        self.angles = find_angles(brief, bundle)
        self._last = ""  # the period named last: the next fact over it says "over the same period"
        self._turns: dict[tuple[str, ...], int] = {}  # which phrasing comes next, per kind of sentence

    # ---- helpers --------------------------------------------------------------------
    def fact(self, entity: str, suffix: str) -> Fact | None:
        f = self.by_id.get(f"{slug(entity)}_{suffix}")
        return None if f is None or f.id in self.stated else f

    def _when(self, f: Fact) -> str:
        return period_words(f.period, self.brief.as_of)

    def _once(self, f: Fact) -> str:
        """A move's span or a close's day in words the first time, then by reference."""
        if f.period == self._last:  # the span just named: refer to it, never to one named earlier
            again = ("over the same period", "in the same stretch", "over those months") if "/" in f.period else (
                "that day", "on the day")
            return self._pick(again)
        self._last = f.period
        return self._when(f)

    def _pick(self, options: tuple[str, ...]) -> str:
        """The next of several phrasings for one kind of sentence, in turn (deterministic)."""
        n = self._turns.get(options, -1) + 1
        self._turns[options] = n
        return options[n % len(options)]

    def _benchmark(self) -> tuple[str, Fact, Fact | None] | None:
        """The brief's first index with a move: (name, its ytd move, its period move)."""
        for e in self.indices:
            ytd, change = self.by_id.get(f"{slug(e.name)}_ytd"), self.by_id.get(f"{slug(e.name)}_change")
            if ytd or change:
                return e.name, ytd, change
        return None

    def _stock_move(self, name: str, f: Fact, lead: bool = False) -> str:
        """"Advantest shares have gained 108.7% so far in 2025" in one of several phrasings."""
        self.stated.add(f.id)
        when = self._once(f)
        if abs(f.value) < FLAT:
            return f"{name} shares were little changed {when}."
        up = f.value > 0
        verbs = (("have gained", "rose", "added", "climbed") if up else ("have lost", "fell", "slipped", "shed"))
        verb = verbs[0] if lead else self._pick(verbs)
        subject = f"{name} shares" if verb.startswith("have") else name
        return f"{subject} {verb} {_ref(f, 'abs')} {when}."

    def _versus(self, name: str, f: Fact) -> str:
        """The stock against its benchmark, as a gap the checker can derive from both moves."""
        bench = self._benchmark()
        if bench is None:
            return ""
        index, ytd, change = bench
        other = next((x for x in (ytd, change) if x is not None and x.period == f.period), None)
        if other is None or abs(f.value - other.value) < 2.0:
            return ""
        gap = f"{{{{gap:{f.id},{other.id}}}}}"
        when = self._pick(("over the same period", "in that time", "over the stretch"))
        if f.value > other.value:
            shape = self._pick(("{n} outperformed the {i} by {g} {w}.", "{n} beat the {i} by {g} {w}.",
                                "{n} ran {g} ahead of the {i} {w}."))
        else:
            shape = self._pick(("{n} trailed the {i} by {g} {w}.", "{n} lagged the {i} by {g} {w}.",
                                "{n} fell {g} behind the {i} {w}."))
        return shape.format(n=name, i=index, g=gap, w=when)

    def _ranked(self, entities) -> list[tuple[str, Fact]]:
        rows = [(e.name, self.by_id.get(f"{slug(e.name)}_ytd") or self.by_id.get(f"{slug(e.name)}_change"))
                for e in entities]
        return sorted([(n, f) for n, f in rows if f], key=lambda r: -abs(r[1].value))

    def _move(self, subject: str, f: Fact, plural: bool = True) -> str:
        self.stated.add(f.id)
        if abs(f.value) < FLAT:
            return f"{subject} {'were' if plural else 'was'} little changed {self._once(f)}."
        have = "have" if plural else "has"
        verb = moved(f.value, f"{have} gained", f"{have} lost") if plural else self._pick(
            ("has risen", "gained", "advanced") if f.value > 0 else ("has fallen", "lost", "slipped"))
        return f"{subject} {verb} {_ref(f, 'abs')} {self._once(f)}."

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
        title = safe_text(self.brief.title)
        return [f"# {title if self._title_supported(title) else self._data_headline()}"]

    def _title_supported(self, title: str) -> bool:
        """A title's direction words against the data: "climb" over a fall, "holds" over a rate cut."""
        t = title.lower()
        moves = [a for a in self.angles if a.kind == "policy_move"]
        if moves and re.search(r"\b(?:holds?|held|on hold|steady|unchanged|pauses?)\b", t):
            return False
        if self.companies or self.indices:
            if not self.up and re.search(r"\b(?:climb|climbs|rise|rises|rally|rallies|gain|gains|higher|record|records"
                                         r"|soar|soars|surge|surges|jump|jumps|power|powers)\b", t):
                return False
            if self.up and re.search(r"\b(?:fall|falls|slide|slides|slump|slumps|sell-?off|lower|drop|drops|sink|sinks"
                                     r"|tumble|tumbles)\b", t):
                return False
        return True

    def _data_headline(self) -> str:
        """What the data shows, in words: the top angle, said plainly."""
        top = self.angles[0].point if self.angles else "markets move on mixed data"
        return safe_text(top[:1].upper() + top[1:])

    def lede(self) -> list[str]:
        leaders = self._ranked(self.companies)
        if not leaders:
            ranked = self._ranked(self.indices)
            if ranked:
                return [self._move(f"The {ranked[0][0]}", ranked[0][1], plural=False)]
            moves = sorted((e for e in self.markets_ if self._market_move(e)), key=lambda e: -self._size(e))
            return [self._market_sentence(moves[0])] if moves else []
        name, f = leaders[0]
        out = [self._stock_move(name, f, lead=True).rstrip(".") + ", the biggest move among the stocks in this piece."]
        rest = [(n, g) for n, g in leaders[1:] if abs(g.value) >= FLAT]
        against = [(n, g) for n, g in rest if (g.value > 0) != (f.value > 0)]
        if against:  # the split is the story: one up, another down
            n, g = against[0]
            self.stated.add(g.id)
            out.append(f"{n} went the other way, {moved(g.value, 'gaining', 'losing')} {_ref(g, 'abs')} "
                       f"{self._once(g)}.")
        elif rest:
            sharp = any(abs(g.value) >= SHARP for _, g in rest[:3])
            verb = "has" if len(rest[:3]) == 1 else "have"
            out.append(f"{join_names([n for n, _ in rest[:3]])} {verb} also moved{' sharply' if sharp else ''}.")
        vs = self._versus(name, f)
        if vs:
            out.append(vs)
        macro = next((a for a in self.angles if a.kind in ("turn", "pmi_line", "policy_move")), None)
        if macro is not None and len(out) < 4:
            out.append(f"Underneath, {safe_text(macro.point)}: the question for investors is how much of the move "
                       "the economy can carry.")
        return [" ".join(out)]

    def _group(self, rows: list[tuple[str, Fact]], lead: str) -> str:
        """Several stocks' moves over one span in one sentence, gains and losses apart:
        "Cambricon followed with a gain of 105.2%, Alibaba with 83.2% and Tencent with 46.2% so far
        in 2025." Each figure keeps its name beside it, so the checker reads every one. ``lead``
        comes before "a gain of": "followed with", "posted", "ended with"."""
        out = []
        for up in (True, False):
            group = [(n, f) for n, f in rows if (f.value > 0) == up and abs(f.value) >= FLAT]
            if not group:
                continue
            noun = "a gain" if up else "a loss"
            (first, ff), *others = group
            self.stated.update(f.id for _, f in group)
            when = self._once(ff)
            head = f"{first} {lead} {noun} of {_ref(ff, 'abs')}"
            tail = [f"{n} with {_ref(f, 'abs')}" for n, f in others]
            sentence = ", ".join([head, *tail[:-1]]) + (f" and {tail[-1]}" if tail else "") + f" {when}."
            out.append(sentence[0].upper() + sentence[1:])
            lead = "lost ground, with"  # losses read on from the gains before them
        flat = [n for n, f in rows if abs(f.value) < FLAT]
        self.stated.update(f.id for _, f in rows if abs(f.value) < FLAT)
        if flat:
            out.append(f"{join_names(flat)} {'was' if len(flat) == 1 else 'were'} little changed.")
        return " ".join(out)

    def drivers(self) -> list[str]:
        paras = []
        ranked = self._ranked(self.companies)
        rest = [(n, f) for n, f in ranked if f.id not in self.stated]
        s = []
        if rest:
            s.append(self._group(rest, "followed with"))
        bench = self._benchmark()
        if bench and ranked:
            index, ytd, change = bench
            other = next((x for x in (ytd, change) if x is not None and x.period == ranked[0][1].period), None)
            if other is not None and other.id not in self.stated:
                beat = [n for n, f in ranked if f.value > other.value]
                if len(beat) == len(ranked) and len(ranked) > 1:
                    self.stated.add(other.id)
                    count = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")[len(ranked) - 2] \
                        if len(ranked) <= 10 else "of them"  # a count in words: the writer types no digits
                    s.append(f"All {count} beat the {index}, which {moved(other.value, 'rose', 'fell')} "
                             f"{_ref(other, 'abs')} {self._once(other)}.")
        # the brief's own period, when the ranking was over the year
        period = [(e.name, f) for e in self.companies if (f := self.fact(e.name, "change"))]
        if period:
            self._last = ""  # a new span: say it
            s.append(self._group(period, "posted"))
        for e in self.companies:  # moves not yet told (a stock with only one span)
            for f in (self.fact(e.name, "change"), self.fact(e.name, "ytd")):
                if f:
                    s.append(self._stock_move(e.name, f))
        closes = [(e.name, c) for e in self.companies if (c := self.fact(e.name, "close"))]
        if closes:
            self.stated.update(c.id for _, c in closes)
            self._last = ""
            when = self._once(closes[0][1])
            items = [f"{n} at {_ref(c)}" for n, c in closes]
            lst = ", ".join(items[:-1]) + (f" and {items[-1]}" if len(items) > 1 else items[-1])
            s.append(f"At the close {when}, {lst.replace(' at ', ' stood at ', 1)}.")
        if s:
            paras.append(" ".join(x for x in s if x))
        s = []
        for key in ("ytd", "change"):  # the indices side by side, one span at a time
            rows = [(f"the {e.name}", f) for e in self.indices if (f := self.fact(e.name, key))]
            if rows:
                self._last = ""
                s.append(self._group(rows, "ended with"))
        closes = [(f"the {e.name}", c) for e in self.indices if (c := self.fact(e.name, "close"))]
        if closes:
            self.stated.update(c.id for _, c in closes)
            when = self._once(closes[0][1])
            items = [f"{n} at {_ref(c)}" for n, c in closes]
            lst = ", ".join(items[:-1]) + (f" and {items[-1]}" if len(items) > 1 else items[-1])
            s.append(f"The indices closed {when} with {lst}.")
        if s:
            text = " ".join(x for x in s if x)
            paras.append(text[0].upper() + text[1:])
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
            when = self._once(move)
            if move.metric == "yield_change":
                verb = self._pick(("rose", "climbed", "went up")) if move.value > 0 else self._pick(("fell", "eased", "dropped"))
                parts.append(f"{subject} {verb} {_ref(move, 'abs', 'bp')} {when}" if move.value else f"{subject} was unchanged {when}")
            elif e.kind == "fx" and level is not None and level.metric == "fx_rate":
                verb = self._pick(("strengthened", "gained", "firmed")) if move.value > 0 else self._pick(
                    ("weakened", "lost ground", "slipped"))
                verb = verb if move.value else "held steady"
                parts.append(f"{subject} {verb} {_ref(move, 'abs')} against the dollar {when}")
            else:
                verb = self._pick(("rose", "climbed", "gained")) if move.value > 0 else self._pick(("fell", "dropped", "slid"))
                parts.append(f"{subject} {verb if move.value else 'was unchanged'} {_ref(move, 'abs')} {when}")
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
        for i, e in enumerate(self.companies):
            s = []
            turnover = self.fact(e.name, "turnover")
            if turnover:
                self.stated.add(turnover.id)
                # "turnover in X shares" would read to the checker as a share-price figure.
                verb = self._pick(("was", "came to", "stood at"))
                s.append(f"{e.name}'s average daily turnover {verb} {_ref(turnover)} {self._once(turnover)}.")
            snap = {k: f for k in ("market_cap", "pe", "forward_pe", "pb")
                    if (f := self.fact(e.name, k)) and self._snapshot_ok(f)}
            for f in snap.values():
                self.stated.add(f.id)
            pe, fpe, cap, pb = (snap.get(k) for k in ("pe", "forward_pe", "market_cap", "pb"))
            when = self._once(next(iter(snap.values()))) if snap else ""
            earnings = (f"{_ref(pe)} trailing earnings and {_ref(fpe)} forward earnings" if pe and fpe else
                        f"{_ref(pe)} trailing earnings" if pe else f"{_ref(fpe)} forward earnings" if fpe else "")
            book = f" and {_ref(pb)} book value" if pb else ""
            if earnings and cap and i % 2:
                s.append(f"{e.name}'s market value stood at {_ref(cap)} {when}; its shares traded at {earnings}{book}.")
            elif earnings:
                tail = f", with a market value of {_ref(cap)}" if cap else ""
                s.append(f"{e.name} traded at {earnings}{book} {when}{tail}.")
            elif cap:
                s.append(f"{e.name} had a market value of {_ref(cap)} {when}.")
                if pb:
                    s.append(f"{e.name}'s price-to-book ratio was {_ref(pb)}.")
            elif pb:
                s.append(f"{e.name}'s price-to-book ratio was {_ref(pb)} {when}.")
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
            if prev is not None and prev.value * f.value < 0:  # the turn is the story
                after = f", after {moved(prev.value, 'rising', 'falling')} {_ref(prev, 'abs')} {self._when(prev)}"
            if abs(f.value) < FLAT:
                return f"Consumer prices in {where} were flat from a year earlier {when}{after}."
            return (f"Consumer prices in {where} {moved(f.value, 'rose', 'fell')} {_ref(f, 'abs')} from a year "
                    f"earlier {when}{after}.")
        if m == "pmi":
            side = "below" if f.value < 50 else "above" if f.value > 50 else "at"
            return (f"The official manufacturing PMI for {where} was {_ref(f)} {when}, {side} the 50 mark that "
                    f"separates expansion from contraction{after}.")
        if m == "loan_prime_rate_1y":
            return f"The one-year loan prime rate stood at {_ref(f)} {when}{after}."
        if m == "policy_rate":
            # two decimals: a 0.48% -> 0.50% move must not read "0.5% after 0.5%"
            after = f", after {_ref(prev, 'round=2')} {self._when(prev)}" if prev else ""
            return f"The policy rate in {where} stood at {_ref(f, 'round=2')} {when}{after}."
        if m == "debt_to_gdp":
            return f"General government debt in {where} was {_ref(f)} of GDP {when}{after}."
        if m == "gov_debt":
            return f"In money terms, the debt of {where}'s general government stood at {_ref(f)} {when}{after}."
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
            reading = "the PMI reading above" if pmi.id in self.stated else f"a manufacturing PMI of {{{{{pmi.id}}}}}"
            self.stated.add(pmi.id)
            return [f"The shares {moved} ground against {reading}, which means factory activity was {state}: "
                    f"{safe_text(lead)} and its peers are moving on their own news and sentiment more than on the "
                    "factory cycle."]
        if not leaders or growth is None:
            return []
        # a stock that fell over the brief's own period did not "gain", whatever its year says
        period = {e.name: self.by_id.get(f"{slug(e.name)}_change") for e in self.companies}
        ups = [n for n, g in leaders if g.value >= FLAT and not (period.get(n) and period[n].value <= -FLAT)]
        downs = [n for n, g in leaders if g.value <= -FLAT or (period.get(n) and period[n].value <= -FLAT)]
        grew = growth.value > 0
        if ups and downs:  # never "the leaders' gains" when some of them fell
            return [f"The stocks did not move as one: {join_names(ups[:3])} {'rose' if len(ups) > 1 else 'rose'} while "
                    f"{join_names(downs[:3])} fell, which points to company news and sentiment more than to an "
                    f"economy that {'grew' if grew else 'shrank'} in {growth.period[:4]}."]
        top = abs(leaders[0][1].value)
        if downs:
            return [f"Share prices fell while the economy {'kept growing' if grew else 'also shrank'}, which puts "
                    "the weakness down to sentiment, valuations or company news more than to output."]
        if grew and top > 3 * max(abs(growth.value), 0.1):
            return ["Share prices have run far ahead of the economy: every one of the leaders has gained, and the "
                    "biggest gain is many times the growth in output, which leaves the move resting on expectations "
                    "rather than on present demand."]
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
                s.append(f"The latest {noun} figure for {place(f.entity)} is from "
                         f"{self._when(f).removeprefix('in ').removeprefix('on ')}; newer data was not out at the cut-off.")
        for g in getattr(self.bundle, "gaps", None) or []:
            if g.get("required"):
                s.append(f"Data on {g['metric'].replace('_', ' ')} for {safe_text(g['entity'])} was unavailable "
                         "at the cut-off.")
        move = next((a for a in self.angles if a.kind == "policy_move"), None)
        if move is not None:
            s.append(f"A further move by {safe_text(move.point.split(' raised')[0].split(' cut')[0])} would change "
                     "the backdrop the move rests on.")
        elif not s and (self.companies or self.indices or self.markets_):
            s.append("A change in the growth outlook could extend or reverse the move.")
        elif not s:
            s.append("Revisions to these readings, and the next releases, could change the picture.")
        return [" ".join(s)]

    def outlook(self) -> list[str]:
        """What to watch next, from what the data shows; no figures, no forecasts."""
        out = []
        for a in self.angles:
            if a.kind == "pmi_line" and "contracted" in a.point:
                out.append("The next PMI reading will show whether factory activity returns to expansion.")
            elif a.kind == "pmi_line":
                out.append("The next PMI reading will show whether the move across the expansion line holds.")
            elif a.kind == "turn" and "consumer prices" in a.point:
                out.append("The next inflation figures will show whether the turn in consumer prices lasts.")
            elif a.kind == "policy_move":
                bank = a.point.split(" raised")[0].split(" cut")[0]
                out.append(f"Investors will look to {safe_text(bank)}'s next decision for whether the change in "
                           "rates continues.")
            if len(out) == 2:
                break
        if self.companies:
            out.append("Earnings will show whether the companies can grow into their share prices." if self.up else
                       "Earnings will show whether the fall in share prices has run its course.")
        elif self.indices:
            index = safe_text(self.indices[0].name)
            out.append(f"The next sessions will show whether the {index} can hold "
                       f"{'its gains' if self.up else 'its ground after the fall'}.")
        elif self.markets_:
            out.append("The next central-bank decisions and data releases will set the direction from here.")
        if not out:
            out.append("The next data releases will show whether these readings hold.")
        return [" ".join(out)]

    @staticmethod
    def _refs(sentence: str) -> set[str]:
        found = set(re.findall(r"\{\{\s*([A-Za-z0-9_.\-]+)\s*[|}]", sentence))
        for pair in re.findall(r"\{\{\s*gap:([^}|]+)", sentence):
            found |= {x.strip() for x in pair.split(",")}
        return found

    def _required_in(self, sentence: str) -> set[str]:
        refs = re.findall(r"\{\{\s*([A-Za-z0-9_.\-]+)", sentence)
        return {f.metric for r in refs if (f := self.by_id.get(r)) is not None and f.metric in self.brief.required}

    # ---- the draft ------------------------------------------------------------------
    def write(self) -> str:
        sections: dict[str, Callable[[], list[str]]] = {
            "headline": self.headline, "lede": self.lede, "drivers": self.drivers, "markets": self.markets,
            "macro": self.macro, "divergence": self.divergence, "risks": self.risks, "outlook": self.outlook,
        }
        blocks: list[str] = []
        done: set[str] = set()  # required metrics already in the note
        for sec in self.style.sections:
            paras = sections[sec.key]() if sec.key in sections else []
            if not paras:
                continue
            if sec.title:
                blocks.append(f"## {safe_text(sec.title)}")
            if self.style.form == "bullets" and sec.key not in ("headline", "lede"):
                # a desk note: one sentence a bullet, the first few of the section (the style's limit)
                sentences = [x for p in paras for x in _SENTENCES.split(p) if x.strip()]
                if self.style.limit and len(sentences) > self.style.limit:
                    # what the brief requires first (each metric once), then the rest in order
                    chosen: list[int] = []
                    top = {i for a in self.angles[:3] for i in a.fact_ids}
                    for i, x in enumerate(sentences):
                        need = self._required_in(x) - done
                        if need or top & self._refs(x):
                            chosen.append(i)
                            done |= need
                    chosen += [i for i in range(len(sentences)) if i not in chosen][:max(0, self.style.limit - len(chosen))]
                    sentences = [sentences[i] for i in sorted(chosen)]
                for x in sentences:
                    done |= self._required_in(x)
                blocks.append("\n".join(f"- {x.strip()}" for x in sentences))
            else:
                blocks.extend(paras)
        return "\n\n".join(blocks) + "\n"
