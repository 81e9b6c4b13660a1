"""Small factories for test data. Fictional values only."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MissionKind, OrganisationKind
from pimap_desktop.domain.models import Organisation, Person
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services.missions.missions import MissionData
from pimap_desktop.services.unit import transaction


def mission_data(**overrides: object) -> MissionData:
    """A valid mission form, San Francisco in late January, with fields to override."""
    values: dict[str, object] = {
        "code": "PW2027",
        "name": "Photonics West 2027",
        "kind": MissionKind.BUSINESS_MISSION,
        "city": "San Francisco",
        "country": "US",
        "timezone": "America/Los_Angeles",
        "start_date": date(2027, 1, 24),
        "end_date": date(2027, 1, 29),
    }
    values.update(overrides)
    return MissionData(**values)  # type: ignore[arg-type]


def add_person(
    session: Session,
    first: str,
    last: str,
    email: str | None,
    *,
    organisation: Organisation | None = None,
    **values: object,
) -> Person:
    """A person (and nothing else) written in its own transaction."""
    with transaction(session):
        person = Person(
            first_name=first,
            last_name=last,
            email=email,
            organisation_id=organisation.id if organisation else None,
            **values,
        )
        session.add(person)
    return person


def add_organisation(
    session: Session, name: str, country: str = "FR", **values: object
) -> Organisation:
    with transaction(session):
        organisation = Organisation(
            name=name,
            normalised_name=normalise_name(name),
            kind=values.pop("kind", OrganisationKind.SME),
            country=country,
            **values,
        )
        session.add(organisation)
    return organisation
