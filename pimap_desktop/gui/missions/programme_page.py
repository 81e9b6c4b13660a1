"""A mission's programme, by day in a list and as a timeline, in the mission's local time."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import ProgrammeItem
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.lazy import LoadWhenShown
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.missions.commands import (
    agenda_imported,
    item_added,
    item_deleted,
    item_edited,
)
from pimap_desktop.gui.missions.notes_dialog import NotesDialog
from pimap_desktop.gui.missions.programme_dialog import ProgrammeItemDialog
from pimap_desktop.gui.missions.programme_model import DAY_ROLE, ITEM_ID_ROLE, ProgrammeTreeModel
from pimap_desktop.gui.missions.timeline import ProgrammeTimeline
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.services.missions.missions import (
    ProgrammeContext,
    ProgrammeItemData,
    ProgrammeRow,
)
from pimap_desktop.services.versions import version_left, version_of
from pimap_desktop.store.database import Database

if TYPE_CHECKING:  # icalendar: loaded when an agenda is imported
    from pimap_desktop.services.calendars.importing import CalendarImport, SkippedEvent

CALENDAR_FILTERS = QT_TRANSLATE_NOOP(
    "ProgrammePage", "Calendars (*.ics *.ical *.icalendar);;All files (*)"
)
WIDTH = 600  # of the confirmation dialog
SKIPPED_SHOWN = 15  # listed in a message; more scroll in the confirmation, or are counted


# ---------------------------------------------------------------------------------------------
# Boundaries that tests replace: dialogs (the file dialog: ``gui.dialogs``)


def confirm_import(dialog: AgendaImportDialog) -> bool:
    """Show what an import will do; True when the person chose Import."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# ---------------------------------------------------------------------------------------------
# The page


