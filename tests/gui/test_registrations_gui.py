"""A mission's people through the real widgets: add, edit, bulk status, remove, undo; times
that name their zone; a page that fits the screen (columns to choose, a panel that folds)."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QItemSelectionModel, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.models import Cluster, Mission, Registration
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.registrations.dialogs import AddPeopleDialog, RegistrationDialog
from pimap_desktop.gui.registrations.registrations_page import (
    DEFAULT_HIDDEN,
    REGISTRATION_COLUMNS,
    RegistrationsPage,
)
from pimap_desktop.gui.widgets import CSV_COMMAS, select_value, table_file_filters
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database, open_database
from tests.factories import add_organisation, add_person, mission_data
from tests.gui.conftest import settle
from tests.gui.file_dialogs import FileDialogs


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
    settle(qtbot, window)
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
    assert page.model.index(0, 7).data() == "Sat 23 Jan 15:40 PST"  # the zone named
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
    file_dialogs: FileDialogs,
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)
    _window, page = page_of(qtbot, db, settings, mission_id)
    out = tmp_path / "pw-people.csv"
    file_dialogs.answer(out, chosen_filter=CSV_COMMAS)
    page.export_action.trigger()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["last_name"] for r in rows) == ["Marchand", "Martin", "Väisänen"]


@pytest.fixture
def french_region() -> Iterator[None]:
    """The desktop's region is France: decimals take a comma."""
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(previous)


def test_the_save_dialog_offers_csv_for_the_regions_excel_first(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    setup: tuple[uuid.UUID, list[uuid.UUID]],
    tmp_path: Path,
    file_dialogs: FileDialogs,
    french_region: None,
) -> None:
    """In France Excel expects semicolons: that CSV comes first, and a .csv name typed under
    the workbook's filter gets them; the other kind stays a choice away."""
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)
    _window, page = page_of(qtbot, db, settings, mission_id)
    typed, chosen = tmp_path / "typed.csv", tmp_path / "chosen"
    file_dialogs.answer(typed, chosen_filter="Excel workbook (*.xlsx)")
    file_dialogs.answer(chosen, chosen_filter=CSV_COMMAS)

    page.export_action.trigger()
    page.export_action.trigger()

    assert file_dialogs.asked[0].filters.split(";;") == [
        "Excel workbook (*.xlsx)",
        "CSV, semicolons (*.csv)",
        "CSV, commas (*.csv)",
    ]
    semicolons = typed.read_text(encoding="utf-8-sig").splitlines()
    assert semicolons[0].startswith("first_name;last_name;email;")
    commas = chosen.with_suffix(".csv").read_text(encoding="utf-8-sig").splitlines()
    assert commas[0].startswith("first_name,last_name,email,")
    assert sorted(line.split(",")[1] for line in commas[1:]) == ["Marchand", "Martin", "Väisänen"]
    assert table_file_filters(".").split(";;")[1] == CSV_COMMAS  # elsewhere, commas first


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


# --------------------------------------------------------------------------- times name their zone


def column(title: str) -> int:
    return next(i for i, c in enumerate(REGISTRATION_COLUMNS) if c.title == title)


def cell(page: RegistrationsPage, name: str, title: str) -> Any:
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data() == name:
            return page.model.index(row, column(title)).data()
    raise AssertionError(f"{name} is not listed")


def test_arrival_departure_and_badges_name_the_missions_zone(
    qtbot: QtBot, db: Database, settings: QSettings, setup: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people[:1])
        [registration] = session.scalars(select(Registration)).all()
        data = regs.registration_data(session, registration.id)
        regs.update_registration(
            session,
            registration.id,
            replace(
                data,
                arrival_local=datetime(2027, 1, 26, 18, 40),
                departure_local=datetime(2027, 1, 30, 7, 5),
            ),
        )
    _window, page = page_of(qtbot, db, settings, mission_id)
    assert cell(page, "Élise Marchand", "Arrival") == "Tue 26 Jan 18:40 PST"
    assert cell(page, "Élise Marchand", "Departure") == "Sat 30 Jan 07:05 PST"


# --------------------------------------------------------------------------- fitting the screen


@pytest.fixture
def demo_db(printing_db_path: Path) -> Iterator[Database]:
    """The demo data (Photonics West 2027 with its 63 people, scheduled)."""
    database = open_database(printing_db_path)
    yield database
    database.dispose()


