"""A fast constructive schedule and a local search, in plain Python on bit masks.

1. ``construct``: requests in a given order (by default heaviest first; among equals the one
   with fewest possible slots first, then a seeded random order); each goes to the possible slot
   that adds the fewest idle slots to its two people, then to the slot least in demand by the
   requests still to come. A linear relaxation may choose the order and the slots instead.
   ``seat_chosen`` seats a given set of requests (a relaxation's choice) for compact days: the
   request with fewest open slots first (as in DSatur colouring), so that the whole set still
   fits, into the slot adding fewest idle slots, then next to the pair's meetings, then with
   most tables left (spreading the load keeps slots open for the requests still to come).
2. ``insert``: every request left out is tried again; a slot blocked by a meeting of one of its
   people, or by a full set of tables, is freed by moving the blocking meeting to another slot
   (one step deep); failing that, lighter blocking meetings are pushed out when the request is
   worth more than they are together (they are then tried again themselves). Each step raises
   the total weight or keeps it, so this ends.
3. ``compact``: while it removes idle slots, a meeting moves to a free slot or trades slots with
   another meeting, the total weight unchanged.

Everything works on ``Schedule``, which keeps the bit masks and table counts in step with
``slot_of``.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Sequence

from pimap_desktop.services.b2b.scheduling.problem import UNSCHEDULED, Problem, bits, gaps

LOCKED = -2  # the "request" of a locked meeting in Schedule.at


class Stop(Exception):
    """Raised inside a phase when the caller's ``should_stop`` says so."""


class Schedule:
    """A mutable schedule: request -> internal slot, with the derived masks kept up to date."""

    def __init__(self, problem: Problem, slot_of: Sequence[int] | None = None) -> None:
        self.problem = problem
        self.slot_of = [UNSCHEDULED] * len(problem.weight)
        self.busy = list(problem.locked_busy)
        self.at: list[dict[int, int]] = [{} for _ in range(problem.participants)]
        for m in problem.instance.locked:
            s = problem.internal[m.slot]
            for x in m.participants:
                self.at[x][s] = LOCKED
        self.left = list(problem.free_tables)  # free tables per slot
        self.room = problem.table_mask  # slots with a free table
        self.meetings: list[set[int]] = [set() for _ in range(problem.slot_count)]
        self.weight = problem.fixed_weight
        if slot_of is not None:
            for r, s in enumerate(slot_of):
                if s >= 0:
                    self.place(r, s)

    def place(self, r: int, s: int) -> None:
        p = self.problem
        a, b = p.a[r], p.b[r]
        bit = 1 << s
        self.slot_of[r] = s
        self.busy[a] |= bit
        self.busy[b] |= bit
        self.at[a][s] = r
        self.at[b][s] = r
        self.meetings[s].add(r)
        self.left[s] -= 1
        if self.left[s] == 0:
            self.room &= ~bit
        self.weight += p.weight[r]

    def remove(self, r: int) -> int:
        p = self.problem
        s = self.slot_of[r]
        a, b = p.a[r], p.b[r]
        bit = 1 << s
        self.slot_of[r] = UNSCHEDULED
        self.busy[a] &= ~bit
        self.busy[b] &= ~bit
        del self.at[a][s]
        del self.at[b][s]
        self.meetings[s].discard(r)
        self.left[s] += 1
        self.room |= bit
        self.weight -= p.weight[r]
        return s

    def move(self, r: int, s: int) -> None:
        self.remove(r)
        self.place(r, s)

    def open_slots(self, r: int) -> int:
        """Slots where request r could go now without moving anything (for a scheduled
        request: other than its own slot)."""
        p = self.problem
        return p.candidates[r] & ~self.busy[p.a[r]] & ~self.busy[p.b[r]] & self.room

    def idle_delta(self, person: int, add: int = 0, drop: int = 0) -> int:
        """Change of one person's idle slots if the slot bits ``add`` are added and ``drop``
        removed (only the sessions of those slots are looked at)."""
        before = self.busy[person]
        after = (before & ~drop) | add
        changed = add | drop
        mask_of = self.problem.session_mask_of
        total = 0
        seen = 0
        while changed:
            low = changed & -changed
            changed ^= low
            session = mask_of[low.bit_length() - 1]
            if not seen & session:
                seen |= session
                total += gaps(after & session) - gaps(before & session)
        return total

    def pair_delta(self, r: int, add: int, drop: int = 0) -> int:
        p = self.problem
        return self.idle_delta(p.a[r], add, drop) + self.idle_delta(p.b[r], add, drop)

    def idle_slots(self) -> int:
        return sum(self.problem.idle_of_mask(m) for m in self.busy)


