"""A TCP relay on 127.0.0.1 that a test can cut: the broker going away at an exact point of the
scheduler's conversation with it (after its n-th LPUSH, i.e. n tasks queued), not at a moment
a timer happens to hit. Only the process pointed at the relay sees the fault; the workers talk
to Redis directly."""

from __future__ import annotations

import socket
import threading


class CuttableRelay:
    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = threading.Event()
        self.up.set()
        self.cut_after: tuple[bytes, int] | None = None  # (command, count): cut once it has gone through
        self.restore_after: float | None = None          # seconds from the cut to the restore; None: stays cut
        self.seen = 0
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def cut(self) -> None:
        """Drop every connection; new ones are closed on arrival until ``restore``."""
        self.up.clear()
        with self._lock:
            conns, self._conns = self._conns, []
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            c.close()
        if self.restore_after is not None:
            threading.Timer(self.restore_after, self.restore).start()

    def restore(self) -> None:
        self.up.set()

    def close(self) -> None:
        self.cut()
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up.is_set():
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._conns += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        tail = b""
        while True:
            try:
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
            except OSError:
                break
            if upstream and self.cut_after is not None:
                word, n = self.cut_after
                text = (tail + data).upper()
                with self._lock:
                    self.seen += text.count(word) - tail.upper().count(word)
                    due = self.seen >= n and self.up.is_set()
                tail = data[-len(word):]
                if due:
                    self.cut_after = None
                    self.cut()
                    break
        for s in (src, dst):
            try:
                s.close()
            except OSError:
                pass
