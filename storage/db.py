"""Engines and migrations: SQLite by default (WAL, in the data folder), PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from marketdesk.errors import InputError

MIGRATIONS = Path(__file__).with_name("migrations")
READER = "marketdesk_reader"  # execution option of read-only sessions (see session_factory)


def database_url(data_dir: Path, env_url: str | None = None) -> str:
    if env_url:
        return env_url
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'marketdesk.db'}"


def make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60})

            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(conn, _record) -> None:  # every pooled connection
                # The driver's own transaction handling is switched off so that ours is exact:
                # DDL inside a migration's transaction rolls back with it (SQLAlchemy's pysqlite
                # recipe), and BEGIN IMMEDIATE below takes the write lock up front.
                conn.isolation_level = None
                cur = conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")  # readers never block the nightly writer
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()

            @event.listens_for(engine, "begin")
            def _sqlite_begin(conn) -> None:
                # Writers queue here instead of both reading "version 1" and colliding later.
                # Readers (``DraftStore.Reader``: the review pages, the sign-in check) take a
                # deferred transaction instead: under WAL they read a snapshot and never wait
                # for the nightly pipeline or an editor's save.
                conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READER) else "BEGIN IMMEDIATE")

            return engine
        # psycopg 3 for PostgreSQL: "postgresql://..." means psycopg2 to SQLAlchemy; say which.
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)
    except Exception as err:  # a malformed URL, an unknown driver
        raise InputError(None, f"database URL {url.split('@')[-1]!r}: {err}",
                         "set MARKETDESK_DATABASE_URL to sqlite:///FILE or postgresql://USER@HOST/DB") from None


def alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (default: the latest), migrating data as it goes."""
    from alembic import command

    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Two first runs at once: the second waits here, then finds the schema current.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727472)")
        command.upgrade(alembic_config(conn), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def session_factory(engine: Engine, reader: bool = False):
    """Sessions for writing, or (``reader``) for reading only: on SQLite a reader's transaction
    is deferred, so it neither takes nor waits for the write lock."""
    return sessionmaker(engine.execution_options(**{READER: True}) if reader else engine, expire_on_commit=False)
