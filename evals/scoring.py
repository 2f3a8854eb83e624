"""Score the checker on labelled cases: precision and recall per kind.

A case is a folder with draft.md, evidence.json and expected.json (see
shared/evals/examples/README.md). A reported finding matches an expected one
when the kind is the same and the spans overlap (whole-draft findings: same kind
and metric). A finding on a ``must_not_flag`` span is a false alarm.

    python -m evals.scoring tests/evals/cases tests/evals/real/dev   # any folders of cases
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evals.checker import check_files
from marketdesk.models import Finding


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class CaseResult:
    name: str
    missed: list[dict] = field(default_factory=list)
    false_alarms: list[Finding] = field(default_factory=list)  # on must_not_flag spans
    unexpected: list[Finding] = field(default_factory=list)  # matched nothing expected
    matched: int = 0
    error_hits: int = 0  # error-severity findings that match an expected finding
    error_misses: int = 0  # error-severity findings that match none
    warnings: int = 0
    touched: int = 0  # expected findings some reported finding points at, of whatever kind
    # findings of another kind than the labelled error whose span they overlap: (labelled kind, reported kind)
    confused: list[tuple[str, str]] = field(default_factory=list)
    astray: list[Finding] = field(default_factory=list)  # wrong findings on no labelled error

    @property
    def elsewhere(self) -> int:
        return len(self.confused)

    @property
    def passed(self) -> bool:
        return not (self.missed or self.false_alarms or self.unexpected)


def _overlap(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def score_case(folder: Path, by_kind: dict[str, KindScore]) -> CaseResult:
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    got = check_files(str(folder / "draft.md"), str(folder / "evidence.json")).findings
    res = CaseResult(folder.name)
    used: set[int] = set()
    for g in got:
        hit = None
        for i, e in enumerate(expected["findings"]):
            if e["kind"] != g.kind:
                continue
            if e.get("start") is None:
                if g.start is None and e.get("metric") == g.metric:
                    hit = i
            elif g.start is not None and _overlap(g.start, g.end, e["start"], e["end"]):
                hit = i
            if hit is not None:
                break
        score = by_kind.setdefault(g.kind, KindScore())
        if g.severity == "error":
            res.error_hits += hit is not None
            res.error_misses += hit is None
        else:
            res.warnings += 1
        if hit is not None:
            if hit not in used:
                score.tp += 1
                res.matched += 1
            used.add(hit)
            continue
        score.fp += 1
        under = next((e for e in expected["findings"] if g.start is not None and e.get("start") is not None
                      and _overlap(g.start, g.end, e["start"], e["end"])), None)
        if under is not None:
            res.confused.append((under["kind"], g.kind))
        else:
            res.astray.append(g)
        if g.start is not None and any(_overlap(g.start, g.end, m["start"], m["end"]) for m in expected.get("must_not_flag", [])):
            res.false_alarms.append(g)
        else:
            res.unexpected.append(g)
    res.touched = sum(1 for i, e in enumerate(expected["findings"]) if i in used or (e.get("start") is not None and any(
        g.start is not None and _overlap(g.start, g.end, e["start"], e["end"]) for g in got)))
    for i, e in enumerate(expected["findings"]):
        if i not in used:
            by_kind.setdefault(e["kind"], KindScore()).fn += 1
            res.missed.append(e)
    return res


def case_folders(*roots: Path) -> list[Path]:
    out = []
    for root in roots:
        out.extend(sorted(p.parent for p in Path(root).glob("*/expected.json")))
    return out


def score(folders: list[Path]) -> tuple[dict[str, KindScore], list[CaseResult]]:
    by_kind: dict[str, KindScore] = {}
    results = [score_case(f, by_kind) for f in folders]
    return by_kind, results


def table(by_kind: dict[str, KindScore]) -> str:
    rows = [f"{'kind':<20} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
    total = KindScore()
    for kind in sorted(by_kind):
        s = by_kind[kind]
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        rows.append(f"{kind:<20} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} {s.recall:>7.3f}")
    rows.append(f"{'all kinds':<20} {total.tp:>4} {total.fp:>4} {total.fn:>4} {total.precision:>9.3f} {total.recall:>7.3f}")
    return "\n".join(rows)


def totals(by_kind: dict[str, KindScore]) -> KindScore:
    t = KindScore()
    for s in by_kind.values():
        t.tp, t.fp, t.fn = t.tp + s.tp, t.fp + s.fp, t.fn + s.fn
    return t


def severity_lines(results: list[CaseResult]) -> str:
    """What an editor meets: how far the errors alone can be trusted, and per case whether a
    draft with nothing wrong is left alone and a draft with something wrong is stopped."""
    hits = sum(r.error_hits for r in results)
    misses = sum(r.error_misses for r in results)
    warnings = sum(r.warnings for r in results)
    honest = [r for r in results if not r.missed and not r.matched]  # no labelled finding in the case
    wrong = [r for r in results if r.missed or r.matched]
    p = hits / (hits + misses) if hits + misses else 1.0
    honest_ok = sum(1 for r in honest if not any(f.severity == "error" for f in r.false_alarms + r.unexpected))
    honest_clean = sum(1 for r in honest if not (r.false_alarms or r.unexpected))
    stopped = sum(1 for r in wrong if r.touched)  # a finding on one of its errors, of whatever kind
    # what an editor sent to a flagged place finds: a finding on a labelled error, though of another
    # kind ("ungrounded" where the label says "mismatched"), still points at something wrong
    found = sum(r.matched + r.elsewhere for r in results)
    every = sum(r.matched + len(r.false_alarms) + len(r.unexpected) for r in results)
    return (f"errors only: {hits} right, {misses} wrong, precision {p:.3f}; {warnings} warnings\n"
            f"cases with nothing wrong: {honest_ok}/{len(honest)} without an error, {honest_clean}/{len(honest)} "
            f"without any finding; cases with planted errors: {stopped}/{len(wrong)} flagged on one of them "
            f"(a finding of any kind on a planted error)\n"
            f"by place: {found} of {every} findings on a labelled error, whatever its kind "
            f"(precision by place {found / every if every else 1.0:.3f})")


def wrong_lines(results: list[CaseResult]) -> str:
    """Where the wrong findings sit: on a labelled error but named as another kind (which kinds for
    which), or on text where nothing is labelled (errors and warnings apart)."""
    pairs = Counter(pair for r in results for pair in r.confused)
    astray = [g for r in results for g in r.astray]
    errors = sum(1 for g in astray if g.severity == "error")
    elsewhere = sum(r.elsewhere for r in results)
    top = "; ".join(f"{a} -> {b} {n}" for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"wrong findings: {elsewhere + len(astray)} ({elsewhere} on a labelled error of another kind, {len(astray)} "
            f"where nothing is labelled: {errors} errors, {len(astray) - errors} warnings)\n"
            f"kind confusions, labelled -> reported: {top or 'none'}")


def main(argv: list[str]) -> int:
    folders = case_folders(*(Path(a) for a in argv or ["tests/evals/cases"]))
    by_kind, results = score(folders)
    for r in results:
        if not r.passed:
            print(f"{r.name}:")
            for e in r.missed:
                print(f"  missed     {e['kind']:<18} {e.get('text') or e.get('metric')!r}")
            for g in r.false_alarms:
                print(f"  false alarm{'' if g.severity == 'error' else ' (warning)'} {g.code} {g.kind:<18} {g.text!r}: {g.message}")
            for g in r.unexpected:
                print(f"  unexpected{'' if g.severity == 'error' else ' (warning)'} {g.code} {g.kind:<18} {g.text!r}: {g.message}")
    print(f"{len(folders)} cases, {sum(r.passed for r in results)} passed")
    print(table(by_kind))
    print(severity_lines(results))
    print(wrong_lines(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