# -- 1. construction ------------------------------------------------------------------------


def construct(
    problem: Problem,
    seed: int,
    should_stop: Callable[[], bool],
    guide: Sequence[float] | None = None,
    guide_slot: Sequence[int] | None = None,
) -> Schedule:
    """The greedy schedule. Raises Stop when asked to stop before it is complete.

    ``guide`` (per request, 0..1, e.g. a linear relaxation's values) puts the requests it
    schedules fully first; ``guide_slot`` gives each request its preferred slot."""
    rng = random.Random(seed)
    tiebreak = {r: rng.random() for r in problem.open}
    size = [c.bit_count() for c in problem.candidates]
    weight = problem.weight
    if guide is None:
        order = sorted(problem.open, key=lambda r: (-weight[r], size[r], tiebreak[r]))
    else:
        value = guide
        order = sorted(
            problem.open,
            key=lambda r: (-(value[r] > 0.999), -weight[r], -value[r], size[r], tiebreak[r]),
        )
    demand = [0.0] * problem.slot_count
    share = {r: weight[r] / size[r] for r in problem.open}
    for r in problem.open:
        for s in bits(problem.candidates[r]):
            demand[s] += share[r]
    schedule = Schedule(problem)
    for n, r in enumerate(order):
        if n % 256 == 0 and should_stop():
            raise Stop
        for s in bits(problem.candidates[r]):
            demand[s] -= share[r]
        free = schedule.open_slots(r)
        if not free:
            continue
        if guide_slot is not None and guide_slot[r] >= 0 and free >> guide_slot[r] & 1:
            schedule.place(r, guide_slot[r])
            continue
        schedule.place(r, _best_slot(schedule, r, free, demand))
    return schedule


def seat_chosen(
    problem: Problem, chosen: Sequence[int], seed: int, should_stop: Callable[[], bool]
) -> Schedule:
    """Seat a chosen set of requests (e.g. a relaxation's) for compact days: the request with
    fewest open slots goes first (as in DSatur colouring, so that the set fits), the heavier
    one among equals, into the snuggest slot (``_snug_slot``). Raises Stop when asked."""
    rng = random.Random(seed)
    schedule = Schedule(problem)
    weight = problem.weight
    tiebreak = {r: rng.random() for r in chosen}
    version = dict.fromkeys(chosen, 0)
    heap = [(schedule.open_slots(r).bit_count(), -weight[r], tiebreak[r], 0, r) for r in chosen]
    heapq.heapify(heap)
    waiting = set(chosen)
    involved: dict[int, list[int]] = {}
    for r in chosen:
        involved.setdefault(problem.a[r], []).append(r)
        involved.setdefault(problem.b[r], []).append(r)
    done = 0
    while heap:
        _, _, _, v, r = heapq.heappop(heap)
        if r not in waiting or v != version[r]:
            continue
        waiting.discard(r)
        done += 1
        if done % 256 == 0 and should_stop():
            raise Stop
        free = schedule.open_slots(r)
        if not free:
            continue
        s = _snug_slot(schedule, r, free)
        full_before = schedule.room
        schedule.place(r, s)
        touched = set(involved[problem.a[r]]) | set(involved[problem.b[r]])
        if schedule.room != full_before:  # a slot ran out of tables: everyone may be touched
            touched = {q for q in waiting if problem.candidates[q] >> s & 1}
        for q in touched:
            if q in waiting:
                version[q] += 1
                key = schedule.open_slots(q).bit_count()
                heapq.heappush(heap, (key, -weight[q], tiebreak[q], version[q], q))
    return schedule


def _best_slot(schedule: Schedule, r: int, free: int, demand: Sequence[float]) -> int:
    best = -1
    best_key: tuple[int, float] | None = None
    for s in bits(free):
        key = (schedule.pair_delta(r, 1 << s), demand[s] / schedule.left[s])
        if best_key is None or key < best_key:
            best, best_key = s, key
    return best


