"""The follow-up log: every follow-up of one mission or of all, overdue ones first and in red,
"my open actions" for the coordinator at the keyboard; record, edit, mark done, delete (each
undoable) and export as CSV, XLSX or PDF.

The page holds the log as read on the coordinator's day (read again when the day changes),
the search and the selection; its parts do the rest: ``LogFilters`` (which mission, which
follow-ups, who "I" am), ``log_table`` (the columns, colours and count), ``FollowUpSteps``
(the actions and their undoable steps) and ``LogExport`` (the file).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QToolBar, QVBoxLayout, QWidget

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui.actions import add_actions
from pimap_desktop.gui.followup.followup_dialog import FollowUpChoices, FollowUpDialog
from pimap_desktop.gui.followup.followup_steps import FollowUpSteps
from pimap_desktop.gui.followup.log_export import LogExport, export_file, export_filters
from pimap_desktop.gui.followup.log_filters import FILTERS, SETTINGS_ME, Filter, LogFilters
from pimap_desktop.gui.followup.log_table import (
    COLUMN_WIDTHS,
    DONE,
    DUE,
    FOLLOWUP_COLUMNS,
    MEETING,
    MISSION,
    NO_MEETING,
    FollowUpModel,
    count_text,
    log_view,
)
from pimap_desktop.gui.lazy import LoadWhenShown
from pimap_desktop.gui.models import ROW_ROLE, keeping_place
from pimap_desktop.gui.operations import Operation
from pimap_desktop.services.followup import followup as svc
from pimap_desktop.services.followup.followup import FollowUpExport, FollowUpRow
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database

# Defined with the parts that use them; importable from here, where they were first.
__all__ = [
    "COLUMN_WIDTHS",
    "DONE",
    "DUE",
    "FILTERS",
    "FOLLOWUP_COLUMNS",
    "MEETING",
    "MISSION",
    "NO_MEETING",
    "SETTINGS_ME",
    "Filter",
    "FollowUpModel",
    "FollowUpPage",
    "export_file",
    "export_filters",
    "today",
]

DAY_CHECK_MS = 60_000  # how often an open page looks whether the calendar day changed


# ---------------------------------------------------------------------------------------------
# Boundaries that tests replace: the clock (and the file dialog, in ``gui.dialogs``)


def today() -> date:
    """The coordinator's calendar day: what is due before it and not done is overdue."""
    return date.today()


# ---------------------------------------------------------------------------------------------
# The page


