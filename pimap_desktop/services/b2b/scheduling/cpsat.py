"""The CP-SAT models of the "cpsat" method, in two phases (tables come afterwards, tables.py).

Phase 1 (weight): a Boolean x[r, s] for each request r and each slot s where it could go; each
request at most once, each person at most one meeting per slot, each slot at most its free
tables; maximise the total weight. Its best bound is a proven bound on the weight.

Phase 2 (idle slots): the same variables, the total weight held at phase 1's best, and per person
and session two monotone Booleans, "has a meeting at or before s" and "has a meeting at or after
s"; slot s is idle when both hold around it and the person is free at s. Minimise idle slots.

Both phases start from a hint (the greedy schedule, then phase 1's answer). The search is
deterministic for a given seed: one worker (two interleaved workers were slower on every rung
of the benchmark), stopped by a deterministic-time limit taken from the work clock; the wall
clock is only a safety net. CP-SAT runs in a background thread while the caller's thread
reports progress and relays a cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from pimap_desktop.services.b2b.scheduling.clock import Clock
from pimap_desktop.services.b2b.scheduling.problem import UNSCHEDULED, Problem, bits

Expr = cp_model.LinearExpr | int  # a Boolean, a sum of Booleans, or a constant

# CP-SAT deterministic time per second of work on the reference machine with one worker, and
# the cost of building and loading a model per variable (measured on the benchmark ladder).
DTIME_PER_SECOND = 1.0
SECONDS_PER_VARIABLE = 2e-5
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class PhaseResult:
    slot_of: list[int] | None  # None when no solution was found
    objective: int
    bound: int
    optimal: bool


class _Model:
    def __init__(self, problem: Problem, requests: Sequence[int]) -> None:
        self.problem = problem
        self.model = cp_model.CpModel()
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        per_seat: dict[tuple[int, int], list[cp_model.IntVar]] = {}
        per_slot: list[list[cp_model.IntVar]] = [[] for _ in range(problem.slot_count)]
        self.requests = list(requests)
        for r in self.requests:
            options = []
            for s in bits(problem.candidates[r]):
                var = self.model.new_bool_var(f"x{r}_{s}")
                self.x[r, s] = var
                options.append(var)
                per_seat.setdefault((problem.a[r], s), []).append(var)
                per_seat.setdefault((problem.b[r], s), []).append(var)
                per_slot[s].append(var)
            if len(options) > 1:
                self.model.add_at_most_one(options)
        self.per_seat = per_seat
        for group in per_seat.values():
            if len(group) > 1:
                self.model.add_at_most_one(group)
        for s, group in enumerate(per_slot):
            if len(group) > problem.free_tables[s]:
                self.model.add(sum(group) <= problem.free_tables[s])
        self.weight = cp_model.LinearExpr.weighted_sum(
            list(self.x.values()), [problem.weight[r] for r, _ in self.x]
        )

    def hint(self, slot_of: Sequence[int]) -> None:
        for (r, s), var in self.x.items():
            self.model.add_hint(var, slot_of[r] == s)

    def read(self, solver: cp_model.CpSolver) -> list[int]:
        solution = solver.response_proto.solution
        slot_of = [UNSCHEDULED] * len(self.problem.weight)
        for (r, s), var in self.x.items():
            if solution[var.index]:
                slot_of[r] = s
        return slot_of


def _add_idle(m: _Model) -> cp_model.LinearExpr:
    """Phase 2's objective: the idle slots of every person, as a linear expression."""
    problem = m.problem
    seats: dict[int, dict[int, list[cp_model.IntVar]]] = {}
    for (person, s), group in m.per_seat.items():
        seats.setdefault(person, {})[s] = group
    terms: list[cp_model.IntVar] = []
    for person in sorted(seats):
        mine = seats[person]
        locked = problem.locked_busy[person]
        for session in problem.sessions:
            busy: dict[int, Expr] = {}
            for s in range(session.start, session.start + session.length):
                if locked >> s & 1:
                    busy[s] = 1
                elif s in mine:
                    group = mine[s]
                    busy[s] = group[0] if len(group) == 1 else cp_model.LinearExpr.sum(group)
            terms.extend(idle_vars(m.model, busy))
    return cp_model.LinearExpr.sum(terms)


