"""Meeting requests and availability windows from a spreadsheet (CSV or XLSX, read by
``importing.reading``), with the same care as the people import.

Headers are recognised in the partners' languages ("Requester e-mail", "Demandeur",
"Wants to meet", "Priorité", "Sähköposti", "Début"…). Every row gets a verdict before anything
is written (new, update, unchanged, or skipped with its problems and the file's own row
number: unknown e-mail, not registered in this mission, a request to oneself, a duplicate of an
earlier row, a bad priority or time). The import then writes the good rows in one transaction
and returns what one undo step needs to put everything back (the result's ``undo``).

Requests: ``requester, target[, priority]``; priority 1 (highest) to 3, 2 when empty. A pair
already requested gets the file's priority. Availability: ``email, start, end`` (a date and
time each, in the mission's local time) or ``email, date, from, to``; the windows a file gives
for a person replace theirs.
"""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationStatus, RequestStatus
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Availability,
    MeetingRequest,
    Mission,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import local_to_utc, normalise_email, to_local
from pimap_desktop.services.b2b.meetings import TAKING_PART, RowProblem, SimpleImportReport
from pimap_desktop.services.importing.headers import fold
from pimap_desktop.services.importing.values import parse_local_datetime_parts
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.unit import transaction

if TYPE_CHECKING:  # reading imports openpyxl (and numpy): only when a file is read
    from pimap_desktop.services.importing.reading import SourceTable


class Kind(enum.StrEnum):
    REQUESTS = "requests"
    AVAILABILITY = "availability"

    @property
    def label(self) -> str:
        return "meeting requests" if self is Kind.REQUESTS else "availability"


class Column(enum.StrEnum):
    REQUESTER = "requester_email"
    TARGET = "target_email"
    PRIORITY = "priority"
    EMAIL = "email"
    START = "start"
    END = "end"
    DATE = "date"


# Header words, compared after ``fold`` (case, accents, spaces and punctuation removed).
_SYNONYMS: dict[Column, tuple[str, ...]] = {
    Column.REQUESTER: (
        "requester_email",
        "requester e-mail",
        "requester",
        "requested by",
        "from",
        "from e-mail",
        "who",
        "your e-mail",
        "participant e-mail",
        "demandeur",
        "e-mail du demandeur",
        "solicitante",
        "e-mail do solicitante",
        "requerente",
        "pyytäjä",
        "pyytäjän sähköposti",
        "sökande",
        "frågande",
        "anfragender",
    ),
    Column.TARGET: (
        "target_email",
        "target e-mail",
        "target",
        "wants to meet",
        "meet",
        "to",
        "to e-mail",
        "counterpart",
        "counterpart e-mail",
        "with",
        "cible",
        "souhaite rencontrer",
        "e-mail de la cible",
        "interlocuteur",
        "alvo",
        "quer reunir com",
        "contraparte",
        "kohde",
        "haluaa tavata",
        "mottagare",
        "vill träffa",
        "ziel",
    ),
    Column.PRIORITY: (
        "priority",
        "prio",
        "rank",
        "priorité",
        "prioridade",
        "prioridad",
        "prioritet",
        "prioriteetti",
        "priorität",
    ),
    Column.EMAIL: (
        "email",
        "e-mail",
        "e-mail address",
        "mail",
        "participant",
        "participant e-mail",
        "adresse e-mail",
        "courriel",
        "correio eletrónico",
        "correio eletrônico",
        "sähköposti",
        "e-post",
        "e-postadress",
    ),
    Column.START: (
        "start",
        "starts",
        "from",
        "available from",
        "begin",
        "début",
        "de",
        "disponible à partir de",
        "início",
        "inicio",
        "alkaa",
        "alku",
        "från",
        "von",
    ),
    Column.END: (
        "end",
        "ends",
        "to",
        "until",
        "available until",
        "fin",
        "jusqu'à",
        "à",
        "fim",
        "até",
        "loppuu",
        "loppu",
        "till",
        "bis",
    ),
    Column.DATE: ("date", "day", "jour", "data", "dia", "päivä", "päivämäärä", "datum"),
}
_WANTED: dict[Kind, tuple[tuple[Column, ...], tuple[Column, ...]]] = {
    Kind.REQUESTS: ((Column.REQUESTER, Column.TARGET), (Column.PRIORITY,)),
    Kind.AVAILABILITY: ((Column.EMAIL, Column.START, Column.END), (Column.DATE,)),
}


