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
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import KpiMetric
from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.kpi import charts
from pimap_desktop.gui.kpi.targets_dialog import TargetScope, TargetsDialog
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.services.kpi.kpi import (
    NONE_KEY,
    Breakdown,
    KpiFilter,
    KpiReport,
    compute_kpis,
    counted_sentence,
    kpi_filters,
    list_targets,
    not_counted_sentence,
    pipeline_figures,
    set_targets,
)
from pimap_desktop.services.printing.common import DocumentReport, Paper, country_name
from pimap_desktop.services.printing.kpi_report import ReportFormat, write_kpi_report
from pimap_desktop.store.database import Database

REPORT_FILTERS = "PDF document (*.pdf);;Excel workbook (*.xlsx)"
NOTHING_HELD = "Nothing chosen is held yet: what is planned is in the pipeline above."
CHART_HEIGHT = 270
WIDE_PAGE = 900  # narrower: cards in two rows, charts one below the other

# ---------------------------------------------------------------------------------------------
# Boundaries that tests replace (the file dialog: ``gui.dialogs``)


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_dialog(dialog: QDialog) -> None:
    """Show a dialog, window-modal; what follows is wired to its signals."""
    dialog.open()


# ---------------------------------------------------------------------------------------------


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


def country_label(key: str) -> str:
    return "No country" if key == NONE_KEY else country_name(key)


def _count_column(title: str, figure: Callable[[Breakdown], int]) -> Column[Breakdown]:
    return Column(title, lambda b: str(figure(b)), sort_key=figure, align_right=True)


COUNTRY_COLUMNS: list[Column[Breakdown]] = [
    Column("Country", lambda b: country_label(b.key), tooltip=lambda b: b.key),
    _count_column("People", lambda b: b.participants),
    _count_column("SMEs", lambda b: b.smes_engaged),
    _count_column("Meetings", lambda b: b.meetings_held),
    _count_column("Follow-ups", lambda b: b.followups),
    _count_column("Agreements", lambda b: b.agreements_signed),
    _count_column("MoUs", lambda b: b.mous_signed),
]
COUNTRY_HEADER_TIPS = (
    "The organisation's country",
    "Participants: distinct people with a confirmed or checked-in registration",
    "Distinct SMEs engaged",
    "Meetings held with someone from this country",
    "Follow-ups involving an organisation from this country",
    "Agreements or contracts signed",
    "MoUs signed",
)


