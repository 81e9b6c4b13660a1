"""What came of the demo's past: the meetings of a mission that took place and their
follow-ups (follow_ups.json and the mission's "history"), a workshop's follow-ups, the KPI
targets, and the branding of the reports.

All of it is written directly, in units like a service's: the services make meetings as
scheduled and follow-ups and targets with new random ids, while these are history, drawn once,
with ids from stable keys (two loads give the same records).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import PurePosixPath

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    MeetingStatus,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.models import (
    B2BSession,
    Emblem,
    FollowUp,
    KpiTarget,
    Meeting,
    MeetingRequest,
    Mission,
    Setting,
)
from pimap_desktop.domain.rules import local_to_utc
from pimap_desktop.services.b2b.meetings import slot_times
from pimap_desktop.services.demo.build import Build, Reg, hm, uid
from pimap_desktop.services.demo.data import (
    FOLDER,
    DemoDataError,
    History,
    MissionRecord,
    WorkshopRecord,
)
from pimap_desktop.services.demo.directory import fill
from pimap_desktop.services.demo.missions import meeting_request, picks
from pimap_desktop.services.printing.branding import FUNDING_STATEMENT

# --------------------------------------------------------------------------- a past mission


def build_history(build: Build, record: MissionRecord, sessions: Sequence[B2BSession]) -> None:
    """The wishes, meetings and follow-ups of a mission that took place (its one B2B
    session)."""
    history = record.history
    assert history is not None
    if len(sessions) != 1:
        raise DemoDataError(
            f"resources/demo/missions.json: {record.code}: a mission with a history has one "
            f"B2B session, not {len(sessions)}."
        )
    mission = build.missions[record.code]
    with build.unit():
        requests = _past_requests(build, mission, history)
        meetings = _past_meetings(build, mission, history, sessions[0], requests)
        _past_follow_ups(build, mission, record, history, meetings)


def _past_requests(build: Build, mission: Mission, history: History) -> list[MeetingRequest]:
    """The meeting wishes of a mission that took place: mostly accepted, some declined, a
    few never answered; some pairs asked each other. Those who did not come in the end
    (cancelled, no-show) asked and were asked less."""
    rng, regs = build.rng, build.regs[mission.code]
    ours = [
        r
        for r in regs
        if r.member.cluster_key is not None
        and r.registration.role is not RegistrationRole.COORDINATOR
    ]
    theirs = [r for r in regs if r.member.cluster_key is None]

    def keenness(r: Reg) -> int:
        return history.keenness.get(r.registration.status, history.other_keenness)

    ours_weights = [keenness(r) for r in ours]
    theirs_weights = [keenness(r) for r in theirs]
    pairs: set[tuple[uuid.UUID, uuid.UUID]] = set()
    made: list[MeetingRequest] = []
    attempts = 0
    while len(pairs) < history.requests and attempts < history.requests * 20:
        attempts += 1
        delegate = rng.choices(ours, ours_weights)[0]
        local = rng.choices(theirs, theirs_weights)[0]
        pair = (delegate.registration.id, local.registration.id)
        if pair in pairs:
            continue
        pairs.add(pair)
        requester, target = (
            (delegate, local) if build.chance(history.asked_by_delegates) else (local, delegate)
        )
        status = build.weighted(history.request_statuses)
        made.append(meeting_request(build, mission, requester, target, status))
        if status is RequestStatus.ACCEPTED and build.chance(history.mutual):
            made.append(meeting_request(build, mission, target, requester, status))
    return made


def _past_meetings(
    build: Build,
    mission: Mission,
    history: History,
    b2b: B2BSession,
    requests: Sequence[MeetingRequest],
) -> list[Meeting]:
    """One meeting per pair not declined, mutual ones and first priorities first, each in
    the first slot from a random start where both are free and a table is left; what
    became of it follows from who came."""
    people = {r.registration.id: r for r in build.regs[mission.code]}
    wanted: dict[frozenset[uuid.UUID], list[MeetingRequest]] = {}
    for request in requests:
        if request.status is not RequestStatus.DECLINED:
            key = frozenset((request.requester_id, request.target_id))
            wanted.setdefault(key, []).append(request)
    order = sorted(wanted.values(), key=lambda rs: (-len(rs), min(r.priority for r in rs)))
    slots = slot_times(b2b.starts_at, b2b.ends_at, b2b.slot_minutes, b2b.break_minutes)
    tables = build.tables[b2b.id]
    busy: set[tuple[int, uuid.UUID]] = set()
    used: Counter[int] = Counter()
    meetings: list[Meeting] = []
    for asked in order:
        request = asked[0]
        pair = (request.requester_id, request.target_id)
        offset = build.rng.randrange(len(slots))
        for k in range(len(slots)):
            slot = slots[(offset + k) % len(slots)]
            if used[slot.position] == len(tables) or any(
                (slot.position, who) in busy for who in pair
            ):
                continue
            table = tables[used[slot.position]]
            used[slot.position] += 1
            busy.update((slot.position, who) for who in pair)
            status, notes = _what_became(build, history, people[pair[0]], people[pair[1]])
            meeting = build.add(
                Meeting(
                    id=uid("meeting", mission.code, *pair),
                    mission_id=mission.id,
                    session_id=b2b.id,
                    table_id=table.id,
                    request_id=request.id,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                    status=status,
                    locked=False,
                    notes=notes,
                )
            )
            meeting.participants = [people[who].registration for who in pair]
            meetings.append(meeting)
            break
    return meetings


def _what_became(build: Build, history: History, a: Reg, b: Reg) -> tuple[MeetingStatus, str]:
    """A meeting's status: cancelled with a participant who cancelled, missed with one who
    did not come, and otherwise mostly held."""
    notes = history.meeting_notes
    came = {a.registration.status, b.registration.status}
    if RegistrationStatus.CANCELLED in came:
        return MeetingStatus.CANCELLED, notes.withdrawn
    if RegistrationStatus.NO_SHOW in came:
        return MeetingStatus.NO_SHOW, notes.absent
    status = build.weighted(history.meeting_statuses)
    said = {MeetingStatus.NO_SHOW: notes.no_show, MeetingStatus.CANCELLED: notes.cancelled}
    return status, said.get(status, "")


def _past_follow_ups(
    build: Build,
    mission: Mission,
    record: MissionRecord,
    history: History,
    meetings: Sequence[Meeting],
) -> None:
    """A follow-up for most held meetings, every outcome at least once (some more); one for
    a missed meeting made up by a call; then the contacts made without a meeting."""
    rng, rules = build.rng, build.data.follow_ups
    people = {r.registration.id: r for r in build.regs[mission.code]}
    held = [m for m in meetings if m.status is MeetingStatus.HELD]
    logged = sorted(rng.sample(range(len(held)), round(len(held) * history.logged)))
    outcomes = list(FollowUpOutcome)
    for outcome in FollowUpOutcome:
        outcomes += [outcome] * (history.at_least.get(outcome, 1) - 1)
    while len(outcomes) < len(logged):
        outcomes.append(build.weighted(rules.outcomes))
    rng.shuffle(outcomes)
    if len(outcomes) != len(logged):
        raise DemoDataError(
            f"resources/demo/missions.json: {record.code}: {len(logged)} meetings are "
            f"followed up, too few for the {len(outcomes)} outcomes of history.at_least."
        )
    n = 0
    for index, outcome in zip(logged, outcomes, strict=True):
        _meeting_follow_up(build, mission, n, held[index], outcome, people)
        n += 1
    missed = next((m for m in meetings if m.status is MeetingStatus.NO_SHOW), None)
    if missed is not None:
        _meeting_follow_up(
            build,
            mission,
            n,
            missed,
            history.missed_meeting.outcome,
            people,
            notes=history.missed_meeting.notes,
        )
    chosen = picks(build, record)
    for k, contact in enumerate(history.contacts):
        organisation = chosen[contact.organisation]
        owner = build.cluster_orgs[contact.owner]
        zone = build.clusters[contact.owner].timezone
        done_at = (
            local_to_utc(contact.done_at[0], hm(contact.done_at[1]), zone)
            if contact.done_at
            else None
        )
        build.add(
            FollowUp(
                id=uid("follow-up", mission.code, n + 1 + k),
                mission_id=mission.id,
                meeting_id=None,
                organisation_id=organisation.org.id,
                contact_id=organisation.people[0].id,
                owner_id=owner.people[0].id,
                outcome=contact.outcome,
                notes=fill(
                    contact.notes,
                    {"owner": owner.org.name, "organisation": organisation.org.name},
                    f"missions.json: {record.code}: history.contacts[{k}].notes",
                ),
                next_action=contact.next_action,
                due_date=contact.due,
                done=done_at is not None,
                done_at=done_at,
            )
        )


def _meeting_follow_up(
    build: Build,
    mission: Mission,
    n: int,
    meeting: Meeting,
    outcome: FollowUpOutcome,
    people: dict[uuid.UUID, Reg],
    *,
    notes: str = "",
) -> None:
    rng, rules = build.rng, build.data.follow_ups
    ours, theirs = sorted(
        (people[r.id] for r in meeting.participants), key=lambda r: r.member.cluster_key is None
    )
    cluster = ours.member.cluster_key
    assert cluster is not None
    tech = rng.choice(ours.member.org.technologies)
    area = rng.choice(theirs.member.org.application_areas)
    text = fill(
        rng.choice(rules.notes[outcome]),
        {
            "tech": tech,
            "area": area,
            "ours": ours.member.org.name,
            "theirs": theirs.member.org.name,
        },
        f"follow_ups.json: notes.{outcome.value}",
    )
    actions = rules.next_actions[outcome]
    action = rng.choice(actions) if actions else ""
    due, done_at = _follow_up_dates(build, mission, cluster, bool(action))
    build.add(
        FollowUp(
            id=uid("follow-up", mission.code, n),
            mission_id=mission.id,
            meeting_id=meeting.id,
            organisation_id=theirs.member.org.id,
            contact_id=theirs.person.id,
            owner_id=rng.choice(build.cluster_orgs[cluster].people).id,
            outcome=outcome,
            notes=notes or text,
            next_action=action,
            due_date=due,
            done=done_at is not None,
            done_at=done_at,
        )
    )


def _follow_up_dates(
    build: Build, mission: Mission, cluster: str, has_action: bool
) -> tuple[date | None, datetime | None]:
    """A due date within a year of the mission and when it was done, if it was: most of
    what fell due before the demo's today is done, the rest is overdue."""
    rng, rules = build.rng, build.data.follow_ups
    zone = build.clusters[cluster].timezone
    logged = mission.end_date + timedelta(days=rng.randint(*rules.logged_after_days))
    if not has_action:
        return None, local_to_utc(logged, hm(build.clock(rules.hours)), zone)
    due = mission.end_date + timedelta(days=rng.randint(*rules.due_after_days))
    share = rules.done.due_before_today if due < rules.today else rules.done.due_later
    if not build.chance(share):
        return due, None
    day = min(due, rules.today - timedelta(days=1)) - timedelta(
        days=rng.randint(*rules.done_days_before)
    )
    return due, local_to_utc(max(day, logged), hm(build.clock(rules.hours)), zone)


