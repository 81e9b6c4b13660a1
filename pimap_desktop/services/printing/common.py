"""What every printed document shares: fonts, paper, styles, branding, page frame, report.

Each document is its own module (``agenda``, ``badges``, ``packs``, ``tableplan``) with one
public ``write_*`` function that takes a Session and writes one PDF (or a folder of them) whole or
not at all. No Qt here: the GUI and the CLI call the same functions.

Text is measured with reportlab's ``stringWidth`` in the embedded DejaVu fonts, so what fits here
fits on paper; ``fit_size`` and ``wrap_lines`` are the two tools for that.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import Cancelled, NotFoundError
from pimap_desktop.domain.models import (
    Cluster,
    Delegation,
    Mission,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import normalise_email, to_local, zone_abbreviation
from pimap_desktop.services.exporting import write_file
from pimap_desktop.services.language import DocumentLanguage, english
from pimap_desktop.services.printing.branding import emblem_files, funding_statement
from pimap_desktop.services.printing.choices import DocumentReport as DocumentReport
from pimap_desktop.services.printing.choices import Paper as Paper
from pimap_desktop.services.printing.choices import Progress as Progress
from pimap_desktop.services.printing.choices import parse_paper as parse_paper

# ---------------------------------------------------------------------------------------------
# Fonts

FONT = "PimapSans"
FONT_BOLD = "PimapSans-Bold"
FONT_ITALIC = "PimapSans-Oblique"
FONT_CONDENSED_BOLD = "PimapSansCondensed-Bold"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the embedded DejaVu family with reportlab (once per process)."""
    folder = resources.files("pimap_desktop.resources") / "fonts"
    for name, file_name in _FONT_FILES.items():
        with resources.as_file(folder / file_name) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` set in ``font`` at ``size``."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


def fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest size, from ``largest`` down to ``smallest`` in quarter points, at which
    ``text`` fits in ``width``; ``smallest`` when even that does not fit (then wrap)."""
    size = largest
    while size > smallest and text_width(text, font, size) > width:
        size -= 0.25
    return max(size, smallest)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``; a word wider than a line is cut
    between characters (never left running off the edge)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            while text_width(word, font, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


# ---------------------------------------------------------------------------------------------
# Paper (Paper, parse_paper) and what a document gives (DocumentReport): in choices, without
# reportlab; given here too


# ---------------------------------------------------------------------------------------------
# Styles

INK = colors.HexColor("#1e293b")
MUTED = colors.HexColor("#64748b")
RULE = colors.HexColor("#cbd5e1")
SHADE = colors.HexColor("#f1f5f9")
MARGIN = 15 * mm


def colour(value: str, default: str = "#334155") -> colors.Color:
    """A ``#rrggbb`` string as a reportlab colour; ``default`` when it is not one."""
    try:
        return colors.HexColor(value if value.startswith("#") and len(value) == 7 else default)
    except ValueError:
        return colors.HexColor(default)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the embedded font: title, h1, h2, body, small, muted, cell, cell_bold."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=4
        ),
        "h1": ParagraphStyle(
            "h1", base, fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=8, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2
        ),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5
        ),
    }


def escape(text: str) -> str:
    """Text made safe for a reportlab ``Paragraph`` (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------------------------
# Branding: who organises the mission, shown on every page


@dataclass(frozen=True)
class Branding:
    """Who a document is from: the organising clusters (names, one colour, logo files that
    exist), the partnership's and funders' emblems (files) and the funding statement."""

    organisers: tuple[str, ...]
    colour: str
    logos: tuple[Path, ...]  # the organisers' logos; PIMAP's own when nothing else is set
    emblems: tuple[Path, ...] = ()  # Settings ▸ Branding: partnership first, then funders
    statement: str = ""  # "Co-funded by the European Union…", "" when not set


DEFAULT_COLOUR = "#334155"


def logo_path(file_name: str) -> Path | None:
    """A logo file from ``resources/branding`` (or an absolute path), if it exists."""
    if not file_name:
        return None
    given = Path(file_name)
    if not given.is_absolute():
        given = Path(str(resources.files("pimap_desktop.resources") / "branding" / given.name))
    return given if _readable_image(given) else None


@cache
def _readable_image(path: Path) -> bool:
    """An image reportlab can draw (a broken or SVG logo is left out, not fatal)."""
    try:
        ImageReader(str(path)).getSize()
    except Exception:  # reportlab raises many kinds for a file it cannot read
        return False
    return True


def image_aspect(path: Path) -> float:
    """Width over height of an image file (1.0 when it cannot be read)."""
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # reportlab raises many kinds for a file it cannot read
        return 1.0
    return float(width) / float(height) if height else 1.0


def _with_settings(
    session: Session, organisers: tuple[str, ...], colour_value: str, logos: tuple[Path, ...]
) -> Branding:
    """The organisers' branding with the emblems and statement of Settings ▸ Branding; the
    PIMAP logo only when there is no logo and no emblem at all."""
    emblems = tuple(p for p in emblem_files(session) if _readable_image(p))
    if not logos and not emblems:
        default = logo_path("pimap.png")
        logos = (default,) if default else ()
    return Branding(organisers, colour_value, logos, emblems, funding_statement(session))


def mission_branding(session: Session, mission: Mission) -> Branding:
    """The clusters that organise ``mission`` (else those whose delegations travel on it), by
    name, with the partnership's and funders' emblems; PIMAP's own logo only when none of
    them is set."""
    clusters = sorted(mission.clusters, key=lambda c: c.name.casefold())
    if not clusters:
        clusters = list(
            session.scalars(
                # Each cluster once, by its id: PostgreSQL compares no JSON (a cluster's sectors)
                # for a DISTINCT.
                select(Cluster)
                .where(
                    Cluster.id.in_(
                        select(Delegation.cluster_id).where(Delegation.mission_id == mission.id)
                    )
                )
                .order_by(Cluster.name)
            )
        )
    logos = tuple(p for p in (logo_path(c.logo) for c in clusters) if p is not None)
    colour_value = clusters[0].colour if clusters else DEFAULT_COLOUR
    return _with_settings(session, tuple(c.name for c in clusters), colour_value, logos)


def partnership_branding(session: Session) -> Branding:
    """For documents about every mission (KPI report, follow-up log): the partnership's and
    funders' emblems and the statement; PIMAP's own logo when no emblem is set."""
    return _with_settings(session, (), DEFAULT_COLOUR, ())


# ---------------------------------------------------------------------------------------------
# Times


def local_time(instant: datetime, zone_name: str, language: DocumentLanguage | None = None) -> str:
    """``14:30`` in the mission's zone (``14.30`` in Finnish: CLDR's clock)."""
    return (language or english()).time(to_local(instant, zone_name))


def local_span(
    start: datetime, end: datetime, zone_name: str, language: DocumentLanguage | None = None
) -> str:
    """``14:30–15:00`` in the mission's zone."""
    words = language or english()
    return words.time_span(to_local(start, zone_name), to_local(end, zone_name))


def when_label(
    start: datetime, end: datetime, zone_name: str, language: DocumentLanguage | None = None
) -> str:
    """How a programme line gives its time: ``08:30–09:30``, ``23:00–01:00 (next day)``,
    ``All day`` (local midnight to midnight) or ``All day, 2 days``."""
    words = language or english()
    first, last = to_local(start, zone_name), to_local(end, zone_name)
    days = (last.date() - first.date()).days
    if first.time() == last.time() == datetime.min.time() and days >= 1:
        if days == 1:
            return words._("All day")
        return words.ngettext("All day, {count} day", "All day, {count} days", days).format(
            count=days
        )
    span = local_span(start, end, zone_name, words)
    if days == 1:
        return words._("{span} (next day)").format(span=span)
    if days > 1:
        return words._("{span} (+{count} days)").format(span=span, count=days)
    return span


def date_range(start: date, end: date, language: DocumentLanguage | None = None) -> str:
    """``24–29 January 2027``, ``30 January – 2 February 2027``, or both years in full (CLDR's
    interval in the document's language)."""
    return (language or english()).date_range(start, end)


@cache
def country_name(alpha_2: str) -> str:
    """``Denmark`` for ``DK`` (the common name where there is one); the code itself when
    unknown, "" for ""."""
    code = alpha_2.strip().upper()
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def tidy_address(address: str) -> str:
    """An address without a part said twice (``Union Square, San Francisco, San Francisco``:
    the street line often already holds the city)."""
    seen: set[str] = set()
    kept: list[str] = []
    for part in (p.strip() for p in address.split(",")):
        if part and part.casefold() not in seen:
            seen.add(part.casefold())
            kept.append(part)
    return ", ".join(kept)


def day_heading(day: date, language: DocumentLanguage | None = None) -> str:
    """``Tuesday 26 January 2027`` (CLDR's full date in the document's language)."""
    return (language or english()).day_heading(day)


def zone_note(instant: datetime, zone_name: str, language: DocumentLanguage | None = None) -> str:
    """``All times are local: America/Los_Angeles (PST).``"""
    words = language or english()
    return words._("All times are local: {zone} ({abbreviation}).").format(
        zone=zone_name, abbreviation=zone_abbreviation(instant, zone_name)
    )


# ---------------------------------------------------------------------------------------------
# Page frame: header band, logos, "Page 3 of 12", the date printed


@dataclass(frozen=True)
class PageFrame:
    """What every page of a document shows around its content."""

    title: str  # e.g. "Photonics West 2027 — Agenda"
    branding: Branding
    printed_on: date
    # The funding statement at the foot of every page (KPI and follow-up reports): pass
    # ``branding.statement``; "" prints the organisers there instead.
    statement: str = ""
    language: DocumentLanguage = field(default_factory=english)


def frame_canvas(frame: PageFrame) -> type[Canvas]:
    """A canvas class for ``doc.build(..., canvasmaker=...)`` that draws the frame on every page
    and "Page n of N" once the page count is known."""

    class FramedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_frame(self, frame, number, total)
                super().showPage()
            super().save()

    return FramedCanvas


LOGO_HEIGHT = 9 * mm
LOGO_MAX_WIDTH = 27 * mm
LOGO_GAP = 3 * mm
MAX_HEADER_IMAGES = 6


def header_images(branding: Branding, room: float) -> list[tuple[Path, float, float]]:
    """The organisers' logos then the emblems, as (file, width, height) for the header row:
    each 9 mm high and at most 27 mm wide, all smaller together when they would take more
    than ``room``."""
    images = [*branding.logos[:4], *branding.emblems][:MAX_HEADER_IMAGES]
    sizes = [
        (path, min(LOGO_MAX_WIDTH, LOGO_HEIGHT * image_aspect(path)), LOGO_HEIGHT)
        for path in images
    ]
    total = sum(w for _, w, _ in sizes) + LOGO_GAP * max(len(sizes) - 1, 0)
    if total > room > 0:
        scale = room / total
        sizes = [(path, w * scale, h * scale) for path, w, h in sizes]
    return sizes


def draw_frame(canvas: Canvas, frame: PageFrame, number: int, total: int) -> None:
    """Header (colour band, logos and emblems, title) and footer (printed date, page n of N,
    the organisers or the funding statement)."""
    register_fonts()
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colour(frame.branding.colour))
    canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
    x = width - MARGIN
    content = width - 2 * MARGIN
    # The images leave the title room for 8 points, but take at least a third of the width.
    wanted = content - text_width(frame.title, FONT_BOLD, 8) - 3 * mm
    room = min(max(wanted, content / 3), content * 0.55)
    for image, image_w, image_h in reversed(header_images(frame.branding, room)):
        canvas.drawImage(
            str(image),
            x - image_w,
            height - 8 * mm - LOGO_HEIGHT + (LOGO_HEIGHT - image_h) / 2,
            image_w,
            image_h,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )
        x -= image_w + LOGO_GAP
    canvas.setFillColor(INK)
    title_width = x - MARGIN - 3 * mm
    size = fit_size(frame.title, FONT_BOLD, title_width, 11, 7)
    canvas.setFont(FONT_BOLD, size)
    title = frame.title
    while text_width(title, FONT_BOLD, size) > title_width and len(title) > 1:
        title = title[:-2] + "…"
    canvas.drawString(MARGIN, height - 14.5 * mm, title)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    # With a funding statement the foot holds it above the printed line: the rule goes up.
    footer = 5.4 * mm if frame.statement else 8 * mm
    rule = 14.5 * mm if frame.statement else 12 * mm
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    organisers = " · ".join(frame.branding.organisers) or "PIMAP Desktop"
    words = frame.language
    printed = words._("Printed {date}").format(date=frame.printed_on.isoformat())
    page = words._("Page {number} of {total}").format(number=number, total=total)
    canvas.drawRightString(width - MARGIN, footer, page)
    # The printed line ends short of the page number: many organisers' names end with "…".
    room = width - 2 * MARGIN - text_width(page, FONT, 7.5) - 6 * mm
    line = f"{printed} · {organisers}"
    while text_width(line, FONT, 7.5) > room and len(line) > 1:
        line = line[:-2] + "…"
    canvas.drawString(MARGIN, footer, line)
    if frame.statement:
        _draw_statement(canvas, frame.statement, content)
    canvas.restoreState()


def statement_lines(statement: str, room: float) -> tuple[float, list[str]]:
    """The funding statement set for the foot of a page: the size (6.8 down to 5.5 points)
    and at most two lines no wider than ``room``; what two lines cannot hold ends with "…"."""
    text = " ".join(statement.split())
    size = 6.8
    lines = wrap_lines(text, FONT, size, room)
    while len(lines) > 2 and size > 5.5:
        size -= 0.25
        lines = wrap_lines(text, FONT, size, room)
    if len(lines) > 2:
        last = lines[1]
        while text_width(last + "…", FONT, size) > room and len(last) > 1:
            last = last[:-1]
        lines = [lines[0], last.rstrip() + "…"]
    return size, lines


def _draw_statement(canvas: Canvas, statement: str, room: float) -> None:
    """The funding statement between the rule and the printed line, on one line or two."""
    size, lines = statement_lines(statement, room)
    canvas.setFont(FONT, size)
    baseline = 10.2 * mm if len(lines) == 1 else 11.3 * mm
    for line in lines:
        canvas.drawString(MARGIN, baseline, line)
        baseline -= 2.6 * mm


# Every table's cells in the embedded font: a platypus Table sets its cells' font (Helvetica by
# default) even when they hold only flowables, and the PDF then names a font it does not embed.
TABLE_FONT = ("FONT", (0, 0), (-1, -1), FONT)

# Space the frame takes: content goes between these.
TOP = 22 * mm
BOTTOM = 16 * mm


# ---------------------------------------------------------------------------------------------
# Results, cancel, writing


class PrintCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__("Cancelled; no file was written.")


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise PrintCancelled()


def write_pdf(out: Path, draw: Callable[[Path], int]) -> int:
    """Run ``draw(partial_path) -> pages`` and put the PDF at ``out`` whole or not at all."""
    register_fonts()
    pages: list[int] = []
    write_file(out, lambda partial: pages.append(draw(partial)))
    return pages[0]


@dataclass(frozen=True)
class PdfInfo:
    """What a PDF says about itself: its language (/Lang, given to the canvas when it is made),
    title, subject and author (the organising clusters, else PIMAP Desktop)."""

    title: str
    subject: str
    author: str
    lang: str  # BCP 47: "fr", "pt-PT"

    @property
    def doc_template(self) -> dict[str, str]:
        """The keyword arguments of a platypus ``BaseDocTemplate``."""
        return {
            "title": self.title,
            "subject": self.subject,
            "author": self.author,
            "creator": CREATOR,
            "lang": self.lang,
            "initialFontName": FONT,  # not Helvetica, which no page uses and no PDF embeds
        }

    @property
    def canvas(self) -> dict[str, str]:
        """The keyword arguments of a ``Canvas``."""
        return {"lang": self.lang, "initialFontName": FONT}


CREATOR = "PIMAP Desktop"


def pdf_info(
    title: str, subject: str, branding: Branding, language: DocumentLanguage | None = None
) -> PdfInfo:
    words = language or english()
    return PdfInfo(title, subject, ", ".join(branding.organisers) or CREATOR, words.tag)


def document_info(canvas: Canvas, info: PdfInfo) -> None:
    """Title, subject, author and creator metadata of the PDF (its /Lang is the canvas's)."""
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setCreator(CREATOR)
    canvas.setSubject(info.subject)


# ---------------------------------------------------------------------------------------------
# Finding what to print


def mission_by_code(session: Session, code: str) -> Mission:
    mission = session.scalar(select(Mission).where(Mission.code == code.strip().upper()))
    if mission is None:
        raise NotFoundError(f"There is no mission with the code '{code.strip()}'.")
    return mission


def registration_for_email(session: Session, mission: Mission, email: str) -> Registration:
    """The registration on ``mission`` of the person with ``email`` (NotFoundError otherwise)."""
    key = normalise_email(email)
    registration = session.scalar(
        select(Registration)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.mission_id == mission.id, Person.email == key)
    )
    if registration is None:
        raise NotFoundError(
            f"Nobody with the e-mail {email.strip()} is registered on {mission.code}."
        )
    return registration


def display_name(person: Person) -> str:
    """First and last name as the person gave them."""
    return f"{person.first_name} {person.last_name}".strip()


def badge_name(person: Person) -> str:
    """The name printed large on a badge: the badge name if set, else first and last name."""
    return person.badge_name.strip() or display_name(person)


def organisation_line(organisation: Organisation | None) -> str:
    return organisation.name if organisation is not None else ""


def unique_file_name(stem: str, used: set[str], suffix: str = ".pdf") -> str:
    """A file-system safe name from ``stem`` (a person's name), not yet in ``used``."""
    safe = (
        "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip().replace(" ", "-")
        or "document"
    )
    name = f"{safe[:80]}{suffix}"
    counter = 2
    while name.lower() in used:
        name = f"{safe[:80]}-{counter}{suffix}"
        counter += 1
    used.add(name.lower())
    return name


def ids(values: Sequence[uuid.UUID] | None) -> list[uuid.UUID] | None:
    return list(values) if values is not None else None
