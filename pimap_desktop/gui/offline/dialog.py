"""The dialogs of offline copies: which mission to take offline, and the preview of a
bring-back, where the coordinator chooses, conflict by conflict, which value the database keeps.

The preview shows a dry run (``bring_back(dry_run=True)``): what would be added, updated and
deleted, and the conflicts in a table whose last column is the choice, "Keep here" (the
default, as on the command line) or "Take the laptop's".
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.services.missions.missions import MissionRow
from pimap_desktop.services.offline.merge import (
    ERASED,
    OURS,
    REFUSED,
    THEIRS,
    WHOLE,
    Conflict,
    MergeReport,
)
from pimap_desktop.services.offline.scope import JSONValue

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, str, str]

NOTE_STYLE = "color: #475569;"


class OfflinePreviewText(TranslationContext):
    """The translation context of the bring-back preview's words (the texts below are marked
    in it, and translated where they are shown)."""


NO_CONFLICTS = QT_TRANSLATE_NOOP("OfflinePreviewText", "No conflicts.")
KEEP_HERE = QT_TRANSLATE_NOOP("OfflinePreviewText", "Keep here")
TAKE_LAPTOPS = QT_TRANSLATE_NOOP("OfflinePreviewText", "Take the laptop's")
CHOICES = ((KEEP_HERE, OURS), (TAKE_LAPTOPS, THEIRS))
CHOICE_COLUMN = 5
# What a record of each table is called, after its label ("Ana Silva (registration)").
KINDS = {
    "people": QT_TRANSLATE_NOOP("OfflinePreviewText", "person"),
    "registrations": QT_TRANSLATE_NOOP("OfflinePreviewText", "registration"),
    "organisations": QT_TRANSLATE_NOOP("OfflinePreviewText", "organisation"),
    "follow_ups": QT_TRANSLATE_NOOP("OfflinePreviewText", "follow-up"),
    "meetings": QT_TRANSLATE_NOOP("OfflinePreviewText", "meeting"),
    "meeting_requests": QT_TRANSLATE_NOOP("OfflinePreviewText", "meeting request"),
    "availabilities": QT_TRANSLATE_NOOP("OfflinePreviewText", "availability"),
    "programme_items": QT_TRANSLATE_NOOP("OfflinePreviewText", "programme item"),
    "b2b_sessions": QT_TRANSLATE_NOOP("OfflinePreviewText", "B2B session"),
    "b2b_tables": QT_TRANSLATE_NOOP("OfflinePreviewText", "B2B table"),
    "practical_notes": QT_TRANSLATE_NOOP("OfflinePreviewText", "practical note"),
    "delegations": QT_TRANSLATE_NOOP("OfflinePreviewText", "delegation"),
    "missions": QT_TRANSLATE_NOOP("OfflinePreviewText", "mission"),
    "clusters": QT_TRANSLATE_NOOP("OfflinePreviewText", "cluster"),
    "venues": QT_TRANSLATE_NOOP("OfflinePreviewText", "venue"),
}
# A count of records of each table ("3 registrations").
COUNTED: dict[str, Callable[[int], str]] = {
    "people": lambda n: OfflinePreviewText.tr("%n person(s)", "", n),
    "registrations": lambda n: OfflinePreviewText.tr("%n registration(s)", "", n),
    "organisations": lambda n: OfflinePreviewText.tr("%n organisation(s)", "", n),
    "follow_ups": lambda n: OfflinePreviewText.tr("%n follow-up(s)", "", n),
    "meetings": lambda n: OfflinePreviewText.tr("%n meeting(s)", "", n),
    "meeting_requests": lambda n: OfflinePreviewText.tr("%n meeting request(s)", "", n),
    "availabilities": lambda n: OfflinePreviewText.tr("%n availability window(s)", "", n),
    "programme_items": lambda n: OfflinePreviewText.tr("%n programme item(s)", "", n),
    "b2b_sessions": lambda n: OfflinePreviewText.tr("%n B2B session(s)", "", n),
    "b2b_tables": lambda n: OfflinePreviewText.tr("%n B2B table(s)", "", n),
    "practical_notes": lambda n: OfflinePreviewText.tr("%n practical note(s)", "", n),
    "delegations": lambda n: OfflinePreviewText.tr("%n delegation(s)", "", n),
    "missions": lambda n: OfflinePreviewText.tr("%n mission(s)", "", n),
    "clusters": lambda n: OfflinePreviewText.tr("%n cluster(s)", "", n),
    "venues": lambda n: OfflinePreviewText.tr("%n venue(s)", "", n),
}
_UTC_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?\+00:00$")


# --------------------------------------------------------------------------- texts


def value_text(value: JSONValue) -> str:
    """A value of a conflict as a person reads it: the text as it is, a UTC time with its zone
    named, an empty value as a dash, one line."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return OfflinePreviewText.tr("yes") if value else OfflinePreviewText.tr("no")
    if isinstance(value, str):
        match = _UTC_ISO.match(value)
        if match:
            return f"{match.group(1)} {match.group(2)} UTC"
        return " ".join(value.split()) if "\n" in value or "\t" in value else value
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def field_text(conflict: Conflict) -> str:
    if conflict.field == WHOLE:
        return OfflinePreviewText.tr("the whole record")
    return conflict.field.replace("_", " ")


