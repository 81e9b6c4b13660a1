"""Undoable changes to the follow-up log. Each command calls a service (one transaction each
way) and then tells the page which follow-up to show.

As everywhere (see ``gui/undo.py``), the first ``redo`` that ``QUndoStack.push`` runs is
skipped: the page has already made the change, so that a refused form keeps its dialog open
instead of entering the stack.

Why not ``gui.undo._ServiceCommand``: it belongs to one mission and moves its page to that
mission after each step; a follow-up may belong to no mission, and the log shows every
mission at once. The guard against data changed underneath is the same (``explain_stale``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pimap_desktop.gui.undo import ServiceStep
from pimap_desktop.services.followup import followup as svc
from pimap_desktop.services.followup.followup import FollowUpData
from pimap_desktop.store.database import Database

Changed = Callable[[uuid.UUID | None], None]  # the follow-up to select, if any
DoneStates = dict[uuid.UUID, tuple[bool, datetime | None]]


def _plural(count: int) -> str:
    return f"{count} follow-up{'s' if count != 1 else ''}"


class FollowUpCommand(ServiceStep):
    def __init__(self, db: Database, changed: Changed, text: str) -> None:
        super().__init__(db, text)
        self.changed = changed

    def after_failure(self) -> None:
        self.changed(None)


class RecordFollowUp(FollowUpCommand):
    """A follow-up recorded; undo deletes it, redo puts back the very row the undo took."""

    def __init__(self, db: Database, followup_id: uuid.UUID, changed: Changed, who: str) -> None:
        super().__init__(db, changed, f"Record a follow-up{_with(who)}")
        self.followup_id = followup_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        assert self.snapshot is not None  # an undo came first
        with self.db.session() as session:
            svc.restore_followup(session, self.snapshot)
        self.changed(self.followup_id)

    def revert(self) -> None:
        with self.db.session() as session:
            self.snapshot = svc.delete_followup(session, self.followup_id)
        self.changed(None)


class EditFollowUp(FollowUpCommand):
    """A follow-up changed: ``before`` and ``after`` are its stored values (done times
    included, so that undo and redo put back the very times)."""

    def __init__(
        self,
        db: Database,
        followup_id: uuid.UUID,
        before: FollowUpData,
        after: FollowUpData,
        changed: Changed,
        who: str,
    ) -> None:
        super().__init__(db, changed, f"Edit the follow-up{_with(who)}")
        self.followup_id = followup_id
        self.before, self.after = before, after

    def _set(self, data: FollowUpData) -> None:
        with self.db.session() as session:
            svc.update_followup(session, self.followup_id, data)
        self.changed(self.followup_id)

    def do(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


class SetFollowUpsDone(FollowUpCommand):
    """Follow-ups marked done or open again; each one's (done, done at) before and after."""

    def __init__(
        self, db: Database, before: DoneStates, after: DoneStates, done: bool, changed: Changed
    ) -> None:
        verb = "Mark" if done else "Reopen"
        suffix = " done" if done else ""
        super().__init__(db, changed, f"{verb} {_plural(len(before))}{suffix}")
        self.before, self.after = before, after
        self.first = next(iter(before), None)

    def do(self) -> None:
        with self.db.session() as session:
            svc.restore_done(session, self.after)
        self.changed(self.first)

    def revert(self) -> None:
        with self.db.session() as session:
            svc.restore_done(session, self.before)
        self.changed(self.first)


class DeleteFollowUp(FollowUpCommand):
    """A follow-up deleted; undo puts back the row as it was stored (same id, same times)."""

    def __init__(
        self,
        db: Database,
        followup_id: uuid.UUID,
        snapshot: dict[str, Any],
        changed: Changed,
        who: str,
    ) -> None:
        super().__init__(db, changed, f"Delete the follow-up{_with(who)}")
        self.followup_id = followup_id
        self.snapshot = snapshot

    def do(self) -> None:
        with self.db.session() as session:
            self.snapshot = svc.delete_followup(session, self.followup_id)
        self.changed(None)

    def revert(self) -> None:
        with self.db.session() as session:
            svc.restore_followup(session, self.snapshot)
        self.changed(self.followup_id)


def _with(who: str) -> str:
    return f" with {who}" if who else ""
