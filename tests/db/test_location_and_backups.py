"""Where the database lives, and the backups kept beside it."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database, resolve_url


def test_location_comes_from_db_then_environment_then_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"
    monkeypatch.setenv("PIMAP_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.sqlite'}"
    assert resolve_url(tmp_path / "a.sqlite").endswith("a.sqlite")  # --db wins
    monkeypatch.setenv("PIMAP_DB", "postgresql+psycopg://pimap@localhost/pimap")
    assert resolve_url(None) == "postgresql+psycopg://pimap@localhost/pimap"
    monkeypatch.delenv("PIMAP_DB")
    default = resolve_url(None)
    assert default.endswith("pimap.sqlite")
    assert str(tmp_path / "xdg-data") in default


def test_backup_is_a_verified_standalone_copy_of_a_live_database(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO clusters (id, name, short_name, country, city, timezone, website, "
            "colour, logo, sectors, created_at, updated_at) VALUES ('00000000000000000000000000000001',"
            " 'Test cluster', 'TC', 'FR', '', 'Europe/Paris', '', '#000000', '', '[]',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    target = database.backup("manual")
    database.dispose()
    assert target is not None and target.parent == db_path.parent / "backups"
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT name FROM clusters").fetchall() == [("Test cluster",)]
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_only_the_last_ten_backups_are_kept(db_path: Path) -> None:
    open_database(db_path).dispose()
    start = datetime(2027, 1, 1, 8, 0)
    made = [dbmod.backup_sqlite(db_path, "daily", now=start + timedelta(days=n)) for n in range(12)]
    kept = dbmod.list_backups(db_path)
    assert kept == made[-10:]
    assert not made[0].exists() and not made[1].exists()


def test_daily_backup_is_taken_at_most_once_a_day(db_path: Path) -> None:
    database = open_database(db_path)
    first = database.backup_if_due()
    assert first is not None and first.exists()
    assert database.backup_if_due() is None
    assert not dbmod.daily_backup_due(db_path, now=datetime.now() + timedelta(hours=23))
    assert dbmod.daily_backup_due(db_path, now=datetime.now() + timedelta(hours=25))
    database.dispose()


def test_integrity_check_reports_a_broken_foreign_key(db_path: Path) -> None:
    database = open_database(db_path)
    assert dbmod.integrity_problems(database) == []
    raw = sqlite3.connect(db_path)  # a plain connection: foreign keys are not enforced
    raw.execute(
        "INSERT INTO venues (id, mission_id, name, address, city, notes, created_at, updated_at)"
        " VALUES ('00000000000000000000000000000009', '0000000000000000000000000000dead',"
        " 'Hall', '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    raw.commit()
    raw.close()
    problems = dbmod.integrity_problems(database)
    database.dispose()
    assert problems and "venues" in problems[0]


@pytest.mark.parametrize("name", ["what?.sqlite", "100%20x.sqlite", "Ålesund é #1.sqlite"])
def test_file_names_with_url_characters_open_the_file_named(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    open_database(path).dispose()
    assert path.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == [name]


def test_server_passwords_are_not_shown() -> None:
    url = "postgresql+psycopg://pimap:s3cret@db.example/pimap"
    assert "s3cret" not in dbmod.display_url(url)


def test_rotation_leaves_another_databases_backups_alone(tmp_path: Path) -> None:
    mine, other = tmp_path / "p.sqlite", tmp_path / "p-2026.sqlite"
    for path in (mine, other):
        open_database(path).dispose()
    start = datetime(2027, 1, 1, 8, 0)
    theirs = [dbmod.backup_sqlite(other, "daily", now=start + timedelta(days=n)) for n in range(10)]
    dbmod.backup_sqlite(mine, "daily", now=start + timedelta(days=20))
    assert all(p.exists() for p in theirs)
    assert [p.name for p in dbmod.list_backups(mine)] == ["p-20270121-080000-daily.sqlite"]


def test_empty_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA application_id = 1234")
    before = path.read_bytes()
    with pytest.raises(dbmod.DatabaseError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_second_writer_waits_for_the_first_instead_of_failing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from pimap_desktop.services.missions.missions import create_mission, list_missions
    from tests.factories import mission_data

    database = open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    threading.Timer(0.4, holder.rollback).start()
    with database.session() as session:
        list_missions(session)  # a read first, as services do
        create_mission(session, mission_data())
        assert [m.code for m in list_missions(session)] == ["PW2027"]
    holder.close()
    database.dispose()


def test_a_writer_that_never_finishes_gives_a_clear_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pimap_desktop.services.missions.missions import create_mission
    from tests.factories import mission_data

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)
    database = open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with database.session() as session, pytest.raises(dbmod.DatabaseError, match="busy"):
            create_mission(session, mission_data())
    finally:
        holder.rollback()
        holder.close()
        database.dispose()
