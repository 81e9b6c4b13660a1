"""The people import wizard: choose a file, match its columns, settle look-alike
organisations, check every row's verdict, import. Nothing is written before the last step,
and the import is one transaction (and one undo step).

Reading the file, the checks (dry runs) and the import run off the GUI thread, with progress
(and Cancel where the service takes it); only the newest outcome is shown, and only while its
page is the one shown."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.words import error_text, say
from pimap_desktop.services.importing.headers import Field, guess_mapping
from pimap_desktop.services.importing.people import ImportReport, import_people
from pimap_desktop.services.importing.reading import SourceTable, read_table
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database

IGNORE = ""
PREVIEW_ROWS = 8
CHECK_DELAY_MS = 300  # a check quicker than this shows no progress dialog
NO_LOOKALIKES = QT_TRANSLATE_NOOP(
    "OrganisationsPage", "No look-alikes: every organisation is either known exactly or new."
)
VERDICT_COLOURS = {
    "create": "#e3f4e1",
    "update": "#e3eefb",
    "unchanged": "#f2f2f2",
    "skipped": "#fde2e1",
}
VERDICT_WORDS = {
    "create": QT_TRANSLATE_NOOP("CheckPage", "new"),
    "update": QT_TRANSLATE_NOOP("CheckPage", "update"),
    "unchanged": QT_TRANSLATE_NOOP("CheckPage", "unchanged"),
    "skipped": QT_TRANSLATE_NOOP("CheckPage", "skipped"),
}

Done = Callable[[ImportReport], None]  # a check's or the import's report, back on the GUI thread
Refused = Callable[[str], None]  # the message of a refusal or a cancel
Deliver = Callable[[Callable[[], None]], None]  # shows an outcome if it is still wanted


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
        self.setWindowTitle(self.tr("Import people"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.db = db
        self._imported = imported
        self.table: SourceTable | None = None
        self.report: ImportReport | None = None
        self.lane = Lane()  # one check, or the import, at a time
        self._generation = 0  # bumped by every check asked for and every page left
        self._pending: tuple[int, QWizardPage, Callable[[Deliver], Operation[Any]]] | None = None
        self.file_page = FilePage(self, mission_id)
        self.mapping_page = MappingPage(self)
        self.organisations_page = OrganisationsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.organisations_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(900, 640)

    # ------------------------------------------------------------------ shared state

    def mission_id(self) -> uuid.UUID | None:
        return self.file_page.mission_id()

    def mapping(self) -> dict[int, Field]:
        return self.mapping_page.mapping()

    def choices(self) -> dict[str, uuid.UUID | None]:
        return self.organisations_page.choices()

    def busy(self) -> bool:
        """True while a check or the import runs."""
        return self.lane.busy()

    def _operation(self, *, dry_run: bool, done: Done, refused: Refused) -> Operation[ImportReport]:
        """The import (or, ``dry_run``, the check) of the table as the pages say now: ``done``
        gets the report, ``refused`` the message of a refusal or of a cancel."""
        table = self.table
        assert table is not None
        db, mapping, mission_id, choices = (
            self.db,
            self.mapping(),
            self.mission_id(),
            self.choices(),
        )

        def work(progress: Progress, cancel: threading.Event) -> ImportReport:
            with db.session() as session:  # this thread's own session
                return import_people(
                    session,
                    table,
                    mapping,
                    mission_id=mission_id,
                    dry_run=dry_run,
                    organisation_choices=choices,
                    progress=progress,
                    cancel=cancel,
                )

        action = arg(self.tr("check %1") if dry_run else self.tr("import %1"), table.name)

        def failed(exc: Exception) -> None:
            if isinstance(exc, PimapError):  # a refusal, or Cancel: said on the page
                refused(error_text(exc))
            else:
                report_error(self, exc, action=action)

        return (
            Operation(self, work, action=action)
            .with_progress(
                arg(self.tr("Checking %1…") if dry_run else self.tr("Importing %1…"), table.name),
                title=self.tr("Import people"),
                delay_ms=CHECK_DELAY_MS if dry_run else 0,
            )
            .success(done)
            .failure(failed)
        )

    def check(self, page: QWizardPage, done: Done, refused: Refused) -> None:
        """A dry run for ``page``."""
        self.latest(
            page,
            lambda deliver: self._operation(
                dry_run=True,
                done=lambda report: deliver(lambda: done(report)),
                refused=lambda message: deliver(lambda: refused(message)),
            ),
        )

    def latest(self, page: QWizardPage, make: Callable[[Deliver], Operation[Any]]) -> None:
        """Run the operation ``make(deliver)`` builds for ``page`` (reading the file, a check):
        one under way is cancelled and this one follows it; ``deliver`` shows an outcome only if
        it is the newest asked for and its page is still the one shown."""
        self._generation += 1
        self._pending = (self._generation, page, make)
        if self.lane.busy():
            self.lane.cancel()  # the pending one starts once this has stopped
        else:
            self._start_pending()

    def forget_checks(self) -> None:
        """The page was left (or the file cleared): what runs for it is cancelled and its
        outcome ignored."""
        self._generation += 1
        self._pending = None
        self.lane.cancel()

    def _start_pending(self) -> None:
        if self._pending is None:
            return
        generation, page, make = self._pending
        self._pending = None

        def deliver(outcome: Callable[[], None]) -> None:
            if generation == self._generation and self.currentPage() is page:
                outcome()
                page.completeChanged.emit()

        (
            make(deliver)
            .after(self._start_pending)
            .after(page.completeChanged.emit)
            .run_in_background(self.lane)
        )

    def accept(self) -> None:
        """The Import button: write it all, in one transaction, off the GUI thread."""
        table = self.table
        if table is None or self.busy():
            return
        mapping, choices, mission_id = self.mapping(), self.choices(), self.mission_id()

        def imported(report: ImportReport) -> None:
            self.report = report
            self._imported(report, table, mapping, choices, mission_id)
            QWizard.accept(self)

        page = self.check_page
        (
            self._operation(dry_run=False, done=imported, refused=page.show_error)
            .after(page.completeChanged.emit)
            .run_in_background(self.lane)
        )
        page.completeChanged.emit()

    def reject(self) -> None:
        self.forget_checks()  # a dry run holds the database's write lock: stop it
        super().reject()


def _field_label(value: str) -> str:
    """A field's name in the interface's language."""
    try:
        return say(Field(value).words)
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
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV file (UTF-8, Windows-1252 or Latin-1; comma, semicolon or tab) or an "
                "Excel workbook (.xlsx). Nothing is written until the last step."
            )
        )
        self.path = QLineEdit()
        self.loaded_path: Path | None = None  # the file ``wizard.table`` was read from
        self.path.setPlaceholderText(self.tr("the file to import"))
        self.path.editingFinished.connect(self.load)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.mission = QComboBox()
        self.mission.addItem(self.tr("Directory only (no mission)"), "")
        self.mission_names: dict[str, str] = {}  # "PW2027 — Photonics West 2027", by id
        with wizard.db.session() as session:
            for mission in sorted(missions_svc.list_missions(session), key=lambda r: r.start_date):
                name = f"{mission.code} — {mission.name}"
                self.mission_names[str(mission.id)] = name
                self.mission.addItem(arg(self.tr("Register in %1"), name), str(mission.id))
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
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.addRow(self.tr("&Mission"), self.mission)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def mission_id(self) -> uuid.UUID | None:
        data = self.mission.currentData()
        return uuid.UUID(data) if data else None

    def _browse(self) -> None:
        chosen = dialogs.ask_open_path(
            self,
            self.tr("Import people"),
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"),
            key="people-imports",
        )
        if chosen is not None:
            self.path.setText(str(chosen))
            self.load()

    def _sheet_changed(self) -> None:
        if self.sheet.isEnabled() and self.sheet.signalsBlocked() is False:
            self.load(sheet=self.sheet.currentText() or None)

    def load(self, sheet: str | None = None) -> None:
        """Read the file now (off the GUI thread: a large workbook takes seconds), so that a bad
        one is refused on this page."""
        text = self.path.text().strip()
        path = Path(text).expanduser()
        if sheet is None and self.wiz.table is not None and path == self.loaded_path:
            return  # the field left unchanged (it says so on losing the focus): read already
        self.wiz.table, self.loaded_path = None, None
        self.error.hide()
        self.info.clear()
        if not text:
            self.wiz.forget_checks()
            self.completeChanged.emit()
            return
        self.info.setText(arg(self.tr("Reading %1…"), path.name))

        def read(_progress: Progress, _cancel: threading.Event) -> SourceTable:
            return read_table(path, sheet=sheet)

        def make(deliver: Deliver) -> Operation[SourceTable]:
            return (
                Operation(self.wiz, read, action=arg(self.tr("read %1"), path.name))
                .with_progress(
                    arg(self.tr("Reading %1…"), path.name),
                    title=self.tr("Import people"),
                    cancellable=False,
                    delay_ms=CHECK_DELAY_MS,
                )
                .success(lambda table: deliver(lambda: self._loaded(path, table)))
                .failure(lambda exc: deliver(lambda: self._refused(path, exc)))
            )

        self.wiz.latest(self, make)
        self.completeChanged.emit()

    def _loaded(self, path: Path, table: SourceTable) -> None:
        self.wiz.table, self.loaded_path = table, path
        self._describe(table)

    def _refused(self, path: Path, exc: Exception) -> None:
        self.info.clear()
        if not isinstance(exc, PimapError):
            report_error(self, exc, action=arg(self.tr("read %1"), path.name))
            return
        self.error.setText(error_text(exc))
        self.error.show()

    def _describe(self, table: SourceTable) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(bool(table.sheets))
        self.sheet.blockSignals(False)
        separated = {
            ";": self.tr("read as %1, semicolon-separated"),
            "\t": self.tr("read as %1, tab-separated"),
        }.get(table.delimiter or ",", self.tr("read as %1, comma-separated"))
        how = (
            arg(self.tr("sheet “%1”"), table.sheet)
            if table.sheet
            else arg(separated, table.encoding)
        )
        self.info.setText(
            arg(
                self.tr("<b>%1</b>: %2; header on row %3; %4, %5."),
                table.name,
                how,
                table.header_row,
                self.tr("%n data row(s)", "", len(table.rows)),
                self.tr("%n column(s)", "", len(table.headers)),
            )
        )

    def isComplete(self) -> bool:
        return self.wiz.table is not None and not self.wiz.busy()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "What each column of the file holds. PIMAP recognised what it could; correct it "
                "where needed. An e-mail and a last (or full) name are required."
            )
        )
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Means")]
        )
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
        layout.addWidget(
            QLabel(arg(self.tr("The first %1 rows, as they will be read:"), PREVIEW_ROWS))
        )
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        guessed = guess_mapping(table.headers)
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for index, title in enumerate(table.headers):
            self.columns.setItem(
                index, 0, QTableWidgetItem(title or arg(self.tr("(column %1)"), index + 1))
            )
            examples = [
                r.values[index] for r in table.rows[:5] if index < len(r.values) and r.values[index]
            ]
            self.columns.setItem(index, 1, QTableWidgetItem(", ".join(examples[:3])))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for fld in Field:
                combo.addItem(say(fld.words), fld.value)
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
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), *[say(mapped[i].words) for i in used]]
        )
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
            problem = arg(
                self.tr("Two columns mean the same: %1."),
                ", ".join(sorted(say(f.words) for f in duplicates)),
            )
        elif Field.EMAIL not in mapped:
            problem = self.tr(
                "Choose the column that holds the e-mail: it is how PIMAP recognises a person."
            )
        elif Field.LAST_NAME not in mapped and Field.FULL_NAME not in mapped:
            problem = self.tr("Choose the column with the last name (or the full name).")
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
        self.setTitle(self.tr("Organisations that look alike"))
        self.setSubTitle(
            self.tr(
                "These organisation names of the file are close to organisations already in "
                "the directory. Choose whether each is one of them or a new one."
            )
        )
        self.form = QFormLayout()
        self.none = QLabel(self.tr(NO_LOOKALIKES))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.none)
        layout.addStretch(1)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        self.none.setText(self.tr("Looking for organisations that look alike…"))
        self.none.show()
        self.wiz.check(self, self._checked, self.none.setText)

    def _checked(self, report: ImportReport) -> None:
        for near in report.near_matches:
            combo = QComboBox()
            combo.addItem(self.tr("A new organisation"), "")
            for oid, name in near.similar:
                combo.addItem(arg(self.tr("The same as “%1”"), name), str(oid))
            # "New" unless chosen: one careless click must not merge two companies (and the
            # command line, which cannot ask, does the same).
            combo.setCurrentIndex(0)
            self.form.addRow(f"“{near.name}”", combo)
            self.combos[near.name] = combo
        self.none.setText(self.tr(NO_LOOKALIKES))
        self.none.setVisible(not report.near_matches)

    def isComplete(self) -> bool:
        return not self.wiz.busy()

    def choices(self) -> dict[str, uuid.UUID | None]:
        return {
            name: (uuid.UUID(c.currentData()) if c.currentData() else None)
            for name, c in self.combos.items()
        }

    def cleanupPage(self) -> None:
        self.wiz.forget_checks()
        self.combos = {}


class CheckPage(QWizardPage):
    """The verdict of every row, from a dry run; Import writes exactly this."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CheckPage", "Row"),
        QT_TRANSLATE_NOOP("CheckPage", "Verdict"),
        QT_TRANSLATE_NOOP("CheckPage", "Name"),
        QT_TRANSLATE_NOOP("CheckPage", "E-mail"),
        QT_TRANSLATE_NOOP("CheckPage", "Organisation"),
        QT_TRANSLATE_NOOP("CheckPage", "What happens"),
    )

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, len(self.COLUMNS))
        self.rows.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
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
        self.report = None
        self.rows.setRowCount(0)
        self.summary.setText(self.tr("Checking every row…"))
        self.wiz.check(self, self._checked, self._refused)

    def cleanupPage(self) -> None:
        self.wiz.forget_checks()
        super().cleanupPage()

    def _refused(self, message: str) -> None:
        self.report = None
        self.summary.setText("")
        self.show_error(message)

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        counts = (
            arg(
                self.tr("%1 new, %2 to update, %3 unchanged, %4 skipped"),
                report.created,
                report.updated,
                report.unchanged,
                report.skipped,
            )
            if report.skipped
            else arg(
                self.tr("%1 new, %2 to update, %3 unchanged"),
                report.created,
                report.updated,
                report.unchanged,
            )
        )
        mission_id = self.wiz.mission_id()
        mission = self.wiz.file_page.mission_names.get(str(mission_id), "") if mission_id else ""
        self.summary.setText(
            f"<b>{counts}.</b> "
            + (
                arg(self.tr("%1 to register (%2)."), report.registered, mission) + " "
                if report.registered
                else ""
            )
            + (
                self.tr(
                    "%n row(s) with problems will not be imported; fix them in the file and "
                    "import it again (the others are not duplicated).",
                    "",
                    report.skipped,
                )
                + " "
                if report.skipped
                else ""
            )
            + self.tr("Nothing is written until you press Import.")
        )
        self.rows.setRowCount(len(report.rows))
        for r, verdict in enumerate(report.rows):
            what = (
                "; ".join(
                    arg(self.tr("%1: %2"), _field_label(p.field), say(p.words))
                    for p in verdict.problems
                )
                if verdict.problems
                else "; ".join(map(say, verdict.changes))
            )
            cells = (
                str(verdict.row),
                self.tr(VERDICT_WORDS[verdict.action]),
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
        report = self.report
        return not self.wiz.busy() and report is not None and (report.created + report.updated) > 0
