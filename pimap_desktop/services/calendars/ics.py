"""What the calendar modules share: the names PIMAP writes in its .ics files, the bound on the
items an import may add, why an event gives no item, and typed access to icalendar's values."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from icalendar import Component

UID_DOMAIN = "pimap-desktop"
# The UIDs of B2B meetings made for a request are names in this namespace (see meeting_uid).
MEETING_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:pimap-desktop:b2b-meeting")
MEETING_CATEGORY = "B2B meeting"
# The mission a file was exported from (an import of the file back recognises its own items).
MISSION_PROPERTY = "X-PIMAP-MISSION"
# A file whose events would give a mission more programme items than this is refused, nothing
# written.
MAX_PROGRAMME_ITEMS = 2_000


# Why an event gives no item, or leaves its item as it is
EDITED = "changed in PIMAP since the last import"
EDITED_BEFORE_RECORDS = "changed since an earlier version of PIMAP imported it"
KEPT_EDITED = f"{EDITED}; kept"
NOT_BROUGHT_BACK = "deleted in PIMAP after an earlier import; not brought back"
EXPORTED_MEETING = "a B2B meeting exported by PIMAP"
EXPORTED_CHANGED = (
    "exported by PIMAP from this programme, which has it otherwise now; kept as it is in PIMAP"
)
EXPORTED_DELETED = (
    "exported by PIMAP from this programme, and deleted from it since; not brought back"
)


# Typed access to icalendar's property values (a union of some thirty classes to mypy)


def _property(component: Component, name: str) -> Any:
    return component.get(name)


def _moment(component: Component, name: str) -> date | None:
    """DTSTART, DTEND or RECURRENCE-ID: a datetime (aware, or naive when floating), a date
    for all-day events, or None when the component has none."""
    prop = _property(component, name)
    if prop is None:
        return None
    value = prop.dt
    return value if isinstance(value, date) else None


def _as_instant(value: datetime, floating: tzinfo) -> datetime:
    """An aware UTC instant; a floating time is read in ``floating``. A local time that the
    clocks skip is moved forward by the gap, as calendar programs do."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=floating)
    return value.astimezone(UTC)


# Shared by the queries of the import and its undo


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> Iterable[Sequence[uuid.UUID]]:
    """Ids a few hundred at a time: SQLite takes a limited number of parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
