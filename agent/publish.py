"""The draft's files: Markdown with footnoted figures, HTML with hover, chart, evidence, findings.

Every figure in the Markdown carries a footnote ``[^n]`` to its fact and source
(the checker reads footnote markers and inline code as non-figures, so the file
itself passes ``marketdesk eval``). The HTML is built here, escape first: all
text (the article, company names, provider labels, model output) goes through
``html.escape``; only our own tags are added around it. Each figure shows its
fact, period and source on hover; each finding is highlighted where it is.
"""

from __future__ import annotations

import base64
import html
import re
from bisect import bisect_left
from pathlib import Path

from pydantic import BaseModel

from agent.markup import FigureSpan, Rendered
from marketdesk.files import write_atomic
from marketdesk.models import EvidenceBundle, Findings

CSS = """
body{font:16px/1.55 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.7rem;line-height:1.25}h2{font-size:1.2rem;margin-top:1.8rem}
.fig{border-bottom:1px dotted #2a6;cursor:help}.fig sup{font-size:.7em;color:#2a6}
mark.error{background:#fdd;border-bottom:2px solid #c00}mark.warning{background:#ffe9b3}
.notice{font-size:.85rem;color:#555}.demo{color:#b00020;font-weight:bold}
.notice.top{font-size:1rem;font-weight:bold;color:#8a1f11;border-left:4px solid #c0392b;padding:.3rem .7rem}
table.sources{font-size:.8rem;border-collapse:collapse}table.sources td{padding:2px 6px;border-top:1px solid #eee}
img{max-width:100%}
"""


def utc_minute(iso: str) -> str:
    """A headline's publication time as every output shows it: "2025-11-28 03:10 UTC" (the Report
    model keeps times in UTC, so the ISO string's first 16 characters are that minute)."""
    return iso[:16].replace("T", " ") + " UTC"


def footnoted_markdown(body: str, figures: list[FigureSpan], tail: str, sources_title: str = "Sources") -> str:
    """``body`` with footnotes ``[^n]`` for its figures, then ``tail`` and the sources list.

    A sentence's markers go at its end ("... of GDP in 2024.[^4][^5]"), not after each
    figure: a marker inside "88.3% of GDP" would split the phrase that says what the
    figure measures, for readers and for the checker alike."""
    figs = sorted(figures, key=lambda f: f.start)
    notes, inserts = [], {}
    for n, f in enumerate(figs, 1):
        m = re.compile(r"[.!?](?=\s|$)|\n").search(body, f.end)
        at = m.end() if m and m.group(0) != "\n" else (m.start() if m else len(body))
        inserts.setdefault(at, []).append(f"[^{n}]")
        # Inline code keeps the note's numbers out of the checker's reading of the file.
        notes.append(f"[^{n}]: {f.label or f.fact_id}: `{f.fact_id} = {f.value:.10g} {f.unit}, {f.period}, {f.source}`")
    out, pos = [], 0
    for at in sorted(inserts):
        out.append(body[pos:at])
        out.append("".join(inserts[at]))
        pos = at
    out.append(body[pos:])
    return "".join(out).rstrip() + "\n\n" + tail.strip() + f"\n\n## {sources_title}\n\n" + "\n".join(notes) + "\n"


def _inline(text: str, start: int, figures: list[FigureSpan], marks: list[tuple], fig_numbers: dict[int, int],
            anchors: bool = False) -> str:
    """Escape one block of text, wrapping figures and findings that fall inside it.

    ``marks`` are (start, end, severity, tip[, n]). With ``anchors`` (the review page) a
    figure is a link to its fact in the evidence panel, and mark n is ``#mark-n`` with a
    link back to its note ``#finding-n`` in the margin."""
    end = start + len(text)
    events: list[tuple[int, int, str]] = []  # (offset, order, html)
    for f in figures:
        if start <= f.start and f.end <= end:
            tip = f"{f.label or f.fact_id}: {f.value:.10g} {f.unit}, {f.period}; source {f.source} (fact {f.fact_id})"
            n = fig_numbers[f.start]
            if anchors:
                events.append((f.start, 1, f'<a class="fig" href="#fact-{html.escape(f.fact_id)}" '
                                           f'data-fact="{html.escape(f.fact_id)}" title="{html.escape(tip)}">'))
                events.append((f.end, 0, "</a>"))
            else:
                events.append((f.start, 1, f'<span class="fig" data-fact="{html.escape(f.fact_id)}" '
                                           f'title="{html.escape(tip)}">'))
                events.append((f.end, 0, f'<sup><a href="#src-{n}">{n}</a></sup></span>'))
    for s, e, sev, tip, *n in marks:
        if start <= s and e <= end:
            if anchors and n:
                events.append((s, 0, f'<mark class="{sev}" id="mark-{n[0]}" title="{html.escape(tip)}">'))
                events.append((e, 0, f'</mark><sup class="back" contenteditable="false">'
                                     f'<a href="#finding-{n[0]}">{n[0]}</a></sup>'))
            else:
                events.append((s, 0, f'<mark class="{sev}" title="{html.escape(tip)}">'))
                events.append((e, 0, "</mark>"))
    events.sort(key=lambda ev: (ev[0], ev[1]))
    out, pos = [], start
    for at, _, tag in events:
        out.append(html.escape(text[pos - start:at - start]))
        out.append(tag)
        pos = at
    out.append(html.escape(text[pos - start:]))
    return "".join(out)


