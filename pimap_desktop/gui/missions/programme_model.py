"""The programme as a tree: one row per mission day, its items below, in local time."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.services.missions.missions import ProgrammeRow

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
DAY_ROLE = Qt.ItemDataRole.UserRole + 11  # the day as an ordinal (Qt would not keep a date)

COLUMNS = (
    QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Time"),
    QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Title"),
    QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Kind"),
    QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Venue"),
    QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Room"),
    QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Who"),
    QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Warning"),
)
_DAY = 0  # internal id of a day row; items carry their day's position + 1


def time_range(row: ProgrammeRow) -> str:
    text = f"{row.starts_local:%H:%M}–{row.ends_local:%H:%M}"
    extra_days = (row.ends_local.date() - row.starts_local.date()).days
    if not extra_days:
        return text
    return text + arg(QCoreApplication.translate("ProgrammeTreeModel", " (+%1d)"), extra_days)


class ProgrammeTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[date] = []
        self._items: list[list[ProgrammeRow]] = []
        self._zone = ""

    def set_programme(self, rows: Sequence[ProgrammeRow], days: Sequence[date], zone: str) -> None:
        self.beginResetModel()
        self._zone = zone
        all_days = sorted(set(days) | {r.day for r in rows})
        by_day: dict[date, list[ProgrammeRow]] = {d: [] for d in all_days}
        for row in rows:
            by_day[row.day].append(row)
        self._days = all_days
        self._items = [sorted(by_day[d], key=lambda r: (r.starts_local, r.title)) for d in all_days]
        self.endResetModel()

    def item_index(self, item_id: uuid.UUID, column: int = 0) -> QModelIndex:
        for day_pos, items in enumerate(self._items):
            for pos, row in enumerate(items):
                if row.id == item_id:
                    return self.createIndex(pos, column, day_pos + 1)
        return QModelIndex()

    def day_index(self, day: date) -> QModelIndex:
        if day in self._days:
            return self.index(self._days.index(day), 0)
        return QModelIndex()

    def row_for(self, index: Index) -> ProgrammeRow | None:
        if not index.isValid() or index.internalId() == _DAY:
            return None
        return self._items[index.internalId() - 1][index.row()]

    # ------------------------------------------------------------------ Qt model API

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DAY)
        if parent.internalId() == _DAY:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _DAY)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == _DAY and parent.column() == 0:
            return len(self._items[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0 and self._zone:
                return arg(self.tr("Time (%1)"), self._zone)
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _DAY:
            return self._day_data(index, role)
        row = self._items[index.internalId() - 1][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{time_range(row)} {row.zone_label}",
                row.title,
                enum_label(row.kind),
                row.venue,
                row.room,
                row.audience,
                arg(self.tr("⚠ same room as %1"), ", ".join(row.overlaps)) if row.overlaps else "",
            )[column]
        if role == ITEM_ID_ROLE:
            return row.id
        if role == DAY_ROLE:
            return row.day.toordinal()
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row.overlaps:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and row.overlaps:
            return arg(self.tr("Overlaps in the same room with: %1"), ", ".join(row.overlaps))
        return None

    def _day_data(self, index: Index, role: int) -> Any:
        day = self._days[index.row()]
        items = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{when(day, '%A')} {day.day} {when(day, '%B %Y')}"
            if index.column() == 1:
                count = len(items)
                return self.tr("no items") if not count else self.tr("%n item(s)", "", count)
            if index.column() == 6:
                clashes = sum(1 for r in items if r.overlaps)
                return arg(self.tr("⚠ %1 overlapping"), clashes) if clashes else ""
            return ""
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6:
            return QBrush(QColor("#b00020"))
        if role == DAY_ROLE:
            return day.toordinal()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
