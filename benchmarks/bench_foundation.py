"""Foundation benchmarks: opening a database, the missions list, a programme, the list filter,
the demo data, and `pimap import people --mission` of 10,000 and 50,000 rows. Each is compared
with a plain baseline doing the least the same job needs; the import, run as a user runs it (a
process of its own), with `pimap missions --json` on the same database in the same run.

Targets (issue 18): the import of 10,000 rows in under 1.5 s, of 50,000 rows in under 8 s.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from benchmarks.harness import Measurement, measure
from pimap_desktop.domain.enums import (
    MissionKind,
    MissionStatus,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import Mission, Person, ProgrammeItem, Registration
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.store.database import Database, open_database

MISSIONS = 200
PEOPLE = 50_000
REGISTRATIONS_PER_PERSON = 1
PROGRAMME_ITEMS = 400


def _populate(db: Database) -> uuid.UUID:
    """200 missions, 50,000 people each registered once, one mission with 400 items."""
    now = datetime(2026, 11, 1, tzinfo=UTC)
    mission_ids = [uuid.uuid4() for _ in range(MISSIONS)]
    with db.engine.begin() as conn:
        conn.execute(
            insert(Mission),
            [
                {
                    "id": mid,
                    "code": f"M{n:04d}",
                    "name": f"Mission {n}",
                    "kind": MissionKind.BUSINESS_MISSION,
                    "host_event": "",
                    "city": "San Francisco",
                    "country": "US",
                    "timezone": "America/Los_Angeles",
                    "start_date": date(2027, 1, 1) + timedelta(days=n),
                    "end_date": date(2027, 1, 5) + timedelta(days=n),
                    "status": MissionStatus.OPEN,
                    "objectives": "",
                    "practical_info": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for n, mid in enumerate(mission_ids)
            ],
        )
        people = [uuid.uuid4() for _ in range(PEOPLE)]
        conn.execute(
            insert(Person),
            [
                {
                    "id": pid,
                    "first_name": f"First{n}",
                    "last_name": f"Last{n}",
                    "email": f"p{n}@bench.example",
                    "job_title": "",
                    "phone": "",
                    "badge_name": "",
                    "languages": [],
                    "dietary_needs": "",
                    "accessibility_needs": "",
                    "consent_listed": False,
                    "consent_contact": False,
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for n, pid in enumerate(people)
            ],
        )
        conn.execute(
            insert(Registration),
            [
                {
                    "id": uuid.uuid4(),
                    "mission_id": mission_ids[n % MISSIONS],
                    "person_id": pid,
                    "role": RegistrationRole.DELEGATE,
                    "status": RegistrationStatus.CONFIRMED,
                    "hotel": "",
                    "badges_printed": 0,
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for n, pid in enumerate(people)
            ],
        )
        target = mission_ids[0]
        start = datetime(2027, 1, 1, 15, 0, tzinfo=UTC)
        conn.execute(
            insert(ProgrammeItem),
            [
                {
                    "id": uuid.uuid4(),
                    "mission_id": target,
                    "kind": ProgrammeItemKind.WORKSHOP_SESSION,
                    "title": f"Session {n}",
                    "description": "",
                    "starts_at": start + timedelta(minutes=15 * n),
                    "ends_at": start + timedelta(minutes=15 * n + 45),
                    "room": f"Room {n % 7}",
                    "audience": "everyone",
                    "created_at": now,
                    "updated_at": now,
                }
                for n in range(PROGRAMME_ITEMS)
            ],
        )
    return target


def run() -> list[Measurement]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _compile_package()
    results: list[Measurement] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(path)
        mission_id = _populate(db)
        raw = sqlite3.connect(path)

        def open_close() -> None:
            open_database(path).dispose()

        def raw_open() -> None:
            sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()

        results.append(measure("open database (at head)", open_close, "sqlite3 connect", raw_open))

        def missions_list() -> None:
            with db.session() as session:
                svc.list_missions(session)

        def raw_missions() -> None:
            raw.execute(
                "SELECT m.*, (SELECT count(*) FROM registrations r WHERE r.mission_id = m.id)"
                " FROM missions m ORDER BY start_date DESC"
            ).fetchall()

        results.append(
            measure(
                f"list missions ({MISSIONS}, {PEOPLE} regs)",
                missions_list,
                "raw SQL, same counts",
                raw_missions,
            )
        )

        def programme() -> None:
            with db.session() as session:
                svc.list_programme(session, mission_id)

        def raw_programme() -> None:
            raw.execute(
                "SELECT * FROM programme_items WHERE mission_id = ? ORDER BY starts_at",
                (mission_id.hex,),
            ).fetchall()

        results.append(
            measure(
                f"programme of {PROGRAMME_ITEMS} items",
                programme,
                "raw SQL select",
                raw_programme,
            )
        )
        results.append(_filter_benchmark(db))
        raw.close()
        db.dispose()

        def demo() -> None:
            from pimap_desktop.services.demo import load_demo

            target = Path(tempfile.mkdtemp(dir=folder)) / "demo.sqlite"
            fresh = open_database(target)
            with fresh.session() as session:
                load_demo(session)
            fresh.dispose()

        def empty() -> None:
            target = Path(tempfile.mkdtemp(dir=folder)) / "empty.sqlite"
            open_database(target).dispose()

        results.append(measure("new database + demo data", demo, "new empty database", empty, 5))
        results += cli_start_benchmarks(path)
        results += import_benchmarks(Path(folder))
    return results


# --------------------------------------------------------------------------- CLI start

CLI_START_TARGET_MS = 300.0  # `pimap --help` on the 2-core reference machine


def _compile_package() -> None:
    """Compile the package, as an installed app is: with PYTHONDONTWRITEBYTECODE set, every
    `pimap` process would otherwise compile the modules it imports, and be timed doing it."""
    package = Path(__file__).resolve().parent.parent / "pimap_desktop"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


def _pimap_command() -> list[str]:
    """The `pimap` entry point next to this interpreter, else the package run as a module."""
    script = shutil.which("pimap", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "pimap_desktop.cli"]


def cli_start_benchmarks(db_path: Path) -> list[Measurement]:
    """`pimap --help` (the parser only: no database layer) and `pimap missions --json` on a
    database at the head revision, each a process of its own, against `python -c pass` with
    the same interpreter: what starting Python costs anyway."""
    pimap = _pimap_command()

    def run_quietly(*command: str) -> None:
        subprocess.run(command, capture_output=True, check=True)

    def bare_python() -> None:
        run_quietly(sys.executable, "-c", "pass")

    def help_text() -> None:
        run_quietly(*pimap, "--help")

    def missions_json() -> None:
        run_quietly(*pimap, "--db", str(db_path), "missions", "--json")

    start = measure("CLI start: pimap --help", help_text, "python -c pass", bare_python, 15)
    verdict = "met" if start.median_ms < CLI_START_TARGET_MS else "NOT met"
    print(
        f"pimap --help: {start.median_ms:.0f} ms (python -c pass {start.baseline_median_ms:.0f}"
        f" ms); target < {CLI_START_TARGET_MS:.0f} ms: {verdict}"
    )
    listing = measure(
        "CLI: pimap missions --json (at head)", missions_json, "python -c pass", bare_python, 15
    )
    return [start, listing]


# --------------------------------------------------------------------------- import

IMPORT_SIZES = {10_000: 5, 50_000: 3}  # rows: runs
IMPORT_MISSION = "BENCH27"


def _pimap(*args: str) -> str:
    """``pimap ARGS`` in a process of its own, as a user runs it; its output."""
    done = subprocess.run(
        [sys.executable, "-m", "pimap_desktop.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"pimap {args[0]} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


def import_benchmarks(folder: Path) -> list[Measurement]:
    """``pimap import people FILE --mission CODE`` of the directory benchmark's fictional people
    (a CSV of 10,000, then 50,000 rows) into a copy of a database that holds only the mission,
    against ``pimap missions --json`` on the same database in the same run (the same start-up,
    opening and daily-backup check)."""
    from benchmarks.bench_directory import people_rows, write_csv
    from pimap_desktop.domain.enums import MissionKind as Kind
    from pimap_desktop.services.missions.missions import MissionData

    template = folder / "import-template.sqlite"
    db = open_database(template)
    with db.session() as session:
        svc.create_mission(
            session,
            MissionData(
                code=IMPORT_MISSION,
                name="Import benchmark",
                kind=Kind.BUSINESS_MISSION,
                city="Bordeaux",
                country="FR",
                timezone="Europe/Paris",
                start_date=date(2027, 3, 1),
                end_date=date(2027, 3, 3),
            ),
        )
    db.dispose()
    results = []
    for rows, runs in IMPORT_SIZES.items():
        people = folder / f"people-{rows}.csv"
        write_csv(people, people_rows(rows))
        target = folder / f"import-{rows}" / "pimap.sqlite"

        def fresh_copy(target: Path = target) -> None:
            shutil.rmtree(target.parent, ignore_errors=True)
            target.parent.mkdir()
            shutil.copyfile(template, target)

        def import_people(rows: int = rows, people: Path = people, target: Path = target) -> None:
            fresh_copy()
            out = _pimap(
                "import",
                "--db",
                str(target),
                "people",
                str(people),
                "--mission",
                IMPORT_MISSION,
                "--json",
            )
            if json.loads(out)["created"] != rows:
                raise AssertionError(f"benchmark import went wrong: {out[:300]}")

        def missions_json(target: Path = target) -> None:
            json.loads(_pimap("missions", "--db", str(target), "--json"))

        results.append(
            measure(
                f"pimap import people --mission, {rows:,} rows",
                import_people,
                "pimap missions --json",
                missions_json,
                runs,
            )
        )
    return results


def _filter_benchmark(db: Database) -> Measurement:
    """One keystroke in the missions search over 2,000 missions (the table model's own filter)."""
    from PySide6.QtWidgets import QApplication

    from pimap_desktop.gui.missions.missions_page import MISSION_COLUMNS
    from pimap_desktop.gui.models import RowTableModel

    _app = QApplication.instance() or QApplication([])
    with db.session() as session:
        rows = svc.list_missions(session) * 10
    model: RowTableModel[svc.MissionRow] = RowTableModel(MISSION_COLUMNS)
    model.set_rows(rows)
    texts = [" ".join(c.text(r) for c in MISSION_COLUMNS).casefold() for r in rows]
    words = iter(["m01", "m012", "m0123", "mission 12", "san"] * 1000)

    def keystroke() -> None:
        model.set_search(next(words))
        model.rowCount()

    def plain_filter() -> None:
        needle = next(words)
        [t for t in texts if needle in t]

    return measure(
        f"search keystroke ({len(rows)} missions)", keystroke, "list filter", plain_filter
    )
