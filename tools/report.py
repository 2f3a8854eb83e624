"""The terminal side of ``marketdesk facts``: a progress display and the summary table.

rich draws both (a well-kept library that degrades to plain text off a terminal);
the rows come from ``summary_rows``, which is pure and what the tests check.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import BaseModel

from tools.bundle import FactsRun, ProgressFn
from tools.demo import NOTICE


class Row(BaseModel):
    entity: str
    figure: str
    value: str
    period: str
    source: str
    origin: str
    flag: str = ""


def _fmt(value: float) -> str:
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def summary_rows(run: FactsRun) -> list[Row]:
    origin_by_source = {}
    for o in run.origins:
        origin_by_source[o.source.removeprefix("demo:")] = o.origin
    rows = []
    for f in run.bundle.facts:
        key = f.source.removeprefix("demo:")
        origin = "demo" if f.source.startswith("demo:") else origin_by_source.get(key, "fetched")
        if key.startswith("yfinance:") and f.metric in ("market_cap", "pe_ratio", "forward_pe", "price_to_book"):
            origin = "demo" if f.source.startswith("demo:") else "quote"
        flags = []
        if getattr(f, "stale", False):
            flags.append("STALE")
        if getattr(f, "note", None):
            flags.append(str(f.note))
        rows.append(Row(entity=f.entity, figure=f.id, value=f"{_fmt(f.value)} {f.unit}", period=f.period,
                        source=key, origin=origin, flag="; ".join(flags)))
    for r in run.bundle.reports:  # a headline: its words stand in the value column, as published
        rows.append(Row(entity=r.entity, figure=r.id, value=f'"{r.title}" ({r.publisher})',
                        period=f"{r.published:%Y-%m-%d %H:%M} UTC", source=r.source, origin="news"))
    for g in run.gaps:
        rows.append(Row(entity=g.entity, figure=g.metric, value="-", period="-", source=g.source or "-",
                        origin="MISSING", flag=("REQUIRED; " if g.required else "") + g.reason))
    return rows


def print_summary(run: FactsRun, console) -> None:
    from rich.table import Table

    b = run.bundle
    table = Table(title=f"{b.brief}: facts as of {b.as_of}", title_justify="left", expand=False)
    for col in ("entity", "figure", "value", "period", "from", "source", "flag"):
        table.add_column(col, overflow="fold")
    for r in summary_rows(run):
        style = "red" if r.origin == "MISSING" else ("yellow" if r.flag.startswith("STALE") else None)
        table.add_row(r.entity, r.figure, r.value, r.period, r.origin, r.source, r.flag, style=style)
    console.print(table)
    for note in run.notes:
        console.print(f"note: {note}", markup=False, highlight=False)
    stale = run.stale
    console.print(f"{len(b.facts)} facts, {len(b.reports)} headlines, {len(run.gaps)} gaps, {len(stale)} stale, "
                  f"{run.elapsed_ms:.0f} ms", highlight=False)
    if run.missing_required:
        console.print(f"missing required figures: {', '.join(run.missing_required)}", style="bold red",
                      highlight=False)
    if run.demo:
        console.print(NOTICE, style="bold reverse", highlight=False)


@contextmanager
def progress_display(console) -> Iterator[ProgressFn | None]:
    """A progress bar on a terminal; nothing (the summary says it all) when not."""
    if not console.is_terminal:
        yield None
        return
    from marketdesk.progress import progress_bar

    with progress_bar(console, "fetching") as update:
        yield update
