"""The on-site page through its real widgets, on the demo's Photonics West (scheduled): the
scanner flow typed key by key into the check-in field, names and e-mails with their matches,
walk-ins, counts per delegation, undo; anything a scanner types (long unknown codes at
1366 px, badges typed through a wrong keyboard layout), invited people asked about; and the
meetings of the B2B day (27 January 2027) marked, moved and followed up, with undo."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pimap_desktop.domain.enums import FollowUpOutcome, MeetingStatus, RegistrationStatus
from pimap_desktop.domain.models import FollowUp, Meeting, Mission, Person, Registration
from pimap_desktop.domain.rules import badge_payload
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.onsite import checkin_page
from pimap_desktop.gui.onsite.checkin_page import OnSitePage, bump
from pimap_desktop.gui.onsite.desk_widgets import ResultPanel, Shown
from pimap_desktop.gui.onsite.dialogs import MoveDialog, WalkInDialog
from pimap_desktop.gui.onsite.meetings_view import LATE_COLUMN
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.onsite import onsite
from pimap_desktop.services.onsite.keyboards import FRENCH, US, Mismatch
from pimap_desktop.services.onsite.onsite import DayMeeting, DelegationCount
from pimap_desktop.store.database import Database, open_database
from tests.printing_fixtures import PrintableMission

# 08:41 in San Francisco (PST, UTC-8) on the day of the B2B session; its meetings start 13:30.
AT_0841 = datetime(2027, 1, 27, 16, 41, tzinfo=UTC)
LATER = datetime(2027, 1, 27, 17, 5, tzinfo=UTC)
DURING_FIRST_SLOT = datetime(2027, 1, 27, 21, 35, tzinfo=UTC)  # 13:35 local
B2B_DAY = date(2027, 1, 27)


class Clock:
    """The page's clock, set by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


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
def printable_db(printing_db_path: object) -> Iterator[Database]:
    database = open_database(printing_db_path)  # type: ignore[arg-type]
    yield database
    database.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock(AT_0841)


@pytest.fixture
def page(
    qtbot: QtBot, printable_db: Database, printable: PrintableMission, clock: Clock
) -> OnSitePage:
    stack = QUndoStack()
    widget = OnSitePage(printable_db, stack, clock=clock)
    widget.confirm_guard_ms = 0  # the test's Enter comes at once (see the guard's own test)
    widget.undo_stack_keeper = stack  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.reload_missions()
    widget.show_mission(printable.mission_id)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


# --------------------------------------------------------------------------- helpers


def registrations(db: Database, code: str, status: RegistrationStatus) -> list[Registration]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Registration)
                .join(Mission, Mission.id == Registration.mission_id)
                .where(Mission.code == code, Registration.status == status)
                .order_by(Registration.id)
            )
        )


def registration(db: Database, registration_id: uuid.UUID) -> Registration:
    with db.session() as session:
        found = session.get(Registration, registration_id)
        assert found is not None
        return found


def name_of(db: Database, registration_id: uuid.UUID) -> str:
    with db.session() as session:
        found = session.get(Registration, registration_id)
        assert found is not None
        return found.person.full_name


def checked_in_total(db: Database) -> int:
    with db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Registration)
                .where(Registration.checked_in_at.is_not(None))
            )
            or 0
        )


def scan(qtbot: QtBot, page: OnSitePage, text: str) -> None:
    """What a USB scanner does: type the text key by key, then Enter."""
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def scan_and_admit(qtbot: QtBot, page: OnSitePage, text: str) -> None:
    """A scan, then Enter once more when the desk is asked to let someone in."""
    scan(qtbot, page, text)
    if page.pending is not None:
        qtbot.keyClick(page.field, Qt.Key.Key_Return)


def as_utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


# --------------------------------------------------------------------------- the scanner


def test_a_scanned_badge_checks_in_then_the_same_badge_says_already_naming_the_zone(
    qtbot: QtBot, page: OnSitePage, printable_db: Database, clock: Clock
) -> None:
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[0]
    name = name_of(printable_db, person.id)

    scan(qtbot, page, badge_payload("PW2027", person.id))

    assert as_utc(registration(printable_db, person.id).checked_in_at) == AT_0841
    assert page.panel.tone == "welcome"
    assert page.panel.text().splitlines()[:2] == ["Welcome", name]
    assert "Checked in at 08:41 PST." in page.panel.text()
    assert page.field.text() == ""
    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == f"Check in {name}"

    clock.now = LATER
    scan(qtbot, page, badge_payload("PW2027", person.id))

    assert page.panel.tone == "already"
    assert page.panel.text().splitlines()[:2] == ["Already checked in at 08:41 PST", name]
    assert as_utc(registration(printable_db, person.id).checked_in_at) == AT_0841
    assert page.undo_stack.count() == 1  # "already" changed nothing: nothing to undo
    assert page.field.text() == ""