def what_text(conflict: Conflict) -> str:
    english = KINDS.get(conflict.table, conflict.table.replace("_", " "))
    kind = OfflinePreviewText.tr(english) if conflict.table in KINDS else english
    label = conflict.label or kind
    if label.casefold().startswith((english.casefold(), kind.casefold())):
        return label
    return f"{label} ({kind})"


def choosable(conflict: Conflict) -> bool:
    """False where this database cannot take the laptop's value (a change it refuses, a
    person erased here): the choice stays "Keep here"."""
    return not (conflict.reason.startswith(REFUSED) or conflict.reason == ERASED)


def when_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def counts_text(counts: Mapping[str, int]) -> str:
    """ "3 registrations, 1 person": a count per kind of record, the largest first."""
    parts = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    words = []
    for table, count in parts:
        counted = COUNTED.get(table)
        words.append(counted(count) if counted else f"{count} {table.replace('_', ' ')}")
    return ", ".join(words)


def summary_text(report: MergeReport) -> str:
    """The preview's first lines: which copy, and what would change."""
    info = report.info
    added, updated, deleted = (
        sum(c.values()) for c in (report.added, report.updated, report.deleted)
    )
    coming_back = (
        OfflinePreviewText.tr("Coming back (conflicts aside): %1 added, %2 updated, %3 deleted.")
        if report.conflicts
        else OfflinePreviewText.tr("Coming back: %1 added, %2 updated, %3 deleted.")
    )
    lines = [
        arg(
            OfflinePreviewText.tr("Copy of %1, taken %2 from %3."),
            info.mission_code,
            when_text(info.taken_at),
            info.source,
        ),
        arg(coming_back, added, updated, deleted),
    ]
    details = [
        arg(OfflinePreviewText.tr("%1: %2"), title, counts_text(counts))
        for title, counts in (
            (OfflinePreviewText.tr("Added"), report.added),
            (OfflinePreviewText.tr("Updated"), report.updated),
            (OfflinePreviewText.tr("Deleted"), report.deleted),
        )
        if counts
    ]
    if details:
        lines.append("; ".join(details) + ".")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the conflicts


