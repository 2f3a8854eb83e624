from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tools.cache import FetchCache


def test_entries_survive_a_new_connection_and_age_out(tmp_path):
    now = datetime.now(timezone.utc)
    FetchCache(tmp_path / "c.db").put("dbnomics:X/Y/Z", {"v": [1.5, None]}, now - timedelta(hours=30))
    cache = FetchCache(tmp_path / "c.db")
    assert cache.get("dbnomics:X/Y/Z").payload == {"v": [1.5, None]}
    assert cache.get("dbnomics:X/Y/Z", max_age=timedelta(hours=24)) is None
    assert cache.get("nope") is None


def test_an_older_fetch_never_replaces_a_newer_one(tmp_path):
    cache = FetchCache(tmp_path / "c.db")
    now = datetime.now(timezone.utc)
    cache.put("k", {"v": "new"}, now)
    cache.put("k", {"v": "old"}, now - timedelta(days=1))
    assert cache.get("k").payload == {"v": "new"}
    assert set(cache.get_many(["k", "missing"])) == {"k"}


def test_a_damaged_database_is_a_one_line_error(tmp_path):
    import pytest

    from marketdesk.errors import InputError

    (tmp_path / "c.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError, match="cannot open the database .*move a damaged file aside"):
        FetchCache(tmp_path / "c.db")
