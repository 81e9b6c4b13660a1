"""A mission's people: registrations with role, status and travel, and the delegations they
form (by cluster or by country, with counts). Every change can be undone."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, time
from typing import Literal

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.models import ROW_ROLE, Column, RowTableModel
from pimap_desktop.gui.registrations.dialogs import AddPeopleDialog, RegistrationDialog
from pimap_desktop.gui.undo import (
    EditRegistration,
    FormDelegations,
    RegisterPeople,
    RemoveRegistrations,
    SetStatus,
)
from pimap_desktop.gui.widgets import TABLE_FILE_FILTERS, add_enum_items, table_file
from pimap_desktop.services import exporting
from pimap_desktop.services.directory import directory
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.registrations import registrations as svc
from pimap_desktop.services.registrations.registrations import DelegationGroup, RegistrationRow
from pimap_desktop.store.database import Database


def _zone_letters(value: datetime) -> str:
    """``PST``: the letters of the zone an aware local time is in (its offset if it has none)."""
    return value.tzname() or ""


def _when(value: datetime | None) -> str:
    """``Tue 26 Jan 18:40 PST``: a local time of the mission, its zone named."""
    return f"{value:%a %d %b %H:%M} {_zone_letters(value)}".rstrip() if value else ""


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value else 0.0


REGISTRATION_COLUMNS: list[Column[RegistrationRow]] = [
    Column(
        "Name",
        lambda r: r.full_name,
        sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
        tooltip=lambda r: r.full_name,
    ),
    Column("Organisation", lambda r: r.organisation, tooltip=lambda r: r.organisation),
    Column("Country", lambda r: r.country),
    Column("Cluster", lambda r: r.cluster, tooltip=lambda r: r.cluster),
    Column("Role", lambda r: r.role.label),
    Column("Status", lambda r: r.status.label),
    Column("Delegation", lambda r: r.delegation, tooltip=lambda r: r.delegation),
    Column("Arrival", lambda r: _when(r.arrival_local), sort_key=lambda r: _stamp(r.arrival_local)),
    Column(
        "Departure",
        lambda r: _when(r.departure_local),
        sort_key=lambda r: _stamp(r.departure_local),
    ),
    Column("Hotel", lambda r: r.hotel, tooltip=lambda r: r.hotel),
    Column("Diet", lambda r: r.diet, tooltip=lambda r: r.diet),
    Column(
        "Badges",
        lambda r: _badges(r.badges_printed, r.badge_printed_local),
        sort_key=lambda r: r.badges_printed,
    ),
]


# What the table shows until the coordinator chooses (header menu): it fits beside the
# delegations at 1366 pixels; Country, Cluster, Hotel, Diet and Badges are a click away.
DEFAULT_HIDDEN = frozenset({"Country", "Cluster", "Hotel", "Diet", "Badges"})
ALWAYS_SHOWN = "Name"
# Columns that take the width left (long texts, elided with the whole text in a tooltip), with
# the least width each keeps; the others are as wide as their longest value.
ELASTIC = {
    "Name": 120,
    "Organisation": 140,
    "Cluster": 100,
    "Delegation": 100,
    "Hotel": 100,
    "Diet": 80,
}
SETTINGS_HIDDEN = "registrations/hidden_columns"
SETTINGS_SPLITTER = "registrations/splitter"
# The delegations panel: as wide as its counts need, within these bounds (the least width, the
# largest share of the page), until the coordinator sizes it by hand.
PANEL_LEAST = 260
PANEL_SHARE = 0.27


def _badges(count: int, last: datetime | None) -> str:
    """``2, last 26 Jan 08:41 PST``: how many badges were printed (reprints too) and when."""
    if not count or last is None:
        return ""
    return f"{count}, last {last:%d %b %H:%M} {_zone_letters(last)}".rstrip()


# The delegations panel is narrow: its counts have short headings, named in full in a tooltip.
SHORT_STATUS = {
    RegistrationStatus.CONFIRMED: "Conf.",
    RegistrationStatus.REGISTERED: "Reg.",
    RegistrationStatus.INVITED: "Inv.",
    RegistrationStatus.WAITLISTED: "Wait.",
    RegistrationStatus.CANCELLED: "Canc.",
    RegistrationStatus.NO_SHOW: "No-show",
}


def _status_column(status: RegistrationStatus) -> Column[DelegationGroup]:
    return Column(
        SHORT_STATUS[status],
        lambda g: str(g.by_status.get(status, 0) or ""),
        sort_key=lambda g: g.by_status.get(status, 0),
        align_right=True,
    )


def _group_tooltip(group: DelegationGroup) -> str:
    counts = ", ".join(
        f"{count} {status.label.lower()}" for status, count in group.by_status.items() if count
    )
    return f"{group.name}: {group.total} ({counts})" if counts else group.name


def fit_columns(view: QTableView, elastic: Mapping[int, int], padding: int = 6) -> None:
    """Fit a table's shown columns to its width without a horizontal scroll bar where it can:
    each column as wide as its contents, then the ``elastic`` ones (column -> the least width it
    keeps; long texts, elided with a tooltip) share what is left in proportion to their
    contents, or give up room down to that least width. Every column stays resizable by hand."""
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    natural = {
        c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) + padding for c in shown
    }
    widths = dict(natural)
    room = view.viewport().width() - sum(natural[c] for c in shown if c not in elastic)
    free = [c for c in shown if c in elastic]
    # Proportional shares; a column whose share is under its least width gets that width, and
    # the others share what remains (at most one round per column).
    while free:
        wanted = sum(natural[c] for c in free) or 1
        short = [c for c in free if natural[c] * room / wanted < min(elastic[c], natural[c])]
        if not short:
            for c in free:
                widths[c] = int(natural[c] * room / wanted)
            widths[free[-1]] += max(0, room - sum(widths[c] for c in free))
            break
        for c in short:
            widths[c] = min(elastic[c], natural[c])
            room -= widths[c]
            free.remove(c)
    for c, width in widths.items():
        header.resizeSection(c, width)


GROUP_COLUMNS: list[Column[DelegationGroup]] = [
    Column("Group", lambda g: g.name, tooltip=_group_tooltip),
    Column("All", lambda g: str(g.total), sort_key=lambda g: g.total, align_right=True),
    Column(
        SHORT_STATUS[RegistrationStatus.CONFIRMED],
        lambda g: str(g.confirmed),
        sort_key=lambda g: g.confirmed,
        align_right=True,
    ),
    *[
        _status_column(status)
        for status in (
            RegistrationStatus.REGISTERED,
            RegistrationStatus.INVITED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.CANCELLED,
            RegistrationStatus.NO_SHOW,
        )
    ],
]


GROUP_HEADINGS = (
    "The delegation (or cluster, or country)",
    "All registrations",
    *(s.label for s in SHORT_STATUS),
)


class GroupTableModel(RowTableModel[DelegationGroup]):
    """The delegations' counts, their short headings named in full in a tooltip."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(GROUP_HEADINGS)
        ):
            return GROUP_HEADINGS[section]
        return super().headerData(section, orientation, role)


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
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.settings = settings if settings is not None else QSettings()
        self._panel_auto = True  # sized by the page until the coordinator sizes it
        self.dialog: QDialog | None = None
        self.zone = "UTC"
        self.mission_start: datetime | None = None

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(lambda _id: self.refresh())
        self.model: RowTableModel[RegistrationRow] = RowTableModel(REGISTRATION_COLUMNS, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            "Search: name, organisation, country, cluster, role, status…"
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", "")
        add_enum_items(self.status_filter, RegistrationStatus)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a person; long texts elided, whole in a tooltip
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        header.setToolTip("Right-click to choose the columns")
        self._apply_hidden(self._saved_hidden())
        self.table.doubleClicked.connect(lambda _i: self.edit_registration())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.group_by = QComboBox()
        self.group_by.addItem("by cluster", "cluster")
        self.group_by.addItem("by country", "country")
        self.group_by.currentIndexChanged.connect(lambda _i: self._refresh_groups())
        self.groups = GroupTableModel(GROUP_COLUMNS, self)
        self.groups_view = QTableView()
        self.groups_view.setModel(self.groups)
        self.groups_view.verticalHeader().hide()
        self.groups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.groups_view.setWordWrap(False)
        groups_header = self.groups_view.horizontalHeader()
        groups_header.setMinimumSectionSize(24)
        groups_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        groups_header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)  # refit the columns on every resize
        self.groups_view.viewport().installEventFilter(self)
        self.groups.modelReset.connect(self._hide_empty_statuses)
        self.form_button = form_button = QPushButton("Form these delegations")
        form_button.setToolTip(
            "Make one delegation per group and put each person in theirs "
            "(programme items can then be meant for one delegation)"
        )
        form_button.clicked.connect(self.form_delegations)

        self._build_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action):
            toolbar.addAction(action)
        self.status_button = status_button = QToolButton()
        status_button.setText("Set status")
        status_button.setMenu(self.status_menu)
        status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(status_button)
        for action in (self.remove_action, self.import_action, self.export_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.reprint_action)

        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(QLabel("Status:"))
        filters.addWidget(self.status_filter)
        self.panel_toggle = QToolButton()
        self.panel_toggle.setToolTip(
            "The delegations beside the list; or drag the bar between them to the edge"
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
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<b>Delegations</b>"))
        heading.addWidget(self.group_by)
        heading.addStretch(1)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.groups_view, 1)
        right_layout.addWidget(form_button)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
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
        layout.addWidget(QLabel("<h2>Registrations and delegations</h2>"))
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)
        self.model.modelReset.connect(self._update_count)
        self._update_actions()

    def _build_actions(self) -> None:
        def action(text: str, slot: object, shortcut: str | None = None) -> QAction:
            made = QAction(text, self)
            made.triggered.connect(slot)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(made)
            return made

        self.add_action = action("&Add people…", self.add_people, "Ctrl+Shift+N")
        self.edit_action = action("&Edit registration…", self.edit_registration, "Ctrl+E")
        self.remove_action = action("&Remove from mission", self.remove_selected, "Del")
        self.import_action = action("&Import people…", self._request_import, "Ctrl+I")
        self.export_action = action("E&xport people…", self.export_people)
        self.reprint_action = action(
            "Reprint &badge…", lambda: self._request_badge(self.reprintRequested), "Ctrl+Shift+P"
        )
        self.reprint_action.setToolTip("Print the selected person's badge on a printer")
        self.save_badge_action = action(
            "Save badge P&DF…", lambda: self._request_badge(self.saveBadgeRequested)
        )
        self.save_badge_action.setToolTip("The selected person's badge as a PDF file")
        self.status_menu = QMenu("Set &status", self)
        self.status_actions: dict[RegistrationStatus, QAction] = {}
        for status in RegistrationStatus:
            act = self.status_menu.addAction(status.label)
            act.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = act

    # ------------------------------------------------------------------ columns and panel

    def _saved_hidden(self) -> set[str]:
        """The columns the coordinator hid (by title), else the default ones."""
        saved = self.settings.value(SETTINGS_HIDDEN)
        if isinstance(saved, str) and saved:
            try:
                titles = json.loads(saved)
            except ValueError:
                titles = None
            if isinstance(titles, list):
                return {t for t in titles if isinstance(t, str)} - {ALWAYS_SHOWN}
        return set(DEFAULT_HIDDEN)

    def hidden_columns(self) -> set[str]:
        return {
            spec.title
            for column, spec in enumerate(REGISTRATION_COLUMNS)
            if self.table.isColumnHidden(column)
        }

    def _apply_hidden(self, hidden: set[str]) -> None:
        for column, spec in enumerate(REGISTRATION_COLUMNS):
            self.table.setColumnHidden(column, spec.title in hidden)
        self._fit_table()

    def _fit_table(self) -> None:
        elastic = {
            c: ELASTIC[spec.title]
            for c, spec in enumerate(REGISTRATION_COLUMNS)
            if spec.title in ELASTIC
        }
        fit_columns(self.table, elastic)

    def _fit_groups(self) -> None:
        fit_columns(self.groups_view, {0: 80}, padding=0)

    def fit_columns(self) -> None:
        """The list and the delegations fit their width (on every resize and refresh)."""
        self._fit_table()
        self._fit_groups()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.table.viewport():
                self._fit_table()
            elif watched is self.groups_view.viewport():
                self._fit_groups()
        return super().eventFilter(watched, event)

    def set_column_shown(self, title: str, shown: bool) -> None:
        """Show or hide a column (not the name), and remember it."""
        if title == ALWAYS_SHOWN:
            return
        hidden = self.hidden_columns()
        if shown:
            hidden.discard(title)
        else:
            hidden.add(title)
        self._remember_columns(hidden)

    def default_columns(self) -> None:
        self._remember_columns(set(DEFAULT_HIDDEN))

    def _remember_columns(self, hidden: set[str]) -> None:
        self._apply_hidden(hidden)
        order = [spec.title for spec in REGISTRATION_COLUMNS if spec.title in hidden]
        self.settings.setValue(SETTINGS_HIDDEN, json.dumps(order))

    def columns_menu(self) -> QMenu:
        """The header's menu: a tick for each column, and the default choice back."""
        menu = QMenu(self)
        hidden = self.hidden_columns()
        for spec in REGISTRATION_COLUMNS:
            act = menu.addAction(spec.title)
            act.setCheckable(True)
            act.setChecked(spec.title not in hidden)
            act.setEnabled(spec.title != ALWAYS_SHOWN)
            act.toggled.connect(lambda on, t=spec.title: self.set_column_shown(t, on))
        menu.addSeparator()
        menu.addAction("Default columns", self.default_columns)
        return menu

    def _columns_menu(self, position: QPoint) -> None:
        menu = self.columns_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def _hide_empty_statuses(self) -> None:
        """Status columns in which every group counts none take no room in the panel."""
        rows: Sequence[DelegationGroup] = self.groups.rows()
        for column, spec in enumerate(GROUP_COLUMNS):
            if column < 3:  # group, all, confirmed
                continue
            empty = all(not spec.text(g) for g in rows)
            self.groups_view.setColumnHidden(column, empty and bool(rows))
        self._auto_size_panel()
        self._fit_groups()

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
        self.panel_toggle.setText("Hide delegations ▸" if shown else "◂ Show delegations")

    def _panel_moved(self) -> None:
        self._panel_auto = False
        self._sync_toggle()
        self._remember_splitter()

    def _panel_width(self, total: int) -> int:
        """What the delegations' counts need (every shown column whole), within bounds."""
        view = self.groups_view
        header = view.horizontalHeader()
        needed = sum(
            max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
            for c in range(header.count())
            if not header.isSectionHidden(c)
        )
        needed += 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        return max(PANEL_LEAST, min(needed, int(total * PANEL_SHARE)))

    def _auto_size_panel(self) -> None:
        total = sum(self.splitter.sizes())
        if not self._panel_auto or total <= 0 or not self.isVisible():
            return
        panel = self._panel_width(total)
        self.splitter.setSizes([total - panel, panel])
        self._sync_toggle()

    def _remember_splitter(self) -> None:
        self.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())

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
        mission_id = self.mission_id()
        keep = [select] if select else self.selected_ids()
        if mission_id is None:
            self.model.set_rows([])
            self.groups.set_rows([])
            self._update_actions()
            return
        try:
            with self.db.session() as session:
                mission = missions_svc.get_mission(session, mission_id)
                self.zone = mission.timezone
                self.mission_start = datetime.combine(mission.start_date, time(9, 0))
                rows = svc.list_registrations(session, mission_id)
        except NotFoundError:
            self.reload_missions()
            return
        self.model.set_rows(rows)
        self.fit_columns()
        self._refresh_groups()
        self._select(keep)
        self._update_actions()

    def _refresh_groups(self) -> None:
        by: Literal["cluster", "country"] = self.group_by.currentData()
        mission_id = self.mission_id()
        if mission_id is None:
            self.groups.set_rows([])
            return
        with self.db.session() as session:
            self.groups.set_rows(svc.delegation_groups(session, mission_id, by))

    def _status_filter_changed(self) -> None:
        value = self.status_filter.currentData()
        status = RegistrationStatus(value) if value else None
        self.model.set_predicate(None if status is None else (lambda r: r.status is status))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            f"{total} registered" if shown == total else f"{shown} of {total} shown"
        )

    def _changed(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
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

    def _select(self, ids: list[uuid.UUID]) -> None:
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in range(self.model.rowCount()):
            if self.model.row(self.model.index(row, 0)).id in wanted:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _update_actions(self) -> None:
        has_mission = self.mission_id() is not None
        count = len(self.table.selectionModel().selectedRows())
        for act in (self.add_action, self.import_action, self.export_action):
            act.setEnabled(has_mission)
        self.edit_action.setEnabled(count == 1)
        self.reprint_action.setEnabled(count == 1)
        self.save_badge_action.setEnabled(count == 1)
        self.remove_action.setEnabled(count > 0)
        self.status_menu.setEnabled(count > 0)
        self.status_button.setEnabled(count > 0)

    # ------------------------------------------------------------------ actions

    def _open(self, dialog: QDialog, on_accept: object) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def add_people(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            present = {r.person_id for r in svc.list_registrations(session, mission_id)}
            people = [p for p in directory.list_people(session) if p.id not in present]
        added: list[svc.RegisterReport] = []

        def submit(
            ids: list[uuid.UUID], role: RegistrationRole, status: RegistrationStatus
        ) -> None:
            with self.db.session() as session:
                added.append(
                    svc.register_people(session, mission_id, ids, role=role, status=status)
                )

        def done() -> None:
            report = added[0]
            self.undo_stack.push(
                RegisterPeople(self.db, mission_id, report.registered, self._changed)
            )
            self.refresh()
            self._select(list(report.registered))
            self.dataChanged.emit()
            self.message.emit(f"{len(report.registered)} added to the mission.")

        self._open(AddPeopleDialog(submit, people, self), done)

    def edit_registration(self) -> None:
        rows = self.selected_rows()
        mission_id = self.mission_id()
        if len(rows) != 1 or mission_id is None:
            return
        row = rows[0]
        try:
            with self.db.session() as session:
                before = svc.registration_data(session, row.id)
                delegations = svc.mission_delegations(session, mission_id)
        except NotFoundError as exc:
            report_error(self, exc)
            self.refresh()
            return
        saved: list[svc.RegistrationData] = []

        def submit(data: svc.RegistrationData) -> None:
            with self.db.session() as session:
                svc.update_registration(session, row.id, data)
            saved.append(data)

        def done() -> None:
            self.undo_stack.push(
                EditRegistration(
                    self.db, mission_id, row.id, before, saved[0], self._changed, row.full_name
                )
            )
            self.refresh(select=row.id)
            self.dataChanged.emit()
            self.message.emit(f"Registration of {row.full_name} saved.")

        dialog = RegistrationDialog(
            submit,
            person=f"{row.full_name} — {row.organisation}" if row.organisation else row.full_name,
            zone_name=self.zone,
            delegations=delegations,
            initial=before,
            default_day=self.mission_start or datetime.now(),
            parent=self,
        )
        self._open(dialog, done)

    def set_status(self, status: RegistrationStatus) -> None:
        ids = self.selected_ids()
        mission_id = self.mission_id()
        if not ids or mission_id is None:
            return
        try:
            with self.db.session() as session:
                before = svc.set_status(session, ids, status)
        except Exception as exc:
            report_error(self, exc, action="change the status")
            self.refresh()
            return
        self.undo_stack.push(SetStatus(self.db, mission_id, status, before, self._changed))
        self.refresh()
        self.dataChanged.emit()
        self.message.emit(f"{len(ids)} set to {status.label.lower()}. Undo with Ctrl+Z.")

    def remove_selected(self) -> None:
        ids = tuple(self.selected_ids())
        mission_id = self.mission_id()
        if not ids or mission_id is None:
            return
        try:
            with self.db.session() as session:
                removed = svc.remove_registrations(session, ids)
        except Exception as exc:
            report_error(self, exc, action="remove from the mission")
            self.refresh()
            return
        self.undo_stack.push(RemoveRegistrations(self.db, mission_id, ids, removed, self._changed))
        self.refresh()
        self.dataChanged.emit()
        self.message.emit(f"{removed.count} removed from the mission. Undo with Ctrl+Z.")

    def form_delegations(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        by: Literal["cluster", "country"] = self.group_by.currentData()
        try:
            with self.db.session() as session:
                formed = svc.form_delegations(session, mission_id, by)
        except Exception as exc:
            report_error(self, exc, action="form the delegations")
            return
        self.undo_stack.push(FormDelegations(self.db, mission_id, formed, by, self._changed))
        self.refresh()
        self.message.emit(
            f"Delegations formed {self.group_by.currentText()}: {formed.changed} people placed. "
            "Undo with Ctrl+Z."
        )

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.edit_action, self.reprint_action, self.save_badge_action):
            menu.addAction(act)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _request_badge(self, signal: SignalInstance) -> None:
        rows, mission_id = self.selected_rows(), self.mission_id()
        if len(rows) == 1 and mission_id is not None:
            signal.emit(mission_id, rows[0].id, rows[0].full_name)

    def _request_import(self) -> None:
        mission_id = self.mission_id()
        if mission_id is not None:
            self.importRequested.emit(mission_id)

    def export_people(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        chosen = dialogs.ask_save_path(
            self,
            "Export the mission's people",
            f"{code}-people.xlsx",
            TABLE_FILE_FILTERS,
            key="tables",
        )
        if chosen is None:
            return
        out, fmt = table_file(str(chosen))
        try:
            with self.db.session() as session:
                report = exporting.export_people(session, mission_id, fmt, out)
        except Exception as exc:
            report_error(self, exc, action="export the people")
            return
        self.message.emit(f"{report.rows} registrations written to {report.path}.")
