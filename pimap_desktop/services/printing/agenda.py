"""The printed agenda: the mission's programme day by day, for everyone or for each person.

The mission agenda lists every programme item with its venue, room and audience. A personal
agenda (one per registration, each from a new page, all in one PDF) lists the items the person
attends and their B2B meetings: time, table, who with and their organisation. Times are printed
in the mission's zone, named on every day. Built with reportlab platypus in the embedded font.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.rules import local_to_utc
from pimap_desktop.services.language import DocumentLanguage, document_language, own_language
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.printing.common import (
    BOTTOM,
    FONT,
    MARGIN,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
    TOP,
    DocumentReport,
    PageFrame,
    Paper,
    PdfInfo,
    Progress,
    check_cancel,
    colour,
    date_range,
    day_heading,
    escape,
    fit_size,
    frame_canvas,
    mission_branding,
    pdf_info,
    styles,
    text_width,
    tidy_address,
    when_label,
    write_pdf,
    zone_note,
)
from pimap_desktop.services.printing.itinerary import (
    Entry,
    Itineraries,
    Participant,
    mission_itineraries,
)
from pimap_desktop.text import ServiceWords

# ---------------------------------------------------------------------------------------------
# Building a framed PDF (shared with the table plan)


@dataclass
class RunningHead:
    """A line under the page title naming whose pages these are; set by ``RunningHeadMark``."""

    text: str = ""


class RunningHeadMark(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Takes no room; when drawn, the pages from here on carry ``text`` under the title."""

    def __init__(self, head: RunningHead, text: str) -> None:
        super().__init__()
        self._head = head
        self._text = text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self._head.text = self._text


@dataclass(frozen=True)
class Layout:
    """Page size and the content box between the frame's header and footer."""

    page: tuple[float, float]

    @property
    def width(self) -> float:
        return float(self.page[0] - 2 * MARGIN)

    @property
    def height(self) -> float:
        return float(self.page[1] - TOP - BOTTOM)


def build_framed_pdf(
    out: Path,
    story: list[Flowable],
    *,
    layout: Layout,
    frame: PageFrame,
    cancel: threading.Event | None,
    info: PdfInfo,
    head: RunningHead | None = None,
) -> int:
    """Lay out ``story`` on framed pages and write ``out`` whole or not at all (a cancel or an
    error leaves no file, not even the partial one); returns the number of pages. ``info``:
    the PDF's language, title, subject and author."""
    running = head or RunningHead()

    def on_page_end(canvas: Any, doc: Any) -> None:
        check_cancel(cancel)  # a cancel stops the layout, page by page
        if running.text:
            _draw_running_head(canvas, layout, running.text)

    def draw(partial: Path) -> int:
        try:
            doc = BaseDocTemplate(
                str(partial),
                pagesize=layout.page,
                leftMargin=MARGIN,
                rightMargin=MARGIN,
                topMargin=TOP,
                bottomMargin=BOTTOM,
                **info.doc_template,
            )
            content = Frame(
                MARGIN,
                BOTTOM,
                layout.width,
                layout.height,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id="content",
            )
            doc.addPageTemplates([PageTemplate("page", [content], onPageEnd=on_page_end)])
            doc.build(story, canvasmaker=frame_canvas(frame))
            return int(doc.page)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    check_cancel(cancel)
    return write_pdf(out, draw)


def _draw_running_head(canvas: Any, layout: Layout, text: str) -> None:
    """Under the title, left of the logos: whose pages these are."""
    size = fit_size(text, FONT, layout.width * 0.6, 8, 6)
    line = text
    while text_width(line, FONT, size) > layout.width * 0.6 and len(line) > 1:
        line = line[:-2] + "…"
    canvas.saveState()
    canvas.setFont(FONT, size)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, layout.page[1] - TOP + 7, line)
    canvas.restoreState()


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


# ---------------------------------------------------------------------------------------------
# Styles of the agenda


@dataclass(frozen=True)
class AgendaStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    day: ParagraphStyle
    note: ParagraphStyle
    empty: ParagraphStyle
    head: ParagraphStyle
    time: ParagraphStyle
    what: ParagraphStyle
    detail: ParagraphStyle
    where: ParagraphStyle


