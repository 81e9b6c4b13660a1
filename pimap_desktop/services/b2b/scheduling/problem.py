"""An instance checked and turned into the numbers every method works with.

Slots are renumbered internally by (session, position), so that the slots of a session are
consecutive bits of a Python ``int``: a participant's meetings, availability or candidate slots
are bit masks, and "idle slots between the first and last meeting of a session" is arithmetic
on a few bits. A schedule inside the solvers is a list ``slot_of[request]`` of internal slot
numbers (-1 = not scheduled); tables are chosen at the end (tables.py), because tables are
interchangeable inside a session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.services.b2b.scheduling.model import Instance, Reason

UNSCHEDULED = -1


@dataclass(frozen=True)
class SessionRange:
    start: int  # first internal slot of the session
    length: int

    @property
    def mask(self) -> int:
        return ((1 << self.length) - 1) << self.start


class Problem:
    """The preprocessed instance: bit masks per participant and request, free tables per slot."""

    def __init__(self, instance: Instance) -> None:
        _validate(instance)
        self.instance = instance
        self.participants = instance.participants
        order = sorted(range(len(instance.slots)), key=_slot_key(instance))
        self.original: list[int] = order  # internal slot -> Instance slot index
        self.internal: dict[int, int] = {orig: i for i, orig in enumerate(order)}
        self.slot_count = len(order)
        self.session_of: list[int] = [instance.slots[o].session for o in order]
        sessions = len(instance.tables)
        self.sessions: list[SessionRange] = []
        for k in range(sessions):
            members = [i for i, s in enumerate(self.session_of) if s == k]
            start = members[0] if members else 0
            self.sessions.append(SessionRange(start, len(members)))
        self.session_masks = [s.mask for s in self.sessions if s.length]
        self.session_mask_of = [self.sessions[k].mask for k in self.session_of]

        # Locked meetings: their seats and tables.
        self.locked_busy = [0] * self.participants
        used_tables = [0] * self.slot_count
        self.locked_requests: set[int] = set()
        for meeting in instance.locked:
            bit = 1 << self.internal[meeting.slot]
            for p in meeting.participants:
                self.locked_busy[p] |= bit
            used_tables[self.internal[meeting.slot]] += 1
            if meeting.request is not None:
                self.locked_requests.add(meeting.request)
        self.free_tables = [
            instance.tables[self.session_of[i]] - used_tables[i] for i in range(self.slot_count)
        ]
        self.table_mask = sum(1 << i for i, free in enumerate(self.free_tables) if free > 0)

        self.available = [sum(1 << self.internal[s] for s in avail) for avail in instance.available]
        self.free = [self.available[p] & ~self.locked_busy[p] for p in range(self.participants)]

        requests = instance.requests
        self.a = [r.a for r in requests]
        self.b = [r.b for r in requests]
        self.weight = [r.weight for r in requests]
        self.common = [self.available[r.a] & self.available[r.b] for r in requests]
        self.candidates = [
            0
            if r.index in self.locked_requests
            else self.free[r.a] & self.free[r.b] & self.table_mask
            for r in requests
        ]
        self.open = [r for r in range(len(requests)) if self.candidates[r]]
        self.fixed_weight = sum(self.weight[r] for r in self.locked_requests)
        self.of_participant: list[list[int]] = [[] for _ in range(self.participants)]
        for r in self.open:
            self.of_participant[self.a[r]].append(r)
            self.of_participant[self.b[r]].append(r)
        self._pairs: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None = None

    def pairs(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Every open request with each slot it could go to, as two arrays (request, slot),
        by request then slot: the rows of the bounds' models, built once."""
        if self._pairs is None:
            width = max(1, (self.slot_count + 7) // 8)
            raw = b"".join(self.candidates[r].to_bytes(width, "little") for r in self.open)
            grid = np.unpackbits(
                np.frombuffer(raw, dtype=np.uint8).reshape(len(self.open), width),
                axis=1,
                bitorder="little",
            )
            rows, slots = np.nonzero(grid)
            requests = np.asarray(self.open, dtype=np.int64)[rows]
            self._pairs = (requests, slots.astype(np.int64))
        return self._pairs

    def pair_count(self) -> int:
        """How many (request, slot) pairs are open: the size of the weight model."""
        return int(self.pairs()[0].size)

    # -- evaluation -----------------------------------------------------------------------

    def busy_masks(self, slot_of: Sequence[int]) -> list[int]:
        busy = list(self.locked_busy)
        for r, s in enumerate(slot_of):
            if s >= 0:
                bit = 1 << s
                busy[self.a[r]] |= bit
                busy[self.b[r]] |= bit
        return busy

    def weight_of(self, slot_of: Sequence[int]) -> int:
        return self.fixed_weight + sum(
            w for w, s in zip(self.weight, slot_of, strict=True) if s >= 0
        )

    def idle_of_mask(self, mask: int) -> int:
        """Idle slots of one participant whose meetings are the bits of ``mask``."""
        return sum(gaps(mask & m) for m in self.session_masks)

    def idle_slots(self, slot_of: Sequence[int]) -> int:
        return sum(self.idle_of_mask(m) for m in self.busy_masks(slot_of))

    def reasons(self, slot_of: Sequence[int]) -> list[tuple[int, Reason]]:
        """The reason of every request neither scheduled nor held by a locked meeting, in
        request order (see solver.py)."""
        busy = self.busy_masks(slot_of)
        used = [
            self.instance.tables[self.session_of[i]] - f for i, f in enumerate(self.free_tables)
        ]
        for s in slot_of:
            if s >= 0:
                used[s] += 1
        full = sum(
            1 << i
            for i in range(self.slot_count)
            if used[i] >= self.instance.tables[self.session_of[i]]
        )
        result: list[tuple[int, Reason]] = []
        for r, s in enumerate(slot_of):
            if s >= 0:
                continue
            if r in self.locked_requests:
                continue  # held by a locked meeting: not unscheduled
            common = self.common[r]
            a_busy = busy[self.a[r]] & common
            b_busy = busy[self.b[r]] & common
            if not common:
                reason = Reason.NO_COMMON_AVAILABILITY
            elif a_busy == common and b_busy == common:
                reason = Reason.BOTH_FULL
            elif a_busy == common:
                reason = Reason.REQUESTER_FULL
            elif b_busy == common:
                reason = Reason.TARGET_FULL
            elif (a_busy | b_busy) == common:
                reason = Reason.BOTH_FULL  # each common slot taken by one or the other
            elif common & ~(a_busy | b_busy) & ~full == 0:
                reason = Reason.NO_TABLE
            else:
                reason = Reason.LOWER_VALUE
            result.append((r, reason))
        return result


def gaps(part: int) -> int:
    """Zero bits between the lowest and the highest set bit: the idle slots of a person whose
    meetings in one session are the bits of ``part``."""
    if part & (part - 1) == 0:  # fewer than two meetings
        return 0
    return part.bit_length() - (part & -part).bit_length() + 1 - part.bit_count()


def bits(mask: int) -> list[int]:
    """The positions of the set bits, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _slot_key(instance: Instance) -> Callable[[int], tuple[int, int]]:
    def key(i: int) -> tuple[int, int]:
        slot = instance.slots[i]
        return (slot.session, slot.position)

    return key


def _validate(instance: Instance) -> None:
    n = instance.participants
    slot_count = len(instance.slots)
    if n < 0:
        raise ValidationError("The number of participants cannot be negative.")
    for i, slot in enumerate(instance.slots):
        if slot.index != i:
            raise ValidationError(f"Slot {i} says it is slot {slot.index}.")
        if not 0 <= slot.session < len(instance.tables):
            raise ValidationError(f"Slot {i} belongs to an unknown session {slot.session}.")
    for k in range(len(instance.tables)):
        positions = sorted(s.position for s in instance.slots if s.session == k)
        if positions != list(range(len(positions))):
            raise ValidationError(f"The slots of session {k} are not numbered 0, 1, 2 ...")
        if instance.tables[k] < 0:
            raise ValidationError(f"Session {k} has a negative number of tables.")
    if len(instance.available) != n:
        raise ValidationError("Availability must be given for every participant.")
    for p, avail in enumerate(instance.available):
        if any(not 0 <= s < slot_count for s in avail):
            raise ValidationError(f"Participant {p} is available in a slot that does not exist.")
    pairs: set[tuple[int, int]] = set()
    for i, r in enumerate(instance.requests):
        if r.index != i:
            raise ValidationError(f"Request {i} says it is request {r.index}.")
        if not (0 <= r.a < n and 0 <= r.b < n) or r.a == r.b:
            raise ValidationError(f"Request {i} must join two different known participants.")
        if r.weight <= 0:
            raise ValidationError(f"Request {i} must have a positive weight.")
        pair = (min(r.a, r.b), max(r.a, r.b))
        if pair in pairs:
            raise ValidationError(f"Request {i} repeats the pair {pair[0]}-{pair[1]}.")
        pairs.add(pair)
    seats: set[tuple[int, int]] = set()
    tables: set[tuple[int, int]] = set()
    fulfilled: set[int] = set()
    for meeting in instance.locked:
        if not 0 <= meeting.slot < slot_count:
            raise ValidationError("A locked meeting is in a slot that does not exist.")
        session = instance.slots[meeting.slot].session
        if not 0 <= meeting.table < instance.tables[session]:
            raise ValidationError(
                f"A locked meeting is at table {meeting.table + 1}, which does not exist."
            )
        if (meeting.slot, meeting.table) in tables:
            raise ValidationError(
                f"Two locked meetings share table {meeting.table + 1} in one slot."
            )
        tables.add((meeting.slot, meeting.table))
        if len(set(meeting.participants)) != len(meeting.participants):
            raise ValidationError("A locked meeting lists a participant twice.")
        for p in meeting.participants:
            if not 0 <= p < n:
                raise ValidationError("A locked meeting has an unknown participant.")
            if (p, meeting.slot) in seats:
                raise ValidationError(
                    f"Participant {p} is in two locked meetings at the same time."
                )
            seats.add((p, meeting.slot))
        if meeting.request is not None:
            if not 0 <= meeting.request < len(instance.requests):
                raise ValidationError("A locked meeting fulfils an unknown request.")
            if meeting.request in fulfilled:
                raise ValidationError(
                    f"Request {meeting.request} is fulfilled by two locked meetings."
                )
            fulfilled.add(meeting.request)
            r = instance.requests[meeting.request]
            if not {r.a, r.b} <= set(meeting.participants):
                raise ValidationError(
                    f"A locked meeting fulfils request {meeting.request} without both of its people."
                )
