"""Colleagues' changes on a team database: PostgreSQL's NOTIFY after each commit, and a listener.

Every session made by ``open_database`` on PostgreSQL sends, in the transaction of each commit
that changed data, one ``NOTIFY pimap_changes`` whose payload is a small JSON object: the names
of the tables written and the missions they belong to when the changed records say so::

    {"tables": ["meetings", "meeting_participants"], "missions": ["6f1c…"]}

No personal data is in it: table names and mission ids only (``"missions": null`` when more
missions than ``MAX_MISSIONS`` were touched: "any"). PostgreSQL delivers it to every listening
connection when, and only if, the transaction commits.

What counts as written: ORM objects added, changed or deleted (and the association tables of
their changed many-to-many relationships), and ``insert``/``update``/``delete`` statements run
through ``Session.execute``. Text SQL and raw connections are not seen.

``ChangeListener`` is the other end: a dedicated connection that LISTENs, with ``fileno()`` for
an event loop (the GUI's ``QSocketNotifier``) and ``poll(timeout)`` returning what arrived.
A window ignores its own notices: ``own_backend_pids(engine)`` holds the server processes of
the connections through which this process sent them.
"""

from __future__ import annotations

import json
import logging
import uuid
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from pimap_desktop.domain.errors import DatabaseError

log = logging.getLogger(__name__)

CHANNEL = "pimap_changes"
MAX_MISSIONS = 20  # beyond that, "missions": null (any): the payload stays small
PG_CONNECT_TIMEOUT_SECONDS = 10

# What the transaction under way wrote, in ``Session.info``.
_TABLES = "pimap_changed_tables"
_MISSIONS = "pimap_changed_missions"

# The backend pids of the connections that sent notices, per engine (this process's own).
_own_pids: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


# --------------------------------------------------------------------------- sending


def _noted(session: Session) -> tuple[set[str], set[uuid.UUID]]:
    tables: set[str] = session.info.setdefault(_TABLES, set())
    missions: set[uuid.UUID] = session.info.setdefault(_MISSIONS, set())
    return tables, missions


def _note_object(obj: Any, tables: set[str], missions: set[uuid.UUID]) -> None:
    state = sa_inspect(obj)
    mapper = state.mapper
    tables.update(table.name for table in mapper.tables if hasattr(table, "name"))
    loaded = state.dict  # never a lazy load inside a flush
    mission = loaded.get("id") if mapper.local_table.name == "missions" else None
    mission = mission or loaded.get("mission_id")
    if isinstance(mission, uuid.UUID):
        missions.add(mission)
    for relationship in mapper.relationships:
        secondary = relationship.secondary
        if secondary is None or not hasattr(secondary, "name"):
            continue
        if relationship.key in loaded and state.attrs[relationship.key].history.has_changes():
            tables.add(secondary.name)


def _after_flush(session: Session, _context: Any) -> None:
    tables, missions = _noted(session)
    for obj in session.new:
        _note_object(obj, tables, missions)
    for obj in session.deleted:
        _note_object(obj, tables, missions)
    for obj in session.dirty:
        if session.is_modified(obj):
            _note_object(obj, tables, missions)


