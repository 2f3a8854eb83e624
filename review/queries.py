"""What the review pages read and write: the queue, a draft with its evidence, and editor actions.

Every action writes a review event (who, when, what) in the same transaction as the
change. Saving an edit re-runs the checker and stores a new version; it is accepted only
if the editor started from the current version (optimistic locking), otherwise the
editor is shown the other change and keeps their own text.
"""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timezone

from pydantic import BaseModel
from sqlalchemy import func, literal_column, select

from agent.markup import FigureSpan, fact_for, format_value
from marketdesk.models import EvidenceBundle
from review.merge import common_ends, opcodes
from storage.drafts import DraftStore
from storage.schema import DraftRow, EvidenceRow, FindingRow, ReviewEventRow, RunRow

STATUSES = ("needs_review", "flagged", "changes_requested", "approved", "rejected")
OPEN = ("flagged", "needs_review", "changes_requested")  # the default tab, in this order: the desk's work
TABS = ("open", *STATUSES, "all")
PAGE = 50


class QueueRow(BaseModel):
    run_id: int
    headline: str
    brief_id: str
    as_of: date
    review_status: str
    assignee: str | None
    version: int
    writer: str
    verdict: str
    errors: int
    created_at: datetime
    demo: bool = False


class Stale(Exception):
    """The action was taken on a version that is no longer current."""


class Conflict(Exception):
    def __init__(self, current: DraftRow, base_text: str) -> None:
        super().__init__("the draft changed since you opened it")
        self.current, self.base_text = current, base_text


# "The current version of this run", written so that SQLite (and PostgreSQL) can answer it
# from the partial index uq_drafts_one_current (WHERE is_current) instead of reading draft
# rows: `is_current IS 1` does not match the index's condition and scanned 10,000 drafts.
CURRENT = (DraftRow.run_id == RunRow.id) & literal_column("drafts.is_current")


def headline(text_head: str, brief_id: str) -> str:
    first = text_head.lstrip().split("\n", 1)[0]
    return first.lstrip("#").strip() if first.startswith("#") else brief_id


def _filtered(q, brief: str | None, as_of: date | None, writer: str | None):
    if brief:
        q = q.where(RunRow.brief_id.contains(brief, autoescape=True))
    if as_of:
        q = q.where(RunRow.as_of == as_of)
    if writer:
        q = q.where(DraftRow.writer == writer)
    return q


def _by_status(s, brief: str | None, as_of: date | None, writer: str | None) -> dict[str, int]:
    return dict(s.execute(_filtered(select(RunRow.review_status, func.count()).join(DraftRow, CURRENT),
                                    brief, as_of, writer).group_by(RunRow.review_status)).all())


def tab_counts(by: dict[str, int]) -> dict[str, int]:
    tabs = {t: by.get(t, 0) for t in STATUSES}
    tabs["open"], tabs["all"] = sum(by.get(t, 0) for t in OPEN), sum(by.values())
    return tabs


class Cached:
    """A value recomputed at most every ``ttl`` seconds."""

    def __init__(self, compute, ttl: float, clock=time.monotonic) -> None:
        self.compute, self.ttl, self.clock = compute, ttl, clock
        self._at, self._value = -float("inf"), None

    def __call__(self):
        now = self.clock()
        if now - self._at >= self.ttl:
            self._value, self._at = self.compute(), now
        return self._value


class TabCounts:
    """The tabs' counts, recounted at most every ``ttl`` seconds per filter. Counting 10,000
    drafts is the costliest part of a queue page, and a badge two seconds old misleads no
    one; the rows themselves are always read fresh. At most ``keys`` filters are kept."""

    def __init__(self, store: DraftStore, ttl: float = 2.0, keys: int = 256, clock=time.monotonic) -> None:
        self.store, self.ttl, self.keys, self.clock = store, ttl, keys, clock
        self._seen: dict[tuple, tuple[float, dict[str, int]]] = {}
        self._lock = threading.Lock()

    def __call__(self, brief: str | None, as_of: date | None, writer: str | None) -> dict[str, int]:
        key, now = (brief, as_of, writer), self.clock()
        with self._lock:
            hit = self._seen.get(key)
        if hit and now - hit[0] < self.ttl:
            return hit[1]
        with self.store.Reader() as s:
            tabs = tab_counts(_by_status(s, brief, as_of, writer))
        with self._lock:
            if len(self._seen) >= self.keys:
                self._seen.clear()
            self._seen[key] = (now, tabs)
        return tabs