def _snug_slot(schedule: Schedule, r: int, free: int) -> int:
    """The open slot adding fewest idle slots, then next to most of the pair's meetings, then
    with most tables left."""
    p = schedule.problem
    near = schedule.busy[p.a[r]] | schedule.busy[p.b[r]]
    near = (near << 1) | (near >> 1)

    def key(s: int) -> tuple[int, int, int, int]:
        return (schedule.pair_delta(r, 1 << s), -(near >> s & 1), -schedule.left[s], s)

    return min(bits(free), key=key)


def _least_idle_slot(schedule: Schedule, r: int, free: int, drop: int = 0) -> int:
    return min(bits(free), key=lambda s: schedule.pair_delta(r, 1 << s, drop))


# -- 2. insertion ---------------------------------------------------------------------------


def fill(schedule: Schedule) -> None:
    """Add every request left out that fits as things stand (heaviest first): more weight for
    free, and no request is left out while a slot and a table wait for it."""
    p = schedule.problem
    for r in sorted(p.open, key=lambda q: (-p.weight[q], q)):
        if schedule.slot_of[r] == UNSCHEDULED:
            free = schedule.open_slots(r)
            if free:
                schedule.place(r, _least_idle_slot(schedule, r, free))


def insert(schedule: Schedule, should_stop: Callable[[], bool]) -> None:
    """Fit in the requests left out, moving or pushing out lighter meetings."""
    p = schedule.problem
    pending = sorted(
        (r for r in p.open if schedule.slot_of[r] == UNSCHEDULED),
        key=lambda r: (p.weight[r], -r),
    )  # pop() takes the heaviest
    tried = 0
    while pending:
        tried += 1
        if tried % 64 == 0 and should_stop():
            return
        r = pending.pop()
        if schedule.slot_of[r] != UNSCHEDULED:
            continue
        free = schedule.open_slots(r)
        if free:
            schedule.place(r, _least_idle_slot(schedule, r, free))
            continue
        if _insert_by_moving(schedule, r):
            continue
        pushed = _insert_by_pushing(schedule, r)
        if pushed:
            # The pushed-out requests are lighter: they are tried after the heavier ones.
            pending.extend(pushed)
            pending.sort(key=lambda q: (p.weight[q], -q))


def _in_way(schedule: Schedule, r: int, s: int) -> list[int]:
    """The meetings of r's two people at slot s (LOCKED for a locked one)."""
    p = schedule.problem
    found = (schedule.at[p.a[r]].get(s), schedule.at[p.b[r]].get(s))
    return sorted({q for q in found if q is not None})


def _relocation(schedule: Schedule, q: int, avoid: int) -> int:
    """The best other slot for scheduled request q (not in ``avoid``), or -1."""
    free = schedule.open_slots(q) & ~avoid
    if not free:
        return -1
    return _least_idle_slot(schedule, q, free, drop=1 << schedule.slot_of[q])


def _insert_by_moving(schedule: Schedule, r: int) -> bool:
    p = schedule.problem
    for s in bits(p.candidates[r]):
        bit = 1 << s
        blockers = _in_way(schedule, r, s)
        if LOCKED in blockers:
            continue
        moved: list[tuple[int, int]] = []
        for q in blockers:
            target = _relocation(schedule, q, bit)
            if target < 0:
                break
            moved.append((q, schedule.slot_of[q]))
            schedule.move(q, target)
        else:
            if not schedule.left[s] and schedule.room & ~bit:
                for q in sorted(schedule.meetings[s]):
                    target = _relocation(schedule, q, bit)
                    if target >= 0:
                        moved.append((q, s))
                        schedule.move(q, target)
                        break
            if schedule.open_slots(r) & bit:
                schedule.place(r, s)
                return True
        for q, origin in reversed(moved):  # undo
            schedule.move(q, origin)
    return False


