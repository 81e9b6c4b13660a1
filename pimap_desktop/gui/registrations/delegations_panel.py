"""The delegations panel of the Registrations page: the mission's people counted by cluster or
by country and by status (short headings, named in full in a tooltip; the statuses nobody has
take no room), and the button that forms one delegation per group."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP
from pimap_desktop.gui.models import COLUMNS_CONTEXT, Column, RowTableModel
from pimap_desktop.gui.registrations.registration_table import fit_columns
from pimap_desktop.services.registrations import registrations as svc
from pimap_desktop.services.registrations.registrations import DelegationGroup
from pimap_desktop.store.database import Database

GroupBy = Literal["cluster", "country"]

# The panel is narrow: its counts have short headings, named in full in a tooltip.
SHORT_STATUS = {
    RegistrationStatus.CONFIRMED: QT_TRANSLATE_NOOP("columns", "Conf."),
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("columns", "Reg."),
    RegistrationStatus.INVITED: QT_TRANSLATE_NOOP("columns", "Inv."),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP("columns", "Wait."),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("columns", "Canc."),
    RegistrationStatus.NO_SHOW: QT_TRANSLATE_NOOP("columns", "No-show"),
}


def _status_column(status: RegistrationStatus) -> Column[DelegationGroup]:
    return Column(
        SHORT_STATUS[status],
        lambda g: str(g.by_status.get(status, 0) or ""),
        sort_key=lambda g: g.by_status.get(status, 0),
        align_right=True,
    )


def _group_tooltip(group: DelegationGroup) -> str:
    counts = ", ".join(
        f"{count} {enum_label(status).lower()}"
        for status, count in group.by_status.items()
        if count
    )
    return f"{group.name}: {group.total} ({counts})" if counts else group.name


GROUP_COLUMNS: list[Column[DelegationGroup]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Group"), lambda g: g.name, tooltip=_group_tooltip),
    Column(
        QT_TRANSLATE_NOOP("columns", "All"),
        lambda g: str(g.total),
        sort_key=lambda g: g.total,
        align_right=True,
    ),
    Column(
        SHORT_STATUS[RegistrationStatus.CONFIRMED],
        lambda g: str(g.confirmed),
        sort_key=lambda g: g.confirmed,
        align_right=True,
    ),
    *[
        _status_column(status)
        for status in (
            RegistrationStatus.REGISTERED,
            RegistrationStatus.INVITED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.CANCELLED,
            RegistrationStatus.NO_SHOW,
        )
    ],
]


# The headings named in full: texts of the "columns" context, then the statuses.
GROUP_HEADINGS: tuple[str | RegistrationStatus, ...] = (
    QT_TRANSLATE_NOOP("columns", "The delegation (or cluster, or country)"),
    QT_TRANSLATE_NOOP("columns", "All registrations"),
    *SHORT_STATUS,
)


class GroupTableModel(RowTableModel[DelegationGroup]):
    """The delegations' counts, their short headings named in full in a tooltip."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(GROUP_HEADINGS)
        ):
            heading = GROUP_HEADINGS[section]
            if isinstance(heading, RegistrationStatus):
                return enum_label(heading)
            return QCoreApplication.translate(COLUMNS_CONTEXT, heading)
        return super().headerData(section, orientation, role)


class DelegationsPanel(QWidget):
    """The counts of the mission ``mission_id()`` names. Emits ``columnsChanged`` when the
    status columns shown changed (the panel may want another width, see ``needed_width``)."""

    columnsChanged = Signal()

    def __init__(
        self,
        db: Database,
        mission_id: Callable[[], uuid.UUID | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._mission_id = mission_id
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("by cluster"), "cluster")
        self.group_by.addItem(self.tr("by country"), "country")
        self.group_by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.groups = GroupTableModel(GROUP_COLUMNS, self)
        self.groups_view = QTableView()
        self.groups_view.setModel(self.groups)
        self.groups_view.verticalHeader().hide()
        self.groups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.groups_view.setWordWrap(False)
        groups_header = self.groups_view.horizontalHeader()
        groups_header.setMinimumSectionSize(24)
        groups_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        groups_header.setStretchLastSection(False)
        self.groups_view.viewport().installEventFilter(self)  # refit on every resize
        self.groups.modelReset.connect(self._hide_empty_statuses)
        self.form_button = QPushButton(self.tr("Form these delegations"))
        self.form_button.setToolTip(
            self.tr(
                "Make one delegation per group and put each person in theirs "
                "(programme items can then be meant for one delegation)"
            )
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<b>" + self.tr("Delegations") + "</b>"))
        heading.addWidget(self.group_by)
        heading.addStretch(1)
        layout.addLayout(heading)
        layout.addWidget(self.groups_view, 1)
        layout.addWidget(self.form_button)

    def grouping(self) -> GroupBy:
        by: GroupBy = self.group_by.currentData()
        return by

    def refresh(self) -> None:
        mission_id = self._mission_id()
        if mission_id is None:
            self.groups.set_rows([])
            return
        with self.db.session() as session:
            self.set_groups(svc.delegation_groups(session, mission_id, self.grouping()))

    def set_groups(self, groups: list[DelegationGroup]) -> None:
        """Show groups read by the page (with its list)."""
        self.groups.set_rows(groups)

    def clear(self) -> None:
        self.groups.set_rows([])

    def fit(self) -> None:
        fit_columns(self.groups_view, {0: 80}, padding=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.groups_view.viewport():
            self.fit()
        return super().eventFilter(watched, event)

    def needed_width(self) -> int:
        """What the counts need: every shown column whole, the frame and a scroll bar."""
        view = self.groups_view
        header = view.horizontalHeader()
        needed = sum(
            max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
            for c in range(header.count())
            if not header.isSectionHidden(c)
        )
        return needed + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()

    def _hide_empty_statuses(self) -> None:
        """Status columns in which every group counts none take no room in the panel."""
        rows: Sequence[DelegationGroup] = self.groups.rows()
        for column, spec in enumerate(GROUP_COLUMNS):
            if column < 3:  # group, all, confirmed
                continue
            empty = all(not spec.text(g) for g in rows)
            self.groups_view.setColumnHidden(column, empty and bool(rows))
        self.columnsChanged.emit()
        self.fit()
