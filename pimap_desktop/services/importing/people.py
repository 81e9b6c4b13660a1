"""Import people (and their organisations, and their registrations in a mission) from a table
read off a spreadsheet.

Every row gets a verdict: created, updated (with what changed), unchanged, or skipped with its
problems, each naming the spreadsheet row and the field. The import is one transaction: it is
written whole or not at all; a dry run computes exactly the same verdicts and writes nothing.
The same e-mail is the same person, whatever its case and spaces. Organisations are matched on a
normalised name; near matches are reported so that a person can choose.

What is new (people, organisations, registrations) is kept as rows and written at the end with
one INSERT statement per table, through the session so that the store stamps and audits it like
any change; only the records the file changes are loaded as objects. The verdicts are those of
one row at a time.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from typing import Any, Literal

from sqlalchemy import String, func, insert, select
from sqlalchemy.orm import Session

from pimap_desktop.collector import no_cycle_collection
from pimap_desktop.domain.enums import OrganisationKind, RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import Cancelled, ValidationError
from pimap_desktop.domain.models import Mission, Organisation, Person, Registration
from pimap_desktop.domain.rules import (
    check_email,
    local_to_utc,
    normalise_name,
    parse_language,
    to_local,
)
from pimap_desktop.domain.types import utcnow
from pimap_desktop.services.importing.headers import Field, fold
from pimap_desktop.services.importing.reading import SourceRow, SourceTable
from pimap_desktop.services.importing.values import (
    country_code,
    parse_bool,
    parse_date,
    parse_list,
    parse_local_datetime,
)
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.audit import BOOKKEEPING, WHOLE_ROWS, random_keys
from pimap_desktop.text import ServiceWords, Words, words_of

log = logging.getLogger(__name__)

Action = Literal["create", "update", "unchanged", "skipped"]
Progress = Callable[[int, int], None]
SIMILAR_SCORE = 85  # rapidfuzz token-sort ratio (0-100) above which names are "near matches"


_NOTHING = Words("")  # no sentence


class ImportCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


@dataclass(frozen=True)
class Problem:
    """What is wrong with a row's field: a sentence the GUI says in the interface's language;
    ``message`` is its English."""

    row: int
    field: str
    words: Words | str

    @property
    def message(self) -> str:
        return str(self.words)

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class RowVerdict:
    row: int
    action: Action
    email: str
    name: str
    organisation: str
    changes: tuple[Words, ...] = ()  # what the row changes, a sentence each
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class NearMatch:
    """An organisation name of the file that resembles existing ones without being one."""

    name: str
    similar: tuple[tuple[uuid.UUID, str], ...]


@dataclass(frozen=True)
class ImportUndo:
    """What an import changed, so that it can be taken back as a whole."""

    created: tuple[tuple[str, uuid.UUID], ...] = ()  # (model name, id), in creation order
    previous: tuple[tuple[str, uuid.UUID, tuple[tuple[str, Any], ...]], ...] = ()
    at: datetime | None = None  # when the import was written: later changes block the undo

    def undo(self, session: Session) -> None:
        """Take the import back: what it created goes, what it changed gets its old values.
        Refused (ValidationError, nothing changed) when some of it was changed since."""
        with transaction(session):
            # Objects of the import may still hold relationships it set (a person's new
            # organisation, in that organisation's list of people): read everything afresh,
            # or deleting that organisation would empty the foreign key just restored.
            session.expire_all()
            _check_untouched(session, self)
            for kind, oid, values in self.previous:
                target = session.get(_MODELS[kind], oid)
                if target is None:
                    raise ValidationError(
                        "The import cannot be undone: a record it changed was deleted since."
                    )
                for attr, old in values:
                    setattr(target, attr, old)
            session.flush()  # the old values first, then what the import created goes
            for kind, oid in reversed(self.created):
                target = session.get(_MODELS[kind], oid)
                if target is not None:
                    session.delete(target)
                    session.flush()


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    skipped: int
    organisations_created: int
    registered: int
    problems: tuple[Problem, ...]
    rows: tuple[RowVerdict, ...]
    near_matches: tuple[NearMatch, ...]
    dry_run: bool
    undo: ImportUndo = ImportUndo()

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "organisations_created": self.organisations_created,
            "registered": self.registered,
            "dry_run": self.dry_run,
            "problems": [p.as_json() for p in self.problems],
        }

    def describe(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged" + (
            f", {self.skipped} skipped" if self.skipped else ""
        )
        if self.registered:
            text += f"; {self.registered} newly registered in the mission"
        return text + (" (dry run: nothing written)" if self.dry_run else "")


class _Keys:
    """Keys for the new records of one import: random (version 4) UUIDs, handed out in
    increasing order, so that the rows and their key indexes are written in order rather than
    all over the file (a third less work for SQLite at 50,000 rows)."""

    def __init__(self, count: int) -> None:
        self._keys = [uuid.UUID(int=key) for key in reversed(random_keys(count))]

    def new(self) -> uuid.UUID:
        return self._keys.pop() if self._keys else uuid.uuid4()


class _NewPerson:
    """A person the import creates: the row it will write (see ``_write_new``)."""

    __slots__ = ("row",)

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    @property
    def id(self) -> uuid.UUID:
        found: uuid.UUID = self.row["id"]
        return found

    @property
    def consent_date(self) -> date | None:
        found: date | None = self.row["consent_date"]
        return found

    @property
    def full_name(self) -> str:
        return f"{self.row['first_name']} {self.row['last_name']}".strip()


class _NewOrganisation:
    """An organisation the import creates: the row it will write."""

    __slots__ = ("row",)

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    @property
    def id(self) -> uuid.UUID:
        found: uuid.UUID = self.row["id"]
        return found

    @property
    def name(self) -> str:
        found: str = self.row["name"]
        return found

    @property
    def country(self) -> str:
        found: str = self.row["country"]
        return found


_AnyPerson = Person | _NewPerson
_AnyOrganisation = Organisation | _NewOrganisation


@dataclass
class _Context:
    """What an import looks things up in, loaded once."""

    session: Session
    mission: Mission | None
    people: dict[str, _AnyPerson]  # by e-mail: those of the file already known, and the new
    organisations: dict[str, _AnyOrganisation]
    registrations: dict[uuid.UUID, Registration]  # in the mission, of the people known
    choices: Mapping[str, uuid.UUID | None]
    emails: dict[str, str | ValueError] = field(default_factory=dict)  # cell -> check_email
    seen_emails: dict[str, int] = field(default_factory=dict)
    organisations_created: int = 0
    registered: int = 0
    created: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    previous: dict[tuple[str, uuid.UUID], dict[str, Any]] = field(default_factory=dict)
    month_first: frozenset[Field] = frozenset()  # date columns written month/day/year
    # What is new, in creation order: (model, row), written at the end (``_write_new``).
    new_rows: list[tuple[type[Any], dict[str, Any]]] = field(default_factory=list)
    # People of the directory moving to a new organisation: (person, organisation's key).
    moves: list[tuple[Person, uuid.UUID]] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # organisation name -> normalise_name
    mission_id: uuid.UUID | None = None  # the mission's, read once (not through the ORM)
    # A new registration's change, "registered in CODE" (one sentence for every row).
    registered_text: Words = _NOTHING
    registration_columns: bool = True  # whether a column fills a registration's field
    person_ids: _Keys = field(default_factory=lambda: _Keys(0))
    registration_ids: _Keys = field(default_factory=lambda: _Keys(0))

    def remember(self, target: Any, attr: str, old: Any) -> None:
        """Keep the value an attribute had before the import (the first one only)."""
        if isinstance(old, Organisation) or attr == "organisation":
            attr, old = "organisation_id", old.id if old is not None else None
        key = (type(target).__name__, target.id)
        # The time of the last change too, so that an undo leaves the record as it was.
        self.previous.setdefault(key, {"updated_at": target.updated_at}).setdefault(attr, old)


def import_people(
    session: Session,
    table: SourceTable,
    mapping: Mapping[int, Field],
    *,
    mission_id: uuid.UUID | None = None,
    dry_run: bool = False,
    organisation_choices: Mapping[str, uuid.UUID | None] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Import the table's rows; ``mapping`` says which column holds which field.

    ``organisation_choices`` maps an organisation name as written in the file to the existing
    organisation to use, or to None to create a new one; names not in it are matched exactly
    (after normalisation) or created.
    """
    columns = _check_mapping(mapping, table)
    # The cycle collector paused (see ``no_cycle_collection``): a third of a large import.
    with no_cycle_collection(), transaction(session) as tx, session.no_autoflush:
        mission = get_mission(session, mission_id) if mission_id else None
        organisations: dict[str, _AnyOrganisation] = {
            o.normalised_name: o for o in session.scalars(select(Organisation))
        }
        # The cells of the mapped columns, cleaned column by column; each row's as a row of
        # its own (``_import_row``), in the order of ``fields``.
        fields = tuple(columns)
        cleaned = [_clean_column(table.rows, columns[fld]) for fld in fields]
        rows = [
            SourceRow(row.number, cells)
            for row, cells in zip(table.rows, zip(*cleaned, strict=True), strict=True)
        ]
        positions = {fld: position for position, fld in enumerate(fields)}
        emails = _checked_emails(cleaned[positions[Field.EMAIL]])
        people = _known_people(session, emails)
        context = _Context(
            session=session,
            mission=mission,
            people=dict(people),
            organisations=organisations,
            registrations=_known_registrations(session, mission, people.values()),
            choices=dict(organisation_choices or {}),
            emails=emails,
            month_first=_month_first_columns(table, columns),
            mission_id=mission.id if mission else None,
            registered_text=(
                ServiceWords.say("registered in %1", mission.code) if mission else _NOTHING
            ),
            registration_columns=any(fld in columns for fld in _REGISTRATION_FIELDS),
            person_ids=_Keys(len(table.rows)),
            registration_ids=_Keys(len(table.rows) if mission else 0),
        )
        existing_names = {o.id: o.name for o in context.organisations.values()}
        verdicts = []
        total = len(table.rows)
        for done, row in enumerate(rows):
            if cancel is not None and cancel.is_set():
                raise ImportCancelled()
            verdicts.append(_import_row(context, row, positions))
            if progress is not None and done % 200 == 0:
                progress(done, total)
        _write_new(context)
        session.flush()
        near = _near_matches(table, columns, existing_names, context.choices)
        if dry_run:
            tx.rollback()
    if progress is not None:
        progress(total, total)
    counts = Counter(map(attrgetter("action"), verdicts))
    report = ImportReport(
        created=counts["create"],
        updated=counts["update"],
        unchanged=counts["unchanged"],
        skipped=counts["skipped"],
        organisations_created=context.organisations_created,
        registered=context.registered,
        problems=tuple(p for v in verdicts for p in v.problems),
        rows=tuple(verdicts),
        near_matches=near,
        dry_run=dry_run,
        undo=ImportUndo(
            at=utcnow(),
            created=tuple(context.created),
            previous=tuple(
                (kind, oid, tuple(values.items()))
                for (kind, oid), values in context.previous.items()
            ),
        )
        if not dry_run
        else ImportUndo(),
    )
    if dry_run:
        session.expunge_all()  # objects of the rolled-back transaction
    log.info("people import from %s rows: %s", total, report.describe())
    return report


