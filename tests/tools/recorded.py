"""Recorded providers for tests and benchmarks: a local HTTP server and a yfinance stand-in.

``RecordedServer`` answers on 127.0.0.1 with recorded JSON (DBnomics, World Bank),
with optional added latency and scripted faults (a queue of replies per path).
``FakeYF`` stands in for the ``yfinance`` module: ``download`` returns frames built
exactly as yfinance 1.x builds them (the shapes documented in tests/fixtures/) from
the recorded CSVs, and logs failures on the ``yfinance`` logger as yfinance does.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"  # recorded payloads, with their provenance notes (README.md in each)
DBN = FIXTURES / "dbnomics"
YF = FIXTURES / "yfinance"
WB = FIXTURES / "worldbank"

Reply = tuple[int, bytes, dict[str, str]]


def json_reply(obj_or_path: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    body = obj_or_path.read_bytes() if isinstance(obj_or_path, Path) else json.dumps(obj_or_path).encode()
    return status, body, {"Content-Type": "application/json", **(headers or {})}


class RecordedServer:
    """A ThreadingHTTPServer on 127.0.0.1 serving recorded replies by path."""

    def __init__(self, latency: float = 0.0) -> None:
        self.routes: dict[str, Reply] = {}
        self.scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self.hits: dict[str, int] = defaultdict(int)
        self.latency = latency
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = urlsplit(self.path).path
                server.hits[path] += 1
                if server.latency:
                    time.sleep(server.latency)
                script = server.scripts.get(path)
                if script:
                    status, body, headers = script.popleft()
                else:
                    status, body, headers = server.routes.get(
                        path, json_reply({"message": f"Series '{path}' not found"}, 404))
                if status == 0:  # scripted: drop the connection without an answer
                    self.close_connection = True
                    return
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def start(self) -> RecordedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def total_hits(self) -> int:
        return sum(self.hits.values())


def dbnomics_routes(server: RecordedServer) -> RecordedServer:
    """The recorded DBnomics replies at the paths the real catalogue asks for."""
    weo = "/series/IMF/WEO:2025-04/CHN.NGDP_RPCH.pcent_change"
    server.routes[weo] = json_reply(DBN / "IMF_WEO_CHN.NGDP_RPCH.reconstructed.json")
    # ":latest" redirects to the current vintage, as the real API does.
    server.routes["/series/IMF/WEO:latest/CHN.NGDP_RPCH.pcent_change"] = (302, b"", {"Location": weo})
    server.routes["/series/NBS/M_A0B01/A0B0101"] = json_reply(DBN / "NBS_M_A0B01_A0B0101.reconstructed.json")
    server.routes["/series/BIS/WS_CBPOL/M.CN"] = json_reply(DBN / "BIS_cbpol_M.CN_M.US.extract.json")
    server.routes["/series/BIS/WS_CBPOL/M.US"] = json_reply(DBN / "BIS_cbpol_M.CN_M.US.extract.json")
    server.routes["/series/BEA/NIPA-T10101/A191RL-Q"] = json_reply(DBN / "BEA_NIPA-T10101_A191RL-Q.recorded.json")
    server.routes["/country/CHN/indicator/NY.GDP.MKTP.KD.ZG"] = json_reply(WB / "NY.GDP.MKTP.KD.ZG_CHN.reconstructed.json")
    return server


# ---- yfinance ----------------------------------------------------------------------------

FIXTURE_TZ = {"1398.HK": "Asia/Hong_Kong", "3988.HK": "Asia/Hong_Kong", "CALM": "America/New_York",
              "4063.T": "Asia/Tokyo", "8TRA.DE": "Europe/Berlin"}
FIXTURE_FILE = {"1398.HK": "1398-HK-1d-bad-div.csv", "3988.HK": "3988-HK-1d-bad-div.csv",
                "CALM": "CALM-1d-no-bad-divs.csv", "4063.T": "4063-T-1d-bad-stock-split.csv",
                "8TRA.DE": "8TRA-DE-1d-missing-div-adjust.csv"}


def history_frame(ticker: str) -> pd.DataFrame:
    """``Ticker.history(auto_adjust=False, actions=True)`` as yfinance returns it, from the recording."""
    path = YF / FIXTURE_FILE[ticker]
    first = path.read_text().split(",", 1)[0]
    df = pd.read_csv(path, index_col=first)
    df.index = pd.to_datetime(df.index, utc=True).tz_convert(FIXTURE_TZ[ticker]).rename("Date")
    return df.sort_index()


_EMPTY_COLUMNS = ["Open", "High", "Low", "Close", "Adj Close", "Volume"]  # yfinance utils.empty_df()


def download_frame(frames: dict[str, pd.DataFrame], failed: list[str] = ()) -> pd.DataFrame:
    """``yf.download(..., auto_adjust=False, actions=True)`` for daily bars: (Price, Ticker)
    MultiIndex columns sorted, tz-naive union index named Date, failed tickers all NaN."""
    parts = {}
    for t, df in frames.items():
        d = df.copy()
        d.index = d.index.tz_localize(None).rename("Date")  # ignore_tz=True for daily
        parts[t] = d
    index = pd.DatetimeIndex(sorted(set().union(*[p.index for p in parts.values()])) if parts else [], name="Date")
    for t in failed:
        parts[t] = pd.DataFrame(float("nan"), index=index, columns=_EMPTY_COLUMNS)
    out = pd.concat(parts, axis=1, names=["Ticker", "Price"], sort=True).swaplevel(0, 1, axis=1).sort_index(axis=1)
    return out


class _Ticker:
    def __init__(self, yf: FakeYF, symbol: str) -> None:
        self._yf, self.symbol = yf, symbol

    def _scripted(self, scripts: dict[str, deque], default: Any) -> Any:
        """The next scripted reply for this symbol (an exception is raised), else ``default``."""
        script = scripts.get(self.symbol)
        if script:
            item = script.popleft()
            if isinstance(item, BaseException):
                raise item
            return item
        return default

    @property
    def info(self) -> dict:
        self._yf.info_calls.append(self.symbol)
        if self._yf.latency:
            time.sleep(self._yf.latency)
        return self._scripted(self._yf.info_script, dict(self._yf.infos.get(self.symbol, {"trailingPegRatio": None})))

    def get_news(self, count: int = 10, tab: str = "news") -> list:
        """As yfinance 1.x: the items of Yahoo's news stream for the symbol (ads removed), or []."""
        self._yf.news_calls.append(self.symbol)
        return self._scripted(self._yf.news_script, list(self._yf.news.get(self.symbol, []))[:count])


