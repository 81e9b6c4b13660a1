"""Name badges: A6 cards, 4″×3″ badge-holder inserts and adhesive name-badge label sheets.

A badge shows the organisers' logos and the mission, the delegation as a coloured band, the name
large (shrunk to fit, then set on two lines; never cut), the organisation, the country, a QR code
that the check-in desk scans (``PIMAP1:<mission code>:<registration id>``, no personal data) and
the role as a coloured band at the bottom.

Printing a badge is recorded on the registration (how many times, and when last); it never
checks anyone in: that is the check-in desk's job, when the person arrives.

The layout of one badge is computed first (``plan_badge``, pure geometry that the tests measure)
and then painted (``draw_badge``), so a single reprint can be drawn anywhere on any canvas.
"""

from __future__ import annotations

import logging
import math
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Cluster,
    Delegation,
    Mission,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import badge_payload
from pimap_desktop.services.language import DocumentLanguage, document_language, own_language
from pimap_desktop.services.printing.choices import STOCKS
from pimap_desktop.services.printing.choices import BadgeLayout as BadgeLayout
from pimap_desktop.services.printing.common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED_BOLD,
    DocumentReport,
    Paper,
    Progress,
    badge_name,
    check_cancel,
    colour,
    document_info,
    logo_path,
    mission_branding,
    pdf_info,
    register_fonts,
    text_width,
    wrap_lines,
    write_pdf,
)
from pimap_desktop.services.unit import transaction
from pimap_desktop.text import plural

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Layouts: the stocks badges are printed on


_PAPER_NAMES = {Paper.A4: "A4", Paper.LETTER: "US Letter"}


def parse_layout(text: str) -> BadgeLayout:
    """A layout from its value (``a6``, ``4x3``, ``l4785``, ``5395``), with or without "Avery",
    or from its label; ValidationError listing the choices otherwise."""
    key = text.strip().lower().replace("×", "x").replace('"', "").replace("″", "")
    key = "".join(key.split())
    key = key.removeprefix("avery").lstrip("-_")
    for layout in BadgeLayout:
        if key in (layout.value, layout.name.lower(), "".join(layout.label.lower().split())):
            return layout
    choices = "; ".join(f"{layout.value} ({layout.label})" for layout in BadgeLayout)
    raise ValidationError(f"Unknown badge layout '{text.strip()}': use one of {choices}.", "layout")


@dataclass(frozen=True)
class Sheet:
    """Where the badges of a layout go on one paper: lower-left corners, in filling order."""

    layout: BadgeLayout
    paper: Paper
    badge: tuple[float, float]
    slots: tuple[tuple[float, float], ...]  # row by row from the top left


def badge_sheet(layout: BadgeLayout, paper: Paper | None = None) -> Sheet:
    """The grid of ``layout`` on ``paper`` (its own paper when None): on the other paper the same
    grid is centred if it fits; ValidationError saying which layout to use otherwise."""
    stock = STOCKS[layout]
    paper = paper or stock.paper
    page_w, page_h = paper.size
    grid_w = (stock.columns - 1) * stock.pitch_x + stock.width
    grid_h = (stock.rows - 1) * stock.pitch_y + stock.height
    if paper is not stock.paper:
        if stock.fixed_paper:
            raise ValidationError(
                f"{stock.label}: these label sheets exist on {_PAPER_NAMES[stock.paper]} only; "
                f"{stock.other_paper_hint}.",
                "paper",
            )
        if grid_w > page_w + 0.01 or grid_h > page_h + 0.01:
            raise ValidationError(
                f"{stock.label}: the {stock.columns * stock.rows} badges "
                f"({grid_w / mm:.0f} × {grid_h / mm:.0f} mm) do not fit on "
                f"{_PAPER_NAMES[paper]}; print them on {_PAPER_NAMES[stock.paper]}, or "
                f"{stock.other_paper_hint}.",
                "paper",
            )
    left = (page_w - grid_w) / 2 if stock.left is None or paper is not stock.paper else stock.left
    top = (page_h - grid_h) / 2 if stock.top is None or paper is not stock.paper else stock.top
    slots = tuple(
        (left + column * stock.pitch_x, page_h - top - row * stock.pitch_y - stock.height)
        for row in range(stock.rows)
        for column in range(stock.columns)
    )
    return Sheet(layout, paper, (stock.width, stock.height), slots)


# ---------------------------------------------------------------------------------------------
# What a badge shows

# A fixed colour per role, dark enough for white text on it (contrast 4.5:1 or more), and far
# enough apart to be told from across a room.
ROLE_COLOURS: dict[RegistrationRole, str] = {
    RegistrationRole.DELEGATE: "#1d4ed8",  # blue
    RegistrationRole.LOCAL_PARTICIPANT: "#047857",  # green
    RegistrationRole.LOCAL_HOST: "#7e22ce",  # purple
    RegistrationRole.COORDINATOR: "#b91c1c",  # red
    RegistrationRole.SPEAKER: "#b45309",  # amber
    RegistrationRole.VISITOR: "#475569",  # slate
}
NO_GROUP_COLOUR = "#64748b"


