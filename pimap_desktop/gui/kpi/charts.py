"""The dashboard's charts, built from a ``KpiReport``: targets against actual figures, the
meetings funnel and the follow-up outcomes by cluster.

Each function returns a new ``QChart`` (the view that shows it takes it over); the charts have
no animation, so what the screen or a screenshot shows is the final picture, and hovering a bar
shows its exact figures in a tooltip.
"""

from __future__ import annotations

import html
import itertools
import math
import textwrap
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarLegendMarker,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLegend,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPen
from PySide6.QtWidgets import QToolTip

from pimap_desktop.domain.enums import FollowUpOutcome, KpiMetric
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.services.kpi.kpi import NONE_KEY, KpiReport, TargetStatus, funnel_note


class KpiCharts(TranslationContext):
    """The translation context of the dashboard's charts; their labels below are marked in
    it and translated where they are drawn."""


# What a person reads on the dashboard (the enum's own labels are for data files).
METRIC_LABELS: dict[KpiMetric, str] = {
    KpiMetric.SMES_ENGAGED: QT_TRANSLATE_NOOP("KpiCharts", "SMEs engaged"),
    KpiMetric.PARTICIPANTS: QT_TRANSLATE_NOOP("KpiCharts", "Participants"),
    KpiMetric.MEETINGS_REQUESTED: QT_TRANSLATE_NOOP("KpiCharts", "Meetings requested"),
    KpiMetric.MEETINGS_SCHEDULED: QT_TRANSLATE_NOOP("KpiCharts", "Meetings scheduled"),
    KpiMetric.MEETINGS_HELD: QT_TRANSLATE_NOOP("KpiCharts", "Meetings held"),
    KpiMetric.FOLLOWUPS: QT_TRANSLATE_NOOP("KpiCharts", "Follow-ups"),
    KpiMetric.AGREEMENTS_SIGNED: QT_TRANSLATE_NOOP("KpiCharts", "Agreements signed"),
    KpiMetric.MOUS_SIGNED: QT_TRANSLATE_NOOP("KpiCharts", "MoUs signed"),
}

# Short enough for a legend beside the chart; the full label is in the tooltip.
OUTCOME_LABELS: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.NO_INTEREST: QT_TRANSLATE_NOOP("KpiCharts", "No interest"),
    FollowUpOutcome.INFORMATION_EXCHANGED: QT_TRANSLATE_NOOP("KpiCharts", "Information exchanged"),
    FollowUpOutcome.FOLLOWUP_MEETING_PLANNED: QT_TRANSLATE_NOOP("KpiCharts", "Meeting planned"),
    FollowUpOutcome.PROPOSAL_SENT: QT_TRANSLATE_NOOP("KpiCharts", "Proposal sent"),
    FollowUpOutcome.AGREEMENT_NEGOTIATION: QT_TRANSLATE_NOOP("KpiCharts", "Under negotiation"),
    FollowUpOutcome.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("KpiCharts", "Agreement signed"),
    FollowUpOutcome.MOU_SIGNED: QT_TRANSLATE_NOOP("KpiCharts", "MoU signed"),
}

# From "nothing came of it" (grey) through talks (blues, amber) to signatures (greens).
OUTCOME_COLOURS: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.NO_INTEREST: "#9ca3af",
    FollowUpOutcome.INFORMATION_EXCHANGED: "#bfdbfe",
    FollowUpOutcome.FOLLOWUP_MEETING_PLANNED: "#60a5fa",
    FollowUpOutcome.PROPOSAL_SENT: "#2563eb",
    FollowUpOutcome.AGREEMENT_NEGOTIATION: "#f59e0b",
    FollowUpOutcome.AGREEMENT_SIGNED: "#16a34a",
    FollowUpOutcome.MOU_SIGNED: "#065f46",
}

