"""The demo's content, read from the JSON files in ``resources/demo/`` and checked.

Each file is read into the records below by their field names and types: a JSON object holds a
record's fields under the same names (a field with a default may be left out), a list a tuple,
an object whose keys are values (statuses, metrics, years) a mapping. Whatever cannot be used (a
missing or misspelt field, a status that does not exist, a mission naming a venue it does not
have) is refused with a ``DemoDataError`` that names the file and the field, such as
``resources/demo/missions.json: missions[1].programme[0].kind: 'brefing' is not one of: ...``.
``resources/demo/README.md`` says what each file holds.

The records are named tuples: immutable, typed, and cheap to define (as dataclasses they would
add some 35 ms to every load of the demo).
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Annotated, Any, NamedTuple, NoReturn, TypeVar, Union, cast, get_args, get_origin
from typing import get_type_hints as _type_hints

from pimap_desktop.domain.enums import (
    EmblemKind,
    ExportReadiness,
    FollowUpOutcome,
    KpiMetric,
    MeetingStatus,
    MissionStatus,
    OrganisationKind,
    OrganisationSize,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.services.missions.missions import MissionData

T = TypeVar("T")
R = TypeVar("R")
E = TypeVar("E", bound=StrEnum)

FOLDER = "demo"  # inside the pimap_desktop.resources package (resources/ in the source tree)


class DemoDataError(PimapError):
    """A demo data file that cannot be used; the message names the file and the field."""


# --------------------------------------------------------------------------- reading


class _Node:
    """A value of a JSON file with the path that leads to it, for messages."""

    __slots__ = ("file", "path", "value")

    def __init__(self, file: str, path: str, value: object) -> None:
        self.file = file
        self.path = path
        self.value = value

    def fail(self, problem: str) -> NoReturn:
        where = self.path or "the file"
        raise DemoDataError(f"resources/{FOLDER}/{self.file}: {where}: {problem}")

    def at(self, key: str | int) -> _Node:
        if isinstance(key, int):
            return _Node(self.file, f"{self.path}[{key}]", self.list()[key].value)
        fields = self._object()
        if key not in fields:
            self.fail(f"the field '{key}' is missing")
        return _Node(self.file, f"{self.path}.{key}" if self.path else key, fields[key])

    def _object(self) -> dict[str, object]:
        if not isinstance(self.value, dict):
            self.fail(f"expected an object, got {_kind(self.value)}")
        return self.value

    def has(self, key: str) -> bool:
        return key in self._object()

    def keys(self, required: list[str], optional: list[str]) -> None:
        """Refuse a missing required field or a field nobody reads (a misspelt one)."""
        fields = self._object()
        for key in required:
            if key not in fields:
                self.fail(f"the field '{key}' is missing")
        for key in fields:
            if key not in required and key not in optional:
                expected = ", ".join(sorted([*required, *optional]))
                self.fail(f"unknown field '{key}' (expected: {expected})")

    def items(self) -> list[tuple[str, _Node]]:
        return [(key, self.at(key)) for key in self._object()]

    def list(self) -> list[_Node]:
        if not isinstance(self.value, list):
            self.fail(f"expected a list, got {_kind(self.value)}")
        return [_Node(self.file, f"{self.path}[{n}]", v) for n, v in enumerate(self.value)]

    def text(self) -> str:
        """A string; a list of strings is the lines of a longer text."""
        if isinstance(self.value, list) and all(isinstance(v, str) for v in self.value):
            return "\n".join(self.value)
        if not isinstance(self.value, str):
            self.fail(f"expected a text, got {_kind(self.value)}")
        return self.value

    def word(self) -> str:
        """A text that is not empty."""
        value = self.text()
        if not value.strip():
            self.fail("expected a text, got an empty one")
        return value

    def integer(self, low: int = 0, high: int | None = None) -> int:
        value = self.value
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(f"expected a whole number, got {_kind(value)}")
        if value < low or (high is not None and value > high):
            top = f" to {high}" if high is not None else " or more"
            self.fail(f"{value} is out of range (expected {low}{top})")
        return value

    def share(self) -> float:
        value = self.value
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
            self.fail(f"expected a share between 0 and 1, got {value!r}")
        return float(value)

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            self.fail(f"expected true or false, got {_kind(self.value)}")
        return self.value

    def day(self) -> date:
        try:
            return date.fromisoformat(self.word())
        except ValueError:
            self.fail(f"expected a date such as 2027-01-24, got {self.value!r}")

    def clock(self) -> str:
        """A wall-clock time, kept as written: ``08:30``."""
        value = self.word()
        if not _CLOCK.fullmatch(value):
            self.fail(f"expected a time such as 08:30, got {value!r}")
        return value

    def hours(self) -> tuple[str, str]:
        """``08:30-09:30``: a start and an end on the same day."""
        value = self.word()
        parts = value.split("-")
        if len(parts) != 2 or not all(_CLOCK.fullmatch(p) for p in parts) or parts[1] <= parts[0]:
            self.fail(f"expected hours such as 08:30-09:30, got {value!r}")
        return parts[0], parts[1]

    def span(self) -> tuple[int, int]:
        """``[first, last]``: two whole numbers, the first not above the last."""
        nodes = self.list()
        if len(nodes) != 2:
            self.fail(f"expected two numbers [first, last], got {self.value!r}")
        first, last = nodes[0].integer(), nodes[1].integer()
        if first > last:
            self.fail(f"the first number ({first}) is above the last ({last})")
        return first, last

    def enum(self, cls: type[E]) -> E:
        value = self.word()
        try:
            return cls(value)
        except ValueError:
            choices = ", ".join(member.value for member in cls)
            self.fail(f"'{value}' is not one of: {choices}")

    def localised(self) -> dict[str, str]:
        """A text, or texts by region key with "*" for the other regions."""
        if isinstance(self.value, str):
            return {"*": self.word()}
        texts = {key: node.word() for key, node in self.items()}
        if "*" not in texts:
            self.fail("the field '*' is missing (the text for the other regions)")
        return texts


class Range(NamedTuple):
    """The bounds of a whole number, in a field's type: ``Annotated[int, Range(1, 1000)]``."""

    low: int
    high: int | None = None


