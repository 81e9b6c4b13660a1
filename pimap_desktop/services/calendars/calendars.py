"""Calendar files (.ics, iCalendar): a mission's programme out, a partner's agenda in.

Export
    The mission's programme, or one person's (the items they attend and their B2B meetings), as
    one .ics file for Outlook, Google Calendar and Apple Calendar. Times are written as local
    times of the mission's zone with its TZID, and the file carries that zone's VTIMEZONE (a
    time of the hour that repeats when the clocks go back is written in UTC: a local time
    there names the first of the two). Every event has a stable UID, so that a calendar that
    already holds the event updates it instead of adding a copy: a programme item's comes from
    its id, a B2B meeting's from the request it answers (the scheduler replaces meetings with
    new rows at every run; see ``meeting_uid``). Its SEQUENCE grows whenever the record
    changes (see ``sequence_of``). A person's file also lists their cancelled meetings, as
    cancelled events, so that calendars holding them take them off. The file names the
    mission (X-PIMAP-MISSION), for an import of it back.

Import
    A partner's agenda becomes programme items of a mission. Times may carry a TZID (an IANA
    name, a Windows name as Outlook writes them, or a zone described in the file), be UTC, or
    be floating (no zone: taken in the calendar's X-WR-TIMEZONE when it names one, as Google
    and Apple read it, else in the mission's zone). All-day events become items from 00:00 to
    24:00 local, one per day. Repeating events are expanded within the mission's dates (read
    with a margin of a few days, so that no zone loses an occurrence; only occurrences that
    start on a mission day, in the mission's zone, become items). Bounded: a file over
    MAX_CALENDAR_BYTES, or whose events would add more than MAX_PROGRAMME_ITEMS items, or
    whose rules repeat too often to be expanded (counted lazily before any expansion, see
    ``_count_rules``), is refused with one line and nothing is written. Each
    item remembers the event it came from (``ProgrammeItem.source_uid``), so importing the
    file again updates items rather than adding new ones, and takes off the programme those
    whose event was cancelled, or which the file no longer holds while it still holds their
    event (a moved series, an occurrence taken out).

    The coordinator's changes win: the import remembers what it wrote for each event (a
    fingerprint in ``calendar_imports``). An event unchanged in the file since leaves its item
    alone, edited or not; an event changed in the file updates its item only when the item is
    still as the import left it, else the item is kept and the report says so; an item the
    coordinator deleted does not come back, and one a B2B session is held in is not taken off
    because the file no longer holds it. PIMAP's own export, imported back into its mission,
    is the programme it came from: its items are found (never changed from the file), its
    meetings are skipped; imported into another mission, its items come in as a partner's.

Undo
    A real import returns what it changed (``CalendarUndo``); ``undo_calendar_import`` puts the
    programme back as it was, and returns the record that puts the import's result back again
    (the redo), with the same ids, without reading the file again.
"""

from __future__ import annotations

import calendar as gregorian
import codecs
import hashlib
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE, YEARLY, rrule, rrulestr, weekday
from icalendar import Calendar, Component, Event, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.timezone import tzp
from icalendar.timezone.zoneinfo import ZONEINFO
from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import Audience, MeetingStatus, ProgrammeItemKind
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    B2BSession,
    Meeting,
    MeetingRequest,
    Mission,
    ProgrammeItem,
    Registration,
    Venue,
    calendar_imports,
    programme_item_attendees,
)
from pimap_desktop.domain.rules import to_local, zone
from pimap_desktop.services.exporting import write_file
from pimap_desktop.services.missions.missions import (
    ProgrammeItemData,
    RemovedItem,
    put_back_item,
    venue_named,
)
from pimap_desktop.services.printing.common import DocumentReport
from pimap_desktop.services.printing.itinerary import Entry, Itineraries, mission_itineraries
from pimap_desktop.services.unit import transaction

PRODID = "-//PIMAP Desktop//Mission programme//EN"
UID_DOMAIN = "pimap-desktop"
# The UIDs of B2B meetings made for a request are names in this namespace (see meeting_uid).
MEETING_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:pimap-desktop:b2b-meeting")
MEETING_CATEGORY = "B2B meeting"
# The mission a file was exported from (an import of the file back recognises its own items).
MISSION_PROPERTY = "X-PIMAP-MISSION"
# SEQUENCE counts seconds from here (see sequence_of).
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

# Bounds of an import: a calendar file larger than this is refused before it is read; a file
# whose events would give a mission more programme items than this is refused, nothing written.
MAX_CALENDAR_BYTES = 20 * 1024 * 1024
MAX_PROGRAMME_ITEMS = 2_000
# Bounds of the expansion of one repeating rule, counted lazily before the rule is expanded:
# steps of the rule from its start to the end of the mission's window (the CPU a rule that
# repeats every second from years before would take), and occurrences within the window
# (what the expansion lists, the margin around the mission's dates included).
_MAX_RULE_STEPS = 100_000
_MAX_FILE_STEPS = 3 * _MAX_RULE_STEPS  # of all the rules of a file together
_MAX_WINDOW_OCCURRENCES = 3 * MAX_PROGRAMME_ITEMS

# Limits of the columns an imported event fills.
_TITLE_MAX = 200
_VENUE_MAX = 200
_LONGEST_UID = 400  # longer UIDs are kept as a hash, leaving room for the occurrence


# =============================================================================================
# Export


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


# ---------------------------------------------------------------------------------------------
# Typed access to icalendar's property values (a union of some thirty classes to mypy)


def _property(component: Component, name: str) -> Any:
    return component.get(name)


def _moment(component: Component, name: str) -> date | None:
    """DTSTART, DTEND or RECURRENCE-ID: a datetime (aware, or naive when floating), a date
    for all-day events, or None when the component has none."""
    prop = _property(component, name)
    if prop is None:
        return None
    value = prop.dt
    return value if isinstance(value, date) else None


# ---------------------------------------------------------------------------------------------
# VTIMEZONE


def vtimezone(zone_name: str, first_day: date, last_day: date) -> Timezone:
    """The VTIMEZONE of an IANA zone for events between ``first_day`` and ``last_day``.

    Built from the tz database (zoneinfo) with icalendar's components rather than with
    ``Timezone.from_tzid``, whose output does not land right everywhere: it lists every change
    of offset as an RDATE, which Outlook for Windows ignores (summer-time events then show an
    hour off); its search misses changes less than 64 days apart (Morocco's Ramadan hour in
    2027); and its summer-time onsets are an hour later than RFC 5545's local time before the
    change. Here, when every change from the year before the mission to the year after it
    follows a yearly rule ("second Sunday of March at 02:00"), there is one STANDARD and one
    DAYLIGHT part with that RRULE, the form Outlook writes itself. Otherwise (Morocco) the
    offset at the start is followed by every change as an RDATE, the form other programs read
    best (Thunderbird's ical.js misplaces the first weeks without that start). A zone without
    changes gets one part with its offset. Google and Apple Calendar go by the TZID, an IANA
    name they know.
    """
    tz = zone(zone_name)
    first = date(first_day.year - 1, 1, 1)
    last = date(last_day.year + 2, 1, 1)
    component = Timezone()
    component.add("TZID", zone_name)
    changes = _offset_changes(tz, first, last)
    kinds: dict[tuple[timedelta, timedelta, str, bool], list[datetime]] = defaultdict(list)
    for change in changes:
        kinds[(change.before, change.after, change.name, change.daylight)].append(change.onset)
    rules = {kind: _yearly_rule(onsets, last) for kind, onsets in kinds.items()}
    ruled = bool(rules) and None not in rules.values()
    if not ruled:  # the offset at the start, then every change listed
        component.add_component(_base_part(tz, first))
    for (before, after, name, daylight), onsets in kinds.items():
        part = TimezoneDaylight() if daylight else TimezoneStandard()
        part.add("DTSTART", onsets[0])
        rule = rules[(before, after, name, daylight)]
        if ruled and rule is not None:
            part.add("RRULE", rule)
        elif len(onsets) > 1:
            part.add("RDATE", onsets[1:])
        part.add("TZNAME", name)
        part.add("TZOFFSETFROM", before)
        part.add("TZOFFSETTO", after)
        component.add_component(part)
    return component


