"""The chat model: built from settings at the edge, called with retries, errors typed.

HTTP-level faults (429 honouring Retry-After, 5xx, timeouts, dropped connections)
are retried by the openai client itself (``max_retries``, exponential backoff: the
well-kept retry logic of the official SDK). A reply it cannot parse is retried
here with tenacity. What outlasts the retries becomes a one-line ``ModelError``.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from typing import Any

from tenacity import (
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from marketdesk.config import Settings
from marketdesk.errors import ModelContextOverflow, ModelOutputError, ModelRefused, ModelUnavailable

log = logging.getLogger(__name__)
RATE_LIMIT_BUDGET = 600.0  # seconds a pipeline call may spend waiting out rate limits


class _Malformed(Exception):
    pass


_OVERFLOW = re.compile(r"context.{0,20}(?:length|window|size)|maximum context|too many tokens|exceeds? the (?:available )?context"
                       r"|n_ctx|prompt is too long", re.I)
_TOKENS = re.compile(r"(\d[\d,]*) tokens", re.I)


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


# A server that asks for a longer wait than this is not waited out: the run reports it.
LONG_WAIT = 10.0


def _announce_long_waits(response: Any) -> None:
    """An httpx response hook: a 429/503 with a long Retry-After is said on stderr, so a run
    that sits still for a minute says why (the openai client honours the header itself)."""
    if response.status_code in (429, 503):
        wait = retry_after(response.headers)
        if wait is not None and wait >= LONG_WAIT:
            print(f"marketdesk: model server at {response.request.url.host} asked to wait {wait:.0f} s "
                  f"(HTTP {response.status_code}, Retry-After); waiting", file=sys.stderr, flush=True)


def retry_after(headers: Any) -> float | None:
    for key, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(key)
        if raw:
            try:
                return float(raw) * scale
            except ValueError:
                return None
    return None


def build_chat(settings: Settings, max_retries: int = 4, timeout: float = 120.0, http_client: Any = None) -> Any:
    import httpx
    from langchain_openai import ChatOpenAI

    if http_client is None:
        http_client = httpx.Client(timeout=timeout)
    http_client.event_hooks.setdefault("response", []).append(_announce_long_waits)
    return ChatOpenAI(
        http_client=http_client,
        model=settings.model,
        # A local server (vLLM, Ollama, llama.cpp) takes any key; the client insists on one.
        api_key=settings.openai_api_key or "not-needed",
        base_url=settings.openai_base_url,
        temperature=0,
        max_retries=max_retries,
        timeout=timeout,
    )


def endpoint(chat: Any) -> str:
    return str(getattr(chat, "openai_api_base", None) or "https://api.openai.com/v1")


def invoke(runnable: Any, messages: list, chat: Any, attempts: int = 3, gate: Any = None) -> Any:
    """One model round trip (the openai client's own retries inside), typed errors out.
    ``gate`` (a pipeline's ModelGate) limits calls in flight and pauses them after a 429."""
    import openai

    where = f"{endpoint(chat)} ({getattr(chat, 'model_name', '?')})"

    def gated() -> Any:
        # In a pipeline, a 429 that outlasts the client's retries is not a failure: the gate
        # pauses every worker for the Retry-After, and the call waits its turn again, for up
        # to RATE_LIMIT_BUDGET seconds in all.
        deadline = time.monotonic() + RATE_LIMIT_BUDGET
        while True:
            try:
                with gate.turn():
                    return runnable.invoke(messages)
            except openai.RateLimitError:
                if time.monotonic() > deadline:
                    raise

    def once() -> Any:
        try:
            return runnable.invoke(messages) if gate is None else gated()
        except (openai.RateLimitError, openai.InternalServerError, openai.APITimeoutError,
                openai.APIConnectionError) as err:
            status = getattr(err, "status_code", None)
            what = f"HTTP {status}" if status else type(err).__name__
            wait = retry_after(err.response.headers) if getattr(err, "response", None) is not None else None
            if wait is not None and wait > LONG_WAIT:
                what += f"; the server asked to wait {wait:.0f} s (Retry-After)"
            raise ModelUnavailable(f"model at {where}: {what} after retries; "
                                   "try again later or point OPENAI_BASE_URL elsewhere") from err
        except openai.BadRequestError as err:
            text = str(err)
            if _OVERFLOW.search(text):
                counts = [int(x.replace(",", "")) for x in _TOKENS.findall(text)]
                size = f" (the request was {max(counts):,} tokens)" if counts else ""
                raise ModelContextOverflow(
                    f"model at {where}: the prompt does not fit the model's context window{size}; use a model "
                    "with a larger context, a smaller brief (fewer entities or metrics), or MARKETDESK_MAX_REVISIONS=0"
                ) from err
            raise ModelRefused(f"model at {where}: bad request (HTTP 400: {_one_line(text, 300)}); check "
                               "MARKETDESK_MODEL and that the server speaks the OpenAI chat API") from err
        except (openai.AuthenticationError, openai.PermissionDeniedError, openai.NotFoundError) as err:
            raise ModelRefused(f"model at {where}: refused ({type(err).__name__}: "
                               f"{_one_line(str(err), 300)}); check OPENAI_API_KEY and MARKETDESK_MODEL") from err
        except openai.APIStatusError as err:
            raise ModelUnavailable(f"model at {where}: HTTP {err.status_code}; try again later") from err
        except (openai.APIResponseValidationError, ValueError, KeyError, TypeError) as err:
            raise _Malformed(f"{type(err).__name__}: {str(err)[:160]}") from err

    try:
        return Retrying(retry=retry_if_exception_type(_Malformed), stop=stop_after_attempt(attempts),
                        wait=wait_exponential(multiplier=0.2, max=2), reraise=True)(once)
    except _Malformed as err:
        raise ModelOutputError(f"model at {where}: unreadable replies {attempts} times ({err}); "
                               "check that the endpoint speaks the OpenAI chat API") from err
