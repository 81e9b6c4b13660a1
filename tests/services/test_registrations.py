"""Registrations in a mission: add, edit, bulk status, remove and put back, delegations."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    Availability,
    Cluster,
    Meeting,
    MeetingRequest,
    Registration,
)
from pimap_desktop.services.registrations import registrations as svc
from pimap_desktop.services.unit import transaction
from tests.factories import add_organisation, add_person


@pytest.fixture
def people(session: Session) -> list[uuid.UUID]:
    with transaction(session):
        fr = Cluster(name="Pôle Lumière Atlantique", country="FR", timezone="Europe/Paris")
        fi = Cluster(name="Revontuli Business Agency", country="FI", timezone="Europe/Helsinki")
        session.add_all([fr, fi])
    a = add_organisation(session, "Lumiphos Optique SAS", "FR", cluster_id=fr.id)
    b = add_organisation(session, "Kaamos RF Oy", "FI", cluster_id=fi.id)
    return [
        add_person(session, "Élise", "Marchand", "em@lumiphos.example", organisation=a).id,
        add_person(session, "Jeanne", "Martin", "jm@lumiphos.example", organisation=a).id,
        add_person(session, "Aarne", "Väisänen", "av@kaamos.example", organisation=b).id,
    ]


def test_register_people_once_each(
    session: Session, mission_id: uuid.UUID, people: list[uuid.UUID]
) -> None:
    first = svc.register_people(session, mission_id, people[:2])
    again = svc.register_people(session, mission_id, people)
    assert len(first.registered) == 2 and len(again.registered) == 1 and again.already == 2
    rows = svc.list_registrations(session, mission_id)
    assert [r.last_name for r in rows] == ["Marchand", "Martin", "Väisänen"]
    assert {r.role for r in rows} == {RegistrationRole.DELEGATE}
    assert rows[2].cluster == "Revontuli Business Agency" and rows[2].country == "FI"


def test_travel_times_are_mission_local_and_checked(
    session: Session, mission_id: uuid.UUID, people: list[uuid.UUID]
) -> None:
    [reg] = svc.register_people(session, mission_id, people[:1]).registered
    data = svc.RegistrationData(
        role=RegistrationRole.SPEAKER,
        status=RegistrationStatus.CONFIRMED,
        arrival_local=datetime(2027, 1, 23, 15, 40),
        departure_local=datetime(2027, 1, 29, 20, 10),
        hotel="Hotel Mariposa",
        badge_name="Élise",
        diet="vegetarian",
    )
    svc.update_registration(session, reg, data)
    stored = session.get(Registration, reg)
    assert stored is not None and stored.arrival_at == datetime(2027, 1, 23, 23, 40, tzinfo=UTC)
    assert svc.registration_data(session, reg) == data
    assert stored.person.dietary_needs == "vegetarian"  # the diet follows the person
    with pytest.raises(ValidationError, match="after the departure"):
        svc.update_registration(
            session,
            reg,
            svc.RegistrationData(
                role=RegistrationRole.DELEGATE,
                status=RegistrationStatus.CONFIRMED,
                arrival_local=datetime(2027, 1, 30, 9, 0),
                departure_local=datetime(2027, 1, 29, 20, 10),
            ),
        )
    assert svc.registration_data(session, reg) == data


def test_bulk_status_and_its_undo(
    session: Session, mission_id: uuid.UUID, people: list[uuid.UUID]
) -> None:
    ids = list(svc.register_people(session, mission_id, people).registered)
    svc.set_status(session, ids[:1], RegistrationStatus.WAITLISTED)
    before = svc.set_status(session, ids, RegistrationStatus.CONFIRMED)
    assert {r.status for r in svc.list_registrations(session, mission_id)} == {
        RegistrationStatus.CONFIRMED
    }
    before.undo(session)
    statuses = {r.id: r.status for r in svc.list_registrations(session, mission_id)}
    assert statuses[ids[0]] is RegistrationStatus.WAITLISTED
    assert statuses[ids[1]] is RegistrationStatus.REGISTERED


def test_removed_registrations_come_back_with_what_hung_on_them(
    session: Session, mission_id: uuid.UUID, people: list[uuid.UUID]
) -> None:
    a, b, c = svc.register_people(session, mission_id, people).registered
    with transaction(session):
        request = MeetingRequest(mission_id=mission_id, requester_id=a, target_id=c, priority=1)
        session.add(request)
        session.flush()
        meeting = Meeting(
            mission_id=mission_id,
            request_id=request.id,
            starts_at=datetime(2027, 1, 27, 22, 0, tzinfo=UTC),
            ends_at=datetime(2027, 1, 27, 22, 20, tzinfo=UTC),
        )
        meeting.participants = [session.get(Registration, a), session.get(Registration, c)]  # type: ignore[list-item]
        session.add(meeting)
        session.add(
            Availability(
                registration_id=a,
                starts_at=datetime(2027, 1, 27, 21, 0, tzinfo=UTC),
                ends_at=datetime(2027, 1, 27, 23, 0, tzinfo=UTC),
            )
        )
    removed = svc.remove_registrations(session, [a, b])
    assert removed.count == 2
    assert session.scalar(select(func.count()).select_from(MeetingRequest)) == 0
    removed.undo(session)
    assert {r.id for r in svc.list_registrations(session, mission_id)} == {a, b, c}
    request = session.scalars(select(MeetingRequest)).one()
    assert (request.requester_id, request.target_id, request.priority) == (a, c, 1)
    assert session.scalars(select(Availability)).one().registration_id == a
    session.expire_all()
    restored = session.scalars(select(Meeting)).one()
    assert restored.request_id == request.id
    assert {r.id for r in restored.participants} == {a, c}


def test_delegations_by_cluster_and_country_with_counts(
    session: Session, mission_id: uuid.UUID, people: list[uuid.UUID]
) -> None:
    ids = svc.register_people(session, mission_id, people).registered
    svc.set_status(session, ids[:1], RegistrationStatus.CONFIRMED)
    groups = svc.delegation_groups(session, mission_id, "cluster")
    assert [(g.name, g.total, g.confirmed) for g in groups] == [
        ("Pôle Lumière Atlantique", 2, 1),
        ("Revontuli Business Agency", 1, 0),
    ]
    assert [(g.name, g.total) for g in svc.delegation_groups(session, mission_id, "country")] == [
        ("FR", 2),
        ("FI", 1),
    ]
    formed = svc.form_delegations(session, mission_id, "cluster")
    assert formed.changed == 3 and len(formed.created) == 2
    assert svc.form_delegations(session, mission_id, "cluster").changed == 0  # in place
    rows = svc.list_registrations(session, mission_id)
    assert {r.delegation for r in rows} == {"Pôle Lumière Atlantique", "Revontuli Business Agency"}
    assert [name for _, name in svc.mission_delegations(session, mission_id)] == [
        "Pôle Lumière Atlantique",
        "Revontuli Business Agency",
    ]
    formed.undo(session)
    assert {r.delegation for r in svc.list_registrations(session, mission_id)} == {""}
    assert svc.mission_delegations(session, mission_id) == []


def test_the_list_shows_badge_prints_in_the_missions_zone(
    session: Session, mission_id: uuid.UUID, people: list[uuid.UUID]
) -> None:
    from pimap_desktop.services.printing.badges import record_badges_printed

    svc.register_people(session, mission_id, people[:2])
    rows = {r.person_id: r for r in svc.list_registrations(session, mission_id)}
    first = rows[people[0]]
    assert (first.badges_printed, first.badge_printed_local) == (0, None)
    record_badges_printed(session, [first.id], datetime(2027, 1, 26, 16, 41, tzinfo=UTC))
    record_badges_printed(session, [first.id], datetime(2027, 1, 26, 16, 45, tzinfo=UTC))
    rows = {r.person_id: r for r in svc.list_registrations(session, mission_id)}
    assert rows[people[0]].badges_printed == 2
    local = rows[people[0]].badge_printed_local
    assert local is not None and (local.hour, local.minute) == (8, 45)  # San Francisco, PST
    assert rows[people[1]].badges_printed == 0
