# The data tools' recorded providers serve the agent's tests too.
from tests.tools.conftest import fake_yf, make_desk, server  # noqa: F401
