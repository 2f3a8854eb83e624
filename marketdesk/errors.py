"""Error families. Every message is one line: what happened, to what, what to do.

The CLI maps families to exit codes: an `InputError` (a file or flag it could not
use) exits 2; anything else under `MarketdeskError` exits 2 too, with its message,
never a traceback.
"""

from __future__ import annotations


class MarketdeskError(Exception):
    """Root of marketdesk's own errors; `str(err)` is one line a user can act on."""


class InputError(MarketdeskError):
    """A file or argument could not be used as given (exit 2)."""

    def __init__(self, path: str | None, problem: str, hint: str = "") -> None:
        where = f"{path}: " if path else ""
        tail = f"; {hint}" if hint else ""
        super().__init__(f"{where}{problem}{tail}")
        self.path = path
        self.problem = problem


class EvidenceError(InputError):
    """The evidence bundle is not valid JSON or breaks the contract's schema."""


class DraftError(InputError):
    """The draft could not be read: missing, not UTF-8, or empty."""


class BriefError(InputError):
    """The brief is not valid YAML or breaks the brief schema; the message names the field."""


class ProviderError(MarketdeskError):
    """A data provider could not supply a series: which provider, which series, what to do."""

    retryable = False

    def __init__(self, provider: str, series: str, problem: str, hint: str) -> None:
        super().__init__(f"{provider}:{series}: {problem}; {hint}")
        self.provider = provider
        self.series = series
        self.problem = problem
        self.hint = hint


class SeriesNotFound(ProviderError):
    """The provider answered that the series or ticker does not exist (404, no data)."""


class ProviderUnavailable(ProviderError):
    """Rate limited (429), a server error (5xx) or a timeout: worth retrying later."""

    retryable = True

    def __init__(self, provider: str, series: str, problem: str, hint: str,
                 retry_after: float | None = None) -> None:
        super().__init__(provider, series, problem, hint)
        self.retry_after = retry_after


class ProviderUnreachable(ProviderUnavailable):
    """No route to the provider at all (DNS failure, connection refused): no network here."""


class MalformedPayload(ProviderError):
    """The provider answered, but not in the shape it documents (bad JSON, missing keys)."""

    retryable = True


class ModelError(MarketdeskError):
    """The language model could not be used: which endpoint, what happened, what to do."""


class ModelUnavailable(ModelError):
    """Rate limited, server errors or timeouts that outlasted the retries."""


class ModelRefused(ModelError):
    """The endpoint refused the request (bad key, unknown model, bad request): retrying will not help."""


class ModelContextOverflow(ModelRefused):
    """The prompt does not fit the model's context window: a shorter brief or a larger model."""


class ModelOutputError(ModelError):
    """The model kept answering in a shape we cannot use (no article, broken replies)."""
