"""A throwaway PostgreSQL server on 127.0.0.1 for the tests, from the distribution's binaries.

`.ci/run` installs Debian's postgresql package; here we initdb a cluster in a temporary
folder and start it on a free port. As root, the server runs as the `postgres` user
(PostgreSQL refuses root). If no server can be started, `start()` says why and the
PostgreSQL leg of the tests is skipped with that reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="marketdesk-pg-"))
        self.port = _free_port()
        self.bindir = _bindir()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)

    def start(self) -> str | None:
        """Start the server; None on success, else why it could not be started."""
        if self.bindir is None:
            return "no PostgreSQL binaries (pg_ctl) on this machine"
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        data = self.dir / "data"
        r = self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync")
        if r.returncode:
            return f"initdb failed: {r.stderr.strip()[:200]}"
        return self.resume()

    def resume(self) -> str | None:
        """Start (again) on the same data and port."""
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c max_connections=200"
        r = self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-o", opts, "-l",
                      str(self.dir / "log"), "-w", "-t", "60", "start")
        if r.returncode:
            return f"pg_ctl start failed: {r.stderr.strip()[:200]}"
        return None

    def pause(self) -> None:
        """Stop the server as a crash or an operator would (immediate: connections dropped)."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop")

    def create_database(self, name: str) -> str:
        r = self._run(str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        if r.returncode:
            raise RuntimeError(r.stderr)
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.bindir is not None and (self.dir / "data").exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


def wait_ready(url: str, seconds: float = 20) -> None:
    import sqlalchemy as sa

    deadline = time.time() + seconds
    while True:
        try:
            with sa.create_engine(url).connect():
                return
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)
