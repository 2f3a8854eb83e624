"""Compiled regular expressions, kept between processes like bytecode.

The checker's reading is a few hundred regular expressions, many of them long
alternations built from the vocabulary. The standard library parses and compiles a
pattern in pure Python, and doing that for every pattern is about a third of what one
`marketdesk eval` process costs (measured with `benchmarks/check_speed.py`). The
parsed form is a list of integers that `_sre` turns back into a pattern in
microseconds, so this module stores it, keyed by pattern text and flags, in a file
beside our own bytecode and reuses it the next time.

The store is a cache and nothing else:
- a pattern missing from it, or a file that is absent, stale, unreadable or written by
  another Python, means a normal `re.compile`;
- the file is written with `marshal` (plain data, never executed), only when Python
  itself may write bytecode (`PYTHONDONTWRITEBYTECODE` is honoured), atomically, with
  this process's patterns first and older ones after, up to `MAX_ENTRIES`, so it never
  grows without bound;
- `_sre` checks every code list it is given, so a damaged file cannot yield a wrong
  pattern: it raises, and the pattern is compiled afresh.
"""

from __future__ import annotations

import atexit
import importlib.util
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:  # The parser and code generator behind re.compile; private, so guarded.
    import _sre
    from re import _compiler, _parser

    _FORMAT = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # another Python: plain re.compile
    _sre = None
    _FORMAT = ""

MAX_ENTRIES = 2048  # the checker uses about 200; the rest is room for older versions' patterns

_Key = tuple[str, int]
# What _sre.compile needs besides the pattern text: final flags, code, group count, group names.
_Entry = tuple[int, list[int], int, dict[str, int]]


def _parse(pattern: str, flags: int) -> tuple[re.Pattern, _Entry]:
    """What `re._compiler.compile` does, keeping the code list it throws away."""
    p = _parser.parse(pattern, flags)
    # Plain ints: the opcodes are int subclasses, which marshal will not store.
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    entry = (flags | p.state.flags, code, p.state.groups - 1, groupindex)
    return _build(pattern, entry), entry


def _build(pattern: str, entry: _Entry) -> re.Pattern:
    final_flags, code, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))


class PatternCache:
    """`compile()` that remembers parsed patterns in `path` between processes."""

    def __init__(self, path: Path | None, write: bool = True) -> None:
        self.path = path
        self.write = write and path is not None and _sre is not None
        self._stored: dict[_Key, _Entry] = self._load()
        self._used: dict[_Key, _Entry] = {}
        self._patterns: dict[_Key, re.Pattern] = {}
        self._dirty = False

    def _load(self) -> dict[_Key, _Entry]:
        if self.path is None or _sre is None:
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return {}
        entries = data.get("patterns")
        return entries if isinstance(entries, dict) else {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        flags = int(flags)
        key = (pattern, flags)
        hit = self._patterns.get(key)
        if hit is not None:
            return hit
        if _sre is None:
            compiled = re.compile(pattern, flags)
        else:
            compiled = self._from_store(key) or self._fresh(key)
        self._patterns[key] = compiled
        return compiled

    def _from_store(self, key: _Key) -> re.Pattern | None:
        entry = self._stored.get(key)
        if entry is None:
            return None
        try:
            compiled = _build(key[0], entry)
        except (RuntimeError, TypeError, ValueError, IndexError, OverflowError):
            return None  # a damaged or foreign entry: compile afresh
        self._used[key] = entry
        return compiled

    def _fresh(self, key: _Key) -> re.Pattern:
        try:
            compiled, entry = _parse(*key)
        except re.error:
            raise
        except Exception:  # the private parser changed shape: the public path still works
            return re.compile(*key)
        self._used[key] = entry
        self._dirty = True
        return compiled

    def save(self) -> None:
        """Write the patterns this process used, if any were new, then older ones; never raises.

        Older entries are kept so a process that compiles fewer patterns (an import
        without a check) does not evict the ones a full check needs.
        """
        if not (self.write and self._dirty):
            return
        keep = dict(self._used)
        for key, entry in self._stored.items():
            if len(keep) >= MAX_ENTRIES:
                break
            keep.setdefault(key, entry)
        try:
            data = marshal.dumps({"format": _FORMAT, "patterns": keep})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, ValueError):
            return  # a read-only install: like bytecode, just not cached
        self._stored = keep
        self._dirty = False


def _default_path() -> Path | None:
    # Beside this module's bytecode, so `sys.pycache_prefix` and read-only installs
    # behave as they do for the .pyc files.
    try:
        pyc = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):
        return None
    return Path(pyc).with_name(f"patterns.{sys.implementation.cache_tag}.marshal")


# One per process, like re's own cache; written at exit if it learned anything.
_CACHE = PatternCache(_default_path(), write=not sys.dont_write_bytecode)
atexit.register(_CACHE.save)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - mirrors re.compile
    """`re.compile`, served from the on-disk store when this pattern was seen before."""
    return _CACHE.compile(pattern, flags)
