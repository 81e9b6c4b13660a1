"""Importing a partner's agenda (.ics) from the Programme page: a dry run, a confirmation that
says what will happen, the import as one undoable step; the database checked behind it."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.enums import ProgrammeItemKind
from pimap_desktop.domain.models import ProgrammeItem, Venue
from pimap_desktop.gui import dialogs
from pimap_desktop.gui import undo as undo_module
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.missions import programme_page as page_module
from pimap_desktop.gui.missions.programme_model import DAY_ROLE
from pimap_desktop.gui.missions.programme_page import AgendaImportDialog, ProgrammePage
from pimap_desktop.services.calendars.importing import CalendarImport, SkippedEvent
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.store.database import Database
from tests.factories import mission_data

SCREENSHOTS = Path("/tmp")

# A partner's agenda for Photonics West 2027 (San Francisco, 24-29 January 2027), written
# the way calendar programs write it: CRLF lines, a zone of its own, UTC and another zone.
AGENDA = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Baltic Optics Network//Agenda//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:coffee-2027@baltic-optics.example",
        "DTSTAMP:20261201T090000Z",
        "DTSTART;TZID=America/Los_Angeles:20270125T083000",
        "DTEND;TZID=America/Los_Angeles:20270125T093000",
        "SUMMARY:Welcome coffee",
        "LOCATION:Hotel Nikko lobby",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:keynote-2027@baltic-optics.example",
        "DTSTAMP:20261201T090000Z",
        "DTSTART:20270126T170000Z",  # 09:00 in San Francisco
        "DTEND:20270126T180000Z",
        "SUMMARY:Keynote: photonics for health",
        "LOCATION:Moscone Center West",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:dinner-2027@baltic-optics.example",
        "DTSTAMP:20261201T090000Z",
        "DTSTART;TZID=Europe/Berlin:20270128T040000",  # 19:00 the day before in San Francisco
        "DTEND;TZID=Europe/Berlin:20270128T063000",
        "SUMMARY:Partner dinner",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:breakfast-2027@baltic-optics.example",
        "DTSTAMP:20261201T090000Z",
        "STATUS:CANCELLED",
        "DTSTART;TZID=America/Los_Angeles:20270127T073000",
        "DTEND;TZID=America/Los_Angeles:20270127T083000",
        "SUMMARY:Investor breakfast",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:followup-2027@baltic-optics.example",
        "DTSTAMP:20261201T090000Z",
        "DTSTART;TZID=America/Los_Angeles:20270203T100000",
        "DTEND;TZID=America/Los_Angeles:20270203T120000",
        "SUMMARY:Follow-up visit in San Diego",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)

# What the programme shows, in San Francisco's time (PST)
EXPECTED = [
    (date(2027, 1, 25), "08:30–09:30 PST", "Welcome coffee"),
    (date(2027, 1, 26), "09:00–10:00 PST", "Keynote: photonics for health"),
    (date(2027, 1, 27), "19:00–21:30 PST", "Partner dinner"),
]


def shown(page: ProgrammePage) -> list[tuple[date, str, str]]:
    """Every item row of the programme tree: day, time, title."""
    model = page.model
    found = []
    for day_row in range(model.rowCount()):
        day = model.index(day_row, 0)
        for row in range(model.rowCount(day)):
            item = model.index(row, 0, day)
            found.append(
                (
                    date.fromordinal(item.data(DAY_ROLE)),
                    str(item.data()),
                    str(model.index(row, 1, day).data()),
                )
            )
    return found


def items_in(db: Database) -> list[ProgrammeItem]:
    with db.session() as session:
        return list(session.scalars(select(ProgrammeItem).order_by(ProgrammeItem.starts_at)))


def venue_names(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Venue.name)))


@pytest.fixture
def agenda(tmp_path: Path) -> Path:
    path = tmp_path / "baltic_optics_agenda.ics"
    path.write_bytes(AGENDA.encode("utf-8"))
    return path


@pytest.fixture
def programme_window(
    qtbot: QtBot, db: Database, settings: QSettings
) -> tuple[MainWindow, uuid.UUID]:
    """The main window on the Programme page of Photonics West, with one item of its own."""
    with db.session() as session:
        mission_id = svc.create_mission(session, mission_data())
        svc.create_programme_item(
            session,
            mission_id,
            svc.ProgrammeItemData(
                kind=ProgrammeItemKind.BRIEFING,
                title="Delegation briefing",
                starts_local=datetime(2027, 1, 25, 7, 30),
                ends_local=datetime(2027, 1, 25, 8, 15),
                venue_name="Hotel Nikko",
            ),
        )
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_programme(mission_id)
    return window, mission_id


class Dialogs:
    """The page's dialogs, replaced: the file chosen, the confirmation's answer, and what the
    person was told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path, shot: str = "") -> None:
        self.path = path
        self.shot = shot  # the screenshot's name, if one is wanted
        self.answer = True
        self.confirmations: list[AgendaImportDialog] = []
        self.informed: list[str] = []
        self.errors: list[str] = []
        monkeypatch.setattr(dialogs, "show_file_dialog", lambda *_a: ([str(self.path)], ""))
        monkeypatch.setattr(page_module, "confirm_import", self._confirm)
        monkeypatch.setattr(page_module, "inform", lambda _p, _t, text: self.informed.append(text))
        monkeypatch.setattr(
            page_module,
            "report_error",
            lambda _parent, exc, action="": self.errors.append(f"{action}: {exc}"),
        )

    def _confirm(self, dialog: AgendaImportDialog) -> bool:
        dialog.show()
        self.confirmations.append(dialog)
        self.texts = (
            dialog.heading.text(),
            dialog.summary.text(),
            list(dialog.skipped_lines),
        )
        if self.shot:
            dialog.grab().save(str(SCREENSHOTS / f"agenda_import_{self.shot}.png"))
        dialog.hide()
        return self.answer


