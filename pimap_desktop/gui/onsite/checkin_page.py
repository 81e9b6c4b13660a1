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
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, cast

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFont,
    QHideEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.errors import NotFoundError, PimapError
from pimap_desktop.domain.types import utcnow
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.gui.onsite.commands import CheckIn, Clock, WalkIn, WalkInForm, run_walk_in
from pimap_desktop.gui.onsite.desk_widgets import (
    FittedLabel,
    ResultPanel,
    ScanField,
    Shown,
    joined,
)
from pimap_desktop.gui.onsite.dialogs import WalkInDialog
from pimap_desktop.gui.onsite.meetings_view import MeetingsOfDayView, mission_days
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.onsite.onsite import (
    NO_DELEGATION,
    NOT_EXPECTED,
    CheckInIndex,
    CheckInOutcome,
    CheckInResult,
    DelegationCount,
    Match,
    WalkInResult,
    check_in,
    check_in_counts,
    check_in_registration,
    local_time,
    looks_like_code,
    total_count,
)
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.store.database import Database

MATCHES_SHOWN = 8  # asked of the index; the list shows 4 and scrolls
ANNOUNCE_MS = 1500  # other pages hear of check-ins once the desk pauses, not on every scan
# An Enter this soon after the desk was asked about someone is the scanner's own (some send
# two), not the desk's answer: it is ignored.
CONFIRM_GUARD_MS = 250
# How the keyboard moves the focus on purpose (to the mission chooser: it opens its list).
KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)

# --------------------------------------------------------------------------- matches


def _checked_in_text(match: Match) -> str:
    """``✓ 08:41``, ``not yet``, or the status of someone the desk does not simply let in."""
    if match.checked_in_local is not None:
        return f"✓ {local_time(match.checked_in_local)}"
    if match.status in (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED):
        return "not yet"
    return match.status.label


MATCH_COLUMNS: list[Column[Match]] = [
    Column("Name", lambda m: m.name, tooltip=lambda m: m.email),
    Column("Organisation", lambda m: m.organisation),
    Column("Delegation", lambda m: m.delegation),
    Column("Checked in", _checked_in_text),
]


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class CountRow:
    count: DelegationCount
    total: bool = False


def _count_column(title: str, value: Callable[[DelegationCount], int]) -> Column[CountRow]:
    return Column(
        title,
        lambda r: str(value(r.count)),
        sort_key=lambda r: value(r.count),
        align_right=True,
    )


COUNT_COLUMNS: list[Column[CountRow]] = [
    Column("Delegation", lambda r: r.count.delegation),
    _count_column("Checked in", lambda c: c.checked_in),
    _count_column("Expected", lambda c: c.expected),
    _count_column("To come", lambda c: c.expected - c.checked_in),
]