def _note_statement(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if not isinstance(name, str):
        return
    tables, missions = _noted(state.session)
    tables.add(name)
    # The missions of the rows a statement's parameters carry (a bulk insert's rows say so).
    parameters = state.parameters
    rows = [parameters] if isinstance(parameters, Mapping) else parameters or []
    for row in rows if isinstance(rows, list) else []:
        mission = row.get("id") if name == "missions" else row.get("mission_id")
        if isinstance(mission, uuid.UUID):
            missions.add(mission)


def payload(tables: Iterable[str], missions: Iterable[uuid.UUID] | None) -> str:
    """The JSON text of one notice."""
    listed = None if missions is None else sorted(str(m) for m in missions)
    if listed is not None and len(listed) > MAX_MISSIONS:
        listed = None
    return json.dumps({"tables": sorted(tables), "missions": listed}, separators=(",", ":"))


def _before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: the outer commit says it all
    if session.new or session.dirty or session.deleted:
        session.flush()  # what is still pending is written now, and noted by _after_flush
    tables = session.info.get(_TABLES)
    if not tables:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    missions: set[uuid.UUID] = session.info.get(_MISSIONS, set())
    connection.execute(select(func.pg_notify(CHANNEL, payload(tables, missions))))
    pid = getattr(getattr(connection.connection.driver_connection, "info", None), "backend_pid", 0)
    if pid:
        _own_pids.setdefault(connection.engine, set()).add(int(pid))


def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended: committed or not
        session.info.pop(_TABLES, None)
        session.info.pop(_MISSIONS, None)


def notify_changes(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Make every session of ``sessions`` announce, on PostgreSQL, what each commit changed
    (``NOTIFY pimap_changes``); on SQLite it notes the tables and sends nothing."""
    bind = sessions.kw.get("bind")
    if bind is not None and bind.dialect.name != "postgresql":
        return sessions
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _note_statement)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_transaction_end", _forget)
    return sessions


def own_backend_pids(engine: Engine) -> frozenset[int]:
    """The server processes through which this process's sessions on ``engine`` sent notices:
    a notice from one of them is this window's own change."""
    return frozenset(_own_pids.get(engine, ()))


# --------------------------------------------------------------------------- listening


@dataclass(frozen=True)
class Change:
    """One notice: the tables a colleague's commit wrote, the missions when known (None: any),
    and the server process that sent it."""

    tables: frozenset[str]
    missions: frozenset[uuid.UUID] | None
    pid: int

    @classmethod
    def parse(cls, text: str, pid: int) -> Change:
        """A notice's payload; anything unreadable counts as "every table, any mission"."""
        try:
            data = json.loads(text)
            tables = frozenset(str(t) for t in data["tables"])
            missions = data.get("missions")
            parsed = None if missions is None else frozenset(uuid.UUID(m) for m in missions)
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls(tables=frozenset({"*"}), missions=None, pid=pid)
        return cls(tables=tables, missions=parsed, pid=pid)


class ChangeListener:
    """A dedicated connection to a team database that LISTENs for ``pimap_changes``.

    ``fileno()`` becomes readable when a notice arrives; ``poll(timeout)`` waits up to
    ``timeout`` seconds for one and returns every notice that has arrived (an empty list when
    none). A lost connection raises DatabaseError from ``poll``; ``close`` ends it."""

    def __init__(self, url: str) -> None:
        import psycopg

        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            raise DatabaseError("Colleagues' changes are announced on a PostgreSQL team database.")
        from sqlalchemy import create_engine

        engine = create_engine(parsed)
        try:
            cargs, cparams = engine.dialect.create_connect_args(parsed)
        finally:
            engine.dispose()
        cparams.setdefault("connect_timeout", PG_CONNECT_TIMEOUT_SECONDS)
        try:
            self._conn = psycopg.connect(*cargs, autocommit=True, **cparams)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise DatabaseError(
                f"Colleagues' changes cannot be followed: {_first_line(exc)}."
            ) from None
        self.backend_pid: int = self._conn.info.backend_pid

    def fileno(self) -> int:
        return self._conn.fileno()

    def poll(self, timeout: float = 0.0) -> list[Change]:
        import psycopg

        try:
            first = list(self._conn.notifies(timeout=timeout, stop_after=1))
            rest = list(self._conn.notifies(timeout=0)) if first else []
        except psycopg.Error as exc:
            raise DatabaseError(
                f"The connection that follows colleagues' changes was lost: {_first_line(exc)}."
            ) from None
        return [Change.parse(n.payload, n.pid) for n in first + rest if n.channel == CHANNEL]

    @property
    def closed(self) -> bool:
        return bool(self._conn.closed)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ChangeListener:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
