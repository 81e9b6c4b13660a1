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

- ``"lns"``: a greedy first schedule and the min-cost flow bound; then, unless that bound
  already proves the first schedule's weight optimal or the time limit cannot afford it, the
  linear relaxation of the weight model (GLOP), whose dual gives a tighter bound and whose
  rounding gives a schedule; the requests scheduled seated again for compact days
  (greedy.seat_chosen); then a large-neighbourhood search with small CP-SAT models (lns.py),
  weight first and idle slots next. When a gap to the bound remains on a small model, the full
  CP-SAT weight model tries to close it from the best schedule so far; on a tiny instance the
  full idle model tries to prove the fewest idle slots. The last search runs until the time
  limit, unless it ends by itself: nothing left to gain, or the weight proven optimal and the
  idle slots no longer improving.
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

``Solution.stopped`` says why the run ended (``Stopped``): "optimal" when the weight is proven
optimal and no idle slot is left (or their fewest number proven); "no further gain" when the
search ended by itself before the time limit; "time limit"; "cancelled".
``Solution.first_good_seconds`` is when the first schedule within 1 % of the final bound was
found, from the start of the time limit.

Deterministic: the same instance, method and seed give the same schedule when the run ends by
itself before the time limit (the phases are planned on the work clock, see clock.py); when the
wall clock ends a search, or on cancel, the result depends on when that happened. Progress is
reported as ``progress(done, 1000)``, the share of the time limit used, from the calling
thread. The time limit covers every phase (with a little slack for the last steps), except that
the first greedy schedule and the flow bound are always completed: a second or two even for
3,000 people. It may have begun before the solve (``started``; see clock.py), with seconds kept
for what the caller does after it (``after``).

Cancel: when ``cancel`` is set, the search stops within a fraction of a second and the best
schedule found so far is returned (valid, with its proven bound, ``optimal`` telling whether it
is proven best). ``SchedulingCancelled`` is raised only when cancel comes before the first
complete schedule exists.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pimap_desktop.domain.errors import Cancelled, ValidationError
from pimap_desktop.services.b2b.scheduling import bounds, cpsat, greedy, lns
from pimap_desktop.services.b2b.scheduling.clock import Clock
from pimap_desktop.services.b2b.scheduling.greedy import Schedule, Stop
from pimap_desktop.services.b2b.scheduling.model import Assignment, Instance, Solution, Stopped
from pimap_desktop.services.b2b.scheduling.problem import Problem
from pimap_desktop.services.b2b.scheduling.tables import assign_tables

log = logging.getLogger(__name__)

METHODS: tuple[str, ...] = ("auto", "lns", "cpsat", "greedy")

# Work estimates on the reference machine (seconds per candidate (request, slot) pair), used to
# plan the work clock deterministically: the linear relaxation (GLOP: 177,000 pairs of the
# large rung in about 9 s), and the greedy phases.
LP_SECONDS_PER_PAIR = 5e-5
GREEDY_SECONDS_PER_PAIR = 2e-5
# The linear relaxation runs only when its estimate is at most this share of the work left: on
# the large rung from a time limit of about 30 s.
LP_SHARE = 0.6
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
    started: float | None = None,
    before: float = 0.0,
    after: float = 0.0,
) -> Solution:
    """Schedule the requests of ``instance``; see the module documentation. The time limit
    began at ``started`` (a ``time.perf_counter()`` value; default: now); ``before`` is the work
    estimated for what came before the solve, and ``after`` the seconds kept for what comes
    after it (clock.py)."""
    if method not in METHODS:
        raise ValidationError(
            f"Unknown scheduling method {method!r}; choose one of {', '.join(METHODS)}.",
            field="method",
        )
    if not time_limit > 0:
        raise ValidationError("The time limit must be a positive number of seconds.", "time_limit")
    clock = Clock(time_limit, progress, cancel, started=started, before=before, after=after)
    clock.tick()
    problem = Problem(instance)
    chosen = choose_method(problem) if method == "auto" else method
    if chosen == "greedy":
        run = _greedy(problem, seed, clock)
    elif chosen == "cpsat":
        run = _cpsat(problem, seed, clock)
    else:
        run = _lns(problem, seed, clock)
    greedy.fill(run.schedule)
    clock.found(run.schedule.weight)
    return _solution(problem, run, chosen, clock)


