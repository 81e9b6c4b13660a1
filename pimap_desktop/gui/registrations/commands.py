"""Undoable changes to a mission's registrations: people added, removed, edited, their status
set, delegations formed. Steps of ``gui/undo.py`` over the services' tokens."""

from __future__ import annotations

import uuid
from functools import partial

from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.models import Registration
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.gui.undo import Changed, ServiceStep, TakeOut, between
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.services.undo import Undo, edit_steps
from pimap_desktop.services.versions import version_left
from pimap_desktop.store.database import Database


class RegistrationUndoSteps(TranslationContext):
    """The translation context of the registrations' undo steps."""


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
        RegistrationUndoSteps.tr("Add %n person(s)", "", count),
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
        arg(RegistrationUndoSteps.tr("Remove %1 from the mission"), removed.count),
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
    *,
    loaded: int | None = None,
    left: int | None = None,
) -> ServiceStep[Undo]:
    """The registration form, loaded at version ``loaded``, saved, leaving the registration
    at version ``left``: undo and redo are refused when it changed since (a colleague's change
    is never reverted)."""

    def apply(session: Session, data: regs.RegistrationData, expected: int | None) -> int:
        regs.update_registration(session, registration_id, data, expected_version=expected)
        return version_left(session, Registration, registration_id)

    back, forth = edit_steps(
        apply, before, after, record=(Registration, registration_id), loaded=loaded, left=left
    )
    return between(
        db,
        arg(RegistrationUndoSteps.tr("Edit the registration of %1"), name),
        back,
        forth,
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
        arg(RegistrationUndoSteps.tr("Set %1 to %2"), len(ids), enum_label(status).lower()),
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
        RegistrationUndoSteps.tr("Form delegations by country")
        if by == "country"
        else RegistrationUndoSteps.tr("Form delegations by cluster"),
        formed,
        redo=lambda session: regs.form_delegations(session, mission_id, by),
        show=partial(changed, mission_id),
    )
