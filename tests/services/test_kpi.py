"""KPIs: every figure checked against an independent, naive count over ORM objects on a
generated data set, and small hand-made cases with known numbers.

The generator (``populate``) is also used by ``benchmarks/bench_kpi.py`` at full scale.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    KpiMetric,
    MeetingStatus,
    MissionKind,
    MissionStatus,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Cluster,
    FollowUp,
    KpiTarget,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.services.kpi.kpi import (
    FUNNEL_STAGES,
    NONE_KEY,
    Breakdown,
    KpiFilter,
    KpiReport,
    Pipeline,
    TargetRow,
    TargetStatus,
    compute_kpis,
    describe_counting,
    find_cluster,
    funnel_note,
    kpi_filter_for,
    kpi_filters,
    list_targets,
    set_targets,
    target_rows,
)
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database, open_database

if TYPE_CHECKING:
    from tests.pg import PgServer

TODAY = date(2027, 6, 1)
SIGNED = (FollowUpOutcome.AGREEMENT_SIGNED, FollowUpOutcome.MOU_SIGNED)

# --------------------------------------------------------------------------- generator


@dataclass(frozen=True)
class KpiSpec:
    clusters: int
    organisations: int
    people: int
    missions: int
    registrations_per_mission: int
    requests_per_mission: int
    meetings_per_mission: int
    followups: int


SMALL = KpiSpec(
    clusters=3,
    organisations=40,
    people=220,
    missions=8,
    registrations_per_mission=60,
    requests_per_mission=50,
    meetings_per_mission=35,
    followups=180,
)

COUNTRIES = ("FR", "FI", "DE", "PT", "US", "")
KINDS = (
    (OrganisationKind.SME, 6),
    (OrganisationKind.LARGE_COMPANY, 2),
    (OrganisationKind.RESEARCH_CENTRE, 1),
    (OrganisationKind.CLUSTER, 1),
    (OrganisationKind.INVESTOR, 1),
)
MISSION_KINDS = (
    MissionKind.BUSINESS_MISSION,
    MissionKind.WORKSHOP,
    MissionKind.FAIR_PARTICIPATION,
    MissionKind.MATCHMAKING_EVENT,
)
MISSION_STATUSES = (
    MissionStatus.CLOSED,
    MissionStatus.OPEN,
    MissionStatus.RUNNING,
    MissionStatus.OPEN,
)
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def _weighted(rng: random.Random, choices: Iterable[tuple[Any, int]]) -> Any:
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights)[0]


def _mission_rows(spec: KpiSpec) -> list[dict[str, Any]]:
    """Missions over 2026 and 2027, of every kind; the last one a draft. With TODAY in June
    2027, the 2026 missions and the early 2027 ones are over."""
    rows = []
    for n in range(spec.missions):
        year = 2026 + n % 2
        start = date(year, 1 + (n * 5) % 12, 10)
        rows.append(
            {
                "id": uuid.uuid4(),
                "code": f"KPI{n:02d}",
                "name": f"Generated mission {n}",
                "kind": MISSION_KINDS[n % len(MISSION_KINDS)],
                "timezone": "Europe/Paris",
                "start_date": start,
                "end_date": start + timedelta(days=3),
                "status": MissionStatus.DRAFT
                if n == spec.missions - 1
                else MISSION_STATUSES[n % len(MISSION_STATUSES)],
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        )
    return rows


def populate(engine: Engine, spec: KpiSpec, seed: int) -> None:
    """A fictional data set: clusters, organisations of every kind, people (some without an
    organisation), missions in two years incl. workshops and a draft, registrations of every
    status (some checked in), requests (mutual and declined), meetings of every status,
    follow-ups of every outcome (some without a meeting or a mission), and targets."""
    rng = random.Random(seed)
    clusters: list[dict[str, Any]] = [
        {
            "id": uuid.uuid4(),
            "name": f"Cluster {chr(65 + n)} Photonics",
            "country": COUNTRIES[n % 4],
            "timezone": "Europe/Paris",
            "created_at": STAMP,
            "updated_at": STAMP,
        }
        for n in range(spec.clusters)
    ]
    cluster_ids: list[uuid.UUID | None] = [c["id"] for c in clusters]
    organisations = [
        {
            "id": uuid.uuid4(),
            "name": f"Organisation {n}",
            "normalised_name": f"organisation {n}",
            "kind": _weighted(rng, KINDS),
            "country": rng.choice(COUNTRIES),
            "cluster_id": rng.choice([*cluster_ids, None]),
            "created_at": STAMP,
            "updated_at": STAMP,
        }
        for n in range(spec.organisations)
    ]
    org_ids = [o["id"] for o in organisations]
    people = [
        {
            "id": uuid.uuid4(),
            "organisation_id": rng.choice(org_ids) if rng.random() < 0.9 else None,
            "first_name": "Person",
            "last_name": str(n),
            "email": f"person.{n}@kpi.example",
            "created_at": STAMP,
            "updated_at": STAMP,
        }
        for n in range(spec.people)
    ]
    person_ids = [p["id"] for p in people]
    missions = _mission_rows(spec)
    registrations: list[dict[str, Any]] = []
    requests: list[dict[str, Any]] = []
    meetings: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    for mission in missions:
        regs = []
        for person_id in rng.sample(person_ids, spec.registrations_per_mission):
            reg_id = uuid.uuid4()
            regs.append(reg_id)
            registrations.append(
                {
                    "id": reg_id,
                    "mission_id": mission["id"],
                    "person_id": person_id,
                    "role": RegistrationRole.DELEGATE,
                    "status": rng.choice(list(RegistrationStatus)),
                    "checked_in_at": STAMP if rng.random() < 0.3 else None,
                    "created_at": STAMP,
                    "updated_at": STAMP,
                }
            )
        asked: set[tuple[uuid.UUID, uuid.UUID]] = set()
        while len(asked) < spec.requests_per_mission:
            a, b = rng.sample(regs, 2)
            pairs = [(a, b), (b, a)] if rng.random() < 0.25 else [(a, b)]  # mutual
            for pair in pairs:
                if pair in asked:
                    continue
                asked.add(pair)
                requests.append(
                    {
                        "id": uuid.uuid4(),
                        "mission_id": mission["id"],
                        "requester_id": pair[0],
                        "target_id": pair[1],
                        "priority": rng.randint(1, 3),
                        "status": rng.choice(list(RequestStatus)),
                        "created_at": STAMP,
                        "updated_at": STAMP,
                    }
                )
        starts = datetime.combine(mission["start_date"], datetime.min.time(), tzinfo=UTC)
        for n in range(spec.meetings_per_mission):
            meeting_id = uuid.uuid4()
            meetings.append(
                {
                    "id": meeting_id,
                    "mission_id": mission["id"],
                    "starts_at": starts + timedelta(minutes=20 * n),
                    "ends_at": starts + timedelta(minutes=20 * n + 20),
                    "status": rng.choice(list(MeetingStatus)),
                    "locked": False,
                    "created_at": STAMP,
                    "updated_at": STAMP,
                }
            )
            size = 3 if rng.random() < 0.1 else 2
            participants.extend(
                {"meeting_id": meeting_id, "registration_id": r} for r in rng.sample(regs, size)
            )
    followups = []
    outcomes = list(FollowUpOutcome)
    for n in range(spec.followups):
        link = rng.random()
        meeting = rng.choice(meetings) if link < 0.6 else None
        if meeting is not None:  # its own mission, none, or now and then another one
            choice = rng.random()
            mission_id = (
                meeting["mission_id"]
                if choice < 0.45
                else (None if choice < 0.95 else rng.choice(missions)["id"])
            )
        else:
            mission_id = rng.choice(missions)["id"] if link < 0.85 else None
        followups.append(
            {
                "id": uuid.uuid4(),
                "mission_id": mission_id,
                "meeting_id": meeting["id"] if meeting else None,
                "organisation_id": rng.choice(org_ids) if rng.random() < 0.8 else None,
                "contact_id": rng.choice(person_ids) if rng.random() < 0.7 else None,
                "outcome": outcomes[n] if n < len(outcomes) else rng.choice(outcomes),
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        )
    targets = _target_rows(rng, missions, cluster_ids)
    with engine.begin() as conn:
        conn.execute(insert(Cluster), clusters)
        conn.execute(insert(Organisation), organisations)
        conn.execute(insert(Person), people)
        conn.execute(insert(Mission), missions)
        conn.execute(insert(Registration), registrations)
        conn.execute(insert(MeetingRequest), requests)
        conn.execute(insert(Meeting), meetings)
        conn.execute(insert(meeting_participants), participants)
        conn.execute(insert(FollowUp), followups)
        conn.execute(insert(KpiTarget), targets)


def _target_rows(
    rng: random.Random, missions: list[dict[str, Any]], cluster_ids: list[uuid.UUID | None]
) -> list[dict[str, Any]]:
    """Targets of every scope: mission (overall and for a cluster), cluster and year, year,
    and overall."""
    rows: list[tuple[uuid.UUID | None, uuid.UUID | None, int | None, KpiMetric]] = []
    metrics = list(KpiMetric)
    for n, mission in enumerate(missions):
        if n % 3 != 2:
            rows.extend((mission["id"], None, None, m) for m in rng.sample(metrics, 4))
    rows.append((missions[0]["id"], cluster_ids[0], None, KpiMetric.PARTICIPANTS))
    rows.append((missions[1]["id"], cluster_ids[0], None, KpiMetric.PARTICIPANTS))
    rows.extend((None, cluster_ids[0], 2027, m) for m in metrics[:3])
    rows.append((None, cluster_ids[-1], None, KpiMetric.MEETINGS_HELD))
    rows.append((None, None, 2026, KpiMetric.PARTICIPANTS))
    rows.append((None, None, None, KpiMetric.MEETINGS_HELD))
    return [
        {
            "id": uuid.uuid4(),
            "mission_id": mission_id,
            "cluster_id": cluster_id,
            "year": year,
            "metric": metric,
            "target": rng.randint(1, 200),
            "created_at": STAMP,
            "updated_at": STAMP,
        }
        for mission_id, cluster_id, year, metric in rows
    ]


# --------------------------------------------------------------------------- naive count

Group = tuple[str, Any] | None  # ("cluster", id | None), ("country", code | None), ("year", y)


def _cluster(person: Person) -> uuid.UUID | None:
    return person.organisation.cluster_id if person.organisation else None


def _country(person: Person) -> str | None:
    return (person.organisation.country or None) if person.organisation else None


def _org_places(org: Organisation | None) -> tuple[set[uuid.UUID | None], set[str | None]]:
    if org is None:
        return set(), set()
    return {org.cluster_id}, {org.country or None}


class Naive:
    """The definitions of the module docstring, applied one record at a time to ORM objects."""

    def __init__(self, session: Session, today: date) -> None:
        self.today = today
        self.missions = list(session.scalars(select(Mission)))
        self.clusters = list(session.scalars(select(Cluster)))
        person = selectinload(Registration.person).selectinload(Person.organisation)
        self.registrations = list(session.scalars(select(Registration).options(person)))
        self.requests = list(
            session.scalars(
                select(MeetingRequest).options(
                    selectinload(MeetingRequest.requester)
                    .selectinload(Registration.person)
                    .selectinload(Person.organisation),
                    selectinload(MeetingRequest.target)
                    .selectinload(Registration.person)
                    .selectinload(Person.organisation),
                )
            )
        )
        self.meetings = list(
            session.scalars(
                select(Meeting).options(
                    selectinload(Meeting.participants)
                    .selectinload(Registration.person)
                    .selectinload(Person.organisation)
                )
            )
        )
        self.followups = list(
            session.scalars(
                select(FollowUp).options(
                    selectinload(FollowUp.organisation),
                    selectinload(FollowUp.contact).selectinload(Person.organisation),
                    selectinload(FollowUp.meeting),
                )
            )
        )
        self.targets = list(session.scalars(select(KpiTarget)))
        self.meeting_by_id = {m.id: m for m in self.meetings}
        self.mission_by_id = {m.id: m for m in self.missions}

    # -- scope

    def scope(self, f: KpiFilter) -> list[Mission]:
        chosen = []
        for m in self.missions:
            if f.year is not None and m.start_date.year != f.year:
                continue
            if f.mission_id is not None:
                if m.id == f.mission_id:
                    chosen.append(m)
            elif m.status is not MissionStatus.DRAFT:
                chosen.append(m)
        return chosen

    def held(self, m: Mission) -> bool:
        """Held by the day: over, or closed once begun; never a draft."""
        if m.status is MissionStatus.DRAFT:
            return False
        if m.end_date < self.today:
            return True
        return m.status is MissionStatus.CLOSED and m.start_date <= self.today

    def counted(self, f: KpiFilter, planned: bool = False) -> list[Mission]:
        """The missions whose facts are counted: the held ones among those chosen, or the
        others (the pipeline)."""
        return [m for m in self.scope(f) if self.held(m) is not planned]

    # -- facts and where they belong

    def meeting_places(self, meeting: Meeting) -> tuple[set[Any], set[Any]]:
        if not meeting.participants:
            return {None}, {None}
        return (
            {_cluster(r.person) for r in meeting.participants},
            {_country(r.person) for r in meeting.participants},
        )

    def followup_mission(self, fu: FollowUp) -> uuid.UUID | None:
        if fu.mission_id is not None:
            return fu.mission_id
        return fu.meeting.mission_id if fu.meeting is not None else None

    def followup_places(self, fu: FollowUp) -> tuple[set[Any], set[Any]]:
        clusters, countries = _org_places(fu.organisation)
        if fu.contact is not None:
            more = _org_places(fu.contact.organisation)
            clusters |= more[0]
            countries |= more[1]
        if fu.meeting is not None:
            more = self.meeting_places(fu.meeting)
            if fu.meeting.participants:
                clusters |= more[0]
                countries |= more[1]
        return clusters or {None}, countries or {None}

    @staticmethod
    def in_group(
        group: Group, mission: Mission | None, clusters: set[Any], countries: set[Any]
    ) -> bool:
        if group is None:
            return True
        kind, value = group
        if kind == "year":
            return mission is not None and mission.start_date.year == value
        if kind == "cluster":
            return value in clusters
        return value in countries

    @staticmethod
    def counts(r: Registration) -> bool:
        if r.status in (RegistrationStatus.CANCELLED, RegistrationStatus.NO_SHOW):
            return False
        return r.status is RegistrationStatus.CONFIRMED or r.checked_in_at is not None

    # -- the figures

    def counted_registrations(
        self, f: KpiFilter, group: Group, planned: bool = False
    ) -> list[Registration]:
        ids = {m.id for m in self.counted(f, planned)}
        return [
            r
            for r in self.registrations
            if r.mission_id in ids
            and self.counts(r)
            and (f.cluster_id is None or _cluster(r.person) == f.cluster_id)
            and self.in_group(
                group, self.mission_by_id[r.mission_id], {_cluster(r.person)}, {_country(r.person)}
            )
        ]

    def counted_requests(
        self, f: KpiFilter, group: Group, planned: bool = False
    ) -> list[MeetingRequest]:
        ids = {m.id for m in self.counted(f, planned)}
        found = []
        for q in self.requests:
            if q.mission_id not in ids:
                continue
            clusters = {_cluster(q.requester.person), _cluster(q.target.person)}
            countries = {_country(q.requester.person), _country(q.target.person)}
            if f.cluster_id is not None and f.cluster_id not in clusters:
                continue
            if self.in_group(group, self.mission_by_id[q.mission_id], clusters, countries):
                found.append(q)
        return found

    def counted_meetings(self, f: KpiFilter, group: Group, planned: bool = False) -> list[Meeting]:
        ids = {m.id for m in self.counted(f, planned)}
        found = []
        for meeting in self.meetings:
            if meeting.mission_id not in ids:
                continue
            clusters, countries = self.meeting_places(meeting)
            if f.cluster_id is not None and f.cluster_id not in clusters:
                continue
            if self.in_group(group, self.mission_by_id[meeting.mission_id], clusters, countries):
                found.append(meeting)
        return found

    def counted_followups(
        self, f: KpiFilter, group: Group, planned: bool = False
    ) -> list[FollowUp]:
        """The follow-ups of the missions counted; one of no mission is in none."""
        ids = {m.id for m in self.counted(f, planned)}
        found = []
        for fu in self.followups:
            mission_id = self.followup_mission(fu)
            if mission_id is None or mission_id not in ids:
                continue
            clusters, countries = self.followup_places(fu)
            if f.cluster_id is not None and f.cluster_id not in clusters:
                continue
            mission = self.mission_by_id.get(mission_id) if mission_id else None
            if self.in_group(group, mission, clusters, countries):
                found.append(fu)
        return found

    def without_mission(self, f: KpiFilter) -> int:
        """Follow-ups of no mission, named apart when no mission and no year is chosen."""
        if f.mission_id is not None or f.year is not None:
            return 0
        found = 0
        for fu in self.followups:
            if self.followup_mission(fu) is not None:
                continue
            clusters, _ = self.followup_places(fu)
            found += f.cluster_id is None or f.cluster_id in clusters
        return found

    def missions_held(self, f: KpiFilter, group: Group, planned: bool = False) -> list[Mission]:
        held = self.counted(f, planned)
        if f.cluster_id is None and (group is None or group[0] == "year"):
            return [m for m in held if group is None or m.start_date.year == group[1]]
        with_people = {r.mission_id for r in self.counted_registrations(f, group, planned)}
        return [m for m in held if m.id in with_people]

    def figures(self, f: KpiFilter, group: Group = None, planned: bool = False) -> dict[str, Any]:
        regs = self.counted_registrations(f, group, planned)
        meetings = self.counted_meetings(f, group, planned)
        followups = self.counted_followups(f, group, planned)
        held = [] if planned else self.missions_held(f, group)
        statuses = Counter(m.status for m in meetings)
        outcomes = Counter(fu.outcome for fu in followups)
        smes = {
            r.person.organisation_id
            for r in regs
            if r.person.organisation is not None
            and r.person.organisation.kind is OrganisationKind.SME
        }
        return {
            "missions_held": sum(m.kind is not MissionKind.WORKSHOP for m in held),
            "workshops_held": sum(m.kind is MissionKind.WORKSHOP for m in held),
            "smes_engaged": len(smes),
            "participants": len({r.person_id for r in regs}),
            "meetings_requested": len(
                {
                    frozenset((q.requester_id, q.target_id))
                    for q in self.counted_requests(f, group, planned)
                }
            ),
            "meetings_scheduled": sum(m.status is not MeetingStatus.CANCELLED for m in meetings),
            "meetings_held": statuses[MeetingStatus.HELD],
            "meetings_no_show": statuses[MeetingStatus.NO_SHOW],
            "meetings_cancelled": statuses[MeetingStatus.CANCELLED],
            "followups": len(followups),
            "outcomes": {o: outcomes[o] for o in FollowUpOutcome},
            "agreements_signed": outcomes[FollowUpOutcome.AGREEMENT_SIGNED],
            "mous_signed": outcomes[FollowUpOutcome.MOU_SIGNED],
        }

    def funnel(self, f: KpiFilter) -> list[tuple[str, int]]:
        figures = self.figures(f)
        held = {m.id for m in self.counted_meetings(f, None) if m.status is MeetingStatus.HELD}
        followups = self.counted_followups(f, None)
        followed = {fu.meeting_id for fu in followups if fu.meeting_id in held}
        signed = {
            fu.meeting_id for fu in followups if fu.meeting_id in held and fu.outcome in SIGNED
        }
        return list(
            zip(
                FUNNEL_STAGES,
                (
                    figures["meetings_requested"],
                    figures["meetings_scheduled"],
                    figures["meetings_held"],
                    len(followed),
                    len(signed),
                ),
                strict=True,
            )
        )

    def target(
        self, f: KpiFilter, metric: KpiMetric, cluster_id: uuid.UUID | None, year: int | None
    ) -> int | None:
        """A mission's own targets; else a target set for the scope; else the targets of the
        missions held (a year), or of the years with a held mission (all years)."""
        if not self.counted(f):
            return None  # nothing held yet: nothing to compare
        rows = [t for t in self.targets if t.metric is metric and t.cluster_id == cluster_id]
        if f.mission_id is not None:
            found = [t.target for t in rows if t.mission_id == f.mission_id]
            return sum(found) if found else None
        direct = [t.target for t in rows if t.mission_id is None and t.year == year]
        if direct:
            return sum(direct)
        held = [m for m in self.scope(KpiFilter(year=f.year)) if self.held(m)]
        years = {m.start_date.year for m in held} if year is None else {year}
        total: int | None = None
        for each in years:
            of_year = [t.target for t in rows if t.mission_id is None and t.year == each]
            if not of_year:
                missions = {m.id for m in held if m.start_date.year == each}
                of_year = [t.target for t in rows if t.mission_id in missions]
            if of_year:
                total = (total or 0) + sum(of_year)
        return total

    def countries(self, f: KpiFilter) -> set[str | None]:
        found: set[str | None] = set()
        found |= {_country(r.person) for r in self.counted_registrations(f, None)}
        for q in self.counted_requests(f, None):
            found |= {_country(q.requester.person), _country(q.target.person)}
        for meeting in self.counted_meetings(f, None):
            found |= self.meeting_places(meeting)[1]
        for fu in self.counted_followups(f, None):
            found |= self.followup_places(fu)[1]
        return found

    def any_without_cluster(self, f: KpiFilter) -> bool:
        return (
            any(_cluster(r.person) is None for r in self.counted_registrations(f, None))
            or any(
                None in {_cluster(q.requester.person), _cluster(q.target.person)}
                for q in self.counted_requests(f, None)
            )
            or any(None in self.meeting_places(m)[0] for m in self.counted_meetings(f, None))
            or any(None in self.followup_places(fu)[0] for fu in self.counted_followups(f, None))
        )


def figures_of(figures: Breakdown | KpiReport) -> dict[str, Any]:
    return {
        "missions_held": figures.missions_held,
        "workshops_held": figures.workshops_held,
        "smes_engaged": figures.smes_engaged,
        "participants": figures.participants,
        "meetings_requested": figures.meetings_requested,
        "meetings_scheduled": figures.meetings_scheduled,
        "meetings_held": figures.meetings_held,
        "meetings_no_show": figures.meetings_no_show,
        "meetings_cancelled": figures.meetings_cancelled,
        "followups": figures.followups,
        "outcomes": dict(figures.outcomes),
        "agreements_signed": figures.agreements_signed,
        "mous_signed": figures.mous_signed,
    }


def pipeline_of(planned: Pipeline) -> dict[str, Any]:
    return {
        "missions_held": 0,
        "workshops_held": 0,
        "smes_engaged": planned.smes_engaged,
        "participants": planned.participants,
        "meetings_requested": planned.meetings_requested,
        "meetings_scheduled": planned.meetings_scheduled,
        "meetings_held": planned.meetings_held,
        "meetings_no_show": planned.meetings_no_show,
        "meetings_cancelled": planned.meetings_cancelled,
        "followups": planned.followups,
        "outcomes": dict(planned.outcomes),
        "agreements_signed": planned.agreements_signed,
        "mous_signed": planned.mous_signed,
    }


def check_against_naive(report: KpiReport, naive: Naive, f: KpiFilter) -> None:
    label = f"filter {f}"
    assert figures_of(report) == naive.figures(f), label
    assert list(report.funnel) == naive.funnel(f), label
    # the held missions named, and the pipeline apart with its own figures
    assert sorted(m.code for m in report.held) == sorted(m.code for m in naive.counted(f)), label
    assert pipeline_of(report.pipeline) == naive.figures(f, planned=True), label
    assert sorted(m.code for m in report.pipeline.missions) == sorted(
        m.code for m in naive.counted(f, planned=True)
    ), label
    assert report.followups_without_mission == naive.without_mission(f), label
    assert [(t.metric, t.actual, t.target) for t in report.targets] == [
        (m, naive.figures(f)[m.value], naive.target(f, m, f.cluster_id, f.year)) for m in KpiMetric
    ], label

    names = {c.id: c.name for c in naive.clusters}
    clusters = sorted(naive.clusters, key=lambda c: c.name.casefold())
    expected_clusters = [c.name for c in clusters if f.cluster_id in (None, c.id)]
    if f.cluster_id is None and naive.any_without_cluster(f):
        expected_clusters.append(NONE_KEY)
    assert [b.key for b in report.by_cluster] == expected_clusters, label
    by_name = {c.name: c.id for c in naive.clusters}
    for b in report.by_cluster:
        cluster_id = by_name.get(b.key)
        assert figures_of(b) == naive.figures(f, ("cluster", cluster_id)), (label, b.key)
        if cluster_id is None:
            assert b.targets == ()
        else:
            assert [t.target for t in b.targets] == [
                naive.target(f, m, cluster_id, f.year) for m in KpiMetric
            ], (label, names[cluster_id])

    countries = naive.countries(f)
    expected_countries = sorted(c for c in countries if c is not None)
    if None in countries:
        expected_countries.append(NONE_KEY)
    assert [b.key for b in report.by_country] == expected_countries, label
    for b in report.by_country:
        country = None if b.key == NONE_KEY else b.key
        assert figures_of(b) == naive.figures(f, ("country", country)), (label, b.key)

    years = sorted({m.start_date.year for m in naive.counted(f)})
    assert [y for y, _ in report.by_year] == years, label
    for year, b in report.by_year:
        assert figures_of(b) == naive.figures(f, ("year", year)), (label, year)
        assert [t.target for t in b.targets] == [
            naive.target(f, m, f.cluster_id, year) for m in KpiMetric
        ], (label, year)


# --------------------------------------------------------------------------- generated data


Generated = tuple[Database, "Naive"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Generated]:
    """The generated data set, on each engine (the counting is partly SQL)."""
    if request.param == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")  # skipped without a server
        url = server.pimap_database()
        request.addfinalizer(lambda: server.drop_database(url))
        database = open_database(url)
    else:
        database = open_database(tmp_path_factory.mktemp("kpi") / "kpi.sqlite")
    populate(database.engine, SMALL, seed=6)
    with database.session() as session:
        naive = Naive(session, TODAY)
        session.expunge_all()
    yield database, naive
    database.dispose()


def _filters(naive: Naive) -> list[KpiFilter]:
    missions = sorted(naive.missions, key=lambda m: m.code)
    clusters = sorted(naive.clusters, key=lambda c: c.name)
    filters = [KpiFilter()]
    filters += [KpiFilter(mission_id=m.id) for m in missions]
    filters += [KpiFilter(cluster_id=c.id) for c in clusters]
    filters += [KpiFilter(year=y) for y in (2026, 2027, 2030)]
    filters += [
        KpiFilter(mission_id=missions[n].id, cluster_id=c.id) for n in (0, 3) for c in clusters
    ]
    filters += [KpiFilter(year=2027, cluster_id=clusters[0].id)]
    filters += [KpiFilter(mission_id=missions[1].id, year=2026)]  # KPI01 is a 2027 mission
    return filters


def test_generated_data_set_has_what_the_definitions_need(generated: Generated) -> None:
    _, naive = generated
    assert {m.kind for m in naive.missions} == set(MissionKind)
    assert {m.start_date.year for m in naive.missions} == {2026, 2027}
    assert any(m.status is MissionStatus.DRAFT for m in naive.missions)
    assert {r.status for r in naive.registrations} == set(RegistrationStatus)
    assert any(
        r.checked_in_at and r.status is RegistrationStatus.REGISTERED for r in naive.registrations
    )
    assert {m.status for m in naive.meetings} == set(MeetingStatus)
    assert {fu.outcome for fu in naive.followups} == set(FollowUpOutcome)
    assert any(fu.meeting_id is None and fu.mission_id is None for fu in naive.followups)
    asked = {(q.requester_id, q.target_id) for q in naive.requests}
    assert any((b, a) in asked for a, b in asked)  # mutual pairs
    assert any(q.status is RequestStatus.DECLINED for q in naive.requests)
    assert any(len(m.participants) == 3 for m in naive.meetings)
    # a mission to come with targets: the totals must leave them out
    to_come = [m for m in naive.scope(KpiFilter()) if not naive.held(m)]
    assert any(t.mission_id in {m.id for m in to_come} for t in naive.targets)


def test_every_kpi_matches_an_independent_count(generated: Generated) -> None:
    database, naive = generated
    filters = _filters(naive)
    with database.session() as session:
        for f in filters:
            check_against_naive(compute_kpis(session, f, as_of=TODAY), naive, f)


def test_generated_totals_are_not_trivial(generated: Generated) -> None:
    """The comparison above would pass on zeros: make sure the figures are real."""
    database, naive = generated
    with database.session() as session:
        report = compute_kpis(session, as_of=TODAY)
        draft = next(m for m in naive.missions if m.status is MissionStatus.DRAFT)
        only_draft = compute_kpis(session, KpiFilter(mission_id=draft.id), as_of=TODAY)
    assert report.participants > 50 and 0 < report.smes_engaged < report.participants
    assert report.meetings_requested < len(naive.requests)  # mutual pairs and the draft
    assert report.missions_held > 0 and report.workshops_held > 0
    assert all(n > 0 for n in report.followups_by_outcome.values())
    assert report.funnel[3][1] > 0 and report.funnel[4][1] > 0
    assert any(t.target is not None for t in report.targets)
    assert len(report.by_cluster) == 4 and report.by_cluster[-1].key == NONE_KEY
    # missions to come have figures of their own: the pipeline, apart
    planned = report.pipeline
    assert planned.missions and planned.participants > 0 and planned.meetings_scheduled > 0
    assert planned.followups > 0 and report.followups_without_mission > 0
    assert report.signed_outside_funnel > 0
    # a draft chosen by itself is all pipeline: nothing held, nothing against its targets
    assert only_draft.participants == only_draft.missions_held == 0
    assert only_draft.pipeline.participants > 0
    assert [m.code for m in only_draft.pipeline.missions] == [draft.code]
    assert naive.figures(KpiFilter(mission_id=draft.id), planned=True)["participants"] == (
        only_draft.pipeline.participants
    )
    assert all(t.target is None for t in only_draft.targets)


def test_held_missions_depend_on_the_day(generated: Generated) -> None:
    database, naive = generated
    with database.session() as session:
        early = compute_kpis(session, as_of=date(2026, 1, 1))
        late = compute_kpis(session, as_of=date(2030, 1, 1))
    # In 2030 every mission but the draft is over. On 1 January 2026 none has begun: not even
    # the closed ones are held by then (a day before a mission never sees it held).
    closed = [m for m in naive.missions if m.status is MissionStatus.CLOSED]
    assert len(closed) == 2 and all(m.start_date > date(2026, 1, 1) for m in closed)
    assert early.missions_held + early.workshops_held == 0
    assert early.participants == 0 and early.pipeline.participants > 0
    assert late.missions_held + late.workshops_held == SMALL.missions - 1
    assert late.pipeline.missions == ()
    # A closed mission is held from its first day, before its last day is past.
    first = min(closed, key=lambda m: m.start_date)
    with database.session() as session:
        on_first_day = compute_kpis(session, KpiFilter(mission_id=first.id), as_of=first.start_date)
    assert [m.code for m in on_first_day.held] == [first.code]


# --------------------------------------------------------------------------- hand-made cases


@dataclass
class Small:
    session: Session
    missions: dict[str, uuid.UUID]
    clusters: dict[str, uuid.UUID]
    orgs: dict[str, uuid.UUID]

    def person(self, name: str, org: str | None) -> uuid.UUID:
        person_id = uuid.uuid4()
        self._add(
            Person(
                id=person_id,
                first_name=name,
                last_name="Test",
                email=f"{name.lower()}@small.example",
                organisation_id=self.orgs[org] if org else None,
            )
        )
        return person_id

    def register(
        self,
        mission: str,
        person_id: uuid.UUID,
        status: RegistrationStatus = RegistrationStatus.CONFIRMED,
        *,
        checked_in: bool = False,
    ) -> uuid.UUID:
        reg_id = uuid.uuid4()
        self._add(
            Registration(
                id=reg_id,
                mission_id=self.missions[mission],
                person_id=person_id,
                role=RegistrationRole.DELEGATE,
                status=status,
                checked_in_at=STAMP if checked_in else None,
            )
        )
        return reg_id

    def request(
        self,
        mission: str,
        a: uuid.UUID,
        b: uuid.UUID,
        status: RequestStatus = RequestStatus.PENDING,
    ) -> None:
        self._add(
            MeetingRequest(
                mission_id=self.missions[mission], requester_id=a, target_id=b, status=status
            )
        )

    def meeting(self, mission: str, regs: list[uuid.UUID], status: MeetingStatus) -> uuid.UUID:
        meeting_id = uuid.uuid4()
        with transaction(self.session):
            self.session.add(
                Meeting(
                    id=meeting_id,
                    mission_id=self.missions[mission],
                    starts_at=STAMP,
                    ends_at=STAMP + timedelta(minutes=20),
                    status=status,
                )
            )
            self.session.flush()
            self.session.execute(
                insert(meeting_participants),
                [{"meeting_id": meeting_id, "registration_id": r} for r in regs],
            )
        return meeting_id

    def followup(
        self,
        outcome: FollowUpOutcome,
        *,
        mission: str | None = None,
        meeting: uuid.UUID | None = None,
        org: str | None = None,
    ) -> None:
        self._add(
            FollowUp(
                mission_id=self.missions[mission] if mission else None,
                meeting_id=meeting,
                organisation_id=self.orgs[org] if org else None,
                outcome=outcome,
            )
        )

    def target(
        self,
        metric: KpiMetric,
        target: int,
        *,
        mission: str | None = None,
        cluster: str | None = None,
        year: int | None = None,
    ) -> None:
        self._add(
            KpiTarget(
                mission_id=self.missions[mission] if mission else None,
                cluster_id=self.clusters[cluster] if cluster else None,
                year=year,
                metric=metric,
                target=target,
            )
        )

    def kpis(self, **filter_values: Any) -> KpiReport:
        return compute_kpis(self.session, KpiFilter(**filter_values), as_of=TODAY)

    def _add(self, record: Any) -> None:
        with transaction(self.session):
            self.session.add(record)
        self.session.expunge_all()


@pytest.fixture
def small(session: Session) -> Small:
    """Two clusters; an SME in each, a large company in North, a research centre without a
    cluster; a 2026 business mission (over), a 2027 workshop (over), a 2027 draft."""
    clusters = {"North": uuid.uuid4(), "South": uuid.uuid4()}
    orgs = {
        "sme-n": ("SME North", OrganisationKind.SME, "FI", "North"),
        "big-n": ("Big North", OrganisationKind.LARGE_COMPANY, "FI", "North"),
        "sme-s": ("SME South", OrganisationKind.SME, "PT", "South"),
        "lab": ("Lab", OrganisationKind.RESEARCH_CENTRE, "US", None),
    }
    org_ids = {key: uuid.uuid4() for key in orgs}
    missions = {"M26": uuid.uuid4(), "W27": uuid.uuid4(), "D27": uuid.uuid4()}
    with transaction(session):
        for name, cid in clusters.items():
            session.add(Cluster(id=cid, name=name, country="FR", timezone="Europe/Paris"))
        session.flush()
        for key, (name, kind, country, cluster) in orgs.items():
            session.add(
                Organisation(
                    id=org_ids[key],
                    name=name,
                    normalised_name=name.lower(),
                    kind=kind,
                    country=country,
                    cluster_id=clusters[cluster] if cluster else None,
                )
            )
        for code, mission_kind, status, start in (
            ("M26", MissionKind.BUSINESS_MISSION, MissionStatus.OPEN, date(2026, 3, 2)),
            ("W27", MissionKind.WORKSHOP, MissionStatus.OPEN, date(2027, 2, 2)),
            ("D27", MissionKind.BUSINESS_MISSION, MissionStatus.DRAFT, date(2027, 3, 2)),
        ):
            session.add(
                Mission(
                    id=missions[code],
                    code=code,
                    name=code,
                    kind=mission_kind,
                    timezone="Europe/Paris",
                    start_date=start,
                    end_date=start + timedelta(days=2),
                    status=status,
                )
            )
    session.expunge_all()
    return Small(session, missions, clusters, org_ids)


def test_only_confirmed_or_checked_in_registrations_count(small: Small) -> None:
    S = RegistrationStatus
    for n, (status, checked_in) in enumerate(
        (
            (S.CONFIRMED, False),  # counts
            (S.REGISTERED, True),  # a walk-in checked in: counts
            (S.CANCELLED, False),
            (S.CANCELLED, True),  # cancelled after a check-in: does not count
            (S.NO_SHOW, False),
            (S.INVITED, False),
            (S.WAITLISTED, False),
            (S.REGISTERED, False),
        )
    ):
        small.register("M26", small.person(f"P{n}", "sme-n"), status, checked_in=checked_in)
    report = small.kpis()
    assert report.participants == 2
    assert report.smes_engaged == 1


def test_a_person_in_two_missions_counts_once_per_choice(small: Small) -> None:
    ana = small.person("Ana", "sme-s")
    small.register("M26", ana)
    small.register("W27", ana, RegistrationStatus.REGISTERED, checked_in=True)
    assert small.kpis().participants == 1
    assert small.kpis(mission_id=small.missions["M26"]).participants == 1
    assert small.kpis(mission_id=small.missions["W27"]).participants == 1
    assert small.kpis(year=2027).participants == 1
    report = small.kpis()
    assert [(y, b.participants) for y, b in report.by_year] == [(2026, 1), (2027, 1)]
    assert [(b.key, b.participants, b.smes_engaged) for b in report.by_cluster] == [
        ("North", 0, 0),
        ("South", 1, 1),
    ]
    assert [(b.key, b.participants) for b in report.by_country] == [("PT", 1)]


def test_a_large_company_or_a_lab_is_not_an_sme(small: Small) -> None:
    for n, org in enumerate(("sme-n", "big-n", "lab", None)):
        small.register("M26", small.person(f"P{n}", org))
    report = small.kpis()
    assert (report.participants, report.smes_engaged) == (4, 1)
    assert [(b.key, b.participants, b.smes_engaged) for b in report.by_cluster] == [
        ("North", 2, 1),
        ("South", 0, 0),
        (NONE_KEY, 2, 0),
    ]
    assert [b.key for b in report.by_country] == ["FI", "US", NONE_KEY]
    north = small.kpis(cluster_id=small.clusters["North"])
    assert (north.participants, north.smes_engaged, north.cluster_name) == (2, 1, "North")


def test_a_mutual_request_is_one_meeting_requested_and_declined_ones_count(small: Small) -> None:
    a = small.register("M26", small.person("A", "sme-n"))
    b = small.register("M26", small.person("B", "sme-s"))
    c = small.register("M26", small.person("C", "lab"))
    small.request("M26", a, b)
    small.request("M26", b, a, RequestStatus.ACCEPTED)  # mutual: the same meeting
    small.request("M26", a, c, RequestStatus.DECLINED)  # asked for, even if declined
    report = small.kpis()
    assert report.meetings_requested == 2
    assert small.kpis(cluster_id=small.clusters["South"]).meetings_requested == 1
    assert [(b.key, b.meetings_requested) for b in report.by_cluster] == [
        ("North", 2),
        ("South", 1),
        (NONE_KEY, 1),
    ]


def test_meetings_by_status_and_the_funnel(small: Small) -> None:
    a = small.register("M26", small.person("A", "sme-n"))
    b = small.register("M26", small.person("B", "lab"))
    held = small.meeting("M26", [a, b], MeetingStatus.HELD)
    signed = small.meeting("M26", [a, b], MeetingStatus.HELD)
    small.meeting("M26", [a, b], MeetingStatus.HELD)
    no_show = small.meeting("M26", [a, b], MeetingStatus.NO_SHOW)
    small.meeting("M26", [a, b], MeetingStatus.SCHEDULED)
    small.meeting("M26", [a, b], MeetingStatus.CANCELLED)
    small.request("M26", a, b)
    small.followup(FollowUpOutcome.INFORMATION_EXCHANGED, meeting=held)
    small.followup(FollowUpOutcome.PROPOSAL_SENT, meeting=held)  # the same meeting again
    small.followup(FollowUpOutcome.MOU_SIGNED, meeting=signed, mission="M26")
    small.followup(FollowUpOutcome.AGREEMENT_SIGNED, meeting=no_show)  # not a held meeting
    report = small.kpis()
    assert (
        report.meetings_scheduled,
        report.meetings_held,
        report.meetings_no_show,
        report.meetings_cancelled,
    ) == (5, 3, 1, 1)
    assert report.funnel == (
        ("Requested", 1),
        ("Scheduled", 5),
        ("Held", 3),
        ("Followed up", 2),
        ("Agreement or MoU", 1),
    )
    assert (report.followups, report.agreements_signed, report.mous_signed) == (4, 1, 1)
    assert report.followups_by_outcome[FollowUpOutcome.NO_INTEREST] == 0
    assert len(report.followups_by_outcome) == len(FollowUpOutcome)


def test_the_funnel_counts_meetings_and_names_how_the_signatures_differ(small: Small) -> None:
    """As on the demo: the funnel's last stage said "Agreement 6" beside "Agreements signed 5".
    It counts held meetings with an agreement or an MoU; the difference is said in words."""
    a = small.register("M26", small.person("A", "sme-n"))
    b = small.register("M26", small.person("B", "lab"))
    twice = small.meeting("M26", [a, b], MeetingStatus.HELD)
    once = small.meeting("M26", [a, b], MeetingStatus.HELD)
    small.followup(FollowUpOutcome.AGREEMENT_SIGNED, meeting=twice)
    small.followup(FollowUpOutcome.MOU_SIGNED, meeting=twice)  # a second one, same meeting
    small.followup(FollowUpOutcome.AGREEMENT_SIGNED, meeting=once)
    small.followup(FollowUpOutcome.MOU_SIGNED, mission="M26", org="sme-n")  # no meeting
    report = small.kpis()
    assert FUNNEL_STAGES[-1] == "Agreement or MoU"
    assert report.funnel[-1] == ("Agreement or MoU", 2)
    assert (report.agreements_signed, report.mous_signed) == (2, 2)
    assert report.signed_outside_funnel == 1
    assert funnel_note(report) == (
        "The funnel counts meetings: 2 held meetings led to an agreement or an MoU. The "
        "figures count signatures: 2 agreements and 2 MoUs signed (1 of them without a held "
        "meeting; 1 more at a meeting that already led to one)."
    )
    assert funnel_note(small.kpis(year=2027)) == ""  # nothing signed


def test_a_followup_without_mission_counts_in_no_figure_and_is_named(small: Small) -> None:
    """A contact outside any mission is activity of no held mission: the figures would no
    longer be the sum of the missions'. It is counted apart and said."""
    small.followup(FollowUpOutcome.AGREEMENT_SIGNED, org="sme-s")
    small.followup(FollowUpOutcome.NO_INTEREST, mission="W27", org="lab")
    small.followup(FollowUpOutcome.NO_INTEREST, mission="D27", org="sme-s")  # a draft
    report = small.kpis()
    assert (report.followups, report.agreements_signed) == (1, 0)
    assert report.followups_without_mission == 1
    assert "1 follow-up recorded outside any mission" in describe_counting(report)
    assert small.kpis(year=2027).followups == 1
    assert small.kpis(year=2027).followups_without_mission == 0  # a year: of missions only
    draft = small.kpis(mission_id=small.missions["D27"])
    assert (draft.followups, draft.pipeline.followups) == (0, 1)
    south = small.kpis(cluster_id=small.clusters["South"])
    assert (south.followups, south.agreements_signed, south.followups_without_mission) == (0, 0, 1)
    assert [(y, b.followups) for y, b in report.by_year] == [(2026, 0), (2027, 1)]


