"""The quick ways a large import takes (issue 18) give what the plain ways gave: cells cleaned a
column at a time, control characters found by a pattern, the table's width, the people of the
directory found whichever way they are looked up, and the cycle collector left as it was."""

from __future__ import annotations

import gc
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from pimap_desktop.services.importing import people as people_module
from pimap_desktop.services.importing import reading
from pimap_desktop.services.importing.reading import ImportFileError, SourceRow, read_table
from tests.factories import add_person
from tests.services.importing.test_people import directory, import_rows

# Letters that the cleaning treats apart: formula marks, invisible characters, a composed accent.
_TRICKY = "ab '=+-@ \t\ufeff\u200b\u00ad\u0301éÉ漢"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_TRICKY, max_size=8), min_size=1, max_size=30))
def test_a_column_is_cleaned_as_each_of_its_cells(cells: list[str]) -> None:
    rows = [SourceRow(n, (cell,)) for n, cell in enumerate(cells, start=2)]
    assert people_module._clean_column(rows, 0) == [people_module._clean(c) for c in cells]
    assert people_module._clean_column(rows, 1) == [""] * len(cells)  # a column past the row


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["", "x", " "]), max_size=6), min_size=1, max_size=8))
def test_the_table_width_is_that_of_its_widest_used_row(rows: list[list[str]]) -> None:
    assert reading._table_width(rows) == max(reading._used_width(cells) for cells in rows)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=" a\ufeff\t", max_size=4), min_size=1, max_size=4)))
def test_cells_are_cleaned_as_before(records: list[list[str]]) -> None:
    numbered = [(n, ["Last name", "E-mail"]) for n in (1,)] + [
        (n, cells) for n, cells in enumerate(records, start=2)
    ]
    try:
        table = reading._build_table(
            "x.csv", numbered, where="'x.csv'", encoding=None, delimiter=",", sheet=None, sheets=()
        )
    except ImportFileError:
        assert not any(reading._clean(c) for cells in records for c in cells)
        return
    expected = [
        [reading._clean(c) for c in cells] for cells in records if any(map(reading._clean, cells))
    ]
    assert [[c for c in row.values if c] for row in table.rows] == [
        [c for c in cells if c] for cells in expected
    ]


def test_control_characters_are_those_unicode_calls_so() -> None:
    for code in range(0x10000):
        character = chr(code)
        control = character not in "\t\r\n" and unicodedata.category(character) == "Cc"
        assert bool(reading._CONTROLS.fullmatch(character)) == control, hex(code)


@pytest.fixture
def collector_left_as_found() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_left_as_found")
def test_reading_leaves_the_cycle_collector_as_it_found_it(tmp_path: Path) -> None:
    good = tmp_path / "people.csv"
    good.write_text("Last name,E-mail\nMartin,m@x.example\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    for enabled in (True, False):
        gc.enable() if enabled else gc.disable()
        assert read_table(good).rows
        with pytest.raises(ImportFileError):
            read_table(empty)
        assert gc.isenabled() is enabled


HEADER = ["First name", "Last name", "E-mail"]


@pytest.mark.parametrize("known", [1, 40], ids=["a directory smaller than the file", "larger"])
def test_the_people_of_the_directory_are_found_however_they_are_looked_up(
    session: Session, known: int
) -> None:
    for n in range(known):
        add_person(session, "Old", f"Name{n}", f"p{n}@x.example")
    rows = [HEADER, ["New", "Name0", "P0@X.example"], ["Ana", "Silva", "ana@x.example"]]
    rows += [["Ann", f"Other{n}", f"other{n}@x.example"] for n in range(5)]
    report = import_rows(session, rows)
    assert [(v.row, v.action) for v in report.rows[:2]] == [(2, "update"), (3, "create")]
    assert (report.created, report.updated) == (6, 1)
    people = directory(session)
    assert people["p0@x.example"][:2] == ("New", "Name0")
    assert len(people) == known + 6


def test_the_directory_is_searched_by_the_checked_addresses_only(session: Session) -> None:
    assert people_module._known_people(session, {"bad": ValueError("no")}) == {}
    person = add_person(session, "Old", "Name", "old@x.example")
    found = people_module._known_people(session, {"OLD@x.example ": "old@x.example"})
    assert list(found) == ["old@x.example"] and found["old@x.example"].id == person.id
    assert isinstance(person.id, uuid.UUID)
