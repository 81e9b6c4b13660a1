"""The main window as a whole: every page in the navigation, and where the keyboard goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pimap_desktop.gui.main_window import MainWindow


def test_every_page_is_reachable_from_the_view_menu(window: MainWindow) -> None:
    titles = [title for title, _page in window.pages]
    assert titles[-3:] == ["On site", "Follow-ups", "KPIs"]
    for number, (_title, page) in enumerate(window.pages):
        window.go_to(number)
        assert window.stack.currentWidget() is page


def test_clicking_the_navigation_leaves_the_keyboard_where_it_was(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A badge scanner types wherever the focus is: never into the page list."""
    qtbot.waitExposed(window)
    window.go_to(6)
    field = window.onsite_page.field
    field.setFocus()
    rect = window.nav.visualItemRect(window.nav.item(6))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.onsite_page
    assert QApplication.focusWidget() is not window.nav
    assert window.nav.focusPolicy() == Qt.FocusPolicy.NoFocus