# Field types with a reading of their own (the reader is the Annotated metadata).
Clock = Annotated[str, _Node.clock]
Hours = Annotated[tuple[str, str], _Node.hours]
Span = Annotated[tuple[int, int], _Node.span]
Localised = Annotated[Mapping[str, str], _Node.localised]  # region key or "*" -> text
Count = Annotated[int, Range(1)]
Moment = tuple[date, Clock]  # ["2027-01-23", "15:40"]: a day and a wall-clock time
Weights = tuple[tuple[T, Annotated[int, Range(1)]], ...]  # [[value, weight], ...]
Targets = Mapping[KpiMetric, Count]
Yearly = Mapping[int, Targets]


def _kind(value: object) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a text",
        bool: "true or false",
        int: "a number",
        float: "a number",
    }.get(type(value), "nothing")


@cache
def _fields(cls: type) -> tuple[dict[str, Any], dict[str, object]]:
    """A record's field types and default values."""
    hints = _type_hints(cls, include_extras=True)
    if dataclasses.is_dataclass(cls):
        defaults = {
            f.name: f.default
            for f in dataclasses.fields(cls)
            if f.default is not dataclasses.MISSING
        }
        return {f.name: hints[f.name] for f in dataclasses.fields(cls)}, defaults
    named = cast(Any, cls)
    return {name: hints[name] for name in named._fields}, dict(named._field_defaults)


def read_record(node: _Node, cls: type[R], **given: object) -> R:
    """The record ``cls`` from a JSON object holding its fields (``given`` ones excepted)."""
    hints, defaults = _fields(cast(type, cls))
    values: dict[str, object] = dict(given)
    names = [name for name, hint in hints.items() if name not in given and hint is not _Node]
    node.keys([n for n in names if n not in defaults], [n for n in names if n in defaults])
    for name, hint in hints.items():
        if hint is _Node:
            values[name] = node
        elif name in names and node.has(name):
            child = node.at(name)
            values[name] = (
                child.word() if hint is str and name not in defaults else read(child, hint)
            )
    return cast(Callable[..., R], cls)(**values)


def read(node: _Node, hint: Any) -> Any:
    """The value of ``node`` as the type ``hint`` says."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is Annotated:
        base, *meta = args
        for each in meta:
            if isinstance(each, Range):
                return node.integer(each.low, each.high)
            if callable(each):
                return each(node)
        return read(node, base)
    if hint is str:
        return node.text()
    if hint is int:
        return node.integer()
    if hint is float:
        return node.share()
    if hint is bool:
        return node.boolean()
    if hint is date:
        return node.day()
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return node.enum(hint)
    if isinstance(hint, type) and (dataclasses.is_dataclass(hint) or hasattr(hint, "_fields")):
        return read_record(node, hint)
    if origin in (Union, types.UnionType):
        choices = [a for a in args if a is not type(None)]
        if node.value is None and len(choices) < len(args):
            return None
        return _either(node, choices)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple(read(child, args[0]) for child in node.list())
    if origin is tuple:
        children = node.list()
        if len(children) != len(args):
            node.fail(f"expected {len(args)} values, got {node.value!r}")
        return tuple(read(child, a) for child, a in zip(children, args, strict=True))
    if origin in (Mapping, dict):
        key_hint, value_hint = args
        return {_key(child, key, key_hint): read(child, value_hint) for key, child in node.items()}
    raise TypeError(f"no reading for {hint!r}")


def _key(node: _Node, key: str, hint: Any) -> Any:
    """A mapping's key: a text, a year, or a value of an enumeration (a status, a metric)."""
    if hint is int:
        if not key.isdigit():
            node.fail(f"'{key}' is not a year")
        return int(key)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return _Node(node.file, node.path, key).enum(hint)
    return key


