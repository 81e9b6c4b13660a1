"""One person's badge, asked for from the Registrations or On-site page ("Reprint badge…"):
straight to a printer, counted as printed once the printer took it, or saved as a PDF for a
machine without a printer, counted as printed too."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.exports import desktop
from pimap_desktop.gui.exports.preview import page_sizes
from pimap_desktop.gui.languages import arg
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.printing.choices import BadgeLayout, Paper
from pimap_desktop.services.printing.registry import BY_KEY, suggested_name
from pimap_desktop.store.database import Database

# The badge layout, and the sheet to print it on (None: the layout's own).
BadgeChoice = Callable[[], tuple[BadgeLayout, Paper | None]]


class BadgePrinter(QObject):
    """Emits ``printed`` after a badge was printed or saved (its count changed) and ``message``
    with a line for the status bar."""

    message = Signal(str)
    printed = Signal()

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        choice: BadgeChoice,
        parent: QWidget,
        folder: Path,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.choice = choice  # the layout and sheet chosen on the export page
        # The export page's language: the badge's unless the person has a preferred one.
        self.language = language
        self.parent_widget = parent  # the dialogs' parent
        self.folder = folder  # for the PDF on its way to the printer

    def reprint(self, mission_id: uuid.UUID, registration_id: uuid.UUID, name: str) -> None:
        """Print one person's badge on a printer; counted as printed once the printer took it."""
        from pimap_desktop.services.printing.badges import record_badges_printed, write_badges

        parent = self.parent_widget
        layout, paper = self.choice()
        pdf = self.folder / f"badge-{uuid.uuid4().hex}.pdf"
        try:
            with self.db.session() as session:
                write_badges(
                    session,
                    mission_id,
                    pdf,
                    layout=layout,
                    paper=paper,
                    registration_ids=[registration_id],
                    record=False,
                    language=self.language(),
                )
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(arg(self.tr("Badge — %1"), name) if name else self.tr("Badge"))
            printer.setFullPage(True)
            sizes = page_sizes(pdf)
            if sizes:
                desktop.use_page_size(printer, sizes[0])
            if not desktop.ask_print(parent, printer):
                self.message.emit(self.tr("Badge not printed."))
                return
            if not desktop.print_pdf(printer, pdf):
                QMessageBox.warning(
                    parent,
                    self.tr("Could not print the badge"),
                    self.tr(
                        "The printer did not accept the badge. Check that it is on and try "
                        "again, or save the badge as a PDF."
                    ),
                )
                return
            with self.db.session() as session:
                record_badges_printed(session, [registration_id], datetime.now(UTC))
        except PimapError as exc:
            report_error(parent, exc, action=self.tr("print the badge"))
            return
        finally:
            pdf.unlink(missing_ok=True)
        self.printed.emit()
        self.message.emit(
            arg(
                self.tr("Badge of %1 sent to %2."),
                name,
                printer.printerName() or self.tr("the printer"),
            )
        )

    def save_pdf(self, mission_id: uuid.UUID, registration_id: uuid.UUID, name: str) -> None:
        """One person's badge as a PDF (for a machine without a printer); counted as printed."""
        from pimap_desktop.services.printing.badges import write_badges

        parent = self.parent_widget
        layout, paper = self.choice()
        with self.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        suggested = suggested_name(code, BY_KEY["badges"], name).replace("-badges-", "-badge-")
        out = dialogs.ask_save_path(
            parent,
            self.tr("Save the badge"),
            suggested,
            self.tr("PDF document (*.pdf)"),
            key="exports",
            suffixes=(".pdf",),
            settings=self.settings,
        )
        if out is None:
            return
        try:
            with self.db.session() as session:
                write_badges(
                    session,
                    mission_id,
                    out,
                    layout=layout,
                    paper=paper,
                    registration_ids=[registration_id],
                    record=True,
                    language=self.language(),
                )
        except PimapError as exc:
            report_error(parent, exc, action=self.tr("save the badge"))
            return
        self.printed.emit()
        self.message.emit(arg(self.tr("Badge of %1 saved to %2."), name, out))
