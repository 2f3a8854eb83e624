"""The checker's findings on a drafted article, read with what each figure cites.

The checker reads prose: it cannot know which fact a writer meant, so a figure whose value
is another entity's fact ("Cambricon has gained 180.0%" with SMIC's 180.0 %) is only a
warning there (evals/judge.py: whom it is about is its weakest reading). A draft written in
markup says which fact each figure is: when that fact is about someone other than the one
the sentence is about, the writer put a figure on the wrong name, and that is an error.
"""

from __future__ import annotations

from agent.markup import Rendered
from evals import check
from marketdesk.models import EvidenceBundle, Findings


def check_cited(rendered: Rendered, bundle: EvidenceBundle) -> Findings:
    findings = check(rendered.text, bundle)
    facts = {f.id: f for f in bundle.facts}
    changed = False
    out = []
    for f in findings.findings:
        if f.severity == "warning" and f.code == "G002" and f.start is not None and f.fact_ids:
            span = next((s for s in rendered.figures if s.start < f.end and f.start < s.end), None)
            cited = facts.get(span.fact_id) if span is not None else None
            about = facts.get(f.fact_ids[0])
            if cited is not None and about is not None and cited.entity != about.entity:
                f = f.model_copy(update={
                    "severity": "error",
                    "message": f"{f.text} cites {cited.id} ({cited.entity}) in a sentence about {about.entity}: "
                               f"{about.id} = {about.value:g} {about.unit}; cite {about.entity}'s fact or name "
                               f"{cited.entity}"})
                changed = True
        out.append(f)
    if not changed:
        return findings
    errors = sum(1 for f in out if f.severity == "error")
    summary = findings.summary.model_copy(update={"errors": errors, "warnings": len(out) - errors})
    return Findings(findings=out, summary=summary)
