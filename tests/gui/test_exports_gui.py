"""The export centre through its real widgets, on the demo's Photonics West (scheduled):
badges saved and counted, a preview that counts nothing, Cancel that leaves no file, one badge
reprinted through a (PDF) printer from the Registrations page."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pimap_desktop.domain.models import Registration
from pimap_desktop.gui.exports import desktop as centre
from pimap_desktop.gui.exports.export_page import ExportPage
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.services.printing.badges import BadgeLayout
from pimap_desktop.services.printing.registry import Scope
from pimap_desktop.store.database import Database, open_database
from tests.gui.conftest import settle
from tests.gui.file_dialogs import FileDialogs
from tests.printing_fixtures import PrintableMission

WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes shown (a modal box would hang the test); none unless a test expects it."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *_a, **_k: shown.append(f"{title}: {text}"),
        )
    yield shown
    assert shown == [], shown


@pytest.fixture
def printable_db(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


@pytest.fixture
def mission(printing_template: tuple[Path, PrintableMission]) -> PrintableMission:
    return printing_template[1]


@pytest.fixture
def window(
    qtbot: QtBot, printable_db: Database, settings: QSettings, mission: PrintableMission
) -> Iterator[MainWindow]:
    win = MainWindow(printable_db, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.registrations_page.show_mission(mission.mission_id)
    win.export_page.show_mission(mission.mission_id)
    yield win
    win.close()


def open_centre(qtbot: QtBot, window: MainWindow) -> ExportPage:
    window.go_to(window.stack.indexOf(window.export_page))
    settle(qtbot, window)
    return window.export_page


def badge_counts(db: Database, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    with db.session() as session:
        rows = session.execute(
            select(Registration.id, Registration.badges_printed).where(Registration.id.in_(ids))
        ).all()
    return {row.id: row.badges_printed for row in rows}


def all_badges(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.sum(Registration.badges_printed))) or 0)


def wait_for_preview(qtbot: QtBot, page: ExportPage) -> None:
    qtbot.waitUntil(
        lambda: (
            not page.busy()
            and page.preview_task is None
            and not page.preview_timer.isActive()
            and not page._preview_stale
        ),
        timeout=WAIT_MS,
    )


def wait_for_save(qtbot: QtBot, page: ExportPage) -> None:
    qtbot.waitUntil(lambda: page.export_task is None, timeout=WAIT_MS)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_ctrl_p_opens_the_export_centre_on_the_current_mission(
    qtbot: QtBot, window: MainWindow, mission: PrintableMission
) -> None:
    window.current.set_mission(mission.mission_id)
    window.go_to(2)  # the registrations of PW2027
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.export_page
    assert window.export_page.mission_id() == mission.mission_id


def test_badges_for_the_people_selected_on_registrations_are_saved_and_counted(
    qtbot: QtBot,
    window: MainWindow,
    mission: PrintableMission,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    file_dialogs: FileDialogs,
) -> None:
    people = [mission.hard["Œrsted"], mission.hard["Ørsted"], mission.hard["Long"]]
    window.go_to(2)
    settle(qtbot, window)
    window.registrations_page._select(people)
    before = badge_counts(window.db, people)
    assert set(before.values()) == {0}
    out = tmp_path / "chosen" / "badges.pdf"
    out.parent.mkdir()
    file_dialogs.answer(out)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(centre, "open_url", open_url)

    page = open_centre(qtbot, window)
    page.choose_document("badges")
    page.choose_scope(Scope.SELECTION)
    assert page.scope_combo.currentText().endswith("(3)")
    wait_for_preview(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_for_save(qtbot, page)

    assert Path(file_dialogs.asked[0].start).name == "PW2027-badges.pdf"
    text = pdf_text(out)
    for name in ("Łukasz", "Søren", "Maria-Fernanda"):
        assert name in text
    assert badge_counts(window.db, people) == dict.fromkeys(people, 1)
    assert page.result_bar.isVisible()
    assert "Wrote" in page.result_label.text() and str(out) in page.result_label.text()
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [out.parent, out]
    assert window.settings.value("exports/folder") == str(out.parent)


def test_preview_draws_the_first_page_and_records_nothing(
    qtbot: QtBot, window: MainWindow, mission: PrintableMission
) -> None:
    before = all_badges(window.db)
    page = open_centre(qtbot, window)
    page.choose_document("badges")
    page.choose_scope(Scope.MISSION)
    wait_for_preview(qtbot, page)
    assert not page.preview.pixmap().isNull()
    assert f"first {BadgeLayout.A6.per_sheet} people of" in page.preview.caption.text()
    page.choose_scope(Scope.PERSON)
    page.person_combo.setCurrentIndex(page.person_combo.findData(str(mission.hard["Long"])))
    wait_for_preview(qtbot, page)
    assert not page.preview.pixmap().isNull()

    page.choose_document("agenda")
    wait_for_preview(qtbot, page)
    assert page.preview.stack.currentWidget() is page.preview.page
    assert not page.preview.pixmap().isNull()
    assert page.preview.caption.text().startswith("First page of")

    page.choose_document("calendar")
    wait_for_preview(qtbot, page)
    assert page.preview.stack.currentWidget() is page.preview.events
    assert page.preview.events.rowCount() > 0
    assert "times in America/Los_Angeles" in page.preview.caption.text()
    assert all_badges(window.db) == before


def test_a_person_is_needed_before_a_personal_calendar(
    qtbot: QtBot, window: MainWindow, file_dialogs: FileDialogs
) -> None:
    page = open_centre(qtbot, window)
    page.choose_document("personal_calendar")
    assert page.current_scope() is Scope.PERSON
    page.person_combo.setCurrentIndex(-1)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert file_dialogs.asked == []
    assert "Choose the person" in page.hint.text()


def test_cancel_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    out = tmp_path / "packs.pdf"
    file_dialogs.answer(out)
    page = open_centre(qtbot, window)
    page.choose_document("packs")
    page.choose_scope(Scope.MISSION)
    page.combined_combo.setCurrentIndex(page.combined_combo.findData(True))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    dialog = page.progress_dialog
    assert dialog is not None
    dialog.show()  # it shows itself after a moment on a long run
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    wait_for_save(qtbot, page)
    assert not out.exists()
    assert list(tmp_path.glob("packs*")) == []
    assert "Cancelled" in page.result_label.text()
    assert not page.open_file_button.isVisible()


def test_packs_one_file_per_person_go_into_a_folder_of_their_own(
    qtbot: QtBot,
    window: MainWindow,
    mission: PrintableMission,
    tmp_path: Path,
    file_dialogs: FileDialogs,
) -> None:
    file_dialogs.answer(tmp_path)
    window.go_to(2)
    settle(qtbot, window)
    window.registrations_page._select([mission.hard["Œrsted"], mission.hard["Long"]])
    page = open_centre(qtbot, window)
    page.choose_document("packs")
    page.choose_scope(Scope.SELECTION)
    page.combined_combo.setCurrentIndex(page.combined_combo.findData(False))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_for_save(qtbot, page)
    folder = tmp_path / "PW2027-packs"
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    assert "Łukasz" in pdf_text(next(f for f in files if "Gon" in f.name))
    assert page.result_label.text().startswith("Wrote 2 files (")
    assert page.result_folder() == folder
    assert not page.open_file_button.isVisible()


def test_reprint_badge_prints_one_badge_and_counts_it(
    qtbot: QtBot,
    window: MainWindow,
    mission: PrintableMission,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person = mission.hard["Ørsted"]
    printed = tmp_path / "printer-output.pdf"

    def print_to_pdf(_parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(centre, "ask_print", print_to_pdf)
    window.go_to(2)
    settle(qtbot, window)
    page = window.registrations_page
    page._select([person])
    assert page.reprint_action.isEnabled()
    page.reprint_action.trigger()

    assert printed.exists()
    assert len(pypdf.PdfReader(printed).pages) == 1
    assert badge_counts(window.db, [person]) == {person: 1}
    assert "sent to" in window.statusBar().currentMessage()

    # A refused print dialog prints and counts nothing.
    monkeypatch.setattr(centre, "ask_print", lambda _parent, _printer: False)
    page.reprint_action.trigger()
    assert badge_counts(window.db, [person]) == {person: 1}


def test_save_badge_pdf_from_registrations(
    qtbot: QtBot,
    window: MainWindow,
    mission: PrintableMission,
    tmp_path: Path,
    file_dialogs: FileDialogs,
) -> None:
    person = mission.hard["Œrsted"]
    file_dialogs.answer(tmp_path / "one")
    window.go_to(2)
    settle(qtbot, window)
    page = window.registrations_page
    page._select([person, mission.hard["Long"]])
    assert not page.reprint_action.isEnabled() and not page.save_badge_action.isEnabled()
    page._select([person])
    page.save_badge_action.trigger()
    assert Path(file_dialogs.asked[0].start).name == "PW2027-badge-Łukasz-Gonçalves-Väisänen.pdf"
    assert "Łukasz" in pdf_text(tmp_path / "one.pdf")
    assert badge_counts(window.db, [person]) == {person: 1}


def test_item_models_of_the_page_are_sound(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    page = open_centre(qtbot, window)
    qtmodeltester.check(page.documents.model())
    qtmodeltester.check(page.person_combo.model())
    qtmodeltester.check(page.scope_combo.model())
    qtmodeltester.check(page.session_combo.model())
    assert page.person_combo.count() > 60
