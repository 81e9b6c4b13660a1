"""The programme item form (ui/programme_item_form.ui), in the mission's local time."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from pimap_desktop.domain.enums import Audience, ProgrammeItemKind, RegistrationRole
from pimap_desktop.domain.rules import local_to_utc, zone_abbreviation
from pimap_desktop.gui.forms import FormDialog, child
from pimap_desktop.gui.widgets import add_enum_items, current_enum, current_uuid, select_value
from pimap_desktop.services.audiences import roles_text
from pimap_desktop.services.missions import ProgrammeContext, ProgrammeItemData

Submit = Callable[[ProgrammeItemData], None]

_FIELD_WIDGETS = {"title": "titleEdit", "ends": "endTime", "day": "dayCombo", "time": "startTime"}


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
        title: str = "New programme item",
    ) -> None:
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
        venue_edit.setPlaceholderText("pick or type a new venue")
        # Audience keys: "everyone", "named", or a delegation's id.
        self.audience.addItem("Everyone", Audience.EVERYONE.value)
        for delegation_id, name in context.delegations:
            self.audience.addItem(f"Delegation: {name}", str(delegation_id))
        self._attendee_ids: tuple[uuid.UUID, ...] = ()
        # Kept as they were: the form does not edit roles or alternatives (yet).
        self._roles: tuple[RegistrationRole, ...] = ()
        self._alternative_to_id: uuid.UUID | None = None

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
        self.resize(520, 480)

    # Days are kept in the combo as ordinals: Qt would turn a date into a QDate.
    def _add_day(self, d: date) -> None:
        self.day.addItem(f"{d:%a} {d.day} {d:%b %Y}", d.toordinal())

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
            text += " — ends the next day"
        self.zone.setText(text)

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
            self.audience.addItem(f"Named people ({len(data.attendee_ids)})", Audience.NAMED.value)
            self.audience.setCurrentIndex(self.audience.count() - 1)
            self._attendee_ids = data.attendee_ids
        elif data.audience is Audience.ROLE:
            self.audience.addItem(f"Roles: {roles_text(data.roles)}", Audience.ROLE.value)
            self.audience.setCurrentIndex(self.audience.count() - 1)
            self._roles = data.roles
        self._alternative_to_id = data.alternative_to_id

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
            roles=self._roles if audience is Audience.ROLE else (),
            alternative_to_id=self._alternative_to_id,
        )

    def submit(self) -> None:
        self._submit(self.data())
