import pytest

from tests.storage.conftest import db_url, postgres  # noqa: F401
from tests.tools.conftest import fake_yf, make_desk, server  # noqa: F401


@pytest.fixture
def own_postgres():
    """A PostgreSQL server of the test's own, to stop and start inside it (the shared one is not)."""
    from tests.storage.pg import PostgresServer

    pg = PostgresServer()
    why = pg.start()
    if why:
        pg.stop()
        pytest.skip(f"PostgreSQL leg skipped: {why}")
    yield pg
    pg.stop()
