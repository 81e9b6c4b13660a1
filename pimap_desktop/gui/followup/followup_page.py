"""The follow-up log: every follow-up of one mission or of all, overdue ones first and in red,
"my open actions" for the coordinator at the keyboard; record, edit, mark done, delete (each
undoable) and export as CSV, XLSX or PDF."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.followup.commands import (
    DeleteFollowUp,
    EditFollowUp,
    RecordFollowUp,
    SetFollowUpsDone,
)
from pimap_desktop.gui.followup.followup_dialog import FollowUpChoices, FollowUpDialog
from pimap_desktop.gui.models import ROW_ROLE, Column, RowTableModel
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.widgets import current_uuid
from pimap_desktop.services.directory import directory
from pimap_desktop.services.followup import followup as svc
from pimap_desktop.services.followup.followup import FollowUpData, FollowUpExport, FollowUpRow
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database

SETTINGS_ME = "followup/me"
DAY_CHECK_MS = 60_000  # how often an open page looks whether the calendar day changed
EXPORT_FILTERS = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)"

OVERDUE_INK = QColor("#b91c1c")  # as in the printed log
OVERDUE_TINT = QColor("#fdecec")
DONE_INK = QColor("#15803d")
MUTED_INK = QColor("#6b7280")
NO_MEETING = "no meeting"

Filter = Literal["all", "open", "overdue", "mine"]
FILTERS: tuple[tuple[Filter, str], ...] = (
    ("all", "All follow-ups"),
    ("open", "Open"),
    ("overdue", "Overdue"),
    ("mine", "My open actions"),
)


# ---------------------------------------------------------------------------------------------
# Boundaries that tests replace: the clock (and the file dialog, in ``gui.dialogs``)


def today() -> date:
    """The coordinator's calendar day: what is due before it and not done is overdue."""
    return date.today()


def export_file(chosen: str) -> tuple[Path, svc.Format]:
    """Where and how to write the log: by the name's ending, XLSX when it has none known."""
    out = Path(chosen)
    suffix = out.suffix.lower()
    if suffix in (".csv", ".pdf"):
        return out, "csv" if suffix == ".csv" else "pdf"
    return (out if suffix == ".xlsx" else out.with_suffix(".xlsx")), "xlsx"


# ---------------------------------------------------------------------------------------------
# The table


def _with_country(name: str, country: str) -> str:
    if not name:
        return country
    return f"{name} ({country})" if country else name


def _log_order(row: FollowUpRow) -> tuple[int, bool, date, float]:
    """The service's order: overdue, open, done; then by due date (none last)."""
    group = 0 if row.overdue else (1 if not row.done else 2)
    return (group, row.due_date is None, row.due_date or date.max, row.created_at.timestamp())


def _due_text(row: FollowUpRow) -> str:
    if row.due_date is None:
        return ""
    text = f"{row.due_date.day} {row.due_date:%b %Y}"
    return f"{text} · overdue" if row.overdue else text


def _done_tooltip(row: FollowUpRow) -> str:
    if row.done and row.done_on is not None:
        return f"Done on {row.done_on:%d %b %Y}"  # the mission's day
    return "Done" if row.done else "Open"


FOLLOWUP_COLUMNS: list[Column[FollowUpRow]] = [
    Column("Due", _due_text, sort_key=_log_order),
    Column(
        "Done", lambda r: "✓" if r.done else "", sort_key=lambda r: r.done, tooltip=_done_tooltip
    ),
    Column("Mission", lambda r: r.mission_code),
    Column(
        "Meeting",
        lambda r: r.meeting_zoned or r.meeting or NO_MEETING,  # the mission's zone, named
        sort_key=lambda r: (not r.meeting, r.meeting),
    ),
    Column(
        "Our organisation",
        lambda r: r.organisation_a,
        tooltip=lambda r: _with_country(r.organisation_a, r.country_a),
    ),
    Column("Counterpart", lambda r: _with_country(r.organisation_b, r.country_b)),
    Column("Contact", lambda r: r.contact),
    Column("Outcome", lambda r: r.outcome.label, tooltip=lambda r: f"EEN rating: {r.een_rating}"),
    Column("Next action", lambda r: r.next_action, tooltip=lambda r: r.next_action),
    Column("Owner", lambda r: r.owner),
    Column("Notes", lambda r: " ".join(r.notes.split()), tooltip=lambda r: r.notes),
]
DUE, DONE, MISSION, MEETING = 0, 1, 2, 3
COLUMN_WIDTHS = (178, 44, 90, 190, 190, 210, 150, 180, 260, 140, 300)

Index = QModelIndex | QPersistentModelIndex


