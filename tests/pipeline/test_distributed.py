"""The pipeline on Celery workers: a real redis-server, the shared database, two worker processes,
one of them killed (kill -9) mid-run. The result equals a single-machine run of the same briefs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from storage.drafts import DraftStore
from storage.schema import PipelineRunRow
from tests.agent.scripted_llm import ScriptedLLM
from tests.conftest import ROOT
from tests.pipeline.fakes import model_reply, write_briefs
from tests.pipeline.services import RedisServer
from tests.pipeline.test_pipeline import Endless

N = 16


@pytest.fixture
def redis():
    server = RedisServer()
    why = server.start()
    if why:
        pytest.skip(f"Celery leg skipped: {why}")
    yield server
    server.stop()


def env_for(tmp_path, name, db_url, broker, llm) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env.update({"MARKETDESK_DATA_DIR": str(tmp_path / name), "MARKETDESK_DATABASE_URL": db_url,
                "MARKETDESK_BROKER_URL": broker, "MARKETDESK_VISIBILITY_TIMEOUT": "4",
                "MARKETDESK_RESTORE_INTERVAL": "1",
                "OPENAI_BASE_URL": llm.url, "OPENAI_API_KEY": "k", "MARKETDESK_MODEL": "scripted"})
    return env


def summary(store: DraftStore) -> dict:
    """Each run's status and its current draft's text: what an editor would find in the morning."""
    out = {}
    for r in store.runs():
        draft = store.current_draft(r.brief_id, r.as_of)
        out[(r.brief_id, str(r.as_of))] = (r.status, draft.text if draft else None)
    return out


class Gated:
    """Answers like ``fn`` once ``open`` is set; until then every model request waits. With the
    gate shut, a brief a worker has claimed is known to be in flight there, not finished."""

    def __init__(self, fn) -> None:
        self.fn, self.open = fn, threading.Event()

    def __call__(self, request: dict):
        self.open.wait(180)
        return self.fn(request)


def held_by(store: DraftStore, pid: int) -> set[str]:
    """Briefs claimed (status running) by the worker process ``pid``: the claim is the marker
    the task writes before it asks the model anything."""
    return {r.brief_id for r in store.runs() if r.status == "running" and r.owner and f":{pid}:" in f"{r.owner}:"}


def test_two_workers_one_killed_mid_run_give_the_single_machine_result(tmp_path, db_url, redis, postgres):
    folder = tmp_path / "briefs"
    write_briefs(folder, N)
    llm = ScriptedLLM()
    gate = Gated(model_reply)
    llm.script = Endless(gate)
    workers = []
    try:
        for name in ("w1", "w2"):
            workers.append(subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "worker", "--concurrency", "3",
                                             "--loglevel", "WARNING"], cwd=ROOT,
                                            env=env_for(tmp_path, name, db_url, redis.url, llm),
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
        run = subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline",
                                "--workers", "celery", "--timeout", "180"], cwd=ROOT,
                               env=env_for(tmp_path, "enqueuer", db_url, redis.url, llm),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        store = DraftStore.open(db_url)
        # Wait (model gate shut, so nothing can finish) until w1 holds claims, then kill it there.
        deadline = time.time() + 120
        while not (doomed := held_by(store, workers[0].pid)) and time.time() < deadline and run.poll() is None:
            time.sleep(0.1)
        assert doomed, "w1 never claimed a brief"
        workers[0].send_signal(signal.SIGKILL)  # w1 dies with these briefs in flight
        workers[0].wait(10)
        gate.open.set()
        out, err = run.communicate(timeout=240)
        assert run.returncode == 0, err[-2000:]
        assert f"{N} clean" in err or f"{N} clean" in out
        info = store.integrity()
        assert info["runs"] == N and info["drafts"] == N and info["runs_with_one_current"] == N
        assert info["by_status"] == {"clean": N} and info["drafts_without_evidence"] == 0
        runs = {r.brief_id: r for r in store.runs()}
        # Every brief the dead worker held was taken over by the live one and drafted once.
        w2 = f":{workers[1].pid}:"
        assert {b: (runs[b].attempts >= 2, w2 in runs[b].owner) for b in doomed} == {b: (True, True) for b in doomed}
        distributed = summary(store)
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGTERM)
                try:
                    w.wait(10)
                except subprocess.TimeoutExpired:
                    w.kill()
        llm.stop()

    # The same briefs on one machine, into another database: the same result.
    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    llm2 = ScriptedLLM()
    llm2.script = Endless(model_reply)
    try:
        r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline"],
                           cwd=ROOT, env=env_for(tmp_path, "single", single_url, redis.url, llm2),
                           capture_output=True, text=True, timeout=240)
        assert r.returncode == 0, r.stderr[-2000:]
    finally:
        llm2.stop()
    assert summary(DraftStore.open(single_url)) == distributed


def test_an_unreachable_broker_or_no_worker_is_a_one_line_error(tmp_path, redis):
    folder = tmp_path / "briefs"
    write_briefs(folder, 2)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env["MARKETDESK_DATA_DIR"] = str(tmp_path / "d")
    base = [sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline", "--workers", "celery"]
    r = subprocess.run(base, cwd=ROOT, env={**env, "MARKETDESK_BROKER_URL": "redis://127.0.0.1:9/0"},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "cannot connect" in r.stderr
    r = subprocess.run(base, cwd=ROOT, env={**env, "MARKETDESK_BROKER_URL": redis.url}, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "no worker answered" in r.stderr and r.stderr.count("\n") == 1


def test_an_old_failure_is_drafted_again_not_reported_as_done(tmp_path, redis):
    """A brief that failed on an earlier night is queued again, and only this night's row counts."""
    import sqlalchemy as sa

    from storage.schema import RunRow

    folder = tmp_path / "briefs"
    write_briefs(folder, 2)
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    llm = ScriptedLLM()
    llm.script = Endless(model_reply)
    env = env_for(tmp_path, "d", db_url, redis.url, llm)
    subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline"], cwd=ROOT,
                   env=env, capture_output=True, timeout=120, check=True)
    store = DraftStore.open(db_url)
    with store.Session.begin() as s:
        s.execute(sa.update(RunRow).values(status="failed", reason="old failure from last night"))
    worker = subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "worker", "--concurrency", "2",
                               "--loglevel", "WARNING"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline",
                            "--workers", "celery", "--timeout", "120"], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=180)
        assert r.returncode == 0, r.stderr[-1500:]
        assert "2 clean" in r.stderr and "old failure" not in r.stderr
        assert {x.status for x in store.runs()} == {"clean"}
    finally:
        worker.terminate()
        worker.wait(20)
        llm.stop()


