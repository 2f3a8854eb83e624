"""The one table of rule codes.

A published code never changes meaning and is never reused; a retired rule stays
here with ``status = "removed"``. Each rule's docstring is its documentation page
(``evals/docs/<CODE>.md``, written by ``python -m evals.docgen``).
"""

from __future__ import annotations

from typing import ClassVar

from marketdesk.models import Finding, Kind, Severity


class Rule:
    code: ClassVar[str]
    kind: ClassVar[Kind]
    severity: ClassVar[Severity] = "error"
    family: ClassVar[str]
    status: ClassVar[str] = "active"

    @classmethod
    def finding(cls, start: int | None, end: int | None, text: str | None, message: str,
                fact_ids: list[str] | None = None, metric: str | None = None,
                severity: Severity | None = None) -> Finding:
        return Finding(
            code=cls.code, kind=cls.kind, severity=severity or cls.severity, start=start, end=end,
            text=text, message=message, fact_ids=fact_ids or [], metric=metric,
        )


RULES: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    if cls.code in RULES:
        raise ValueError(f"rule code {cls.code} is taken by {RULES[cls.code].__name__}")
    RULES[cls.code] = cls
    return cls


def all_rules() -> list[type[Rule]]:
    import evals.rules.grounding  # noqa: F401  (registers G-codes)
    import evals.rules.missing  # noqa: F401  (registers M-codes)
    import evals.rules.scope  # noqa: F401  (registers S-codes)

    return [RULES[c] for c in sorted(RULES)]
