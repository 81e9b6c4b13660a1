"""A person's data: everything held, as JSON; erasure that keeps the counts right."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import Person, Registration
from pimap_desktop.services import personal_data as svc
from pimap_desktop.services.missions import list_missions
from pimap_desktop.services.registrations import register_people
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
