"""The demo's missions abroad (missions.json) and workshops (workshops.json): venues,
delegations, practical notes, registrations, the programme with its B2B sessions, meeting
requests and availability.

Missions, programme items and practical notes are made through the missions service, as a
coordinator makes them. The rest is written directly, in units like a service's, because no
service makes it with the fixed ids the demo needs (two loads give the same records), or a
service would take one call per drawn record where the demo writes hundreds.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm.attributes import set_committed_value

from pimap_desktop.domain.enums import (
    Audience,
    MissionKind,
    MissionStatus,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    B2BTable,
    Delegation,
    KpiTarget,
    MeetingRequest,
    Mission,
    Person,
    ProgrammeItem,
    Registration,
    Venue,
)
from pimap_desktop.domain.rules import local_to_utc
from pimap_desktop.services.demo.build import Build, Member, Reg, hm, uid
from pimap_desktop.services.demo.data import (
    B2BRecord,
    DelegatesRecord,
    DelegationRecord,
    DemoDataError,
    ItemRecord,
    MissionRecord,
    NoteRecord,
    OnSite,
    Pick,
    Targets,
    TemplateUse,
    Weights,
    WorkshopRecord,
    workshop_placeholders,
)
from pimap_desktop.services.demo.directory import fill
from pimap_desktop.services.missions.missions import (
    MissionData,
    NoteData,
    ProgrammeItemData,
    add_note,
    create_mission,
    create_programme_item,
)

_ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.REGISTERED, RegistrationStatus.INVITED)
_AVAILABLE = (RegistrationStatus.CONFIRMED, RegistrationStatus.REGISTERED)


def build_mission(build: Build, record: MissionRecord) -> list[B2BSession]:
    """A mission abroad in the order its records were always drawn; returns its B2B sessions."""
    chosen = picks(build, record)
    clusters = tuple(build.clusters[key].id for key in record.clusters)
    mission = _mission(build, replace(record.mission, cluster_ids=clusters))
    with build.unit():
        venues = {
            v.key: _venue(
                build,
                mission,
                chosen[v.organisation].org.name if v.organisation else v.name,
                address=v.address,
                city=chosen[v.organisation].org.city if v.organisation else "",
                notes=v.notes,
            )
            for v in build.data.venues(record)
        }
        for delegation_record in record.delegations:
            _delegation(build, mission, delegation_record)
    for note_group in record.notes:
        delegation = (
            build.delegations[(mission.code, note_group.delegation)]
            if note_group.delegation
            else None
        )
        _notes(
            build,
            mission,
            note_group.notes,
            roles=build.data.roles(note_group.roles),
            delegation=delegation,
        )
    with build.unit():
        delegates = _registrations(build, mission, record, chosen)
    confirmed = [r for r in delegates if r.status is RegistrationStatus.CONFIRMED]
    names = {key: member.org.name for key, member in chosen.items()}
    programme = _Programme(build, mission, venues, names, confirmed)
    for entry in record.programme:
        if isinstance(entry, TemplateUse):
            programme.add(build.data.programmes[entry.template], entry.first_day)
        else:
            programme.add((entry,), 0)
    with build.unit():
        sessions = [_b2b_session(build, mission, made, spec) for made, spec in programme.b2b]
        if record.on_site is not None:
            _on_site(build, mission, record.on_site)
        if record.availability is not None:
            parts = record.availability.parts_of_each_session
            windows = [
                (
                    s.starts_at + (s.ends_at - s.starts_at) * k / parts,
                    s.starts_at + (s.ends_at - s.starts_at) * (k + 1) / parts,
                )
                for s in sessions
                for k in range(parts)
            ]
            _availability(build, mission, windows, record.availability.people)
        if record.requests:
            _requests(build, mission, record.requests)
        _targets(build, mission, record.targets)
    return sessions


def _registrations(
    build: Build, mission: Mission, record: MissionRecord, chosen: Mapping[str, Member]
) -> list[Registration]:
    """Coordinators, delegates (those continuing from an earlier mission too), the speaker
    and the local organisations; returns the delegates' registrations."""
    stay = record.coordinators
    _coordinators(build, mission, record.clusters, stay.arrival, stay.departure, stay.hotel)
    delegates: list[Registration] = []
    first_of: dict[str, Registration] = {}
    for group in record.delegates:
        registered = _delegates(build, mission, group, record.hotels)
        first_of.setdefault(group.cluster, registered[0])
        delegates += registered
    if record.continuing is not None:
        _continuing(build, mission, record)
    for rule in record.at_least:
        _at_least(delegates, rule.status, rule.delegates, rule.note)
    if record.speaker is not None:
        speaker = first_of[record.speaker.cluster]
        speaker.role = RegistrationRole.SPEAKER
        speaker.status = RegistrationStatus.CONFIRMED
        speaker.notes = record.speaker.notes
    if record.locals is not None:
        spec = record.locals
        _locals(
            build,
            mission,
            [
                m
                for m in build.na
                if (spec.country is None or m.org.country == spec.country)
                and (not spec.cities or m.org.city in spec.cities)
            ],
            hosts=[chosen[key] for key in spec.hosts],
            speakers=[chosen[key] for key in spec.speakers],
            visitors=[chosen[key] for key in spec.visitors],
            statuses=spec.statuses,
        )
    return delegates