def _check_email(text: str) -> str | ValueError:
    try:
        return check_email(text)
    except ValueError as exc:
        return exc


def _checked_emails(cells: Iterable[str]) -> dict[str, str | ValueError]:
    """Each e-mail cell of the file, checked once: the address, or what is wrong with it."""
    checked: dict[str, str | ValueError] = {}
    for raw in cells:
        if raw and raw not in checked:
            checked[raw] = _check_email(raw)
    return checked


CHUNK = 500  # keys per IN (...) list


def _known_people(session: Session, emails: Mapping[str, str | ValueError]) -> dict[str, Person]:
    """The people of the directory whose e-mail the file has, by e-mail: only those are read
    as records. Which addresses the directory has is asked first: all of its addresses at once
    when the file names more people than it holds (a first import), else those of the file."""
    wanted = {e for e in emails.values() if isinstance(e, str)}
    if not wanted:
        return {}
    table = Person.__table__
    email = table.c.email
    if (session.scalar(select(func.count()).select_from(table)) or 0) <= len(wanted):
        known = [e for e in session.scalars(select(email).where(email.is_not(None))) if e in wanted]
    else:
        ordered = sorted(wanted)
        known = []
        for start in range(0, len(ordered), CHUNK):
            known += session.scalars(select(email).where(email.in_(ordered[start : start + CHUNK])))
    known.sort()
    found: dict[str, Person] = {}
    for start in range(0, len(known), CHUNK):
        chunk = known[start : start + CHUNK]
        for person in session.scalars(select(Person).where(Person.email.in_(chunk))):
            if person.email:
                found[person.email] = person
    return found


