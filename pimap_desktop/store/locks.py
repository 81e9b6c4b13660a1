"""Advisory locks on a team database: one holder at a time for a long piece of work, and who
holds it.

A lock is PostgreSQL's session-level advisory lock (``pg_try_advisory_lock``), taken on a
connection of its own that is kept for as long as the work lasts and stays outside any
transaction meanwhile (no "idle in transaction" session that a server's timeout would end, no
snapshot held). It is let go at the end (``pg_advisory_unlock``); when that cannot be done, the
connection is closed rather than returned to the pool, which lets go of it too, as does a
crash or a lost network (the server ends the session).

While it holds the lock the connection's ``application_name`` says since when
(``pimap-lock <UTC time>``): PostgreSQL shows another user's ``backend_start`` and
``xact_start`` only to administrators, and its ``application_name`` to everyone. That is how a
second client can say "started by coordinator2 at 10:42".
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, bindparam, func, select, text
from sqlalchemy.exc import SQLAlchemyError

APP_NAME_PREFIX = "pimap-lock "


def lock_key(namespace: str, value: uuid.UUID) -> int:
    """A stable signed 64-bit key (PostgreSQL's bigint) for ``value`` in ``namespace``: the
    same on every client and in every version, distinct across namespaces."""
    digest = hashlib.blake2b(f"pimap:{namespace}:".encode() + value.bytes, digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock: the database user, and since when (None when the server does not
    say)."""

    user: str
    since: datetime | None


@dataclass(frozen=True)
class Lock:
    """The outcome of trying: ``held`` by us, or else ``holder`` (None when the holder let
    go meanwhile, or cannot be seen)."""

    held: bool
    holder: LockHolder | None = None


_HOLDER = text(
    "SELECT a.usename, a.application_name"
    " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
    " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    " AND l.classid::bigint = :high AND l.objid::bigint = :low"
    " AND l.pid <> pg_backend_pid()"
)


def lock_holder(connection: Connection, key: int) -> LockHolder | None:
    """Who holds the advisory lock ``key`` in this database, if anyone else does."""
    unsigned = key & 0xFFFF_FFFF_FFFF_FFFF
    row = connection.execute(
        _HOLDER, {"high": unsigned >> 32, "low": unsigned & 0xFFFF_FFFF}
    ).first()
    if row is None:
        return None
    user, app_name = row
    return LockHolder(user=str(user or "?"), since=_since(app_name))


def _since(app_name: str | None) -> datetime | None:
    if not app_name or not app_name.startswith(APP_NAME_PREFIX):
        return None
    try:
        stamp = datetime.fromisoformat(app_name.removeprefix(APP_NAME_PREFIX))
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


@contextmanager
def advisory_lock(engine: Engine, key: int, *, attempts: int = 3) -> Iterator[Lock]:
    """Try to take the advisory lock ``key`` on a connection of ``engine`` (PostgreSQL) and
    hold it for the ``with`` block; yield whether it is held, or who holds it.

    It never waits: a lock held by someone else is said at once. When the holder lets go
    between the try and the question "who?", the lock is tried again (``attempts`` times)."""
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        lock = Lock(held=False)
        for _ in range(attempts):
            if connection.scalar(select(func.pg_try_advisory_lock(key))):
                lock = Lock(held=True)
                break
            holder = lock_holder(connection, key)
            if holder is not None:
                lock = Lock(held=False, holder=holder)
                break
        if not lock.held:
            yield lock
            return
        try:
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            connection.execute(
                select(func.set_config("application_name", bindparam("name"), False)),
                {"name": f"{APP_NAME_PREFIX}{stamp}"},
            )
            yield lock
        finally:
            try:
                connection.execute(select(func.pg_advisory_unlock(key)))
                connection.execute(text("RESET application_name"))
            except SQLAlchemyError:
                connection.invalidate()  # closed, not pooled: the server lets go of the lock
