"""The mission chooser at the top of every per-mission page."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from pimap_desktop.gui.missions.current import CurrentMission
from pimap_desktop.gui.widgets import current_uuid
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.store.database import Database


class MissionChooser(QComboBox):
    """Lists the missions by date; emits ``missionChanged`` (the id, or None) on a new choice.

    A page standing alone shows it with its ``caption``; in the main window the page follows
    the current mission instead (``follow``) and its own chooser is hidden."""

    missionChanged = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.missionChanged.emit(self.mission_id()))
        self.caption = QLabel(self.tr("&Mission:"))
        self.caption.setBuddy(self)
        self.current: CurrentMission | None = None

    def follow(self, current: CurrentMission, *, visible: bool = False) -> None:
        """Show the current mission, and make a choice here (or a page's ``show_mission``) the
        current mission."""
        self.current = current
        self.setVisible(visible)
        self.caption.setVisible(visible)
        current.changed.connect(self._current_changed)
        self.missionChanged.connect(self._chosen_here)
        self._current_changed(current.mission_id())

    def _current_changed(self, mission_id: uuid.UUID | None) -> None:
        if mission_id is not None and mission_id != self.mission_id():
            self.show_mission(mission_id)

    def _chosen_here(self, mission_id: uuid.UUID | None) -> None:
        if self.current is not None and mission_id is not None:
            self.current.set_mission(mission_id)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Refill (after missions were added, renamed or deleted), keeping the choice if it
        still exists; emits ``missionChanged`` once."""
        keep = select or (self.current.mission_id() if self.current else None) or self.mission_id()
        rows = self._missions(select)
        self.blockSignals(True)
        self.clear()
        for row in sorted(rows, key=lambda r: r.start_date):
            self.addItem(f"{row.code} — {row.name}", str(row.id))
        index = self.findData(str(keep)) if keep else -1
        self.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.blockSignals(False)
        self.missionChanged.emit(self.mission_id())

    def _missions(self, select: uuid.UUID | None) -> list[svc.MissionRow]:
        """The missions to list: those the current mission last read when a mission is asked
        for and among them (every page's chooser at start), else read afresh."""
        if self.current is not None and select is not None:
            rows = self.current.missions()
            if any(r.id == select for r in rows):
                return rows
            return self.current.missions(fresh=True)
        with self.db.session() as session:
            return svc.list_missions(session)

    def show_mission(self, mission_id: uuid.UUID) -> None:
        index = self.findData(str(mission_id))
        if index < 0:
            self.reload(select=mission_id)
        else:
            self.setCurrentIndex(index)

    def mission_id(self) -> uuid.UUID | None:
        return current_uuid(self)
