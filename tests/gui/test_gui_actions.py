"""Menus and toolbars filled from one list (``gui.actions.add_actions``)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from pimap_desktop.gui.actions import add_actions


def test_a_menu_gets_actions_separators_and_submenus_in_order(qtbot: QtBot) -> None:
    menu = QMenu()
    submenu = QMenu("&Priority")
    first, last = QAction("&Edit", menu), QAction("&Delete", menu)

    add_actions(menu, [first, None, submenu, last])

    shown = menu.actions()
    assert shown[0] is first
    assert shown[1].isSeparator()
    assert shown[2].menu() is submenu and shown[2].text() == "&Priority"
    assert shown[3] is last


def test_a_submenu_on_a_toolbar_is_a_button_with_its_menu(qtbot: QtBot) -> None:
    toolbar = QToolBar()
    qtbot.addWidget(toolbar)
    submenu = QMenu("&Priority", toolbar)
    submenu.addAction("High")

    add_actions(toolbar, [QAction("&Run", toolbar), None, submenu])

    assert [a.isSeparator() for a in toolbar.actions()] == [False, True, False]
    button = toolbar.widgetForAction(submenu.menuAction())
    assert isinstance(button, QToolButton)
    assert button.defaultAction().menu() is submenu