@dataclass(frozen=True)
class _OffsetChange:
    onset: datetime  # naive: the local time just before the change, as RFC 5545 gives it
    before: timedelta
    after: timedelta
    name: str  # the abbreviation after the change: "PDT"
    daylight: bool  # summer time after the change


@lru_cache(maxsize=64)
def _offset_changes(tz: ZoneInfo, first: date, last: date) -> tuple[_OffsetChange, ...]:
    """Every change of UTC offset of ``tz`` from ``first`` to ``last``, to the minute (zones
    change at most once in six hours: it looks every six hours, then narrows down)."""
    changes: list[_OffsetChange] = []
    moment = datetime.combine(first, time(), UTC)
    end = datetime.combine(last, time(), UTC)
    offset = _utc_offset(moment, tz)
    while moment < end:
        later = moment + timedelta(hours=6)
        if _utc_offset(later, tz) != offset:
            low, high = 0, 6 * 60  # minutes after ``moment``
            while high - low > 1:
                middle = (low + high) // 2
                if _utc_offset(moment + timedelta(minutes=middle), tz) == offset:
                    low = middle
                else:
                    high = middle
            at = moment + timedelta(minutes=high)
            local = at.astimezone(tz)
            changes.append(
                _OffsetChange(
                    onset=(at + offset).replace(tzinfo=None),
                    before=offset,
                    after=_utc_offset(at, tz),
                    name=local.tzname() or "",
                    daylight=(local.dst() or timedelta(0)) > timedelta(0),
                )
            )
            offset = _utc_offset(at, tz)
        moment = later
    return tuple(changes)


def _utc_offset(instant: datetime, tz: ZoneInfo) -> timedelta:
    return instant.astimezone(tz).utcoffset() or timedelta(0)


def _base_part(tz: ZoneInfo, first: date) -> TimezoneStandard | TimezoneDaylight:
    """The offset in force at the start of ``first``."""
    start = datetime.combine(first, time())
    local = start.replace(tzinfo=tz)
    daylight = (local.dst() or timedelta(0)) > timedelta(0)
    part = TimezoneDaylight() if daylight else TimezoneStandard()
    part.add("DTSTART", start)
    part.add("TZNAME", local.tzname() or "")
    part.add("TZOFFSETFROM", local.utcoffset() or timedelta(0))
    part.add("TZOFFSETTO", local.utcoffset() or timedelta(0))
    return part


_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAYS: tuple[weekday, ...] = (MO, TU, WE, TH, FR, SA, SU)


def _yearly_rule(onsets: Sequence[datetime], last: date) -> dict[str, object] | None:
    """``FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`` when the onsets are exactly that rule's from the
    first one up to ``last``; None when they follow no such rule."""
    first = onsets[0]
    if any(
        (o.month, o.weekday(), o.time()) != (first.month, first.weekday(), first.time())
        for o in onsets
    ):
        return None
    week = _week_of_month(onsets)
    if week is None:
        return None
    expected = rrule(
        YEARLY,
        dtstart=first,
        bymonth=first.month,
        byweekday=_WEEKDAYS[first.weekday()](week),
        until=datetime.combine(last, time()),
    )
    if list(expected) != list(onsets):
        return None
    return {
        "FREQ": "YEARLY",
        "BYMONTH": first.month,
        "BYDAY": f"{week}{_DAY_CODES[first.weekday()]}",
    }


def _week_of_month(onsets: Sequence[datetime]) -> int | None:
    """-1 when every onset is the last such weekday of its month, else the week (1-4) they
    share, else None."""
    if all(o.day + 7 > gregorian.monthrange(o.year, o.month)[1] for o in onsets):
        return -1
    weeks = {(o.day - 1) // 7 + 1 for o in onsets}
    return weeks.pop() if len(weeks) == 1 else None


# =============================================================================================
# Import


@dataclass(frozen=True)
class SkippedEvent:
    """An event of the file that did not become a programme item, or did not change or take
    off the item it gave before, and why."""

    summary: str
    reason: str


@dataclass(frozen=True)
class CalendarImport:
    """What an import did (or, in a dry run, would do) to the mission's programme."""

    created: int
    updated: int
    unchanged: int
    skipped: tuple[SkippedEvent, ...]
    removed: int = 0  # items taken off: their event was cancelled or is no longer in the file
    undo: CalendarUndo | None = None  # what a real import changed; None for a dry run

    @property
    def changes(self) -> int:
        """How many programme items the import adds, changes or takes off."""
        return self.created + self.updated + self.removed

    def describe(self) -> str:
        """``3 new items, 1 updated, 1 removed, 5 unchanged``: what changes, for a person."""
        parts = [
            f"{self.created} new item{'' if self.created == 1 else 's'}" if self.created else "",
            f"{self.updated} updated" if self.updated else "",
            f"{self.removed} removed" if self.removed else "",
            f"{self.unchanged} unchanged" if self.unchanged else "",
        ]
        return ", ".join(p for p in parts if p) or "no items"

    def to_json(self) -> dict[str, object]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": [{"summary": s.summary, "reason": s.reason} for s in self.skipped],
        }


def read_calendar(path: Path) -> Calendar:
    """The calendar in an .ics file, or a ValidationError that names the file (and the line)."""
    path = path.expanduser()
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CALENDAR_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(f"{path} does not exist.", "file") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} is a folder; choose an .ics file.", "file") from None
    except OSError as exc:
        raise ValidationError(f"{path} cannot be read: {exc.strerror}.", "file") from None
    if len(data) > MAX_CALENDAR_BYTES:
        raise ValidationError(
            f"{path} is larger than {MAX_CALENDAR_BYTES // (1024 * 1024)} MB, too large for a "
            "calendar file; nothing was imported.",
            "file",
        )
    text = _decode(data)

    def broken(why: str) -> ValidationError:
        return ValidationError(f"{path} is not a readable calendar: {why}", "file")

    if not re.search(r"^BEGIN:VCALENDAR\s*$", text, re.IGNORECASE | re.MULTILINE):
        raise broken("it holds no calendar (no BEGIN:VCALENDAR line).")
    # icalendar remembers, for the whole process, the zones that files describe in a VTIMEZONE
    # under a name it does not know (Outlook's "Customized Time Zone"); start afresh so that
    # this file's own description counts, not another file's of the same name.
    tzp.use(_Zones())
    try:
        found = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # ValueError mostly; icalendar and dateutil
        # raise others on some malformed input (a zone rule without FREQ)
        raise broken(_parse_error(text, exc)) from None
    calendars = [c for c in found if c.name == "VCALENDAR"]
    if not calendars:
        raise broken("it ends before END:VCALENDAR; the file may be cut short.")
    merged = calendars[0]
    for other in calendars[1:]:
        for component in other.subcomponents:
            merged.add_component(component)
    return merged


class _Zones(ZONEINFO):
    """icalendar's zones from the tz database, for which a TZID naming one of its folders
    ("Europe") is an unknown zone (the event says so and is skipped) rather than an error that
    refuses the whole file."""

    def timezone(self, name: str) -> tzinfo | None:
        try:
            return super().timezone(name)
        except OSError:  # zoneinfo opens "Europe" as a file: a folder
            return None


