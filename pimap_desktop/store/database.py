"""The database: where it lives, how it is opened, migrated and backed up.

Opening is careful. A file that is not SQLite, an SQLite file that is not PIMAP's, a database
written by a newer PIMAP, or one locked by another program gets a clear ``DatabaseError`` and is
not modified: it is inspected read-only before anything writes to it. A database that needs a
schema upgrade is backed up first, through SQLite's online backup API.

A team database on a PostgreSQL server (``postgresql+psycopg://user@host/name``) is opened the
same way, through the same migrations; backups and integrity checks are the server's there.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Connection, Engine, String, create_engine, event, func, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool, Pool

from pimap_desktop.appversion import stamp_writes
from pimap_desktop.domain.errors import DatabaseError, ValidationError
from pimap_desktop.store.audit import audit_changes
from pimap_desktop.store.changes import notify_changes
from pimap_desktop.store.filemodes import create_private_file, make_private_dir, make_private_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

APP_NAME = "PIMAP Desktop"
APP_AUTHOR = "PIMAP"
DB_FILE_NAME = "pimap.sqlite"
ENV_VAR = "PIMAP_DB"
PIMAP_APPLICATION_ID = 0x50494D41  # "PIMA" in the SQLite header; set by the first migration
BACKUPS_KEPT = 10
BACKUP_DIR_NAME = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000  # one wait of SQLite's busy handler
WRITER_WAIT_SECONDS = 60.0  # how long a command that writes waits for another writer to finish
PG_CONNECT_TIMEOUT_SECONDS = 10  # a server that does not answer is said so, not waited for
PG_DEFAULT_PORT = 5432


# --------------------------------------------------------------------------- location


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR) / DB_FILE_NAME


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL of the database: ``--db``, then ``$PIMAP_DB``, then the user folder.

    Either may be a file path or an SQLAlchemy URL (``postgresql+psycopg://...``).
    """
    value = os.fspath(db) if db is not None else os.environ.get(ENV_VAR) or None
    if value is not None and "://" in value:
        return value
    path = default_database_path() if value is None else Path(value).expanduser().resolve()
    # Built, not pasted: a '?' or '%' in a file name must not turn into URL syntax.
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def display_url(url: str) -> str:
    """A database as a person may see it (and a log may hold it): a path, or a URL without
    its password."""
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, None for another server or an in-memory database."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"'{url}' is not a database address PIMAP understands.") from None
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# --------------------------------------------------------------------------- migrations


# The revision of the newest migration (db/versions), which this version of PIMAP writes:
# Alembic's head, known without importing Alembic, which a database already at this revision
# opens without (a test keeps the two equal). A new migration changes it.
SCHEMA_HEAD = "0010"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("pimap_desktop.migrations")))
    return config


def head_revision() -> str:
    """The schema revision this version of PIMAP creates, upgrades to and writes."""
    return SCHEMA_HEAD


def alembic_head() -> str:
    """The head of the migration scripts, as Alembic reads them (``SCHEMA_HEAD`` says it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None, "the migration scripts have no head"
    return head


def known_revisions() -> set[str]:
    """Every revision of the migration scripts (Alembic reads them)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _known_revision(revision: str) -> bool:
    """Whether this PIMAP knows ``revision``: its own head without reading the scripts."""
    return revision == SCHEMA_HEAD or revision in known_revisions()


# --------------------------------------------------------------------------- inspection


@dataclass(frozen=True)
class FileState:
    """What a database file holds, seen read-only."""

    exists: bool
    is_empty: bool  # no tables at all: a new database
    revision: str | None


