from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.tools.recorded import FakeYF, RecordedServer, dbnomics_routes, history_frame
from tools.bundle import DataDesk
from tools.cache import FetchCache
from tools.catalogue import load_catalogue
from tools.dbnomics import DBnomicsFetcher
from tools.demo import DemoData
from tools.http import RetryPolicy, make_client
from tools.worldbank import WorldBankFetcher
from tools.yfinance import YFinanceSource

FAST = RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.05)
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)

INFOS = {
    "1398.HK": {"symbol": "1398.HK", "quoteType": "EQUITY", "currency": "HKD", "longName": "ICBC",
                "marketCap": 2_300_000_000_000, "trailingPE": 5.1, "priceToBook": 0.45},  # no forwardPE
    "3988.HK": {"symbol": "3988.HK", "quoteType": "EQUITY", "currency": "HKD", "marketCap": 1_400_000_000_000,
                "trailingPE": 4.9, "forwardPE": 4.6, "priceToBook": 0.42},
    "4063.T": {"symbol": "4063.T", "quoteType": "EQUITY", "currency": "JPY", "marketCap": 8.2e12,
               "trailingPE": 18.0, "forwardPE": 17.1, "priceToBook": 2.9},
}


@pytest.fixture
def server():
    srv = dbnomics_routes(RecordedServer()).start()
    yield srv
    srv.stop()


@pytest.fixture
def fake_yf():
    return FakeYF({t: history_frame(t) for t in ("1398.HK", "3988.HK", "4063.T", "CALM", "8TRA.DE")}, INFOS)


@pytest.fixture
def make_desk(tmp_path):
    """A DataDesk of real code over recorded providers and a temporary SQLite file."""
    clients = []

    def make(server: RecordedServer | None, yf: FakeYF, demo: bool = True, db: str = "md.db") -> DataDesk:
        client = make_client(5.0)
        clients.append(client)
        base = server.url if server else "http://127.0.0.1:9/"  # port 9: nothing listens
        return DataDesk(
            equities=YFinanceSource(yf, policy=FAST),
            macro={"dbnomics": DBnomicsFetcher(client, base, FAST), "worldbank": WorldBankFetcher(client, base, FAST)},
            cache=FetchCache(tmp_path / db), catalogue=load_catalogue(), demo=DemoData() if demo else None,
        )

    yield make
    for c in clients:
        c.close()
