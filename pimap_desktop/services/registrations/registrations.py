"""People in a mission: registrations, their role, status and travel, and the delegations
they form. Every change is one transaction and returns what its undo needs."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Availability,
    Cluster,
    Delegation,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
    programme_item_attendees,
)
from pimap_desktop.domain.rules import local_to_utc, to_local
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.undo import VersionsLeft, taking_back, versions_left
from pimap_desktop.services.unit import transaction
from pimap_desktop.services.versions import check_version
from pimap_desktop.text import ServiceWords

GroupBy = Literal["cluster", "country"]


@dataclass(frozen=True)
class RegistrationRow:
    """A registration as the mission's list shows it (times in the mission's zone)."""

    id: uuid.UUID
    person_id: uuid.UUID
    first_name: str
    last_name: str
    email: str
    organisation: str
    country: str
    cluster: str
    role: RegistrationRole
    status: RegistrationStatus
    delegation: str
    arrival_local: datetime | None
    departure_local: datetime | None
    hotel: str
    badge_name: str
    diet: str
    phone: str = ""
    badges_printed: int = 0  # reprints included
    badge_printed_local: datetime | None = None  # the last one, in the mission's zone
    checked_in_local: datetime | None = None  # at the desk, in the mission's zone

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def list_registrations(session: Session, mission_id: uuid.UUID) -> list[RegistrationRow]:
    """One query of the columns the list shows (no ORM objects: a mission of 15,000 people is
    read in a fraction of the time): registrations with person, organisation, cluster and
    delegation, by name."""
    tz = get_mission(session, mission_id).timezone
    rows = session.execute(
        select(
            Registration.id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Organisation.name,
            Organisation.country,
            Cluster.name,
            Registration.role,
            Registration.status,
            Delegation.name,
            Registration.arrival_at,
            Registration.departure_at,
            Registration.hotel,
            Person.badge_name,
            Person.dietary_needs,
            Person.phone,
            Registration.badges_printed,
            Registration.badge_printed_at,
            Registration.checked_in_at,
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(Cluster, Cluster.id == Organisation.cluster_id)
        .outerjoin(Delegation, Delegation.id == Registration.delegation_id)
        .where(Registration.mission_id == mission_id)
        .order_by(Person.last_name, Person.first_name)
    ).all()
    return [
        RegistrationRow(
            id=registration_id,
            person_id=person_id,
            first_name=first,
            last_name=last,
            email=email or "",
            organisation=org or "",
            country=country or "",
            cluster=cluster or "",
            role=role,
            status=status,
            delegation=delegation or "",
            arrival_local=to_local(arrival, tz) if arrival else None,
            departure_local=to_local(departure, tz) if departure else None,
            hotel=hotel,
            badge_name=badge_name,
            diet=diet,
            phone=phone,
            badges_printed=printed,
            badge_printed_local=to_local(printed_at, tz) if printed_at else None,
            checked_in_local=to_local(checked_in, tz) if checked_in else None,
        )
        for (
            registration_id,
            person_id,
            first,
            last,
            email,
            org,
            country,
            cluster,
            role,
            status,
            delegation,
            arrival,
            departure,
            hotel,
            badge_name,
            diet,
            phone,
            printed,
            printed_at,
            checked_in,
        ) in rows
    ]


# --------------------------------------------------------------------------- one registration


@dataclass(frozen=True)
class RegistrationData:
    """The registration form. Times are wall-clock times of the mission's zone. Badge name and
    diet belong to the person (they follow them from mission to mission)."""

    role: RegistrationRole
    status: RegistrationStatus
    arrival_local: datetime | None = None
    departure_local: datetime | None = None
    hotel: str = ""
    badge_name: str = ""
    diet: str = ""
    delegation_id: uuid.UUID | None = None
    notes: str = ""


def _get(session: Session, registration_id: uuid.UUID) -> Registration:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise NotFoundError(ServiceWords.say("That registration no longer exists."))
    return registration


def registration_data(session: Session, registration_id: uuid.UUID) -> RegistrationData:
    r = _get(session, registration_id)
    tz = r.mission.timezone
    return RegistrationData(
        role=r.role,
        status=r.status,
        arrival_local=to_local(r.arrival_at, tz).replace(tzinfo=None) if r.arrival_at else None,
        departure_local=to_local(r.departure_at, tz).replace(tzinfo=None)
        if r.departure_at
        else None,
        hotel=r.hotel,
        badge_name=r.person.badge_name,
        diet=r.person.dietary_needs,
        delegation_id=r.delegation_id,
        notes=r.notes,
    )


def _utc(local: datetime | None, zone: str) -> datetime | None:
    if local is None:
        return None
    return local_to_utc(local.date(), local.time(), zone)


def check_travel(arrival: datetime | None, departure: datetime | None) -> None:
    if arrival and departure and arrival > departure:
        raise ValidationError(
            ServiceWords.say("The arrival (%1) is after the departure (%2).", arrival, departure),
            "departure",
        )


def update_registration(
    session: Session,
    registration_id: uuid.UUID,
    data: RegistrationData,
    *,
    expected_version: int | None = None,
) -> None:
    """Save the registration form; ``expected_version`` is the version the form was loaded
    with (a save over a newer change is refused: ``StaleEdit``)."""
    check_travel(data.arrival_local, data.departure_local)
    with transaction(session):
        r = _get(session, registration_id)
        check_version(session, r, expected_version)
        tz = r.mission.timezone
        r.role, r.status = data.role, data.status
        r.arrival_at, r.departure_at = _utc(data.arrival_local, tz), _utc(data.departure_local, tz)
        r.hotel = data.hotel.strip()
        r.delegation_id = data.delegation_id
        r.notes = data.notes
        r.person.badge_name = data.badge_name.strip()
        r.person.dietary_needs = data.diet.strip()


@dataclass(frozen=True)
class RegisterReport:
    registered: tuple[uuid.UUID, ...]
    already: int  # people who were registered in the mission before


def register_people(
    session: Session,
    mission_id: uuid.UUID,
    person_ids: Sequence[uuid.UUID],
    *,
    role: RegistrationRole = RegistrationRole.DELEGATE,
    status: RegistrationStatus = RegistrationStatus.REGISTERED,
) -> RegisterReport:
    """Add people from the directory to a mission; those already in it are left as they are."""
    with transaction(session):
        get_mission(session, mission_id)
        present = set(
            session.scalars(
                select(Registration.person_id).where(Registration.mission_id == mission_id)
            )
        )
        wanted = [p for p in dict.fromkeys(person_ids) if p not in present]
        found = (
            set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
            if wanted
            else set()
        )
        if len(found) != len(wanted):
            raise NotFoundError("Some of those people are no longer in the directory.")
        created = []
        for person_id in wanted:
            registration = Registration(
                id=uuid.uuid4(),
                mission_id=mission_id,
                person_id=person_id,
                role=role,
                status=status,
            )
            session.add(registration)
            created.append(registration.id)
    return RegisterReport(registered=tuple(created), already=len(person_ids) - len(wanted))


@dataclass(frozen=True)
class StatusesBefore:
    """The status each registration had before ``set_status``; its undo puts them back."""

    statuses: Mapping[uuid.UUID, RegistrationStatus]
    left: VersionsLeft = field(default_factory=VersionsLeft)  # what set_status left

    def undo(self, session: Session) -> None:
        with taking_back(session, self.left):
            for r in _many(session, self.statuses):
                r.status = self.statuses[r.id]


def set_status(
    session: Session, registration_ids: Iterable[uuid.UUID], status: RegistrationStatus
) -> StatusesBefore:
    """Bulk status change; returns the previous status of each, for undo."""
    with transaction(session):
        registrations = _many(session, registration_ids)
        before = {r.id: r.status for r in registrations}
        for r in registrations:
            r.status = status
        left = versions_left(session, registrations)
    return StatusesBefore(before, left)


def _many(session: Session, ids: Iterable[uuid.UUID]) -> list[Registration]:
    wanted = list(dict.fromkeys(ids))
    found = list(session.scalars(select(Registration).where(Registration.id.in_(wanted))))
    if len(found) != len(wanted):
        raise NotFoundError("Some of those registrations no longer exist.")
    return found


# --------------------------------------------------------------------------- removal and undo


@dataclass(frozen=True)
class RemovedRegistrations:
    """Everything that went with removed registrations, row by row, to put back on undo."""

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    count: int
    # Meetings that pointed at a removed request (the link is cleared with the request).
    meeting_requests: tuple[tuple[uuid.UUID, uuid.UUID], ...] = ()

    def undo(self, session: Session) -> None:
        """Put the registrations back, with everything that went with them."""
        tables = {t.name: t for t, _ in _hanging_tables()}
        tables[Registration.__tablename__] = Registration.__table__  # type: ignore[assignment]
        with transaction(session):
            for name, rows in self.rows:
                if rows:
                    session.execute(insert(tables[name]), list(rows))
            for meeting_id, request_id in self.meeting_requests:
                session.execute(
                    update(Meeting).where(Meeting.id == meeting_id).values(request_id=request_id)
                )


def _hanging_tables() -> list[tuple[Table, list[Any]]]:
    """Tables whose rows go with a registration, in the order they are put back."""
    requests = MeetingRequest.__table__
    return [
        (Availability.__table__, [Availability.__table__.c.registration_id]),  # type: ignore[list-item]
        (requests, [requests.c.requester_id, requests.c.target_id]),  # type: ignore[list-item]
        (meeting_participants, [meeting_participants.c.registration_id]),
        (programme_item_attendees, [programme_item_attendees.c.registration_id]),
    ]


def remove_registrations(
    session: Session, registration_ids: Iterable[uuid.UUID]
) -> RemovedRegistrations:
    """Take people out of a mission; returns what puts them back (its ``undo``)."""
    with transaction(session):
        registrations = _many(session, registration_ids)
        ids = [r.id for r in registrations]
        saved: list[tuple[str, tuple[dict[str, Any], ...]]] = []
        reg_table: Table = Registration.__table__  # type: ignore[assignment]
        saved.append((reg_table.name, _rows(session, reg_table, [reg_table.c.id], ids)))
        for table, columns in _hanging_tables():
            saved.append((table.name, _rows(session, table, columns, ids)))
        request_ids = [
            row["id"]
            for name, rows in saved
            if name == MeetingRequest.__tablename__
            for row in rows
        ]
        links = tuple(
            (meeting_id, request_id)
            for meeting_id, request_id in session.execute(
                select(Meeting.id, Meeting.request_id).where(Meeting.request_id.in_(request_ids))
            )
            if request_id is not None
        )
        for r in registrations:
            session.delete(r)
    return RemovedRegistrations(rows=tuple(saved), count=len(ids), meeting_requests=links)


def _rows(
    session: Session, table: Table, columns: list[Any], ids: list[uuid.UUID]
) -> tuple[dict[str, Any], ...]:
    condition = columns[0].in_(ids)
    for column in columns[1:]:
        condition = condition | column.in_(ids)
    return tuple(dict(row) for row in session.execute(select(table).where(condition)).mappings())


# --------------------------------------------------------------------------- delegations


@dataclass(frozen=True)
class DelegationGroup:
    """A group of a mission's registrations, by cluster or by country, with counts."""

    name: str
    total: int
    by_status: dict[RegistrationStatus, int] = field(default_factory=dict)

    @property
    def confirmed(self) -> int:
        return self.by_status.get(RegistrationStatus.CONFIRMED, 0)


