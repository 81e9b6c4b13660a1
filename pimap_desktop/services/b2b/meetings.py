"""B2B sessions, meeting requests, availability and meetings of a mission.

A session is a window of the programme cut into slots (length, break) with a number of tables.
Requests are made by one registration to another (priority 1 = highest); a pair that asked
each other is mutual. Meetings sit at a slot and a table; a meeting fixed by hand is locked.
Times go in and out in the mission's local time and are stored in UTC.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from babel.dates import format_datetime
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import (
    MeetingStatus,
    ProgrammeItemKind,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    B2BTable,
    FollowUp,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    ProgrammeItem,
    Registration,
    meeting_participants,
)
from pimap_desktop.domain.rules import local_to_utc, to_local, zone
from pimap_desktop.services.b2b.availability import busy_registrations
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.undo import VersionsLeft, check_left, taking_back, versions_left
from pimap_desktop.services.unit import transaction
from pimap_desktop.services.versions import CANNOT_UNDO, changed_text, check_version, refusal
from pimap_desktop.text import ServiceWords, Words, and_list, plural, semicolon_list

log = logging.getLogger(__name__)

# Registrations that take part in meetings.
TAKING_PART = (
    RegistrationStatus.INVITED,
    RegistrationStatus.REGISTERED,
    RegistrationStatus.CONFIRMED,
)

# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class SessionData:
    """A B2B session as a coordinator describes it (local times of the mission)."""

    day: date
    start: time
    end: time
    slot_minutes: int
    break_minutes: int
    tables: int
    name: str = ""
    table_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlotTime:
    position: int
    starts_at: datetime  # UTC
    ends_at: datetime


def slot_times(
    starts_at: datetime, ends_at: datetime, slot_minutes: int, break_minutes: int
) -> list[SlotTime]:
    """The slots that fit whole in a window: slot, break, slot, break, ..."""
    slots: list[SlotTime] = []
    length, step = timedelta(minutes=slot_minutes), timedelta(minutes=slot_minutes + break_minutes)
    begin = starts_at
    while begin + length <= ends_at:
        slots.append(SlotTime(len(slots), begin, begin + length))
        begin += step
    return slots


def session_slots(b2b: B2BSession) -> list[SlotTime]:
    return slot_times(b2b.starts_at, b2b.ends_at, b2b.slot_minutes, b2b.break_minutes)


def validate_session(mission: Mission, data: SessionData) -> None:
    if not mission.start_date <= data.day <= mission.end_date:
        raise ValidationError(
            ServiceWords.say(
                "%1 is outside the mission %2 (%3 to %4).",
                data.day.isoformat(),
                mission.code,
                mission.start_date.isoformat(),
                mission.end_date.isoformat(),
            ),
            "date",
        )
    start, end = f"{data.start:%H:%M}", f"{data.end:%H:%M}"
    if data.end <= data.start:
        raise ValidationError(
            ServiceWords.say("The session ends (%1) before it starts (%2).", end, start), "to"
        )
    if data.slot_minutes < 5 or data.slot_minutes > 240:
        raise ValidationError(
            ServiceWords.say("A slot lasts between 5 and 240 minutes."), "slot_minutes"
        )
    if data.break_minutes < 0 or data.break_minutes > 120:
        raise ValidationError(
            ServiceWords.say("A break lasts between 0 and 120 minutes."), "break_minutes"
        )
    if data.tables < 1 or data.tables > 1000:
        raise ValidationError(
            ServiceWords.say("A session has between 1 and 1,000 tables."), "tables"
        )
    window = datetime.combine(data.day, data.end) - datetime.combine(data.day, data.start)
    if window < timedelta(minutes=data.slot_minutes):
        raise ValidationError(
            ServiceWords.say(
                "No %1-minute slot fits between %2 and %3.", data.slot_minutes, start, end
            ),
            "slot_minutes",
        )


def add_session(session: Session, mission_id: uuid.UUID, data: SessionData) -> uuid.UUID:
    """Create a B2B session with its tables, and its block in the programme."""
    with transaction(session):
        mission = get_mission(session, mission_id)
        validate_session(mission, data)
        starts = local_to_utc(data.day, data.start, mission.timezone)
        ends = local_to_utc(data.day, data.end, mission.timezone)
        count = len(mission.b2b_sessions) + 1
        name = data.name.strip() or ("B2B meetings" if count == 1 else f"B2B meetings {count}")
        item = ProgrammeItem(
            id=uuid.uuid4(),
            mission_id=mission.id,
            kind=ProgrammeItemKind.B2B_SESSION,
            title=name,
            starts_at=starts,
            ends_at=ends,
        )
        b2b = B2BSession(
            id=uuid.uuid4(),
            mission_id=mission.id,
            programme_item_id=item.id,
            name=name,
            starts_at=starts,
            ends_at=ends,
            slot_minutes=data.slot_minutes,
            break_minutes=data.break_minutes,
        )
        session.add_all([item, b2b])
        session.flush()
        for number in range(1, data.tables + 1):
            names = data.table_names
            label = (
                names[number - 1].strip()
                if number <= len(names) and names[number - 1].strip()
                else ""
            )
            session.add(B2BTable(id=uuid.uuid4(), session_id=b2b.id, number=number, name=label))
    return b2b.id


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    name: str
    starts_local: datetime
    ends_local: datetime
    slot_minutes: int
    break_minutes: int
    tables: tuple[tuple[uuid.UUID, int, str], ...]  # id, number, label
    slots: tuple[tuple[datetime, datetime], ...]  # local start and end of each slot

    @property
    def label(self) -> str:
        """``Matchmaking — Wed 27 Jan 13:30–17:30 PST``: CLDR's English day and month names,
        whatever the process locale (the wish forms print it)."""
        start = format_datetime(self.starts_local, "EEE dd MMM HH:mm", locale="en")
        return f"{self.name} — {start}–{self.ends_local:%H:%M} {self.starts_local.tzname()}"


def table_label(number: int, name: str) -> str:
    return name or f"Table {number}"


def list_sessions(session: Session, mission_id: uuid.UUID) -> list[SessionRow]:
    mission = get_mission(session, mission_id)
    tz = mission.timezone
    rows = session.scalars(
        select(B2BSession)
        .where(B2BSession.mission_id == mission_id)
        .options(selectinload(B2BSession.tables))
        .order_by(B2BSession.starts_at)
    ).all()
    return [
        SessionRow(
            id=b.id,
            name=b.name,
            starts_local=to_local(b.starts_at, tz),
            ends_local=to_local(b.ends_at, tz),
            slot_minutes=b.slot_minutes,
            break_minutes=b.break_minutes,
            tables=tuple((t.id, t.number, table_label(t.number, t.name)) for t in b.tables),
            slots=tuple(
                (to_local(s.starts_at, tz), to_local(s.ends_at, tz)) for s in session_slots(b)
            ),
        )
        for b in rows
    ]


def get_session_by_name_or_index(session: Session, mission_id: uuid.UUID, key: str) -> B2BSession:
    sessions = session.scalars(
        select(B2BSession).where(B2BSession.mission_id == mission_id).order_by(B2BSession.starts_at)
    ).all()
    for number, b2b in enumerate(sessions, start=1):
        if key.strip().casefold() in (b2b.name.casefold(), str(number)):
            return b2b
    raise NotFoundError(ServiceWords.say("The mission has no B2B session '%1'.", key))


# --------------------------------------------------------------------------- participants


def participants(session: Session, mission_id: uuid.UUID) -> list[Registration]:
    """The registrations that take part in meetings (invited, registered or confirmed)."""
    return list(
        session.scalars(
            select(Registration)
            .where(Registration.mission_id == mission_id, Registration.status.in_(TAKING_PART))
            .options(selectinload(Registration.person))
        )
    )


@dataclass(frozen=True)
class ParticipantRow:
    """A participant as the B2B page lists them."""

    id: uuid.UUID  # the registration
    name: str
    organisation: str
    email: str


def participant_rows(session: Session, mission_id: uuid.UUID) -> list[ParticipantRow]:
    """The participants with their organisation, by name; one query."""
    rows = session.execute(
        select(
            Registration.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Organisation.name,
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.mission_id == mission_id, Registration.status.in_(TAKING_PART))
    ).all()
    made = [
        ParticipantRow(reg_id, f"{first} {last}".strip(), org or "", email or "")
        for reg_id, first, last, email, org in rows
    ]
    return sorted(made, key=lambda p: (p.name.casefold(), p.organisation.casefold()))


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class RequestRow:
    id: uuid.UUID
    requester_id: uuid.UUID
    requester: str
    requester_organisation: str
    target_id: uuid.UUID
    target: str
    target_organisation: str
    priority: int
    status: RequestStatus
    mutual: bool
    version: int = 1  # as listed: what a change of it expects to find


def list_requests(session: Session, mission_id: uuid.UUID) -> list[RequestRow]:
    requests = session.scalars(
        select(MeetingRequest)
        .where(MeetingRequest.mission_id == mission_id)
        .options(
            selectinload(MeetingRequest.requester)
            .selectinload(Registration.person)
            .selectinload(Person.organisation),
            selectinload(MeetingRequest.target)
            .selectinload(Registration.person)
            .selectinload(Person.organisation),
        )
    ).all()
    pairs = {(q.requester_id, q.target_id) for q in requests}

    def org(r: Registration) -> str:
        return r.person.organisation.name if r.person.organisation else ""

    return sorted(
        (
            RequestRow(
                id=q.id,
                requester_id=q.requester_id,
                requester=q.requester.person.full_name,
                requester_organisation=org(q.requester),
                target_id=q.target_id,
                target=q.target.person.full_name,
                target_organisation=org(q.target),
                priority=q.priority,
                status=q.status,
                mutual=(q.target_id, q.requester_id) in pairs,
                version=q.version,
            )
            for q in requests
        ),
        key=lambda r: (r.requester.casefold(), r.priority, r.target.casefold()),
    )


def _check_priority(priority: int) -> None:
    if priority not in (1, 2, 3):
        raise ValidationError(ServiceWords.say("A priority is 1 (highest), 2 or 3."), "priority")


def set_request(
    session: Session,
    mission_id: uuid.UUID,
    requester_id: uuid.UUID,
    target_id: uuid.UUID,
    priority: int = 2,
    *,
    request_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Create a request, or change its priority when it exists. ``request_id`` gives a new
    request its id (a redo makes the same record again)."""
    _check_priority(priority)
    if requester_id == target_id:
        raise ValidationError(ServiceWords.say("Nobody can ask to meet themselves."), "target")
    with transaction(session):
        found = {
            r.id: r
            for r in session.scalars(
                select(Registration).where(
                    Registration.id.in_([requester_id, target_id]),
                    Registration.mission_id == mission_id,
                )
            )
        }
        if len(found) != 2:
            raise NotFoundError(ServiceWords.say("Both people must be registered in the mission."))
        existing = session.scalar(
            select(MeetingRequest).where(
                MeetingRequest.requester_id == requester_id, MeetingRequest.target_id == target_id
            )
        )
        if existing is None:
            existing = MeetingRequest(
                id=request_id or uuid.uuid4(),
                mission_id=mission_id,
                requester_id=requester_id,
                target_id=target_id,
                priority=priority,
                status=RequestStatus.PENDING,
            )
            session.add(existing)
        else:
            existing.priority = priority
    return existing.id


