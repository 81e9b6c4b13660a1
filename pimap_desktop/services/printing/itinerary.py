"""What is on a mission's programme, for everyone or for one person: items and B2B meetings.

The read side shared by the printed agenda, the attendee packs and the calendar export. One
query per kind of record for a whole mission (``mission_itineraries``), so that 500 packs do not
make 500 × N queries. Times stay UTC here; documents show them in ``Itinerary.timezone``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import (
    Audience,
    MeetingStatus,
    OrganisationKind,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import (
    B2BTable,
    Meeting,
    Mission,
    Organisation,
    Person,
    PracticalNote,
    ProgrammeItem,
    Registration,
)
from pimap_desktop.domain.rules import to_local
from pimap_desktop.services.b2b.meetings import table_label
from pimap_desktop.services.language import N_, DocumentLanguage
from pimap_desktop.services.missions.audiences import (
    Audiences,
    Member,
    Rule,
    audience_text,
    item_rule,
    note_rule,
)

# Registrations that still travel: a programme or pack is made for them.
ACTIVE = (
    RegistrationStatus.INVITED,
    RegistrationStatus.REGISTERED,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITLISTED,
)


@dataclass(frozen=True)
class AudienceWords:
    """Who an item is for, as its parts: documents say it in their own language
    (``Entry.audience`` says it in English, for the calendar files)."""

    audience: Audience = Audience.EVERYONE
    delegation: str = ""  # Audience.GROUP: the delegation's name
    roles: tuple[RegistrationRole, ...] = ()  # Audience.ROLE
    alternative_to: str = ""  # the title of the item this one stands in for

    @property
    def everyone(self) -> bool:
        return self.audience is Audience.EVERYONE and not self.alternative_to

    def text(self, language: DocumentLanguage) -> str:
        """``Everyone``, the delegation's name, ``Delegates and speakers``, ``Named
        participants``, with `` not at “<item>”`` for an alternative: ``audience_text`` in
        the document's language."""
        words = language
        if self.audience is Audience.GROUP:
            text = self.delegation or words._("A delegation")
        elif self.audience is Audience.ROLE:
            names = [
                words.pgettext("RegistrationRole plural", ROLE_PLURALS[role])
                for role in ROLE_PLURALS
                if role in self.roles
            ]
            text = words.and_list(names) if names else words._("Nobody (no role chosen)")
            text = text[:1].upper() + text[1:]
        elif self.audience is Audience.NAMED:
            text = words._("Named participants")
        else:
            text = words._("Everyone")
        if self.alternative_to:
            text = words._("{audience} not at “{item}”").format(
                audience=text, item=self.alternative_to
            )
        return text


# The roles' plural names, in the order ``audiences.ROLE_NAMES`` says them (a test keeps the two
# equal), marked for the documents' catalogues.
ROLE_PLURALS = {
    RegistrationRole.DELEGATE: N_("RegistrationRole plural", "delegates"),
    RegistrationRole.SPEAKER: N_("RegistrationRole plural", "speakers"),
    RegistrationRole.COORDINATOR: N_("RegistrationRole plural", "coordinators"),
    RegistrationRole.LOCAL_PARTICIPANT: N_("RegistrationRole plural", "local participants"),
    RegistrationRole.LOCAL_HOST: N_("RegistrationRole plural", "local hosts"),
    RegistrationRole.VISITOR: N_("RegistrationRole plural", "visitors"),
}