NO_GROUP = {"cluster": "No cluster", "country": "No country"}


def _group_key(row: RegistrationRow, by: GroupBy) -> str:
    return (row.cluster if by == "cluster" else row.country) or NO_GROUP[by]


def delegation_groups(
    session: Session, mission_id: uuid.UUID, by: GroupBy
) -> list[DelegationGroup]:
    """Counts per cluster (or country) and status, largest group first; counted by the
    database."""
    get_mission(session, mission_id)
    key = Cluster.name if by == "cluster" else Organisation.country
    counted = session.execute(
        select(key, Registration.status, func.count())
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(Cluster, Cluster.id == Organisation.cluster_id)
        .where(Registration.mission_id == mission_id)
        .group_by(key, Registration.status)
    ).all()
    groups: dict[str, Counter[RegistrationStatus]] = defaultdict(Counter)
    for name, status, count in counted:
        groups[name or NO_GROUP[by]][status] += count
    return sorted(
        (
            DelegationGroup(name=name, total=sum(counts.values()), by_status=dict(counts))
            for name, counts in groups.items()
        ),
        key=lambda g: (-g.total, g.name),
    )


@dataclass(frozen=True)
class FormedDelegations:
    """What forming delegations changed, for undo."""

    changed: int
    previous: tuple[tuple[uuid.UUID, uuid.UUID | None], ...]  # registration -> its delegation
    created: tuple[uuid.UUID, ...]
    left: VersionsLeft = field(default_factory=VersionsLeft)  # the registrations placed

    def undo(self, session: Session) -> None:
        """Everyone back in their former delegation, the new ones gone."""
        with taking_back(session, self.left):
            for registration_id, delegation_id in self.previous:
                registration = session.get(Registration, registration_id)
                if registration is not None:
                    registration.delegation_id = delegation_id
            session.flush()
            for delegation_id in self.created:
                delegation = session.get(Delegation, delegation_id)
                if delegation is not None:
                    session.delete(delegation)


