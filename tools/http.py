"""One JSON GET for every HTTP provider: httpx for the call, tenacity for the retries.

Provider faults become typed errors (``marketdesk.errors``): 404 -> SeriesNotFound
(not retried: asking again will not create the series), 429/5xx/timeouts ->
ProviderUnavailable (retried with backoff, honouring Retry-After), a body that is
not JSON -> MalformedPayload (retried once more: truncated replies are usually
transient). After the last attempt the typed error is raised, never swallowed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
from pydantic import BaseModel, Field
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    wait_random_exponential,
)

from marketdesk.errors import (
    MalformedPayload,
    ProviderError,
    ProviderUnavailable,
    ProviderUnreachable,
    SeriesNotFound,
)

log = logging.getLogger(__name__)


class RetryPolicy(BaseModel):
    attempts: int = Field(default=4, ge=1)
    wait_initial: float = Field(default=0.5, ge=0, description="seconds before the first retry")
    wait_max: float = Field(default=8.0, ge=0)
    retry_after_max: float = Field(default=30.0, ge=0, description="cap on a server's Retry-After")


def _retry_after(resp: httpx.Response) -> float | None:
    raw = resp.headers.get("Retry-After")
    try:
        return max(0.0, float(raw)) if raw is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def _message(resp: httpx.Response) -> str:
    try:
        body = resp.json()
        if isinstance(body, dict) and isinstance(body.get("message"), str):
            return body["message"][:200]
    except ValueError:
        pass
    return resp.reason_phrase or f"HTTP {resp.status_code}"


def _one_get(client: httpx.Client, provider: str, series: str, url: str, params: dict[str, Any] | None) -> Any:
    hint_retry = "the provider is busy or down; try again later, or run with --offline"
    try:
        resp = client.get(url, params=params)
    except httpx.TimeoutException as err:
        raise ProviderUnavailable(provider, series, f"timed out ({type(err).__name__})", hint_retry) from err
    except httpx.ConnectError as err:
        raise ProviderUnreachable(provider, series, f"cannot connect: {err}",
                                  "check the network, or run with --offline") from err
    except httpx.TransportError as err:
        raise ProviderUnavailable(provider, series, f"transport error: {err}", hint_retry) from err
    if resp.status_code == 429:
        raise ProviderUnavailable(provider, series, "rate limited (HTTP 429)", hint_retry,
                                  retry_after=_retry_after(resp))
    if resp.status_code >= 500:
        raise ProviderUnavailable(provider, series, f"server error (HTTP {resp.status_code})", hint_retry,
                                  retry_after=_retry_after(resp))
    if resp.status_code == 404:
        raise SeriesNotFound(provider, series, f"not found (HTTP 404: {_message(resp)})",
                             "fix its code in tools/catalogue.yaml or the brief")
    if resp.status_code >= 400:
        raise ProviderError(provider, series, f"request refused (HTTP {resp.status_code}: {_message(resp)})",
                            "fix the series code or parameters")
    try:
        return resp.json()
    except ValueError as err:
        raise MalformedPayload(provider, series, "reply is not JSON",
                               "the provider may be degraded; try again later") from err


def _wait(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    backoff = wait_random_exponential(multiplier=policy.wait_initial, max=policy.wait_max)

    def wait(state: RetryCallState) -> float:
        err = state.outcome.exception() if state.outcome else None
        after = getattr(err, "retry_after", None)
        if after is not None:
            return min(after, policy.retry_after_max)
        return backoff(state)

    return wait


def get_json(client: httpx.Client, provider: str, series: str, url: str,
             params: dict[str, Any] | None = None, policy: RetryPolicy | None = None) -> Any:
    """GET ``url`` and decode JSON, retrying what is retryable; raise a typed ProviderError."""
    policy = policy or RetryPolicy()

    def log_retry(state: RetryCallState) -> None:
        err = state.outcome.exception() if state.outcome else None
        log.warning("provider_retry %s (attempt %d): %s", series, state.attempt_number, err,
                    extra={"provider": provider, "series": series, "attempt": state.attempt_number})

    def stop(state: RetryCallState) -> bool:
        # No route at all (DNS failure, connection refused) is asked twice, not four times:
        # on a machine without network the run should fall back to the cache in a second.
        err = state.outcome.exception() if state.outcome else None
        limit = min(2, policy.attempts) if isinstance(err, ProviderUnreachable) else policy.attempts
        return state.attempt_number >= limit

    retrying = Retrying(
        retry=retry_if_exception(lambda e: isinstance(e, ProviderError) and e.retryable),
        stop=stop,
        wait=_wait(policy),
        before_sleep=log_retry,
        reraise=True,
    )
    return retrying(_one_get, client, provider, series, url, params)


def make_client(timeout: float, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """One pooled client shared by the threads of a run (httpx.Client is thread-safe)."""
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
    return httpx.Client(timeout=timeout, follow_redirects=True, limits=limits, transport=transport,
                        headers={"User-Agent": "marketdesk (+https://github.com/marketdesk)"})
