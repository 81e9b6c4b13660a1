"""Undo commands of the on-site page. Each calls a service (one transaction each way); none
pokes models. As everywhere (see ``gui/undo.py``), the first ``redo`` that ``push`` runs is
skipped: the page has already done the action.

The check-in search index lives in the page; the commands keep it in step through an
``IndexHolder`` (the page), so that an undone check-in is not shown as checked in by the
matches, and a walk-in taken back is no longer found.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus, RegistrationRole
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.undo import Changed, MoveMeeting, _ServiceCommand
from pimap_desktop.services.b2b.meetings import MeetingPlace
from pimap_desktop.services.followup import followup
from pimap_desktop.services.onsite import onsite
from pimap_desktop.services.onsite.onsite import CheckInIndex, CheckInResult, WalkInResult
from pimap_desktop.store.database import Database

Clock = Callable[[], datetime]


class IndexHolder(Protocol):
    """Who keeps the check-in index of the mission on screen (the on-site page)."""

    def index_for(self, mission_id: uuid.UUID) -> CheckInIndex | None:
        """The index of that mission if it is the one shown, else None."""

    def reload_index(self, mission_id: uuid.UUID) -> None:
        """Read the index again (after a registration was removed: the index cannot drop one)."""


@dataclass(frozen=True)
class WalkInForm:
    """What the desk typed in the walk-in form; kept by the undo command to do it again."""

    first_name: str
    last_name: str
    email: str
    organisation_name: str
    country: str
    role: RegistrationRole = RegistrationRole.VISITOR
    delegation_id: uuid.UUID | None = None
    check_in: bool = True

    @property
    def name(self) -> str:
        return " ".join(f"{self.first_name} {self.last_name}".split())


def run_walk_in(
    db: Database, mission_id: uuid.UUID, form: WalkInForm, now: datetime, holder: IndexHolder
) -> WalkInResult:
    """The walk-in service for the form, with the person taken into the index."""
    with db.session() as session:
        walk = onsite.walk_in(
            session,
            mission_id,
            first_name=form.first_name,
            last_name=form.last_name,
            email=form.email or None,
            organisation_name=form.organisation_name,
            country=form.country,
            role=form.role,
            check_in=form.check_in,
            delegation_id=form.delegation_id,
            now=now,
        )
        index = holder.index_for(mission_id)
        if index is not None:
            index.add(session, walk.registration_id)
    return walk


class CheckIn(_ServiceCommand):
    """A check-in at the desk; undo puts the check-in time and the status back, redo checks
    them in again at the time they arrived (not the time of the redo), confirmed again if the
    desk let them in from invited or wait-listed."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        result: CheckInResult,
        changed: Changed,
        holder: IndexHolder,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Check in {result.name}")
        if (
            result.registration_id is None
            or not result.checked_in_now
            or result.checked_in_local is None
        ):
            raise ValueError("only a check-in that changed something can be undone")
        self.registration_id = result.registration_id
        self.name = result.name
        self.checked_in_at = result.checked_in_local
        self.previous_checked_in_at = result.previous_checked_in_at
        self.previous_status = result.previous_status
        self.holder = holder

    def do(self) -> None:
        with self.db.session() as session:
            result = onsite.check_in_registration(
                session,
                self.mission_id,
                self.registration_id,
                now=self.checked_in_at,
                confirm=True,  # the desk said yes when it was done
            )
        index = self.holder.index_for(self.mission_id)
        if index is not None:
            index.apply(result)
        if not result.checked_in_now:
            # Checked in at another desk since: undoing this step would erase that check-in.
            raise PimapError(f"{self.name}: {result.message}")
        self.previous_checked_in_at = result.previous_checked_in_at
        self.previous_status = result.previous_status
        self.changed(self.mission_id, self.registration_id)

    def revert(self) -> None:
        with self.db.session() as session:
            onsite.undo_check_in(
                session,
                self.registration_id,
                self.previous_checked_in_at,
                previous_status=self.previous_status,
            )
        index = self.holder.index_for(self.mission_id)
        if index is not None:
            index.mark_checked_in(
                self.registration_id, self.previous_checked_in_at, self.previous_status
            )
        self.changed(self.mission_id, self.registration_id)


