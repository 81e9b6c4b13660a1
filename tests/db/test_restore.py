"""Restore from backup: the verified backups and what they hold, a restore that backs up the
current state first and says what changed, and refusals that change nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from pimap_desktop.domain.errors import DatabaseError
from pimap_desktop.domain.models import Person
from pimap_desktop.services.missions.missions import (
    create_mission,
    delete_mission,
    get_mission_by_code,
)
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import Database, open_database
from pimap_desktop.store.restore import (
    Counts,
    available_backups,
    describe_backup,
    format_size,
    restore_backup,
)
from tests.factories import add_organisation, add_person, mission_data

posix_only = pytest.mark.skipif(
    os.name != "posix",
    reason="on Windows files inherit the ACLs of the user's profile; Unix modes do not apply",
)

MORNING = datetime(2027, 1, 26, 8, 0)
NOON = datetime(2027, 1, 26, 12, 0)
EVENING = datetime(2027, 1, 26, 18, 30)


def _fill(db: Database) -> None:
    """Two missions, an organisation and three people."""
    with db.session() as session:
        create_mission(session, mission_data())
        create_mission(session, mission_data(code="HM2027", name="Hannover Messe 2027"))
        lab = add_organisation(session, "Lumiphos")
        for first, last in (("Ana", "Silva"), ("Jukka", "Virtanen"), ("Inès", "Moreau")):
            add_person(session, first, last, f"{first.lower()}@lumiphos.example", organisation=lab)


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def filled(db_path: Path) -> Path:
    """A database with data and one daily backup of it, then two people and a mission fewer."""
    database = open_database(db_path)
    _fill(database)
    dbmod.backup_sqlite(db_path, "daily", now=MORNING)
    with database.session() as session:
        with session.begin():
            for person in session.query(Person).filter(Person.first_name != "Ana").all():
                session.delete(person)
        delete_mission(session, get_mission_by_code(session, "HM2027").id)
    database.dispose()
    return db_path


def test_describe_reads_the_date_reason_and_contents_from_the_backup(filled: Path) -> None:
    [backup] = dbmod.list_backups(filled)
    info = describe_backup(backup)
    assert info.taken_at == MORNING.astimezone() and info.taken_at.tzinfo is not None
    assert info.reason == "daily"
    assert info.size == backup.stat().st_size and format_size(info.size).endswith("KB")
    assert info.revision == dbmod.head_revision()
    assert info.counts == Counts(
        missions=2, people=3, organisations=1, registrations=0, meetings=0, follow_ups=0
    )
    assert info.to_json()["counts"]["people"] == 3


def test_describe_tolerates_an_older_schema_and_a_file_without_a_stamp(
    filled: Path, tmp_path: Path
) -> None:
    [backup] = dbmod.list_backups(filled)
    copy = tmp_path / "from-a-colleague.sqlite"
    copy.write_bytes(backup.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TABLE follow_ups")
    info = describe_backup(copy)
    assert info.counts.follow_ups is None and info.counts.people == 3
    assert info.reason == "copy"
    assert info.taken_at == datetime.fromtimestamp(copy.stat().st_mtime).astimezone()


def test_available_backups_lists_verified_ones_newest_first(filled: Path) -> None:
    noon = dbmod.backup_sqlite(filled, "manual", now=NOON)
    broken = filled.parent / "backups" / "pimap-20270126-150000-daily.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    listed = available_backups(filled)
    assert [(b.name, b.reason) for b in listed] == [
        (noon.name, "manual"),
        ("pimap-20270126-080000-daily.sqlite", "daily"),
    ]
    assert [b.counts.people for b in listed] == [1, 3]


def test_restore_brings_back_deleted_people_and_says_what_changed(filled: Path) -> None:
    [backup] = dbmod.list_backups(filled)
    report = restore_backup(filled, backup, now=EVENING)

    assert _count(filled, "people") == 3 and _count(filled, "missions") == 2
    changes = {c.kind: (c.before, c.after) for c in report.changes}
    assert changes["people"] == (1, 3) and changes["organisations"] == (1, 1)
    assert report.missions_back == ("HM2027",) and report.missions_gone == ()
    lines = report.lines()
    assert "People: 1 → 3 (2 more)" in lines
    assert "Organisations: 1 → 1 (unchanged)" in lines
    assert "Missions back: HM2027" in lines
    assert report.to_json()["changes"]["people"] == {"before": 1, "after": 3}

    # The state before the restore is a verified backup of its own, listed first: a restore
    # can be undone by restoring it.
    assert report.before_restore is not None
    assert report.before_restore.name == "pimap-20270126-183000-before-restore.sqlite"
    assert dbmod.verify_backup(report.before_restore) is True
    newest = available_backups(filled)[0]
    assert newest.path == report.before_restore and newest.counts.people == 1
    assert report.damaged_copy is None


def test_restore_into_a_database_another_connection_holds_open(filled: Path) -> None:
    """The backup API writes into the live file: an engine open on it (the GUI's) reads the
    restored data on its next query, with the WAL still in use."""
    database = open_database(filled)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == 1
    [backup] = dbmod.list_backups(filled)
    restore_backup(filled, backup)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == 3
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    database.dispose()


def test_restoring_the_oldest_of_ten_backups_survives_the_rotation(filled: Path) -> None:
    """Backing up the current state rotates the oldest backup away: the one being restored."""
    oldest = dbmod.list_backups(filled)[0]
    for hour in range(9, 18):
        dbmod.backup_sqlite(filled, "manual", now=MORNING.replace(hour=hour))
    assert len(dbmod.list_backups(filled)) == dbmod.BACKUPS_KEPT
    report = restore_backup(filled, oldest, now=EVENING)
    assert not oldest.exists()  # rotated away by the backup of the current state
    assert _count(filled, "people") == 3 and report.before_restore is not None
    assert not [p for p in (filled.parent / "backups").iterdir() if p.name.startswith(".")]


def test_a_damaged_backup_is_refused_and_nothing_changes(filled: Path, tmp_path: Path) -> None:
    [backup] = dbmod.list_backups(filled)
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(backup.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # a page of the tables overwritten
    damaged.write_bytes(bytes(data))
    before = filled.read_bytes()
    with pytest.raises(DatabaseError, match="damaged"):
        restore_backup(filled, damaged)
    assert filled.read_bytes() == before
    assert [b.reason for b in available_backups(filled)] == ["daily"]  # no before-restore


def test_a_backup_from_a_newer_pimap_is_refused(filled: Path, tmp_path: Path) -> None:
    [backup] = dbmod.list_backups(filled)
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(backup.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseError, match="newer version of PIMAP"):
        restore_backup(filled, newer)
    assert _count(filled, "people") == 1


def test_a_file_that_is_not_a_pimap_backup_is_refused(filled: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text)")
    with pytest.raises(DatabaseError, match="not a backup of a PIMAP database"):
        restore_backup(filled, other)
    with pytest.raises(DatabaseError, match="no backup"):
        restore_backup(filled, tmp_path / "missing.sqlite")


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    database = open_database(path)
    database.dispose()  # checkpointed: everything is in the main file
    data = bytearray(path.read_bytes())
    for page in range(3, min(len(data) // 4096, 40), 2):
        data[4096 * page : 4096 * page + 512] = b"\xa5" * 512
    path.write_bytes(bytes(data))


def test_restore_over_a_damaged_database_keeps_the_damaged_file_aside(filled: Path) -> None:
    [backup] = dbmod.list_backups(filled)
    _damage(filled)
    damaged_bytes = filled.read_bytes()
    report = restore_backup(filled, backup, now=EVENING)

    with sqlite3.connect(filled) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _count(filled, "people") == 3
    assert report.before_restore is None
    assert report.damaged_copy is not None
    assert report.damaged_copy.name == "pimap-20270126-183000-damaged.sqlite.raw"
    assert report.damaged_copy.read_bytes() == damaged_bytes
    assert "The damaged database was kept aside as" in report.summary()
    # It is not a backup: not listed, not counted among the ten, not renamed aside.
    assert [b.reason for b in available_backups(filled)] == ["daily"]
    assert report.damaged_copy.exists()
    open_database(filled).dispose()


def test_restore_over_a_file_that_is_not_a_database_at_all(filled: Path) -> None:
    [backup] = dbmod.list_backups(filled)
    filled.write_bytes(b"this was overwritten by something else entirely\n" * 100)
    wal = filled.with_name(filled.name + "-wal")
    wal.write_bytes(b"stale")
    report = restore_backup(filled, backup, now=EVENING)
    assert _count(filled, "people") == 3
    assert report.damaged_copy is not None and report.damaged_copy.read_bytes().startswith(b"this")
    kept_wal = report.damaged_copy.with_name(report.damaged_copy.name + "-wal")
    assert kept_wal.read_bytes() == b"stale" and not wal.exists()
    assert [c.line() for c in report.changes][1] == "People: unknown → 3"


def test_restore_when_the_database_file_is_gone(filled: Path) -> None:
    [backup] = dbmod.list_backups(filled)
    filled.unlink()
    report = restore_backup(filled, backup)
    assert _count(filled, "people") == 3
    assert report.before_restore is None and report.damaged_copy is None


@posix_only
def test_restored_database_and_every_copy_are_owner_only(filled: Path) -> None:
    os.chmod(filled, 0o644)  # as an older version may have left it
    [backup] = dbmod.list_backups(filled)
    report = restore_backup(filled, backup, now=EVENING)
    assert report.before_restore is not None
    for path in (filled, report.before_restore):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    _damage(filled)
    report = restore_backup(filled, backup, now=NOON)
    assert report.damaged_copy is not None
    for path in (filled, report.damaged_copy):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    filled.unlink()
    restore_backup(filled, backup)
    assert stat.S_IMODE(filled.stat().st_mode) == 0o600


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_a_backup_of_an_older_schema_is_restored_as_it_is_and_then_opens(
    filled: Path, tmp_path: Path
) -> None:
    old_path = tmp_path / "old" / "pimap.sqlite"
    old_path.parent.mkdir()
    engine = dbmod.create_db_engine(f"sqlite:///{old_path}")
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.exec_driver_sql(
            "INSERT INTO missions (id, code, name, kind, host_event, city, country, timezone,"
            " start_date, end_date, status, objectives, practical_info, created_at, updated_at)"
            " VALUES ('000000000000000000000000000000a1', 'OLD2026', 'An older mission',"
            " 'business_mission', '', 'Porto', 'PT', 'Europe/Lisbon', '2026-05-04',"
            " '2026-05-06', 'closed', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()
    old_backup = dbmod.backup_sqlite(old_path, "daily", now=MORNING)
    assert describe_backup(old_backup).revision == "0004"

    report = restore_backup(filled, old_backup, now=EVENING)
    assert _revision(filled) == "0004"  # left at its revision: the next open upgrades it
    assert report.missions_back == ("OLD2026",) and report.missions_gone == ("PW2027",)

    database = open_database(filled)
    try:
        assert _revision(filled) == dbmod.head_revision()
        with database.session() as session:
            assert get_mission_by_code(session, "OLD2026").name == "An older mission"
    finally:
        database.dispose()
    reasons = [b.reason for b in available_backups(filled)]
    assert {"before-upgrade", "before-restore", "daily"} <= set(reasons)
