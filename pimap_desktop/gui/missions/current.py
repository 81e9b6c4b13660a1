"""The current mission: chosen once (the toolbar's chooser or the Ctrl+K switcher), shown in
the window title, followed by every page, remembered between sessions."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date

from PySide6.QtCore import (
    QObject,
    QSettings,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.store.database import Database

SETTINGS_KEY = "current/mission"


class CurrentMission(QObject):
    """Holds the id of the mission the coordinator works on; emits ``changed`` (the id, or
    None) when it changes, and remembers it in the settings."""

    changed = Signal(object)

    def __init__(self, db: Database, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self._id: uuid.UUID | None = None
        self._missions: list[svc.MissionRow] | None = None

    def mission_id(self) -> uuid.UUID | None:
        return self._id

    def missions(self, *, fresh: bool = False) -> list[svc.MissionRow]:
        """The missions as last read: the choosers of every page fill from one read (at start
        and when a mission is chosen); ``fresh`` reads them again."""
        if fresh or self._missions is None:
            with self.db.session() as session:
                self._missions = svc.list_missions(session)
        return self._missions

    def set_mission(self, mission_id: uuid.UUID | None) -> None:
        if mission_id == self._id:
            return
        self._id = mission_id
        self.settings.setValue(SETTINGS_KEY, str(mission_id) if mission_id else "")
        self.changed.emit(mission_id)

    def restore(self, today: date | None = None) -> uuid.UUID | None:
        """On start: the mission last used if it still exists, else the one running today or
        the next upcoming one (``missions.natural_current``)."""
        rows = self.missions(fresh=True)
        known = {r.id for r in rows}
        remembered = self.settings.value(SETTINGS_KEY)
        chosen: uuid.UUID | None = None
        if isinstance(remembered, str) and remembered:
            with contextlib.suppress(ValueError):
                chosen = uuid.UUID(remembered)
        if chosen not in known:
            chosen = svc.natural_current(rows, today or date.today())
        self.set_mission(chosen)
        return chosen

    def check_still_there(self) -> None:
        """After missions were deleted: fall back to the natural choice."""
        if self._id is None:
            self.restore()
            return
        known = {r.id for r in self.missions(fresh=True)}
        if self._id not in known:
            self._id = None
            self.restore()

    def title(self) -> str:
        """ "PW2027 — Photonics West 2027", or "" when there is none."""
        if self._id is None:
            return ""
        with self.db.session() as session:
            try:
                mission = svc.get_mission(session, self._id)
            except NotFoundError:  # deleted meanwhile: the title just drops it
                return ""
            return f"{mission.code} — {mission.name}"


class _SearchField(QLineEdit):
    """Up and Down move in the list below while the text keeps the focus."""

    def __init__(self, listing: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing = listing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.listing.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class MissionSwitcher(QDialog):
    """Ctrl+K: type part of a code, name, city or year; Enter switches to the first match."""

    def __init__(self, db: Database, current: uuid.UUID | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Switch mission"))
        self.chosen: uuid.UUID | None = None
        with db.session() as session:
            rows = sorted(svc.list_missions(session), key=lambda r: r.start_date, reverse=True)
        self._ids = [r.id for r in rows]
        texts = [
            f"{r.code} — {r.name}  ·  {r.city or r.country}  ·  "
            f"{when(r.start_date, '%d %b %Y')}  ·  {enum_label(r.status)}"
            for r in rows
        ]
        self.model = QStringListModel(texts, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.listing = QListView()
        self.listing.setModel(self.proxy)
        self.listing.setUniformItemSizes(True)
        self.listing.doubleClicked.connect(lambda _index: self.accept())
        self.search = _SearchField(self.listing)
        self.search.setPlaceholderText(self.tr("Type a code, name, city or year…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.empty = QLabel(self.tr("No mission matches."))
        self.empty.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Switch"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 380)
        if current in self._ids:
            self.listing.setCurrentIndex(self.proxy.index(self._ids.index(current), 0))
        else:
            self._select_first()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._select_first()

    def _select_first(self) -> None:
        has_rows = self.proxy.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.ok_button.setEnabled(has_rows)
        if has_rows:
            self.listing.setCurrentIndex(self.proxy.index(0, 0))

    def accept(self) -> None:
        index = self.listing.currentIndex()
        if not index.isValid():
            return
        self.chosen = self._ids[self.proxy.mapToSource(index).row()]
        super().accept()