def _either(node: _Node, choices: list[Any]) -> Any:
    """A union's value: the first choice whose JSON form (text, list, object) matches."""
    forms = {str: str, tuple: list, dict: dict}
    for choice in choices:
        base = get_args(choice)[0] if get_origin(choice) is Annotated else choice
        form = forms.get(get_origin(base) or base)
        if form is None and isinstance(base, type) and issubclass(base, StrEnum):
            form = str
        if form is None or isinstance(node.value, form):
            return read(node, choice)
    node.fail(f"unexpected {_kind(node.value)}")


def read_file(name: str) -> _Node:
    """The top of a demo data file, refused when it is missing or not JSON."""
    path = resources.files("pimap_desktop.resources") / FOLDER / name
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        raise DemoDataError(
            f"resources/{FOLDER}/{name} is missing from the installation."
        ) from None
    return parse_text(name, text)


def parse_text(name: str, text: str) -> _Node:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DemoDataError(
            f"resources/{FOLDER}/{name}: line {exc.lineno}, column {exc.colno}: not valid JSON "
            f"({exc.msg})."
        ) from None
    return _Node(name, "", value)


_CLOCK = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


# --------------------------------------------------------------------------- regions, people


class OtherNames(NamedTuple):
    """A share of a region's people whose names come from another pool (Sweden Finns'
    names in Bergslagen), and who then speak its language too."""

    names: str
    share: float
    language: str


class Region(NamedTuple):
    """Names, languages, legal forms and phone numbers of a country or language area."""

    country: str
    names: str  # the pool of names.json
    languages: tuple[str, ...]
    extra_languages: tuple[str, ...]  # one of them, for some people
    legal_forms: tuple[str, ...]
    words: str  # language of the sector word in company names
    company_name: str  # "{base} {legal}"
    phone: str  # "+32 56 00 ## ##": each run of # is drawn; {prefix} and {area} are filled
    phone_prefixes: tuple[str, ...] = ()
    other_names: OtherNames | None = None
    second_last_name: float = 0.0  # share of people with two last names


class Regions(NamedTuple):
    regions: Mapping[str, Region]
    area_codes: Mapping[str, str]
    default_area_code: str


class Names(NamedTuple):
    first: tuple[str, ...]
    last: tuple[str, ...]


class Consent(NamedTuple):
    listed_share: float
    contact_share: float
    first_day: date
    within_days: int


class Staff(NamedTuple):
    """How many people an organisation has in the demo, and their job titles."""

    people: Weights[int]
    job_titles: tuple[str, ...]


class NaStaff(NamedTuple):
    people: Weights[int]
    job_titles: Mapping[OrganisationKind, tuple[str, ...]]


class PeopleRules(NamedTuple):
    extra_language_share: float
    consent: Consent
    diets: Weights[str]
    accessibility_share: float
    accessibility: tuple[str, ...]
    members: Staff
    north_america: NaStaff


# --------------------------------------------------------------------------- clusters, organisations


class ClusterRecord(NamedTuple):
    key: str
    name: str
    short_name: str
    country: str
    city: str
    timezone: str
    colour: str
    domain: str
    sectors: tuple[str, ...]
    description: str
    coordinators: tuple[str, ...]  # their job titles
    coordinators_region: str
    members: int  # member SMEs
    member_sectors: Weights[str]
    member_cities: tuple[tuple[str, str], ...]  # city, region key; members go round them
    member_stems: tuple[str, ...]  # invented first words of the members' names
    targets: Yearly = {}  # its own yearly targets


class Clusters(NamedTuple):
    clusters: tuple[ClusterRecord, ...]
    targets_of_every_cluster: Yearly


class ClusterOrganisation(NamedTuple):
    """The organisation record of each cluster."""

    size: OrganisationSize
    value_chain_position: str
    offers: str
    seeks: str


