"""The first-page preview of the export centre: made in a worker once the choices stop
changing, for the first few people only and without recording anything; a newer choice cancels
the preview under way, and only the newest result is shown."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from pimap_desktop.domain.errors import Cancelled, PimapError
from pimap_desktop.gui.exports.preview import (
    CalendarListing,
    PreviewPane,
    calendar_listing,
    render_first_page,
)
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.printing.choices import DocumentReport
from pimap_desktop.services.printing.registry import (
    DocumentSpec,
    ExportRequest,
    preview_request,
    produce,
)
from pimap_desktop.store.database import Database

PREVIEW_DELAY_MS = 300


class PreviewCaption(TranslationContext):
    """The translation context of the preview's caption."""


@dataclass(frozen=True)
class PreviewResult:
    generation: int
    spec: DocumentSpec
    report: DocumentReport
    people: int  # how many people the whole document is for (0: not per person)
    image: QImage | None = None
    pages: int = 0
    calendar: CalendarListing | None = None  # a calendar's events, read back from its file

    def caption(self) -> str:
        if self.calendar is not None:
            return self.calendar.caption()
        shown = self.report.items
        if self.spec.per_person and shown < self.people:
            if shown == 1:
                text = PreviewCaption.tr(
                    "First page, made for the first person of %1 (the saved document has everyone)."
                )
                return arg(text, self.people)
            text = PreviewCaption.tr(
                "First page, made for the first %1 people of %2 (the saved document has everyone)."
            )
            return arg(text, shown, self.people)
        return arg(PreviewCaption.tr("First page of %1."), self.pages)


class PreviewRunner(QObject):
    """Previews what ``request()`` asks for (or shows why it cannot be made) in ``pane``, while
    ``page`` is visible."""

    def __init__(
        self,
        db: Database,
        page: QWidget,
        pane: PreviewPane,
        request: Callable[[], ExportRequest | str],
        folder: Path,
    ) -> None:
        super().__init__(page)
        self.db = db
        self.page = page
        self.pane = pane
        self.request = request
        self.folder = folder
        self.lane = Lane()  # one preview at a time
        self.stale = True  # the choices changed since the last preview started
        self._pending = False
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.run)

    def schedule(self) -> None:
        """Preview again once the options stop changing."""
        self.stale = True
        if self.page.isVisible():
            self.timer.start()

    def run(self) -> None:
        if not self.page.isVisible():
            return
        if self.lane.current is not None:
            self.lane.cancel()
            self._pending = True
            return
        self.stale = False
        self._generation += 1
        generation = self._generation
        request = self.request()
        if isinstance(request, str):
            self.pane.show_note(request)
            return
        spec = request.document
        path = self.folder / f"preview-{generation}{spec.suffix}"
        width = max(900, int(self.pane.width() * self.page.devicePixelRatioF()))
        db = self.db

        def work(_progress: Progress, cancel: threading.Event) -> PreviewResult:
            try:
                with db.session() as session:
                    preview, people = preview_request(session, request)
                    report = produce(session, preview, path, record=False, cancel=cancel)
                if spec.is_calendar:
                    listing = calendar_listing(path)
                    return PreviewResult(generation, spec, report, people, calendar=listing)
                image, pages = render_first_page(path, width)
                return PreviewResult(generation, spec, report, people, image=image, pages=pages)
            finally:
                path.unlink(missing_ok=True)

        self.pane.caption.setText(self.tr("Making the preview…"))
        (
            Operation(self.page, work, action=self.tr("make the preview"))
            .success(self._done)
            .failure(self._failed)
            .run_in_background(self.lane)
        )

    @property
    def task(self) -> Operation[PreviewResult] | None:
        return self.lane.current

    def _finished(self) -> bool:
        """After a preview ended: True when its result is still wanted."""
        if self._pending:
            self._pending = False
            self.run()
            return False
        return True

    def _done(self, result: PreviewResult) -> None:
        if not self._finished() or result.generation != self._generation:
            return
        if result.image is not None:
            self.pane.show_image(result.image, result.caption())
        elif result.calendar is not None:
            self.pane.show_events(result.calendar, result.caption())

    def _failed(self, exc: Exception) -> None:
        if not self._finished() or isinstance(exc, Cancelled):
            return
        if isinstance(exc, PimapError):
            self.pane.show_note(error_text(exc), self.tr("No preview"))
        else:
            self.pane.show_note(
                self.tr("The preview could not be made; the details are in the log file."),
                self.tr("No preview"),
            )
