"""Two coordinators, one table and slot: the database keeps one meeting per table and start
(migration 0008), so when both pass the program's check and both write, the second is refused
in one line and the first's meeting stays where they put it. On SQLite and PostgreSQL alike.

The two coordinators are two ``Database`` objects on the same database (their own engines and
connections). The race is interleaved by hand, never by threads: my check runs and passes, the
colleague's change is committed, then my write goes on from the check I made.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Meeting
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b import sessions as b2b_sessions
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.store.database import Database, open_database
from tests.factories import add_person

# Table 4 at 10:30 (San Francisco): the fourth 30-minute slot from 09:00, the fourth table.
TAKEN = (
    "Table 4 at 10:30 was just taken by another meeting (a colleague's change); "
    "nothing was changed."
)


def at(hour: int, minute: int) -> datetime:
    """That time on the session's day in San Francisco, in UTC."""
    local = datetime(2027, 1, 27, hour, minute, tzinfo=ZoneInfo("America/Los_Angeles"))
    return local.astimezone(UTC)


@dataclass
class Grid:
    session_id: uuid.UUID
    tables: tuple[uuid.UUID, ...]  # by number
    mine: uuid.UUID  # my meeting: A and B at 09:00, table 1
    theirs: uuid.UUID  # the colleague's: C and D at 09:30, table 2

    @property
    def contested(self) -> b2b.MeetingPlace:
        return b2b.MeetingPlace(self.session_id, 3, self.tables[3])


@pytest.fixture
def colleague(db_path: Path | str) -> Iterator[Database]:
    """A second coordinator on the same database, through connections of their own."""
    other = open_database(db_path)
    try:
        yield other
    finally:
        other.dispose()


@pytest.fixture
def people(session: Session, mission_id: uuid.UUID) -> list[uuid.UUID]:
    persons = [add_person(session, n.upper(), "Test", f"{n}@x.example") for n in "abcdef"]
    return regs.register_people(session, mission_id, [p.id for p in persons]).registered


@pytest.fixture
def grid(session: Session, mission_id: uuid.UUID, people: list[uuid.UUID]) -> Grid:
    a, b, c, d, _e, _f = people
    data = b2b.SessionData(
        day=date(2027, 1, 27),
        start=time(9, 0),
        end=time(12, 0),
        slot_minutes=30,
        break_minutes=0,
        tables=4,
        name="B2B",
    )
    session_id = b2b.add_session(session, mission_id, data)
    [row] = b2b.list_sessions(session, mission_id)
    tables = tuple(t[0] for t in row.tables)
    mine = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 0, tables[0]), [a, b]
    )
    theirs = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 1, tables[1]), [c, d]
    )
    return Grid(session_id, tables, mine, theirs)


def _where(db: Database, meeting_id: uuid.UUID) -> tuple[int | None, uuid.UUID | None]:
    """A meeting's slot and table as stored now (read through a fresh session)."""
    with db.session() as fresh:
        return b2b.place_of(fresh, meeting_id).position, b2b.place_of(fresh, meeting_id).table_id


def _checked_before(found: list[str]) -> Callable[..., list[str]]:
    """A check that answers what it answered before the colleague's change landed."""

    def check(*_args: Any, **_kwargs: Any) -> list[str]:
        return found

    return check