@dataclass(frozen=True)
class BadgeFace:
    """Everything one badge prints; made by ``badge_faces`` for many at once."""

    registration_id: uuid.UUID
    name: str  # the badge name, or first and last name
    name_parts: tuple[str, ...]  # (first name, last name) when that is the name, else ()
    organisation: str
    country: str  # the country's name (``Denmark``, ``Danemark``), "" when unknown
    role: RegistrationRole
    role_label: str  # "Local participant", in the badge's language
    role_colour: str  # "#rrggbb"
    group: str  # the delegation (or the organisation's cluster); "" when none
    group_colour: str  # its cluster's colour, "#rrggbb"
    group_logo: Path | None  # its cluster's logo
    mission_name: str
    mission_dates: str  # "San Francisco · 24–29 January 2027"
    logos: tuple[Path, ...]  # the organisers' logos (``mission_branding``)
    payload: str  # what the QR code holds: ``badge_payload(code, registration id)``
    language: str = "en"  # the badge's: the person's preferred language, else the export's


def badge_registrations(
    session: Session,
    mission_id: uuid.UUID,
    registration_ids: Sequence[uuid.UUID] | None = None,
    *,
    include_unconfirmed: bool = False,
) -> list[uuid.UUID]:
    """The registrations to make badges for (see ``badge_selection``)."""
    return badge_selection(
        session, mission_id, registration_ids, include_unconfirmed=include_unconfirmed
    )[0]


NO_BADGE = (RegistrationStatus.CANCELLED, RegistrationStatus.NO_SHOW)
# Not coming for sure: left out of "Everyone" unless asked for (``include_unconfirmed``).
UNCONFIRMED = (RegistrationStatus.INVITED, RegistrationStatus.WAITLISTED)


def badge_selection(
    session: Session,
    mission_id: uuid.UUID,
    registration_ids: Sequence[uuid.UUID] | None = None,
    *,
    include_unconfirmed: bool = False,
) -> tuple[list[uuid.UUID], list[str]]:
    """The registrations to make badges for, and why some asked for are left out.

    Given ids keep their order (each once); without them, every registration of the mission by
    last name then first name, invited and wait-listed people left out (and counted in the
    reasons) unless ``include_unconfirmed``: they may never come. Cancelled and no-show
    registrations and erased people get no badge; in a selection (a Ctrl+A on the
    registrations list catches them) they are left out and counted in the reasons; invited
    and wait-listed people chosen one by one get theirs. ValidationError when a given id is not
    a registration of this mission."""
    mission = _mission(session, mission_id)
    if registration_ids is None:
        rows = session.execute(
            select(Registration.id, Person.last_name, Person.first_name, Registration.status)
            .join(Person, Person.id == Registration.person_id)
            .where(
                Registration.mission_id == mission_id,
                Registration.status.not_in(NO_BADGE),
                Person.erased_at.is_(None),
            )
        )
        ordered = sorted(rows, key=lambda r: (_sort_key(r[1]), _sort_key(r[2]), r[0].hex))
        wanted = [
            registration_id
            for registration_id, _, _, status in ordered
            if include_unconfirmed or status not in UNCONFIRMED
        ]
        unconfirmed = len(ordered) - len(wanted)
        return wanted, [_unconfirmed_reason(unconfirmed)] if unconfirmed else []
    wanted = list(dict.fromkeys(registration_ids))
    found: dict[uuid.UUID, tuple[RegistrationStatus, datetime | None]] = {}
    for chunk in _chunks(wanted):
        found.update(
            (registration_id, (status, erased))
            for registration_id, status, erased in session.execute(
                select(Registration.id, Registration.status, Person.erased_at)
                .join(Person, Person.id == Registration.person_id)
                .where(Registration.mission_id == mission_id, Registration.id.in_(chunk))
            )
        )
    missing = [r for r in wanted if r not in found]
    if missing:
        raise ValidationError(
            f"{len(missing)} of the badges asked for are not registrations on "
            f"{mission.code} (the first is {missing[0]}); no badge was printed.",
            "registration",
        )
    erased = [r for r in wanted if found[r][1] is not None]
    inactive = [r for r in wanted if found[r][1] is None and found[r][0] in NO_BADGE]
    skipped = []
    if inactive:
        skipped.append(f"no badge for {plural(len(inactive), 'cancelled or no-show registration')}")
    if erased:
        skipped.append(f"no badge for {plural(len(erased), 'erased person', 'erased people')}")
    left_out = set(erased) | set(inactive)
    return [r for r in wanted if r not in left_out], skipped


def _unconfirmed_reason(count: int) -> str:
    """Why "Everyone" printed fewer badges than people on the list."""
    who = (
        "1 invited or wait-listed person gets"
        if count == 1
        else f"{count} invited or wait-listed people get"
    )
    return f"{who} no badge until confirmed (select them to print theirs anyway)"


