"""The views of the schedule on the B2B page: the session chosen, its tables × slots (drag a
meeting to move it) and people × slots (each person's meetings, the slots they cannot meet greyed), with the
actions on the chosen person's availability above it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.gui.actions import Entry, add_actions
from pimap_desktop.gui.b2b.grid import PeopleGridModel, TableGridModel
from pimap_desktop.services.b2b.meetings import MeetingRow, ParticipantRow, SessionRow, Window


class SessionChooser(QComboBox):
    """The B2B session whose tables × slots are shown."""

    def fill(self, sessions: Sequence[SessionRow]) -> None:
        """List ``sessions`` (no signal), keeping the one chosen if it is still there, else the
        first."""
        keep = self.currentData()
        self.blockSignals(True)
        self.clear()
        for row in sessions:
            self.addItem(row.label, str(row.id))
        index = self.findData(keep) if keep else -1
        self.setCurrentIndex(index if index >= 0 else (0 if sessions else -1))
        self.blockSignals(False)

    def choose(self, session_id: uuid.UUID) -> None:
        index = self.findData(str(session_id))
        if index >= 0:
            self.setCurrentIndex(index)


def tables_view(model: TableGridModel) -> QTableView:
    """Tables × slots: one meeting chosen at a time, moved by drag and drop."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.horizontalHeader().setDefaultSectionSize(170)
    view.verticalHeader().setDefaultSectionSize(88)
    return view


class PeopleTab(QWidget):
    """People × slots under a toolbar of ``bar``: a row per person; the current cell chooses
    a person and a session for the availability actions."""

    def __init__(self, bar: Iterable[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleGridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setDefaultSectionSize(170)
        self.view.verticalHeader().setDefaultSectionSize(62)
        layout = QVBoxLayout(self)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_actions(toolbar, bar)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

    def set_schedule(
        self,
        sessions: Sequence[SessionRow],
        people: Sequence[ParticipantRow],
        meetings: Sequence[MeetingRow],
        availability: dict[uuid.UUID, list[Window]],
    ) -> None:
        """Show the schedules, keeping the chosen cell (the same person and column)."""
        cell = self.view.currentIndex()
        chosen_person = self.chosen_person()
        chosen_column = cell.column()
        self.model.set_schedule(sessions, people, meetings, availability)
        if chosen_person is not None:
            person_row = self.model.row_of(chosen_person.id)
            if person_row >= 0 and chosen_column < self.model.columnCount():
                self.view.setCurrentIndex(self.model.index(person_row, chosen_column))

    def chosen_person(self) -> ParticipantRow | None:
        index = self.view.currentIndex()
        return self.model.person_at(index.row()) if index.isValid() else None

    def chosen_session(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        return self.model.session_at(index.column()) if index.isValid() else None
