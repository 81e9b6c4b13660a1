"""Pictures of PDF pages (pypdfium2) for the preview pane and for printing, the events of a
calendar file as a person reads them, and the pane.

PDFium is not thread-safe: every use goes through ``PDFIUM_LOCK``, so a preview rendered in a
worker and a badge printed on the GUI thread never meet inside it. Rendering makes ``QImage``s
(fine off the GUI thread); the pane turns them into pixmaps. A calendar file is read back with
icalendar (in the worker too) into plain rows: day, time with its zone, title, place.
"""

from __future__ import annotations

import threading
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg

if TYPE_CHECKING:  # loaded when a preview is first drawn, not with the window
    import icalendar
    import pypdfium2 as pdfium

PDFIUM_LOCK = threading.Lock()
POINTS_PER_INCH = 72.0


def _image(page: pdfium.PdfPage, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    try:
        view = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return view.copy()  # own the pixels: the bytes above go away
    finally:
        bitmap.close()


def render_first_page(pdf: Path, width_px: int) -> tuple[QImage, int]:
    """The first page drawn ``width_px`` wide, and the number of pages in the file."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf))
        try:
            page = document[0]
            try:
                scale = max(width_px, 50) / page.get_width()
                return _image(page, scale), len(document)
            finally:
                page.close()
        finally:
            document.close()


def page_sizes(pdf: Path) -> list[QSizeF]:
    """Each page's size in points."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf))
        try:
            return [QSizeF(*document.get_page_size(i)) for i in range(len(document))]
        finally:
            document.close()


def render_pages(pdf: Path, dpi: float) -> list[QImage]:
    """Every page drawn at ``dpi`` (for printing a badge or two, not a book)."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf))
        try:
            images = []
            for number in range(len(document)):
                page = document[number]
                try:
                    images.append(_image(page, dpi / POINTS_PER_INCH))
                finally:
                    page.close()
            return images
        finally:
            document.close()


# ---------------------------------------------------------------------------------------------
# A calendar file read back


class CalendarPreview(TranslationContext):
    """The translation context of a calendar file's preview."""


# Names in the interface's language, whatever the process locale (strftime's %a would follow
# it).
_DAYS = (
    QT_TRANSLATE_NOOP("CalendarPreview", "Mon"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Tue"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Wed"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Thu"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Fri"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Sat"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("CalendarPreview", "Jan"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Feb"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Mar"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Apr"),
    QT_TRANSLATE_NOOP("CalendarPreview", "May"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Jun"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Jul"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Aug"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Sep"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Oct"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Nov"),
    QT_TRANSLATE_NOOP("CalendarPreview", "Dec"),
)


def _weekday(day: date) -> str:
    return CalendarPreview.tr(_DAYS[day.weekday()])


def day_text(day: date) -> str:
    """``Mon 25 Jan 2027``."""
    return arg(
        CalendarPreview.tr("%1 %2 %3 %4", "day: weekday, day, month, year"),
        _weekday(day),
        day.day,
        CalendarPreview.tr(_MONTHS[day.month - 1]),
        day.year,
    )


@dataclass(frozen=True)
class CalendarEvent:
    """One event of a calendar file, every text ready to show."""

    day: date  # the local day it starts
    day_text: str  # "Mon 25 Jan 2027"
    time_text: str  # "08:30–09:30 PST", "22:00–Tue 01:00 PST", "All day"
    title: str
    place: str
    cancelled: bool
    zone_label: str = ""  # the abbreviation of its start ("PST"); "" for an all-day event


@dataclass(frozen=True)
class CalendarListing:
    """A calendar file's events in time order, their times in ``zone``."""

    zone: str  # an IANA name: the calendar's own (X-WR-TIMEZONE), else its events' TZID
    events: tuple[CalendarEvent, ...]

    def caption(self) -> str:
        abbreviations = sorted({e.zone_label for e in self.events if e.zone_label})
        count = len(self.events)
        if abbreviations:
            return arg(
                CalendarPreview.tr(
                    "The %n event(s) of the calendar file, times in %1 (%2).", "", count
                ),
                self.zone,
                ", ".join(abbreviations),
            )
        return arg(
            CalendarPreview.tr("The %n event(s) of the calendar file, times in %1.", "", count),
            self.zone,
        )


def _zone(name: object) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(str(name)) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def _calendar_zone(calendar: icalendar.Calendar) -> tuple[str, tzinfo]:
    """The zone a person reads the calendar in: the one it names, else its first event's."""
    candidates = [calendar.get("X-WR-TIMEZONE")]
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        if start is not None:
            candidates.append(start.params.get("TZID"))
            break
    for name in candidates:
        zone = _zone(name)
        if zone is not None:
            return str(name), zone
    return "UTC", UTC


def _moment(event: icalendar.cal.Component, name: str) -> date | datetime | None:
    if event.get(name) is None:
        return None
    value = event.decoded(name)
    return value if isinstance(value, date) else None


def _hhmm(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _time_text(start: date, end: date | None) -> str:
    """``08:30–09:30 PST``; an end on a later day names it; a change of abbreviation (the
    clocks changed) names both."""
    if not isinstance(start, datetime):
        last = (
            end - timedelta(days=1) if end is not None and not isinstance(end, datetime) else None
        )
        if last and last > start:
            return arg(CalendarPreview.tr("All day, until %1"), day_text(last))
        return CalendarPreview.tr("All day")
    if not isinstance(end, datetime):
        return f"{_hhmm(start)} {start.tzname()}"
    until = _hhmm(end) if end.date() == start.date() else f"{_weekday(end)} {_hhmm(end)}"
    if start.tzname() != end.tzname():
        return f"{_hhmm(start)} {start.tzname()}–{until} {end.tzname()}"
    return f"{_hhmm(start)}–{until} {start.tzname()}"


def calendar_listing(path: Path) -> CalendarListing:
    """The events of an .ics file in time order, in the calendar's zone (times without a zone
    are taken in it)."""
    import icalendar

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    zone_name, zone = _calendar_zone(calendar)

    def local(value: date | None) -> date | None:
        if isinstance(value, datetime):
            return (value if value.tzinfo else value.replace(tzinfo=zone)).astimezone(zone)
        return value

    found: list[tuple[datetime, CalendarEvent]] = []
    for event in calendar.walk("VEVENT"):
        start = local(_moment(event, "DTSTART"))
        if start is None:
            continue
        end = local(_moment(event, "DTEND"))
        if end is None and event.get("DURATION") is not None:
            end = start + event.decoded("DURATION")
        day = start.date() if isinstance(start, datetime) else start
        order = (
            start
            if isinstance(start, datetime)
            else datetime.combine(day, datetime.min.time(), zone)
        )
        found.append(
            (
                order,
                CalendarEvent(
                    day=day,
                    day_text=day_text(day),
                    time_text=_time_text(start, end),
                    title=str(event.get("SUMMARY", "")),
                    place=str(event.get("LOCATION", "")),
                    cancelled=str(event.get("STATUS", "")).upper() == "CANCELLED",
                    zone_label=(start.tzname() or "") if isinstance(start, datetime) else "",
                ),
            )
        )
    found.sort(key=lambda pair: (pair[0], pair[1].title))
    return CalendarListing(zone=zone_name, events=tuple(e for _, e in found))


class CalendarView(QTableWidget):
    """A calendar's events as a list: the day once at the head of its events, the time with
    its zone, the title and the place (whole in a tooltip)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CalendarView", "Day"),
        QT_TRANSLATE_NOOP("CalendarView", "Time"),
        QT_TRANSLATE_NOOP("CalendarView", "Title"),
        QT_TRANSLATE_NOOP("CalendarView", "Place"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.setHorizontalHeaderLabels([self.tr(header) for header in self.HEADERS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._listing = CalendarListing("UTC", ())

    def set_listing(self, listing: CalendarListing) -> None:
        self._listing = listing
        self.setRowCount(len(listing.events))
        bold = QFont(self.font())
        bold.setBold(True)
        previous: date | None = None
        for row, event in enumerate(listing.events):
            first_of_day = event.day != previous
            previous = event.day
            texts = (
                event.day_text if first_of_day else "",
                event.time_text,
                event.title,
                event.place,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(event.day_text if column == 0 else text)
                if column == 0:
                    item.setFont(bold)
                if event.cancelled:
                    item.setForeground(Qt.GlobalColor.gray)
                self.setItem(row, column, item)

    def listing(self) -> CalendarListing:
        return self._listing

    def row_texts(self) -> list[tuple[str, ...]]:
        """What each row shows, cell by cell."""
        return [
            tuple(self._text(row, column) for column in range(self.columnCount()))
            for row in range(self.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


class PageView(QLabel):
    """A page picture scaled to fit the space it is given, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 160)
        self.setStyleSheet("background: #d4d8dd;")

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._rescale()

    def image(self) -> QImage:
        return self._image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image.isNull():
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        room = QSize(max(self.width() - 16, 10), max(self.height() - 16, 10)) * ratio
        pixmap = QPixmap.fromImage(
            self._image.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)


class PreviewPane(QWidget):
    """The first page of a document, the events of a calendar file, or why there is neither."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #475569;")
        self.page = PageView()
        self.events = CalendarView()
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #64748b; font-size: 11pt;")
        self.stack = QStackedWidget()
        for widget in (self.page, self.events, self.note):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)

    def show_image(self, image: QImage, caption: str) -> None:
        self.page.set_image(image)
        self.caption.setText(caption)
        self.stack.setCurrentWidget(self.page)

    def show_events(self, listing: CalendarListing, caption: str) -> None:
        self.events.set_listing(listing)
        self.caption.setText(caption)
        self.stack.setCurrentWidget(self.events)

    def show_note(self, text: str, caption: str = "") -> None:
        self.note.setText(text)
        self.caption.setText(caption)
        self.stack.setCurrentWidget(self.note)

    def pixmap(self) -> QPixmap:
        """What the page view shows now (a null pixmap when it shows no page)."""
        return self.page.pixmap()
