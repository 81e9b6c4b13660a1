"""The directory of organisations and people, shared across missions: lists, forms, history,
merges and deletions. Every change is one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    ExportReadiness,
    FollowUpOutcome,
    OrganisationKind,
    OrganisationSize,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Availability,
    Cluster,
    FollowUp,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
    programme_item_attendees,
)
from pimap_desktop.domain.rules import normalise_email, normalise_name
from pimap_desktop.services.unit import transaction
from pimap_desktop.services.versions import check_version
from pimap_desktop.text import ServiceWords, plural, words_of

# --------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class PersonRow:
    """A person as the directory list shows it; the search text is built from these."""

    id: uuid.UUID
    first_name: str
    last_name: str
    email: str
    job_title: str
    organisation: str
    organisation_id: uuid.UUID | None
    country: str
    sectors: str
    missions: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class OrganisationRow:
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    country: str
    city: str
    sectors: str
    cluster: str
    people: int


def list_people(session: Session) -> list[PersonRow]:
    """Every person with organisation, country, sectors and number of missions.

    Two queries: the people (with their count of registrations), and the organisations once
    each, so that an organisation's sectors are decoded once, not once per person.
    """
    registrations = (
        select(Registration.person_id, func.count().label("n"))
        .group_by(Registration.person_id)
        .subquery()
    )
    organisations = {
        oid: (name, country, ", ".join(sectors or []))
        for oid, name, country, sectors in session.execute(
            select(Organisation.id, Organisation.name, Organisation.country, Organisation.sectors)
        )
    }
    none = ("", "", "")
    rows = session.execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.job_title,
            Person.organisation_id,
            func.coalesce(registrations.c.n, 0),
        )
        .outerjoin(registrations, registrations.c.person_id == Person.id)
        .order_by(Person.last_name, Person.first_name)
    ).all()
    people = []
    for pid, first, last, email, title, org_id, n in rows:
        org_name, country, sectors = organisations.get(org_id, none) if org_id else none
        people.append(
            PersonRow(
                id=pid,
                first_name=first,
                last_name=last,
                email=email or "",
                job_title=title,
                organisation=org_name,
                organisation_id=org_id,
                country=country,
                sectors=sectors,
                missions=int(n),
            )
        )
    return people


def list_organisations(session: Session) -> list[OrganisationRow]:
    people = (
        select(Person.organisation_id, func.count().label("n"))
        .group_by(Person.organisation_id)
        .subquery()
    )
    rows = session.execute(
        select(Organisation, Cluster.name, func.coalesce(people.c.n, 0))
        .outerjoin(Cluster, Organisation.cluster_id == Cluster.id)
        .outerjoin(people, people.c.organisation_id == Organisation.id)
        .order_by(Organisation.name)
    ).all()
    return [
        OrganisationRow(
            id=o.id,
            name=o.name,
            kind=o.kind,
            country=o.country,
            city=o.city,
            sectors=", ".join(o.sectors),
            cluster=cluster or "",
            people=int(n),
        )
        for o, cluster, n in rows
    ]


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class PersonData:
    """What a person's form holds."""

    first_name: str
    last_name: str
    email: str = ""
    organisation_id: uuid.UUID | None = None
    job_title: str = ""
    phone: str = ""
    badge_name: str = ""
    languages: tuple[str, ...] = ()
    preferred_language: str | None = None  # of their own documents (rules.DOCUMENT_LANGUAGES)
    dietary_needs: str = ""
    accessibility_needs: str = ""
    consent_listed: bool = False
    consent_contact: bool = False
    consent_date: date | None = None
    notes: str = ""


def _get_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(ServiceWords.say("That person is no longer in the directory."))
    return person


def find_person_by_email(session: Session, email: str) -> Person:
    key = normalise_email(email)
    person = session.scalar(select(Person).where(Person.email == key)) if key else None
    if person is None:
        raise NotFoundError(
            ServiceWords.say("Nobody in the directory has the e-mail '%1'.", email.strip())
        )
    return person


