"""Editing and deleting a B2B session without losing meetings silently.

Definitions:

- A meeting of a session **still fits** a new grid when its start is the start of a slot of
  the new grid and its table number is within the new table count. It stays where it is (same
  start, same table); its end follows the new slot length.
- A meeting that no longer fits (or every meeting, when the session is deleted) is **removed**.
  Removing a meeting turns its request back into an unscheduled one: a request is unscheduled
  when no meeting holds it (the request's own status is the target's answer and does not
  change). Meetings without a request are removed and listed all the same; cancelled ones too.
- Meetings that are **history** — held, missed (no-show) or followed up — are never removed:
  a change that would remove one is refused with the list of them, and nothing changes. The
  coordinator keeps their slots and tables, or changes their status first.
- Table names stay with their numbers; tables are added or removed at the end.
- The session's block in the programme (``B2BSession.programme_item_id``, made by
  ``add_session``) follows the session's times, and its title follows the name when it was the
  session's name; deleting the session deletes its block (unless another session shares it).
- A ``SessionChange`` is everything needed to undo exactly: the session's row, its tables, the
  removed meetings with their participants, the programme block, the kept meetings whose end
  moved. Its ``undo`` puts them back with the same ids, or refuses with the reason
  when the data changed since in a way that makes it impossible (a slot or table taken, the
  pair met again, a person busy, the request deleted, a meeting on a slot or table that the
  old grid does not have).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, exists, insert, select, update
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    B2BSession,
    B2BTable,
    FollowUp,
    Meeting,
    MeetingRequest,
    Mission,
    ProgrammeItem,
    Registration,
    meeting_participants,
    programme_item_attendees,
)
from pimap_desktop.domain.rules import local_to_utc, to_local
from pimap_desktop.services.b2b.meetings import (
    SessionData,
    SlotTime,
    one_meeting_per_table_slot,
    slot_times,
    table_label,
    unavailable_names,
    validate_session,
)
from pimap_desktop.services.undo import VersionsLeft, taking_back, versions_left
from pimap_desktop.services.unit import transaction
from pimap_desktop.services.versions import check_version

HISTORY = (MeetingStatus.HELD, MeetingStatus.NO_SHOW)

SESSIONS: Table = B2BSession.__table__  # type: ignore[assignment]
TABLES: Table = B2BTable.__table__  # type: ignore[assignment]
MEETINGS: Table = Meeting.__table__  # type: ignore[assignment]
ITEMS: Table = ProgrammeItem.__table__  # type: ignore[assignment]

SLOT_GONE = "its slot is no longer in the session"
TABLE_GONE = "its table is removed"
SESSION_GONE = "the session is deleted"
PEOPLE_BUSY = "its longer slot runs into something a participant has then"


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class AffectedMeeting:
    """A meeting that a change of its session would remove (local times of the mission)."""

    meeting_id: uuid.UUID
    starts_local: datetime
    ends_local: datetime
    table: str
    names: str
    status: MeetingStatus
    request_id: uuid.UUID | None
    reason: str
    followed_up: bool

    @property
    def history(self) -> bool:
        """Held, missed or followed up: a change never removes it."""
        return self.status in HISTORY or self.followed_up

    def describe(self) -> str:
        text = f"{self.starts_local:%a %d %b %H:%M}, {self.table}: {self.names}"
        if self.status is not MeetingStatus.SCHEDULED:
            text += f" ({self.status.label.lower()})"
        if self.followed_up:
            text += " (followed up)"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "meeting_id": str(self.meeting_id),
            "start": self.starts_local.isoformat(timespec="minutes"),
            "end": self.ends_local.isoformat(timespec="minutes"),
            "table": self.table,
            "names": self.names,
            "status": self.status.value,
            "request_id": str(self.request_id) if self.request_id else None,
            "reason": self.reason,
            "followed_up": self.followed_up,
        }


SHOWN = 5  # meetings named in a refusal; the rest are counted


@dataclass(frozen=True)
class SessionImpact:
    """What a change of a session would do to its meetings; ``deleting`` for a deletion."""

    session_id: uuid.UUID
    name: str
    deleting: bool
    affected: tuple[AffectedMeeting, ...]

    @property
    def removed(self) -> tuple[AffectedMeeting, ...]:
        return tuple(m for m in self.affected if not m.history)

    @property
    def blocking(self) -> tuple[AffectedMeeting, ...]:
        return tuple(m for m in self.affected if m.history)

    @property
    def requests_back(self) -> int:
        """How many meetings go back to the requests (removed, not cancelled, with one)."""
        return sum(
            1
            for m in self.removed
            if m.request_id is not None and m.status is not MeetingStatus.CANCELLED
        )

    def refusal(self) -> str | None:
        """Why the change is refused (meetings with history in the way), or None."""
        if not self.blocking:
            return None
        what = "Deleting" if self.deleting else "This change to"
        count = len(self.blocking)
        return (
            f"{what} “{self.name}” would remove {count} meeting{'s' if count != 1 else ''} "
            f"that {'were' if count != 1 else 'was'} held, missed or followed up: "
            + "; ".join(m.describe() for m in self.blocking[:SHOWN])
            + (f"; and {count - SHOWN} more" if count > SHOWN else "")
            + ". Keep their slots and tables, or change their status first."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": str(self.session_id),
            "name": self.name,
            "deleting": self.deleting,
            "removed": [m.to_json() for m in self.removed],
            "blocking": [m.to_json() for m in self.blocking],
            "requests_back": self.requests_back,
        }


@dataclass(frozen=True)
class EndMoved:
    """A meeting that stayed while its slot changed length: its end before and after."""

    meeting_id: uuid.UUID
    before: datetime
    after: datetime
    updated_at: datetime  # the row's, before


@dataclass(frozen=True)
class SessionChange:
    """A change made to a session, with what its undo puts back row for row."""

    mission_id: uuid.UUID
    session_id: uuid.UUID
    deleted: bool
    name: str
    removed: tuple[AffectedMeeting, ...]
    session_row: dict[str, Any]
    tables: tuple[dict[str, Any], ...]
    meetings: tuple[dict[str, Any], ...]
    participants: tuple[dict[str, Any], ...]
    ends_moved: tuple[EndMoved, ...] = ()
    item_row: dict[str, Any] | None = None
    item_deleted: bool = False
    item_attendees: tuple[dict[str, Any], ...] = field(default=())
    # Every meeting of the mission at the time: a pair in a meeting not among them met again.
    mission_meetings: frozenset[uuid.UUID] = frozenset()
    # The version the change left the session at: its undo expects it (a colleague's later
    # change of the session is not reverted).
    left: VersionsLeft = field(default_factory=VersionsLeft)

    @property
    def unscheduled_requests(self) -> tuple[uuid.UUID, ...]:
        return tuple(
            m.request_id
            for m in self.removed
            if m.request_id is not None and m.status is not MeetingStatus.CANCELLED
        )

    def describe(self) -> str:
        verb = "deleted" if self.deleted else "changed"
        text = f"“{self.name}” {verb}"
        if not self.removed:
            return text + "; no meeting was removed."
        count, back = len(self.removed), len(self.unscheduled_requests)
        return (
            f"{text}; {count} meeting{'s' if count != 1 else ''} removed, "
            f"{back} back to the unscheduled requests."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": str(self.session_id),
            "name": self.name,
            "deleted": self.deleted,
            "removed": [m.to_json() for m in self.removed],
            "unscheduled_requests": [str(r) for r in self.unscheduled_requests],
        }

    def undo(self, session: Session) -> None:
        """Put the session, its tables, its meetings and its programme block back exactly
        (same ids, places, participants, names); refused with the reason when that is no
        longer possible, and then nothing changes."""
        with one_meeting_per_table_slot(session) as claims, taking_back(session, self.left):
            for m in self.meetings:
                claims.claim(m["id"], m["table_id"], m["starts_at"], m["status"])
            if self.deleted:
                _undo_delete(session, self)
            else:
                _undo_update(session, self)
            _check_meetings_can_return(session, self)
            if self.meetings:
                session.execute(insert(MEETINGS), [dict(m) for m in self.meetings])
            if self.participants:
                session.execute(insert(meeting_participants), [dict(p) for p in self.participants])
        session.expire_all()


# --------------------------------------------------------------------------- reading


def _get(session: Session, b2b_session_id: uuid.UUID) -> B2BSession:
    b2b = session.get(B2BSession, b2b_session_id)
    if b2b is None:
        raise NotFoundError("That B2B session no longer exists; it may have been deleted.")
    return b2b


def session_data(session: Session, b2b_session_id: uuid.UUID) -> SessionData:
    """The session as its form shows it: local day and times, slots, tables and their names."""
    b2b = _get(session, b2b_session_id)
    tz = b2b.mission.timezone
    starts, ends = to_local(b2b.starts_at, tz), to_local(b2b.ends_at, tz)
    return SessionData(
        day=starts.date(),
        start=starts.time().replace(tzinfo=None),
        end=ends.time().replace(tzinfo=None),
        slot_minutes=b2b.slot_minutes,
        break_minutes=b2b.break_minutes,
        tables=len(b2b.tables),
        name=b2b.name,
        table_names=tuple(t.name for t in b2b.tables),
    )


def _session_meetings(session: Session, b2b_id: uuid.UUID) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting)
            .where(Meeting.session_id == b2b_id)
            .options(
                selectinload(Meeting.participants).selectinload(Registration.person),
                selectinload(Meeting.table),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        )
    )


def _followed_up(session: Session, meeting_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    return {
        m
        for m in session.scalars(
            select(FollowUp.meeting_id).where(FollowUp.meeting_id.in_(list(meeting_ids)))
        )
        if m is not None
    }


def _names(meeting: Meeting) -> str:
    return " – ".join(sorted((r.person.full_name for r in meeting.participants), key=str.casefold))


def _affected(
    session: Session, b2b: B2BSession, meetings: Sequence[Meeting], reasons: dict[uuid.UUID, str]
) -> tuple[AffectedMeeting, ...]:
    tz = b2b.mission.timezone
    followed = _followed_up(session, list(reasons))
    return tuple(
        AffectedMeeting(
            meeting_id=m.id,
            starts_local=to_local(m.starts_at, tz),
            ends_local=to_local(m.ends_at, tz),
            table=table_label(m.table.number, m.table.name) if m.table else "no table",
            names=_names(m),
            status=m.status,
            request_id=m.request_id,
            reason=reasons[m.id],
            followed_up=m.id in followed,
        )
        for m in meetings
        if m.id in reasons
    )


@dataclass(frozen=True)
class _Plan:
    """A change worked out, before anything is written."""

    impact: SessionImpact
    starts_at: datetime  # UTC, the new window
    ends_at: datetime
    slots: dict[datetime, SlotTime]  # new slots by start
    meetings: tuple[Meeting, ...]  # every meeting of the session


def _new_window(mission: Mission, data: SessionData) -> tuple[datetime, datetime]:
    return (
        local_to_utc(data.day, data.start, mission.timezone),
        local_to_utc(data.day, data.end, mission.timezone),
    )


def _plan(session: Session, b2b: B2BSession, data: SessionData | None) -> _Plan:
    meetings = _session_meetings(session, b2b.id)
    reasons: dict[uuid.UUID, str] = {}
    if data is None:
        starts, ends, slots = b2b.starts_at, b2b.ends_at, {}
        reasons = {m.id: SESSION_GONE for m in meetings}
    else:
        validate_session(b2b.mission, data)
        starts, ends = _new_window(b2b.mission, data)
        grid = slot_times(starts, ends, data.slot_minutes, data.break_minutes)
        slots = {s.starts_at: s for s in grid}
        if not grid:
            raise ValidationError(
                "No meeting slot fits between those times (on a day the clocks change, the "
                "window is shorter than it looks).",
                "end",
            )
        for m in meetings:
            if m.starts_at not in slots:
                reasons[m.id] = SLOT_GONE
            elif m.table is not None and m.table.number > data.tables:
                reasons[m.id] = TABLE_GONE
        for m in meetings:
            if m.id not in reasons and _longer_and_busy(session, b2b, m, slots[m.starts_at]):
                reasons[m.id] = PEOPLE_BUSY
    impact = SessionImpact(
        session_id=b2b.id,
        name=b2b.name,
        deleting=data is None,
        affected=_affected(session, b2b, meetings, reasons),
    )
    return _Plan(impact, starts, ends, slots, tuple(meetings))


def _longer_and_busy(session: Session, b2b: B2BSession, meeting: Meeting, slot: SlotTime) -> bool:
    """A scheduled meeting kept at its start whose new slot ends later than it did: is one of
    its people unavailable, at a programme item, or in another session's meeting by then?"""
    if meeting.status is not MeetingStatus.SCHEDULED or slot.ends_at <= meeting.ends_at:
        return False
    people = [r.id for r in meeting.participants]
    if unavailable_names(session, b2b, slot, people):
        return True
    elsewhere = session.scalar(
        select(Meeting.id)
        .join(meeting_participants, meeting_participants.c.meeting_id == Meeting.id)
        .where(
            Meeting.mission_id == b2b.mission_id,
            Meeting.session_id.is_distinct_from(b2b.id),
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.starts_at < slot.ends_at,
            Meeting.ends_at > meeting.ends_at,
            meeting_participants.c.registration_id.in_(people),
        )
        .limit(1)
    )
    return elsewhere is not None


