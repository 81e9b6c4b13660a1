"""Import meeting requests or availability from a CSV or XLSX file: how the file was read,
which columns were recognised, and every row's verdict with the file's own row number, before
anything is written. Import writes the good rows in one transaction (one undo step)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.b2b.imports import (
    B2BImport,
    Kind,
    Verdict,
    recognise_columns,
    run_import,
)
from pimap_desktop.services.importing.reading import SourceTable, read_table
from pimap_desktop.store.database import Database

VERDICT_COLOURS = {
    Verdict.NEW: "#e3f4e1",
    Verdict.UPDATE: "#e3eefb",
    Verdict.UNCHANGED: "#f3f4f6",
    Verdict.SKIPPED: "#fde2e1",
}
_DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("B2BImportText", "comma-separated"),
    ";": QT_TRANSLATE_NOOP("B2BImportText", "semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("B2BImportText", "tab-separated"),
}


class B2BImportText(TranslationContext):
    """The translation context of how a requests or availability file was read."""


def kind_text(kind: Kind) -> str:
    """What a file of ``kind`` holds, in words: "meeting requests", "availability"."""
    if kind is Kind.REQUESTS:
        return B2BImportText.tr("meeting requests")
    return B2BImportText.tr("availability")


def describe_table(table: SourceTable) -> str:
    """ "requests.csv: Windows-1252, semicolon-separated, 12 rows" — how the file was read."""
    if table.sheet is not None:
        how = arg(B2BImportText.tr("sheet “%1”"), table.sheet)
    else:
        encoding = {
            "utf-8-sig": B2BImportText.tr("UTF-8 with BOM"),
            "utf-8": "UTF-8",
            "cp1252": "Windows-1252",
        }
        delimiter = _DELIMITERS.get(table.delimiter or "")
        how = arg(
            "%1, %2",
            encoding.get(table.encoding or "", table.encoding or "?"),
            B2BImportText.tr(delimiter)
            if delimiter
            else arg(B2BImportText.tr("%1-separated"), repr(table.delimiter)),
        )
    return arg(B2BImportText.tr("%1: %2, %n row(s) of data", "", len(table.rows)), table.name, how)


class B2BImportDialog(QDialog):
    """Read the file, show the dry run; OK imports. ``imported`` and ``table`` hold what was
    imported, for the undo step."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        kind: Kind,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.mission_id, self.kind, self.path = db, mission_id, kind, path
        self.table: SourceTable | None = None
        self.preview: B2BImport | None = None
        self.imported: B2BImport | None = None
        self.setWindowTitle(arg(self.tr("Import %1 — %2"), kind_text(kind), path.name))

        self.how = QLabel()
        self.how.setWordWrap(True)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.columns.setStyleSheet(NOTE_STYLE)
        self.sheet = QComboBox()
        self.sheet.currentTextChanged.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        self.counts = QLabel()
        self.counts.setStyleSheet("font-weight: bold;")
        self.rows = QTableWidget(0, 3)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Verdict"), self.tr("What happens")]
        )
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.how, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns)
        layout.addWidget(self.counts)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.error)
        note = QLabel(
            self.tr("Nothing is written until you import; one Undo takes the import back.")
        )
        note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(860, 520)
        self._load(None)

    # ------------------------------------------------------------------ reading

    def _load(self, sheet: str | None) -> None:
        self.preview = None
        try:
            self.table = read_table(self.path, sheet=sheet)
            columns = recognise_columns(self.kind, self.table.headers, self.table.name)
            with self.db.session() as session:
                self.preview = run_import(
                    session, self.mission_id, self.kind, self.table, dry_run=True
                )
        except PimapError as exc:
            self._show_error(error_text(exc))
            return
        except OSError as exc:
            self._show_error(
                arg(self.tr("Cannot read %1: %2."), self.path.name, exc.strerror or exc)
            )
            return
        table = self.table
        self.how.setText(describe_table(table))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.sheet.blockSignals(False)
        several = len(table.sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        self.columns.setText(
            arg(
                self.tr("Columns: %1"),
                "; ".join(
                    f"{column.value.replace('_', ' ')} ← “{table.headers[index]}”"
                    for column, index in sorted(columns.items(), key=lambda item: item[1])
                ),
            )
        )
        self.error.hide()
        self._show_preview()

    def _sheet_chosen(self, name: str) -> None:
        if name and self.table is not None and name != self.table.sheet:
            self._load(name)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.rows.setRowCount(0)
        self.counts.clear()
        self.import_button.setEnabled(False)

    def _show_preview(self) -> None:
        preview = self.preview
        assert preview is not None
        verdicts = preview.verdicts
        self.rows.setRowCount(len(verdicts))
        for row, verdict in enumerate(verdicts):
            brush = QBrush(QColor(VERDICT_COLOURS[verdict.verdict]))
            for column, text in enumerate((str(verdict.row), verdict.verdict.value, verdict.text)):
                item = QTableWidgetItem(text)
                item.setBackground(brush)
                item.setToolTip(text)
                self.rows.setItem(row, column, item)
        skipped = preview.count(Verdict.SKIPPED)
        self.counts.setText(
            arg(
                self.tr("%1 new, %2 to update, %3 unchanged, %4 skipped"),
                preview.count(Verdict.NEW),
                preview.count(Verdict.UPDATE),
                preview.count(Verdict.UNCHANGED),
                skipped,
            )
            + (
                " " + self.tr("(their problems are listed; the other rows are imported)")
                if skipped
                else ""
            )
        )
        writes = preview.count(Verdict.NEW) + preview.count(Verdict.UPDATE)
        self.import_button.setText(
            self.tr("Import %n row(s)", "", writes) if writes else self.tr("Nothing to import")
        )
        self.import_button.setEnabled(writes > 0)

    # ------------------------------------------------------------------ importing

    def accept(self) -> None:
        if self.table is None or self.preview is None:
            return
        try:
            with self.db.session() as session:
                self.imported = run_import(session, self.mission_id, self.kind, self.table)
        except PimapError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
