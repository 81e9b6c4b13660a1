"""The demo data: fictional, realistic, the same on every run, loaded in one transaction."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from datetime import time as clock
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    KpiMetric,
    MeetingStatus,
    MissionKind,
    MissionStatus,
    OrganisationKind,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    B2BSession,
    Base,
    Cluster,
    Delegation,
    Emblem,
    FollowUp,
    KpiTarget,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    ProgrammeItem,
    Registration,
)
from pimap_desktop.domain.rules import normalise_name, to_local
from pimap_desktop.services import demo
from pimap_desktop.services.b2b.meetings import session_slots
from pimap_desktop.services.demo import DEMO_TODAY, DemoDataError, DemoReport, is_empty, load_demo
from pimap_desktop.services.demo.data import FILES, demo_data, parse_text, read_data
from pimap_desktop.services.missions.missions import (
    CODE_PATTERN,
    create_mission,
    get_mission_by_code,
    list_programme,
)
from pimap_desktop.services.printing.branding import png_bytes
from pimap_desktop.services.printing.common import logo_path
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database, integrity_problems, open_database
from tests.factories import mission_data

ABROAD = ("PW2026", "PW2027", "CAN2027", "NYS2027")
WORKSHOPS = {
    "WS-FR-2026": ("FR", "Europe/Paris"),
    "WS-SE-2027": ("SE", "Europe/Stockholm"),
    "WS-PT-2026": ("PT", "Europe/Lisbon"),
    "WS-FI-2027": ("FI", "Europe/Helsinki"),
}


@pytest.fixture
def loaded(session: Session) -> DemoReport:
    return load_demo(session)


@pytest.fixture
def second_db(make_db_path: Callable[[], Path | str]) -> Iterator[Database]:
    database = open_database(make_db_path())
    yield database
    database.dispose()


def _count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _mission(session: Session, code: str) -> Mission:
    return get_mission_by_code(session, code)


# --------------------------------------------------------------------------- loading


def test_an_empty_database_is_filled_and_the_report_counts_what_was_written(
    session: Session,
) -> None:
    assert is_empty(session)

    report = load_demo(session)

    assert not is_empty(session)
    assert report.clusters == _count(session, Cluster) == 4
    assert report.organisations == _count(session, Organisation)
    assert report.people == _count(session, Person)
    assert report.missions == _count(session, Mission) == 8
    assert report.programme_items == _count(session, ProgrammeItem)
    assert report.registrations == _count(session, Registration)
    assert report.meeting_requests == _count(session, MeetingRequest)
    assert report.delegations == _count(session, Delegation)
    assert report.b2b_sessions == _count(session, B2BSession)
    assert report.meetings == _count(session, Meeting) > 0
    assert report.follow_ups == _count(session, FollowUp)
    assert report.kpi_targets == _count(session, KpiTarget)
    assert report.deleted_rows == 0
    assert report.as_dict()["people"] == report.people
    assert "8 missions" in report.describe()
    assert f"{report.meetings} meetings" in report.describe()


def test_the_loaded_database_passes_the_integrity_checks(db: Database, loaded: DemoReport) -> None:
    assert integrity_problems(db) == []


def test_two_loads_into_two_databases_give_identical_data(
    session: Session, second_db: Database
) -> None:
    def snapshot(s: Session) -> dict[str, list[tuple[object, ...]]]:
        return {
            "people": sorted(
                (str(p.id), p.first_name, p.last_name, p.email or "", p.phone)
                for p in s.scalars(select(Person))
            ),
            "organisations": sorted(
                (str(o.id), o.name, o.city, o.offers) for o in s.scalars(select(Organisation))
            ),
            "programme": sorted(
                (str(i.id), i.starts_at, i.ends_at, i.title)
                for i in s.scalars(select(ProgrammeItem))
            ),
            "registrations": sorted(
                (str(r.id), str(r.person_id), r.role.value, r.status.value, str(r.arrival_at))
                for r in s.scalars(select(Registration))
            ),
            "requests": sorted(
                (str(m.id), str(m.requester_id), str(m.target_id), m.priority)
                for m in s.scalars(select(MeetingRequest))
            ),
            "meetings": sorted(
                (
                    str(m.id),
                    str(m.table_id),
                    m.starts_at,
                    m.status.value,
                    *sorted(str(r.id) for r in m.participants),
                )
                for m in s.scalars(select(Meeting))
            ),
            "follow_ups": sorted(
                (str(f.id), f.outcome.value, f.notes, f.next_action, str(f.due_date), f.done)
                for f in s.scalars(select(FollowUp))
            ),
        }

    first = load_demo(session)
    with second_db.session() as other:
        second = load_demo(other)
        assert snapshot(session) == snapshot(other)
    assert first == second


_FINGERPRINT = """
import hashlib, sys
from sqlalchemy import select
from pimap_desktop.store.database import open_database
from pimap_desktop.domain.models import FollowUp, Meeting, Person, ProgrammeItem, Registration
from pimap_desktop.services.demo import load_demo

