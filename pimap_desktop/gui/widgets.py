"""Small reusable widgets."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from pimap_desktop.domain.enums import LabelledEnum
from pimap_desktop.domain.places import (
    countries,
    country_code,
    parse_country,
    search_countries,
    search_zones,
    zone_for_place,
)
from pimap_desktop.domain.rules import available_timezones
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pimap_desktop.services.exporting import Delimiter

_CHOICE_ROLE = Qt.ItemDataRole.UserRole + 7  # the item text a suggestion stands for


class _SearchCombo(QComboBox):
    """An editable combo box whose suggestions come from a search in the domain (accents,
    other languages, other names), not from Qt's prefix matching on the item texts.

    Each suggestion shows a text ("Europe/Berlin — Munich") and stands for one of the items
    ("Europe/Berlin"); picking it selects that item. Leaving the field turns what was typed
    into the item it means (``_resolve``), so that what will be saved is what is shown.
    """

    def __init__(self, items: Iterable[str], placeholder: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.addItems(list(items))
        self.setCurrentIndex(-1)
        self.suggestions = QStandardItemModel(self)
        self._completer = QCompleter(self.suggestions, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(_CHOICE_ROLE)
        self._completer.setMaxVisibleItems(12)
        edit = self._edit()
        edit.setPlaceholderText(placeholder)
        # On the line edit itself: QComboBox's own completer wiring looks suggestions up by
        # their display text, which here is not an item's.
        edit.setCompleter(self._completer)
        edit.textEdited.connect(self._suggest)
        edit.editingFinished.connect(self._settle)
        self._completer.activated.connect(self._choose)  # the text overload: the item's

    def _edit(self) -> QLineEdit:
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box has a line edit
        return edit

    def _suggestions(self, text: str) -> list[tuple[str, str]]:
        """(shown, item text) for what was typed, best first."""
        raise NotImplementedError

    def _resolve(self, text: str) -> str | None:
        """The item text that what was typed means without doubt, if any."""
        raise NotImplementedError

    def _suggest(self, text: str) -> None:
        self.suggestions.clear()
        for shown, choice in self._suggestions(text):
            item = QStandardItem(shown)
            item.setData(choice, _CHOICE_ROLE)
            self.suggestions.appendRow(item)

    def _choose(self, choice: str) -> None:
        index = self.findText(choice)
        if index >= 0:
            self.setCurrentIndex(index)

    def _settle(self) -> None:
        text = self.currentText()
        choice = self._resolve(text)
        if choice is not None and choice != text:
            self._choose(choice)

    def suggestion_texts(self) -> list[str]:
        """What the suggestions list shows now (for tests and screenshots)."""
        return [self.suggestions.item(row).text() for row in range(self.suggestions.rowCount())]


class TimeZoneCombo(_SearchCombo):
    """A searchable IANA time-zone picker: type a city ("berlin", "são paulo", "munich") or any
    part of a zone's name ("angel") to find it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        zones = available_timezones()
        hint = QCoreApplication.translate(
            "TimeZoneCombo", "type a city, e.g. Helsinki or San Francisco"
        )
        super().__init__(zones, hint, parent)
        self._zones = set(zones)

    def _suggestions(self, text: str) -> list[tuple[str, str]]:
        return [
            (f"{m.zone} — {m.place}" if m.place else m.zone, m.zone) for m in search_zones(text)
        ]

    def _resolve(self, text: str) -> str | None:
        return text.strip() if text.strip() in self._zones else zone_for_place(text)

    def zone_name(self) -> str:
        """The zone picked, or typed as a zone name or a city ("america/los angeles",
        "berlin"); else the text as typed, for the form to refuse."""
        text = self.currentText().strip()
        return self._resolve(text) or text

    def set_zone_name(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


class CountryCombo(_SearchCombo):
    """A searchable country picker: type a name in English, French, Portuguese, Finnish or
    Swedish ("Germany", "Allemagne", "Alemanha", "Saksa", "Tyskland") or a code ("DE").

    Nothing is cut short: what is typed is read whole, and leaving the field shows the country
    it means ("Germany (DE)"). A drop-in for the QLineEdit a country used to be typed in:
    ``text()`` is the two-letter code (or the text as typed when it is no country, for the form
    to refuse), ``setText()`` takes a code or a name, ``clear()`` empties the field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        known = countries()
        hint = QCoreApplication.translate("CountryCombo", "name or code, e.g. Germany or DE")
        super().__init__((c.label for c in known), hint, parent)
        for index, country in enumerate(known):
            self.setItemData(index, country.code)
        self._labels = {c.code: c.label for c in known}
        self.setMinimumContentsLength(18)  # not as wide as the longest name ISO has
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def _suggestions(self, text: str) -> list[tuple[str, str]]:
        return [
            (
                f"{m.country.label} — {m.found_by}" if m.found_by else m.country.label,
                m.country.label,
            )
            for m in search_countries(text)
        ]

    def _resolve(self, text: str) -> str | None:
        code = country_code(text)
        return self._labels.get(code) if code else None

    def country_code(self) -> str:
        """The country's two-letter code ("" when empty); a ValidationError (field
        ``country``) naming the text when it is no country."""
        return parse_country(self.currentText())

    def set_country_code(self, code: str) -> None:
        index = self.findData(code.strip().upper()) if code.strip() else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)

    # QLineEdit's API, so that this replaces one without changing the code around it.

    def text(self) -> str:
        text = self.currentText().strip()
        return country_code(text) or text

    def setText(self, text: str) -> None:
        code = country_code(text)
        self.set_country_code(code or text)

    def clear(self) -> None:
        """Empties the field (the list of countries stays)."""
        self.setCurrentIndex(-1)
        self.setEditText("")


# Qt keeps item data as QVariants: a str enum comes back as a plain str, and a UUID is only
# found again by identity. Combo boxes therefore hold plain strings, converted at the edge.

E = TypeVar("E", bound=enum.Enum)


def add_enum_items(combo: QComboBox, members: Iterable[LabelledEnum]) -> None:
    for member in members:
        combo.addItem(enum_label(member), member.value)


def select_value(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (an enum member, a UUID or a string)."""
    key = value.value if isinstance(value, enum.Enum) else str(value)
    combo.setCurrentIndex(combo.findData(key))


