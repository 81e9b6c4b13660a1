"""What an offline copy of a mission holds, and how its records are compared.

A copy holds the mission, its programme, venues, practical notes, delegations, registrations,
B2B sessions, tables, availabilities, requests and meetings, its follow-ups and KPI targets,
the people and organisations involved (registered, or named by a follow-up), every cluster,
and the shared settings and emblems (branding).

Records are compared by their fields as JSON values (``canonical``): a UUID as text, a time as
ISO 8601 in UTC, an enum by its value, an image by its digest. The links a record has to
others through a link table (a mission's clusters, a programme item's named attendees, a
meeting's participants) are one more field of the record, a sorted list of ids.
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, Table, select, true

from pimap_desktop.domain.models import (
    B2BSession,
    Base,
    FollowUp,
    Meeting,
    Mission,
    ProgrammeItem,
    Registration,
    calendar_imports,
    meeting_participants,
    mission_clusters,
    programme_item_attendees,
)
from pimap_desktop.store.audit import BOOKKEEPING

JSONValue = Any
Canonical = dict[str, JSONValue]


@dataclass(frozen=True)
class LinkField:
    """A link table shown as a field of the record it belongs to."""

    name: str  # the field's name
    table: Table
    owner: str  # the link table's column naming the record
    other: str  # the column naming the linked record


LINKS: dict[str, tuple[LinkField, ...]] = {
    "missions": (LinkField("clusters", mission_clusters, "mission_id", "cluster_id"),),
    "programme_items": (
        LinkField("attendees", programme_item_attendees, "programme_item_id", "registration_id"),
    ),
    "meetings": (LinkField("participants", meeting_participants, "meeting_id", "registration_id"),),
}
LINK_TABLES = frozenset(link.table.name for links in LINKS.values() for link in links)

# Tables that are not data of a mission: bookkeeping of the database itself.
NOT_COPIED = frozenset({"alembic_version", "app_meta", "audit_log", "offline_copy", "offline_base"})

# A record made on the laptop that is the same as one the database already has: people by
# their e-mail, a registration by its mission and person, and so on (the unique constraints).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "clusters": ("name",),
    "people": ("email",),
    "organisations": ("normalised_name", "country"),
    "missions": ("code",),
    "delegations": ("mission_id", "name"),
    "registrations": ("mission_id", "person_id"),
    "b2b_tables": ("session_id", "number"),
    "meeting_requests": ("requester_id", "target_id"),
    "kpi_targets": ("mission_id", "cluster_id", "year", "metric"),
    "settings": ("key",),
    "programme_items": ("mission_id", "source_uid"),
}


def data_tables() -> list[Table]:
    """The tables whose rows a copy holds and a bring-back merges, parents first (link tables
    are fields of their owners)."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if table.name not in NOT_COPIED and table.name not in LINK_TABLES
    ]


def key_columns(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


def record_key(table: Table, row: Mapping[str, Any]) -> str:
    """A record's key as text: its UUID, or its key columns joined (calendar imports)."""
    return "|".join(str(row[column.name]) for column in key_columns(table))


def field_names(table: Table) -> list[str]:
    keys = {column.name for column in key_columns(table)}
    return [
        column.name
        for column in table.columns
        if column.name not in BOOKKEEPING and column.name not in keys
    ]


def canonical_value(value: Any) -> JSONValue:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return canonical_value(value.value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, list | tuple):
        return [canonical_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): canonical_value(v) for k, v in value.items()}
    return str(value)


def canonical(table: Table, row: Mapping[str, Any], links: Mapping[str, list[str]]) -> Canonical:
    """A record's fields as JSON values, its link fields included."""
    data = {name: canonical_value(row[name]) for name in field_names(table)}
    for link in LINKS.get(table.name, ()):
        data[link.name] = sorted(links.get(link.name, ()))
    return data


# --------------------------------------------------------------------------- a mission's rows


def mission_scope(mission_id: uuid.UUID) -> dict[str, ColumnElement[bool]]:
    """For each table of a copy, which of its rows belong to the mission's copy."""
    registrations = select(Registration.id).where(Registration.mission_id == mission_id)
    sessions = select(B2BSession.id).where(B2BSession.mission_id == mission_id)
    items = select(ProgrammeItem.id).where(ProgrammeItem.mission_id == mission_id)
    meetings = select(Meeting.id).where(Meeting.mission_id == mission_id)
    follow_ups = FollowUp.__table__.c
    people_ids = (
        select(Registration.person_id)
        .where(Registration.mission_id == mission_id)
        .union(
            select(follow_ups.contact_id).where(follow_ups.mission_id == mission_id),
            select(follow_ups.owner_id).where(follow_ups.mission_id == mission_id),
        )
    )
    tables = Base.metadata.tables
    people = tables["people"].c
    organisation_ids = (
        select(people.organisation_id)
        .where(people.id.in_(people_ids))
        .union(select(follow_ups.organisation_id).where(follow_ups.mission_id == mission_id))
    )
    by_mission = (
        "venues",
        "programme_items",
        "practical_notes",
        "delegations",
        "registrations",
        "b2b_sessions",
        "meeting_requests",
        "meetings",
        "kpi_targets",
        "follow_ups",
    )
    scope: dict[str, ColumnElement[bool]] = {
        name: tables[name].c.mission_id == mission_id for name in by_mission
    }
    scope.update(
        {
            "missions": Mission.__table__.c.id == mission_id,
            "clusters": true(),
            "emblems": true(),
            "settings": true(),
            "people": people.id.in_(people_ids),
            "organisations": tables["organisations"].c.id.in_(organisation_ids),
            "b2b_tables": tables["b2b_tables"].c.session_id.in_(sessions),
            "availabilities": tables["availabilities"].c.registration_id.in_(registrations),
            "calendar_imports": calendar_imports.c.mission_id == mission_id,
            "mission_clusters": mission_clusters.c.mission_id == mission_id,
            "programme_item_attendees": programme_item_attendees.c.programme_item_id.in_(items),
            "meeting_participants": meeting_participants.c.meeting_id.in_(meetings),
        }
    )
    return scope


def copied_tables() -> list[Table]:
    """Every table a copy holds rows of, parents first (link tables included)."""
    return [table for table in Base.metadata.sorted_tables if table.name not in NOT_COPIED]


def read_links(
    connection: Connection, table: Table, where: ColumnElement[bool] | None = None
) -> dict[str, dict[str, list[str]]]:
    """The link fields of the records of ``table``: {record id: {field: [ids]}}."""
    found: dict[str, dict[str, list[str]]] = {}
    for link in LINKS.get(table.name, ()):
        owner, other = link.table.c[link.owner], link.table.c[link.other]
        query = select(owner, other)
        if where is not None:
            query = query.where(owner.in_(select(table.c.id).where(where)))
        for record_id, linked in connection.execute(query):
            found.setdefault(str(record_id), {}).setdefault(link.name, []).append(str(linked))
    return found


def rows_of(
    connection: Connection, table: Table, where: ColumnElement[bool] | None = None
) -> Iterator[dict[str, Any]]:
    query = select(table)
    if where is not None:
        query = query.where(where)
    for row in connection.execute(query).mappings():
        yield dict(row)


def in_chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
