"""The KPI dashboard: what the missions achieved, for a choice of mission, cluster and year.

Like ``pimap kpi`` and the report, it counts only the missions held by the "as of" date (today
unless the page is given another day) and compares them with those missions' targets; under the
cards it says in words which missions are counted, and shows apart, as the pipeline, what the
missions not held yet have gathered (never added to the cards, never compared with targets).

Every figure comes from ``services.kpi.compute_kpis``, computed off the GUI thread by an
``Operation`` (half a second on a large database). The work opens its own session and closes it as soon as the
figures are counted: an SQLite session holds the database's write lock until it closes. Only one
computation runs at a time; a choice made meanwhile is computed when it ends, and a result that
no longer matches the filters is never shown.

The one thing it changes is targets: Targets… opens the targets of the current choice (a
mission's, or a year's for the chosen cluster or all clusters) in ``TargetsDialog``; OK saves
them through ``services.kpi.set_targets`` and counts again.

The page holds the choice, the counting and the targets; its parts do the rest: ``FilterBar``
(the choice), ``cards`` (the headline figures and the sentences under them), ``ChartPanel`` and
``charts`` (the charts), ``country_table`` (the figures by country) and ``ReportExport`` (the
PDF or XLSX report).
"""

from __future__ import annotations

import threading
import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import KpiMetric
from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.kpi.cards import (
    make_cards,
    pipeline_label,
    pipeline_sentence,
    scope_label,
    scope_sentence,
    show_cards,
)
from pimap_desktop.gui.kpi.chart_panel import ChartPanel, show_charts, show_counting
from pimap_desktop.gui.kpi.country_table import CountryTableModel, country_box, country_view
from pimap_desktop.gui.kpi.filter_bar import FilterBar
from pimap_desktop.gui.kpi.report_export import ReportExport, report_target
from pimap_desktop.gui.kpi.targets_dialog import TargetScope, TargetsDialog, target_scope
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.kpi.kpi import (
    KpiFilter,
    KpiReport,
    compute_kpis,
    kpi_filters,
    list_targets,
    set_targets,
)
from pimap_desktop.services.printing.choices import DocumentReport
from pimap_desktop.store.database import Database

# report_target stays importable from here, where the report was written before its part.
__all__ = ["KpiDashboard", "inform", "open_dialog", "report_target"]

WIDE_PAGE = 900  # narrower: cards in two rows, charts one below the other

# ---------------------------------------------------------------------------------------------
# Boundaries that tests replace (the file dialog: ``gui.dialogs``)


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_dialog(dialog: QDialog) -> None:
    """Show a dialog, window-modal; what follows is wired to its signals."""
    dialog.open()