def queue(store: DraftStore, tab: str, brief: str | None, as_of: date | None, writer: str | None,
          page: int, counts: TabCounts | None = None) -> tuple[list[QueueRow], int, dict[str, int]]:
    """One page of a tab, its total, and the count of every tab (all under the same filters).

    Rows are picked by id first, each status on its own stretch of the (review_status, id)
    index, and only the page's 50 rows are read in full: a page deep in 10,000 drafts does
    not read the text of the drafts it skips, and "flagged first" is no sort of the table."""
    ids_of = _filtered(select(RunRow.id).join(DraftRow, CURRENT), brief, as_of, writer)
    full = _filtered(select(RunRow.id, RunRow.brief_id, RunRow.as_of, RunRow.review_status, RunRow.assignee,
                            DraftRow.version, DraftRow.writer, DraftRow.errors, DraftRow.created_at,
                            func.substr(DraftRow.text, 1, 300), DraftRow.verdict,
                            DraftRow.record["demo"].as_boolean()).join(DraftRow, CURRENT), brief, as_of, writer)
    statuses = OPEN if tab == "open" else (tab,) if tab in STATUSES else None
    skip, found = max(page, 0) * PAGE, []
    with store.Reader() as s:
        if not skip:
            # Page 1: whole rows straight from the index, each status in turn until 50 (no count,
            # no second query; one query when there are 50 flagged drafts).
            for st in statuses or (None,):
                q = full if st is None else full.where(RunRow.review_status == st)
                found += s.execute(q.order_by(RunRow.id.desc()).limit(PAGE - len(found))).all()
                if len(found) >= PAGE:
                    break
            by = None
        else:
            # A later page: ids first (skipped rows' text is never read), counted per status now
            # so that its rows follow on exactly from the page before; then the 50 rows in full.
            by = _by_status(s, brief, as_of, writer) if statuses else None
            ids: list[int] = []
            if statuses is None:
                ids = list(s.execute(ids_of.order_by(RunRow.id.desc()).limit(PAGE).offset(skip)).scalars())
            for st in statuses or ():
                if by is not None and skip >= by.get(st, 0):
                    skip -= by.get(st, 0)
                    continue
                ids += s.execute(ids_of.where(RunRow.review_status == st).order_by(RunRow.id.desc())
                                 .limit(PAGE - len(ids)).offset(skip)).scalars()
                skip = 0
                if len(ids) >= PAGE:
                    break
            rows = {r[0]: r for r in s.execute(full.where(RunRow.id.in_(ids))).all()} if ids else {}
            found = [rows[i] for i in ids if i in rows]
        tabs = counts(brief, as_of, writer) if counts else tab_counts(by or _by_status(s, brief, as_of, writer))
    out = [QueueRow(run_id=r[0], brief_id=r[1], as_of=r[2], review_status=r[3], assignee=r[4], version=r[5],
                    writer=r[6], errors=r[7], created_at=r[8], headline=headline(r[9] or "", r[1]), verdict=r[10],
                    demo=bool(r[11])) for r in found]
    return out, (tabs[tab] if tab in tabs else tabs["all"]), tabs


