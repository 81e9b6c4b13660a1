"""Missions, their venues and their programme: the use cases behind the missions screens and
the ``pimap mission`` commands.

Every function that changes data is one transaction (``with session.begin()``), so it must be
given a session with no transaction in progress. Programme times go in and come out as local
wall-clock times of the mission's zone; they are stored as UTC instants.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    Audience,
    MissionKind,
    MissionStatus,
    ProgrammeItemKind,
    RegistrationRole,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    Cluster,
    Delegation,
    FollowUp,
    KpiTarget,
    Meeting,
    MeetingRequest,
    Mission,
    PracticalNote,
    ProgrammeItem,
    Registration,
    Venue,
    programme_item_attendees,
)
from pimap_desktop.domain.rules import local_to_utc, to_local, zone, zone_abbreviation
from pimap_desktop.services.missions.audiences import audience_text, parse_roles, stored_roles
from pimap_desktop.services.unit import transaction
from pimap_desktop.services.versions import check_version
from pimap_desktop.text import ServiceWords, plural

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,19}$")


# --------------------------------------------------------------------------- missions


@dataclass(frozen=True)
class MissionData:
    """What a person fills in for a mission."""

    code: str
    name: str
    kind: MissionKind
    city: str
    country: str
    timezone: str
    start_date: date
    end_date: date
    status: MissionStatus = MissionStatus.DRAFT
    host_event: str = ""
    objectives: str = ""
    practical_info: str = ""
    cluster_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class MissionRow:
    """A mission as the list shows it."""

    id: uuid.UUID
    code: str
    name: str
    kind: MissionKind
    city: str
    country: str
    timezone: str
    start_date: date
    end_date: date
    status: MissionStatus
    registrations: int


@dataclass(frozen=True)
class DeletionImpact:
    """What goes with a mission when it is deleted."""

    code: str
    programme_items: int
    registrations: int
    b2b_sessions: int
    meeting_requests: int
    meetings: int
    followups: int = 0
    kpi_targets: int = 0

    def describe(self) -> str:
        parts = [
            (self.programme_items, "programme item"),
            (self.registrations, "registration"),
            (self.b2b_sessions, "B2B session"),
            (self.meeting_requests, "meeting request"),
            (self.meetings, "meeting"),
            (self.followups, "follow-up"),
            (self.kpi_targets, "KPI target"),
        ]
        listed = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in parts if n]
        if not listed:
            return f"Mission {self.code} has nothing else attached to it."
        return f"Deleting mission {self.code} also deletes " + ", ".join(listed) + "."


def normalise_code(code: str) -> str:
    return code.strip().upper()


def validate_mission(data: MissionData) -> MissionData:
    """A cleaned copy of the data, or a ValidationError naming the field."""
    code = normalise_code(data.code)
    if not code:
        raise ValidationError(ServiceWords.say("A mission needs a code, such as PW2027."), "code")
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            ServiceWords.say(
                "The code '%1' may only hold letters, digits, '-' and '_' (2 to 20 characters).",
                data.code.strip(),
            ),
            "code",
        )
    name = data.name.strip()
    if not name:
        raise ValidationError(ServiceWords.say("A mission needs a name."), "name")
    for value, limit, fld, what in (
        (name, 200, "name", ServiceWords.say("name")),
        (data.city.strip(), 120, "city", ServiceWords.say("city")),
        (data.host_event.strip(), 200, "host_event", ServiceWords.say("host event")),
    ):
        if len(value) > limit:
            raise ValidationError(
                ServiceWords.say(
                    "The %1 is too long (%2 characters; at most %3).", what, len(value), limit
                ),
                fld,
            )
    zone(data.timezone)
    if data.end_date < data.start_date:
        raise ValidationError(
            ServiceWords.say(
                "The mission ends (%1) before it starts (%2).",
                data.end_date.isoformat(),
                data.start_date.isoformat(),
            ),
            "end_date",
        )
    country = data.country.strip().upper()
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise ValidationError(
            ServiceWords.say(
                "The country '%1' should be a two-letter code such as US or FI.",
                data.country.strip(),
            ),
            "country",
        )
    return replace(
        data,
        code=code,
        name=name,
        city=data.city.strip(),
        country=country,
        timezone=data.timezone.strip(),
        host_event=data.host_event.strip(),
    )


def list_missions(session: Session) -> list[MissionRow]:
    """All missions with their number of registrations, newest first."""
    counts = (
        select(Registration.mission_id, func.count().label("n"))
        .group_by(Registration.mission_id)
        .subquery()
    )
    rows = session.execute(
        select(Mission, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.mission_id == Mission.id)
        .order_by(Mission.start_date.desc(), Mission.code)
    ).all()
    return [
        MissionRow(
            id=m.id,
            code=m.code,
            name=m.name,
            kind=m.kind,
            city=m.city,
            country=m.country,
            timezone=m.timezone,
            start_date=m.start_date,
            end_date=m.end_date,
            status=m.status,
            registrations=int(n),
        )
        for m, n in rows
    ]


def natural_current(rows: Sequence[MissionRow], today: date) -> uuid.UUID | None:
    """The mission a coordinator most likely works on when nothing was chosen yet: the one
    running today (the earliest started if several), else the next upcoming one, else the one
    that ended last; never the oldest. A closed mission is passed over for one still open."""
    if not rows:
        return None
    running = [r for r in rows if r.start_date <= today <= r.end_date]
    if running:
        return min(running, key=lambda r: (r.status is MissionStatus.CLOSED, r.start_date)).id
    upcoming = [r for r in rows if r.start_date > today]
    if upcoming:
        return min(upcoming, key=lambda r: (r.status is MissionStatus.CLOSED, r.start_date)).id
    return max(rows, key=lambda r: (r.end_date, r.start_date)).id


def get_mission(session: Session, mission_id: uuid.UUID) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError(
            ServiceWords.say("That mission no longer exists; it may have been deleted.")
        )
    return mission


def get_mission_by_code(session: Session, code: str) -> Mission:
    mission = session.scalar(select(Mission).where(Mission.code == normalise_code(code)))
    if mission is None:
        raise NotFoundError(
            ServiceWords.say("There is no mission with the code '%1'.", code.strip())
        )
    return mission


def mission_data(session: Session, mission_id: uuid.UUID) -> MissionData:
    """The current values of a mission, as a form would show them."""
    m = get_mission(session, mission_id)
    return MissionData(
        code=m.code,
        name=m.name,
        kind=m.kind,
        city=m.city,
        country=m.country,
        timezone=m.timezone,
        start_date=m.start_date,
        end_date=m.end_date,
        status=m.status,
        host_event=m.host_event,
        objectives=m.objectives,
        practical_info=m.practical_info,
        cluster_ids=tuple(c.id for c in m.clusters),
    )


def _check_code_free(session: Session, code: str, own_id: uuid.UUID | None) -> None:
    query = select(Mission.id).where(Mission.code == code)
    if own_id is not None:
        query = query.where(Mission.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            ServiceWords.say("The code %1 is already used by another mission.", code), "code"
        )


def _clusters(session: Session, ids: Iterable[uuid.UUID]) -> list[Cluster]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {c.id: c for c in session.scalars(select(Cluster).where(Cluster.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ValidationError(
            ServiceWords.say("One of the chosen clusters no longer exists."), "clusters"
        )
    return [found[i] for i in wanted]


def _apply(session: Session, mission: Mission, data: MissionData) -> None:
    mission.code = data.code
    mission.name = data.name
    mission.kind = data.kind
    mission.city = data.city
    mission.country = data.country
    mission.timezone = data.timezone
    mission.start_date = data.start_date
    mission.end_date = data.end_date
    mission.status = data.status
    mission.host_event = data.host_event
    mission.objectives = data.objectives
    mission.practical_info = data.practical_info
    mission.clusters = _clusters(session, data.cluster_ids)


def create_mission(
    session: Session, data: MissionData, *, mission_id: uuid.UUID | None = None
) -> uuid.UUID:
    clean = validate_mission(data)
    with transaction(session):
        _check_code_free(session, clean.code, None)
        mission = Mission(id=mission_id or uuid.uuid4())
        _apply(session, mission, clean)
        session.add(mission)
    return mission.id


def update_mission(
    session: Session,
    mission_id: uuid.UUID,
    data: MissionData,
    *,
    expected_version: int | None = None,
) -> None:
    """Change a mission. When its zone changes, everything planned in it keeps its local time
    (09:00 stays 09:00 on the wall clock of the new place). Dates that would leave programme
    items outside the mission are refused. ``expected_version`` is the version the form was
    loaded with (a save over a newer change is refused: ``StaleEdit``)."""
    clean = validate_mission(data)
    with transaction(session):
        mission = get_mission(session, mission_id)
        check_version(session, mission, expected_version)
        _check_code_free(session, clean.code, mission.id)
        old_zone = mission.timezone
        _check_items_inside(mission, clean)
        _apply(session, mission, clean)
        if old_zone != clean.timezone:
            for record, attrs in _local_times(session, mission):
                for attr in attrs:
                    value = getattr(record, attr)
                    if value is not None:
                        local = to_local(value, old_zone).replace(tzinfo=None)
                        setattr(
                            record, attr, local_to_utc(local.date(), local.time(), clean.timezone)
                        )


def _check_items_inside(mission: Mission, data: MissionData) -> None:
    outside = [
        item
        for item in mission.programme
        if not data.start_date <= to_local(item.starts_at, mission.timezone).date() <= data.end_date
    ]
    if outside:
        first = outside[0]
        day = to_local(first.starts_at, mission.timezone)
        raise ValidationError(
            f"{plural(len(outside), 'programme item')} would fall outside the new dates, such as "
            f"'{first.title}' on {day:%a %d %b %Y}; move or delete them first.",
            "start_date" if day.date() < data.start_date else "end_date",
        )


def _local_times(session: Session, mission: Mission) -> list[tuple[object, tuple[str, ...]]]:
    """Every record of a mission that holds a time planned in the mission's zone."""
    registrations = list(mission.registrations)
    found: list[tuple[object, tuple[str, ...]]] = []
    found += [(item, ("starts_at", "ends_at")) for item in mission.programme]
    found += [(b2b, ("starts_at", "ends_at")) for b2b in mission.b2b_sessions]
    found += [
        (meeting, ("starts_at", "ends_at"))
        for meeting in session.scalars(select(Meeting).where(Meeting.mission_id == mission.id))
    ]
    found += [(r, ("arrival_at", "departure_at")) for r in registrations]
    found += [
        (a, ("starts_at", "ends_at"))
        for a in session.scalars(
            select(Availability).where(
                Availability.registration_id.in_([r.id for r in registrations])
            )
        )
    ]
    return found