def test_import_shows_what_it_will_do_then_adds_the_items_at_their_local_times(
    qtbot: QtBot,
    db: Database,
    programme_window: tuple[MainWindow, uuid.UUID],
    agenda: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _mission_id = programme_window
    page = window.programme_page
    dialogs = Dialogs(monkeypatch, agenda, shot="confirmation")
    assert page.import_action.isEnabled()
    [programme_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Programme"]
    assert isinstance(programme_menu, QMenu)
    assert page.import_action in programme_menu.actions()
    before = shown(page)

    page.import_action.trigger()

    heading, summary, skipped = dialogs.texts
    assert "baltic_optics_agenda.ics" in heading and "PW2027" in heading
    assert summary == "3 new items; 2 events skipped:"
    assert skipped == [
        "Investor breakfast: cancelled",
        "Follow-up visit in San Diego: it is on 2027-02-03, outside the mission's dates "
        "(2027-01-24 to 2027-01-29)",
    ]
    assert dialogs.errors == [] and dialogs.informed == []
    imported = [r for r in shown(page) if r not in before]
    assert imported == EXPECTED
    stored = {i.title: i for i in items_in(db)}
    assert stored["Partner dinner"].starts_at == datetime(2027, 1, 28, 3, 0, tzinfo=UTC)
    assert stored["Partner dinner"].source_uid == "dinner-2027@baltic-optics.example"
    assert len(page.timeline.items_in_time_order()) == 4  # the timeline shows them too
    assert window.undo_action.isEnabled()
    assert "baltic_optics_agenda.ics" in window.undo_action.text()
    assert "3 new items" in window.statusBar().currentMessage()
    page.tabs.setCurrentIndex(1)
    page.grab().save(str(SCREENSHOTS / "agenda_import_timeline.png"))
    page.tabs.setCurrentIndex(0)
    page.grab().save(str(SCREENSHOTS / "agenda_import_programme.png"))


def test_undo_takes_the_import_back_and_redo_brings_the_same_items_back(
    qtbot: QtBot,
    db: Database,
    programme_window: tuple[MainWindow, uuid.UUID],
    agenda: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _mission_id = programme_window
    page = window.programme_page
    Dialogs(monkeypatch, agenda)
    before_rows, before_venues = shown(page), venue_names(db)

    page.import_action.trigger()
    after = items_in(db)
    assert len(after) == 4

    window.undo_action.trigger()
    assert [i.title for i in items_in(db)] == ["Delegation briefing"]
    assert venue_names(db) == before_venues  # the venues the import added went with it
    assert shown(page) == before_rows
    assert len(page.timeline.items_in_time_order()) == 1

    window.redo_action.trigger()
    again = items_in(db)
    assert [(i.id, i.title, i.starts_at, i.source_uid) for i in again] == [
        (i.id, i.title, i.starts_at, i.source_uid) for i in after
    ]
    assert [r for r in shown(page) if r not in before_rows] == EXPECTED


def test_reimport_says_nothing_new_and_adds_no_copies(
    qtbot: QtBot,
    db: Database,
    programme_window: tuple[MainWindow, uuid.UUID],
    agenda: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _mission_id = programme_window
    page = window.programme_page
    dialogs = Dialogs(monkeypatch, agenda)
    page.import_action.trigger()
    rows = shown(page)
    steps = window.undo_stack.count()

    page.import_action.trigger()

    assert len(dialogs.confirmations) == 1  # no second confirmation
    [told] = dialogs.informed
    assert told.startswith(
        "Nothing new in baltic_optics_agenda.ics: its 3 items are already on the programme"
    )
    assert "Investor breakfast: cancelled" in told
    assert len(items_in(db)) == 4
    assert shown(page) == rows
    assert window.undo_stack.count() == steps  # nothing to undo
    assert "Nothing new" in window.statusBar().currentMessage()


def test_cancel_in_the_confirmation_changes_nothing(
    qtbot: QtBot,
    db: Database,
    programme_window: tuple[MainWindow, uuid.UUID],
    agenda: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _mission_id = programme_window
    dialogs = Dialogs(monkeypatch, agenda)
    dialogs.answer = False

    window.programme_page.import_action.trigger()

    assert len(dialogs.confirmations) == 1
    assert [i.title for i in items_in(db)] == ["Delegation briefing"]
    assert window.undo_stack.count() == 0


def test_a_moved_event_updates_its_item_and_undo_moves_it_back(
    qtbot: QtBot,
    db: Database,
    programme_window: tuple[MainWindow, uuid.UUID],
    agenda: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, _mission_id = programme_window
    page = window.programme_page
    dialogs = Dialogs(monkeypatch, agenda)
    page.import_action.trigger()
    keynote = next(i for i in items_in(db) if i.title.startswith("Keynote"))
    later = tmp_path / "baltic_optics_agenda_v2.ics"
    later.write_bytes(
        AGENDA.replace("20270126T170000Z", "20270126T183000Z")
        .replace("20270126T180000Z", "20270126T193000Z")
        .replace("SUMMARY:Welcome coffee", "STATUS:CANCELLED\r\nSUMMARY:Welcome coffee")
        .encode("utf-8")
    )
    dialogs.path, dialogs.shot = later, "confirmation_update"

    page.import_action.trigger()

    assert dialogs.texts[1] == "1 updated, 1 removed, 1 unchanged; 3 events skipped:"
    moved = next(i for i in items_in(db) if i.id == keynote.id)
    assert moved.starts_at == datetime(2027, 1, 26, 18, 30, tzinfo=UTC)
    assert "Welcome coffee" not in {i.title for i in items_in(db)}
    assert ("Welcome coffee: cancelled; taken off the programme") in dialogs.texts[2]

    window.undo_action.trigger()
    back = {i.id: i for i in items_in(db)}
    assert back[keynote.id].starts_at == keynote.starts_at
    assert "Welcome coffee" in {i.title for i in back.values()}
    assert (date(2027, 1, 26), "09:00–10:00 PST", "Keynote: photonics for health") in shown(page)


def test_broken_file_shows_its_error_and_changes_nothing(
    qtbot: QtBot,
    db: Database,
    programme_window: tuple[MainWindow, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, _mission_id = programme_window
    page = window.programme_page
    broken = tmp_path / "cut_short.ics"
    broken.write_bytes(AGENDA[: AGENDA.index("END:VCALENDAR") - 20].encode("utf-8"))
    dialogs = Dialogs(monkeypatch, broken)
    rows = shown(page)

    page.import_action.trigger()

    [error] = dialogs.errors
    assert error.startswith("import cut_short.ics: ")
    assert "cut_short.ics is not a readable calendar" in error
    assert dialogs.confirmations == []
    assert [i.title for i in items_in(db)] == ["Delegation briefing"]
    assert shown(page) == rows
    assert window.undo_stack.count() == 0


def test_import_is_disabled_without_a_mission(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    assert window.programme_page.mission_id() is None
    assert not window.programme_page.import_action.isEnabled()


def test_confirmation_with_many_skipped_events_keeps_its_size_and_lists_them_all(
    qtbot: QtBot, db: Database
) -> None:
    with db.session() as session:
        mission_id = svc.create_mission(session, mission_data())
        context = svc.programme_context(session, mission_id)
    skipped = tuple(
        SkippedEvent(f"Stand duty {n}", "it is on 2027-02-03, outside the mission's dates")
        for n in range(40)
    )
    dialog = AgendaImportDialog("big.ics", context, CalendarImport(120, 0, 0, skipped))
    qtbot.addWidget(dialog)
    dialog.show()

    assert isinstance(dialog.skipped, QPlainTextEdit)
    assert dialog.skipped.toPlainText().count("Stand duty") == 40
    assert dialog.height() < 600
    assert dialog.summary.text() == "120 new items; 40 events skipped:"
    dialog.grab().save(str(SCREENSHOTS / "agenda_import_confirmation_many.png"))


def test_undo_is_refused_with_a_message_when_an_imported_item_was_changed_elsewhere(
    qtbot: QtBot,
    db: Database,
    programme_window: tuple[MainWindow, uuid.UUID],
    agenda: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another window or the pimap command changed an imported item: the undo would throw that
    change away, so it is refused, and the step leaves the stack."""
    window, _mission_id = programme_window
    page = window.programme_page
    Dialogs(monkeypatch, agenda)
    shown_errors: list[str] = []
    monkeypatch.setattr(
        undo_module, "report_error", lambda _p, exc, action="": shown_errors.append(str(exc))
    )
    page.import_action.trigger()
    dinner = next(i for i in items_in(db) if i.title == "Partner dinner")
    with db.session() as session:
        data = svc.programme_item_data(session, dinner.id)
        svc.update_programme_item(session, dinner.id, replace(data, room="Salon 7"))

    window.undo_action.trigger()

    assert shown_errors == [
        "The agenda import cannot be undone: “Partner dinner” was changed since. Change the "
        "programme by hand instead."
    ]
    assert len(items_in(db)) == 4
    assert window.undo_stack.count() == 0