class FollowUpModel(RowTableModel[FollowUpRow]):
    """The log's rows: overdue ones tinted, their due date bold and red; done ticks green."""

    def __init__(
        self, columns: Sequence[Column[FollowUpRow]], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_ink = QBrush(OVERDUE_INK)
        self._overdue_tint = QBrush(OVERDUE_TINT)
        self._done_ink = QBrush(DONE_INK)
        self._muted_ink = QBrush(MUTED_INK)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            return self._style(self.row(index), index.column(), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DONE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def _style(self, row: FollowUpRow, column: int, role: int) -> QBrush | QFont | None:
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._overdue_tint if row.overdue else None
        if column == MEETING and not row.meeting and role == Qt.ItemDataRole.ForegroundRole:
            return self._muted_ink
        marked = (column == DUE and row.overdue) or (column == DONE and row.done)
        if not marked:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return self._overdue_ink if column == DUE else self._done_ink


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
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.settings = settings
        self.dialog: FollowUpDialog | None = None
        self.exporting = Lane()  # one export at a time
        self._choices: FollowUpChoices | None = None
        self.day = today()

        self.mission_combo = QComboBox()
        self.mission_combo.setMinimumContentsLength(14)
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mission_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_combo = QComboBox()
        for key, label in FILTERS:
            self.filter_combo.addItem(label, key)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.me_combo = QComboBox()
        self.me_combo.setMinimumContentsLength(11)
        self.me_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.me_combo.setToolTip(
            "Who you are: “My open actions” shows the open follow-ups you own, and new "
            "follow-ups are yours unless you choose another owner"
        )
        self.me_combo.currentIndexChanged.connect(lambda _i: self._me_chosen())

        self.model = FollowUpModel(FOLLOWUP_COLUMNS, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            "Search: organisation, contact, next action, notes, owner, outcome…"
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_followup())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self._build_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.new_action, self.edit_action, self.done_action, self.delete_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)

        top = QHBoxLayout()
        top.addWidget(QLabel("Mission:"))
        top.addWidget(self.mission_combo)
        top.addStretch(1)
        top.addWidget(QLabel("Show:"))
        top.addWidget(self.filter_combo)
        top.addSpacing(12)
        top.addWidget(QLabel("I am:"))
        top.addWidget(self.me_combo)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Follow-up log</h2>"))
        layout.addLayout(top)
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

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], *shortcuts: str) -> QAction:
            made = QAction(text, self)
            made.triggered.connect(lambda _checked=False: slot())
            if shortcuts:
                made.setShortcuts([QKeySequence(s) for s in shortcuts])
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(made)
            return made

        self.new_action = action("&New follow-up…", self.new_followup, "Ctrl+Shift+N")
        self.new_action.setToolTip("Record what came of a meeting or a contact (Ctrl+Shift+N)")
        self.edit_action = action("&Edit…", self.edit_followup, "Ctrl+E")
        self.done_action = action("Mark &done", self.toggle_done, "Ctrl+Return", "Ctrl+Enter")
        self.done_action.setToolTip(
            "Mark the selected follow-ups done, or open again if all are done (Ctrl+Enter)"
        )
        self.delete_action = action("De&lete", self.delete_followup, "Del")
        self.export_action = action("E&xport…", self.export_log)
        self.export_action.setToolTip("The log shown (this mission or all) as XLSX, CSV or PDF")

    # ------------------------------------------------------------------ missions and owners

    def mission_id(self) -> uuid.UUID | None:
        """The mission shown; None for all missions."""
        return current_uuid(self.mission_combo)

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        """Refill the missions (after they were added, renamed or deleted), keeping the
        choice if it still exists; refreshes the log once."""
        keep = select or self.mission_id()
        self.invalidate_choices()
        with self.db.session() as session:
            rows = missions_svc.list_missions(session)
        combo = self.mission_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All missions", "")
        for row in sorted(rows, key=lambda r: r.start_date):
            combo.addItem(f"{row.code} — {row.name}", str(row.id))
        index = combo.findData(str(keep)) if keep else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.refresh()

    def set_mission(self, mission_id: uuid.UUID | None) -> None:
        """Show the log of one mission (None: of all)."""
        if mission_id is None:
            self.mission_combo.setCurrentIndex(0)
            return
        index = self.mission_combo.findData(str(mission_id))
        if index < 0:
            self.reload_missions(select=mission_id)
        else:
            self.mission_combo.setCurrentIndex(index)

    def me(self) -> uuid.UUID | None:
        """The coordinator using the app, as chosen in “I am”."""
        return current_uuid(self.me_combo)

    def reload_owners(self) -> None:
        """Refill “I am” from the possible owners, choosing the one remembered."""
        with self.db.session() as session:
            owners = svc.owner_choices(session)
        remembered = str(self.settings.value(SETTINGS_ME, "") or "")
        combo = self.me_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("(choose who you are)", "")
        for owner_id, name in owners:
            combo.addItem(name, str(owner_id))
        combo.setCurrentIndex(max(combo.findData(remembered), 0) if remembered else 0)
        combo.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the log shows it as it is now: meetings, people and the day may
        have changed since (the other pages do not tell this one)."""
        super().showEvent(event)
        self.invalidate_choices()
        self.reload_owners()
        self.refresh()

    def _me_chosen(self) -> None:
        me = self.me()
        self.settings.setValue(SETTINGS_ME, str(me) if me else "")
        if self.current_filter() == "mine":
            self._apply_filter()

    # ------------------------------------------------------------------ data

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the log again (the day too: an open page turns overdue at midnight)."""
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
        self.model.set_rows(rows)
        self._select(keep)
        self._update_actions()

    def check_day(self) -> None:
        """Read the log again when the calendar day changed since it was read (keeping the
        selection), so that items turn overdue at midnight; nothing otherwise."""
        if today() != self.day:
            self.refresh()

    def current_filter(self) -> Filter:
        key: Filter = self.filter_combo.currentData()
        return key

    def set_filter(self, key: Filter) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))

    def _apply_filter(self) -> None:
        key = self.current_filter()
        if key == "open":
            self.model.set_predicate(lambda r: not r.done)
        elif key == "overdue":
            self.model.set_predicate(lambda r: r.overdue)
        elif key == "mine":
            me = self.me()
            self.model.set_predicate(lambda r: me is not None and r.owner_id == me and not r.done)
        else:
            self.model.set_predicate(None)
        self._update_actions()

    def _update_count(self) -> None:
        rows = self.model.rows()
        shown, total = self.model.rowCount(), len(rows)
        open_count = sum(1 for r in rows if not r.done)
        overdue = sum(1 for r in rows if r.overdue)
        text = (
            f"{total} follow-up{'s' if total != 1 else ''} · {open_count} open · "
            f"<span style='color:{OVERDUE_INK.name()}; font-weight:bold'>{overdue} overdue</span>"
            if overdue
            else f"{total} follow-up{'s' if total != 1 else ''} · {open_count} open · 0 overdue"
        )
        if shown != total:
            text = f"{shown} shown of {text}"
        if self.current_filter() == "mine" and self.me() is None:
            text += " — choose who you are in “I am” to see your open actions"
        self.count_label.setText(text)

    def _changed(self, select: uuid.UUID | None) -> None:
        """Called by the undo commands after they changed the database."""
        self.refresh(select=select)
        shown = {r.id for r in self.model.rows()}
        if select is not None and self.mission_id() is not None and select not in shown:
            self.set_mission(None)  # it belongs to another mission: show them all
            self._select([select])
        self.followupsChanged.emit()

    # ------------------------------------------------------------------ selection

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
        rows = self.selected_rows()
        self.edit_action.setEnabled(len(rows) == 1)
        self.delete_action.setEnabled(len(rows) == 1)
        self.done_action.setEnabled(bool(rows))
        reopen = bool(rows) and all(r.done for r in rows)
        self.done_action.setText("Re&open" if reopen else "Mark &done")

    # ------------------------------------------------------------------ the form

    def invalidate_choices(self) -> None:
        """Forget the form's lists (organisations, people, owners, missions): the next form
        reads them again. Done whenever the page is shown or the missions change."""
        self._choices = None

    def choices(self) -> FollowUpChoices:
        """The form's lists, read once and kept while the page stays shown: 50,000 people
        take a second and a half to read, which the first form pays, not every form."""
        if self._choices is not None:
            return self._choices
        db = self.db

        def meetings_of(mission_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
            with db.session() as session:
                return svc.meeting_choices(session, mission_id)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with db.session() as session:
                missions = [
                    (row.id, f"{row.code} — {row.name}")
                    for row in sorted(
                        missions_svc.list_missions(session), key=lambda r: r.start_date
                    )
                ]
                self._choices = FollowUpChoices(
                    missions=missions,
                    organisations=directory.list_organisations(session),
                    people=directory.list_people(session),
                    owners=svc.owner_choices(session),
                    meetings_of=meetings_of,
                )
        finally:
            QApplication.restoreOverrideCursor()
        return self._choices

    def _open(self, dialog: FollowUpDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def new_followup(
        self, mission_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None
    ) -> None:
        """The form for a new follow-up: on ``mission_id`` (default: the mission shown), for
        ``meeting_id`` if given, owned by the coordinator chosen in “I am”."""
        created: list[uuid.UUID] = []

        def submit(data: FollowUpData) -> None:
            with self.db.session() as session:
                created.append(svc.create_followup(session, data))

        def done() -> None:
            followup_id = created[-1]
            self._changed(followup_id)
            row = next((r for r in self.model.rows() if r.id == followup_id), None)
            who = row.organisation_b if row is not None else ""
            self.undo_stack.push(RecordFollowUp(self.db, followup_id, self._changed, who))
            self.message.emit(f"Follow-up{_with(who)} recorded. Undo with Ctrl+Z.")

        dialog = FollowUpDialog(
            submit,
            choices=self.choices(),
            mission_id=mission_id or self.mission_id(),
            meeting_id=meeting_id,
            owner_id=self.me(),
            today=self.day,
            parent=self,
        )
        self._open(dialog, done)

    def edit_followup(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        try:
            with self.db.session() as session:
                before = svc.followup_data(session, row.id)
        except NotFoundError as exc:
            report_error(self, exc)
            self.refresh()
            return
        saved: list[FollowUpData] = []

        def submit(data: FollowUpData) -> None:
            with self.db.session() as session:
                svc.update_followup(session, row.id, data)
                saved.append(svc.followup_data(session, row.id))

        def done() -> None:
            who = row.organisation_b
            self.undo_stack.push(
                EditFollowUp(self.db, row.id, before, saved[-1], self._changed, who)
            )
            self._changed(row.id)
            self.message.emit(f"Follow-up{_with(who)} saved. Undo with Ctrl+Z.")

        dialog = FollowUpDialog(
            submit, choices=self.choices(), initial=before, today=self.day, parent=self
        )
        self._open(dialog, done)

    # ------------------------------------------------------------------ done, delete

    def toggle_done(self) -> None:
        """Mark the selection done; open it again when all of it is done already."""
        rows = self.selected_rows()
        if not rows:
            return
        done = not all(r.done for r in rows)
        ids = [r.id for r in rows]
        try:
            with self.db.session() as session:
                before = svc.set_done(session, ids, done)
                after = {i: _done_state(svc.followup_data(session, i)) for i in ids}
        except Exception as exc:
            report_error(self, exc, action="mark the follow-ups done" if done else "reopen them")
            self.refresh()
            return
        self.undo_stack.push(SetFollowUpsDone(self.db, before, after, done, self._changed))
        self.refresh()
        self._select(ids)
        self.followupsChanged.emit()
        what = f"{len(ids)} follow-up{'s' if len(ids) != 1 else ''}"
        self.message.emit(
            f"{what} marked done. Undo with Ctrl+Z."
            if done
            else f"{what} open again. Undo with Ctrl+Z."
        )

    def delete_followup(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        try:
            with self.db.session() as session:
                snapshot = svc.delete_followup(session, row.id)
        except Exception as exc:
            report_error(self, exc, action="delete the follow-up")
            self.refresh()
            return
        who = row.organisation_b
        self.undo_stack.push(DeleteFollowUp(self.db, row.id, snapshot, self._changed, who))
        self.refresh()
        self.followupsChanged.emit()
        self.message.emit(f"Follow-up{_with(who)} deleted. Undo with Ctrl+Z.")

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.edit_action, self.done_action, self.delete_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addAction(self.export_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ export

    def export_log(self) -> None:
        """The log of the mission shown (or of all) to a file, written in the background."""
        if self.exporting.busy():
            return
        mission_id = self.mission_id()
        name = "followups"
        if mission_id is not None:
            with self.db.session() as session:
                name = f"{missions_svc.get_mission(session, mission_id).code}-followups"
        chosen = dialogs.ask_save_path(
            self,
            "Export the follow-up log",
            f"{name}.xlsx",
            EXPORT_FILTERS,
            key="followup",
            settings=self.settings,
        )
        if chosen is None:
            return
        out, fmt = export_file(str(chosen))
        db, day = self.db, self.day

        def work(_progress: Progress, _cancel: threading.Event) -> FollowUpExport:
            with db.session() as session:
                return svc.export_followups(session, out, fmt, mission_id=mission_id, today=day)

        self.message.emit(f"Writing {out.name}…")
        (
            Operation(self, work, action="export the follow-up log")
            .disabling(self.export_action)
            .success(self._exported)
            .run_in_background(self.exporting)
        )

    @property
    def export_task(self) -> Operation[FollowUpExport] | None:
        return self.exporting.current

    def _exported(self, report: FollowUpExport) -> None:
        rows = f"{report.rows} follow-up{'s' if report.rows != 1 else ''}"
        pages = f" on {report.pages} pages" if report.pages > 1 else ""
        self.message.emit(f"{rows} written{pages} to {report.path}.")


def _done_state(data: FollowUpData) -> tuple[bool, datetime | None]:
    return (data.done, data.done_at)


def _with(who: str) -> str:
    return f" with {who}" if who else ""