def build_workshop(build: Build, record: WorkshopRecord) -> None:
    """A one-day workshop at home, with a speaker from a partner cluster."""
    rules = build.data.workshops
    cluster = build.cluster_records[record.cluster]
    mission = _mission(
        build,
        MissionData(
            code=record.code,
            name=record.name,
            kind=MissionKind.WORKSHOP,
            city=cluster.city,
            country=cluster.country,
            timezone=cluster.timezone,
            start_date=record.day,
            end_date=record.day,
            status=record.status,
            objectives=record.objectives,
            practical_info=record.practical_info,
            cluster_ids=(build.clusters[record.cluster].id,),
        ),
    )
    with build.unit():
        venue = _venue(build, mission, record.venue, address=record.address)
        for key in (record.cluster, record.guest):
            _delegation(build, mission, DelegationRecord(cluster=key))
        _coordinators(build, mission, (record.cluster,), None, None, "")
        _delegates(build, mission, DelegatesRecord(record.cluster, record.participants))
        guest = build.rng.choice(build.members[record.guest])
        _register(
            build,
            mission,
            guest,
            guest.people[0],
            RegistrationRole.SPEAKER,
            RegistrationStatus.CONFIRMED,
            arrival=(record.day - timedelta(days=1), build.clock(rules.speaker.arrival_between)),
            departure=(record.day, rules.speaker.departure),
            hotel=record.hotel,
        )
        if record.status in (MissionStatus.RUNNING, MissionStatus.CLOSED):
            for r in _badges_printed(build, mission, rules.on_site.badges_printed):
                r.registration.checked_in_at = build.at(
                    mission, record.day, build.clock(rules.on_site.check_in_between)
                )
    programme = _Programme(build, mission, {"venue": venue}, workshop_placeholders(record), [])
    programme.add(build.data.programmes[rules.programme], 0)
    with build.unit():
        for made, spec in programme.b2b:
            _b2b_session(build, mission, made, spec)
        _targets(build, mission, rules.targets)


# --------------------------------------------------------------------------- the mission


def _mission(build: Build, data: MissionData) -> Mission:
    mission_id = create_mission(build.session, data, mission_id=uid("mission", data.code))
    mission = build.session.get(Mission, mission_id)
    assert mission is not None
    # A new mission has no venues or delegations yet: said so, adding them (and the programme
    # service looking among them) reads nothing back.
    set_committed_value(mission, "venues", [])
    set_committed_value(mission, "delegations", [])
    build.missions[mission.code] = mission
    build.regs[mission.code] = []
    return mission


def picks(build: Build, record: MissionRecord) -> dict[str, Member]:
    """The North American organisations the mission names (its host, its site visits...)."""
    return {key: _pick(build, record, key, pick) for key, pick in record.organisations.items()}


