"""Undoable B2B set-up steps: a session added, requests added, removed or re-prioritised, a
requests or availability file imported, a person's availability changed, wish forms read.
Each step calls services (one transaction each way); see ``gui/undo.py``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pimap_desktop.gui.undo import Changed, _ServiceCommand
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b import sessions as sessions_svc
from pimap_desktop.services.b2b.imports import B2BImport, run_import, undo_b2b_import
from pimap_desktop.services.b2b.wishes import WishImportReport, import_wishes, undo_wish_import
from pimap_desktop.services.importing.reading import SourceTable
from pimap_desktop.store.database import Database


class AddSession(_ServiceCommand):
    """Undo deletes the new session (it has no meetings yet: later steps are undone first);
    redo puts the very same session back (ids, tables, programme block)."""

    def __init__(
        self, db: Database, mission_id: uuid.UUID, session_id: uuid.UUID, changed: Changed
    ) -> None:
        super().__init__(db, mission_id, changed, "Add a B2B session")
        self.session_id = session_id
        self.deleted: sessions_svc.SessionChange | None = None

    def do(self) -> None:
        if self.deleted is not None:
            with self.db.session() as session:
                sessions_svc.undo_session_change(session, self.deleted)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            self.deleted = sessions_svc.delete_session(
                session, self.session_id, expected_removed=()
            )
        self.changed(self.mission_id, None)


class AddRequest(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        request_id: uuid.UUID,
        requester_id: uuid.UUID,
        target_id: uuid.UUID,
        priority: int,
        changed: Changed,
        text: str = "Add a meeting request",
    ) -> None:
        super().__init__(db, mission_id, changed, text)
        self.request_id = request_id
        self.pair = (requester_id, target_id)
        self.priority = priority

    def do(self) -> None:
        with self.db.session() as session:
            b2b.set_request(
                session, self.mission_id, *self.pair, self.priority, request_id=self.request_id
            )
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            b2b.delete_request(session, self.request_id)
        self.changed(self.mission_id, None)


class RemoveRequests(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        rows: Sequence[dict[str, Any]],
        changed: Changed,
    ) -> None:
        count = len(rows)
        text = "Remove a meeting request" if count == 1 else f"Remove {count} meeting requests"
        super().__init__(db, mission_id, changed, text)
        self.rows = list(rows)

    def do(self) -> None:
        with self.db.session() as session:
            self.rows = [b2b.delete_request(session, row["id"]) for row in self.rows]
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            for row in self.rows:
                b2b.restore_request(session, row)
        self.changed(self.mission_id, None)


class SetPriorities(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        before: dict[uuid.UUID, int],
        priority: int,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Set priority {priority}")
        self.before, self.priority = before, priority

    def do(self) -> None:
        with self.db.session() as session:
            for request_id in self.before:
                b2b.update_request(session, request_id, priority=self.priority)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            for request_id, priority in self.before.items():
                b2b.update_request(session, request_id, priority=priority)
        self.changed(self.mission_id, None)


class ImportB2B(_ServiceCommand):
    """A requests or availability file: redo imports the same table again."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        table: SourceTable,
        result: B2BImport,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Import {result.kind.label} from {table.name}")
        self.table, self.result = table, result

    def do(self) -> None:
        with self.db.session() as session:
            self.result = run_import(session, self.mission_id, self.result.kind, self.table)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            undo_b2b_import(session, self.result.undo)
        self.changed(self.mission_id, None)


class SetAvailability(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        registration_id: uuid.UUID,
        name: str,
        before: Sequence[b2b.Window],
        after: Sequence[b2b.Window],
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Change the availability of {name}")
        self.registration_id = registration_id
        self.before, self.after = list(before), list(after)

    def do(self) -> None:
        with self.db.session() as session:
            b2b.set_availability(session, self.registration_id, self.after)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            b2b.set_availability(session, self.registration_id, self.before)
        self.changed(self.mission_id, None)


class ImportWishes(_ServiceCommand):
    """Returned wish forms: redo reads the same files again."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        paths: Sequence[Path],
        report: WishImportReport,
        changed: Changed,
    ) -> None:
        count = len(paths)
        super().__init__(
            db, mission_id, changed, f"Import {count} wish form{'s' if count != 1 else ''}"
        )
        self.paths, self.report = list(paths), report

    def do(self) -> None:
        with self.db.session() as session:
            self.report = import_wishes(session, self.mission_id, self.paths)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            undo_wish_import(session, self.report.undo)
        self.changed(self.mission_id, None)
