"""The read a user action starts from (the record to edit, what a deletion takes with it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.errors import report_error
from pimap_desktop.store.database import Database

T = TypeVar("T")


def read_or_report(
    parent: QWidget,
    db: Database,
    read: Callable[[Session], T],
    *,
    action: str = "",
    reload: Callable[[], None],
    errors: type[Exception] | tuple[type[Exception], ...] = PimapError,
) -> T | None:
    """``read`` in a session of its own. When it fails with one of ``errors``, the person is
    told that the ``action`` could not be done, ``reload`` shows the data as it is now (the
    record may be gone) and the result is None: the action stops there. ``read`` returns a
    value, never None."""
    try:
        with db.session() as session:
            return read(session)
    except errors as exc:
        report_error(parent, exc, action=action)
        reload()
        return None
