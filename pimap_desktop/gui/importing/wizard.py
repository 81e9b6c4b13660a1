"""The people import wizard: choose a file, match its columns, settle look-alike
organisations, check every row's verdict, import. Nothing is written before the last step,
and the import is one transaction (and one undo step)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pimap_desktop.db import Database
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.services import missions as missions_svc
from pimap_desktop.services.importing.headers import Field, guess_mapping
from pimap_desktop.services.importing.people import ImportReport, import_people
from pimap_desktop.services.importing.reading import SourceTable, read_table
from pimap_desktop.text import plural

IGNORE = ""
PREVIEW_ROWS = 8
VERDICT_COLOURS = {
    "create": "#e3f4e1",
    "update": "#e3eefb",
    "unchanged": "#f2f2f2",
    "skipped": "#fde2e1",
}
VERDICT_WORDS = {
    "create": "new",
    "update": "update",
    "unchanged": "unchanged",
    "skipped": "skipped",
}


class ImportWizard(QWizard):
    """Import people into the directory, and optionally register them in a mission.

    ``imported`` is called with the report once the import is written.
    """

    def __init__(
        self,
        db: Database,
        imported: Callable[
            [
                ImportReport,
                SourceTable,
                dict[int, Field],
                dict[str, uuid.UUID | None],
                uuid.UUID | None,
            ],
            None,
        ],
        *,
        mission_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import people")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.db = db
        self._imported = imported
        self.table: SourceTable | None = None
        self.report: ImportReport | None = None
        self.file_page = FilePage(self, mission_id)
        self.mapping_page = MappingPage(self)
        self.organisations_page = OrganisationsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.organisations_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Import")
        self.resize(900, 640)

    # ------------------------------------------------------------------ shared state

    def mission_id(self) -> uuid.UUID | None:
        return self.file_page.mission_id()

    def mapping(self) -> dict[int, Field]:
        return self.mapping_page.mapping()

    def choices(self) -> dict[str, uuid.UUID | None]:
        return self.organisations_page.choices()

    def run(self, *, dry_run: bool) -> ImportReport:
        assert self.table is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.session() as session:
                return import_people(
                    session,
                    self.table,
                    self.mapping(),
                    mission_id=self.mission_id(),
                    dry_run=dry_run,
                    organisation_choices=self.choices(),
                )
        finally:
            QGuiApplication.restoreOverrideCursor()

    def accept(self) -> None:
        """The Import button: write it all, in one transaction."""
        try:
            report = self.run(dry_run=False)
        except PimapError as exc:
            self.check_page.show_error(str(exc))
            return
        assert self.table is not None
        self.report = report
        self._imported(report, self.table, self.mapping(), self.choices(), self.mission_id())
        super().accept()


def _field_label(value: str) -> str:
    try:
        return Field(value).label
    except ValueError:
        return value


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, mission_id: uuid.UUID | None) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Choose the file")
        self.setSubTitle(
            "A CSV file (UTF-8, Windows-1252 or Latin-1; comma, semicolon or tab) or an Excel "
            "workbook (.xlsx). Nothing is written until the last step."
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText("the file to import")
        self.path.editingFinished.connect(self.load)
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.mission = QComboBox()
        self.mission.addItem("Directory only (no mission)", "")
        with wizard.db.session() as session:
            for mission in sorted(missions_svc.list_missions(session), key=lambda r: r.start_date):
                self.mission.addItem(
                    f"Register in {mission.code} — {mission.name}", str(mission.id)
                )
        if mission_id is not None:
            self.mission.setCurrentIndex(max(self.mission.findData(str(mission_id)), 0))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        # The file's row holds a layout, which a form cannot make the buddy of its label: the
        # label is made here with the line edit as its buddy, or "&File" shows its ampersand.
        file_label = QLabel("&File")
        file_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow("&Sheet", self.sheet)
        form.addRow("&Mission", self.mission)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def mission_id(self) -> uuid.UUID | None:
        data = self.mission.currentData()
        return uuid.UUID(data) if data else None

    def _ask_open_path(self) -> str:
        """The file dialog (a boundary that tests replace)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            "Import people",
            str(Path.home()),
            "Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)",
        )
        return path

    def _browse(self) -> None:
        chosen = self._ask_open_path()
        if chosen:
            self.path.setText(chosen)
            self.load()

    def _sheet_changed(self) -> None:
        if self.sheet.isEnabled() and self.sheet.signalsBlocked() is False:
            self.load(sheet=self.sheet.currentText() or None)

    def load(self, sheet: str | None = None) -> None:
        """Read the file now, so that a bad one is refused on this page."""
        text = self.path.text().strip()
        self.wiz.table = None
        self.error.hide()
        self.info.clear()
        if text:
            try:
                table = read_table(Path(text).expanduser(), sheet=sheet)
            except PimapError as exc:
                self.error.setText(str(exc))
                self.error.show()
            else:
                self.wiz.table = table
                self._describe(table)
        self.completeChanged.emit()

    def _describe(self, table: SourceTable) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(bool(table.sheets))
        self.sheet.blockSignals(False)
        how = (
            f"sheet “{table.sheet}”"
            if table.sheet
            else f"read as {table.encoding}, "
            + {",": "comma", ";": "semicolon", "\t": "tab"}.get(table.delimiter or ",", "comma")
            + "-separated"
        )
        self.info.setText(
            f"<b>{table.name}</b>: {how}; header on row {table.header_row}; "
            f"{plural(len(table.rows), 'data row')}, {plural(len(table.headers), 'column')}."
        )

    def isComplete(self) -> bool:
        return self.wiz.table is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Match the columns")
        self.setSubTitle(
            "What each column of the file holds. PIMAP recognised what it could; correct it "
            "where needed. An e-mail and a last (or full) name are required."
        )
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(["Column in the file", "Examples", "Means"])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.preview = QTableWidget()
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.error = _error_label()
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(f"The first {PREVIEW_ROWS} rows, as they will be read:"))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        guessed = guess_mapping(table.headers)
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for index, title in enumerate(table.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(title or f"(column {index + 1})"))
            examples = [
                r.values[index] for r in table.rows[:5] if index < len(r.values) and r.values[index]
            ]
            self.columns.setItem(index, 1, QTableWidgetItem(", ".join(examples[:3])))
            combo = QComboBox()
            combo.addItem("(not imported)", IGNORE)
            for fld in Field:
                combo.addItem(fld.label, fld.value)
            if index in guessed:
                combo.setCurrentIndex(combo.findData(guessed[index].value))
            combo.currentIndexChanged.connect(self._refresh_preview)
            self.columns.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self._refresh_preview()

    def mapping(self) -> dict[int, Field]:
        return {i: Field(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}

    def _refresh_preview(self) -> None:
        table = self.wiz.table
        if table is None:
            return
        mapped = self.mapping()
        used = sorted(mapped)
        self.preview.clear()
        self.preview.setColumnCount(len(used) + 1)
        self.preview.setHorizontalHeaderLabels(["Row", *[mapped[i].label for i in used]])
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.preview.setItem(r, 0, QTableWidgetItem(str(row.number)))
            for c, index in enumerate(used, start=1):
                value = row.values[index] if index < len(row.values) else ""
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.error.hide()

    def validatePage(self) -> bool:
        mapped = list(self.mapping().values())
        duplicates = {f for f in mapped if mapped.count(f) > 1}
        problem = ""
        if duplicates:
            problem = (
                "Two columns mean the same: " + ", ".join(sorted(f.label for f in duplicates)) + "."
            )
        elif Field.EMAIL not in mapped:
            problem = (
                "Choose the column that holds the e-mail: it is how PIMAP recognises a person."
            )
        elif Field.LAST_NAME not in mapped and Field.FULL_NAME not in mapped:
            problem = "Choose the column with the last name (or the full name)."
        if problem:
            self.error.setText(problem)
            self.error.show()
            return False
        return True


class OrganisationsPage(QWizardPage):
    """Organisation names of the file that resemble existing ones: same or new?"""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Organisations that look alike")
        self.setSubTitle(
            "These organisation names of the file are close to organisations already in the "
            "directory. Choose whether each is one of them or a new one."
        )
        self.form = QFormLayout()
        self.none = QLabel("No look-alikes: every organisation is either known exactly or new.")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.none)
        layout.addStretch(1)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        try:
            report = self.wiz.run(dry_run=True)
        except PimapError as exc:
            self.none.setText(str(exc))
            return
        for near in report.near_matches:
            combo = QComboBox()
            combo.addItem("A new organisation", "")
            for oid, name in near.similar:
                combo.addItem(f"The same as “{name}”", str(oid))
            # "New" unless chosen: one careless click must not merge two companies (and the
            # command line, which cannot ask, does the same).
            combo.setCurrentIndex(0)
            self.form.addRow(f"“{near.name}”", combo)
            self.combos[near.name] = combo
        self.none.setVisible(not report.near_matches)

    def choices(self) -> dict[str, uuid.UUID | None]:
        return {
            name: (uuid.UUID(c.currentData()) if c.currentData() else None)
            for name, c in self.combos.items()
        }

    def cleanupPage(self) -> None:
        self.combos = {}


