"""Start-up of the desktop app: one instance per database, clear refusals, no vanishing."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pimap_desktop.gui import app as gui_app
from pimap_desktop.gui.errors import install_excepthook, report_error
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.store.database import Database, resolve_url


def test_second_start_on_the_same_database_hands_over_to_the_first(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    key = gui_app.instance_key(db.url)
    server = gui_app.listen_for_handover(key, window)
    assert server.isListening()
    assert gui_app.hand_over(key)  # what a second launch does first
    qtbot.waitUntil(lambda: "started again" in window.statusBar().currentMessage())
    other = gui_app.instance_key(resolve_url(tmp_path / "another.sqlite"))
    assert not gui_app.hand_over(other)  # another database: no hand-over


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    assert gui_app.main(["--db", str(path)]) == 1
    assert shown and "not an SQLite file" in shown[0]
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_the_cycle_collector_runs_again_after_a_start_that_stopped(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector is paused while the window is built (pimap_desktop.collector), and runs
    again whatever the start's outcome: here a refusal."""
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    paused: list[bool] = []

    def critical(*_args: object) -> QMessageBox.StandardButton:
        paused.append(not gc.isenabled())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert gc.isenabled()
    assert gui_app.main(["--db", str(path)]) == 1
    assert paused == [True]  # the refusal came during the start
    assert gc.isenabled()


def test_unexpected_error_is_logged_and_shown_with_the_log_location(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text)
    )
    try:
        raise KeyError("boom")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR):
            report_error(None, exc)
    assert shown and "pimap.log" in shown[0] and "boom" not in shown[0]
    assert "KeyError" in caplog.text  # the traceback goes to the log


def test_excepthook_keeps_the_application_running(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert shown
    assert QApplication.instance() is not None
