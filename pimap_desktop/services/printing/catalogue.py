"""The matchmaking catalogue: every organisation taking part in a mission, its profile and its
people, to read before the B2B meetings.

Who is in it: the organisations of the mission's registrations that take part (invited,
registered or confirmed: ``b2b.TAKING_PART``), erased people left out. Consent decides the rest:
an organisation is listed only when at least one of its participants agreed to be listed
(``consent_listed``), only those people are named, and their e-mail and phone are printed only
when they also agreed to be contacted (``consent_contact``). What is left out is counted in the
report's ``skipped``, with numbers only.

The organisations are grouped by country (its full name as heading) or by first sector, sorted
by name inside a group, each block kept on one page when it fits. An index at the end lists
every organisation with the page its block starts on and links to it: a block's heading notes
its page when it is drawn, and the index, laid out after every block, reads those pages (one
pass). The PDF outline has a bookmark per group and per organisation.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import OrganisationSize
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Mission, Organisation, Person, Registration
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services.b2b.meetings import TAKING_PART
from pimap_desktop.services.language import DocumentLanguage, document_language, english
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.printing.agenda import Layout, report_progress
from pimap_desktop.services.printing.choices import GroupBy as GroupBy
from pimap_desktop.services.printing.choices import parse_group_by as parse_group_by
from pimap_desktop.services.printing.common import (
    BOTTOM,
    FONT,
    FONT_BOLD,
    MARGIN,
    MUTED,
    RULE,
    SHADE,
    TOP,
    DocumentReport,
    PageFrame,
    Paper,
    PdfInfo,
    Progress,
    check_cancel,
    colour,
    date_range,
    draw_frame,
    escape,
    fit_size,
    mission_branding,
    pdf_info,
    styles,
    text_width,
    write_pdf,
)
from pimap_desktop.services.printing.packs import coordinator_contact
from pimap_desktop.text import ServiceWords

# ---------------------------------------------------------------------------------------------
# Grouping (GroupBy and parse_group_by: in choices, which the export page reads without reportlab)


NO_COUNTRY = "Country not given"
NO_SECTOR = "Sector not given"


def size_text(size: OrganisationSize, language: DocumentLanguage | None = None) -> str:
    """``Small (10–49 staff)`` in the document's language."""
    words = language or english()
    texts = {
        OrganisationSize.MICRO: words._("Micro (fewer than 10 staff)"),
        OrganisationSize.SMALL: words._("Small (10–49 staff)"),
        OrganisationSize.MEDIUM: words._("Medium (50–249 staff)"),
        OrganisationSize.LARGE: words._("Large (250 staff or more)"),
    }
    return texts[size]


SIZES = {size: size_text(size) for size in OrganisationSize}


# ---------------------------------------------------------------------------------------------
# What the catalogue holds


@dataclass(frozen=True)
class ListedPerson:
    """A participant who agreed to be listed; ``email`` and ``phone`` are empty unless they
    also agreed to be contacted."""

    name: str
    job_title: str
    email: str
    phone: str
    contact: bool


@dataclass(frozen=True)
class ListedOrganisation:
    id: uuid.UUID
    name: str
    kind: str  # its label: "SME", "Research centre"
    size: str  # "Small (10–49 staff)" or ""
    city: str
    country: str  # the full name: "Denmark"
    website: str
    sectors: tuple[str, ...]
    technologies: tuple[str, ...]
    application_areas: tuple[str, ...]
    value_chain: str
    offers: str
    seeks: str
    description: str
    people: tuple[ListedPerson, ...]


@dataclass(frozen=True)
class Group:
    heading: str  # "Denmark", "Photonics", "Country not given"
    organisations: tuple[ListedOrganisation, ...]


@dataclass(frozen=True)
class Catalogue:
    code: str
    name: str
    line: str  # "San Francisco, United States · 24–29 January 2027 · SPIE Photonics West"
    group_by: GroupBy
    groups: tuple[Group, ...]
    skipped: tuple[str, ...]
    language: DocumentLanguage = field(default_factory=english)

    @property
    def organisations(self) -> list[ListedOrganisation]:
        return [o for g in self.groups for o in g.organisations]


