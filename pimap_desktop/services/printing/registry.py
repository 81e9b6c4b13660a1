"""The one list of documents PIMAP makes, and the one call that makes each of them.

A document is a ``DocumentSpec``: its key, label, who it can be made for, which options it
takes, its file name, what its report counts and the function that writes it. An
``ExportRequest`` is one document asked for (by the export page or by ``pimap export``);
``produce`` writes it through the printing or calendar service, with progress and cancel where
the service takes them.

The command line keeps its own names for documents (``pimap export tableplan``, ``pimap export
ics``: an interface people type and script); ``COMMANDS`` maps each name to the documents it
makes, in one place.

No Qt here, and no reportlab at import: the CLI builds its parser from this module on every
start, so the services that write the documents are imported when a document is made.
"""

from __future__ import annotations

import enum
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pimap_desktop.services.printing.catalogue import GroupBy
    from pimap_desktop.services.printing.choices import BadgeLayout
    from pimap_desktop.services.printing.common import DocumentReport, Paper, Progress


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
    ALL_STATUSES = "all_statuses"  # badges of invited and wait-listed people too (CLI only)
    LANGUAGE = "language"  # the document's language (the PDFs; a calendar file has none)


# The values of ``printing.badges.BadgeLayout`` (a test keeps them equal), for the CLI's help.
BADGE_LAYOUTS = ("a6", "4x3", "l4785", "5395")


def _a4() -> Paper:
    from pimap_desktop.services.printing.choices import Paper

    return Paper.A4


def _a6() -> BadgeLayout:
    from pimap_desktop.services.printing.choices import BadgeLayout

    return BadgeLayout.A6


def _by_country() -> GroupBy:
    from pimap_desktop.services.printing.choices import GroupBy

    return GroupBy.COUNTRY


@dataclass(frozen=True)
class ExportRequest:
    """One document to make. ``registration_ids`` None means the whole mission."""

    document: DocumentSpec
    mission_id: uuid.UUID
    registration_ids: tuple[uuid.UUID, ...] | None = None
    paper: Paper = field(default_factory=_a4)
    badge_paper: Paper | None = None  # None: the sheet the badge layout is made for
    badge_layout: BadgeLayout = field(default_factory=_a6)
    crop_marks: bool = False
    combined: bool = True
    session_id: uuid.UUID | None = None
    group_by: GroupBy = field(default_factory=_by_country)
    include_unconfirmed: bool = False  # the whole mission's badges: invited, wait-listed too
    # The document's language (rules.DOCUMENT_LANGUAGES); a person's own document (personal
    # agenda, pack, badge) is in their preferred language when one is recorded.
    language: str = "en"

    @property
    def to_folder(self) -> bool:
        """Written as one file per person into a folder (packs, not combined)."""
        return self.document.key == "packs" and not self.combined


class Job(TypedDict):
    """Progress and cancel, as the printing services take them."""

    progress: Progress | None
    cancel: threading.Event | None


@dataclass(frozen=True)
class Run:
    """How a document is made: counted as printed (badges) or not, with progress and cancel."""

    record: bool = True
    progress: Progress | None = None
    cancel: threading.Event | None = None

    @property
    def job(self) -> Job:
        return {"progress": self.progress, "cancel": self.cancel}


Writer = Callable[["Session", ExportRequest, Path, Run], "DocumentReport"]


# ---------------------------------------------------------------------------------------------
# The functions that write each document


def _write_agenda(session: Session, request: ExportRequest, out: Path, run: Run) -> DocumentReport:
    from pimap_desktop.services.printing.agenda import write_agenda

    return write_agenda(
        session, request.mission_id, out, paper=request.paper, language=request.language, **run.job
    )


def _write_personal_agendas(
    session: Session, request: ExportRequest, out: Path, run: Run
) -> DocumentReport:
    from pimap_desktop.services.printing.agenda import write_agenda

    people = list(request.registration_ids or ())
    return write_agenda(
        session,
        request.mission_id,
        out,
        paper=request.paper,
        registration_ids=people,
        language=request.language,
        **run.job,
    )