def badge_faces(
    session: Session,
    mission_id: uuid.UUID,
    registration_ids: Sequence[uuid.UUID],
    language: str | None = None,
) -> list[BadgeFace]:
    """The faces of the badges of ``registration_ids`` (in that order), from one set of
    queries; ValidationError when one is not a registration of the mission. Each badge is in
    its person's preferred language when one is recorded, else in ``language`` (English when
    None): the role, the country and the dates."""
    export = document_language(language)
    mission = _mission(session, mission_id)
    branding = mission_branding(session, mission)

    def dates_line(words: DocumentLanguage) -> str:
        dates = words.date_range(mission.start_date, mission.end_date)
        return f"{mission.city} · {dates}" if mission.city else dates

    delegation_cluster = aliased(Cluster)
    organisation_cluster = aliased(Cluster)
    rows: dict[uuid.UUID, Any] = {}
    for chunk in _chunks(list(dict.fromkeys(registration_ids))):
        result = session.execute(
            select(
                Registration.id,
                Registration.role,
                Person,
                Organisation.name,
                Organisation.country,
                Delegation.name,
                Delegation.country,
                delegation_cluster,
                organisation_cluster,
            )
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(Delegation, Delegation.id == Registration.delegation_id)
            .outerjoin(delegation_cluster, delegation_cluster.id == Delegation.cluster_id)
            .outerjoin(organisation_cluster, organisation_cluster.id == Organisation.cluster_id)
            .where(Registration.mission_id == mission_id, Registration.id.in_(chunk))
        )
        rows.update((row[0], row) for row in result)
    faces = []
    for registration_id in registration_ids:
        row = rows.get(registration_id)
        if row is None:
            raise ValidationError(
                f"{registration_id} is not a registration on {mission.code}.", "registration"
            )
        (_, role, person, org_name, org_country, group, group_country, cluster, org_cluster) = row
        cluster = cluster or org_cluster
        words = own_language(person.preferred_language, export)
        faces.append(
            BadgeFace(
                registration_id=registration_id,
                name=badge_name(person),
                name_parts=_name_parts(person),
                organisation=(org_name or "").strip(),
                country=words.country(org_country or group_country or ""),
                role=role,
                role_label=words.label(role),
                role_colour=ROLE_COLOURS[role],
                group=(group or (cluster.name if cluster is not None else "")).strip(),
                group_colour=cluster.colour if cluster is not None else NO_GROUP_COLOUR,
                group_logo=logo_path(cluster.logo) if cluster is not None else None,
                mission_name=mission.name,
                mission_dates=dates_line(words),
                logos=branding.logos,
                payload=badge_payload(mission.code, registration_id),
                language=words.code,
            )
        )
    return faces


def _name_parts(person: Person) -> tuple[str, ...]:
    """First and last name, where a badge breaks the name in two; () for a chosen badge name."""
    first, last = " ".join(person.first_name.split()), " ".join(person.last_name.split())
    if first and last and " ".join(badge_name(person).split()) == f"{first} {last}":
        return first, last
    return ()


# ---------------------------------------------------------------------------------------------
# The geometry of one badge (points, from the badge's lower-left corner)

# DejaVu's ascender and descender (hhea), as fractions of the size: room for Å and ŷ.
ASCENT = 0.93
DESCENT = 0.24
NAME_FONT = FONT_CONDENSED_BOLD
NAME_LEADING = 1.08  # baseline to baseline, times the size
QR_BORDER = 4  # modules of quiet zone around the code, inside its box


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.top
            and other.y < self.top
        )


Kind = Literal["mission", "group", "name", "organisation", "country", "role"]
Anchor = Literal["left", "centre", "right"]


@dataclass(frozen=True)
class Line:
    """One line of text placed on the badge."""

    kind: Kind
    text: str
    font: str
    size: float
    x: float  # where the anchor is
    baseline: float
    anchor: Anchor
    colour: str

    @property
    def width(self) -> float:
        return text_width(self.text, self.font, self.size)

    @property
    def box(self) -> Box:
        """The room the line's ink can take (from the font's descender to its ascender)."""
        width = self.width
        left = {"left": self.x, "centre": self.x - width / 2, "right": self.x - width}
        return Box(
            left[self.anchor],
            self.baseline - DESCENT * self.size,
            width,
            (ASCENT + DESCENT) * self.size,
        )


@dataclass(frozen=True)
class BadgePlan:
    """Where everything of one badge goes."""

    size: tuple[float, float]
    logos: tuple[tuple[Path, Box], ...]
    group_band: Box
    role_band: Box
    text_area: Box  # name, organisation and country stay in here
    qr: Box  # the code with its quiet zone; nothing else is drawn in it
    group_logo: tuple[Path, Box] | None
    lines: tuple[Line, ...]
    name_size: float

    def of(self, kind: Kind) -> list[Line]:
        return [line for line in self.lines if line.kind == kind]


@dataclass(frozen=True)
class _Scale:
    """Sizes derived from the badge's short side, so one design serves every stock."""

    pad: float
    gap: float
    logo_height: float
    band: float
    role_band: float
    name_largest: float
    name_smallest: float
    organisation_largest: float
    organisation_smallest: float


