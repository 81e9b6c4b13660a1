"""The B2B session dialog (day, times, slots, breaks, tables, name) and the confirmation that
lists the meetings a change or a deletion would remove.

Nothing is written until OK: then ``submit`` receives the new data and carries the change out
(asking for the confirmation itself); an error it raises keeps the dialog open with its message,
the box it names focused; ``submit`` returning False (the confirmation declined) keeps it open
too. ``ask_session`` and ``confirm_removal`` are the boundaries that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.errors import PimapError, ValidationError
from pimap_desktop.domain.rules import local_to_utc, zone_abbreviation
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.b2b.meetings import SessionData, slot_times
from pimap_desktop.services.b2b.sessions import (
    SESSION_GONE,
    SLOT_GONE,
    TABLE_GONE,
    AffectedMeeting,
    SessionImpact,
)

ERROR_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #475569;"

Submit = Callable[[SessionData], bool]


class SessionRemovalText(TranslationContext):
    """The translation context of the meetings a session's change removes."""


class SessionDialog(QDialog):
    def __init__(
        self,
        title: str,
        data: SessionData,
        first_day: date,
        last_day: date,
        zone: str,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        editing: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.data = data
        self._submit = submit
        self.day = QDateEdit(QDate(data.day.year, data.day.month, data.day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setDateRange(
            QDate(first_day.year, first_day.month, first_day.day),
            QDate(last_day.year, last_day.month, last_day.day),
        )
        self.start = _time_edit(data.start)
        self.end = _time_edit(data.end)
        self.slot_minutes = _spin(5, 240, data.slot_minutes, self.tr(" min"))
        self.break_minutes = _spin(0, 120, data.break_minutes, self.tr(" min"))
        self.tables = _spin(1, 1000, data.tables, "")
        self.table_names = QLineEdit("; ".join(n for n in data.table_names))
        self.table_names.setPlaceholderText(self.tr("optional: Room A; Room B; … (in table order)"))
        self.table_names.setToolTip(
            self.tr(
                "Names of the tables or rooms, in order, separated by ; or commas. Tables "
                "without a name are called Table 1, Table 2, …"
            )
        )
        self.name = QLineEdit(data.name)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("B2B meetings"))
        self.zone = zone
        self.zone_label = QLabel()
        self.zone_label.setStyleSheet(NOTE_STYLE)
        self.preview = QLabel()
        self.preview.setObjectName("grid-preview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: bold;")

        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow("", self.zone_label)
        form.addRow(self.tr("&Slot length:"), self.slot_minutes)
        form.addRow(self.tr("&Break between slots:"), self.break_minutes)
        form.addRow(self.tr("T&ables:"), self.tables)
        form.addRow(self.tr("Table &names:"), self.table_names)
        form.addRow(self.tr("&Name:"), self.name)
        note = QLabel(
            arg(
                self.tr(
                    "Times in the mission's zone (%1). Meetings that no longer fit are listed "
                    "before anything changes; they go back to the requests."
                ),
                zone,
            )
            if editing
            else arg(
                self.tr("Times in the mission's zone (%1). The session is added to the programme."),
                zone,
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        for box in (self.slot_minutes, self.break_minutes, self.tables):
            box.valueChanged.connect(lambda _v: self._show_preview())
        for edit in (self.start, self.end):
            edit.timeChanged.connect(lambda _t: self._show_preview())
        self.day.dateChanged.connect(lambda _d: self._show_preview())
        self._show_preview()

    def preview_text(self) -> str:
        """The slot grid in words: "14 slots of 20 min, 13:30–17:30, 40 tables = 560 meetings
        at most"."""
        data = self.session_data()
        day = data.day
        slots = slot_times(
            datetime.combine(day, data.start),
            datetime.combine(day, data.end),
            data.slot_minutes,
            data.break_minutes,
        )
        if not slots:
            return arg(
                self.tr("No %1-minute slot fits between %2 and %3."),
                data.slot_minutes,
                f"{data.start:%H:%M}",
                f"{data.end:%H:%M}",
            )
        first, last = slots[0].starts_at, slots[-1].ends_at
        tables = self.tr("%n table(s)", "", data.tables)
        if data.break_minutes:
            template = self.tr(
                "%n slot(s) of %1 min with %2-min breaks, %3–%4, %5 = %6 meetings at most",
                "",
                len(slots),
            )
        else:
            template = self.tr(
                "%n slot(s) of %1 min, %3–%4, %5 = %6 meetings at most", "", len(slots)
            )
        text = arg(
            template,
            data.slot_minutes,
            data.break_minutes,
            f"{first:%H:%M}",
            f"{last:%H:%M}",
            tables,
            len(slots) * data.tables,
        )
        if last.time() != data.end:
            text = arg(self.tr("%1 (the last slot ends at %2)"), text, f"{last:%H:%M}")
        return text + "."

    def _show_preview(self) -> None:
        self.preview.setText(self.preview_text())
        data = self.session_data()
        try:
            instant = local_to_utc(data.day, data.start, self.zone)
            abbreviation = zone_abbreviation(instant, self.zone)
        except PimapError as exc:  # a time the clocks skip on that day
            self.zone_label.setText(error_text(exc))
            return
        self.zone_label.setText(arg(self.tr("Local time in %1 (%2)"), self.zone, abbreviation))

    def _table_names(self) -> tuple[str, ...]:
        text = self.table_names.text()
        parts = text.split(";") if ";" in text else text.split(",")
        return tuple(p.strip()[:120] for p in parts) if text.strip() else ()

    def session_data(self) -> SessionData:
        """What the boxes say; table names stay with their numbers."""
        for box in (self.slot_minutes, self.break_minutes, self.tables):
            box.interpretText()
        return SessionData(
            day=self.day.date().toPython(),  # type: ignore[arg-type]
            start=self.start.time().toPython(),  # type: ignore[arg-type]
            end=self.end.time().toPython(),  # type: ignore[arg-type]
            slot_minutes=self.slot_minutes.value(),
            break_minutes=self.break_minutes.value(),
            tables=self.tables.value(),
            name=self.name.text().strip() or self.data.name,
            table_names=self._table_names(),
        )

    def _box(self, field: str | None) -> QWidget | None:
        boxes: dict[str, QWidget] = {
            "date": self.day,
            "from": self.start,
            "to": self.end,
            "slot_minutes": self.slot_minutes,
            "break_minutes": self.break_minutes,
            "tables": self.tables,
            "table_names": self.table_names,
            "name": self.name,
        }
        return boxes.get(field or "")

    def accept(self) -> None:
        try:
            done = self._submit(self.session_data())
        except PimapError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            box = self._box(exc.field if isinstance(exc, ValidationError) else None)
            if box is not None:
                box.setFocus()
            return
        if done:
            super().accept()


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


# --------------------------------------------------------------------------- confirmation


def _afterwards(m: AffectedMeeting) -> str:
    if m.status is MeetingStatus.CANCELLED:
        return SessionRemovalText.tr("removed (it was cancelled)")
    if m.request_id is None:
        return SessionRemovalText.tr("removed (placed by hand, no request)")
    return SessionRemovalText.tr("back to the requests")


SHORT_REASONS = {
    SLOT_GONE: QT_TRANSLATE_NOOP("SessionRemovalText", "slot gone"),
    TABLE_GONE: QT_TRANSLATE_NOOP("SessionRemovalText", "table removed"),
    SESSION_GONE: QT_TRANSLATE_NOOP("SessionRemovalText", "deleted"),
}


AFFECTED_COLUMNS: list[Column[AffectedMeeting]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "When"),
        lambda m: f"{when(m.starts_local, '%a %d %b %H:%M')}–{m.ends_local:%H:%M}",
        sort_key=lambda m: m.starts_local,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Table"),
        lambda m: m.table,
        sort_key=lambda m: (len(m.table), m.table),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Meeting"), lambda m: m.names, tooltip=lambda m: m.names),
    Column(
        QT_TRANSLATE_NOOP("columns", "Why"),
        lambda m: (
            SessionRemovalText.tr(SHORT_REASONS[m.reason])
            if m.reason in SHORT_REASONS
            else m.reason
        ),
        tooltip=lambda m: m.reason,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Afterwards"), _afterwards),
]


MEETING_COLUMN = 2


def removal_text(impact: SessionImpact) -> str:
    """The confirmation's question, in words."""
    count, back = len(impact.removed), impact.requests_back
    if impact.deleting:
        if not count:
            return arg(
                SessionRemovalText.tr(
                    "Delete “%1”, its tables and its place in the programme? It has no meetings."
                ),
                impact.name,
            )
        head = arg(
            SessionRemovalText.tr(
                "Delete “%1”, its tables and its place in the programme? These %n meetings are "
                "removed with it",
                "",
                count,
            ),
            impact.name,
        )
    else:
        head = arg(
            SessionRemovalText.tr("These %n meetings no longer fit “%1”", "", count), impact.name
        )
    if back == count:
        return arg(SessionRemovalText.tr("%1 and go back to the requests:", "", count), head)
    if back == 0:
        return arg(SessionRemovalText.tr("%1; none has a request to go back to:"), head)
    return arg(SessionRemovalText.tr("%1; %n of them go back to the requests:", "", back), head)


class RemovalDialog(QDialog):
    """The meetings a change would remove, and a button that says what it does."""

    def __init__(self, impact: SessionImpact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Delete the session") if impact.deleting else self.tr("Change the session")
        )
        text = QLabel(removal_text(impact))
        text.setWordWrap(True)
        self.model: RowTableModel[AffectedMeeting] = RowTableModel(AFFECTED_COLUMNS, self)
        self.model.set_rows(sorted(impact.removed, key=lambda m: (m.starts_local, m.table)))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEETING_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.setVisible(bool(impact.removed))
        note = QLabel(self.tr("You can undo this with Edit ▸ Undo (Ctrl+Z)."))
        note.setStyleSheet(NOTE_STYLE)
        buttons = QDialogButtonBox()
        count = len(impact.removed)
        if impact.deleting:
            label = (
                self.tr("Delete the session and %n meeting(s)", "", count)
                if count
                else self.tr("Delete the session")
            )
        else:
            label = self.tr("Change the session and remove %n meeting(s)", "", count)
        self.apply_button = QPushButton(label)
        self.apply_button.setAutoDefault(False)  # Enter does not remove meetings by accident
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(820, 420 if impact.removed else 140)


# --------------------------------------------------------------------------- boundaries


def ask_session(
    parent: QWidget,
    title: str,
    data: SessionData,
    first_day: date,
    last_day: date,
    zone: str,
    submit: Submit,
    *,
    editing: bool = True,
) -> bool:
    """Show the session dialog; True when ``submit`` carried a change out."""
    dialog = SessionDialog(title, data, first_day, last_day, zone, submit, parent, editing=editing)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def confirm_removal(parent: QWidget, impact: SessionImpact) -> bool:
    """Ask before removing meetings (or deleting a session); True to go ahead."""
    return RemovalDialog(impact, parent).exec() == QDialog.DialogCode.Accepted
