"""Undoable changes to a mission's registrations: people added, removed, edited, their status
set, delegations formed. Steps of ``gui/undo.py`` over the services' tokens."""

from __future__ import annotations

import uuid
from functools import partial

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.gui.undo import Changed, ServiceStep, TakeOut, edited
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.services.undo import Undo
from pimap_desktop.store.database import Database


def people_registered(
    db: Database,
    mission_id: uuid.UUID,
    registration_ids: tuple[uuid.UUID, ...],
    changed: Changed,
) -> ServiceStep[TakeOut]:
    """People added to a mission; undo takes them out again, redo puts the same rows back."""
    count = len(registration_ids)
    token = TakeOut(lambda session: regs.remove_registrations(session, registration_ids))
    return ServiceStep(
        db,
        f"Add {count} {'person' if count == 1 else 'people'}",
        token,
        redo=token.put_back,
        show=partial(changed, mission_id),
    )


def registrations_removed(
    db: Database,
    mission_id: uuid.UUID,
    registration_ids: tuple[uuid.UUID, ...],
    removed: regs.RemovedRegistrations,
    changed: Changed,
) -> ServiceStep[regs.RemovedRegistrations]:
    return ServiceStep(
        db,
        f"Remove {removed.count} from the mission",
        removed,
        redo=lambda session: regs.remove_registrations(session, registration_ids),
        show=partial(changed, mission_id),
    )


def registration_edited(
    db: Database,
    mission_id: uuid.UUID,
    registration_id: uuid.UUID,
    before: regs.RegistrationData,
    after: regs.RegistrationData,
    changed: Changed,
    name: str,
) -> ServiceStep[Undo]:
    return edited(
        db,
        f"Edit the registration of {name}",
        lambda session, data: regs.update_registration(session, registration_id, data),
        before,
        after,
        show=partial(changed, mission_id),
        select=registration_id,
    )


def statuses_set(
    db: Database,
    mission_id: uuid.UUID,
    status: RegistrationStatus,
    before: regs.StatusesBefore,
    changed: Changed,
) -> ServiceStep[regs.StatusesBefore]:
    ids = list(before.statuses)
    return ServiceStep(
        db,
        f"Set {len(ids)} to {status.label.lower()}",
        before,
        redo=lambda session: regs.set_status(session, ids, status),
        show=partial(changed, mission_id),
    )


def delegations_formed(
    db: Database,
    mission_id: uuid.UUID,
    formed: regs.FormedDelegations,
    by: regs.GroupBy,
    changed: Changed,
) -> ServiceStep[regs.FormedDelegations]:
    return ServiceStep(
        db,
        f"Form delegations by {by}",
        formed,
        redo=lambda session: regs.form_delegations(session, mission_id, by),
        show=partial(changed, mission_id),
    )
