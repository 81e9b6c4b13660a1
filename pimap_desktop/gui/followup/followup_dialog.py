"""The follow-up form (ui/followup_form.ui): for a meeting of a mission, or for a contact met
without one; the outcome, notes, the next action, its owner and due date, and whether it is
done. A refused form stays open with the message under the field it concerns."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from pimap_desktop.domain.enums import FollowUpOutcome
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.gui.forms import FormDialog, child, with_changed_line
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.widgets import add_enum_items, current_uuid, select_value
from pimap_desktop.services.directory.directory import OrganisationRow, PersonRow
from pimap_desktop.services.followup.followup import FollowUpData

Choice = tuple[uuid.UUID, str]
MeetingsOf = Callable[[uuid.UUID], Sequence[Choice]]

DEFAULT_DUE_DAYS = 14  # a new follow-up's due date, once one is wanted: two weeks ahead


@dataclass(frozen=True)
class FollowUpChoices:
    """What the form's lists offer; ``meetings_of(mission id)`` gives a mission's meetings.
    A page may keep one for several forms: the labels are made once."""

    missions: Sequence[Choice]
    organisations: Sequence[OrganisationRow]
    people: Sequence[PersonRow]
    owners: Sequence[Choice]
    meetings_of: MeetingsOf

    @cached_property
    def organisation_choices(self) -> list[Choice]:
        return [(row.id, organisation_label(row)) for row in self.organisations]

    @cached_property
    def person_choices(self) -> list[Choice]:
        return [(row.id, person_label(row)) for row in self.people]

    @cached_property
    def people_by_id(self) -> dict[uuid.UUID, PersonRow]:
        return {row.id: row for row in self.people}


def organisation_label(row: OrganisationRow) -> str:
    return f"{row.name} ({row.country})" if row.country else row.name


def person_label(row: PersonRow) -> str:
    return f"{row.full_name} — {row.organisation}" if row.organisation else row.full_name


class SearchableChoice:
    """An editable combo box over (id, label) choices: type any part of a label to filter.
    Empty means none; a text that is no label is refused by ``chosen``.

    The labels live in one QStringListModel filled by one call, the ids beside it in Python:
    50,000 people fill it at once rather than item by item."""

    def __init__(self, combo: QComboBox, field: str, unknown: str) -> None:
        """``unknown``: the message for a text that is none of the labels (%1: the text)."""
        self.combo, self.field, self.unknown = combo, field, unknown
        self._ids: list[uuid.UUID] = []
        self._positions: dict[uuid.UUID, int] = {}
        self.model = QStringListModel(combo)
        combo.setModel(self.model)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(20)
        combo.setMinimumContentsLength(30)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.model, combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        # A label picked from the list is longer than the box: show its start (the line edit
        # leaves the cursor, and so the view, at its end) and the whole label in a tooltip.
        combo.currentIndexChanged.connect(lambda _i: self.line_edit().setCursorPosition(0))
        combo.editTextChanged.connect(self._show_whole_text)

    def _show_whole_text(self, text: str) -> None:
        """The whole label as the tooltip; none when empty, so the combo's own help shows."""
        self.line_edit().setToolTip(text.strip())

    def line_edit(self) -> QLineEdit:
        edit = self.combo.lineEdit()
        assert edit is not None  # an editable combo box has a line edit
        return edit

    def set_placeholder(self, text: str) -> None:
        self.line_edit().setPlaceholderText(text)

    def fill(self, choices: Sequence[Choice], keep: uuid.UUID | None = None) -> None:
        """Replace the choices, selecting ``keep`` if it is among them (else none)."""
        was = self.combo.blockSignals(True)
        self._ids = [choice_id for choice_id, _label in choices]
        self._positions = {choice_id: i for i, choice_id in enumerate(self._ids)}
        self.model.setStringList([label for _id, label in choices])
        self.combo.blockSignals(was)
        self.select(keep)

    def ids(self) -> list[uuid.UUID]:
        return list(self._ids)

    def labels(self) -> list[str]:
        return self.model.stringList()

    def select(self, choice_id: uuid.UUID | None) -> None:
        index = self._positions.get(choice_id, -1) if choice_id is not None else -1
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText("")
        self.line_edit().setCursorPosition(0)  # a long label shows its start

    def current(self) -> uuid.UUID | None:
        """The id of the item selected, whatever the text typed since."""
        index = self.combo.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def matching(self) -> uuid.UUID | None:
        """The id whose label is the text shown (picked, or typed in full); None when the
        text is empty or no label."""
        combo = self.combo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index) != text:
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def chosen(self) -> uuid.UUID | None:
        """The id of the label shown; None when empty; a ValidationError for other text."""
        found = self.matching()
        text = self.combo.currentText().strip()
        if found is None and text:
            raise ValidationError(arg(self.unknown, text), self.field)
        return found


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FollowUpDialog(FormDialog):
    """Record or change one follow-up. ``submit(data)`` saves it; a ValidationError it raises
    keeps the dialog open, with the message under the field named."""

    field_widgets = {
        "mission": "missionCombo",
        "meeting": "meetingCombo",
        "organisation": "organisationCombo",
        "contact": "contactCombo",
        "outcome": "outcomeCombo",
        "next_action": "nextActionEdit",
        "owner": "ownerCombo",
    }

    def __init__(
        self,
        submit: Callable[[FollowUpData], None],
        *,
        choices: FollowUpChoices,
        initial: FollowUpData | None = None,
        mission_id: uuid.UUID | None = None,
        meeting_id: uuid.UUID | None = None,
        owner_id: uuid.UUID | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
        changed: str | None = None,
    ) -> None:
        """``initial``: the follow-up to edit (None: a new one, for ``mission_id`` and
        ``meeting_id`` if given, owned by ``owner_id``: the coordinator using the app);
        ``changed``: who changed it last, and when ("Changed by … at …")."""
        title = (
            QCoreApplication.translate("FollowUpDialog", "Edit the follow-up")
            if initial is not None
            else QCoreApplication.translate("FollowUpDialog", "New follow-up")
        )
        super().__init__("followup_form", title, parent)
        self._submit = submit
        self._choices = choices
        self._people = choices.people_by_id
        self._updating = False
        self._contacts_for: uuid.UUID | None = None
        self._meeting_for: uuid.UUID | None = None
        f = self.form
        self.heading = child(f, QLabel, "headingLabel")
        self.heading.setText(
            self.tr("What came of the meeting or contact, and what happens next")
            if initial is None
            else self.tr("Change what came of it, the next action or who takes it")
        )
        self.heading.setText(with_changed_line(self.heading.text(), changed))
        self.hint = child(f, QLabel, "hintLabel")
        self.mission = child(f, QComboBox, "missionCombo")
        self.meeting = SearchableChoice(
            child(f, QComboBox, "meetingCombo"),
            "meeting",
            self.tr("There is no meeting “%1”: choose one from the list, or leave it empty."),
        )
        self.organisation = SearchableChoice(
            child(f, QComboBox, "organisationCombo"),
            "organisation",
            self.tr("There is no organisation “%1”: choose one from the list, or leave it empty."),
        )
        self.contact = SearchableChoice(
            child(f, QComboBox, "contactCombo"),
            "contact",
            self.tr("There is no person “%1”: choose one from the list, or leave it empty."),
        )
        self.outcome = child(f, QComboBox, "outcomeCombo")
        self.notes = child(f, QPlainTextEdit, "notesEdit")
        self.next_action = child(f, QLineEdit, "nextActionEdit")
        self.owner = child(f, QComboBox, "ownerCombo")
        self.due = child(f, QDateEdit, "dueEdit")
        self.no_due = child(f, QCheckBox, "noDueCheck")
        self.done_check = child(f, QCheckBox, "doneCheck")
        self.layout_form = child(f, QFormLayout, "formLayout")
        self.field_errors = self._add_field_errors()

        self.mission.addItem(self.tr("(no mission)"), "")
        for choice_id, label in choices.missions:
            self.mission.addItem(label, str(choice_id))
        self.organisation.fill(choices.organisation_choices)
        self.outcome.setPlaceholderText(self.tr("choose what came of it"))
        add_enum_items(self.outcome, FollowUpOutcome)
        self.owner.addItem(self.tr("(nobody yet)"), "")
        for choice_id, label in choices.owners:
            self.owner.addItem(label, str(choice_id))
        self.no_due.toggled.connect(lambda checked: self.due.setEnabled(not checked))
        self.notes.setMinimumHeight(80)
        self.notes.setMaximumHeight(160)
        self.mission.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        new = FollowUpData(
            outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
            mission_id=mission_id,
            meeting_id=meeting_id,
            owner_id=owner_id,
        )
        self._load(initial or new, initial is None, today or date.today())
        self.mission.currentIndexChanged.connect(lambda _i: self._mission_chosen())
        self.meeting.combo.currentIndexChanged.connect(lambda _i: self._meeting_changed())
        self.meeting.combo.editTextChanged.connect(lambda _t: self._meeting_changed())
        self.organisation.combo.currentIndexChanged.connect(lambda _i: self._organisation_changed())
        self.organisation.combo.editTextChanged.connect(lambda _t: self._organisation_changed())
        self.contact.combo.currentIndexChanged.connect(lambda _i: self._contact_chosen())
        self.resize(680, 540)

    # ------------------------------------------------------------------ filling

    def _load(self, data: FollowUpData, new: bool, today: date) -> None:
        """Show ``data``; a new follow-up's outcome is left to choose."""
        self._updating = True
        select_value(self.mission, data.mission_id or "")
        if self.mission.currentIndex() < 0:
            self.mission.setCurrentIndex(0)
        self._fill_meetings(keep=data.meeting_id)
        self._meeting_for = self.meeting.matching()
        self.organisation.select(data.organisation_id)
        self._fill_contacts(keep=data.contact_id)
        if new:
            self.outcome.setCurrentIndex(-1)
        else:
            select_value(self.outcome, data.outcome)
        self.notes.setPlainText(data.notes)
        self.next_action.setText(data.next_action)
        select_value(self.owner, data.owner_id or "")
        if self.owner.currentIndex() < 0:
            self.owner.setCurrentIndex(0)
        self.due.setDate(_qdate(data.due_date or today + timedelta(days=DEFAULT_DUE_DAYS)))
        self.no_due.setChecked(data.due_date is None)
        self.due.setEnabled(data.due_date is not None)
        self.done_check.setChecked(data.done)
        self._updating = False
        self._show_hint()

    def _fill_meetings(self, keep: uuid.UUID | None = None) -> None:
        mission_id = current_uuid(self.mission)
        choices = list(self._choices.meetings_of(mission_id)) if mission_id else []
        if keep is not None and all(choice_id != keep for choice_id, _ in choices):
            # Its meeting was cancelled since: still shown, so that saving keeps it.
            choices.insert(0, (keep, self.tr("the meeting recorded (cancelled since)")))
        self.meeting.fill(choices, keep)
        self.meeting.combo.setEnabled(bool(choices))

    def _fill_contacts(self, keep: uuid.UUID | None = None) -> None:
        """The organisation's people once one is chosen, everyone otherwise."""
        organisation_id = self.organisation.matching()
        self._contacts_for = organisation_id
        if organisation_id is None:
            self.contact.fill(self._choices.person_choices, keep)
            return
        people = [p for p in self._choices.people if p.organisation_id == organisation_id]
        self.contact.fill([(p.id, person_label(p)) for p in people], keep)

    def _show_hint(self) -> None:
        with_meeting = bool(self.meeting.combo.currentText().strip())
        if with_meeting:
            self.organisation.set_placeholder(self.tr("the meeting's counterpart"))
            self.contact.set_placeholder(self.tr("the counterpart's participant"))
            self.hint.setText(
                self.tr(
                    "For a meeting, the organisation and contact are the counterpart's unless "
                    "you choose others."
                )
            )
        else:
            self.organisation.set_placeholder(self.tr("type to search the organisations"))
            self.contact.set_placeholder(self.tr("type to search the people"))
            if self.meeting.combo.isEnabled():
                self.meeting.set_placeholder(self.tr("none: a contact met elsewhere"))
            elif current_uuid(self.mission) is None:
                self.meeting.set_placeholder(self.tr("none: choose a mission to see its meetings"))
            else:
                self.meeting.set_placeholder(self.tr("none: this mission has no meetings"))
            self.hint.setText(
                self.tr("Without a meeting, choose the organisation or the person met (or both).")
            )

    # ------------------------------------------------------------------ reactions

    def _mission_chosen(self) -> None:
        self._fill_meetings()
        self._show_hint()

    def _meeting_changed(self) -> None:
        """Another meeting chosen: the organisation and contact are emptied, for the service
        to take the new meeting's counterpart (those of the old one were not in it). A meeting
        removed leaves them: the follow-up is then for the contact met."""
        self._show_hint()
        if self._updating:
            return
        text = self.meeting.combo.currentText().strip()
        wanted = self.meeting.matching()
        if (text and wanted is None) or wanted == self._meeting_for:
            return  # still typing, or the same meeting
        self._meeting_for = wanted
        if wanted is None:
            return
        self._updating = True
        self.organisation.select(None)
        self._fill_contacts()
        self._updating = False

    def _organisation_changed(self) -> None:
        """The contacts follow the organisation: its people once one is picked, everyone
        again once it is cleared (not on every key typed in between)."""
        if self._updating:
            return
        text = self.organisation.combo.currentText().strip()
        wanted = self.organisation.matching()
        if text and wanted is None:
            return  # still typing
        if wanted == self._contacts_for:
            return
        self._updating = True
        self._fill_contacts(keep=self.contact.current())
        self._updating = False

    def _contact_chosen(self) -> None:
        """A person chosen with no organisation yet brings theirs."""
        if self._updating:
            return
        person = self._people.get(self.contact.current() or uuid.UUID(int=0))
        if person is None or person.organisation_id is None:
            return
        if not self.organisation.combo.currentText().strip():
            self._updating = True
            self.organisation.select(person.organisation_id)
            self._fill_contacts(keep=person.id)
            self._updating = False

    # ------------------------------------------------------------------ errors at the field

    def _add_field_errors(self) -> dict[str, QLabel]:
        """A hidden message row under each field that the service may refuse."""
        labels: dict[str, QLabel] = {}
        for field, name in self.field_widgets.items():
            widget = child(self.form, QWidget, name)
            row = self._row_of(widget)
            label = QLabel()
            label.setObjectName(f"{name}Error")
            label.setWordWrap(True)
            label.setStyleSheet("color: #b00020; font-weight: bold;")
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            self.layout_form.insertRow(row + 1, "", label)
            self.layout_form.setRowVisible(row + 1, False)
            labels[field] = label
        return labels

    def _set_field_error(self, field: str, message: str) -> None:
        label = self.field_errors[field]
        label.setText(message)
        self.layout_form.setRowVisible(self._row_of(label), bool(message))

    def _row_of(self, widget: QWidget) -> int:
        # PySide's stubs type the (row, role) pair as a bare object.
        position: tuple[int, object] = self.layout_form.getWidgetPosition(widget)  # type: ignore[assignment]
        return position[0]

    def clear_errors(self) -> None:
        for field in self.field_errors:
            self._set_field_error(field, "")
        self.error.hide()

    def show_error(self, message: str, field: str | None) -> None:
        self.clear_errors()
        if field in self.field_errors:
            self._set_field_error(field, message)
            child(self.form, QWidget, self.field_widgets[field]).setFocus()
        else:
            super().show_error(message, field)

    def error_text(self) -> str:
        """Every message shown (for tests and for reading at a glance)."""
        texts = [label.text() for label in self.field_errors.values() if label.text()]
        if self.error.isVisibleTo(self):
            texts.append(self.error.text())
        return "\n".join(texts)

    # ------------------------------------------------------------------ result

    def data(self) -> FollowUpData:
        """The form as the service takes it; a ValidationError for what it cannot read."""
        if self.outcome.currentIndex() < 0:
            raise ValidationError(self.tr("Choose what came of it: the outcome."), "outcome")
        return FollowUpData(
            outcome=FollowUpOutcome(self.outcome.currentData()),
            notes=self.notes.toPlainText(),
            next_action=self.next_action.text(),
            owner_id=current_uuid(self.owner),
            due_date=None if self.no_due.isChecked() else _pydate(self.due.date()),
            done=self.done_check.isChecked(),
            meeting_id=self.meeting.chosen(),
            organisation_id=self.organisation.chosen(),
            contact_id=self.contact.chosen(),
            mission_id=current_uuid(self.mission),
        )

    def submit(self) -> None:
        self.clear_errors()
        self._submit(self.data())
