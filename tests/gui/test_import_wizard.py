"""The import wizard through its real pages: map a column by hand, preview, check, import,
undo and redo."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.models import Organisation, Person, Registration
from pimap_desktop.gui.importing import wizard as wizard_module
from pimap_desktop.gui.importing.wizard import ImportWizard
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.services.importing.headers import Field
from pimap_desktop.services.importing.people import ImportReport, import_people
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.store.database import Database
from tests.factories import add_organisation, mission_data

WAIT_S = 30
CSV = (
    "Liste des délégués — Photonics West 2027\n"
    "\n"
    "Prénom;Nom;Identifiant;Société;Pays;Statut\n"
    "Élise;Marchand;Elise.Marchand@lumiphos.example;Lumiphos Optique;France;confirmed\n"
    "Jeanne;Martin;jm@lumiphos.example;Lumiphos Optique;France;registered\n"
    "Aarne;Väisänen;not-an-address;Kaamos RF Oy;Suomi;registered\n"
)


@pytest.fixture
def wizard_window(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path
) -> tuple[MainWindow, ImportWizard, uuid.UUID, Path]:
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        add_organisation(session, "Lumiphos Optiques SAS", "FR")  # a look-alike of the file's
    path = tmp_path / "délégués.csv"
    path.write_bytes(CSV.encode("cp1252"))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.go_to(2)
    window.registrations_page.show_mission(mission_id)
    window.registrations_page.import_action.trigger()
    wizard = window.wizard
    assert isinstance(wizard, ImportWizard)
    return window, wizard, mission_id, path


def test_map_a_column_by_hand_check_import_undo_redo(
    qtbot: QtBot, db: Database, wizard_window: tuple[MainWindow, ImportWizard, uuid.UUID, Path]
) -> None:
    window, wizard, mission_id, path = wizard_window
    assert wizard.file_page.mission_id() == mission_id  # opened from the mission's page
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load()
    qtbot.waitUntil(lambda: not wizard.busy())  # read off the GUI thread
    assert wizard.table is not None and wizard.table.encoding == "cp1252"
    assert "header on row 3" in wizard.file_page.info.text()
    wizard.next()

    mapping_page = wizard.mapping_page
    assert wizard.currentPage() is mapping_page
    assert mapping_page.mapping()[0] is Field.FIRST_NAME
    assert 2 not in mapping_page.mapping()  # "Identifiant" means nothing to PIMAP
    wizard.next()
    assert wizard.currentPage() is mapping_page  # refused: no e-mail column yet
    assert "e-mail" in mapping_page.error.text()
    combo = mapping_page.combos[2]
    combo.setCurrentIndex(combo.findData(Field.EMAIL.value))
    headers = [
        mapping_page.preview.horizontalHeaderItem(c).text()
        for c in range(mapping_page.preview.columnCount())
    ]
    assert "E-mail" in headers
    email_column = headers.index("E-mail")
    assert mapping_page.preview.item(0, email_column).text() == "Elise.Marchand@lumiphos.example"
    assert mapping_page.preview.item(0, 0).text() == "4"  # the spreadsheet's own row number
    wizard.next()
    qtbot.waitUntil(
        lambda: not wizard.busy()
    )  # the look-alikes come from a check off the GUI thread

    organisations, check = wizard.organisations_page, wizard.check_page
    assert wizard.currentPage() is organisations
    assert list(organisations.combos) == ["Lumiphos Optique"]  # resembles "Lumiphos Optiques SAS"
    same = organisations.combos["Lumiphos Optique"]
    assert same.currentIndex() == 0  # "a new organisation" unless the coordinator says so
    same.setCurrentIndex(1)  # ... and here they say it is the same
    wizard.next()
    assert not check.isComplete()  # Import waits for the check
    qtbot.waitUntil(lambda: not wizard.busy())

    assert wizard.currentPage() is check
    assert check.report is not None
    assert (check.report.created, check.report.skipped) == (2, 1)
    verdicts = [check.rows.item(r, 1).text() for r in range(check.rows.rowCount())]
    assert verdicts == ["new", "new", "skipped"]
    assert "@" in check.rows.item(2, 5).text()  # the problem, said in the row
    with db.session() as session:  # the dry run wrote nothing
        assert session.scalars(select(Person)).all() == []

    assert check.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.report is not None)  # imported off the GUI thread
    with db.session() as session:
        people = session.scalars(select(Person).order_by(Person.last_name)).all()
        assert [p.email for p in people] == [
            "elise.marchand@lumiphos.example",
            "jm@lumiphos.example",
        ]
        organisations_now = session.scalars(select(Organisation)).all()
        assert [o.name for o in organisations_now] == ["Lumiphos Optiques SAS"]  # reused
        statuses = {r.status for r in session.scalars(select(Registration))}
        assert statuses == {RegistrationStatus.CONFIRMED, RegistrationStatus.REGISTERED}
    assert window.registrations_page.model.rowCount() == 2

    window.undo_action.trigger()
    with db.session() as session:
        assert session.scalars(select(Person)).all() == []
        assert session.scalars(select(Registration)).all() == []
    assert window.registrations_page.model.rowCount() == 0

    window.redo_action.trigger()
    with db.session() as session:
        assert len(session.scalars(select(Person)).all()) == 2
    assert window.registrations_page.model.rowCount() == 2


def test_a_file_that_cannot_be_read_is_refused_on_the_first_page(
    qtbot: QtBot, wizard_window: tuple[MainWindow, ImportWizard, uuid.UUID, Path], tmp_path: Path
) -> None:
    _window, wizard, _mission_id, _path = wizard_window
    bad = tmp_path / "agenda.pdf"
    bad.write_bytes(b"%PDF-1.7 not a spreadsheet")
    wizard.file_page.path.setText(str(bad))
    wizard.file_page.load()
    qtbot.waitUntil(lambda: not wizard.busy())  # read off the GUI thread
    assert wizard.file_page.error.isVisible()
    assert "agenda.pdf" in wizard.file_page.error.text()
    assert not wizard.file_page.isComplete()
    wizard.reject()


def test_the_import_runs_off_the_gui_thread_and_cancel_writes_nothing(
    qtbot: QtBot,
    db: Database,
    wizard_window: tuple[MainWindow, ImportWizard, uuid.UUID, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, wizard, _mission_id, path = wizard_window
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load()
    qtbot.waitUntil(lambda: not wizard.busy())  # read off the GUI thread
    wizard.next()
    combo = wizard.mapping_page.combos[2]
    combo.setCurrentIndex(combo.findData(Field.EMAIL.value))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy())
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy())
    assert wizard.check_page.isComplete()

    gate = threading.Event()  # the import goes on once Cancel has been pressed

    def held(*args: Any, **kwargs: Any) -> ImportReport:
        assert gate.wait(WAIT_S)
        return import_people(*args, **kwargs)

    monkeypatch.setattr(wizard_module, "import_people", held)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.busy()  # the window is not frozen: the import runs in the background
    dialog = wizard.lane.current.progress_dialog if wizard.lane.current else None
    assert dialog is not None and dialog.isVisible()
    assert "Importing délégués.csv" in dialog.labelText()
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not wizard.busy())
    assert wizard.isVisible() and wizard.report is None
    assert wizard.check_page.error.text() == "The import was cancelled; nothing was written."
    with db.session() as session:
        assert session.scalars(select(Person)).all() == []
    wizard.reject()
