"""Restoring a backup: which verified backups there are, what each holds, and a restore that
keeps the current state first and says what changed.

The same layer as ``database`` (no Qt), which it builds on: backups are found, verified and taken
there. A restore copies the backup *into* the live database with SQLite's online backup API:
one write transaction, so a restore killed half-way leaves the old state, and safe with the
WAL and with other connections open on the file (they see the restored data on their next
read). Only when the live file is missing, or not a database that SQLite can write into, is the
backup copied beside it and renamed over it; whatever was there is kept aside first.

A backup from an older schema is restored as it is: the next ``open_database`` upgrades it
(and backs it up before upgrading, as for any upgrade).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing, suppress
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from pimap_desktop.domain.errors import DatabaseError
from pimap_desktop.store.database import (
    BUSY_TIMEOUT_MS,
    PIMAP_APPLICATION_ID,
    SQLITE_MAGIC,
    TMP_PREFIX,
    TMP_SUFFIX,
    backup_dir,
    backup_sqlite,
    known_revisions,
    list_backups,
    verify_backup,
)
from pimap_desktop.store.filemodes import PRIVATE_FILE_MODE, make_private_dir, make_private_file

log = logging.getLogger(__name__)

BEFORE_RESTORE = "before-restore"
DAMAGED_TAG = "damaged"
# A raw copy of a damaged database ends in ".raw", not ".sqlite": it never counts as a backup,
# yet the erasure of a person still finds it (and says it cannot rewrite it).
RAW_SUFFIX = ".raw"
SIDE_FILES = ("-wal", "-journal")  # hold data; "-shm" is only an index of the WAL
_STAMP = re.compile(r"(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+?)(?:-\d+)?\.sqlite")
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


# --------------------------------------------------------------------------- what a file holds


@dataclass(frozen=True)
class Counts:
    """How many of each kind a database holds; None where it cannot tell (an older schema
    without the table, or a damaged file)."""

    missions: int | None = None
    people: int | None = None
    organisations: int | None = None
    registrations: int | None = None
    meetings: int | None = None
    follow_ups: int | None = None

    def items(self) -> list[tuple[str, int | None]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self)]


# The table behind each count, and how a person reads its name.
TABLES = {
    "missions": "missions",
    "people": "people",
    "organisations": "organisations",
    "registrations": "registrations",
    "meetings": "meetings",
    "follow_ups": "follow_ups",
}
LABELS = {
    "missions": "Missions",
    "people": "People",
    "organisations": "Organisations",
    "registrations": "Registrations",
    "meetings": "Meetings",
    "follow_ups": "Follow-ups",
}


@dataclass(frozen=True)
class _Contents:
    application_id: int | None
    revision: str | None
    counts: Counts
    mission_codes: frozenset[str] | None


def _read_contents(path: Path) -> _Contents:
    """Read a database file read-only; whatever cannot be read is None (never an exception)."""
    app_id: int | None = None
    revision: str | None = None
    values: dict[str, int | None] = {}
    codes: frozenset[str] | None = None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            tables = {
                str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" in tables:
                with suppress(sqlite3.Error):
                    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = str(row[0]) if row else None
            for kind, table in TABLES.items():
                if table in tables:
                    with suppress(sqlite3.Error):
                        values[kind] = int(
                            conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                        )
            if "missions" in tables:
                with suppress(sqlite3.Error):
                    codes = frozenset(str(r[0]) for r in conn.execute("SELECT code FROM missions"))
    except sqlite3.Error:
        pass
    return _Contents(app_id, revision, Counts(**values), codes)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken and why, and what it holds."""

    path: Path
    taken_at: datetime  # aware, in the computer's zone
    reason: str  # daily, manual, before-upgrade, before-restore, before-delete, …
    size: int  # bytes
    revision: str | None  # the schema revision it was written at
    counts: Counts

    @property
    def name(self) -> str:
        return self.path.name

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "name": self.name,
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
            "revision": self.revision,
            "counts": dict(self.counts.items()),
        }


