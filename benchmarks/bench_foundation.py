"""Foundation benchmarks: opening a database, the missions list, a programme, the list filter,
and the demo data. Each is compared with a plain baseline doing the least the same job needs."""

from __future__ import annotations

import os
import sqlite3
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
