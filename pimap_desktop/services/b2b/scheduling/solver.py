"""The B2B scheduler: ``solve(instance) -> Solution``.

Hard rules: a request is scheduled at most once, in a slot where both its people are available,
at a table of that slot's session; nobody is in two meetings in one slot and a table holds one
meeting per slot (locked meetings included); locked meetings never move, and a request a locked
meeting fulfils is not scheduled again (its weight counts). Objective, in order: the total weight
of scheduled requests (locked ones included), then the idle slots (per person and session, the
free slots between their first and last meeting), then the table changes (per person, two
meetings in a row in a session at different tables). Idle slots and table changes count every
meeting a person has, locked ones included.

Methods (``METHODS``; ``"auto"`` picks the one that won on the benchmark ladder, see
benchmarks/bench_scheduling.py):

- ``"lns"``: the linear relaxation of the weight model (GLOP), whose dual gives the upper bound
  and whose rounding gives a first schedule; the same requests seated again for compact days
  (greedy.seat_chosen); then a large-neighbourhood search with small CP-SAT models (lns.py),
  weight first and idle slots next. When a gap to the bound remains on a small model, the full
  CP-SAT weight model tries to close it from the best schedule so far; on a tiny instance the
  full idle model tries to prove the fewest idle slots.
- ``"cpsat"``: the decomposition done by CP-SAT alone (cpsat.py): phase 1 maximises the weight
  from a greedy hint (its best bound is the upper bound), phase 2 minimises idle slots with
  phase 1's weight held.
- ``"greedy"``: the constructive heuristic with its local search (greedy.py), and a min-cost
  flow bound (bounds.py). Fast; it does not use the whole time limit.

Every method ends by adding any left-out request that still fits as things stand, then seats
the tables (tables.py): tables are interchangeable inside a session, so this is exact for the
hard rules and only a heuristic for the table changes. ``upper_bound`` is the smallest of the
proven bounds the method computed (min-cost flow, LP dual, CP-SAT's best bound); ``optimal``
means the weight reaches it (idle slots and table changes are not claimed optimal).

``Solution.unscheduled`` lists every request that is neither in ``assignments`` nor held by a
locked meeting, once, with its reason (``Reason.LOCKED`` is never used): NO_COMMON_AVAILABILITY when the two share no available slot; REQUESTER_FULL /
TARGET_FULL when every common slot is taken by a meeting of that person (locked ones count),
BOTH_FULL when of both, or when each common slot is taken by one or the other; NO_TABLE when
every common slot where both are free has all its tables taken; otherwise LOWER_VALUE (which
the final filling makes rare).

Deterministic: the same instance, method and seed give the same schedule, as long as the time
limit leaves the planned work room (see clock.py); when the wall clock cuts a search, or on
cancel, the result depends on when that happened. Progress is reported as
``progress(done, 1000)``, the share of the time limit used, from the calling thread. The time
limit covers every phase (with a little slack for the last steps), except that the first
greedy schedule is always completed: a fraction of a second even for 1,500 people.

Cancel: when ``cancel`` is set, the search stops within a fraction of a second and the best
schedule found so far is returned (valid, with its proven bound, ``optimal`` telling whether it
is proven best). ``SchedulingCancelled`` is raised only when cancel comes before the first
complete schedule exists.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from pimap_desktop.domain.errors import Cancelled, ValidationError
from pimap_desktop.services.b2b.scheduling import bounds, cpsat, greedy, lns
from pimap_desktop.services.b2b.scheduling.clock import Clock
from pimap_desktop.services.b2b.scheduling.greedy import Schedule, Stop
from pimap_desktop.services.b2b.scheduling.model import Assignment, Instance, Solution
from pimap_desktop.services.b2b.scheduling.problem import Problem
from pimap_desktop.services.b2b.scheduling.tables import assign_tables

log = logging.getLogger(__name__)

METHODS: tuple[str, ...] = ("auto", "lns", "cpsat", "greedy")

# Work estimates on the reference machine (seconds per candidate (request, slot) pair), used to
# plan the work clock deterministically: the linear relaxation, and the greedy phases.
LP_SECONDS_PER_PAIR = 2.5e-5
GREEDY_SECONDS_PER_PAIR = 2e-5
# The full CP-SAT weight model is worth trying to close a gap only when it is small; the full
# idle model (phase 2 of "cpsat") beats the neighbourhoods only on tiny instances.
PROOF_MAX_PAIRS = 40_000
FULL_IDLE_MAX_PAIRS = 500


class SchedulingCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__("The scheduling was cancelled before a first schedule was found.")


def solve(
    instance: Instance,
    *,
    method: str = "auto",
    time_limit: float = 30.0,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Solution:
    """Schedule the requests of ``instance``; see the module documentation."""
    if method not in METHODS:
        raise ValidationError(
            f"Unknown scheduling method {method!r}; choose one of {', '.join(METHODS)}.",
            field="method",
        )
    if not time_limit > 0:
        raise ValidationError("The time limit must be a positive number of seconds.", "time_limit")
    clock = Clock(time_limit, progress, cancel)
    clock.tick()
    problem = Problem(instance)
    chosen = choose_method(problem) if method == "auto" else method
    if chosen == "greedy":
        schedule, bound = _greedy(problem, seed, clock)
    elif chosen == "cpsat":
        schedule, bound = _cpsat(problem, seed, clock)
    else:
        schedule, bound = _lns(problem, seed, clock)
    greedy.fill(schedule)
    return _solution(problem, schedule.slot_of, bound, chosen, clock)


def choose_method(problem: Problem) -> str:
    """What ``"auto"`` runs: the method that won on every rung of the benchmark ladder
    (benchmarks/bench_scheduling.py, 2 cores): "lns" proved the weight optimal on all three
    rungs (small in 0.6 s, medium in 0.3 s, large in 15 s) with the fewest idle slots, where
    "cpsat" stayed at the greedy start on medium and large and "greedy" at 97.4-99.9 % of its
    bound. On tiny instances "lns" runs CP-SAT's full idle model itself."""
    del problem  # the same choice for every size, as measured
    return "lns"


