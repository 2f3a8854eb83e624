"""What keeps the review app up: the sign-in limiter, security headers, body cap, error pages."""

from __future__ import annotations

import asyncio
import logging

import pytest

from review.guard import SignInLimiter, TooManyAttempts
from tests.review.conftest import PASSWORD
from tests.review.test_app import client_for, csrf, signed_in


def run(coro):
    return asyncio.run(coro)


async def _false() -> bool:
    return False


async def _true() -> bool:
    return True


def test_an_account_is_locked_after_repeated_failures_and_no_password_is_hashed_then():
    now = [0.0]
    limiter = SignInLimiter(per_account=3, per_address=100, window=60, clock=lambda: now[0])
    hashed = []

    async def check() -> bool:
        hashed.append(1)
        return False

    async def attempts():
        for _ in range(3):
            assert await limiter.attempt("ed", "10.0.0.1", check) is False
        with pytest.raises(TooManyAttempts) as err:
            await limiter.attempt("ED", "10.0.0.2", _true)  # any case, any address: the account is locked
        assert 1 <= err.value.retry_after <= 61
        assert await limiter.attempt("flo", "10.0.0.1", _true)  # another account is not
        now[0] = 61.0
        assert await limiter.attempt("ed", "10.0.0.1", _true)  # the window passed

    run(attempts())
    assert len(hashed) == 3


def test_an_address_is_locked_after_failures_across_accounts():
    limiter = SignInLimiter(per_account=100, per_address=4, window=60)

    async def attempts():
        for i in range(4):
            await limiter.attempt(f"user{i}", "10.0.0.9", _false)
        with pytest.raises(TooManyAttempts):
            await limiter.attempt("ed", "10.0.0.9", _true)
        assert await limiter.attempt("ed", "10.0.0.10", _true)

    run(attempts())


def test_the_limiter_keeps_bounded_memory_whatever_is_sent():
    limiter = SignInLimiter(per_account=5, per_address=5, window=60, keys=1000)

    async def flood():
        for i in range(5000):
            await limiter.attempt(f"name-{i}", f"10.{i // 250}.{i % 250}.1", _false)

    run(flood())
    assert len(limiter.accounts._times) <= 1000 and len(limiter.addresses._times) <= 1000


def test_at_most_n_passwords_are_hashed_at_once_and_the_rest_are_refused_in_time():
    limiter = SignInLimiter(per_account=100, per_address=100, hashes=2, wait=0.2)
    busy, peak = [0], [0]

    async def slow() -> bool:
        busy[0] += 1
        peak[0] = max(peak[0], busy[0])
        await asyncio.sleep(0.15)
        busy[0] -= 1
        return False

    async def burst():
        return await asyncio.gather(*(limiter.attempt(f"u{i}", f"a{i}", slow) for i in range(12)),
                                    return_exceptions=True)

    results = run(burst())
    assert peak[0] == 2
    refused = [r for r in results if isinstance(r, TooManyAttempts)]
    assert refused and all("at once" in str(r) for r in refused)
    assert sum(r is False for r in results) >= 2


def test_sign_in_is_limited_and_failures_are_logged(seeded_sqlite, caplog):
    store, _ = seeded_sqlite
    c = client_for(store)
    caplog.set_level(logging.WARNING, logger="marketdesk.review")
    for _ in range(5):
        r = c.post("/login", data={"username": "ed", "password": "wrong password!", "csrf": csrf(c.get("/login").text)})
        assert r.status_code == 401
    r = c.post("/login", data={"username": "ed", "password": PASSWORD, "csrf": csrf(c.get("/login").text)})
    assert r.status_code == 429 and "too many failed sign-ins" in r.text and int(r.headers["retry-after"]) > 0
    assert "failed sign-in for 'ed' from testclient" in caplog.text
    # flo's account is not ed's: she signs in from the same desk
    r = c.post("/login", data={"username": "flo", "password": PASSWORD, "csrf": csrf(c.get("/login").text)},
               follow_redirects=False)
    assert r.status_code == 303


def test_every_page_carries_security_headers(seeded_sqlite):
    store, ids = seeded_sqlite
    c = signed_in(store)
    for path in ("/login", "/", f"/drafts/{ids['china-ai-rally']}", "/no-such-page", "/static/review.css"):
        h = c.get(path).headers
        csp = h["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp, path
        assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff", path
        assert h["referrer-policy"] == "same-origin", path
        assert "strict-transport-security" not in h


def test_secure_cookies_are_sent_only_over_https(seeded_sqlite):
    from fastapi.testclient import TestClient

    from evals import check
    from review.app import create_app

    store, _ = seeded_sqlite
    c = TestClient(create_app(store, check, "test-secret-0123456789abcdef0123456789", secure_cookies=True),
                   base_url="https://127.0.0.1")
    r = c.get("/login")
    assert "secure" in r.headers["set-cookie"].lower() and "samesite=strict" in r.headers["set-cookie"].lower()
    assert r.headers["strict-transport-security"].startswith("max-age=")


def test_unknown_pages_and_oversized_bodies_get_the_apps_page_not_json(seeded_sqlite):
    store, ids = seeded_sqlite
    c = signed_in(store)
    r = c.get("/no/such/page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "no such page" in r.text
    assert 'id="error"' in r.text
    page = c.get(f"/drafts/{ids['china-ai-rally']}").text
    r = c.post(f"/drafts/{ids['china-ai-rally']}/edit", data={"csrf": csrf(page), "base_version": "1",
                                                              "text": "x" * 3_000_000})
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html") and "too large" in r.text
    assert r.headers["x-frame-options"] == "DENY"
    assert store.current_draft("china-ai-rally", __import__("datetime").date(2025, 11, 28)).version == 1
