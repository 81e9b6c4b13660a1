"""Missions and programme through the real widgets; the database checked behind them."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import MissionKind, MissionStatus, ProgrammeItemKind
from pimap_desktop.domain.models import Mission, ProgrammeItem
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.missions.mission_dialog import MissionDialog
from pimap_desktop.gui.missions.programme_dialog import ProgrammeItemDialog
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import Database
from tests.factories import mission_data


def save(dialog: MissionDialog | ProgrammeItemDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def missions_in(db: Database) -> list[Mission]:
    with db.session() as session:
        return list(session.scalars(select(Mission)))


def items_in(db: Database) -> list[ProgrammeItem]:
    with db.session() as session:
        return list(session.scalars(select(ProgrammeItem)))


def test_create_a_mission_through_its_dialog(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = window.missions_page
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MissionDialog)
    qtbot.keyClicks(dialog.code, "pw2027")
    qtbot.keyClicks(dialog.name, "Photonics West 2027")
    dialog.kind.setCurrentIndex(dialog.kind.findData(MissionKind.BUSINESS_MISSION))
    qtbot.keyClicks(dialog.city, "San Francisco")
    qtbot.keyClicks(dialog.country, "US")
    qtbot.keyClicks(dialog.timezone.lineEdit(), "America/Los_Angeles")
    dialog.start.setDate(QDate(2027, 1, 24))
    dialog.end.setDate(QDate(2027, 1, 29))
    dialog.status.setCurrentIndex(dialog.status.findData(MissionStatus.OPEN))
    save(dialog)

    assert not dialog.isVisible()
    [mission] = missions_in(db)
    assert (mission.code, mission.timezone, mission.status) == (
        "PW2027",
        "America/Los_Angeles",
        MissionStatus.OPEN,
    )
    assert (mission.start_date, mission.end_date) == (date(2027, 1, 24), date(2027, 1, 29))
    assert page.model.rowCount() == 1
    assert page.selected_id() == mission.id
    assert "PW2027" in window.statusBar().currentMessage()


def test_mission_dialog_keeps_bad_input_open_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = window.missions_page
    page.new_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MissionDialog)
    qtbot.keyClicks(dialog.code, "PW2027")
    qtbot.keyClicks(dialog.name, "Photonics West")
    qtbot.keyClicks(dialog.timezone.lineEdit(), "Pacific Time")
    save(dialog)
    assert dialog.isVisible()
    assert "not a known time zone" in dialog.error.text()
    assert dialog.focusWidget() in (dialog.timezone, dialog.timezone.lineEdit())
    assert missions_in(db) == []
    dialog.reject()


def test_duplicate_code_in_the_dialog_is_refused(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    with db.session() as session:
        svc.create_mission(session, mission_data())
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()  # the pages load when shown
    window.missions_page.new_action.trigger()
    dialog = window.missions_page.dialog
    assert isinstance(dialog, MissionDialog)
    qtbot.keyClicks(dialog.code, "pw2027")
    qtbot.keyClicks(dialog.name, "Again")
    qtbot.keyClicks(dialog.timezone.lineEdit(), "Europe/Paris")
    save(dialog)
    assert "already used" in dialog.error.text()
    assert len(missions_in(db)) == 1
    dialog.reject()


def test_search_and_status_filter_narrow_the_list(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, settings: QSettings
) -> None:
    with db.session() as session:
        svc.create_mission(session, mission_data())
        svc.create_mission(
            session,
            mission_data(
                code="WS-FI-2027",
                name="Microwave workshop",
                kind=MissionKind.WORKSHOP,
                city="Oulu",
                country="FI",
                timezone="Europe/Helsinki",
                status=MissionStatus.OPEN,
            ),
        )
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()  # the pages load when shown
    page = window.missions_page
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "oulu work")
    assert page.model.rowCount() == 1
    assert "1 of 2" in page.count_label.text()
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData(MissionStatus.DRAFT))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "PW2027"


def test_delete_mission_asks_first_backs_up_and_says_what_goes(
    qtbot: QtBot, db: Database, db_path: Path, settings: QSettings
) -> None:
    with db.session() as session:
        mission_id = svc.create_mission(session, mission_data())
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()  # the pages load when shown
    page = window.missions_page
    page.select_mission(mission_id)
    page.delete_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    assert "PW2027" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(missions_in(db)) == 1
    page.delete_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.task is None and page.isEnabled())
    assert missions_in(db) == []
    assert page.model.rowCount() == 0
    [backup] = dbmod.list_backups(db_path)
    assert "before-delete" in backup.name
    with sqlite3.connect(backup) as copy:  # the deleted mission is still in the backup
        assert copy.execute("SELECT code FROM missions").fetchall() == [("PW2027",)]


def _programme_window(
    qtbot: QtBot, db: Database, settings: QSettings
) -> tuple[MainWindow, uuid.UUID]:
    with db.session() as session:
        mission_id = svc.create_mission(session, mission_data())
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_programme(mission_id)
    return window, mission_id


def test_add_a_programme_item_then_undo_and_redo_it(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window, _mission_id = _programme_window(qtbot, db, settings)
    page = window.programme_page
    assert window.stack.currentWidget() is page
    page.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ProgrammeItemDialog)
    qtbot.keyClicks(dialog.title, "Delegation briefing")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ProgrammeItemKind.BRIEFING))
    dialog.set_day(date(2027, 1, 26))
    dialog.start.setTime(QTime(8, 30))
    dialog.end.setTime(QTime(9, 30))
    assert "America/Los_Angeles (PST)" in dialog.zone.text()
    dialog.venue.setCurrentText("Moscone Center")
    qtbot.keyClicks(dialog.room, "Room 2014")
    save(dialog)

    [stored] = items_in(db)
    assert stored.starts_at == datetime(2027, 1, 26, 16, 30, tzinfo=UTC)  # 08:30 PST
    assert stored.title == "Delegation briefing"
    shown = page.model.item_index(stored.id, 0).data()
    assert shown.startswith("08:30–09:30")
    assert page.selected_item() == stored.id

    window.undo_action.trigger()
    assert items_in(db) == []
    assert not page.model.item_index(stored.id).isValid()

    window.redo_action.trigger()
    [again] = items_in(db)
    assert (again.id, again.starts_at) == (stored.id, stored.starts_at)
    assert page.model.item_index(stored.id).isValid()


def test_edit_across_dst_then_undo_restores_the_old_time(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    with db.session() as session:
        mission_id = svc.create_mission(
            session, mission_data(start_date=date(2027, 3, 12), end_date=date(2027, 3, 16))
        )
        item_id = svc.create_programme_item(
            session,
            mission_id,
            svc.ProgrammeItemData(
                kind=ProgrammeItemKind.SITE_VISIT,
                title="Site visit",
                starts_local=datetime(2027, 3, 13, 8, 30),
                ends_local=datetime(2027, 3, 13, 11, 0),
            ),
        )
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()  # the pages load when shown
    window.open_programme(mission_id)
    page = window.programme_page
    page.select_item(item_id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ProgrammeItemDialog)
    assert dialog.start.time() == QTime(8, 30)
    dialog.set_day(date(2027, 3, 15))  # after the change
    assert "PDT" in dialog.zone.text()
    save(dialog)
    [moved] = items_in(db)
    assert moved.starts_at == datetime(2027, 3, 15, 15, 30, tzinfo=UTC)  # 08:30 PDT
    window.undo_action.trigger()
    [back] = items_in(db)
    assert back.starts_at == datetime(2027, 3, 13, 16, 30, tzinfo=UTC)  # 08:30 PST


def test_delete_an_item_and_undo_brings_it_back_with_its_id(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window, mission_id = _programme_window(qtbot, db, settings)
    with db.session() as session:
        item_id = svc.create_programme_item(
            session,
            mission_id,
            svc.ProgrammeItemData(
                kind=ProgrammeItemKind.RECEPTION,
                title="Networking reception",
                starts_local=datetime(2027, 1, 27, 19, 0),
                ends_local=datetime(2027, 1, 27, 23, 30),
                venue_name="Hotel",
            ),
        )
    page = window.programme_page
    page.refresh()
    page.select_item(item_id)
    with qtbot.waitActive(window):
        window.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert items_in(db) == []
    window.undo_action.trigger()
    [back] = items_in(db)
    assert back.id == item_id and back.title == "Networking reception"


def test_overlap_in_the_same_room_is_warned_about(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, settings: QSettings
) -> None:
    window, mission_id = _programme_window(qtbot, db, settings)
    for title, hour in (("Briefing", 8), ("Press call", 9)):  # 08:30-09:45, 09:30-10:45
        with db.session() as session:
            svc.create_programme_item(
                session,
                mission_id,
                svc.ProgrammeItemData(
                    kind=ProgrammeItemKind.BRIEFING,
                    title=title,
                    starts_local=datetime(2027, 1, 26, hour, 30),
                    ends_local=datetime(2027, 1, 26, hour + 1, 45),
                    venue_name="Moscone Center",
                    room="Room 2014",
                ),
            )
    page = window.programme_page
    page.refresh()
    assert page.warning_label.isVisible()
    assert "Briefing" in page.warning_label.text() and "Press call" in page.warning_label.text()
    qtmodeltester.check(page.model)


def test_window_state_is_remembered(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    window, mission_id = _programme_window(qtbot, db, settings)
    window.resize(780, 540)  # the offscreen screen is 800 x 600
    window.close()
    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    again.show()  # the pages load when shown
    assert again.stack.currentWidget() is again.programme_page
    assert again.programme_page.mission_id() == mission_id
    assert (again.width(), again.height()) == (780, 540)


def test_opening_a_mission_shows_its_own_programme_among_several(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    with db.session() as session:
        first = svc.create_mission(session, mission_data())
        second = svc.create_mission(
            session,
            mission_data(
                code="CAN2027",
                name="EU–Canada matchmaking",
                city="Toronto",
                country="CA",
                timezone="America/Toronto",
                start_date=date(2027, 6, 7),
                end_date=date(2027, 6, 9),
            ),
        )
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()  # the pages load when shown
    for mission_id, zone in ((second, "America/Toronto"), (first, "America/Los_Angeles")):
        window.go_to(0)
        window.missions_page.select_mission(mission_id)
        window.missions_page.open_action.trigger()
        assert window.programme_page.mission_id() == mission_id
        assert zone in window.programme_page.zone_label.text()


def test_edit_dialog_round_trips_kind_status_and_organisers(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    from pimap_desktop.domain.models import Cluster

    with db.session() as session, session.begin():
        cluster = Cluster(name="Fictional Photonics Cluster", country="FR", timezone="Europe/Paris")
        session.add(cluster)
    with db.session() as session:
        mission_id = svc.create_mission(
            session,
            mission_data(
                kind=MissionKind.FAIR_PARTICIPATION,
                status=MissionStatus.RUNNING,
                cluster_ids=(cluster.id,),
            ),
        )
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()  # the pages load when shown
    page = window.missions_page
    page.select_mission(mission_id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MissionDialog)
    data = dialog.data()
    assert data.kind is MissionKind.FAIR_PARTICIPATION
    assert data.status is MissionStatus.RUNNING
    assert data.cluster_ids == (cluster.id,)
    dialog.name.setText("Photonics West 2027 (fair stand)")
    save(dialog)
    with db.session() as session:
        again = svc.mission_data(session, mission_id)
    assert again.name == "Photonics West 2027 (fair stand)"
    assert (again.kind, again.status, again.cluster_ids) == (
        MissionKind.FAIR_PARTICIPATION,
        MissionStatus.RUNNING,
        (cluster.id,),
    )


def test_add_item_defaults_to_the_selected_day(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window, _mission_id = _programme_window(qtbot, db, settings)
    page = window.programme_page
    day_index = page.model.day_index(date(2027, 1, 27))
    page.tree.setCurrentIndex(day_index)
    assert page.selected_day() == date(2027, 1, 27)
    page.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ProgrammeItemDialog)
    assert dialog.selected_day() == date(2027, 1, 27)
    data = dialog.data()
    assert isinstance(data.kind, ProgrammeItemKind)
    dialog.reject()


def test_timeline_can_show_one_day(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    window, _mission_id = _programme_window(qtbot, db, settings)
    page = window.programme_page
    page.tabs.setCurrentIndex(1)
    assert page.day_filter.count() == 1 + 6  # all days, then the six days of the mission
    assert len(page.timeline.shown_days()) == 6
    page.day_filter.setCurrentIndex(3)
    assert page.timeline.shown_days() == [date(2027, 1, 26)]
    page.refresh()  # the choice survives a refresh
    assert page.timeline.shown_days() == [date(2027, 1, 26)]
