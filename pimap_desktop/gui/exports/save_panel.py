"""Saving a document: where to (a file, or a folder for one file per person), writing it in a
worker with progress and Cancel, and the bar that says what was written with "Open file" and
"Open folder"."""

from __future__ import annotations

import threading
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

from pimap_desktop.domain.errors import Cancelled
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.exports import desktop
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.printing.choices import DocumentReport
from pimap_desktop.services.printing.registry import ExportRequest, produce, suggested_name
from pimap_desktop.store.database import Database

DONE_STYLE = (
    "QFrame#resultBar { background: #ecfdf5; border: 1px solid #a7f3d0; border-radius: 4px; }"
)
CANCELLED_STYLE = (
    "QFrame#resultBar { background: #f8fafc; border: 1px solid #cbd5e1; border-radius: 4px; }"
)


class SavedText(TranslationContext):
    """The translation context of the line on what a save wrote."""


def describe(report: DocumentReport, out: Path) -> str:
    """One line on what was written, and where."""
    if report.document == "ics":
        what = SavedText.tr("%n event(s)", "", report.items)
    else:
        what = SavedText.tr("%n page(s)", "", report.pages)
    if len(report.paths) > 1:
        text = arg(SavedText.tr("Wrote %1 files (%2) to %3"), len(report.paths), what, out)
    else:
        text = arg(SavedText.tr("Wrote %1 to %2"), what, report.paths[0] if report.paths else out)
    if report.skipped:
        text = arg(SavedText.tr("%1. Left out: %2"), text, "; ".join(report.skipped[:3]))
        if len(report.skipped) > 3:
            text = arg(SavedText.tr("%1 and %2 more"), text, len(report.skipped) - 3)
    return text + "."


class SavePanel(QWidget):
    """The "Save…" button, why it cannot save yet, and what the last save wrote.

    Emits ``message`` with a line for the status bar and ``written`` with the request once its
    document is on disk."""

    message = Signal(str)
    written = Signal(object)  # ExportRequest

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.lane = Lane()  # one document written at a time
        self.last_report: DocumentReport | None = None
        self.last_out: Path | None = None

        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(32)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b45309;")
        self.hint.hide()

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton(self.tr("Open file"))
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

    @property
    def export_task(self) -> Operation[DocumentReport] | None:
        return self.lane.current

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self.lane.current.progress_dialog if self.lane.current is not None else None

    def save(self, request: ExportRequest, code: str, person: str = "") -> None:
        """Ask where, then write the document in a worker (``person``: the one it is for)."""
        if self.lane.busy():
            return
        out = self._ask_target(request, code, person)
        if out is None:
            return
        db = self.db

        def work(progress: Progress, cancel: threading.Event) -> DocumentReport:
            with db.session() as session:
                return produce(session, request, out, record=True, progress=progress, cancel=cancel)

        spec = request.document
        self.last_out = out
        self.result_bar.hide()
        (
            Operation(self, work, action=arg(self.tr("write the %1"), spec.label.lower()))
            .with_progress(
                arg(self.tr("Writing %1…"), spec.label.lower()),
                title=self.tr("Print and export"),
                delay_ms=300,
            )
            .disabling(self.save_button)
            .success(lambda report: self._saved(request, out, report))
            .cancelled(self._cancelled)
            .run_in_background(self.lane)
        )

    def _ask_target(self, request: ExportRequest, code: str, person: str) -> Path | None:
        """Where to write: a file (or a folder for one file per person); remembers the folder."""
        spec = request.document
        if request.to_folder:
            title = arg(self.tr("Choose where to put the %1"), spec.label.lower())
            folder = dialogs.ask_folder(self, title, key="exports", settings=self.settings)
            if folder is None:
                return None
            return folder / suggested_name(code, spec, person, folder=True)
        return dialogs.ask_save_path(
            self,
            arg(self.tr("Save %1"), spec.label.lower()),
            suggested_name(code, spec, person),
            self.tr("Calendar (*.ics)") if spec.is_calendar else self.tr("PDF document (*.pdf)"),
            key="exports",
            suffixes=(spec.suffix,),
            settings=self.settings,
        )

    def _saved(self, request: ExportRequest, out: Path, report: DocumentReport) -> None:
        self.last_report = report
        text = describe(report, out)
        self.result_label.setText(text)
        self.open_file_button.setVisible(len(report.paths) == 1)
        self.result_bar.setStyleSheet(DONE_STYLE)
        self.open_folder_button.show()
        self.result_bar.show()
        self.message.emit(text)
        self.written.emit(request)

    def _cancelled(self, exc: Cancelled) -> None:
        self.last_report = None
        self.result_label.setText(error_text(exc))
        self.result_bar.setStyleSheet(CANCELLED_STYLE)
        self.open_folder_button.hide()
        self.open_file_button.hide()
        self.result_bar.show()
        self.message.emit(error_text(exc))

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
