"""Offline copies under random edits (hypothesis), and a bring-back killed half-way.

An office database (the scheduled demo mission, with four follow-ups) and two copies taken from
it: laptop A and laptop B. Each example edits the three at random (check-ins, hotels, phones,
meeting outcomes, follow-ups written, changed and deleted, walk-ins with e-mails that the two
laptops may share), brings A and B back in a random order, and checks what must always hold:
no check-in or follow-up lost, no person twice, every double edit reported as a conflict and
nothing else, a second bring-back a no-op, and the other order giving the same database apart
from the conflicts' fields.

The office is a file (SQLite) or a database on the test PostgreSQL server, as in the rest of
tests/services; the laptops' copies are files.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    MeetingStatus,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import (
    Base,
    FollowUp,
    Meeting,
    Person,
    Registration,
)
from pimap_desktop.services.offline.merge import (
    BOTH_CHANGED,
    DELETED_HERE,
    DELETED_THERE,
    WHOLE,
    MergeReport,
    bring_back,
)
from pimap_desktop.services.offline.take import take_offline
from pimap_desktop.store.database import Database, open_database
from tests.pg import PgServer
from tests.printing_fixtures import PrintableMission

T0 = datetime(2027, 1, 26, 16, 0, tzinfo=UTC)
REGISTRATIONS = 6  # the registrations (and their people) the edits touch
MEETINGS = 4
FOLLOW_UPS = 4
WALK_IN_EMAILS = ("ana.walkin@fair.example", "bo.walkin@fair.example", "cy.walkin@fair.example")
SIDES = ("office", "a", "b")


@dataclass(frozen=True)
class World:
    """The office's template and the two copies, made once per test."""

    make_office: Callable[[], Path | str]
    drop_office: Callable[[Path | str], None]
    copy_a: Path
    copy_b: Path
    mission_id: uuid.UUID
    registrations: list[uuid.UUID]
    people: list[uuid.UUID]
    meetings: list[uuid.UUID]
    follow_ups: list[uuid.UUID]


def _prepare(database: Database, mission_id: uuid.UUID) -> dict[str, list[uuid.UUID]]:
    with database.session() as s, s.begin():
        regs = s.scalars(
            select(Registration)
            .where(
                Registration.mission_id == mission_id,
                Registration.status != RegistrationStatus.CANCELLED,
                Registration.checked_in_at.is_(None),
            )
            .order_by(Registration.id)
            .limit(REGISTRATIONS)
        ).all()
        meetings = s.scalars(
            select(Meeting)
            .where(Meeting.mission_id == mission_id)
            .order_by(Meeting.id)
            .limit(MEETINGS)
        ).all()
        notes = [
            FollowUp(
                mission_id=mission_id,
                meeting_id=meetings[i % len(meetings)].id,
                outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
                notes=f"base {i}",
            )
            for i in range(FOLLOW_UPS)
        ]
        s.add_all(notes)
        s.flush()
        return {
            "registrations": [r.id for r in regs],
            "people": [r.person_id for r in regs],
            "meetings": [m.id for m in meetings],
            "follow_ups": [n.id for n in notes],
        }


@pytest.fixture
def world(
    db_engine: str,
    tmp_path_factory: pytest.TempPathFactory,
    printable: PrintableMission,
    request: pytest.FixtureRequest,
) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("offline-world")
    if db_engine == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        name, _facts = request.getfixturevalue("pg_printing_template")
        template_url = server.create_database(template=name)
        template: Path | str = template_url

        def make_office() -> Path | str:
            from sqlalchemy.engine import make_url

            return server.create_database(template=make_url(template_url).database)

        def drop_office(office: Path | str) -> None:
            server.drop_database(str(office))
    else:
        source: tuple[Path, PrintableMission] = request.getfixturevalue("printing_template")
        template = folder / "template.sqlite"
        shutil.copyfile(source[0], template)
        numbers = iter(range(10**6))

        def make_office() -> Path | str:
            office = folder / f"office-{next(numbers)}.sqlite"
            shutil.copyfile(template, office)
            return office

        def drop_office(office: Path | str) -> None:
            Path(office).unlink(missing_ok=True)

    database = open_database(template)
    try:
        ids = _prepare(database, printable.mission_id)
        copy_a, copy_b = folder / "a.sqlite", folder / "b.sqlite"
        take_offline(database, "PW2027", copy_a)
        take_offline(database, "PW2027", copy_b)
    finally:
        database.dispose()
    yield World(make_office, drop_office, copy_a, copy_b, printable.mission_id, **ids)
    if db_engine == "postgresql":
        server.drop_database(str(template))


