"""Editing a programme item meant for some roles, or the alternative to another item, in the
programme dialog keeps who it is for (tests/gui/test_notes_gui.py changes them)."""

from __future__ import annotations

import uuid
from datetime import datetime

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import Audience, ProgrammeItemKind, RegistrationRole
from pimap_desktop.gui.missions.programme_dialog import ProgrammeItemDialog
from pimap_desktop.services.missions.missions import (
    ProgrammeItemData,
    create_programme_item,
    programme_context,
    programme_item_data,
    update_programme_item,
)


def test_editing_the_title_keeps_the_roles_and_the_alternative(
    qtbot: QtBot, session: Session, mission_id: uuid.UUID
) -> None:
    visit = create_programme_item(
        session,
        mission_id,
        ProgrammeItemData(
            ProgrammeItemKind.SITE_VISIT,
            "Site visit",
            datetime(2027, 1, 28, 8, 30),
            datetime(2027, 1, 28, 16, 30),
        ),
    )
    free = create_programme_item(
        session,
        mission_id,
        ProgrammeItemData(
            ProgrammeItemKind.OTHER,
            "Free afternoon",
            datetime(2027, 1, 28, 14, 0),
            datetime(2027, 1, 28, 17, 0),
            audience=Audience.ROLE,
            roles=(RegistrationRole.DELEGATE, RegistrationRole.SPEAKER),
            alternative_to_id=visit,
        ),
    )
    saved: list[ProgrammeItemData] = []
    dialog = ProgrammeItemDialog(
        saved.append,
        programme_context(session, mission_id),
        initial=programme_item_data(session, free),
        title="Edit programme item",
    )
    qtbot.addWidget(dialog)
    assert dialog.audience.currentText() == "Roles: Delegates and speakers"

    dialog.title.setText("Free afternoon for follow-up meetings")
    dialog.submit()
    update_programme_item(session, free, saved[0])

    after = programme_item_data(session, free)
    assert after.title == "Free afternoon for follow-up meetings"
    assert after.audience is Audience.ROLE
    assert after.roles == (RegistrationRole.DELEGATE, RegistrationRole.SPEAKER)
    assert after.alternative_to_id == visit
