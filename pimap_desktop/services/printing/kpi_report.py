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
from pimap_desktop.services.language import DocumentLanguage, document_language, english
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.printing.agenda import Layout, build_framed_pdf
from pimap_desktop.services.printing.common import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
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
    pdf_info,
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


def definitions(language: DocumentLanguage) -> tuple[tuple[str, str], ...]:
    """``DEFINITIONS`` in the report's language (the same markup)."""
    words = language
    return (
        (
            words._("Participants"),
            words._(
                "distinct people with a confirmed or checked-in registration (cancelled and "
                "no-show registrations never count); <b>SMEs engaged</b>: distinct SME "
                "organisations of the participants."
            ),
        ),
        (
            words._("Meetings"),
            words._(
                "<i>requested</i>: distinct pairs among the meeting requests, declined ones "
                "included; <i>scheduled</i>: every meeting not cancelled; <i>held</i> and "
                "<i>no-show</i> by the meeting's status."
            ),
        ),
        (
            words._("Follow-ups"),
            words._(
                "follow-up records by outcome, each counted with its mission (its own, else its "
                "meeting's); one of no mission counts in no figure. Each one with the outcome "
                "“agreement or contract signed” is one agreement, each “MoU signed” one MoU. "
                "Funnel: <i>followed up</i> and <i>agreement or MoU</i> count held meetings "
                "with such follow-ups."
            ),
        ),
        (
            words._("Missions held"),
            words._(
                "every figure and every target counts only the missions held by the “as of” "
                "date: over, or closed once begun. The missions not held yet (to come, or "
                "running) are the pipeline: counted apart, never added to the figures nor "
                "compared with targets. Drafts count in neither. Every figure is credited to "
                "the year its mission began."
            ),
        ),
        (
            words._("Clusters and countries"),
            words._(
                "those of each person's organisation. A meeting or follow-up between two "
                "clusters or countries counts in each, so the rows of a breakdown may add up to "
                "more than the total."
            ),
        ),
    )


# What each figure counts: the gist of ``services/kpi/kpi.py``'s docstring, for the reader.
DEFINITIONS: tuple[tuple[str, str], ...] = definitions(english())


def figure_words(language: DocumentLanguage) -> dict[str, tuple[str, str]]:
    """Each figure's label and narrow column heading (``FIGURES``) in the report's language."""
    words = language

    # A narrow column's heading has its own context: short words where a language has them.
    return {
        "missions_held": (words._("Missions held"), words.pgettext("KPI column", "Missions held")),
        "workshops_held": (
            words._("Workshops held"),
            words.pgettext("KPI column", "Workshops held"),
        ),
        "smes_engaged": (words._("SMEs engaged"), words.pgettext("KPI column", "SMEs engaged")),
        "participants": (words._("Participants"), words.pgettext("KPI column", "Participants")),
        "meetings_requested": (
            words._("Meetings requested"),
            words.pgettext("KPI column", "Meetings requested"),
        ),
        "meetings_scheduled": (
            words._("Meetings scheduled"),
            words.pgettext("KPI column", "Meetings scheduled"),
        ),
        "meetings_held": (words._("Meetings held"), words.pgettext("KPI column", "Meetings held")),
        "meetings_no_show": (
            words._("Meetings with a no-show"),
            words.pgettext("KPI column", "No-shows"),
        ),
        "meetings_cancelled": (
            words._("Meetings cancelled"),
            words.pgettext("KPI column", "Cancelled"),
        ),
        "followups": (words._("Follow-ups"), words.pgettext("KPI column", "Follow-ups")),
        "agreements_signed": (
            words._("Agreements signed"),
            words.pgettext("KPI column", "Agreements"),
        ),
        "mous_signed": (words._("MoUs signed"), words.pgettext("KPI column", "MoUs")),
    }


def funnel_stage(stage: str, language: DocumentLanguage) -> str:
    """A stage of the funnel (``kpi.FUNNEL_STAGES``) in the report's language."""
    words = language
    stages = {
        "Requested": words._("Requested"),
        "Scheduled": words._("Scheduled"),
        "Held": words._("Held"),
        "Followed up": words._("Followed up"),
        "Agreement or MoU": words._("Agreement or MoU"),
    }
    return stages.get(stage, stage)


def figure(figures: KpiReport | Breakdown | Pipeline, key: str) -> int:
    return int(getattr(figures, key))


def percent(ratio: float, language: DocumentLanguage | None = None) -> str:
    """``45%`` (``45 %`` in French: CLDR's)."""
    return (language or english()).percent(ratio)


