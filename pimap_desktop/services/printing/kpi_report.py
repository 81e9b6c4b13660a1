"""The KPI report sent to the funder: a PDF with tables and charts, or an XLSX workbook.

Both are made from one ``compute_kpis`` report, so they show the figures of the dashboard and of
``pimap kpi`` for the same choice of mission, cluster and year, and the same "as of" day. The
PDF (portrait, A4 or Letter) has the scope and, in words, what is counted (the missions held by
the "as of" day, named, with their dates) and what is not (the missions not held yet, the
drafts), the key figures against their targets, three charts (targets vs actual, the meetings
funnel, follow-up outcomes by cluster) drawn with ``reportlab.graphics``, the figures by
cluster, country and year, the pipeline apart (what the missions not held yet have gathered),
and what each figure counts. The workbook has one sheet per table, the pipeline on its own
sheet; numbers are number cells, names are text cells (never formulas, whatever a cluster is
called). Either file is written whole or not at all.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.textlabels import Label
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import FollowUpOutcome, KpiMetric
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Mission
from pimap_desktop.services.exporting import write_file, xlsx_text
from pimap_desktop.services.kpi.kpi import (
    NONE_KEY,
    Breakdown,
    KpiFilter,
    KpiReport,
    Pipeline,
    compute_kpis,
    describe_counting,
    funnel_note,
    missions_phrase,
)
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.printing.agenda import Layout, build_framed_pdf
from pimap_desktop.services.printing.common import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    Branding,
    DocumentReport,
    PageFrame,
    Paper,
    colour,
    country_name,
    date_range,
    escape,
    mission_branding,
    partnership_branding,
    register_fonts,
    styles,
    text_width,
    wrap_lines,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

ReportFormat = Literal["pdf", "xlsx"]
FORMATS: tuple[ReportFormat, ...] = ("pdf", "xlsx")

# ---------------------------------------------------------------------------------------------
# What the report shows


@dataclass(frozen=True)
class Figure:
    """One figure of the report: the attribute of ``KpiReport``/``Breakdown`` that holds it, how
    it is called on paper, and the metric its target is set for (None: it has no target)."""

    key: str
    label: str
    column: str  # the heading of a narrow column of a printed table
    metric: KpiMetric | None = None


FIGURES: tuple[Figure, ...] = (
    Figure("missions_held", "Missions held", "Missions held"),
    Figure("workshops_held", "Workshops held", "Workshops held"),
    Figure("smes_engaged", "SMEs engaged", "SMEs engaged", KpiMetric.SMES_ENGAGED),
    Figure("participants", "Participants", "Participants", KpiMetric.PARTICIPANTS),
    Figure(
        "meetings_requested",
        "Meetings requested",
        "Meetings requested",
        KpiMetric.MEETINGS_REQUESTED,
    ),
    Figure(
        "meetings_scheduled",
        "Meetings scheduled",
        "Meetings scheduled",
        KpiMetric.MEETINGS_SCHEDULED,
    ),
    Figure("meetings_held", "Meetings held", "Meetings held", KpiMetric.MEETINGS_HELD),
    Figure("meetings_no_show", "Meetings with a no-show", "No-shows"),
    Figure("meetings_cancelled", "Meetings cancelled", "Cancelled"),
    Figure("followups", "Follow-ups", "Follow-ups", KpiMetric.FOLLOWUPS),
    Figure("agreements_signed", "Agreements signed", "Agreements", KpiMetric.AGREEMENTS_SIGNED),
    Figure("mous_signed", "MoUs signed", "MoUs", KpiMetric.MOUS_SIGNED),
)
FIGURE_OF = {f.key: f for f in FIGURES}

# The columns of the printed tables by cluster and by country (the workbook has every figure).
BREAKDOWN_KEYS = (
    "smes_engaged",
    "participants",
    "meetings_held",
    "followups",
    "agreements_signed",
    "mous_signed",
)
YEAR_KEYS = ("missions_held", "workshops_held", *BREAKDOWN_KEYS)

# From no interest (grey) through talks (blues, violet, amber) to signatures (greens).
OUTCOME_COLOURS: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.NO_INTEREST: "#9ca3af",
    FollowUpOutcome.INFORMATION_EXCHANGED: "#93c5fd",
    FollowUpOutcome.FOLLOWUP_MEETING_PLANNED: "#2563eb",
    FollowUpOutcome.PROPOSAL_SENT: "#8b5cf6",
    FollowUpOutcome.AGREEMENT_NEGOTIATION: "#f59e0b",
    FollowUpOutcome.AGREEMENT_SIGNED: "#16a34a",
    FollowUpOutcome.MOU_SIGNED: "#065f46",
}

# What each figure counts: the gist of ``services/kpi/kpi.py``'s docstring, for the reader.
DEFINITIONS: tuple[tuple[str, str], ...] = (
    (
        "Participants",
        "distinct people with a confirmed or checked-in registration (cancelled and no-show "
        "registrations never count); <b>SMEs engaged</b>: distinct SME organisations of the "
        "participants.",
    ),
    (
        "Meetings",
        "<i>requested</i>: distinct pairs among the meeting requests, declined ones included; "
        "<i>scheduled</i>: every meeting not cancelled; <i>held</i> and <i>no-show</i> by the "
        "meeting's status.",
    ),
    (
        "Follow-ups",
        "follow-up records by outcome, each counted with its mission (its own, else its "
        "meeting's); one of no mission counts in no figure. Each one with the outcome "
        "“agreement or contract signed” is one agreement, each “MoU signed” one MoU. Funnel: "
        "<i>followed up</i> and <i>agreement or MoU</i> count held meetings with such "
        "follow-ups.",
    ),
    (
        "Missions held",
        "every figure and every target counts only the missions held by the “as of” date: "
        "over, or closed once begun. The missions not held yet (to come, or running) are the "
        "pipeline: counted apart, never added to the figures nor compared with targets. Drafts "
        "count in neither. Every figure is credited to the year its mission began.",
    ),
    (
        "Clusters and countries",
        "those of each person's organisation. A meeting or follow-up between two clusters or "
        "countries counts in each, so the rows of a breakdown may add up to more than the total.",
    ),
)


def figure(figures: KpiReport | Breakdown | Pipeline, key: str) -> int:
    return int(getattr(figures, key))


def percent(ratio: float) -> str:
    return f"{ratio * 100:.0f}%"


def number(value: int) -> str:
    return f"{value:,}"


def cluster_label(key: str) -> str:
    return "No cluster" if key == NONE_KEY else key


def country_label(key: str) -> str:
    return "No country" if key == NONE_KEY else f"{country_name(key)} ({key})"


# ---------------------------------------------------------------------------------------------
# Scope


@dataclass(frozen=True)
class Scope:
    """What the figures are about, in words."""

    short: str  # in the page header: "PW2026" or "All missions"
    text: str  # under the title: mission code and name, dates, cluster, year
    branding: Branding


def report_scope(session: Session, report: KpiReport, mission: Mission | None) -> Scope:
    parts: list[str] = []
    if mission is not None:
        parts.append(
            f"{mission.code} — {mission.name}, {date_range(mission.start_date, mission.end_date)}"
        )
        short = mission.code
        branding = mission_branding(session, mission)
    else:
        parts.append("All missions" + (f" of {report.year}" if report.year is not None else ""))
        short = parts[0]
        branding = partnership_branding(session)
    if report.cluster_name is not None:
        parts.append(f"Cluster: {report.cluster_name}")
        short += f" · {report.cluster_name}"
    if mission is not None and report.year is not None:
        parts.append(f"Year: {report.year}")
    return Scope(short=short, text=" · ".join(parts), branding=branding)


# ---------------------------------------------------------------------------------------------
# Public API


def write_kpi_report(
    session: Session,
    kpi_filter: KpiFilter,
    out: Path,
    fmt: ReportFormat,
    *,
    paper: Paper = Paper.A4,
    as_of: date | None = None,
    printed_on: date | None = None,
) -> DocumentReport:
    """The KPI report for ``kpi_filter`` as a PDF or an XLSX file at ``out``, written whole or
    not at all. ``as_of`` decides which missions are held (as in ``compute_kpis``); ``items``
    counts the rows of figures written: the key figures and the rows by cluster, country, year."""
    if fmt not in FORMATS:
        raise ValidationError(f"Unknown format '{fmt}': use pdf or xlsx.", "format")
    report = compute_kpis(session, kpi_filter, as_of=as_of)
    mission = get_mission(session, kpi_filter.mission_id) if kpi_filter.mission_id else None
    scope = report_scope(session, report, mission)
    printed = printed_on or date.today()
    items = len(FIGURES) + len(report.by_cluster) + len(report.by_country) + len(report.by_year)
    if fmt == "pdf":
        layout = Layout(paper.size)
        story = kpi_story(report, scope, layout)
        frame = PageFrame(
            f"KPI report — {scope.short}",
            scope.branding,
            printed,
            statement=scope.branding.statement,
        )
        pages = build_framed_pdf(out, story, layout=layout, frame=frame, cancel=None)
        return DocumentReport("kpi", (out.expanduser(),), pages, items)
    write_file(out, lambda partial: partial.write_bytes(kpi_workbook(report, scope, printed)))
    return DocumentReport("kpi", (out.expanduser(),), 0, items)


# ---------------------------------------------------------------------------------------------
# The PDF


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    scope: ParagraphStyle
    line: ParagraphStyle
    counted: ParagraphStyle
    heading: ParagraphStyle
    definition: ParagraphStyle
    note: ParagraphStyle
    head: ParagraphStyle
    head_number: ParagraphStyle
    cell: ParagraphStyle
    number: ParagraphStyle
    met: ParagraphStyle
    missed: ParagraphStyle


@cache
def report_styles() -> ReportStyles:
    base = styles()
    number_style = ParagraphStyle("kpi_number", base["cell"], alignment=2)
    head = ParagraphStyle("kpi_head", base["cell_bold"], fontSize=8, textColor=colors.white)
    return ReportStyles(
        title=base["title"],
        scope=ParagraphStyle(
            "kpi_scope", base["body"], fontName=FONT_BOLD, fontSize=11, leading=14
        ),
        line=ParagraphStyle("kpi_line", base["body"], textColor=MUTED, spaceAfter=6),
        counted=ParagraphStyle("kpi_counted", base["body"], textColor=INK, spaceBefore=2),
        heading=ParagraphStyle("kpi_heading", base["h1"], keepWithNext=1, spaceBefore=10),
        definition=ParagraphStyle("kpi_definition", base["small"], textColor=INK, spaceAfter=1.5),
        note=ParagraphStyle("kpi_note", base["muted"], spaceBefore=3),
        head=head,
        head_number=ParagraphStyle("kpi_head_number", head, alignment=2),
        cell=base["cell"],
        number=number_style,
        met=ParagraphStyle(
            "kpi_met", number_style, fontName=FONT_BOLD, textColor=colors.HexColor("#15803d")
        ),
        missed=ParagraphStyle(
            "kpi_missed", number_style, fontName=FONT_BOLD, textColor=colors.HexColor("#b91c1c")
        ),
    )


def kpi_story(report: KpiReport, scope: Scope, layout: Layout) -> list[Flowable]:
    """Title, scope and what is counted, key figures, the three charts, the breakdown tables,
    the pipeline (missions not held yet, apart), then what the figures count (at the end, so
    that the key figures and their chart share the first page)."""
    register_fonts()
    look = report_styles()
    accent = colour(scope.branding.colour)
    width = layout.width
    story: list[Flowable] = [
        Paragraph("KPI report", look.title),
        Paragraph(escape(scope.text), look.scope),
        Paragraph(escape(describe_counting(report)), look.counted),
        Paragraph(
            "Counted from the records themselves (registrations, meetings, follow-ups), never "
            "from typed-in totals; what each figure counts is explained at the end.",
            look.line,
        ),
        Paragraph("Key figures", look.heading),
        headline_table(report, width, look, accent),
        _section(
            "Targets and actual",
            [targets_chart(report, width, accent) or Paragraph(no_target_text(report), look.note)],
        ),
        _section(
            "Meetings funnel",
            [
                funnel_chart(report, width, accent),
                Paragraph(escape(f"{FUNNEL_NOTE} {funnel_note(report)}".strip()), look.note),
            ],
        ),
    ]
    story += outcomes_section(report, width, look, accent)
    tables = (
        ("By cluster", "Cluster", [(cluster_label(b.key), b) for b in report.by_cluster]),
        ("By country", "Country", [(country_label(b.key), b) for b in report.by_country]),
        ("By year", "Year", [(str(year), b) for year, b in report.by_year]),
    )
    for title, first, rows in tables:
        keys = YEAR_KEYS if first == "Year" else BREAKDOWN_KEYS
        story.append(_section(title, [breakdown_table(first, rows, keys, width, look, accent)]))
    story += pipeline_section(report, width, look, accent)
    story.append(
        _section(
            "What the figures count",
            [Paragraph(f"<b>{name}</b>: {text}", look.definition) for name, text in DEFINITIONS],
        )
    )
    return story


def outcomes_section(
    report: KpiReport, width: float, look: ReportStyles, accent: colors.Color
) -> list[Flowable]:
    """The outcomes chart (or charts, for many clusters) and the table of every outcome; only
    a sentence when nothing was followed up."""
    title = "Follow-up outcomes by cluster"
    charts = outcomes_charts(report, width)
    if not report.followups:
        return [_section(title, [*charts, Paragraph(NO_FOLLOWUP, look.note)])]
    table = [Spacer(1, 6), outcomes_table(report, width, look, accent)]
    if len(charts) <= 1:
        return [_section(title, [*charts, *table])]
    return [_section(title, charts[:1]), *charts[1:], KeepTogether(table)]


NO_TARGET = "No target is set for this choice."
NOTHING_HELD = (
    "Nothing chosen is held yet: targets are compared with what missions achieved once they "
    "are held."
)
NO_FOLLOWUP = "No follow-up is recorded for this choice."
FUNNEL_NOTE = (
    "Requested: distinct pairs asked for. Scheduled: meetings not cancelled. Held: meetings "
    "held. Followed up: held meetings with a follow-up. Agreement or MoU: held meetings with an "
    "agreement or MoU signed. Percentages: of the stage before."
)
# The pipeline's columns: what missions to come have gathered so far (every figure in the
# workbook).
PIPELINE_ROWS = tuple(f.key for f in FIGURES if f.key not in ("missions_held", "workshops_held"))
PIPELINE_KEYS = (
    "participants",
    "smes_engaged",
    "meetings_requested",
    "meetings_scheduled",
    "meetings_held",
    "followups",
)


def no_target_text(report: KpiReport) -> str:
    return NO_TARGET if report.held else NOTHING_HELD


def pipeline_section(
    report: KpiReport, width: float, look: ReportStyles, accent: colors.Color
) -> list[Flowable]:
    """The missions not held yet and what they have gathered so far, apart from the figures
    above; nothing when every mission chosen is held."""
    planned = report.pipeline
    if not planned.missions:
        return []
    listed = "; ".join(
        f"{m.code} ({date_range(m.start, m.end)}{', running' if m.start <= report.as_of else ''})"
        for m in planned.missions
    )
    intro = (
        f"{missions_phrase(planned.missions)} not held yet by "
        f"{report.as_of.day} {report.as_of:%B %Y}: {listed}. What they have gathered so far is "
        "not in the figures above and is not compared with any target."
    )
    headings = [FIGURE_OF[k].column for k in PIPELINE_KEYS]
    header = [Paragraph("Planned", look.head)] + [Paragraph(h, look.head_number) for h in headings]
    row = [Paragraph("Pipeline", look.cell)] + [
        Paragraph(number(figure(planned, k)), look.number) for k in PIPELINE_KEYS
    ]
    table = Table(
        [header, row],
        colWidths=_column_widths("Planned", ["Pipeline"], headings, width, look),
        hAlign="LEFT",
    )
    table.setStyle(_table_style(accent, 2))
    return [
        _section("Pipeline: planned, not counted", [Paragraph(escape(intro), look.line), table])
    ]


def _section(title: str, content: Sequence[Flowable]) -> Flowable:
    """A heading kept on the page of what it introduces (a long table may still split)."""
    return KeepTogether([Paragraph(title, report_styles().heading), *content])


def _table_style(accent: colors.Color, rows: int) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), accent),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, rows, 2)]
    return TableStyle(commands)


def headline_table(
    report: KpiReport, width: float, look: ReportStyles, accent: colors.Color
) -> Table:
    """Metric, actual, target, % of target, met: a target only where one is set."""
    targets = {t.metric: t for t in report.targets}
    rows: list[list[Paragraph]] = [
        [
            Paragraph("Metric", look.head),
            Paragraph("Actual", look.head_number),
            Paragraph("Target", look.head_number),
            Paragraph("% of target", look.head_number),
            Paragraph("Met", look.head_number),
        ]
    ]
    for f in FIGURES:
        status = targets.get(f.metric) if f.metric is not None else None
        target = status.target if status is not None else None
        cells = ["", "", ""]
        met_style = look.number
        if status is not None and target is not None:
            ratio = status.ratio
            cells = [number(target), percent(ratio) if ratio is not None else "—", "✓"]
            if not status.met:
                cells[2], met_style = "✗", look.missed
            else:
                met_style = look.met
        rows.append(
            [
                Paragraph(f.label, look.cell),
                Paragraph(number(figure(report, f.key)), look.number),
                Paragraph(cells[0], look.number),
                Paragraph(cells[1], look.number),
                Paragraph(cells[2], met_style),
            ]
        )
    shares = (0.44, 0.14, 0.14, 0.16, 0.12)
    table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(accent, len(rows)))
    return table


def outcomes_table(
    report: KpiReport, width: float, look: ReportStyles, accent: colors.Color
) -> Table:
    """Every outcome with its count over the whole choice, and its share of the follow-ups."""
    total = report.followups
    rows: list[list[Flowable]] = [
        [
            Paragraph("Outcome", look.head),
            Paragraph("Follow-ups", look.head_number),
            Paragraph("Share", look.head_number),
        ]
    ]
    for outcome in FollowUpOutcome:
        count = report.followups_by_outcome[outcome]
        swatch = f'<font color="{OUTCOME_COLOURS[outcome]}">■</font> '
        rows.append(
            [
                Paragraph(swatch + escape(outcome.label), look.cell),
                Paragraph(number(count), look.number),
                Paragraph(percent(count / total) if total else "—", look.number),
            ]
        )
    rows.append(
        [
            Paragraph("<b>All follow-ups</b>", look.cell),
            Paragraph(f"<b>{number(total)}</b>", look.number),
            Paragraph("", look.number),
        ]
    )
    shares = (0.5, 0.18, 0.14)
    table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(accent, len(rows)))
    return table


def breakdown_table(
    first: str,
    rows: Sequence[tuple[str, Breakdown]],
    keys: Sequence[str],
    width: float,
    look: ReportStyles,
    accent: colors.Color,
) -> Flowable:
    if not rows:
        return Paragraph("No figures.", look.note)
    headings = [FIGURE_OF[k].column for k in keys]
    header = [Paragraph(first, look.head)] + [Paragraph(h, look.head_number) for h in headings]
    body = [
        [Paragraph(escape(name), look.cell)]
        + [Paragraph(number(figure(b, k)), look.number) for k in keys]
        for name, b in rows
    ]
    table = Table(
        [header, *body],
        colWidths=_column_widths(first, [name for name, _ in rows], headings, width, look),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(_table_style(accent, len(body) + 1))
    return table


def _column_widths(
    first: str, names: Sequence[str], headings: Sequence[str], width: float, look: ReportStyles
) -> list[float]:
    """Number columns as wide as the longest word of their heading (a heading never breaks
    inside a word); the names' column as wide as its longest name when there is room (longer
    names wrap); what is left is shared by the number columns."""
    padding = 8 + 4

    def widest(words: Sequence[str], style: ParagraphStyle) -> float:
        return max((text_width(w, style.fontName, style.fontSize) for w in words), default=0.0)

    numbers = [max(widest(h.split(), look.head_number) + padding, 40.0) for h in headings]
    available = width - sum(numbers)
    need = max(widest(names, look.cell), widest(first.split(), look.head)) + padding
    first_width = min(need, available)
    spare = (available - first_width) / len(numbers)
    return [first_width] + [w + spare for w in numbers]


# ---------------------------------------------------------------------------------------------
# Charts (reportlab.graphics: drawn in the PDF as vectors and text)

CHART_FONT_SIZE = 7.5
TITLE_FONT_SIZE = 8
TARGET_GREY = colors.HexColor("#cbd5e1")
GRID = colors.HexColor("#e2e8f0")
# Clusters per outcome chart: more go on a further chart, so a bar never gets thinner than this.
CLUSTERS_PER_CHART = 24


def integer_axis(largest: int, intervals: int = 6) -> tuple[int, int]:
    """(step, top) of a value axis from 0 with integer ticks: the smallest step of 1, 2 or 5
    times a power of ten that reaches ``largest`` in at most ``intervals`` steps."""
    largest = max(largest, 1)
    power = 1
    while True:
        for multiple in (1, 2, 5):
            step = multiple * power
            count = math.ceil(largest / step)
            if count <= intervals:
                return step, step * count
        power *= 10


def _style_value_axis(axis: Any, largest: int) -> None:
    step, top = integer_axis(largest)
    axis.valueMin = 0
    axis.valueMax = top
    axis.valueStep = step
    axis.labelTextFormat = lambda value: number(round(value))
    axis.labels.fontName = FONT
    axis.labels.fontSize = CHART_FONT_SIZE
    axis.labels.fillColor = MUTED
    axis.visibleGrid = 1
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 0.5
    axis.strokeColor = MUTED
    axis.strokeWidth = 0.5


def _style_category_axis(axis: Any, names: Sequence[str]) -> None:
    axis.categoryNames = list(names)
    axis.labels.fontName = FONT
    axis.labels.fontSize = CHART_FONT_SIZE
    axis.labels.fillColor = INK
    axis.labels.leading = CHART_FONT_SIZE * 1.2
    axis.strokeColor = MUTED
    axis.strokeWidth = 0.5
    axis.tickShift = 0


def _axis_title(x: float, y: float, text: str, *, anchor: str = "middle") -> String:
    return String(
        x, y, text, fontName=FONT_BOLD, fontSize=TITLE_FONT_SIZE, fillColor=MUTED, textAnchor=anchor
    )


def _wrapped(names: Sequence[str], width: float) -> tuple[list[str], int]:
    """Names wrapped to ``width`` at the chart's size (lines joined by newlines), and the most
    lines any of them takes."""
    lines = [wrap_lines(n, FONT, CHART_FONT_SIZE, width) for n in names]
    return ["\n".join(parts) for parts in lines], max((len(parts) for parts in lines), default=1)


def _label_column(names: Sequence[str], width: float) -> float:
    """Room for the category names left of a horizontal chart: their width, at most a third."""
    widest = max((text_width(n, FONT, CHART_FONT_SIZE) for n in names), default=0.0)
    return min(widest + 2, width * 0.3)


def _legend(pairs: Sequence[tuple[colors.Color, str]], x: float, y: float, columns: int) -> Legend:
    legend = Legend()
    legend.colorNamePairs = list(pairs)
    legend.x, legend.y = x, y
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = CHART_FONT_SIZE
    legend.fillColor = INK
    legend.dx = legend.dy = 7
    legend.dxTextSpace = 4
    legend.deltay = 10
    legend.columnMaximum = math.ceil(len(pairs) / columns)
    legend.strokeWidth = 0
    legend.strokeColor = None
    legend.autoXPadding = 14
    return legend


def targets_chart(report: KpiReport, width: float, accent: colors.Color) -> Drawing | None:
    """Grouped horizontal bars, actual and target, for each figure with a target; the actual
    labelled with its share of the target."""
    chosen = [(FIGURE_OF[t.metric.value].label, t) for t in report.targets if t.target is not None]
    if not chosen:
        return None
    label_width = _label_column([name for name, _ in chosen], width)
    names, most_lines = _wrapped([name for name, _ in chosen], label_width)
    row = max(26.0, most_lines * CHART_FONT_SIZE * 1.2 + 8)
    top_room, bottom_room, right_room = 22.0, 30.0, 58.0

    chart = HorizontalBarChart()
    chart.x = label_width + 8
    chart.y = bottom_room
    chart.width = width - chart.x - right_room
    chart.height = row * len(chosen)
    # A horizontal chart draws the first series lowest in each group: the target, then the
    # actual above it.
    chart.data = [[t.target or 0 for _, t in chosen], [t.actual for _, t in chosen]]
    chart.categoryAxis.reverseDirection = 1
    _style_category_axis(chart.categoryAxis, names)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -5
    _style_value_axis(chart.valueAxis, max(max(chart.data[0]), max(chart.data[1])))
    chart.barWidth, chart.groupSpacing, chart.barSpacing = 10, 8, 1
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = TARGET_GREY
    chart.bars[1].fillColor = accent
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [number(t.target or 0) for _, t in chosen],
        [
            number(t.actual) + (f" ({percent(t.ratio)})" if t.ratio is not None else "")
            for _, t in chosen
        ],
    ]
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = CHART_FONT_SIZE - 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3

    height = chart.y + chart.height + top_room
    drawing = Drawing(width, height)
    drawing.add(chart)
    drawing.add(_axis_title(chart.x + chart.width / 2, 4, "Count"))
    drawing.add(_axis_title(0, height - 10, "Metric", anchor="start"))
    legend_pairs = [(accent, "Actual (% of target)"), (TARGET_GREY, "Target")]
    drawing.add(_legend(legend_pairs, chart.x + chart.width - 200, height - 4, 2))
    return drawing


def funnel_chart(report: KpiReport, width: float, accent: colors.Color) -> Drawing:
    """Vertical bars from requested to agreement, each labelled with its count; under each
    stage, its share of the stage before."""
    stages = [stage for stage, _ in report.funnel]
    counts = [count for _, count in report.funnel]
    names = [stages[0]] + [
        f"{stage}\n{percent(count / before)} of previous" if before else stage
        for stage, count, before in zip(stages[1:], counts[1:], counts[:-1], strict=True)
    ]
    left_room, bottom_room, top_room = 46.0, 42.0, 16.0
    chart = VerticalBarChart()
    chart.x = left_room
    chart.y = bottom_room
    chart.width = width - left_room - 6
    chart.height = 150
    chart.data = [counts]
    _style_category_axis(chart.categoryAxis, names)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.categoryAxis.labels.dy = -4
    _style_value_axis(chart.valueAxis, max(counts))
    chart.barWidth, chart.groupSpacing = 10, 6
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = accent
    chart.barLabelFormat = lambda value: number(round(value))
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = CHART_FONT_SIZE + 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2

    height = chart.y + chart.height + top_room
    drawing = Drawing(width, height)
    drawing.add(chart)
    drawing.add(_axis_title(chart.x + chart.width / 2, 4, "Stage"))
    title = Label()
    title.setOrigin(10, chart.y + chart.height / 2)
    title.angle = 90
    title.boxAnchor = "c"
    title.setText("Meetings")
    title.fontName = FONT_BOLD
    title.fontSize = TITLE_FONT_SIZE
    title.fillColor = MUTED
    drawing.add(title)
    return drawing


def outcomes_charts(report: KpiReport, width: float) -> list[Drawing]:
    """Stacked horizontal bars of follow-ups by outcome, one bar per cluster (its name wrapped
    beside it) with its total at the end, and the legend of the outcomes; none when there is no
    follow-up at all. Many clusters are spread over several charts."""
    rows = [(cluster_label(b.key), b) for b in report.by_cluster]
    if not rows or not any(b.followups for _, b in rows):
        return []
    largest = max(sum(b.outcomes.values()) for _, b in rows)
    return [
        _outcomes_chart(rows[start : start + CLUSTERS_PER_CHART], largest, width)
        for start in range(0, len(rows), CLUSTERS_PER_CHART)
    ]


def _outcomes_chart(rows: Sequence[tuple[str, Breakdown]], largest: int, width: float) -> Drawing:
    outcomes = list(FollowUpOutcome)
    label_width = _label_column([name for name, _ in rows], width)
    names, most_lines = _wrapped([name for name, _ in rows], label_width)
    row = max(20.0, most_lines * CHART_FONT_SIZE * 1.2 + 6)
    legend_columns = 3
    legend_room = math.ceil(len(outcomes) / legend_columns) * 10 + 8
    top_room, bottom_room, right_room = 18.0, 30.0 + legend_room, 26.0

    chart = HorizontalBarChart()
    chart.x = label_width + 8
    chart.y = bottom_room
    chart.width = width - chart.x - right_room
    chart.height = row * len(rows)
    chart.data = [[b.outcomes[o] for _, b in rows] for o in outcomes]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.reverseDirection = 1
    _style_category_axis(chart.categoryAxis, names)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -5
    _style_value_axis(chart.valueAxis, largest)
    chart.barWidth, chart.groupSpacing = 10, 5
    chart.bars.strokeWidth = 0.3
    chart.bars.strokeColor = colors.white
    for index, outcome in enumerate(outcomes):
        chart.bars[index].fillColor = colors.HexColor(OUTCOME_COLOURS[outcome])

    height = chart.y + chart.height + top_room
    drawing = Drawing(width, height)
    drawing.add(chart)
    _, top = integer_axis(largest)
    band = chart.height / len(rows)
    for index, (_, b) in enumerate(rows):
        total = sum(b.outcomes.values())
        x = chart.x + chart.width * total / top + 3
        y = chart.y + chart.height - (index + 0.5) * band - CHART_FONT_SIZE * 0.35
        drawing.add(
            String(x, y, number(total), fontName=FONT_BOLD, fontSize=CHART_FONT_SIZE, fillColor=INK)
        )
    drawing.add(_axis_title(chart.x + chart.width / 2, legend_room + 6, "Follow-ups"))
    drawing.add(_axis_title(0, height - 10, "Cluster", anchor="start"))
    pairs = [(colors.HexColor(OUTCOME_COLOURS[o]), o.label) for o in outcomes]
    drawing.add(_legend(pairs, chart.x, legend_room - 2, legend_columns))
    return drawing


# ---------------------------------------------------------------------------------------------
# The workbook

Cell = str | int | float | date | None


@dataclass(frozen=True)
class SheetCell:
    """A value with how it is shown: bold, and a number format (percent, date)."""

    value: Cell
    bold: bool = False
    number_format: str = ""
    measured: bool = True  # counts for its column's width (not a long line of the heading)


Row = Sequence[Cell | SheetCell]


def kpi_workbook(report: KpiReport, scope: Scope, printed_on: date) -> bytes:
    """Summary, Funnel, Outcomes, By cluster, By country, By year, Pipeline: the XLSX file's
    bytes."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets: tuple[tuple[str, Callable[[], list[Row]], bool], ...] = (
        ("Summary", lambda: summary_rows(report, scope, printed_on), False),
        ("Funnel", lambda: funnel_rows(report), True),
        ("Outcomes", lambda: outcome_rows(report), True),
        ("By cluster", lambda: breakdown_rows("Cluster", report.by_cluster, cluster_label), True),
        ("By country", lambda: country_rows(report), True),
        ("By year", lambda: year_rows(report), True),
        ("Pipeline", lambda: pipeline_rows(report), True),
    )
    for name, rows, header in sheets:
        _fill(workbook.create_sheet(name), rows(), header=header)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _bold(values: Sequence[Cell]) -> list[Cell | SheetCell]:
    return [SheetCell(v, bold=True) for v in values]


