"""A day/timeline view of a mission's programme, in the mission's local time.

``ProgrammeTimeline`` shows one column per mission day (or a single day), a gutter of hours in
24-hour local time and every programme item as a coloured box. Items that overlap in time are
laid side by side in lanes; items that share a room at the same time get a red border and a
warning sign. The zone the times are in is always shown above the columns.

All geometry (rectangles, elided text) is computed when the data, the font or the size changes;
``paintEvent`` only draws what was computed.
"""

from __future__ import annotations

import html
import math
import uuid
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from pimap_desktop.domain.enums import ProgrammeItemKind
from pimap_desktop.services.missions.missions import ProgrammeRow

EMPTY_HINT = "No programme items yet. Use Add item to plan the first one."
DEFAULT_FIRST_HOUR = 7
DEFAULT_LAST_HOUR = 23
MINUTES_PER_DAY = 24 * 60

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

# (fill, accent) per kind: light fills under near-black text, a saturated accent for the
# border and the stripe on the left. Red is kept for same-room clashes.
KIND_COLOURS: dict[ProgrammeItemKind, tuple[str, str]] = {
    ProgrammeItemKind.BRIEFING: ("#dbe9f8", "#1f63a8"),
    ProgrammeItemKind.FAIR_VISIT: ("#d9f0df", "#2b7a4b"),
    ProgrammeItemKind.SITE_VISIT: ("#d3efec", "#00796b"),
    ProgrammeItemKind.RECEPTION: ("#f7dfeb", "#a3195b"),
    ProgrammeItemKind.WORKSHOP_SESSION: ("#fdefcf", "#a86400"),
    ProgrammeItemKind.B2B_SESSION: ("#e6e0f6", "#5a3aa8"),
    ProgrammeItemKind.MEAL: ("#efe5df", "#7b5646"),
    ProgrammeItemKind.TRAVEL: ("#e2e7eb", "#4f6875"),
    ProgrammeItemKind.OTHER: ("#ebebeb", "#6b6b6b"),
}
_FALLBACK_COLOURS = ("#ebebeb", "#6b6b6b")
_ITEM_TEXT = QColor("#1b1b1b")
_CLASH = QColor("#c62828")
_SELECTION = QColor("#0b57d0")

_LANE_GAP = 4.0  # pixels between lanes, split on both sides
_STRIPE = 4.0  # accent stripe on the left of an item
_PAD = 4.0  # text padding inside an item
_RADIUS = 4.0


