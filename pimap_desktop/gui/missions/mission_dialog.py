"""The mission form (ui/mission_form.ui) and the small 'duplicate' dialog."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import MissionKind, MissionStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.rules import utc_offset_label, zone, zone_abbreviation
from pimap_desktop.gui.forms import FormDialog, child
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.widgets import (
    CountryCombo,
    TimeZoneCombo,
    add_enum_items,
    current_enum,
    select_value,
)
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.missions.missions import MissionData

Submit = Callable[[MissionData], None]


def now() -> datetime:
    """The clock (a boundary that tests replace): the offset shown is today's."""
    return datetime.now(UTC)


_FIELD_WIDGETS = {
    "code": "codeEdit",
    "name": "nameEdit",
    "timezone": "timezoneCombo",
    "country": "countryCombo",
    "start_date": "startDate",
    "end_date": "endDate",
    "clusters": "clustersList",
}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def offset_now(zone_name: str, at: datetime) -> str:
    """``UTC−08:00 now (PST)``: a zone's offset at the instant ``at`` (its letters when it has
    some); "" for a name that is no zone."""
    try:
        zone(zone_name)
    except ValidationError:
        return ""
    offset = utc_offset_label(at, zone_name).replace("-", "\N{MINUS SIGN}")
    letters = zone_abbreviation(at, zone_name)
    named = letters.isalpha() and letters != "UTC"  # not "-03", which the offset says
    if named:
        return arg(
            QCoreApplication.translate("missions.mission_dialog", "%1 now (%2)"), offset, letters
        )
    return arg(QCoreApplication.translate("missions.mission_dialog", "%1 now"), offset)


class MissionDialog(FormDialog):
    """Create or edit a mission. ``submit`` saves; a ValidationError keeps the dialog open
    with the message shown and the faulty field focused."""

    field_widgets = _FIELD_WIDGETS

    def __init__(
        self,
        submit: Submit,
        clusters: Sequence[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
        *,
        initial: MissionData | None = None,
        title: str = "",
    ) -> None:
        title = title or QCoreApplication.translate("MissionDialog", "New mission")
        super().__init__("mission_form", title, parent)
        self._submit = submit
        f = self.form
        self.code: QLineEdit = child(f, QLineEdit, "codeEdit")
        self.name: QLineEdit = child(f, QLineEdit, "nameEdit")
        self.kind: QComboBox = child(f, QComboBox, "kindCombo")
        self.host_event: QLineEdit = child(f, QLineEdit, "hostEventEdit")
        self.city: QLineEdit = child(f, QLineEdit, "cityEdit")
        self.country: CountryCombo = child(f, CountryCombo, "countryCombo")
        self.timezone: TimeZoneCombo = child(f, TimeZoneCombo, "timezoneCombo")
        self.timezone_offset: QLabel = child(f, QLabel, "timezoneOffsetLabel")
        self.start: QDateEdit = child(f, QDateEdit, "startDate")
        self.end: QDateEdit = child(f, QDateEdit, "endDate")
        self.status: QComboBox = child(f, QComboBox, "statusCombo")
        self.clusters: QListWidget = child(f, QListWidget, "clustersList")
        self.objectives: QPlainTextEdit = child(f, QPlainTextEdit, "objectivesEdit")
        self.practical: QPlainTextEdit = child(f, QPlainTextEdit, "practicalEdit")

        add_enum_items(self.kind, MissionKind)
        add_enum_items(self.status, MissionStatus)
        for cluster_id, name in clusters:
            item = QListWidgetItem(name, self.clusters)
            item.setData(Qt.ItemDataRole.UserRole, str(cluster_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.clusters.setVisible(bool(clusters))
        child(f, QLabel, "clustersLabel").setVisible(bool(clusters))
        self.start.dateChanged.connect(self._keep_end_after_start)
        self.timezone.currentTextChanged.connect(lambda _text: self._show_offset())

        if initial is not None:
            self.set_data(initial)
        else:
            today = QDate.currentDate()
            self.start.setDate(today)
            self.end.setDate(today)
        self._show_offset()
        self.resize(560, 640)

    def _show_offset(self) -> None:
        self.timezone_offset.setText(offset_now(self.timezone.zone_name(), now()))

    def _keep_end_after_start(self, start: QDate) -> None:
        if self.end.date() < start:
            self.end.setDate(start)

    def set_data(self, data: MissionData) -> None:
        self.code.setText(data.code)
        self.name.setText(data.name)
        select_value(self.kind, data.kind)
        self.host_event.setText(data.host_event)
        self.city.setText(data.city)
        self.country.set_country_code(data.country)
        self.timezone.set_zone_name(data.timezone)
        self.start.setDate(_qdate(data.start_date))
        self.end.setDate(_qdate(data.end_date))
        select_value(self.status, data.status)
        chosen = {str(c) for c in data.cluster_ids}
        for row in range(self.clusters.count()):
            item = self.clusters.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.objectives.setPlainText(data.objectives)
        self.practical.setPlainText(data.practical_info)

    def data(self) -> MissionData:
        cluster_ids = tuple(
            uuid.UUID(self.clusters.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.clusters.count())
            if self.clusters.item(row).checkState() == Qt.CheckState.Checked
        )
        return MissionData(
            code=self.code.text(),
            name=self.name.text(),
            kind=current_enum(self.kind, MissionKind),
            city=self.city.text(),
            country=self.country.country_code(),
            timezone=self.timezone.zone_name(),
            start_date=_pydate(self.start.date()),
            end_date=_pydate(self.end.date()),
            status=current_enum(self.status, MissionStatus),
            host_event=self.host_event.text(),
            objectives=self.objectives.toPlainText(),
            practical_info=self.practical.toPlainText(),
            cluster_ids=cluster_ids,
        )

    def submit(self) -> None:
        self._submit(self.data())


class DuplicateMissionDialog(QDialog):
    """Asks for the copy's code, name and first day."""

    def __init__(
        self,
        submit: Callable[[str, str, date], None],
        *,
        code: str,
        name: str,
        start: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate mission"))
        self._submit = submit
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The copy gets the venues, organisers and programme (same local times), "
                    "not the registrations."
                )
            )
        )
        form = QFormLayout()
        self.code = QLineEdit(code)
        self.code.setMaxLength(20)
        self.name = QLineEdit(name)
        self.start = QDateEdit(_qdate(start))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&First day"), self.start)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self._submit(self.code.text(), self.name.text(), _pydate(self.start.date()))
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
