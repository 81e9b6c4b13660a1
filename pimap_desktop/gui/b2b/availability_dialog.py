"""One participant's availability for B2B meetings: the windows in which they can meet (in the
mission's local time, the zone named), and for each session a quick "available" tick.

No window at all means available during every session. Unticking a session removes the windows
that touch it (and, for someone who had none, keeps them available in the other sessions); a
person available in no session keeps one window just before the first session, which no slot
can use."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.domain.rules import local_to_utc, to_local
from pimap_desktop.gui.b2b.session_dialog import ERROR_STYLE, NOTE_STYLE
from pimap_desktop.gui.dates import when
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.b2b.meetings import SessionRow, Window


def _utc_span(row: SessionRow) -> Window:
    return (row.starts_local.astimezone(UTC), row.ends_local.astimezone(UTC))


def overlaps(a: Window, b: Window) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def unavailable_marker(sessions: Sequence[SessionRow]) -> Window | None:
    """The window that means "in no session": one minute before the first session starts."""
    if not sessions:
        return None
    first = min(_utc_span(s)[0] for s in sessions)
    return (first - timedelta(minutes=1), first)


def toggle_session(
    windows: Sequence[Window], sessions: Sequence[SessionRow], index: int, available: bool
) -> list[Window]:
    """The windows after ticking (or unticking) the session ``index``."""
    spans = [_utc_span(s) for s in sessions]
    span = spans[index]
    marker = unavailable_marker(sessions)
    current = [w for w in windows if w != marker]
    if available:
        if not current and marker in windows:
            return [span]
        if not current:
            return []  # available everywhere already
        return sorted({*current, span})
    if not current and marker not in windows:  # was available in every session
        current = [s for i, s in enumerate(spans) if i != index]
    else:
        current = [w for w in current if not overlaps(w, span)]
    if not current and marker is not None:
        return [marker]
    return sorted(current)


def available_in(windows: Sequence[Window], sessions: Sequence[SessionRow], index: int) -> bool:
    """Whether the person can meet during (part of) that session."""
    marker = unavailable_marker(sessions)
    current = [w for w in windows if w != marker]
    if not current:
        return marker not in windows
    span = _utc_span(sessions[index])
    return any(overlaps(w, span) for w in current)


class AvailabilityDialog(QDialog):
    def __init__(
        self,
        name: str,
        zone: str,
        first_day: date,
        last_day: date,
        sessions: Sequence[SessionRow],
        windows: Sequence[Window],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Availability — %1"), name))
        self.zone = zone
        self.sessions = list(sessions)
        self.windows: list[Window] = sorted(windows)

        heading = QLabel(f"<b>{name}</b>")
        note = QLabel(
            arg(
                self.tr(
                    "Times in %1 (the mission's local time). With no window, "
                    "%2 can meet during every session."
                ),
                zone,
                name,
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)

        self.session_list = QListWidget()
        self.session_list.itemChanged.connect(self._session_ticked)
        # As tall as its sessions (up to about eight); the windows below take the rest.
        self.session_list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.session_list.setMaximumHeight(8 * self.session_list.fontMetrics().height() + 24)
        sessions_box = QGroupBox(self.tr("Available in these &sessions"))
        QVBoxLayout(sessions_box).addWidget(self.session_list)

        self.window_list = QListWidget()
        self.window_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.window_list.itemSelectionChanged.connect(self._window_selected)
        self.day = QComboBox()
        day = first_day
        while day <= last_day:
            self.day.addItem(f"{when(day, '%a %d %b %Y')}", day.isoformat())
            day += timedelta(days=1)
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit(QTime(12, 0))
        self.end.setDisplayFormat("HH:mm")
        if self.sessions:
            first = self.sessions[0]
            self.day.setCurrentIndex(
                max(self.day.findData(first.starts_local.date().isoformat()), 0)
            )
            self.start.setTime(QTime(first.starts_local.hour, first.starts_local.minute))
            self.end.setTime(QTime(first.ends_local.hour, first.ends_local.minute))
        self.add_button = QPushButton(self.tr("&Add window"))
        self.add_button.clicked.connect(self.add_window)
        self.change_button = QPushButton(self.tr("&Change"))
        self.change_button.clicked.connect(self.change_window)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_windows)
        editor = QHBoxLayout()
        editor.addWidget(QLabel(self.tr("Day:")))
        editor.addWidget(self.day)
        editor.addWidget(QLabel(self.tr("from")))
        editor.addWidget(self.start)
        editor.addWidget(QLabel(self.tr("to")))
        editor.addWidget(self.end)
        editor.addWidget(self.add_button)
        editor.addWidget(self.change_button)
        editor.addWidget(self.remove_button)
        windows_box = QGroupBox(self.tr("&Windows in which they can meet"))
        windows_layout = QVBoxLayout(windows_box)
        windows_layout.addWidget(self.window_list)
        windows_layout.addLayout(editor)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(sessions_box)
        layout.addWidget(windows_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._show()

    # ------------------------------------------------------------------ showing

    def _text(self, window: Window) -> str:
        a, b = to_local(window[0], self.zone), to_local(window[1], self.zone)
        end = f"{b:%H:%M}" if a.date() == b.date() else f"{when(b, '%a %d %b %H:%M')}"
        outside = (
            ""
            if any(overlaps(window, _utc_span(s)) for s in self.sessions)
            else "  " + self.tr("(outside every B2B session)")
        )
        return f"{when(a, '%a %d %b %Y')}  {a:%H:%M}–{end} {a.tzname()}{outside}"

    def _show(self) -> None:
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for index, row in enumerate(self.sessions):
            item = QListWidgetItem(row.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = available_in(self.windows, self.sessions, index)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.session_list.addItem(item)
        self.session_list.blockSignals(False)
        marker = unavailable_marker(self.sessions)
        self.window_list.clear()
        shown = [w for w in self.windows if w != marker]
        for window in shown:
            item = QListWidgetItem(self._text(window))
            item.setData(Qt.ItemDataRole.UserRole, window)
            self.window_list.addItem(item)
        if not shown:
            text = (
                self.tr("Not available in any session.")
                if marker in self.windows
                else self.tr("No window: available during every session.")
            )
            placeholder = QListWidgetItem(text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.window_list.addItem(placeholder)
        self._window_selected()

    def _selected(self) -> list[Window]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.window_list.selectedItems()
            if item.data(Qt.ItemDataRole.UserRole) is not None
        ]

    def _window_selected(self) -> None:
        chosen = self._selected()
        self.remove_button.setEnabled(bool(chosen))
        self.change_button.setEnabled(len(chosen) == 1)
        if len(chosen) == 1:
            a, b = to_local(chosen[0][0], self.zone), to_local(chosen[0][1], self.zone)
            self.day.setCurrentIndex(max(self.day.findData(a.date().isoformat()), 0))
            self.start.setTime(QTime(a.hour, a.minute))
            self.end.setTime(QTime(b.hour, b.minute))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ------------------------------------------------------------------ editing

    def _session_ticked(self, item: QListWidgetItem) -> None:
        index = self.session_list.row(item)
        available = item.checkState() == Qt.CheckState.Checked
        self.windows = toggle_session(self.windows, self.sessions, index, available)
        self._show()

    def edited_window(self) -> Window | None:
        """The window in the editor (UTC), or None with the reason shown."""
        day = date.fromisoformat(str(self.day.currentData()))
        start, end = self.start.time().toPython(), self.end.time().toPython()
        try:
            starts = local_to_utc(day, start, self.zone)  # type: ignore[arg-type]
            ends = local_to_utc(day, end, self.zone)  # type: ignore[arg-type]
        except PimapError as exc:
            self._fail(error_text(exc))
            return None
        if ends <= starts:
            self._fail(self.tr("A window must end after it starts."))
            return None
        self.error.hide()
        return (starts, ends)

    def _without_marker(self) -> list[Window]:
        marker = unavailable_marker(self.sessions)
        return [w for w in self.windows if w != marker]

    def add_window(self) -> None:
        window = self.edited_window()
        if window is not None:
            self.windows = sorted({*self._without_marker(), window})
            self._show()

    def change_window(self) -> None:
        chosen = self._selected()
        window = self.edited_window()
        if len(chosen) == 1 and window is not None:
            kept = [w for w in self._without_marker() if w != chosen[0]]
            self.windows = sorted({*kept, window})
            self._show()

    def remove_windows(self) -> None:
        chosen = set(self._selected())
        self.windows = [w for w in self.windows if w not in chosen]
        self._show()

    def result_windows(self) -> list[Window]:
        return sorted(self.windows)


def ask_availability(
    parent: QWidget,
    name: str,
    zone: str,
    first_day: date,
    last_day: date,
    sessions: Sequence[SessionRow],
    windows: Sequence[Window],
) -> list[Window] | None:
    """The boundary tests replace: the new windows, or None when cancelled."""
    dialog = AvailabilityDialog(name, zone, first_day, last_day, sessions, windows, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_windows()
    finally:
        dialog.deleteLater()