def catalogue_contents(
    session: Session,
    mission_id: uuid.UUID,
    group_by: GroupBy = GroupBy.COUNTRY,
    language: DocumentLanguage | None = None,
) -> Catalogue:
    """The organisations to list, grouped and sorted, and what consent left out; countries,
    kinds and sizes named in ``language`` (English when None), and the groups sorted by those
    names.

    ValidationError when there is no organisation to list (nobody taking part belongs to one,
    or none of them has someone who agreed to be listed)."""
    words = language or english()
    mission = get_mission(session, mission_id)
    rows = session.execute(
        select(Person, Organisation)
        .join(Registration, Registration.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(
            Registration.mission_id == mission.id,
            Registration.status.in_(TAKING_PART),
            Person.erased_at.is_(None),
        )
    ).all()
    organisations: dict[uuid.UUID, Organisation] = {}
    people: dict[uuid.UUID, list[Person]] = {}
    without_organisation = 0
    for person, organisation in rows:
        if organisation is None:
            without_organisation += 1
            continue
        organisations[organisation.id] = organisation
        people.setdefault(organisation.id, []).append(person)
    if not organisations:
        raise ValidationError(
            ServiceWords.say(
                "No organisation to list in the catalogue of %1: nobody taking part (invited, "
                "registered or confirmed) belongs to an organisation.",
                mission.code,
            ),
            "mission",
        )
    listed: list[ListedOrganisation] = []
    not_named = 0
    for org_id, organisation in organisations.items():
        consenting = [p for p in people[org_id] if p.consent_listed]
        if consenting:
            not_named += len(people[org_id]) - len(consenting)
            listed.append(_listed(organisation, consenting, words))
    if not listed:
        raise ValidationError(
            ServiceWords.say(
                "No organisation to list in the catalogue of %1: the organisation taking part "
                "has no participant who agreed to be listed.",
                mission.code,
            )
            if len(organisations) == 1
            else ServiceWords.say(
                "No organisation to list in the catalogue of %1: none of the %2 organisations "
                "taking part has a participant who agreed to be listed.",
                mission.code,
                len(organisations),
            ),
            "mission",
        )
    skipped = []
    if len(organisations) > len(listed):
        unlisted = len(organisations) - len(listed)
        skipped.append(f"{_count(unlisted, 'organisation')} not listed: no consent")
    if not_named:
        skipped.append(f"{_count(not_named, 'person', 'people')} not named: no consent")
    if without_organisation:
        skipped.append(
            f"{_count(without_organisation, 'person', 'people')} not listed: no organisation"
        )
    return Catalogue(
        code=mission.code,
        name=mission.name,
        line=_mission_line(mission, words),
        group_by=group_by,
        groups=_groups(listed, group_by, words),
        skipped=tuple(skipped),
        language=words,
    )


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _listed(
    organisation: Organisation, consenting: Sequence[Person], words: DocumentLanguage
) -> ListedOrganisation:
    ordered = sorted(
        consenting, key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), str(p.id))
    )
    return ListedOrganisation(
        id=organisation.id,
        name=organisation.name.strip(),
        kind=words.label(organisation.kind),
        size=size_text(organisation.size, words) if organisation.size is not None else "",
        city=organisation.city.strip(),
        country=words.country(organisation.country),
        website=organisation.website.strip(),
        sectors=_words(organisation.sectors),
        technologies=_words(organisation.technologies),
        application_areas=_words(organisation.application_areas),
        value_chain=organisation.value_chain_position.strip(),
        offers=organisation.offers.strip(),
        seeks=organisation.seeks.strip(),
        description=organisation.description.strip(),
        people=tuple(
            ListedPerson(
                name=f"{p.first_name} {p.last_name}".strip(),
                job_title=p.job_title.strip(),
                email=(p.email or "") if p.consent_contact else "",
                phone=p.phone.strip() if p.consent_contact else "",
                contact=p.consent_contact,
            )
            for p in ordered
        ),
    )


def _words(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in values or () if v and v.strip())


def _sort_key(text: str) -> tuple[str, str]:
    """Accents, case and legal forms aside (``Œrsted`` files under O, not after Z)."""
    return normalise_name(text), text.casefold()


