"""Menus and toolbars filled from one list, in the order shown."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

# An action, a submenu (a button with its menu, on a toolbar), or None for a separator.
Entry = QAction | QMenu | None


def add_actions(target: QMenu | QToolBar, entries: Iterable[Entry]) -> None:
    for entry in entries:
        if entry is None:
            target.addSeparator()
        elif isinstance(entry, QMenu):
            target.addAction(entry.menuAction())
        else:
            target.addAction(entry)