def gated_night(tmp_path, redis, n: int, concurrency: int, **extra_env: str):
    """n briefs in a folder, a SQLite store, the scripted model behind a shut gate, and one
    worker: (folder, db_url, llm, gate, env, worker)."""
    folder = tmp_path / "briefs"
    write_briefs(folder, n)
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    llm = ScriptedLLM()
    gate = Gated(model_reply)
    llm.script = Endless(gate)
    env = {**env_for(tmp_path, "d", db_url, redis.url, llm), **extra_env}
    worker = subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "worker", "--concurrency", str(concurrency),
                               "--loglevel", "WARNING"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    return folder, db_url, llm, gate, env, worker


def night_in_flight(folder, env, db_url, worker, *extra: str) -> tuple[subprocess.Popen, DraftStore]:
    """Start `pipeline run --workers celery` and wait until ``worker`` has claimed a brief (the
    model gate shut, so the claim is in flight): (the scheduler process, the store)."""
    run = subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline",
                            "--workers", "celery", "--timeout", "150", *extra], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    store = DraftStore.open(db_url)
    deadline = time.time() + 120
    while not held_by(store, worker.pid) and time.time() < deadline:
        time.sleep(0.1)
    assert held_by(store, worker.pid), "the worker never claimed a brief"
    return run, store


def test_a_rerun_after_the_scheduler_died_counts_briefs_done_by_anyone(tmp_path, redis):
    """The scheduler is killed with its tasks still queued; the rerun queues the missing briefs
    again, counts those the old tasks draft as done, and finishes at once: each drafted once."""
    n = 6
    folder, db_url, llm, gate, env, worker = gated_night(tmp_path, redis, n, concurrency=2)
    cmd = [sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline", "--workers", "celery",
           "--timeout", "120"]
    try:
        first = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        store = DraftStore.open(db_url)
        deadline = time.time() + 120
        while not held_by(store, worker.pid) and time.time() < deadline:
            time.sleep(0.1)
        first.send_signal(signal.SIGKILL)  # the scheduler dies; its tasks stay queued in Redis
        first.wait(10)
        gate.open.set()
        t0 = time.time()
        r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
        assert r.returncode == 0, r.stderr[-2000:]
        assert time.time() - t0 < 90  # not the whole --timeout
        assert "0 failed" in r.stderr
        info = store.integrity()
        assert info["runs"] == n and info["drafts"] == n and info["by_status"] == {"clean": n}
    finally:
        worker.terminate()
        worker.wait(20)
        llm.stop()


