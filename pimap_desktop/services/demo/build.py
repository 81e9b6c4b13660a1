"""What every part of the demo builder shares: the seeded draws, fixed ids, and the records
made so far that later parts refer to."""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from pimap_desktop.domain.models import (
    B2BTable,
    Base,
    Cluster,
    Delegation,
    Mission,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import local_to_utc
from pimap_desktop.services.demo.data import ClusterRecord, DemoData
from pimap_desktop.services.unit import transaction

T = TypeVar("T")
R = TypeVar("R", bound=Base)

# One seed and a fixed order of draws: the same data on every run. Changing the order of the
# draws (or the data files) changes what is drawn after it.
SEED = 20270124
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://pimap.example/demo-data/v1")


def uid(*parts: object) -> uuid.UUID:
    """A record's id, derived from stable keys: the same on every run and every machine."""
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


def hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def sentence(text: str) -> str:
    """First letter upper-case, the rest untouched (``RF front-ends``, ``LiDAR``)."""
    return text[:1].upper() + text[1:]


def plain(text: str) -> str:
    special = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "æ": "ae", "ß": "ss"}
    text = "".join(special.get(c, c) for c in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    lowered = plain(text).lower().replace("'", "").replace("’", "")
    words = "".join(c if c.isalnum() else " " for c in lowered).split()
    return "-".join(words)


def localised(texts: Mapping[str, str], region: str) -> str:
    return texts.get(region, texts["*"])


@dataclass
class Member:
    """An organisation of the directory with its people, as the builder goes on using it."""

    org: Organisation
    people: list[Person]
    cluster_key: str | None  # None: a North American organisation
    region: str


@dataclass
class Reg:
    registration: Registration
    member: Member
    person: Person


class Build:
    """The state of one build: one seeded generator drawn in a fixed order, the session the
    records go into, and the records later parts refer to."""

    def __init__(self, session: Session, data: DemoData) -> None:
        self.session = session
        self.data = data
        self.rng = random.Random(SEED)
        self.cluster_records: dict[str, ClusterRecord] = {c.key: c for c in data.clusters.clusters}
        self.clusters: dict[str, Cluster] = {}
        self.cluster_orgs: dict[str, Member] = {}
        self.members: dict[str, list[Member]] = {}
        self.na: list[Member] = []
        self.used_names: set[str] = set()
        self.used_emails: set[str] = set()
        self.used_slugs: set[str] = set()
        self.missions: dict[str, Mission] = {}
        self.regs: dict[str, list[Reg]] = {}
        self.delegations: dict[tuple[str, str], Delegation] = {}
        self.tables: dict[uuid.UUID, list[B2BTable]] = {}
        # The session holds its records weakly: one a service made and returned only the id
        # of would be forgotten and read back. Keeping them all here keeps them at hand.
        self.written: list[object] = []
        event.listen(session, "pending_to_persistent", lambda _s, row: self.written.append(row))

    def unit(self) -> AbstractContextManager[SessionTransaction]:
        """One step written directly, as one unit like a service's (see ``load_demo``)."""
        return transaction(self.session)

    def add(self, row: R) -> R:
        self.session.add(row)
        return row

    def weighted(self, choices: Sequence[tuple[T, int]]) -> T:
        values = [c for c, _ in choices]
        weights = [w for _, w in choices]
        return self.rng.choices(values, weights)[0]

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    def clock(self, hours: tuple[int, int]) -> str:
        """A time between two hours, on a quarter hour."""
        earliest, latest = hours
        minutes = self.rng.randrange(earliest * 60, latest * 60 + 1, 15)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def at(self, mission: Mission, day: date, clock: str) -> datetime:
        return local_to_utc(day, hm(clock), mission.timezone)