@dataclass(frozen=True)
class _Run:
    """What a method leaves: its best schedule, the proven bound, whether it ended by itself
    (``settled``) and whether its idle slots are proven fewest."""

    schedule: Schedule
    bound: int
    settled: bool
    idle_proven: bool = False


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
    clock.found(schedule.weight)
    return schedule


def _pairs(problem: Problem) -> int:
    return problem.pair_count()


def _greedy(problem: Problem, seed: int, clock: Clock) -> _Run:
    schedule = _first_schedule(problem, seed, clock)
    bound = bounds.flow_bound(problem)
    greedy.insert(schedule, clock.should_stop)
    clock.tick()
    greedy.compact(schedule, clock.should_stop)
    return _Run(schedule, bound, settled=not clock.ran_out)


def _cpsat(problem: Problem, seed: int, clock: Clock) -> _Run:
    clock.spend(GREEDY_SECONDS_PER_PAIR * _pairs(problem))
    start = _first_schedule(problem, seed, clock)
    bound = bounds.flow_bound(problem)
    greedy.insert(start, clock.should_stop)
    clock.found(start.weight)
    best = start
    if not clock.out_of_time() and best.weight < bound:
        phase1 = cpsat.maximise_weight(
            problem, best.slot_of, clock.work_left() / 2, seed, clock, known_bound=bound
        )
        bound = min(bound, phase1.bound)
        if phase1.slot_of is not None and phase1.objective > best.weight:
            best = Schedule(problem, phase1.slot_of)
            clock.found(best.weight)
    greedy.compact(best, clock.should_stop)
    if not clock.out_of_time() and best.idle_slots() > 0:
        found, proven = cpsat.minimise_idle(problem, best.slot_of, clock.work_left(), seed, clock)
        return _Run(Schedule(problem, found), bound, settled=proven, idle_proven=proven)
    return _Run(best, bound, settled=False)  # "optimal" when the weight reached the bound


def _lns(problem: Problem, seed: int, clock: Clock) -> _Run:
    pairs = _pairs(problem)
    clock.spend(GREEDY_SECONDS_PER_PAIR * pairs)
    first = _first_schedule(problem, seed, clock)  # what a cancel from now on returns
    bound = bounds.flow_bound(problem)
    clock.tick()
    relaxation = None
    # Not when the flow bound proves the first schedule's weight optimal already, nor when
    # the relaxation would take much of the time left.
    affordable = LP_SECONDS_PER_PAIR * pairs <= LP_SHARE * clock.work_left()
    if first.weight < bound and affordable and not clock.out_of_time():
        relaxation = bounds.linear_relaxation(problem, clock)
        clock.spend(LP_SECONDS_PER_PAIR * pairs)
    promising: list[int] = []
    best = first
    try:
        if relaxation is not None:
            bound = min(bound, relaxation.bound)
            best, promising = _round(problem, relaxation, bound, seed, clock)
        elif not clock.out_of_time():
            best, promising = _seat_again(problem, first, seed, clock, bound)
    except Stop:  # cancelled, or out of time
        best = first
    if first.weight > best.weight:
        best = first
    _insert(best, bound, clock)
    greedy.compact(best, clock.should_stop)
    clock.tick()
    clock.found(best.weight)
    lns.improve(best, seed, clock, clock.work_left() * 0.4, bound, promising)
    if best.weight < bound and pairs <= PROOF_MAX_PAIRS and not clock.out_of_time():
        proof = cpsat.maximise_weight(
            problem, best.slot_of, clock.work_left() / 2, seed, clock, known_bound=bound
        )
        bound = min(bound, proof.bound)
        if proof.slot_of is not None and proof.objective > best.weight:
            best = Schedule(problem, proof.slot_of)
            greedy.compact(best, clock.should_stop)
            clock.found(best.weight)
    if pairs <= FULL_IDLE_MAX_PAIRS and best.idle_slots() > 0 and not clock.out_of_time():
        found, proven = cpsat.minimise_idle(
            problem, best.slot_of, clock.work_left() / 2, seed, clock
        )
        best = Schedule(problem, found)
        if proven and best.weight >= bound:
            return _Run(best, bound, settled=True, idle_proven=True)
    # The last search: until the time limit, unless it ends by itself.
    outcome = lns.improve(best, seed + 1, clock, math.inf, bound, promising)
    return _Run(best, bound, settled=outcome.ending in (lns.DONE, lns.STALLED))


