"""The whole data model of PIMAP Desktop, as SQLAlchemy 2.0 typed models.

Every record has a stable UUID (for exchange between laptops and the future team server) and
created/updated timestamps. Datetimes are aware and stored in UTC; a mission carries its IANA
zone, in which its dates and programme are shown. Calendar dates that are local by nature (a
mission's first and last day, a follow-up's due date) are plain dates.

Every record also carries a ``version`` (the mapper's version counter: an UPDATE or DELETE of a
row changed meanwhile by someone else matches nothing and raises ``StaleDataError``) and
``updated_by``, the database user who changed it last (set by the store, see store/audit.py).
The changes of registrations, meetings, meeting requests and follow-ups are kept, old and new
value, in the ``audit_log`` table (``AuditEntry``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from pimap_desktop.domain.enums import (
    Audience,
    EenRating,
    EmblemKind,
    ExportReadiness,
    FollowUpOutcome,
    KpiMetric,
    MeetingStatus,
    MissionKind,
    MissionStatus,
    OrganisationKind,
    OrganisationSize,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.types import UTCDateTime, enum_column, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


USER_NAME_LENGTH = 100  # a database role or an operating-system login


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {
        datetime: UTCDateTime,
        uuid.UUID: Uuid,
        list[str]: JSON,
    }


class Record(Base):
    """Columns every record has."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # 1 when made, one more at every change: a save of a form loaded at another version is a
    # save over someone else's newer change (refused), and the ORM's UPDATE and DELETE match
    # only the version they read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # The database user who made the last change (None: before PIMAP recorded it).
    updated_by: Mapped[str | None] = mapped_column(String(USER_NAME_LENGTH))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Any:
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


