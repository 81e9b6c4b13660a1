"""What the export centre can produce, and the one call that produces it.

No Qt here: a document is a ``DocumentSpec`` (who it can be made for, which options it takes,
its file name), an ``ExportRequest`` is what the page asks for, and ``produce`` hands the request
to the printing or calendar service. The page runs ``produce`` in a worker for the preview (a
few people, nothing recorded) and for the real file.
"""

from __future__ import annotations

import enum
import threading
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from pimap_desktop.services.calendars import export_calendar
from pimap_desktop.services.printing.agenda import write_agenda
from pimap_desktop.services.printing.badges import (
    BadgeLayout,
    badge_registrations,
    write_badges,
)
from pimap_desktop.services.printing.catalogue import GroupBy, write_catalogue
from pimap_desktop.services.printing.common import DocumentReport, Paper, Progress
from pimap_desktop.services.printing.packs import pack_registrations, write_packs
from pimap_desktop.services.printing.tableplan import write_table_plan


class Scope(enum.Enum):
    """For whom a document is made."""

    MISSION = "mission"  # everyone on the mission
    SELECTION = "selection"  # the registrations selected on the Registrations page
    PERSON = "person"  # one person picked by name


class Option(enum.Enum):
    PAPER = "paper"
    BADGE_LAYOUT = "layout"
    BADGE_PAPER = "badge_paper"
    CROP_MARKS = "crop_marks"
    COMBINED = "combined"
    B2B_SESSION = "session"
    GROUP_BY = "group_by"


@dataclass(frozen=True)
class DocumentSpec:
    key: str
    label: str
    description: str
    scopes: tuple[Scope, ...]
    options: frozenset[Option]
    file_stem: str  # "badges" -> "PW2027-badges.pdf"
    suffix: str = ".pdf"
    per_person: bool = False  # made from a list of people (a preview shows the first few)

    @property
    def is_calendar(self) -> bool:
        return self.suffix == ".ics"


PAPER_ONLY = frozenset({Option.PAPER})
PEOPLE = (Scope.MISSION, Scope.SELECTION, Scope.PERSON)

DOCUMENTS: tuple[DocumentSpec, ...] = (
    DocumentSpec(
        "agenda",
        "Agenda",
        "The mission's programme for everyone, day by day, in the mission's local time.",
        (Scope.MISSION,),
        PAPER_ONLY,
        "agenda",
    ),
    DocumentSpec(
        "personal_agendas",
        "Personal agendas",
        "Each person's own programme with their B2B meetings and tables; one PDF, each "
        "person starting on a new page.",
        PEOPLE,
        PAPER_ONLY,
        "personal-agendas",
        per_person=True,
    ),
    DocumentSpec(
        "badges",
        "Badges",
        "Name badges with organisation, country and QR code. Saving them counts them as "
        "printed; a preview does not.",
        PEOPLE,
        frozenset({Option.BADGE_LAYOUT, Option.BADGE_PAPER, Option.CROP_MARKS}),
        "badges",
        per_person=True,
    ),
    DocumentSpec(
        "packs",
        "Attendee packs",
        "Per person: agenda, B2B meetings with the counterparts' profiles, hotel and contacts.",
        PEOPLE,
        frozenset({Option.PAPER, Option.COMBINED}),
        "packs",
        per_person=True,
    ),
    DocumentSpec(
        "table_plan",
        "Table plan",
        "Who sits at which table in each B2B slot.",
        (Scope.MISSION,),
        frozenset({Option.PAPER, Option.B2B_SESSION}),
        "table-plan",
    ),
    DocumentSpec(
        "large_table_plan",
        "Large-print table plan",
        "One page per table and session in large print, to put on the table.",
        (Scope.MISSION,),
        frozenset({Option.PAPER, Option.B2B_SESSION}),
        "table-plan-large",
    ),
    DocumentSpec(
        "catalogue",
        "Matchmaking catalogue",
        "Every organisation taking part with its profile and its people, by country or sector, "
        "with an index; only those who agreed to be listed appear.",
        (Scope.MISSION,),
        frozenset({Option.PAPER, Option.GROUP_BY}),
        "catalogue",
    ),
    DocumentSpec(
        "calendar",
        "Calendar (.ics)",
        "The programme as an iCalendar file for Outlook, Google or Apple calendars.",
        (Scope.MISSION,),
        frozenset(),
        "calendar",
        suffix=".ics",
    ),
    DocumentSpec(
        "personal_calendar",
        "Personal calendar (.ics)",
        "One person's programme and B2B meetings as an iCalendar file.",
        (Scope.PERSON,),
        frozenset(),
        "calendar",
        suffix=".ics",
        per_person=True,
    ),
)

