"""Editing and deleting a B2B session: the meetings that no longer fit are listed, removed and
their requests unscheduled again; held or followed-up meetings block; undo puts back exactly.

On the printing fixture: PW2027 scheduled, one session 13:30–17:30 (20-minute slots, 5-minute
breaks: 9 slots), 12 tables, 36 meetings from requests plus one locked meeting without a
request at the first slot of table 12.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import time
from typing import Any

import pytest
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    B2BSession,
    B2BTable,
    FollowUp,
    Meeting,
    ProgrammeItem,
    meeting_participants,
    programme_item_attendees,
)
from pimap_desktop.domain.rules import to_local
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b import sessions as svc
from pimap_desktop.services.b2b.scheduling.instance import build_plan
from tests.printing_fixtures import PrintableMission


def the_session(session: Session, mission_id: uuid.UUID) -> uuid.UUID:
    [row] = b2b.list_sessions(session, mission_id)
    return row.id


def state(session: Session, mission_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Every row a session change may touch, column for column (the version and who changed
    it aside: they move on, an undo being a change too), in id order."""
    session.expire_all()

    def rows(table: Table, *where: Any) -> list[dict[str, Any]]:
        found = [
            {k: v for k, v in r.items() if k not in ("version", "updated_by")}
            for r in session.execute(select(table).where(*where)).mappings()
        ]
        return sorted(found, key=lambda r: str(sorted(r.items())))

    sessions: Table = B2BSession.__table__  # type: ignore[assignment]
    tables: Table = B2BTable.__table__  # type: ignore[assignment]
    meetings: Table = Meeting.__table__  # type: ignore[assignment]
    items: Table = ProgrammeItem.__table__  # type: ignore[assignment]
    ids = [m["id"] for m in rows(meetings, meetings.c.mission_id == mission_id)]
    session_ids = [s["id"] for s in rows(sessions, sessions.c.mission_id == mission_id)]
    item_ids = [i["id"] for i in rows(items, items.c.mission_id == mission_id)]
    result = {
        "sessions": rows(sessions, sessions.c.mission_id == mission_id),
        "tables": rows(tables, tables.c.session_id.in_(session_ids)),
        "meetings": rows(meetings, meetings.c.mission_id == mission_id),
        "participants": rows(meeting_participants, meeting_participants.c.meeting_id.in_(ids)),
        "items": rows(items, items.c.mission_id == mission_id),
        "attendees": rows(
            programme_item_attendees, programme_item_attendees.c.programme_item_id.in_(item_ids)
        ),
    }
    session.commit()
    return result


def meetings_by_id(session: Session, mission_id: uuid.UUID) -> dict[uuid.UUID, b2b.MeetingRow]:
    return {m.id: m for m in b2b.list_meetings(session, mission_id)}


