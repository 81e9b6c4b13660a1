"""Who changed what, and two people at once (issue 15), on SQLite and PostgreSQL alike: every
change records the database user and moves the record's version on; the audit log keeps the
history of registrations, meetings, requests and follow-ups (old → new); a save over a
colleague's newer change is refused with who and when, and nothing is overwritten; a truly
concurrent write is explained the same way; undo never reverts a colleague's later change.

The colleague works through a database of their own (another engine, other connections): on
SQLite as another operating-system login, on PostgreSQL as another login role.
"""

from __future__ import annotations

import getpass
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.errors import StaleEdit
from pimap_desktop.domain.models import AuditEntry, Person, Registration
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.directory import directory
from pimap_desktop.services.directory.personal_data import ERASED_VALUE, erase_person_record
from pimap_desktop.services.printing.badges import record_badges_printed
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.services.undo import edit_steps
from pimap_desktop.services.versions import version_left, version_of
from pimap_desktop.store.audit import os_login
from pimap_desktop.store.database import Database, explain_database_error, open_database
from tests.factories import add_person
from tests.pg import PgServer

COLLEAGUE = "coordinator2"
# "Changed by coordinator2 at 10:42 (PST): reload to see it." (a date before the time when
# the change was not made today in the mission's zone).
WHEN = r"at (\d{4}-\d\d-\d\d )?\d\d:\d\d \(P[SD]T\)"


@dataclass
class Colleague:
    """A second coordinator on the same database, with a login of their own."""

    db: Database
    name: str


@pytest.fixture
def me(db: Database) -> str:
    """The database user the tests' own changes are recorded under."""
    if db.engine.dialect.name == "postgresql":
        return str(make_url(db.url).username)
    return os_login()


@pytest.fixture
def colleague(
    db: Database, db_path: Path | str, request: pytest.FixtureRequest
) -> Iterator[Colleague]:
    if db.engine.dialect.name == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        name = f"{COLLEAGUE}_{uuid.uuid4().hex[:6]}"
        server.execute(f'CREATE ROLE "{name}" LOGIN SUPERUSER')  # trusted locally: no password
        other = open_database(make_url(str(db_path)).set(username=name).render_as_string(False))
        try:
            yield Colleague(other, name)
        finally:
            other.dispose()
            server.execute(f'DROP ROLE IF EXISTS "{name}"')
        return
    monkeypatch = pytest.MonkeyPatch()
    other = open_database(db_path)
    try:
        # Their connections ask the operating system who they are when they first write.
        monkeypatch.setattr(getpass, "getuser", lambda: COLLEAGUE)
        yield Colleague(other, COLLEAGUE)
    finally:
        monkeypatch.undo()
        other.dispose()


@pytest.fixture
def registration_id(session: Session, mission_id: uuid.UUID) -> uuid.UUID:
    person = add_person(session, "Élise", "Marchand", "em@lumiphos.example")
    return regs.register_people(session, mission_id, [person.id]).registered[0]


def _history(session: Session, record_id: uuid.UUID) -> list[AuditEntry]:
    session.expire_all()
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_id == record_id)
            .order_by(AuditEntry.changed_at)
        )
    )


def _registration(db: Database, registration_id: uuid.UUID) -> Registration:
    with db.session() as session:
        found = session.get(Registration, registration_id)
        assert found is not None
        return found


# --------------------------------------------------------------------------- who did what


def test_every_change_records_who_made_it_and_moves_the_version_on(
    db: Database, session: Session, me: str
) -> None:
    person = add_person(session, "Élise", "Marchand", "em@lumiphos.example")
    assert (person.version, person.updated_by) == (1, me)

    data = directory.person_data(session, person.id)
    directory.update_person(session, person.id, replace(data, job_title="Engineer"))

    with db.session() as fresh:
        stored = fresh.get(Person, person.id)
        assert stored is not None
        assert (stored.version, stored.updated_by, stored.job_title) == (2, me, "Engineer")
        assert stored.updated_at.tzinfo is not None


