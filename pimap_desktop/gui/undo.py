"""Undoable edits. Each command calls a service (one transaction each way); none pokes models.

The first ``redo`` that ``QUndoStack.push`` runs is skipped: the page has already carried the
action out (so that a refused input keeps its dialog open instead of entering the stack).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError

from pimap_desktop.domain.enums import RegistrationStatus, RequestStatus
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.errors import report_error
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.calendars.calendars import CalendarUndo, undo_calendar_import
from pimap_desktop.services.importing.headers import Field
from pimap_desktop.services.importing.people import ImportReport, import_people, undo_import
from pimap_desktop.services.importing.reading import SourceTable
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.services.missions.missions import ProgrammeItemData, RemovedItem
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.store.database import Database

Changed = Callable[[uuid.UUID, uuid.UUID | None], None]  # mission id, item to select


def explain_stale(exc: Exception) -> Exception:
    """A database refusal during undo or redo means the data changed under the step (a
    record it needs was deleted or changed elsewhere): say that, not "something went wrong"."""
    if isinstance(exc, SQLAlchemyError):
        return PimapError(
            "This step can no longer be undone or redone: the records it concerns were "
            "changed or deleted since. Nothing was changed now."
        )
    return exc


class ServiceStep(QUndoCommand):
    """An undoable step made by a service: the change is done before it is pushed (the first
    redo is skipped); ``do`` and ``revert`` call services; a failure is explained and the step
    dropped, then ``after_failure`` lets the page show the data as it is."""

    def __init__(self, db: Database, text: str) -> None:
        super().__init__(text)
        self.db = db
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self.do, "redo")

    def undo(self) -> None:
        self._guarded(self.revert, "undo")

    def _guarded(self, step: Callable[[], None], verb: str) -> None:
        # The data may have changed under the command (another window, the pimap command):
        # say so, and drop the command from the stack rather than leave it half-applied.
        try:
            step()
        except Exception as exc:
            self.setObsolete(True)
            report_error(None, explain_stale(exc), action=f"{verb} “{self.text()}”")
            self.after_failure()

    def after_failure(self) -> None:
        """Refresh what shows the data after a step could not be done."""

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class _ServiceCommand(ServiceStep):
    def __init__(self, db: Database, mission_id: uuid.UUID, changed: Changed, text: str) -> None:
        super().__init__(db, text)
        self.mission_id = mission_id
        self.changed = changed

    def after_failure(self) -> None:
        self.changed(self.mission_id, None)


class AddProgrammeItem(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        item_id: uuid.UUID,
        data: ProgrammeItemData,
        changed: Changed,
        *,
        new_venue: bool = False,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Add “{data.title.strip()}”")
        self.item_id = item_id
        self.data = data
        self.new_venue = new_venue  # the addition created its venue: the undo removes it

    def do(self) -> None:
        with self.db.session() as session:
            svc.create_programme_item(session, self.mission_id, self.data, item_id=self.item_id)
        self.changed(self.mission_id, self.item_id)

    def revert(self) -> None:
        with self.db.session() as session:
            svc.delete_programme_item(session, self.item_id, drop_venue_if_unused=self.new_venue)
        self.changed(self.mission_id, None)


class EditProgrammeItem(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        item_id: uuid.UUID,
        before: ProgrammeItemData,
        after: ProgrammeItemData,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Edit “{after.title.strip()}”")
        self.item_id = item_id
        self.before = before
        self.after = after

    def _set(self, data: ProgrammeItemData) -> None:
        with self.db.session() as session:
            svc.update_programme_item(session, self.item_id, data)
        self.changed(self.mission_id, self.item_id)

    def do(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


class DeleteProgrammeItem(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        item_id: uuid.UUID,
        removed: RemovedItem,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Delete “{removed.data.title}”")
        self.item_id = item_id
        self.removed = removed

    def do(self) -> None:
        with self.db.session() as session:
            self.removed = svc.delete_programme_item(session, self.item_id)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            svc.restore_programme_item(session, self.removed)
        self.changed(self.mission_id, self.item_id)


class ImportAgenda(_ServiceCommand):
    """A partner's agenda (.ics) imported into the programme, as one step.

    Undo puts the programme back as it was; redo puts the import's result back from what the
    undo kept (the same items with the same ids, which later steps refer to), rather than
    reading the file again: it may have changed or moved since.
    """

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        undo: CalendarUndo,
        changed: Changed,
        file_name: str,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Import {file_name}")
        self.take_back = undo  # what puts the other state back: the undo, then the redo

    def _swap(self) -> None:
        with self.db.session() as session:
            self.take_back = undo_calendar_import(session, self.take_back)
        self.changed(self.mission_id, None)

    def do(self) -> None:
        self._swap()

    def revert(self) -> None:
        self._swap()


# --------------------------------------------------------------------------- registrations


class RegisterPeople(_ServiceCommand):
    """People added to a mission; undo takes them out again."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        registration_ids: tuple[uuid.UUID, ...],
        changed: Changed,
    ) -> None:
        count = len(registration_ids)
        super().__init__(
            db, mission_id, changed, f"Add {count} {'person' if count == 1 else 'people'}"
        )
        self.registration_ids = registration_ids
        self.removed: regs.RemovedRegistrations | None = None

    def do(self) -> None:
        assert self.removed is not None
        with self.db.session() as session:
            regs.restore_registrations(session, self.removed)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            self.removed = regs.remove_registrations(session, self.registration_ids)
        self.changed(self.mission_id, None)