def current_enum(combo: QComboBox, enum_class: type[E]) -> E:
    return enum_class(combo.currentData())


def current_uuid(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(data) if isinstance(data, str) and data else None


# The save dialog's filters, in English here and translated where they are shown (``shown``).
XLSX_FILTER = QT_TRANSLATE_NOOP("widgets", "Excel workbook (*.xlsx)")
# what Excel expects where decimals take a comma
CSV_SEMICOLONS = QT_TRANSLATE_NOOP("widgets", "CSV, semicolons (*.csv)")
CSV_COMMAS = QT_TRANSLATE_NOOP("widgets", "CSV, commas (*.csv)")


def shown(text: str) -> str:
    """One of the filters above as the dialog shows it, in the interface's language."""
    return QCoreApplication.translate("widgets", text)


def csv_filters(decimal_point: str | None = None) -> list[str]:
    """The two kinds of CSV a save dialog offers, the region's first: semicolons where the
    decimal separator (``QLocale().decimalPoint()`` by default) is a comma, else commas."""
    point = QLocale().decimalPoint() if decimal_point is None else decimal_point
    order = [CSV_SEMICOLONS, CSV_COMMAS] if point == "," else [CSV_COMMAS, CSV_SEMICOLONS]
    return [shown(text) for text in order]


def table_file_filters(decimal_point: str | None = None) -> str:
    """A table's save dialog: a workbook, or CSV with either delimiter (the region's first)."""
    return ";;".join([shown(XLSX_FILTER), *csv_filters(decimal_point)])


def csv_delimiter(chosen_filter: str, decimal_point: str | None = None) -> Delimiter:
    """The delimiter of the CSV filter chosen in a save dialog; for any other (a .csv name
    typed under the workbook's filter), the region's."""
    if chosen_filter not in (shown(CSV_SEMICOLONS), shown(CSV_COMMAS)):
        chosen_filter = csv_filters(decimal_point)[0]
    return ";" if chosen_filter == shown(CSV_SEMICOLONS) else ","


def table_file(
    chosen: str, chosen_filter: str = ""
) -> tuple[Path, Literal["csv", "xlsx"], Delimiter]:
    """Where and how to write a table the user asked to save: CSV for a .csv name (or a name
    without an ending known under a CSV filter: it gets .csv), else XLSX (a name without .xlsx
    gets it); and the CSV's delimiter (see ``csv_delimiter``)."""
    out = Path(chosen)
    delimiter = csv_delimiter(chosen_filter)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        return out, "csv", delimiter
    if suffix != ".xlsx" and chosen_filter in (shown(CSV_SEMICOLONS), shown(CSV_COMMAS)):
        return out.with_suffix(".csv"), "csv", delimiter
    return (out if suffix == ".xlsx" else out.with_suffix(".xlsx")), "xlsx", delimiter