def recognise_columns(kind: Kind, headers: Sequence[str], name: str) -> dict[Column, int]:
    """Which column holds what; a missing required column is refused naming the file."""
    required, optional = _WANTED[kind]
    keys = [fold(h) for h in headers]
    found: dict[Column, int] = {}
    for column in (*required, *optional):
        words = {fold(w) for w in _SYNONYMS[column]}
        for index, key in enumerate(keys):
            if key in words and index not in found.values():
                found[column] = index
                break
    missing = [c for c in required if c not in found]
    if missing:
        shown = ", ".join(f"'{h}'" for h in headers if h) or "no header"
        raise ValidationError(
            f"{name}: no column for {', '.join(c.value for c in missing)} "
            f"(the {kind.label} file needs {', '.join(c.value for c in required)}); "
            f"its columns are {shown}.",
            "columns",
        )
    return found


# --------------------------------------------------------------------------- results


class Verdict(enum.StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class RowVerdict:
    """What the import does with one row of the file."""

    row: int
    verdict: Verdict
    text: str  # "Ana Costa → Lena Berg, priority 1"; "priority 2 → 1"; the problems
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True)
class B2BImportUndo:
    """What one undo step needs: the requests created, the priorities changed, and each
    person's availability windows before the import (id, start, end in UTC)."""

    created_requests: tuple[uuid.UUID, ...] = ()
    priorities: tuple[tuple[uuid.UUID, int], ...] = ()
    windows_before: tuple[
        tuple[uuid.UUID, tuple[tuple[uuid.UUID, datetime, datetime], ...]], ...
    ] = ()
    created_windows: tuple[uuid.UUID, ...] = ()

    def undo(self, session: Session) -> None:
        """Put back what the import changed: created requests removed (with the meetings
        placed for them since, which fall back to none), priorities restored, windows as
        before. Refused (nothing changed) when a request whose priority it changed was
        deleted since."""
        with transaction(session):
            if self.created_requests:
                session.execute(
                    delete(MeetingRequest).where(MeetingRequest.id.in_(self.created_requests))
                )
            for request_id, priority in self.priorities:
                request = session.get(MeetingRequest, request_id)
                if request is None:
                    raise NotFoundError("A meeting request of this import was deleted since.")
                request.priority = priority
            for registration_id, windows in self.windows_before:
                session.execute(
                    delete(Availability).where(Availability.registration_id == registration_id)
                )
                for window_id, starts, ends in windows:
                    session.add(
                        Availability(
                            id=window_id,
                            registration_id=registration_id,
                            starts_at=starts,
                            ends_at=ends,
                        )
                    )


@dataclass(frozen=True)
class B2BImport:
    kind: Kind
    file: str
    report: SimpleImportReport
    verdicts: tuple[RowVerdict, ...]
    dry_run: bool
    undo: B2BImportUndo = field(default_factory=B2BImportUndo)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for v in self.verdicts if v.verdict is verdict)

    def as_json(self) -> dict[str, Any]:
        return {**self.report.as_json(), "dry_run": self.dry_run}

    def describe(self) -> str:
        return self.report.describe()


# --------------------------------------------------------------------------- the people


@dataclass(frozen=True)
class _Who:
    registration_id: uuid.UUID
    name: str


