"""The meeting requests of a mission, changed from the B2B page: added (or given a new
priority when the pair has asked already), removed, re-prioritised, accepted or declined, and
suggested pairs turned into requests. Each change is one undo step."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from pimap_desktop.domain.enums import RequestStatus
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.domain.models import MeetingRequest
from pimap_desktop.gui.b2b import request_dialog
from pimap_desktop.gui.b2b.commands import (
    priorities_set,
    request_added,
    request_changed,
    requests_removed,
)
from pimap_desktop.gui.b2b.host import B2BHost, PagePart, page_action
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import arg
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.b2b import suggestions as suggestions_svc
from pimap_desktop.services.versions import version_left

# A request added: its id, requester, target, priority, and (priority, answer) before when
# the pair had asked already.
Added = tuple[uuid.UUID, uuid.UUID, uuid.UUID, int, tuple[int, RequestStatus] | None]


class RequestSteps(PagePart):
    """The request actions of ``page``, on the requests and suggestions ``host`` has selected."""

    def __init__(self, host: B2BHost, page: QWidget) -> None:
        super().__init__(host, page)
        self.accept_action = page_action(
            page, self.tr("&Accept"), lambda: self.answer(RequestStatus.ACCEPTED)
        )
        self.decline_action = page_action(
            page, self.tr("&Decline"), lambda: self.answer(RequestStatus.DECLINED)
        )
        self.add_request_action = page_action(
            page,
            self.tr("Add re&quest…"),
            self.add_request,
            "Ctrl+Shift+N",
            self.tr("Who wants to meet whom, and how much (priority 1 = must meet)"),
        )
        self.remove_request_action = page_action(
            page,
            self.tr("Remove re&quest"),
            self.remove_requests,
            tip=self.tr("Remove the selected requests (a meeting already placed stays)"),
        )
        self.priority_menu = QMenu(self.tr("&Priority"), page)
        self.priority_actions: list[QAction] = []
        for value, text in (
            (1, self.tr("1 — must meet")),
            (2, self.tr("2 — would like to")),
            (3, self.tr("3 — if time")),
        ):
            made = QAction(f"&{text}", page)
            made.triggered.connect(lambda _=False, v=value: self.set_priority(v))
            self.priority_menu.addAction(made)
            self.priority_actions.append(made)
        self.priority_menu.menuAction().setToolTip(
            self.tr("Change the priority of the selected requests")
        )
        self.accept_suggestion_action = page_action(
            page,
            self.tr("Re&quest it"),
            self.accept_suggestions,
            tip=self.tr("Turn the selected suggestions into requests of priority 3 (double-click)"),
        )

    def update_actions(self) -> None:
        host = self.host
        requests = bool(host.selected_requests())
        self.accept_action.setEnabled(requests)
        self.decline_action.setEnabled(requests)
        self.add_request_action.setEnabled(
            host.mission_id() is not None and len(host.people_rows) >= 2
        )
        self.remove_request_action.setEnabled(requests)
        self.priority_menu.menuAction().setEnabled(requests)
        self.accept_suggestion_action.setEnabled(bool(host.selected_suggestions()))

    def add_request(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        done: list[Added] = []
        versions: list[tuple[int, int]] = []

        def submit(requester: uuid.UUID, target: uuid.UUID, priority: int) -> None:
            existing = next(
                (
                    r
                    for r in host.all_requests()
                    if (r.requester_id, r.target_id) == (requester, target)
                ),
                None,
            )
            with host.db.session() as session:
                if existing is not None:
                    before = svc.update_request(
                        session, existing.id, priority=priority, expected_version=existing.version
                    )
                    versions.append(
                        (existing.version, version_left(session, MeetingRequest, existing.id))
                    )
                    done.append((existing.id, requester, target, priority, before))
                else:
                    new_id = svc.set_request(session, mission_id, requester, target, priority)
                    done.append((new_id, requester, target, priority, None))

        participants = [
            request_dialog.Participant(p.id, p.name, p.organisation) for p in host.people_rows
        ]
        requester = host.chosen_registration()
        if not request_dialog.ask_request(self.page, participants, submit, requester):
            return
        request_id, requester_id, target_id, priority, before = done[-1]
        if before is None:
            host.undo_stack.push(
                request_added(
                    host.db,
                    mission_id,
                    request_id,
                    requester_id,
                    target_id,
                    priority,
                    host.show_change,
                )
            )
            text = self.tr("Request added.")
        else:
            host.undo_stack.push(
                request_changed(
                    host.db,
                    mission_id,
                    request_id,
                    before,
                    (priority, before[1]),
                    host.show_change,
                    loaded=versions[-1][0],
                    left=versions[-1][1],
                )
            )
            text = arg(self.tr("The request existed: its priority is now %1."), priority)
        host.refresh()
        self.message.emit(arg(self.tr("%1 Undo with Ctrl+Z."), text))

    def remove_requests(self) -> None:
        host = self.host
        mission_id, chosen = host.mission_id(), host.selected_requests()
        if mission_id is None or not chosen:
            return
        try:
            with host.db.session() as session:
                rows = [svc.delete_request(session, r.id) for r in chosen]
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("remove the request"))
            host.refresh()
            return
        host.undo_stack.push(requests_removed(host.db, mission_id, rows, host.show_change))
        host.refresh()
        count = len(rows)
        self.message.emit(self.tr("%n request(s) removed. Undo with Ctrl+Z.", "", count))

    def set_priority(self, priority: int) -> None:
        host = self.host
        mission_id, chosen = host.mission_id(), host.selected_requests()
        if mission_id is None or not chosen:
            return
        before: dict[uuid.UUID, int] = {}
        try:
            with host.db.session() as session:
                for request in chosen:
                    if request.priority != priority:
                        before[request.id] = svc.update_request(
                            session, request.id, priority=priority, expected_version=request.version
                        )[0]
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("set the priority"))
        if not before:
            host.refresh()
            return
        host.undo_stack.push(
            priorities_set(host.db, mission_id, before, priority, host.show_change)
        )
        host.refresh()
        self.message.emit(
            arg(self.tr("Priority %1 set on %n request(s).", "", len(before)), priority)
        )

    def answer(self, status: RequestStatus) -> None:
        host = self.host
        mission_id = host.mission_id()
        for request in host.selected_requests():
            if mission_id is None:
                return
            try:
                with host.db.session() as session:
                    before = svc.update_request(
                        session, request.id, status=status, expected_version=request.version
                    )
                    left = version_left(session, MeetingRequest, request.id)
            except PimapError as exc:
                report_error(self.page, exc, action=self.tr("answer the request"))
                break
            host.undo_stack.push(
                request_changed(
                    host.db,
                    mission_id,
                    request.id,
                    before,
                    (before[0], status),
                    host.show_change,
                    loaded=request.version,
                    left=left,
                )
            )
        host.refresh()

    def accept_suggestions(self) -> None:
        host = self.host
        mission_id, chosen = host.mission_id(), host.selected_suggestions()
        if mission_id is None or not chosen:
            return
        made = 0
        host.undo_stack.beginMacro(
            self.tr("Request a suggested meeting")
            if len(chosen) == 1
            else self.tr("Request suggested meetings")
        )
        try:
            for suggestion in chosen:
                try:
                    with host.db.session() as session:
                        request_id = suggestions_svc.accept_suggestion(
                            session, mission_id, suggestion.requester_id, suggestion.target_id
                        )
                except PimapError as exc:
                    report_error(self.page, exc, action=self.tr("request the suggested meeting"))
                    continue
                host.undo_stack.push(
                    request_added(
                        host.db,
                        mission_id,
                        request_id,
                        suggestion.requester_id,
                        suggestion.target_id,
                        3,
                        host.show_change,
                        arg(self.tr("Request %1 – %2"), suggestion.requester, suggestion.target),
                    )
                )
                made += 1
        finally:
            host.undo_stack.endMacro()
        host.refresh()
        if made:
            self.message.emit(
                self.tr(
                    "%n suggested meeting(s) requested with priority 3. Undo with Ctrl+Z.", "", made
                )
            )
