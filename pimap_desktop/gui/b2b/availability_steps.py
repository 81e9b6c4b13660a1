"""When a participant can meet, changed from the B2B page: their availability edited in a
dialog, or one session ticked off or on for them. Each change is one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.b2b import availability_dialog
from pimap_desktop.gui.b2b.commands import availability_set
from pimap_desktop.gui.b2b.host import B2BHost, PagePart, page_action
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import arg
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.missions import missions as missions_svc


class AvailabilitySteps(PagePart):
    """The availability actions of ``page``, on the person and session ``host`` has chosen."""

    def __init__(self, host: B2BHost, page: QWidget) -> None:
        super().__init__(host, page)
        self.availability_action = page_action(
            page,
            self.tr("A&vailability…"),
            self.edit_availability,
            tip=self.tr("When the chosen person can meet (double-click a person's row)"),
        )
        self.unavailable_action = page_action(
            page,
            self.tr("&Not available this session"),
            self.toggle_unavailable,
            tip=self.tr("The chosen person cannot meet during the session of the chosen slot"),
        )
        self.unavailable_action.setCheckable(True)

    def update_actions(self) -> None:
        host = self.host
        person, b2b_session = host.chosen_person(), host.chosen_session_index()
        self.availability_action.setEnabled(person is not None and bool(host.sessions))
        self.unavailable_action.setEnabled(person is not None and b2b_session is not None)
        if person is not None and b2b_session is not None:
            windows = host.availability.get(person.id, [])
            self.unavailable_action.blockSignals(True)
            self.unavailable_action.setChecked(
                not availability_dialog.available_in(windows, host.sessions, b2b_session)
            )
            self.unavailable_action.blockSignals(False)

    def _save(self, person: svc.ParticipantRow, windows: list[svc.Window], text: str) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        try:
            with host.db.session() as session:
                before = svc.set_availability(session, person.id, windows)
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("change the availability"))
            return
        host.undo_stack.push(
            availability_set(
                host.db, mission_id, person.id, person.name, before, windows, host.show_change
            )
        )
        host.refresh()
        self.message.emit(arg(self.tr("%1 Undo with Ctrl+Z."), text))

    def edit_availability(self) -> None:
        host = self.host
        person, mission_id = host.chosen_person(), host.mission_id()
        if person is None or mission_id is None or not host.sessions:
            return
        with host.db.session() as session:
            mission = missions_svc.get_mission(session, mission_id)
            first, last = mission.start_date, mission.end_date
        windows = availability_dialog.ask_availability(
            self.page,
            person.name,
            host.zone,
            first,
            last,
            host.sessions,
            host.availability.get(person.id, []),
        )
        if windows is None or sorted(windows) == sorted(host.availability.get(person.id, [])):
            return
        self._save(person, windows, arg(self.tr("Availability of %1 changed."), person.name))

    def toggle_unavailable(self) -> None:
        host = self.host
        person, number = host.chosen_person(), host.chosen_session_index()
        if person is None or number is None:
            return
        windows = host.availability.get(person.id, [])
        available = not availability_dialog.available_in(windows, host.sessions, number)
        after = availability_dialog.toggle_session(windows, host.sessions, number, available)
        name = host.sessions[number].name
        self._save(
            person,
            after,
            arg(
                self.tr("%1 is available in “%2”.")
                if available
                else self.tr("%1 is not available in “%2”."),
                person.name,
                name,
            ),
        )
