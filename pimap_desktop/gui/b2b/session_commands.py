"""Undoable changes to a B2B session: each step calls a service (one transaction each way).

Redo applies the same data again and expects the same meetings to go (undo put them back with
their ids); if they differ, the service refuses and the step leaves the stack with the reason.
"""

from __future__ import annotations

import uuid

from pimap_desktop.gui.undo import Changed, _ServiceCommand
from pimap_desktop.services.b2b import sessions as svc
from pimap_desktop.services.b2b.meetings import SessionData
from pimap_desktop.store.database import Database


def _removed_ids(change: svc.SessionChange) -> list[uuid.UUID]:
    return [m.meeting_id for m in change.removed]


class EditSession(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        data: SessionData,
        change: svc.SessionChange,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Change the B2B session “{change.name}”")
        self.data, self.change = data, change

    def do(self) -> None:
        with self.db.session() as session:
            self.change = svc.update_session(
                session,
                self.change.session_id,
                self.data,
                expected_removed=_removed_ids(self.change),
            )
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            svc.undo_session_change(session, self.change)
        self.changed(self.mission_id, None)


class DeleteSession(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        change: svc.SessionChange,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Delete the B2B session “{change.name}”")
        self.change = change

    def do(self) -> None:
        with self.db.session() as session:
            self.change = svc.delete_session(
                session, self.change.session_id, expected_removed=_removed_ids(self.change)
            )
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            svc.undo_session_change(session, self.change)
        self.changed(self.mission_id, None)
