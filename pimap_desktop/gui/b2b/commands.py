"""Undoable B2B steps: a session added, changed or deleted; requests added, removed,
answered or given a priority; a requests or availability file imported; a person's
availability changed; wish forms read; a meeting moved or (un)locked; the meetings replaced
(a scheduler run, a meeting fitted in or removed). Steps of ``gui/undo.py``."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RequestStatus
from pimap_desktop.domain.models import Meeting, MeetingRequest
from pimap_desktop.gui.b2b.import_dialog import kind_text
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.gui.undo import (
    Changed,
    ServiceCall,
    ServiceStep,
    Several,
    TakeOut,
    between,
    edited,
)
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b import sessions as sessions_svc
from pimap_desktop.services.b2b.imports import B2BImport, B2BImportUndo, run_import
from pimap_desktop.services.b2b.meetings import SessionData
from pimap_desktop.services.b2b.wishes import WishImportReport, WishImportUndo, import_wishes
from pimap_desktop.services.importing.reading import SourceTable
from pimap_desktop.services.undo import Undo, edit_steps
from pimap_desktop.services.versions import version_left
from pimap_desktop.store.database import Database


class B2BSteps(TranslationContext):
    """The translation context of the B2B undo steps."""


def session_added(
    db: Database, mission_id: uuid.UUID, session_id: uuid.UUID, changed: Changed
) -> ServiceStep[TakeOut]:
    """Undo deletes the new session (it has no meetings yet: later steps are undone first);
    redo puts the very same session back (ids, tables, programme block)."""
    token = TakeOut(
        lambda session: sessions_svc.delete_session(session, session_id, expected_removed=())
    )
    return ServiceStep(
        db,
        B2BSteps.tr("Add a B2B session"),
        token,
        redo=token.put_back,
        show=partial(changed, mission_id),
    )


def session_changed(
    db: Database,
    mission_id: uuid.UUID,
    change: sessions_svc.SessionChange,
    changed: Changed,
    data: SessionData | None = None,
) -> ServiceStep[sessions_svc.SessionChange]:
    """A session edited (to ``data``) or deleted: undo is the change's own. Redo makes the
    same change again and expects the same meetings to go (undo put them back with their ids);
    if they differ, the service refuses and the step leaves the stack with the reason."""
    removed = [m.meeting_id for m in change.removed]

    def again(session: Session) -> sessions_svc.SessionChange:
        if data is None:
            return sessions_svc.delete_session(session, change.session_id, expected_removed=removed)
        return sessions_svc.update_session(
            session, change.session_id, data, expected_removed=removed
        )

    text = (
        B2BSteps.tr("Change the B2B session “%1”")
        if data is not None
        else B2BSteps.tr("Delete the B2B session “%1”")
    )
    return ServiceStep(
        db,
        arg(text, change.name),
        change,
        redo=again,
        show=partial(changed, mission_id),
    )


def request_added(
    db: Database,
    mission_id: uuid.UUID,
    request_id: uuid.UUID,
    requester_id: uuid.UUID,
    target_id: uuid.UUID,
    priority: int,
    changed: Changed,
    text: str = "",
) -> ServiceStep[ServiceCall]:
    """Undo deletes the request; redo makes it again with its id. ``text``: the step's name
    (by default "Add a meeting request")."""
    take_out = ServiceCall(lambda session: b2b.delete_request(session, request_id))

    def add_again(session: Session) -> ServiceCall:
        b2b.set_request(
            session, mission_id, requester_id, target_id, priority, request_id=request_id
        )
        return take_out

    return ServiceStep(
        db,
        text or B2BSteps.tr("Add a meeting request"),
        take_out,
        redo=add_again,
        show=partial(changed, mission_id),
    )


def requests_removed(
    db: Database,
    mission_id: uuid.UUID,
    deleted: Sequence[b2b.DeletedRequest],
    changed: Changed,
) -> ServiceStep[Several]:
    count = len(deleted)
    ids = [request.id for request in deleted]

    def remove_again(session: Session) -> Several:
        return Several(tuple(b2b.delete_request(session, request_id) for request_id in ids))

    return ServiceStep(
        db,
        B2BSteps.tr("Remove a meeting request")
        if count == 1
        else B2BSteps.tr("Remove %n meeting request(s)", "", count),
        Several(tuple(deleted)),
        redo=remove_again,
        show=partial(changed, mission_id),
    )


def request_changed(
    db: Database,
    mission_id: uuid.UUID,
    request_id: uuid.UUID,
    before: tuple[int, RequestStatus],
    after: tuple[int, RequestStatus],
    changed: Changed,
    *,
    loaded: int | None = None,
    left: int | None = None,
) -> ServiceStep[Undo]:
    """A request's (priority, status) changed from version ``loaded``, leaving it at version
    ``left``: undo and redo are refused when it changed since."""

    def apply(session: Session, values: tuple[int, RequestStatus], expected: int | None) -> int:
        b2b.update_request(
            session, request_id, priority=values[0], status=values[1], expected_version=expected
        )
        return version_left(session, MeetingRequest, request_id)

    back, forth = edit_steps(
        apply, before, after, record=(MeetingRequest, request_id), loaded=loaded, left=left
    )
    return between(
        db,
        B2BSteps.tr("Change a meeting request"),
        back,
        forth,
        show=partial(changed, mission_id),
        select=None,
    )


def priorities_set(
    db: Database,
    mission_id: uuid.UUID,
    before: Mapping[uuid.UUID, int],
    priority: int,
    changed: Changed,
) -> ServiceStep[Undo]:
    """Requests given one priority; ``before``: each one's priority before."""

    def apply(session: Session, priorities: Mapping[uuid.UUID, int]) -> None:
        for request_id, value in priorities.items():
            b2b.update_request(session, request_id, priority=value)

    return edited(
        db,
        arg(B2BSteps.tr("Set priority %1"), priority),
        apply,
        dict(before),
        dict.fromkeys(before, priority),
        show=partial(changed, mission_id),
    )