def _scale(width: float, height: float, portrait: bool) -> _Scale:
    unit = min(width, height)  # A6: 298 pt, 4″×3″: 216 pt, L4785: 142 pt
    pad = max(3.5 * mm, unit * 0.055)
    return _Scale(
        pad=pad,
        gap=pad * 0.5,
        logo_height=unit * (0.09 if portrait else 0.11),
        band=max(3.2 * mm, unit * 0.055),
        role_band=max(5.5 * mm, unit * 0.1),
        name_largest=unit * 0.11,  # A6: 33 pt
        name_smallest=unit * 0.047,  # A6: 14 pt
        organisation_largest=max(7.0, unit * 0.046),
        organisation_smallest=max(5.5, unit * 0.032),
    )


def plan_badge(face: BadgeFace, size: tuple[float, float]) -> BadgePlan:
    """The geometry of ``face`` on a badge of ``size`` (width, height in points)."""
    register_fonts()
    width, height = size
    portrait = height > width * 1.15
    scale = _scale(width, height, portrait)
    inner = width - 2 * scale.pad
    logos, mission_lines, header_bottom = _plan_header(
        face, width, height, scale, portrait=portrait
    )
    group_band = Box(0, header_bottom - scale.gap - scale.band, width, scale.band)
    role_band = Box(0, 0, width, scale.role_band)
    body = Box(
        scale.pad,
        role_band.top + scale.gap,
        inner,
        group_band.y - scale.gap - (role_band.top + scale.gap),
    )
    group_logo: tuple[Path, Box] | None = None
    if portrait:
        side = min(body.width * 0.4, body.height * 0.42)
        qr = Box(body.right - side, body.y, side, side)
        text_area = Box(body.x, qr.top + scale.gap, body.width, body.top - qr.top - scale.gap)
        room = qr.x - scale.gap - body.x
        if face.group_logo is not None and room > side * 0.6:
            logo_h = min(side * 0.38, _image_height_for(face.group_logo, room))
            group_logo = (face.group_logo, Box(body.x, qr.y + (side - logo_h) / 2, room, logo_h))
    else:
        side = min(body.height, body.width * 0.38)
        qr = Box(body.right - side, body.y + (body.height - side) / 2, side, side)
        text_area = Box(body.x, body.y, qr.x - body.x, body.height)
    text_lines, name_size = _plan_text(face, text_area, scale, centred=portrait)
    lines = (
        *mission_lines,
        *_band_line("group", face.group.upper(), group_band, scale, centred=portrait),
        *text_lines,
        *_band_line("role", face.role_label.upper(), role_band, scale, centred=True),
    )
    return BadgePlan(
        size, logos, group_band, role_band, text_area, qr, group_logo, lines, name_size
    )


def _plan_header(
    face: BadgeFace, width: float, height: float, scale: _Scale, *, portrait: bool
) -> tuple[tuple[tuple[Path, Box], ...], list[Line], float]:
    """Logos from the left and the mission's name and dates: beside the logos when they fit
    there at a fair size, else under them. Returns what to draw and the header's bottom."""
    top = height - scale.pad
    inner = width - 2 * scale.pad
    largest = scale.logo_height * 0.38
    logo_h, logo_gap, logos_w = _logo_row(face.logos, scale.logo_height, inner * 0.55)
    room = inner - logos_w - scale.gap
    beside = bool(face.logos) and all(
        _size_for(text, font, room, size) >= size * 0.75
        for text, font, size in (
            (face.mission_name, FONT_BOLD, largest),
            (face.mission_dates, FONT, largest * 0.88),
        )
    )
    if not beside:
        logo_h, logo_gap, logos_w = _logo_row(face.logos, scale.logo_height, inner)
        room = inner
    logos = []
    x = scale.pad
    for path in face.logos:
        box = Box(x, top - logo_h, _aspect(path) * logo_h, logo_h)
        logos.append((path, box))
        x = box.right + logo_gap
    smallest = 4.5
    name_size = max(_size_for(face.mission_name, FONT_BOLD, room, largest), smallest)
    dates_size = max(_size_for(face.mission_dates, FONT, room, largest * 0.88), smallest)
    name = _ellipsis(face.mission_name, FONT_BOLD, name_size, room)
    dates = _ellipsis(face.mission_dates, FONT, dates_size, room)
    block = (ASCENT + DESCENT) * name_size + dates_size * 1.15
    anchor: Anchor
    if beside:
        header_h = max(logo_h, block)
        first = top - (header_h - block) / 2 - ASCENT * name_size
        anchor, x_text = "right", width - scale.pad
    else:
        below = top - (logo_h + scale.gap * 0.6 if logos else 0.0)
        header_h = top - below + block
        first = below - ASCENT * name_size
        anchor = "centre" if portrait else "left"
        x_text = width / 2 if portrait else scale.pad
    second = first - DESCENT * name_size - dates_size * 0.93
    lines = [
        Line("mission", name, FONT_BOLD, name_size, x_text, first, anchor, "#1e293b"),
        Line("mission", dates, FONT, dates_size, x_text, second, anchor, "#64748b"),
    ]
    return tuple(logos), [line for line in lines if line.text], top - header_h