_BOMS = (  # the longest first: UTF-32's little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes) -> str:
    """The text of a calendar file.

    A byte-order mark says the encoding (Outlook and Windows tools write UTF-16 with one);
    else UTF-16 without it shows by its zero bytes. Else UTF-8, as RFC 5545 asks; a file that
    is UTF-8 but for a few bytes (a line pasted from an older program) keeps its UTF-8 and
    reads those bytes as Windows-1252, the usual other encoding of such a line; a file with
    no UTF-8 in it at all is Windows-1252 throughout, as older programs write.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    head = data[:400]
    if len(head) >= 4 and head.count(0) * 3 > len(head):  # every other byte zero
        odd_zeros = head[1::2].count(0) > head[0::2].count(0)
        return data.decode("utf-16-le" if odd_zeros else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for char in replaced if ord(char) > 0x7F and char != "\ufffd")
    if good and good >= bad:
        return data.decode("utf-8", errors=_WINDOWS_BYTES)
    return data.decode("cp1252", errors="replace")


def _windows_byte(error: UnicodeError) -> tuple[str, int]:
    """The bytes that are not UTF-8, read as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace"), error.end


_WINDOWS_BYTES = "pimap-windows-1252"
codecs.register_error(_WINDOWS_BYTES, _windows_byte)


def _parse_error(text: str, exc: Exception) -> str:
    """icalendar's message, with the line it is about when it quotes it."""
    message = str(exc).strip()
    quoted = re.search(r"'([^']{1,200})'", message)
    if quoted:
        needle = quoted.group(1)[:40]
        for number, line in enumerate(text.splitlines(), start=1):
            if needle and needle in line:
                return f"line {number} cannot be read ({message})."
    return f"{message}."


@dataclass(frozen=True)
class _Piece:
    """One programme item an event asks for, times in UTC."""

    key: str  # what ProgrammeItem.source_uid holds
    title: str
    description: str
    location: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool


@dataclass
class _Reading:
    """What the events of a file ask of one mission."""

    pieces: list[_Piece] = field(default_factory=list)
    read_uids: set[str] = field(default_factory=set)  # uid keys of events read without error
    # uid key -> (summary, reason) for events that give no item
    skipped: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the mission's own items in its exported file: item id -> (summary, pieces)
    own: dict[uuid.UUID, tuple[str, list[_Piece]]] = field(default_factory=dict)
    items: int = 0  # pieces that are not cancelled: the items the file asks for
    steps: int = 0  # steps of the file's rules counted so far (see _count_rules)


# Why an event gives no item, or leaves its item as it is
EDITED = "changed in PIMAP since the last import"
EDITED_BEFORE_RECORDS = "changed since an earlier version of PIMAP imported it"
KEPT_EDITED = f"{EDITED}; kept"
NOT_BROUGHT_BACK = "deleted in PIMAP after an earlier import; not brought back"
EXPORTED_MEETING = "a B2B meeting exported by PIMAP"
EXPORTED_CHANGED = (
    "exported by PIMAP from this programme, which has it otherwise now; kept as it is in PIMAP"
)
EXPORTED_DELETED = (
    "exported by PIMAP from this programme, and deleted from it since; not brought back"
)


def import_calendar(
    session: Session, mission_id: uuid.UUID, path: Path, *, dry_run: bool = False
) -> CalendarImport:
    """Add a partner's agenda to a mission's programme, or bring it up to date.

    One transaction; with ``dry_run`` the report says what would change and nothing is written.
    A file that cannot be read raises a ValidationError before anything changes.
    """
    calendar = read_calendar(path)
    with transaction(session):
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError("That mission no longer exists.")
        try:
            reading = _read_events(calendar, mission, _exported(session, calendar, mission))
        except _Flood as flood:
            raise ValidationError(flood.message(path.expanduser()), "file") from None
        existing = _imported_items(session, mission.id)
        records = _records(session, mission.id)
        if dry_run:
            return _apply(session, mission, reading, existing, records, None)
        changes = _Changes(
            rows=_rows(session, _items_table(), (i.id for i in existing.values())),
            venues=set(session.scalars(select(Venue.id).where(Venue.mission_id == mission.id))),
        )
        report = _apply(session, mission, reading, existing, records, changes)
        _write_records(session, mission.id, {key: after for key, _b, after in changes.records})
        session.flush()
        return replace(report, undo=changes.undo(session, mission.id))


def _imported_items(session: Session, mission_id: uuid.UUID) -> dict[str, ProgrammeItem]:
    items = session.scalars(
        select(ProgrammeItem)
        .where(ProgrammeItem.mission_id == mission_id, ProgrammeItem.source_uid.is_not(None))
        .order_by(ProgrammeItem.created_at)
    )
    found: dict[str, ProgrammeItem] = {}
    for item in items:
        assert item.source_uid is not None
        found.setdefault(item.source_uid, item)  # one item per event: the first one counts
    return found


def _records(session: Session, mission_id: uuid.UUID) -> dict[str, str]:
    """What earlier imports wrote: source_uid -> fingerprint."""
    table = calendar_imports
    return {
        source_uid: fingerprint
        for source_uid, fingerprint in session.execute(
            select(table.c.source_uid, table.c.fingerprint).where(table.c.mission_id == mission_id)
        )
    }


def _write_records(session: Session, mission_id: uuid.UUID, values: dict[str, str | None]) -> None:
    """Set these records of the mission (None: none for that source_uid)."""
    table = calendar_imports
    keys = list(values)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        session.execute(
            delete(table).where(table.c.mission_id == mission_id, table.c.source_uid.in_(chunk))
        )
    rows = [
        {"mission_id": mission_id, "source_uid": key, "fingerprint": fingerprint}
        for key, fingerprint in values.items()
        if fingerprint is not None
    ]
    if rows:
        session.execute(insert(table), rows)


def _fingerprint(
    title: str, description: str, location: str, starts_at: datetime, ends_at: datetime
) -> str:
    """What an import writes in an item (its place as the event names it, or none), hashed."""
    values = [
        title,
        description,
        location.casefold(),
        starts_at.astimezone(UTC).isoformat(),
        ends_at.astimezone(UTC).isoformat(),
    ]
    return hashlib.sha256(json.dumps(values).encode("utf-8")).hexdigest()


def _piece_fingerprint(piece: _Piece) -> str:
    return _fingerprint(
        piece.title, piece.description, piece.location, piece.starts_at, piece.ends_at
    )


def _untouched(item: ProgrammeItem, fingerprint: str | None) -> bool:
    """Whether the item is still what the import that left ``fingerprint`` wrote: the same
    title, description and times, and the same venue when the event named one.

    Without a fingerprint (imported by a version of PIMAP that kept none), only an item never
    changed since it was made is known to be as the import wrote it.
    """
    if fingerprint is None:
        return item.updated_at - item.created_at < _AT_ONCE
    venue = item.venue.name if item.venue is not None else ""
    return fingerprint in {
        _fingerprint(item.title, item.description, place, item.starts_at, item.ends_at)
        for place in (venue, "")
    }


# created_at and updated_at of a new row are read from the clock one after the other
_AT_ONCE = timedelta(seconds=1)


def _edited(fingerprint: str | None) -> str:
    """Why an item not as its import wrote it is kept."""
    return EDITED if fingerprint is not None else EDITED_BEFORE_RECORDS


def _apply(
    session: Session,
    mission: Mission,
    reading: _Reading,
    existing: dict[str, ProgrammeItem],
    records: dict[str, str],
    changes: _Changes | None,
) -> CalendarImport:
    """Bring the items up to the file; ``changes`` records what it does, None for a dry run
    (which changes nothing).

    ``records`` holds what earlier imports wrote: an event unchanged since leaves its item
    alone (whatever the coordinator did to it); a changed one updates the item only when the
    coordinator has not changed it since; an event whose item is gone is not brought back.
    An item that already says what its event says gets the event's record (items imported
    before PIMAP kept records get theirs so).
    """
    created = updated = unchanged = 0
    notes: list[SkippedEvent] = []
    writes: dict[str, str | None] = {}  # records to write: source_uid -> fingerprint or None
    wanted: dict[str, _Piece] = {}
    for piece in reading.pieces:
        if not piece.cancelled:
            wanted.setdefault(piece.key, piece)
    for key, piece in wanted.items():
        item = existing.get(key)
        fingerprint = _piece_fingerprint(piece)
        known = records.get(key)
        if item is None and known is not None:
            notes.append(SkippedEvent(piece.title, NOT_BROUGHT_BACK))
        elif item is None:
            created += 1
            writes[key] = fingerprint
            if changes is not None:
                changes.created.append(_create_item(session, mission, piece))
        elif fingerprint == known:
            unchanged += 1  # the event as last imported: the item stays as the coordinator has it
        elif _same(item, piece):
            unchanged += 1
            writes[key] = fingerprint  # the item already says what the file now says
        elif _untouched(item, known):
            updated += 1
            writes[key] = fingerprint
            if changes is not None:
                changes.updated.append(item.id)
                _update_item(session, mission, item, piece)
        else:
            notes.append(SkippedEvent(piece.title, f"{_edited(known)}; kept"))
    removed, removed_uids, kept_uids = _take_off(
        session, mission, reading, existing, records, wanted, changes, writes, notes
    )
    for item_id, (summary, pieces) in reading.own.items():
        if _is_as_exported(session.get(ProgrammeItem, item_id), pieces):
            unchanged += 1
        else:
            notes.append(SkippedEvent(summary, EXPORTED_CHANGED))
    if changes is not None:
        changes.records = [
            (key, records.get(key), after)
            for key, after in writes.items()
            if records.get(key) != after
        ]
    skipped = [
        SkippedEvent(summary, _outcome(reason, uid in removed_uids, kept_uids.get(uid)))
        for uid, (summary, reason) in reading.skipped.items()
    ]
    return CalendarImport(created, updated, unchanged, (*skipped, *notes), removed)


def _take_off(
    session: Session,
    mission: Mission,
    reading: _Reading,
    existing: dict[str, ProgrammeItem],
    records: dict[str, str],
    wanted: dict[str, _Piece],
    changes: _Changes | None,
    writes: dict[str, str | None],
    notes: list[SkippedEvent],
) -> tuple[int, set[str], dict[str, str]]:
    """Take off the items whose event the file cancels or no longer holds (while it holds the
    event's other occurrences): those the coordinator has not changed since the import, and,
    when the file merely no longer holds them, that no B2B session is held in.

    Returns how many went, the uid keys of the events some item went of, and those some
    changed item stayed of (with why).
    """
    cancelled = {p.key for p in reading.pieces if p.cancelled}
    candidates = {
        key: (uid_key, item)
        for key, item in existing.items()
        if key not in wanted and (uid_key := _uid_key_of(key, reading.read_uids)) is not None
    }
    held_in = _sessions_held_in(session, [item.id for _u, item in candidates.values()])
    removed_uids: set[str] = set()
    kept_uids: dict[str, str] = {}  # uid key -> why an item of it stays
    to_remove: list[ProgrammeItem] = []
    for key, (uid_key, item) in candidates.items():
        known = records.get(key)
        if not _untouched(item, known):
            edited = _edited(known)
            kept_uids[uid_key] = edited
            if key not in cancelled:
                notes.append(SkippedEvent(item.title, f"no longer in the file, but {edited}; kept"))
            elif uid_key not in reading.skipped:  # one occurrence cancelled, not the event
                notes.append(SkippedEvent(item.title, f"cancelled, but {edited}; kept"))
        elif key not in cancelled and item.id in held_in:
            notes.append(
                SkippedEvent(
                    item.title,
                    f"no longer in the file, but the B2B session “{held_in[item.id]}” is held "
                    "in it; kept",
                )
            )
        else:
            to_remove.append(item)
            removed_uids.add(uid_key)
            if known is not None:
                writes[key] = None  # the event may come back: then it is new again
    if changes is not None and to_remove:
        rows = {i.id: changes.rows[i.id] for i in to_remove}
        changes.removed += _removed_items(session, rows, mission.timezone)
        for item in to_remove:
            session.delete(item)
    return len(to_remove), removed_uids, kept_uids


def _outcome(reason: str, removed: bool, kept: str | None) -> str:
    """Why an event gave no item, with what became of the items it gave before."""
    parts = [reason]
    if removed:
        parts.append("taken off the programme")
    if kept:
        parts.append(f"{kept}, so kept")
    return "; ".join(parts)


def _sessions_held_in(session: Session, item_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Item id -> the name of a B2B session held in it, for those of ``item_ids`` that have one."""
    found: dict[uuid.UUID, str] = {}
    for chunk in _chunks(item_ids):
        for item_id, name in session.execute(
            select(B2BSession.programme_item_id, B2BSession.name).where(
                B2BSession.programme_item_id.in_(chunk)
            )
        ):
            if item_id is not None:
                found.setdefault(item_id, name)
    return found


def _is_as_exported(item: ProgrammeItem | None, pieces: Sequence[_Piece]) -> bool:
    """Whether an event of the mission's own export still says what its item says (title and
    times: the export writes those as they are, and composes the description and place)."""
    usable = [p for p in pieces if not p.cancelled]
    if item is None or not usable:
        return False
    starts = min(p.starts_at for p in usable)
    ends = max(p.ends_at for p in usable)
    return (item.title, item.starts_at, item.ends_at) == (usable[0].title, starts, ends)


def _same(item: ProgrammeItem, piece: _Piece) -> bool:
    venue = item.venue.name if item.venue is not None else ""
    return (
        item.title == piece.title
        and item.description == piece.description
        and item.starts_at == piece.starts_at
        and item.ends_at == piece.ends_at
        and (not piece.location or venue.casefold() == piece.location.casefold())
    )


def _create_item(session: Session, mission: Mission, piece: _Piece) -> uuid.UUID:
    item = ProgrammeItem(
        id=uuid.uuid4(),
        mission_id=mission.id,
        kind=_guess_kind(piece.title),
        room="",
        audience=Audience.EVERYONE,
        source_uid=piece.key,
    )
    session.add(item)
    _update_item(session, mission, item, piece)
    return item.id


def _update_item(session: Session, mission: Mission, item: ProgrammeItem, piece: _Piece) -> None:
    """Set what the event says. What the coordinator set in PIMAP stays: kind, room, audience,
    and the venue when the event names no place."""
    item.title = piece.title
    item.description = piece.description
    item.starts_at = piece.starts_at
    item.ends_at = piece.ends_at
    if piece.location:
        item.venue = venue_named(session, mission, piece.location)


_KIND_WORDS: dict[ProgrammeItemKind, tuple[str, ...]] = {
    ProgrammeItemKind.MEAL: ("breakfast", "brunch", "lunch", "dinner"),
    ProgrammeItemKind.RECEPTION: ("reception", "cocktail"),
    ProgrammeItemKind.TRAVEL: ("transfer", "shuttle", "flight"),
}


def _guess_kind(title: str) -> ProgrammeItemKind:
    """MEAL, RECEPTION or TRAVEL when the title says so in so many words, else OTHER."""
    words = set(re.findall(r"\w+", title.casefold()))
    for kind, names in _KIND_WORDS.items():
        if words.intersection(names):
            return kind
    return ProgrammeItemKind.OTHER


# ---------------------------------------------------------------------------------------------
# Reading events


@dataclass(frozen=True)
class _Exported:
    """What the UIDs that PIMAP writes (``<uuid>@pimap-desktop``) in a file name here."""

    this_mission: bool  # the file is an export of the mission it is imported into
    items: frozenset[uuid.UUID]  # programme items of the mission
    meetings: frozenset[uuid.UUID]  # meetings, of any mission, by their id
    meeting_uids: frozenset[str]  # UIDs of the mission's meetings made for a request


_PIMAP_UID = re.compile(rf"([0-9a-fA-F-]{{36}})@{re.escape(UID_DOMAIN)}")


def _pimap_id(uid: str) -> uuid.UUID | None:
    """The record id in a UID that PIMAP wrote, if it is one."""
    found = _PIMAP_UID.fullmatch(uid.strip())
    if found is None:
        return None
    try:
        return uuid.UUID(found.group(1))
    except ValueError:
        return None


def _exported(session: Session, calendar: Calendar, mission: Mission) -> _Exported:
    named = {
        record_id
        for event in calendar.walk("VEVENT")
        if (record_id := _pimap_id(str(event.get("UID", "")))) is not None
    }
    source = str(calendar.get(MISSION_PROPERTY, "")).strip()
    if not named:
        return _Exported(source == str(mission.id), frozenset(), frozenset(), frozenset())
    items: set[uuid.UUID] = set()
    meetings: set[uuid.UUID] = set()
    for chunk in _chunks(list(named)):
        items.update(
            session.scalars(
                select(ProgrammeItem.id).where(
                    ProgrammeItem.mission_id == mission.id, ProgrammeItem.id.in_(chunk)
                )
            )
        )
        meetings.update(session.scalars(select(Meeting.id).where(Meeting.id.in_(chunk))))
    requests = set(_pair_requests(session, mission.id).values())
    return _Exported(
        this_mission=source == str(mission.id),
        items=frozenset(items),
        meetings=frozenset(meetings),
        meeting_uids=frozenset(meeting_uid(r) for r in requests),
    )


def _read_events(calendar: Calendar, mission: Mission, exported: _Exported) -> _Reading:
    mission_zone = zone(mission.timezone)
    floating = _floating_zone(calendar, mission_zone)
    cancel_all = str(calendar.get("METHOD", "")).strip().upper() == "CANCEL"
    reading = _Reading()
    for uid, components in _events_by_uid(calendar).items():
        record_id = _pimap_id(uid)
        if record_id is not None and record_id in exported.items:
            own = _Reading(steps=reading.steps)  # the mission's own item: compared, never changed
            _read_series(uid, components, floating, mission, mission_zone, cancel_all, own)
            reading.steps = own.steps
            reading.own[record_id] = (_summary(components), own.pieces)
            continue
        if record_id is not None and (
            record_id in exported.meetings
            or uid.strip() in exported.meeting_uids
            or _is_meeting(components)
        ):
            reading.skipped[_uid_key(uid)] = (_summary(components), EXPORTED_MEETING)
            continue
        if record_id is not None and exported.this_mission:
            reading.skipped[_uid_key(uid)] = (_summary(components), EXPORTED_DELETED)
            continue
        # a partner's event; or another mission's item exported by PIMAP, which comes in as a
        # partner's event would (its UID keeps it apart from the items of this mission)
        _read_series(uid, components, floating, mission, mission_zone, cancel_all, reading)
    return reading


def _is_meeting(components: Sequence[Component]) -> bool:
    """Whether PIMAP's export marked the event as a B2B meeting."""
    return any(
        isinstance(c, Event) and MEETING_CATEGORY in [str(x) for x in c.categories]
        for c in components
    )


def _floating_zone(calendar: Calendar, mission_zone: ZoneInfo) -> tzinfo:
    """The zone of times without one: the calendar's X-WR-TIMEZONE if it names a zone we know
    (Google and Apple read floating times in it), else the mission's.

    Only floating times are read in it: UTC times stay the instants they say (the
    x-wr-timezone convention of moving them into that zone changes nothing for single events).
    """
    named = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    try:
        found = tzp.timezone(named) if named else None  # IANA, Windows, described in the file
    except (OSError, ValueError):  # zoneinfo opens "Europe" as a file, and fails
        found = None
    return found if found is not None else mission_zone


def _events_by_uid(calendar: Calendar) -> dict[str, list[Component]]:
    """The file's VEVENTs by UID, in file order; an event without a UID gets one made from
    its summary and start, so that importing the file again finds it."""
    grouped: dict[str, list[Component]] = defaultdict(list)
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", "")).strip()
        if not uid:
            uid = _made_up_uid(event)
            event["UID"] = uid
        grouped[uid].append(event)
    return grouped


def _made_up_uid(event: Component) -> str:
    start = _property(event, "DTSTART")
    try:
        when = start.to_ical().decode("utf-8")
    except (AttributeError, ValueError):  # none, several, or broken
        when = ""
    seed = f"{event.get('SUMMARY', '')}|{when}"
    return "pimap-no-uid-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32]


def _uid_key(uid: str) -> str:
    """The UID as kept in ``source_uid``: itself, or a hash when it is very long."""
    if len(uid) <= _LONGEST_UID:
        return uid
    return "sha256:" + hashlib.sha256(uid.encode("utf-8")).hexdigest()


_OCCURRENCE_SUFFIX = re.compile(r"(#\d{8}(T\d{6}Z)?)?(\+\d{8})?")


def _uid_key_of(source_uid: str, uid_keys: Iterable[str]) -> str | None:
    """Which of ``uid_keys`` a stored ``source_uid`` belongs to, if any."""
    for uid_key in uid_keys:
        if source_uid.startswith(uid_key) and _OCCURRENCE_SUFFIX.fullmatch(
            source_uid[len(uid_key) :]
        ):
            return uid_key
    return None


def _summary(components: Sequence[Component]) -> str:
    masters = [c for c in components if "RECURRENCE-ID" not in c] or list(components)
    for component in masters:
        text = " ".join(str(component.get("SUMMARY", "")).split())
        if text:
            return text[:_TITLE_MAX]
    return "Untitled event"


def _read_series(
    uid: str,
    components: list[Component],
    floating: tzinfo,
    mission: Mission,
    mission_zone: ZoneInfo,
    cancel_all: bool,
    reading: _Reading,
) -> None:
    """The pieces of one event (all its occurrences) that fall within the mission's dates."""
    uid_key = _uid_key(uid)
    summary = _summary(components)
    problem = _unreadable(components)
    if problem:
        reading.skipped[uid_key] = (summary, problem)
        return
    for component in components:
        timed = isinstance(_moment(component, "DTSTART"), datetime)
        if timed and "DTEND" not in component and "DURATION" not in component:
            component.add("DURATION", timedelta(hours=1))  # a timed event with no end
    repeating = len(components) > 1 or any(
        "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c for c in components
    )
    every = _every(components)
    _count_rules(components, summary, every, floating, mission, mission_zone, reading)
    series = Calendar()
    for component in components:
        series.add_component(component)
    window_start = datetime.combine(mission.start_date - timedelta(days=2), time())
    window_end = datetime.combine(mission.end_date + timedelta(days=3), time())
    try:
        occurrences = list(recurring_ical_events.of(series).between(window_start, window_end))
    except recurring_ical_events.PeriodEndBeforeStart:
        reading.skipped[uid_key] = (summary, "it ends before it starts")
        return
    except Exception as exc:  # a bad RRULE, EXDATE or RDATE of this event
        reading.skipped[uid_key] = (summary, f"its dates cannot be read ({exc})")
        return
    reading.read_uids.add(uid_key)

    inside: list[_Piece] = []
    reasons: list[str] = []
    for occurrence in occurrences:
        key = uid_key
        if repeating:
            key += "#" + _occurrence_id(occurrence, floating)
        pieces, reason = _pieces(occurrence, key, floating, mission, mission_zone)
        if reason:
            reasons.append(reason)
        for piece in pieces:
            inside.append(replace(piece, cancelled=True) if cancel_all else piece)
    reading.pieces.extend(inside)
    reading.items += sum(1 for p in inside if not p.cancelled)
    if reading.items > MAX_PROGRAMME_ITEMS:
        raise _Flood("items", summary if repeating else "", every)
    if any(p.cancelled for p in inside) and not any(not p.cancelled for p in inside):
        reading.skipped[uid_key] = (summary, "cancelled")
    elif not inside:
        reading.skipped[uid_key] = (
            summary,
            _why_none(reasons, components, repeating, mission, floating, mission_zone),
        )


class _Flood(Exception):
    """A file whose events would flood the programme: refused as a whole (see
    ``import_calendar``, which names the file)."""

    def __init__(self, kind: str, summary: str, every: str) -> None:
        super().__init__(kind)
        # "items"; "steps" or "window" (occurrences) of one rule; "file steps" (of all rules);
        # "dates" (RDATEs of one event)
        self.kind = kind
        self.summary = summary if len(summary) <= 60 else summary[:59] + "…"
        self.every = every

    def message(self, path: Path) -> str:
        often = f"repeats {self.every}" if self.every else "repeats"
        if self.kind == "items":
            why = f" (a recurring event '{self.summary}' {often})" if self.summary else ""
            return (
                f"{path}: this calendar would add more than {MAX_PROGRAMME_ITEMS:,} programme "
                f"items{why}; nothing was imported."
            )
        if self.kind == "file steps":
            return (
                f"{path}: this calendar's recurring events repeat more than "
                f"{_MAX_FILE_STEPS:,} times before the mission ends, too often for a programme; "
                "nothing was imported."
            )
        if self.kind == "dates":
            return (
                f"{path}: a recurring event '{self.summary}' lists more than "
                f"{_MAX_WINDOW_OCCURRENCES:,} dates (RDATE), too many for a programme; "
                "nothing was imported."
            )
        if self.kind == "steps":
            how_many = f"more than {_MAX_RULE_STEPS:,} times before the mission ends"
        else:
            how_many = f"more than {_MAX_WINDOW_OCCURRENCES:,} times around the mission's dates"
        return (
            f"{path}: a recurring event '{self.summary}' {often}, {how_many}, too often for a "
            "programme; nothing was imported."
        )


_UNITS = {
    "SECONDLY": "second",
    "MINUTELY": "minute",
    "HOURLY": "hour",
    "DAILY": "day",
    "WEEKLY": "week",
    "MONTHLY": "month",
    "YEARLY": "year",
}


def _every(components: Sequence[Component]) -> str:
    """``every second``, ``every 10 minutes``: how often the event's first rule repeats, or ''
    when it has none (or one that cannot be read)."""
    for text in (t for c in components for t in _rule_texts(c)):
        parts = dict(p.partition("=")[::2] for p in text.upper().split(";"))
        unit = _UNITS.get(parts.get("FREQ", ""))
        if unit is None:
            continue
        interval = parts.get("INTERVAL", "1")
        if not interval.isdigit() or int(interval) <= 1:
            return f"every {unit}"
        return f"every {int(interval)} {unit}s"
    return ""


def _rule_texts(component: Component) -> list[str]:
    """The event's RRULEs as text (``FREQ=SECONDLY;INTERVAL=10``)."""
    value = _property(component, "RRULE")
    if value is None:
        return []
    rules = value if isinstance(value, list) else [value]
    texts = []
    for rule in rules:
        try:
            texts.append(rule.to_ical().decode("utf-8"))
        except (AttributeError, ValueError, UnicodeDecodeError):
            continue
    return texts


def _rule(text: str, start: date) -> rrule | None:
    """The rule from the event's start, without the cache that keeps every occurrence met;
    None when dateutil cannot read it (the expansion then says why the event is skipped).
    An UNTIL that dateutil refuses (a UTC end for a floating start) is left out: the rule then
    repeats at least as often as the expansion will find."""
    first = start if isinstance(start, datetime) else datetime.combine(start, time())
    for attempt in (text, re.sub(r";?UNTIL=[^;]*|;?COUNT=-\d+", "", text, flags=re.IGNORECASE)):
        try:
            found = rrulestr(attempt.strip(";"), dtstart=first, cache=False)
        except (ValueError, TypeError, OverflowError):
            continue
        if isinstance(found, rrule):
            return found
    return None


def _rdate_count(component: Component) -> int:
    """How many dates the event's RDATEs list."""
    value = _property(component, "RDATE")
    if value is None:
        return 0
    lists = value if isinstance(value, list) else [value]
    return sum(len(getattr(found, "dts", ())) for found in lists)


def _count_rules(
    components: Sequence[Component],
    summary: str,
    every: str,
    floating: tzinfo,
    mission: Mission,
    mission_zone: ZoneInfo,
    reading: _Reading,
) -> None:
    """Count each rule's occurrences lazily, from its start to the end of the window the
    expansion reads, before the expansion lists them: a rule that would put more than
    MAX_PROGRAMME_ITEMS items in the mission's dates, list more than _MAX_WINDOW_OCCURRENCES
    occurrences around them, or take more than _MAX_RULE_STEPS steps to get there raises
    _Flood, as do the file's rules together past _MAX_FILE_STEPS steps (``reading.steps``)
    and an event that lists more than _MAX_WINDOW_OCCURRENCES dates in RDATEs.
    EXDATEs are not taken off the counts."""
    dates = sum(_rdate_count(c) for c in components)
    if dates > _MAX_WINDOW_OCCURRENCES:
        raise _Flood("dates", summary, every)
    first = mission.start_date - timedelta(days=3)  # beyond the expansion's window
    last = mission.end_date + timedelta(days=4)
    for component in components:
        start = _moment(component, "DTSTART")
        if start is None:
            continue
        all_day = not isinstance(start, datetime)
        for text in _rule_texts(component):
            rule = _rule(text, start)
            if rule is None:
                continue
            steps = in_window = in_mission = 0
            try:
                for value in rule:
                    steps += 1
                    reading.steps += 1
                    if steps > _MAX_RULE_STEPS:
                        raise _Flood("steps", summary, every)
                    if reading.steps > _MAX_FILE_STEPS:
                        raise _Flood("file steps", summary, every)
                    if all_day:
                        day = value.date()
                    else:
                        day = _as_instant(value, floating).astimezone(mission_zone).date()
                    if day > last:
                        break
                    if day < first:
                        continue
                    in_window += 1
                    if mission.start_date <= day <= mission.end_date:
                        in_mission += 1
                        if in_mission > MAX_PROGRAMME_ITEMS:
                            raise _Flood("items", summary, every)
                    if in_window > _MAX_WINDOW_OCCURRENCES:
                        raise _Flood("window", summary, every)
            except (ValueError, OverflowError):  # a date past year 9999, a rule dateutil
                continue  # cannot follow: the expansion says why, or finds no occurrence


def _unreadable(components: Sequence[Component]) -> str:
    """Why the event's times cannot be used, or ''."""
    for component in components:
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            prop = _property(component, name)
            if prop is None:
                if name == "DTSTART":
                    return "it has no start time"
                continue
            if isinstance(prop, list):
                return f"it has more than one {name}"
            try:
                value = prop.dt
            except ValueError as exc:  # icalendar's BrokenCalendarProperty
                return f"its {name} cannot be read ({exc})"
            zone_id = prop.params.get("TZID")
            if zone_id and isinstance(value, datetime) and value.tzinfo is None:
                return f"its time zone '{zone_id}' is not known and the file does not describe it"
        if _ends_before_start(_moment(component, "DTSTART"), _moment(component, "DTEND")):
            return "it ends before it starts"
    return ""


def _ends_before_start(start: date | None, end: date | None) -> bool:
    if start is None or end is None or isinstance(start, datetime) != isinstance(end, datetime):
        return False
    if (
        isinstance(start, datetime)
        and isinstance(end, datetime)
        and (start.tzinfo is None) != (end.tzinfo is None)
    ):
        return False  # a floating time against a zoned one: the zones decide, later
    return end < start


def _as_instant(value: datetime, floating: tzinfo) -> datetime:
    """An aware UTC instant; a floating time is read in ``floating``. A local time that the
    clocks skip is moved forward by the gap, as calendar programs do."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=floating)
    return value.astimezone(UTC)


def _occurrence_id(occurrence: Component, floating: tzinfo) -> str:
    """The occurrence's RECURRENCE-ID (its original start) in UTC: ``20270126T163000Z``, or the
    day ``20270126`` for all-day events."""
    value = _moment(occurrence, "RECURRENCE-ID") or _moment(occurrence, "DTSTART")
    if isinstance(value, datetime):
        return _as_instant(value, floating).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d") if value is not None else ""


def _pieces(
    occurrence: Component,
    key: str,
    floating: tzinfo,
    mission: Mission,
    mission_zone: ZoneInfo,
) -> tuple[list[_Piece], str]:
    """The items one occurrence asks for within the mission's dates, or why none."""
    title = " ".join(str(occurrence.get("SUMMARY", "")).split())[:_TITLE_MAX] or "Untitled event"
    description = str(occurrence.get("DESCRIPTION", "")).strip()
    location = " ".join(str(occurrence.get("LOCATION", "")).split())[:_VENUE_MAX]
    cancelled = str(occurrence.get("STATUS", "")).strip().upper() == "CANCELLED"
    start = _moment(occurrence, "DTSTART")
    end = _moment(occurrence, "DTEND")
    if start is None:
        return [], "it has no start time"

    def piece(piece_key: str, starts_at: datetime, ends_at: datetime) -> _Piece:
        return _Piece(piece_key, title, description, location, starts_at, ends_at, cancelled)

    if not isinstance(start, datetime):  # all day: one item per day, 00:00 to 24:00 local
        last = end if isinstance(end, date) and not isinstance(end, datetime) else start
        days = [start + timedelta(days=n) for n in range(max(1, (last - start).days))]
        inside = [d for d in days if mission.start_date <= d <= mission.end_date]
        if not inside:
            return [], f"on {_span_text(days[0], days[-1])}"
        several = len(days) > 1
        return [
            piece(
                f"{key}+{day:%Y%m%d}" if several else key,
                _as_instant(datetime.combine(day, time()), mission_zone),
                _as_instant(datetime.combine(day + timedelta(days=1), time()), mission_zone),
            )
            for day in inside
        ], ""
    starts_at = _as_instant(start, floating)
    ends_at = _as_instant(end, floating) if isinstance(end, datetime) else starts_at
    if ends_at == starts_at:
        ends_at = starts_at + timedelta(hours=1)  # a moment: shown as an hour
    day = starts_at.astimezone(mission_zone).date()
    if not mission.start_date <= day <= mission.end_date:
        return [], f"on {day.isoformat()}"
    if ends_at < starts_at:
        return [], "it ends before it starts"
    if ends_at - starts_at > timedelta(days=1):
        return [], "it lasts more than 24 hours; add it to the programme by hand"
    return [piece(key, starts_at, ends_at)], ""


def _span_text(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _why_none(
    reasons: Sequence[str],
    components: Sequence[Component],
    repeating: bool,
    mission: Mission,
    floating: tzinfo,
    mission_zone: ZoneInfo,
) -> str:
    dates = f"({mission.start_date.isoformat()} to {mission.end_date.isoformat()})"
    problems = [r for r in reasons if not r.startswith("on ")]
    if problems:
        return problems[0]
    if repeating:
        return f"it repeats, but never within the mission's dates {dates}"
    if reasons:
        return f"it is {reasons[0]}, outside the mission's dates {dates}"
    start = _moment(components[0], "DTSTART")
    if isinstance(start, datetime):
        start = _as_instant(start, floating).astimezone(mission_zone).date()
    on = f"on {start.isoformat()}, " if start is not None else ""
    return f"it is {on}outside the mission's dates {dates}"


# =============================================================================================
# Undo


@dataclass(frozen=True)
class CalendarUndo:
    """What an import changed in a mission's programme, to put it back as a whole with
    ``undo_calendar_import``.

    Rows are the ``programme_items`` (or ``venues``) columns, ``source_uid`` included. Every
    row the import wrote is kept as the import left it: a later change to one of them blocks
    the undo rather than being thrown away. Rows are compared column by column, ``updated_at``
    aside, so that an edit made and undone since (Edit ▸ Undo goes back in order) does not.
    """

    mission_id: uuid.UUID
    created: tuple[dict[str, Any], ...] = ()  # items added, as the import left them
    previous: tuple[tuple[dict[str, Any], dict[str, Any]], ...] = ()  # items changed: before, after
    removed: tuple[RemovedItem, ...] = ()  # items taken off, row for row
    venues_created: tuple[dict[str, Any], ...] = ()  # venues added for an event's LOCATION
    venues_removed: tuple[dict[str, Any], ...] = ()  # venues taken away (by an undo)
    # what the import remembers of events (``calendar_imports``): source_uid, the fingerprint
    # this record puts back (None: no record), the one it replaces
    records: tuple[tuple[str, str | None, str | None], ...] = ()
    redo: bool = False  # this record takes an undo back

    @property
    def empty(self) -> bool:
        """True when the import changed nothing (every event already on the programme)."""
        return not (
            self.created
            or self.previous
            or self.removed
            or self.venues_created
            or self.venues_removed
            or self.records
        )


@dataclass
class _Changes:
    """What a real import does, recorded as it goes for its undo."""

    rows: dict[uuid.UUID, dict[str, Any]]  # the rows of the mission's imported items before
    venues: set[uuid.UUID]  # the mission's venues before
    created: list[uuid.UUID] = field(default_factory=list)
    updated: list[uuid.UUID] = field(default_factory=list)
    removed: list[RemovedItem] = field(default_factory=list)
    # records written: source_uid, fingerprint before (None: none), after (None: deleted)
    records: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    def undo(self, session: Session, mission_id: uuid.UUID) -> CalendarUndo:
        """The record of the changes, once they are flushed."""
        after = _rows(session, _items_table(), [*self.created, *self.updated])
        now = session.scalars(select(Venue.id).where(Venue.mission_id == mission_id))
        return CalendarUndo(
            mission_id=mission_id,
            created=tuple(after[i] for i in self.created),
            previous=tuple((self.rows[i], after[i]) for i in self.updated),
            removed=tuple(self.removed),
            venues_created=tuple(_rows(session, _venues_table(), set(now) - self.venues).values()),
            records=tuple(self.records),
        )


def undo_calendar_import(session: Session, undo: CalendarUndo) -> CalendarUndo:
    """Put the programme back as it was before the import ``undo`` describes, in one
    transaction: the items it added go; the items it changed get every column back (times,
    title, venue, ``source_uid``); the items it took off come back row for row, with their id,
    attendees and B2B session; the venues it added go when no item uses them; what it
    remembered of the events (``calendar_imports``) is as before, so that the next import takes
    the events it added as new again rather than as items the coordinator deleted.

    The ``updated_at`` of an item put back by an update moves forward, as for any change (so
    that a calendar holding its event takes the next export); an item put back whole keeps its
    own. Refused with a ValidationError, before anything changes, when an item the import wrote
    was changed or deleted since, or an item it took off is back on the programme.

    Returns the record that takes this undo back: applied the same way, it puts the import's
    result back (the same items, with the same ids) without reading the file again. That is the
    redo: the file may have changed or moved since, and the items' ids must stay those that
    later steps of Edit ▸ Redo refer to.
    """
    with transaction(session):
        session.expire_all()  # objects of this session may predate changes made by statements
        mission = session.get(Mission, undo.mission_id)
        if mission is None:
            raise NotFoundError("That mission no longer exists.")
        _check_revertible(session, undo)
        items = _items_table()
        venues_back = _insert_venues(session, undo.venues_removed)
        venue_ids = set(
            session.scalars(select(Venue.id).where(Venue.mission_id == undo.mission_id))
        )
        current = _rows(session, items, (before["id"] for before, _after in undo.previous))
        for before, _after in undo.previous:
            values = {
                k: v for k, v in before.items() if k not in ("id", "created_at", "updated_at")
            }
            if values.get("venue_id") not in venue_ids:
                values["venue_id"] = None  # the venue went meanwhile
            session.execute(update(items).where(items.c.id == before["id"]).values(**values))
        for removed in undo.removed:
            put_back_item(session, removed, venue_ids)
        # an item deleted since is already where the undo takes it
        rows = _rows(session, items, (row["id"] for row in undo.created))
        taken = _removed_items(session, rows, mission.timezone)
        for chunk in _chunks(list(rows)):
            session.execute(delete(items).where(items.c.id.in_(chunk)))
        venues_taken = _delete_unused_venues(session, undo.venues_created)
        _write_records(session, undo.mission_id, {key: back for key, back, _gone in undo.records})
        session.flush()
        put_back = [r.row["id"] for r in undo.removed]
        after = _rows(session, items, [*put_back, *current])
        new_venues = _rows(session, _venues_table(), venues_back)
        session.expire_all()
        return CalendarUndo(
            mission_id=undo.mission_id,
            created=tuple(after[i] for i in put_back),
            previous=tuple((row, after[i]) for i, row in current.items()),
            removed=tuple(taken),
            venues_created=tuple(new_venues.values()),
            venues_removed=venues_taken,
            records=tuple((key, gone, back) for key, back, gone in undo.records),
            redo=not undo.redo,
        )


def _check_revertible(session: Session, undo: CalendarUndo) -> None:
    cannot = f"The agenda import cannot be {'redone' if undo.redo else 'undone'}:"
    written = [*undo.created, *(after for _before, after in undo.previous)]
    now = _rows(session, _items_table(), (row["id"] for row in written))
    for before, _after in undo.previous:
        if before["id"] not in now:
            raise ValidationError(
                f"{cannot} “{before['title']}”, which it changed, was deleted since."
            )
    for row in written:
        found = now.get(row["id"])
        if found is not None and not _same_row(found, row):
            raise ValidationError(
                f"{cannot} “{found['title']}” was changed since. Change the programme by hand "
                "instead."
            )
    back = _rows(session, _items_table(), (r.row["id"] for r in undo.removed))
    if back:
        first = next(iter(back.values()))
        raise ValidationError(
            f"{cannot} “{first['title']}”, which it took off the programme, is back on it."
        )


def _same_row(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same values, ``updated_at`` aside (an edit undone since moved it on)."""
    return {k: v for k, v in a.items() if k != "updated_at"} == {
        k: v for k, v in b.items() if k != "updated_at"
    }


def _items_table() -> Table:
    table: Table = ProgrammeItem.__table__  # type: ignore[assignment]
    return table


def _venues_table() -> Table:
    table: Table = Venue.__table__  # type: ignore[assignment]
    return table


def _rows(
    session: Session, table: Table, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The rows of ``table`` with these ids (those that exist), by id, in the order asked."""
    wanted = list(ids)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(wanted):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return {i: found[i] for i in wanted if i in found}


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> Iterable[Sequence[uuid.UUID]]:
    """Ids a few hundred at a time: SQLite takes a limited number of parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _removed_items(
    session: Session, rows: dict[uuid.UUID, dict[str, Any]], zone_name: str
) -> list[RemovedItem]:
    """Items of a mission in ``zone_name`` about to be deleted (id -> row), as
    ``missions.delete_programme_item`` keeps them: with their attendees, the B2B sessions that
    point at them and their form's values, read in a few queries rather than a few per item."""
    attendees = programme_item_attendees
    by_item: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    sessions: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for chunk in _chunks(list(rows)):
        for found in session.execute(
            select(attendees).where(attendees.c.programme_item_id.in_(chunk))
        ).mappings():
            by_item[found["programme_item_id"]].append(dict(found))
        for session_id, pointed in session.execute(
            select(B2BSession.id, B2BSession.programme_item_id).where(
                B2BSession.programme_item_id.in_(chunk)
            )
        ):
            if pointed is not None:
                sessions[pointed].append(session_id)
    venue_ids = {row["venue_id"] for row in rows.values() if row["venue_id"] is not None}
    venues = {
        venue_id: name
        for venue_id, name in session.execute(
            select(Venue.id, Venue.name).where(Venue.id.in_(venue_ids))
        )
    }
    return [
        RemovedItem(
            data=_item_data(row, zone_name, venues, by_item[item_id]),
            row=row,
            attendees=tuple(by_item[item_id]),
            b2b_sessions=tuple(sessions[item_id]),
        )
        for item_id, row in rows.items()
    ]


def _item_data(
    row: dict[str, Any],
    zone_name: str,
    venues: dict[uuid.UUID, str],
    attendees: Sequence[dict[str, Any]],
) -> ProgrammeItemData:
    """What ``missions.programme_item_data`` gives for the item in ``row``."""
    return ProgrammeItemData(
        kind=row["kind"],
        title=row["title"],
        starts_local=to_local(row["starts_at"], zone_name).replace(tzinfo=None),
        ends_local=to_local(row["ends_at"], zone_name).replace(tzinfo=None),
        venue_name=venues.get(row["venue_id"], "") if row["venue_id"] is not None else "",
        room=row["room"],
        description=row["description"],
        audience=row["audience"],
        delegation_id=row["delegation_id"],
        attendee_ids=tuple(a["registration_id"] for a in attendees),
    )


def _insert_venues(session: Session, rows: Sequence[dict[str, Any]]) -> list[uuid.UUID]:
    """Venues an undo took away, back (those that are not there already)."""
    there = _rows(session, _venues_table(), (r["id"] for r in rows))
    missing = [r for r in rows if r["id"] not in there]
    if missing:
        session.execute(insert(_venues_table()), missing)
    return [r["id"] for r in missing]


def _delete_unused_venues(
    session: Session, created: Sequence[dict[str, Any]]
) -> tuple[dict[str, Any], ...]:
    """The venues an import added, deleted when no item uses them and nobody changed them."""
    venues = _venues_table()
    rows = _rows(session, venues, (row["id"] for row in created))
    taken = []
    for row in created:
        found = rows.get(row["id"])
        if found is None or not _same_row(found, row):
            continue
        used = session.scalar(
            select(ProgrammeItem.id).where(ProgrammeItem.venue_id == row["id"]).limit(1)
        )
        if used is None:
            taken.append(found)
            session.execute(delete(venues).where(venues.c.id == row["id"]))
    return tuple(taken)