def update_request(
    session: Session,
    request_id: uuid.UUID,
    *,
    priority: int | None = None,
    status: RequestStatus | None = None,
    expected_version: int | None = None,
) -> tuple[int, RequestStatus]:
    """Change a request's priority or the target's answer; returns the previous values.
    ``expected_version`` is the version the request was listed with (a change over a newer
    one is refused: ``StaleEdit``)."""
    if priority is not None:
        _check_priority(priority)
    with transaction(session):
        request = session.get(MeetingRequest, request_id)
        if request is None:
            raise NotFoundError(ServiceWords.say("That meeting request no longer exists."))
        check_version(session, request, expected_version)
        before = (request.priority, request.status)
        if priority is not None:
            request.priority = priority
        if status is not None:
            request.status = status
    return before


@dataclass(frozen=True)
class DeletedRequest:
    """A deleted request as it was, and the meetings that were placed for it. Its undo puts
    it back and links those meetings (still without a request) to it again."""

    id: uuid.UUID
    mission_id: uuid.UUID
    requester_id: uuid.UUID
    target_id: uuid.UUID
    priority: int
    status: RequestStatus
    notes: str
    meetings: tuple[uuid.UUID, ...]

    def undo(self, session: Session) -> None:
        with transaction(session):
            session.add(
                MeetingRequest(
                    id=self.id,
                    mission_id=self.mission_id,
                    requester_id=self.requester_id,
                    target_id=self.target_id,
                    priority=self.priority,
                    status=self.status,
                    notes=self.notes,
                )
            )
            session.flush()
            if self.meetings:
                session.execute(
                    update(Meeting)
                    .where(Meeting.id.in_(self.meetings), Meeting.request_id.is_(None))
                    .values(request_id=self.id)
                )