class CheckPage(QWizardPage):
    """The verdict of every row, from a dry run; Import writes exactly this."""

    COLUMNS = ("Row", "Verdict", "Name", "E-mail", "Organisation", "What happens")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Check before importing")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, len(self.COLUMNS))
        self.rows.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(True)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.error)
        self.report: ImportReport | None = None

    def initializePage(self) -> None:
        self.error.hide()
        try:
            self.report = self.wiz.run(dry_run=True)
        except PimapError as exc:
            self.report = None
            self.summary.setText("")
            self.show_error(str(exc))
            return
        report = self.report
        counts = (
            f"{report.created} new, {report.updated} to update, {report.unchanged} unchanged"
            + (f", {report.skipped} skipped" if report.skipped else "")
        )
        mission = self.wiz.file_page.mission.currentText() if self.wiz.mission_id() else ""
        self.summary.setText(
            f"<b>{counts}.</b> "
            + (
                f"{report.registered} to register ({mission.removeprefix('Register in ')}). "
                if report.registered
                else ""
            )
            + (
                f"{plural(report.skipped, 'row')} with problems will not be imported; fix them in "
                "the file and import it again (the others are not duplicated). "
                if report.skipped
                else ""
            )
            + "Nothing is written until you press Import."
        )
        self.rows.setRowCount(len(report.rows))
        for r, verdict in enumerate(report.rows):
            what = (
                "; ".join(f"{_field_label(p.field)}: {p.message}" for p in verdict.problems)
                if verdict.problems
                else "; ".join(verdict.changes)
            )
            cells = (
                str(verdict.row),
                VERDICT_WORDS[verdict.action],
                verdict.name,
                verdict.email,
                verdict.organisation,
                what,
            )
            colour = QBrush(QColor(VERDICT_COLOURS[verdict.action]))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setBackground(colour)
                if verdict.problems and c == 5:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        self.rows.horizontalHeader().setStretchLastSection(True)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def isComplete(self) -> bool:
        return self.report is not None and (self.report.created + self.report.updated) > 0