ACTUAL_COLOUR = "#f59e0b"  # amber: below target
MET_COLOUR = "#16a34a"  # green: target reached
TARGET_LABEL = QT_TRANSLATE_NOOP("KpiCharts", "Target")
MET_LABEL = QT_TRANSLATE_NOOP("KpiCharts", "Actual: target met")
BELOW_LABEL = QT_TRANSLATE_NOOP("KpiCharts", "Actual: below target")
TARGET_COLOUR = "#cbd5e1"
FUNNEL_COLOUR = "#2563eb"
NO_CLUSTER = QT_TRANSLATE_NOOP("KpiCharts", "No cluster")
CLUSTER_LABEL_CHARS = 22

TITLE_POINTS = 11
LABEL_POINTS = 9


def cluster_label(key: str) -> str:
    """A cluster's name as the chart's axis shows it (axis labels are rich text): "No cluster"
    for the "(none)" row, a long name on two lines, cut with an ellipsis after that (the
    tooltip has it whole)."""
    if key == NONE_KEY:
        return KpiCharts.tr(NO_CLUSTER)
    return "<br>".join(html.escape(line) for line in two_lines(key, CLUSTER_LABEL_CHARS))


def two_lines(text: str, width: int) -> list[str]:
    lines = textwrap.wrap(text, width) or [text]
    if len(lines) <= 2:
        return lines
    second = " ".join(lines[1:])
    return [lines[0], second[: width - 1].rstrip(" ,-–") + "…"]


def percent(part: int, whole: int) -> str:
    return arg(KpiCharts.tr("%1 %", "a percentage"), round(100 * part / whole)) if whole else "–"


# --------------------------------------------------------------------------- common look


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_font(TITLE_POINTS, bold=True))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    legend = chart.legend()
    legend.setFont(_font(LABEL_POINTS))
    return chart


def nice_step(largest: float) -> int:
    """A whole step of 1, 2 or 5 times a power of ten, for at most about six ticks."""
    if largest <= 5:
        return 1
    raw = largest / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


def value_axis(largest: float, *, headroom: float = 1.12) -> QValueAxis:
    """A count axis from 0 with whole-number ticks and room past the largest bar for its
    label."""
    step = nice_step(largest * headroom)
    top = max(step, math.ceil(largest * headroom / step) * step)
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")
    axis.setLabelsFont(_font(LABEL_POINTS))
    axis.setGridLineColor(QColor("#e5e7eb"))
    return axis


def category_axis(categories: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    axis.setTruncateLabels(False)  # cut once at a first, narrow layout, they stay cut
    axis.setLabelsFont(_font(LABEL_POINTS))
    axis.setGridLineVisible(False)
    return axis


def _attach(
    chart: QChart,
    series: QAbstractBarSeries,
    categories: QBarCategoryAxis,
    values: QValueAxis,
    *,
    horizontal: bool,
) -> None:
    chart.addSeries(series)
    category_side, value_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(categories, category_side)
    chart.addAxis(values, value_side)
    series.attachAxis(categories)
    series.attachAxis(values)


def _tooltips(series: QAbstractBarSeries, text: Callable[[QBarSet, int], str]) -> None:
    """Show ``text(bar set, category index)`` while the mouse is over a bar."""

    def hovered(status: bool, index: int, bar_set: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), text(bar_set, index))
        else:
            QToolTip.hideText()

    series.hovered.connect(hovered)


def _bar_set(label: str, values: Sequence[int], colour: str) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(QColor(colour))
    bar_set.setBorderColor(QColor("white"))  # a thin gap between stacked parts
    bar_set.setLabelColor(QColor("#111827"))
    bar_set.setLabelFont(_font(LABEL_POINTS))
    return bar_set


# --------------------------------------------------------------------------- the charts


def targeted(report: KpiReport) -> list[TargetStatus]:
    """The figures that have a target, in the order of ``KpiMetric``."""
    return [t for t in report.targets if t.target is not None]


