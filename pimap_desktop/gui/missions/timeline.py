"""A day/timeline view of a mission's programme, in the mission's local time.

``ProgrammeTimeline`` shows one column per mission day (or a single day), a gutter of hours in
24-hour local time and every programme item as a coloured box. Items that overlap in time are
laid side by side in lanes; items that share a room at the same time get a red border and a
warning sign. The zone the times are in is always shown above the columns.

All geometry (rectangles, elided text) is computed when the data, the font or the size changes;
``paintEvent`` only draws what was computed. The parts: ``timeline_canvas`` (the painted
surface, the selection, the mouse and the keyboard), ``timeline_geometry`` (the layout maths),
``timeline_paint`` (the painting), ``timeline_text`` (day labels, the zone caption, tooltips)
and ``timeline_style`` (colours and sizes).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from pimap_desktop.gui.missions.timeline_canvas import TimelineCanvas
from pimap_desktop.gui.missions.timeline_geometry import EMPTY_HINT
from pimap_desktop.gui.missions.timeline_text import day_label, zone_caption
from pimap_desktop.services.missions.missions import ProgrammeRow

# EMPTY_HINT and day_label stay importable from here: the words a caller compares with.
__all__ = ["EMPTY_HINT", "ProgrammeTimeline", "day_label", "zone_caption"]


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
        self._canvas = TimelineCanvas()
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
            self._zone_label.setText(self.tr("Times in the mission's local time"))
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