class ProgrammePage(QWidget):
    message = Signal(str)

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
        self.loads = LoadWhenShown(self, self.refresh, lazy=lazy)
        self.undo_stack = undo_stack
        self.context: ProgrammeContext | None = None
        self.rows: list[ProgrammeRow] = []
        self.dialog: ProgrammeItemDialog | None = None  # the dialog in progress, if any
        self.notes_dialog: NotesDialog | None = None  # the practical notes, while open

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
        self.day_filter.setToolTip(
            self.tr("Show every day of the mission side by side, or one day")
        )
        self.day_filter.currentIndexChanged.connect(self._day_filter_changed)
        timeline_tab = QWidget()
        timeline_layout = QVBoxLayout(timeline_tab)
        timeline_layout.setContentsMargins(0, 4, 0, 0)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Show:")))
        day_row.addWidget(self.day_filter)
        day_row.addStretch(1)
        timeline_layout.addLayout(day_row)
        timeline_layout.addWidget(self.timeline, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("&List"))
        self.tabs.addTab(timeline_tab, self.tr("T&imeline"))

        self.add_action = QAction(self.tr("&Add item…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.add_item)
        self.edit_action = QAction(self.tr("&Edit item…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_item)
        self.duplicate_action = QAction(self.tr("D&uplicate item"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.triggered.connect(self.duplicate_item)
        self.delete_action = QAction(self.tr("&Delete item"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_item)
        self.import_action = QAction(self.tr("&Import agenda (.ics)…"), self)
        self.import_action.setToolTip(
            self.tr(
                "Add a partner's agenda (an .ics calendar file) to the programme, or bring it "
                "up to date"
            )
        )
        self.import_action.triggered.connect(self.import_agenda)
        self.notes_action = QAction(self.tr("Practical &notes…"), self)
        self.notes_action.setToolTip(
            self.tr(
                "Practical information for everyone, one delegation or some roles (visas, "
                "hotel rates, shuttles)"
            )
        )
        self.notes_action.triggered.connect(self.open_notes)
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
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.notes_action)

        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 1)
        top.addWidget(self.zone_label)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Programme") + "</h2>"))
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
        if self.loads.hold(select):
            return
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
            arg(self.tr("Times in %1 (%2)"), ctx.timezone, ", ".join(abbreviations))
            if abbreviations
            else arg(self.tr("Times in %1"), ctx.timezone)
        )
        clashes = [r for r in self.rows if r.overlaps]
        if clashes:
            self.warning_label.setText(
                arg(
                    self.tr("⚠ %1 items overlap with another item in the same room: %2"),
                    len(clashes),
                    "; ".join(
                        f"{r.title} ({when(r.starts_local, '%a %H:%M')})" for r in clashes[:4]
                    )
                    + ("…" if len(clashes) > 4 else ""),
                )
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
        self.day_filter.addItem(self.tr("All days"), 0)
        for d in days:
            self.day_filter.addItem(f"{when(d, '%A')} {d.day} {when(d, '%B')}", d.toordinal())
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
        self.import_action.setEnabled(has_mission)
        self.notes_action.setEnabled(has_mission)
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
                item_added(
                    self.db,
                    context.id,
                    new_id,
                    saved[0],
                    self._changed,
                    new_venue=_is_new_venue(saved[0].venue_name, context.venues),
                )
            )
            self.refresh(select=new_id)
            self._announce(self.tr("Added “%1”, %2."), new_id)

        dialog = ProgrammeItemDialog(
            submit, context, self, day=self.selected_day(), alternatives=self._alternatives()
        )
        self._open_dialog(dialog, done)

    def _alternatives(self, leave_out: uuid.UUID | None = None) -> list[tuple[uuid.UUID, str]]:
        """The items an item can be the alternative to: the mission's others, by time."""
        return [
            (r.id, f"{r.title} ({when(r.starts_local, '%a %d %b %H:%M')})")
            for r in self.rows
            if r.id != leave_out
        ]

    def open_notes(self) -> None:
        """The mission's practical notes, in a dialog that saves each change at once."""
        mission_id = self.mission_id()
        if self.context is None or mission_id is None:
            return
        try:
            dialog = NotesDialog(self.db, mission_id, self)
        except NotFoundError as exc:
            report_error(self, exc)
            self.reload_missions()
            return
        self.notes_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._notes_closed(dialog))
        dialog.open()

    def _notes_closed(self, dialog: NotesDialog) -> None:
        if self.notes_dialog is dialog:
            self.notes_dialog = None

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
                # The version first: a change in between makes the save refused, not lost.
                loaded = version_of(session, ProgrammeItem, item_id)
                before = svc.programme_item_data(session, item_id)
        except NotFoundError as exc:
            report_error(self, exc)
            self.refresh()
            return
        saved: list[tuple[ProgrammeItemData, int]] = []

        def submit(data: ProgrammeItemData) -> None:
            with self.db.session() as session:
                svc.update_programme_item(session, item_id, data, expected_version=loaded)
                saved.append((data, version_left(session, ProgrammeItem, item_id)))

        def done() -> None:
            data, left = saved[0]
            self.undo_stack.push(
                item_edited(
                    self.db,
                    context.id,
                    item_id,
                    before,
                    data,
                    self._changed,
                    loaded=loaded,
                    left=left,
                )
            )
            self.refresh(select=item_id)
            self._announce(self.tr("Saved “%1”, %2."), item_id)

        dialog = ProgrammeItemDialog(
            submit,
            context,
            self,
            initial=before,
            title=self.tr("Edit programme item"),
            alternatives=self._alternatives(leave_out=item_id),
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
            report_error(self, exc, action=self.tr("duplicate the item"))
            return
        self.undo_stack.push(item_added(self.db, context.id, new_id, copy, self._changed))
        self.refresh(select=new_id)
        self._announce(self.tr("Duplicated “%1”, %2."), new_id)

    def delete_item(self) -> None:
        item_id = self.selected_item()
        if self.context is None or item_id is None:
            return
        try:
            with self.db.session() as session:
                removed = svc.delete_programme_item(session, item_id)
        except Exception as exc:
            report_error(self, exc, action=self.tr("delete the item"))
            self.refresh()
            return
        self.undo_stack.push(
            item_deleted(self.db, self.context.id, item_id, removed, self._changed)
        )
        self.refresh()
        self.message.emit(arg(self.tr("Deleted “%1”. Undo with Ctrl+Z."), removed.data.title))

    def import_agenda(self) -> None:
        """A partner's agenda into the programme: a dry run, what it will do for a yes, then the
        import as one undoable step.

        Both runs happen on the GUI thread: for 400 events the dry run takes about 0.1 s and the
        import 0.15 s, less than a progress dialog would take to be worth showing.
        """
        from pimap_desktop.services.calendars.importing import import_calendar

        if self.context is None:
            return
        context = self.context
        path = dialogs.ask_open_path(
            self, self.tr("Import a partner's agenda"), self.tr(CALENDAR_FILTERS), key="agendas"
        )
        if path is None:
            return
        try:
            with self.db.session() as session:
                planned = import_calendar(session, context.id, path, dry_run=True)
        except Exception as exc:  # a broken file: its message, and nothing changes
            report_error(self, exc, action=arg(self.tr("import %1"), path.name))
            return
        if planned.changes == 0:
            inform(self, self.tr("Nothing new"), self._nothing_new(path.name, planned))
            self.message.emit(arg(self.tr("Nothing new in %1."), path.name))
            return
        dialog = AgendaImportDialog(path.name, context, planned, self)
        try:
            if not confirm_import(dialog):
                return
        finally:
            dialog.deleteLater()
        try:
            with self.db.session() as session:
                report = import_calendar(session, context.id, path)
        except Exception as exc:
            report_error(self, exc, action=arg(self.tr("import %1"), path.name))
            self.refresh()
            return
        first_new = None
        if report.undo is not None and not report.undo.empty:
            self.undo_stack.push(
                agenda_imported(self.db, context.id, report.undo, self._changed, path.name)
            )
            if report.undo.created:
                first_new = report.undo.created[0]["id"]
        self.refresh(select=first_new)
        self.message.emit(
            arg(self.tr("%1 imported: %2. Undo with Ctrl+Z."), path.name, report.describe())
        )

    def _announce(self, template: str, item_id: uuid.UUID) -> None:
        """``template`` (translated): "Added “%1”, %2." with the item's title and start."""
        row = next((r for r in self.rows if r.id == item_id), None)
        if row is None:
            return
        text = arg(
            template, row.title, f"{when(row.starts_local, '%a %d %b %H:%M')} {row.zone_label}"
        )
        if row.overlaps:
            text = arg(
                self.tr("%1 ⚠ Same room at the same time as %2."), text, ", ".join(row.overlaps)
            )
        self.message.emit(text)

    def _nothing_new(self, file_name: str, report: CalendarImport) -> str:
        if report.unchanged:
            text = arg(
                self.tr(
                    "Nothing new in %1: its %n item(s) are already on the programme, unchanged.",
                    "",
                    report.unchanged,
                ),
                file_name,
            )
        else:
            text = arg(self.tr("Nothing to import from %1."), file_name)
        if report.skipped:
            count = len(report.skipped)
            lines = [f"• {_skipped_line(e)}" for e in report.skipped[:SKIPPED_SHOWN]]
            if count > SKIPPED_SHOWN:
                lines.append(arg(self.tr("… and %1 more"), count - SKIPPED_SHOWN))
            text += "\n\n" + arg(self.tr("%n event(s) skipped:\n%1", "", count), "\n".join(lines))
        return text


def _is_new_venue(name: str, venues: tuple[str, ...]) -> bool:
    """Whether saving an item with this venue name created the venue."""
    wanted = name.strip().casefold()
    return bool(wanted) and all(v.casefold() != wanted for v in venues)


# ---------------------------------------------------------------------------------------------
# Importing an agenda


class AgendaImportDialog(QDialog):
    """What importing an agenda will do to the programme (from a dry run), with Import and
    Cancel."""

    def __init__(
        self,
        file_name: str,
        context: ProgrammeContext,
        planned: CalendarImport,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import agenda"))
        self.heading = QLabel(
            arg(
                self.tr("<b>Import %1 into %2 — %3?</b>"),
                _html(file_name),
                _html(context.code),
                _html(context.name),
            )
        )
        self.heading.setWordWrap(True)
        self.summary = QLabel(self._summary(planned))
        self.summary.setWordWrap(True)
        self.skipped_lines = tuple(_skipped_line(e) for e in planned.skipped)
        self.skipped = _skipped_widget(self.skipped_lines)
        notes = [
            arg(
                self.tr("Times are read in the event's own zone and shown in %1."),
                context.timezone,
            ),
            self.tr(
                "Items keep the kind, room and audience you set in PIMAP; the file sets titles, "
                "times, descriptions and places."
            ),
        ]
        if planned.removed:
            notes.append(
                self.tr(
                    "Removed: items from this file whose event is now cancelled or no longer in it."
                )
            )
        notes.append(self.tr("Edit ▸ Undo takes the whole import back."))
        self.notes = QLabel("<br>".join(_html(n) for n in notes))
        self.notes.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        if self.skipped is not None:
            layout.addWidget(self.skipped, 1 if isinstance(self.skipped, QPlainTextEdit) else 0)
        layout.addSpacing(8)
        layout.addWidget(self.notes)
        layout.addStretch(0)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(WIDTH)
        # wrapped labels: as tall as their lines at the dialog's width, no taller
        self.resize(WIDTH, layout.totalHeightForWidth(WIDTH))

    def _summary(self, report: CalendarImport) -> str:
        """``3 new items, 1 updated, 1 removed, 4 unchanged; 2 events skipped:``"""
        text = report.describe()
        count = len(report.skipped)
        if count:
            text = arg(self.tr("%1; %n event(s) skipped:", "", count), text)
        else:
            text += "."
        return text[0].upper() + text[1:]


def _skipped_widget(lines: tuple[str, ...]) -> QWidget | None:
    """The skipped events with their reasons: a list in the dialog when there are a few, a box
    that scrolls when there are many."""
    if not lines:
        return None
    if len(lines) <= SKIPPED_SHOWN:
        items = "".join(f"<li>{_html(line)}</li>" for line in lines)
        label = QLabel(f'<ul style="margin: 0; -qt-list-indent: 1;">{items}</ul>')
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
    box = QPlainTextEdit("\n".join(f"• {line}" for line in lines))
    box.setReadOnly(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * 12)
    return box


def _skipped_line(event: SkippedEvent) -> str:
    return f"{event.summary}: {event.reason}"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
