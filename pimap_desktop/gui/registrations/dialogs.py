"""The registration form (ui/registration_form.ui) and the 'add people' picker."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.gui.forms import FormDialog, child, with_changed_line
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.models import ROW_ROLE, Column, RowTableModel
from pimap_desktop.gui.widgets import add_enum_items, current_enum, current_uuid, select_value
from pimap_desktop.services.directory.directory import PersonRow
from pimap_desktop.services.registrations.registrations import RegistrationData


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromString(value.strftime("%Y-%m-%dT%H:%M"), "yyyy-MM-ddTHH:mm")


def _pydatetime(value: QDateTime) -> datetime:
    return datetime.strptime(value.toString("yyyy-MM-ddTHH:mm"), "%Y-%m-%dT%H:%M")


class RegistrationDialog(FormDialog):
    """Edit one registration. Times are wall-clock times of the mission's zone."""

    field_widgets = {"departure": "departureEdit"}

    def __init__(
        self,
        submit: Callable[[RegistrationData], None],
        *,
        person: str,
        zone_name: str,
        delegations: Sequence[tuple[uuid.UUID, str]],
        initial: RegistrationData,
        default_day: datetime,
        parent: QWidget | None = None,
        changed: str | None = None,
    ) -> None:
        """``changed``: who changed the registration last, and when ("Changed by … at …")."""
        super().__init__(
            "registration_form",
            arg(QCoreApplication.translate("RegistrationDialog", "Registration of %1"), person),
            parent,
        )
        self._submit = submit
        f = self.form
        child(f, QLabel, "personLabel").setText(with_changed_line(person, changed))
        child(f, QLabel, "zoneLabel").setText(
            arg(self.tr("Arrival and departure are local times of the mission (%1)."), zone_name)
        )
        self.role = child(f, QComboBox, "roleCombo")
        self.status = child(f, QComboBox, "statusCombo")
        self.delegation = child(f, QComboBox, "delegationCombo")
        self.arrival_known = child(f, QCheckBox, "arrivalCheck")
        self.arrival = child(f, QDateTimeEdit, "arrivalEdit")
        self.departure_known = child(f, QCheckBox, "departureCheck")
        self.departure = child(f, QDateTimeEdit, "departureEdit")
        self.hotel = child(f, QLineEdit, "hotelEdit")
        self.badge = child(f, QLineEdit, "badgeEdit")
        self.diet = child(f, QLineEdit, "dietEdit")
        self.notes = child(f, QPlainTextEdit, "notesEdit")
        add_enum_items(self.role, RegistrationRole)
        add_enum_items(self.status, RegistrationStatus)
        self.delegation.addItem(self.tr("(none)"), "")
        for delegation_id, name in delegations:
            self.delegation.addItem(name, str(delegation_id))
        for check, edit in (
            (self.arrival_known, self.arrival),
            (self.departure_known, self.departure),
        ):
            check.toggled.connect(edit.setEnabled)

        select_value(self.role, initial.role)
        select_value(self.status, initial.status)
        if initial.delegation_id is not None:
            select_value(self.delegation, initial.delegation_id)
        self.arrival_known.setChecked(initial.arrival_local is not None)
        self.arrival.setEnabled(initial.arrival_local is not None)
        self.arrival.setDateTime(_qdatetime(initial.arrival_local or default_day))
        self.departure_known.setChecked(initial.departure_local is not None)
        self.departure.setEnabled(initial.departure_local is not None)
        self.departure.setDateTime(_qdatetime(initial.departure_local or default_day))
        self.hotel.setText(initial.hotel)
        self.badge.setText(initial.badge_name)
        self.diet.setText(initial.diet)
        self.notes.setPlainText(initial.notes)
        self.resize(520, 460)

    def data(self) -> RegistrationData:
        return RegistrationData(
            role=current_enum(self.role, RegistrationRole),
            status=current_enum(self.status, RegistrationStatus),
            arrival_local=_pydatetime(self.arrival.dateTime())
            if self.arrival_known.isChecked()
            else None,
            departure_local=(
                _pydatetime(self.departure.dateTime()) if self.departure_known.isChecked() else None
            ),
            hotel=self.hotel.text(),
            badge_name=self.badge.text(),
            diet=self.diet.text(),
            delegation_id=current_uuid(self.delegation),
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        self._submit(self.data())


PEOPLE_COLUMNS: list[Column[PersonRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Name"),
        lambda r: r.full_name,
        sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country),
    Column(QT_TRANSLATE_NOOP("columns", "E-mail"), lambda r: r.email),
]


class AddPeopleDialog(QDialog):
    """Pick people from the directory (search, multiple selection), with a role and status."""

    def __init__(
        self,
        submit: Callable[[list[uuid.UUID], RegistrationRole, RegistrationStatus], None],
        people: Sequence[PersonRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add people to the mission"))
        self._submit = submit
        self.model: RowTableModel[PersonRow] = RowTableModel(PEOPLE_COLUMNS, self)
        self.model.set_rows(people)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search the directory: name, organisation, country, e-mail…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 240)
        self.role = QComboBox()
        add_enum_items(self.role, RegistrationRole)
        self.status = QComboBox()
        add_enum_items(self.status, RegistrationStatus)
        select_value(self.status, RegistrationStatus.REGISTERED)
        form = QFormLayout()
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Status"), self.status)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def chosen(self) -> list[uuid.UUID]:
        return [i.data(ROW_ROLE).id for i in self.table.selectionModel().selectedRows()]

    def accept(self) -> None:
        people = self.chosen()
        if not people:
            self.error.setText(
                self.tr("Select one or more people (Ctrl or Shift to select several).")
            )
            self.error.show()
            return
        self._submit(
            people,
            current_enum(self.role, RegistrationRole),
            current_enum(self.status, RegistrationStatus),
        )
        super().accept()