def _ratio(value: float | None) -> SheetCell:
    return SheetCell(value, number_format="0%")


SUMMARY_HEADER = ("Metric", "Actual", "Target", "% of target", "Met")


def summary_rows(report: KpiReport, scope: Scope, printed_on: date) -> list[Row]:
    targets = {t.metric: t for t in report.targets}
    rows: list[Row] = [
        [SheetCell("KPI report", bold=True)],
        ["Scope", SheetCell(scope.text, measured=False)],
        ["Figures as of", SheetCell(report.as_of, number_format="yyyy-mm-dd")],
        ["Counted", SheetCell(describe_counting(report), measured=False)],
        ["Written on", SheetCell(printed_on, number_format="yyyy-mm-dd")],
        [],
        _bold(SUMMARY_HEADER),
    ]
    for f in FIGURES:
        status = targets.get(f.metric) if f.metric is not None else None
        if status is None or status.target is None:
            rows.append([f.label, figure(report, f.key)])
            continue
        met = "yes" if status.met else "no"
        rows.append([f.label, figure(report, f.key), status.target, _ratio(status.ratio), met])
    rows += [[], [SheetCell("What the figures count", bold=True)]]
    rows += [[f"{name}: {_plain(text)}"] for name, text in DEFINITIONS]
    return rows