def number(value: int, language: DocumentLanguage | None = None) -> str:
    """``1,234`` (``1 234`` in French: CLDR's)."""
    return (language or english()).number(value)


def cluster_label(key: str, language: DocumentLanguage | None = None) -> str:
    return (language or english())._("No cluster") if key == NONE_KEY else key


def country_label(key: str, language: DocumentLanguage | None = None) -> str:
    words = language or english()
    if key == NONE_KEY:
        return words._("No country")
    if language is None:
        return f"{country_name(key)} ({key})"
    return f"{words.country(key)} ({key})"


# ---------------------------------------------------------------------------------------------
# Scope


@dataclass(frozen=True)
class Scope:
    """What the figures are about, in words."""

    short: str  # in the page header: "PW2026" or "All missions"
    text: str  # under the title: mission code and name, dates, cluster, year
    branding: Branding


def report_scope(
    session: Session,
    report: KpiReport,
    mission: Mission | None,
    language: DocumentLanguage | None = None,
) -> Scope:
    words = language or english()
    parts: list[str] = []
    if mission is not None:
        dates = date_range(mission.start_date, mission.end_date, words)
        parts.append(f"{mission.code} — {mission.name}, {dates}")
        short = mission.code
        branding = mission_branding(session, mission)
    else:
        if report.year is not None:
            parts.append(words._("All missions of {year}").format(year=report.year))
        else:
            parts.append(words._("All missions"))
        short = parts[0]
        branding = partnership_branding(session)
    if report.cluster_name is not None:
        parts.append(words._("Cluster: {cluster}").format(cluster=report.cluster_name))
        short += f" · {report.cluster_name}"
    if mission is not None and report.year is not None:
        parts.append(words._("Year: {year}").format(year=report.year))
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
    language: str | None = None,
) -> DocumentReport:
    """The KPI report for ``kpi_filter`` as a PDF or an XLSX file at ``out``, written whole or
    not at all. ``as_of`` decides which missions are held (as in ``compute_kpis``); ``items``
    counts the rows of figures written: the key figures and the rows by cluster, country, year.
    ``language``: the PDF's (English when None; the workbook is in English)."""
    if fmt not in FORMATS:
        raise ValidationError(f"Unknown format '{fmt}': use pdf or xlsx.", "format")
    words = document_language(language) if fmt == "pdf" else english()
    report = compute_kpis(session, kpi_filter, as_of=as_of)
    mission = get_mission(session, kpi_filter.mission_id) if kpi_filter.mission_id else None
    scope = report_scope(session, report, mission, words)
    printed = printed_on or date.today()
    items = len(FIGURES) + len(report.by_cluster) + len(report.by_country) + len(report.by_year)
    if fmt == "pdf":
        layout = Layout(paper.size)
        story = kpi_story(report, scope, layout, words)
        title = words._("KPI report — {scope}").format(scope=scope.short)
        frame = PageFrame(
            title,
            scope.branding,
            printed,
            statement=scope.branding.statement,
            language=words,
        )
        subject = words._("Key performance indicators: {scope}").format(scope=scope.text)
        info = pdf_info(title, subject, scope.branding, words)
        pages = build_framed_pdf(out, story, layout=layout, frame=frame, cancel=None, info=info)
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


