"""The tables. Changes go through a new Alembic migration, never by editing an old one."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class BriefRow(Base):
    __tablename__ = "briefs"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[dict] = mapped_column(JSON, doc="the validated brief, as JSON")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PipelineRunRow(Base):
    __tablename__ = "pipeline_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    spec: Mapped[str] = mapped_column(Text, doc="what was run: the nightly file or folder")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    report: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class RunRow(Base):
    """One brief at one as_of: the idempotency key of the nightly pipeline."""

    __tablename__ = "runs"
    __table_args__ = (UniqueConstraint("brief_id", "as_of", name="uq_runs_brief_as_of"),
                      Index("ix_runs_review_status", "review_status", "id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    brief_id: Mapped[str] = mapped_column(ForeignKey("briefs.id"), index=True)
    as_of: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="pending", doc="pending running clean flagged failed")
    reason: Mapped[str | None] = mapped_column(Text, nullable=True, doc="why it failed")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    pipeline_run_id: Mapped[int | None] = mapped_column(ForeignKey("pipeline_runs.id"), nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    seconds: Mapped[float | None] = mapped_column(nullable=True)
    owner: Mapped[str | None] = mapped_column(String(120), nullable=True, doc="host:pid drafting it (0003)")
    review_status: Mapped[str] = mapped_column(String(20), default="needs_review", server_default="needs_review",
                                               doc="needs_review flagged approved rejected changes_requested (0004)")
    assignee: Mapped[str | None] = mapped_column(String(80), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    drafts: Mapped[list[DraftRow]] = relationship(back_populates="run", order_by="DraftRow.version")


class DraftRow(Base):
    """Every version of a draft; exactly one per run is current."""

    __tablename__ = "drafts"
    __table_args__ = (
        UniqueConstraint("run_id", "version", name="uq_drafts_run_version"),
        Index("uq_drafts_one_current", "run_id", unique=True, sqlite_where=text("is_current"),
              postgresql_where=text("is_current")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    text: Mapped[str] = mapped_column(Text, doc="the checked article text; findings' offsets point into it")
    markup: Mapped[str] = mapped_column(Text, default="")
    figures: Mapped[list] = mapped_column(JSON, default=list, doc="figure spans with fact id and source")
    writer: Mapped[str] = mapped_column(String(40))
    model: Mapped[str | None] = mapped_column(String(120), nullable=True)
    verdict: Mapped[str] = mapped_column(String(16), doc="clean or failing")
    errors: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    record: Mapped[dict] = mapped_column(JSON, default=dict, doc="run.json: round trips, tokens, timings")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    author: Mapped[str] = mapped_column(String(80), default="marketdesk", doc="who wrote this version")
    word_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0",
                                            doc="added in migration 0002, backfilled")
    run: Mapped[RunRow] = relationship(back_populates="drafts")
    evidence: Mapped[EvidenceRow] = relationship(back_populates="draft", uselist=False)
    findings: Mapped[list[FindingRow]] = relationship(back_populates="draft", order_by="FindingRow.id")


class EvidenceRow(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), unique=True)
    bundle: Mapped[dict] = mapped_column(JSON, doc="the evidence bundle in the contract's format")
    draft: Mapped[DraftRow] = relationship(back_populates="evidence")


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    code: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(8))
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    message: Mapped[str] = mapped_column(Text)
    fact_ids: Mapped[list] = mapped_column(JSON, default=list)
    draft: Mapped[DraftRow] = relationship(back_populates="findings")


class ReviewEventRow(Base):
    __tablename__ = "review_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40), doc="approve reject request_changes assign edit")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255), doc="argon2id, never the password")
    session_gen: Mapped[int] = mapped_column(Integer, default=0, server_default="0",
                                             doc="bumped at sign-out: older session cookies stop working (0006)")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvalRunRow(Base):
    __tablename__ = "eval_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    suite: Mapped[str] = mapped_column(String(120))
    writer: Mapped[str] = mapped_column(String(120), doc="deterministic, or model:<name>")
    style: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    totals: Mapped[dict] = mapped_column(JSON)
    results: Mapped[list] = mapped_column(JSON)
    thresholds: Mapped[dict] = mapped_column(JSON)
    checker: Mapped[dict] = mapped_column(JSON, doc="precision/recall per kind on the labelled sets")
