"""What a scan, a typed name or e-mail, or a picked match does at the check-in desk.

Enter checks in the match chosen with ↓, else whatever was typed or scanned: a whole name, an
e-mail, a badge or a registration id, never the start of a name that happens to match one
person. Each check-in is one transaction and one undo step; the result fills the panel and
the field is empty again (a typed name that found nobody, or several, stays selected to
correct). An invited or wait-listed person is not let in at once: the panel asks, Enter lets
them in and confirms them, Esc leaves everything as it was. A badge typed by a scanner set to
another keyboard layout checks in, with a hint on setting the scanner the first time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.onsite.checkin_tab import CheckInTab
from pimap_desktop.gui.onsite.commands import CheckIn, IndexHolder
from pimap_desktop.gui.onsite.counts import bump
from pimap_desktop.gui.onsite.desk_widgets import Shown, joined, sentence
from pimap_desktop.services.onsite.onsite import (
    CheckInIndex,
    CheckInOutcome,
    CheckInResult,
    Match,
    check_in,
    check_in_registration,
    looks_like_code,
)
from pimap_desktop.store.database import Database

# An Enter this soon after the desk was asked about someone is the scanner's own (some send
# two), not the desk's answer: it is ignored.
CONFIRM_GUARD_MS = 250


class DeskHost(IndexHolder, Protocol):
    """The on-site page as the desk sees it."""

    db: Database
    undo_stack: QUndoStack
    index: CheckInIndex | None

    def mission_id(self) -> uuid.UUID | None: ...

    def now(self) -> datetime: ...

    def refresh(self) -> None: ...

    def reload_counts(self) -> None: ...

    def show_change(self, mission_id: uuid.UUID, item_id: uuid.UUID | None) -> None: ...

    def checked_in(self) -> None: ...

    def update_actions(self) -> None: ...

    def refocus(self) -> None: ...


class CheckInDesk(QObject):
    """Checks in from the widgets of ``tab``. ``last`` is the person the panel shows (whose
    badge can be reprinted), ``pending`` the one the desk is asked about."""

    message = Signal(str)

    def __init__(self, host: DeskHost, tab: CheckInTab, page: QWidget) -> None:
        super().__init__(page)
        self.host, self.tab, self.page = host, tab, page
        self.last: CheckInResult | None = None
        self.pending: CheckInResult | None = None  # TO_CONFIRM: waiting for Enter or Esc
        self._asked = QElapsedTimer()
        self.confirm_guard_ms = CONFIRM_GUARD_MS
        self.hints_shown: set[str] = set()  # scanner mix-ups already explained

    def submit(self) -> None:
        """Enter in the field: the match chosen with ↓, else whatever was typed or scanned;
        in an empty field, the answer to "let in?" for an invited or wait-listed person."""
        picked = self.tab.match_list.current()
        if picked is not None:
            self.check_in_match(picked)
            return
        field, host = self.tab.field, self.host
        text = field.text()
        if not text.strip():
            field.clear()
            self.confirm_pending()
            return
        mission_id = host.mission_id()
        if mission_id is None:
            return
        self._run(
            lambda session: check_in(session, mission_id, text, now=host.now(), index=host.index),
            typed=not looks_like_code(text),
        )

    def confirm_pending(self, clicked: bool = False) -> None:
        """Let in the person the desk was asked about, confirmed on the way (one undo step).
        An Enter right after the question is the scanner's, not the desk's: ignored."""
        pending, mission_id = self.pending, self.host.mission_id()
        if pending is None or pending.registration_id is None or mission_id is None:
            return
        if not clicked and self._asked.isValid() and self._asked.elapsed() < self.confirm_guard_ms:
            return
        registration_id, now = pending.registration_id, self.host.now
        self._run(
            lambda session: check_in_registration(
                session, mission_id, registration_id, now=now(), confirm=True
            ),
            typed=False,
        )

    def refuse_pending(self) -> None:
        """Esc on the question: nothing changes."""
        pending = self.pending
        if pending is None:
            return
        self.pending = None
        status = enum_label(pending.status).lower() if pending.status else ""
        self.tab.panel.show_lines(
            Shown(
                "neutral",
                self.tr("Not let in"),
                pending.name,
                joined(pending.organisation),
                arg(self.tr("Nothing changed: still %1."), status)
                if status
                else self.tr("Nothing changed."),
            )
        )
        self.host.update_actions()
        self.message.emit(arg(self.tr("%1 not let in; nothing changed."), pending.name))
        self.host.refocus()

    def check_in_match(self, match: Match) -> None:
        mission_id, now = self.host.mission_id(), self.host.now
        if mission_id is None:
            return
        self._run(
            lambda session: check_in_registration(
                session, mission_id, match.registration_id, now=now()
            ),
            typed=False,
        )

    def _run(self, call: Callable[[Session], CheckInResult], *, typed: bool) -> None:
        host = self.host
        mission_id, index = host.mission_id(), host.index
        if mission_id is None or index is None:
            return
        self.pending = None  # a new scan or pick answers "not now" to any question
        try:
            with host.db.session() as session:
                result = call(session)
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("check in"))
            host.refresh()
            return
        index.apply(result)
        if result.outcome is CheckInOutcome.TO_CONFIRM:
            self._asked.start()
        if result.checked_in_now:
            self._count(result)
            host.undo_stack.push(CheckIn(host.db, mission_id, result, host.show_change, host))
            host.checked_in()
        self.show(result)
        keep_text = typed and result.outcome in (
            CheckInOutcome.AMBIGUOUS,
            CheckInOutcome.NOT_FOUND,
        )
        if keep_text:
            # Kept to correct, but selected: the next scan replaces it.
            self.tab.field.selectAll()
            if result.matches:
                self.tab.match_list.show_matches(list(result.matches))
        else:
            self.tab.field.clear()
        self.message.emit(status_line(result))
        host.refocus()

    def show(self, result: CheckInResult) -> None:
        """Show a result; the question about someone invited or wait-listed stands only while
        it is what the panel shows."""
        self.last = result if result.registration_id is not None else None
        self.pending = result if result.outcome is CheckInOutcome.TO_CONFIRM else None
        if result.scanner_mix_up:
            if result.scanner_mix_up in self.hints_shown:
                result = replace(result, scanner_advice=None)  # said once is enough
            else:
                self.hints_shown.add(result.scanner_mix_up)
        self.tab.panel.show_result(result)
        self.host.update_actions()

    def show_lines(self, shown: Shown) -> None:
        """Show something else than a check-in: nobody's badge to reprint, nothing asked."""
        self.last = self.pending = None
        self.tab.panel.show_lines(shown)

    def show_undone(self, registration_id: uuid.UUID, index: CheckInIndex) -> None:
        """A check-in was undone: if it is the one shown, the panel says so."""
        last = self.last
        if last is None or registration_id != last.registration_id:
            return
        match = index.get(registration_id)
        if match is None or match.checked_in_local is None:
            self.pending = None
            self.tab.panel.show_lines(
                Shown("neutral", self.tr("Check-in undone"), last.name, joined(last.organisation))
            )

    def _count(self, result: CheckInResult) -> None:
        bumped = bump(self.tab.counts.counts(), result)
        if bumped is None:
            self.host.reload_counts()
            return
        self.tab.show_counts(bumped, self.host.mission_id() is not None)


def status_line(result: CheckInResult) -> str:
    if result.outcome is CheckInOutcome.WELCOME:
        return arg(
            QCoreApplication.translate("onsite.checkin_desk", "Checked in %1. Undo with Ctrl+Z."),
            result.name,
        )
    if result.outcome is CheckInOutcome.TO_CONFIRM:
        return arg(
            QCoreApplication.translate(
                "onsite.checkin_desk", "%1 Enter: let in and confirm; Esc: not now."
            ),
            sentence(result),
        )
    return sentence(result)
