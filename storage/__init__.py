"""Storage: briefs, runs, drafts (every version), evidence, findings, review events.

SQLAlchemy 2 models (``schema.py``), Alembic migrations (``migrations/``), and the
store the pipeline and the review queue use (``drafts.py``). SQLite by default (WAL,
a file in the data folder); PostgreSQL by setting ``MARKETDESK_DATABASE_URL``. The
same code and migrations serve both.
"""
