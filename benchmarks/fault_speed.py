"""Distributed pipeline under faults: a night of briefs on Celery, once clean, once with Redis,
PostgreSQL and a worker failing mid-run.

    python3 benchmarks/fault_speed.py [--briefs 150] [--workers 3] [--threads 4] [--latency 0.2] [--json FILE]

Everything on 127.0.0.1: a PostgreSQL server (``tests/storage/pg.py``, one database per run), a
redis-server with AOF (``--appendonly yes --appendfsync everysec``, its own ``--dir``, a new one per
run), ``--workers`` ``marketdesk worker`` processes (``--threads`` briefs each), and the scripted
OpenAI-compatible model (``tests/pipeline/fakes.py``) in its own process at ``--latency`` seconds a
completion (two a brief). MARKETDESK_VISIBILITY_TIMEOUT=10 and MARKETDESK_RESTORE_INTERVAL=1, so
that a killed worker's unacknowledged tasks come back within seconds.

Two runs of ``marketdesk pipeline run BRIEFS --offline --workers celery --json FILE``, each timed
from the start of that command until it exits:

1. no faults; it also measures when every brief was in the queue (Q: before that the scheduler
   only loads the briefs, so a fault there has nothing to hit);
2. faults, in this order, each at a fraction (``--at``, default 0.20 0.45 0.70) of the no-fault
   run's drafting window [Q, T] (``--schedule run``: of its whole time T):
   - Redis killed (SIGKILL) and started again ``--redis-down`` s later on the same port and dir,
     so that AOF restores the queue (it waits until every brief is queued, ``--redis-gate``);
   - PostgreSQL stopped (``pg_ctl -m immediate``: connections dropped) for ``--pg-down`` s, then
     started again (it waits until some brief is claimed);
   - the worker holding the most claims killed with SIGKILL (not before PostgreSQL has been back
     2 s) and a new worker started.
   A fault whose target is not there yet waits for it up to ``--gate-wait`` s after its time.

After each run, from the database: runs, drafts, runs with exactly one current draft, runs by
status; lost = briefs with no clean/flagged run; duplicated = drafts beyond one per run plus
runs with more than one current draft. Also the scheduler's exit code, its report counts
(``--json``), its "requeued" lines, and the tracebacks and errors in every log. Progress on
stderr; the JSON result on stdout and in ``--json`` (default benchmarks/results/fault_speed.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pipeline.services import RedisServer  # noqa: E402


class AofRedis(RedisServer):
    """RedisServer with append-only persistence: a kill -9 and restart on the same port and dir
    loses at most the last second of writes, not the queue."""

    def start(self) -> str | None:
        import socket

        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not os.path.exists(exe):
            return "no redis-server on this machine (Debian's redis-server package)"
        self.proc = subprocess.Popen([exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "yes", "--appendfsync", "everysec", "--dir", self.dir],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    pass
            except OSError:
                time.sleep(0.05)
                continue
            # Accepting connections is not enough: while it loads the AOF, Redis answers LOADING.
            try:
                if self.client().ping():
                    return None
            except Exception:  # noqa: BLE001 - still loading
                time.sleep(0.05)
        return "redis-server did not start"

    def client(self):
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=2, socket_connect_timeout=2)

    def queue_state(self) -> dict:
        """Celery's queue ('celery' list) and kombu's unacknowledged tasks ('unacked' hash)."""
        try:
            c = self.client()
            return {"queued": c.llen("celery"), "unacked": c.hlen("unacked")}
        except Exception as err:  # noqa: BLE001
            return {"error": f"{type(err).__name__}: {err}"[:200]}


def log(msg: str) -> None:
    print(f"[fault_speed {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def pytest_processes() -> int:
    """Processes with 'pytest' in their command line (the CI run sharing the CPU), not this one."""
    n = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if b"pytest" in cmd:
            n += 1
    return n


def contention() -> dict:
    return {"pytest_processes": pytest_processes(), "loadavg_1m": round(os.getloadavg()[0], 2),
            "cpus": os.cpu_count()}


class Db:
    """Short-lived connections (no pool): the monitor must survive the database going away."""

    def __init__(self, url: str) -> None:
        import sqlalchemy as sa
        from sqlalchemy.pool import NullPool

        self.sa = sa
        self.engine = sa.create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 2})

    def rows(self, sql: str, **params) -> list:
        with self.engine.connect() as c:
            return list(c.execute(self.sa.text(sql), params).all())

    def by_status(self) -> dict:
        return dict(self.rows("SELECT status, count(*) FROM runs GROUP BY status"))

    def held_by(self, pid: int) -> list[str]:
        return sorted(r[0] for r in self.rows("SELECT brief_id FROM runs WHERE status = 'running' AND "
                                              "(owner || ':') LIKE :pat", pat=f"%:{pid}:%"))


def worker_cmd(threads: int) -> list[str]:
    return [sys.executable, "-m", "marketdesk.cli", "worker", "--concurrency", str(threads), "--loglevel", "WARNING"]


def start_worker(args, env: dict, logs: Path, n: int) -> subprocess.Popen:
    f = open(logs / f"worker-{n}.log", "w")  # noqa: SIM115 - closed with the process
    p = subprocess.Popen(worker_cmd(args.threads), cwd=ROOT, env=env, stdout=f, stderr=subprocess.STDOUT)
    p._logfile = f  # type: ignore[attr-defined]
    return p


def wait_for_workers(broker: str, pids: list[int], seconds: float = 60) -> None:
    """Until every worker answers a Celery ping (so the timed run does not include their start-up)."""
    from celery import Celery

    app = Celery("fault-speed-ping", broker=broker)  # a new app per run: no pooled connection to the last broker
    want = {f"marketdesk-{p}@" for p in pids}
    deadline = time.time() + seconds
    try:
        while time.time() < deadline:
            replies = app.control.ping(timeout=1.0) or []
            names = {name.split("@")[0] + "@" for r in replies for name in r}
            if want <= names:
                return
    finally:
        app.close()
    raise RuntimeError(f"workers did not all answer a ping within {seconds} s: want {sorted(want)}")


def stop_process(p: subprocess.Popen | None, grace: float = 20) -> None:
    if p is None:
        return
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(grace)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(10)
    f = getattr(p, "_logfile", None)
    if f:
        f.close()


_TB_START = "Traceback (most recent call last):"


def scan_log(path: Path) -> dict:
    """Tracebacks (grouped by the log line before them and the exception line ending them),
    ERROR/CRITICAL lines, and marketdesk's own failure events in one log."""
    if not path.exists():
        return {}
    lines = path.read_text(errors="replace").splitlines()
    tracebacks: Counter = Counter()
    errors: Counter = Counter()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.endswith(_TB_START):
            before = lines[i - 1].strip() if i else ""
            before = re.sub(r"^\[[^\]]*\]\s*|^\d{4}-\d\d-\d\d \S+ ", "", before)[:160]
            j = i + 1
            while True:  # frames are indented; the exception line is not; a chained one goes on
                while j < len(lines) and (lines[j].startswith((" ", "\t")) or not lines[j].strip()):
                    j += 1
                k = j + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and lines[k].startswith(("The above exception", "During handling")):
                    j = k + 1
                    while j < len(lines) and not lines[j].endswith(_TB_START):
                        j += 1
                    j += 1
                    continue
                break
            last = lines[j].strip()[:200] if j < len(lines) else "(end of log)"
            tracebacks[(before, last)] += 1
            i = j + 1
            continue
        if re.search(r"\b(ERROR|CRITICAL)\b", line) or any(k in line for k in (
                "draft_crashed", "database_unavailable", "fail_not_recorded", "report_not_stored")):
            key = re.sub(r"^\[[^\]]*\]\s*|^\d{4}-\d\d-\d\d \S+ ", "", line.strip())
            key = re.sub(r"\d+(\.\d+)? ?s\b|\d+\.\d+ seconds", "N s", key)[:200]
            errors[key] += 1
        i += 1
    return {"lines": len(lines),
            "tracebacks": [{"count": n, "after": b, "exception": e} for (b, e), n in tracebacks.most_common(12)],
            "tracebacks_total": sum(tracebacks.values()),
            "error_lines": [{"count": n, "line": k} for k, n in errors.most_common(12)],
            "error_lines_total": sum(errors.values())}


