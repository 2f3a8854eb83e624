from __future__ import annotations

import json
import logging
import math
import time

import pytest

from marketdesk.errors import (
    MalformedPayload,
    ProviderUnavailable,
    ProviderUnreachable,
    SeriesNotFound,
)
from tests.tools.conftest import FAST, NOW
from tests.tools.recorded import DBN, json_reply
from tools.base import SeriesSpec
from tools.dbnomics import DBnomicsFetcher, transform
from tools.http import make_client

BEA = SeriesSpec(metric="gdp_qoq_saar", economy="US", provider="dbnomics", code="BEA/NIPA-T10101/A191RL-Q",
                 unit="%", frequency="quarterly", label="US real GDP q/q SAAR")
PMI = SeriesSpec(metric="pmi", economy="China", provider="dbnomics", code="NBS/M_A0B01/A0B0101",
                 unit="pts", frequency="monthly", label="China PMI")
LPR = SeriesSpec(metric="loan_prime_rate_1y", economy="China", provider="dbnomics", code="BIS/WS_CBPOL/M.CN",
                 unit="%", frequency="monthly", label="China LPR")
WEO = SeriesSpec(metric="gdp_yoy", economy="China", provider="dbnomics",
                 code="IMF/WEO:latest/CHN.NGDP_RPCH.pcent_change", unit="%", frequency="annual", label="GDP")


def _fixture(name: str) -> dict:
    return json.loads((DBN / name).read_text())


def test_transform_reads_the_recorded_bea_reply():
    series = transform(BEA, _fixture("BEA_NIPA-T10101_A191RL-Q.recorded.json"), NOW)
    assert len(series.observations) == 317
    assert series.observations[0].period == "1947-Q2"
    assert (series.observations[-1].period, series.observations[-1].value) == ("2026-Q2", 1.5)
    assert all(o.value is None or math.isfinite(o.value) for o in series.observations)


def test_na_is_a_gap_not_a_zero():
    series = transform(PMI, _fixture("NBS_M_A0B01_A0B0101.reconstructed.json"), NOW)
    assert series.observations[-1].period == "2025-06"
    assert series.observations[-1].value is None
    assert series.observations[-2].value == 49.5


def test_a_reply_with_two_series_gives_the_one_asked_for():
    series = transform(LPR, _fixture("BIS_cbpol_M.CN_M.US.extract.json"), NOW)
    assert series.observations[-1].value == 3.85  # M.CN; M.US would be 0.125


def test_an_empty_reply_names_the_providers_error():
    raw = _fixture("series_ids_multi_with_error.reconstructed.json")
    raw["series"]["docs"] = []
    with pytest.raises(SeriesNotFound, match="Could not load series"):
        transform(WEO, raw, NOW)


def test_a_reply_without_docs_is_malformed():
    with pytest.raises(MalformedPayload, match="series.docs"):
        transform(BEA, {"series": {}}, NOW)


def fetcher(server):
    return DBnomicsFetcher(make_client(5.0), server.url, FAST)


def test_fetch_follows_the_latest_vintage_redirect(server):
    series = fetcher(server).fetch(WEO)
    assert [o.period for o in series.observations][:2] == ["2015", "2016"]
    assert server.hits["/series/IMF/WEO:2025-04/CHN.NGDP_RPCH.pcent_change"] == 1


def test_404_is_series_not_found_and_not_retried(server):
    spec = BEA.model_copy(update={"code": "IMF/WEO:2025-04/CHN.NOPE.x"})
    server.routes["/series/IMF/WEO:2025-04/CHN.NOPE.x"] = json_reply(
        DBN / "error_404_series_not_found.reconstructed.json", 404)
    with pytest.raises(SeriesNotFound) as err:
        fetcher(server).fetch(spec)
    assert server.hits["/series/IMF/WEO:2025-04/CHN.NOPE.x"] == 1
    msg = str(err.value)
    assert msg.startswith("dbnomics:IMF/WEO:2025-04/CHN.NOPE.x: not found (HTTP 404: Series 'IMF/WEO:2025-04/CHN.NOPE.x' not found)")
    assert "tools/catalogue.yaml" in msg and "\n" not in msg


def test_429_with_retry_after_then_success(server):
    path = "/series/BEA/NIPA-T10101/A191RL-Q"
    server.scripts[path].append(json_reply({"message": "slow down"}, 429, {"Retry-After": "1"}))
    t0 = time.monotonic()
    series = fetcher(server).fetch(BEA)
    assert len(series.observations) == 317
    assert server.hits[path] == 2
    assert time.monotonic() - t0 >= 0.95  # the server's Retry-After, not our 10 ms backoff


def test_5xx_and_a_dropped_connection_are_retried_then_succeed(server):
    path = "/series/BEA/NIPA-T10101/A191RL-Q"
    server.scripts[path].extend([json_reply({"message": "oops"}, 503), (0, b"", {})])
    assert fetcher(server).fetch(BEA).observations
    assert server.hits[path] == 3


def test_persistent_500_is_raised_as_unavailable_after_every_attempt(server):
    path = "/series/BEA/NIPA-T10101/A191RL-Q"
    server.scripts[path].extend([json_reply({"message": "down"}, 500)] * 5)
    with pytest.raises(ProviderUnavailable, match=r"server error \(HTTP 500\); .*--offline"):
        fetcher(server).fetch(BEA)
    assert server.hits[path] == FAST.attempts


def test_a_body_that_is_not_json_is_malformed_after_retries(server):
    path = "/series/BEA/NIPA-T10101/A191RL-Q"
    server.scripts[path].extend([(200, b"<html>maintenance</html>", {"Content-Type": "text/html"})] * 5)
    with pytest.raises(MalformedPayload, match="not JSON"):
        fetcher(server).fetch(BEA)
    assert server.hits[path] == FAST.attempts


def test_nothing_listening_is_unreachable_and_asked_only_twice(caplog):
    f = DBnomicsFetcher(make_client(2.0), "http://127.0.0.1:9/", FAST.model_copy(update={"attempts": 4}))
    with caplog.at_level(logging.WARNING, logger="tools.http"):
        with pytest.raises(ProviderUnreachable, match="--offline"):
            f.fetch(BEA)
    assert [r.attempt for r in caplog.records] == [1]  # one retry, then reported


def test_a_weekly_series_is_refused_not_misdated():
    raw = _fixture("NBS_M_A0B01_A0B0101.reconstructed.json")
    raw["series"]["docs"][0]["period"] = [f"2025-W0{i}" for i in range(1, 7)]
    with pytest.raises(MalformedPayload, match="'2025-W01' is not a day, month, quarter or year"):
        transform(PMI, raw, NOW)
