"""The undo steps over the services' tokens, on a real database file: each step is pushed
after its action (the push does not do it again), then undone, redone and undone, and the
page is told what to show each time. A step whose records changed since leaves the stack
with the reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import (
    MeetingStatus,
    ProgrammeItemKind,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.models import B2BSession, Meeting, MeetingRequest, Registration
from pimap_desktop.gui import undo as undo_module
from pimap_desktop.gui.b2b import commands as b2b_steps
from pimap_desktop.gui.missions.commands import item_deleted, item_edited
from pimap_desktop.gui.onsite.commands import meetings_marked
from pimap_desktop.gui.registrations import commands as registration_steps
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b import sessions as sessions_svc
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.missions.missions import ProgrammeItemData, create_mission
from pimap_desktop.services.onsite import onsite
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.store.database import Database
from tests.factories import add_person, mission_data


@dataclass(frozen=True)
class World:
    mission: uuid.UUID
    session: uuid.UUID
    first: uuid.UUID  # a meeting of a and b
    second: uuid.UUID  # a meeting of a and c
    request: uuid.UUID  # c asked to meet d
    people: tuple[uuid.UUID, ...]  # the registrations of a, b, c, d


@pytest.fixture
def world(db: Database) -> World:
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        persons = [add_person(session, n.upper(), "Test", f"{n}@x.example") for n in "abcd"]
        people = regs.register_people(session, mission_id, [p.id for p in persons]).registered
        session_id = b2b.add_session(
            session,
            mission_id,
            b2b.SessionData(date(2027, 1, 27), time(13, 30), time(15, 0), 20, 5, 2),
        )
        table = b2b.list_sessions(session, mission_id)[0].tables[0][0]
        first = b2b.create_meeting(
            session, mission_id, b2b.MeetingPlace(session_id, 0, table), people[:2], locked=False
        )
        second = b2b.create_meeting(
            session,
            mission_id,
            b2b.MeetingPlace(session_id, 1, table),
            [people[0], people[2]],
            locked=False,
        )
        request = b2b.set_request(session, mission_id, people[2], people[3], 1)
    return World(mission_id, session_id, first, second, request, tuple(people))


@pytest.fixture(autouse=True)
def reported(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The errors the steps report, instead of a message box that would wait for a click."""
    found: list[tuple[str, str]] = []
    monkeypatch.setattr(
        undo_module,
        "report_error",
        lambda _parent, exc, action="": found.append((action, str(exc))),
    )
    return found