def _groups(
    listed: Sequence[ListedOrganisation], group_by: GroupBy, words: DocumentLanguage
) -> tuple[Group, ...]:
    """Groups by heading, sorted by name with the one for "not given" last; organisations
    sorted by name inside each."""
    by_key: dict[str, tuple[str, list[ListedOrganisation]]] = {}
    for organisation in listed:
        if group_by is GroupBy.COUNTRY:
            first = organisation.country
            heading = first or words._("Country not given")
        else:
            first = organisation.sectors[0] if organisation.sectors else ""
            heading = first[:1].upper() + first[1:] if first else words._("Sector not given")
        key = heading.casefold() if first else ""
        by_key.setdefault(key, (heading, []))[1].append(organisation)
    ordered = sorted(by_key.items(), key=lambda kv: (kv[0] == "", _sort_key(kv[1][0])))
    return tuple(
        Group(heading, tuple(sorted(members, key=lambda o: (*_sort_key(o.name), str(o.id)))))
        for _key, (heading, members) in ordered
    )


def _mission_line(mission: Mission, words: DocumentLanguage) -> str:
    place = ", ".join(p for p in (mission.city, words.country(mission.country)) if p)
    dates = date_range(mission.start_date, mission.end_date, words)
    parts = [place, dates, mission.host_event]
    return " · ".join(p for p in parts if p)


# ---------------------------------------------------------------------------------------------
# Writing


def write_catalogue(
    session: Session,
    mission_id: uuid.UUID,
    out: Path,
    *,
    paper: Paper = Paper.A4,
    group_by: GroupBy = GroupBy.COUNTRY,
    printed_on: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    language: str | None = None,
) -> DocumentReport:
    """The matchmaking catalogue of the mission as one PDF at ``out`` (whole or not at all),
    in ``language`` (English when None).

    ``items`` counts the organisations listed; ``skipped`` says how many organisations and
    people consent left out. No organisation to list: ValidationError, nothing written."""
    words = document_language(language)
    catalogue = catalogue_contents(session, mission_id, group_by, words)
    mission = get_mission(session, mission_id)
    branding = mission_branding(session, mission)
    check_cancel(cancel)
    layout = Layout(paper.size)
    title = words._("Matchmaking catalogue — {mission}").format(mission=catalogue.name)
    frame = PageFrame(title, branding, printed_on or date.today(), language=words)
    subject = words._("The organisations taking part in {mission} ({code}) and their people")
    info = pdf_info(
        title, subject.format(mission=catalogue.name, code=catalogue.code), branding, words
    )
    total = len(catalogue.organisations)
    report_progress(progress, 0, total + 1)
    look = _styles(colour(branding.colour), words)
    builder = _Builder(catalogue, layout, look, progress, cancel, total)
    pages = _build(out, builder.story(), layout=layout, frame=frame, cancel=cancel, info=info)
    report_progress(progress, total + 1, total + 1)
    return DocumentReport("catalogue", (out,), pages, total, catalogue.skipped)


def _build(
    out: Path,
    story: list[Flowable],
    *,
    layout: Layout,
    frame: PageFrame,
    cancel: threading.Event | None,
    info: PdfInfo,
) -> int:
    """Lay out ``story`` on framed pages at ``out``, whole or not at all; the page count.

    A cancel is noticed as each heading is drawn (``_Marked``), and once more at the end. Not
    at a page's end: reportlab re-raises what a page break raises with a message argument,
    which ``PrintCancelled`` does not take."""

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
            doc.addPageTemplates([PageTemplate("page", [content])])
            doc.build(story, canvasmaker=_canvas_maker(frame, layout))
            check_cancel(cancel)
            return int(doc.page)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    check_cancel(cancel)
    return write_pdf(out, draw)


# ---------------------------------------------------------------------------------------------
# Marks: where the headings landed (index, outline, running head)


@dataclass(frozen=True)
class _Mark:
    key: str  # the PDF destination name
    title: str  # the outline entry
    level: int  # 0: a group or the index, 1: an organisation
    group: str  # the running head of the page it lands on ("" keeps the one before)


@dataclass
class _Placed:
    """The page of every organisation's heading, noted as it is drawn."""

    pages: dict[str, int] = field(default_factory=dict)


