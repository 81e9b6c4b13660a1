"""The scheduling problem in plain numbers, independent of the database.

Participants, slots, tables and requests are numbered from 0. A slot belongs to one session;
slots of a session are consecutive in time and numbered by ``position`` inside it (idle slots
are counted per session, between a person's first and last meeting of that session). Tables
are interchangeable seats for a meeting inside a session; which table a meeting gets matters
only for "few table changes".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Slot:
    index: int  # position in Instance.slots, in time order over all sessions
    session: int  # index of its session
    position: int  # 0, 1, 2 ... inside its session


@dataclass(frozen=True)
class Request:
    """A distinct pair of participants who want to meet (one meeting at most)."""

    index: int
    a: int  # participant
    b: int  # participant, different from a
    weight: int  # value of scheduling it (priority and mutuality), > 0


@dataclass(frozen=True)
class Locked:
    """A meeting fixed by hand: it stays where it is and takes its seats and table."""

    participants: tuple[int, ...]
    slot: int
    table: int  # table number inside the slot's session, 0-based
    request: int | None = None  # the request it fulfils, if any


@dataclass(frozen=True)
class Instance:
    participants: int
    slots: tuple[Slot, ...]
    tables: tuple[int, ...]  # number of tables of each session
    available: tuple[frozenset[int], ...]  # per participant: the slots they can meet in
    requests: tuple[Request, ...]
    locked: tuple[Locked, ...] = ()

    def session_slots(self, session: int) -> list[Slot]:
        return [s for s in self.slots if s.session == session]


@dataclass(frozen=True)
class Assignment:
    request: int
    slot: int
    table: int  # 0-based table number inside the slot's session


class Reason(StrEnum):
    """Why a request stayed unscheduled."""

    NO_COMMON_AVAILABILITY = "no_common_availability"  # no slot where both can meet
    REQUESTER_FULL = "requester_full"  # a: every common slot already taken by their meetings
    TARGET_FULL = "target_full"  # b: likewise
    BOTH_FULL = "both_full"
    NO_TABLE = "no_table"  # every common free slot has all its tables taken
    LOWER_VALUE = "lower_value"  # it fits alone, but only at the cost of more valuable meetings
    FITS_NOW = "fits_now"  # between runs: a common slot and a table are free for it now
    LOCKED = "locked"  # already held by a meeting fixed by hand (not unscheduled really)

    @property
    def text(self) -> str:
        return _REASON_TEXT[self]


_REASON_TEXT = {
    Reason.NO_COMMON_AVAILABILITY: "no common availability",
    Reason.REQUESTER_FULL: "requester full at every common time",
    Reason.TARGET_FULL: "target full at every common time",
    Reason.BOTH_FULL: "both full at every common time",
    Reason.NO_TABLE: "no free table at their common times",
    Reason.LOWER_VALUE: "gave way to more valuable meetings",
    Reason.FITS_NOW: "fits now: run the scheduler or fit it in",
    Reason.LOCKED: "held by a locked meeting",
}


class Stopped(StrEnum):
    """Why a run ended."""

    OPTIMAL = "optimal"  # the weight proven optimal, and no idle slot (or proven fewest)
    NO_FURTHER_GAIN = "no further gain"  # ended by itself: the search stopped improving
    TIME_LIMIT = "time limit"  # the time it was given ran out
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Solution:
    """A schedule and how good it is."""

    assignments: tuple[Assignment, ...]  # the scheduled requests (locked meetings not included)
    objective: int  # total weight of scheduled requests, locked ones included
    upper_bound: int  # a proven bound on that total (== objective when proven optimal)
    idle_slots: int  # sum over participants and sessions of gaps between first and last meeting
    table_changes: int  # times a participant moves table between consecutive meetings
    optimal: bool  # objective == upper_bound
    method: str
    seconds: float
    unscheduled: tuple[tuple[int, Reason], ...] = field(default=())  # request index, why
    stopped: Stopped = Stopped.TIME_LIMIT
    # Seconds from the start of the time limit to the first schedule within 1 % of the bound
    # (None: none was).
    first_good_seconds: float | None = None

    @property
    def gap(self) -> float:
        """How far from the bound, as a fraction (0.0 = proven optimal)."""
        return 0.0 if self.upper_bound == 0 else 1 - self.objective / self.upper_bound