def test_the_audit_log_keeps_insert_update_and_delete_with_old_and_new_values(
    session: Session, mission_id: uuid.UUID, registration_id: uuid.UUID, me: str
) -> None:
    data = regs.registration_data(session, registration_id)
    regs.update_registration(
        session,
        registration_id,
        replace(data, hotel="Hotel Mariposa", status=RegistrationStatus.CONFIRMED),
    )
    regs.remove_registrations(session, [registration_id])

    inserted, updated, deleted = _history(session, registration_id)
    assert [e.action for e in (inserted, updated, deleted)] == ["insert", "update", "delete"]
    for entry in (inserted, updated, deleted):
        assert (entry.table_name, entry.changed_by, entry.mission_id) == (
            "registrations",
            me,
            mission_id,
        )
        assert entry.changed_at.utcoffset() is not None and entry.changed_at <= datetime.now(UTC)
    assert inserted.changes["status"] == [None, "registered"]
    assert inserted.changes["mission_id"] == [None, str(mission_id)]
    assert updated.changes == {
        "status": ["registered", "confirmed"],
        "hotel": ["", "Hotel Mariposa"],
    }
    assert deleted.changes["hotel"] == ["Hotel Mariposa", None]
    assert deleted.changes["status"] == ["confirmed", None]


def test_bulk_statements_are_stamped_and_audited_too(
    db: Database, session: Session, registration_id: uuid.UUID, colleague: Colleague
) -> None:
    """A service's UPDATE statement (badge counters) and an undo's INSERT (a removal taken
    back) leave their trace like any change: nothing escapes the log."""
    with colleague.db.session() as theirs:
        record_badges_printed(theirs, [registration_id], datetime(2027, 1, 24, 17, tzinfo=UTC))
    printed = _registration(db, registration_id)
    assert (printed.version, printed.updated_by, printed.badges_printed) == (
        2,
        colleague.name,
        1,
    )

    removed = regs.remove_registrations(session, [registration_id])
    removed.undo(session)

    entries = _history(session, registration_id)
    assert [e.action for e in entries] == ["insert", "update", "delete", "insert"]
    assert entries[1].changed_by == colleague.name
    assert entries[1].changes["badges_printed"] == ["0", "1"]
    assert entries[1].changes["badge_printed_at"][0] is None
    assert entries[3].changes["badges_printed"] == [None, "1"]  # put back as it was


def test_erasing_a_person_erases_the_personal_values_of_their_history(
    session: Session, registration_id: uuid.UUID
) -> None:
    data = regs.registration_data(session, registration_id)
    regs.update_registration(session, registration_id, replace(data, hotel="Hotel Mariposa"))
    person_id = _registration_person(session, registration_id)

    erase_person_record(session, person_id)

    entries = _history(session, registration_id)
    assert all("Hotel Mariposa" not in str(e.changes) for e in entries)
    assert entries[1].changes["hotel"] == [ERASED_VALUE, ERASED_VALUE]
    assert entries[-1].changes["hotel"] == [ERASED_VALUE, ERASED_VALUE]  # the erasure's own


def _registration_person(session: Session, registration_id: uuid.UUID) -> uuid.UUID:
    found = session.get(Registration, registration_id)
    assert found is not None
    return found.person_id


# --------------------------------------------------------------------------- two people at once


def test_a_save_over_a_colleagues_newer_change_is_refused_and_overwrites_nothing(
    db: Database, registration_id: uuid.UUID, colleague: Colleague
) -> None:
    with db.session() as mine:  # the form opens
        loaded = version_of(mine, Registration, registration_id)
        form = regs.registration_data(mine, registration_id)
    with colleague.db.session() as theirs:  # the colleague saves first
        seen = version_of(theirs, Registration, registration_id)
        data = regs.registration_data(theirs, registration_id)
        regs.update_registration(
            theirs, registration_id, replace(data, hotel="Hotel Ocean"), expected_version=seen
        )

    with db.session() as mine, pytest.raises(StaleEdit) as refused:
        regs.update_registration(
            mine, registration_id, replace(form, hotel="Hotel Mariposa"), expected_version=loaded
        )

    assert re.fullmatch(
        rf"Changed by {colleague.name} {WHEN}: reload to see it\.", str(refused.value)
    )
    stored = _registration(db, registration_id)
    assert (stored.hotel, stored.version, stored.updated_by) == (
        "Hotel Ocean",
        loaded + 1,
        colleague.name,
    )