def _logo_row(logos: Sequence[Path], height: float, room: float) -> tuple[float, float, float]:
    """Height of the logos, the gap between them and the row's width, within ``room``."""
    gap = height * 0.25
    total = sum(_aspect(path) * height for path in logos) + gap * max(len(logos) - 1, 0)
    if total > room:
        height, gap, total = height * room / total, gap * room / total, room
    return height, gap, total


def _band_line(kind: Kind, text: str, band: Box, scale: _Scale, *, centred: bool) -> list[Line]:
    """White text in a coloured band, centred on the band's height."""
    if not text:
        return []
    room = band.width - 2 * scale.pad
    size = max(_size_for(text, FONT_BOLD, room, band.height * 0.55), 4.0)
    text = _ellipsis(text, FONT_BOLD, size, room)
    baseline = band.y + band.height / 2 - 0.36 * size  # centres the capitals
    x = band.x + band.width / 2 if centred else band.x + scale.pad
    return [
        Line(kind, text, FONT_BOLD, size, x, baseline, "centre" if centred else "left", "#ffffff")
    ]


def _plan_text(
    face: BadgeFace, area: Box, scale: _Scale, *, centred: bool
) -> tuple[list[Line], float]:
    """Name, organisation and country, as one block centred in ``area``."""
    org_size = scale.organisation_largest
    while True:
        org_size, org_lines = _wrap_shrinking(face.organisation, FONT_BOLD, area.width, org_size)
        country_size = (
            _size_for(face.country, FONT, area.width, org_size * 0.92) if face.country else 0.0
        )
        detail_h = len(org_lines) * org_size * 1.2 + country_size * 1.2
        gap = scale.gap * 1.2 if detail_h else 0.0
        name_room = area.height - detail_h - gap
        if name_room >= area.height * 0.5 or org_size <= scale.organisation_smallest:
            break
        org_size = max(org_size - 0.5, scale.organisation_smallest)
    name_lines, name_size = fit_name(
        face.name,
        area.width,
        name_room,
        scale.name_largest,
        scale.name_smallest,
        parts=face.name_parts,
    )
    name_h = (ASCENT + DESCENT) * name_size + (len(name_lines) - 1) * NAME_LEADING * name_size
    block = name_h + gap + detail_h
    anchor: Anchor = "centre" if centred else "left"
    x = area.x + area.width / 2 if centred else area.x
    spare = area.height - block  # a portrait badge keeps it a little above the middle
    baseline = area.top - spare * (0.4 if centred else 0.5) - ASCENT * name_size
    lines = []
    for text in name_lines:
        lines.append(Line("name", text, NAME_FONT, name_size, x, baseline, anchor, "#0f172a"))
        baseline -= NAME_LEADING * name_size
    baseline += NAME_LEADING * name_size  # back on the last name line
    baseline -= DESCENT * name_size + gap
    for text in org_lines:
        baseline -= org_size * 0.95
        lines.append(
            Line("organisation", text, FONT_BOLD, org_size, x, baseline, anchor, "#1e293b")
        )
        baseline -= org_size * 0.25
    if face.country:
        baseline -= country_size * 0.95
        lines.append(
            Line("country", face.country, FONT, country_size, x, baseline, anchor, "#475569")
        )
    return lines, name_size


def fit_name(
    name: str,
    width: float,
    height: float,
    largest: float,
    smallest: float,
    *,
    parts: tuple[str, ...] = (),
) -> tuple[tuple[str, ...], float]:
    """The lines and size of a name in a box of ``width`` × ``height``.

    One line, as large as fits up to ``largest``. Two lines (``parts``: first name / last name;
    without them wherever the wider line is narrowest) when one line would be smaller than
    ``smallest``, or when two lines make the name a third larger; three when even two lines stay under ``smallest`` and
    three are larger. Shrunk until every line fits, however small: never cut. The lines hold
    every character of the name, a hyphen ending a line where the name broke after it."""
    name = " ".join(name.split())
    one = _name_size((name,), width, height, largest)
    best: tuple[tuple[str, ...], float] = ((name,), one)
    if one >= largest * 0.8:
        return best
    two = parts if len(parts) == 2 and all(parts) else _balanced_split(name, 2)
    if two is None:
        return best
    size = _name_size(two, width, height, largest)
    if (one < smallest and size > one) or size >= one * 1.3:
        best = (two, size)
    if best[1] < smallest:
        three = _balanced_split(name, 3)
        if three is not None:
            size = _name_size(three, width, height, largest)
            if size >= best[1] * 1.15:
                best = (three, size)
    return best


def _name_size(lines: tuple[str, ...], width: float, height: float, largest: float) -> float:
    """The largest size (quarter points) at which ``lines`` fit ``width`` and ``height``."""
    widest = max(text_width(line, NAME_FONT, 1.0) for line in lines)
    by_height = height / (ASCENT + DESCENT + (len(lines) - 1) * NAME_LEADING)
    size = min(largest, width / widest if widest else largest, by_height)
    return max(math.floor(size * 4) / 4, 0.25)


