"""Review app speed as editors meet it: the app under uvicorn, 10,000 drafts, a pipeline writing meanwhile.

    python benchmarks/review_speed.py [--drafts 10000] [--requests 400] [--json FILE]

1. Seed: a fresh SQLite file (in a temporary folder) gets N runs, each with a current draft,
   its evidence and findings, copied from a real deterministic draft of the example brief
   (so rows have real sizes), plus editor accounts. Then `marketdesk review serve` starts as
   a subprocess (uvicorn, MARKETDESK_DATABASE_URL pointing at the file) and is polled until
   it answers. Every client below is an httpx.Client over 127.0.0.1 with its own session,
   signed in through the form (GET /login, the csrf field, POST /login).
2. Pages under load: a pipeline subprocess loops ``DraftStore.claim`` + ``save_draft`` for
   new briefs (the example brief under fresh ids) into the same file, ``--writer-rate``
   drafts a second (default 25, about what `pipeline run` sustains; 0: flat out), while
   8 signed-in clients on 8 threads request each page kind in turn (``--requests`` per
   kind, after one warm-up request each): the queue (``/``), its page 100, the queue
   filtered by brief, and one draft page. p50/p95 of the client-side time per request
   (the table grows as the pipeline writes: each kind says how many drafts it started
   with). Target: p95 <= 100 ms for each.
3. A 200,000-character edit: the draft's own text, paragraphs repeated and a few figures
   changed, POSTed as an edit of one draft; the time until the server answers (303, the
   save is done), then the redirected draft page. Target: save <= 2 s. Meanwhile another
   signed-in client loops on the queue page (and the pipeline keeps writing): its worst
   request overlapping the save shows whether other editors wait for it.
4. A sign-in flood: the pipeline is stopped and the server restarted (same file, same key:
   sessions stay valid) so that its peak memory is the flood's. 40 threads each fetch the
   sign-in form, then POST wrong passwords at once (20 at one account, 10 at 10 other
   accounts, 10 at names that do not exist); status codes are counted (429 is a rate limit
   doing its job). The server's VmRSS is sampled every 20 ms from /proc; 3 signed-in editors
   loop on the queue page meanwhile. Targets: server peak RSS < 300 MB, the editors' p95
   < 200 ms during the flood.

Every phase also reports the machine's CPU split (server, pipeline, these clients, other
processes) and phase 2 the server's CPU time per request: on a small machine the clients
and the pipeline share the server's cores, and load from elsewhere shows up in latencies.

Progress goes to stderr, the JSON result to stdout and ``--json`` (default
benchmarks/results/review_speed.json). The server and pipeline subprocesses are always
stopped. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import platform
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "benchmark-password-0123"
SECRET = "bench-secret-0123456789abcdef0123456789abcdef"
EDITORS = [f"editor{i:02d}" for i in range(1, 9)]  # one account per signed-in client
TARGETS = [f"target{i:02d}" for i in range(1, 11)]  # accounts the flood guesses at, besides "ed"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
BASE = re.compile(r'name="base_version" value="(\d+)"')
TEXT = re.compile(r'<textarea name="text" id="edit-text">(.*?)</textarea>', re.S)


def log(msg: str) -> None:
    print(f"[review_speed {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def example_draft():
    """The example brief and its deterministic offline draft (DEMO data, no network)."""
    from agent.draft import Writers, draft_brief
    from marketdesk.brief import load_brief
    from marketdesk.config import Settings
    from tools.desk import build_data_desk

    brief = load_brief(ROOT / "briefs" / "china-ai-rally.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        draft, _ = draft_brief(brief, build_data_desk(Settings(data_dir=Path(tmp))), Writers(), offline=True)
    return brief, draft


def seed(store, n: int) -> None:
    from storage.schema import BriefRow, DraftRow, EvidenceRow, FindingRow, RunRow

    _, draft = example_draft()
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


# ---- the pipeline subprocess -----------------------------------------------------------------

def run_writer(url: str, rate: float) -> None:
    """Loop claim + save_draft for new briefs, ``rate`` drafts a second (0: as fast as it can),
    one line per draft on stdout: ``ok <unix time at end> <claim ms> <save ms>`` or
    ``err <unix time> <error>``."""
    from storage.drafts import DraftStore

    store = DraftStore.open(url)
    brief, draft = example_draft()
    print("ready", flush=True)
    due = time.perf_counter()
    for i in range(10**9):
        b = brief.model_copy(update={"id": f"pipeline-{os.getpid()}-{i:06d}", "title": f"{brief.title} ({i})"})
        t0 = time.perf_counter()
        try:
            claim, why = store.claim(b)
            t1 = time.perf_counter()
            if claim is None:
                print(f"err {time.time():.4f} not claimed: {why}", flush=True)
                continue
            store.save_draft(claim, draft, seconds=0.0)
            t2 = time.perf_counter()
            print(f"ok {time.time():.4f} {(t1 - t0) * 1000:.2f} {(t2 - t1) * 1000:.2f}", flush=True)
        except Exception as err:  # noqa: BLE001 - reported, and the pipeline goes on
            first = (str(err).splitlines() or [""])[0][:200]
            print(f"err {time.time():.4f} {type(err).__name__}: {first}", flush=True)
            time.sleep(0.05)
        if rate:
            due = max(due + 1 / rate, time.perf_counter() - 1)  # a stall is not made up in a burst
            time.sleep(max(0.0, due - time.perf_counter()))


class Writer:
    def __init__(self, url: str, rate: float, env: dict) -> None:
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--writer", url,
                                      "--writer-rate", str(rate)], cwd=ROOT, env=env, text=True,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        self.ok: list[tuple[float, float, float]] = []  # (end time, claim ms, save ms)
        self.errors: list[tuple[float, str]] = []
        self.ready = threading.Event()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            kind, _, rest = line.strip().partition(" ")
            if kind == "ready":
                self.ready.set()
            elif kind == "ok":
                t, c, s = rest.split()
                self.ok.append((float(t), float(c), float(s)))
            elif kind == "err":
                t, _, msg = rest.partition(" ")
                self.errors.append((float(t), msg))

    def _read_err(self) -> None:
        for line in self.proc.stderr:
            self.stderr.append(line.rstrip())

    def wait_ready(self, timeout: float = 180) -> None:
        end = time.time() + timeout
        while not self.ready.wait(0.2):
            if self.proc.poll() is not None or time.time() > end:
                raise RuntimeError("the pipeline writer did not start:\n" + "\n".join(self.stderr[-20:]))

    def stats(self, t0: float, t1: float) -> dict:
        ok = [x for x in self.ok if t0 <= x[0] <= t1]
        errs = [e for e in self.errors if t0 <= e[0] <= t1]
        per = [c + s for _, c, s in ok]
        return {"drafts_written": len(ok), "per_second": round(len(ok) / max(t1 - t0, 1e-9), 1),
                "claim_plus_save_ms": summary(per) if per else None, "errors": len(errs),
                "error_kinds": dict(Counter(m.split(":")[0] for _, m in errs)), "error_sample": [m for _, m in errs[:3]]}


# ---- the server subprocess -------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, env: dict, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.log = open(log_path, "w")
        self.started = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-m", "marketdesk.cli", "review", "serve", "--host", "127.0.0.1",
                                      "--port", str(self.port)], cwd=ROOT, env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.pid = self.proc.pid

    def wait_ready(self, timeout: float = 90) -> float:
        import httpx

        end = time.time() + timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited ({self.proc.returncode}):\n{self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(self.url + "/login", timeout=2, trust_env=False).status_code == 200:
                    return time.perf_counter() - self.started
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the server did not answer in {timeout} s")

    def cpu_seconds(self) -> float:
        """User + system CPU time the server has used, from /proc/<pid>/stat."""
        return Machine.cpu(self.pid)

    def memory(self) -> dict:
        """VmRSS and VmHWM in MB, from /proc/<pid>/status."""
        out = {}
        with open(f"/proc/{self.pid}/status") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, kb = line.split()[:2]
                    out[key[:-1]] = round(int(kb) / 1024, 1)
        return out


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # its own session: the process and anything it started
    except ProcessLookupError:
        return
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(10)


def server_errors(paths: list[Path]) -> dict:
    lines = []
    for p in paths:
        if p.exists():
            lines += [ln for ln in p.read_text(errors="replace").splitlines() if ln.strip()]
    bad = [ln for ln in lines if re.search(r"Traceback|ERROR|Error|Exception", ln)]
    return {"log_lines": len(lines), "tracebacks": sum("Traceback" in ln for ln in lines),
            "error_lines": len(bad), "error_sample": list(dict.fromkeys(bad))[:12],
            "sample": list(dict.fromkeys(re.sub(r"\d+", "N", ln) for ln in lines))[:8]}


class Machine:
    """CPU seconds used on the machine, and by our own processes: what is left is other load
    (another test run, say) that the latencies above also paid for."""

    def __init__(self) -> None:
        self.server: Server | None = None
        self.writer: Writer | None = None

    @staticmethod
    def _busy() -> float:
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:9]]
        return (sum(f) - f[3] - f[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait

    @staticmethod
    def cpu(pid: int) -> float:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError):
            return 0.0

    def snap(self) -> dict:
        return {"wall": time.time(), "busy": self._busy(), "me": time.process_time(),
                "server": self.cpu(self.server.pid) if self.server else 0.0,
                "writer": self.cpu(self.writer.proc.pid) if self.writer else 0.0}

    @staticmethod
    def used(a: dict, b: dict) -> dict:
        d = {k: b[k] - a[k] for k in a}
        cap = max(d["wall"], 1e-9) * (os.cpu_count() or 1) / 100
        return {"server_pct": round(d["server"] / cap, 1), "pipeline_pct": round(d["writer"] / cap, 1),
                "clients_pct": round(d["me"] / cap, 1),
                "other_processes_pct": round(max(0.0, d["busy"] - d["server"] - d["writer"] - d["me"]) / cap, 1)}


MACHINE = Machine()


# ---- clients -----------------------------------------------------------------------------------

def client(base: str, timeout: float = 120):
    import httpx

    return httpx.Client(base_url=base, timeout=timeout, trust_env=False, follow_redirects=False)


def sign_in(c, name: str, password: str = PASSWORD, patience: float = 120) -> None:
    """The sign-in form as a browser uses it; waits out a 429 (rate limit) if there is one."""
    end = time.time() + patience
    while True:
        token = CSRF.search(c.get("/login").text).group(1)
        r = c.post("/login", data={"username": name, "password": password, "csrf": token})
        if r.status_code == 303:
            page = c.get("/")
            assert page.status_code == 200 and 'id="queue"' in page.text, (name, page.status_code)
            return
        if r.status_code == 429 and time.time() < end:
            time.sleep(min(float(r.headers.get("retry-after", "1") or 1), 10))
            continue
        raise RuntimeError(f"sign-in as {name}: {r.status_code}")


def timed_get(c, path: str, marker: str) -> tuple[float, float, str]:
    """(start, ms, outcome): outcome is the status code, or "200-wrong-page", or the exception's name."""
    t0 = time.time()
    p0 = time.perf_counter()
    try:
        r = c.get(path)
        ms = (time.perf_counter() - p0) * 1000
        outcome = str(r.status_code)
        if r.status_code == 200 and marker not in r.text:
            outcome = "200-wrong-page"
    except Exception as err:  # noqa: BLE001 - a timeout or a dropped connection is a result
        ms, outcome = (time.perf_counter() - p0) * 1000, type(err).__name__
    return t0, ms, outcome


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[max(0, math.ceil(q * len(s)) - 1)]


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1), "p95_ms": round(pct(ms, 0.95), 1),
            "max_ms": round(max(ms), 1)}


