"""The shared table model: search, narrowing, predicate and sort."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pimap_desktop.gui import models
from pimap_desktop.gui.models import ROW_ROLE, Column, Index, RowTableModel
from pimap_desktop.gui.search_index import BitIndex, positions


@dataclass(frozen=True)
class Item:
    name: str
    city: str
    size: int


COLUMNS: list[Column[Item]] = [
    Column("Name", lambda i: i.name),
    Column("City", lambda i: i.city),
    Column("Size", lambda i: str(i.size), sort_key=lambda i: i.size),
]
ITEMS = [
    Item("Lumiphos Optique", "Bordeaux", 40),
    Item("Kaamos RF", "Oulu", 12),
    Item("Optivale", "Kortrijk", 150),
    Item("Zephyrix Optics", "San José", 900),
]


def shown(model: RowTableModel[Item]) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_matches_every_word_in_any_column(qtmodeltester: ModelTester) -> None:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(ITEMS)
    qtmodeltester.check(model)
    model.set_search("opti")
    assert shown(model) == ["Lumiphos Optique", "Optivale", "Zephyrix Optics"]
    model.set_search("opti san")
    assert shown(model) == ["Zephyrix Optics"]
    model.set_search("")
    assert model.rowCount() == 4 and model.total() == 4


def test_sort_by_key_and_predicate() -> None:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(ITEMS)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert shown(model) == ["Zephyrix Optics", "Optivale", "Lumiphos Optique", "Kaamos RF"]
    model.set_predicate(lambda i: i.size < 100)
    assert shown(model) == ["Lumiphos Optique", "Kaamos RF"]
    assert model.row(model.index(1, 0)) == ITEMS[1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="opticsanu ", max_size=6), min_size=1, max_size=6))
def test_narrowing_while_typing_gives_what_a_fresh_search_gives(typed: list[str]) -> None:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(ITEMS)
    fresh: RowTableModel[Item] = RowTableModel(COLUMNS)
    fresh.set_rows(ITEMS)
    for text in typed:
        model.set_search(text)
        fresh.set_search("")
        fresh.set_search(text)
        assert shown(model) == shown(fresh)


def _reference(
    items: list[Item],
    text: str,
    sort: tuple[int, Qt.SortOrder] | None,
    keep: Callable[[Item], bool] | None = None,
) -> list[str]:
    """What the model shows, worked out the plain way: every word in a row's case-folded texts,
    then a stable sort of the rows in the order given (reversed for descending)."""
    words = text.casefold().split()
    texts = {id(i): "\t".join(c.text(i) for c in COLUMNS).casefold() for i in items}
    shown = [i for i in items if all(w in texts[id(i)] for w in words)]
    if keep is not None:
        shown = [i for i in shown if keep(i)]
    if sort is not None:
        column, order = sort
        key = COLUMNS[column].sort_key
        shown.sort(key=key if key is not None else lambda i: COLUMNS[column].text(i).casefold())
        if order == Qt.SortOrder.DescendingOrder:
            shown.reverse()
    return [i.name for i in shown]


MANY = [
    Item(name, city, size)
    for name, city, size in [
        ("Lumiphos Optique", "Bordeaux", 40),
        ("Kaamos RF", "Oulu", 12),
        ("Optivale", "Kortrijk", 150),
        ("Zephyrix Optics", "San José", 900),
        ("ÉCLAIR Lasers", "Évry", 40),
        ("éclair bis", "evry", 12),
        ("Straße Optik", "Köln", 150),
        ("STRASSE Photonik", "koln", 7),
        ("Kaamos RF", "Oulu", 12),  # the same twice: rows equal for every column
    ]
]
SORTS = st.none() | st.tuples(
    st.integers(min_value=0, max_value=2),
    st.sampled_from([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]),
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(alphabet="opticsanékrlßs ÉK", max_size=6), SORTS, st.booleans()),
        min_size=1,
        max_size=8,
    )
)
def test_search_sort_and_predicate_show_the_rows_a_plain_filter_and_sort_give(
    steps: list[tuple[str, tuple[int, Qt.SortOrder] | None, bool]],
) -> None:
    """Whatever the history of searches, sorts and conditions: the rows and their order are
    those of filtering then sorting from scratch (ties in the order the rows were given)."""
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(MANY)
    sort: tuple[int, Qt.SortOrder] | None = None
    keep: Callable[[Item], bool] | None = None
    for text, new_sort, small in steps:
        if new_sort is not None:
            model.sort(*new_sort)
            sort = new_sort
        predicate = (lambda i: i.size < 100) if small else None
        if (predicate is None) != (keep is None):
            model.set_predicate(predicate)
            keep = predicate
        model.set_search(text)
        assert shown(model) == _reference(MANY, text, sort, keep)
        assert [model.row(model.index(r, 0)).name for r in range(model.rowCount())] == shown(model)


def test_sort_keys_are_computed_once_per_data_load() -> None:
    calls: list[str] = []

    def size(item: Item) -> int:
        calls.append(item.name)
        return item.size

    columns: list[Column[Item]] = [*COLUMNS[:2], Column("Size", lambda i: str(i.size), size)]
    model: RowTableModel[Item] = RowTableModel(columns)
    model.set_rows(ITEMS)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert len(calls) == len(ITEMS)
    for text in ("o", "op", "opt", "kaamos", "", "san", "oulu", ""):
        model.set_search(text)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_predicate(lambda i: i.size > 20)
    assert len(calls) == len(ITEMS)  # searches, sorts and conditions reuse the keys
    assert shown(model) == ["Zephyrix Optics", "Optivale", "Lumiphos Optique"]
    model.set_rows(ITEMS[:2])
    assert len(calls) == len(ITEMS) + 2  # new rows: their keys once, for the sort in force
    assert shown(model) == ["Lumiphos Optique"]


def test_a_search_resets_the_model_once() -> None:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(ITEMS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_search("opti")
    model.set_search("optiq")  # narrower
    model.set_search("optiq ")  # the same words: nothing to do
    model.set_search("kaamos")  # a new word
    assert resets == [3, 1, 1]


def test_shown_at_finds_the_view_rows_of_rows_given() -> None:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(ITEMS)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # Zephyrix, Optivale, Lumiphos, Kaamos
    by_name = model.positions_by(lambda i: i.name)
    assert by_name == {"Lumiphos Optique": 0, "Kaamos RF": 1, "Optivale": 2, "Zephyrix Optics": 3}
    assert model.shown_at([0, 3, 99, -1]) == [0, 2]
    model.set_search("opti")  # Zephyrix, Optivale, Lumiphos
    assert model.shown_at([1, 0]) == [2]
    model.set_predicate(lambda i: i.size < 100)  # Lumiphos
    assert model.shown_at(range(4)) == [0]
    model.set_search("")
    model.sort(0, Qt.SortOrder.AscendingOrder)  # Kaamos, Lumiphos
    assert model.shown_at(range(4)) == [0, 1]


class Styled(RowTableModel[Item]):
    """A page's model adding a role of its own in data()."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QBrush(Qt.GlobalColor.red) if self.row(index).size > 100 else None
        return super().data(index, role)