def _insert_by_pushing(schedule: Schedule, r: int) -> list[int]:
    """Place r where the meetings in the way weigh least, if less than r; the pushed out."""
    p = schedule.problem
    best: tuple[int, int, list[int]] | None = None  # (lost weight, slot, pushed)
    for s in bits(p.candidates[r]):
        pushed = _in_way(schedule, r, s)
        if LOCKED in pushed:
            continue
        if not pushed and not schedule.left[s]:
            pushed = [min(schedule.meetings[s], key=lambda q: (p.weight[q], q))]
        lost = sum(p.weight[q] for q in pushed)
        if lost < p.weight[r] and (best is None or (lost, s) < best[:2]):
            best = (lost, s, pushed)
    if best is None:
        return []
    _, s, pushed = best
    for q in pushed:
        schedule.remove(q)
    schedule.place(r, s)
    return pushed


# -- 3. compaction --------------------------------------------------------------------------


def compact(schedule: Schedule, should_stop: Callable[[], bool], rounds: int = 20) -> None:
    """Remove idle slots by moving meetings or trading slots, weight unchanged."""
    p = schedule.problem
    for _ in range(rounds):
        improved = False
        people = [x for x in range(p.participants) if p.idle_of_mask(schedule.busy[x])]
        for n, x in enumerate(people):
            if n % 32 == 0 and should_stop():
                return
            while _compact_person(schedule, x):
                improved = True
        if not improved:
            return


def _compact_person(schedule: Schedule, x: int) -> bool:
    """Fill one of x's gaps with one of x's meetings (a move or a trade); True when done."""
    p = schedule.problem
    for session in p.session_masks:
        part = schedule.busy[x] & session
        if gaps(part) == 0:
            continue
        low = (part & -part).bit_length() - 1
        high = part.bit_length() - 1
        gap_slots = [s for s in range(low + 1, high) if not part >> s & 1]
        ends = [low, high] + [s for s in bits(part) if s not in (low, high)]
        for s in ends:
            q = schedule.at[x][s]
            if q == LOCKED:
                continue
            for g in gap_slots:
                if _try_move(schedule, q, g) or _try_trade(schedule, q, g):
                    return True
    return False


def _try_move(schedule: Schedule, q: int, g: int) -> bool:
    bit = 1 << g
    if not schedule.open_slots(q) & bit:
        return False
    if schedule.pair_delta(q, bit, 1 << schedule.slot_of[q]) < 0:
        schedule.move(q, g)
        return True
    return False


def _try_trade(schedule: Schedule, q: int, g: int) -> bool:
    """Swap q (at s) with a meeting o at g, when each fits in the other's slot."""
    p = schedule.problem
    s = schedule.slot_of[q]
    if not p.candidates[q] >> g & 1:
        return False
    options = _in_way(schedule, q, g)
    if LOCKED in options or len(options) > 1:
        return False
    if not options:
        if schedule.left[g]:
            return False  # a plain move would have done it
        options = sorted(schedule.meetings[g])
    sbit, gbit = 1 << s, 1 << g
    a, b = p.a[q], p.b[q]
    busy = schedule.busy
    for o in options:
        if not p.candidates[o] >> s & 1:
            continue
        c, d = p.a[o], p.b[o]
        # After the trade a, b sit at g instead of s and c, d at s instead of g: the people
        # of o who are not in q must be free at s, those of q not in o free at g.
        if (c not in (a, b) and busy[c] & sbit) or (d not in (a, b) and busy[d] & sbit):
            continue
        if (a not in (c, d) and busy[a] & gbit) or (b not in (c, d) and busy[b] & gbit):
            continue
        if _trade_delta(schedule, (a, b), (c, d), sbit, gbit) < 0:
            schedule.remove(q)
            schedule.remove(o)
            schedule.place(q, g)
            schedule.place(o, s)
            return True
    return False


def _trade_delta(
    schedule: Schedule, first: tuple[int, int], second: tuple[int, int], sbit: int, gbit: int
) -> int:
    change: dict[int, tuple[int, int]] = {}
    for y in first:
        change[y] = (gbit, sbit)
    for y in second:
        add, drop = change.get(y, (0, 0))
        change[y] = (add | sbit, drop | gbit)
    total = 0
    for y, (add, drop) in change.items():
        both = add & drop
        if add != both or drop != both:
            total += schedule.idle_delta(y, add & ~both, drop & ~both)
    return total