def _pick(build: Build, record: MissionRecord, key: str, pick: Pick) -> Member:
    for member in build.na:
        org = member.org
        if (
            (pick.city is None or org.city == pick.city)
            and (pick.country is None or org.country == pick.country)
            and (pick.kind is None or org.kind is pick.kind)
        ):
            return member
    raise DemoDataError(
        f"resources/demo/missions.json: {record.code}: no North American organisation is "
        f"what organisations.{key} asks for."
    )


def _venue(
    build: Build, mission: Mission, name: str, *, address: str = "", city: str = "", notes: str = ""
) -> Venue:
    # The programme service makes a venue from a name alone; the demo's have an address. Added
    # to the mission's list, where the service finds it.
    venue = Venue(
        id=uid("venue", mission.code, name),
        mission_id=mission.id,
        name=name,
        address=address,
        city=city or mission.city,
        notes=notes,
    )
    mission.venues.append(venue)
    return venue


def _delegation(build: Build, mission: Mission, record: DelegationRecord) -> Delegation:
    # form_delegations makes one per cluster or country of those registered, with new ids;
    # the demo's exist before anyone registers.
    cluster = build.clusters[record.cluster] if record.cluster else None
    name = cluster.name if cluster else record.name
    delegation = Delegation(
        id=uid("delegation", mission.code, name),
        mission_id=mission.id,
        name=name,
        cluster_id=cluster.id if cluster else None,
        country=cluster.country if cluster else record.country,
    )
    mission.delegations.append(delegation)
    build.delegations[(mission.code, record.key)] = delegation
    return delegation


def _notes(
    build: Build,
    mission: Mission,
    notes: Sequence[NoteRecord],
    *,
    roles: Sequence[RegistrationRole] = (),
    delegation: Delegation | None = None,
) -> None:
    """Practical notes after the mission's others, for the roles or the delegation given
    (else everyone)."""
    audience = Audience.GROUP if delegation else Audience.ROLE if roles else Audience.EVERYONE
    for title, text in notes:
        add_note(
            build.session,
            mission.id,
            NoteData(
                title=title,
                text=text,
                audience=audience,
                delegation_id=delegation.id if delegation else None,
                roles=tuple(roles),
            ),
            note_id=uid("note", mission.code, title, delegation.name if delegation else ""),
        )


# --------------------------------------------------------------------------- registrations
# register_people gives each registration a new random id and no travel; the demo's ids come
# from stable keys, so registrations are written directly.


def _register(
    build: Build,
    mission: Mission,
    member: Member,
    person: Person,
    role: RegistrationRole,
    status: RegistrationStatus,
    *,
    arrival: tuple[date, str] | None = None,
    departure: tuple[date, str] | None = None,
    hotel: str = "",
    notes: str = "",
) -> Registration:
    group = member.cluster_key or member.org.country
    delegation = build.delegations.get((mission.code, group))
    registration = build.add(
        Registration(
            id=uid("registration", mission.code, person.id),
            mission_id=mission.id,
            person_id=person.id,
            delegation_id=delegation.id if delegation else None,
            role=role,
            status=status,
            arrival_at=build.at(mission, *arrival) if arrival else None,
            departure_at=build.at(mission, *departure) if departure else None,
            hotel=hotel,
            badges_printed=0,
            notes=notes,
        )
    )
    build.regs[mission.code].append(Reg(registration, member, person))
    return registration


def _status(build: Build, mission: Mission) -> RegistrationStatus:
    return build.weighted(build.data.missions.registrations.statuses[mission.status])


def _coordinators(
    build: Build,
    mission: Mission,
    keys: Sequence[str],
    arrival: tuple[date, str] | None,
    departure: tuple[date, str] | None,
    hotel: str,
) -> None:
    for key in keys:
        home = build.cluster_orgs[key]
        for person in home.people:
            _register(
                build,
                mission,
                home,
                person,
                RegistrationRole.COORDINATOR,
                RegistrationStatus.CONFIRMED,
                arrival=arrival,
                departure=departure,
                hotel=hotel,
            )


