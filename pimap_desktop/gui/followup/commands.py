"""Undoable changes to the follow-up log, over the services' tokens (see ``gui/undo.py``).
After each step the page shows the follow-up concerned.

A follow-up may belong to no mission, and the log shows every mission at once: the steps
tell the page which follow-up to select, not which mission to show.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from pimap_desktop.domain.models import FollowUp
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.gui.undo import ServiceStep, TakeOut, between
from pimap_desktop.services.followup import followup as svc
from pimap_desktop.services.followup.followup import DeletedFollowUp, DoneStates, FollowUpData
from pimap_desktop.services.undo import Undo, edit_steps
from pimap_desktop.services.versions import version_left
from pimap_desktop.store.database import Database

Changed = Callable[[uuid.UUID | None], None]  # the follow-up to select, if any


class FollowUpUndoSteps(TranslationContext):
    """The translation context of the follow-ups' undo steps."""


def followup_recorded(
    db: Database, followup_id: uuid.UUID, changed: Changed, who: str
) -> ServiceStep[TakeOut]:
    """A follow-up recorded; undo deletes it, redo puts back the very row the undo took."""
    token = TakeOut(lambda session: svc.delete_followup(session, followup_id))
    return ServiceStep(
        db,
        arg(FollowUpUndoSteps.tr("Record a follow-up with %1"), who)
        if who
        else FollowUpUndoSteps.tr("Record a follow-up"),
        token,
        redo=token.put_back,
        show=changed,
        select=followup_id,
    )


def followup_edited(
    db: Database,
    followup_id: uuid.UUID,
    before: FollowUpData,
    after: FollowUpData,
    changed: Changed,
    who: str,
    *,
    loaded: int | None = None,
    left: int | None = None,
) -> ServiceStep[Undo]:
    """A follow-up changed: ``before`` and ``after`` are its stored values (done times
    included, so that undo and redo put back the very times); the form was loaded at version
    ``loaded`` and left it at ``left``: undo and redo are refused when it changed since."""

    def apply(session: Session, data: FollowUpData, expected: int | None) -> int:
        svc.update_followup(session, followup_id, data, expected_version=expected)
        return version_left(session, FollowUp, followup_id)

    back, forth = edit_steps(
        apply, before, after, record=(FollowUp, followup_id), loaded=loaded, left=left
    )
    return between(
        db,
        arg(FollowUpUndoSteps.tr("Edit the follow-up with %1"), who)
        if who
        else FollowUpUndoSteps.tr("Edit the follow-up"),
        back,
        forth,
        show=changed,
        select=followup_id,
    )


def followups_done(
    db: Database, before: DoneStates, after: DoneStates, done: bool, changed: Changed
) -> ServiceStep[Undo]:
    """Follow-ups marked done or open again; each one's (done, done at) before and after."""
    count = len(before.states)
    text = (
        FollowUpUndoSteps.tr("Mark %n follow-up(s) done", "", count)
        if done
        else FollowUpUndoSteps.tr("Reopen %n follow-up(s)", "", count)
    )
    return between(db, text, before, after, show=changed, select=next(iter(before.states), None))


def followup_deleted(
    db: Database, followup_id: uuid.UUID, deleted: DeletedFollowUp, changed: Changed, who: str
) -> ServiceStep[DeletedFollowUp]:
    """A follow-up deleted; undo puts back the row as it was stored (same id, same times)."""
    return ServiceStep(
        db,
        arg(FollowUpUndoSteps.tr("Delete the follow-up with %1"), who)
        if who
        else FollowUpUndoSteps.tr("Delete the follow-up"),
        deleted,
        redo=lambda session: svc.delete_followup(session, followup_id),
        show=changed,
        select_undone=followup_id,
    )
