"""What a keystroke in a list pane's search field costs the screen: the list painted by its
RowDelegate (the same pixels as Qt's own delegate), its scroll bars shown or hidden before the
next frame, and nothing else of the window laid out again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QBrush, QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView, QWidget
from pytestqt.qtbot import QtBot

from pimap_desktop.gui.directory.list_pane import ListPane
from pimap_desktop.gui.models import Column, Index, RowDelegate, RowTableModel


@dataclass(frozen=True)
class Firm:
    id: uuid.UUID
    name: str
    city: str
    size: int


COLUMNS: list[Column[Firm]] = [
    Column("Name", lambda f: f.name),
    Column("City", lambda f: f.city),
    Column("Size", lambda f: str(f.size), sort_key=lambda f: f.size, align_right=True),
]


def firms(count: int) -> list[Firm]:
    names = ["Lumiphos Optique", "Kaamos RF", "Straße Optik", "Zephyrix Optics Engineering SAS"]
    cities = ["Bordeaux", "Oulu", "Köln", "Line one\nline two", ""]
    return [
        Firm(uuid.uuid4(), f"{names[n % 4]} {n}", cities[n % 5], n * 7 % 1000) for n in range(count)
    ]


class Styled(RowTableModel[Firm]):
    """A model adding a role of its own in data(): painted role by role."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QBrush(Qt.GlobalColor.red) if self.row(index).size > 300 else None
        return super().data(index, role)


def painted(view: QTableView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


@pytest.mark.parametrize("kind", [RowTableModel, Styled])
def test_a_row_delegate_paints_what_qts_own_delegate_paints(
    qtbot: QtBot, kind: type[RowTableModel[Firm]]
) -> None:
    """Texts cut short, a line break, a right-aligned column, alternate rows, a selection and
    the current cell with focus: the same pixels either way."""
    model = kind(COLUMNS)
    model.set_rows(firms(40))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setColumnWidth(0, 120)  # the long names are cut short
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    view.setCurrentIndex(model.index(2, 1))
    view.selectionModel().select(
        model.index(4, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setItemDelegate(QStyledItemDelegate(view))
    expected = painted(view)
    view.setItemDelegate(RowDelegate(model, view))
    assert painted(view) == expected
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_search("o")
    got = painted(view)
    view.setItemDelegate(QStyledItemDelegate(view))
    assert painted(view) == got


def test_a_row_delegate_on_a_view_of_another_model_paints_that_model(qtbot: QtBot) -> None:
    mine: RowTableModel[Firm] = RowTableModel(COLUMNS)
    other: RowTableModel[Firm] = RowTableModel(COLUMNS)
    other.set_rows(firms(5))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(other)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    expected = painted(view)
    view.setItemDelegate(RowDelegate(mine, view))
    assert painted(view) == expected


def pane_of(qtbot: QtBot, rows: list[Firm]) -> ListPane[Firm]:
    pane: ListPane[Firm] = ListPane(
        COLUMNS,
        count_text=lambda shown, total: f"{shown} of {total} firms shown",
        search_hint="Search firms",
        filter_label="&Size:",
        filter_all="All sizes",
        make_predicate=lambda _value: None,
        describe=lambda chosen: f"{len(chosen)} chosen",
        widths=(200, 100, 60),
    )
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_rows(rows)
    return pane


class LayoutRequests(QObject):
    """The widgets asked to lay out their children again, as they are asked."""

    def __init__(self) -> None:
        super().__init__()
        self.widgets: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            self.widgets.append(watched)
        return False


def settle() -> None:
    for _ in range(10):  # a layout request may ask for the one above it, in the next round
        QApplication.processEvents()


def lay_out() -> None:
    """The layout requests posted, and those they post in turn; no timer runs (a combo box
    adjusts its size on one, some time after it was filled)."""
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def test_a_search_lays_out_nothing_but_the_count_and_the_list(qtbot: QtBot) -> None:
    """A new count used to lay out the pane, the splitter and every widget up to the window
    (which repainted all of it); now only the count's own box hears of it, and the list when
    its scroll bar comes or goes."""
    pane = pane_of(qtbot, firms(300))
    # What the search field sends on each keystroke; the field itself is left alone (Qt lays
    # it out again when its clear button comes or goes, at the end of a fade).
    search = pane.model.set_search
    search("o")
    settle()
    requests = LayoutRequests()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(requests)
    try:
        for text in ["op", "kaamos", "zzz", "köln 1", "o"]:
            search(text)
            lay_out()
    finally:
        app.removeEventFilter(requests)
    label = pane.count_label
    box = label.parentWidget()
    assert box in requests.widgets
    assert set(requests.widgets) <= {box, pane.table}
    assert label.text() == f"{pane.model.rowCount()} of 300 firms shown"
    assert label.geometry() == box.rect() and label.isVisible()
    assert box.height() == label.sizeHint().height()
    assert box.width() >= label.sizeHint().width()


def test_the_scroll_bar_is_shown_or_hidden_before_the_next_frame(qtbot: QtBot) -> None:
    """Qt shows or hides a view's scroll bars in a queued call after their range changed: the
    pane runs it at once, so that the first frame painted after a keystroke is the final one."""
    pane = pane_of(qtbot, firms(300))
    settle()
    bar = pane.table.verticalScrollBar()
    assert bar.isVisible()
    pane.search.setText("kaamos rf 13")  # five rows: no scroll bar
    assert pane.model.rowCount() == 5
    assert not bar.isVisible()  # no event processed in between
    pane.search.setText("kaamos")
    assert bar.isVisible()
