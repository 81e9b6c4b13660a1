"""The dashboard's figures by country: a sortable table whose headers explain their short
titles, under its caption."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.gui.kpi.chart_panel import CHART_HEIGHT
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP
from pimap_desktop.gui.models import COLUMNS_CONTEXT, Column, RowTableModel
from pimap_desktop.services.kpi.kpi import NONE_KEY, Breakdown


def country_label(key: str) -> str:
    if key == NONE_KEY:
        return QCoreApplication.translate("kpi.country_table", "No country")
    from pimap_desktop.services.printing.common import country_name  # reportlab, on use

    return country_name(key)


def _count_column(title: str, figure: Callable[[Breakdown], int]) -> Column[Breakdown]:
    return Column(title, lambda b: str(figure(b)), sort_key=figure, align_right=True)


COUNTRY_COLUMNS: list[Column[Breakdown]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Country"),
        lambda b: country_label(b.key),
        tooltip=lambda b: b.key,
    ),
    _count_column(QT_TRANSLATE_NOOP("columns", "People"), lambda b: b.participants),
    _count_column(QT_TRANSLATE_NOOP("columns", "SMEs"), lambda b: b.smes_engaged),
    _count_column(QT_TRANSLATE_NOOP("columns", "Meetings"), lambda b: b.meetings_held),
    _count_column(QT_TRANSLATE_NOOP("columns", "Follow-ups"), lambda b: b.followups),
    _count_column(QT_TRANSLATE_NOOP("columns", "Agreements"), lambda b: b.agreements_signed),
    _count_column(QT_TRANSLATE_NOOP("columns", "MoUs"), lambda b: b.mous_signed),
]
COUNTRY_HEADER_TIPS = (
    QT_TRANSLATE_NOOP("columns", "The organisation's country"),
    QT_TRANSLATE_NOOP(
        "columns", "Participants: distinct people with a confirmed or checked-in registration"
    ),
    QT_TRANSLATE_NOOP("columns", "Distinct SMEs engaged"),
    QT_TRANSLATE_NOOP("columns", "Meetings held with someone from this country"),
    QT_TRANSLATE_NOOP("columns", "Follow-ups involving an organisation from this country"),
    QT_TRANSLATE_NOOP("columns", "Agreements or contracts signed"),
    QT_TRANSLATE_NOOP("columns", "MoUs signed"),
)


class CountryTableModel(RowTableModel[Breakdown]):
    """The figures by country; the headers explain their short titles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COUNTRY_COLUMNS, parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COUNTRY_HEADER_TIPS)
        ):
            return QCoreApplication.translate(COLUMNS_CONTEXT, COUNTRY_HEADER_TIPS[section])
        return super().headerData(section, orientation, role)


def country_view(model: CountryTableModel) -> QTableView:
    """The table of ``model``, read-only, by participants (most first) until sorted otherwise."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.setMinimumHeight(CHART_HEIGHT - 50)
    return view


def country_box(view: QTableView) -> QWidget:
    """The table under its caption, as one block of the charts' grid."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    caption = QLabel(QCoreApplication.translate("kpi.country_table", "By country"))
    caption.setStyleSheet("font-size: 11pt; font-weight: bold;")
    layout.addWidget(caption)
    layout.addWidget(view, 1)
    return box
