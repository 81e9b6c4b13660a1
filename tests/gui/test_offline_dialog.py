"""File ▸ Take mission offline… and File ▸ Bring back an offline copy…: a copy taken through the
window, changed on the laptop and in the office, brought back through the preview where the
coordinator chooses the laptop's value for the conflict. The office is the scheduled demo
mission (tests/printing_fixtures.py) in a real SQLite file."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.models import Mission, Registration, offline_copy
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.offline.dialog import (
    CHOICE_COLUMN,
    KEEP_HERE,
    NO_CONFLICTS,
    TAKE_LAPTOPS,
    BringBackPreview,
)
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.offline.merge import BOTH_CHANGED, THEIRS
from pimap_desktop.services.offline.report import report_path
from pimap_desktop.store.database import Database, open_database
from pimap_desktop.store.transfer import save_sqlite_copy
from tests.factories import mission_data
from tests.gui.conftest import settle
from tests.gui.file_dialogs import FileDialogs
from tests.printing_fixtures import HARD_NAMES, PrintableMission

WAIT_MS = 30_000
LONG_NAME = " ".join(HARD_NAMES[2][1:])  # a 75-character name: the label of the conflict


@pytest.fixture
def office(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The message boxes shown: (kind, title, text); none of them blocks."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *_a, kind=kind: shown.append((kind, title, text)),
        )
    return shown


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _hotel(db: Database, registration_id: uuid.UUID) -> str:
    with db.session() as session:
        registration = session.get(Registration, registration_id)
        assert registration is not None
        return registration.hotel


def _set_hotel(db: Database, registration_id: uuid.UUID, hotel: str) -> None:
    with db.session() as session, session.begin():
        registration = session.get(Registration, registration_id)
        assert registration is not None
        registration.hotel = hotel


def _open_preview(qtbot: QtBot, window: MainWindow) -> BringBackPreview:
    window.offline.bring_back_action.trigger()
    qtbot.waitUntil(
        lambda: window.offline.preview is not None and window.offline.preview.isVisible(),
        timeout=WAIT_MS,
    )
    preview = window.offline.preview
    assert preview is not None
    return preview


def test_a_copy_taken_changed_on_both_sides_comes_back_with_the_laptops_value_chosen(
    qtbot: QtBot,
    office: Database,
    printable: PrintableMission,
    settings: QSettings,
    file_dialogs: FileDialogs,
    messages: list[tuple[str, str, str]],
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    window = _window(qtbot, office, settings)
    window.current.set_mission(printable.mission_id)
    file_menu = window.menuBar().actions()[0].menu().actions()
    assert window.offline.take_action in file_menu
    assert window.offline.bring_back_action in file_menu
    fair = tmp_path / "fair"
    fair.mkdir()

    # Take: the current mission, saved where the coordinator says.
    copy = fair / "PW2027-offline.sqlite"
    file_dialogs.answer(copy)
    window.offline.take_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    assert Path(file_dialogs.asked[-1].start).name == "PW2027-offline.sqlite"
    kind, title, text = messages.pop()
    assert (kind, title) == ("information", "Mission taken offline")
    assert str(copy) in text and "registrations" in text and "meetings" in text
    assert "File ▸ Open database file…" in text and "pimap-desktop --db" in text
    long_registration = printable.hard["Long"]
    laptop = open_database(copy)
    try:
        with laptop.session() as session:
            assert session.scalars(select(Mission.code)).all() == ["PW2027"]
            assert session.execute(select(offline_copy.c.mission_code)).scalar() == "PW2027"
        _set_hotel(laptop, long_registration, "Hotel at the fair")
        _set_hotel(laptop, printable.hard["Œrsted"], "Hotel Œrsted")  # no conflict: merges
    finally:
        laptop.dispose()
    _set_hotel(office, long_registration, "Hotel booked by the office")

    # Bring back: the preview of a dry run shows the conflict, and changes nothing.
    file_dialogs.answer(copy)
    preview = _open_preview(qtbot, window)
    qtmodeltester.check(preview.model)
    assert "Copy of PW2027" in preview.summary.text()
    assert "Coming back (conflicts aside): 0 added, 1 updated" in preview.summary.text()
    assert "Updated: 1 registration." in preview.summary.text()
    assert preview.table.isVisible()
    assert preview.model.rowCount() == 1
    row = [preview.model.index(0, c).data() for c in range(preview.model.columnCount())]
    assert row == [
        f"{LONG_NAME} (registration)",
        "hotel",
        "Hotel booked by the office",
        "Hotel at the fair",
        BOTH_CHANGED,
        KEEP_HERE,
    ]
    assert _hotel(office, long_registration) == "Hotel booked by the office"
    assert preview.bring_back_button.isDefault()

    # The coordinator takes the laptop's value, then brings the copy back.
    box = preview.choice_box(0)
    assert box is not None
    box.setCurrentIndex(box.findData(THEIRS))
    assert preview.model.index(0, CHOICE_COLUMN).data() == TAKE_LAPTOPS
    assert preview.resolutions() == {preview.model.conflict(0).key: THEIRS}
    preview.bring_back_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    kind, title, text = messages.pop()
    assert (kind, title) == ("information", "Offline copy brought back")
    assert "1 conflict: the laptop's value taken for 1" in text
    assert _hotel(office, long_registration) == "Hotel at the fair"
    assert _hotel(office, printable.hard["Œrsted"]) == "Hotel Œrsted"
    workbook = report_path(copy)
    assert workbook.is_file() and str(workbook) in text
    backups = list((office.path.parent / "backups").glob("*before-bring-back*"))  # type: ignore[union-attr]
    assert len(backups) == 1 and str(backups[0]) in text
    # Every page shows the data brought back: the registrations list has the new hotel.
    window.go_to(window.stack.indexOf(window.registrations_page))
    settle(qtbot, window)
    page = window.registrations_page
    hotels = {r.id: r.hotel for r in page.model.rows()}
    assert hotels[long_registration] == "Hotel at the fair"


def test_a_copy_with_no_conflicts_hides_the_table_and_cancel_changes_nothing(
    qtbot: QtBot,
    office: Database,
    printable: PrintableMission,
    settings: QSettings,
    file_dialogs: FileDialogs,
    messages: list[tuple[str, str, str]],
    tmp_path: Path,
) -> None:
    window = _window(qtbot, office, settings)
    window.current.set_mission(printable.mission_id)
    copy = tmp_path / "laptop.sqlite"
    file_dialogs.answer(copy)
    window.offline.take_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    laptop = open_database(copy)
    try:
        _set_hotel(laptop, printable.hard["Long"], "Hotel at the fair")
    finally:
        laptop.dispose()

    file_dialogs.answer(copy)
    preview = _open_preview(qtbot, window)
    assert preview.conflict_note.text() == NO_CONFLICTS
    assert not preview.table.isVisible()
    assert "1 updated" in preview.summary.text()
    preview.reject()
    assert _hotel(office, printable.hard["Long"]) != "Hotel at the fair"
    assert not report_path(copy).exists()


def test_a_file_that_is_not_an_offline_copy_is_refused_with_its_message(
    qtbot: QtBot,
    office: Database,
    settings: QSettings,
    file_dialogs: FileDialogs,
    messages: list[tuple[str, str, str]],
    tmp_path: Path,
) -> None:
    window = _window(qtbot, office, settings)
    plain = tmp_path / "plain-copy.sqlite"
    save_sqlite_copy(office, plain)
    file_dialogs.answer(plain)
    window.offline.bring_back_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    assert messages == [
        (
            "warning",
            "Could not bring back the copy",
            "plain-copy.sqlite is a PIMAP database, not an offline copy of a mission "
            "(take one with 'pimap offline take').",
        )
    ]
    assert window.offline.preview is None


def test_without_a_current_mission_the_coordinator_picks_one(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    file_dialogs: FileDialogs,
    messages: list[tuple[str, str, str]],
    tmp_path: Path,
) -> None:
    with db.session() as session:
        create_mission(session, mission_data())
        create_mission(session, mission_data(code="HM2027", name="Hannover Messe 2027"))
    window = _window(qtbot, db, settings)
    window.current.set_mission(None)
    window.offline.take_action.trigger()
    picker = window.offline.picker
    assert picker is not None and picker.isVisible()
    texts = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert "HM2027 — Hannover Messe 2027" in texts
    picker.combo.setCurrentIndex(picker.combo.findData("HM2027"))
    copy = tmp_path / "hm.sqlite"
    file_dialogs.answer(copy)
    picker.ok_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    assert Path(file_dialogs.asked[-1].start).name == "HM2027-offline.sqlite"
    assert messages[0][1] == "Mission taken offline"
    laptop = open_database(copy)
    try:
        with laptop.session() as session:
            assert session.scalars(select(Mission.code)).all() == ["HM2027"]
    finally:
        laptop.dispose()


def test_bringing_back_is_disabled_on_a_read_only_database(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window = _window(qtbot, db, settings)
    window.writable = False
    window._apply_write_access()
    assert not window.offline.bring_back_action.isEnabled()
    assert window.offline.take_action.isEnabled()  # taking a copy only reads


def test_an_offline_copy_opens_as_the_database_through_the_file_menu(
    qtbot: QtBot,
    office: Database,
    printable: PrintableMission,
    settings: QSettings,
    file_dialogs: FileDialogs,
    tmp_path: Path,
) -> None:
    from pimap_desktop.services.offline.take import take_offline

    copy = tmp_path / "laptop.sqlite"
    take_offline(office, "PW2027", copy)
    window = _window(qtbot, office, settings)
    assert window.open_file_action in window.menuBar().actions()[0].menu().actions()
    file_dialogs.answer(copy)
    window.open_file_action.trigger()
    qtbot.waitUntil(lambda: window.db.path == copy, timeout=WAIT_MS)
    with window.db.session() as session:
        assert session.scalars(select(Mission.code)).all() == ["PW2027"]
    assert window.open_file_action.isEnabled()