class ConflictModel(QAbstractTableModel):
    """The conflicts of a dry run, and the choice made for each (Qt.EditRole of the last
    column: ``OURS`` or ``THEIRS``)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictModel", "What"),
        QT_TRANSLATE_NOOP("ConflictModel", "Field"),
        QT_TRANSLATE_NOOP("ConflictModel", "Here"),
        QT_TRANSLATE_NOOP("ConflictModel", "On the laptop"),
        QT_TRANSLATE_NOOP("ConflictModel", "Why"),
        QT_TRANSLATE_NOOP("ConflictModel", "Keep"),
    )

    def __init__(self, conflicts: Sequence[Conflict], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts = list(conflicts)
        self._texts = [
            [
                what_text(c),
                field_text(c),
                value_text(c.ours),
                value_text(c.theirs),
                c.reason,
            ]
            for c in self._conflicts
        ]
        self._choices = [OURS for _c in self._conflicts]

    def conflict(self, row: int) -> Conflict:
        return self._conflicts[row]

    def choice(self, row: int) -> str:
        return self._choices[row]

    def resolutions(self) -> dict[Key, str]:
        """The conflicts where the laptop's value was chosen, as ``bring_back`` takes them."""
        return {
            c.key: THEIRS
            for c, chosen in zip(self._conflicts, self._choices, strict=True)
            if chosen == THEIRS
        }

    def choose_all(self, choice: str) -> None:
        changed = False
        for row, conflict in enumerate(self._conflicts):
            if choosable(conflict) and self._choices[row] != choice:
                self._choices[row] = choice
                changed = True
        if changed and self._conflicts:
            first = self.index(0, CHOICE_COLUMN)
            last = self.index(len(self._conflicts) - 1, CHOICE_COLUMN)
            self.dataChanged.emit(first, last)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        conflict = self._conflicts[row]
        if column == CHOICE_COLUMN:
            if role == Qt.ItemDataRole.EditRole:
                return self._choices[row]
            if role == Qt.ItemDataRole.DisplayRole:
                chosen = TAKE_LAPTOPS if self._choices[row] == THEIRS else KEEP_HERE
                return OfflinePreviewText.tr(chosen)
            if role == Qt.ItemDataRole.ToolTipRole:
                if choosable(conflict):
                    return self.tr("Which value this database keeps")
                return self.tr("This database cannot take the laptop's change: its own is kept")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return _full(conflict.ours)
            if column == 3:
                return _full(conflict.theirs)
            return self._texts[row][column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != CHOICE_COLUMN
            or role != Qt.ItemDataRole.EditRole
            or value not in (OURS, THEIRS)
            or not choosable(self._conflicts[index.row()])
        ):
            return False
        if self._choices[index.row()] != value:
            self._choices[index.row()] = str(value)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE_COLUMN and choosable(self._conflicts[index.row()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None


def _full(value: JSONValue) -> str:
    """A value whole, for its tooltip (a long note, a list)."""
    if isinstance(value, str):
        return value or "—"
    return value_text(value)


class MiddleElided(QStyledItemDelegate):
    """A text too long for its column loses its middle: a long name keeps its end, and the kind
    of record after it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ChoiceDelegate(QStyledItemDelegate):
    """The choice of a conflict as a combo box: "Keep here" or "Take the laptop's"; a choice
    is written to the model at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, value in CHOICES:
            combo.addItem(OfflinePreviewText.tr(text), value)
        combo.setAccessibleName(self.tr("Keep"))
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if position >= 0 and position != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(position)
                editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class BringBackPreview(QDialog):
    """What bringing the copy back would do, and a choice per conflict; accepted with
    "Bring back" (``resolutions()`` then says what was chosen)."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Bring back an offline copy"))
        self.summary = QLabel(summary_text(report))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        conflicts = report.conflicts
        self.model = ConflictModel(conflicts, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, MiddleElided(self.table))
        self.table.setItemDelegateForColumn(CHOICE_COLUMN, ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in ((0, 320), (1, 110), (4, 230), (CHOICE_COLUMN, 160)):
            self.table.setColumnWidth(column, width)
        for row in range(self.model.rowCount()):
            if choosable(self.model.conflict(row)):
                self.table.openPersistentEditor(self.model.index(row, CHOICE_COLUMN))

        count = len(conflicts)
        if count:
            self.conflict_note = QLabel(
                self.tr(
                    "%n conflict(s): the same thing was changed here and on the laptop, or one "
                    "side deleted what the other changed. This database's value is kept unless "
                    "you choose the laptop's.",
                    "",
                    count,
                )
            )
        else:
            self.conflict_note = QLabel(OfflinePreviewText.tr(NO_CONFLICTS))
        self.conflict_note.setWordWrap(True)
        self.keep_all_button = QPushButton(self.tr("&Keep all here"))
        self.keep_all_button.clicked.connect(lambda: self.model.choose_all(OURS))
        self.take_all_button = QPushButton(self.tr("&Take all the laptop's"))
        self.take_all_button.clicked.connect(lambda: self.model.choose_all(THEIRS))
        all_row = QHBoxLayout()
        all_row.addWidget(self.keep_all_button)
        all_row.addWidget(self.take_all_button)
        all_row.addStretch(1)
        note = QLabel(
            self.tr(
                "A backup of this database is taken first. The conflicts are listed in a "
                "workbook beside the copy."
            )
            if count
            else self.tr("A backup of this database is taken first.")
        )
        note.setStyleSheet(NOTE_STYLE)
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.bring_back_button = QPushButton(self.tr("&Bring back"))
        self.bring_back_button.setDefault(True)
        self.bring_back_button.setAutoDefault(True)
        self.buttons.addButton(self.bring_back_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(all_row)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for widget in (self.table, self.keep_all_button, self.take_all_button):
            widget.setVisible(bool(count))
        if count:
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width() - 60), min(560, screen.height() - 80))
        else:
            self.resize(640, self.minimumSizeHint().height())
        self.bring_back_button.setFocus()

    def resolutions(self) -> dict[Key, str]:
        return self.model.resolutions()

    def choice_box(self, row: int) -> QComboBox | None:
        """The combo box of a conflict's choice (None where there is no choice)."""
        widget = self.table.indexWidget(self.model.index(row, CHOICE_COLUMN))
        return widget if isinstance(widget, QComboBox) else None


# --------------------------------------------------------------------------- the mission


class MissionPicker(QDialog):
    """Which mission to take offline, when no mission is the current one."""

    def __init__(
        self,
        missions: Sequence[MissionRow],
        parent: QWidget | None = None,
        *,
        preselect: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take mission offline"))
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(40)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for row in sorted(missions, key=lambda r: (r.start_date, r.code)):
            self.combo.addItem(f"{row.code} — {row.name}", row.code)
        if preselect is not None:
            found = next((r.code for r in missions if r.id == preselect), None)
            if found is not None:
                self.combo.setCurrentIndex(self.combo.findData(found))
        caption = QLabel(self.tr("&Mission to take to the fair:"))
        caption.setBuddy(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Next…"))
        self.ok_button = ok
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def code(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None
