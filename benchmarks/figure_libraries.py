"""Figure extraction: our extractor against quantulum3, price-parser, text2num and spaCy.

    python3 -m venv /tmp/libvenv && /tmp/libvenv/bin/pip install quantulum3 price-parser text2num spacy
    /tmp/libvenv/bin/python benchmarks/figure_libraries.py      # libraries it cannot import are skipped

Gold set: benchmarks/data/figure_extraction_gold.json (sentences with their figures,
and sentences whose numbers are not figures: dates, years, quarters, ordinals, list
and heading numbers, tickers, index and product names, durations, times).
A prediction is right when it overlaps a gold figure's span (libraries that give no
span: when its value matches) and its value equals the gold value, allowing the
library to have missed the scale (1.7 for 1.7 trillion) or the sign. Precision counts
every figure found in the negative sentences as wrong. spaCy runs as spacy.blank("en")
(token.like_num): its trained pipelines are downloaded from a model hub, which this
machine cannot reach.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = json.loads((ROOT / "benchmarks" / "data" / "figure_extraction_gold.json").read_text())
SCALES = (1, 1e3, 1e6, 1e9, 1e12, 1e-2)
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def same_value(pred: float, gold: float) -> bool:
    return any(abs(abs(pred) * s - abs(gold)) <= 1e-6 * max(1.0, abs(gold)) for s in SCALES)


def ours():
    from evals.figures import extract_figures
    from evals.text import mask
    from evals.vocab import load_vocabulary

    vocab = load_vocabulary()

    def run(text):
        out = []
        for f in extract_figures(mask(text, vocab)):
            out.append((f.start, f.end, f.value * (f.scale if f.currency or f.unit == "count" else 1)))
        return out
    return run


def quantulum():
    from quantulum3 import parser

    def run(text):
        return [(q.span[0], q.span[1], float(q.value)) for q in parser.parse(text)]
    return run


def price_parser():
    from price_parser import Price

    def run(text):
        p = Price.fromstring(text)
        return [(None, None, float(p.amount))] if p.amount is not None else []
    return run


def text2num():
    from text_to_num import alpha2digit

    def run(text):
        converted = alpha2digit(text, "en")
        return [(None, None, float(m.group().replace(",", ""))) for m in NUM.finditer(converted)]
    return run


def spacy_blank():
    import spacy

    nlp = spacy.blank("en")

    def run(text):
        out = []
        for tok in nlp(text):
            if tok.like_num:
                try:
                    out.append((tok.idx, tok.idx + len(tok.text), float(tok.text.replace(",", ""))))
                except ValueError:
                    out.append((tok.idx, tok.idx + len(tok.text), float("nan")))
        return out
    return run


def score(run) -> dict:
    tp = fp = fn = neg_fp = 0
    times = []
    for case in GOLD["positive"]:
        text = case["text"]
        t = time.perf_counter()
        preds = run(text)
        times.append(time.perf_counter() - t)
        gold = []
        for g in case["figures"]:
            s = text.find(g["text"])
            gold.append((s, s + len(g["text"]), g["value"]))
        used = set()
        for ps, pe, pv in preds:
            hit = None
            for i, (gs, ge, gv) in enumerate(gold):
                if i in used:
                    continue
                overlap = ps is None or (ps < ge and gs < pe)
                if overlap and same_value(pv, gv):
                    hit = i
                    break
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(gold) - len(used)
    for text in GOLD["negative"]:
        t = time.perf_counter()
        neg_fp += len(run(text))
        times.append(time.perf_counter() - t)
    p = tp / (tp + fp + neg_fp) if tp + fp + neg_fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "false_in_negatives": neg_fp,
            "ms_per_sentence": round(statistics.mean(times) * 1000, 3)}


def main() -> int:
    results = {}
    for name, make in [("ours (evals.figures)", ours), ("quantulum3", quantulum), ("price-parser", price_parser),
                       ("text2num", text2num), ("spaCy blank en", spacy_blank)]:
        try:
            run = make()
            run("warm up 1.5%")
        except Exception as err:  # noqa: BLE001 - a library that does not import is reported, not fatal
            print(f"{name:<22} not available: {type(err).__name__}: {err}")
            continue
        results[name] = score(run)
    n_pos = sum(len(c["figures"]) for c in GOLD["positive"])
    print(f"gold: {len(GOLD['positive'])} sentences with {n_pos} figures, {len(GOLD['negative'])} without figures")
    print(f"{'extractor':<22} {'precision':>9} {'recall':>7} {'false figures in negatives':>27} {'ms/sentence':>12}")
    for name, r in results.items():
        print(f"{name:<22} {r['precision']:>9} {r['recall']:>7} {r['false_in_negatives']:>27} {r['ms_per_sentence']:>12}")
    out = ROOT / "benchmarks" / "results" / "figure_libraries.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
