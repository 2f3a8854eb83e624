"""The on-disk store of compiled patterns: a cache that can never change what a pattern matches."""

from __future__ import annotations

import marshal
import re

import pytest

from evals import rx
from evals.rules.missing import _DROPPED
from evals.vocab import load_vocabulary

SAMPLES = [
    "Tencent's shares rose 3.1% to HK$402.60, or 12.2 points, on Tuesday.",
    "The Hang Seng  index fell to .",
    "Microsoft's gain for the year to 17.6% was the biggest (+2.9 percent).",
    "CPI rose 0.4 per cent in October, after 0.2 percent in September; ÜBER straße 5 %",
]


def _behaviour(p: re.Pattern) -> list:
    return [(p.flags, p.groups, dict(p.groupindex))] + [
        [(m.span(), m.groupdict() or m.groups()) for m in p.finditer(s)] for s in SAMPLES
    ]


def _checker_patterns() -> list[tuple[str, int]]:
    vocab = load_vocabulary()
    pats = [vocab.subject_gap_re, vocab.index_names_re, *(p for _, p in _DROPPED)]
    return [(p.pattern, p.flags & ~re.UNICODE) for p in pats]


def test_a_stored_pattern_matches_exactly_as_a_fresh_one(tmp_path):
    path = tmp_path / "patterns.marshal"
    keys = [*_checker_patterns(), (r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|per ?cent)", re.I), (r"(?x) a \s b # c", 0)]
    first = rx.PatternCache(path)
    fresh = [first.compile(p, f) for p, f in keys]
    first.save()
    assert path.exists()

    second = rx.PatternCache(path)
    stored = [second.compile(p, f) for p, f in keys]
    assert not second._dirty, "every pattern came from the file"
    for a, b, (p, f) in zip(fresh, stored, keys):
        assert _behaviour(a) == _behaviour(b) == _behaviour(re.compile(p, f))


def test_a_damaged_entry_is_compiled_afresh(tmp_path):
    path = tmp_path / "patterns.marshal"
    cache = rx.PatternCache(path)
    cache.compile(r"\b(?:rose|fell)\s+(\d+)%")
    cache.save()
    data = marshal.loads(path.read_bytes())
    for key, (flags, code, groups, index) in list(data["patterns"].items()):
        data["patterns"][key] = (flags, [999_999, *code[3:]], groups, index)
    path.write_bytes(marshal.dumps(data))

    cache = rx.PatternCache(path)
    p = cache.compile(r"\b(?:rose|fell)\s+(\d+)%")
    assert cache._dirty, "the damaged entry was refused and the pattern compiled afresh"
    assert p.search("it rose 12% today").group(1) == "12"


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps({"format": "cpython-299-0-0", "patterns": {}}),
                                     marshal.dumps([1, 2, 3])])
def test_an_unreadable_or_foreign_file_is_ignored(tmp_path, content):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    cache = rx.PatternCache(path)
    assert cache.compile(r"(\d+)\s*bn").search("USD 4 bn").group(1) == "4"
    cache.save()  # rewritten in the current format
    assert marshal.loads(path.read_bytes())["format"] == rx._FORMAT


def test_nothing_is_written_when_writing_is_off_or_impossible(tmp_path):
    path = tmp_path / "patterns.marshal"
    cache = rx.PatternCache(path, write=False)
    cache.compile(r"a+b")
    cache.save()
    assert not path.exists()

    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    cache = rx.PatternCache(blocked / "patterns.marshal")
    cache.compile(r"a+b")
    cache.save()  # the directory cannot be made: no error, no file


def test_invalid_patterns_fail_as_re_does(tmp_path):
    with pytest.raises(re.error):
        rx.PatternCache(tmp_path / "p.marshal").compile(r"(unclosed")


def test_the_file_keeps_this_process_patterns_first_and_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(rx, "MAX_ENTRIES", 3)
    path = tmp_path / "patterns.marshal"
    old = rx.PatternCache(path)
    for p in ("a1", "a2", "a3"):
        old.compile(p)
    old.save()

    new = rx.PatternCache(path)
    new.compile("a1")
    new.compile("b1")
    new.save()
    kept = [k[0] for k in marshal.loads(path.read_bytes())["patterns"]]
    assert kept[:2] == ["a1", "b1"] and len(kept) == 3


def test_the_checker_compiles_through_the_store():
    # The module-level patterns came through rx.compile: the process store holds them.
    assert (load_vocabulary().subject_gap_re.pattern, re.I) in rx._CACHE._patterns
