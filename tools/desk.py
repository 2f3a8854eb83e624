"""Wire the real data tools from settings: the one place that knows the defaults."""

from __future__ import annotations

from marketdesk.config import Settings
from tools.bundle import DataDesk
from tools.cache import FetchCache
from tools.catalogue import load_catalogue
from tools.dbnomics import DBnomicsFetcher
from tools.demo import DemoData
from tools.http import make_client
from tools.worldbank import WorldBankFetcher
from tools.yfinance import YFinanceSource


def build_data_desk(settings: Settings, yf=None) -> DataDesk:
    client = make_client(settings.http_timeout)
    return DataDesk(
        equities=YFinanceSource(yf, cache_dir=settings.data_dir / "yfinance", timeout=settings.http_timeout),
        macro={"dbnomics": DBnomicsFetcher(client, settings.dbnomics_url),
               "worldbank": WorldBankFetcher(client, settings.worldbank_url)},
        cache=FetchCache(settings.database_path),
        catalogue=load_catalogue(),
        demo=DemoData(),
        max_workers=settings.max_workers,
    )
