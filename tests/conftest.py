"""Shared fixtures: a real database (a file in tmp_path, or on the test PostgreSQL server of
tests/pg.py), migrated to head."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.store.database import Database, open_database
from tests.factories import mission_data

if TYPE_CHECKING:
    from tests.pg import PgServer

# The demo's Photonics West, scheduled, for every test that prints or exports; the tests on
# both engines (SQLite and a throwaway PostgreSQL cluster) and the sqlite_only marker.
pytest_plugins = ["tests.pg", "tests.printing_fixtures"]


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real per-user folders and the PIMAP_DB of the shell."""
    monkeypatch.delenv("PIMAP_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    # The CLI's CSV delimiter follows the shell's region: commas here, whatever the shell's.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_NUMERIC", "C.UTF-8")


@pytest.fixture
def db_path(tmp_path: Path, db_engine: str, request: pytest.FixtureRequest) -> Path | str:
    """The test's database as ``--db`` and ``open_database`` take it: on SQLite a file in
    tmp_path (not created yet); on PostgreSQL the URL of a fresh database, migrated to head."""
    if db_engine == "postgresql":
        url: str = request.getfixturevalue("pg_database")
        return url
    return tmp_path / "pimap.sqlite"


@pytest.fixture
def make_db_path(
    tmp_path: Path, db_engine: str, request: pytest.FixtureRequest
) -> Callable[[], Path | str]:
    """More databases for the test (another laptop, a second team), on the engine of
    ``db_path`` and as it gives them: each call makes a new one."""
    numbers = itertools.count(1)
    if db_engine == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")

        def on_server() -> str:
            url = server.pimap_database()
            request.addfinalizer(lambda: server.drop_database(url))
            return url

        return on_server
    return lambda: tmp_path / f"db{next(numbers)}" / "pimap.sqlite"


@pytest.fixture
def db(db_path: Path | str) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.session() as s:
        yield s


@pytest.fixture
def mission_id(session: Session) -> uuid.UUID:
    return create_mission(session, mission_data())
