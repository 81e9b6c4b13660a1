"""Moving a database between a laptop and the team server, every record with its UUID.

``upload_sqlite`` copies a database file into an empty team database (PostgreSQL);
``save_sqlite_copy`` writes any open database (a team database above all) into a new database
file. Both copy table by table in the order of the foreign keys (``Base.metadata.sorted_tables``),
in batches, in one transaction on the side written: all of it arrives, or nothing. Both sides
are at the same schema revision: a file of an older PIMAP is upgraded first (a copy of it: the
file itself is left as it is), one of a newer PIMAP is refused.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from pimap_desktop import appversion  # noqa: F401  (app_meta is one of the tables copied)
from pimap_desktop.domain.errors import DatabaseError, ValidationError
from pimap_desktop.domain.models import Base, Mission, Person
from pimap_desktop.store.changes import CHANNEL, payload
from pimap_desktop.store.database import (
    Database,
    create_db_engine,
    display_url,
    explain_database_error,
    first_line,
    head_revision,
    inspect_sqlite_file,
    open_database,
)
from pimap_desktop.store.team import TEAM_LOCK, require_team_database

log = logging.getLogger(__name__)

BATCH_ROWS = 1000
# Tables the copy does not count as data: a team database holding only these is empty.
NOT_DATA = frozenset({"app_meta"})

Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True)
class TransferReport:
    """What was copied: rows per table (in the order copied), from where to where."""

    source: str
    target: str
    revision: str
    upgraded_from: str | None  # the source file's revision when a copy of it was upgraded
    tables: tuple[tuple[str, int], ...]

    @property
    def rows(self) -> int:
        return sum(count for _name, count in self.tables)

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "revision": self.revision,
            "upgraded_from": self.upgraded_from,
            "rows": self.rows,
            "tables": dict(self.tables),
        }


def _tables_in(connection: Connection) -> dict[str, set[str]]:
    inspector = sa_inspect(connection)
    return {
        name: {c["name"] for c in inspector.get_columns(name)}
        for name in inspector.get_table_names()
    }


def _copy_tables(
    source: Connection,
    target: Connection,
    *,
    batch_rows: int,
    progress: Progress | None,
) -> tuple[tuple[str, int], ...]:
    """Copy every table of the models present on both sides, parents before children; the
    columns both sides have (they are at the same revision)."""
    source_tables, target_tables = _tables_in(source), _tables_in(target)
    plan: list[tuple[Table, list[str]]] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in source_tables or table.name not in target_tables:
            continue
        shared = source_tables[table.name] & target_tables[table.name]
        plan.append((table, [c.name for c in table.columns if c.name in shared]))
    counts: list[tuple[str, int]] = []
    total = len(plan)
    for done, (table, names) in enumerate(plan):
        columns = [table.c[name] for name in names]
        copied = 0
        result = source.execute(select(*columns).execution_options(yield_per=batch_rows))
        for part in result.partitions(batch_rows):
            target.execute(insert(table), [dict(zip(names, row, strict=True)) for row in part])
            copied += len(part)
        counts.append((table.name, copied))
        if progress is not None:
            progress(done + 1, total)
    return tuple(counts)


def _reset_sequences(target: Connection) -> None:
    """Sequences (serial and identity columns) continue after the rows copied."""
    if target.dialect.name != "postgresql":
        return
    rows = target.execute(
        text(
            "SELECT c.table_name, c.column_name,"
            " pg_get_serial_sequence(quote_ident(c.table_name), c.column_name)"
            " FROM information_schema.columns c"
            " WHERE c.table_schema = current_schema()"
            " AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL"
        )
    ).all()
    quote = target.dialect.identifier_preparer.quote
    for table, column, sequence in rows:
        top = target.scalar(text(f"SELECT max({quote(column)}) FROM {quote(table)}"))
        if top is not None:
            target.execute(select(func.setval(sequence, top, True)))


def _data_counts(connection: Connection) -> dict[str, int]:
    present = set(sa_inspect(connection).get_table_names())
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in present and table.name not in NOT_DATA:
            found = connection.scalar(select(func.count()).select_from(table))
            if found:
                counts[table.name] = int(found)
    return counts


def _describe_content(counts: dict[str, int]) -> str:
    missions = counts.get(Mission.__tablename__, 0)
    people = counts.get(Person.__tablename__, 0)
    if missions or people:
        return f"{missions} missions and {people} people"
    name, count = next(iter(counts.items()))
    return f"{count} rows in {name}"


@contextmanager
def at_schema_head(path: Path, *, no_data: str) -> Iterator[tuple[Path, str | None]]:
    """The file to read ``path`` from at this PIMAP's schema: ``path`` itself, or an upgraded
    copy of it in a temporary folder (the file is left as it was); and the revision it was at
    when a copy was upgraded.

    Refused (ValidationError) when there is no file, when it holds no PIMAP data (``no_data``
    ends that message: "there is nothing to upload"), and when PIMAP must not open it: a newer
    PIMAP's file, another program's."""
    try:
        state = inspect_sqlite_file(path)
    except DatabaseError as exc:
        raise ValidationError(str(exc)) from None
    if not state.exists:
        raise ValidationError(f"There is no database file at {path}.")
    if state.is_empty or state.revision is None:
        raise ValidationError(f"{path} holds no PIMAP data: {no_data}.")
    if state.revision == head_revision():
        yield path, None
        return
    with tempfile.TemporaryDirectory(prefix="pimap-upgraded-") as folder:
        copy = Path(folder) / path.name
        with (
            closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(copy)) as target,
        ):
            source.backup(target)
        open_database(copy).dispose()  # the same migrations as on opening it
        log.info("a copy of a file upgraded from schema %s to be read", state.revision)
        yield copy, state.revision


def upload_sqlite(
    db: str | os.PathLike[str] | None,
    source: Path,
    *,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
) -> TransferReport:
    """Copy the database file ``source`` into the empty team database ``db``: every record,
    its UUID kept, in one transaction. Refused when the team database holds any data."""
    url = require_team_database(db)
    source = Path(source).expanduser().resolve()
    with at_schema_head(source, no_data="there is nothing to upload") as (
        readable,
        upgraded_from,
    ):
        team = open_database(url)  # creates the schema in an empty database
        where = f"The team database {team.display}"
        reader = create_db_engine(
            URL.create("sqlite", database=str(readable)).render_as_string(),
            read_only=True,
            poolclass=NullPool,
        )
        try:
            with reader.connect() as src, team.engine.begin() as dst:
                dst.execute(select(func.pg_advisory_xact_lock(TEAM_LOCK)))
                held = _data_counts(dst)
                if held:
                    raise ValidationError(
                        f"{where} already holds data ({_describe_content(held)}): upload into "
                        "an empty team database only. Nothing was changed."
                    )
                for table in Base.metadata.sorted_tables:  # app_meta: the file's own record
                    if table.name in NOT_DATA and table.name in sa_inspect(dst).get_table_names():
                        dst.execute(table.delete())
                counts = _copy_tables(src, dst, batch_rows=batch_rows, progress=progress)
                _reset_sequences(dst)
                written = [name for name, count in counts if count]
                dst.execute(select(func.pg_notify(CHANNEL, payload(written, None))))
        except SQLAlchemyError as exc:
            explained = explain_database_error(exc, where)
            if explained is not None:
                raise explained from None
            raise DatabaseError(
                f"{where}: the upload failed ({first_line(exc)}); nothing was changed."
            ) from None
        finally:
            reader.dispose()
            team.dispose()
    report = TransferReport(
        source=str(source),
        target=display_url(url),
        revision=head_revision(),
        upgraded_from=upgraded_from,
        tables=counts,
    )
    log.info("upload: %d rows in %d tables", report.rows, len(counts))
    return report


# --------------------------------------------------------------------------- a copy as a file


TMP_PREFIX = ".pimap-copy-"


def _new_file_path(db: Database, path: Path, *, overwrite: bool) -> Path:
    path = Path(path).expanduser().resolve()
    if db.path is not None and db.path.resolve() == path:
        raise ValidationError("A copy cannot replace the database it is copied from.")
    if path.is_dir():
        raise ValidationError(f"{path} is a folder: choose a file name.")
    if path.exists() and not overwrite:
        raise ValidationError(
            f"{path} already exists: choose another name, or replace it (--force)."
        )
    if not path.parent.is_dir():
        raise ValidationError(f"There is no folder {path.parent}.")
    return path


def write_database_file(
    db: Database,
    path: Path,
    fill: Callable[[Connection, Connection], T],
    *,
    overwrite: bool = False,
) -> tuple[Path, T]:
    """Make the new database file ``path`` (at this PIMAP's schema) and ``fill`` it from ``db``:
    ``fill(source, target)`` reads one consistent snapshot of ``db`` and writes in one
    transaction. The file appears only once complete and checked; an existing file is replaced
    only with ``overwrite``. Returns the path written and what ``fill`` returned."""
    path = _new_file_path(db, path, overwrite=overwrite)
    fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".sqlite", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)  # private, and empty: open_database builds the schema in it
    where = f"The database {db.display}"
    try:
        copy = open_database(tmp)
        reader = create_db_engine(db.url, read_only=True, poolclass=NullPool)
        try:
            source = reader.connect()
            if reader.dialect.name == "postgresql":
                source = source.execution_options(isolation_level="REPEATABLE READ")
            with source, source.begin(), copy.engine.begin() as target:
                filled = fill(source, target)
        finally:
            reader.dispose()
            copy.dispose()
        finish_file(tmp)
        os.replace(tmp, path)
    except SQLAlchemyError as exc:
        explained = explain_database_error(exc, where)
        if explained is not None:
            raise explained from None
        raise DatabaseError(f"{where} could not be copied: {first_line(exc)}.") from None
    except OSError as exc:
        raise DatabaseError(f"{path} could not be written: {exc.strerror or exc}.") from None
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
    return path, filled


def save_sqlite_copy(
    db: Database,
    path: Path,
    *,
    overwrite: bool = False,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
) -> TransferReport:
    """Write everything ``db`` holds into a new database file ``path`` (File ▸ Save a copy as
    SQLite): one consistent snapshot of the team database, every UUID kept. The file appears
    only once complete and checked; an existing file is replaced only with ``overwrite``."""
    path, counts = write_database_file(
        db,
        path,
        lambda source, target: _copy_tables(
            source, target, batch_rows=batch_rows, progress=progress
        ),
        overwrite=overwrite,
    )
    report = TransferReport(
        source=db.display,
        target=str(path),
        revision=head_revision(),
        upgraded_from=None,
        tables=counts,
    )
    log.info("copy saved as a database file: %d rows in %d tables", report.rows, len(counts))
    return report


def finish_file(path: Path) -> None:
    """One self-contained file (no write-ahead log beside it), checked, on the disk."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DatabaseError(f"The copy did not pass its check ({result}); it was not kept.")
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