def inspect_sqlite_file(path: Path) -> FileState:
    """Look at a file without changing it; raise DatabaseError when PIMAP must not open it."""
    if not path.exists() or path.stat().st_size == 0:
        if path.exists() and path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a PIMAP database.")
        return FileState(exists=path.exists(), is_empty=True, revision=None)
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a PIMAP database.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror}.") from None
    if header != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a PIMAP database (it is not an SQLite file at all).")
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=2)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.OperationalError as exc:
        explained = explain_database_error(exc, str(path))
        if explained is not None:
            raise explained from None
        raise DatabaseError(f"{path} cannot be opened as a database: {exc}.") from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is damaged or not a database: {exc}.") from None
    if app_id not in (0, PIMAP_APPLICATION_ID):
        raise DatabaseError(
            f"{path} is an SQLite database of another program, not a PIMAP database; "
            "it was left untouched."
        )
    if not tables:
        return FileState(exists=True, is_empty=True, revision=None)
    if app_id != PIMAP_APPLICATION_ID:
        raise DatabaseError(
            f"{path} is an SQLite database of another program, not a PIMAP database; "
            "it was left untouched."
        )
    if revision is not None and not _known_revision(revision):
        raise DatabaseError(
            f"{path} was written by a newer version of PIMAP Desktop (schema {revision}). "
            "Install the newer version to open it; the file was left untouched."
        )
    return FileState(exists=True, is_empty=False, revision=revision)