def demo_page(
    qtbot: QtBot, db: Database, settings: QSettings, width: int, height: int
) -> tuple[MainWindow, RegistrationsPage]:
    with db.session() as session:
        pw = session.scalar(select(Mission.id).where(Mission.code == "PW2027"))
    assert pw is not None
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.go_to(2)
    page = window.registrations_page
    page.show_mission(pw)
    settle(qtbot, window)
    QApplication.processEvents()  # the layouts settle
    return window, page


def shown_titles(page: RegistrationsPage) -> list[str]:
    return [c.title for i, c in enumerate(REGISTRATION_COLUMNS) if not page.table.isColumnHidden(i)]


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_the_demo_missions_people_fit_the_screen_without_scrolling_sideways(
    qtbot: QtBot, demo_db: Database, settings: QSettings, width: int, height: int
) -> None:
    _window, page = demo_page(qtbot, demo_db, settings, width, height)
    assert page.model.rowCount() > 50
    assert page.table.horizontalScrollBar().maximum() == 0
    assert page.groups_view.horizontalScrollBar().maximum() == 0
    assert shown_titles(page) == [
        "Name",
        "Organisation",
        "Role",
        "Status",
        "Delegation",
        "Arrival",
        "Departure",
    ]
    header = page.table.horizontalHeader()
    for title in ("Role", "Status", "Arrival", "Departure"):  # short values are never cut
        c = column(title)
        assert header.sectionSize(c) >= page.table.sizeHintForColumn(c), title
    # The delegations panel: no column cut, no sideways scrolling.
    groups = page.groups_view
    assert page.delegations_shown()
    assert groups.horizontalScrollBar().maximum() == 0
    counts = groups.horizontalHeader()
    for c in range(1, page.groups.columnCount()):
        if not groups.isColumnHidden(c):
            assert counts.sectionSize(c) >= groups.sizeHintForColumn(c)
            assert counts.sectionViewportPosition(c) + counts.sectionSize(c) <= (
                groups.viewport().width()
            )


def test_columns_chosen_from_the_header_menu_are_remembered(
    qtbot: QtBot, db: Database, settings: QSettings, setup: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)
    window, page = page_of(qtbot, db, settings, mission_id)
    assert page.hidden_columns() == set(DEFAULT_HIDDEN)
    menu = page.columns_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["Name"].isEnabled()  # a row always says whose it is
    actions["Hotel"].trigger()  # show
    actions["Role"].trigger()  # hide
    assert not page.table.isColumnHidden(column("Hotel"))
    assert page.table.isColumnHidden(column("Role"))
    window.close()

    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    shown = again.registrations_page
    assert not shown.table.isColumnHidden(column("Hotel"))
    assert shown.table.isColumnHidden(column("Role"))
    {a.text(): a for a in shown.columns_menu().actions()}["Default columns"].trigger()
    assert shown.hidden_columns() == set(DEFAULT_HIDDEN)


def test_the_delegations_panel_folds_away_and_stays_folded(
    qtbot: QtBot, db: Database, settings: QSettings, setup: tuple[uuid.UUID, list[uuid.UUID]]
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)
    window, page = page_of(qtbot, db, settings, mission_id)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    assert page.delegations_shown()
    list_width = page.table.width()
    page.panel_toggle.click()
    assert not page.delegations_shown()
    assert page.panel_toggle.text() == "◂ Show delegations"
    assert page.table.width() > list_width
    window.close()

    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    again.go_to(2)
    folded = again.registrations_page
    assert not folded.delegations_shown()
    folded.panel_toggle.click()
    assert folded.delegations_shown()
    assert folded.panel_toggle.text() == "Hide delegations ▸"


def test_statuses_nobody_has_take_no_room_in_the_delegations(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    settings: QSettings,
    setup: tuple[uuid.UUID, list[uuid.UUID]],
) -> None:
    mission_id, people = setup
    with db.session() as session:
        regs.register_people(session, mission_id, people)  # all "registered"
    _window, page = page_of(qtbot, db, settings, mission_id)
    qtmodeltester.check(page.groups)
    model = page.groups
    shown = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
        if not page.groups_view.isColumnHidden(c)
    ]
    assert shown == [
        "The delegation (or cluster, or country)",
        "All registrations",
        "Confirmed",
        "Registered",
    ]
