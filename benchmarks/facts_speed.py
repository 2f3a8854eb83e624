"""Data-step speed: a brief of 30 tickers and 20 macro series, every request 100 ms away.

    python benchmarks/facts_speed.py [--runs 7] [--latency 0.1] [--json benchmarks/results/facts_speed.json]

The providers are the recorded ones the tests use: DBnomics and World Bank JSON from
a local HTTP server on 127.0.0.1 that sleeps ``--latency`` before every reply, and
the yfinance stand-in (frames shaped as yfinance 1.x returns them) sleeping the same
before the batched download and before each of the 30 quote lookups. Everything
else is the real code: FactsGatherer, the thread pool, httpx, tenacity, SQLite.

Reports medians over ``--runs``:
- cold: empty cache, 1 download + 30 quotes + 20 series = 51 requests. Target (issue 16):
  about the slowest single request (they run at once, not one after another: serial
  would be 51 x latency).
- warm: the same brief again, everything from the SQLite cache. Target (issue 16): <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marketdesk.brief import parse_brief  # noqa: E402
from tests.tools.recorded import (  # noqa: E402
    DBN,
    WB,
    FakeYF,
    RecordedServer,
    history_frame,
    json_reply,
)
from tools.bundle import DataDesk, FactsGatherer  # noqa: E402
from tools.cache import FetchCache  # noqa: E402
from tools.catalogue import load_catalogue  # noqa: E402
from tools.dbnomics import DBnomicsFetcher  # noqa: E402
from tools.demo import DemoData  # noqa: E402
from tools.http import make_client  # noqa: E402
from tools.worldbank import WorldBankFetcher  # noqa: E402
from tools.yfinance import YFinanceSource  # noqa: E402

FIXTURES = ["1398.HK", "3988.HK", "CALM"]
TICKERS = [f"{i:04d}.HK" for i in range(1, 31)]
MACRO = {"China": ["gdp_yoy", "cpi_yoy", "pmi", "loan_prime_rate_1y", "debt_to_gdp"],
         "US": ["gdp_qoq_saar", "policy_rate", "debt_to_gdp"],
         "Japan": ["gdp_yoy", "unemployment_rate", "policy_rate", "bond_yield_10y"],
         "UK": ["gdp_yoy", "cpi_yoy", "policy_rate", "unemployment_rate"],
         "Germany": ["unemployment_rate", "gdp_yoy"], "France": ["gdp_qoq"], "Euro area": ["policy_rate"]}
# Each catalogue path answered by a recorded reply (one request each; no redirect). Speed,
# not values, is measured: the NBS paths get the BEA recording, whose periods reach as_of.
ROUTES = {
    "/series/IMF/WEO:latest/CHN.NGDP_RPCH.pcent_change": "IMF_WEO_CHN.NGDP_RPCH.reconstructed.json",
    "/series/NBS/M_A010101/A01010101": "BEA_NIPA-T10101_A191RL-Q.recorded.json",
    "/series/NBS/M_A0B01/A0B0101": "BEA_NIPA-T10101_A191RL-Q.recorded.json",
    "/series/BIS/WS_CBPOL/M.CN": "BIS_cbpol_M.CN_M.US.extract.json",
    "/series/IMF/WEO:latest/CHN.GGXWDG_NGDP.pcent_gdp": "IMF_WEO_CHN.NGDP_RPCH.reconstructed.json",
    "/series/BEA/NIPA-T10101/A191RL-Q": "BEA_NIPA-T10101_A191RL-Q.recorded.json",
    "/series/BIS/WS_CBPOL/M.US": "BIS_cbpol_M.CN_M.US.extract.json",
    "/series/IMF/WEO:latest/USA.GGXWDG_NGDP.pcent_gdp": "IMF_WEO_CHN.NGDP_RPCH.reconstructed.json",
}

_SEEN = set(ROUTES)
for _eco, _metrics in MACRO.items():  # the other economies' first rows: any single-series recording will do
    for _m in _metrics:
        _path = "/series/" + load_catalogue().lookup(_m, _eco)[0].code
        if _path not in _SEEN:
            ROUTES[_path] = "BEA_NIPA-T10101_A191RL-Q.recorded.json"

BRIEF = parse_brief({
    "id": "bench-30x20", "title": "Benchmark brief", "as_of": "2024-08-22", "period": {"start": "2024-01-01"},
    "entities": [{"name": f"Company {t}", "ticker": t} for t in TICKERS],
    "macro": [{"economy": e, "metrics": m} for e, m in MACRO.items()],
})


def make_desk(url: str, yf: FakeYF, db: Path) -> DataDesk:
    client = make_client(10.0)
    return DataDesk(equities=YFinanceSource(yf), cache=FetchCache(db), catalogue=load_catalogue(), demo=DemoData(),
                    macro={"dbnomics": DBnomicsFetcher(client, url), "worldbank": WorldBankFetcher(client, url)})


def serve(latency: float, urls: mp.Queue, stop: mp.Event) -> None:
    """The recorded server in its own process, as a remote provider would be: its threads
    and sleeps do not share our interpreter's lock."""
    server = RecordedServer(latency=latency)
    for path, name in ROUTES.items():
        server.routes[path] = json_reply(DBN / name)
    server.routes["/country/CHN/indicator/NY.GDP.MKTP.KD.ZG"] = json_reply(WB / "NY.GDP.MKTP.KD.ZG_CHN.reconstructed.json")
    server.start()
    urls.put(server.url)
    stop.wait()
    server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    urls, stop = mp.Queue(), mp.Event()
    proc = mp.Process(target=serve, args=(args.latency, urls, stop), daemon=True)
    proc.start()
    url = urls.get(timeout=30)
    frames = {t: history_frame(FIXTURES[i % len(FIXTURES)]) for i, t in enumerate(TICKERS)}
    infos = {t: {"symbol": t, "quoteType": "EQUITY", "currency": "HKD", "marketCap": 1e12, "trailingPE": 6.0,
                 "forwardPE": 5.5, "priceToBook": 0.5} for t in TICKERS}

    cold, warm, requests, n_facts = [], [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            yf = FakeYF(frames, infos, latency=args.latency)
            desk = make_desk(url, yf, Path(tmp) / f"run{i}.db")
            t0 = time.perf_counter()
            run = FactsGatherer(desk).gather(BRIEF)
            cold.append(time.perf_counter() - t0)
            requests = len(run.origins) - len(TICKERS) + len(yf.download_calls) + len(yf.info_calls)
            n_facts = len(run.bundle.facts)
            assert not run.gaps, run.gaps
            for _ in range(3):
                t0 = time.perf_counter()
                again = FactsGatherer(desk).gather(BRIEF)
                warm.append(time.perf_counter() - t0)
                assert len(again.bundle.facts) == n_facts
    stop.set()
    proc.join(5)
    result = {
        "brief": f"{len(TICKERS)} tickers (1 batched download + {len(TICKERS)} quotes) + "
                 f"{sum(len(m) for m in MACRO.values())} macro series",
        "latency_per_request_ms": args.latency * 1000,
        "requests_cold": requests,
        "facts": n_facts,
        "cold_median_ms": round(statistics.median(cold) * 1000, 1),
        "cold_max_ms": round(max(cold) * 1000, 1),
        "serial_would_be_ms": round(requests * args.latency * 1000),
        "warm_median_ms": round(statistics.median(warm) * 1000, 1),
        "warm_max_ms": round(max(warm) * 1000, 1),
        "runs": args.runs,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
