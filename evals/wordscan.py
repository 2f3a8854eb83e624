"""Whole-text scans for patterns that can only match where a word starts.

Why: `re` has no fast path for a pattern that opens with "\\b" and an alternation of
words ("\\b(?:rose|fell|...)[ \\t]+(?:to|at)..."), so `finditer` tries it at every
character of the draft; a dozen such scans were a fifth of a check. Here the draft's
word starts are indexed once by their first two characters (lowercased as `re.I`
compares them), and a pattern is tried only at the word starts its first two
characters allow. The matches are exactly those of `pattern.finditer(text)`: the
same pattern, tried at a superset of the positions where it can match, in order,
skipping positions inside the last match, as `finditer` does. A pattern whose first
characters cannot be bounded this way (a character class, a category, an optional
first word) is scanned by `finditer` as before. `tests/evals/test_wordscan.py` holds
the two equal on every text in the repository and on random strings.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator

try:  # The parser behind re.compile; private, so guarded (without it: plain finditer).
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - another Python
    _parser = None

_WORD_START = re.compile(r"(?<!\w)\w")
# re.I equates these with ASCII letters; every other non-ASCII character only with
# non-ASCII ones (checked over all of Unicode when this table was written).
_FOLD = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_CLASS_LIMIT = 64  # a character set wider than this is not worth gating on
_HEADS_LIMIT = 120  # nor a pattern that can start with more pairs than this ("\\b[A-Za-z]+")


def _fold(s: str) -> str:
    """Lowercased as re.I compares with ASCII letters, one character for one."""
    return s.lower() if s.isascii() else "".join(_FOLD.get(ch) or ch.lower()[:1] for ch in s)


class _Unbounded(Exception):
    pass


def _chars(op, av) -> set[str]:
    """The characters one LITERAL or IN item matches, lowercased; raises when unbounded."""
    if op is _c.LITERAL:
        out = {chr(av)}
    elif op is _c.IN:
        out = set()
        for sop, sav in av:
            if sop is _c.LITERAL:
                out.add(chr(sav))
            elif sop is _c.RANGE and sav[1] - sav[0] < _CLASS_LIMIT:
                out.update(chr(o) for o in range(sav[0], sav[1] + 1))
            else:  # NEGATE, CATEGORY (\d, \s, \w), a wide range
                raise _Unbounded
    else:
        raise _Unbounded
    if any(not ch.isascii() for ch in out):
        raise _Unbounded  # keep the folding table's promise: ASCII heads only
    # lowercased either way: the index is by lowercased keys, and for a case-sensitive
    # pattern that only widens the candidates
    return {ch.lower() for ch in out}


def _heads(items: list, n: int, icase: bool) -> set[str]:
    """Strings of up to n characters that a match of this item sequence can start with.

    A string shorter than n means the match can end (or the analysis stops) there."""
    if n == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _heads(rest, n, icase)  # zero width: ignoring it can only widen the set
    if op is _c.SUBPATTERN:
        _group, add, dele, sub = av
        sub_icase = (icase or bool(add & _c.SRE_FLAG_IGNORECASE)) and not dele & _c.SRE_FLAG_IGNORECASE
        if sub_icase != icase:  # a scoped flag: its own items, then the rest as before
            return {h + t for h in _heads(list(sub), n, sub_icase)
                    for t in (_heads(rest, n - len(h), icase) if len(h) < n else {""})}
        return _heads(list(sub) + rest, n, icase)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _heads(list(alt) + rest, n, icase)
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if hi == 0:
            return _heads(rest, n, icase)
        # once more than the minimum, or the rest: one step consumes at least one character
        again = [(op, (max(lo - 1, 0), hi - 1 if hi != _c.MAXREPEAT else hi, sub))]
        if not _consumes(list(sub)):
            raise _Unbounded
        out = _heads(list(sub) + again + rest, n, icase)
        return out | _heads(rest, n, icase) if lo == 0 else out
    if op in (_c.LITERAL, _c.IN):
        firsts = _chars(op, av)
        try:
            tails = _heads(rest, n - 1, icase)
        except _Unbounded:  # "a" and then any space: the first character alone bounds it
            tails = {""}
        return {ch + t for ch in firsts for t in tails}
    raise _Unbounded  # ANY, NOT_LITERAL, a group reference, a conditional: no bound


def _consumes(items: list) -> bool:
    """Whether every match of the sequence takes at least one character (conservative)."""
    for op, av in items:
        if op in (_c.LITERAL, _c.IN, _c.NOT_LITERAL, _c.ANY):
            return True
        if op is _c.SUBPATTERN and _consumes(list(av[3])):
            return True
        if op is _c.BRANCH and all(_consumes(list(a)) for a in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1 and _consumes(list(av[2])):
            return True
    return False


def word_heads(pattern: re.Pattern) -> frozenset[str] | None:
    """The lowercased first one or two characters of any match, when every match starts a
    word (the pattern opens with "\\b" or "(?<!\\w)" before a word character); else None."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - whatever the parser makes of it, scan as before
        return None
    icase = bool(pattern.flags & re.IGNORECASE)
    while items and items[0][0] is _c.SUBPATTERN and items[0][1][0] is None and len(items) == 1:
        items = list(items[0][1][3])  # a pattern wrapped in one non-capturing group
    if not items or not _starts_word(items[0]):
        return None
    try:
        heads = _heads(items[1:], 2, icase)
    except (_Unbounded, RecursionError):
        return None
    if not heads or len(heads) > _HEADS_LIMIT or any(not h or not h[0].isalnum() for h in heads):
        return None  # a match that can start with no character, or with a non-word one
    return frozenset(heads)


