"""A mission's people: registrations with role, status and travel, and the delegations they
form (by cluster or by country, with counts). Every change can be undone.

The page holds the mission, the search and status filter, the selection, and the delegations
panel beside the list (shown, folded away, or as wide as its counts need until the
coordinator sizes it); its parts do the rest: ``RegistrationTable`` (the list and its columns),
``DelegationsPanel`` (the counts) and ``RegistrationSteps`` (the actions and their steps).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.gui.actions import add_actions
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.lazy import LoadWhenShown, PageReader, when_mission_gone
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.models import ROW_ROLE, RowTableModel
from pimap_desktop.gui.registrations.delegations_panel import (
    GROUP_COLUMNS,
    DelegationsPanel,
    GroupBy,
    GroupTableModel,
)
from pimap_desktop.gui.registrations.registration_steps import RegistrationSteps
from pimap_desktop.gui.registrations.registration_table import (
    ALWAYS_SHOWN,
    DEFAULT_HIDDEN,
    ELASTIC,
    REGISTRATION_COLUMNS,
    RegistrationTable,
    fit_columns,
)
from pimap_desktop.gui.widgets import add_enum_items
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.registrations import registrations as svc
from pimap_desktop.services.registrations.registrations import DelegationGroup, RegistrationRow
from pimap_desktop.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Defined with the parts that use them; importable from here, where they were first.
__all__ = [
    "ALWAYS_SHOWN",
    "DEFAULT_HIDDEN",
    "ELASTIC",
    "GROUP_COLUMNS",
    "REGISTRATION_COLUMNS",
    "GroupTableModel",
    "RegistrationsPage",
    "fit_columns",
]

SETTINGS_SPLITTER = "registrations/splitter"
# The delegations panel: as wide as its counts need, within these bounds (the least width, the
# largest share of the page), until the coordinator sizes it by hand.
PANEL_LEAST = 260
PANEL_SHARE = 0.27


def _registration_id(row: RegistrationRow) -> uuid.UUID:
    return row.id


@dataclass(frozen=True)
class _ReadRegistrations:
    """What the page reads of a mission."""

    zone: str
    start: date
    rows: list[RegistrationRow]
    groups: list[DelegationGroup]


class RegistrationsPage(QWidget):
    """Who takes part in a mission. Emits ``dataChanged`` when registrations change, so that
    other areas (the missions list's counts) can refresh."""

    message = Signal(str)
    dataChanged = Signal()
    importRequested = Signal(object)  # the mission id
    # (mission id, registration id, name): print one badge, or save it as a PDF
    reprintRequested = Signal(object, object, str)
    saveBadgeRequested = Signal(object, object, str)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = LoadWhenShown(
            self, lambda select: self._load(select, background=True), lazy=lazy
        )
        self.reader: PageReader[_ReadRegistrations] = PageReader(
            self,
            db,
            action=self.tr("read the registrations"),
            loading=self._show_loading,
            failed=when_mission_gone(self.reload_missions),
        )
        self.undo_stack = undo_stack
        self.settings = settings if settings is not None else QSettings()
        self._panel_auto = True  # sized by the page until the coordinator sizes it
        self.zone = "UTC"
        self.mission_start: datetime | None = None
        self._listed: uuid.UUID | None = None  # the mission whose registrations are listed

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(lambda _id: self._turned())
        self.model: RowTableModel[RegistrationRow] = RowTableModel(REGISTRATION_COLUMNS, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search: name, organisation, country, cluster, role, status…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        add_enum_items(self.status_filter, RegistrationStatus)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)

        self.steps = steps = RegistrationSteps(self, self)
        steps.message.connect(self.message)
        steps.dataChanged.connect(self.dataChanged)
        steps.importRequested.connect(self.importRequested)
        steps.reprintRequested.connect(self.reprintRequested)
        steps.saveBadgeRequested.connect(self.saveBadgeRequested)
        # The steps' actions by their names on the page (the menus and tests use them).
        self.add_action, self.edit_action = steps.add_action, steps.edit_action
        self.remove_action, self.import_action = steps.remove_action, steps.import_action
        self.export_action, self.reprint_action = steps.export_action, steps.reprint_action
        self.save_badge_action = steps.save_badge_action
        self.status_menu, self.status_actions = steps.status_menu, steps.status_actions
        self.status_button = steps.status_button

        self.table = RegistrationTable(self.model, self.settings)
        self.table.doubleClicked.connect(lambda _i: self.steps.edit_registration())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.delegations = DelegationsPanel(db, self.mission_id)
        self.delegations.columnsChanged.connect(self._auto_size_panel)
        self.group_by, self.form_button = self.delegations.group_by, self.delegations.form_button
        self.groups, self.groups_view = self.delegations.groups, self.delegations.groups_view
        self.form_button.clicked.connect(self.steps.form_delegations)
        self._build_layout()
        self.model.modelReset.connect(self._update_count)
        self._update_actions()

    def _build_layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_actions(toolbar, (self.add_action, self.edit_action))
        toolbar.addWidget(self.status_button)
        add_actions(
            toolbar,
            (self.remove_action, self.import_action, self.export_action, None, self.reprint_action),
        )

        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        self.panel_toggle = QToolButton()
        self.panel_toggle.setToolTip(
            self.tr("The delegations beside the list; or drag the bar between them to the edge")
        )
        self.panel_toggle.clicked.connect(
            lambda: self.show_delegations(not self.delegations_shown())
        )
        filters.addWidget(self.panel_toggle)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.delegations)
        splitter.setStretchFactor(0, 1)  # a wider window widens the list, not the panel
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)  # dragged to the edge, the panel folds away
        splitter.splitterMoved.connect(lambda _pos, _index: self._panel_moved())
        saved = self.settings.value(SETTINGS_SPLITTER)
        if saved is not None and splitter.restoreState(saved):
            self._panel_auto = False
        self._sync_toggle()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Registrations and delegations") + "</h2>"))
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)

    @property
    def dialog(self) -> QDialog | None:
        """The form open (adding people, editing a registration), if any."""
        return self.steps.dialog

    # ------------------------------------------------------------------ columns and panel

    def hidden_columns(self) -> set[str]:
        return self.table.hidden_columns()

    def set_column_shown(self, title: str, shown: bool) -> None:
        """Show or hide a column (not the name), and remember it."""
        self.table.set_column_shown(title, shown)

    def default_columns(self) -> None:
        self.table.default_columns()

    def columns_menu(self) -> QMenu:
        """The header's menu: a tick for each column, and the default choice back."""
        return self.table.columns_menu()

    def fit_columns(self) -> None:
        """The list and the delegations fit their width (on every resize and refresh)."""
        self.table.fit()
        self.delegations.fit()

    def delegations_shown(self) -> bool:
        return self.splitter.sizes()[1] > 0

    def show_delegations(self, shown: bool) -> None:
        """Fold the delegations panel away (the list takes the width) or bring it back."""
        total = sum(self.splitter.sizes()) or self.splitter.width()
        panel = self._panel_width(total) if shown else 0
        self.splitter.setSizes([total - panel, panel])
        self._panel_moved()

    def _sync_toggle(self) -> None:
        shown = self.splitter.sizes()[1] > 0 or self._panel_auto
        self.panel_toggle.setText(
            self.tr("Hide delegations ▸") if shown else self.tr("◂ Show delegations")
        )

    def _panel_moved(self) -> None:
        self._panel_auto = False
        self._sync_toggle()
        self.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())

    def _panel_width(self, total: int) -> int:
        """What the delegations' counts need (every shown column whole), within bounds."""
        return max(PANEL_LEAST, min(self.delegations.needed_width(), int(total * PANEL_SHARE)))

    def _auto_size_panel(self) -> None:
        total = sum(self.splitter.sizes())
        if not self._panel_auto or total <= 0 or not self.isVisible():
            return
        panel = self._panel_width(total)
        self.splitter.setSizes([total - panel, panel])
        self._sync_toggle()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._auto_size_panel()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._auto_size_panel()

    # ------------------------------------------------------------------ data

    def mission_id(self) -> uuid.UUID | None:
        return self.mission_combo.mission_id()

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        self.mission_combo.reload(select)

    def show_mission(self, mission_id: uuid.UUID) -> None:
        self.mission_combo.show_mission(mission_id)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the list again at once (after the person's own change), keeping the selection
        or selecting ``select``."""
        if self.loads.hold(select):
            return
        self._load(select, background=False)

    def _turned(self) -> None:
        """Another mission chosen: its list is read in the background in the window."""
        if self.loads.hold():
            return
        self._load(None, background=self.loads.lazy)

    def _load(self, select: uuid.UUID | None, *, background: bool) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            self.reader.drop()
            self._listed = None
            self.model.set_rows([])
            self.delegations.clear()
            self._update_actions()
            return
        if mission_id != self._listed:  # no row of another mission stays while this one is read
            self.model.set_rows([])
            self.delegations.clear()
        self._update_actions()
        grouping = self.delegations.grouping()

        def read(session: Session) -> _ReadRegistrations:
            mission = missions_svc.get_mission(session, mission_id)
            return _ReadRegistrations(
                mission.timezone,
                mission.start_date,
                svc.list_registrations(session, mission_id),
                svc.delegation_groups(session, mission_id, grouping),
            )

        def apply(listed: _ReadRegistrations) -> None:
            keep = [select] if select else self.selected_ids()
            self._listed = mission_id
            self.zone = listed.zone
            self.mission_start = datetime.combine(listed.start, time(9, 0))
            self.model.set_rows(listed.rows)
            self.fit_columns()
            self.delegations.set_groups(listed.groups)
            self.select(keep)
            self._update_actions()

        self.reader.read(read, apply, background=background)

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self._update_count()

    def grouping(self) -> tuple[GroupBy, str]:
        """How the delegations are counted: by cluster or by country, and in words."""
        return self.delegations.grouping(), self.group_by.currentText()

    def _status_filter_changed(self) -> None:
        value = self.status_filter.currentData()
        status = RegistrationStatus(value) if value else None
        self.model.set_predicate(None if status is None else (lambda r: r.status is status))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            arg(self.tr("%1 registered"), total)
            if shown == total
            else arg(self.tr("%1 of %2 shown"), shown, total)
        )

    def show_change(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
        """Called by undo commands after they changed the database."""
        if mission_id != self.mission_id():
            self.show_mission(mission_id)
        self.refresh(select=select)
        self.dataChanged.emit()

    # ------------------------------------------------------------------ selection

    def selected_rows(self) -> list[RegistrationRow]:
        return [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]

    def selected_ids(self) -> list[uuid.UUID]:
        return [r.id for r in self.selected_rows()]

    def select(self, ids: list[uuid.UUID]) -> None:
        positions = self.model.positions_by(_registration_id)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in self.model.shown_at(positions[i] for i in ids if i in positions):
            selection.select(
                self.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )

    _select = select  # the name tests/gui/test_exports_gui.py selects with

    def _update_actions(self) -> None:
        self.steps.update_actions(len(self.table.selectionModel().selectedRows()))

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.edit_action, self.reprint_action, self.save_badge_action):
            menu.addAction(act)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.popup(self.table.viewport().mapToGlobal(position))