def b2b_imported(
    db: Database,
    mission_id: uuid.UUID,
    table: SourceTable,
    result: B2BImport,
    changed: Changed,
) -> ServiceStep[B2BImportUndo]:
    """A requests or availability file: redo imports the same table again."""
    kind = result.kind
    return ServiceStep(
        db,
        arg(B2BSteps.tr("Import %1 from %2"), kind_text(kind), table.name),
        result.undo,
        redo=lambda session: run_import(session, mission_id, kind, table).undo,
        show=partial(changed, mission_id),
    )


def availability_set(
    db: Database,
    mission_id: uuid.UUID,
    registration_id: uuid.UUID,
    name: str,
    before: Sequence[b2b.Window],
    after: Sequence[b2b.Window],
    changed: Changed,
) -> ServiceStep[Undo]:
    return edited(
        db,
        arg(B2BSteps.tr("Change the availability of %1"), name),
        lambda session, windows: b2b.set_availability(session, registration_id, windows),
        list(before),
        list(after),
        show=partial(changed, mission_id),
    )


def wishes_imported(
    db: Database,
    mission_id: uuid.UUID,
    paths: Sequence[Path],
    report: WishImportReport,
    changed: Changed,
) -> ServiceStep[WishImportUndo]:
    """Returned wish forms: redo reads the same files again."""
    count = len(paths)
    files = list(paths)
    return ServiceStep(
        db,
        B2BSteps.tr("Import %n wish form(s)", "", count),
        report.undo,
        redo=lambda session: import_wishes(session, mission_id, files).undo,
        show=partial(changed, mission_id),
    )


def meeting_moved(
    db: Database,
    mission_id: uuid.UUID,
    meeting_id: uuid.UUID,
    before: b2b.MeetingPlace,
    after: b2b.MeetingPlace,
    was_locked: bool,
    changed: Changed,
    text: str = "",
    *,
    loaded: int | None = None,
    left: int | None = None,
) -> ServiceStep[Undo]:
    """Undo moves the meeting back and puts its lock back as it was; redo moves it again.
    The move took the meeting from version ``loaded`` to ``left``: each way is refused when it
    changed since (a colleague moved it again, say). ``text``: the step's name (by default
    "Move a meeting")."""

    def move_back(session: Session, place: b2b.MeetingPlace, expected: int | None) -> int:
        b2b.move_meeting(session, meeting_id, place, lock=False, expected_version=expected)
        b2b.set_locked(session, [meeting_id], was_locked)
        return version_left(session, Meeting, meeting_id)

    def move_again(session: Session, place: b2b.MeetingPlace, expected: int | None) -> int:
        b2b.move_meeting(session, meeting_id, place, expected_version=expected)
        return version_left(session, Meeting, meeting_id)

    back, forth = edit_steps(
        move_again,
        before,
        after,
        record=(Meeting, meeting_id),
        loaded=loaded,
        left=left,
        apply_back=move_back,
    )

    def again(session: Session) -> Undo:
        forth.undo(session)
        return back

    return ServiceStep(
        db,
        text or B2BSteps.tr("Move a meeting"),
        back,
        redo=again,
        show=partial(changed, mission_id),
        select=meeting_id,
        select_undone=meeting_id,
    )


def locks_set(
    db: Database,
    mission_id: uuid.UUID,
    before: b2b.LocksBefore,
    locked: bool,
    changed: Changed,
) -> ServiceStep[b2b.LocksBefore]:
    ids = list(before.locked)
    return ServiceStep(
        db,
        B2BSteps.tr("Lock meetings") if locked else B2BSteps.tr("Unlock meetings"),
        before,
        redo=lambda session: b2b.set_locked(session, ids, locked),
        show=partial(changed, mission_id),
    )


def meetings_replaced(
    db: Database,
    mission_id: uuid.UUID,
    before: b2b.MeetingsSnapshot,
    after: b2b.MeetingsSnapshot,
    changed: Changed,
    text: str,
) -> ServiceStep[Undo]:
    """Any change to a mission's meetings undone by putting the whole set back: a scheduler
    run, a meeting fitted in or removed. Each way is refused when a meeting changed (or was
    added) since the other: a colleague's change is never thrown away."""
    return between(
        db,
        text,
        before.expecting(after),
        after.expecting(before),
        show=partial(changed, mission_id),
        select=None,
    )
