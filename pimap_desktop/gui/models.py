"""Shared item-model helpers: a table model over frozen row dataclasses that filters and sorts
itself on precomputed texts and keys.

Why not a QSortFilterProxyModel: its ``filterAcceptsRow`` is a Python call per row, too slow
for a directory of 50,000 people on every keystroke. Here a keystroke is one list
comprehension over prebuilt search strings, narrowed further when the new text only extends
the previous one, and one model reset; the view asks only for the rows it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 2


# The context of every column title: ``Column(QT_TRANSLATE_NOOP("columns", "Name"), ...)``,
# translated when the header is shown.
COLUMNS_CONTEXT = "columns"


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str  # marked with QT_TRANSLATE_NOOP("columns", ...); translated when shown
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over rows fetched by one query; ``data()`` never touches the database.

    Display texts, search texts and sort keys are computed once per ``set_rows``. ``set_search``
    keeps the rows in which every typed word appears; ``set_predicate`` adds a condition.
    """

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._texts: list[list[str]] = []
        self._search: list[str] = []
        self._visible: list[int] = []  # positions in _rows, in display order
        self._words: list[str] = []
        self._predicate: Callable[[Row], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ------------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [[c.text(r) for c in self._columns] for r in self._rows]
        self._search = ["\t".join(t).casefold() for t in self._texts]
        self._visible = self._filter(range(len(self._rows)))
        self._apply_sort()
        self.endResetModel()

    def rows(self) -> list[Row]:
        """Every row, shown or not."""
        return list(self._rows)

    def shown_rows(self) -> list[Row]:
        return [self._rows[i] for i in self._visible]

    def row(self, index: Index) -> Row:
        return self._rows[self._visible[index.row()]]

    def total(self) -> int:
        return len(self._rows)

    # ------------------------------------------------------------------ filter and sort

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        narrower = bool(self._words) and all(
            any(old in new for new in words) for old in self._words
        )
        self._words = words
        candidates = self._visible if narrower else range(len(self._rows))
        self.beginResetModel()
        self._visible = self._filter(candidates)
        if not narrower:
            self._apply_sort()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[Row], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._visible = self._filter(range(len(self._rows)))
        self._apply_sort()
        self.endResetModel()

    def _filter(self, candidates: Sequence[int] | range) -> list[int]:
        search, words, rows, keep = self._search, self._words, self._rows, self._predicate
        if words:
            candidates = [i for i in candidates if all(w in search[i] for w in words)]
        if keep is not None:
            candidates = [i for i in candidates if keep(rows[i])]
        return list(candidates)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None or not 0 <= self._sort[0] < len(self._columns):
            return
        column, order = self._sort
        key = self._columns[column].sort_key
        rows, texts = self._rows, self._texts
        if key is not None:
            self._visible.sort(key=lambda i: key(rows[i]))
        else:
            self._visible.sort(key=lambda i: texts[i][column].casefold())
        if order == Qt.SortOrder.DescendingOrder:
            self._visible.reverse()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position = self._visible[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[position][index.column()]
        if role == ROW_ROLE:
            return self._rows[position]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(self._rows[position])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(COLUMNS_CONTEXT, self._columns[section].title)
        return None


@contextmanager
def keeping_place(view: QAbstractItemView, *, keep: bool = True) -> Iterator[None]:
    """A list read again without moving it: the scroll position is put back after the body,
    whatever the selection-keeping code in it scrolled to. For refreshes that keep the
    selection (a colleague's change, a page shown again): the coordinator stays where they
    were, even with the selected row scrolled out of view. A refresh that selects a new record
    (after an edit or an undo) passes ``keep=False``: it scrolls to show that record."""
    bars = (view.verticalScrollBar(), view.horizontalScrollBar())
    values = [bar.value() for bar in bars]
    try:
        yield
    finally:
        if keep:
            for bar, value in zip(bars, values, strict=True):
                bar.setValue(value)
