"""A partner's agenda (.ics) into a mission's programme.

A partner's agenda becomes programme items of a mission (the events, read by ``events``). A
file over MAX_CALENDAR_BYTES, or whose events would add more than MAX_PROGRAMME_ITEMS items, or
whose rules repeat too often to be expanded, is refused with one line and nothing is written.
Each item remembers the event it came from (``ProgrammeItem.source_uid``), so importing the file
again updates items rather than adding new ones, and takes off the programme those whose event
was cancelled, or which the file no longer holds while it still holds their event (a moved
series, an occurrence taken out).

The coordinator's changes win: the import remembers what it wrote for each event (a fingerprint
in ``calendar_imports``). An event unchanged in the file since leaves its item alone, edited or
not; an event changed in the file updates its item only when the item is still as the import
left it, else the item is kept and the report says so; an item the coordinator deleted does not
come back, and one a B2B session is held in is not taken off because the file no longer holds
it. PIMAP's own export, imported back into its mission, is the programme it came from: its items
are found (never changed from the file), its meetings are skipped; imported into another
mission, its items come in as a partner's.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import Audience, ProgrammeItemKind
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import B2BSession, Mission, ProgrammeItem, Venue
from pimap_desktop.services.calendars.events import (
    _exported,
    _Piece,
    _read_events,
    _Reading,
    _uid_key_of,
)
from pimap_desktop.services.calendars.ics import (
    EDITED,
    EDITED_BEFORE_RECORDS,
    EXPORTED_CHANGED,
    NOT_BROUGHT_BACK,
    _chunks,
)
from pimap_desktop.services.calendars.reading import read_calendar
from pimap_desktop.services.calendars.recurrence import _Flood
from pimap_desktop.services.calendars.undo import (
    CalendarUndo,
    _Changes,
    _items_table,
    _records,
    _removed_items,
    _rows,
    _write_records,
)
from pimap_desktop.services.missions.missions import venue_named
from pimap_desktop.services.unit import transaction


@dataclass(frozen=True)
class SkippedEvent:
    """An event of the file that did not become a programme item, or did not change or take
    off the item it gave before, and why."""

    summary: str
    reason: str


@dataclass(frozen=True)
class CalendarImport:
    """What an import did (or, in a dry run, would do) to the mission's programme."""

    created: int
    updated: int
    unchanged: int
    skipped: tuple[SkippedEvent, ...]
    removed: int = 0  # items taken off: their event was cancelled or is no longer in the file
    undo: CalendarUndo | None = None  # what a real import changed; None for a dry run

    @property
    def changes(self) -> int:
        """How many programme items the import adds, changes or takes off."""
        return self.created + self.updated + self.removed

    def describe(self) -> str:
        """``3 new items, 1 updated, 1 removed, 5 unchanged``: what changes, for a person."""
        parts = [
            f"{self.created} new item{'' if self.created == 1 else 's'}" if self.created else "",
            f"{self.updated} updated" if self.updated else "",
            f"{self.removed} removed" if self.removed else "",
            f"{self.unchanged} unchanged" if self.unchanged else "",
        ]
        return ", ".join(p for p in parts if p) or "no items"

    def to_json(self) -> dict[str, object]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": [{"summary": s.summary, "reason": s.reason} for s in self.skipped],
        }


def import_calendar(
    session: Session, mission_id: uuid.UUID, path: Path, *, dry_run: bool = False
) -> CalendarImport:
    """Add a partner's agenda to a mission's programme, or bring it up to date.

    One transaction; with ``dry_run`` the report says what would change and nothing is written.
    A file that cannot be read raises a ValidationError before anything changes.
    """
    calendar = read_calendar(path)
    with transaction(session):
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError("That mission no longer exists.")
        try:
            reading = _read_events(calendar, mission, _exported(session, calendar, mission))
        except _Flood as flood:
            raise ValidationError(flood.message(path.expanduser()), "file") from None
        existing = _imported_items(session, mission.id)
        records = _records(session, mission.id)
        if dry_run:
            return _apply(session, mission, reading, existing, records, None)
        changes = _Changes(
            rows=_rows(session, _items_table(), (i.id for i in existing.values())),
            venues=set(session.scalars(select(Venue.id).where(Venue.mission_id == mission.id))),
        )
        report = _apply(session, mission, reading, existing, records, changes)
        _write_records(session, mission.id, {key: after for key, _b, after in changes.records})
        session.flush()
        return replace(report, undo=changes.undo_token(session, mission.id))


def _imported_items(session: Session, mission_id: uuid.UUID) -> dict[str, ProgrammeItem]:
    items = session.scalars(
        select(ProgrammeItem)
        .where(ProgrammeItem.mission_id == mission_id, ProgrammeItem.source_uid.is_not(None))
        .order_by(ProgrammeItem.created_at)
    )
    found: dict[str, ProgrammeItem] = {}
    for item in items:
        assert item.source_uid is not None
        found.setdefault(item.source_uid, item)  # one item per event: the first one counts
    return found


