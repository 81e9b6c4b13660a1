"""The export centre: every printed document and calendar file of a mission in one place.

Pick a document, for whom (the whole mission, the people selected on the Registrations page,
or one person), its options; the first page is previewed (made in a worker for the first few
people, nothing recorded); "Save…" writes it in a worker with progress and Cancel, then offers
to open the file or its folder. A single badge is printed straight to a printer from the
Registrations page ("Reprint badge…"), counted as printed once the printer took it.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSettings, QSize, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.db import Database
from pimap_desktop.domain.errors import NotFoundError, PimapError
from pimap_desktop.gui import workers
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.exports.documents import (
    BY_KEY,
    DOCUMENTS,
    DocumentSpec,
    ExportRequest,
    Option,
    Scope,
    preview_request,
    produce,
    suggested_name,
)
from pimap_desktop.gui.exports.preview import (
    POINTS_PER_INCH,
    CalendarListing,
    PreviewPane,
    calendar_listing,
    page_sizes,
    render_first_page,
    render_pages,
)
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.services import b2b
from pimap_desktop.services import missions as missions_svc
from pimap_desktop.services import registrations as registrations_svc
from pimap_desktop.services.itinerary import ACTIVE
from pimap_desktop.services.printing.badges import (
    BadgeLayout,
    record_badges_printed,
    write_badges,
)
from pimap_desktop.services.printing.catalogue import GroupBy
from pimap_desktop.services.printing.common import DocumentReport, Paper, PrintCancelled
from pimap_desktop.services.registrations import RegistrationRow
from pimap_desktop.text import plural

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 300
PRINT_DPI_LIMIT = 300  # a badge rendered finer than this only makes the print job heavier

SCOPE_TEXTS = {
    Scope.MISSION: "Everyone on the mission",
    Scope.SELECTION: "People selected on the Registrations page",
    Scope.PERSON: "One person",
}

Selection = Callable[[], tuple[uuid.UUID | None, list[uuid.UUID]]]


# ---------------------------------------------------------------------------------------------
# Boundaries that tests replace: dialogs and the desktop


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_folder(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog; True when the person chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the badge")
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's own application."""
    return QDesktopServices.openUrl(url)


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewResult:
    generation: int
    report: DocumentReport
    people: int  # how many people the whole document is for (0: not per person)
    image: QImage | None = None
    pages: int = 0
    calendar: CalendarListing | None = None  # a calendar's events, read back from its file


def _describe(report: DocumentReport, out: Path) -> str:
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