class _Marked(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A heading that, when drawn, notes its page and its place for the index, the outline
    and the running head. It never splits: a heading that does not fit goes to the next page
    with what follows it."""

    def __init__(
        self,
        inner: Paragraph,
        mark: _Mark,
        placed: _Placed,
        drawn: Callable[[], None],
    ) -> None:
        super().__init__()
        self.inner, self.mark, self.placed, self.drawn = inner, mark, placed, drawn
        self.spaceBefore = inner.style.spaceBefore
        self.spaceAfter = inner.style.spaceAfter
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self.drawn()
        canvas = self.canv
        self.placed.pages.setdefault(self.mark.key, canvas.getPageNumber())
        _, top = canvas.absolutePosition(0, self.height)
        canvas.catalogue_marks.append((self.mark, float(top)))
        self.inner.drawOn(canvas, 0, 0)


class _Index(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The index table, made when it is first laid out: after every block was drawn, so the
    pages are known. Splits over pages like the table it is."""

    def __init__(self, make: Callable[[], Table]) -> None:
        super().__init__()
        self._make = make
        self._table: Table | None = None

    def table(self) -> Table:
        if self._table is None:
            self._table = self._make()
        return self._table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.table().wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self.table().split(available_width, available_height))

    def draw(self) -> None:
        self.table().drawOn(self.canv, 0, 0)


def _canvas_maker(frame: PageFrame, layout: Layout) -> type[Canvas]:
    """Pages held until the end, then framed ("Page n of N"), with their bookmarks, outline
    entries and running head (the groups whose organisations start on the page)."""

    class _CatalogueCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.catalogue_marks: list[tuple[_Mark, float]] = []
            self.showOutline()

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self.catalogue_marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            group = ""
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                groups: list[str] = []
                for mark, top in self.catalogue_marks:
                    self.bookmarkPage(mark.key, fit="XYZ", left=0, top=top + 4)
                    self.addOutlineEntry(mark.title, mark.key, level=mark.level)
                    if mark.group and mark.group not in groups:
                        groups.append(mark.group)
                head = groups or ([group] if group else [])
                draw_frame(self, frame, number, total)
                if head:
                    _draw_running_head(self, layout, head)
                    group = head[-1]
                Canvas.showPage(self)
            Canvas.save(self)

    return _CatalogueCanvas


def _draw_running_head(canvas: Canvas, layout: Layout, groups: Sequence[str]) -> None:
    """Under the title: the group (or first – last group) of the page."""
    text = groups[0] if len(groups) == 1 else f"{groups[0]} – {groups[-1]}"
    width = layout.width * 0.6
    size = fit_size(text, FONT, width, 8, 6)
    while text_width(text, FONT, size) > width and len(text) > 1:
        text = text[:-2] + "…"
    canvas.saveState()
    canvas.setFont(FONT, size)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, layout.page[1] - TOP + 7, text)
    canvas.restoreState()


# ---------------------------------------------------------------------------------------------
# Styles

LABELS = ("Sectors", "Technologies", "Applications", "Value chain", "Offers", "Seeks", "People")


def field_labels(language: DocumentLanguage) -> dict[str, str]:
    """The labels of an organisation's fields (``LABELS``) in the document's language."""
    words = language
    return {
        "Sectors": words._("Sectors"),
        "Technologies": words._("Technologies"),
        "Applications": words._("Applications"),
        "Value chain": words._("Value chain"),
        "Offers": words._("Offers"),
        "Seeks": words._("Seeks"),
        "People": words._("People"),
    }


@dataclass(frozen=True)
class _Styles:
    accent: colors.Color
    title: ParagraphStyle
    subtitle: ParagraphStyle
    intro: ParagraphStyle
    group: ParagraphStyle
    name: ParagraphStyle
    facts: ParagraphStyle
    field: ParagraphStyle
    description: ParagraphStyle
    index_title: ParagraphStyle
    index_head: ParagraphStyle
    index_head_page: ParagraphStyle
    index_cell: ParagraphStyle
    index_page: ParagraphStyle