def validate_person(data: PersonData) -> PersonData:
    from pimap_desktop.domain.rules import DOCUMENT_LANGUAGES, check_email

    first, last = data.first_name.strip(), data.last_name.strip()
    if not last:
        raise ValidationError(ServiceWords.say("A person needs a last name."), "last_name")
    if not first:
        raise ValidationError(ServiceWords.say("A person needs a first name."), "first_name")
    email = ""
    if data.email.strip():
        try:
            email = check_email(data.email)
        except ValueError as exc:
            raise ValidationError(words_of(exc), "email") from None
    if (data.consent_listed or data.consent_contact) and data.consent_date is None:
        raise ValidationError(
            ServiceWords.say("Give the date on which the consent was given."), "consent_date"
        )
    if data.preferred_language not in (None, *DOCUMENT_LANGUAGES):
        raise ValidationError(
            ServiceWords.say(
                "'%1' is not a language PIMAP makes documents in.", data.preferred_language
            ),
            "preferred_language",
        )
    return replace(
        data,
        first_name=first,
        last_name=last,
        email=email,
        job_title=data.job_title.strip(),
        phone=data.phone.strip(),
        badge_name=data.badge_name.strip(),
    )


def _check_email_free(session: Session, email: str, own_id: uuid.UUID | None) -> None:
    if not email:
        return
    query = select(Person).where(Person.email == email)
    if own_id is not None:
        query = query.where(Person.id != own_id)
    other = session.scalar(query)
    if other is not None:
        raise ValidationError(
            ServiceWords.say(
                "%1 is already the e-mail of %2: the same e-mail is the same person (merge the "
                "two if they are one).",
                email,
                other.full_name,
            ),
            "email",
        )


def _apply_person(person: Person, data: PersonData) -> None:
    person.first_name = data.first_name
    person.last_name = data.last_name
    person.email = data.email or None
    person.organisation_id = data.organisation_id
    person.job_title = data.job_title
    person.phone = data.phone
    person.badge_name = data.badge_name
    person.languages = list(data.languages)
    person.preferred_language = data.preferred_language
    person.dietary_needs = data.dietary_needs
    person.accessibility_needs = data.accessibility_needs
    person.consent_listed = data.consent_listed
    person.consent_contact = data.consent_contact
    person.consent_date = data.consent_date
    person.notes = data.notes


def person_data(session: Session, person_id: uuid.UUID) -> PersonData:
    p = _get_person(session, person_id)
    return PersonData(
        first_name=p.first_name,
        last_name=p.last_name,
        email=p.email or "",
        organisation_id=p.organisation_id,
        job_title=p.job_title,
        phone=p.phone,
        badge_name=p.badge_name,
        languages=tuple(p.languages),
        preferred_language=p.preferred_language,
        dietary_needs=p.dietary_needs,
        accessibility_needs=p.accessibility_needs,
        consent_listed=p.consent_listed,
        consent_contact=p.consent_contact,
        consent_date=p.consent_date,
        notes=p.notes,
    )


def create_person(
    session: Session, data: PersonData, *, person_id: uuid.UUID | None = None
) -> uuid.UUID:
    clean = validate_person(data)
    with transaction(session):
        _check_email_free(session, clean.email, None)
        person = Person(id=person_id or uuid.uuid4())
        _apply_person(person, clean)
        session.add(person)
    return person.id


def update_person(
    session: Session,
    person_id: uuid.UUID,
    data: PersonData,
    *,
    expected_version: int | None = None,
) -> None:
    """Save the person form; ``expected_version`` is the version the form was loaded with
    (a save over a newer change is refused: ``StaleEdit``)."""
    clean = validate_person(data)
    with transaction(session):
        person = _get_person(session, person_id)
        check_version(session, person, expected_version)
        _check_email_free(session, clean.email, person_id)
        _apply_person(person, clean)


@dataclass(frozen=True)
class PersonImpact:
    """What goes with a person when they are deleted."""

    name: str
    registrations: int
    meetings: int
    meeting_requests: int
    followups: int

    def describe(self) -> str:
        parts = [
            (self.registrations, "registration"),
            (self.meetings, "meeting"),
            (self.meeting_requests, "meeting request"),
        ]
        listed = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in parts if n]
        text = f"Deleting {self.name} also deletes " + (
            ", ".join(listed) if listed else "nothing else"
        )
        text += "."
        if self.followups:
            text += f" {plural(self.followups, 'follow-up')} stay, without this person."
        return text


