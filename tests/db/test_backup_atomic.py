"""Backups you can trust: written atomically, verified before they count, owner-only."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pimap_desktop.domain.errors import DatabaseError
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database

posix_only = pytest.mark.skipif(
    os.name != "posix",
    reason="on Windows files inherit the ACLs of the user's profile; Unix modes do not apply",
)

# A child process that starts a backup, writes half of the database into the backup file and
# is killed with SIGKILL there: a kill mid-copy, at the same point every time.
KILLED_MID_COPY = """
import os, signal, sqlite3, sys
from pathlib import Path
from pimap_desktop.store import database as dbmod

db_path = Path(sys.argv[1])
real_connect = sqlite3.connect

class KilledDuringCopy:
    def __init__(self, conn, target):
        self._conn, self._target = conn, target
    def __getattr__(self, name):
        return getattr(self._conn, name)
    def backup(self, other, **kwargs):
        data = db_path.read_bytes()
        Path(other._target).write_bytes(data[: len(data) // 2])
        os.kill(os.getpid(), signal.SIGKILL)

sqlite3.connect = lambda target, *a, **kw: KilledDuringCopy(real_connect(target, *a, **kw), target)
dbmod.backup_sqlite(db_path, "daily")
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _files_named_like_backups(db_path: Path) -> list[str]:
    folder = dbmod.backup_dir(db_path)
    return (
        sorted(p.name for p in folder.glob(f"{db_path.stem}-*.sqlite")) if folder.exists() else []
    )


def _with_some_data(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.begin() as conn:
        for n in range(200):
            conn.exec_driver_sql(
                "INSERT INTO clusters (id, name, short_name, country, city, timezone, website, "
                "colour, logo, sectors, created_at, updated_at) VALUES "
                f"('{n:032x}', 'Cluster {n}', 'C{n}', 'FR', '', 'Europe/Paris', '', '#000000',"
                f" '', '[]', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
    database.dispose()


def _plant_broken_backup(db_path: Path, when: datetime, content: bytes) -> Path:
    folder = dbmod.backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    broken = folder / f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-daily.sqlite"
    broken.write_bytes(content)
    return broken


@pytest.fixture(autouse=True)
def _fresh_verification_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test verifies backups afresh (the cache lives as long as the process)."""
    monkeypatch.setattr(dbmod, "_verified", set(), raising=False)


@posix_only
def test_a_backup_killed_mid_copy_leaves_no_backup_and_the_next_one_is_still_taken(
    db_path: Path,
) -> None:
    _with_some_data(db_path)
    child = subprocess.run(
        [sys.executable, "-c", KILLED_MID_COPY, str(db_path)], capture_output=True, check=False
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    folder = dbmod.backup_dir(db_path)
    assert _files_named_like_backups(db_path) == []
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]  # only a temp file
    assert dbmod.list_backups(db_path) == []
    assert dbmod.daily_backup_due(db_path)

    database = open_database(db_path)
    made = database.backup_if_due()
    database.dispose()
    assert made is not None and dbmod.list_backups(db_path) == [made]
    assert sorted(p.name for p in folder.iterdir()) == [made.name]  # the leftover is gone
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT count(*) FROM clusters").fetchone()[0] == 200


@pytest.mark.parametrize("damage", ["not a database", "half a database"])
def test_a_broken_file_named_like_todays_backup_does_not_count_as_one(
    db_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    _with_some_data(db_path)
    data = db_path.read_bytes()
    content = b"\x00garbage" * 4096 if damage == "not a database" else data[: len(data) // 2]
    broken = _plant_broken_backup(db_path, datetime.now() - timedelta(minutes=5), content)

    assert dbmod.daily_backup_due(db_path)
    caplog.set_level(logging.INFO)
    database = open_database(db_path)
    made = database.backup_if_due()
    database.dispose()
    assert made is not None
    assert dbmod.list_backups(db_path) == [made]
    assert not broken.exists()
    assert broken.with_name(broken.name + ".broken").read_bytes() == content  # kept aside
    assert any("damaged backup renamed aside" in r.getMessage() for r in caplog.records)


def test_the_ten_backups_kept_are_all_sound(db_path: Path) -> None:
    _with_some_data(db_path)
    start = datetime(2027, 1, 1, 8, 0)
    made = [dbmod.backup_sqlite(db_path, "daily", now=start + timedelta(days=n)) for n in range(10)]
    broken = _plant_broken_backup(db_path, start + timedelta(days=10), b"not a database" * 100)
    made.append(dbmod.backup_sqlite(db_path, "daily", now=start + timedelta(days=11)))

    kept = dbmod.list_backups(db_path)
    assert kept == made[-10:]
    assert broken not in kept and not broken.exists()
    assert not made[0].exists()
    assert len(_files_named_like_backups(db_path)) == 10


def test_a_backup_that_fails_its_check_leaves_nothing_behind(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).dispose()
    monkeypatch.setattr(dbmod, "_check_problem", lambda _conn: "database disk image is malformed")
    with pytest.raises(DatabaseError, match="did not pass its check"):
        dbmod.backup_sqlite(db_path, "manual")
    assert list(dbmod.backup_dir(db_path).iterdir()) == []


@posix_only
def test_leftover_temporary_files_are_removed_but_a_backup_under_way_is_left_alone(
    db_path: Path,
) -> None:
    open_database(db_path).dispose()
    folder = dbmod.backup_dir(db_path)
    folder.mkdir()
    dead = folder / ".pimap-pimap-999999999-abc123.tmp"  # no such process
    dead_journal = folder / ".pimap-pimap-999999999-abc123.tmp-journal"
    old = folder / f".pimap-pimap-{os.getppid()}-old_1.tmp"  # a live process, but long ago
    running = folder / f".pimap-pimap-{os.getpid()}-now_1.tmp"  # another thread's backup
    for item in (dead, dead_journal, old, running):
        item.write_bytes(b"partial")
    two_hours_ago = datetime.now().timestamp() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))

    made = dbmod.backup_sqlite(db_path, "manual")
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, running.name])


@posix_only
def test_database_backups_and_their_folders_are_readable_by_the_owner_only(
    tmp_path: Path,
) -> None:
    previous = os.umask(0o022)
    try:
        db_path = tmp_path / "new-folder" / "pimap.sqlite"
        database = open_database(db_path)
        made = database.backup("manual")
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists() and _mode(wal) == 0o600
        database.dispose()
    finally:
        os.umask(previous)
    assert made is not None
    assert _mode(db_path) == 0o600
    assert _mode(db_path.parent) == 0o700  # a folder PIMAP created
    assert _mode(made.parent) == 0o700
    assert _mode(made) == 0o600


@posix_only
def test_a_backup_is_never_looser_than_its_database_and_old_backups_are_tightened(
    db_path: Path,
) -> None:
    open_database(db_path).dispose()
    folder = dbmod.backup_dir(db_path)
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    older = dbmod.backup_sqlite(db_path, "daily", now=datetime(2027, 1, 1))
    os.chmod(older, 0o644)  # as earlier versions left them
    os.chmod(folder, 0o755)
    os.chmod(db_path, 0o400)
    try:
        made = dbmod.backup_sqlite(db_path, "manual")
        assert _mode(made) == 0o400
        assert _mode(older) == 0o400
        assert _mode(folder) == 0o700
    finally:
        os.chmod(db_path, 0o600)


@posix_only
def test_the_log_file_and_its_folder_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    from pimap_desktop import logs

    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    root.handlers = [h for h in saved_handlers if not getattr(h, "_pimap", False)]
    previous = os.umask(0o022)
    try:
        path = logs.setup_logging()
        logging.getLogger("pimap_desktop.test").info("a line")
        handler = next(h for h in root.handlers if getattr(h, "_pimap", False))
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()  # the new file after a rollover too
        assert str(tmp_path) in str(path)
        assert _mode(path) == 0o600
        assert _mode(path.with_name(path.name + ".1")) == 0o600
        assert _mode(path.parent) == 0o700
    finally:
        os.umask(previous)
        for handler in root.handlers:
            if handler not in saved_handlers:
                handler.close()
        root.handlers = saved_handlers
        root.setLevel(saved_level)
