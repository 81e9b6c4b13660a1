"""The follow-up log: what came of a meeting or a contact, what happens next, who and by when.

A follow-up belongs to a meeting, or to a contact (an organisation and/or a person) met without
one. Definitions used throughout:

- **Our side and the counterpart of a meeting.** The participants are ranked: first a person
  whose organisation is a member of one of the mission's clusters (the mission's own clusters
  and those of its delegations), then one who travels with a cluster's delegation or as a
  delegate or coordinator, then by name. The first is *our side* (``organisation_a``), the
  next is the *counterpart* (``organisation_b``). A meeting between two members of our clusters
  (a matchmaking between clusters) is thus ordered by name.
- **What a meeting's follow-up stores.** Its mission is the meeting's. When neither organisation
  nor contact is given they are the counterpart's; a contact alone brings its organisation; an
  organisation alone brings the meeting's participant from it, if any. An organisation given
  must be one of the participants' and a contact a participant or from a participant's
  organisation (a colleague of the person met); what is already stored is not checked again
  when it does not change. In a row, side B is the stored organisation (the counterpart unless
  the coordinator chose otherwise) and side A the best-ranked participant from another
  organisation.
- **A follow-up without a meeting** needs an organisation or a contact (a contact alone brings
  its organisation). In a row, side A is the owner's organisation: who follows up, for us.
- **Overdue**: not done and due before ``today`` (the coordinator's calendar day).
- **Quick entry** (``record_quick_followup``): from a meeting, the outcome in one click, notes
  optional; a meeting still scheduled is marked held in the same transaction, and the result
  says what it was, so that its ``undo`` puts back both.
- **Order of a list**: overdue first, then the other open ones, then the done ones; within
  each, by due date (none last), then by when they were recorded.

Exports (CSV, XLSX, PDF) have one row per follow-up in that order; countries are ISO codes in
CSV and XLSX, names in the PDF. Times are the mission's; the PDF is an A4 landscape table in the
page frame shared by every printed document (``services.printing.followup_log``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from babel.dates import format_datetime
from sqlalchemy import ColumnElement, Select, insert, select
from sqlalchemy import Table as SqlTable
from sqlalchemy.orm import Session, aliased

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus, RegistrationRole
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    B2BTable,
    Delegation,
    FollowUp,
    Meeting,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
    mission_clusters,
)
from pimap_desktop.domain.rules import een_rating, to_local
from pimap_desktop.domain.types import utcnow
from pimap_desktop.services.b2b.meetings import table_label
from pimap_desktop.services.exporting import Delimiter, Value, date_cell, write_table
from pimap_desktop.services.language import DocumentLanguage, document_language
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.printing.itinerary import table_text
from pimap_desktop.services.undo import VersionsLeft, taking_back, versions_left
from pimap_desktop.services.unit import transaction
from pimap_desktop.services.versions import check_version
from pimap_desktop.text import ServiceWords

Format = Literal["csv", "xlsx", "pdf"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "pdf")

NEXT_ACTION_LENGTH = 300  # the column's size

# The CSV and XLSX headers, as a person reads them (the page's and the PDF's words); the
# values follow in this order (see ``_cells``).
FOLLOWUP_COLUMNS = (
    "Mission",
    "Meeting",
    "Our organisation",
    "Our country",
    "Counterpart",
    "Counterpart's country",
    "Contact",
    "Outcome",
    "Next action",
    "Owner",
    "Due",
    "Done",
    "Notes",
    "EEN rating",
)

# ---------------------------------------------------------------------------------------------
# What a form gives and what a list shows


@dataclass(frozen=True)
class FollowUpData:
    """A follow-up as a coordinator describes it.

    With ``meeting_id`` the mission is the meeting's and a missing organisation or contact is
    the counterpart's (see the module's definitions); without it, ``organisation_id`` or
    ``contact_id`` is required. ``done_at`` is kept as given when ``done`` (an undo puts the
    old time back); None means "now" for a follow-up that becomes done, "unchanged" for one
    that already was.
    """

    outcome: FollowUpOutcome
    notes: str = ""
    next_action: str = ""
    owner_id: uuid.UUID | None = None
    due_date: date | None = None
    done: bool = False
    meeting_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    mission_id: uuid.UUID | None = None
    done_at: datetime | None = None


@dataclass(frozen=True)
class FollowUpRow:
    """One line of the follow-up log, every text ready to show."""

    id: uuid.UUID
    mission_id: uuid.UUID | None
    mission_code: str
    meeting_id: uuid.UUID | None
    meeting: str  # "Wed 27 Jan 14:20, Table 3" in the mission's zone, "" without a meeting
    organisation_a: str  # our side (see the module's definitions)
    country_a: str  # ISO 3166-1 alpha-2
    organisation_b: str  # the counterpart
    country_b: str
    organisation_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    contact: str
    outcome: FollowUpOutcome
    een_rating: str  # its label
    notes: str
    next_action: str
    owner_id: uuid.UUID | None
    owner: str
    due_date: date | None
    done: bool
    done_at: datetime | None  # aware UTC, as stored
    overdue: bool
    created_at: datetime
    done_on: date | None = None  # the day it was done: the mission's local day (else UTC)
    meeting_zoned: str = ""  # ``meeting`` with its zone named: "Wed 27 Jan 14:20 PST, Table 3"
    # The meeting's parts, for a document in another language: start (UTC), zone, table.
    meeting_at: datetime | None = None
    zone: str = ""
    table_number: int | None = None
    table_name: str = ""

    @property
    def is_open(self) -> bool:
        return not self.done

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "mission": self.mission_code,
            "meeting": self.meeting,
            "organisation_a": self.organisation_a,
            "country_a": self.country_a,
            "organisation_b": self.organisation_b,
            "country_b": self.country_b,
            "contact": self.contact,
            "outcome": self.outcome.value,
            "een_rating": self.een_rating,
            "notes": self.notes,
            "next_action": self.next_action,
            "owner": self.owner,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "done": self.done,
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "done_on": self.done_on.isoformat() if self.done_on else None,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class QuickFollowUp:
    """What a quick entry did, and what its undo needs: the meeting's status before it."""

    followup_id: uuid.UUID
    meeting_id: uuid.UUID
    previous_status: MeetingStatus

    @property
    def marked_held(self) -> bool:
        return self.previous_status is MeetingStatus.SCHEDULED

    def undo(self, session: Session) -> None:
        """Remove the follow-up and put the meeting's status back, unless it was changed
        since (then it stays as it is now)."""
        with transaction(session):
            followup = session.get(FollowUp, self.followup_id)
            if followup is not None:
                session.delete(followup)
            meeting = session.get(Meeting, self.meeting_id)
            if meeting is not None and self.marked_held and meeting.status is MeetingStatus.HELD:
                meeting.status = self.previous_status