def test_a_save_with_the_version_it_was_loaded_with_goes_through(
    db: Database, registration_id: uuid.UUID
) -> None:
    with db.session() as session:
        loaded = version_of(session, Registration, registration_id)
        data = regs.registration_data(session, registration_id)
        regs.update_registration(
            session, registration_id, replace(data, hotel="Hotel Mariposa"), expected_version=loaded
        )
        assert version_left(session, Registration, registration_id) == loaded + 1
    assert _registration(db, registration_id).hotel == "Hotel Mariposa"


def test_a_truly_concurrent_write_is_refused_and_explained(
    db: Database, registration_id: uuid.UUID, colleague: Colleague
) -> None:
    """The colleague's change lands between my read and my write: the write matches no row of
    the version read (StaleDataError), said as a colleague's change, and nothing of mine is
    written."""
    with db.session() as mine:
        mine_row = mine.get(Registration, registration_id)
        assert mine_row is not None
        mine.commit()  # read, and the transaction closed (a form open, a window waiting)
        with colleague.db.session() as theirs:
            data = regs.registration_data(theirs, registration_id)
            regs.update_registration(theirs, registration_id, replace(data, hotel="Hotel Ocean"))
        mine_row.hotel = "Hotel Mariposa"
        with pytest.raises(StaleDataError) as raised:
            mine.commit()
        mine.rollback()

    explained = explain_database_error(raised.value)
    assert explained is not None
    assert str(explained) == (
        "Changed by a colleague at the same moment: reload to see it. Nothing was saved."
    )
    assert _registration(db, registration_id).hotel == "Hotel Ocean"


# --------------------------------------------------------------------------- undo


def test_undo_never_reverts_a_colleagues_later_change(
    db: Database, session: Session, registration_id: uuid.UUID, colleague: Colleague
) -> None:
    token = regs.set_status(session, [registration_id], RegistrationStatus.CONFIRMED)
    with colleague.db.session() as theirs:
        regs.set_status(theirs, [registration_id], RegistrationStatus.CANCELLED)

    with db.session() as other, pytest.raises(StaleEdit) as refused:
        token.undo(other)

    assert re.fullmatch(
        rf"Changed by {colleague.name} {WHEN}: this step can no longer be undone\.",
        str(refused.value),
    )
    assert _registration(db, registration_id).status is RegistrationStatus.CANCELLED


def test_undo_goes_through_while_nobody_changed_the_record_since(
    db: Database, session: Session, registration_id: uuid.UUID
) -> None:
    token = regs.set_status(session, [registration_id], RegistrationStatus.CONFIRMED)
    with db.session() as other:
        token.undo(other)
    assert _registration(db, registration_id).status is RegistrationStatus.REGISTERED


def test_steps_undone_one_after_the_other_go_back_though_each_undo_moves_the_version_on(
    db: Database, session: Session, registration_id: uuid.UUID
) -> None:
    """Two steps of mine on one registration: undoing the second writes a new version, which
    holds the values the first left, so the first still goes back."""
    first = regs.set_status(session, [registration_id], RegistrationStatus.CONFIRMED)
    second = regs.set_status(session, [registration_id], RegistrationStatus.CANCELLED)
    with db.session() as other:
        second.undo(other)
        first.undo(other)
    stored = _registration(db, registration_id)
    assert (stored.status, stored.version) == (RegistrationStatus.REGISTERED, 5)


