"""B2B matchmaking for a mission, from an empty mission to a printed schedule: sessions added,
changed or deleted (the meetings that no longer fit are listed first and go back to the
requests, see services/b2b/sessions.py); requests typed in, imported from a file or from the
participants' wish forms, re-prioritised or removed; each person's availability; the scheduler
run in the background; the schedule grid (tables × slots, drag a meeting to move it) and each
person's schedule (slots they cannot meet greyed); the requests without a meeting with their
reasons, computed from the data. Every change is one undo step."""

from __future__ import annotations

import threading
import uuid
from datetime import time
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import RequestStatus
from pimap_desktop.domain.errors import NotFoundError, PimapError, ValidationError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.b2b import availability_dialog, request_dialog, session_dialog
from pimap_desktop.gui.b2b.commands import (
    AddRequest,
    AddSession,
    ImportB2B,
    ImportWishes,
    RemoveRequests,
    SetAvailability,
    SetPriorities,
)
from pimap_desktop.gui.b2b.grid import (
    MEETING_ROLE,
    PeopleGridModel,
    TableGridModel,
    legend_html,
)
from pimap_desktop.gui.b2b.import_dialog import B2BImportDialog
from pimap_desktop.gui.b2b.session_commands import DeleteSession, EditSession
from pimap_desktop.gui.b2b.wishes_dialog import WishesImportDialog
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.models import ROW_ROLE, Column, RowTableModel
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.undo import MoveMeeting, ReplaceMeetings, SetLocked, UpdateRequest
from pimap_desktop.gui.widgets import TABLE_FILE_FILTERS, table_file
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.b2b import sessions as sessions_svc
from pimap_desktop.services.b2b import suggestions as suggestions_svc
from pimap_desktop.services.b2b import wishes as wishes_svc
from pimap_desktop.services.b2b.imports import Kind
from pimap_desktop.services.b2b.scheduling.instance import (
    ScheduleReport,
    Unscheduled,
    schedule_mission,
    unscheduled_now,
)
from pimap_desktop.services.exporting import export_schedule
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database
from pimap_desktop.text import plural

IMPORT_FILTERS = "Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"

REQUEST_COLUMNS: list[Column[svc.RequestRow]] = [
    Column("Requester", lambda r: r.requester, tooltip=lambda r: r.requester_organisation),
    Column("Organisation", lambda r: r.requester_organisation),
    Column("Wants to meet", lambda r: r.target, tooltip=lambda r: r.target_organisation),
    Column("Their organisation", lambda r: r.target_organisation),
    Column("Priority", lambda r: str(r.priority), sort_key=lambda r: r.priority, align_right=True),
    Column("Mutual", lambda r: "yes" if r.mutual else ""),
    Column("Answer", lambda r: r.status.label),
]

SUGGESTION_COLUMNS: list[Column[suggestions_svc.Suggestion]] = [
    Column(
        "Score",
        lambda s: f"{s.score:.0f}",
        sort_key=lambda s: s.score,
        align_right=True,
    ),
    Column(
        "Should ask",
        lambda s: f"{s.requester} — {s.requester_organisation}",
        tooltip=lambda s: f"{s.requester_organisation} ({s.requester_country})",
    ),
    Column(
        "To meet",
        lambda s: f"{s.target} — {s.target_organisation}",
        tooltip=lambda s: f"{s.target_organisation} ({s.target_country})",
    ),
    Column("Why", lambda s: "; ".join(s.reasons), tooltip=lambda s: "\n".join(s.reasons)),
]
SUGGESTIONS_SHOWN = 100