# --------------------------------------------------------------------------- the edits

EDITS = st.one_of(
    st.tuples(st.just("check_in"), st.integers(0, REGISTRATIONS - 1), st.integers(0, 120)),
    st.tuples(st.just("hotel"), st.integers(0, REGISTRATIONS - 1), st.sampled_from("XYZ")),
    st.tuples(st.just("phone"), st.integers(0, REGISTRATIONS - 1), st.sampled_from("123")),
    st.tuples(
        st.just("outcome"),
        st.integers(0, MEETINGS - 1),
        st.sampled_from([MeetingStatus.HELD.value, MeetingStatus.NO_SHOW.value]),
    ),
    st.tuples(st.just("write_note"), st.integers(0, MEETINGS - 1), st.sampled_from("PQ")),
    st.tuples(st.just("change_note"), st.integers(0, FOLLOW_UPS - 1), st.sampled_from("MN")),
    st.tuples(st.just("delete_note"), st.integers(0, FOLLOW_UPS - 1), st.just("")),
    st.tuples(st.just("walk_in"), st.integers(0, len(WALK_IN_EMAILS) - 1), st.integers(0, 120)),
)


@dataclass
class Expected:
    """What each side did, for the oracle."""

    check_ins: dict[str, list[datetime]] = field(default_factory=dict)
    fields: dict[tuple[str, str, str], dict[str, str]] = field(default_factory=dict)  # side->v
    deleted: dict[uuid.UUID, set[str]] = field(default_factory=dict)
    changed_notes: dict[uuid.UUID, set[str]] = field(default_factory=dict)
    written: set[uuid.UUID] = field(default_factory=set)
    walk_ins: dict[str, list[datetime]] = field(default_factory=dict)

    def note(self, table: str, record: uuid.UUID, name: str, side: str, value: str) -> None:
        self.fields.setdefault((table, str(record), name), {})[side] = value


def _apply(
    database: Database, side: str, edits: list[tuple[str, int, Any]], w: World, seen: Expected
) -> None:
    with database.session() as s, s.begin():
        for position, (kind, index, value) in enumerate(edits):
            if kind == "check_in":
                reg = s.get(Registration, w.registrations[index])
                assert reg is not None
                when = T0 + timedelta(minutes=value)
                if reg.checked_in_at is None:
                    reg.checked_in_at = when
                    person = s.get(Person, reg.person_id)
                    assert person is not None and person.email
                    seen.check_ins.setdefault(person.email, []).append(when)
            elif kind == "hotel":
                reg = s.get(Registration, w.registrations[index])
                assert reg is not None
                reg.hotel = f"Hotel {value}"
                seen.note("registrations", reg.id, "hotel", side, reg.hotel)
            elif kind == "phone":
                person = s.get(Person, w.people[index])
                assert person is not None
                person.phone = f"+33 1 00 00 00 0{value}"
                seen.note("people", person.id, "phone", side, person.phone)
            elif kind == "outcome":
                meeting = s.get(Meeting, w.meetings[index])
                assert meeting is not None
                meeting.status = MeetingStatus(value)
                seen.note("meetings", meeting.id, "status", side, value)
            elif kind == "write_note":
                note = FollowUp(
                    # The same id in both orders of an example.
                    id=uuid.uuid5(uuid.NAMESPACE_URL, f"note/{side}/{position}"),
                    mission_id=w.mission_id,
                    meeting_id=w.meetings[index],
                    outcome=FollowUpOutcome.FOLLOWUP_MEETING_PLANNED,
                    notes=f"written on {side}: {value}",
                )
                s.add(note)
                s.flush()
                seen.written.add(note.id)
            elif kind == "change_note":
                note_id = w.follow_ups[index]
                found = s.get(FollowUp, note_id)
                if found is not None:
                    found.notes = f"changed to {value}"
                    s.flush()
                    seen.changed_notes.setdefault(note_id, set()).add(side)
                    seen.note("follow_ups", note_id, "notes", side, found.notes)
            elif kind == "delete_note":
                note_id = w.follow_ups[index]
                found = s.get(FollowUp, note_id)
                if found is not None:
                    s.delete(found)
                    s.flush()
                    seen.deleted.setdefault(note_id, set()).add(side)
            elif kind == "walk_in":
                email = WALK_IN_EMAILS[index]
                person = s.scalar(select(Person).where(Person.email == email))
                if person is None:
                    person = Person(first_name="Walk", last_name=f"In {index}", email=email)
                    s.add(person)
                    s.flush()
                    when = T0 + timedelta(minutes=value)
                    s.add(
                        Registration(
                            mission_id=w.mission_id,
                            person_id=person.id,
                            role=RegistrationRole.VISITOR,
                            status=RegistrationStatus.CONFIRMED,
                            checked_in_at=when,
                        )
                    )
                    seen.walk_ins.setdefault(email, []).append(when)


