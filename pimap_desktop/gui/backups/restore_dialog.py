"""File ▸ Restore from backup…: the verified backups with what each holds, and a restore.

The dialog lists the backups (found and verified off the GUI thread) and asks before a
restore; ``restore_in_window`` does it: the window lets go of the database (its engine's
connections are closed), the restore and the reopening (which upgrades a backup of an older
schema) run off the GUI thread (an ``Operation``), then every page reloads and a message says
what changed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import DatabaseError
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.gui.operations import Operation, Progress
from pimap_desktop.store.database import Database, open_database
from pimap_desktop.store.restore import (
    BackupInfo,
    RestoreReport,
    available_backups,
    format_size,
    restore_backup,
)

if TYPE_CHECKING:
    from pimap_desktop.gui.main_window import MainWindow

EMPTY_TEXT = QT_TRANSLATE_NOOP("BackupText", "No backups yet: File ▸ Back up now makes one.")
NOTE_STYLE = "color: #475569;"


class BackupText(TranslationContext):
    """The translation context of the restore dialog's words outside its class."""


def _count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def _when(info: BackupInfo) -> str:
    return f"{when(info.taken_at, '%d %b %Y, %H:%M')}"


REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupText", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupText", "Back up now"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupText", "Before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("BackupText", "Before a restore"),
    "before-demo": QT_TRANSLATE_NOOP("BackupText", "Before the demo data"),
    "before-delete": QT_TRANSLATE_NOOP("BackupText", "Before a deletion"),
}


def reason_text(reason: str) -> str:
    if reason in REASONS:
        return BackupText.tr(REASONS[reason])
    return reason.replace("-", " ").capitalize()


COLUMNS: list[Column[BackupInfo]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Taken"), _when, tooltip=lambda b: b.name),
    Column(QT_TRANSLATE_NOOP("columns", "Reason"), lambda b: reason_text(b.reason)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Missions"),
        lambda b: _count(b.counts.missions),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "People"), lambda b: _count(b.counts.people), align_right=True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Organisations"),
        lambda b: _count(b.counts.organisations),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Meetings"),
        lambda b: _count(b.counts.meetings),
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Size"), lambda b: format_size(b.size), align_right=True),
]


class RestoreDialog(QDialog):
    """The verified backups, newest first; Restore… asks, then emits ``restoreRequested``
    with the backup's path and closes."""

    restoreRequested = Signal(object)  # Path
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(820, 420)
        self._path = db.path
        intro = QLabel(
            self.tr(
                "Verified backups of this database, newest first. Restoring one replaces what "
                "the database holds now; a backup of the current state is taken first, so a "
                "restore can itself be undone."
            )
        )
        intro.setWordWrap(True)
        self.model: RowTableModel[BackupInfo] = RowTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.status = QLabel(self.tr("Looking for backups…"))
        self.status.setStyleSheet(NOTE_STYLE)
        self.status.setWordWrap(True)
        where = QLabel(
            arg(self.tr("Backups folder: %1"), self._path.parent / "backups") if self._path else ""
        )
        where.setStyleSheet(NOTE_STYLE)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.setToolTip(self.tr("Restore the selected backup"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._load()

    # ------------------------------------------------------------------ the list

    def _load(self) -> None:
        path = self._path
        if path is None:
            self._show([], self.tr("Backups of this database are made by its server."))
            return
        # Finding them verifies each file (an integrity check): not on the GUI thread.
        (
            Operation(
                self, lambda _p, _c: available_backups(path), action=self.tr("list the backups")
            )
            .success(lambda found: self._show(found, None))
            .failure(self._failed)
            .run_in_background()
        )

    def _show(self, found: list[BackupInfo], note: str | None) -> None:
        self.model.set_rows(found)
        if note is not None:
            self.status.setText(note)
        elif not found:
            self.status.setText(BackupText.tr(EMPTY_TEXT))
        else:
            self.status.setText(
                self.tr("%n verified backup(s). Choose one and press Restore…", "", len(found))
            )
            self.table.selectRow(0)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self._show([], self.tr("The backups could not be listed."))
        report_error(self, exc, action=self.tr("list the backups"))

    def backups(self) -> list[BackupInfo]:
        return self.model.shown_rows()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # ------------------------------------------------------------------ restore

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            arg(
                self.tr(
                    "Restore the backup taken %1 (%2: %3 missions, %4 people)?\n\n"
                    "What the database holds now is replaced. A backup of the current state is "
                    "taken first, so you can go back to it."
                ),
                _when(info),
                reason_text(info.reason).lower(),
                _count(info.counts.missions),
                _count(info.counts.people),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restoreRequested.emit(info.path)
        self.accept()


def restore_in_window(
    window: MainWindow, backup: Path
) -> Operation[tuple[RestoreReport, Database]] | None:
    """Restore ``backup`` over the window's database off the GUI thread, then reload every
    page and say what changed. The window's ``Database`` object is kept (every page holds
    it); only its engine and session factory are replaced by the reopened ones."""
    db = window.db
    path, url = db.path, db.url
    if path is None:
        QMessageBox.information(
            window,
            BackupText.tr("Restore from backup"),
            BackupText.tr("Backups of this database are made by its server."),
        )
        return None
    db.dispose()  # the window lets go: its pooled connections are closed
    not_reopened = BackupText.tr(
        "The backup was restored but the database could not be opened again: %1 "
        "Restart PIMAP Desktop."
    )

    def work(_progress: Progress, _cancel: threading.Event) -> tuple[RestoreReport, Database]:
        report = restore_backup(path, backup)
        try:
            reopened = open_database(url)  # upgrades a backup of an older schema
        except DatabaseError as exc:
            raise DatabaseError(arg(not_reopened, exc)) from None
        return report, reopened

    def done(result: tuple[RestoreReport, Database]) -> None:
        report, reopened = result
        db.engine.dispose()  # any connection a page opened meanwhile
        db.engine, db.sessions = reopened.engine, reopened.sessions
        window.reload_everything()
        window.show_message(arg(BackupText.tr("Restored %1."), report.backup.name))
        QMessageBox.information(window, BackupText.tr("Backup restored"), report.summary())

    operation = (
        Operation(window, work, action=BackupText.tr("restore the backup"))
        .with_progress(
            BackupText.tr("Restoring the backup (the current state is backed up first)…"),
            title=BackupText.tr("Restore from backup"),
            cancellable=False,
        )
        .success(done)
    )
    operation.run_in_background()
    return operation