BY_KEY = {spec.key: spec for spec in DOCUMENTS}


@dataclass(frozen=True)
class ExportRequest:
    """One document to make. ``registration_ids`` None means the whole mission."""

    document: DocumentSpec
    mission_id: uuid.UUID
    registration_ids: tuple[uuid.UUID, ...] | None = None
    paper: Paper = Paper.A4
    badge_paper: Paper | None = None  # None: the sheet the badge layout is made for
    badge_layout: BadgeLayout = BadgeLayout.A6
    crop_marks: bool = False
    combined: bool = True
    session_id: uuid.UUID | None = None
    group_by: GroupBy = GroupBy.COUNTRY

    @property
    def to_folder(self) -> bool:
        """Written as one file per person into a folder (packs, not combined)."""
        return self.document.key == "packs" and not self.combined


def preview_request(session: Session, request: ExportRequest) -> tuple[ExportRequest, int]:
    """The same document cut to its first page's worth of people, in one file, and how many
    people the whole document is for (0 when it is not made per person).

    Badges: one sheet (the people the service itself would put first); packs and personal
    agendas: the first person."""
    spec, mission_id = request.document, request.mission_id
    request = replace(request, combined=True)
    if not spec.per_person or spec.is_calendar:
        return request, len(request.registration_ids or ())
    if spec.key == "badges":
        people = badge_registrations(session, mission_id, request.registration_ids)
        first = request.badge_layout.per_sheet
    elif spec.key == "packs":
        people = pack_registrations(session, mission_id, request.registration_ids)
        first = 1
    else:
        people = list(request.registration_ids or ())
        first = 1
    return replace(request, registration_ids=tuple(people[:first])), len(people)


def produce(
    session: Session,
    request: ExportRequest,
    out: Path,
    *,
    record: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DocumentReport:
    """Write the requested document at ``out`` (a folder for packs one per person).

    ``record`` False makes badges without counting them as printed (previews)."""
    key, mission_id, paper = request.document.key, request.mission_id, request.paper
    people = list(request.registration_ids) if request.registration_ids is not None else None
    if key == "agenda":
        return write_agenda(session, mission_id, out, paper=paper, progress=progress, cancel=cancel)
    if key == "personal_agendas":
        return write_agenda(
            session,
            mission_id,
            out,
            paper=paper,
            registration_ids=people or [],
            progress=progress,
            cancel=cancel,
        )
    if key == "badges":
        return write_badges(
            session,
            mission_id,
            out,
            layout=request.badge_layout,
            paper=request.badge_paper,
            registration_ids=people,
            crop_marks=request.crop_marks,
            record=record,
            progress=progress,
            cancel=cancel,
        )
    if key == "packs":
        return write_packs(
            session,
            mission_id,
            out,
            registration_ids=people,
            combined=request.combined,
            paper=paper,
            progress=progress,
            cancel=cancel,
        )
    if key in ("table_plan", "large_table_plan"):
        return write_table_plan(
            session,
            mission_id,
            out,
            session_id=request.session_id,
            large_print=key == "large_table_plan",
            paper=paper,
            progress=progress,
            cancel=cancel,
        )
    if key == "catalogue":
        return write_catalogue(
            session,
            mission_id,
            out,
            paper=paper,
            group_by=request.group_by,
            progress=progress,
            cancel=cancel,
        )
    if key == "calendar":
        return export_calendar(session, mission_id, out)
    if key == "personal_calendar":
        person = people[0] if people else None
        return export_calendar(session, mission_id, out, registration_id=person)
    raise ValueError(f"unknown document {key!r}")


def file_stem_for(text: str) -> str:
    """A piece of a file name from a person's name or a mission code."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in text.strip())
    while "--" in safe:
        safe = safe.replace("--", "-")
    return safe.strip("-")[:60] or "document"


def suggested_name(code: str, spec: DocumentSpec, person: str = "", folder: bool = False) -> str:
    """``PW2027-badges.pdf``; ``PW2027-badges-Anna-Schmidt.pdf`` for one person; a folder
    name without suffix for one file per person."""
    parts = [file_stem_for(code), spec.file_stem]
    if person:
        parts.append(file_stem_for(person))
    return "-".join(parts) + ("" if folder else spec.suffix)
