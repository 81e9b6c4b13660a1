"""The missions list: search, filter by status, sort; create, edit, duplicate, delete."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import MissionStatus
from pimap_desktop.domain.models import Mission
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.lazy import LoadWhenShown
from pimap_desktop.gui.missions.mission_dialog import DuplicateMissionDialog, MissionDialog
from pimap_desktop.gui.models import ROW_ROLE, Column, RowTableModel
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.widgets import add_enum_items
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.services.missions.missions import DeletionImpact, MissionData, MissionRow
from pimap_desktop.services.versions import version_of
from pimap_desktop.store.database import Database


def format_dates(start: date, end: date) -> str:
    """'24–29 Jan 2027', '30 Jun – 2 Jul 2027', '28 Dec 2026 – 2 Jan 2027'."""
    if start == end:
        return f"{start.day} {when(start, '%b %Y')}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {when(end, '%b %Y')}"
    if start.year == end.year:
        return f"{start.day} {when(start, '%b')} – {end.day} {when(end, '%b %Y')}"
    return f"{start.day} {when(start, '%b %Y')} – {end.day} {when(end, '%b %Y')}"


MISSION_COLUMNS: list[Column[MissionRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: enum_label(r.kind)),
    Column(
        QT_TRANSLATE_NOOP("columns", "City"),
        lambda r: f"{r.city}, {r.country}" if r.country else r.city,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Dates"),
        lambda r: format_dates(r.start_date, r.end_date),
        sort_key=lambda r: r.start_date.toordinal(),
        tooltip=lambda r: arg(
            QCoreApplication.translate("MissionsPage", "%1 to %2, %3"),
            r.start_date.isoformat(),
            r.end_date.isoformat(),
            r.timezone,
        ),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Time zone"), lambda r: r.timezone),
    Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: enum_label(r.status)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Registrations"),
        lambda r: str(r.registrations),
        sort_key=lambda r: r.registrations,
        align_right=True,
    ),
]


class MissionsPage(QWidget):
    """Lists the missions; emits ``missionOpened`` to show one's programme."""

    missionOpened = Signal(object)  # uuid
    missionsChanged = Signal()
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = LoadWhenShown(self, self.refresh, lazy=lazy)
        self.dialog: QDialog | None = None  # the dialog in progress, if any
        self.lane = Lane()  # the background work in progress, if any
        self.model: RowTableModel[MissionRow] = RowTableModel(MISSION_COLUMNS, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search missions: code, name, city, kind…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        add_enum_items(self.status_filter, MissionStatus)
        self.status_filter.currentIndexChanged.connect(self._status_changed)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.new_action = QAction(self.tr("&New mission…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_mission)
        self.edit_action = QAction(self.tr("&Edit mission…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_mission)
        self.duplicate_action = QAction(self.tr("D&uplicate mission…"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.triggered.connect(self.duplicate_mission)
        self.delete_action = QAction(self.tr("&Delete mission…"), self)
        self.delete_action.triggered.connect(self.delete_mission)
        self.open_action = QAction(self.tr("Open &programme"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.open_action.triggered.connect(self._open_selected)
        for action in (self.edit_action, self.duplicate_action, self.open_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.open_action,
        ):
            toolbar.addAction(action)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status_filter)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        heading = QLabel("<h2>" + self.tr("Missions and workshops") + "</h2>")
        layout.addWidget(heading)
        layout.addWidget(toolbar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.model.modelReset.connect(self._update_count)
        self.refresh()

    # ------------------------------------------------------------------ data

    def refresh(self, select: uuid.UUID | None = None) -> None:
        if self.loads.hold(select):
            return
        keep = select or self.selected_id()
        with self.db.session() as session:
            rows = svc.list_missions(session)
        self.model.set_rows(rows)
        if keep is not None:
            self.select_mission(keep)
        self._update_actions()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            self.tr("%n mission(s)", "", total)
            if shown == total
            else arg(self.tr("%1 of %n mission(s) shown", "", total), shown)
        )

    def _status_changed(self) -> None:
        value = self.status_filter.currentData()
        status = MissionStatus(value) if value else None
        self.model.set_predicate(None if status is None else (lambda r: r.status is status))

    def selected_id(self) -> uuid.UUID | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row: MissionRow = indexes[0].data(ROW_ROLE)
        return row.id

    def select_mission(self, mission_id: uuid.UUID) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ROW_ROLE).id == mission_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _update_actions(self) -> None:
        has = self.selected_id() is not None
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.open_action,
        ):
            action.setEnabled(has)

    def _open_index(self, index: QModelIndex) -> None:
        self.missionOpened.emit(index.data(ROW_ROLE).id)

    def _open_selected(self) -> None:
        mission_id = self.selected_id()
        if mission_id is not None:
            self.missionOpened.emit(mission_id)

    # ------------------------------------------------------------------ actions

    def _clusters(self) -> list[tuple[uuid.UUID, str]]:
        with self.db.session() as session:
            return svc.list_clusters(session)

    def _open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Show a dialog without blocking; ``on_accept`` runs once it is accepted."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def new_mission(self) -> None:
        created: list[uuid.UUID] = []

        def submit(data: MissionData) -> None:
            with self.db.session() as session:
                created.append(svc.create_mission(session, data))

        dialog = MissionDialog(submit, self._clusters(), self, title=self.tr("New mission"))

        def done() -> None:
            self.refresh(select=created[0])
            self.missionsChanged.emit()
            self.message.emit(
                arg(self.tr("Mission %1 created."), dialog.data().code.strip().upper())
            )

        self._open_dialog(dialog, done)

    def edit_mission(self) -> None:
        mission_id = self.selected_id()
        if mission_id is None:
            return
        try:
            with self.db.session() as session:
                # The version first: a change in between makes the save refused, not lost.
                loaded = version_of(session, Mission, mission_id)
                initial = svc.mission_data(session, mission_id)
        except Exception as exc:
            report_error(self, exc, action=self.tr("open the mission"))
            self.refresh()
            return

        def submit(data: MissionData) -> None:
            with self.db.session() as session:
                svc.update_mission(session, mission_id, data, expected_version=loaded)

        dialog = MissionDialog(
            submit,
            self._clusters(),
            self,
            initial=initial,
            title=arg(self.tr("Edit mission %1"), initial.code),
        )

        def done() -> None:
            self.refresh(select=mission_id)
            self.missionsChanged.emit()
            self.message.emit(arg(self.tr("Mission %1 saved."), dialog.data().code.strip().upper()))

        self._open_dialog(dialog, done)

    def duplicate_mission(self) -> None:
        mission_id = self.selected_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            source = svc.mission_data(session, mission_id)
            suggested = svc.suggest_copy_code(session, source.code)
        created: list[uuid.UUID] = []

        def submit(code: str, name: str, start: date) -> None:
            with self.db.session() as session:
                created.append(
                    svc.duplicate_mission(
                        session, mission_id, new_code=code, new_name=name, new_start=start
                    )
                )

        dialog = DuplicateMissionDialog(
            submit,
            code=suggested,
            name=arg(self.tr("%1 (copy)"), source.name),
            start=source.start_date,
            parent=self,
        )

        def done() -> None:
            self.refresh(select=created[0])
            self.missionsChanged.emit()
            self.message.emit(arg(self.tr("Mission %1 duplicated."), source.code))

        self._open_dialog(dialog, done)

    def delete_mission(self) -> None:
        mission_id = self.selected_id()
        if mission_id is None:
            return
        try:
            with self.db.session() as session:
                impact = svc.deletion_impact(session, mission_id)
        except Exception as exc:
            report_error(self, exc, action=self.tr("delete the mission"))
            self.refresh()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            arg(self.tr("Delete mission %1?"), impact.code),
            arg(
                self.tr(
                    "%1\n\nA backup of the database is taken first, in the backups "
                    "folder beside it."
                ),
                deletion_text(impact),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))

        def done() -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._delete_in_background(mission_id, impact.code)

        self.dialog = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(done)
        box.open()

    def _delete_in_background(self, mission_id: uuid.UUID, code: str) -> None:
        """Back the database up, then delete; off the GUI thread, as a backup can take time."""
        db = self.db

        def work(_progress: Progress, _cancel: threading.Event) -> None:
            db.backup("before-delete")
            with db.session() as session:  # this thread's own session
                svc.delete_mission(session, mission_id)

        def deleted(_result: None) -> None:
            self.message.emit(arg(self.tr("Mission %1 deleted (a backup was taken first)."), code))

        self.message.emit(arg(self.tr("Backing up, then deleting mission %1…"), code))
        (
            Operation(self, work, action=arg(self.tr("delete mission %1"), code))
            .disabling(self)
            .success(deleted)
            .after(self._after_delete)
            .run_in_background(self.lane)
        )

    @property
    def task(self) -> Operation[None] | None:
        return self.lane.current

    def _after_delete(self) -> None:
        self.refresh()
        self.missionsChanged.emit()


class MissionDeletionText(TranslationContext):
    """The translation context of what a mission's deletion takes with it."""


def deletion_text(impact: DeletionImpact) -> str:
    """``DeletionImpact.describe`` in the interface's language: "Deleting mission PW2027 also
    deletes 12 programme items, 40 registrations."."""
    counts = [
        MissionDeletionText.tr("%n programme item(s)", "", impact.programme_items),
        MissionDeletionText.tr("%n registration(s)", "", impact.registrations),
        MissionDeletionText.tr("%n B2B session(s)", "", impact.b2b_sessions),
        MissionDeletionText.tr("%n meeting request(s)", "", impact.meeting_requests),
        MissionDeletionText.tr("%n meeting(s)", "", impact.meetings),
        MissionDeletionText.tr("%n follow-up(s)", "", impact.followups),
        MissionDeletionText.tr("%n KPI target(s)", "", impact.kpi_targets),
    ]
    numbers = (
        impact.programme_items,
        impact.registrations,
        impact.b2b_sessions,
        impact.meeting_requests,
        impact.meetings,
        impact.followups,
        impact.kpi_targets,
    )
    listed = [text for text, number in zip(counts, numbers, strict=True) if number]
    if not listed:
        return arg(
            MissionDeletionText.tr("Mission %1 has nothing else attached to it."), impact.code
        )
    return arg(
        MissionDeletionText.tr("Deleting mission %1 also deletes %2."),
        impact.code,
        ", ".join(listed),
    )
