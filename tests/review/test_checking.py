"""The review app's checker: long texts checked in a worker process, with the same findings."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from evals import check
from review.checking import ProcessChecker

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "china-ai-rally"

def test_a_long_text_is_checked_in_a_worker_with_the_same_findings(example_bundle):
    text = (EXAMPLE / "draft.md").read_text("utf-8") * 4 + "\nSMIC shares surged 190% in 2025.\n"
    checker = ProcessChecker(check, threshold=1000)
    try:
        assert checker(text, example_bundle) == check(text, example_bundle)
        assert checker._pool is not None  # it went to the worker
        short = "SMIC shares surged 190% in 2025."
        assert checker(short, example_bundle).findings[0].code == "G002"
    finally:
        checker.close()

def test_a_dead_worker_costs_no_check(example_bundle):
    text = "SMIC shares surged 190% in 2025. " * 100
    checker = ProcessChecker(check, threshold=100)
    try:
        checker(text, example_bundle)
        for pid in list(checker._pool._processes):  # the worker is killed (OOM killer, an operator)
            os.kill(pid, signal.SIGKILL)
        assert checker(text, example_bundle).summary.errors >= 1  # checked here instead, then a new worker
        assert checker(text, example_bundle).summary.errors >= 1
    finally:
        checker.close()

def test_a_checker_that_cannot_go_to_a_worker_runs_here(example_bundle):
    calls = []

    def local(text, bundle):  # a closure: not picklable
        calls.append(1)
        return check(text, bundle)

    checker = ProcessChecker(local, threshold=10)
    try:
        assert checker("SMIC shares surged 190% in 2025.", example_bundle).summary.errors == 1 and calls
    finally:
        checker.close()
