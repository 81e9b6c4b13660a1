"""Long work off the GUI thread: a callable runs on the global QThreadPool; its result or its
error comes back to the GUI thread through signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """Runs ``work(progress, cancel)`` in a worker thread.

    The work must open its own database session: a Session is not shared between threads.
    """

    def __init__(self, work: Callable[[Progress, threading.Event], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancel)
        except Exception as exc:
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
