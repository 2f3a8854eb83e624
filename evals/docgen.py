"""Write evals/docs/<CODE>.md from each rule's docstring: `python -m evals.docgen`.

A test checks that the pages in the repository match, so a rule's docs cannot drift
from its code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.registry import all_rules

DOCS = Path(__file__).parent / "docs"


def page(rule) -> str:
    doc = (rule.__doc__ or "").strip().splitlines()
    title, body = doc[0], [line[4:] if line.startswith("    ") else line for line in doc[1:]]
    return (
        f"# {rule.code} {rule.kind}\n\n{title}\n\n"
        f"- severity: {rule.severity}\n- family: {rule.family}\n- status: {rule.status}\n\n"
        + "\n".join(body).strip() + "\n"
    )


def pages() -> dict[str, str]:
    return {f"{r.code}.md": page(r) for r in all_rules()}


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    for name, text in pages().items():
        (DOCS / name).write_text(text, "utf-8")
        print(DOCS / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
