"""Undo steps of the on-site page, over the services' tokens (see ``gui/undo.py``).

The check-in search index lives in the page; the desk's steps keep it in step through an
``IndexHolder`` (the page), so that an undone check-in is not shown as checked in by the
matches, and a walk-in taken back is no longer found.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Protocol

from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus, RegistrationRole
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.b2b.commands import meeting_moved
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.gui.undo import Changed, ServiceStep
from pimap_desktop.services.b2b.meetings import MeetingPlace
from pimap_desktop.services.followup import followup
from pimap_desktop.services.followup.followup import QuickFollowUp
from pimap_desktop.services.onsite import onsite
from pimap_desktop.services.onsite.onsite import (
    CheckInBefore,
    CheckInIndex,
    CheckInResult,
    MeetingStatusesBefore,
    WalkInResult,
)
from pimap_desktop.services.undo import Undo
from pimap_desktop.store.database import Database

Clock = Callable[[], datetime]


class OnSiteSteps(TranslationContext):
    """The translation context of the on-site desk's undo steps."""


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
        return _walk_in(session, mission_id, form, now, holder)


def _walk_in(
    session: Session, mission_id: uuid.UUID, form: WalkInForm, now: datetime, holder: IndexHolder
) -> WalkInResult:
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


class CheckIn(ServiceStep[CheckInBefore]):
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
        before, at = result.undo, result.checked_in_local
        if before is None or at is None:
            raise ValueError("only a check-in that changed something can be undone")
        registration_id, name = before.registration_id, result.name

        def check_in_again(session: Session) -> CheckInBefore:
            again = onsite.check_in_registration(
                session,
                mission_id,
                registration_id,
                now=at,
                confirm=True,  # the desk said yes when it was done
            )
            index = holder.index_for(mission_id)
            if index is not None:
                index.apply(again)
            if again.undo is None:
                # Checked in at another desk since: undoing this step would erase that check-in.
                raise PimapError(f"{name}: {again.message}")  # the service's words
            return again.undo

        super().__init__(
            db,
            arg(OnSiteSteps.tr("Check in %1"), name),
            before,
            redo=check_in_again,
            show=partial(changed, mission_id),
            select=registration_id,
            select_undone=registration_id,
        )
        self.mission_id, self.holder = mission_id, holder

    def shown(self, *, undone: bool) -> None:
        if undone:
            index = self.holder.index_for(self.mission_id)
            if index is not None:
                before = self.token
                index.mark_checked_in(before.registration_id, before.checked_in_at, before.status)
        super().shown(undone=undone)


class WalkIn(ServiceStep[WalkInResult]):
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
        super().__init__(
            db,
            arg(OnSiteSteps.tr("Walk-in %1"), form.name),
            walk,
            redo=lambda session: _walk_in(session, mission_id, form, at, holder),
            show=partial(changed, mission_id),
        )
        self.mission_id, self.holder = mission_id, holder

    def shown(self, *, undone: bool) -> None:
        walk = self.token
        if undone and walk.created_registration:
            self.holder.reload_index(self.mission_id)
        elif undone:
            index = self.holder.index_for(self.mission_id)
            if index is not None:
                index.mark_checked_in(
                    walk.registration_id, walk.previous_checked_in_at, walk.previous_status
                )
        self.show(walk.registration_id)


def meetings_marked(
    db: Database,
    mission_id: uuid.UUID,
    status: MeetingStatus,
    before: MeetingStatusesBefore,
    changed: Changed,
) -> ServiceStep[MeetingStatusesBefore]:
    """Meetings marked held, no-show, cancelled (or scheduled again). A step that would bring
    a cancelled meeting back to a place taken since is refused by the service; the step shows
    the reason and leaves the stack, and nothing is changed."""
    ids = list(before.statuses)
    text = (
        OnSiteSteps.tr("Mark a meeting %1")
        if len(ids) == 1
        else OnSiteSteps.tr("Mark %n meetings %1", "", len(ids))
    )
    first = next(iter(ids), None)
    return ServiceStep(
        db,
        arg(text, enum_label(status).lower()),
        before,
        redo=lambda session: onsite.set_meeting_status(session, ids, status),
        show=partial(changed, mission_id),
        select=first,
        select_undone=first,
    )


def move_meeting_command(
    db: Database,
    mission_id: uuid.UUID,
    meeting_id: uuid.UUID,
    before: MeetingPlace,
    after: MeetingPlace,
    was_locked: bool,
    changed: Changed,
    names: str,
    *,
    loaded: int | None = None,
    left: int | None = None,
) -> ServiceStep[Undo]:
    """The B2B page's move step (undo moves back and puts the lock back), named for the desk;
    the move took the meeting from version ``loaded`` to ``left``."""
    return meeting_moved(
        db,
        mission_id,
        meeting_id,
        before,
        after,
        was_locked,
        changed,
        arg(OnSiteSteps.tr("Move the meeting %1"), names),
        loaded=loaded,
        left=left,
    )


def quick_followup_recorded(
    db: Database,
    mission_id: uuid.UUID,
    entry: QuickFollowUp,
    outcome: FollowUpOutcome,
    notes: str,
    changed: Changed,
    at: datetime,
    names: str,
) -> ServiceStep[QuickFollowUp]:
    """The outcome of a meeting entered right after it (which marks it held if it was still
    scheduled); undo removes the follow-up and puts the meeting's status back; redo records
    it again with the time it was first recorded (``at``)."""
    meeting_id = entry.meeting_id
    return ServiceStep(
        db,
        arg(OnSiteSteps.tr("Follow-up “%1” for %2"), enum_label(outcome), names),
        entry,
        redo=lambda session: followup.record_quick_followup(
            session, meeting_id, outcome, notes, now=at
        ),
        show=partial(changed, mission_id),
        select=meeting_id,
        select_undone=meeting_id,
    )
