"""The eval report: one self-contained HTML page (tables and inline SVG plots) and the same as JSON."""

from __future__ import annotations

import html
import json

from evals.harness.run import Change, EvalRun


def _bars(title: str, items: list[tuple[str, float]], fmt: str = "{:.2f}", maximum: float | None = None) -> str:
    if not items:
        return ""
    top = maximum or max((v for _, v in items), default=1.0) or 1.0
    width, row, label = 640, 20, 220
    out = [f"<h3>{html.escape(title)}</h3><svg width='{width}' height='{row * len(items) + 6}' "
           f"xmlns='http://www.w3.org/2000/svg' role='img' aria-label='{html.escape(title)}'>"]
    for i, (name, value) in enumerate(items):
        w = (width - label - 60) * max(value, 0) / top
        y = 3 + i * row
        out.append(f"<text x='0' y='{y + 14}' font-size='12'>{html.escape(name)}</text>"
                   f"<rect x='{label}' y='{y + 3}' width='{w:.1f}' height='{row - 6}' fill='#3a7bd5'/>"
                   f"<text x='{label + w + 4:.1f}' y='{y + 14}' font-size='11'>{html.escape(fmt.format(value))}</text>")
    out.append("</svg>")
    return "".join(out)


def _table(headers: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def to_json(a: EvalRun, b: EvalRun | None = None, changes: list[Change] | None = None) -> str:
    return json.dumps({"run": a.model_dump(), "against": b.model_dump() if b else None,
                       "changes": [c.model_dump() for c in changes or []],
                       "regressions": [c.metric for c in changes or [] if c.regression]}, indent=2)


def to_html(a: EvalRun, b: EvalRun | None = None, changes: list[Change] | None = None) -> str:
    runs = [r for r in (a, b) if r is not None]
    parts = [f"<h1>Writer evals: {html.escape(a.suite)}</h1>"]
    for r in runs:
        t = r.totals
        parts.append(f"<h2>Run {r.id or '-'}: {html.escape(r.writer)}, style {html.escape(r.style or 'per brief')}</h2>")
        parts.append(_table(["drafts", "clean", "failed", "figures", "grounding rate", "errors", "warnings",
                             "required covered", "revisions", "round trips", "tokens", "wall s", "sections in order",
                             "length ok"],
                            [[t.drafts, t.clean, t.failed, t.figures, f"{t.grounding_rate:.3f}", t.errors, t.warnings,
                              f"{t.required_covered}/{t.required}", t.revisions, t.round_trips, t.tokens,
                              f"{t.wall_ms / 1000:.1f}", f"{t.sections_in_order:.2f}", f"{t.length_ok_rate:.2f}"]]))
        parts.append(_table(["brief", "verdict", "figures", "grounding", "errors", "errors by kind", "required",
                             "revisions", "round trips", "tokens", "words", "sections", "note"],
                            [[m.brief, m.verdict, m.figures, f"{m.grounding_rate:.3f}", m.errors,
                              ", ".join(f"{k} {v}" for k, v in m.errors_by_kind.items()),
                              f"{m.required_covered}/{m.required}", m.revisions, m.round_trips, m.tokens, m.words,
                              f"{m.sections_in_order:.2f}", m.failed or ""] for m in r.results]))
        parts.append("<h3>How it reads</h3>")
        parts.append(_table(["brief", "most-used sentence frame", "uses", "top 3-gram", "uses", "facts stated twice",
                             "filler sentences", "top angles covered"],
                            [[m.brief, m.top_frame[:80], m.max_frame_repeats, m.top_trigram,
                              m.top_trigram_count, m.facts_repeated, m.filler_sentences,
                              f"{m.angles_covered}/{m.angles_offered}"] for m in r.results]))
        parts.append(_bars(f"Grounding rate by brief (run {r.id or '-'})",
                           [(m.brief, m.grounding_rate) for m in r.results], maximum=1.0))
        parts.append(_bars(f"Errors by kind (run {r.id or '-'})", sorted(r.totals.errors_by_kind.items()), "{:.0f}"))
    if changes:
        parts.append("<h2>Compared</h2>")
        parts.append(_table(["metric", f"run {a.id}", f"run {b.id if b else '-'}", "allowed worsening", "regression"],
                            [[c.metric, c.a, c.b, "" if c.threshold is None else c.threshold,
                              "REGRESSION" if c.regression else ""] for c in changes]))
    checker = a.checker
    if checker and checker.cases:
        parts.append(f"<h2>The checker on labelled sets ({checker.cases} cases): precision "
                     f"{checker.precision:.3f}, recall {checker.recall:.3f}</h2>")
        if checker.sets:
            parts.append(f"<p>Scored: {html.escape(', '.join(checker.sets))}</p>")
        parts.append(_table(["kind", "tp", "fp", "fn", "precision", "recall"],
                            [[k, v["tp"], v["fp"], v["fn"], f"{v['precision']:.3f}", f"{v['recall']:.3f}"]
                             for k, v in checker.by_kind.items()]))
    if checker and checker.left_out:
        parts.append(f"<p class='left-out'>Not scored (not found on this machine): "
                     f"{html.escape(', '.join(checker.left_out))}</p>")
    style = ("body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:1.5rem auto;padding:0 1rem}"
             "table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border-bottom:1px solid #ddd;padding:3px 6px}")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>evals {html.escape(a.suite)}</title>"
            f"<style>{style}</style></head><body>{''.join(parts)}</body></html>\n")