class Looper:
    """One signed-in editor requesting a page over and over on its own thread."""

    def __init__(self, c, path: str, marker: str) -> None:
        self.c, self.path, self.marker = c, path, marker
        self.samples: list[tuple[float, float, str]] = []
        self.halt = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.halt.is_set():
            self.samples.append(timed_get(self.c, self.path, self.marker))

    def stop(self) -> None:
        self.halt.set()
        self.thread.join(300)

    def overlapping(self, t0: float, t1: float) -> list[tuple[float, float, str]]:
        return [s for s in self.samples if s[0] <= t1 and s[0] + s[1] / 1000 >= t0]


# ---- phases ------------------------------------------------------------------------------------

def pages_under_load(server: Server, clients: list, pages: dict[str, str], requests: int, writer: Writer,
                     seeded: int) -> dict:
    out = {}
    for name, path in pages.items():
        marker = 'id="article"' if path.startswith("/drafts/") else 'id="queue"'
        # "{any}" is a different stored draft each request: no version's page is built twice
        # (the server keeps built pages of recent versions; this measures it without that help).
        pick = random.Random(7)

        def concrete() -> str:
            return path.replace("{any}", str(pick.randint(1, seeded)))

        for c in clients:  # warm each connection and prove each client is signed in on this page
            _, _, outcome = timed_get(c, concrete(), marker)
            if outcome != "200":
                raise RuntimeError(f"{path}: warm-up answered {outcome}")
        samples: list[tuple[float, float, str]] = []
        lock, left = threading.Lock(), [requests]

        def work(c) -> None:
            while True:
                with lock:
                    if left[0] <= 0:
                        return
                    left[0] -= 1
                    where = concrete()
                s = timed_get(c, where, marker)
                with lock:
                    samples.append(s)

        t0, cpu0, m0 = time.time(), server.cpu_seconds(), MACHINE.snap()
        threads = [threading.Thread(target=work, args=(c,), daemon=True) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        t1, cpu1 = time.time(), server.cpu_seconds()
        ok = [ms for _, ms, o in samples if o == "200"]
        out[name] = {"path": path, "drafts_at_start": seeded + len([x for x in writer.ok if x[0] < t0]),
                     **(summary(ok) if ok else {"n": 0}),
                     "statuses": dict(Counter(o for _, _, o in samples)), "seconds": round(t1 - t0, 1),
                     "server_cpu_ms_per_request": round((cpu1 - cpu0) * 1000 / max(len(samples), 1), 1),
                     "machine_cpu_percent": MACHINE.used(m0, MACHINE.snap()),
                     "pipeline": writer.stats(t0, t1)}
        log(f"  {name}: p50 {out[name].get('p50_ms')} ms, p95 {out[name].get('p95_ms')} ms, "
            f"{out[name]['pipeline']['drafts_written']} drafts written by the pipeline meanwhile")
    return out


def long_text(text: str, size: int = 199_500) -> str:
    """About ``size`` characters from the draft's own paragraphs, a figure changed in every 7th copy."""
    head, _, body = text.partition("\n\n")
    paras = [p for p in body.split("\n\n") if p.strip()]
    out, length, i = [head], len(head), 0
    while True:
        p = paras[i % len(paras)]
        if (i // len(paras)) % 7 == 3:
            p = re.sub(r"\d+\.\d", lambda m: f"{float(m.group()) + 1:.1f}", p, count=1)
        if length + 2 + len(p) + 1 > size:
            break
        out.append(p)
        length += 2 + len(p)
        i += 1
    return "\n\n".join(out) + "\n"


def long_edit(editor, observer, run_id: int, writer: Writer, timeout: float) -> dict:
    page = editor.get(f"/drafts/{run_id}").text
    base, token = BASE.search(page).group(1), CSRF.search(page).group(1)
    text = long_text(html.unescape(TEXT.search(page).group(1)))
    loop = Looper(observer, "/", 'id="queue"')
    time.sleep(0.5)  # the other editor is already busy when the save starts
    m0 = MACHINE.snap()
    t0 = time.time()
    p0 = time.perf_counter()
    try:
        r = editor.post(f"/drafts/{run_id}/edit", data={"csrf": token, "base_version": base, "text": text},
                        timeout=timeout)
        save_ms, status, location = (time.perf_counter() - p0) * 1000, str(r.status_code), r.headers.get("location")
    except Exception as err:  # noqa: BLE001
        save_ms, status, location = (time.perf_counter() - p0) * 1000, type(err).__name__, None
    t1, m1 = time.time(), MACHINE.snap()
    time.sleep(0.2)
    loop.stop()
    after = None
    if status == "303" and location:
        _, ms, outcome = timed_get(editor, location, 'id="article"')
        newpage = editor.get(location).text
        m = BASE.search(newpage)
        after = {"path": location, "ms": round(ms, 1), "status": outcome,
                 "new_version": int(m.group(1)) if m else None, "was_version": int(base)}
    during = loop.overlapping(t0, t1)
    ok = [ms for _, ms, o in during if o == "200"]
    baseline = [ms for s, ms, o in loop.samples if o == "200" and s + ms / 1000 < t0]
    return {"run_id": run_id, "characters": len(text), "save_ms": round(save_ms, 1), "status": status,
            "draft_page_after": after,
            "other_editor_queue_page": {"requests_overlapping_the_save": len(during),
                                        "max_ms": round(max(ok), 1) if ok else None,
                                        "p50_ms": round(statistics.median(ok), 1) if ok else None,
                                        "statuses": dict(Counter(o for _, _, o in during)),
                                        "before_the_save_p50_ms": round(statistics.median(baseline), 1) if baseline else None},
            "pipeline_during_the_save": writer.stats(t0, t1), "machine_cpu_percent": MACHINE.used(m0, m1)}


def sign_in_flood(server: Server, base: str, observers: list, attempts: int) -> dict:
    names = (["ed"] * (attempts // 2) + TARGETS[: attempts // 4] +
             [f"ghost{i:02d}" for i in range(attempts - attempts // 2 - min(attempts // 4, len(TARGETS)))])
    names = names[:attempts]
    barrier = threading.Barrier(len(names) + 1)
    results: list[tuple[str, float, float, str]] = []  # (account, start, ms, outcome)
    lock = threading.Lock()

    def attempt(i: int, name: str) -> None:
        c = client(base)
        try:
            token = CSRF.search(c.get("/login").text).group(1)
        except Exception:  # noqa: BLE001
            token = ""
        try:
            barrier.wait(120)
        except threading.BrokenBarrierError:
            return
        t0, p0 = time.time(), time.perf_counter()
        try:
            r = c.post("/login", data={"username": name, "password": f"wrong-password-{i}", "csrf": token})
            outcome = str(r.status_code)
        except Exception as err:  # noqa: BLE001
            outcome = type(err).__name__
        with lock:
            results.append((name, t0, (time.perf_counter() - p0) * 1000, outcome))
        c.close()

    rss: list[tuple[float, float]] = []
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set():
            try:
                rss.append((time.time(), server.memory()["VmRSS"]))
            except (OSError, KeyError):
                return
            time.sleep(0.02)

    before = server.memory()
    loops = [Looper(c, "/", 'id="queue"') for c in observers]
    threads = [threading.Thread(target=attempt, args=(i, n), daemon=True) for i, n in enumerate(names)]
    for t in threads:
        t.start()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    time.sleep(1.0)  # the editors' baseline, and every attempt holds its form
    barrier.wait(120)
    t0, m0 = time.time(), MACHINE.snap()
    for t in threads:
        t.join(600)
    t1, m1 = time.time(), MACHINE.snap()
    time.sleep(0.5)
    sampling.set()
    sampler.join(5)
    for lp in loops:
        lp.stop()
    after = server.memory()
    during = [s for lp in loops for s in lp.overlapping(t0, t1)]
    ok = [ms for _, ms, o in during if o == "200"]
    baseline = [ms for lp in loops for s, ms, o in lp.samples if o == "200" and s + ms / 1000 < t0]
    burst_rss = [m for t, m in rss if t >= t0 - 0.05]
    peak = max(burst_rss) if burst_rss else None
    if after.get("VmHWM", 0) > before.get("VmHWM", 0):  # the kernel's exact peak, if the flood set it
        peak = max(peak or 0, after["VmHWM"])
    by_kind = {"one account (ed)": [r for r in results if r[0] == "ed"],
               "other accounts": [r for r in results if r[0].startswith("target")],
               "no such account": [r for r in results if r[0].startswith("ghost")]}
    return {"attempts": len(names), "seconds": round(t1 - t0, 2), "machine_cpu_percent": MACHINE.used(m0, m1),
            "statuses": dict(Counter(o for *_, o in results)),
            "statuses_by_target": {k: dict(Counter(o for *_, o in v)) for k, v in by_kind.items()},
            "attempt_ms": summary([ms for _, _, ms, _ in results]) if results else None,
            "server_memory_mb": {"before": before, "after": after, "peak_rss_during_flood": peak,
                                 "rss_samples": len(burst_rss)},
            "other_editors_queue_page": {"clients": len(observers), **(summary(ok) if ok else {"n": 0}),
                                         "statuses": dict(Counter(o for _, _, o in during)),
                                         "before_the_flood_p50_ms": round(statistics.median(baseline), 1) if baseline else None}}


# ---- main --------------------------------------------------------------------------------------

def verdicts(res: dict) -> list[dict]:
    out = []

    def add(name, value, op, limit, unit):
        ok = value is not None and (value <= limit if op == "<=" else value < limit)
        out.append({"target": f"{name} {op} {limit} {unit}", "value": value, "pass": ok})

    pages = res.get("pages_under_load", {})
    for name, v in pages.items() if isinstance(pages, dict) and "error" not in pages else []:
        add(f"p95 {name}, {res.get('clients')} clients, pipeline writing", v.get("p95_ms"), "<=", 100, "ms")
        if set(v.get("statuses", {})) - {"200"}:
            out[-1]["pass"] = False
            out[-1]["note"] = f"non-200 answers: {v['statuses']}"
    e = res.get("long_edit", {})
    if "error" not in e:
        add("200,000-character edit saved", e.get("save_ms"), "<=", 2000, "ms")
        if e.get("status") != "303":
            out[-1]["pass"] = False
            out[-1]["note"] = f"answered {e.get('status')}"
    f = res.get("sign_in_flood", {})
    if "error" not in f:
        add("server peak RSS during 40 sign-ins", f.get("server_memory_mb", {}).get("peak_rss_during_flood"), "<", 300, "MB")
        add("p95 other editors' queue page during the sign-ins", f.get("other_editors_queue_page", {}).get("p95_ms"),
            "<", 200, "ms")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=int, default=10000)
    ap.add_argument("--requests", type=int, default=400, help="requests per page kind in phase 2")
    ap.add_argument("--clients", type=int, default=8, help="signed-in clients in phase 2 (at least 5)")
    ap.add_argument("--sign-ins", type=int, default=40)
    ap.add_argument("--writer-rate", type=float, default=25.0,
                    help="drafts a second the pipeline writes (0: as fast as it can); 25 is about what "
                         "pipeline_speed.py measures for `pipeline run` (200 drafts in 7.6 s)")
    ap.add_argument("--edit-timeout", type=float, default=120.0)
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "review_speed.json")
    ap.add_argument("--writer", help=argparse.SUPPRESS)  # internal: run as the pipeline subprocess
    args = ap.parse_args()
    if args.writer:
        run_writer(args.writer, args.writer_rate)
        return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that the finally below runs

    import sqlalchemy

    from review.accounts import add_user
    from storage.drafts import DraftStore

    res: dict = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                             "load_average_at_start": [round(x, 2) for x in os.getloadavg()]},
                 "code": code_state(), "drafts": args.drafts, "clients": args.clients,
                 "pipeline_drafts_per_second": args.writer_rate or "as fast as it can"}
    servers: list[Server] = []
    writer: Writer | None = None
    clients: list = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        url = f"sqlite:///{db}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
        env.update(MARKETDESK_DATA_DIR=str(Path(tmp) / "data"), MARKETDESK_DATABASE_URL=url,
                   MARKETDESK_SECRET_KEY=SECRET, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        try:
            log(f"seeding {args.drafts:,} drafts into {db}")
            store = DraftStore.open(url)
            t0 = time.perf_counter()
            seed(store, args.drafts)
            res["seed_seconds"] = round(time.perf_counter() - t0, 1)
            for name in ["ed", *EDITORS, *TARGETS]:
                add_user(store, name, PASSWORD)
            store.engine.dispose()
            res["database_mb"] = round(sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 2**20, 1)
            log(f"seeded in {res['seed_seconds']} s ({res['database_mb']} MB); starting the server")

            server = Server(env, Path(tmp) / "server-1.log")
            servers.append(server)
            MACHINE.server = server
            res["server"] = {"command": "python3 -m marketdesk.cli review serve --host 127.0.0.1 --port PORT",
                             "startup_seconds": round(server.wait_ready(), 2)}
            res["server"]["memory_mb_at_start"] = server.memory()
            log(f"server up on {server.url} (pid {server.pid}) in {res['server']['startup_seconds']} s")
            clients = [client(server.url) for _ in range(args.clients)]
            for c, name in zip(clients, EDITORS * (len(clients) // len(EDITORS) + 1)):
                sign_in(c, name)
            log(f"{len(clients)} editors signed in; starting the pipeline writer")
            writer = Writer(url, args.writer_rate, env)
            writer.wait_ready()
            MACHINE.writer = writer
            time.sleep(1.0)
            log(f"pipeline writing; phase 2: pages with {len(clients)} clients")

            pages = {"queue (default tab, page 1)": "/", "queue (all, page 100)": "/?status=all&page_no=100",
                     "queue filtered by brief": "/?status=all&brief=brief-00042",
                     "draft page": f"/drafts/{max(1, args.drafts // 2)}",
                     "draft pages, a different draft each time": "/drafts/{any}"}
            try:
                res["pages_under_load"] = pages_under_load(server, clients, pages, args.requests, writer, args.drafts)
            except Exception as err:  # noqa: BLE001 - the other phases still say something
                res["pages_under_load"] = {"error": traceback.format_exc(limit=3)}
                log(f"  phase 2 failed: {err!r}")
            res["server"]["memory_mb_after_pages"] = server.memory()

            log("phase 3: a 200,000-character edit while another editor reads the queue")
            try:
                res["long_edit"] = long_edit(clients[0], clients[1], max(1, args.drafts // 3), writer, args.edit_timeout)
                log(f"  saved in {res['long_edit']['save_ms']} ms ({res['long_edit']['status']}); the other editor's "
                    f"worst queue page meanwhile {res['long_edit']['other_editor_queue_page']['max_ms']} ms")
            except Exception as err:  # noqa: BLE001
                res["long_edit"] = {"error": traceback.format_exc(limit=3)}
                log(f"  phase 3 failed: {err!r}")
            res["server"]["memory_mb_after_edit"] = server.memory()
            res["pipeline_total"] = {"drafts_written": len(writer.ok), "errors": len(writer.errors),
                                     "error_sample": [m for _, m in writer.errors[:3]]}
            stop(writer.proc)
            res["server"]["exit_code_before_restart"] = server.proc.poll()
            stop(server.proc)

            log("phase 4: pipeline stopped, server restarted; 40 wrong sign-ins at once")
            server = Server(env, Path(tmp) / "server-2.log")
            servers.append(server)
            MACHINE.server, MACHINE.writer = server, None
            server.wait_ready()
            for c in clients:
                c.base_url = server.url  # the same sessions: same key, same database
            try:
                observers = clients[2:5]
                for c in observers:
                    r = c.get("/")
                    if r.status_code != 200:
                        raise RuntimeError(f"a signed-in editor's session did not survive the restart: {r.status_code}")
                res["sign_in_flood"] = sign_in_flood(server, server.url, observers, args.sign_ins)
                f = res["sign_in_flood"]
                log(f"  statuses {f['statuses']}; server peak RSS {f['server_memory_mb']['peak_rss_during_flood']} MB; "
                    f"editors' p95 {f['other_editors_queue_page'].get('p95_ms')} ms")
            except Exception as err:  # noqa: BLE001
                res["sign_in_flood"] = {"error": traceback.format_exc(limit=3)}
                log(f"  phase 4 failed: {err!r}")
            res["server"]["exit_code_at_end"] = server.proc.poll()
            plain = sqlalchemy.create_engine(url)  # plain reads, after everyone stopped writing
            with plain.connect() as conn:
                res["runs_at_end"] = conn.exec_driver_sql("SELECT count(*) FROM runs").scalar()
            plain.dispose()
            res["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        finally:
            for c in clients:
                c.close()
            if writer is not None:
                stop(writer.proc)
            for s in servers:
                stop(s.proc)
                s.log.close()
            res["server_log"] = server_errors([s.log_path for s in servers])
            if writer is not None and writer.stderr:
                res["pipeline_stderr_tail"] = writer.stderr[-5:]

    if code_state() != res["code"]:
        res["code_at_end"] = code_state()  # the code changed during the run: phases may differ
    res["targets"] = verdicts(res)
    text = json.dumps(res, indent=2, default=str)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    for t in res["targets"]:
        log(f"{'PASS' if t['pass'] else 'FAIL'}  {t['target']}: {t['value']}")


def code_state() -> dict:
    """Which code was measured: the commit, and the files under review/ and storage/ changed since."""
    def git(*a: str) -> str:
        try:
            return subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": git("rev-parse", "--short", "HEAD"),
            "uncommitted": git("status", "--porcelain", "--", "review", "storage").splitlines()}


if __name__ == "__main__":
    main()
