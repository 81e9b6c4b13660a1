"""Hand changes to the B2B schedule: a meeting dragged to another slot or table (the reasons
it cannot go there shown while it is dragged), locked or unlocked, removed, or a request
fitted in at the first free slot. Each change is one undo step."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.domain.models import Meeting
from pimap_desktop.gui.b2b.commands import locks_set, meeting_moved, meetings_replaced
from pimap_desktop.gui.b2b.host import B2BHost, PagePart, page_action
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.words import say
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.versions import version_left


class MeetingSteps(PagePart):
    """The meeting actions of ``page`` and the moves of its grid; ``drop_hint`` says why the
    meeting being dragged cannot go where it is."""

    def __init__(self, host: B2BHost, page: QWidget) -> None:
        super().__init__(host, page)
        self.drop_hint = QLabel()
        self.drop_hint.setStyleSheet("color: #b00020;")
        self.lock_action = page_action(
            page, self.tr("&Lock"), lambda: self.set_locked(True), "Ctrl+L"
        )
        self.unlock_action = page_action(
            page, self.tr("U&nlock"), lambda: self.set_locked(False), "Ctrl+Shift+L"
        )
        self.remove_action = page_action(
            page, self.tr("Re&move meeting"), self.remove_meeting, "Del"
        )
        self.fit_action = page_action(
            page,
            self.tr("&Fit this request in"),
            self.fit_request,
            tip=self.tr("Place the selected request at the first free slot"),
        )

    def update_actions(self) -> None:
        meeting = self.host.selected_meeting()
        self.lock_action.setEnabled(meeting is not None and not meeting.locked)
        self.unlock_action.setEnabled(meeting is not None and meeting.locked)
        self.remove_action.setEnabled(meeting is not None)
        self.fit_action.setEnabled(
            len(self.host.selected_requests()) == 1 and bool(self.host.sessions)
        )

    def can_move(self, meeting_id: uuid.UUID, position: int, table_id: uuid.UUID) -> list[str]:
        current = self.host.current_session()
        if current is None:
            return [self.tr("no session is shown")]
        with self.host.db.session() as session:
            reasons = [
                say(reason)
                for reason in svc.move_conflicts(
                    session, meeting_id, svc.MeetingPlace(current.id, position, table_id)
                )
            ]
        self.drop_hint.setText(
            arg(self.tr("Cannot go there: %1"), "; ".join(reasons)) if reasons else ""
        )
        return reasons

    def move(self, meeting_id: uuid.UUID, position: int, table_id: uuid.UUID) -> bool:
        host = self.host
        mission_id, current = host.mission_id(), host.current_session()
        meeting = next((m for m in host.meetings if m.id == meeting_id), None)
        if mission_id is None or current is None or meeting is None:
            return False
        after = svc.MeetingPlace(current.id, position, table_id)
        try:
            with host.db.session() as session:
                before = svc.move_meeting(
                    session, meeting_id, after, expected_version=meeting.version
                )
                left = version_left(session, Meeting, meeting_id)
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("move the meeting"))
            host.refresh(select=meeting_id)
            return False
        if before == after:
            return False
        host.undo_stack.push(
            meeting_moved(
                host.db,
                mission_id,
                meeting_id,
                before,
                after,
                meeting.locked,
                host.show_change,
                loaded=meeting.version,
                left=left,
            )
        )
        self.drop_hint.clear()
        host.refresh(select=meeting_id)
        self.message.emit(
            arg(self.tr("Meeting %1 moved and locked. Undo with Ctrl+Z."), meeting.names)
        )
        return True

    def set_locked(self, locked: bool) -> None:
        host = self.host
        meeting, mission_id = host.selected_meeting(), host.mission_id()
        if meeting is None or mission_id is None:
            return
        with host.db.session() as session:
            before = svc.set_locked(session, [meeting.id], locked)
        host.undo_stack.push(locks_set(host.db, mission_id, before, locked, host.show_change))
        host.refresh(select=meeting.id)

    def _replace_meetings(self, text: str, change: Callable[[Session], object]) -> bool:
        """Run ``change(session)``; one undo step puts every meeting back as it was."""
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return False
        try:
            with host.db.session() as session:
                before = svc.snapshot_meetings(session, mission_id)
            with host.db.session() as session:
                change(session)
            with host.db.session() as session:
                after = svc.snapshot_meetings(session, mission_id)
        except PimapError as exc:
            report_error(self.page, exc, action=text.lower())
            return False
        host.undo_stack.push(
            meetings_replaced(host.db, mission_id, before, after, host.show_change, text)
        )
        host.refresh()
        return True

    def remove_meeting(self) -> None:
        meeting = self.host.selected_meeting()
        if meeting is None:
            return
        if self._replace_meetings(
            self.tr("Remove a meeting"), lambda s: svc.delete_meeting(s, meeting.id)
        ):
            self.message.emit(arg(self.tr("Meeting %1 removed. Undo with Ctrl+Z."), meeting.names))

    def fit_request(self) -> None:
        requests, mission_id = self.host.selected_requests(), self.host.mission_id()
        if len(requests) != 1 or mission_id is None:
            return
        request = requests[0]
        if self._replace_meetings(
            self.tr("Fit a request in"), lambda s: svc.fit_request(s, mission_id, request.id)
        ):
            self.message.emit(
                arg(self.tr("%1 and %2 now meet (locked)."), request.requester, request.target)
            )
