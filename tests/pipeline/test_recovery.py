"""The pipeline under infrastructure faults, on one machine: a database that goes away and
comes back, a damaged or read-only file, a crashed run, a brief held by a live worker
elsewhere, a nightly file with holes in it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta, timezone

import pytest

from agent.draft import Writers
from marketdesk.errors import InputError
from pipeline.run import Heartbeat, run_job, run_pipeline
from pipeline.spec import load_briefs
from storage.drafts import DraftStore
from storage.schema import PipelineRunRow, RunRow
from tests.conftest import ROOT
from tests.pipeline.fakes import write_briefs
from tests.tools.recorded import FakeYF


def test_a_database_outage_of_seconds_costs_no_brief(own_postgres, make_desk, tmp_path, monkeypatch):
    """PostgreSQL stopped for 4 s in the middle of a night: every brief is drafted once, the
    report is stored, the run row closed."""
    monkeypatch.setenv("MARKETDESK_DB_RETRY_SECONDS", "30")
    url = own_postgres.create_database("outage")
    store = DraftStore.open(url)
    briefs, _ = load_briefs(write_briefs(tmp_path / "briefs", 12))
    desk = make_desk(None, FakeYF())
    original = desk.equities.history if hasattr(desk.equities, "history") else None  # noqa: F841

    def outage() -> None:
        time.sleep(0.8)
        own_postgres.pause()
        time.sleep(4)
        own_postgres.resume()

    t = threading.Thread(target=outage)
    t.start()
    report = run_pipeline(briefs, store, desk, Writers(), spec="outage", concurrency=2, offline=True)
    t.join()
    assert report.counts["failed"] == 0 and report.counts["clean"] + report.counts["flagged"] == 12, report.results
    assert report.stored
    integrity = store.integrity()
    assert integrity["runs_with_one_current"] == 12 and integrity["runs_with_many_current"] == 0
    with store.Reader() as s:
        row = s.get(PipelineRunRow, report.pipeline_id)
        assert row.finished_at is not None and row.report["results"]


def test_what_outlasts_the_retries_fails_alone_and_the_report_still_comes_out(own_postgres, tmp_path):
    """The database gone for good: briefs fail with the reason, the report is written to
    --json, the exit is 1 and the output says the report could not be stored."""
    url = own_postgres.create_database("gone")
    store = DraftStore.open(url)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))},
           "MARKETDESK_DATA_DIR": str(tmp_path), "MARKETDESK_DATABASE_URL": url, "MARKETDESK_DB_RETRY_SECONDS": "2"}
    write_briefs(tmp_path / "briefs", 12)
    nightly = tmp_path / "nightly.yaml"
    nightly.write_text("briefs: ['briefs/']\noffline: true\nconcurrency: 1\n")
    proc = subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(nightly), "--json",
                             str(tmp_path / "report.json")], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the run has started and drafted a first brief
        with store.Reader() as s:
            if s.query(RunRow).filter(RunRow.status == "clean").count():
                break
        time.sleep(0.1)
    store.engine.dispose()
    own_postgres.pause()
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 1, err[-2000:]
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["stored"] is False and report["store_error"]
    assert "Traceback" not in err and "could not be stored" in err
    failed = [r for r in report["results"] if r["status"] == "failed"]
    assert failed and all("database unavailable" in r["reason"] for r in failed)


def test_a_read_only_or_damaged_database_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "m.db"
    DraftStore.open(f"sqlite:///{path}")
    with pytest.raises(InputError, match="read-only"):
        DraftStore.open(f"sqlite:///file:{path}?mode=ro&uri=true")
    # a store with some rows, then pages in its middle overwritten
    path = tmp_path / "damaged.db"
    store = DraftStore.open(f"sqlite:///{path}")
    from sqlalchemy import text

    with store.Session.begin() as s:
        s.execute(text("CREATE TABLE filler (x TEXT)"))
        for i in range(400):
            s.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "y" * 900 + str(i)})
    store.engine.dispose()
    import sqlite3

    with sqlite3.connect(path) as raw:  # everything into the main file, as after a quiet night
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    with open(path, "r+b") as f:  # three whole pages of the filler table's B-tree, mid-file
        f.seek(size // 2 // 4096 * 4096)
        f.write(b"\x07" * 4096 * 3)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))},
           "MARKETDESK_DATA_DIR": str(tmp_path), "MARKETDESK_DATABASE_URL": f"sqlite:///{path}"}
    r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", "briefs/china-ai-rally.yaml",
                        "--offline"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr[-1500:]
    assert "damaged" in r.stderr


def test_a_crashed_runs_row_is_closed_when_the_next_run_starts(tmp_path):
    store = DraftStore.open(f"sqlite:///{tmp_path / 'm.db'}")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    import socket

    with store.Session.begin() as s:
        s.add(PipelineRunRow(spec="crashed", report={"owner": f"{socket.gethostname()}:{dead.pid}:abcd",
                                                     "state": "running"}))
        s.add(PipelineRunRow(spec="elsewhere", report={"owner": "other-host:1:abcd", "state": "running"}))
    store.start_pipeline("next")
    with store.Reader() as s:
        rows = {r.spec: r for r in s.query(PipelineRunRow).all()}
    assert rows["crashed"].finished_at is not None and rows["crashed"].report["crashed"] is True
    assert rows["elsewhere"].finished_at is None  # another machine's run may be alive: its lease decides
    assert rows["next"].finished_at is None


def test_a_brief_held_by_a_live_worker_elsewhere_is_reported_held(tmp_path, make_desk):
    store = DraftStore.open(f"sqlite:///{tmp_path / 'm.db'}")
    briefs, _ = load_briefs(write_briefs(tmp_path / "briefs", 1))
    claim, _ = store.claim(briefs[0])
    with store.Session.begin() as s:  # as if a worker on another machine had it, lease running
        s.get(RunRow, claim.run_id).owner = "other-host:4242:beef"
    result = run_job(briefs[0], store, make_desk(None, FakeYF()), Writers(), None, offline=True)
    assert result.status == "held" and "other-host" in result.reason


def test_a_run_killed_on_another_host_is_taken_over_when_its_leases_lapse(tmp_path):
    """A run on another machine (a pod that was deleted) claimed 3 of 5 briefs and died. Its
    claims cannot be checked by pid: they hold until their lease lapses. A rerun now reports
    them held with exit 1 if it may not wait; one that may wait takes them over when the
    leases lapse and drafts them: every brief drafted once, exit 0."""
    url = f"sqlite:///{tmp_path / 'm.db'}"
    store = DraftStore.open(url)
    briefs, _ = load_briefs(write_briefs(tmp_path / "briefs", 5))
    lapse = datetime.now(timezone.utc) + timedelta(seconds=6)
    for b in briefs[:3]:
        claim, _ = store.claim(b)
        with store.Session.begin() as s:
            run = s.get(RunRow, claim.run_id)
            run.owner, run.lease_until = "pod-7f9c:1:dead", lapse  # host:pid:token of the dead pod
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))},
           "MARKETDESK_DATA_DIR": str(tmp_path), "MARKETDESK_DATABASE_URL": url}
    cmd = [sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(tmp_path / "briefs"), "--offline",
           "--json", str(tmp_path / "report.json")]
    r = subprocess.run([*cmd, "--wait-held", "0"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr[-1500:]
    first = json.loads((tmp_path / "report.json").read_text())
    assert sorted(x["status"] for x in first["results"]) == ["clean", "clean", "held", "held", "held"]
    assert all("pod-7f9c" in x["reason"] for x in first["results"] if x["status"] == "held")
    r = subprocess.run([*cmd, "--wait-held", "60"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-1500:]
    second = json.loads((tmp_path / "report.json").read_text())
    assert sorted(x["status"] for x in second["results"]) == ["clean", "clean", "clean", "skipped", "skipped"]
    info = store.integrity()
    assert info["runs"] == 5 and info["drafts"] == 5 and info["runs_with_one_current"] == 5


def test_a_long_draft_keeps_its_lease(tmp_path):
    store = DraftStore.open(f"sqlite:///{tmp_path / 'm.db'}")
    briefs, _ = load_briefs(write_briefs(tmp_path / "briefs", 1))
    claim, _ = store.claim(briefs[0])

    def lease():
        with store.Reader() as s:
            until = s.get(RunRow, claim.run_id).lease_until
        return until.replace(tzinfo=timezone.utc) if until.tzinfo is None else until

    with store.Session.begin() as s:  # a lease nearly out
        s.get(RunRow, claim.run_id).lease_until = datetime.now(timezone.utc) + timedelta(seconds=1)
    with Heartbeat(store, claim, every=0.2):
        time.sleep(0.7)
    assert lease() > datetime.now(timezone.utc) + timedelta(seconds=150)  # renewed to the full 180 s


def test_a_brief_dated_after_today_is_refused(tmp_path):
    from marketdesk.brief import load_brief

    path = tmp_path / "future.yaml"
    tomorrow = date.today() + timedelta(days=1)
    path.write_text(f"id: future\ntitle: t\nas_of: '{tomorrow}'\nperiod: {{start: '2025-01-01'}}\nentities:\n- {{name: NVIDIA, ticker: NVDA}}\n")
    with pytest.raises(InputError, match="after today"):
        load_brief(path)
    briefs, bad = load_briefs([path])
    assert briefs == [] and "after today" in bad[0][1]
