"""One progress bar for every long command (rich, on stderr, only on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(console, verb: str, total: int | None = None) -> Iterator[Callable[[str, int, int | None], None]]:
    """Yields update(label, done, total); the bar disappears when the work is done."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(TextColumn(verb), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("", total=total)

        def update(label: str, done: int, total_: int | None = None) -> None:
            bar.update(task, completed=done, description=label, **({"total": total_} if total_ else {}))

        yield update
