"""Colleagues' changes reach this window: the GUI end of ``store.changes``.

``ColleagueChanges`` follows a team database's ``pimap_changes`` notices on a connection of its
own, woken by a ``QSocketNotifier`` on that connection's socket (no polling, no thread). The
tables of the notices that arrive in the ``DEBOUNCE_MS`` after a first one are gathered, and
``changed`` is emitted once with them: a colleague's many small commits refresh each page once,
and a steady stream of changes still shows every ``DEBOUNCE_MS``. This window's own commits are not announced back to it (their server process is one
of ``own_backend_pids``).

A lost connection is retried every ``RECONNECT_MS``; once back, ``changed`` carries every table
(``ALL_TABLES``): what happened meanwhile is not known. On SQLite it does nothing (``start``
returns False): a database file has one user at a time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from pimap_desktop.domain.errors import DatabaseError
from pimap_desktop.domain.models import Base
from pimap_desktop.store.changes import ChangeListener, own_backend_pids
from pimap_desktop.store.database import Database

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
RECONNECT_MS = 10_000
ALL_TABLES = frozenset(table.name for table in Base.metadata.sorted_tables)


class ColleagueChanges(QObject):
    """Emits ``changed(set[str])``: the tables colleagues changed, a few at a time."""

    changed = Signal(object)  # set[str]

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        reconnect_ms: int = RECONNECT_MS,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: set[str] = set()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._emit)
        self._reconnect = QTimer(self)
        self._reconnect.setSingleShot(True)
        self._reconnect.setInterval(reconnect_ms)
        self._reconnect.timeout.connect(self._reconnect_now)

    @property
    def active(self) -> bool:
        return self._listener is not None

    def start(self) -> bool:
        """Follow the database's notices; False on SQLite, or when the server cannot be
        reached now (then it is tried again every ``reconnect_ms``)."""
        if self._db.engine.dialect.name != "postgresql":
            return False
        return self._connect()

    def stop(self) -> None:
        self._reconnect.stop()
        self._debounce.stop()
        self._pending.clear()
        self._drop()

    def _connect(self) -> bool:
        try:
            listener = ChangeListener(self._db.url)
        except DatabaseError as exc:
            log.warning("colleagues' changes not followed for now: %s", type(exc).__name__)
            self._reconnect.start()
            return False
        self._listener = listener
        notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._read)
        self._notifier = notifier
        return True

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _reconnect_now(self) -> None:
        if self._connect():
            self._pending |= ALL_TABLES
            self._debounce.start()

    def _read(self, *_args: object) -> None:
        if self._listener is None:
            return
        try:
            changes = self._listener.poll(0)
        except DatabaseError:
            log.warning("the connection that follows colleagues' changes was lost; retrying")
            self._drop()
            self._reconnect.start()
            return
        own = own_backend_pids(self._db.engine)
        tables: set[str] = set()
        for change in changes:
            if change.pid in own:
                continue
            tables |= ALL_TABLES if "*" in change.tables else change.tables
        if tables:
            self._pending |= tables
            if not self._debounce.isActive():
                self._debounce.start()

    def _emit(self) -> None:
        tables, self._pending = self._pending, set()
        if tables:
            self.changed.emit(tables)
