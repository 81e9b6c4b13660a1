"""A mission's practical notes (the visa rules, the hotel's group rate, the airport shuttle)
and who each is for: everyone, one delegation, or some roles. Changes are saved at once."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import Audience, RegistrationRole
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.services.missions.missions import NoteData, NoteRow
from pimap_desktop.store.database import Database

ERROR_STYLE = "color: #b00020; font-weight: bold;"
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole

Submit = Callable[[NoteData], None]


# ---------------------------------------------------------------------------------------------
# Boundary that tests replace


def confirm_delete(parent: QWidget, title: str) -> bool:
    """True when the person confirms deleting the note called ``title``."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("missions.notes_dialog", "Delete practical note"),
        arg(
            QCoreApplication.translate(
                "missions.notes_dialog", "Delete the practical note “%1”?\n\nThis cannot be undone."
            ),
            title,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# ---------------------------------------------------------------------------------------------
# One note


class NoteEditor(QDialog):
    """Title, text, and who the note is for. Save calls ``submit``; an error keeps the editor
    open and shows in red."""

    def __init__(
        self,
        submit: Submit,
        delegations: tuple[tuple[uuid.UUID, str], ...],
        parent: QWidget | None = None,
        *,
        initial: NoteData | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("New practical note"))
        self._submit = submit

        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. Entry to the US"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What they need to know"))

        self.everyone = QRadioButton(self.tr("&Everyone"))
        self.for_delegation = QRadioButton(self.tr("One &delegation:"))
        self.delegation = QComboBox()
        for delegation_id, name in delegations:
            self.delegation.addItem(name, str(delegation_id))
        self.for_roles = QRadioButton(self.tr("Some &roles:"))
        self.role_boxes: dict[RegistrationRole, QCheckBox] = {
            role: QCheckBox(enum_label(role)) for role in RegistrationRole
        }
        self.audience_group = QButtonGroup(self)
        for button in (self.everyone, self.for_delegation, self.for_roles):
            self.audience_group.addButton(button)
            button.toggled.connect(self._update_enabled)
        if not delegations:
            self.for_delegation.setEnabled(False)
            self.for_delegation.setToolTip(self.tr("The mission has no delegations yet"))
        self.everyone.setChecked(True)

        for_box = QWidget()
        for_layout = QVBoxLayout(for_box)
        for_layout.setContentsMargins(0, 0, 0, 0)
        for_layout.addWidget(self.everyone)
        delegation_row = QHBoxLayout()
        delegation_row.addWidget(self.for_delegation)
        delegation_row.addWidget(self.delegation, 1)
        for_layout.addLayout(delegation_row)
        for_layout.addWidget(self.for_roles)
        roles_grid = QGridLayout()
        roles_grid.setContentsMargins(24, 0, 0, 0)
        for i, box in enumerate(self.role_boxes.values()):
            roles_grid.addWidget(box, i // 3, i % 3)
        for_layout.addLayout(roles_grid)

        form = QFormLayout()
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title)
        text_label = QLabel(self.tr("Te&xt"))
        text_label.setBuddy(self.text)
        form.addRow(title_label, self.title)
        form.addRow(text_label, self.text)
        form.addRow(self.tr("For"), for_box)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if initial is not None:
            self.set_data(initial)
        self._update_enabled()
        self.resize(520, 420)

    def _update_enabled(self) -> None:
        self.delegation.setEnabled(self.for_delegation.isChecked())
        for box in self.role_boxes.values():
            box.setEnabled(self.for_roles.isChecked())

    def set_data(self, data: NoteData) -> None:
        self.title.setText(data.title)
        self.text.setPlainText(data.text)
        for role, box in self.role_boxes.items():
            box.setChecked(role in data.roles)
        if data.audience is Audience.GROUP:
            index = self.delegation.findData(str(data.delegation_id))
            if index < 0:  # no longer one of the mission's delegations: said on Save
                self.delegation.addItem(self.tr("(a removed delegation)"), str(data.delegation_id))
                index = self.delegation.count() - 1
            self.delegation.setCurrentIndex(index)
            self.for_delegation.setEnabled(True)
            self.for_delegation.setChecked(True)
        elif data.audience is Audience.ROLE:
            self.for_roles.setChecked(True)
        else:
            self.everyone.setChecked(True)

    def data(self) -> NoteData:
        if self.for_delegation.isChecked():
            key = self.delegation.currentData()
            delegation_id = uuid.UUID(key) if isinstance(key, str) and key else None
            return NoteData(
                self.title.text(), self.text.toPlainText(), Audience.GROUP, delegation_id
            )
        if self.for_roles.isChecked():
            roles = tuple(role for role, box in self.role_boxes.items() if box.isChecked())
            return NoteData(self.title.text(), self.text.toPlainText(), Audience.ROLE, roles=roles)
        return NoteData(self.title.text(), self.text.toPlainText())

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        focus: QWidget | None = {
            "title": self.title,
            "delegation": self.delegation,
            "roles": next(iter(self.role_boxes.values())),
        }.get(field or "")
        if focus is not None:
            focus.setFocus()

    def accept(self) -> None:
        try:
            self._submit(self.data())
        except PimapError as exc:  # ValidationError, or a note deleted meanwhile
            self.show_error(error_text(exc), getattr(exc, "field", None))
            return
        super().accept()