# -- the methods ----------------------------------------------------------------------------


def _first_schedule(
    problem: Problem,
    seed: int,
    clock: Clock,
    guide: Sequence[float] | None = None,
    guide_slot: Sequence[int] | None = None,
) -> Schedule:
    """The greedy schedule: always completed, unless cancelled (then SchedulingCancelled)."""
    try:
        schedule = greedy.construct(
            problem, seed, lambda: clock.cancelled, guide=guide, guide_slot=guide_slot
        )
    except Stop:
        raise SchedulingCancelled() from None
    clock.tick()
    return schedule


def _pairs(problem: Problem) -> int:
    return sum(problem.candidates[r].bit_count() for r in problem.open)


def _greedy(problem: Problem, seed: int, clock: Clock) -> tuple[Schedule, int]:
    schedule = _first_schedule(problem, seed, clock)
    bound = bounds.flow_bound(problem)
    greedy.insert(schedule, clock.should_stop)
    clock.tick()
    greedy.compact(schedule, clock.should_stop)
    return schedule, bound


def _cpsat(problem: Problem, seed: int, clock: Clock) -> tuple[Schedule, int]:
    clock.spend(GREEDY_SECONDS_PER_PAIR * _pairs(problem))
    start = _first_schedule(problem, seed, clock)
    bound = bounds.flow_bound(problem)
    greedy.insert(start, clock.should_stop)
    best = start
    if not clock.out_of_time() and best.weight < bound:
        phase1 = cpsat.maximise_weight(
            problem, best.slot_of, clock.work_left() / 2, seed, clock, known_bound=bound
        )
        bound = min(bound, phase1.bound)
        if phase1.slot_of is not None and phase1.objective > best.weight:
            best = Schedule(problem, phase1.slot_of)
    greedy.compact(best, clock.should_stop)
    if not clock.out_of_time() and best.idle_slots() > 0:
        found, _ = cpsat.minimise_idle(problem, best.slot_of, clock.work_left(), seed, clock)
        return Schedule(problem, found), bound
    return best, bound