def _known_registrations(
    session: Session, mission: Mission | None, people: Collection[Person]
) -> dict[uuid.UUID, Registration]:
    """The registrations in the mission of the people the file names, by person."""
    if mission is None or not people:
        return {}
    ids = [p.id for p in people]
    found: dict[uuid.UUID, Registration] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for registration in session.scalars(
            select(Registration).where(
                Registration.mission_id == mission.id, Registration.person_id.in_(chunk)
            )
        ):
            found[registration.person_id] = registration
    return found


def _defaults(model: type[Any]) -> dict[str, Any]:
    """A new record's row: every column at its default (None without one), but those the store
    fills in (the key, the times, the version, the author)."""
    row: dict[str, Any] = {}
    for column in model.__table__.columns:
        if column.key in BOOKKEEPING:
            continue
        default = column.default
        if default is None:
            row[column.key] = None
        elif default.is_scalar:
            row[column.key] = default.arg
        else:  # list: every row that has such a column gives its own value (see its callers)
            row[column.key] = default.arg(None)
    return row


_PERSON_DEFAULTS = _defaults(Person)
# The languages of a new person the file gives none for: one object for every such row, so
# that the store converts it once (written, never changed).
_NO_LANGUAGES: tuple[str, ...] = ()
_ORGANISATION_DEFAULTS = _defaults(Organisation)


def _record_words(name: str) -> str:
    """ "Person" -> "a person", "Organisation" -> "an organisation"."""
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"


def _text_limits(model: type[Any]) -> tuple[tuple[str, int], ...]:
    """(attribute, most characters) of a model's text columns that have a length, in the
    mapper's order."""
    found = _TEXT_LIMITS.get(model)
    if found is None:
        found = _TEXT_LIMITS[model] = tuple(
            (attribute.key, int(attribute.columns[0].type.length))
            for attribute in model.__mapper__.column_attrs
            if isinstance(attribute.columns[0].type, String) and attribute.columns[0].type.length
        )
    return found


_TEXT_LIMITS: dict[type[Any], tuple[tuple[str, int], ...]] = {}


def _refuse_overlong_text(model: type[Any], row: Mapping[str, Any]) -> None:
    """The store's check of text lengths (store/database.py), which sees only the objects of a
    flush, applied to a new row: the same refusal, with the same words."""
    for key, limit in _text_limits(model):
        value = row.get(key)
        if isinstance(value, str) and len(value) > limit:
            what = f"{_record_words(model.__name__)}'s {key.replace('_', ' ')}"
            raise ValidationError(
                f"{what[0].upper()}{what[1:]} is too long ({len(value)} characters; at most "
                f"{limit}); nothing was saved.",
                key,
            )


def _overlong(model: type[Any], rows: Collection[dict[str, Any]]) -> bool:
    """Whether a text of the rows is longer than its column allows (column by column)."""
    for key, limit in _text_limits(model):
        try:  # the rows share most of their values (an empty text, a status): each seen once
            values: Collection[Any] = set(map(dict.get, rows, repeat(key)))
        except TypeError:  # not hashable
            values = [row.get(key) for row in rows]
        try:
            if max(map(len, filter(None, values)), default=0) <= limit:
                continue  # nothing that long, text or not
        except TypeError:  # a value without a length
            pass
        if any(isinstance(value, str) and len(value) > limit for value in values):
            return True
    return False


