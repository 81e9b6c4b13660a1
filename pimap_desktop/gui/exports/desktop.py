"""What the export centre asks of the desktop: whether to print, opening a file with its own
application, and drawing a PDF on a printer (where to save: ``gui.dialogs``).

``ask_print`` and ``open_url`` are the boundaries tests replace; the parts of the export page
call them through this module.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from pimap_desktop.gui.exports.preview import POINTS_PER_INCH, page_sizes, render_pages

PRINT_DPI_LIMIT = 300  # a badge rendered finer than this only makes the print job heavier


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog; True when the person chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("exports.desktop", "Print the badge"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's own application."""
    return QDesktopServices.openUrl(url)


def use_page_size(printer: QPrinter, size: QSizeF) -> None:
    """Start the print dialog on the paper the badge PDF was made for."""
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    printer.setPageOrientation(orientation)


def print_pdf(printer: QPrinter, pdf: Path) -> bool:
    """Draw every page of ``pdf`` at its own size from the paper's corner; False when the
    printer could not be started."""
    resolution = printer.resolution()
    dpi = min(resolution, PRINT_DPI_LIMIT)
    sizes = page_sizes(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, (image, size) in enumerate(zip(render_pages(pdf, dpi), sizes, strict=True)):
            if number:
                printer.newPage()
            scale = resolution / POINTS_PER_INCH
            target = QRectF(QPointF(0, 0), QSizeF(size.width() * scale, size.height() * scale))
            painter.drawImage(target, image)
    finally:
        ended = painter.end()
    return ended