def neighbours(store: DraftStore, run_id: int) -> tuple[int | None, int | None]:
    """The previous and next draft in the open tab's order (flagged, needs review, changes
    requested; newest first in each), for j/k on the draft page; from a draft outside it,
    "next" is the top of the queue. A few index seeks, whatever the queue's size."""
    base = select(RunRow.id).join(DraftRow, CURRENT)

    def first(s, st: str, newest: bool, **bound: int) -> int | None:
        q = base.where(RunRow.review_status == st)
        if "below" in bound:
            q = q.where(RunRow.id < bound["below"])
        if "above" in bound:
            q = q.where(RunRow.id > bound["above"])
        return s.execute(q.order_by(RunRow.id.desc() if newest else RunRow.id.asc()).limit(1)).scalar()

    with store.Reader() as s:
        here = s.execute(select(RunRow.review_status).where(RunRow.id == run_id)).scalar()
        if here not in OPEN:
            return None, next((i for st in OPEN if (i := first(s, st, True)) is not None), None)
        at = OPEN.index(here)
        nxt = first(s, here, True, below=run_id)
        for st in OPEN[at + 1:]:
            nxt = nxt if nxt is not None else first(s, st, True)
        prev = first(s, here, False, above=run_id)
        for st in reversed(OPEN[:at]):
            prev = prev if prev is not None else first(s, st, False)
    return prev, nxt


def version_text(store: DraftStore, run_id: int, version: int) -> DraftRow | None:
    with store.Reader() as s:
        return s.execute(select(DraftRow).where(DraftRow.run_id == run_id, DraftRow.version == version)).scalar_one_or_none()


def has_draft(store: DraftStore, run_id: int) -> bool:
    with store.Reader() as s:
        return s.execute(select(DraftRow.id).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))
                         ).first() is not None


def draft_body(store: DraftStore, draft_id: int) -> tuple[str, list[dict], dict, list[dict]]:
    """A version's text, figures, evidence bundle and findings: fixed once the version is stored."""
    with store.Reader() as s:
        text, figures = s.execute(select(DraftRow.text, DraftRow.figures).where(DraftRow.id == draft_id)).one()
        return (text, figures or [], *_body(s, draft_id))


def _body(s, draft_id: int) -> tuple[dict, list[dict]]:
    bundle = s.execute(select(EvidenceRow.bundle).where(EvidenceRow.draft_id == draft_id)).scalar_one()
    findings = [dict(code=f.code, kind=f.kind, severity=f.severity, start=f.start, end=f.end, text=f.text,
                     message=f.message) for f in s.execute(select(FindingRow).where(FindingRow.draft_id == draft_id)
                                                           .order_by(FindingRow.id)).scalars()]
    return bundle, findings


def draft_view(store: DraftStore, run_id: int, version: int | None = None, body: bool = True) -> dict | None:
    """The current version (or ``version``) with its audit trail and versions, and (``body``)
    its evidence and findings."""
    with store.Reader() as s:
        run = s.get(RunRow, run_id)
        if run is None:
            return None
        which = DraftRow.version == version if version is not None else DraftRow.is_current.is_(True)
        draft = s.execute(select(DraftRow).where(DraftRow.run_id == run_id, which)).scalar_one_or_none()
        if draft is None:
            return None
        bundle, findings = _body(s, draft.id) if body else (None, None)
        events = s.execute(select(ReviewEventRow).join(DraftRow).where(DraftRow.run_id == run_id)
                           .order_by(ReviewEventRow.id.desc())).scalars().all()
        versions = s.execute(select(DraftRow.version, DraftRow.author, DraftRow.verdict, DraftRow.created_at,
                                    DraftRow.errors, DraftRow.is_current)
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


def save_edit(store: DraftStore, run_id: int, actor: str, text: str, base_version: int, checker,
              linked: list[dict] | None = None) -> DraftRow:
    """A new version from the editor's text, checked against the draft's evidence; Conflict if
    someone saved a newer version since ``base_version`` was opened.

    ``linked`` are the figures the in-place editor kept or picked from the evidence
    (start, end, fact_id); without it (the plain-text form) the old figures are carried
    over the edit by a diff. The checker and the figure mapping run before the write
    transaction: the write lock is held only for the few rows written."""
    with store.Reader() as s:
        current = s.execute(select(DraftRow).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))).scalar_one()
        if current.version != base_version:
            raise _conflict(s, current, run_id, base_version)
        if text == current.text and (linked is None or [(f["start"], f["end"], f["fact_id"]) for f in linked] ==
                                     [(f["start"], f["end"], f["fact_id"]) for f in current.figures or []]):
            return current  # nothing changed: no new version, no audit noise
        bundle_json = s.execute(select(EvidenceRow.bundle).where(EvidenceRow.draft_id == current.id)).scalar_one()
    bundle = EvidenceBundle.model_validate(bundle_json)
    findings = checker(text, bundle)
    errors = findings.summary.errors
    wrong = [(f.start, f.end) for f in findings.findings if f.severity == "error" and f.start is not None]
    figures = linked_figures(text, linked, bundle, wrong, current.figures or []) if linked is not None else \
        [f for f in remap_figures(current.text, text, current.figures or [])
         if not any(s < f["end"] and f["start"] < e for s, e in wrong)]
    # An edit cannot supply data the evidence lacks: a draft incomplete for want of data
    # stays incomplete (and flagged) whatever the editor writes.
    gaps = [r for r in (current.record or {}).get("reasons", []) if r.startswith("no data for")]
    verdict = "failing" if errors else ("incomplete" if gaps or findings.summary.warnings else "clean")
    diff = changed_lines(current.text, text)
    with store.Session.begin() as s:
        run = s.get(RunRow, run_id, with_for_update=store.engine.dialect.name == "postgresql")
        now = s.execute(select(DraftRow).where(DraftRow.run_id == run_id, DraftRow.is_current.is_(True))).scalar_one()
        if now.version != base_version:  # someone saved while the checker ran
            raise _conflict(s, now, run_id, base_version)
        now.is_current = False
        s.flush()
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
        s.add(ReviewEventRow(draft_id=row.id, actor=actor, action="edit",
                             detail={"from_version": current.version, "to_version": row.version,
                                     "errors_before": current.errors, "errors_after": errors, "diff": diff[:4000]}))
        return row


