"""Shared limits for a pipeline run: how many model calls are in flight, and a pause for all
of them when the endpoint says 429.

The openai client already retries a 429 after its Retry-After; on its own, every other
worker would keep hammering the endpoint meanwhile. ``ModelGate.observe`` sees every
HTTP response of the shared client (an httpx event hook) and, on a 429, holds back new
calls from all workers until the Retry-After has passed: the run slows down instead of
failing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

MAX_PAUSE = 60.0  # seconds: a longer Retry-After is capped, not obeyed blindly


class ModelGate:
    def __init__(self, slots: int) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self.pause_until = 0.0
        self.last_429 = 0.0
        self.rate_limited = 0
        self.in_flight = 0
        self.peak = 0

    def observe(self, response: httpx.Response) -> None:
        if response.status_code != 429:
            return
        raw = response.headers.get("retry-after-ms")
        wait = float(raw) / 1000 if raw else None
        if wait is None:
            try:
                wait = float(response.headers.get("retry-after", "1"))
            except ValueError:
                wait = 1.0
        with self._lock:
            self.rate_limited += 1
            self.last_429 = time.monotonic()  # when the run learned of it: nothing can stop a request sooner
            self.pause_until = max(self.pause_until, self.last_429 + min(max(wait, 0.0), MAX_PAUSE))

    def hold(self, request: httpx.Request) -> None:
        """Right before a request goes out: a call let through the gate just before a 429 arrived
        waits out the pause too, instead of going out in the middle of it."""
        while (delay := self.pause_until - time.monotonic()) > 0:
            time.sleep(min(delay, 1.0))

    @contextmanager
    def turn(self) -> Iterator[None]:
        with self._slots:
            while True:
                delay = self.pause_until - time.monotonic()
                if delay <= 0:
                    break
                time.sleep(min(delay, 1.0))
            with self._lock:
                self.in_flight += 1
                self.peak = max(self.peak, self.in_flight)
            try:
                yield
            finally:
                with self._lock:
                    self.in_flight -= 1

    def http_client(self, timeout: float) -> httpx.Client:
        """The HTTP client for ChatOpenAI: pooled for the run's concurrency, watched for 429s."""
        return httpx.Client(timeout=timeout, event_hooks={"request": [self.hold], "response": [self.observe]},
                            limits=httpx.Limits(max_connections=256, max_keepalive_connections=64))
