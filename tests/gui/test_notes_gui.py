"""Practical notes for roles and delegations, and programme items for roles or instead of
another item, through the real widgets; the database checked behind them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import Audience, ProgrammeItemKind, RegistrationRole
from pimap_desktop.domain.models import Delegation, PracticalNote, ProgrammeItem
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.missions import notes_dialog
from pimap_desktop.gui.missions.notes_dialog import NoteEditor, NotesDialog
from pimap_desktop.gui.missions.programme_dialog import ProgrammeItemDialog
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.store.database import Database
from tests.factories import mission_data


def save(dialog: NoteEditor | ProgrammeItemDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def notes_in(db: Database) -> list[PracticalNote]:
    with db.session() as session:
        return list(session.scalars(select(PracticalNote)))


def item_in(db: Database, item_id: uuid.UUID) -> ProgrammeItem:
    with db.session() as session:
        item = session.get(ProgrammeItem, item_id)
        assert item is not None
        return item


def _mission_with_a_delegation(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.session() as session:
        mission_id = svc.create_mission(session, mission_data())
        nordic = Delegation(id=uuid.uuid4(), mission_id=mission_id, name="Nordic delegation")
        session.add(nordic)
        session.commit()
        return mission_id, nordic.id


def test_a_note_for_delegates_then_a_delegation_then_deleted(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    mission_id, nordic = _mission_with_a_delegation(db)
    window.open_programme(mission_id)
    page = window.programme_page
    assert page.notes_action.isEnabled()
    page.notes_action.trigger()
    dialog = page.notes_dialog
    assert isinstance(dialog, NotesDialog)
    assert "saved at once" in dialog.note_line.text()
    assert dialog.list.topLevelItemCount() == 0

    # Add: no title, then roles without a role, are refused in red and keep the editor open.
    dialog.add_button.click()
    editor = dialog.editor
    assert isinstance(editor, NoteEditor)
    save(editor)
    assert editor.isVisible() and editor.error.isVisible()
    assert "needs a title" in editor.error.text()
    editor.title.setText("Airport shuttle")
    editor.text.setPlainText("The shuttle leaves SFO every 20 minutes.")
    editor.for_roles.click()
    assert editor.role_boxes[RegistrationRole.DELEGATE].isEnabled()
    save(editor)
    assert editor.isVisible() and "Choose the roles" in editor.error.text()
    assert notes_in(db) == []
    editor.role_boxes[RegistrationRole.DELEGATE].click()
    save(editor)
    assert not editor.isVisible()

    [note] = notes_in(db)
    assert (note.title, note.audience, note.roles) == (
        "Airport shuttle",
        Audience.ROLE,
        ["delegate"],
    )
    assert note.text == "The shuttle leaves SFO every 20 minutes."
    assert note.delegation_id is None
    shown = dialog.list.topLevelItem(0)
    assert shown is not None
    assert (shown.text(0), shown.text(1)) == ("Airport shuttle", "Delegates")
    assert dialog.selected_note() == note.id

    # Edit: the editor opens on what the note says; make it the Nordic delegation's.
    dialog.edit_button.click()
    editor = dialog.editor
    assert isinstance(editor, NoteEditor)
    assert editor.title.text() == "Airport shuttle"
    assert editor.for_roles.isChecked()
    assert editor.role_boxes[RegistrationRole.DELEGATE].isChecked()
    editor.for_delegation.click()
    editor.delegation.setCurrentIndex(editor.delegation.findText("Nordic delegation"))
    save(editor)
    [note] = notes_in(db)
    assert (note.audience, note.delegation_id, note.roles) == (Audience.GROUP, nordic, [])
    shown = dialog.list.topLevelItem(0)
    assert shown is not None and shown.text(1) == "Nordic delegation"

    # Delete asks first: No keeps the note, Yes deletes it.
    asked: list[str] = []

    def answer(value: bool) -> Callable[[object, str], bool]:
        def confirm(_parent: object, title: str) -> bool:
            asked.append(title)
            return value

        return confirm

    monkeypatch.setattr(notes_dialog, "confirm_delete", answer(False))
    dialog.delete_button.click()
    assert asked == ["Airport shuttle"]
    assert len(notes_in(db)) == 1
    monkeypatch.setattr(notes_dialog, "confirm_delete", answer(True))
    dialog.delete_button.click()
    assert notes_in(db) == []
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.delete_button.isEnabled()


def test_an_item_for_roles_instead_of_a_site_visit(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    mission_id, _nordic = _mission_with_a_delegation(db)
    with db.session() as session:
        visit = svc.create_programme_item(
            session,
            mission_id,
            svc.ProgrammeItemData(
                ProgrammeItemKind.SITE_VISIT,
                "Site visit",
                datetime(2027, 1, 28, 13, 0),
                datetime(2027, 1, 28, 17, 0),
            ),
        )
    window.open_programme(mission_id)
    page = window.programme_page

    # Add "Free afternoon" for delegates and speakers, instead of the site visit.
    page.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ProgrammeItemDialog)
    dialog.title.setText("Free afternoon")
    dialog.set_day(datetime(2027, 1, 28).date())
    dialog.start.setTime(QTime(13, 0))
    dialog.end.setTime(QTime(17, 0))
    assert not dialog.roles_box.isVisible()
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.ROLE.value))
    assert dialog.roles_box.isVisible()
    dialog.role_boxes[RegistrationRole.DELEGATE].click()
    dialog.role_boxes[RegistrationRole.SPEAKER].click()
    assert dialog.audience.currentText() == "Roles: Delegates and speakers"
    assert dialog.alternative.currentText() == "None"
    dialog.alternative.setCurrentIndex(dialog.alternative.findData(str(visit)))
    assert dialog.alternative.currentText().startswith("Site visit (Thu 28 Jan 13:00")
    save(dialog)

    with db.session() as session:
        [free] = session.scalars(select(ProgrammeItem).where(ProgrammeItem.id != visit))
    assert free.audience is Audience.ROLE
    assert free.roles == ["delegate", "speaker"]
    assert free.alternative_to_id == visit

    # The site visit cannot be the alternative to its own alternative: said in red.
    page.select_item(visit)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ProgrammeItemDialog)
    assert dialog.alternative.findData(str(visit)) == -1  # never offered itself
    dialog.alternative.setCurrentIndex(dialog.alternative.findData(str(free.id)))
    save(dialog)
    assert dialog.isVisible() and "alternative to itself" in dialog.error.text()
    assert item_in(db, visit).alternative_to_id is None
    dialog.reject()

    # Editing the free afternoon shows its roles; back to everyone and no alternative.
    page.select_item(free.id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ProgrammeItemDialog)
    assert dialog.roles_box.isVisible()
    assert dialog.role_boxes[RegistrationRole.SPEAKER].isChecked()
    assert dialog.alternative.currentData() == str(visit)
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.EVERYONE.value))
    assert not dialog.roles_box.isVisible()
    dialog.alternative.setCurrentIndex(0)
    save(dialog)
    after = item_in(db, free.id)
    assert (after.audience, after.roles, after.alternative_to_id) == (Audience.EVERYONE, [], None)

    window.undo_action.trigger()
    back = item_in(db, free.id)
    assert (back.audience, back.roles, back.alternative_to_id) == (
        Audience.ROLE,
        ["delegate", "speaker"],
        visit,
    )