class B2BPage(QWidget):
    message = Signal(str)
    dataChanged = Signal()  # meetings changed here (a session edited or deleted)

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.sessions: list[svc.SessionRow] = []
        self.meetings: list[svc.MeetingRow] = []
        self.people_rows: list[svc.ParticipantRow] = []
        self.availability: dict[uuid.UUID, list[svc.Window]] = {}
        self.unscheduled_rows: tuple[Unscheduled, ...] = ()
        self.zone = "UTC"
        self.report: ScheduleReport | None = None
        self.last_wish_forms: wishes_svc.WishFormsReport | None = None
        self.lane = Lane()  # the wish forms being written, or the scheduler running

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(lambda _id: self.refresh())
        self.session_combo = QComboBox()
        self.session_combo.currentIndexChanged.connect(lambda _i: self._show_session())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.drop_hint = QLabel()
        self.drop_hint.setStyleSheet("color: #b00020;")

        self.grid = TableGridModel(self._can_move, self._move, self)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid)
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.setDragEnabled(True)
        self.grid_view.setAcceptDrops(True)
        self.grid_view.setDropIndicatorShown(True)
        self.grid_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.setWordWrap(True)
        self.grid_view.horizontalHeader().setDefaultSectionSize(170)
        self.grid_view.verticalHeader().setDefaultSectionSize(88)
        self.grid_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())

        self.people = PeopleGridModel(self)
        self.people_view = QTableView()
        self.people_view.setModel(self.people)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setWordWrap(True)
        self.people_view.horizontalHeader().setDefaultSectionSize(170)
        self.people_view.verticalHeader().setDefaultSectionSize(62)
        self.people_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.people_view.doubleClicked.connect(lambda _index: self.edit_availability())

        self.requests: RowTableModel[svc.RequestRow] = RowTableModel(REQUEST_COLUMNS, self)
        self.person_filter = QComboBox()
        self.person_filter.currentIndexChanged.connect(lambda _i: self._filter_requests())
        self.requests_view = QTableView()
        self.requests_view.setModel(self.requests)
        self.requests_view.setSortingEnabled(True)
        self.requests_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.requests_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.requests_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests_view.verticalHeader().hide()
        self.requests_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.requests_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions()
        )

        self.suggestions: RowTableModel[suggestions_svc.Suggestion] = RowTableModel(
            SUGGESTION_COLUMNS, self
        )
        self._suggestions_stale = True
        self.suggestions_view = QTableView()
        self.suggestions_view.setModel(self.suggestions)
        self.suggestions_view.setSortingEnabled(True)
        self.suggestions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions_view.setWordWrap(False)
        self.suggestions_view.verticalHeader().hide()
        suggestion_header = self.suggestions_view.horizontalHeader()
        suggestion_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        suggestion_header.setStretchLastSection(True)
        suggestion_header.setDefaultSectionSize(260)
        suggestion_header.resizeSection(0, 60)
        self.suggestions_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions()
        )
        self.suggestions_view.doubleClicked.connect(lambda _index: self.accept_suggestions())
        self.suggestions_note = QLabel()
        self.suggestions_note.setWordWrap(True)

        self.unscheduled = QTableWidget(0, 3)
        self.unscheduled.setHorizontalHeaderLabels(["Requester", "Target", "Why no meeting"])
        self.unscheduled.verticalHeader().hide()
        self.unscheduled.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unscheduled.horizontalHeader().setStretchLastSection(True)
        self.unscheduled.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.unscheduled.setWordWrap(False)
        self.unscheduled.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self._build_actions()
        requests_tab = QWidget()
        requests_layout = QVBoxLayout(requests_tab)
        requests_bar = QToolBar()
        requests_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for each in (
            self.add_request_action,
            self.remove_request_action,
            self.priority_menu.menuAction(),
            self.fit_action,
            self.accept_action,
            self.decline_action,
        ):
            requests_bar.addAction(each)
        requests_bar.addSeparator()
        requests_bar.addAction(self.import_requests_action)
        requests_bar.addAction(self.import_availability_action)
        requests_bar.addSeparator()
        requests_bar.addAction(self.wish_forms_action)
        requests_bar.addAction(self.import_wishes_action)
        who = QHBoxLayout()
        who.addWidget(QLabel("Show the requests of:"))
        who.addWidget(self.person_filter, 1)
        requests_layout.addLayout(who)
        requests_layout.addWidget(requests_bar)
        suggested = QWidget()
        suggested_layout = QVBoxLayout(suggested)
        suggested_layout.setContentsMargins(0, 0, 0, 0)
        suggested_top = QHBoxLayout()
        suggested_top.addWidget(QLabel("<b>Suggested</b>"))
        suggested_top.addWidget(self.suggestions_note, 1)
        suggested_bar = QToolBar()
        suggested_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        suggested_bar.addAction(self.accept_suggestion_action)
        suggested_top.addWidget(suggested_bar)
        suggested_layout.addLayout(suggested_top)
        suggested_layout.addWidget(self.suggestions_view, 1)
        self.requests_split = QSplitter(Qt.Orientation.Vertical)
        self.requests_split.addWidget(self.requests_view)
        self.requests_split.addWidget(suggested)
        self.requests_split.setStretchFactor(0, 3)
        self.requests_split.setStretchFactor(1, 2)
        self.requests_split.setChildrenCollapsible(False)
        requests_layout.addWidget(self.requests_split, 1)

        people_tab = QWidget()
        people_layout = QVBoxLayout(people_tab)
        people_bar = QToolBar()
        people_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        people_bar.addAction(self.availability_action)
        people_bar.addAction(self.unavailable_action)
        people_bar.addAction(self.import_availability_action)
        people_layout.addWidget(people_bar)
        people_layout.addWidget(self.people_view, 1)

        self.all_scheduled = QLabel()
        self.all_scheduled.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_scheduled.setWordWrap(True)
        self.all_scheduled.setStyleSheet("font-size: 12pt; color: #166534;")
        self.unscheduled_stack = QStackedWidget()
        self.unscheduled_stack.addWidget(self.unscheduled)
        self.unscheduled_stack.addWidget(self.all_scheduled)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid_view, "&Tables × slots")
        self.tabs.addTab(people_tab, "&People × slots")
        self.tabs.addTab(requests_tab, "&Requests")
        self.tabs.addTab(self.unscheduled_stack, "&Unscheduled")
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.legend = QLabel(legend_html())
        self.legend.setObjectName("grid-legend")
        self.legend.setWordWrap(True)

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.add_session_action)
        toolbar.addAction(self.edit_session_action)
        toolbar.addAction(self.delete_session_action)
        toolbar.addSeparator()
        for action in (
            self.run_action,
            self.lock_action,
            self.unlock_action,
            self.remove_action,
            self.export_action,
        ):
            toolbar.addAction(action)
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setDecimals(0)  # whole seconds: "30 s", not "30.00 s"
        self.time_limit.setRange(1, 600)
        self.time_limit.setValue(30)
        self.time_limit.setSuffix(" s")
        self.time_limit.setToolTip("How long the scheduler may search for a better schedule")

        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 2)
        top.addWidget(QLabel("Session:"))
        top.addWidget(self.session_combo, 2)
        top.addWidget(QLabel("Time limit:"))
        top.addWidget(self.time_limit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>B2B meetings</h2>"))
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.drop_hint)
        self._update_actions()

    def _build_actions(self) -> None:
        def action(text: str, slot: object, shortcut: str | None = None, tip: str = "") -> QAction:
            made = QAction(text, self)
            made.triggered.connect(slot)
            made.setToolTip(tip or text)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(made)
            return made

        self.run_action = action(
            "&Run the scheduler…",
            self.run_scheduler,
            "Ctrl+R",
            "Schedule the requests; locked meetings stay, the others are replaced",
        )
        self.lock_action = action("&Lock", lambda: self.set_locked(True), "Ctrl+L")
        self.unlock_action = action("U&nlock", lambda: self.set_locked(False), "Ctrl+Shift+L")
        self.remove_action = action("Re&move meeting", self.remove_meeting, "Del")
        self.fit_action = action(
            "&Fit this request in",
            self.fit_request,
            tip="Place the selected request at the first free slot",
        )
        self.accept_action = action("&Accept", lambda: self.answer(RequestStatus.ACCEPTED))
        self.decline_action = action("&Decline", lambda: self.answer(RequestStatus.DECLINED))
        self.export_action = action("E&xport schedule…", self.export_schedule)
        self.edit_session_action = action(
            "&Edit session…",
            self.edit_session,
            tip="Change the day, times, slots, tables or name of the session shown",
        )
        self.delete_session_action = action(
            "De&lete session…",
            self.delete_session,
            tip="Delete the session shown; its meetings go back to the requests",
        )
        self.add_session_action = action(
            "A&dd session…",
            self.add_session,
            tip="A B2B session: a day's window cut into meeting slots, with its tables",
        )
        self.add_request_action = action(
            "Add re&quest…",
            self.add_request,
            "Ctrl+Shift+N",
            "Who wants to meet whom, and how much (priority 1 = must meet)",
        )
        self.remove_request_action = action(
            "Remove re&quest",
            self.remove_requests,
            tip="Remove the selected requests (a meeting already placed stays)",
        )
        self.priority_menu = QMenu("&Priority", self)
        self.priority_actions: list[QAction] = []
        for value, text in ((1, "1 — must meet"), (2, "2 — would like to"), (3, "3 — if time")):
            made = QAction(f"&{text}", self)
            made.triggered.connect(lambda _=False, v=value: self.set_priority(v))
            self.priority_menu.addAction(made)
            self.priority_actions.append(made)
        self.priority_menu.menuAction().setToolTip("Change the priority of the selected requests")
        self.import_requests_action = action(
            "&Import requests…",
            self.import_requests,
            tip="Requests from a CSV or XLSX file: requester e-mail, target e-mail, priority",
        )
        self.import_availability_action = action(
            "Import a&vailability…",
            self.import_availability,
            tip="Availability from a CSV or XLSX file: e-mail, start, end (local time)",
        )
        self.availability_action = action(
            "A&vailability…",
            self.edit_availability,
            tip="When the chosen person can meet (double-click a person's row)",
        )
        self.unavailable_action = action(
            "&Not available this session",
            self.toggle_unavailable,
            tip="The chosen person cannot meet during the session of the chosen slot",
        )
        self.unavailable_action.setCheckable(True)
        self.wish_forms_action = action(
            "&Wish forms…",
            self.write_wish_forms,
            tip="One XLSX per participant to tick whom they want to meet and when they can "
            "(the person chosen above, or everyone)",
        )
        self.import_wishes_action = action(
            "Import wis&h forms…",
            self.import_wish_forms,
            tip="Read the filled wish forms back into requests and availability",
        )
        self.accept_suggestion_action = action(
            "Re&quest it",
            self.accept_suggestions,
            tip="Turn the selected suggestions into requests of priority 3 (double-click)",
        )

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

    def refresh(self, select: uuid.UUID | None = None) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            self.sessions, self.meetings, self.people_rows = [], [], []
            self.unscheduled_rows, self.availability = (), {}
            self.grid.set_schedule(None, [])
            self.people.set_schedule([], [], [])
            self.requests.set_rows([])
            self._show_summary()
            self._update_actions()
            return
        try:
            with self.db.session() as session:
                self.zone = missions_svc.get_mission(session, mission_id).timezone
                self.sessions = svc.list_sessions(session, mission_id)
                self.meetings = svc.list_meetings(session, mission_id)
                requests = svc.list_requests(session, mission_id)
                self.people_rows = svc.participant_rows(session, mission_id)
                self.availability = svc.availability_windows(session, mission_id)
                self.unscheduled_rows = unscheduled_now(session, mission_id)
        except NotFoundError:
            self.reload_missions()
            return
        people = [(p.id, p.name) for p in self.people_rows]
        keep = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for row in self.sessions:
            self.session_combo.addItem(row.label, str(row.id))
        index = self.session_combo.findData(keep) if keep else -1
        self.session_combo.setCurrentIndex(index if index >= 0 else (0 if self.sessions else -1))
        self.session_combo.blockSignals(False)
        self._show_session(select)
        # Keep the chosen cell and the selected requests across the reload.
        cell = self.people_view.currentIndex()
        chosen_person = self.people.person_at(cell.row()) if cell.isValid() else None
        chosen_column = cell.column()
        chosen_requests = {r.id for r in self.selected_requests()}
        self.people.set_schedule(self.sessions, self.people_rows, self.meetings, self.availability)
        if chosen_person is not None:
            person_row = self.people.row_of(chosen_person.id)
            if person_row >= 0 and chosen_column < self.people.columnCount():
                self.people_view.setCurrentIndex(self.people.index(person_row, chosen_column))
        self.requests.set_rows(requests)
        keep_person = self.person_filter.currentData()
        self.person_filter.blockSignals(True)
        self.person_filter.clear()
        self.person_filter.addItem("everyone", "")
        for reg_id, name in people:
            self.person_filter.addItem(name, str(reg_id))
        found = self.person_filter.findData(keep_person) if keep_person else 0
        self.person_filter.setCurrentIndex(max(found, 0))
        self.person_filter.blockSignals(False)
        self._filter_requests()
        self._select_requests(chosen_requests)
        self._show_summary()
        self._update_actions()

    def _tab_changed(self) -> None:
        self.legend.setVisible(self.tabs.currentIndex() in (0, 1))
        if self.tabs.currentIndex() == 2 and self._suggestions_stale:
            self._show_suggestions()
        self._update_actions()

    def _show_suggestions(self) -> None:
        """Computed when the Requests tab is shown (a big mission takes a fraction of a
        second), for the person chosen above or everyone."""
        self._suggestions_stale = False
        mission_id = self.mission_id()
        if mission_id is None:
            self.suggestions.set_rows([])
            self.suggestions_note.clear()
            return
        chosen = self.person_filter.currentData()
        person = uuid.UUID(chosen) if chosen else None
        try:
            with self.db.session() as session:
                rows = suggestions_svc.suggest_meetings(
                    session, mission_id, limit=SUGGESTIONS_SHOWN, for_registration=person
                )
        except NotFoundError:
            rows = []
        self.suggestions.set_rows(rows)
        whose = f" for {self.person_filter.currentText()}" if person else ""
        self.suggestions_note.setText(
            f"{plural(len(rows), 'pair')} who have not asked each other{whose}, best first, "
            "from what their organisations offer and seek. Double-click or Request it: a "
            "request of priority 3."
            if rows
            else f"No suggestion{whose}: the profiles have nothing to match, or everyone "
            "who should meet has asked already."
        )

    def _select_requests(self, ids: set[uuid.UUID]) -> None:
        if not ids:
            return
        selection = self.requests_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, request in enumerate(self.requests.shown_rows()):
            if request.id in ids:
                selection.select(self.requests.index(row, 0), flags)

    def _show_session(self, select: uuid.UUID | None = None) -> None:
        self.grid.set_schedule(self.current_session(), self.meetings)
        if select is not None:
            index = self.grid.index_of(select)
            if index.isValid():
                self.grid_view.setCurrentIndex(index)
        self._update_actions()

    def _filter_requests(self) -> None:
        chosen = self.person_filter.currentData()
        self._suggestions_stale = True
        if self.tabs.currentIndex() == 2:
            self._show_suggestions()
        if not chosen:
            self.requests.set_predicate(None)
            return
        person = uuid.UUID(chosen)
        self.requests.set_predicate(lambda r: person in (r.requester_id, r.target_id))

    def _show_summary(self) -> None:
        scheduled = sum(1 for m in self.meetings if m.status.value != "cancelled")
        locked = sum(1 for m in self.meetings if m.locked)
        pairs = {
            frozenset((r.requester_id, r.target_id))
            for r in self.requests.rows()
            if r.status is not RequestStatus.DECLINED
        }
        text = (
            f"{plural(len(self.sessions), 'session')}; "
            f"{plural(len(pairs), 'requested pair')}; "
            f"{plural(scheduled, 'meeting')}, {locked} locked."
        )
        if self.unscheduled_rows:
            unscheduled = plural(len(self.unscheduled_rows), "requested pair")
            text += f" {unscheduled} without a meeting."
        if self.report is not None:
            text += f" Last run: {self.report.describe()}."
        self.summary.setText(text)
        rows = self.unscheduled_rows
        self.unscheduled.setRowCount(len(rows))
        for row, item in enumerate(rows):
            for column, value in enumerate((item.requester, item.target, item.reason_text)):
                self.unscheduled.setItem(row, column, QTableWidgetItem(value))
        if rows or not pairs:
            self.all_scheduled.setText("No meeting has been requested yet." if not pairs else "")
        else:
            self.all_scheduled.setText(
                f"All {len(pairs)} requested meetings are scheduled."
                if len(pairs) != 1
                else "The one requested meeting is scheduled."
            )
        self.unscheduled_stack.setCurrentWidget(self.unscheduled if rows else self.all_scheduled)
        self.tabs.setTabText(3, f"&Unscheduled ({len(rows)})" if rows else "&Unscheduled")

    def _changed(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
        if mission_id != self.mission_id():
            self.show_mission(mission_id)
        self.refresh(select=select)

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
        return [i.data(ROW_ROLE) for i in self.suggestions_view.selectionModel().selectedRows()]

    def selected_requests(self) -> list[svc.RequestRow]:
        return [i.data(ROW_ROLE) for i in self.requests_view.selectionModel().selectedRows()]

    def _update_actions(self) -> None:
        meeting = self.selected_meeting()
        requests = self.selected_requests()
        has_mission = self.mission_id() is not None
        self.run_action.setEnabled(has_mission and bool(self.sessions) and self.task is None)
        self.lock_action.setEnabled(meeting is not None and not meeting.locked)
        self.unlock_action.setEnabled(meeting is not None and meeting.locked)
        self.remove_action.setEnabled(meeting is not None)
        self.fit_action.setEnabled(len(requests) == 1 and bool(self.sessions))
        self.accept_action.setEnabled(bool(requests))
        self.decline_action.setEnabled(bool(requests))
        self.export_action.setEnabled(has_mission)
        has_session = self.current_session() is not None
        self.edit_session_action.setEnabled(has_session)
        self.delete_session_action.setEnabled(has_session)
        self.add_session_action.setEnabled(has_mission)
        self.add_request_action.setEnabled(has_mission and len(self.people_rows) >= 2)
        self.remove_request_action.setEnabled(bool(requests))
        self.priority_menu.menuAction().setEnabled(bool(requests))
        self.import_requests_action.setEnabled(has_mission)
        self.import_availability_action.setEnabled(has_mission)
        self.wish_forms_action.setEnabled(has_mission and bool(self.people_rows))
        self.import_wishes_action.setEnabled(has_mission)
        self.accept_suggestion_action.setEnabled(bool(self.selected_suggestions()))
        person, b2b_session = self.chosen_person(), self.chosen_session_index()
        self.availability_action.setEnabled(person is not None and bool(self.sessions))
        self.unavailable_action.setEnabled(person is not None and b2b_session is not None)
        if person is not None and b2b_session is not None:
            windows = self.availability.get(person.id, [])
            self.unavailable_action.blockSignals(True)
            self.unavailable_action.setChecked(
                not availability_dialog.available_in(windows, self.sessions, b2b_session)
            )
            self.unavailable_action.blockSignals(False)

    # ------------------------------------------------------------------ moves

    def _can_move(self, meeting_id: uuid.UUID, position: int, table_id: uuid.UUID) -> list[str]:
        current = self.current_session()
        if current is None:
            return ["no session is shown"]
        with self.db.session() as session:
            reasons = svc.move_conflicts(
                session, meeting_id, svc.MeetingPlace(current.id, position, table_id)
            )
        self.drop_hint.setText("Cannot go there: " + "; ".join(reasons) if reasons else "")
        return reasons

    def _move(self, meeting_id: uuid.UUID, position: int, table_id: uuid.UUID) -> bool:
        mission_id, current = self.mission_id(), self.current_session()
        meeting = next((m for m in self.meetings if m.id == meeting_id), None)
        if mission_id is None or current is None or meeting is None:
            return False
        after = svc.MeetingPlace(current.id, position, table_id)
        try:
            with self.db.session() as session:
                before = svc.move_meeting(session, meeting_id, after)
        except PimapError as exc:
            report_error(self, exc, action="move the meeting")
            return False
        if before == after:
            return False
        self.undo_stack.push(
            MoveMeeting(
                self.db, mission_id, meeting_id, before, after, meeting.locked, self._changed
            )
        )
        self.drop_hint.clear()
        self.refresh(select=meeting_id)
        self.message.emit(f"Meeting {meeting.names} moved and locked. Undo with Ctrl+Z.")
        return True

    def set_locked(self, locked: bool) -> None:
        meeting, mission_id = self.selected_meeting(), self.mission_id()
        if meeting is None or mission_id is None:
            return
        with self.db.session() as session:
            before = svc.set_locked(session, [meeting.id], locked)
        self.undo_stack.push(SetLocked(self.db, mission_id, before, locked, self._changed))
        self.refresh(select=meeting.id)

    def _replace_meetings(self, text: str, change: object) -> bool:
        """Run ``change(session)``; one undo step puts every meeting back as it was."""
        mission_id = self.mission_id()
        if mission_id is None:
            return False
        try:
            with self.db.session() as session:
                before = svc.snapshot_meetings(session, mission_id)
            with self.db.session() as session:
                change(session)  # type: ignore[operator]
            with self.db.session() as session:
                after = svc.snapshot_meetings(session, mission_id)
        except PimapError as exc:
            report_error(self, exc, action=text.lower())
            return False
        self.undo_stack.push(
            ReplaceMeetings(self.db, mission_id, before, after, self._changed, text)
        )
        self.refresh()
        return True

    def remove_meeting(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        if self._replace_meetings("Remove a meeting", lambda s: svc.delete_meeting(s, meeting.id)):
            self.message.emit(f"Meeting {meeting.names} removed. Undo with Ctrl+Z.")

    def fit_request(self) -> None:
        requests, mission_id = self.selected_requests(), self.mission_id()
        if len(requests) != 1 or mission_id is None:
            return
        request = requests[0]
        if self._replace_meetings(
            "Fit a request in", lambda s: svc.fit_request(s, mission_id, request.id)
        ):
            self.message.emit(f"{request.requester} and {request.target} now meet (locked).")

    def answer(self, status: RequestStatus) -> None:
        mission_id = self.mission_id()
        for request in self.selected_requests():
            if mission_id is None:
                return
            with self.db.session() as session:
                before = svc.update_request(session, request.id, status=status)
            self.undo_stack.push(
                UpdateRequest(
                    self.db, mission_id, request.id, before, (before[0], status), self._changed
                )
            )
        self.refresh()

    # ------------------------------------------------------------------ sessions

    def _session_changed(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
        self._changed(mission_id, select)
        self.dataChanged.emit()

    def edit_session(self) -> None:
        mission_id, current = self.mission_id(), self.current_session()
        if mission_id is None or current is None:
            return
        try:
            with self.db.session() as session:
                data = sessions_svc.session_data(session, current.id)
                mission = missions_svc.get_mission(session, mission_id)
                first, last, zone = mission.start_date, mission.end_date, mission.timezone
        except PimapError as exc:
            report_error(self, exc, action="edit the session")
            self.refresh()
            return
        outcome: list[sessions_svc.SessionChange] = []

        def submit(new: svc.SessionData) -> bool:
            with self.db.session() as session:
                impact = sessions_svc.session_change_impact(session, current.id, new)
            if refusal := impact.refusal():
                raise ValidationError(refusal)
            if impact.affected and not session_dialog.confirm_removal(self, impact):
                return False
            with self.db.session() as session:
                change = sessions_svc.update_session(
                    session,
                    current.id,
                    new,
                    expected_removed=[m.meeting_id for m in impact.affected],
                )
            self.undo_stack.push(
                EditSession(self.db, mission_id, new, change, self._session_changed)
            )
            outcome.append(change)
            return True

        if not session_dialog.ask_session(
            self, "Edit the B2B session", data, first, last, zone, submit
        ):
            return
        self._session_changed(mission_id, None)
        self.message.emit(outcome[-1].describe() + " Undo with Ctrl+Z.")

    def delete_session(self) -> None:
        mission_id, current = self.mission_id(), self.current_session()
        if mission_id is None or current is None:
            return
        try:
            with self.db.session() as session:
                impact = sessions_svc.session_change_impact(session, current.id, None)
            if refusal := impact.refusal():
                raise ValidationError(refusal)
            if not session_dialog.confirm_removal(self, impact):
                return
            with self.db.session() as session:
                change = sessions_svc.delete_session(
                    session, current.id, expected_removed=[m.meeting_id for m in impact.affected]
                )
        except PimapError as exc:
            report_error(self, exc, action="delete the session")
            self.refresh()
            return
        self.undo_stack.push(DeleteSession(self.db, mission_id, change, self._session_changed))
        self._session_changed(mission_id, None)
        self.message.emit(change.describe() + " Undo with Ctrl+Z.")

    def add_session(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            mission = missions_svc.get_mission(session, mission_id)
            first, last, zone = mission.start_date, mission.end_date, mission.timezone
        last_session = self.sessions[-1] if self.sessions else None
        day = last_session.starts_local.date() if last_session else first
        proposal = svc.SessionData(
            day=day,
            start=time(14, 0),
            end=time(17, 30),
            slot_minutes=last_session.slot_minutes if last_session else 20,
            break_minutes=last_session.break_minutes if last_session else 5,
            tables=len(last_session.tables) if last_session else 10,
        )
        made: list[uuid.UUID] = []

        def submit(data: svc.SessionData) -> bool:
            with self.db.session() as session:
                made.append(svc.add_session(session, mission_id, data))
            return True

        if not session_dialog.ask_session(
            self, "Add a B2B session", proposal, first, last, zone, submit, editing=False
        ):
            return
        self.undo_stack.push(AddSession(self.db, mission_id, made[-1], self._session_changed))
        self._session_changed(mission_id, None)
        index = self.session_combo.findData(str(made[-1]))
        if index >= 0:
            self.session_combo.setCurrentIndex(index)
        session_row = self.current_session()
        if session_row is not None:
            self.message.emit(f"Session “{session_row.name}” added. Undo with Ctrl+Z.")

    # ------------------------------------------------------------------ requests

    def _participants(self) -> list[request_dialog.Participant]:
        return [request_dialog.Participant(p.id, p.name, p.organisation) for p in self.people_rows]

    def add_request(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        done: list[
            tuple[uuid.UUID, uuid.UUID, uuid.UUID, int, tuple[int, RequestStatus] | None]
        ] = []

        def submit(requester: uuid.UUID, target: uuid.UUID, priority: int) -> None:
            existing = next(
                (
                    r
                    for r in self.requests.rows()
                    if (r.requester_id, r.target_id) == (requester, target)
                ),
                None,
            )
            with self.db.session() as session:
                if existing is not None:
                    before = svc.update_request(session, existing.id, priority=priority)
                    done.append((existing.id, requester, target, priority, before))
                else:
                    new_id = svc.set_request(session, mission_id, requester, target, priority)
                    done.append((new_id, requester, target, priority, None))

        chosen = self.person_filter.currentData()
        requester = uuid.UUID(chosen) if chosen else None
        if not request_dialog.ask_request(self, self._participants(), submit, requester):
            return
        request_id, requester_id, target_id, priority, before = done[-1]
        if before is None:
            self.undo_stack.push(
                AddRequest(
                    self.db,
                    mission_id,
                    request_id,
                    requester_id,
                    target_id,
                    priority,
                    self._changed,
                )
            )
            text = "Request added."
        else:
            self.undo_stack.push(
                UpdateRequest(
                    self.db,
                    mission_id,
                    request_id,
                    before,
                    (priority, before[1]),
                    self._changed,
                )
            )
            text = f"The request existed: its priority is now {priority}."
        self.refresh()
        self.message.emit(f"{text} Undo with Ctrl+Z.")

    def remove_requests(self) -> None:
        mission_id, chosen = self.mission_id(), self.selected_requests()
        if mission_id is None or not chosen:
            return
        try:
            with self.db.session() as session:
                rows = [svc.delete_request(session, r.id) for r in chosen]
        except PimapError as exc:
            report_error(self, exc, action="remove the request")
            self.refresh()
            return
        self.undo_stack.push(RemoveRequests(self.db, mission_id, rows, self._changed))
        self.refresh()
        count = len(rows)
        self.message.emit(f"{plural(count, 'request')} removed. Undo with Ctrl+Z.")

    def set_priority(self, priority: int) -> None:
        mission_id, chosen = self.mission_id(), self.selected_requests()
        if mission_id is None or not chosen:
            return
        before: dict[uuid.UUID, int] = {}
        with self.db.session() as session:
            for request in chosen:
                if request.priority != priority:
                    before[request.id] = svc.update_request(session, request.id, priority=priority)[
                        0
                    ]
        if not before:
            return
        self.undo_stack.push(SetPriorities(self.db, mission_id, before, priority, self._changed))
        self.refresh()
        self.message.emit(f"Priority {priority} set on {plural(len(before), 'request')}.")

    # ------------------------------------------------------------------ imports

    def _confirm_import(self, dialog: B2BImportDialog) -> bool:
        """Show the preview; True when the coordinator imported (a boundary tests replace)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def import_requests(self) -> None:
        self._import(Kind.REQUESTS)

    def import_availability(self) -> None:
        self._import(Kind.AVAILABILITY)

    def _import(self, kind: Kind) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        chosen = dialogs.ask_open_path(
            self, f"Import {kind.label}", IMPORT_FILTERS, key="b2b-imports"
        )
        if chosen is None:
            return
        dialog = B2BImportDialog(self.db, mission_id, kind, chosen, self)
        confirmed = self._confirm_import(dialog)
        dialog.deleteLater()
        if not confirmed or dialog.imported is None or dialog.table is None:
            return
        result = dialog.imported
        self.undo_stack.push(ImportB2B(self.db, mission_id, dialog.table, result, self._changed))
        self.refresh()
        self.message.emit(f"{dialog.table.name}: {result.describe()}. Undo with Ctrl+Z.")

    # ------------------------------------------------------------------ suggestions

    def accept_suggestions(self) -> None:
        mission_id, chosen = self.mission_id(), self.selected_suggestions()
        if mission_id is None or not chosen:
            return
        made = 0
        self.undo_stack.beginMacro(
            "Request a suggested meeting" if len(chosen) == 1 else "Request suggested meetings"
        )
        try:
            for suggestion in chosen:
                try:
                    with self.db.session() as session:
                        request_id = suggestions_svc.accept_suggestion(
                            session, mission_id, suggestion.requester_id, suggestion.target_id
                        )
                except PimapError as exc:
                    report_error(self, exc, action="request the suggested meeting")
                    continue
                self.undo_stack.push(
                    AddRequest(
                        self.db,
                        mission_id,
                        request_id,
                        suggestion.requester_id,
                        suggestion.target_id,
                        3,
                        self._changed,
                        f"Request {suggestion.requester} – {suggestion.target}",
                    )
                )
                made += 1
        finally:
            self.undo_stack.endMacro()
        self.refresh()
        if made:
            self.message.emit(
                f"{plural(made, 'suggested meeting')} requested with priority 3. Undo with Ctrl+Z."
            )

    # ------------------------------------------------------------------ wish forms

    def _confirm_wishes(self, dialog: WishesImportDialog) -> bool:
        """Show the preview; True when the coordinator imported (a boundary tests replace)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def write_wish_forms(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None or self.lane.busy():
            return
        chosen = self.person_filter.currentData()
        person = next((p for p in self.people_rows if str(p.id) == chosen), None)
        folder = dialogs.ask_folder(
            self,
            f"Folder for the wish form of {person.name}" if person else "Folder for the wish forms",
            key="wish-forms",
        )
        if folder is None:
            return
        db, emails = self.db, [person.email] if person else []

        def work(progress: Progress, cancel: threading.Event) -> wishes_svc.WishFormsReport:
            with db.session() as session:
                return wishes_svc.write_wish_forms(
                    session,
                    mission_id,
                    folder,
                    person_emails=emails,
                    progress=progress,
                    cancel=cancel,
                )

        def written(result: wishes_svc.WishFormsReport) -> None:
            self.last_wish_forms = result
            self.message.emit(result.describe() + ".")

        self._run(
            Operation(self, work, action="write the wish forms")
            .with_progress("Writing the wish forms…", title="B2B meetings")
            .success(written)
            .cancelled(lambda _exc: None)  # nothing written, as the person asked
        )

    def import_wish_forms(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        paths = dialogs.ask_open_paths(
            self, "Import filled wish forms", "Wish forms (*.xlsx);;All files (*)", key="wish-forms"
        )
        if not paths:
            return
        dialog = WishesImportDialog(self.db, mission_id, paths, self)
        confirmed = self._confirm_wishes(dialog)
        dialog.deleteLater()
        if not confirmed or dialog.imported is None:
            return
        report = dialog.imported
        self.undo_stack.push(ImportWishes(self.db, mission_id, paths, report, self._changed))
        self.refresh()
        self.message.emit(f"Wish forms: {report.describe()}. Undo with Ctrl+Z.")

    # ------------------------------------------------------------------ availability

    def chosen_person(self) -> svc.ParticipantRow | None:
        """The person of the current row on People × slots, or the one the requests show."""
        if self._on_people_tab():
            index = self.people_view.currentIndex()
            return self.people.person_at(index.row()) if index.isValid() else None
        chosen = self.person_filter.currentData()
        if chosen:
            return next((p for p in self.people_rows if str(p.id) == chosen), None)
        requests = self.selected_requests()
        if len(requests) == 1:
            return next((p for p in self.people_rows if p.id == requests[0].requester_id), None)
        return None

    def chosen_session_index(self) -> int | None:
        """The session of the current slot on People × slots, else the session shown."""
        session_id: uuid.UUID | None = None
        if self._on_people_tab():
            index = self.people_view.currentIndex()
            session_id = self.people.session_at(index.column()) if index.isValid() else None
        if session_id is None:
            current = self.current_session()
            session_id = current.id if current else None
        for number, row in enumerate(self.sessions):
            if row.id == session_id:
                return number
        return None

    def _save_availability(
        self, person: svc.ParticipantRow, windows: list[svc.Window], text: str
    ) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        try:
            with self.db.session() as session:
                before = svc.set_availability(session, person.id, windows)
        except PimapError as exc:
            report_error(self, exc, action="change the availability")
            return
        self.undo_stack.push(
            SetAvailability(
                self.db, mission_id, person.id, person.name, before, windows, self._changed
            )
        )
        self.refresh()
        self.message.emit(f"{text} Undo with Ctrl+Z.")

    def edit_availability(self) -> None:
        person, mission_id = self.chosen_person(), self.mission_id()
        if person is None or mission_id is None or not self.sessions:
            return
        with self.db.session() as session:
            mission = missions_svc.get_mission(session, mission_id)
            first, last = mission.start_date, mission.end_date
        windows = availability_dialog.ask_availability(
            self,
            person.name,
            self.zone,
            first,
            last,
            self.sessions,
            self.availability.get(person.id, []),
        )
        if windows is None or sorted(windows) == sorted(self.availability.get(person.id, [])):
            return
        self._save_availability(person, windows, f"Availability of {person.name} changed.")

    def toggle_unavailable(self) -> None:
        person, number = self.chosen_person(), self.chosen_session_index()
        if person is None or number is None:
            return
        windows = self.availability.get(person.id, [])
        available = not availability_dialog.available_in(windows, self.sessions, number)
        after = availability_dialog.toggle_session(windows, self.sessions, number, available)
        name = self.sessions[number].name
        self._save_availability(
            person,
            after,
            f"{person.name} is {'available' if available else 'not available'} in “{name}”.",
        )

    # ------------------------------------------------------------------ scheduler

    def run_scheduler(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None or self.lane.busy():
            return
        with self.db.session() as session:
            before = svc.snapshot_meetings(session, mission_id)
        db, limit = self.db, float(self.time_limit.value())

        def work(progress: Progress, cancel: threading.Event) -> ScheduleReport:
            return schedule_mission(
                db.sessions, mission_id, time_limit=limit, progress=progress, cancel=cancel
            )

        def step(result: ScheduleReport) -> ReplaceMeetings:
            self.report = result
            with self.db.session() as session:
                after = svc.snapshot_meetings(session, mission_id)
            return ReplaceMeetings(
                self.db, mission_id, before, after, self._changed, "Run the scheduler"
            )

        def scheduled(result: ScheduleReport) -> None:
            self.refresh()
            self.message.emit(f"Schedule ready: {result.describe()}. Undo with Ctrl+Z.")

        self._run(
            Operation(self, work, action="schedule the meetings")
            .with_progress("Scheduling the requested meetings…", title="B2B meetings")
            .undoable(self.undo_stack, step)
            .success(scheduled)
        )

    @property
    def task(self) -> Operation[Any] | None:
        """The wish forms being written or the scheduler running, if any."""
        return self.lane.current

    def _run(self, operation: Operation[Any]) -> None:
        """One long action at a time; the actions say while it runs that another cannot start."""
        operation.after(self._update_actions).run_in_background(self.lane)
        self._update_actions()

    # ------------------------------------------------------------------ export

    def export_schedule(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        chosen = dialogs.ask_save_path(
            self, "Export the schedule", f"{code}-schedule.xlsx", TABLE_FILE_FILTERS, key="tables"
        )
        if chosen is None:
            return
        out, fmt = table_file(str(chosen))
        try:
            with self.db.session() as session:
                report = export_schedule(session, mission_id, fmt, out)
        except PimapError as exc:
            report_error(self, exc, action="export the schedule")
            return
        self.message.emit(f"{plural(report.rows, 'meeting')} written to {out}.")