mission_clusters = Table(
    "mission_clusters",
    Base.metadata,
    Column("mission_id", Uuid, ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", Uuid, ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
)

programme_item_attendees = Table(
    "programme_item_attendees",
    Base.metadata,
    Column(
        "programme_item_id",
        Uuid,
        ForeignKey("programme_items.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "registration_id",
        Uuid,
        ForeignKey("registrations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)

meeting_participants = Table(
    "meeting_participants",
    Base.metadata,
    Column("meeting_id", Uuid, ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "registration_id",
        Uuid,
        ForeignKey("registrations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)


# --------------------------------------------------------------------------- directory


class Cluster(Record):
    """An organising partner, such as a regional photonics cluster."""

    __tablename__ = "clusters"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    city: Mapped[str] = mapped_column(String(120), default="")
    timezone: Mapped[str] = mapped_column(String(64))  # IANA zone of its home workshops
    website: Mapped[str] = mapped_column(String(300), default="")
    colour: Mapped[str] = mapped_column(String(7), default="#1f5fa8")  # badges and agendas
    logo: Mapped[str] = mapped_column(String(200), default="")  # file name in resources/
    sectors: Mapped[list[str]] = mapped_column(default=list)

    members: Mapped[list[Organisation]] = relationship(back_populates="cluster")


class Organisation(Record):
    """An SME, a large company, a cluster, a research centre, an investor, a public body..."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(300))
    normalised_name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind))
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    size: Mapped[OrganisationSize | None] = mapped_column(enum_column(OrganisationSize))
    sectors: Mapped[list[str]] = mapped_column(default=list)
    technologies: Mapped[list[str]] = mapped_column(default=list)
    application_areas: Mapped[list[str]] = mapped_column(default=list)
    value_chain_position: Mapped[str] = mapped_column(String(120), default="")
    offers: Mapped[str] = mapped_column(Text, default="")
    seeks: Mapped[str] = mapped_column(Text, default="")
    export_readiness: Mapped[ExportReadiness | None] = mapped_column(enum_column(ExportReadiness))
    description: Mapped[str] = mapped_column(Text, default="")
    cluster_id: Mapped[uuid.UUID | None] = _fk("clusters.id", nullable=True, ondelete="SET NULL")

    cluster: Mapped[Cluster | None] = relationship(back_populates="members")
    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Record):
    __tablename__ = "people"

    organisation_id: Mapped[uuid.UUID | None] = _fk(
        "organisations.id", nullable=True, ondelete="SET NULL"
    )
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    # Stored trimmed and lower-case: the same e-mail is the same person.
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    badge_name: Mapped[str] = mapped_column(String(120), default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    # The language of their own documents (agenda, badge, pack): "en", "fr", "sv", "pt" or
    # "fi" (domain.rules.DOCUMENT_LANGUAGES); None: the language the export is made in.
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    dietary_needs: Mapped[str] = mapped_column(String(300), default="")
    accessibility_needs: Mapped[str] = mapped_column(String(300), default="")
    consent_listed: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when the person asked to be erased: the record stays, anonymised, so that counts
    # and KPIs stay right.
    erased_at: Mapped[datetime | None]

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# --------------------------------------------------------------------------- missions


class Mission(Record):
    """A business mission, a workshop, a fair participation or a matchmaking event."""

    __tablename__ = "missions"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_in_order"),)

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[MissionKind] = mapped_column(enum_column(MissionKind))
    host_event: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[MissionStatus] = mapped_column(
        enum_column(MissionStatus), default=MissionStatus.DRAFT
    )
    objectives: Mapped[str] = mapped_column(Text, default="")
    practical_info: Mapped[str] = mapped_column(Text, default="")

    clusters: Mapped[list[Cluster]] = relationship(secondary=mission_clusters)
    venues: Mapped[list[Venue]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    programme: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="mission",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProgrammeItem.starts_at",
    )
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    delegations: Mapped[list[Delegation]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    b2b_sessions: Mapped[list[B2BSession]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    kpi_targets: Mapped[list[KpiTarget]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    # Practical information meant for some of its people; ``practical_info`` is for everyone.
    practical_notes: Mapped[list[PracticalNote]] = relationship(
        back_populates="mission",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PracticalNote.position",
    )


class Venue(Record):
    __tablename__ = "venues"

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    mission: Mapped[Mission] = relationship(back_populates="venues")


class ProgrammeItem(Record):
    """A block of a mission's agenda. Times are UTC; they are shown in the mission's zone."""

    __tablename__ = "programme_items"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="times_in_order"),)

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    kind: Mapped[ProgrammeItemKind] = mapped_column(enum_column(ProgrammeItemKind))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    venue_id: Mapped[uuid.UUID | None] = _fk("venues.id", nullable=True, ondelete="SET NULL")
    room: Mapped[str] = mapped_column(String(120), default="")
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), default=Audience.EVERYONE)
    delegation_id: Mapped[uuid.UUID | None] = _fk(
        "delegations.id", nullable=True, ondelete="SET NULL"
    )
    # The imported calendar event this item came from: its UID, plus the occurrence for a
    # repeating event ("uid#20270126T163000Z"), so that importing the file again updates the
    # item instead of adding another. None for items made in PIMAP. Unique per mission (in code).
    source_uid: Mapped[str | None] = mapped_column(String(500), index=True)
    # Audience.ROLE: the roles (RegistrationRole values) the item is meant for.
    roles: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    # The item is the alternative to another (the free afternoon of those not on the site
    # visit): whoever attends that one does not get this one, whatever the audience says.
    alternative_to_id: Mapped[uuid.UUID | None] = _fk(
        "programme_items.id", nullable=True, ondelete="SET NULL"
    )

    mission: Mapped[Mission] = relationship(back_populates="programme")
    venue: Mapped[Venue | None] = relationship()
    delegation: Mapped[Delegation | None] = relationship()
    attendees: Mapped[list[Registration]] = relationship(secondary=programme_item_attendees)
    alternative_to: Mapped[ProgrammeItem | None] = relationship(remote_side="ProgrammeItem.id")


class PracticalNote(Record):
    """A piece of practical information of a mission (the visa rules, the hotel's group rate,
    the airport shuttle) and who it is meant for: everyone, one delegation, or some roles."""

    __tablename__ = "practical_notes"

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    position: Mapped[int] = mapped_column(Integer, default=0)  # order in a pack
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), default=Audience.EVERYONE)
    delegation_id: Mapped[uuid.UUID | None] = _fk(
        "delegations.id", nullable=True, ondelete="SET NULL"
    )
    roles: Mapped[list[str]] = mapped_column(default=list)  # Audience.ROLE

    mission: Mapped[Mission] = relationship(back_populates="practical_notes")
    delegation: Mapped[Delegation | None] = relationship()


# The events of partners' agendas that imports put on a mission's programme, by the item's
# ``source_uid``, with a fingerprint of what the last import wrote (title, description, place,
# times). It tells a later import apart the item the coordinator changed in PIMAP (kept) from
# the one untouched since (brought up to the file), and an event whose item the coordinator
# deleted (not brought back) from a new one. Written by imports and their undo only.
calendar_imports = Table(
    "calendar_imports",
    Base.metadata,
    Column("mission_id", Uuid, ForeignKey("missions.id", ondelete="CASCADE"), primary_key=True),
    Column("source_uid", String(500), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
)


# --------------------------------------------------------------------------- registrations


class Delegation(Record):
    """The registrations of one cluster or country in a mission."""

    __tablename__ = "delegations"
    __table_args__ = (UniqueConstraint("mission_id", "name"),)

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    name: Mapped[str] = mapped_column(String(200))
    cluster_id: Mapped[uuid.UUID | None] = _fk("clusters.id", nullable=True, ondelete="SET NULL")
    country: Mapped[str] = mapped_column(String(2), default="")

    mission: Mapped[Mission] = relationship(back_populates="delegations")
    cluster: Mapped[Cluster | None] = relationship()
    registrations: Mapped[list[Registration]] = relationship(back_populates="delegation")


class Registration(Record):
    """A person in a mission, with a role, a status, travel and on-site facts."""

    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("mission_id", "person_id"),)

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    person_id: Mapped[uuid.UUID] = _fk("people.id")
    delegation_id: Mapped[uuid.UUID | None] = _fk(
        "delegations.id", nullable=True, ondelete="SET NULL"
    )
    role: Mapped[RegistrationRole] = mapped_column(enum_column(RegistrationRole))
    status: Mapped[RegistrationStatus] = mapped_column(
        enum_column(RegistrationStatus), default=RegistrationStatus.INVITED
    )
    arrival_at: Mapped[datetime | None]
    departure_at: Mapped[datetime | None]
    hotel: Mapped[str] = mapped_column(String(200), default="")
    badges_printed: Mapped[int] = mapped_column(Integer, default=0)
    badge_printed_at: Mapped[datetime | None]
    checked_in_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    mission: Mapped[Mission] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship(back_populates="registrations")
    delegation: Mapped[Delegation | None] = relationship(back_populates="registrations")
    availabilities: Mapped[list[Availability]] = relationship(
        back_populates="registration", cascade="all, delete-orphan", passive_deletes=True
    )


# --------------------------------------------------------------------------- B2B


class B2BSession(Record):
    """A time window cut into meeting slots, with a number of tables or rooms."""

    __tablename__ = "b2b_sessions"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="times_in_order"),
        CheckConstraint("slot_minutes > 0", name="slot_positive"),
        CheckConstraint("break_minutes >= 0", name="break_not_negative"),
    )

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    programme_item_id: Mapped[uuid.UUID | None] = _fk(
        "programme_items.id", nullable=True, ondelete="SET NULL"
    )
    name: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    slot_minutes: Mapped[int] = mapped_column(Integer)
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)

    mission: Mapped[Mission] = relationship(back_populates="b2b_sessions")
    programme_item: Mapped[ProgrammeItem | None] = relationship()
    tables: Mapped[list[B2BTable]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="B2BTable.number",
    )


class B2BTable(Record):
    __tablename__ = "b2b_tables"
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    session_id: Mapped[uuid.UUID] = _fk("b2b_sessions.id")
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120), default="")

    session: Mapped[B2BSession] = relationship(back_populates="tables")


class Availability(Record):
    """A window in which a participant can meet. None at all means: every session."""

    __tablename__ = "availabilities"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="times_in_order"),)

    registration_id: Mapped[uuid.UUID] = _fk("registrations.id")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]

    registration: Mapped[Registration] = relationship(back_populates="availabilities")


class MeetingRequest(Record):
    """Who wants to meet whom; priority 1 is the highest."""

    __tablename__ = "meeting_requests"
    __table_args__ = (
        UniqueConstraint("requester_id", "target_id"),
        CheckConstraint("requester_id <> target_id", name="not_self"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority_range"),
    )

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    requester_id: Mapped[uuid.UUID] = _fk("registrations.id")
    target_id: Mapped[uuid.UUID] = _fk("registrations.id")
    priority: Mapped[int] = mapped_column(Integer, default=2)
    status: Mapped[RequestStatus] = mapped_column(
        enum_column(RequestStatus), default=RequestStatus.PENDING
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    requester: Mapped[Registration] = relationship(foreign_keys=[requester_id])
    target: Mapped[Registration] = relationship(foreign_keys=[target_id])


class Meeting(Record):
    """Two or more participants at a slot and a table. ``locked`` when fixed by hand.

    A meeting that is not cancelled holds its table at its start (``HOLDS_TABLE``): the
    database itself keeps one such meeting per table and start (``TABLE_SLOT_INDEX``, a partial
    unique index), so that two coordinators placing meetings at the same moment cannot both
    take one table (migration 0008)."""

    # The statuses of a meeting that holds its table: every one but cancelled, as the clash
    # checks of the grid, the scheduler and the services count them.
    HOLDS_TABLE: ClassVar[tuple[MeetingStatus, ...]] = (
        MeetingStatus.SCHEDULED,
        MeetingStatus.HELD,
        MeetingStatus.NO_SHOW,
    )
    TABLE_SLOT_INDEX: ClassVar[str] = "uq_meetings_table_slot"
    _HOLDING: ClassVar[str] = "table_id IS NOT NULL AND status IN ({})".format(
        ", ".join(f"'{status.value}'" for status in HOLDS_TABLE)
    )

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="times_in_order"),
        Index(
            TABLE_SLOT_INDEX,
            "table_id",
            "starts_at",
            unique=True,
            sqlite_where=text(_HOLDING),
            postgresql_where=text(_HOLDING),
        ),
    )

    mission_id: Mapped[uuid.UUID] = _fk("missions.id")
    session_id: Mapped[uuid.UUID | None] = _fk(
        "b2b_sessions.id", nullable=True, ondelete="SET NULL"
    )
    table_id: Mapped[uuid.UUID | None] = _fk("b2b_tables.id", nullable=True, ondelete="SET NULL")
    request_id: Mapped[uuid.UUID | None] = _fk(
        "meeting_requests.id", nullable=True, ondelete="SET NULL"
    )
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), default=MeetingStatus.SCHEDULED
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[B2BSession | None] = relationship()
    table: Mapped[B2BTable | None] = relationship()
    request: Mapped[MeetingRequest | None] = relationship()
    participants: Mapped[list[Registration]] = relationship(secondary=meeting_participants)


# --------------------------------------------------------------------------- after the mission


class FollowUp(Record):
    """What came of a meeting or a contact."""

    __tablename__ = "follow_ups"

    mission_id: Mapped[uuid.UUID | None] = _fk("missions.id", nullable=True)
    meeting_id: Mapped[uuid.UUID | None] = _fk("meetings.id", nullable=True, ondelete="SET NULL")
    organisation_id: Mapped[uuid.UUID | None] = _fk(
        "organisations.id", nullable=True, ondelete="SET NULL"
    )
    contact_id: Mapped[uuid.UUID | None] = _fk("people.id", nullable=True, ondelete="SET NULL")
    owner_id: Mapped[uuid.UUID | None] = _fk("people.id", nullable=True, ondelete="SET NULL")
    outcome: Mapped[FollowUpOutcome] = mapped_column(enum_column(FollowUpOutcome))
    notes: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None]

    meeting: Mapped[Meeting | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    contact: Mapped[Person | None] = relationship(foreign_keys=[contact_id])
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])

    @property
    def een_rating(self) -> EenRating:
        from pimap_desktop.domain.rules import een_rating

        return een_rating(self.outcome)


class KpiTarget(Record):
    """A target for a KPI: for a mission, for a cluster, and/or for a year."""

    __tablename__ = "kpi_targets"
    __table_args__ = (
        UniqueConstraint("mission_id", "cluster_id", "year", "metric"),
        CheckConstraint("target >= 0", name="target_not_negative"),
    )

    mission_id: Mapped[uuid.UUID | None] = _fk("missions.id", nullable=True)
    cluster_id: Mapped[uuid.UUID | None] = _fk("clusters.id", nullable=True)
    year: Mapped[int | None] = mapped_column(Integer)
    metric: Mapped[KpiMetric] = mapped_column(enum_column(KpiMetric))
    target: Mapped[int] = mapped_column(Integer)

    mission: Mapped[Mission | None] = relationship(back_populates="kpi_targets")
    cluster: Mapped[Cluster | None] = relationship()


# --------------------------------------------------------------------------- settings


class Emblem(Record):
    """The partnership's or a funder's emblem, printed beside the organising clusters' logos.

    The image (PNG) is kept in the database: it travels with the file, its backups and the
    offline copies taken to a fair, and a moved or deleted picture on disk cannot break a print.
    """

    __tablename__ = "emblems"

    kind: Mapped[EmblemKind] = mapped_column(enum_column(EmblemKind))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(260), default="")  # as chosen, for the user
    image: Mapped[bytes] = mapped_column(LargeBinary)


class Setting(Record):
    """A setting shared by everyone who uses the database (the funding statement)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------- history

AUDITED_TABLES = frozenset({"registrations", "meetings", "meeting_requests", "follow_ups"})


class AuditEntry(Base):
    """One change of an audited record (``AUDITED_TABLES``): who made it, when, and each
    field's old and new value as text (``{"status": ["invited", "confirmed"]}``; an insert's
    old values and a delete's new ones are None). Written by the store, never edited."""

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="action_known"),
        Index("ix_audit_log_record", "table_name", "record_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    changed_by: Mapped[str | None] = mapped_column(String(USER_NAME_LENGTH))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The mission the record belongs to, when it does; not a foreign key: the history stays
    # when the mission or the record is deleted.
    mission_id: Mapped[uuid.UUID | None] = mapped_column(index=True)


# --------------------------------------------------------------------------- offline copies

# A mission taken to a fair (services/offline): the copy file holds one ``offline_copy`` row,
# what it is and where it came from. ``offline_base`` keeps, per copy, the state each record
# was in when the copy was taken (the base of the three-way merge, ``data``: the record's
# fields as JSON text values). In a copy file these are the copy's own rows; in a database a
# copy was brought back into, the rows of that copy hold the state of the records as brought
# back, so that bringing the same copy back again changes nothing.
offline_copy = Table(
    "offline_copy",
    Base.metadata,
    Column("id", Uuid, primary_key=True),
    Column("mission_id", Uuid, nullable=False),
    Column("mission_code", String(20), nullable=False),
    Column("source", String(500), nullable=False),
    Column("app_version", String(40), nullable=False),
    Column("taken_at", UTCDateTime, nullable=False),
    Column("taken_by", String(USER_NAME_LENGTH)),
)

offline_base = Table(
    "offline_base",
    Base.metadata,
    Column("copy_id", Uuid, primary_key=True),
    Column("table_name", String(64), primary_key=True),
    Column("record_key", String(600), primary_key=True),
    Column("data", JSON, nullable=False),
)
