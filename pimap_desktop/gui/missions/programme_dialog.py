"""The programme item form (ui/programme_item_form.ui), in the mission's local time."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from pimap_desktop.domain.enums import Audience, ProgrammeItemKind, RegistrationRole
from pimap_desktop.domain.rules import local_to_utc, zone_abbreviation
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.forms import FormDialog, child
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.widgets import add_enum_items, current_enum, current_uuid, select_value
from pimap_desktop.services.missions.audiences import roles_text
from pimap_desktop.services.missions.missions import ProgrammeContext, ProgrammeItemData

Submit = Callable[[ProgrammeItemData], None]

_FIELD_WIDGETS = {
    "title": "titleEdit",
    "ends": "endTime",
    "day": "dayCombo",
    "time": "startTime",
    "delegation": "audienceCombo",
    "roles": "rolesBox",
    "alternative_to": "alternativeCombo",
}


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ProgrammeItemDialog(FormDialog):
    """Add or edit a programme item. Times are wall-clock times of the mission's zone; an end
    at or before the start means the item ends after midnight."""

    field_widgets = _FIELD_WIDGETS

    def __init__(
        self,
        submit: Submit,
        context: ProgrammeContext,
        parent: QWidget | None = None,
        *,
        initial: ProgrammeItemData | None = None,
        day: date | None = None,
        title: str = "",
        alternatives: Sequence[tuple[uuid.UUID, str]] = (),
    ) -> None:
        title = title or QCoreApplication.translate("ProgrammeItemDialog", "New programme item")
        super().__init__("programme_item_form", f"{title} — {context.code}", parent)
        self._submit = submit
        self._context = context
        f = self.form
        self.title: QLineEdit = child(f, QLineEdit, "titleEdit")
        self.kind: QComboBox = child(f, QComboBox, "kindCombo")
        self.day: QComboBox = child(f, QComboBox, "dayCombo")
        self.start: QTimeEdit = child(f, QTimeEdit, "startTime")
        self.end: QTimeEdit = child(f, QTimeEdit, "endTime")
        self.zone: QLabel = child(f, QLabel, "zoneLabel")
        self.venue: QComboBox = child(f, QComboBox, "venueCombo")
        self.room: QLineEdit = child(f, QLineEdit, "roomEdit")
        self.audience: QComboBox = child(f, QComboBox, "audienceCombo")
        self.description: QPlainTextEdit = child(f, QPlainTextEdit, "descriptionEdit")

        add_enum_items(self.kind, ProgrammeItemKind)
        for d in context.days:
            self._add_day(d)
        self.venue.addItems(["", *context.venues])
        venue_edit = self.venue.lineEdit()
        assert venue_edit is not None  # the venue combo box is editable
        venue_edit.setPlaceholderText(self.tr("pick or type a new venue"))
        # Audience keys: "everyone", "role", "named", or a delegation's id.
        self.audience.addItem(self.tr("Everyone"), Audience.EVERYONE.value)
        for delegation_id, name in context.delegations:
            self.audience.addItem(arg(self.tr("Delegation: %1"), name), str(delegation_id))
        self.audience.addItem(self.tr("Roles"), Audience.ROLE.value)
        # the "Roles: …" text grows as roles are ticked
        self.audience.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._attendee_ids: tuple[uuid.UUID, ...] = ()  # kept: the form does not name people

        # The roles, shown under the audience when it is "Roles".
        self.roles_box = QWidget(f)
        self.roles_box.setObjectName("rolesBox")
        grid = QGridLayout(self.roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[RegistrationRole, QCheckBox] = {}
        for i, role in enumerate(RegistrationRole):
            box = QCheckBox(enum_label(role), self.roles_box)
            box.setObjectName(f"role_{role.value}")
            box.toggled.connect(self._update_roles_text)
            grid.addWidget(box, i // 3, i % 3)
            self.role_boxes[role] = box
        self.roles_box.setFocusProxy(self.role_boxes[RegistrationRole.DELEGATE])
        # The item this one stands in for: who attends that one does not get this one.
        self.alternative = QComboBox(f)
        self.alternative.setObjectName("alternativeCombo")
        self.alternative.setToolTip(
            self.tr(
                "Make this item the alternative to another: whoever attends that one does not "
                "get this one (a free afternoon instead of a site visit)"
            )
        )
        self.alternative.addItem(self.tr("None"), "")
        for item_id, label in alternatives:
            self.alternative.addItem(label, str(item_id))
        alternative_label = QLabel(self.tr("&Instead of"), f)
        alternative_label.setBuddy(self.alternative)
        layout = child(f, QFormLayout, "formLayout")
        row = next(
            r
            for r in range(layout.rowCount())
            if (cell := layout.itemAt(r, QFormLayout.ItemRole.FieldRole)) is not None
            and cell.widget() is self.audience
        )
        layout.insertRow(row + 1, "", self.roles_box)
        layout.insertRow(row + 2, alternative_label, self.alternative)
        chain = [self.audience, *self.role_boxes.values(), self.alternative, self.description]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._form_layout = layout

        self.audience.currentIndexChanged.connect(self._update_roles_shown)
        self.day.currentIndexChanged.connect(self._update_zone)
        self.start.timeChanged.connect(self._update_zone)
        self.end.timeChanged.connect(self._update_zone)

        if initial is not None:
            self.set_data(initial)
        else:
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(10, 0))
            if day is not None and day in context.days:
                self.set_day(day)
        self._update_zone()
        self._update_roles_shown()
        self.resize(560, 540)

    # Days are kept in the combo as ordinals: Qt would turn a date into a QDate.
    def _add_day(self, d: date) -> None:
        self.day.addItem(f"{when(d, '%a')} {d.day} {when(d, '%b %Y')}", d.toordinal())

    def selected_day(self) -> date | None:
        ordinal = self.day.currentData()
        return date.fromordinal(ordinal) if isinstance(ordinal, int) else None

    def set_day(self, d: date) -> None:
        index = self.day.findData(d.toordinal())
        if index < 0:  # an item outside the mission's dates (the dates were changed)
            self._add_day(d)
            index = self.day.count() - 1
        self.day.setCurrentIndex(index)

    def _update_zone(self) -> None:
        """Name the zone (PST, PDT...) of the chosen day, and say when an item ends next day."""
        d = self.selected_day()
        if d is None:
            return
        noon = local_to_utc(d, time(12), self._context.timezone)
        text = f"{self._context.timezone} ({zone_abbreviation(noon, self._context.timezone)})"
        if self.end.time() <= self.start.time():
            text = arg(self.tr("%1 — ends the next day"), text)
        self.zone.setText(text)

    def _update_roles_shown(self) -> None:
        self._form_layout.setRowVisible(
            self.roles_box, self.audience.currentData() == Audience.ROLE.value
        )

    def chosen_roles(self) -> tuple[RegistrationRole, ...]:
        return tuple(role for role, box in self.role_boxes.items() if box.isChecked())

    def _update_roles_text(self) -> None:
        """The "Roles" audience says which: ``Roles: Delegates and speakers``."""
        index = self.audience.findData(Audience.ROLE.value)
        roles = self.chosen_roles()
        self.audience.setItemText(
            index, arg(self.tr("Roles: %1"), roles_text(roles)) if roles else self.tr("Roles")
        )

    def set_alternative(self, item_id: uuid.UUID | None) -> None:
        """Choose the item this one is the alternative to (None: not an alternative)."""
        if item_id is None:
            self.alternative.setCurrentIndex(0)
            return
        index = self.alternative.findData(str(item_id))
        if index < 0:  # not among the items offered: kept as it is
            self.alternative.addItem(self.tr("Another item of the programme"), str(item_id))
            index = self.alternative.count() - 1
        self.alternative.setCurrentIndex(index)

    def set_data(self, data: ProgrammeItemData) -> None:
        self.title.setText(data.title)
        select_value(self.kind, data.kind)
        self.set_day(data.starts_local.date())
        self.start.setTime(_qtime(data.starts_local.time()))
        self.end.setTime(_qtime(data.ends_local.time()))
        self.venue.setCurrentText(data.venue_name)
        self.room.setText(data.room)
        self.description.setPlainText(data.description)
        if data.audience is Audience.GROUP:
            pos = self.audience.findData(str(data.delegation_id))
            self.audience.setCurrentIndex(max(pos, 0))
        elif data.audience is Audience.NAMED:
            self.audience.addItem(
                arg(self.tr("Named people (%1)"), len(data.attendee_ids)), Audience.NAMED.value
            )
            self.audience.setCurrentIndex(self.audience.count() - 1)
            self._attendee_ids = data.attendee_ids
        elif data.audience is Audience.ROLE:
            self.audience.setCurrentIndex(self.audience.findData(Audience.ROLE.value))
        for role, box in self.role_boxes.items():
            box.setChecked(role in data.roles)
        self.set_alternative(data.alternative_to_id)

    def data(self) -> ProgrammeItemData:
        day = self.selected_day()
        assert day is not None, "the day list is never empty"
        starts = datetime.combine(day, _pytime(self.start.time()))
        ends = datetime.combine(day, _pytime(self.end.time()))
        if ends <= starts:
            ends += timedelta(days=1)
        key = self.audience.currentData()
        if key in (Audience.EVERYONE.value, Audience.NAMED.value, Audience.ROLE.value):
            audience, delegation_id = Audience(key), None
        else:
            audience, delegation_id = Audience.GROUP, current_uuid(self.audience)
        return ProgrammeItemData(
            kind=current_enum(self.kind, ProgrammeItemKind),
            title=self.title.text(),
            starts_local=starts,
            ends_local=ends,
            venue_name=self.venue.currentText(),
            room=self.room.text(),
            description=self.description.toPlainText(),
            audience=audience,
            delegation_id=delegation_id,
            attendee_ids=self._attendee_ids if audience is Audience.NAMED else (),
            roles=self.chosen_roles() if audience is Audience.ROLE else (),
            alternative_to_id=current_uuid(self.alternative),
        )

    def submit(self) -> None:
        self._submit(self.data())