def suggest_copy_code(session: Session, code: str) -> str:
    """A free code for a copy of a mission: PW2027 -> PW2027-2, -3, ..."""
    taken = set(session.scalars(select(Mission.code)))
    base = normalise_code(code)[:17]
    for n in range(2, 1000):
        candidate = f"{base}-{n}"
        if candidate not in taken:
            return candidate
    raise ValidationError(ServiceWords.say("No free code could be found for the copy."), "code")


def duplicate_mission(
    session: Session,
    mission_id: uuid.UUID,
    *,
    new_code: str,
    new_name: str | None = None,
    new_start: date | None = None,
) -> uuid.UUID:
    """Copy a mission with its venues, organisers, programme and practical notes (not its
    people; items and notes for one of its delegations or named people are not carried over
    as such, see below).

    With ``new_start`` the copy moves to other dates and every programme item keeps its local
    wall-clock time on the matching day, whatever the DST rules of the new dates.
    """
    with transaction(session):
        source = get_mission(session, mission_id)
        shift = (new_start - source.start_date) if new_start else timedelta(0)
        data = validate_mission(
            MissionData(
                code=new_code,
                name=new_name or f"{source.name} (copy)",
                kind=source.kind,
                city=source.city,
                country=source.country,
                timezone=source.timezone,
                start_date=source.start_date + shift,
                end_date=source.end_date + shift,
                status=MissionStatus.DRAFT,
                host_event=source.host_event,
                objectives=source.objectives,
                practical_info=source.practical_info,
                cluster_ids=tuple(c.id for c in source.clusters),
            )
        )
        _check_code_free(session, data.code, None)
        copy = Mission(id=uuid.uuid4())
        _apply(session, copy, data)
        session.add(copy)
        venue_map: dict[uuid.UUID, Venue] = {}
        for venue in source.venues:
            new_venue = Venue(
                id=uuid.uuid4(),
                name=venue.name,
                address=venue.address,
                city=venue.city,
                notes=venue.notes,
            )
            copy.venues.append(new_venue)
            venue_map[venue.id] = new_venue
        item_ids = {item.id: uuid.uuid4() for item in source.programme}
        for item in source.programme:
            starts = to_local(item.starts_at, source.timezone).replace(tzinfo=None) + shift
            ends = to_local(item.ends_at, source.timezone).replace(tzinfo=None) + shift
            # A delegation and named attendees are people of the source mission: such an item
            # is for everyone in the copy. Roles mean the same on every mission.
            for_roles = item.audience is Audience.ROLE
            copy.programme.append(
                ProgrammeItem(
                    id=item_ids[item.id],
                    kind=item.kind,
                    title=item.title,
                    description=item.description,
                    starts_at=local_to_utc(starts.date(), starts.time(), copy.timezone),
                    ends_at=local_to_utc(ends.date(), ends.time(), copy.timezone),
                    venue=venue_map.get(item.venue_id) if item.venue_id else None,
                    room=item.room,
                    audience=Audience.ROLE if for_roles else Audience.EVERYONE,
                    roles=list(item.roles) if for_roles else [],
                    alternative_to_id=item_ids.get(item.alternative_to_id)
                    if item.alternative_to_id
                    else None,
                )
            )
        # Notes for one of the source's delegations are left out: nobody in the copy is in it.
        notes = session.scalars(
            select(PracticalNote)
            .where(PracticalNote.mission_id == source.id)
            .order_by(PracticalNote.position)
        )
        for note in notes:
            if note.audience is not Audience.GROUP:
                copy.practical_notes.append(
                    PracticalNote(
                        id=uuid.uuid4(),
                        position=note.position,
                        title=note.title,
                        text=note.text,
                        audience=note.audience,
                        roles=list(note.roles),
                    )
                )
    return copy.id


