"""The chat model: built from settings at the edge, called with retries, errors typed.

HTTP-level faults (429 honouring Retry-After, 5xx, timeouts, dropped connections)
are retried by the openai client itself (``max_retries``, exponential backoff: the
well-kept retry logic of the official SDK). A reply it cannot parse is retried
here with tenacity. What outlasts the retries becomes a one-line ``ModelError``.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from tenacity import (
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from marketdesk.config import Settings
from marketdesk.errors import ModelOutputError, ModelRefused, ModelUnavailable

log = logging.getLogger(__name__)
RATE_LIMIT_BUDGET = 600.0  # seconds a pipeline call may spend waiting out rate limits


class _Malformed(Exception):
    pass


def build_chat(settings: Settings, max_retries: int = 4, timeout: float = 120.0, http_client: Any = None) -> Any:
    from langchain_openai import ChatOpenAI

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
            raise ModelUnavailable(f"model at {where}: {what} after retries; "
                                   "try again later or point OPENAI_BASE_URL elsewhere") from err
        except (openai.AuthenticationError, openai.PermissionDeniedError, openai.NotFoundError,
                openai.BadRequestError) as err:
            raise ModelRefused(f"model at {where}: refused ({type(err).__name__}: "
                               f"{str(err)[:160]}); check OPENAI_API_KEY and MARKETDESK_MODEL") from err
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
