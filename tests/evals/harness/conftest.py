from tests.tools.conftest import fake_yf, make_desk, server  # noqa: F401