class FollowUpPage(QWidget):
    """The follow-up log. Emits ``followupsChanged`` after every change to follow-ups (undo
    and redo too), so that counts elsewhere (the KPI dashboard) can refresh, and ``message``
    for the status bar."""

    message = Signal(str)
    followupsChanged = Signal()

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = LoadWhenShown(self, lambda _select: None, lazy=lazy)
        self.undo_stack = undo_stack
        self.settings = settings
        self.day = today()

        self.steps = FollowUpSteps(self, self)
        self.steps.message.connect(self.message)
        self.steps.followupsChanged.connect(self.followupsChanged)
        self.export = LogExport(db, settings, self.mission_id, lambda: self.day, self)
        self.export.message.connect(self.message)
        # The parts' actions by their names on the page (the menus and tests use them).
        self.new_action, self.edit_action = self.steps.new_action, self.steps.edit_action
        self.done_action, self.delete_action = self.steps.done_action, self.steps.delete_action
        self.export_action, self.exporting = self.export.export_action, self.export.lane

        self.filters = LogFilters(settings)
        self.filters.missionChanged.connect(lambda: self.refresh())
        self.filters.filterChanged.connect(self._apply_filter)
        self.mission_combo = self.filters.mission_combo
        self.filter_combo, self.me_combo = self.filters.filter_combo, self.filters.me_combo

        self.model = FollowUpModel(FOLLOWUP_COLUMNS, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search: organisation, contact, next action, notes, owner, outcome…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)

        self.table = log_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.steps.edit_followup())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_actions(
            toolbar,
            (
                self.new_action,
                self.edit_action,
                self.done_action,
                self.delete_action,
                None,
                self.export_action,
            ),
        )

        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Follow-up log") + "</h2>"))
        layout.addWidget(self.filters)
        layout.addWidget(toolbar)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)

        self.reload_missions()
        self.reload_owners()
        self._update_actions()

        # Past midnight, what was due yesterday is overdue: an open page reads the log again.
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()

    @property
    def dialog(self) -> FollowUpDialog | None:
        """The form open, if any."""
        return self.steps.dialog

    @property
    def export_task(self) -> Operation[FollowUpExport] | None:
        return self.export.task

    # ------------------------------------------------------------------ missions and owners

    def mission_id(self) -> uuid.UUID | None:
        """The mission shown; None for all missions."""
        return self.filters.mission_id()

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        """Refill the missions (after they were added, renamed or deleted), keeping the
        choice if it still exists; refreshes the log once."""
        keep = select or self.mission_id()
        self.invalidate_choices()
        with self.db.session() as session:
            rows = missions_svc.list_missions(session)
        self.filters.fill_missions(rows, keep)
        self.refresh()

    def set_mission(self, mission_id: uuid.UUID | None) -> None:
        """Show the log of one mission (None: of all)."""
        if not self.filters.choose_mission(mission_id):
            self.reload_missions(select=mission_id)

    def me(self) -> uuid.UUID | None:
        """The coordinator using the app, as chosen in “I am”."""
        return self.filters.me()

    def reload_owners(self) -> None:
        """Refill “I am” from the possible owners, choosing the one remembered."""
        if self.loads.hold():  # read again each time the page is shown
            return
        with self.db.session() as session:
            owners = svc.owner_choices(session)
        self.filters.fill_owners(owners)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the log shows it as it is now: meetings, people and the day may
        have changed since (the other pages do not tell this one)."""
        super().showEvent(event)
        self.invalidate_choices()
        self.reload_owners()
        self.refresh()

    # ------------------------------------------------------------------ data

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the log again (the day too: an open page turns overdue at midnight)."""
        if self.loads.hold(select):  # read again each time the page is shown
            return
        keep = [select] if select else self.selected_ids()
        self.day = today()
        mission_id = self.mission_id()
        try:
            with self.db.session() as session:
                rows = svc.list_followups(session, mission_id=mission_id, today=self.day)
        except NotFoundError:
            self.reload_missions()
            return
        self.table.setColumnHidden(MISSION, mission_id is not None)
        with keeping_place(self.table, keep=select is None):
            self.model.set_rows(rows)
            self._select(keep)
        self._update_actions()

    def check_day(self) -> None:
        """Read the log again when the calendar day changed since it was read (keeping the
        selection), so that items turn overdue at midnight; nothing otherwise."""
        if today() != self.day:
            self.refresh()

    def current_filter(self) -> Filter:
        return self.filters.current_filter()

    def set_filter(self, key: Filter) -> None:
        self.filters.set_filter(key)

    def _apply_filter(self) -> None:
        self.model.set_predicate(self.filters.predicate())
        self._update_actions()

    def _update_count(self) -> None:
        choose_me = self.current_filter() == "mine" and self.me() is None
        self.count_label.setText(
            count_text(self.model.rows(), self.model.rowCount(), choose_me=choose_me)
        )

    def show_change(self, select: uuid.UUID | None) -> None:
        """Called by the undo commands after they changed the database."""
        self.refresh(select=select)
        shown = {r.id for r in self.model.rows()}
        if select is not None and self.mission_id() is not None and select not in shown:
            self.set_mission(None)  # it belongs to another mission: show them all
            self._select([select])
        self.followupsChanged.emit()

    # ------------------------------------------------------------------ selection

    def all_rows(self) -> list[FollowUpRow]:
        """Every row read, shown or not."""
        return self.model.rows()

    def selected_rows(self) -> list[FollowUpRow]:
        return [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]

    def selected_ids(self) -> list[uuid.UUID]:
        return [r.id for r in self.selected_rows()]

    def select_ids(self, ids: list[uuid.UUID]) -> None:
        self._select(ids)

    def _select(self, ids: list[uuid.UUID]) -> None:
        wanted = set(ids)
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection.clearSelection()
        first: QModelIndex | None = None
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.row(index).id in wanted:
                selection.select(index, flags.Select | flags.Rows)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, flags.NoUpdate)
            self.table.scrollTo(first)

    def _update_actions(self) -> None:
        self.steps.update_actions()

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.edit_action, self.done_action, self.delete_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addAction(self.export_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ the form

    def invalidate_choices(self) -> None:
        """Forget the form's lists (organisations, people, owners, missions): the next form
        reads them again. Done whenever the page is shown or the missions change."""
        self.steps.invalidate_choices()

    def choices(self) -> FollowUpChoices:
        """The form's lists, read once and kept while the page stays shown."""
        return self.steps.choices()

    def new_followup(
        self, mission_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None
    ) -> None:
        """The form for a new follow-up: on ``mission_id`` (default: the mission shown), for
        ``meeting_id`` if given, owned by the coordinator chosen in “I am”."""
        self.steps.new_followup(mission_id, meeting_id)
