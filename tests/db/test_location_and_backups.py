"""Where the database lives, and the backups kept beside it."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pimap_desktop import db as dbmod
from pimap_desktop.db import open_database, resolve_url


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
