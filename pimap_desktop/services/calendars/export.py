"""A mission's programme out as an .ics file (iCalendar).

The mission's programme, or one person's (the items they attend and their B2B meetings), as one
.ics file for Outlook, Google Calendar and Apple Calendar. Times are written as local times of
the mission's zone with its TZID, and the file carries that zone's VTIMEZONE (see
``timezones.vtimezone``; a time of the hour that repeats when the clocks go back is written in
UTC: a local time there names the first of the two). Every event has a stable UID, so that a
calendar that already holds the event updates it instead of adding a copy: a programme item's
comes from its id, a B2B meeting's from the request it answers (the scheduler replaces meetings
with new rows at every run; see ``meeting_uid``). Its SEQUENCE grows whenever the record changes
(see ``sequence_of``). A person's file also lists their cancelled meetings, as cancelled
events, so that calendars holding them take them off. The file names the mission
(X-PIMAP-MISSION), for an import of it back.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import MeetingStatus, ProgrammeItemKind
from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import Meeting, MeetingRequest, Mission, Registration
from pimap_desktop.domain.rules import zone
from pimap_desktop.services.calendars.ics import (
    MEETING_CATEGORY,
    MEETING_NAMESPACE,
    MISSION_PROPERTY,
    UID_DOMAIN,
)
from pimap_desktop.services.calendars.timezones import vtimezone
from pimap_desktop.services.exporting import write_file
from pimap_desktop.services.printing.choices import DocumentReport
from pimap_desktop.services.printing.itinerary import Entry, Itineraries, mission_itineraries

PRODID = "-//PIMAP Desktop//Mission programme//EN"
# SEQUENCE counts seconds from here (see sequence_of).
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def event_uid(record_id: uuid.UUID) -> str:
    """The UID of a programme item's event (or of a meeting made without a request): the same
    in every export, mission or personal, so that calendars recognise the event again."""
    return f"{record_id}@{UID_DOMAIN}"


def meeting_uid(request_id: uuid.UUID) -> str:
    """The UID of the event of the meeting made for a request, the same in every participant's
    file and after every run of the scheduler (which deletes unlocked meetings and makes new
    ones, with new ids): so a calendar moves the event it holds rather than keeping a copy at
    the old time. ``request_id`` is the first request between the two people (see
    ``_pair_requests``)."""
    return f"{uuid.uuid5(MEETING_NAMESPACE, f'request:{request_id}')}@{UID_DOMAIN}"


def sequence_of(updated_at: datetime) -> int:
    """The SEQUENCE of an event: whole seconds from 2024-01-01T00:00Z to the record's last change.

    RFC 5545 asks SEQUENCE to grow with every revision of an event; a calendar that receives the
    same UID with a higher SEQUENCE replaces its copy, and may ignore a lower or equal one. PIMAP
    keeps no revision counter, but ``updated_at`` moves forward at every change of the record,
    so the seconds since a fixed instant grow with it. The epoch is recent so that the number
    stays below 2**31 (clients keep SEQUENCE in a signed 32-bit integer) until the year 2092.
    Two changes within the same second share a number; a change to another record shown in the
    event (a venue's address, a counterpart's name) does not move it.
    """
    return max(0, int((updated_at - SEQUENCE_EPOCH).total_seconds()))


def calendar_text(
    session: Session, mission_id: uuid.UUID, *, registration_id: uuid.UUID | None = None
) -> str:
    """The .ics text that ``export_calendar`` writes (lines end with CRLF)."""
    calendar, _events = _build_calendar(session, mission_id, registration_id)
    return str(calendar.to_ical().decode("utf-8"))


def export_calendar(
    session: Session,
    mission_id: uuid.UUID,
    out: Path,
    *,
    registration_id: uuid.UUID | None = None,
) -> DocumentReport:
    """Write the mission's programme, or one registration's programme with their meetings, as
    an .ics file; the file appears whole or not at all."""
    calendar, events = _build_calendar(session, mission_id, registration_id)
    data = calendar.to_ical()
    write_file(out, lambda partial: partial.write_bytes(data))
    return DocumentReport(document="ics", paths=(out.expanduser(),), pages=0, items=events)


def _build_calendar(
    session: Session, mission_id: uuid.UUID, registration_id: uuid.UUID | None
) -> tuple[Calendar, int]:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError("That mission no longer exists.")
    wanted = [registration_id] if registration_id is not None else []
    itineraries = mission_itineraries(session, mission, wanted)
    if registration_id is None:
        entries: Sequence[Entry] = itineraries.programme
        name = f"{itineraries.name} — Programme"
    else:
        participant = itineraries.participants.get(registration_id)
        if participant is None:
            raise NotFoundError(f"That person is not registered for {itineraries.code}.")
        entries = itineraries.person_programme(registration_id)
        name = f"{itineraries.name} — {participant.name}"

    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.calendar_name = name  # NAME and X-WR-CALNAME
    calendar.add("X-WR-TIMEZONE", itineraries.timezone)
    calendar.add(MISSION_PROPERTY, str(mission.id))
    tz = zone(itineraries.timezone)
    if not _is_utc(itineraries.timezone):
        calendar.add_component(
            vtimezone(itineraries.timezone, itineraries.start_date, itineraries.end_date)
        )
    stamp = datetime.now(UTC).replace(microsecond=0)
    cancelled: Sequence[Entry] = ()
    pairs: dict[uuid.UUID, uuid.UUID] = {}
    if registration_id is not None:
        cancelled = _cancelled_meetings(session, itineraries, registration_id)
        pairs = _pair_requests(session, mission_id)
    used: set[str] = set()
    for entry in [*entries, *cancelled]:
        uid = _uid_of(entry, pairs)
        if uid in used:
            if entry.status is MeetingStatus.CANCELLED:
                continue  # the request has a meeting again: its event is that one
            uid = event_uid(entry.id)  # two meetings for one request: the second by its id
        used.add(uid)
        calendar.add_component(_event(entry, uid, itineraries, tz, stamp))
    return calendar, len(entries)


def _uid_of(entry: Entry, pairs: dict[uuid.UUID, uuid.UUID]) -> str:
    if entry.kind == "meeting" and entry.request_id is not None:
        return meeting_uid(pairs.get(entry.request_id, entry.request_id))
    return event_uid(entry.id)


def _pair_requests(session: Session, mission_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """Every request of the mission -> the first request between the same two people, either
    way round (the earliest made; the smaller id on a tie).

    The scheduler gives a meeting the first of the pair's requests it reads; when both asked,
    that may be either one (the other declined since, the rows read in another order), while
    the first made stays the first.
    """
    first: dict[frozenset[uuid.UUID], tuple[datetime, str, uuid.UUID]] = {}
    pair_of: dict[uuid.UUID, frozenset[uuid.UUID]] = {}
    for request_id, requester, target, made in session.execute(
        select(
            MeetingRequest.id,
            MeetingRequest.requester_id,
            MeetingRequest.target_id,
            MeetingRequest.created_at,
        ).where(MeetingRequest.mission_id == mission_id)
    ):
        pair = frozenset((requester, target))
        pair_of[request_id] = pair
        rank = (made, str(request_id), request_id)
        if pair not in first or rank < first[pair]:
            first[pair] = rank
    return {request_id: first[pair][2] for request_id, pair in pair_of.items()}


def _cancelled_meetings(
    session: Session, itineraries: Itineraries, registration_id: uuid.UUID
) -> list[Entry]:
    """The person's cancelled meetings, the latest cancelled first, as entries whose events
    say STATUS:CANCELLED (a calendar that holds the meeting takes it off)."""
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.mission_id == itineraries.mission_id,
            Meeting.status == MeetingStatus.CANCELLED,
            Meeting.participants.any(Registration.id == registration_id),
        )
        .options(selectinload(Meeting.participants), selectinload(Meeting.session))
        .order_by(Meeting.updated_at.desc())
    )
    entries = []
    for meeting in meetings:
        others = tuple(p.id for p in meeting.participants if p.id != registration_id)
        names = ", ".join(
            itineraries.participants[o].name for o in others if o in itineraries.participants
        )
        entries.append(
            Entry(
                id=meeting.id,
                kind="meeting",
                title=f"Cancelled: B2B meeting with {names}" if names else "Cancelled: B2B meeting",
                starts_at=meeting.starts_at,
                ends_at=meeting.ends_at,
                updated_at=meeting.updated_at,
                session_name=meeting.session.name if meeting.session else "",
                with_ids=others,
                status=meeting.status,
                request_id=meeting.request_id,
            )
        )
    return entries


def _is_utc(zone_name: str) -> bool:
    return zone_name in ("UTC", "Etc/UTC")


def _event(
    entry: Entry, uid: str, itineraries: Itineraries, tz: ZoneInfo, stamp: datetime
) -> Event:
    local_start, local_end = entry.starts_at.astimezone(tz), entry.ends_at.astimezone(tz)
    start: date = local_start
    end: date = local_end
    if _whole_days(local_start, local_end):
        start, end = local_start.date(), local_end.date()
    elif _ambiguous(local_start) or _ambiguous(local_end):
        start, end = entry.starts_at.astimezone(UTC), entry.ends_at.astimezone(UTC)
    event = Event.new(
        uid=uid,
        stamp=stamp,
        start=start,
        end=end,
        summary=entry.title,
        sequence=sequence_of(entry.updated_at),
        last_modified=entry.updated_at.astimezone(UTC).replace(microsecond=0),
    )
    location = _location(entry)
    if location:
        event.add("LOCATION", location)
    description = _description(entry, itineraries)
    if description:
        event.add("DESCRIPTION", description)
    if entry.status is MeetingStatus.CANCELLED:
        event.add("STATUS", "CANCELLED")
    if entry.kind == "meeting":
        event.add("CATEGORIES", [MEETING_CATEGORY])
    elif entry.item_kind is not None and entry.item_kind is not ProgrammeItemKind.OTHER:
        event.add("CATEGORIES", [entry.item_kind.label])
    return event


def _ambiguous(local: datetime) -> bool:
    """A local time that happens twice (the hour that repeats when the clocks go back): read
    back with its TZID it names the first of the two (RFC 5545), which may not be this one."""
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def _whole_days(start: datetime, end: datetime) -> bool:
    """From midnight to a later midnight, local: an all-day event (as an imported all-day event
    became), shown as such rather than as a 24-hour block."""
    return start.time() == end.time() == time() and end.date() > start.date()


def _location(entry: Entry) -> str:
    """``Venue, room, table, address``: what a person needs to find the place."""
    return ", ".join(p for p in (entry.venue, entry.room, entry.table, entry.address) if p)


def _description(entry: Entry, itineraries: Itineraries) -> str:
    if entry.kind == "item":
        lines = [entry.description.strip()] if entry.description.strip() else []
        if entry.audience and entry.audience != "Everyone":
            lines.append(f"For: {entry.audience}")
        return "\n\n".join(lines)
    where = " · ".join(p for p in (entry.session_name, entry.table) if p)
    people = []
    for registration_id in entry.with_ids:
        participant = itineraries.participants.get(registration_id)
        if participant is None:
            continue
        people.append(
            f"{participant.name} ({participant.organisation})"
            if participant.organisation
            else participant.name
        )
    lines = [where] if where else []
    if people:
        lines.append("With: " + "; ".join(people))
    return "\n".join(lines)
