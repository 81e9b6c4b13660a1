"""The bounds of repeating events: a file whose events would add more than MAX_PROGRAMME_ITEMS
items, or whose rules repeat too often to be expanded (counted lazily before any expansion, see
``_count_rules``), is refused as a whole (``_Flood``), with one line, before anything is
written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from icalendar import Component

from pimap_desktop.domain.models import Mission
from pimap_desktop.services.calendars.ics import (
    MAX_PROGRAMME_ITEMS,
    _as_instant,
    _moment,
    _property,
)

# Bounds of the expansion of one repeating rule, counted lazily before the rule is expanded:
# steps of the rule from its start to the end of the mission's window (the CPU a rule that
# repeats every second from years before would take), and occurrences within the window
# (what the expansion lists, the margin around the mission's dates included).
_MAX_RULE_STEPS = 100_000
_MAX_FILE_STEPS = 3 * _MAX_RULE_STEPS  # of all the rules of a file together
_MAX_WINDOW_OCCURRENCES = 3 * MAX_PROGRAMME_ITEMS


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


class _Steps(Protocol):
    """What ``_count_rules`` counts across the events of a file (``events._Reading``)."""

    steps: int  # steps of the file's rules counted so far


def _count_rules(
    components: Sequence[Component],
    summary: str,
    every: str,
    floating: tzinfo,
    mission: Mission,
    mission_zone: ZoneInfo,
    reading: _Steps,
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
