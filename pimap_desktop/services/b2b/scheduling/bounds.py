"""Proven upper bounds on the total weight a schedule can reach.

The flow bound relaxes the problem into a min-cost flow, which is solved exactly and fast. Each
request is charged to only one of its two people (the one more in demand): a request goes from
the source, through (that person, a possible slot), to the slot, to the sink; a person takes at
most one meeting per slot, a slot at most its free tables. Every real schedule is such a flow
(the other person's limit is simply dropped), so the best flow weight is a valid bound, whichever
person each request is charged to. It is tight when tables and popular people are what limits
the schedule, which is the usual case.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from ortools.graph.python import min_cost_flow

from pimap_desktop.services.b2b.scheduling.clock import Clock
from pimap_desktop.services.b2b.scheduling.problem import Problem

if TYPE_CHECKING:
    from ortools.linear_solver.python.model_builder_helper import (
        ModelBuilderHelper,
        ModelSolverHelper,
    )

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

POLL_SECONDS = 0.05


def trivial_bound(problem: Problem) -> int:
    """Every request that could be scheduled at all, scheduled."""
    return problem.fixed_weight + sum(problem.weight[r] for r in problem.open)


def flow_bound(problem: Problem) -> int:
    if not problem.open:
        return problem.fixed_weight
    requests, slots = problem.pairs()
    people = problem.participants
    capacity = np.array(
        [(problem.free[x] & problem.table_mask).bit_count() for x in range(people)],
        dtype=np.float64,
    )
    demand = np.array([len(problem.of_participant[x]) for x in range(people)], dtype=np.float64)
    load = np.zeros(people, dtype=np.float64)
    np.divide(demand, capacity, out=load, where=capacity > 0)
    open_requests = np.asarray(problem.open, dtype=np.int64)
    a = np.asarray(problem.a, dtype=np.int64)[open_requests]
    b = np.asarray(problem.b, dtype=np.int64)[open_requests]
    charged = np.where(load[a] > load[b], a, b)  # per open request: the person more in demand
    count = open_requests.size
    source, sink = 0, 1
    first_request = 2
    first_slot = first_request + count
    first_seat = first_slot + problem.slot_count
    k = np.searchsorted(open_requests, requests)  # each pair's request node
    seats, seat_of_pair = np.unique(
        charged[k] * problem.slot_count + slots, return_inverse=True
    )  # the (person, slot) seats, as person * slot_count + slot
    free = np.asarray(problem.free_tables, dtype=np.int64)
    with_tables = np.flatnonzero(free > 0)
    weights = np.asarray(problem.weight, dtype=np.int64)[open_requests]
    arange = np.arange
    tails = np.concatenate(
        [
            [source],
            np.full(count, source),  # a request taken
            first_request + k,  # ... to a seat of the person it is charged to
            first_seat + arange(seats.size),  # a seat to its slot
            first_slot + with_tables,  # a slot to the sink, up to its free tables
        ]
    )
    heads = np.concatenate(
        [
            [sink],  # requests left out
            first_request + arange(count),
            first_seat + seat_of_pair,
            first_slot + seats % problem.slot_count,
            np.full(with_tables.size, sink),
        ]
    )
    caps = np.concatenate(
        [[count], np.ones(count + k.size + seats.size, dtype=np.int64), free[with_tables]]
    )
    costs = np.concatenate(
        [[0], -weights, np.zeros(k.size + seats.size + with_tables.size, dtype=np.int64)]
    )
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), caps.astype(np.int64), costs
    )
    flow.set_node_supply(source, count)
    flow.set_node_supply(sink, -count)
    status = flow.solve()
    if status != flow.OPTIMAL:  # cannot happen (the bypass arc carries everything)
        return trivial_bound(problem)
    return problem.fixed_weight - int(flow.optimal_cost())


@dataclass(frozen=True)
class Relaxation:
    """The linear relaxation of the weight model, solved by GLOP."""

    bound: int  # proven by a dual solution (checked here, not taken from the LP solver)
    value: list[float]  # per request: the LP's share of it scheduled (0..1)
    slot: list[int]  # per request: the slot where the LP puts most of it (-1: none)


@dataclass(frozen=True)
class _Rows:
    """The constraints of the weight model as arrays, in the order they are created."""

    variables: list[list[int]]  # per constraint: its variables, in order
    upper: list[float]  # per constraint: its upper bound (the lower one is 0)
    seat: IntArray  # per constraint: its seat's number, or -1
    slot: IntArray  # per constraint: its slot (for a slot's tables), or -1
    seat_a: IntArray  # per variable: the seat number of each person
    seat_b: IntArray
    seat_count: int


def _rows(problem: Problem, requests: IntArray, slots: IntArray) -> _Rows:
    """Each request at most once (when it has more than one slot), each person at most one
    meeting per slot (a seat), each slot at most its free tables, over the variables
    (``requests[k]``, ``slots[k]``), by request then slot. The rows come in the order in which
    a loop over the variables would first need them: request row, the two seats, the slot; so
    that GLOP sees the model it always saw."""
    n = requests.size
    slot_count = problem.slot_count
    a = np.asarray(problem.a, dtype=np.int64)[requests]
    b = np.asarray(problem.b, dtype=np.int64)[requests]
    seat_keys, seat_index = np.unique(
        np.concatenate([a * slot_count + slots, b * slot_count + slots]), return_inverse=True
    )
    seat_a, seat_b = seat_index[:n], seat_index[n:]
    # Rows as numbers: requests first, then seats, then slots.
    seat_base = len(problem.weight)
    slot_base = seat_base + seat_keys.size
    first_of_request = np.ones(n, dtype=bool)
    first_of_request[1:] = requests[1:] != requests[:-1]
    options = np.bincount(requests, minlength=len(problem.weight))
    with_row = options[requests] > 1
    seats_and_slot = [seat_base + seat_a, seat_base + seat_b, slot_base + slots]
    events = np.stack(
        [np.where(with_row & first_of_request, requests, -1), *seats_and_slot], axis=1
    ).ravel()
    # Every variable of a request with a row belongs to it, not only the first.
    member_rows = np.stack([np.where(with_row, requests, -1), *seats_and_slot], axis=1).ravel()
    member_vars = np.repeat(np.arange(n, dtype=np.int64), 4)
    created, first_event = np.unique(events, return_index=True)
    keep = created >= 0
    created = created[keep][np.argsort(first_event[keep], kind="stable")]
    number = np.full(slot_base + slot_count, -1, dtype=np.int64)
    number[created] = np.arange(created.size)
    real = member_rows >= 0
    row_of = number[member_rows[real]]
    var_of = member_vars[real]
    by_row = np.lexsort((var_of, row_of))
    row_sorted, var_sorted = row_of[by_row], var_of[by_row]
    cuts = np.flatnonzero(np.diff(row_sorted)) + 1
    variables = [part.tolist() for part in np.split(var_sorted, cuts)] if n else []
    is_seat = (created >= seat_base) & (created < slot_base)
    is_slot = created >= slot_base
    slot_of_row = np.where(is_slot, created - slot_base, -1)
    free = np.asarray(problem.free_tables, dtype=np.float64)
    upper = np.where(is_slot, free[np.maximum(slot_of_row, 0)], 1.0)
    return _Rows(
        variables=variables,
        upper=upper.tolist(),
        seat=np.where(is_seat, created - seat_base, -1),
        slot=slot_of_row,
        seat_a=seat_a,
        seat_b=seat_b,
        seat_count=int(seat_keys.size),
    )


def linear_relaxation(problem: Problem, clock: Clock) -> Relaxation | None:
    """Solve the LP of the weight model: x[r, s] in [0, 1], each request at most once, each
    person at most one meeting per slot, each slot at most its free tables.

    The model is built from arrays (problem.pairs) and handed to OR-Tools' model builder in
    one call per constraint, and GLOP solves it. (PDLP, OR-Tools' first-order LP solver, was
    tried on the large rung: the same bound in half the time, but its solution is no vertex and
    its rounding lost weight that GLOP's keeps.)

    The bound is not the LP's optimum as reported but the value of a dual solution made
    feasible here: seat and table prices come from the LP (negative ones cut to zero) and each
    request's price is raised to what its slots need. Weak duality then proves it, whatever
    the LP solver's tolerances. The solver runs in a background thread (it releases the GIL)
    while this thread reports progress and interrupts it on cancel or when the wall clock
    runs out. None when the LP could not be solved."""
    requests, slots = problem.pairs()
    if requests.size == 0:
        return Relaxation(
            problem.fixed_weight, [0.0] * len(problem.weight), [-1] * len(problem.weight)
        )
    solved = _solve_lp(problem, requests, slots, clock)
    if solved is None:
        return None
    rows, duals, x = solved
    bound = _dual_bound(problem, requests, slots, rows, duals)
    value = np.zeros(len(problem.weight))
    np.add.at(value, requests, x)
    # Where the LP puts most of each request: the first of its largest shares, if positive.
    order = np.lexsort((slots, -x, requests))
    firsts = order[np.flatnonzero(np.r_[True, requests[order][1:] != requests[order][:-1]])]
    where = np.full(len(problem.weight), -1, dtype=np.int64)
    positive = firsts[x[firsts] > 0]
    where[requests[positive]] = slots[positive]
    return Relaxation(bound=bound, value=value.tolist(), slot=where.tolist())


def _solve_lp(
    problem: Problem, requests: IntArray, slots: IntArray, clock: Clock
) -> tuple[_Rows, FloatArray, FloatArray] | None:
    """The weight model's LP over these variables: its rows, the rows' duals (negative ones
    cut to zero) and the variables' values; None when it was not solved (out of time)."""
    n = int(requests.size)
    rows = _rows(problem, requests, slots)
    clock.tick()
    if clock.out_of_time():
        return None
    weights = np.asarray(problem.weight, dtype=np.float64)[requests]
    # OR-Tools' LP, imported when first needed (a tenth of a second, and large runs skip it).
    from ortools.linear_solver.python import model_builder_helper as mb

    model = mb.ModelBuilderHelper()
    # (The stub's array types are not numpy's own: ndarray[float64] as a shape.)
    model.add_var_array_with_bounds(
        np.zeros(n),  # type: ignore[arg-type]
        np.ones(n),  # type: ignore[arg-type]
        np.zeros(n, dtype=bool),  # type: ignore[arg-type]
        "",
    )
    model.set_objective_coefficients(list(range(n)), weights.tolist())
    model.set_maximize(True)
    variable = mb.Variable
    handles = [variable(model, k) for k in range(n)]
    for number, (members, upper) in enumerate(zip(rows.variables, rows.upper, strict=True)):
        if number % 4096 == 0:
            clock.tick()
            if clock.out_of_time():
                return None
        row = model.add_linear_constraint()
        model.set_constraint_lower_bound(row, 0.0)
        model.set_constraint_upper_bound(row, upper)
        model.add_terms_to_constraint(row, [handles[k] for k in members], [1.0] * len(members))
    del handles
    solver = mb.ModelSolverHelper("glop")
    solver.set_time_limit_in_seconds(max(0.01, clock.wall_left()))
    if not _solve_watched(solver, model, clock):
        return None
    duals = np.maximum(0.0, np.asarray(solver.dual_values(), dtype=np.float64))
    return rows, duals, np.asarray(solver.variable_values(), dtype=np.float64)


def _dual_bound(
    problem: Problem, requests: IntArray, slots: IntArray, rows: _Rows, duals: FloatArray
) -> int:
    """The bound proven by the LP's seat and table prices (see linear_relaxation)."""
    seat_price = np.zeros(rows.seat_count)
    is_seat = rows.seat >= 0
    seat_price[rows.seat[is_seat]] = duals[is_seat]
    slot_price = np.zeros(problem.slot_count)
    is_slot = rows.slot >= 0
    slot_price[rows.slot[is_slot]] = duals[is_slot]
    # Each request's price: what its dearest slot needs beyond the seats' and table's prices.
    weights = np.asarray(problem.weight, dtype=np.float64)[requests]
    need = weights - (seat_price[rows.seat_a] + seat_price[rows.seat_b] + slot_price[slots])
    request_price = np.zeros(len(problem.weight))
    np.maximum.at(request_price, requests, need)
    request_price = request_price[np.asarray(problem.open, dtype=np.int64)]
    free = np.asarray(problem.free_tables, dtype=np.float64)
    dual = math.fsum([*request_price.tolist(), *seat_price.tolist(), *(free * slot_price).tolist()])
    return problem.fixed_weight + math.floor(dual + 1e-6)


def _solve_watched(solver: ModelSolverHelper, model: ModelBuilderHelper, clock: Clock) -> bool:
    """Solve in a background thread; True when the LP was solved to optimality."""
    failure: list[BaseException] = []

    def work() -> None:
        try:
            solver.solve(model)
        except BaseException as error:  # re-raised in the caller's thread
            failure.append(error)

    thread = threading.Thread(target=work, name="lp", daemon=True)
    thread.start()
    interrupted = False
    while thread.is_alive():
        thread.join(POLL_SECONDS)
        clock.tick()
        if not interrupted and clock.out_of_time():
            solver.interrupt_solve()
            interrupted = True
    if failure:
        raise failure[0]
    from ortools.linear_solver.python.model_builder_helper import SolveStatus

    return not interrupted and solver.status() in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE)