@dataclass(frozen=True)
class FollowUpExport:
    """What an export wrote; the GUI and ``--json`` print from it."""

    path: Path
    format: Format
    rows: int  # follow-ups written
    pages: int  # PDF pages; 0 for CSV and XLSX

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "format": self.format,
            "rows": self.rows,
            "pages": self.pages,
        }


# ---------------------------------------------------------------------------------------------
# The two sides of a meeting


@dataclass(frozen=True)
class Participant:
    """A person in a meeting, with what ranks them on our side."""

    meeting_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    organisation_id: uuid.UUID | None
    organisation: str
    country: str
    rank: int  # 0: member of our clusters, 1: travels with us, 2: neither


def ranked(participants: Iterable[Participant]) -> list[Participant]:
    """Our side first (see the module's definitions)."""
    return sorted(participants, key=lambda p: (p.rank, p.name.casefold(), p.person_id))


def counterpart(participants: Sequence[Participant]) -> Participant | None:
    """The second of the participants (in ``ranked`` order): the one we met."""
    return participants[1] if len(participants) > 1 else None


def our_side(participants: Sequence[Participant], other: uuid.UUID | None) -> Participant | None:
    """The first participant (in ``ranked`` order) whose organisation is not ``other``; the
    first of all when everyone is from it."""
    for participant in participants:
        if other is None or participant.organisation_id != other:
            return participant
    return participants[0] if participants else None


_TRAVELLING = (RegistrationRole.DELEGATE, RegistrationRole.COORDINATOR)


