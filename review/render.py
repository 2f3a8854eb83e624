"""Server-side pieces of the review pages: the article as rows (a block of text beside its
findings), the evidence as a readable panel, version diffs, and a chart.

Everything from the database (article text, provider names, model output) is escaped
here or by Jinja2's autoescape; only our own tags wrap it.
"""

from __future__ import annotations

import html
import re
import time

from pydantic import BaseModel, ValidationError

from agent import publish
from agent.markup import FigureSpan, format_value
from marketdesk.models import Fact
from review.merge import opcodes, paragraphs


class Note(BaseModel):
    """A finding as the margin shows it; ``n`` links it to ``#mark-n`` in the text."""
    n: int
    code: str
    severity: str
    message: str
    text: str | None = None


class Row(BaseModel):
    sep: str  # the text between the previous block and this one ("\n\n"): the editor keeps it
    kind: str
    html: str
    notes: list[Note]


class Article(BaseModel):
    rows: list[Row]
    unplaced: list[Note]
    tail: str  # text after the last block


class EvidenceItem(BaseModel):
    id: str
    name: str
    shown: str  # the value as a reader sees it: "USD 177.00", "2.2%"
    value: str  # the exact value where ``shown`` rounds it ("3.875 %"), else ""
    period: str
    source: str
    cited: int  # how many figures in the text link to it


def article_html(text: str, figures: list[dict], findings: list[dict]) -> str:
    """The stored article as one block of HTML (exports): headings one level down."""
    return publish.article_html(text, [FigureSpan(**f) for f in figures], findings, heading_shift=1)


def review_article(text: str, figures: list[dict], findings: list[dict]) -> Article:
    """The article block by block, each with the findings whose place is inside it, numbered
    in reading order so the margin and the marks point at each other."""
    placed = sorted((f for f in findings if f.get("start") is not None and f.get("end") is not None),
                    key=lambda f: (f["start"], f["end"]))
    notes = [Note(n=i, code=f["code"], severity=f["severity"], message=f["message"], text=f.get("text"))
             for i, f in enumerate(placed, 1)]
    marks = [(f["start"], f["end"], f["severity"], f"{f['code']} {f['severity']}: {f['message']}", i)
             for i, f in enumerate(placed, 1)]
    blocks = publish.article_blocks(text, [FigureSpan(**f) for f in figures], marks, heading_shift=1, anchors=True)
    rows, pos, seen = [], 0, set()
    for b in blocks:
        inside = [nt for nt, f in zip(notes, placed, strict=True) if b.start <= f["start"] < b.end]
        seen.update(nt.n for nt in inside)
        rows.append(Row(sep=text[pos:b.start], kind=b.kind, html=b.html, notes=inside))
        pos = b.end
    n = len(notes)
    unplaced = [nt for nt in notes if nt.n not in seen]  # a span across two blocks: listed on top
    for f in findings:
        if f.get("start") is None or f.get("end") is None:
            n += 1
            unplaced.append(Note(n=n, code=f["code"], severity=f["severity"], message=f["message"]))
    return Article(rows=rows, unplaced=unplaced, tail=text[pos:])


def evidence(facts: list[dict], figures: list[dict]) -> list[EvidenceItem]:
    """The bundle's facts for people: a name, the value as the writer prints it (and the exact
    value where that is rounded), the period and the source; facts the text cites first.
    Figures derived from two facts (a gap between two moves) are listed too, so that every
    figure's link has somewhere to go."""
    cited: dict[str, int] = {}
    for f in figures:
        cited[f["fact_id"]] = cited.get(f["fact_id"], 0) + 1
    known = {str(raw.get("id")) for raw in facts}
    derived = {f["fact_id"]: {"id": f["fact_id"], "entity": "", "metric": "", "value": f["value"], "unit": f["unit"],
                              "period": f["period"], "source": f["source"], "label": f.get("label")}
               for f in figures if f["fact_id"] not in known}
    out = []
    for raw in [*facts, *derived.values()]:
        try:
            shown = format_value(Fact.model_validate({**raw, "entity": raw.get("entity") or "-",
                                                      "metric": raw.get("metric") or "-"}))
        except (ValidationError, ValueError, KeyError):
            shown = f"{raw.get('value')} {raw.get('unit', '')}"
        exact = f"{raw.get('value'):.10g}" if isinstance(raw.get("value"), int | float) else str(raw.get("value"))
        name = raw.get("label") or f"{raw.get('entity', '')} {str(raw.get('metric', '')).replace('_', ' ')}".strip()
        out.append(EvidenceItem(id=str(raw.get("id")), name=name or str(raw.get("id")), shown=shown,
                                value="" if exact in shown.replace(",", "") else f"{exact} {raw.get('unit', '')}",
                                period=str(raw.get("period", "")), source=str(raw.get("source", "")),
                                cited=cited.get(str(raw.get("id")), 0)))
    return sorted(out, key=lambda e: (e.cited == 0, e.name.lower()))


class DiffRow(BaseModel):
    kind: str  # same, changed, added, removed
    left: str  # HTML, escaped, changed words in <del>
    right: str  # HTML, escaped, changed words in <ins>