def session_change_impact(
    session: Session, b2b_session_id: uuid.UUID, data: SessionData | None
) -> SessionImpact:
    """Which meetings a change (``data``) or a deletion (``None``) would remove; the data is
    validated first (a ValidationError names the field)."""
    return _plan(session, _get(session, b2b_session_id), data).impact


# --------------------------------------------------------------------------- snapshots


def _rows(session: Session, table: Table, column: str, ids: Iterable[uuid.UUID]) -> list[Any]:
    return [
        dict(r)
        for r in session.execute(select(table).where(table.c[column].in_(list(ids)))).mappings()
    ]


def _links(session: Session, meeting_ids: Sequence[uuid.UUID]) -> tuple[dict[str, Any], ...]:
    return tuple(
        dict(r)
        for r in session.execute(
            select(meeting_participants).where(
                meeting_participants.c.meeting_id.in_(list(meeting_ids))
            )
        ).mappings()
    )


def _check_expected(plan: _Plan, expected: Collection[uuid.UUID] | None) -> None:
    if refusal := plan.impact.refusal():
        raise ValidationError(refusal)
    if expected is not None and {m.meeting_id for m in plan.impact.affected} != set(expected):
        raise ValidationError(
            f"The meetings of “{plan.impact.name}” changed since you looked; nothing was "
            "changed. Look at the list again and confirm."
        )