def _delegates(
    build: Build, mission: Mission, group: DelegatesRecord, hotels: Weights[str] = ()
) -> list[Registration]:
    """So many member organisations of the cluster (those in its sectors first), one person
    each, or two now and then; their arrival and departure times are drawn."""
    rules = build.data.missions.registrations
    members, count, sectors = build.members[group.cluster], group.organisations, group.sectors
    pool = [m for m in members if not sectors or set(m.org.sectors) & set(sectors)]
    if len(pool) < count:
        pool += [m for m in members if m not in pool]
    made = []
    for member in build.rng.sample(pool, count):
        two = len(member.people) > 1 and build.chance(rules.two_from_one_organisation)
        for person in member.people[: 2 if two else 1]:
            arrival = (group.arrival, build.clock(rules.arrival_between)) if group.arrival else None
            departure = (
                (group.departure, build.clock(rules.departure_between)) if group.departure else None
            )
            made.append(
                _register(
                    build,
                    mission,
                    member,
                    person,
                    RegistrationRole.DELEGATE,
                    _status(build, mission),
                    arrival=arrival,
                    departure=departure,
                    hotel=build.weighted(hotels) if hotels else "",
                )
            )
    return made


def _continuing(build: Build, mission: Mission, record: MissionRecord) -> None:
    """Delegates of an earlier mission who travel on: they leave it early and join this one."""
    spec = record.continuing
    assert spec is not None
    source = build.missions[spec.source]
    for key in spec.clusters:
        continuing = [
            r
            for r in build.regs[spec.source]
            if r.member.cluster_key == key
            and r.registration.role is RegistrationRole.DELEGATE
            and r.registration.status in _AVAILABLE
        ][: spec.each]
        for r in continuing:
            r.registration.departure_at = build.at(source, *spec.leave)
            r.registration.notes = spec.note
            _register(
                build,
                mission,
                r.member,
                r.person,
                RegistrationRole.DELEGATE,
                _status(build, mission),
                arrival=spec.arrival,
                departure=(mission.end_date, build.clock(spec.departure_between)),
                hotel=spec.hotel,
            )


def _at_least(
    registrations: Sequence[Registration], status: RegistrationStatus, count: int, note: str
) -> None:
    """Turn the last confirmed registrations to ``status`` until ``count`` have it."""
    missing = count - sum(r.status is status for r in registrations)
    for registration in reversed(registrations):
        if missing <= 0:
            return
        if registration.status is RegistrationStatus.CONFIRMED:
            registration.status = status
            registration.notes = note
            missing -= 1


def _locals(
    build: Build,
    mission: Mission,
    members: Sequence[Member],
    *,
    hosts: Sequence[Member] = (),
    speakers: Sequence[Member] = (),
    visitors: Sequence[Member] = (),
    statuses: Weights[RegistrationStatus] = (),
) -> None:
    """Two people of each local organisation; ``statuses`` weighs the statuses of local
    participants (none: from the mission's status)."""
    rules = build.data.missions.registrations
    default = rules.local_statuses.get(mission.status, rules.other_local_statuses)
    for member in members:
        if member in hosts:
            role = RegistrationRole.LOCAL_HOST
        elif member in speakers:
            role = RegistrationRole.SPEAKER
        elif member in visitors:
            role = RegistrationRole.VISITOR
        else:
            role = RegistrationRole.LOCAL_PARTICIPANT
        status = (
            RegistrationStatus.CONFIRMED
            if role is not RegistrationRole.LOCAL_PARTICIPANT
            else build.weighted(statuses or default)
        )
        for person in member.people[:2]:
            _register(build, mission, member, person, role, status)


# --------------------------------------------------------------------------- programme