def _count(session: Session, model: type, mission_id: uuid.UUID) -> int:
    column = model.mission_id  # type: ignore[attr-defined]
    return int(
        session.scalar(select(func.count()).select_from(model).where(column == mission_id)) or 0
    )


def deletion_impact(session: Session, mission_id: uuid.UUID) -> DeletionImpact:
    mission = get_mission(session, mission_id)
    return DeletionImpact(
        code=mission.code,
        programme_items=_count(session, ProgrammeItem, mission_id),
        registrations=_count(session, Registration, mission_id),
        b2b_sessions=_count(session, B2BSession, mission_id),
        meeting_requests=_count(session, MeetingRequest, mission_id),
        meetings=_count(session, Meeting, mission_id),
        followups=_count(session, FollowUp, mission_id),
        kpi_targets=_count(session, KpiTarget, mission_id),
    )


def delete_mission(session: Session, mission_id: uuid.UUID) -> DeletionImpact:
    """Delete a mission and everything that belongs to it; says what went."""
    with transaction(session):
        impact = deletion_impact(session, mission_id)
        session.delete(get_mission(session, mission_id))
    return impact


def list_clusters(session: Session) -> list[tuple[uuid.UUID, str]]:
    return [(c.id, c.name) for c in session.scalars(select(Cluster).order_by(Cluster.name))]


