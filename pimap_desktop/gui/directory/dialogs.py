"""The person and organisation forms (ui/person_form.ui, ui/organisation_form.ui) and the
dialog that asks which of two records a merge keeps."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import ExportReadiness, OrganisationKind, OrganisationSize
from pimap_desktop.domain.errors import PimapError, ValidationError
from pimap_desktop.gui.forms import FormDialog, child
from pimap_desktop.gui.languages import LANGUAGES, QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.widgets import (
    CountryCombo,
    add_enum_items,
    current_enum,
    current_uuid,
    select_value,
)
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.directory.directory import OrganisationData, PersonData

D = TypeVar("D")  # the data a record dialog edits

NO_CLUSTER = QT_TRANSLATE_NOOP("directory.dialogs", "(none)")
NOT_SET = "—"

# A QDateEdit cannot be empty: its minimum date, shown as "not recorded", stands for no date.
NO_DATE = QDate(2000, 1, 1)


def split_list(text: str) -> tuple[str, ...]:
    """'French, English,, french ' -> ('French', 'English'): trimmed, no blanks, no repeats."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        item = " ".join(part.split())
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


def join_list(items: Sequence[str]) -> str:
    return ", ".join(items)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _searchable(combo: QComboBox, placeholder: str) -> None:
    """An editable combo box that finds its items by any part of their text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(20)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(placeholder)


class RecordDialog(FormDialog, Generic[D]):
    """A form for one record's data: Save hands ``data()`` to ``submit``, which saves it; a
    ValidationError keeps the dialog open."""

    def __init__(
        self,
        form_name: str,
        title: str,
        submit: Callable[[D], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(form_name, title, parent)
        self._submit = submit

    def data(self) -> D:
        raise NotImplementedError

    def submit(self) -> None:
        self._submit(self.data())


# --------------------------------------------------------------------------- person


@dataclass(frozen=True)
class OrganisationChoice:
    id: uuid.UUID
    name: str
    country: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name


class PersonDialog(RecordDialog[PersonData]):
    """Create or edit a person."""

    field_widgets = {
        "first_name": "firstNameEdit",
        "last_name": "lastNameEdit",
        "email": "emailEdit",
        "organisation": "organisationCombo",
        "consent_date": "consentDateEdit",
    }

    def __init__(
        self,
        submit: Callable[[PersonData], None],
        organisations: Sequence[OrganisationChoice],
        parent: QWidget | None = None,
        *,
        initial: PersonData | None = None,
        title: str = "",
    ) -> None:
        title = title or QCoreApplication.translate("PersonDialog", "New person")
        super().__init__("person_form", title, submit, parent)
        f = self.form
        self.first_name = child(f, QLineEdit, "firstNameEdit")
        self.last_name = child(f, QLineEdit, "lastNameEdit")
        self.email = child(f, QLineEdit, "emailEdit")
        self.organisation = child(f, QComboBox, "organisationCombo")
        self.job_title = child(f, QLineEdit, "jobTitleEdit")
        self.phone = child(f, QLineEdit, "phoneEdit")
        self.badge_name = child(f, QLineEdit, "badgeNameEdit")
        self.languages = child(f, QLineEdit, "languagesEdit")
        self.document_language = child(f, QComboBox, "documentLanguageCombo")
        self.document_language.addItem(self.tr("the language of each export"), None)
        for code, name in LANGUAGES.items():  # each in its own language
            self.document_language.addItem(name, code)
        self.diet = child(f, QLineEdit, "dietEdit")
        self.accessibility = child(f, QLineEdit, "accessibilityEdit")
        self.consent_listed = child(f, QCheckBox, "consentListedCheck")
        self.consent_contact = child(f, QCheckBox, "consentContactCheck")
        self.consent_date = child(f, QDateEdit, "consentDateEdit")
        self.notes = child(f, QPlainTextEdit, "notesEdit")

        self._by_name: dict[str, list[uuid.UUID]] = {}
        for choice in organisations:
            self.organisation.addItem(choice.label, str(choice.id))
            self._by_name.setdefault(choice.name.casefold(), []).append(choice.id)
        _searchable(
            self.organisation, self.tr("none; type to search the directory's organisations")
        )
        self.organisation.setCurrentIndex(-1)

        self.consent_date.setMinimumDate(NO_DATE)
        self.consent_date.setDate(NO_DATE)
        self.consent_listed.toggled.connect(self._date_consent)
        self.consent_contact.toggled.connect(self._date_consent)

        if initial is not None:
            self.set_data(initial)
        self.resize(540, 620)

    def _date_consent(self, checked: bool) -> None:
        """Ticking a consent dates it today, unless a date is already there."""
        if checked and self.consent_date.date() == NO_DATE:
            self.consent_date.setDate(QDate.currentDate())

    def set_organisation(self, organisation_id: uuid.UUID | None) -> None:
        if organisation_id is None:
            self.organisation.setCurrentIndex(-1)
            self.organisation.setEditText("")
        else:
            select_value(self.organisation, organisation_id)

    def organisation_id(self) -> uuid.UUID | None:
        """The organisation picked or typed (none when empty); a name that matches none is
        refused."""
        combo = self.organisation
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == text:
            return current_uuid(combo)
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        if index >= 0:
            return uuid.UUID(str(combo.itemData(index)))
        same_name = self._by_name.get(" ".join(text.split()).casefold(), [])
        if len(same_name) == 1:
            return same_name[0]
        if same_name:
            raise ValidationError(
                arg(
                    self.tr("Several organisations are called '%1': pick one from the list."), text
                ),
                "organisation",
            )
        raise ValidationError(
            arg(
                self.tr(
                    "No organisation called '%1' is in the directory: pick one from the list, "
                    "or create it first on the Organisations tab."
                ),
                text,
            ),
            "organisation",
        )

    def set_data(self, data: PersonData) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.email.setText(data.email)
        self.set_organisation(data.organisation_id)
        self.job_title.setText(data.job_title)
        self.phone.setText(data.phone)
        self.badge_name.setText(data.badge_name)
        self.languages.setText(join_list(data.languages))
        found = self.document_language.findData(data.preferred_language)
        self.document_language.setCurrentIndex(max(found, 0))
        self.diet.setText(data.dietary_needs)
        self.accessibility.setText(data.accessibility_needs)
        self.consent_date.setDate(
            _qdate(data.consent_date) if data.consent_date is not None else NO_DATE
        )
        self.consent_listed.setChecked(data.consent_listed)
        self.consent_contact.setChecked(data.consent_contact)
        self.notes.setPlainText(data.notes)

    def data(self) -> PersonData:
        when = self.consent_date.date()
        return PersonData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            organisation_id=self.organisation_id(),
            job_title=self.job_title.text(),
            phone=self.phone.text(),
            badge_name=self.badge_name.text(),
            languages=split_list(self.languages.text()),
            preferred_language=self.document_language.currentData(),
            dietary_needs=self.diet.text().strip(),
            accessibility_needs=self.accessibility.text().strip(),
            consent_listed=self.consent_listed.isChecked(),
            consent_contact=self.consent_contact.isChecked(),
            consent_date=None if when == NO_DATE else _pydate(when),
            notes=self.notes.toPlainText().strip(),
        )


# --------------------------------------------------------------------------- organisation


class OrganisationDialog(RecordDialog[OrganisationData]):
    """Create or edit an organisation."""

    field_widgets = {"name": "nameEdit", "country": "countryCombo"}

    def __init__(
        self,
        submit: Callable[[OrganisationData], None],
        clusters: Sequence[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
        *,
        initial: OrganisationData | None = None,
        title: str = "",
    ) -> None:
        title = title or QCoreApplication.translate("OrganisationDialog", "New organisation")
        super().__init__("organisation_form", title, submit, parent)
        f = self.form
        self.name = child(f, QLineEdit, "nameEdit")
        self.kind = child(f, QComboBox, "kindCombo")
        self.size_combo = child(f, QComboBox, "sizeCombo")
        self.city = child(f, QLineEdit, "cityEdit")
        self.country = child(f, CountryCombo, "countryCombo")
        self.website = child(f, QLineEdit, "websiteEdit")
        self.cluster = child(f, QComboBox, "clusterCombo")
        self.sectors = child(f, QLineEdit, "sectorsEdit")
        self.technologies = child(f, QLineEdit, "technologiesEdit")
        self.application_areas = child(f, QLineEdit, "applicationAreasEdit")
        self.value_chain = child(f, QLineEdit, "valueChainEdit")
        self.export_readiness = child(f, QComboBox, "exportReadinessCombo")
        self.offers = child(f, QPlainTextEdit, "offersEdit")
        self.seeks = child(f, QPlainTextEdit, "seeksEdit")
        self.description = child(f, QPlainTextEdit, "descriptionEdit")

        add_enum_items(self.kind, OrganisationKind)
        self.size_combo.addItem(NOT_SET, "")
        add_enum_items(self.size_combo, OrganisationSize)
        self.export_readiness.addItem(NOT_SET, "")
        add_enum_items(self.export_readiness, ExportReadiness)
        self.cluster.addItem(QCoreApplication.translate("directory.dialogs", NO_CLUSTER), "")
        for cluster_id, cluster_name in clusters:
            self.cluster.addItem(cluster_name, str(cluster_id))

        if initial is not None:
            self.set_data(initial)
        else:
            select_value(self.kind, OrganisationKind.SME)
        self.resize(600, 680)

    def set_data(self, data: OrganisationData) -> None:
        self.name.setText(data.name)
        select_value(self.kind, data.kind)
        if data.size is None:
            self.size_combo.setCurrentIndex(0)
        else:
            select_value(self.size_combo, data.size)
        self.city.setText(data.city)
        self.country.set_country_code(data.country)
        self.website.setText(data.website)
        if data.cluster_id is None:
            self.cluster.setCurrentIndex(0)
        else:
            select_value(self.cluster, data.cluster_id)
        self.sectors.setText(join_list(data.sectors))
        self.technologies.setText(join_list(data.technologies))
        self.application_areas.setText(join_list(data.application_areas))
        self.value_chain.setText(data.value_chain_position)
        if data.export_readiness is None:
            self.export_readiness.setCurrentIndex(0)
        else:
            select_value(self.export_readiness, data.export_readiness)
        self.offers.setPlainText(data.offers)
        self.seeks.setPlainText(data.seeks)
        self.description.setPlainText(data.description)

    def data(self) -> OrganisationData:
        size = self.size_combo.currentData()
        readiness = self.export_readiness.currentData()
        return OrganisationData(
            name=self.name.text(),
            kind=current_enum(self.kind, OrganisationKind),
            country=self.country.country_code(),
            city=self.city.text(),
            website=self.website.text().strip(),
            size=OrganisationSize(size) if size else None,
            sectors=split_list(self.sectors.text()),
            technologies=split_list(self.technologies.text()),
            application_areas=split_list(self.application_areas.text()),
            value_chain_position=self.value_chain.text().strip(),
            offers=self.offers.toPlainText().strip(),
            seeks=self.seeks.toPlainText().strip(),
            export_readiness=ExportReadiness(readiness) if readiness else None,
            cluster_id=current_uuid(self.cluster),
            description=self.description.toPlainText().strip(),
        )


# --------------------------------------------------------------------------- merge


@dataclass(frozen=True)
class MergeCandidate:
    """One of the two records of a merge, as the dialog shows it."""

    id: uuid.UUID
    title: str
    details: str


class MergeDialog(QDialog):
    """Asks which of two records to keep; ``submit(keep_id, merge_id)`` merges them."""

    def __init__(
        self,
        candidates: tuple[MergeCandidate, MergeCandidate],
        submit: Callable[[uuid.UUID, uuid.UUID], None],
        *,
        title: str,
        explanation: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.candidates = candidates
        self._submit = submit
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Which record do you keep?"))
        intro.setStyleSheet("font-weight: bold;")
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        for number, candidate in enumerate(candidates):
            button = QRadioButton(arg(self.tr("Keep %1"), candidate.title))
            self.group.addButton(button, number)
            self.choices.append(button)
            details = QLabel(candidate.details)
            details.setWordWrap(True)
            details.setTextFormat(Qt.TextFormat.PlainText)
            details.setIndent(24)
            details.setStyleSheet("color: #555555;")
            box = QVBoxLayout()
            box.setSpacing(0)
            box.setContentsMargins(0, 4, 0, 8)
            box.addWidget(button)
            box.addWidget(details)
            layout.addLayout(box)
        self.choices[0].setChecked(True)
        note = QLabel(explanation)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def keep(self) -> MergeCandidate:
        return self.candidates[max(self.group.checkedId(), 0)]

    def merged(self) -> MergeCandidate:
        return self.candidates[1 - max(self.group.checkedId(), 0)]

    def accept(self) -> None:
        try:
            self._submit(self.keep().id, self.merged().id)
        except PimapError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