class MemberRules(NamedTuple):
    """How a cluster's member SMEs are drawn."""

    second_sector_share: float
    sizes: Weights[OrganisationSize]
    headcounts: Mapping[OrganisationSize, Span]
    founded: Span
    export_readiness: Weights[ExportReadiness]
    base: str
    offers: str
    seeks: tuple[str, ...]  # {tech}: first technology, {area}: last application area
    description: str


class KindRules(NamedTuple):
    """How a North American organisation of one kind is named and described."""

    base: Localised  # for its name and website
    offers: str
    seeks: str
    name: Localised = {"*": "{base}"}
    fields: Mapping[str, Localised] = {}  # {field} of the name, by sector or "*"
    size: OrganisationSize | Weights[OrganisationSize] | None = None
    value_chain_position: str | None = None  # None: drawn from the value chain
    export_readiness: tuple[ExportReadiness, ...] = ()  # one drawn; none: not given


class NaGroup(NamedTuple):
    city: str
    region: str
    kinds: tuple[OrganisationKind, ...]


class NaOrganisation(NamedTuple):
    city: str
    region: str
    kind: OrganisationKind


class NorthAmerica(NamedTuple):
    organisations: tuple[NaGroup, ...]
    stems: tuple[str, ...]
    sectors: Weights[str]
    second_sector_share: float
    seeks: tuple[str, ...]  # {tech}: last technology, {area}: last application area
    description: str
    kinds: Mapping[OrganisationKind, KindRules]

    def places(self) -> list[NaOrganisation]:
        """Each organisation, in order: the n-th takes the n-th stem."""
        return [
            NaOrganisation(g.city, g.region, kind) for g in self.organisations for kind in g.kinds
        ]


class OrganisationRules(NamedTuple):
    sector_words: Mapping[str, Mapping[str, tuple[str, ...]]]  # sector -> language -> words
    technologies: Mapping[str, tuple[str, ...]]
    application_areas: tuple[str, ...]
    value_chain: tuple[str, ...]
    capabilities: tuple[str, ...]
    cluster_organisation: ClusterOrganisation
    members: MemberRules
    north_america: NorthAmerica


# --------------------------------------------------------------------------- missions


class Pick(NamedTuple):
    """A North American organisation chosen by what it is: the first that matches."""

    city: str | None = None
    country: str | None = None
    kind: OrganisationKind | None = None


class VenueRecord(NamedTuple):
    """A venue by its name, or the site of an organisation the mission picks."""

    key: str
    name: str = ""
    organisation: str | None = None
    address: str = ""
    notes: str = ""


class DelegationRecord(NamedTuple):
    """A cluster's delegation (named after it), or one of a country's participants."""

    cluster: str | None = None
    name: str = ""
    country: str = ""

    @property
    def key(self) -> str:
        return self.cluster or self.country


class NoteRecord(NamedTuple):
    title: str
    text: str


class NoteGroup(NamedTuple):
    """Practical notes for some roles, one delegation, or (neither) everyone."""

    notes: tuple[NoteRecord, ...]
    roles: tuple[str, ...] = ()  # roles or role groups
    delegation: str | None = None


class Stay(NamedTuple):
    arrival: Moment | None = None
    departure: Moment | None = None
    hotel: str = ""


class DelegatesRecord(NamedTuple):
    cluster: str
    organisations: Count  # one or two people each
    sectors: tuple[str, ...] = ()  # preferred; others fill up
    arrival: date | None = None  # the time is drawn
    departure: date | None = None


class Continuing(NamedTuple):
    """Delegates of an earlier mission who travel on to this one."""

    source: str  # the earlier mission's code
    clusters: tuple[str, ...]
    each: Count  # at most, per cluster
    leave: Moment  # their new departure from the earlier mission
    note: str  # on their registration in the earlier mission
    arrival: Moment
    departure_between: Span  # hours on the mission's last day
    hotel: str


class AtLeast(NamedTuple):
    """At least so many delegates with ``status`` (the last confirmed ones turn)."""

    status: RegistrationStatus
    delegates: Count
    note: str


class SpeakerRecord(NamedTuple):
    cluster: str  # the first of its delegates speaks
    notes: str


class LocalsRecord(NamedTuple):
    """Local organisations taking part: two people each, hosts, speakers and visitors
    confirmed, the rest drawn by ``statuses`` (none: by the mission's status)."""

    country: str | None = None
    cities: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    visitors: tuple[str, ...] = ()
    statuses: Weights[RegistrationStatus] = ()


