"""Attendee packs: for each person on a mission, what they need in their hands on the trip.

One section per person: a cover, their programme day by day, their B2B meetings with table
numbers, a profile of every organisation they meet (contact details only where the person met
consented), and practical information. Either one combined PDF (each person starting on a new
page, numbered "Page n of N" within their own section, with a bookmark per person) or one PDF per
person in a folder, written all or nothing.

Everything is read once for the whole run (``mission_itineraries``); building a pack is then
formatting only. Most of a pack is the same for everyone (programme items, organisation
profiles, practical information), so each text is laid out once per run and the flowable shared
by every pack that prints it; plain text is drawn by ``_Lines``, a fraction of the cost of a
``Paragraph``, and a ``Paragraph`` is kept for the few texts with a bold label.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import Audience, RegistrationRole
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Person, Registration
from pimap_desktop.domain.rules import to_local, zone_abbreviation
from pimap_desktop.services.exporting import check_output_folder, write_text
from pimap_desktop.services.language import (
    DocumentLanguage,
    document_language,
    english,
    own_language,
)
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.printing.common import (
    BOTTOM,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
    TOP,
    Branding,
    DocumentReport,
    PageFrame,
    Paper,
    PdfInfo,
    Progress,
    check_cancel,
    colour,
    date_range,
    day_heading,
    document_info,
    draw_frame,
    escape,
    fit_size,
    local_span,
    mission_branding,
    pdf_info,
    register_fonts,
    styles,
    tidy_address,
    unique_file_name,
    when_label,
    wrap_lines,
    write_pdf,
    zone_note,
)
from pimap_desktop.services.printing.itinerary import (
    ACTIVE,
    Entry,
    Itineraries,
    OrganisationProfile,
    Participant,
    mission_itineraries,
)
from pimap_desktop.store.filemodes import make_private_dir, make_private_file
from pimap_desktop.text import ServiceWords

COORDINATOR_CONTACT = "Contact through the mission coordinator."


def coordinator_contact(language: DocumentLanguage | None = None) -> str:
    """``COORDINATOR_CONTACT`` in the document's language."""
    return (language or english())._("Contact through the mission coordinator.")


CELL_PADDING = 3.0  # points, each side of a table cell
PROGRAMME_COLUMNS = (24 * mm, None, 50 * mm)  # time, what, where
MEETING_COLUMNS = (24 * mm, 18 * mm, 50 * mm, None, 26 * mm)  # when, table, who, org, country


# ---------------------------------------------------------------------------------------------
# Who gets a pack


def pack_registrations(
    session: Session, mission_id: uuid.UUID, registration_ids: Sequence[uuid.UUID] | None = None
) -> list[uuid.UUID]:
    """The registrations to print, sorted by last name then first name.

    Given ids must all be registrations of the mission (ValidationError otherwise); without
    them, every registration whose status still travels (``itinerary.ACTIVE``).
    """
    get_mission(session, mission_id)
    query = (
        select(Registration.id, Person.last_name, Person.first_name)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.mission_id == mission_id)
    )
    wanted: list[uuid.UUID] = []
    if registration_ids is None:
        query = query.where(Registration.status.in_(ACTIVE), Person.erased_at.is_(None))
    else:
        wanted = list(dict.fromkeys(registration_ids))
        query = query.where(Registration.id.in_(wanted))
    rows = session.execute(query).all()
    if registration_ids is not None and len(rows) != len(wanted):
        missing = len(wanted) - len(rows)
        raise ValidationError(
            f"{missing} of the {len(wanted)} people chosen for packs "
            f"{'is' if missing == 1 else 'are'} not registered on this mission.",
            "registration_ids",
        )
    ordered = sorted(
        rows, key=lambda r: (r.last_name.casefold(), r.first_name.casefold(), str(r.id))
    )
    return [r.id for r in ordered]


# ---------------------------------------------------------------------------------------------
# Writing


def write_packs(
    session: Session,
    mission_id: uuid.UUID,
    out: Path,
    *,
    registration_ids: Sequence[uuid.UUID] | None = None,
    combined: bool = True,
    paper: Paper = Paper.A4,
    printed_on: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    language: str | None = None,
) -> DocumentReport:
    """Attendee packs for the mission's people (or those given), each in its person's
    preferred language when one is recorded, else in ``language`` (English when None).

    ``combined``: ``out`` is one PDF, a section per person. Otherwise ``out`` is a folder
    (created if missing; its parent must exist) that receives one PDF per person, named from
    their last and first name; files of the same names are replaced, and nothing is written
    unless every pack is.
    """
    out = out.expanduser()
    words = document_language(language)
    mission = get_mission(session, mission_id)
    chosen = pack_registrations(session, mission_id, registration_ids)
    if not chosen:
        raise ValidationError(
            ServiceWords.say("Choose at least one person to print a pack for.")
            if registration_ids is not None
            else ServiceWords.say(
                "Nobody is registered on %1 with a status that travels: there is no pack to print.",
                mission.code,
            ),
            "registration_ids",
        )
    if not combined:
        _check_folder(out)
    check_cancel(cancel)
    register_fonts()
    itineraries = mission_itineraries(session, mission, chosen)
    with tempfile.TemporaryDirectory(prefix="pimap-packs-", ignore_cleanup_errors=True) as scratch:
        packs = _Packs(
            itineraries=itineraries,
            branding=_printable_logos(mission_branding(session, mission), Path(scratch)),
            paper=paper,
            printed_on=printed_on or date.today(),
            words=words,
        )
        if combined:
            pages = write_pdf(out, lambda partial: packs.build(partial, chosen, progress, cancel))
            paths: tuple[Path, ...] = (out,)
        else:
            whole = registration_ids is None
            paths, pages = _write_folder(packs, chosen, out, progress, cancel, whole)
    return DocumentReport(document="packs", paths=paths, pages=pages, items=len(chosen))