def _lns(problem: Problem, seed: int, clock: Clock) -> tuple[Schedule, int]:
    pairs = _pairs(problem)
    clock.spend(GREEDY_SECONDS_PER_PAIR * pairs)
    first = _first_schedule(problem, seed, clock)  # what a cancel from now on returns
    bound = bounds.flow_bound(problem)
    relaxation = None
    if not clock.out_of_time():
        relaxation = bounds.linear_relaxation(problem, clock)
        clock.spend(LP_SECONDS_PER_PAIR * pairs)
    promising: list[int] = []
    best = first
    if relaxation is not None:
        bound = min(bound, relaxation.bound)
        try:
            best, promising = _round(problem, relaxation, seed, clock)
        except Stop:  # cancelled
            best = first
        if first.weight > best.weight:
            best = first
    greedy.insert(best, clock.should_stop)
    greedy.compact(best, clock.should_stop)
    clock.tick()
    lns.improve(best, seed, clock, clock.work_left() * 0.4, bound, promising)
    if best.weight < bound and pairs <= PROOF_MAX_PAIRS and not clock.out_of_time():
        proof = cpsat.maximise_weight(
            problem, best.slot_of, clock.work_left() / 2, seed, clock, known_bound=bound
        )
        bound = min(bound, proof.bound)
        if proof.slot_of is not None and proof.objective > best.weight:
            best = Schedule(problem, proof.slot_of)
            greedy.compact(best, clock.should_stop)
    if pairs <= FULL_IDLE_MAX_PAIRS and best.idle_slots() > 0 and not clock.out_of_time():
        found, proven = cpsat.minimise_idle(
            problem, best.slot_of, clock.work_left() / 2, seed, clock
        )
        best = Schedule(problem, found)
        if proven and best.weight >= bound:
            return best, bound
    lns.improve(best, seed + 1, clock, clock.work_left(), bound, promising)
    return best, bound


def _round(
    problem: Problem, relaxation: bounds.Relaxation, seed: int, clock: Clock
) -> tuple[Schedule, list[int]]:
    """The relaxation rounded, and the same requests seated again for compact days rather than
    where the LP put them (kept when no weight is lost); and the requests it scheduled."""
    rounded = greedy.construct(
        problem, seed, lambda: clock.cancelled, relaxation.value, relaxation.slot
    )
    greedy.insert(rounded, clock.should_stop)
    chosen = [r for r in problem.open if rounded.slot_of[r] >= 0]
    seated = greedy.seat_chosen(problem, chosen, seed, lambda: clock.cancelled)
    greedy.insert(seated, clock.should_stop)
    return (seated if seated.weight >= rounded.weight else rounded), chosen


# -- the answer -----------------------------------------------------------------------------


def _solution(
    problem: Problem, slot_of: Sequence[int], bound: int, method: str, clock: Clock
) -> Solution:
    table_of, changes = assign_tables(problem, slot_of)
    objective = problem.weight_of(slot_of)
    assignments = tuple(
        Assignment(request=r, slot=problem.original[s], table=table_of[r])
        for r, s in enumerate(slot_of)
        if s >= 0
    )
    solution = Solution(
        assignments=assignments,
        objective=objective,
        upper_bound=bound,
        idle_slots=problem.idle_slots(slot_of),
        table_changes=changes,
        optimal=objective >= bound,
        method=method,
        seconds=clock.elapsed(),
        unscheduled=tuple(problem.reasons(slot_of)),
    )
    log.info(
        "scheduled %d of %d requests by %s: weight %d of at most %d, %d idle slots, "
        "%d table changes, %.1f s%s",
        len(assignments) + len(problem.locked_requests),
        len(slot_of),
        method,
        objective,
        bound,
        solution.idle_slots,
        changes,
        solution.seconds,
        " (cancelled)" if clock.cancelled else "",
    )
    clock.finish()
    return solution