def _our_clusters(session: Session) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Mission id -> ids of its clusters and of its delegations' clusters."""
    found: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    links = session.execute(select(mission_clusters.c.mission_id, mission_clusters.c.cluster_id))
    delegations = session.execute(
        select(Delegation.mission_id, Delegation.cluster_id).where(
            Delegation.cluster_id.is_not(None)
        )
    )
    for mission_id, cluster_id in [*links, *delegations]:
        found[mission_id].add(cluster_id)
    return found


def _participants(
    session: Session, meeting_ids: ColumnElement[bool]
) -> dict[uuid.UUID, list[Participant]]:
    """Meeting id -> its participants in ``ranked`` order, for the meetings ``meeting_ids``
    selects (one query)."""
    ours = _our_clusters(session)
    rows = session.execute(
        select(
            meeting_participants.c.meeting_id,
            Registration.mission_id,
            Registration.role,
            Delegation.cluster_id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Organisation.id,
            Organisation.name,
            Organisation.country,
            Organisation.cluster_id,
        )
        .join(Registration, Registration.id == meeting_participants.c.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(Delegation, Delegation.id == Registration.delegation_id)
        .where(meeting_ids)
    ).all()
    found: dict[uuid.UUID, list[Participant]] = defaultdict(list)
    for (
        meeting_id,
        mission_id,
        role,
        delegation_cluster,
        person_id,
        first,
        last,
        org_id,
        org_name,
        org_country,
        org_cluster,
    ) in rows:
        if org_cluster is not None and org_cluster in ours.get(mission_id, set()):
            rank = 0
        elif delegation_cluster is not None or role in _TRAVELLING:
            rank = 1
        else:
            rank = 2
        found[meeting_id].append(
            Participant(
                meeting_id=meeting_id,
                person_id=person_id,
                name=f"{first} {last}".strip(),
                organisation_id=org_id,
                organisation=org_name or "",
                country=org_country or "",
                rank=rank,
            )
        )
    return {meeting_id: ranked(people) for meeting_id, people in found.items()}


def meeting_label(
    starts_at: datetime,
    zone_name: str,
    table_number: int | None,
    table_name: str | None,
    *,
    zone_named: bool = False,
    language: DocumentLanguage | None = None,
) -> str:
    """``Wed 27 Jan 14:20, Table 3`` in the mission's zone (without a table: no table part);
    ``zone_named``: ``Wed 27 Jan 14:20 PST, Table 3``. The names are CLDR's English, whatever
    the process locale; with ``language``, that language's (``ke 27.1. 14.20, Pöytä 3``)."""
    local = to_local(starts_at, zone_name)
    if language is None:
        text = str(format_datetime(local, "EEE d MMM HH:mm", locale="en"))
    else:
        text = f"{language.short_day(local.date())} {language.time(local)}"
    if zone_named:
        text = f"{text} {local.tzname() or zone_name}"
    if table_number is None:
        return text
    if language is None:
        return f"{text}, {table_label(table_number, table_name or '')}"
    return f"{text}, {table_text(table_number, table_name or '', language)}"


# ---------------------------------------------------------------------------------------------
# Checking a form


def _get(session: Session, followup_id: uuid.UUID) -> FollowUp:
    followup = session.get(FollowUp, followup_id)
    if followup is None:
        raise NotFoundError(
            ServiceWords.say("That follow-up no longer exists; it may have been deleted.")
        )
    return followup


def _exists(session: Session, model: type[Any], record_id: uuid.UUID | None, field: str) -> None:
    if record_id is not None and session.get(model, record_id) is None:
        gone = {
            "organisation": ServiceWords.say("That organisation no longer exists; choose another."),
            "contact": ServiceWords.say("That person no longer exists; choose another."),
            "owner": ServiceWords.say("That person no longer exists; choose another."),
        }
        raise ValidationError(
            gone.get(field) or f"That {field} no longer exists; choose another.", field
        )


def _organisation_of(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(select(Person.organisation_id).where(Person.id == person_id))


def _resolved(
    session: Session, data: FollowUpData, stored: FollowUpData | None = None
) -> FollowUpData:
    """``data`` checked, trimmed and completed (mission, counterpart); nothing is written.
    ``stored``: the follow-up's values now, when it is changed (see ``_for_meeting``)."""
    try:
        outcome = FollowUpOutcome(data.outcome)
    except ValueError:
        raise ValidationError(ServiceWords.say("Choose an outcome."), "outcome") from None
    next_action = data.next_action.strip()
    if len(next_action) > NEXT_ACTION_LENGTH:
        raise ValidationError(
            ServiceWords.say(
                "The next action is at most %1 characters; put the rest in the notes.",
                NEXT_ACTION_LENGTH,
            ),
            "next_action",
        )
    _exists(session, Mission, data.mission_id, "mission")
    _exists(session, Organisation, data.organisation_id, "organisation")
    _exists(session, Person, data.contact_id, "contact")
    _exists(session, Person, data.owner_id, "owner")
    data = replace(data, outcome=outcome, notes=data.notes.strip(), next_action=next_action)
    if data.meeting_id is not None:
        return _for_meeting(session, data, stored)
    if data.organisation_id is None and data.contact_id is None:
        raise ValidationError(
            ServiceWords.say("A follow-up without a meeting needs an organisation or a contact."),
            "organisation",
        )
    if data.organisation_id is None and data.contact_id is not None:
        data = replace(data, organisation_id=_organisation_of(session, data.contact_id))
    return data


def _for_meeting(session: Session, data: FollowUpData, stored: FollowUpData | None) -> FollowUpData:
    """A meeting's follow-up: its mission, and an organisation and contact from the meeting
    (see the module's definitions). Those already stored with that meeting are kept as they
    are, so that a note can be changed, or a change undone, after the meeting's people did."""
    assert data.meeting_id is not None
    meeting = session.get(Meeting, data.meeting_id)
    if meeting is None:
        raise ValidationError(
            ServiceWords.say("That meeting no longer exists; choose another."), "meeting"
        )
    if data.mission_id is not None and data.mission_id != meeting.mission_id:
        raise ValidationError(
            ServiceWords.say("That meeting belongs to another mission."), "mission"
        )
    data = replace(data, mission_id=meeting.mission_id)
    people = _participants(session, meeting_participants.c.meeting_id == meeting.id).get(
        meeting.id, []
    )
    if stored is None or _sides(stored) != _sides(data):
        _check_in_meeting(session, data, people)
    if data.organisation_id is not None and data.contact_id is not None:
        return data
    if data.contact_id is not None:
        return replace(data, organisation_id=_organisation_of(session, data.contact_id))
    if data.organisation_id is not None:
        same = [p for p in people if p.organisation_id == data.organisation_id]
        return replace(data, contact_id=same[0].person_id if same else None)
    other = counterpart(people)
    if other is None:
        return data
    return replace(data, organisation_id=other.organisation_id, contact_id=other.person_id)


def _sides(data: FollowUpData) -> tuple[uuid.UUID | None, ...]:
    return (data.meeting_id, data.organisation_id, data.contact_id)


def _check_in_meeting(session: Session, data: FollowUpData, people: Sequence[Participant]) -> None:
    """The organisation must be one of the participants'; the contact a participant or someone
    from a participant's organisation (a colleague of the person met)."""
    organisations = {p.organisation_id for p in people if p.organisation_id is not None}
    if data.organisation_id is not None and data.organisation_id not in organisations:
        raise ValidationError(
            ServiceWords.say(
                "That organisation was not in that meeting: choose one of its participants' "
                "organisations, or leave it empty for the meeting's counterpart."
            ),
            "organisation",
        )
    if data.contact_id is None or data.contact_id in {p.person_id for p in people}:
        return
    if _organisation_of(session, data.contact_id) not in organisations:
        raise ValidationError(
            ServiceWords.say(
                "That person was not in that meeting and works for none of its organisations: "
                "choose one of its participants, or leave it empty for the meeting's counterpart."
            ),
            "contact",
        )


def _apply(
    followup: FollowUp, data: FollowUpData, now: datetime, *, was_done: bool = False
) -> None:
    followup.mission_id = data.mission_id
    followup.meeting_id = data.meeting_id
    followup.organisation_id = data.organisation_id
    followup.contact_id = data.contact_id
    followup.owner_id = data.owner_id
    followup.outcome = data.outcome
    followup.notes = data.notes
    followup.next_action = data.next_action
    followup.due_date = data.due_date
    followup.done_at = _done_at(data.done, data.done_at, was_done, followup.done_at, now)
    followup.done = data.done


def _done_at(
    done: bool, given: datetime | None, was_done: bool, before: datetime | None, now: datetime
) -> datetime | None:
    if not done:
        return None
    if given is not None:
        return given
    return before if was_done and before is not None else now


# ---------------------------------------------------------------------------------------------
# Recording, changing, removing


def create_followup(
    session: Session, data: FollowUpData, *, now: datetime | None = None
) -> uuid.UUID:
    """Record a follow-up; ValidationError (naming the field) and nothing written when the form
    is not acceptable."""
    moment = now or utcnow()
    with transaction(session):
        resolved = _resolved(session, data)
        followup = FollowUp(id=uuid.uuid4(), created_at=moment, updated_at=moment)
        _apply(followup, resolved, moment)
        session.add(followup)
    return followup.id


def record_quick_followup(
    session: Session,
    meeting_id: uuid.UUID,
    outcome: FollowUpOutcome,
    notes: str = "",
    *,
    owner_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> QuickFollowUp:
    """The one-click entry right after a meeting: the outcome (notes optional) for the meeting's
    counterpart, and the meeting marked held if it was still scheduled, in one transaction.
    A cancelled meeting is refused (it did not take place; record the contact instead).
    The result's ``undo`` takes back both."""
    moment = now or utcnow()
    with transaction(session):
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise ValidationError(
                ServiceWords.say("That meeting no longer exists; choose another."), "meeting"
            )
        if meeting.status is MeetingStatus.CANCELLED:
            raise ValidationError(
                ServiceWords.say(
                    "That meeting was cancelled; record the follow-up for the contact instead."
                ),
                "meeting",
            )
        data = FollowUpData(outcome=outcome, notes=notes, meeting_id=meeting_id, owner_id=owner_id)
        resolved = _resolved(session, data)
        previous = meeting.status
        if previous is MeetingStatus.SCHEDULED:
            meeting.status = MeetingStatus.HELD
        followup = FollowUp(id=uuid.uuid4(), created_at=moment, updated_at=moment)
        _apply(followup, resolved, moment)
        session.add(followup)
    return QuickFollowUp(followup.id, meeting_id, previous)


def quick_followup(
    session: Session,
    meeting_id: uuid.UUID,
    outcome: FollowUpOutcome,
    notes: str = "",
    *,
    owner_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> uuid.UUID:
    """``record_quick_followup`` for a caller that needs only the new follow-up's id (a caller
    that offers undo uses ``record_quick_followup``: it also says what the meeting was)."""
    entry = record_quick_followup(session, meeting_id, outcome, notes, owner_id=owner_id, now=now)
    return entry.followup_id


def followup_data(session: Session, followup_id: uuid.UUID) -> FollowUpData:
    """The stored values of a follow-up, as a form shows them (and an undo puts back)."""
    f = _get(session, followup_id)
    return FollowUpData(
        outcome=f.outcome,
        notes=f.notes,
        next_action=f.next_action,
        owner_id=f.owner_id,
        due_date=f.due_date,
        done=f.done,
        meeting_id=f.meeting_id,
        organisation_id=f.organisation_id,
        contact_id=f.contact_id,
        mission_id=f.mission_id,
        done_at=f.done_at,
    )


def update_followup(
    session: Session,
    followup_id: uuid.UUID,
    data: FollowUpData,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> FollowUpData:
    """Change a follow-up; returns its values before, for undo (``update_followup`` with them).
    ``expected_version`` is the version the form was loaded with (a save over a newer change
    is refused: ``StaleEdit``)."""
    moment = now or utcnow()
    with transaction(session):
        check_version(session, _get(session, followup_id), expected_version)
        before = followup_data(session, followup_id)
        followup = _get(session, followup_id)
        resolved = _resolved(session, data, before)
        _apply(followup, resolved, moment, was_done=before.done)
        followup.updated_at = moment
    return before


@dataclass(frozen=True)
class DoneStates:
    """Follow-ups' (done, done_at), as ``set_done`` found them; its undo puts them back."""

    states: Mapping[uuid.UUID, tuple[bool, datetime | None]]
    left: VersionsLeft = field(default_factory=VersionsLeft)  # what set_done left

    def undo(self, session: Session) -> None:
        with taking_back(session, self.left):
            for followup_id, (done, done_at) in self.states.items():
                followup = _get(session, followup_id)
                followup.done, followup.done_at = done, done_at


def set_done(
    session: Session,
    followup_ids: Sequence[uuid.UUID],
    done: bool,
    *,
    now: datetime | None = None,
) -> DoneStates:
    """Mark follow-ups done (``done_at`` = now, kept for those already done) or open again
    (``done_at`` cleared). Returns each one's (done, done_at) before, which its undo puts
    back."""
    moment = now or utcnow()
    with transaction(session):
        before: dict[uuid.UUID, tuple[bool, datetime | None]] = {}
        marked = []
        for followup_id in followup_ids:
            followup = _get(session, followup_id)
            before[followup.id] = (followup.done, followup.done_at)
            followup.done_at = _done_at(done, None, followup.done, followup.done_at, moment)
            followup.done = done
            marked.append(followup)
        left = versions_left(session, marked)
    return DoneStates(before, left)


def _table() -> SqlTable:
    table: SqlTable = FollowUp.__table__  # type: ignore[assignment]
    return table


@dataclass(frozen=True)
class DeletedFollowUp:
    """A deleted follow-up's row as it was stored (same id, same times).

    Its undo puts it back. A meeting, organisation or person deleted since is left out, as
    their deletion would have done; a mission deleted since is an error."""

    row: Mapping[str, Any]

    def undo(self, session: Session) -> None:
        row = dict(self.row)
        references: tuple[tuple[str, type[Any]], ...] = (
            ("meeting_id", Meeting),
            ("organisation_id", Organisation),
            ("contact_id", Person),
            ("owner_id", Person),
        )
        with transaction(session):
            mission_id = row.get("mission_id")
            if mission_id is not None and session.get(Mission, mission_id) is None:
                raise NotFoundError(
                    "The follow-up's mission no longer exists; it cannot come back."
                )
            for column, model in references:
                if row.get(column) is not None and session.get(model, row[column]) is None:
                    row[column] = None
            session.execute(insert(_table()), [row])


def delete_followup(session: Session, followup_id: uuid.UUID) -> DeletedFollowUp:
    """Remove a follow-up; returns its row as stored, which its ``undo`` puts back."""
    table = _table()
    with transaction(session):
        _get(session, followup_id)
        row = session.execute(select(table).where(table.c.id == followup_id)).mappings().one()
        snapshot = dict(row)
        session.delete(_get(session, followup_id))
    return DeletedFollowUp(snapshot)


# ---------------------------------------------------------------------------------------------
# Lists


def _filters(
    mission_id: uuid.UUID | None, owner_id: uuid.UUID | None, open_only: bool
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if mission_id is not None:
        conditions.append(FollowUp.mission_id == mission_id)
    if owner_id is not None:
        conditions.append(FollowUp.owner_id == owner_id)
    if open_only:
        conditions.append(FollowUp.done.is_(False))
    return conditions


def _rows_query(conditions: Sequence[ColumnElement[bool]]) -> Select[*tuple[Any, ...]]:
    """Columns, not records: building thousands of ORM objects costs more than the query."""
    org = aliased(Organisation, name="counterpart_org")
    contact = aliased(Person, name="contact")
    owner = aliased(Person, name="owner")
    owner_org = aliased(Organisation, name="owner_org")
    return (
        select(
            FollowUp.id,
            FollowUp.mission_id,
            FollowUp.meeting_id,
            FollowUp.organisation_id,
            FollowUp.contact_id,
            FollowUp.owner_id,
            FollowUp.outcome,
            FollowUp.notes,
            FollowUp.next_action,
            FollowUp.due_date,
            FollowUp.done,
            FollowUp.done_at,
            FollowUp.created_at,
            Mission.code.label("mission_code"),
            Mission.timezone.label("zone"),
            Meeting.starts_at.label("starts_at"),
            B2BTable.number.label("table_number"),
            B2BTable.name.label("table_name"),
            org.name.label("org_name"),
            org.country.label("org_country"),
            contact.first_name.label("contact_first"),
            contact.last_name.label("contact_last"),
            owner.first_name.label("owner_first"),
            owner.last_name.label("owner_last"),
            owner_org.name.label("owner_org"),
            owner_org.country.label("owner_country"),
        )
        .outerjoin(Mission, Mission.id == FollowUp.mission_id)
        .outerjoin(Meeting, Meeting.id == FollowUp.meeting_id)
        .outerjoin(B2BTable, B2BTable.id == Meeting.table_id)
        .outerjoin(org, org.id == FollowUp.organisation_id)
        .outerjoin(contact, contact.id == FollowUp.contact_id)
        .outerjoin(owner, owner.id == FollowUp.owner_id)
        .outerjoin(owner_org, owner_org.id == owner.organisation_id)
        .where(*conditions)
    )


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def _sort_key(row: FollowUpRow) -> tuple[int, bool, date, datetime]:
    group = 0 if row.overdue else (1 if not row.done else 2)
    return (group, row.due_date is None, row.due_date or date.max, row.created_at)


def list_followups(
    session: Session,
    *,
    mission_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    open_only: bool = False,
    today: date | None = None,
) -> list[FollowUpRow]:
    """The follow-up log, filtered; "my open actions" is ``owner_id`` with ``open_only``.

    Overdue first, then open, then done (see the module's definitions). Three queries whatever
    the number of rows: the follow-ups joined once, the participants of their meetings, and
    which clusters are each mission's.
    """
    day = today or date.today()
    conditions = _filters(mission_id, owner_id, open_only)
    records = session.execute(_rows_query(conditions)).all()
    people = _participants(
        session,
        meeting_participants.c.meeting_id.in_(
            select(FollowUp.meeting_id).where(FollowUp.meeting_id.is_not(None), *conditions)
        ),
    )
    rows = [_row(record, people, day) for record in records]
    return sorted(rows, key=_sort_key)


def _row(f: Any, people: dict[uuid.UUID, list[Participant]], today: date) -> FollowUpRow:
    """A row of ``_rows_query`` as the log shows it."""
    side_b = (f.org_name or "", f.org_country or "")
    if f.meeting_id is not None and f.starts_at is not None:
        label = meeting_label(f.starts_at, f.zone, f.table_number, f.table_name)
        zoned = meeting_label(f.starts_at, f.zone, f.table_number, f.table_name, zone_named=True)
        participants = people.get(f.meeting_id, [])
        a = our_side(participants, f.organisation_id)
        side_a = (a.organisation, a.country) if a is not None else ("", "")
        if f.organisation_id is None:
            b = counterpart(participants)
            side_b = (b.organisation, b.country) if b is not None else ("", "")
    else:
        label = zoned = ""
        side_a = (f.owner_org or "", f.owner_country or "")
    return FollowUpRow(
        id=f.id,
        mission_id=f.mission_id,
        mission_code=f.mission_code or "",
        meeting_id=f.meeting_id,
        meeting=label,
        organisation_a=side_a[0],
        country_a=side_a[1],
        organisation_b=side_b[0],
        country_b=side_b[1],
        organisation_id=f.organisation_id,
        contact_id=f.contact_id,
        contact=_name(f.contact_first, f.contact_last),
        outcome=f.outcome,
        een_rating=een_rating(f.outcome).label,
        notes=f.notes,
        next_action=f.next_action,
        owner_id=f.owner_id,
        owner=_name(f.owner_first, f.owner_last),
        due_date=f.due_date,
        done=f.done,
        done_at=f.done_at,
        overdue=not f.done and f.due_date is not None and f.due_date < today,
        created_at=f.created_at,
        done_on=_day_done(f.done_at, f.zone),
        meeting_zoned=zoned,
        meeting_at=f.starts_at if f.meeting_id is not None else None,
        zone=f.zone or "",
        table_number=f.table_number,
        table_name=f.table_name or "",
    )


def _day_done(done_at: datetime | None, zone_name: str | None) -> date | None:
    """The calendar day of ``done_at`` where the mission is; the UTC day without a mission."""
    if done_at is None:
        return None
    return (to_local(done_at, zone_name) if zone_name else done_at.astimezone(UTC)).date()


def meeting_choices(session: Session, mission_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """The mission's meetings that a follow-up can be for (not cancelled), in time order:
    ``Wed 27 Jan 14:20, Table 3 — Our Name (Org) × Their Name (Org)``."""
    mission = get_mission(session, mission_id)
    condition = (Meeting.mission_id == mission_id, Meeting.status != MeetingStatus.CANCELLED)
    meetings = session.execute(
        select(Meeting, B2BTable)
        .outerjoin(B2BTable, B2BTable.id == Meeting.table_id)
        .where(*condition)
        .order_by(Meeting.starts_at)
    ).all()
    people = _participants(
        session, meeting_participants.c.meeting_id.in_(select(Meeting.id).where(*condition))
    )
    choices = []
    for meeting, table in meetings:
        names = " × ".join(_who(p) for p in people.get(meeting.id, []))
        label = meeting_label(
            meeting.starts_at,
            mission.timezone,
            table.number if table is not None else None,
            table.name if table is not None else None,
        )
        status = "" if meeting.status is MeetingStatus.SCHEDULED else f" ({meeting.status.label})"
        choices.append((meeting.id, f"{label} — {names}{status}" if names else label + status))
    return choices


def _who(participant: Participant) -> str:
    if participant.organisation:
        return f"{participant.name} ({participant.organisation})"
    return participant.name


def owner_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Who can own a follow-up: people with a coordinator registration on any mission (not
    erased), and anyone who already owns one; by name."""
    coordinators = select(Registration.person_id).where(
        Registration.role == RegistrationRole.COORDINATOR
    )
    owners = select(FollowUp.owner_id).where(FollowUp.owner_id.is_not(None))
    people = session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(
            (Person.id.in_(coordinators) & Person.erased_at.is_(None)) | Person.id.in_(owners)
        )
    ).all()
    named = [(person_id, _name(first, last)) for person_id, first, last in people]
    return sorted(named, key=lambda choice: (choice[1].casefold(), str(choice[0])))


# ---------------------------------------------------------------------------------------------
# Exports


def _cells(row: FollowUpRow) -> list[Value]:
    """A row of the CSV and XLSX: the due date a date cell in XLSX, the rest text."""
    return [
        row.mission_code,
        row.meeting,
        row.organisation_a,
        row.country_a,
        row.organisation_b,
        row.country_b,
        row.contact,
        row.outcome.label,
        row.next_action,
        row.owner,
        date_cell(row.due_date),
        "yes" if row.done else "no",
        row.notes,
        row.een_rating,
    ]


def followup_table(
    session: Session, mission_id: uuid.UUID | None = None, *, today: date | None = None
) -> list[list[str]]:
    """One row of text per follow-up, in the order of ``FOLLOWUP_COLUMNS`` and of the log."""
    return [
        [cell if isinstance(cell, str) else cell.text for cell in _cells(row)]
        for row in list_followups(session, mission_id=mission_id, today=today)
    ]


def export_followups(
    session: Session,
    out: Path,
    fmt: Format,
    *,
    mission_id: uuid.UUID | None = None,
    today: date | None = None,
    printed_on: date | None = None,
    delimiter: Delimiter = ",",
    language: str | None = None,
) -> FollowUpExport:
    """The follow-up log of one mission (or of all) as CSV (separated by ``delimiter``), XLSX
    or PDF, written whole or not at all. CSV and XLSX cells that a spreadsheet would run as
    formulas are neutralised. ``language``: the PDF's (English when None)."""
    if fmt not in FORMATS:
        raise ValidationError(f"Unknown format '{fmt}': use csv, xlsx or pdf.", "format")
    mission = get_mission(session, mission_id) if mission_id is not None else None
    day = today or date.today()
    rows = list_followups(session, mission_id=mission_id, today=day)
    if fmt == "pdf":
        # Here, not at the top: reportlab is for the PDF alone (the GUI starts without it).
        from pimap_desktop.services.printing.followup_log import write_log_pdf

        words = document_language(language)
        pages = write_log_pdf(session, out, mission, rows, day, printed_on or date.today(), words)
        return FollowUpExport(out, fmt, len(rows), pages)
    cells = [_cells(row) for row in rows]
    write_table(out, fmt, FOLLOWUP_COLUMNS, cells, sheet="Follow-ups", delimiter=delimiter)
    return FollowUpExport(out, fmt, len(rows), 0)
