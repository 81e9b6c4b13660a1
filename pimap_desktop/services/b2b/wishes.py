"""Participants' wish forms: whom they want to meet and when they can, on paper-free XLSX.

The offline counterpart of a matchmaking platform's participant side. :func:`write_wish_forms`
writes one workbook per participant who can request meetings (a registration invited,
registered or confirmed, of a person not erased); the participant fills it in a spreadsheet
application and sends it back; :func:`import_wishes` reads the returned workbooks into meeting
requests and availability windows, and the report's ``undo`` takes one import back.

The workbook
    ``Whom to meet``: who the form is for (also on top, so that forms cannot be mixed up by
    eye), a few instructions, then one row per possible counterpart, sorted by organisation:
    ``Priority`` (empty, 1, 2 or 3, 1 the highest; a list validation in the spreadsheet),
    the counterpart's organisation profile, ``E-mail`` and, last and hidden, ``Ref``.
    Counterparts are the mission's other participants, less the participant's own
    organisation, and only people who consented to be listed (``Person.consent_listed``).
    ``E-mail`` holds the counterpart's e-mail only when they also consented to be contacted
    (``Person.consent_contact``, as in the attendee packs); otherwise it reads
    :data:`NOT_SHARED`, and the e-mail is nowhere in the workbook. ``Ref`` tells whom a row is
    about: the counterpart's registration id, an internal key that is no personal data (the
    column is hidden, the instructions say not to change it, and it travels with its row when
    the participant sorts or filters). Priorities are pre-filled with the participant's
    requests, so a form sent again shows what they asked already.

    ``Availability``: the windows in which the participant can meet, one row each, with
    ``Date`` (YYYY-MM-DD), ``From`` and ``To`` (HH:MM, ``24:00`` for midnight at the end of the
    day) in the mission's local time, the zone named; the B2B sessions are listed as a hint.
    Pre-filled with the windows held (a window over midnight is one row per day).

    ``pimap`` (very hidden, protected): the identity of the form (format and version, mission
    id and code, registration id, e-mail, when it was written). The e-mail is the form owner's
    own, the only e-mail in a form besides those of counterparts who agreed to be contacted.
    The import trusts the ids, not the names shown.

    Versions: 1 identified rows by ``E-mail`` alone and showed every counterpart's e-mail;
    2 (:data:`FORM_VERSION`) adds ``Ref`` and hides the e-mails not to be shared. Forms of
    both versions import.

    Every text cell is written as text, never as a formula (see ``services.exporting``).

The import
    One transaction for all the files; ``dry_run`` reports the same and writes nothing.
    A file is refused whole, with its reason as a problem on row 0 (``field`` "file"), when it
    is not a readable workbook, is not a PIMAP wish form (no identity sheet), is the form of
    another mission, is the form of someone no longer taking part in this mission (removed,
    cancelled, erased), repeats a participant read from an earlier file of the same import,
    or is absurdly large (more than :data:`MAX_ROWS` rows in a sheet). The other files are
    imported all the same.

    In an accepted file, each row with a Priority is a request from the form's participant to
    the row's counterpart: created, or its priority updated, or unchanged. The counterpart is
    the registration named by the row's ``Ref``; a row without one (a row the participant
    added by hand, or a form of version 1) is read by its ``E-mail``, as registered in the
    mission. A row with a problem (a priority other than 1, 2 or 3, a Ref that is not a
    registration of this mission, a Ref and an E-mail naming two different participants, as
    when a row was copied and its e-mail changed, an e-mail not registered in the mission, a
    row with neither, a request to oneself) is reported with the spreadsheet's own row number
    and skipped; the good rows are imported. **An emptied Priority changes nothing**: a
    request the participant held stays as it is (it may already be scheduled or answered);
    withdrawing one is the coordinator's decision, in the Requests view.

    The Availability rows replace the participant's windows when the sheet has at least one
    valid row; an empty sheet keeps what is held. Rows with a problem (a date outside the
    mission, an unreadable date or time, an end before the start, a time skipped by the
    clocks going forward) are reported and left out. Windows that touch or overlap are
    merged; when the result equals what is held, nothing is written.

    Importing the same workbook again changes nothing.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import shutil
import tempfile
import threading
import unicodedata
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import RequestStatus
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Availability,
    MeetingRequest,
    Mission,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import local_to_utc, normalise_email, to_local, zone_abbreviation
from pimap_desktop.services.b2b.meetings import TAKING_PART, list_sessions
from pimap_desktop.services.exporting import check_output_folder, xlsx_text
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.filemodes import make_private_dir, make_private_file
from pimap_desktop.text import plural

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

FORM_NAME = "PIMAP wish form"
FORM_VERSION = 2  # 1: rows known by E-mail, every e-mail shown; 2: the Ref column
WISHES_SHEET = "Whom to meet"
AVAILABILITY_SHEET = "Availability"
IDENTITY_SHEET = "pimap"

PRIORITY = "Priority"
EMAIL = "E-mail"
REF = "Ref"
NOT_SHARED = "(not shared)"  # in E-mail, for a counterpart who did not agree to be contacted
WISH_COLUMNS = (
    PRIORITY,
    "Organisation",
    "Contact",
    "Job title",
    "Country",
    "Sectors",
    "Technologies",
    "Application areas",
    "Value chain",
    "Offers",
    "Seeks",
    EMAIL,
    REF,  # hidden, the last column
)
_WIDTHS = (9, 30, 24, 24, 14, 26, 26, 26, 18, 44, 44, 32, 38)
_WRAPPED = frozenset(
    {"Organisation", "Sectors", "Technologies", "Application areas", "Offers", "Seeks"}
)
DATE, FROM, TO = "Date", "From", "To"
AVAILABILITY_COLUMNS = (DATE, FROM, TO)
_AVAILABILITY_WIDTHS = (14, 10, 10, 12, 12, 12, 12)  # the instructions span them all
# Empty rows under the availability header, formatted as text so that typed dates and times
# stay as typed (no locale conversion).
_AVAILABILITY_BLANK_ROWS = 30

MAX_ROWS = 20_000  # per sheet; a wish form has one row per participant
MAX_COLUMNS = 60
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
_HEADER_SEARCH_ROWS = 60
_EXCEL_CELL_LIMIT = 32_767
_DAY_MINUTES = 24 * 60

# ----------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class WishForm:
    """One workbook written."""

    path: Path
    registration_id: uuid.UUID
    participant: str  # the person's name
    email: str
    counterparts: int  # rows in "Whom to meet"
    requests: int  # priorities pre-filled from the requests held
    availability: int  # rows pre-filled in "Availability"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "participant": self.participant,
            "email": self.email,
            "counterparts": self.counterparts,
            "requests": self.requests,
            "availability": self.availability,
        }


@dataclass(frozen=True)
class WishFormsReport:
    """What :func:`write_wish_forms` wrote."""

    mission_code: str
    out_dir: Path
    forms: tuple[WishForm, ...]
    listed: int  # participants who consented to be listed: the counterparts offered
    not_listed: int  # participants left off every form: no consent to be listed, or no e-mail

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(f.path for f in self.forms)

    def as_json(self) -> dict[str, Any]:
        return {
            "mission": self.mission_code,
            "out": str(self.out_dir),
            "files": [str(f.path) for f in self.forms],
            "participants": len(self.forms),
            "counterparts": self.listed,
            "not_listed": self.not_listed,
            "forms": [f.as_json() for f in self.forms],
        }

    def describe(self) -> str:
        return (
            f"{plural(len(self.forms), 'wish form')} of {self.mission_code} written to {self.out_dir}; "
            f"{plural(self.listed, 'participant')} listed as counterparts, {self.not_listed} not listed "
            "(no consent to be listed, or no e-mail)"
        )


@dataclass(frozen=True)
class _Counterpart:
    registration_id: uuid.UUID
    organisation_id: uuid.UUID | None
    cells: tuple[str, ...]  # every column but Priority and Ref
    sort_key: tuple[bool, str, str, str]


def write_wish_forms(
    session: Session,
    mission_id: uuid.UUID,
    out_dir: Path,
    *,
    delegation: str | None = None,
    person_emails: Sequence[str] = (),
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> WishFormsReport:
    """Write one wish form per participant who can request meetings into ``out_dir``.

    ``delegation`` (a delegation's name, any case) or ``person_emails`` limit the forms to
    those people; both together mean the people given, who must be in that delegation.
    ``out_dir`` is created if missing (its parent must exist); a form of the same name is
    replaced. Nothing is written unless every form is: the files are made in a hidden
    folder inside ``out_dir`` and moved in at the end. ``progress(done, total)`` is called
    after each form; setting ``cancel`` stops with ``PrintCancelled`` and writes nothing.

    Raises ValidationError (unknown delegation, a person not taking part, nobody to write
    for, a folder that cannot be written) or NotFoundError (an e-mail not registered).
    """
    mission = get_mission(session, mission_id)
    everyone = _participants(session, mission_id)
    chosen = _choose(session, mission, everyone, delegation, person_emails)
    out_dir = out_dir.expanduser()
    _check_out_dir(out_dir)
    _check_cancel(cancel)

    listed = [r for r in everyone if r.person.consent_listed and r.person.email]
    counterparts = sorted((_counterpart(r) for r in listed), key=lambda c: c.sort_key)
    wanted = [r.id for r in chosen]
    asked = _requests_of(session, wanted)
    windows = _windows_of(session, wanted)
    sessions = [row.label for row in list_sessions(session, mission_id)]
    zone_line = _zone_line(session, mission)
    generated_at = datetime.now(UTC).replace(microsecond=0)

    used: set[str] = set()
    names = [_file_name(mission.code, r.person, used) for r in chosen]
    try:
        if not out_dir.exists():
            make_private_dir(out_dir)  # a folder of its own, named by us: the owner's only
        staging = Path(tempfile.mkdtemp(prefix=".wish-forms-", suffix=".part", dir=out_dir))
    except OSError as exc:
        raise ValidationError(
            f"{out_dir} cannot be written: {exc.strerror or exc}.", "out"
        ) from None
    forms: list[WishForm] = []
    try:
        for done, (registration, name) in enumerate(zip(chosen, names, strict=True), start=1):
            _check_cancel(cancel)
            person = registration.person
            rows = [
                c
                for c in counterparts
                if c.registration_id != registration.id
                and (person.organisation_id is None or c.organisation_id != person.organisation_id)
            ]
            priorities = asked.get(registration.id, {})
            spans = windows.get(registration.id, [])
            availability_rows = _availability_rows(spans, mission.timezone)
            workbook = _workbook(
                mission=mission,
                registration=registration,
                rows=rows,
                priorities=priorities,
                availability_rows=availability_rows,
                sessions=sessions,
                zone_line=zone_line,
                generated_at=generated_at,
            )
            buffer = io.BytesIO()
            workbook.save(buffer)
            (staging / name).write_bytes(buffer.getvalue())
            forms.append(
                WishForm(
                    path=out_dir / name,
                    registration_id=registration.id,
                    participant=person.full_name,
                    email=person.email or "",
                    counterparts=len(rows),
                    requests=sum(1 for c in rows if c.registration_id in priorities),
                    availability=len(availability_rows),
                )
            )
            if progress is not None:
                progress(done, len(chosen))
        _check_cancel(cancel)
        for name in names:
            make_private_file(staging / name)  # a form names its person
            os.replace(staging / name, out_dir / name)
    except OSError as exc:
        raise ValidationError(
            f"{out_dir} cannot be written: {exc.strerror or exc}.", "out"
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return WishFormsReport(
        mission_code=mission.code,
        out_dir=out_dir,
        forms=tuple(forms),
        listed=len(listed),
        not_listed=len(everyone) - len(listed),
    )


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        from pimap_desktop.services.printing.common import PrintCancelled

        raise PrintCancelled()


def _check_out_dir(out_dir: Path) -> None:
    check_output_folder(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValidationError(f"{out_dir} is a file; give a folder for the wish forms.", "out")


def _participants(session: Session, mission_id: uuid.UUID) -> list[Registration]:
    """Who can request meetings: taking part, not erased; by name."""
    rows = session.scalars(
        select(Registration)
        .join(Person, Person.id == Registration.person_id)
        .where(
            Registration.mission_id == mission_id,
            Registration.status.in_(TAKING_PART),
            Person.erased_at.is_(None),
        )
        .options(
            selectinload(Registration.person).selectinload(Person.organisation),
            selectinload(Registration.delegation),
        )
    ).all()
    return sorted(
        rows,
        key=lambda r: (
            r.person.last_name.casefold(),
            r.person.first_name.casefold(),
            r.person.email or "",
        ),
    )


def _choose(
    session: Session,
    mission: Mission,
    everyone: list[Registration],
    delegation: str | None,
    person_emails: Sequence[str],
) -> list[Registration]:
    chosen = everyone
    if delegation is not None and delegation.strip():
        wanted = delegation.strip().casefold()
        known = sorted((d.name for d in mission.delegations), key=str.casefold)
        match = next((d for d in mission.delegations if d.name.casefold() == wanted), None)
        if match is None:
            listed = ", ".join(known) if known else "none yet"
            raise ValidationError(
                f"{mission.code} has no delegation '{delegation.strip()}'; its delegations: "
                f"{listed}.",
                "delegation",
            )
        chosen = [r for r in chosen if r.delegation_id == match.id]
    if person_emails:
        by_id = {r.id: r for r in chosen}
        picked: dict[uuid.UUID, Registration] = {}
        for email in person_emails:
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
            if registration.status not in TAKING_PART:
                raise ValidationError(
                    f"{email.strip()} is {registration.status.label.lower()} on "
                    f"{mission.code}: only invited, registered or confirmed people request "
                    "meetings.",
                    "person",
                )
            if registration.id not in by_id:
                raise ValidationError(
                    f"{email.strip()} is not in the delegation '{delegation}'.", "person"
                )
            picked[registration.id] = by_id[registration.id]
        chosen = [r for r in chosen if r.id in picked]
    if not chosen:
        where = f" in the delegation '{delegation}'" if delegation else ""
        raise ValidationError(
            f"Nobody{where} on {mission.code} can request meetings (invited, registered or "
            "confirmed): there is no wish form to write.",
            "registration_ids",
        )
    return chosen


def _joined(values: Iterable[str]) -> str:
    return ", ".join(v.strip() for v in values if v and v.strip())


def _country(code: str) -> str:
    from pimap_desktop.services.printing.common import country_name

    return country_name(code)


def _counterpart(registration: Registration) -> _Counterpart:
    person = registration.person
    org = person.organisation
    organisation = org.name if org else ""
    cells = (
        organisation,
        person.full_name,
        person.job_title,
        _country(org.country) if org else "",
        _joined(org.sectors) if org else "",
        _joined(org.technologies) if org else "",
        _joined(org.application_areas) if org else "",
        org.value_chain_position if org else "",
        org.offers if org else "",
        org.seeks if org else "",
        (person.email or "") if person.consent_contact else NOT_SHARED,
    )
    return _Counterpart(
        registration_id=registration.id,
        organisation_id=person.organisation_id,
        cells=cells,
        sort_key=(
            not organisation,
            organisation.casefold(),
            person.last_name.casefold(),
            person.first_name.casefold(),
        ),
    )


def _requests_of(
    session: Session, requester_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[uuid.UUID, int]]:
    asked: dict[uuid.UUID, dict[uuid.UUID, int]] = {}
    for requester, target, priority in session.execute(
        select(
            MeetingRequest.requester_id, MeetingRequest.target_id, MeetingRequest.priority
        ).where(MeetingRequest.requester_id.in_(list(requester_ids)))
    ):
        asked.setdefault(requester, {})[target] = priority
    return asked


def _windows_of(
    session: Session, registration_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[datetime, datetime]]]:
    windows: dict[uuid.UUID, list[tuple[datetime, datetime]]] = {}
    for registration_id, starts, ends in session.execute(
        select(Availability.registration_id, Availability.starts_at, Availability.ends_at).where(
            Availability.registration_id.in_(list(registration_ids))
        )
    ):
        windows.setdefault(registration_id, []).append((starts, ends))
    return windows


def _availability_rows(
    spans: Iterable[tuple[datetime, datetime]], zone_name: str
) -> list[tuple[str, str, str]]:
    """Windows as local (date, from, to) rows; one row per day of a window over midnight,
    ``24:00`` for the midnight that ends a day (the import merges them back)."""
    rows: list[tuple[str, str, str]] = []
    for starts, ends in _merged(spans):
        begin = to_local(starts, zone_name).replace(tzinfo=None)
        end = to_local(ends, zone_name).replace(tzinfo=None)
        while begin.date() < end.date():
            rows.append((begin.date().isoformat(), f"{begin:%H:%M}", "24:00"))
            begin = datetime.combine(begin.date() + timedelta(days=1), time(0, 0))
        if end > begin:
            rows.append((begin.date().isoformat(), f"{begin:%H:%M}", f"{end:%H:%M}"))
    return rows


def _zone_line(session: Session, mission: Mission) -> str:
    """``Times in America/Los_Angeles (PST)``, abbreviated at the first B2B session (else at
    noon on the mission's first day)."""
    sessions = list_sessions(session, mission.id)
    instant = (
        sessions[0].starts_local
        if sessions
        else local_to_utc(mission.start_date, time(12, 0), mission.timezone)
    )
    return f"Times in {mission.timezone} ({zone_abbreviation(instant, mission.timezone)})"


_NOT_DECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l",
     "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"}
)  # fmt: skip


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_NOT_DECOMPOSED))
    return "".join(c for c in decomposed if c.isascii() and not unicodedata.combining(c))


