"""Time, work, progress and cancel for one scheduling run.

Two clocks run side by side. The wall clock enforces the caller's time limit and is checked
together with the cancel event: it is what keeps the limit, and where it cuts a search depends
on the machine. The work clock plans the phases: it counts estimated seconds on the reference
machine (2 cores, see benchmarks/bench_scheduling.py) from deterministic quantities only (model
sizes, CP-SAT's deterministic time), so that the same seed gives the same phases, and the same
schedule whenever the search ends by itself before the wall clock stops it.

The limit may have begun before the solve: ``pimap schedule --time-limit N`` counts it from
the start of the command (``command_started``), so that reading the plan before the solve and
writing the meetings after it fit in the N seconds too. ``before`` is the work estimated for
what came before the solve, ``after`` the seconds kept for what comes after it.

The clock also keeps when the schedule's weight improved (``found``), from which the run's
report says when it was first within 1 % of the proven bound (``first_within``).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

PROGRESS_STEPS = 1000
WORK_SHARE = 0.8  # share of the time limit planned as work; the rest is slack for slower machines
GOOD_SHARE = 0.99  # "a good schedule": within 1 % of the proven bound
# A process older than this when it asks is not a command just started (a long-lived process,
# or a clock that cannot be trusted): its limit counts from the question instead.
LONGEST_START = 30.0


class Clock:
    def __init__(
        self,
        time_limit: float,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
        *,
        started: float | None = None,
        before: float = 0.0,
        after: float = 0.0,
    ) -> None:
        now = time.perf_counter()
        # When the limit began: ``started`` (a time.perf_counter() value), or now.
        self.start = now if started is None else min(started, now)
        self.limit = time_limit
        # Seating the tables and finding the reasons come last and take little time; ``after``
        # is kept for the caller's work after the solve.
        self.reserve = min(1.0, 0.05 * time_limit) + after
        self.deadline = self.start + time_limit - self.reserve
        self.work_budget = WORK_SHARE * max(0.0, time_limit - before - after)
        self.work_used = 0.0
        self._progress = progress
        self._cancel = cancel
        self._reported = -1
        self._found: list[tuple[float, int]] = []  # (elapsed, weight) at each better weight
        self.ran_out = False  # the wall clock stopped a phase

    @property
    def cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def wall_left(self) -> float:
        return max(0.0, self.deadline - time.perf_counter())

    def work_left(self) -> float:
        return max(0.0, self.work_budget - self.work_used)

    def spend(self, work: float) -> None:
        self.work_used += work

    def out_of_time(self) -> bool:
        """Cancelled, or the wall clock has run out."""
        if self.cancelled:
            return True
        if time.perf_counter() >= self.deadline:
            self.ran_out = True
            return True
        return False

    def should_stop(self) -> bool:
        """For loops: report progress, then say whether to stop (see out_of_time)."""
        self.tick()
        return self.out_of_time()

    def tick(self) -> None:
        """Report the share of the time limit used so far (a step at most every 0.1 %)."""
        if self._progress is None:
            return
        done = min(PROGRESS_STEPS - 1, int(PROGRESS_STEPS * self.elapsed() / self.limit))
        if done > self._reported:
            self._reported = done
            self._progress(done, PROGRESS_STEPS)

    def found(self, weight: int) -> None:
        """A schedule of this weight exists now (kept when better than the last one)."""
        if not self._found or weight > self._found[-1][1]:
            self._found.append((self.elapsed(), weight))

    def first_within(self, bound: int) -> float | None:
        """Seconds from the start to the first schedule within 1 % of ``bound`` (a proven
        bound on the weight, the final one); None when none was."""
        for seconds, weight in self._found:
            if weight >= GOOD_SHARE * bound:
                return seconds
        return None

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(PROGRESS_STEPS, PROGRESS_STEPS)


def now() -> float:
    """The wall clock (``time.perf_counter()``), as every part of a run reads it."""
    return time.perf_counter()


def command_started() -> float:
    """When this command started, as a ``time.perf_counter()`` value: the start of a command's
    time limit, the interpreter's start-up and the command's imports included. That is the
    start of the process when the process is the ``pimap`` command (read from the process table
    on Linux); otherwise (another system, or the command's ``main`` called by a program or a
    test) it is now."""
    now = time.perf_counter()
    if not sys.platform.startswith("linux") or not _process_is_the_command():
        return now
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        ticks = int(fields[19])  # field 22, starttime: clock ticks after boot
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return now
    return now - age if 0.0 <= age <= LONGEST_START else now


def _process_is_the_command() -> bool:
    """Whether this process was started as ``pimap``: its script, or the bundle's executable,
    or ``python -m pimap_desktop.cli``."""
    main = sys.modules.get("__main__")
    if getattr(getattr(main, "__spec__", None), "name", "") == "pimap_desktop.cli.__main__":
        return True
    return bool(sys.argv) and Path(sys.argv[0]).stem.lower() == "pimap"
