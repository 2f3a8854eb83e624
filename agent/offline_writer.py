"""The deterministic writer: the house style's structure from templates, over the same bundle.

Used when no model is configured. It writes the same markup a model would
(``{{fact_id}}`` references, rendered by ``agent.markup``), one entity and one
metric to a sentence, with the period in words, so its drafts pass the checker
with zero errors. Nothing here states a number itself; the brief's free text
(``topic``) is never copied into the article.
"""

from __future__ import annotations

from collections.abc import Callable

from agent.phrases import economy_noun, join_names, moved, period_words
from marketdesk.brief import Brief, slug
from marketdesk.models import EvidenceBundle, Fact
from prompts import Style

WRITER = "deterministic"


class _Facts:
    def __init__(self, bundle: EvidenceBundle) -> None:
        self.by_id = {f.id: f for f in bundle.facts}

    def get(self, entity: str, suffix: str) -> Fact | None:
        return self.by_id.get(f"{slug(entity)}_{suffix}")


def _ref(f: Fact, *opts: str) -> str:
    return "{{" + "|".join((f.id, *opts)) + "}}"


class OfflineWriter:
    name = WRITER

    def __init__(self, brief: Brief, bundle: EvidenceBundle, style: Style) -> None:
        self.brief, self.bundle, self.style = brief, bundle, style
        self.facts = _Facts(bundle)
        self.companies = [e for e in brief.entities if e.ticker and e.kind != "index"]
        self.indices = [e for e in brief.entities if e.ticker and e.kind == "index"]
        self.economies = [m.economy for m in brief.macro]
        self._in_lede: str | None = None  # the fact the lede already states, not repeated below

    # ---- helpers --------------------------------------------------------------------
    def _ytd(self, name: str) -> Fact | None:
        return self.facts.get(name, "ytd") or self.facts.get(name, "change")

    def _leaders(self) -> list[tuple[str, Fact]]:
        rows = [(e.name, self._ytd(e.name)) for e in self.companies]
        return sorted([(n, f) for n, f in rows if f], key=lambda r: -r[1].value)

    def _move(self, name: str, f: Fact, noun: str = "shares") -> str:
        verb = moved(f.value, "have gained", "have lost", "are unchanged")
        amount = "" if f.value == 0 else " " + _ref(f, "abs")
        return f"{name} {noun} {verb}{amount} {period_words(f.period)}."

    # ---- sections -------------------------------------------------------------------
    def headline(self) -> list[str]:
        return [f"# {self.brief.title}"]

    def lede(self) -> list[str]:
        out = []
        leaders = self._leaders()
        if leaders:
            name, f = leaders[0]
            out.append(self._move(name, f).rstrip(".") + ", the biggest move among the stocks in this piece.")
            self._in_lede = f.id
            if len(leaders) > 1:
                others = join_names([n for n, _ in leaders[1:4]])
                out.append(f"{others} have also moved sharply, and the question for investors is how much "
                           f"of the move the economy underneath can carry.")
        elif self.indices:
            f = self._ytd(self.indices[0].name)
            if f:
                out.append(self._move(f"The {self.indices[0].name}", f, noun="index").replace("index have", "index has"))
        return [" ".join(out)] if out else []

    def drivers(self) -> list[str]:
        paras = []
        for e in self.companies:
            sentences = []
            ytd, change, close = (self.facts.get(e.name, s) for s in ("ytd", "change", "close"))
            if ytd and ytd.id != self._in_lede:
                sentences.append(self._move(e.name, ytd))
            if change:
                sentences.append(self._move(e.name, change))
            if close:
                sentences.append(f"The stock closed at {_ref(close)} {period_words(close.period)}.")
            if sentences:
                paras.append(" ".join(sentences))
        for e in self.indices:
            sentences = []
            ytd, change, close = (self.facts.get(e.name, s) for s in ("ytd", "change", "close"))
            for f in (ytd, change):
                if f:
                    verb = moved(f.value, "has risen", "has fallen", "is unchanged")
                    amount = "" if f.value == 0 else " " + _ref(f, "abs")
                    sentences.append(f"The {e.name} {verb}{amount} {period_words(f.period)}.")
            if close:
                sentences.append(f"The {e.name} closed at {_ref(close)} {period_words(close.period)}.")
            if sentences:
                paras.append(" ".join(sentences))
        return paras

    def markets(self) -> list[str]:
        paras = []
        for e in self.companies:
            s = []
            turnover, cap = self.facts.get(e.name, "turnover"), self.facts.get(e.name, "market_cap")
            pe, fpe, pb = (self.facts.get(e.name, x) for x in ("pe", "forward_pe", "pb"))
            if turnover:
                # "turnover in X shares" would read to the checker as a share-price figure.
                s.append(f"{e.name}'s average daily turnover was {_ref(turnover)} "
                         f"{period_words(turnover.period)}.")
            if cap:
                s.append(f"{e.name} has a market capitalisation of {_ref(cap)}.")
            if pe:
                s.append(f"{e.name} trades at {_ref(pe)} trailing earnings.")
            if fpe:
                s.append(f"On forward earnings, {e.name} trades at {_ref(fpe)}.")
            if pb:
                s.append(f"{e.name} has a price-to-book ratio of {_ref(pb)}.")
            if s:
                paras.append(" ".join(s))
        return paras

    def _macro_sentence(self, economy: str, f: Fact, prev: Fact | None) -> str | None:
        when = period_words(f.period)
        after = f", after {_ref(prev)} {period_words(prev.period)}" if prev else ""
        m = f.metric
        if m == "gdp_yoy":
            noun = economy_noun(economy)
            noun = noun[0].upper() + noun[1:]
            return f"{noun} grew {_ref(f)} {when}{after}." if f.value >= 0 else \
                f"{noun} contracted by {_ref(f, 'abs')} {when}."
        if m == "gdp_qoq_saar":
            return f"Real GDP in the {economy} changed by {_ref(f)} at an annualised rate {when}{after}."
        if m == "cpi_yoy":
            return f"Consumer prices in {economy} {moved(f.value, 'rose', 'fell', 'were flat')} " \
                   f"{'' if f.value == 0 else _ref(f, 'abs') + ' '}from a year earlier {when}."
        if m == "pmi":
            side = "below" if f.value < 50 else "above" if f.value > 50 else "at"
            return f"The official manufacturing PMI was {_ref(f)} {when}, {side} the 50 mark that separates " \
                   f"expansion from contraction{after}."
        if m == "loan_prime_rate_1y":
            return f"The one-year loan prime rate stood at {_ref(f)} {when}."
        if m == "policy_rate":
            return f"The {economy} policy rate stood at {_ref(f)} {when}{after}."
        if m == "debt_to_gdp":
            return f"General government debt in {economy} was {_ref(f)} of GDP {when}{after}."
        if m == "gov_debt":
            return f"General government debt in {economy} stood at {_ref(f)} {when}."
        return f"{f.label or m} was {_ref(f)} {when}."

    def macro(self) -> list[str]:
        paras = []
        for item in self.brief.macro:
            s = []
            for metric in item.metrics:
                f = self.facts.get(item.economy, metric)
                if f is None:
                    continue
                line = self._macro_sentence(item.economy, f, self.facts.get(item.economy, f"{metric}_prev"))
                if line:
                    s.append(line)
            if s:
                paras.append(" ".join(s))
        return paras

    def divergence(self) -> list[str]:
        leaders = self._leaders()
        growth = next((self.facts.get(eco, "gdp_yoy") for eco in self.economies if self.facts.get(eco, "gdp_yoy")), None)
        if not leaders or growth is None:
            return []
        top = leaders[0][1].value
        if top > 3 * max(growth.value, 0.1):
            return ["Share prices have run far ahead of the economy: the leaders' gains this year are many times "
                    "the growth in output, which leaves the rally resting on expectations rather than on "
                    "present demand."]
        return ["Share prices and the economy have moved broadly in step so far, which leaves less of the "
                "rally resting on expectations alone."]

    def risks(self) -> list[str]:
        s = []
        rich = [e.name for e in self.companies if (pe := self.facts.get(e.name, "pe")) and pe.value > 50]
        if rich:
            s.append(f"Valuations are stretched at {join_names(rich)}, where earnings would have to grow fast to "
                     "justify today's prices.")
        stale = [f for f in self.bundle.facts if getattr(f, "stale", False) and not f.id.endswith("_prev")]
        for f in stale:
            s.append(f"The latest {f.label or f.metric} reading available is {period_words(f.period).removeprefix('in ')}"
                     f"; newer data was not out at the cut-off.")
        for g in getattr(self.bundle, "gaps", None) or []:
            if g.get("required"):
                s.append(f"Data on {g['metric'].replace('_', ' ')} for {g['entity']} was unavailable at the cut-off.")
        s.append("Policy shifts, trade frictions and a slower economy could all cut the rally short.")
        return [" ".join(s)]

    def outlook(self) -> list[str]:
        return ["The rally's next test is whether earnings and the wider economy catch up with prices. "
                "Until they do, the move depends on sentiment and policy support."]

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
                blocks.append(f"## {sec.title}")
            blocks.extend(paras)
        return "\n\n".join(blocks) + "\n"
