"""Nightly pipeline throughput: 200 briefs, a model 500 ms away, 32 at a time.

    python benchmarks/pipeline_speed.py [--briefs 200] [--latency 0.5] [--concurrency 32] [--json FILE]

The scripted OpenAI-compatible server runs in its own process (as a real endpoint
would); it answers each brief in two round trips (tool calls, then the article).
The pipeline runs in this process against a fresh SQLite database with DEMO data
(offline): the real code (ChatOpenAI, the agent loop, the checker, the store).
Ideal wall time = total model time / concurrency = briefs x 2 x latency / concurrency.
Targets (issue 6): within 1.5x of the ideal, peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--briefs", type=int, default=200)
    ap.add_argument("--latency", type=float, default=0.5)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    from agent.draft import Writers
    from agent.llm import build_chat
    from marketdesk.config import Settings
    from pipeline.limits import ModelGate
    from pipeline.run import run_pipeline
    from pipeline.spec import load_briefs
    from storage.db import database_url
    from storage.drafts import DraftStore
    from tests.pipeline.fakes import scripted_server_process, write_briefs
    from tools.desk import build_data_desk

    with scripted_server_process(args.latency) as url, tempfile.TemporaryDirectory() as tmp:
        briefs, _ = load_briefs(write_briefs(Path(tmp) / "briefs", args.briefs))
        settings = Settings(data_dir=Path(tmp) / "data", openai_base_url=url, openai_api_key="k", model="scripted")
        store = DraftStore.open(database_url(Path(tmp) / "data"))
        gate = ModelGate(args.concurrency)
        writers = Writers(chat=build_chat(settings, http_client=gate.http_client(60)), model_name="scripted", gate=gate)
        data = build_data_desk(settings)
        t0 = time.perf_counter()
        report = run_pipeline(briefs, store, data, writers, spec="bench", concurrency=args.concurrency, offline=True)
        wall = time.perf_counter() - t0
        integrity = store.integrity()
    ideal = args.briefs * 2 * args.latency / args.concurrency
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"briefs": args.briefs, "latency_s": args.latency, "concurrency": args.concurrency,
              "counts": report.counts, "wall_s": round(wall, 2), "ideal_s": round(ideal, 2),
              "ratio_to_ideal": round(wall / ideal, 2), "peak_rss_mb": round(peak_mb, 1),
              "peak_model_calls_in_flight": report.peak_model_calls,
              "runs_with_one_current_draft": integrity["runs_with_one_current"]}
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
