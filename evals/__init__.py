"""The draft checker: draft + evidence bundle -> findings.

Public API: ``check(draft_text, bundle) -> Findings`` and ``Checker(bundle)``.
"""

from __future__ import annotations

__all__ = ["check", "Checker", "check_files"]


def __getattr__(name: str):
    # Lazy: `import evals` stays cheap for tools that only want the registry.
    if name in __all__:
        from evals import check as _check

        return getattr(_check, name)
    raise AttributeError(name)
