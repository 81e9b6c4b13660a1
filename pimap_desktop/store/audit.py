"""Who changed what: every change made through the store's sessions is stamped, and the
changes of the audited records are kept.

One place does it for every service, the GUI and the ``pimap`` command alike:

- A record (``domain.models.Record``) that is added or changed gets ``updated_by``: the
  database user (PostgreSQL's ``current_user``, asked once per connection; on SQLite, the
  operating-system login, or "this computer"). Its ``version`` goes one up with every change
  (the mapper's version counter; see domain/models.py).
- The records of ``AUDITED_TABLES`` (registrations, meetings, meeting requests, follow-ups)
  leave one ``audit_log`` row per insert, update and delete: who, when (UTC), the mission, and
  each field's old and new value as text.
- ``insert``/``update``/``delete`` statements run by ``session.execute`` on records do the
  same: an UPDATE also sets ``updated_by`` and moves ``version`` on; the rows it touches are
  read before and after (their versions; an audited table's values too, and a DELETE's rows
  before), so that their changes are kept too. Nothing written through a session escapes the
  log. (Rows that the database itself deletes by a foreign key's ON DELETE CASCADE are not
  seen.)
- The versions written are known: by the transaction (``versions_written``, with the versions
  before: ``versions_before``), and by this program since it opened the database
  (``written_here``): a version it did not write is someone else's (services/undo.py).

Nothing of it reaches the application's log: the values are data, kept in the database.
"""

from __future__ import annotations

import enum
import getpass
import json
import os
import uuid
import weakref
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from itertools import repeat
from json.encoder import encode_basestring_ascii
from operator import eq, is_, itemgetter, methodcaller
from typing import Any

from sqlalchemy import Connection, Engine, Table, event, func, insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import MANYTOONE, ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.attributes import History
from sqlalchemy.orm.state import InstanceState
from sqlalchemy.sql.dml import Delete, Insert, Update

from pimap_desktop.domain.models import (
    AUDITED_TABLES,
    USER_NAME_LENGTH,
    AuditEntry,
    Base,
    Record,
)
from pimap_desktop.domain.types import utcnow

FALLBACK_USER = "this computer"
# Columns every record has: its bookkeeping, not what a person changed.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version", "updated_by"})
# The database user of a connection, in its ``info`` (kept as long as the connection).
_USER_KEY = "pimap_database_user"

INSERT, UPDATE, DELETE = "insert", "update", "delete"


# --------------------------------------------------------------------------- the user


def os_login() -> str:
    """The operating-system login, or "this computer" when there is none to be found."""
    try:
        name = getpass.getuser().strip()
    except Exception:  # no login name in the environment nor the password database
        name = ""
    return name or FALLBACK_USER


def database_user(connection: Connection) -> str:
    """Who writes through ``connection``: PostgreSQL's ``current_user`` (asked once per
    connection), or on SQLite the operating-system login."""
    info = connection.info
    user = info.get(_USER_KEY)
    if not isinstance(user, str):
        if connection.dialect.name == "postgresql":
            user = str(connection.execute(select(func.current_user())).scalar_one())
        else:
            user = os_login()
        user = user[:USER_NAME_LENGTH]
        info[_USER_KEY] = user
    return user


# --------------------------------------------------------------------------- values as text


