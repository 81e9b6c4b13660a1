"""The table plan of a B2B session: who meets whom, at which table, in which slot.

Normal: per session a grid of tables (rows) by slots (columns) on landscape pages, the slot
columns cut into page-wide groups and the rows split over pages with the header repeated.
Large print: one portrait page per table, its label huge at the top and its slots with the
names in large type, to stick on the table. Times are the mission's, with the zone named.
"""

from __future__ import annotations

import math
import threading
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import Mission
from pimap_desktop.domain.rules import zone_abbreviation
from pimap_desktop.services.b2b.meetings import (
    MeetingRow,
    SessionRow,
    list_meetings,
    list_sessions,
)
from pimap_desktop.services.language import DocumentLanguage, document_language, english
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.printing.agenda import Layout, build_framed_pdf, report_progress
from pimap_desktop.services.printing.common import (
    FONT_BOLD,
    FONT_CONDENSED_BOLD,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
    DocumentReport,
    PageFrame,
    Paper,
    Progress,
    check_cancel,
    colour,
    day_heading,
    escape,
    fit_size,
    mission_branding,
    pdf_info,
    styles,
    text_width,
    zone_note,
)
from pimap_desktop.services.printing.itinerary import table_text
from pimap_desktop.text import ServiceWords, Words

NO_TABLE = "No table"
# A slot column narrower than this makes names wrap into towers: the grid goes on another page.
# 9 slots of a session fit one landscape A4 or Letter page.
SLOT_MIN_WIDTH = 72.0
CELL_PADDING = 3.0
# The grid's text is set as large as lets the whole grid fit its page: these scales are tried
# from the first; past the last, the rows go on over pages with the header repeated.
GRID_SCALES = (1.0, 0.93, 0.87, 0.8)


# ---------------------------------------------------------------------------------------------
# What one session's plan holds


@dataclass(frozen=True)
class Slot:
    """A column of the plan: local start and end (a slot of the session, or the time of a
    meeting that no longer matches one)."""

    starts: datetime
    ends: datetime

    @property
    def label(self) -> str:
        return self.label_in(english())

    def label_in(self, language: DocumentLanguage) -> str:
        """``09:00–09:20`` (``9.00–9.20`` in Finnish)."""
        return language.time_span(self.starts, self.ends)


@dataclass(frozen=True)
class PlanTable:
    """A row of the plan: a table of the session (``id`` None: meetings without a table)."""

    id: uuid.UUID | None
    label: str


@dataclass(frozen=True)
class SessionPlan:
    session: SessionRow
    zone: str
    tables: tuple[PlanTable, ...]
    slots: tuple[Slot, ...]
    cells: dict[tuple[uuid.UUID | None, int], tuple[MeetingRow, ...]]  # (table id, slot index)

    def meetings_at(self, table: PlanTable, slot: int) -> tuple[MeetingRow, ...]:
        return self.cells.get((table.id, slot), ())

    @property
    def real_tables(self) -> tuple[PlanTable, ...]:
        return tuple(t for t in self.tables if t.id is not None)


def session_plan(
    row: SessionRow,
    meetings: Sequence[MeetingRow],
    zone: str,
    language: DocumentLanguage | None = None,
) -> SessionPlan:
    """Place the session's meetings (not cancelled) in its grid of tables and slots; the
    tables' labels in ``language`` (``Table 7``, ``Pöytä 7``) where they have no name."""
    words = language or english()
    mine = [m for m in meetings if m.session_id == row.id and m.status != MeetingStatus.CANCELLED]
    times = {start: end for start, end in row.slots}
    for meeting in mine:
        times.setdefault(meeting.starts_local, meeting.ends_local)
    slots = tuple(Slot(start, end) for start, end in sorted(times.items()))
    column = {slot.starts: index for index, slot in enumerate(slots)}
    known = {table_id for table_id, _, _ in row.tables}
    cells: dict[tuple[uuid.UUID | None, int], list[MeetingRow]] = defaultdict(list)
    for meeting in mine:
        table_id = meeting.table_id if meeting.table_id in known else None
        cells[(table_id, column[meeting.starts_local])].append(meeting)
    tables = [
        PlanTable(table_id, table_text(number, label, words))
        for table_id, number, label in row.tables
    ]
    if any(table_id is None for table_id, _ in cells):
        tables.append(PlanTable(None, words._("No table")))
    return SessionPlan(
        row, zone, tuple(tables), slots, {key: tuple(value) for key, value in cells.items()}
    )


