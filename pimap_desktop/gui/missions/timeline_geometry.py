"""The programme timeline's layout maths, apart from any widget: where the day columns, the hour
scale and every item go, items that overlap in time laid side by side in lanes, and each item's
lines of text fitted to its box.

``TimelineGeometry`` is recomputed when the data or the font changes (``update_extent``, which
says the size the canvas needs) and when the size changes (``place``); painting only reads it.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.missions.timeline_style import (
    FALLBACK_COLOURS,
    KIND_COLOURS,
    LANE_GAP,
    PAD,
    STRIPE,
)
from pimap_desktop.gui.missions.timeline_text import day_label, hhmm, wrap
from pimap_desktop.services.missions.missions import ProgrammeRow

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "missions.timeline", "No programme items yet. Use Add item to plan the first one."
)
DEFAULT_FIRST_HOUR = 7
DEFAULT_LAST_HOUR = 23
MINUTES_PER_DAY = 24 * 60


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


@dataclass
class TextLine:
    baseline: QPointF
    text: str
    bold: bool


@dataclass
class Placed:
    """An item as drawn: its rectangle, colours and text, computed ahead of painting."""

    row: ProgrammeRow
    start: int  # minutes of the day shown (wall clock)
    end: int
    continues: bool  # ends on a later day than it starts
    lane: int = 0
    span: int = 1
    lanes: int = 1
    rect: QRectF | None = None
    texts: tuple[TextLine, ...] = ()
    marker: str = ""
    marker_rect: QRectF | None = None
    fill: QColor | None = None
    accent: QColor | None = None


@dataclass(frozen=True)
class DayColumn:
    day: date
    x: float
    width: float
    label: str


class TimelineGeometry:
    """The items of some days (or one of them) on an hour scale, in canvas coordinates."""

    def __init__(self, font: QFont) -> None:
        self.rows: list[ProgrammeRow] = []
        self.days: list[date] = []
        self.day_filter: date | None = None
        self.placed: list[Placed] = []
        self.by_id: dict[uuid.UUID, Placed] = {}
        self.order: list[uuid.UUID] = []
        self.columns: list[DayColumn] = []
        self.first = DEFAULT_FIRST_HOUR * 60
        self.last = DEFAULT_LAST_HOUR * 60
        self.hour_height = 48.0
        self.base_hour_height = 48.0
        self.min_visual = 20
        self.header_height = 32.0
        self.gutter_width = 56.0
        self.grid_top = 40.0
        self.bottom_pad = 0
        self.corner_text = ""
        self.hint = ""
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        """The widget's font, and the bold and small fonts made from it."""
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.small = QFont(font)
        if self.small.pointSizeF() > 0:
            self.small.setPointSizeF(max(6.0, self.small.pointSizeF() * 0.85))
        elif self.small.pixelSize() > 0:
            self.small.setPixelSize(max(8, round(self.small.pixelSize() * 0.85)))
        self.fm = QFontMetricsF(self.font)
        self.fm_bold = QFontMetricsF(self.bold)
        self.fm_small = QFontMetricsF(self.small)

    def shown_days(self) -> list[date]:
        if self.day_filter is not None:
            return [self.day_filter]
        if self.days:
            return list(self.days)
        return sorted({r.day for r in self.rows})

    # ------------------------------------------------------------------ queries

    def y_for_minutes(self, minutes: float) -> float:
        return self.grid_top + (minutes - self.first) / 60.0 * self.hour_height

    def item_rect(self, item_id: uuid.UUID) -> QRectF:
        placed = self.by_id.get(item_id)
        if placed is None or placed.rect is None:
            return QRectF()
        return QRectF(placed.rect)

    def item_at(self, pos: QPointF) -> uuid.UUID | None:
        """The item drawn at ``pos`` (the last drawn, where they overlap)."""
        for placed in reversed(self.placed):
            if placed.rect is not None and placed.rect.contains(pos):
                return placed.row.id
        return None

    def day_column_rect(self, day: date) -> QRectF:
        for column in self.columns:
            if column.day == day:
                top = self.y_for_minutes(self.first)
                return QRectF(column.x, top, column.width, self.y_for_minutes(self.last) - top)
        return QRectF()

    def first_scroll(self) -> float:
        """How far down the canvas the hour of the earliest item shown starts, below the
        header (0 when nothing is shown): where a scroll shows it first."""
        if not self.placed:
            return 0.0
        hour = min(p.start for p in self.placed) // 60 * 60
        return self.y_for_minutes(hour) - self.grid_top

    # ------------------------------------------------------------------ computing

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
        e = max(e, s + self.min_visual)
        if e > MINUTES_PER_DAY:
            e = MINUTES_PER_DAY
            s = min(s, MINUTES_PER_DAY - self.min_visual)
        return s, e, continues

    def update_extent(self) -> QSize:
        """Recompute what depends on the data and the font; the smallest size that shows it
        all. The rectangles follow with ``place``."""
        line = self.fm.lineSpacing()
        self.header_height = math.ceil(self.fm_bold.lineSpacing() + 14)
        self.gutter_width = math.ceil(self.fm.horizontalAdvance("00:00") + 18)
        self.base_hour_height = float(max(48, math.ceil(line * 2.8)))
        self.min_visual = max(15, math.ceil((line + 4) / self.base_hour_height * 60))
        min_column = max(110.0, math.ceil(self.fm.horizontalAdvance("00:00–00:00") + 40))

        days = self.shown_days()
        shown = set(days)
        placed = []
        for row in sorted(self.rows, key=lambda r: (r.starts_local, r.ends_local, r.title)):
            if row.day in shown:
                s, e, continues = self._visual_span(row)
                placed.append(Placed(row=row, start=s, end=e, continues=continues))
        self.placed = placed
        self.by_id = {p.row.id: p for p in placed}
        self.order = [p.row.id for p in placed]

        first, last = DEFAULT_FIRST_HOUR * 60, DEFAULT_LAST_HOUR * 60
        for p in placed:
            first = min(first, p.start // 60 * 60)
            last = max(last, math.ceil(p.end / 60) * 60)
        self.first, self.last = first, min(last, MINUTES_PER_DAY)
        self.grid_top = self.header_height + math.ceil(line / 2) + 4
        bottom_pad = math.ceil(line / 2) + 4

        if not self.rows:
            self.hint = QCoreApplication.translate("missions.timeline", EMPTY_HINT)
        elif not placed:
            self.hint = (
                arg(
                    QCoreApplication.translate("missions.timeline", "Nothing planned on %1."),
                    day_label(days[0]),
                )
                if len(days) == 1
                else QCoreApplication.translate(
                    "missions.timeline", "No programme items on these days."
                )
            )
        else:
            self.hint = ""

        self._assign_lanes()
        hours = (self.last - self.first) / 60
        width = self.gutter_width + max(1, len(days)) * min_column
        if self.hint:
            height = self.header_height + 6 * line
        else:
            height = self.grid_top + hours * self.base_hour_height + bottom_pad
        self.bottom_pad = bottom_pad
        return QSize(math.ceil(width), math.ceil(height))

    def _assign_lanes(self) -> None:
        """Classic calendar layout: overlapping items of a day share its width in lanes."""
        by_day: dict[date, list[Placed]] = {}
        for p in self.placed:
            by_day.setdefault(p.row.day, []).append(p)
        for items in by_day.values():
            items.sort(key=lambda p: (p.start, -p.end, p.row.title))
            cluster: list[Placed] = []
            lane_ends: list[int] = []
            cluster_end = -1

            def close(group: list[Placed], lanes: int) -> None:
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

    def place(self, width: int, height: int) -> None:
        """Rectangles and text of every item for a canvas of this size."""
        days = self.shown_days()
        count = max(1, len(days))
        column_width = max(1.0, (width - self.gutter_width) / count)
        self.columns = [
            DayColumn(day, self.gutter_width + i * column_width, column_width, day_label(day))
            for i, day in enumerate(days)
        ]
        hours = max(1.0, (self.last - self.first) / 60)
        available = height - self.grid_top - self.bottom_pad
        self.hour_height = max(self.base_hour_height, available / hours)
        self.corner_text = ""
        if self.placed:
            labels = list(dict.fromkeys(p.row.zone_label for p in self.placed if p.row.zone_label))
            self.corner_text = "/".join(labels[:2])
        x_of = {c.day: c for c in self.columns}
        for p in self.placed:
            column = x_of[p.row.day]
            lane_width = column.width / p.lanes
            x = column.x + p.lane * lane_width + LANE_GAP / 2
            item_width = max(2.0, p.span * lane_width - LANE_GAP)
            top = self.y_for_minutes(p.start) + 1
            bottom = self.y_for_minutes(p.end) - 1
            p.rect = QRectF(x, top, item_width, max(2.0, bottom - top))
            fill, accent = KIND_COLOURS.get(p.row.kind, FALLBACK_COLOURS)
            p.fill, p.accent = QColor(fill), QColor(accent)
            self._place_text(p)

    def _place_text(self, p: Placed) -> None:
        assert p.rect is not None
        rect = p.rect
        row = p.row
        left = rect.left() + STRIPE + PAD
        width = max(1.0, rect.right() - PAD - left)
        line = self.fm.lineSpacing()
        p.marker = ""
        p.marker_rect = None
        usable = rect.height() - 2
        if p.continues:
            p.marker = f"→ {hhmm(row.ends_local)}"
            mw = self.fm_small.horizontalAdvance(p.marker) + 6
            mh = self.fm_small.height() + 2
            p.marker_rect = QRectF(rect.right() - mw - 3, rect.bottom() - mh - 2, mw, mh)
            if rect.height() >= line + mh + 4:
                usable -= mh + 2
        lines_fit = max(1, int(usable // line))
        warn = "⚠ " if row.overlaps else ""
        times = f"{hhmm(row.starts_local)}–{hhmm(row.ends_local)}"
        if self.fm_bold.horizontalAdvance(f"{warn}{times}") > width:
            times = hhmm(row.starts_local)  # a narrow lane: the start time only
        head = f"{warn}{times} {row.title}"
        place = " · ".join(part for part in (row.venue, row.room) if part)
        texts: list[tuple[str, bool]] = []
        if lines_fit == 1 or self.fm_bold.horizontalAdvance(head) <= width:
            texts.append((self.fm_bold.elidedText(head, Qt.TextElideMode.ElideRight, width), True))
        else:
            texts.append(
                (self.fm.elidedText(f"{warn}{times}", Qt.TextElideMode.ElideRight, width), False)
            )
            room_for_place = 1 if place and lines_fit >= 3 else 0
            title_lines = wrap(row.title, self.fm_bold, width, lines_fit - 1 - room_for_place)
            texts += [(t, True) for t in title_lines]
        if place and len(texts) < lines_fit:
            texts.append((self.fm.elidedText(place, Qt.TextElideMode.ElideRight, width), False))
        top = rect.top() + 2
        p.texts = tuple(
            TextLine(QPointF(left, top + i * line + self.fm.ascent()), text, bold)
            for i, (text, bold) in enumerate(texts)
        )