def _taken_at(path: Path, stamp: str | None) -> datetime:
    if stamp is not None:
        with suppress(ValueError):
            # db.backup_sqlite names a backup by the computer's local time
            return datetime.strptime(stamp, "%Y%m%d-%H%M%S").astimezone()
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def describe_backup(path: Path) -> BackupInfo:
    """What a backup file holds, read read-only; a table or column its (older) schema lacks,
    or a part that cannot be read, gives a count of None, never an error."""
    path = Path(path)
    match = _STAMP.fullmatch(path.name)
    contents = _read_contents(path)
    return BackupInfo(
        path=path,
        taken_at=_taken_at(path, match.group("stamp") if match else None),
        reason=match.group("reason") if match else "copy",
        size=path.stat().st_size,
        revision=contents.revision,
        counts=contents.counts,
    )


def available_backups(db_path: Path) -> list[BackupInfo]:
    """The verified backups of a database file, newest first (by the time in their names,
    then by when the file was written: two taken in the same second)."""
    found = [(describe_backup(p), p.stat().st_mtime_ns) for p in list_backups(Path(db_path))]
    found.sort(key=lambda pair: (pair[0].taken_at, pair[1]), reverse=True)
    return [info for info, _written in found]


def format_size(size: int) -> str:
    """ "812 KB", "1.4 MB": the size of a file as a person reads it."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} KB"
    if size < 1000 * 1000 * 1000:
        return f"{size / 1e6:.1f} MB"
    return f"{size / 1e9:.1f} GB"


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Change:
    kind: str  # a field of Counts
    before: int | None
    after: int | None

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    def line(self) -> str:
        """ "People: 412 → 398 (14 fewer)"."""
        before = "unknown" if self.before is None else str(self.before)
        after = "unknown" if self.after is None else str(self.after)
        text = f"{self.label}: {before} → {after}"
        if self.before is None or self.after is None:
            return text
        difference = self.after - self.before
        if difference == 0:
            return f"{text} (unchanged)"
        return f"{text} ({abs(difference)} {'more' if difference > 0 else 'fewer'})"


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: which backup, where the state before it was kept, what changed."""

    backup: BackupInfo
    before_restore: Path | None  # the backup of the state before (None: there was none)
    damaged_copy: Path | None  # the damaged database kept aside as it was, if it was damaged
    changes: tuple[Change, ...]
    missions_back: tuple[str, ...]  # mission codes the restore brought (back)
    missions_gone: tuple[str, ...]  # mission codes that were there and are not any more

    def lines(self) -> list[str]:
        taken = f"{self.backup.taken_at:%Y-%m-%d %H:%M}"
        lines = [f"Restored {self.backup.name} (taken {taken}, {self.backup.reason})."]
        lines += [change.line() for change in self.changes]
        if self.missions_back:
            lines.append(f"Missions back: {', '.join(self.missions_back)}")
        if self.missions_gone:
            lines.append(f"Missions gone: {', '.join(self.missions_gone)}")
        if self.before_restore is not None:
            lines.append(
                f"The state before the restore was backed up as {self.before_restore.name}."
            )
        if self.damaged_copy is not None:
            lines.append(f"The damaged database was kept aside as {self.damaged_copy.name}.")
        return lines

    def summary(self) -> str:
        return "\n".join(self.lines())

    def to_json(self) -> dict[str, Any]:
        return {
            "backup": self.backup.to_json(),
            "before_restore_backup": str(self.before_restore) if self.before_restore else None,
            "damaged_copy": str(self.damaged_copy) if self.damaged_copy else None,
            "changes": {c.kind: {"before": c.before, "after": c.after} for c in self.changes},
            "missions_back": list(self.missions_back),
            "missions_gone": list(self.missions_gone),
        }


# --------------------------------------------------------------------------- the live file


class _Busy(Exception):
    pass