def kpi_story(
    report: KpiReport, scope: Scope, layout: Layout, language: DocumentLanguage | None = None
) -> list[Flowable]:
    """Title, scope and what is counted, key figures, the three charts, the breakdown tables,
    the pipeline (missions not held yet, apart), then what the figures count (at the end, so
    that the key figures and their chart share the first page)."""
    words = language or english()
    register_fonts()
    look = report_styles()
    accent = colour(scope.branding.colour)
    width = layout.width
    funnel_text = f"{funnel_explained(words)} {funnel_note(report, words)}".strip()
    no_target = Paragraph(escape(no_target_text(report, words)), look.note)
    story: list[Flowable] = [
        Paragraph(escape(words._("KPI report")), look.title),
        Paragraph(escape(scope.text), look.scope),
        Paragraph(escape(describe_counting(report, words)), look.counted),
        Paragraph(
            escape(
                words._(
                    "Counted from the records themselves (registrations, meetings, "
                    "follow-ups), never from typed-in totals; what each figure counts is "
                    "explained at the end."
                )
            ),
            look.line,
        ),
        Paragraph(escape(words._("Key figures")), look.heading),
        headline_table(report, width, look, accent, words),
        _section(
            words._("Targets and actual"),
            [targets_chart(report, width, accent, words) or no_target],
        ),
        _section(
            words._("Meetings funnel"),
            [
                funnel_chart(report, width, accent, words),
                Paragraph(escape(funnel_text), look.note),
            ],
        ),
    ]
    story += outcomes_section(report, width, look, accent, words)
    tables = (
        (
            words._("By cluster"),
            words._("Cluster"),
            BREAKDOWN_KEYS,
            [(cluster_label(b.key, words), b) for b in report.by_cluster],
        ),
        (
            words._("By country"),
            words._("Country"),
            BREAKDOWN_KEYS,
            [(country_label(b.key, words), b) for b in report.by_country],
        ),
        (
            words._("By year"),
            words._("Year"),
            YEAR_KEYS,
            [(str(year), b) for year, b in report.by_year],
        ),
    )
    for title, first, keys, rows in tables:
        table = breakdown_table(first, rows, keys, width, look, accent, words)
        story.append(_section(title, [table]))
    story += pipeline_section(report, width, look, accent, words)
    story.append(
        _section(
            words._("What the figures count"),
            [
                Paragraph(f"<b>{escape(name)}</b>: {text}", look.definition)
                for name, text in definitions(words)
            ],
        )
    )
    return story


