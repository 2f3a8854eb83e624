"""The command line: one parser, each command a thin wrapper over a stage.

Results go to stdout, errors to stderr as one line ``marketdesk: <message>``.
Exit 0 done and clean; 1 errors found; 2 could not run. Commands import their
stage lazily so ``marketdesk eval`` never loads what it does not use.

argparse rather than click: ``marketdesk eval`` runs on every save and over
hundreds of files in CI, and click's import alone costs ~30 ms of a 300 ms budget
(measured with ``python -X importtime``); argparse costs ~3 ms.
"""

from __future__ import annotations

import argparse
import sys

from marketdesk import __version__
from marketdesk.errors import InputError, MarketdeskError

FORMATS = ("text", "json", "sarif")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other input error
        self.exit(2, f"marketdesk: {message} (see `{self.prog} --help`)\n")


def eval_cmd(args: argparse.Namespace) -> int:
    from evals.checker import check_files
    from evals.render import render

    findings = check_files(args.draft, args.evidence)
    sys.stdout.write(render(findings, args.format, args.draft) + "\n")
    return 1 if findings.summary.errors else 0


def rules_cmd(args: argparse.Namespace) -> int:
    from evals.registry import all_rules

    for r in all_rules():
        first = (r.__doc__ or "").strip().splitlines()[0]
        print(f"{r.code}  {r.kind:<20} {r.severity:<8} {first}")
    return 0


def facts_cmd(args: argparse.Namespace) -> int:
    from rich.console import Console

    from marketdesk.brief import load_brief
    from marketdesk.config import Settings
    from marketdesk.files import write_atomic
    from tools.bundle import FactsGatherer
    from tools.desk import build_data_desk
    from tools.report import print_summary, progress_display

    brief = load_brief(args.brief)
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)
    desk = build_data_desk(Settings.from_env())
    with progress_display(console) as progress:
        run = FactsGatherer(desk).gather(brief, offline=args.offline, progress=progress)
    text = run.bundle.model_dump_json(indent=2, exclude_none=True) + "\n"
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if args.format == "json":
        console.print_json(run.model_dump_json(exclude={"bundle"}))
    else:
        print_summary(run, console)
    if args.output:
        console.print(f"wrote {args.output}", highlight=False)
    if args.chart:
        from tools.chart import brief_chart

        brief_chart(run.performance, brief, run.demo, args.chart)
        console.print(f"wrote {args.chart}", highlight=False)
    return 1 if run.missing_required else 0


def draft_cmd(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rich.console import Console

    from agent.draft import draft_brief, save_draft, writers_from
    from marketdesk.brief import load_brief
    from marketdesk.config import Settings
    from tools.desk import build_data_desk
    from tools.report import progress_display

    brief = load_brief(args.brief)
    settings = Settings.from_env()
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)
    writers = writers_from(settings, no_model=args.no_model)
    out_dir = Path(args.output or Path("drafts") / f"{brief.id}-{brief.as_of}")
    with progress_display(console) as progress:
        draft, facts = draft_brief(brief, build_data_desk(settings), writers, offline=args.offline, progress=progress)
        paths = save_draft(draft, facts, out_dir, brief)
    rec = draft.record
    for kind, path in paths.items():
        print(f"{kind:9} {path}")
    writer = f"model {rec.model}" if rec.writer == "model" else "deterministic writer"
    if rec.verdict == "clean":
        verdict = "clean"
    elif rec.verdict == "failing":
        more = rec.reasons[1:] if rec.errors else rec.reasons  # the first reason is the error count
        verdict = f"{rec.errors} errors, flagged as failing" + (f" ({'; '.join(more)})" if more else "")
    else:
        verdict = f"incomplete ({'; '.join(rec.reasons)})"
    demo = "; DEMO DATA" if rec.demo else ""
    print(f"{brief.id}: {verdict} ({rec.figures} figures, {writer}{demo}, {rec.wall_ms / 1000:.1f} s)")
    return 0 if rec.verdict == "clean" else 1