class _People:
    """The e-mails of the directory and of the mission's registrations, read once."""

    def __init__(self, session: Session, mission_id: uuid.UUID) -> None:
        self.known = {
            email
            for email in session.scalars(select(Person.email).where(Person.email.is_not(None)))
            if email
        }
        self.registered: dict[str, tuple[_Who, RegistrationStatus]] = {}
        for email, reg_id, first, last, status in session.execute(
            select(
                Person.email,
                Registration.id,
                Person.first_name,
                Person.last_name,
                Registration.status,
            )
            .join(Registration, Registration.person_id == Person.id)
            .where(Registration.mission_id == mission_id)
        ):
            if email:
                self.registered[email] = (_Who(reg_id, f"{first} {last}".strip()), status)

    def find(self, text: str, column: str, problems: list[RowProblem], row: int) -> _Who | None:
        email = normalise_email(text)
        if not email:
            problems.append(RowProblem(row, column, "no e-mail"))
            return None
        found = self.registered.get(email)
        if found is not None:
            who, status = found
            if status not in TAKING_PART:
                problems.append(
                    RowProblem(row, column, f"{email} does not take part ({status.label.lower()})")
                )
                return None
            return who
        if email in self.known:
            problems.append(RowProblem(row, column, f"{email} is not registered in this mission"))
        else:
            problems.append(RowProblem(row, column, f"{email} is unknown (not in the directory)"))
        return None


def _cell(values: Sequence[str], index: int | None) -> str:
    return values[index].strip() if index is not None and index < len(values) else ""


def _labels(columns: dict[Column, int], headers: Sequence[str]) -> dict[str, str]:
    """The file's own header for each problem field ("target_email" → "Souhaite rencontrer")."""
    return {column.value: headers[index] or column.value for column, index in columns.items()}


def _skipped(row: int, problems: Sequence[RowProblem], labels: dict[str, str]) -> RowVerdict:
    text = "; ".join(f"{labels.get(p.field, p.field)}: {p.message}" for p in problems)
    return RowVerdict(row, Verdict.SKIPPED, text, tuple(problems))


# --------------------------------------------------------------------------- requests


def import_requests(
    session: Session, mission_id: uuid.UUID, table: SourceTable, *, dry_run: bool = False
) -> B2BImport:
    """Requests from a table; see the module's docstring. ``dry_run`` writes nothing."""
    columns = recognise_columns(Kind.REQUESTS, table.headers, table.name)
    labels = _labels(columns, table.headers)
    verdicts: list[RowVerdict] = []
    problems: list[RowProblem] = []
    created: list[uuid.UUID] = []
    priorities: list[tuple[uuid.UUID, int]] = []
    with transaction(session):
        get_mission(session, mission_id)
        people = _People(session, mission_id)
        existing = {
            (q.requester_id, q.target_id): q
            for q in session.scalars(
                select(MeetingRequest).where(MeetingRequest.mission_id == mission_id)
            )
        }
        seen: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
        for source in table.rows:
            number, values = source.number, source.values
            row_problems: list[RowProblem] = []
            requester = people.find(
                _cell(values, columns[Column.REQUESTER]), "requester_email", row_problems, number
            )
            target = people.find(
                _cell(values, columns[Column.TARGET]), "target_email", row_problems, number
            )
            priority = 2
            text = _cell(values, columns.get(Column.PRIORITY))
            if text:
                cleaned = text.removesuffix(".0")
                if cleaned not in ("1", "2", "3"):
                    row_problems.append(
                        RowProblem(number, "priority", f"'{text}' is not 1, 2 or 3")
                    )
                else:
                    priority = int(cleaned)
            if requester and target and requester.registration_id == target.registration_id:
                row_problems.append(RowProblem(number, "target_email", "a request to oneself"))
            pair = (
                (requester.registration_id, target.registration_id)
                if requester and target
                else None
            )
            if pair is not None and pair in seen and not row_problems:
                row_problems.append(
                    RowProblem(number, "target_email", f"the same request as row {seen[pair]}")
                )
            if row_problems or requester is None or target is None or pair is None:
                problems.extend(row_problems)
                verdicts.append(_skipped(number, row_problems, labels))
                continue
            seen[pair] = number
            who = f"{requester.name} → {target.name}"
            request = existing.get(pair)
            if request is None:
                new_id = uuid.uuid4()
                verdicts.append(RowVerdict(number, Verdict.NEW, f"{who}, priority {priority}"))
                if not dry_run:
                    session.add(
                        MeetingRequest(
                            id=new_id,
                            mission_id=mission_id,
                            requester_id=pair[0],
                            target_id=pair[1],
                            priority=priority,
                            status=RequestStatus.PENDING,
                        )
                    )
                    created.append(new_id)
            elif request.priority != priority:
                verdicts.append(
                    RowVerdict(
                        number, Verdict.UPDATE, f"{who}: priority {request.priority} → {priority}"
                    )
                )
                if not dry_run:
                    priorities.append((request.id, request.priority))
                    request.priority = priority
            else:
                verdicts.append(
                    RowVerdict(number, Verdict.UNCHANGED, f"{who}, priority {priority}")
                )
    return _result(
        Kind.REQUESTS,
        table.name,
        verdicts,
        problems,
        dry_run,
        B2BImportUndo(created_requests=tuple(created), priorities=tuple(priorities)),
    )