# ---------------------------------------------------------------------------------------------
# Public API


def write_table_plan(
    session: Session,
    mission_id: uuid.UUID,
    out: Path,
    *,
    session_id: uuid.UUID | None = None,
    large_print: bool = False,
    paper: Paper = Paper.A4,
    printed_on: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    language: str | None = None,
) -> DocumentReport:
    """Who meets whom per table and slot, for one B2B session or all of the mission's; with
    ``large_print`` one page per table per session to stick on the table. ``language``: the
    document's (English when None).

    A session without a meeting yet is left out (``skipped`` says so); when no session asked
    for has one, there is no plan: ValidationError, and nothing is written."""
    words = document_language(language)
    mission = get_mission(session, mission_id)
    rows = _sessions(session, mission, session_id)
    meetings = list_meetings(session, mission_id)
    plans = [session_plan(row, meetings, mission.timezone, words) for row in rows]
    empty = [plan for plan in plans if not plan.cells]
    plans = [plan for plan in plans if plan.cells]
    if not plans:
        raise ValidationError(_nothing_to_plan(mission, empty))
    branding = mission_branding(session, mission)
    accent = colour(branding.colour)
    check_cancel(cancel)

    layout = Layout(paper.size if large_print else landscape(paper.size))
    story: list[Flowable] = []
    for done, plan in enumerate(plans, start=1):
        check_cancel(cancel)
        if story:
            story.append(PageBreak())
        if large_print:
            story += large_print_story(plan, layout, accent, words)
        else:
            story += grid_story(plan, layout, accent, words)
        report_progress(progress, done, len(plans) + 1)
    skipped = [f"{plan.session.name}: no meeting is scheduled yet; left out." for plan in empty]
    skipped += [_without_table(plan) for plan in plans if large_print and _unplaced(plan)]

    kind = words._("Table plan (large print)") if large_print else words._("Table plan")
    title = words._("{mission} — {document}").format(mission=mission.name, document=kind)
    frame = PageFrame(title, branding, printed_on or date.today(), language=words)
    subject = words._("Who meets whom at each B2B table, {mission} ({code})").format(
        mission=mission.name, code=mission.code
    )
    info = pdf_info(title, subject, branding, words)
    pages = build_framed_pdf(out, story, layout=layout, frame=frame, cancel=cancel, info=info)
    report_progress(progress, len(plans) + 1, len(plans) + 1)
    tables = sum(len(plan.real_tables) for plan in plans)
    return DocumentReport("tableplan", (out,), pages, tables, tuple(skipped))


def _nothing_to_plan(mission: Mission, empty: Sequence[SessionPlan]) -> Words:
    """Why there is no table plan: no meeting in the session(s) asked for."""
    if len(empty) == 1:
        return ServiceWords.say(
            "No meeting is scheduled in the B2B session %1 yet, so there is no table plan to "
            "print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap "
            "schedule --mission %2).",
            empty[0].session.name,
            mission.code,
        )
    return ServiceWords.say(
        "No meeting is scheduled in any of %1's %2 B2B sessions yet, so there is no table plan "
        "to print. Run the scheduler first (B2B meetings ▸ Run the scheduler, or pimap "
        "schedule --mission %1).",
        mission.code,
        len(empty),
    )


def _unplaced(plan: SessionPlan) -> int:
    """Meetings of the session that sit at no table of it."""
    return sum(len(meetings) for (table_id, _), meetings in plan.cells.items() if table_id is None)


def _without_table(plan: SessionPlan) -> str:
    count = _unplaced(plan)
    return (
        f"{count} meeting{'s' if count != 1 else ''} of {plan.session.name} "
        f"{'have' if count != 1 else 'has'} no table, so no table's page shows "
        f"{'them' if count != 1 else 'it'}."
    )


def _sessions(session: Session, mission: Mission, session_id: uuid.UUID | None) -> list[SessionRow]:
    rows = list_sessions(session, mission.id)
    if not rows:
        raise ValidationError(
            ServiceWords.say("%1 has no B2B session; add one on the B2B page first.", mission.code)
        )
    if session_id is None:
        return rows
    chosen = [row for row in rows if row.id == session_id]
    if not chosen:
        raise NotFoundError(
            ServiceWords.say(
                "That B2B session is not one of %1's; it may have been deleted.", mission.code
            )
        )
    return chosen