def _remove_meetings(session: Session, ids: Sequence[uuid.UUID]) -> None:
    session.execute(delete(meeting_participants).where(meeting_participants.c.meeting_id.in_(ids)))
    session.execute(delete(MEETINGS).where(MEETINGS.c.id.in_(ids)))


# --------------------------------------------------------------------------- changing


def update_session(
    session: Session,
    b2b_session_id: uuid.UUID,
    data: SessionData,
    *,
    expected_removed: Collection[uuid.UUID] | None = None,
    expected_version: int | None = None,
) -> SessionChange:
    """Change a session's day, times, slots, tables or name, in one transaction.

    Meetings that still fit stay; the others are removed and their requests become unscheduled
    again. Refused (nothing changes) when a held, missed or followed-up meeting would go, or,
    given ``expected_removed`` (the ids the coordinator confirmed), when the meetings to remove
    are not exactly those; given ``expected_version`` (the version the form was loaded with),
    when the session was changed since (``StaleEdit``).
    """
    with transaction(session):
        b2b = _get(session, b2b_session_id)
        check_version(session, b2b, expected_version)
        plan = _plan(session, b2b, data)
        _check_expected(plan, expected_removed)
        removed_ids = [m.meeting_id for m in plan.impact.affected]
        change = SessionChange(
            mission_id=b2b.mission_id,
            session_id=b2b.id,
            deleted=False,
            name=data.name.strip() or b2b.name,
            removed=plan.impact.affected,
            session_row=_rows(session, SESSIONS, "id", [b2b.id])[0],
            tables=tuple(_rows(session, TABLES, "session_id", [b2b.id])),
            meetings=tuple(_rows(session, MEETINGS, "id", removed_ids)),
            participants=_links(session, removed_ids),
            ends_moved=tuple(
                EndMoved(m.id, m.ends_at, plan.slots[m.starts_at].ends_at, m.updated_at)
                for m in plan.meetings
                if m.id not in removed_ids
                and m.status is MeetingStatus.SCHEDULED  # held or missed: as recorded
                and m.ends_at != plan.slots[m.starts_at].ends_at
            ),
            item_row=_item_row(session, b2b),
            mission_meetings=_mission_meetings(session, b2b.mission_id),
        )
        session.expunge_all()
        _remove_meetings(session, removed_ids)
        for moved in change.ends_moved:
            session.execute(
                update(MEETINGS)
                .where(MEETINGS.c.id == moved.meeting_id)
                .values(ends_at=moved.after)
            )
        b2b = _get(session, b2b_session_id)
        old_name = b2b.name
        b2b.name = change.name
        b2b.starts_at, b2b.ends_at = plan.starts_at, plan.ends_at
        b2b.slot_minutes, b2b.break_minutes = data.slot_minutes, data.break_minutes
        _set_tables(b2b, data)
        item = b2b.programme_item
        if item is not None:
            item.starts_at, item.ends_at = plan.starts_at, plan.ends_at
            if item.title == old_name:
                item.title = change.name
        change = replace(change, left=versions_left(session, [b2b]))
    session.expire_all()
    return change