class B2BRecord(NamedTuple):
    tables: Annotated[int, Range(1, 1000)]
    table_label: str
    slot_minutes: Annotated[int, Range(5, 240)]
    break_minutes: Annotated[int, Range(0, 120)]


class Attendees(NamedTuple):
    confirmed_delegates: Count  # named attendees: the first confirmed delegates, so many


class ItemRecord(NamedTuple):
    """A programme item; ``title`` and ``room`` may hold {placeholders} (an organisation
    picked by the mission, a workshop's session or room)."""

    where: _Node  # for messages
    day: Annotated[int, Range(0, 60)]  # 0: the first day of the mission (or template)
    hours: Hours
    kind: ProgrammeItemKind
    title: str
    key: str | None = None
    venue: str | None = None
    room: str = ""
    description: str = ""
    roles: tuple[str, ...] = ()  # roles or role groups
    delegation: str | None = None
    attendees: Attendees | None = None
    alternative_to: str | None = None  # the key of an item before it
    b2b: B2BRecord | None = None


class TemplateUse(NamedTuple):
    """A programme of programmes.json, its day 0 on the mission's day ``first_day``."""

    template: str
    first_day: Annotated[int, Range(0, 60)]


def _programme(node: _Node) -> tuple[ItemRecord | TemplateUse, ...]:
    return tuple(
        read_record(child, TemplateUse)
        if isinstance(child.value, dict) and "template" in child.value
        else read_record(child, ItemRecord)
        for child in node.list()
    )


Programme = Annotated[tuple[ItemRecord | TemplateUse, ...], _programme]


class AvailabilityRecord(NamedTuple):
    people: Count
    parts_of_each_session: Count  # each participant is free in one part of each session


class CheckIn(NamedTuple):
    day: date
    between: Span  # hours
    share: float = 1.0


class OnSite(NamedTuple):
    badges_printed: Clock  # the day before the mission, at
    delegations_check_in: CheckIn
    locals_check_in: CheckIn
    reprints: int
    reprint_notes: tuple[str, ...]
    reprinted_within_minutes: Span


class ContactRecord(NamedTuple):
    """A contact made without a meeting, followed up."""

    organisation: str  # a pick of the mission
    owner: str  # a cluster: its first coordinator
    outcome: FollowUpOutcome
    notes: str  # {owner}, {organisation}: their names
    next_action: str
    due: date
    done_at: Moment | None = None  # in the owner's cluster's zone


class MeetingNotes(NamedTuple):
    no_show: str
    cancelled: str
    withdrawn: str  # one side cancelled its registration
    absent: str  # one side did not come


class MissedMeeting(NamedTuple):
    outcome: FollowUpOutcome
    notes: str


class History(NamedTuple):
    """What came of a mission that took place."""

    requests: int
    request_statuses: Weights[RequestStatus]
    asked_by_delegates: float
    mutual: float
    keenness: Mapping[RegistrationStatus, Count]
    other_keenness: Count
    meeting_statuses: Weights[MeetingStatus]
    meeting_notes: MeetingNotes
    logged: float
    at_least: Mapping[FollowUpOutcome, Count]
    missed_meeting: MissedMeeting
    contacts: tuple[ContactRecord, ...]


def _mission_data(node: _Node) -> MissionData:
    return read_record(node, MissionData, cluster_ids=())


class MissionRecord(NamedTuple):
    """A mission abroad: every one of missions.json has this shape."""

    # What the missions service makes it from (its clusters, by key, are beside it).
    mission: Annotated[MissionData, _mission_data]
    clusters: tuple[str, ...]
    delegations: tuple[DelegationRecord, ...]
    programme: Programme
    organisations: Mapping[str, Pick] = {}
    venue_set: str = ""  # one of venue_sets, or
    venues: tuple[VenueRecord, ...] = ()
    notes: tuple[NoteGroup, ...] = ()
    coordinators: Stay = Stay()
    hotels: Weights[str] = ()
    delegates: tuple[DelegatesRecord, ...] = ()
    continuing: Continuing | None = None
    at_least: tuple[AtLeast, ...] = ()
    speaker: SpeakerRecord | None = None
    locals: LocalsRecord | None = None
    on_site: OnSite | None = None
    availability: AvailabilityRecord | None = None
    requests: int = 0
    history: History | None = None
    targets: Targets = {}

    @property
    def code(self) -> str:
        return self.mission.code


class RegistrationRules(NamedTuple):
    statuses: Mapping[MissionStatus, Weights[RegistrationStatus]]
    local_statuses: Mapping[MissionStatus, Weights[RegistrationStatus]]
    other_local_statuses: Weights[RegistrationStatus]
    two_from_one_organisation: float
    arrival_between: Span
    departure_between: Span