def targets_chart(report: KpiReport) -> QChart | None:
    """Actual against target, one pair of horizontal bars per figure with a target (the first
    figure on top); an actual bar is green where the target is met, amber where not. None when
    no figure has a target."""
    rows = targeted(report)
    if not rows:
        return None
    rows.reverse()  # a horizontal bar chart draws its first category at the bottom
    chart = new_chart(KpiCharts.tr("Targets and actual figures"))
    actual = _bar_set(KpiCharts.tr("Actual"), [t.actual for t in rows], ACTUAL_COLOUR)
    actual.setSelectedColor(QColor(MET_COLOUR))
    actual.selectBars([i for i, t in enumerate(rows) if t.met])
    target = _bar_set(KpiCharts.tr(TARGET_LABEL), [t.target or 0 for t in rows], TARGET_COLOUR)
    series = QHorizontalBarSeries()
    series.append(target)
    series.append(actual)  # drawn above its target
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.8)
    largest = max(max(t.actual, t.target or 0) for t in rows)
    _attach(
        chart,
        series,
        category_axis([KpiCharts.tr(METRIC_LABELS[t.metric]) for t in rows]),
        value_axis(largest, headroom=1.15),
        horizontal=True,
    )
    _actual_legend(chart, series, actual, met=[t.met is True for t in rows])

    def text(_bar_set: QBarSet, index: int) -> str:
        row = rows[index]
        template = (
            KpiCharts.tr("%1: %2 of %3 (%4, target met)")
            if row.met
            else KpiCharts.tr("%1: %2 of %3 (%4, below target)")
        )
        return arg(
            template,
            KpiCharts.tr(METRIC_LABELS[row.metric]),
            row.actual,
            row.target,
            percent(row.actual, row.target or 0),
        )

    _tooltips(series, text)
    return chart


def _actual_legend(
    chart: QChart, series: QAbstractBarSeries, actual: QBarSet, *, met: Sequence[bool]
) -> None:
    """The legend of the targets chart: "Target", then one swatch per colour the actual bars
    really have ("Actual: target met" in green, "Actual: below target" in amber). A bar set has
    one colour in the legend; the actual bars have two (met ones are drawn selected), so the
    actual set's own marker is hidden and each colour gets a marker of its own: an empty
    series, which draws nothing."""
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)
    for marker in legend.markers(series):
        if isinstance(marker, QBarLegendMarker) and marker.barset() is actual:
            marker.setVisible(False)
    for shown, label, colour in (
        (any(met), MET_LABEL, MET_COLOUR),
        (not all(met), BELOW_LABEL, ACTUAL_COLOUR),
    ):
        if not shown:
            continue
        swatch = QScatterSeries()
        swatch.setName(KpiCharts.tr(label))
        swatch.setColor(QColor(colour))
        swatch.setBorderColor(QColor(colour))
        chart.addSeries(swatch)
        for axis in series.attachedAxes():
            swatch.attachAxis(axis)
        for marker in legend.markers(swatch):
            marker.setPen(QPen(QColor("white")))  # as the bar sets' swatches


def legend_entries(chart: QChart) -> list[tuple[str, str]]:
    """(label, colour) of each visible legend marker, in order: what a reader sees."""
    return [
        (marker.label(), marker.brush().color().name())
        for marker in chart.legend().markers()
        if marker.isVisible()
    ]


