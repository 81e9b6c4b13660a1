"""Offline copies: a mission taken to the fair as a file of its own, brought back and merged
(services/offline). The office database is the scheduled demo mission, on SQLite and on the
test PostgreSQL server; the copies are files, as on a laptop."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus, RegistrationStatus
from pimap_desktop.domain.errors import DatabaseError, ValidationError
from pimap_desktop.domain.models import (
    FollowUp,
    Meeting,
    Mission,
    Person,
    Registration,
    offline_base,
    offline_copy,
)
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.offline.merge import (
    BOTH_CHANGED,
    DELETED_HERE,
    DELETED_THERE,
    THEIRS,
    WHOLE,
    bring_back,
)
from pimap_desktop.services.offline.take import take_offline
from pimap_desktop.services.onsite.onsite import check_in, walk_in
from pimap_desktop.store.database import Database, open_database
from tests.factories import mission_data
from tests.printing_fixtures import PrintableMission

AT_FAIR = datetime(2027, 1, 26, 17, 0, tzinfo=UTC)


@pytest.fixture
def office(printing_db_path: Path | str) -> Database:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


def _take(office: Database, tmp_path: Path, name: str) -> tuple[Path, Database]:
    path = tmp_path / f"{name}.sqlite"
    take_offline(office, "PW2027", path)
    laptop = open_database(path)
    return path, laptop


def _registrations(session: Session, mission_id: uuid.UUID) -> list[Registration]:
    return list(
        session.scalars(
            select(Registration)
            .where(
                Registration.mission_id == mission_id,
                Registration.status != RegistrationStatus.CANCELLED,
            )
            .order_by(Registration.id)
        )
    )


def _email(session: Session, registration: Registration) -> str:
    person = session.get(Person, registration.person_id)
    assert person is not None and person.email
    return person.email


def test_a_copy_holds_the_mission_and_its_base(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    _path, laptop = _take(office, tmp_path, "laptop")
    try:
        with office.session() as ours, laptop.session() as theirs:
            mission = printable.mission_id
            count = func.count()
            for model in (Registration, Meeting):
                here = ours.scalar(select(count).where(model.mission_id == mission))
                there = theirs.scalar(select(count).select_from(model))
                assert here == there and here
            # Only this mission: the other missions and their people stay in the office.
            assert theirs.scalar(select(count).select_from(Mission)) == 1
            assert ours.scalar(select(count).select_from(Person)) > theirs.scalar(
                select(count).select_from(Person)
            )
            info = theirs.execute(select(offline_copy)).one()
            assert info.mission_code == "PW2027" and info.mission_id == mission
            based = theirs.scalar(
                select(count)
                .select_from(offline_base)
                .where(offline_base.c.table_name == "registrations")
            )
            assert based == theirs.scalar(select(count).select_from(Registration))
    finally:
        laptop.dispose()
    assert not list(tmp_path.glob(".pimap-copy-*"))  # no temporary file left behind


def test_check_ins_and_one_sided_changes_come_back_and_twice_changes_nothing(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    path, laptop = _take(office, tmp_path, "laptop")
    with laptop.session() as s:
        regs = _registrations(s, printable.mission_id)
        first, second, third = regs[0], regs[1], regs[2]
        emails = [_email(s, r) for r in (first, second)]
    for email in emails:
        with laptop.session() as s:
            assert check_in(s, printable.mission_id, email, now=AT_FAIR).checked_in_now
    with laptop.session() as s, s.begin():
        reg = s.get(Registration, third.id)
        assert reg is not None
        reg.hotel = "Hotel at the fair"
        reg.notes = "laptop note"
    with office.session() as s, s.begin():
        reg = s.get(Registration, third.id)
        assert reg is not None
        reg.hotel = "Hotel booked by the office"  # the same field: a conflict
        office_reg = s.get(Registration, second.id)
        assert office_reg is not None
        office_reg.notes = "office note"  # another field of a record checked in: merges
    laptop.dispose()

    report = bring_back(office, path)
    assert report.added == {}
    assert report.updated == {"registrations": 3}
    assert [(c.table, c.record, c.field, c.ours, c.theirs, c.reason) for c in report.conflicts] == [
        (
            "registrations",
            str(third.id),
            "hotel",
            "Hotel booked by the office",
            "Hotel at the fair",
            BOTH_CHANGED,
        )
    ]
    with office.session() as s:
        for reg_id in (first.id, second.id):
            reg = s.get(Registration, reg_id)
            assert reg is not None and reg.checked_in_at == AT_FAIR
        merged = s.get(Registration, second.id)
        assert merged is not None and merged.notes == "office note"
        kept = s.get(Registration, third.id)
        assert kept is not None
        assert (kept.hotel, kept.notes) == ("Hotel booked by the office", "laptop note")

    again = bring_back(office, path)
    assert (again.added, again.updated, again.deleted, again.conflicts) == ({}, {}, {}, [])


def test_the_coordinator_can_take_the_laptops_value(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    path, laptop = _take(office, tmp_path, "laptop")
    with laptop.session() as s, s.begin():
        reg = _registrations(s, printable.mission_id)[0]
        reg.hotel = "Laptop's hotel"
        reg_id = reg.id
    laptop.dispose()
    with office.session() as s, s.begin():
        reg = s.get(Registration, reg_id)
        assert reg is not None
        reg.hotel = "Office's hotel"
    preview = bring_back(office, path, dry_run=True)
    assert preview.dry_run and len(preview.conflicts) == 1
    with office.session() as s:  # the dry run changed nothing
        reg = s.get(Registration, reg_id)
        assert reg is not None and reg.hotel == "Office's hotel"
    chosen = {preview.conflicts[0].key: THEIRS}
    report = bring_back(office, path, resolutions=chosen)
    assert report.conflicts[0].taken == THEIRS
    with office.session() as s:
        reg = s.get(Registration, reg_id)
        assert reg is not None and reg.hotel == "Laptop's hotel"


def test_walk_ins_on_two_laptops_are_one_person_checked_in_at_the_earliest(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    path_a, laptop_a = _take(office, tmp_path, "a")
    path_b, laptop_b = _take(office, tmp_path, "b")
    early, late = AT_FAIR, AT_FAIR + timedelta(minutes=40)
    for laptop, now, phone_org in ((laptop_a, late, "Optique Nouvelle"), (laptop_b, early, "")):
        with laptop.session() as s:
            walk_in(
                s,
                printable.mission_id,
                first_name="Noor",
                last_name="Visitor",
                email="Noor.Visitor@fair.example",
                organisation_name=phone_org or "Optique Nouvelle",
                country="FR",
                now=now,
            )
        laptop.dispose()
    first = bring_back(office, path_a)
    assert first.added.get("people") == 1 and first.added.get("registrations") == 1
    second = bring_back(office, path_b)
    assert "people" not in second.added and "registrations" not in second.added
    with office.session() as s:
        people = s.scalars(select(Person).where(Person.email == "noor.visitor@fair.example")).all()
        assert len(people) == 1
        regs = s.scalars(
            select(Registration).where(
                Registration.person_id == people[0].id,
                Registration.mission_id == printable.mission_id,
            )
        ).all()
        assert len(regs) == 1 and regs[0].checked_in_at == early
    assert not second.conflicts


def test_deleted_on_one_side_changed_on_the_other_is_a_conflict(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    # Three follow-ups in the office before the copy is taken.
    with office.session() as s, s.begin():
        meetings = s.scalars(
            select(Meeting).where(Meeting.mission_id == printable.mission_id).limit(3)
        ).all()
        notes = [
            FollowUp(
                mission_id=printable.mission_id,
                meeting_id=m.id,
                outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
                notes=f"n{i}",
            )
            for i, m in enumerate(meetings)
        ]
        s.add_all(notes)
        s.flush()
        untouched, changed_here, deleted_here = (n.id for n in notes)
    path, laptop = _take(office, tmp_path, "laptop")
    with laptop.session() as s, s.begin():
        for fid in (untouched, changed_here):
            s.delete(s.get(FollowUp, fid))
        laptop_note = s.get(FollowUp, deleted_here)
        assert laptop_note is not None
        laptop_note.notes = "more at the fair"
    laptop.dispose()
    with office.session() as s, s.begin():
        office_note = s.get(FollowUp, changed_here)
        assert office_note is not None
        office_note.next_action = "send the quotation"
        s.delete(s.get(FollowUp, deleted_here))

    report = bring_back(office, path)
    assert report.deleted == {"follow_ups": 1}
    reasons = {(c.record, c.field, c.reason) for c in report.conflicts}
    assert reasons == {
        (str(changed_here), WHOLE, DELETED_THERE),
        (str(deleted_here), WHOLE, DELETED_HERE),
    }
    with office.session() as s:
        assert s.get(FollowUp, untouched) is None
        assert s.get(FollowUp, changed_here) is not None
        assert s.get(FollowUp, deleted_here) is None


def test_held_on_one_laptop_no_show_on_the_other_is_a_conflict(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    path_a, laptop_a = _take(office, tmp_path, "a")
    path_b, laptop_b = _take(office, tmp_path, "b")
    with office.session() as s:
        meeting_id = s.scalars(
            select(Meeting.id).where(Meeting.mission_id == printable.mission_id).limit(1)
        ).one()
    for laptop, status in ((laptop_a, MeetingStatus.HELD), (laptop_b, MeetingStatus.NO_SHOW)):
        with laptop.session() as s, s.begin():
            meeting = s.get(Meeting, meeting_id)
            assert meeting is not None
            meeting.status = status
        laptop.dispose()
    assert bring_back(office, path_a).updated == {"meetings": 1}
    report = bring_back(office, path_b)
    assert [(c.field, c.ours, c.theirs) for c in report.conflicts] == [
        ("status", "held", "no_show")
    ]


def test_meetings_moved_into_one_slot_on_two_laptops(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    """Both laptops move a different meeting into the same free table and slot: the first
    brought back takes it, the second is a conflict and its meeting stays where it was."""
    with office.session() as s:
        meetings = s.scalars(
            select(Meeting)
            .where(Meeting.mission_id == printable.mission_id, Meeting.table_id.is_not(None))
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        first, second = meetings[0], meetings[1]
        taken = {(m.table_id, m.starts_at) for m in meetings}
        free_table = next(
            t.id for t in first.session.tables if (t.id, first.starts_at) not in taken
        )
        second_place = (second.table_id, second.starts_at, second.ends_at)
    path_a, laptop_a = _take(office, tmp_path, "a")
    path_b, laptop_b = _take(office, tmp_path, "b")
    for laptop, meeting in ((laptop_a, first), (laptop_b, second)):
        with laptop.session() as s, s.begin():
            row = s.get(Meeting, meeting.id)
            assert row is not None
            row.table_id, row.starts_at, row.ends_at = free_table, first.starts_at, first.ends_at
        laptop.dispose()
    assert bring_back(office, path_a).updated == {"meetings": 1}
    report = bring_back(office, path_b)
    assert [(c.table, c.record, c.field) for c in report.conflicts] == [
        ("meetings", str(second.id), WHOLE)
    ]
    with office.session() as s:
        moved = s.get(Meeting, first.id)
        stayed = s.get(Meeting, second.id)
        assert moved is not None and stayed is not None
        assert moved.table_id == free_table
        assert (stayed.table_id, stayed.starts_at, stayed.ends_at) == second_place


def test_copies_of_another_mission_or_database_and_newer_copies_are_refused(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    path, laptop = _take(office, tmp_path, "laptop")
    laptop.dispose()
    # A database of its own, with a mission of the same code: another database.
    other = open_database(tmp_path / "elsewhere.sqlite")
    try:
        with other.session() as s:
            create_mission(s, mission_data(code="PW2027"))
        with pytest.raises(ValidationError, match="another database"):
            bring_back(other, path)
    finally:
        other.dispose()
    # A copy of another mission into this laptop's copy (which holds PW2027 only).
    nys = tmp_path / "nys.sqlite"
    take_offline(office, "NYS2027", nys)
    laptop = open_database(path)
    try:
        with pytest.raises(ValidationError, match="does not hold"):
            bring_back(laptop, nys)
    finally:
        laptop.dispose()
    # A plain database is not a copy.
    with pytest.raises(ValidationError, match="not an offline copy"):
        bring_back(office, tmp_path / "elsewhere.sqlite")
    # A copy from a newer PIMAP.
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(path.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    with pytest.raises(ValidationError, match="newer version"):
        bring_back(office, newer)
    with pytest.raises(ValidationError, match="into itself"):
        bring_back(laptop, path)


def test_a_backup_is_taken_before_the_merge(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    path, laptop = _take(office, tmp_path, "laptop")
    laptop.dispose()
    report = bring_back(office, path)
    assert report.backup is not None and Path(report.backup).is_file()
    assert "before-bring-back" in report.backup
    dry = bring_back(office, path, dry_run=True)
    assert dry.backup is None


def test_a_colleagues_change_during_the_bring_back_is_not_overwritten(
    office: Database,
    printable: PrintableMission,
    tmp_path: Path,
    db_engine: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if db_engine == "sqlite":
        pytest.skip("on a file the bring-back holds the only write lock: no colleague can write")
    from pimap_desktop.services.offline import merge

    path, laptop = _take(office, tmp_path, "laptop")
    with laptop.session() as s, s.begin():
        reg = _registrations(s, printable.mission_id)[0]
        reg.notes = "laptop's note"
        reg_id = reg.id
    laptop.dispose()
    original = merge._Merge._ours

    def colleague_writes_after_the_read(
        self: merge._Merge, table: Any, keys: list[str]
    ) -> dict[str, dict[str, Any]]:
        found = original(self, table, keys)
        if table.name == "registrations" and len(keys) > 1:
            colleague = open_database(office.url)
            try:
                with colleague.session() as s, s.begin():
                    theirs = s.get(Registration, reg_id)
                    assert theirs is not None
                    theirs.hotel = "Colleague's hotel"
            finally:
                colleague.dispose()
        return found

    monkeypatch.setattr(merge._Merge, "_ours", colleague_writes_after_the_read)
    with pytest.raises(DatabaseError, match="A colleague changed"):
        bring_back(office, path, backup=False)
    with office.session() as s:
        reg = s.get(Registration, reg_id)
        assert reg is not None
        assert (reg.hotel, reg.notes) == ("Colleague's hotel", "")


def test_a_laptop_brings_a_colleagues_copy_into_its_own_and_then_both_come_back(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    path_a, laptop_a = _take(office, tmp_path, "a")
    path_b, laptop_b = _take(office, tmp_path, "b")
    with laptop_a.session() as s:
        regs = _registrations(s, printable.mission_id)
        emails = [_email(s, r) for r in regs[:2]]
    with laptop_a.session() as s:
        assert check_in(s, printable.mission_id, emails[0], now=AT_FAIR).checked_in_now
    with laptop_b.session() as s:
        later = AT_FAIR + timedelta(hours=1)
        assert check_in(s, printable.mission_id, emails[1], now=later).checked_in_now
    laptop_b.dispose()
    merged = bring_back(laptop_a, path_b)  # B's check-in joins A's copy
    assert merged.updated == {"registrations": 1} and not merged.conflicts
    laptop_a.dispose()
    assert bring_back(office, path_a).updated == {"registrations": 2}
    assert bring_back(office, path_b).updated == {}  # already there through A
    with office.session() as s:
        rows = [s.get(Registration, r.id) for r in regs[:2]]
        times = sorted(r.checked_in_at for r in rows if r is not None and r.checked_in_at)
        assert times == [AT_FAIR, AT_FAIR + timedelta(hours=1)]
