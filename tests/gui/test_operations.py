"""The one runner of long GUI actions (``gui.operations``): the work runs off the GUI thread, its
outcome comes back on it, one at a time per lane, Cancel reaches the work, errors are reported
the one way, an undo step is pushed on success, and a widget gone first is told nothing."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.errors import Cancelled, PimapError, ValidationError
from pimap_desktop.gui import operations
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.services.b2b.scheduling.solver import SchedulingCancelled
from pimap_desktop.services.importing.people import ImportCancelled
from pimap_desktop.services.printing.common import PrintCancelled

WAIT_MS = 10_000


@pytest.fixture
def widget(qtbot: QtBot) -> QWidget:
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What ``report_error`` would have shown: (action, message)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        operations,
        "report_error",
        lambda _parent, exc, action="": shown.append((action, str(exc))),
    )
    return shown


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(
    qtbot: QtBot, widget: QWidget
) -> None:
    gui_thread = QThread.currentThread()
    worked_on: list[QThread] = []
    delivered_on: list[QThread] = []
    results: list[int] = []

    def work(progress: Progress, _cancel: threading.Event) -> int:
        worked_on.append(QThread.currentThread())
        progress(1, 2)
        return 42

    def done(result: int) -> None:
        delivered_on.append(QThread.currentThread())
        results.append(result)

    assert Operation(widget, work, action="count").success(done).run_in_background()
    qtbot.waitUntil(lambda: results == [42], timeout=WAIT_MS)
    assert worked_on[0] is not gui_thread
    assert delivered_on == [gui_thread]


def test_a_lane_refuses_a_second_run_until_the_first_has_ended(
    qtbot: QtBot, widget: QWidget
) -> None:
    lane, gate, ran = Lane(), threading.Event(), []

    def work(_progress: Progress, _cancel: threading.Event) -> str:
        assert gate.wait(WAIT_MS / 1000)
        ran.append("first")
        return "first"

    first = Operation(widget, work, action="first")
    assert first.run_in_background(lane)
    assert lane.busy() and lane.current is first
    second = Operation(widget, lambda _p, _c: ran.append("second"), action="second")
    assert not second.run_in_background(lane)
    gate.set()
    qtbot.waitUntil(lambda: not lane.busy(), timeout=WAIT_MS)
    assert ran == ["first"]
    assert Operation(widget, lambda _p, _c: None, action="again").run_in_background(lane)
    qtbot.waitUntil(lambda: not lane.busy(), timeout=WAIT_MS)


def test_cancel_in_the_progress_dialog_reaches_the_work_and_its_handler(
    qtbot: QtBot, widget: QWidget, reported: list[tuple[str, str]]
) -> None:
    started = threading.Event()
    cancelled: list[str] = []

    def work(_progress: Progress, cancel: threading.Event) -> None:
        started.set()
        assert cancel.wait(WAIT_MS / 1000)
        raise PrintCancelled()

    lane = Lane()
    operation = (
        Operation(widget, work, action="write")
        .with_progress("Writing…", title="Test")
        .cancelled(lambda exc: cancelled.append(str(exc)))
    )
    operation.run_in_background(lane)
    dialog = operation.progress_dialog
    assert dialog is not None and dialog.isVisible()
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    assert started.wait(WAIT_MS / 1000)
    button.click()
    qtbot.waitUntil(lambda: not lane.busy(), timeout=WAIT_MS)
    assert cancelled == ["Cancelled; no file was written."]
    assert reported == []
    assert operation.progress_dialog is None


def test_without_a_cancel_handler_a_cancel_is_said_like_an_error(
    qtbot: QtBot, widget: QWidget, reported: list[tuple[str, str]]
) -> None:
    def work(_progress: Progress, _cancel: threading.Event) -> None:
        raise SchedulingCancelled()

    lane = Lane()
    Operation(widget, work, action="schedule the meetings").run_in_background(lane)
    qtbot.waitUntil(lambda: not lane.busy(), timeout=WAIT_MS)
    assert reported == [
        ("schedule the meetings", "The scheduling was cancelled before a first schedule was found.")
    ]


def test_errors_go_to_report_error_unless_the_operation_says_otherwise(
    qtbot: QtBot, widget: QWidget, reported: list[tuple[str, str]]
) -> None:
    def refuse(_progress: Progress, _cancel: threading.Event) -> None:
        raise ValidationError("No column is an e-mail address.")

    lane = Lane()
    button = QPushButton("Save", widget)
    ended: list[str] = []
    (
        Operation(widget, refuse, action="import the file")
        .disabling(button)
        .after(lambda: ended.append("after"))
        .run_in_background(lane)
    )
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: not lane.busy(), timeout=WAIT_MS)
    assert reported == [("import the file", "No column is an e-mail address.")]
    assert ended == ["after"] and button.isEnabled()

    handled: list[Exception] = []
    Operation(widget, refuse, action="again").failure(handled.append).run_in_background(lane)
    qtbot.waitUntil(lambda: not lane.busy(), timeout=WAIT_MS)
    assert len(reported) == 1 and isinstance(handled[0], ValidationError)


def test_success_pushes_the_undo_step_before_the_success_handler(
    qtbot: QtBot, widget: QWidget
) -> None:
    stack = QUndoStack(widget)
    seen: list[int] = []

    def step(result: int) -> QUndoCommand:
        return QUndoCommand(f"Make {result}")

    (
        Operation(widget, lambda _p, _c: 7, action="make")
        .undoable(stack, step)
        .success(lambda _result: seen.append(stack.count()))
        .run_in_background()
    )
    qtbot.waitUntil(lambda: seen == [1], timeout=WAIT_MS)
    assert stack.undoText() == "Make 7"


def test_a_widget_gone_first_is_told_nothing(qtbot: QtBot) -> None:
    page = QWidget()
    gate, finished, told = threading.Event(), threading.Event(), []

    def work(_progress: Progress, _cancel: threading.Event) -> int:
        try:
            assert gate.wait(WAIT_MS / 1000)
            return 1
        finally:
            finished.set()

    operation = Operation(page, work, action="count").success(told.append)
    operation.run_in_background()
    page.deleteLater()
    QApplication.processEvents()  # the page is gone
    gate.set()
    assert operation.wait(WAIT_MS / 1000)
    qtbot.waitUntil(finished.is_set, timeout=WAIT_MS)
    qtbot.wait(50)  # a late delivery would come now
    assert told == []


def test_cancel_all_asks_the_operations_of_a_window_to_stop(qtbot: QtBot, widget: QWidget) -> None:
    child = QWidget(widget)
    lane = Lane()

    def work(_progress: Progress, cancel: threading.Event) -> bool:
        return cancel.wait(WAIT_MS / 1000)

    stopped: list[bool] = []
    Operation(child, work, action="wait").success(stopped.append).run_in_background(lane)
    operations.cancel_all(within=widget)
    qtbot.waitUntil(lambda: stopped == [True], timeout=WAIT_MS)


def test_every_cancellation_of_the_services_is_the_one_cancelled_error() -> None:
    for error in (ImportCancelled(), PrintCancelled(), SchedulingCancelled()):
        assert isinstance(error, Cancelled) and isinstance(error, PimapError)
    assert str(ImportCancelled()) == "The import was cancelled; nothing was written."
    assert str(PrintCancelled()) == "Cancelled; no file was written."
