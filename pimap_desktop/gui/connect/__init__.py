"""Connecting to a team database (PostgreSQL), recent databases, and the window's title."""

from __future__ import annotations

from pimap_desktop.gui.connect.dialog import (
    ConnectDialog,
    Connected,
    ask_team_database,
    confirm_tls_off,
)
from pimap_desktop.gui.connect.recent import (
    add_recent,
    clear_recent,
    recent_databases,
    recent_menu,
    remove_recent,
)
from pimap_desktop.store.team_url import database_label

APP_TITLE = "PIMAP Desktop"


def window_title(database: str, mission: str = "") -> str:
    """The main window's title: the current mission (if any), the application, and which
    database is open (``database`` is a path or a URL: a file's name, or "pimap on HOST";
    never a password)."""
    where = database_label(database)
    return f"{mission} — {APP_TITLE} — {where}" if mission else f"{APP_TITLE} — {where}"


__all__ = [
    "ConnectDialog",
    "Connected",
    "add_recent",
    "ask_team_database",
    "clear_recent",
    "confirm_tls_off",
    "recent_databases",
    "recent_menu",
    "remove_recent",
    "window_title",
]
