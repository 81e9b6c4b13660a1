"""The B2B scheduler: hard rules on random instances (checked by checker.py, written from the
rules), locked meetings, reasons, optimality on instances solved by hand or by brute force,
determinism, progress and cancel."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.services.b2b.scheduling import clock as clock_module
from pimap_desktop.services.b2b.scheduling import greedy
from pimap_desktop.services.b2b.scheduling import solver as solver_module
from pimap_desktop.services.b2b.scheduling.model import (
    Instance,
    Locked,
    Reason,
    Request,
    Slot,
    Stopped,
)
from pimap_desktop.services.b2b.scheduling.solver import METHODS, SchedulingCancelled, solve
from tests.services.scheduling.checker import check
from tests.services.scheduling.generator import Spec, generate

SEARCHING = [m for m in METHODS if m != "greedy"]  # the methods that use their time limit


def instance(
    participants: int,
    slots: int,
    tables: int,
    requests: list[tuple[int, int, int]],
    available: dict[int, set[int]] | None = None,
    locked: tuple[Locked, ...] = (),
    sessions: int = 1,
) -> Instance:
    """A hand-made instance: ``slots`` slots per session, requests as (a, b, weight)."""
    every = set(range(slots * sessions))
    available = available or {}
    return Instance(
        participants=participants,
        slots=tuple(
            Slot(index=k * slots + i, session=k, position=i)
            for k in range(sessions)
            for i in range(slots)
        ),
        tables=tuple(tables for _ in range(sessions)),
        available=tuple(frozenset(available.get(p, every)) for p in range(participants)),
        requests=tuple(Request(i, a, b, w) for i, (a, b, w) in enumerate(requests)),
        locked=locked,
    )


def reasons(solution_unscheduled: tuple[tuple[int, Reason], ...]) -> dict[int, Reason]:
    return dict(solution_unscheduled)


# -- hard rules and figures on random instances ---------------------------------------------

SPECS = [
    Spec(participants=16, requests=40, sessions=1, slots_per_session=6, tables=4, locked=3),
    Spec(participants=24, requests=70, sessions=2, slots_per_session=5, tables=5, locked=6),
    Spec(participants=30, requests=90, sessions=2, slots_per_session=4, tables=3, popular_pull=0.5),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", range(6))
def test_random_instances_obey_every_rule_and_report_true_figures(method: str, case: int) -> None:
    spec = SPECS[case % len(SPECS)]
    inst = generate(spec, seed=100 + case)
    solution = solve(inst, method=method, time_limit=0.6, seed=case)
    assert check(inst, solution) == []
    assert solution.objective <= solution.upper_bound
    assert solution.method != "auto"


def test_the_large_rung_shape_is_valid_with_the_greedy_method() -> None:
    inst = generate(Spec(400, 2_000, 2, 16, 40, locked=30), seed=7)
    solution = solve(inst, method="greedy", time_limit=10)
    assert check(inst, solution) == []
    assert solution.objective >= 0.95 * solution.upper_bound


# -- locked meetings ------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_locked_meetings_keep_their_seats_and_their_request_is_not_scheduled_again(
    method: str,
) -> None:
    locked = (
        Locked(participants=(0, 1), slot=1, table=0, request=0),
        Locked(participants=(2, 3, 4), slot=0, table=1),  # a meeting of three, no request
    )
    inst = instance(
        participants=6,
        slots=3,
        tables=2,
        requests=[(0, 1, 3), (0, 2, 2), (2, 3, 3), (4, 5, 1), (1, 5, 2), (3, 5, 2)],
        locked=locked,
    )
    solution = solve(inst, method=method, time_limit=1)
    assert check(inst, solution) == []
    assert 0 not in {a.request for a in solution.assignments}
    assert 0 not in reasons(solution.unscheduled)  # held, so neither scheduled nor unscheduled
    for a in solution.assignments:
        assert (a.slot, a.table) not in {(1, 0), (0, 1)}  # the locked meetings' tables
        people = {inst.requests[a.request].a, inst.requests[a.request].b}
        if a.slot == 1:
            assert not people & {0, 1}
        if a.slot == 0:
            assert not people & {2, 3, 4}
    assert solution.objective >= 3  # the locked request's weight counts


def test_a_locked_meeting_outside_availability_stays_where_it_was_put() -> None:
    inst = instance(
        participants=3,
        slots=2,
        tables=1,
        requests=[(0, 1, 1), (0, 2, 3)],
        available={0: {1}},
        locked=(Locked(participants=(0, 1), slot=0, table=0, request=0),),
    )
    solution = solve(inst, method="lns", time_limit=1)
    assert check(inst, solution) == []
    assert [(a.request, a.slot) for a in solution.assignments] == [(1, 1)]
    assert solution.objective == 4
    assert solution.idle_slots == 0  # slot 0 (locked) and slot 1 are next to each other


def test_locked_meetings_that_break_the_rules_are_refused() -> None:
    clash = (
        Locked(participants=(0, 1), slot=0, table=0),
        Locked(participants=(1, 2), slot=0, table=1),
    )
    with pytest.raises(ValidationError, match="two locked meetings"):
        solve(instance(3, 2, 2, [(0, 2, 1)], locked=clash), time_limit=1)
    same_table = (
        Locked(participants=(0, 1), slot=0, table=0),
        Locked(participants=(2, 3), slot=0, table=0),
    )
    with pytest.raises(ValidationError, match="share table"):
        solve(instance(4, 2, 2, [(0, 2, 1)], locked=same_table), time_limit=1)


# -- reasons --------------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_a_request_with_no_common_availability_says_so(method: str) -> None:
    inst = instance(
        participants=3,
        slots=4,
        tables=2,
        requests=[(0, 1, 3), (0, 2, 1)],
        available={0: {0, 1}, 1: {2, 3}},
    )
    solution = solve(inst, method=method, time_limit=1)
    assert check(inst, solution) == []
    assert reasons(solution.unscheduled) == {0: Reason.NO_COMMON_AVAILABILITY}


@pytest.mark.parametrize("method", METHODS)
def test_a_target_asked_by_more_people_than_it_has_slots_is_full_for_the_others(
    method: str,
) -> None:
    # Person 0 is free in two slots and asked for by five people who have nothing else.
    inst = instance(
        participants=6,
        slots=4,
        tables=5,
        requests=[(p, 0, 1 if p > 2 else 3) for p in range(1, 6)],
        available={0: {1, 2}},
    )
    solution = solve(inst, method=method, time_limit=1)
    assert check(inst, solution) == []
    assert {a.request for a in solution.assignments} == {0, 1}  # the two heavy ones
    assert reasons(solution.unscheduled) == {r: Reason.TARGET_FULL for r in (2, 3, 4)}
    assert solution.optimal


@pytest.mark.parametrize("method", METHODS)
def test_a_request_whose_common_free_slots_have_no_table_left_says_so(method: str) -> None:
    # One table; people 0-1 and 2-3 are worth more and take both slots person 4 and 5 share.
    inst = instance(
        participants=6,
        slots=2,
        tables=1,
        requests=[(0, 1, 3), (2, 3, 3), (4, 5, 1)],
    )
    solution = solve(inst, method=method, time_limit=1)
    assert check(inst, solution) == []
    assert reasons(solution.unscheduled) == {2: Reason.NO_TABLE}


# -- optimality -----------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_a_tiny_instance_solved_by_hand_is_proven_optimal(method: str) -> None:
    """4 people, 3 slots, 1 table: three meetings at most. The three heaviest requests
    (0-1: 3, 2-3: 3, 0-2: 2) fit, and person 3 is only free in the last slot, so the only
    schedule without idle slots is 0-1, then 0-2, then 2-3."""
    inst = instance(
        participants=4,
        slots=3,
        tables=1,
        requests=[(0, 1, 3), (2, 3, 3), (0, 2, 2), (1, 3, 1), (0, 3, 1)],
        available={3: {2}},
    )
    solution = solve(inst, method=method, time_limit=2)
    assert check(inst, solution) == []
    assert solution.objective == solution.upper_bound == 8
    assert solution.optimal
    if method != "greedy":
        assert sorted((a.request, a.slot) for a in solution.assignments) == [(0, 0), (1, 2), (2, 1)]
        assert solution.idle_slots == 0
    assert solution.table_changes == 0
    assert reasons(solution.unscheduled) == {3: Reason.TARGET_FULL, 4: Reason.TARGET_FULL}


def _brute_force_weight(inst: Instance) -> int:
    """The best total weight, by trying every slot (or none) for every request."""
    n_slots = len(inst.slots)
    best = 0
    options = []
    for r in inst.requests:
        common = sorted(inst.available[r.a] & inst.available[r.b])
        options.append([-1, *common])
    for choice in itertools.product(*options):
        seats: set[tuple[int, int]] = set()
        used = [0] * n_slots
        ok = True
        total = 0
        for r, s in zip(inst.requests, choice, strict=True):
            if s < 0:
                continue
            if (r.a, s) in seats or (r.b, s) in seats:
                ok = False
                break
            seats.update({(r.a, s), (r.b, s)})
            used[s] += 1
            if used[s] > inst.tables[inst.slots[s].session]:
                ok = False
                break
            total += r.weight
        if ok:
            best = max(best, total)
    return best


@pytest.mark.parametrize("case", range(8))
def test_bounds_hold_and_optimal_claims_match_brute_force(case: int) -> None:
    inst = generate(
        Spec(
            participants=6,
            requests=7,
            sessions=1,
            slots_per_session=3,
            tables=2,
            popular_pull=0.6,
            partial_share=0.5,
            mutual_share=0.3,
        ),
        seed=case,
    )
    best = _brute_force_weight(inst)
    for method in METHODS:
        solution = solve(inst, method=method, time_limit=0.5, seed=case)
        assert check(inst, solution) == []
        assert solution.objective <= best <= solution.upper_bound, method
        if method != "greedy":
            assert solution.objective == best, method
            assert solution.optimal, method


# -- determinism, progress, cancel, input ---------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_the_same_seed_gives_the_same_schedule(method: str) -> None:
    # Small enough that every search stops on its work budget (or by itself) long before the
    # wall clock, which is what makes it repeatable.
    inst = generate(Spec(16, 40, 1, 6, 4, locked=2), seed=3)
    first = solve(inst, method=method, time_limit=3, seed=11)
    second = solve(inst, method=method, time_limit=3, seed=11)
    assert first.assignments == second.assignments
    assert (first.objective, first.idle_slots, first.table_changes) == (
        second.objective,
        second.idle_slots,
        second.table_changes,
    )


def test_progress_is_reported_from_start_to_finish() -> None:
    calls: list[tuple[int, int]] = []
    inst = generate(Spec(30, 90, 1, 8, 6), seed=5)
    solve(
        inst, method="lns", time_limit=1, progress=lambda done, total: calls.append((done, total))
    )
    assert calls[-1] == (1000, 1000)
    assert len(calls) > 2
    dones = [d for d, _ in calls]
    assert dones == sorted(dones)


def _after_the_first_schedule(monkeypatch: pytest.MonkeyPatch, then: Callable[[], None]) -> None:
    """Call ``then`` the moment the greedy first schedule exists (deterministic, unlike a timer)."""
    construct = greedy.construct

    def constructed(*args: Any, **kwargs: Any) -> Any:
        schedule = construct(*args, **kwargs)
        then()
        return schedule

    monkeypatch.setattr(greedy, "construct", constructed)


@pytest.mark.parametrize("method", SEARCHING)
def test_cancel_after_the_first_schedule_gives_a_valid_one(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How soon a cancel is obeyed is measured by ``make bench`` (scheduling): here, that a
    search cancelled with 60 s left returns a complete, valid schedule."""
    inst = generate(Spec(200, 1_000, 2, 14, 40), seed=2)
    cancel = threading.Event()
    clocks: list[clock_module.Clock] = []
    work_at_cancel: list[float] = []

    def cancel_now() -> None:
        work_at_cancel.append(clocks[-1].work_used)
        cancel.set()

    _after_the_first_schedule(monkeypatch, cancel_now)

    class Recorded(clock_module.Clock):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            clocks.append(self)

    monkeypatch.setattr(solver_module, "Clock", Recorded)
    solution = solve(inst, method=method, time_limit=60, cancel=cancel)
    assert check(inst, solution) == []
    assert solution.objective > 0
    assert solution.stopped is Stopped.CANCELLED
    # The work clock counts deterministic work (model sizes, CP-SAT's deterministic time): once
    # cancelled, no search work is started (a search that ran on would add to it).
    (used,) = clocks
    assert used.work_used == work_at_cancel[0]


