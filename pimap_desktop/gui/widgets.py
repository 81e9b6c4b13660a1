"""Small reusable widgets."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Literal, TypeVar

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from pimap_desktop.domain.enums import LabelledEnum
from pimap_desktop.domain.rules import available_timezones


class TimeZoneCombo(QComboBox):
    """A searchable IANA time-zone picker: type any part ("angel", "helsinki") to filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        zones = list(available_timezones())
        self._zones = set(zones)
        self.addItems(zones)
        self.setCurrentIndex(-1)
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box has a line edit
        edit.setPlaceholderText("type to search, e.g. Los_Angeles")
        completer = QCompleter(QStringListModel(zones, self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def zone_name(self) -> str:
        """The zone typed or picked (spaces typed for underscores are accepted)."""
        text = self.currentText().strip()
        if text not in self._zones and text.replace(" ", "_") in self._zones:
            return text.replace(" ", "_")
        return text

    def set_zone_name(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


# Qt keeps item data as QVariants: a str enum comes back as a plain str, and a UUID is only
# found again by identity. Combo boxes therefore hold plain strings, converted at the edge.

E = TypeVar("E", bound=enum.Enum)


def add_enum_items(combo: QComboBox, members: Iterable[LabelledEnum]) -> None:
    for member in members:
        combo.addItem(member.label, member.value)


def select_value(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (an enum member, a UUID or a string)."""
    key = value.value if isinstance(value, enum.Enum) else str(value)
    combo.setCurrentIndex(combo.findData(key))


def current_enum(combo: QComboBox, enum_class: type[E]) -> E:
    return enum_class(combo.currentData())


def current_uuid(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(data) if isinstance(data, str) and data else None


TABLE_FILE_FILTERS = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"


def table_file(chosen: str) -> tuple[Path, Literal["csv", "xlsx"]]:
    """Where and how to write a table the user asked to save: CSV for a .csv name, else XLSX
    (a name without .xlsx gets it)."""
    out = Path(chosen)
    if out.suffix.lower() == ".csv":
        return out, "csv"
    return (out if out.suffix.lower() == ".xlsx" else out.with_suffix(".xlsx")), "xlsx"