def check_database(url: str, keys: set[tuple[str, str]]) -> dict:
    """What an editor finds in the morning: every brief once, one current draft each."""
    from storage.drafts import DraftStore

    info = DraftStore.open(url).integrity()
    db = Db(url)
    done = {(b, str(a)) for b, a in db.rows("SELECT brief_id, as_of FROM runs WHERE status IN ('clean', 'flagged')")}
    extra_drafts = db.rows("SELECT run_id, count(*) FROM drafts GROUP BY run_id HAVING count(*) > 1")
    dup_runs = db.rows("SELECT brief_id, as_of, count(*) FROM runs GROUP BY brief_id, as_of HAVING count(*) > 1")
    attempts = dict(db.rows("SELECT attempts, count(*) FROM runs GROUP BY attempts"))
    not_done = db.rows("SELECT brief_id, as_of, status, attempts, reason FROM runs "
                       "WHERE status NOT IN ('clean', 'flagged') ORDER BY brief_id")
    lost = sorted(f"{b}@{a}" for b, a in keys - done)
    extra = sum(n - 1 for _, n in extra_drafts)
    duplicated = extra + info["runs_with_many_current"] + sum(n - 1 for *_, n in dup_runs)
    db.engine.dispose()
    return {"briefs": len(keys), "runs": info["runs"], "drafts": info["drafts"],
            "runs_with_one_current_draft": info["runs_with_one_current"],
            "runs_with_many_current_drafts": info["runs_with_many_current"],
            "drafts_without_evidence": info["drafts_without_evidence"],
            "runs_by_status": dict(sorted(info["by_status"].items())),
            "runs_by_attempts": {str(k): v for k, v in sorted(attempts.items())},
            "lost": len(lost), "lost_briefs": lost[:20],
            "duplicated": duplicated, "extra_drafts": extra, "duplicate_run_rows": len(dup_runs),
            "not_done_rows": [{"brief": b, "as_of": str(a), "status": s, "attempts": n, "reason": (r or "")[:200]}
                              for b, a, s, n, r in not_done[:20]],
            "ok": (not lost and duplicated == 0 and info["drafts"] == info["runs"] == len(keys)
                   and info["runs_with_one_current"] == len(keys))}


