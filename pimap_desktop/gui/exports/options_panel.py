"""The export centre's choices for the document picked: for whom ("Who") and how ("Options").

Both boxes show only what the document takes (its scopes and options in the registry) and say
``changed`` when a choice changes, so that the page previews again. The options are remembered
in the settings from one session to the next.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QWidget,
)

from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, running_language
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.language import LANGUAGE_NAMES
from pimap_desktop.services.printing.choices import BadgeLayout, GroupBy, Paper
from pimap_desktop.services.printing.itinerary import ACTIVE
from pimap_desktop.services.printing.registry import DOCUMENTS, DocumentSpec, Option, Scope
from pimap_desktop.services.registrations.registrations import RegistrationRow

SCOPE_TEXTS = {
    Scope.MISSION: QT_TRANSLATE_NOOP("WhoBox", "Everyone on the mission"),
    Scope.SELECTION: QT_TRANSLATE_NOOP("WhoBox", "People selected on the Registrations page"),
    Scope.PERSON: QT_TRANSLATE_NOOP("WhoBox", "One person"),
}


def keep_narrow(combo: QComboBox) -> None:
    """Long names (a B2B session, a person) must not widen the column past the window."""
    combo.setMinimumContentsLength(16)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)


class WhoBox(QGroupBox):
    """For whom: the whole mission, the people selected on the Registrations page, or one
    person found by typing part of a name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("WhoBox", "Who"), parent)
        self.spec = DOCUMENTS[0]
        self.scope_combo = QComboBox()
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_chosen())
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setMaxVisibleItems(20)
        completer = QCompleter(self.person_combo.model(), self.person_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person_combo.setCompleter(completer)
        edit = self.person_combo.lineEdit()
        assert edit is not None  # an editable combo box has one
        edit.setPlaceholderText(self.tr("type a name or an organisation"))
        self.person_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for combo in (self.scope_combo, self.person_combo):
            keep_narrow(combo)
        self.form = QFormLayout()
        self.form.addRow(self.tr("For:"), self.scope_combo)
        self.form.addRow(self.tr("Person:"), self.person_combo)
        self.setLayout(self.form)

    def fill_people(self, people: list[RegistrationRow], selected: list[uuid.UUID]) -> None:
        """List the mission's people, keeping the one chosen (or the one selected on the
        Registrations page when nobody was)."""
        keep = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for row in people:
            text = f"{row.full_name} — {row.organisation}" if row.organisation else row.full_name
            if row.status not in ACTIVE:
                text += f" ({enum_label(row.status).lower()})"
            self.person_combo.addItem(text, str(row.id))
        if not keep and len(selected) == 1:
            keep = str(selected[0])
        index = self.person_combo.findData(keep) if keep else -1
        self.person_combo.setCurrentIndex(index)
        self.person_combo.blockSignals(False)

    def person_id(self) -> uuid.UUID | None:
        data = self.person_combo.currentData()
        if not isinstance(data, str) or not data:
            return None
        # The text may have been edited away from the chosen person.
        if self.person_combo.currentText() != self.person_combo.itemText(
            self.person_combo.currentIndex()
        ):
            return None
        return uuid.UUID(data)

    def current_scope(self) -> Scope:
        data = self.scope_combo.currentData()
        return Scope(data) if data else self.spec.scopes[0]

    def choose_scope(self, scope: Scope) -> None:
        index = self.scope_combo.findData(scope.value)
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)

    def show_for(self, spec: DocumentSpec, counts: dict[Scope, str]) -> None:
        """The scopes the document allows, each with how many people it means now."""
        self.spec = spec
        keep = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        for scope in spec.scopes:
            self.scope_combo.addItem(
                self.tr(SCOPE_TEXTS[scope]) + counts.get(scope, ""), scope.value
            )
        index = self.scope_combo.findData(keep) if keep else -1
        self.scope_combo.setCurrentIndex(max(index, 0))
        self.scope_combo.setEnabled(len(spec.scopes) > 1)
        self.scope_combo.blockSignals(False)
        self._scope_chosen(announce=False)

    def _scope_chosen(self, announce: bool = True) -> None:
        self.form.setRowVisible(self.person_combo, self.current_scope() is Scope.PERSON)
        if announce:
            self.changed.emit()