def changed_lines(old: str, new: str, limit: int = 4000) -> str:
    """The audit trail's "what changed": removed lines with -, added with + (at a bounded cost)."""
    a, b, out = old.splitlines(), new.splitlines(), []
    for tag, i0, i1, j0, j1 in opcodes(a, b):
        if tag != "equal":
            out += [f"@@ line {i0 + 1} @@"] + [f"-{x}" for x in a[i0:i1]] + [f"+{y}" for y in b[j0:j1]]
        if sum(len(x) + 1 for x in out) > limit:
            break
    return "\n".join(out)[:limit]


def _conflict(s, current: DraftRow, run_id: int, base_version: int) -> Conflict:
    base = s.execute(select(DraftRow.text).where(DraftRow.run_id == run_id, DraftRow.version == base_version)).scalar()
    s.expunge(current)
    return Conflict(current, base or "")


def linked_figures(text: str, linked: list[dict], bundle: EvidenceBundle, wrong: list[tuple[int, int]],
                   known: list[dict] = ()) -> list[dict]:
    """The editor's figure links, kept where they hold: the fact exists; the linked words are
    that fact's figure, as the evidence panel inserts it (format_value) or as a stored version
    already printed it (``known``: "over 180%"); the span is inside the text and overlaps no
    other; and the checker found no error in it. A link never vouches for a number the fact
    does not support, and source, value and period come from the evidence, not the form."""
    facts = {f.id: f for f in bundle.facts}
    printed: dict[str, set[str]] = {}
    for f in known:
        printed.setdefault(f["fact_id"], set()).add(f["text"])
    out: list[dict] = []
    last_end = 0
    for f in sorted(linked, key=lambda f: (f.get("start", -1), f.get("end", -1))):
        fact = fact_for(str(f.get("fact_id", "")), facts)
        start, end = f.get("start"), f.get("end")
        if fact is None or not isinstance(start, int) or not isinstance(end, int):
            continue
        if not (last_end <= start < end <= len(text)) or not text[start:end].strip():
            continue
        if any(s < end and start < e for s, e in wrong):
            continue
        if text[start:end] != format_value(fact) and text[start:end] not in printed.get(fact.id, ()):
            continue
        out.append(FigureSpan(start=start, end=end, text=text[start:end], fact_id=fact.id, source=fact.source,
                              value=fact.value, unit=fact.unit, period=fact.period, label=fact.label).model_dump())
        last_end = end
    return out


