"""`pimap-desktop FILE`: what a file manager does with a double-clicked .pimap file (the desktop
entry's %f, the Windows and macOS file associations). And the hidden smoke-test mode that the
frozen build is checked with (packaging/smoke.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pimap_desktop.gui import app as gui_app
from pimap_desktop.gui import main_window
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.services.missions.missions import create_mission, list_missions
from pimap_desktop.store.database import Database, open_database
from tests.factories import mission_data


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error boxes main() shows."""
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: texts.append(text)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    return texts


def test_a_pimap_file_given_by_path_is_opened_and_every_page_shown(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    shown: list[str],
) -> None:
    path = tmp_path / "fair copy.pimap"
    database = open_database(path)
    with database.session() as session:
        create_mission(session, mission_data())
    database.dispose()
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, db: Database) -> None:
            super().__init__(db)
            windows.append(self)

    monkeypatch.setattr(main_window, "MainWindow", Recorded)  # the start imports it from there
    shots = tmp_path / "shots"

    assert gui_app.main([str(path), "--smoke-screenshots", str(shots)]) == 0

    assert shown == []
    assert windows[0].db.path == path.resolve()
    with windows[0].db.session() as session:  # the window worked on that file
        assert [row.code for row in list_missions(session)] == ["PW2027"]
    out = capsys.readouterr().out
    assert "smoke: window shown" in out
    assert len(windows[0].pages) == len(list(shots.glob("*.png"))) == 9
    assert (shots / "01-missions.png").stat().st_size > 0
    windows[0].db.dispose()


def test_a_file_given_by_path_must_exist_nothing_is_created(
    qtbot: QtBot, tmp_path: Path, shown: list[str]
) -> None:
    missing = tmp_path / "lost.pimap"

    assert gui_app.main([str(missing)]) == 1

    assert shown and "There is no PIMAP database at" in shown[0]
    assert not missing.exists()


def test_a_file_of_another_kind_is_refused_by_name(
    qtbot: QtBot, tmp_path: Path, shown: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")

    assert gui_app.main([str(notes)]) == 1

    assert shown == [
        "notes.txt is not a PIMAP database: PIMAP Desktop opens .pimap and .sqlite files."
    ]
    assert "pimap-desktop: error: notes.txt is not a PIMAP database" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "not a database"


def test_a_damaged_pimap_file_is_refused_with_the_clear_message(
    qtbot: QtBot, tmp_path: Path, shown: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.pimap"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)

    assert gui_app.main([str(path)]) == 1

    assert shown and "damaged" in shown[0]
    assert "Traceback" not in capsys.readouterr().err


def test_a_file_and_db_together_are_refused(qtbot: QtBot, tmp_path: Path, shown: list[str]) -> None:
    path = tmp_path / "a.pimap"
    open_database(path).dispose()

    assert gui_app.main([str(path), "--db", str(tmp_path / "b.sqlite")]) == 1

    assert shown == ["Give the database as a file or with --db, not both."]
