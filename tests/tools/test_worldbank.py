from __future__ import annotations

import pytest

from marketdesk.errors import SeriesNotFound
from tests.tools.conftest import FAST
from tests.tools.recorded import WB, json_reply
from tools.base import SeriesSpec
from tools.http import make_client
from tools.worldbank import WorldBankFetcher

GDP = SeriesSpec(metric="gdp_yoy", economy="China", provider="worldbank", code="NY.GDP.MKTP.KD.ZG/CHN",
                 unit="%", frequency="annual", label="China GDP growth (World Bank)")


def test_rows_come_oldest_first_with_null_kept_as_a_gap(server):
    series = WorldBankFetcher(make_client(5.0), server.url, FAST).fetch(GDP)
    assert [o.period for o in series.observations][:2] == ["2015", "2016"]
    assert series.observations[-1].period == "2025" and series.observations[-1].value is None
    assert series.observations[-2].value == 5.0
    assert series.name == "GDP growth (annual %)"


def test_the_apis_error_reply_is_series_not_found(server):
    spec = GDP.model_copy(update={"code": "NY.NOPE/CHN"})
    server.routes["/country/CHN/indicator/NY.NOPE"] = json_reply(WB / "error_invalid_indicator.reconstructed.json")
    with pytest.raises(SeriesNotFound, match="indicator was not found"):
        WorldBankFetcher(make_client(5.0), server.url, FAST).fetch(spec)
