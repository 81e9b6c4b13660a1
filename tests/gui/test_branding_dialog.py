"""Settings ▸ Branding: emblems added and removed, the funding statement, saved on OK only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.enums import EmblemKind
from pimap_desktop.gui.settings import BrandingDialog
from pimap_desktop.services.printing.branding import branding_settings
from pimap_desktop.store.database import Database
from tests.gui.file_dialogs import FileDialogs

STATEMENT = "Co-funded by the Borealis Cluster Fund (fictional), grant BCF-0042."


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "borealis-fund.png"
    Image.new("RGBA", (240, 80), (20, 60, 140, 255)).save(path)
    return path


def _dialog(
    qtbot: QtBot, db: Database, file_dialogs: FileDialogs, chosen: Path, name: str | None
) -> BrandingDialog:
    dialog = BrandingDialog(db)
    qtbot.addWidget(dialog)
    file_dialogs.always(chosen)
    dialog.ask_name = lambda kind, suggestion: name  # type: ignore[method-assign]
    return dialog


def _click(qtbot: QtBot, dialog: BrandingDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.buttons.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_emblem_and_the_statement_are_saved_on_ok(
    qtbot: QtBot, db: Database, picture: Path, file_dialogs: FileDialogs
) -> None:
    dialog = _dialog(qtbot, db, file_dialogs, picture, "Borealis Cluster Fund")
    assert dialog.empty_note.isVisibleTo(dialog)

    qtbot.mouseClick(dialog.add_funder, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.statement, STATEMENT)
    assert dialog.emblems.count() == 1
    assert dialog.emblems.item(0).text() == "Borealis Cluster Fund\nFunder"
    with db.session() as session:  # nothing written before OK
        assert branding_settings(session).emblems == ()

    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.result() == BrandingDialog.DialogCode.Accepted
    with db.session() as session:
        settings = branding_settings(session)
    assert [(e.kind, e.name, e.file_name) for e in settings.emblems] == [
        (EmblemKind.FUNDER, "Borealis Cluster Fund", "borealis-fund.png")
    ]
    assert settings.statement == STATEMENT


def test_remove_then_cancel_changes_nothing_and_remove_then_ok_removes(
    qtbot: QtBot, db: Database, picture: Path, file_dialogs: FileDialogs
) -> None:
    first = _dialog(qtbot, db, file_dialogs, picture, "Nordic–Atlantic Partnership")
    qtbot.mouseClick(first.add_partnership, Qt.MouseButton.LeftButton)
    _click(qtbot, first, QDialogButtonBox.StandardButton.Ok)

    second = _dialog(qtbot, db, file_dialogs, picture, "unused")
    assert second.emblems.count() == 1 and not second.remove.isEnabled()
    second.emblems.setCurrentRow(0)
    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    assert second.emblems.count() == 0
    _click(qtbot, second, QDialogButtonBox.StandardButton.Cancel)
    with db.session() as session:
        assert len(branding_settings(session).emblems) == 1

    third = _dialog(qtbot, db, file_dialogs, picture, "unused")
    third.emblems.setCurrentRow(0)
    qtbot.mouseClick(third.remove, Qt.MouseButton.LeftButton)
    _click(qtbot, third, QDialogButtonBox.StandardButton.Ok)
    with db.session() as session:
        assert branding_settings(session).emblems == ()


def test_a_file_that_is_not_a_picture_is_refused_with_the_reason(
    qtbot: QtBot, db: Database, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    fake = tmp_path / "logo.svg"
    fake.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    dialog = _dialog(qtbot, db, file_dialogs, fake, "Fund")

    qtbot.mouseClick(dialog.add_funder, Qt.MouseButton.LeftButton)

    assert dialog.emblems.count() == 0
    assert dialog.error.isVisibleTo(dialog)
    assert "logo.svg is not a picture PIMAP can print" in dialog.error.text()