def one_run(name: str, args, pg, llm_url: str, tmp: Path, keys: set, briefs_dir: Path,
            fault_times: list[float] | None) -> dict:
    """One timed `pipeline run --workers celery`; with ``fault_times`` (s after its start: Redis,
    PostgreSQL, worker), the faults land during it, in that order."""
    deadline = time.time() + args.wait_for_quiet
    while pytest_processes() and time.time() < deadline:
        time.sleep(5)
    if pytest_processes():
        log(f"note: {pytest_processes()} pytest process(es) running: the timings share the CPU")
    work = tmp / name
    logs = work / "logs"
    logs.mkdir(parents=True)
    db_url = pg.create_database(f"fault_{name}")
    redis = AofRedis()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
    env.update({"MARKETDESK_DATA_DIR": str(work / "data"), "MARKETDESK_DATABASE_URL": db_url,
                "MARKETDESK_BROKER_URL": redis.url, "MARKETDESK_VISIBILITY_TIMEOUT": str(args.visibility_timeout),
                "MARKETDESK_RESTORE_INTERVAL": str(args.restore_interval),
                "OPENAI_BASE_URL": llm_url, "OPENAI_API_KEY": "k", "MARKETDESK_MODEL": "scripted"})
    if args.requeue_seconds is not None:
        env["MARKETDESK_REQUEUE_SECONDS"] = str(args.requeue_seconds)
    from storage.drafts import DraftStore

    DraftStore.open(db_url).engine.dispose()  # migrate once, before the workers start
    db = Db(db_url)
    workers: list[subprocess.Popen] = []
    sched = None
    events: list[dict] = []
    result: dict = {"run": name}
    try:
        why = redis.start()
        if why:
            raise RuntimeError(why)
        workers = [start_worker(args, env, logs, n) for n in range(args.workers)]
        wait_for_workers(redis.url, [w.pid for w in workers])
        log(f"{name}: {args.workers} workers ready ({', '.join(str(w.pid) for w in workers)}); "
            f"redis :{redis.port} (AOF, dir {redis.dir}), postgres :{pg.port}")
        result["contention_at_start"] = contention()
        report_path = work / "report.json"
        cmd = [sys.executable, "-m", "marketdesk.cli", "pipeline", "run", str(briefs_dir), "--offline",
               "--workers", "celery", "--format", "json", "--json", str(report_path), "--timeout", str(args.timeout)]
        out_f, err_f = open(logs / "scheduler.stdout", "w"), open(logs / "scheduler.stderr", "w")  # noqa: SIM115
        t0 = time.perf_counter()
        sched = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out_f, stderr=err_f)

        def at() -> float:
            return round(time.perf_counter() - t0, 2)

        def event(what: str, **kw) -> None:
            e = {"t_s": at(), "what": what, "clock": time.strftime("%H:%M:%S") + f".{int(time.time() % 1 * 1000):03d}",
                 **kw}
            events.append(e)
            log(f"{name}: t={e['t_s']:.1f}s {what} {json.dumps(kw) if kw else ''}")

        plan = list(zip(("redis", "postgres", "worker"), fault_times)) if fault_times else []
        phases: dict = {}  # when the first and when the last brief was in the queue
        pg_down_until = None
        next_progress = 0.0
        worker_n = args.workers
        while sched.poll() is None:
            now = time.perf_counter() - t0
            if now > args.timeout + 180:
                event("scheduler still running past --timeout + 180 s: killed by the benchmark")
                sched.kill()
                break
            if "all_queued_s" not in phases and pg_down_until is None:
                q = redis.queue_state()
                total = q.get("queued", 0) + q.get("unacked", 0)
                if total:
                    try:
                        st = db.by_status()
                    except Exception:  # noqa: BLE001
                        st = {}
                    finished = sum(v for k, v in st.items() if k in ("clean", "flagged", "failed"))
                    phases.setdefault("first_queued_s", round(now, 2))
                    if total + finished >= len(keys):
                        phases["all_queued_s"] = round(now, 2)
            if pg_down_until is not None and now >= pg_down_until:
                why = pg.resume()
                event("postgres resumed", error=why)
                pg_down_until = None
                pg_back_at = time.perf_counter() - t0
                plan = [(k, max(t, pg_back_at + 2) if k == "worker" else t) for k, t in plan]
            for item in plan[:1]:  # in order: a fault waits for the one before it
                kind, when = item
                if now < when or (kind == "worker" and pg_down_until is not None):
                    continue
                late = now >= when + args.gate_wait  # waited long enough for the fault to have a target
                if kind == "redis":
                    before = redis.queue_state()
                    if args.redis_gate == "all-queued":
                        try:
                            st = db.by_status()
                        except Exception:  # noqa: BLE001
                            st = {}
                        finished = sum(v for k, v in st.items() if k in ("clean", "flagged", "failed"))
                        ready = before.get("queued", 0) + before.get("unacked", 0) + finished >= len(keys)
                    else:
                        ready = before.get("queued", 0) + before.get("unacked", 0) > 0
                    if not ready and not late:
                        continue  # the scheduler is still starting or queueing: wait for the whole queue
                    plan.remove(item)
                    redis.proc.send_signal(signal.SIGKILL)
                    redis.proc.wait(10)
                    event("redis killed (SIGKILL)", planned_t_s=round(when, 2), queue_before=before)
                    time.sleep(args.redis_down)
                    why = redis.start()
                    event("redis started again (same port and --dir; AOF loaded)", error=why,
                          queue_after=redis.queue_state())
                elif kind == "postgres":
                    try:
                        status = db.by_status()
                    except Exception as err:  # noqa: BLE001
                        status = {"error": str(err)[:120]}
                    if not status and not late:
                        continue  # no brief claimed yet: wait until the workers are drafting
                    plan.remove(item)
                    pg.pause()
                    event("postgres stopped (pg_ctl -m immediate)", planned_t_s=round(when, 2), runs_before=status)
                    pg_down_until = (time.perf_counter() - t0) + args.pg_down
                elif kind == "worker":
                    held = {}
                    for w in workers:
                        if w.poll() is None:
                            try:
                                held[w.pid] = db.held_by(w.pid)
                            except Exception:  # noqa: BLE001
                                held[w.pid] = []
                    victim = max((w for w in workers if w.poll() is None), key=lambda w: len(held.get(w.pid, [])))
                    if not held.get(victim.pid) and not late:
                        continue  # no worker holds a claim right now: wait for one that does
                    plan.remove(item)
                    victim.send_signal(signal.SIGKILL)
                    victim.wait(10)
                    event("worker killed (SIGKILL)", planned_t_s=round(when, 2), pid=victim.pid,
                          claims_held=held.get(victim.pid, []), queue=redis.queue_state())
                    stop_process(victim)
                    new = start_worker(args, env, logs, worker_n)
                    worker_n += 1
                    workers.append(new)
                    event("new worker started", pid=new.pid)
                    result.setdefault("killed_worker", {"pid": victim.pid, "claims": held.get(victim.pid, []),
                                                        "new_pid": new.pid})
            if now >= next_progress and pg_down_until is None:
                try:
                    status = db.by_status()
                except Exception as err:  # noqa: BLE001
                    status = {"db_error": type(err).__name__}
                log(f"{name}: t={now:5.1f}s runs {json.dumps(status, sort_keys=True)} "
                    f"redis {json.dumps(redis.queue_state())}")
                next_progress = now + args.progress_every
            time.sleep(0.1)
        sched.wait()
        wall = time.perf_counter() - t0
        out_f.close()
        err_f.close()
        if pg_down_until is not None:  # the run ended while the database was down: bring it back to check
            event("postgres resumed (after the run ended)", error=pg.resume())
        for kind, when in plan:
            event(f"{kind} fault not fired: the run ended before t={when:.1f}s")
        log(f"{name}: scheduler exited {sched.returncode} after {wall:.1f} s")
        result["contention_at_end"] = contention()
        result.update({"wall_s": round(wall, 2), "scheduler_exit_code": sched.returncode, "phases": phases})
        try:
            report = json.loads(report_path.read_text())
        except Exception:  # noqa: BLE001 - no --json file: try stdout
            try:
                report = json.loads((logs / "scheduler.stdout").read_text())
            except Exception as err:  # noqa: BLE001
                report = {"unreadable": f"{type(err).__name__}: {err}"[:200]}
        if "results" in report:
            counts = Counter(r["status"] for r in report["results"])
            result["report"] = {"counts": dict(sorted(counts.items())), "results": len(report["results"]),
                                "stored": report.get("stored"), "store_error": report.get("store_error"),
                                "wall_seconds": report.get("wall_seconds"),
                                "failed": [{"brief": r["brief"], "reason": r.get("reason")}
                                           for r in report["results"] if r["status"] == "failed"][:10]}
        else:
            result["report"] = report
        err_text = (logs / "scheduler.stderr").read_text(errors="replace")
        result["scheduler_requeued_lines"] = err_text.count("requeued ")
        result["scheduler_db_wait_lines"] = err_text.count("database unavailable while waiting")
        result["scheduler_stderr_tail"] = err_text.strip().splitlines()[-3:]
        result["database"] = check_database(db_url, keys)
        if events:
            result["faults"] = events
        if result.get("killed_worker"):
            kw = result["killed_worker"]
            if kw["claims"]:
                with db.engine.connect() as c:
                    rows = list(c.execute(db.sa.text("SELECT brief_id, status, attempts, owner FROM runs "
                                                     "WHERE brief_id IN :ids")
                                          .bindparams(db.sa.bindparam("ids", expanding=True)), {"ids": kw["claims"]}))
                kw["claims_after"] = [{"brief": b, "status": s, "attempts": n,
                                       "owner_pid": int((o or "::").split(":")[-2] or 0)} for b, s, n, o in rows]
        # Worker and scheduler logs: everything that went wrong, grouped.
        result["logs"] = {p.name: scan_log(p) for p in sorted(logs.iterdir()) if p.suffix in (".log", ".stderr")}
        result["logs_dir"] = str(logs) if args.keep else None
    finally:
        if sched is not None and sched.poll() is None:
            sched.kill()
            sched.wait(10)
        for w in workers:
            stop_process(w)
        db.engine.dispose()
        redis.stop()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    ap.add_argument("--briefs", type=int, default=150)
    ap.add_argument("--workers", type=int, default=3, help="worker processes")
    ap.add_argument("--threads", type=int, default=4, help="briefs in flight per worker (its --concurrency)")
    ap.add_argument("--latency", type=float, default=0.2, help="seconds per completion of the scripted model")
    ap.add_argument("--visibility-timeout", type=float, default=10)
    ap.add_argument("--restore-interval", type=int, default=1)
    ap.add_argument("--requeue-seconds", type=float, default=None,
                    help="MARKETDESK_REQUEUE_SECONDS for the scheduler (default: unset, the app's 60)")
    ap.add_argument("--pg-down", type=float, default=10.0, help="seconds PostgreSQL stays stopped")
    ap.add_argument("--redis-down", type=float, default=1.0, help="seconds between Redis's kill -9 and its restart")
    ap.add_argument("--at", type=float, nargs=3, default=[0.20, 0.45, 0.70], metavar=("REDIS", "PG", "WORKER"),
                    help="when each fault lands, as fractions of the no-fault schedule window")
    ap.add_argument("--schedule", choices=("drafting", "run"), default="drafting",
                    help="drafting: --at are fractions of the no-fault run's drafting window (from every brief "
                         "queued to the exit); run: fractions of its whole time")
    ap.add_argument("--gate-wait", type=float, default=15.0,
                    help="a Redis fault waits (up to this long) for tasks in the queue, a worker kill for a worker "
                         "holding claims")
    ap.add_argument("--redis-gate", choices=("all-queued", "any-queued"), default="all-queued",
                    help="the Redis restart waits for every brief to be queued (default), or only for the first "
                         "(then it can land while the scheduler is still queueing)")
    ap.add_argument("--timeout", type=float, default=900, help="the scheduler's --timeout")
    ap.add_argument("--progress-every", type=float, default=5.0)
    ap.add_argument("--wait-for-quiet", type=float, default=0,
                    help="wait up to this many seconds for no pytest process before measuring")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (logs) and say where")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "fault_speed.json")
    args = ap.parse_args()

    from tests.pipeline.fakes import AS_OF, scripted_server_process, write_briefs
    from tests.storage.pg import PostgresServer

    tmp = Path(tempfile.mkdtemp(prefix="marketdesk-fault-"))
    pg = PostgresServer()
    try:
        why = pg.start()
        if why:
            raise SystemExit(f"fault_speed: cannot start PostgreSQL: {why}")
        briefs_dir = tmp / "briefs"
        write_briefs(briefs_dir, args.briefs)
        keys = {(f"nightly-{i:03d}", AS_OF[i % len(AS_OF)].isoformat()) for i in range(args.briefs)}
        with scripted_server_process(args.latency) as url:
            log(f"{args.briefs} briefs, {args.workers} workers x {args.threads} threads, model {args.latency} s a "
                f"completion; no-fault run first")
            clean = one_run("no_faults", args, pg, url, tmp, keys, briefs_dir, None)
            t = clean["wall_s"]
            start = clean["phases"].get("all_queued_s", 0.0) if args.schedule == "drafting" else 0.0
            fault_times = [round(start + f * (t - start), 2) for f in args.at]
            log(f"faults planned at {', '.join(f'{x:.1f}s' for x in fault_times)} (redis, postgres, worker; "
                f"{args.schedule} schedule)")
            faulty = one_run("faults", args, pg, url, tmp, keys, briefs_dir, fault_times)
    finally:
        pg.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            log(f"kept {tmp}")

    ratio = round(faulty["wall_s"] / clean["wall_s"], 2)

    def drafting(run: dict) -> float | None:
        q = run.get("phases", {}).get("all_queued_s")
        return round(run["wall_s"] - q, 2) if q is not None else None

    d0, d1 = drafting(clean), drafting(faulty)
    result = {
        "briefs": args.briefs, "workers": args.workers, "threads_each": args.threads, "latency_s": args.latency,
        "ideal_s": round(args.briefs * 2 * args.latency / (args.workers * args.threads), 2),
        "settings": {"database": "PostgreSQL (tests/storage/pg.py, fsync=off)",
                     "redis": "--appendonly yes --appendfsync everysec", "visibility_timeout_s": args.visibility_timeout,
                     "restore_interval_s": args.restore_interval,
                     "requeue_seconds": args.requeue_seconds if args.requeue_seconds is not None else "default (60)",
                     "pg_down_s": args.pg_down, "redis_down_s": args.redis_down, "faults_at": args.at,
                     "redis_gate": args.redis_gate, "gate_wait_s": args.gate_wait, "schedule": args.schedule,
                     "fault_times_planned_s": fault_times},
        "no_fault_s": clean["wall_s"], "fault_s": faulty["wall_s"], "ratio": ratio, "target_ratio": 1.5,
        "ratio_ok": ratio <= 1.5,
        "ok": (ratio <= 1.5 and clean["scheduler_exit_code"] == 0 and faulty["scheduler_exit_code"] == 0
               and clean["database"]["ok"] and faulty["database"]["ok"]),
        "no_fault_after_queueing_s": d0, "fault_after_queueing_s": d1,
        "ratio_after_queueing": round(d1 / d0, 2) if d0 and d1 else None,
        "faults": [{"t_s": e["t_s"], "of_no_fault_time": round(e["t_s"] / clean["wall_s"], 2), "what": e["what"],
                    **{k: v for k, v in e.items() if k not in ("t_s", "what")}} for e in faulty.get("faults", [])],
        "lost": faulty["database"]["lost"], "duplicated": faulty["database"]["duplicated"],
        "lost_no_fault": clean["database"]["lost"], "duplicated_no_fault": clean["database"]["duplicated"],
        "exit_codes": {"no_faults": clean["scheduler_exit_code"], "faults": faulty["scheduler_exit_code"]},
        "runs": {"no_faults": clean, "faults": faulty},
    }
    text = json.dumps(result, indent=2, default=str)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
