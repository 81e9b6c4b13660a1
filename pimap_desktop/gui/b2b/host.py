"""What the parts of the B2B page read from it and ask of it (``B2BHost``, the page), what
every part is (``PagePart``) and how parts make their actions (``page_action``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from pimap_desktop.gui.operations import Lane, Operation
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.b2b.scheduling.instance import ScheduleReport
from pimap_desktop.store.database import Database

if TYPE_CHECKING:  # numpy and rapidfuzz: loaded when suggestions are first computed
    from pimap_desktop.services.b2b import suggestions as suggestions_svc


class B2BHost(Protocol):
    """The B2B page as its parts see it: the mission's data as last read, what is chosen, and
    how to show a change (``show_change`` is also what the undo steps call)."""

    db: Database
    undo_stack: QUndoStack
    zone: str
    sessions: list[svc.SessionRow]
    meetings: list[svc.MeetingRow]
    people_rows: list[svc.ParticipantRow]
    availability: dict[uuid.UUID, list[svc.Window]]
    report: ScheduleReport | None
    lane: Lane

    def mission_id(self) -> uuid.UUID | None: ...

    def current_session(self) -> svc.SessionRow | None: ...

    def choose_session(self, session_id: uuid.UUID) -> None: ...

    def refresh(self, select: uuid.UUID | None = None) -> None: ...

    def show_change(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None: ...

    def show_session_change(self, mission_id: uuid.UUID, select: uuid.UUID | None) -> None: ...

    def selected_meeting(self) -> svc.MeetingRow | None: ...

    def selected_requests(self) -> list[svc.RequestRow]: ...

    def selected_suggestions(self) -> list[suggestions_svc.Suggestion]: ...

    def all_requests(self) -> list[svc.RequestRow]: ...

    def chosen_registration(self) -> uuid.UUID | None: ...

    def chosen_person(self) -> svc.ParticipantRow | None: ...

    def chosen_session_index(self) -> int | None: ...

    def run_in_lane(self, operation: Operation[Any]) -> None: ...


def page_action(
    page: QWidget,
    text: str,
    slot: Callable[..., object],
    shortcut: str | None = None,
    tip: str = "",
) -> QAction:
    """An action of the page; one with a shortcut answers it anywhere on the page."""
    made = QAction(text, page)
    made.triggered.connect(slot)
    made.setToolTip(tip or text)
    if shortcut:
        made.setShortcut(QKeySequence(shortcut))
        made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(made)
    return made


class PagePart(QObject):
    """A part of the B2B page with actions: it tells the page what to show in the status bar
    (``message``) and enables its actions from what the page has chosen (``update_actions``).
    ``host`` and ``page`` are the same page: what the part may use of it, and the widget that
    owns the part's actions and parents its dialogs."""

    message = Signal(str)

    def __init__(self, host: B2BHost, page: QWidget) -> None:
        super().__init__(page)
        self.host, self.page = host, page

    def update_actions(self) -> None:
        raise NotImplementedError