def _live_state(path: Path) -> str:
    """'missing', 'empty', 'garbage' (not SQLite), 'damaged' or 'sound'; raises DatabaseError
    for what must not be restored over (a folder, another program's database)."""
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a PIMAP database; nothing was restored.")
    wal = path.with_name(path.name + "-wal")
    size = path.stat().st_size
    if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return "empty"
    if size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return "garbage"
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(
                f"{path.name} is busy: another program is writing to it; try again."
            ) from None
        return "damaged"
    except sqlite3.DatabaseError:
        return "damaged"
    if has_tables and app_id != PIMAP_APPLICATION_ID:
        raise DatabaseError(
            f"{path} is an SQLite database of another program, not a PIMAP database; "
            "nothing was restored over it."
        )
    return "sound"


def _is_damaged(path: Path) -> bool:
    """Whether SQLite's quick check finds damage in the live file (False when it is busy)."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
            return bool(conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok")
    except sqlite3.OperationalError as exc:
        return not ("locked" in str(exc) or "busy" in str(exc))
    except sqlite3.DatabaseError:
        return True


def _private_copy(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    make_private_file(target)


def _keep_aside(path: Path, stamp: str) -> Path | None:
    """Copy a damaged database (and its journal files) into backups/ as it is, byte for byte:
    ``pimap-20270126-093000-damaged.sqlite.raw``. Returns the copy of the main file (or of
    the first file there was), None when there was nothing to keep."""
    present = [
        suffix
        for suffix in ("", *SIDE_FILES)
        if (f := path.with_name(path.name + suffix)).is_file() and f.stat().st_size > 0
    ]
    if not present:
        return None
    folder = make_private_dir(backup_dir(path))
    base = f"{path.stem}-{stamp}-{DAMAGED_TAG}"
    counter = 1
    name = f"{base}.sqlite{RAW_SUFFIX}"
    while any((folder / (name + s)).exists() for s in ("", *SIDE_FILES)):
        counter += 1
        name = f"{base}-{counter}.sqlite{RAW_SUFFIX}"
    for suffix in present:
        _private_copy(path.with_name(path.name + suffix), folder / (name + suffix))
    log.warning("damaged database kept aside before a restore: %s", name)
    return folder / (name + present[0])


def _stage(backup: Path, folder: Path) -> Path:
    """A private copy of the backup to restore from: taking the backup of the current state
    rotates the oldest backups away, which may be the very one being restored."""
    fd, name = tempfile.mkstemp(
        prefix=f"{TMP_PREFIX}restore-{os.getpid()}-", suffix=TMP_SUFFIX, dir=folder
    )
    os.close(fd)
    staged = Path(name)
    try:
        with (
            closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(staged)) as copy,
        ):
            source.backup(copy)
    except BaseException:
        _remove(staged)
        raise
    return staged


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _refuse_when_busy(status: int, _remaining: int, _total: int) -> None:
    # The live connection's busy timeout has already been waited for: say so, do not spin.
    if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
        raise _Busy


def _copy_into_live(source: Path, live: Path) -> None:
    """The backup API into the live file: one transaction, WAL and other connections safe."""
    with (
        closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000)) as dst,
    ):
        dst.execute("PRAGMA secure_delete = ON")
        src.backup(dst, progress=_refuse_when_busy)
        # Fold the restored pages into the file itself when no reader is in the way.
        with suppress(sqlite3.Error):
            dst.execute("PRAGMA wal_checkpoint(PASSIVE)")


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _replace_live(source: Path, live: Path) -> None:
    """Write the backup beside the live file and rename it over it (the live file is missing,
    or not a database SQLite can write into). Its journal files are removed: what they held
    was kept aside, and SQLite would replay a stale WAL onto the restored file."""
    live.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{live.name}.restore-", suffix=TMP_SUFFIX, dir=live.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        with (
            closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(tmp)) as dst,
        ):
            src.backup(dst)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        make_private_file(tmp)
        for suffix in (*SIDE_FILES, "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, live)
    finally:
        _remove(tmp)
    _fsync_folder(live.parent)


# --------------------------------------------------------------------------- restore


def check_restorable(backup_path: Path) -> BackupInfo:
    """The backup's description, or a DatabaseError saying why it must not be restored."""
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise DatabaseError(f"There is no backup at {backup_path}.")
    name = backup_path.name
    verdict = verify_backup(backup_path)
    if verdict is None:
        raise DatabaseError(f"{name} cannot be read now; nothing was restored.")
    if verdict is False:
        raise DatabaseError(
            f"{name} is damaged (it fails SQLite's integrity check); nothing was restored."
        )
    contents = _read_contents(backup_path)
    if contents.application_id != PIMAP_APPLICATION_ID or contents.revision is None:
        raise DatabaseError(f"{name} is not a backup of a PIMAP database; nothing was restored.")
    if contents.revision not in known_revisions():
        raise DatabaseError(
            f"{name} was written by a newer version of PIMAP Desktop (schema "
            f"{contents.revision}); install that version to restore it. Nothing was restored."
        )
    return describe_backup(backup_path)


