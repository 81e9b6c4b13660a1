"""Revision 0006: the database records which version of PIMAP last wrote to it, and only a
transaction that changes something records it (opening, upgrading and reading write nothing)."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, update

from pimap_desktop import __version__
from pimap_desktop.appversion import LAST_WRITTEN_BY, last_written_by
from pimap_desktop.cli import main as pimap
from pimap_desktop.domain.models import Mission
from pimap_desktop.services.missions.missions import create_mission, list_missions
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database
from tests.factories import mission_data

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"
]


def _database_at_0005(path: Path) -> None:
    engine = dbmod.create_db_engine(f"sqlite:///{path}")
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()


def _recorded(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT key, value FROM app_meta").fetchall()


def test_upgrade_from_0005_adds_the_record_and_writes_nothing_in_it(db_path: Path) -> None:
    _database_at_0005(db_path)

    database = open_database(db_path)
    database.dispose()

    assert dbmod.head_revision() >= "0006"  # up to the head, through 0006
    assert _recorded(db_path) == []  # the upgrade is not a change a version "wrote"


def test_opening_and_reading_record_nothing(db_path: Path) -> None:
    database = open_database(db_path)
    with database.session() as session:
        assert list_missions(session) == []
        session.commit()
    assert last_written_by(database.engine) is None
    database.dispose()
    assert _recorded(db_path) == []


def test_a_change_records_the_version_of_pyproject(db_path: Path) -> None:
    database = open_database(db_path)
    with database.session() as session:
        create_mission(session, mission_data())
    assert last_written_by(database.engine) == __version__ == PYPROJECT_VERSION
    database.dispose()
    assert _recorded(db_path) == [(LAST_WRITTEN_BY, PYPROJECT_VERSION)]


def test_an_older_writer_stays_recorded_until_this_version_changes_something(
    db_path: Path,
) -> None:
    database = open_database(db_path)
    with database.session() as session:
        create_mission(session, mission_data())
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE app_meta SET value = '0.0.9'")

    with database.session() as session:
        list_missions(session)
        session.commit()
    assert last_written_by(database.engine) == "0.0.9"

    with database.session() as session, session.begin():
        session.execute(update(Mission).values(name="Photonics West 2027 (renamed)"))
    assert last_written_by(database.engine) == __version__
    database.dispose()


def test_a_change_rolled_back_records_nothing(db_path: Path) -> None:
    database = open_database(db_path)
    with database.session() as session:
        with pytest.raises(RuntimeError), session.begin():
            session.add(Mission(**_mission_columns()))
            session.flush()
            raise RuntimeError("the user cancelled")
        assert session.scalars(select(Mission)).all() == []
    assert last_written_by(database.engine) is None
    database.dispose()


def _mission_columns() -> dict[str, object]:
    data = mission_data()
    return {
        "code": data.code,
        "name": data.name,
        "kind": data.kind,
        "city": data.city,
        "country": data.country,
        "timezone": data.timezone,
        "start_date": data.start_date,
        "end_date": data.end_date,
    }


def test_pimap_check_says_which_version_last_wrote(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert pimap(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()

    assert pimap(["check", "--db", str(db_path)]) == 0

    out = capsys.readouterr().out
    assert "in good order" in out
    assert f"last written by PIMAP {PYPROJECT_VERSION}" in out
