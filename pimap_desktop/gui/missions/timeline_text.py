"""The words of the programme timeline: day labels, the caption naming the time zone, an item's
tooltip, and titles wrapped to the width of their box."""

from __future__ import annotations

import html
import zoneinfo
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF

from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.missions.timeline_style import CLASH
from pimap_desktop.services.missions.missions import ProgrammeRow

# Short day and month names, the same whatever the system's locale (translated with the rest).
_DAY_NAMES = (
    QT_TRANSLATE_NOOP("missions.timeline_text", "Mon"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Tue"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Wed"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Thu"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Fri"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Sat"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Sun"),
)
_MONTH_NAMES = (
    QT_TRANSLATE_NOOP("missions.timeline_text", "Jan"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Feb"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Mar"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Apr"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "May"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Jun"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Jul"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Aug"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Sep"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Oct"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Nov"),
    QT_TRANSLATE_NOOP("missions.timeline_text", "Dec"),
)


def day_label(day: date) -> str:
    """``Tue 26 Jan``, the same in every locale (in the interface's language)."""
    return arg(
        QCoreApplication.translate(
            "missions.timeline_text", "%1 %2 %3", "day label: weekday, day, month"
        ),
        QCoreApplication.translate("missions.timeline_text", _DAY_NAMES[day.weekday()]),
        day.day,
        QCoreApplication.translate("missions.timeline_text", _MONTH_NAMES[day.month - 1]),
    )


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
            if labels:
                return arg(
                    QCoreApplication.translate(
                        "missions.timeline_text", "Times in the mission's local time (%1)"
                    ),
                    ", ".join(labels),
                )
            return QCoreApplication.translate(
                "missions.timeline_text", "Times in the mission's local time"
            )
        if labels:
            return arg(
                QCoreApplication.translate("missions.timeline_text", "Times in %1 (%2)"),
                name,
                ", ".join(labels),
            )
        return arg(QCoreApplication.translate("missions.timeline_text", "Times in %1"), name)
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
        return arg(
            QCoreApplication.translate("missions.timeline_text", "Times in %1 (%2, %3)"),
            name,
            abbreviation,
            _offset_label(offset),
        )
    parts = [
        arg(
            QCoreApplication.translate("missions.timeline_text", "%1 until %2"),
            spans[0][0],
            day_label(spans[0][3]),
        )
    ]
    parts += [
        arg(
            QCoreApplication.translate("missions.timeline_text", "then %1 from %2"),
            s[0],
            day_label(s[2]),
        )
        for s in spans[1:]
    ]
    return arg(
        QCoreApplication.translate("missions.timeline_text", "Times in %1 (%2)"),
        name,
        ", ".join(parts),
    )


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
    lines = [
        f"<b>{html.escape(row.title)}</b>",
        html.escape(when),
        html.escape(enum_label(row.kind)),
    ]
    if row.venue:
        lines.append(
            arg(
                QCoreApplication.translate("missions.timeline_text", "Venue: %1"),
                html.escape(row.venue),
            )
        )
    if row.room:
        lines.append(
            arg(
                QCoreApplication.translate("missions.timeline_text", "Room: %1"),
                html.escape(row.room),
            )
        )
    if row.audience:
        lines.append(
            arg(
                QCoreApplication.translate("missions.timeline_text", "Audience: %1"),
                html.escape(row.audience),
            )
        )
    if row.overlaps:
        others = html.escape(", ".join(row.overlaps))
        lines.append(
            f"<span style='color:{CLASH.name()}'>"
            + arg(
                QCoreApplication.translate("missions.timeline_text", "⚠ Same room as: %1"), others
            )
            + "</span>"
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