# --------------------------------------------------------------------------- programme


@dataclass(frozen=True)
class ProgrammeItemData:
    """A programme item as a person enters it: wall-clock times of the mission's zone.

    ``venue_name`` picks the mission's venue of that name, or creates it.
    """

    kind: ProgrammeItemKind
    title: str
    starts_local: datetime  # naive, in the mission's zone
    ends_local: datetime  # naive, in the mission's zone
    venue_name: str = ""
    room: str = ""
    description: str = ""
    audience: Audience = Audience.EVERYONE
    delegation_id: uuid.UUID | None = None
    attendee_ids: tuple[uuid.UUID, ...] = ()
    roles: tuple[RegistrationRole, ...] = ()  # Audience.ROLE
    # The item this one is the alternative to: who attends that one does not get this one.
    alternative_to_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ProgrammeRow:
    """A programme item as the programme views show it, in the mission's local time."""

    id: uuid.UUID
    kind: ProgrammeItemKind
    title: str
    starts_local: datetime  # aware, in the mission's zone
    ends_local: datetime
    venue: str
    room: str
    audience: str
    zone_label: str  # "PST"
    overlaps: tuple[str, ...] = field(default=())  # titles of items in the same room at once

    @property
    def day(self) -> date:
        return self.starts_local.date()


