"""One user action, one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, SessionTransaction

from pimap_desktop.domain.errors import DatabaseError


@contextmanager
def transaction(session: Session) -> Iterator[SessionTransaction]:
    """Run a change as one transaction: all of it is committed, or none of it.

    A session may still hold the transaction of an earlier read (SQLAlchemy begins one on the
    first query); that read is closed first. Changes are made only inside services, so it has
    nothing to write; a session with unsaved changes is a programming error.
    """
    if session.in_transaction():
        if session.new or session.dirty or session.deleted:
            raise RuntimeError("the session holds changes made outside a service")
        session.commit()
    try:
        with session.begin() as tx:
            yield tx
    except OperationalError as exc:
        if "locked" in str(exc.orig) or "busy" in str(exc.orig):
            raise DatabaseError(
                "The database is busy: another program is writing to it. Nothing was changed; "
                "try again in a moment."
            ) from None
        raise
