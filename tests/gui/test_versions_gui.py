"""Two people at once, in the real windows: a form saved over a colleague's newer change is
refused with who and when, the dialog stays open with what was typed, nothing is overwritten;
undo refuses to revert the colleague's change; the detail panel says who changed a record
last. The colleague works through a database of their own, under another login."""

from __future__ import annotations

import getpass
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.models import Person, Registration
from pimap_desktop.gui.directory.dialogs import PersonDialog
from pimap_desktop.gui.directory.directory_page import DirectoryPage
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.registrations.dialogs import RegistrationDialog
from pimap_desktop.gui.registrations.registrations_page import RegistrationsPage
from pimap_desktop.services.directory import directory
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.store.database import Database, open_database
from tests.factories import add_person, mission_data
from tests.gui.conftest import settle

COLLEAGUE = "coordinator2"
WHEN = r"at (\d{4}-\d\d-\d\d )?\d\d:\d\d \(\w+\)"


@pytest.fixture
def colleague(db: Database) -> Iterator[Database]:
    """The same database file opened by a colleague: their connections ask the operating
    system who they are when they first write."""
    assert db.path is not None
    other = open_database(db.path)
    yield other
    other.dispose()


@contextmanager
def _as_colleague() -> Iterator[None]:
    """The operating-system login is the colleague's meanwhile."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(getpass, "getuser", lambda: COLLEAGUE)
        yield


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_args: shown.append((title, text))
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *_args: shown.append((title, text))
    )
    return shown


@pytest.fixture
def registered(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        person = add_person(session, "Élise", "Marchand", "em@lumiphos.example")
        [registration_id] = regs.register_people(session, mission_id, [person.id]).registered
    return mission_id, registration_id


def _registrations_page(
    qtbot: QtBot, db: Database, settings: QSettings, mission_id: uuid.UUID
) -> tuple[MainWindow, RegistrationsPage]:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.go_to(2)
    page = window.registrations_page
    page.show_mission(mission_id)
    settle(qtbot, window)
    selection = page.table.selectionModel()
    selection.select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    return window, page


def _stored(db: Database, registration_id: uuid.UUID) -> Registration:
    with db.session() as session:
        found = session.get(Registration, registration_id)
        assert found is not None
        return found


def _colleague_sets_hotel(colleague: Database, registration_id: uuid.UUID, hotel: str) -> None:
    with colleague.session() as session:
        data = regs.registration_data(session, registration_id)
        regs.update_registration(session, registration_id, replace(data, hotel=hotel))


def test_a_registration_saved_over_a_colleagues_change_keeps_the_form_open_and_typed(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    registered: tuple[uuid.UUID, uuid.UUID],
    colleague: Database,
) -> None:
    mission_id, registration_id = registered
    _window, page = _registrations_page(qtbot, db, settings, mission_id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RegistrationDialog)
    qtbot.keyClicks(dialog.hotel, "Hotel Mariposa")

    with _as_colleague():
        _colleague_sets_hotel(colleague, registration_id, "Hotel Ocean")

    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert dialog.isVisible()
    assert re.fullmatch(
        rf"Changed by {COLLEAGUE} {WHEN}: reload to see it\.", dialog.error.text()
    ), dialog.error.text()
    assert dialog.hotel.text() == "Hotel Mariposa"  # the coordinator's input stays
    assert _stored(db, registration_id).hotel == "Hotel Ocean"  # nothing overwritten
    dialog.reject()


def test_undo_of_an_edit_refuses_to_revert_a_colleagues_later_change(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    registered: tuple[uuid.UUID, uuid.UUID],
    colleague: Database,
    warnings: list[tuple[str, str]],
) -> None:
    mission_id, registration_id = registered
    window, page = _registrations_page(qtbot, db, settings, mission_id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RegistrationDialog)
    qtbot.keyClicks(dialog.hotel, "Hotel Mariposa")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert _stored(db, registration_id).hotel == "Hotel Mariposa"

    with _as_colleague():
        _colleague_sets_hotel(colleague, registration_id, "Hotel Ocean")

    window.undo_action.trigger()

    [(title, text)] = warnings
    assert title.startswith("Could not undo")
    assert re.fullmatch(
        rf"Changed by {COLLEAGUE} {WHEN}: this step can no longer be undone\.", text
    )
    assert _stored(db, registration_id).hotel == "Hotel Ocean"


def test_a_person_saved_over_a_colleagues_change_is_refused_and_the_detail_names_them(
    qtbot: QtBot, db: Database, colleague: Database
) -> None:
    with db.session() as session:
        person_id = add_person(session, "Léa", "Brunet", "lea.brunet@laserine.example").id
    page = DirectoryPage(db)
    qtbot.addWidget(page)
    assert page.select_person(person_id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.job_title, "Head of Sales")

    with _as_colleague(), colleague.session() as session:
        data = directory.person_data(session, person_id)
        directory.update_person(session, person_id, replace(data, phone="+33 5 56 00 00 01"))

    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert dialog.isVisible() and dialog.job_title.text() == "Head of Sales"
    assert re.fullmatch(rf"Changed by {COLLEAGUE} {WHEN}: reload to see it\.", dialog.error.text())
    with db.session() as session:
        stored = session.get(Person, person_id)
        assert stored is not None and (stored.job_title, stored.phone) == ("", "+33 5 56 00 00 01")
    dialog.reject()

    page.refresh()
    assert page.select_person(person_id)
    assert re.search(rf"Changed by {COLLEAGUE} {WHEN}", page.people.detail.toPlainText())
