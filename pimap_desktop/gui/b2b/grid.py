"""The schedule as grids: tables × slots (meetings can be dragged to another cell) and
people × slots (each person's own schedule). Both are filled from one list of meetings."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.services.b2b import MeetingRow, SessionRow

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

# Says whether a meeting may go to a slot (position) and table; returns the reasons it cannot.
CanMove = Callable[[uuid.UUID, int, uuid.UUID], list[str]]
# Moves it; True when done.
Move = Callable[[uuid.UUID, int, uuid.UUID], bool]


def slot_title(session: SessionRow, position: int) -> str:
    start, end = session.slots[position]
    return f"{start:%H:%M}\n{end:%H:%M}"


def _short(meeting: MeetingRow) -> str:
    return "\n".join(name for _, name, _ in meeting.participants)


def _tooltip(meeting: MeetingRow) -> str:
    who = "<br>".join(
        f"{name}" + (f" — {org}" if org else "") for _, name, org in meeting.participants
    )
    extra = " · locked (the scheduler leaves it here)" if meeting.locked else ""
    return (
        f"<b>{meeting.starts_local:%a %d %b %H:%M}–{meeting.ends_local:%H:%M}</b>, "
        f"{meeting.table}<br>{who}<br>{meeting.status.label}{extra}"
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
            return ("🔒 " if meeting.locked else "") + _short(meeting)
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
        self._people: list[tuple[uuid.UUID, str]] = []
        self._columns: list[tuple[uuid.UUID, int, str]] = []  # session, position, title
        self._cells: dict[tuple[int, int], tuple[str, MeetingRow]] = {}

    def set_schedule(
        self,
        sessions: Sequence[SessionRow],
        people: Sequence[tuple[uuid.UUID, str]],
        meetings: Sequence[MeetingRow],
    ) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._columns = [
            (s.id, p, f"{s.slots[p][0]:%a}\n{s.slots[p][0]:%H:%M}")
            for s in sessions
            for p in range(len(s.slots))
        ]
        column_of = {(sid, p): c for c, (sid, p, _t) in enumerate(self._columns)}
        row_of = {pid: r for r, (pid, _n) in enumerate(self._people)}
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
                others = ", ".join(n for rid, n, _o in meeting.participants if rid != reg_id)
                self._cells[(row, column)] = (f"{others}\n{meeting.table}", meeting)
        self.endResetModel()

    def row_of(self, registration_id: uuid.UUID) -> int:
        for row, (pid, _n) in enumerate(self._people):
            if pid == registration_id:
                return row
        return -1

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
            return self._people[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells.get((index.row(), index.column()))
        if cell is None:
            return None
        text, meeting = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(meeting)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(
                QColor(LOCKED_COLOUR if meeting.locked else STATUS_COLOURS[meeting.status])
            )
        if role == MEETING_ROLE:
            return str(meeting.id)
        return None