def _result(
    kind: Kind,
    name: str,
    verdicts: Sequence[RowVerdict],
    problems: Sequence[RowProblem],
    dry_run: bool,
    undo: B2BImportUndo,
) -> B2BImport:
    counts = {v: sum(1 for r in verdicts if r.verdict is v) for v in Verdict}
    # In the file's order (availability checks every row before giving the good ones theirs).
    in_order = tuple(sorted(verdicts, key=lambda v: v.row))
    report = SimpleImportReport(
        counts[Verdict.NEW],
        counts[Verdict.UPDATE],
        counts[Verdict.UNCHANGED],
        tuple(sorted(problems, key=lambda p: p.row)),
    )
    return B2BImport(kind, name, report, in_order, dry_run, undo)


# --------------------------------------------------------------------------- availability


def _local(text: str, day: date | None, column: str) -> tuple[date, time]:
    """A cell's local date and time; a time alone takes the row's date."""
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("empty")
    if day is not None and ":" in cleaned and len(cleaned) <= 8:
        hours, _, minutes = cleaned.partition(":")
        try:
            return day, time(int(hours), int(minutes[:2]))
        except ValueError as exc:
            raise ValueError(f"'{cleaned}' is not a time of day") from exc
    found_day, at = parse_local_datetime_parts(cleaned)
    if at is None:
        raise ValueError(f"'{cleaned}' has no time of day ({column} needs a date and a time)")
    return found_day, at


def import_availability(
    session: Session, mission_id: uuid.UUID, table: SourceTable, *, dry_run: bool = False
) -> B2BImport:
    """Availability windows from a table; see the module's docstring."""
    columns = recognise_columns(Kind.AVAILABILITY, table.headers, table.name)
    labels = _labels(columns, table.headers)
    verdicts: list[RowVerdict] = []
    problems: list[RowProblem] = []
    windows: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
    before: dict[uuid.UUID, tuple[tuple[uuid.UUID, datetime, datetime], ...]] = {}
    created: list[uuid.UUID] = []
    with transaction(session):
        mission = get_mission(session, mission_id)
        people = _People(session, mission_id)
        rows: list[tuple[int, _Who, datetime, datetime]] = []
        for source in table.rows:
            number, values = source.number, source.values
            row_problems: list[RowProblem] = []
            who = people.find(_cell(values, columns[Column.EMAIL]), "email", row_problems, number)
            day: date | None = None
            if Column.DATE in columns:
                text = _cell(values, columns[Column.DATE])
                try:
                    day = parse_local_datetime_parts(text)[0]
                except ValueError as exc:
                    row_problems.append(RowProblem(number, "date", f"'{text}': {exc}"))
            times: list[datetime] = []
            for column in (Column.START, Column.END):
                text = _cell(values, columns[column])
                try:
                    on, at = _local(text, day, column.value)
                    times.append(local_to_utc(on, at, mission.timezone))
                except (ValueError, ValidationError) as exc:
                    reason = "no time given" if str(exc) == "empty" else str(exc)
                    row_problems.append(RowProblem(number, column.value, reason))
            if len(times) == 2 and times[1] <= times[0]:
                row_problems.append(RowProblem(number, "end", "the window ends before it starts"))
            if len(times) == 2 and not row_problems:
                _check_inside(mission, times[0], times[1], number, row_problems)
            if row_problems or who is None:
                problems.extend(row_problems)
                verdicts.append(_skipped(number, row_problems, labels))
                continue
            rows.append((number, who, times[0], times[1]))
        current = _windows(session, {who.registration_id for _n, who, _s, _e in rows})
        for number, who, starts, ends in rows:
            span = (starts, ends)
            windows[who.registration_id].append(span)
            shown = _span_text(mission, starts, ends)
            if span in {(s, e) for _i, s, e in current.get(who.registration_id, ())}:
                verdicts.append(RowVerdict(number, Verdict.UNCHANGED, f"{who.name}: {shown}"))
            else:
                verdicts.append(RowVerdict(number, Verdict.NEW, f"{who.name}: {shown}"))
        if not dry_run:
            for registration_id, spans in windows.items():
                old = current.get(registration_id, ())
                if sorted(spans) == sorted((s, e) for _i, s, e in old):
                    continue  # the same windows: nothing to replace
                before[registration_id] = old
                session.execute(
                    delete(Availability).where(Availability.registration_id == registration_id)
                )
                for starts, ends in spans:
                    new_id = uuid.uuid4()
                    created.append(new_id)
                    session.add(
                        Availability(
                            id=new_id,
                            registration_id=registration_id,
                            starts_at=starts,
                            ends_at=ends,
                        )
                    )
    return _result(
        Kind.AVAILABILITY,
        table.name,
        verdicts,
        problems,
        dry_run,
        B2BImportUndo(windows_before=tuple(before.items()), created_windows=tuple(created)),
    )