def idle_vars(model: cp_model.CpModel, busy: dict[int, Expr]) -> list[cp_model.IntVar]:
    """Idle-slot Booleans of one person in one session; ``busy`` has an entry for each slot
    where they are or may be in a meeting (1 when fixed)."""
    possible = sorted(busy)
    if len(possible) < 2:
        return []
    first, last = possible[0], possible[-1]
    before: dict[int, Expr] = {}
    after: dict[int, Expr] = {}
    for s in range(first, last + 1):  # "a meeting at or before s"
        here = busy.get(s, 0)
        if s == first:
            before[s] = here
        elif isinstance(before[s - 1], int) and before[s - 1] == 1:
            before[s] = 1
        else:
            var = model.new_bool_var("")
            if not isinstance(here, int) or here:
                model.add(var >= here)
            model.add(var >= before[s - 1])
            before[s] = var
    for s in range(last, first - 1, -1):  # "a meeting at or after s"
        here = busy.get(s, 0)
        if s == last:
            after[s] = here
        elif isinstance(after[s + 1], int) and after[s + 1] == 1:
            after[s] = 1
        else:
            var = model.new_bool_var("")
            if not isinstance(here, int) or here:
                model.add(var >= here)
            model.add(var >= after[s + 1])
            after[s] = var
    out: list[cp_model.IntVar] = []
    for s in range(first + 1, last):
        here = busy.get(s, 0)
        if isinstance(here, int) and here == 1:
            continue
        idle = model.new_bool_var("")
        model.add(idle >= before[s - 1] + after[s + 1] - here - 1)
        out.append(idle)
    return out


class _StopAt(cp_model.CpSolverSolutionCallback):
    """Stops the search at the first solution reaching ``target`` (a proven bound)."""

    def __init__(self, target: float | None) -> None:
        super().__init__()
        self.target = target

    def on_solution_callback(self) -> None:
        if self.target is not None and self.objective_value >= self.target - 1e-6:
            self.stop_search()


def _run(
    model: cp_model.CpModel,
    work: float,
    seed: int,
    clock: Clock,
    target: float | None = None,
) -> tuple[cp_model.CpSolver, int]:
    """Solve in a background thread with at most ``work`` seconds of work, stopping at a
    solution worth ``target``; the caller's thread reports progress and relays a cancel."""
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.random_seed = seed % (2**31)
    params.num_workers = 1
    build = len(model.proto.variables) * SECONDS_PER_VARIABLE  # already spent, in fact
    params.max_deterministic_time = max(0.01, (work - build) * DTIME_PER_SECOND)
    params.max_time_in_seconds = max(0.01, clock.wall_left())
    outcome: dict[str, int] = {}
    failure: list[BaseException] = []

    def work_thread() -> None:
        try:
            outcome["status"] = int(solver.solve(model, _StopAt(target)))
        except BaseException as error:  # re-raised in the caller's thread
            failure.append(error)

    thread = threading.Thread(target=work_thread, name="cp-sat", daemon=True)
    thread.start()
    stopping = False
    while thread.is_alive():
        thread.join(POLL_SECONDS)
        clock.tick()
        if not stopping and clock.out_of_time():
            solver.stop_search()
            stopping = True
    if failure:
        raise failure[0]
    clock.spend(solver.deterministic_time / DTIME_PER_SECOND + build)
    return solver, outcome["status"]


def maximise_weight(
    problem: Problem,
    hint: Sequence[int] | None,
    work: float,
    seed: int,
    clock: Clock,
    known_bound: int | None = None,
) -> PhaseResult:
    """Phase 1. The search stops as soon as a schedule reaches ``known_bound`` (a proven bound
    on the total weight). The bound is not added to the model as a constraint: that slows
    CP-SAT's presolve down a lot."""
    m = _Model(problem, problem.open)
    m.model.maximize(m.weight)
    if hint is not None:
        m.hint(hint)
    target = None if known_bound is None else known_bound - problem.fixed_weight
    solver, status = _run(m.model, work, seed, clock, target)
    bound = _bound(problem, solver, status)
    if known_bound is not None:
        bound = min(bound, known_bound)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return PhaseResult(None, 0, bound, False)
    slot_of = m.read(solver)
    objective = problem.weight_of(slot_of)
    return PhaseResult(slot_of, objective, bound, objective >= bound)


def _bound(problem: Problem, solver: cp_model.CpSolver, status: int) -> int:
    """CP-SAT's best bound, trusted only with a solution (a search stopped during presolve
    reports a meaningless one)."""
    everything = problem.fixed_weight + sum(problem.weight[r] for r in problem.open)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return everything
    bound = solver.best_objective_bound
    if bound != bound or bound == float("inf"):  # nothing learnt
        return everything
    return min(everything, problem.fixed_weight + int(bound + 1e-6))


def minimise_idle(
    problem: Problem, start: Sequence[int], work: float, seed: int, clock: Clock
) -> tuple[list[int], bool]:
    """Phase 2 from the schedule ``start``; keeps at least its weight. Returns the schedule
    (``start`` itself when nothing better was found) and whether it is proven idle-optimal."""
    weight = problem.weight_of(start) - problem.fixed_weight
    m = _Model(problem, problem.open)
    m.model.add(m.weight >= weight)
    idle = _add_idle(m)
    m.model.minimize(idle)
    m.hint(start)
    solver, status = _run(m.model, work, seed, clock)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return list(start), False
    found = m.read(solver)
    if problem.weight_of(found) < problem.weight_of(start) or problem.idle_slots(
        found
    ) > problem.idle_slots(start):
        return list(start), False
    return found, status == cp_model.OPTIMAL
