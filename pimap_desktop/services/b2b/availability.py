"""When B2B participants cannot meet: outside their availability windows, or in a programme
item they attend (by the same audience rules as the agendas and packs; B2B blocks excluded).

Shared by the meeting checks (``meetings``), the scheduler (``scheduling.instance``) and the
desk's day view (``onsite``), none of which depends on another for it."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import ProgrammeItemKind
from pimap_desktop.domain.models import Availability, B2BSession, ProgrammeItem, Registration
from pimap_desktop.services.missions.audiences import Audiences, Member, item_rule


def busy_registrations(
    session: Session,
    mission_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime,
    registration_ids: Sequence[uuid.UUID],
) -> set[uuid.UUID]:
    """Those of these registrations who cannot meet in that window: outside their availability
    windows, or in a programme item they attend."""
    wanted = list(registration_ids)
    busy: set[uuid.UUID] = set()
    windows: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
    for a in session.scalars(select(Availability).where(Availability.registration_id.in_(wanted))):
        windows[a.registration_id].append((a.starts_at, a.ends_at))
    for registration_id, spans in windows.items():
        if not any(s <= starts_at and ends_at <= e for s, e in spans):
            busy.add(registration_id)
    attending = programme_attendance(session, mission_id, wanted)
    for registration_id, items in attending.items():
        if any(s < ends_at and starts_at < e for s, e in items):
            busy.add(registration_id)
    return busy


def programme_attendance(
    session: Session, mission_id: uuid.UUID, registration_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[datetime, datetime]]]:
    """The programme items (start, end) each registration attends; B2B blocks excluded."""
    linked = set(
        session.scalars(
            select(B2BSession.programme_item_id).where(
                B2BSession.mission_id == mission_id, B2BSession.programme_item_id.is_not(None)
            )
        )
    )
    items = session.scalars(
        select(ProgrammeItem)
        .where(
            ProgrammeItem.mission_id == mission_id,
            ProgrammeItem.kind != ProgrammeItemKind.B2B_SESSION,
        )
        .options(selectinload(ProgrammeItem.attendees))
    ).all()
    registrations = session.scalars(
        select(Registration).where(Registration.id.in_(list(registration_ids)))
    ).all()
    members = [Member(r.id, r.role, r.delegation_id) for r in registrations]
    # The same rule as the agendas and packs: audiences by delegation, role or name, and an
    # item that stands in for another one goes only to those not attending that one.
    audiences = Audiences({item.id: item_rule(item) for item in items})
    attending: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
    for item in items:
        if item.id in linked:
            continue
        span = (item.starts_at, item.ends_at)
        for member in members:
            if audiences.attends(item.id, member):
                attending[member.registration_id].append(span)
    return attending