def _write_badges(session: Session, request: ExportRequest, out: Path, run: Run) -> DocumentReport:
    from pimap_desktop.services.printing.badges import write_badges

    return write_badges(
        session,
        request.mission_id,
        out,
        layout=request.badge_layout,
        paper=request.badge_paper,
        registration_ids=_people(request),
        crop_marks=request.crop_marks,
        record=run.record,
        include_unconfirmed=request.include_unconfirmed,
        language=request.language,
        **run.job,
    )


def _write_packs(session: Session, request: ExportRequest, out: Path, run: Run) -> DocumentReport:
    from pimap_desktop.services.printing.packs import write_packs

    return write_packs(
        session,
        request.mission_id,
        out,
        registration_ids=_people(request),
        combined=request.combined,
        paper=request.paper,
        language=request.language,
        **run.job,
    )


def _table_plan_writer(large_print: bool) -> Writer:
    def write(session: Session, request: ExportRequest, out: Path, run: Run) -> DocumentReport:
        from pimap_desktop.services.printing.tableplan import write_table_plan

        return write_table_plan(
            session,
            request.mission_id,
            out,
            session_id=request.session_id,
            large_print=large_print,
            paper=request.paper,
            language=request.language,
            **run.job,
        )

    return write


def _write_catalogue(
    session: Session, request: ExportRequest, out: Path, run: Run
) -> DocumentReport:
    from pimap_desktop.services.printing.catalogue import write_catalogue

    return write_catalogue(
        session,
        request.mission_id,
        out,
        paper=request.paper,
        group_by=request.group_by,
        language=request.language,
        **run.job,
    )


def _write_calendar(
    session: Session, request: ExportRequest, out: Path, run: Run
) -> DocumentReport:
    """The mission's programme, or one person's (the first of ``registration_ids``)."""
    from pimap_desktop.services.calendars.export import export_calendar

    people = request.registration_ids
    return export_calendar(
        session, request.mission_id, out, registration_id=people[0] if people else None
    )


def _people(request: ExportRequest) -> list[uuid.UUID] | None:
    ids = request.registration_ids
    return list(ids) if ids is not None else None


# ---------------------------------------------------------------------------------------------
# The documents


@dataclass(frozen=True)
class DocumentSpec:
    key: str
    label: str
    description: str
    scopes: tuple[Scope, ...]
    options: frozenset[Option]
    file_stem: str  # "badges" -> "PW2027-badges.pdf"
    counted: str  # what the report's ``items`` counts: "badge", "table", "event"
    write: Writer = field(repr=False, compare=False)
    suffix: str = ".pdf"
    per_person: bool = False  # made from a list of people (a preview shows the first few)
    records: bool = False  # saving it counts it as printed (badges); a preview does not

    @property
    def is_calendar(self) -> bool:
        return self.suffix == ".ics"


PAPER_ONLY = frozenset({Option.PAPER, Option.LANGUAGE})
PEOPLE = (Scope.MISSION, Scope.SELECTION, Scope.PERSON)

