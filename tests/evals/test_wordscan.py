"""Fast whole-text scans must find exactly what the plain scans find.

`evals.wordscan.finditer` tries a word-led pattern only at the word starts its first
letters allow, and `evals.text._NEVER_RE` is the never-a-figure alternation rewritten
to open with a character set. Both are speed-ups only: a difference in a single match
would change what the checker reads.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import evals.figures
import evals.rules.missing
import evals.text
from evals import wordscan

ROOT = Path(__file__).resolve().parents[2]


def _repo_texts() -> list[str]:
    paths = sorted((ROOT / "tests").rglob("draft.md")) + sorted((ROOT / "briefs").glob("*.yaml"))
    paths += [ROOT / "README.md", ROOT / "prompts" / "system.md"]
    return [p.read_text("utf-8") for p in paths if p.exists()]


def _word_led_patterns() -> list[re.Pattern]:
    found = []
    for module in (evals.figures, evals.rules.missing, evals.text):
        for value in vars(module).values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                p = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                if isinstance(p, re.Pattern) and wordscan.word_heads(p) is not None:
                    found.append(p)
    return found


def _fuzz(alphabet: str, n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 60))) for _ in range(n)]


def _same(p: re.Pattern, text: str) -> bool:
    plain = [(m.span(), m.groupdict() or m.groups()) for m in p.finditer(text)]
    fast = [(m.span(), m.groupdict() or m.groups()) for m in wordscan.finditer(p, text)]
    return plain == fast


def test_the_checker_has_word_led_scans_to_speed_up():
    assert len(_word_led_patterns()) >= 12


def test_word_led_scans_find_exactly_the_plain_matches_in_every_repository_text():
    texts = _repo_texts()
    assert len(texts) > 100
    for p in _word_led_patterns():
        bad = [t[:80] for t in texts if not _same(p, t)]
        assert not bad, (p.pattern[:60], bad[:3])


@pytest.mark.parametrize("seed", [1, 2])
def test_word_led_scans_find_exactly_the_plain_matches_in_random_text(seed):
    patterns = _word_led_patterns()
    # the words the patterns start with, broken up and glued together, in any case
    words = sorted({w for p in patterns for w in re.findall(r"[a-z]{2,}", p.pattern.lower())})
    rnd = random.Random(seed)
    texts = []
    for _ in range(400):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            w = rnd.choice(words)
            w = w.upper() if rnd.random() < 0.1 else w.capitalize() if rnd.random() < 0.2 else w
            parts.append(w[: rnd.randint(1, len(w))] if rnd.random() < 0.1 else w)
            parts.append(rnd.choice([" ", "  ", " ", ", ", ".", " 5 ", "% ", "\n", "-", "", " .", " ,"]))
        texts.append("".join(parts))
    texts += _fuzz("ab tofrose,.%\n\t-İıſK", 400, seed)
    for p in patterns:
        bad = [t for t in texts if not _same(p, t)]
        assert not bad, (p.pattern[:60], bad[:3])


def test_case_insensitive_scans_see_the_letters_re_folds_to_ascii():
    # re.I matches "ſ" with "s", "K" (Kelvin) with "k" and "İ"/"ı" with "i"
    p = re.compile(r"\b(?:shed|kept|in)\b", re.I)
    text = "It ſhed 2%, Kept 3% and İn ıN"
    assert [m.group() for m in wordscan.finditer(p, text)] == [m.group() for m in p.finditer(text)]
    assert len(list(p.finditer(text))) == 4
    # a case-sensitive pattern led by capitals: "For instance,\nof forecasts"
    orphan = dict(evals.rules.missing._DROPPED)["orphaned preposition"]
    text = "Rates held. For instance,\nof forecasts; However, at the close"
    assert [m.group() for m in wordscan.finditer(orphan, text)] == ["For instance,\nof", "However, at"]


def test_patterns_that_need_not_start_a_word_are_scanned_as_before():
    for pattern in (r"[a-z]+ing", r"(?<=\d)%", r"\b\w+", r"\b(?:a|b)?", r",[ \t]*,", r"\b[A-Za-z]+,?[ \t]{2,}x"):
        assert wordscan.word_heads(re.compile(pattern)) is None, pattern
    assert wordscan.word_heads(re.compile(r"\b(?:rose|fell)\s+to", re.I)) == {"ro", "fe"}
    assert wordscan.word_heads(re.compile(r"(?<!\w)(?:Up|a\s)")) == {"up", "a"}
    assert wordscan.word_heads(re.compile(r"\b(?:a|b)?c")) == {"ac", "bc", "c"}


def test_the_never_a_figure_pattern_matches_exactly_as_its_plain_alternation():
    plain = re.compile(evals.text._NEVER_PLAIN, re.S)
    texts = _repo_texts()
    texts += _fuzz("0123456789 -/:.,`[]()<>!#^httpswwNYSEQHFCYJanMayDecGMTstndrdth19 20s\n\u2013xyzToPMam", 4000, 3)
    bad = [t[:80] for t in texts
           if [m.span() for m in plain.finditer(t)] != [m.span() for m in evals.text._NEVER_RE.finditer(t)]]
    assert not bad, bad[:3]