def _session_line(plan: SessionPlan, words: DocumentLanguage) -> str:
    row = plan.session
    tables = len(plan.real_tables)
    slots = len(row.slots)
    return " · ".join(
        (
            day_heading(row.starts_local.date(), words),
            words.time_span(row.starts_local, row.ends_local),
            words.ngettext("{count} table", "{count} tables", tables).format(count=tables),
            words.ngettext(
                "{count} slot of {minutes} minutes", "{count} slots of {minutes} minutes", slots
            ).format(count=slots, minutes=row.slot_minutes),
        )
    )


def _zone(plan: SessionPlan, words: DocumentLanguage) -> str:
    return zone_note(plan.session.starts_local, plan.zone, words)


# ---------------------------------------------------------------------------------------------
# Normal: the grid


@dataclass(frozen=True)
class GridStyles:
    heading: ParagraphStyle
    line: ParagraphStyle
    note: ParagraphStyle
    part: ParagraphStyle
    head: ParagraphStyle
    head_small: ParagraphStyle
    table: ParagraphStyle
    person: ParagraphStyle
    free: ParagraphStyle


def grid_styles(accent: colors.Color, scale: float = 1.0) -> GridStyles:
    base = styles()
    return GridStyles(
        heading=ParagraphStyle("heading", base["h1"], textColor=accent, keepWithNext=1),
        line=ParagraphStyle("line", base["body"], keepWithNext=1),
        note=ParagraphStyle("note", base["muted"], keepWithNext=1, spaceAfter=4),
        part=ParagraphStyle("part", base["h2"], keepWithNext=1),
        head=ParagraphStyle(
            "head",
            base["cell_bold"],
            fontSize=8.5 * scale,
            leading=10.5 * scale,
            textColor=colors.white,
        ),
        head_small=ParagraphStyle(
            "head_small",
            base["cell"],
            fontSize=7 * scale,
            leading=8.5 * scale,
            textColor=colors.white,
        ),
        table=ParagraphStyle("table", base["cell_bold"], fontSize=9 * scale, leading=11 * scale),
        person=ParagraphStyle("person", base["cell"], fontSize=7.5 * scale, leading=9.2 * scale),
        free=ParagraphStyle(
            "free", base["cell"], fontSize=7.5 * scale, leading=9.2 * scale, textColor=MUTED
        ),
    )


