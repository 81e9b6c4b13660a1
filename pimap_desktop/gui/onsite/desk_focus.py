"""The check-in field keeps the keyboard: a USB badge scanner types into whatever has the focus.

While the check-in tab is shown, whatever else of the window takes the focus gives it back to
the field once the event is over; dialogs, message boxes, popups and menus keep theirs, and
so does the menu bar, which the keyboard enters on purpose (Alt alone). The mission chooser
takes the focus only from the keyboard (Tab, Alt+M), and then opens its list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMenuBar, QWidget

# How the keyboard moves the focus on purpose (to the mission chooser: it opens its list).
KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class FocusKeeper(QObject):
    """Gives ``field`` the keyboard back while ``page`` is shown and ``at_desk()`` (the
    check-in tab is the one shown) and not ``busy()`` (a dialog of the page is open)."""

    def __init__(
        self,
        page: QWidget,
        field: QWidget,
        mission_combo: QComboBox,
        at_desk: Callable[[], bool],
        busy: Callable[[], bool],
    ) -> None:
        super().__init__(page)
        self.page, self.field, self.mission_combo = page, field, mission_combo
        self._at_desk, self._busy = at_desk, busy
        self._watching = False
        # Clicking the chooser must not keep the focus: the scanner types into the field.
        mission_combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        mission_combo.installEventFilter(self)

    def refocus(self) -> None:
        """Give the field the keyboard back, unless the desk is elsewhere (the meetings tab,
        a dialog, a menu)."""
        if (
            not self._at_desk()
            or not self.page.isVisible()
            or self._busy()
            or QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
        ):
            return
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def watch(self, on: bool) -> None:
        """Follow the application's focus while the page is shown (only then)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or on == self._watching:
            return
        if on:
            app.focusChanged.connect(self._focus_moved)
        else:
            app.focusChanged.disconnect(self._focus_moved)
        self._watching = on

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A scan must land in the field: when the focus goes to another widget of this
        window (the page list, the tab bar, the mission chooser, a toolbar) while the check-in
        tab is shown, the field takes it back once the event is over. Other windows keep
        theirs: dialogs, message boxes, popups and menus (the mission list while open); so
        does the menu bar, which the keyboard enters on purpose (Alt alone)."""
        if new is None or new is self.field or new.window() is not self.page.window():
            return
        if isinstance(new, QMenuBar):  # Alt pressed alone (Windows): the menus by keyboard
            return
        if not self._at_desk():
            return
        QTimer.singleShot(0, self.refocus)

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