def _round(
    problem: Problem, relaxation: bounds.Relaxation, bound: int, seed: int, clock: Clock
) -> tuple[Schedule, list[int]]:
    """The relaxation rounded, and the same requests seated again for compact days rather than
    where the LP put them (kept when no weight is lost); and the requests it scheduled."""
    rounded = greedy.construct(problem, seed, clock.should_stop, relaxation.value, relaxation.slot)
    _insert(rounded, bound, clock)
    return _seat_again(problem, rounded, seed, clock, bound)


def _seat_again(
    problem: Problem, schedule: Schedule, seed: int, clock: Clock, bound: int
) -> tuple[Schedule, list[int]]:
    """The requests of ``schedule`` seated again for compact days (kept when no weight is
    lost); and those requests."""
    chosen = [r for r in problem.open if schedule.slot_of[r] >= 0]
    seated = greedy.seat_chosen(problem, chosen, seed, clock.should_stop)
    _insert(seated, bound, clock)
    return (seated if seated.weight >= schedule.weight else schedule), chosen


def _insert(schedule: Schedule, bound: int, clock: Clock) -> None:
    """greedy.insert, unless the weight is at its proven bound already (then no request can
    be added: on the largest instances that is seconds saved)."""
    if schedule.weight < bound:
        greedy.insert(schedule, clock.should_stop)


# -- the answer -----------------------------------------------------------------------------


def _stopped(run: _Run, objective: int, idle_slots: int, clock: Clock) -> Stopped:
    if clock.cancelled:
        return Stopped.CANCELLED
    if objective >= run.bound and (idle_slots == 0 or run.idle_proven):
        return Stopped.OPTIMAL
    return Stopped.NO_FURTHER_GAIN if run.settled else Stopped.TIME_LIMIT


def _solution(problem: Problem, run: _Run, method: str, clock: Clock) -> Solution:
    slot_of, bound = run.schedule.slot_of, run.bound
    table_of, changes = assign_tables(problem, slot_of)
    objective = problem.weight_of(slot_of)
    idle_slots = problem.idle_slots(slot_of)
    assignments = tuple(
        Assignment(request=r, slot=problem.original[s], table=table_of[r])
        for r, s in enumerate(slot_of)
        if s >= 0
    )
    solution = Solution(
        assignments=assignments,
        objective=objective,
        upper_bound=bound,
        idle_slots=idle_slots,
        table_changes=changes,
        optimal=objective >= bound,
        method=method,
        seconds=clock.elapsed(),
        unscheduled=tuple(problem.reasons(slot_of)),
        stopped=_stopped(run, objective, idle_slots, clock),
        first_good_seconds=clock.first_within(bound),
    )
    log.info(
        "scheduled %d of %d requests by %s: weight %d of at most %d, %d idle slots, "
        "%d table changes, %.1f s, stopped: %s%s",
        len(assignments) + len(problem.locked_requests),
        len(slot_of),
        method,
        objective,
        bound,
        solution.idle_slots,
        changes,
        solution.seconds,
        solution.stopped.value,
        " (cancelled)" if clock.cancelled else "",
    )
    clock.finish()
    return solution