def _validate_item(mission: Mission, data: ProgrammeItemData) -> ProgrammeItemData:
    title = data.title.strip()
    if not title:
        raise ValidationError(ServiceWords.say("A programme item needs a title."), "title")
    if data.starts_local.tzinfo is not None or data.ends_local.tzinfo is not None:
        raise ValueError("programme times are given as local wall-clock times, without a zone")
    if data.ends_local <= data.starts_local:
        ends, starts = f"{data.ends_local:%H:%M}", f"{data.starts_local:%H:%M}"
        raise ValidationError(
            ServiceWords.say("The item ends (%1) before it starts (%2).", ends, starts), "ends"
        )
    if data.ends_local - data.starts_local > timedelta(days=1):
        raise ValidationError(ServiceWords.say("A programme item lasts at most 24 hours."), "ends")
    day = data.starts_local.date()
    if not mission.start_date <= day <= mission.end_date:
        raise ValidationError(
            ServiceWords.say(
                "%1 is outside the mission %2 (%3 to %4).",
                day.isoformat(),
                mission.code,
                mission.start_date.isoformat(),
                mission.end_date.isoformat(),
            ),
            "day",
        )
    if data.audience is Audience.GROUP and data.delegation_id is None:
        raise ValidationError(
            ServiceWords.say("Choose the delegation this item is for."), "delegation"
        )
    roles = parse_roles(data.roles) if data.audience is Audience.ROLE else ()
    if data.audience is Audience.ROLE and not roles:
        raise ValidationError(ServiceWords.say("Choose the roles this item is for."), "roles")
    return replace(
        data,
        title=title,
        venue_name=data.venue_name.strip(),
        room=data.room.strip(),
        roles=roles,
    )


def _check_alternative(
    session: Session, mission: Mission, item_id: uuid.UUID, alternative_to_id: uuid.UUID | None
) -> None:
    """The item an item stands in for is another item of the same mission, and following
    alternatives from it never comes back to the item."""
    seen = {item_id}
    current = alternative_to_id
    while current is not None:
        if current in seen:
            raise ValidationError(
                ServiceWords.say(
                    "An item cannot be the alternative to itself, even through other items."
                ),
                "alternative_to",
            )
        other = session.get(ProgrammeItem, current)
        if other is None or other.mission_id != mission.id:
            raise ValidationError(
                ServiceWords.say(
                    "The item this one is the alternative to is not on this mission's programme."
                ),
                "alternative_to",
            )
        seen.add(current)
        current = other.alternative_to_id


def venue_named(session: Session, mission: Mission, name: str) -> Venue | None:
    if not name:
        return None
    for venue in mission.venues:
        if venue.name.casefold() == name.casefold():
            return venue
    venue = Venue(id=uuid.uuid4(), name=name, city=mission.city)
    mission.venues.append(venue)
    return venue


def _apply_item(
    session: Session, mission: Mission, item: ProgrammeItem, data: ProgrammeItemData
) -> None:
    item.kind = data.kind
    item.title = data.title
    item.description = data.description
    item.starts_at = local_to_utc(
        data.starts_local.date(), data.starts_local.time(), mission.timezone
    )
    item.ends_at = local_to_utc(data.ends_local.date(), data.ends_local.time(), mission.timezone)
    item.venue = venue_named(session, mission, data.venue_name)
    item.room = data.room
    item.audience = data.audience
    item.delegation_id = data.delegation_id if data.audience is Audience.GROUP else None
    item.roles = [role.value for role in data.roles] if data.audience is Audience.ROLE else []
    with session.no_autoflush:
        _check_alternative(session, mission, item.id, data.alternative_to_id)
    item.alternative_to_id = data.alternative_to_id
    if data.audience is Audience.NAMED and data.attendee_ids:
        item.attendees = list(
            session.scalars(
                select(Registration).where(
                    Registration.id.in_(data.attendee_ids), Registration.mission_id == mission.id
                )
            )
        )
    else:
        item.attendees = []


