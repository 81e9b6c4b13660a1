"""Tables for a schedule whose slots are chosen.

Tables are interchangeable inside a session, so any schedule that respects the per-slot table
counts can be seated; the choice only matters for "few table changes". Slots are seated in time
order: in each slot a small maximum-weight matching (a min-cost flow) gives as many people as
possible the table of their previous meeting; the meetings left over take the free tables fewest
people are still coming back to. A last pass swaps tables inside a slot while that lowers the
count. This is a heuristic: the table changes are small but not proven minimal.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ortools.graph.python import min_cost_flow

from pimap_desktop.services.b2b.scheduling.problem import Problem

_NONE = -1


@dataclass
class _Meeting:
    people: tuple[int, ...]
    slot: int  # internal slot
    table: int  # -1 until chosen
    fixed: bool
    request: int  # -1 for a locked meeting


def assign_tables(problem: Problem, slot_of: Sequence[int]) -> tuple[list[int], int]:
    """Seat the schedule: ``table_of[request]`` (-1 when unscheduled) and the table changes
    over every participant's meetings, locked ones included."""
    meetings: list[_Meeting] = [
        _Meeting(m.participants, problem.internal[m.slot], m.table, True, _NONE)
        for m in problem.instance.locked
    ]
    for r, s in enumerate(slot_of):
        if s >= 0:
            meetings.append(_Meeting((problem.a[r], problem.b[r]), s, _NONE, False, r))
    by_slot: list[list[int]] = [[] for _ in range(problem.slot_count)]
    for i, m in enumerate(meetings):
        by_slot[m.slot].append(i)
    for session_index, session in enumerate(problem.sessions):
        tables = problem.instance.tables[session_index]
        _seat_session(meetings, by_slot[session.start : session.start + session.length], tables)
    chains = _chains(problem, meetings)
    _improve(meetings, by_slot, chains, problem)
    table_of = [_NONE] * len(slot_of)
    for m in meetings:
        if m.request >= 0:
            table_of[m.request] = m.table
    return table_of, count_changes(meetings_tables(meetings), chains)


def meetings_tables(meetings: Sequence[_Meeting]) -> list[int]:
    return [m.table for m in meetings]


def count_changes(tables: Sequence[int], chains: Sequence[Sequence[int]]) -> int:
    return sum(
        1 for chain in chains for x, y in itertools.pairwise(chain) if tables[x] != tables[y]
    )


def _seat_session(meetings: list[_Meeting], slots: list[list[int]], tables: int) -> None:
    previous: dict[int, int] = {}  # participant -> table of their last meeting so far
    remaining: dict[int, int] = {}  # participant -> meetings still to come in the session
    for ids in slots:
        for i in ids:
            for p in meetings[i].people:
                remaining[p] = remaining.get(p, 0) + 1
    for ids in slots:
        taken = {meetings[i].table for i in ids if meetings[i].fixed}
        todo = [i for i in ids if not meetings[i].fixed]
        free = [t for t in range(tables) if t not in taken]
        if todo:
            _seat_slot(meetings, todo, free, previous, remaining)
        for i in ids:
            for p in meetings[i].people:
                previous[p] = meetings[i].table
                remaining[p] -= 1


def _seat_slot(
    meetings: list[_Meeting],
    todo: list[int],
    free: list[int],
    previous: dict[int, int],
    remaining: dict[int, int],
) -> None:
    free_set = set(free)
    wanted: dict[tuple[int, int], int] = {}  # (meeting position in todo, table) -> weight
    for k, i in enumerate(todo):
        for p in meetings[i].people:
            t = previous.get(p, _NONE)
            if t in free_set:
                wanted[k, t] = wanted.get((k, t), 0) + 1
    chosen: dict[int, int] = {}
    if wanted:
        chosen = _max_weight_matching(len(todo), wanted)
    used = set(chosen.values())
    # Leftovers take the free tables fewest people still want to come back to.
    claims = dict.fromkeys(free, 0)
    for p, t in previous.items():
        if t in claims and remaining.get(p, 0) > 0:
            claims[t] += 1
    spare = sorted((t for t in free if t not in used), key=lambda t: (claims[t], t))
    spare_iter = iter(spare)
    for k, i in enumerate(todo):
        meetings[i].table = chosen[k] if k in chosen else next(spare_iter)


def _max_weight_matching(count: int, wanted: dict[tuple[int, int], int]) -> dict[int, int]:
    """Meetings 0..count-1 to tables, maximising the total weight of the chosen pairs."""
    table_ids = sorted({t for _, t in wanted})
    node_of_table = {t: count + 2 + j for j, t in enumerate(table_ids)}
    source, sink = count, count + 1
    flow = min_cost_flow.SimpleMinCostFlow()
    for k in range(count):
        flow.add_arc_with_capacity_and_unit_cost(source, k, 1, 0)
        flow.add_arc_with_capacity_and_unit_cost(k, sink, 1, 0)
    arcs: list[tuple[int, int, int]] = []
    for (k, t), w in sorted(wanted.items()):
        arc = flow.add_arc_with_capacity_and_unit_cost(k, node_of_table[t], 1, -w)
        arcs.append((arc, k, t))
    for t in table_ids:
        flow.add_arc_with_capacity_and_unit_cost(node_of_table[t], sink, 1, 0)
    flow.set_node_supply(source, count)
    flow.set_node_supply(sink, -count)
    if flow.solve() != flow.OPTIMAL:  # cannot happen: every meeting may stay unmatched
        return {}
    return {k: t for arc, k, t in arcs if flow.flow(arc) > 0}


def _chains(problem: Problem, meetings: Sequence[_Meeting]) -> list[list[int]]:
    """Per participant and session, their meetings in slot order."""
    own: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(meetings):
        for p in m.people:
            own.setdefault((p, problem.session_of[m.slot]), []).append(i)
    chains = []
    for key in sorted(own):
        chain = sorted(own[key], key=lambda i: meetings[i].slot)
        if len(chain) > 1:
            chains.append(chain)
    return chains


def _improve(
    meetings: list[_Meeting],
    by_slot: list[list[int]],
    chains: Sequence[Sequence[int]],
    problem: Problem,
) -> None:
    """Swap two meetings' tables in a slot (or move one to a free table) while it helps."""
    neighbours: list[list[int]] = [[] for _ in meetings]  # previous and next of each person
    for chain in chains:
        for x, y in itertools.pairwise(chain):
            neighbours[x].append(y)
            neighbours[y].append(x)

    def cost(i: int, table: int) -> int:
        return sum(1 for j in neighbours[i] if meetings[j].table != table)

    for _round in range(4):
        improved = False
        for s, ids in enumerate(by_slot):
            if not ids:
                continue
            tables = problem.instance.tables[problem.session_of[s]]
            holder: dict[int, int] = {meetings[i].table: i for i in ids}
            for i in ids:
                m = meetings[i]
                if m.fixed:
                    continue
                here = cost(i, m.table)
                if here == 0:
                    continue
                for t in sorted({meetings[j].table for j in neighbours[i]}):
                    if t == m.table or not 0 <= t < tables:
                        continue
                    other = holder.get(t)
                    if other is None:
                        delta = cost(i, t) - here
                    elif meetings[other].fixed:
                        continue
                    else:
                        delta = cost(i, t) + cost(other, m.table) - here - cost(other, t)
                    if delta < 0:
                        old = m.table
                        m.table = t
                        holder[t] = i
                        if other is None:
                            del holder[old]
                        else:
                            meetings[other].table = old
                            holder[old] = other
                        here = cost(i, m.table)
                        improved = True
                        if here == 0:
                            break
        if not improved:
            break
