"""The schedule as grids: tables × slots (meetings can be dragged to another cell) and
people × slots (each person's own schedule). Both are filled from one list of meetings."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP
from pimap_desktop.services.b2b.meetings import MeetingRow, ParticipantRow, SessionRow, Window

Index = QModelIndex | QPersistentModelIndex
MEETING_MIME = "application/x-pimap-meeting"
MEETING_ROLE = Qt.ItemDataRole.UserRole + 20

STATUS_COLOURS = {
    MeetingStatus.SCHEDULED: "#e3eefb",
    MeetingStatus.HELD: "#e3f4e1",
    MeetingStatus.NO_SHOW: "#fde2e1",
    MeetingStatus.CANCELLED: "#eeeeee",
}
LOCKED_COLOUR = "#fff1c7"
UNAVAILABLE_COLOUR = "#d4d4d8"
LEGEND = (
    (QT_TRANSLATE_NOOP("b2b.grid", "Scheduled"), STATUS_COLOURS[MeetingStatus.SCHEDULED]),
    (QT_TRANSLATE_NOOP("b2b.grid", "Held"), STATUS_COLOURS[MeetingStatus.HELD]),
    (QT_TRANSLATE_NOOP("b2b.grid", "No-show"), STATUS_COLOURS[MeetingStatus.NO_SHOW]),
    (QT_TRANSLATE_NOOP("b2b.grid", "Locked (the scheduler leaves it)"), LOCKED_COLOUR),
    (QT_TRANSLATE_NOOP("b2b.grid", "Not available"), UNAVAILABLE_COLOUR),
)

_LOCK: QIcon | None = None


def lock_icon() -> QIcon:
    """A padlock drawn with Qt itself: no emoji, no font that may lack it."""
    global _LOCK
    if _LOCK is None:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#7a5b00"), 4))
        shackle = QPainterPath()
        shackle.moveTo(9, 16)
        shackle.lineTo(9, 11)
        shackle.arcTo(9, 3, 14, 16, 180, -180)
        shackle.lineTo(23, 16)
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b8860b"))
        painter.drawRoundedRect(5, 15, 22, 15, 3, 3)
        painter.setBrush(QColor("#5c4400"))
        painter.drawEllipse(14, 19, 4, 4)
        painter.drawRect(15, 22, 2, 4)
        painter.end()
        _LOCK = QIcon(pixmap)
    return _LOCK


def legend_html() -> str:
    """The grid's colours in words, for a label under it."""
    swatch = '<span style="background-color:%s; border: 1px solid #9ca3af;">%s</span>&nbsp;'
    return "&nbsp;&nbsp;".join(
        swatch % (colour, "&nbsp;" * 4) + QCoreApplication.translate("b2b.grid", text)
        for text, colour in LEGEND
    )


# Says whether a meeting may go to a slot (position) and table; returns the reasons it cannot.
CanMove = Callable[[uuid.UUID, int, uuid.UUID], list[str]]
# Moves it; True when done.
Move = Callable[[uuid.UUID, int, uuid.UUID], bool]


def slot_title(session: SessionRow, position: int) -> str:
    start, end = session.slots[position]
    return f"{start:%H:%M}–{end:%H:%M}\n{start.tzname()}"


def _short(meeting: MeetingRow) -> str:
    """Each participant's name with their organisation under it."""
    return "\n".join(f"{name}\n{org}" if org else name for _, name, org in meeting.participants)


def _tooltip(meeting: MeetingRow) -> str:
    who = "<br>".join(
        f"{name}" + (f" — {org}" if org else "") for _, name, org in meeting.participants
    )
    extra = (
        " · " + QCoreApplication.translate("b2b.grid", "locked (the scheduler leaves it here)")
        if meeting.locked
        else ""
    )
    changed = f"<br><i>{html.escape(meeting.changed)}</i>" if meeting.changed else ""
    return (
        f"<b>{when(meeting.starts_local, '%a %d %b %H:%M')}–{meeting.ends_local:%H:%M} "
        f"{meeting.starts_local.tzname()}</b>, {meeting.table}<br>{who}<br>"
        f"{enum_label(meeting.status)}{extra}{changed}"
    )