def person_impact(session: Session, person_id: uuid.UUID) -> PersonImpact:
    person = _get_person(session, person_id)
    reg_ids = select(Registration.id).where(Registration.person_id == person_id)
    meetings = session.scalar(
        select(func.count(func.distinct(meeting_participants.c.meeting_id))).where(
            meeting_participants.c.registration_id.in_(reg_ids)
        )
    )
    requests = session.scalar(
        select(func.count())
        .select_from(MeetingRequest)
        .where(MeetingRequest.requester_id.in_(reg_ids) | MeetingRequest.target_id.in_(reg_ids))
    )
    followups = session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .where((FollowUp.contact_id == person_id) | (FollowUp.owner_id == person_id))
    )
    return PersonImpact(
        name=person.full_name,
        registrations=len(person.registrations),
        meetings=int(meetings or 0),
        meeting_requests=int(requests or 0),
        followups=int(followups or 0),
    )


def delete_person(session: Session, person_id: uuid.UUID) -> PersonImpact:
    with transaction(session):
        impact = person_impact(session, person_id)
        session.delete(_get_person(session, person_id))
    return impact


# --------------------------------------------------------------------------- organisations


@dataclass(frozen=True)
class OrganisationData:
    name: str
    kind: OrganisationKind = OrganisationKind.SME
    country: str = ""
    city: str = ""
    website: str = ""
    size: OrganisationSize | None = None
    sectors: tuple[str, ...] = ()
    technologies: tuple[str, ...] = ()
    application_areas: tuple[str, ...] = ()
    value_chain_position: str = ""
    offers: str = ""
    seeks: str = ""
    export_readiness: ExportReadiness | None = None
    cluster_id: uuid.UUID | None = None
    description: str = ""


def _get_organisation(session: Session, organisation_id: uuid.UUID) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(ServiceWords.say("That organisation is no longer in the directory."))
    return organisation


def validate_organisation(data: OrganisationData) -> OrganisationData:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(ServiceWords.say("An organisation needs a name."), "name")
    country = data.country.strip().upper()
    if country and (len(country) != 2 or not country.isalpha()):
        raise ValidationError(
            ServiceWords.say(
                "The country '%1' should be a two-letter code such as FR.", data.country.strip()
            ),
            "country",
        )
    return replace(data, name=name, country=country, city=data.city.strip())


def _apply_organisation(organisation: Organisation, data: OrganisationData) -> None:
    organisation.name = data.name
    organisation.normalised_name = normalise_name(data.name)
    organisation.kind = data.kind
    organisation.country = data.country
    organisation.city = data.city
    organisation.website = data.website
    organisation.size = data.size
    organisation.sectors = list(data.sectors)
    organisation.technologies = list(data.technologies)
    organisation.application_areas = list(data.application_areas)
    organisation.value_chain_position = data.value_chain_position
    organisation.offers = data.offers
    organisation.seeks = data.seeks
    organisation.export_readiness = data.export_readiness
    organisation.cluster_id = data.cluster_id
    organisation.description = data.description


def organisation_data(session: Session, organisation_id: uuid.UUID) -> OrganisationData:
    o = _get_organisation(session, organisation_id)
    return OrganisationData(
        name=o.name,
        kind=o.kind,
        country=o.country,
        city=o.city,
        website=o.website,
        size=o.size,
        sectors=tuple(o.sectors),
        technologies=tuple(o.technologies),
        application_areas=tuple(o.application_areas),
        value_chain_position=o.value_chain_position,
        offers=o.offers,
        seeks=o.seeks,
        export_readiness=o.export_readiness,
        cluster_id=o.cluster_id,
        description=o.description,
    )


def create_organisation(
    session: Session, data: OrganisationData, *, organisation_id: uuid.UUID | None = None
) -> uuid.UUID:
    clean = validate_organisation(data)
    with transaction(session):
        organisation = Organisation(id=organisation_id or uuid.uuid4())
        _apply_organisation(organisation, clean)
        session.add(organisation)
    return organisation.id


