"""What a save dialog's answer means for a table: the file's kind from its name's ending, else
from the filter chosen, and a CSV's delimiter from the filter chosen, else the region's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from pimap_desktop.gui.followup.log_export import PDF_FILTER, export_file, export_filters
from pimap_desktop.gui.widgets import (
    CSV_COMMAS,
    CSV_SEMICOLONS,
    XLSX_FILTER,
    csv_delimiter,
    table_file,
    table_file_filters,
)


@pytest.mark.parametrize(
    ("point", "filters"),
    [
        (",", [XLSX_FILTER, CSV_SEMICOLONS, CSV_COMMAS]),
        (".", [XLSX_FILTER, CSV_COMMAS, CSV_SEMICOLONS]),
    ],
)
def test_the_regions_csv_comes_first(point: str, filters: list[str]) -> None:
    assert table_file_filters(point).split(";;") == filters
    assert export_filters(point).split(";;") == [*filters, PDF_FILTER]


def test_the_default_region_is_qlocales() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("sv_SE"))
        assert table_file_filters().split(";;")[1] == CSV_SEMICOLONS
        assert csv_delimiter("") == ";"
        QLocale.setDefault(QLocale("en_US"))
        assert table_file_filters().split(";;")[1] == CSV_COMMAS
        assert csv_delimiter("") == ","
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "chosen_filter", "written"),
    [
        ("people.csv", CSV_SEMICOLONS, ("people.csv", "csv", ";")),
        ("people.csv", CSV_COMMAS, ("people.csv", "csv", ",")),
        ("people.CSV", XLSX_FILTER, ("people.CSV", "csv", ",")),  # the region's (here '.')
        ("people", CSV_SEMICOLONS, ("people.csv", "csv", ";")),
        ("people", XLSX_FILTER, ("people.xlsx", "xlsx", ",")),
        ("people", "", ("people.xlsx", "xlsx", ",")),
        ("people.xlsx", CSV_COMMAS, ("people.xlsx", "xlsx", ",")),
    ],
)
def test_a_table_is_written_as_its_name_or_else_its_filter_says(
    tmp_path: Path, name: str, chosen_filter: str, written: tuple[str, str, str]
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        out, fmt, delimiter = table_file(str(tmp_path / name), chosen_filter)
    finally:
        QLocale.setDefault(previous)
    assert (out.name, fmt, delimiter) == written


@pytest.mark.parametrize(
    ("name", "chosen_filter", "written"),
    [
        ("log.PDF", XLSX_FILTER, ("log.PDF", "pdf")),
        ("log", PDF_FILTER, ("log.pdf", "pdf")),
        ("log.csv", PDF_FILTER, ("log.csv", "csv")),
        ("log", CSV_SEMICOLONS, ("log.csv", "csv")),
        ("log", "", ("log.xlsx", "xlsx")),
    ],
)
def test_the_follow_up_log_may_also_be_a_pdf(
    tmp_path: Path, name: str, chosen_filter: str, written: tuple[str, str]
) -> None:
    out, fmt, _delimiter = export_file(str(tmp_path / name), chosen_filter)
    assert (out.name, fmt) == written
