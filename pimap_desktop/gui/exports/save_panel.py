"""Saving a document: where to (a file, or a folder for one file per person), writing it in a
worker with progress and Cancel, and the bar that says what was written with "Open file" and
"Open folder"."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.db import Database
from pimap_desktop.gui import workers
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.exports import desktop
from pimap_desktop.services.printing.common import DocumentReport, PrintCancelled
from pimap_desktop.services.printing.registry import ExportRequest, produce, suggested_name
from pimap_desktop.text import plural

DONE_STYLE = (
    "QFrame#resultBar { background: #ecfdf5; border: 1px solid #a7f3d0; border-radius: 4px; }"
)
CANCELLED_STYLE = (
    "QFrame#resultBar { background: #f8fafc; border: 1px solid #cbd5e1; border-radius: 4px; }"
)


def describe(report: DocumentReport, out: Path) -> str:
    """One line on what was written, and where."""
    if report.document == "ics":
        what = plural(report.items, "event")
    else:
        what = plural(report.pages, "page")
    if len(report.paths) > 1:
        text = f"Wrote {len(report.paths)} files ({what}) to {out}"
    else:
        text = f"Wrote {what} to {report.paths[0] if report.paths else out}"
    if report.skipped:
        text += f". Left out: {'; '.join(report.skipped[:3])}"
        if len(report.skipped) > 3:
            text += f" and {len(report.skipped) - 3} more"
    return text + "."


class SavePanel(QWidget):
    """The "Save…" button, why it cannot save yet, and what the last save wrote.

    Emits ``message`` with a line for the status bar and ``written`` with the request once its
    document is on disk."""

    message = Signal(str)
    written = Signal(object)  # ExportRequest

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        start: Callable[[workers.Task], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.start = start
        self.export_task: workers.Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_report: DocumentReport | None = None
        self.last_out: Path | None = None

        self.save_button = QPushButton("Save…")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(32)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b45309;")
        self.hint.hide()

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton("Open folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton("Open file")
        self.open_file_button.clicked.connect(self.open_file)
        self.result_bar = QFrame()
        self.result_bar.setObjectName("resultBar")
        self.result_bar.setStyleSheet(DONE_STYLE)
        result_layout = QVBoxLayout(self.result_bar)
        result_layout.addWidget(self.result_label)
        result_buttons = QHBoxLayout()
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.open_folder_button)
        result_buttons.addWidget(self.open_file_button)
        result_layout.addLayout(result_buttons)
        self.result_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result_bar)

    def show_hint(self, text: str) -> None:
        """Why "Save" did nothing; gone once the request can be made."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def save(self, request: ExportRequest, code: str, person: str = "") -> None:
        """Ask where, then write the document in a worker (``person``: the one it is for)."""
        if self.export_task is not None:
            return
        out = self._ask_target(request, code, person)
        if out is None:
            return
        db = self.db

        def work(progress: workers.Progress, cancel: threading.Event) -> DocumentReport:
            with db.session() as session:
                return produce(session, request, out, record=True, progress=progress, cancel=cancel)

        spec = request.document
        dialog = QProgressDialog(f"Writing {spec.label.lower()}…", "Cancel", 0, 0, self)
        dialog.setWindowTitle("Print and export")
        dialog.setMinimumDuration(300)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        self.progress_dialog = dialog
        task = workers.Task(work)
        dialog.canceled.connect(task.cancel.set)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda report: self._saved(request, out, report))
        task.signals.failed.connect(lambda exc: self._save_failed(request, exc))
        self.export_task = task
        self.last_out = out
        self.result_bar.hide()
        self.save_button.setEnabled(False)
        self.start(task)

    def _ask_target(self, request: ExportRequest, code: str, person: str) -> Path | None:
        """Where to write: a file (or a folder for one file per person); remembers the folder."""
        spec = request.document
        folder = str(self.settings.value("exports/folder", "") or Path.home())
        if request.to_folder:
            title = f"Choose where to put the {spec.label.lower()}"
            chosen = desktop.ask_folder(self, title, folder)
            if not chosen:
                return None
            self.settings.setValue("exports/folder", chosen)
            return Path(chosen) / suggested_name(code, spec, person, folder=True)
        name = suggested_name(code, spec, person)
        filters = "Calendar (*.ics)" if spec.is_calendar else "PDF document (*.pdf)"
        chosen = desktop.ask_save_path(
            self, f"Save {spec.label.lower()}", str(Path(folder) / name), filters
        )
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != spec.suffix:
            out = out.with_name(out.name + spec.suffix)
        self.settings.setValue("exports/folder", str(out.parent))
        return out

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self.export_task = None
        self.save_button.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _saved(self, request: ExportRequest, out: Path, report: object) -> None:
        self._finish()
        if not isinstance(report, DocumentReport):
            return
        self.last_report = report
        text = describe(report, out)
        self.result_label.setText(text)
        self.open_file_button.setVisible(len(report.paths) == 1)
        self.result_bar.setStyleSheet(DONE_STYLE)
        self.open_folder_button.show()
        self.result_bar.show()
        self.message.emit(text)
        self.written.emit(request)

    def _save_failed(self, request: ExportRequest, exc: object) -> None:
        self._finish()
        if isinstance(exc, PrintCancelled):
            self.last_report = None
            self.result_label.setText(str(exc))
            self.result_bar.setStyleSheet(CANCELLED_STYLE)
            self.open_folder_button.hide()
            self.open_file_button.hide()
            self.result_bar.show()
            self.message.emit(str(exc))
            return
        if isinstance(exc, Exception):
            report_error(self, exc, action=f"write the {request.document.label.lower()}")

    def result_folder(self) -> Path | None:
        report, out = self.last_report, self.last_out
        if report is None or out is None:
            return None
        if len(report.paths) == 1:
            return report.paths[0].parent
        return out if out.suffix == "" else out.parent

    def open_folder(self) -> None:
        folder = self.result_folder()
        if folder is not None:
            desktop.open_url(QUrl.fromLocalFile(str(folder)))

    def open_file(self) -> None:
        if self.last_report is not None and len(self.last_report.paths) == 1:
            desktop.open_url(QUrl.fromLocalFile(str(self.last_report.paths[0])))
