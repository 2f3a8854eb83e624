"""A throwaway redis-server on 127.0.0.1 (Debian's package; `.ci/run` installs it)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time


class RedisServer:
    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.dir = tempfile.mkdtemp(prefix="marketdesk-redis-")
        self.proc: subprocess.Popen | None = None

    def start(self) -> str | None:
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not shutil.os.path.exists(exe):
            return "no redis-server on this machine (Debian's redis-server package)"
        self.proc = subprocess.Popen([exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", self.dir], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return None
            except OSError:
                time.sleep(0.05)
        return "redis-server did not start"

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def restart(self) -> str | None:
        """Killed and started again on the same port, without persistence: its queue is gone."""
        if self.proc:
            self.proc.kill()
            self.proc.wait(5)
        return self.start()

    def stop(self) -> None:
        if self.proc:
            self.proc.kill()
            self.proc.wait(5)
        shutil.rmtree(self.dir, ignore_errors=True)
