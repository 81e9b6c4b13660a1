"""The undo of a calendar import, and what imports remember of events (``calendar_imports``).

A real import returns what it changed (``CalendarUndo``); its ``undo`` puts the programme back
as it was, and ``take_back`` does the same and returns the record that puts the import's result
back again (the redo), with the same ids, without reading the file again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    B2BSession,
    Mission,
    ProgrammeItem,
    Venue,
    calendar_imports,
    programme_item_attendees,
)
from pimap_desktop.domain.rules import to_local
from pimap_desktop.services.calendars.ics import _chunks
from pimap_desktop.services.missions.missions import ProgrammeItemData, RemovedItem, put_back_item
from pimap_desktop.services.unit import transaction


@dataclass(frozen=True)
class CalendarUndo:
    """What an import changed in a mission's programme, to put it back as a whole with
    ``undo`` (or ``take_back``, which also returns the redo).

    Rows are the ``programme_items`` (or ``venues``) columns, ``source_uid`` included. Every
    row the import wrote is kept as the import left it: a later change to one of them blocks
    the undo rather than being thrown away. Rows are compared column by column, ``updated_at``
    aside, so that an edit made and undone since (Edit ▸ Undo goes back in order) does not.
    """

    mission_id: uuid.UUID
    created: tuple[dict[str, Any], ...] = ()  # items added, as the import left them
    previous: tuple[tuple[dict[str, Any], dict[str, Any]], ...] = ()  # items changed: before, after
    removed: tuple[RemovedItem, ...] = ()  # items taken off, row for row
    venues_created: tuple[dict[str, Any], ...] = ()  # venues added for an event's LOCATION
    venues_removed: tuple[dict[str, Any], ...] = ()  # venues taken away (by an undo)
    # what the import remembers of events (``calendar_imports``): source_uid, the fingerprint
    # this record puts back (None: no record), the one it replaces
    records: tuple[tuple[str, str | None, str | None], ...] = ()
    redo: bool = False  # this record takes an undo back

    @property
    def empty(self) -> bool:
        """True when the import changed nothing (every event already on the programme)."""
        return not (
            self.created
            or self.previous
            or self.removed
            or self.venues_created
            or self.venues_removed
            or self.records
        )

    def undo(self, session: Session) -> None:
        """Put the programme back as it was before the import (see ``take_back``)."""
        self.take_back(session)

    def take_back(self, session: Session) -> CalendarUndo:
        """Put the programme back as it was before the import this record describes, in one
        transaction: the items it added go; the items it changed get every column back (times,
        title, venue, ``source_uid``); the items it took off come back row for row, with their
        id, attendees and B2B session; the venues it added go when no item uses them; what it
        remembered of the events (``calendar_imports``) is as before, so that the next import
        takes the events it added as new again rather than as items the coordinator deleted.

        The ``updated_at`` of an item put back by an update moves forward, as for any change
        (so that a calendar holding its event takes the next export); an item put back whole
        keeps its own. Refused with a ValidationError, before anything changes, when an item
        the import wrote was changed or deleted since, or an item it took off is back on the
        programme.

        Returns the record that takes this undo back: applied the same way, it puts the
        import's result back (the same items, with the same ids) without reading the file
        again. That is the redo: the file may have changed or moved since, and the items' ids
        must stay those that later steps of Edit ▸ Redo refer to.
        """
        with transaction(session):
            session.expire_all()  # objects of this session may predate changes made by statements
            mission = session.get(Mission, self.mission_id)
            if mission is None:
                raise NotFoundError("That mission no longer exists.")
            _check_revertible(session, self)
            items = _items_table()
            venues_back = _insert_venues(session, self.venues_removed)
            venue_ids = set(
                session.scalars(select(Venue.id).where(Venue.mission_id == self.mission_id))
            )
            current = _rows(session, items, (before["id"] for before, _after in self.previous))
            for before, _after in self.previous:
                values = {
                    k: v for k, v in before.items() if k not in ("id", "created_at", "updated_at")
                }
                if values.get("venue_id") not in venue_ids:
                    values["venue_id"] = None  # the venue went meanwhile
                session.execute(update(items).where(items.c.id == before["id"]).values(**values))
            for removed in self.removed:
                put_back_item(session, removed, venue_ids)
            # an item deleted since is already where the undo takes it
            rows = _rows(session, items, (row["id"] for row in self.created))
            taken = _removed_items(session, rows, mission.timezone)
            for chunk in _chunks(list(rows)):
                session.execute(delete(items).where(items.c.id.in_(chunk)))
            venues_taken = _delete_unused_venues(session, self.venues_created)
            _write_records(
                session, self.mission_id, {key: back for key, back, _gone in self.records}
            )
            session.flush()
            put_back = [r.row["id"] for r in self.removed]
            after = _rows(session, items, [*put_back, *current])
            new_venues = _rows(session, _venues_table(), venues_back)
            session.expire_all()
            return CalendarUndo(
                mission_id=self.mission_id,
                created=tuple(after[i] for i in put_back),
                previous=tuple((row, after[i]) for i, row in current.items()),
                removed=tuple(taken),
                venues_created=tuple(new_venues.values()),
                venues_removed=venues_taken,
                records=tuple((key, gone, back) for key, back, gone in self.records),
                redo=not self.redo,
            )


@dataclass
class _Changes:
    """What a real import does, recorded as it goes for its undo."""

    rows: dict[uuid.UUID, dict[str, Any]]  # the rows of the mission's imported items before
    venues: set[uuid.UUID]  # the mission's venues before
    created: list[uuid.UUID] = field(default_factory=list)
    updated: list[uuid.UUID] = field(default_factory=list)
    removed: list[RemovedItem] = field(default_factory=list)
    # records written: source_uid, fingerprint before (None: none), after (None: deleted)
    records: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    def undo_token(self, session: Session, mission_id: uuid.UUID) -> CalendarUndo:
        """The record of the changes, once they are flushed."""
        after = _rows(session, _items_table(), [*self.created, *self.updated])
        now = session.scalars(select(Venue.id).where(Venue.mission_id == mission_id))
        return CalendarUndo(
            mission_id=mission_id,
            created=tuple(after[i] for i in self.created),
            previous=tuple((self.rows[i], after[i]) for i in self.updated),
            removed=tuple(self.removed),
            venues_created=tuple(_rows(session, _venues_table(), set(now) - self.venues).values()),
            records=tuple(self.records),
        )


def _check_revertible(session: Session, undo: CalendarUndo) -> None:
    cannot = f"The agenda import cannot be {'redone' if undo.redo else 'undone'}:"
    written = [*undo.created, *(after for _before, after in undo.previous)]
    now = _rows(session, _items_table(), (row["id"] for row in written))
    for before, _after in undo.previous:
        if before["id"] not in now:
            raise ValidationError(
                f"{cannot} “{before['title']}”, which it changed, was deleted since."
            )
    for row in written:
        found = now.get(row["id"])
        if found is not None and not _same_row(found, row):
            raise ValidationError(
                f"{cannot} “{found['title']}” was changed since. Change the programme by hand "
                "instead."
            )
    back = _rows(session, _items_table(), (r.row["id"] for r in undo.removed))
    if back:
        first = next(iter(back.values()))
        raise ValidationError(
            f"{cannot} “{first['title']}”, which it took off the programme, is back on it."
        )


# Columns an edit undone since moved on (the time, the version, who): not the item's values.
_BOOKKEEPING = ("updated_at", "version", "updated_by")


def _same_row(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same values, bookkeeping aside (an edit undone since moved it on)."""
    return {k: v for k, v in a.items() if k not in _BOOKKEEPING} == {
        k: v for k, v in b.items() if k not in _BOOKKEEPING
    }