def restore_backup(
    db_path: Path,
    backup_path: Path,
    *,
    now: datetime | None = None,
) -> RestoreReport:
    """Restore a verified backup over the database file at ``db_path``.

    The current state is backed up first ("before-restore"); a current database so damaged
    that its backup fails verification is copied aside as it is (``…-damaged.sqlite.raw``)
    and the restore goes on. The restored database keeps the backup's schema revision: the
    next ``open_database`` upgrades it. Raises DatabaseError, having changed nothing, when the
    backup is damaged, written by a newer PIMAP, or the database is busy.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    if backup_path.resolve() == db_path.resolve():
        raise DatabaseError(f"{backup_path.name} is the database itself, not a backup of it.")
    info = check_restorable(backup_path)
    state = _live_state(db_path)
    before = _read_contents(db_path) if state == "sound" else None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        folder = make_private_dir(backup_dir(db_path))
        staged = _stage(backup_path, folder)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"{backup_path.name} could not be read to restore it: {exc}.") from None
    before_restore: Path | None = None
    damaged_copy: Path | None = None
    try:
        if state == "sound":
            try:
                before_restore = backup_sqlite(db_path, BEFORE_RESTORE, now=now)
            except DatabaseError:
                if not _is_damaged(db_path):
                    raise  # no backup of the current state, no restore
                state = "damaged"
                before = None
        if state in ("damaged", "garbage", "missing", "empty"):
            damaged_copy = _keep_aside(db_path, stamp)
        try:
            if state in ("sound", "damaged"):
                try:
                    _copy_into_live(staged, db_path)
                except _Busy:
                    raise DatabaseError(
                        f"{db_path.name} is busy: another program is writing to it; "
                        "try again (nothing was restored)."
                    ) from None
                except sqlite3.DatabaseError:
                    if state != "damaged":
                        raise
                    _replace_live(staged, db_path)  # too damaged for SQLite to write into
            else:
                _replace_live(staged, db_path)
        except sqlite3.Error as exc:
            raise DatabaseError(
                f"The restore of {backup_path.name} failed ({exc}); the database was not changed."
            ) from None
        except OSError as exc:
            raise DatabaseError(
                f"The restore of {backup_path.name} failed: {exc.strerror or exc}."
            ) from None
    finally:
        _remove(staged)
    make_private_file(db_path)
    after = _read_contents(db_path)
    log.info("backup restored: %s", backup_path.name)
    return _report(info, before, after, before_restore, damaged_copy)


def _report(
    info: BackupInfo,
    before: _Contents | None,
    after: _Contents,
    before_restore: Path | None,
    damaged_copy: Path | None,
) -> RestoreReport:
    old = before.counts if before is not None else Counts()
    changes = tuple(Change(kind, getattr(old, kind), count) for kind, count in after.counts.items())
    old_codes = before.mission_codes if before is not None else None
    new_codes = after.mission_codes
    back: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    if old_codes is not None and new_codes is not None:
        back = tuple(sorted(new_codes - old_codes))
        gone = tuple(sorted(old_codes - new_codes))
    return RestoreReport(info, before_restore, damaged_copy, changes, back, gone)
