"""The B2B page through its real widgets: drag a meeting to another cell, refused clashes,
undo; lock; fit a request in; answers to requests."""

from __future__ import annotations

import codecs
import uuid
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.enums import RequestStatus
from pimap_desktop.gui.b2b.b2b_page import B2BPage
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.widgets import CSV_SEMICOLONS
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database
from tests.factories import add_person, mission_data
from tests.gui.conftest import settle
from tests.gui.file_dialogs import FileDialogs


@pytest.fixture
def setup(db: Database) -> dict[str, uuid.UUID]:
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        persons = [add_person(session, n.upper(), "Test", f"{n}@x.example") for n in "abcd"]
        regs = register_people(session, mission_id, [p.id for p in persons]).registered
        session_id = b2b.add_session(
            session,
            mission_id,
            b2b.SessionData(date(2027, 1, 27), time(13, 30), time(15, 0), 20, 5, 2),
        )
        [row] = b2b.list_sessions(session, mission_id)
        t1 = row.tables[0][0]
        first = b2b.create_meeting(
            session, mission_id, b2b.MeetingPlace(session_id, 0, t1), regs[:2], locked=False
        )
        second = b2b.create_meeting(
            session,
            mission_id,
            b2b.MeetingPlace(session_id, 1, t1),
            [regs[0], regs[2]],
            locked=False,
        )
        request = b2b.set_request(session, mission_id, regs[2], regs[3], 1)
    return {
        "mission": mission_id,
        "session": session_id,
        "first": first,
        "second": second,
        "request": request,
        **dict(zip("abcd", regs, strict=True)),
    }


def open_page(
    qtbot: QtBot, db: Database, settings: QSettings, mission_id: uuid.UUID
) -> tuple[MainWindow, B2BPage]:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.go_to(3)
    page = window.b2b_page
    page.show_mission(mission_id)
    settle(qtbot, window)
    return window, page


def drop_on(view: QTableView, mime: QMimeData, row: int, column: int) -> None:
    """What the view receives when a dragged meeting is moved over a cell and released."""
    pos = QPointF(view.visualRect(view.model().index(row, column)).center())
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(pos.toPoint(), action, mime, button, none),
        QDragMoveEvent(pos.toPoint(), action, mime, button, none),
        QDropEvent(pos, action, mime, button, none),
    ):
        QApplication.sendEvent(view.viewport(), event)


def places(db: Database, mission_id: uuid.UUID) -> dict[uuid.UUID, tuple[int | None, str, bool]]:
    with db.session() as session:
        return {
            m.id: (m.position, m.table, m.locked) for m in b2b.list_meetings(session, mission_id)
        }


def test_drag_a_meeting_to_a_free_cell_then_undo(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    settings: QSettings,
    setup: dict[str, uuid.UUID],
) -> None:
    window, page = open_page(qtbot, db, settings, setup["mission"])
    qtmodeltester.check(page.grid)
    source = page.grid.index_of(setup["second"])
    assert (source.row(), source.column()) == (0, 1)
    mime = page.grid.mimeData([source])
    assert page.grid.columnCount() == 3  # 13:30, 13:55, 14:20 (20 minutes, 5 between)
    drop_on(page.grid_view, mime, 1, 2)  # Table 2, third slot
    assert places(db, setup["mission"])[setup["second"]] == (2, "Table 2", True)
    moved = page.grid.index_of(setup["second"])
    assert (moved.row(), moved.column()) == (1, 2)
    # Locked: a drawn padlock icon, not an emoji that some fonts lack.
    assert "🔒" not in moved.data()
    assert not moved.data(Qt.ItemDataRole.DecorationRole).isNull()
    window.undo_action.trigger()
    assert places(db, setup["mission"])[setup["second"]] == (1, "Table 1", False)
    window.redo_action.trigger()
    assert places(db, setup["mission"])[setup["second"]] == (2, "Table 2", True)


def test_a_drop_onto_a_clash_is_refused_with_the_reason(
    qtbot: QtBot, db: Database, settings: QSettings, setup: dict[str, uuid.UUID]
) -> None:
    _window, page = open_page(qtbot, db, settings, setup["mission"])
    mime = page.grid.mimeData([page.grid.index_of(setup["second"])])
    drop_on(page.grid_view, mime, 1, 0)  # slot 0, where A already meets B
    assert places(db, setup["mission"])[setup["second"]] == (1, "Table 1", False)
    assert "A Test is already meeting B Test" in page.drop_hint.text()
    assert not page.grid.canDropMimeData(
        mime, Qt.DropAction.MoveAction, -1, -1, page.grid.index(0, 0)
    )
    assert "Table 1 is taken" in page.grid.refusal


