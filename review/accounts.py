"""Editor accounts: argon2id password hashes (argon2-cffi), created from the command line."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from marketdesk.errors import InputError
from storage.drafts import DraftStore
from storage.schema import UserRow

_hasher = PasswordHasher()
_NAME = re.compile(r"^[A-Za-z0-9_.@-]{2,80}$")


def add_user(store: DraftStore, username: str, password: str) -> None:
    if not _NAME.match(username):
        raise InputError(None, f"username {username!r}: 2-80 letters, digits or _.@-", "choose another name")
    if len(password) < 10:
        raise InputError(None, "password too short", "use at least 10 characters")
    try:
        with store.Session.begin() as s:
            s.add(UserRow(username=username, password_hash=_hasher.hash(password)))
    except IntegrityError:
        raise InputError(None, f"user {username!r} exists", "pick another name") from None


def authenticate(store: DraftStore, username: str, password: str) -> bool:
    with store.Reader() as s:
        row = s.execute(select(UserRow).where(UserRow.username == username)).scalar_one_or_none()
    if row is None:
        _hasher.hash(password)  # same work either way: no timing hint that the name exists
        return False
    try:
        return _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def session_generation(store: DraftStore, username: str) -> int | None:
    """The user's current session generation, or None if there is no such account (any more)."""
    with store.Reader() as s:
        return s.execute(select(UserRow.session_gen).where(UserRow.username == username)).scalar_one_or_none()


def end_sessions(store: DraftStore, username: str) -> None:
    from sqlalchemy import update

    with store.Session.begin() as s:
        s.execute(update(UserRow).where(UserRow.username == username).values(session_gen=UserRow.session_gen + 1))


def usernames(store: DraftStore) -> list[str]:
    with store.Reader() as s:
        return list(s.execute(select(UserRow.username).order_by(UserRow.username)).scalars())
