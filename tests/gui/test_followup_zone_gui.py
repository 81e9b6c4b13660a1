"""The follow-up log's meeting column names the zone of the time it shows (the mission's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.models import FollowUp, Meeting, Mission
from pimap_desktop.gui.followup.followup_page import MEETING, NO_MEETING, FollowUpPage
from pimap_desktop.gui.models import ROW_ROLE
from pimap_desktop.store.database import Database, open_database


@pytest.fixture
def demo(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


def test_the_meeting_column_names_the_missions_zone(
    qtbot: QtBot, demo: Database, settings: QSettings
) -> None:
    # Each meeting's start and its mission's zone, read from the database, not the service.
    with demo.session() as session:
        expected = {
            followup_id: starts_at.astimezone(ZoneInfo(zone))
            for followup_id, starts_at, zone in session.execute(
                select(FollowUp.id, Meeting.starts_at, Mission.timezone)
                .join(Meeting, Meeting.id == FollowUp.meeting_id)
                .join(Mission, Mission.id == Meeting.mission_id)
            )
        }
    assert expected, "the demo has follow-ups of meetings"
    page = FollowUpPage(demo, QUndoStack(), settings)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    seen = 0
    for row in range(model.rowCount()):
        index = model.index(row, MEETING)
        followup = model.data(index, ROW_ROLE)
        if followup.id not in expected:
            assert index.data() == NO_MEETING
            continue
        local = expected[followup.id]
        when = f"{local:%a} {local.day} {local:%b %H:%M} {local.tzname()}"
        assert local.tzname() in ("PST", "PDT", "EET", "EEST", "CET", "CEST", "WET", "WEST")
        assert index.data() == when or index.data().startswith(f"{when}, "), index.data()
        seen += 1
    assert seen == len(expected)