def test_a_draft_is_in_no_figure_and_chosen_by_itself_is_a_pipeline(small: Small) -> None:
    small.register("D27", small.person("Ana", "sme-n"))
    report = small.kpis()
    assert (report.participants, report.pipeline.participants) == (0, 0)
    assert [m.code for m in report.drafts] == ["D27"]
    assert small.kpis(year=2027).participants == 0
    draft = small.kpis(mission_id=small.missions["D27"])
    assert (draft.participants, draft.missions_held, draft.mission_code) == (0, 0, "D27")
    assert draft.pipeline.participants == 1 and draft.drafts == ()


def test_missions_and_workshops_held(small: Small) -> None:
    report = small.kpis()
    assert (report.missions_held, report.workshops_held) == (1, 1)
    assert (small.kpis(year=2026).missions_held, small.kpis(year=2026).workshops_held) == (1, 0)
    # a cluster's missions are those its participants took part in
    north = small.kpis(cluster_id=small.clusters["North"])
    assert (north.missions_held, north.workshops_held) == (0, 0)
    small.register("W27", small.person("Ana", "sme-n"), checked_in=True)
    north = small.kpis(cluster_id=small.clusters["North"])
    assert (north.missions_held, north.workshops_held) == (0, 1)
    before = compute_kpis(small.session, as_of=date(2026, 3, 1))
    assert (before.missions_held, before.workshops_held) == (0, 0)


