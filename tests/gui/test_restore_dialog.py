"""File ▸ Restore from backup…: the dialog lists the verified backups and what they hold; a
restore asks first, backs up the current state, and every page shows the restored data."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.models import Person
from pimap_desktop.gui.backups.restore_dialog import EMPTY_TEXT, RestoreDialog
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.services.missions.missions import (
    create_mission,
    delete_mission,
    get_mission_by_code,
)
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import Database
from tests.factories import add_organisation, add_person, mission_data
from tests.gui.conftest import settle

WAIT_MS = 20_000


@pytest.fixture
def restorable(db: Database) -> Database:
    """A backup with two missions and three people; now one mission and one person."""
    with db.session() as session:
        create_mission(session, mission_data())
        create_mission(session, mission_data(code="HM2027", name="Hannover Messe 2027"))
        lab = add_organisation(session, "Lumiphos")
        for first, last in (("Ana", "Silva"), ("Jukka", "Virtanen"), ("Inès", "Moreau")):
            add_person(session, first, last, f"{first.lower()}@example.org", organisation=lab)
    db.backup("manual")
    with db.session() as session:
        with session.begin():
            for person in session.query(Person).filter(Person.first_name != "Ana").all():
                session.delete(person)
        delete_mission(session, get_mission_by_code(session, "HM2027").id)
    return db


def _open_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "Looking for backups…", timeout=WAIT_MS)
    return dialog


def test_the_dialog_lists_the_verified_backups_with_their_contents(
    qtbot: QtBot, restorable: Database, settings: QSettings, qtmodeltester: ModelTester
) -> None:
    window = MainWindow(restorable, settings)
    qtbot.addWidget(window)
    assert window.restore_action in window.menuBar().actions()[0].menu().actions()
    dialog = _open_dialog(qtbot, window)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    texts = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert texts[1:6] == ["Back up now", "2", "3", "1", "0"]
    assert texts[6].endswith("KB")
    assert dialog.restore_button.isEnabled()  # the newest is selected
    assert "1 verified backup" in dialog.status.text()
    dialog.close()


def test_an_empty_list_says_how_to_make_a_backup(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    dialog = _open_dialog(qtbot, window)
    assert dialog.status.text() == EMPTY_TEXT
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.close()


def test_restore_through_the_dialog_reloads_every_page(
    qtbot: QtBot,
    restorable: Database,
    db_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(restorable, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.missions_page.model.rowCount() == 1
    window.go_to(window.stack.indexOf(window.directory_page))
    settle(qtbot, window)
    assert window.directory_page.people.model.total() == 1

    asked: list[str] = []
    told: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def information(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    dialog = _open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "A backup of the current state is taken first" in asked[0]
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)

    [summary] = told
    assert "People: 1 → 3 (2 more)" in summary
    assert "Missions back: HM2027" in summary
    # The pages show the restored data, read through the reopened engine: the page on screen
    # at once, the others when they are shown.
    assert window.directory_page.people.model.total() == 3
    assert window.mission_chooser.count() == 2
    window.go_to(window.stack.indexOf(window.missions_page))
    assert window.missions_page.model.rowCount() == 2
    assert window.undo_stack.count() == 0
    with restorable.session() as session:
        assert session.query(Person).count() == 3
    reasons = [p.name.split("-")[-1] for p in dbmod.list_backups(db_path)]
    assert "restore.sqlite" in reasons  # the state before was backed up first


def test_screenshot_of_the_dialog(
    qtbot: QtBot, restorable: Database, db_path: Path, settings: QSettings
) -> None:
    dbmod.backup_sqlite(db_path, "daily")
    window = MainWindow(restorable, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    dialog = _open_dialog(qtbot, window)
    assert dialog.model.rowCount() == 2
    target = os.environ.get("PIMAP_SCREENSHOT_DIR")
    if target:
        window.grab().save(str(Path(target) / "restore-window.png"))
        dialog.grab().save(str(Path(target) / "restore-dialog.png"))
    dialog.close()
