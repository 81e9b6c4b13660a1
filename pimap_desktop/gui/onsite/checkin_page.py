"""The on-site page of a mission: the check-in desk and the meetings of the day.

The check-in field keeps the keyboard focus (whatever else of the window takes it while the
check-in tab is shown gives it back; dialogs and popups keep theirs): a USB badge scanner
types the badge's QR payload and Enter into it, or the desk types a name or an e-mail and
picks among the matches shown as they type (↓ and Enter, or a double-click). Enter alone
checks in a whole name, an e-mail, a badge or a registration id, never the start of a name
that happens to match one person. The result fills a large coloured panel and the field is
empty again, ready for the next badge; nothing scanned can widen the window. An invited or
wait-listed person is not let in at once: the panel turns amber and asks for one key (Enter
lets them in and confirms them, Esc leaves everything as it was). A badge typed by a scanner
set to another keyboard layout checks in, with a hint on setting the scanner the first time.
Each check-in is one transaction and one undo step; the search index is read once per
mission and kept in step after each check-in, and the counts per delegation are updated in
memory, so the 300th check-in costs what the first did.

The page holds the mission (its search index and counts), the desk's actions, the walk-ins
and what an undo shows; its parts do the rest: ``CheckInDesk`` (what a scan or a pick does),
``CheckInTab`` (the desk's widgets), ``MatchList`` (the matches as the desk types),
``counts`` (checked in / expected), ``FocusKeeper`` (the field keeps the keyboard) and
``MeetingsOfDayView`` (the other tab).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.types import utcnow
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.lazy import LoadWhenShown
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.onsite.checkin_desk import CONFIRM_GUARD_MS, CheckInDesk
from pimap_desktop.gui.onsite.checkin_tab import CheckInTab
from pimap_desktop.gui.onsite.commands import Clock, WalkIn, WalkInForm, run_walk_in
from pimap_desktop.gui.onsite.counts import bump
from pimap_desktop.gui.onsite.desk_focus import FocusKeeper
from pimap_desktop.gui.onsite.desk_widgets import Shown
from pimap_desktop.gui.onsite.dialogs import WalkInDialog
from pimap_desktop.gui.onsite.meetings_view import MeetingsOfDayView, mission_days
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.onsite.onsite import (
    CheckInIndex,
    CheckInResult,
    DelegationCount,
    WalkInResult,
    check_in_counts,
)
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.store.database import Database

# Defined with the parts that use them; importable from here, where they were first.
__all__ = ["CONFIRM_GUARD_MS", "OnSitePage", "bump"]

ANNOUNCE_MS = 1500  # other pages hear of check-ins once the desk pauses, not on every scan


class OnSitePage(QWidget):
    """The desk of a mission: check-in (scanner, names, walk-ins, reprints) and the meetings
    of the day. ``dataChanged`` says registrations or meetings changed (after a burst of
    check-ins it comes once the desk pauses); ``reprintRequested`` (mission id, registration
    id, name) asks the print centre for one badge."""

    message = Signal(str)
    dataChanged = Signal()
    reprintRequested = Signal(object, object, str)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = LoadWhenShown(self, lambda _select: self.refresh(), lazy=lazy)
        self.undo_stack = undo_stack
        self.clock: Clock = clock or utcnow
        self.index: CheckInIndex | None = None
        self.zone = "UTC"
        self.code = ""
        self.dialog: QDialog | None = None

        self.mission_combo = MissionChooser(db)
        self.mission_combo.missionChanged.connect(self._mission_changed)
        self._build_actions()
        self.checkin_tab = tab = CheckInTab(
            self.reprint_action, self.walk_in_action, self.confirm_action, self.refuse_action
        )
        # The desk's widgets by their names on the page (tests and the benchmark use them).
        self.field, self.panel, self.total_label = tab.field, tab.panel, tab.total_label
        self.counts, self.counts_view = tab.counts, tab.counts_view
        self.match_list = self.matches_area = found = tab.match_list
        self.matches, self.matches_view, self.matches_hint = (
            found.matches,
            found.matches_view,
            found.matches_hint,
        )
        self.reprint_button, self.walk_in_button = tab.reprint_button, tab.walk_in_button
        self.confirm_button, self.refuse_button = tab.confirm_button, tab.refuse_button
        self.desk = CheckInDesk(self, tab, self)
        self.desk.message.connect(self.message)
        self.field.returnPressed.connect(self.desk.submit)
        self.field.textChanged.connect(self._update_matches)
        self.field.stepped.connect(self.match_list.step)
        self.field.escaped.connect(self.desk.refuse_pending)
        self.match_list.picked.connect(self.desk.check_in_match)

        self.meetings = MeetingsOfDayView(
            db, undo_stack, self.show_change, lambda: self.clock(), self
        )
        self.meetings.message.connect(self.message)
        self.meetings.dataChanged.connect(self.dataChanged)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checkin_tab, self.tr("Check-&in"))
        self.tabs.addTab(self.meetings, self.tr("Meetings of the &day"))
        self.focus_keeper = FocusKeeper(
            self,
            self.field,
            self.mission_combo,
            lambda: self.tabs.currentWidget() is self.checkin_tab,
            lambda: self.dialog is not None,
        )
        self.tabs.currentChanged.connect(lambda _i: self.refocus())

        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(ANNOUNCE_MS)
        self._announce.timeout.connect(self.dataChanged)

        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 1)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("On site") + "</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.update_actions()

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], shortcut: str, tip: str) -> QAction:
            made = QAction(text, self)
            made.triggered.connect(lambda _checked=False: slot())
            made.setToolTip(f"{tip} ({shortcut})")
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(made)
            return made

        self.reprint_action = action(
            self.tr("Reprint &badge"),
            self.reprint_badge,
            "Ctrl+Shift+P",
            self.tr("Print the badge of the person shown again (a lost badge)"),
        )
        self.walk_in_action = action(
            self.tr("&Walk-in…"),
            self.open_walk_in,
            "Ctrl+Shift+N",
            self.tr("Register someone who is not on the list, and check them in"),
        )
        self.confirm_action: QAction = QAction(self.tr("Let in and &confirm (Enter)"), self)
        self.confirm_action.setToolTip(self.tr("Confirm their registration and check them in"))
        self.confirm_action.triggered.connect(
            lambda _checked=False: self.desk.confirm_pending(True)
        )
        self.refuse_action: QAction = QAction(self.tr("Not now (Esc)"), self)
        self.refuse_action.setToolTip(self.tr("Leave their registration as it is"))
        self.refuse_action.triggered.connect(lambda _checked=False: self.desk.refuse_pending())

    # ------------------------------------------------------------------ mission

    def mission_id(self) -> uuid.UUID | None:
        return self.mission_combo.mission_id()

    def reload_missions(self, select: uuid.UUID | None = None) -> None:
        self.mission_combo.reload(select)

    def show_mission(self, mission_id: uuid.UUID) -> None:
        self.mission_combo.show_mission(mission_id)

    def refresh(self) -> None:
        """Read the mission again (registrations or meetings changed elsewhere)."""
        self._mission_changed(self.mission_id(), keep_result=True)

    def _mission_changed(self, mission_id: uuid.UUID | None, *, keep_result: bool = False) -> None:
        if self.loads.hold():
            return
        index: CheckInIndex | None = None
        counts: list[DelegationCount] = []
        days: list[date] = []
        zone, code = "UTC", ""
        if mission_id is not None:
            try:
                with self.db.session() as session:
                    mission = get_mission(session, mission_id)
                    zone, code = mission.timezone, mission.code
                    days = mission_days(mission.start_date, mission.end_date)
                    index = CheckInIndex.load(session, mission_id)
                    counts = check_in_counts(session, mission_id)
            except NotFoundError:
                self.reload_missions()
                return
        self.index, self.zone, self.code = index, zone, code
        self._show_counts(counts)
        if not keep_result or mission_id is None:
            self.desk.show_lines(
                Shown(
                    "idle",
                    arg(self.tr("Ready · %1"), code) if code else self.tr("No mission"),
                    self.tr("Scan a badge"),
                    self.tr("or type a name or an e-mail"),
                )
            )
        self.field.clear()
        self._update_matches("")
        self.meetings.set_mission(mission_id, zone, days)
        self.update_actions()
        self.refocus()

    # ------------------------------------------------------------------ IndexHolder

    def index_for(self, mission_id: uuid.UUID) -> CheckInIndex | None:
        index = self.index
        return index if index is not None and index.mission_id == mission_id else None

    def reload_index(self, mission_id: uuid.UUID) -> None:
        if self.index_for(mission_id) is None:
            return
        with self.db.session() as session:
            self.index = CheckInIndex.load(session, mission_id)
        self._update_matches(self.field.text())

    # ------------------------------------------------------------------ the desk (DeskHost)

    @property
    def last(self) -> CheckInResult | None:
        """The person the panel shows (whose badge can be reprinted)."""
        return self.desk.last

    @property
    def pending(self) -> CheckInResult | None:
        """The invited or wait-listed person the desk is asked about."""
        return self.desk.pending

    @property
    def confirm_guard_ms(self) -> int:
        """How soon after the question an Enter is taken for the scanner's own."""
        return self.desk.confirm_guard_ms

    @confirm_guard_ms.setter
    def confirm_guard_ms(self, value: int) -> None:
        self.desk.confirm_guard_ms = value

    def now(self) -> datetime:
        return self.clock()

    def checked_in(self) -> None:
        """Someone was checked in: the meetings of the day are read again when shown, and
        other pages hear of it once the desk pauses."""
        self.meetings.mark_stale()
        self._announce.start()

    def reload_counts(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            counts = check_in_counts(session, mission_id)
        self._show_counts(counts)

    def _show_counts(self, counts: list[DelegationCount]) -> None:
        self.checkin_tab.show_counts(counts, self.mission_id() is not None)

    def _update_matches(self, text: str) -> None:
        self.match_list.search(text, self.index)

    # ------------------------------------------------------------------ focus

    def refocus(self) -> None:
        """Give the field the keyboard back, unless the desk is elsewhere."""
        self.focus_keeper.refocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_keeper.watch(True)
        QTimer.singleShot(0, self.refocus)

    def hideEvent(self, event: QHideEvent) -> None:
        self.focus_keeper.watch(False)
        super().hideEvent(event)

    # ------------------------------------------------------------------ undo hook

    def show_change(self, mission_id: uuid.UUID, item_id: uuid.UUID | None) -> None:
        """An undo or redo step changed the mission's data."""
        if mission_id != self.mission_id():
            self.show_mission(mission_id)
            self.dataChanged.emit()
            return
        self.reload_counts()
        self.meetings.mark_stale()
        if not self.field.hasSelectedText():
            self._update_matches(self.field.text())
        if item_id is not None and self.index is not None:
            self.desk.show_undone(item_id, self.index)
        self._announce.start()
        self.refocus()

    # ------------------------------------------------------------------ actions

    def update_actions(self) -> None:
        has_mission = self.mission_id() is not None
        self.field.setEnabled(has_mission)
        self.walk_in_action.setEnabled(has_mission)
        last = self.last
        self.reprint_action.setEnabled(
            has_mission and last is not None and last.registration_id is not None
        )
        self.reprint_button.setEnabled(self.reprint_action.isEnabled())
        self.walk_in_button.setEnabled(self.walk_in_action.isEnabled())
        asking = has_mission and self.pending is not None
        self.confirm_action.setEnabled(asking)
        self.refuse_action.setEnabled(asking)
        self.confirm_button.setVisible(asking)
        self.refuse_button.setVisible(asking)

    def reprint_badge(self) -> None:
        mission_id, last = self.mission_id(), self.last
        if mission_id is None or last is None or last.registration_id is None:
            return
        self.reprintRequested.emit(mission_id, last.registration_id, last.name)
        self.message.emit(arg(self.tr("Reprinting the badge of %1…"), last.name))
        self.refocus()

    def open_walk_in(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            delegations = regs.mission_delegations(session, mission_id)
        made: list[tuple[WalkInForm, WalkInResult, datetime]] = []

        def submit(form: WalkInForm) -> None:
            at = self.clock()
            made.append((form, run_walk_in(self.db, mission_id, form, at, self), at))

        def done() -> None:
            form, walk, at = made[0]
            self.undo_stack.push(
                WalkIn(self.db, mission_id, form, walk, self.show_change, self, at)
            )
            self.reload_counts()
            if walk.check_in is not None:
                self.desk.show(walk.check_in)
            else:
                self.desk.show_lines(
                    Shown(
                        "neutral",
                        self.tr("Registered, not checked in"),
                        form.name,
                        form.organisation_name,
                    )
                )
                self.update_actions()
            self.field.clear()
            self.meetings.mark_stale()
            self.dataChanged.emit()
            self.message.emit(arg(self.tr("Walk-in %1 registered. Undo with Ctrl+Z."), form.name))

        typed = self.field.text()
        dialog = WalkInDialog(submit, delegations, self, typed=typed)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        QTimer.singleShot(0, self.refocus)  # once the dialog is gone from the screen
