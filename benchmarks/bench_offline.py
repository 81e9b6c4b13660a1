"""Offline copies benchmark (issue 16): the scripted fair of tests/fair.py, timed.

The office holds the demo and FAIR27 (300 registrations, 150 meetings; tests/fair.py). Two
laptops take it to the fair and work on it: 150 check-ins each, 10 walk-ins each (2 of them the
same people), 15 meeting moves and 30 follow-ups each, a few edits on both sides and in the
office (5 conflicts). Measured, medians of ``RUNS`` runs:

- take: one copy of FAIR27 written to a new file (``take_offline``, what ``pimap offline take``
  does);
- bring-back: laptop A's copy, then laptop B's, merged into the office as it was after the fair
  (restored before each run), with the backup the bring-back takes first, as a coordinator
  gets it; the same without the backup (the merge alone); and A's brought back again (nothing
  to change: what a second try costs).

Baseline, in the same run and on the same engine: ``save_sqlite_copy`` of the whole office
(File ▸ Save a copy as SQLite), what writing every record of the database to a file costs.

The office is an SQLite file; and a PostgreSQL database when a server can be had (a throwaway
cluster, see tests/pg_cluster.py, or ``$PIMAP_TEST_PG_URL``), skipped with the reason
otherwise. The laptops' copies are always files. Run alone: ``python -m benchmarks offline``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from benchmarks.harness import Measurement, median_ms
from pimap_desktop.domain.models import Registration
from pimap_desktop.services.demo import load_demo
from pimap_desktop.services.offline.merge import bring_back
from pimap_desktop.services.offline.take import take_offline
from pimap_desktop.store.database import open_database
from pimap_desktop.store.transfer import save_sqlite_copy
from tests.fair import CODE, Fair, build_office, hold_fair

RUNS = 5
BASELINE = "save_sqlite_copy (office)"


@dataclass(frozen=True)
class Engine:
    """Where the office lives, and how to get it back as it was after the fair."""

    name: str
    where: Path | str  # the office: a file, or a PostgreSQL URL
    restore: Callable[[], tuple[Path | str, Callable[[], None]]]  # a fresh office; its cleanup


@contextmanager
def _private_user_folders(folder: Path) -> Iterator[None]:
    """A team database's backup before a bring-back goes to the per-user folder: here, not
    the user's."""
    names = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ[name] = str(folder / name.lower())
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _the_fair(where: Path | str, folder: Path) -> Fair:
    db = open_database(where)
    try:
        with db.session() as session:
            load_demo(session)
        began = time.perf_counter()
        office = build_office(db)
        fair = hold_fair(db, office, folder)
        with db.session() as session:
            registrations = session.scalar(select(func.count()).select_from(Registration))
        print(
            f"  office: the demo and {CODE} ({len(office.registrations)} registrations, "
            f"{sum(len(row) for row in office.meetings)} meetings; {registrations} registrations "
            f"in all); the fair scripted in {time.perf_counter() - began:.1f} s"
        )
    finally:
        db.dispose()
    return fair


def _measure(engine: Engine, fair: Fair, folder: Path) -> list[Measurement]:
    office = open_database(engine.where)
    try:
        out = folder / "taken.sqlite"
        whole = folder / "whole-office.sqlite"
        taken = take_offline(office, CODE, out, overwrite=True)
        copied = save_sqlite_copy(office, whole, overwrite=True)
        print(
            f"  a copy holds {taken.rows} rows ({out.stat().st_size // 1024} KiB); "
            f"the whole office {copied.rows} rows ({whole.stat().st_size // 1024} KiB)"
        )
        take_ms = median_ms(lambda: take_offline(office, CODE, out, overwrite=True), RUNS)
        baseline_ms = median_ms(lambda: save_sqlite_copy(office, whole, overwrite=True), RUNS)
    finally:
        office.dispose()

    times: dict[str, list[float]] = {}
    conflicts: set[int] = set()
    for _run in range(RUNS):
        for backup in (True, False):
            steps = [("bring back A (first)", fair.a.path), ("bring back B (second)", fair.b.path)]
            if backup:
                steps.append(("bring back A again (no change)", fair.a.path))
            where, cleanup = engine.restore()
            db = open_database(where)
            try:
                found = 0
                for name, copy in steps:
                    began = time.perf_counter()
                    report = bring_back(db, copy, backup=backup)
                    elapsed = (time.perf_counter() - began) * 1000
                    label = name if backup else f"{name}, merge only (no backup)"
                    times.setdefault(label, []).append(elapsed)
                    found += len(report.conflicts)
                conflicts.add(found)
            finally:
                db.dispose()
                cleanup()
    print(f"  conflicts reported per run: {sorted(conflicts)}")

    def measurement(name: str, median: float) -> Measurement:
        return Measurement(f"{engine.name}: {name}", median, RUNS, BASELINE, baseline_ms)

    return [
        measurement(f"take one copy of {CODE}", take_ms),
        *(measurement(name, statistics.median(values)) for name, values in times.items()),
    ]


def _sqlite(folder: Path) -> list[Measurement]:
    where = folder / "office" / "pimap.sqlite"
    where.parent.mkdir()
    fair = _the_fair(where, folder)
    pristine = folder / "office-after-the-fair.sqlite"
    db = open_database(where)
    try:
        save_sqlite_copy(db, pristine)  # one closed file: copied for each run
    finally:
        db.dispose()
    runs = iter(range(10_000))

    def restore() -> tuple[Path | str, Callable[[], None]]:
        run = folder / f"run-{next(runs)}"
        run.mkdir()
        shutil.copyfile(pristine, run / "pimap.sqlite")
        return run / "pimap.sqlite", lambda: shutil.rmtree(run)

    return _measure(Engine("sqlite", where, restore), fair, folder)


def _postgresql(folder: Path) -> list[Measurement]:
    from tests.pg_cluster import PgUnavailable, start_server

    try:
        server = start_server()
    except PgUnavailable as exc:
        print(f"  PostgreSQL office skipped: no PostgreSQL server ({exc})")
        return []
    try:
        where = server.pimap_database()
        fair = _the_fair(where, folder)
        pristine = str(make_url(where).database)

        def restore() -> tuple[Path | str, Callable[[], None]]:
            url = server.create_database(template=pristine)  # the office has no connection
            return url, lambda: server.drop_database(url)

        return _measure(Engine("postgresql", where, restore), fair, folder)
    finally:
        server.close()


def run() -> list[Measurement]:
    results: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="pimap-bench-offline-") as name:
        folder = Path(name)
        with _private_user_folders(folder):
            for engine, measure in (("sqlite", _sqlite), ("postgresql", _postgresql)):
                print(f"{engine} office")
                where = folder / engine
                where.mkdir()
                results += measure(where)
    return results