def delete_request(session: Session, request_id: uuid.UUID) -> DeletedRequest:
    """Remove a request; returns what puts it back on undo. A meeting placed for it stays
    in the schedule (as placed by hand); the undo links it to the request again."""
    with transaction(session):
        request = session.get(MeetingRequest, request_id)
        if request is None:
            raise NotFoundError(ServiceWords.say("That meeting request no longer exists."))
        meetings = tuple(
            session.scalars(select(Meeting.id).where(Meeting.request_id == request_id))
        )
        deleted = DeletedRequest(
            id=request.id,
            mission_id=request.mission_id,
            requester_id=request.requester_id,
            target_id=request.target_id,
            priority=request.priority,
            status=request.status,
            notes=request.notes,
            meetings=meetings,
        )
        session.delete(request)
    return deleted


# --------------------------------------------------------------------------- availability

Window = tuple[datetime, datetime]  # UTC


def availability_windows(session: Session, mission_id: uuid.UUID) -> dict[uuid.UUID, list[Window]]:
    """Each participant's availability windows (UTC, in order); absent: every session."""
    found: dict[uuid.UUID, list[Window]] = defaultdict(list)
    for registration_id, starts, ends in session.execute(
        select(Availability.registration_id, Availability.starts_at, Availability.ends_at)
        .join(Registration, Registration.id == Availability.registration_id)
        .where(Registration.mission_id == mission_id)
        .order_by(Availability.starts_at)
    ):
        found[registration_id].append((starts, ends))
    return dict(found)


