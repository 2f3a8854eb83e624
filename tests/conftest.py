"""Test-wide guards and fixtures.

Nothing in the tests may reach past 127.0.0.1: an autouse fixture refuses any
socket connection to another address, so a test that would touch the network
fails loudly instead of passing on a developer's laptop and hanging in CI.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and self.family in (socket.AF_INET, socket.AF_INET6):
        try:
            ok = ipaddress.ip_address(host).is_loopback
        except ValueError:
            ok = host == "localhost"
        if not ok:
            raise RuntimeError(f"test tried to reach {host}: tests may only use 127.0.0.1")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture
def shared() -> Path:
    """The labelled examples beside a developer's checkout (``../shared``). A user's clone does
    not have them; the tests that score them skip, saying so. Nothing else reads ``../shared``."""
    if not (SHARED / "evals" / "examples").is_dir():
        pytest.skip(f"the shared labelled examples are not beside this checkout ({SHARED}/evals/examples); "
                    "they are scored only where they exist")
    return SHARED


@pytest.fixture
def example_bundle():
    """The example evidence bundle (18 facts about China's 2025 AI rally), nothing required."""
    from marketdesk.models import EvidenceBundle

    data = json.loads((ROOT / "examples" / "china-ai-rally" / "evidence.json").read_text())
    data["required"] = []
    return EvidenceBundle.model_validate(data)
