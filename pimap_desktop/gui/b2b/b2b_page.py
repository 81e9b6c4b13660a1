"""B2B matchmaking for a mission, from an empty mission to a printed schedule: sessions added,
changed or deleted (the meetings that no longer fit are listed first and go back to the
requests, see services/b2b/sessions.py); requests typed in, imported from a file or from the
participants' wish forms, re-prioritised or removed; each person's availability; the scheduler
run in the background; the schedule grid (tables × slots, drag a meeting to move it) and each
person's schedule (slots they cannot meet greyed); the requests without a meeting with their
reasons, computed from the data. Every change is one undo step.

The page holds the mission and its data as last read, what is chosen, and the layout; its
parts do the rest: ``SessionSteps``, ``RequestSteps``, ``MeetingSteps``, ``AvailabilitySteps``
and ``ExchangeSteps`` (the actions and their undoable steps), ``SchedulerRun`` (the run and its
time limit), ``RequestsPane``, ``slot_views`` and ``UnscheduledPane`` (the tabs).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.gui.actions import add_actions
from pimap_desktop.gui.b2b.availability_steps import AvailabilitySteps
from pimap_desktop.gui.b2b.exchange_steps import IMPORT_FILTERS, ExchangeSteps
from pimap_desktop.gui.b2b.grid import MEETING_ROLE, TableGridModel, legend_html
from pimap_desktop.gui.b2b.host import PagePart
from pimap_desktop.gui.b2b.import_dialog import B2BImportDialog
from pimap_desktop.gui.b2b.meeting_steps import MeetingSteps
from pimap_desktop.gui.b2b.request_steps import RequestSteps
from pimap_desktop.gui.b2b.requests_pane import (
    REQUEST_COLUMNS,
    SUGGESTION_COLUMNS,
    SUGGESTIONS_SHOWN,
    RequestsPane,
)
from pimap_desktop.gui.b2b.scheduler_run import SchedulerRun
from pimap_desktop.gui.b2b.session_steps import SessionSteps
from pimap_desktop.gui.b2b.slot_views import PeopleTab, SessionChooser, tables_view
from pimap_desktop.gui.b2b.unscheduled_pane import UnscheduledPane, requested_pairs, summary_text
from pimap_desktop.gui.b2b.wishes_dialog import WishesImportDialog
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.lazy import LoadWhenShown, PageReader, when_mission_gone
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.operations import Lane, Operation
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.b2b import suggestions as suggestions_svc
from pimap_desktop.services.b2b import wishes as wishes_svc
from pimap_desktop.services.b2b.scheduling.instance import (
    ScheduleReport,
    Unscheduled,
    unscheduled_now,
)
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Defined with the parts that use them; importable from here, where they were first.
__all__ = [
    "IMPORT_FILTERS",
    "REQUEST_COLUMNS",
    "SUGGESTIONS_SHOWN",
    "SUGGESTION_COLUMNS",
    "B2BPage",
]

REQUESTS_TAB = 2


@dataclass(frozen=True)
class _ReadMeetings:
    """What the page reads of a mission."""

    zone: str
    sessions: list[svc.SessionRow]
    meetings: list[svc.MeetingRow]
    requests: list[svc.RequestRow]
    people: list[svc.ParticipantRow]
    availability: dict[uuid.UUID, list[svc.Window]]
    unscheduled: tuple[Unscheduled, ...]


class B2BPage(QWidget):
    message = Signal(str)
    dataChanged = Signal()  # meetings changed here (a session edited or deleted)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = LoadWhenShown(
            self, lambda select: self._load(select, background=True), lazy=lazy
        )
        self.reader: PageReader[_ReadMeetings] = PageReader(
            self,
            db,
            action=self.tr("read the meetings"),
            loading=self._show_loading,
            failed=when_mission_gone(self.reload_missions),
        )
        self._listed: uuid.UUID | None = None  # the mission whose meetings are shown
        self.undo_stack = undo_stack
        self.sessions: list[svc.SessionRow] = []
        self.meetings: list[svc.MeetingRow] = []
        self.people_rows: list[svc.ParticipantRow] = []
        self.availability: dict[uuid.UUID, list[svc.Window]] = {}
        self.unscheduled_rows: tuple[Unscheduled, ...] = ()
        self.zone = "UTC"
        self.report: ScheduleReport | None = None
        self.lane = Lane()  # the wish forms being written, or the scheduler running

        self.scheduler = SchedulerRun(self, self)
        self.meeting_steps = MeetingSteps(self, self)
        self.session_steps = SessionSteps(self, self)
        self.request_steps = RequestSteps(self, self)
        # The previews are asked through the page, where tests replace them.
        self.exchange = ExchangeSteps(
            self,
            self,
            lambda dialog: self._confirm_import(dialog),
            lambda dialog: self._confirm_wishes(dialog),
        )
        self.availability_steps = AvailabilitySteps(self, self)
        self.parts: tuple[PagePart, ...] = (
            self.scheduler,
            self.meeting_steps,
            self.session_steps,
            self.request_steps,
            self.exchange,
            self.availability_steps,
        )
        for part in self.parts:
            part.message.connect(self.message)
        # The parts' actions and widgets by their names on the page (the menus and tests use them).
        self.run_action, self.time_limit = self.scheduler.run_action, self.scheduler.time_limit
        steps = self.meeting_steps
        self.lock_action, self.unlock_action = steps.lock_action, steps.unlock_action
        self.remove_action, self.fit_action = steps.remove_action, steps.fit_action
        self.drop_hint = steps.drop_hint
        sessions = self.session_steps
        self.add_session_action = sessions.add_session_action
        self.edit_session_action = sessions.edit_session_action
        self.delete_session_action = sessions.delete_session_action
        requests = self.request_steps
        self.accept_action, self.decline_action = requests.accept_action, requests.decline_action
        self.add_request_action = requests.add_request_action
        self.remove_request_action = requests.remove_request_action
        self.priority_menu = requests.priority_menu
        self.priority_actions = requests.priority_actions
        self.accept_suggestion_action = requests.accept_suggestion_action
        exchange = self.exchange
        self.export_action = exchange.export_action
        self.import_requests_action = exchange.import_requests_action
        self.import_availability_action = exchange.import_availability_action
        self.wish_forms_action = exchange.wish_forms_action
        self.import_wishes_action = exchange.import_wishes_action
        self.availability_action = self.availability_steps.availability_action
        self.unavailable_action = self.availability_steps.unavailable_action

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(lambda _id: self._turned())
        self.session_combo = SessionChooser()
        self.session_combo.currentIndexChanged.connect(lambda _i: self._show_session())
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.grid = TableGridModel(steps.can_move, steps.move, self)
        self.grid_view = tables_view(self.grid)
        self.grid_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.people_tab = PeopleTab(
            [self.availability_action, self.unavailable_action, self.import_availability_action]
        )
        self.people, self.people_view = self.people_tab.model, self.people_tab.view
        self.people_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.people_view.doubleClicked.connect(
            lambda _index: self.availability_steps.edit_availability()
        )

        self.requests_pane = RequestsPane(
            db,
            self.mission_id,
            lambda: self.tabs.currentIndex() == REQUESTS_TAB,
            [
                self.add_request_action,
                self.remove_request_action,
                self.priority_menu,
                self.fit_action,
                self.accept_action,
                self.decline_action,
                None,
                self.import_requests_action,
                self.import_availability_action,
                None,
                self.wish_forms_action,
                self.import_wishes_action,
            ],
            [self.accept_suggestion_action],
        )
        pane = self.requests_pane
        pane.selectionChanged.connect(self._update_actions)
        pane.suggestionActivated.connect(self.request_steps.accept_suggestions)
        self.requests, self.person_filter = pane.requests, pane.person_filter
        self.requests_view, self.requests_split = pane.requests_view, pane.requests_split
        self.suggestions, self.suggestions_view = pane.suggestions, pane.suggestions_view
        self.suggestions_note = pane.suggestions_note

        self.unscheduled_stack = UnscheduledPane()
        self.unscheduled = self.unscheduled_stack.table
        self.all_scheduled = self.unscheduled_stack.all_scheduled

        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid_view, self.tr("&Tables × slots"))
        self.tabs.addTab(self.people_tab, self.tr("&People × slots"))
        self.tabs.addTab(pane, self.tr("&Requests"))
        self.tabs.addTab(self.unscheduled_stack, self.tr("&Unscheduled"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.legend = QLabel(legend_html())
        self.legend.setObjectName("grid-legend")
        self.legend.setWordWrap(True)
        self._build_layout()
        self._update_actions()

    def _build_layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_actions(
            toolbar,
            [
                self.add_session_action,
                self.edit_session_action,
                self.delete_session_action,
                None,
                self.run_action,
                self.lock_action,
                self.unlock_action,
                self.remove_action,
                self.export_action,
            ],
        )
        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 2)
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_combo, 2)
        top.addWidget(QLabel(self.tr("Time limit:")))
        top.addWidget(self.time_limit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("B2B meetings") + "</h2>"))
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.drop_hint)

    # ------------------------------------------------------------------ boundaries tests replace

    def _confirm_import(self, dialog: B2BImportDialog) -> bool:
        """Show the preview; True when the coordinator imported."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _confirm_wishes(self, dialog: WishesImportDialog) -> bool:
        """Show the preview; True when the coordinator imported."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # ------------------------------------------------------------------ data

    def mission_id(self) -> uuid.UUID | None:
        return self.mission_combo.mission_id()

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        self.mission_combo.reload(select)

    def show_mission(self, mission_id: uuid.UUID) -> None:
        self.mission_combo.show_mission(mission_id)

    def current_session(self) -> svc.SessionRow | None:
        index = self.session_combo.currentIndex()
        return self.sessions[index] if 0 <= index < len(self.sessions) else None

    def choose_session(self, session_id: uuid.UUID) -> None:
        self.session_combo.choose(session_id)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the mission's B2B data again at once (after the person's own change)."""
        if self.loads.hold(select):
            return
        self._load(select, background=False)

    def _turned(self) -> None:
        """Another mission chosen: its data is read in the background in the window."""
        if self.loads.hold():
            return
        self._load(None, background=self.loads.lazy)

    def _load(self, select: uuid.UUID | None, *, background: bool) -> None:
        mission_id = self.mission_id()
        if mission_id is None or mission_id != self._listed:
            self._show_nothing()  # no meeting of another mission stays while this one is read
        if mission_id is None:
            self.reader.drop()
            return

        def read(session: Session) -> _ReadMeetings:
            return _ReadMeetings(
                zone=missions_svc.get_mission(session, mission_id).timezone,
                sessions=svc.list_sessions(session, mission_id),
                meetings=svc.list_meetings(session, mission_id),
                requests=svc.list_requests(session, mission_id),
                people=svc.participant_rows(session, mission_id),
                availability=svc.availability_windows(session, mission_id),
                unscheduled=unscheduled_now(session, mission_id),
            )

        def apply(listed: _ReadMeetings) -> None:
            self._listed = mission_id
            self.zone = listed.zone
            self.sessions, self.meetings = listed.sessions, listed.meetings
            self.people_rows, self.availability = listed.people, listed.availability
            self.unscheduled_rows = listed.unscheduled
            self.session_combo.fill(self.sessions)
            self._show_session(select)
            self.people_tab.set_schedule(
                self.sessions, self.people_rows, self.meetings, self.availability
            )
            self.requests_pane.set_rows(listed.requests, [(p.id, p.name) for p in self.people_rows])
            self._show_summary()
            self._update_actions()

        self.reader.read(read, apply, background=background)

    def _show_nothing(self) -> None:
        self._listed = None
        self.sessions, self.meetings, self.people_rows = [], [], []
        self.unscheduled_rows, self.availability = (), {}
        self.session_combo.fill(self.sessions)  # no session of another mission to choose
        self.grid.set_schedule(None, [])
        self.people.set_schedule([], [], [])
        self.requests_pane.clear()
        self._show_summary()
        self._update_actions()

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.summary.setText(self.tr("Loading…"))
        else:
            self._show_summary()

    def _tab_changed(self) -> None:
        self.legend.setVisible(self.tabs.currentIndex() in (0, 1))
        if self.tabs.currentIndex() == REQUESTS_TAB and self.requests_pane.suggestions_stale:
            self.requests_pane.show_suggestions()
        self._update_actions()

    def _show_session(self, select: uuid.UUID | None = None) -> None:
        self.grid.set_schedule(self.current_session(), self.meetings)
        if select is not None:
            index = self.grid.index_of(select)
            if index.isValid():
                self.grid_view.setCurrentIndex(index)
        self._update_actions()

    def _show_summary(self) -> None:
        pairs = requested_pairs(self.requests.rows())
        rows = self.unscheduled_rows
        self.summary.setText(summary_text(self.sessions, pairs, self.meetings, rows, self.report))
        self.unscheduled_stack.show_rows(rows, pairs)
        self.tabs.setTabText(
            3, arg(self.tr("&Unscheduled (%1)"), len(rows)) if rows else self.tr("&Unscheduled")
        )

    def show_change(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
        """Show the mission changed by a step (done, undone or redone), ``select`` chosen."""
        if mission_id != self.mission_id():
            self.show_mission(mission_id)
        self.refresh(select=select)

    def show_session_change(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
        """As ``show_change``, and other pages hear that the mission's meetings changed."""
        self.show_change(mission_id, select)
        self.dataChanged.emit()

    @property
    def last_wish_forms(self) -> wishes_svc.WishFormsReport | None:
        return self.exchange.last_wish_forms

    # ------------------------------------------------------------------ selection

    def _on_people_tab(self) -> bool:
        return self.tabs.currentIndex() == 1

    def selected_meeting(self) -> svc.MeetingRow | None:
        view = self.people_view if self._on_people_tab() else self.grid_view
        index = view.currentIndex()
        data = index.data(MEETING_ROLE) if index.isValid() else None
        if not data:
            return None
        return next((m for m in self.meetings if str(m.id) == data), None)

    def selected_suggestions(self) -> list[suggestions_svc.Suggestion]:
        return self.requests_pane.selected_suggestions()

    def selected_requests(self) -> list[svc.RequestRow]:
        return self.requests_pane.selected_requests()

    def all_requests(self) -> list[svc.RequestRow]:
        return self.requests.rows()

    def chosen_registration(self) -> uuid.UUID | None:
        """The person whose requests are shown; None for everyone."""
        return self.requests_pane.chosen_registration()

    def chosen_person(self) -> svc.ParticipantRow | None:
        """The person of the current row on People × slots, or the one the requests show."""
        if self._on_people_tab():
            return self.people_tab.chosen_person()
        chosen = self.chosen_registration()
        if chosen:
            return next((p for p in self.people_rows if p.id == chosen), None)
        requests = self.selected_requests()
        if len(requests) == 1:
            return next((p for p in self.people_rows if p.id == requests[0].requester_id), None)
        return None

    def chosen_session_index(self) -> int | None:
        """The session of the current slot on People × slots, else the session shown."""
        session_id: uuid.UUID | None = None
        if self._on_people_tab():
            session_id = self.people_tab.chosen_session()
        if session_id is None:
            current = self.current_session()
            session_id = current.id if current else None
        for number, row in enumerate(self.sessions):
            if row.id == session_id:
                return number
        return None

    def _update_actions(self) -> None:
        for part in self.parts:
            part.update_actions()

    # ------------------------------------------------------------------ long actions

    @property
    def task(self) -> Operation[Any] | None:
        """The wish forms being written or the scheduler running, if any."""
        return self.lane.current

    def run_in_lane(self, operation: Operation[Any]) -> None:
        """One long action at a time; the actions say while it runs that another cannot start."""
        operation.after(self._update_actions).run_in_background(self.lane)
        self._update_actions()