def day_label(day: date) -> str:
    """``Tue 26 Jan``, the same in every locale."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]}"


def _hhmm(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


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
            f"{day_label(start.date())} {_hhmm(start)} {start_zone} – "
            f"{day_label(end.date())} {_hhmm(end)} {end_zone}"
        )
    elif end_zone != start_zone:
        when = f"{day_label(start.date())}, {_hhmm(start)} {start_zone} – {_hhmm(end)} {end_zone}"
    else:
        when = f"{day_label(start.date())}, {_hhmm(start)}–{_hhmm(end)} {start_zone}"
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
            f"<span style='color:{_CLASH.name()}'>⚠ Same room as: {html.escape(others)}</span>"
        )
    return "<br>".join(lines)


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
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


@dataclass
class _Text:
    baseline: QPointF
    text: str
    bold: bool


@dataclass
class _Placed:
    """An item as drawn: its rectangle, colours and text, computed ahead of painting."""

    row: ProgrammeRow
    start: int  # minutes of the day shown (wall clock)
    end: int
    continues: bool  # ends on a later day than it starts
    lane: int = 0
    span: int = 1
    lanes: int = 1
    rect: QRectF | None = None
    texts: tuple[_Text, ...] = ()
    marker: str = ""
    marker_rect: QRectF | None = None
    fill: QColor | None = None
    accent: QColor | None = None


@dataclass(frozen=True)
class _Column:
    day: date
    x: float
    width: float
    label: str


class _TimelineCanvas(QWidget):
    """The painted surface inside the scroll area; it receives the mouse and the keyboard."""

    itemSelected = Signal(object)
    itemActivated = Signal(object)
    revealRequested = Signal(object)  # the keyboard moved to an item: scroll it into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTimelineCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName("Programme timeline")
        self._rows: list[ProgrammeRow] = []
        self._days: list[date] = []
        self._zone_name = ""
        self._day_filter: date | None = None
        self._selected: uuid.UUID | None = None
        self._placed: list[_Placed] = []
        self._by_id: dict[uuid.UUID, _Placed] = {}
        self._order: list[uuid.UUID] = []
        self._columns: list[_Column] = []
        self._first = DEFAULT_FIRST_HOUR * 60
        self._last = DEFAULT_LAST_HOUR * 60
        self._hour_height = 48.0
        self._base_hour_height = 48.0
        self._min_visual = 20
        self._header_height = 32.0
        self._gutter_width = 56.0
        self._grid_top = 40.0
        self._corner_text = ""
        self._hint = ""
        self._fonts()
        self._update_extent()

    # ------------------------------------------------------------------ data

    def set_data(self, rows: Sequence[ProgrammeRow], days: Sequence[date], zone_name: str) -> None:
        self._rows = list(rows)
        self._days = list(days)
        self._zone_name = zone_name
        self._update_extent()
        if self._selected is not None and not any(r.id == self._selected for r in self._rows):
            self.select(None)

    def set_day(self, day: date | None) -> None:
        self._day_filter = day
        self._update_extent()

    def day(self) -> date | None:
        """The one day shown, or None for every day."""
        return self._day_filter

    def shown_days(self) -> list[date]:
        if self._day_filter is not None:
            return [self._day_filter]
        if self._days:
            return list(self._days)
        return sorted({r.day for r in self._rows})

    def selected(self) -> uuid.UUID | None:
        return self._selected

    def select(self, item_id: uuid.UUID | None) -> bool:
        """Select an item (None clears); emits ``itemSelected`` when the selection changes."""
        if item_id is not None and not any(r.id == item_id for r in self._rows):
            item_id = None
        if item_id == self._selected:
            return False
        self._selected = item_id
        self.update()
        self.itemSelected.emit(item_id)
        return True

    def activate(self, item_id: uuid.UUID) -> None:
        self.select(item_id)
        self.itemActivated.emit(item_id)

    # ------------------------------------------------------------------ geometry queries

    def order(self) -> list[uuid.UUID]:
        return list(self._order)

    def item_rect(self, item_id: uuid.UUID) -> QRectF:
        placed = self._by_id.get(item_id)
        if placed is None or placed.rect is None:
            return QRectF()
        return QRectF(placed.rect)

    def _in_sticky_area(self, pos: QPointF) -> bool:
        """Whether a point is on the day header or the hour gutter, which stay in view."""
        sx, sy = self._scroll_offset()
        return pos.y() < sy + self._header_height or pos.x() < sx + self._gutter_width

    def item_at(self, pos: QPointF) -> uuid.UUID | None:
        if self._in_sticky_area(pos):
            return None
        for placed in reversed(self._placed):
            if placed.rect is not None and placed.rect.contains(pos):
                return placed.row.id
        return None

    def y_for_minutes(self, minutes: float) -> float:
        return self._grid_top + (minutes - self._first) / 60.0 * self._hour_height

    def day_column_rect(self, day: date) -> QRectF:
        for column in self._columns:
            if column.day == day:
                top = self.y_for_minutes(self._first)
                return QRectF(column.x, top, column.width, self.y_for_minutes(self._last) - top)
        return QRectF()

    def header_height(self) -> float:
        return self._header_height

    def gutter_width(self) -> float:
        return self._gutter_width

    def hour_range(self) -> tuple[int, int]:
        """First and last minute of the day on the hour scale."""
        return self._first, self._last

    def first_scroll(self) -> float:
        """How far down the canvas the hour of the earliest item shown starts, below the
        header (0 when nothing is shown): where a scroll shows it first."""
        if not self._placed:
            return 0.0
        hour = min(p.start for p in self._placed) // 60 * 60
        return self.y_for_minutes(hour) - self._grid_top

    def tooltip_for(self, item_id: uuid.UUID) -> str:
        placed = self._by_id.get(item_id)
        return tooltip_html(placed.row, self._zone_name) if placed else ""

    def hint(self) -> str:
        return self._hint

    # ------------------------------------------------------------------ layout

    def _fonts(self) -> None:
        self._font = QFont(self.font())
        self._bold = QFont(self.font())
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._small = QFont(self.font())
        if self._small.pointSizeF() > 0:
            self._small.setPointSizeF(max(6.0, self._small.pointSizeF() * 0.85))
        elif self._small.pixelSize() > 0:
            self._small.setPixelSize(max(8, round(self._small.pixelSize() * 0.85)))
        self._fm = QFontMetricsF(self._font)
        self._fm_bold = QFontMetricsF(self._bold)
        self._fm_small = QFontMetricsF(self._small)

    def _visual_span(self, row: ProgrammeRow) -> tuple[int, int, bool]:
        start, end = row.starts_local, row.ends_local
        s = _minutes(start)
        next_midnight = datetime.combine(start.date() + timedelta(days=1), time(0))
        continues = end.replace(tzinfo=None) > next_midnight
        if end.date() > start.date():
            e = MINUTES_PER_DAY
        elif end.date() < start.date():
            e = s
        else:
            e = _minutes(end)
        e = max(e, s + self._min_visual)
        if e > MINUTES_PER_DAY:
            e = MINUTES_PER_DAY
            s = min(s, MINUTES_PER_DAY - self._min_visual)
        return s, e, continues

    def _update_extent(self) -> None:
        """Recompute what depends on the data and the font, then the rectangles."""
        line = self._fm.lineSpacing()
        self._header_height = math.ceil(self._fm_bold.lineSpacing() + 14)
        self._gutter_width = math.ceil(self._fm.horizontalAdvance("00:00") + 18)
        self._base_hour_height = float(max(48, math.ceil(line * 2.8)))
        self._min_visual = max(15, math.ceil((line + 4) / self._base_hour_height * 60))
        min_column = max(110.0, math.ceil(self._fm.horizontalAdvance("00:00–00:00") + 40))

        days = self.shown_days()
        shown = set(days)
        placed = []
        for row in sorted(self._rows, key=lambda r: (r.starts_local, r.ends_local, r.title)):
            if row.day in shown:
                s, e, continues = self._visual_span(row)
                placed.append(_Placed(row=row, start=s, end=e, continues=continues))
        self._placed = placed
        self._by_id = {p.row.id: p for p in placed}
        self._order = [p.row.id for p in placed]

        first, last = DEFAULT_FIRST_HOUR * 60, DEFAULT_LAST_HOUR * 60
        for p in placed:
            first = min(first, p.start // 60 * 60)
            last = max(last, math.ceil(p.end / 60) * 60)
        self._first, self._last = first, min(last, MINUTES_PER_DAY)
        self._grid_top = self._header_height + math.ceil(line / 2) + 4
        bottom_pad = math.ceil(line / 2) + 4

        if not self._rows:
            self._hint = EMPTY_HINT
        elif not placed:
            self._hint = (
                f"Nothing planned on {day_label(days[0])}."
                if len(days) == 1
                else "No programme items on these days."
            )
        else:
            self._hint = ""

        self._assign_lanes()
        hours = (self._last - self._first) / 60
        width = self._gutter_width + max(1, len(days)) * min_column
        if self._hint:
            height = self._header_height + 6 * line
        else:
            height = self._grid_top + hours * self._base_hour_height + bottom_pad
        self._bottom_pad = bottom_pad
        self.setMinimumSize(math.ceil(width), math.ceil(height))
        self.updateGeometry()
        self._place()

    def _assign_lanes(self) -> None:
        """Classic calendar layout: overlapping items of a day share its width in lanes."""
        by_day: dict[date, list[_Placed]] = {}
        for p in self._placed:
            by_day.setdefault(p.row.day, []).append(p)
        for items in by_day.values():
            items.sort(key=lambda p: (p.start, -p.end, p.row.title))
            cluster: list[_Placed] = []
            lane_ends: list[int] = []
            cluster_end = -1

            def close(group: list[_Placed], lanes: int) -> None:
                for member in group:
                    member.lanes = lanes
                    member.span = 1
                    for lane in range(member.lane + 1, lanes):
                        if any(
                            o.lane == lane and o.start < member.end and member.start < o.end
                            for o in group
                        ):
                            break
                        member.span += 1

            for p in items:
                if cluster and p.start >= cluster_end:
                    close(cluster, len(lane_ends))
                    cluster, lane_ends, cluster_end = [], [], -1
                for lane, lane_end in enumerate(lane_ends):
                    if lane_end <= p.start:
                        p.lane = lane
                        lane_ends[lane] = p.end
                        break
                else:
                    p.lane = len(lane_ends)
                    lane_ends.append(p.end)
                cluster.append(p)
                cluster_end = max(cluster_end, p.end)
            if cluster:
                close(cluster, len(lane_ends))

    def _place(self) -> None:
        """Rectangles and text of every item for the current size."""
        days = self.shown_days()
        count = max(1, len(days))
        column_width = max(1.0, (self.width() - self._gutter_width) / count)
        self._columns = [
            _Column(day, self._gutter_width + i * column_width, column_width, day_label(day))
            for i, day in enumerate(days)
        ]
        hours = max(1.0, (self._last - self._first) / 60)
        available = self.height() - self._grid_top - self._bottom_pad
        self._hour_height = max(self._base_hour_height, available / hours)
        self._corner_text = ""
        if self._placed:
            labels = list(dict.fromkeys(p.row.zone_label for p in self._placed if p.row.zone_label))
            self._corner_text = "/".join(labels[:2])
        x_of = {c.day: c for c in self._columns}
        for p in self._placed:
            column = x_of[p.row.day]
            lane_width = column.width / p.lanes
            x = column.x + p.lane * lane_width + _LANE_GAP / 2
            width = max(2.0, p.span * lane_width - _LANE_GAP)
            top = self.y_for_minutes(p.start) + 1
            bottom = self.y_for_minutes(p.end) - 1
            p.rect = QRectF(x, top, width, max(2.0, bottom - top))
            fill, accent = KIND_COLOURS.get(p.row.kind, _FALLBACK_COLOURS)
            p.fill, p.accent = QColor(fill), QColor(accent)
            self._place_text(p)

    def _place_text(self, p: _Placed) -> None:
        assert p.rect is not None
        rect = p.rect
        row = p.row
        left = rect.left() + _STRIPE + _PAD
        width = max(1.0, rect.right() - _PAD - left)
        line = self._fm.lineSpacing()
        p.marker = ""
        p.marker_rect = None
        usable = rect.height() - 2
        if p.continues:
            p.marker = f"→ {_hhmm(row.ends_local)}"
            mw = self._fm_small.horizontalAdvance(p.marker) + 6
            mh = self._fm_small.height() + 2
            p.marker_rect = QRectF(rect.right() - mw - 3, rect.bottom() - mh - 2, mw, mh)
            if rect.height() >= line + mh + 4:
                usable -= mh + 2
        lines_fit = max(1, int(usable // line))
        warn = "⚠ " if row.overlaps else ""
        times = f"{_hhmm(row.starts_local)}–{_hhmm(row.ends_local)}"
        if self._fm_bold.horizontalAdvance(f"{warn}{times}") > width:
            times = _hhmm(row.starts_local)  # a narrow lane: the start time only
        head = f"{warn}{times} {row.title}"
        place = " · ".join(part for part in (row.venue, row.room) if part)
        texts: list[tuple[str, bool]] = []
        if lines_fit == 1 or self._fm_bold.horizontalAdvance(head) <= width:
            texts.append((self._fm_bold.elidedText(head, Qt.TextElideMode.ElideRight, width), True))
        else:
            texts.append(
                (self._fm.elidedText(f"{warn}{times}", Qt.TextElideMode.ElideRight, width), False)
            )
            room_for_place = 1 if place and lines_fit >= 3 else 0
            title_lines = _wrap(row.title, self._fm_bold, width, lines_fit - 1 - room_for_place)
            texts += [(t, True) for t in title_lines]
        if place and len(texts) < lines_fit:
            texts.append((self._fm.elidedText(place, Qt.TextElideMode.ElideRight, width), False))
        top = rect.top() + 2
        p.texts = tuple(
            _Text(QPointF(left, top + i * line + self._fm.ascent()), text, bold)
            for i, (text, bold) in enumerate(texts)
        )

    # ------------------------------------------------------------------ Qt

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts()
            self._update_extent()

    def _scroll_offset(self) -> tuple[float, float]:
        """How far the scroll area has moved the canvas: where sticky parts are painted."""
        if self.parentWidget() is None:
            return 0.0, 0.0
        return float(max(0, -self.x())), float(max(0, -self.y()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(event.rect(), base)
        sx, sy = self._scroll_offset()
        if self._hint:
            self._paint_header(painter, sx, sy)
            parent = self.parentWidget()
            visible = QRectF(parent.rect()) if parent is not None else QRectF(self.rect())
            hint_rect = QRectF(
                sx,
                sy + self._header_height,
                visible.width(),
                visible.height() - self._header_height,
            )
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(self._font)
            painter.drawText(
                hint_rect.adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                self._hint,
            )
            painter.end()
            return
        self._paint_grid(painter, text)
        clip = QRectF(event.rect())
        for p in self._placed:
            if p.rect is not None and p.rect.adjusted(-3, -3, 3, 3).intersects(clip):
                self._paint_item(painter, p)
        self._paint_gutter(painter, sx, text)
        self._paint_header(painter, sx, sy)
        painter.end()

    def _paint_grid(self, painter: QPainter, text: QColor) -> None:
        right = float(self.width())
        left = self._gutter_width
        hour_pen = QPen(QColor(text.red(), text.green(), text.blue(), 45), 1)
        half_pen = QPen(QColor(text.red(), text.green(), text.blue(), 22), 1, Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for minute in range(self._first, self._last + 1, 30):
            y = round(self.y_for_minutes(minute)) + 0.5
            painter.setPen(hour_pen if minute % 60 == 0 else half_pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(hour_pen)
        top = self.y_for_minutes(self._first)
        bottom = self.y_for_minutes(self._last)
        for column in self._columns:
            x = round(column.x) + 0.5
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_item(self, painter: QPainter, p: _Placed) -> None:
        assert p.rect is not None and p.fill is not None and p.accent is not None
        rect = p.rect
        selected = p.row.id == self._selected
        path = QPainterPath()
        path.addRoundedRect(rect, _RADIUS, _RADIUS)
        fill = QColor(p.fill)
        if selected:
            fill = QColor(
                round(fill.red() * 0.78 + p.accent.red() * 0.22),
                round(fill.green() * 0.78 + p.accent.green() * 0.22),
                round(fill.blue() * 0.78 + p.accent.blue() * 0.22),
            )
        painter.fillPath(path, fill)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(rect.left(), rect.top(), _STRIPE, rect.height()), p.accent)
        painter.restore()
        if p.row.overlaps:
            painter.setPen(QPen(_CLASH, 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), _RADIUS, _RADIUS)
        else:
            painter.setPen(QPen(p.accent, 1))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), _RADIUS, _RADIUS)
        if selected:
            painter.setPen(QPen(_SELECTION, 2))
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), _RADIUS + 1, _RADIUS + 1)
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, -_PAD / 2, 0))
        painter.setPen(_ITEM_TEXT)
        for t in p.texts:
            painter.setFont(self._bold if t.bold else self._font)
            painter.drawText(t.baseline, t.text)
        if p.marker and p.marker_rect is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(p.marker_rect, 3, 3)
            painter.setPen(p.accent)
            painter.setFont(self._small)
            painter.drawText(p.marker_rect, int(Qt.AlignmentFlag.AlignCenter), p.marker)
        painter.restore()

    def _paint_gutter(self, painter: QPainter, sx: float, text: QColor) -> None:
        palette = self.palette()
        gutter = QRectF(sx, 0, self._gutter_width, self.height())
        painter.fillRect(gutter, palette.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 60), 1))
        painter.drawLine(
            QPointF(gutter.right() - 0.5, 0), QPointF(gutter.right() - 0.5, self.height())
        )
        painter.setFont(self._font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        half = self._fm.lineSpacing() / 2 + 1
        for minute in range(self._first, self._last + 1, 60):
            y = self.y_for_minutes(minute)
            label = f"{minute // 60:02d}:00"
            painter.drawText(
                QRectF(sx, y - half, self._gutter_width - 8, 2 * half),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

    def _paint_header(self, painter: QPainter, sx: float, sy: float) -> None:
        palette = self.palette()
        header = QRectF(0, sy, self.width(), self._header_height)
        window = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(header, window)
        corner = QRectF(sx, sy, self._gutter_width, self._header_height)
        painter.fillRect(corner, window)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 60), 1))
        painter.drawLine(
            QPointF(0, header.bottom() - 0.5), QPointF(self.width(), header.bottom() - 0.5)
        )
        painter.setFont(self._bold)
        painter.setPen(text)
        for column in self._columns:
            cell = QRectF(column.x, sy, column.width, self._header_height)
            label = self._fm_bold.elidedText(
                column.label, Qt.TextElideMode.ElideRight, max(1.0, column.width - 8)
            )
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), label)
        if self._corner_text:
            painter.setFont(self._small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                corner.adjusted(2, 0, -8, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._fm_small.elidedText(
                    self._corner_text, Qt.TextElideMode.ElideRight, self._gutter_width - 10
                ),
            )

    # ------------------------------------------------------------------ interaction

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            if not self._in_sticky_area(event.position()):
                self.select(self.item_at(event.position()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item_id = self.item_at(event.position())
            if item_id is not None:
                self.activate(item_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self._step(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self._step(-1)
        elif key == Qt.Key.Key_Home and self._order:
            self._move_to(0)
        elif key == Qt.Key.Key_End and self._order:
            self._move_to(len(self._order) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected in self._by_id:
            assert self._selected is not None
            self.activate(self._selected)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, step: int) -> None:
        if not self._order:
            return
        if self._selected in self._by_id:
            index = self._order.index(self._selected)
            index = min(max(index + step, 0), len(self._order) - 1)
        else:
            index = 0 if step > 0 else len(self._order) - 1
        self._move_to(index)

    def _move_to(self, index: int) -> None:
        self.select(self._order[index])
        self.revealRequested.emit(self._order[index])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item_id = self.item_at(QPointF(event.pos()))
            if item_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    self.tooltip_for(item_id),
                    self,
                    self.item_rect(item_id).toAlignedRect(),
                )
            return True
        return super().event(event)


class ProgrammeTimeline(QWidget):
    """A mission's programme as a day/timeline view, in the mission's local time.

    ``itemSelected(uuid | None)`` is emitted whenever the selection changes (by click, by
    keyboard or by ``select_item``); ``itemActivated(uuid)`` on a double-click or Enter.
    """

    itemSelected = Signal(object)
    itemActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone_label = QLabel(self)
        self._zone_label.setObjectName("programmeTimelineZone")
        self._zone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._zone_label.setContentsMargins(6, 2, 6, 0)
        zone_font = QFont(self._zone_label.font())
        zone_font.setWeight(QFont.Weight.DemiBold)
        self._zone_label.setFont(zone_font)
        self._canvas = _TimelineCanvas()
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._canvas)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._zone_label)
        layout.addWidget(self._scroll, 1)
        self.setFocusProxy(self._canvas)
        self._zone_name = ""
        self._rows: list[ProgrammeRow] = []
        self._days: list[date] = []
        # The header and the hour gutter stay in place: repaint them when scrolled.
        self._scroll.verticalScrollBar().valueChanged.connect(self._canvas.update)
        self._scroll.horizontalScrollBar().valueChanged.connect(self._canvas.update)
        self._canvas.itemSelected.connect(self.itemSelected)
        self._canvas.revealRequested.connect(self._ensure_visible)
        self._canvas.itemActivated.connect(self.itemActivated)
        # Another mission or day shown: scroll to its first item (an evening reception is not
        # left below the fold of a scale that starts at 07:00), once the scroll area has
        # taken the canvas's new size.
        self._reveal_first = False
        self._scroll.verticalScrollBar().rangeChanged.connect(
            lambda _low, _high: self._show_first_item()
        )
        self._refresh_caption()

    # ------------------------------------------------------------------ API

    def set_programme(
        self, rows: Sequence[ProgrammeRow], days: Sequence[date], zone_name: str
    ) -> None:
        """Show these items over these days (every day of the mission, in order); another
        mission's days open on its first item, a refresh of the same keeps the scroll."""
        if (list(days), zone_name) != (self._days, self._zone_name) or not self._rows:
            self._reveal_first = True
        self._rows = list(rows)
        self._days = list(days)
        self._zone_name = zone_name
        self._canvas.set_data(rows, days, zone_name)
        self._refresh_caption()
        self._show_first_item()

    def set_day(self, day: date | None) -> None:
        """Show one day only, or every day side by side (None); another choice opens on the
        first item shown."""
        if day != self._canvas.day():
            self._reveal_first = True
        self._canvas.set_day(day)
        self._refresh_caption()
        self._show_first_item()

    def shown_days(self) -> list[date]:
        """The days drawn as columns: one when a day is chosen, else every day."""
        return self._canvas.shown_days()

    def select_item(self, item_id: uuid.UUID | None) -> None:
        """Select an item (None clears) and scroll it into view."""
        self._canvas.select(item_id)
        if item_id is not None:
            self._ensure_visible(item_id)

    def selected_item(self) -> uuid.UUID | None:
        return self._canvas.selected()

    def canvas_widget(self) -> QWidget:
        """The widget that is painted and receives the mouse and the keyboard."""
        return self._canvas

    def item_rect(self, item_id: uuid.UUID) -> QRectF:
        """Where an item is drawn, in ``canvas_widget()`` coordinates (empty if not shown)."""
        return self._canvas.item_rect(item_id)

    def item_at(self, pos: QPointF) -> uuid.UUID | None:
        return self._canvas.item_at(pos)

    def items_in_time_order(self) -> list[uuid.UUID]:
        """The items shown, in the order the keyboard walks through them."""
        return self._canvas.order()

    def y_for_time(self, moment: time) -> float:
        """The height of a local time on the hour scale, in canvas coordinates."""
        return self._canvas.y_for_minutes(moment.hour * 60 + moment.minute)

    def day_column_rect(self, day: date) -> QRectF:
        """The hour grid of one day, in canvas coordinates (empty if that day is not shown)."""
        return self._canvas.day_column_rect(day)

    def hour_range(self) -> tuple[int, int]:
        """First and last minute of the day on the hour scale (07:00–23:00 by default)."""
        return self._canvas.hour_range()

    def tooltip_text(self, item_id: uuid.UUID) -> str:
        return self._canvas.tooltip_for(item_id)

    def zone_caption(self) -> str:
        return self._zone_label.text()

    def hint_text(self) -> str:
        """The text shown instead of items, or '' when items are shown."""
        return self._canvas.hint()

    # ------------------------------------------------------------------ Qt

    def sizeHint(self) -> QSize:
        return QSize(780, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 220)

    # ------------------------------------------------------------------ internals

    def _refresh_caption(self) -> None:
        if not self._zone_name and not self._rows:
            self._zone_label.setText("Times in the mission's local time")
            return
        self._zone_label.setText(
            zone_caption(self._zone_name, self._canvas.shown_days(), self._rows)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_first_item()

    def _show_first_item(self) -> None:
        """Scroll the hour of the earliest item shown to the top, if another mission or day
        was chosen since the last time (and nothing was selected since)."""
        if not self._reveal_first or not self.isVisible():
            return
        bar = self._scroll.verticalScrollBar()
        # The range the scroll area will have once it has taken the canvas's size (it does
        # so a moment later: rangeChanged brings us back then).
        room = self._scroll.viewport().height()
        final_maximum = max(0, self._canvas.minimumHeight() - room)
        wanted = min(math.floor(self._canvas.first_scroll()), final_maximum)
        bar.setValue(wanted)
        if bar.value() == wanted:
            self._reveal_first = False

    def _ensure_visible(self, item_id: object) -> None:
        """Scroll so that an item is clear of the sticky header and hour gutter."""
        if not isinstance(item_id, uuid.UUID):
            return
        rect = self._canvas.item_rect(item_id)
        if rect.isEmpty():
            return
        self._reveal_first = False  # the item chosen is what to show
        viewport = self._scroll.viewport().size()
        vbar = self._scroll.verticalScrollBar()
        top_limit = vbar.value() + self._canvas.header_height()
        if rect.top() < top_limit:
            vbar.setValue(int(rect.top() - self._canvas.header_height() - 6))
        elif rect.bottom() > vbar.value() + viewport.height():
            wanted = rect.bottom() - viewport.height() + 6
            vbar.setValue(int(min(wanted, rect.top() - self._canvas.header_height() - 6)))
        hbar = self._scroll.horizontalScrollBar()
        left_limit = hbar.value() + self._canvas.gutter_width()
        if rect.left() < left_limit:
            hbar.setValue(int(rect.left() - self._canvas.gutter_width() - 6))
        elif rect.right() > hbar.value() + viewport.width():
            wanted = rect.right() - viewport.width() + 6
            hbar.setValue(int(min(wanted, rect.left() - self._canvas.gutter_width() - 6)))