def agenda_styles(accent: colors.Color) -> AgendaStyles:
    base = styles()
    return AgendaStyles(
        title=base["title"],
        subtitle=ParagraphStyle("subtitle", base["body"], fontSize=10.5, leading=14),
        day=ParagraphStyle(
            "day", base["h1"], textColor=accent, keepWithNext=1, spaceBefore=12, spaceAfter=1
        ),
        note=ParagraphStyle("note", base["muted"], keepWithNext=1, spaceAfter=4),
        empty=ParagraphStyle("empty", base["body"], fontName=FONT, textColor=MUTED),
        head=ParagraphStyle("head", base["cell_bold"], textColor=colors.white),
        time=ParagraphStyle("time", base["cell_bold"]),
        what=ParagraphStyle("what", base["cell_bold"], fontSize=9.5, leading=12),
        detail=ParagraphStyle("detail", base["cell"], fontSize=8, leading=10, textColor=MUTED),
        where=base["cell"],
    )


# Column widths as shares of the content width: time, what, where.
_COLUMNS = (0.15, 0.53, 0.32)


# ---------------------------------------------------------------------------------------------
# Public API


def write_agenda(
    session: Session,
    mission_id: uuid.UUID,
    out: Path,
    *,
    paper: Paper = Paper.A4,
    registration_ids: Sequence[uuid.UUID] | None = None,
    printed_on: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    language: str | None = None,
) -> DocumentReport:
    """The mission agenda (``registration_ids`` None) or one personal agenda per registration,
    each from a new page, in one PDF at ``out``. An unknown registration: ValidationError and
    nothing written.

    ``language`` (a code of ``DOCUMENT_LANGUAGES``, English when None) is the document's; a
    personal agenda is in the person's preferred language when one is recorded."""
    words = document_language(language)
    mission = get_mission(session, mission_id)
    people = _unique(registration_ids) if registration_ids is not None else None
    if people is not None and not people:
        raise ValidationError(
            ServiceWords.say("Choose at least one person to print a personal agenda for.")
        )
    itineraries = mission_itineraries(session, mission, people)
    if people is not None:
        _check_registered(itineraries, people)
    branding = mission_branding(session, mission)
    layout = Layout(paper.size)
    look = agenda_styles(colour(branding.colour))
    check_cancel(cancel)

    head = RunningHead()
    if people is None:
        title = words._("{mission} — Agenda").format(mission=itineraries.name)
        subject = words._("The programme of {mission} ({code}), day by day")
        story = mission_story(itineraries, layout, look, words)
        report_progress(progress, 1, 2)
    else:
        own = own_language(itineraries.participants[people[0]].preferred_language, words)
        if len(people) == 1:
            words = own  # one person's agenda: theirs throughout, metadata and footer too
        title = words.ngettext(
            "{mission} — Personal agenda", "{mission} — Personal agendas", len(people)
        ).format(mission=itineraries.name)
        subject = words._("Personal programmes and B2B meetings, {mission} ({code})")
        story = []
        for done, registration_id in enumerate(people, start=1):
            check_cancel(cancel)
            if story:
                story.append(PageBreak())
            person = itineraries.participants[registration_id]
            theirs = own_language(person.preferred_language, words)
            story += personal_story(itineraries, registration_id, layout, look, head, theirs)
            report_progress(progress, done, len(people) + 1)
    frame = PageFrame(title, branding, printed_on or date.today(), language=words)
    info = pdf_info(
        title, subject.format(mission=itineraries.name, code=itineraries.code), branding, words
    )
    pages = build_framed_pdf(
        out, story, layout=layout, frame=frame, cancel=cancel, info=info, head=head
    )
    total = 1 if people is None else len(people)
    report_progress(progress, total + 1, total + 1)
    return DocumentReport("agenda", (out,), pages, total)