def _break_points(name: str) -> list[int]:
    """Where a name may break: at a space (dropped) or after a hyphen (kept)."""
    return [i for i, c in enumerate(name) if c == " " or (c == "-" and 0 < i < len(name) - 1)]


def _split_at(name: str, points: Sequence[int]) -> tuple[str, ...]:
    lines, start = [], 0
    for point in points:
        end = point + 1 if name[point] == "-" else point
        lines.append(name[start:end].strip())
        start = point + 1
    lines.append(name[start:].strip())
    return tuple(lines)


def _balanced_split(name: str, count: int) -> tuple[str, ...] | None:
    """``name`` in ``count`` lines whose widest is as narrow as can be; None if it cannot."""
    points = _break_points(name)
    if len(points) < count - 1:
        return None
    best: tuple[str, ...] | None = None
    best_width = math.inf
    for chosen in _combinations(points, count - 1):
        lines = _split_at(name, chosen)
        if not all(lines):
            continue
        widest = max(text_width(line, NAME_FONT, 1.0) for line in lines)
        if widest < best_width:
            best, best_width = lines, widest
    return best


def _combinations(points: Sequence[int], k: int) -> Iterator[tuple[int, ...]]:
    if k == 0:
        yield ()
        return
    for i, point in enumerate(points):
        for rest in _combinations(points[i + 1 :], k - 1):
            yield (point, *rest)


def _wrap_shrinking(text: str, font: str, width: float, largest: float) -> tuple[float, list[str]]:
    """``text`` in at most two lines of whole words, shrinking from ``largest`` until it does."""
    if not text:
        return largest, []
    size = largest
    while size > 2.0:
        lines = _word_wrap(text, font, size, width)
        if lines is not None and len(lines) <= 2:
            return size, lines
        size -= 0.25
    return size, wrap_lines(text, font, size, width)  # a 300-letter word: cut, but all there


def _word_wrap(text: str, font: str, size: float, width: float) -> list[str] | None:
    """Lines of whole words no wider than ``width``; None when one word alone is wider."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if text_width(word, font, size) > width:
            return None
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def _size_for(text: str, font: str, width: float, largest: float) -> float:
    """``largest``, or the size (quarter points) at which ``text`` just fits ``width``."""
    full = text_width(text, font, 1.0)
    if full * largest <= width:
        return largest
    return math.floor(width / full * 4) / 4


def _ellipsis(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" until it fits (for the secondary lines only, never a name)."""
    if text_width(text, font, size) <= width:
        return text
    while len(text) > 1 and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@cache
def _aspect(path: Path) -> float:
    """Width over height of an image file."""
    image_w, image_h = ImageReader(str(path)).getSize()
    return float(image_w) / float(image_h) if image_h else 1.0


def _image_height_for(path: Path, width: float) -> float:
    return width / _aspect(path)


# ---------------------------------------------------------------------------------------------
# Painting


def draw_badge(
    canvas: Canvas, x: float, y: float, badge: BadgeFace, size: tuple[float, float]
) -> None:
    """Draw one badge with its lower-left corner at (``x``, ``y``) on ``canvas``."""
    paint_badge(canvas, x, y, badge, plan_badge(badge, size))


def paint_badge(canvas: Canvas, x: float, y: float, badge: BadgeFace, plan: BadgePlan) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    for path, box in plan.logos:
        _draw_image(canvas, path, box, "w")
    if plan.group_logo is not None:
        _draw_image(canvas, plan.group_logo[0], plan.group_logo[1], "w")
    canvas.setFillColor(colour(badge.group_colour))
    _fill(canvas, plan.group_band)
    canvas.setFillColor(colour(badge.role_colour))
    _fill(canvas, plan.role_band)
    for line in plan.lines:
        canvas.setFillColor(colors.HexColor(line.colour))
        canvas.setFont(line.font, line.size)
        if line.anchor == "left":
            canvas.drawString(line.x, line.baseline, line.text)
        elif line.anchor == "centre":
            canvas.drawCentredString(line.x, line.baseline, line.text)
        else:
            canvas.drawRightString(line.x, line.baseline, line.text)
    draw_qr(canvas, badge.payload, plan.qr)
    canvas.restoreState()


def _fill(canvas: Canvas, box: Box) -> None:
    canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)


def _draw_image(canvas: Canvas, path: Path, box: Box, anchor: str) -> None:
    canvas.drawImage(
        str(path),
        box.x,
        box.y,
        box.width,
        box.height,
        mask="auto",
        preserveAspectRatio=True,
        anchor=anchor,
    )


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of the QR code of ``payload``, error correction M.

    reportlab's encoder (the one inside ``QrCodeWidget``) makes the code. Choosing the mask
    pattern is the slow part of it: it builds the whole symbol eight times and scores each in
    pure Python (5 ms a badge, 5 s for 1,000). Here the symbol is built once unmasked, the eight
    candidates are scored with numpy under the standard's four penalty rules (ISO/IEC 18004,
    7.8.3), and the encoder then builds the chosen one: 2 ms. Should reportlab's insides change,
    the widget's own way is used."""
    try:
        return _qr_fast(payload)
    except (AttributeError, TypeError, IndexError):
        log.warning("QR codes: reportlab's encoder has changed; using its slower widget")
        widget = QrCodeWidget(payload, barLevel="M", barBorder=QR_BORDER)
        widget.qr.make()
        return tuple(tuple(bool(module) for module in row) for row in widget.qr.modules)


