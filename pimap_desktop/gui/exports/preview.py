"""Pictures of PDF pages (pypdfium2) for the preview pane and for printing, and the pane.

PDFium is not thread-safe: every use goes through ``PDFIUM_LOCK``, so a preview rendered in a
worker and a badge printed on the GUI thread never meet inside it. Rendering makes ``QImage``s
(fine off the GUI thread); the pane turns them into pixmaps.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf))
        try:
            return [QSizeF(*document.get_page_size(i)) for i in range(len(document))]
        finally:
            document.close()


def render_pages(pdf: Path, dpi: float) -> list[QImage]:
    """Every page drawn at ``dpi`` (for printing a badge or two, not a book)."""
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


def first_lines(path: Path, count: int = 60) -> str:
    """The start of a text file (an .ics), for the preview."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line.rstrip("\r\n") for _, line in zip(range(count), handle, strict=False)]
    return "\n".join(lines)


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
    """The first page of a document, the start of a calendar file, or why there is neither."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #475569;")
        self.page = PageView()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setStyleSheet("font-family: monospace;")
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #64748b; font-size: 11pt;")
        self.stack = QStackedWidget()
        for widget in (self.page, self.text, self.note):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)

    def show_image(self, image: QImage, caption: str) -> None:
        self.page.set_image(image)
        self.caption.setText(caption)
        self.stack.setCurrentWidget(self.page)

    def show_text(self, text: str, caption: str) -> None:
        self.text.setPlainText(text)
        self.caption.setText(caption)
        self.stack.setCurrentWidget(self.text)

    def show_note(self, text: str, caption: str = "") -> None:
        self.note.setText(text)
        self.caption.setText(caption)
        self.stack.setCurrentWidget(self.note)

    def pixmap(self) -> QPixmap:
        """What the page view shows now (a null pixmap when it shows no page)."""
        return self.page.pixmap()