def test_targets_of_a_mission_a_year_and_a_cluster(small: Small) -> None:
    for n in range(3):
        small.register("M26", small.person(f"P{n}", "sme-n"))
    small.target(KpiMetric.PARTICIPANTS, 4, mission="M26")
    small.target(KpiMetric.PARTICIPANTS, 6, mission="W27")
    small.target(KpiMetric.PARTICIPANTS, 2, mission="M26", cluster="North")
    small.target(KpiMetric.SMES_ENGAGED, 1, cluster="North", year=2026)
    small.target(KpiMetric.MEETINGS_HELD, 50, year=2027)

    def target(report: KpiReport, metric: KpiMetric) -> TargetStatus:
        return next(t for t in report.targets if t.metric is metric)

    m26 = target(small.kpis(mission_id=small.missions["M26"]), KpiMetric.PARTICIPANTS)
    assert (m26.actual, m26.target, m26.met) == (3, 4, False)
    assert m26.ratio == pytest.approx(0.75)
    # no overall target: the sum of the missions' targets
    assert target(small.kpis(), KpiMetric.PARTICIPANTS).target == 10
    assert target(small.kpis(year=2026), KpiMetric.PARTICIPANTS).target == 4
    assert target(small.kpis(year=2027), KpiMetric.MEETINGS_HELD).target == 50
    # all years: the 2027 target counts (W27, of 2027, is held); it used to be left out
    assert target(small.kpis(), KpiMetric.MEETINGS_HELD).target == 50
    assert target(small.kpis(), KpiMetric.AGREEMENTS_SIGNED).target is None
    north = small.kpis(cluster_id=small.clusters["North"], mission_id=small.missions["M26"])
    assert target(north, KpiMetric.PARTICIPANTS).target == 2
    assert target(north, KpiMetric.PARTICIPANTS).met is True
    north_2026 = small.kpis(cluster_id=small.clusters["North"], year=2026)
    smes = target(north_2026, KpiMetric.SMES_ENGAGED)
    assert (smes.actual, smes.target, smes.met) == (1, 1, True)
    report = small.kpis()
    assert [(y, target_of(b, KpiMetric.PARTICIPANTS)) for y, b in report.by_year] == [
        (2026, 4),
        (2027, 6),
    ]
    assert [(b.key, target_of(b, KpiMetric.PARTICIPANTS)) for b in report.by_cluster] == [
        ("North", 2),
        ("South", None),
    ]
    assert all(b.targets == () for b in report.by_country)
    # North over all years: its 2026 target (none for 2027)
    assert [(b.key, target_of(b, KpiMetric.SMES_ENGAGED)) for b in report.by_cluster] == [
        ("North", 1),
        ("South", None),
    ]