def _fingerprint(
    title: str, description: str, location: str, starts_at: datetime, ends_at: datetime
) -> str:
    """What an import writes in an item (its place as the event names it, or none), hashed."""
    values = [
        title,
        description,
        location.casefold(),
        starts_at.astimezone(UTC).isoformat(),
        ends_at.astimezone(UTC).isoformat(),
    ]
    return hashlib.sha256(json.dumps(values).encode("utf-8")).hexdigest()


def _piece_fingerprint(piece: _Piece) -> str:
    return _fingerprint(
        piece.title, piece.description, piece.location, piece.starts_at, piece.ends_at
    )


def _untouched(item: ProgrammeItem, fingerprint: str | None) -> bool:
    """Whether the item is still what the import that left ``fingerprint`` wrote: the same
    title, description and times, and the same venue when the event named one.

    Without a fingerprint (imported by a version of PIMAP that kept none), only an item never
    changed since it was made is known to be as the import wrote it.
    """
    if fingerprint is None:
        return item.updated_at - item.created_at < _AT_ONCE
    venue = item.venue.name if item.venue is not None else ""
    return fingerprint in {
        _fingerprint(item.title, item.description, place, item.starts_at, item.ends_at)
        for place in (venue, "")
    }


# created_at and updated_at of a new row are read from the clock one after the other
_AT_ONCE = timedelta(seconds=1)


def _edited(fingerprint: str | None) -> str:
    """Why an item not as its import wrote it is kept."""
    return EDITED if fingerprint is not None else EDITED_BEFORE_RECORDS


def _apply(
    session: Session,
    mission: Mission,
    reading: _Reading,
    existing: dict[str, ProgrammeItem],
    records: dict[str, str],
    changes: _Changes | None,
) -> CalendarImport:
    """Bring the items up to the file; ``changes`` records what it does, None for a dry run
    (which changes nothing).

    ``records`` holds what earlier imports wrote: an event unchanged since leaves its item
    alone (whatever the coordinator did to it); a changed one updates the item only when the
    coordinator has not changed it since; an event whose item is gone is not brought back.
    An item that already says what its event says gets the event's record (items imported
    before PIMAP kept records get theirs so).
    """
    created = updated = unchanged = 0
    notes: list[SkippedEvent] = []
    writes: dict[str, str | None] = {}  # records to write: source_uid -> fingerprint or None
    wanted: dict[str, _Piece] = {}
    for piece in reading.pieces:
        if not piece.cancelled:
            wanted.setdefault(piece.key, piece)
    for key, piece in wanted.items():
        item = existing.get(key)
        fingerprint = _piece_fingerprint(piece)
        known = records.get(key)
        if item is None and known is not None:
            notes.append(SkippedEvent(piece.title, NOT_BROUGHT_BACK))
        elif item is None:
            created += 1
            writes[key] = fingerprint
            if changes is not None:
                changes.created.append(_create_item(session, mission, piece))
        elif fingerprint == known:
            unchanged += 1  # the event as last imported: the item stays as the coordinator has it
        elif _same(item, piece):
            unchanged += 1
            writes[key] = fingerprint  # the item already says what the file now says
        elif _untouched(item, known):
            updated += 1
            writes[key] = fingerprint
            if changes is not None:
                changes.updated.append(item.id)
                _update_item(session, mission, item, piece)
        else:
            notes.append(SkippedEvent(piece.title, f"{_edited(known)}; kept"))
    removed, removed_uids, kept_uids = _take_off(
        session, mission, reading, existing, records, wanted, changes, writes, notes
    )
    for item_id, (summary, pieces) in reading.own.items():
        if _is_as_exported(session.get(ProgrammeItem, item_id), pieces):
            unchanged += 1
        else:
            notes.append(SkippedEvent(summary, EXPORTED_CHANGED))
    if changes is not None:
        changes.records = [
            (key, records.get(key), after)
            for key, after in writes.items()
            if records.get(key) != after
        ]
    skipped = [
        SkippedEvent(summary, _outcome(reason, uid in removed_uids, kept_uids.get(uid)))
        for uid, (summary, reason) in reading.skipped.items()
    ]
    return CalendarImport(created, updated, unchanged, (*skipped, *notes), removed)