class RequestRules(NamedTuple):
    asked_by_delegates: float
    pending_in_a_draft: float
    statuses: Weights[RequestStatus]
    priorities: Weights[Annotated[int, Range(1, 3)]]
    with_notes: float
    notes: str  # {technology}, {area}


class Missions(NamedTuple):
    role_groups: Mapping[str, tuple[RegistrationRole, ...]]
    venue_sets: Mapping[str, tuple[VenueRecord, ...]]
    registrations: RegistrationRules
    requests: RequestRules
    missions: tuple[MissionRecord, ...]


# --------------------------------------------------------------------------- workshops


class FollowUpLog(NamedTuple):
    outcome: FollowUpOutcome
    done: bool
    next_action: str = ""


class WorkshopFollowUps(NamedTuple):
    """Follow-ups of contacts made at a workshop, one per delegate who came, in order."""

    notes: str
    first_due_after_days: int
    then_every_days: int
    done_days_before_due: int
    done_at: Clock
    log: tuple[FollowUpLog, ...]


class WorkshopRecord(NamedTuple):
    code: str
    cluster: str  # organises it, at home
    guest: str  # the partner cluster one speaker comes from
    name: str
    day: date
    status: MissionStatus
    venue: str
    address: str
    rooms: tuple[str, ...]  # {room1}, {room2}... of the programme
    hotel: str  # the guest speaker's
    sessions: tuple[str, ...]  # {session1}, {session2}... of the programme
    participants: Count  # member organisations
    objectives: str
    practical_info: str
    follow_ups: WorkshopFollowUps | None = None


class GuestTravel(NamedTuple):
    arrival_between: Span  # hours, the day before
    departure: Clock


class WorkshopOnSite(NamedTuple):
    badges_printed: Clock  # the day before
    check_in_between: Span


class Workshops(NamedTuple):
    programme: str
    targets: Targets
    speaker: GuestTravel
    on_site: WorkshopOnSite
    workshops: tuple[WorkshopRecord, ...]


# --------------------------------------------------------------------------- follow-ups, branding


class DoneShares(NamedTuple):
    due_before_today: float
    due_later: float


class FollowUpRules(NamedTuple):
    """How the follow-ups of a past mission's meetings are drawn."""

    today: date  # what is due before it and not done is overdue
    outcomes: Weights[FollowUpOutcome]
    notes: Mapping[FollowUpOutcome, tuple[str, ...]]  # {tech} {area} {ours} {theirs}
    next_actions: Mapping[FollowUpOutcome, tuple[str, ...]]
    logged_after_days: Span
    due_after_days: Span
    done: DoneShares
    done_days_before: Span
    hours: Span


class EmblemRecord(NamedTuple):
    kind: EmblemKind
    name: str
    file: str  # inside resources/demo/, a PNG as png_bytes makes it


class Branding(NamedTuple):
    emblems: tuple[EmblemRecord, ...]
    funding_statement: str


# --------------------------------------------------------------------------- all of it


class DemoData(NamedTuple):
    regions: Regions
    names: Mapping[str, Names]
    people: PeopleRules
    clusters: Clusters
    organisations: OrganisationRules
    missions: Missions
    programmes: Mapping[str, tuple[ItemRecord, ...]]
    workshops: Workshops
    follow_ups: FollowUpRules
    branding: Branding

    def roles(self, names: tuple[str, ...]) -> tuple[RegistrationRole, ...]:
        """Roles by their values, role groups (``travellers``) expanded."""
        found: list[RegistrationRole] = []
        for name in names:
            found += self.missions.role_groups.get(name) or (RegistrationRole(name),)
        return tuple(found)

    def venues(self, record: MissionRecord) -> tuple[VenueRecord, ...]:
        return self.missions.venue_sets[record.venue_set] if record.venue_set else record.venues


# Each file and the field of DemoData it fills.
FILES = {
    "regions.json": "regions",
    "names.json": "names",
    "people.json": "people",
    "clusters.json": "clusters",
    "organisations.json": "organisations",
    "missions.json": "missions",
    "programmes.json": "programmes",
    "workshops.json": "workshops",
    "follow_ups.json": "follow_ups",
    "branding.json": "branding",
}


@cache
def demo_data() -> DemoData:
    """The demo's content, read once and checked."""
    return read_data(read_file)


def read_data(read_from: Callable[[str], _Node]) -> DemoData:
    """Read and check the files through ``read_from`` (a file name -> its top node)."""
    hints, _ = _fields(DemoData)
    tops = {name: read_from(name) for name in FILES}
    data = DemoData(**{field: read(tops[name], hints[field]) for name, field in FILES.items()})
    _Checks(data, tops).run()
    return data