db = open_database(sys.argv[1])
with db.session() as s:
    load_demo(s)
    rows = sorted(f"{p.id}|{p.full_name}|{p.email}|{p.phone}" for p in s.scalars(select(Person)))
    rows += sorted(f"{i.id}|{i.starts_at.isoformat()}" for i in s.scalars(select(ProgrammeItem)))
    rows += sorted(f"{r.id}|{r.status}|{r.arrival_at}" for r in s.scalars(select(Registration)))
    rows += sorted(f"{m.id}|{m.starts_at}|{m.status}" for m in s.scalars(select(Meeting)))
    rows += sorted(f"{f.id}|{f.outcome}|{f.due_date}|{f.done}" for f in s.scalars(select(FollowUp)))
db.dispose()
print(hashlib.sha256("\\n".join(rows).encode()).hexdigest())
"""


def test_another_process_produces_the_same_data(tmp_path: Path) -> None:
    """No wall clock, no hash order: a separate interpreter with another hash seed agrees."""
    digests = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", _FINGERPRINT, str(tmp_path / f"run{hash_seed}.sqlite")],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
        )
        digests.append(out.stdout.strip())
    assert len(digests[0]) == 64
    assert digests[0] == digests[1]


def test_a_database_with_data_is_refused_and_left_unchanged(
    session: Session, mission_id: uuid.UUID
) -> None:
    with pytest.raises(ValidationError) as caught:
        load_demo(session)

    message = str(caught.value)
    assert "already holds data" in message
    assert "1 mission" in message
    assert "--force" in message
    assert _count(session, Mission) == 1
    assert session.get(Mission, mission_id) is not None
    assert _count(session, Organisation) == 0
    assert _count(session, Person) == 0


def test_force_replaces_what_was_there(session: Session, mission_id: uuid.UUID) -> None:
    report = load_demo(session, force=True)

    assert report.deleted_rows >= 1
    assert session.get(Mission, mission_id) is None
    codes = set(session.scalars(select(Mission.code)))
    assert codes == {*ABROAD, *WORKSHOPS}

    # Replacing the demo by itself works in the same session, even while the caller holds
    # records of the old load whose ids come back.
    held = get_mission_by_code(session, "PW2027")
    again = load_demo(session, force=True)
    assert again.deleted_rows > again.people
    assert _count(session, Person) == report.people
    assert get_mission_by_code(session, "PW2027").id == held.id


def test_a_failure_during_a_forced_load_writes_nothing(
    db: Database, session: Session, mission_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = demo._build_demo

    def broken(builder: Session) -> None:
        real(builder)  # everything written, then the failure
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo, "_build_demo", broken)
    with pytest.raises(RuntimeError):
        load_demo(session, force=True)

    with db.session() as fresh:
        assert fresh.get(Mission, mission_id) is not None
        assert _count(fresh, Organisation) == 0


def test_a_database_error_halfway_writes_nothing(
    db: Database, session: Session, mission_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = demo._build_demo

    def clashing(builder: Session) -> None:
        real(builder)
        with transaction(builder):
            builder.add(
                Mission(
                    id=uuid.uuid4(),
                    code="PW2027",
                    name="A second PW2027",
                    kind=MissionKind.WORKSHOP,
                    timezone="Europe/Paris",
                    start_date=date(2027, 1, 1),
                    end_date=date(2027, 1, 1),
                )
            )

    monkeypatch.setattr(demo, "_build_demo", clashing)
    with pytest.raises(IntegrityError):
        load_demo(session, force=True)

    with db.session() as fresh:
        assert [m.code for m in fresh.scalars(select(Mission))] == ["PW2027"]
        assert fresh.get(Mission, mission_id) is not None
        assert _count(fresh, Person) == 0


def test_a_refused_load_keeps_the_session_usable(session: Session, mission_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError):
        load_demo(session)
    create_mission(session, mission_data(code="OTHER1"))
    assert _count(session, Mission) == 2


# --------------------------------------------------------------------------- directory


def test_four_organising_clusters(session: Session, loaded: DemoReport) -> None:
    clusters = {c.country: c for c in session.scalars(select(Cluster))}
    assert set(clusters) == {"FR", "SE", "PT", "FI"}
    zones = {country: c.timezone for country, c in clusters.items()}
    assert zones == {
        "FR": "Europe/Paris",
        "SE": "Europe/Stockholm",
        "PT": "Europe/Lisbon",
        "FI": "Europe/Helsinki",
    }
    assert "photonics" in clusters["FR"].sectors
    assert "advanced manufacturing" in clusters["SE"].sectors
    assert (clusters["SE"].city, clusters["SE"].short_name) == ("Örebro", "BERGSLAGEN")
    assert "production technologies" in clusters["PT"].sectors
    assert "microwaves" in clusters["FI"].sectors
    for cluster in clusters.values():
        assert re.fullmatch(r"#[0-9a-f]{6}", cluster.colour)
        assert cluster.city and cluster.short_name and cluster.sectors
        # Its logo is shipped, and documents can draw it.
        assert logo_path(cluster.logo) is not None, cluster.logo
        home = session.scalars(
            select(Organisation).where(
                Organisation.cluster_id == cluster.id,
                Organisation.kind == OrganisationKind.CLUSTER,
            )
        ).one()
        assert home.name == cluster.name
        assert 1 <= len(home.people) <= 2


def test_sixty_member_smes_with_profiles_and_people(session: Session, loaded: DemoReport) -> None:
    smes = session.scalars(
        select(Organisation).where(
            Organisation.kind == OrganisationKind.SME, Organisation.cluster_id.is_not(None)
        )
    ).all()
    assert len(smes) >= 60
    per_cluster = Counter(o.cluster.country for o in smes if o.cluster)
    assert set(per_cluster) == {"FR", "SE", "PT", "FI"}
    assert min(per_cluster.values()) >= 12
    for org in smes:
        assert org.country == org.cluster.country if org.cluster else False
        assert 1 <= len(org.people) <= 3
        assert org.sectors and org.technologies and org.application_areas
        assert org.size is not None and org.export_readiness is not None
        assert org.offers and org.seeks and org.value_chain_position
        assert org.normalised_name == normalise_name(org.name)
    people = [p for o in smes for p in o.people]
    assert any(p.dietary_needs for p in people)
    assert {"vegetarian", "halal", "gluten-free"} & {p.dietary_needs for p in people}
    assert any(p.consent_listed and p.consent_date for p in people)
    assert all(p.consent_date for p in people if p.consent_listed or p.consent_contact)
    assert all(p.job_title and p.languages for p in people)


def test_forty_north_american_organisations(session: Session, loaded: DemoReport) -> None:
    orgs = session.scalars(select(Organisation).where(Organisation.country.in_(("US", "CA")))).all()
    assert len(orgs) >= 40
    assert {o.kind for o in orgs} >= {
        OrganisationKind.SME,
        OrganisationKind.LARGE_COMPANY,
        OrganisationKind.RESEARCH_CENTRE,
        OrganisationKind.INTEGRATOR,
        OrganisationKind.INVESTOR,
        OrganisationKind.PUBLIC_BODY,
    }
    assert {o.city for o in orgs} >= {
        "San Jose",
        "Boston",
        "Rochester",
        "Tucson",
        "Toronto",
        "Ottawa",
        "Montréal",
        "Québec City",
    }
    for org in orgs:
        assert org.cluster_id is None
        assert 1 <= len(org.people) <= 2


def test_contact_details_are_fictional(session: Session, loaded: DemoReport) -> None:
    people = session.scalars(select(Person)).all()
    emails = [p.email for p in people]
    assert all(e is not None for e in emails)
    assert all(e.endswith(".example") and e == e.strip().lower() for e in emails if e)
    assert len(set(emails)) == len(emails)
    websites = session.scalars(select(Organisation.website)).all()
    assert all(re.fullmatch(r"https://www\.[a-z0-9-]+\.example", w) for w in websites)
    for person in people:
        org = person.organisation
        assert org is not None
        if org.country in ("US", "CA"):
            # 555-0100 to 555-0199: the numbers set aside for fiction in North America.
            assert re.fullmatch(r"\+1 \d{3} 555 01\d\d", person.phone)
        elif org.country == "FR":
            assert person.phone.startswith(("+33 5 36 49 ", "+33 6 39 98 "))
        elif org.country == "SE":
            # The town's area code, then 00: no Swedish subscriber number starts with 0.
            assert re.fullmatch(r"\+46 (19|2\d\d|58\d) 00 \d\d \d\d", person.phone)
        else:
            assert person.phone.startswith({"PT": "+351 ", "FI": "+358 "}[org.country])


def test_names_are_varied_and_carry_diacritics(session: Session, loaded: DemoReport) -> None:
    people = session.scalars(select(Person)).all()
    full_names = [p.full_name for p in people]
    assert len(set(full_names)) == len(full_names)
    text = "".join(full_names)
    for letter in "éçãäöå":
        assert letter in text, letter
    assert any(not n.isascii() for n in full_names)
    org_names = session.scalars(select(Organisation.name)).all()
    assert len(set(org_names)) == len(org_names)
    assert any(n.endswith(" Oy") for n in org_names)
    assert any(n.endswith(("Lda.", "S.A.")) for n in org_names)
    assert any(n.endswith(" AB") for n in org_names)
    assert any(n.endswith((" SAS", " SARL")) for n in org_names)
    assert any(n.endswith((" Inc.", " LLC", " Corp.", " Ltd.")) for n in org_names)


# --------------------------------------------------------------------------- missions


def test_the_missions_abroad(session: Session, loaded: DemoReport) -> None:
    pw = _mission(session, "PW2027")
    assert pw.kind is MissionKind.BUSINESS_MISSION
    assert (pw.city, pw.country, pw.timezone) == ("San Francisco", "US", "America/Los_Angeles")
    assert (pw.start_date, pw.end_date) == (date(2027, 1, 24), date(2027, 1, 29))
    assert pw.status is MissionStatus.OPEN
    assert pw.host_event == "SPIE Photonics West"
    assert {c.country for c in pw.clusters} == {"FR", "FI"}
    assert {v.name for v in pw.venues} >= {"Moscone Center"}

    can = _mission(session, "CAN2027")
    assert can.kind is MissionKind.MATCHMAKING_EVENT
    assert (can.city, can.country, can.timezone) == ("Toronto", "CA", "America/Toronto")
    assert (can.start_date.year, can.start_date.month) == (2027, 6)

    nys = _mission(session, "NYS2027")
    assert nys.kind is MissionKind.BUSINESS_MISSION
    assert (nys.country, nys.timezone) == ("US", "America/New_York")
    assert (nys.start_date.year, nys.start_date.month) == (2027, 6)
    assert 0 <= (nys.start_date - can.end_date).days <= 2

    for mission in (pw, can, nys):
        assert mission.objectives and mission.practical_info
        kinds = {i.kind for i in mission.programme}
        assert ProgrammeItemKind.SITE_VISIT in kinds
    assert ProgrammeItemKind.B2B_SESSION in {i.kind for i in can.programme}
    assert can.b2b_sessions and all(len(s.tables) >= 3 for s in can.b2b_sessions)
    assert ProgrammeItemKind.TRAVEL in {i.kind for i in nys.programme}


def test_one_workshop_per_cluster_in_its_own_zone(session: Session, loaded: DemoReport) -> None:
    workshops = session.scalars(select(Mission).where(Mission.kind == MissionKind.WORKSHOP)).all()
    assert {w.code for w in workshops} == set(WORKSHOPS)
    for workshop in workshops:
        country, zone = WORKSHOPS[workshop.code]
        (cluster,) = workshop.clusters
        assert cluster.country == workshop.country == country
        assert workshop.timezone == zone == cluster.timezone
        assert workshop.city == cluster.city
        assert workshop.start_date == workshop.end_date
        kinds = [i.kind for i in workshop.programme]
        assert ProgrammeItemKind.MEAL in kinds
        assert kinds.count(ProgrammeItemKind.WORKSHOP_SESSION) >= 3
        delegates = [r for r in workshop.registrations if r.role is RegistrationRole.DELEGATE]
        assert len(delegates) >= 10
        for registration in delegates:
            org = registration.person.organisation
            assert org is not None and org.cluster_id == cluster.id


def test_codes_and_statuses(session: Session, loaded: DemoReport) -> None:
    missions = session.scalars(select(Mission)).all()
    assert all(CODE_PATTERN.match(m.code) for m in missions)
    statuses = {m.status for m in missions}
    assert {MissionStatus.DRAFT, MissionStatus.OPEN, MissionStatus.CLOSED} <= statuses
    # Statuses agree with time: what is closed lies before what is still being prepared.
    closed_end = max(m.end_date for m in missions if m.status is MissionStatus.CLOSED)
    assert all(
        m.start_date > closed_end
        for m in missions
        if m.status in (MissionStatus.DRAFT, MissionStatus.OPEN)
    )


def test_every_programme_item_lies_within_its_missions_local_dates(
    session: Session, loaded: DemoReport
) -> None:
    items = session.scalars(select(ProgrammeItem)).all()
    assert len(items) >= 50
    for item in items:
        mission = item.mission
        starts = to_local(item.starts_at, mission.timezone)
        ends = to_local(item.ends_at, mission.timezone)
        assert item.ends_at > item.starts_at, item.title
        assert mission.start_date <= starts.date() <= mission.end_date, item.title
        assert mission.start_date <= ends.date() <= mission.end_date, item.title
        assert item.starts_at.tzinfo is not None


def test_the_photonics_west_reception_and_b2b_session(session: Session, loaded: DemoReport) -> None:
    pw = _mission(session, "PW2027")
    (reception,) = [i for i in pw.programme if i.kind is ProgrammeItemKind.RECEPTION]
    starts = to_local(reception.starts_at, pw.timezone)
    ends = to_local(reception.ends_at, pw.timezone)
    assert ends > starts
    assert starts.hour >= 17 and ends.time() >= clock(22, 0)

    (b2b,) = pw.b2b_sessions
    assert (b2b.slot_minutes, b2b.break_minutes) == (20, 5)
    assert len(b2b.tables) >= 3
    assert [t.number for t in b2b.tables] == list(range(1, len(b2b.tables) + 1))
    assert b2b.programme_item is not None
    assert b2b.programme_item.kind is ProgrammeItemKind.B2B_SESSION
    assert (b2b.starts_at, b2b.ends_at) == (
        b2b.programme_item.starts_at,
        b2b.programme_item.ends_at,
    )


def test_the_san_francisco_briefing_reads_back_as_entered(
    session: Session, loaded: DemoReport
) -> None:
    pw = _mission(session, "PW2027")
    (briefing,) = [i for i in pw.programme if i.title == "Delegation briefing"]
    # 08:30 in San Francisco in January (PST, UTC-8) is 16:30 UTC.
    assert briefing.starts_at == datetime(2027, 1, 25, 16, 30, tzinfo=UTC)
    (row,) = [r for r in list_programme(session, pw.id) if r.id == briefing.id]
    assert row.starts_local.time() == clock(8, 30)
    assert row.zone_label == "PST"


def test_group_and_named_items_point_into_their_mission(
    session: Session, loaded: DemoReport
) -> None:
    pw = _mission(session, "PW2027")
    group = [i for i in pw.programme if i.delegation_id is not None]
    assert group and all(i.delegation and i.delegation.mission_id == pw.id for i in group)
    named = [i for i in pw.programme if i.attendees]
    assert named and all(r.mission_id == pw.id for i in named for r in i.attendees)


# --------------------------------------------------------------------------- registrations


def test_registrations_roles_statuses_and_delegations(session: Session, loaded: DemoReport) -> None:
    registrations = session.scalars(select(Registration)).all()
    statuses = Counter(r.status for r in registrations)
    assert statuses[RegistrationStatus.CONFIRMED] + statuses[RegistrationStatus.REGISTERED] > (
        len(registrations) / 2
    )
    for rare in (
        RegistrationStatus.INVITED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.CANCELLED,
    ):
        assert statuses[rare] >= 1, rare

    for code in ABROAD:
        mission = _mission(session, code)
        roles = {r.role for r in mission.registrations}
        assert {RegistrationRole.DELEGATE, RegistrationRole.COORDINATOR} <= roles
        assert roles & {RegistrationRole.LOCAL_PARTICIPANT, RegistrationRole.LOCAL_HOST}
        assert {d.cluster.country for d in mission.delegations if d.cluster} == {
            c.country for c in mission.clusters
        }
        for registration in mission.registrations:
            org = registration.person.organisation
            assert org is not None
            if org.cluster_id is not None:
                assert registration.delegation is not None
                assert registration.delegation.mission_id == mission.id
                assert registration.delegation.cluster_id == org.cluster_id
            if org.kind is OrganisationKind.CLUSTER:
                assert registration.role is RegistrationRole.COORDINATOR
            if org.country in ("US", "CA"):
                assert registration.role in (
                    RegistrationRole.LOCAL_PARTICIPANT,
                    RegistrationRole.LOCAL_HOST,
                    RegistrationRole.SPEAKER,
                    RegistrationRole.VISITOR,
                )
            elif registration.status is not RegistrationStatus.CANCELLED:
                assert registration.arrival_at is not None
                assert registration.departure_at is not None
                assert registration.arrival_at < registration.departure_at
                assert registration.hotel

    every_role = {r.role for r in registrations}
    assert RegistrationRole.SPEAKER in every_role and RegistrationRole.VISITOR in every_role


def test_meeting_requests_of_the_missions_abroad(session: Session, loaded: DemoReport) -> None:
    for code in ABROAD:
        mission = _mission(session, code)
        requests = session.scalars(
            select(MeetingRequest).where(MeetingRequest.mission_id == mission.id)
        ).all()
        assert len(requests) >= 3, code
        for request in requests:
            assert request.requester_id != request.target_id
            assert request.requester.mission_id == request.target.mission_id == mission.id
            assert 1 <= request.priority <= 3
    statuses = {r.status for r in session.scalars(select(MeetingRequest))}
    assert RequestStatus.ACCEPTED in statuses


def test_report_is_frozen(loaded: DemoReport) -> None:
    with pytest.raises(AttributeError):
        loaded.people = 0  # type: ignore[misc]


# --------------------------------------------------------------------------- the past mission

PAST = "PW2026"


def _meetings(session: Session, mission: Mission) -> list[Meeting]:
    return list(session.scalars(select(Meeting).where(Meeting.mission_id == mission.id)))


def _follow_ups(session: Session, mission: Mission) -> list[FollowUp]:
    return list(session.scalars(select(FollowUp).where(FollowUp.mission_id == mission.id)))


def test_last_years_photonics_west_is_closed_and_in_the_past(
    session: Session, loaded: DemoReport
) -> None:
    past = _mission(session, PAST)
    assert past.kind is MissionKind.BUSINESS_MISSION
    assert past.status is MissionStatus.CLOSED
    assert (past.city, past.country, past.timezone) == (
        "San Francisco",
        "US",
        "America/Los_Angeles",
    )
    assert (past.start_date, past.end_date) == (date(2026, 1, 17), date(2026, 1, 23))
    assert past.end_date < DEMO_TODAY == date(2026, 11, 25)
    assert past.host_event == "SPIE Photonics West"
    assert {c.country for c in past.clusters} == {"FR", "FI"}
    assert past.objectives and past.practical_info


def test_the_past_programme_is_the_2027_week_a_year_earlier_on_the_same_weekdays(
    session: Session, loaded: DemoReport
) -> None:
    past, next_year = _mission(session, PAST), _mission(session, "PW2027")

    def week(mission: Mission) -> dict[str, tuple[int, clock, clock]]:
        # title -> (weekday, local start, local end); the site visit is named after its host.
        return {
            ("Site visit" if i.kind is ProgrammeItemKind.SITE_VISIT else i.title): (
                to_local(i.starts_at, mission.timezone).weekday(),
                to_local(i.starts_at, mission.timezone).time(),
                to_local(i.ends_at, mission.timezone).time(),
            )
            for i in mission.programme
        }

    this_week, last_week = week(next_year), week(past)
    assert {t: last_week[t] for t in this_week} == this_week
    b2b = next(i for i in past.programme if i.kind is ProgrammeItemKind.B2B_SESSION)
    assert to_local(b2b.starts_at, past.timezone).date() == date(2026, 1, 21)  # a Wednesday
    (session_,) = past.b2b_sessions
    assert len(session_.tables) >= 3


def test_past_registrations_show_who_came_who_did_not_and_their_badges(
    session: Session, loaded: DemoReport
) -> None:
    past = _mission(session, PAST)
    registrations = past.registrations
    assert 40 <= len(registrations) <= 60
    statuses = Counter(r.status for r in registrations)
    assert set(statuses) == {
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.NO_SHOW,
        RegistrationStatus.CANCELLED,
    }
    delegates = [r for r in registrations if r.role is RegistrationRole.DELEGATE]
    assert sum(r.status is RegistrationStatus.NO_SHOW for r in delegates) >= 2
    assert sum(r.status is RegistrationStatus.CANCELLED for r in delegates) >= 2
    confirmed = [r for r in registrations if r.status is RegistrationStatus.CONFIRMED]
    checked_in = [r for r in confirmed if r.checked_in_at is not None]
    assert len(checked_in) > 0.8 * len(confirmed)
    assert all(
        r.checked_in_at is not None
        for r in confirmed
        if r.role in (RegistrationRole.DELEGATE, RegistrationRole.COORDINATOR)
    )
    for registration in registrations:
        if registration.status is not RegistrationStatus.CONFIRMED:
            assert registration.checked_in_at is None
        if registration.checked_in_at is not None:
            day = to_local(registration.checked_in_at, past.timezone).date()
            assert past.start_date <= day <= past.end_date
        if registration.status is RegistrationStatus.CANCELLED:
            assert registration.badges_printed == 0
        else:
            assert registration.badges_printed >= 1
            assert registration.badge_printed_at is not None
    assert Counter(r.badges_printed for r in registrations)[2] >= 2
    local = [
        r
        for r in registrations
        if r.person.organisation is not None and r.person.organisation.country == "US"
    ]
    assert len(local) >= 10
    assert {r.role for r in local} <= {
        RegistrationRole.LOCAL_PARTICIPANT,
        RegistrationRole.LOCAL_HOST,
    }
    emails = [r.person.email for r in registrations]
    assert all(e is not None and e.endswith(".example") for e in emails)


def test_past_meeting_requests_include_mutual_and_declined_ones(
    session: Session, loaded: DemoReport
) -> None:
    past = _mission(session, PAST)
    requests = session.scalars(
        select(MeetingRequest).where(MeetingRequest.mission_id == past.id)
    ).all()
    directions = {(r.requester_id, r.target_id) for r in requests}
    mutual = {frozenset(d) for d in directions if (d[1], d[0]) in directions}
    assert len(mutual) >= 2
    statuses = Counter(r.status for r in requests)
    assert statuses[RequestStatus.DECLINED] >= 2
    assert statuses[RequestStatus.ACCEPTED] > len(requests) / 2
    # A pair whose only wish was declined has no meeting.
    declined = {
        frozenset(d)
        for d in directions
        if all(
            r.status is RequestStatus.DECLINED
            for r in requests
            if frozenset((r.requester_id, r.target_id)) == frozenset(d)
        )
    }
    met = {frozenset(r.id for r in m.participants) for m in _meetings(session, past)}
    assert declined and not declined & met


def test_past_meetings_were_mostly_held_some_missed_some_cancelled(
    session: Session, loaded: DemoReport
) -> None:
    past = _mission(session, PAST)
    meetings = _meetings(session, past)
    statuses = Counter(m.status for m in meetings)
    assert 30 <= len(meetings) <= 80
    assert statuses[MeetingStatus.HELD] > len(meetings) / 2
    assert statuses[MeetingStatus.NO_SHOW] >= 3
    assert statuses[MeetingStatus.CANCELLED] >= 2
    assert statuses[MeetingStatus.SCHEDULED] == 0
    for meeting in meetings:
        came = {r.status for r in meeting.participants}
        assert len(meeting.participants) == 2
        assert all(r.mission_id == past.id for r in meeting.participants)
        if RegistrationStatus.CANCELLED in came:
            assert meeting.status is MeetingStatus.CANCELLED
        elif RegistrationStatus.NO_SHOW in came:
            assert meeting.status is MeetingStatus.NO_SHOW
        if meeting.request is not None:
            assert meeting.request.status is not RequestStatus.DECLINED
            assert {meeting.request.requester_id, meeting.request.target_id} == {
                r.id for r in meeting.participants
            }


def test_past_meetings_sit_in_slots_without_any_clash(session: Session, loaded: DemoReport) -> None:
    past = _mission(session, PAST)
    (b2b,) = past.b2b_sessions
    slots = {(s.starts_at, s.ends_at) for s in session_slots(b2b)}
    tables = {t.id for t in b2b.tables}
    at_table: Counter[tuple[object, datetime]] = Counter()
    person_at: Counter[tuple[uuid.UUID, datetime]] = Counter()
    for meeting in _meetings(session, past):
        assert meeting.session_id == b2b.id and meeting.table_id in tables
        assert (meeting.starts_at, meeting.ends_at) in slots
        at_table[(meeting.table_id, meeting.starts_at)] += 1
        for registration in meeting.participants:
            person_at[(registration.person_id, meeting.starts_at)] += 1
    assert at_table and max(at_table.values()) == 1
    assert person_at and max(person_at.values()) == 1


def test_past_follow_ups_cover_every_outcome_with_owners_and_due_dates(
    session: Session, loaded: DemoReport
) -> None:
    past = _mission(session, PAST)
    follow_ups = _follow_ups(session, past)
    outcomes = Counter(f.outcome for f in follow_ups)
    assert set(outcomes) == set(FollowUpOutcome)
    assert outcomes[FollowUpOutcome.AGREEMENT_SIGNED] >= 3
    assert outcomes[FollowUpOutcome.MOU_SIGNED] >= 1
    coordinators = {
        r.person_id for r in past.registrations if r.role is RegistrationRole.COORDINATOR
    }
    for follow_up in follow_ups:
        assert follow_up.owner_id in coordinators
        assert follow_up.organisation is not None and follow_up.contact is not None
        assert follow_up.contact.organisation_id == follow_up.organisation_id
        assert follow_up.notes
        if follow_up.meeting is not None:
            assert follow_up.meeting.mission_id == past.id
            assert follow_up.meeting.status in (MeetingStatus.HELD, MeetingStatus.NO_SHOW)
            assert follow_up.contact_id in {r.person_id for r in follow_up.meeting.participants}
        if follow_up.next_action:
            assert follow_up.due_date is not None and follow_up.due_date > past.end_date
        assert follow_up.done == (follow_up.done_at is not None)
        if follow_up.done_at is not None:
            assert past.end_date < follow_up.done_at.date() < DEMO_TODAY
    without_meeting = [f for f in follow_ups if f.meeting_id is None]
    assert len(without_meeting) >= 2
    assert FollowUpOutcome.MOU_SIGNED in {f.outcome for f in without_meeting}
    done = [f for f in follow_ups if f.done]
    overdue = [f for f in follow_ups if not f.done and f.due_date and f.due_date < DEMO_TODAY]
    open_ = [f for f in follow_ups if not f.done and f.due_date and f.due_date >= DEMO_TODAY]
    assert len(done) >= 5 and len(overdue) >= 2 and len(open_) >= 2


def test_past_kpi_targets_are_some_met_some_missed(session: Session, loaded: DemoReport) -> None:
    past = _mission(session, PAST)
    targets = {t.metric: t.target for t in past.kpi_targets}
    assert len(targets) >= 6
    follow_ups = _follow_ups(session, past)
    actual = {
        KpiMetric.MEETINGS_HELD: sum(
            m.status is MeetingStatus.HELD for m in _meetings(session, past)
        ),
        KpiMetric.FOLLOWUPS: len(follow_ups),
        KpiMetric.AGREEMENTS_SIGNED: sum(
            f.outcome is FollowUpOutcome.AGREEMENT_SIGNED for f in follow_ups
        ),
        KpiMetric.MOUS_SIGNED: sum(f.outcome is FollowUpOutcome.MOU_SIGNED for f in follow_ups),
    }
    met = {metric for metric, n in actual.items() if n >= targets[metric]}
    assert met == {KpiMetric.MEETINGS_HELD, KpiMetric.MOUS_SIGNED}


def test_every_cluster_has_yearly_targets_for_2026_and_2027(
    session: Session, loaded: DemoReport
) -> None:
    targets = session.scalars(select(KpiTarget).where(KpiTarget.cluster_id.is_not(None))).all()
    assert all(t.mission_id is None and t.year is not None for t in targets)
    years = {(t.cluster_id, t.year) for t in targets}
    for cluster in session.scalars(select(Cluster)):
        assert {(cluster.id, 2026), (cluster.id, 2027)} <= years
    keys = [(t.cluster_id, t.year, t.metric) for t in targets]
    assert len(keys) == len(set(keys))


# --------------------------------------------------------------------------- the data files


def _read_changed(change: Callable[[str, Any], None]) -> Callable[[str], Any]:
    """A reader of the installed data files that applies ``change(file name, value)`` first."""

    def read(name: str) -> Any:
        text = (resources.files("pimap_desktop.resources") / "demo" / name).read_text("utf-8")
        value = json.loads(text)
        change(name, value)
        return parse_text(name, json.dumps(value))

    return read


def _refusal(change: Callable[[str, Any], None]) -> str:
    with pytest.raises(DemoDataError) as caught:
        read_data(_read_changed(change))
    return str(caught.value)


def _mission_record(value: Any, code: str) -> dict[str, Any]:
    return next(m for m in value["missions"] if m["mission"]["code"] == code)


def test_every_data_file_is_installed_read_and_checked() -> None:
    data = demo_data()
    folder = resources.files("pimap_desktop.resources") / "demo"
    assert set(FILES) <= {entry.name for entry in folder.iterdir()}
    assert [c.key for c in data.clusters.clusters] == ["FR", "SE", "PT", "FI"]
    assert [m.code for m in data.missions.missions] == ["PW2027", "CAN2027", "NYS2027", "PW2026"]
    assert {w.code for w in data.workshops.workshops} == set(WORKSHOPS)
    assert len(data.organisations.north_america.places()) == 44
    assert data.follow_ups.today == DEMO_TODAY == date(2026, 11, 25)
    # Long texts are written as lists of lines in the files.
    assert data.missions.missions[0].mission.objectives.count("\n") >= 3
    # What the benchmarks draw profiles from is the data's.
    assert demo.TECHNOLOGIES is data.organisations.technologies
    assert "fibre lasers" in demo.TECHNOLOGIES["photonics"]


def test_the_two_photonics_west_missions_are_two_records_of_one_shape() -> None:
    top = json.loads(
        (resources.files("pimap_desktop.resources") / "demo" / "missions.json").read_text("utf-8")
    )
    records = {m["mission"]["code"]: m for m in top["missions"]}
    last, next_ = records["PW2026"], records["PW2027"]
    # The same week of programmes.json, a day later in 2026 (the Saturday arrival first), at
    # the venues of one venue set: what differs is data only.
    assert {"template": "photonics-west-week", "first_day": 0} in next_["programme"]
    assert {"template": "photonics-west-week", "first_day": 1} in last["programme"]
    assert last["venue_set"] == next_["venue_set"] == "photonics-west"
    data = demo_data()
    pw2026, pw2027 = (
        next(m for m in data.missions.missions if m.code == c) for c in ("PW2026", "PW2027")
    )
    assert type(pw2026) is type(pw2027)
    assert (pw2026.history is not None, pw2027.history is None) == (True, True)
    assert data.venues(pw2026) == data.venues(pw2027)
    week = data.programmes["photonics-west-week"]
    assert any(i.b2b is not None for i in week)


def test_a_misspelt_value_is_refused_naming_the_file_and_the_field() -> None:
    def change(name: str, value: Any) -> None:
        if name == "missions.json":
            _mission_record(value, "CAN2027")["programme"][0]["kind"] = "brefing"

    message = _refusal(change)
    assert message.startswith("resources/demo/missions.json: missions[1].programme[0].kind: ")
    assert "'brefing' is not one of: " in message and "briefing" in message


def test_an_unknown_or_missing_field_is_refused_by_name() -> None:
    def unknown(name: str, value: Any) -> None:
        if name == "workshops.json":
            value["workshops"][2]["participant"] = 12

    message = _refusal(unknown)
    assert message.startswith("resources/demo/workshops.json: workshops[2]: ")
    assert "unknown field 'participant'" in message

    def missing(name: str, value: Any) -> None:
        if name == "clusters.json":
            del value["clusters"][3]["timezone"]

    message = _refusal(missing)
    assert message == ("resources/demo/clusters.json: clusters[3]: the field 'timezone' is missing")


def test_a_bad_date_a_bad_time_and_a_bad_share_are_refused() -> None:
    def date_(name: str, value: Any) -> None:
        if name == "missions.json":
            _mission_record(value, "PW2027")["mission"]["start_date"] = "2027-13-24"

    assert _refusal(date_) == (
        "resources/demo/missions.json: missions[0].mission.start_date: expected a date such as "
        "2027-01-24, got '2027-13-24'"
    )

    def hours(name: str, value: Any) -> None:
        if name == "programmes.json":
            value["workshop-day"][1]["hours"] = "09:30-09:15"

    assert "programmes.json: workshop-day[1].hours: expected hours such as" in _refusal(hours)

    def share(name: str, value: Any) -> None:
        if name == "people.json":
            value["consent"]["listed_share"] = 75

    assert _refusal(share).startswith(
        "resources/demo/people.json: consent.listed_share: expected a share between 0 and 1"
    )


def test_a_record_naming_what_does_not_exist_is_refused() -> None:
    def venue(name: str, value: Any) -> None:
        if name == "missions.json":
            _mission_record(value, "NYS2027")["programme"][1]["venue"] = "motel"

    assert _refusal(venue) == (
        "resources/demo/missions.json: missions[2].programme[1].venue: NYS2027 has no venue 'motel'"
    )

    def cluster(name: str, value: Any) -> None:
        if name == "workshops.json":
            value["workshops"][0]["guest"] = "DE"

    assert _refusal(cluster) == (
        "resources/demo/workshops.json: workshops[0].guest: no cluster 'DE' in clusters.json"
    )

    def placeholder(name: str, value: Any) -> None:
        if name == "programmes.json":
            value["workshop-day"][2]["title"] = "{session9}"

    assert "workshop-day[2].title: {session9} is not a room or session of" in _refusal(placeholder)


def test_a_file_that_is_not_json_is_refused_with_its_line() -> None:
    with pytest.raises(DemoDataError) as caught:
        parse_text("names.json", '{\n  "fr": {"first": ["Jeanne",]}\n}')
    assert str(caught.value).startswith("resources/demo/names.json: line 2, column ")


def test_a_refused_data_file_leaves_the_database_as_it_was(
    db: Database, session: Session, mission_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise DemoDataError("resources/demo/missions.json: missions[0]: broken")

    monkeypatch.setattr(demo, "demo_data", broken)
    with pytest.raises(DemoDataError):
        load_demo(session, force=True)
    with db.session() as fresh:
        assert fresh.get(Mission, mission_id) is not None


def test_the_emblems_are_stored_as_the_branding_service_would_store_them(
    session: Session, loaded: DemoReport
) -> None:
    stored = {
        name: image for name, image in session.execute(select(Emblem.file_name, Emblem.image))
    }
    assert set(stored) == {"demo-partnership.png", "demo-funder.png"}
    for name, image in stored.items():
        assert png_bytes(image, name) == image