def set_availability(
    session: Session, registration_id: uuid.UUID, windows: Sequence[Window]
) -> list[Window]:
    """Replace a participant's availability windows (UTC); returns the previous ones. No
    window means available during every session."""
    for starts, ends in windows:
        if ends <= starts:
            raise ValidationError(
                ServiceWords.say("An availability window must end after it starts."), "to"
            )
    with transaction(session):
        if session.get(Registration, registration_id) is None:
            raise NotFoundError(ServiceWords.say("That registration no longer exists."))
        before = [
            (a.starts_at, a.ends_at)
            for a in session.scalars(
                select(Availability)
                .where(Availability.registration_id == registration_id)
                .order_by(Availability.starts_at)
            )
        ]
        session.execute(delete(Availability).where(Availability.registration_id == registration_id))
        for starts, ends in sorted(set(windows)):
            session.add(
                Availability(
                    id=uuid.uuid4(), registration_id=registration_id, starts_at=starts, ends_at=ends
                )
            )
    return before


# --------------------------------------------------------------------------- imports


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class SimpleImportReport:
    created: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "problems": [p.as_json() for p in self.problems],
        }

    def describe(self) -> str:
        return f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged" + (
            f", {plural(len({p.row for p in self.problems}), 'row')} skipped"
            if self.problems
            else ""
        )


# --------------------------------------------------------------------------- meetings


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    session_id: uuid.UUID | None
    position: int | None  # the slot in its session
    table_id: uuid.UUID | None
    table: str
    starts_local: datetime
    ends_local: datetime
    participants: tuple[tuple[uuid.UUID, str, str], ...]  # registration id, name, organisation
    status: MeetingStatus
    locked: bool
    request_id: uuid.UUID | None
    version: int = 1  # as listed: what a move of it expects to find
    changed: str = ""  # "Changed by … at …", when known

    @property
    def names(self) -> str:
        return " – ".join(name for _, name, _ in self.participants)


def list_meetings(session: Session, mission_id: uuid.UUID) -> list[MeetingRow]:
    mission = get_mission(session, mission_id)
    tz = mission.timezone
    local = zone(tz)
    sessions = {
        b.id: {s.starts_at: s.position for s in session_slots(b)}
        for b in session.scalars(select(B2BSession).where(B2BSession.mission_id == mission_id))
    }
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.mission_id == mission_id)
        .options(
            selectinload(Meeting.participants)
            .selectinload(Registration.person)
            .selectinload(Person.organisation),
            selectinload(Meeting.table),
        )
        .order_by(Meeting.starts_at)
    ).all()
    rows = []
    for m in meetings:
        position = sessions.get(m.session_id, {}).get(m.starts_at) if m.session_id else None
        rows.append(
            MeetingRow(
                id=m.id,
                session_id=m.session_id,
                position=position,
                table_id=m.table_id,
                table=table_label(m.table.number, m.table.name) if m.table else "",
                starts_local=to_local(m.starts_at, tz),
                ends_local=to_local(m.ends_at, tz),
                participants=tuple(
                    sorted(
                        (
                            (
                                r.id,
                                r.person.full_name,
                                r.person.organisation.name if r.person.organisation else "",
                            )
                            for r in m.participants
                        ),
                        key=lambda p: p[1].casefold(),
                    )
                ),
                status=m.status,
                locked=m.locked,
                request_id=m.request_id,
                version=m.version,
                changed=changed_text(m.updated_by, m.updated_at, local) or "",
            )
        )
    return rows


def _meeting(session: Session, meeting_id: uuid.UUID) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(ServiceWords.say("That meeting no longer exists."))
    return meeting


