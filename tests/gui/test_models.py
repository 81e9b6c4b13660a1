"""The shared table model: search, narrowing, predicate and sort."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from pimap_desktop.gui.models import Column, RowTableModel


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
