"""Findings as text, JSON (the contract's shape) or SARIF 2.1.0."""

from __future__ import annotations

import json

from marketdesk import __version__
from marketdesk.models import Findings

FORMATS = ("text", "json", "sarif")
DOCS_URL = "https://github.com/marketdesk/marketdesk/blob/main/evals/docs/{code}.md"


def render(findings: Findings, fmt: str, path: str = "-") -> str:
    if fmt == "json":
        return findings.model_dump_json(indent=2)
    if fmt == "sarif":
        return json.dumps(to_sarif(findings, path), indent=2)
    return to_text(findings, path)


def to_text(findings: Findings, path: str) -> str:
    """FILE:LINE:COL: CODE message, one a line; whole-draft findings sit at 1:1."""
    lines = [
        f"{path}:{f.line or 1}:{f.col or 1}: {f.code} {f.message}" for f in findings.findings
    ]
    s = findings.summary
    lines.append(
        f"{s.figures} figures, {s.grounded} grounded, {s.errors} errors, {s.warnings} warnings"
    )
    return "\n".join(lines)


def to_sarif(findings: Findings, path: str) -> dict:
    from evals.registry import all_rules

    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for f in findings.findings:
        location: dict = {"physicalLocation": {"artifactLocation": {"uri": path}}}
        if f.start is not None:
            end_line, end_col = _end_line_col(f)
            location["physicalLocation"]["region"] = {
                "startLine": f.line, "startColumn": f.col, "endLine": end_line, "endColumn": end_col,
                "charOffset": f.start, "charLength": f.end - f.start,
                "snippet": {"text": f.text or ""},
            }
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": f.severity,
            "kind": "fail",
            "message": {"text": f.message},
            "locations": [location],
            "properties": {"kind": f.kind, "fact_ids": f.fact_ids},
        }
        if f.metric:
            result["properties"]["metric"] = f.metric
        results.append(result)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "marketdesk",
                "semanticVersion": __version__,
                "informationUri": "https://github.com/marketdesk/marketdesk",
                "rules": [{
                    "id": r.code,
                    "name": "".join(w.capitalize() for w in r.kind.split("_")),
                    "shortDescription": {"text": (r.__doc__ or "").strip().splitlines()[0]},
                    "fullDescription": {"text": " ".join((r.__doc__ or "").split())},
                    "helpUri": DOCS_URL.format(code=r.code),
                    "defaultConfiguration": {"level": r.severity},
                    "properties": {"kind": r.kind, "family": r.family},
                } for r in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"summary": findings.summary.model_dump()},
        }],
    }


def _end_line_col(f) -> tuple[int, int]:
    text = f.text or ""
    newlines = text.count("\n")
    if not newlines:
        return f.line, f.col + len(text)
    return f.line + newlines, len(text) - text.rfind("\n")