class RemoveRegistrations(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        registration_ids: tuple[uuid.UUID, ...],
        removed: regs.RemovedRegistrations,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Remove {removed.count} from the mission")
        self.registration_ids = registration_ids
        self.removed = removed

    def do(self) -> None:
        with self.db.session() as session:
            self.removed = regs.remove_registrations(session, self.registration_ids)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            regs.restore_registrations(session, self.removed)
        self.changed(self.mission_id, None)


class EditRegistration(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        registration_id: uuid.UUID,
        before: regs.RegistrationData,
        after: regs.RegistrationData,
        changed: Changed,
        name: str,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Edit the registration of {name}")
        self.registration_id = registration_id
        self.before, self.after = before, after

    def _set(self, data: regs.RegistrationData) -> None:
        with self.db.session() as session:
            regs.update_registration(session, self.registration_id, data)
        self.changed(self.mission_id, self.registration_id)

    def do(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


class SetStatus(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        status: RegistrationStatus,
        before: dict[uuid.UUID, RegistrationStatus],
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Set {len(before)} to {status.label.lower()}")
        self.status = status
        self.before = before

    def do(self) -> None:
        with self.db.session() as session:
            regs.set_status(session, list(self.before), self.status)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            regs.restore_statuses(session, self.before)
        self.changed(self.mission_id, None)


class FormDelegations(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        formed: regs.FormedDelegations,
        by: regs.GroupBy,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, f"Form delegations by {by}")
        self.formed, self.by = formed, by

    def do(self) -> None:
        with self.db.session() as session:
            self.formed = regs.form_delegations(session, self.mission_id, self.by)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            regs.unform_delegations(session, self.formed)
        self.changed(self.mission_id, None)


# --------------------------------------------------------------------------- imports


class ImportPeople(QUndoCommand):
    """A whole import as one undo step: undo removes what it created and puts back what it
    changed; redo imports the same table again."""

    def __init__(
        self,
        db: Database,
        report: ImportReport,
        table: SourceTable,
        mapping: dict[int, Field],
        choices: dict[str, uuid.UUID | None],
        mission_id: uuid.UUID | None,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(f"Import {table.name}")
        self.db = db
        self.report, self.table, self.mapping = report, table, mapping
        self.choices, self.mission_id, self.refresh = choices, mission_id, refresh
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._import_again, "redo")

    def undo(self) -> None:
        self._guarded(self._take_back, "undo")

    def _import_again(self) -> None:
        with self.db.session() as session:
            self.report = import_people(
                session,
                self.table,
                self.mapping,
                mission_id=self.mission_id,
                organisation_choices=self.choices,
            )

    def _take_back(self) -> None:
        with self.db.session() as session:
            undo_import(session, self.report.undo)

    def _guarded(self, step: Callable[[], None], verb: str) -> None:
        try:
            step()
        except Exception as exc:
            self.setObsolete(True)
            report_error(None, explain_stale(exc), action=f"{verb} “{self.text()}”")
        self.refresh()


# --------------------------------------------------------------------------- B2B


class MoveMeeting(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        meeting_id: uuid.UUID,
        before: b2b.MeetingPlace,
        after: b2b.MeetingPlace,
        was_locked: bool,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, "Move a meeting")
        self.meeting_id, self.before, self.after, self.was_locked = (
            meeting_id,
            before,
            after,
            was_locked,
        )

    def do(self) -> None:
        with self.db.session() as session:
            b2b.move_meeting(session, self.meeting_id, self.after)
        self.changed(self.mission_id, self.meeting_id)

    def revert(self) -> None:
        with self.db.session() as session:
            b2b.move_meeting(session, self.meeting_id, self.before, lock=False)
            b2b.set_locked(session, [self.meeting_id], self.was_locked)
        self.changed(self.mission_id, self.meeting_id)


class SetLocked(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        before: dict[uuid.UUID, bool],
        locked: bool,
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, "Lock meetings" if locked else "Unlock meetings")
        self.before, self.locked = before, locked

    def do(self) -> None:
        with self.db.session() as session:
            b2b.set_locked(session, list(self.before), self.locked)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            b2b.restore_locks(session, self.before)
        self.changed(self.mission_id, None)


class ReplaceMeetings(_ServiceCommand):
    """Any change to a mission's meetings undone by putting the whole set back: a scheduler
    run, a meeting fitted in or removed."""

    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        before: b2b.MeetingsSnapshot,
        after: b2b.MeetingsSnapshot,
        changed: Changed,
        text: str,
    ) -> None:
        super().__init__(db, mission_id, changed, text)
        self.before, self.after = before, after

    def do(self) -> None:
        with self.db.session() as session:
            b2b.restore_meetings(session, self.mission_id, self.after)
        self.changed(self.mission_id, None)

    def revert(self) -> None:
        with self.db.session() as session:
            b2b.restore_meetings(session, self.mission_id, self.before)
        self.changed(self.mission_id, None)


class UpdateRequest(_ServiceCommand):
    def __init__(
        self,
        db: Database,
        mission_id: uuid.UUID,
        request_id: uuid.UUID,
        before: tuple[int, RequestStatus],
        after: tuple[int, RequestStatus],
        changed: Changed,
    ) -> None:
        super().__init__(db, mission_id, changed, "Change a meeting request")
        self.request_id, self.before, self.after = request_id, before, after

    def _set(self, values: tuple[int, RequestStatus]) -> None:
        with self.db.session() as session:
            b2b.update_request(session, self.request_id, priority=values[0], status=values[1])
        self.changed(self.mission_id, None)

    def do(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)