class Page:
    """What a page is told after each step: the mission and the record to select."""

    def __init__(self, mission_id: uuid.UUID) -> None:
        self.mission_id = mission_id
        self.selected: list[uuid.UUID | None] = []

    def changed(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None:
        assert mission_id == self.mission_id
        self.selected.append(select)


def back_and_forth(
    qtbot: QtBot, step: QUndoCommand, state: Callable[[], object], done: object, before: object
) -> None:
    """Push the step of an action already done; undo, redo, undo, checking the state."""
    stack = QUndoStack()
    stack.push(step)
    assert state() == done  # the push did not do it again
    stack.undo()
    assert state() == before
    stack.redo()
    assert state() == done
    stack.undo()
    assert state() == before
    assert stack.count() == 1  # the step stayed: nothing was refused


def statuses(db: Database, ids: tuple[uuid.UUID, ...]) -> list[RegistrationStatus]:
    with db.session() as session:
        return [regs.registration_data(session, i).status for i in ids]


def test_a_pushed_step_is_not_done_again_and_shows_nothing_until_undone(
    qtbot: QtBot, db: Database, world: World
) -> None:
    with db.session() as session:
        deleted = [b2b.delete_request(session, world.request)]
    page = Page(world.mission)
    step = b2b_steps.requests_removed(db, world.mission, deleted, page.changed)
    stack = QUndoStack()

    stack.push(step)  # doing it again would refuse: the request is gone already

    assert stack.count() == 1 and page.selected == []
    assert step.text() == "Remove a meeting request"


def test_status_change_round_trip(qtbot: QtBot, db: Database, world: World) -> None:
    ids = world.people[:2]
    with db.session() as session:
        regs.set_status(session, ids[:1], RegistrationStatus.WAITLISTED)
        before = regs.set_status(session, ids, RegistrationStatus.CANCELLED)
    page = Page(world.mission)
    step = registration_steps.statuses_set(
        db, world.mission, RegistrationStatus.CANCELLED, before, page.changed
    )

    assert step.text() == "Set 2 to cancelled"
    back_and_forth(
        qtbot,
        step,
        lambda: statuses(db, ids),
        [RegistrationStatus.CANCELLED] * 2,
        [RegistrationStatus.WAITLISTED, RegistrationStatus.REGISTERED],
    )
    assert page.selected == [None, None, None]


def test_removal_round_trip_brings_back_the_meetings_and_requests(
    qtbot: QtBot, db: Database, world: World
) -> None:
    removed_ids = world.people[2:3]  # c: in the second meeting, and asked to meet d

    def state() -> tuple[int, int, int]:
        with db.session() as session:
            return (
                len(session.scalars(select(Registration.id)).all()),
                len(b2b.list_meetings(session, world.mission)[1].participants),
                len(session.scalars(select(MeetingRequest.id)).all()),
            )

    with db.session() as session:
        removed = regs.remove_registrations(session, removed_ids)
    step = registration_steps.registrations_removed(
        db, world.mission, removed_ids, removed, Page(world.mission).changed
    )

    assert step.text() == "Remove 1 from the mission"
    back_and_forth(qtbot, step, state, (3, 1, 0), (4, 2, 1))


def test_delegations_round_trip(qtbot: QtBot, db: Database, world: World) -> None:
    def delegations() -> list[str]:
        with db.session() as session:
            return sorted(r.delegation for r in regs.list_registrations(session, world.mission))

    with db.session() as session:
        formed = regs.form_delegations(session, world.mission, "country")
    step = registration_steps.delegations_formed(
        db, world.mission, formed, "country", Page(world.mission).changed
    )

    assert step.text() == "Form delegations by country"
    back_and_forth(qtbot, step, delegations, ["No country"] * 4, [""] * 4)


def test_locks_and_marked_meetings_round_trip(qtbot: QtBot, db: Database, world: World) -> None:
    def meeting(meeting_id: uuid.UUID) -> tuple[bool, MeetingStatus]:
        with db.session() as session:
            found = session.get(Meeting, meeting_id)
            assert found is not None
            return found.locked, found.status

    with db.session() as session:
        locks = b2b.set_locked(session, [world.first], True)
    lock = b2b_steps.locks_set(db, world.mission, locks, True, Page(world.mission).changed)
    assert lock.text() == "Lock meetings"
    back_and_forth(
        qtbot,
        lock,
        lambda: meeting(world.first),
        (True, MeetingStatus.SCHEDULED),
        (False, MeetingStatus.SCHEDULED),
    )

    with db.session() as session:
        marks = onsite.set_meeting_status(session, [world.second], MeetingStatus.HELD)
    page = Page(world.mission)
    mark = meetings_marked(db, world.mission, MeetingStatus.HELD, marks, page.changed)
    assert mark.text() == "Mark a meeting held"
    back_and_forth(
        qtbot,
        mark,
        lambda: meeting(world.second),
        (False, MeetingStatus.HELD),
        (False, MeetingStatus.SCHEDULED),
    )
    assert page.selected == [world.second] * 3


def test_replaced_meetings_come_back_with_their_ids(
    qtbot: QtBot, db: Database, world: World
) -> None:
    def meetings() -> set[uuid.UUID]:
        with db.session() as session:
            return {m.id for m in b2b.list_meetings(session, world.mission)}

    with db.session() as session:
        before = b2b.snapshot_meetings(session, world.mission)
        b2b.delete_meeting(session, world.first)
        after = b2b.snapshot_meetings(session, world.mission)
    step = b2b_steps.meetings_replaced(
        db, world.mission, before, after, Page(world.mission).changed, "Remove a meeting"
    )

    back_and_forth(qtbot, step, meetings, {world.second}, {world.first, world.second})


def test_request_steps_round_trip(qtbot: QtBot, db: Database, world: World) -> None:
    def requests() -> dict[uuid.UUID, tuple[int, RequestStatus]]:
        with db.session() as session:
            return {r.id: (r.priority, r.status) for r in b2b.list_requests(session, world.mission)}

    changed = Page(world.mission).changed
    pending = {world.request: (1, RequestStatus.PENDING)}
    with db.session() as session:
        answered = b2b.update_request(session, world.request, status=RequestStatus.ACCEPTED)
    step = b2b_steps.request_changed(
        db, world.mission, world.request, answered, (1, RequestStatus.ACCEPTED), changed
    )
    assert step.text() == "Change a meeting request"
    back_and_forth(qtbot, step, requests, {world.request: (1, RequestStatus.ACCEPTED)}, pending)

    with db.session() as session:
        b2b.update_request(session, world.request, priority=3)
    step = b2b_steps.priorities_set(db, world.mission, {world.request: 1}, 3, changed)
    assert step.text() == "Set priority 3"
    back_and_forth(qtbot, step, requests, {world.request: (3, RequestStatus.PENDING)}, pending)

    with db.session() as session:
        new = b2b.set_request(session, world.mission, world.people[3], world.people[1], 2)
    step = b2b_steps.request_added(
        db, world.mission, new, world.people[3], world.people[1], 2, changed
    )
    back_and_forth(qtbot, step, requests, {**pending, new: (2, RequestStatus.PENDING)}, pending)


def test_availability_round_trip(qtbot: QtBot, db: Database, world: World) -> None:
    window = (datetime(2027, 1, 27, 21, 30, tzinfo=UTC), datetime(2027, 1, 27, 22, 30, tzinfo=UTC))

    def windows() -> list[b2b.Window]:
        with db.session() as session:
            return b2b.availability_windows(session, world.mission).get(world.people[0], [])

    with db.session() as session:
        before = b2b.set_availability(session, world.people[0], [window])
    step = b2b_steps.availability_set(
        db, world.mission, world.people[0], "A Test", before, [window], Page(world.mission).changed
    )

    assert step.text() == "Change the availability of A Test"
    back_and_forth(qtbot, step, windows, [window], [])


def test_deleted_session_round_trip(qtbot: QtBot, db: Database, world: World) -> None:
    def sessions_and_meetings() -> tuple[int, int]:
        with db.session() as session:
            return (
                len(session.scalars(select(B2BSession.id)).all()),
                len(b2b.list_meetings(session, world.mission)),
            )

    with db.session() as session:
        change = sessions_svc.delete_session(
            session, world.session, expected_removed=[world.first, world.second]
        )
    step = b2b_steps.session_changed(db, world.mission, change, Page(world.mission).changed)

    assert step.text() == f"Delete the B2B session “{change.name}”"
    back_and_forth(qtbot, step, sessions_and_meetings, (0, 0), (1, 2))


def test_programme_item_edit_and_delete_round_trip_with_the_item_selected(
    qtbot: QtBot, db: Database, world: World
) -> None:
    first = ProgrammeItemData(
        kind=ProgrammeItemKind.BRIEFING,
        title="Briefing",
        starts_local=datetime(2027, 1, 25, 8, 0),
        ends_local=datetime(2027, 1, 25, 9, 0),
    )
    later = ProgrammeItemData(**{**first.__dict__, "title": "Briefing at the booth"})
    with db.session() as session:
        item_id = missions_svc.create_programme_item(session, world.mission, first)
        missions_svc.update_programme_item(session, item_id, later)

    def title() -> str | None:
        with db.session() as session:
            rows = missions_svc.list_programme(session, world.mission)
            return next((r.title for r in rows if r.id == item_id), None)

    page = Page(world.mission)
    edit = item_edited(db, world.mission, item_id, first, later, page.changed)
    assert edit.text() == "Edit “Briefing at the booth”"
    back_and_forth(qtbot, edit, title, "Briefing at the booth", "Briefing")
    assert page.selected == [item_id] * 3

    with db.session() as session:
        removed = missions_svc.delete_programme_item(session, item_id)
    page = Page(world.mission)
    delete = item_deleted(db, world.mission, item_id, removed, page.changed)
    assert delete.text() == "Delete “Briefing”"
    back_and_forth(qtbot, delete, title, None, "Briefing")
    assert page.selected == [item_id, None, item_id]  # undone: the item is back, selected


def test_a_step_whose_records_went_leaves_the_stack_with_the_reason(
    qtbot: QtBot, db: Database, world: World, reported: list[tuple[str, str]]
) -> None:
    with db.session() as session:
        before = regs.set_status(session, world.people[:1], RegistrationStatus.CONFIRMED)
    page = Page(world.mission)
    stack = QUndoStack()
    stack.push(
        registration_steps.statuses_set(
            db, world.mission, RegistrationStatus.CONFIRMED, before, page.changed
        )
    )
    with db.session() as session:  # elsewhere: the person is taken out of the mission
        regs.remove_registrations(session, world.people[:1])

    stack.undo()

    assert reported == [
        ("undo “Set 1 to confirmed”", "Some of those registrations no longer exist.")
    ]
    assert stack.count() == 0
    assert page.selected == [None]  # the page shows the data as it is