DOCUMENTS: tuple[DocumentSpec, ...] = (
    DocumentSpec(
        "agenda",
        "Agenda",
        "The mission's programme for everyone, day by day, in the mission's local time.",
        (Scope.MISSION,),
        PAPER_ONLY,
        "agenda",
        "agenda",
        _write_agenda,
    ),
    DocumentSpec(
        "personal_agendas",
        "Personal agendas",
        "Each person's own programme with their B2B meetings and tables; one PDF, each "
        "person starting on a new page.",
        PEOPLE,
        PAPER_ONLY,
        "personal-agendas",
        "agenda",
        _write_personal_agendas,
        per_person=True,
    ),
    DocumentSpec(
        "badges",
        "Badges",
        "Name badges with organisation, country and QR code. Saving them counts them as "
        "printed; a preview does not.",
        PEOPLE,
        frozenset(
            {
                Option.BADGE_LAYOUT,
                Option.BADGE_PAPER,
                Option.CROP_MARKS,
                Option.ALL_STATUSES,
                Option.LANGUAGE,
            }
        ),
        "badges",
        "badge",
        _write_badges,
        per_person=True,
        records=True,
    ),
    DocumentSpec(
        "packs",
        "Attendee packs",
        "Per person: agenda, B2B meetings with the counterparts' profiles, hotel and contacts.",
        PEOPLE,
        frozenset({Option.PAPER, Option.COMBINED, Option.LANGUAGE}),
        "packs",
        "pack",
        _write_packs,
        per_person=True,
    ),
    DocumentSpec(
        "table_plan",
        "Table plan",
        "Who sits at which table in each B2B slot.",
        (Scope.MISSION,),
        frozenset({Option.PAPER, Option.B2B_SESSION, Option.LANGUAGE}),
        "table-plan",
        "table",
        _table_plan_writer(large_print=False),
    ),
    DocumentSpec(
        "large_table_plan",
        "Large-print table plan",
        "One page per table and session in large print, to put on the table.",
        (Scope.MISSION,),
        frozenset({Option.PAPER, Option.B2B_SESSION, Option.LANGUAGE}),
        "table-plan-large",
        "table",
        _table_plan_writer(large_print=True),
    ),
    DocumentSpec(
        "catalogue",
        "Matchmaking catalogue",
        "Every organisation taking part with its profile and its people, by country or sector, "
        "with an index; only those who agreed to be listed appear.",
        (Scope.MISSION,),
        frozenset({Option.PAPER, Option.GROUP_BY, Option.LANGUAGE}),
        "catalogue",
        "organisation",
        _write_catalogue,
    ),
    DocumentSpec(
        "calendar",
        "Calendar (.ics)",
        "The programme as an iCalendar file for Outlook, Google or Apple calendars.",
        (Scope.MISSION,),
        frozenset(),
        "calendar",
        "event",
        _write_calendar,
        suffix=".ics",
    ),
    DocumentSpec(
        "personal_calendar",
        "Personal calendar (.ics)",
        "One person's programme and B2B meetings as an iCalendar file.",
        (Scope.PERSON,),
        frozenset(),
        "calendar",
        "event",
        _write_calendar,
        suffix=".ics",
        per_person=True,
    ),
)

BY_KEY = {spec.key: spec for spec in DOCUMENTS}


# ---------------------------------------------------------------------------------------------
# The command line's names


@dataclass(frozen=True)
class Command:
    """``pimap export NAME``: the name people type for a document, its help line, and the other
    document its ``--layout`` or ``--person`` asks for."""

    name: str
    key: str  # the document it makes
    help: str
    layouts: tuple[str, ...] = ()  # the values of --layout (badges: the badge layouts)
    by_layout: tuple[tuple[str, str], ...] = ()  # (layout, key): a layout that is a document
    for_people: str | None = None  # the document made when --person is given

    @property
    def spec(self) -> DocumentSpec:
        return BY_KEY[self.key]

    def document(self, layout: str = "", people: bool = False) -> DocumentSpec:
        if people and self.for_people is not None:
            return BY_KEY[self.for_people]
        return BY_KEY[dict(self.by_layout).get(layout, self.key)]


COMMANDS: tuple[Command, ...] = (
    Command(
        "agenda",
        "agenda",
        "the printed programme (PDF); with --person, personal agendas",
        for_people="personal_agendas",
    ),
    Command(
        "badges",
        "badges",
        "name badges with QR codes (PDF); --layout " + "|".join(BADGE_LAYOUTS),
        layouts=BADGE_LAYOUTS,
    ),
    Command(
        "packs",
        "packs",
        "attendee packs (PDF); --layout combined|separate (a folder, a file each)",
        layouts=("combined", "separate"),
    ),
    Command(
        "tableplan",
        "table_plan",
        "who meets whom at each B2B table (PDF); --layout grid|large",
        layouts=("grid", "large"),
        by_layout=(("large", "large_table_plan"),),
    ),
    Command(
        "catalogue",
        "catalogue",
        "the organisations taking part, with consent (PDF); --group-by country|sector",
    ),
    Command(
        "ics",
        "calendar",
        "the programme as an iCalendar file; with --person, their own",
        for_people="personal_calendar",
    ),
)

COMMAND_BY_NAME = {command.name: command for command in COMMANDS}


# ---------------------------------------------------------------------------------------------
# Making a document


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
        from pimap_desktop.services.printing.badges import badge_registrations

        people = badge_registrations(session, mission_id, request.registration_ids)
        first = request.badge_layout.per_sheet
    elif spec.key == "packs":
        from pimap_desktop.services.printing.packs import pack_registrations

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
    return request.document.write(session, request, out, Run(record, progress, cancel))


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
