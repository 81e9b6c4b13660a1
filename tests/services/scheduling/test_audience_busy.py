"""The scheduler reads the programme with the same audience rules as the agendas and packs: an
item for a role keeps that role busy, and an alternative ("free afternoon" instead of a site
visit) keeps busy only those not on the visit."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import Audience, ProgrammeItemKind, RegistrationRole
from pimap_desktop.services.b2b.availability import programme_attendance
from pimap_desktop.services.missions.missions import ProgrammeItemData, create_programme_item
from pimap_desktop.services.registrations.registrations import register_people
from tests.factories import add_person

DAY = date(2027, 1, 27)


def _item(
    session: Session, mission_id: uuid.UUID, title: str, start: int, end: int, **values: object
) -> uuid.UUID:
    return create_programme_item(
        session,
        mission_id,
        ProgrammeItemData(
            kind=ProgrammeItemKind.SITE_VISIT,
            title=title,
            starts_local=datetime.combine(DAY, time(start)),
            ends_local=datetime.combine(DAY, time(end)),
            **values,  # type: ignore[arg-type]
        ),
    )


def test_role_items_and_alternatives_decide_who_is_busy(
    session: Session, mission_id: uuid.UUID
) -> None:
    delegate = add_person(session, "Dana", "Delegate", "dana@busy.example")
    visitor = add_person(session, "Lou", "Local", "lou@busy.example")
    [dana] = register_people(session, mission_id, [delegate.id]).registered
    [lou] = register_people(
        session, mission_id, [visitor.id], role=RegistrationRole.LOCAL_PARTICIPANT
    ).registered
    _item(
        session,
        mission_id,
        "Delegates' briefing",
        9,
        10,
        audience=Audience.ROLE,
        roles=(RegistrationRole.DELEGATE,),
    )
    visit = _item(
        session,
        mission_id,
        "Site visit",
        11,
        16,
        audience=Audience.NAMED,
        attendee_ids=(dana,),
    )
    _item(
        session,
        mission_id,
        "Free afternoon",
        13,
        17,
        alternative_to_id=visit,
    )
    busy = programme_attendance(session, mission_id, [dana, lou])
    hours = {who: sorted(start.hour for start, _end in spans) for who, spans in busy.items()}
    # Dana: the briefing (17:00 UTC) and the visit (19:00 UTC), not the free afternoon.
    assert hours[dana] == [17, 19]
    # Lou: not a delegate, not on the visit: only the free afternoon (21:00 UTC).
    assert hours[lou] == [21]