def _set_tables(b2b: B2BSession, data: SessionData) -> None:
    """Tables 1..n: names kept for the numbers that remain (or set from ``table_names``)."""
    kept = [t for t in b2b.tables if t.number <= data.tables]
    have = {t.number for t in kept}
    added = [
        B2BTable(id=uuid.uuid4(), session_id=b2b.id, number=n, name="")
        for n in range(1, data.tables + 1)
        if n not in have
    ]
    for table in (*kept, *added):
        if table.number <= len(data.table_names):
            table.name = data.table_names[table.number - 1].strip()
    b2b.tables = sorted((*kept, *added), key=lambda t: t.number)


def _mission_meetings(session: Session, mission_id: uuid.UUID) -> frozenset[uuid.UUID]:
    return frozenset(session.scalars(select(Meeting.id).where(Meeting.mission_id == mission_id)))


def _item_row(session: Session, b2b: B2BSession) -> dict[str, Any] | None:
    if b2b.programme_item_id is None:
        return None
    rows = _rows(session, ITEMS, "id", [b2b.programme_item_id])
    return rows[0] if rows else None


def delete_session(
    session: Session,
    b2b_session_id: uuid.UUID,
    *,
    expected_removed: Collection[uuid.UUID] | None = None,
) -> SessionChange:
    """Delete a session, its tables, its meetings (their requests become unscheduled) and its
    block in the programme, in one transaction; refused over held, missed or followed-up
    meetings (see ``update_session`` for ``expected_removed``)."""
    with transaction(session):
        b2b = _get(session, b2b_session_id)
        plan = _plan(session, b2b, None)
        _check_expected(plan, expected_removed)
        removed_ids = [m.meeting_id for m in plan.impact.affected]
        item_row = _item_row(session, b2b)
        shared = (
            item_row is not None
            and session.scalar(
                select(
                    exists().where(
                        B2BSession.programme_item_id == item_row["id"],
                        B2BSession.id != b2b.id,
                    )
                )
            )
            is True
        )
        item_deleted = item_row is not None and not shared
        change = SessionChange(
            mission_id=b2b.mission_id,
            session_id=b2b.id,
            deleted=True,
            name=b2b.name,
            removed=plan.impact.affected,
            session_row=_rows(session, SESSIONS, "id", [b2b.id])[0],
            tables=tuple(_rows(session, TABLES, "session_id", [b2b.id])),
            meetings=tuple(_rows(session, MEETINGS, "id", removed_ids)),
            participants=_links(session, removed_ids),
            item_row=item_row,
            item_deleted=item_deleted,
            item_attendees=tuple(
                _rows(session, programme_item_attendees, "programme_item_id", [item_row["id"]])
            )
            if item_row is not None and item_deleted
            else (),
            mission_meetings=_mission_meetings(session, b2b.mission_id),
        )
        session.expunge_all()
        _remove_meetings(session, removed_ids)
        session.execute(delete(TABLES).where(TABLES.c.session_id == b2b_session_id))
        session.execute(delete(SESSIONS).where(SESSIONS.c.id == b2b_session_id))
        if item_row is not None and item_deleted:
            session.execute(
                delete(programme_item_attendees).where(
                    programme_item_attendees.c.programme_item_id == item_row["id"]
                )
            )
            session.execute(delete(ITEMS).where(ITEMS.c.id == item_row["id"]))
    session.expire_all()
    return change


