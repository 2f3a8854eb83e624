"""Draft speed, end to end: where the time of `marketdesk draft` goes.

    python benchmarks/draft_speed.py [--runs 5] [--latency 0.3] [--json benchmarks/results/draft_speed.json]

1. offline: `marketdesk draft briefs/china-ai-rally.yaml --offline` as a subprocess on a
   warm data folder (deterministic writer, DEMO data), median wall time; the split comes
   from run.json (facts, write, check, render) and the rest is start-up and imports.
2. model: the same brief through the real ChatOpenAI client against the scripted
   OpenAI-compatible server on 127.0.0.1 with ``--latency`` per completion: two round
   trips (parallel tool calls, then the article), in-process; split into model, tools,
   check and the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def offline(runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
        env["MARKETDESK_DATA_DIR"] = str(Path(tmp) / "data")
        walls, records = [], []
        for i in range(runs + 1):  # the first run fills the cache and is not counted
            out = Path(tmp) / f"d{i}"
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "marketdesk.cli", "draft", "briefs/china-ai-rally.yaml",
                            "--offline", "-o", str(out)], cwd=ROOT, env=env, check=True, capture_output=True)
            if i:
                walls.append(time.perf_counter() - t0)
                records.append(json.loads((out / "run.json").read_text()))
    med = statistics.median(walls) * 1000
    split = {k: round(statistics.median(r["timings_ms"][k] for r in records), 1)
             for k in ("facts", "write", "check", "render")}
    split["startup_and_imports"] = round(med - sum(split.values()), 1)
    return {"wall_median_ms": round(med, 1), "split_ms": split, "runs": runs}


def model(runs: int, latency: float) -> dict:
    from agent.draft import Writers, draft_brief
    from agent.llm import build_chat
    from marketdesk.brief import load_brief
    from marketdesk.config import Settings
    from tests.agent.scripted_llm import ScriptedLLM, completion
    from tests.agent.test_loop import CLEAN, GATHER
    from tools.desk import build_data_desk

    server = ScriptedLLM(latency=latency)
    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), openai_base_url=server.url, openai_api_key="x", model="scripted")
        data = build_data_desk(settings)
        chat = build_chat(settings)
        for i in range(runs + 1):
            server.script.extend([GATHER, completion(CLEAN)])
            t0 = time.perf_counter()
            draft, _ = draft_brief(brief, data, Writers(chat=chat, model_name="scripted"), offline=True)
            wall = (time.perf_counter() - t0) * 1000
            assert draft.record.verdict == "clean" and draft.record.round_trips == 2
            if i:
                results.append((wall, draft.record.timings_ms))
    server.stop()
    med = statistics.median(w for w, _ in results)
    split = {k: round(statistics.median(t.get(k, 0.0) for _, t in results), 1) for k in ("facts", "model", "tools", "check")}
    split["other"] = round(med - sum(split.values()), 1)
    return {"latency_per_completion_ms": latency * 1000, "round_trips": 2, "wall_median_ms": round(med, 1),
            "ideal_ms": round(2 * latency * 1000), "split_ms": split, "runs": runs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--latency", type=float, default=0.3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    result = {"offline_cli": offline(args.runs), "model_scripted": model(args.runs, args.latency)}
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