# --------------------------------------------------------------------------- one per table and slot


@dataclass
class TableClaims:
    """The tables and starts a change gives meetings, noted as it writes them (``claim``): when
    the database refuses one (another meeting took it meanwhile), the refusal names which."""

    places: list[tuple[uuid.UUID, datetime]] = field(default_factory=list)
    mine: set[uuid.UUID] = field(default_factory=set)  # the meetings the change writes

    def claim(
        self,
        meeting_id: uuid.UUID,
        table_id: uuid.UUID | None,
        starts_at: datetime,
        status: MeetingStatus = MeetingStatus.SCHEDULED,
    ) -> None:
        self.mine.add(meeting_id)
        if table_id is not None and status in Meeting.HOLDS_TABLE:
            self.places.append((table_id, starts_at))


def is_table_taken(exc: BaseException) -> bool:
    """Whether a database error is its refusal of a second meeting at one table and start
    (the partial unique index ``Meeting.TABLE_SLOT_INDEX``)."""
    orig = getattr(exc, "orig", None) or exc
    diag = getattr(orig, "diag", None)
    if diag is not None:  # PostgreSQL names the index
        return getattr(diag, "constraint_name", None) == Meeting.TABLE_SLOT_INDEX
    # SQLite names the index's columns
    return "unique constraint failed: meetings.table_id, meetings.starts_at" in str(orig).lower()


@contextmanager
def one_meeting_per_table_slot(session: Session) -> Iterator[TableClaims]:
    """Around a change's transaction (outside it: what was taken is read after the rollback).

    Two coordinators can both pass the check of one table and slot and both write; the database
    keeps the first and refuses the second. That refusal becomes the usual one, a
    ValidationError in one line ("Table 4 at 10:30 was just taken by another meeting (a
    colleague's change); nothing was changed."), and nothing of the change is written."""
    claims = TableClaims()
    try:
        yield claims
    except IntegrityError as exc:
        if not is_table_taken(exc):
            raise
        raise table_taken(session, claims.places, claims.mine) from None


def table_taken(
    session: Session, places: Iterable[tuple[uuid.UUID, datetime]], mine: set[uuid.UUID]
) -> ValidationError:
    """The refusal that names the first of ``places`` another meeting holds now (``mine``, the
    meetings of the refused change, left out)."""
    if session.in_transaction():
        session.rollback()
    wanted = list(dict.fromkeys(places))
    holders: dict[tuple[uuid.UUID | None, datetime], Meeting] = {}
    if wanted:
        found = session.scalars(
            select(Meeting)
            .where(
                Meeting.table_id.in_({table_id for table_id, _ in wanted}),
                Meeting.starts_at.in_({starts_at for _, starts_at in wanted}),
                Meeting.status.in_(Meeting.HOLDS_TABLE),
            )
            .options(selectinload(Meeting.table))
        )
        holders = {(m.table_id, m.starts_at): m for m in found if m.id not in mine}
    for place in wanted:
        other = holders.get(place)
        if other is not None and other.table is not None:
            local = to_local(other.starts_at, get_mission(session, other.mission_id).timezone)
            label = table_label(other.table.number, other.table.name)
            at = f"{local:%H:%M}"
            return ValidationError(
                ServiceWords.say(
                    "%1 at %2 was just taken by another meeting (a colleague's change); nothing "
                    "was changed.",
                    label,
                    at,
                )
            )
    log.warning("a table and slot refused by the database, and no other meeting holds it now")
    return ValidationError(
        ServiceWords.say(
            "A table and slot was just taken by another meeting (a colleague's change); nothing "
            "was changed."
        )
    )


