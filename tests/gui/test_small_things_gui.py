"""Small things a coordinator saw on the demo (issue 11), through the real widgets: the calendar
preview as a list of events, the import wizard's labels, plurals, the scheduler's time limit,
the directory's person-only actions, the follow-up form's meeting box and the timeline's first
view."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton
from pytestqt.qtbot import QtBot

from pimap_desktop.domain.enums import ProgrammeItemKind
from pimap_desktop.gui.b2b.b2b_page import B2BPage
from pimap_desktop.gui.directory.directory_page import DirectoryPage
from pimap_desktop.gui.exports.export_page import ExportPage
from pimap_desktop.gui.exports.preview import calendar_listing
from pimap_desktop.gui.followup.followup_dialog import FollowUpChoices, FollowUpDialog
from pimap_desktop.gui.importing.wizard import ImportWizard
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.missions.timeline import ProgrammeTimeline
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.directory import directory
from pimap_desktop.services.followup import followup as followup_svc
from pimap_desktop.services.missions import missions as missions_svc
from pimap_desktop.services.missions.missions import ProgrammeRow, create_mission
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database, open_database
from pimap_desktop.text import plural
from tests.factories import add_organisation, add_person, mission_data
from tests.gui.conftest import settle
from tests.printing_fixtures import PrintableMission

WAIT_MS = 60_000
LA = ZoneInfo("America/Los_Angeles")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def test_plural_says_one_session_and_thirty_six_meetings() -> None:
    assert plural(1, "session") == "1 session"
    assert plural(36, "meeting") == "36 meetings"
    assert plural(0, "meeting") == "0 meetings"
    assert plural(2, "person", "people") == "2 people"
    assert plural(1, "requested pair") == "1 requested pair"


# --------------------------------------------------------------------------- calendar preview


@pytest.fixture
def printable_db(printing_db_path: Path) -> Iterator[Database]:
    database = open_database(printing_db_path)
    yield database
    database.dispose()


def _wait_for_preview(qtbot: QtBot, page: ExportPage) -> None:
    qtbot.waitUntil(
        lambda: (
            not page.busy()
            and page.preview_task is None
            and not page.preview_timer.isActive()
            and not page._preview_stale
        ),
        timeout=WAIT_MS,
    )


def _day(day: date) -> str:
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _expected_rows(rows: list[ProgrammeRow]) -> list[tuple[str, str, str]]:
    """Day (at the head of its day only), time with its zone, title: from the programme."""
    expected, previous = [], None
    for row in sorted(rows, key=lambda r: (r.starts_local, r.title)):
        start, end = row.starts_local, row.ends_local
        assert end.date() == start.date()  # the demo's items end on their day
        day = _day(row.day) if row.day != previous else ""
        previous = row.day
        times = f"{start:%H:%M}–{end:%H:%M} {row.zone_label}"
        expected.append((day, times, row.title))
    return expected


def test_calendar_preview_lists_the_events_with_day_time_zone_title_and_place(
    qtbot: QtBot, printable_db: Database, settings: QSettings, printable: PrintableMission
) -> None:
    with printable_db.session() as session:
        programme = missions_svc.list_programme(session, printable.mission_id)
    page = ExportPage(printable_db, settings)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.show_mission(printable.mission_id)
    page.choose_document("calendar")
    _wait_for_preview(qtbot, page)

    view = page.preview.events
    assert page.preview.stack.currentWidget() is view
    shown = view.row_texts()
    assert [cells[:3] for cells in shown] == _expected_rows(programme)
    by_title = {cells[2]: cells[3] for cells in shown}
    for row in programme:
        assert by_title[row.title].startswith(row.venue)  # the place, venue first
    assert not any("BEGIN:" in cell or "DTSTART" in cell for cells in shown for cell in cells)
    assert page.preview.caption.text() == (
        f"The {len(programme)} events of the calendar file, times in America/Los_Angeles (PST)."
    )


def test_personal_calendar_preview_lists_their_meetings(
    qtbot: QtBot, printable_db: Database, settings: QSettings, printable: PrintableMission
) -> None:
    with printable_db.session() as session:
        meetings = [
            m
            for m in b2b.list_meetings(session, printable.mission_id)
            if any(p[0] == printable.hard["Œrsted"] for p in m.participants)
        ]
    assert len(meetings) == 1
    page = ExportPage(printable_db, settings)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_mission(printable.mission_id)
    page.choose_document("personal_calendar")
    index = next(
        i
        for i in range(page.person_combo.count())
        if page.person_combo.itemData(i) == str(printable.hard["Œrsted"])
    )
    page.person_combo.setCurrentIndex(index)
    _wait_for_preview(qtbot, page)

    meeting = meetings[0]
    times = (
        f"{meeting.starts_local:%H:%M}–{meeting.ends_local:%H:%M} {meeting.starts_local.tzname()}"
    )
    rows = page.preview.events.row_texts()
    [row] = [cells for cells in rows if cells[1] == times and "B2B meeting" in cells[2]]
    assert "Maria-Fernanda Alexandrina" in row[2]
    assert meeting.table in row[3]


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PIMAP Desktop//Test//EN
X-WR-TIMEZONE:Europe/Helsinki
BEGIN:VEVENT
UID:late@pimap-desktop
DTSTAMP:20270101T000000Z
SUMMARY:Night train to Oulu
DTSTART;TZID=Europe/Helsinki:20270325T220000
DTEND;TZID=Europe/Helsinki:20270326T013000
LOCATION:Helsinki Central Station
END:VEVENT
BEGIN:VEVENT
UID:utc@pimap-desktop
DTSTAMP:20270101T000000Z
SUMMARY:Call with the funder
DTSTART:20270328T060000Z
DTEND:20270328T070000Z
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:day@pimap-desktop
DTSTAMP:20270101T000000Z
SUMMARY:Fair days
DTSTART;VALUE=DATE:20270323
DTEND;VALUE=DATE:20270325
END:VEVENT
BEGIN:VEVENT
UID:floating@pimap-desktop
DTSTAMP:20270101T000000Z
SUMMARY:Sauna
DTSTART:20270324T190000
DTEND:20270324T200000
END:VEVENT
END:VCALENDAR
"""


