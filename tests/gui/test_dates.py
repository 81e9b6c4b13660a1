"""Dates on screen: month and weekday names in the interface's language, never the process
locale's; English exactly as strftime writes it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from pimap_desktop.gui.dates import when
from pimap_desktop.gui.languages import RUNNING_PROPERTY


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.setProperty(RUNNING_PROPERTY, None)


@pytest.mark.parametrize(
    ("value", "pattern"),
    [
        (datetime(2026, 12, 9, 20, 0), "%a %d %b %H:%M"),
        (date(2027, 9, 3), "%b %Y"),
        (date(2027, 1, 26), "%A %d %B %Y"),
        (datetime(2026, 9, 9, 8, 5), "%d %b %Y, %H:%M"),
    ],
)
def test_english_is_what_strftime_writes(
    qapp: QApplication, language: None, value: date, pattern: str
) -> None:
    qapp.setProperty(RUNNING_PROPERTY, "en")
    assert when(value, pattern) == format(value, pattern)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "mardi 26 janv. 2027"),
        ("fi", "tiistaina 26 tammi 2027"),  # CLDR's format forms
        ("sv", "tisdag 26 jan. 2027"),
        ("pt", "terça-feira 26 jan. 2027"),
    ],
)
def test_names_follow_the_interface_language(
    qapp: QApplication, language: None, code: str, expected: str
) -> None:
    qapp.setProperty(RUNNING_PROPERTY, code)
    assert when(date(2027, 1, 26), "%A %d %b %Y") == expected
