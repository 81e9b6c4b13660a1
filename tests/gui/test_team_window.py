"""The window and the database it works on: moving to another database (File ▸ Open recent,
Connect to team database), a viewer's read-only window, and colleagues' changes arriving on a
team database of the test server (tests/pg.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoCommand
from pytestqt.qtbot import QtBot

from pimap_desktop.gui.connect import recent_databases
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.store.database import Database, open_database
from tests.factories import mission_data
from tests.team_db import TeamDb, team_db

__all__ = ["team_db"]

WAIT_MS = 10_000


def _add_mission(db: Database, code: str, name: str) -> None:
    with db.session() as session:
        create_mission(
            session,
            mission_data(code=code, name=name),
        )


def _mission_codes(window: MainWindow) -> set[str]:
    return {row.code for row in window.missions_page.model.rows()}


@pytest.fixture
def window_on(qtbot: QtBot, settings: QSettings) -> Iterator[list[MainWindow]]:
    """Windows made by a test, closed after it."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()


def _open_window(
    qtbot: QtBot, db: Database, settings: QSettings, made: list[MainWindow]
) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    made.append(window)
    return window


def test_opening_another_database_moves_every_page_and_drops_the_undo_history(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, window_on: list[MainWindow]
) -> None:
    first = open_database(tmp_path / "office.sqlite")
    _add_mission(first, "PW2027", "Photonics West 2027")
    other_path = tmp_path / "fair-laptop.sqlite"
    other = open_database(other_path)
    _add_mission(other, "CAN2027", "EU–Canada matchmaking")
    other.dispose()

    window = _open_window(qtbot, first, settings, window_on)
    assert _mission_codes(window) == {"PW2027"}
    assert "office.sqlite" in window.windowTitle()
    window.undo_stack.push(QUndoCommand("Something done before"))
    assert window.undo_stack.count() == 1

    window.open_recent(str(other_path))
    qtbot.waitUntil(lambda: _mission_codes(window) == {"CAN2027"}, timeout=WAIT_MS)
    assert "fair-laptop.sqlite" in window.windowTitle()
    assert window.db.path == other_path
    assert window.undo_stack.count() == 0
    assert recent_databases(settings)[0] == str(other_path)
    assert window.writable


def test_a_viewer_sees_everything_read_only_and_an_editor_does_not(
    qtbot: QtBot, team_db: TeamDb, settings: QSettings, window_on: list[MainWindow]
) -> None:
    viewer = team_db.add("viewer", "viewer")
    db = open_database(team_db.url_as(viewer.name), create=False)
    window = _open_window(qtbot, db, settings, window_on)
    assert not window.writable
    assert window.windowTitle().endswith("(read only)")
    add_registration = window.registrations_page.add_action
    add_registration.setEnabled(True)  # what a page does when its selection allows it
    assert not add_registration.isEnabled()
    assert not window.undo_action.isEnabled()
    assert not window.import_action.isEnabled()
    # Reading stays: exports, the KPIs' report, switching missions, connecting elsewhere.
    assert window.export_action.isEnabled()
    assert window.switch_action.isEnabled()
    assert window.connect_action.isEnabled()
    assert window.save_copy_action.isEnabled()

    editor = team_db.add("editor")
    window.switch_database(
        open_database(team_db.url_as(editor.name), create=False), team_db.url_as(editor.name)
    )
    assert window.writable
    assert not window.windowTitle().endswith("(read only)")
    add_registration.setEnabled(True)
    assert add_registration.isEnabled()


def test_a_colleagues_new_mission_appears_without_reloading(
    qtbot: QtBot, pg_database: str, settings: QSettings, window_on: list[MainWindow]
) -> None:
    mine = open_database(pg_database)
    colleague = open_database(pg_database)
    try:
        window = _open_window(qtbot, mine, settings, window_on)
        assert window.changes.active
        assert _mission_codes(window) == set()
        _add_mission(colleague, "NYS2027", "New York State visit")
        qtbot.waitUntil(lambda: _mission_codes(window) == {"NYS2027"}, timeout=WAIT_MS)
        assert window.mission_chooser.count() >= 1
    finally:
        colleague.dispose()
