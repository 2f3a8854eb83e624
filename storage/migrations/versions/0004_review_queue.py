"""The editor review queue: accounts, and each run's review status and assignee.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("review_status", sa.String(20), nullable=False, server_default="needs_review"))
        batch.add_column(sa.Column("assignee", sa.String(80), nullable=True))
    # Existing runs: a flagged run starts out flagged in the queue, the rest need review.
    op.execute("UPDATE runs SET review_status = 'flagged' WHERE status = 'flagged'")
    op.create_index("ix_runs_review_status", "runs", ["review_status", "id"])


def downgrade() -> None:
    op.drop_index("ix_runs_review_status", table_name="runs")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("assignee")
        batch.drop_column("review_status")
    op.drop_table("users")
