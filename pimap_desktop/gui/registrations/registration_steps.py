"""What the Registrations page does to a mission's people: people added from the directory,
a registration edited, statuses set, people removed, delegations formed (each one undo step),
the people exported; and what it asks of other pages: an import, a badge printed or saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import Registration
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.registrations.commands import (
    delegations_formed,
    people_registered,
    registration_edited,
    registrations_removed,
    statuses_set,
)
from pimap_desktop.gui.registrations.delegations_panel import GroupBy
from pimap_desktop.gui.registrations.dialogs import AddPeopleDialog, RegistrationDialog
from pimap_desktop.gui.widgets import table_file, table_file_filters
from pimap_desktop.services import exporting
from pimap_desktop.services.directory import directory
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.registrations import registrations as svc
from pimap_desktop.services.registrations.registrations import RegistrationRow
from pimap_desktop.services.versions import describe_change, version_left, version_of
from pimap_desktop.store.database import Database


class RegistrationsHost(Protocol):
    """The Registrations page as its steps see it."""

    db: Database
    undo_stack: QUndoStack
    zone: str
    mission_start: datetime | None

    def mission_id(self) -> uuid.UUID | None: ...

    def refresh(self, select: uuid.UUID | None = None) -> None: ...

    def show_change(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None: ...

    def selected_rows(self) -> list[RegistrationRow]: ...

    def selected_ids(self) -> list[uuid.UUID]: ...

    def select(self, ids: list[uuid.UUID]) -> None: ...

    def grouping(self) -> tuple[GroupBy, str]: ...


class RegistrationSteps(QObject):
    """The actions of ``page`` on the people ``host`` has selected. ``dialog`` is the form
    open, if any. Emits ``dataChanged`` when registrations changed, and asks for an import
    (``importRequested``: the mission id) or for one badge printed or saved as a PDF
    (``reprintRequested``, ``saveBadgeRequested``: mission id, registration id, name)."""

    message = Signal(str)
    dataChanged = Signal()
    importRequested = Signal(object)
    reprintRequested = Signal(object, object, str)
    saveBadgeRequested = Signal(object, object, str)

    def __init__(self, host: RegistrationsHost, page: QWidget) -> None:
        super().__init__(page)
        self.host, self.page = host, page
        self.dialog: QDialog | None = None

        def action(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            made = QAction(text, page)
            made.triggered.connect(slot)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                page.addAction(made)
            return made

        self.add_action = action(self.tr("&Add people…"), self.add_people, "Ctrl+Shift+N")
        self.edit_action = action(self.tr("&Edit registration…"), self.edit_registration, "Ctrl+E")
        self.remove_action = action(self.tr("&Remove from mission"), self.remove_selected, "Del")
        self.import_action = action(self.tr("&Import people…"), self._request_import, "Ctrl+I")
        self.export_action = action(self.tr("E&xport people…"), self.export_people)
        self.reprint_action = action(
            self.tr("Reprint &badge…"),
            lambda: self._request_badge(self.reprintRequested),
            "Ctrl+Shift+P",
        )
        self.reprint_action.setToolTip(self.tr("Print the selected person's badge on a printer"))
        self.save_badge_action = action(
            self.tr("Save badge P&DF…"), lambda: self._request_badge(self.saveBadgeRequested)
        )
        self.save_badge_action.setToolTip(self.tr("The selected person's badge as a PDF file"))
        self.status_menu = QMenu(self.tr("Set &status"), page)
        self.status_actions: dict[RegistrationStatus, QAction] = {}
        for status in RegistrationStatus:
            act = self.status_menu.addAction(enum_label(status))
            act.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = act
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Set status"))
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def update_actions(self, selected: int) -> None:
        has_mission = self.host.mission_id() is not None
        for act in (self.add_action, self.import_action, self.export_action):
            act.setEnabled(has_mission)
        self.edit_action.setEnabled(selected == 1)
        self.reprint_action.setEnabled(selected == 1)
        self.save_badge_action.setEnabled(selected == 1)
        self.remove_action.setEnabled(selected > 0)
        self.status_menu.setEnabled(selected > 0)
        self.status_button.setEnabled(selected > 0)

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def add_people(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        with host.db.session() as session:
            present = {r.person_id for r in svc.list_registrations(session, mission_id)}
            people = [p for p in directory.list_people(session) if p.id not in present]
        added: list[svc.RegisterReport] = []

        def submit(
            ids: list[uuid.UUID], role: RegistrationRole, status: RegistrationStatus
        ) -> None:
            with host.db.session() as session:
                added.append(
                    svc.register_people(session, mission_id, ids, role=role, status=status)
                )

        def done() -> None:
            report = added[0]
            host.undo_stack.push(
                people_registered(host.db, mission_id, report.registered, host.show_change)
            )
            host.refresh()
            host.select(list(report.registered))
            self.dataChanged.emit()
            self.message.emit(arg(self.tr("%1 added to the mission."), len(report.registered)))

        self._open(AddPeopleDialog(submit, people, self.page), done)

    def edit_registration(self) -> None:
        host = self.host
        rows = host.selected_rows()
        mission_id = host.mission_id()
        if len(rows) != 1 or mission_id is None:
            return
        row = rows[0]
        try:
            with host.db.session() as session:
                # The version first: a change in between makes the save refused, not lost.
                loaded = version_of(session, Registration, row.id)
                before = svc.registration_data(session, row.id)
                changed = describe_change(session, Registration, row.id)
                delegations = svc.mission_delegations(session, mission_id)
        except NotFoundError as exc:
            report_error(self.page, exc)
            host.refresh()
            return
        saved: list[tuple[svc.RegistrationData, int]] = []

        def submit(data: svc.RegistrationData) -> None:
            with host.db.session() as session:
                svc.update_registration(session, row.id, data, expected_version=loaded)
                saved.append((data, version_left(session, Registration, row.id)))

        def done() -> None:
            data, left = saved[0]
            host.undo_stack.push(
                registration_edited(
                    host.db,
                    mission_id,
                    row.id,
                    before,
                    data,
                    host.show_change,
                    row.full_name,
                    loaded=loaded,
                    left=left,
                )
            )
            host.refresh(select=row.id)
            self.dataChanged.emit()
            self.message.emit(arg(self.tr("Registration of %1 saved."), row.full_name))

        dialog = RegistrationDialog(
            submit,
            person=f"{row.full_name} — {row.organisation}" if row.organisation else row.full_name,
            zone_name=host.zone,
            delegations=delegations,
            initial=before,
            default_day=host.mission_start or datetime.now(),
            parent=self.page,
            changed=changed,
        )
        self._open(dialog, done)

    def set_status(self, status: RegistrationStatus) -> None:
        host = self.host
        ids = host.selected_ids()
        mission_id = host.mission_id()
        if not ids or mission_id is None:
            return
        try:
            with host.db.session() as session:
                before = svc.set_status(session, ids, status)
        except Exception as exc:
            report_error(self.page, exc, action=self.tr("change the status"))
            host.refresh()
            return
        host.undo_stack.push(statuses_set(host.db, mission_id, status, before, host.show_change))
        host.refresh()
        self.dataChanged.emit()
        self.message.emit(
            arg(
                self.tr("%1 set to %2. Undo with Ctrl+Z."),
                len(ids),
                enum_label(status).lower(),
            )
        )

    def remove_selected(self) -> None:
        host = self.host
        ids = tuple(host.selected_ids())
        mission_id = host.mission_id()
        if not ids or mission_id is None:
            return
        try:
            with host.db.session() as session:
                removed = svc.remove_registrations(session, ids)
        except Exception as exc:
            report_error(self.page, exc, action=self.tr("remove from the mission"))
            host.refresh()
            return
        host.undo_stack.push(
            registrations_removed(host.db, mission_id, ids, removed, host.show_change)
        )
        host.refresh()
        self.dataChanged.emit()
        self.message.emit(
            arg(self.tr("%1 removed from the mission. Undo with Ctrl+Z."), removed.count)
        )

    def form_delegations(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        by, by_text = host.grouping()
        try:
            with host.db.session() as session:
                formed = svc.form_delegations(session, mission_id, by)
        except Exception as exc:
            report_error(self.page, exc, action=self.tr("form the delegations"))
            return
        host.undo_stack.push(delegations_formed(host.db, mission_id, formed, by, host.show_change))
        host.refresh()
        self.message.emit(
            arg(
                self.tr("Delegations formed %1: %2 people placed. Undo with Ctrl+Z."),
                by_text,
                formed.changed,
            )
        )

    def _request_badge(self, signal: SignalInstance) -> None:
        rows, mission_id = self.host.selected_rows(), self.host.mission_id()
        if len(rows) == 1 and mission_id is not None:
            signal.emit(mission_id, rows[0].id, rows[0].full_name)

    def _request_import(self) -> None:
        mission_id = self.host.mission_id()
        if mission_id is not None:
            self.importRequested.emit(mission_id)

    def export_people(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        with host.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        chosen = dialogs.ask_save_choice(
            self.page,
            self.tr("Export the mission's people"),
            f"{code}-people.xlsx",
            table_file_filters(),
            key="tables",
        )
        if chosen is None:
            return
        out, fmt, delimiter = table_file(str(chosen[0]), chosen[1])
        try:
            with host.db.session() as session:
                report = exporting.export_people(session, mission_id, fmt, out, delimiter=delimiter)
        except Exception as exc:
            report_error(self.page, exc, action=self.tr("export the people"))
            return
        self.message.emit(arg(self.tr("%1 registrations written to %2."), report.rows, report.path))