def form_delegations(session: Session, mission_id: uuid.UUID, by: GroupBy) -> FormedDelegations:
    """Make one delegation per cluster (or country) and put each registration in its own."""
    rows = list_registrations(session, mission_id)
    with transaction(session):
        mission: Mission = get_mission(session, mission_id)
        existing = {d.name: d for d in mission.delegations}
        clusters = {c.name: c.id for c in session.scalars(select(Cluster))}
        previous: list[tuple[uuid.UUID, uuid.UUID | None]] = []
        created: list[uuid.UUID] = []
        placed: list[Registration] = []
        for row in rows:
            name = _group_key(row, by)
            delegation = existing.get(name)
            if delegation is None:
                delegation = Delegation(
                    id=uuid.uuid4(),
                    mission_id=mission_id,
                    name=name,
                    cluster_id=clusters.get(name) if by == "cluster" else None,
                    country=row.country if by == "country" else "",
                )
                session.add(delegation)
                existing[name] = delegation
                created.append(delegation.id)
            registration = _get(session, row.id)
            if registration.delegation_id != delegation.id:
                previous.append((registration.id, registration.delegation_id))
                registration.delegation_id = delegation.id
                placed.append(registration)
        left = versions_left(session, placed)
    return FormedDelegations(
        changed=len(previous), previous=tuple(previous), created=tuple(created), left=left
    )


def mission_delegations(session: Session, mission_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    return [
        (d.id, d.name)
        for d in session.scalars(
            select(Delegation).where(Delegation.mission_id == mission_id).order_by(Delegation.name)
        )
    ]
