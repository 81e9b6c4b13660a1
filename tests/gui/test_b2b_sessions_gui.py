"""Editing and deleting a B2B session from the B2B page, on the demo's Photonics West
(scheduled): the real session dialog (driven through its boxes), the confirmation that lists
the meetings going back to the requests (replaced by a recorder), the grid refreshed, one step
on the shared undo stack."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.models import Meeting
from pimap_desktop.gui.b2b import session_dialog
from pimap_desktop.gui.b2b.b2b_page import B2BPage
from pimap_desktop.gui.b2b.session_dialog import RemovalDialog, SessionDialog, removal_text
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b import sessions as sessions_svc
from pimap_desktop.store.database import Database, open_database
from tests.gui.conftest import settle
from tests.printing_fixtures import PrintableMission


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes shown (a modal box would hang the test); none unless a test expects it."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *_a, **_k: shown.append(f"{title}: {text}"),
        )
    yield shown


@pytest.fixture
def printable_db(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


@pytest.fixture
def window(
    qtbot: QtBot, printable_db: Database, settings: QSettings, printable: PrintableMission
) -> Iterator[MainWindow]:
    win = MainWindow(printable_db, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.go_to(win.stack.indexOf(win.b2b_page))
    win.b2b_page.show_mission(printable.mission_id)
    settle(qtbot, win)
    yield win
    win.close()


@dataclass
class Confirmations:
    """The confirmations asked, answered with ``answer``."""

    asked: list[sessions_svc.SessionImpact] = field(default_factory=list)
    answer: bool = True


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    recorder = Confirmations()

    def confirm(_parent: QWidget, impact: sessions_svc.SessionImpact) -> bool:
        recorder.asked.append(impact)
        return recorder.answer

    monkeypatch.setattr(session_dialog, "confirm_removal", confirm)
    return recorder


def fill_dialog(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, **boxes: object
) -> list[SessionDialog]:
    """Replace ``ask_session`` by the real dialog filled in through its boxes and OK pressed."""
    shown: list[SessionDialog] = []

    def ask(
        parent: QWidget, title: str, data: b2b.SessionData, first: object, last: object,
        zone: str, submit: session_dialog.Submit,
    ) -> bool:  # fmt: skip
        dialog = SessionDialog(title, data, first, last, zone, submit, parent)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        shown.append(dialog)
        if "end" in boxes:
            end = boxes["end"]
            assert isinstance(end, time)
            dialog.end.setTime(QTime(end.hour, end.minute))
        if "tables" in boxes:
            dialog.tables.setValue(int(boxes["tables"]))  # type: ignore[call-overload]
        if "name" in boxes:
            dialog.name.setText(str(boxes["name"]))
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(session_dialog, "ask_session", ask)
    return shown


def meeting_count(db: Database, mission_id: uuid.UUID) -> int:
    with db.session() as session:
        return len(b2b.list_meetings(session, mission_id))


def test_shortening_lists_the_meetings_then_undo_and_redo_on_the_shared_stack(
    qtbot: QtBot,
    window: MainWindow,
    printable: PrintableMission,
    printable_db: Database,
    confirmations: Confirmations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page: B2BPage = window.b2b_page
    shown = fill_dialog(monkeypatch, qtbot, end=time(16, 0))
    assert page.edit_session_action.isEnabled() and page.grid.columnCount() == 9
    before = meeting_count(printable_db, printable.mission_id)

    with qtbot.waitSignal(page.dataChanged):
        page.edit_session_action.trigger()

    assert shown[0].session_data().tables == 12  # prefilled from the session
    [impact] = confirmations.asked
    cut = len(impact.removed)
    assert cut > 0 and all(m.starts_local.time() >= time(16, 0) for m in impact.removed)
    assert meeting_count(printable_db, printable.mission_id) == before - cut
    assert page.grid.columnCount() == 6  # slots are the grid's columns
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()

    window.undo_stack.undo()
    assert meeting_count(printable_db, printable.mission_id) == before
    assert page.grid.columnCount() == 9
    window.undo_stack.redo()
    assert meeting_count(printable_db, printable.mission_id) == before - cut
    assert page.grid.columnCount() == 6


def test_declining_the_confirmation_changes_nothing_and_keeps_the_dialog_open(
    qtbot: QtBot,
    window: MainWindow,
    printable: PrintableMission,
    printable_db: Database,
    confirmations: Confirmations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.b2b_page
    confirmations.answer = False
    shown = fill_dialog(monkeypatch, qtbot, tables=10)
    before = meeting_count(printable_db, printable.mission_id)

    page.edit_session_action.trigger()

    assert len(confirmations.asked) == 1 and {m.reason for m in confirmations.asked[0].removed} == {
        sessions_svc.TABLE_GONE
    }
    assert shown[0].result() != QDialog.DialogCode.Accepted
    assert meeting_count(printable_db, printable.mission_id) == before
    assert window.undo_stack.count() == 0 and page.grid.rowCount() == 12


def test_a_change_that_removes_nothing_asks_nothing(
    qtbot: QtBot,
    window: MainWindow,
    printable: PrintableMission,
    printable_db: Database,
    confirmations: Confirmations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.b2b_page
    fill_dialog(monkeypatch, qtbot, tables=14, name="Matchmaking")
    page.edit_session_action.trigger()
    assert confirmations.asked == []
    assert page.grid.rowCount() == 14 and "Matchmaking" in page.session_combo.currentText()
    assert window.undo_stack.count() == 1


def test_a_held_meeting_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot,
    window: MainWindow,
    printable: PrintableMission,
    printable_db: Database,
    confirmations: Confirmations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with printable_db.session() as session:
        last = max(b2b.list_meetings(session, printable.mission_id), key=lambda m: m.starts_local)
        meeting = session.get(Meeting, last.id)
        assert meeting is not None
        meeting.status = MeetingStatus.HELD
        session.commit()
    shown = fill_dialog(monkeypatch, qtbot, end=time(16, 0))
    before = meeting_count(printable_db, printable.mission_id)

    window.b2b_page.edit_session_action.trigger()

    assert confirmations.asked == []
    dialog = shown[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.error.isHidden()
    assert last.names in dialog.error.text() and "held" in dialog.error.text()
    assert meeting_count(printable_db, printable.mission_id) == before
    assert window.undo_stack.count() == 0


def test_an_invalid_time_is_shown_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    confirmations: Confirmations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = fill_dialog(monkeypatch, qtbot, end=time(12, 0))
    window.b2b_page.edit_session_action.trigger()
    assert "before it starts" in shown[0].error.text() and confirmations.asked == []
    assert window.undo_stack.count() == 0


def test_delete_lists_every_meeting_and_undo_brings_the_session_back(
    qtbot: QtBot,
    window: MainWindow,
    printable: PrintableMission,
    printable_db: Database,
    confirmations: Confirmations,
) -> None:
    page = window.b2b_page
    before = meeting_count(printable_db, printable.mission_id)

    with qtbot.waitSignal(page.dataChanged):
        page.delete_session_action.trigger()

    [impact] = confirmations.asked
    assert impact.deleting and len(impact.removed) == before
    assert page.session_combo.count() == 0 and page.grid.columnCount() == 0
    assert not page.edit_session_action.isEnabled()
    assert meeting_count(printable_db, printable.mission_id) == 0
    window.undo_stack.undo()
    assert page.session_combo.count() == 1 and page.grid.columnCount() == 9
    assert meeting_count(printable_db, printable.mission_id) == before


def test_delete_over_a_held_meeting_is_refused_with_a_message(
    window: MainWindow,
    printable: PrintableMission,
    printable_db: Database,
    confirmations: Confirmations,
    message_boxes: list[str],
) -> None:
    with printable_db.session() as session:
        first = b2b.list_meetings(session, printable.mission_id)[0]
        meeting = session.get(Meeting, first.id)
        assert meeting is not None
        meeting.status = MeetingStatus.NO_SHOW
        session.commit()

    window.b2b_page.delete_session_action.trigger()

    assert confirmations.asked == [] and len(message_boxes) == 1
    assert "Could not delete the session" in message_boxes[0] and first.names in message_boxes[0]
    assert window.b2b_page.session_combo.count() == 1 and window.undo_stack.count() == 0
    message_boxes.clear()


def test_the_confirmation_lists_time_table_and_names(
    qtbot: QtBot, printable: PrintableMission, printable_db: Database, qtmodeltester: ModelTester
) -> None:
    with printable_db.session() as session:
        [row] = b2b.list_sessions(session, printable.mission_id)
        data = sessions_svc.session_data(session, row.id)
        impact = sessions_svc.session_change_impact(
            session, row.id, replace(data, end=time(16, 0), tables=10)
        )
    dialog = RemovalDialog(impact)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    count = len(impact.removed)
    assert removal_text(impact).startswith(f"These {count} meetings no longer fit")
    assert dialog.apply_button.text() == f"Change the session and remove {count} meetings"
    first = dialog.model.shown_rows()[0]
    assert dialog.model.index(0, 0).data() == (
        f"{first.starts_local:%a %d %b %H:%M}–{first.ends_local:%H:%M}"
    )
    assert dialog.model.index(0, 2).data() == first.names
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/b2b_session_confirmation.png")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter means Cancel here
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_session_dialog_looks_right(
    qtbot: QtBot, printable: PrintableMission, printable_db: Database
) -> None:
    with printable_db.session() as session:
        [row] = b2b.list_sessions(session, printable.mission_id)
        data = sessions_svc.session_data(session, row.id)
    dialog = SessionDialog(
        "Edit the B2B session",
        data,
        data.day.replace(day=24),
        data.day.replace(day=29),
        "America/Los_Angeles",
        lambda _data: True,
    )
    qtbot.addWidget(dialog)
    assert dialog.session_data() == data  # the table names go round unchanged
    assert dialog.preview_text() == (
        "9 slots of 20 min with 5-min breaks, 13:30–17:10, 12 tables = 108 meetings at most "
        "(the last slot ends at 17:10)."
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/b2b_session_dialog.png")
