"""A mission in a real database whose B2B part is a generated instance (generator.py): for
the tests of a whole run (reading, solving, writing) and for the benchmark of ``pimap schedule``
(benchmarks/bench_scheduling.py)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    MissionKind,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    MeetingRequest,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services.b2b.meetings import SlotTime
from pimap_desktop.services.b2b.scheduling.model import Instance
from pimap_desktop.store.database import open_database
from tests.services.scheduling.generator import Spec, generate

MISSION_CODE = "BENCH27"
SLOT_MINUTES, BREAK_MINUTES = 15, 5
FIRST_DAY = date(2027, 5, 4)
FIRST_NAMES = ("Anna", "Björn", "Élodie", "João", "Kaisa", "Lars", "Marta", "Pekka", "Sofia")
LAST_NAMES = ("Andersson", "Costa", "Dubois", "Laine", "Lindqvist", "Martin", "Silva", "Virtanen")
WORDS = ("Nordic", "Photonics", "Laser", "Steel", "Atlantic", "Optics", "Forge", "Micro")


def mission_database(path: Path | str, spec: Spec, seed: int = 1) -> None:
    """A database whose mission BENCH27 is the generator's instance for ``spec`` and ``seed``:
    one confirmed registration per participant, a B2B session per day with the spec's slots and
    tables, availability windows for the participants who have one, and a request (two for a
    mutual pair) with priorities giving each pair its weight. Written in bulk."""
    from pimap_desktop.services.b2b.meetings import SessionData, add_session, session_slots
    from pimap_desktop.services.missions.missions import MissionData, create_mission
    from pimap_desktop.services.unit import transaction

    instance = generate(spec, seed)
    rng = random.Random(seed)
    db = open_database(path)
    try:
        with db.session() as session:
            mission_id = create_mission(
                session,
                MissionData(
                    code=MISSION_CODE,
                    name=f"Matchmaking benchmark ({spec.participants:,} participants)",
                    kind=MissionKind.MATCHMAKING_EVENT,
                    city="Porto",
                    country="PT",
                    timezone="Europe/Lisbon",
                    start_date=FIRST_DAY,
                    end_date=FIRST_DAY + timedelta(days=spec.sessions - 1),
                ),
            )
            start = datetime(2027, 1, 1, 9, 0)
            end = start + timedelta(
                minutes=spec.slots_per_session * (SLOT_MINUTES + BREAK_MINUTES) - BREAK_MINUTES
            )
            session_ids = [
                add_session(
                    session,
                    mission_id,
                    SessionData(
                        FIRST_DAY + timedelta(days=k),
                        start.time(),
                        end.time(),
                        SLOT_MINUTES,
                        BREAK_MINUTES,
                        spec.tables,
                        f"B2B day {k + 1}",
                    ),
                )
                for k in range(spec.sessions)
            ]
            slots = [
                slot
                for session_id in session_ids
                for slot in session_slots(session.get_one(B2BSession, session_id))
            ]
            with transaction(session):
                _people(session, mission_id, instance, slots, rng)
    finally:
        db.dispose()


def _people(
    session: Session,
    mission_id: uuid.UUID,
    instance: Instance,
    slots: Sequence[SlotTime],
    rng: random.Random,
) -> None:
    organisations = [
        {
            "id": uuid.uuid4(),
            "name": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n}",
            "normalised_name": normalise_name(f"{rng.choice(WORDS)} {n}"),
            "kind": OrganisationKind.SME,
            "country": ("FR", "SE", "PT", "FI")[n % 4],
        }
        for n in range(max(1, instance.participants // 4))
    ]
    session.execute(insert(Organisation), organisations)
    people, registrations = [], []
    for n in range(instance.participants):
        person_id = uuid.uuid4()
        people.append(
            {
                "id": person_id,
                "first_name": rng.choice(FIRST_NAMES),
                "last_name": f"{rng.choice(LAST_NAMES)} {n}",
                "email": f"p{n}@bench.example",
                "organisation_id": organisations[n % len(organisations)]["id"],
            }
        )
        registrations.append(
            {
                "id": uuid.uuid4(),
                "mission_id": mission_id,
                "person_id": person_id,
                "role": RegistrationRole.DELEGATE,
                "status": RegistrationStatus.CONFIRMED,
            }
        )
    session.execute(insert(Person), people)
    session.execute(insert(Registration), registrations)
    ids = [r["id"] for r in registrations]
    every = frozenset(range(len(slots)))
    windows = []
    for person, available in enumerate(instance.available):
        if available == every:
            continue  # no window: every slot
        for first, last in _runs(sorted(available)):
            windows.append(
                {
                    "registration_id": ids[person],
                    "starts_at": slots[first].starts_at,
                    "ends_at": slots[last].ends_at,
                }
            )
    if windows:
        session.execute(insert(Availability), windows)
    requests = []
    for r in instance.requests:
        for requester, target, priority in _directions(r.a, r.b, r.weight):
            requests.append(
                {
                    "mission_id": mission_id,
                    "requester_id": ids[requester],
                    "target_id": ids[target],
                    "priority": priority,
                }
            )
    session.execute(insert(MeetingRequest), requests)


def _runs(slots: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive slot numbers as (first, last) runs; a run never crosses a session, since
    the generator's windows lie inside one."""
    runs: list[tuple[int, int]] = []
    for s in slots:
        if runs and runs[-1][1] == s - 1:
            runs[-1] = (runs[-1][0], s)
        else:
            runs.append((s, s))
    return runs


PRIORITY_OF = {3: 1, 2: 2, 1: 3}  # weight of one direction -> priority


def _directions(a: int, b: int, weight: int) -> list[tuple[int, int, int]]:
    """The request rows of a pair worth ``weight``: one, or both directions for a mutual pair
    (weights 3, 2, 1 one way; a + b + 2 both ways)."""
    if weight in PRIORITY_OF:
        return [(a, b, PRIORITY_OF[weight])]
    for there in (3, 2, 1):
        back = weight - 2 - there
        if back in PRIORITY_OF:
            return [(a, b, PRIORITY_OF[there]), (b, a, PRIORITY_OF[back])]
    raise ValueError(f"no priorities give the weight {weight}")
