"""The dashboard's report: "Export report…" saves the figures of the current choice as a PDF
(with the charts) or an XLSX workbook, written in the background while a busy bar shows."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from pimap_desktop.gui import dialogs
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.services.kpi.kpi import KpiFilter, KpiReport
from pimap_desktop.services.printing.choices import DocumentReport, Paper
from pimap_desktop.store.database import Database

if TYPE_CHECKING:  # the report's module loads reportlab: imported when a report is written
    from pimap_desktop.services.printing.kpi_report import ReportFormat

REPORT_FILTERS = QT_TRANSLATE_NOOP("ReportExport", "PDF document (*.pdf);;Excel workbook (*.xlsx)")
REPORT_SUFFIXES = (".pdf", ".xlsx")


def report_format(out: Path) -> ReportFormat:
    return "xlsx" if out.suffix.lower() == ".xlsx" else "pdf"


def report_target(chosen: str, chosen_filter: str) -> tuple[Path, ReportFormat]:
    """The file to write and its format: the name's own .pdf or .xlsx, else the type chosen in
    the dialog (added to the name), as ``dialogs.ask_save_path`` makes it."""
    out = dialogs.with_suffix(Path(chosen), REPORT_SUFFIXES, chosen_filter)
    return out, report_format(out)


def default_paper() -> Paper:
    """Letter where the system uses US measures, else A4."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if us else Paper.A4


def suggested_report_name(report: KpiReport | None) -> str:
    parts = ["kpi-report"]
    if report is not None:
        parts.append(report.mission_code or "all-missions")
        if report.cluster_name:
            parts.append("".join(c if c.isalnum() else "-" for c in report.cluster_name))
        if report.year is not None:
            parts.append(str(report.year))
    return "-".join(parts) + ".pdf"


class ReportExport(QObject):
    """The button, the menu action and the busy bar of the report, for ``page`` to place and
    wire to its own ``export_report``; one report is written at a time (``lane``). Emits
    ``message`` with a line for the status bar."""

    message = Signal(str)

    def __init__(self, db: Database, page: QWidget) -> None:
        super().__init__(page)
        self.db = db
        self.page = page
        self.lane = Lane()
        self.button = QPushButton(self.tr("&Export report…"))
        self.button.setToolTip(
            self.tr("Save these figures as a PDF (with the charts) or a workbook")
        )
        self.action = QAction(self.tr("&Export KPI report…"), page)
        self.action.setToolTip(self.button.toolTip())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()

    def export(self, kpi_filter: KpiFilter, report: KpiReport | None, as_of: date | None) -> None:
        """Ask where, then write the report of ``kpi_filter`` in the background (``report``,
        the figures shown, names the file suggested)."""
        if self.lane.busy():
            return
        out = dialogs.ask_save_path(
            self.page,
            self.tr("Save the KPI report"),
            suggested_report_name(report),
            self.tr(REPORT_FILTERS),
            key="kpi-reports",
            suffixes=REPORT_SUFFIXES,
        )
        if out is None:
            return
        db, paper, fmt = self.db, default_paper(), report_format(out)

        def work(_progress: Progress, _cancel: threading.Event) -> DocumentReport:
            from pimap_desktop.services.printing.kpi_report import write_kpi_report

            with db.session() as session:
                return write_kpi_report(session, kpi_filter, out, fmt, paper=paper, as_of=as_of)

        def failed(exc: Exception) -> None:
            self.message.emit(self.tr("The KPI report was not written."))
            report_error(self.page, exc, action=self.tr("write the KPI report"))

        self.message.emit(arg(self.tr("Writing the KPI report to %1…"), out))
        (
            Operation(self.page, work, action=self.tr("write the KPI report"))
            .disabling(self.button, self.action)
            .showing(self.progress)
            .success(lambda result: self._exported(out, result))
            .failure(failed)
            .run_in_background(self.lane)
        )

    def _exported(self, out: Path, result: DocumentReport) -> None:
        written = result.paths[0] if result.paths else out
        if out.suffix.lower() == ".pdf":
            self.message.emit(
                arg(self.tr("KPI report written to %1 (%n page(s)).", "", result.pages), written)
            )
        else:
            self.message.emit(arg(self.tr("KPI report written to %1."), written))
