"""An independent checker of a schedule, written from the rules and not from the solver's code.

It imports only the plain model and recomputes everything from ``Solution.assignments`` and the
instance's locked meetings, with sets and sorted lists rather than bit masks.

Rules: a request is scheduled at most once, in a slot where both its people are available, at a
table 0 <= t < tables[session]; nobody is in two meetings in one slot and a table holds at most
one meeting per slot (locked meetings count); a request fulfilled by a locked meeting is not
scheduled again and its weight counts. Idle slots: per person and session, the slots strictly
between their first and last meeting (locked ones included) in which they have none. Table
changes: per person and session, two meetings in a row (by slot position) at different tables.
Reasons: no common available slot -> NO_COMMON_AVAILABILITY; every common slot taken by the
requester's meetings -> REQUESTER_FULL, by the target's -> TARGET_FULL, by both people's ->
BOTH_FULL (also when each common slot is taken by one or the other); every common slot where
both are free has all its tables taken -> NO_TABLE; otherwise LOWER_VALUE. A request held by a
locked meeting is not unscheduled and not listed.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

from pimap_desktop.services.b2b.scheduling.model import Instance, Reason, Solution


@dataclass(frozen=True)
class _Meeting:
    people: tuple[int, ...]
    slot: int
    table: int


def meetings(instance: Instance, solution: Solution) -> list[_Meeting]:
    """Every meeting of the schedule: the locked ones and the assignments."""
    out = [_Meeting(tuple(m.participants), m.slot, m.table) for m in instance.locked]
    for a in solution.assignments:
        if 0 <= a.request < len(instance.requests):
            r = instance.requests[a.request]
            out.append(_Meeting((r.a, r.b), a.slot, a.table))
    return out


def weight(instance: Instance, solution: Solution) -> int:
    held = {m.request for m in instance.locked if m.request is not None}
    scheduled = {a.request for a in solution.assignments}
    return sum(instance.requests[r].weight for r in held | scheduled)


def idle_slots(instance: Instance, all_meetings: list[_Meeting]) -> int:
    positions: dict[tuple[int, int], set[int]] = defaultdict(set)  # (person, session) -> positions
    for m in all_meetings:
        slot = instance.slots[m.slot]
        for p in m.people:
            positions[p, slot.session].add(slot.position)
    total = 0
    for taken in positions.values():
        first, last = min(taken), max(taken)
        total += sum(1 for pos in range(first + 1, last) if pos not in taken)
    return total


def table_changes(instance: Instance, all_meetings: list[_Meeting]) -> int:
    seats: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for m in all_meetings:
        slot = instance.slots[m.slot]
        for p in m.people:
            seats[p, slot.session].append((slot.position, m.table))
    total = 0
    for row in seats.values():
        row.sort()
        total += sum(1 for (_, t1), (_, t2) in itertools.pairwise(row) if t1 != t2)
    return total


@dataclass(frozen=True)
class Occupancy:
    busy: dict[int, set[int]]  # person -> slots where they have a meeting
    used: Counter[int]  # slot -> meetings in it

    @classmethod
    def of(cls, all_meetings: list[_Meeting]) -> Occupancy:
        busy: dict[int, set[int]] = defaultdict(set)
        used: Counter[int] = Counter()
        for m in all_meetings:
            used[m.slot] += 1
            for p in m.people:
                busy[p].add(m.slot)
        return cls(busy, used)


def expected_reason(
    instance: Instance, solution: Solution, request: int, occupancy: Occupancy | None = None
) -> Reason:
    """The reason the rules give for a request that is not scheduled (nor held by a locked
    meeting)."""
    r = instance.requests[request]
    common = instance.available[r.a] & instance.available[r.b]
    if not common:
        return Reason.NO_COMMON_AVAILABILITY
    if occupancy is None:
        occupancy = Occupancy.of(meetings(instance, solution))
    busy, used = occupancy.busy, occupancy.used
    a_full = common <= busy[r.a]
    b_full = common <= busy[r.b]
    if a_full and b_full:
        return Reason.BOTH_FULL
    if a_full:
        return Reason.REQUESTER_FULL
    if b_full:
        return Reason.TARGET_FULL
    both_free = common - busy[r.a] - busy[r.b]
    if not both_free:
        return Reason.BOTH_FULL
    if all(used[s] >= instance.tables[instance.slots[s].session] for s in both_free):
        return Reason.NO_TABLE
    return Reason.LOWER_VALUE


def check(instance: Instance, solution: Solution) -> list[str]:
    """Every broken rule or wrong figure, as sentences; an empty list when all is right."""
    problems: list[str] = []
    n_requests = len(instance.requests)
    held = {m.request for m in instance.locked if m.request is not None}
    seen: set[int] = set()
    for a in solution.assignments:
        if not 0 <= a.request < n_requests:
            problems.append(f"assignment of unknown request {a.request}")
            continue
        if a.request in seen:
            problems.append(f"request {a.request} scheduled twice")
        seen.add(a.request)
        if a.request in held:
            problems.append(f"request {a.request} is held by a locked meeting but scheduled again")
        if not 0 <= a.slot < len(instance.slots):
            problems.append(f"request {a.request} in unknown slot {a.slot}")
            continue
        r = instance.requests[a.request]
        for p in (r.a, r.b):
            if a.slot not in instance.available[p]:
                problems.append(f"request {a.request}: person {p} not available in slot {a.slot}")
        session = instance.slots[a.slot].session
        if not 0 <= a.table < instance.tables[session]:
            problems.append(f"request {a.request}: table {a.table} does not exist in slot {a.slot}")
    if problems:
        return problems

    all_meetings = meetings(instance, solution)
    seats = Counter((p, m.slot) for m in all_meetings for p in m.people)
    for (p, s), count in sorted(seats.items()):
        if count > 1:
            problems.append(f"person {p} is in {count} meetings in slot {s}")
    tables = Counter((m.slot, m.table) for m in all_meetings)
    for (s, t), count in sorted(tables.items()):
        if count > 1:
            problems.append(f"table {t} holds {count} meetings in slot {s}")

    if solution.objective != weight(instance, solution):
        problems.append(f"objective {solution.objective} != {weight(instance, solution)}")
    if solution.objective > solution.upper_bound:
        problems.append(f"objective {solution.objective} above bound {solution.upper_bound}")
    if solution.optimal != (solution.objective == solution.upper_bound):
        problems.append("optimal flag does not match objective == upper_bound")
    idle = idle_slots(instance, all_meetings)
    if solution.idle_slots != idle:
        problems.append(f"idle slots {solution.idle_slots} != {idle}")
    changes = table_changes(instance, all_meetings)
    if solution.table_changes != changes:
        problems.append(f"table changes {solution.table_changes} != {changes}")

    listed = [r for r, _ in solution.unscheduled]
    if len(listed) != len(set(listed)):
        problems.append("a request is listed twice among the unscheduled")
    missing = set(range(n_requests)) - seen - held - set(listed)
    if missing:
        problems.append(f"requests neither scheduled, held nor listed: {sorted(missing)[:10]}")
    if held & set(listed):
        problems.append(f"requests held by locked meetings listed: {sorted(held & set(listed))}")
    both = seen & set(listed)
    if both:
        problems.append(f"requests both scheduled and listed: {sorted(both)[:10]}")
    occupancy = Occupancy.of(all_meetings)
    for index, reason in solution.unscheduled:
        if index in seen or not 0 <= index < n_requests:
            continue
        expected = expected_reason(instance, solution, index, occupancy)
        if reason != expected:
            problems.append(
                f"request {index}: reason {reason.value}, the rules say {expected.value}"
            )
    return problems
