"""What the review pages read and write: the queue, a draft with its evidence, and editor actions.

Every action writes a review event (who, when, what) in the same transaction as the
change. Saving an edit re-runs the checker and stores a new version; it is accepted only
if the editor started from the current version (optimistic locking), otherwise the
editor is shown the other change and keeps their own text.
"""

from __future__ import annotations

import difflib
from datetime import date, datetime, timezone

from pydantic import BaseModel
from sqlalchemy import func, select

from marketdesk.models import EvidenceBundle
from storage.drafts import DraftStore
from storage.schema import DraftRow, EvidenceRow, FindingRow, ReviewEventRow, RunRow

STATUSES = ("needs_review", "flagged", "changes_requested", "approved", "rejected")
PAGE = 50


class QueueRow(BaseModel):
    run_id: int
    brief_id: str
    as_of: date
    review_status: str
    assignee: str | None
    version: int
    writer: str
    errors: int
    created_at: datetime


class Stale(Exception):
    """The action was taken on a version that is no longer current."""


class Conflict(Exception):
    def __init__(self, current: DraftRow, base_text: str) -> None:
        super().__init__("the draft changed since you opened it")
        self.current, self.base_text = current, base_text


def queue(store: DraftStore, status: str | None, brief: str | None, as_of: date | None, writer: str | None,
          page: int) -> tuple[list[QueueRow], int]:
    q = select(RunRow.id, RunRow.brief_id, RunRow.as_of, RunRow.review_status, RunRow.assignee, DraftRow.version,
               DraftRow.writer, DraftRow.errors, DraftRow.created_at).join(
        DraftRow, (DraftRow.run_id == RunRow.id) & DraftRow.is_current.is_(True))
    if status:
        q = q.where(RunRow.review_status == status)
    if brief:
        q = q.where(RunRow.brief_id.contains(brief, autoescape=True))
    if as_of:
        q = q.where(RunRow.as_of == as_of)
    if writer:
        q = q.where(DraftRow.writer == writer)
    with store.Session() as s:
        total = s.execute(select(func.count()).select_from(q.subquery())).scalar() or 0
        rows = s.execute(q.order_by(RunRow.id.desc()).limit(PAGE).offset(max(page, 0) * PAGE)).all()
    return [QueueRow(run_id=r[0], brief_id=r[1], as_of=r[2], review_status=r[3], assignee=r[4], version=r[5],
                     writer=r[6], errors=r[7], created_at=r[8]) for r in rows], total


def has_draft(store: DraftStore, run_id: int) -> bool:
    with store.Session() as s:
        return s.execute(select(DraftRow.id).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))
                         ).first() is not None


def draft_view(store: DraftStore, run_id: int) -> dict | None:
    with store.Session() as s:
        run = s.get(RunRow, run_id)
        if run is None:
            return None
        draft = s.execute(select(DraftRow).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))).scalar_one_or_none()
        if draft is None:
            return None
        bundle = s.execute(select(EvidenceRow.bundle).where(EvidenceRow.draft_id == draft.id)).scalar_one()
        findings = [dict(code=f.code, kind=f.kind, severity=f.severity, start=f.start, end=f.end, text=f.text,
                         message=f.message) for f in s.execute(select(FindingRow).where(FindingRow.draft_id == draft.id)
                                                               .order_by(FindingRow.id)).scalars()]
        events = s.execute(select(ReviewEventRow).join(DraftRow).where(DraftRow.run_id == run_id)
                           .order_by(ReviewEventRow.id.desc())).scalars().all()
        versions = s.execute(select(DraftRow.version, DraftRow.author, DraftRow.verdict, DraftRow.created_at)
                             .where(DraftRow.run_id == run_id).order_by(DraftRow.version.desc())).all()
        return {"run": run, "draft": draft, "bundle": bundle, "findings": findings, "events": list(events),
                "versions": versions}


