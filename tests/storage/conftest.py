"""Storage tests run on SQLite and on a real PostgreSQL server (skipped, saying why, if none starts)."""

from __future__ import annotations

import itertools

import pytest

from tests.storage.pg import PostgresServer
from tests.tools.conftest import fake_yf, make_desk, server  # noqa: F401

_names = itertools.count(1)


@pytest.fixture(scope="session")
def postgres():
    pg = PostgresServer()
    why = pg.start()
    if why:
        pg.stop()
        yield why  # a string: the reason the PostgreSQL leg is skipped
        return
    yield pg
    pg.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, postgres):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marketdesk.db'}"
    if isinstance(postgres, str):
        pytest.skip(f"PostgreSQL leg skipped: {postgres}")
    return postgres.create_database(f"t{next(_names)}")