def _items_table() -> Table:
    table: Table = ProgrammeItem.__table__  # type: ignore[assignment]
    return table


def _venues_table() -> Table:
    table: Table = Venue.__table__  # type: ignore[assignment]
    return table


def _rows(
    session: Session, table: Table, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The rows of ``table`` with these ids (those that exist), by id, in the order asked."""
    wanted = list(ids)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(wanted):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return {i: found[i] for i in wanted if i in found}


def _removed_items(
    session: Session, rows: dict[uuid.UUID, dict[str, Any]], zone_name: str
) -> list[RemovedItem]:
    """Items of a mission in ``zone_name`` about to be deleted (id -> row), as
    ``missions.delete_programme_item`` keeps them: with their attendees, the B2B sessions that
    point at them and their form's values, read in a few queries rather than a few per item."""
    attendees = programme_item_attendees
    by_item: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    sessions: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for chunk in _chunks(list(rows)):
        for found in session.execute(
            select(attendees).where(attendees.c.programme_item_id.in_(chunk))
        ).mappings():
            by_item[found["programme_item_id"]].append(dict(found))
        for session_id, pointed in session.execute(
            select(B2BSession.id, B2BSession.programme_item_id).where(
                B2BSession.programme_item_id.in_(chunk)
            )
        ):
            if pointed is not None:
                sessions[pointed].append(session_id)
    venue_ids = {row["venue_id"] for row in rows.values() if row["venue_id"] is not None}
    venues = {
        venue_id: name
        for venue_id, name in session.execute(
            select(Venue.id, Venue.name).where(Venue.id.in_(venue_ids))
        )
    }
    return [
        RemovedItem(
            data=_item_data(row, zone_name, venues, by_item[item_id]),
            row=row,
            attendees=tuple(by_item[item_id]),
            b2b_sessions=tuple(sessions[item_id]),
        )
        for item_id, row in rows.items()
    ]


def _item_data(
    row: dict[str, Any],
    zone_name: str,
    venues: dict[uuid.UUID, str],
    attendees: Sequence[dict[str, Any]],
) -> ProgrammeItemData:
    """What ``missions.programme_item_data`` gives for the item in ``row``."""
    return ProgrammeItemData(
        kind=row["kind"],
        title=row["title"],
        starts_local=to_local(row["starts_at"], zone_name).replace(tzinfo=None),
        ends_local=to_local(row["ends_at"], zone_name).replace(tzinfo=None),
        venue_name=venues.get(row["venue_id"], "") if row["venue_id"] is not None else "",
        room=row["room"],
        description=row["description"],
        audience=row["audience"],
        delegation_id=row["delegation_id"],
        attendee_ids=tuple(a["registration_id"] for a in attendees),
    )


def _insert_venues(session: Session, rows: Sequence[dict[str, Any]]) -> list[uuid.UUID]:
    """Venues an undo took away, back (those that are not there already)."""
    there = _rows(session, _venues_table(), (r["id"] for r in rows))
    missing = [r for r in rows if r["id"] not in there]
    if missing:
        session.execute(insert(_venues_table()), missing)
    return [r["id"] for r in missing]


def _delete_unused_venues(
    session: Session, created: Sequence[dict[str, Any]]
) -> tuple[dict[str, Any], ...]:
    """The venues an import added, deleted when no item uses them and nobody changed them."""
    venues = _venues_table()
    rows = _rows(session, venues, (row["id"] for row in created))
    taken = []
    for row in created:
        found = rows.get(row["id"])
        if found is None or not _same_row(found, row):
            continue
        used = session.scalar(
            select(ProgrammeItem.id).where(ProgrammeItem.venue_id == row["id"]).limit(1)
        )
        if used is None:
            taken.append(found)
            session.execute(delete(venues).where(venues.c.id == row["id"]))
    return tuple(taken)


# What imports remember of events (``calendar_imports``): source_uid -> fingerprint


def _records(session: Session, mission_id: uuid.UUID) -> dict[str, str]:
    """What earlier imports wrote: source_uid -> fingerprint."""
    table = calendar_imports
    return {
        source_uid: fingerprint
        for source_uid, fingerprint in session.execute(
            select(table.c.source_uid, table.c.fingerprint).where(table.c.mission_id == mission_id)
        )
    }


def _write_records(session: Session, mission_id: uuid.UUID, values: dict[str, str | None]) -> None:
    """Set these records of the mission (None: none for that source_uid)."""
    table = calendar_imports
    keys = list(values)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        session.execute(
            delete(table).where(table.c.mission_id == mission_id, table.c.source_uid.in_(chunk))
        )
    rows = [
        {"mission_id": mission_id, "source_uid": key, "fingerprint": fingerprint}
        for key, fingerprint in values.items()
        if fingerprint is not None
    ]
    if rows:
        session.execute(insert(table), rows)
