"""A place for one of the dashboard's charts: the chart, or a sentence when there is nothing to
draw; and what the three panels show of a report (the charts themselves are built in
``charts``)."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from pimap_desktop.gui.kpi import charts
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.services.kpi.kpi import KpiReport

CHART_HEIGHT = 270
NOTHING_HELD = QT_TRANSLATE_NOOP(
    "KpiChartPanels", "Nothing chosen is held yet: what is planned is in the pipeline above."
)
TARGETS_TITLE = QT_TRANSLATE_NOOP("KpiChartPanels", "Targets and actual figures")


class KpiChartPanels(TranslationContext):
    """The translation context of what the chart panels say instead of a chart."""


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


def show_counting(targets: ChartPanel, funnel: ChartPanel, outcomes: ChartPanel) -> None:
    """While the first figures are counted."""
    counting = KpiChartPanels.tr("Counting…")
    targets.show_text(KpiChartPanels.tr(TARGETS_TITLE), counting)
    funnel.show_text(KpiChartPanels.tr("Meetings funnel"), counting)
    outcomes.show_text(KpiChartPanels.tr("Follow-up outcomes by cluster"), counting)


def show_charts(
    report: KpiReport, targets: ChartPanel, funnel: ChartPanel, outcomes: ChartPanel
) -> None:
    """The report's targets against its figures, its meetings funnel and its follow-up
    outcomes; a sentence instead of a chart with nothing to draw."""
    targets_chart = charts.targets_chart(report)
    if targets_chart is None:
        targets.show_text(
            KpiChartPanels.tr(TARGETS_TITLE),
            KpiChartPanels.tr("No targets set for this choice.")
            if report.held
            else arg(
                KpiChartPanels.tr(
                    "%1 Targets are compared with what missions achieved once they are held."
                ),
                KpiChartPanels.tr(NOTHING_HELD),
            ),
        )
    else:
        targets.show_chart(targets_chart)
    nothing = "" if report.held else KpiChartPanels.tr(NOTHING_HELD)
    funnel.show_chart(
        charts.funnel_chart(report),
        ""
        if any(count for _stage, count in report.funnel)
        else nothing or KpiChartPanels.tr("No meetings requested."),
    )
    outcomes.show_chart(
        charts.outcomes_chart(report),
        ""
        if report.followups
        else nothing or KpiChartPanels.tr("No follow-ups recorded for this choice."),
    )
