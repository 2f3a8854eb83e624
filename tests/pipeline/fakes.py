"""Briefs by the dozen and a scripted model that can draft any of them (tests and benchmarks)."""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from agent.phrases import period_words
from tests.agent.scripted_llm import WIRE, article, completion, raw, tool_call

DEMO_TICKERS = {"0981.HK": "SMIC", "688256.SS": "Cambricon", "9988.HK": "Alibaba", "0700.HK": "Tencent",
                "NVDA": "NVIDIA", "AAPL": "Apple", "MSFT": "Microsoft"}
AS_OF = [date(2025, 11, d) for d in (3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 24, 25, 26, 27, 28)]


def write_briefs(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """n small briefs over the DEMO tickers: distinct (id, as_of), each needing a price change."""
    import yaml

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    tickers = list(DEMO_TICKERS)
    for i in range(n):
        picks = rng.sample(tickers, 2)
        names = " and ".join(DEMO_TICKERS[t] for t in picks)
        # No digits in the title: a headline states no figure the data cannot back.
        brief = {"id": f"nightly-{i:03d}", "title": f"Nightly note on {names}", "as_of": AS_OF[i % len(AS_OF)].isoformat(),
                 "period": {"start": "2025-01-01"}, "style": "wire",
                 "equity_metrics": ["close", "price_change"],
                 "entities": [{"name": DEMO_TICKERS[t], "ticker": t} for t in picks],
                 # a short note: two stocks, no macro, four facts (the deterministic writer states
                 # them in about 60-75 words; the model's scripted article is longer)
                 "length": {"min_words": 60, "max_words": 450},
                 "required": ["price_change"]}
        path = folder / f"nightly-{i:03d}.yaml"
        path.write_text(yaml.safe_dump(brief, sort_keys=False))
        paths.append(path)
    return paths


_ROW = re.compile(r"^(\w+_ytd) \| ([^|]+) \| [^|]+ \| (-?[\d.e+-]+) \| % \| (\S+) \|", re.M)


def model_reply(request: dict) -> dict:
    """A well-behaved model: first ask for every ticker's facts, then write from what came back."""
    messages = request["messages"]
    tools = [m for m in messages if m["role"] == "tool"]
    if not tools:
        user = next(m["content"] for m in messages if m["role"] == "user")
        brief = json.loads(user[user.index("<brief>") + 7:user.index("</brief>")])
        tickers = [e["ticker"] for e in brief["entities"] if e.get("ticker")]
        return completion(tool_calls=[tool_call("get_equity_facts", {"tickers": tickers}, "call_1")])
    lines = []
    for fid, entity, value, period in _ROW.findall("\n".join(t["content"] for t in tools)):
        verb = "have gained" if float(value) >= 0 else "have lost"
        lines.append(f"{entity.strip()} shares {verb} {{{{{fid}|abs}}}} {period_words(period)}.")
    return completion(article("Nightly note", " ".join(lines[:1]), {"Movers": " ".join(lines[1:])}, WIRE))


class FlakyModel:
    """model_reply, except a share of requests fail: 500s, a reply slower than the client's
    timeout, and malformed bodies; seeded, so a failure pattern can be replayed."""

    def __init__(self, failure_rate: float = 0.1, seed: int = 11, slow: float = 3.0) -> None:
        self.rng = random.Random(seed)
        self.failure_rate, self.slow = failure_rate, slow
        self.failures = {"500": 0, "timeout": 0, "malformed": 0}

    def __call__(self, request: dict):
        if self.rng.random() < self.failure_rate:
            kind = self.rng.choice(list(self.failures))
            self.failures[kind] += 1
            if kind == "500":
                return raw(500, {"error": {"message": "scripted failure"}}, {"retry-after-ms": "20"})
            if kind == "timeout":
                time.sleep(self.slow)
                return model_reply(request)
            return raw(200, "{\"id\": \"x\", \"choices\": [{\"message\": ")  # cut off mid-body
        return model_reply(request)


def serve_scripted(latency: float, urls, stop) -> None:
    """Run a ScriptedLLM answering model_reply in this (child) process until ``stop`` is set:
    the benchmarks' model endpoint, out of the measured process like a real one."""
    from tests.agent.scripted_llm import ScriptedLLM
    from tests.pipeline.test_pipeline import Endless

    server = ScriptedLLM(latency=latency)
    server.script = Endless(model_reply)
    urls.put(server.url)
    stop.wait()
    server.stop()


@contextmanager
def scripted_server_process(latency: float) -> Iterator[str]:
    """The scripted model endpoint in a child process; yields its base URL."""
    import multiprocessing as mp

    urls, stop = mp.Queue(), mp.Event()
    proc = mp.Process(target=serve_scripted, args=(latency, urls, stop), daemon=True)
    proc.start()
    try:
        yield urls.get(timeout=30)
    finally:
        stop.set()
        proc.join(5)
