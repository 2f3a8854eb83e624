"""Figure extraction: our extractor against quantulum3, price-parser, text2num and spaCy.

Run it in a separate venv so the project environment is not touched:

    python3 -m venv /tmp/libbench
    /tmp/libbench/bin/pip install quantulum3 price-parser text2num spacy pyyaml
    /tmp/libbench/bin/pip install "scikit-learn==1.8.0" joblib scipy stemming   # optional, see below
    /tmp/libbench/bin/python benchmarks/figure_libraries.py [--errors NAME]

A library that does not import is reported and skipped. Nothing is downloaded at run
time: spaCy runs as ``spacy.blank("en")`` (tokenizer and ``token.like_num`` only),
because its trained pipelines (en_core_web_*) come from a model hub this machine
cannot reach, so spaCy's NER ``MONEY``/``PERCENT``/``CARDINAL`` entities are NOT
measured here. quantulum3 ships its trained unit-disambiguation classifier
(quantulum3/_lang/en_US/clf.joblib, pickled with scikit-learn 1.8.0); it is used when
the runtime part of the ``quantulum3[classifier]`` extra is installed (the line above;
``wikipedia`` from that extra is only for retraining and is left out). Without it
quantulum3 still runs, with heuristic disambiguation; the JSON's "version" says which.

Gold set: benchmarks/data/figure_extraction_gold.yaml (see its header).

Scoring. Each extractor returns predictions (start, end, value after scale, unit).
A prediction matches a gold figure when the spans overlap and the values agree within
1e-6 relative after scale (gold value * gold scale); matching is one-to-one.
  precision = matches / all predictions (false figures in negative sentences count)
  recall    = matches / gold figures
  loose     = recall where the span overlaps and |value| equals the gold value with or
              without its scale (forgives a dropped sign or scale): "found the number"
  units     = share of matches whose unit equals the gold unit
  neg false = predictions in the negative sentences (dates, tickers, ...)
  ms/sent   = best of several passes over all sentences, after a warm-up
  load ms   = import and set-up, once

quantulum3's output depends on Python's string hash seed (set iteration order inside
it): the same sentence can parse differently in two processes. The script therefore
re-runs itself with PYTHONHASHSEED=0 unless a seed is set, so the table is
reproducible, and then runs quantulum3 alone under --hash-seeds more seeds (default
10) to report the spread of its precision and recall.

Adapters (the libraries' documented APIs; ours is read as-is):
  ours            evals.figures.extract_figures(text) on the raw sentence, as the issue
                  asks. A range comes back as one figure with ``hi``: it is read as two
                  predictions (value and hi) over the same span.
  ours + mask     the same after evals.text.mask(text, vocab), which is how the checker
                  runs it (dates, tickers, index names, ... are blanked first).
  quantulum3      quantulum3.parser.parse(text): Quantity.span, .value (scale words
                  already applied), .unit.name / .unit.entity.name mapped to our units;
                  basis point -> pp / 100.
  price-parser    Price.fromstring is built for a string already known to hold one
                  price, so it is called on a window of one whitespace token either side
                  of each token with a digit; amount_text locates the span. A second row
                  calls it once on the whole sentence (one price at most).
  text2num        text_to_num.find_numbers(tokens, "en", threshold) for numbers in words
                  (its documented span-giving API; the ordinals it flags are dropped), a
                  regex for numbers in digits, then the shared trivial unit attachment.
                  threshold=0 converts isolated small numbers ("two percent"); the
                  library's default 3 leaves one, two and three alone.
  spaCy blank en  tokens with like_num, a small word->value table for number words,
                  a following like_num scale word ("billion") merged, then the shared
                  trivial unit attachment.
  regex baseline  no library: the same digit regex and trivial unit attachment, the
                  control that shows what text2num and spaCy add on top of it.
The trivial unit attachment looks only at the characters right next to a number: a
currency prefix ($, US$, HK$, RMB, CNY, USD, HKD), a scale (k, m, mn, million, bn, b,
billion, tn, trillion, thousand), a unit (%, percent, per cent, percentage point(s),
pp, ppt, bp(s), basis point(s), x, times, point(s), pts) or a currency word (yuan,
dollars). No sign words, no ranges, no filtering of dates or names.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
GOLD_PATH = ROOT / "benchmarks" / "data" / "figure_extraction_gold.yaml"
OUT_PATH = ROOT / "benchmarks" / "results" / "figure_libraries.json"
REL_TOL = 1e-6


@dataclass
class Pred:
    start: int
    end: int
    value: float  # after scale
    unit: str | None


@dataclass
class Gold:
    start: int
    end: int
    value: float  # after scale
    raw_value: float  # before scale
    unit: str
    text: str


def load_gold(path: Path = GOLD_PATH) -> list[dict]:
    import yaml

    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    for case in cases:
        sentence, seen, gold = case["sentence"], {}, []
        for f in case["figures"]:
            start = sentence.find(f["text"], seen.get(f["text"], 0))
            if start < 0:
                raise ValueError(f"{case['id']}: {f['text']!r} is not in {sentence!r}")
            seen[f["text"]] = start + 1
            value, scale = float(f["value"]), float(f["scale"])  # PyYAML reads 1e9 as a string
            gold.append(Gold(start, start + len(f["text"]), value * scale, value, f["unit"], f["text"]))
        case["gold"] = gold
    return cases


# ----------------------------------------------------------------------------- shared helpers

CURRENCY_CODES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "hk$": "HKD", "hkd": "HKD", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "¥": "CNY", "renminbi": "CNY",
}
SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}
WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_LEFT_CUR = re.compile(r"(US\$|HK\$|\$|RMB|CNY|USD|HKD)\s?$")
_RIGHT_SCALE = re.compile(r"\s?(thousand|million|billion|trillion|mn|bn|tn|k|m|b)\b", re.I)
_RIGHT_UNIT = re.compile(
    r"[\s-]?(%|per\s?cent|percentage[\s-]points?|ppt|pp|bps|bp|basis[\s-]points?|x|times|points|pts"
    r"|yuan|dollars)(?![A-Za-z])",
    re.I,
)
# A number in digits: signed only after a space or "(" ("-0.3%", not the "-5%" of "4.5%-5%");
# a currency code may touch it ("RMB113.1bn"), a letter or digit otherwise may not.
DIGITS = re.compile(
    r"(?<![^\s(\[])[-\u2212]\d+(?:,\d{3})*(?:\.\d+)?"
    r"|(?:(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=HKD)|(?<![\w.,]))\d+(?:,\d{3})*(?:\.\d+)?"
)


def attach(text: str, start: int, end: int, value: float) -> Pred:
    """The trivial unit attachment: look only at what touches the number."""
    unit, scale = "count", 1.0
    left = _LEFT_CUR.search(text, max(0, start - 5), start)
    if left:
        unit, start = "currency:" + CURRENCY_CODES[left.group(1).lower()], left.start()
    m = _RIGHT_SCALE.match(text, end)
    if m:
        scale, end = SCALES[m.group(1).lower()], m.end()
    m = _RIGHT_UNIT.match(text, end)
    if m:
        word, end = m.group(1).lower(), m.end()
        if word == "%" or word.startswith("per"):
            unit = "pp" if "point" in word else "percent"
        elif word in ("pp", "ppt"):
            unit = "pp"
        elif word.startswith(("bp", "basis")):
            unit, value = "pp", value / 100.0
        elif word in ("x", "times"):
            unit = "multiple"
        elif word in ("points", "pts"):
            unit = "points"
        else:
            unit = "currency:" + CURRENCY_CODES[word]
    return Pred(start, end, value * scale, unit)


def to_float(s: str) -> float:
    return float(s.replace(",", "").replace("\u2212", "-"))


# ----------------------------------------------------------------------------- adapters

def make_ours(masked: bool):
    from evals.figures import extract_figures

    prepare = lambda text: text  # noqa: E731
    if masked:
        from evals.text import mask
        from evals.vocab import load_vocabulary

        vocab = load_vocabulary()
        prepare = lambda text: mask(text, vocab)  # noqa: E731

    def run(text: str) -> list[Pred]:
        out = []
        for f in extract_figures(prepare(text)):
            scale = float(getattr(f, "scale", 1.0) or 1.0)
            out.append(Pred(f.start, f.end, f.value * scale, f.unit))
            hi = getattr(f, "hi", None)
            if hi is not None:
                out.append(Pred(f.start, f.end, hi * scale, f.unit))
        return out

    return run, "evals.figures (this repo)"


QUANTULUM_CURRENCIES = {
    "united states dollar": "USD", "dollar": "USD", "hong kong dollar": "HKD",
    "chinese yuan": "CNY", "renminbi": "CNY", "yuan": "CNY",
}


def make_quantulum():
    from quantulum3 import classifier, parser

    def run(text: str) -> list[Pred]:
        out = []
        for q in parser.parse(text):
            name, entity = q.unit.name, q.unit.entity.name
            value = float(q.value)
            if name == "percentage":
                unit = "percent"
            elif name == "percentage point":
                unit = "pp"
            elif name == "basis point":
                unit, value = "pp", value / 100.0
            elif entity == "currency":
                unit = "currency:" + QUANTULUM_CURRENCIES.get(name, name)
            elif name in ("dimensionless", "count"):
                unit = "count"
            else:
                unit = "other:" + name
            out.append(Pred(q.span[0], q.span[1], value, unit))
        return out

    clf = "with" if classifier.USE_CLF and classifier.classifier("en_US").loaded else "without"
    return run, f"quantulum3 {metadata.version('quantulum3')} ({clf} its classifier)"


PRICE_CURRENCIES = {"$": "USD", "US$": "USD", "USD": "USD", "HK$": "HKD", "HKD": "HKD",
                    "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "元": "CNY"}


def _price_unit(currency: str | None) -> str | None:
    return "currency:" + PRICE_CURRENCIES.get(currency, currency) if currency else None


def make_price_parser_windows():
    from price_parser import Price

    token_re = re.compile(r"\S+")

    def run(text: str) -> list[Pred]:
        tokens = list(token_re.finditer(text))
        out, seen = [], set()
        for i, tok in enumerate(tokens):
            if not any(ch.isdigit() for ch in tok.group()):
                continue
            w0, w1 = tokens[max(0, i - 1)].start(), tokens[min(len(tokens) - 1, i + 1)].end()
            price = Price.fromstring(text[w0:w1])
            if price.amount is None or not price.amount_text:
                continue
            at = text.find(price.amount_text, w0, w1)
            if at < 0 or not (tok.start() <= at < tok.end()) or at in seen:
                continue  # the amount belongs to a neighbouring token: found from its own window
            seen.add(at)
            out.append(Pred(at, at + len(price.amount_text), float(price.amount), _price_unit(price.currency)))
        return out

    return run, "price-parser " + metadata.version("price-parser") + " (token windows)"


def make_price_parser_sentence():
    from price_parser import Price

    def run(text: str) -> list[Pred]:
        price = Price.fromstring(text)
        if price.amount is None or not price.amount_text:
            return []
        at = text.find(price.amount_text)
        start, end = (at, at + len(price.amount_text)) if at >= 0 else (0, len(text))
        return [Pred(start, end, float(price.amount), _price_unit(price.currency))]

    return run, "price-parser " + metadata.version("price-parser") + " (whole sentence)"


class _T2NToken:
    """The Token protocol text_to_num.find_numbers reads."""

    __slots__ = ("_text",)

    def __init__(self, text: str):
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def make_text2num(threshold: float):
    from text_to_num import find_numbers

    token_re = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]+|\S")

    def run(text: str) -> list[Pred]:
        out = [attach(text, m.start(), m.end(), to_float(m.group())) for m in DIGITS.finditer(text)]
        toks = [(m.start(), m.end(), m.group()) for m in token_re.finditer(text)]
        for occ in find_numbers([_T2NToken(t[2]) for t in toks], "en", threshold):
            start, end = toks[occ.start][0], toks[occ.end - 1][1]
            if occ.is_ordinal or any(p.start < end and start < p.end for p in out):
                continue  # ordinals are flagged by the library; "10.3 billion" is the regex's
            out.append(attach(text, start, end, float(occ.value)))
        out.sort(key=lambda p: p.start)
        return out

    return run, f"text2num {metadata.version('text2num')} (find_numbers, threshold={threshold:g})"


def make_spacy():
    import spacy

    nlp = spacy.blank("en")

    def run(text: str) -> list[Pred]:
        out = []
        doc = nlp(text)
        skip = set()
        for tok in doc:
            if not tok.like_num or tok.i in skip:
                continue
            raw = tok.text.lower()
            if raw in SCALES:
                continue  # a scale word on its own ("HK$10.3 billion": "HK$10.3" is not like_num)
            try:
                value = to_float(raw)
            except ValueError:
                value = float(WORD_VALUES.get(raw, math.nan))  # "third", "21st": like_num, no value
            start, end = tok.idx, tok.idx + len(tok.text)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.like_num and nxt.lower_ in SCALES:
                value *= SCALES[nxt.lower_]
                end = nxt.idx + len(nxt.text)
                skip.add(nxt.i)
            out.append(attach(text, start, end, value))
        return out

    return run, "spaCy " + metadata.version("spacy") + ' blank("en"), like_num'


def make_regex():
    def run(text: str) -> list[Pred]:
        return [attach(text, m.start(), m.end(), to_float(m.group())) for m in DIGITS.finditer(text)]

    return run, "no library"


EXTRACTORS = [
    ("ours", lambda: make_ours(masked=False)),
    ("ours + mask", lambda: make_ours(masked=True)),
    ("quantulum3", make_quantulum),
    ("price-parser", make_price_parser_windows),
    ("price-parser/sentence", make_price_parser_sentence),
    ("text2num", lambda: make_text2num(threshold=0)),
    ("text2num/default", lambda: make_text2num(threshold=3)),
    ("spaCy blank en", make_spacy),
    ("regex baseline", make_regex),
]


# ----------------------------------------------------------------------------- scoring

def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def _loose(p: Pred, g: Gold) -> bool:
    return not math.isnan(p.value) and any(_close(abs(p.value), abs(v)) for v in (g.value, g.raw_value))


def _match(preds: list[Pred], gold: list[Gold], same) -> dict[int, int]:
    """One-to-one: each prediction, in order, takes the first free gold figure it fits."""
    taken: dict[int, int] = {}
    for pi, p in enumerate(preds):
        for gi, g in enumerate(gold):
            if gi not in taken.values() and p.start < g.end and g.start < p.end and same(p, g):
                taken[pi] = gi
                break
    return taken


def score(run, cases: list[dict], passes: int = 5) -> dict:
    sentences = [c["sentence"] for c in cases]
    for s in sentences:  # warm-up (lazy loading, caches)
        run(s)
    best = math.inf
    for _ in range(passes):
        t0 = time.perf_counter()
        for s in sentences:
            run(s)
        best = min(best, time.perf_counter() - t0)

    tp = fp = fn = neg_fp = loose_tp = units_ok = 0
    neg_sentences_hit = 0
    by_kind: dict[str, dict] = {}
    errors = []
    for case in cases:
        preds, gold = run(case["sentence"]), case["gold"]
        k = by_kind.setdefault(case["kind"], {"gold": 0, "found": 0, "false": 0})
        if not gold:
            neg_fp += len(preds)
            neg_sentences_hit += bool(preds)
            k["false"] += len(preds)
            for p in preds:
                errors.append({"id": case["id"], "error": "false figure", "text": case["sentence"][p.start:p.end],
                               "value": p.value, "unit": p.unit})
            continue
        strict = _match(preds, gold, lambda p, g: _close(p.value, g.value))
        loose = _match(preds, gold, _loose)
        tp += len(strict)
        loose_tp += len(loose)
        fp += len(preds) - len(strict)
        fn += len(gold) - len(strict)
        units_ok += sum(preds[pi].unit == gold[gi].unit for pi, gi in strict.items())
        k["gold"] += len(gold)
        k["found"] += len(strict)
        k["false"] += len(preds) - len(strict)
        hit = set(strict.values())
        for gi, g in enumerate(gold):
            if gi not in hit:
                errors.append({"id": case["id"], "error": "missed", "text": g.text, "value": g.value, "unit": g.unit})
        for pi, p in enumerate(preds):
            if pi not in strict:
                errors.append({"id": case["id"], "error": "false figure", "text": case["sentence"][p.start:p.end],
                               "value": p.value, "unit": p.unit})
    n_pred = tp + fp + neg_fp
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "loose_recall": round(loose_tp / (tp + fn), 3) if tp + fn else 0.0,
        "units_ok": round(units_ok / tp, 3) if tp else 0.0,
        "matched": tp,
        "predictions": n_pred,
        "false_in_positive_sentences": fp,
        "false_in_negatives": neg_fp,
        "negative_sentences_with_false_figures": neg_sentences_hit,
        "ms_per_sentence": round(best / len(sentences) * 1000, 4),
        "recall_by_kind": {kind: round(v["found"] / v["gold"], 3) for kind, v in by_kind.items() if v["gold"]},
        "false_by_negative_kind": {kind: v["false"] for kind, v in by_kind.items() if not v["gold"]},
        "errors": errors,
    }


# ----------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", metavar="NAME", help="print the misses and false figures of one extractor")
    ap.add_argument("--out", type=Path, default=OUT_PATH)
    ap.add_argument("--only", action="append", metavar="NAME", help="run only these extractors (repeatable)")
    ap.add_argument("--hash-seeds", type=int, default=10, metavar="N",
                    help="also run quantulum3 under N more PYTHONHASHSEED values (0: skip)")
    args = ap.parse_args(argv)

    cases = load_gold()
    n_fig = sum(len(c["gold"]) for c in cases)
    n_neg = sum(1 for c in cases if not c["gold"])
    results: dict[str, dict] = {}
    for name, make in EXTRACTORS:
        if args.only and name not in args.only:
            continue
        t0 = time.perf_counter()
        try:
            run, version = make()
            run("warm up: rose 1.5% to $2bn")
        except Exception as err:  # noqa: BLE001 - an extractor that does not load is reported, not fatal
            if name.startswith("ours"):
                print(f"{name}: not available yet ({type(err).__name__}: {err})")
            else:
                print(f"{name}: not available ({type(err).__name__}: {err})")
            continue
        load_ms = (time.perf_counter() - t0) * 1000
        results[name] = {"version": version, "load_ms": round(load_ms, 1), **score(run, cases)}

    print(f"gold: {len(cases)} sentences, {n_fig} figures in {len(cases) - n_neg} sentences, "
          f"{n_neg} negative sentences (no figures)")
    head = (f"{'extractor':<22} {'prec':>5} {'recall':>6} {'F1':>5} {'loose':>5} {'units':>5} "
            f"{'neg false':>9} {'neg sents':>9} {'ms/sent':>8} {'load ms':>8}")
    print(head)
    print("-" * len(head))
    for name, r in results.items():
        print(f"{name:<22} {r['precision']:>5.3f} {r['recall']:>6.3f} {r['f1']:>5.3f} {r['loose_recall']:>5.3f} "
              f"{r['units_ok']:>5.3f} {r['false_in_negatives']:>9} "
              f"{str(r['negative_sentences_with_false_figures']) + '/' + str(n_neg):>9} "
              f"{r['ms_per_sentence']:>8.3f} {r['load_ms']:>8.0f}")

    kinds = [k for k in dict.fromkeys(c["kind"] for c in cases) if not k.startswith("neg-")]
    neg_kinds = [k for k in dict.fromkeys(c["kind"] for c in cases) if k.startswith("neg-")]
    names = list(results)
    abbrev = {"ours + mask": "ours+mask", "quantulum3": "quantulum", "price-parser": "price-p",
              "price-parser/sentence": "price-p/s", "text2num/default": "t2n/def", "spaCy blank en": "spaCy",
              "regex baseline": "regex"}
    short = {n: abbrev.get(n, n)[:9] for n in names}
    n_by_kind = {k: sum(len(c["gold"]) for c in cases if c["kind"] == k) for k in kinds}
    s_by_kind = {k: sum(1 for c in cases if c["kind"] == k) for k in neg_kinds}
    print("\nrecall by kind of figure (figures)")
    print(f"{'kind':<20}" + "".join(f"{short[n]:>10}" for n in names))
    for kind in kinds:
        print(f"{kind + ' (' + str(n_by_kind[kind]) + ')':<20}"
              + "".join(f"{results[n]['recall_by_kind'].get(kind, 0):>10.2f}" for n in names))
    print("\nfalse figures in negative sentences, by kind (sentences)")
    print(f"{'kind':<20}" + "".join(f"{short[n]:>10}" for n in names))
    for kind in neg_kinds:
        print(f"{kind[4:] + ' (' + str(s_by_kind[kind]) + ')':<20}"
              + "".join(f"{results[n]['false_by_negative_kind'].get(kind, 0):>10}" for n in names))

    if args.hash_seeds and "quantulum3" in results:
        spread = _across_seeds("quantulum3", args.hash_seeds)
        results["quantulum3"]["across_hash_seeds"] = spread
        if spread:
            lo_hi = {k: (min(x[k] for x in spread), max(x[k] for x in spread))
                     for k in ("precision", "recall", "false_in_negatives")}
            print(f"\nquantulum3 over PYTHONHASHSEED 1..{args.hash_seeds}: "
                  f"precision {lo_hi['precision'][0]:.3f}-{lo_hi['precision'][1]:.3f}, "
                  f"recall {lo_hi['recall'][0]:.3f}-{lo_hi['recall'][1]:.3f}, "
                  f"neg false {lo_hi['false_in_negatives'][0]}-{lo_hi['false_in_negatives'][1]} "
                  f"(table above: PYTHONHASHSEED={os.environ.get('PYTHONHASHSEED')})")

    if args.errors:
        r = results.get(args.errors)
        if r is None:
            print(f"\n{args.errors}: no results (names: {', '.join(results)})")
        else:
            print(f"\nerrors of {args.errors}:")
            for e in r["errors"]:
                print(f"  {e['id']:<11} {e['error']:<12} {e['text']!r:<24} {e['value']:.6g} {e['unit']}")

    for name, r in results.items():  # keep the JSON small: item errors for ours only (--errors NAME for others)
        if not name.startswith("ours"):
            r.pop("errors", None)
    payload = {
        "about": "benchmarks/figure_libraries.py on benchmarks/data/figure_extraction_gold.yaml; "
                 "see the script's docstring for the scoring and the adapters; per-item errors are "
                 "kept for ours only (run with --errors NAME to list another extractor's)",
        "python": platform.python_version(),
        "pythonhashseed": os.environ.get("PYTHONHASHSEED"),
        "gold": {"sentences": len(cases), "figures": n_fig, "negative_sentences": n_neg},
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"\nwrote {shown}")
    return 0


def _across_seeds(name: str, n: int) -> list[dict]:
    """Run one extractor in fresh processes under PYTHONHASHSEED=1..n."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, n + 1):
            path = Path(tmp) / f"{seed}.json"
            env = {**os.environ, "PYTHONHASHSEED": str(seed)}
            cmd = [sys.executable, "-W", "ignore", __file__, "--only", name, "--hash-seeds", "0", "--out", str(path)]
            done = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if done.returncode or not path.exists():
                print(f"{name} under PYTHONHASHSEED={seed}: failed ({done.stderr.strip()[-200:]})")
                continue
            r = json.loads(path.read_text(encoding="utf-8"))["results"].get(name)
            if r:
                out.append({"seed": seed, **{k: r[k] for k in ("precision", "recall", "false_in_negatives")}})
    return out


if __name__ == "__main__":
    if "PYTHONHASHSEED" not in os.environ:  # quantulum3 depends on it: pin it for a reproducible table
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    sys.exit(main())