def act(store: DraftStore, run_id: int, actor: str, action: str, base_version: int, override: bool = False,
        **detail: str) -> None:
    """approve / reject / request_changes / assign on the version the editor saw: the new status
    and its audit event, together. Approving a draft with checker errors needs ``override``."""
    new_status = {"approve": "approved", "reject": "rejected", "request_changes": "changes_requested"}.get(action)
    with store.Session.begin() as s:
        run = s.get(RunRow, run_id, with_for_update=store.engine.dialect.name == "postgresql")
        draft = s.execute(select(DraftRow).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))).scalar_one()
        if draft.version != base_version:
            raise Stale(f"version {draft.version} by {draft.author} replaced the version {base_version} you saw")
        if action == "approve" and draft.errors and not override:
            raise Stale(f"version {draft.version} has {draft.errors} checker errors; fix them or approve anyway")
        if override:
            detail["override"] = f"approved with {draft.errors} checker errors"
        before = {"review_status": run.review_status, "assignee": run.assignee}
        if new_status:
            run.review_status = new_status
        if action == "assign":
            run.assignee = detail.get("assignee") or None
        s.add(ReviewEventRow(draft_id=draft.id, actor=actor, action=action,
                             detail={**detail, "before": before, "version": draft.version}))


def save_edit(store: DraftStore, run_id: int, actor: str, text: str, base_version: int, checker) -> DraftRow:
    """A new version from the editor's text, checked against the draft's evidence; Conflict if
    someone saved a newer version since ``base_version`` was opened."""
    with store.Session.begin() as s:
        run = s.get(RunRow, run_id, with_for_update=store.engine.dialect.name == "postgresql")
        current = s.execute(select(DraftRow).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))).scalar_one()
        if current.version != base_version:
            base = s.execute(select(DraftRow.text).where(DraftRow.run_id == run_id,
                                                         DraftRow.version == base_version)).scalar() or ""
            s.expunge(current)
            raise Conflict(current, base)
        bundle_json = s.execute(select(EvidenceRow.bundle).where(EvidenceRow.draft_id == current.id)).scalar_one()
        findings = checker(text, EvidenceBundle.model_validate(bundle_json))
        current.is_current = False
        s.flush()
        errors = findings.summary.errors
        figures = remap_figures(current.text, text, current.figures or [])
        # An edit cannot supply data the evidence lacks: a draft incomplete for want of data
        # stays incomplete (and flagged) whatever the editor writes.
        gaps = [r for r in (current.record or {}).get("reasons", []) if r.startswith("no data for")]
        verdict = "failing" if errors else ("incomplete" if gaps else "clean")
        row = DraftRow(run_id=run_id, version=current.version + 1, is_current=True, text=text, markup="", figures=figures,
                       writer="editor", model=None, verdict=verdict, errors=errors,
                       warnings=findings.summary.warnings, author=actor, word_count=len(text.split()),
                       record={"edited_from": current.version, "checked_at": datetime.now(timezone.utc).isoformat(),
                               "reasons": gaps,
                               # the notices (DEMO DATA, gaps) and the disclosure travel with every version
                               "notices": (current.record or {}).get("notices", []),
                               "disclosure": (current.record or {}).get("disclosure", ""),
                               "demo": (current.record or {}).get("demo", False)})
        s.add(row)
        s.flush()
        s.add(EvidenceRow(draft_id=row.id, bundle=bundle_json))
        for f in findings.findings:
            s.add(FindingRow(draft_id=row.id, code=f.code, kind=f.kind, severity=f.severity, start=f.start, end=f.end,
                             text=f.text, message=f.message, fact_ids=list(f.fact_ids)))
        run.review_status = "flagged" if errors or gaps else "needs_review"
        diff = "\n".join(difflib.unified_diff(current.text.splitlines(), text.splitlines(), lineterm="", n=0))
        s.add(ReviewEventRow(draft_id=row.id, actor=actor, action="edit",
                             detail={"from_version": current.version, "to_version": row.version,
                                     "errors_before": current.errors, "errors_after": errors, "diff": diff[:4000]}))
        return row


def remap_figures(old: str, new: str, figures: list[dict]) -> list[dict]:
    """Carry figure spans over an edit: a figure whose text is untouched keeps its fact link at
    its new offset; one the editor changed loses it (the checker judges the new number)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out = []
    for f in figures:
        for tag, a0, a1, b0, _b1 in matcher.get_opcodes():
            if tag == "equal" and a0 <= f["start"] and f["end"] <= a1:
                shift = b0 - a0
                out.append({**f, "start": f["start"] + shift, "end": f["end"] + shift})
                break
    return out
