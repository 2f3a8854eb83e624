"""The pipeline on a terminal: a progress bar (plain log lines when not a terminal), then the report."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline.run import JobResult, ProgressFn, Report

log = logging.getLogger("marketdesk.pipeline")


@contextmanager
def progress_for(console, total: int) -> Iterator[ProgressFn]:
    if not console.is_terminal:
        def line(result: JobResult, done: int, total_: int) -> None:
            log.info("draft_done %d/%d brief=%s as_of=%s status=%s seconds=%.1f%s", done, total_, result.brief,
                     result.as_of, result.status, result.seconds, f" reason={result.reason}" if result.reason else "")
        yield line
        return
    from marketdesk.progress import progress_bar

    with progress_bar(console, "drafting", total) as bar:
        def update(result: JobResult, done: int, total_: int) -> None:
            bar(f"{result.brief}: {result.status}", done, total_)

        yield update


def print_report(report: Report, console) -> None:
    from rich.table import Table

    table = Table(title=f"pipeline run {report.pipeline_id}: {report.spec}", title_justify="left")
    for col in ("brief", "as_of", "status", "seconds", "errors", "reason"):
        table.add_column(col, overflow="fold")
    styles = {"failed": "red", "flagged": "yellow", "skipped": "dim", "held": "magenta"}
    for r in report.results:
        table.add_row(r.brief, r.as_of, r.status, f"{r.seconds:.1f}", str(r.errors), r.reason or "",
                      style=styles.get(r.status))
    console.print(table)
    c = report.counts
    held = f", {c['held']} held by another live worker (not done tonight: run again later)" if c["held"] else ""
    console.print(f"{c['clean']} clean, {c['flagged']} flagged, {c['failed']} failed, {c['skipped']} skipped{held} "
                  f"in {report.wall_seconds:.1f} s (concurrency {report.concurrency}"
                  f"{f', {report.rate_limited} rate limits' if report.rate_limited else ''})", highlight=False)
    if not report.stored:
        console.print(f"[red]the report could not be stored in the database ({report.store_error}); "
                      "it is in --json if you gave it[/red]", highlight=False)
