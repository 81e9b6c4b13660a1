"""How far the B2B schedule is: the sentence above the B2B page's tabs (sessions, requested
pairs, meetings, the last scheduler run), and the Unscheduled tab: the requested pairs without
a meeting and why (computed from the data), or a sentence saying that every requested meeting
is scheduled."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pimap_desktop.domain.enums import MeetingStatus, RequestStatus
from pimap_desktop.gui.languages import TranslationContext, arg
from pimap_desktop.services.b2b.meetings import MeetingRow, RequestRow, SessionRow
from pimap_desktop.services.b2b.scheduling.instance import ScheduleReport, Unscheduled


class B2BSummary(TranslationContext):
    """The translation context of the B2B page's summary sentence."""


def requested_pairs(requests: Iterable[RequestRow]) -> int:
    """How many pairs asked to meet (either way, declined requests not counted)."""
    return len(
        {
            frozenset((r.requester_id, r.target_id))
            for r in requests
            if r.status is not RequestStatus.DECLINED
        }
    )


def summary_text(
    sessions: Sequence[SessionRow],
    pairs: int,
    meetings: Sequence[MeetingRow],
    unscheduled: Sequence[Unscheduled],
    report: ScheduleReport | None,
) -> str:
    """``1 session; 36 requested pairs; 47 meetings, 0 locked. 2 requested pairs without a
    meeting.``, and what the last scheduler run did."""
    scheduled = sum(1 for m in meetings if m.status is not MeetingStatus.CANCELLED)
    locked = sum(1 for m in meetings if m.locked)
    text = arg(
        B2BSummary.tr("%1; %2; %3, %4 locked."),
        B2BSummary.tr("%n session(s)", "", len(sessions)),
        B2BSummary.tr("%n requested pair(s)", "", pairs),
        B2BSummary.tr("%n meeting(s)", "", scheduled),
        locked,
    )
    if unscheduled:
        text += " " + B2BSummary.tr("%n requested pair(s) without a meeting.", "", len(unscheduled))
    if report is not None:
        text += " " + arg(B2BSummary.tr("Last run: %1."), report.describe())
    return text


class UnscheduledPane(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Requester"), self.tr("Target"), self.tr("Why no meeting")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.all_scheduled = QLabel()
        self.all_scheduled.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_scheduled.setWordWrap(True)
        self.all_scheduled.setStyleSheet("font-size: 12pt; color: #166534;")
        self.addWidget(self.table)
        self.addWidget(self.all_scheduled)

    def show_rows(self, rows: Sequence[Unscheduled], pairs: int) -> None:
        """The pairs without a meeting, out of ``pairs`` requested pairs."""
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            for column, value in enumerate((item.requester, item.target, item.reason_text)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if rows or not pairs:
            self.all_scheduled.setText(
                self.tr("No meeting has been requested yet.") if not pairs else ""
            )
        else:
            self.all_scheduled.setText(
                arg(self.tr("All %1 requested meetings are scheduled."), pairs)
                if pairs != 1
                else self.tr("The one requested meeting is scheduled.")
            )
        self.setCurrentWidget(self.table if rows else self.all_scheduled)
