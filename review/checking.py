"""The checker as the review app runs it: a long text is checked in a worker process.

The checker is pure Python and CPU-bound: a 200,000-character edit takes ~1.2 s. Run in
the server's own process it holds the GIL the other editors' pages need (their queue page
went from 130 ms to 420 ms during one such save), and those pages slow the check in turn.
In a worker process it takes the machine's other core instead. Short texts (a normal
article is ~10,000 characters, checked in ~60 ms) stay in process: a round trip to the
worker would cost more than it saves.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from marketdesk.models import EvidenceBundle, Findings

log = logging.getLogger("marketdesk.review")


def _warm() -> bool:
    import evals  # noqa: F401 - the worker's first check should not pay for the imports

    return True


class ProcessChecker:
    """``checker(text, bundle)`` in a worker process for texts of ``threshold`` characters or
    more. A worker that dies (killed, out of memory) is replaced and the check run here: a
    save is never lost to it."""

    def __init__(self, checker: Callable[[str, EvidenceBundle], Findings], threshold: int = 40_000,
                 timeout: float = 300.0) -> None:
        self.checker, self.threshold, self.timeout = checker, threshold, timeout
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the server has threads (and their locks) a fork would copy.
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def warm(self) -> None:
        """Start the worker ahead of the first long edit (it takes a second to import)."""
        self.pool().submit(_warm)

    def __call__(self, text: str, bundle: EvidenceBundle) -> Findings:
        if len(text) < self.threshold:
            return self.checker(text, bundle)
        try:
            return self.pool().submit(self.checker, text, bundle).result(self.timeout)
        except BrokenProcessPool:
            log.warning("the checker's worker process died; checking in the server process")
            with self._lock:
                self._pool = None
        except (pickle.PicklingError, AttributeError, TypeError):  # a checker that cannot travel (a closure)
            pass
        return self.checker(text, bundle)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
