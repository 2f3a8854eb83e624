"""The draft checker: draft + evidence bundle -> findings.

Public API: ``check(draft_text, bundle) -> Findings``, ``Checker(bundle)`` to reuse
one bundle's index across drafts, and ``check_files(draft_path, evidence_path)``.
"""

from evals.checker import Checker, check, check_files

__all__ = ["check", "Checker", "check_files"]