@dataclass(frozen=True)
class Entry:
    """One thing on a programme: a programme item or a B2B meeting, times in UTC."""

    id: uuid.UUID  # the ProgrammeItem's or the Meeting's id
    kind: Literal["item", "meeting"]
    title: str
    starts_at: datetime
    ends_at: datetime
    updated_at: datetime
    venue: str = ""
    address: str = ""
    room: str = ""
    description: str = ""
    item_kind: ProgrammeItemKind | None = None
    audience: str = ""  # "Everyone", a delegation's name, "Delegates and speakers", ...
    table: str = ""  # meetings: "Table 7"
    table_number: int | None = None  # meetings: the table's number…
    table_name: str = ""  # …and its name, "" when it has none (then "Table 7" is printed)
    audience_words: AudienceWords = AudienceWords()
    session_name: str = ""  # meetings: the B2B session
    with_ids: tuple[uuid.UUID, ...] = ()  # meetings: the other participants' registration ids
    status: MeetingStatus | None = None
    # meetings: the request it answers; the scheduler replaces a meeting with a new row (a new
    # id) at every run, the request stays (calendar UIDs of meetings come from it)
    request_id: uuid.UUID | None = None

    def table_in(self, language: DocumentLanguage) -> str:
        """The meeting's table as printed: its name, else ``Table 7`` in the document's
        language; "" without a table."""
        return table_text(self.table_number, self.table_name, language)


def table_text(number: int | None, name: str, language: DocumentLanguage) -> str:
    """A B2B table as printed: its name, else ``Table 7`` in the document's language (as is a
    name that says no more than PIMAP's English for an unnamed table, "Table 7")."""
    name = name.strip()
    if name and (number is None or name != table_label(number, "")):
        return name
    if number is None:
        return ""
    return language._("Table {number}").format(number=number)


@dataclass(frozen=True)
class Note:
    """A piece of practical information and who it is for (``audience``, in words)."""

    id: uuid.UUID
    title: str
    text: str
    audience: str


@dataclass(frozen=True)
class Participant:
    """A registration on the mission with what documents print about the person."""

    registration_id: uuid.UUID
    person_id: uuid.UUID
    first_name: str
    last_name: str
    badge_name: str
    job_title: str
    email: str  # "" when unknown
    phone: str
    consent_contact: bool
    consent_listed: bool
    role: RegistrationRole
    status: RegistrationStatus
    delegation: str
    organisation_id: uuid.UUID | None
    organisation: str
    country: str  # the organisation's ISO code, else ""
    hotel: str
    arrival_at: datetime | None
    departure_at: datetime | None
    preferred_language: str | None = None  # of their own documents ("fi"), None: the export's

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class OrganisationProfile:
    """What a pack says about a counterpart's organisation."""

    id: uuid.UUID
    name: str
    kind: str  # its label, in English
    country: str
    city: str
    website: str
    sectors: tuple[str, ...]
    technologies: tuple[str, ...]
    offers: str
    seeks: str
    description: str
    kind_value: OrganisationKind | None = None  # what documents translate


@dataclass(frozen=True)
class Itineraries:
    """Everything documents print about one mission, fetched once."""

    mission_id: uuid.UUID
    code: str
    name: str
    timezone: str
    start_date: date
    end_date: date
    city: str
    country: str
    host_event: str
    practical_info: str  # for everyone
    objectives: str
    venues: tuple[tuple[str, str], ...]  # (name, address)
    programme: tuple[Entry, ...]  # every programme item, in time order
    participants: dict[uuid.UUID, Participant]  # by registration id
    organisations: dict[uuid.UUID, OrganisationProfile]
    _items_of: dict[uuid.UUID, tuple[uuid.UUID, ...]] = field(repr=False)
    _meetings_of: dict[uuid.UUID, tuple[Entry, ...]] = field(repr=False)
    _notes_of: dict[uuid.UUID, tuple[Note, ...]] = field(default_factory=dict, repr=False)

    def notes_for(self, registration_id: uuid.UUID) -> tuple[Note, ...]:
        """The practical notes meant for the person (beside ``practical_info``, for all)."""
        return self._notes_of.get(registration_id, ())

    def meetings_of(self, registration_id: uuid.UUID) -> tuple[Entry, ...]:
        """The person's B2B meetings (not cancelled), in time order."""
        return self._meetings_of.get(registration_id, ())

    def person_programme(self, registration_id: uuid.UUID) -> tuple[Entry, ...]:
        """The programme items the person attends and their meetings, in time order."""
        items = set(self._items_of.get(registration_id, ()))
        mine = [e for e in self.programme if e.id in items]
        mine.extend(self.meetings_of(registration_id))
        return tuple(sorted(mine, key=lambda e: (e.starts_at, e.kind != "item", e.title)))

    def days(self) -> list[date]:
        """Every day of the mission, first to last."""
        count = (self.end_date - self.start_date).days + 1
        return [date.fromordinal(self.start_date.toordinal() + n) for n in range(count)]

    def local_day(self, entry: Entry) -> date:
        return to_local(entry.starts_at, self.timezone).date()