class ExportPage(QWidget):
    """Emits ``badgesPrinted`` after badges were saved or printed (their counts changed)."""

    message = Signal(str)
    badgesPrinted = Signal()

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        selection: Selection | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.selection = selection or (lambda: (None, []))
        self.code = ""
        self.people: list[RegistrationRow] = []
        self.sessions: list[b2b.SessionRow] = []
        self.export_task: workers.Task | None = None
        self.preview_task: workers.Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_report: DocumentReport | None = None
        self._last_out: Path | None = None
        self._running: dict[workers.Task, threading.Event] = {}
        self._generation = 0
        self._preview_pending = False
        self._preview_stale = True
        self._temp = tempfile.TemporaryDirectory(prefix="pimap-preview-")

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(lambda _id: self.refresh())

        self.documents = QListWidget()
        self.documents.setObjectName("documents")
        for spec in DOCUMENTS:
            item = QListWidgetItem(spec.label, self.documents)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.description)
            item.setSizeHint(QSize(200, 26))
        self.documents.setFixedHeight(26 * len(DOCUMENTS) + 2 * self.documents.frameWidth() + 2)
        self.documents.setStyleSheet("QListWidget#documents::item { padding-left: 6px; }")
        self.documents.currentRowChanged.connect(lambda _row: self._document_chosen())
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #475569;")
        self.description.setMinimumHeight(2 * self.description.fontMetrics().lineSpacing() + 2)
        self.description.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.scope_combo = QComboBox()
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_chosen())
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setMaxVisibleItems(20)
        completer = QCompleter(self.person_combo.model(), self.person_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person_combo.setCompleter(completer)
        edit = self.person_combo.lineEdit()
        assert edit is not None  # an editable combo box has one
        edit.setPlaceholderText("type a name or an organisation")
        self.person_combo.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        scope_form = QFormLayout()
        scope_form.addRow("For:", self.scope_combo)
        scope_form.addRow("Person:", self.person_combo)
        self.scope_form = scope_form
        scope_box = QGroupBox("Who")
        scope_box.setLayout(scope_form)

        self.paper_combo = QComboBox()
        for paper in Paper:
            self.paper_combo.addItem(paper.label.upper() if paper is Paper.A4 else paper.label)
            self.paper_combo.setItemData(self.paper_combo.count() - 1, paper.value)
        self.layout_combo = QComboBox()
        for stock in BadgeLayout:
            self.layout_combo.addItem(stock.label, stock.value)
        self.badge_paper_combo = QComboBox()
        self.badge_paper_combo.addItem("The layout's own paper", "")
        for paper in Paper:
            self.badge_paper_combo.addItem(self.paper_combo.itemText(list(Paper).index(paper)))
            self.badge_paper_combo.setItemData(self.badge_paper_combo.count() - 1, paper.value)
        self.crop_marks = QCheckBox("Crop marks for cutting")
        self.combined_combo = QComboBox()
        self.combined_combo.addItem("One PDF for everyone", True)
        self.combined_combo.addItem("One PDF per person, in a folder", False)
        self.session_combo = QComboBox()
        self.group_combo = QComboBox()
        self.group_combo.addItem("Country", GroupBy.COUNTRY.value)
        self.group_combo.addItem("First sector", GroupBy.SECTOR.value)
        self._restore_options()
        for combo in (
            self.paper_combo,
            self.layout_combo,
            self.badge_paper_combo,
            self.combined_combo,
            self.session_combo,
            self.group_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        for combo in (
            self.scope_combo,
            self.person_combo,
            self.paper_combo,
            self.layout_combo,
            self.badge_paper_combo,
            self.combined_combo,
            self.session_combo,
            self.group_combo,
        ):
            # Long names (a B2B session, a person) must not widen the column past the window.
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.crop_marks.toggled.connect(lambda _on: self._options_changed())
        options = QFormLayout()
        options.addRow("Paper:", self.paper_combo)
        options.addRow("Badge layout:", self.layout_combo)
        options.addRow("Sheet:", self.badge_paper_combo)
        options.addRow("", self.crop_marks)
        options.addRow("Files:", self.combined_combo)
        options.addRow("B2B session:", self.session_combo)
        options.addRow("Group by:", self.group_combo)
        self.options_form = options
        self.option_rows: dict[Option, QWidget] = {
            Option.PAPER: self.paper_combo,
            Option.BADGE_LAYOUT: self.layout_combo,
            Option.BADGE_PAPER: self.badge_paper_combo,
            Option.CROP_MARKS: self.crop_marks,
            Option.COMBINED: self.combined_combo,
            Option.B2B_SESSION: self.session_combo,
            Option.GROUP_BY: self.group_combo,
        }
        self.options_box = QGroupBox("Options")
        self.options_box.setLayout(options)

        self.save_button = QPushButton("Save…")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(32)
        self.save_button.clicked.connect(self.save)
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
        self.result_bar.setStyleSheet(
            "QFrame#resultBar { background: #ecfdf5; border: 1px solid #a7f3d0;"
            " border-radius: 4px; }"
        )
        result_layout = QVBoxLayout(self.result_bar)
        result_layout.addWidget(self.result_label)
        result_buttons = QHBoxLayout()
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.open_folder_button)
        result_buttons.addWidget(self.open_file_button)
        result_layout.addLayout(result_buttons)
        self.result_bar.hide()

        self.preview = PreviewPane()
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self._run_preview)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(QLabel("<b>Document</b>"))
        left_layout.addWidget(self.documents)
        left_layout.addWidget(self.description)
        left_layout.addWidget(scope_box)
        left_layout.addWidget(self.options_box)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.save_button)
        left_layout.addWidget(self.result_bar)
        left_layout.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>Preview</b>"))
        right_layout.addWidget(self.preview, 1)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter()
        self.splitter.addWidget(left_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 800])
        self.splitter.setChildrenCollapsible(False)
        scroll_bar = left_scroll.verticalScrollBar().sizeHint().width()
        left_scroll.setMinimumWidth(left.minimumSizeHint().width() + scroll_bar)

        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Print and export</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        chosen = BY_KEY.get(str(self.settings.value("exports/document", "badges")), DOCUMENTS[2])
        self.documents.setCurrentRow(DOCUMENTS.index(chosen))

    # ------------------------------------------------------------------ mission and people

    def mission_id(self) -> uuid.UUID | None:
        return self.mission_combo.mission_id()

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        self.mission_combo.reload(select)

    def show_mission(self, mission_id: uuid.UUID) -> None:
        self.mission_combo.show_mission(mission_id)

    def refresh(self) -> None:
        """Reload the mission's people and B2B sessions (after changes elsewhere)."""
        mission_id = self.mission_id()
        self.people, self.sessions, self.code = [], [], ""
        if mission_id is not None:
            try:
                with self.db.session() as session:
                    self.code = missions_svc.get_mission(session, mission_id).code
                    self.people = sorted(
                        registrations_svc.list_registrations(session, mission_id),
                        key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
                    )
                    self.sessions = b2b.list_sessions(session, mission_id)
            except NotFoundError:
                self.reload_missions()
                return
        self._fill_people()
        self._fill_sessions()
        self._update_scopes()
        self.schedule_preview()

    def active_ids(self) -> tuple[uuid.UUID, ...]:
        """Everyone still travelling, by name: "the whole mission" for documents per person."""
        return tuple(r.id for r in self.people if r.status in ACTIVE)

    def _fill_people(self) -> None:
        keep = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for row in self.people:
            text = f"{row.full_name} — {row.organisation}" if row.organisation else row.full_name
            if row.status not in ACTIVE:
                text += f" ({row.status.label.lower()})"
            self.person_combo.addItem(text, str(row.id))
        chosen = self.selected_people()
        if not keep and len(chosen) == 1:
            keep = str(chosen[0])  # the person selected on the Registrations page
        index = self.person_combo.findData(keep) if keep else -1
        self.person_combo.setCurrentIndex(index)
        self.person_combo.blockSignals(False)

    def _fill_sessions(self) -> None:
        keep = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem("All sessions", "")
        for row in self.sessions:
            self.session_combo.addItem(row.label, str(row.id))
        index = self.session_combo.findData(keep) if keep else 0
        self.session_combo.setCurrentIndex(max(index, 0))
        self.session_combo.blockSignals(False)

    def selected_people(self) -> list[uuid.UUID]:
        """The registrations selected on the Registrations page, if it shows this mission."""
        mission_id, chosen = self.selection()
        return list(chosen) if mission_id is not None and mission_id == self.mission_id() else []

    def person_id(self) -> uuid.UUID | None:
        data = self.person_combo.currentData()
        if not isinstance(data, str) or not data:
            return None
        # The text may have been edited away from the chosen person.
        if self.person_combo.currentText() != self.person_combo.itemText(
            self.person_combo.currentIndex()
        ):
            return None
        return uuid.UUID(data)

    def person_name(self, registration_id: uuid.UUID) -> str:
        return next((r.full_name for r in self.people if r.id == registration_id), "")

    # ------------------------------------------------------------------ document and options

    def current_spec(self) -> DocumentSpec:
        item = self.documents.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else "agenda"
        return BY_KEY[str(key)]

    def choose_document(self, key: str) -> None:
        self.documents.setCurrentRow(DOCUMENTS.index(BY_KEY[key]))

    def current_scope(self) -> Scope:
        data = self.scope_combo.currentData()
        return Scope(data) if data else self.current_spec().scopes[0]

    def choose_scope(self, scope: Scope) -> None:
        index = self.scope_combo.findData(scope.value)
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)

    def _show_hint(self, text: str) -> None:
        """Why "Save" did nothing; gone once the request can be made."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _document_chosen(self) -> None:
        spec = self.current_spec()
        self.settings.setValue("exports/document", spec.key)
        self.description.setText(spec.description)
        for option, widget in self.option_rows.items():
            self.options_form.setRowVisible(widget, option in spec.options)
        self.options_box.setVisible(bool(spec.options))
        self.save_button.setText(f"Save {spec.label.lower()}…")
        self._update_scopes()
        self.schedule_preview()

    def _update_scopes(self) -> None:
        """The scopes the document allows, with how many people each means now."""
        spec = self.current_spec()
        keep = self.scope_combo.currentData()
        counts = {
            Scope.MISSION: f" ({len(self.active_ids())})" if spec.per_person else "",
            Scope.SELECTION: f" ({len(self.selected_people())})",
            Scope.PERSON: "",
        }
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        for scope in spec.scopes:
            self.scope_combo.addItem(SCOPE_TEXTS[scope] + counts[scope], scope.value)
        index = self.scope_combo.findData(keep) if keep else -1
        self.scope_combo.setCurrentIndex(max(index, 0))
        self.scope_combo.setEnabled(len(spec.scopes) > 1)
        self.scope_combo.blockSignals(False)
        self._scope_chosen(preview=False)

    def _scope_chosen(self, preview: bool = True) -> None:
        self.scope_form.setRowVisible(self.person_combo, self.current_scope() is Scope.PERSON)
        if preview:
            self.schedule_preview()

    def _restore_options(self) -> None:
        for combo, key in (
            (self.paper_combo, "exports/paper"),
            (self.layout_combo, "exports/layout"),
            (self.badge_paper_combo, "exports/badge_paper"),
            (self.group_combo, "exports/group_by"),
        ):
            index = combo.findData(str(self.settings.value(key, "")))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.crop_marks.setChecked(self.settings.value("exports/crop_marks", "false") == "true")

    def _options_changed(self) -> None:
        self.settings.setValue("exports/paper", self.paper_combo.currentData())
        self.settings.setValue("exports/layout", self.layout_combo.currentData())
        self.settings.setValue("exports/badge_paper", self.badge_paper_combo.currentData())
        self.settings.setValue("exports/group_by", self.group_combo.currentData())
        self.settings.setValue(
            "exports/crop_marks", "true" if self.crop_marks.isChecked() else "false"
        )
        self.schedule_preview()

    def badge_layout(self) -> BadgeLayout:
        return BadgeLayout(self.layout_combo.currentData())

    def build_request(self) -> ExportRequest | str:
        """What the page asks for now, or why it cannot be made (a sentence to show)."""
        mission_id = self.mission_id()
        if mission_id is None:
            return "Choose a mission first (or create one on the Missions page)."
        spec, scope = self.current_spec(), self.current_scope()
        people: tuple[uuid.UUID, ...] | None = None
        if scope is Scope.SELECTION:
            people = tuple(self.selected_people())
            if not people:
                return "Select people on the Registrations page first (this mission's)."
        elif scope is Scope.PERSON:
            person = self.person_id()
            if person is None:
                return "Choose the person: type part of a name."
            people = (person,)
        elif spec.key == "personal_agendas":
            people = self.active_ids()
            if not people:
                return "Nobody is registered on this mission yet."
        badge_paper = self.badge_paper_combo.currentData()
        session = self.session_combo.currentData()
        return ExportRequest(
            document=spec,
            mission_id=mission_id,
            registration_ids=people,
            paper=Paper(self.paper_combo.currentData()),
            badge_paper=Paper(badge_paper) if badge_paper else None,
            badge_layout=self.badge_layout(),
            crop_marks=self.crop_marks.isChecked(),
            combined=bool(self.combined_combo.currentData()),
            session_id=uuid.UUID(session) if session else None,
            group_by=GroupBy(self.group_combo.currentData()),
        )

    # ------------------------------------------------------------------ preview

    def schedule_preview(self) -> None:
        """Preview again once the options stop changing."""
        self._preview_stale = True
        if self.isVisible():
            self.preview_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # People, B2B sessions and the selection on the Registrations page may have changed.
        self.refresh()

    def _run_preview(self) -> None:
        if not self.isVisible():
            return
        if self.preview_task is not None:
            self.preview_task.cancel.set()
            self._preview_pending = True
            return
        self._preview_stale = False
        self._generation += 1
        generation = self._generation
        request = self.build_request()
        if not isinstance(request, str):
            self._show_hint("")
        if isinstance(request, str):
            self.preview.show_note(request)
            return
        spec = request.document
        path = Path(self._temp.name) / f"preview-{generation}{spec.suffix}"
        width = max(900, int(self.preview.width() * self.devicePixelRatioF()))
        db = self.db

        def work(_progress: workers.Progress, cancel: threading.Event) -> PreviewResult:
            try:
                with db.session() as session:
                    preview, people = preview_request(session, request)
                    report = produce(session, preview, path, record=False, cancel=cancel)
                if spec.is_calendar:
                    listing = calendar_listing(path)
                    return PreviewResult(generation, report, people, calendar=listing)
                image, pages = render_first_page(path, width)
                return PreviewResult(generation, report, people, image=image, pages=pages)
            finally:
                path.unlink(missing_ok=True)

        self.preview.caption.setText("Making the preview…")
        task = workers.Task(work)
        task.signals.finished.connect(self._preview_done)
        task.signals.failed.connect(self._preview_failed)
        self.preview_task = task
        self._start(task)

    def _preview_finished(self) -> bool:
        """Forget the finished preview task; True when its result is still wanted."""
        self.preview_task = None
        if self._preview_pending:
            self._preview_pending = False
            self._run_preview()
            return False
        return True

    def _preview_done(self, result: object) -> None:
        if not self._preview_finished() or not isinstance(result, PreviewResult):
            return
        if result.generation != self._generation:
            return
        caption = self._preview_caption(result)
        if result.image is not None:
            self.preview.show_image(result.image, caption)
        elif result.calendar is not None:
            self.preview.show_events(result.calendar, caption)

    def _preview_caption(self, result: PreviewResult) -> str:
        spec = self.current_spec()
        if result.calendar is not None:
            return result.calendar.caption()
        shown = result.report.items
        if spec.per_person and shown < result.people:
            first = "first person" if shown == 1 else f"first {shown} people"
            return (
                f"First page, made for the {first} of {result.people} "
                "(the saved document has everyone)."
            )
        return f"First page of {result.pages}."

    def _preview_failed(self, exc: object) -> None:
        if not self._preview_finished():
            return
        if isinstance(exc, PrintCancelled):
            return
        if isinstance(exc, PimapError):
            self.preview.show_note(str(exc), "No preview")
        else:
            self.preview.show_note(
                "The preview could not be made; the details are in the log file.", "No preview"
            )

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        if self.export_task is not None:
            return
        request = self.build_request()
        if isinstance(request, str):
            self._show_hint(request)
            return
        out = self._ask_target(request)
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
        task.signals.failed.connect(self._save_failed)
        self.export_task = task
        self._last_out = out
        self.result_bar.hide()
        self.save_button.setEnabled(False)
        self._start(task)

    def _ask_target(self, request: ExportRequest) -> Path | None:
        """Where to write: a file (or a folder for one file per person); remembers the folder."""
        spec = request.document
        folder = str(self.settings.value("exports/folder", "") or Path.home())
        person = ""
        if self.current_scope() is Scope.PERSON and request.registration_ids:
            person = self.person_name(request.registration_ids[0])
        if request.to_folder:
            chosen = ask_folder(self, f"Choose where to put the {spec.label.lower()}", folder)
            if not chosen:
                return None
            self.settings.setValue("exports/folder", chosen)
            return Path(chosen) / suggested_name(self.code, spec, person, folder=True)
        name = suggested_name(self.code, spec, person)
        filters = "Calendar (*.ics)" if spec.is_calendar else "PDF document (*.pdf)"
        chosen = ask_save_path(
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

    def _finish_save(self) -> None:
        self.export_task = None
        self.save_button.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _saved(self, request: ExportRequest, out: Path, report: object) -> None:
        self._finish_save()
        if not isinstance(report, DocumentReport):
            return
        self.last_report = report
        text = _describe(report, out)
        self.result_label.setText(text)
        self.open_file_button.setVisible(len(report.paths) == 1)
        self.result_bar.setStyleSheet(
            "QFrame#resultBar { background: #ecfdf5; border: 1px solid #a7f3d0;"
            " border-radius: 4px; }"
        )
        self.open_folder_button.show()
        self.result_bar.show()
        self.message.emit(text)
        if request.document.key == "badges":
            self.badgesPrinted.emit()

    def _save_failed(self, exc: object) -> None:
        self._finish_save()
        if isinstance(exc, PrintCancelled):
            self.last_report = None
            self.result_label.setText(str(exc))
            self.result_bar.setStyleSheet(
                "QFrame#resultBar { background: #f8fafc; border: 1px solid #cbd5e1;"
                " border-radius: 4px; }"
            )
            self.open_folder_button.hide()
            self.open_file_button.hide()
            self.result_bar.show()
            self.message.emit(str(exc))
            return
        if isinstance(exc, Exception):
            report_error(self, exc, action=f"write the {self.current_spec().label.lower()}")

    def result_folder(self) -> Path | None:
        report, out = self.last_report, self._last_out
        if report is None or out is None:
            return None
        if len(report.paths) == 1:
            return report.paths[0].parent
        return out if out.suffix == "" else out.parent

    def open_folder(self) -> None:
        folder = self.result_folder()
        if folder is not None:
            open_url(QUrl.fromLocalFile(str(folder)))

    def open_file(self) -> None:
        if self.last_report is not None and len(self.last_report.paths) == 1:
            open_url(QUrl.fromLocalFile(str(self.last_report.paths[0])))

    # ------------------------------------------------------------------ one badge

    def reprint_badge(self, mission_id: uuid.UUID, registration_id: uuid.UUID, name: str) -> None:
        """Print one person's badge on a printer; counted as printed once the printer took it."""
        layout = self.badge_layout()
        folder = Path(self._temp.name)
        pdf = folder / f"badge-{uuid.uuid4().hex}.pdf"
        try:
            with self.db.session() as session:
                write_badges(
                    session,
                    mission_id,
                    pdf,
                    layout=layout,
                    paper=self._badge_paper(),
                    registration_ids=[registration_id],
                    record=False,
                )
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(f"Badge — {name}" if name else "Badge")
            printer.setFullPage(True)
            sizes = page_sizes(pdf)
            if sizes:
                _use_page_size(printer, sizes[0])
            if not ask_print(self, printer):
                self.message.emit("Badge not printed.")
                return
            if not print_pdf(printer, pdf):
                QMessageBox.warning(
                    self,
                    "Could not print the badge",
                    "The printer did not accept the badge. Check that it is on and try again, "
                    "or save the badge as a PDF.",
                )
                return
            with self.db.session() as session:
                record_badges_printed(session, [registration_id], datetime.now(UTC))
        except PimapError as exc:
            report_error(self, exc, action="print the badge")
            return
        finally:
            pdf.unlink(missing_ok=True)
        self.badgesPrinted.emit()
        self.message.emit(f"Badge of {name} sent to {printer.printerName() or 'the printer'}.")

    def save_badge_pdf(self, mission_id: uuid.UUID, registration_id: uuid.UUID, name: str) -> None:
        """One person's badge as a PDF (for a machine without a printer); counted as printed."""
        with self.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        folder = str(self.settings.value("exports/folder", "") or Path.home())
        suggested = suggested_name(code, BY_KEY["badges"], name).replace("-badges-", "-badge-")
        chosen = ask_save_path(
            self, "Save the badge", str(Path(folder) / suggested), "PDF document (*.pdf)"
        )
        if not chosen:
            return
        out = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        self.settings.setValue("exports/folder", str(out.parent))
        try:
            with self.db.session() as session:
                write_badges(
                    session,
                    mission_id,
                    out,
                    layout=self.badge_layout(),
                    paper=self._badge_paper(),
                    registration_ids=[registration_id],
                    record=True,
                )
        except PimapError as exc:
            report_error(self, exc, action="save the badge")
            return
        self.badgesPrinted.emit()
        self.message.emit(f"Badge of {name} saved to {out}.")

    def _badge_paper(self) -> Paper | None:
        data = self.badge_paper_combo.currentData()
        return Paper(data) if data else None

    # ------------------------------------------------------------------ workers

    def _start(self, task: workers.Task) -> None:
        done = threading.Event()
        work = task.work

        def tracked(progress: workers.Progress, cancel: threading.Event) -> object:
            try:
                return work(progress, cancel)
            finally:
                done.set()

        task.work = tracked
        self._running[task] = done
        task.signals.finished.connect(lambda _r: self._running.pop(task, None))
        task.signals.failed.connect(lambda _e: self._running.pop(task, None))
        workers.start(task)

    def busy(self) -> bool:
        """True while a preview or a document is being made."""
        return any(not done.is_set() for done in self._running.values())

    def stop_work(self, wait_seconds: float = 10.0) -> None:
        """Cancel what runs and wait for it (before the database closes)."""
        self.preview_timer.stop()
        for task, done in list(self._running.items()):
            task.cancel.set()
            done.wait(wait_seconds)
        self._running.clear()


def _use_page_size(printer: QPrinter, size: QSizeF) -> None:
    """Start the print dialog on the paper the badge PDF was made for."""
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    printer.setPageOrientation(orientation)


def print_pdf(printer: QPrinter, pdf: Path) -> bool:
    """Draw every page of ``pdf`` at its own size from the paper's corner; False when the
    printer could not be started."""
    resolution = printer.resolution()
    dpi = min(resolution, PRINT_DPI_LIMIT)
    sizes = page_sizes(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, (image, size) in enumerate(zip(render_pages(pdf, dpi), sizes, strict=True)):
            if number:
                printer.newPage()
            scale = resolution / POINTS_PER_INCH
            target = QRectF(QPointF(0, 0), QSizeF(size.width() * scale, size.height() * scale))
            painter.drawImage(target, image)
    finally:
        ended = painter.end()
    return ended