def _write_new(ctx: _Context) -> None:
    """Write what the import creates: one INSERT per table (organisations first: people point
    at them, registrations at people), through the session, so that the new records are stamped
    and the registrations audited (store/audit.py) like those of any change."""
    tables: dict[type[Any], list[dict[str, Any]]] = {Organisation: [], Person: [], Registration: []}
    for model, row in ctx.new_rows:
        tables[model].append(row)
    if any(_overlong(model, rows) for model, rows in tables.items()):
        for model, row in ctx.new_rows:  # the first in the order of the file, as a form says it
            _refuse_overlong_text(model, row)
    now = utcnow()  # the records of one import are made at one time
    for model, rows in tables.items():
        for row in rows:
            row["created_at"] = row["updated_at"] = now
        if rows:
            statement = insert(model.__table__).execution_options(**{WHOLE_ROWS: True})
            ctx.session.execute(statement, rows)
    for person, organisation_id in ctx.moves:
        person.organisation_id = organisation_id


def _check_mapping(mapping: Mapping[int, Field], table: SourceTable) -> dict[Field, int]:
    columns: dict[Field, int] = {}
    for index, fld in mapping.items():
        if not 0 <= index < len(table.headers):
            raise ValidationError(f"Column {index + 1} does not exist in {table.name}.", "mapping")
        if fld in columns:
            raise ValidationError(
                f"Two columns are mapped to {fld.label}: "
                f"'{table.headers[columns[fld]]}' and '{table.headers[index]}'.",
                "mapping",
            )
        columns[fld] = index
    if Field.EMAIL not in columns:
        raise ValidationError(
            f"No column of {table.name} is an e-mail address; map one: the e-mail is how the "
            "same person is recognised.",
            "mapping",
        )
    if Field.LAST_NAME not in columns and Field.FULL_NAME not in columns:
        raise ValidationError(
            f"No column of {table.name} holds the last name (or the full name); map one.",
            "mapping",
        )
    return columns


_NEUTRALISED = ("'=", "'+", "'-", "'@")


_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))


def _cell(row: SourceRow, columns: Mapping[Field, int], fld: Field) -> str:
    index = columns.get(fld)
    if index is None or index >= len(row.values):
        return ""
    return _clean(row.values[index])


def _clean_column(rows: Iterable[SourceRow], index: int) -> list[str]:
    """The cells of a column, each as ``_clean`` reads it: at once for plain ASCII text (no
    formula mark to take off), once per distinct text for the others."""
    others: dict[str, str] = {}

    def other(value: str) -> str:
        found = others.get(value)
        if found is None:
            found = others[value] = _clean(value)
        return found

    cells = [row.values[index] if index < len(row.values) else "" for row in rows]
    return [v.strip() if v.isascii() and "'" not in v else other(v) for v in cells]


def _clean(value: str) -> str:
    """A cell's text as the import reads it."""
    if not value.isascii():  # ASCII text is composed and has no invisible characters
        # Composed Unicode: macOS and some web forms write "é" as "e" and a combining accent,
        # which a search typed on a keyboard would not find.
        value = unicodedata.normalize("NFC", value)
        # Invisible characters pasted from web pages (a byte-order mark, zero-width spaces)
        # are not part of a name or an e-mail.
        value = value.translate(_INVISIBLE)
    value = value.strip()
    # Our own exports protect formulas with an apostrophe: take it off again.
    return value[1:] if value.startswith(_NEUTRALISED) else value


def _split_name(full: str) -> tuple[str, str]:
    """First and last name from one cell: "Jeanne Martin", "Martin, Jeanne", "MARTIN Jeanne"
    (a family name in capitals comes first in French lists), "Maria da Silva"."""
    if "," in full:
        last, _, first = full.partition(",")
        return " ".join(first.split()), " ".join(last.split())
    parts = full.split()
    if len(parts) < 2:
        return "", full.strip()
    capitals = [p for p in parts if p.isupper() and len(p) > 1]
    if capitals and len(capitals) < len(parts):
        if parts[0].isupper() and len(parts[0]) > 1:  # "MARTIN Jeanne", "DA SILVA Maria"
            count = next(i for i, p in enumerate(parts) if not p.isupper())
            return " ".join(parts[count:]), " ".join(parts[:count])
        if parts[-1].isupper() and len(parts[-1]) > 1:  # "Jeanne MARTIN"
            given = [p for p in parts if not (p.isupper() and len(p) > 1)]
            return " ".join(given), " ".join(capitals)
    return parts[0], " ".join(parts[1:])


_EMAIL = Field.EMAIL.value
# The person's text fields a row fills as they are (empty cells change nothing).
_PERSON_TEXTS = (
    (Field.JOB_TITLE, "job_title"),
    (Field.PHONE, "phone"),
    (Field.BADGE_NAME, "badge_name"),
    (Field.DIET, "dietary_needs"),
    (Field.ACCESSIBILITY, "accessibility_needs"),
    (Field.NOTES, "notes"),
)
_CONSENTS = ((Field.CONSENT_LISTED, "consent_listed"), (Field.CONSENT_CONTACT, "consent_contact"))


DATE_FIELDS = (Field.ARRIVAL, Field.DEPARTURE, Field.CONSENT_DATE)
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b(.*)$")


