"""A person's rights over their data: see everything held about them, and be erased.

Erasing anonymises the person in place: their registrations, meetings and follow-ups stay (so
that counts and KPIs stay right) but nothing in them points to who they were.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import stat
import tempfile
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError, PimapError
from pimap_desktop.domain.models import (
    AuditEntry,
    Availability,
    FollowUp,
    Meeting,
    MeetingRequest,
    Mission,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.domain.rules import to_local
from pimap_desktop.domain.types import utcnow
from pimap_desktop.services.directory.directory import find_person_by_email
from pimap_desktop.services.exporting import write_text
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import (
    TMP_PREFIX,
    TMP_SUFFIX,
    backup_dir,
    inspect_sqlite_file,
    sqlite_path,
)

log = logging.getLogger(__name__)

ERASED_FIRST_NAME = "Erased"
ERASED_LAST_NAME = "person"


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_person(session: Session, email: str) -> dict[str, Any]:
    """Everything held about the person with that e-mail, as a JSON-ready dictionary."""
    return export_person_record(session, find_person_by_email(session, email).id)


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person is no longer in the directory.")
    return person


def export_person_record(session: Session, person_id: uuid.UUID) -> dict[str, Any]:
    """Everything held about one person (found by id: some have no e-mail)."""
    person = _person(session, person_id)
    organisation = person.organisation
    registrations = session.execute(
        select(Registration, Mission)
        .join(Mission, Mission.id == Registration.mission_id)
        .where(Registration.person_id == person.id)
        .order_by(Mission.start_date)
    ).all()
    reg_ids = [r.id for r, _ in registrations]
    missions = {r.id: m for r, m in registrations}
    meetings = session.execute(
        select(Meeting, meeting_participants.c.registration_id)
        .join(meeting_participants, meeting_participants.c.meeting_id == Meeting.id)
        .where(meeting_participants.c.registration_id.in_(reg_ids))
        .order_by(Meeting.starts_at)
    ).all()
    requests = session.scalars(
        select(MeetingRequest).where(
            or_(MeetingRequest.requester_id.in_(reg_ids), MeetingRequest.target_id.in_(reg_ids))
        )
    ).all()
    followups = session.scalars(
        select(FollowUp).where(
            or_(FollowUp.contact_id == person.id, FollowUp.owner_id == person.id)
        )
    ).all()
    return {
        "exported_at": utcnow().isoformat(),
        "person": {
            "id": str(person.id),
            "first_name": person.first_name,
            "last_name": person.last_name,
            "email": person.email,
            "job_title": person.job_title,
            "phone": person.phone,
            "badge_name": person.badge_name,
            "languages": person.languages,
            "preferred_language": person.preferred_language,
            "dietary_needs": person.dietary_needs,
            "accessibility_needs": person.accessibility_needs,
            "consent_listed": person.consent_listed,
            "consent_contact": person.consent_contact,
            "consent_date": _iso(person.consent_date),
            "notes": person.notes,
            "created_at": _iso(person.created_at),
            "updated_at": _iso(person.updated_at),
        },
        "organisation": (
            {"name": organisation.name, "country": organisation.country, "city": organisation.city}
            if organisation
            else None
        ),
        "registrations": [
            {
                "mission": m.code,
                "mission_name": m.name,
                "role": r.role.value,
                "status": r.status.value,
                "arrival": _iso(to_local(r.arrival_at, m.timezone) if r.arrival_at else None),
                "departure": _iso(to_local(r.departure_at, m.timezone) if r.departure_at else None),
                "hotel": r.hotel,
                "badges_printed": r.badges_printed,
                "checked_in_at": _iso(r.checked_in_at),
                "notes": r.notes,
            }
            for r, m in registrations
        ],
        "meetings": [
            {
                "mission": missions[reg_id].code,
                "start": _iso(to_local(meeting.starts_at, missions[reg_id].timezone)),
                "end": _iso(to_local(meeting.ends_at, missions[reg_id].timezone)),
                "status": meeting.status.value,
            }
            for meeting, reg_id in meetings
        ],
        "meeting_requests": [
            {
                "mission": missions[
                    q.requester_id if q.requester_id in missions else q.target_id
                ].code,
                "made_by_this_person": q.requester_id in missions,
                "priority": q.priority,
                "status": q.status.value,
                "notes": q.notes,
            }
            for q in requests
        ],
        "availability": [
            {
                "mission": missions[a.registration_id].code,
                "start": _iso(to_local(a.starts_at, missions[a.registration_id].timezone)),
                "end": _iso(to_local(a.ends_at, missions[a.registration_id].timezone)),
            }
            for a in session.scalars(
                select(Availability)
                .where(Availability.registration_id.in_(reg_ids))
                .order_by(Availability.starts_at)
            )
        ],
        "follow_ups": [
            {
                "outcome": f.outcome.value,
                "as": "contact" if f.contact_id == person.id else "owner",
                "notes": f.notes,
                "next_action": f.next_action,
                "due_date": _iso(f.due_date),
                "done": f.done,
            }
            for f in followups
        ],
    }


def export_person_data(session: Session, person_id: uuid.UUID, out: Path | None = None) -> str:
    """Everything held about one person as JSON text (what ``pimap person export`` prints and
    the Directory saves); written at ``out`` too when given, whole or not at all and readable
    by its owner only."""
    text = json.dumps(export_person_record(session, person_id), indent=2, ensure_ascii=False)
    text += "\n"
    if out is not None:
        write_text(out, text)
    return text


def erase_person(session: Session, email: str) -> uuid.UUID:
    """Anonymise the person with that e-mail for good."""
    return erase_person_record(session, find_person_by_email(session, email).id)


def erase_person_record(session: Session, person_id: uuid.UUID) -> uuid.UUID:
    """Anonymise a person for good. Their registrations, meetings, requests and follow-ups stay
    (so counts and KPIs stay right) but lose everything personal: travel, hotel, notes,
    availability, and the notes of their requests and of the follow-ups about them. Their
    organisation stays: it is a company, not personal data, and the SME counts need it."""
    with transaction(session):
        person = _person(session, person_id)
        _anonymise(person)
        reg_ids = [r.id for r in person.registrations]
        for registration in person.registrations:
            registration.notes = ""
            registration.hotel = ""
            registration.arrival_at = None
            registration.departure_at = None
        session.execute(delete(Availability).where(Availability.registration_id.in_(reg_ids)))
        session.execute(
            update(MeetingRequest)
            .where(
                or_(MeetingRequest.requester_id.in_(reg_ids), MeetingRequest.target_id.in_(reg_ids))
            )
            .values(notes="")
        )
        session.execute(
            update(FollowUp)
            .where(FollowUp.contact_id == person.id)
            .values(notes="", next_action="")
        )
        _erase_history(session, person.id, reg_ids)
    log.info("person %s erased on request", person_id)
    return person_id


# What the history (audit_log) of an erased person's records keeps of those fields: the
# change stays (who, when, which field), the personal values go.
ERASED_VALUE = "(erased)"
_PERSONAL_FIELDS = {
    Registration.__tablename__: ("notes", "hotel", "arrival_at", "departure_at"),
    MeetingRequest.__tablename__: ("notes",),
    FollowUp.__tablename__: ("notes", "next_action"),
}


def _erase_history(session: Session, person_id: uuid.UUID, reg_ids: list[uuid.UUID]) -> None:
    """The personal values of the history of the person's registrations, of their meeting
    requests and of the follow-ups about them, erased too (the erasure's own change included,
    which holds the values it erased)."""
    session.flush()
    requests = session.scalars(
        select(MeetingRequest.id).where(
            or_(MeetingRequest.requester_id.in_(reg_ids), MeetingRequest.target_id.in_(reg_ids))
        )
    ).all()
    followups = session.scalars(select(FollowUp.id).where(FollowUp.contact_id == person_id)).all()
    for table, ids in (
        (Registration.__tablename__, reg_ids),
        (MeetingRequest.__tablename__, list(requests)),
        (FollowUp.__tablename__, list(followups)),
    ):
        if not ids:
            continue
        fields = _PERSONAL_FIELDS[table]
        for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_id.in_(ids))
        ):
            changes = dict(entry.changes)
            for name in fields:
                if name in changes:
                    changes[name] = [None if v is None else ERASED_VALUE for v in changes[name]]
            entry.changes = changes


def _anonymise(person: Person) -> None:
    person.first_name = ERASED_FIRST_NAME
    person.last_name = ERASED_LAST_NAME
    person.email = None
    person.job_title = ""
    person.phone = ""
    person.badge_name = ""
    person.languages = []
    person.preferred_language = None
    person.dietary_needs = ""
    person.accessibility_needs = ""
    person.consent_listed = False
    person.consent_contact = False
    person.consent_date = None
    person.notes = ""
    person.erased_at = utcnow()


# --------------------------------------------------------------------------- erasure everywhere


@dataclass(frozen=True)
class ErasureReport:
    """Where a person was erased: the database, and each backup of it."""

    person_id: uuid.UUID
    backups_rewritten: tuple[str, ...] = ()
    backups_failed: tuple[tuple[str, str], ...] = ()  # (file name, why)
    wal_cleared: bool = True  # False: another program was reading; cleared when it closes
    on_server: bool = False  # a team database: its backups are the server's, not PIMAP's files

    def describe(self) -> str:
        if self.on_server:
            return (
                "erased in the team database (the server's own backups keep it until they "
                "expire: not for PIMAP to rewrite)"
            )
        n = len(self.backups_rewritten)
        text = f"erased in the database and in {n} backup{'' if n == 1 else 's'}"
        if self.backups_failed:
            m = len(self.backups_failed)
            what = "; ".join(f"{name} ({why})" for name, why in self.backups_failed)
            text += f"; {m} backup{'' if m == 1 else 's'} could not be rewritten: {what}"
        if not self.wal_cleared:
            text += (
                "; the database's journal (-wal) still holds their old data until every "
                "program using the database is closed"
            )
        return text


def erase_person_everywhere(session: Session, email: str) -> ErasureReport:
    """Erase the person with that e-mail in the database and in every backup of it."""
    return erase_record_everywhere(session, find_person_by_email(session, email).id)


def erase_record_everywhere(session: Session, person_id: uuid.UUID) -> ErasureReport:
    """Erase a person in every backup beside the database, then in the database itself (and
    leave no old copy of them in its free pages or -wal), then in any backup taken meanwhile.
    A backup that cannot be rewritten is named in the report, never skipped silently.

    The backups come first so that a crash half-way leaves the person in the database, where
    ``person erase`` finds them again and finishes the work; the other way round, an erasure
    cut short would leave them in the backups with nothing left to find them by."""
    email = _person(session, person_id).email
    path = sqlite_path(str(session.get_bind().engine.url))
    if path is None:
        erase_person_record(session, person_id)
        return ErasureReport(person_id, on_server=True)
    session.rollback()  # no read snapshot held while the backups are rewritten
    done: dict[str, tuple[int, int]] = {}  # backup name -> (size, mtime) once rewritten
    failed: dict[str, str] = {}
    _erase_in_backups(path, person_id, email, done, failed)
    erase_person_record(session, person_id)
    session.close()  # its read snapshot would keep the -wal from being cleared
    raw = session.get_bind().engine.raw_connection()
    try:
        # secure_delete zeroed the freed space; the -wal still holds the old pages.
        busy = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        raw.close()
    _erase_in_backups(path, person_id, email, done, failed)  # a backup taken meanwhile
    if failed:
        log.warning("erasure: %d backup(s) could not be rewritten", len(failed))
    return ErasureReport(
        person_id, tuple(sorted(done)), tuple(sorted(failed.items())), wal_cleared=not busy
    )


def _erase_in_backups(
    path: Path,
    person_id: uuid.UUID,
    email: str | None,
    done: dict[str, tuple[int, int]],
    failed: dict[str, str],
) -> None:
    """Erase the person in each backup not rewritten yet (or changed since)."""
    for backup in _backup_files(path):
        try:
            st = backup.stat()
        except OSError:
            continue  # rotated away meanwhile
        if done.get(backup.name) == (st.st_size, st.st_mtime_ns):
            continue
        problem = _erase_in_backup(backup, person_id, email)
        if problem is None:
            failed.pop(backup.name, None)
            st = backup.stat()
            done[backup.name] = (st.st_size, st.st_mtime_ns)
        else:
            failed[backup.name] = problem


def _backup_files(path: Path) -> list[Path]:
    """Every file in the backups folder that belongs to this database, damaged ones too."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    # store.database's backup names, with any suffix (a damaged backup renamed aside still holds data).
    own = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-[a-z-]+(-\d+)?\.sqlite(\.[\w.-]+)?")
    return sorted(p for p in folder.iterdir() if own.fullmatch(p.name))


