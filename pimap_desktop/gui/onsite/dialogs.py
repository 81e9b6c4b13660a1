"""The on-site page's two short dialogs: a walk-in registration and a meeting's move.

Both follow the app's pattern: ``submit`` runs the service when the user confirms; a
ValidationError keeps the dialog open with its message (and the field it names focused).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import RegistrationRole
from pimap_desktop.domain.errors import PimapError, ValidationError
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.gui.onsite.commands import WalkInForm
from pimap_desktop.gui.widgets import add_enum_items, current_enum, current_uuid, select_value
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.b2b.meetings import MeetingPlace

ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def guess_walk_in(text: str) -> tuple[str, str, str]:
    """First name, last name and e-mail to start the form with, from what was typed in the
    check-in field ("Jane van Dijk", "jane@x.example"); nothing from a scanned code."""
    cleaned = " ".join(text.split())
    if not cleaned or ":" in cleaned:
        return "", "", ""
    if "@" in cleaned:
        return "", "", cleaned
    first, _, last = cleaned.partition(" ")
    return first, last, ""


class WalkInDialog(QDialog):
    """Someone at the desk who is not on the list: six fields, checked in by default."""

    def __init__(
        self,
        submit: Callable[[WalkInForm], None],
        delegations: Sequence[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
        *,
        typed: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in registration"))
        self._submit = submit
        first, last, email = guess_walk_in(typed)
        self.first_name = QLineEdit(first)
        self.last_name = QLineEdit(last)
        self.email = QLineEdit(email)
        self.email.setPlaceholderText(self.tr("optional; finds them if they are in the directory"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("optional"))
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("e.g. FR"))
        self.country.setMaximumWidth(80)
        self.role = QComboBox()
        add_enum_items(self.role, RegistrationRole)
        select_value(self.role, RegistrationRole.VISITOR)
        self.delegation = QComboBox()
        self.delegation.addItem(self.tr("none"), "")
        for delegation_id, name in delegations:
            self.delegation.addItem(name, str(delegation_id))
        self.check_in = QCheckBox(self.tr("Check in now"))
        self.check_in.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Delegation"), self.delegation)
        form.addRow("", self.check_in)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        empty = [w for w in (self.first_name, self.last_name, self.email) if not w.text()]
        (empty[0] if empty else self.organisation).setFocus()

    def form(self) -> WalkInForm:
        return WalkInForm(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text().strip(),
            organisation_name=self.organisation.text(),
            country=self.country.text(),
            role=current_enum(self.role, RegistrationRole),
            delegation_id=current_uuid(self.delegation),
            check_in=self.check_in.isChecked(),
        )

    def _field(self, name: str | None) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "country": self.country,
            "delegation": self.delegation,
        }
        return widgets.get(name or "")

    def accept(self) -> None:
        try:
            self._submit(self.form())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            widget = self._field(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


# --------------------------------------------------------------------------- move


@dataclass(frozen=True)
class FreePlace:
    """A slot and table where a meeting can go, as ``onsite.free_places`` labels it."""

    place: MeetingPlace
    label: str

    @property
    def when(self) -> str:
        return self.label.rpartition(" · ")[0]

    @property
    def table(self) -> str:
        return self.label.rpartition(" · ")[2]


FREE_PLACE_COLUMNS: list[Column[FreePlace]] = [
    Column(QT_TRANSLATE_NOOP("columns", "When"), lambda p: p.when),
    Column(QT_TRANSLATE_NOOP("columns", "Table"), lambda p: p.table),
]


class MoveDialog(QDialog):
    """The free slots and tables of a meeting; Move puts it at the one chosen."""

    def __init__(
        self,
        submit: Callable[[MeetingPlace], None],
        meeting: str,
        places: Sequence[FreePlace],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move the meeting"))
        self._submit = submit
        self.model: RowTableModel[FreePlace] = RowTableModel(FREE_PLACE_COLUMNS, self)
        self.model.set_rows(places)
        intro = QLabel(
            arg(self.tr("%1<br>Free places (no table taken, nobody busy or away):"), meeting)
            if places
            else arg(
                self.tr(
                    "%1<br><b>No free place:</b> every other slot and table is taken, or a "
                    "participant is busy, away or in a programme item then."
                ),
                meeting,
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: a day, a time, a table…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.move_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.move_button.setText(self.tr("&Move"))
        self.move_button.setEnabled(bool(places))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        if places:
            self.table.selectRow(0)
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.model.set_search(text)
        if self.model.rowCount():
            self.table.selectRow(0)

    def chosen(self) -> FreePlace | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def accept(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.error.setText(self.tr("Choose a free place in the list."))
            self.error.show()
            return
        try:
            self._submit(chosen.place)
        except PimapError as exc:  # a clash, or a colleague's move of it meanwhile
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
