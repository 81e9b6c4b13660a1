"""Erasing a person removes them from the database file, its -wal and every backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from pimap_desktop.cli import main
from pimap_desktop.services.directory import personal_data as svc
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database, backup_dir
from tests.factories import add_person

EMAIL = "zoe.quintavalle@lumiphos.example"
PHONE = "+33 6 71 42 98 05"
LAST = "Quintavalle"
# Freed space keeps pieces of a cell (a truncated index entry ends in "@lumiphos.exa").
SECRETS = (EMAIL, EMAIL.split("@")[0], PHONE, LAST)

pytestmark = pytest.mark.sqlite_only(reason="the database file, its -wal and its backups")


@pytest.fixture
def secure_delete_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite builds differ (Debian's zeroes freed space, python.org's for Windows does not):
    the test runs as on a build where secure_delete starts off."""
    connect = sqlite3.connect

    def off_by_default(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(sqlite3, "connect", off_by_default)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", off_by_default)  # SQLAlchemy's way in


def _files(db_path: Path) -> list[Path]:
    wal = db_path.with_name(db_path.name + "-wal")
    backups = list(backup_dir(db_path).iterdir()) if backup_dir(db_path).is_dir() else []
    return [db_path, *([wal] if wal.exists() else []), *backups]


def _holders(db_path: Path) -> list[str]:
    found = []
    for path in _files(db_path):
        data = path.read_bytes()
        for secret in SECRETS:
            if secret.encode() in data:
                found.append(f"{path.name}: {secret}")
    return found


def _setup(db: Database, mission_id: uuid.UUID) -> Path:
    with db.session() as session:
        person = add_person(session, "Zoé", LAST, EMAIL, phone=PHONE)
        register_people(session, mission_id, [person.id])
    db.backup("manual")
    db.backup("daily")
    assert db.path is not None
    return db.path


def test_erase_leaves_no_trace_in_the_database_its_wal_or_any_backup(
    secure_delete_off_by_default: None, db: Database, mission_id: uuid.UUID
) -> None:
    path = _setup(db, mission_id)
    assert len(list(backup_dir(path).iterdir())) == 2
    assert _holders(path)  # the test can see them before
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in backup_dir(path).iterdir()}
    with db.session() as session:
        report = svc.erase_person_everywhere(session, EMAIL)
    assert _holders(path) == []
    assert sorted(report.backups_rewritten) == sorted(modes)
    assert report.backups_failed == ()
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in backup_dir(path).iterdir()} == modes
    assert report.describe() == "erased in the database and in 2 backups"


def test_a_backup_that_cannot_be_rewritten_is_named_not_skipped(
    secure_delete_off_by_default: None, db: Database, mission_id: uuid.UUID
) -> None:
    path = _setup(db, mission_id)
    backups = sorted(backup_dir(path).iterdir())
    damaged = backups[0].with_name(backups[0].stem + "-99.sqlite")
    shutil.copy(backups[0], damaged)
    with damaged.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"not a database at all, truncated" * 4)
    with db.session() as session:
        report = svc.erase_person_everywhere(session, EMAIL)
    assert [name for name, _ in report.backups_failed] == [damaged.name]
    assert len(report.backups_rewritten) == 2
    assert report.describe().endswith(
        f"1 backup could not be rewritten: {damaged.name} "
        "(not a PIMAP database (it is not an SQLite file at all))"
    )
    os.remove(damaged)  # the named leftover is the user's to delete; the rest is clean
    assert _holders(path) == []


def test_erase_leaves_no_trace_in_the_free_space_of_the_database_file(
    secure_delete_off_by_default: None, db: Database
) -> None:
    with db.session() as session:
        add_person(session, "Zoé", LAST, EMAIL, phone=PHONE)
    with db.session() as session:
        report = svc.erase_person_everywhere(session, EMAIL)
    assert report.describe() == "erased in the database and in 0 backups"
    assert db.path is not None
    assert _holders(db.path) == []