# --------------------------------------------------------------------------- a workshop


def build_workshop_follow_ups(build: Build, record: WorkshopRecord) -> None:
    """What came of the contacts made at a workshop: one follow-up per delegate who came,
    owned by the organising cluster's first coordinator."""
    spec = record.follow_ups
    if spec is None:
        return
    mission = build.missions[record.code]
    owner = build.cluster_orgs[record.cluster].people[0]
    attended = [
        r
        for r in build.regs[record.code]
        if r.registration.status is RegistrationStatus.CONFIRMED
        and r.registration.role is RegistrationRole.DELEGATE
    ]
    with build.unit():
        for n, (entry, reg) in enumerate(zip(spec.log, attended, strict=False)):
            due = mission.end_date + timedelta(
                days=spec.first_due_after_days + spec.then_every_days * n
            )
            done_on = due - timedelta(days=spec.done_days_before_due)
            build.add(
                FollowUp(
                    id=uid("follow-up", mission.code, n),
                    mission_id=mission.id,
                    meeting_id=None,
                    organisation_id=reg.member.org.id,
                    contact_id=reg.person.id,
                    owner_id=owner.id,
                    outcome=entry.outcome,
                    notes=spec.notes,
                    next_action=entry.next_action,
                    due_date=due if entry.next_action else None,
                    done=entry.done,
                    done_at=local_to_utc(done_on, hm(spec.done_at), mission.timezone)
                    if entry.done
                    else None,
                )
            )


