"""File ▸ Open recent: the recent databases in the settings, and the menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from pimap_desktop.gui.connect import add_recent, recent_databases, recent_menu, remove_recent
from pimap_desktop.gui.connect.recent import CLEAR_TEXT, MAX_RECENT, NONE_YET

TEAM = "postgresql+psycopg://anne@db.example.org:5432/pimap?sslmode=require"


def test_the_most_recent_comes_first_and_each_database_once(
    settings: QSettings, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.pimap"
    add_recent(settings, first)
    add_recent(settings, TEAM)
    add_recent(settings, f"sqlite:///{second}")
    add_recent(settings, str(first))
    assert recent_databases(settings) == [str(first), str(second), TEAM]


def test_at_most_eight_are_kept(settings: QSettings, tmp_path: Path) -> None:
    for number in range(MAX_RECENT + 3):
        add_recent(settings, tmp_path / f"{number}.sqlite")
    kept = recent_databases(settings)
    assert len(kept) == MAX_RECENT == 8
    assert kept[0] == str(tmp_path / f"{MAX_RECENT + 2}.sqlite")
    assert kept[-1] == str(tmp_path / "3.sqlite")


def test_a_password_is_never_written_to_the_settings(settings: QSettings, tmp_path: Path) -> None:
    add_recent(settings, "postgresql+psycopg://anne:Zq8-secret@db.example.org/pimap")
    add_recent(settings, TEAM)
    settings.sync()
    written = (tmp_path / "settings.ini").read_text()
    assert "Zq8-secret" not in written
    assert recent_databases(settings)[-1] == "postgresql+psycopg://anne@db.example.org/pimap"
    # The same database with and without a password is one entry.
    add_recent(settings, "postgresql+psycopg://anne:other@db.example.org/pimap")
    assert len(recent_databases(settings)) == 2


def test_a_password_put_in_by_hand_is_dropped_when_read(
    settings: QSettings, tmp_path: Path
) -> None:
    settings.beginWriteArray("recent/databases", 1)
    settings.setArrayIndex(0)
    settings.setValue("location", "postgresql://anne:Zq8-secret@db.example.org/pimap")
    settings.endArray()
    assert recent_databases(settings) == ["postgresql://anne@db.example.org/pimap"]


def test_the_list_survives_a_restart_and_an_entry_can_be_removed(
    settings: QSettings, tmp_path: Path
) -> None:
    add_recent(settings, TEAM)
    add_recent(settings, tmp_path / "a.sqlite")
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert recent_databases(again) == [str(tmp_path / "a.sqlite"), TEAM]
    assert remove_recent(again, tmp_path / "a.sqlite") == [TEAM]


def test_the_menu_opens_the_chosen_entry_and_clears_the_list(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    chosen: list[str] = []
    menu = recent_menu(settings, chosen.append)
    qtbot.addWidget(menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [NONE_YET, CLEAR_TEXT]
    assert not menu.actions()[0].isEnabled()

    add_recent(settings, tmp_path / "R&D.sqlite")
    add_recent(settings, TEAM)
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.text() for a in entries] == [
        "&1 pimap on db.example.org — as anne",
        f"&2 R&&D.sqlite — {tmp_path}",
    ]
    entries[1].trigger()
    assert chosen == [str(tmp_path / "R&D.sqlite")]

    clear = next(a for a in menu.actions() if a.text() == CLEAR_TEXT)
    clear.trigger()
    assert recent_databases(settings) == []
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [NONE_YET, CLEAR_TEXT]