def _qr_fast(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(True, 0)  # function patterns, blank format information, data under mask 0
    rows, cols, masks = _qr_tables(int(code.version))
    unmasked = np.array(code.modules, dtype=bool)
    unmasked[rows, cols] ^= masks[0][rows, cols]
    scores = []
    for mask in range(8):
        candidate = unmasked.copy()
        candidate[rows, cols] ^= masks[mask][rows, cols]
        scores.append(_mask_penalty(candidate))
    code.makeImpl(False, scores.index(min(scores)))
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


@cache
def _qr_tables(
    version: int,
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """Rows and columns of the data modules of a QR ``version``, and its eight masks."""
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    probe.moduleCount = count = version * 4 + 17
    positions = list(probe.dataPosIterator())  # (column, row) pairs
    rows = np.array([row for _, row in positions], dtype=np.intp)
    cols = np.array([col for col, _ in positions], dtype=np.intp)
    i, j = np.indices((count, count))
    masks = np.stack(
        [np.asarray(qrencoder.QRUtil.getMask(mask)(i, j), dtype=bool) for mask in range(8)]
    )
    return rows, cols, masks


_FINDER_LIKE = np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=bool)


def _mask_penalty(symbol: npt.NDArray[np.bool_]) -> int:
    """The standard's penalty of a masked symbol: long runs, 2×2 blocks, finder-like
    patterns, and an unbalanced share of dark modules."""
    count = symbol.shape[0]
    score = 0
    for lines in (symbol, symbol.T):
        framed = np.full((count, count + 1), 2, dtype=np.int8)  # 2 ends every line
        framed[:, :count] = lines
        flat = framed.ravel()
        starts = np.flatnonzero(np.concatenate(([True], flat[1:] != flat[:-1])))
        lengths = np.diff(np.append(starts, flat.size))
        runs = lengths[flat[starts] != 2]
        long_runs = runs[runs >= 5]
        score += int(long_runs.sum()) - 2 * int(long_runs.size)  # 3 + (length - 5)
        windows = sliding_window_view(lines, 11, axis=1)
        finder_like = (windows == _FINDER_LIKE).all(axis=2) | (windows == _FINDER_LIKE[::-1]).all(
            axis=2
        )
        score += 40 * int(finder_like.sum())
    corner = symbol[:-1, :-1]
    blocks = (corner == symbol[1:, :-1]) & (corner == symbol[:-1, 1:]) & (corner == symbol[1:, 1:])
    score += 3 * int(blocks.sum())
    score += 10 * int(abs(float(symbol.mean()) * 100 - 50) // 5)
    return score


def draw_qr(canvas: Canvas, payload: str, box: Box) -> None:
    """The QR code of ``payload`` filling ``box`` (a square), quiet zone included: its dark
    modules as one filled path, in module units."""
    modules = qr_modules(payload)
    count = len(modules)
    step = box.width / (count + 2 * QR_BORDER)
    canvas.saveState()
    canvas.translate(box.x + QR_BORDER * step, box.top - QR_BORDER * step)
    canvas.scale(step, -step)  # rows downwards, one unit a module
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            path.rect(start, r, c - start, 1)
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


Segment = tuple[float, float, float, float]  # x1, y1, x2, y2


def crop_mark_lines(sheet: Sheet, used: int) -> list[Segment]:
    """Short lines in line with every cut, outside the badges: in the sheet's margins where
    they are wide enough (5 mm long, 1.5 mm off the badges), else from the paper's edge along
    the cut itself (A6 cards fill A4: their marks sit on the cuts between cards)."""
    page_w, page_h = sheet.paper.size
    badge_w, badge_h = sheet.badge
    slots = sheet.slots[:used]
    xs = sorted({round(x, 3) for sx, _ in slots for x in (sx, sx + badge_w)})
    ys = sorted({round(y, 3) for _, sy in slots for y in (sy, sy + badge_h)})
    gap, length, least = 1.5 * mm, 5 * mm, 3 * mm

    def tick(near: float, far: float, position: float, limit: float) -> tuple[float, float] | None:
        """From ``near`` (the grid's edge) towards ``far`` (the paper's edge)."""
        margin = abs(far - near)
        if margin >= gap + least:
            direction = 1 if far > near else -1
            return near + direction * gap, near + direction * min(gap + length, margin)
        if 0.01 < position < limit - 0.01:  # a cut that is not the paper's edge
            inward = 1 if far == 0.0 else -1
            return far, far + inward * (margin + length)
        return None

    lines: list[Segment] = []
    for x in xs:
        for near, far in ((ys[-1], page_h), (ys[0], 0.0)):
            span = tick(near, far, x, page_w)
            if span is not None:
                lines.append((x, span[0], x, span[1]))
    for y in ys:
        for near, far in ((xs[0], 0.0), (xs[-1], page_w)):
            span = tick(near, far, y, page_h)
            if span is not None:
                lines.append((span[0], y, span[1], y))
    return lines


def _draw_crop_marks(canvas: Canvas, sheet: Sheet, used: int) -> None:
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.3)
    canvas.lines(crop_mark_lines(sheet, used))
    canvas.restoreState()


# ---------------------------------------------------------------------------------------------
# Writing and recording


def write_badges(
    session: Session,
    mission_id: uuid.UUID,
    out: Path,
    *,
    layout: BadgeLayout = BadgeLayout.A6,
    paper: Paper | None = None,
    registration_ids: Sequence[uuid.UUID] | None = None,
    crop_marks: bool = False,
    record: bool = True,
    printed_on: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    include_unconfirmed: bool = False,
    language: str | None = None,
) -> DocumentReport:
    """Badges for a whole mission (everyone registered or confirmed; invited and wait-listed
    people too with ``include_unconfirmed``; the report's ``skipped`` says how many were left
    out), for a selection, or one reprint, written to ``out`` whole or not at all; then, when
    ``record``, each printed badge is counted on its registration (one transaction). Nobody is
    checked in. ``language``: the badges' (English when None); a person's preferred language
    wins for their own badge."""
    words = document_language(language)
    sheet = badge_sheet(layout, paper)
    mission = _mission(session, mission_id)
    wanted, skipped = badge_selection(
        session, mission_id, registration_ids, include_unconfirmed=include_unconfirmed
    )
    if not wanted:
        reasons = f" ({'; '.join(skipped)})" if skipped else ""
        raise ValidationError(f"There is nobody to print a badge for on {mission.code}{reasons}.")
    faces = badge_faces(session, mission_id, wanted, words.code)
    printed_on = printed_on or date.today()
    if len({face.language for face in faces}) == 1:
        words = document_language(faces[0].language)  # one language throughout: say which
    title = words._("Badges — {mission}").format(mission=mission.name)
    subject = words.ngettext(
        "{count} name badge, printed {date}", "{count} name badges, printed {date}", len(faces)
    ).format(count=len(faces), date=printed_on.isoformat())
    info = pdf_info(title, subject, mission_branding(session, mission), words)

    def draw(path: Path) -> int:
        canvas = Canvas(str(path), pagesize=sheet.paper.size, pageCompression=1, **info.canvas)
        document_info(canvas, info)
        return _draw_sheets(canvas, sheet, faces, crop_marks, progress, cancel)

    check_cancel(cancel)
    pages = write_pdf(out, draw)
    if record:
        try:
            record_badges_printed(session, wanted, datetime.now(UTC))
        except BaseException:
            out.unlink(missing_ok=True)  # badges that were not counted are not handed out
            raise
    return DocumentReport("badges", (out,), pages, len(faces), tuple(skipped))


def _draw_sheets(
    canvas: Canvas,
    sheet: Sheet,
    faces: Sequence[BadgeFace],
    crop_marks: bool,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
) -> int:
    per_sheet = len(sheet.slots)
    pages = math.ceil(len(faces) / per_sheet)
    total = len(faces)
    if progress is not None:
        progress(0, total)
    for page in range(pages):
        on_page = faces[page * per_sheet : (page + 1) * per_sheet]
        if crop_marks:
            _draw_crop_marks(canvas, sheet, len(on_page))
        for index, (face, (x, y)) in enumerate(zip(on_page, sheet.slots, strict=False)):
            check_cancel(cancel)
            draw_badge(canvas, x, y, face, sheet.badge)
            if progress is not None:
                progress(page * per_sheet + index + 1, total)
        canvas.showPage()
    check_cancel(cancel)
    canvas.save()
    return pages


def record_badges_printed(
    session: Session, registration_ids: Sequence[uuid.UUID], at: datetime
) -> None:
    """Count one more printed badge for each registration and note when (``at``, aware).

    Only the badge counters change: the status and the check-in time are the desk's."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("the time a badge was printed must be aware (UTC)")
    at = at.astimezone(UTC)
    wanted = list(dict.fromkeys(registration_ids))
    with transaction(session):
        for chunk in _chunks(wanted):
            session.execute(
                update(Registration)
                .where(Registration.id.in_(chunk))
                .values(
                    badges_printed=Registration.badges_printed + 1,
                    badge_printed_at=at,
                    # Printer's bookkeeping, not an edit: an import's undo still applies.
                    updated_at=Registration.updated_at,
                )
            )


# ---------------------------------------------------------------------------------------------
# Helpers


def _mission(session: Session, mission_id: uuid.UUID) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError("That mission no longer exists.")
    return mission


def _chunks(values: Sequence[uuid.UUID], size: int = 500) -> Iterator[Sequence[uuid.UUID]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _sort_key(text: str) -> str:
    """Names sorted as people expect: accents and case do not count."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