class FakeYF:
    """Stands in for the ``yfinance`` module (download, Ticker), recording every call."""

    def __init__(self, frames: dict[str, pd.DataFrame] | None = None, infos: dict[str, dict] | None = None,
                 latency: float = 0.0, news: dict[str, list] | None = None) -> None:
        self.frames = dict(frames or {})
        self.infos = dict(infos or {})
        self.news = dict(news or {})  # symbol -> news items in yfinance 1.x's shape (see news_items)
        self.news_calls: list[str] = []
        self.news_script: dict[str, deque] = defaultdict(deque)
        self.latency = latency
        self.download_calls: list[list[str]] = []
        self.info_calls: list[str] = []
        self.download_script: deque[dict[str, str]] = deque()  # per call: ticker -> error text
        self.info_script: dict[str, deque] = defaultdict(deque)

    def download(self, tickers, start=None, end=None, **kwargs) -> pd.DataFrame:
        tickers = sorted({t.upper() for t in tickers})
        self.download_calls.append(tickers)
        if self.latency:
            time.sleep(self.latency)
        errors = self.download_script.popleft() if self.download_script else {}
        ok, failed = {}, []
        for t in tickers:
            if t in errors or t not in self.frames:
                failed.append(t)
                errors.setdefault(t, "YFPricesMissingError('possibly delisted; no price data found')")
                continue
            df = self.frames[t]
            day = df.index.tz_localize(None).normalize()
            ok[t] = df[(day >= pd.Timestamp(start)) & (day < pd.Timestamp(end))]
        if failed:  # what yfinance's multi.py logs
            log = logging.getLogger("yfinance")
            log.error("\n%d Failed download%s:", len(failed), "s" if len(failed) > 1 else "")
            by_err: dict[str, list[str]] = {}
            for t in failed:
                by_err.setdefault(errors[t], []).append(t)
            for err, syms in by_err.items():
                log.error(f"{syms}: " + err)
        return download_frame(ok, failed)

    def Ticker(self, symbol: str) -> _Ticker:  # noqa: N802 (yfinance's name)
        return _Ticker(self, symbol)


def news_items(symbol: str) -> list[dict]:
    """The news stream for a symbol, in the shape yfinance 1.7's ``Ticker.get_news`` returns
    (tests/fixtures/yfinance/news-README.md says how the file was made)."""
    return json.loads((YF / f"news-{symbol}.json").read_text(encoding="utf-8"))