def _backup_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _erase_in_backup(backup: Path, person_id: uuid.UUID, email: str | None) -> str | None:
    """Erase the person in one backup file; what went wrong, or None.

    The backup is never changed in place: it is copied (SQLite's backup API, which first rolls
    back a transaction a crash left unfinished in it) to a temporary file beside it, the person
    is erased there, the copy is vacuumed, checked, flushed and given the backup's mode, and
    only then renamed over the backup. A crash at any moment leaves the old backup or the new
    one, whole, and a temporary file that the next backup removes."""
    try:
        mode = stat.S_IMODE(backup.stat().st_mode)
        if not os.access(backup, os.W_OK) or not os.access(backup.parent, os.W_OK):
            return "read-only"
        state = inspect_sqlite_file(backup)  # refuses one from a newer version
        if state.revision is None:
            return "not a PIMAP database"
        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{TMP_PREFIX}{backup.stem}-{os.getpid()}-", suffix=TMP_SUFFIX, dir=backup.parent
        )
        os.close(fd)
        tmp = Path(tmp_name)
    except PimapError as exc:  # "<path> is damaged or not a database: …" without the path
        return str(exc).removeprefix(f"{backup} ").removeprefix("is ").split(". ")[0].rstrip(".")
    except (OSError, sqlite3.Error) as exc:
        return f"could not be opened ({type(exc).__name__})"
    try:
        with closing(sqlite3.connect(backup)) as source, closing(sqlite3.connect(tmp)) as copy:
            source.backup(copy)
        engine = create_engine(f"sqlite:///{tmp}", hide_parameters=True)
        event.listen(engine, "connect", _backup_pragmas)
        try:
            with Session(engine) as session:
                found = session.get(Person, person_id)
                if found is None and email:
                    found = session.scalar(select(Person).where(Person.email == email))
                if found is not None:
                    erase_person_record(session, found.id)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(tmp, isolation_level=None)) as conn:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("VACUUM")
            conn.execute("PRAGMA journal_mode = DELETE")
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return "damaged"
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, backup)
    except PimapError as exc:
        return str(exc).split(". ")[0].rstrip(".")
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        return f"could not be rewritten ({type(exc).__name__})"
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return None
