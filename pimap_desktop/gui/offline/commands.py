"""File ▸ Take mission offline… and File ▸ Bring back an offline copy…: the window's side of
services/offline (the same calls as ``pimap offline take`` and ``pimap offline bring-back``).

Taking a copy only reads; bringing one back writes (its action belongs to the window's
``writing`` group). Both run off the GUI thread as ``Operation``s. A bring-back is a dry run
first, shown in the preview (gui/offline/dialog.py) where the coordinator chooses per conflict;
"Bring back" then merges with those choices in one transaction, writes the conflicts'
workbook beside the copy, and every page reloads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from pimap_desktop.domain.errors import Cancelled, PimapError
from pimap_desktop.gui.dialogs import ask_open_path, ask_save_path
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.offline.dialog import BringBackPreview, Key, MissionPicker
from pimap_desktop.gui.operations import Operation, Progress
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.missions.missions import list_missions
from pimap_desktop.services.offline.merge import THEIRS, MergeReport, bring_back
from pimap_desktop.services.offline.report import write_conflict_report
from pimap_desktop.services.offline.take import TakeReport, take_offline

if TYPE_CHECKING:
    from pimap_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

FILTERS = QT_TRANSLATE_NOOP("OfflineCopies", "PIMAP database (*.sqlite)")
FOLDER_KEY = "offline-copy"
PROGRESS_DELAY_MS = 400
TAKE_TITLE = QT_TRANSLATE_NOOP("OfflineCopies", "Take mission offline")
BRING_BACK_TITLE = QT_TRANSLATE_NOOP("OfflineCopies", "Bring back an offline copy")


class OfflineText(TranslationContext):
    """The translation context of what taking a mission offline and back says."""


def stopping_on_cancel(
    progress: Progress, cancel: threading.Event, message: str
) -> Callable[[int, int], None]:
    """The services' progress callback, which also stops the work once Cancel was pressed
    (their work is one transaction: stopping it writes nothing)."""

    def report(done: int, total: int) -> None:
        progress(done, total)
        if cancel.is_set():
            raise Cancelled(message)

    return report


@dataclass(frozen=True)
class BroughtBack:
    report: MergeReport
    conflict_report: Path | None
    report_problem: str | None = None  # why the conflicts' workbook could not be written


def taken_text(report: TakeReport) -> str:
    return arg(
        OfflineText.tr(
            "%1 — %2 was written to %3: %4, %5, %6.\n\n"
            'Open it on the laptop with File ▸ Open database file…, or pimap-desktop --db "%3".'
        ),
        report.mission_code,
        report.mission_name,
        report.path,
        OfflineText.tr("%n registration(s)", "", report.count("registrations")),
        OfflineText.tr("%n meeting(s)", "", report.count("meetings")),
        OfflineText.tr("%n follow-up(s)", "", report.count("follow_ups")),
    )


def brought_back_text(result: BroughtBack) -> str:
    report = result.report
    added, updated, deleted = (
        sum(c.values()) for c in (report.added, report.updated, report.deleted)
    )
    lines = [
        arg(
            OfflineText.tr("The copy of %1 is back: %2 added, %3 updated, %4 deleted."),
            report.info.mission_code,
            added,
            updated,
            deleted,
        )
    ]
    conflicts = report.conflicts
    if conflicts:
        taken = sum(1 for c in conflicts if c.taken == THEIRS)
        lines.append(
            arg(
                OfflineText.tr(
                    "%n conflict(s): the laptop's value taken for %1, this database's kept for %2.",
                    "",
                    len(conflicts),
                ),
                taken,
                len(conflicts) - taken,
            )
        )
        if result.conflict_report is not None:
            lines.append(
                arg(OfflineText.tr("The conflicts are listed in %1."), result.conflict_report)
            )
        elif result.report_problem:
            lines.append(
                arg(
                    OfflineText.tr("The list of conflicts could not be written: %1"),
                    result.report_problem,
                )
            )
    else:
        lines.append(OfflineText.tr("No conflicts."))
    if report.backup:
        lines.append(arg(OfflineText.tr("Backup taken first: %1"), report.backup))
    return "\n".join(lines)


class OfflineCopies(QObject):
    """The two File menu actions and what they open; one per main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.take_action = QAction(self.tr("&Take mission offline…"), window)
        self.take_action.setToolTip(
            self.tr("Write the mission and all it needs into a file for the laptop at the fair")
        )
        self.take_action.triggered.connect(self.take_mission_offline)
        self.bring_back_action = QAction(self.tr("Brin&g back an offline copy…"), window)
        self.bring_back_action.setToolTip(
            self.tr("Merge what changed at the fair into this database, choosing per conflict")
        )
        self.bring_back_action.triggered.connect(self.bring_back_copy)
        self.picker: MissionPicker | None = None
        self.preview: BringBackPreview | None = None

    # ------------------------------------------------------------------ take

    def take_mission_offline(self) -> None:
        """The current mission, else the one chosen in a small dialog; then where to save."""
        window = self.window
        with window.db.session() as session:
            missions = list_missions(session)
        if not missions:
            window.show_message(self.tr("There is no mission to take offline."))
            return
        current = window.current.mission_id()
        row = next((m for m in missions if m.id == current), None)
        if row is not None:
            self._take(row.code)
            return
        picker = MissionPicker(missions, window)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._picked(picker.code()))
        picker.finished.connect(lambda _result: self._forget_picker(picker))
        self.picker = picker
        picker.open()

    def _forget_picker(self, picker: MissionPicker) -> None:
        if self.picker is picker:
            self.picker = None

    def _picked(self, code: str | None) -> None:
        if code:
            self._take(code)

    def _take(self, code: str) -> None:
        window = self.window
        target = ask_save_path(
            window,
            arg(self.tr("Take %1 offline"), code),
            f"{code}-offline.sqlite",
            self.tr(FILTERS),
            key=FOLDER_KEY,
            suffixes=(".sqlite",),
            settings=window.settings,
        )
        if target is None:
            return
        db = window.db
        cancelled = self.tr("Cancelled: no copy was written.")
        # The file dialog asked before replacing a file.
        (
            Operation(
                window,
                lambda progress, cancel: take_offline(
                    db,
                    code,
                    target,
                    overwrite=True,
                    progress=stopping_on_cancel(progress, cancel, cancelled),
                ),
                action=arg(self.tr("take %1 offline"), code),
            )
            .with_progress(
                arg(self.tr("Writing %1 into %2…"), code, target.name),
                title=self.tr(TAKE_TITLE),
                delay_ms=PROGRESS_DELAY_MS,
            )
            .disabling(self.take_action)
            .cancelled(lambda exc: window.show_message(error_text(exc)))
            .success(self._taken)
            .run_in_background()
        )

    def _taken(self, report: TakeReport) -> None:
        self.window.show_message(
            arg(self.tr("%1 taken offline: %2"), report.mission_code, report.path)
        )
        QMessageBox.information(self.window, self.tr("Mission taken offline"), taken_text(report))

    # ------------------------------------------------------------------ bring back

    def bring_back_copy(self) -> None:
        """The copy to bring back, then the preview of what it changes (a dry run)."""
        window = self.window
        path = ask_open_path(
            window,
            self.tr(BRING_BACK_TITLE),
            self.tr(FILTERS),
            key=FOLDER_KEY,
            settings=window.settings,
        )
        if path is None:
            return
        db = window.db
        cancelled = self.tr("Cancelled; nothing was changed.")
        (
            Operation(
                window,
                lambda progress, cancel: bring_back(
                    db,
                    path,
                    dry_run=True,
                    progress=stopping_on_cancel(progress, cancel, cancelled),
                ),
                action=self.tr("bring back the copy"),
            )
            .with_progress(
                arg(self.tr("Comparing %1 with this database…"), path.name),
                title=self.tr(BRING_BACK_TITLE),
                delay_ms=PROGRESS_DELAY_MS,
            )
            .disabling(self.bring_back_action)
            .cancelled(lambda exc: window.show_message(error_text(exc)))
            .success(self._show_preview)
            .run_in_background()
        )

    def _show_preview(self, report: MergeReport) -> None:
        dialog = BringBackPreview(report, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._bring_back(report.copy, dialog.resolutions()))
        dialog.finished.connect(lambda _result: self._forget_preview(dialog))
        self.preview = dialog
        dialog.open()

    def _forget_preview(self, dialog: BringBackPreview) -> None:
        if self.preview is dialog:
            self.preview = None

    def _bring_back(self, copy: Path, resolutions: dict[Key, str]) -> None:
        db = self.window.db

        def work(progress: Progress, _cancel: threading.Event) -> BroughtBack:
            # One transaction, after a backup: it runs to its end (no Cancel).
            report = bring_back(db, copy, resolutions=resolutions, progress=progress)
            if not report.conflicts:
                return BroughtBack(report, None)
            try:
                written = write_conflict_report(report.copy, report.conflicts)
            except (OSError, PimapError) as exc:
                log.warning("conflict report not written: %s", type(exc).__name__)
                return BroughtBack(report, None, error_text(exc))
            return BroughtBack(report, written)

        (
            Operation(self.window, work, action=self.tr("bring back the copy"))
            .with_progress(
                self.tr("Bringing the copy back (a backup is taken first)…"),
                title=self.tr(BRING_BACK_TITLE),
                cancellable=False,
            )
            .disabling(self.bring_back_action)
            .success(self._brought_back)
            .run_in_background()
        )

    def _brought_back(self, result: BroughtBack) -> None:
        window = self.window
        window.reload_everything()  # the data changed underneath every page
        text = brought_back_text(result)
        window.show_message(text.splitlines()[0])
        QMessageBox.information(window, self.tr("Offline copy brought back"), text)