def as_text(value: Any) -> str | None:
    """A value as the audit log keeps it: JSON-safe text (None stays None)."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"({len(value)} bytes)"
    if isinstance(value, list | tuple):
        return json.dumps([as_text(v) for v in value], ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps({str(k): as_text(v) for k, v in value.items()}, ensure_ascii=False)
    return str(value)


def _ids(objects: Iterable[Any]) -> list[str]:
    return sorted(str(o.id) for o in objects if getattr(o, "id", None) is not None)


# --------------------------------------------------------------------------- the records


def _record_tables() -> dict[str, type[Record]]:
    found: dict[str, type[Record]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Record):
            found[getattr(mapper.local_table, "name", "")] = cls
    return found


_RECORDS: dict[str, type[Record]] = {}


def record_class(table_name: str) -> type[Record] | None:
    """The record class of a table; None for a table of no record (links, the log itself)."""
    if not _RECORDS:
        _RECORDS.update(_record_tables())
    return _RECORDS.get(table_name)


def _entry(
    table: str,
    record_id: Any,
    action: str,
    changes: Mapping[str, list[str | None]],
    user: str,
    at: datetime,
    mission_id: Any,
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "table_name": table,
        "record_id": record_id,
        "action": action,
        "changes": dict(changes),
        "changed_by": user,
        "changed_at": at,
        "mission_id": mission_id if isinstance(mission_id, uuid.UUID) else None,
    }


# --------------------------------------------------------------------------- ORM changes


def _column_changes(state: InstanceState[Any]) -> dict[str, list[str | None]]:
    changes: dict[str, list[str | None]] = {}
    for prop in state.mapper.column_attrs:
        if prop.key in BOOKKEEPING:
            continue
        history: History = state.attrs[prop.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if as_text(old) != as_text(new):
            changes[prop.key] = [as_text(old), as_text(new)]
    return changes


def _link_changes(state: InstanceState[Any]) -> dict[str, list[str | None]]:
    """Changes made through relationships: many-to-many links (a meeting's participants, an
    item's named attendees), part of the record as its form shows it though they live in a
    table of their own; and a record set in the place of another (``item.venue = …``), whose
    foreign key the flush only writes later: kept under that column's name."""
    changes: dict[str, list[str | None]] = {}
    for relationship in state.mapper.relationships:
        if relationship.key not in state.dict:
            continue
        history = state.attrs[relationship.key].history
        if not history.has_changes():
            continue
        if relationship.secondary is not None:
            before = [*history.unchanged, *history.deleted]
            after = [*history.unchanged, *history.added]
            changes[relationship.key] = [json.dumps(_ids(before)), json.dumps(_ids(after))]
        elif relationship.direction is MANYTOONE and len(relationship.local_columns) == 1:
            column = next(iter(relationship.local_columns)).key
            if column is None:
                continue
            old = as_text(state.dict.get(column))  # the key as read: the flush writes the new one
            new = as_text(getattr(history.added[0], "id", None)) if history.added else None
            if old != new:
                changes[column] = [old, new]
    return changes


def _inserted(state: InstanceState[Any]) -> dict[str, list[str | None]]:
    values: dict[str, list[str | None]] = {}
    loaded = state.dict
    for prop in state.mapper.column_attrs:
        if prop.key in BOOKKEEPING:
            continue
        if prop.key in loaded:
            value = loaded[prop.key]
        else:
            default = prop.columns[0].default
            value = getattr(default, "arg", None) if getattr(default, "is_scalar", False) else None
        if value is not None:
            values[prop.key] = [None, as_text(value)]
    return values


def _deleted(state: InstanceState[Any]) -> dict[str, list[str | None]]:
    loaded = state.dict  # what is loaded: nothing is fetched inside a flush
    return {
        prop.key: [as_text(loaded[prop.key]), None]
        for prop in state.mapper.column_attrs
        if prop.key not in BOOKKEEPING and prop.key in loaded and loaded[prop.key] is not None
    }


def _audited(obj: object) -> bool:
    return isinstance(obj, Record) and obj.__tablename__ in AUDITED_TABLES


def _stamp_and_audit(session: Session, _context: Any, _instances: Any) -> None:
    """Before each flush: stamp the records added or changed, and keep the audited ones'
    changes (attribute history: old and new values)."""
    added = [o for o in session.new if isinstance(o, Record)]
    deleted = [o for o in session.deleted if _audited(o)]
    changed: list[tuple[Record, dict[str, list[str | None]]]] = []
    for obj in session.dirty:
        if not isinstance(obj, Record):
            continue
        state: InstanceState[Any] = sa_inspect(obj)
        columns, links = _column_changes(state), _link_changes(state)
        meta = any(state.attrs[key].history.has_changes() for key in ("updated_at", "updated_by"))
        if columns or links or meta:
            changed.append((obj, {**links, **columns} if links else columns))
    if not (added or deleted or changed):
        return
    user = database_user(session.connection())
    now = utcnow()
    entries: list[dict[str, Any]] = []
    for obj in added:
        obj.updated_by = user
        if _audited(obj):
            if obj.id is None:
                obj.id = uuid.uuid4()
            state = sa_inspect(obj)
            entries.append(
                _entry(
                    obj.__tablename__,
                    obj.id,
                    INSERT,
                    _inserted(state),
                    user,
                    now,
                    getattr(obj, "mission_id", None),
                )
            )
    first = _first_versions(session)
    for obj, changes in changed:
        state = sa_inspect(obj)
        version = state.dict.get("version")  # the version read: not written yet
        if isinstance(version, int) and state.identity:
            first.setdefault((type(obj), state.identity[0]), version)
        if not state.attrs["updated_at"].history.has_changes():
            # Set here, not by the column's onupdate, so that a change of links only (no
            # column of the row) still updates the row: its version moves on.
            obj.updated_at = now
        obj.updated_by = user
        if _audited(obj) and changes:
            entries.append(
                _entry(
                    obj.__tablename__,
                    obj.id,
                    UPDATE,
                    changes,
                    user,
                    now,
                    getattr(obj, "mission_id", None),
                )
            )
    for obj in deleted:
        state = sa_inspect(obj)
        entries.append(
            _entry(
                obj.__tablename__,
                state.identity[0] if state.identity else obj.id,
                DELETE,
                _deleted(state),
                user,
                now,
                state.dict.get("mission_id"),
            )
        )
    if entries:
        session.add_all(AuditEntry(**entry) for entry in entries)


# --------------------------------------------------------------------------- statements


def _row_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> dict[str, list[str | None]]:
    keys = (after or before or {}).keys()
    changes: dict[str, list[str | None]] = {}
    for key in keys:
        if key in BOOKKEEPING:
            continue
        old = as_text(before.get(key)) if before is not None else None
        new = as_text(after.get(key)) if after is not None else None
        if old != new:
            changes[key] = [old, new]
    return changes


_SAME_TEXT_WHEN_EQUAL = frozenset({str, int, bool, uuid.UUID})


def _same_keys(rows: Sequence[Mapping[str, Any]]) -> bool:
    """Whether every row names the same keys as the first."""
    return all(map(eq, repeat(rows[0].keys()), map(methodcaller("keys"), rows)))


def _inserted_rows(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, list[str | None]]]:
    """``_row_changes(None, row)`` of each row, each value turned into text once: the rows of
    one statement repeat the same few values (a mission, a status, an empty text), whose
    ``[None, text]`` pair is then one object shared by the rows (read, never changed)."""
    if not rows:
        return []
    if not _same_keys(rows):
        return [_row_changes(None, row) for row in rows]
    first = rows[0].keys()
    keys = [key for key in first if key not in BOOKKEEPING]
    columns = []
    for key in keys:
        pairs: dict[tuple[type[Any], Any], list[str | None] | None] = {}
        column: list[list[str | None] | None] = []
        add = column.append
        for row in rows:
            value = row[key]
            if value is None:
                add(None)  # as_text(None) is None: no change
                continue
            kind = type(value)
            if kind in _SAME_TEXT_WHEN_EQUAL or isinstance(value, enum.Enum):
                try:
                    add(pairs[kind, value])
                except KeyError:
                    text = as_text(value)
                    pair = pairs[kind, value] = None if text is None else [None, text]
                    add(pair)
            else:  # equal datetimes of two zones are two texts; lists are not hashable
                text = as_text(value)
                add(None if text is None else [None, text])
        columns.append(column)
    return [
        {key: pair for key, pair in zip(keys, found, strict=True) if pair is not None}
        for found in zip(*columns, strict=True)
    ]