def _styles(accent: colors.Color, language: DocumentLanguage | None = None) -> _Styles:
    base = styles()
    body = base["body"]
    label_size = 8.0
    labels = field_labels(language or english()).values()
    label_width = max(text_width(label, FONT_BOLD, label_size) for label in labels) + 8
    return _Styles(
        accent=accent,
        title=ParagraphStyle("cat_title", base["title"], fontSize=22, leading=27),
        subtitle=ParagraphStyle("cat_subtitle", body, fontSize=11, leading=15),
        intro=ParagraphStyle("cat_intro", body, textColor=MUTED, spaceBefore=8, spaceAfter=2),
        group=ParagraphStyle(
            "cat_group",
            base["h1"],
            fontSize=15,
            leading=19,
            textColor=accent,
            spaceBefore=16,
            spaceAfter=2,
        ),
        name=ParagraphStyle(
            "cat_name", body, fontName=FONT_BOLD, fontSize=12, leading=15, spaceAfter=1
        ),
        facts=ParagraphStyle("cat_facts", body, fontSize=8.5, leading=11, textColor=MUTED),
        field=ParagraphStyle(
            "cat_field",
            body,
            fontSize=9,
            leading=11.5,
            leftIndent=label_width,
            bulletIndent=0,
            bulletFontName=FONT_BOLD,
            bulletFontSize=label_size,
            bulletColor=MUTED,
            spaceBefore=2.5,
        ),
        description=ParagraphStyle("cat_description", body, fontSize=9, leading=12, spaceBefore=4),
        index_title=ParagraphStyle("cat_index_title", base["h1"], fontSize=15, leading=19),
        index_head=ParagraphStyle("cat_index_head", base["cell_bold"], textColor=colors.white),
        index_head_page=ParagraphStyle(
            "cat_index_head_page", base["cell_bold"], textColor=colors.white, alignment=TA_RIGHT
        ),
        index_cell=base["cell"],
        index_page=ParagraphStyle("cat_index_page", base["cell"], alignment=TA_RIGHT),
    )


# ---------------------------------------------------------------------------------------------
# The story


