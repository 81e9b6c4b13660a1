"""Large-neighbourhood search with small CP-SAT models: more weight first, then fewer idle slots.

Each step frees a few meetings and picks a few requests not scheduled yet, keeps everything else
fixed, and lets a single-worker CP-SAT model re-place them (or leave some out) so that, first,
the weight is largest and, second, the idle slots of everyone concerned are fewest (one objective:
weight times a factor larger than any idle count, minus idle slots). A step is kept only when it
is strictly better, so the weight never goes down. Neighbourhoods:

- around a person with idle slots: their meetings in one session, then those of the people they
  meet, and so on (breadth first), with the requests of these people still left out;
- around a request left out: the meetings its two people hold at the slots they could share;
- a window of a few consecutive slots: the meetings in it.

The neighbourhood grows while steps fail and shrinks back after a success. Single worker and a
deterministic-time limit per step: the same seed gives the same steps and the same result.
Steps run one after another: solving two independent neighbourhoods at a time in two threads
(CP-SAT releases the GIL) gave 27 % more steps on the large rung but no better schedules, since
building the models in Python is half of a step; it was dropped for simplicity.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from pimap_desktop.services.b2b.scheduling.clock import Clock
from pimap_desktop.services.b2b.scheduling.cpsat import Expr, idle_vars
from pimap_desktop.services.b2b.scheduling.greedy import LOCKED, Schedule
from pimap_desktop.services.b2b.scheduling.problem import UNSCHEDULED, bits

STEP_DTIME = 0.5  # deterministic-time limit of one step
# Work of one step in seconds on the reference machine (least squares over the ladder's steps):
# a fixed part, a part per model variable (building the model in Python, CP-SAT's presolve),
# and CP-SAT's deterministic time.
SECONDS_PER_STEP = 0.0025
SECONDS_PER_VARIABLE = 1.1e-4
SECONDS_PER_DTIME = 1.4
MIN_SIZE = 10  # meetings freed by a step, at first
MAX_SIZE = 40  # ... and at most
GIVE_UP = 400  # failed steps in a row after which the search ends
# With the weight at its proven bound, the search ends when the idle slots went down by less
# than this share over the last PLATEAU_STEPS steps: they have stopped improving.
PLATEAU_STEPS = 400
PLATEAU_SHARE = 0.002
REFRESH = 20  # steps between two updates of the people with idle slots and the left-out


# How a search ended.
DONE = "done"  # nothing left to gain: no idle slot, and the weight at its goal
STALLED = "stalled"  # no further gain: steps kept failing, or the idle slots stopped improving
WORK = "work"  # its work ran out
CLOCK = "clock"  # the wall clock ran out, or cancelled


@dataclass(frozen=True)
class Outcome:
    steps: int
    improving: int
    ending: str  # DONE, STALLED, WORK or CLOCK


def improve(
    schedule: Schedule,
    seed: int,
    clock: Clock,
    work: float,
    weight_goal: int | None = None,
    promising: Sequence[int] = (),
) -> Outcome:
    """Run steps for ``work`` seconds of work (see clock.py; ``math.inf``: until the wall clock
    runs out), or until nothing is left to gain: no idle slot, and the weight at
    ``weight_goal`` (a proven bound) or no request left out; or until there is no further gain:
    ``GIVE_UP`` failed steps in a row, or, with the weight at its goal, the idle slots down by
    less than ``PLATEAU_SHARE`` over the last ``PLATEAU_STEPS`` steps. The requests left out
    that are ``promising`` (e.g. scheduled by a relaxation) are tried first."""
    rng = random.Random(seed)
    p = schedule.problem
    improving = 0
    steps = 0
    failures = 0
    used = 0.0
    idle_people: list[int] = []
    left_out: list[int] = []
    idle_history: list[int] = []  # the idle slots at each refresh since the weight is at its goal
    ending = WORK
    while True:
        if used >= work:
            break
        if clock.out_of_time():
            ending = CLOCK
            break
        clock.tick()
        if steps % REFRESH == 0:
            idle = [p.idle_of_mask(mask) for mask in schedule.busy]
            idle_people = [x for x, count in enumerate(idle) if count]
            left_out = []
            at_goal = weight_goal is not None and schedule.weight >= weight_goal
            if not at_goal:
                left_out = [r for r in promising if schedule.slot_of[r] == UNSCHEDULED]
                if not left_out:
                    left_out = [r for r in p.open if schedule.slot_of[r] == UNSCHEDULED]
            if not idle_people and not left_out:
                ending = DONE
                break
            if at_goal:
                idle_history.append(sum(idle))
                if _stopped_improving(idle_history):
                    ending = STALLED
                    break
        steps += 1
        size = min(MAX_SIZE, MIN_SIZE + failures // 10 * 4)
        freed, extra = _pick(schedule, rng, size, idle_people, left_out)
        if len(freed) + len(extra) < 2:
            used += SECONDS_PER_STEP
            continue
        move = _build(schedule, freed, extra)
        _solve(move, seed + steps, clock.wall_left())
        used += move.python_cost + move.solver_cost
        if _apply(schedule, move):
            improving += 1
            failures = 0
            clock.found(schedule.weight)
        else:
            failures += 1
            if failures > GIVE_UP:
                ending = STALLED
                break
    clock.spend(used)
    return Outcome(steps, improving, ending)


def _stopped_improving(history: Sequence[int]) -> bool:
    """The idle slots, counted every ``REFRESH`` steps, went down by less than
    ``PLATEAU_SHARE`` over the last ``PLATEAU_STEPS`` steps."""
    back = PLATEAU_STEPS // REFRESH
    if len(history) <= back:
        return False
    before, now = history[-1 - back], history[-1]
    return before - now < PLATEAU_SHARE * before


def _pick(
    schedule: Schedule,
    rng: random.Random,
    size: int,
    idle_people: list[int],
    left_out: list[int],
) -> tuple[list[int], list[int]]:
    pick = rng.random()
    if left_out and (pick < 0.4 or not idle_people):
        r = rng.choice(left_out)
        if schedule.slot_of[r] != UNSCHEDULED:
            return [], []
        return _around_request(schedule, r, size, rng)
    if pick < 0.8 and idle_people:
        return _around_person(schedule, rng.choice(idle_people), size, rng)
    return _window(schedule, rng, size)


def _meetings_in(schedule: Schedule, person: int, mask: int) -> list[int]:
    return [q for s, q in sorted(schedule.at[person].items()) if q != LOCKED and mask >> s & 1]


def _left_out_of(schedule: Schedule, people: Iterable[int], limit: int) -> list[int]:
    p = schedule.problem
    found: set[int] = set()
    for y in people:
        for r in p.of_participant[y]:
            if schedule.slot_of[r] == UNSCHEDULED:
                found.add(r)
    return sorted(found, key=lambda r: (-p.weight[r], r))[:limit]


def _grow(
    schedule: Schedule, start: list[int], mask: int, size: int, rng: random.Random
) -> tuple[list[int], list[int]]:
    """Breadth first from ``start``: the meetings (inside ``mask``) of the people reached."""
    p = schedule.problem
    freed: list[int] = []
    taken: set[int] = set()
    seen = set(start)
    frontier = list(start)
    reached: list[int] = []
    while frontier and len(freed) < size:
        y = frontier.pop(0)
        reached.append(y)
        for q in _meetings_in(schedule, y, mask):
            if q in taken or len(freed) >= size:
                continue
            taken.add(q)
            freed.append(q)
            for z in (p.a[q], p.b[q]):
                if z not in seen:
                    seen.add(z)
                    frontier.append(z)
        rng.shuffle(frontier)
    return freed, reached


def _around_person(
    schedule: Schedule, x: int, size: int, rng: random.Random
) -> tuple[list[int], list[int]]:
    p = schedule.problem
    sessions = [s for s in p.sessions if p.idle_of_mask(schedule.busy[x] & s.mask)]
    if not sessions:
        return [], []
    session = rng.choice(sessions)
    freed, reached = _grow(schedule, [x], session.mask, size, rng)
    return freed, _left_out_of(schedule, reached[:3], max(2, size // 4))


def _around_request(
    schedule: Schedule, r: int, size: int, rng: random.Random
) -> tuple[list[int], list[int]]:
    p = schedule.problem
    a, b = p.a[r], p.b[r]
    freed, reached = _grow(schedule, [a, b], p.candidates[r], size, rng)
    extra = [r, *(q for q in _left_out_of(schedule, reached[:4], max(2, size // 4)) if q != r)]
    return freed, extra


def _window(schedule: Schedule, rng: random.Random, size: int) -> tuple[list[int], list[int]]:
    p = schedule.problem
    session = p.sessions[rng.randrange(len(p.sessions))]
    if session.length == 0:
        return [], []
    width = min(session.length, rng.randint(2, 5))
    start = session.start + rng.randint(0, session.length - width)
    freed: list[int] = []
    for s in range(start, start + width):
        freed.extend(sorted(schedule.meetings[s]))
    if len(freed) > size:
        freed = sorted(rng.sample(freed, size))
    return freed, []


@dataclass
class _Move:
    """One step: the model re-placing some meetings, then CP-SAT's answer."""

    freed: list[int]
    origin: dict[int, int]
    people: set[int]
    model: cp_model.CpModel
    x: dict[tuple[int, int], cp_model.IntVar]
    before: int  # the objective of the current placement
    python_cost: float
    solver_cost: float = 0.0
    chosen: list[tuple[int, int]] = field(default_factory=list)  # (request, slot), if better