def test_cancel_before_the_first_schedule_raises() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SchedulingCancelled):
        solve(generate(Spec(20, 40, 1, 6, 4), seed=1), time_limit=5, cancel=cancel)


class _RunningOut:
    """The solver's wall clock (a fake at that boundary): real time until told that the time
    is up, then a moment long past any limit."""

    def __init__(self) -> None:
        self.up = False

    def perf_counter(self) -> float:
        return time.perf_counter() + (10_000.0 if self.up else 0.0)


@pytest.mark.parametrize("method", SEARCHING)
def test_the_wall_clock_stops_the_search_and_keeps_its_schedule(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wall clock is the safety net of the time limit: once it has run out, every search
    stops and the best schedule so far is returned whole (the limit itself, in seconds, is
    checked by ``make bench``)."""
    inst = generate(Spec(200, 1_000, 2, 14, 40), seed=4)
    fake = _RunningOut()
    monkeypatch.setattr(clock_module, "time", fake)

    def time_is_up() -> None:
        fake.up = True

    _after_the_first_schedule(monkeypatch, time_is_up)
    solution = solve(inst, method=method, time_limit=60)
    assert check(inst, solution) == []
    assert solution.objective > 0
    assert solution.seconds > 60  # as the fake clock says: the limit had run out
    assert solution.stopped is Stopped.TIME_LIMIT


def test_unknown_method_and_bad_input_are_refused() -> None:
    inst = instance(2, 2, 1, [(0, 1, 1)])
    with pytest.raises(ValidationError, match="method"):
        solve(inst, method="magic")
    with pytest.raises(ValidationError, match="time limit"):
        solve(inst, time_limit=0)
    with pytest.raises(ValidationError, match="repeats the pair"):
        solve(instance(2, 2, 1, [(0, 1, 1), (1, 0, 2)]), time_limit=1)
    with pytest.raises(ValidationError, match="two different"):
        solve(instance(2, 2, 1, [(1, 1, 1)]), time_limit=1)


def test_no_requests_and_no_tables_give_an_empty_schedule() -> None:
    empty = instance(3, 2, 1, [])
    solution = solve(empty, time_limit=1)
    assert solution.assignments == () and solution.objective == solution.upper_bound == 0
    no_tables = instance(2, 2, 0, [(0, 1, 2)])
    solution = solve(no_tables, time_limit=1)
    assert check(no_tables, solution) == []
    assert reasons(solution.unscheduled) == {0: Reason.NO_TABLE}
    assert solution.upper_bound == 0