def _address(address: str, city: str) -> str:
    """``address, city``, without the city twice when the address already ends with it."""
    if city and address.rstrip(" .").lower().endswith(city.lower()):
        return address
    return ", ".join(p for p in (address, city) if p)


def _audience_words(
    rule: Rule, delegations: dict[uuid.UUID, str], titles: dict[uuid.UUID, str]
) -> AudienceWords:
    return AudienceWords(
        rule.audience,
        delegation=delegations.get(rule.delegation_id, "") if rule.delegation_id else "",
        roles=rule.roles,
        alternative_to=titles.get(rule.alternative_to, "") if rule.alternative_to else "",
    )


def _audience_label(words: AudienceWords) -> str:
    return audience_text(
        words.audience,
        delegation=words.delegation,
        roles=words.roles,
        alternative_to=words.alternative_to,
    )


def mission_itineraries(
    session: Session, mission: Mission, registration_ids: Iterable[uuid.UUID] | None = None
) -> Itineraries:
    """The mission's programme and, for every registration (or those given), what they attend.

    Participants are all registrations of the mission (any status, so that counterparts who
    cancelled still have a name); ``registration_ids`` only narrows whose personal programme is
    computed.
    """
    tz = mission.timezone
    venues = {v.id: v for v in mission.venues}
    delegations = {d.id: d.name for d in mission.delegations}
    items = session.scalars(
        select(ProgrammeItem)
        .where(ProgrammeItem.mission_id == mission.id)
        .options(selectinload(ProgrammeItem.attendees))
        .order_by(ProgrammeItem.starts_at, ProgrammeItem.title)
    ).all()
    notes = session.scalars(
        select(PracticalNote)
        .where(PracticalNote.mission_id == mission.id)
        .order_by(PracticalNote.position, PracticalNote.title)
    ).all()
    rows = session.execute(
        select(Registration, Person, Organisation)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.mission_id == mission.id)
    ).all()
    participants: dict[uuid.UUID, Participant] = {}
    organisations: dict[uuid.UUID, OrganisationProfile] = {}
    members: dict[uuid.UUID, Member] = {}
    for registration, person, organisation in rows:
        members[registration.id] = Member(
            registration.id, registration.role, registration.delegation_id
        )
        participants[registration.id] = Participant(
            registration_id=registration.id,
            person_id=person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            badge_name=person.badge_name,
            job_title=person.job_title,
            email=person.email or "",
            phone=person.phone,
            consent_contact=person.consent_contact,
            consent_listed=person.consent_listed,
            role=registration.role,
            status=registration.status,
            delegation=delegations.get(registration.delegation_id, "")
            if registration.delegation_id
            else "",
            organisation_id=organisation.id if organisation else None,
            organisation=organisation.name if organisation else "",
            country=organisation.country if organisation else "",
            hotel=registration.hotel,
            arrival_at=registration.arrival_at,
            departure_at=registration.departure_at,
            preferred_language=person.preferred_language,
        )
        if organisation is not None and organisation.id not in organisations:
            organisations[organisation.id] = OrganisationProfile(
                id=organisation.id,
                name=organisation.name,
                kind=organisation.kind.label,
                kind_value=organisation.kind,
                country=organisation.country,
                city=organisation.city,
                website=organisation.website,
                sectors=tuple(organisation.sectors or ()),
                technologies=tuple(organisation.technologies or ()),
                offers=organisation.offers,
                seeks=organisation.seeks,
                description=organisation.description,
            )

    wanted = (
        set(participants) if registration_ids is None else set(registration_ids) & set(participants)
    )
    programme: list[Entry] = []
    items_of: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    rules = {item.id: item_rule(item) for item in items}
    titles = {item.id: item.title for item in items}
    audiences = Audiences(rules)
    for item in items:
        venue = venues.get(item.venue_id) if item.venue_id else None
        audience = _audience_words(rules[item.id], delegations, titles)
        programme.append(
            Entry(
                id=item.id,
                kind="item",
                title=item.title,
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                updated_at=item.updated_at,
                venue=venue.name if venue else "",
                address=_address(venue.address, venue.city) if venue else "",
                room=item.room,
                description=item.description,
                item_kind=item.kind,
                audience=_audience_label(audience),
                audience_words=audience,
            )
        )
        for registration_id in wanted:
            if audiences.attends(item.id, members[registration_id]):
                items_of[registration_id].append(item.id)

    notes_of: dict[uuid.UUID, list[Note]] = defaultdict(list)
    for record in notes:
        rule = note_rule(record)
        note = Note(
            id=record.id,
            title=record.title,
            text=record.text,
            audience=_audience_label(_audience_words(rule, delegations, titles)),
        )
        for registration_id in wanted:
            if rule.includes(members[registration_id]):
                notes_of[registration_id].append(note)

    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.mission_id == mission.id, Meeting.status != MeetingStatus.CANCELLED)
        .options(selectinload(Meeting.participants), selectinload(Meeting.session))
        .order_by(Meeting.starts_at)
    ).all()
    tables = {
        t.id: t
        for t in session.scalars(
            select(B2BTable).where(B2BTable.id.in_([m.table_id for m in meetings if m.table_id]))
        )
    }
    meetings_of: dict[uuid.UUID, list[Entry]] = defaultdict(list)
    for meeting in meetings:
        people = [p.id for p in meeting.participants]
        b2b = meeting.session
        venue = (
            venues.get(b2b.programme_item.venue_id)
            if b2b and b2b.programme_item and b2b.programme_item.venue_id
            else None
        )
        table = tables.get(meeting.table_id) if meeting.table_id else None
        for registration_id in people:
            if registration_id not in wanted:
                continue
            others = tuple(p for p in people if p != registration_id)
            names = ", ".join(participants[o].name for o in others if o in participants)
            meetings_of[registration_id].append(
                Entry(
                    id=meeting.id,
                    kind="meeting",
                    title=f"B2B meeting with {names}" if names else "B2B meeting",
                    starts_at=meeting.starts_at,
                    ends_at=meeting.ends_at,
                    updated_at=meeting.updated_at,
                    venue=venue.name if venue else "",
                    address=_address(venue.address, venue.city) if venue else "",
                    room=b2b.programme_item.room if b2b and b2b.programme_item else "",
                    table=table_label(table.number, table.name) if table else "",
                    table_number=table.number if table else None,
                    table_name=table.name if table else "",
                    session_name=b2b.name if b2b else "",
                    with_ids=others,
                    status=meeting.status,
                    request_id=meeting.request_id,
                )
            )
    return Itineraries(
        mission_id=mission.id,
        code=mission.code,
        name=mission.name,
        timezone=tz,
        start_date=mission.start_date,
        end_date=mission.end_date,
        city=mission.city,
        country=mission.country,
        host_event=mission.host_event,
        practical_info=mission.practical_info,
        objectives=mission.objectives,
        venues=tuple((v.name, _address(v.address, v.city)) for v in venues.values()),
        programme=tuple(programme),
        participants=participants,
        organisations=organisations,
        _items_of={k: tuple(v) for k, v in items_of.items()},
        _meetings_of={k: tuple(v) for k, v in meetings_of.items()},
        _notes_of={k: tuple(v) for k, v in notes_of.items()},
    )