def test_calendar_listing_reads_a_file_back_in_its_zone(tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    path.write_text(ICS.replace("\n", "\r\n"), encoding="utf-8", newline="")

    listing = calendar_listing(path)

    assert listing.zone == "Europe/Helsinki"
    assert [(e.day_text, e.time_text, e.title, e.place, e.cancelled) for e in listing.events] == [
        ("Tue 23 Mar 2027", "All day, until Wed 24 Mar 2027", "Fair days", "", False),
        ("Wed 24 Mar 2027", "19:00–20:00 EET", "Sauna", "", False),  # no zone: the calendar's
        (
            "Thu 25 Mar 2027",
            "22:00–Fri 01:30 EET",  # past midnight: the end names its day
            "Night train to Oulu",
            "Helsinki Central Station",
            False,
        ),
        # UTC in the file, shown in Helsinki, where the clocks went forward that night.
        ("Sun 28 Mar 2027", "09:00–10:00 EEST", "Call with the funder", "", True),
    ]
    assert listing.caption() == (
        "The 4 events of the calendar file, times in Europe/Helsinki (EEST, EET)."
    )


# --------------------------------------------------------------------------- import wizard


def test_the_import_wizard_shows_no_literal_ampersand(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    wizard = ImportWizard(db, lambda *_args: None)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)

    labels = wizard.file_page.findChildren(QLabel)
    mnemonics = [label for label in labels if re.search(r"&[^&\s]", label.text())]
    assert {label.text() for label in mnemonics} >= {"&File", "&Sheet", "&Mission"}
    # A label shows its '&' as an underline only when it has a buddy; else as a literal "&".
    assert [label.text() for label in mnemonics if label.buddy() is None] == []
    file_label = next(label for label in mnemonics if label.text() == "&File")
    assert file_label.buddy() is wizard.file_page.path

    path = tmp_path / "one.csv"
    path.write_text("first_name,last_name,email\nAino,Virtanen,aino@kaamos.example\n")
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load()
    qtbot.waitUntil(lambda: not wizard.busy())  # read off the GUI thread
    assert "1 data row, 3 columns." in wizard.file_page.info.text()
    assert "(s)" not in wizard.file_page.info.text()


# --------------------------------------------------------------------------- B2B page


@pytest.fixture
def one_session(db: Database) -> uuid.UUID:
    """A mission with one B2B session, one meeting (a–b, asked by nobody) and one request
    (c→d) that has no meeting yet."""
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        persons = [add_person(session, n.upper(), "Test", f"{n}@x.example") for n in "abcd"]
        regs = register_people(session, mission_id, [p.id for p in persons]).registered
        session_id = b2b.add_session(
            session,
            mission_id,
            b2b.SessionData(date(2027, 1, 27), time(13, 30), time(15, 0), 20, 5, 2),
        )
        [row] = b2b.list_sessions(session, mission_id)
        place = b2b.MeetingPlace(session_id, 0, row.tables[0][0])
        b2b.create_meeting(session, mission_id, place, regs[:2], locked=False)
        b2b.set_request(session, mission_id, regs[2], regs[3], 1)
    return mission_id


def _b2b_page(qtbot: QtBot, db: Database, settings: QSettings, mission_id: uuid.UUID) -> B2BPage:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.go_to(window.stack.indexOf(window.b2b_page))
    page = window.b2b_page
    page.show_mission(mission_id)
    settle(qtbot, window)
    return page


def test_b2b_summary_counts_in_words_without_plural_brackets(
    qtbot: QtBot, db: Database, settings: QSettings, one_session: uuid.UUID
) -> None:
    page = _b2b_page(qtbot, db, settings, one_session)

    text = page.summary.text()
    assert text.startswith("1 session; 1 requested pair; 1 meeting, 0 locked.")
    assert "1 requested pair without a meeting." in text
    assert "(s)" not in text


def test_the_time_limit_reads_in_whole_seconds(
    qtbot: QtBot, db: Database, settings: QSettings, one_session: uuid.UUID
) -> None:
    page = _b2b_page(qtbot, db, settings, one_session)

    assert page.time_limit.text() == "30 s"
    qtbot.keyClick(page.time_limit, Qt.Key.Key_Up)
    assert page.time_limit.text() == "31 s" and page.time_limit.value() == 31


# --------------------------------------------------------------------------- directory


def test_person_only_actions_are_offered_on_the_people_tab_only(qtbot: QtBot, db: Database) -> None:
    with db.session() as session:
        organisation = add_organisation(session, "Kaamos RF Oy", "FI")
        add_person(session, "Aino", "Virtanen", "aino@kaamos.example", organisation=organisation)
    page = DirectoryPage(db)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    person_only = (page.export_data_action, page.erase_action)

    page.people.table.selectRow(0)
    assert all(a.isVisible() and a.isEnabled() for a in person_only)

    page.tabs.setCurrentWidget(page.organisations)
    page.organisations.table.selectRow(0)
    assert page.edit_action.isEnabled() and page.delete_action.isEnabled()
    assert not any(a.isVisible() or a.isEnabled() for a in person_only)
    buttons = [w for a in person_only for w in a.associatedObjects() if isinstance(w, QToolButton)]
    assert buttons
    qtbot.waitUntil(lambda: not any(button.isVisible() for button in buttons))

    page.tabs.setCurrentWidget(page.people)
    assert all(a.isVisible() and a.isEnabled() for a in person_only)


# --------------------------------------------------------------------------- follow-up form


def test_a_meeting_picked_in_the_follow_up_form_shows_its_start(
    qtbot: QtBot, printable_db: Database, printable: PrintableMission
) -> None:
    db = printable_db
    with db.session() as session:
        missions = [(m.id, f"{m.code} — {m.name}") for m in missions_svc.list_missions(session)]
        choices = FollowUpChoices(
            missions=missions,
            organisations=directory.list_organisations(session),
            people=directory.list_people(session),
            owners=followup_svc.owner_choices(session),
            meetings_of=lambda mission_id: followup_svc.meeting_choices(session, mission_id),
        )
        labels = followup_svc.meeting_choices(session, printable.mission_id)
        dialog = FollowUpDialog(
            lambda _data: None, choices=choices, mission_id=printable.mission_id
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = dialog.meeting.line_edit()
        assert edit.fontMetrics().horizontalAdvance(labels[1][1]) > edit.width()  # too long

        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Down)  # the first meeting
        qtbot.keyClick(edit, Qt.Key.Key_Down)  # the second one

    assert dialog.meeting.current() == labels[1][0]
    assert edit.text() == labels[1][1]
    assert edit.cursorPosition() == 0  # the box shows the start: the day and time
    assert edit.toolTip() == labels[1][1]  # and the whole text on hover


# --------------------------------------------------------------------------- timeline


def _item(title: str, day: int, start: tuple[int, int], end: tuple[int, int]) -> ProgrammeRow:
    starts = datetime(2027, 1, day, *start, tzinfo=LA)
    return ProgrammeRow(
        id=uuid.uuid4(),
        kind=ProgrammeItemKind.RECEPTION,
        title=title,
        starts_local=starts,
        ends_local=datetime(2027, 1, day, *end, tzinfo=LA),
        venue="",
        room="",
        audience="Everyone",
        zone_label="PST",
    )


def _in_view(timeline: ProgrammeTimeline, item_id: uuid.UUID) -> bool:
    """Whether the whole item is in the viewport, below the day header that stays on top."""
    scroll = timeline.findChild(QScrollArea)
    assert scroll is not None
    top = scroll.verticalScrollBar().value()
    rect = timeline.item_rect(item_id)
    header = timeline.canvas_widget().header_height()  # type: ignore[attr-defined]
    return rect.top() >= top + header and rect.bottom() <= top + scroll.viewport().height()


def test_the_timeline_opens_on_the_first_item_of_the_mission_or_the_day(qtbot: QtBot) -> None:
    days = [date(2027, 1, 24), date(2027, 1, 25)]
    dinner = _item("Welcome dinner", 24, (19, 0), (21, 0))
    briefing = _item("Briefing", 25, (8, 30), (9, 30))
    timeline = ProgrammeTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(1000, 360)  # a few hours tall
    timeline.show()
    qtbot.waitExposed(timeline)
    scroll = timeline.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()

    timeline.set_programme([dinner], days[:1], "America/Los_Angeles")
    qtbot.waitUntil(lambda: _in_view(timeline, dinner.id))
    assert bar.value() > 0

    # Another mission: its first item, the briefing at 08:30, is what shows first.
    timeline.set_programme([dinner, briefing], days, "America/Los_Angeles")
    qtbot.waitUntil(lambda: _in_view(timeline, briefing.id))
    # The same programme read again (after an edit) keeps where the person scrolled to.
    bar.setValue(bar.maximum())
    timeline.set_programme([dinner, briefing], days, "America/Los_Angeles")
    assert bar.value() == bar.maximum()

    # The day of the dinner alone: the dinner at 19:00 shows, not an empty morning.
    timeline.set_day(days[0])
    qtbot.waitUntil(lambda: _in_view(timeline, dinner.id))
