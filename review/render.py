"""Server-side pieces of the draft page: the article with figures and findings, and a chart.

Everything from the database (article text, provider names, model output) is escaped
here or by Jinja2's autoescape; only our own tags wrap it.
"""

from __future__ import annotations

import html

from agent import publish
from agent.markup import FigureSpan


def article_html(text: str, figures: list[dict], findings: list[dict]) -> str:
    """The stored article for the review page (headings one level down: the page has its <h1>)."""
    return publish.article_html(text, [FigureSpan(**f) for f in figures], findings, heading_shift=1)


def moves_svg(facts: list[dict]) -> str:
    """Price changes as horizontal bars (an inline SVG: no image files, no script)."""
    rows = [f for f in facts if f.get("metric") == "price_change" and f["id"].endswith("_ytd")] or \
           [f for f in facts if f.get("metric") == "price_change"]
    if not rows:
        return ""
    rows = sorted(rows, key=lambda f: -f["value"])[:12]
    top = max(abs(f["value"]) for f in rows) or 1.0
    width, bar_h, label_w = 520, 22, 170
    mid = label_w + (width - label_w) / 2
    parts = [f'<svg class="chart" role="img" aria-label="price moves" width="{width}" height="{bar_h * len(rows) + 10}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, f in enumerate(rows):
        y = 5 + i * bar_h
        w = (width - label_w) / 2 * abs(f["value"]) / top
        x = mid if f["value"] >= 0 else mid - w
        color = "#2a7" if f["value"] >= 0 else "#c33"
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{html.escape(f["entity"])}</text>')
        parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{bar_h - 6}" fill="{color}">'
                     f'<title>{html.escape(f["id"])}: {f["value"]:+.1f}% ({html.escape(f["period"])})</title></rect>')
    parts.append(f'<line x1="{mid}" y1="0" x2="{mid}" y2="{bar_h * len(rows) + 10}" stroke="#999"/></svg>')
    return "".join(parts)
