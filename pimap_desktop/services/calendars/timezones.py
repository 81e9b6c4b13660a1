"""The VTIMEZONE of a mission's zone, built from the tz database (see ``vtimezone``)."""

from __future__ import annotations

import calendar as gregorian
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE, YEARLY, rrule, weekday
from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from pimap_desktop.domain.rules import zone


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