class TableGridModel(QAbstractTableModel):
    """Rows are tables, columns are slots; a cell holds a meeting or nothing."""

    def __init__(self, can_move: CanMove, move: Move, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._can_move, self._move = can_move, move
        self.session: SessionRow | None = None
        self._cells: dict[tuple[int, int], MeetingRow] = {}
        self.refusal = ""  # why the last drop was refused

    def set_schedule(self, session: SessionRow | None, meetings: Sequence[MeetingRow]) -> None:
        self.beginResetModel()
        self.session = session
        self._cells = {}
        if session is not None:
            rows = {table_id: row for row, (table_id, _n, _l) in enumerate(session.tables)}
            for meeting in meetings:
                if meeting.session_id != session.id or meeting.position is None:
                    continue
                row = rows.get(meeting.table_id) if meeting.table_id else None
                if row is not None and meeting.status is not MeetingStatus.CANCELLED:
                    self._cells[(row, meeting.position)] = meeting
        self.endResetModel()

    def meeting_at(self, index: Index) -> MeetingRow | None:
        return self._cells.get((index.row(), index.column())) if index.isValid() else None

    def index_of(self, meeting_id: uuid.UUID) -> QModelIndex:
        for (row, column), meeting in self._cells.items():
            if meeting.id == meeting_id:
                return self.index(row, column)
        return QModelIndex()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.session is None else len(self.session.tables)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.session is None else len(self.session.slots)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.session is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.session.slots):
            return slot_title(self.session, section)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.session.tables):
            return self.session.tables[section][2]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        meeting = self.meeting_at(index)
        if meeting is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _short(meeting)
        if role == Qt.ItemDataRole.DecorationRole:
            return lock_icon() if meeting.locked else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(meeting)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = LOCKED_COLOUR if meeting.locked else STATUS_COLOURS[meeting.status]
            return QBrush(QColor(colour))
        if role == MEETING_ROLE:
            return str(meeting.id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        meeting = self.meeting_at(index)
        if meeting is not None and meeting.status is MeetingStatus.SCHEDULED:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            meeting = self.meeting_at(index)
            if meeting is not None:
                mime.setData(MEETING_MIME, QByteArray(str(meeting.id).encode()))
                break
        return mime

    def _target(self, row: int, column: int, parent: Index) -> tuple[int, uuid.UUID] | None:
        if self.session is None:
            return None
        if row < 0 or column < 0:  # dropped on a cell: Qt gives it as the parent
            row, column = parent.row(), parent.column()
        if not (0 <= row < len(self.session.tables) and 0 <= column < len(self.session.slots)):
            return None
        return column, self.session.tables[row][0]

    @staticmethod
    def _meeting_id(data: QMimeData) -> uuid.UUID | None:
        if not data.hasFormat(MEETING_MIME):
            return None
        try:
            return uuid.UUID(bytes(data.data(MEETING_MIME).data()).decode())
        except ValueError:
            return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Checked while dragging: a clash is refused at once, with its reason kept."""
        meeting_id, target = self._meeting_id(data), self._target(row, column, parent)
        if meeting_id is None or target is None:
            self.refusal = ""
            return False
        reasons = self._can_move(meeting_id, *target)
        self.refusal = "; ".join(reasons)
        return not reasons

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        # Qt's views do not ask canDropMimeData again on the drop itself: check here too.
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        meeting_id, target = self._meeting_id(data), self._target(row, column, parent)
        if meeting_id is None or target is None:
            return False
        self._move(meeting_id, *target)
        # The move rebuilt the grid; nothing for the view to remove from the source cell.
        return False


class PeopleGridModel(QAbstractTableModel):
    """Rows are participants, columns are slots of every session: each person's schedule."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[ParticipantRow] = []
        self._columns: list[tuple[uuid.UUID, int, str]] = []  # session, position, title
        self._cells: dict[tuple[int, int], tuple[str, MeetingRow]] = {}
        self._unavailable: set[tuple[int, int]] = set()

    def set_schedule(
        self,
        sessions: Sequence[SessionRow],
        people: Sequence[ParticipantRow],
        meetings: Sequence[MeetingRow],
        availability: dict[uuid.UUID, list[Window]] | None = None,
    ) -> None:
        """``availability``: each person's windows (UTC); the slots outside them are greyed."""
        self.beginResetModel()
        self._people = list(people)
        spans = [(s, p) for s in sessions for p in range(len(s.slots))]
        self._columns = [
            (s.id, p, f"{when(s.slots[p][0], '%a %H:%M')}\n{s.slots[p][0].tzname()}")
            for s, p in spans
        ]
        column_of = {(sid, p): c for c, (sid, p, _t) in enumerate(self._columns)}
        row_of = {person.id: r for r, person in enumerate(self._people)}
        self._unavailable = set()
        for person_row, person in enumerate(self._people):
            windows = (availability or {}).get(person.id)
            if not windows:
                continue
            for slot_column, (s, p) in enumerate(spans):
                start, end = s.slots[p]
                if not any(a <= start and end <= b for a, b in windows):
                    self._unavailable.add((person_row, slot_column))
        self._cells = {}
        for meeting in meetings:
            if meeting.status is MeetingStatus.CANCELLED or meeting.position is None:
                continue
            column = (
                column_of.get((meeting.session_id, meeting.position))
                if meeting.session_id
                else None
            )
            if column is None:
                continue
            for reg_id, _name, _org in meeting.participants:
                row = row_of.get(reg_id)
                if row is None:
                    continue
                others = "\n".join(
                    f"{n} · {o}" if o else n for rid, n, o in meeting.participants if rid != reg_id
                )
                self._cells[(row, column)] = (f"{others}\n{meeting.table}", meeting)
        self.endResetModel()

    def row_of(self, registration_id: uuid.UUID) -> int:
        for row, person in enumerate(self._people):
            if person.id == registration_id:
                return row
        return -1

    def person_at(self, row: int) -> ParticipantRow | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def session_at(self, column: int) -> uuid.UUID | None:
        return self._columns[column][0] if 0 <= column < len(self._columns) else None

    def is_unavailable(self, row: int, column: int) -> bool:
        return (row, column) in self._unavailable

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][2]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._people):
            person = self._people[section]
            return f"{person.name}\n{person.organisation}" if person.organisation else person.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells.get((index.row(), index.column()))
        if cell is None:
            if (index.row(), index.column()) not in self._unavailable:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(UNAVAILABLE_COLOUR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Not available (outside their availability windows)")
            return None
        text, meeting = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return lock_icon() if meeting.locked else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(meeting)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(
                QColor(LOCKED_COLOUR if meeting.locked else STATUS_COLOURS[meeting.status])
            )
        if role == MEETING_ROLE:
            return str(meeting.id)
        return None
