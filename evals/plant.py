"""Plausible lies planted in the deterministic writer's own drafts, one at a time: how many
does the checker flag?

    python3 -m evals.plant [--seed 27] [--per-draft 6] [--json results.json]

Each standard and example brief is drafted offline (DEMO DATA), then, one draft at a time,
a single lie of one of five kinds is written into it, the way a model that lies plausibly
would: a figure 10-30% off; another entity's figure in the same unit; a direction word
flipped ("rose" for "fell", "ahead of" for "behind"); a period swapped ("this year" for "in
November", "on November 28" for "on November 27"); the same entity's value of another
measure in the same unit (a trailing P/E said as the forward one, CPI's reading as GDP's). A lie counts as flagged when the checker
reports anything the honest draft did not have (an error or a warning: either keeps the
draft from being clean). The honest drafts are clean, so every finding is the lie's.

This measures the checker on the wording it actually sees in production, the writer's.
It is not a measure on unseen prose: that is ``python3 -m evals.scoring`` on the blind sets.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[1]
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FLIP = {"rose": "fell", "fell": "rose", "gained": "lost", "lost": "gained", "climbed": "slipped",
         "slipped": "climbed", "added": "shed", "up": "down", "down": "up", "rise": "fall", "fall": "rise",
         "higher": "lower", "lower": "higher", "picked up": "eased", "eased": "picked up", "cut": "raised",
         "raised": "cut", "grew": "shrank", "gaining": "losing", "losing": "gaining", "ahead of": "behind",
         "behind": "ahead of"}
_FLIP_RE = re.compile(r"\b(" + "|".join(map(re.escape, _FLIP)) + r")\b")
_PERIOD_SWAPS = (("so far this year", "last month"), ("this year", "in November"), ("in October", "in September"),
                 ("last year", "in 2023"), ("on November 28", "on November 27"))
KINDS = ("value off 10-30%", "another entity's figure", "direction word flipped", "period swapped",
         "same entity, another measure")


class Miss(BaseModel):
    kind: str
    brief: str
    text: str  # the lie in its sentence


class PlantReport(BaseModel):
    planted: dict[str, int]
    flagged: dict[str, int]
    misses: list[Miss]

    def rate(self, kind: str) -> float:
        return self.flagged.get(kind, 0) / self.planted[kind] if self.planted.get(kind) else 1.0


def _shift(num: str, factor: float) -> str:
    value, dec = float(num.replace(",", "")), len(num.split(".")[1]) if "." in num else 0
    out = f"{value * factor:,.{dec}f}" if "," in num else f"{value * factor:.{dec}f}"
    return out if out != num else f"{value + 3 * 10 ** -dec:.{dec}f}"


def _measure(fact_id: str) -> str:
    """"smic_forward_pe" -> "forward_pe", "nvidia_ytd" -> "price_change" (a span of one measure)."""
    rest = fact_id.split("_", 1)[1] if "_" in fact_id else fact_id
    return "price_change" if rest in ("ytd", "change", "day") else rest


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return text[a:b + 1].strip()


def plant(drafts, seed: int = 27, per_draft: int = 6) -> PlantReport:
    """``drafts``: (brief name, honest rendered draft, bundle) triples."""
    from evals import check

    rnd = random.Random(seed)
    planted: dict[str, int] = defaultdict(int)
    flagged: dict[str, int] = defaultdict(int)
    misses: list[Miss] = []
    for name, rendered, bundle in drafts:
        text = rendered.text
        honest = {(f.code, f.text) for f in check(text, bundle).findings}

        def count(kind: str, lie: str, at: int, length: int) -> None:
            planted[kind] += 1
            if {(f.code, f.text) for f in check(lie, bundle).findings} - honest:
                flagged[kind] += 1
            else:
                misses.append(Miss(kind=kind, brief=name, text=_sentence(lie, at, at + length)))

        figs = list(rendered.figures)
        by_unit = defaultdict(list)
        for f in figs:
            by_unit[f.unit].append(f)
        for f in rnd.sample(figs, min(per_draft, len(figs))):
            seg = text[f.start:f.end]
            m = _NUM.search(seg)
            if not m:
                continue
            wrong = seg[:m.start()] + _shift(m.group(), rnd.choice([1.1, 1.2, 0.8, 1.3])) + seg[m.end():]
            count(KINDS[0], text[:f.start] + wrong + text[f.end:], f.start, len(wrong))
            owner = f.fact_id.split("_")[0]
            others = [g for g in by_unit[f.unit] if g.fact_id.split("_")[0] != owner
                      and (n := _NUM.search(text[g.start:g.end])) and n.group() != m.group()]
            if others:
                g = rnd.choice(others)
                count(KINDS[1], text[:f.start] + text[g.start:g.end] + text[f.end:], f.start, g.end - g.start)
            # the same company's or economy's value of another measure in the same unit: a trailing
            # P/E said as the forward one, CPI's reading said as GDP's (a model's slip the checker
            # can only take for a misread measure; "check whom" findings stay for it)
            own = [g for g in by_unit[f.unit] if g.fact_id.split("_")[0] == owner and g.fact_id != f.fact_id
                   and not g.fact_id.endswith("_prev") and not f.fact_id.endswith("_prev")
                   and _measure(g.fact_id) != _measure(f.fact_id)
                   and (n := _NUM.search(text[g.start:g.end])) and n.group() != m.group()]
            if own:
                g = rnd.choice(own)
                count(KINDS[4], text[:f.start] + text[g.start:g.end] + text[f.end:], f.start, g.end - g.start)
        for f in rnd.sample(figs, min(max(1, per_draft // 2), len(figs))):
            s0 = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start)) + 1
            hits = list(_FLIP_RE.finditer(text, s0, f.start))
            if hits:
                w = hits[-1]
                count(KINDS[2], text[:w.start()] + _FLIP[w.group()] + text[w.end():], w.start(), f.end - w.start())
        for old, new in _PERIOD_SWAPS:
            i = text.find(old)
            if i >= 0:
                count(KINDS[3], text[:i] + new + text[i + len(old):], i, len(new))
    return PlantReport(planted=dict(planted), flagged=dict(flagged), misses=misses)


def offline_drafts(briefs: list[Path]):
    """Each brief drafted by the deterministic writer on DEMO DATA, as `marketdesk draft --offline` does."""
    from agent.markup import render
    from agent.offline_writer import OfflineWriter
    from marketdesk.brief import load_brief
    from marketdesk.config import Settings
    from prompts import load_style
    from tools.bundle import FactsGatherer
    from tools.desk import build_data_desk

    desk = build_data_desk(Settings(data_dir=Path(tempfile.mkdtemp(prefix="marketdesk-plant-"))))
    for path in briefs:
        brief = load_brief(path)
        bundle = FactsGatherer(desk).gather(brief, offline=True).bundle
        yield path.stem, render(OfflineWriter(brief, bundle, load_style(brief.style)).write(), bundle), bundle


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("--per-draft", type=int, default=6, help="figures per draft to plant a lie on")
    ap.add_argument("--json", help="also write the report here")
    args = ap.parse_args(argv)
    briefs = sorted([*(ROOT / "briefs").glob("*.yaml"), *(ROOT / "evals/suites/briefs").glob("*.yaml")])
    report = plant(offline_drafts(briefs), args.seed, args.per_draft)
    for kind in KINDS:
        n, k = report.planted.get(kind, 0), report.flagged.get(kind, 0)
        print(f"{kind:26s} planted {n:4d}  flagged {k:4d}  ({report.rate(kind):.0%})")
    for kind in KINDS:
        ms = [m for m in report.misses if m.kind == kind]
        if ms:
            print(f"\nmissed, {kind} ({len(ms)}):")
            for m in ms:
                print(f"  {m.brief}: {m.text}")
    if args.json:
        Path(args.json).write_text(report.model_dump_json(indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
