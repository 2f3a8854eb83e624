"""The price-move chart: each equity's split- and dividend-adjusted close, rebased to 100.

matplotlib with the Agg backend (no screen needed); imported only when a chart is
asked for, since it costs ~0.5 s. Written through a temporary file, so a failed
run never leaves half a PNG.
"""

from __future__ import annotations

import os
import tempfile
import textwrap
from datetime import date
from pathlib import Path

from marketdesk.errors import InputError


def performance_chart(series: dict[str, list[tuple[date, float]]], path: str | Path, title: str,
                      subtitle: str, demo: bool = False) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    def plain(text: str) -> str:  # a "$" in a title or name is a dollar, not mathtext
        return text.replace("$", r"\$")

    if not series:
        raise InputError(str(path), "no price history to chart", "the brief names no entity with prices")
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=120)
    try:
        # Best performer first in the legend, so the legend reads like a league table.
        for name, points in sorted(series.items(), key=lambda kv: -kv[1][-1][1]):
            days, values = zip(*points, strict=True)
            ax.plot(days, values, linewidth=1.6, label=plain(f"{name} ({values[-1] - 100:+.1f}%)"))
        ax.axhline(100, color="0.6", linewidth=0.8, linestyle="--")
        locator = AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        ax.set_ylabel("total return index (start = 100)")
        ax.grid(alpha=0.3)
        ax.legend(loc="best", fontsize=8, framealpha=0.8)
        ax.set_title(plain(textwrap.fill(("DEMO DATA - " if demo else "") + title, 80)), fontsize=10, loc="left",
                     color="#b00020" if demo else "black")
        fig.text(0.01, 0.01, plain(subtitle), fontsize=7, color="0.4")
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".png")
        os.close(fd)
        try:
            fig.savefig(tmp, format="png")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target
    finally:
        plt.close(fig)


def brief_chart(performance: dict[str, list[tuple[date, float]]], brief, demo: bool, path: str | Path,
                title: str | None = None) -> Path:
    """The brief's price-move chart, titled and sourced the same way wherever it is drawn. Beside a
    draft it carries the draft's headline (``title``), which the writer may have written from the
    data where the brief's own title was not supported by it: a chart headed with a claim the
    article beside it had dropped would say it anyway."""
    subtitle = (f"Adjusted for splits and dividends. Source: Yahoo Finance via yfinance"
                f"{' (DEMO DATA)' if demo else ''}. Data as of {brief.as_of}.")
    return performance_chart(performance, path, f"{title or brief.title}: price moves since {brief.period.start}",
                             subtitle, demo=demo)
