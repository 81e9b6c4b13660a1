"""GUI fixtures: the real main window on a real database file, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from pimap_desktop.db import Database
from pimap_desktop.gui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, db: Database, settings: QSettings) -> Iterator[MainWindow]:
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