def _month_first_columns(table: SourceTable, columns: Mapping[Field, int]) -> frozenset[Field]:
    """Date columns written month first (US forms): decided per column, from the dates that
    can only be read one way (a day above 12), so that "2/3/2027" is read like its neighbours.
    Day first when nothing tells."""
    found = set()
    for fld in DATE_FIELDS:
        index = columns.get(fld)
        if index is None:
            continue
        day_first = month_first = False
        for row in table.rows:
            match = _NUMERIC_DATE.match(row.values[index]) if index < len(row.values) else None
            if match:
                first, second = int(match.group(1)), int(match.group(3))
                day_first |= first > 12
                month_first |= second > 12
        if month_first and not day_first:
            found.add(fld)
    return frozenset(found)


def _as_iso(text: str, month_first: bool) -> str:
    """A numeric date ("23/01/2027 15:40", or "1/23/2027" when month first) in ISO form, so
    that every row of a column is read the same way."""
    match = _NUMERIC_DATE.match(text)
    if not match:
        return text
    a, b, year, rest = int(match.group(1)), int(match.group(3)), match.group(4), match.group(5)
    day, month = (b, a) if month_first else (a, b)
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    return f"{full_year:04d}-{month:02d}-{day:02d}{rest}"


# The fields, as names read quickly in the loop over the rows.
_F_FIRST, _F_LAST, _F_FULL = Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME
_F_EMAIL, _F_ORGANISATION, _F_COUNTRY = Field.EMAIL, Field.ORGANISATION, Field.COUNTRY
_LAST_NAME, _FIRST_NAME = Field.LAST_NAME.value, Field.FIRST_NAME.value


def _import_row(ctx: _Context, row: SourceRow, columns: Mapping[Field, int]) -> RowVerdict:
    """The verdict of one row, whose cells are the cleaned cells of the mapped columns
    (``columns``: each field's place among them)."""
    # One tight pass per row (a large import runs it tens of thousands of times): problems in
    # a list made on the first one.
    values = row.values
    cells = {fld: values[index] for fld, index in columns.items()}
    number = row.number
    problems: list[Problem] = []
    first, last = cells.get(_F_FIRST, ""), cells.get(_F_LAST, "")
    if not last:
        full = cells.get(_F_FULL, "")
        if full:
            first_from_full, last = _split_name(full)
            first = first or first_from_full
    raw_email = cells.get(_F_EMAIL, "")
    email = ""
    if not raw_email:
        problems.append(Problem(number, _EMAIL, ServiceWords.say("no e-mail address")))
    else:
        checked = ctx.emails.get(raw_email)
        if checked is None:
            checked = ctx.emails[raw_email] = _check_email(raw_email)
        if isinstance(checked, ValueError):
            problems.append(Problem(number, _EMAIL, words_of(checked)))
        else:
            email = checked
    existing = None
    if email:
        earlier = ctx.seen_emails.get(email)
        if earlier is not None:
            problems.append(
                Problem(
                    number,
                    _EMAIL,
                    ServiceWords.say(
                        "the same e-mail as row %1; only that row is imported", earlier
                    ),
                )
            )
        else:
            ctx.seen_emails[email] = number
        existing = ctx.people.get(email)
    if existing is None:
        if not last:
            problems.append(Problem(number, _LAST_NAME, ServiceWords.say("no last name")))
        if not first:
            problems.append(Problem(number, _FIRST_NAME, ServiceWords.say("no first name")))

    person_values = _person_values(problems, number, cells, ctx.month_first)
    consents = person_values.get("consent_listed") or person_values.get("consent_contact")
    if (
        consents
        and "consent_date" not in person_values
        and (existing is None or existing.consent_date is None)
    ):
        # A consent is kept with its date; without one in the file, the day it reached PIMAP.
        person_values["consent_date"] = date.today()
    mission = ctx.mission
    registration_values = (
        _registration_values(problems, number, cells, mission, ctx.month_first)
        if mission is not None and ctx.registration_columns
        else {}  # what a row without any of those columns gives
    )
    organisation_name = cells.get(_F_ORGANISATION, "")
    if organisation_name:
        organisation_name = " ".join(organisation_name.split())
    country = _country(problems, number, cells.get(_F_COUNTRY, ""))
    name = f"{first} {last}".strip() or (existing.full_name if existing else "")
    if problems:
        return RowVerdict(
            number,
            "skipped",
            email or raw_email,
            name,
            organisation_name,
            (),
            tuple(problems),
        )

    changes: list[Words] = []
    organisation = (
        _organisation(ctx, organisation_name, country, cells) if organisation_name else None
    )
    person: _AnyPerson
    if existing is None:
        new_row = _PERSON_DEFAULTS.copy()
        new_row["id"] = key = ctx.person_ids.new()
        new_row["email"] = email
        new_row["first_name"] = first
        new_row["last_name"] = last
        new_row["languages"] = _NO_LANGUAGES
        if person_values:
            new_row.update(person_values)
        new_row["organisation_id"] = organisation.id if organisation is not None else None
        new = _NewPerson(new_row)
        ctx.new_rows.append((Person, new_row))
        ctx.people[email] = person = new
        ctx.created.append(("Person", key))
        action: Action = "create"
        full_name = name  # the new person's full name: their first and last
    else:
        assert isinstance(existing, Person)  # a new person's e-mail is a duplicate: skipped
        person = existing
        wanted: dict[str, Any] = dict(person_values)
        if first:
            wanted["first_name"] = first
        if last:
            wanted["last_name"] = last
        if organisation is not None:
            wanted["organisation"] = organisation
        _apply(person, wanted, changes=changes, ctx=ctx)
        action = "update" if changes else "unchanged"
        full_name = person.full_name
    if mission is not None:
        registration_changed = _register(ctx, person, registration_values, changes)
        if registration_changed and action == "unchanged":
            action = "update"
    return RowVerdict(number, action, email, full_name, organisation_name, tuple(changes))