def grid_story(
    plan: SessionPlan,
    layout: Layout,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> list[Flowable]:
    """The session's heading, then its grid in as many slot groups as the page width needs,
    its text as large as lets each group fit its page."""
    words = language or english()
    look = grid_styles(accent)
    story: list[Flowable] = [
        Paragraph(escape(plan.session.name), look.heading),
        Paragraph(escape(_session_line(plan, words)), look.line),
        Paragraph(escape(_zone(plan, words)), look.note),
    ]
    label_width = _label_width(plan, look)
    groups = slot_groups(len(plan.slots), layout.width - label_width)
    for number, group in enumerate(groups, start=1):
        top: list[Flowable] = story if number == 1 else []
        if len(groups) > 1:
            if number > 1:
                story.append(PageBreak())
                continued = words._("{session} (continued)").format(session=plan.session.name)
                top = [
                    Paragraph(escape(continued), look.heading),
                    Paragraph(escape(_zone(plan, words)), look.note),
                ]
                story += top
            first, last = plan.slots[group[0]], plan.slots[group[-1]]
            part_text = words._("Slots {first}–{last} of {count}: {span}").format(
                first=group[0] + 1,
                last=group[-1] + 1,
                count=len(plan.slots),
                span=words.time_span(first.starts, last.ends),
            )
            part = Paragraph(escape(part_text), look.part)
            story.append(part)
            if number == 1:
                top = list(story)
            else:
                top.append(part)
        room = layout.height - sum(_height(f, layout.width) for f in top) - 6
        for scale in GRID_SCALES:
            scaled = grid_styles(accent, scale)
            grid = _grid(
                plan, group, _label_width(plan, scaled), layout.width, scaled, accent, words
            )
            if _height(grid, layout.width) <= room:
                break
        story.append(grid)
    if not plan.slots:
        story.append(Paragraph(escape(words._("This session has no slot.")), look.free))
    return story


def slot_groups(count: int, width: float) -> list[range]:
    """Slot indexes cut into groups that fit ``width`` at ``SLOT_MIN_WIDTH`` each, as even as
    possible (9 slots, 7 fit: 5 and 4)."""
    if count == 0:
        return []
    fit = max(1, int(width // SLOT_MIN_WIDTH))
    parts = math.ceil(count / fit)
    size = math.ceil(count / parts)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _label_width(plan: SessionPlan, look: GridStyles) -> float:
    widest = max(
        (text_width(t.label, FONT_BOLD, look.table.fontSize) for t in plan.tables), default=0.0
    )
    return min(max(widest + 2 * CELL_PADDING + 1, 58.0), 120.0)


def _grid(
    plan: SessionPlan,
    group: range,
    label_width: float,
    width: float,
    look: GridStyles,
    accent: colors.Color,
    words: DocumentLanguage,
) -> Table:
    abbreviation = zone_abbreviation(plan.session.starts_local, plan.zone)
    times = words._("times {zone}").format(zone=abbreviation)
    header: list[Flowable | list[Flowable]] = [
        [
            Paragraph(escape(words.pgettext("B2B", "Table")), look.head),
            Paragraph(escape(times), look.head_small),
        ]
    ]
    for index in group:
        slot = words._("Slot {number}").format(number=index + 1)
        header.append(
            [
                Paragraph(escape(plan.slots[index].label_in(words)), look.head),
                Paragraph(escape(slot), look.head_small),
            ]
        )
    rows: list[list[Flowable | list[Flowable]]] = [header]
    for table in plan.tables:
        row: list[Flowable | list[Flowable]] = [Paragraph(escape(table.label), look.table)]
        row += [_cell(plan.meetings_at(table, index), look, words) for index in group]
        rows.append(row)
    slot_width = (width - label_width) / len(group)
    grid = Table(
        rows, colWidths=[label_width] + [slot_width] * len(group), repeatRows=1, hAlign="LEFT"
    )
    grid.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), accent),
                ("BACKGROUND", (0, 1), (0, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return grid


def person_text(name: str, organisation: str) -> str:
    """``<b>Name</b> (Organisation)`` as Paragraph markup."""
    return f"<b>{escape(name)}</b>" + (f" ({escape(organisation)})" if organisation else "")


def _cell(
    meetings: tuple[MeetingRow, ...], look: GridStyles, words: DocumentLanguage
) -> list[Flowable]:
    if not meetings:
        return [Paragraph("–", look.free)]
    cell: list[Flowable] = []
    for number, meeting in enumerate(meetings):
        if number:
            clash = escape(words._("Clash: a second meeting here"))
            label, colon, rest = clash.partition(":")
            cell.append(Paragraph(f"<b>{label}{colon}</b>{rest}", look.free))
        for position, (_, name, organisation) in enumerate(meeting.participants):
            prefix = "× " if position else ""
            cell.append(Paragraph(prefix + person_text(name, organisation), look.person))
    return cell


# ---------------------------------------------------------------------------------------------
# Large print: one page per table

# Slot text is set as large as fits one page: these scales are tried from the first.
SIGN_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5)


@dataclass(frozen=True)
class SignStyles:
    label: ParagraphStyle
    session: ParagraphStyle
    note: ParagraphStyle


@dataclass(frozen=True)
class SlotStyles:
    time: ParagraphStyle
    person: ParagraphStyle
    organisation: ParagraphStyle
    free: ParagraphStyle
    padding: float


def sign_styles(accent: colors.Color, label: str, width: float) -> SignStyles:
    """The label as large as fits the width (from 72 down to 32 points, then it wraps)."""
    base = styles()
    size = fit_size(label, FONT_CONDENSED_BOLD, width, 72, 32)
    return SignStyles(
        label=ParagraphStyle(
            "sign_label",
            base["title"],
            fontName=FONT_CONDENSED_BOLD,
            fontSize=size,
            leading=size * 1.12,
            alignment=TA_CENTER,
            textColor=accent,
            spaceAfter=5,
        ),
        session=ParagraphStyle(
            "sign_session",
            base["h1"],
            fontSize=15,
            leading=19,
            alignment=TA_CENTER,
            spaceBefore=0,
            spaceAfter=2,
        ),
        note=ParagraphStyle(
            "sign_note", base["muted"], fontSize=10, leading=13, alignment=TA_CENTER
        ),
    )


def slot_styles(scale: float) -> SlotStyles:
    base = styles()
    return SlotStyles(
        time=ParagraphStyle(
            "sign_time", base["cell_bold"], fontSize=17 * scale, leading=21 * scale
        ),
        person=ParagraphStyle(
            "sign_person", base["cell_bold"], fontSize=17 * scale, leading=20.5 * scale
        ),
        organisation=ParagraphStyle(
            "sign_org",
            base["cell"],
            fontSize=12 * scale,
            leading=13.5 * scale,
            textColor=MUTED,
            spaceAfter=2 * scale,
        ),
        free=ParagraphStyle(
            "sign_free", base["cell"], fontSize=14 * scale, leading=18 * scale, textColor=MUTED
        ),
        padding=5 * scale,
    )


def large_print_story(
    plan: SessionPlan,
    layout: Layout,
    accent: colors.Color,
    language: DocumentLanguage | None = None,
) -> list[Flowable]:
    """One page per table of the session: label, session and day, and its slots."""
    words = language or english()
    story: list[Flowable] = []
    for table in plan.real_tables:
        if story:
            story.append(PageBreak())
        look = sign_styles(accent, table.label, layout.width)
        story += _sign(plan, table, layout, look, words)
    return story


def _sign(
    plan: SessionPlan, table: PlanTable, layout: Layout, look: SignStyles, words: DocumentLanguage
) -> list[Flowable]:
    """The page of one table; its slots in the largest type that fits what the top leaves."""
    row = plan.session
    day = f"{day_heading(row.starts_local.date(), words)} · {_zone(plan, words)}"
    top: list[Flowable] = [
        Paragraph(escape(table.label), look.label),
        Paragraph(escape(row.name), look.session),
        Paragraph(escape(day), look.note),
        Spacer(1, 12),
    ]
    if not plan.slots:
        no_slot = escape(words._("This session has no slot."))
        return [*top, Paragraph(no_slot, slot_styles(1.0).free)]
    room = layout.height - sum(_height(f, layout.width) for f in top) - 4
    for scale in SIGN_SCALES:
        grid = _sign_slots(plan, table, layout.width, slot_styles(scale), words)
        if _height(grid, layout.width) <= room:
            break
    # Past the smallest scale, shrink it whole: a table's plan never spills onto a second page.
    return [*top, KeepInFrame(layout.width, room, [grid], mode="shrink")]


def _height(flowable: Flowable, width: float) -> float:
    """Height a flowable takes in a frame of ``width``, with the space after it."""
    _, height = flowable.wrap(width, 10_000)
    return float(height + flowable.getSpaceAfter())


def _sign_slots(
    plan: SessionPlan,
    table: PlanTable,
    width: float,
    look: SlotStyles,
    words: DocumentLanguage | None = None,
) -> Table:
    """Time | first person | × | the other: a meeting on one row, a free slot says so."""
    words = words or english()
    rows: list[list[Flowable | list[Flowable] | str]] = []
    commands: list[tuple[object, ...]] = []
    free = escape(words._("free"))
    for index, slot in enumerate(plan.slots):
        meetings = plan.meetings_at(table, index)
        time_cell = Paragraph(escape(slot.label_in(words)), look.time)
        if not meetings:
            commands.append(("SPAN", (1, len(rows)), (3, len(rows))))
            rows.append([time_cell, Paragraph(free, look.free), "", ""])
            continue
        for number, meeting in enumerate(meetings):
            people = [
                _sign_person(name, organisation, look)
                for _, name, organisation in meeting.participants
            ]
            rows.append(
                [
                    time_cell if number == 0 else "",
                    people[0] if people else [],
                    Paragraph("×", look.person) if len(people) > 1 else "",
                    [flowable for person in people[1:] for flowable in person],
                ]
            )
    widest = max(
        (text_width(s.label_in(words), FONT_BOLD, look.time.fontSize) for s in plan.slots),
        default=text_width("00:00–00:00", FONT_BOLD, look.time.fontSize),
    )
    time_width = widest + 2 * look.padding + 4
    cross_width = text_width("×", FONT_BOLD, look.person.fontSize) + 2 * look.padding
    person_width = (width - time_width - cross_width) / 2
    grid = Table(
        rows, colWidths=[time_width, person_width, cross_width, person_width], hAlign="LEFT"
    )
    grid.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, SHADE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), look.padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), look.padding),
                ("LEFTPADDING", (0, 0), (-1, -1), look.padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), look.padding),
                *commands,
            ]
        )
    )
    return grid


def _sign_person(name: str, organisation: str, look: SlotStyles) -> list[Flowable]:
    person = [Paragraph(escape(name), look.person)]
    if organisation:
        person.append(Paragraph(escape(organisation), look.organisation))
    return person