def update_organisation(
    session: Session,
    organisation_id: uuid.UUID,
    data: OrganisationData,
    *,
    expected_version: int | None = None,
) -> None:
    """Save the organisation form; ``expected_version`` as for ``update_person``."""
    clean = validate_organisation(data)
    with transaction(session):
        organisation = _get_organisation(session, organisation_id)
        check_version(session, organisation, expected_version)
        _apply_organisation(organisation, clean)


def organisation_impact(session: Session, organisation_id: uuid.UUID) -> str:
    organisation = _get_organisation(session, organisation_id)
    people = len(organisation.people)
    if not people:
        return f"{organisation.name} has nobody attached to it; deleting it removes nothing else."
    who = "person stays" if people == 1 else "people stay"
    return f"Deleting {organisation.name}: its {people} {who} in the directory, without it."


def delete_organisation(session: Session, organisation_id: uuid.UUID) -> str:
    with transaction(session):
        impact = organisation_impact(session, organisation_id)
        session.delete(_get_organisation(session, organisation_id))
    return impact


# --------------------------------------------------------------------------- merges


@dataclass(frozen=True)
class MergeReport:
    kept: str
    merged: str
    moved: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        moved = ", ".join(f"{n} {what}" for what, n in self.moved.items() if n)
        return f"{self.merged} merged into {self.kept}" + (f": {moved} moved." if moved else ".")


_PERSON_TEXT_FIELDS = (
    "job_title",
    "phone",
    "badge_name",
    "dietary_needs",
    "accessibility_needs",
    "notes",
)


def merge_people(session: Session, keep_id: uuid.UUID, merge_id: uuid.UUID) -> MergeReport:
    """Fold one person into another: registrations, meetings, requests and follow-ups move to
    the kept person; empty fields of the kept person are filled from the other one."""
    if keep_id == merge_id:
        raise ValidationError(ServiceWords.say("Choose two different people to merge."))
    with transaction(session):
        keep, gone = _get_person(session, keep_id), _get_person(session, merge_id)
        report = MergeReport(kept=keep.full_name, merged=gone.full_name, moved={})
        moved = {"registrations": 0, "registrations merged": 0, "follow-ups": 0}
        keep_by_mission = {r.mission_id: r for r in keep.registrations}
        for registration in list(gone.registrations):
            twin = keep_by_mission.get(registration.mission_id)
            if twin is None:
                registration.person_id = keep.id
                moved["registrations"] += 1
            else:
                _fold_registration(session, into=twin, gone=registration)
                moved["registrations merged"] += 1
        session.flush()
        for column in (FollowUp.contact_id, FollowUp.owner_id):
            result = session.execute(
                update(FollowUp).where(column == gone.id).values({column.key: keep.id})
            )
            moved["follow-ups"] += int(getattr(result, "rowcount", 0) or 0)
        if keep.organisation_id is None:
            keep.organisation_id = gone.organisation_id
        for name in _PERSON_TEXT_FIELDS:
            if not getattr(keep, name) and getattr(gone, name):
                setattr(keep, name, getattr(gone, name))
        keep.languages = list(dict.fromkeys([*keep.languages, *gone.languages]))
        keep.preferred_language = keep.preferred_language or gone.preferred_language
        if gone.consent_date and (
            keep.consent_date is None or gone.consent_date > keep.consent_date
        ):
            keep.consent_listed, keep.consent_contact = gone.consent_listed, gone.consent_contact
            keep.consent_date = gone.consent_date
        email = gone.email
        session.expire(gone, ["registrations"])
        session.delete(gone)
        session.flush()
        if keep.email is None and email:
            keep.email = email
    return replace(report, moved=moved)


_STATUS_RANK = {
    RegistrationStatus.CONFIRMED: 5,
    RegistrationStatus.REGISTERED: 4,
    RegistrationStatus.INVITED: 3,
    RegistrationStatus.WAITLISTED: 2,
    RegistrationStatus.NO_SHOW: 1,
    RegistrationStatus.CANCELLED: 0,
}