def _check_inside(
    mission: Mission, starts: datetime, ends: datetime, row: int, problems: list[RowProblem]
) -> None:
    first, last = to_local(starts, mission.timezone).date(), to_local(ends, mission.timezone)
    if first < mission.start_date or last.date() > mission.end_date:
        problems.append(
            RowProblem(
                row,
                "start",
                f"{first.isoformat()} is outside the mission ({mission.start_date.isoformat()} "
                f"to {mission.end_date.isoformat()})",
            )
        )


def _span_text(mission: Mission, starts: datetime, ends: datetime) -> str:
    a, b = to_local(starts, mission.timezone), to_local(ends, mission.timezone)
    end = f"{b:%H:%M}" if a.date() == b.date() else f"{b:%a %d %b %H:%M}"
    return f"{a:%a %d %b %H:%M}–{end} {a.tzname()}"


def _windows(
    session: Session, registration_ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[tuple[uuid.UUID, datetime, datetime], ...]]:
    found: dict[uuid.UUID, list[tuple[uuid.UUID, datetime, datetime]]] = defaultdict(list)
    if registration_ids:
        for window in session.scalars(
            select(Availability).where(Availability.registration_id.in_(registration_ids))
        ):
            found[window.registration_id].append((window.id, window.starts_at, window.ends_at))
    return {k: tuple(v) for k, v in found.items()}


# --------------------------------------------------------------------------- redo


def run_import(
    session: Session,
    mission_id: uuid.UUID,
    kind: Kind,
    table: SourceTable,
    *,
    dry_run: bool = False,
) -> B2BImport:
    """The import of one kind: what the GUI's preview (dry run) and its OK (then redo) call."""
    if kind is Kind.REQUESTS:
        return import_requests(session, mission_id, table, dry_run=dry_run)
    return import_availability(session, mission_id, table, dry_run=dry_run)


def table_from_rows(
    name: str, headers: Sequence[str], rows: Sequence[tuple[int, Sequence[str]]]
) -> SourceTable:
    """A table given as headers and numbered rows (tests, and callers without a file)."""
    from pimap_desktop.services.importing.reading import SourceRow, SourceTable

    return SourceTable(
        name=name,
        headers=tuple(headers),
        rows=tuple(SourceRow(n, tuple(v)) for n, v in rows),
        header_row=1,
        encoding=None,
        delimiter=None,
        sheet=None,
    )