def outcomes_section(
    report: KpiReport,
    width: float,
    look: ReportStyles,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> list[Flowable]:
    """The outcomes chart (or charts, for many clusters) and the table of every outcome; only
    a sentence when nothing was followed up."""
    words = language or english()
    title = words._("Follow-up outcomes by cluster")
    charts = outcomes_charts(report, width, words)
    if not report.followups:
        nothing = escape(words._("No follow-up is recorded for this choice."))
        return [_section(title, [*charts, Paragraph(nothing, look.note)])]
    table = [Spacer(1, 6), outcomes_table(report, width, look, accent, words)]
    if len(charts) <= 1:
        return [_section(title, [*charts, *table])]
    return [_section(title, charts[:1]), *charts[1:], KeepTogether(table)]


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


def no_target_text(report: KpiReport, language: DocumentLanguage | None = None) -> str:
    words = language or english()
    if report.held:
        return words._("No target is set for this choice.")
    return words._(
        "Nothing chosen is held yet: targets are compared with what missions achieved once "
        "they are held."
    )


def funnel_explained(language: DocumentLanguage | None = None) -> str:
    """``FUNNEL_NOTE`` in the report's language."""
    return (language or english())._(
        "Requested: distinct pairs asked for. Scheduled: meetings not cancelled. Held: meetings "
        "held. Followed up: held meetings with a follow-up. Agreement or MoU: held meetings "
        "with an agreement or MoU signed. Percentages: of the stage before."
    )


def pipeline_section(
    report: KpiReport,
    width: float,
    look: ReportStyles,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> list[Flowable]:
    """The missions not held yet and what they have gathered so far, apart from the figures
    above; nothing when every mission chosen is held."""
    words = language or english()
    planned = report.pipeline
    if not planned.missions:
        return []
    listed = "; ".join(
        f"{m.code} ({date_range(m.start, m.end, words)}"
        + (", " + words._("running") if m.start <= report.as_of else "")
        + ")"
        for m in planned.missions
    )
    intro = words._(
        "{missions} not held yet by {date}: {listed}. What they have gathered so far is not in "
        "the figures above and is not compared with any target."
    ).format(
        missions=missions_phrase(planned.missions, words),
        date=words.date(report.as_of),
        listed=listed,
    )
    columns = figure_words(words)
    headings = [columns[k][1] for k in PIPELINE_KEYS]
    planned_text, pipeline_text = words._("Planned"), words._("Pipeline")
    header = [Paragraph(escape(planned_text), look.head)] + [
        Paragraph(escape(h), look.head_number) for h in headings
    ]
    row = [Paragraph(escape(pipeline_text), look.cell)] + [
        Paragraph(number(figure(planned, k), words), look.number) for k in PIPELINE_KEYS
    ]
    table = Table(
        [header, row],
        colWidths=_column_widths(planned_text, [pipeline_text], headings, width, look),
        hAlign="LEFT",
    )
    table.setStyle(_table_style(accent, 2))
    title = words._("Pipeline: planned, not counted")
    return [_section(title, [Paragraph(escape(intro), look.line), table])]


def _section(title: str, content: Sequence[Flowable]) -> Flowable:
    """A heading kept on the page of what it introduces (a long table may still split)."""
    return KeepTogether([Paragraph(escape(title), report_styles().heading), *content])


def _table_style(accent: colors.Color, rows: int) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        TABLE_FONT,
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
    report: KpiReport,
    width: float,
    look: ReportStyles,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> Table:
    """Metric, actual, target, % of target, met: a target only where one is set."""
    words = language or english()
    labels = figure_words(words)
    targets = {t.metric: t for t in report.targets}
    rows: list[list[Paragraph]] = [
        [
            Paragraph(escape(words._("Metric")), look.head),
            Paragraph(escape(words._("Actual")), look.head_number),
            Paragraph(escape(words._("Target")), look.head_number),
            Paragraph(escape(words._("% of target")), look.head_number),
            Paragraph(escape(words._("Met")), look.head_number),
        ]
    ]
    for f in FIGURES:
        status = targets.get(f.metric) if f.metric is not None else None
        target = status.target if status is not None else None
        cells = ["", "", ""]
        met_style = look.number
        if status is not None and target is not None:
            ratio = status.ratio
            shown = percent(ratio, words) if ratio is not None else "—"
            cells = [number(target, words), shown, "✓"]
            if not status.met:
                cells[2], met_style = "✗", look.missed
            else:
                met_style = look.met
        rows.append(
            [
                Paragraph(escape(labels[f.key][0]), look.cell),
                Paragraph(number(figure(report, f.key), words), look.number),
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
    report: KpiReport,
    width: float,
    look: ReportStyles,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> Table:
    """Every outcome with its count over the whole choice, and its share of the follow-ups."""
    words = language or english()
    total = report.followups
    rows: list[list[Flowable]] = [
        [
            Paragraph(escape(words._("Outcome")), look.head),
            Paragraph(escape(words._("Follow-ups")), look.head_number),
            Paragraph(escape(words._("Share")), look.head_number),
        ]
    ]
    for outcome in FollowUpOutcome:
        count = report.followups_by_outcome[outcome]
        swatch = f'<font color="{OUTCOME_COLOURS[outcome]}">■</font> '
        rows.append(
            [
                Paragraph(swatch + escape(words.label(outcome)), look.cell),
                Paragraph(number(count, words), look.number),
                Paragraph(percent(count / total, words) if total else "—", look.number),
            ]
        )
    all_followups = words._("All follow-ups")
    rows.append(
        [
            Paragraph(f"<b>{escape(all_followups)}</b>", look.cell),
            Paragraph(f"<b>{number(total, words)}</b>", look.number),
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
    language: DocumentLanguage | None = None,
) -> Flowable:
    words = language or english()
    if not rows:
        return Paragraph(escape(words._("No figures.")), look.note)
    columns = figure_words(words)
    headings = [columns[k][1] for k in keys]
    header = [Paragraph(escape(first), look.head)] + [
        Paragraph(escape(h), look.head_number) for h in headings
    ]
    body = [
        [Paragraph(escape(name), look.cell)]
        + [Paragraph(number(figure(b, k), words), look.number) for k in keys]
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
    names wrap); what is left is shared by the number columns. Headings too long for that (a
    language of long words) leave the names a fifth of the width, their longest words broken."""
    padding = 8 + 4

    def widest(words: Sequence[str], style: ParagraphStyle) -> float:
        return max((text_width(w, style.fontName, style.fontSize) for w in words), default=0.0)

    numbers = [max(widest(h.split(), look.head_number) + padding, 40.0) for h in headings]
    room = width * 0.8
    if sum(numbers) > room:
        numbers = [w * room / sum(numbers) for w in numbers]
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


def _style_value_axis(axis: Any, largest: int, words: DocumentLanguage) -> None:
    step, top = integer_axis(largest)
    axis.valueMin = 0
    axis.valueMax = top
    axis.valueStep = step
    axis.labelTextFormat = lambda value: number(round(value), words)
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


def targets_chart(
    report: KpiReport,
    width: float,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> Drawing | None:
    """Grouped horizontal bars, actual and target, for each figure with a target; the actual
    labelled with its share of the target."""
    words = language or english()
    labels = figure_words(words)
    chosen = [(labels[t.metric.value][0], t) for t in report.targets if t.target is not None]
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
    _style_value_axis(chart.valueAxis, max(max(chart.data[0]), max(chart.data[1])), words)
    chart.barWidth, chart.groupSpacing, chart.barSpacing = 10, 8, 1
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = TARGET_GREY
    chart.bars[1].fillColor = accent
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [number(t.target or 0, words) for _, t in chosen],
        [
            number(t.actual, words)
            + (f" ({percent(t.ratio, words)})" if t.ratio is not None else "")
            for _, t in chosen
        ],
    ]
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = CHART_FONT_SIZE - 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3

    height = chart.y + chart.height + top_room
    drawing = Drawing(width, height, initialFontName=FONT)  # not Helvetica
    drawing.add(chart)
    drawing.add(_axis_title(chart.x + chart.width / 2, 4, words._("Count")))
    drawing.add(_axis_title(0, height - 10, words._("Metric"), anchor="start"))
    legend_pairs = [(accent, words._("Actual (% of target)")), (TARGET_GREY, words._("Target"))]
    drawing.add(_legend(legend_pairs, chart.x + chart.width - 200, height - 4, 2))
    return drawing


def funnel_chart(
    report: KpiReport,
    width: float,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> Drawing:
    """Vertical bars from requested to agreement, each labelled with its count; under each
    stage, its share of the stage before."""
    words = language or english()
    stages = [funnel_stage(stage, words) for stage, _ in report.funnel]
    counts = [count for _, count in report.funnel]
    names = [stages[0]] + [
        stage
        + "\n"
        + words._("{percent} of previous").format(percent=percent(count / before, words))
        if before
        else stage
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
    _style_value_axis(chart.valueAxis, max(counts), words)
    chart.barWidth, chart.groupSpacing = 10, 6
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = accent
    chart.barLabelFormat = lambda value: number(round(value), words)
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = CHART_FONT_SIZE + 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2

    height = chart.y + chart.height + top_room
    drawing = Drawing(width, height, initialFontName=FONT)  # not Helvetica
    drawing.add(chart)
    drawing.add(_axis_title(chart.x + chart.width / 2, 4, words._("Stage")))
    title = Label()
    title.setOrigin(10, chart.y + chart.height / 2)
    title.angle = 90
    title.boxAnchor = "c"
    title.setText(words._("Meetings"))
    title.fontName = FONT_BOLD
    title.fontSize = TITLE_FONT_SIZE
    title.fillColor = MUTED
    drawing.add(title)
    return drawing


def outcomes_charts(
    report: KpiReport, width: float, language: DocumentLanguage | None = None
) -> list[Drawing]:
    """Stacked horizontal bars of follow-ups by outcome, one bar per cluster (its name wrapped
    beside it) with its total at the end, and the legend of the outcomes; none when there is no
    follow-up at all. Many clusters are spread over several charts."""
    words = language or english()
    rows = [(cluster_label(b.key, words), b) for b in report.by_cluster]
    if not rows or not any(b.followups for _, b in rows):
        return []
    largest = max(sum(b.outcomes.values()) for _, b in rows)
    return [
        _outcomes_chart(rows[start : start + CLUSTERS_PER_CHART], largest, width, words)
        for start in range(0, len(rows), CLUSTERS_PER_CHART)
    ]


def _outcomes_chart(
    rows: Sequence[tuple[str, Breakdown]],
    largest: int,
    width: float,
    words: DocumentLanguage,
) -> Drawing:
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
    _style_value_axis(chart.valueAxis, largest, words)
    chart.barWidth, chart.groupSpacing = 10, 5
    chart.bars.strokeWidth = 0.3
    chart.bars.strokeColor = colors.white
    for index, outcome in enumerate(outcomes):
        chart.bars[index].fillColor = colors.HexColor(OUTCOME_COLOURS[outcome])

    height = chart.y + chart.height + top_room
    drawing = Drawing(width, height, initialFontName=FONT)  # not Helvetica
    drawing.add(chart)
    _, top = integer_axis(largest)
    band = chart.height / len(rows)
    for index, (_, b) in enumerate(rows):
        total = sum(b.outcomes.values())
        x = chart.x + chart.width * total / top + 3
        y = chart.y + chart.height - (index + 0.5) * band - CHART_FONT_SIZE * 0.35
        drawing.add(
            String(
                x,
                y,
                number(total, words),
                fontName=FONT_BOLD,
                fontSize=CHART_FONT_SIZE,
                fillColor=INK,
            )
        )
    drawing.add(_axis_title(chart.x + chart.width / 2, legend_room + 6, words._("Follow-ups")))
    drawing.add(_axis_title(0, height - 10, words._("Cluster"), anchor="start"))
    pairs = [(colors.HexColor(OUTCOME_COLOURS[o]), words.label(o)) for o in outcomes]
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
