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

from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.services.followup.followup import FollowUpRow

OVERDUE_INK = QColor("#b91c1c")  # as in the printed log
OVERDUE_TINT = QColor("#fdecec")
DONE_INK = QColor("#15803d")
MUTED_INK = QColor("#6b7280")
NO_MEETING = QT_TRANSLATE_NOOP("FollowUpLogText", "no meeting")


class FollowUpLogText(TranslationContext):
    """The translation context of the follow-up log's texts."""


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
    text = f"{row.due_date.day} {when(row.due_date, '%b %Y')}"
    return arg(FollowUpLogText.tr("%1 · overdue"), text) if row.overdue else text


def _done_tooltip(row: FollowUpRow) -> str:
    if row.done and row.done_on is not None:
        return arg(
            FollowUpLogText.tr("Done on %1"), f"{when(row.done_on, '%d %b %Y')}"
        )  # the mission's day
    return FollowUpLogText.tr("Done") if row.done else FollowUpLogText.tr("Open")


FOLLOWUP_COLUMNS: list[Column[FollowUpRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Due"), _due_text, sort_key=_log_order),
    Column(
        QT_TRANSLATE_NOOP("columns", "Done"),
        lambda r: "✓" if r.done else "",
        sort_key=lambda r: r.done,
        tooltip=_done_tooltip,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Mission"), lambda r: r.mission_code),
    Column(
        QT_TRANSLATE_NOOP("columns", "Meeting"),
        # the mission's zone, named
        lambda r: r.meeting_zoned or r.meeting or FollowUpLogText.tr(NO_MEETING),
        sort_key=lambda r: (not r.meeting, r.meeting),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Our organisation"),
        lambda r: r.organisation_a,
        tooltip=lambda r: _with_country(r.organisation_a, r.country_a),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Counterpart"),
        lambda r: _with_country(r.organisation_b, r.country_b),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Contact"), lambda r: r.contact),
    Column(
        QT_TRANSLATE_NOOP("columns", "Outcome"),
        lambda r: enum_label(r.outcome),
        tooltip=lambda r: arg(FollowUpLogText.tr("EEN rating: %1"), r.een_rating),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Next action"),
        lambda r: r.next_action,
        tooltip=lambda r: r.next_action,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Owner"), lambda r: r.owner),
    Column(
        QT_TRANSLATE_NOOP("columns", "Notes"),
        lambda r: " ".join(r.notes.split()),
        tooltip=lambda r: r.notes,
    ),
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
    overdue_text = arg(FollowUpLogText.tr("%1 overdue"), overdue)
    if overdue:
        overdue_text = (
            f"<span style='color:{OVERDUE_INK.name()}; font-weight:bold'>{overdue_text}</span>"
        )
    text = arg(
        FollowUpLogText.tr("%n follow-up(s) · %1 open · %2", "", total), open_count, overdue_text
    )
    if shown != total:
        text = arg(FollowUpLogText.tr("%1 shown of %2"), shown, text)
    if choose_me:
        text += FollowUpLogText.tr(" — choose who you are in “I am” to see your open actions")
    return text
