"""The window hears colleagues' changes (gui/changes.py) on a team database of the test server
(tests/pg.py): a colleague's commits arrive as one ``changed`` signal with their tables, the
window's own commits do not, and a lost connection comes back and says "everything"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from pimap_desktop.domain.models import Cluster
from pimap_desktop.gui.changes import ALL_TABLES, ColleagueChanges
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database, open_database
from tests.factories import add_person

WAIT_MS = 10_000


@pytest.fixture
def mine(pg_database: str) -> Iterator[Database]:
    db = open_database(pg_database)
    yield db
    db.dispose()


@pytest.fixture
def colleague(pg_database: str) -> Iterator[Database]:
    db = open_database(pg_database)
    yield db
    db.dispose()


@pytest.fixture
def watcher(qtbot: QtBot, mine: Database) -> Iterator[ColleagueChanges]:
    changes = ColleagueChanges(mine, debounce_ms=50, reconnect_ms=50)
    assert changes.start() is True
    yield changes
    changes.stop()


def _add_cluster(db: Database) -> None:
    with db.session() as session, transaction(session):
        session.add(Cluster(name="Photonics cluster", country="FR", timezone="Europe/Paris"))


def test_a_colleagues_commits_arrive_as_one_signal_and_mine_are_not_announced_back(
    qtbot: QtBot, watcher: ColleagueChanges, mine: Database, colleague: Database
) -> None:
    _add_cluster(mine)  # my own change: the page that made it refreshed itself already
    with colleague.session() as session:
        add_person(session, "Aino", "Virtanen", "aino@example.test")
        add_person(session, "Pedro", "Santos", "pedro@example.test")
    with qtbot.waitSignal(watcher.changed, timeout=WAIT_MS) as blocker:
        pass
    [tables] = blocker.args
    assert "people" in tables and "clusters" not in tables


def test_a_lost_connection_comes_back_and_says_every_table_may_have_changed(
    qtbot: QtBot, watcher: ColleagueChanges, pg_database: str
) -> None:
    admin = create_engine(pg_database, poolclass=NullPool)
    with admin.connect() as conn:
        ended = conn.scalar(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND query LIKE 'LISTEN%'"
            )
        )
    admin.dispose()
    assert ended is True
    with qtbot.waitSignal(watcher.changed, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == [set(ALL_TABLES)]
    assert watcher.active


def test_on_a_database_file_nothing_is_followed(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "laptop.sqlite")
    try:
        changes = ColleagueChanges(db)
        assert changes.start() is False and not changes.active
    finally:
        db.dispose()
