"""The scripted fair of issue 16: an office database with a mission of 300 registrations, two
laptops that take it to the fair, and what both of them and the office do meanwhile. Shared by
tests/services/test_fair.py (the fair checked) and benchmarks/bench_offline.py (the fair timed).

The office (``build_office``): FAIR27, a fair participation in Munich; 300 fictional people
(names drawn from short lists with a fixed seed, e-mails under ``fair.example``) from 60
fictional organisations, all confirmed; one B2B session of ten 20-minute slots at 24 tables,
with 150 meetings (15 a slot, at tables 1 to 15: every registration meets once) placed as
``create_meeting`` places them; three follow-ups of contacts made before the fair.

The fair (``hold_fair``), every step the service call the GUI or the CLI makes:
- two copies taken, laptop A and laptop B (``take_offline``);
- A checks in registrations 0-149, B 150-299 (``check_in``; every other one by badge code, the
  rest by e-mail), each at its own time;
- 10 walk-ins on each laptop (``walk_in``), two of them the same people (same e-mail, same
  new organisation) on both: 18 new people in all;
- 15 meeting moves on each laptop (``move_meeting``), to places nobody else takes: A moves
  three meetings of each of slots 0-4 five slots later, to tables 16-18; B moves three of each
  of slots 5-9 to tables 20-22 in the same slot. No two moves land on one place;
- 30 follow-ups on each laptop (``record_quick_followup``, which marks the meeting held): A on
  meetings of slots 0-4, B on meetings of slots 5-9 and on three meetings A moved;
- edits (``update_person``, the person form): three people's phone on A and, differently, in
  the office; two people's job title on A and, differently, on B; two people's phone on A and
  their job title in the office (other fields: they merge). The office also writes the hotel
  of two registrations the laptops check in (another field: it merges).

The double edits are the only conflicts (``expected_conflicts``): the phones when A comes back
(whichever comes first), the job titles when the second laptop comes back.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    MissionKind,
    OrganisationKind,
    RegistrationStatus,
)
from pimap_desktop.domain.models import (
    B2BTable,
    FollowUp,
    Meeting,
    Organisation,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.domain.rules import badge_payload, normalise_name
from pimap_desktop.services.b2b.meetings import (
    MeetingPlace,
    SessionData,
    add_session,
    create_meeting,
    move_meeting,
    session_slots,
)
from pimap_desktop.services.directory.directory import person_data, update_person
from pimap_desktop.services.followup.followup import (
    FollowUpData,
    create_followup,
    record_quick_followup,
)
from pimap_desktop.services.missions.missions import MissionData, create_mission
from pimap_desktop.services.offline.take import take_offline
from pimap_desktop.services.onsite.onsite import CheckInOutcome, check_in, walk_in
from pimap_desktop.services.registrations.registrations import (
    register_people,
    registration_data,
    update_registration,
)
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database, open_database

CODE = "FAIR27"
SEED = 16
REGISTRATIONS = 300
SLOTS, TABLES, MEETINGS_A_SLOT = 10, 24, 15
FAIR_DAY = date(2027, 6, 23)
AT_FAIR = datetime(2027, 6, 23, 6, 0, tzinfo=UTC)  # 08:00 in Munich

FIRST_NAMES = (
    "Aino", "Bruno", "Carla", "Dario", "Elin", "Fabien", "Greta", "Hugo", "Ines", "Jonas",
    "Kaisa", "Lucas", "Maren", "Nuno", "Oona", "Pierre", "Rita", "Sami", "Tove", "Ulla",
    "Vasco", "Wilma", "Xavier", "Ylva", "Zoé", "Anssi", "Beatriz", "Clément", "Dagny", "Eero",
)  # fmt: skip
LAST_NAMES = (
    "Arvela", "Brunet", "Carvalhal", "Dufresne", "Ekwall", "Fonteyne", "Granlund", "Halonen",
    "Isola", "Jourdan", "Kivelä", "Lindqvist", "Moreau-Vial", "Nyqvist", "Oliveira-Paz",
    "Pelto", "Quintal", "Rautio", "Sandell", "Teixeira-Lobo", "Uusitalo", "Valcourt",
    "Wikström", "Ylinen", "Zanotti",
)  # fmt: skip
ORG_WORDS = (
    "Lumen", "Fotona", "Boreal", "Atlantica", "Quanta", "Vireo", "Meridian", "Kestrel",
    "Aurora", "Solvik", "Tejo", "Norrsken", "Ondine", "Pyrite", "Helix", "Cobalt",
)  # fmt: skip
ORG_KINDS = ("Optics", "Photonics", "Lasers", "Sensing", "Microwave Systems", "Robotics")
COUNTRIES = ("FR", "PT", "FI", "SE", "DE")
OUTCOMES = tuple(FollowUpOutcome)

# Who is edited, by their index among the registrations.
PHONE_A_AND_OFFICE = (10, 11, 12)
TITLE_A_AND_B = (20, 21)
PHONE_A_TITLE_OFFICE = (30, 31)
HOTEL_IN_OFFICE = (5, 155)  # checked in on A and on B


# --------------------------------------------------------------------------- the office


@dataclass(frozen=True)
class Office:
    """What ``build_office`` made (ids in a fixed order)."""

    mission_id: uuid.UUID
    registrations: tuple[uuid.UUID, ...]  # by index 0-299
    people: tuple[uuid.UUID, ...]  # the registrations' people, same order
    emails: tuple[str, ...]
    session_id: uuid.UUID
    tables: tuple[uuid.UUID, ...]  # table number n at index n - 1
    meetings: tuple[tuple[uuid.UUID, ...], ...]  # [slot][k]: at table k + 1
    slot_starts: tuple[datetime, ...]  # UTC
    organisation_names: tuple[str, ...]


def _people_rows(rng: random.Random, organisations: Sequence[uuid.UUID]) -> list[Person]:
    people = []
    for n in range(REGISTRATIONS):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        ascii_last = normalise_name(last).replace(" ", "-")
        people.append(
            Person(
                id=uuid.uuid4(),
                first_name=first,
                last_name=last,
                email=f"{normalise_name(first)}.{ascii_last}.{n}@fair.example",
                job_title=rng.choice(("Sales manager", "CTO", "Founder", "Engineer", "")),
                phone=f"+33 1 40 00 {n:04d}",
                organisation_id=organisations[n % len(organisations)],
            )
        )
    return people


def build_office(db: Database, *, seed: int = SEED) -> Office:
    """The office database before the fair (see the module's docstring)."""
    rng = random.Random(seed)
    with db.session() as session:
        mission_id = create_mission(
            session,
            MissionData(
                code=CODE,
                name="Photonics fair, Munich 2027",
                kind=MissionKind.FAIR_PARTICIPATION,
                city="Munich",
                country="DE",
                timezone="Europe/Berlin",
                start_date=date(2027, 6, 22),
                end_date=date(2027, 6, 25),
            ),
        )
        names: list[str] = []
        with transaction(session):
            organisations = []
            for n in range(60):
                name = f"{ORG_WORDS[n % len(ORG_WORDS)]} {ORG_KINDS[n % len(ORG_KINDS)]} {n}"
                names.append(name)
                organisations.append(
                    Organisation(
                        id=uuid.uuid4(),
                        name=name,
                        normalised_name=normalise_name(name),
                        kind=OrganisationKind.SME,
                        country=COUNTRIES[n % len(COUNTRIES)],
                    )
                )
            session.add_all(organisations)
            session.flush()
            people = _people_rows(rng, [o.id for o in organisations])
            session.add_all(people)
        person_ids = tuple(p.id for p in people)
        emails = tuple(str(p.email) for p in people)
        registered = register_people(
            session, mission_id, person_ids, status=RegistrationStatus.CONFIRMED
        ).registered
        session_id = add_session(
            session,
            mission_id,
            SessionData(FAIR_DAY, time(9, 0), time(12, 20), 20, 0, TABLES, "B2B at the stand"),
        )
        tables = tuple(
            session.scalars(
                select(B2BTable.id)
                .where(B2BTable.session_id == session_id)
                .order_by(B2BTable.number)
            )
        )
        meetings: list[tuple[uuid.UUID, ...]] = []
        for slot in range(SLOTS):
            row = []
            for k in range(MEETINGS_A_SLOT):
                first = slot * 2 * MEETINGS_A_SLOT + 2 * k
                pair = [registered[first], registered[first + 1]]
                place = MeetingPlace(session_id, slot, tables[k])
                row.append(create_meeting(session, mission_id, place, pair, locked=False))
            meetings.append(tuple(row))
        for n in (100, 200, 250):  # contacts followed up before the fair
            create_followup(
                session,
                FollowUpData(
                    outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
                    notes="Met at the spring workshop.",
                    contact_id=person_ids[n],
                    mission_id=mission_id,
                ),
                now=AT_FAIR - timedelta(days=30),
            )
        b2b = session.get(Meeting, meetings[0][0])
        assert b2b is not None and b2b.session is not None
        starts = tuple(s.starts_at for s in session_slots(b2b.session))
    return Office(
        mission_id=mission_id,
        registrations=tuple(registered),
        people=person_ids,
        emails=emails,
        session_id=session_id,
        tables=tables,
        meetings=tuple(meetings),
        slot_starts=starts,
        organisation_names=tuple(names),
    )


# --------------------------------------------------------------------------- the laptops


@dataclass(frozen=True)
class WalkIn:
    first_name: str
    last_name: str
    email: str
    organisation: str
    country: str


SHARED_WALK_INS = (
    WalkIn("Mireille", "Kaskinen", "mireille.kaskinen@visitors.example", "Sillanpää Lidar", "FI"),
    WalkIn("Tiago", "Norberg", "tiago.norberg@visitors.example", "Estrela Quantum", "PT"),
)


@dataclass
class LaptopWork:
    """What one laptop did at the fair, and the state of its file afterwards."""

    name: str
    path: Path
    checked_in: dict[uuid.UUID, datetime] = field(default_factory=dict)  # registration: time
    walk_ins: dict[str, datetime] = field(default_factory=dict)  # e-mail: check-in time
    moves: dict[uuid.UUID, tuple[uuid.UUID, datetime]] = field(default_factory=dict)
    followups: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # follow-up: meeting
    phones: dict[uuid.UUID, str] = field(default_factory=dict)  # person: phone
    titles: dict[uuid.UUID, str] = field(default_factory=dict)  # person: job title


@dataclass(frozen=True)
class OfficeEdits:
    phones: dict[uuid.UUID, str]
    titles: dict[uuid.UUID, str]
    hotels: dict[uuid.UUID, str]  # registration: hotel


@dataclass(frozen=True)
class Fair:
    office: Office
    a: LaptopWork
    b: LaptopWork
    edits: OfficeEdits


def _edit_person(
    session: Session, person_id: uuid.UUID, *, phone: str | None = None, title: str | None = None
) -> None:
    """The person form saved with a new phone or job title."""
    data = person_data(session, person_id)
    data = replace(data, phone=phone if phone is not None else data.phone)
    data = replace(data, job_title=title if title is not None else data.job_title)
    update_person(session, person_id, data)


def _own_walk_ins(rng: random.Random, laptop: str, office: Office) -> list[WalkIn]:
    visitors = []
    for n in range(8):
        # Half of them from an organisation the office knows, half from a new one.
        organisation = (
            office.organisation_names[(n * 7) % len(office.organisation_names)]
            if n % 2 == 0
            else f"Visitor Lab {laptop}{n}"
        )
        country = COUNTRIES[((n * 7) % len(office.organisation_names)) % len(COUNTRIES)]
        visitors.append(
            WalkIn(
                rng.choice(FIRST_NAMES),
                f"{rng.choice(LAST_NAMES)} {laptop}{n}",
                f"walk-in.{laptop.lower()}{n}@visitors.example",
                organisation,
                country if n % 2 == 0 else "DE",
            )
        )
    return visitors


def work_on_laptop(laptop: Database, work: LaptopWork, office: Office) -> None:
    """What laptop A or B does at the fair (see the module's docstring), recorded in ``work``."""
    is_a = work.name == "A"
    rng = random.Random(f"{SEED}-{work.name}")
    mission_id = office.mission_id
    half = range(0, 150) if is_a else range(150, 300)
    with laptop.session() as session:
        for i in half:
            at = AT_FAIR + timedelta(seconds=2 * i + (0 if is_a else 1))
            registration_id = office.registrations[i]
            text = badge_payload(CODE, registration_id) if i % 2 else office.emails[i].upper()
            result = check_in(session, mission_id, text, now=at)
            assert result.outcome is CheckInOutcome.WELCOME, result.message
            work.checked_in[registration_id] = at
        visitors = _own_walk_ins(rng, work.name, office)
        # The shared two come to B's desk first, then to A's.
        shared_at = AT_FAIR + (timedelta(hours=2) if is_a else timedelta(hours=1))
        for n, visitor in enumerate([*visitors[:4], *SHARED_WALK_INS, *visitors[4:]]):
            shared = visitor in SHARED_WALK_INS
            at = shared_at + timedelta(minutes=n) if shared else AT_FAIR + timedelta(minutes=90 + n)
            done = walk_in(
                session,
                mission_id,
                first_name=visitor.first_name,
                last_name=visitor.last_name,
                email=visitor.email,
                organisation_name=visitor.organisation,
                country=visitor.country,
                now=at,
            )
            assert done.created_registration
            work.walk_ins[visitor.email] = at
        for s in range(0, 5) if is_a else range(5, 10):
            for k in range(3):
                meeting_id = office.meetings[s][k]
                to_slot, number = (s + 5, 16 + k) if is_a else (s, 20 + k)
                table_id = office.tables[number - 1]
                move_meeting(
                    session, meeting_id, MeetingPlace(office.session_id, to_slot, table_id)
                )
                work.moves[meeting_id] = (table_id, office.slot_starts[to_slot])
        slots = range(0, 5) if is_a else range(5, 10)
        held = [office.meetings[s][k] for s in slots for k in range(3, 9)]
        if not is_a:  # three of them A moved: held on B, moved on A
            held = held[3:] + [office.meetings[s][0] for s in range(3)]
        for n, meeting_id in enumerate(held):
            entry = record_quick_followup(
                session,
                meeting_id,
                OUTCOMES[n % len(OUTCOMES)],
                f"Laptop {work.name}: talked at the stand ({n}).",
                now=AT_FAIR + timedelta(hours=3, minutes=n),
            )
            work.followups[entry.followup_id] = meeting_id
        if is_a:
            for i in PHONE_A_AND_OFFICE + PHONE_A_TITLE_OFFICE:
                phone = f"+49 89 1000 {i:04d}"
                _edit_person(session, office.people[i], phone=phone)
                work.phones[office.people[i]] = phone
        for i in TITLE_A_AND_B:
            title = f"Head of {'optics' if is_a else 'sales'} ({work.name})"
            _edit_person(session, office.people[i], title=title)
            work.titles[office.people[i]] = title


def edit_in_office(db: Database, office: Office) -> OfficeEdits:
    """What the office changes meanwhile."""
    phones: dict[uuid.UUID, str] = {}
    titles: dict[uuid.UUID, str] = {}
    hotels: dict[uuid.UUID, str] = {}
    with db.session() as session:
        for i in PHONE_A_AND_OFFICE:
            phones[office.people[i]] = f"+33 1 99 00 {i:04d}"
            _edit_person(session, office.people[i], phone=phones[office.people[i]])
        for i in PHONE_A_TITLE_OFFICE:
            titles[office.people[i]] = "Export manager (office)"
            _edit_person(session, office.people[i], title=titles[office.people[i]])
        for i in HOTEL_IN_OFFICE:
            registration_id = office.registrations[i]
            hotels[registration_id] = "Hotel Isarblick"
            data = replace(registration_data(session, registration_id), hotel="Hotel Isarblick")
            update_registration(session, registration_id, data)
    return OfficeEdits(phones, titles, hotels)


def take_copies(db: Database, folder: Path, *, overwrite: bool = False) -> tuple[Path, Path]:
    """Laptop A's and laptop B's copies of the mission."""
    paths = (folder / "laptop-a.sqlite", folder / "laptop-b.sqlite")
    for path in paths:
        take_offline(db, CODE, path, overwrite=overwrite)
    return paths


def hold_fair(db: Database, office: Office, folder: Path) -> Fair:
    """Two copies taken; the laptops' day at the fair and the office's edits meanwhile. Nothing
    is brought back yet."""
    path_a, path_b = take_copies(db, folder)
    works = (LaptopWork("A", path_a), LaptopWork("B", path_b))
    for work in works:
        laptop = open_database(work.path)
        try:
            work_on_laptop(laptop, work, office)
        finally:
            laptop.dispose()
    edits = edit_in_office(db, office)
    return Fair(office, works[0], works[1], edits)


def expected_conflicts(fair: Fair) -> dict[str, set[tuple[str, str, str]]]:
    """The conflicts each laptop's bring-back reports, by laptop, whichever comes back first:
    the phones with A's; the job titles with the second's (``"second"``)."""
    return {
        "A": {("people", str(p), "phone") for p in fair.edits.phones},
        "second": {("people", str(p), "job_title") for p in fair.a.titles},
    }


# --------------------------------------------------------------------------- a dump


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def _person(person: Person, organisations: dict[uuid.UUID, tuple[str, str]]) -> dict[str, Any]:
    organisation = person.organisation_id
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "phone": person.phone,
        "job_title": person.job_title,
        "organisation": organisations.get(organisation) if organisation else None,
    }


