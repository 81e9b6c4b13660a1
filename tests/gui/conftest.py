"""GUI fixtures: the real main window on a real database file, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from pimap_desktop.gui import dialogs
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.store.database import Database
from tests.gui.file_dialogs import FileDialogs


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


@pytest.fixture(autouse=True)
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    """Every file dialog of a GUI test goes through ``gui.dialogs.show_file_dialog``: never a
    real (blocking) dialog, and the folders remembered start afresh."""
    fake = FileDialogs()
    dialogs.forget_folders()
    monkeypatch.setattr(dialogs, "show_file_dialog", fake.show)
    return fake
