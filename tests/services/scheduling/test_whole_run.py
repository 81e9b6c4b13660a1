"""A whole run keeps its time limit (reading the plan, the solve and writing the meetings), says
why it stopped and when it first had a good schedule, and writes the meetings in bulk with the
store's stamps, versions and audit rows.

Time is a fake clock at the scheduler's one boundary (clock.py's ``time``): no test waits for
or measures the wall clock; ``make bench`` (scheduling) measures the real command."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.models import AuditEntry, Meeting, Mission, meeting_participants
from pimap_desktop.services.b2b.scheduling import bounds, greedy, lns
from pimap_desktop.services.b2b.scheduling import clock as clock_module
from pimap_desktop.services.b2b.scheduling import instance as instance_module
from pimap_desktop.services.b2b.scheduling.clock import Clock, command_started
from pimap_desktop.services.b2b.scheduling.instance import (
    WRITE_SECONDS,
    WRITE_SECONDS_PER_MEETING,
    Plan,
    ScheduleReport,
    build_plan,
    machine_pace,
    plan_seconds,
    schedule_mission,
    write_seconds,
)
from pimap_desktop.services.b2b.scheduling.model import (
    Assignment,
    Instance,
    Request,
    Slot,
    Solution,
    Stopped,
)
from pimap_desktop.services.b2b.scheduling.problem import Problem
from pimap_desktop.services.b2b.scheduling.solver import FULL_IDLE_MAX_PAIRS, METHODS, solve
from pimap_desktop.store.audit import database_user, written_here
from pimap_desktop.store.database import Database, open_database
from tests.services.scheduling.checker import check
from tests.services.scheduling.generator import Spec, generate
from tests.services.scheduling.missions import MISSION_CODE, mission_database

# 60 people, 300 requests, 12 slots, 20 tables: a greedy schedule leaves idle slots and gaps.
SMALL_MISSION = Spec(participants=60, requests=300, sessions=1, slots_per_session=12, tables=20)


class FakeTime:
    """The scheduler's wall clock: it moves only when told (``advance``), or by ``step`` at
    every reading."""

    def __init__(self, step: float = 0.0) -> None:
        self.now = 1_000.0
        self.step = step

    def perf_counter(self) -> float:
        self.now += self.step
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(clock_module, "time", fake)
    return fake


@pytest.fixture
def small_mission(db_path: Path | str) -> Iterator[tuple[Database, uuid.UUID]]:
    mission_database(db_path, SMALL_MISSION)
    database = open_database(db_path)
    with database.session() as session:
        mission_id = session.scalars(select(Mission.id).where(Mission.code == MISSION_CODE)).one()
    yield database, mission_id
    database.dispose()


def _meetings(db: Database, mission_id: uuid.UUID) -> int:
    with db.session() as session:
        return (
            session.scalar(
                select(func.count()).select_from(Meeting).where(Meeting.mission_id == mission_id)
            )
            or 0
        )


def _slow(monkeypatch: pytest.MonkeyPatch, fake: FakeTime, name: str, seconds: float) -> None:
    """Make ``instance_module.<name>`` take ``seconds`` of the fake clock."""
    real: Callable[..., Any] = getattr(instance_module, name)

    def slow(*args: Any, **kwargs: Any) -> Any:
        fake.advance(seconds)
        return real(*args, **kwargs)

    monkeypatch.setattr(instance_module, name, slow)


# -- the clock ------------------------------------------------------------------------------


def test_the_limit_counts_from_its_start_and_keeps_time_for_what_comes_after(
    fake_time: FakeTime,
) -> None:
    began = fake_time.now - 3.0  # e.g. a command that started 3 s ago
    clock = Clock(10.0, None, None, started=began, before=1.0, after=2.0)
    assert clock.elapsed() == 3.0
    # The limit, less a little for the tables, less the 2 s kept for writing, less the 3 s gone.
    assert clock.wall_left() == pytest.approx(10.0 - 0.5 - 2.0 - 3.0)
    assert clock.work_budget == pytest.approx(0.8 * (10.0 - 1.0 - 2.0))
    fake_time.advance(4.4)
    assert not clock.out_of_time()
    fake_time.advance(0.2)
    assert clock.out_of_time() and clock.ran_out


def test_the_first_good_schedule_is_the_first_within_one_percent_of_the_final_bound(
    fake_time: FakeTime,
) -> None:
    clock = Clock(60.0, None, None)
    for seconds, weight in ((1.0, 900), (2.0, 980), (3.0, 995), (4.0, 990)):
        fake_time.now = clock.start + seconds
        clock.found(weight)
    assert clock.first_within(1000) == 3.0  # 980 is 2 % short; 995 is within 1 %
    assert clock.first_within(985) == 2.0  # 980 is within 1 % of 985
    assert clock.first_within(2000) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the process table of Linux")
def test_the_pimap_command_counts_its_limit_from_the_start_of_its_process() -> None:
    probe = (
        "import sys, time\n"
        "sys.argv[0] = {name!r}\n"
        "from pimap_desktop.services.b2b.scheduling.clock import command_started\n"
        "print(time.perf_counter() - command_started())\n"
    )

    def age(name: str) -> float:
        found = subprocess.run(
            [sys.executable, "-c", probe.format(name=name)],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        )
        return float(found.stdout)

    assert age("/usr/local/bin/pimap") > 0.01  # the interpreter's start and the imports count
    assert age("some-other-program") < 0.01  # a program calling the CLI's main: from now on


def test_a_command_run_inside_another_program_counts_its_limit_from_now() -> None:
    before = time.perf_counter()
    assert command_started() >= before  # pytest is not the command


# -- a whole run ----------------------------------------------------------------------------


def test_a_run_whose_reading_took_its_time_stops_at_the_first_schedule_and_writes_it(
    small_mission: tuple[Database, uuid.UUID],
    fake_time: FakeTime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reading the plan counts: when it used the whole limit, no search is started, and the
    first (greedy) schedule is written, valid, its report saying the time ran out."""
    db, mission_id = small_mission
    _slow(monkeypatch, fake_time, "build_plan", 10.0)

    def no_search(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a search started after the time ran out")

    monkeypatch.setattr(lns, "_solve", no_search)
    monkeypatch.setattr(bounds, "linear_relaxation", no_search)

    report = schedule_mission(db.sessions, mission_id, time_limit=8.0, seed=1)

    assert report.stopped is Stopped.TIME_LIMIT
    assert report.seconds == 10.0  # as the fake clock says: the reading, nothing else
    assert report.first_good_seconds in (None, 10.0)  # the first schedule, if within 1 %
    assert 0 < report.scheduled == _meetings(db, mission_id)
    assert _as_written(db, mission_id, report) == []


def test_a_run_keeps_the_time_its_writing_needs(
    small_mission: tuple[Database, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Time moves as the scheduler reads the clock; the writing then takes as long as the
    estimate kept for it: the run ends within its limit, having searched until then."""
    db, mission_id = small_mission
    fake = FakeTime(step=0.05)
    monkeypatch.setattr(clock_module, "time", fake)
    monkeypatch.setattr(instance_module, "machine_pace", lambda plan, read: 1.0)
    writes: list[float] = []
    real_write = instance_module._write

    def timed_write(session: Any, mission: uuid.UUID, plan: Plan, solution: Any) -> None:
        writes.append(fake.now)
        fake.advance(write_seconds(plan))
        real_write(session, mission, plan, solution)

    monkeypatch.setattr(instance_module, "_write", timed_write)
    began = fake.now

    report = schedule_mission(db.sessions, mission_id, time_limit=12.0, seed=1, started=began)

    with db.session() as session:
        kept = write_seconds(build_plan(session, mission_id))
    assert report.stopped is Stopped.TIME_LIMIT  # 60 people's idle slots take longer
    assert writes[0] <= began + 12.0 - kept  # the writing began in time
    assert report.seconds <= 12.0  # ... and the run ended in time
    assert report.seconds > 12.0 - kept - 1.0  # having used the time it had
    assert report.scheduled == _meetings(db, mission_id)
    assert _as_written(db, mission_id, report) == []


def test_the_time_kept_for_writing_follows_the_pace_of_the_machine(
    small_mission: tuple[Database, uuid.UUID],
) -> None:
    db, mission_id = small_mission
    with db.session() as session:
        plan = build_plan(session, mission_id)
    estimate = plan_seconds(plan)
    assert machine_pace(plan, estimate) == 1.0
    assert machine_pace(plan, 2 * estimate) == 2.0  # reading took twice as long: so will writing
    assert machine_pace(plan, 100 * estimate) == 3.0  # at most
    assert machine_pace(plan, 0.0) == 0.5  # at least
    assert write_seconds(plan, 2.0) == pytest.approx(2 * write_seconds(plan))
    # For as many meetings as the tables hold (240 here), not the 300 requests.
    assert write_seconds(plan) == pytest.approx(WRITE_SECONDS + WRITE_SECONDS_PER_MEETING * 12 * 20)


def _as_written(db: Database, mission_id: uuid.UUID, report: ScheduleReport) -> list[str]:
    """What the independent checker finds wrong with the meetings as written and the report's
    figures about them (an empty list: the schedule is valid and the figures true)."""
    with db.session() as session:
        plan = build_plan(session, mission_id)
        found = session.execute(
            select(
                Meeting.session_id, Meeting.starts_at, Meeting.table_id, Meeting.request_id
            ).where(Meeting.mission_id == mission_id)
        ).all()
    slot_of = {(s.session_id, s.starts_at): i for i, s in enumerate(plan.slots)}
    table_of = {t: n for ids in plan.tables for n, t in enumerate(ids)}
    request_of = {row: r for r, rows in enumerate(plan.requests) for row in rows}
    solution = Solution(
        assignments=tuple(
            Assignment(request_of[request], slot_of[(b2b, starts)], table_of[table])
            for b2b, starts, table, request in found
            if b2b is not None and table is not None and request is not None
        ),
        objective=report.objective,
        upper_bound=report.upper_bound,
        idle_slots=report.idle_slots,
        table_changes=report.table_changes,
        optimal=report.optimal,
        method=report.method,
        seconds=report.seconds,
        unscheduled=tuple(
            (request_of[u.request_ids[0]], u.reason)
            for u in report.unscheduled
            if u.reason is not None
        ),
    )
    return check(plan.instance, solution)


# -- why it stopped -------------------------------------------------------------------------


def _everyone_fits() -> Instance:
    """Four people, two requests, one slot each and tables enough: the best is plain."""
    return Instance(
        participants=4,
        slots=(Slot(0, 0, 0), Slot(1, 0, 1)),
        tables=(2,),
        available=(frozenset({0, 1}),) * 4,
        requests=(Request(0, 0, 1, 3), Request(1, 2, 3, 2)),
    )


@pytest.mark.parametrize("method", METHODS)
def test_a_schedule_proven_best_stops_as_optimal(method: str) -> None:
    solution = solve(_everyone_fits(), method=method, time_limit=30)
    assert (solution.objective, solution.upper_bound, solution.idle_slots) == (5, 5, 0)
    assert solution.stopped is Stopped.OPTIMAL
    assert solution.first_good_seconds is not None
    assert solution.first_good_seconds <= solution.seconds


def test_the_first_good_schedule_is_dated_from_the_start_of_the_limit(
    fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    construct = greedy.construct

    def two_seconds(*args: Any, **kwargs: Any) -> Any:
        fake_time.advance(2.0)
        return construct(*args, **kwargs)

    monkeypatch.setattr(greedy, "construct", two_seconds)
    solution = solve(_everyone_fits(), method="greedy", time_limit=30, started=fake_time.now - 1)
    assert solution.first_good_seconds == 3.0  # one second before the solve, two in it


def test_the_greedy_method_ends_by_itself_with_no_further_gain() -> None:
    inst = generate(SMALL_MISSION, seed=3)
    solution = solve(inst, method="greedy", time_limit=30)
    assert check(inst, solution) == []
    assert solution.idle_slots > 0
    assert solution.stopped is Stopped.NO_FURTHER_GAIN


def _idle_slots_forced(groups: int) -> Instance:
    """Two sessions of 12 slots; per group of five: A meets B only at slot 0 and C only at
    slot 2 (slot 1 idle for A, whatever the schedule), and D meets E at any slot; tables
    enough. More than solver.FULL_IDLE_MAX_PAIRS pairs, so that no full idle model proves the
    idle slots."""
    slots = tuple(Slot(12 * k + i, k, i) for k in range(2) for i in range(12))
    every = frozenset(range(24))
    available: list[frozenset[int]] = []
    requests: list[Request] = []
    for g in range(groups):
        a, b, c, d, e = (5 * g + k for k in range(5))
        available += [frozenset({0, 2}), frozenset({0}), frozenset({2}), every, every]
        requests += [Request(len(requests), a, b, 3), Request(len(requests) + 1, a, c, 2)]
        requests.append(Request(len(requests), d, e, 1))
    return Instance(
        participants=5 * groups,
        slots=slots,
        tables=(3 * groups, 3 * groups),
        available=tuple(available),
        requests=tuple(requests),
    )


def test_a_search_whose_weight_is_proven_best_ends_when_idle_slots_stop_improving(
    fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a wall clock that never runs out, the search still ends: the weight is at its
    proven bound and the idle slots have stopped going down (over 60 steps here rather than
    lns.PLATEAU_STEPS, for a quicker test)."""
    monkeypatch.setattr(lns, "PLATEAU_STEPS", 60)
    inst = _idle_slots_forced(groups=20)
    assert Problem(inst).pair_count() > FULL_IDLE_MAX_PAIRS
    solution = solve(inst, method="lns", time_limit=3_600, seed=1)
    assert check(inst, solution) == []
    assert solution.optimal and solution.idle_slots == 20  # one for each A: the fewest
    assert solution.stopped is Stopped.NO_FURTHER_GAIN


# -- writing in bulk ------------------------------------------------------------------------


def test_the_meetings_are_written_in_bulk_stamped_versioned_and_audited(
    small_mission: tuple[Database, uuid.UUID],
) -> None:
    db, mission_id = small_mission
    schedule_mission(db.sessions, mission_id, time_limit=5, seed=1, method="greedy")
    with db.session() as session:
        first = set(session.scalars(select(Meeting.id).where(Meeting.mission_id == mission_id)))
    report = schedule_mission(db.sessions, mission_id, time_limit=5, seed=2, method="greedy")

    with db.session() as session:
        plan = build_plan(session, mission_id)
        user = database_user(session.connection())
        meetings = session.scalars(select(Meeting).where(Meeting.mission_id == mission_id)).all()
        assert len(meetings) == report.scheduled > 0
        assert not first & {m.id for m in meetings}  # the first run's meetings were replaced
        people: dict[uuid.UUID, set[uuid.UUID]] = {}
        for meeting_id, registration_id in session.execute(select(meeting_participants)):
            people.setdefault(meeting_id, set()).add(registration_id)
        pairs = {
            frozenset((plan.registrations[r.a], plan.registrations[r.b])): rows
            for r, rows in zip(plan.instance.requests, plan.requests, strict=True)
        }
        for meeting in meetings:
            assert (meeting.version, meeting.updated_by) == (1, user)
            assert (meeting.status, meeting.locked, meeting.notes) == (
                MeetingStatus.SCHEDULED,
                False,
                "",
            )
            assert meeting.request_id == pairs[frozenset(people[meeting.id])][0]
            assert written_here(session, Meeting, meeting.id) == {1}
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "meetings")
        ).all()
        inserted = {e.record_id: e for e in entries if e.action == "insert"}
        deleted = {e.record_id for e in entries if e.action == "delete"}
    # Every meeting made and every one replaced has its row in the log, by whom and with what
    # the ORM would have kept of a new record.
    assert {m.id for m in meetings} | first <= set(inserted)
    assert first <= deleted
    for meeting in meetings:
        entry = inserted[meeting.id]
        assert entry.changed_by == user and entry.mission_id == mission_id
        assert set(entry.changes) == {
            "mission_id",
            "session_id",
            "table_id",
            "request_id",
            "starts_at",
            "ends_at",
            "status",
            "locked",
            "notes",
        }
        assert entry.changes["status"] == [None, "scheduled"]
        assert entry.changes["locked"] == [None, "false"]