def _fold_registration(session: Session, *, into: Registration, gone: Registration) -> None:
    """Both people were in the same mission: keep one registration, with what the other knew
    (the more advanced status, travel, hotel, check-in), and move what hangs on the other."""
    if _STATUS_RANK[gone.status] > _STATUS_RANK[into.status]:
        into.status = gone.status
    for name in ("arrival_at", "departure_at", "hotel", "delegation_id", "badge_printed_at"):
        if not getattr(into, name) and getattr(gone, name):
            setattr(into, name, getattr(gone, name))
    if gone.checked_in_at and (
        into.checked_in_at is None or gone.checked_in_at < into.checked_in_at
    ):
        into.checked_in_at = gone.checked_in_at
    into.badges_printed += gone.badges_printed
    if gone.notes and gone.notes not in into.notes:
        into.notes = f"{into.notes}\n{gone.notes}".strip()
    session.execute(
        update(Availability)
        .where(Availability.registration_id == gone.id)
        .values(registration_id=into.id)
    )
    for table in (meeting_participants, programme_item_attendees):
        column = table.c.registration_id
        other = next(c for c in table.primary_key.columns if c is not column)
        already = select(other).where(column == into.id)
        session.execute(delete(table).where(column == gone.id, other.in_(already)))
        session.execute(update(table).where(column == gone.id).values(registration_id=into.id))
    for mine, theirs in (
        (MeetingRequest.requester_id, MeetingRequest.target_id),
        (MeetingRequest.target_id, MeetingRequest.requester_id),
    ):
        # A request between the two, or one that the kept registration already has, goes.
        session.execute(delete(MeetingRequest).where(mine == gone.id, theirs == into.id))
        duplicate = select(theirs).where(mine == into.id)
        session.execute(delete(MeetingRequest).where(mine == gone.id, theirs.in_(duplicate)))
        session.execute(update(MeetingRequest).where(mine == gone.id).values({mine.key: into.id}))
    session.delete(gone)
    session.flush()
    # A meeting between the two is now a meeting of one person with themselves: it goes.
    alone = (
        select(meeting_participants.c.meeting_id)
        .group_by(meeting_participants.c.meeting_id)
        .having(func.count() < 2)
    )
    lonely = [
        m
        for m in session.scalars(
            select(Meeting.id).where(Meeting.mission_id == into.mission_id, Meeting.id.in_(alone))
        )
    ]
    if lonely:
        session.execute(delete(Meeting).where(Meeting.id.in_(lonely)))


def merge_organisations(session: Session, keep_id: uuid.UUID, merge_id: uuid.UUID) -> MergeReport:
    """Fold one organisation into another: its people and follow-ups move to the kept one."""
    if keep_id == merge_id:
        raise ValidationError(ServiceWords.say("Choose two different organisations to merge."))
    with transaction(session):
        keep, gone = _get_organisation(session, keep_id), _get_organisation(session, merge_id)
        people = session.execute(
            update(Person).where(Person.organisation_id == gone.id).values(organisation_id=keep.id)
        )
        followups = session.execute(
            update(FollowUp)
            .where(FollowUp.organisation_id == gone.id)
            .values(organisation_id=keep.id)
        )
        for name in (
            "country",
            "city",
            "website",
            "value_chain_position",
            "offers",
            "seeks",
            "description",
        ):
            if not getattr(keep, name) and getattr(gone, name):
                setattr(keep, name, getattr(gone, name))
        for name in ("sectors", "technologies", "application_areas"):
            setattr(keep, name, list(dict.fromkeys([*getattr(keep, name), *getattr(gone, name)])))
        keep.size = keep.size or gone.size
        keep.export_readiness = keep.export_readiness or gone.export_readiness
        keep.cluster_id = keep.cluster_id or gone.cluster_id
        report = MergeReport(
            kept=keep.name,
            merged=gone.name,
            moved={
                "people": int(getattr(people, "rowcount", 0) or 0),
                "follow-ups": int(getattr(followups, "rowcount", 0) or 0),
            },
        )
        session.expire(gone, ["people"])
        session.delete(gone)
    return report


# --------------------------------------------------------------------------- history


@dataclass(frozen=True)
class MissionAttended:
    code: str
    name: str
    start_date: date
    role: RegistrationRole
    status: RegistrationStatus
    meetings: int


