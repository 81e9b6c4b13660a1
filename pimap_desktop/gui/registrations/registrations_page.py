"""A mission's people: registrations with role, status and travel, and the delegations they
form (by cluster or by country, with counts). Every change can be undone."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
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

from pimap_desktop.db import Database
from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import NotFoundError
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
from pimap_desktop.services import directory, exporting
from pimap_desktop.services import missions as missions_svc
from pimap_desktop.services import registrations as svc
from pimap_desktop.services.registrations import DelegationGroup, RegistrationRow


def _when(value: datetime | None) -> str:
    return value.strftime("%a %d %b %H:%M") if value else ""


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value else 0.0


REGISTRATION_COLUMNS: list[Column[RegistrationRow]] = [
    Column(
        "Name",
        lambda r: r.full_name,
        sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
    ),
    Column("Organisation", lambda r: r.organisation),
    Column("Country", lambda r: r.country),
    Column("Cluster", lambda r: r.cluster),
    Column("Role", lambda r: r.role.label),
    Column("Status", lambda r: r.status.label),
    Column("Delegation", lambda r: r.delegation),
    Column("Arrival", lambda r: _when(r.arrival_local), sort_key=lambda r: _stamp(r.arrival_local)),
    Column(
        "Departure",
        lambda r: _when(r.departure_local),
        sort_key=lambda r: _stamp(r.departure_local),
    ),
    Column("Hotel", lambda r: r.hotel),
    Column("Diet", lambda r: r.diet),
    Column(
        "Badges",
        lambda r: _badges(r.badges_printed, r.badge_printed_local),
        sort_key=lambda r: r.badges_printed,
    ),
]


def _badges(count: int, last: datetime | None) -> str:
    """``2, last 26 Jan 08:41``: how many badges were printed (reprints too) and when."""
    if not count or last is None:
        return ""
    return f"{count}, last {last:%d %b %H:%M}"


def _status_column(status: RegistrationStatus) -> Column[DelegationGroup]:
    return Column(
        status.label,
        lambda g: str(g.by_status.get(status, 0) or ""),
        sort_key=lambda g: g.by_status.get(status, 0),
        align_right=True,
    )


GROUP_COLUMNS: list[Column[DelegationGroup]] = [
    Column("Group", lambda g: g.name),
    Column("All", lambda g: str(g.total), sort_key=lambda g: g.total, align_right=True),
    Column(
        "Confirmed", lambda g: str(g.confirmed), sort_key=lambda g: g.confirmed, align_right=True
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


class RegistrationsPage(QWidget):
    """Who takes part in a mission. Emits ``dataChanged`` when registrations change, so that
    other areas (the missions list's counts) can refresh."""

    message = Signal(str)
    dataChanged = Signal()
    importRequested = Signal(object)  # the mission id
    # (mission id, registration id, name): print one badge, or save it as a PDF
    reprintRequested = Signal(object, object, str)
    saveBadgeRequested = Signal(object, object, str)

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
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
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((180, 220, 60, 170, 110, 90, 150, 120, 120, 150, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_registration())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.group_by = QComboBox()
        self.group_by.addItem("by cluster", "cluster")
        self.group_by.addItem("by country", "country")
        self.group_by.currentIndexChanged.connect(lambda _i: self._refresh_groups())
        self.groups: RowTableModel[DelegationGroup] = RowTableModel(GROUP_COLUMNS, self)
        self.groups_view = QTableView()
        self.groups_view.setModel(self.groups)
        self.groups_view.verticalHeader().hide()
        self.groups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.groups_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.groups_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
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

    def _ask_save_path(self, title: str, suggested: str, filters: str) -> str:
        """The file dialog (a boundary that tests replace)."""
        path, _filter = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return path

    def export_people(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        chosen = self._ask_save_path(
            "Export the mission's people",
            str(Path.home() / f"{code}-people.xlsx"),
            TABLE_FILE_FILTERS,
        )
        if not chosen:
            return
        out, fmt = table_file(chosen)
        try:
            with self.db.session() as session:
                report = exporting.export_people(session, mission_id, fmt, out)
        except Exception as exc:
            report_error(self, exc, action="export the people")
            return
        self.message.emit(f"{report.rows} registrations written to {report.path}.")
