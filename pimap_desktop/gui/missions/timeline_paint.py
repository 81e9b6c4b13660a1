"""Painting the programme timeline from its computed ``TimelineGeometry``: the hour grid, the
items, and the hour gutter and the day header, which stay in view when scrolled (painted where
the scroll area has moved the canvas)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from pimap_desktop.gui.missions.timeline_geometry import Placed, TimelineGeometry
from pimap_desktop.gui.missions.timeline_style import (
    CLASH,
    ITEM_TEXT,
    PAD,
    RADIUS,
    SELECTION,
    STRIPE,
)


class TimelinePainter:
    """Paints one frame of a canvas of ``width`` × ``height`` with ``palette``; ``scroll`` is
    how far the scroll area has moved the canvas, ``visible`` the scroll area's viewport."""

    def __init__(
        self,
        geometry: TimelineGeometry,
        palette: QPalette,
        width: int,
        height: int,
        selected: uuid.UUID | None,
    ) -> None:
        self.geo = geometry
        self.palette = palette
        self.width = width
        self.height = height
        self.selected = selected

    def paint(
        self, painter: QPainter, area: QRect, scroll: tuple[float, float], visible: QRectF
    ) -> None:
        """Paint ``area`` (the region the paint event asks for)."""
        geo = self.geo
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(area, base)
        sx, sy = scroll
        if geo.hint:
            self._paint_header(painter, sx, sy)
            hint_rect = QRectF(
                sx,
                sy + geo.header_height,
                visible.width(),
                visible.height() - geo.header_height,
            )
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(geo.font)
            painter.drawText(
                hint_rect.adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                geo.hint,
            )
            return
        self._paint_grid(painter, text)
        clip = QRectF(area)
        for p in geo.placed:
            if p.rect is not None and p.rect.adjusted(-3, -3, 3, 3).intersects(clip):
                self._paint_item(painter, p)
        self._paint_gutter(painter, sx, text)
        self._paint_header(painter, sx, sy)

    def _paint_grid(self, painter: QPainter, text: QColor) -> None:
        geo = self.geo
        right = float(self.width)
        left = geo.gutter_width
        hour_pen = QPen(QColor(text.red(), text.green(), text.blue(), 45), 1)
        half_pen = QPen(QColor(text.red(), text.green(), text.blue(), 22), 1, Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for minute in range(geo.first, geo.last + 1, 30):
            y = round(geo.y_for_minutes(minute)) + 0.5
            painter.setPen(hour_pen if minute % 60 == 0 else half_pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(hour_pen)
        top = geo.y_for_minutes(geo.first)
        bottom = geo.y_for_minutes(geo.last)
        for column in geo.columns:
            x = round(column.x) + 0.5
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_item(self, painter: QPainter, p: Placed) -> None:
        assert p.rect is not None and p.fill is not None and p.accent is not None
        geo = self.geo
        rect = p.rect
        selected = p.row.id == self.selected
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
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
        painter.fillRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()), p.accent)
        painter.restore()
        if p.row.overlaps:
            painter.setPen(QPen(CLASH, 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)
        else:
            painter.setPen(QPen(p.accent, 1))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if selected:
            painter.setPen(QPen(SELECTION, 2))
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), RADIUS + 1, RADIUS + 1)
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, -PAD / 2, 0))
        painter.setPen(ITEM_TEXT)
        for t in p.texts:
            painter.setFont(geo.bold if t.bold else geo.font)
            painter.drawText(t.baseline, t.text)
        if p.marker and p.marker_rect is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(p.marker_rect, 3, 3)
            painter.setPen(p.accent)
            painter.setFont(geo.small)
            painter.drawText(p.marker_rect, int(Qt.AlignmentFlag.AlignCenter), p.marker)
        painter.restore()

    def _paint_gutter(self, painter: QPainter, sx: float, text: QColor) -> None:
        geo = self.geo
        palette = self.palette
        gutter = QRectF(sx, 0, geo.gutter_width, self.height)
        painter.fillRect(gutter, palette.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 60), 1))
        painter.drawLine(
            QPointF(gutter.right() - 0.5, 0), QPointF(gutter.right() - 0.5, self.height)
        )
        painter.setFont(geo.font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        half = geo.fm.lineSpacing() / 2 + 1
        for minute in range(geo.first, geo.last + 1, 60):
            y = geo.y_for_minutes(minute)
            label = f"{minute // 60:02d}:00"
            painter.drawText(
                QRectF(sx, y - half, geo.gutter_width - 8, 2 * half),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

    def _paint_header(self, painter: QPainter, sx: float, sy: float) -> None:
        geo = self.geo
        palette = self.palette
        header = QRectF(0, sy, self.width, geo.header_height)
        window = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(header, window)
        corner = QRectF(sx, sy, geo.gutter_width, geo.header_height)
        painter.fillRect(corner, window)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 60), 1))
        painter.drawLine(
            QPointF(0, header.bottom() - 0.5), QPointF(self.width, header.bottom() - 0.5)
        )
        painter.setFont(geo.bold)
        painter.setPen(text)
        for column in geo.columns:
            cell = QRectF(column.x, sy, column.width, geo.header_height)
            label = geo.fm_bold.elidedText(
                column.label, Qt.TextElideMode.ElideRight, max(1.0, column.width - 8)
            )
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), label)
        if geo.corner_text:
            painter.setFont(geo.small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                corner.adjusted(2, 0, -8, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                geo.fm_small.elidedText(
                    geo.corner_text, Qt.TextElideMode.ElideRight, geo.gutter_width - 10
                ),
            )
