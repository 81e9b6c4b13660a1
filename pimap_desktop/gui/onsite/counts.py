"""The desk's counts: checked in / expected per delegation, the total in bold on the last row
and in large type above; after a check-in they are bumped in memory (``bump``), not read
again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.services.onsite.onsite import (
    NO_DELEGATION,
    NOT_EXPECTED,
    CheckInResult,
    DelegationCount,
    total_count,
)


@dataclass(frozen=True)
class CountRow:
    count: DelegationCount
    total: bool = False


class DeskCountText(TranslationContext):
    """The translation context of the rows of the desk's counts."""


def _delegation(row: CountRow) -> str:
    """The row's delegation; the total and the people of no delegation in the interface's
    language (the service names them in English)."""
    if row.total:
        return DeskCountText.tr("Total")
    if row.count.delegation_id is None:
        return DeskCountText.tr("No delegation")
    return row.count.delegation


def _count_column(title: str, value: Callable[[DelegationCount], int]) -> Column[CountRow]:
    return Column(
        title,
        lambda r: str(value(r.count)),
        sort_key=lambda r: value(r.count),
        align_right=True,
    )


COUNT_COLUMNS: list[Column[CountRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Delegation"), _delegation),
    _count_column(QT_TRANSLATE_NOOP("columns", "Checked in"), lambda c: c.checked_in),
    _count_column(QT_TRANSLATE_NOOP("columns", "Expected"), lambda c: c.expected),
    _count_column(QT_TRANSLATE_NOOP("columns", "To come"), lambda c: c.expected - c.checked_in),
]


class CountsModel(RowTableModel[CountRow]):
    """Checked in / expected per delegation, the total in bold on the last row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COUNT_COLUMNS, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return self._bold if self.row(index).total else None
        return super().data(index, role)

    def set_counts(self, counts: list[DelegationCount]) -> None:
        rows = [CountRow(c) for c in counts]
        self.set_rows([*rows, CountRow(total_count(counts), total=True)])

    def counts(self) -> list[DelegationCount]:
        return [r.count for r in self.rows() if not r.total]

    def total_text(self, has_mission: bool) -> str:
        """``<b>12</b> of 58 checked in`` (nothing without a mission)."""
        total = total_count(self.counts())
        if not has_mission:
            return ""
        return arg(self.tr("<b>%1</b> of %2 checked in"), total.checked_in, total.expected)


def counts_view(model: CountsModel) -> QTableView:
    """The counts, read only and never taking the keyboard from the check-in field."""
    view = QTableView()
    view.setModel(model)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def bump(counts: list[DelegationCount], result: CheckInResult) -> list[DelegationCount] | None:
    """The counts after one check-in, without asking the database; None when the check-in's
    delegation has no row yet (the caller reads the counts again)."""
    name = result.delegation or NO_DELEGATION
    was_expected = result.previous_status not in NOT_EXPECTED
    for position, count in enumerate(counts):
        if count.delegation == name:
            bumped = replace(
                count,
                checked_in=count.checked_in + 1,
                expected=count.expected + (0 if was_expected else 1),
            )
            return [*counts[:position], bumped, *counts[position + 1 :]]
    return None