def test_a_badge_of_another_mission_is_refused_and_changes_nothing(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    theirs = registrations(printable_db, "CAN2027", RegistrationStatus.CONFIRMED)[0]
    before = checked_in_total(printable_db)

    scan(qtbot, page, badge_payload("CAN2027", theirs.id))

    assert page.panel.tone == "refused"
    assert page.panel.text().splitlines()[0] == "Badge of another mission: CAN2027"
    assert "This badge is for CAN2027, not PW2027." in page.panel.text()
    assert checked_in_total(printable_db) == before
    assert registration(printable_db, theirs.id).checked_in_at is None
    assert page.undo_stack.count() == 0
    assert not page.reprint_action.isEnabled()  # not a person of this mission


def test_a_cancelled_registration_is_shown_in_red_and_not_checked_in(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    cancelled = registrations(printable_db, "PW2027", RegistrationStatus.CANCELLED)[0]

    scan(qtbot, page, badge_payload("PW2027", cancelled.id))

    assert page.panel.tone == "refused"
    assert page.panel.text().startswith("Registration cancelled")
    assert registration(printable_db, cancelled.id).checked_in_at is None


def test_a_damaged_code_is_an_unknown_code(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    before = checked_in_total(printable_db)
    scan(qtbot, page, "PIMAP1:PW2027:not-a-number")
    assert page.panel.tone == "refused"
    assert page.panel.text().startswith("Unknown code")
    assert checked_in_total(printable_db) == before
    assert page.field.text() == ""


def test_a_typed_email_and_enter_checks_in(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    person = registrations(printable_db, "PW2027", RegistrationStatus.REGISTERED)[0]
    with printable_db.session() as session:
        found = session.get(Registration, person.id)
        assert found is not None
        email, name = found.person.email, found.person.full_name
    assert email

    scan(qtbot, page, email.upper())

    checked = registration(printable_db, person.id)
    assert as_utc(checked.checked_in_at) == AT_0841
    assert checked.status is RegistrationStatus.CONFIRMED
    assert page.panel.text().splitlines()[:2] == ["Welcome", name]


def test_typing_part_of_a_name_shows_matches_and_enter_on_one_checks_it_in(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    page: OnSitePage,
    printable_db: Database,
    printable: PrintableMission,
) -> None:
    qtbot.keyClicks(page.field, "lukasz gon")  # no accents typed: Łukasz Gonçalves Väisänen
    assert page.matches_area.currentWidget() is page.matches_view
    assert [m.name for m in page.matches.rows()] == ["Łukasz Gonçalves Väisänen"]

    page.field.clear()
    first = shared_first_name(printable_db)
    qtbot.keyClicks(page.field, first[:3].lower())
    shown = page.matches.rows()
    assert len(shown) > 1
    assert all(first[:3].casefold() in _folded(m) for m in shown)
    qtmodeltester.check(page.matches)

    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    chosen = shown[1]
    qtbot.keyClick(page.field, Qt.Key.Key_Return)

    assert registration(printable_db, chosen.registration_id).checked_in_at is not None
    assert registration(printable_db, shown[0].registration_id).checked_in_at is None
    assert page.panel.text().splitlines()[:2] == ["Welcome", chosen.name]
    assert page.field.text() == ""
    assert page.matches_area.currentWidget() is page.matches_hint


def _folded(match: onsite.Match) -> str:
    import unicodedata

    text = f"{match.name} {match.organisation} {match.email}".casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def shared_first_name(db: Database) -> str:
    """A first name that several people of PW2027 (not cancelled) share."""
    with db.session() as session:
        first = session.scalar(
            select(Person.first_name)
            .join(Registration, Registration.person_id == Person.id)
            .join(Mission, Mission.id == Registration.mission_id)
            .where(Mission.code == "PW2027", Registration.status != RegistrationStatus.CANCELLED)
            .group_by(Person.first_name)
            .having(func.count() > 1)
            .order_by(Person.first_name)
        )
    assert first
    return first


def test_a_name_that_several_people_share_shows_them_and_checks_in_nobody(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    first = shared_first_name(printable_db)
    before = checked_in_total(printable_db)

    scan(qtbot, page, first)

    assert page.panel.text().startswith("Several people match")
    assert checked_in_total(printable_db) == before
    assert page.field.text() == first and page.field.selectedText() == first
    assert len(page.matches.rows()) > 1
    # A scan now replaces the selected text rather than adding to it.
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[1]
    scan(qtbot, page, badge_payload("PW2027", person.id))
    assert page.panel.tone == "welcome"


def test_double_click_on_a_match_checks_it_in(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    qtbot.keyClicks(page.field, shared_first_name(printable_db))
    chosen = page.matches.rows()[0]
    page.matches_view.doubleClicked.emit(page.matches.index(0, 0))
    assert registration(printable_db, chosen.registration_id).checked_in_at is not None


def test_part_of_a_name_and_enter_shows_the_one_match_and_down_enter_checks_in(
    qtbot: QtBot, page: OnSitePage, printable_db: Database, printable: PrintableMission
) -> None:
    before = checked_in_total(printable_db)

    scan(qtbot, page, "lukasz gon")  # the start of Łukasz Gonçalves Väisänen's name, and Enter

    assert checked_in_total(printable_db) == before
    assert page.panel.tone == "neutral"
    assert page.panel.text().splitlines()[0] == "Pick the person"
    assert [m.registration_id for m in page.matches.rows()] == [printable.hard["Œrsted"]]
    assert page.field.selectedText() == "lukasz gon"
    assert page.undo_stack.count() == 0

    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)

    assert registration(printable_db, printable.hard["Œrsted"]).checked_in_at is not None
    assert page.panel.text().splitlines()[:2] == ["Welcome", "Łukasz Gonçalves Väisänen"]


def test_the_whole_name_typed_without_accents_and_enter_checks_in(
    qtbot: QtBot, page: OnSitePage, printable_db: Database, printable: PrintableMission
) -> None:
    scan(qtbot, page, "Lukasz Goncalves Vaisanen")

    assert as_utc(registration(printable_db, printable.hard["Œrsted"]).checked_in_at) == AT_0841
    assert page.panel.tone == "welcome"


def test_a_scan_after_text_left_in_the_field_checks_in(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[5]
    qtbot.keyClicks(page.field, "Sop")  # typed, then the desk scanned a badge instead

    scan(qtbot, page, badge_payload("PW2027", person.id))

    assert page.panel.tone == "welcome"
    assert as_utc(registration(printable_db, person.id).checked_in_at) == AT_0841
    assert page.field.text() == ""


def test_undo_takes_the_check_in_back_with_the_status_and_redo_does_it_again(
    qtbot: QtBot, page: OnSitePage, printable_db: Database, clock: Clock
) -> None:
    waiting = registrations(printable_db, "PW2027", RegistrationStatus.WAITLISTED)[0]
    name = name_of(printable_db, waiting.id)
    total_before = page.counts.rows()[-1].count

    scan_and_admit(qtbot, page, badge_payload("PW2027", waiting.id))
    assert registration(printable_db, waiting.id).status is RegistrationStatus.CONFIRMED
    assert page.undo_stack.count() == 1  # confirmed and checked in: one step
    assert "Was on the waiting list: now confirmed." in page.panel.text()
    assert page.counts.rows()[-1].count.checked_in == total_before.checked_in + 1

    page.undo_stack.undo()  # Edit ▸ Undo

    undone = registration(printable_db, waiting.id)
    assert undone.checked_in_at is None
    assert undone.status is RegistrationStatus.WAITLISTED
    assert page.counts.rows()[-1].count == total_before
    assert page.panel.text().splitlines()[:2] == ["Check-in undone", name]
    assert page.index is not None
    match = page.index.get(waiting.id)
    assert match is not None and match.checked_in_local is None
    assert match.status is RegistrationStatus.WAITLISTED

    clock.now = LATER
    page.undo_stack.redo()
    assert as_utc(registration(printable_db, waiting.id).checked_in_at) == AT_0841  # not LATER
    assert page.counts.rows()[-1].count.checked_in == total_before.checked_in + 1


def test_ctrl_z_in_the_empty_field_undoes_the_check_in_but_undoes_typing_otherwise(
    qtbot: QtBot, printable_db: Database, printable: PrintableMission, clock: Clock
) -> None:
    window = QMainWindow()
    stack = QUndoStack(window)
    page = OnSitePage(printable_db, stack, clock=clock)
    window.setCentralWidget(page)
    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcut("Ctrl+Z")
    window.addAction(undo)
    qtbot.addWidget(window)
    page.reload_missions()
    page.show_mission(printable.mission_id)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: page.field.hasFocus())
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[2]
    scan(qtbot, page, badge_payload("PW2027", person.id))
    assert registration(printable_db, person.id).checked_in_at is not None

    qtbot.keyClicks(page.field, "abc")
    qtbot.keyClick(page.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert registration(printable_db, person.id).checked_in_at is not None  # typing undone

    page.field.clear()
    qtbot.keyClick(page.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert registration(printable_db, person.id).checked_in_at is None


# --------------------------------------------------------------------------- counts and focus


def test_counts_per_delegation_follow_each_check_in_and_match_a_fresh_count(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    page: OnSitePage,
    printable_db: Database,
    printable: PrintableMission,
) -> None:
    qtmodeltester.check(page.counts)
    hard = set(printable.hard.values())  # random ids: Long might sort among the first three
    confirmed = [
        r
        for r in registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)
        if r.id not in hard
    ]
    people = [
        *confirmed[:3],
        *registrations(printable_db, "PW2027", RegistrationStatus.INVITED)[:2],
        registration(printable_db, printable.hard["Long"]),  # in no delegation
    ]
    for person in people:
        scan_and_admit(qtbot, page, badge_payload("PW2027", person.id))
        assert page.panel.tone == "welcome"

    with printable_db.session() as session:
        fresh = onsite.check_in_counts(session, printable.mission_id)
    shown = page.counts.counts()
    assert [(c.delegation, c.checked_in, c.expected) for c in shown] == [
        (c.delegation, c.checked_in, c.expected) for c in fresh
    ]
    total = page.counts.rows()[-1]
    assert total.total and total.count.checked_in == len(people) == sum(c.checked_in for c in fresh)
    assert page.total_label.text().startswith(f"<b>{len(people)}</b> of")
    qtmodeltester.check(page.counts)


def test_a_scan_reads_neither_the_counts_nor_the_index_again(
    qtbot: QtBot, page: OnSitePage, printable_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What keeps the 300th check-in as quick as the first: the counts are bumped in memory
    and the search index is kept in step, not read again."""

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("read again on a scan")

    monkeypatch.setattr(checkin_page, "check_in_counts", refused)
    monkeypatch.setattr(checkin_page.CheckInIndex, "load", refused)
    people = registrations(printable_db, "PW2027", RegistrationStatus.INVITED)[:3]
    total = page.counts.rows()[-1].count
    for person in people:
        scan_and_admit(qtbot, page, badge_payload("PW2027", person.id))
        assert page.panel.tone == "welcome"
    assert page.counts.rows()[-1].count.checked_in == total.checked_in + 3
    index = page.index
    assert index is not None
    shown = [index.get(p.id) for p in people]
    assert all(m is not None and m.checked_in_local is not None for m in shown)


def test_bump_counts_a_no_show_let_in_as_expected_again() -> None:
    counts = [DelegationCount("A", 1, 4), DelegationCount("No delegation", 0, 2)]

    def welcome(delegation: str, previous: RegistrationStatus) -> onsite.CheckInResult:
        return onsite.CheckInResult(
            outcome=onsite.CheckInOutcome.WELCOME,
            registration_id=uuid.uuid4(),
            name="Ada Example",
            organisation="",
            delegation=delegation,
            role=None,
            checked_in_local=AT_0841,
            other_mission_code="",
            message="Welcome",
            previous_status=previous,
        )

    assert bump(counts, welcome("A", RegistrationStatus.REGISTERED)) == [
        DelegationCount("A", 2, 4),
        counts[1],
    ]
    assert bump(counts, welcome("", RegistrationStatus.NO_SHOW)) == [
        counts[0],
        DelegationCount("No delegation", 1, 3),
    ]
    assert bump(counts, welcome("B", RegistrationStatus.CONFIRMED)) is None


def test_the_field_keeps_the_focus(qtbot: QtBot, page: OnSitePage, printable_db: Database) -> None:
    qtbot.waitUntil(page.field.hasFocus)
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[3]
    scan(qtbot, page, badge_payload("PW2027", person.id))
    assert page.field.hasFocus()

    page.reprint_button.click()  # a button never takes the focus
    assert page.field.hasFocus()

    page.mission_combo.setFocus()  # the desk clicked elsewhere, then on Walk-in…
    page.walk_in_button.click()
    dialog = page.dialog
    assert isinstance(dialog, WalkInDialog)
    qtbot.waitUntil(lambda: not page.field.hasFocus())
    dialog.reject()
    page.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(page.field.hasFocus)

    page.tabs.setCurrentWidget(page.meetings)
    page.meetings.table.setFocus()
    page.meetings.timer.timeout.emit()  # the minute's refresh
    assert page.meetings.table.hasFocus()
    page.tabs.setCurrentWidget(page.checkin_tab)
    qtbot.waitUntil(page.field.hasFocus)

    page.meetings.timer.timeout.emit()  # the minute's refresh does not take it either
    assert page.field.hasFocus()


def test_a_scan_lands_in_the_field_after_the_focus_went_elsewhere_in_the_main_window(
    qtbot: QtBot, printable_db: Database, printable: PrintableMission, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(printable_db, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.onsite_page
    window.go_to(window.stack.indexOf(page))
    page.show_mission(printable.mission_id)
    qtbot.waitUntil(page.field.hasFocus)

    for elsewhere in (window.nav, page.mission_combo, page.tabs.tabBar(), page.counts_view):
        elsewhere.setFocus()  # a click, whatever the widget's focus policy says
        qtbot.waitUntil(page.field.hasFocus)

    window.nav.setFocus()
    QApplication.processEvents()
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[6]
    focused = QApplication.focusWidget()
    assert focused is page.field
    qtbot.keyClicks(focused, badge_payload("PW2027", person.id))
    qtbot.keyClick(focused, Qt.Key.Key_Return)

    assert as_utc(registration(printable_db, person.id).checked_in_at) is not None
    assert window.stack.currentWidget() is page
    assert page.panel.tone == "welcome"

    page.tabs.setCurrentWidget(page.meetings)  # the meetings tab keeps its own focus
    page.meetings.notes.setFocus()
    QApplication.processEvents()
    assert page.meetings.notes.hasFocus()
    window.close()


def test_alt_m_opens_the_mission_list_and_the_focus_comes_back_after(
    qtbot: QtBot, page: OnSitePage
) -> None:
    qtbot.waitUntil(page.field.hasFocus)

    qtbot.keyClick(page.field, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)

    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    page.mission_combo.hidePopup()
    qtbot.waitUntil(page.field.hasFocus)


def test_reprint_asks_for_the_badge_of_the_person_shown(
    qtbot: QtBot, page: OnSitePage, printable_db: Database, printable: PrintableMission
) -> None:
    assert not page.reprint_button.isEnabled()
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[4]
    scan(qtbot, page, badge_payload("PW2027", person.id))
    with qtbot.waitSignal(page.reprintRequested) as signal:
        page.reprint_button.click()
    assert signal.args == [printable.mission_id, person.id, name_of(printable_db, person.id)]


# --------------------------------------------------------------------------- walk-ins


def test_a_walk_in_is_registered_and_checked_in_and_undo_takes_it_back(
    qtbot: QtBot,
    page: OnSitePage,
    printable_db: Database,
    printable: PrintableMission,
    clock: Clock,
) -> None:
    total_before = page.counts.rows()[-1].count
    qtbot.keyClicks(page.field, "Ingrid Solberg-Haugen")
    page.walk_in_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, WalkInDialog)
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Ingrid", "Solberg-Haugen")
    qtbot.keyClicks(dialog.email, "ingrid@fjordlys.example")
    qtbot.keyClicks(dialog.organisation, "Fjordlys Optikk AS")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    ok.click()  # no country for the organisation: refused, the dialog stays
    assert dialog.isVisible() and "country" in dialog.error.text()

    qtbot.keyClicks(dialog.country, "no")
    ok.click()

    assert page.dialog is None
    with printable_db.session() as session:
        person = session.scalar(select(Person).where(Person.email == "ingrid@fjordlys.example"))
        assert person is not None
        walk_reg = session.scalar(
            select(Registration).where(
                Registration.person_id == person.id,
                Registration.mission_id == printable.mission_id,
            )
        )
        assert walk_reg is not None
        walk_id = walk_reg.id
        assert as_utc(walk_reg.checked_in_at) == AT_0841
        assert walk_reg.status is RegistrationStatus.CONFIRMED
    assert page.panel.text().splitlines()[:2] == ["Welcome", "Ingrid Solberg-Haugen"]
    total = page.counts.rows()[-1].count
    assert (total.checked_in, total.expected) == (
        total_before.checked_in + 1,
        total_before.expected + 1,
    )
    assert page.undo_stack.undoText() == "Walk-in Ingrid Solberg-Haugen"
    qtbot.keyClicks(page.field, "ingrid sol")
    assert [m.registration_id for m in page.matches.rows()] == [walk_id]
    page.field.clear()

    page.undo_stack.undo()

    with printable_db.session() as session:
        assert session.get(Registration, walk_id) is None
        assert (
            session.scalar(select(Person).where(Person.email == "ingrid@fjordlys.example")) is None
        )
    assert page.counts.rows()[-1].count == total_before
    qtbot.keyClicks(page.field, "ingrid sol")
    assert page.matches.rows() == []

    clock.now = LATER
    page.undo_stack.redo()  # registered again, checked in at the time of the walk-in

    with printable_db.session() as session:
        again = session.scalar(
            select(Registration)
            .join(Person, Person.id == Registration.person_id)
            .where(Person.email == "ingrid@fjordlys.example")
        )
        assert again is not None and as_utc(again.checked_in_at) == AT_0841


def test_a_walk_in_without_email_of_someone_registered_is_refused_in_the_dialog(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    people = checked_in_total(printable_db), _people_count(printable_db)
    page.field.setText("Łukasz Gonçalves Väisänen")  # keyClicks types Latin-1 only
    page.walk_in_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, WalkInDialog)

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Łukasz Gonçalves Väisänen (Œrsted Ørsted Optik ApS) is already registered: "
        "check them in from the list instead."
    )
    assert dialog.focusWidget() is dialog.last_name
    assert (checked_in_total(printable_db), _people_count(printable_db)) == people
    assert page.undo_stack.count() == 0
    dialog.reject()


def _people_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


# --------------------------------------------------------------------------- meetings of the day


@pytest.fixture
def meetings(page: OnSitePage, clock: Clock) -> OnSitePage:
    page.tabs.setCurrentWidget(page.meetings)
    page.meetings.show_day(B2B_DAY)
    return page


def select_meeting(page: OnSitePage, row: int = 0) -> DayMeeting:
    view = page.meetings
    view.table.selectRow(row)
    return view.model.row(view.model.index(row, 0))


def meeting_row(db: Database, meeting_id: uuid.UUID) -> Meeting:
    with db.session() as session:
        found = session.get(Meeting, meeting_id)
        assert found is not None
        return found


def test_the_day_picker_opens_on_today_within_the_mission_else_its_first_day(
    page: OnSitePage, clock: Clock, printable: PrintableMission
) -> None:
    assert page.meetings.day() == B2B_DAY  # the clock is on the B2B day
    assert page.meetings.day_combo.count() == 6  # 24 to 29 January
    page.meetings.show_day(date(2027, 1, 28))
    page.refresh()  # data changed elsewhere: the day chosen stays
    assert page.meetings.day() == date(2027, 1, 28)

    clock.now = datetime(2027, 3, 1, 12, tzinfo=UTC)  # after the mission
    page.reload_missions(select=other_mission(page, printable))
    page.show_mission(printable.mission_id)
    assert page.meetings.day() == date(2027, 1, 24)


def other_mission(page: OnSitePage, printable: PrintableMission) -> uuid.UUID:
    chooser = page.mission_combo
    for row in range(chooser.count()):
        if chooser.itemData(row) != str(printable.mission_id):
            return uuid.UUID(chooser.itemData(row))
    raise AssertionError("the demo has one mission only")


def test_mark_a_meeting_held_then_undo(
    qtbot: QtBot, qtmodeltester: ModelTester, meetings: OnSitePage, printable_db: Database
) -> None:
    view = meetings.meetings
    assert view.model.rowCount() > 10
    qtmodeltester.check(view.model)
    chosen = select_meeting(meetings, 2)

    view.held_action.trigger()

    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.HELD
    assert view.selected()[0].meeting_id == chosen.meeting_id  # kept selected
    assert view.selected()[0].status is MeetingStatus.HELD
    view.no_show_action.trigger()
    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.NO_SHOW

    meetings.undo_stack.undo()
    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.HELD
    meetings.undo_stack.undo()
    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.SCHEDULED
    assert view.model.row(view.model.index_of(chosen.meeting_id)).status is (
        MeetingStatus.SCHEDULED
    )


def test_move_a_meeting_to_a_free_place_then_undo(
    qtbot: QtBot, qtmodeltester: ModelTester, meetings: OnSitePage, printable_db: Database
) -> None:
    view = meetings.meetings
    chosen = select_meeting(meetings, 0)
    assert chosen.place is not None and not chosen.locked

    view.move_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, MoveDialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() > 0
    dialog.table.selectRow(dialog.model.rowCount() - 1)
    target = dialog.chosen()
    assert target is not None
    dialog.move_button.click()

    with printable_db.session() as session:
        assert b2b.place_of(session, chosen.meeting_id) == target.place
    assert meeting_row(printable_db, chosen.meeting_id).locked
    assert view.dialog is None

    meetings.undo_stack.undo()

    with printable_db.session() as session:
        assert b2b.place_of(session, chosen.meeting_id) == chosen.place
    assert not meeting_row(printable_db, chosen.meeting_id).locked


def test_a_move_to_a_place_taken_meanwhile_is_refused_with_the_reason(
    qtbot: QtBot, meetings: OnSitePage, printable_db: Database
) -> None:
    view = meetings.meetings
    chosen = select_meeting(meetings, 0)
    other = view.model.row(view.model.index(1, 0))
    view.move_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, MoveDialog)
    target = next(
        p for p in dialog.model.rows() if not _busy(printable_db, other.meeting_id, p.place)
    )
    with printable_db.session() as session:  # another desk puts a meeting there first
        b2b.move_meeting(session, other.meeting_id, target.place)
    dialog.table.selectRow(dialog.model.rows().index(target))
    dialog.move_button.click()

    assert dialog.isVisible()
    assert dialog.error.text().startswith("The meeting cannot move there:")
    with printable_db.session() as session:
        assert b2b.place_of(session, chosen.meeting_id) == chosen.place
    assert meetings.undo_stack.count() == 0
    dialog.reject()


def _busy(db: Database, meeting_id: uuid.UUID, place: b2b.MeetingPlace) -> bool:
    with db.session() as session:
        return bool(b2b.move_conflicts(session, meeting_id, place))


def _taken_meanwhile(db: Database, cancelled: DayMeeting, other: DayMeeting) -> None:
    """Another desk moves a meeting to the place the cancelled one left free."""
    assert cancelled.place is not None
    with db.session() as session:
        free = {p for p, _ in onsite.free_places(session, other.meeting_id)}
        assert cancelled.place in free
        b2b.move_meeting(session, other.meeting_id, cancelled.place)


def test_a_cancelled_meeting_whose_place_was_taken_is_not_scheduled_again(
    qtbot: QtBot, meetings: OnSitePage, printable_db: Database, message_boxes: list[str]
) -> None:
    view = meetings.meetings
    chosen = select_meeting(meetings, 0)
    other = view.model.row(view.model.index(1, 0))
    assert other.starts_local == chosen.starts_local  # the same slot, another table
    view.cancel_action.trigger()
    _taken_meanwhile(printable_db, chosen, other)
    view.refresh()
    view.table.selectRow(view.model.index_of(chosen.meeting_id).row())

    view.scheduled_action.trigger()

    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.CANCELLED
    [shown] = message_boxes
    assert shown.startswith("Could not change the meeting's status: The meeting of")
    assert f"{chosen.table_label} is taken by" in shown
    assert meetings.undo_stack.count() == 1  # the cancellation only
    message_boxes.clear()

    meetings.undo_stack.undo()  # the cancellation's undo is refused the same way

    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.CANCELLED
    [shown] = message_boxes
    assert shown.startswith("Could not undo “Mark a meeting cancelled”: The meeting of")
    assert f"{chosen.table_label} is taken by" in shown
    assert (meetings.undo_stack.count(), meetings.undo_stack.canUndo()) == (0, False)
    assert view.model.row(view.model.index_of(chosen.meeting_id)).status is (
        MeetingStatus.CANCELLED
    )
    message_boxes.clear()


def test_quick_follow_up_after_a_meeting_then_undo(
    qtbot: QtBot, meetings: OnSitePage, printable_db: Database, clock: Clock
) -> None:
    view = meetings.meetings
    chosen = select_meeting(meetings, 1)
    qtbot.keyClicks(view.notes, "Wants samples of the 1550 nm module")

    view.followup_actions[FollowUpOutcome.PROPOSAL_SENT].trigger()

    with printable_db.session() as session:
        entries = list(
            session.scalars(select(FollowUp).where(FollowUp.meeting_id == chosen.meeting_id))
        )
    assert [(f.outcome, f.notes) for f in entries] == [
        (FollowUpOutcome.PROPOSAL_SENT, "Wants samples of the 1550 nm module")
    ]
    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.HELD
    assert view.notes.text() == ""
    assert "Quotation or proposal sent" in meetings.undo_stack.undoText()

    meetings.undo_stack.undo()

    with printable_db.session() as session:
        count = session.scalar(
            select(func.count())
            .select_from(FollowUp)
            .where(FollowUp.meeting_id == chosen.meeting_id)
        )
    assert count == 0
    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.SCHEDULED

    clock.now = LATER
    meetings.undo_stack.redo()  # recorded again with the time it was first recorded

    with printable_db.session() as session:
        [again] = session.scalars(select(FollowUp).where(FollowUp.meeting_id == chosen.meeting_id))
        assert as_utc(again.created_at) == AT_0841
    assert meeting_row(printable_db, chosen.meeting_id).status is MeetingStatus.HELD


def test_a_cancelled_meeting_gets_no_quick_follow_up(
    meetings: OnSitePage, printable_db: Database
) -> None:
    view = meetings.meetings
    select_meeting(meetings, 0)
    view.cancel_action.trigger()
    assert view.selected()[0].status is MeetingStatus.CANCELLED
    assert not view.followup_button.isEnabled()


def test_late_people_are_shown_in_red_and_a_check_in_takes_them_off(
    qtbot: QtBot, meetings: OnSitePage, printable_db: Database, clock: Clock
) -> None:
    clock.now = DURING_FIRST_SLOT
    view = meetings.meetings
    view.refresh()
    first = view.model.row(view.model.index(0, 0))
    assert first.late == tuple(p.name for p in first.participants)
    late_cell = view.model.index(0, LATE_COLUMN)
    assert late_cell.data() == ", ".join(first.late)
    assert late_cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    view.late_only.setChecked(True)
    assert all(m.late for m in view.model.shown_rows())
    view.late_only.setChecked(False)

    meetings.tabs.setCurrentWidget(meetings.checkin_tab)
    arriving = first.participants[0]
    scan(qtbot, meetings, badge_payload("PW2027", arriving.registration_id))
    meetings.tabs.setCurrentWidget(meetings.meetings)

    again = view.model.row(view.model.index_of(first.meeting_id))
    assert arriving.name not in again.late and again.late
    participants = view.model.index_of(first.meeting_id).siblingAtColumn(2).data()
    assert f"✓ {arriving.name}" in participants.split(" · ")


def test_data_changed_is_announced_once_after_a_burst_of_check_ins(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    heard: list[bool] = []
    page.dataChanged.connect(lambda: heard.append(True))
    for person in registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[:4]:
        scan(qtbot, page, badge_payload("PW2027", person.id))
    assert heard == []
    qtbot.waitUntil(lambda: heard == [True], timeout=5000)


# --------------------------------------------------------------------------- scanner input


def type_keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type key by key as a keyboard does: ASCII through QTest, other characters (é, §, Ö)
    as the key events a European layout sends, with their text."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def scan_typed(qtbot: QtBot, page: OnSitePage, text: str) -> None:
    type_keys(qtbot, page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def settle() -> None:
    """Let posted layout requests (which resize a window) run."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.mark.parametrize(
    "text",
    [
        "X7Kq" * 15,  # a ticket code of another system
        "Qwertyuiopasdfghjklzxcvbnm" * 2 + "Qwertyui",  # 60 letters: searched as a name
        # A badge of a mission unknown here, typed by a US scanner on an AZERTY laptop.
        Mismatch(US, FRENCH).typed(badge_payload("ZZ-LONGER-CODE-2027X", uuid.UUID(int=7))),
    ],
    ids=["code", "letters", "mangled"],
)
def test_a_60_character_unknown_scan_never_widens_the_window_and_the_counts_stay_in_view(
    qtbot: QtBot,
    printable_db: Database,
    printable: PrintableMission,
    tmp_path: Path,
    text: str,
    request: pytest.FixtureRequest,
) -> None:
    assert len(text) == 60
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(printable_db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.onsite_page
    window.go_to(window.stack.indexOf(page))
    page.show_mission(printable.mission_id)
    settle()
    size = window.size()
    assert size.width() == 1366

    scan_typed(qtbot, page, text)
    settle()

    assert window.size() == size
    assert page.panel.tone in ("refused", "neutral")
    if "mangled" not in request.node.name:  # that one is read: "a badge of ZZ-LONGER-…"
        assert text in page.panel.text()  # said whole (a tooltip where the panel shortens it)
    view = page.counts_view
    shown = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
    assert window.rect().contains(shown)
    assert view.horizontalHeader().length() <= view.viewport().width()  # no column cut
    assert page.panel.geometry().right() < page.counts_view.geometry().left()
    window.close()


def test_an_azerty_mangled_badge_checks_in_with_a_hint_shown_once(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    first, second = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[7:9]
    mix_up = Mismatch(US, FRENCH)

    scan_typed(qtbot, page, mix_up.typed(badge_payload("PW2027", first.id)))

    assert as_utc(registration(printable_db, first.id).checked_in_at) == AT_0841
    assert page.panel.tone == "welcome"
    lines = page.panel.text().splitlines()
    assert lines[:2] == ["Welcome", name_of(printable_db, first.id)]
    assert lines[-1].startswith("The scanner types as a US keyboard on this ")
    assert "AZERTY laptop: set the scanner to " in lines[-1]
    assert page.field.text() == ""
    assert page.undo_stack.count() == 1

    scan_typed(qtbot, page, mix_up.typed(badge_payload("PW2027", second.id)))

    assert as_utc(registration(printable_db, second.id).checked_in_at) == AT_0841
    assert page.panel.tone == "welcome"
    assert "scanner" not in page.panel.text()  # said once


def test_an_invited_person_is_asked_about_in_amber_esc_changes_nothing_enter_admits(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    invited = registrations(printable_db, "PW2027", RegistrationStatus.INVITED)[0]
    name = name_of(printable_db, invited.id)
    payload = badge_payload("PW2027", invited.id)

    scan(qtbot, page, payload)

    assert page.panel.tone == "already"  # amber, not the green of a welcome
    assert page.panel.text().splitlines()[:2] == ["Invited, not registered: let in?", name]
    assert "Enter: let them in and confirm · Esc: not now" in page.panel.text()
    assert page.confirm_button.isVisible() and page.refuse_button.isVisible()
    unchanged = registration(printable_db, invited.id)
    assert (unchanged.status, unchanged.checked_in_at) == (RegistrationStatus.INVITED, None)
    assert page.undo_stack.count() == 0

    qtbot.keyClick(page.field, Qt.Key.Key_Escape)

    assert page.panel.text().splitlines()[:2] == ["Not let in", name]
    assert not page.confirm_button.isVisible()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # nothing asked any more: nothing happens
    unchanged = registration(printable_db, invited.id)
    assert (unchanged.status, unchanged.checked_in_at) == (RegistrationStatus.INVITED, None)
    assert page.undo_stack.count() == 0

    scan(qtbot, page, payload)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)

    admitted = registration(printable_db, invited.id)
    assert admitted.status is RegistrationStatus.CONFIRMED
    assert as_utc(admitted.checked_in_at) == AT_0841
    assert page.panel.tone == "welcome"
    assert page.panel.text().splitlines()[:2] == ["Welcome", name]
    assert "Was invited and had not registered: now confirmed." in page.panel.text()
    assert page.undo_stack.count() == 1

    page.undo_stack.undo()

    undone = registration(printable_db, invited.id)
    assert (undone.status, undone.checked_in_at) == (RegistrationStatus.INVITED, None)


def test_a_cancelled_badge_stays_red_and_enter_after_it_lets_nobody_in(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    cancelled = registrations(printable_db, "PW2027", RegistrationStatus.CANCELLED)[0]

    scan(qtbot, page, badge_payload("PW2027", cancelled.id))
    qtbot.keyClick(page.field, Qt.Key.Key_Return)

    assert page.panel.tone == "refused"
    still = registration(printable_db, cancelled.id)
    assert (still.status, still.checked_in_at) == (RegistrationStatus.CANCELLED, None)


def test_an_enter_straight_after_the_question_is_the_scanners_not_the_desks(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    """Some scanners end a code with two Enters: the second must not answer for the desk."""
    page.confirm_guard_ms = 60_000
    waiting = registrations(printable_db, "PW2027", RegistrationStatus.WAITLISTED)[0]

    scan(qtbot, page, badge_payload("PW2027", waiting.id))
    qtbot.keyClick(page.field, Qt.Key.Key_Return)

    assert page.pending is not None
    assert registration(printable_db, waiting.id).status is RegistrationStatus.WAITLISTED
    assert page.panel.tone == "already"

    page.confirm_button.click()  # a click is the desk's own answer

    admitted = registration(printable_db, waiting.id)
    assert admitted.status is RegistrationStatus.CONFIRMED and admitted.checked_in_at
    assert "Was on the waiting list: now confirmed." in page.panel.text()


def test_matches_name_the_zone_of_their_check_in_time(
    qtbot: QtBot, page: OnSitePage, printable_db: Database
) -> None:
    person = registrations(printable_db, "PW2027", RegistrationStatus.CONFIRMED)[3]
    scan(qtbot, page, badge_payload("PW2027", person.id))
    name = name_of(printable_db, person.id)

    type_keys(qtbot, page.field, name.split()[-1])  # the last name, accents and all

    rows = [page.matches.row(page.matches.index(r, 0)) for r in range(page.matches.rowCount())]
    row = next(r for r, m in enumerate(rows) if m.registration_id == person.id)
    assert page.matches.index(row, 3).data() == "✓ 08:41 PST"


def test_meetings_of_the_day_name_the_zone_in_times_and_heading(
    qtbot: QtBot, meetings: OnSitePage
) -> None:
    view = meetings.meetings
    model = view.model
    assert model.rowCount() > 0

    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time (PST)"
    assert view.zone_label.text() == "Times in America/Los_Angeles (PST)"
    times = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert all(re.fullmatch(r"\d\d:\d\d–\d\d:\d\d PST", t) for t in times), times[:3]
    assert times[0] == "13:30–13:50 PST"


def test_a_very_long_answer_is_shortened_with_the_whole_text_in_the_tooltip(
    qtbot: QtBot,
) -> None:
    panel = ResultPanel()
    qtbot.addWidget(panel)
    scanned = "".join(f"{n:03d}-" for n in range(100))  # 400 characters
    short = "Ada Lovelace"

    panel.show_lines(Shown("refused", "Unknown code", scanned, "", "Type their name instead."))

    shown = panel.headline.text().replace("\u200b", "")  # break opportunities aside
    assert len(shown) <= panel.headline.limit and "…" in shown
    assert shown.startswith(scanned[:20]) and shown.endswith(scanned[-10:])
    assert panel.headline.toolTip() == scanned
    assert scanned in panel.text()  # what a screen reader or a test reads: the whole
    assert panel.minimumSizeHint().width() < 400  # the text asks for no width

    panel.show_lines(Shown("welcome", "Welcome", short))

    assert panel.headline.text() == short and panel.headline.toolTip() == ""