class Anchor(BaseModel):
    """A figure link found again by its words: the fact, the figure's text and a little
    text either side (what a conflict page carries instead of the editor's whole text)."""
    fact_id: str
    text: str
    left: str = ""
    right: str = ""


def anchors(text: str, links: list[dict], context: int = 16) -> list[Anchor]:
    return [Anchor(fact_id=f["fact_id"], text=text[f["start"]:f["end"]], left=text[max(0, f["start"] - context):f["start"]],
                   right=text[f["end"]:f["end"] + context]) for f in sorted(links, key=lambda f: f["start"])
            if 0 <= f["start"] < f["end"] <= len(text)]


def _find(new: str, cursor: int, a: Anchor) -> int:
    """Where ``a``'s figure starts in ``new`` at or after ``cursor``: both sides of context
    first, then one side (for a figure beside another that changed); -1 if not found."""
    for before, after in ((a.left, a.right), ("", a.right), (a.left, "")):
        if not before + after:
            continue
        at = new.find(before + a.text + after, max(cursor - len(before), 0))
        if at >= 0:
            return at + len(before)
    return -1


def merged_links(store: DraftStore, run_id: int, merged: str, mine: list[Anchor]) -> list[dict]:
    """Figure links for a merged text: the current version's, carried over by their words, and
    the ones the merging editor had linked (``mine``), where each is found again."""
    with store.Reader() as s:
        text, figures = s.execute(select(DraftRow.text, DraftRow.figures).where(
            DraftRow.run_id == run_id, DraftRow.is_current.is_(True))).one()
    links = [{"start": f["start"], "end": f["end"], "fact_id": f["fact_id"]}
             for f in remap_figures(text, merged, figures or [])] + find_anchors(merged, mine)
    out: list[dict] = []
    for f in sorted(links, key=lambda f: (f["start"], f["end"])):
        if not out or f["start"] >= out[-1]["end"]:
            out.append(f)
    return out


def find_anchors(new: str, found: list[Anchor], misses: int = 50) -> list[dict]:
    """Links (start, end, fact_id) for the anchors found in ``new``, in order; after ``misses``
    not found, the rest are dropped rather than searched for (linear in any text)."""
    out, cursor, missed = [], 0, 0
    for a in found:
        if missed >= misses:
            break
        at = _find(new, cursor, a)
        if at < 0:
            missed += 1
            continue
        out.append({"start": at, "end": at + len(a.text), "fact_id": a.fact_id})
        cursor = at + 1
    return out


def remap_figures(old: str, new: str, figures: list[dict], context: int = 16, misses: int = 50) -> list[dict]:
    """Carry figure spans over an edit: a figure whose text and surroundings are untouched
    keeps its fact link at its new offset; one the editor changed loses it (the checker
    judges the new number).

    Linear, whatever the text: figures in the common head keep their offsets, those in the
    common tail shift by the change in length, and each one between is found again by its
    text with ``context`` characters either side, searching forward from the previous one
    (figures keep their order). After ``misses`` figures not found the rest of the middle
    loses its links rather than search on: a character diff of a 200,000-character edit
    took minutes, and one of repeated lines never finished."""
    head, tail = common_ends(old, new)
    shift = len(new) - len(old)
    out, cursor, missed = [], 0, 0
    for f in sorted(figures, key=lambda f: f["start"]):
        start, end = f["start"], f["end"]
        if end <= head:
            out.append(dict(f))
            continue
        if start >= len(old) - tail:
            out.append({**f, "start": start + shift, "end": end + shift})
            continue
        if missed >= misses or old[start:end] != f.get("text", old[start:end]):
            continue
        new_start = _find(new, cursor, anchors(old, [f], context)[0])
        if new_start < 0:
            missed += 1
            continue
        cursor = new_start + 1
        out.append({**f, "start": new_start, "end": new_start + (end - start)})
    return out