def _state(database: Database, w: World) -> dict[str, Any]:
    """What the oracle compares: check-ins, edited fields, follow-ups, walk-ins."""
    with database.session() as s:
        regs = s.scalars(select(Registration).where(Registration.mission_id == w.mission_id))
        people = {p.id: p for p in s.scalars(select(Person))}
        return {
            "check_ins": {
                (people[r.person_id].email or str(r.person_id)): r.checked_in_at for r in regs
            },
            "hotels": {
                str(i): s.get(Registration, i).hotel  # type: ignore[union-attr]
                for i in w.registrations
            },
            "phones": {str(i): people[i].phone for i in w.people},
            "statuses": {
                str(i): s.get(Meeting, i).status.value  # type: ignore[union-attr]
                for i in w.meetings
            },
            "notes": {
                str(f.id): f.notes
                for f in s.scalars(select(FollowUp).where(FollowUp.mission_id == w.mission_id))
            },
            "emails": sorted(p.email for p in people.values() if p.email),
        }


def _without(state: dict[str, Any], conflicts: set[tuple[str, str, str]]) -> dict[str, Any]:
    kinds = {"registrations": "hotels", "people": "phones", "meetings": "statuses"}
    out = {k: dict(v) if isinstance(v, dict) else v for k, v in state.items()}
    for table, record, _name in conflicts:
        if table in kinds:
            out[kinds[table]].pop(record, None)
        if table == "follow_ups":
            out["notes"].pop(record, None)
    return out


def _run(
    w: World, edits: dict[str, list[tuple[str, int, Any]]], order: tuple[str, str], folder: Path
) -> tuple[dict[str, Any], list[MergeReport], Expected]:
    office_path = w.make_office()
    copies = {"a": folder / f"a-{order[0]}.sqlite", "b": folder / f"b-{order[0]}.sqlite"}
    shutil.copyfile(w.copy_a, copies["a"])
    shutil.copyfile(w.copy_b, copies["b"])
    seen = Expected()
    office = open_database(office_path)
    try:
        for side in SIDES:
            target = office if side == "office" else open_database(copies[side])
            try:
                _apply(target, side, edits[side], w, seen)
            finally:
                if target is not office:
                    target.dispose()
        reports = [bring_back(office, copies[side], backup=False) for side in order]
        again = [bring_back(office, copies[side], backup=False) for side in order]
        for report in again:
            assert (report.added, report.updated, report.deleted) == ({}, {}, {})
            assert report.conflicts == []
        return _state(office, w), reports, seen
    finally:
        office.dispose()
        w.drop_office(office_path)


def _expected_conflicts(seen: Expected) -> set[tuple[str, str, str]]:
    expected: set[tuple[str, str, str]] = set()
    for key, by_side in seen.fields.items():
        if key[0] == "follow_ups" and uuid.UUID(key[1]) in seen.deleted:
            # A laptop's deletion of a note the office changed leaves the office's note (a
            # delete-against-change conflict, below); the other laptop's change of it then
            # meets the office's change: a conflict on the field too, when they differ.
            deleted_by = seen.deleted[uuid.UUID(key[1])]
            kept = {side: value for side, value in by_side.items() if side not in deleted_by}
            if "office" in kept and len(set(kept.values())) > 1:
                expected.add(key)
            continue
        if len(set(by_side.values())) > 1:
            expected.add(key)
    for note_id, deleted_by in seen.deleted.items():
        changed_by = seen.changed_notes.get(note_id, set())
        if changed_by - deleted_by:
            expected.add(("follow_ups", str(note_id), WHOLE))
    return expected