class Block(BaseModel):
    """One block of an article: where it is in the text, its kind, and its HTML."""
    start: int
    end: int
    kind: str  # h1-h3, p or ul
    html: str


def article_blocks(text: str, figures: list[FigureSpan], marks: list[tuple], heading_shift: int = 0,
                   anchors: bool = False) -> list[Block]:
    """The article's headings, paragraphs and bullet lists, each escaped with its figures and marks."""
    all_spans = sorted(figures, key=lambda f: f.start)
    numbers = {f.start: n for n, f in enumerate(all_spans, 1)}
    all_marks = sorted(marks, key=lambda m: m[0])
    span_starts, mark_starts = [f.start for f in all_spans], [m[0] for m in all_marks]
    blocks = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        block, start = m.group(0), m.start()
        # Only this block's figures and marks (by bisection): every figure for every block
        # made a page of 8,000 links take seconds.
        spans = all_spans[bisect_left(span_starts, start):bisect_left(span_starts, m.end())]
        marks = all_marks[bisect_left(mark_starts, start):bisect_left(mark_starts, m.end())]
        level = len(block) - len(block.lstrip("#"))
        lines = list(re.finditer(r"[^\n]+", block))
        if 0 < level <= 3 and block[level:level + 1] == " ":
            h = level + heading_shift
            inner = _inline(block[level + 1:], start + level + 1, spans, marks, numbers, anchors)
            blocks.append(Block(start=start, end=m.end(), kind=f"h{level}", html=f"<h{h}>{inner}</h{h}>"))
        elif all(line.group().startswith("- ") for line in lines):  # a bulleted note: one item a line
            items = "".join(f"<li>{_inline(line.group()[2:], start + line.start() + 2, spans, marks, numbers, anchors)}"
                            "</li>" for line in lines)
            blocks.append(Block(start=start, end=m.end(), kind="ul", html=f"<ul>{items}</ul>"))
        else:
            blocks.append(Block(start=start, end=m.end(), kind="p",
                                html=f"<p>{_inline(block, start, spans, marks, numbers, anchors)}</p>"))
    return blocks


def article_html(text: str, figures: list[FigureSpan], findings: list, heading_shift: int = 0) -> str:
    """The article as HTML blocks: headings and paragraphs, each figure wrapped with its fact
    and source, each finding (a Finding or its dict) highlighted where it is; all text escaped.
    ``heading_shift`` demotes headings (the review page has its own <h1>)."""
    found = [f if isinstance(f, dict) else f.model_dump() for f in findings]
    marks = [(f["start"], f["end"], f["severity"], f"{f['code']} {f['severity']}: {f['message']}")
             for f in found if f["start"] is not None and f["end"] is not None]
    return "\n".join(b.html for b in article_blocks(text, figures, marks, heading_shift))


def record_notices(record: dict | None) -> list[str]:
    """The notices stored with a draft version; a DEMO draft stored before notices were kept
    still says it is DEMO data."""
    from tools.demo import NOTICE

    record = record or {}
    notices = list(record.get("notices") or [])
    if record.get("demo") and not any(n.startswith("DEMO") for n in notices):
        notices.insert(0, NOTICE + ".")
    return notices


def top_notices(notices: list[str]) -> list[str]:
    """The notices a reader must see before the article: DEMO data, and what the data did not cover."""
    return [n for n in notices if n.startswith(("DEMO", "No data"))]


