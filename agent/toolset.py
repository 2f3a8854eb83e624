"""The agent's data tools: typed LangChain tools over ``tools/`` (the FactsGatherer).

Each tool takes validated arguments (pydantic), gathers facts for part of the brief
(through the cache, so repeated or parallel calls are cheap), records every fact it
returns in the ``Evidence`` the draft will be checked against, and answers the model
with a delimited, escaped data block. A bad argument is answered as an error the
model can fix (LangChain's ``ToolException`` route), never raised.
"""

from __future__ import annotations

import threading

from pydantic import BaseModel, Field

from marketdesk.brief import Brief, MacroItem
from marketdesk.models import EvidenceBundle, Fact, Report
from tools.base import after_cutoff
from tools.bundle import DataDesk, FactsGatherer


class Evidence:
    """The facts the model has been given, in the order it got them (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.ids: dict[str, None] = {}

        self.facts: dict[str, Fact] = {}

    def add(self, facts: list[Fact], reports: tuple[Report, ...] | list[Report] = ()) -> None:
        with self._lock:
            for f in facts:
                self.ids.setdefault(f.id, None)
                self.facts.setdefault(f.id, f)
            for r in reports:  # dated headlines: ids the model may quote as {{news:id}}
                self.ids.setdefault(r.id, None)

    def snapshot(self) -> tuple[Fact, ...]:
        with self._lock:
            return tuple(self.facts.values())


def delimit(text: str) -> str:
    """Untrusted text for a data block: no tag can be opened or closed from inside it.
    Only < and > are replaced ("S&P 500" stays as written, for the model to copy)."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _field(text: object) -> str:
    """One cell of the data table: provider text on one line, delimited, no column bars."""
    return delimit(" ".join(str(text).split())).replace("|", "/")


def data_block(facts: list[Fact], gaps: list[dict], notes: list[str], reports: tuple[Report, ...] | list[Report] = ()) -> str:
    """Facts for the model, one a line; provider text flattened so it cannot fake a row or close the tag."""
    lines = ["id | entity | what | value | unit | period | flags"]
    for f in facts:
        flags = ",".join(x for x in ("stale" if getattr(f, "stale", False) else "",
                                     "demo" if f.source.startswith("demo:") else "") if x)
        lines.append(" | ".join(_field(x) for x in (f.id, f.entity, f.label or f.metric, f"{f.value:.10g}",
                                                       f.unit, f.period, flags)))
    for g in gaps:
        lines.append(" | ".join(_field(x) for x in ("unavailable", g["entity"], g["metric"], "-", "-", "-", g["reason"])))
    lines += [f"note | {_field(n)}" for n in notes]
    if reports:
        lines.append("headline id | entity | publisher | published (UTC) | headline")
        lines += [" | ".join(_field(x) for x in (r.id, r.entity, r.publisher, f"{r.published:%Y-%m-%d %H:%M}", r.title))
                  for r in reports]
    return "<data>\n" + "\n".join(lines) + "\n</data>"


class EquityArgs(BaseModel):
    tickers: list[str] = Field(min_length=1, description="Yahoo Finance symbols from the brief, e.g. 0981.HK")


class MacroArgs(BaseModel):
    economy: str = Field(description="an economy named in the brief, e.g. China, US")
    metrics: list[str] = Field(min_length=1, description="metric keys from the brief, e.g. gdp_yoy, cpi_yoy")


class ToolError(Exception):
    """An argument the model can fix; its message goes back to the model."""


class Toolset:
    def __init__(self, brief: Brief, data: DataDesk, offline: bool, evidence: Evidence) -> None:
        self.brief, self.data, self.offline, self.evidence = brief, data, offline, evidence

    def _gather(self, sub: Brief) -> str:
        run = FactsGatherer(self.data).gather(sub, offline=self.offline)
        # The cut-off holds here too. Session counts ("a fourth straight loss", "in 23 sessions")
        # go to the model as well: the checker reads them where the evidence has them.
        facts = [f for f in run.bundle.facts if not after_cutoff(f, self.brief.as_of)]
        reports = run.bundle.reports
        self.evidence.add(facts, reports)
        return data_block(facts, [g.model_dump() for g in run.gaps], run.notes, reports) + "\n" + self._angles()

    def _angles(self) -> str:
        """The story the facts gathered so far tell, ranked: what a paragraph should open with.
        Points are our words over the facts' ids, never provider text."""
        from agent.angles import find_angles

        bundle = EvidenceBundle(as_of=self.brief.as_of, entities=(), facts=self.evidence.snapshot())
        lines = [f"{i} | {a.point} | {', '.join(a.fact_ids)}" for i, a in enumerate(find_angles(self.brief, bundle)[:6], 1)]
        return "<angles>\nrank | point | fact ids\n" + "\n".join(lines) + "\n</angles>" if lines else ""

    def get_equity_facts(self, tickers: list[str]) -> str:
        wanted = {t.upper() for t in tickers}
        entities = tuple(e for e in self.brief.entities if e.ticker in wanted)
        unknown = sorted(wanted - {e.ticker for e in entities})
        if unknown:
            raise ToolError(f"not in the brief: {', '.join(unknown)}; ask for {', '.join(self.brief.tickers)}")
        return self._gather(self.brief.model_copy(update={"entities": entities, "macro": (), "required": ()}))

    def get_macro_facts(self, economy: str, metrics: list[str]) -> str:
        item = next((m for m in self.brief.macro if m.economy.lower() == economy.lower()), None)
        if item is None:
            raise ToolError(f"economy {economy!r} is not in the brief; ask for "
                            f"{', '.join(m.economy for m in self.brief.macro)}")
        bad = [m for m in metrics if m not in item.metrics]
        if bad:
            raise ToolError(f"{', '.join(bad)} not in the brief for {item.economy}; ask for {', '.join(item.metrics)}")
        sub = MacroItem(economy=item.economy, metrics=tuple(metrics))
        return self._gather(self.brief.model_copy(update={"entities": (), "macro": (sub,), "required": ()}))

    def langchain_tools(self) -> list:
        from langchain_core.tools import StructuredTool

        return [
            StructuredTool.from_function(self.get_equity_facts, name="get_equity_facts", args_schema=EquityArgs,
                                         description="Equity facts for the brief's tickers: last close, price "
                                         "change over the period and year to date, average daily turnover, "
                                         "market cap, trailing and forward P/E, price-to-book. Returns fact ids."),
            StructuredTool.from_function(self.get_macro_facts, name="get_macro_facts", args_schema=MacroArgs,
                                         description="Macro facts for one economy of the brief: GDP growth, CPI, "
                                         "PMI, policy rates, government debt. Returns fact ids, latest and previous."),
        ]
