"""The programme timeline's painted surface: it holds the items and the selection, keeps its
``TimelineGeometry`` up to date with the data, the font and the size, has it painted by
``TimelinePainter``, and turns the mouse and the keyboard into a selection or an activation."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from pimap_desktop.gui.missions.timeline_geometry import TimelineGeometry
from pimap_desktop.gui.missions.timeline_paint import TimelinePainter
from pimap_desktop.gui.missions.timeline_text import tooltip_html
from pimap_desktop.services.missions.missions import ProgrammeRow


class TimelineCanvas(QWidget):
    """The painted surface inside the scroll area; it receives the mouse and the keyboard."""

    itemSelected = Signal(object)
    itemActivated = Signal(object)
    revealRequested = Signal(object)  # the keyboard moved to an item: scroll it into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTimelineCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Programme timeline"))
        self._zone_name = ""
        self._selected: uuid.UUID | None = None
        self._geo = TimelineGeometry(self.font())
        self._update_extent()

    # ------------------------------------------------------------------ data

    def set_data(self, rows: Sequence[ProgrammeRow], days: Sequence[date], zone_name: str) -> None:
        self._geo.rows = list(rows)
        self._geo.days = list(days)
        self._zone_name = zone_name
        self._update_extent()
        if self._selected is not None and not any(r.id == self._selected for r in self._geo.rows):
            self.select(None)

    def set_day(self, day: date | None) -> None:
        self._geo.day_filter = day
        self._update_extent()

    def day(self) -> date | None:
        """The one day shown, or None for every day."""
        return self._geo.day_filter

    def shown_days(self) -> list[date]:
        return self._geo.shown_days()

    def selected(self) -> uuid.UUID | None:
        return self._selected

    def select(self, item_id: uuid.UUID | None) -> bool:
        """Select an item (None clears); emits ``itemSelected`` when the selection changes."""
        if item_id is not None and not any(r.id == item_id for r in self._geo.rows):
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
        return list(self._geo.order)

    def item_rect(self, item_id: uuid.UUID) -> QRectF:
        return self._geo.item_rect(item_id)

    def _in_sticky_area(self, pos: QPointF) -> bool:
        """Whether a point is on the day header or the hour gutter, which stay in view."""
        sx, sy = self._scroll_offset()
        return pos.y() < sy + self._geo.header_height or pos.x() < sx + self._geo.gutter_width

    def item_at(self, pos: QPointF) -> uuid.UUID | None:
        if self._in_sticky_area(pos):
            return None
        return self._geo.item_at(pos)

    def y_for_minutes(self, minutes: float) -> float:
        return self._geo.y_for_minutes(minutes)

    def day_column_rect(self, day: date) -> QRectF:
        return self._geo.day_column_rect(day)

    def header_height(self) -> float:
        return self._geo.header_height

    def gutter_width(self) -> float:
        return self._geo.gutter_width

    def hour_range(self) -> tuple[int, int]:
        """First and last minute of the day on the hour scale."""
        return self._geo.first, self._geo.last

    def first_scroll(self) -> float:
        """How far down the canvas the hour of the earliest item shown starts, below the
        header (0 when nothing is shown): where a scroll shows it first."""
        return self._geo.first_scroll()

    def tooltip_for(self, item_id: uuid.UUID) -> str:
        placed = self._geo.by_id.get(item_id)
        return tooltip_html(placed.row, self._zone_name) if placed else ""

    def hint(self) -> str:
        return self._geo.hint

    # ------------------------------------------------------------------ layout

    def _update_extent(self) -> None:
        """Recompute what depends on the data and the font, then the rectangles."""
        self.setMinimumSize(self._geo.update_extent())
        self.updateGeometry()
        self._geo.place(self.width(), self.height())

    # ------------------------------------------------------------------ Qt

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._geo.place(self.width(), self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._geo.set_font(self.font())
            self._update_extent()

    def _scroll_offset(self) -> tuple[float, float]:
        """How far the scroll area has moved the canvas: where sticky parts are painted."""
        if self.parentWidget() is None:
            return 0.0, 0.0
        return float(max(0, -self.x())), float(max(0, -self.y()))

    def paintEvent(self, event: QPaintEvent) -> None:
        parent = self.parentWidget()
        visible = QRectF(parent.rect()) if parent is not None else QRectF(self.rect())
        painter = QPainter(self)
        TimelinePainter(
            self._geo, self.palette(), self.width(), self.height(), self._selected
        ).paint(painter, event.rect(), self._scroll_offset(), visible)
        painter.end()

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
        order = self._geo.order
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self._step(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self._step(-1)
        elif key == Qt.Key.Key_Home and order:
            self._move_to(0)
        elif key == Qt.Key.Key_End and order:
            self._move_to(len(order) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected in self._geo.by_id:
            assert self._selected is not None
            self.activate(self._selected)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, step: int) -> None:
        order = self._geo.order
        if not order:
            return
        if self._selected in self._geo.by_id:
            index = order.index(self._selected)
            index = min(max(index + step, 0), len(order) - 1)
        else:
            index = 0 if step > 0 else len(order) - 1
        self._move_to(index)

    def _move_to(self, index: int) -> None:
        self.select(self._geo.order[index])
        self.revealRequested.emit(self._geo.order[index])

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
