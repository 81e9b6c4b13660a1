"""Demo data: a fictional but realistic partnership of four European clusters, their member
SMEs, North American counterparts, and eight missions with programmes and registrations.

One of them lies in the past: Photonics West 2026 (PW2026), closed, with its check-ins, badge
reprints, meetings held, missed and cancelled, follow-ups of every outcome up to agreements and a
memorandum of understanding, and KPI targets, so that the dashboard shows real figures. Its
follow-ups are done, open or overdue as seen from the demo's today (25 November 2026).

The content is data, in ``resources/demo/`` (its README says which file holds what): the
clusters, the pools of names and words organisations and people are drawn from, the missions
abroad (Photonics West 2026 and 2027 are two records of one shape, sharing the week of
``programmes.json``), the workshops, the follow-up texts, the branding. ``data`` reads and checks
it; ``directory``, ``missions`` and ``history`` build the records from it.

Everything here is invented. People are common first and last names of their country combined
pseudo-randomly; organisation names combine invented stems with a sector word and a legal form;
e-mail addresses use the reserved ``.example`` top-level domain and phone numbers come from
ranges set aside for fiction (``555-01xx`` in North America, ARCEP's ``05 36 49`` in France) or
from unallocated blocks.

The data is the same on every run: one seeded ``random.Random`` drawn in a fixed order, and
UUIDs derived with ``uuid5`` from stable keys. Loading is one transaction: it refuses a database
that already holds data unless told to replace it, and writes nothing if anything fails.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.appversion import record_version
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Base
from pimap_desktop.services.demo.build import Build
from pimap_desktop.services.demo.build import sentence as _sentence  # noqa: F401 (benchmarks)
from pimap_desktop.services.demo.data import DemoDataError, demo_data
from pimap_desktop.services.demo.directory import build_directory
from pimap_desktop.services.demo.history import (
    build_branding,
    build_history,
    build_workshop_follow_ups,
    cluster_targets,
)
from pimap_desktop.services.demo.missions import build_mission, build_workshop
from pimap_desktop.services.unit import transaction

__all__ = ["DemoDataError", "DemoReport", "is_empty", "load_demo"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoReport:
    """How many records the demo data holds, and how many rows it replaced."""

    clusters: int
    organisations: int
    people: int
    missions: int
    venues: int
    programme_items: int
    b2b_sessions: int
    b2b_tables: int
    delegations: int
    registrations: int
    availabilities: int
    meeting_requests: int
    meetings: int
    follow_ups: int
    kpi_targets: int
    practical_notes: int = 0
    emblems: int = 0
    deleted_rows: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def describe(self) -> str:
        text = (
            f"Demo data loaded: {self.clusters} clusters, {self.organisations} organisations, "
            f"{self.people} people, {self.missions} missions, {self.programme_items} programme "
            f"items, {self.registrations} registrations, {self.meeting_requests} meeting requests, "
            f"{self.meetings} meetings, {self.follow_ups} follow-ups."
        )
        if self.deleted_rows:
            text += f" {self.deleted_rows} existing rows were replaced."
        return text


# What the report counts: each field is the name of a table.
_COUNTED = [f.name for f in fields(DemoReport) if f.name != "deleted_rows"]


def is_empty(session: Session) -> bool:
    """True when the database holds no mission, organisation, person or cluster."""
    return not any(_existing(session).values())


def load_demo(session: Session, *, force: bool = False) -> DemoReport:
    """Load the demo data in one transaction.

    A database that already holds data is refused with a ValidationError, unless ``force``:
    then every row of every table is deleted first, in the same transaction, so that a failure
    leaves the previous data as it was. Data files that cannot be used are refused with a
    DemoDataError before anything is deleted.
    """
    demo_data()  # read and checked before anything changes
    with transaction(session):
        existing = _existing(session)
        deleted = 0
        if any(existing.values()):
            if not force:
                held = ", ".join(_plural(n, word) for word, n in existing.items() if n)
                raise ValidationError(
                    f"The database already holds data ({held}); "
                    "use --force to replace it with the demo data."
                )
            deleted = _delete_everything(session)
        # Missions, programmes and practical notes are made through the missions service, each
        # call its own unit of work, and the rest in units like theirs. They run in a second
        # session joined to this transaction ("rollback_only": their commits only flush),
        # inside a savepoint that a failure rolls back before this transaction is rolled back
        # whole: the load stays one transaction.
        connection = session.connection()
        savepoint = connection.begin_nested()
        builder = Session(
            bind=connection, join_transaction_mode="rollback_only", expire_on_commit=False
        )
        try:
            _build_demo(builder)
            # Every record written is at hand (see Build): counted here, not read back.
            written = Counter(
                getattr(row, "__tablename__", "") for row in builder.identity_map.values()
            )
        except BaseException:
            if savepoint.is_active:
                savepoint.rollback()
            raise
        finally:
            builder.close()
        savepoint.commit()
        # This session's own write stamp does not see what the second one wrote.
        record_version(session)
    report = DemoReport(**{table: written[table] for table in _COUNTED}, deleted_rows=deleted)
    log.info(
        "demo data loaded: %d missions, %d organisations, %d people (%d rows replaced)",
        report.missions,
        report.organisations,
        report.people,
        deleted,
    )
    return report


def _build_demo(session: Session) -> None:
    """Every record of the demo data, in a fixed order, through ``session``."""
    build = Build(session, demo_data())
    build_directory(build)
    missions = build.data.missions.missions
    past = [record for record in missions if record.history is not None]
    for record in missions:
        if record.history is None:
            build_mission(build, record)
    for workshop in build.data.workshops.workshops:
        build_workshop(build, workshop)
        build_workshop_follow_ups(build, workshop)
    cluster_targets(build, own=False)
    # Missions with a history come after everything else, so that their many draws leave
    # those of the other missions as they are.
    for record in past:
        sessions = build_mission(build, record)
        build_history(build, record, sessions)
    cluster_targets(build, own=True)
    build_branding(build)


# What a database that is not empty holds: a word for the message, its table.
_HELD = {
    "mission": "missions",
    "organisation": "organisations",
    "person": "people",
    "cluster": "clusters",
}


def _existing(session: Session) -> dict[str, int]:
    return {word: _rows(session, table) for word, table in _HELD.items()}


def _rows(session: Session, table: str) -> int:
    counted = select(func.count()).select_from(Base.metadata.tables[table])
    return int(session.scalar(counted) or 0)


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    return f"{n} {'people' if word == 'person' else word + 's'}"


def _delete_everything(session: Session) -> int:
    """Delete every row of every table, children first; returns how many rows went."""
    connection = session.connection()
    deleted = 0
    for table in reversed(Base.metadata.sorted_tables):
        result = connection.execute(table.delete())
        deleted += max(result.rowcount, 0)
    # Objects the session knew are gone from the database; new ones may reuse their ids.
    session.expunge_all()
    return deleted


# The vocabulary the benchmarks draw profiles from, and the demo's today, read from the data.
_FROM_DATA: dict[str, Callable[[], object]] = {
    "DEMO_TODAY": lambda: demo_data().follow_ups.today,
    "TECHNOLOGIES": lambda: demo_data().organisations.technologies,
    "APPLICATION_AREAS": lambda: demo_data().organisations.application_areas,
    "VALUE_CHAIN": lambda: demo_data().organisations.value_chain,
    "CAPABILITIES": lambda: demo_data().organisations.capabilities,
    "EU_SEEKS": lambda: demo_data().organisations.members.seeks,
    "NA_SEEKS": lambda: demo_data().organisations.north_america.seeks,
}


def __getattr__(name: str) -> Any:
    if name in _FROM_DATA:
        return _FROM_DATA[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
