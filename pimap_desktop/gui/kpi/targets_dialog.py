"""The dashboard's Targets… dialog: the KPI targets of one scope (a mission, or a year for one
cluster or for all), one box per metric, "—" for no target.

Nothing is written until OK: then ``submit`` receives the targets changed (None: removed) and
runs the service; an error it raises keeps the dialog open with its message, the box of the
metric it names focused. Cancel changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.enums import KpiMetric
from pimap_desktop.domain.errors import PimapError, ValidationError
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.kpi.kpi import MAX_TARGET, KpiFilter

NO_TARGET_TEXT = "—"
ERROR_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #475569;"

Submit = Callable[[dict[KpiMetric, int | None]], None]


class KpiTargetScope(TranslationContext):
    """The translation context of what a set of targets is for."""


@dataclass(frozen=True)
class TargetScope:
    """What the targets are for, and how to say it."""

    mission_id: uuid.UUID | None
    cluster_id: uuid.UUID | None
    year: int | None
    title: str  # "PW2027 — Photonics West 2027", "2027, all clusters together"
    note: str  # how these targets are used


def target_scope(kpi_filter: KpiFilter, mission: str, cluster: str) -> TargetScope | None:
    """The targets a choice of the dashboard shows: a mission's (for the chosen cluster, if one
    is), or a year's (for the chosen cluster, or all clusters together); None with neither a
    mission nor a year chosen. ``mission`` and ``cluster`` are the names shown for the choice."""
    cluster = cluster if kpi_filter.cluster_id else ""
    if kpi_filter.mission_id is not None:
        if cluster:
            title = arg(KpiTargetScope.tr("%1, for %2"), mission, cluster)
            note = arg(
                KpiTargetScope.tr(
                    "The figures of %1's members in this mission are compared with these; the "
                    "mission's own targets are those with all clusters chosen."
                ),
                cluster,
            )
        else:
            title = mission
            note = KpiTargetScope.tr(
                "The mission's figures are compared with these once it is held (its last "
                "day past, or closed once begun); they then count in the totals of its "
                "year and of all missions. Before, its figures are the pipeline."
            )
    elif kpi_filter.year is not None:
        year = kpi_filter.year
        title = (
            f"{year}, {cluster}"
            if cluster
            else arg(KpiTargetScope.tr("%1, all clusters together"), year)
        )
        if cluster:
            note = arg(
                KpiTargetScope.tr(
                    "Where one is set here, it stands for %1 in %2 instead of the sum of its "
                    "targets in the %2 missions held. Over all years, its targets of the years "
                    "with a held mission add up."
                ),
                cluster,
                year,
            )
        else:
            note = arg(
                KpiTargetScope.tr(
                    "Where one is set here, it stands for %1 instead of the sum of the targets "
                    "of the %1 missions held. Over all years, the targets of the years with a "
                    "held mission add up."
                ),
                year,
            )
    else:
        return None
    return TargetScope(kpi_filter.mission_id, kpi_filter.cluster_id, kpi_filter.year, title, note)


class TargetSpinBox(QSpinBox):
    """A whole number, or "—" (no target): the lowest value, also reached by clearing the box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, MAX_TARGET)
        self.setSpecialValueText(NO_TARGET_TEXT)
        self.setValue(-1)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(110)
        self.setAccelerated(True)
        self.setToolTip(self.tr("A whole number; clear the box (or go below 0) for no target"))

    @staticmethod
    def _means_none(text: str) -> bool:
        return text.strip() in ("", NO_TARGET_TEXT)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._means_none(text):
            return QValidator.State.Acceptable, text, pos
        if NO_TARGET_TEXT in text:  # a digit typed next to the dash replaces it
            digits = text.replace(NO_TARGET_TEXT, "")
            return super().validate(digits, max(0, pos - (len(text) - len(digits))))
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        return self.minimum() if self._means_none(text) else super().valueFromText(text)

    def target(self) -> int | None:
        self.interpretText()  # what is typed counts, even before the box loses the focus
        value = self.value()
        return None if value < 0 else value

    def set_target(self, target: int | None) -> None:
        self.setValue(-1 if target is None else target)


class TargetsDialog(QDialog):
    def __init__(
        self,
        scope: TargetScope,
        current: Mapping[KpiMetric, int],
        submit: Submit,
        parent: QWidget | None = None,
        *,
        actuals: Mapping[KpiMetric, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("KPI targets"))
        self.scope = scope
        self.current = dict(current)
        self._submit = submit
        heading = QLabel(arg(self.tr("<b>Targets of %1</b>"), scope.title))
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(_caption(self.tr("Target")), 0, 1)
        if actuals is not None:
            grid.addWidget(_caption(self.tr("Actual")), 0, 2)
        self.boxes: dict[KpiMetric, TargetSpinBox] = {}
        for row, metric in enumerate(KpiMetric, start=1):
            box = TargetSpinBox()
            box.set_target(current.get(metric))
            box.setAccessibleName(arg(self.tr("Target for %1"), enum_label(metric)))
            caption = QLabel(f"{enum_label(metric)}:")
            caption.setBuddy(box)
            grid.addWidget(caption, row, 0)
            grid.addWidget(box, row, 1)
            if actuals is not None:
                actual = QLabel(f"{actuals.get(metric, 0):,}")
                actual.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                actual.setStyleSheet(NOTE_STYLE)
                grid.addWidget(actual, row, 2)
            self.boxes[metric] = box
        grid.setColumnStretch(3, 1)
        note = QLabel(
            arg(
                self.tr("%1<br>%2 means no target: clear the box for none."),
                scope.note,
                NO_TARGET_TEXT,
            )
        )
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, 0)
        self.boxes[KpiMetric.SMES_ENGAGED].setFocus()

    def targets(self) -> dict[KpiMetric, int | None]:
        """Every metric's target as the boxes show it."""
        return {metric: box.target() for metric, box in self.boxes.items()}

    def changes(self) -> dict[KpiMetric, int | None]:
        """The targets that differ from those the dialog opened with."""
        return {m: t for m, t in self.targets().items() if t != self.current.get(m)}

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        box = next((b for m, b in self.boxes.items() if m.value == field), None)
        if box is not None:
            box.setFocus()
            box.selectAll()

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            try:
                self._submit(changes)
            except PimapError as exc:
                self.show_error(
                    error_text(exc), exc.field if isinstance(exc, ValidationError) else None
                )
                return
        super().accept()


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(NOTE_STYLE)
    label.setAlignment(Qt.AlignmentFlag.AlignRight)
    return label
