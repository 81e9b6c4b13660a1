"""The B2B sessions of a mission, added, changed or deleted from the B2B page; the meetings
that no longer fit are listed first and go back to the requests (see services/b2b/sessions.py).
Each change is one undo step."""

from __future__ import annotations

import uuid
from datetime import time

from PySide6.QtWidgets import QWidget

from pimap_desktop.domain.errors import PimapError, ValidationError
from pimap_desktop.domain.models import B2BSession
from pimap_desktop.gui.b2b import session_dialog
from pimap_desktop.gui.b2b.commands import session_added, session_changed
from pimap_desktop.gui.b2b.host import B2BHost, PagePart, page_action
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import arg
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.b2b import sessions as sessions_svc
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.versions import version_of


class SessionSteps(PagePart):
    """The actions Add, Edit and Delete session of ``page``, the session shown by ``host``."""

    def __init__(self, host: B2BHost, page: QWidget) -> None:
        super().__init__(host, page)
        self.edit_session_action = page_action(
            page,
            self.tr("&Edit session…"),
            self.edit_session,
            tip=self.tr("Change the day, times, slots, tables or name of the session shown"),
        )
        self.delete_session_action = page_action(
            page,
            self.tr("De&lete session…"),
            self.delete_session,
            tip=self.tr("Delete the session shown; its meetings go back to the requests"),
        )
        self.add_session_action = page_action(
            page,
            self.tr("A&dd session…"),
            self.add_session,
            tip=self.tr("A B2B session: a day's window cut into meeting slots, with its tables"),
        )

    def update_actions(self) -> None:
        has_session = self.host.current_session() is not None
        self.edit_session_action.setEnabled(has_session)
        self.delete_session_action.setEnabled(has_session)
        self.add_session_action.setEnabled(self.host.mission_id() is not None)

    def edit_session(self) -> None:
        host = self.host
        mission_id, current = host.mission_id(), host.current_session()
        if mission_id is None or current is None:
            return
        try:
            with host.db.session() as session:
                # The version first: a change in between makes the save refused, not lost.
                loaded = version_of(session, B2BSession, current.id)
                data = sessions_svc.session_data(session, current.id)
                mission = missions_svc.get_mission(session, mission_id)
                first, last, zone = mission.start_date, mission.end_date, mission.timezone
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("edit the session"))
            host.refresh()
            return
        outcome: list[sessions_svc.SessionChange] = []

        def submit(new: svc.SessionData) -> bool:
            with host.db.session() as session:
                impact = sessions_svc.session_change_impact(session, current.id, new)
            if refusal := impact.refusal():
                raise ValidationError(refusal)
            if impact.affected and not session_dialog.confirm_removal(self.page, impact):
                return False
            with host.db.session() as session:
                change = sessions_svc.update_session(
                    session,
                    current.id,
                    new,
                    expected_removed=[m.meeting_id for m in impact.affected],
                    expected_version=loaded,
                )
            host.undo_stack.push(
                session_changed(host.db, mission_id, change, host.show_session_change, new)
            )
            outcome.append(change)
            return True

        if not session_dialog.ask_session(
            self.page, self.tr("Edit the B2B session"), data, first, last, zone, submit
        ):
            return
        host.show_session_change(mission_id, None)
        self.message.emit(arg(self.tr("%1 Undo with Ctrl+Z."), outcome[-1].describe()))

    def delete_session(self) -> None:
        host = self.host
        mission_id, current = host.mission_id(), host.current_session()
        if mission_id is None or current is None:
            return
        try:
            with host.db.session() as session:
                impact = sessions_svc.session_change_impact(session, current.id, None)
            if refusal := impact.refusal():
                raise ValidationError(refusal)
            if not session_dialog.confirm_removal(self.page, impact):
                return
            with host.db.session() as session:
                change = sessions_svc.delete_session(
                    session, current.id, expected_removed=[m.meeting_id for m in impact.affected]
                )
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("delete the session"))
            host.refresh()
            return
        host.undo_stack.push(session_changed(host.db, mission_id, change, host.show_session_change))
        host.show_session_change(mission_id, None)
        self.message.emit(arg(self.tr("%1 Undo with Ctrl+Z."), change.describe()))

    def add_session(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        with host.db.session() as session:
            mission = missions_svc.get_mission(session, mission_id)
            first, last, zone = mission.start_date, mission.end_date, mission.timezone
        last_session = host.sessions[-1] if host.sessions else None
        day = last_session.starts_local.date() if last_session else first
        proposal = svc.SessionData(
            day=day,
            start=time(14, 0),
            end=time(17, 30),
            slot_minutes=last_session.slot_minutes if last_session else 20,
            break_minutes=last_session.break_minutes if last_session else 5,
            tables=len(last_session.tables) if last_session else 10,
        )
        made: list[uuid.UUID] = []

        def submit(data: svc.SessionData) -> bool:
            with host.db.session() as session:
                made.append(svc.add_session(session, mission_id, data))
            return True

        if not session_dialog.ask_session(
            self.page,
            self.tr("Add a B2B session"),
            proposal,
            first,
            last,
            zone,
            submit,
            editing=False,
        ):
            return
        host.undo_stack.push(session_added(host.db, mission_id, made[-1], host.show_session_change))
        host.show_session_change(mission_id, None)
        host.choose_session(made[-1])
        session_row = host.current_session()
        if session_row is not None:
            self.message.emit(
                arg(self.tr("Session “%1” added. Undo with Ctrl+Z."), session_row.name)
            )