def test_targets_of_missions_to_come_are_left_out_of_totals(small: Small) -> None:
    """Dec 2026: M26 is over, W27 (Feb 2027) to come. The totals compare what was done with
    the targets of what was done; the mission itself and its year show its target once it is
    held."""
    small.target(KpiMetric.MEETINGS_HELD, 35, mission="M26")
    small.target(KpiMetric.MEETINGS_HELD, 60, mission="W27")
    small.target(KpiMetric.MEETINGS_HELD, 7, mission="D27")  # a draft never counts
    december = date(2026, 12, 1)

    def meetings_target(today: date = december, **filter_values: Any) -> int | None:
        report = compute_kpis(small.session, KpiFilter(**filter_values), as_of=today)
        return next(t.target for t in report.targets if t.metric is KpiMetric.MEETINGS_HELD)

    assert meetings_target() == 35
    assert meetings_target(year=2026) == 35
    assert meetings_target(year=2027) is None  # nothing held in 2027 yet
    assert meetings_target(mission_id=small.missions["W27"]) is None  # its own, once held
    assert meetings_target(mission_id=small.missions["W27"], today=TODAY) == 60
    by_year = compute_kpis(small.session, as_of=december).by_year
    # 2027 has nothing held yet: no row (its planned figures are the pipeline)
    assert [(y, target_of(b, KpiMetric.MEETINGS_HELD)) for y, b in by_year] == [(2026, 35)]
    # once W27 is held (its last day past, or closed once begun) its target counts
    assert meetings_target(today=TODAY) == 95
    with transaction(small.session):
        w27 = small.session.get(Mission, small.missions["W27"])
        assert w27 is not None
        w27.status = MissionStatus.CLOSED
    assert meetings_target() == 35  # closed, but as of December it has not taken place
    assert meetings_target(today=date(2027, 2, 2)) == 95  # closed on its first day
    assert meetings_target(today=date(2027, 2, 1)) == 35