@example(  # found by hypothesis: deleted on a laptop, changed differently on the other two
    office_edits=[("delete_note", 0, ""), ("change_note", 3, "M"), ("check_in", 0, 86)],
    a_edits=[("delete_note", 3, "")],
    b_edits=[("check_in", 0, 0), ("change_note", 3, "N"), ("delete_note", 0, "")],
)
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    office_edits=st.lists(EDITS, max_size=8),
    a_edits=st.lists(EDITS, max_size=10),
    b_edits=st.lists(EDITS, max_size=10),
)
def test_random_edits_on_both_laptops_and_the_office_merge_in_either_order(
    world: World,
    tmp_path_factory: pytest.TempPathFactory,
    office_edits: list[tuple[str, int, Any]],
    a_edits: list[tuple[str, int, Any]],
    b_edits: list[tuple[str, int, Any]],
) -> None:
    folder = tmp_path_factory.mktemp("example")
    edits = {"office": office_edits, "a": a_edits, "b": b_edits}
    ab, ab_reports, seen = _run(world, edits, ("a", "b"), folder)
    ba, ba_reports, _seen = _run(world, edits, ("b", "a"), folder)

    expected = _expected_conflicts(seen)
    for reports in (ab_reports, ba_reports):
        reported = {c.key for r in reports for c in r.conflicts}
        assert reported == expected
        for c in (c for r in reports for c in r.conflicts):
            assert c.reason in (BOTH_CHANGED, DELETED_HERE, DELETED_THERE)

    for state in (ab, ba):
        # No check-in lost: each registration holds its earliest check-in of any side.
        for email, times in seen.check_ins.items():
            assert state["check_ins"][email] == min(times)
        # Walk-ins: one person per e-mail, checked in at the earliest of the laptops' times.
        for email, times in seen.walk_ins.items():
            assert state["emails"].count(email) == 1
            assert state["check_ins"][email] == min(times)
        assert len(state["emails"]) == len(set(state["emails"]))
        # No follow-up lost: every one written on any side is there.
        assert {str(i) for i in seen.written} <= set(state["notes"])
        # One side's change taken where nobody else changed the field.
        for (table, record, name), by_side in seen.fields.items():
            if (table, record, name) in expected or len(by_side) != 1:
                continue
            (value,) = by_side.values()
            where = {"registrations": "hotels", "people": "phones", "meetings": "statuses"}
            if table in where:
                assert state[where[table]][record] == value
            elif record in state["notes"]:
                assert state["notes"][record] == value

    # Either order, the same database apart from the conflicts' fields.
    assert _without(ab, expected) == _without(ba, expected)


# --------------------------------------------------------------------------- kill -9

KILLED_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from pimap_desktop.services.offline import merge
    from pimap_desktop.store.database import open_database

    def pause(session):
        session.flush()
        print("merged, not committed", flush=True)
        time.sleep(3600)

    merge._commit = pause
    merge.bring_back(open_database(sys.argv[1]), Path(sys.argv[2]), backup=False)
    """
)


def _dump(database: Database) -> list[tuple[str, list[tuple[str, ...]]]]:
    dump = []
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = sorted(tuple(map(str, row)) for row in conn.execute(select(table)))
            dump.append((table.name, rows))
    return dump


def test_a_bring_back_killed_half_way_leaves_the_database_as_it_was(
    office: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    copy = tmp_path / "laptop.sqlite"
    take_offline(office, "PW2027", copy)
    laptop = open_database(copy)
    with laptop.session() as s, s.begin():
        for reg in s.scalars(
            select(Registration).where(Registration.mission_id == printable.mission_id)
        ):
            reg.checked_in_at = T0
            reg.notes = "at the fair"
    laptop.dispose()
    before = _dump(office)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_CHILD, office.url, str(copy)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "merged, not committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert _dump(office) == before
    # And the copy still comes back whole afterwards.
    report = bring_back(office, copy, backup=False)
    assert report.updated.get("registrations", 0) >= 60
    with office.session() as s:
        regs = s.scalars(
            select(Registration).where(Registration.mission_id == printable.mission_id)
        ).all()
        assert all(r.checked_in_at is not None for r in regs)


@pytest.fixture
def office(printing_db_path: Path | str) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()