class WalkIn(_ServiceCommand):
    """A walk-in registered (and checked in) at the desk; undo takes back what it made.

    Redo registers the same form again, checked in at the time of the walk-in (``at``): a
    person or registration it creates gets a new id."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        form: WalkInForm,
        walk: WalkInResult,
        changed: Changed,
        holder: IndexHolder,
        at: datetime,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Walk-in {form.name}")
        self.form, self.walk = form, walk
        self.holder, self.at = holder, at

    def do(self) -> None:
        self.walk = run_walk_in(self.db, self.mission_id, self.form, self.at, self.holder)
        self.changed(self.mission_id, self.walk.registration_id)

    def revert(self) -> None:
        with self.db.session() as session:
            onsite.undo_walk_in(session, self.walk)
        if self.walk.created_registration:
            self.holder.reload_index(self.mission_id)
        else:
            index = self.holder.index_for(self.mission_id)
            if index is not None:
                index.mark_checked_in(
                    self.walk.registration_id,
                    self.walk.previous_checked_in_at,
                    self.walk.previous_status,
                )
        self.changed(self.mission_id, self.walk.registration_id)


class MarkMeetings(_ServiceCommand):
    """Meetings marked held, no-show, cancelled (or scheduled again). A step that would bring
    a cancelled meeting back to a place taken since is refused by the service; ``_guarded``
    shows the reason and drops the step, and nothing is changed."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        status: MeetingStatus,
        before: dict[uuid.UUID, MeetingStatus],
        changed: Changed,
    ) -> None:
        count = len(before)
        what = "a meeting" if count == 1 else f"{count} meetings"
        super().__init__(db, mission_id, changed, f"Mark {what} {status.label.lower()}")
        self.status, self.before = status, before

    def do(self) -> None:
        with self.db.session() as session:
            onsite.set_meeting_status(session, list(self.before), self.status)
        self.changed(self.mission_id, next(iter(self.before), None))

    def revert(self) -> None:
        with self.db.session() as session:
            onsite.restore_meeting_statuses(session, self.before)
        self.changed(self.mission_id, next(iter(self.before), None))


def move_meeting_command(
    db: Database,
    mission_id: uuid.UUID,
    meeting_id: uuid.UUID,
    before: MeetingPlace,
    after: MeetingPlace,
    was_locked: bool,
    changed: Changed,
    names: str,
) -> MoveMeeting:
    """The B2B page's move step (undo moves back and puts the lock back), named for the desk."""
    command = MoveMeeting(db, mission_id, meeting_id, before, after, was_locked, changed)
    command.setText(f"Move the meeting {names}")
    return command


class RecordQuickFollowUp(_ServiceCommand):
    """The outcome of a meeting entered right after it (which marks it held if it was still
    scheduled); undo removes the follow-up and puts the meeting's status back; redo records
    it again with the time it was first recorded (``at``)."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        entry: followup.QuickFollowUp,
        outcome: FollowUpOutcome,
        notes: str,
        changed: Changed,
        at: datetime,
        names: str,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Follow-up “{outcome.label}” for {names}")
        self.entry, self.outcome, self.notes, self.at = entry, outcome, notes, at

    def do(self) -> None:
        with self.db.session() as session:
            self.entry = followup.record_quick_followup(
                session, self.entry.meeting_id, self.outcome, self.notes, now=self.at
            )
        self.changed(self.mission_id, self.entry.meeting_id)

    def revert(self) -> None:
        with self.db.session() as session:
            followup.undo_quick_followup(session, self.entry)
        self.changed(self.mission_id, self.entry.meeting_id)