def test_missions_to_come_are_a_pipeline_never_added_to_the_figures_nor_compared(
    small: Small,
) -> None:
    """As seen on the demo: "All missions" counted the people and requests of missions to come
    against the targets of the missions held (94 of 60 participants, "met"), and the report's
    year of those missions had participants and 0 missions held."""
    december = date(2026, 12, 1)  # M26 held; W27 (February 2027) to come
    people = [small.person(f"P{n}", "sme-n") for n in range(5)]
    held = [small.register("M26", p) for p in people[:2]]
    to_come = [small.register("W27", p) for p in people[1:]]
    small.request("M26", held[0], held[1])
    small.request("W27", to_come[0], to_come[1])
    small.request("W27", to_come[2], to_come[3])
    small.target(KpiMetric.PARTICIPANTS, 3, mission="M26")
    small.target(KpiMetric.PARTICIPANTS, 4, mission="W27")
    report = compute_kpis(small.session, as_of=december)
    assert (report.participants, report.meetings_requested) == (2, 1)
    participants = next(t for t in report.targets if t.metric is KpiMetric.PARTICIPANTS)
    assert (participants.actual, participants.target, participants.met) == (2, 3, False)
    assert [y for y, _ in report.by_year] == [2026]
    assert (report.pipeline.participants, report.pipeline.meetings_requested) == (4, 2)
    assert [m.code for m in report.pipeline.missions] == ["W27"]
    assert [m.code for m in report.held] == ["M26"]
    assert describe_counting(report) == (
        "Counted: 1 mission held between 2 and 4 March 2026 (M26), as of 1 December 2026. "
        "Not counted: 1 workshop not held yet (W27), shown apart as the pipeline; 1 draft (D27)."
    )
    data = report.to_json()
    assert data["as_of"] == "2026-12-01" and data["participants"] == 2
    assert data["planned"]["participants"] == 4 and data["planned"]["workshops_planned"] == 1
    assert data["planned"]["missions"][0]["code"] == "W27"
    # The year of W27 alone: nothing held to compare, everything planned.
    of_2027 = compute_kpis(small.session, KpiFilter(year=2027), as_of=december)
    assert of_2027.participants == 0 and of_2027.by_year == ()
    assert all(t.target is None for t in of_2027.targets)
    assert of_2027.pipeline.participants == 4
    assert describe_counting(of_2027).startswith("Counted: no mission held yet, as of 1 Dec")


