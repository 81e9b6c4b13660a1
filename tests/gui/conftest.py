"""GUI fixtures: the real main window on a real database file, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pimap_desktop.gui import dialogs
from pimap_desktop.gui.languages import install_translators, remove_translators
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.store.database import Database
from tests.gui.file_dialogs import FileDialogs
from tests.gui.translation_scan import compile_translations


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The interface in English as the app starts it: with English's singular and plural forms
    (pimap_en.ts, compiled afresh) for the texts that count ("%n meeting(s)")."""
    folder = compile_translations(tmp_path_factory.mktemp("translations"), ["en"])
    translators = install_translators(qapp, "en", folder)
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The interface in French for one test (the catalogues compiled from the .ts files)."""
    folder = compile_translations(tmp_path, ["en", "fr"])
    translators = install_translators(qapp, "fr", folder)
    try:
        yield
    finally:
        remove_translators(qapp, translators)


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


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the pages' background reads are shown (a page shown reads in the background)."""
    qtbot.waitUntil(lambda: not window.reading(), timeout=10_000)