def _server_revision(conn: Connection) -> str | None:
    """The revision in a server database's ``alembic_version``, read as Alembic reads it (its
    one row), without Alembic; Alembic itself reads a table it would refuse (several rows)."""
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) <= 1:
        return str(rows[0]) if rows else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def inspect_server_database(url: str) -> FileState:
    """Look at a database on a server (PostgreSQL) without changing it, as
    ``inspect_sqlite_file`` looks at a file; raise DatabaseError when PIMAP must not open it."""
    where = f"The database {display_url(url)}"
    engine = create_db_engine(url, read_only=True, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            tables = set(sa_inspect(conn).get_table_names())
            revision = _server_revision(conn) if "alembic_version" in tables else None
    except SQLAlchemyError as exc:
        explained = explain_database_error(exc, where)
        if explained is not None:
            raise explained from None
        raise DatabaseError(f"{where} cannot be opened: {first_line(exc)}.") from None
    finally:
        engine.dispose()
    if not tables:
        return FileState(exists=True, is_empty=True, revision=None)
    if "alembic_version" not in tables:
        raise DatabaseError(
            f"{where} holds the tables of another program, not a PIMAP database; "
            "it was left untouched."
        )
    if revision is not None and not _known_revision(revision):
        raise DatabaseError(
            f"{where} was written by a newer version of PIMAP Desktop (schema {revision}). "
            "Install the newer version to open it; the database was left untouched."
        )
    return FileState(exists=True, is_empty=False, revision=revision)


# --------------------------------------------------------------------------- engine


PAGE_CACHE_KIB = 64 * 1024


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 would open transactions on its own; SQLAlchemy's BEGIN does it instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten content is zeroed, so an erased person is not left in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        # Asked only when needed: switching takes a write lock, reading the mode does not.
        cursor.execute("PRAGMA journal_mode = WAL")
    # Laptops sleep and lose power: every commit reaches the disk.
    cursor.execute("PRAGMA synchronous = FULL")
    # A page cache of up to 64 MiB per connection (SQLite's default is 2 MiB): a 50,000-person
    # directory's tables and indexes stay in memory between the counts and lists that read them
    # whole (the KPIs' SQL time drops by a third). Pages are taken as they are read.
    cursor.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    cursor.close()


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # A command that only reads cannot write, even by mistake.
    dbapi_connection.execute("PRAGMA query_only = ON")


# The words SQLite uses for "another connection holds the lock" and for a file it cannot write.
_BUSY_WORDS = ("database is locked", "database is busy", "database table is locked")
_READ_ONLY_WORDS = ("readonly database", "read-only database", "attempt to write a readonly")
_DAMAGE_WORDS = (
    "malformed",
    "file is not a database",
    "disk image",
    "disk i/o error",
    "database corrupt",
)


def busy_message(where: str) -> str:
    return (
        f"{where} is busy: another program (another PIMAP window or command?) is writing to it. "
        "Try again in a moment; nothing was changed."
    )


def read_only_message(where: str) -> str:
    return (
        f"{where} is read-only here (the file, its folder or the disk cannot be written); "
        "nothing was changed. Reading still works."
    )


# PostgreSQL's SQLSTATE codes for what a person can act on.
_PG_READ_ONLY = {"25006"}  # read_only_sql_transaction
_PG_CONFLICT = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_PG_BUSY = {"55P03"}  # lock_not_available (lock_timeout)
_PG_NO_PRIVILEGE = {"42501"}  # insufficient_privilege
# A write refused on a table: the account is a viewer's (team init grants editors every table).
_PG_READ_ONLY_ACCOUNT = re.compile(r"permission denied for (table|relation|sequence|view) ")
VIEWER_MESSAGE = (
    "Your team database account may only read (pimap_viewer): ask a coordinator with editor "
    "rights. Nothing was changed."
)
SAVED_MEANWHILE_MESSAGE = (
    "Changed by a colleague at the same moment: reload to see it. Nothing was saved."
)
_PG_LOGIN_REFUSED = {"28000", "28P01"}  # invalid_authorization_specification, invalid_password
_PG_LOGIN_WORDS = (
    "password authentication failed",
    "no password supplied",
    "no pg_hba.conf entry",
    "pg_hba.conf rejects",
    "peer authentication failed",
    'role "',  # 'role "x" does not exist', 'role "x" is not permitted to log in'
)
_PG_SERVER = re.compile(r'connection to server at "([^"]+)"(?: \([^)]*\))?, port (\d+) failed')
_PG_SOCKET = re.compile(r'connection to server on socket "([^"]+)" failed')
_PG_HOST = re.compile(r"(?:failed to resolve host|could not translate host name) ['\"]([^'\"]+)")
_PG_NO_DATABASE = re.compile(r'database "([^"]+)" does not exist')


def _server_error(orig: BaseException, where: str) -> DatabaseError | None:
    """A PostgreSQL server's refusal, or a server not reached, in one line (never a password:
    neither the driver's messages nor ``display_url`` hold one)."""
    code = getattr(orig, "sqlstate", None)
    text = str(orig)
    lowered = text.lower()
    if code in _PG_READ_ONLY:
        return DatabaseError(
            f"{where} is read-only for this user (or this command); nothing was changed. "
            "Reading still works."
        )
    if code in _PG_CONFLICT:
        return DatabaseError(
            f"{where}: a colleague changed the same records at the same moment; nothing was "
            "changed. Try again."
        )
    if code in _PG_BUSY:
        return DatabaseError(
            f"{where} is busy: a colleague's change holds the same records. Try again in a "
            "moment; nothing was changed."
        )
    if code in _PG_NO_PRIVILEGE:
        if _PG_READ_ONLY_ACCOUNT.search(text):
            return DatabaseError(VIEWER_MESSAGE)
        return DatabaseError(
            f"{where} refused this to your account ({text.splitlines()[0]}): ask the team "
            "server's administrator. Nothing was changed."
        )
    if code is not None and code not in _PG_LOGIN_REFUSED:
        return None  # an answer of a server that was reached and let us in: not ours to say
    if "fatal:" in lowered or code in _PG_LOGIN_REFUSED:
        missing = _PG_NO_DATABASE.search(text)
        if missing is not None:
            return DatabaseError(
                f"{where} does not exist on its server (no database '{missing.group(1)}'); "
                "check its name, or ask the server's administrator to create it."
            )
        if code in _PG_LOGIN_REFUSED or any(word in lowered for word in _PG_LOGIN_WORDS):
            return DatabaseError(
                f"{where} refused the login: check the user name and password (or ask the "
                "server's administrator whether this user may connect from here)."
            )
        return None
    server = _PG_SERVER.search(text)
    socket = _PG_SOCKET.search(text)
    host = _PG_HOST.search(text)
    if server is not None:
        place = f"the server {server.group(1)}, port {server.group(2)}"
    elif socket is not None:
        place = f"the server on the socket {socket.group(1)}"
    elif host is not None:
        place = f"the server {host.group(1)} (its name is not known here)"
    elif "timeout expired" in lowered or "connection failed" in lowered:
        place = "its server"
    else:
        return None
    return DatabaseError(
        f"{where} cannot be reached: no answer from {place}. Check that the server is running "
        "and the address is right, and the network; nothing was changed."
    )


def explain_database_error(exc: BaseException, where: str = "The database") -> DatabaseError | None:
    """A driver error said as what it is: busy, read-only or damaged; for a server, also not
    reached, login refused, or a colleague's change in the way; None for anything else.

    Busy and read-only are not damage: their messages do not send anyone to a backup."""
    if isinstance(exc, StaleDataError):
        # The row changed between reading it and writing it (a colleague's save at the same
        # moment): the write matched no row of the version read.
        return DatabaseError(SAVED_MEANWHILE_MESSAGE)
    orig = getattr(exc, "orig", None)
    err = orig if orig is not None else exc
    if type(err).__module__.split(".")[0] == "psycopg":
        return _server_error(err, where)
    text = str(err).lower()
    if any(word in text for word in _BUSY_WORDS):
        return DatabaseError(busy_message(where))
    if any(word in text for word in _READ_ONLY_WORDS):
        return DatabaseError(read_only_message(where))
    if any(word in text for word in _DAMAGE_WORDS):
        return DatabaseError(
            f"{where} is damaged ({first_line(exc)}). Run 'pimap check'; File ▸ Restore from "
            "backup (or 'pimap restore') brings back a verified backup."
        )
    return None


WaitNotice = Callable[[], None]


def _begin_immediate(
    where: str, wait_seconds: float, on_wait: WaitNotice | None
) -> Callable[[Any], None]:
    """The ``begin`` of a connection that writes: BEGIN IMMEDIATE takes the write lock at the
    start, so that a second writer waits instead of failing once its transaction has read.
    While another program writes, it keeps trying for ``wait_seconds`` (saying so once through
    ``on_wait``), then gives up with the "busy" message."""

    def begin(conn: Any) -> None:
        raw = conn.connection.driver_connection
        deadline: float | None = None
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                explained = explain_database_error(exc, where)
                text = str(exc).lower()
                if not any(word in text for word in _BUSY_WORDS):
                    raise explained or DatabaseError(f"{where} cannot be written: {exc}.") from None
                now = time.monotonic()
                if deadline is None:
                    # SQLite's own wait (the busy timeout) has already passed once.
                    deadline = now + max(0.0, wait_seconds - BUSY_TIMEOUT_MS / 1000)
                    if on_wait is not None and now < deadline:
                        on_wait()
                if now >= deadline:
                    raise DatabaseError(busy_message(where)) from None

    return begin


def _begin_deferred(conn: Any) -> None:
    # A reader under WAL takes no lock that a writer would wait for.
    conn.connection.driver_connection.execute("BEGIN")


def _server_session_settings(read_only: bool, lock_wait: float) -> Callable[[Any, Any], None]:
    """What every new connection to a PostgreSQL server is told, once (its session settings)."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            # A change held up by a colleague's lock waits this long, then says "busy".
            cursor.execute(f"SET lock_timeout = {max(1, round(lock_wait * 1000))}")
            if read_only:
                # A command that only reads cannot write, even by mistake.
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_connection.commit()  # outside any transaction SQLAlchemy may roll back

    return on_connect


def _create_server_engine(
    url: str, *, read_only: bool, writer_wait: float | None, poolclass: type[Pool] | None
) -> Engine:
    parsed = make_url(url)
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_SECONDS
    extra: dict[str, Any] = {} if poolclass is None else {"poolclass": poolclass}
    engine = create_engine(
        url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args, **extra
    )
    if engine.dialect.name == "postgresql":
        wait = WRITER_WAIT_SECONDS if writer_wait is None else writer_wait
        event.listen(engine, "connect", _server_session_settings(read_only, wait))
    return engine


def create_db_engine(
    url: str,
    *,
    read_only: bool = False,
    writer_wait: float | None = None,
    on_wait: WaitNotice | None = None,
    poolclass: type[Pool] | None = None,
) -> Engine:
    """An engine that never puts row values (personal data) into its error messages.

    On SQLite, a ``read_only`` engine begins its transactions without any lock a writer would
    wait for and refuses writes (``query_only``); another engine takes the write lock at the
    start of each transaction, waiting up to ``writer_wait`` seconds (``WRITER_WAIT_SECONDS``)
    for another writer and calling ``on_wait`` once when it has to wait.

    On a PostgreSQL server, a ``read_only`` engine's transactions are READ ONLY (the server
    refuses a write), and a change waits up to ``writer_wait`` seconds for the rows a colleague's
    transaction holds (``lock_timeout``); connections are checked before use (a server restarted
    or a laptop woken from sleep) and a server that does not answer is given up after
    ``PG_CONNECT_TIMEOUT_SECONDS``."""
    try:
        if make_url(url).get_backend_name() == "sqlite":
            extra: dict[str, Any] = {} if poolclass is None else {"poolclass": poolclass}
            engine = create_engine(
                url,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                hide_parameters=True,
                **extra,
            )
            event.listen(engine, "connect", _set_sqlite_pragmas)
            if read_only:
                event.listen(engine, "connect", _read_only_pragmas)
                event.listen(engine, "begin", _begin_deferred)
            else:
                wait = WRITER_WAIT_SECONDS if writer_wait is None else writer_wait
                where = f"The database {display_url(url)}"
                event.listen(engine, "begin", _begin_immediate(where, wait, on_wait))
            return engine
        return _create_server_engine(
            url, read_only=read_only, writer_wait=writer_wait, poolclass=poolclass
        )
    except (NoSuchModuleError, ModuleNotFoundError, ImportError) as exc:
        raise DatabaseError(
            f"PIMAP cannot talk to {display_url(url)}: its database driver is not installed "
            f"({exc})."
        ) from None
    except ArgumentError as exc:
        raise DatabaseError(
            f"'{display_url(url)}' is not a database address PIMAP understands."
        ) from exc


# --------------------------------------------------------------------------- backups
#
# A backup is written under a temporary name in the backups folder, checked with
# ``PRAGMA integrity_check``, flushed to the disk and only then renamed to its real name
# (``os.replace`` is atomic): a backup killed half-way leaves a temporary file, never a file
# with a backup's name. Leftover temporary files are removed by a later backup. A file with a
# backup's name counts as a backup (for "taken today?" and for the ten kept) only once it has
# been opened and verified; one that fails is renamed aside (``….broken``).

TMP_PREFIX = ".pimap-"
TMP_SUFFIX = ".tmp"
STALE_TMP_SECONDS = 3600  # a temporary file this old is a leftover, whoever wrote it
_TMP_NAME = re.compile(r"\.pimap-.*-(\d+)-[a-z0-9_]+\.tmp(-journal|-wal|-shm)?")
BROKEN_SUFFIX = ".broken"

# Backups already verified in this process, by (path, size, mtime): verification reads the
# whole file, so a file is checked again only when it changes.
_verified: set[tuple[str, int, int]] = set()


def backup_dir(path: Path) -> Path:
    return path.parent / BACKUP_DIR_NAME


def _named_backups(path: Path) -> list[Path]:
    """Files named like a backup of this database (not another's beside it), oldest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    own = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-[a-z-]+(-\d+)?\.sqlite")
    return sorted(p for p in folder.iterdir() if own.fullmatch(p.name))


def _cache_key(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return (str(path), st.st_size, st.st_mtime_ns)


def _structure_problem(path: Path) -> str | None:
    """What a look at the header finds wrong (cheap: a truncated copy is seen at once)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        return "not an SQLite file"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    count_valid = header[92:96] == header[24:28]  # the in-header size is trustworthy
    if count_valid and page_count and size < page_count * page_size:
        return "truncated"
    return None


def _check_problem(conn: sqlite3.Connection) -> str | None:
    result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
    return None if result == "ok" else str(result)


def verify_backup(path: Path) -> bool | None:
    """True when the file opens and passes ``integrity_check``, False when it is damaged,
    None when it cannot be checked now (busy, or unreadable)."""
    try:
        key = _cache_key(path)
        if key in _verified:
            return True
        journal = path.with_name(path.name + "-journal")
        if journal.exists():
            # A transaction left unfinished by a crash (an older PIMAP rewrote backups in
            # place): SQLite rolls it back on the first read of a connection that may write,
            # which a read-only one cannot. Until then the file is neither sound nor damaged.
            with closing(sqlite3.connect(path, timeout=1)) as conn:
                conn.execute("PRAGMA schema_version").fetchone()
            if journal.exists() and journal.stat().st_size == 0:
                journal.unlink()  # not a transaction at all: an empty leftover
            if journal.exists():
                return None
            key = _cache_key(path)  # the rollback changed the file
        problem = _structure_problem(path)
        if problem is None:
            with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
                problem = _check_problem(conn)
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text or "unable to open" in text:
            return None
        problem = text
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    except OSError:
        return None
    if problem is None:
        _verified.add(key)
        return True
    return False


def _sound(backup: Path) -> bool:
    """Whether a file named like a backup counts as one; a damaged one is renamed aside."""
    verdict = verify_backup(backup)
    if verdict is False:
        aside = backup.with_name(backup.name + BROKEN_SUFFIX)
        try:
            os.replace(backup, aside)
            log.warning("damaged backup renamed aside: %s", aside.name)
        except OSError as exc:
            log.warning(
                "damaged backup %s could not be renamed aside: %s", backup.name, exc.strerror
            )
    return verdict is True


def list_backups(path: Path) -> list[Path]:
    """Verified backups of a database file, oldest first (not those of another database)."""
    return [p for p in _named_backups(path) if _sound(p)]


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill would end the process on Windows: rely on the age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _remove_leftovers(folder: Path) -> None:
    """Remove the temporary files of backups that were killed or failed."""
    now = time.time()
    for item in folder.iterdir():
        match = _TMP_NAME.fullmatch(item.name)
        if match is None:
            continue
        pid = int(match.group(1))
        try:
            old = now - item.stat().st_mtime > STALE_TMP_SECONDS
            if old or (pid != os.getpid() and not _pid_alive(pid)):
                item.unlink()
                log.info("unfinished backup removed: %s", item.name)
        except OSError:
            continue  # another process still has it, or it is gone already


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name != "posix":
        return  # folders cannot be opened for fsync on Windows
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_into(path: Path, target: Path) -> None:
    """Copy a live database into ``target`` with SQLite's online backup API, and verify it."""
    with (
        closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as source,
        closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        problem = _check_problem(copy)
    if problem is not None:
        raise DatabaseError(f"The backup of {path.name} did not pass its check ({problem}).")


def backup_sqlite(path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy a live database with SQLite's online backup API, verify it, keep the last ten."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        folder = make_private_dir(backup_dir(path))
        _remove_leftovers(folder)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{TMP_PREFIX}{path.stem}-{os.getpid()}-", suffix=TMP_SUFFIX, dir=folder
        )
    except OSError as exc:
        raise DatabaseError(
            f"The backups folder of {path.name} cannot be written: {exc.strerror or exc}."
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy_into(path, tmp)
        _fsync(tmp)  # before the mode: a read-only copy could not be opened to flush it
        make_private_file(tmp, like=path)  # never looser than the database it copies
        target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{path.stem}-{stamp}-{reason}-{counter}.sqlite"
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise DatabaseError(f"The backup of {path.name} failed: {exc}.") from None
    except OSError as exc:
        raise DatabaseError(
            f"The backup of {path.name} could not be written: {exc.strerror or exc}."
        ) from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    with suppress(OSError):  # the rename is done; a folder that cannot be flushed is no error
        _fsync(folder, folder=True)
    _verified.add(_cache_key(target))
    _rotate(path)
    log.info("backup made (%s): %s", reason, target.name)
    return target


def _rotate(path: Path) -> None:
    """Keep the newest ``BACKUPS_KEPT`` verified backups; only those count towards the ten."""
    kept = 0
    for backup in reversed(_named_backups(path)):
        if kept >= BACKUPS_KEPT:
            backup.unlink(missing_ok=True)
        elif _sound(backup):
            kept += 1
            make_private_file(backup, like=path)  # older versions left them readable by all


def daily_backup_due(path: Path, *, now: datetime | None = None) -> bool:
    """True when the database has no verified backup from the last 24 hours."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    now = now or datetime.now()
    for backup in reversed(_named_backups(path)):  # newest first
        try:
            taken = datetime.fromtimestamp(backup.stat().st_mtime)
        except OSError:
            continue
        if now - taken >= timedelta(days=1):
            return True  # no need to verify a backup too old to count
        if _sound(backup):
            return False
    return True


# --------------------------------------------------------------------------- text lengths


def _record_words(name: str) -> str:
    """ "ProgrammeItem" -> "a programme item"."""
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"


def _refuse_overlong_text(session: Session, _context: Any, _instances: Any) -> None:
    """A text longer than its column allows is refused before it reaches the database, alike
    on every engine: PostgreSQL would refuse it with a driver's error, SQLite would keep it
    (and the database could not move to a team server later)."""
    for record in itertools.chain(session.new, session.dirty):
        state = sa_inspect(record)
        for attribute in state.mapper.column_attrs:
            kind = attribute.columns[0].type
            value = state.dict.get(attribute.key)  # what is loaded or set; nothing is fetched
            limit = getattr(kind, "length", None)
            if not isinstance(kind, String) or not limit or not isinstance(value, str):
                continue
            if len(value) > limit:
                what = f"{_record_words(state.mapper.class_.__name__)}'s "
                what += attribute.key.replace("_", " ")
                raise ValidationError(
                    f"{what[0].upper()}{what[1:]} is too long ({len(value)} characters; at "
                    f"most {limit}); nothing was saved.",
                    attribute.key,
                )


def _sessions(engine: Engine) -> sessionmaker[Session]:
    sessions = sessionmaker(engine, expire_on_commit=False)
    event.listen(sessions, "before_flush", _refuse_overlong_text)
    # Who changed what: records stamped, audited tables' changes kept (store/audit.py).
    return audit_changes(stamp_writes(sessions))


# --------------------------------------------------------------------------- the database


@dataclass
class Database:
    """An open, migrated database and its session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display(self) -> str:
        """A path, or the server's URL without its password."""
        return display_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work; services open their own ``session.begin()``."""
        with self.sessions() as session:
            yield session

    def backup(self, reason: str = "manual") -> Path | None:
        path = self.path
        return backup_sqlite(path, reason) if path is not None else None

    def backup_if_due(self) -> Path | None:
        """The at-most-daily backup taken on start."""
        path = self.path
        if path is not None and daily_backup_due(path):
            return backup_sqlite(path, "daily")
        return None

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    db: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    writer_wait: float | None = None,
    on_wait: WaitNotice | None = None,
) -> Database:
    """Open (and create, or upgrade) the database at ``db`` (see ``resolve_url``).

    Opening writes nothing to a database that is already up to date, so that it never waits
    for another program writing to it. ``read_only`` is for commands that only read: they take
    no lock a writer would wait for, and cannot write. A write waits up to ``writer_wait``
    seconds for another program writing, and ``on_wait`` is called once when it has to wait
    (see ``create_db_engine``).

    Raises DatabaseError, leaving the file untouched, when it must not be opened.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    needs_upgrade = True
    if path is not None:
        state = inspect_sqlite_file(path)
        if not state.exists and not create:
            raise DatabaseError(f"There is no PIMAP database at {path}.")
        try:
            if not path.parent.exists():
                make_private_dir(path.parent)  # a folder PIMAP creates is the owner's only
        except OSError as exc:
            raise DatabaseError(
                f"The folder for {path} cannot be created: {exc.strerror}."
            ) from None
        if not state.exists:
            try:
                create_private_file(path)  # SQLite gives its -wal and -shm the same mode
            except OSError as exc:
                raise DatabaseError(f"{path} cannot be created: {exc.strerror}.") from None
        needs_upgrade = state.is_empty or state.revision != head_revision()
        if not state.is_empty and needs_upgrade:
            backup_sqlite(path, "before-upgrade")
    else:
        # A database on a server exists once its administrator made it; PIMAP's tables are
        # created in it by a command that may create a database, as a new file is.
        state = inspect_server_database(url)
        if state.is_empty and not create:
            raise DatabaseError(
                f"The database {display_url(url)} holds no PIMAP data yet; "
                "'pimap mission add' or 'pimap demo' starts it."
            )
        needs_upgrade = state.is_empty or state.revision != head_revision()
        if not state.is_empty and needs_upgrade:
            # Its backups are the server's (pg_dump): the upgrade is one transaction.
            log.info("upgrading the schema of %s from %s", display_url(url), state.revision)
    log.debug("opening %s at schema %s", display_url(url), state.revision)
    if needs_upgrade:
        _prepare(url, on_wait)
    engine = create_db_engine(url, read_only=read_only, writer_wait=writer_wait, on_wait=on_wait)
    return Database(url=url, engine=engine, sessions=notify_changes(_sessions(engine)))


def _prepare(url: str, on_wait: WaitNotice | None) -> None:
    """Create or upgrade the schema, through an engine that may write."""
    engine = create_db_engine(url, on_wait=on_wait)
    try:
        _upgrade(engine)
    except DatabaseError:
        raise
    except Exception as exc:
        explained = explain_database_error(exc, f"The database {display_url(url)}")
        if explained is not None:
            raise explained from None
        raise DatabaseError(
            f"The database {display_url(url)} could not be prepared: {first_line(exc)}"
        ) from exc
    finally:
        engine.dispose()


def first_line(exc: BaseException) -> str:
    """The gist of a driver's error, without SQLAlchemy's second line and link."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# The key of the advisory lock that lets one client at a time create or upgrade the schema of a
# team database ("PIMA" "MIGR"): a second client opening it meanwhile waits, then finds it done.
_PG_MIGRATION_LOCK = 0x50494D41_4D494752


def _upgrade(engine: Engine) -> None:
    from alembic import command  # only here: a database at the head opens without Alembic

    config = _alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(select(func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def integrity_problems(database: Database) -> list[str]:
    """What SQLite's integrity and foreign-key checks find; empty when all is well."""
    problems: list[str] = []
    if database.engine.dialect.name != "sqlite":
        return problems
    try:
        with database.engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                if row != "ok":
                    problems.append(str(row))
            for table, rowid, parent, _fkid in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"row {rowid} of {table} refers to a missing row in {parent}")
    except SQLAlchemyError as exc:  # so damaged that the check itself cannot read it
        problems.append(first_line(exc))
    return problems
