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
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.widgets import XLSX_FILTER, csv_filters, shown, table_file
from pimap_desktop.services.exporting import Delimiter
from pimap_desktop.services.followup import followup as svc
from pimap_desktop.services.followup.followup import FollowUpExport
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.store.database import Database

PDF_FILTER = QT_TRANSLATE_NOOP("widgets", "PDF (*.pdf)")  # translated by ``shown``


def export_filters(decimal_point: str | None = None) -> str:
    """A workbook, CSV with either delimiter (the region's first) or a PDF."""
    return ";;".join([shown(XLSX_FILTER), *csv_filters(decimal_point), shown(PDF_FILTER)])


def export_file(chosen: str, chosen_filter: str = "") -> tuple[Path, svc.Format, Delimiter]:
    """Where and how to write the log: by the name's ending, else by the filter chosen (XLSX
    when neither says); and a CSV's delimiter, the filter's or the region's."""
    out = Path(chosen)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        return out, "pdf", ","
    if chosen_filter == shown(PDF_FILTER) and suffix not in (".csv", ".xlsx"):
        return out.with_suffix(".pdf"), "pdf", ","
    return table_file(chosen, chosen_filter)


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
        self.export_action = QAction(self.tr("E&xport…"), page)
        self.export_action.triggered.connect(lambda _checked=False: self.export_log())
        self.export_action.setToolTip(
            self.tr("The log shown (this mission or all) as XLSX, CSV or PDF")
        )

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
        chosen = dialogs.ask_save_choice(
            self.page,
            self.tr("Export the follow-up log"),
            f"{name}.xlsx",
            export_filters(),
            key="followup",
            settings=self.settings,
        )
        if chosen is None:
            return
        out, fmt, delimiter = export_file(str(chosen[0]), chosen[1])
        db, day = self.db, self._day()

        def work(_progress: Progress, _cancel: threading.Event) -> FollowUpExport:
            with db.session() as session:
                return svc.export_followups(
                    session, out, fmt, mission_id=mission_id, today=day, delimiter=delimiter
                )

        self.message.emit(arg(self.tr("Writing %1…"), out.name))
        (
            Operation(self.page, work, action=self.tr("export the follow-up log"))
            .disabling(self.export_action)
            .success(self._exported)
            .run_in_background(self.lane)
        )

    def _exported(self, report: FollowUpExport) -> None:
        if report.pages > 1:
            text = self.tr("%n follow-up(s) written on %1 pages to %2.", "", report.rows)
            self.message.emit(arg(text, report.pages, report.path))
        else:
            text = self.tr("%n follow-up(s) written to %1.", "", report.rows)
            self.message.emit(arg(text, report.path))