def _check_folder(out: Path) -> None:
    check_output_folder(out)
    if out.exists() and not out.is_dir():
        raise ValidationError(
            f"{out} is a file; give a folder to put one pack per person in.", "out"
        )
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", "out")


def _write_folder(
    packs: _Packs,
    chosen: Sequence[uuid.UUID],
    out: Path,
    progress: Progress | None,
    cancel: threading.Event | None,
    whole_mission: bool,
) -> tuple[tuple[Path, ...], int]:
    """One PDF per person into a temporary folder beside ``out``, then moved in together.

    The folder remembers which packs PIMAP wrote there (``MANIFEST``). A run for the whole
    mission removes the packs of earlier runs that it did not write again (people who cancelled
    or were erased), so no stale personal file stays; other files are never touched.
    """
    used: set[str] = set()
    names = []
    for registration_id in chosen:
        person = packs.itineraries.participants[registration_id]
        names.append(unique_file_name(f"{person.last_name} {person.first_name}", used))
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    except OSError as exc:
        raise ValidationError(f"{out.parent} cannot be written: {exc.strerror}.", "out") from None
    try:
        pages = 0
        for done, (registration_id, name) in enumerate(zip(chosen, names, strict=True)):
            check_cancel(cancel)
            pages += packs.build(staging / name, [registration_id], None, cancel)
            if progress is not None:
                progress(done + 1, len(chosen))
        check_cancel(cancel)
        if not out.exists():
            make_private_dir(out)  # a folder of its own, named by us: the owner's only
        earlier = _manifest(out)
        for name in names:
            make_private_file(staging / name)  # a pack names its person: theirs and yours only
            os.replace(staging / name, out / name)
        kept = set(names)
        if whole_mission:
            for stale in earlier - kept:
                (out / stale).unlink(missing_ok=True)
        else:
            kept |= earlier
        write_text(out / MANIFEST, "\n".join(sorted(kept)) + "\n")  # people's names
    except OSError as exc:
        raise ValidationError(f"{out} cannot be written: {exc.strerror}.", "out") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return tuple(out / name for name in names), pages


MANIFEST = ".pimap-packs.txt"


def _manifest(folder: Path) -> set[str]:
    """The pack files an earlier run wrote into ``folder`` (plain names, nothing outside it)."""
    try:
        lines = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    return {n for n in lines if n.endswith(".pdf") and Path(n).name == n and not n.startswith(".")}


def _printable_logos(branding: Branding, folder: Path) -> Branding:
    """The branding with its logos and emblems as JPEG on white, in ``folder``.

    A PNG is decoded and compressed again in every PDF that shows it, which was a third of the
    time of 500 single packs; a JPEG goes in as it is. Logos sit on white in a pack, so
    flattening their transparency changes nothing on paper.
    """
    return replace(
        branding,
        logos=_as_jpeg(branding.logos, folder, "logo"),
        emblems=_as_jpeg(branding.emblems, folder, "emblem"),
    )


def _as_jpeg(images: Sequence[Path], folder: Path, stem: str) -> tuple[Path, ...]:
    done = []
    for n, logo in enumerate(images):
        target = folder / f"{stem}-{n}.jpg"
        try:
            with PILImage.open(logo) as image:
                rgba = image.convert("RGBA")
                flat = PILImage.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                flat.save(target, quality=95, subsampling=0)
        except OSError:
            continue  # an unreadable logo is left out, as common.logo_path leaves out a missing one
        done.append(target)
    return tuple(done)


class _BinaryStreams:
    """Page streams compressed but not ASCII-85 encoded while packs are written: smaller files,
    less work. Reportlab's switch is global: the first run in sets it, the last one out puts it
    back (a PDF that another document writes meanwhile is as valid, only smaller)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs = 0
        self._found = 1

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._runs == 0:
                self._found = rl_config.useA85
                rl_config.useA85 = 0
            self._runs += 1
        try:
            yield
        finally:
            with self._lock:
                self._runs -= 1
                if self._runs == 0:
                    rl_config.useA85 = self._found


_binary_streams = _BinaryStreams()


# ---------------------------------------------------------------------------------------------
# The canvas: the page frame per person, "Page n of N" within the person's section


class _PackCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds back the pages of one section until the next section starts, then frames them
    with the section's own page count; a section is one person's pack."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.pack_section = -1
        self.pack_frame: PageFrame | None = None
        self.pack_bookmark: tuple[str, str] | None = None  # (key, outline title)

    def showPage(self) -> None:  # reportlab's name
        page = {k: v for k, v in self.__dict__.items() if k != "_held"}
        if self._held and self._held[-1]["pack_section"] != page["pack_section"]:
            self._release()
            self.__dict__.update(page)
        self._held.append(page)
        self.pack_bookmark = None
        self._startPage()

    def save(self) -> None:
        self._release()
        super().save()

    def _release(self) -> None:
        held, self._held = self._held, []
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            if self.pack_bookmark is not None:
                key, title = self.pack_bookmark
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=0)
            if self.pack_frame is not None:
                draw_frame(self, self.pack_frame, number, len(held))
            Canvas.showPage(self)


class _SectionStart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Invisible: tells the canvas that a person's pack starts on this page."""

    def __init__(
        self, index: int, frame: PageFrame, outline: str, started: Callable[[int], None]
    ) -> None:
        super().__init__()
        self.index, self.frame, self.outline, self.started = index, frame, outline, started
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.started(self.index)
        canvas = self.canv
        canvas.pack_section = self.index
        canvas.pack_frame = self.frame
        canvas.pack_bookmark = (f"pack{self.index}", self.outline)


