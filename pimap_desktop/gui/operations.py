"""Long GUI actions, run one way (in the spirit of Anki's ``CollectionOp``).

A page builds an ``Operation`` with the widget it belongs to, the work and what it does, says
what to do with the outcome, and starts it::

    Operation(self, work, action=self.tr("write the report"))
        .with_progress(self.tr("Writing the report…"), cancellable=True)
        .disabling(self.export_button)
        .success(self._written)
        .run_in_background(self.lane)

``work(progress, cancel)`` runs on the global thread pool and must open its own database
session (a Session is not shared between threads); services take the two as their
``progress`` and ``cancel`` arguments. Everything else runs back on the GUI thread: the
progress dialog (Cancel sets ``cancel``), then ``after`` hooks, then the undo step and
``success``, or ``failure`` (by default ``report_error``, the one way errors reach a person).
A ``Cancelled`` error goes to the ``cancelled`` hook when one is given, else it is reported like
any other. The operation belongs to its widget: once the widget is gone, a late outcome is
delivered to nobody. A ``Lane`` runs one operation at a time (a page's, or a part's).
``action``, the progress label and title come translated.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from pimap_desktop.domain.errors import Cancelled, PimapError
from pimap_desktop.gui.errors import report_error

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
Work = Callable[[Progress, threading.Event], T]

# Started and not yet delivered, by token: kept from the collector, and found again by the bus.
_live: dict[int, Operation[Any]] = {}
_tokens = itertools.count(1)


class _Bus(QObject):
    """Carries every outcome from the worker threads to the GUI thread (queued signals to the
    one object that lives there for good: no per-run QObject is ever deleted off its thread)."""

    progress = Signal(int, int, int)  # token, done, total
    finished = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, exception

    def __init__(self) -> None:
        super().__init__()
        self.progress.connect(self._progressed)
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)

    @Slot(int, int, int)
    def _progressed(self, token: int, done: int, total: int) -> None:
        if (operation := _live.get(token)) is not None:
            operation._progressed(done, total)

    @Slot(int, object)
    def _finished(self, token: int, result: object) -> None:
        if (operation := _live.get(token)) is not None:
            operation._finished(result)

    @Slot(int, object)
    def _failed(self, token: int, exc: object) -> None:
        if (operation := _live.get(token)) is not None:
            operation._failed(exc)


_bus: _Bus | None = None


def _the_bus() -> _Bus:
    global _bus
    if _bus is None:
        _bus = _Bus()  # made on the GUI thread, by the first operation started
    return _bus


class _Runnable(QRunnable):
    def __init__(
        self, token: int, work: Work[Any], cancel: threading.Event, over: threading.Event
    ) -> None:
        super().__init__()
        self.token, self.work, self.cancel = token, work, cancel
        self.over = over  # set once the work has returned or raised

    def run(self) -> None:
        bus, token = _the_bus(), self.token
        try:
            result = self.work(
                lambda done, total: bus.progress.emit(token, done, total), self.cancel
            )
        except Exception as exc:
            if isinstance(exc, PimapError):
                log.info("background work stopped: %s", type(exc).__name__)
            else:
                log.exception("background work failed")
            bus.failed.emit(token, exc)
        else:
            bus.finished.emit(token, result)
        finally:
            self.over.set()


class _Sentinel(QObject):
    """A child of the operation's widget: when the widget goes first, it takes the operation's
    delivery with it."""


class Lane:
    """At most one operation at a time: one that is started while another runs is refused."""

    def __init__(self) -> None:
        self.current: Operation[Any] | None = None

    def busy(self) -> bool:
        return self.current is not None

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()

    def wait(self, seconds: float = 10.0) -> bool:
        """Wait for the current work to end (before the database closes); True when it has."""
        return self.current is None or self.current.wait(seconds)


class Operation(Generic[T]):
    """One long action of a widget; built with chained calls, then ``run_in_background``."""

    def __init__(self, parent: QWidget, work: Work[T], *, action: str) -> None:
        self.parent = parent
        self.work = work
        self.action = action  # "write the report": what failed, in "Could not …"
        self.cancel_event = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self.lane: Lane | None = None
        self._progress_label = ""
        self._progress_title = ""
        self._cancellable = False
        self._delay_ms = 0
        self._after: list[Callable[[], None]] = []
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Exception], None] | None = None
        self._cancelled: Callable[[Cancelled], None] | None = None
        self._undo: tuple[QUndoStack, Callable[[T], QUndoCommand | None]] | None = None
        self._disabled: list[QWidget | QAction] = []
        self._shown: list[QWidget] = []
        self._over: threading.Event | None = None  # set once the work has ended
        self._token = 0
        self._sentinel: _Sentinel | None = None

    # ------------------------------------------------------------------ building

    def success(self, handler: Callable[[T], None]) -> Operation[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[Exception], None]) -> Operation[T]:
        """Instead of ``report_error``: the handler decides what the person is told."""
        self._failure = handler
        return self

    def cancelled(self, handler: Callable[[Cancelled], None]) -> Operation[T]:
        """What a ``Cancelled`` error does (without this, it is reported like any other)."""
        self._cancelled = handler
        return self

    def after(self, handler: Callable[[], None]) -> Operation[T]:
        """Runs once the work has ended, whatever the outcome, before the other handlers."""
        self._after.append(handler)
        return self

    def with_progress(
        self, label: str, *, title: str = "", cancellable: bool = True, delay_ms: int = 0
    ) -> Operation[T]:
        """A window-modal progress dialog, shown after ``delay_ms``; its Cancel button (when
        ``cancellable``) sets the work's ``cancel`` event."""
        self._progress_label, self._progress_title = label, title
        self._cancellable, self._delay_ms = cancellable, delay_ms
        return self

    def undoable(self, stack: QUndoStack, step: Callable[[T], QUndoCommand | None]) -> Operation[T]:
        """On success, push ``step(result)`` (a step already done: its first redo is skipped)
        before ``success`` runs."""
        self._undo = (stack, step)
        return self

    def disabling(self, *things: QWidget | QAction) -> Operation[T]:
        """Buttons, actions or whole pages disabled while the work runs."""
        self._disabled.extend(things)
        return self

    def showing(self, *widgets: QWidget) -> Operation[T]:
        """Widgets (a busy bar, a note) shown while the work runs."""
        self._shown.extend(widgets)
        return self

    # ------------------------------------------------------------------ running

    def run_in_background(self, lane: Lane | None = None) -> bool:
        """Start the work; False (and nothing done) while ``lane`` runs another operation."""
        if lane is not None:
            if lane.current is not None:
                return False
            lane.current = self
            self.lane = lane
        _the_bus()  # made now, on the GUI thread, before any work needs it
        self._token = token = next(_tokens)
        self._sentinel = _Sentinel(self.parent)
        self._sentinel.destroyed.connect(lambda *_: _live.pop(token, None))  # the widget went
        for thing in self._disabled:
            thing.setEnabled(False)
        for widget in self._shown:
            widget.show()
        if self._progress_label:
            self.progress_dialog = self._make_dialog()
        self._over = threading.Event()
        _live[token] = self
        QThreadPool.globalInstance().start(
            _Runnable(token, self.work, self.cancel_event, self._over)
        )
        return True

    def cancel(self) -> None:
        """Ask the work to stop; services check ``cancel`` between steps."""
        self.cancel_event.set()

    def running(self) -> bool:
        """True while the work itself has not ended (its outcome may still be on its way)."""
        return self._over is not None and not self._over.is_set()

    def wait(self, seconds: float = 10.0) -> bool:
        """Block until the work has ended (not its delivery); True when it has."""
        return self._over is None or self._over.wait(seconds)

    def _make_dialog(self) -> QProgressDialog:
        cancel_text = (
            QCoreApplication.translate("operations", "Cancel") if self._cancellable else ""
        )
        dialog = QProgressDialog(self._progress_label, cancel_text, 0, 0, self.parent)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(self._progress_title or "PIMAP Desktop")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(self._delay_ms)
        if self._cancellable:
            dialog.canceled.connect(self._cancel_pressed)
        if self._delay_ms == 0:
            dialog.show()
        else:  # a short run shows no dialog at all
            QTimer.singleShot(self._delay_ms, dialog, lambda: self._show_late(dialog))
        return dialog

    def _show_late(self, dialog: QProgressDialog) -> None:
        if self.progress_dialog is dialog and not dialog.wasCanceled():
            dialog.show()

    def _cancel_pressed(self) -> None:
        self.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(
                QCoreApplication.translate("operations", "Cancelling…")
            )

    # ------------------------------------------------------------------ the outcome

    def _progressed(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and not dialog.wasCanceled():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def _end(self) -> None:
        _live.pop(self._token, None)
        if self._sentinel is not None:
            self._sentinel.deleteLater()
            self._sentinel = None
        if self.lane is not None and self.lane.current is self:
            self.lane.current = None
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        for thing in self._disabled:
            thing.setEnabled(True)
        for widget in self._shown:
            widget.hide()
        for handler in self._after:
            handler()

    def _finished(self, result: object) -> None:
        self._end()
        value = cast(T, result)  # what ``work`` returned
        if self._undo is not None:
            stack, step = self._undo
            command = step(value)
            if command is not None:
                stack.push(command)
        if self._success is not None:
            self._success(value)

    def _failed(self, exc: object) -> None:
        self._end()
        if not isinstance(exc, Exception):
            return
        if isinstance(exc, Cancelled) and self._cancelled is not None:
            self._cancelled(exc)
        elif self._failure is not None:
            self._failure(exc)
        else:
            report_error(self.parent, exc, action=self.action)


def cancel_all(within: QWidget) -> None:
    """Ask every operation of ``within`` and its children to stop (the window closes)."""
    for operation in list(_live.values()):
        parent = operation.parent
        if parent is within or within.isAncestorOf(parent):
            operation.cancel()
