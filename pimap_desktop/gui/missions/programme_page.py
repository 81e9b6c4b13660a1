"""A mission's programme, by day in a list and as a timeline, in the mission's local time."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.db import Database
from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.missions.programme_dialog import ProgrammeItemDialog
from pimap_desktop.gui.missions.programme_model import DAY_ROLE, ITEM_ID_ROLE, ProgrammeTreeModel
from pimap_desktop.gui.missions.timeline import ProgrammeTimeline
from pimap_desktop.gui.undo import AddProgrammeItem, DeleteProgrammeItem, EditProgrammeItem
from pimap_desktop.services import missions as svc
from pimap_desktop.services.missions import ProgrammeContext, ProgrammeItemData, ProgrammeRow


class ProgrammePage(QWidget):
    message = Signal(str)

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.context: ProgrammeContext | None = None
        self.rows: list[ProgrammeRow] = []
        self.dialog: ProgrammeItemDialog | None = None  # the dialog in progress, if any

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(lambda _id: self.refresh())
        self.zone_label = QLabel()
        self.zone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning_label.hide()

        self.model = ProgrammeTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.doubleClicked.connect(self._tree_activated)
        self.tree.selectionModel().currentRowChanged.connect(self._tree_current_changed)

        self.timeline = ProgrammeTimeline()
        self.timeline.itemSelected.connect(self._timeline_selected)
        self.timeline.itemActivated.connect(self._edit_item_id)

        self.day_filter = QComboBox()
        self.day_filter.setToolTip("Show every day of the mission side by side, or one day")
        self.day_filter.currentIndexChanged.connect(self._day_filter_changed)
        timeline_tab = QWidget()
        timeline_layout = QVBoxLayout(timeline_tab)
        timeline_layout.setContentsMargins(0, 4, 0, 0)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel("Show:"))
        day_row.addWidget(self.day_filter)
        day_row.addStretch(1)
        timeline_layout.addLayout(day_row)
        timeline_layout.addWidget(self.timeline, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, "&List")
        self.tabs.addTab(timeline_tab, "T&imeline")

        self.add_action = QAction("&Add item…", self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.add_item)
        self.edit_action = QAction("&Edit item…", self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_item)
        self.duplicate_action = QAction("D&uplicate item", self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.triggered.connect(self.duplicate_item)
        self.delete_action = QAction("&Delete item", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_item)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.add_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            toolbar.addAction(action)

        top = QHBoxLayout()
        top.addWidget(QLabel("Mission:"))
        top.addWidget(self.mission_combo, 1)
        top.addWidget(self.zone_label)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Programme</h2>"))
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.tabs, 1)
        self._update_actions()

    # ------------------------------------------------------------------ missions

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        """Refill the mission chooser (after missions were added, renamed or deleted)."""
        self.mission_combo.reload(select)

    def show_mission(self, mission_id: uuid.UUID) -> None:
        self.mission_combo.show_mission(mission_id)

    def mission_id(self) -> uuid.UUID | None:
        return self.mission_combo.mission_id()

    # ------------------------------------------------------------------ data

    def refresh(self, select: uuid.UUID | None = None) -> None:
        mission_id = self.mission_id()
        keep = select or self.selected_item()
        if mission_id is None:
            self.context, self.rows = None, []
            self.model.set_programme([], [], "")
            self.timeline.set_programme([], [], "UTC")
            self._fill_day_filter(())
            self.zone_label.setText("")
            self.warning_label.hide()
            self._update_actions()
            return
        try:
            with self.db.session() as session:
                self.context = svc.programme_context(session, mission_id)
                self.rows = svc.list_programme(session, mission_id)
        except NotFoundError:
            self.reload_missions()
            return
        ctx = self.context
        self.model.set_programme(self.rows, ctx.days, ctx.timezone)
        self.tree.expandAll()
        self.timeline.set_programme(self.rows, ctx.days, ctx.timezone)
        self._fill_day_filter(ctx.days)
        abbreviations = sorted({r.zone_label for r in self.rows})
        self.zone_label.setText(
            f"Times in {ctx.timezone}" + (f" ({', '.join(abbreviations)})" if abbreviations else "")
        )
        clashes = [r for r in self.rows if r.overlaps]
        if clashes:
            self.warning_label.setText(
                f"⚠ {len(clashes)} items overlap with another item in the same room: "
                + "; ".join(f"{r.title} ({r.starts_local:%a %H:%M})" for r in clashes[:4])
                + ("…" if len(clashes) > 4 else "")
            )
            self.warning_label.show()
        else:
            self.warning_label.hide()
        if keep is not None:
            self.select_item(keep)
        self._update_actions()

    def _fill_day_filter(self, days: tuple[date, ...]) -> None:
        """Every day, or one of the mission's days; the choice survives a refresh."""
        keep = self.day_filter.currentData()
        self.day_filter.blockSignals(True)
        self.day_filter.clear()
        self.day_filter.addItem("All days", 0)
        for d in days:
            self.day_filter.addItem(f"{d:%A} {d.day} {d:%B}", d.toordinal())
        index = self.day_filter.findData(keep) if keep else 0
        self.day_filter.setCurrentIndex(max(index, 0))
        self.day_filter.blockSignals(False)
        self._day_filter_changed()

    def _day_filter_changed(self) -> None:
        ordinal = self.day_filter.currentData()
        self.timeline.set_day(date.fromordinal(ordinal) if ordinal else None)

    def _changed(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
        """Called by undo commands after they changed the database."""
        if mission_id != self.mission_id():
            self.show_mission(mission_id)
        self.refresh(select=select)

    # ------------------------------------------------------------------ selection

    def selected_item(self) -> uuid.UUID | None:
        index = self.tree.currentIndex()
        item_id = index.data(ITEM_ID_ROLE) if index.isValid() else None
        return item_id if isinstance(item_id, uuid.UUID) else None

    def selected_day(self) -> date | None:
        index = self.tree.currentIndex()
        ordinal = index.data(DAY_ROLE) if index.isValid() else None
        return date.fromordinal(ordinal) if isinstance(ordinal, int) else None

    def select_item(self, item_id: uuid.UUID | None) -> None:
        if item_id is None:
            self.tree.clearSelection()
            return
        index = self.model.item_index(item_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)
            self.timeline.select_item(item_id)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.timeline.select_item(self.selected_item())
        self._update_actions()

    def _timeline_selected(self, item_id: object) -> None:
        if isinstance(item_id, uuid.UUID):
            self.select_item(item_id)

    def _tree_activated(self, index: QModelIndex) -> None:
        item_id = index.data(ITEM_ID_ROLE)
        if isinstance(item_id, uuid.UUID):
            self._edit_item_id(item_id)

    def _update_actions(self) -> None:
        has_mission = self.context is not None
        has_item = self.selected_item() is not None
        self.add_action.setEnabled(has_mission)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has_item)

    # ------------------------------------------------------------------ actions

    def add_item(self) -> None:
        if self.context is None:
            return
        context = self.context
        new_id = uuid.uuid4()
        saved: list[ProgrammeItemData] = []

        def submit(data: ProgrammeItemData) -> None:
            with self.db.session() as session:
                svc.create_programme_item(session, context.id, data, item_id=new_id)
            saved.append(data)

        def done() -> None:
            self.undo_stack.push(
                AddProgrammeItem(
                    self.db,
                    context.id,
                    new_id,
                    saved[0],
                    self._changed,
                    new_venue=_is_new_venue(saved[0].venue_name, context.venues),
                )
            )
            self.refresh(select=new_id)
            self._announce("Added", new_id)

        self._open_dialog(ProgrammeItemDialog(submit, context, self, day=self.selected_day()), done)

    def _open_dialog(self, dialog: ProgrammeItemDialog, on_accept: Callable[[], None]) -> None:
        """Show a dialog without blocking; ``on_accept`` runs once it is accepted."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def edit_item(self) -> None:
        item_id = self.selected_item()
        if item_id is not None:
            self._edit_item_id(item_id)

    def _edit_item_id(self, item_id: object) -> None:
        if self.context is None or not isinstance(item_id, uuid.UUID):
            return
        context = self.context
        try:
            with self.db.session() as session:
                before = svc.programme_item_data(session, item_id)
        except NotFoundError as exc:
            report_error(self, exc)
            self.refresh()
            return
        saved: list[ProgrammeItemData] = []

        def submit(data: ProgrammeItemData) -> None:
            with self.db.session() as session:
                svc.update_programme_item(session, item_id, data)
            saved.append(data)

        def done() -> None:
            self.undo_stack.push(
                EditProgrammeItem(self.db, context.id, item_id, before, saved[0], self._changed)
            )
            self.refresh(select=item_id)
            self._announce("Saved", item_id)

        dialog = ProgrammeItemDialog(
            submit, context, self, initial=before, title="Edit programme item"
        )
        self._open_dialog(dialog, done)

    def duplicate_item(self) -> None:
        """A copy of the item on the next day (or the same day when it is the last one)."""
        item_id = self.selected_item()
        if self.context is None or item_id is None:
            return
        context = self.context
        with self.db.session() as session:
            source = svc.programme_item_data(session, item_id)
        shift = timedelta(days=1) if source.starts_local.date() < context.days[-1] else timedelta(0)
        copy = ProgrammeItemData(
            **{
                **source.__dict__,
                "starts_local": source.starts_local + shift,
                "ends_local": source.ends_local + shift,
            }
        )
        new_id = uuid.uuid4()
        try:
            with self.db.session() as session:
                svc.create_programme_item(session, context.id, copy, item_id=new_id)
        except Exception as exc:
            report_error(self, exc, action="duplicate the item")
            return
        self.undo_stack.push(AddProgrammeItem(self.db, context.id, new_id, copy, self._changed))
        self.refresh(select=new_id)
        self._announce("Duplicated", new_id)

    def delete_item(self) -> None:
        item_id = self.selected_item()
        if self.context is None or item_id is None:
            return
        try:
            with self.db.session() as session:
                removed = svc.delete_programme_item(session, item_id)
        except Exception as exc:
            report_error(self, exc, action="delete the item")
            self.refresh()
            return
        self.undo_stack.push(
            DeleteProgrammeItem(self.db, self.context.id, item_id, removed, self._changed)
        )
        self.refresh()
        self.message.emit(f"Deleted “{removed.data.title}”. Undo with Ctrl+Z.")

    def _announce(self, verb: str, item_id: uuid.UUID) -> None:
        row = next((r for r in self.rows if r.id == item_id), None)
        if row is None:
            return
        text = f"{verb} “{row.title}”, {row.starts_local:%a %d %b %H:%M} {row.zone_label}."
        if row.overlaps:
            text += " ⚠ Same room at the same time as " + ", ".join(row.overlaps) + "."
        self.message.emit(text)


def _is_new_venue(name: str, venues: tuple[str, ...]) -> bool:
    """Whether saving an item with this venue name created the venue."""
    wanted = name.strip().casefold()
    return bool(wanted) and all(v.casefold() != wanted for v in venues)
