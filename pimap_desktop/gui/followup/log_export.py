"""The follow-up log written to a file: the mission shown (or all), as XLSX, CSV or PDF by the
name's ending, in the background, one export at a time."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from pimap_desktop.gui import dialogs
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.services.followup import followup as svc
from pimap_desktop.services.followup.followup import FollowUpExport
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database

EXPORT_FILTERS = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)"


def export_file(chosen: str) -> tuple[Path, svc.Format]:
    """Where and how to write the log: by the name's ending, XLSX when it has none known."""
    out = Path(chosen)
    suffix = out.suffix.lower()
    if suffix in (".csv", ".pdf"):
        return out, "csv" if suffix == ".csv" else "pdf"
    return (out if suffix == ".xlsx" else out.with_suffix(".xlsx")), "xlsx"


class LogExport(QObject):
    """The Export action of ``page``: the log of ``mission_id()`` (None: all missions) as
    counted on ``day()``."""

    message = Signal(str)

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        mission_id: Callable[[], uuid.UUID | None],
        day: Callable[[], date],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self.db, self.settings, self.page = db, settings, page
        self._mission_id, self._day = mission_id, day
        self.lane = Lane()  # one export at a time
        self.export_action = QAction("E&xport…", page)
        self.export_action.triggered.connect(lambda _checked=False: self.export_log())
        self.export_action.setToolTip("The log shown (this mission or all) as XLSX, CSV or PDF")

    @property
    def task(self) -> Operation[FollowUpExport] | None:
        return self.lane.current

    def export_log(self) -> None:
        """The log of the mission shown (or of all) to a file, written in the background."""
        if self.lane.busy():
            return
        mission_id = self._mission_id()
        name = "followups"
        if mission_id is not None:
            with self.db.session() as session:
                name = f"{missions_svc.get_mission(session, mission_id).code}-followups"
        chosen = dialogs.ask_save_path(
            self.page,
            "Export the follow-up log",
            f"{name}.xlsx",
            EXPORT_FILTERS,
            key="followup",
            settings=self.settings,
        )
        if chosen is None:
            return
        out, fmt = export_file(str(chosen))
        db, day = self.db, self._day()

        def work(_progress: Progress, _cancel: threading.Event) -> FollowUpExport:
            with db.session() as session:
                return svc.export_followups(session, out, fmt, mission_id=mission_id, today=day)

        self.message.emit(f"Writing {out.name}…")
        (
            Operation(self.page, work, action="export the follow-up log")
            .disabling(self.export_action)
            .success(self._exported)
            .run_in_background(self.lane)
        )

    def _exported(self, report: FollowUpExport) -> None:
        rows = f"{report.rows} follow-up{'s' if report.rows != 1 else ''}"
        pages = f" on {report.pages} pages" if report.pages > 1 else ""
        self.message.emit(f"{rows} written{pages} to {report.path}.")