def pipeline_run_cmd(args: argparse.Namespace) -> int:
    import dataclasses
    import logging
    import threading

    from rich.console import Console

    from agent.draft import writers_from
    from marketdesk.config import Settings
    from pipeline.limits import ModelGate
    from pipeline.report import print_report, progress_for
    from pipeline.run import run_pipeline
    from pipeline.spec import brief_files, load_briefs, load_spec
    from storage.drafts import DraftStore
    from tools.desk import build_data_desk

    spec, base = load_spec(args.nightly)
    if args.concurrency is not None and not 1 <= args.concurrency <= 256:
        raise InputError(None, f"--concurrency {args.concurrency}: use 1 to 256", "e.g. --concurrency 8")
    concurrency = args.concurrency or spec.concurrency
    settings = Settings.from_env()
    from pathlib import Path

    given = Path(args.nightly)
    single = given.is_dir() or any(Path(b) == given.resolve() for b in spec.briefs)  # a folder or one brief
    files, missing = brief_files(spec, base, None if single else given)
    briefs, invalid = load_briefs(files)
    invalid = missing + invalid  # a missing or bad brief fails alone; the others are drafted
    store = DraftStore.from_settings(settings, check=True)
    data = dataclasses.replace(build_data_desk(settings), slots=threading.Semaphore(spec.data_concurrency))
    writers = writers_from(settings, no_model=args.no_model, gate=ModelGate(spec.model_concurrency or concurrency),
                           max_revisions=spec.max_revisions)
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)
    if not console.is_terminal:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    with progress_for(console, len(briefs) + len(invalid)) as progress:
        if args.workers == "celery":
            from pipeline.run import run_distributed

            report = run_distributed(briefs, store, settings, spec=str(args.nightly),
                                     offline=args.offline or spec.offline, invalid=invalid, progress=progress,
                                     timeout=args.timeout,
                                     options={"no_model": args.no_model, "max_revisions": spec.max_revisions})
        else:
            report = run_pipeline(briefs, store, data, writers, spec=str(args.nightly), concurrency=concurrency,
                                  offline=args.offline or spec.offline, invalid=invalid, progress=progress,
                                  held_wait=args.wait_held)
    if args.json:
        from marketdesk.files import write_atomic

        write_atomic(args.json, report.model_dump_json(indent=2) + "\n")
    if args.format == "json":
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        print_report(report, console)
    # Exit 1 when the night is not done: a brief failed, another live worker still holds one,
    # or the database could not take the report.
    return 1 if report.counts["failed"] or report.counts["held"] or not report.stored else 0


def _review_store(check: bool = False):
    from marketdesk.config import Settings
    from storage.drafts import DraftStore

    settings = Settings.from_env()
    return settings, DraftStore.from_settings(settings, check=check)


def review_secret(data_dir) -> str:
    """MARKETDESK_SECRET_KEY, or a random key kept (0600) in the data folder: sessions survive restarts."""
    import os
    import secrets
    from pathlib import Path

    key = os.environ.get("MARKETDESK_SECRET_KEY")
    if key is not None:
        if len(key) < 32:
            raise InputError(None, "MARKETDESK_SECRET_KEY is under 32 characters",
                             "use e.g. `python3 -c 'import secrets; print(secrets.token_urlsafe(48))'`")
        return key
    path = Path(data_dir) / "review-secret"
    if not path.exists() or len(path.read_text().strip()) < 32:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".review-secret.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
        os.replace(tmp, path)  # whole or not at all: never an empty key
    return path.read_text().strip()


def review_serve_cmd(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    from evals import check
    from review.app import create_app

    settings, store = _review_store(check=True)
    app = create_app(store, check, review_secret(settings.data_dir), secure_cookies=args.secure_cookies)
    scheme = "https (through your proxy)" if args.secure_cookies else "http"
    print(f"marketdesk review on http://{args.host}:{args.port}/ (Ctrl-C stops it); cookies for {scheme}",
          file=sys.stderr)
    # Failed sign-ins are logged (marketdesk.review) to standard error, for fail2ban or a log watcher.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def review_adduser_cmd(args: argparse.Namespace) -> int:
    import getpass

    from review.accounts import add_user

    _, store = _review_store()
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.username}: ")
        if password != getpass.getpass("again: "):
            raise InputError(None, "the passwords differ", "type the same password twice")
    add_user(store, args.username, password)
    print(f"user {args.username} created", file=sys.stderr)
    return 0


