"""Running the scheduler on a mission that has one already: what stays, what is replaced.

On a copy of the demo with Photonics West 2027 scheduled (tests/printing_fixtures.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import FollowUp, Meeting
from pimap_desktop.services.b2b.scheduling.instance import schedule_mission
from pimap_desktop.services.followup.followup import FollowUpData, create_followup
from pimap_desktop.store.database import Database, open_database
from tests.printing_fixtures import PrintableMission


@pytest.fixture
def demo(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


@dataclass(frozen=True)
class Place:
    """Where a meeting is and who is in it, as stored."""

    session_id: uuid.UUID | None
    table_id: uuid.UUID | None
    starts_at: datetime
    status: MeetingStatus
    locked: bool
    people: frozenset[uuid.UUID]


def places(db: Database, mission_id: uuid.UUID) -> dict[uuid.UUID, Place]:
    """Every meeting of the mission, read here independently of the services."""
    with db.session() as session:
        meetings = session.scalars(select(Meeting).where(Meeting.mission_id == mission_id)).all()
        return {
            m.id: Place(
                m.session_id,
                m.table_id,
                m.starts_at,
                m.status,
                m.locked,
                frozenset(r.id for r in m.participants),
            )
            for m in meetings
        }


def replaceable(found: dict[uuid.UUID, Place]) -> list[uuid.UUID]:
    """Meetings a run may replace: scheduled, unlocked, between two people; in a fixed order."""
    return sorted(
        (
            meeting_id
            for meeting_id, p in found.items()
            if p.status is MeetingStatus.SCHEDULED and not p.locked and len(p.people) == 2
        ),
        key=lambda meeting_id: (found[meeting_id].starts_at, str(meeting_id)),
    )


def follow_up(db: Database, meeting_id: uuid.UUID) -> uuid.UUID:
    with db.session() as session:
        return create_followup(
            session,
            FollowUpData(
                outcome=FollowUpOutcome.FOLLOWUP_MEETING_PLANNED,
                next_action="Send the deck",
                meeting_id=meeting_id,
            ),
        )


def meeting_of(db: Database, followup_id: uuid.UUID) -> uuid.UUID | None:
    with db.session() as session:
        return session.scalar(select(FollowUp.meeting_id).where(FollowUp.id == followup_id))


def test_a_scheduled_meeting_with_a_follow_up_stays_where_it_is_when_scheduling_again(
    demo: Database, printable: PrintableMission
) -> None:
    mission_id = printable.mission_id
    before = places(demo, mission_id)
    candidates = replaceable(before)
    assert len(candidates) > 10, "the demo's PW2027 has scheduled meetings to replace"
    kept_id = candidates[len(candidates) // 2]
    followup_id = follow_up(demo, kept_id)

    report = schedule_mission(demo.session, mission_id, time_limit=5, seed=7, method="greedy")

    after = places(demo, mission_id)
    assert meeting_of(demo, followup_id) == kept_id  # still its meeting
    assert after.get(kept_id) == before[kept_id]  # the same place, people and status
    # The pair is not given a second meeting, and it counts as scheduled.
    pair = before[kept_id].people
    assert [m for m, p in after.items() if p.people == pair] == [kept_id]
    assert report.scheduled >= 1 and report.locked >= 1
    # The meetings without a follow-up were replaced, as before.
    others = [m for m in candidates if m != kept_id]
    assert not any(m in after for m in others)


def test_a_follow_up_recorded_while_the_scheduler_runs_stops_it_writing(
    demo: Database, printable: PrintableMission
) -> None:
    """The plan kept the meetings that stayed when it was read; a meeting followed up since
    would be replaced under its follow-up, or double-book its people: nothing is written."""
    mission_id = printable.mission_id
    before = places(demo, mission_id)
    target = replaceable(before)[0]
    recorded: list[uuid.UUID] = []

    def meanwhile(_done: int, _total: int) -> None:
        if not recorded:
            recorded.append(follow_up(demo, target))

    with pytest.raises(ValidationError) as refused:
        schedule_mission(
            demo.session, mission_id, time_limit=5, method="greedy", progress=meanwhile
        )

    assert "schedule again" in str(refused.value)
    assert recorded and meeting_of(demo, recorded[0]) == target
    assert places(demo, mission_id) == before  # the schedule as it was