def test_a_cluster_over_all_years_sums_its_yearly_targets_of_years_with_held_missions(
    small: Small,
) -> None:
    """North: 10 SMEs for 2026, 20 for 2027, 40 for 2028 (no mission that year). In June 2027
    (M26 and W27 held) the total is 30; before W27 is held, 10."""
    for year, target in ((2026, 10), (2027, 20), (2028, 40)):
        small.target(KpiMetric.SMES_ENGAGED, target, cluster="North", year=year)
    small.target(KpiMetric.PARTICIPANTS, 5, cluster="North", mission="W27")  # no yearly one
    small.target(KpiMetric.PARTICIPANTS, 3, cluster="North", year=2026)
    north = small.clusters["North"]

    def north_target(metric: KpiMetric, today: date) -> int | None:
        report = compute_kpis(small.session, KpiFilter(cluster_id=north), as_of=today)
        return next(t.target for t in report.targets if t.metric is metric)

    assert north_target(KpiMetric.SMES_ENGAGED, TODAY) == 30
    assert north_target(KpiMetric.SMES_ENGAGED, date(2026, 12, 1)) == 10
    # a year without a yearly target: the targets of its held missions for the cluster
    assert north_target(KpiMetric.PARTICIPANTS, TODAY) == 3 + 5
    assert north_target(KpiMetric.PARTICIPANTS, date(2026, 12, 1)) == 3
    # a target set for the cluster and no year (older data) is taken as it is
    small.target(KpiMetric.SMES_ENGAGED, 99, cluster="North")
    assert north_target(KpiMetric.SMES_ENGAGED, TODAY) == 99
    # the North row of the all-clusters view follows the same rule
    report = compute_kpis(small.session, as_of=date(2026, 12, 1))
    assert target_of(report.by_cluster[0], KpiMetric.PARTICIPANTS) == 3


