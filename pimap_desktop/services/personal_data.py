"""A person's rights over their data: see everything held about them, and be erased.

Erasing anonymises the person in place: their registrations, meetings and follow-ups stay (so
that counts and KPIs stay right) but nothing in them points to who they were.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.models import (
    FollowUp,
    Meeting,
    MeetingRequest,
    Mission,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.domain.rules import to_local
from pimap_desktop.domain.types import utcnow
from pimap_desktop.services.directory import find_person_by_email
from pimap_desktop.services.unit import transaction

log = logging.getLogger(__name__)

ERASED_FIRST_NAME = "Erased"
ERASED_LAST_NAME = "person"


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_person(session: Session, email: str) -> dict[str, Any]:
    """Everything held about one person, as a JSON-ready dictionary."""
    person = find_person_by_email(session, email)
    organisation = person.organisation
    registrations = session.execute(
        select(Registration, Mission)
        .join(Mission, Mission.id == Registration.mission_id)
        .where(Registration.person_id == person.id)
        .order_by(Mission.start_date)
    ).all()
    reg_ids = [r.id for r, _ in registrations]
    missions = {r.id: m for r, m in registrations}
    meetings = session.execute(
        select(Meeting, meeting_participants.c.registration_id)
        .join(meeting_participants, meeting_participants.c.meeting_id == Meeting.id)
        .where(meeting_participants.c.registration_id.in_(reg_ids))
        .order_by(Meeting.starts_at)
    ).all()
    requests = session.scalars(
        select(MeetingRequest).where(
            or_(MeetingRequest.requester_id.in_(reg_ids), MeetingRequest.target_id.in_(reg_ids))
        )
    ).all()
    followups = session.scalars(
        select(FollowUp).where(
            or_(FollowUp.contact_id == person.id, FollowUp.owner_id == person.id)
        )
    ).all()
    return {
        "exported_at": utcnow().isoformat(),
        "person": {
            "id": str(person.id),
            "first_name": person.first_name,
            "last_name": person.last_name,
            "email": person.email,
            "job_title": person.job_title,
            "phone": person.phone,
            "badge_name": person.badge_name,
            "languages": person.languages,
            "dietary_needs": person.dietary_needs,
            "accessibility_needs": person.accessibility_needs,
            "consent_listed": person.consent_listed,
            "consent_contact": person.consent_contact,
            "consent_date": _iso(person.consent_date),
            "notes": person.notes,
            "created_at": _iso(person.created_at),
            "updated_at": _iso(person.updated_at),
        },
        "organisation": (
            {"name": organisation.name, "country": organisation.country, "city": organisation.city}
            if organisation
            else None
        ),
        "registrations": [
            {
                "mission": m.code,
                "mission_name": m.name,
                "role": r.role.value,
                "status": r.status.value,
                "arrival": _iso(to_local(r.arrival_at, m.timezone) if r.arrival_at else None),
                "departure": _iso(to_local(r.departure_at, m.timezone) if r.departure_at else None),
                "hotel": r.hotel,
                "badges_printed": r.badges_printed,
                "checked_in_at": _iso(r.checked_in_at),
                "notes": r.notes,
            }
            for r, m in registrations
        ],
        "meetings": [
            {
                "mission": missions[reg_id].code,
                "start": _iso(to_local(meeting.starts_at, missions[reg_id].timezone)),
                "end": _iso(to_local(meeting.ends_at, missions[reg_id].timezone)),
                "status": meeting.status.value,
            }
            for meeting, reg_id in meetings
        ],
        "meeting_requests": [
            {
                "mission": missions[
                    q.requester_id if q.requester_id in missions else q.target_id
                ].code,
                "made_by_this_person": q.requester_id in missions,
                "priority": q.priority,
                "status": q.status.value,
            }
            for q in requests
        ],
        "follow_ups": [
            {
                "outcome": f.outcome.value,
                "as": "contact" if f.contact_id == person.id else "owner",
                "notes": f.notes,
                "next_action": f.next_action,
                "due_date": _iso(f.due_date),
                "done": f.done,
            }
            for f in followups
        ],
    }


def erase_person(session: Session, email: str) -> uuid.UUID:
    """Anonymise a person for good; their registrations and meetings stay, nameless."""
    with transaction(session):
        person = find_person_by_email(session, email)
        _anonymise(person)
        for registration in person.registrations:
            registration.notes = ""
            registration.hotel = ""
        person_id = person.id
    log.info("person %s erased on request", person_id)
    return person_id


def _anonymise(person: Person) -> None:
    person.first_name = ERASED_FIRST_NAME
    person.last_name = ERASED_LAST_NAME
    person.email = None
    person.job_title = ""
    person.phone = ""
    person.badge_name = ""
    person.languages = []
    person.dietary_needs = ""
    person.accessibility_needs = ""
    person.consent_listed = False
    person.consent_contact = False
    person.consent_date = None
    person.notes = ""
    person.erased_at = utcnow()
