"""The meetings of one day, as the desk runs them: who is there (✓ checked in), who is late,
marked held / no-show / cancelled, moved to a free slot or table, and the outcome entered
right after the meeting. Every change is one undo step; the list is read again every minute
so that "late" stays true. Times are the mission's, and say so: "13:30–13:50 PST" under a
"Time (PST)" heading, and "Times in America/Los_Angeles (PST)" above."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus
from pimap_desktop.domain.errors import NotFoundError, PimapError
from pimap_desktop.domain.models import Meeting
from pimap_desktop.domain.rules import to_local, zone
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.gui.onsite.commands import Clock, meetings_marked, quick_followup_recorded
from pimap_desktop.gui.onsite.commands import move_meeting_command as move_command
from pimap_desktop.gui.onsite.dialogs import FreePlace, MoveDialog
from pimap_desktop.gui.undo import Changed
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b.meetings import MeetingPlace
from pimap_desktop.services.followup import followup
from pimap_desktop.services.onsite import onsite
from pimap_desktop.services.onsite.onsite import DayMeeting, local_time
from pimap_desktop.services.versions import version_left, version_of
from pimap_desktop.store.database import Database

REFRESH_MS = 60_000
LATE = QColor("#b00020")
STATUS_COLOURS = {
    MeetingStatus.HELD: QColor("#1b5e20"),
    MeetingStatus.NO_SHOW: QColor("#b00020"),
    MeetingStatus.CANCELLED: QColor("#757575"),
}


def _people(meeting: DayMeeting) -> str:
    return " · ".join(f"✓ {p.name}" if p.checked_in else p.name for p in meeting.participants)


def _organisations(meeting: DayMeeting) -> str:
    return " · ".join(p.organisation or "—" for p in meeting.participants)


def _who(meeting: DayMeeting) -> str:
    return "\n".join(
        f"{'✓' if p.checked_in else '·'} {p.name}"
        + (f", {p.organisation}" if p.organisation else "")
        for p in meeting.participants
    )


def _time(meeting: DayMeeting) -> str:
    """``13:30–13:50 PST`` (both zones named on the rare meeting across a change of clocks)."""
    start, end = meeting.starts_local, meeting.ends_local
    start_zone, end_zone = start.tzname() or "", end.tzname() or ""
    if start_zone == end_zone:
        return f"{start:%H:%M}–{end:%H:%M} {end_zone}".rstrip()
    return f"{start:%H:%M} {start_zone}–{end:%H:%M} {end_zone}"


def day_zone(day: date, zone_name: str) -> str:
    """The zone's abbreviation at noon of that local day ("PST")."""
    noon = datetime.combine(day, time(12, 0), tzinfo=zone(zone_name))
    return noon.tzname() or zone_name