# --------------------------------------------------------------------------- checks


class _Checks:
    """What one record names exists elsewhere: regions, name pools, clusters, venues..."""

    def __init__(self, data: DemoData, tops: Mapping[str, _Node]) -> None:
        self.data = data
        self.tops = tops
        self.clusters = {c.key for c in data.clusters.clusters}

    def node(self, file: str, *path: str | int) -> _Node:
        node = self.tops[file]
        for step in path:
            node = node.at(step)
        return node

    def run(self) -> None:
        data = self.data
        for key, region in data.regions.regions.items():
            for pool in (region.names, region.other_names.names if region.other_names else None):
                if pool is not None and pool not in data.names:
                    self.node("regions.json", "regions", key).fail(f"no name pool '{pool}'")
            if "{prefix}" in region.phone and not region.phone_prefixes:
                self.node("regions.json", "regions", key).fail(
                    "the phone format has {prefix} but there are no phone_prefixes"
                )
        for n, cluster in enumerate(data.clusters.clusters):
            where = self.node("clusters.json", "clusters", n)
            if cluster.members > len(cluster.member_stems):
                where.at("member_stems").fail(f"give one per member ({cluster.members})")
            for key in (cluster.coordinators_region, *(r for _, r in cluster.member_cities)):
                self.region(where, key)
            for sector, _ in cluster.member_sectors:
                self.sector(where.at("member_sectors"), sector, cluster.member_cities)
        self.north_america()
        codes: set[str] = set()
        for n, mission in enumerate(data.missions.missions):
            self.mission(self.node("missions.json", "missions", n), mission, codes)
            codes.add(mission.code)
        for items in data.programmes.values():
            for item in items:
                self.roles(item.where, item.roles)
                if item.b2b is not None and item.kind is not ProgrammeItemKind.B2B_SESSION:
                    item.where.at("b2b").fail("only a b2b_session item has B2B tables")
        self.workshops(codes)
        rules = data.follow_ups
        for outcome in FollowUpOutcome:
            if not rules.notes.get(outcome):
                self.node("follow_ups.json", "notes").fail(f"no text for '{outcome.value}'")
            if outcome not in rules.next_actions:
                self.node("follow_ups.json", "next_actions").fail(f"none for '{outcome.value}'")

    def region(self, where: _Node, region: str) -> None:
        if region not in self.data.regions.regions:
            where.fail(f"no region '{region}' in regions.json")

    def sector(self, where: _Node, sector: str, places: tuple[tuple[str, str], ...]) -> None:
        rules = self.data.organisations
        if sector not in rules.technologies:
            where.fail(f"no technologies for the sector '{sector}' in organisations.json")
        for _, region in places:
            language = self.data.regions.regions[region].words
            if not rules.sector_words.get(sector, {}).get(language):
                where.fail(f"no '{language}' sector words for '{sector}' in organisations.json")

    def roles(self, where: _Node, names: tuple[str, ...]) -> None:
        known = {*self.data.missions.role_groups, *(r.value for r in RegistrationRole)}
        for name in names:
            if name not in known:
                where.at("roles").fail(f"'{name}' is neither a role nor a group of role_groups")

    def north_america(self) -> None:
        rules = self.data.organisations.north_america
        where = self.node("organisations.json", "north_america")
        places = rules.places()
        if len(rules.stems) < len(places):
            where.at("stems").fail(f"give one per organisation ({len(places)})")
        for n, place in enumerate(places):
            self.region(where.at("organisations"), place.region)
            if place.kind not in rules.kinds:
                where.at("kinds").fail(f"nothing says how to name a '{place.kind.value}' ({n})")
            if place.kind not in self.data.people.north_america.job_titles:
                self.node("people.json", "north_america", "job_titles").fail(
                    f"no job titles for a '{place.kind.value}'"
                )
        for sector, _ in rules.sectors:
            self.sector(where.at("sectors"), sector, tuple((p.city, p.region) for p in places))

    def mission(self, where: _Node, mission: MissionRecord, earlier: set[str]) -> None:
        picks, data = mission.organisations, self.data
        if mission.code in earlier:
            where.at("mission").fail(f"the code {mission.code} is used twice")
        if mission.mission.end_date < mission.mission.start_date:
            where.at("mission").at("end_date").fail("the mission ends before it starts")
        for key in (*mission.clusters, *(d.cluster for d in mission.delegations if d.cluster)):
            if key not in self.clusters:
                where.fail(f"no cluster '{key}' in clusters.json")
        if mission.venue_set and mission.venue_set not in data.missions.venue_sets:
            where.at("venue_set").fail(f"no venue set '{mission.venue_set}'")
        for venue in data.venues(mission):
            if (venue.name == "") == (venue.organisation is None):
                where.fail(f"the venue '{venue.key}' needs a name or an organisation, not both")
            if venue.organisation is not None and venue.organisation not in picks:
                where.fail(
                    f"the venue '{venue.key}' is the site of '{venue.organisation}', "
                    "which the mission's organisations do not pick"
                )
        for delegation in mission.delegations:
            if (delegation.cluster is None) == (delegation.name == ""):
                where.at("delegations").fail("give a cluster, or a name and a country")
        delegations = {d.key for d in mission.delegations}
        for group in mission.notes:
            if group.delegation is not None and group.delegation not in delegations:
                where.at("notes").fail(f"no delegation '{group.delegation}' in this mission")
        for each in mission.delegates:
            if each.cluster not in mission.clusters:
                where.at("delegates").fail(f"'{each.cluster}' does not organise {mission.code}")
        if mission.speaker and mission.speaker.cluster not in {
            d.cluster for d in mission.delegates
        }:
            where.at("speaker").fail(f"no delegates of '{mission.speaker.cluster}' to speak")
        if mission.continuing and mission.continuing.source not in earlier:
            where.at("continuing").at("source").fail(
                f"'{mission.continuing.source}' is not a mission listed before {mission.code}"
            )
        local = mission.locals or LocalsRecord()
        for key in (*local.hosts, *local.speakers, *local.visitors):
            if key not in picks:
                where.at("locals").fail(f"'{key}' is not one of the mission's organisations")
        for contact in mission.history.contacts if mission.history else ():
            if contact.organisation not in picks or contact.owner not in mission.clusters:
                where.at("history").at("contacts").fail(
                    f"'{contact.organisation}' is not one of the mission's organisations, or "
                    f"'{contact.owner}' does not organise it"
                )
        self.programme(where, mission, delegations)

    def programme(self, where: _Node, mission: MissionRecord, delegations: set[str]) -> None:
        venues = {v.key for v in self.data.venues(mission)}
        keys: set[str] = set()
        for entry in mission.programme:
            if isinstance(entry, TemplateUse):
                if entry.template not in self.data.programmes:
                    where.at("programme").fail(f"no programme '{entry.template}'")
                items = self.data.programmes[entry.template]
            else:
                items = (entry,)
            for item in items:
                self.roles(item.where, item.roles)
                if item.venue is not None and item.venue not in venues:
                    item.where.at("venue").fail(f"{mission.code} has no venue '{item.venue}'")
                if item.delegation is not None and item.delegation not in delegations:
                    item.where.at("delegation").fail(
                        f"{mission.code} has no delegation '{item.delegation}'"
                    )
                if item.alternative_to is not None and item.alternative_to not in keys:
                    item.where.at("alternative_to").fail(
                        f"no item with the key '{item.alternative_to}' before this one"
                    )
                placeholders(item, set(mission.organisations), f"one of {mission.code}'s picks")
                if item.key is not None:
                    keys.add(item.key)

    def workshops(self, codes: set[str]) -> None:
        rules = self.data.workshops
        if rules.programme not in self.data.programmes:
            self.node("workshops.json", "programme").fail(f"no programme '{rules.programme}'")
        for n, workshop in enumerate(rules.workshops):
            where = self.node("workshops.json", "workshops", n)
            for field in ("cluster", "guest"):
                if getattr(workshop, field) not in self.clusters:
                    where.at(field).fail(
                        f"no cluster '{getattr(workshop, field)}' in clusters.json"
                    )
            if workshop.code in codes:
                where.at("code").fail(f"the code {workshop.code} is used twice")
            codes.add(workshop.code)
            names = set(workshop_placeholders(workshop))
            for item in self.data.programmes[rules.programme]:
                placeholders(item, names, f"a room or session of {workshop.code}")


def workshop_placeholders(workshop: WorkshopRecord) -> dict[str, str]:
    """{room1}, {room2}..., {session1}... of the workshop's programme."""
    names = {f"room{n}": room for n, room in enumerate(workshop.rooms, 1)}
    names.update({f"session{n}": title for n, title in enumerate(workshop.sessions, 1)})
    return names


def placeholders(item: ItemRecord, known: set[str], what: str) -> None:
    for field in ("title", "room"):
        for name in _PLACEHOLDER.findall(getattr(item, field)):
            if name not in known:
                item.where.at(field).fail(f"{{{name}}} is not {what}")
