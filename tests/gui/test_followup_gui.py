"""The follow-up log through its real widgets, on a copy of the demo (its Porto workshop has
follow-ups, its Photonics West 2027 is scheduled): record, edit, done, delete with undo and
redo; overdue rows stand out on a fixed day; "my open actions"; search; a refused form stays
open; the log exported and read back."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QBrush, QFont, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus
from pimap_desktop.domain.models import FollowUp, Meeting, Mission, Organisation, Person
from pimap_desktop.gui.followup import followup_page
from pimap_desktop.gui.followup.followup_dialog import FollowUpDialog, SearchableChoice
from pimap_desktop.gui.followup.followup_page import DONE, DUE, MISSION, FollowUpPage
from pimap_desktop.gui.models import ROW_ROLE
from pimap_desktop.gui.widgets import CSV_COMMAS, select_value
from pimap_desktop.services.followup.followup import (
    FOLLOWUP_COLUMNS,
    FollowUpData,
    FollowUpRow,
    create_followup,
)
from pimap_desktop.store.database import Database, open_database
from tests.gui.file_dialogs import FileDialogs
from tests.printing_fixtures import PrintableMission

TODAY = date(2026, 11, 20)  # the Porto workshop (14 Oct 2026) has follow-ups due around it
WORKSHOP = "WS-PT-2026"
WAIT_MS = 30_000


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


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(followup_page, "today", lambda: TODAY)


@pytest.fixture
def demo(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def page(qtbot: QtBot, demo: Database, stack: QUndoStack, settings: QSettings) -> FollowUpPage:
    made = FollowUpPage(demo, stack, settings)
    qtbot.addWidget(made)
    made.resize(1400, 800)
    made.show()
    return made


# ---------------------------------------------------------------------------------------------
# What the database says, read here independently of the page and the service


def mission_id_of(db: Database, code: str) -> uuid.UUID:
    with db.session() as session:
        found = session.scalar(select(Mission.id).where(Mission.code == code))
    assert found is not None
    return found


def stored(db: Database, mission_id: uuid.UUID | None = None) -> list[FollowUp]:
    with db.session() as session:
        query = select(FollowUp)
        if mission_id is not None:
            query = query.where(FollowUp.mission_id == mission_id)
        return list(session.scalars(query))


def columns_of(db: Database, followup_id: uuid.UUID) -> dict[str, Any] | None:
    """Every column of a follow-up but the version and who changed it last (they move on with
    every change, an undo too)."""
    table = FollowUp.__table__
    with db.session() as session:
        row = session.execute(select(table).where(table.c.id == followup_id)).mappings().first()
    if row is None:
        return None
    return {k: v for k, v in row.items() if k not in ("version", "updated_by")}


def overdue(f: FollowUp) -> bool:
    return not f.done and f.due_date is not None and f.due_date < TODAY


def shown(page: FollowUpPage) -> list[FollowUpRow]:
    return page.model.shown_rows()


def select_followups(page: FollowUpPage, ids: list[uuid.UUID]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        index = page.model.index(row, 0)
        if index.data(ROW_ROLE).id in ids:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    assert len(page.selected_ids()) == len(ids)


def open_dialog(page: FollowUpPage, action: str) -> FollowUpDialog:
    getattr(page, action).trigger()
    dialog = page.dialog
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    return dialog


def type_choice(qtbot: QtBot, choice: SearchableChoice, text: str) -> None:
    """Type into a searchable list (QTest types ASCII only: the rest is inserted)."""
    edit = choice.line_edit()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def type_search(qtbot: QtBot, page: FollowUpPage, text: str) -> None:
    page.search.clear()
    if text.isascii():
        qtbot.keyClicks(page.search, text)
    else:
        page.search.insert(text)  # QTest types ASCII only


def save(dialog: FollowUpDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def an_organisation(db: Database, name_part: str) -> Organisation:
    with db.session() as session:
        found = session.scalars(
            select(Organisation).where(Organisation.name.contains(name_part))
        ).first()
    assert found is not None
    return found


# ---------------------------------------------------------------------------------------------


def test_overdue_rows_are_red_bold_and_tinted_on_the_day_given(
    qtmodeltester: ModelTester, page: FollowUpPage, demo: Database
) -> None:
    workshop = mission_id_of(demo, WORKSHOP)
    page.set_mission(workshop)
    expected = stored(demo, workshop)
    assert len(expected) >= 3 and any(overdue(f) for f in expected)
    assert any(not overdue(f) and not f.done for f in expected)
    assert {r.id for r in shown(page)} == {f.id for f in expected}
    assert page.table.isColumnHidden(MISSION)
    qtmodeltester.check(page.model)
    late = {f.id for f in expected if overdue(f)}
    for row in range(page.model.rowCount()):
        due = page.model.index(row, DUE)
        followup = due.data(ROW_ROLE)
        ink = due.data(Qt.ItemDataRole.ForegroundRole)
        font = due.data(Qt.ItemDataRole.FontRole)
        tint = page.model.index(row, 5).data(Qt.ItemDataRole.BackgroundRole)
        if followup.id in late:
            assert isinstance(ink, QBrush) and ink.color().name() == "#b91c1c"
            assert isinstance(font, QFont) and font.bold()
            assert isinstance(tint, QBrush) and tint.color().red() > tint.color().green()
            assert due.data().endswith("overdue")
        else:
            assert ink is None and font is None and tint is None
    # Overdue first (the log's order), and the count says how many.
    flags = [r.id in late for r in shown(page)]
    assert flags == sorted(flags, reverse=True)
    assert f"{len(late)} overdue" in page.count_label.text()
    page.set_filter("overdue")
    assert {r.id for r in shown(page)} == late
    page.set_mission(None)
    assert not page.table.isColumnHidden(MISSION)
    assert page.model.total() == len(stored(demo))


def test_record_a_contact_without_a_meeting_then_undo_and_redo(
    qtbot: QtBot, page: FollowUpPage, demo: Database, stack: QUndoStack, printable: PrintableMission
) -> None:
    page.set_mission(printable.mission_id)
    before = {f.id for f in stored(demo)}
    organisation = an_organisation(demo, "Ørsted Optik")
    dialog = open_dialog(page, "new_action")
    assert dialog.mission.currentData() == str(printable.mission_id)
    type_choice(qtbot, dialog.organisation, f"{organisation.name} ({organisation.country})")
    select_value(dialog.outcome, FollowUpOutcome.PROPOSAL_SENT)
    qtbot.keyClicks(dialog.notes, "Ultrasonic welding of fibre housings")
    qtbot.keyClicks(dialog.next_action, "Send the quotation for 500 units")
    dialog.no_due.setChecked(False)
    dialog.due.setDate(dialog.due.date().addDays(3))
    save(dialog)
    assert not dialog.isVisible()
    [new] = [f for f in stored(demo) if f.id not in before]
    assert (new.mission_id, new.meeting_id, new.organisation_id) == (
        printable.mission_id,
        None,
        organisation.id,
    )
    assert (new.outcome, new.next_action) == (
        FollowUpOutcome.PROPOSAL_SENT,
        "Send the quotation for 500 units",
    )
    assert new.due_date == date(2026, 12, 4 + 3) and not new.done
    assert page.selected_ids() == [new.id]
    recorded = columns_of(demo, new.id)
    stack.undo()
    assert columns_of(demo, new.id) is None
    assert new.id not in {r.id for r in page.model.rows()}
    stack.redo()
    assert columns_of(demo, new.id) == recorded  # the same row: id, times and all
    assert page.selected_ids() == [new.id]


def test_a_followup_for_a_meeting_is_with_its_counterpart(
    qtbot: QtBot, page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    page.set_mission(printable.mission_id)
    dialog = open_dialog(page, "new_action")
    labels = dialog.meeting.labels()
    assert labels, "the scheduled mission offers its meetings"
    # The meeting of the two people with hard names, added by the printing fixture.
    index = next(i for i, label in enumerate(labels) if "Łukasz" in label)
    meeting_id = dialog.meeting.ids()[index]
    type_choice(qtbot, dialog.meeting, labels[index])
    select_value(dialog.outcome, FollowUpOutcome.INFORMATION_EXCHANGED)
    save(dialog)
    assert not dialog.isVisible()
    [new] = [f for f in stored(demo) if f.meeting_id == meeting_id]
    with demo.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        people = {r.person_id for r in meeting.participants}
        contact = session.get(Person, new.contact_id)
    assert contact is not None and contact.id in people
    assert new.organisation_id == contact.organisation_id
    [row] = [r for r in shown(page) if r.id == new.id]
    assert row.meeting and row.organisation_b


def test_a_contact_without_meeting_or_organisation_is_refused_at_the_field(
    qtbot: QtBot, page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    page.set_mission(printable.mission_id)
    count = len(stored(demo))
    dialog = open_dialog(page, "new_action")
    save(dialog)
    assert dialog.isVisible()
    assert "outcome" in dialog.field_errors["outcome"].text()
    select_value(dialog.outcome, FollowUpOutcome.NO_INTEREST)
    save(dialog)
    message = dialog.field_errors["organisation"]
    assert dialog.isVisible() and message.isVisible()
    assert "needs an organisation or a contact" in message.text()
    assert not dialog.field_errors["outcome"].isVisible()
    type_choice(qtbot, dialog.organisation, "Nonexistent Widgets Ltd")
    save(dialog)
    assert "There is no organisation" in message.text() and dialog.isVisible()
    assert len(stored(demo)) == count
    dialog.reject()


def test_edit_then_undo_puts_every_value_back(
    qtbot: QtBot, page: FollowUpPage, demo: Database, stack: QUndoStack
) -> None:
    workshop = mission_id_of(demo, WORKSHOP)
    page.set_mission(workshop)
    target = next(f for f in stored(demo, workshop) if f.done and f.done_at is not None)
    before = columns_of(demo, target.id)
    assert before is not None
    select_followups(page, [target.id])
    dialog = open_dialog(page, "edit_action")
    assert dialog.done_check.isChecked()
    assert dialog.outcome.currentData() == target.outcome.value
    select_value(dialog.outcome, FollowUpOutcome.AGREEMENT_SIGNED)
    dialog.next_action.clear()
    qtbot.keyClicks(dialog.next_action, "Announce the agreement at the board")
    dialog.done_check.setChecked(False)
    save(dialog)
    after = columns_of(demo, target.id)
    assert after is not None
    assert (after["outcome"], after["next_action"], after["done"], after["done_at"]) == (
        FollowUpOutcome.AGREEMENT_SIGNED,
        "Announce the agreement at the board",
        False,
        None,
    )
    [row] = [r for r in shown(page) if r.id == target.id]
    assert row.outcome is FollowUpOutcome.AGREEMENT_SIGNED
    stack.undo()
    back = columns_of(demo, target.id)
    assert back is not None
    ignore = {"updated_at"}
    assert {k: v for k, v in back.items() if k not in ignore} == {
        k: v for k, v in before.items() if k not in ignore
    }
    stack.redo()
    again = columns_of(demo, target.id)
    assert again is not None
    assert {k: v for k, v in again.items() if k not in ignore} == {
        k: v for k, v in after.items() if k not in ignore
    }


def test_mark_done_with_ctrl_enter_then_undo_and_redo_keep_the_time(
    qtbot: QtBot, page: FollowUpPage, demo: Database, stack: QUndoStack
) -> None:
    workshop = mission_id_of(demo, WORKSHOP)
    page.set_mission(workshop)
    late = next(f for f in stored(demo, workshop) if overdue(f))
    select_followups(page, [late.id])
    assert page.done_action.text().replace("&", "") == "Mark done"
    page.window().activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    marked = columns_of(demo, late.id)
    assert marked is not None and marked["done"] and marked["done_at"] is not None
    [row] = [r for r in shown(page) if r.id == late.id]
    assert row.done and not row.overdue
    assert page.selected_ids() == [late.id]
    assert page.done_action.text().replace("&", "") == "Reopen"
    index = next(
        page.model.index(i, DONE)
        for i in range(page.model.rowCount())
        if page.model.index(i, 0).data(ROW_ROLE).id == late.id
    )
    assert index.data() == "✓"
    stack.undo()
    reopened = columns_of(demo, late.id)
    assert reopened is not None and not reopened["done"] and reopened["done_at"] is None
    stack.redo()
    again = columns_of(demo, late.id)
    assert again is not None
    assert {**again, "updated_at": None} == {**marked, "updated_at": None}  # done_at kept


def test_delete_then_undo_gives_back_the_same_row(
    qtbot: QtBot, page: FollowUpPage, demo: Database, stack: QUndoStack
) -> None:
    workshop = mission_id_of(demo, WORKSHOP)
    page.set_mission(workshop)
    target = stored(demo, workshop)[0]
    before = columns_of(demo, target.id)
    select_followups(page, [target.id])
    page.window().activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert columns_of(demo, target.id) is None
    assert target.id not in {r.id for r in page.model.rows()}
    stack.undo()
    assert columns_of(demo, target.id) == before
    assert page.selected_ids() == [target.id]
    stack.redo()
    assert columns_of(demo, target.id) is None


def test_my_open_actions_are_the_open_ones_i_own_and_i_am_remembered(
    qtbot: QtBot, page: FollowUpPage, demo: Database, stack: QUndoStack, settings: QSettings
) -> None:
    everything = stored(demo)
    open_owners = {f.owner_id for f in everything if f.owner_id is not None and not f.done}
    done_owners = {f.owner_id for f in everything if f.done}
    # Someone with open and done follow-ups, if there is: the done ones must not show.
    me = sorted(open_owners & done_owners or open_owners, key=str)[0]
    assert me is not None
    page.set_filter("mine")
    assert shown(page) == []
    assert "choose who you are" in page.count_label.text()
    page.me_combo.setCurrentIndex(page.me_combo.findData(str(me)))
    mine = {f.id for f in everything if f.owner_id == me and not f.done}
    assert mine and {r.id for r in shown(page)} == mine
    assert settings.value(followup_page.SETTINGS_ME) == str(me)
    again = FollowUpPage(demo, stack, settings)
    qtbot.addWidget(again)
    assert again.me() == me
    page.set_filter("open")
    assert {r.id for r in shown(page)} == {f.id for f in everything if not f.done}


def test_search_as_you_type_over_organisations_contacts_notes_and_owners(
    qtbot: QtBot, page: FollowUpPage, demo: Database
) -> None:
    workshop = mission_id_of(demo, WORKSHOP)
    page.set_mission(workshop)
    target = next(f for f in stored(demo, workshop) if "February" in f.next_action)
    with demo.session() as session:
        contact = session.get(Person, target.contact_id)
        owner = session.get(Person, target.owner_id)
        organisation = session.get(Organisation, target.organisation_id)
    assert contact is not None and owner is not None and organisation is not None
    type_search(qtbot, page, contact.last_name)
    assert target.id in {r.id for r in shown(page)}
    assert len(shown(page)) < page.model.total()
    words = contact.last_name.casefold().split()  # each word typed is looked for
    assert all(
        word in f"{r.contact} {r.owner} {r.organisation_a} {r.organisation_b}".casefold()
        for r in shown(page)
        for word in words
    )
    type_search(qtbot, page, organisation.name.split()[0].lower())
    assert target.id in {r.id for r in shown(page)}
    type_search(qtbot, page, f"{owner.last_name} february")
    expected = {
        f.id
        for f in stored(demo, workshop)
        if f.owner_id == owner.id and "february" in f.next_action.casefold()
    }
    assert {r.id for r in shown(page)} == expected == {target.id}
    type_search(qtbot, page, "session notes")  # in the notes only
    assert {r.id for r in shown(page)} == {
        f.id for f in stored(demo, workshop) if "session notes" in f.notes
    }
    type_search(qtbot, page, "zzqx")
    assert shown(page) == [] and "0 shown of" in page.count_label.text()


def test_export_writes_the_log_shown_as_csv(
    qtbot: QtBot,
    page: FollowUpPage,
    demo: Database,
    tmp_path: Path,
    file_dialogs: FileDialogs,
) -> None:
    workshop = mission_id_of(demo, WORKSHOP)
    page.set_mission(workshop)
    out = tmp_path / "porto-followups.csv"
    file_dialogs.answer(out, chosen_filter=CSV_COMMAS)
    with qtbot.waitSignal(page.message, timeout=WAIT_MS, check_params_cb=lambda t: "written" in t):
        page.export_action.trigger()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=WAIT_MS)
    assert file_dialogs.asked[0].start.endswith(f"{WORKSHOP}-followups.xlsx")
    assert file_dialogs.asked[0].filters.split(";;")[0::3] == [
        "Excel workbook (*.xlsx)",
        "PDF (*.pdf)",
    ]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 that Windows Excel reads
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = stored(demo, workshop)
    assert len(rows) == len(expected)
    assert list(rows[0]) == list(FOLLOWUP_COLUMNS)
    assert {r["Mission"] for r in rows} == {WORKSHOP}
    assert sorted(r["Next action"] for r in rows) == sorted(f.next_action for f in expected)
    assert sum(r["Done"] == "yes" for r in rows) == sum(f.done for f in expected)


def test_cancelled_meetings_are_not_offered(
    page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    with demo.session() as session:
        meetings = session.execute(
            select(Meeting.id, Meeting.status).where(Meeting.mission_id == printable.mission_id)
        ).all()
    page.set_mission(printable.mission_id)
    dialog = open_dialog(page, "new_action")
    offered = set(dialog.meeting.ids())
    assert offered == {m.id for m in meetings if m.status is not MeetingStatus.CANCELLED}
    dialog.reject()


def test_contacts_follow_the_organisation_and_a_contact_brings_theirs(
    qtbot: QtBot, page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    with demo.session() as session:
        people = list(session.scalars(select(Person).where(Person.organisation_id.is_not(None))))
    everyone = len(people)
    page.set_mission(printable.mission_id)
    dialog = open_dialog(page, "new_action")
    assert len(dialog.contact.ids()) >= everyone
    organisation = an_organisation(demo, "Ørsted Optik")
    staff = {p.id for p in people if p.organisation_id == organisation.id}
    assert len(staff) == 3  # the printing fixture's people with hard names
    dialog.organisation.select(organisation.id)
    assert set(dialog.contact.ids()) == staff
    other = an_organisation(demo, "Lumiphos")  # typed in full rather than picked
    type_choice(qtbot, dialog.organisation, f"{other.name} ({other.country})")
    theirs = {p.id for p in people if p.organisation_id == other.id}
    assert theirs and set(dialog.contact.ids()) == theirs
    dialog.organisation.line_edit().clear()
    assert len(dialog.contact.ids()) >= everyone  # everyone again once it is cleared
    someone = next(p for p in people if p.organisation_id != organisation.id)
    dialog.contact.select(someone.id)
    assert dialog.organisation.current() == someone.organisation_id
    assert dialog.contact.current() == someone.id
    dialog.reject()


def test_a_page_opened_for_a_meeting_offers_it_chosen(
    page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    with demo.session() as session:
        meeting_id = session.scalars(
            select(Meeting.id).where(
                Meeting.mission_id == printable.mission_id,
                Meeting.status != MeetingStatus.CANCELLED,
            )
        ).first()
    assert meeting_id is not None
    page.new_followup(printable.mission_id, meeting_id)
    dialog = page.dialog
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.meeting.current() == meeting_id
    assert "counterpart" in dialog.hint.text()
    dialog.reject()


def test_choosing_another_meeting_clears_the_counterpart_and_saves_the_new_one(
    qtbot: QtBot, page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    page.set_mission(printable.mission_id)
    dialog = open_dialog(page, "new_action")
    labels, ids = dialog.meeting.labels(), dialog.meeting.ids()
    first = next(i for i, label in enumerate(labels) if "Łukasz" in label)
    second = next(i for i, label in enumerate(labels) if i != first and " × " in label)
    type_choice(qtbot, dialog.meeting, labels[first])
    select_value(dialog.outcome, FollowUpOutcome.PROPOSAL_SENT)
    save(dialog)
    [followup] = [f for f in stored(demo) if f.meeting_id == ids[first]]
    assert followup.organisation_id is not None and followup.contact_id is not None
    select_followups(page, [followup.id])

    dialog = open_dialog(page, "edit_action")
    assert dialog.organisation.current() == followup.organisation_id
    assert dialog.contact.current() == followup.contact_id
    dialog.meeting.line_edit().clear()  # no meeting: the contact met stays
    assert dialog.organisation.current() == followup.organisation_id
    type_choice(qtbot, dialog.meeting, labels[second])
    assert dialog.meeting.matching() == ids[second]
    assert (dialog.organisation.current(), dialog.contact.current()) == (None, None)
    assert dialog.organisation.combo.currentText() == dialog.contact.combo.currentText() == ""
    save(dialog)
    assert not dialog.isVisible()
    after = columns_of(demo, followup.id)
    assert after is not None and after["meeting_id"] == ids[second]
    with demo.session() as session:
        meeting = session.get(Meeting, ids[second])
        assert meeting is not None
        people = {r.person_id for r in meeting.participants}
        contact = session.get(Person, after["contact_id"])
    assert contact is not None and contact.id in people  # the new meeting's counterpart
    assert after["organisation_id"] == contact.organisation_id


def test_an_organisation_not_in_the_meeting_is_refused_at_the_field(
    qtbot: QtBot, page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    page.set_mission(printable.mission_id)
    count = len(stored(demo))
    dialog = open_dialog(page, "new_action")
    labels = dialog.meeting.labels()
    index = next(i for i, label in enumerate(labels) if "Łukasz" in label)
    type_choice(qtbot, dialog.meeting, labels[index])
    stranger = an_organisation(demo, "Lumiphos")
    type_choice(qtbot, dialog.organisation, f"{stranger.name} ({stranger.country})")
    select_value(dialog.outcome, FollowUpOutcome.NO_INTEREST)
    save(dialog)
    message = dialog.field_errors["organisation"]
    assert dialog.isVisible() and message.isVisible()
    assert "not in that meeting" in message.text()
    assert len(stored(demo)) == count
    dialog.reject()


def test_an_open_page_turns_items_overdue_when_the_day_changes_and_keeps_the_selection(
    page: FollowUpPage, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.set_mission(None)
    due_later = [f for f in stored(demo) if not f.done and f.due_date and f.due_date >= TODAY]
    assert due_later, "the demo has follow-ups due from today on"
    target = min(due_later, key=lambda f: (f.due_date, str(f.id)))
    select_followups(page, [target.id])
    assert page.day_timer.isActive() and page.day_timer.interval() <= 60_000
    resets: list[None] = []
    page.model.modelReset.connect(lambda: resets.append(None))

    page.day_timer.timeout.emit()  # a minute later, the same day
    assert resets == []

    assert target.due_date is not None
    next_day = date.fromordinal(target.due_date.toordinal() + 1)
    monkeypatch.setattr(followup_page, "today", lambda: next_day)
    page.day_timer.timeout.emit()  # past midnight
    assert len(resets) == 1 and page.day == next_day
    [row] = [r for r in shown(page) if r.id == target.id]
    assert row.overdue
    assert page.selected_ids() == [target.id]
    page.day_timer.timeout.emit()
    assert len(resets) == 1  # once per new day


def test_the_done_tooltip_gives_the_missions_day(
    page: FollowUpPage, demo: Database, printable: PrintableMission
) -> None:
    """Done at 03:30 UTC on 29 January: the evening of the 28th in San Francisco."""
    organisation = an_organisation(demo, "Ørsted Optik")
    with demo.session() as session:
        followup_id = create_followup(
            session,
            FollowUpData(
                outcome=FollowUpOutcome.PROPOSAL_SENT,
                organisation_id=organisation.id,
                mission_id=printable.mission_id,
                done=True,
                done_at=datetime(2027, 1, 29, 3, 30, tzinfo=UTC),
            ),
        )
    page.set_mission(printable.mission_id)
    page.refresh()
    index = next(
        page.model.index(i, DONE)
        for i in range(page.model.rowCount())
        if page.model.index(i, 0).data(ROW_ROLE).id == followup_id
    )
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Done on 28 Jan 2027"
