"""A person's data: everything held, as JSON; erasure that keeps the counts right."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import Person, Registration
from pimap_desktop.services.directory import personal_data as svc
from pimap_desktop.services.missions.missions import list_missions
from pimap_desktop.services.registrations.registrations import register_people
from tests.factories import add_organisation, add_person


def test_export_holds_the_person_their_organisation_and_registrations(
    session: Session, mission_id: uuid.UUID
) -> None:
    org = add_organisation(session, "Lumiphos Optique SAS")
    person = add_person(
        session, "Élise", "Marchand", "em@lumiphos.example", organisation=org, dietary_needs="halal"
    )
    register_people(session, mission_id, [person.id])
    data = svc.export_person(session, " EM@lumiphos.example ")
    json.dumps(data)  # JSON-ready
    assert data["person"]["email"] == "em@lumiphos.example"
    assert data["person"]["dietary_needs"] == "halal"
    assert data["organisation"]["name"] == "Lumiphos Optique SAS"
    assert [r["mission"] for r in data["registrations"]] == ["PW2027"]


def test_erase_anonymises_but_keeps_the_registration(
    session: Session, mission_id: uuid.UUID
) -> None:
    person = add_person(
        session,
        "Élise",
        "Marchand",
        "em@lumiphos.example",
        phone="+33 5 56 00 00 01",
        dietary_needs="halal",
    )
    register_people(session, mission_id, [person.id])
    svc.erase_person(session, "em@lumiphos.example")
    session.expire_all()
    erased = session.get(Person, person.id)
    assert erased is not None
    assert (erased.first_name, erased.email, erased.phone, erased.dietary_needs) == (
        "Erased",
        None,
        "",
        "",
    )
    assert erased.erased_at is not None
    assert session.scalar(select(func.count()).select_from(Registration)) == 1
    assert list_missions(session)[0].registrations == 1
    with pytest.raises(NotFoundError):
        svc.export_person(session, "em@lumiphos.example")


def test_erase_leaves_nothing_personal_in_what_stays(
    session: Session, mission_id: uuid.UUID
) -> None:
    from datetime import UTC, datetime

    from pimap_desktop.domain.enums import FollowUpOutcome, RegistrationRole
    from pimap_desktop.domain.models import Availability, FollowUp, MeetingRequest
    from pimap_desktop.services.unit import transaction

    person = add_person(session, "Kalle", "Lehtonen", "kl@kaamos.example")
    other = add_person(session, "Otto", "Host", "oh@host.example")
    [mine] = register_people(
        session, mission_id, [person.id], role=RegistrationRole.DELEGATE
    ).registered
    [theirs] = register_people(session, mission_id, [other.id]).registered
    with transaction(session):
        registration = session.get(Registration, mine)
        assert registration is not None
        registration.arrival_at = datetime(2027, 1, 23, 23, 40, tzinfo=UTC)
        session.add(
            MeetingRequest(
                mission_id=mission_id,
                requester_id=mine,
                target_id=theirs,
                notes="Interested in composites; his daughter studies there",
            )
        )
        session.add(
            Availability(
                registration_id=mine,
                starts_at=datetime(2027, 1, 27, 21, tzinfo=UTC),
                ends_at=datetime(2027, 1, 27, 23, tzinfo=UTC),
            )
        )
        session.add(
            FollowUp(
                mission_id=mission_id,
                contact_id=person.id,
                outcome=FollowUpOutcome.PROPOSAL_SENT,
                notes="Call Kalle on his mobile",
                next_action="Send Kalle the quote",
            )
        )
    exported = svc.export_person(session, "kl@kaamos.example")
    assert exported["meeting_requests"][0]["notes"].startswith("Interested")
    assert len(exported["availability"]) == 1

    svc.erase_person(session, "kl@kaamos.example")
    session.expire_all()
    registration = session.get(Registration, mine)
    assert registration is not None and registration.arrival_at is None
    assert session.scalars(select(MeetingRequest)).one().notes == ""
    assert session.scalars(select(Availability)).all() == []
    followup = session.scalars(select(FollowUp)).one()
    assert (followup.notes, followup.next_action, followup.outcome) == (
        "",
        "",
        FollowUpOutcome.PROPOSAL_SENT,
    )