def target_of(b: Breakdown, metric: KpiMetric) -> int | None:
    return next(t.target for t in b.targets if t.metric is metric)


def test_json_has_the_figures_of_the_issue(small: Small) -> None:
    small.register("M26", small.person("Ana", "sme-n"))
    small.followup(FollowUpOutcome.MOU_SIGNED, mission="M26", org="sme-n")
    data = small.kpis(year=2026).to_json()
    for key in (
        "smes_engaged",
        "participants",
        "meetings_requested",
        "meetings_scheduled",
        "meetings_held",
        "followups_by_outcome",
        "agreements_signed",
        "mous_signed",
        "missions_held",
        "workshops_held",
        "meetings_no_show",
        "targets",
        "by_cluster",
        "by_country",
        "by_year",
        "as_of",
        "counted",
        "held",
        "planned",
        "drafts",
    ):
        assert key in data, key
    assert data["year"] == 2026 and data["mission"] is None
    assert data["followups_by_outcome"]["mou_signed"] == 1
    assert set(data["followups_by_outcome"]) == {o.value for o in FollowUpOutcome}
    assert data["mous_signed"] == 1 and data["smes_engaged"] == 1
    assert data["targets"][0] == {"metric": "smes_engaged", "actual": 1, "target": None}
    assert data["by_cluster"][0]["key"] == "North" and data["by_cluster"][0]["participants"] == 1
    assert data["by_country"][0]["key"] == "FI"
    assert data["by_year"][0]["year"] == 2026
    assert data["funnel"][0] == {"stage": "Requested", "count": 0}
    import json

    json.dumps(data)  # plain JSON all the way down


def test_unknown_mission_or_cluster_is_reported(small: Small) -> None:
    with pytest.raises(NotFoundError):
        small.kpis(mission_id=uuid.uuid4())
    with pytest.raises(NotFoundError):
        small.kpis(cluster_id=uuid.uuid4())