def _words(a: str, b: str) -> tuple[str, str]:
    """Two versions of a paragraph, escaped, with the words that differ marked."""
    wa, wb = re.findall(r"\s+|[^\s]+", a), re.findall(r"\s+|[^\s]+", b)
    left, right = [], []
    for tag, i0, i1, j0, j1 in opcodes(wa, wb):
        x, y = html.escape("".join(wa[i0:i1])), html.escape("".join(wb[j0:j1]))
        if tag == "equal":
            left.append(x)
            right.append(y)
        else:
            left.append(f"<del>{x}</del>" if x else "")
            right.append(f"<ins>{y}</ins>" if y else "")
    return "".join(left), "".join(right)


def part_sides(part) -> tuple[list[str], list[str]]:
    """A changed stretch of a conflict, theirs and mine as HTML paragraphs, changed words marked
    where the two have the same number of paragraphs."""
    if part.same is not None:
        return [], []
    if len(part.theirs) == len(part.mine):
        pairs = [_words(x, y) for x, y in zip(part.theirs, part.mine, strict=True)]
        return [p[0] for p in pairs], [p[1] for p in pairs]
    return [html.escape(x) for x in part.theirs], [html.escape(y) for y in part.mine]


def version_diff(a_text: str, b_text: str) -> list[DiffRow]:
    """Two versions paragraph by paragraph, side by side: unchanged paragraphs folded to one
    row, changed ones with their words marked."""
    pa, pb = paragraphs(a_text), paragraphs(b_text)
    rows: list[DiffRow] = []
    # Changed words are marked for as many paragraphs as half a second allows (real prose
    # takes microseconds a paragraph; a wall of repeated words far longer); then paragraphs
    # are shown whole, marked as changed.
    deadline = time.monotonic() + 0.5
    for tag, i0, i1, j0, j1 in opcodes(pa, pb):
        if tag == "equal":
            n = i1 - i0
            rows.append(DiffRow(kind="same", left=f"{n} {'paragraph' if n == 1 else 'paragraphs'} the same",
                                right=""))
            continue
        for k in range(max(i1 - i0, j1 - j0)):
            x = pa[i0 + k] if i0 + k < i1 else None
            y = pb[j0 + k] if j0 + k < j1 else None
            if x is not None and y is not None:
                left, right = _words(x, y) if time.monotonic() < deadline else \
                    (f"<del>{html.escape(x)}</del>", f"<ins>{html.escape(y)}</ins>")
                rows.append(DiffRow(kind="changed", left=left, right=right))
            elif x is not None:
                rows.append(DiffRow(kind="removed", left=f"<del>{html.escape(x)}</del>", right=""))
            else:
                rows.append(DiffRow(kind="added", left="", right=f"<ins>{html.escape(y or '')}</ins>"))
    return rows


def moves_svg(facts: list[dict]) -> str:
    """Price changes as horizontal bars (an inline SVG: no image files, no script)."""
    rows = [f for f in facts if f.get("metric") == "price_change" and f["id"].endswith("_ytd")] or \
           [f for f in facts if f.get("metric") == "price_change"]
    if not rows:
        return ""
    rows = sorted(rows, key=lambda f: -f["value"])[:12]
    top = max(abs(f["value"]) for f in rows) or 1.0
    width, bar_h, label_w = 420, 22, 150
    mid = label_w + (width - label_w) / 2
    parts = [f'<svg class="chart" role="img" aria-label="price moves" viewBox="0 0 {width} {bar_h * len(rows) + 10}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, f in enumerate(rows):
        y = 5 + i * bar_h
        w = (width - label_w) / 2 * abs(f["value"]) / top
        x = mid if f["value"] >= 0 else mid - w
        color = "#2a7" if f["value"] >= 0 else "#c33"
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{html.escape(f["entity"][:24])}</text>')
        parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{bar_h - 6}" fill="{color}">'
                     f'<title>{html.escape(f["id"])}: {f["value"]:+.1f}% ({html.escape(f["period"])})</title></rect>')
    parts.append(f'<line x1="{mid}" y1="0" x2="{mid}" y2="{bar_h * len(rows) + 10}" stroke="#999"/></svg>')
    return "".join(parts)


class HeadlineItem(BaseModel):
    id: str
    entity: str
    title: str
    publisher: str
    published: str  # "2025-11-28 03:10 UTC"
    url: str | None = None


def headlines(reports: list[dict]) -> list[HeadlineItem]:
    """The bundle's dated headlines for the evidence panel, newest first: provider text, shown
    escaped (Jinja2) and linked only when the address is http(s)."""
    out = []
    for raw in reports:
        url = raw.get("url") if isinstance(raw.get("url"), str) and raw["url"].startswith(("https://", "http://")) else None
        out.append(HeadlineItem(id=str(raw.get("id")), entity=str(raw.get("entity", "")), title=str(raw.get("title", "")),
                                publisher=str(raw.get("publisher", "")),
                                published=publish.utc_minute(str(raw.get("published", ""))), url=url))
    return sorted(out, key=lambda h: h.published, reverse=True)
