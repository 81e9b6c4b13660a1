"""Which version of PIMAP last wrote to the database.

PIMAP has one version number, pyproject.toml's, read from the installed distribution's metadata
(``pimap_desktop.__version__``; the frozen application carries that metadata, see
packaging/pimap.spec). A session that changes anything records it in ``app_meta``
(``last_written_by``) in the same transaction, just before the commit. A session that only
reads records nothing and so takes no write lock; opening and upgrading the database record
nothing either.

Changes made through the ORM (new, changed or deleted objects) and ``insert``/``update``/
``delete`` statements run by ``session.execute`` count as writes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, Engine, String, Table, event, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from pimap_desktop import __version__
from pimap_desktop.domain.models import Base

LAST_WRITTEN_BY = "last_written_by"

# Created by migration 0006; one row per key.
app_meta = Table(
    "app_meta",
    Base.metadata,
    Column("key", String(100), primary_key=True),
    Column("value", String(200), nullable=False),
)

# Flags in ``Session.info`` for the transaction under way.
_WROTE = "pimap_wrote"
_STAMPED = "pimap_stamped"


def _pending_changes(session: Session) -> bool:
    return bool(
        session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty)
    )


def _note_flush(session: Session, _context: Any, _instances: Any) -> None:
    if _pending_changes(session):
        session.info[_WROTE] = True


def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


def _stamp(session: Session) -> None:
    # Called before the commit's last flush: changes still pending count too.
    info = session.info
    if (info.get(_WROTE) or _pending_changes(session)) and not info.get(_STAMPED):
        info[_STAMPED] = True
        record_version(session)


def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended: committed or not
        session.info.pop(_WROTE, None)
        session.info.pop(_STAMPED, None)


def record_version(session: Session, version: str = __version__) -> None:
    """Record ``version`` as the last to write, unless it already is (then nothing is written)."""
    current = session.execute(
        select(app_meta.c.value).where(app_meta.c.key == LAST_WRITTEN_BY)
    ).scalar_one_or_none()
    if current == version:
        return
    if current is None:
        session.execute(insert(app_meta).values(key=LAST_WRITTEN_BY, value=version))
    else:
        session.execute(
            update(app_meta).where(app_meta.c.key == LAST_WRITTEN_BY).values(value=version)
        )


def stamp_writes(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Make every session of ``sessions`` record the version with the first change it commits."""
    event.listen(sessions, "before_flush", _note_flush)
    event.listen(sessions, "do_orm_execute", _note_statement)
    event.listen(sessions, "before_commit", _stamp)
    event.listen(sessions, "after_transaction_end", _forget)
    return sessions


def last_written_by(bind: Engine | Connection) -> str | None:
    """The version of PIMAP that last changed the database; None when none has recorded it
    (a database not changed since the upgrade that added the record) or it cannot be read."""
    statement = select(app_meta.c.value).where(app_meta.c.key == LAST_WRITTEN_BY)
    try:
        if isinstance(bind, Connection):
            return bind.execute(statement).scalar_one_or_none()
        with bind.connect() as connection:
            return connection.execute(statement).scalar_one_or_none()
    except SQLAlchemyError:
        return None


def describe_last_writer(bind: Engine | Connection) -> str:
    """One line for ``pimap check`` and Help ▸ About."""
    version = last_written_by(bind)
    if version is None:
        return "No version of PIMAP has recorded a change to it yet."
    return f"It was last written by PIMAP {version}."
