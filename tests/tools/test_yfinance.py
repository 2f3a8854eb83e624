from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from yfinance.exceptions import YFRateLimitError

from marketdesk.errors import (
    MalformedPayload,
    ProviderUnavailable,
    ProviderUnreachable,
    SeriesNotFound,
)
from tests.tools.conftest import FAST, INFOS
from tests.tools.recorded import FakeYF, download_frame, history_frame
from tools.base import Bars
from tools.yfinance import YFinanceSource, bars_from_download, classify, failed_tickers

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)
RATE = "YFRateLimitError('Too Many Requests. Rate limited. Try after a while.')"
DNS = ("DNSError('Failed to perform, curl: (6) Could not resolve host: query2.finance.yahoo.com. "
       "See https://curl.se/libcurl/c/libcurl-errors.html first for more details.')")


def test_the_batched_frame_splits_into_bars_per_ticker():
    frame = download_frame({"1398.HK": history_frame("1398.HK"), "CALM": history_frame("CALM")}, ["XYZ"])
    got = bars_from_download(frame, ["1398.HK", "CALM", "XYZ"], {}, NOW)
    icbc, calm = got["1398.HK"], got["CALM"]
    # 648 recorded rows; the one with no prices (2024-07-05, all NaN) is a gap, not a bar.
    assert isinstance(icbc, Bars) and len(icbc.dates) == 647 and icbc.dates[0] == date(2022, 1, 3)
    assert date(2024, 7, 5) not in icbc.dates
    assert len(calm.dates) == 662  # its own trading days, not the union with Hong Kong's
    assert icbc.dividends[icbc.dates.index(date(2022, 7, 4))] == pytest.approx(0.343218, abs=1e-6)
    assert isinstance(got["XYZ"], SeriesNotFound) and "check the ticker" in str(got["XYZ"])


def test_yfinance_log_lines_say_which_tickers_failed_and_why():
    msgs = ["\n2 Failed downloads:", f"['XYZ', 'ABC']: {RATE}", f"['Q.HK']: {DNS}"]
    errs = failed_tickers(msgs)
    assert errs["XYZ"] == RATE and errs["ABC"] == RATE and "DNSError" in errs["Q.HK"]
    frame = download_frame({}, ["XYZ", "Q.HK"])
    got = bars_from_download(frame, ["XYZ", "Q.HK"], errs, NOW)
    assert type(got["XYZ"]) is ProviderUnavailable and type(got["Q.HK"]) is ProviderUnreachable


def test_a_timezone_miss_caused_by_no_network_is_no_network():
    # Recorded from yfinance 1.7 with no network, second download in a process.
    msgs = ["Failed to get ticker 'NVDA' reason: Failed to perform, curl: (6) Could not resolve host: "
            "query2.finance.yahoo.com (Domain name not found).",
            "$NVDA: possibly delisted; no timezone found", "\n1 Failed download:",
            "['NVDA']: possibly delisted; no timezone found"]
    got = bars_from_download(download_frame({}, ["NVDA"]), ["NVDA"], failed_tickers(msgs), NOW)
    assert type(got["NVDA"]) is ProviderUnreachable


def source(yf: FakeYF) -> YFinanceSource:
    return YFinanceSource(yf, policy=FAST)


def test_one_download_for_all_tickers(fake_yf):
    got = source(fake_yf).download(["1398.HK", "3988.HK", "calm"], date(2024, 1, 1), date(2024, 6, 28))
    assert fake_yf.download_calls == [["1398.HK", "3988.HK", "CALM"]]
    assert all(isinstance(b, Bars) for b in got.values())
    assert got["CALM"].dates[-1] == date(2024, 6, 28)  # end is inclusive for us, exclusive for yfinance


def test_rate_limited_tickers_are_retried_as_a_batch(fake_yf):
    fake_yf.download_script.append({"3988.HK": RATE})
    got = source(fake_yf).download(["1398.HK", "3988.HK"], date(2024, 1, 1), date(2024, 6, 28))
    assert fake_yf.download_calls == [["1398.HK", "3988.HK"], ["3988.HK"]]
    assert all(isinstance(b, Bars) for b in got.values())


def test_a_persistent_rate_limit_is_reported_for_that_ticker_only(fake_yf):
    fake_yf.download_script.extend([{"3988.HK": RATE}] * 5)
    got = source(fake_yf).download(["1398.HK", "3988.HK"], date(2024, 1, 1), date(2024, 6, 28))
    assert len(fake_yf.download_calls) == FAST.attempts
    assert isinstance(got["1398.HK"], Bars)
    assert isinstance(got["3988.HK"], ProviderUnavailable) and "rate limited" in str(got["3988.HK"])


def test_no_network_is_not_retried(fake_yf):
    fake_yf.download_script.append({"1398.HK": DNS})
    got = source(fake_yf).download(["1398.HK"], date(2024, 1, 1), date(2024, 6, 28))
    assert len(fake_yf.download_calls) == 1 and isinstance(got["1398.HK"], ProviderUnreachable)


def test_quote_keeps_what_info_has_and_nothing_else(fake_yf):
    q = source(fake_yf).quote("1398.HK")
    assert (q.currency, q.market_cap, q.trailing_pe, q.forward_pe) == ("HKD", 2.3e12, 5.1, None)


def test_quote_retries_a_rate_limit_then_succeeds(fake_yf):
    fake_yf.info_script["3988.HK"].extend([YFRateLimitError(), YFRateLimitError(), INFOS["3988.HK"]])
    assert source(fake_yf).quote("3988.HK").forward_pe == 4.6
    assert fake_yf.info_calls == ["3988.HK"] * 3


def test_unknown_ticker_and_no_network_are_typed(fake_yf):
    with pytest.raises(SeriesNotFound, match="unknown ticker"):
        source(fake_yf).quote("NOPE")  # yfinance gives {'trailingPegRatio': None}
    fake_yf.info_script["1398.HK"].append(OSError("Could not resolve host: query2.finance.yahoo.com"))
    with pytest.raises(ProviderUnreachable, match="--offline"):
        source(fake_yf).quote("1398.HK")


DOWN = "YFDataException('*** YAHOO! FINANCE IS CURRENTLY DOWN! ***')"
TIMEOUT = "Timeout('Failed to perform, curl: (28) Operation timed out after 10001 milliseconds')"


@pytest.mark.parametrize("error", [DOWN, TIMEOUT])
def test_an_outage_or_a_timeout_is_retried_not_called_a_delisting(fake_yf, error):
    fake_yf.download_script.append({"1398.HK": error})
    got = source(fake_yf).download(["1398.HK"], date(2024, 1, 1), date(2024, 6, 28))
    assert len(fake_yf.download_calls) == 2 and isinstance(got["1398.HK"], Bars)
    assert type(classify("1398.HK", error)) is ProviderUnavailable


def test_a_download_that_raises_gives_typed_errors_not_a_traceback(fake_yf):
    def boom(*a, **k):
        raise json.JSONDecodeError("Expecting value", "<html>", 0)

    fake_yf.download = boom
    got = source(fake_yf).download(["1398.HK", "CALM"], date(2024, 1, 1), date(2024, 6, 28))
    assert all(isinstance(e, MalformedPayload) for e in got.values())


def test_a_quote_reply_that_is_not_json_is_reported_after_retries(fake_yf):
    fake_yf.info_script["1398.HK"].extend([json.JSONDecodeError("Expecting value", "<html>", 0)] * 5)
    with pytest.raises(MalformedPayload, match="could not be read"):
        source(fake_yf).quote("1398.HK")
    assert fake_yf.info_calls == ["1398.HK"] * FAST.attempts
