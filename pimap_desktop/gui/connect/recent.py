"""File ▸ Open recent: the databases opened last, kept in the application's QSettings.

An entry is a database file's absolute path or a team database's URL without its password
(the password is in the keyring, ``store.credentials``): most recent first, each once, at most
``MAX_RECENT``. A password found in an entry (a settings file edited by hand) is dropped when
the list is read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.store.credentials import without_password
from pimap_desktop.store.database import display_url, sqlite_path
from pimap_desktop.store.team_url import database_label

RECENT_KEY = "recent/databases"
RECENT_ITEM = "location"
MAX_RECENT = 8
NONE_YET = QT_TRANSLATE_NOOP("connect.recent", "No recent databases")
CLEAR_TEXT = QT_TRANSLATE_NOOP("connect.recent", "&Clear the list")


def recent_entry(location: str | os.PathLike[str]) -> str:
    """What is kept of a database: a file's absolute path, or a URL without its password."""
    text = os.fspath(location).strip()
    if "://" not in text:
        return str(Path(text).expanduser().resolve()) if text else ""
    try:
        path = sqlite_path(text)
    except PimapError:
        return without_password(text)
    return str(path) if path is not None else without_password(text)


def _written(settings: QSettings, entries: list[str]) -> None:
    settings.remove(RECENT_KEY)
    settings.beginWriteArray(RECENT_KEY, len(entries))
    for index, entry in enumerate(entries):
        settings.setArrayIndex(index)
        settings.setValue(RECENT_ITEM, entry)
    settings.endArray()
    settings.sync()


def _cleaned(entries: list[str]) -> list[str]:
    seen: list[str] = []
    for entry in entries:
        kept = recent_entry(entry) if entry else ""
        if kept and kept not in seen:
            seen.append(kept)
    return seen[:MAX_RECENT]


def recent_databases(settings: QSettings) -> list[str]:
    """The recent databases, most recent first."""
    count = settings.beginReadArray(RECENT_KEY)
    entries: list[str] = []
    for index in range(count):
        settings.setArrayIndex(index)
        value = settings.value(RECENT_ITEM)
        if isinstance(value, str):
            entries.append(value)
    settings.endArray()
    return _cleaned(entries)


def add_recent(settings: QSettings, location: str | os.PathLike[str]) -> list[str]:
    """Put ``location`` first (once); the list as it now is."""
    entries = _cleaned([recent_entry(location), *recent_databases(settings)])
    _written(settings, entries)
    return entries


def remove_recent(settings: QSettings, location: str | os.PathLike[str]) -> list[str]:
    """Take ``location`` off the list (a file that is gone, say); the list as it now is."""
    gone = recent_entry(location)
    entries = [entry for entry in recent_databases(settings) if entry != gone]
    _written(settings, entries)
    return entries


def clear_recent(settings: QSettings) -> None:
    _written(settings, [])


def recent_label(entry: str) -> str:
    """How an entry reads in the menu: "pimap.sqlite — /its/folder", or
    "pimap on db.example.org — as coordinator"."""
    if "://" not in entry:
        path = Path(entry)
        return f"{path.name} — {path.parent}"
    label = database_label(entry)
    try:
        user = make_url(entry).username
    except ArgumentError:
        return label
    return (
        arg(QCoreApplication.translate("connect.recent", "%1 — as %2"), label, user)
        if user
        else label
    )


def _mnemonic_safe(text: str) -> str:
    return text.replace("&", "&&")


def fill_recent_menu(menu: QMenu, settings: QSettings, on_chosen: Callable[[str], None]) -> None:
    """(Re)build the menu's entries from the settings."""
    menu.clear()
    entries = recent_databases(settings)
    if not entries:
        menu.addAction(QCoreApplication.translate("connect.recent", NONE_YET)).setEnabled(False)
    for number, entry in enumerate(entries, start=1):
        action = menu.addAction(f"&{number} {_mnemonic_safe(recent_label(entry))}")
        action.setToolTip(display_url(entry) if "://" in entry else entry)
        action.setData(entry)
        action.triggered.connect(lambda _checked=False, chosen=entry: on_chosen(chosen))
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("connect.recent", CLEAR_TEXT))
    clear.setEnabled(bool(entries))

    def cleared() -> None:
        clear_recent(settings)
        fill_recent_menu(menu, settings, on_chosen)

    clear.triggered.connect(cleared)


def recent_menu(
    settings: QSettings,
    on_chosen: Callable[[str], None],
    parent: QWidget | None = None,
    title: str = "",
) -> QMenu:
    """File ▸ Open recent: calls ``on_chosen(entry)`` (a path or a URL without a password) for
    the database chosen; "Clear the list" empties it. Rebuilt each time it opens."""
    menu = QMenu(title or QCoreApplication.translate("connect.recent", "Open &recent"), parent)
    menu.setToolTipsVisible(True)
    menu.aboutToShow.connect(lambda: fill_recent_menu(menu, settings, on_chosen))
    fill_recent_menu(menu, settings, on_chosen)
    return menu