def _inserted_json(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """``json.dumps(_row_changes(None, row))`` of each row, written column by column: each
    value's ``"key": [null, "text"]`` is made once per object (the rows of one statement share
    most of their values) and a row's text is its parts joined, with no dictionary per row."""
    if not _same_keys(rows):
        return [json.dumps(_row_changes(None, row)) for row in rows]
    first = rows[0].keys()
    columns: list[list[str]] = []
    for key in first:
        if key in BOOKKEEPING:
            continue
        # Each part starts with its separator; a row's text drops the first one.
        head = f", {encode_basestring_ascii(key)}: [null, "
        values = list(map(itemgetter(key), rows))
        if _one_object(values):  # one value in every row (a default, the mission)
            if values[0] is not None:  # None: no change, not in the changes
                columns.append([_json_part(head, values[0])] * len(values))
            continue
        if _distinct_objects(values):  # a key: every value its own
            if all(map(is_, map(type, values), repeat(uuid.UUID))):
                # A key's text (hex digits and dashes) is written as it is, between quotes.
                columns.append([f'{head}"{text}"]' for text in map(str, values)])
            else:
                columns.append([_json_part(head, v) if v is not None else "" for v in values])
            continue
        done: dict[int, str] = {}
        column: list[str] = []
        add = column.append
        for value in values:
            if value is None:
                add("")
                continue
            part = done.get(id(value))
            if part is None:
                part = done[id(value)] = _json_part(head, value)
            add(part)
        columns.append(column)
    if not columns:
        return ["{}"] * len(rows)
    return ["{" + "".join(parts)[2:] + "}" for parts in zip(*columns, strict=True)]


def _json_part(head: str, value: Any) -> str:
    text = as_text(value)
    assert text is not None  # only None is None as text
    return f"{head}{encode_basestring_ascii(text)}]"


def random_keys(count: int) -> list[int]:
    """``count`` random (version 4) UUIDs as integers, in increasing order: new rows whose keys
    are written in order rather than all over the key's index (a third less work for SQLite
    at 50,000 rows)."""
    noise = os.urandom(16 * count)
    keys = [int.from_bytes(noise[start : start + 16]) for start in range(0, 16 * count, 16)]
    keys = [(key & _NOT_VERSION_BITS) | _VERSION_4_BITS for key in keys]
    keys.sort()
    return keys


# The bits that ``uuid.UUID(bytes=…, version=4)`` sets: the RFC 4122 variant and the version.
_NOT_VERSION_BITS = ~((0xC000 << 48) | (0xF000 << 64))
_VERSION_4_BITS = (0x8000 << 48) | (4 << 76)


# An execution option of an INSERT of many whole rows (every column but the bookkeeping ones
# named in each row, alike): on SQLite the store hands them to the driver itself, converted
# column by column (see ``_driver_rows``), rather than row by row by SQLAlchemy.
WHOLE_ROWS = "pimap_whole_rows"


def _driver_rows(
    state: ORMExecuteState,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    extra: Mapping[str, Sequence[Any]],
) -> Any:
    """Write an INSERT of many whole rows on SQLite through the driver: the values the
    statement would have written (the columns' defaults for those not given, each converted by
    its column's type), in one ``executemany``. None when it is not such a statement (it then
    runs as usual); PostgreSQL's statements run as usual, so that the change notices
    (store/changes.py, whose hook comes after this one) see them. ``extra``: the values the
    store adds, column by column (one per row)."""
    if not (state.is_executemany and state.execution_options.get(WHOLE_ROWS)):
        return None
    connection = state.session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return _execute_rows(connection, table, rows, extra)


def _execute_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    extra: Mapping[str, Sequence[Any]] | None = None,
) -> Any:
    """``rows`` (each naming the same columns) and the ``extra`` columns (one value per row,
    over the rows' own of the same columns) in one ``executemany`` through the driver."""
    if not _same_keys(rows):
        raise ValueError("the rows of one INSERT must name the same columns")
    first = rows[0].keys()
    extra = extra or {}
    given: dict[str, Sequence[Any]] = {
        key: list(map(itemgetter(key), rows)) for key in first if key not in extra
    }
    given.update(extra)
    return _execute_columns(connection, table, len(rows), given)