class KpiDashboard(QWidget):
    """Emits ``message`` for the status bar. ``as_of`` fixes the day that decides which
    missions are held (tests); None means the real day at each computation."""

    message = Signal(str)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        as_of: date | None = None,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.as_of = as_of
        self.lazy = lazy  # in the window: counted only while shown (every show counts afresh)
        self.report: KpiReport | None = None
        self.shown_filter: KpiFilter | None = None  # the filter ``report`` was computed for
        self.computing = Lane()  # one computation at a time
        self._generation = 0  # bumped by every change of the filters
        self._computing: tuple[int, KpiFilter] = (0, KpiFilter())  # what the work counts
        self._wide: bool | None = None
        self._filters_loaded = False

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._filters_changed)
        self.mission_combo = self.filter_bar.mission_combo
        self.cluster_combo = self.filter_bar.cluster_combo
        self.year_combo = self.filter_bar.year_combo
        self.busy_label = self.filter_bar.busy_label
        self.reporting = ReportExport(db, self)
        self.reporting.message.connect(self.message)
        self.exporting = self.reporting.lane  # one report written at a time
        self.export_button = self.reporting.button
        self.export_button.clicked.connect(self.export_report)
        self.export_action = self.reporting.action
        self.export_action.triggered.connect(self.export_report)
        self.export_progress = self.reporting.progress
        self.targets_dialog: TargetsDialog | None = None
        self.targets_button = QPushButton(self.tr("&Targets…"))
        self.targets_button.clicked.connect(self.open_targets)
        self.targets_action = QAction(self.tr("KPI &targets…"), self)
        self.targets_action.triggered.connect(self.open_targets)
        self.refresh_action = QAction(self.tr("&Count again"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

        self.cards = make_cards()
        self.scope_label = scope_label()
        self.pipeline_label = pipeline_label()
        self.targets_panel = ChartPanel()
        self.funnel_panel = ChartPanel()
        self.outcomes_panel = ChartPanel()
        self.countries = CountryTableModel(self)
        self.countries_view = country_view(self.countries)

        self._build_layout()
        self._show_nothing()

    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<h2>" + self.tr("KPI dashboard") + "</h2>"))
        heading.addStretch(1)
        heading.addWidget(self.export_progress)
        heading.addWidget(self.targets_button)
        heading.addWidget(self.export_button)

        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(8)
        self.charts_grid = QGridLayout()
        self.charts_grid.setHorizontalSpacing(10)
        self.charts_grid.setVerticalSpacing(10)
        self.countries_box = country_box(self.countries_view)
        self._arrange(wide=True)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.cards_grid)
        body.addWidget(self.scope_label)
        body.addWidget(self.pipeline_label)
        body.addLayout(self.charts_grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.filter_bar)
        layout.addWidget(scroll, 1)

    def _arrange(self, *, wide: bool) -> None:
        """Cards in one row and charts two by two on a wide page; on a narrow one (an 800×600
        screen) cards in two rows and the charts one below the other, scrolled."""
        self._wide = wide
        card_columns = len(self.cards) if wide else 4
        for number, card in enumerate(self.cards.values()):
            self.cards_grid.removeWidget(card)
            self.cards_grid.addWidget(card, number // card_columns, number % card_columns)
        for column in range(len(self.cards)):
            self.cards_grid.setColumnStretch(column, 1 if column < card_columns else 0)
        blocks = (self.targets_panel, self.funnel_panel, self.outcomes_panel, self.countries_box)
        chart_columns = 2 if wide else 1
        for number, block in enumerate(blocks):
            self.charts_grid.removeWidget(block)
            self.charts_grid.addWidget(block, number // chart_columns, number % chart_columns)
        for column in range(2):
            self.charts_grid.setColumnStretch(column, 1 if column < chart_columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_PAGE
        if wide != self._wide:
            self._arrange(wide=wide)

    # ------------------------------------------------------------------ filters

    def showEvent(self, event: QShowEvent) -> None:
        """Counted afresh whenever the page is shown: the data may have changed elsewhere."""
        super().showEvent(event)
        if not event.spontaneous():
            self.reload_filters()

    def reload_filters(self) -> None:
        """Refill the choices (missions and clusters added, renamed or deleted), keeping the
        current ones where they still exist, and count again."""
        with self.db.session() as session:
            missions, clusters, years = kpi_filters(session)
        self.filter_bar.fill(missions, clusters, years)
        self._filters_loaded = True
        self._filters_changed()

    def set_mission(self, mission_id: uuid.UUID | None) -> None:
        """Show the figures of one mission (None: all missions)."""
        if not self._filters_loaded or (
            mission_id is not None and not self.filter_bar.has_mission(mission_id)
        ):
            self.reload_filters()
        self.filter_bar.choose_mission(mission_id)

    def current_filter(self) -> KpiFilter:
        return self.filter_bar.current_filter()

    def _filters_changed(self) -> None:
        """The choice changed (the bar has already put the year aside for one mission)."""
        scope = self.target_scope()
        tip = (
            arg(self.tr("Set the targets of %1"), scope.title)
            if scope is not None
            else self.tr("Choose a mission, or a year, to set its targets")
        )
        self.targets_button.setToolTip(tip)
        self.targets_action.setToolTip(tip)
        self.refresh()

    # ------------------------------------------------------------------ computing

    def refresh(self) -> None:
        """Count the figures of the current choice in the background."""
        if self.lazy and not self.isVisible():
            return
        if not self._filters_loaded:
            self.reload_filters()  # comes back here
            return
        self._generation += 1
        if not self.computing.busy():
            self._start_compute()
        # else: the running computation is stale; the next one starts when it ends

    @property
    def compute_task(self) -> Operation[KpiReport] | None:
        return self.computing.current

    @property
    def export_task(self) -> Operation[DocumentReport] | None:
        return self.exporting.current

    def stop_work(self, wait_seconds: float = 10.0) -> None:
        """Wait for the counting or the report being written (before the database closes)."""
        self.computing.wait(wait_seconds)
        self.exporting.wait(wait_seconds)

    def busy(self) -> bool:
        """True while figures are being counted or a report written."""
        return self.computing.busy() or self.exporting.busy()

    def _start_compute(self) -> None:
        db, kpi_filter, as_of = self.db, self.current_filter(), self.as_of

        def work(_progress: Progress, _cancel: threading.Event) -> KpiReport:
            with db.session() as session:  # closed (and the lock released) at once
                return compute_kpis(session, kpi_filter, as_of=as_of)

        self._computing = (self._generation, kpi_filter)
        self.busy_label.show()
        (
            Operation(self, work, action=self.tr("count the KPIs"))
            .success(self._computed)
            .failure(self._compute_failed)
            .run_in_background(self.computing)
        )

    def _still_current(self) -> KpiFilter | None:
        """The filter of the computation that just ended, if nothing changed meanwhile; else
        None, and the current choice is being counted."""
        generation, kpi_filter = self._computing
        if generation != self._generation:
            self._start_compute()  # the filters changed meanwhile
            return None
        self.busy_label.hide()
        return kpi_filter

    def _computed(self, report: KpiReport) -> None:
        kpi_filter = self._still_current()
        if kpi_filter is not None:
            self.show_report(report, kpi_filter)

    def _compute_failed(self, exc: Exception) -> None:
        if self._still_current() is None:
            return
        if isinstance(exc, NotFoundError):  # a mission or cluster deleted elsewhere
            self.message.emit(error_text(exc))
            self.reload_filters()
            return
        report_error(self, exc, action=self.tr("count the KPIs"))

    # ------------------------------------------------------------------ showing

    def _show_nothing(self) -> None:
        for card in self.cards.values():
            card.show_figure("–")
        self.pipeline_label.hide()
        show_counting(self.targets_panel, self.funnel_panel, self.outcomes_panel)

    def show_report(self, report: KpiReport, kpi_filter: KpiFilter | None = None) -> None:
        self.report = report
        self.shown_filter = kpi_filter
        show_cards(self.cards, report)
        self.scope_label.setText(scope_sentence(report))
        pipeline = pipeline_sentence(report)
        self.pipeline_label.setText(pipeline)
        self.pipeline_label.setVisible(bool(pipeline))

        show_charts(report, self.targets_panel, self.funnel_panel, self.outcomes_panel)
        self.countries.set_rows(report.by_country)

    # ------------------------------------------------------------------ targets

    def target_scope(self) -> TargetScope | None:
        """The targets the current choice shows: a mission's (for the chosen cluster, if one
        is), or a year's (for the chosen cluster, or all clusters together); None with neither
        a mission nor a year chosen."""
        return target_scope(
            self.current_filter(),
            self.mission_combo.currentText(),
            self.cluster_combo.currentText(),
        )

    def open_targets(self) -> None:
        """The targets of the current choice, in a dialog; saved on OK, then counted again."""
        if self.targets_dialog is not None:
            self.targets_dialog.raise_()
            self.targets_dialog.activateWindow()
            return
        scope = self.target_scope()
        if scope is None:
            inform(
                self,
                self.tr("KPI targets"),
                self.tr(
                    "Targets are set for a mission, or for a year (for one cluster or for all "
                    "clusters together).\n\nChoose a mission, or a year, above; then click "
                    "Targets… again."
                ),
            )
            return
        with self.db.session() as session:
            current = list_targets(
                session, mission_id=scope.mission_id, cluster_id=scope.cluster_id, year=scope.year
            )
        report = self.report
        shown = report is not None and self.shown_filter == self.current_filter()
        # The actual figures beside the targets, only where something held is compared: a
        # mission to come has none yet (what it has gathered is the pipeline).
        compared = report is not None and shown and bool(report.held)
        actuals = {m: report.actual(m) for m in KpiMetric} if report and compared else None
        db = self.db
        saved: list[dict[KpiMetric, int | None]] = []

        def submit(changes: dict[KpiMetric, int | None]) -> None:
            with db.session() as session:
                set_targets(
                    session,
                    mission_id=scope.mission_id,
                    cluster_id=scope.cluster_id,
                    year=scope.year,
                    targets=changes,
                )
            saved.append(changes)

        def done() -> None:
            if saved:
                self.message.emit(arg(self.tr("Targets of %1 saved."), scope.title))
                self.refresh()

        dialog = TargetsDialog(scope, current, submit, self, actuals=actuals)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: self._targets_closed(dialog))
        self.targets_dialog = dialog
        open_dialog(dialog)

    def _targets_closed(self, dialog: TargetsDialog) -> None:
        if self.targets_dialog is dialog:
            self.targets_dialog = None

    # ------------------------------------------------------------------ the report

    def export_report(self) -> None:
        """Save the figures of the current choice as a PDF or XLSX report, in the background."""
        self.reporting.export(self.current_filter(), self.report, self.as_of)