def _file_name(code: str, person: Person, used: set[str]) -> str:
    """``PW2027-wishes-Firstname-Lastname.xlsx``: ASCII letters, digits and dashes; ``-2``,
    ``-3``... when two people share a name."""

    def safe(text: str) -> str:
        words = re.sub(r"[^A-Za-z0-9]+", " ", _ascii(text)).split()
        return "-".join(words)

    who = safe(f"{person.first_name} {person.last_name}")[:80] or "participant"
    stem = f"{safe(code) or 'mission'}-wishes-{who}"
    name = f"{stem}.xlsx"
    counter = 2
    while name.casefold() in used:
        name = f"{stem}-{counter}.xlsx"
        counter += 1
    used.add(name.casefold())
    return name


# --- the workbook ----------------------------------------------------------------------------


def _put(ws: Any, row: int, column: int, value: str | int | None) -> Any:
    """Write a cell; text is always text, never a formula (``=cmd|...`` stays inert)."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = xlsx_text(value)[:_EXCEL_CELL_LIMIT]
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def _workbook(
    *,
    mission: Mission,
    registration: Registration,
    rows: Sequence[_Counterpart],
    priorities: dict[uuid.UUID, int],
    availability_rows: Sequence[tuple[str, str, str]],
    sessions: Sequence[str],
    zone_line: str,
    generated_at: datetime,
) -> Any:
    from openpyxl import Workbook

    person = registration.person
    organisation = person.organisation.name if person.organisation else ""
    who = person.full_name + (f", {organisation}" if organisation else "")
    title = f"Form of {who}, for {mission.code} — {mission.name}"

    workbook = Workbook()
    workbook.properties.creator = "PIMAP Desktop"
    workbook.properties.title = f"Wish form — {mission.code}"
    _wishes_sheet(workbook.active, title, rows, priorities)
    _availability_sheet(
        workbook.create_sheet(AVAILABILITY_SHEET),
        f"Availability of {who}, for {mission.code} — {mission.name}",
        zone_line,
        sessions,
        availability_rows,
    )
    _identity_sheet(workbook.create_sheet(IDENTITY_SHEET), mission, registration, generated_at)
    workbook.active = 0
    return workbook


_WISH_INSTRUCTIONS = (
    "Write 1, 2 or 3 in the Priority column for each person you would like to meet "
    "(1 = most wanted, 3 = good to meet). Leave it empty for the others.",
    "Priorities already filled in are the requests we hold for you. Emptying one does not "
    "withdraw it: to withdraw a request, write to the organisers.",
    "Do not change the E-mail column, the hidden Ref column or the names of the sheets: they "
    "tell us whom you chose. You may sort and filter the rows. To ask for someone not listed, "
    "write 1, 2 or 3 and their e-mail on a new row below the others.",
    "If you cannot attend every B2B session, fill in the Availability sheet too. Then save "
    "the file as .xlsx and send it back to the organisers.",
    "Only participants who agreed to be listed appear here; people of your own organisation "
    f"are left out. E-mails show only for those who agreed to be contacted: '{NOT_SHARED}' "
    "for the others.",
)


def _style_title(cell: Any) -> None:
    from openpyxl.styles import Font

    cell.font = Font(bold=True, size=14)


def _instruction_rows(ws: Any, first: int, lines: Sequence[str], widths: Sequence[float]) -> int:
    """Instruction lines, each merged across the columns of ``widths`` and as high as its
    wrapped text needs (spreadsheets do not fit merged cells); returns the next free row."""
    from openpyxl.styles import Alignment

    per_line = max(sum(widths) * 0.9, 20.0)  # characters of an average width
    row = first
    for line in lines:
        cell = _put(ws, row, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        ws.row_dimensions[row].height = 15 * math.ceil(len(line) / per_line)
        row += 1
    return row


def _header(ws: Any, row: int, names: Sequence[str]) -> None:
    from openpyxl.styles import Border, Font, PatternFill, Side

    fill = PatternFill("solid", start_color="DCE6F1")
    line = Border(bottom=Side(style="thin"))
    for column, name in enumerate(names, start=1):
        cell = _put(ws, row, column, name)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = line


def _wishes_sheet(
    ws: Any, title: str, rows: Sequence[_Counterpart], priorities: dict[uuid.UUID, int]
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws.title = WISHES_SHEET
    _style_title(_put(ws, 1, 1, title))
    visible = _WIDTHS[: WISH_COLUMNS.index(REF)]  # the instructions span these
    header = _instruction_rows(ws, 2, _WISH_INSTRUCTIONS, visible) + 1
    if not rows:
        _put(ws, header - 1, 1, "Nobody else taking part has agreed to be listed yet.")
    _header(ws, header, WISH_COLUMNS)
    first = header + 1
    wrapped = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    wanted = PatternFill("solid", start_color="FFF2CC")
    muted = Font(italic=True, color="808080")
    ref_column = WISH_COLUMNS.index(REF) + 1
    for offset, counterpart in enumerate(rows):
        row = first + offset
        priority = _put(ws, row, 1, priorities.get(counterpart.registration_id))
        priority.fill = wanted
        priority.alignment = Alignment(horizontal="center", vertical="top")
        for column, (name, value) in enumerate(
            zip(WISH_COLUMNS[1 : ref_column - 1], counterpart.cells, strict=True), start=2
        ):
            cell = _put(ws, row, column, value)
            cell.alignment = wrapped if name in _WRAPPED else top
            if name == EMAIL and value == NOT_SHARED:
                cell.font = muted
        _put(ws, row, ref_column, str(counterpart.registration_id)).alignment = top
    last = first + max(len(rows), 1) - 1
    validation = DataValidation(
        type="list",
        formula1='"1,2,3"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Priority",
        error="Write 1, 2 or 3 (1 = most wanted), or leave the cell empty.",
        showInputMessage=True,
        promptTitle="Priority",
        prompt="1 = most wanted, 2, 3; empty = no meeting asked.",
    )
    validation.add(f"A{first}:A{last}")
    ws.add_data_validation(validation)
    for column, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    # Hidden, but inside the filter's range: sorting the rows moves each Ref with its row.
    ws.column_dimensions[get_column_letter(ref_column)].hidden = True
    ws.freeze_panes = f"A{first}"
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(WISH_COLUMNS))}{last}"


def _availability_sheet(
    ws: Any,
    title: str,
    zone_line: str,
    sessions: Sequence[str],
    rows: Sequence[tuple[str, str, str]],
) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    _style_title(_put(ws, 1, 1, title))
    _put(ws, 2, 1, zone_line).font = Font(bold=True)
    lines = (
        "Leave this sheet empty if you can meet during every B2B session. Otherwise write one "
        "row per window in which you can meet: the date (YYYY-MM-DD), from and to (HH:MM, "
        "24-hour clock), in the local time named above.",
        "The windows written here replace the ones we hold for you; an empty sheet changes "
        "nothing.",
    )
    row = _instruction_rows(ws, 3, lines, _AVAILABILITY_WIDTHS)
    _put(ws, row, 1, "B2B sessions:").font = Font(italic=True)
    for label in sessions or ("No B2B session is planned yet.",):
        _put(ws, row, 2, label).alignment = Alignment(vertical="top")
        row += 1
    header = row + 1
    _header(ws, header, AVAILABILITY_COLUMNS)
    first = header + 1
    for offset in range(len(rows) + _AVAILABILITY_BLANK_ROWS):
        values = rows[offset] if offset < len(rows) else ("", "", "")
        for column, value in enumerate(values, start=1):
            cell = _put(ws, first + offset, column, value or None)
            cell.number_format = "@"  # typed dates and times stay text
    for column, width in enumerate(_AVAILABILITY_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = f"A{first}"


def _identity_sheet(
    ws: Any, mission: Mission, registration: Registration, generated_at: datetime
) -> None:
    values = (
        ("format", FORM_NAME),
        ("version", str(FORM_VERSION)),
        ("mission_id", str(mission.id)),
        ("mission_code", mission.code),
        ("registration_id", str(registration.id)),
        ("email", registration.person.email or ""),
        ("generated_at", generated_at.isoformat()),
    )
    for row, (key, value) in enumerate(values, start=1):
        _put(ws, row, 1, key)
        _put(ws, row, 2, value)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 40
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


# ----------------------------------------------------------------------------- importing


@dataclass(frozen=True)
class WishProblem:
    """Something in a returned form that was not imported. ``row`` is the spreadsheet's own
    row number, 0 for the whole file; ``field`` the column ("Priority", "E-mail", "Ref",
    "Date", "From", "To"), or "file" when the whole file was refused."""

    file: str
    row: int
    field: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class WishFileResult:
    """What one file gave. ``imported`` is False when the file was refused whole."""

    file: str
    imported: bool
    email: str = ""  # the participant's, from the form's identity
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    availability: int = 0  # windows set for the participant (0: theirs left as they were)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "imported": self.imported,
            "email": self.email,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "availability": self.availability,
        }


@dataclass(frozen=True)
class StoredWindow:
    """An availability window as it was stored (UTC), to put back on undo."""

    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class WishImportUndo:
    """What undoes one import: requests created, priorities changed, windows replaced."""

    created: tuple[uuid.UUID, ...] = ()  # request ids
    updated: tuple[tuple[uuid.UUID, int], ...] = ()  # request id, previous priority
    # registration id, and every window it had before the import (possibly none)
    availability: tuple[tuple[uuid.UUID, tuple[StoredWindow, ...]], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.availability)

    def undo(self, session: Session) -> None:
        """Put back what the import changed, in one transaction: its new requests go (with
        them, meetings lose their link to them), changed priorities return, and the
        participants whose windows were replaced get their former windows back. What was
        deleted since is skipped."""
        with transaction(session):
            for request_id in self.created:
                request = session.get(MeetingRequest, request_id)
                if request is not None:
                    session.delete(request)
            for request_id, priority in self.updated:
                changed = session.get(MeetingRequest, request_id)
                if changed is not None:
                    changed.priority = priority
            session.flush()
            for registration_id, windows in self.availability:
                if session.get(Registration, registration_id) is None:
                    continue
                session.execute(
                    delete(Availability).where(Availability.registration_id == registration_id)
                )
                session.add_all(
                    Availability(
                        id=w.id,
                        registration_id=registration_id,
                        starts_at=w.starts_at,
                        ends_at=w.ends_at,
                    )
                    for w in windows
                )
            session.expire_all()


@dataclass(frozen=True)
class WishImportReport:
    """What :func:`import_wishes` did (or, with ``dry_run``, would do)."""

    created: int
    updated: int
    unchanged: int
    availability: int  # windows set, over all participants
    dry_run: bool
    files: tuple[WishFileResult, ...]
    problems: tuple[WishProblem, ...] = ()
    undo: WishImportUndo = field(default_factory=WishImportUndo)

    @property
    def refused(self) -> tuple[WishFileResult, ...]:
        return tuple(f for f in self.files if not f.imported)

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "availability": self.availability,
            "dry_run": self.dry_run,
            "files": [f.as_json() for f in self.files],
            "problems": [p.as_json() for p in self.problems],
        }

    def describe(self) -> str:
        would = "would be " if self.dry_run else ""
        text = (
            f"{plural(len(self.files), 'file')}: requests {would}created {self.created}, "
            f"{would}updated {self.updated}, unchanged {self.unchanged}; "
            f"{plural(self.availability, 'availability window')} {would}set"
        )
        if self.refused:
            text += f"; {plural(len(self.refused), 'file')} refused"
        if self.problems:
            text += f"; {plural(len(self.problems), 'problem')}"
        return text


class _Refused(Exception):
    """A file that is not imported at all; the message is for a person."""


@dataclass(frozen=True)
class _Identity:
    version: int
    mission_id: uuid.UUID
    mission_code: str
    registration_id: uuid.UUID
    email: str


@dataclass(frozen=True)
class _ReadForm:
    label: str
    identity: _Identity
    wishes: tuple[tuple[int, object, object, object], ...]  # row, Priority, E-mail, Ref
    availability: tuple[tuple[int, object, object, object], ...] | None  # None: no sheet


def wish_files(paths: Sequence[Path]) -> tuple[list[Path], list[WishProblem]]:
    """The workbooks to read: files as given, and every ``*.xlsx`` of a folder (sorted;
    Office lock files ``~$...`` and hidden files left out). A path that does not exist, or a
    folder without a workbook, is a problem. The same file given twice is read once."""
    found: list[Path] = []
    problems: list[WishProblem] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        try:
            key = path.resolve()
        except OSError:
            key = path
        if key not in seen:
            seen.add(key)
            found.append(path)

    for path in paths:
        path = path.expanduser()
        if path.is_dir():
            inside = sorted(
                (
                    p
                    for p in path.iterdir()
                    if p.suffix.lower() == ".xlsx"
                    and not p.name.startswith(("~$", "."))
                    and p.is_file()
                ),
                key=lambda p: p.name.casefold(),
            )
            if not inside:
                problems.append(
                    WishProblem(str(path), 0, "file", f"{path} holds no .xlsx workbook")
                )
            for p in inside:
                add(p)
        elif path.exists():
            add(path)
        else:
            problems.append(WishProblem(str(path), 0, "file", f"{path} does not exist"))
    return found, problems


def import_wishes(
    session: Session, mission_id: uuid.UUID, paths: Sequence[Path], *, dry_run: bool = False
) -> WishImportReport:
    """Read returned wish forms into requests and availability (see the module's notes).

    ``paths``: workbooks, or folders whose ``*.xlsx`` are read. All files in one transaction;
    a refused file or a bad row is a problem in the report, never an exception. An emptied
    Priority leaves an existing request as it is: only created and updated requests are
    counted, and nothing is ever deleted. ``dry_run`` reports the same and writes nothing.
    The report's ``undo`` puts everything back.
    """
    files, problems = wish_files(paths)
    read: list[_ReadForm | WishFileResult] = []
    for path in files:
        label = str(path)
        try:
            read.append(_read_form(path, label))
        except _Refused as exc:
            read.append(WishFileResult(label, imported=False))
            problems.append(WishProblem(label, 0, "file", str(exc)))
    with transaction(session):
        mission = get_mission(session, mission_id)
        planner = _Planner(session, mission)
        results: list[WishFileResult] = []
        for item in read:
            if isinstance(item, WishFileResult):
                results.append(item)
                continue
            result, found = planner.plan(item)
            results.append(result)
            problems.extend(found)
        undo = planner.undo_token()
        if not dry_run:
            planner.apply()
    return WishImportReport(
        created=sum(r.created for r in results),
        updated=sum(r.updated for r in results),
        unchanged=sum(r.unchanged for r in results),
        availability=sum(r.availability for r in results),
        dry_run=dry_run,
        files=tuple(results),
        problems=tuple(problems),
        undo=WishImportUndo() if dry_run else undo,
    )


# --- reading a workbook --------------------------------------------------------------------


def _read_form(path: Path, label: str) -> _ReadForm:
    name = path.name
    unreadable = f"{name} is not a readable XLSX workbook"
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _Refused(unreadable) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise _Refused(
            f"{name} is far too large for a wish form ({unpacked // (1024 * 1024)} MB unpacked); "
            "it was not read"
        )
    try:
        # A stream kept open while reading: a read-only workbook reads its sheets lazily.
        with path.open("rb") as stream:
            return _read_workbook(stream, path.name, label)
    except _Refused:
        raise
    except Exception:  # openpyxl and zipfile raise many kinds on a damaged file
        log.warning("a wish form could not be read", exc_info=True)
        raise _Refused(unreadable) from None


def _read_workbook(stream: BinaryIO, name: str, label: str) -> _ReadForm:
    import openpyxl

    workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    try:
        sheets = {str(title).strip().casefold(): str(title) for title in workbook.sheetnames}
        if IDENTITY_SHEET not in sheets:
            raise _Refused(
                f"{name} is not a PIMAP wish form (it has no identity sheet '{IDENTITY_SHEET}')"
            )
        identity = _identity(name, _rows(workbook[sheets[IDENTITY_SHEET]], name))
        if WISHES_SHEET.casefold() not in sheets:
            raise _Refused(f"{name} has no sheet '{WISHES_SHEET}'; was it renamed?")
        wishes = _wish_table(name, _rows(workbook[sheets[WISHES_SHEET.casefold()]], name))
        availability: tuple[tuple[int, object, object, object], ...] | None = None
        if AVAILABILITY_SHEET.casefold() in sheets:
            availability = _availability_table(
                name, _rows(workbook[sheets[AVAILABILITY_SHEET.casefold()]], name)
            )
    finally:
        workbook.close()
    return _ReadForm(label, identity, wishes, availability)


def _rows(ws: Any, name: str) -> list[tuple[int, tuple[object, ...]]]:
    """The non-empty rows of a sheet with their numbers; a sheet of more than MAX_ROWS rows
    is refused."""
    ws.reset_dimensions()  # some writers store wrong sizes; read every row there is
    rows: list[tuple[int, tuple[object, ...]]] = []
    for number, values in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
        if number > MAX_ROWS:
            raise _Refused(
                f"{name} has more than {MAX_ROWS:,} rows in the sheet '{ws.title}'; a wish form "
                "is far smaller, so it was not read"
            )
        if any(_text(v) for v in values):
            rows.append((number, tuple(values)))
    return rows


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _identity(name: str, rows: list[tuple[int, tuple[object, ...]]]) -> _Identity:
    values = {
        _text(cells[0]).casefold(): _text(cells[1]) for _, cells in rows[:50] if len(cells) >= 2
    }
    if values.get("format") != FORM_NAME:
        raise _Refused(f"{name} is not a PIMAP wish form (its identity sheet is not one of ours)")
    try:
        version = int(values.get("version", ""))
        mission_id = uuid.UUID(values.get("mission_id", ""))
        registration_id = uuid.UUID(values.get("registration_id", ""))
    except ValueError:
        raise _Refused(
            f"{name}: its identity sheet is damaged; send the participant a new form"
        ) from None
    if version > FORM_VERSION:
        raise _Refused(f"{name} was made by a newer version of PIMAP; update PIMAP to read it")
    return _Identity(
        version=version,
        mission_id=mission_id,
        mission_code=values.get("mission_code", ""),
        registration_id=registration_id,
        email=values.get("email", ""),
    )


def _find_header(
    rows: list[tuple[int, tuple[object, ...]]],
    wanted: Sequence[str],
    optional: Sequence[str] = (),
) -> tuple[int, dict[str, int]] | None:
    """The position in ``rows`` of the first row naming every ``wanted`` column, and where
    they are, with those of the ``optional`` columns that row names."""

    def key(name: str) -> str:
        return name.casefold().replace("-", "")

    for index, (_, cells) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        names = [key(_text(c)) for c in cells]
        if all(key(w) in names for w in wanted):
            return index, {w: names.index(key(w)) for w in (*wanted, *optional) if key(w) in names}
    return None


def _cell(cells: tuple[object, ...], index: int) -> object:
    value = cells[index] if index < len(cells) else None
    return value.strip() if isinstance(value, str) else value


def _wish_table(
    name: str, rows: list[tuple[int, tuple[object, ...]]]
) -> tuple[tuple[int, object, object, object], ...]:
    """Rows with a Priority: (row, Priority, E-mail, Ref); Ref is None in a form without the
    column (version 1)."""
    found = _find_header(rows, (PRIORITY, EMAIL), (REF,))
    if found is None:
        raise _Refused(
            f"{name}: the sheet '{WISHES_SHEET}' has no header row with the columns "
            f"'{PRIORITY}' and '{EMAIL}'"
        )
    at, columns = found
    ref = columns.get(REF)
    return tuple(
        (
            number,
            _cell(cells, columns[PRIORITY]),
            _cell(cells, columns[EMAIL]),
            None if ref is None else _cell(cells, ref),
        )
        for number, cells in rows[at + 1 :]
        if _text(_cell(cells, columns[PRIORITY]))
    )


def _availability_table(
    name: str, rows: list[tuple[int, tuple[object, ...]]]
) -> tuple[tuple[int, object, object, object], ...]:
    found = _find_header(rows, AVAILABILITY_COLUMNS)
    if found is None:
        raise _Refused(
            f"{name}: the sheet '{AVAILABILITY_SHEET}' has no header row with the columns "
            f"'{DATE}', '{FROM}' and '{TO}'"
        )
    at, columns = found
    table = []
    for number, cells in rows[at + 1 :]:
        values = (
            _cell(cells, columns[DATE]),
            _cell(cells, columns[FROM]),
            _cell(cells, columns[TO]),
        )
        if any(_text(v) for v in values):
            table.append((number, *values))
    return tuple(table)


# --- values -------------------------------------------------------------------------------


def _shown(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return _text(value)


def _priority(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float) and float(value) in (1.0, 2.0, 3.0):
        return int(value)
    if isinstance(value, str) and value.strip() in ("1", "2", "3"):
        return int(value.strip())
    raise ValueError


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from pimap_desktop.services.importing.values import parse_date

        return parse_date(value)
    raise ValueError(f"'{_shown(value)}' is not a date")


_CLOCK = re.compile(
    r"^(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2}))?(?::(?P<second>\d{2}))?"
    r"\s*(?P<half>[ap]\.?\s*m\.?)?$",
    re.IGNORECASE,
)


def _minutes(value: object) -> int:
    """A time of day as minutes after midnight, 0 to 1440 (``24:00``)."""
    if isinstance(value, bool) or value is None:
        raise ValueError
    if isinstance(value, datetime):
        return value.hour * 60 + value.minute
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        if 0 <= minutes <= _DAY_MINUTES:
            return minutes
        raise ValueError
    if isinstance(value, int | float):
        number = float(value)
        if number.is_integer() and 0 <= number <= 24:
            return int(number) * 60  # "9" typed as a number: 09:00
        if 0 < number < 1:
            return round(number * _DAY_MINUTES)  # a spreadsheet time: a fraction of a day
        raise ValueError
    match = _CLOCK.match(str(value).strip())
    if match is None:
        raise ValueError
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = re.sub(r"[\s.]", "", match["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ValueError
        hour = hour % 12 + (12 if half == "pm" else 0)
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        raise ValueError
    return hour * 60 + minute


def _at(day: date, minutes: int, zone_name: str) -> datetime:
    if minutes == _DAY_MINUTES:
        return local_to_utc(day + timedelta(days=1), time(0, 0), zone_name)
    return local_to_utc(day, time(minutes // 60, minutes % 60), zone_name)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _merged(spans: Iterable[tuple[datetime, datetime]]) -> tuple[tuple[datetime, datetime], ...]:
    """Windows in time order, those that touch or overlap made one."""
    merged: list[tuple[datetime, datetime]] = []
    for starts, ends in sorted(spans):
        if merged and starts <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], ends))
        else:
            merged.append((starts, ends))
    return tuple(merged)


# --- planning and writing -------------------------------------------------------------------


class _Planner:
    """Works out, file after file, what the import changes; ``apply`` writes it."""

    def __init__(self, session: Session, mission: Mission) -> None:
        self.session = session
        self.mission = mission
        registrations = session.scalars(
            select(Registration)
            .where(Registration.mission_id == mission.id)
            .options(selectinload(Registration.person))
        ).all()
        self.by_id = {r.id: r for r in registrations}
        self.by_email = {r.person.email: r for r in registrations if r.person.email}
        self.requests: dict[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, int]] = {
            (q.requester_id, q.target_id): (q.id, q.priority)
            for q in session.scalars(
                select(MeetingRequest).where(MeetingRequest.mission_id == mission.id)
            )
        }
        self.seen: dict[uuid.UUID, str] = {}  # registration -> the file it was read from
        self.creates: list[MeetingRequest] = []
        self.updates: dict[uuid.UUID, tuple[int, int]] = {}  # request -> previous, new
        self.windows: dict[
            uuid.UUID, tuple[tuple[StoredWindow, ...], tuple[tuple[datetime, datetime], ...]]
        ] = {}

    # the form as a whole

    def _refusal(self, form: _ReadForm) -> str | None:
        name = Path(form.label).name
        identity, mission = form.identity, self.mission
        if identity.mission_id != mission.id:
            other = identity.mission_code or "an unknown mission"
            return f"{name} is the wish form of another mission ({other}), not of {mission.code}"
        registration = self.by_id.get(identity.registration_id)
        who = identity.email or "its participant"
        if registration is None:
            return f"{name}: {who} is no longer registered on {mission.code}"
        if registration.person.erased_at is not None:
            return f"{name}: its participant was erased from the directory"
        if registration.status not in TAKING_PART:
            return (
                f"{name}: {who} is {registration.status.label.lower()} on {mission.code} and no "
                "longer takes part in meetings"
            )
        earlier = self.seen.get(registration.id)
        if earlier is not None:
            return (
                f"{name} is a second form of {who} (the first was {Path(earlier).name}); only "
                "the first was imported"
            )
        return None

    def plan(self, form: _ReadForm) -> tuple[WishFileResult, list[WishProblem]]:
        refusal = self._refusal(form)
        if refusal is not None:
            return (
                WishFileResult(form.label, imported=False, email=form.identity.email),
                [WishProblem(form.label, 0, "file", refusal)],
            )
        registration = self.by_id[form.identity.registration_id]
        self.seen[registration.id] = form.label
        problems: list[WishProblem] = []
        created, updated, unchanged = self._plan_requests(form, registration, problems)
        windows = 0
        if form.availability is None:
            problems.append(
                WishProblem(
                    form.label,
                    0,
                    AVAILABILITY_SHEET,
                    f"{Path(form.label).name} has no sheet '{AVAILABILITY_SHEET}': the "
                    "availability held was left as it was",
                )
            )
        else:
            windows = self._plan_availability(form, registration, problems)
        return (
            WishFileResult(
                form.label,
                imported=True,
                email=registration.person.email or "",
                created=created,
                updated=updated,
                unchanged=unchanged,
                availability=windows,
            ),
            problems,
        )

    # requests

    def _plan_requests(
        self, form: _ReadForm, registration: Registration, problems: list[WishProblem]
    ) -> tuple[int, int, int]:
        created = updated = unchanged = 0
        given: dict[uuid.UUID, tuple[int, int]] = {}  # target -> priority, row
        for number, priority_value, email_value, ref_value in form.wishes:

            def problem(field: str, message: str, number: int = number) -> None:
                problems.append(WishProblem(form.label, number, field, message))

            try:
                priority = _priority(priority_value)
            except ValueError:
                problem(PRIORITY, f"'{_shown(priority_value)}' is not 1, 2 or 3")
                continue
            found = self._target(email_value, ref_value, problem)
            if found is None:
                continue
            target, who, column = found
            if target.id == registration.id:
                problem(column, "a request to oneself")
                continue
            if target.status not in TAKING_PART:
                problem(
                    column,
                    f"{who} is {target.status.label.lower()} on {self.mission.code} and "
                    "takes part in no meetings",
                )
                continue
            if target.id in given:
                before, row = given[target.id]
                if before != priority:
                    problem(
                        PRIORITY,
                        f"{who} is on row {row} already, with priority {before}; this row "
                        "was left out",
                    )
                continue
            given[target.id] = (priority, number)
            key = (registration.id, target.id)
            existing = self.requests.get(key)
            if existing is None:
                request = MeetingRequest(
                    id=uuid.uuid4(),
                    mission_id=self.mission.id,
                    requester_id=registration.id,
                    target_id=target.id,
                    priority=priority,
                    status=RequestStatus.PENDING,
                )
                self.creates.append(request)
                self.requests[key] = (request.id, priority)
                created += 1
            elif existing[1] != priority:
                request_id, previous = existing
                first = self.updates.get(request_id, (previous, priority))[0]
                self.updates[request_id] = (first, priority)
                self.requests[key] = (request_id, priority)
                updated += 1
            else:
                unchanged += 1
        return created, updated, unchanged

    def _target(
        self, email_value: object, ref_value: object, problem: Callable[[str, str], None]
    ) -> tuple[Registration, str, str] | None:
        """Whom a row is about, how to name them in a problem, and the column that told: the
        row's Ref when it has one, else its E-mail. None, the problem reported, when the row
        tells nobody of this mission."""
        code = self.mission.code
        shown = _text(email_value)
        not_shared = shown.casefold() == NOT_SHARED.casefold()
        email = None if not_shared else normalise_email(shown)
        ref = _text(ref_value)
        if ref:
            target = self._by_ref(ref)
            if target is None:
                quoted = ref if len(ref) <= 60 else f"{ref[:57]}..."
                problem(
                    REF,
                    f"'{quoted}' is not a reference to a participant of {code}: the Ref cell "
                    "was changed (send the participant a new form)",
                )
                return None
            other = self.by_email.get(email) if email else None
            if other is not None and other.id != target.id:
                problem(
                    EMAIL,
                    f"{email} is another participant than the one of this row's Ref: was the "
                    "row copied? Write the e-mail on a row of its own, with Ref empty",
                )
                return None
            if target.person.erased_at is not None:
                problem(REF, "this row's participant was erased from the directory")
                return None
            return target, target.person.full_name, REF
        if not_shared:
            problem(
                REF,
                "the Ref cell of this row is empty and its e-mail is not shared: whom is the "
                "priority for? (send the participant a new form)",
            )
            return None
        if not email:
            problem(EMAIL, "no e-mail on this row: whom is the priority for?")
            return None
        found = self.by_email.get(email)
        if found is None:
            problem(EMAIL, f"{email} is not registered on {code}")
            return None
        return found, email, EMAIL

    def _by_ref(self, ref: str) -> Registration | None:
        try:
            return self.by_id.get(uuid.UUID(ref))
        except ValueError:
            return None

    # availability

    def _plan_availability(
        self, form: _ReadForm, registration: Registration, problems: list[WishProblem]
    ) -> int:
        assert form.availability is not None
        mission = self.mission
        zone_name = mission.timezone
        spans: list[tuple[datetime, datetime]] = []
        for number, day_value, from_value, to_value in form.availability:

            def problem(field: str, message: str, number: int = number) -> None:
                problems.append(WishProblem(form.label, number, field, message))

            if not _text(day_value):
                problem(DATE, "no date")
                continue
            try:
                day = _day(day_value)
            except ValueError:
                problem(DATE, f"'{_shown(day_value)}' is not a date (write it as YYYY-MM-DD)")
                continue
            if not mission.start_date <= day <= mission.end_date:
                problem(
                    DATE,
                    f"{day.isoformat()} is outside the mission ({mission.start_date.isoformat()} "
                    f"to {mission.end_date.isoformat()})",
                )
                continue
            times: dict[str, int] = {}
            for key, value in ((FROM, from_value), (TO, to_value)):
                if not _text(value):
                    problem(key, "no time")
                    continue
                try:
                    times[key] = _minutes(value)
                except ValueError:
                    problem(key, f"'{_shown(value)}' is not a time (write it as HH:MM, e.g. 09:30)")
            if len(times) < 2:
                continue
            begin, end = times[FROM], times[TO]
            if begin == _DAY_MINUTES:
                problem(FROM, "24:00 is the end of a day: it can only end a window")
                continue
            if end <= begin:
                problem(TO, f"the window ends ({_hhmm(end)}) before it starts ({_hhmm(begin)})")
                continue
            instants: list[datetime] = []
            for key, minutes in ((FROM, begin), (TO, end)):
                try:
                    instants.append(_at(day, minutes, zone_name))
                except ValidationError as exc:  # skipped when the clocks go forward
                    problem(key, str(exc).rstrip("."))
            if len(instants) == 2:
                spans.append((instants[0], instants[1]))
        if not spans:
            return 0
        new = _merged(spans)
        held = tuple(
            StoredWindow(w.id, w.starts_at, w.ends_at)
            for w in self.session.scalars(
                select(Availability)
                .where(Availability.registration_id == registration.id)
                .order_by(Availability.starts_at)
            )
        )
        if _merged((w.starts_at, w.ends_at) for w in held) == new:
            return 0
        self.windows[registration.id] = (held, new)
        return len(new)

    # the whole import

    def undo_token(self) -> WishImportUndo:
        return WishImportUndo(
            created=tuple(r.id for r in self.creates),
            updated=tuple((request_id, old) for request_id, (old, _) in self.updates.items()),
            availability=tuple((reg, held) for reg, (held, _) in self.windows.items()),
        )

    def apply(self) -> None:
        session = self.session
        session.add_all(self.creates)
        for request_id, (_, priority) in self.updates.items():
            request = session.get(MeetingRequest, request_id)
            if request is not None:
                request.priority = priority
        for registration_id, (_, spans) in self.windows.items():
            session.execute(
                delete(Availability).where(Availability.registration_id == registration_id)
            )
            session.add_all(
                Availability(
                    id=uuid.uuid4(), registration_id=registration_id, starts_at=s, ends_at=e
                )
                for s, e in spans
            )
