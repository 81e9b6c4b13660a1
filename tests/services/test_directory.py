"""The directory: people and organisations, merges, deletions, history."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    MeetingStatus,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    FollowUp,
    Meeting,
    MeetingRequest,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import local_to_utc
from pimap_desktop.services.directory import directory as svc
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.services.unit import transaction
from tests.factories import add_organisation, add_person, mission_data


def test_people_list_has_organisation_country_sectors_and_missions(
    session: Session, mission_id: uuid.UUID
) -> None:
    org = add_organisation(session, "Lumiphos Optique SAS", sectors=["photonics", "aerospace"])
    person = add_person(
        session, "Élise", "Marchand", "e.marchand@lumiphos.example", organisation=org
    )
    add_person(session, "Aarne", "Väisänen", None)
    regs.register_people(session, mission_id, [person.id])
    rows = {r.last_name: r for r in svc.list_people(session)}
    assert rows["Marchand"].organisation == "Lumiphos Optique SAS"
    assert rows["Marchand"].country == "FR"
    assert rows["Marchand"].sectors == "photonics, aerospace"
    assert rows["Marchand"].missions == 1
    assert rows["Väisänen"].organisation == "" and rows["Väisänen"].email == ""


def test_create_person_normalises_the_email_and_refuses_a_taken_one(session: Session) -> None:
    person_id = svc.create_person(
        session, svc.PersonData("Jeanne", "Martin", "  Jeanne.Martin@Lumiphos.EXAMPLE ")
    )
    assert svc.person_data(session, person_id).email == "jeanne.martin@lumiphos.example"
    with pytest.raises(ValidationError, match="already the e-mail of Jeanne Martin") as caught:
        svc.create_person(session, svc.PersonData("J.", "Martin", "jeanne.martin@lumiphos.example"))
    assert caught.value.field == "email"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (svc.PersonData("Jeanne", ""), "last_name"),
        (svc.PersonData("", "Martin"), "first_name"),
        (svc.PersonData("Jeanne", "Martin", "jeanne.martin@"), "email"),
        (svc.PersonData("Jeanne", "Martin", consent_listed=True), "consent_date"),
    ],
)
def test_invalid_person_is_refused_with_its_field(
    session: Session, data: svc.PersonData, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_person(session, data)
    assert caught.value.field == field
    assert session.scalars(select(Person)).all() == []


def test_merge_people_keeps_registrations_meetings_and_followups(session: Session) -> None:
    m1 = create_mission(session, mission_data())
    m2 = create_mission(
        session,
        mission_data(code="CAN2027", start_date=date(2027, 6, 7), end_date=date(2027, 6, 9)),
    )
    keep = add_person(session, "Jeanne", "Martin", "jeanne.martin@lumiphos.example")
    gone = add_person(
        session, "Jeanne", "Martin", "j.martin@gmail.example", phone="+33 5 56 00 00 01"
    )
    other = add_person(session, "Otto", "Host", "otto@host.example")
    [k1] = regs.register_people(session, m1, [keep.id]).registered
    g1, _g2 = (
        regs.register_people(session, m1, [gone.id]).registered
        + regs.register_people(session, m2, [gone.id]).registered
    )
    [o1] = regs.register_people(session, m1, [other.id]).registered
    with transaction(session):
        session.add(MeetingRequest(mission_id=m1, requester_id=g1, target_id=o1, priority=1))
        session.add(MeetingRequest(mission_id=m1, requester_id=k1, target_id=g1, priority=2))
        meeting = Meeting(
            mission_id=m1,
            starts_at=local_to_utc(date(2027, 1, 27), time(14), "America/Los_Angeles"),
            ends_at=local_to_utc(date(2027, 1, 27), time(14, 20), "America/Los_Angeles"),
            status=MeetingStatus.HELD,
        )
        meeting.participants = [session.get(Registration, g1), session.get(Registration, o1)]  # type: ignore[list-item]
        session.add(meeting)
        session.add(
            FollowUp(mission_id=m1, contact_id=gone.id, outcome=FollowUpOutcome.PROPOSAL_SENT)
        )

    report = svc.merge_people(session, keep.id, gone.id)
    session.expire_all()  # read back what the database holds

    assert report.moved == {"registrations": 1, "registrations merged": 1, "follow-ups": 1}
    assert session.get(Person, gone.id) is None
    kept = session.get(Person, keep.id)
    assert kept is not None and kept.phone == "+33 5 56 00 00 01"  # an empty field filled
    registrations = session.scalars(
        select(Registration).where(Registration.person_id == keep.id)
    ).all()
    assert {r.mission_id for r in registrations} == {m1, m2}
    assert {p.id for p in session.scalars(select(Meeting)).one().participants} == {k1, o1}
    requests = session.scalars(select(MeetingRequest)).all()
    assert [(q.requester_id, q.target_id) for q in requests] == [(k1, o1)]  # the self-request went
    assert session.scalars(select(FollowUp)).one().contact_id == keep.id


def test_merge_organisations_moves_people_and_fills_gaps(session: Session) -> None:
    keep = add_organisation(session, "LaserTech Aquitaine", country="FR", sectors=["photonics"])
    gone = add_organisation(
        session, "Lasertech Aquitaine SAS", country="", city="Pessac", sectors=["lasers"]
    )
    person = add_person(session, "Jeanne", "Martin", "jm@lasertech.example", organisation=gone)
    report = svc.merge_organisations(session, keep.id, gone.id)
    assert report.moved["people"] == 1
    assert session.get(Organisation, gone.id) is None
    kept = session.get(Organisation, keep.id)
    assert kept is not None and kept.city == "Pessac" and kept.sectors == ["photonics", "lasers"]
    session.expire_all()
    assert session.get(Person, person.id).organisation_id == keep.id  # type: ignore[union-attr]


def test_delete_person_says_what_goes(session: Session, mission_id: uuid.UUID) -> None:
    person = add_person(session, "Jeanne", "Martin", "jm@lumiphos.example")
    regs.register_people(session, mission_id, [person.id])
    impact = svc.delete_person(session, person.id)
    assert "1 registration" in impact.describe()
    assert session.scalars(select(Registration)).all() == []


def test_delete_organisation_keeps_its_people(session: Session) -> None:
    org = add_organisation(session, "Optivale BV", "BE")
    person = add_person(session, "Pieter", "Claes", "pc@optivale.example", organisation=org)
    assert "1 person stays" in svc.delete_organisation(session, org.id)
    session.expire_all()
    assert session.get(Person, person.id).organisation_id is None  # type: ignore[union-attr]


def test_history_lists_missions_with_role_status_and_meetings(
    session: Session, mission_id: uuid.UUID
) -> None:
    person = add_person(session, "Jeanne", "Martin", "jm@lumiphos.example")
    [reg] = regs.register_people(
        session,
        mission_id,
        [person.id],
        role=RegistrationRole.SPEAKER,
        status=RegistrationStatus.CONFIRMED,
    ).registered
    history = svc.person_history(session, person.id)
    [attended] = history.missions
    assert (attended.code, attended.role, attended.status, attended.meetings) == (
        "PW2027",
        RegistrationRole.SPEAKER,
        RegistrationStatus.CONFIRMED,
        0,
    )
    assert reg


def test_merging_two_registrations_of_one_mission_keeps_what_each_knew(session: Session) -> None:
    from pimap_desktop.services.registrations.registrations import (
        RegistrationData,
        registration_data,
    )

    m1 = create_mission(session, mission_data())
    keep = add_person(session, "Jeanne", "Martin", "jeanne.martin@lumiphos.example")
    gone = add_person(session, "Jeanne", "Martin", "j.martin@gmail.example")
    [k1] = regs.register_people(
        session, m1, [keep.id], status=RegistrationStatus.INVITED
    ).registered
    [g1] = regs.register_people(session, m1, [gone.id]).registered
    regs.update_registration(
        session,
        g1,
        RegistrationData(
            role=RegistrationRole.DELEGATE,
            status=RegistrationStatus.CONFIRMED,
            arrival_local=datetime(2027, 1, 23, 15, 40),
            hotel="Hotel Mariposa",
        ),
    )
    with transaction(session):  # a meeting between the two records of one person
        meeting = Meeting(
            mission_id=m1,
            starts_at=local_to_utc(date(2027, 1, 27), time(14), "America/Los_Angeles"),
            ends_at=local_to_utc(date(2027, 1, 27), time(14, 20), "America/Los_Angeles"),
        )
        meeting.participants = [session.get(Registration, k1), session.get(Registration, g1)]  # type: ignore[list-item]
        session.add(meeting)
    report = svc.merge_people(session, keep.id, gone.id)
    session.expire_all()
    assert report.moved["registrations merged"] == 1
    kept = registration_data(session, k1)
    assert (kept.status, kept.hotel) == (RegistrationStatus.CONFIRMED, "Hotel Mariposa")
    assert kept.arrival_local == datetime(2027, 1, 23, 15, 40)
    assert session.scalars(select(Meeting)).all() == []  # it was with themselves


def test_organisation_history_lists_its_missions_and_followups(
    session: Session, mission_id: uuid.UUID
) -> None:
    org = add_organisation(session, "Lumiphos Optique SAS")
    a = add_person(session, "Élise", "Marchand", "em@lumiphos.example", organisation=org)
    b = add_person(session, "Jeanne", "Martin", "jm@lumiphos.example", organisation=org)
    regs.register_people(session, mission_id, [a.id, b.id])
    with transaction(session):
        session.add(
            FollowUp(
                mission_id=mission_id, organisation_id=org.id, outcome=FollowUpOutcome.MOU_SIGNED
            )
        )
    history = svc.organisation_history(session, org.id)
    [mission] = history.missions
    assert (mission.code, mission.people, mission.meetings) == ("PW2027", 2, 0)
    assert [f.outcome for f in history.followups] == [FollowUpOutcome.MOU_SIGNED]


def test_a_persons_preferred_language_is_kept_checked_merged_and_erased(session: Session) -> None:
    from dataclasses import replace as _replace

    from pimap_desktop.services.directory.directory import (
        PersonData,
        create_person,
        merge_people,
        person_data,
    )
    from pimap_desktop.services.directory.personal_data import erase_person_record

    keep = create_person(session, PersonData("Aino", "Virtanen", "aino@f.example"))
    gone = create_person(
        session, PersonData("Aino", "Virtanen", "aino.v@f.example", preferred_language="fi")
    )
    assert person_data(session, gone).preferred_language == "fi"
    with pytest.raises(ValidationError, match="Klingon"):
        create_person(
            session,
            _replace(PersonData("K", "K", "k@f.example"), preferred_language="Klingon"),
        )
    merge_people(session, keep, gone)
    assert person_data(session, keep).preferred_language == "fi"
    erase_person_record(session, keep)
    session.expire_all()
    erased = session.get(Person, keep)
    assert erased is not None and erased.preferred_language is None