def test_a_move_onto_the_table_a_colleague_just_took_is_refused_and_theirs_stays(
    db: Database, grid: Grid, colleague: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as mine:
        checked = b2b.move_conflicts(mine, grid.mine, grid.contested)
    assert checked == []  # the place is free when I look

    with colleague.session() as theirs:  # the colleague's move lands first
        b2b.move_meeting(theirs, grid.theirs, grid.contested)

    monkeypatch.setattr(b2b, "move_conflicts", _checked_before(checked))
    with db.session() as mine, pytest.raises(ValidationError) as refused:
        b2b.move_meeting(mine, grid.mine, grid.contested)

    assert str(refused.value) == TAKEN
    assert _where(db, grid.theirs) == (3, grid.tables[3])  # theirs intact
    assert _where(db, grid.mine) == (0, grid.tables[0])  # mine where it was


def test_truly_concurrent_moves_the_second_write_is_refused_by_the_database(
    db: Database, grid: Grid, colleague: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """My move's check runs inside my transaction and passes; the colleague's move is committed
    right then (before my write); my write meets it in the database."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip(
            "on SQLite a writer holds the file from the start of its transaction (BEGIN "
            "IMMEDIATE): a colleague cannot commit between its check and its write"
        )
    real_check, real_move = b2b.move_conflicts, b2b.move_meeting
    landed: list[bool] = []

    def check_then_colleague_moves(session: Session, meeting_id: uuid.UUID, to: Any) -> list[str]:
        found = real_check(session, meeting_id, to)
        if meeting_id == grid.mine and not landed:
            with colleague.session() as theirs:
                real_move(theirs, grid.theirs, grid.contested)
            landed.append(True)
        return found

    monkeypatch.setattr(b2b, "move_conflicts", check_then_colleague_moves)
    with db.session() as mine, pytest.raises(ValidationError) as refused:
        b2b.move_meeting(mine, grid.mine, grid.contested)

    assert landed == [True]
    assert str(refused.value) == TAKEN
    assert _where(db, grid.theirs) == (3, grid.tables[3])
    assert _where(db, grid.mine) == (0, grid.tables[0])


def test_placing_a_meeting_where_a_colleague_just_placed_one_is_refused(
    db: Database,
    mission_id: uuid.UUID,
    grid: Grid,
    people: list[uuid.UUID],
    colleague: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _b, c, _d, e, f = people
    with db.session() as mine:
        checked = b2b.conflicts(
            mine,
            b2b=mine.get_one(b2b.B2BSession, grid.session_id),
            position=grid.contested.position,
            table_id=grid.contested.table_id,
            registration_ids=[e, f],
        )
    assert checked == []
    with colleague.session() as theirs:
        placed = b2b.create_meeting(theirs, mission_id, grid.contested, [c, a])

    monkeypatch.setattr(b2b, "conflicts", _checked_before(checked))
    with db.session() as mine, pytest.raises(ValidationError) as refused:
        b2b.create_meeting(mine, mission_id, grid.contested, [e, f])

    assert str(refused.value) == TAKEN
    with db.session() as fresh:
        at_the_table = fresh.scalars(
            select(Meeting.id).where(Meeting.table_id == grid.contested.table_id)
        ).all()
        assert at_the_table == [placed]  # theirs only; mine was not written
    assert _where(db, placed) == (3, grid.tables[3])


def test_undoing_a_session_change_onto_a_table_a_colleague_just_took_is_refused(
    db: Database,
    mission_id: uuid.UUID,
    grid: Grid,
    people: list[uuid.UUID],
    colleague: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An undo that puts removed meetings back (their rows inserted as they were) meets the
    database's refusal too, said the same way, and nothing of it is written."""
    a, _b, _c, _d, e, f = people
    with db.session() as mine:
        b2b.move_meeting(mine, grid.mine, grid.contested)
        # A can meet until 11:00 only: with 45-minute slots, my 10:30 meeting would end later.
        b2b.set_availability(mine, a, [(at(9, 0), at(11, 0))])
        longer = replace(
            b2b_sessions.session_data(mine, grid.session_id), slot_minutes=45, break_minutes=0
        )
        change = b2b_sessions.update_session(mine, grid.session_id, longer)
    assert {m.meeting_id: m.reason for m in change.removed}[grid.mine] == b2b_sessions.PEOPLE_BUSY
    with colleague.session() as theirs:  # 10:30 is still a slot: the colleague takes table 4
        placed = b2b.create_meeting(
            theirs, mission_id, b2b.MeetingPlace(grid.session_id, 2, grid.tables[3]), [e, f]
        )

    monkeypatch.setattr(b2b_sessions, "_check_meetings_can_return", lambda *_a: None)
    with db.session() as mine, pytest.raises(ValidationError) as refused:
        change.undo(mine)

    assert str(refused.value) == TAKEN
    assert _where(db, placed) == (2, grid.tables[3])  # theirs intact, on the 45-minute grid
    with db.session() as fresh:
        assert fresh.get(Meeting, grid.mine) is None  # mine not put back
        assert b2b_sessions.session_data(fresh, grid.session_id).slot_minutes == 45


def test_a_cancelled_meeting_does_not_hold_its_table(
    db: Database, session: Session, mission_id: uuid.UUID, grid: Grid, people: list[uuid.UUID]
) -> None:
    """Only meetings that hold their table count: a cancelled one gives it away."""
    _a, _b, _c, _d, e, f = people
    b2b.move_meeting(session, grid.mine, grid.contested)
    with db.session() as s:
        s.get_one(Meeting, grid.mine).status = MeetingStatus.CANCELLED
        s.commit()
    placed = b2b.create_meeting(session, mission_id, grid.contested, [e, f])
    assert _where(db, placed) == (3, grid.tables[3])


def test_the_database_refuses_a_second_meeting_at_one_table_and_start(
    db: Database, grid: Grid
) -> None:
    """The guarantee itself, below every service."""
    with db.session() as s:
        mine = s.get_one(Meeting, grid.mine)
        theirs = s.get_one(Meeting, grid.theirs)
        mine.table_id, mine.starts_at, mine.ends_at = (
            theirs.table_id,
            theirs.starts_at,
            theirs.ends_at,
        )
        with pytest.raises(IntegrityError) as raised:
            s.commit()
        s.rollback()
    assert b2b.is_table_taken(raised.value)
