"""Review queue speed with 10,000 drafts stored: median server time of the queue page and a draft page.

    python benchmarks/review_speed.py [--drafts 10000] [--requests 50] [--json FILE]

Seeds a fresh SQLite database with N runs, each with a current draft, its evidence and
findings, copied from a real deterministic draft of the example brief (so rows have real
sizes), then times requests through the ASGI app in process (Starlette's TestClient:
server time without a network). Target (issue 7): <= 100 ms median for each page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def seed(store, n: int) -> None:
    from agent.draft import Writers, draft_brief
    from marketdesk.brief import load_brief
    from marketdesk.config import Settings
    from storage.schema import BriefRow, DraftRow, EvidenceRow, FindingRow, RunRow
    from tools.desk import build_data_desk

    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        draft, _ = draft_brief(brief, build_data_desk(Settings(data_dir=Path(tmp))), Writers(), offline=True)
    figures = [f.model_dump() for f in draft.rendered.figures]
    bundle = draft.bundle.model_dump(mode="json", exclude_none=True)
    record = draft.record.model_dump(mode="json")
    statuses = ["needs_review", "flagged", "approved", "rejected", "changes_requested"]
    with store.Session.begin() as s:
        for i in range(n // 20 + 1):
            s.add(BriefRow(id=f"brief-{i:05d}", title=f"Brief {i}", body={}))
        s.flush()
        for i in range(n):
            run = RunRow(id=i + 1, brief_id=f"brief-{i // 20:05d}", as_of=date(2025, 1, 1) + timedelta(days=i % 20 * 7 + i // 2000),
                         status="clean", attempts=1, review_status=statuses[i % 5])
            s.add(run)
            s.add(DraftRow(id=i + 1, run_id=i + 1, version=1, is_current=True, text=draft.rendered.text, markup="",
                           figures=figures, writer="deterministic", verdict="clean", errors=i % 5 == 1, warnings=0,
                           record=record, author="marketdesk", word_count=500))
            s.add(EvidenceRow(draft_id=i + 1, bundle=bundle))
            if i % 5 == 1:
                s.add(FindingRow(draft_id=i + 1, code="G001", kind="ungrounded_figure", severity="error", start=10,
                                 end=15, text="x", message="no fact supports x", fact_ids=[]))
            if i % 1000 == 999:
                s.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=int, default=10000)
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    import re

    from fastapi.testclient import TestClient

    from evals import check
    from review.accounts import add_user
    from review.app import create_app
    from storage.drafts import DraftStore

    with tempfile.TemporaryDirectory() as tmp:
        store = DraftStore.open(f"sqlite:///{tmp}/bench.db")
        t0 = time.perf_counter()
        seed(store, args.drafts)
        seeded_s = time.perf_counter() - t0
        add_user(store, "ed", "benchmark-password")
        client = TestClient(create_app(store, check, "bench-secret-0123456789abcdef012345"), base_url="http://127.0.0.1")
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
        client.post("/login", data={"username": "ed", "password": "benchmark-password", "csrf": token})

        def timed(path: str) -> list[float]:
            first = client.get(path, follow_redirects=False)  # warm, and prove we are signed in
            assert first.status_code == 200 and ('id="queue"' in first.text or 'id="article"' in first.text), path
            out = []
            for _ in range(args.requests):
                t = time.perf_counter()
                r = client.get(path)
                out.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, r.status_code
            return out

        pages = {"queue (needs review, page 1)": "/", "queue (all, page 100)": "/?status=all&page_no=100",
                 "queue filtered by brief": "/?status=all&brief=brief-00042",
                 "draft page": f"/drafts/{args.drafts // 2}"}
        result = {"drafts": args.drafts, "seed_seconds": round(seeded_s, 1), "requests_each": args.requests,
                  "median_ms": {name: round(statistics.median(timed(path)), 1) for name, path in pages.items()}}
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