def create_programme_item(
    session: Session,
    mission_id: uuid.UUID,
    data: ProgrammeItemData,
    *,
    item_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Add an item; ``item_id`` lets an undone deletion come back with its own id."""
    with transaction(session):
        mission = get_mission(session, mission_id)
        clean = _validate_item(mission, data)
        item = ProgrammeItem(id=item_id or uuid.uuid4(), mission_id=mission.id)
        session.add(item)
        _apply_item(session, mission, item, clean)
    return item.id


def _get_item(session: Session, item_id: uuid.UUID) -> ProgrammeItem:
    item = session.get(ProgrammeItem, item_id)
    if item is None:
        raise NotFoundError(ServiceWords.say("That programme item no longer exists."))
    return item


def update_programme_item(
    session: Session,
    item_id: uuid.UUID,
    data: ProgrammeItemData,
    *,
    expected_version: int | None = None,
) -> None:
    """Save the item form; ``expected_version`` as for ``update_mission``."""
    with transaction(session):
        item = _get_item(session, item_id)
        check_version(session, item, expected_version)
        clean = _validate_item(item.mission, data)
        _apply_item(session, item.mission, item, clean)


def programme_item_data(session: Session, item_id: uuid.UUID) -> ProgrammeItemData:
    """The current values of an item, in local time: what a form shows and undo restores."""
    item = _get_item(session, item_id)
    tz = item.mission.timezone
    return ProgrammeItemData(
        kind=item.kind,
        title=item.title,
        starts_local=to_local(item.starts_at, tz).replace(tzinfo=None),
        ends_local=to_local(item.ends_at, tz).replace(tzinfo=None),
        venue_name=item.venue.name if item.venue else "",
        room=item.room,
        description=item.description,
        audience=item.audience,
        delegation_id=item.delegation_id,
        attendee_ids=tuple(r.id for r in item.attendees),
        roles=stored_roles(item.roles or ()),
        alternative_to_id=item.alternative_to_id,
    )


@dataclass(frozen=True)
class RemovedItem:
    """A deleted programme item as it was, row for row, to put back exactly on undo."""

    data: ProgrammeItemData
    row: dict[str, Any]
    attendees: tuple[dict[str, Any], ...]
    b2b_sessions: tuple[uuid.UUID, ...]  # sessions that pointed at the item

    def undo(self, session: Session) -> None:
        """Put the item back as it was: same id, times, venue, attendees and B2B link."""
        with transaction(session):
            put_back_item(session, self)


def delete_programme_item(
    session: Session, item_id: uuid.UUID, *, drop_venue_if_unused: bool = False
) -> RemovedItem:
    """Delete an item; returns what puts it back (its ``undo``).

    ``drop_venue_if_unused`` also removes its venue when no other item uses it (the undo of
    an addition that created the venue).
    """
    with transaction(session):
        item = _get_item(session, item_id)
        data = programme_item_data(session, item_id)
        items: Table = ProgrammeItem.__table__  # type: ignore[assignment]
        attendees = programme_item_attendees
        removed = RemovedItem(
            data=data,
            row=dict(session.execute(select(items).where(items.c.id == item_id)).mappings().one()),
            attendees=tuple(
                dict(r)
                for r in session.execute(
                    select(attendees).where(attendees.c.programme_item_id == item_id)
                ).mappings()
            ),
            b2b_sessions=tuple(
                session.scalars(
                    select(B2BSession.id).where(B2BSession.programme_item_id == item_id)
                )
            ),
        )
        venue = item.venue
        session.delete(item)
        session.flush()
        if drop_venue_if_unused and venue is not None:
            used = session.scalar(
                select(ProgrammeItem.id).where(ProgrammeItem.venue_id == venue.id).limit(1)
            )
            if used is None:
                session.delete(venue)
    return removed


def put_back_item(
    session: Session, removed: RemovedItem, venue_ids: set[uuid.UUID] | None = None
) -> None:
    """``RemovedItem.undo`` inside the caller's transaction (an import's undo puts back
    many). A venue or an attendee's registration deleted meanwhile is left out; ``venue_ids``,
    the venues known to exist, saves a query per item."""
    row = dict(removed.row)
    venue_id = row.get("venue_id")
    if venue_id is not None and (
        venue_id not in venue_ids if venue_ids is not None else session.get(Venue, venue_id) is None
    ):
        row["venue_id"] = None  # the venue went meanwhile
    items: Table = ProgrammeItem.__table__  # type: ignore[assignment]
    session.execute(insert(items), [row])
    registered = set(
        session.scalars(
            select(Registration.id).where(
                Registration.id.in_([a["registration_id"] for a in removed.attendees])
            )
        )
    )
    attendees = [a for a in removed.attendees if a["registration_id"] in registered]
    if attendees:
        session.execute(insert(programme_item_attendees), attendees)
    if removed.b2b_sessions:
        session.execute(
            update(B2BSession)
            .where(B2BSession.id.in_(removed.b2b_sessions))
            .values(programme_item_id=row["id"])
        )


def list_programme(session: Session, mission_id: uuid.UUID) -> list[ProgrammeRow]:
    """The programme in time order, in local time, with same-room overlaps marked."""
    mission = get_mission(session, mission_id)
    tz = mission.timezone
    items = session.scalars(
        select(ProgrammeItem)
        .where(ProgrammeItem.mission_id == mission_id)
        .order_by(ProgrammeItem.starts_at, ProgrammeItem.title)
    ).all()
    venues = {v.id: v.name for v in mission.venues}
    delegations = {
        d_id: name
        for d_id, name in session.execute(
            select(Delegation.id, Delegation.name).where(Delegation.mission_id == mission_id)
        )
    }
    overlaps = find_overlaps(items)
    titles = {item.id: item.title for item in items}
    rows = []
    for item in items:
        audience = audience_text(
            item.audience,
            delegation=delegations.get(item.delegation_id, "") if item.delegation_id else "",
            roles=stored_roles(item.roles or ()),
            named=len(item.attendees),
            alternative_to=titles.get(item.alternative_to_id, "") if item.alternative_to_id else "",
        )
        rows.append(
            ProgrammeRow(
                id=item.id,
                kind=item.kind,
                title=item.title,
                starts_local=to_local(item.starts_at, tz),
                ends_local=to_local(item.ends_at, tz),
                venue=venues.get(item.venue_id, "") if item.venue_id else "",
                room=item.room,
                audience=audience,
                zone_label=zone_abbreviation(item.starts_at, tz),
                overlaps=tuple(overlaps.get(item.id, ())),
            )
        )
    return rows


def find_overlaps(items: Sequence[ProgrammeItem]) -> dict[uuid.UUID, list[str]]:
    """Items that share a room at the same time: item id -> titles of the others.

    A room is a venue and a room name; items with neither are in no room.
    """
    by_room: dict[tuple[uuid.UUID | None, str], list[ProgrammeItem]] = defaultdict(list)
    for item in items:
        key = (item.venue_id, item.room.strip().casefold())
        if key != (None, ""):
            by_room[key].append(item)
    clashes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for group in by_room.values():
        group.sort(key=lambda i: i.starts_at)
        active: list[ProgrammeItem] = []
        for item in group:
            active = [a for a in active if a.ends_at > item.starts_at]
            for other in active:
                clashes[item.id].append(other.title)
                clashes[other.id].append(item.title)
            active.append(item)
    return clashes


def mission_days(mission: Mission) -> list[date]:
    days = (mission.end_date - mission.start_date).days + 1
    return [mission.start_date + timedelta(days=n) for n in range(days)]


@dataclass(frozen=True)
class ProgrammeContext:
    """What the programme screens need to know of a mission."""

    id: uuid.UUID
    code: str
    name: str
    timezone: str
    days: tuple[date, ...]
    venues: tuple[str, ...]
    delegations: tuple[tuple[uuid.UUID, str], ...]


def programme_context(session: Session, mission_id: uuid.UUID) -> ProgrammeContext:
    mission = get_mission(session, mission_id)
    return ProgrammeContext(
        id=mission.id,
        code=mission.code,
        name=mission.name,
        timezone=mission.timezone,
        days=tuple(mission_days(mission)),
        venues=tuple(sorted((v.name for v in mission.venues), key=str.casefold)),
        delegations=tuple(
            sorted(((d.id, d.name) for d in mission.delegations), key=lambda p: p[1].casefold())
        ),
    )


# --------------------------------------------------------------------------- practical notes


@dataclass(frozen=True)
class NoteData:
    """A piece of practical information and who it is meant for: everyone, one delegation of
    the mission (``delegation_id``) or some roles. The mission's ``practical_info`` is the
    text for everyone that the mission form edits; notes add what only some people need."""

    title: str
    text: str
    audience: Audience = Audience.EVERYONE
    delegation_id: uuid.UUID | None = None
    roles: tuple[RegistrationRole, ...] = ()


@dataclass(frozen=True)
class NoteRow:
    id: uuid.UUID
    position: int
    title: str
    text: str
    audience: str  # in words: "Everyone", a delegation's name, "Delegates and speakers"
    data: NoteData


def _validate_note(mission: Mission, data: NoteData) -> NoteData:
    title = data.title.strip()
    if not title:
        raise ValidationError(
            ServiceWords.say("A practical note needs a title, such as “Entry to the US”."), "title"
        )
    if len(title) > 200:
        raise ValidationError(
            ServiceWords.say(
                "The %1 is too long (%2 characters; at most %3).",
                ServiceWords.say("title"),
                len(title),
                200,
            ),
            "title",
        )
    if data.audience is Audience.NAMED:
        raise ValidationError(
            ServiceWords.say("A practical note is for everyone, a delegation or some roles."),
            "audience",
        )
    delegation_id = data.delegation_id if data.audience is Audience.GROUP else None
    if data.audience is Audience.GROUP and delegation_id not in {d.id for d in mission.delegations}:
        raise ValidationError(
            ServiceWords.say("Choose one of %1's delegations for this note.", mission.code),
            "delegation",
        )
    roles = parse_roles(data.roles) if data.audience is Audience.ROLE else ()
    if data.audience is Audience.ROLE and not roles:
        raise ValidationError(ServiceWords.say("Choose the roles this note is for."), "roles")
    return NoteData(title, data.text.strip(), data.audience, delegation_id, roles)


def _apply_note(note: PracticalNote, data: NoteData) -> None:
    note.title = data.title
    note.text = data.text
    note.audience = data.audience
    note.delegation_id = data.delegation_id
    note.roles = [role.value for role in data.roles]


def list_notes(session: Session, mission_id: uuid.UUID) -> list[NoteRow]:
    """The mission's practical notes in the order packs print them."""
    mission = get_mission(session, mission_id)
    delegations = {d.id: d.name for d in mission.delegations}
    rows = []
    for note in session.scalars(
        select(PracticalNote)
        .where(PracticalNote.mission_id == mission_id)
        .order_by(PracticalNote.position, PracticalNote.title)
    ):
        roles = stored_roles(note.roles or ())
        data = NoteData(note.title, note.text, note.audience, note.delegation_id, roles)
        rows.append(
            NoteRow(
                id=note.id,
                position=note.position,
                title=note.title,
                text=note.text,
                audience=audience_text(
                    note.audience,
                    delegation=delegations.get(note.delegation_id, "")
                    if note.delegation_id
                    else "",
                    roles=roles,
                ),
                data=data,
            )
        )
    return rows


