"""Returned wish forms: what each file gives and every problem with its file and row, before
anything is written; Import then reads them all in one transaction (one undo step)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.b2b.session_dialog import ERROR_STYLE, NOTE_STYLE
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.b2b.wishes import WishImportReport, import_wishes
from pimap_desktop.store.database import Database


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class WishesImportDialog(QDialog):
    """A dry run of the chosen forms shown; Import makes it real. ``imported`` holds the
    report (with its undo) afterwards."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        paths: Sequence[Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.mission_id, self.paths = db, mission_id, list(paths)
        self.preview: WishImportReport | None = None
        self.imported: WishImportReport | None = None
        self.setWindowTitle(self.tr("Import wish forms"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        try:
            with db.session() as session:
                self.preview = import_wishes(session, mission_id, self.paths, dry_run=True)
        except PimapError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.import_button.setEnabled(False)
            layout.addWidget(self.error)
            layout.addWidget(buttons)
            return
        preview = self.preview
        self.summary.setText(preview.describe().replace("would be ", "") + ".")
        self.files = _table(
            [
                self.tr("File"),
                self.tr("Participant"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Unchanged"),
                self.tr("Availability"),
                "",
            ],
            [
                (
                    Path(f.file).name,
                    f.email,
                    str(f.created),
                    str(f.updated),
                    str(f.unchanged),
                    str(f.availability),
                    "" if f.imported else self.tr("refused"),
                )
                for f in preview.files
            ],
        )
        self.problems = _table(
            [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
            [
                (
                    Path(p.file).name,
                    str(p.row) if p.row else self.tr("whole file"),
                    p.field,
                    p.message,
                )
                for p in preview.problems
            ],
        )
        layout.addWidget(QLabel("<b>" + self.tr("Files") + "</b>"))
        layout.addWidget(self.files, 1)
        heading = QLabel(
            arg(
                self.tr("<b>Problems (%1)</b> — these rows are left out; the rest is imported"),
                len(preview.problems),
            )
            if preview.problems
            else "<b>" + self.tr("No problems") + "</b>"
        )
        layout.addWidget(heading)
        layout.addWidget(self.problems, 1)
        self.problems.setVisible(bool(preview.problems))
        note = QLabel(
            self.tr("Nothing is written until you import; one Undo takes the import back.")
        )
        note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        changes = preview.created + preview.updated + preview.availability
        self.import_button.setText(self.tr("Import") if changes else self.tr("Nothing to import"))
        self.import_button.setEnabled(bool(changes))
        self.resize(900, 560)

    def accept(self) -> None:
        try:
            with self.db.session() as session:
                self.imported = import_wishes(session, self.mission_id, self.paths)
        except PimapError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