# The fields a row changes, as its change says them.
_LABELS = {
    "first_name": ServiceWords.say("first name"),
    "last_name": ServiceWords.say("last name"),
    "job_title": ServiceWords.say("job title"),
    "phone": ServiceWords.say("phone"),
    "badge_name": ServiceWords.say("badge name"),
    "dietary_needs": ServiceWords.say("diet"),
    "accessibility_needs": ServiceWords.say("accessibility"),
    "languages": ServiceWords.say("languages"),
    "preferred_language": ServiceWords.say("preferred language"),
    "consent_listed": ServiceWords.say("consent to be listed"),
    "consent_contact": ServiceWords.say("consent to be contacted"),
    "consent_date": ServiceWords.say("consent date"),
    "notes": ServiceWords.say("notes"),
    "organisation": ServiceWords.say("organisation"),
    "role": ServiceWords.say("role"),
    "status": ServiceWords.say("status"),
    "arrival_at": ServiceWords.say("arrival"),
    "departure_at": ServiceWords.say("departure"),
    "hotel": ServiceWords.say("hotel"),
}
_YES, _NO = ServiceWords.say("yes"), ServiceWords.say("no")


def _shown(value: Any) -> object:
    """A value as a change shows it: a text, a sentence, or an enum member (its label)."""
    if isinstance(value, Organisation | _NewOrganisation):
        return value.name
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool):
        return _YES if value else _NO
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if hasattr(value, "label"):
        return value
    return "" if value is None else str(value)


def _quoted_problem(text: str, exc: Exception) -> Words:
    """``'31/02/2027': what is wrong with it``."""
    return ServiceWords.say("'%1': %2", text, words_of(exc))


def _apply(
    target: Any,
    values: Mapping[str, Any],
    *,
    changes: list[Words] | None,
    ctx: _Context | None = None,
) -> None:
    """Set the given values; with ``changes``, record each one that differs (and, with
    ``ctx``, its old value for undo)."""
    for attr, new in values.items():
        old = getattr(target, attr)
        if old == new:
            continue
        if ctx is not None:
            ctx.remember(target, attr, old)
        if changes is not None:
            before, label = _shown(old), _LABELS.get(attr, attr)
            changes.append(
                ServiceWords.say("%1: '%2' → '%3'", label, before, _shown(new))
                if before != ""
                else ServiceWords.say("%1: '%2'", label, _shown(new))
            )
        if isinstance(new, _NewOrganisation):
            # Not written yet: the person points at it once it is (``_write_new``).
            assert ctx is not None
            ctx.moves.append((target, new.id))
        else:
            setattr(target, attr, new)


def _person_values(
    problems: list[Problem], number: int, cells: Mapping[Field, str], month_first: Collection[Field]
) -> dict[str, Any]:
    """The person's fields that the row fills (empty cells change nothing); what is wrong goes
    to ``problems``."""
    values: dict[str, Any] = {}
    for fld, attr in _PERSON_TEXTS:
        if text := cells.get(fld, ""):
            values[attr] = text
    if text := cells.get(_F_LANGUAGES, ""):
        values["languages"] = parse_list(text)
    if text := cells.get(_F_PREFERRED_LANGUAGE, ""):
        try:
            values["preferred_language"] = parse_language(text)
        except ValueError as exc:
            problems.append(Problem(number, Field.PREFERRED_LANGUAGE.value, words_of(exc)))
    for fld, attr in _CONSENTS:
        if text := cells.get(fld, ""):
            try:
                flag = parse_bool(text)
            except ValueError as exc:
                problems.append(Problem(number, fld.value, _quoted_problem(text, exc)))
            else:
                if flag is not None:
                    values[attr] = flag
    if text := cells.get(_F_CONSENT_DATE, ""):
        try:
            values["consent_date"] = parse_date(_as_iso(text, Field.CONSENT_DATE in month_first))
        except ValueError as exc:
            problems.append(Problem(number, Field.CONSENT_DATE.value, _quoted_problem(text, exc)))
    return values


_F_LANGUAGES, _F_PREFERRED_LANGUAGE = Field.LANGUAGES, Field.PREFERRED_LANGUAGE
_F_CONSENT_DATE = Field.CONSENT_DATE


def _synonyms(table: dict[Any, str]) -> dict[str, Any]:
    return {fold(word): member for member, words in table.items() for word in words.split(";")}


