"""What keeps the review app up and safe to leave on: a sign-in limiter, security headers,
and a cap on request bodies.

Each argon2 hash takes ~64 MiB and a core for a moment: 40 sign-ins at once took the
server from 91 MB to 2.6 GB and other editors' pages to 726 ms. So failures are counted
per account and per client address (in bounded tables), a locked-out attempt is refused
before any hashing, and at most ``hashes`` passwords are hashed at once; the rest wait
briefly on the event loop (not in the thread pool the pages need), then get a 429.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable

log = logging.getLogger("marketdesk.review")


class TooManyAttempts(Exception):
    """Sign-in refused without checking the password; ``retry_after`` seconds until it may work."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class _Window:
    """Failure times per key over the last ``window`` seconds; at most ``keys`` keys (least
    recently failed dropped first), at most ``limit`` times each: memory is bounded whatever
    an attacker sends."""

    def __init__(self, limit: int, window: float, keys: int) -> None:
        self.limit, self.window, self.keys = limit, window, keys
        self._times: OrderedDict[str, deque[float]] = OrderedDict()

    def blocked_for(self, key: str, now: float) -> float:
        times = self._times.get(key)
        if not times:
            return 0.0
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.limit:
            return 0.0
        return times[0] + self.window - now

    def fail(self, key: str, now: float) -> None:
        times = self._times.pop(key, None) or deque(maxlen=self.limit)
        times.append(now)
        self._times[key] = times
        while len(self._times) > self.keys:
            self._times.popitem(last=False)

    def clear(self, key: str) -> None:
        self._times.pop(key, None)


class SignInLimiter:
    """``await limiter.attempt(name, address, check)``: True/False from ``check`` (the password
    hash, run in a thread), or TooManyAttempts. Failures lock an account after ``per_account``
    in ``window`` seconds and an address after ``per_address``; a success clears the account."""

    def __init__(self, per_account: int = 5, per_address: int = 20, window: float = 300.0, hashes: int = 2,
                 wait: float = 5.0, keys: int = 10_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.accounts = _Window(per_account, window, keys)
        self.addresses = _Window(per_address, window, keys)
        self.hashes, self.wait, self.clock = hashes, wait, clock
        self._slots: asyncio.Semaphore | None = None

    async def attempt(self, name: str, address: str, check: Callable[[], Awaitable[bool]]) -> bool:
        now = self.clock()
        wait = max(self.accounts.blocked_for(name.lower(), now), self.addresses.blocked_for(address, now))
        if wait > 0:
            log.warning("sign-in refused (too many failures) for %r from %s", name, address)
            raise TooManyAttempts("too many failed sign-ins: wait a few minutes and try again", int(wait) + 1)
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.hashes)
        try:
            await asyncio.wait_for(self._slots.acquire(), self.wait)
        except TimeoutError:
            log.warning("sign-in refused (server busy) for %r from %s", name, address)
            raise TooManyAttempts("too many sign-ins at once: try again in a moment", 2) from None
        try:
            ok = await check()
        finally:
            self._slots.release()
        if ok:
            self.accounts.clear(name.lower())
        else:
            now = self.clock()
            self.accounts.fail(name.lower(), now)
            self.addresses.fail(address, now)
            log.warning("failed sign-in for %r from %s", name, address)
        return ok


def security_headers(secure: bool) -> list[tuple[bytes, bytes]]:
    # Scripts and styles only from our own /static files: an injected <script> or style
    # attribute does nothing even if escaping were ever missed.
    csp = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
           "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    headers = [(b"content-security-policy", csp.encode()), (b"x-frame-options", b"DENY"),
               (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
               (b"cross-origin-opener-policy", b"same-origin")]
    if secure:
        headers.append((b"strict-transport-security", b"max-age=31536000"))
    return headers


class Guard:
    """ASGI middleware: security headers on every response; a body over ``max_body`` bytes is
    refused with 413 and ``too_large`` (the app's own page) before the route reads it."""

    def __init__(self, app, secure: bool, max_body: int, too_large: Callable[[], bytes]) -> None:
        self.app, self.headers, self.max_body, self.too_large = app, security_headers(secure), max_body, too_large

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in self.headers if h[0] not in names]
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await self._refuse(send_with_headers)
        received = 0

        async def counted_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:  # a chunked body with no length
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except _TooLarge:
            await self._refuse(send_with_headers)

    async def _refuse(self, send) -> None:
        body = self.too_large()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"text/html; charset=utf-8"),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass
