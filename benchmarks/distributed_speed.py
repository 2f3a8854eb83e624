"""Distributed pipeline: 200 briefs on Celery workers, one worker process vs four.

    python benchmarks/distributed_speed.py [--briefs 200] [--latency 0.5] [--threads 8] [--json FILE]

A real redis-server (broker) and a SQLite database in WAL mode shared by the worker
processes on this machine (PostgreSQL when MARKETDESK_DATABASE_URL is set); the
scripted OpenAI-compatible server in its own process at ``--latency`` per completion
(two round trips a brief). Each worker runs ``--threads`` briefs at once. Reports the
wall time with 1 and with 4 worker processes, the speed-up, and the queue overhead per
task: (wall - ideal) / briefs, where ideal = briefs x 2 x latency / (workers x threads).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))



def one(n_workers: int, args, llm_url: str, tmp: Path) -> dict:
    from storage.drafts import DraftStore
    from tests.pipeline.fakes import write_briefs
    from tests.pipeline.services import RedisServer

    redis = RedisServer()
    assert redis.start() is None
    work = tmp / f"w{n_workers}"
    write_briefs(work / "briefs", args.briefs)
    db = os.environ.get("MARKETDESK_DATABASE_URL") or f"sqlite:///{work / 'bench.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_",))}
    env.update({"MARKETDESK_DATA_DIR": str(work / "data"), "MARKETDESK_DATABASE_URL": db,
                "MARKETDESK_BROKER_URL": redis.url, "OPENAI_BASE_URL": llm_url, "OPENAI_API_KEY": "k",
                "MARKETDESK_MODEL": "scripted"})
    DraftStore.open(db)  # migrate once, before the workers start
    workers = [subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "worker", "--concurrency", str(args.threads),
                                 "--loglevel", "WARNING"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) for _ in range(n_workers)]
    time.sleep(3)  # workers connect to the broker
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(work / "briefs"), "--offline",
                        "--workers", "celery", "--format", "json"], cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    for w in workers:
        w.terminate()
    for w in workers:
        w.wait(20)
    redis.stop()
    report = json.loads(r.stdout)
    counts = {}
    for res in report["results"]:
        counts[res["status"]] = counts.get(res["status"], 0) + 1
    ideal = args.briefs * 2 * args.latency / (n_workers * args.threads)
    return {"workers": n_workers, "threads_each": args.threads, "wall_s": round(wall, 2), "ideal_s": round(ideal, 2),
            "overhead_per_task_ms": round((wall - ideal) / args.briefs * 1000, 1), "counts": counts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--briefs", type=int, default=200)
    ap.add_argument("--latency", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from tests.pipeline.fakes import scripted_server_process

    with scripted_server_process(args.latency) as url, tempfile.TemporaryDirectory() as tmp:
        single = one(1, args, url, Path(tmp))
        four = one(4, args, url, Path(tmp))
    result = {"briefs": args.briefs, "latency_s": args.latency, "one_worker": single, "four_workers": four,
              "speed_up": round(single["wall_s"] / four["wall_s"], 2)}
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