def with_top_notices(md: str, notices: list[str]) -> str:
    """The Markdown with its top notices in bold under the headline (or first, with no headline)."""
    head = top_notices(notices)
    if not head:
        return md
    block = "\n\n".join(f"**{n}**" for n in head)
    first, sep, rest = md.partition("\n")
    return f"{first}\n\n{block}\n{sep}{rest}" if first.startswith("# ") else f"{block}\n\n{md}"


def to_html(title: str, rendered: Rendered, findings: Findings, notices: list[str], disclosure: str,
            chart_png: bytes | None, demo: bool) -> str:
    blocks = [f'<p class="notice top{" demo" if n.startswith("DEMO") else ""}">{html.escape(n)}</p>'
              for n in top_notices(notices)]
    blocks.append(article_html(rendered.text, rendered.figures, findings.findings))
    whole = [f"<p class=\"notice{' demo' if demo and 'DEMO' in n else ''}\">{html.escape(n)}</p>" for n in notices]
    whole.append(f'<p class="notice">{html.escape(disclosure)}</p>')
    if chart_png:
        data = base64.b64encode(chart_png).decode()
        whole.append(f'<figure><img alt="Price moves of the brief\'s equities" src="data:image/png;base64,{data}">'
                     "</figure>")
    rows = "".join(f'<tr id="src-{n}"><td>{n}</td><td>{html.escape(f.label or f.fact_id)}</td>'
                   f"<td>{html.escape(f'{f.value:.10g} {f.unit}')}</td><td>{html.escape(f.period)}</td>"
                   f"<td>{html.escape(f.source)}</td></tr>"
                   for n, f in enumerate(sorted(rendered.figures, key=lambda f: f.start), 1))
    whole.append(f'<h2>Sources</h2><table class="sources">{rows}</table>')
    if rendered.quotes:
        # provider text and addresses are data: escaped, and a link only for http(s) (the Report model's rule)
        quoted = "".join(
            f"<tr><td>{html.escape(q.publisher)}</td><td>{html.escape(utc_minute(q.published))}</td>"
            f"<td>{html.escape(q.title)}</td><td>"
            + (f'<a href="{html.escape(q.url, quote=True)}" rel="noopener noreferrer">source</a>'
               if q.url and q.url.startswith(("https://", "http://")) else "") + "</td></tr>"
            for q in rendered.quotes)
        whole.append(f'<h2>Headlines quoted</h2><table class="sources">{quoted}</table>')
    head = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>")
    return head + "\n".join(blocks + whole) + "</body></html>\n"


def write_outputs(out_dir: Path, *, title: str, rendered: Rendered, bundle: EvidenceBundle, findings: Findings,
                  notices: list[str], disclosure: str, chart_png: bytes | None, demo: bool, record: dict,
                  markup: str = "") -> dict[str, Path]:
    import json

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {k: out_dir / v for k, v in {"markdown": "draft.md", "html": "draft.html", "evidence": "evidence.json",
                                          "findings": "findings.json", "record": "run.json", "spans": "draft.json",
                                          "chart": "chart.png"}.items()}
    tail = "\n\n".join(f"*{n}*" for n in notices) + f"\n\n*{disclosure}*"
    if rendered.quotes:
        tail += "\n\nHeadlines quoted:\n\n" + "\n".join(
            f"- {q.publisher}, `{utc_minute(q.published)}`" + (f", <{q.url}>" if q.url else "")
            for q in rendered.quotes)
    if chart_png:
        tail += "\n\n![Price moves of the brief's equities](chart.png)"
        paths["chart"].write_bytes(chart_png)
    else:
        paths.pop("chart")
    write_atomic(paths["evidence"], bundle.model_dump_json(indent=2, exclude_none=True) + "\n")
    write_atomic(paths["findings"], findings.model_dump_json(indent=2) + "\n")
    # DEMO data and missing coverage are said under the headline, not only at the end
    write_atomic(paths["markdown"], with_top_notices(footnoted_markdown(rendered.text, rendered.figures, tail), notices))
    write_atomic(paths["html"], to_html(title, rendered, findings, notices, disclosure, chart_png, demo))
    write_atomic(paths["record"], json.dumps(record, indent=2, default=str) + "\n")
    # The article as checked, and every figure's span in it with its fact and source: what the
    # review queue highlights and links (findings.json offsets are into this text).
    write_atomic(paths["spans"], json.dumps({"text": rendered.text, "markup": markup,
                                             "figures": [f.model_dump() for f in rendered.figures],
                                             "quotes": [q.model_dump() for q in rendered.quotes]},
                                            indent=1) + "\n")
    return paths
