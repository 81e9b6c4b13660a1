"""A meeting request typed in by the coordinator: who asks, whom they want to meet, how much.

Both people are picked from the mission's participants with a search that matches any part of
the name or the organisation, accents not needed ("gonc" finds Gonçalves)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.domain.places import fold
from pimap_desktop.gui.b2b.session_dialog import ERROR_STYLE, NOTE_STYLE
from pimap_desktop.gui.words import error_text


@dataclass(frozen=True)
class Participant:
    registration_id: uuid.UUID
    name: str
    organisation: str

    @property
    def label(self) -> str:
        return f"{self.name} — {self.organisation}" if self.organisation else self.name


class _AccentBlindProxy(QSortFilterProxyModel):
    """Rows whose text contains what was typed, ignoring case and accents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = ""

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()  # invalidateFilter() is deprecated since Qt 6.9
        self.typed = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: object) -> bool:
        if not self.typed:
            return True
        text = self.sourceModel().index(row, 0).data() or ""
        return self.typed in fold(str(text))


class PersonPicker(QComboBox):
    """An editable combo box over the participants: type to search, pick from the list."""

    def __init__(self, people: Sequence[Participant], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = list(people)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(36)
        labels = [p.label for p in self.people]
        self.addItems(labels)
        self.setCurrentIndex(-1)
        edit = self.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(self.tr("type part of a name or organisation"))
        self.proxy = _AccentBlindProxy(self)
        self.proxy.setSourceModel(QStringListModel(labels, self))
        completer = QCompleter(self)
        completer.setModel(self.proxy)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[str].connect(self._picked)  # type: ignore[index]
        self.setCompleter(completer)
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.proxy.set_typed(text)
        completer = self.completer()
        if completer is not None and text.strip():
            completer.complete()

    def _picked(self, label: str) -> None:
        index = self.findText(label, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def chosen(self) -> Participant | None:
        """The participant picked, or the only one matching what was typed."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self.people[index]
        typed = fold(text)
        matches = [p for p in self.people if typed and typed in fold(p.label)]
        return matches[0] if len(matches) == 1 else None

    def choose(self, registration_id: uuid.UUID) -> None:
        for index, person in enumerate(self.people):
            if person.registration_id == registration_id:
                self.setCurrentIndex(index)
                return


Submit = Callable[[uuid.UUID, uuid.UUID, int], None]


class RequestDialog(QDialog):
    """Nothing is written until OK; ``submit`` raises a PimapError to keep the dialog open
    with its message."""

    def __init__(
        self,
        people: Sequence[Participant],
        submit: Submit,
        requester: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a meeting request"))
        self._submit = submit
        self.requester = PersonPicker(people)
        self.target = PersonPicker(people)
        if requester is not None:
            self.requester.choose(requester)
        self.priority = QComboBox()
        for value, text in (
            (1, self.tr("1 — must meet")),
            (2, self.tr("2 — would like to")),
            (3, self.tr("3 — if time")),
        ):
            self.priority.addItem(text, value)
        self.priority.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("&Who asks:"), self.requester)
        form.addRow(self.tr("&Wants to meet:"), self.target)
        form.addRow(self.tr("&Priority:"), self.priority)
        note = QLabel(self.tr("If the request exists already, its priority is changed."))
        note.setStyleSheet(NOTE_STYLE)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _fail(self, text: str, box: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        box.setFocus()

    def accept(self) -> None:
        requester, target = self.requester.chosen(), self.target.chosen()
        if requester is None:
            self._fail(self.tr("Pick who asks for the meeting from the list."), self.requester)
            return
        if target is None:
            self._fail(self.tr("Pick whom they want to meet from the list."), self.target)
            return
        if requester.registration_id == target.registration_id:
            self._fail(self.tr("Nobody can ask to meet themselves."), self.target)
            return
        try:
            self._submit(requester.registration_id, target.registration_id, self.priority_value())
        except PimapError as exc:
            self._fail(error_text(exc), self.target)
            return
        super().accept()

    def priority_value(self) -> int:
        return int(self.priority.currentData())


def ask_request(
    parent: QWidget,
    people: Sequence[Participant],
    submit: Submit,
    requester: uuid.UUID | None = None,
) -> bool:
    """The boundary tests replace: True when a request was made."""
    dialog = RequestDialog(people, submit, requester, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