class CountsModel(RowTableModel[CountRow]):
    """Checked in / expected per delegation, the total in bold on the last row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COUNT_COLUMNS, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return self._bold if self.row(index).total else None
        return super().data(index, role)

    def set_counts(self, counts: list[DelegationCount]) -> None:
        rows = [CountRow(c) for c in counts]
        self.set_rows([*rows, CountRow(total_count(counts), total=True)])

    def counts(self) -> list[DelegationCount]:
        return [r.count for r in self.rows() if not r.total]


def bump(counts: list[DelegationCount], result: CheckInResult) -> list[DelegationCount] | None:
    """The counts after one check-in, without asking the database; None when the check-in's
    delegation has no row yet (the caller reads the counts again)."""
    name = result.delegation or NO_DELEGATION
    was_expected = result.previous_status not in NOT_EXPECTED
    for position, count in enumerate(counts):
        if count.delegation == name:
            bumped = replace(
                count,
                checked_in=count.checked_in + 1,
                expected=count.expected + (0 if was_expected else 1),
            )
            return [*counts[:position], bumped, *counts[position + 1 :]]
    return None


# --------------------------------------------------------------------------- the page


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
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.clock: Clock = clock or utcnow
        self.index: CheckInIndex | None = None
        self.zone = "UTC"
        self.code = ""
        self.last: CheckInResult | None = None
        self.pending: CheckInResult | None = None  # TO_CONFIRM: waiting for Enter or Esc
        self._asked = QElapsedTimer()
        self.confirm_guard_ms = CONFIRM_GUARD_MS
        self.hints_shown: set[str] = set()  # scanner mix-ups already explained
        self.dialog: QDialog | None = None

        self.mission_combo = MissionChooser(db)
        # Clicking the chooser must not keep the focus: the scanner types into the field.
        self.mission_combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.mission_combo.installEventFilter(self)
        self.mission_combo.missionChanged.connect(self._mission_changed)
        self._watching_focus = False

        self._build_actions()
        self.checkin_tab = self._build_checkin_tab()
        self.meetings = MeetingsOfDayView(db, undo_stack, self._changed, lambda: self.clock(), self)
        self.meetings.message.connect(self.message)
        self.meetings.dataChanged.connect(self.dataChanged)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checkin_tab, "Check-&in")
        self.tabs.addTab(self.meetings, "Meetings of the &day")
        self.tabs.currentChanged.connect(lambda _i: self._refocus())

        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(ANNOUNCE_MS)
        self._announce.timeout.connect(self.dataChanged)

        top = QHBoxLayout()
        top.addWidget(self.mission_combo.caption)
        top.addWidget(self.mission_combo, 1)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>On site</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._update_actions()

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
            "Reprint &badge",
            self.reprint_badge,
            "Ctrl+Shift+P",
            "Print the badge of the person shown again (a lost badge)",
        )
        self.walk_in_action = action(
            "&Walk-in…",
            self.open_walk_in,
            "Ctrl+Shift+N",
            "Register someone who is not on the list, and check them in",
        )
        self.confirm_action = QAction("Let in and &confirm (Enter)", self)
        self.confirm_action.setToolTip("Confirm their registration and check them in")
        self.confirm_action.triggered.connect(lambda _checked=False: self.confirm_pending(True))
        self.refuse_action = QAction("Not now (Esc)", self)
        self.refuse_action.setToolTip("Leave their registration as it is")
        self.refuse_action.triggered.connect(lambda _checked=False: self.refuse_pending())

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(34)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    def _build_checkin_tab(self) -> QWidget:
        self.field = ScanField()
        self.field.setObjectName("checkInField")
        self.field.setPlaceholderText("Scan a badge, or type a name or an e-mail, then Enter")
        self.field.setClearButtonEnabled(True)
        font = QFont()
        font.setPointSize(20)
        self.field.setFont(font)
        self.field.setMinimumHeight(46)
        self.field.returnPressed.connect(self.submit)
        self.field.textChanged.connect(self._update_matches)
        self.field.stepped.connect(self._step_match)
        self.field.escaped.connect(self.refuse_pending)

        self.matches: RowTableModel[Match] = RowTableModel(MATCH_COLUMNS, self)
        self.matches_view = QTableView()
        self.matches_view.setModel(self.matches)
        self.matches_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches_view.verticalHeader().hide()
        self.matches_view.verticalHeader().setDefaultSectionSize(26)
        header = self.matches_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.matches_view.doubleClicked.connect(self._pick)
        self.matches_hint = FittedLabel(160)  # it may quote what was typed or scanned
        self.matches_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matches_hint.setStyleSheet("color: #5f6368;")
        self.matches_area = QStackedWidget()
        self.matches_area.addWidget(self.matches_hint)
        self.matches_area.addWidget(self.matches_view)
        # A fixed height: matches coming and going never move the panel below.
        self.matches_area.setFixedHeight(26 * 4 + 30)  # fits an 800 x 600 screen
        self._show_hint("")

        self.panel = ResultPanel()
        self.reprint_button = self._button(self.reprint_action)
        self.walk_in_button = self._button(self.walk_in_action)
        self.confirm_button = self._button(self.confirm_action)
        self.refuse_button = self._button(self.refuse_action)
        # Shown only while a question is asked: hidden, they take no width (800 x 600).
        self.confirm_button.hide()
        self.refuse_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.walk_in_button)
        buttons.addStretch(1)

        self.total_label = QLabel()
        total_font = QFont()
        total_font.setPointSize(16)
        self.total_label.setFont(total_font)
        self.counts = CountsModel(self)
        self.counts_view = QTableView()
        self.counts_view.setModel(self.counts)
        self.counts_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_view.verticalHeader().hide()
        counts_header = self.counts_view.horizontalHeader()
        counts_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        counts_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.matches_area)
        left.addWidget(self.panel, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>Checked in / expected</b>"))
        right.addWidget(self.total_label)
        right.addWidget(self.counts_view, 1)
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        return tab

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
        self.counts.set_counts(counts)
        self._show_total()
        if not keep_result or mission_id is None:
            self.last = self.pending = None
            self.panel.show_lines(
                Shown(
                    "idle",
                    f"Ready · {code}" if code else "No mission",
                    "Scan a badge",
                    "or type a name or an e-mail",
                )
            )
        self.field.clear()
        self._update_matches("")
        self.meetings.set_mission(mission_id, zone, days)
        self._update_actions()
        self._refocus()

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

    # ------------------------------------------------------------------ check-in

    def submit(self) -> None:
        """Enter in the field: the match chosen with ↓, else whatever was typed or scanned;
        in an empty field, the answer to "let in?" for an invited or wait-listed person."""
        picked = self._current_match()
        if picked is not None:
            self.check_in_match(picked)
            return
        text = self.field.text()
        if not text.strip():
            self.field.clear()
            self.confirm_pending()
            return
        mission_id = self.mission_id()
        if mission_id is None:
            return
        self._run(
            lambda session: check_in(session, mission_id, text, now=self.clock(), index=self.index),
            typed=not looks_like_code(text),
        )

    def confirm_pending(self, clicked: bool = False) -> None:
        """Let in the person the desk was asked about, confirmed on the way (one undo step).
        An Enter right after the question is the scanner's, not the desk's: ignored."""
        pending, mission_id = self.pending, self.mission_id()
        if pending is None or pending.registration_id is None or mission_id is None:
            return
        if not clicked and self._asked.isValid() and self._asked.elapsed() < self.confirm_guard_ms:
            return
        registration_id = pending.registration_id
        self._run(
            lambda session: check_in_registration(
                session, mission_id, registration_id, now=self.clock(), confirm=True
            ),
            typed=False,
        )

    def refuse_pending(self) -> None:
        """Esc on the question: nothing changes."""
        pending = self.pending
        if pending is None:
            return
        self.pending = None
        status = pending.status.label.lower() if pending.status else ""
        self.panel.show_lines(
            Shown(
                "neutral",
                "Not let in",
                pending.name,
                joined(pending.organisation),
                f"Nothing changed: still {status}." if status else "Nothing changed.",
            )
        )
        self._update_actions()
        self.message.emit(f"{pending.name} not let in; nothing changed.")
        self._refocus()

    def check_in_match(self, match: Match) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        self._run(
            lambda session: check_in_registration(
                session, mission_id, match.registration_id, now=self.clock()
            ),
            typed=False,
        )

    def _run(self, call: Callable[[Session], CheckInResult], *, typed: bool) -> None:
        mission_id, index = self.mission_id(), self.index
        if mission_id is None or index is None:
            return
        self.pending = None  # a new scan or pick answers "not now" to any question
        try:
            with self.db.session() as session:
                result = call(session)
        except PimapError as exc:
            report_error(self, exc, action="check in")
            self.refresh()
            return
        index.apply(result)
        if result.outcome is CheckInOutcome.TO_CONFIRM:
            self._asked.start()
        if result.checked_in_now:
            self._count(result)
            self.undo_stack.push(CheckIn(self.db, mission_id, result, self._changed, self))
            self.meetings.mark_stale()
            self._announce.start()
        self._show(result)
        keep_text = typed and result.outcome in (
            CheckInOutcome.AMBIGUOUS,
            CheckInOutcome.NOT_FOUND,
        )
        if keep_text:
            # Kept to correct, but selected: the next scan replaces it.
            self.field.selectAll()
            if result.matches:
                self._show_matches(list(result.matches))
        else:
            self.field.clear()
        self.message.emit(_status_line(result))
        self._refocus()

    def _show(self, result: CheckInResult) -> None:
        """Show a result; the question about someone invited or wait-listed stands only while
        it is what the panel shows."""
        self.last = result if result.registration_id is not None else None
        self.pending = result if result.outcome is CheckInOutcome.TO_CONFIRM else None
        if result.scanner_mix_up:
            if result.scanner_mix_up in self.hints_shown:
                result = replace(result, scanner_hint="")  # said once is enough
            else:
                self.hints_shown.add(result.scanner_mix_up)
        self.panel.show_result(result)
        self._update_actions()

    def _count(self, result: CheckInResult) -> None:
        bumped = bump(self.counts.counts(), result)
        if bumped is None:
            self._reload_counts()
            return
        self.counts.set_counts(bumped)
        self._show_total()

    def _reload_counts(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        with self.db.session() as session:
            self.counts.set_counts(check_in_counts(session, mission_id))
        self._show_total()

    def _show_total(self) -> None:
        total = total_count(self.counts.counts())
        self.total_label.setText(
            f"<b>{total.checked_in}</b> of {total.expected} checked in"
            if self.mission_id() is not None
            else ""
        )

    # ------------------------------------------------------------------ matches

    def _show_hint(self, text: str) -> None:
        cleaned = " ".join(text.split())
        if not cleaned:
            hint = "Matches appear here as you type a name, an organisation or an e-mail."
        elif looks_like_code(cleaned):
            hint = "A code: Enter reads it."
        else:
            hint = f"Nobody matches “{cleaned}”. Walk-in… registers someone new."
        self.matches_hint.set_full_text(hint)
        self.matches_area.setCurrentWidget(self.matches_hint)

    def _show_matches(self, found: list[Match]) -> None:
        self.matches.set_rows(found)
        self.matches_area.setCurrentWidget(self.matches_view)

    def _update_matches(self, text: str) -> None:
        index = self.index
        if index is None or not text.strip() or looks_like_code(text):
            if self.matches.total():
                self.matches.set_rows([])
            self._show_hint(text)
            return
        found = index.search(text, limit=MATCHES_SHOWN)
        if found:
            self._show_matches(found)
        else:
            self.matches.set_rows([])
            self._show_hint(text)

    def _matches_shown(self) -> bool:
        return self.matches_area.currentWidget() is self.matches_view and bool(
            self.matches.rowCount()
        )

    def _current_match(self) -> Match | None:
        if not self._matches_shown():
            return None
        current = self.matches_view.currentIndex()
        return self.matches.row(current) if current.isValid() else None

    def _step_match(self, step: int) -> None:
        if not self._matches_shown():
            return
        current = self.matches_view.currentIndex()
        row = (current.row() if current.isValid() else -1) + step
        if row < 0:
            self.matches_view.setCurrentIndex(QModelIndex())
            self.matches_view.clearSelection()
            return
        row = min(row, self.matches.rowCount() - 1)
        self.matches_view.setCurrentIndex(self.matches.index(row, 0))
        self.matches_view.selectRow(row)

    def _pick(self, index: QModelIndex) -> None:
        if index.isValid():
            self.check_in_match(self.matches.row(index))

    # ------------------------------------------------------------------ focus

    def _refocus(self) -> None:
        """Give the field the keyboard back, unless the desk is elsewhere (the meetings tab,
        a dialog, a menu)."""
        if (
            self.tabs.currentWidget() is not self.checkin_tab
            or not self.isVisible()
            or self.dialog is not None
            or QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
        ):
            return
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_focus(True)
        QTimer.singleShot(0, self._refocus)

    def hideEvent(self, event: QHideEvent) -> None:
        self._watch_focus(False)
        super().hideEvent(event)

    def _watch_focus(self, on: bool) -> None:
        """Follow the application's focus while the page is shown (only then)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or on == self._watching_focus:
            return
        if on:
            app.focusChanged.connect(self._focus_moved)
        else:
            app.focusChanged.disconnect(self._focus_moved)
        self._watching_focus = on

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A scan must land in the field: when the focus goes to another widget of this
        window (the page list, the tab bar, the mission chooser, a toolbar) while the check-in
        tab is shown, the field takes it back once the event is over. Other windows keep
        theirs: dialogs, message boxes, popups and menus (the mission list while open); so
        does the menu bar, which the keyboard enters on purpose (Alt alone)."""
        if new is None or new is self.field or new.window() is not self.window():
            return
        if isinstance(new, QMenuBar):  # Alt pressed alone (Windows): the menus by keyboard
            return
        if self.tabs.currentWidget() is not self.checkin_tab:
            return
        QTimer.singleShot(0, self._refocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.mission_combo
            and event.type() == QEvent.Type.FocusIn
            and cast(QFocusEvent, event).reason() in KEYBOARD_FOCUS
        ):
            # Alt+M or Tab: the mission list opens (the field takes the focus back after it).
            QTimer.singleShot(0, self._open_missions)
        return super().eventFilter(watched, event)

    def _open_missions(self) -> None:
        if self.mission_combo.hasFocus() and QApplication.activePopupWidget() is None:
            self.mission_combo.showPopup()

    # ------------------------------------------------------------------ undo hook

    def _changed(self, mission_id: uuid.UUID, item_id: uuid.UUID | None) -> None:
        """An undo or redo step changed the mission's data."""
        if mission_id != self.mission_id():
            self.show_mission(mission_id)
            self.dataChanged.emit()
            return
        self._reload_counts()
        self.meetings.mark_stale()
        if not self.field.hasSelectedText():
            self._update_matches(self.field.text())
        last = self.last
        index = self.index
        if (
            last is not None
            and item_id is not None
            and item_id == last.registration_id
            and index is not None
        ):
            match = index.get(item_id)
            if match is None or match.checked_in_local is None:
                self.pending = None
                self.panel.show_lines(
                    Shown("neutral", "Check-in undone", last.name, joined(last.organisation))
                )
        self._announce.start()
        self._refocus()

    # ------------------------------------------------------------------ actions

    def _update_actions(self) -> None:
        has_mission = self.mission_id() is not None
        self.field.setEnabled(has_mission)
        self.walk_in_action.setEnabled(has_mission)
        self.reprint_action.setEnabled(
            has_mission and self.last is not None and self.last.registration_id is not None
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
        self.message.emit(f"Reprinting the badge of {last.name}…")
        self._refocus()

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
            self.undo_stack.push(WalkIn(self.db, mission_id, form, walk, self._changed, self, at))
            self._reload_counts()
            if walk.check_in is not None:
                self._show(walk.check_in)
            else:
                self.last = self.pending = None
                self.panel.show_lines(
                    Shown(
                        "neutral", "Registered, not checked in", form.name, form.organisation_name
                    )
                )
                self._update_actions()
            self.field.clear()
            self.meetings.mark_stale()
            self.dataChanged.emit()
            self.message.emit(f"Walk-in {form.name} registered. Undo with Ctrl+Z.")

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
        QTimer.singleShot(0, self._refocus)  # once the dialog is gone from the screen


def _status_line(result: CheckInResult) -> str:
    if result.outcome is CheckInOutcome.WELCOME:
        return f"Checked in {result.name}. Undo with Ctrl+Z."
    if result.outcome is CheckInOutcome.TO_CONFIRM:
        return f"{result.message} Enter: let in and confirm; Esc: not now."
    return result.message