class _Builder:
    """The flowables of one catalogue."""

    def __init__(
        self,
        catalogue: Catalogue,
        layout: Layout,
        look: _Styles,
        progress: Progress | None,
        cancel: threading.Event | None,
        total: int,
    ) -> None:
        self.catalogue, self.layout, self.look = catalogue, layout, look
        self.words = catalogue.language
        self.labels = field_labels(self.words)
        self.placed = _Placed()
        self.keys = {o.id: f"org{n}" for n, o in enumerate(catalogue.organisations, start=1)}
        self.progress, self.cancel, self.total, self.done = progress, cancel, total, 0

    def story(self) -> list[Flowable]:
        look, catalogue, words = self.look, self.catalogue, self.words
        index_title = words._("Index of organisations")
        story: list[Flowable] = [
            Paragraph(escape(words._("Matchmaking catalogue")), look.title),
            Paragraph(escape(catalogue.name), look.subtitle),
        ]
        if catalogue.line:
            story.append(Paragraph(escape(catalogue.line), look.subtitle))
        story.append(Paragraph(escape(self._intro()), look.intro))
        for number, group in enumerate(catalogue.groups, start=1):
            heading: list[Flowable] = [
                _Marked(
                    Paragraph(escape(group.heading), look.group),
                    _Mark(f"group{number}", group.heading, 0, group.heading),
                    self.placed,
                    self._check_cancel,
                ),
                HRFlowable(width="100%", thickness=1.2, color=look.accent, spaceAfter=2),
            ]
            for n, organisation in enumerate(group.organisations):
                separator: list[Flowable] = (
                    [HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=9)]
                    if n
                    else []
                )
                block = heading + separator + self._block(organisation, group.heading)
                story.append(KeepTogether(block))
                heading = []  # in the first block's: never alone at the foot of a page
        story += [
            PageBreak(),
            _Marked(
                Paragraph(escape(index_title), look.index_title),
                _Mark("index", index_title, 0, words._("Index")),
                self.placed,
                self._check_cancel,
            ),
            _Index(self._index_table),
        ]
        return story

    def _intro(self) -> str:
        catalogue, words = self.catalogue, self.words
        count = len(catalogue.organisations)
        if catalogue.group_by is GroupBy.COUNTRY:
            grouped = words.ngettext(
                "{count} organisation taking part, grouped by country and sorted by name; the "
                "index at the end gives the page of each.",
                "{count} organisations taking part, grouped by country and sorted by name; the "
                "index at the end gives the page of each.",
                count,
            )
        else:
            grouped = words.ngettext(
                "{count} organisation taking part, grouped by first sector and sorted by name; "
                "the index at the end gives the page of each.",
                "{count} organisations taking part, grouped by first sector and sorted by name; "
                "the index at the end gives the page of each.",
                count,
            )
        consent = words._(
            "E-mail addresses and phone numbers are printed only for people who agreed to be "
            "contacted; reach the others through the mission coordinators."
        )
        return f"{grouped.format(count=count)} {consent}"

    def _block(self, organisation: ListedOrganisation, group: str) -> list[Flowable]:
        look = self.look
        name = _Marked(
            Paragraph(escape(organisation.name), look.name),
            _Mark(self.keys[organisation.id], organisation.name, 1, group),
            self.placed,
            self._drawn,
        )
        block: list[Flowable] = [name]
        facts = self._facts(organisation)
        if facts:
            block.append(Paragraph(facts, look.facts))
        labels = self.labels
        for label, value in (
            ("Sectors", ", ".join(_capitalised(s) for s in organisation.sectors)),
            ("Technologies", ", ".join(organisation.technologies)),
            ("Applications", ", ".join(organisation.application_areas)),
            ("Value chain", organisation.value_chain),
            ("Offers", organisation.offers),
            ("Seeks", organisation.seeks),
        ):
            if value:
                block.append(_field(labels[label], _lines(value), look.field))
        if organisation.description:
            block.append(Paragraph(_lines(organisation.description), look.description))
        for n, person in enumerate(organisation.people):
            label = labels["People"] if n == 0 else ""
            block.append(_field(label, _person(person, self.words), look.field))
        return block

    @staticmethod
    def _facts(organisation: ListedOrganisation) -> str:
        place = ", ".join(p for p in (organisation.city, organisation.country) if p)
        parts = [escape(p) for p in (organisation.kind, organisation.size, place) if p]
        if organisation.website:
            parts.append(_website(organisation.website))
        return " · ".join(parts)

    def _check_cancel(self) -> None:
        check_cancel(self.cancel)

    def _drawn(self) -> None:
        """An organisation's block is being drawn: progress, and stop here on a cancel."""
        check_cancel(self.cancel)
        self.done += 1
        report_progress(self.progress, self.done, self.total + 1)

    def _index_table(self) -> Table:
        look, words = self.look, self.words
        width = self.layout.width
        header = [
            Paragraph(escape(words._("Organisation")), look.index_head),
            Paragraph(escape(words._("Country")), look.index_head),
            Paragraph(escape(words._("Page")), look.index_head_page),
        ]
        entries = sorted(
            self.catalogue.organisations, key=lambda o: (*_sort_key(o.name), str(o.id))
        )
        rows: list[list[Flowable]] = [header]
        for organisation in entries:
            key = self.keys[organisation.id]
            page = self.placed.pages.get(key)
            link = f'<a href="#{key}">{escape(organisation.name)}</a>'
            rows.append(
                [
                    Paragraph(link, look.index_cell),
                    Paragraph(escape(organisation.country or "—"), look.index_cell),
                    Paragraph(str(page) if page is not None else "—", look.index_page),
                ]
            )
        table = Table(rows, colWidths=[width * 0.62, width * 0.26, width * 0.12], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # not Helvetica, even unused
                    ("BACKGROUND", (0, 0), (-1, 0), look.accent),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table


def _field(label: str, markup: str, style: ParagraphStyle) -> Paragraph:
    """A value with its label in the left column (reportlab's bullet, so that a long value
    wraps under itself and can continue on the next page)."""
    return Paragraph(markup, style, bulletText=label or None)


def _lines(text: str) -> str:
    """Plain text as paragraph markup, its line breaks kept."""
    return "<br/>".join(escape(line.strip()) for line in text.strip().splitlines())


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _website(website: str) -> str:
    """The address without its scheme, linked."""
    shown = website.removeprefix("https://").removeprefix("http://").rstrip("/")
    if " " in website or not shown:
        return escape(website)
    target = website if "://" in website else f"https://{website}"
    return f'<a href="{escape(target).replace(chr(34), "&quot;")}">{escape(shown)}</a>'


def _person(person: ListedPerson, language: DocumentLanguage | None = None) -> str:
    """Name and job title; e-mail and phone when they agreed to be contacted."""
    markup = f"<b>{escape(person.name)}</b>"
    if person.job_title:
        markup += f", {escape(person.job_title)}"
    contacts = [p for p in (person.email, person.phone) if p] if person.contact else []
    line = " · ".join(escape(c) for c in contacts) or escape(coordinator_contact(language))
    return f"{markup}<br/><font color='{_MUTED_HEX}'>{line}</font>"


_MUTED_HEX = "#" + MUTED.hexval()[2:]