# What web forms and partners' lists write for a status or a role, in the six languages.
_STATUS_WORDS = _synonyms(
    {
        RegistrationStatus.CONFIRMED: "confirmed; attending; going; yes; confirmé; confirmée; "
        "confirmado; confirmada; vahvistettu; bevestigd; bestätigt; zugesagt",
        RegistrationStatus.REGISTERED: "registered; signed up; inscrit; inscrite; inscrito; "
        "inscrita; registado; ilmoittautunut; ingeschreven; angemeldet; registriert",
        RegistrationStatus.INVITED: "invited; invité; invitée; convidado; convidada; kutsuttu; "
        "uitgenodigd; eingeladen",
        RegistrationStatus.WAITLISTED: "waitlisted; waitlist; waiting list; liste d'attente; "
        "en attente; lista de espera; jonossa; jonotuslista; wachtlijst; warteliste",
        RegistrationStatus.CANCELLED: "cancelled; canceled; not attending; no; annulé; annulée; "
        "cancelado; cancelada; peruttu; peruutettu; geannuleerd; storniert; abgesagt",
        RegistrationStatus.NO_SHOW: "no-show; no show; absent; absente; não compareceu; "
        "ei saapunut; niet verschenen; nicht erschienen",
    }
)
_ROLE_WORDS = _synonyms(
    {
        RegistrationRole.DELEGATE: "delegate; delegation member; attendee; participant; délégué; "
        "déléguée; participant; participante; delegado; delegada; delegaatti; osallistuja; "
        "afgevaardigde; deelnemer; delegierter; delegierte; teilnehmer; teilnehmerin",
        RegistrationRole.SPEAKER: "speaker; panellist; panelist; intervenant; intervenante; "
        "orateur; oratrice; orador; oradora; palestrante; puhuja; spreker; redner; rednerin",
        RegistrationRole.COORDINATOR: "coordinator; organiser; organizer; coordinateur; "
        "coordinatrice; organisateur; coordenador; coordenadora; koordinaattori; coördinator; "
        "koordinator; koordinatorin",
        RegistrationRole.VISITOR: "visitor; guest; visiteur; visiteuse; visitante; vierailija; "
        "bezoeker; besucher; besucherin",
        RegistrationRole.LOCAL_HOST: "local host; host; hôte; anfitrião; isäntä; gastheer; gastgeber",
        RegistrationRole.LOCAL_PARTICIPANT: "local participant; local company; local attendee; "
        "participant local; participante local; paikallinen osallistuja; lokale deelnemer; "
        "lokaler teilnehmer",
    }
)


def _enum_value(text: str, enum_class: Any, words: dict[str, Any]) -> Any:
    try:
        return enum_class.parse(text)
    except ValueError:
        found = words.get(fold(text))
        if found is None:
            raise
        return found


