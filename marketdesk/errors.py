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