# ---------------------------------------------------------------------------------------------
# Flowables shared between packs


class _Shared:
    """Platypus marks a flowable that it had to move on to the next page (``_postponed``) and
    never unmarks it, then refuses one that is marked and must move again. A flowable shared by
    many packs is unmarked once it is placed."""

    __dict__: dict[str, Any]

    def _placed(self) -> None:
        self.__dict__.pop("_postponed", None)


class _Lines(_Shared, Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Plain text in one style, broken into lines by ``wrap_lines`` (never wider than the
    column) and drawn a line at a time."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.lines: list[str] = []
        self._wrapped_at = -1.0
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width != self._wrapped_at:
            usable = available_width - self.style.leftIndent - self.style.rightIndent
            self.lines = wrap_lines(self.text, self.style.fontName, self.style.fontSize, usable)
            self._wrapped_at = available_width
        self.width = available_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fit = int(available_height // self.style.leading)
        if fit < 1:
            return []
        self._placed()
        if fit >= len(self.lines):
            return [self]
        return [self._part(self.lines[:fit], after=0), self._part(self.lines[fit:], before=0)]

    def _part(self, lines: list[str], *, before: float = -1, after: float = -1) -> _Lines:
        part = _Lines(" ".join(lines), self.style)
        part.lines, part._wrapped_at = lines, self._wrapped_at
        if before >= 0:
            part.spaceBefore = before
        if after >= 0:
            part.spaceAfter = after
        return part

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # reportlab
        self._placed()
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        baseline = self.height - style.fontSize
        for line in self.lines:
            canvas.drawString(style.leftIndent, baseline, line)
            baseline -= style.leading


class _Para(_Shared, Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph (for text with a bold label) that keeps its line breaks for the width it was
    last wrapped at, so that sharing it costs one layout per run."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        memo = self.__dict__.get("_memo")
        if memo is not None and memo[0] == available_width:
            _, self.blPara, self.height, self._wrapWidths = memo
            self.width = available_width
            return available_width, self.height
        size = super().wrap(available_width, available_height)
        self._memo = (available_width, self.blPara, self.height, self._wrapWidths)
        return size  # type: ignore[no-any-return]

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        if parts:
            self._placed()
        return parts  # type: ignore[no-any-return]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # reportlab
        self._placed()
        super().drawOn(canvas, x, y, _sW)


# ---------------------------------------------------------------------------------------------
# The packs


@dataclass(frozen=True)
class _Packs:
    """What every pack of one run shares; ``build`` writes the packs of some people."""

    itineraries: Itineraries
    branding: Branding
    paper: Paper
    printed_on: date
    words: DocumentLanguage = field(default_factory=english)  # the export's, or one person's
    _texts: dict[tuple[str, str, float], _Lines] = field(
        default_factory=dict, repr=False, compare=False
    )
    _paragraphs: dict[tuple[str, str], _Para] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The organisers' logo row, then the emblems' (None: nothing to show): one each per run.
    _logos: list[Table | None] = field(default_factory=list, repr=False, compare=False)

    @property
    def content_width(self) -> float:
        return float(self.paper.size[0] - 2 * MARGIN)

    def text(self, plain: str, style: str | ParagraphStyle, column: float = 0.0) -> _Lines:
        """The run's one flowable for ``plain`` text in ``style`` (a name of ``_styles()``);
        in a table, give the ``column`` width: one flowable is laid out at one width only."""
        chosen = _styles()[style] if isinstance(style, str) else style
        key = (plain, chosen.name, column)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = _Lines(plain, chosen)
        return found

    def para(self, markup: str, style: str) -> _Para:
        """The run's one paragraph for ``markup`` (reportlab's mini-HTML) in ``style``."""
        found = self._paragraphs.get((markup, style))
        if found is None:
            found = self._paragraphs[markup, style] = _Para(markup, _styles()[style])
        return found

    def build(
        self,
        path: Path,
        registration_ids: Sequence[uuid.UUID],
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> int:
        """Write the packs of ``registration_ids`` into one PDF at ``path``; its page count.

        A cancelled or failed build leaves nothing at ``path``."""
        total = len(registration_ids)

        def started(index: int) -> None:
            check_cancel(cancel)
            if progress is not None and index:
                progress(index, total)

        story: list[Flowable] = []
        for index, registration_id in enumerate(registration_ids):
            if index:
                story.append(PageBreak())
            story.extend(self.for_person(registration_id).pack(index, registration_id, started))
        it = self.itineraries
        words = self.words
        if total == 1:
            words = self.for_person(registration_ids[0]).words
            single = it.participants[registration_ids[0]].name
            title = words._("{mission} — attendee pack: {name}").format(
                mission=it.name, name=single
            )
        else:
            title = words._("{mission} — attendee packs").format(mission=it.name)
        subject = words._("Attendee packs, {mission} ({code})").format(
            mission=it.name, code=it.code
        )
        info = pdf_info(title, subject, self.branding, words)
        doc = self._document(path, info)
        try:
            with _binary_streams():
                doc.build(story, canvasmaker=self._canvas_maker(info, total > 1))
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(total, total)
        return int(doc.page)

    def for_person(self, registration_id: uuid.UUID) -> _Packs:
        """The run in the person's own language (its shared texts and logos kept)."""
        preferred = self.itineraries.participants[registration_id].preferred_language
        theirs = own_language(preferred, self.words)
        return self if theirs is self.words else replace(self, words=theirs)

    def _document(self, path: Path, info: PdfInfo) -> BaseDocTemplate:
        width, height = self.paper.size
        frame = Frame(
            MARGIN,
            BOTTOM,
            width - 2 * MARGIN,
            height - TOP - BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="content",
        )
        return BaseDocTemplate(
            str(path),
            pagesize=(width, height),
            pageTemplates=[PageTemplate(id="pack", frames=[frame])],
            **info.doc_template,
        )

    @staticmethod
    def _canvas_maker(info: PdfInfo, outline: bool) -> Callable[..., Canvas]:
        def make(*args: Any, **kwargs: Any) -> Canvas:
            canvas = _PackCanvas(*args, **kwargs)
            document_info(canvas, info)
            if outline:
                canvas.showOutline()
            return canvas

        return make

    def pack(
        self, index: int, registration_id: uuid.UUID, started: Callable[[int], None]
    ) -> list[Flowable]:
        """The flowables of one person's pack, cover first."""
        it = self.itineraries
        person = it.participants[registration_id]
        title = f"{it.name} — {person.name}"
        frame = PageFrame(title, self.branding, self.printed_on, language=self.words)
        outline = f"{person.last_name}, {person.first_name}".strip(", ")
        meetings = it.meetings_of(registration_id)
        story: list[Flowable] = [_SectionStart(index, frame, outline, started)]
        story.extend(self.cover(person, meetings))
        story.append(PageBreak())
        story.extend(self.programme(it.person_programme(registration_id)))
        story.extend(self.meetings(meetings))
        story.extend(self.profiles(meetings))
        story.extend(self.practical(person))
        return story

    # -- cover ---------------------------------------------------------------------------------

    def cover(self, person: Participant, meetings: Sequence[Entry]) -> list[Flowable]:
        """Logos and mission, the person, a welcome, their key facts, who organises and funds.

        The whole cover is kept on its page: past what the page holds it is shrunk, never
        continued on a page of its own."""
        story = self._cover_top()
        story += [Spacer(1, 9 * mm), self._person_box(person, meetings)]
        story += [Spacer(1, 6 * mm), self.text(self._welcome(), "cover_welcome")]
        story += [Spacer(1, 4 * mm), self._key_facts(person, meetings)]
        story += self._cover_foot()
        width, height = self.paper.size
        return [KeepInFrame(width - 2 * MARGIN, height - TOP - BOTTOM, story, mode="shrink")]

    def _welcome(self) -> str:
        it, words = self.itineraries, self.words
        if it.host_event:
            welcome = words._("Welcome to {mission} at {event}.").format(
                mission=it.name, event=it.host_event
            )
        else:
            welcome = words._("Welcome to {mission}.").format(mission=it.name)
        if it.city:
            rest = words._(
                "This pack is yours: your programme day by day, your B2B meetings with the "
                "people you meet and their organisations, and what you need to know for your "
                "days in {place}. Keep it at hand; the coordinators will tell you of any change."
            ).format(place=it.city)
        else:
            rest = words._(
                "This pack is yours: your programme day by day, your B2B meetings with the "
                "people you meet and their organisations, and what you need to know for your "
                "days on the mission. Keep it at hand; the coordinators will tell you of any "
                "change."
            )
        return f"{welcome} {rest}"

    def _key_facts(self, person: Participant, meetings: Sequence[Entry]) -> Table:
        """Label and value rows: first commitment, meetings, hotel, travel, coordinator, zone."""
        it = self.itineraries
        label_w = 42 * mm
        value_w = self.content_width - label_w
        rows: list[list[Flowable]] = []

        def fact(label: str, *values: str) -> None:
            lines = [self.text(v, "fact_value", value_w) for v in values if v]
            if lines:
                rows.append([self.text(label, "fact_label", label_w), lines])

        words = self.words
        programme = it.person_programme(person.registration_id)
        if programme:
            first = programme[0]
            what = self._meeting_with(first) if first.kind == "meeting" else first.title
            place = ", ".join(p for p in (first.venue, first.room or first.table_in(words)) if p)
            fact(words._("First commitment"), f"{self._moment(first.starts_at)} — {what}", place)
        else:
            fact(words._("First commitment"), words._("Nothing is on your programme yet."))
        fact(words._("B2B meetings"), _meetings_summary(meetings, it.timezone, words))
        if person.hotel:
            addresses = {name: tidy_address(address) for name, address in it.venues}
            fact(words._("Hotel"), person.hotel, addresses.get(person.hotel, ""))
        if person.arrival_at is not None:
            fact(words._("Arrival"), self._moment(person.arrival_at))
        if person.departure_at is not None:
            fact(words._("Departure"), self._moment(person.departure_at))
        coordinator = self._coordinator_for(person)
        if coordinator is not None:
            name = coordinator.name + (
                f", {coordinator.organisation}" if coordinator.organisation else ""
            )
            fact(words._("Your coordinator"), name, _contacts(coordinator))
        anchor = programme[0].starts_at if programme else None
        if anchor is not None:
            fact(words._("Times"), zone_note(anchor, it.timezone, words))
        table = Table(rows, colWidths=[label_w, value_w], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    TABLE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ]
            )
        )
        return table

    def _coordinator_for(self, person: Participant) -> Participant | None:
        """The coordinator to call: one of the person's own delegation who can be contacted,
        else any who can, else any coordinator (the person themselves never)."""
        coordinators = sorted(
            (
                p
                for p in self.itineraries.participants.values()
                if p.role is RegistrationRole.COORDINATOR
                and p.status in ACTIVE
                and p.registration_id != person.registration_id
            ),
            key=lambda p: (
                not _contacts(p),
                p.delegation != person.delegation or not person.delegation,
                p.last_name.casefold(),
                p.first_name.casefold(),
            ),
        )
        return coordinators[0] if coordinators else None

    def _cover_foot(self) -> list[Flowable]:
        """Who organises; the partnership's and funders' emblems and the funding statement."""
        story: list[Flowable] = []
        if self.branding.organisers:
            organisers = self.words._("Organised by {organisers}").format(
                organisers=", ".join(self.branding.organisers)
            )
            story += [Spacer(1, 7 * mm), self.text(organisers, "muted")]
        emblems = self._emblem_row()
        if emblems is not None:
            story += [Spacer(1, 5 * mm), emblems]
        if self.branding.statement:
            story += [Spacer(1, 2 * mm), self.text(self.branding.statement, "muted")]
        return story

    def _emblem_row(self) -> Flowable | None:
        if len(self._logos) < 2:
            self._logos.append(_logo_row(self.branding.emblems, self.content_width, 12 * mm))
        return self._logos[1]

    def _cover_top(self) -> list[Flowable]:
        """Logos, mission name, dates and place: the same on every cover."""
        it, words = self.itineraries, self.words
        story: list[Flowable] = []
        logos = self._logo_row()
        story += [logos, Spacer(1, 10 * mm)] if logos is not None else [Spacer(1, 20 * mm)]
        story.append(self.text(words._("ATTENDEE PACK"), "kicker"))
        story.append(self.text(it.name, "cover_title"))
        place = ", ".join(p for p in (it.city, words.country(it.country)) if p)
        dates = date_range(it.start_date, it.end_date, words)
        when_where = " · ".join(p for p in (dates, place) if p)
        story.append(self.text(when_where, "cover_line"))
        if it.host_event:
            at = words._("At {event}").format(event=it.host_event)
            story.append(self.text(at, "cover_line"))
        return story

    def _logo_row(self) -> Flowable | None:
        """The organisers' logos side by side, large; one table for the whole run."""
        if not self._logos:
            self._logos.append(_logo_row(self.branding.logos, self.content_width))
        return self._logos[0]

    def _person_box(self, person: Participant, meetings: Sequence[Entry]) -> Table:
        width = self.content_width
        size = fit_size(person.name, FONT_BOLD, width - 14 * mm, 26, 15)
        rows: list[Flowable] = [self.text(person.name, _name_style(size))]
        for line in (person.job_title, person.organisation):
            if line:
                rows.append(self.text(line, "cover_line"))
        role = self.words.label(person.role)
        role += f" · {person.delegation}" if person.delegation else ""
        rows += [Spacer(1, 2 * mm), self.text(role, "body")]
        box = Table([[rows]], colWidths=[width])
        box.setStyle(
            TableStyle(
                [
                    TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, colour(self.branding.colour)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
                ]
            )
        )
        return box

    # -- programme -----------------------------------------------------------------------------

    def programme(self, entries: Sequence[Entry]) -> list[Flowable]:
        """The person's programme day by day, local times, the zone named."""
        it, words = self.itineraries, self.words
        story: list[Flowable] = [self.text(words._("Your programme"), "h1")]
        if not entries:
            story.append(self.text(words._("Nothing is on your programme yet."), "muted"))
            return story
        first_zone = zone_note(entries[0].starts_at, it.timezone, words)
        story.append(self.text(first_zone, "muted"))
        by_day: dict[date, list[Entry]] = defaultdict(list)
        for entry in entries:
            by_day[it.local_day(entry)].append(entry)
        widths = self._widths(PROGRAMME_COLUMNS)
        for day, day_entries in by_day.items():
            story.append(self.text(day_heading(day, words), "h2"))
            note = zone_note(day_entries[0].starts_at, it.timezone, words)
            if note != first_zone:  # the clocks change during the mission
                story.append(self.text(note, "muted"))
            rows = [self._programme_row(e, widths) for e in day_entries]
            story.append(_table(rows, widths, header=False))
        return story

    def _programme_row(self, entry: Entry, widths: Sequence[float]) -> list[list[Flowable]]:
        """Time; what (title, then description or B2B session); where (table, venue, room)."""
        tz, words = self.itineraries.timezone, self.words
        time_w, what_w, where_w = widths
        lines: list[tuple[str, str]] = []  # (text, style) of the "what" column
        where: list[Flowable] = []
        if entry.kind == "meeting":
            lines.append((self._meeting_with(entry), "cell_bold"))
            lines.append((entry.session_name, "cell_muted"))
            table = entry.table_in(words) or words._("Table to be announced")
            where.append(self.text(table, "cell_bold", where_w))
        else:
            lines.append((entry.title, "cell_bold"))
            lines.append((entry.description, "cell_muted"))
            audience = entry.audience_words
            if not audience.everyone and audience.audience is not Audience.NAMED:
                for_whom = words._("For: {audience}").format(audience=audience.text(words))
                lines.append((for_whom, "cell_muted"))  # a delegation, some roles
        place = ", ".join(p for p in (entry.venue, entry.room) if p)
        if place:
            where.append(self.text(place, "cell", where_w))
        time = self.text(when_label(entry.starts_at, entry.ends_at, tz, words), "cell", time_w)
        what = [self.text(text, style, what_w) for text, style in lines if text]
        return [[time], what, where]

    def _meeting_with(self, entry: Entry) -> str:
        """``B2B meeting with Ana Sousa (Moldes Norte)``."""
        return self.words._("B2B meeting with {people}").format(
            people=self._counterparts_text(entry)
        )

    def _counterparts_text(self, entry: Entry) -> str:
        people = self.itineraries.participants
        parts = []
        for other in entry.with_ids:
            if other in people:
                p = people[other]
                parts.append(f"{p.name} ({p.organisation})" if p.organisation else p.name)
        return ", ".join(parts) or self.words._("a participant")

    # -- meetings ------------------------------------------------------------------------------

    def meetings(self, meetings: Sequence[Entry]) -> list[Flowable]:
        """Your B2B meetings: when, table, who, organisation, country."""
        it, words = self.itineraries, self.words
        story: list[Flowable] = [self.text(words._("Your B2B meetings"), "h1")]
        if not meetings:
            story.append(self.text(words._("You have no B2B meetings scheduled."), "muted"))
            return story
        story.append(self.text(zone_note(meetings[0].starts_at, it.timezone, words), "muted"))
        widths = self._widths(MEETING_COLUMNS)
        when_w, table_w, who_w, org_w, country_w = widths
        header = (
            words._("When"),
            words.pgettext("B2B", "Table"),
            words._("Who"),
            words._("Organisation"),
            words._("Country"),
        )
        rows: list[list[list[Flowable]]] = [
            [[self.text(h, "cell_bold", w)] for h, w in zip(header, widths, strict=True)]
        ]
        for entry in meetings:
            local = to_local(entry.starts_at, it.timezone)
            span = local_span(entry.starts_at, entry.ends_at, it.timezone, words)
            when = [self.text(words.short_day(local.date()), "cell", when_w)]
            when.append(self.text(span, "cell", when_w))
            table = [self.text(entry.table_in(words) or "—", "cell_bold", table_w)]
            others = [it.participants[o] for o in entry.with_ids if o in it.participants]
            if not others:
                rows.append([when, table, [self.text("—", "cell", who_w)], [], []])
            for n, other in enumerate(others):
                rows.append(
                    [
                        when if n == 0 else [],
                        table if n == 0 else [],
                        [self.text(other.name, "cell_bold", who_w)],
                        [self.text(other.organisation, "cell", org_w)],
                        [self.text(words.country(other.country), "cell", country_w)],
                    ]
                )
        story.append(_table(rows, widths, header=True))
        return story

    # -- profiles ------------------------------------------------------------------------------

    def profiles(self, meetings: Sequence[Entry]) -> list[Flowable]:
        """One profile per organisation met (in order of the first meeting), with its people."""
        it = self.itineraries
        met: dict[uuid.UUID | None, dict[uuid.UUID, list[Entry]]] = {}
        for entry in meetings:
            for other in entry.with_ids:
                if other in it.participants:
                    org = it.participants[other].organisation_id
                    met.setdefault(org, {}).setdefault(other, []).append(entry)
        if not met:
            return []
        heading: list[Flowable] = [self.text(self.words._("Who you are meeting"), "h1")]
        story: list[Flowable] = []
        for org_id, people in met.items():
            profile = it.organisations.get(org_id) if org_id is not None else None
            story.append(KeepTogether(heading + self._profile(profile, people)))
            heading = []  # inside the first profile's block: never alone at the foot of a page
        return story

    def _profile(
        self, profile: OrganisationProfile | None, people: dict[uuid.UUID, list[Entry]]
    ) -> list[Flowable]:
        """The organisation and the people met there (kept on one page when they fit)."""
        it = self.itineraries
        block = (
            self._organisation(profile)
            if profile is not None
            else [self.text(self.words._("Without an organisation"), "h2")]
        )
        for registration_id, entries in people.items():
            block.extend(self._counterpart(it.participants[registration_id], entries))
        return block

    def _organisation(self, profile: OrganisationProfile) -> list[Flowable]:
        """Name, facts, sectors, offers, seeks, description: the same in every pack."""
        words = self.words
        out: list[Flowable] = [self.text(profile.name, "h2")]
        place = ", ".join(p for p in (profile.city, words.country(profile.country)) if p)
        kind = words.label(profile.kind_value) if profile.kind_value is not None else profile.kind
        facts = " · ".join(p for p in (kind, place, profile.website) if p)
        if facts:
            out.append(self.text(facts, "muted"))
        for label, value in (
            (words._("Sectors"), ", ".join(profile.sectors)),
            (words._("Technologies"), ", ".join(profile.technologies)),
            (words._("Offers"), profile.offers),
            (words._("Seeks"), profile.seeks),
        ):
            if value:
                out.append(self.para(f"<b>{escape(label)}:</b> {escape(value)}", "body"))
        if profile.description:
            out.append(self.text(profile.description, "body"))
        return out

    def _counterpart(self, person: Participant, entries: Sequence[Entry]) -> list[Flowable]:
        """A person met: name and job, when and where, how to reach them."""
        tz, words = self.itineraries.timezone, self.words
        times = []
        for e in entries:
            local = to_local(e.starts_at, tz)
            table = e.table_in(words)
            times.append(
                f"{words.short_day(local.date())} {words.time(local)}"
                + (f", {table}" if table else "")
            )
        name = person.name + (f", {person.job_title}" if person.job_title else "")
        meeting = words._("Meeting: {when}").format(when="; ".join(times))
        return [
            self.text(name, "person_name"),
            self.text(meeting, "person_muted"),
            self.text(contact_line(person, words), "person"),
        ]

    # -- practical information -----------------------------------------------------------------

    def practical(self, person: Participant) -> list[Flowable]:
        """The person's stay, what is good to know (for everyone, then the notes meant for
        the person: their delegation's, their role's), venues and coordinators."""
        words = self.words
        story: list[Flowable] = [self.text(words._("Practical information"), "h1")]
        travel = self._travel(person)
        if travel:
            story += [self.text(words._("Your stay"), "h2"), *travel]
        return story + self._good_to_know(person) + self._for_everyone()

    def _good_to_know(self, person: Participant) -> list[Flowable]:
        it = self.itineraries
        lines = [self.para(m, s) for m, s in _practical_lines(it.practical_info)]
        for note in it.notes_for(person.registration_id):
            lines.extend(self.para(m, s) for m, s in _note_lines(note.title, note.text))
        return [self.text(self.words._("Good to know"), "h2"), *lines] if lines else []

    def _for_everyone(self) -> list[Flowable]:
        it = self.itineraries
        story: list[Flowable] = []
        if it.venues:
            venues: list[Flowable] = [self.text(self.words._("Venues"), "h2")]
            for name, address in it.venues:
                address = tidy_address(address)
                markup = f"<b>{escape(name)}</b>" + (f" — {escape(address)}" if address else "")
                venues.append(self.para(markup, "body"))
            story.append(KeepTogether(venues))
        story.extend(self._coordinators())
        return story

    def _travel(self, person: Participant) -> list[Flowable]:
        words = self.words
        addresses = {name: tidy_address(address) for name, address in self.itineraries.venues}
        lines: list[Flowable] = []
        if person.hotel:
            address = addresses.get(person.hotel, "")
            hotel = words._("Hotel")
            markup = f"<b>{escape(hotel)}:</b> {escape(person.hotel)}"
            lines.append(self.para(markup + (f" — {escape(address)}" if address else ""), "body"))
        for label, instant in (
            (words._("Arrival"), person.arrival_at),
            (words._("Departure"), person.departure_at),
        ):
            if instant is not None:
                markup = f"<b>{escape(label)}:</b> {escape(self._moment(instant))}"
                lines.append(self.para(markup, "body"))
        return lines

    def _moment(self, instant: datetime) -> str:
        """``Saturday 23 January 2027, 15:40 (PST)``."""
        tz, words = self.itineraries.timezone, self.words
        local = to_local(instant, tz)
        day = day_heading(local.date(), words)
        return f"{day}, {words.time(local)} ({zone_abbreviation(instant, tz)})"

    def _coordinators(self) -> list[Flowable]:
        """The mission's coordinators, with their contact details where they consented."""
        people = sorted(
            (
                p
                for p in self.itineraries.participants.values()
                if p.role is RegistrationRole.COORDINATOR and p.status in ACTIVE
            ),
            key=lambda p: (p.last_name.casefold(), p.first_name.casefold()),
        )
        out: list[Flowable] = []
        for n, p in enumerate(people):
            name = p.name + (f", {p.organisation}" if p.organisation else "")
            heading = self.text(self.words._("Your mission coordinators"), "h2")
            lines: list[Flowable] = [heading] if n == 0 else []
            lines.append(self.text(name, "coordinator"))
            contacts = _contacts(p)
            if contacts:
                lines.append(self.text(contacts, "coordinator_contact"))
            out.append(KeepTogether(lines))
        return out

    # -- helpers -------------------------------------------------------------------------------

    def _widths(self, widths: Iterable[float | None]) -> list[float]:
        """Column widths where one ``None`` takes what the others leave."""
        given = list(widths)
        rest = self.content_width - sum(w for w in given if w is not None)
        return [rest if w is None else w for w in given]


# ---------------------------------------------------------------------------------------------
# Small pieces


def contact_line(person: Participant, language: DocumentLanguage | None = None) -> str:
    """E-mail and phone when the person agreed to be contacted, else the coordinator."""
    return _contacts(person) or coordinator_contact(language)


def _contacts(person: Participant) -> str:
    if not person.consent_contact:
        return ""
    return " · ".join(p for p in (person.email, person.phone) if p)


@cache
def _practical_lines(text: str) -> list[tuple[str, str]]:
    """The mission's practical information as (markup, style), a paragraph per line;
    ``Label: text`` lines get a bold label, ``- item`` lines a bullet."""
    out: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("- ", "• ", "* ")):
            out.append((f"<bullet>•</bullet>{escape(line[2:].strip())}", "bullet"))
            continue
        label, colon, rest = line.partition(":")
        if colon and 0 < len(label) <= 30 and rest.strip():
            out.append((f"<b>{escape(label)}:</b> {escape(rest.strip())}", "body"))
        else:
            out.append((escape(line), "body"))
    return out


@cache
def _note_lines(title: str, text: str) -> list[tuple[str, str]]:
    """A practical note as (markup, style): its title in bold before its first line, then
    its other lines as ``_practical_lines`` sets them."""
    lines = _practical_lines(text)
    label = f"<b>{escape(title.rstrip(' :'))}:</b>"
    if not lines:
        return [(label, "body")]
    first, style = lines[0]
    if style == "body" and not first.startswith("<b>"):
        return [(f"{label} {first}", "body"), *lines[1:]]
    return [(label, "body"), *lines]


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _meetings_summary(
    meetings: Sequence[Entry], zone_name: str, language: DocumentLanguage | None = None
) -> str:
    """``4 meetings on Wednesday 27 January 2027, 13:30–15:05`` (or per day)."""
    words = language or english()
    if not meetings:
        return words._("No B2B meeting is scheduled for you yet.")
    by_day: dict[date, list[Entry]] = defaultdict(list)
    for entry in meetings:
        by_day[to_local(entry.starts_at, zone_name).date()].append(entry)
    parts = []
    for day, entries in by_day.items():
        span = local_span(entries[0].starts_at, entries[-1].ends_at, zone_name, words)
        count = len(entries)
        parts.append(
            words.ngettext(
                "{count} meeting on {day}, {span}", "{count} meetings on {day}, {span}", count
            ).format(count=count, day=words.weekday_day_month(day), span=span)
        )
    return "; ".join(parts) + "."


def _logo_row(logos: Sequence[Path], width: float, height: float = 18 * mm) -> Table | None:
    """Logos side by side, large, for the cover (the organisers', or the emblems')."""
    images = []
    for logo in logos[:4]:
        try:
            with PILImage.open(logo) as image:
                size = image.size
        except OSError:
            continue
        scale = min(45 * mm / size[0], height / size[1])
        images.append(Image(str(logo), size[0] * scale, size[1] * scale))
    if not images:
        return None
    row = Table([images], colWidths=[width / len(images)] * len(images), hAlign="LEFT")
    row.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return row


@cache
def _name_style(size: float) -> ParagraphStyle:
    """The person's name on the cover, at the size that fits."""
    return ParagraphStyle(
        f"pack_name_{size}", _styles()["cover_name"], fontSize=size, leading=size * 1.2
    )


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The shared styles plus those a pack adds (cover, cells, bullets, people met)."""
    base = styles()
    body = base["body"]
    cell = base["cell"]
    extra = {
        "body": ParagraphStyle("pack_body", body, spaceAfter=2),
        "h1": ParagraphStyle("pack_h1", base["h1"], spaceBefore=12, keepWithNext=1),
        "h2": ParagraphStyle("pack_h2", base["h2"], spaceBefore=8, keepWithNext=1),
        "kicker": ParagraphStyle(
            "pack_kicker", body, fontName=FONT_BOLD, fontSize=9, leading=12, textColor=MUTED
        ),
        "cover_title": ParagraphStyle(
            "pack_cover_title", base["title"], fontSize=26, leading=31, spaceAfter=8
        ),
        "cover_line": ParagraphStyle("pack_cover_line", body, fontSize=12, leading=16),
        "cover_welcome": ParagraphStyle("pack_cover_welcome", body, fontSize=10.5, leading=14.5),
        "fact_label": ParagraphStyle(
            "pack_fact_label", body, fontName=FONT_BOLD, fontSize=9, leading=12, textColor=MUTED
        ),
        "fact_value": ParagraphStyle("pack_fact_value", body, fontSize=10, leading=13),
        "cover_name": ParagraphStyle(
            "pack_cover_name", body, fontName=FONT_BOLD, textColor=INK, spaceAfter=2
        ),
        "cell_muted": ParagraphStyle("pack_cell_muted", cell, textColor=MUTED),
        "bullet": ParagraphStyle("pack_bullet", body, leftIndent=10, bulletIndent=2, spaceAfter=2),
        "person_name": ParagraphStyle(
            "pack_person_name", body, fontName=FONT_BOLD, leftIndent=8, spaceBefore=5
        ),
        "person_muted": ParagraphStyle("pack_person_muted", body, leftIndent=8, textColor=MUTED),
        "person": ParagraphStyle("pack_person", body, leftIndent=8, spaceAfter=2),
        "coordinator": ParagraphStyle("pack_coordinator", body, fontName=FONT_BOLD, spaceBefore=3),
        "coordinator_contact": ParagraphStyle("pack_coordinator_contact", body),
    }
    return {**base, **extra}