def _take_off(
    session: Session,
    mission: Mission,
    reading: _Reading,
    existing: dict[str, ProgrammeItem],
    records: dict[str, str],
    wanted: dict[str, _Piece],
    changes: _Changes | None,
    writes: dict[str, str | None],
    notes: list[SkippedEvent],
) -> tuple[int, set[str], dict[str, str]]:
    """Take off the items whose event the file cancels or no longer holds (while it holds the
    event's other occurrences): those the coordinator has not changed since the import, and,
    when the file merely no longer holds them, that no B2B session is held in.

    Returns how many went, the uid keys of the events some item went of, and those some
    changed item stayed of (with why).
    """
    cancelled = {p.key for p in reading.pieces if p.cancelled}
    candidates = {
        key: (uid_key, item)
        for key, item in existing.items()
        if key not in wanted and (uid_key := _uid_key_of(key, reading.read_uids)) is not None
    }
    held_in = _sessions_held_in(session, [item.id for _u, item in candidates.values()])
    removed_uids: set[str] = set()
    kept_uids: dict[str, str] = {}  # uid key -> why an item of it stays
    to_remove: list[ProgrammeItem] = []
    for key, (uid_key, item) in candidates.items():
        known = records.get(key)
        if not _untouched(item, known):
            edited = _edited(known)
            kept_uids[uid_key] = edited
            if key not in cancelled:
                notes.append(SkippedEvent(item.title, f"no longer in the file, but {edited}; kept"))
            elif uid_key not in reading.skipped:  # one occurrence cancelled, not the event
                notes.append(SkippedEvent(item.title, f"cancelled, but {edited}; kept"))
        elif key not in cancelled and item.id in held_in:
            notes.append(
                SkippedEvent(
                    item.title,
                    f"no longer in the file, but the B2B session “{held_in[item.id]}” is held "
                    "in it; kept",
                )
            )
        else:
            to_remove.append(item)
            removed_uids.add(uid_key)
            if known is not None:
                writes[key] = None  # the event may come back: then it is new again
    if changes is not None and to_remove:
        rows = {i.id: changes.rows[i.id] for i in to_remove}
        changes.removed += _removed_items(session, rows, mission.timezone)
        for item in to_remove:
            session.delete(item)
    return len(to_remove), removed_uids, kept_uids


def _outcome(reason: str, removed: bool, kept: str | None) -> str:
    """Why an event gave no item, with what became of the items it gave before."""
    parts = [reason]
    if removed:
        parts.append("taken off the programme")
    if kept:
        parts.append(f"{kept}, so kept")
    return "; ".join(parts)


def _sessions_held_in(session: Session, item_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Item id -> the name of a B2B session held in it, for those of ``item_ids`` that have one."""
    found: dict[uuid.UUID, str] = {}
    for chunk in _chunks(item_ids):
        for item_id, name in session.execute(
            select(B2BSession.programme_item_id, B2BSession.name).where(
                B2BSession.programme_item_id.in_(chunk)
            )
        ):
            if item_id is not None:
                found.setdefault(item_id, name)
    return found


def _is_as_exported(item: ProgrammeItem | None, pieces: Sequence[_Piece]) -> bool:
    """Whether an event of the mission's own export still says what its item says (title and
    times: the export writes those as they are, and composes the description and place)."""
    usable = [p for p in pieces if not p.cancelled]
    if item is None or not usable:
        return False
    starts = min(p.starts_at for p in usable)
    ends = max(p.ends_at for p in usable)
    return (item.title, item.starts_at, item.ends_at) == (usable[0].title, starts, ends)


def _same(item: ProgrammeItem, piece: _Piece) -> bool:
    venue = item.venue.name if item.venue is not None else ""
    return (
        item.title == piece.title
        and item.description == piece.description
        and item.starts_at == piece.starts_at
        and item.ends_at == piece.ends_at
        and (not piece.location or venue.casefold() == piece.location.casefold())
    )


def _create_item(session: Session, mission: Mission, piece: _Piece) -> uuid.UUID:
    item = ProgrammeItem(
        id=uuid.uuid4(),
        mission_id=mission.id,
        kind=_guess_kind(piece.title),
        room="",
        audience=Audience.EVERYONE,
        source_uid=piece.key,
    )
    session.add(item)
    _update_item(session, mission, item, piece)
    return item.id


def _update_item(session: Session, mission: Mission, item: ProgrammeItem, piece: _Piece) -> None:
    """Set what the event says. What the coordinator set in PIMAP stays: kind, room, audience,
    and the venue when the event names no place."""
    item.title = piece.title
    item.description = piece.description
    item.starts_at = piece.starts_at
    item.ends_at = piece.ends_at
    if piece.location:
        item.venue = venue_named(session, mission, piece.location)


_KIND_WORDS: dict[ProgrammeItemKind, tuple[str, ...]] = {
    ProgrammeItemKind.MEAL: ("breakfast", "brunch", "lunch", "dinner"),
    ProgrammeItemKind.RECEPTION: ("reception", "cocktail"),
    ProgrammeItemKind.TRAVEL: ("transfer", "shuttle", "flight"),
}


def _guess_kind(title: str) -> ProgrammeItemKind:
    """MEAL, RECEPTION or TRAVEL when the title says so in so many words, else OTHER."""
    words = set(re.findall(r"\w+", title.casefold()))
    for kind, names in _KIND_WORDS.items():
        if words.intersection(names):
            return kind
    return ProgrammeItemKind.OTHER
