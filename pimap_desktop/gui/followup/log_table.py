"""The follow-up log's table: its columns (overdue ones first, as in the printed log), the rows'
colours (overdue tinted with their due date bold and red, done ticks green), the view, and
the count under it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.services.followup.followup import FollowUpRow

OVERDUE_INK = QColor("#b91c1c")  # as in the printed log
OVERDUE_TINT = QColor("#fdecec")
DONE_INK = QColor("#15803d")
MUTED_INK = QColor("#6b7280")
NO_MEETING = "no meeting"


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


def log_view(model: FollowUpModel) -> QTableView:
    """The log, sorted by due date (overdue first), several rows selected at once."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(COLUMN_WIDTHS):
        view.setColumnWidth(column, width)
    return view


def count_text(rows: Sequence[FollowUpRow], shown: int, *, choose_me: bool) -> str:
    """``12 shown of 42 follow-ups · 30 open · 3 overdue`` (the overdue in red), and a word
    when "My open actions" is chosen but not who "I" am (``choose_me``)."""
    total = len(rows)
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
    if choose_me:
        text += " — choose who you are in “I am” to see your open actions"
    return text
