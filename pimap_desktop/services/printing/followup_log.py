"""The follow-up log as a PDF: an A4 landscape table in the page frame shared by every printed
document, overdue rows tinted, one table per page with the rows packed by their measured heights.

The rows and their order are the log's (``services.followup.followup``); ``export_followups``
writes this document for the PDF format. Built with reportlab platypus in the embedded font.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from pimap_desktop.domain.models import Mission
from pimap_desktop.domain.rules import een_rating
from pimap_desktop.services.followup.followup import FollowUpRow, meeting_label
from pimap_desktop.services.language import DocumentLanguage, document_language
from pimap_desktop.services.printing.agenda import Layout, build_framed_pdf
from pimap_desktop.services.printing.common import (
    FONT_BOLD,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
    Branding,
    PageFrame,
    colour,
    date_range,
    escape,
    mission_branding,
    partnership_branding,
    pdf_info,
    styles,
    text_width,
)

OVERDUE = colors.HexColor("#b91c1c")
OVERDUE_SHADE = colors.HexColor("#fde8e8")
DONE_INK = colors.HexColor("#15803d")


@dataclass(frozen=True)
class LogStyles:
    title: ParagraphStyle
    line: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    strong: ParagraphStyle
    detail: ParagraphStyle
    overdue: ParagraphStyle
    done: ParagraphStyle


def log_styles() -> LogStyles:
    base = styles()
    cell = ParagraphStyle("fu_cell", base["cell"], fontSize=8, leading=9.8)
    return LogStyles(
        title=ParagraphStyle("fu_title", base["title"], fontSize=17, leading=21, spaceAfter=2),
        line=ParagraphStyle("fu_line", base["body"], textColor=MUTED, spaceAfter=8),
        head=ParagraphStyle("fu_head", base["cell_bold"], fontSize=8, textColor=colors.white),
        cell=cell,
        strong=ParagraphStyle("fu_strong", cell, fontName=FONT_BOLD),
        detail=ParagraphStyle("fu_detail", cell, fontSize=7, leading=8.6, textColor=MUTED),
        overdue=ParagraphStyle("fu_overdue", cell, fontName=FONT_BOLD, textColor=OVERDUE),
        done=ParagraphStyle("fu_done", cell, textColor=DONE_INK),
    )


def _branding(session: Session, mission: Mission | None) -> Branding:
    """The mission's organisers, or for a log of every mission the partnership's; with the
    emblems and funding statement of Settings ▸ Branding either way."""
    if mission is not None:
        return mission_branding(session, mission)
    return partnership_branding(session)


def write_log_pdf(
    session: Session,
    out: Path,
    mission: Mission | None,
    rows: Sequence[FollowUpRow],
    today: date,
    printed_on: date,
    words: DocumentLanguage,
) -> int:
    branding = _branding(session, mission)
    if mission is not None:
        title = words._("{mission} — Follow-up log").format(mission=mission.name)
        subject = words._("What came of the meetings and contacts of {mission} ({code})")
        subject = subject.format(mission=mission.name, code=mission.code)
    else:
        title = words._("Follow-up log")
        subject = words._("What came of the meetings and contacts of every mission")
    story = log_story(rows, mission, today, title, colour(branding.colour), words)
    frame = PageFrame(title, branding, printed_on, statement=branding.statement, language=words)
    info = pdf_info(title, subject, branding, words)
    return build_framed_pdf(out, story, layout=LOG_LAYOUT, frame=frame, cancel=None, info=info)


LOG_LAYOUT = Layout(landscape(A4))
# Points kept free at the foot of each page when rows are packed: what the measures may miss.
_SLACK = 4.0


def log_story(
    rows: Sequence[FollowUpRow],
    mission: Mission | None,
    today: date,
    title: str,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> list[Flowable]:
    """Title, summary, then the log as one table per page (header on each), the rows packed
    by their measured heights: reportlab splitting one long table re-measures every remaining
    row on every page, which grows with the square of the rows (2,000 follow-ups: 11 s)."""
    words = language or document_language()
    look = log_styles()
    width = LOG_LAYOUT.width
    story: list[Flowable] = [
        Paragraph(escape(title), look.title),
        Paragraph(escape(_summary(mission, rows, today, words)), look.line),
    ]
    if not rows:
        return [*story, Paragraph(escape(words._("No follow-up recorded yet.")), look.cell)]
    headers, widths = _columns(rows, width, look, with_mission=mission is None)
    header = [Paragraph(escape(_header_text(h, words)), look.head) for h in headers]
    body = [_log_cells(row, look, words, with_mission=mission is None) for row in rows]
    first_room = LOG_LAYOUT.height - sum(_height(f, width) for f in story) - _SLACK
    parts = pack_rows(
        [_row_height(cells, widths) for cells in body],
        _row_height(header, widths),
        first_room,
        LOG_LAYOUT.height - _SLACK,
    )
    for number, part in enumerate(parts):
        if number:
            story.append(PageBreak())
        chunk = [(index, rows[index], body[index]) for index in part]
        story.append(_log_table(header, chunk, widths, accent))
    return story


def _summary(
    mission: Mission | None, rows: Sequence[FollowUpRow], today: date, words: DocumentLanguage
) -> str:
    where = (
        f"{mission.code} · {date_range(mission.start_date, mission.end_date, words)}"
        if mission is not None
        else words._("All missions")
    )
    open_count = sum(1 for r in rows if not r.done)
    overdue = sum(1 for r in rows if r.overdue)
    count = words.ngettext("{count} follow-up", "{count} follow-ups", len(rows))
    return " · ".join(
        (
            where,
            count.format(count=len(rows)),
            words._("{count} open").format(count=open_count),
            words._("{count} overdue on {date}").format(count=overdue, date=today.isoformat()),
        )
    )


def _header_text(header: str, words: DocumentLanguage) -> str:
    """A column's heading (its key in ``_WIDTHS``) in the document's language."""
    texts = {
        "Mission": words._("Mission"),
        "Meeting": words._("Meeting"),
        "Our side": words._("Our side"),
        "Counterpart": words._("Counterpart"),
        "Outcome": words._("Outcome"),
        "Next action": words._("Next action"),
        "Owner": words._("Owner"),
        "Due": words._("Due"),
        "Done": words._("Done"),
    }
    return texts.get(header, header)


def _meeting_text(row: FollowUpRow, words: DocumentLanguage) -> str:
    """The meeting's day, time and table in the document's language ("" without one)."""
    if row.meeting_at is None or not row.zone:
        return row.meeting
    return meeting_label(row.meeting_at, row.zone, row.table_number, row.table_name, language=words)


def pack_rows(
    heights: Sequence[float], header: float, first_room: float, room: float
) -> list[range]:
    """Rows cut into pages: as many as fit under the header, ``first_room`` high on the first
    page and ``room`` on the others. A row taller than a page is alone on its page (the table
    then splits inside it)."""
    parts: list[range] = []
    start, used, available = 0, header, first_room
    for index, height in enumerate(heights):
        if index > start and used + height > available:
            parts.append(range(start, index))
            start, used, available = index, header, room
        used += height
    if heights:
        parts.append(range(start, len(heights)))
    return parts


def _height(flowable: Flowable, width: float) -> float:
    _, height = flowable.wrap(width, 10_000)
    return float(height + flowable.getSpaceAfter())


_PADDING: tuple[tuple[object, ...], ...] = (
    TABLE_FONT,  # the embedded font, not Helvetica: every cell holds a flowable
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
)


def _row_height(cells: list[Flowable | list[Flowable]], widths: Sequence[float]) -> float:
    table = Table([cells], colWidths=list(widths), style=TableStyle(list(_PADDING)))
    _, height = table.wrap(sum(widths), 1_000_000)
    return float(height)


# Widths in points of the fixed columns; "Mission" is as wide as its widest code, "Next action"
# takes what is left.
_WIDTHS = {
    "Meeting": 72.0,
    "Our side": 112.0,
    "Counterpart": 128.0,
    "Outcome": 88.0,
    "Owner": 70.0,
    "Due": 62.0,
    "Done": 56.0,
}


def _columns(
    rows: Sequence[FollowUpRow], width: float, look: LogStyles, *, with_mission: bool
) -> tuple[list[str], list[float]]:
    headers = ["Meeting", "Our side", "Counterpart", "Outcome", "Next action", "Owner", "Due"]
    headers.append("Done")
    fixed = dict(_WIDTHS)
    if with_mission:
        headers.insert(0, "Mission")
        codes = {row.mission_code for row in rows} | {"Mission"}
        fixed["Mission"] = (
            max(text_width(code, FONT_BOLD, look.cell.fontSize) for code in codes) + 9
        )
    rest = width - sum(fixed[h] for h in headers if h in fixed)
    return headers, [fixed.get(h, rest) for h in headers]


def _log_table(
    header: list[Flowable],
    chunk: Sequence[tuple[int, FollowUpRow, list[Flowable | list[Flowable]]]],
    widths: Sequence[float],
    accent: colors.Color,
) -> Table:
    """One page of the log; overdue rows tinted with a red edge, the others striped."""
    data: list[list[Flowable | list[Flowable]]] = [list(header)]
    commands: list[tuple[object, ...]] = [
        *_PADDING,
        ("BACKGROUND", (0, 0), (-1, 0), accent),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    for number, (index, row, cells) in enumerate(chunk, start=1):
        data.append(cells)
        if row.overdue:
            commands.append(("BACKGROUND", (0, number), (-1, number), OVERDUE_SHADE))
            commands.append(("LINEBEFORE", (0, number), (0, number), 2.5, OVERDUE))
        elif index % 2 == 1:
            commands.append(("BACKGROUND", (0, number), (-1, number), SHADE))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _organisation_cell(
    name: str, country: str, extra: str, look: LogStyles, words: DocumentLanguage
) -> list[Flowable]:
    cell: list[Flowable] = [Paragraph(escape(name or "—"), look.strong)]
    detail = " · ".join(part for part in (words.country(country), extra) if part)
    if detail:
        cell.append(Paragraph(escape(detail), look.detail))
    return cell


def _log_cells(
    row: FollowUpRow, look: LogStyles, words: DocumentLanguage, *, with_mission: bool
) -> list[Flowable | list[Flowable]]:
    action: list[Flowable] = [Paragraph(escape(row.next_action or "—"), look.cell)]
    if row.notes:
        action.append(Paragraph(escape(row.notes), look.detail))
    if row.overdue and row.due_date is not None:
        due: list[Flowable] = [
            Paragraph(row.due_date.isoformat(), look.overdue),
            Paragraph(escape(words._("overdue")), look.overdue),
        ]
    else:
        due = [Paragraph(row.due_date.isoformat() if row.due_date else "—", look.cell)]
    state = "✓ " + words._("done") if row.done else words._("open")
    done: list[Flowable] = [Paragraph(escape(state), look.done if row.done else look.cell)]
    if row.done and row.done_on is not None:
        done.append(Paragraph(row.done_on.isoformat(), look.detail))
    meeting = _meeting_text(row, words) or words._("no meeting")
    cells: list[Flowable | list[Flowable]] = [
        Paragraph(escape(meeting), look.cell if row.meeting else look.detail),
        _organisation_cell(row.organisation_a, row.country_a, "", look, words),
        _organisation_cell(row.organisation_b, row.country_b, row.contact, look, words),
        [
            Paragraph(escape(words.label(row.outcome)), look.cell),
            Paragraph(escape(words.label(een_rating(row.outcome))), look.detail),
        ],
        action,
        Paragraph(escape(row.owner or "—"), look.cell),
        due,
        done,
    ]
    if with_mission:
        cells.insert(0, Paragraph(escape(row.mission_code), look.cell))
    return cells