class CountryTableModel(RowTableModel[Breakdown]):
    """The figures by country; the headers explain their short titles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COUNTRY_COLUMNS, parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COUNTRY_HEADER_TIPS)
        ):
            return COUNTRY_HEADER_TIPS[section]
        return super().headerData(section, orientation, role)


# ---------------------------------------------------------------------------------------------
# Headline cards


@dataclass(frozen=True)
class CardSpec:
    key: str
    title: str
    metric: KpiMetric | None  # the figure whose target the card shows
    explanation: str


CARDS: tuple[CardSpec, ...] = (
    CardSpec(
        "smes_engaged",
        "SMEs engaged",
        KpiMetric.SMES_ENGAGED,
        "Distinct SMEs with at least one confirmed or checked-in participant",
    ),
    CardSpec(
        "participants",
        "Participants",
        KpiMetric.PARTICIPANTS,
        "Distinct people with a confirmed or checked-in registration",
    ),
    CardSpec(
        "meetings_held",
        "Meetings held",
        KpiMetric.MEETINGS_HELD,
        "B2B meetings marked held (no-shows and cancelled meetings not counted)",
    ),
    CardSpec("followups", "Follow-ups", KpiMetric.FOLLOWUPS, "Follow-ups recorded, any outcome"),
    CardSpec(
        "agreements_signed",
        "Agreements signed",
        KpiMetric.AGREEMENTS_SIGNED,
        "Follow-ups with the outcome 'agreement or contract signed' (the funnel's last stage "
        "counts meetings instead: held meetings that led to an agreement or an MoU)",
    ),
    CardSpec(
        "mous_signed",
        "MoUs signed",
        KpiMetric.MOUS_SIGNED,
        "Follow-ups with the outcome 'MoU signed'",
    ),
    CardSpec(
        "missions_held",
        "Missions held",
        None,
        "Missions and workshops held: over, or closed once begun; drafts never count. Only "
        "these are counted on this page; the others are the pipeline",
    ),
)

CARD_STYLES = {
    "met": ("#ecfdf5", "#a7f3d0", "#047857"),  # background, border, detail text
    "below": ("#fffbeb", "#fcd34d", "#b45309"),
    "none": ("#f8fafc", "#e2e8f0", "#64748b"),
}


class KpiCard(QFrame):
    """One headline figure: a title, the number, and its target where one is set."""

    def __init__(self, spec: CardSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("kpiCard")
        self.title_label = QLabel(spec.title)
        self.title_label.setWordWrap(True)
        self.value_label = QLabel("–")
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        self.value_label.setFont(font)
        self.detail_label = QLabel(" ")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.state = "none"
        self._paint("none")

    def show_figure(
        self,
        value: str,
        target: int | None = None,
        met: bool | None = None,
        *,
        none_text: str = "no target set",
    ) -> None:
        self.value_label.setText(value)
        if target is None:
            self.detail_label.setText(none_text)
            self.state = "none"
        else:
            self.detail_label.setText(f"of target {target}")
            self.state = "met" if met else "below"
        tip = self.spec.explanation
        if target is not None:
            tip += f".\nTarget {target}: {'met' if met else 'not met yet'}."
        self.setToolTip(tip)
        self._paint(self.state)

    def _paint(self, state: str) -> None:
        background, border, detail = CARD_STYLES[state]
        self.setStyleSheet(
            f"QFrame#kpiCard {{ background: {background}; border: 1px solid {border};"
            " border-radius: 6px; }"
            " QFrame#kpiCard QLabel { background: transparent; border: none; }"
        )
        self.title_label.setStyleSheet("color: #334155;")
        self.value_label.setStyleSheet("color: #0f172a;")  # dark on the light card, any theme
        self.detail_label.setStyleSheet(f"color: {detail};")


# ---------------------------------------------------------------------------------------------
# A chart, or a sentence when there is nothing to draw


class ChartPanel(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT - 20)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #64748b; font-size: 11pt; background: white;")
        # The same white card, inset as the chart view insets its chart.
        empty_page = QWidget()
        inset = QVBoxLayout(empty_page)
        inset.setContentsMargins(9, 9, 9, 9)
        inset.addWidget(self.empty)
        self.empty_page = empty_page
        self.addWidget(self.view)
        self.addWidget(empty_page)

    def sizeHint(self) -> QSize:
        # A chart view asks for 480 pixels; the scroll area would give them, pushing the lower
        # row out of sight on a 1280×800 screen.
        return QSize(480, CHART_HEIGHT)

    def chart(self) -> QChart:
        return self.view.chart()

    def show_chart(self, chart: QChart, empty_text: str = "") -> None:
        """Show ``chart``; or, when ``empty_text`` is given, that sentence (the chart is kept
        for tests and for the next look)."""
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        if empty_text:
            self.empty.setText(f"<b>{chart.title()}</b><br><br>{empty_text}")
            self.setCurrentWidget(self.empty_page)
        else:
            self.setCurrentWidget(self.view)

    def show_text(self, title: str, text: str) -> None:
        self.empty.setText(f"<b>{title}</b><br><br>{text}")
        self.setCurrentWidget(self.empty_page)

    def showing_chart(self) -> bool:
        return self.currentWidget() is self.view


# ---------------------------------------------------------------------------------------------


class KpiDashboard(QWidget):
    """Emits ``message`` for the status bar. ``as_of`` fixes the day that decides which
    missions are held (tests); None means the real day at each computation."""

    message = Signal(str)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, as_of: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.as_of = as_of
        self.report: KpiReport | None = None
        self.shown_filter: KpiFilter | None = None  # the filter ``report`` was computed for
        self.computing = Lane()  # one computation at a time
        self.exporting = Lane()  # one report written at a time
        self._generation = 0  # bumped by every change of the filters
        self._computing: tuple[int, KpiFilter] = (0, KpiFilter())  # what the work counts
        self._wide: bool | None = None
        self._filters_loaded = False

        self.mission_combo = QComboBox()
        self.mission_combo.setMinimumContentsLength(14)
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cluster_combo = QComboBox()
        self.cluster_combo.setMinimumContentsLength(10)
        self.cluster_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year_combo = QComboBox()
        for combo in (self.mission_combo, self.cluster_combo, self.year_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.busy_label = QLabel("Counting…")
        self.busy_label.setStyleSheet("color: #64748b;")
        self.busy_label.hide()
        self.export_button = QPushButton("&Export report…")
        self.export_button.setToolTip("Save these figures as a PDF (with the charts) or a workbook")
        self.export_button.clicked.connect(self.export_report)
        self.export_action = QAction("&Export KPI report…", self)
        self.export_action.setToolTip(self.export_button.toolTip())
        self.export_action.triggered.connect(self.export_report)
        self.targets_dialog: TargetsDialog | None = None
        self.targets_button = QPushButton("&Targets…")
        self.targets_button.clicked.connect(self.open_targets)
        self.targets_action = QAction("KPI &targets…", self)
        self.targets_action.triggered.connect(self.open_targets)
        self.refresh_action = QAction("&Count again", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.export_progress = QProgressBar()
        self.export_progress.setRange(0, 0)  # busy
        self.export_progress.setMaximumWidth(120)
        self.export_progress.setTextVisible(False)
        self.export_progress.hide()

        self.cards = {spec.key: KpiCard(spec) for spec in CARDS}
        self.scope_label = QLabel()
        self.scope_label.setStyleSheet("color: #475569;")
        self.scope_label.setWordWrap(True)
        self.pipeline_label = QLabel()
        self.pipeline_label.setObjectName("kpiPipeline")
        self.pipeline_label.setWordWrap(True)
        self.pipeline_label.setStyleSheet(
            "QLabel#kpiPipeline { color: #1e3a8a; background: #eff6ff; border: 1px solid "
            "#bfdbfe; border-radius: 4px; padding: 3px 6px; }"
        )
        self.pipeline_label.setToolTip(
            "Missions not held yet (to come, or running): what they have gathered so far is "
            "not in the cards or charts and is never compared with a target"
        )
        self.pipeline_label.hide()
        self.targets_panel = ChartPanel()
        self.funnel_panel = ChartPanel()
        self.outcomes_panel = ChartPanel()
        self.countries = CountryTableModel(self)
        self.countries_view = QTableView()
        self.countries_view.setModel(self.countries)
        self.countries_view.setSortingEnabled(True)
        self.countries_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.countries_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countries_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countries_view.setAlternatingRowColors(True)
        self.countries_view.verticalHeader().hide()
        self.countries_view.setWordWrap(False)
        header = self.countries_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.countries_view.setMinimumHeight(CHART_HEIGHT - 50)

        self._build_layout()
        self._show_nothing()

    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<h2>KPI dashboard</h2>"))
        heading.addStretch(1)
        heading.addWidget(self.export_progress)
        heading.addWidget(self.targets_button)
        heading.addWidget(self.export_button)

        filters = QHBoxLayout()
        for text, combo, stretch in (
            ("&Mission:", self.mission_combo, 3),
            ("C&luster:", self.cluster_combo, 2),
            ("&Year:", self.year_combo, 1),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, stretch)
        filters.addWidget(self.busy_label)

        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(8)
        self.charts_grid = QGridLayout()
        self.charts_grid.setHorizontalSpacing(10)
        self.charts_grid.setVerticalSpacing(10)
        self.countries_box = QWidget()
        countries = QVBoxLayout(self.countries_box)
        countries.setContentsMargins(0, 0, 0, 0)
        countries.setSpacing(4)
        caption = QLabel("By country")
        caption.setStyleSheet("font-size: 11pt; font-weight: bold;")
        countries.addWidget(caption)
        countries.addWidget(self.countries_view, 1)
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
        layout.addLayout(filters)
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
        kept = self.current_filter()
        with self.db.session() as session:
            missions, clusters, years = kpi_filters(session)
        combos = (self.mission_combo, self.cluster_combo, self.year_combo)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.mission_combo.addItem("All missions", "")
        for mission_id, code, name in missions:
            self.mission_combo.addItem(f"{code} — {name}", str(mission_id))
        self.cluster_combo.addItem("All clusters", "")
        for cluster_id, name in clusters:
            self.cluster_combo.addItem(name, str(cluster_id))
        self.year_combo.addItem("All years", "")
        for each in years:
            self.year_combo.addItem(str(each), str(each))
        chosen = (kept.mission_id, kept.cluster_id, kept.year)
        for combo, value in zip(combos, chosen, strict=True):
            index = combo.findData(str(value)) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._filters_loaded = True
        self._filters_changed()

    def set_mission(self, mission_id: uuid.UUID | None) -> None:
        """Show the figures of one mission (None: all missions)."""
        if not self._filters_loaded or (
            mission_id is not None and self.mission_combo.findData(str(mission_id)) < 0
        ):
            self.reload_filters()
        index = self.mission_combo.findData(str(mission_id)) if mission_id is not None else 0
        self.mission_combo.setCurrentIndex(max(index, 0))

    def current_filter(self) -> KpiFilter:
        return KpiFilter(
            mission_id=_uuid(self.mission_combo.currentData()),
            cluster_id=_uuid(self.cluster_combo.currentData()),
            year=int(self.year_combo.currentData()) if self.year_combo.currentData() else None,
        )

    def _filters_changed(self) -> None:
        # One mission has its own dates: its year is not a further choice.
        one_mission = bool(self.mission_combo.currentData())
        if one_mission and self.year_combo.currentIndex() != 0:
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(0)
            self.year_combo.blockSignals(False)
        self.year_combo.setEnabled(not one_mission)
        self.year_combo.setToolTip(
            "A single mission's figures are those of its own dates" if one_mission else ""
        )
        scope = self.target_scope()
        tip = (
            f"Set the targets of {scope.title}"
            if scope is not None
            else "Choose a mission, or a year, to set its targets"
        )
        self.targets_button.setToolTip(tip)
        self.targets_action.setToolTip(tip)
        self.refresh()

    # ------------------------------------------------------------------ computing

    def refresh(self) -> None:
        """Count the figures of the current choice in the background."""
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
            Operation(self, work, action="count the KPIs")
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
            self.message.emit(str(exc))
            self.reload_filters()
            return
        report_error(self, exc, action="count the KPIs")

    # ------------------------------------------------------------------ showing

    def _show_nothing(self) -> None:
        for card in self.cards.values():
            card.show_figure("–")
        self.pipeline_label.hide()
        self.targets_panel.show_text("Targets and actual figures", "Counting…")
        self.funnel_panel.show_text("Meetings funnel", "Counting…")
        self.outcomes_panel.show_text("Follow-up outcomes by cluster", "Counting…")

    def show_report(self, report: KpiReport, kpi_filter: KpiFilter | None = None) -> None:
        self.report = report
        self.shown_filter = kpi_filter
        targets = {t.metric: t for t in report.targets}
        # Nothing held yet: no target can be compared, which is not "no target set".
        none_text = "no target set" if report.held else "not held yet"
        for spec, card in zip(CARDS, self.cards.values(), strict=True):
            if spec.metric is None:
                workshops = report.workshops_held
                card.show_figure(str(report.missions_held))
                card.detail_label.setText(
                    f"and {workshops} workshop{'s' if workshops != 1 else ''}"
                    if workshops
                    else "no workshops"
                )
                continue
            status = targets.get(spec.metric)
            card.show_figure(
                str(report.actual(spec.metric)),
                status.target if status else None,
                status.met if status else None,
                none_text=none_text,
            )
        self.scope_label.setText(self._describe_scope(report))
        pipeline = self._describe_pipeline(report)
        self.pipeline_label.setText(pipeline)
        self.pipeline_label.setVisible(bool(pipeline))

        targets_chart = charts.targets_chart(report)
        if targets_chart is None:
            self.targets_panel.show_text(
                "Targets and actual figures",
                "No targets set for this choice."
                if report.held
                else f"{NOTHING_HELD} Targets are compared with what missions achieved once "
                "they are held.",
            )
        else:
            self.targets_panel.show_chart(targets_chart)
        nothing = "" if report.held else NOTHING_HELD
        self.funnel_panel.show_chart(
            charts.funnel_chart(report),
            ""
            if any(count for _stage, count in report.funnel)
            else nothing or "No meetings requested.",
        )
        self.outcomes_panel.show_chart(
            charts.outcomes_chart(report),
            "" if report.followups else nothing or "No follow-ups recorded for this choice.",
        )
        self.countries.set_rows(report.by_country)

    def _describe_scope(self, report: KpiReport) -> str:
        what = [
            f"Mission {report.mission_code}" if report.mission_code else "All missions",
            report.cluster_name or "all clusters",
        ]
        if report.year is not None:
            what.append(str(report.year))
        meetings = (
            f"{report.meetings_requested} meetings requested, {report.meetings_scheduled} "
            f"scheduled, {report.meetings_no_show} no-show"
            f"{'s' if report.meetings_no_show != 1 else ''}, "
            f"{report.meetings_cancelled} cancelled"
        )
        counted = counted_sentence(report)
        if not report.held:
            return f"{' · '.join(what)} — {counted}"
        return f"{' · '.join(what)} — {counted} In these: {meetings}."

    @staticmethod
    def _describe_pipeline(report: KpiReport) -> str:
        """What is not counted, and what the missions not held yet have gathered so far ("" when
        everything chosen is counted)."""
        left = not_counted_sentence(report)
        if report.pipeline.missions:
            left += f" Pipeline so far: {pipeline_figures(report.pipeline)}."
        return left

    # ------------------------------------------------------------------ targets

    def target_scope(self) -> TargetScope | None:
        """The targets the current choice shows: a mission's (for the chosen cluster, if one
        is), or a year's (for the chosen cluster, or all clusters together); None with neither
        a mission nor a year chosen."""
        kpi_filter = self.current_filter()
        cluster = self.cluster_combo.currentText() if kpi_filter.cluster_id else None
        if kpi_filter.mission_id is not None:
            mission = self.mission_combo.currentText()
            if cluster:
                title = f"{mission}, for {cluster}"
                note = (
                    f"The figures of {cluster}'s members in this mission are compared with "
                    "these; the mission's own targets are those with all clusters chosen."
                )
            else:
                title = mission
                note = (
                    "The mission's figures are compared with these once it is held (its last "
                    "day past, or closed once begun); they then count in the totals of its "
                    "year and of all missions. Before, its figures are the pipeline."
                )
        elif kpi_filter.year is not None:
            year = kpi_filter.year
            title = f"{year}, {cluster}" if cluster else f"{year}, all clusters together"
            if cluster:
                note = (
                    f"Where one is set here, it stands for {cluster} in {year} instead of the "
                    f"sum of its targets in the {year} missions held. Over all years, its "
                    "targets of the years with a held mission add up."
                )
            else:
                note = (
                    f"Where one is set here, it stands for {year} instead of the sum of the "
                    f"targets of the {year} missions held. Over all years, the targets of the "
                    "years with a held mission add up."
                )
        else:
            return None
        return TargetScope(
            kpi_filter.mission_id, kpi_filter.cluster_id, kpi_filter.year, title, note
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
                "KPI targets",
                "Targets are set for a mission, or for a year (for one cluster or for all "
                "clusters together).\n\nChoose a mission, or a year, above; then click "
                "Targets… again.",
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
                self.message.emit(f"Targets of {scope.title} saved.")
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
        if self.exporting.busy():
            return
        kpi_filter = self.current_filter()
        out = dialogs.ask_save_path(
            self,
            "Save the KPI report",
            suggested_report_name(self.report),
            REPORT_FILTERS,
            key="kpi-reports",
            suffixes=REPORT_SUFFIXES,
        )
        if out is None:
            return
        db, as_of, paper, fmt = self.db, self.as_of, default_paper(), report_format(out)

        def work(_progress: Progress, _cancel: threading.Event) -> DocumentReport:
            with db.session() as session:
                return write_kpi_report(session, kpi_filter, out, fmt, paper=paper, as_of=as_of)

        def failed(exc: Exception) -> None:
            self.message.emit("The KPI report was not written.")
            report_error(self, exc, action="write the KPI report")

        self.message.emit(f"Writing the KPI report to {out}…")
        (
            Operation(self, work, action="write the KPI report")
            .disabling(self.export_button, self.export_action)
            .showing(self.export_progress)
            .success(lambda result: self._exported(out, result))
            .failure(failed)
            .run_in_background(self.exporting)
        )

    def _exported(self, out: Path, result: DocumentReport) -> None:
        written = result.paths[0] if result.paths else out
        pages = ""
        if out.suffix.lower() == ".pdf":
            pages = f" ({result.pages} page{'s' if result.pages != 1 else ''})"
        self.message.emit(f"KPI report written to {written}{pages}.")


def _uuid(data: object) -> uuid.UUID | None:
    return uuid.UUID(data) if isinstance(data, str) and data else None
