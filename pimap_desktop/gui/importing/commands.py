"""The people import as one undoable step (see ``gui/undo.py``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.undo import ServiceStep
from pimap_desktop.services.importing.headers import Field
from pimap_desktop.services.importing.people import ImportReport, ImportUndo, import_people
from pimap_desktop.services.importing.reading import SourceTable
from pimap_desktop.store.database import Database


def people_imported(
    db: Database,
    report: ImportReport,
    table: SourceTable,
    mapping: dict[int, Field],
    choices: dict[str, uuid.UUID | None],
    mission_id: uuid.UUID | None,
    refresh: Callable[[], None],
) -> ServiceStep[ImportUndo]:
    """A whole import as one undo step: undo removes what it created and puts back what it
    changed; redo imports the same table again."""

    def import_again(session: Session) -> ImportUndo:
        return import_people(
            session, table, mapping, mission_id=mission_id, organisation_choices=choices
        ).undo

    return ServiceStep(
        db,
        arg(QCoreApplication.translate("importing.commands", "Import %1"), table.name),
        report.undo,
        redo=import_again,
        show=lambda _select: refresh(),
    )


def import_summary(report: ImportReport) -> str:
    """What an import did, in the interface's language (``ImportReport.describe`` in English):
    "12 created, 3 updated, 40 unchanged; 12 newly registered in the mission"."""
    text = arg(
        QCoreApplication.translate("importing.commands", "%1 created, %2 updated, %3 unchanged"),
        report.created,
        report.updated,
        report.unchanged,
    )
    if report.skipped:
        text += arg(
            QCoreApplication.translate("importing.commands", ", %1 skipped"), report.skipped
        )
    if report.registered:
        text += arg(
            QCoreApplication.translate(
                "importing.commands", "; %1 newly registered in the mission"
            ),
            report.registered,
        )
    return text