@pytest.mark.parametrize("kind", [RowTableModel, Styled])
def test_multi_data_gives_what_data_gives_role_by_role(
    qtbot: QtBot, kind: type[RowTableModel[Item]]
) -> None:
    columns: list[Column[Item]] = [
        *COLUMNS[:2],
        Column("Size", lambda i: str(i.size), lambda i: i.size, align_right=True, tooltip=str),
    ]
    model = kind(columns)
    model.set_rows(ITEMS)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ToolTipRole,
        ROW_ROLE,
    ]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            role_data = [QModelRoleData(role) for role in roles]
            for one in role_data:
                model.multiData(index, one)
            assert [one.data() for one in role_data] == [model.data(index, r) for r in roles]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().isNull()  # painted through multiData


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet="aäbcłœ@.\t ßEÉ\U0001f600", max_size=12), min_size=1, max_size=20),
    st.text(alphabet="aäbcłœ@.ßEÉ\U0001f600", min_size=1, max_size=4),
)
def test_the_bit_index_never_leaves_out_a_text_holding_the_word(
    texts: list[str], word: str
) -> None:
    index = BitIndex(texts)
    may = index.may_hold(word)
    assert all(may[n] for n, text in enumerate(texts) if word in text)
    order = positions(list(reversed(range(len(texts)))))
    kept = index.keep(word, order)
    assert [n for n in kept if word in texts[n]] == [
        n for n in reversed(range(len(texts))) if word in texts[n]
    ]


def test_a_long_list_searched_through_its_bit_index_shows_what_a_plain_filter_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(models, "INDEX_ROWS", 2)  # every search of two rows or more
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(MANY)
    typed = ["o", "op", "opt", "opti", "optiq", "kaamos", "éc", "évry", "ss", "sse k", "zz", ""]
    for sort in [None, (0, Qt.SortOrder.AscendingOrder), (2, Qt.SortOrder.DescendingOrder)]:
        if sort is not None:
            model.sort(*sort)
        for text in typed:
            model.set_search(text)
            assert shown(model) == _reference(MANY, text, sort)
    assert model._index is not None  # the index was used