def test_pimap_person_erase_also_clears_the_backup_it_takes_first(
    secure_delete_off_by_default: None,
    db: Database,
    mission_id: uuid.UUID,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with db.session() as session:
        add_person(session, "Zoé", LAST, EMAIL, phone=PHONE)
    assert db.path is not None
    path = db.path
    db.dispose()
    assert main(["--db", str(path), "person", "erase", EMAIL]) == 0
    out = capsys.readouterr().out
    assert "erased in the database and in 1 backup;" in out  # the day's backup, taken on start
    assert _holders(path) == []


def _hot_journal_beside(backup: Path) -> None:
    """What a crash in the middle of rewriting a backup in place leaves: the file with some of
    the transaction's pages written into it, and the journal that can undo them."""
    work = backup.with_name("work-copy.sqlite")
    shutil.copyfile(backup, work)
    conn = sqlite3.connect(work, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 1")  # changed pages spill into the file itself
        conn.execute("BEGIN")
        conn.execute("UPDATE people SET notes = 'half-way ' || coalesce(notes, '')")
        conn.execute("UPDATE organisations SET name = 'half-way ' || name")
        shutil.copyfile(work, backup)
        shutil.copyfile(f"{work}-journal", f"{backup}-journal")
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    work.unlink()


def test_a_backup_left_mid_transaction_is_rolled_back_and_still_counts(
    db: Database, mission_id: uuid.UUID
) -> None:
    from pimap_desktop.store.database import list_backups

    path = _setup(db, mission_id)
    backups = sorted(backup_dir(path).glob("*.sqlite"))
    _hot_journal_beside(backups[0])
    assert list_backups(path) == backups  # not set aside as broken
    assert not Path(f"{backups[0]}-journal").exists()
    with closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM people WHERE notes LIKE 'half-way%'").fetchone()[
            0
        ] == 0  # fmt: skip


def test_an_erasure_cut_short_is_finished_by_running_it_again(
    secure_delete_off_by_default: None,
    db: Database,
    mission_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The backups are erased first: a crash after some of them leaves the person in the
    database, where the same command finds them and finishes."""
    path = _setup(db, mission_id)
    real = svc._erase_in_backup
    calls = 0

    def crash_after_the_first(*args: Any) -> str | None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # the process ends here
        return real(*args)

    monkeypatch.setattr(svc, "_erase_in_backup", crash_after_the_first)
    with pytest.raises(KeyboardInterrupt), db.session() as session:
        svc.erase_person_everywhere(session, EMAIL)
    monkeypatch.setattr(svc, "_erase_in_backup", real)
    with db.session() as session:  # still there to be found by their e-mail
        report = svc.erase_person_everywhere(session, EMAIL)
    assert report.backups_failed == ()
    assert _holders(path) == []


def test_a_backup_is_rewritten_whole_or_not_at_all(
    db: Database, mission_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash while a backup is being rewritten leaves the old backup as it was (and sound),
    never a half-changed one, and no temporary file counts as a backup."""
    from pimap_desktop.store.database import list_backups

    path = _setup(db, mission_id)
    before = {p.name: p.read_bytes() for p in backup_dir(path).glob("*.sqlite")}

    def crash_in_the_copy(_tmp: Path, _mode: int) -> None:
        raise KeyboardInterrupt

    real_chmod = os.chmod
    monkeypatch.setattr(os, "chmod", crash_in_the_copy)  # just before the copy is put in place
    with pytest.raises(KeyboardInterrupt), db.session() as session:
        svc.erase_person_everywhere(session, EMAIL)
    monkeypatch.setattr(os, "chmod", real_chmod)
    after = {p.name: p.read_bytes() for p in backup_dir(path).glob("*.sqlite")}
    assert after == before
    assert [p.name for p in list_backups(path)] == sorted(before)
    assert [p.name for p in backup_dir(path).iterdir() if p.name.startswith(".pimap-")] == []