MEETING_COLUMNS: list[Column[DayMeeting]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Time"), _time, sort_key=lambda m: m.starts_local),
    Column(
        QT_TRANSLATE_NOOP("columns", "Table"),
        lambda m: m.table_label,
        tooltip=lambda m: m.session_name,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Participants (✓ checked in)"), _people, tooltip=_who),
    Column(QT_TRANSLATE_NOOP("columns", "Organisations"), _organisations),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda m: (
            enum_label(m.status)
            + (
                " · " + QCoreApplication.translate("MeetingsOfDayView", "locked")
                if m.locked
                else ""
            )
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Late"),
        lambda m: ", ".join(m.late),
        tooltip=lambda m: QCoreApplication.translate("MeetingsOfDayView", "Not checked in yet"),
    ),
]
TIME_COLUMN = 0
STATUS_COLUMN = 4
LATE_COLUMN = 5


class DayMeetingsModel(RowTableModel[DayMeeting]):
    """The meetings of the day; late names in red, the status in its colour."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MEETING_COLUMNS, parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self.zone_label = ""  # "PST": named in the time column's heading

    def set_zone_label(self, label: str) -> None:
        if label != self.zone_label:
            self.zone_label = label
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, TIME_COLUMN, TIME_COLUMN)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            section == TIME_COLUMN
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and self.zone_label
        ):
            return arg(self.tr("Time (%1)"), self.zone_label)
        return super().headerData(section, orientation, role)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            meeting = self.row(index)
            if index.column() == LATE_COLUMN and meeting.late:
                return QBrush(LATE)
            if index.column() == STATUS_COLUMN and meeting.status in STATUS_COLOURS:
                return QBrush(STATUS_COLOURS[meeting.status])
            return None
        if role == Qt.ItemDataRole.FontRole:
            meeting = self.row(index)
            if index.column() == LATE_COLUMN and meeting.late:
                return self._bold
            return None
        return super().data(index, role)

    def index_of(self, meeting_id: uuid.UUID) -> QModelIndex:
        for row, meeting in enumerate(self.shown_rows()):
            if meeting.meeting_id == meeting_id:
                return self.index(row, 0)
        return QModelIndex()


def mission_days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def default_day(days: list[date], today: date) -> date | None:
    """Today when the mission runs today, else its first day."""
    if not days:
        return None
    return today if today in days else days[0]


class MeetingsOfDayView(QWidget):
    """One day's meetings of a mission. ``changed`` is the page's handler for undo steps."""

    message = Signal(str)
    dataChanged = Signal()

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        changed: Changed,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.changed = changed
        self.clock = clock
        self.mission: uuid.UUID | None = None
        self.zone = "UTC"
        self.dialog: QDialog | None = None
        self._stale = False

        self.day_combo = QComboBox()
        self.day_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.late_only = QCheckBox(self.tr("Only meetings with someone &late"))
        self.late_only.toggled.connect(self._filter)
        self.zone_label = QLabel()
        self.zone_label.setStyleSheet("color: #5f6368;")
        self.summary = QLabel()
        self.model = DayMeetingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((135, 80, 330, 300, 140, 260)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # one line a meeting; the tooltips say the rest
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self._build_actions()
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(
            self.tr("Notes for the follow-up (optional), then pick the outcome")
        )
        self.notes.setClearButtonEnabled(True)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.held_action,
            self.no_show_action,
            self.cancel_action,
            self.scheduled_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.move_action)
        toolbar.addSeparator()
        self.followup_button = QToolButton()
        self.followup_button.setText(self.tr("&Follow-up"))
        self.followup_button.setToolTip(
            self.tr("The outcome of the selected meeting, in one click (marks it held)")
        )
        self.followup_button.setMenu(self.followup_menu)
        self.followup_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.followup_button)

        top = QHBoxLayout()
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_combo)
        top.addWidget(day_label)
        top.addWidget(self.day_combo)
        top.addWidget(self.zone_label)
        top.addWidget(self.late_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        notes_row = QHBoxLayout()
        notes_row.addWidget(toolbar)
        notes_row.addWidget(self.notes, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addLayout(notes_row)
        layout.addWidget(self.table, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._update_actions()

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], shortcut: str, tip: str) -> QAction:
            made = QAction(text, self)
            made.triggered.connect(lambda _checked=False: slot())
            made.setToolTip(f"{tip} ({shortcut})")
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(made)
            return made

        self.held_action = action(
            self.tr("&Held"),
            lambda: self.mark(MeetingStatus.HELD),
            "Ctrl+Shift+H",
            self.tr("Mark held"),
        )
        self.no_show_action = action(
            self.tr("&No-show"),
            lambda: self.mark(MeetingStatus.NO_SHOW),
            "Ctrl+Shift+X",
            self.tr("Mark no-show"),
        )
        self.cancel_action = action(
            self.tr("&Cancelled"),
            lambda: self.mark(MeetingStatus.CANCELLED),
            "Ctrl+Shift+C",
            self.tr("Mark cancelled"),
        )
        self.scheduled_action = action(
            self.tr("&Scheduled"),
            lambda: self.mark(MeetingStatus.SCHEDULED),
            "Ctrl+Shift+S",
            self.tr("Back to scheduled"),
        )
        self.move_action = action(
            self.tr("&Move…"),
            self.move_meeting,
            "Ctrl+M",
            self.tr("Move the meeting to a free slot or table"),
        )
        self.followup_menu = QMenu(self.tr("Follow-&up"), self)
        self.followup_actions: dict[FollowUpOutcome, QAction] = {}
        for outcome in FollowUpOutcome:
            made = self.followup_menu.addAction(enum_label(outcome))
            made.triggered.connect(lambda _checked=False, o=outcome: self.record_followup(o))
            self.followup_actions[outcome] = made

    # ------------------------------------------------------------------ data

    def set_mission(
        self, mission_id: uuid.UUID | None, zone: str = "UTC", days: list[date] | None = None
    ) -> None:
        """Show a mission: its days in the picker, on today if it runs today, else its first
        day; the same mission shown again keeps the day chosen."""
        kept = self.day() if mission_id == self.mission else None
        self.mission, self.zone = mission_id, zone
        days = days or []
        today = to_local(self.clock(), zone).date()
        chosen = kept if kept in days else default_day(days, today)
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in days:
            self.day_combo.addItem(f"{when(day, '%a %d %b %Y')}", day.isoformat())
        if chosen is not None:
            self.day_combo.setCurrentIndex(days.index(chosen))
        self.day_combo.blockSignals(False)
        self.refresh()

    def day(self) -> date | None:
        data = self.day_combo.currentData()
        return date.fromisoformat(data) if isinstance(data, str) and data else None

    def show_day(self, day: date) -> None:
        index = self.day_combo.findData(day.isoformat())
        if index >= 0:
            self.day_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Read the day's meetings again, keeping the selection; never takes the focus."""
        self._stale = False
        keep = {m.meeting_id for m in self.selected()}
        current = self.table.currentIndex()
        keep_current = self.model.row(current).meeting_id if current.isValid() else None
        day, mission_id = self.day(), self.mission
        rows: list[DayMeeting] = []
        abbreviation = day_zone(day, self.zone) if mission_id is not None and day else ""
        self.model.set_zone_label(abbreviation)
        self.zone_label.setText(
            arg(self.tr("Times in %1 (%2)"), self.zone, abbreviation) if abbreviation else ""
        )
        if mission_id is not None and day is not None:
            try:
                with self.db.session() as session:
                    rows = onsite.meetings_of_day(session, mission_id, day, now=self.clock())
            except NotFoundError:
                rows = []
        self.model.set_rows(rows)
        self._reselect(keep, keep_current)
        self._show_summary()
        self._update_actions()

    def mark_stale(self) -> None:
        """Something changed (a check-in): read again when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _tick(self) -> None:
        self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _filter(self, late_only: bool) -> None:
        self.model.set_predicate((lambda m: bool(m.late)) if late_only else None)
        self._update_actions()

    def _reselect(self, keep: set[uuid.UUID], current: uuid.UUID | None) -> None:
        selection = self.table.selectionModel()
        if current is not None:
            index = self.model.index_of(current)
            if index.isValid():
                self.table.setCurrentIndex(index)
        selection.clearSelection()
        for meeting_id in keep:
            index = self.model.index_of(meeting_id)
            if index.isValid():
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _show_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.summary.setText(self.tr("No meetings this day.") if self.mission else "")
            return
        by_status = Counter(m.status for m in rows)
        parts = [
            f"{by_status[s]} {enum_label(s).lower()}"
            for s in MeetingStatus
            if by_status[s] and s is not MeetingStatus.SCHEDULED
        ]
        late = sum(len(m.late) for m in rows)
        text = self.tr("%n meeting(s)", "", len(rows))
        if by_status[MeetingStatus.SCHEDULED]:
            text = arg(self.tr("%1, %2 to come"), text, by_status[MeetingStatus.SCHEDULED])
        if parts:
            text += " · " + ", ".join(parts)
        if late:
            late_text = arg(self.tr("%1 late"), late)
            text += f" · <span style='color:#b00020;font-weight:bold'>{late_text}</span>"
        self.summary.setText(text)

    # ------------------------------------------------------------------ selection

    def selected(self) -> list[DayMeeting]:
        return [self.model.row(i) for i in self.table.selectionModel().selectedRows()]

    def select(self, meeting_id: uuid.UUID) -> None:
        index = self.model.index_of(meeting_id)
        if index.isValid():
            self.table.selectRow(index.row())

    def _update_actions(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        for status_action in (
            self.held_action,
            self.no_show_action,
            self.cancel_action,
            self.scheduled_action,
        ):
            status_action.setEnabled(bool(chosen))
        self.move_action.setEnabled(one is not None and one.place is not None)
        can_follow = one is not None and one.status is not MeetingStatus.CANCELLED
        self.followup_button.setEnabled(can_follow)
        self.followup_menu.setEnabled(can_follow)

    # ------------------------------------------------------------------ actions

    def mark(self, status: MeetingStatus) -> None:
        chosen, mission_id = self.selected(), self.mission
        changing = [m for m in chosen if m.status is not status]
        if mission_id is None or not changing:
            return
        try:
            with self.db.session() as session:
                before = onsite.set_meeting_status(
                    session, [m.meeting_id for m in changing], status
                )
        except PimapError as exc:
            report_error(self, exc, action=self.tr("change the meeting's status"))
            self.refresh()
            return
        self.undo_stack.push(meetings_marked(self.db, mission_id, status, before, self.changed))
        self.refresh()
        self.dataChanged.emit()
        what = (
            changing[0].names if len(changing) == 1 else self.tr("%n meeting(s)", "", len(changing))
        )
        self.message.emit(
            arg(self.tr("%1: %2. Undo with Ctrl+Z."), what, enum_label(status).lower())
        )

    def move_meeting(self) -> None:
        chosen, mission_id = self.selected(), self.mission
        if len(chosen) != 1 or mission_id is None or chosen[0].place is None:
            return
        meeting = chosen[0]
        try:
            with self.db.session() as session:
                # The version first: a move of it in between makes this one refused.
                loaded = version_of(session, Meeting, meeting.meeting_id)
                places = [
                    FreePlace(p, label)
                    for p, label in onsite.free_places(session, meeting.meeting_id)
                ]
        except PimapError as exc:
            report_error(self, exc, action=self.tr("move the meeting"))
            self.refresh()
            return
        moved: list[tuple[MeetingPlace, MeetingPlace, int]] = []

        def submit(place: MeetingPlace) -> None:
            with self.db.session() as session:
                before = b2b.move_meeting(
                    session, meeting.meeting_id, place, expected_version=loaded
                )
                moved.append((before, place, version_left(session, Meeting, meeting.meeting_id)))

        def done() -> None:
            before, after, left = moved[0]
            self.undo_stack.push(
                move_command(
                    self.db,
                    mission_id,
                    meeting.meeting_id,
                    before,
                    after,
                    meeting.locked,
                    self.changed,
                    meeting.names,
                    loaded=loaded,
                    left=left,
                )
            )
            self.refresh()
            self.select(meeting.meeting_id)
            self.dataChanged.emit()
            self.message.emit(
                arg(self.tr("Meeting %1 moved and locked. Undo with Ctrl+Z."), meeting.names)
            )

        text = (
            f"<b>{when(meeting.starts_local, '%a %d %b')} {local_time(meeting.starts_local)}</b> · "
            f"{meeting.table_label} · {meeting.names}"
        )
        self._open(MoveDialog(submit, text, places, self), done)

    def record_followup(self, outcome: FollowUpOutcome) -> None:
        chosen, mission_id = self.selected(), self.mission
        if len(chosen) != 1 or mission_id is None:
            return
        meeting = chosen[0]
        notes = self.notes.text().strip()
        at = self.clock()
        try:
            with self.db.session() as session:
                entry = followup.record_quick_followup(
                    session, meeting.meeting_id, outcome, notes, now=at
                )
        except PimapError as exc:
            report_error(self, exc, action=self.tr("record the follow-up"))
            self.refresh()
            return
        self.undo_stack.push(
            quick_followup_recorded(
                self.db, mission_id, entry, outcome, notes, self.changed, at, meeting.names
            )
        )
        self.notes.clear()
        self.refresh()
        self.dataChanged.emit()
        template = (
            self.tr("Follow-up “%1” recorded for %2 (meeting marked held). Undo with Ctrl+Z.")
            if entry.marked_held
            else self.tr("Follow-up “%1” recorded for %2. Undo with Ctrl+Z.")
        )
        self.message.emit(arg(template, enum_label(outcome), meeting.names))

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