def evals_run_cmd(args: argparse.Namespace) -> int:
    from agent.draft import writers_from
    from evals.harness.report import to_html, to_json
    from evals.harness.run import run_suite, store_run
    from evals.harness.suite import load_suite
    from marketdesk.files import write_atomic

    suite, base = load_suite(args.suite)
    settings, store = _review_store()
    if args.model:
        settings = settings.model_copy(update={"model": args.model})
    writers = writers_from(settings, no_model=args.no_model)
    from tools.desk import build_data_desk

    def line(row, done, total):
        print(f"[{done}/{total}] {row.brief}: {row.verdict}, {row.errors} errors, grounding {row.grounding_rate:.3f}",
              file=sys.stderr)

    run = run_suite(suite, base, build_data_desk(settings), writers, offline=args.offline, style=args.style,
                    progress=line)
    run.id = store_run(store, run)
    if args.html:
        write_atomic(args.html, to_html(run))
    if args.json:
        write_atomic(args.json, to_json(run))
    t = run.totals
    print(f"eval run {run.id}: {suite.name}, {run.writer}: {t.drafts} drafts, {t.clean} clean, {t.failed} failed, "
          f"grounding {t.grounding_rate:.3f}, errors {t.errors}, required {t.required_covered}/{t.required}, "
          f"sections {t.sections_in_order:.2f}; prose: frame used at most {t.max_frame_repeats}x, "
          f"{t.facts_repeated} facts stated twice, {t.filler_sentences} filler sentences, "
          f"top angles covered {t.angles_covered_rate:.2f}, sentences in a frame another draft uses "
          f"{t.shared_frames_rate:.2f}")
    c = run.checker
    if c is not None:
        if c.cases:
            print(f"checker on {c.cases} labelled cases ({', '.join(c.sets)}): precision {c.precision:.3f}, "
                  f"recall {c.recall:.3f}")
        for missing in c.left_out:
            print(f"checker: labelled set {missing} not found here, left out of the score", file=sys.stderr)
    return 0


def evals_compare_cmd(args: argparse.Namespace) -> int:
    from evals.harness.report import to_html, to_json
    from evals.harness.run import compare, load_run
    from evals.harness.suite import load_suite
    from marketdesk.files import write_atomic

    _, store = _review_store()
    a, b = load_run(store, args.run_a), load_run(store, args.run_b)
    thresholds = load_suite(args.suite)[0].thresholds if args.suite else None
    changes = compare(a, b, thresholds)
    width = max(len(c.metric) for c in changes)
    print(f"{'metric':<{width}}  {'run ' + str(a.id):>10}  {'run ' + str(b.id):>10}  allowed  ")
    for c in changes:
        allowed = "" if c.threshold is None else f"{c.threshold:g}"
        print(f"{c.metric:<{width}}  {c.a:>10g}  {c.b:>10g}  {allowed:>7}  {'REGRESSION' if c.regression else ''}")
    if args.html:
        write_atomic(args.html, to_html(a, b, changes))
    if args.json:
        write_atomic(args.json, to_json(a, b, changes))
    bad = [c.metric for c in changes if c.regression]
    if bad:
        print(f"regression: {', '.join(bad)} worse in run {b.id} than in run {a.id}", file=sys.stderr)
        return 1
    return 0


