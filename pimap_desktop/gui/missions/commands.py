"""Undoable changes to a mission's programme: items added, edited and deleted, a partner's
agenda imported. Steps of ``gui/undo.py`` over the services' tokens."""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from pimap_desktop.domain.models import ProgrammeItem
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.undo import Changed, ServiceCall, ServiceStep, between
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.services.missions.missions import ProgrammeItemData, RemovedItem
from pimap_desktop.services.undo import Undo, edit_steps
from pimap_desktop.services.versions import version_left
from pimap_desktop.store.database import Database

if TYPE_CHECKING:  # icalendar: loaded when an agenda is imported
    from pimap_desktop.services.calendars.undo import CalendarUndo


def item_added(
    db: Database,
    mission_id: uuid.UUID,
    item_id: uuid.UUID,
    data: ProgrammeItemData,
    changed: Changed,
    *,
    new_venue: bool = False,
) -> ServiceStep[ServiceCall]:
    """Undo deletes the item, and its venue when the addition created it (``new_venue``);
    redo adds it again with its id."""
    take_out = ServiceCall(
        lambda session: svc.delete_programme_item(session, item_id, drop_venue_if_unused=new_venue)
    )

    def add_again(session: Session) -> ServiceCall:
        svc.create_programme_item(session, mission_id, data, item_id=item_id)
        return take_out

    return ServiceStep(
        db,
        arg(QCoreApplication.translate("missions.commands", "Add “%1”"), data.title.strip()),
        take_out,
        redo=add_again,
        show=partial(changed, mission_id),
        select=item_id,
    )


def item_edited(
    db: Database,
    mission_id: uuid.UUID,
    item_id: uuid.UUID,
    before: ProgrammeItemData,
    after: ProgrammeItemData,
    changed: Changed,
    *,
    loaded: int | None = None,
    left: int | None = None,
) -> ServiceStep[Undo]:
    """The item form, loaded at version ``loaded``, saved, leaving the item at version
    ``left``: undo and redo are refused when it changed since (a colleague's change is never
    reverted)."""

    def apply(session: Session, data: ProgrammeItemData, expected: int | None) -> int:
        svc.update_programme_item(session, item_id, data, expected_version=expected)
        return version_left(session, ProgrammeItem, item_id)

    back, forth = edit_steps(
        apply, before, after, record=(ProgrammeItem, item_id), loaded=loaded, left=left
    )
    return between(
        db,
        arg(QCoreApplication.translate("missions.commands", "Edit “%1”"), after.title.strip()),
        back,
        forth,
        show=partial(changed, mission_id),
        select=item_id,
    )


def item_deleted(
    db: Database,
    mission_id: uuid.UUID,
    item_id: uuid.UUID,
    removed: RemovedItem,
    changed: Changed,
) -> ServiceStep[RemovedItem]:
    return ServiceStep(
        db,
        arg(QCoreApplication.translate("missions.commands", "Delete “%1”"), removed.data.title),
        removed,
        redo=lambda session: svc.delete_programme_item(session, item_id),
        show=partial(changed, mission_id),
        select_undone=item_id,
    )


class AgendaUndo:
    """An agenda import's token that keeps the record its undo returns: the redo puts the
    import's result back from it (the same items with the same ids, which later steps refer
    to) rather than reading the file again, which may have changed or moved since."""

    def __init__(self, record: CalendarUndo) -> None:
        self.record = record  # what the next undo takes back
        self.redo_record: CalendarUndo | None = None  # what the next redo takes back

    def undo(self, session: Session) -> None:
        self.redo_record = self.record.take_back(session)

    def redo(self, session: Session) -> AgendaUndo:
        assert self.redo_record is not None  # an undo came first
        self.record, self.redo_record = self.redo_record.take_back(session), None
        return self


def agenda_imported(
    db: Database, mission_id: uuid.UUID, record: CalendarUndo, changed: Changed, file_name: str
) -> ServiceStep[AgendaUndo]:
    """A partner's agenda (.ics) imported into the programme, as one step."""
    token = AgendaUndo(record)
    return ServiceStep(
        db,
        arg(QCoreApplication.translate("missions.commands", "Import %1"), file_name),
        token,
        redo=token.redo,
        show=partial(changed, mission_id),
    )