def _execute_columns(
    connection: Connection,
    table: Table,
    count: int,
    given: Mapping[str, Sequence[Any]],
    ready: Collection[str] = (),
) -> Any:
    """``count`` rows given column by column (the other columns at their defaults), each
    value converted by its column's type (but for the columns named in ``ready``, given as
    the driver takes them), in one ``executemany`` through the driver."""
    columns = [table.c[key] for key in given]
    columns += [c for c in table.c if c.key not in given and c.default is not None]
    dialect = connection.dialect
    values: list[Sequence[Any]] = []
    for column in columns:
        found = given.get(column.key)
        if found is None:
            default = column.default
            assert default is not None
            arg = getattr(default, "arg", None)
            if getattr(default, "is_scalar", False):
                found = [arg] * count
            elif getattr(default, "is_callable", False) and callable(arg):
                found = [arg(None) for _ in range(count)]
            else:
                raise ValueError(f"column {column.key} has a default that cannot be computed here")
        elif len(found) != count:
            raise ValueError("the columns of one INSERT must have a value for each row")
        process = None if column.key in ready else column.type._cached_bind_processor(dialect)
        values.append(found if process is None else _converted(found, process))
    preparer = dialect.identifier_preparer
    names = ", ".join(preparer.quote(c.name) for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {preparer.format_table(table)} ({names}) VALUES ({marks})"
    return connection.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _converted(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """Each value converted by its column's type: once per object, when the rows share their
    values (None, an empty text, the mission, a status, the time of the import)."""
    if not values:
        return []
    if _one_object(values):  # a column of one value (a default, the time of the import)
        return [process(values[0])] * len(values)
    if _distinct_objects(values):  # a key: every value its own
        return list(map(process, values))
    ids = list(map(id, values))
    done = {key: process(value) for key, value in dict(zip(ids, values, strict=True)).items()}
    return list(map(done.__getitem__, ids))


def _distinct_objects(values: Sequence[Any]) -> bool:
    """Whether the first values are each an object of their own (then, likely, all are)."""
    head = values[:64]
    return len(set(map(id, head))) == len(head)


def _one_object(values: Sequence[Any]) -> bool:
    """Whether every value is the first one (the very object)."""
    return all(map(is_, values, repeat(values[0])))


def _write(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    if entries:
        table: Table = AuditEntry.__table__  # type: ignore[assignment]
        connection = session.connection()
        if len(entries) > 1 and connection.dialect.name == "sqlite":
            # Many at once (a bulk insert's): through the driver, as ``_driver_rows`` writes.
            _execute_rows(connection, table, entries)
        else:
            session.execute(insert(table), list(entries))


def _expire_versions(session: Session, cls: type[Record], ids: set[Any] | None) -> None:
    """In-session records changed by a statement that the ORM did not follow: their version
    and author are read again, so that their next change expects the right version."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, cls) and (ids is None or obj.id in ids):
            session.expire(obj, ["version", "updated_by"])


def _params(state: ORMExecuteState) -> list[Mapping[str, Any]]:
    """The statement's rows of values, as given (read, never changed)."""
    parameters = state.parameters
    if isinstance(parameters, list):
        return list(parameters)
    return [parameters] if isinstance(parameters, Mapping) and parameters else []


def _on_statement(state: ORMExecuteState) -> Any:
    """``insert``/``update``/``delete`` statements on records: stamped and audited."""
    if state.is_select or not (state.is_insert or state.is_update or state.is_delete):
        return None
    statement = state.statement
    cls = record_class(getattr(getattr(statement, "table", None), "name", "") or "")
    if cls is None:
        return None
    # The plain table (a statement on ``Registration`` names an ORM-annotated one): the rows
    # read before and after come back as rows, not as records.
    table: Table = cls.__table__  # type: ignore[assignment]
    session = state.session
    if session.autoflush and not isinstance(statement, Insert):
        # What is pending is written first (as the statement's autoflush would), so that the
        # rows read before the statement are the rows it changes.
        session.flush()
    user = database_user(session.connection())
    audited = table.name in AUDITED_TABLES
    if isinstance(statement, Insert):
        return _insert(state, statement, cls, user, audited)
    if isinstance(statement, Update):
        return _update(state, statement, cls, table, user, audited)
    if isinstance(statement, Delete):
        return _delete(state, statement, table, user, audited)
    return None


def _insert(
    state: ORMExecuteState, statement: Insert, cls: type[Record], user: str, audited: bool
) -> Any:
    table: Table = cls.__table__  # type: ignore[assignment]
    rows = _params(state)
    if not rows:
        # Values in the statement itself (none of PIMAP's): stamped, not audited.
        return state.invoke_statement(statement=statement.values(updated_by=user))
    session = state.session
    count = len(rows)
    needs_id = not all(map(methodcaller("__contains__", "id"), rows))
    ids = (
        [row.get("id") or uuid.uuid4() for row in rows]
        if needs_id
        else list(map(itemgetter("id"), rows))
    )
    # What the store adds to each row, column by column: the author, and the keys not given.
    extra: dict[str, Sequence[Any]] = {"updated_by": [user] * count}
    if needs_id:
        extra["id"] = ids
    if audited:
        _log_inserted(session, table.name, rows, ids, user)
    driver = _driver_rows(state, table, rows, extra)
    if driver is not None:
        result: Any = driver
    else:
        added = [{key: values[n] for key, values in extra.items()} for n in range(count)]
        result = state.invoke_statement(params=added if state.is_executemany else added[0])
    written = _written(session)
    put_back: set[tuple[type[Record], Any]] = session.info.setdefault(_PUT_BACK, set())
    keys = [(cls, key) for key in ids]
    if any(map(methodcaller("__contains__", "version"), rows)):
        written.update(zip(keys, [int(row.get("version") or 1) for row in rows], strict=True))
    else:  # a new row's first version
        written.update(zip(keys, repeat(1)))
    put_back.update(keys)
    return result


def _log_inserted(
    session: Session, table_name: str, rows: Sequence[Mapping[str, Any]], ids: list[Any], user: str
) -> None:
    """The audit log's entries of the rows of an INSERT (whose keys are ``ids``)."""
    now = utcnow()
    # Keys in increasing order: written in order rather than all over the log's index.
    keys = random_keys(len(rows))
    missions = [
        mission if isinstance(mission := row.get("mission_id"), uuid.UUID) else None for row in rows
    ]
    connection = session.connection()
    if len(rows) > 1 and connection.dialect.name == "sqlite":
        # Many at once (a bulk insert's): through the driver, column by column; the keys and
        # the changes as the driver takes them (the text the columns' types would make).
        count = len(rows)
        table: Table = AuditEntry.__table__  # type: ignore[assignment]
        ready = ["id"]
        changes: list[Any]
        if _json_is_dumps(table.c.changes, connection):
            changes = _inserted_json(rows)
            ready.append("changes")
        else:
            changes = _inserted_rows(rows)
        _execute_columns(
            connection,
            table,
            count,
            {
                "id": [f"{key:032x}" for key in keys],  # what Uuid writes on SQLite: its hex
                "table_name": [str(table_name)] * count,  # plain text: quicker for the driver
                "record_id": ids,
                "action": [INSERT] * count,
                "changes": changes,
                "changed_by": [user] * count,
                "changed_at": [now] * count,
                "mission_id": missions,
            },
            ready,
        )
        return
    entries = []
    for key, record_id, found, mission in zip(
        keys, ids, _inserted_rows(rows), missions, strict=True
    ):
        entry = _entry(table_name, record_id, INSERT, found, user, now, mission)
        entry["id"] = uuid.UUID(int=key)
        entries.append(entry)
    _write(session, entries)


def _json_is_dumps(column: Any, connection: Connection) -> bool:
    """Whether the JSON column writes ``json.dumps`` of its values (the engine's own
    serializer), so that ``_inserted_json`` writes what it would."""
    process = column.type._cached_bind_processor(connection.dialect)
    probe = {"a": [None, 'é "1"\\'], "b": [None, "2"]}
    return process is not None and process(probe) == json.dumps(probe)


def _update(
    state: ORMExecuteState,
    statement: Update,
    cls: type[Record],
    table: Table,
    user: str,
    audited: bool,
) -> Any:
    session = state.session
    if state.is_executemany:
        # An UPDATE by primary key for many rows at once (none of PIMAP's): stamped only.
        rows = _params(state)
        return state.invoke_statement(params=[{"updated_by": user} for _ in rows])
    stamped = statement.values(version=table.c.version + 1, updated_by=user)
    # The rows it changes, read before: their versions (and, audited, their values).
    found = select(table) if audited else select(table.c.id, table.c.version)
    if statement.whereclause is not None:
        found = found.where(statement.whereclause)
    before = {row["id"]: dict(row) for row in session.execute(found).mappings()}
    result = state.invoke_statement(statement=stamped)
    # An ORM statement brings the records in the session up to date itself (the version too),
    # unless told not to.
    synced = state.is_orm_statement and (
        state.execution_options.get("synchronize_session", "auto") is not False
    )
    if not synced:
        _expire_versions(session, cls, set(before))
    if not before:
        return result
    first, written = _first_versions(session), _written(session)
    now = utcnow()
    entries = []
    ids = list(before)
    after = select(table) if audited else select(table.c.id, table.c.version)
    for chunk in _chunks(ids):
        for row in session.execute(after.where(table.c.id.in_(chunk))).mappings():
            key = (cls, row["id"])
            first.setdefault(key, before[row["id"]]["version"])
            written[key] = row["version"]
            changes = _row_changes(before[row["id"]], dict(row)) if audited else {}
            if changes:
                entries.append(
                    _entry(table.name, row["id"], UPDATE, changes, user, now, row.get("mission_id"))
                )
    _write(session, entries)
    return result


def _delete(
    state: ORMExecuteState, statement: Delete, table: Table, user: str, audited: bool
) -> Any:
    if not audited or state.is_executemany:
        return None
    session = state.session
    found = select(table)
    if statement.whereclause is not None:
        found = found.where(statement.whereclause)
    before = [dict(row) for row in session.execute(found).mappings()]
    result = state.invoke_statement()
    now = utcnow()
    _write(
        session,
        [
            _entry(
                table.name,
                row["id"],
                DELETE,
                _row_changes(row, None),
                user,
                now,
                row.get("mission_id"),
            )
            for row in before
        ],
    )
    return result


def _chunks(ids: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# --------------------------------------------------------------------------- versions written

# The version each record written by the transaction under way (or the last one, until the
# next begins) was left at, in ``Session.info``: what an undo step expects to find.
_WRITTEN = "pimap_versions_written"

# The version each record had when the transaction first changed it.
_FIRST = "pimap_versions_first"

Written = dict[tuple[type[Record], Any], int]


def _written(session: Session) -> Written:
    found: Written = session.info.setdefault(_WRITTEN, {})
    return found


def _first_versions(session: Session) -> Written:
    found: Written = session.info.setdefault(_FIRST, {})
    return found


def _note_versions(session: Session, _context: Any) -> None:
    written = _written(session)
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Record):
            state: InstanceState[Any] = sa_inspect(obj)
            version = state.dict.get("version")  # set by the flush; nothing is fetched
            if isinstance(version, int) and state.identity:
                written[(type(obj), state.identity[0])] = version
    for obj in session.deleted:
        if isinstance(obj, Record):
            state = sa_inspect(obj)
            if state.identity:
                written.pop((type(obj), state.identity[0]), None)


def _forget_versions(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # a new outermost transaction: a new action
        session.info.pop(_WRITTEN, None)
        session.info.pop(_FIRST, None)
        session.info.pop(_PUT_BACK, None)


def versions_written(session: Session) -> Mapping[tuple[type[Record], Any], int]:
    """The version each record written by the session's transaction (the one under way, or
    the last one committed until another begins) was left at, by (record class, id)."""
    return dict(_written(session))


# The versions of each row that this program wrote (committed), per engine, that is per
# database opened here: a version not among them was written by someone else (a colleague, the
# ``pimap`` command, another window of another process).
_HERE: weakref.WeakKeyDictionary[Engine, dict[tuple[type[Record], Any], set[int]]] = (
    weakref.WeakKeyDictionary()
)
# Rows put back whole by an INSERT (an undo), in ``Session.info``: their versions start afresh.
_PUT_BACK = "pimap_rows_put_back"


def _here(session: Session) -> dict[tuple[type[Record], Any], set[int]]:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return _HERE.setdefault(engine, {})


def _note_committed(session: Session) -> None:
    written = session.info.get(_WRITTEN)
    if not written:
        return
    here = _here(session)
    put_back: set[tuple[type[Record], Any]] = session.info.get(_PUT_BACK, set())
    for key, version in written.items():
        if key in put_back:
            here[key] = {version}  # a row put back with an old version: its later history anew
        else:
            here.setdefault(key, set()).add(version)


def written_here(session: Session, model: type[Record], record_id: Any) -> frozenset[int]:
    """The versions of a row that this program wrote to the session's database."""
    return frozenset(_here(session).get((model, record_id), ()))


def versions_before(session: Session) -> Mapping[tuple[type[Record], Any], int]:
    """The version each record changed by the session's transaction had before it (as for
    ``versions_written``); a record it made has none."""
    return dict(_first_versions(session))


# --------------------------------------------------------------------------- installing


def audit_changes(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Make every session of ``sessions`` stamp and audit what it writes.

    Its statement hook runs the statement itself (``invoke_statement``, which calls the
    listeners installed after it), to read the rows it changed afterwards.
    """
    event.listen(sessions, "before_flush", _stamp_and_audit)
    event.listen(sessions, "after_flush", _note_versions)
    event.listen(sessions, "after_transaction_create", _forget_versions)
    event.listen(sessions, "after_commit", _note_committed)
    event.listen(sessions, "do_orm_execute", _on_statement)
    return sessions


__all__ = [
    "BOOKKEEPING",
    "FALLBACK_USER",
    "WHOLE_ROWS",
    "as_text",
    "audit_changes",
    "database_user",
    "os_login",
    "record_class",
    "versions_before",
    "versions_written",
    "written_here",
]