def worker_cmd(args: argparse.Namespace) -> int:
    if not 1 <= args.concurrency <= 256:
        raise InputError(None, f"--concurrency {args.concurrency}: use 1 to 256", "e.g. --concurrency 8")
    from marketdesk.config import Settings
    from pipeline.distributed import run_worker

    run_worker(Settings.from_env(), args.concurrency, args.loglevel)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="marketdesk", description="Grounded market commentary, and a checker for every figure.")
    parser.add_argument("--version", action="version", version=f"marketdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser(
        "eval", help="check a draft against an evidence bundle",
        description="Check DRAFT against an evidence bundle. Exit 0: no errors; 1: at least one "
        "error finding; 2: the input could not be read.",
        epilog="examples:\n  marketdesk eval examples/china-ai-rally/draft.md --evidence examples/china-ai-rally/evidence.json\n"
        "  marketdesk eval draft.md -e evidence.json --format sarif > findings.sarif",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("draft", help="the draft (Markdown or plain text, UTF-8)")
    p.add_argument("-e", "--evidence", required=True, help="the evidence bundle (JSON, see specs/evidence-and-findings.md)")
    p.add_argument("--format", choices=FORMATS, default="text", help="text (FILE:LINE:COL: CODE message), json or sarif")
    p.set_defaults(func=eval_cmd)

    p = sub.add_parser(
        "facts", help="gather the facts a brief needs into an evidence bundle",
        description="Fetch the equity and macro facts BRIEF asks for (yfinance, DBnomics, World Bank), "
        "reusing the local cache, and write an evidence bundle. A summary table on stderr says what was "
        "found, from where, and what is missing. Exit 0: every required figure found; 1: some required "
        "figure missing; 2: the brief could not be read.",
        epilog="examples:\n  marketdesk facts briefs/china-ai-rally.yaml --offline -o evidence.json --chart moves.png\n"
        "  marketdesk facts briefs/us-market-wrap.yaml > evidence.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("brief", help="the brief (YAML, see briefs/)")
    p.add_argument("-o", "--output", help="write the bundle here (default: stdout)")
    p.add_argument("--offline", action="store_true",
                   help="no network: the local cache, then the bundled DEMO data set")
    p.add_argument("--format", choices=("text", "json"), default="text", help="the summary on stderr")
    p.add_argument("--chart", metavar="PNG", help="also draw the equities' price moves (rebased to 100) here")
    p.set_defaults(func=facts_cmd)

    p = sub.add_parser(
        "draft", help="write a grounded draft for a brief (Markdown, HTML, chart, evidence, findings)",
        description="Gather the brief's facts, write the article in its house style (a model when "
        "OPENAI_API_KEY or OPENAI_BASE_URL is set, else the deterministic writer), render every figure from "
        "its fact, check it, and write the files. Exit 0: the draft is clean; 1: it still has errors after "
        "the revision rounds (written and flagged failing); 2: the brief could not be read.",
        epilog="examples:\n  marketdesk draft briefs/china-ai-rally.yaml --offline\n"
        "  OPENAI_BASE_URL=http://127.0.0.1:8000/v1 MARKETDESK_MODEL=qwen2.5 marketdesk draft briefs/us-market-wrap.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("brief", help="the brief (YAML, see briefs/)")
    p.add_argument("-o", "--output", metavar="DIR", help="folder for the files (default: drafts/<brief>-<as_of>/)")
    p.add_argument("--offline", action="store_true", help="no network for data: the cache, then DEMO data")
    p.add_argument("--no-model", action="store_true", help="use the deterministic writer even if a model is set")
    p.set_defaults(func=draft_cmd)

    pipe = sub.add_parser("pipeline", help="the nightly pipeline: run many briefs into the database")
    pipe_sub = pipe.add_subparsers(dest="pipeline_command", required=True, parser_class=_Parser, metavar="COMMAND")
    p = pipe_sub.add_parser(
        "run", help="draft every brief of a nightly file (or a folder of briefs) into the database",
        description="Draft every brief, concurrently, into the database (MARKETDESK_DATABASE_URL, default "
        "SQLite in the data folder). Idempotent by (brief, as_of): a rerun skips what is done and finishes "
        "what a crash left. Exit 0: no brief failed (clean or flagged); 1: some failed; 2: bad input.",
        epilog="examples:\n  marketdesk pipeline run nightly.yaml\n  marketdesk pipeline run briefs/ --offline --json report.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("nightly", help="NIGHTLY.yaml (briefs: [...], concurrency: N ...), a folder of briefs, or a brief")
    p.add_argument("--concurrency", type=int, help="briefs in flight (overrides the nightly file)")
    p.add_argument("--offline", action="store_true", help="no network for data: the cache, then DEMO data")
    p.add_argument("--no-model", action="store_true", help="the deterministic writer even if a model is set")
    p.add_argument("--json", metavar="FILE", help="also write the report as JSON here")
    p.add_argument("--format", choices=("text", "json"), default="text", help="the report on stdout")
    p.add_argument("--workers", choices=("local", "celery"), default="local",
                   help="local: this process (default); celery: enqueue on MARKETDESK_BROKER_URL for `marketdesk worker`s")
    p.add_argument("--timeout", type=float, default=6 * 3600, help="with --workers celery: seconds to wait for the night")
    p.add_argument("--wait-held", type=float, default=600.0, metavar="SECONDS",
                   help="wait this long for briefs another live run is drafting (default 600); still held: exit 1")
    p.set_defaults(func=pipeline_run_cmd)

    p = sub.add_parser("worker", help="a pipeline worker: drafts briefs from the Celery queue (Redis broker)",
                       description="Take briefs from the queue on MARKETDESK_BROKER_URL and draft them into "
                       "MARKETDESK_DATABASE_URL, like `pipeline run` does locally. Run one per machine or more.")
    p.add_argument("--concurrency", type=int, default=8, help="briefs in flight in this worker (threads)")
    p.add_argument("--loglevel", default="INFO")
    p.set_defaults(func=worker_cmd)

    rev = sub.add_parser("review", help="the editor review queue (a web app) and its accounts")
    rev_sub = rev.add_subparsers(dest="review_command", required=True, parser_class=_Parser, metavar="COMMAND")
    p = rev_sub.add_parser("serve", help="start the review web app (127.0.0.1 by default)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--secure-cookies", action="store_true",
                   help="send the session cookie only over HTTPS (and HSTS): use it behind an HTTPS proxy")
    p.set_defaults(func=review_serve_cmd)
    p = rev_sub.add_parser("adduser", help="create an editor account")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=review_adduser_cmd)

    ev = sub.add_parser("evals", help="measure the writer on a suite of briefs; compare runs")
    ev_sub = ev.add_subparsers(dest="evals_command", required=True, parser_class=_Parser, metavar="COMMAND")
    p = ev_sub.add_parser("run", help="draft every brief of a suite and store the measurements as a run",
                          epilog="example:\n  marketdesk evals run evals/suites/standard.yaml --offline --html report.html",
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("suite", help="SUITE.yaml (see evals/suites/standard.yaml)")
    p.add_argument("--model", help="the model name (with OPENAI_API_KEY or OPENAI_BASE_URL set)")
    p.add_argument("--style", help="draft every brief in this house style")
    p.add_argument("--offline", action="store_true", help="no network for data: the cache, then DEMO data")
    p.add_argument("--no-model", action="store_true", help="the deterministic writer even if a model is set")
    p.add_argument("--html", metavar="FILE", help="write the report as a self-contained HTML page")
    p.add_argument("--json", metavar="FILE", help="write the report as JSON")
    p.set_defaults(func=evals_run_cmd)
    p = ev_sub.add_parser("compare", help="compare two runs; exit 1 when a gated metric worsens past its threshold")
    p.add_argument("run_a", type=int, help="the baseline run id")
    p.add_argument("run_b", type=int, help="the candidate run id")
    p.add_argument("--suite", help="take the thresholds from this suite file (default: the ones stored with run B)")
    p.add_argument("--html", metavar="FILE")
    p.add_argument("--json", metavar="FILE")
    p.set_defaults(func=evals_compare_cmd)

    p = sub.add_parser("rules", help="list the checker's rule codes")
    p.set_defaults(func=rules_cmd)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except MarketdeskError as err:
        print(f"marketdesk: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("marketdesk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