def dump(db: Database, mission_id: uuid.UUID) -> dict[str, Any]:
    """The mission's content as a coordinator sees it, by natural keys (a person by e-mail, a
    registration by its person's e-mail): registrations' check-ins, meetings' places and
    states, follow-ups, the people involved, the organisations."""
    with db.session() as session:
        organisations = {
            o.id: (o.normalised_name, o.country) for o in session.scalars(select(Organisation))
        }
        people = {p.id: p for p in session.scalars(select(Person))}
        email = {pid: str(p.email) for pid, p in people.items()}
        registrations = list(
            session.scalars(select(Registration).where(Registration.mission_id == mission_id))
        )
        by_registration = {r.id: email[r.person_id] for r in registrations}
        participants: dict[uuid.UUID, list[str]] = {}
        for meeting_id, registration_id in session.execute(
            select(meeting_participants.c.meeting_id, meeting_participants.c.registration_id)
        ):
            participants.setdefault(meeting_id, []).append(by_registration[registration_id])
        tables = {t.id: t.number for t in session.scalars(select(B2BTable))}
        meetings = {
            str(m.id): (
                tables.get(m.table_id) if m.table_id else None,
                _iso(m.starts_at),
                m.status.value,
                m.locked,
                sorted(participants.get(m.id, [])),
            )
            for m in session.scalars(select(Meeting).where(Meeting.mission_id == mission_id))
        }
        followups = {
            str(f.id): (
                str(f.meeting_id) if f.meeting_id else None,
                f.outcome.value,
                f.notes,
                email.get(f.contact_id) if f.contact_id else None,
                organisations.get(f.organisation_id) if f.organisation_id else None,
            )
            for f in session.scalars(select(FollowUp).where(FollowUp.mission_id == mission_id))
        }
        return {
            "registrations": {
                by_registration[r.id]: (
                    r.status.value,
                    _iso(r.checked_in_at),
                    r.hotel,
                    r.role.value,
                )
                for r in registrations
            },
            "meetings": meetings,
            "follow_ups": followups,
            "people": {
                email[r.person_id]: _person(people[r.person_id], organisations)
                for r in registrations
            },
            "organisations": sorted(organisations.values()),
            "emails": sorted(email.values()),
        }
