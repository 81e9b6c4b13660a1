"""B2B sessions, requests, availability, meetings and the plan handed to the scheduler."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    Audience,
    ProgrammeItemKind,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Availability, B2BSession, ProgrammeItem
from pimap_desktop.services.b2b import imports as b2b_imports
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b.scheduling.instance import build_plan, request_weight
from pimap_desktop.services.missions.missions import ProgrammeItemData, create_programme_item
from pimap_desktop.services.registrations.registrations import register_people, set_status
from tests.factories import add_person
from tests.printing_fixtures import PrintableMission

SESSION = b2b.SessionData(
    day=date(2027, 1, 27),
    start=time(13, 30),
    end=time(17, 30),
    slot_minutes=20,
    break_minutes=5,
    tables=3,
    name="EU–US B2B meetings",
)


def _import_requests(session, mission_id, headers, rows, name):  # type: ignore[no-untyped-def]
    table = b2b_imports.table_from_rows(name, headers, rows)
    return b2b_imports.import_requests(session, mission_id, table).report


def _import_availability(session, mission_id, headers, rows, name):  # type: ignore[no-untyped-def]
    table = b2b_imports.table_from_rows(name, headers, rows)
    return b2b_imports.import_availability(session, mission_id, table).report


@pytest.fixture
def people(session: Session, mission_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """Four registrations: a, b, c, d (e-mails a@x.example ...)."""
    persons = [add_person(session, n.upper(), "Test", f"{n}@x.example") for n in "abcd"]
    ids = register_people(session, mission_id, [p.id for p in persons]).registered
    return dict(zip("abcd", ids, strict=True))


def test_session_cut_into_slots_in_local_time(session: Session, mission_id: uuid.UUID) -> None:
    session_id = b2b.add_session(session, mission_id, SESSION)
    [row] = b2b.list_sessions(session, mission_id)
    assert row.id == session_id and row.name == "EU–US B2B meetings"
    assert len(row.slots) == 9  # 13:30, 13:55, ... 16:50-17:10
    assert (row.slots[0][0].strftime("%H:%M"), row.slots[-1][1].strftime("%H:%M")) == (
        "13:30",
        "17:10",
    )
    assert [label for _, _, label in row.tables] == ["Table 1", "Table 2", "Table 3"]
    stored = session.get(B2BSession, session_id)
    assert stored is not None and stored.starts_at == datetime(2027, 1, 27, 21, 30, tzinfo=UTC)
    item = session.get(ProgrammeItem, stored.programme_item_id)
    assert item is not None and item.kind is ProgrammeItemKind.B2B_SESSION


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"day": date(2027, 2, 10)}, "date"),
        ({"end": time(13, 0)}, "to"),
        ({"slot_minutes": 0}, "slot_minutes"),
        ({"tables": 0}, "tables"),
        ({"end": time(13, 40)}, "slot_minutes"),
    ],
)
def test_bad_session_is_refused(
    session: Session, mission_id: uuid.UUID, change: dict[str, object], field: str
) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError) as caught:
        b2b.add_session(session, mission_id, replace(SESSION, **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert session.scalars(select(B2BSession)).all() == []


def test_import_requests_reports_unknown_and_self_requests_by_row(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    rows = [
        (2, ("a@x.example", "b@x.example", "1")),
        (3, ("B@X.example ", "a@x.example", "")),
        (4, ("a@x.example", "nobody@x.example", "2")),
        (5, ("c@x.example", "c@x.example", "2")),
        (6, ("c@x.example", "d@x.example", "5")),
    ]
    report = _import_requests(
        session, mission_id, ["requester_email", "target_email", "priority"], rows, "requests.csv"
    )
    assert (report.created, report.updated) == (2, 0)
    assert {(p.row, p.field) for p in report.problems} == {
        (4, "target_email"),
        (5, "target_email"),
        (6, "priority"),
    }
    requests = b2b.list_requests(session, mission_id)
    assert {(r.requester, r.target, r.priority, r.mutual) for r in requests} == {
        ("A Test", "B Test", 1, True),
        ("B Test", "A Test", 2, True),
    }
    again = _import_requests(
        session, mission_id, ["requester_email", "target_email", "priority"], rows[:2], "r.csv"
    )
    assert (again.created, again.unchanged) == (0, 2)


def test_import_requires_the_columns(session: Session, mission_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError, match="target_email"):
        _import_requests(session, mission_id, ["requester_email", "priority"], [], "r.csv")


def test_availability_windows_in_local_time_replace_earlier_ones(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    headers = ["email", "start", "end"]
    _import_availability(
        session,
        mission_id,
        headers,
        [(2, ("a@x.example", "2027-01-27T13:30", "2027-01-27T15:00"))],
        "a.csv",
    )
    report = _import_availability(
        session,
        mission_id,
        headers,
        [
            (2, ("a@x.example", "2027-01-27T15:00", "2027-01-27T17:30")),
            (3, ("a@x.example", "2027-01-27 09:00", "2027-01-27 08:00")),
            (4, ("zz@x.example", "2027-01-27T15:00", "2027-01-27T17:30")),
        ],
        "a.csv",
    )
    assert report.created == 1
    assert {(p.row, p.field) for p in report.problems} == {(3, "end"), (4, "email")}
    [window] = session.scalars(select(Availability)).all()
    assert window.starts_at == datetime(2027, 1, 27, 23, 0, tzinfo=UTC)  # 15:00 PST


def test_plan_merges_mutual_requests_and_respects_availability_and_programme(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    b2b.add_session(session, mission_id, SESSION)
    for requester, target, priority in (("a", "b", 1), ("b", "a", 2), ("a", "c", 3), ("c", "d", 2)):
        b2b.set_request(session, mission_id, people[requester], people[target], priority)
    declined = b2b.set_request(session, mission_id, people["d"], people["a"], 1)
    b2b.update_request(session, declined, status=RequestStatus.DECLINED)
    set_status(session, [people["d"]], RegistrationStatus.CANCELLED)
    _import_availability(
        session,
        mission_id,
        ["email", "start", "end"],
        [(2, ("b@x.example", "2027-01-27T15:00", "2027-01-27T17:30"))],
        "a.csv",
    )
    create_programme_item(
        session,
        mission_id,
        ProgrammeItemData(
            kind=ProgrammeItemKind.BRIEFING,
            title="Press call",
            starts_local=datetime(2027, 1, 27, 13, 30),
            ends_local=datetime(2027, 1, 27, 14, 0),
            audience=Audience.NAMED,
            attendee_ids=(people["c"],),
        ),
    )
    plan = build_plan(session, mission_id)
    instance = plan.instance
    names = dict(zip(plan.registrations, range(instance.participants), strict=True))
    assert instance.participants == 3  # d cancelled
    assert {(r.a, r.b, r.weight) for r in instance.requests} == {
        (*tuple(sorted((names[people["a"]], names[people["b"]]))), request_weight([1, 2])),
        (*tuple(sorted((names[people["a"]], names[people["c"]]))), request_weight([3])),
    }
    assert len(instance.available[names[people["a"]]]) == 9
    assert min(instance.available[names[people["b"]]]) == 4  # 15:05 is the first whole slot
    assert 0 not in instance.available[names[people["c"]]]  # the press call
    assert 1 not in instance.available[names[people["c"]]]  # 13:55-14:15 overlaps its end
    assert 2 in instance.available[names[people["c"]]]
    assert instance.tables == (3,)


def test_mutual_counts_more_than_any_single_request() -> None:
    assert request_weight([3, 3]) > request_weight([1])


def test_schedule_export_columns(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    session_id = b2b.add_session(session, mission_id, SESSION)
    [row] = b2b.list_sessions(session, mission_id)
    b2b.create_meeting(
        session,
        mission_id,
        b2b.MeetingPlace(session_id, 2, row.tables[1][0]),
        [people["a"], people["b"]],
    )
    [line] = b2b.schedule_rows(session, mission_id)
    assert len(line) == len(b2b.SCHEDULE_COLUMNS)
    assert line == [
        "2027-01-27T14:20-08:00",
        "2027-01-27T14:40-08:00",
        "EU–US B2B meetings",
        "Table 2",
        "A Test",
        "",  # no organisation
        "a@x.example",
        "B Test",
        "",
        "b@x.example",
        "Scheduled",
    ]


def test_moving_a_meeting_onto_a_clash_is_refused_with_the_reason(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    session_id = b2b.add_session(session, mission_id, SESSION)
    [row] = b2b.list_sessions(session, mission_id)
    t1, t2 = row.tables[0][0], row.tables[1][0]
    first = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 0, t1), [people["a"], people["b"]]
    )
    second = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 1, t1), [people["a"], people["c"]]
    )
    with pytest.raises(ValidationError, match="A Test is already meeting B Test"):
        b2b.move_meeting(session, second, b2b.MeetingPlace(session_id, 0, t2))
    with pytest.raises(ValidationError, match="Table 1 is taken"):
        b2b.move_meeting(session, second, b2b.MeetingPlace(session_id, 0, t1))
    before = b2b.move_meeting(session, second, b2b.MeetingPlace(session_id, 3, t2))
    assert before == b2b.MeetingPlace(session_id, 1, t1)
    moved = {m.id: m for m in b2b.list_meetings(session, mission_id)}
    assert (moved[second].position, moved[second].table, moved[second].locked) == (
        3,
        "Table 2",
        True,
    )
    assert moved[first].position == 0


def test_undoing_a_scheduler_run_keeps_follow_ups_on_their_meetings(
    printing_session: Session, printable: PrintableMission
) -> None:
    """A snapshot's undo deletes and re-inserts the meetings: their follow-ups stay linked."""
    from pimap_desktop.domain.enums import FollowUpOutcome
    from pimap_desktop.domain.models import FollowUp
    from pimap_desktop.services.followup.followup import quick_followup

    meeting_id = b2b.list_meetings(printing_session, printable.mission_id)[0].id
    followup_id = quick_followup(printing_session, meeting_id, FollowUpOutcome.PROPOSAL_SENT)
    snapshot = b2b.snapshot_meetings(printing_session, printable.mission_id)
    snapshot.undo(printing_session)
    followup = printing_session.get(FollowUp, followup_id)
    assert followup is not None and followup.meeting_id == meeting_id