@dataclass(frozen=True)
class FollowUpLine:
    mission: str
    outcome: FollowUpOutcome
    next_action: str
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class PersonHistory:
    name: str
    organisation: str
    missions: tuple[MissionAttended, ...]
    followups: tuple[FollowUpLine, ...]


def person_history(session: Session, person_id: uuid.UUID) -> PersonHistory:
    """Missions attended (with their meetings) and follow-ups: the detail panel."""
    person = _get_person(session, person_id)
    meetings: dict[uuid.UUID, int] = dict(
        session.execute(
            select(meeting_participants.c.registration_id, func.count())
            .join(Registration, Registration.id == meeting_participants.c.registration_id)
            .where(Registration.person_id == person_id)
            .group_by(meeting_participants.c.registration_id)
        ).all()
    )
    rows = session.execute(
        select(Registration, Mission)
        .join(Mission, Mission.id == Registration.mission_id)
        .where(Registration.person_id == person_id)
        .order_by(Mission.start_date.desc())
    ).all()
    followups = session.execute(
        select(FollowUp, Mission.code)
        .outerjoin(Mission, Mission.id == FollowUp.mission_id)
        .where(FollowUp.contact_id == person_id)
        .order_by(FollowUp.created_at)
    ).all()
    return PersonHistory(
        name=person.full_name,
        organisation=person.organisation.name if person.organisation else "",
        missions=tuple(
            MissionAttended(
                code=m.code,
                name=m.name,
                start_date=m.start_date,
                role=r.role,
                status=r.status,
                meetings=int(meetings.get(r.id, 0)),
            )
            for r, m in rows
        ),
        followups=tuple(
            FollowUpLine(
                mission=code or "",
                outcome=f.outcome,
                next_action=f.next_action,
                due_date=f.due_date,
                done=f.done,
            )
            for f, code in followups
        ),
    )


@dataclass(frozen=True)
class OrganisationMission:
    code: str
    name: str
    start_date: date
    people: int
    meetings: int


@dataclass(frozen=True)
class OrganisationHistory:
    missions: tuple[OrganisationMission, ...]
    followups: tuple[FollowUpLine, ...]


def organisation_history(session: Session, organisation_id: uuid.UUID) -> OrganisationHistory:
    """The missions its people took part in (with their meetings) and its follow-ups."""
    _get_organisation(session, organisation_id)
    rows = session.execute(
        select(Mission, Registration.id)
        .join(Registration, Registration.mission_id == Mission.id)
        .join(Person, Person.id == Registration.person_id)
        .where(Person.organisation_id == organisation_id)
    ).all()
    reg_ids = [rid for _m, rid in rows]
    meetings: dict[uuid.UUID, int] = {}
    if reg_ids:
        for reg_id, count in session.execute(
            select(meeting_participants.c.registration_id, func.count())
            .where(meeting_participants.c.registration_id.in_(reg_ids))
            .group_by(meeting_participants.c.registration_id)
        ):
            meetings[reg_id] = int(count)
    by_mission: dict[uuid.UUID, tuple[Mission, list[uuid.UUID]]] = {}
    for mission, reg_id in rows:
        by_mission.setdefault(mission.id, (mission, []))[1].append(reg_id)
    missions = sorted(
        (
            OrganisationMission(
                code=m.code,
                name=m.name,
                start_date=m.start_date,
                people=len(regs),
                meetings=sum(meetings.get(r, 0) for r in regs),
            )
            for m, regs in by_mission.values()
        ),
        key=lambda x: x.start_date,
        reverse=True,
    )
    followups = session.execute(
        select(FollowUp, Mission.code)
        .outerjoin(Mission, Mission.id == FollowUp.mission_id)
        .where(FollowUp.organisation_id == organisation_id)
        .order_by(FollowUp.created_at)
    ).all()
    return OrganisationHistory(
        missions=tuple(missions),
        followups=tuple(
            FollowUpLine(
                mission=code or "",
                outcome=f.outcome,
                next_action=f.next_action,
                due_date=f.due_date,
                done=f.done,
            )
            for f, code in followups
        ),
    )
