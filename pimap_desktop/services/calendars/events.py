"""The events of a calendar file, as the programme items they ask of one mission.

Times may carry a TZID (an IANA name, a Windows name as Outlook writes them, or a zone described
in the file), be UTC, or be floating (no zone: taken in the calendar's X-WR-TIMEZONE when it
names one, as Google and Apple read it, else in the mission's zone). All-day events become items
from 00:00 to 24:00 local, one per day. Repeating events are expanded within the mission's dates
(read with a margin of a few days, so that no zone loses an occurrence; only occurrences that
start on a mission day, in the mission's zone, become items), once their rules are counted
(see ``recurrence``). Each item an event asks for carries the key that
``ProgrammeItem.source_uid`` keeps (the event's UID, with the occurrence for a repeating one).
PIMAP's own export, read for its mission, gives that mission's items to compare (never to
change) and its meetings to skip.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component, Event
from icalendar.timezone import tzp
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.models import Meeting, Mission, ProgrammeItem
from pimap_desktop.domain.rules import zone
from pimap_desktop.services.calendars.export import _pair_requests, meeting_uid
from pimap_desktop.services.calendars.ics import (
    EXPORTED_DELETED,
    EXPORTED_MEETING,
    MAX_PROGRAMME_ITEMS,
    MEETING_CATEGORY,
    MISSION_PROPERTY,
    UID_DOMAIN,
    _as_instant,
    _chunks,
    _moment,
    _property,
)
from pimap_desktop.services.calendars.recurrence import _count_rules, _every, _Flood

# Limits of the columns an imported event fills.
_TITLE_MAX = 200
_VENUE_MAX = 200
_LONGEST_UID = 400  # longer UIDs are kept as a hash, leaving room for the occurrence


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
