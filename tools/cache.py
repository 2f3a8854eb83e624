"""The fetch cache: provider payloads in the project's SQLite database.

What is cached is what ``extract`` + ``transform`` produced (bars, quotes, raw
series as JSON), keyed by provider and series, with the time it was fetched.
The caller decides freshness (``FetchCache.get(key, max_age)``); ``--offline``
takes any age. Writes are one statement each, so a crash never leaves a half
entry, and an entry is only replaced by a newer successful fetch.

stdlib ``sqlite3`` on purpose: a warm run reads ~30 rows and must finish in
50 ms; the storage issue moves the project's tables to SQLAlchemy and keeps this
table's shape.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from marketdesk.errors import InputError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetch_cache (
    key        TEXT PRIMARY KEY,   -- provider:kind:series, e.g. yfinance:bars:0981.HK:2024-12-18:2025-11-28
    payload    TEXT NOT NULL,      -- JSON of the model that transform produced
    fetched_at TEXT NOT NULL       -- ISO 8601, UTC
)
"""


_MEMO_MAX = 20_000  # entries kept parsed in memory per cache; past it, the memo starts again


class CachedEntry:
    __slots__ = ("payload", "fetched_at", "models")

    def __init__(self, payload: Any, fetched_at: datetime) -> None:
        self.payload = payload
        self.fetched_at = fetched_at
        self.models: dict[type, Any] = {}  # the payload validated as a model, once (tools.bundle._load)

    def age(self, now: datetime | None = None) -> timedelta:
        return (now or datetime.now(timezone.utc)) - self.fetched_at


class FetchCache:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._memo: dict[str, tuple[str, CachedEntry]] = {}
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as err:
            raise InputError(str(path), f"cannot open the database ({err})",
                             "set MARKETDESK_DATA_DIR to a writable folder, or move a damaged file aside") from None

    def get(self, key: str, max_age: timedelta | None = None) -> CachedEntry | None:
        with self._lock:
            row = self._db.execute("SELECT payload, fetched_at FROM fetch_cache WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        entry = CachedEntry(json.loads(row[0]), datetime.fromisoformat(row[1]))
        if max_age is not None and entry.age() > max_age:
            return None
        return entry

    def get_many(self, keys: list[str]) -> dict[str, CachedEntry]:
        if not keys:
            return {}
        marks = ",".join("?" * len(keys))
        with self._lock:
            stamps = self._db.execute(f"SELECT key, fetched_at FROM fetch_cache WHERE key IN ({marks})", keys).fetchall()
            if len(self._memo) + len(stamps) > _MEMO_MAX:
                self._memo.clear()
            # An entry read before, unchanged since (a write always brings a newer fetched_at), is
            # reused parsed and validated: a nightly run reads the same series for many briefs.
            stale = [k for k, f in stamps if (hit := self._memo.get(k)) is None or hit[0] != f]
            if stale:
                marks = ",".join("?" * len(stale))
                for k, p, f in self._db.execute(
                        f"SELECT key, payload, fetched_at FROM fetch_cache WHERE key IN ({marks})", stale).fetchall():
                    self._memo[k] = (f, CachedEntry(json.loads(p), datetime.fromisoformat(f)))
            return {k: self._memo[k][1] for k, _ in stamps if k in self._memo}

    _UPSERT = ("INSERT INTO fetch_cache (key, payload, fetched_at) VALUES (?, ?, ?) "
               "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, fetched_at = excluded.fetched_at "
               "WHERE excluded.fetched_at >= fetch_cache.fetched_at")

    def put(self, key: str, payload: Any, fetched_at: datetime) -> None:
        self.put_many([(key, payload, fetched_at)])

    def put_many(self, items: list[tuple[str, Any, datetime]]) -> None:
        """Store several entries in one transaction: all of them, or (on a crash) none."""
        rows = [(k, json.dumps(p, separators=(",", ":"), default=str), f.isoformat()) for k, p, f in items]
        with self._lock:
            with self._db:  # BEGIN ... COMMIT
                self._db.execute("BEGIN")
                self._db.executemany(self._UPSERT, rows)

    def close(self) -> None:
        with self._lock:
            self._db.close()