def test_an_edit_undone_and_redone_each_way_refuses_after_a_colleagues_change(
    db: Database, registration_id: uuid.UUID, colleague: Colleague
) -> None:
    """The steps of a form saved (the GUI's undo of an edit): each way expects the version
    the other left."""

    def apply(session: Session, data: regs.RegistrationData, expected: int | None) -> int:
        regs.update_registration(session, registration_id, data, expected_version=expected)
        return version_left(session, Registration, registration_id)

    with db.session() as session:
        before = regs.registration_data(session, registration_id)
        after = replace(before, hotel="Hotel Mariposa")
        loaded = version_of(session, Registration, registration_id)
        left = apply(session, after, loaded)
    back, forth = edit_steps(
        apply, before, after, record=(Registration, registration_id), loaded=loaded, left=left
    )

    with db.session() as session:
        back.undo(session)  # undo
        forth.undo(session)  # redo
    assert _registration(db, registration_id).hotel == "Hotel Mariposa"

    with colleague.db.session() as theirs:
        data = regs.registration_data(theirs, registration_id)
        regs.update_registration(theirs, registration_id, replace(data, notes="Late flight"))

    with db.session() as session, pytest.raises(StaleEdit, match="can no longer be undone"):
        back.undo(session)
    stored = _registration(db, registration_id)
    assert (stored.hotel, stored.notes) == ("Hotel Mariposa", "Late flight")


# --------------------------------------------------------------------------- meetings


@dataclass
class Grid:
    session_id: uuid.UUID
    tables: tuple[uuid.UUID, uuid.UUID]
    meeting_id: uuid.UUID


@pytest.fixture
def grid(session: Session, mission_id: uuid.UUID) -> Grid:
    """A B2B session with a meeting of two registrations at its first slot, table 1."""
    people = [add_person(session, n.upper(), "Test", f"{n}@x.example") for n in "ab"]
    a, b = regs.register_people(session, mission_id, [p.id for p in people]).registered
    data = b2b.SessionData(
        day=date(2027, 1, 27),
        start=time(13, 30),
        end=time(17, 30),
        slot_minutes=20,
        break_minutes=5,
        tables=2,
        name="B2B",
    )
    session_id = b2b.add_session(session, mission_id, data)
    [row] = b2b.list_sessions(session, mission_id)
    t1, t2 = row.tables[0][0], row.tables[1][0]
    meeting_id = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 0, t1), [a, b], locked=False
    )
    return Grid(session_id, (t1, t2), meeting_id)


def test_a_meeting_moved_over_a_colleagues_move_is_refused_and_stays_where_they_put_it(
    db: Database, mission_id: uuid.UUID, grid: Grid, colleague: Colleague
) -> None:
    with db.session() as mine:  # the grid shows the meeting, with its version
        [shown] = b2b.list_meetings(mine, mission_id)
    with colleague.db.session() as theirs:
        b2b.move_meeting(
            theirs, grid.meeting_id, b2b.MeetingPlace(grid.session_id, 2, grid.tables[1])
        )

    with db.session() as mine, pytest.raises(StaleEdit, match=rf"^Changed by {colleague.name} "):
        b2b.move_meeting(
            mine,
            grid.meeting_id,
            b2b.MeetingPlace(grid.session_id, 1, grid.tables[0]),
            expected_version=shown.version,
        )
    with db.session() as mine:
        [now] = b2b.list_meetings(mine, mission_id)
    assert (now.position, now.table_id) == (2, grid.tables[1])
    assert now.changed.startswith(f"Changed by {colleague.name} at ")  # the grid's tooltip


def test_undoing_a_scheduler_run_refuses_to_throw_away_a_colleagues_move(
    db: Database, mission_id: uuid.UUID, grid: Grid, colleague: Colleague
) -> None:
    """The meetings replaced as a whole (a run, a meeting fitted in): the undo puts the whole
    set back, so a meeting a colleague changed since makes it refuse."""
    with db.session() as mine:
        before = b2b.snapshot_meetings(mine, mission_id)
        b2b.set_locked(mine, [grid.meeting_id], True)
        after = b2b.snapshot_meetings(mine, mission_id)
    with colleague.db.session() as theirs:
        b2b.move_meeting(
            theirs, grid.meeting_id, b2b.MeetingPlace(grid.session_id, 2, grid.tables[1])
        )

    with db.session() as mine, pytest.raises(StaleEdit, match="can no longer be undone"):
        before.expecting(after).undo(mine)
    with db.session() as mine:
        [now] = b2b.list_meetings(mine, mission_id)
    assert (now.position, now.locked) == (2, True)
