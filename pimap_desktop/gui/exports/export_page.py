"""The export centre: every printed document and calendar file of a mission in one place.

Pick a document, for whom (the whole mission, the people selected on the Registrations page,
or one person), its options; the first page is previewed (made in a worker for the first few
people, nothing recorded); "Save…" writes it in a worker with progress and Cancel, then offers
to open the file or its folder. A single badge is printed straight to a printer from the
Registrations page ("Reprint badge…"), counted as printed once the printer took it.

The page holds the mission, its people and its B2B sessions, and turns the choices into an
``ExportRequest`` of the document registry (``services.printing.registry``); its parts do the
rest: ``DocumentList`` (which document), ``WhoBox`` and ``OptionsBox`` (for whom, how),
``PreviewRunner`` (the first page), ``SavePanel`` (writing it, and what was written) and
``BadgePrinter`` (one badge).
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.gui.exports.document_list import DocumentList
from pimap_desktop.gui.exports.options_panel import OptionsBox, WhoBox
from pimap_desktop.gui.exports.preview import PreviewPane
from pimap_desktop.gui.exports.preview_runner import PreviewResult, PreviewRunner
from pimap_desktop.gui.exports.save_panel import SavePanel
from pimap_desktop.gui.exports.single_badge import BadgePrinter
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.lazy import LoadWhenShown, PageReader, when_mission_gone
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.operations import Operation
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.printing.choices import DocumentReport
from pimap_desktop.services.printing.itinerary import ACTIVE
from pimap_desktop.services.printing.registry import BY_KEY, DocumentSpec, ExportRequest, Scope
from pimap_desktop.services.registrations import registrations as registrations_svc
from pimap_desktop.services.registrations.registrations import RegistrationRow
from pimap_desktop.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Selection = Callable[[], tuple[uuid.UUID | None, list[uuid.UUID]]]


@dataclass(frozen=True)
class _ReadPeople:
    """What the page reads of a mission: its code, people by name and B2B sessions."""

    mission_id: uuid.UUID | None
    code: str
    people: list[RegistrationRow]
    sessions: list[b2b.SessionRow]


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
        *,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = LoadWhenShown(self, lambda _select: None, lazy=lazy)
        self.reader: PageReader[_ReadPeople] = PageReader(
            self,
            db,
            action=self.tr("read the mission's people"),
            loading=lambda _loading: self._loading_changed(),
            failed=when_mission_gone(self.reload_missions),
        )
        self._listed: uuid.UUID | None = None  # the mission whose people are read
        self.settings = settings
        self.selection = selection or (lambda: (None, []))
        self.code = ""
        self.people: list[RegistrationRow] = []
        self.sessions: list[b2b.SessionRow] = []
        self._temp = tempfile.TemporaryDirectory(prefix="pimap-preview-")
        folder = Path(self._temp.name)

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(lambda _id: self.refresh())
        self.document_list = DocumentList()
        self.document_list.chosen.connect(self._document_chosen)
        self.who = WhoBox()
        self.who.changed.connect(self.schedule_preview)
        self.options = OptionsBox(settings)
        self.options.changed.connect(self.schedule_preview)
        self.saving = SavePanel(db, settings)
        self.saving.save_button.clicked.connect(self.save)
        self.saving.message.connect(self.message.emit)
        self.saving.written.connect(self._written)
        self.preview = PreviewPane()
        self.previews = PreviewRunner(db, self, self.preview, self._preview_request, folder)
        self.badges = BadgePrinter(
            db, settings, self.options.badge_choice, self, folder, self.options.language
        )
        self.badges.message.connect(self.message.emit)
        self.badges.printed.connect(self.badgesPrinted.emit)

        # The parts' widgets by their names on the page (tests click and read them).
        self.documents = self.document_list.documents
        self.scope_combo, self.person_combo = self.who.scope_combo, self.who.person_combo
        self.options_form, self.option_rows = self.options.form, self.options.rows
        self.combined_combo = self.options.combined_combo
        self.session_combo = self.options.session_combo
        self.group_combo = self.options.group_combo
        self.save_button, self.hint = self.saving.save_button, self.saving.hint
        self.result_bar, self.result_label = self.saving.result_bar, self.saving.result_label
        self.open_file_button = self.saving.open_file_button
        self.open_folder_button = self.saving.open_folder_button
        self.preview_timer = self.previews.timer

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.document_list)
        left_layout.addWidget(self.who)
        left_layout.addWidget(self.options)
        left_layout.addWidget(self.saving)
        left_layout.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>" + self.tr("Preview") + "</b>"))
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
        layout.addWidget(QLabel("<h2>" + self.tr("Print and export") + "</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        chosen = BY_KEY.get(str(self.settings.value("exports/document", "badges")))
        self.document_list.choose(chosen.key if chosen is not None else "badges")

    # ------------------------------------------------------------------ the parts' state

    @property
    def preview_task(self) -> Operation[PreviewResult] | None:
        return self.previews.task

    @property
    def _preview_stale(self) -> bool:
        return self.previews.stale

    @property
    def export_task(self) -> Operation[DocumentReport] | None:
        return self.saving.export_task

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self.saving.progress_dialog

    def result_folder(self) -> Path | None:
        return self.saving.result_folder()

    # ------------------------------------------------------------------ mission and people

    def mission_id(self) -> uuid.UUID | None:
        return self.mission_combo.mission_id()

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        self.mission_combo.reload(select)

    def show_mission(self, mission_id: uuid.UUID) -> None:
        self.mission_combo.show_mission(mission_id)

    def refresh(self) -> None:
        """Reload the mission's people and B2B sessions (after changes elsewhere); in the
        window, in the background."""
        if self.loads.hold():  # the page reads them again each time it is shown
            return
        mission_id = self.mission_id()
        if mission_id is None or mission_id != self._listed:  # nobody of another mission stays
            self._show(_ReadPeople(None, "", [], []))
        if mission_id is None:
            self.reader.drop()
            return

        def read(session: Session) -> _ReadPeople:
            return _ReadPeople(
                mission_id,
                missions_svc.get_mission(session, mission_id).code,
                sorted(
                    registrations_svc.list_registrations(session, mission_id),
                    key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
                ),
                b2b.list_sessions(session, mission_id),
            )

        self.reader.read(read, self._show, background=self.loads.lazy)

    def _show(self, read: _ReadPeople) -> None:
        self._listed = read.mission_id
        self.code, self.people, self.sessions = read.code, read.people, read.sessions
        self.who.fill_people(self.people, self.selected_people())
        self.options.fill_sessions(self.sessions)
        self._update_scopes()
        self.schedule_preview()

    def _loading_changed(self) -> None:
        self._update_scopes()
        self.schedule_preview()

    def active_ids(self) -> tuple[uuid.UUID, ...]:
        """Everyone still travelling, by name: "the whole mission" for documents per person."""
        return tuple(r.id for r in self.people if r.status in ACTIVE)

    def selected_people(self) -> list[uuid.UUID]:
        """The registrations selected on the Registrations page, if it shows this mission."""
        mission_id, chosen = self.selection()
        return list(chosen) if mission_id is not None and mission_id == self.mission_id() else []

    def person_id(self) -> uuid.UUID | None:
        return self.who.person_id()

    def person_name(self, registration_id: uuid.UUID) -> str:
        return next((r.full_name for r in self.people if r.id == registration_id), "")

    # ------------------------------------------------------------------ document and options

    def current_spec(self) -> DocumentSpec:
        return self.document_list.current()

    def choose_document(self, key: str) -> None:
        self.document_list.choose(key)

    def current_scope(self) -> Scope:
        return self.who.current_scope()

    def choose_scope(self, scope: Scope) -> None:
        self.who.choose_scope(scope)

    def _document_chosen(self, spec: DocumentSpec) -> None:
        self.settings.setValue("exports/document", spec.key)
        self.options.show_for(spec)
        self.save_button.setText(arg(self.tr("Save %1…"), spec.label.lower()))
        self._update_scopes()
        self.schedule_preview()

    def _update_scopes(self) -> None:
        """The scopes the document allows, with how many people each means now."""
        spec = self.current_spec()
        reading = self.reader.loading()  # no count until the people are read
        counts = {
            Scope.MISSION: (
                (" (…)" if reading else f" ({len(self.active_ids())})") if spec.per_person else ""
            ),
            Scope.SELECTION: " (…)" if reading else f" ({len(self.selected_people())})",
        }
        self.who.show_for(spec, counts)

    def build_request(self) -> ExportRequest | str:
        """What the page asks for now, or why it cannot be made (a sentence to show)."""
        mission_id = self.mission_id()
        if mission_id is None:
            return self.tr("Choose a mission first (or create one on the Missions page).")
        if self.reader.loading():
            return self.tr("Reading the mission's people…")
        spec, scope = self.current_spec(), self.current_scope()
        people: tuple[uuid.UUID, ...] | None = None
        if scope is Scope.SELECTION:
            people = tuple(self.selected_people())
            if not people:
                return self.tr("Select people on the Registrations page first (this mission's).")
        elif scope is Scope.PERSON:
            person = self.person_id()
            if person is None:
                return self.tr("Choose the person: type part of a name.")
            people = (person,)
        elif spec.key == "personal_agendas":
            people = self.active_ids()
            if not people:
                return self.tr("Nobody is registered on this mission yet.")
        options = self.options
        return ExportRequest(
            document=spec,
            mission_id=mission_id,
            registration_ids=people,
            paper=options.paper(),
            badge_paper=options.badge_paper(),
            badge_layout=options.badge_layout(),
            crop_marks=options.crop_marks.isChecked(),
            combined=options.combined(),
            session_id=options.session_id(),
            group_by=options.group_by(),
            language=options.language(),
        )

    # ------------------------------------------------------------------ preview and save

    def schedule_preview(self) -> None:
        """Preview again once the options stop changing."""
        self.previews.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # People, B2B sessions and the selection on the Registrations page may have changed.
        self.refresh()

    def _preview_request(self) -> ExportRequest | str:
        request = self.build_request()
        if not isinstance(request, str):
            self.saving.show_hint("")
        return request

    def save(self) -> None:
        if self.saving.lane.busy():
            return
        request = self.build_request()
        if isinstance(request, str):
            self.saving.show_hint(request)
            return
        person = ""
        if self.current_scope() is Scope.PERSON and request.registration_ids:
            person = self.person_name(request.registration_ids[0])
        self.saving.save(request, self.code, person)

    def _written(self, request: object) -> None:
        if isinstance(request, ExportRequest) and request.document.records:
            self.badgesPrinted.emit()

    # ------------------------------------------------------------------ one badge

    def reprint_badge(self, mission_id: uuid.UUID, registration_id: uuid.UUID, name: str) -> None:
        """Print one person's badge on a printer; counted as printed once the printer took it."""
        self.badges.reprint(mission_id, registration_id, name)

    def save_badge_pdf(self, mission_id: uuid.UUID, registration_id: uuid.UUID, name: str) -> None:
        """One person's badge as a PDF (for a machine without a printer); counted as printed."""
        self.badges.save_pdf(mission_id, registration_id, name)

    # ------------------------------------------------------------------ background work

    def busy(self) -> bool:
        """True while a preview or a document is being made."""
        running = (self.previews.lane.current, self.saving.lane.current)
        return any(op is not None and op.running() for op in running)

    def stop_work(self, wait_seconds: float = 10.0) -> None:
        """Cancel what runs and wait for it (before the database closes)."""
        self.previews.timer.stop()
        for lane in (self.previews.lane, self.saving.lane):
            lane.cancel()
            lane.wait(wait_seconds)