def test_lock_a_meeting_and_undo(
    qtbot: QtBot, db: Database, settings: QSettings, setup: dict[str, uuid.UUID]
) -> None:
    window, page = open_page(qtbot, db, settings, setup["mission"])
    page.grid_view.setCurrentIndex(page.grid.index_of(setup["first"]))
    assert page.lock_action.isEnabled() and not page.unlock_action.isEnabled()
    page.lock_action.trigger()
    assert places(db, setup["mission"])[setup["first"]][2] is True
    window.undo_action.trigger()
    assert places(db, setup["mission"])[setup["first"]][2] is False


def test_fit_a_request_in_and_answer_it(
    qtbot: QtBot, db: Database, settings: QSettings, setup: dict[str, uuid.UUID]
) -> None:
    window, page = open_page(qtbot, db, settings, setup["mission"])
    page.tabs.setCurrentIndex(2)
    page.person_filter.setCurrentIndex(page.person_filter.findData(str(setup["d"])))
    assert page.requests.rowCount() == 1  # who wants D, whom D wants
    page.requests_view.selectRow(0)
    page.fit_action.trigger()
    meetings = places(db, setup["mission"])
    assert len(meetings) == 3
    new = next(m for m in meetings if m not in (setup["first"], setup["second"]))
    assert meetings[new][0] == 0 and meetings[new][2] is True  # first free slot, locked
    assert page.people.rowCount() == 4
    window.undo_action.trigger()
    assert len(places(db, setup["mission"])) == 2
    page.requests_view.selectRow(0)
    page.decline_action.trigger()
    with db.session() as session:
        [request] = b2b.list_requests(session, setup["mission"])
    assert request.status is RequestStatus.DECLINED


def test_run_the_scheduler_in_the_background_then_undo(
    qtbot: QtBot, db: Database, settings: QSettings, setup: dict[str, uuid.UUID]
) -> None:
    window, page = open_page(qtbot, db, settings, setup["mission"])
    with db.session() as session:
        b2b.set_request(session, setup["mission"], setup["a"], setup["d"], 1)
        b2b.set_locked(session, [setup["first"]], True)
    page.refresh()
    page.time_limit.setValue(5)
    page.run_action.trigger()
    assert not page.run_action.isEnabled()  # one run at a time
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert page.report is not None
    assert page.report.requested == 2 and page.report.scheduled == 2
    after = places(db, setup["mission"])
    assert after[setup["first"]] == (0, "Table 1", True)  # the locked meeting stayed
    assert setup["second"] not in after  # the unlocked one was replaced
    assert len(after) == 3
    assert "Last run" in page.summary.text()
    window.undo_action.trigger()
    assert set(places(db, setup["mission"])) == {setup["first"], setup["second"]}


def test_export_the_schedule_from_the_page(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    setup: dict[str, uuid.UUID],
    tmp_path: Path,
    file_dialogs: FileDialogs,
) -> None:
    from openpyxl import load_workbook

    _window, page = open_page(qtbot, db, settings, setup["mission"])
    file_dialogs.answer(tmp_path / "schedule")
    page.export_action.trigger()
    sheet = load_workbook(tmp_path / "schedule.xlsx").active  # a name without .xlsx gets it
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    zone = "America/Los_Angeles"
    assert rows[0][:2] == (f"Start ({zone})", f"End ({zone})") and len(rows) == 3
    assert sheet.title == "Meetings"
    assert rows[1][0] == datetime(2027, 1, 27, 13, 30)  # the mission's wall-clock time

    # A CSV with the kind chosen in the dialog: semicolons, for a European Excel.
    file_dialogs.answer(tmp_path / "schedule", chosen_filter=CSV_SEMICOLONS)
    page.export_action.trigger()
    data = (tmp_path / "schedule.csv").read_bytes()  # the CSV filter gave the name its ending
    assert data.startswith(codecs.BOM_UTF8)
    header, first, _second = data.decode("utf-8-sig").splitlines()
    assert header.startswith("Start;End;Session;Table;")
    assert first.startswith("2027-01-27T13:30-08:00;")