class _Programme:
    """A mission's programme as it is made through the missions service: what its items
    refer to (venues, organisations' names, the confirmed delegates, items by key), and the
    B2B sessions to cut into slots."""

    def __init__(
        self,
        build: Build,
        mission: Mission,
        venues: Mapping[str, Venue],
        names: Mapping[str, str],
        confirmed: Sequence[Registration],
    ) -> None:
        self.build, self.mission = build, mission
        self.venues, self.names, self.confirmed = venues, names, confirmed
        self.keyed: dict[str, uuid.UUID] = {}
        self.b2b: list[tuple[ProgrammeItem, B2BRecord]] = []

    def add(self, items: Sequence[ItemRecord], first_day: int) -> None:
        """``items``, their day 0 on the mission's day ``first_day``."""
        for item in items:
            made = self._item(item, first_day)
            if item.b2b is not None:
                self.b2b.append((made, item.b2b))

    def _item(self, item: ItemRecord, first_day: int) -> ProgrammeItem:
        build, mission = self.build, self.mission
        day = mission.start_date + timedelta(days=first_day + item.day)
        (starts, ends), roles = item.hours, build.data.roles(item.roles)
        title = _fill(item, "title", self.names)
        attendees = self.confirmed[: item.attendees.confirmed_delegates] if item.attendees else []
        delegation = build.delegations[(mission.code, item.delegation)] if item.delegation else None
        audience = Audience.EVERYONE
        if delegation is not None:
            audience = Audience.GROUP
        elif attendees:
            audience = Audience.NAMED
        elif roles:
            audience = Audience.ROLE
        item_id = create_programme_item(
            build.session,
            mission.id,
            ProgrammeItemData(
                kind=item.kind,
                title=title,
                starts_local=datetime.combine(day, hm(starts)),
                ends_local=datetime.combine(day, hm(ends)),
                venue_name=self.venues[item.venue].name if item.venue else "",
                room=_fill(item, "room", self.names),
                description=item.description,
                audience=audience,
                delegation_id=delegation.id if delegation else None,
                attendee_ids=tuple(r.id for r in attendees),
                roles=roles,
                alternative_to_id=self.keyed[item.alternative_to] if item.alternative_to else None,
            ),
            item_id=uid("programme", mission.code, day.isoformat(), starts, title),
        )
        if item.key is not None:
            self.keyed[item.key] = item_id
        made = build.session.get(ProgrammeItem, item_id)
        assert made is not None
        return made


def _b2b_session(
    build: Build, mission: Mission, item: ProgrammeItem, spec: B2BRecord
) -> B2BSession:
    """The B2B session of a programme item, cut into slots, with its tables."""
    # add_session makes its own programme block and new ids; this session belongs to the item.
    b2b = build.add(
        B2BSession(
            id=uid("b2b", mission.code, item.title),
            mission_id=mission.id,
            programme_item_id=item.id,
            name=item.title,
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            slot_minutes=spec.slot_minutes,
            break_minutes=spec.break_minutes,
        )
    )
    build.tables[b2b.id] = [
        build.add(
            B2BTable(
                id=uid("b2b-table", mission.code, item.title, number),
                session_id=b2b.id,
                number=number,
                name=f"{spec.table_label} {number}",
            )
        )
        for number in range(1, spec.tables + 1)
    ]
    return b2b


def _targets(build: Build, mission: Mission, targets: Targets) -> None:
    # kpi.set_targets gives each target a new random id; the demo's come from stable keys.
    for metric, target in targets.items():
        build.add(
            KpiTarget(
                id=uid("kpi", mission.code, metric.value),
                mission_id=mission.id,
                cluster_id=None,
                year=None,
                metric=metric,
                target=target,
            )
        )


def _fill(item: ItemRecord, field: str, names: Mapping[str, str]) -> str:
    text = item.title if field == "title" else item.room
    try:
        return text.format_map(names)
    except (KeyError, IndexError, ValueError):
        item.where.at(field).fail(f"cannot fill {text!r} (it may use {', '.join(names)})")


# --------------------------------------------------------------------------- on site


def _badges_printed(build: Build, mission: Mission, at: str) -> Iterator[Reg]:
    """Badges printed the day before the mission for everyone who did not cancel; yields
    those confirmed, one by one (what the caller draws for one comes before the next)."""
    printed_at = local_to_utc(mission.start_date - timedelta(days=1), hm(at), mission.timezone)
    for r in build.regs[mission.code]:
        registration = r.registration
        if registration.status is RegistrationStatus.CANCELLED:
            continue
        registration.badges_printed = 1
        registration.badge_printed_at = printed_at
        if registration.status is RegistrationStatus.CONFIRMED:
            yield r