def test_tasks_lost_with_a_redis_restart_are_queued_again_within_seconds(tmp_path, redis):
    """Redis restarted without persistence drops the queued tasks; the scheduler sees that the
    broker no longer holds them (neither queued nor delivered to a worker) and queues them
    again at once, not after the one-minute fallback: every brief drafted once, exit 0."""
    from pipeline.distributed import broker_holds

    n = 4
    folder, db_url, llm, gate, env, worker = gated_night(tmp_path, redis, n, concurrency=1)
    try:
        run, store = night_in_flight(folder, env, db_url, worker)
        # The broker holds all four: one delivered to the worker (unacked), three queued.
        assert {b for b, _ in broker_holds(redis.url)} == {f"nightly-{i:03d}" for i in range(n)}
        assert redis.restart() is None  # the other tasks were in Redis's list: gone
        assert broker_holds(redis.url) == set()
        gate.open.set()
        out, err = run.communicate(timeout=200)
        assert run.returncode == 0, err[-2000:]
        # Noticed on two looks at the broker 3 s apart, not after MARKETDESK_REQUEUE_SECONDS (60).
        assert "the broker does not hold it" in err and "s after queueing" not in err
        info = store.integrity()
        assert info["runs"] == n and info["drafts"] == n and info["by_status"] == {"clean": n}
    finally:
        worker.terminate()
        try:
            worker.wait(20)
        except subprocess.TimeoutExpired:
            worker.kill()
        llm.stop()


def test_postgres_stopped_under_celery_costs_no_brief(tmp_path, redis, own_postgres):
    """PostgreSQL stopped (connections dropped) for 8 s while a worker holds briefs in flight and
    others wait in the queue: the scheduler waits it out, the workers' saves and claims retry,
    and the night ends with every brief drafted once, the report stored, exit 0."""
    import json

    n = 6
    url = own_postgres.create_database("celery_outage")
    folder, _, llm, gate, env, worker = gated_night(tmp_path, redis, n, concurrency=2, MARKETDESK_DATABASE_URL=url)
    try:
        run, store = night_in_flight(folder, env, url, worker, "--json", str(tmp_path / "report.json"))
        store.engine.dispose()
        own_postgres.pause()
        gate.open.set()  # the briefs in flight finish drafting and try to save into a stopped database
        time.sleep(8)
        assert own_postgres.resume() is None
        out, err = run.communicate(timeout=240)
        assert run.returncode == 0, err[-2000:]
        assert "Traceback" not in err
        report = json.loads((tmp_path / "report.json").read_text())
        assert report["stored"] and [x["status"] for x in report["results"]] == ["clean"] * n
        info = store.integrity()
        assert info["runs"] == n and info["drafts"] == n and info["runs_with_one_current"] == n
        with store.Reader() as s:
            assert all(p.finished_at is not None for p in s.query(PipelineRunRow))
    finally:
        worker.terminate()
        worker.wait(20)
        llm.stop()


def test_a_night_whose_workers_all_died_says_so_and_a_new_worker_finishes_it(tmp_path, redis):
    """The only worker is killed mid-night: the scheduler says no worker answers (instead of
    waiting in silence for its --timeout), and a worker started later finishes the night. The
    brief the dead worker held is queued again because its worker is gone, not after the
    broker's visibility timeout (600 s here, the default)."""
    n = 3
    folder, db_url, llm, gate, env, worker = gated_night(tmp_path, redis, n, concurrency=1,
                                                         MARKETDESK_NO_WORKER_SECONDS="2",
                                                         MARKETDESK_VISIBILITY_TIMEOUT="600")
    replacement = None
    try:
        run, store = night_in_flight(folder, env, db_url, worker)
        worker.kill()
        worker.wait(10)
        said = b""
        os.set_blocking(run.stderr.fileno(), False)
        deadline = time.time() + 60
        while b"no worker answered" not in said and time.time() < deadline:
            said += run.stderr.buffer.read() or b""
            time.sleep(0.2)
        assert b"no worker answered" in said and run.poll() is None  # said so, and still waiting
        gate.open.set()
        replacement = subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "worker", "--concurrency", "2",
                                        "--loglevel", "WARNING"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        code = run.wait(150)
        said += run.stderr.buffer.read() or b""
        assert code == 0, said.decode()[-3000:]
        assert b"its worker is gone" in said
        info = store.integrity()
        assert info["runs"] == n and info["drafts"] == n and info["by_status"] == {"clean": n}
    finally:
        for w in (worker, replacement):
            if w is not None and w.poll() is None:
                w.terminate()
                w.wait(20)
        llm.stop()


def scheduler(folder, env, relay, json_path, *extra: str) -> subprocess.CompletedProcess:
    """`pipeline run --workers celery` talking to the broker through ``relay`` (the workers do not)."""
    return subprocess.run([sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(folder), "--offline",
                           "--workers", "celery", "--timeout", "150", "--json", str(json_path), *extra], cwd=ROOT,
                          env={**env, "MARKETDESK_BROKER_URL": relay.url}, capture_output=True, text=True, timeout=300)


