"""The command line: one click group, each command a thin wrapper over a stage.

Results go to stdout, errors to stderr as one line ``marketdesk: <message>``.
Exit 0 done and clean; 1 errors found; 2 could not run. Commands import their
stage lazily so ``marketdesk eval`` never loads what it does not use.
"""

from __future__ import annotations

import sys

import click

from marketdesk import __version__
from marketdesk.errors import MarketdeskError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marketdesk")
def cli() -> None:
    """marketdesk: grounded market commentary, and a checker for every figure."""


@cli.command("eval")
@click.argument("draft", type=click.Path(dir_okay=True))
@click.option("--evidence", "-e", required=True, type=click.Path(dir_okay=True), help="Evidence bundle (JSON).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
def eval_cmd(draft: str, evidence: str, fmt: str) -> None:
    """Check DRAFT against an evidence bundle.

    \b
    Exit 0: no errors; 1: at least one error finding; 2: the input could not be read.
    Examples:
      marketdesk eval examples/china-ai-rally/draft.md --evidence examples/china-ai-rally/evidence.json
      marketdesk eval draft.md -e evidence.json --format sarif > findings.sarif
    """
    from evals.checker import check_files
    from evals.render import render

    findings = check_files(draft, evidence)
    click.echo(render(findings, fmt, draft))
    sys.exit(1 if findings.summary.errors else 0)


@cli.command("rules")
def rules_cmd() -> None:
    """List the checker's rule codes."""
    from evals.registry import all_rules

    for r in all_rules():
        first = (r.__doc__ or "").strip().splitlines()[0]
        click.echo(f"{r.code}  {r.kind:<20} {r.severity:<8} {first}")


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="marketdesk", standalone_mode=False)
    except MarketdeskError as err:
        click.echo(f"marketdesk: {err}", err=True)
        return 2
    except click.exceptions.Abort:
        click.echo("marketdesk: aborted", err=True)
        return 130
    except click.ClickException as err:
        err.show()
        return 2
    except SystemExit as err:
        return int(err.code or 0) if not isinstance(err.code, str) else 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
