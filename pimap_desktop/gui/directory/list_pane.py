"""One tab of the directory: search, a filter, a sortable list and a detail panel beside it.

The list is a RowTableModel (filtering on prebuilt texts, no proxy model, nothing queried in
``data()``) painted by a RowDelegate; the header's sort indicator drives the model's own sort. A
keystroke in the search field goes straight to ``set_search`` (no debounce timer); the frame
painted after it is the final one, and only the list, its scroll bars, the search field and the
count are painted again (nothing else is laid out). The detail panel asks its ``describe``
callback for HTML when the selection changes, and only then.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.gui.models import Column, RowDelegate, RowTableModel, keeping_place


class HasId(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=HasId)

Predicate = Callable[[R], bool]


def _row_id(row: HasId) -> uuid.UUID:
    """The key the pane finds rows by (one function, so the model builds its lookup once)."""
    return row.id


class _LabelBox(QWidget):
    """A label in a box of its own, which lays it out by hand: a new text repaints the label
    and lays out nothing else.

    ``QLabel.setText`` asks the layout around the label to be done again, and that request
    climbs every layout up to the window (the splitter, the tab widget, which then repaints the
    whole page): 3 ms and more on each keystroke, for a count whose place never moves. In this
    box, without a layout, the request stops at the box. The box takes the label's size hints,
    read whenever the layout it is in is done again (a resize, the splitter moved).
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())


class ListPane(QWidget, Generic[R]):
    """Search field, filter combo, table, count and detail panel for one kind of record."""

    selectionChanged = Signal()

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        count_text: Callable[[int, int], str],
        search_hint: str,
        filter_label: str,
        filter_all: str,
        make_predicate: Callable[[str], Predicate[R] | None],
        describe: Callable[[list[R]], str],
        widths: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_text = count_text  # (shown, total) -> "12 of 40 people shown"
        self._make_predicate = make_predicate
        self._describe = describe
        self._described: tuple[uuid.UUID, ...] | None = None
        self._keep: set[uuid.UUID] = set()  # the selection to restore after a model reset
        self._forced: set[uuid.UUID] | None = None  # or this one, after new rows
        self.model: RowTableModel[R] = RowTableModel(columns, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.filter = QComboBox()
        self.filter.addItem(filter_all, "")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.filter_label = QLabel(filter_label)
        self.filter_label.setBuddy(self.filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for number, width in enumerate(widths):
            self.table.setColumnWidth(number, width)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumWidth(280)

        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(_LabelBox(self.count_label))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.splitter)

        self.model.modelReset.connect(self._lay_out_list)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._update_count()
        self._show_detail(force=True)

    # ------------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[R], select: Collection[uuid.UUID] | None = None) -> None:
        """New rows (after a change); the selection is kept, and the place in the list with
        it, or replaced by ``select`` (then shown)."""
        self._forced = set(select) if select is not None else None
        self._described = None  # the records may have changed: describe them again
        try:
            with keeping_place(self.table, keep=select is None):
                self.model.set_rows(rows)
        finally:
            self._forced = None

    def set_filter_items(self, items: Sequence[tuple[str, str]]) -> None:
        """Replace the filter's choices (after the first, "all"), keeping the current one."""
        current = str(self.filter.currentData() or "")
        self.filter.blockSignals(True)
        while self.filter.count() > 1:
            self.filter.removeItem(1)
        for label, value in items:
            self.filter.addItem(label, value)
        index = self.filter.findData(current) if current else 0
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)
        if current and index < 0:
            self._filter_changed()

    def _filter_changed(self) -> None:
        value = str(self.filter.currentData() or "")
        self.model.set_predicate(self._make_predicate(value) if value else None)

    def _lay_out_list(self) -> None:
        """The view lays itself out at once after a search, not on a zero timer, and shows or
        hides its scroll bars at once too, not in a call Qt queues when their range changes
        (QAbstractScrollArea): the frame painted next is the final one, painted once (a repaint
        before those calls paints twice, and the scroll bars twice more after it)."""
        self.table.executeDelayedItemsLayout()
        QCoreApplication.sendPostedEvents(self.table, QEvent.Type.MetaCall.value)

    def _update_count(self) -> None:
        self.count_label.setText(self._count_text(self.model.rowCount(), self.model.total()))

    def show_loading(self, loading: bool) -> None:
        """Say that the list is being read (its rows are those read before), or count it."""
        if loading:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self._update_count()

    # ------------------------------------------------------------------ selection

    def selected_rows(self) -> list[R]:
        """The selected rows in the order they are shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.row(index) for index in indexes]

    def selected_row(self) -> R | None:
        """The selected row when exactly one is selected."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def selected_ids(self) -> list[uuid.UUID]:
        return [row.id for row in self.selected_rows()]

    def select_ids(self, ids: Collection[uuid.UUID]) -> bool:
        """Select the shown rows with these ids; True when at least one was found."""
        by_id = self.model.positions_by(_row_id)
        positions = self.model.shown_at(by_id[i] for i in set(ids) if i in by_id)
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for position in positions:
            selection.select(self.model.index(position, 0), self.model.index(position, last_column))
        selection_model = self.table.selectionModel()
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection_model.select(selection, flags)
        if positions:
            first = self.model.index(positions[0], 0)
            selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)
        return bool(positions)

    def _remember_selection(self) -> None:
        self._keep = self._forced if self._forced is not None else set(self.selected_ids())

    def _restore_selection(self) -> None:
        """A search or filter resets the model (and silently clears the selection): the rows
        still shown stay selected."""
        if self._keep:
            self.select_ids(self._keep)
        self._update_count()
        self._show_detail()
        self.selectionChanged.emit()

    def _selection_changed(self) -> None:
        self._show_detail()
        self.selectionChanged.emit()

    def _show_detail(self, *, force: bool = False) -> None:
        rows = self.selected_rows()
        ids = tuple(row.id for row in rows)
        if ids == self._described and not force:
            return
        self._described = ids
        self.detail.setHtml(self._describe(rows))

    def refresh_detail(self) -> None:
        self._show_detail(force=True)
