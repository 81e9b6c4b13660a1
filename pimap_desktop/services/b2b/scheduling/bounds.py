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

import numpy as np
from ortools.graph.python import min_cost_flow
from ortools.linear_solver import pywraplp

from pimap_desktop.services.b2b.scheduling.clock import Clock
from pimap_desktop.services.b2b.scheduling.problem import Problem, bits

POLL_SECONDS = 0.05


def trivial_bound(problem: Problem) -> int:
    """Every request that could be scheduled at all, scheduled."""
    return problem.fixed_weight + sum(problem.weight[r] for r in problem.open)


def flow_bound(problem: Problem) -> int:
    if not problem.open:
        return problem.fixed_weight
    load = [0.0] * problem.participants
    for x in range(problem.participants):
        capacity = (problem.free[x] & problem.table_mask).bit_count()
        if capacity:
            load[x] = len(problem.of_participant[x]) / capacity
    requests = problem.open
    count = len(requests)
    source, sink = 0, 1
    first_request = 2
    first_slot = first_request + count
    first_seat = first_slot + problem.slot_count
    seat_node: dict[tuple[int, int], int] = {}
    tails: list[int] = []
    heads: list[int] = []
    caps: list[int] = []
    costs: list[int] = []

    def arc(tail: int, head: int, capacity: int, cost: int) -> None:
        tails.append(tail)
        heads.append(head)
        caps.append(capacity)
        costs.append(cost)

    arc(source, sink, count, 0)  # requests left out
    for k, r in enumerate(requests):
        node = first_request + k
        arc(source, node, 1, -problem.weight[r])
        a, b = problem.a[r], problem.b[r]
        person = a if load[a] > load[b] else b
        for s in bits(problem.candidates[r]):
            key = (person, s)
            seat = seat_node.get(key)
            if seat is None:
                seat = first_seat + len(seat_node)
                seat_node[key] = seat
                arc(seat, first_slot + s, 1, 0)
            arc(node, seat, 1, 0)
    for s in range(problem.slot_count):
        if problem.free_tables[s] > 0:
            arc(first_slot + s, sink, problem.free_tables[s], 0)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        np.array(tails, dtype=np.int32),
        np.array(heads, dtype=np.int32),
        np.array(caps, dtype=np.int64),
        np.array(costs, dtype=np.int64),
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


def linear_relaxation(problem: Problem, clock: Clock) -> Relaxation | None:
    """Solve the LP of the weight model: x[r, s] in [0, 1], each request at most once, each
    person at most one meeting per slot, each slot at most its free tables.

    The bound is not the LP's optimum as reported but the value of a dual solution made
    feasible here: seat and table prices come from the LP (negative ones cut to zero) and each
    request's price is raised to what its slots need. Weak duality then proves it, whatever
    the LP solver's tolerances. GLOP runs in a background thread (it releases the GIL) while
    this thread reports progress and interrupts it on cancel or when the wall clock runs out.
    None when the LP could not be solved."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None:
        return None
    variables: dict[tuple[int, int], pywraplp.Variable] = {}
    seats: dict[tuple[int, int], pywraplp.Constraint] = {}
    slots: dict[int, pywraplp.Constraint] = {}
    objective = solver.Objective()
    for n, r in enumerate(problem.open):
        if n % 512 == 0:
            clock.tick()
            if clock.out_of_time():
                return None
        options = bits(problem.candidates[r])
        row = solver.Constraint(0.0, 1.0) if len(options) > 1 else None
        for s in options:
            var = solver.NumVar(0.0, 1.0, "")
            variables[r, s] = var
            objective.SetCoefficient(var, problem.weight[r])
            if row is not None:
                row.SetCoefficient(var, 1.0)
            for person in (problem.a[r], problem.b[r]):
                seat = seats.get((person, s))
                if seat is None:
                    seat = seats[person, s] = solver.Constraint(0.0, 1.0)
                seat.SetCoefficient(var, 1.0)
            table = slots.get(s)
            if table is None:
                table = slots[s] = solver.Constraint(0.0, float(problem.free_tables[s]))
            table.SetCoefficient(var, 1.0)
    objective.SetMaximization()
    solver.SetTimeLimit(max(1, int(clock.wall_left() * 1000)))
    status = _solve_watched(solver, clock)
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        return None
    seat_price = {key: max(0.0, c.dual_value()) for key, c in seats.items()}
    slot_price = {s: max(0.0, c.dual_value()) for s, c in slots.items()}
    request_price = []
    value = [0.0] * len(problem.weight)
    where = [-1] * len(problem.weight)
    for r in problem.open:
        need = 0.0
        best = 0.0
        for s in bits(problem.candidates[r]):
            price = (
                seat_price.get((problem.a[r], s), 0.0)
                + seat_price.get((problem.b[r], s), 0.0)
                + slot_price.get(s, 0.0)
            )
            need = max(need, problem.weight[r] - price)
            x = variables[r, s].solution_value()
            value[r] += x
            if x > best:
                best, where[r] = x, s
        request_price.append(need)
    dual = math.fsum(
        [
            *request_price,
            *seat_price.values(),
            *(problem.free_tables[s] * p for s, p in slot_price.items()),
        ]
    )
    bound = problem.fixed_weight + math.floor(dual + 1e-6)
    return Relaxation(bound=bound, value=value, slot=where)


def _solve_watched(solver: pywraplp.Solver, clock: Clock) -> int:
    outcome: list[int] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            outcome.append(solver.Solve())
        except BaseException as error:  # re-raised in the caller's thread
            failure.append(error)

    thread = threading.Thread(target=work, name="glop", daemon=True)
    thread.start()
    interrupted = False
    while thread.is_alive():
        thread.join(POLL_SECONDS)
        clock.tick()
        if not interrupted and clock.out_of_time():
            solver.InterruptSolve()
            interrupted = True
    if failure:
        raise failure[0]
    return outcome[0] if outcome and not interrupted else pywraplp.Solver.NOT_SOLVED