def _plain(text: str) -> str:
    """A definition without its markup."""
    for tag in ("<b>", "</b>", "<i>", "</i>"):
        text = text.replace(tag, "")
    return text


def funnel_rows(report: KpiReport) -> list[Row]:
    rows: list[Row] = [_bold(("Stage", "Count", "% of previous stage", "% of requested"))]
    first = report.funnel[0][1] if report.funnel else 0
    before: int | None = None
    for stage, count in report.funnel:
        previous = _ratio(count / before if before else None) if before is not None else None
        rows.append([stage, count, previous, _ratio(count / first if first else None)])
        before = count
    note = funnel_note(report)
    if note:
        rows += [[], [SheetCell(note, measured=False)]]
    return rows


def pipeline_rows(report: KpiReport) -> list[Row]:
    """The pipeline's figures (not counted in the other sheets), then its missions: two
    columns."""
    planned = report.pipeline
    rows: list[Row] = [_bold(("Planned, not counted", "Pipeline"))]
    rows += [[FIGURE_OF[key].label, figure(planned, key)] for key in PIPELINE_ROWS]
    rows += [[], _bold(("Not held yet", "Mission"))]
    rows += [
        [m.code, f"{m.name}, {date_range(m.start, m.end)} ({m.status.value})"]
        for m in planned.missions
    ]
    if not planned.missions:
        rows.append(["", "Every mission chosen is held: nothing is planned."])
    return rows