def add_note(
    session: Session, mission_id: uuid.UUID, data: NoteData, *, note_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a note after the mission's others; ``note_id`` lets an undone deletion come back."""
    with transaction(session):
        mission = get_mission(session, mission_id)
        clean = _validate_note(mission, data)
        last = session.scalar(
            select(func.max(PracticalNote.position)).where(PracticalNote.mission_id == mission.id)
        )
        note = PracticalNote(
            id=note_id or uuid.uuid4(),
            mission_id=mission.id,
            position=(last + 1) if last is not None else 0,
        )
        _apply_note(note, clean)
        session.add(note)
    return note.id


def _get_note(session: Session, note_id: uuid.UUID) -> PracticalNote:
    note = session.get(PracticalNote, note_id)
    if note is None:
        raise NotFoundError(ServiceWords.say("That practical note no longer exists."))
    return note


def update_note(session: Session, note_id: uuid.UUID, data: NoteData) -> None:
    with transaction(session):
        note = _get_note(session, note_id)
        _apply_note(note, _validate_note(note.mission, data))


def delete_note(session: Session, note_id: uuid.UUID) -> NoteData:
    """Delete a note; returns what it said (for an undo through ``add_note``)."""
    with transaction(session):
        note = _get_note(session, note_id)
        data = NoteData(
            note.title, note.text, note.audience, note.delegation_id, stored_roles(note.roles)
        )
        session.delete(note)
        if note in note.mission.practical_notes:
            note.mission.practical_notes.remove(note)
    return data