def test_filter_choices_and_filter_from_typed_names(small: Small) -> None:
    missions, clusters, years = kpi_filters(small.session)
    assert [code for _, code, _ in missions] == ["D27", "W27", "M26"]
    assert [name for _, name in clusters] == ["North", "South"]
    assert years == [2027, 2026]
    f = kpi_filter_for(small.session, mission_code="w27", cluster="south", year=2027)
    assert f == KpiFilter(small.missions["W27"], small.clusters["South"], 2027)
    assert find_cluster(small.session, " NORTH ") == small.clusters["North"]
    with pytest.raises(NotFoundError):
        kpi_filter_for(small.session, cluster="Nowhere")
    with pytest.raises(NotFoundError):
        kpi_filter_for(small.session, mission_code="NOPE")


def test_an_empty_database_gives_zeros_not_errors(session: Session) -> None:
    report = compute_kpis(session, as_of=TODAY)
    assert figures_of(report) == {
        **{key: 0 for key in figures_of(report) if key != "outcomes"},
        "outcomes": {o: 0 for o in FollowUpOutcome},
    }
    assert report.funnel == tuple((stage, 0) for stage in FUNNEL_STAGES)
    assert (report.by_cluster, report.by_country, report.by_year) == ((), (), ())
    assert all(t.target is None and t.ratio is None and t.met is None for t in report.targets)


# --------------------------------------------------------------------------- entering targets


def _target_records(session: Session) -> list[tuple[Any, ...]]:
    rows = session.execute(
        select(
            KpiTarget.mission_id,
            KpiTarget.cluster_id,
            KpiTarget.year,
            KpiTarget.metric,
            KpiTarget.target,
        )
    ).all()
    return sorted((tuple(r) for r in rows), key=str)


def test_set_targets_replaces_the_record_of_the_scope_and_returns_the_old_values(
    small: Small,
) -> None:
    m26 = small.missions["M26"]
    K = KpiMetric
    before = set_targets(
        small.session, mission_id=m26, targets={K.PARTICIPANTS: 40, K.MEETINGS_HELD: 25}
    )
    assert before == {K.PARTICIPANTS: None, K.MEETINGS_HELD: None}
    before = set_targets(
        small.session,
        mission_id=m26,
        targets={K.PARTICIPANTS: 45, K.MEETINGS_HELD: None, K.MOUS_SIGNED: 0},
    )
    assert before == {K.PARTICIPANTS: 40, K.MEETINGS_HELD: 25, K.MOUS_SIGNED: None}
    assert list_targets(small.session, mission_id=m26) == {K.PARTICIPANTS: 45, K.MOUS_SIGNED: 0}
    # one record per metric, never a second one
    assert _target_records(small.session) == sorted(
        [(m26, None, None, K.PARTICIPANTS, 45), (m26, None, None, K.MOUS_SIGNED, 0)], key=str
    )
    # the values returned undo the change
    set_targets(small.session, mission_id=m26, targets=before)
    assert list_targets(small.session, mission_id=m26) == {K.PARTICIPANTS: 40, K.MEETINGS_HELD: 25}
    assert target_rows(small.session, mission_id=m26) == (
        TargetRow(K.PARTICIPANTS, 40, m26, None, None),
        TargetRow(K.MEETINGS_HELD, 25, m26, None, None),
    )
    # the figures show them
    report = small.kpis(mission_id=m26)
    assert {t.metric: t.target for t in report.targets}[K.MEETINGS_HELD] == 25


def test_scopes_are_exact_a_missing_part_matches_only_null(small: Small) -> None:
    K = KpiMetric
    m26, north = small.missions["M26"], small.clusters["North"]
    set_targets(small.session, mission_id=m26, targets={K.PARTICIPANTS: 10})
    set_targets(small.session, mission_id=m26, cluster_id=north, targets={K.PARTICIPANTS: 4})
    set_targets(small.session, year=2026, targets={K.SMES_ENGAGED: 12})
    set_targets(small.session, year=2026, cluster_id=north, targets={K.SMES_ENGAGED: 5})
    assert list_targets(small.session, mission_id=m26) == {K.PARTICIPANTS: 10}
    assert list_targets(small.session, mission_id=m26, cluster_id=north) == {K.PARTICIPANTS: 4}
    assert list_targets(small.session, year=2026) == {K.SMES_ENGAGED: 12}
    assert list_targets(small.session, year=2026, cluster_id=north) == {K.SMES_ENGAGED: 5}
    assert list_targets(small.session, year=2027) == {}
    # removing the year's target for all clusters leaves North's
    set_targets(small.session, year=2026, targets={K.SMES_ENGAGED: None})
    assert list_targets(small.session, year=2026) == {}
    assert list_targets(small.session, year=2026, cluster_id=north) == {K.SMES_ENGAGED: 5}
    assert len(_target_records(small.session)) == 3
    # and the dashboard's choices show them
    smes = small.kpis(year=2026, cluster_id=north).targets[0]
    assert (smes.metric, smes.target) == (K.SMES_ENGAGED, 5)


def test_a_scope_held_twice_in_older_data_becomes_one_record(small: Small) -> None:
    """SQLite lets rows whose mission is NULL repeat despite the unique constraint."""
    small.target(KpiMetric.MEETINGS_HELD, 30, year=2027)
    small.target(KpiMetric.MEETINGS_HELD, 20, year=2027)
    assert list_targets(small.session, year=2027) == {KpiMetric.MEETINGS_HELD: 50}
    before = set_targets(small.session, year=2027, targets={KpiMetric.MEETINGS_HELD: 45})
    assert before == {KpiMetric.MEETINGS_HELD: 50}
    assert _target_records(small.session) == [(None, None, 2027, KpiMetric.MEETINGS_HELD, 45)]


@pytest.mark.parametrize(
    ("scope", "field"),
    [
        ({}, "mission"),
        ({"cluster": "North"}, "mission"),
        ({"mission": "M26", "year": 2026}, "year"),
        ({"year": 20277}, "year"),
    ],
)
def test_a_scope_names_a_mission_or_a_year(small: Small, scope: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        set_targets(
            small.session,
            mission_id=small.missions[scope["mission"]] if "mission" in scope else None,
            cluster_id=small.clusters[scope["cluster"]] if "cluster" in scope else None,
            year=scope.get("year"),
            targets={KpiMetric.PARTICIPANTS: 3},
        )
    assert raised.value.field == field
    assert _target_records(small.session) == []


def test_a_negative_or_huge_target_is_refused_and_nothing_changes(small: Small) -> None:
    m26 = small.missions["M26"]
    set_targets(small.session, mission_id=m26, targets={KpiMetric.PARTICIPANTS: 8})
    for bad in (-1, 10**12):
        with pytest.raises(ValidationError) as raised:
            set_targets(
                small.session,
                mission_id=m26,
                targets={KpiMetric.PARTICIPANTS: 9, KpiMetric.FOLLOWUPS: bad},
            )
        assert raised.value.field == "followups"
        assert "Follow-ups" in str(raised.value)
    assert list_targets(small.session, mission_id=m26) == {KpiMetric.PARTICIPANTS: 8}


def test_targets_of_a_deleted_mission_or_cluster_are_not_found(small: Small) -> None:
    with pytest.raises(NotFoundError):
        set_targets(small.session, mission_id=uuid.uuid4(), targets={KpiMetric.FOLLOWUPS: 1})
    with pytest.raises(NotFoundError):
        set_targets(
            small.session, year=2027, cluster_id=uuid.uuid4(), targets={KpiMetric.FOLLOWUPS: 1}
        )
    assert _target_records(small.session) == []


def test_target_row_json(small: Small) -> None:
    row = TargetRow(KpiMetric.MOUS_SIGNED, 2, None, small.clusters["North"], 2027)
    assert row.to_json() == {
        "metric": "mous_signed",
        "label": "MoUs signed",
        "target": 2,
        "mission_id": None,
        "cluster_id": str(small.clusters["North"]),
        "year": 2027,
    }
