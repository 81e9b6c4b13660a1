"""Setting up B2B matchmaking on the B2B page through its real dialogs, on a real database file:
a session added, requests typed in with the searchable pickers, re-prioritised and removed,
requests and availability imported from European spreadsheets (every row's verdict shown
first), a person's availability edited and toggled per session; the Unscheduled tab computed
from the data (after a restart too); the grid showing organisations, the padlock and the zone.
Every step is undone, and the database checked each time.

The modal dialogs are boundaries: each is replaced by a function that builds the real dialog,
fills its real boxes (keyboard, clicks) and presses its OK button."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QBrush, QIcon, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import ProgrammeItemKind, RegistrationStatus
from pimap_desktop.domain.models import ProgrammeItem
from pimap_desktop.domain.rules import local_to_utc
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.b2b import availability_dialog, request_dialog, session_dialog
from pimap_desktop.gui.b2b.availability_dialog import AvailabilityDialog
from pimap_desktop.gui.b2b.b2b_page import B2BPage
from pimap_desktop.gui.b2b.grid import LOCKED_COLOUR, UNAVAILABLE_COLOUR
from pimap_desktop.gui.b2b.import_dialog import VERDICT_COLOURS, B2BImportDialog
from pimap_desktop.gui.b2b.request_dialog import Participant, RequestDialog
from pimap_desktop.gui.b2b.session_dialog import SessionDialog
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b.imports import Verdict
from pimap_desktop.services.b2b.scheduling.instance import NO_SESSION_YET, schedule_mission
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database, open_database
from tests.factories import add_organisation, add_person, mission_data
from tests.gui.file_dialogs import FileDialogs

ZONE = "America/Los_Angeles"
DAY = date(2027, 1, 27)

# key, first name, last name, e-mail, organisation, country: all invented.
PEOPLE = (
    ("ines", "Inês", "Gonçalves", "ines.goncalves@fotonica-lisboa.example", "Fotónica Lisboa Lda", "PT"),
    ("lena", "Lena", "Berg", "lena.berg@nordoptik.example", "Nordoptik Oy", "FI"),
    ("marc", "Marc", "Dubois", "marc.dubois@lasertec-aquitaine.example", "Lasertec Aquitaine", "FR"),
    ("sam", "Sam", "Carter", "sam.carter@bayphotonics.example", "Bay Photonics Inc.", "US"),
)  # fmt: skip
OUTSIDER = "otto.ulkopuoli@ulkoptiikka.example"  # in the directory, not in the mission


@dataclass(frozen=True)
class Setup:
    mission: uuid.UUID
    reg: dict[str, uuid.UUID]  # key of PEOPLE -> registration id
    email: dict[str, str]
    name: dict[str, str]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box would hang the test: record them; none is expected."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *_a, **_k: shown.append(f"{title}: {text}"),
        )
    yield shown
    assert shown == []


@pytest.fixture
def setup(db: Database) -> Setup:
    """Photonics West 2027 (San Francisco) with four participants and no B2B session yet."""
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        reg: dict[str, uuid.UUID] = {}
        for key, first, last, email, org_name, country in PEOPLE:
            organisation = add_organisation(session, org_name, country)
            person = add_person(session, first, last, email, organisation=organisation)
            [reg[key]] = register_people(
                session, mission_id, [person.id], status=RegistrationStatus.CONFIRMED
            ).registered
        add_person(session, "Otto", "Ulkopuoli", OUTSIDER)
    return Setup(
        mission_id,
        reg,
        {p[0]: p[3] for p in PEOPLE},
        {p[0]: f"{p[1]} {p[2]}" for p in PEOPLE},
    )


def add_short_session(db: Database, mission_id: uuid.UUID, tables: int = 2) -> uuid.UUID:
    """Wednesday 27 January, 13:30–15:00 local: three 20-minute slots with 5-minute breaks
    (13:30, 13:55, 14:20)."""
    with db.session() as session:
        return b2b.add_session(
            session, mission_id, b2b.SessionData(DAY, time(13, 30), time(15, 0), 20, 5, tables)
        )


def open_page(qtbot: QtBot, db: Database, mission_id: uuid.UUID) -> B2BPage:
    """The page standing alone with its own undo stack (the main window's Ctrl+Z)."""
    page = B2BPage(db, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_mission(mission_id)
    return page


def requests_in_db(db: Database, mission_id: uuid.UUID) -> dict[tuple[str, str], tuple[Any, ...]]:
    """(requester, target) -> (request id, priority)."""
    with db.session() as session:
        return {
            (r.requester, r.target): (r.id, r.priority)
            for r in b2b.list_requests(session, mission_id)
        }


def windows_in_db(db: Database, mission_id: uuid.UUID) -> dict[uuid.UUID, list[b2b.Window]]:
    with db.session() as session:
        return b2b.availability_windows(session, mission_id)


def utc(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return local_to_utc(day, time(hour, minute), ZONE)


def type_number(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    """Replace a spin box's number by typing, as a person does (the suffix stays)."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest types ASCII only, so other letters (è, Œ) go as key
    events carrying their text, as a keyboard layout sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def ok_button(dialog: QDialog) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def write_file(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def confirm_through(
    page: B2BPage,
    monkeypatch: pytest.MonkeyPatch,
    path: Path,
    check: Callable[[B2BImportDialog], None],
) -> list[B2BImportDialog]:
    """The file dialog answers ``path`` (every time); the real preview dialog is checked by
    ``check`` and its Import button pressed."""
    shown: list[B2BImportDialog] = []

    def confirm(dialog: B2BImportDialog) -> bool:
        shown.append(dialog)
        dialog.show()
        check(dialog)
        dialog.import_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "show_file_dialog", lambda *_a: ([str(path)], ""))
    monkeypatch.setattr(page, "_confirm_import", confirm)
    return shown


def preview_rows(dialog: B2BImportDialog) -> list[tuple[str, str, str]]:
    table = dialog.rows
    return [
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    ]


# --------------------------------------------------------------------------- sessions


def test_add_a_session_through_the_dialog_then_undo_and_redo_the_same_session(
    qtbot: QtBot, db: Database, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, db, setup.mission)
    assert page.session_combo.count() == 0 and page.grid.columnCount() == 0
    assert page.add_session_action.isEnabled() and not page.edit_session_action.isEnabled()
    shown: list[SessionDialog] = []

    def ask(
        parent: QWidget, title: str, data: b2b.SessionData, first: date, last: date, zone: str,
        submit: session_dialog.Submit, *, editing: bool = True,
    ) -> bool:  # fmt: skip
        dialog = SessionDialog(title, data, first, last, zone, submit, parent, editing=editing)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.show()
        assert dialog.tables.value() == 10 and dialog.break_minutes.value() == 5  # proposed
        dialog.day.setDate(QDate(2027, 1, 27))
        dialog.start.setTime(QTime(13, 30))
        dialog.end.setTime(QTime(17, 30))
        type_number(qtbot, dialog.slot_minutes, "20")
        assert dialog.preview.text() == (
            "9 slots of 20 min with 5-min breaks, 13:30–17:10, 10 tables = 90 meetings at most "
            "(the last slot ends at 17:10)."
        )
        type_number(qtbot, dialog.break_minutes, "0")
        type_number(qtbot, dialog.tables, "3")
        type_text(qtbot, dialog.table_names, "Salon Lumière; Salle Fresnel; Table Œrsted")
        qtbot.keyClicks(dialog.name, "Matchmaking Moscone")
        assert dialog.preview.text() == (
            "12 slots of 20 min, 13:30–17:30, 3 tables = 36 meetings at most."
        )
        assert dialog.preview_text() == dialog.preview.text()
        assert dialog.zone_label.text() == f"Local time in {ZONE} (PST)"
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(session_dialog, "ask_session", ask)
    page.add_session_action.trigger()

    assert len(shown) == 1 and shown[0].windowTitle() == "Add a B2B session"
    with db.session() as session:
        [row] = b2b.list_sessions(session, setup.mission)
        [item] = session.scalars(
            select(ProgrammeItem).where(ProgrammeItem.kind == ProgrammeItemKind.B2B_SESSION)
        ).all()
        assert item.title == "Matchmaking Moscone"
    assert row.name == "Matchmaking Moscone"
    assert row.starts_local.replace(tzinfo=None) == datetime(2027, 1, 27, 13, 30)
    assert [label for _id, _n, label in row.tables] == [
        "Salon Lumière",
        "Salle Fresnel",
        "Table Œrsted",
    ]
    assert len(row.slots) == 12
    # The combo shows the new session; the grid has its tables as rows, its slots as columns.
    assert page.session_combo.count() == 1
    assert page.session_combo.currentData() == str(row.id)
    assert page.session_combo.currentText().startswith("Matchmaking Moscone — Wed 27 Jan 13:30")
    grid = page.grid
    assert grid.rowCount() == 3 and grid.columnCount() == 12
    assert [grid.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [
        "Salon Lumière",
        "Salle Fresnel",
        "Table Œrsted",
    ]
    assert grid.headerData(0, Qt.Orientation.Horizontal) == "13:30–13:50\nPST"
    assert grid.headerData(11, Qt.Orientation.Horizontal) == "17:10–17:30\nPST"
    assert page.people.columnCount() == 12 and page.edit_session_action.isEnabled()
    assert page.undo_stack.count() == 1

    page.undo_stack.undo()
    with db.session() as session:
        assert b2b.list_sessions(session, setup.mission) == []
        assert session.scalars(select(ProgrammeItem)).all() == []
    assert page.session_combo.count() == 0 and grid.rowCount() == 0 and grid.columnCount() == 0

    page.undo_stack.redo()
    with db.session() as session:
        [again] = b2b.list_sessions(session, setup.mission)
    assert again.id == row.id and again.tables == row.tables  # the very same session and tables
    assert page.session_combo.currentData() == str(row.id) and grid.rowCount() == 3


# --------------------------------------------------------------------------- requests


def test_add_a_request_with_the_searchable_pickers_then_priority_and_remove_with_undo(
    qtbot: QtBot, db: Database, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, db, setup.mission)
    page.tabs.setCurrentIndex(2)
    assert page.add_request_action.isEnabled() and not page.remove_request_action.isEnabled()
    ines, lena = setup.name["ines"], setup.name["lena"]

    def ask(
        parent: QWidget,
        people: list[Participant],
        submit: request_dialog.Submit,
        requester: uuid.UUID | None = None,
    ) -> bool:
        dialog = RequestDialog(people, submit, requester, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        picker = dialog.requester
        edit = picker.lineEdit()
        assert edit is not None
        qtbot.keyClicks(edit, "gonc")  # no cedilla: Gonçalves all the same
        completer = picker.completer()
        assert completer is not None
        popup = completer.popup()
        assert popup.isVisible()
        model = popup.model()
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
            "Inês Gonçalves — Fotónica Lisboa Lda"
        ]
        qtbot.keyClick(popup, Qt.Key.Key_Down)  # the one match, highlighted
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert not popup.isVisible()
        assert edit.text() == "Inês Gonçalves — Fotónica Lisboa Lda"  # picked from the list
        assert picker.currentIndex() >= 0 and picker.people[picker.currentIndex()].name == ines
        target_edit = dialog.target.lineEdit()
        assert target_edit is not None
        qtbot.keyClicks(target_edit, "NORDOPT")  # the organisation, any case: the only match
        target = dialog.target.chosen()
        assert target is not None and target.name == lena
        dialog.priority.setCurrentIndex(dialog.priority.findData(1))
        ok_button(dialog).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(request_dialog, "ask_request", ask)
    page.add_request_action.trigger()

    added = requests_in_db(db, setup.mission)
    assert list(added) == [(ines, lena)] and added[(ines, lena)][1] == 1
    request_id = added[(ines, lena)][0]
    assert page.requests.rowCount() == 1
    assert [page.requests.index(0, c).data() for c in (0, 1, 2, 3, 4)] == [
        ines,
        "Fotónica Lisboa Lda",
        lena,
        "Nordoptik Oy",
        "1",
    ]

    # Priority ▸ 3 on the selected row.
    page.requests_view.selectRow(0)
    assert page.priority_menu.menuAction().isEnabled()
    page.priority_actions[2].trigger()
    assert requests_in_db(db, setup.mission) == {(ines, lena): (request_id, 3)}
    assert page.requests.index(0, 4).data() == "3"

    # Remove request.
    page.requests_view.selectRow(0)
    assert page.remove_request_action.isEnabled()
    page.remove_request_action.trigger()
    assert requests_in_db(db, setup.mission) == {} and page.requests.rowCount() == 0
    assert page.undo_stack.count() == 3

    page.undo_stack.undo()  # the removal: the same request, its priority 3
    assert requests_in_db(db, setup.mission) == {(ines, lena): (request_id, 3)}
    assert page.requests.rowCount() == 1
    page.undo_stack.undo()  # the priority
    assert requests_in_db(db, setup.mission) == {(ines, lena): (request_id, 1)}
    assert page.requests.index(0, 4).data() == "1"
    page.undo_stack.undo()  # the addition
    assert requests_in_db(db, setup.mission) == {} and page.requests.rowCount() == 0
    page.undo_stack.redo()
    assert requests_in_db(db, setup.mission) == {(ines, lena): (request_id, 1)}


def test_the_request_dialog_refuses_an_ambiguous_or_self_request(
    qtbot: QtBot, setup: Setup
) -> None:
    people = [Participant(setup.reg[k], setup.name[k], "") for k in setup.reg]
    made: list[tuple[uuid.UUID, uuid.UUID, int]] = []
    dialog = RequestDialog(people, lambda a, b, p: made.append((a, b, p)))
    qtbot.addWidget(dialog)
    dialog.show()
    requester_edit, target_edit = dialog.requester.lineEdit(), dialog.target.lineEdit()
    assert requester_edit is not None and target_edit is not None
    qtbot.keyClicks(requester_edit, "ar")  # Marc and Sam Carter: ambiguous
    dialog.accept()
    assert dialog.error.text() == "Pick who asks for the meeting from the list." and not made
    requester_edit.clear()
    qtbot.keyClicks(requester_edit, "dubois")
    qtbot.keyClicks(target_edit, "DUBOIS")
    dialog.accept()
    assert dialog.error.text() == "Nobody can ask to meet themselves." and not made
    target_edit.clear()
    qtbot.keyClicks(target_edit, "ines")  # Inês
    dialog.accept()
    assert made == [(setup.reg["marc"], setup.reg["ines"], 2)]
    assert dialog.result() == QDialog.DialogCode.Accepted


REQUESTS_CSV = """\
Demandeur;Souhaite rencontrer;Priorité;Nom du demandeur;Commentaire
{ines};{lena};1;Inês Gonçalves;Très intéressée par l’optique
{marc};{outsider};2;Marc Dubois;
{lena};{ines};;Lena Berg;réciproque
 {INES} ;{lena};1;Inês Gonçalves;envoyé deux fois
{marc};{sam};3;Marc Dubois;priorité revue à la baisse
"""


def test_import_requests_from_a_french_windows_1252_file_shows_rows_then_undo(
    qtbot: QtBot,
    db: Database,
    setup: Setup,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    marc, sam = setup.name["marc"], setup.name["sam"]
    ines, lena = setup.name["ines"], setup.name["lena"]
    with db.session() as session:
        existing = b2b.set_request(session, setup.mission, setup.reg["marc"], setup.reg["sam"], 1)
    text = REQUESTS_CSV.format(**setup.email, INES=setup.email["ines"].upper(), outsider=OUTSIDER)
    path = write_file(tmp_path, "demandes-rdv.csv", text, "cp1252")
    page = open_page(qtbot, db, setup.mission)

    def check(dialog: B2BImportDialog) -> None:
        assert dialog.error.isHidden()
        assert dialog.how.text() == (
            "demandes-rdv.csv: Windows-1252, semicolon-separated, 5 rows of data"
        )
        assert dialog.columns.text() == (
            "Columns: requester email ← “Demandeur”; target email ← “Souhaite rencontrer”; "
            "priority ← “Priorité”"
        )
        assert preview_rows(dialog) == [
            ("2", "new", f"{ines} → {lena}, priority 1"),
            ("3", "skipped", f"Souhaite rencontrer: {OUTSIDER} is not registered in this mission"),
            ("4", "new", f"{lena} → {ines}, priority 2"),
            ("5", "skipped", "Souhaite rencontrer: the same request as row 2"),
            ("6", "update", f"{marc} → {sam}: priority 1 → 3"),
        ]
        skipped = dialog.rows.item(1, 0).background()
        assert skipped.color().name() == VERDICT_COLOURS[Verdict.SKIPPED]
        assert dialog.counts.text().startswith("2 new, 1 to update, 0 unchanged, 2 skipped")
        assert dialog.import_button.text() == "Import 3 rows" and dialog.import_button.isEnabled()
        # Nothing written by the preview.
        assert requests_in_db(db, setup.mission) == {(marc, sam): (existing, 1)}

    shown = confirm_through(page, monkeypatch, path, check)
    messages: list[str] = []
    page.message.connect(messages.append)
    page.tabs.setCurrentIndex(2)
    page.import_requests_action.trigger()

    assert len(shown) == 1 and shown[0].imported is not None
    after = requests_in_db(db, setup.mission)
    assert {pair: priority for pair, (_id, priority) in after.items()} == {
        (ines, lena): 1,
        (lena, ines): 2,
        (marc, sam): 3,
    }
    assert after[(marc, sam)][0] == existing  # updated, not duplicated
    assert page.requests.rowCount() == 3
    mutual = {page.requests.index(r, 0).data(): page.requests.index(r, 5).data() for r in range(3)}
    assert mutual == {ines: "yes", lena: "yes", marc: ""}
    assert messages and messages[-1].startswith("demandes-rdv.csv: ")

    page.undo_stack.undo()  # exactly the imported requests go, the old priority comes back
    assert requests_in_db(db, setup.mission) == {(marc, sam): (existing, 1)}
    assert page.requests.rowCount() == 1
    page.undo_stack.redo()
    redone = requests_in_db(db, setup.mission)
    assert {pair: priority for pair, (_id, priority) in redone.items()} == {
        (ines, lena): 1,
        (lena, ines): 2,
        (marc, sam): 3,
    }
    page.undo_stack.undo()
    assert requests_in_db(db, setup.mission) == {(marc, sam): (existing, 1)}


def test_a_file_without_the_needed_columns_is_refused_in_the_preview(
    qtbot: QtBot,
    db: Database,
    setup: Setup,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    file_dialogs: FileDialogs,
) -> None:
    path = write_file(tmp_path, "contacts.csv", "Nom;Société\nInês Gonçalves;Fotónica\n", "cp1252")
    page = open_page(qtbot, db, setup.mission)
    shown: list[B2BImportDialog] = []

    def confirm(dialog: B2BImportDialog) -> bool:
        shown.append(dialog)
        dialog.show()
        assert not dialog.error.isHidden() and not dialog.import_button.isEnabled()
        assert dialog.error.text() == (
            "contacts.csv: no column for requester_email, target_email (the meeting requests "
            "file needs requester_email, target_email); its columns are 'Nom', 'Société'."
        )
        assert dialog.rows.rowCount() == 0
        dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    file_dialogs.answer(path)
    monkeypatch.setattr(page, "_confirm_import", confirm)
    page.import_requests_action.trigger()
    assert len(shown) == 1 and shown[0].imported is None
    assert requests_in_db(db, setup.mission) == {} and page.undo_stack.count() == 0


# --------------------------------------------------------------------------- availability

AVAILABILITY_CSV = """\
Adresse e-mail,Début,Fin
{lena},27/01/2027 14:00,27/01/2027 15:00
{outsider},27/01/2027 09:00,27/01/2027 12:00
"""


def test_import_availability_greys_the_slots_outside_and_toggle_a_session_with_undo(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    setup: Setup,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    add_short_session(db, setup.mission)
    lena_id = setup.reg["lena"]
    path = write_file(
        tmp_path,
        "disponibilités.csv",
        AVAILABILITY_CSV.format(lena=setup.email["lena"], outsider=OUTSIDER),
        "utf-8-sig",
    )
    page = open_page(qtbot, db, setup.mission)

    def check(dialog: B2BImportDialog) -> None:
        assert dialog.windowTitle() == "Import availability — disponibilités.csv"
        assert preview_rows(dialog) == [
            ("2", "new", "Lena Berg: Wed 27 Jan 14:00–15:00 PST"),
            ("3", "skipped", f"Adresse e-mail: {OUTSIDER} is not registered in this mission"),
        ]
        assert dialog.import_button.text() == "Import 1 row"

    confirm_through(page, monkeypatch, path, check)
    page.tabs.setCurrentIndex(1)
    page.import_availability_action.trigger()
    assert windows_in_db(db, setup.mission) == {lena_id: [(utc(14), utc(15))]}

    people = page.people
    qtmodeltester.check(people)
    row, other = people.row_of(lena_id), people.row_of(setup.reg["ines"])
    assert people.columnCount() == 3  # 13:30–13:50, 13:55–14:15, 14:20–14:40

    def greyed(r: int) -> list[bool]:
        found = []
        for column in range(3):
            brush = people.index(r, column).data(Qt.ItemDataRole.BackgroundRole)
            if brush is not None:
                assert isinstance(brush, QBrush)
                assert brush.color().name() == UNAVAILABLE_COLOUR
            found.append(brush is not None)
        return found

    # A slot counts only whole inside the window: 13:55–14:15 is not.
    assert greyed(row) == [True, True, False] and greyed(other) == [False, False, False]
    assert "Not available" in people.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)

    # "Not available this session" on a slot of Lena's row.
    page.people_view.setCurrentIndex(people.index(row, 2))
    action = page.unavailable_action
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    [(marker_start, marker_end)] = windows_in_db(db, setup.mission)[lena_id]
    assert marker_end == utc(13, 30) and (marker_end - marker_start).total_seconds() == 60
    assert greyed(people.row_of(lena_id)) == [True, True, True]
    page.people_view.setCurrentIndex(people.index(people.row_of(lena_id), 0))
    assert action.isEnabled() and action.isChecked()
    qtmodeltester.check(people)

    page.undo_stack.undo()  # the toggle
    assert windows_in_db(db, setup.mission) == {lena_id: [(utc(14), utc(15))]}
    assert greyed(people.row_of(lena_id)) == [True, True, False]
    page.undo_stack.undo()  # the import
    assert windows_in_db(db, setup.mission) == {}
    assert greyed(people.row_of(lena_id)) == [False, False, False]


def test_edit_availability_in_the_dialog_then_undo(
    qtbot: QtBot, db: Database, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_short_session(db, setup.mission)
    marc_id = setup.reg["marc"]
    page = open_page(qtbot, db, setup.mission)
    page.tabs.setCurrentIndex(1)
    shown: list[AvailabilityDialog] = []

    def ask(
        parent: QWidget, name: str, zone: str, first: date, last: date,
        sessions: list[b2b.SessionRow], windows: list[b2b.Window],
    ) -> list[b2b.Window] | None:  # fmt: skip
        dialog = AvailabilityDialog(name, zone, first, last, sessions, windows, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.show()
        assert dialog.window_list.item(0).text() == "No window: available during every session."
        assert dialog.session_list.item(0).checkState() == Qt.CheckState.Checked
        dialog.day.setCurrentIndex(dialog.day.findData(DAY.isoformat()))
        dialog.start.setTime(QTime(13, 30))
        dialog.end.setTime(QTime(14, 20))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.error.isHidden()
        assert dialog.window_list.item(0).text() == "Wed 27 Jan 2027  13:30–14:20 PST"
        ok_button(dialog).click()
        if dialog.result() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_windows()

    monkeypatch.setattr(availability_dialog, "ask_availability", ask)
    page.people_view.setCurrentIndex(page.people.index(page.people.row_of(marc_id), 0))
    assert page.availability_action.isEnabled()
    page.availability_action.trigger()

    assert len(shown) == 1 and shown[0].windowTitle() == "Availability — Marc Dubois"
    assert windows_in_db(db, setup.mission) == {marc_id: [(utc(13, 30), utc(14, 20))]}
    row = page.people.row_of(marc_id)
    brushes = [page.people.index(row, c).data(Qt.ItemDataRole.BackgroundRole) for c in range(3)]
    assert [b is not None for b in brushes] == [False, False, True]  # 13:30–14:20
    page.undo_stack.undo()
    assert windows_in_db(db, setup.mission) == {}


# --------------------------------------------------------------------------- unscheduled


def test_the_unscheduled_tab_is_computed_from_the_data_after_a_restart(
    qtbot: QtBot, db: Database, db_path: Path, setup: Setup
) -> None:
    add_short_session(db, setup.mission)
    with db.session() as session:
        b2b.set_request(session, setup.mission, setup.reg["ines"], setup.reg["lena"], 1)
        b2b.set_request(session, setup.mission, setup.reg["marc"], setup.reg["sam"], 2)
    restarted = open_database(db_path)  # a new start of the app on the same file
    try:
        page = open_page(qtbot, restarted, setup.mission)
        assert page.unscheduled_stack.currentWidget() is page.unscheduled
        assert page.tabs.tabText(3) == "&Unscheduled (2)"
        rows = {
            (page.unscheduled.item(r, 0).text(), page.unscheduled.item(r, 1).text()): (
                page.unscheduled.item(r, 2).text()
            )
            for r in range(page.unscheduled.rowCount())
        }
        assert set(rows) == {
            (setup.name["ines"], setup.name["lena"]),
            (setup.name["marc"], setup.name["sam"]),
        }
        assert all(reason for reason in rows.values())
        assert "2 requested pairs without a meeting" in page.summary.text()

        report = schedule_mission(restarted.sessions, setup.mission, time_limit=5, method="greedy")
        assert report.scheduled == 2
        page.refresh()
        assert page.unscheduled_stack.currentWidget() is page.all_scheduled
        assert page.all_scheduled.text() == "All 2 requested meetings are scheduled."
        assert page.tabs.tabText(3) == "&Unscheduled"

        again = open_page(qtbot, restarted, setup.mission)  # and after another restart
        assert again.unscheduled.rowCount() == 0
        assert again.all_scheduled.text() == "All 2 requested meetings are scheduled."
    finally:
        restarted.dispose()


def test_requests_of_a_mission_without_a_session_say_so(
    qtbot: QtBot, db: Database, setup: Setup
) -> None:
    with db.session() as session:
        other = create_mission(
            session, mission_data(code="TOR2027", name="EU–Canada matchmaking Toronto")
        )
        persons = [
            add_person(session, "Aino", "Mäkelä", "aino.makela@valokuitu.example"),
            add_person(session, "Élodie", "Marchand", "elodie.marchand@photonord.example"),
        ]
        a, b = register_people(session, other, [p.id for p in persons]).registered
        b2b.set_request(session, other, a, b, 1)
    page = open_page(qtbot, db, other)
    assert page.session_combo.count() == 0
    assert page.unscheduled.rowCount() == 1
    assert [page.unscheduled.item(0, c).text() for c in range(3)] == [
        "Aino Mäkelä",
        "Élodie Marchand",
        NO_SESSION_YET,
    ]
    assert NO_SESSION_YET == "no B2B session yet"
    assert page.tabs.tabText(3) == "&Unscheduled (1)"
    page.show_mission(setup.mission)  # no request there at all
    assert page.unscheduled_stack.currentWidget() is page.all_scheduled
    assert page.all_scheduled.text() == "No meeting has been requested yet."


# --------------------------------------------------------------------------- the grid


def test_the_grid_shows_organisations_a_drawn_padlock_the_zone_and_a_legend(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, setup: Setup
) -> None:
    session_id = add_short_session(db, setup.mission)
    with db.session() as session:
        [row] = b2b.list_sessions(session, setup.mission)
        table_1, table_2 = row.tables[0][0], row.tables[1][0]
        locked = b2b.create_meeting(
            session,
            setup.mission,
            b2b.MeetingPlace(session_id, 1, table_2),
            [setup.reg["ines"], setup.reg["lena"]],
            locked=True,
        )
        free = b2b.create_meeting(
            session,
            setup.mission,
            b2b.MeetingPlace(session_id, 0, table_1),
            [setup.reg["marc"], setup.reg["sam"]],
            locked=False,
        )
    page = open_page(qtbot, db, setup.mission)
    grid = page.grid
    qtmodeltester.check(grid)
    cell = grid.index_of(locked)
    assert (cell.row(), cell.column()) == (1, 1)
    text = cell.data()
    assert text == "Inês Gonçalves\nFotónica Lisboa Lda\nLena Berg\nNordoptik Oy"
    assert "🔒" not in text
    icon = cell.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == LOCKED_COLOUR
    assert "locked" in cell.data(Qt.ItemDataRole.ToolTipRole)
    unlocked = grid.index_of(free)
    assert unlocked.data(Qt.ItemDataRole.DecorationRole) is None
    assert unlocked.data() == "Marc Dubois\nLasertec Aquitaine\nSam Carter\nBay Photonics Inc."
    headers = [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(grid.columnCount())]
    assert headers == ["13:30–13:50\nPST", "13:55–14:15\nPST", "14:20–14:40\nPST"]
    assert grid.headerData(0, Qt.Orientation.Vertical) == "Table 1"
    legend = page.findChild(QLabel, "grid-legend")
    assert legend is not None and legend.isVisible()
    assert "Locked (the scheduler leaves it)" in legend.text()
    assert "Not available" in legend.text()
    # People × slots: the same meeting from each side, the organisation under each name.
    people = page.people
    qtmodeltester.check(people)
    ines_row = people.row_of(setup.reg["ines"])
    assert people.headerData(ines_row, Qt.Orientation.Vertical) == (
        "Inês Gonçalves\nFotónica Lisboa Lda"
    )
    assert people.headerData(0, Qt.Orientation.Horizontal) == "Wed 13:30\nPST"
    assert people.index(ines_row, 1).data() == "Lena Berg · Nordoptik Oy\nTable 2"
    icon = people.index(ines_row, 1).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()


# --------------------------------------------------------------------------- bugs found here
# Each was reported by a failing test first; the tests stay as regression guards.


def test_the_chosen_slot_stays_chosen_after_a_toggle(
    qtbot: QtBot, db: Database, setup: Setup
) -> None:
    add_short_session(db, setup.mission)
    page = open_page(qtbot, db, setup.mission)
    page.tabs.setCurrentIndex(1)
    row = page.people.row_of(setup.reg["lena"])
    page.people_view.setCurrentIndex(page.people.index(row, 2))
    page.unavailable_action.trigger()
    assert page.people_view.currentIndex().row() == row
    assert page.unavailable_action.isEnabled() and page.unavailable_action.isChecked()


def test_the_selected_requests_stay_selected_after_a_priority_change(
    qtbot: QtBot, db: Database, setup: Setup
) -> None:
    with db.session() as session:
        b2b.set_request(session, setup.mission, setup.reg["ines"], setup.reg["lena"], 1)
    page = open_page(qtbot, db, setup.mission)
    page.tabs.setCurrentIndex(2)
    page.requests_view.selectRow(0)
    page.priority_actions[2].trigger()
    assert [r.priority for r in page.selected_requests()] == [3]
    assert page.remove_request_action.isEnabled()


def test_a_request_that_fits_now_does_not_say_it_gave_way(
    qtbot: QtBot, db: Database, setup: Setup
) -> None:
    add_short_session(db, setup.mission)
    with db.session() as session:
        b2b.set_request(session, setup.mission, setup.reg["ines"], setup.reg["lena"], 1)
    page = open_page(qtbot, db, setup.mission)
    assert page.unscheduled.rowCount() == 1
    assert page.unscheduled.item(0, 2).text() == "fits now: run the scheduler or fit it in"


def test_the_requests_are_listed_from_a_to_z(qtbot: QtBot, db: Database, setup: Setup) -> None:
    with db.session() as session:
        for a, b in (("ines", "lena"), ("lena", "marc"), ("marc", "sam")):
            b2b.set_request(session, setup.mission, setup.reg[a], setup.reg[b], 2)
    page = open_page(qtbot, db, setup.mission)
    shown = [page.requests.index(r, 0).data() for r in range(page.requests.rowCount())]
    assert shown == [setup.name["ines"], setup.name["lena"], setup.name["marc"]]
