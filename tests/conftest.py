"""Shared fixtures: a real database file in tmp_path, migrated to head."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pimap_desktop.db import Database, open_database  # noqa: E402
from pimap_desktop.domain.enums import MissionKind  # noqa: E402
from pimap_desktop.services.missions import MissionData, create_mission  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real per-user folders and the PIMAP_DB of the shell."""
    monkeypatch.delenv("PIMAP_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pimap.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.session() as s:
        yield s


def mission_data(**overrides: object) -> MissionData:
    """A valid mission form, San Francisco in late January, with fields to override."""
    values: dict[str, object] = {
        "code": "PW2027",
        "name": "Photonics West 2027",
        "kind": MissionKind.BUSINESS_MISSION,
        "city": "San Francisco",
        "country": "US",
        "timezone": "America/Los_Angeles",
        "start_date": date(2027, 1, 24),
        "end_date": date(2027, 1, 29),
    }
    values.update(overrides)
    return MissionData(**values)  # type: ignore[arg-type]


@pytest.fixture
def mission_id(session: Session):  # type: ignore[no-untyped-def]
    return create_mission(session, mission_data())
