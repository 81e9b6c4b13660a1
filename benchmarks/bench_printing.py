"""Printing benchmarks: 1,000 badges and 500 attendee packs on demo-scale data.

Targets (issue 5): each under 20 s on 2 cores. The database holds the demo plus one mission of
1,000 registrations (fictional names with the letters real files bring), a B2B session of
16 slots × 60 tables and 6 meetings per person for the first 500, so that a pack has a real
meeting schedule and counterpart profiles.

Baseline, in the same process: a bare reportlab canvas that writes the same 1,000 names in the
same embedded font, one per page (what any PDF with these names costs at least).
"""

from __future__ import annotations

import itertools
import random
import shutil
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import insert, select

from benchmarks.bench_directory import FIRST_NAMES, LAST_NAMES, ORG_WORDS
from benchmarks.harness import Measurement, measure
from pimap_desktop.domain.enums import (
    MissionKind,
    MissionStatus,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import (
    B2BSession,
    B2BTable,
    Meeting,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services.demo import load_demo
from pimap_desktop.services.printing.badges import write_badges
from pimap_desktop.services.printing.common import FONT_BOLD, Paper, register_fonts
from pimap_desktop.services.printing.packs import write_packs
from pimap_desktop.store.database import open_database

BADGES = 1_000
PACKS = 500
MEETINGS_EACH = 6
SLOTS = 16
TABLES = 60
RUNS = 3


def _build(path: Path) -> tuple[uuid.UUID, list[uuid.UUID], list[str]]:
    """The demo plus the big mission; returns its id, registration ids and badge names."""
    rng = random.Random(5)
    database = open_database(path)
    try:
        with database.session() as session:
            load_demo(session)
        with database.session() as session, session.begin():
            mission = Mission(
                code="BIG2027",
                name="Big photonics fair 2027",
                kind=MissionKind.FAIR_PARTICIPATION,
                city="San Francisco",
                country="US",
                timezone="America/Los_Angeles",
                start_date=date(2027, 1, 24),
                end_date=date(2027, 1, 29),
                status=MissionStatus.OPEN,
                practical_info="Badges are collected at the delegation desk, hall A.",
            )
            session.add(mission)
            session.flush()
            organisations = []
            for n in range(200):
                name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {n}"
                organisations.append(
                    {
                        "id": uuid.uuid4(),
                        "name": name,
                        "normalised_name": normalise_name(name),
                        "kind": OrganisationKind.SME,
                        "country": rng.choice(("FR", "BE", "PT", "FI", "US", "CA")),
                        "offers": "Fibre lasers and optical coatings for industrial use.",
                        "seeks": "Distributors and integration partners in North America.",
                    }
                )
            session.execute(insert(Organisation), organisations)
            people, registrations, names = [], [], []
            for n in range(BADGES):
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                person_id = uuid.uuid4()
                people.append(
                    {
                        "id": person_id,
                        "first_name": first,
                        "last_name": f"{last}-{n}",
                        "email": f"person{n}@big.example",
                        "organisation_id": organisations[n % len(organisations)]["id"],
                        "consent_contact": n % 2 == 0,
                    }
                )
                names.append(f"{first} {last}-{n}")
                registrations.append(
                    {
                        "id": uuid.uuid4(),
                        "mission_id": mission.id,
                        "person_id": person_id,
                        "role": RegistrationRole.DELEGATE
                        if n % 3
                        else RegistrationRole.LOCAL_PARTICIPANT,
                        "status": RegistrationStatus.CONFIRMED,
                        "hotel": "Hotel Mariposa Union Square",
                    }
                )
            session.execute(insert(Person), people)
            session.execute(insert(Registration), registrations)
            start = datetime(2027, 1, 27, 17, 0, tzinfo=UTC)
            b2b = B2BSession(
                mission_id=mission.id,
                name="B2B meetings",
                starts_at=start,
                ends_at=start + timedelta(minutes=20 * SLOTS),
                slot_minutes=20,
                break_minutes=0,
            )
            session.add(b2b)
            session.flush()
            tables = [B2BTable(session_id=b2b.id, number=n + 1) for n in range(TABLES)]
            session.add_all(tables)
            session.flush()
            ids = [r["id"] for r in registrations]
            meetings, links = [], []
            pack_people = ids[:PACKS]
            for slot, table in itertools.product(range(SLOTS), range(TABLES)):
                pair = ((slot * TABLES + table) * 2) % PACKS
                a, b = pack_people[pair], pack_people[(pair + 1 + slot) % PACKS]
                if a == b or len(meetings) >= PACKS * MEETINGS_EACH // 2:
                    continue
                meeting_id = uuid.uuid4()
                begins = start + timedelta(minutes=20 * slot)
                meetings.append(
                    {
                        "id": meeting_id,
                        "mission_id": mission.id,
                        "session_id": b2b.id,
                        "table_id": tables[table].id,
                        "starts_at": begins,
                        "ends_at": begins + timedelta(minutes=20),
                    }
                )
                links += [
                    {"meeting_id": meeting_id, "registration_id": a},
                    {"meeting_id": meeting_id, "registration_id": b},
                ]
            session.execute(insert(Meeting), meetings)
            session.execute(insert(meeting_participants), links)
            mission_id = mission.id
        with database.session() as session:
            ordered = list(
                session.scalars(
                    select(Registration.id).where(Registration.mission_id == mission_id)
                )
            )
    finally:
        database.dispose()
    return mission_id, ordered, names


def _bare_canvas(out: Path, names: list[str]) -> None:
    register_fonts()
    canvas = Canvas(str(out), pagesize=Paper.A4.size)
    for name in names:
        canvas.setFont(FONT_BOLD, 24)
        canvas.drawString(72, 400, name)
        canvas.showPage()
    canvas.save()


def run() -> list[Measurement]:
    folder = Path(tempfile.mkdtemp(prefix="pimap-bench-print-"))
    try:
        mission_id, registration_ids, names = _build(folder / "bench.sqlite")
        database = open_database(folder / "bench.sqlite")
        try:
            with database.session() as session:

                def badges() -> None:
                    report = write_badges(session, mission_id, folder / "badges.pdf", record=False)
                    assert report.items == BADGES, report

                def packs() -> None:
                    report = write_packs(
                        session,
                        mission_id,
                        folder / "packs.pdf",
                        registration_ids=registration_ids[:PACKS],
                    )
                    assert report.items == PACKS, report

                def packs_separate() -> None:
                    report = write_packs(
                        session,
                        mission_id,
                        folder / "packs",
                        registration_ids=registration_ids[:PACKS],
                        combined=False,
                    )
                    assert len(report.paths) == PACKS, report

                def baseline() -> None:
                    _bare_canvas(folder / "bare.pdf", names)

                return [
                    measure(
                        f"{BADGES:,} badges, A6 (target < 20 s)",
                        badges,
                        "bare canvas, 1,000 names",
                        baseline,
                        RUNS,
                    ),
                    measure(
                        f"{PACKS} packs, one PDF (target < 20 s)",
                        packs,
                        "bare canvas, 1,000 names",
                        baseline,
                        RUNS,
                    ),
                    measure(
                        f"{PACKS} packs, a file each (target < 20 s)",
                        packs_separate,
                        "bare canvas, 1,000 names",
                        baseline,
                        RUNS,
                    ),
                ]
        finally:
            database.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