def _starts_word(item) -> bool:
    op, av = item
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.ASSERT_NOT and av[0] == -1:  # (?<!\w) and (?<![\w])
        body = list(av[1])
        return len(body) == 1 and body[0][0] is _c.IN and list(body[0][1]) == [(_c.CATEGORY, _c.CATEGORY_WORD)]
    return False


class WordIndex:
    """A string's word starts, by their folded first two characters."""

    __slots__ = ("text", "two", "firsts")

    def __init__(self, text: str) -> None:
        self.text = text
        # arrays, not lists of ints: a 10 MB draft has 1.7 million word starts
        self.two: dict[str, array] = {}
        ascii_text = text.isascii()
        for m in _WORD_START.finditer(text):
            q = m.start()
            key = text[q:q + 2].lower() if ascii_text else _fold(text[q:q + 2])
            where = self.two.get(key)
            if where is None:
                where = self.two[key] = array("q")
            where.append(q)
        self.firsts: dict[str, list[str]] = {}
        for key in self.two:
            self.firsts.setdefault(key[:1], []).append(key)

    def candidates(self, heads: frozenset[str]) -> list[int]:
        out: list[int] = []
        for h in heads:
            for key in (h,) if len(h) == 2 else self.firsts.get(h, ()):
                out.extend(self.two.get(key, ()))
        return sorted(set(out))


_HEADS: dict[tuple[str, int], frozenset[str] | None] = {}
_LAST: list[WordIndex] = []  # the last few strings scanned, with their index


def _index(text: str) -> WordIndex:
    for idx in _LAST:
        if idx.text is text:
            return idx
    idx = WordIndex(text)
    _LAST.insert(0, idx)
    del _LAST[3:]  # the draft, its scan copy and its prose copy
    return idx


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, tried only where a match can start when it starts a word."""
    key = (pattern.pattern, pattern.flags)
    heads = _HEADS.get(key, False)
    if heads is False:
        heads = _HEADS[key] = word_heads(pattern)
    if heads is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for q in _index(text).candidates(heads):
        if q < end:
            continue  # inside the last match, as finditer skips it
        m = pattern.match(text, q)
        if m:
            yield m
            end = m.end() if m.end() > q else q + 1
