"""A mission's people through the real widgets: add, edit, bulk status, remove, undo."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QItemSelectionModel, QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.db import Database
from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.models import Cluster, Registration
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.registrations.dialogs import AddPeopleDialog, RegistrationDialog
from pimap_desktop.gui.registrations.registrations_page import RegistrationsPage
from pimap_desktop.gui.widgets import select_value
from pimap_desktop.services import registrations as regs
from pimap_desktop.services.missions import create_mission
from pimap_desktop.services.unit import transaction
from tests.factories import add_organisation, add_person, mission_data


@pytest.fixture
def setup(db: Database) -> tuple[uuid.UUID, list[uuid.UUID]]:
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        with transaction(session):
            cluster = Cluster(name="Pôle Lumière Atlantique", country="FR", timezone="Europe/Paris")
            session.add(cluster)
        org = add_organisation(session, "Lumiphos Optique SAS", "FR", cluster_id=cluster.id)
        people = [
            add_person(session, "Élise", "Marchand", "em@lumiphos.example", organisation=org).id,
            add_person(session, "Jeanne", "Martin", "jm@lumiphos.example", organisation=org).id,
            add_person(session, "Aarne", "Väisänen", "av@kaamos.example").id,
        ]
    return mission_id, people


def page_of(
    qtbot: QtBot, db: Database, settings: QSettings, mission_id: uuid.UUID
) -> tuple[MainWindow, RegistrationsPage]:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.go_to(2)
    page = window.registrations_page
    page.show_mission(mission_id)
    return window, page


def registrations(db: Database) -> list[Registration]:
    with db.session() as session:
        return list(session.scalars(select(Registration)))


def select_rows(page: RegistrationsPage, names: list[str]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        index = page.model.index(row, 0)
        if index.data() in names:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_add_people_from_the_directory_then_undo(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    settings: QSettings,
    setup: tuple[uuid.UUID, list[uuid.UUID]],
) -> None:
    mission_id, _people = setup
    window, page = page_of(qtbot, db, settings, mission_id)
    page.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, AddPeopleDialog)
    qtbot.keyClicks(dialog.search, "lumiphos")
    assert dialog.model.rowCount() == 2
    dialog.table.selectAll()
    select_value(dialog.role, RegistrationRole.SPEAKER)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    added = registrations(db)
    assert len(added) == 2 and {r.role for r in added} == {RegistrationRole.SPEAKER}
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)
    groups = page.groups.shown_rows()
    assert [(g.name, g.total) for g in groups] == [("Pôle Lumière Atlantique", 2)]
    window.undo_action.trigger()
    assert registrations(db) == [] and page.model.rowCount() == 0
    window.redo_action.trigger()
    assert {r.id for r in registrations(db)} == {r.id for r in added}


def test_edit_a_registration_in_mission_time_and_undo(
    qtbot: QtBot, db: Database, settings: QSettings, setup: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people[:1])
    window, page = page_of(qtbot, db, settings, mission_id)
    select_rows(page, ["Élise Marchand"])
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RegistrationDialog)
    dialog.arrival_known.setChecked(True)
    dialog.arrival.setDateTime(QDateTime.fromString("2027-01-23T15:40", "yyyy-MM-ddTHH:mm"))
    qtbot.keyClicks(dialog.hotel, "Hotel Mariposa")
    qtbot.keyClicks(dialog.diet, "vegetarian")
    select_value(dialog.status, RegistrationStatus.CONFIRMED)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [stored] = registrations(db)
    assert stored.arrival_at == datetime(2027, 1, 23, 23, 40, tzinfo=UTC)  # 15:40 PST
    assert (stored.hotel, stored.status) == ("Hotel Mariposa", RegistrationStatus.CONFIRMED)
    assert page.model.index(0, 7).data() == "Sat 23 Jan 15:40"
    window.undo_action.trigger()
    [back] = registrations(db)
    assert (back.arrival_at, back.hotel, back.status) == (None, "", RegistrationStatus.REGISTERED)


def test_arrival_after_departure_keeps_the_dialog_open(
    qtbot: QtBot, db: Database, settings: QSettings, setup: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people[:1])
    _window, page = page_of(qtbot, db, settings, mission_id)
    select_rows(page, ["Élise Marchand"])
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RegistrationDialog)
    dialog.arrival_known.setChecked(True)
    dialog.departure_known.setChecked(True)
    dialog.arrival.setDateTime(QDateTime.fromString("2027-01-30T09:00", "yyyy-MM-ddTHH:mm"))
    dialog.departure.setDateTime(QDateTime.fromString("2027-01-29T20:00", "yyyy-MM-ddTHH:mm"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "after the departure" in dialog.error.text()
    assert registrations(db)[0].arrival_at is None
    dialog.reject()


def test_bulk_status_change_and_removal_with_undo(
    qtbot: QtBot, db: Database, settings: QSettings, setup: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)
    window, page = page_of(qtbot, db, settings, mission_id)
    select_rows(page, ["Élise Marchand", "Jeanne Martin"])
    page.status_actions[RegistrationStatus.CONFIRMED].trigger()
    statuses = sorted(r.status.value for r in registrations(db))
    assert statuses == ["confirmed", "confirmed", "registered"]
    window.undo_action.trigger()
    assert {r.status for r in registrations(db)} == {RegistrationStatus.REGISTERED}
    select_rows(page, ["Aarne Väisänen"])
    page.remove_action.trigger()
    assert len(registrations(db)) == 2
    window.undo_action.trigger()
    assert len(registrations(db)) == 3


def test_export_from_the_page_writes_the_chosen_file(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    setup: tuple[uuid.UUID, list[uuid.UUID]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)
    _window, page = page_of(qtbot, db, settings, mission_id)
    out = tmp_path / "pw-people.csv"
    monkeypatch.setattr(page, "_ask_save_path", lambda *_a: str(out))
    page.export_action.trigger()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["last_name"] for r in rows) == ["Marchand", "Martin", "Väisänen"]


def test_form_delegations_by_country_then_undo(
    qtbot: QtBot, db: Database, settings: QSettings, setup: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)
    window, page = page_of(qtbot, db, settings, mission_id)
    page.group_by.setCurrentIndex(page.group_by.findData("country"))
    assert [(g.name, g.total) for g in page.groups.shown_rows()] == [("FR", 2), ("No country", 1)]
    page.form_button.click()
    assert {page.model.index(r, 6).data() for r in range(page.model.rowCount())} == {
        "FR",
        "No country",
    }
    window.undo_action.trigger()
    assert {r.delegation_id for r in registrations(db)} == {None}
    with db.session() as session:
        assert regs.mission_delegations(session, mission_id) == []
