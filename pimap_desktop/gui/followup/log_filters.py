"""What the follow-up log shows: one mission or all, all follow-ups or the open, the overdue or
"my open actions", and who "I" am (remembered in the settings: the owner of new follow-ups)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP
from pimap_desktop.gui.widgets import current_uuid
from pimap_desktop.services.followup.followup import FollowUpRow
from pimap_desktop.services.missions.missions import MissionRow

SETTINGS_ME = "followup/me"

Filter = Literal["all", "open", "overdue", "mine"]
FILTERS: tuple[tuple[Filter, str], ...] = (
    ("all", QT_TRANSLATE_NOOP("LogFilters", "All follow-ups")),
    ("open", QT_TRANSLATE_NOOP("LogFilters", "Open")),
    ("overdue", QT_TRANSLATE_NOOP("LogFilters", "Overdue")),
    ("mine", QT_TRANSLATE_NOOP("LogFilters", "My open actions")),
)


class LogFilters(QWidget):
    """Emits ``missionChanged`` when another mission (or all) is chosen, ``filterChanged``
    when the rows to show change (another filter, or another "I" while "mine" is shown)."""

    missionChanged = Signal()
    filterChanged = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.mission_combo = QComboBox()
        self.mission_combo.setMinimumContentsLength(14)
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mission_combo.currentIndexChanged.connect(lambda _i: self.missionChanged.emit())
        self.filter_combo = QComboBox()
        for key, label in FILTERS:
            self.filter_combo.addItem(self.tr(label), key)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.filterChanged.emit())
        self.me_combo = QComboBox()
        self.me_combo.setMinimumContentsLength(11)
        self.me_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.me_combo.setToolTip(
            self.tr(
                "Who you are: “My open actions” shows the open follow-ups you own, and new "
                "follow-ups are yours unless you choose another owner"
            )
        )
        self.me_combo.currentIndexChanged.connect(lambda _i: self._me_chosen())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Mission:")))
        layout.addWidget(self.mission_combo)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("Show:")))
        layout.addWidget(self.filter_combo)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("I am:")))
        layout.addWidget(self.me_combo)

    # ------------------------------------------------------------------ missions

    def mission_id(self) -> uuid.UUID | None:
        """The mission shown; None for all missions."""
        return current_uuid(self.mission_combo)

    def fill_missions(self, rows: Sequence[MissionRow], keep: uuid.UUID | None) -> None:
        """List the missions by start date after "All missions", choosing ``keep`` if it is
        there (no signal)."""
        combo = self.mission_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All missions"), "")
        for row in sorted(rows, key=lambda r: r.start_date):
            combo.addItem(f"{row.code} — {row.name}", str(row.id))
        index = combo.findData(str(keep)) if keep else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def choose_mission(self, mission_id: uuid.UUID | None) -> bool:
        """Choose one mission (None: all); False when it is not in the list."""
        index = self.mission_combo.findData(str(mission_id)) if mission_id is not None else 0
        if index < 0:
            return False
        self.mission_combo.setCurrentIndex(index)
        return True

    # ------------------------------------------------------------------ who "I" am

    def me(self) -> uuid.UUID | None:
        """The coordinator using the app, as chosen in “I am”."""
        return current_uuid(self.me_combo)

    def fill_owners(self, owners: Sequence[tuple[uuid.UUID, str]]) -> None:
        """List the possible owners, choosing the one remembered (no signal)."""
        remembered = str(self.settings.value(SETTINGS_ME, "") or "")
        combo = self.me_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(choose who you are)"), "")
        for owner_id, name in owners:
            combo.addItem(name, str(owner_id))
        combo.setCurrentIndex(max(combo.findData(remembered), 0) if remembered else 0)
        combo.blockSignals(False)

    def _me_chosen(self) -> None:
        me = self.me()
        self.settings.setValue(SETTINGS_ME, str(me) if me else "")
        if self.current_filter() == "mine":
            self.filterChanged.emit()

    # ------------------------------------------------------------------ filter

    def current_filter(self) -> Filter:
        key: Filter = self.filter_combo.currentData()
        return key

    def set_filter(self, key: Filter) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))

    def predicate(self) -> Callable[[FollowUpRow], bool] | None:
        """Which rows the filter shows (None: all)."""
        key = self.current_filter()
        if key == "open":
            return lambda r: not r.done
        if key == "overdue":
            return lambda r: r.overdue
        if key == "mine":
            me = self.me()
            return lambda r: me is not None and r.owner_id == me and not r.done
        return None
