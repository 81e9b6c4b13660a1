"""`pimap b2b edit-session` and `delete-session`: nothing is removed without --yes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pimap_desktop.cli import main
from pimap_desktop.services.b2b.meetings import list_meetings
from pimap_desktop.services.missions.missions import get_mission_by_code
from pimap_desktop.store.database import open_database


def _meetings(db_path: Path) -> int:
    database = open_database(db_path)
    try:
        with database.session() as session:
            return len(list_meetings(session, get_mission_by_code(session, "PW2027").id))
    finally:
        database.dispose()


def test_shortening_lists_the_meetings_then_removes_them_with_yes(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _meetings(printing_db_path)
    args = ["--db", str(printing_db_path), "b2b", "edit-session", "--mission", "PW2027"]
    args += ["--session", "1", "--to", "15:00"]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "would be removed" in out and "--yes" in err
    assert _meetings(printing_db_path) == before
    assert main([*args, "--yes", "--json"]) == 0
    change = json.loads(capsys.readouterr().out)
    assert change["changed"] is True and change["removed"]
    assert _meetings(printing_db_path) == before - len(change["removed"])


def test_deleting_over_held_meetings_is_refused_in_one_line(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(printing_db_path)
    try:
        with database.session() as session:
            from pimap_desktop.domain.enums import MeetingStatus
            from pimap_desktop.services.onsite.onsite import set_meeting_status

            mission = get_mission_by_code(session, "PW2027")
            ids = [m.id for m in list_meetings(session, mission.id)][:7]
            set_meeting_status(session, ids, MeetingStatus.HELD)
    finally:
        database.dispose()
    args = ["--db", str(printing_db_path), "b2b", "delete-session", "--mission", "PW2027"]
    assert main([*args, "--session", "1", "--yes"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "and 2 more" in err