def _registration_values(
    problems: list[Problem],
    number: int,
    cells: Mapping[Field, str],
    mission: Mission,
    month_first: Collection[Field],
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for fld, enum_class, attr, words in _REGISTRATION_CHOICES:
        if text := cells.get(fld, ""):
            try:
                values[attr] = _enum_value(text, enum_class, words)
            except ValueError as exc:
                problems.append(Problem(number, fld.value, words_of(exc)))
    times: dict[str, datetime] = {}
    for fld, attr in _TRAVEL:
        if text := cells.get(fld, ""):
            try:
                local = parse_local_datetime(_as_iso(text, fld in month_first))
                values[attr] = local_to_utc(local.date(), local.time(), mission.timezone)
                times[attr] = local
            except (ValueError, ValidationError) as exc:
                problems.append(Problem(number, fld.value, _quoted_problem(text, exc)))
            except OverflowError:  # the last or first days of the calendar, shifted to UTC
                problems.append(
                    Problem(
                        number,
                        fld.value,
                        ServiceWords.say(
                            "'%1' is not a date PIMAP can place in %2", text, mission.timezone
                        ),
                    )
                )
    arrival, departure = times.get("arrival_at"), times.get("departure_at")
    if arrival and departure and arrival > departure:
        arrival_text = f"{arrival:%Y-%m-%d %H:%M}"
        problems.append(
            Problem(
                number,
                Field.DEPARTURE.value,
                ServiceWords.say("the arrival (%1) is after the departure", arrival_text),
            )
        )
    if text := cells.get(_F_HOTEL, ""):
        values["hotel"] = text
    return values


_REGISTRATION_CHOICES = (
    (Field.ROLE, RegistrationRole, "role", _ROLE_WORDS),
    (Field.STATUS, RegistrationStatus, "status", _STATUS_WORDS),
)
_TRAVEL = ((Field.ARRIVAL, "arrival_at"), (Field.DEPARTURE, "departure_at"))
_F_HOTEL = Field.HOTEL
# The columns ``_registration_values`` reads.
_REGISTRATION_FIELDS = (Field.ROLE, Field.STATUS, Field.ARRIVAL, Field.DEPARTURE, Field.HOTEL)


def _country(problems: list[Problem], number: int, text: str) -> str:
    if not text:
        return ""
    code = _country_code(text)
    if code is None:
        problems.append(
            Problem(
                number,
                Field.COUNTRY.value,
                ServiceWords.say(
                    "'%1' is not a country PIMAP knows; use a name or a two-letter code", text
                ),
            )
        )
        return ""
    return code


# A file names the same few countries and organisations on many rows: each is read once.
_country_code = lru_cache(maxsize=4096)(country_code)


def _organisation(
    ctx: _Context, name: str, country: str, cells: Mapping[Field, str]
) -> _AnyOrganisation:
    """The organisation a row names: the one chosen in the wizard, an exact match, or new."""
    if name in ctx.choices:
        chosen = ctx.choices[name]
        if chosen is not None:
            found = ctx.session.get(Organisation, chosen)
            if found is None:
                raise ValidationError(f"The organisation chosen for '{name}' no longer exists.")
            return found
    normalised = ctx.keys.get(name)
    if normalised is None:
        normalised = ctx.keys[name] = normalise_name(name)
    key = normalised
    organisation = ctx.organisations.get(key)
    if (
        organisation is not None
        and country
        and organisation.country
        and organisation.country != country
    ):
        # The same name in another country is another company ("Laser Systems" in SE and FI).
        key = f"{key}\t{country}"
        organisation = ctx.organisations.get(key)
    if organisation is None:
        organisation = _NewOrganisation(
            {
                **_ORGANISATION_DEFAULTS,
                "id": uuid.uuid4(),
                "name": name,
                "normalised_name": normalised,
                "kind": OrganisationKind.SME,
                "country": country,
                "city": cells.get(Field.CITY, ""),
                "website": cells.get(Field.WEBSITE, ""),
                "sectors": parse_list(cells.get(Field.SECTORS, "")),
                "technologies": [],
                "application_areas": [],
            }
        )
        ctx.new_rows.append((Organisation, organisation.row))
        ctx.organisations[key] = organisation
        ctx.organisations_created += 1
        ctx.created.append(("Organisation", organisation.id))
    elif country and not organisation.country:
        if isinstance(organisation, _NewOrganisation):
            organisation.row["country"] = country  # not written yet: an undo deletes it
        else:
            ctx.remember(organisation, "country", organisation.country)
            organisation.country = country
    return organisation


def _register(
    ctx: _Context, person: _AnyPerson, values: Mapping[str, Any], changes: list[Words]
) -> bool:
    """Register the person in the mission, or update their registration; True if it changed."""
    mission = ctx.mission
    assert mission is not None
    person_id = person.id
    registration = ctx.registrations.get(person_id)
    if registration is None:
        # Every column an object would have written (and the audit log kept), none defaulted.
        key = ctx.registration_ids.new()
        row = {
            "id": key,
            "mission_id": ctx.mission_id,
            "person_id": person_id,
            "delegation_id": None,
            "role": values.get("role", _DELEGATE),
            "status": values.get("status", _REGISTERED),
            "arrival_at": values.get("arrival_at"),
            "departure_at": values.get("departure_at"),
            "hotel": values.get("hotel", ""),
            "badges_printed": 0,
            "badge_printed_at": None,
            "checked_in_at": None,
            "notes": "",
        }
        ctx.new_rows.append((Registration, row))
        ctx.registered += 1
        ctx.created.append(("Registration", key))
        said = ctx.registered_text
        if "arrival_at" in values or "departure_at" in values:
            travel = [
                ServiceWords.say("arrives %1", to_local(values["arrival_at"], mission.timezone))
                if attr == "arrival_at"
                else ServiceWords.say("leaves %1", to_local(values[attr], mission.timezone))
                for attr in ("arrival_at", "departure_at")
                if values.get(attr)
            ]
            if len(travel) == 1:
                said = ServiceWords.say("registered in %1 (%2)", mission.code, *travel)
            elif travel:
                said = ServiceWords.say("registered in %1 (%2, %3)", mission.code, *travel)
        changes.append(said)
        return True
    before = len(changes)
    _apply(registration, values, changes=changes, ctx=ctx)
    return len(changes) > before


_DELEGATE, _REGISTERED = RegistrationRole.DELEGATE, RegistrationStatus.REGISTERED

_MODELS: dict[str, type[Any]] = {
    "Person": Person,
    "Organisation": Organisation,
    "Registration": Registration,
}


def _check_untouched(session: Session, undo: ImportUndo) -> None:
    """Refuse an undo that would throw away what was done after the import (an edit, a merge,
    an erasure, a registration in another mission)."""
    if undo.at is None:
        return
    touched = [(kind, oid) for kind, oid, _values in undo.previous] + list(undo.created)
    for kind, oid in touched:
        target = session.get(_MODELS[kind], oid)
        if target is not None and (
            target.updated_at > undo.at or getattr(target, "erased_at", None) is not None
        ):
            raise ValidationError(
                "The import cannot be undone: some of what it wrote was changed since "
                "(edited, merged or erased). Change it back by hand instead."
            )
    created = {oid for kind, oid in undo.created if kind == "Registration"}
    people = [oid for kind, oid in undo.created if kind == "Person"]
    later = session.scalars(select(Registration.id).where(Registration.person_id.in_(people))).all()
    if any(r not in created for r in later):
        raise ValidationError(
            "The import cannot be undone: people it created have been registered in a mission "
            "since."
        )


def _near_matches(
    table: SourceTable,
    columns: Mapping[Field, int],
    existing: Mapping[uuid.UUID, str],
    choices: Mapping[str, uuid.UUID | None],
) -> tuple[NearMatch, ...]:
    """File organisation names that resemble existing organisations without matching one."""
    if Field.ORGANISATION not in columns or not existing:
        return ()
    from rapidfuzz import fuzz, process  # only when there are organisations to resemble

    keys = {oid: normalise_name(name) for oid, name in existing.items()}
    exact = set(keys.values())
    names = dict.fromkeys(
        " ".join(_cell(row, columns, Field.ORGANISATION).split()) for row in table.rows
    )
    found = []
    for name in names:
        if not name or name in choices or normalise_name(name) in exact:
            continue
        similar = process.extract(
            normalise_name(name),
            keys,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SIMILAR_SCORE,
            limit=3,
        )
        if similar:
            found.append(NearMatch(name, tuple((oid, existing[oid]) for _, _, oid in similar)))
    return tuple(found)