def held_requests(session: Session, mission_id: uuid.UUID) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The requests the scheduler would see: all of them, and those held by a kept meeting."""
    plan = build_plan(session, mission_id)
    held = {
        request_id
        for locked in plan.instance.locked
        if locked.request is not None
        for request_id in plan.requests[locked.request]
    }
    session.commit()
    return {r for ids in plan.requests for r in ids}, held


def test_session_data_gives_the_local_times_tables_and_names(
    printing_session: Session, printable: PrintableMission
) -> None:
    data = svc.session_data(printing_session, the_session(printing_session, printable.mission_id))
    assert (data.day.isoformat(), data.start, data.end) == (
        "2027-01-27",
        time(13, 30),
        time(17, 30),
    )
    assert (data.slot_minutes, data.break_minutes, data.tables) == (20, 5, 12)
    assert data.name == "EU–US B2B meetings" and len(data.table_names) == 12


def test_shortening_removes_the_cut_slots_and_their_requests_come_back_unscheduled(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    # Locked meetings hold their requests in the scheduler's plan: it shows what comes back.
    b2b.set_locked(s, [m.id for m in b2b.list_meetings(s, mission_id)], True)
    before = meetings_by_id(s, mission_id)
    cut = {m.id for m in before.values() if m.starts_local.time() >= time(16, 0)}
    assert cut, "the fixture has meetings in the last slots"
    shorter = replace(svc.session_data(s, session_id), end=time(16, 0))  # 6 slots left

    impact = svc.session_change_impact(s, session_id, shorter)
    assert {m.meeting_id for m in impact.removed} == cut and not impact.blocking
    assert all(m.reason == svc.SLOT_GONE for m in impact.removed)
    first = min(impact.removed, key=lambda m: (m.starts_local, m.table))
    assert first.describe().startswith("Wed 27 Jan 16:00, Table ")
    assert " – " in first.describe()
    all_requests, held = held_requests(s, mission_id)
    back = {before[m].request_id for m in cut} - {None}
    assert back and back <= held

    change = svc.update_session(s, session_id, shorter)

    after = meetings_by_id(s, mission_id)
    assert set(after) == set(before) - cut
    for meeting_id, row in after.items():  # the others did not move
        old = before[meeting_id]
        assert (row.starts_local, row.ends_local, row.table_id, row.participants) == (
            old.starts_local,
            old.ends_local,
            old.table_id,
            old.participants,
        )
    assert set(change.unscheduled_requests) == back
    still_all, still_held = held_requests(s, mission_id)
    assert still_all == all_requests and not back & still_held  # unscheduled again
    assert back <= {r.id for r in b2b.list_requests(s, mission_id)}
    [grid] = b2b.list_sessions(s, mission_id)
    assert len(grid.slots) == 6 and grid.ends_local.time() == time(16, 0)
    item = s.get(ProgrammeItem, s.get(B2BSession, session_id).programme_item_id)  # type: ignore[union-attr]
    assert item is not None and to_local(item.ends_at, "America/Los_Angeles").time() == time(16, 0)


def test_fewer_tables_remove_the_meetings_on_the_removed_tables_and_keep_names(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    data = svc.session_data(s, session_id)
    named = replace(data, table_names=("", "Salon Pacific", *data.table_names[2:]))
    svc.update_session(s, session_id, named)
    before = meetings_by_id(s, mission_id)
    on_removed = {m.id for m in before.values() if m.table in ("Table 11", "Table 12")}
    no_request = [m for m in before.values() if m.request_id is None]
    assert no_request and no_request[0].id in on_removed  # the hand-placed one on table 12

    change = svc.update_session(s, session_id, replace(data, tables=10, table_names=()))

    assert {m.meeting_id for m in change.removed} == on_removed
    assert all(m.reason == svc.TABLE_GONE for m in change.removed)
    removed_without = [m for m in change.removed if m.request_id is None]
    assert [m.meeting_id for m in removed_without] == [no_request[0].id]
    assert len(change.unscheduled_requests) == len(on_removed) - 1
    assert set(meetings_by_id(s, mission_id)) == set(before) - on_removed
    [row] = b2b.list_sessions(s, mission_id)
    assert [label for _, _, label in row.tables][:3] == ["Table 1", "Salon Pacific", "Table 3"]
    assert len(row.tables) == 10


def test_more_tables_and_a_longer_session_remove_nothing(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    before = state(s, mission_id)
    bigger = replace(svc.session_data(s, session_id), end=time(18, 30), tables=14)
    assert not svc.session_change_impact(s, session_id, bigger).affected

    change = svc.update_session(s, session_id, bigger)

    assert not change.removed and not change.ends_moved
    after = state(s, mission_id)
    assert after["meetings"] == before["meetings"]
    assert after["participants"] == before["participants"]
    [row] = b2b.list_sessions(s, mission_id)
    assert len(row.tables) == 14 and len(row.slots) == 12
    old_tables = {t["id"]: t["number"] for t in before["tables"]}
    assert {t["id"]: t["number"] for t in after["tables"] if t["id"] in old_tables} == old_tables


def test_shorter_slots_keep_the_meetings_at_the_same_starts_and_undo_restores_their_ends(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    before = state(s, mission_id)
    # 15 + 10 minutes: the same starts every 25 minutes, each meeting 5 minutes shorter.
    change = svc.update_session(
        s, session_id, replace(svc.session_data(s, session_id), slot_minutes=15, break_minutes=10)
    )
    assert not change.removed and len(change.ends_moved) == len(before["meetings"])
    assert all(
        (m.ends_local - m.starts_local).seconds == 15 * 60 for m in b2b.list_meetings(s, mission_id)
    )
    change.undo(s)
    assert state(s, mission_id) == before


def test_delete_removes_and_lists_every_meeting_and_undo_puts_all_back(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    before = state(s, mission_id)
    impact = svc.session_change_impact(s, session_id, None)
    assert impact.deleting and len(impact.removed) == len(before["meetings"]) == 37
    assert {m.reason for m in impact.removed} == {svc.SESSION_GONE}
    assert impact.requests_back == 36

    change = svc.delete_session(
        s, session_id, expected_removed=[m.meeting_id for m in impact.removed]
    )

    assert len(change.removed) == 37 and len(change.unscheduled_requests) == 36
    assert b2b.list_sessions(s, mission_id) == [] and b2b.list_meetings(s, mission_id) == []
    assert s.get(ProgrammeItem, change.session_row["programme_item_id"]) is None
    all_requests, held = held_requests_without_sessions(s, mission_id)
    assert set(change.unscheduled_requests) <= all_requests and not held

    change.undo(s)
    assert state(s, mission_id) == before


def held_requests_without_sessions(
    session: Session, mission_id: uuid.UUID
) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """With no session the scheduler has nothing to plan; the requests are all there still and
    no meeting holds any."""
    ids = {r.id for r in b2b.list_requests(session, mission_id)}
    held = {m.request_id for m in b2b.list_meetings(session, mission_id)} - {None}
    return ids, held  # type: ignore[return-value]


def test_undo_restores_ids_places_participants_and_table_names_exactly(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    data = svc.session_data(s, session_id)
    names = tuple(f"Booth {n}" for n in range(1, 13))
    svc.update_session(s, session_id, replace(data, table_names=names))
    before = state(s, mission_id)

    change = svc.update_session(
        s, session_id, replace(data, start=time(14, 20), end=time(16, 0), tables=9, name="Short")
    )
    assert change.removed and state(s, mission_id) != before
    item = s.get(ProgrammeItem, change.session_row["programme_item_id"])
    assert item is not None and item.title == "Short"  # the block follows the session
    assert to_local(item.starts_at, "America/Los_Angeles").time() == time(14, 20)
    s.commit()
    change.undo(s)

    assert state(s, mission_id) == before
    [row] = b2b.list_sessions(s, mission_id)
    assert [label for _, _, label in row.tables] == list(names)


def test_a_held_meeting_blocks_shortening_with_its_names_and_nothing_changes(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    last = max(b2b.list_meetings(s, mission_id), key=lambda m: m.starts_local)
    s.get(Meeting, last.id).status = MeetingStatus.HELD  # type: ignore[union-attr]
    s.commit()
    before = state(s, mission_id)
    shorter = replace(svc.session_data(s, session_id), end=time(16, 0))

    impact = svc.session_change_impact(s, session_id, shorter)
    assert [m.meeting_id for m in impact.blocking] == [last.id]
    with pytest.raises(ValidationError) as raised:
        svc.update_session(s, session_id, shorter)

    assert last.names in str(raised.value) and "held" in str(raised.value)
    assert state(s, mission_id) == before


def test_a_followed_up_meeting_blocks_deleting_the_session(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    meeting = b2b.list_meetings(s, mission_id)[0]
    s.add(
        FollowUp(
            id=uuid.uuid4(),
            mission_id=mission_id,
            meeting_id=meeting.id,
            outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
        )
    )
    s.commit()
    before = state(s, mission_id)
    with pytest.raises(ValidationError, match="followed up"):
        svc.delete_session(s, session_id)
    assert state(s, mission_id) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"start": time(15, 0), "end": time(14, 0)}, "to"),
        ({"day": __import__("datetime").date(2027, 2, 3)}, "date"),
        ({"tables": 0}, "tables"),
    ],
)
def test_invalid_data_is_refused_and_nothing_changes(
    printing_session: Session, printable: PrintableMission, change: dict[str, Any], field: str
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    before = state(s, mission_id)
    wrong = replace(svc.session_data(s, session_id), **change)
    with pytest.raises(ValidationError) as raised:
        svc.session_change_impact(s, session_id, wrong)
    assert raised.value.field == field
    with pytest.raises(ValidationError):
        svc.update_session(s, session_id, wrong)
    assert state(s, mission_id) == before


def test_a_change_of_meetings_since_the_confirmation_is_refused(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    shorter = replace(svc.session_data(s, session_id), end=time(16, 0))
    confirmed = [m.meeting_id for m in svc.session_change_impact(s, session_id, shorter).removed]
    before = state(s, mission_id)
    with pytest.raises(ValidationError, match="changed since you looked"):
        svc.update_session(s, session_id, shorter, expected_removed=confirmed[1:])
    assert state(s, mission_id) == before


def test_undo_is_refused_when_the_pair_was_scheduled_again_since(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    change = svc.update_session(
        s, session_id, replace(svc.session_data(s, session_id), end=time(16, 0))
    )
    request_id = change.unscheduled_requests[0]
    b2b.fit_request(s, mission_id, request_id)  # the pair meets again, in a remaining slot
    before = state(s, mission_id)

    with pytest.raises(ValidationError, match="meet again since"):
        change.undo(s)
    assert state(s, mission_id) == before


def test_undo_is_refused_when_a_meeting_sits_where_the_old_grid_has_no_slot(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    data = svc.session_data(s, session_id)
    change = svc.update_session(s, session_id, replace(data, end=time(18, 30)))  # 3 more slots
    meeting = b2b.list_meetings(s, mission_id)[0]
    [row] = b2b.list_sessions(s, mission_id)
    b2b.move_meeting(s, meeting.id, b2b.MeetingPlace(session_id, 10, row.tables[0][0]))
    before = state(s, mission_id)

    with pytest.raises(ValidationError, match="slots or tables it did not have"):
        change.undo(s)
    assert state(s, mission_id) == before


def test_undo_of_a_delete_is_refused_when_a_person_meets_someone_else_at_that_time(
    printing_session: Session, printable: PrintableMission
) -> None:
    s, mission_id = printing_session, printable.mission_id
    session_id = the_session(s, mission_id)
    data = svc.session_data(s, session_id)
    change = svc.delete_session(s, session_id)
    gone = change.removed[0]
    people = [
        link["registration_id"]
        for link in change.participants
        if link["meeting_id"] == gone.meeting_id
    ]
    # A new session at the same times, and one of them meets someone else at that slot.
    new_id = b2b.add_session(s, mission_id, replace(data, name="Again", tables=1))
    [row] = b2b.list_sessions(s, mission_id)
    position = [start for start, _ in row.slots].index(gone.starts_local)
    partner = next(
        link["registration_id"]
        for link in change.participants
        if link["registration_id"] not in people
    )
    b2b.create_meeting(
        s, mission_id, b2b.MeetingPlace(new_id, position, row.tables[0][0]), [people[0], partner]
    )
    before = state(s, mission_id)

    with pytest.raises(ValidationError, match="at that time"):
        change.undo(s)
    assert state(s, mission_id) == before


# --------------------------------------------------------------------------- review fixes


def _first_slot_meeting(session: Session, mission_id: uuid.UUID) -> b2b.MeetingRow:
    """A scheduled meeting from a request at 13:30 (the first slot)."""
    return next(
        m
        for m in b2b.list_meetings(session, mission_id)
        if m.request_id is not None
        and m.status is MeetingStatus.SCHEDULED
        and (m.starts_local.hour, m.starts_local.minute) == (13, 30)
    )


def test_a_kept_meeting_whose_longer_slot_runs_into_a_programme_item_goes(
    printing_session: Session, printable: PrintableMission
) -> None:
    from datetime import datetime

    from pimap_desktop.domain.enums import Audience, ProgrammeItemKind
    from pimap_desktop.services.missions.missions import ProgrammeItemData, create_programme_item

    mission_id = printable.mission_id
    b2b_id = the_session(printing_session, mission_id)
    meeting = _first_slot_meeting(printing_session, mission_id)
    person = printing_session.get(Meeting, meeting.id).participants[0].id  # type: ignore[union-attr]
    create_programme_item(
        printing_session,
        mission_id,
        ProgrammeItemData(
            kind=ProgrammeItemKind.OTHER,
            title="Press call",
            starts_local=datetime(2027, 1, 27, 13, 52),
            ends_local=datetime(2027, 1, 27, 14, 10),
            audience=Audience.NAMED,
            attendee_ids=(person,),
        ),
    )
    data = replace(svc.session_data(printing_session, b2b_id), slot_minutes=25, break_minutes=0)
    impact = svc.session_change_impact(printing_session, b2b_id, data)
    going = {m.meeting_id: m.reason for m in impact.removed}
    assert going.get(meeting.id) == svc.PEOPLE_BUSY


def test_held_meetings_keep_their_recorded_times_and_undo_restores_meetings_placed_since(
    printing_session: Session, printable: PrintableMission
) -> None:
    from pimap_desktop.services.onsite.onsite import set_meeting_status

    mission_id = printable.mission_id
    b2b_id = the_session(printing_session, mission_id)
    held = _first_slot_meeting(printing_session, mission_id)
    set_meeting_status(printing_session, [held.id], MeetingStatus.HELD)
    before = printing_session.get(Meeting, held.id).ends_at  # type: ignore[union-attr]
    data = replace(svc.session_data(printing_session, b2b_id), slot_minutes=25, break_minutes=0)
    change = svc.update_session(printing_session, b2b_id, data)
    printing_session.expire_all()
    assert printing_session.get(Meeting, held.id).ends_at == before  # type: ignore[union-attr]
    # A meeting placed on the changed grid: after undo it ends with its old slot again.
    kept = next(
        m
        for m in b2b.list_meetings(printing_session, mission_id)
        if m.status is MeetingStatus.SCHEDULED
        and m.id not in {r.meeting_id for r in change.removed}
    )
    place = b2b.place_of(printing_session, kept.id)
    change.undo(printing_session)
    printing_session.expire_all()
    grid = {
        s.starts_at: s.ends_at for s in b2b.session_slots(printing_session.get(B2BSession, b2b_id))
    }  # type: ignore[arg-type]
    for m in printing_session.scalars(select(Meeting).where(Meeting.session_id == b2b_id)):
        if m.status is MeetingStatus.SCHEDULED:
            assert m.ends_at == grid[m.starts_at], place


def test_undo_after_the_programme_block_was_deleted_brings_the_session_back_without_it(
    printing_session: Session, printable: PrintableMission
) -> None:
    from pimap_desktop.services.missions.missions import delete_programme_item

    mission_id = printable.mission_id
    b2b_id = the_session(printing_session, mission_id)
    block = printing_session.get(B2BSession, b2b_id).programme_item_id  # type: ignore[union-attr]
    assert block is not None
    data = replace(svc.session_data(printing_session, b2b_id), tables=14)
    change = svc.update_session(printing_session, b2b_id, data)
    delete_programme_item(printing_session, block)
    change.undo(printing_session)
    printing_session.expire_all()
    restored = printing_session.get(B2BSession, b2b_id)
    assert restored is not None and restored.programme_item_id is None
    assert len(restored.tables) == 12


def test_a_window_that_the_clock_change_leaves_without_a_slot_is_refused(
    printing_session: Session, printable: PrintableMission
) -> None:
    """13 March 2027 → 14 March: 01:30–03:30 in Los Angeles is one real hour."""
    from datetime import date

    from pimap_desktop.domain.models import Mission

    mission = printing_session.get(Mission, printable.mission_id)
    assert mission is not None
    mission.end_date = date(2027, 3, 20)
    printing_session.commit()
    b2b_id = the_session(printing_session, printable.mission_id)
    data = replace(
        svc.session_data(printing_session, b2b_id),
        day=date(2027, 3, 14),
        start=time(1, 30),
        end=time(3, 30),
        slot_minutes=90,
        break_minutes=0,
    )
    with pytest.raises(ValidationError, match="No meeting slot"):
        svc.session_change_impact(printing_session, b2b_id, data)
