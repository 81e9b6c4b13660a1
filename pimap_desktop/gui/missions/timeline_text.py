"""The words of the programme timeline: day labels, the caption naming the time zone, an item's
tooltip, and titles wrapped to the width of their box."""

from __future__ import annotations

import html
import zoneinfo
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from pimap_desktop.gui.missions.timeline_style import CLASH
from pimap_desktop.services.missions.missions import ProgrammeRow

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def day_label(day: date) -> str:
    """``Tue 26 Jan``, the same in every locale."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]}"


def hhmm(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _offset_label(offset: timedelta | None) -> str:
    minutes = int((offset or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def zone_caption(zone_name: str, days: Sequence[date], rows: Sequence[ProgrammeRow] = ()) -> str:
    """``Times in America/Los_Angeles (PST, UTC-08:00)``; names a change of abbreviation."""
    name = zone_name.strip()
    try:
        tz: zoneinfo.ZoneInfo | None = zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = None
    if tz is None:
        labels = list(dict.fromkeys(r.zone_label for r in rows if r.zone_label))
        if not name:
            return "Times in the mission's local time" + (
                f" ({', '.join(labels)})" if labels else ""
            )
        return f"Times in {name}" + (f" ({', '.join(labels)})" if labels else "")
    probe_days = list(days) or sorted({r.day for r in rows}) or [date.today()]
    spans: list[tuple[str, timedelta | None, date, date]] = []  # abbreviation, offset, from, to
    for day in probe_days:
        noon = datetime.combine(day, time(12), tzinfo=tz)
        abbreviation = noon.tzname() or name
        if spans and spans[-1][0] == abbreviation:
            spans[-1] = (abbreviation, spans[-1][1], spans[-1][2], day)
        else:
            spans.append((abbreviation, noon.utcoffset(), day, day))
    if len(spans) == 1:
        abbreviation, offset, _, _ = spans[0]
        return f"Times in {name} ({abbreviation}, {_offset_label(offset)})"
    parts = [f"{spans[0][0]} until {day_label(spans[0][3])}"]
    parts += [f"then {s[0]} from {day_label(s[2])}" for s in spans[1:]]
    return f"Times in {name} ({', '.join(parts)})"


def tooltip_html(row: ProgrammeRow, zone_name: str) -> str:
    """The full description of an item, for its tooltip."""
    start, end = row.starts_local, row.ends_local
    start_zone = row.zone_label or start.tzname() or ""
    end_zone = end.tzname() or start_zone
    if end.date() != start.date():
        when = (
            f"{day_label(start.date())} {hhmm(start)} {start_zone} – "
            f"{day_label(end.date())} {hhmm(end)} {end_zone}"
        )
    elif end_zone != start_zone:
        when = f"{day_label(start.date())}, {hhmm(start)} {start_zone} – {hhmm(end)} {end_zone}"
    else:
        when = f"{day_label(start.date())}, {hhmm(start)}–{hhmm(end)} {start_zone}"
    if zone_name:
        when += f" ({zone_name})"
    lines = [f"<b>{html.escape(row.title)}</b>", html.escape(when), html.escape(row.kind.label)]
    if row.venue:
        lines.append(f"Venue: {html.escape(row.venue)}")
    if row.room:
        lines.append(f"Room: {html.escape(row.room)}")
    if row.audience:
        lines.append(f"Audience: {html.escape(row.audience)}")
    if row.overlaps:
        others = ", ".join(row.overlaps)
        lines.append(
            f"<span style='color:{CLASH.name()}'>⚠ Same room as: {html.escape(others)}</span>"
        )
    return "<br>".join(lines)


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, the last one elided."""
    if max_lines <= 0:
        return []
    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words):
        if len(lines) == max_lines - 1:
            rest = " ".join(([current] if current else []) + words[index:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
        candidate = f"{current} {words[index]}" if current else words[index]
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            index += 1
        elif current:
            lines.append(current)
            current = ""
        else:  # one word wider than the line
            lines.append(metrics.elidedText(words[index], Qt.TextElideMode.ElideRight, width))
            index += 1
    if current:
        lines.append(current)
    return lines