def conflicts(
    session: Session,
    *,
    b2b: B2BSession,
    position: int,
    table_id: uuid.UUID,
    registration_ids: Sequence[uuid.UUID],
    ignore: uuid.UUID | None = None,
) -> list[Words]:
    """Why a meeting of these people cannot sit at that slot and table (empty: it can)."""
    slots = session_slots(b2b)
    if not 0 <= position < len(slots):
        return [ServiceWords.say("that slot is not in the session")]
    slot = slots[position]
    table = session.get(B2BTable, table_id)
    if table is None or table.session_id != b2b.id:
        return [ServiceWords.say("that table is not in the session")]
    found: list[Words] = []
    overlapping = session.scalars(
        select(Meeting)
        .where(
            Meeting.mission_id == b2b.mission_id,
            Meeting.starts_at < slot.ends_at,
            Meeting.ends_at > slot.starts_at,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .options(selectinload(Meeting.participants).selectinload(Registration.person))
    ).all()
    wanted = set(registration_ids)
    for other in overlapping:
        if other.id == ignore:
            continue
        if other.table_id == table_id:
            label = table_label(table.number, table.name)
            found.append(ServiceWords.say("%1 is taken by %2", label, _names(other)))
        busy = [r.person.full_name for r in other.participants if r.id in wanted]
        for name in busy:
            found.append(
                ServiceWords.say(
                    "%1 is already meeting %2 at that time", name, _others(other, name)
                )
            )
    if registration_ids:
        unavailable = unavailable_names(session, b2b, slot, list(wanted))
        found += [
            ServiceWords.say("%1 is not available at that time", name) for name in unavailable
        ]
    return found


def _names(meeting: Meeting) -> object:
    names = [r.person.full_name for r in meeting.participants]
    return and_list(names) if names else ServiceWords.say("another meeting")


def _others(meeting: Meeting, name: str) -> object:
    return and_list(
        [r.person.full_name for r in meeting.participants if r.person.full_name != name]
    )


def unavailable_names(
    session: Session, b2b: B2BSession, slot: SlotTime, registration_ids: list[uuid.UUID]
) -> list[str]:
    registrations = session.scalars(
        select(Registration)
        .where(Registration.id.in_(registration_ids))
        .options(selectinload(Registration.person))
    ).all()
    busy = busy_registrations(
        session, b2b.mission_id, slot.starts_at, slot.ends_at, registration_ids
    )
    return [r.person.full_name for r in registrations if r.id in busy]


@dataclass(frozen=True)
class MeetingPlace:
    """Where a meeting sits; what a move changes and its undo restores."""

    session_id: uuid.UUID
    position: int
    table_id: uuid.UUID


def place_of(session: Session, meeting_id: uuid.UUID) -> MeetingPlace:
    meeting = _meeting(session, meeting_id)
    if meeting.session_id is None or meeting.table_id is None or meeting.session is None:
        raise ValidationError(ServiceWords.say("That meeting has no place in a B2B session."))
    positions = {s.starts_at: s.position for s in session_slots(meeting.session)}
    position = positions.get(meeting.starts_at)
    if position is None:
        raise ValidationError(
            ServiceWords.say("That meeting no longer matches a slot of its session.")
        )
    return MeetingPlace(meeting.session_id, position, meeting.table_id)


def move_conflicts(session: Session, meeting_id: uuid.UUID, to: MeetingPlace) -> list[Words]:
    """Why a meeting cannot move to that place (empty: it can). Asked while it is dragged."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return [ServiceWords.say("that meeting no longer exists")]
    b2b = session.get(B2BSession, to.session_id)
    if b2b is None or b2b.mission_id != meeting.mission_id:
        return [ServiceWords.say("that B2B session no longer exists")]
    return conflicts(
        session,
        b2b=b2b,
        position=to.position,
        table_id=to.table_id,
        registration_ids=[r.id for r in meeting.participants],
        ignore=meeting.id,
    )


def move_meeting(
    session: Session,
    meeting_id: uuid.UUID,
    to: MeetingPlace,
    *,
    lock: bool = True,
    expected_version: int | None = None,
) -> MeetingPlace:
    """Move a meeting to another slot or table; refused with the reason when it clashes.
    A meeting moved by hand is locked (the scheduler leaves it there). Returns where it was.
    ``expected_version`` is the version the meeting was shown with (a move over a newer
    change is refused: ``StaleEdit``). A table and slot taken by a colleague between the check
    and the write is refused too (``one_meeting_per_table_slot``)."""
    with one_meeting_per_table_slot(session) as claims, transaction(session):
        check_version(session, _meeting(session, meeting_id), expected_version)
        before = place_of(session, meeting_id)
        meeting = _meeting(session, meeting_id)
        problems = move_conflicts(session, meeting_id, to)
        if problems:
            raise ValidationError(
                ServiceWords.say("The meeting cannot move there: %1.", semicolon_list(problems))
            )
        b2b = session.get(B2BSession, to.session_id)
        assert b2b is not None  # move_conflicts said so
        slot = session_slots(b2b)[to.position]
        claims.claim(meeting.id, to.table_id, slot.starts_at, meeting.status)
        meeting.session_id, meeting.table_id = b2b.id, to.table_id
        meeting.starts_at, meeting.ends_at = slot.starts_at, slot.ends_at
        if lock:
            meeting.locked = True
    return before


@dataclass(frozen=True)
class LocksBefore:
    """Whether each meeting was locked before ``set_locked``; its undo puts that back."""

    locked: Mapping[uuid.UUID, bool]
    left: VersionsLeft = field(default_factory=VersionsLeft)  # what set_locked left

    def undo(self, session: Session) -> None:
        with taking_back(session, self.left):
            for meeting_id, locked in self.locked.items():
                _meeting(session, meeting_id).locked = locked


def set_locked(session: Session, meeting_ids: Sequence[uuid.UUID], locked: bool) -> LocksBefore:
    with transaction(session):
        before = {}
        changed = []
        for meeting_id in meeting_ids:
            meeting = _meeting(session, meeting_id)
            before[meeting.id] = meeting.locked
            meeting.locked = locked
            changed.append(meeting)
        left = versions_left(session, changed)
    return LocksBefore(before, left)


def create_meeting(
    session: Session,
    mission_id: uuid.UUID,
    place: MeetingPlace,
    registration_ids: Sequence[uuid.UUID],
    *,
    request_id: uuid.UUID | None = None,
    locked: bool = True,
    meeting_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A meeting placed by hand (locked); refused with the reason when it clashes (also when a
    colleague took its table and slot between the check and the write)."""
    with one_meeting_per_table_slot(session) as claims, transaction(session):
        b2b = session.get(B2BSession, place.session_id)
        if b2b is None or b2b.mission_id != mission_id:
            raise NotFoundError(ServiceWords.say("That B2B session no longer exists."))
        problems = conflicts(
            session,
            b2b=b2b,
            position=place.position,
            table_id=place.table_id,
            registration_ids=registration_ids,
        )
        if problems:
            raise ValidationError(
                ServiceWords.say("The meeting cannot go there: %1.", semicolon_list(problems))
            )
        slot = session_slots(b2b)[place.position]
        meeting = Meeting(
            id=meeting_id or uuid.uuid4(),
            mission_id=mission_id,
            session_id=b2b.id,
            table_id=place.table_id,
            request_id=request_id,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            status=MeetingStatus.SCHEDULED,
            locked=locked,
        )
        claims.claim(meeting.id, place.table_id, slot.starts_at)
        meeting.participants = list(
            session.scalars(select(Registration).where(Registration.id.in_(list(registration_ids))))
        )
        session.add(meeting)
    return meeting.id


def delete_meeting(session: Session, meeting_id: uuid.UUID) -> None:
    with transaction(session):
        session.delete(_meeting(session, meeting_id))


def fit_request(session: Session, mission_id: uuid.UUID, request_id: uuid.UUID) -> uuid.UUID:
    """Put one request in the first slot and table where both people are free (locked)."""
    request = session.get(MeetingRequest, request_id)
    if request is None or request.mission_id != mission_id:
        raise NotFoundError(ServiceWords.say("That meeting request no longer exists."))
    people = [request.requester_id, request.target_id]
    sessions = session.scalars(
        select(B2BSession)
        .where(B2BSession.mission_id == mission_id)
        .options(selectinload(B2BSession.tables))
        .order_by(B2BSession.starts_at)
    ).all()
    for b2b in sessions:
        for slot in session_slots(b2b):
            for table in b2b.tables:
                place = MeetingPlace(b2b.id, slot.position, table.id)
                if not conflicts(
                    session,
                    b2b=b2b,
                    position=slot.position,
                    table_id=table.id,
                    registration_ids=people,
                ):
                    return create_meeting(session, mission_id, place, people, request_id=request.id)
    raise ValidationError(
        ServiceWords.say(
            "There is no slot and table where both are free and available; free one by hand "
            "(move or cancel a meeting) and try again."
        )
    )


# --------------------------------------------------------------------------- export


def schedule_rows(session: Session, mission_id: uuid.UUID) -> list[list[str]]:
    """One row per meeting, in the order of ``SCHEDULE_COLUMNS``: start and end (ISO 8601
    with the mission's offset), session, table, then each participant's name, organisation
    and e-mail (by name), and the status as a person reads it ("No-show"). By start, then
    session, table number and participants: the same order on every database engine."""
    mission = get_mission(session, mission_id)
    tz = mission.timezone
    names = {
        b.id: b.name
        for b in session.scalars(select(B2BSession).where(B2BSession.mission_id == mission_id))
    }
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.mission_id == mission_id)
        .options(
            selectinload(Meeting.participants)
            .selectinload(Registration.person)
            .selectinload(Person.organisation),
            selectinload(Meeting.table),
        )
        .order_by(Meeting.starts_at)
    ).all()
    keyed: list[tuple[tuple[Any, ...], list[str]]] = []
    for m in meetings:
        people = sorted(
            (
                (
                    r.person.full_name,
                    r.person.organisation.name if r.person.organisation else "",
                    r.person.email or "",
                )
                for r in m.participants
            ),
            key=lambda p: (p[0].casefold(), p[2].casefold()),
        )
        first, second = [*people, ("", "", ""), ("", "", "")][:2]
        session_name = names.get(m.session_id, "") if m.session_id else ""
        row = [
            to_local(m.starts_at, tz).isoformat(timespec="minutes"),
            to_local(m.ends_at, tz).isoformat(timespec="minutes"),
            session_name,
            table_label(m.table.number, m.table.name) if m.table else "",
            *first,
            *second,
            m.status.label,
        ]
        table_order = (0, m.table.number) if m.table else (1, 0)
        keyed.append(((m.starts_at, session_name, table_order, row), row))
    return [row for _key, row in sorted(keyed, key=lambda pair: pair[0])]


