"""Shared item-model helpers: a table model over frozen row dataclasses that filters and sorts
itself on precomputed texts and keys.

Why not a QSortFilterProxyModel: its ``filterAcceptsRow`` is a Python call per row, and it sorts
again on every change of its filter: too slow for a directory of 50,000 people on every
keystroke. Here each sort column's order is computed once per ``set_rows`` (on the first sort by
that column) and kept; the condition of ``set_predicate`` narrows it once; a keystroke is one
list comprehension per typed word over the case-folded texts in that order (narrowed further
when the new text only extends the previous one; over a long list, only the texts its
BitIndex says may hold the word), and one model reset. The view asks
only for the rows it shows, one call per cell for all the roles it paints (``multiData``), or,
painted through a ``RowDelegate``, one call per cell for its text and alignment and nothing else.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from pimap_desktop.gui.search_index import BitIndex

Row = TypeVar("Row")
K = TypeVar("K", bound=Hashable)
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# Plain ints, compared in data() and multiData() for every painted cell.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROW = int(ROW_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_Feature = QStyleOptionViewItem.ViewItemFeature

# A list this long is searched through a BitIndex (built on its first search with a word of
# two characters or more, once per set_rows): a new word is looked for in the few rows that
# may hold it, not in all of them.
INDEX_ROWS = 5_000


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

    Display texts and search texts are computed once per ``set_rows``, and the sort keys and
    order of a column once per ``set_rows`` too. ``set_search`` keeps the rows in which every
    typed word appears; ``set_predicate`` adds a condition.

    Rows equal for the sort column keep the order they were given in (descending: the reverse).
    """

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._texts: list[tuple[str, ...]] = []  # tuples of str: not tracked by the GC
        self._search: list[str] = []  # each row's case-folded texts, by position in _rows
        self._orders: dict[int, list[int]] = {}  # a sort column's ascending order of all rows
        self._allowed: list[bool] | None = None  # the predicate's answer for each row
        self._base: list[int] = []  # the rows the predicate keeps, in display order
        self._base_search: list[str] = []  # their search texts, in the same order
        self._rank: list[int] | None = None  # each row's place in _base (built when asked)
        self._base_array: npt.NDArray[np.int64] | None = None  # _base for the BitIndex
        self._index: BitIndex | None = None  # of _search, for long lists (INDEX_ROWS)
        self._visible: list[int] = []  # positions in _rows, in display order; never mutated
        self._words: list[str] = []
        self._predicate: Callable[[Row], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._lookups: dict[Callable[[Row], Any], dict[Any, int]] = {}
        # A subclass that adds roles in data() is painted through it, role by role.
        self._own_data = type(self).data is RowTableModel.data

    # ------------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        columns = self._columns
        self._texts = [tuple([c.text(r) for c in columns]) for r in self._rows]
        self._search = ["\t".join(t).casefold() for t in self._texts]
        self._orders = {}
        self._lookups = {}
        self._index = None
        self._allowed = self._predicate_answers()
        self._rebuild_base()
        self._visible = self._filter(narrower=False)
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

    def positions_by(self, key: Callable[[Row], K]) -> dict[K, int]:
        """Each row's position in the rows given to ``set_rows``, by ``key`` (the last one for
        rows with equal keys); built once per ``set_rows`` for each ``key`` function."""
        found = self._lookups.get(key)
        if found is None:
            found = {key(r): n for n, r in enumerate(self._rows)}
            self._lookups[key] = found
        return found

    def shown_at(self, positions: Iterable[int]) -> list[int]:
        """The view rows, in order, showing the rows at these positions (in the rows given to
        ``set_rows``); positions filtered out are left out. A binary search for each."""
        if self._rank is None:
            rank = [0] * len(self._rows)
            for place, position in enumerate(self._base):
                rank[position] = place
            self._rank = rank
        rank, visible = self._rank, self._visible
        found: set[int] = set()
        for position in positions:
            if not 0 <= position < len(rank):
                continue
            at = bisect_left(visible, rank[position], key=rank.__getitem__)
            if at < len(visible) and visible[at] == position:
                found.add(at)
        return sorted(found)

    # ------------------------------------------------------------------ filter and sort

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        narrower = bool(self._words) and all(
            any(old in new for new in words) for old in self._words
        )
        self._words = words
        self.beginResetModel()
        self._visible = self._filter(narrower=narrower)
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[Row], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._allowed = self._predicate_answers()
        self._rebuild_base()
        self._visible = self._filter(narrower=False)
        self.endResetModel()

    def _predicate_answers(self) -> list[bool] | None:
        keep = self._predicate
        return None if keep is None else [bool(keep(r)) for r in self._rows]

    def _rebuild_base(self) -> None:
        """The rows the predicate keeps, in the order of the sort, and their search texts."""
        order = self._order()
        allowed = self._allowed
        self._base = order if allowed is None else [i for i in order if allowed[i]]
        search = self._search
        self._base_search = [search[i] for i in self._base]
        self._rank = None
        self._base_array = None

    def _order(self) -> list[int]:
        """All rows in the order of the sort: sorted once per column and data load."""
        if self._sort is None or not 0 <= self._sort[0] < len(self._columns):
            return list(range(len(self._rows)))
        column, direction = self._sort
        ascending = self._orders.get(column)
        if ascending is None:
            key = self._columns[column].sort_key
            if key is not None:
                keys = [key(r) for r in self._rows]
            else:
                keys = [t[column].casefold() for t in self._texts]
            ascending = sorted(range(len(self._rows)), key=keys.__getitem__)
            self._orders[column] = ascending
        if direction == Qt.SortOrder.DescendingOrder:
            return ascending[::-1]
        return ascending

    def _filter(self, *, narrower: bool) -> list[int]:
        """The rows holding every typed word, in display order: from the rows shown when the
        new words only extend the previous ones, else from all the rows the predicate keeps.
        The longest word first: it leaves the fewest rows to look at for the others."""
        if not self._words:
            return self._base
        shown = self._visible if narrower else self._base
        for word in sorted(self._words, key=len, reverse=True):
            shown = self._holding(word, shown)
        return shown

    def _holding(self, word: str, shown: list[int]) -> list[int]:
        """The rows of ``shown`` (in its order) whose search text holds ``word``."""
        search = self._search
        if len(word) > 1 and len(shown) >= INDEX_ROWS:
            from pimap_desktop.gui import search_index

            if self._index is None:
                self._index = search_index.BitIndex(search)
            if shown is self._base:
                if self._base_array is None:
                    self._base_array = search_index.positions(self._base)
                candidates = self._index.keep(word, self._base_array)
            else:
                candidates = self._index.keep(word, search_index.positions(shown))
            return [i for i in candidates if word in search[i]]
        if shown is self._base:
            return [i for i, t in zip(shown, self._base_search, strict=True) if word in t]
        return [i for i in shown if word in search[i]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rebuild_base()
        self._visible = self._filter(narrower=False)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._value(self._visible[index.row()], index.column(), role)

    def _value(self, position: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._texts[position][column]
        if role == _ROW:
            return self._rows[position]
        if role == _ALIGNMENT:
            return _RIGHT if self._columns[column].align_right else None
        if role == _TOOLTIP:
            tooltip = self._columns[column].tooltip
            return None if tooltip is None else tooltip(self._rows[position])
        return None

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a view paints a cell with, in one call instead of one call per role."""
        span: Sequence[QModelRoleData] = (
            [roleDataSpan]
            if isinstance(roleDataSpan, QModelRoleData)
            else cast(Sequence[QModelRoleData], roleDataSpan)  # len() and [] in PySide6
        )
        valid = index.isValid()
        if valid and self._own_data:
            position, column = self._visible[index.row()], index.column()
            for role_data in span:
                role = role_data.role()
                if role == _DISPLAY:
                    role_data.setData(self._texts[position][column])
                    continue
                found = self._value(position, column, role)
                if found is None:
                    role_data.clearData()  # an invalid QVariant, as data() returning None
                else:
                    role_data.setData(found)
            return
        for role_data in span:
            found = self.data(index, role_data.role()) if valid else None
            if found is None:
                role_data.clearData()
            else:
                role_data.setData(found)

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


class RowDelegate(QStyledItemDelegate):
    """Paints the cells of one RowTableModel from its texts: one Python call per painted cell.

    QStyledItemDelegate reads seven roles for each cell it paints (font, alignment, colour, check
    box, icon, text, background) through ``multiData``: through the bindings, that is a third of
    the time a repaint of a long list takes. A RowTableModel has a text and, for some columns, an
    alignment, nothing else; here they are set on the style option as QStyledItemDelegate would
    set them, and the cell is drawn by the same style code: the same pixels. A subclass that adds
    roles in ``data()`` is painted the usual way, role by role.
    """

    def __init__(self, model: RowTableModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        # The view's features for a cell (alternate row or not), with the text's added.
        self._with_text: dict[_Feature, _Feature] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        model = self._model
        if not model._own_data or index.model() is not model:
            super().initStyleOption(option, index)
            return
        column = index.column()
        text = model._texts[model._visible[index.row()]][column]
        if "\n" in text:  # as QStyledItemDelegate.displayText() shows a line break
            text = text.replace("\n", "\u2028")
        option.index = cast(QModelIndex, index)  # what Qt gives a delegate
        option.text = text
        features = option.features
        with_text = self._with_text.get(features)
        if with_text is None:
            with_text = features | _Feature.HasDisplay
            self._with_text[features] = with_text
        option.features = with_text
        if model._columns[column].align_right:
            option.displayAlignment = _RIGHT_ALIGNED
        option.styleObject = None  # type: ignore[assignment]  # no style animation in a cell


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
