"""drafts.word_count, backfilled from the stored text (the editor queue sorts and filters on it).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("word_count", sa.Integer(), nullable=False, server_default="0"))
    # Backfill in Python: SQLite and PostgreSQL count words differently in SQL.
    conn = op.get_bind()
    drafts = sa.table("drafts", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                      sa.column("word_count", sa.Integer))
    rows = conn.execute(sa.select(drafts.c.id, drafts.c.text)).all()
    for draft_id, text in rows:
        conn.execute(drafts.update().where(drafts.c.id == draft_id).values(word_count=len((text or "").split())))


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_column("word_count")