SCHEDULE_COLUMNS = (
    "Start",
    "End",
    "Session",
    "Table",
    "Participant A",
    "Organisation A",
    "E-mail A",
    "Participant B",
    "Organisation B",
    "E-mail B",
    "Status",
)


# --------------------------------------------------------------------------- snapshots


@dataclass(frozen=True)
class MeetingsSnapshot:
    """Every meeting of a mission, row for row: what an undo of a scheduler run puts back.

    Its undo replaces all the mission's meetings with the snapshot, in one transaction."""

    mission_id: uuid.UUID
    meetings: tuple[dict[str, Any], ...]
    participants: tuple[dict[str, Any], ...]
    # The meetings as the step being taken back left them (``expecting``): a meeting changed
    # or added since (a colleague's) makes the undo refuse rather than throw it away.
    expected: MeetingsSnapshot | None = None

    def expecting(self, left: MeetingsSnapshot) -> MeetingsSnapshot:
        """This snapshot, put back only while the meetings are still as ``left``."""
        return replace(self, expected=replace(left, expected=None))

    def _check_expected(self, session: Session) -> None:
        if self.expected is None:
            return
        rows = self.expected.meetings
        check_left(
            session, VersionsLeft(tuple((Meeting, m["id"], None, m["version"]) for m in rows))
        )
        known = {m["id"] for m in rows}
        added = session.scalars(
            select(Meeting)
            .where(Meeting.mission_id == self.mission_id, Meeting.id.not_in(list(known)))
            .limit(1)
        ).first()
        if added is not None:
            raise refusal(session, added, CANNOT_UNDO)

    def undo(self, session: Session) -> None:
        from sqlalchemy import Table, insert

        table: Table = Meeting.__table__  # type: ignore[assignment]
        mission_id = self.mission_id
        with one_meeting_per_table_slot(session) as claims, transaction(session):
            self._check_expected(session)
            for m in self.meetings:
                claims.claim(m["id"], m["table_id"], m["starts_at"], m["status"])
            ids = list(session.scalars(select(Meeting.id).where(Meeting.mission_id == mission_id)))
            # Deleting a meeting unlinks its follow-ups (ON DELETE SET NULL): note the links
            # first and put back those whose meeting is in the snapshot.
            followed = [
                (followup_id, meeting_id)
                for followup_id, meeting_id in session.execute(
                    select(FollowUp.id, FollowUp.meeting_id).where(FollowUp.meeting_id.in_(ids))
                )
            ]
            session.execute(
                delete(meeting_participants).where(meeting_participants.c.meeting_id.in_(ids))
            )
            session.execute(delete(table).where(table.c.mission_id == mission_id))
            if self.meetings:
                session.execute(insert(table), list(self.meetings))
            if self.participants:
                session.execute(insert(meeting_participants), list(self.participants))
            kept = {m["id"] for m in self.meetings}
            for followup_id, meeting_id in followed:
                if meeting_id in kept:
                    session.execute(
                        update(FollowUp)
                        .where(FollowUp.id == followup_id)
                        .values(meeting_id=meeting_id, updated_at=FollowUp.updated_at)
                    )
            session.expire_all()


def snapshot_meetings(session: Session, mission_id: uuid.UUID) -> MeetingsSnapshot:
    from sqlalchemy import Table

    table: Table = Meeting.__table__  # type: ignore[assignment]
    meetings = tuple(
        dict(r)
        for r in session.execute(select(table).where(table.c.mission_id == mission_id)).mappings()
    )
    ids = [m["id"] for m in meetings]
    links = tuple(
        dict(r)
        for r in session.execute(
            select(meeting_participants).where(meeting_participants.c.meeting_id.in_(ids))
        ).mappings()
    )
    return MeetingsSnapshot(mission_id, meetings, links)
