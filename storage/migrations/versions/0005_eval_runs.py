"""Writer eval runs: a suite drafted by one writer (model, prompts, style), with its metrics.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "eval_runs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("suite", sa.String(120), nullable=False),
        sa.Column("writer", sa.String(120), nullable=False),
        sa.Column("style", sa.String(40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("totals", sa.JSON(), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("thresholds", sa.JSON(), nullable=False),
        sa.Column("checker", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("eval_runs")