def funnel_chart(report: KpiReport) -> QChart:
    """Requested → Scheduled → Held → Followed up → Agreement or MoU, one bar per stage with
    its count; the tooltip gives each stage as a share of the stage before. The last stage
    counts meetings, the cards signatures: where they differ, the axis title says so (and the
    last bar's tooltip says why)."""
    stages = list(report.funnel)
    chart = new_chart(KpiCharts.tr("Meetings funnel"))
    bar_set = _bar_set(KpiCharts.tr("Meetings"), [count for _stage, count in stages], FUNNEL_COLOUR)
    series = QBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.6)
    largest = max((count for _stage, count in stages), default=0)
    stage_axis = category_axis(funnel_labels(stages))
    title = KpiCharts.tr("under each stage: its share of the stage before")
    signed = report.agreements_signed + report.mous_signed
    if stages and signed != stages[-1][1]:  # say why the last stage is not the cards' figure
        title += "<br>" + arg(
            KpiCharts.tr("%1: meetings; the cards count signatures (%2 agreements, %3 MoUs)"),
            html.escape(stages[-1][0]),
            report.agreements_signed,
            report.mous_signed,
        )
    stage_axis.setTitleText(title)
    stage_axis.setTitleFont(_font(LABEL_POINTS - 1))
    stage_axis.setTitleBrush(QColor("#64748b"))
    _attach(chart, series, stage_axis, value_axis(largest, headroom=1.15), horizontal=False)
    chart.legend().hide()

    note = funnel_note(report)

    def text(_bar_set: QBarSet, index: int) -> str:
        stage, count = stages[index]
        if index == 0:
            return arg(KpiCharts.tr("%1: %2 meetings (distinct pairs)"), stage, count)
        before, previous = stages[index - 1]
        shown = arg(
            KpiCharts.tr("%1: %2 (%3 of %4)"),
            stage,
            count,
            percent(count, previous),
            before.lower(),
        )
        if index == len(stages) - 1 and note:
            shown += "\n" + "\n".join(textwrap.wrap(note, 60))
        return shown

    _tooltips(series, text)
    return chart


def funnel_labels(stages: Sequence[tuple[str, int]]) -> list[str]:
    """Each stage with, below it, its share of the stage before."""
    labels = [stages[0][0]] if stages else []
    for (_before, previous), (stage, count) in itertools.pairwise(stages):
        labels.append(f"{_two_lines(stage)}<br><small>{percent(count, previous)}</small>")
    return labels


def _two_lines(text: str, width: int = 12) -> str:
    """A long stage name on two lines ("Agreement<br>or MoU"): Qt hides a category label that
    is wider than its bar's column."""
    words = text.split()
    if len(text) <= width or len(words) < 2:
        return text
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(text) / 2))
    return " ".join(words[:cut]) + "<br>" + " ".join(words[cut:])


def outcomes_chart(report: KpiReport) -> QChart:
    """Follow-ups by outcome for each cluster: one stacked bar per cluster (the first cluster
    on top), one bar set per outcome in the order of ``FollowUpOutcome``."""
    clusters = list(reversed(report.by_cluster))
    chart = new_chart(KpiCharts.tr("Follow-up outcomes by cluster"))
    series = QHorizontalStackedBarSeries()
    for outcome in FollowUpOutcome:
        series.append(
            _bar_set(
                KpiCharts.tr(OUTCOME_LABELS[outcome]),
                [b.outcomes[outcome] for b in clusters],
                OUTCOME_COLOURS[outcome],
            )
        )
    series.setBarWidth(0.65)
    largest = max((b.followups for b in clusters), default=0)
    _attach(
        chart,
        series,
        category_axis([cluster_label(b.key) for b in clusters]),
        value_axis(largest, headroom=1.05),
        horizontal=True,
    )
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    outcome_of = {KpiCharts.tr(OUTCOME_LABELS[o]): o for o in FollowUpOutcome}

    def text(bar_set: QBarSet, index: int) -> str:
        cluster = clusters[index]
        name = KpiCharts.tr(NO_CLUSTER) if cluster.key == NONE_KEY else cluster.key
        outcome = outcome_of[bar_set.label()]
        count = cluster.outcomes[outcome]
        return arg(
            KpiCharts.tr("%1\n%2: %3 of %4 follow-ups (%5)"),
            name,
            enum_label(outcome),
            count,
            cluster.followups,
            percent(count, cluster.followups),
        )

    _tooltips(series, text)
    return chart