# ---------------------------------------------------------------------------------------------
# The list


class NotesDialog(QDialog):
    """The practical notes of one mission, with Add, Edit and Delete."""

    def __init__(self, db: Database, mission_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.mission_id = mission_id
        self.rows: list[NoteRow] = []
        self.editor: NoteEditor | None = None  # the editor in progress, if any
        with db.session() as session:
            context = svc.programme_context(session, mission_id)
        self.delegations = context.delegations
        self.setWindowTitle(arg(self.tr("Practical notes — %1"), context.code))

        heading = QLabel(
            arg(
                self.tr("<b>Practical notes of %1 — %2</b>"),
                _html(context.code),
                _html(context.name),
            )
        )
        heading.setWordWrap(True)
        self.note_line = QLabel(
            self.tr(
                "Notes go into the packs of those they are for. The mission's own practical "
                "information is for everyone. Changes are saved at once (no undo)."
            )
        )
        self.note_line.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Title"), self.tr("For")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.edit_note())
        self.list.currentItemChanged.connect(lambda _new, _old: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_note)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_note)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_note)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note_line)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(620, 400)

    # ------------------------------------------------------------------ data

    def refresh(self, select: uuid.UUID | None = None) -> None:
        keep = select or self.selected_note()
        with self.db.session() as session:
            self.rows = svc.list_notes(session, self.mission_id)
        self.list.clear()
        for row in self.rows:
            item = QTreeWidgetItem([row.title, row.audience])
            item.setData(0, NOTE_ID_ROLE, str(row.id))
            item.setToolTip(0, row.text)
            self.list.addTopLevelItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_note(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        key = item.data(0, NOTE_ID_ROLE) if item is not None else None
        return uuid.UUID(key) if isinstance(key, str) else None

    def select_note(self, note_id: uuid.UUID) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, NOTE_ID_ROLE) == str(note_id):
                self.list.setCurrentItem(item)

    def _row(self, note_id: uuid.UUID) -> NoteRow | None:
        return next((r for r in self.rows if r.id == note_id), None)

    def _update_buttons(self) -> None:
        has_note = self.selected_note() is not None
        self.edit_button.setEnabled(has_note)
        self.delete_button.setEnabled(has_note)

    def _show_error(self, exc: PimapError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def _clear_error(self) -> None:
        self.error.hide()

    # ------------------------------------------------------------------ actions

    def add_note(self) -> None:
        self._clear_error()
        added: list[uuid.UUID] = []

        def submit(data: NoteData) -> None:
            with self.db.session() as session:
                added.append(svc.add_note(session, self.mission_id, data))

        self._open_editor(
            NoteEditor(submit, self.delegations, self), lambda: self.refresh(select=added[0])
        )

    def edit_note(self) -> None:
        note_id = self.selected_note()
        row = self._row(note_id) if note_id is not None else None
        if note_id is None or row is None:
            return
        self._clear_error()

        def submit(data: NoteData) -> None:
            with self.db.session() as session:
                svc.update_note(session, note_id, data)

        editor = NoteEditor(
            submit, self.delegations, self, initial=row.data, title=self.tr("Edit practical note")
        )
        self._open_editor(editor, lambda: self.refresh(select=note_id))

    def _open_editor(self, editor: NoteEditor, on_accept: Callable[[], None]) -> None:
        """Show the editor without blocking; ``on_accept`` runs once it saved."""
        self.editor = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(on_accept)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        editor.open()

    def _editor_closed(self, editor: NoteEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def delete_note(self) -> None:
        note_id = self.selected_note()
        row = self._row(note_id) if note_id is not None else None
        if note_id is None or row is None:
            return
        self._clear_error()
        if not confirm_delete(self, row.title):
            return
        try:
            with self.db.session() as session:
                svc.delete_note(session, note_id)
        except PimapError as exc:
            self._show_error(exc)
        self.refresh()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