# --------------------------------------------------------------------------- undo


def _undo_delete(session: Session, change: SessionChange) -> None:
    if session.get(B2BSession, change.session_id) is not None:
        raise ValidationError(f"“{change.name}” is already there; nothing to undo.")
    row = dict(change.session_row)
    item = change.item_row
    if item is not None and change.item_deleted and session.get(ProgrammeItem, item["id"]) is None:
        session.execute(insert(ITEMS), [dict(item)])
        if change.item_attendees:
            session.execute(
                insert(programme_item_attendees), [dict(a) for a in change.item_attendees]
            )
    if row["programme_item_id"] is not None and (
        session.get(ProgrammeItem, row["programme_item_id"]) is None
    ):
        row["programme_item_id"] = None  # the shared block went meanwhile
    session.execute(insert(SESSIONS), [row])
    session.execute(insert(TABLES), [dict(t) for t in change.tables])


def _undo_update(session: Session, change: SessionChange) -> None:
    b2b = session.get(B2BSession, change.session_id)
    if b2b is None:
        raise ValidationError(
            f"“{change.name}” was deleted since; undo that first. Nothing was changed."
        )
    old = change.session_row
    grid = slot_times(old["starts_at"], old["ends_at"], old["slot_minutes"], old["break_minutes"])
    starts = {s.starts_at for s in grid}
    table_ids = {t["id"] for t in change.tables}
    problems = [
        f"{_names(m)} at {to_local(m.starts_at, b2b.mission.timezone):%a %H:%M}"
        for m in _session_meetings(session, b2b.id)
        if m.starts_at not in starts or (m.table_id is not None and m.table_id not in table_ids)
    ]
    if problems:
        raise ValidationError(
            f"“{change.name}” cannot go back as it was: these meetings were placed since on "
            "slots or tables it did not have: " + "; ".join(problems) + ". Nothing was changed."
        )
    old_ends = {slot.starts_at: slot.ends_at for slot in grid}
    moved_back = {moved.meeting_id for moved in change.ends_moved}
    placed_since = [
        (m.id, old_ends[m.starts_at])
        for m in _session_meetings(session, b2b.id)
        if m.id not in moved_back
        and m.status is MeetingStatus.SCHEDULED
        and m.ends_at != old_ends[m.starts_at]
    ]
    session.expunge_all()
    for meeting_id, ends_at in placed_since:  # placed on the changed grid: back to its slot
        session.execute(update(MEETINGS).where(MEETINGS.c.id == meeting_id).values(ends_at=ends_at))
    for moved in change.ends_moved:
        session.execute(
            update(MEETINGS)
            .where(
                MEETINGS.c.id == moved.meeting_id,
                MEETINGS.c.session_id == change.session_id,
                MEETINGS.c.ends_at == moved.after,
            )
            .values(ends_at=moved.before, updated_at=moved.updated_at)
        )
    session.execute(
        delete(TABLES).where(
            TABLES.c.session_id == change.session_id, TABLES.c.id.not_in(list(table_ids))
        )
    )
    present = set(
        session.scalars(select(B2BTable.id).where(B2BTable.session_id == change.session_id))
    )
    for table in change.tables:
        if table["id"] in present:
            values = {k: v for k, v in table.items() if k != "id"}
            session.execute(update(TABLES).where(TABLES.c.id == table["id"]).values(**values))
        else:
            session.execute(insert(TABLES), [dict(table)])
    values = {k: v for k, v in old.items() if k != "id"}
    item = change.item_row
    if item is not None and session.get(ProgrammeItem, item["id"]) is None:
        values["programme_item_id"] = None  # its programme block was deleted since
        item = None
    session.execute(update(SESSIONS).where(SESSIONS.c.id == change.session_id).values(**values))
    if item is not None:
        session.execute(
            update(ITEMS)
            .where(ITEMS.c.id == item["id"])
            .values(
                starts_at=item["starts_at"],
                ends_at=item["ends_at"],
                title=item["title"],
                updated_at=item["updated_at"],
            )
        )