def _build(schedule: Schedule, freed: list[int], extra: list[int]) -> _Move:
    """The model re-placing ``freed`` (scheduled) and ``extra`` (left out): weight first (times
    a factor larger than any idle count), then the idle slots of everyone concerned."""
    p = schedule.problem
    origin = {q: schedule.slot_of[q] for q in freed}
    fixed_busy: dict[int, int] = {}
    for q in freed:
        for y in (p.a[q], p.b[q]):
            fixed_busy[y] = fixed_busy.get(y, schedule.busy[y]) & ~(1 << origin[q])
    for q in extra:
        for y in (p.a[q], p.b[q]):
            fixed_busy.setdefault(y, schedule.busy[y])
    affected = sorted(fixed_busy)
    idle_before = sum(p.idle_of_mask(schedule.busy[y]) for y in affected)
    weight_before = sum(p.weight[q] for q in freed)
    factor = 1 + sum(s.length for s in p.sessions) * len(affected)
    room = list(schedule.left)
    for q in freed:
        room[origin[q]] += 1
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    seat: dict[tuple[int, int], list[cp_model.IntVar]] = {}
    per_slot: dict[int, list[cp_model.IntVar]] = {}
    weight_terms: list[Expr] = []
    for q in [*freed, *extra]:
        a, b = p.a[q], p.b[q]
        options = p.candidates[q] & ~fixed_busy[a] & ~fixed_busy[b]
        literals = []
        for s in bits(options):
            if room[s] <= 0:
                continue
            var = model.new_bool_var("")
            x[q, s] = var
            literals.append(var)
            seat.setdefault((a, s), []).append(var)
            seat.setdefault((b, s), []).append(var)
            per_slot.setdefault(s, []).append(var)
            model.add_hint(var, s == origin.get(q))
            weight_terms.append(p.weight[q] * var)
        if len(literals) > 1:
            model.add_at_most_one(literals)
    for group in seat.values():
        if len(group) > 1:
            model.add_at_most_one(group)
    for s, group in per_slot.items():
        if len(group) > room[s]:
            model.add(sum(group) <= room[s])
    idle_terms: list[cp_model.IntVar] = []
    constant = 0
    for y in affected:
        for session in p.sessions:
            fixed = fixed_busy[y]
            busy: dict[int, Expr] = {}
            for s in range(session.start, session.start + session.length):
                if fixed >> s & 1:
                    busy[s] = 1
                elif (y, s) in seat:
                    group = seat[y, s]
                    busy[s] = group[0] if len(group) == 1 else cp_model.LinearExpr.sum(group)
            if all(isinstance(v, int) for v in busy.values()):
                constant += p.idle_of_mask(fixed & session.mask)
                continue
            idle_terms.extend(idle_vars(model, busy))
    model.maximize(
        factor * cp_model.LinearExpr.sum(weight_terms)
        - cp_model.LinearExpr.sum(idle_terms)
        - constant
    )
    return _Move(
        freed=freed,
        origin=origin,
        people=set(affected),
        model=model,
        x=x,
        before=factor * weight_before - idle_before,
        python_cost=SECONDS_PER_STEP + SECONDS_PER_VARIABLE * len(x),
    )


def _solve(move: _Move, seed: int, wall_left: float) -> None:
    """Solve a step's model; keep its answer when it is better."""
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = 1
    params.random_seed = seed % (2**31)
    params.max_deterministic_time = STEP_DTIME
    params.max_time_in_seconds = max(0.01, min(STEP_DTIME * 4, wall_left))
    status = solver.solve(move.model)
    move.solver_cost = SECONDS_PER_DTIME * solver.deterministic_time
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and (
        solver.objective_value > move.before + 0.5
    ):
        move.chosen = [key for key, var in move.x.items() if solver.boolean_value(var)]


def _apply(schedule: Schedule, move: _Move) -> bool:
    """Put a better answer in place; True when done. (The answer is checked against the
    schedule once more, a cheap safety net: nothing should have changed since the build.)"""
    if not move.chosen:
        return False
    for q in move.freed:
        schedule.remove(q)
    placed: list[int] = []
    for q, s in move.chosen:
        if not schedule.open_slots(q) >> s & 1:
            for done in placed:
                schedule.remove(done)
            for q0 in move.freed:
                schedule.place(q0, move.origin[q0])
            return False
        schedule.place(q, s)
        placed.append(q)
    return True
