from tests.storage.conftest import db_url, postgres  # noqa: F401
from tests.tools.conftest import fake_yf, make_desk, server  # noqa: F401