class OptionsBox(QGroupBox):
    """Paper, badge layout and sheet, crop marks, one file or one per person, B2B session,
    grouping, language: the rows the document takes are shown."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("OptionsBox", "Options"), parent)
        self.settings = settings
        self.paper_combo = QComboBox()
        for paper in Paper:
            self.paper_combo.addItem(paper.label.upper() if paper is Paper.A4 else paper.label)
            self.paper_combo.setItemData(self.paper_combo.count() - 1, paper.value)
        self.layout_combo = QComboBox()
        for stock in BadgeLayout:
            self.layout_combo.addItem(stock.label, stock.value)
        self.badge_paper_combo = QComboBox()
        self.badge_paper_combo.addItem(self.tr("The layout's own paper"), "")
        for paper in Paper:
            self.badge_paper_combo.addItem(self.paper_combo.itemText(list(Paper).index(paper)))
            self.badge_paper_combo.setItemData(self.badge_paper_combo.count() - 1, paper.value)
        self.crop_marks = QCheckBox(self.tr("Crop marks for cutting"))
        self.combined_combo = QComboBox()
        self.combined_combo.addItem(self.tr("One PDF for everyone"), True)
        self.combined_combo.addItem(self.tr("One PDF per person, in a folder"), False)
        self.session_combo = QComboBox()
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Country"), GroupBy.COUNTRY.value)
        self.group_combo.addItem(self.tr("First sector"), GroupBy.SECTOR.value)
        # Each language in its own name; the interface's until another is chosen.
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(
            self.tr(
                "The document's language. A person's own agenda, pack or badge is in their "
                "preferred language when one is recorded."
            )
        )
        self._restore()
        combos = (
            self.paper_combo,
            self.layout_combo,
            self.badge_paper_combo,
            self.combined_combo,
            self.session_combo,
            self.group_combo,
            self.language_combo,
        )
        for combo in combos:
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            keep_narrow(combo)
        self.crop_marks.toggled.connect(lambda _on: self._changed())
        self.form = QFormLayout()
        self.form.addRow(self.tr("Paper:"), self.paper_combo)
        self.form.addRow(self.tr("Badge layout:"), self.layout_combo)
        self.form.addRow(self.tr("Sheet:"), self.badge_paper_combo)
        self.form.addRow("", self.crop_marks)
        self.form.addRow(self.tr("Files:"), self.combined_combo)
        self.form.addRow(self.tr("B2B session:"), self.session_combo)
        self.form.addRow(self.tr("Group by:"), self.group_combo)
        self.form.addRow(self.tr("Language:"), self.language_combo)
        self.setLayout(self.form)
        self.rows: dict[Option, QWidget] = {
            Option.PAPER: self.paper_combo,
            Option.BADGE_LAYOUT: self.layout_combo,
            Option.BADGE_PAPER: self.badge_paper_combo,
            Option.CROP_MARKS: self.crop_marks,
            Option.COMBINED: self.combined_combo,
            Option.B2B_SESSION: self.session_combo,
            Option.GROUP_BY: self.group_combo,
            Option.LANGUAGE: self.language_combo,
        }

    def show_for(self, spec: DocumentSpec) -> None:
        for option, widget in self.rows.items():
            self.form.setRowVisible(widget, option in spec.options)
        self.setVisible(any(option in self.rows for option in spec.options))

    def fill_sessions(self, sessions: list[b2b.SessionRow]) -> None:
        keep = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("All sessions"), "")
        for row in sessions:
            self.session_combo.addItem(row.label, str(row.id))
        index = self.session_combo.findData(keep) if keep else 0
        self.session_combo.setCurrentIndex(max(index, 0))
        self.session_combo.blockSignals(False)

    def paper(self) -> Paper:
        return Paper(self.paper_combo.currentData())

    def badge_layout(self) -> BadgeLayout:
        return BadgeLayout(self.layout_combo.currentData())

    def badge_paper(self) -> Paper | None:
        """None: the sheet the badge layout is made for."""
        data = self.badge_paper_combo.currentData()
        return Paper(data) if data else None

    def badge_choice(self) -> tuple[BadgeLayout, Paper | None]:
        """The badge layout and its sheet, for one badge printed from elsewhere."""
        return self.badge_layout(), self.badge_paper()

    def combined(self) -> bool:
        return bool(self.combined_combo.currentData())

    def session_id(self) -> uuid.UUID | None:
        data = self.session_combo.currentData()
        return uuid.UUID(data) if data else None

    def group_by(self) -> GroupBy:
        return GroupBy(self.group_combo.currentData())

    def language(self) -> str:
        """The document's language: ``en``, ``fr``, ``sv``, ``pt`` or ``fi``."""
        return str(self.language_combo.currentData())

    def _restore(self) -> None:
        for combo, key in (
            (self.paper_combo, "exports/paper"),
            (self.layout_combo, "exports/layout"),
            (self.badge_paper_combo, "exports/badge_paper"),
            (self.group_combo, "exports/group_by"),
        ):
            index = combo.findData(str(self.settings.value(key, "")))
            if index >= 0:
                combo.setCurrentIndex(index)
        language = str(self.settings.value("exports/language", "") or running_language())
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.crop_marks.setChecked(self.settings.value("exports/crop_marks", "false") == "true")

    def _changed(self) -> None:
        self.settings.setValue("exports/paper", self.paper_combo.currentData())
        self.settings.setValue("exports/layout", self.layout_combo.currentData())
        self.settings.setValue("exports/badge_paper", self.badge_paper_combo.currentData())
        self.settings.setValue("exports/group_by", self.group_combo.currentData())
        self.settings.setValue("exports/language", self.language_combo.currentData())
        self.settings.setValue(
            "exports/crop_marks", "true" if self.crop_marks.isChecked() else "false"
        )
        self.changed.emit()