def outcome_rows(report: KpiReport) -> list[Row]:
    """Outcomes down, clusters across, then every cluster together (each follow-up once)."""
    clusters = report.by_cluster
    rows: list[Row] = [_bold(("Outcome", *(cluster_label(b.key) for b in clusters), "All"))]
    for outcome in FollowUpOutcome:
        rows.append(
            [
                outcome.label,
                *(b.outcomes[outcome] for b in clusters),
                report.followups_by_outcome[outcome],
            ]
        )
    rows.append(_bold(("All follow-ups", *(b.followups for b in clusters), report.followups)))
    return rows


def breakdown_rows(
    first: str, breakdowns: Sequence[Breakdown], name: Callable[[str], str]
) -> list[Row]:
    rows: list[Row] = [_bold((first, *(f.label for f in FIGURES)))]
    rows += [[name(b.key), *(figure(b, f.key) for f in FIGURES)] for b in breakdowns]
    return rows


def country_rows(report: KpiReport) -> list[Row]:
    rows: list[Row] = [_bold(("Country code", "Country", *(f.label for f in FIGURES)))]
    for b in report.by_country:
        code = "" if b.key == NONE_KEY else b.key
        named = "No country" if b.key == NONE_KEY else country_name(b.key)
        rows.append([code, named, *(figure(b, f.key) for f in FIGURES)])
    return rows