def _unique(values: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    return list(dict.fromkeys(values))


def _check_registered(itineraries: Itineraries, people: Sequence[uuid.UUID]) -> None:
    unknown = [r for r in people if r not in itineraries.participants]
    if unknown:
        raise ValidationError(
            f"{len(unknown)} of the {len(people)} people chosen "
            f"{'is' if len(unknown) == 1 else 'are'} not registered on {itineraries.code} "
            f"(registration {unknown[0]}); nothing was printed.",
            "registration_ids",
        )


# ---------------------------------------------------------------------------------------------
# The mission agenda


def mission_story(
    itineraries: Itineraries, layout: Layout, look: AgendaStyles, words: DocumentLanguage
) -> list[Flowable]:
    """Title block, venues, then every day with every programme item."""
    story: list[Flowable] = [
        Paragraph(escape(itineraries.name), look.title),
        Paragraph(escape(_mission_line(itineraries, words)), look.subtitle),
    ]
    if itineraries.venues:
        story += [Spacer(1, 6), _venues_table(itineraries, layout, look, words)]
    entries: dict[date, list[Entry]] = {d: [] for d in _days(itineraries, itineraries.programme)}
    for entry in itineraries.programme:
        entries[itineraries.local_day(entry)].append(entry)
    for day, day_entries in entries.items():
        story += _day_section(
            itineraries,
            day,
            [_item_row(itineraries, e, look, words, with_audience=True) for e in day_entries],
            layout,
            look,
            words,
            empty=words._("Nothing on the programme this day."),
        )
    return story


def _mission_line(itineraries: Itineraries, words: DocumentLanguage) -> str:
    country = words.country(itineraries.country)
    place = ", ".join(p for p in (itineraries.city, country) if p)
    parts = [place, date_range(itineraries.start_date, itineraries.end_date, words)]
    if itineraries.host_event:
        parts.append(itineraries.host_event)
    return " · ".join(p for p in parts if p)


def _venues_table(
    itineraries: Itineraries, layout: Layout, look: AgendaStyles, words: DocumentLanguage
) -> Table:
    rows = [[Paragraph(words._("Venue"), look.head), Paragraph(words._("Address"), look.head)]]
    rows += [
        [Paragraph(escape(name), look.time), Paragraph(escape(tidy_address(address)), look.where)]
        for name, address in itineraries.venues
    ]
    table = Table(rows, colWidths=[layout.width * 0.4, layout.width * 0.6], repeatRows=1)
    table.setStyle(_table_style(look))
    return table


def _days(itineraries: Itineraries, entries: Sequence[Entry]) -> list[date]:
    """Every day of the mission, and any day outside it that has something on it."""
    return sorted(set(itineraries.days()) | {itineraries.local_day(e) for e in entries})


def _day_section(
    itineraries: Itineraries,
    day: date,
    rows: list[list[Flowable]],
    layout: Layout,
    look: AgendaStyles,
    words: DocumentLanguage,
    *,
    empty: str,
) -> list[Flowable]:
    """A day's heading, the zone that day, and its table (or one line saying it is free)."""
    noon = local_to_utc(day, time(12), itineraries.timezone)
    section: list[Flowable] = [
        Paragraph(escape(day_heading(day, words)), look.day),
        Paragraph(escape(zone_note(noon, itineraries.timezone, words)), look.note),
    ]
    if not rows:
        return [*section, Paragraph(escape(empty), look.empty)]
    header = [
        Paragraph(escape(t), look.head)
        for t in (words._("Time"), words._("What"), words._("Where"))
    ]
    table = Table(
        [header, *rows],
        colWidths=[layout.width * share for share in _COLUMNS],
        repeatRows=1,
    )
    table.setStyle(_table_style(look))
    return [*section, table]


def _table_style(look: AgendaStyles) -> TableStyle:
    accent = look.day.textColor
    return TableStyle(
        [
            TABLE_FONT,
            ("BACKGROUND", (0, 0), (-1, 0), accent),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
    )


def _time_text(itineraries: Itineraries, entry: Entry, words: DocumentLanguage) -> str:
    return when_label(entry.starts_at, entry.ends_at, itineraries.timezone, words)


def _item_row(
    itineraries: Itineraries,
    entry: Entry,
    look: AgendaStyles,
    words: DocumentLanguage,
    *,
    with_audience: bool,
) -> list[Flowable]:
    what = [Paragraph(escape(entry.title), look.what)]
    if with_audience and not entry.audience_words.everyone:
        audience = words._("For: {audience}").format(audience=entry.audience_words.text(words))
        what.append(Paragraph(escape(audience), look.detail))
    if entry.description:
        what.append(Paragraph(escape(entry.description), look.detail))
    time_text = _time_text(itineraries, entry, words)
    return [Paragraph(escape(time_text), look.time), what, _where(entry, look)]


def _where(entry: Entry, look: AgendaStyles) -> list[Flowable]:
    place = " · ".join(p for p in (entry.venue, entry.room) if p)
    cell = [Paragraph(escape(place), look.where)] if place else []
    address = tidy_address(entry.address)
    if address and address != entry.venue:
        cell.append(Paragraph(escape(address), look.detail))
    return cell


# ---------------------------------------------------------------------------------------------
# Personal agendas


def personal_story(
    itineraries: Itineraries,
    registration_id: uuid.UUID,
    layout: Layout,
    look: AgendaStyles,
    head: RunningHead,
    words: DocumentLanguage,
) -> list[Flowable]:
    """One person's agenda: who, then their items and meetings day by day, in ``words``
    (their own language, or the export's)."""
    person = itineraries.participants[registration_id]
    entries = itineraries.person_programme(registration_id)
    story: list[Flowable] = [
        RunningHeadMark(head, words._("Personal agenda of {name}").format(name=person.name)),
        Paragraph(escape(person.name), look.title),
        Paragraph(escape(_person_line(person, words)), look.subtitle),
        Paragraph(escape(itineraries.name), look.subtitle),
        Paragraph(escape(_mission_line(itineraries, words)), look.subtitle),
        Paragraph(escape(_meeting_count(itineraries, registration_id, words)), look.empty),
    ]
    by_day: dict[date, list[Entry]] = {day: [] for day in _days(itineraries, entries)}
    for entry in entries:
        by_day[itineraries.local_day(entry)].append(entry)
    for day, day_entries in by_day.items():
        rows = [
            _meeting_row(itineraries, e, look, words)
            if e.kind == "meeting"
            else _item_row(itineraries, e, look, words, with_audience=False)
            for e in day_entries
        ]
        story += _day_section(
            itineraries,
            day,
            rows,
            layout,
            look,
            words,
            empty=words._("Nothing on your programme this day."),
        )
    return story


def _person_line(person: Participant, words: DocumentLanguage) -> str:
    parts = [person.job_title, person.organisation, person.delegation]
    return " · ".join(dict.fromkeys(p for p in parts if p)) or words._("Participant")


def _meeting_count(
    itineraries: Itineraries, registration_id: uuid.UUID, words: DocumentLanguage
) -> str:
    count = len(itineraries.meetings_of(registration_id))
    if count == 0:
        return words._("No B2B meeting is scheduled for you.")
    return words.ngettext(
        "{count} B2B meeting scheduled for you; see the days below.",
        "{count} B2B meetings scheduled for you; see the days below.",
        count,
    ).format(count=count)


def _meeting_row(
    itineraries: Itineraries, entry: Entry, look: AgendaStyles, words: DocumentLanguage
) -> list[Flowable]:
    """Time, table and who with (name and organisation) of one B2B meeting."""
    table = entry.table_in(words)
    heading = words._("B2B meeting") + (f" · {table}" if table else "")
    what: list[Flowable] = [Paragraph(escape(heading), look.what)]
    for other in entry.with_ids:
        who = itineraries.participants.get(other)
        if who is None:
            continue
        organisation = f" ({escape(who.organisation)})" if who.organisation else ""
        markup = escape(words._("with {name}")).replace(
            "{name}", f"<b>{escape(who.name)}</b>{organisation}"
        )
        what.append(Paragraph(markup, look.where))
    if entry.session_name:
        what.append(Paragraph(escape(entry.session_name), look.detail))
    time_text = _time_text(itineraries, entry, words)
    return [Paragraph(escape(time_text), look.time), what, _where(entry, look)]
