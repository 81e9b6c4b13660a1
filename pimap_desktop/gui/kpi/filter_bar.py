"""The dashboard's choice: a mission, a cluster and a year (one mission has its own dates, so
no year beside it), and "Counting…" while the figures of the choice are counted."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from pimap_desktop.services.kpi.kpi import KpiFilter


class FilterBar(QWidget):
    """Emits ``changed`` when a choice changed (by the person, or by ``choose_mission``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mission_combo = QComboBox()
        self.mission_combo.setMinimumContentsLength(14)
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cluster_combo = QComboBox()
        self.cluster_combo.setMinimumContentsLength(10)
        self.cluster_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year_combo = QComboBox()
        for combo in self.combos():
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.busy_label = QLabel(self.tr("Counting…"))
        self.busy_label.setStyleSheet("color: #64748b;")
        self.busy_label.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo, stretch in (
            (self.tr("&Mission:"), self.mission_combo, 3),
            (self.tr("C&luster:"), self.cluster_combo, 2),
            (self.tr("&Year:"), self.year_combo, 1),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, stretch)
        layout.addWidget(self.busy_label)

    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.mission_combo, self.cluster_combo, self.year_combo

    def fill(
        self,
        missions: Sequence[tuple[uuid.UUID, str, str]],
        clusters: Sequence[tuple[uuid.UUID, str]],
        years: Sequence[int],
    ) -> None:
        """Refill the choices (as ``services.kpi.kpi_filters`` lists them), keeping the current
        ones where they still exist; ``changed`` is not emitted."""
        kept = self.current_filter()
        combos = self.combos()
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.mission_combo.addItem(self.tr("All missions"), "")
        for mission_id, code, name in missions:
            self.mission_combo.addItem(f"{code} — {name}", str(mission_id))
        self.cluster_combo.addItem(self.tr("All clusters"), "")
        for cluster_id, name in clusters:
            self.cluster_combo.addItem(name, str(cluster_id))
        self.year_combo.addItem(self.tr("All years"), "")
        for each in years:
            self.year_combo.addItem(str(each), str(each))
        chosen = (kept.mission_id, kept.cluster_id, kept.year)
        for combo, value in zip(combos, chosen, strict=True):
            index = combo.findData(str(value)) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._one_mission_no_year()

    def has_mission(self, mission_id: uuid.UUID) -> bool:
        return self.mission_combo.findData(str(mission_id)) >= 0

    def choose_mission(self, mission_id: uuid.UUID | None) -> None:
        """Choose one mission (None, or one not in the list: all missions)."""
        index = self.mission_combo.findData(str(mission_id)) if mission_id is not None else 0
        self.mission_combo.setCurrentIndex(max(index, 0))

    def current_filter(self) -> KpiFilter:
        return KpiFilter(
            mission_id=_uuid(self.mission_combo.currentData()),
            cluster_id=_uuid(self.cluster_combo.currentData()),
            year=int(self.year_combo.currentData()) if self.year_combo.currentData() else None,
        )

    def _changed(self) -> None:
        self._one_mission_no_year()
        self.changed.emit()

    def _one_mission_no_year(self) -> None:
        # One mission has its own dates: its year is not a further choice.
        one_mission = bool(self.mission_combo.currentData())
        if one_mission and self.year_combo.currentIndex() != 0:
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(0)
            self.year_combo.blockSignals(False)
        self.year_combo.setEnabled(not one_mission)
        self.year_combo.setToolTip(
            self.tr("A single mission's figures are those of its own dates") if one_mission else ""
        )


def _uuid(data: object) -> uuid.UUID | None:
    return uuid.UUID(data) if isinstance(data, str) and data else None
