"""Alembic environment: always run from storage.db.upgrade() with a live connection."""

from alembic import context

from storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_name=lambda name, type_, parent: not (type_ == "table" and name == "fetch_cache"))
with context.begin_transaction():
    context.run_migrations()
