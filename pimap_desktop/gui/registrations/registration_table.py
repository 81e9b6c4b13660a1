"""The list of a mission's registrations: its columns (local times with their zone named), the
columns the coordinator chose to see (the header's menu, remembered), and columns that fit
the width without a horizontal scroll bar where they can (``fit_columns``, also used by the
delegations panel)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.models import COLUMNS_CONTEXT, Column, RowDelegate, RowTableModel
from pimap_desktop.services.registrations.registrations import RegistrationRow


def _zone_letters(value: datetime) -> str:
    """``PST``: the letters of the zone an aware local time is in (its offset if it has none)."""
    return value.tzname() or ""


def _when(value: datetime | None) -> str:
    """``Tue 26 Jan 18:40 PST``: a local time of the mission, its zone named."""
    return f"{when(value, '%a %d %b %H:%M')} {_zone_letters(value)}".rstrip() if value else ""


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value else 0.0


def _badges(count: int, last: datetime | None) -> str:
    """``2, last 26 Jan 08:41 PST``: how many badges were printed (reprints too) and when."""
    if not count or last is None:
        return ""
    return arg(
        QCoreApplication.translate("registrations.registration_table", "%1, last %2"),
        count,
        f"{when(last, '%d %b %H:%M')} {_zone_letters(last)}",
    ).rstrip()


REGISTRATION_COLUMNS: list[Column[RegistrationRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Name"),
        lambda r: r.full_name,
        sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
        tooltip=lambda r: r.full_name,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Organisation"),
        lambda r: r.organisation,
        tooltip=lambda r: r.organisation,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country),
    Column(
        QT_TRANSLATE_NOOP("columns", "Cluster"), lambda r: r.cluster, tooltip=lambda r: r.cluster
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Role"), lambda r: enum_label(r.role)),
    Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: enum_label(r.status)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Delegation"),
        lambda r: r.delegation,
        tooltip=lambda r: r.delegation,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Arrival"),
        lambda r: _when(r.arrival_local),
        sort_key=lambda r: _stamp(r.arrival_local),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Departure"),
        lambda r: _when(r.departure_local),
        sort_key=lambda r: _stamp(r.departure_local),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Hotel"), lambda r: r.hotel, tooltip=lambda r: r.hotel),
    Column(QT_TRANSLATE_NOOP("columns", "Diet"), lambda r: r.diet, tooltip=lambda r: r.diet),
    Column(
        QT_TRANSLATE_NOOP("columns", "Badges"),
        lambda r: _badges(r.badges_printed, r.badge_printed_local),
        sort_key=lambda r: r.badges_printed,
    ),
]


# Columns are named by their (English) titles in the settings and here, translated when shown.
# What the table shows until the coordinator chooses (header menu): it fits beside the
# delegations at 1366 pixels; Country, Cluster, Hotel, Diet and Badges are a click away.
DEFAULT_HIDDEN = frozenset({"Country", "Cluster", "Hotel", "Diet", "Badges"})
ALWAYS_SHOWN = "Name"
# Columns that take the width left (long texts, elided with the whole text in a tooltip), with
# the least width each keeps; the others are as wide as their longest value.
ELASTIC = {
    "Name": 120,
    "Organisation": 140,
    "Cluster": 100,
    "Delegation": 100,
    "Hotel": 100,
    "Diet": 80,
}
SETTINGS_HIDDEN = "registrations/hidden_columns"


def fit_columns(view: QTableView, elastic: Mapping[int, int], padding: int = 6) -> None:
    """Fit a table's shown columns to its width without a horizontal scroll bar where it can:
    each column as wide as its contents, then the ``elastic`` ones (column -> the least width it
    keeps; long texts, elided with a tooltip) share what is left in proportion to their
    contents, or give up room down to that least width. Every column stays resizable by hand."""
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    natural = {
        c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) + padding for c in shown
    }
    widths = dict(natural)
    room = view.viewport().width() - sum(natural[c] for c in shown if c not in elastic)
    free = [c for c in shown if c in elastic]
    # Proportional shares; a column whose share is under its least width gets that width, and
    # the others share what remains (at most one round per column).
    while free:
        wanted = sum(natural[c] for c in free) or 1
        short = [c for c in free if natural[c] * room / wanted < min(elastic[c], natural[c])]
        if not short:
            for c in free:
                widths[c] = int(natural[c] * room / wanted)
            widths[free[-1]] += max(0, room - sum(widths[c] for c in free))
            break
        for c in short:
            widths[c] = min(elastic[c], natural[c])
            room -= widths[c]
            free.remove(c)
    for c, width in widths.items():
        header.resizeSection(c, width)


class RegistrationTable(QTableView):
    """A person a row, several selected at once, one line each (long texts elided, whole in
    a tooltip). The columns shown are chosen in the header's menu and remembered in
    ``settings``; they fit the width again on every resize."""

    def __init__(
        self,
        model: RowTableModel[RegistrationRow],
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setModel(model)
        self.setItemDelegate(RowDelegate(model, self))  # one call a cell, to paint or to fit
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)  # one line a person; long texts elided, whole in a tooltip
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        self._apply_hidden(self._saved_hidden())
        self.viewport().installEventFilter(self)  # refit the columns on every resize

    def _saved_hidden(self) -> set[str]:
        """The columns the coordinator hid (by title), else the default ones."""
        saved = self.settings.value(SETTINGS_HIDDEN)
        if isinstance(saved, str) and saved:
            try:
                titles = json.loads(saved)
            except ValueError:
                titles = None
            if isinstance(titles, list):
                return {t for t in titles if isinstance(t, str)} - {ALWAYS_SHOWN}
        return set(DEFAULT_HIDDEN)

    def hidden_columns(self) -> set[str]:
        return {
            spec.title
            for column, spec in enumerate(REGISTRATION_COLUMNS)
            if self.isColumnHidden(column)
        }

    def _apply_hidden(self, hidden: set[str]) -> None:
        for column, spec in enumerate(REGISTRATION_COLUMNS):
            self.setColumnHidden(column, spec.title in hidden)
        self.fit()

    def fit(self) -> None:
        elastic = {
            c: ELASTIC[spec.title]
            for c, spec in enumerate(REGISTRATION_COLUMNS)
            if spec.title in ELASTIC
        }
        fit_columns(self, elastic)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport():
            self.fit()
        return super().eventFilter(watched, event)

    def set_column_shown(self, title: str, shown: bool) -> None:
        """Show or hide a column (not the name), and remember it."""
        if title == ALWAYS_SHOWN:
            return
        hidden = self.hidden_columns()
        if shown:
            hidden.discard(title)
        else:
            hidden.add(title)
        self._remember_columns(hidden)

    def default_columns(self) -> None:
        self._remember_columns(set(DEFAULT_HIDDEN))

    def _remember_columns(self, hidden: set[str]) -> None:
        self._apply_hidden(hidden)
        order = [spec.title for spec in REGISTRATION_COLUMNS if spec.title in hidden]
        self.settings.setValue(SETTINGS_HIDDEN, json.dumps(order))

    def columns_menu(self) -> QMenu:
        """The header's menu: a tick for each column, and the default choice back."""
        menu = QMenu(self)
        hidden = self.hidden_columns()
        for spec in REGISTRATION_COLUMNS:
            act = menu.addAction(QCoreApplication.translate(COLUMNS_CONTEXT, spec.title))
            act.setCheckable(True)
            act.setChecked(spec.title not in hidden)
            act.setEnabled(spec.title != ALWAYS_SHOWN)
            act.toggled.connect(lambda on, t=spec.title: self.set_column_shown(t, on))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.default_columns)
        return menu

    def _columns_menu(self, position: QPoint) -> None:
        menu = self.columns_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.horizontalHeader().mapToGlobal(position))