def test_a_broker_lost_while_queueing_is_retried_and_every_brief_is_drafted_once(tmp_path, redis):
    """Redis goes away after the scheduler has queued 4 of 12 briefs and is back 3 s later: the
    scheduler retries queueing with backoff, and the night ends as if nothing happened."""
    import json

    from tests.pipeline.proxy import CuttableRelay

    n = 12
    folder, db_url, llm, gate, env, worker = gated_night(tmp_path, redis, n, concurrency=2)
    gate.open.set()
    relay = CuttableRelay(redis.port)
    relay.cut_after, relay.restore_after = (b"LPUSH", 4), 3.0
    try:
        r = scheduler(folder, env, relay, tmp_path / "report.json")
        assert relay.seen >= 4, "the relay never cut: the test did not test the fault"
        assert r.returncode == 0, r.stderr[-2000:]
        assert "broker unavailable while queueing" in r.stderr
        report = json.loads((tmp_path / "report.json").read_text())
        assert report["stored"] and [x["status"] for x in report["results"]] == ["clean"] * n
        info = DraftStore.open(db_url).integrity()
        assert info["runs"] == n and info["drafts"] == n and info["by_status"] == {"clean": n}
    finally:
        relay.close()
        worker.terminate()
        worker.wait(20)
        llm.stop()


def test_a_broker_gone_past_the_retries_fails_the_unqueued_briefs_alone_and_a_rerun_finishes(tmp_path, redis):
    """Redis goes away for good after 3 tasks are queued: those are drafted, the others fail
    with the reason, the report is written and the run closed (exit 1); once the broker is
    back, the rerun drafts the rest: every brief drafted exactly once."""
    import json

    from tests.pipeline.proxy import CuttableRelay

    n = 8
    folder, db_url, llm, gate, env, worker = gated_night(tmp_path, redis, n, concurrency=2,
                                                         MARKETDESK_BROKER_RETRY_SECONDS="2")
    gate.open.set()
    relay = CuttableRelay(redis.port)
    relay.cut_after = (b"LPUSH", 3)
    try:
        r = scheduler(folder, env, relay, tmp_path / "first.json")
        assert r.returncode == 1, r.stderr[-2000:]
        assert "Traceback" not in r.stderr
        report = json.loads((tmp_path / "first.json").read_text())
        by = {}
        for x in report["results"]:
            by.setdefault(x["status"], []).append(x)
        assert set(by) == {"clean", "failed"} and len(by["clean"]) + len(by["failed"]) == n
        assert all("not queued" in x["reason"] for x in by["failed"])
        # the brief being sent when the link was cut may have reached Redis (its reply lost):
        # the report says "perhaps", and it is the only one that can be drafted after all
        perhaps = [x["brief"] for x in by["failed"] if x["reason"].startswith("perhaps")]
        assert len(perhaps) <= 1
        store = DraftStore.open(db_url)
        with store.Reader() as s:  # the run's row is closed, with its report
            assert all(p.finished_at is not None and p.report for p in s.query(PipelineRunRow))
        relay.restore()
        r = scheduler(folder, env, relay, tmp_path / "second.json")
        assert r.returncode == 0, r.stderr[-2000:]
        again = json.loads((tmp_path / "second.json").read_text())
        second = {x["brief"]: x["status"] for x in again["results"]}
        assert all(second[x["brief"]] == "skipped" for x in by["clean"])
        assert all(second[x["brief"]] == ("skipped" if x["brief"] in perhaps and second[x["brief"]] == "skipped"
                                          else "clean") for x in by["failed"])
        info = store.integrity()
        assert info["runs"] == n and info["drafts"] == n and info["by_status"] == {"clean": n}
    finally:
        relay.close()
        worker.terminate()
        worker.wait(20)
        llm.stop()


def test_a_workers_threads_starting_at_once_build_one_store(tmp_path, monkeypatch):
    """Eight task threads of a fresh worker process ask for its parts at once: one store, one
    data desk, built once (eight stores took the first tasks 28 s)."""
    from pipeline import distributed

    for k in [k for k in os.environ if k.startswith(("OPENAI_", "MARKETDESK_"))]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("MARKETDESK_DATA_DIR", str(tmp_path))
    distributed._build_parts.cache_clear()
    built = []
    real = DraftStore.from_settings

    def counted(*args, **kwargs):
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(DraftStore, "from_settings", counted)
    barrier = threading.Barrier(8)
    got = []

    def task() -> None:
        barrier.wait()
        got.append(distributed._worker_parts())

    threads = [threading.Thread(target=task) for _ in range(8)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(got) == 8 and len(built) == 1
        assert len({id(parts[0]) for parts in got}) == 1 and len({id(parts[1]) for parts in got}) == 1
    finally:
        distributed._build_parts.cache_clear()