def _check_meetings_can_return(session: Session, change: SessionChange) -> None:
    """The removed meetings come back only to free places, free people, requests that still
    exist and pairs that did not meet again since."""
    returning = [m for m in change.meetings if m["status"] is not MeetingStatus.CANCELLED]
    if not change.meetings:
        return
    described = {m.meeting_id: m.describe() for m in change.removed}
    people: dict[uuid.UUID, set[uuid.UUID]] = {m["id"]: set() for m in change.meetings}
    for link in change.participants:
        people[link["meeting_id"]].add(link["registration_id"])
    everyone = set().union(*people.values())
    found = set(session.scalars(select(Registration.id).where(Registration.id.in_(everyone))))
    requests = {m["request_id"] for m in change.meetings if m["request_id"] is not None}
    kept_requests = set(
        session.scalars(select(MeetingRequest.id).where(MeetingRequest.id.in_(requests)))
    )
    others = session.scalars(
        select(Meeting)
        .where(
            Meeting.mission_id == change.mission_id,
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.id.not_in(list(people)),
        )
        .options(selectinload(Meeting.participants).selectinload(Registration.person))
    ).all()
    problems: list[str] = []
    for row in change.meetings:
        what = described.get(row["id"], "a meeting")
        if people[row["id"]] - found:
            problems.append(f"{what}: a participant's registration was removed")
        if row["request_id"] is not None and row["request_id"] not in kept_requests:
            problems.append(f"{what}: its request was deleted")
    for row in returning:
        what, members = described.get(row["id"], "a meeting"), people[row["id"]]
        for other in others:
            theirs = {r.id for r in other.participants}
            overlaps = other.starts_at < row["ends_at"] and row["starts_at"] < other.ends_at
            if theirs == members and len(members) > 1 and other.id not in change.mission_meetings:
                problems.append(f"{what}: they meet again since ({_names(other)})")
            elif overlaps and other.table_id is not None and other.table_id == row["table_id"]:
                problems.append(f"{what}: its table is taken by {_names(other)}")
            elif overlaps and theirs & members:
                problems.append(f"{what}: someone now meets {_names(other)} at that time")
    if problems:
        raise ValidationError(
            "The removed meetings cannot come back: "
            + "; ".join(problems)
            + ". Nothing was changed."
        )