def year_rows(report: KpiReport) -> list[Row]:
    rows: list[Row] = [_bold(("Year", *(f.label for f in FIGURES)))]
    rows += [[year, *(figure(b, f.key) for f in FIGURES)] for year, b in report.by_year]
    return rows


def _fill(sheet: Worksheet, rows: Sequence[Row], *, header: bool) -> None:
    """Write ``rows``: text as text cells (never a formula), numbers and dates as themselves;
    column widths from the longest value, the header row frozen."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row_number, row in enumerate(rows, start=1):
        for column, item in enumerate(row, start=1):
            cell_info = item if isinstance(item, SheetCell) else SheetCell(item)
            cell = sheet.cell(row=row_number, column=column)
            cell.value = cell_info.value
            if isinstance(cell_info.value, str):
                cell.value = xlsx_text(cell_info.value)
                cell.data_type = "s"  # a name such as '=1+2' stays text
            if cell_info.bold:
                cell.font = Font(bold=True)
            if cell_info.number_format:
                cell.number_format = cell_info.number_format
            if cell_info.measured and len(row) > 1:  # a lone line may run over empty cells
                widths[column] = max(widths.get(column, 0), _shown_length(cell_info.value))
    for column, length in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(max(length + 2, 9), 60)
    if header:
        sheet.freeze_panes = "A2"


def _shown_length(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return 5
    return len(str(value))
