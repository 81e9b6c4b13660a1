"""Time, work, progress and cancel for one solve.

Two clocks run side by side. The wall clock enforces the caller's time limit and is checked
together with the cancel event: it is a safety net, since where it cuts a search depends on the
machine. The work clock decides where searches stop in the normal case: it counts estimated
seconds on the reference machine (2 cores, see benchmarks/bench_scheduling.py) from deterministic
quantities only (model sizes, CP-SAT's deterministic time), so that the same seed gives the same
schedule as long as the wall clock does not run out first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

PROGRESS_STEPS = 1000
WORK_SHARE = 0.8  # share of the time limit planned as work; the rest is slack for slower machines


class Clock:
    def __init__(
        self,
        time_limit: float,
        progress: Callable[[int, int], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        self.start = time.perf_counter()
        self.limit = time_limit
        # Seating the tables and finding the reasons come last and take little time.
        self.reserve = min(1.0, 0.05 * time_limit)
        self.deadline = self.start + time_limit - self.reserve
        self.work_budget = time_limit * WORK_SHARE
        self.work_used = 0.0
        self._progress = progress
        self._cancel = cancel
        self._reported = -1

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
        """Cancelled, or the wall clock has run out (the safety net)."""
        return self.cancelled or time.perf_counter() >= self.deadline

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

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(PROGRESS_STEPS, PROGRESS_STEPS)