def _on_site(build: Build, mission: Mission, spec: OnSite) -> None:
    """Badges printed the day before the mission; delegations checked in before the
    briefing, local participants before the B2B session (a few walked straight to their
    table); some badges reprinted at the desk."""
    rng = build.rng
    checked_in: list[Registration] = []
    for r in _badges_printed(build, mission, spec.badges_printed):
        registration = r.registration
        check_in = (
            spec.delegations_check_in if r.member.cluster_key is not None else spec.locals_check_in
        )
        if check_in.share < 1 and not build.chance(check_in.share):
            continue
        registration.checked_in_at = build.at(mission, check_in.day, build.clock(check_in.between))
        checked_in.append(registration)
    for n, registration in enumerate(rng.sample(checked_in, spec.reprints)):
        at = registration.checked_in_at
        assert at is not None  # all of checked_in were
        registration.badges_printed = 2
        registration.badge_printed_at = at + timedelta(
            minutes=rng.randint(*spec.reprinted_within_minutes)
        )
        reason = spec.reprint_notes[n % len(spec.reprint_notes)]
        registration.notes = f"{registration.notes} {reason}".strip()


# --------------------------------------------------------------------------- B2B wishes
# set_request makes a pending request (its answer and notes take two more calls); the
# hundreds drawn here, with ids from stable keys, are written directly with the same fields.


def meeting_request(
    build: Build, mission: Mission, requester: Reg, target: Reg, status: RequestStatus
) -> MeetingRequest:
    rng, rules = build.rng, build.data.missions.requests
    notes = ""
    if build.chance(rules.with_notes):
        technology = rng.choice(target.member.org.technologies)
        area = rng.choice(requester.member.org.application_areas)
        notes = fill(rules.notes, {"technology": technology, "area": area}, "missions.json")
    a, b = requester.registration.id, target.registration.id
    return build.add(
        MeetingRequest(
            id=uid("request", mission.code, a, b),
            mission_id=mission.id,
            requester_id=a,
            target_id=b,
            priority=build.weighted(rules.priorities),
            status=status,
            notes=notes,
        )
    )


def _requests(build: Build, mission: Mission, count: int) -> None:
    """Meeting wishes: delegates asking local organisations, and a few the other way."""
    rng, rules = build.rng, build.data.missions.requests
    active = [r for r in build.regs[mission.code] if r.registration.status in _ACTIVE]
    visitors = [r for r in active if r.member.cluster_key is not None]
    hosts = [r for r in active if r.member.cluster_key is None]
    delegates = [r for r in visitors if r.registration.role is not RegistrationRole.COORDINATOR]
    pairs: set[tuple[uuid.UUID, uuid.UUID]] = set()
    made = attempts = 0
    while made < count and attempts < count * 20:
        attempts += 1
        if build.chance(rules.asked_by_delegates):
            requester, target = rng.choice(delegates), rng.choice(hosts)
        else:
            requester, target = rng.choice(hosts), rng.choice(delegates)
        a, b = requester.registration.id, target.registration.id
        if a == b or (a, b) in pairs or (b, a) in pairs:
            continue
        if requester.member.org.id == target.member.org.id:
            continue
        pairs.add((a, b))
        status = (
            RequestStatus.PENDING
            if mission.status is MissionStatus.DRAFT and build.chance(rules.pending_in_a_draft)
            else build.weighted(rules.statuses)
        )
        meeting_request(build, mission, requester, target, status)
        made += 1


def _availability(
    build: Build, mission: Mission, windows: Sequence[tuple[datetime, datetime]], count: int
) -> None:
    """Some participants can meet only in part of the B2B time."""
    # set_availability replaces a person's windows with new random ids; these have fixed ones.
    candidates = [
        r
        for r in build.regs[mission.code]
        if r.registration.status in _AVAILABLE
        and r.registration.role is not RegistrationRole.COORDINATOR
    ]
    for n, reg in enumerate(build.rng.sample(candidates, count)):
        starts, ends = windows[n % len(windows)]
        build.add(
            Availability(
                id=uid("availability", mission.code, reg.registration.id, starts.isoformat()),
                registration_id=reg.registration.id,
                starts_at=starts,
                ends_at=ends,
            )
        )