# --------------------------------------------------------------------------- cluster targets, branding


def cluster_targets(build: Build, own: bool) -> None:
    """Each cluster's yearly targets: those every cluster shares, or each one's own."""
    with build.unit():
        for key, cluster in build.clusters.items():
            record = build.cluster_records[key]
            years = record.targets if own else build.data.clusters.targets_of_every_cluster
            for year, targets in years.items():
                for metric, target in targets.items():
                    build.add(
                        KpiTarget(
                            id=uid("kpi", "cluster", key, year, metric.value),
                            mission_id=None,
                            cluster_id=cluster.id,
                            year=year,
                            metric=metric,
                            target=target,
                        )
                    )


def build_branding(build: Build) -> None:
    """Settings ▸ Branding of the demo: a fictional partnership and funder, and the
    funding statement the KPI and follow-up reports print."""
    branding = build.data.branding
    folder = resources.files("pimap_desktop.resources") / FOLDER
    # add_emblem numbers each kind's emblems from 0 (the demo's go across kinds) and converts
    # the picture again; the demo's are stored already converted (a test checks png_bytes
    # leaves them as they are), which saves a fifth of the load.
    with build.unit():
        for n, emblem in enumerate(branding.emblems):
            name = PurePosixPath(emblem.file).name
            try:
                picture = folder.joinpath(*PurePosixPath(emblem.file).parts).read_bytes()
            except OSError:
                raise DemoDataError(
                    f"resources/{FOLDER}/branding.json: emblems[{n}].file: {emblem.file} "
                    "cannot be read."
                ) from None
            build.add(
                Emblem(
                    id=uid("emblem", name),
                    kind=emblem.kind,
                    name=emblem.name,
                    position=n,
                    file_name=name,
                    image=picture,
                )
            )
        build.add(
            Setting(
                id=uid("setting", FUNDING_STATEMENT),
                key=FUNDING_STATEMENT,
                value=branding.funding_statement,
            )
        )
