"""The window's pages read their data when they are shown (issue 18): a start reads only the
page on screen; a change elsewhere while a page is hidden is read once, when it is shown; the
long lists are read in the background, and only the newest read is shown."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import Registration
from pimap_desktop.gui.lazy import PageReader
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.registrations.registrations_page import RegistrationsPage
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database
from tests.factories import add_person, mission_data
from tests.gui.conftest import settle


@pytest.fixture
def mission(db: Database) -> uuid.UUID:
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        people = [
            add_person(session, "Élise", "Marchand", "em@lumiphos.example").id,
            add_person(session, "Aarne", "Väisänen", "av@kaamos.example").id,
        ]
        register_people(session, mission_id, people)
    return mission_id


class Statements:
    """The SQL the window sends, as text (lower case)."""

    def __init__(self, db: Database) -> None:
        self.seen: list[str] = []
        self.engine = db.engine
        event.listen(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.seen.append(" ".join(statement.lower().split()))

    def reading(self, table: str) -> list[str]:
        """The statements reading ``table``'s rows (not counts of them in another's list)."""
        return [s for s in self.seen if s.startswith(f"select {table}.")]

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


@pytest.fixture
def statements(db: Database) -> Iterator[Statements]:
    watching = Statements(db)
    yield watching
    watching.close()


def test_a_start_reads_only_the_page_on_screen(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID, statements: Statements
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    assert statements.reading("people") == []  # nothing before the window is shown
    window.show()
    assert window.stack.currentWidget() is window.missions_page
    assert window.missions_page.model.rowCount() == 1
    # No page showing people was read: not the registrations, the directory, the desk.
    assert statements.reading("people") == []
    assert statements.reading("registrations") == []
    assert window.registrations_page.model.rowCount() == 0

    window.go_to(window.stack.indexOf(window.registrations_page))
    settle(qtbot, window)
    names = sorted(r.last_name for r in window.registrations_page.model.rows())
    assert names == ["Marchand", "Väisänen"]
    assert len(statements.reading("registrations")) >= 1


def test_a_hidden_page_reads_a_change_once_when_it_is_shown_again(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID, statements: Statements
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    registrations = window.stack.indexOf(window.registrations_page)
    statements.seen.clear()
    window.go_to(registrations)
    settle(qtbot, window)
    assert {r.hotel for r in window.registrations_page.model.rows()} == {""}
    one_load = statements.reading("registrations")
    assert one_load
    window.go_to(0)

    with db.engine.begin() as conn:
        conn.execute(update(Registration).values(hotel="Hotel Œrsted"))
    statements.seen.clear()
    for _ in range(3):  # three changes elsewhere while the page is hidden
        window.refresh_data()
    assert window.registrations_page.loads.pending
    assert {r.hotel for r in window.registrations_page.model.rows()} == {""}  # not read yet

    window.go_to(registrations)
    settle(qtbot, window)
    assert {r.hotel for r in window.registrations_page.model.rows()} == {"Hotel Œrsted"}
    assert not window.registrations_page.loads.pending
    assert len(statements.reading("registrations")) == len(one_load)  # read once, when shown


def test_a_page_standing_alone_reads_at_once(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID
) -> None:
    from PySide6.QtGui import QUndoStack

    page = RegistrationsPage(db, QUndoStack(), settings)
    qtbot.addWidget(page)
    page.show_mission(mission)
    assert not page.isVisible()
    assert page.model.rowCount() == 2


def test_the_page_choosers_share_one_read_of_the_missions_at_start(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID, statements: Statements
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    listed = [s for s in statements.reading("missions") if "count(" in s]
    # The current mission's read (which the six choosers fill from), the missions page's list
    # and the follow-up log's filter; not one read per chooser.
    assert len(listed) == 3
    for page in (window.programme_page, window.registrations_page, window.b2b_page):
        assert page.mission_combo.count() == 1
        assert page.mission_id() == mission


# --------------------------------------------------------------------------- in the background


def test_a_page_shown_reads_its_list_in_the_background(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.registrations_page
    window.go_to(window.stack.indexOf(page))
    # The page is on screen at once; its list follows when the read is done.
    assert window.stack.currentWidget() is page
    assert page.reader.loading()
    assert page.count_label.text() == "Loading…"
    assert page.model.rowCount() == 0
    settle(qtbot, window)
    assert sorted(r.last_name for r in page.model.rows()) == ["Marchand", "Väisänen"]
    assert page.count_label.text() == "2 registered"


def test_another_mission_chosen_shows_none_of_the_first_ones_rows_while_it_is_read(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID
) -> None:
    with db.session() as session:
        other = create_mission(session, mission_data(code="TOR2027"))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.registrations_page
    window.go_to(window.stack.indexOf(page))
    page.show_mission(mission)
    settle(qtbot, window)
    assert page.model.rowCount() == 2
    page.show_mission(other)
    assert page.model.rowCount() == 0  # at once: no row of the first mission to act on
    assert page.add_action.isEnabled()
    settle(qtbot, window)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 registered"


class Reads:
    """Reads for a PageReader: each waits for its gate, then returns its name."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.applied: list[str] = []
        self.states: list[bool] = []
        self.gate = threading.Event()

    def read(self, name: str) -> Any:
        def read(_session: Session) -> str:
            self.started.append(name)
            if not self.gate.wait(10):
                raise AssertionError("the test never opened the gate")
            return name

        return read


@pytest.fixture
def reads(qtbot: QtBot, db: Database) -> Iterator[tuple[PageReader[str], Reads]]:
    page = QWidget()
    qtbot.addWidget(page)
    found = Reads()
    reader: PageReader[str] = PageReader(
        page, db, action="read", loading=found.states.append, failed=lambda _exc: False
    )
    yield reader, found
    found.gate.set()
    reader.wait()


def test_a_read_made_now_drops_the_background_read_still_running(
    qtbot: QtBot, reads: tuple[PageReader[str], Reads]
) -> None:
    reader, found = reads
    reader.in_background(found.read("shown"), found.applied.append)
    assert reader.loading()
    reader.now(lambda _session: "own change", found.applied.append)
    assert found.applied == ["own change"]
    found.gate.set()
    qtbot.waitUntil(lambda: not reader.loading())
    assert found.applied == ["own change"]  # the older read came back and was dropped
    assert found.states == [True, False]


def test_reads_asked_for_while_one_runs_make_one_more_read_the_newest(
    qtbot: QtBot, reads: tuple[PageReader[str], Reads]
) -> None:
    reader, found = reads
    reader.in_background(found.read("first"), found.applied.append)
    for name in ("second", "third", "fourth"):
        reader.in_background(found.read(name), found.applied.append)
    found.gate.set()
    qtbot.waitUntil(lambda: not reader.loading() and bool(found.applied))
    assert found.started == ["first", "fourth"]
    assert found.applied == ["fourth"]
    assert found.states == [True, True, False]


def test_a_background_read_that_fails_is_handed_to_the_page(qtbot: QtBot, db: Database) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    failures: list[Exception] = []

    def handled(exc: Exception) -> bool:
        failures.append(exc)
        return True

    reader: PageReader[str] = PageReader(
        page, db, action="read", loading=lambda _on: None, failed=handled
    )

    def gone(_session: Session) -> str:
        raise NotFoundError("That mission no longer exists.")

    applied: list[str] = []
    reader.in_background(gone, applied.append)
    qtbot.waitUntil(lambda: not reader.loading())
    assert [str(exc) for exc in failures] == ["That mission no longer exists."]
    assert applied == []


def test_a_read_dropped_is_never_shown(qtbot: QtBot, reads: tuple[PageReader[str], Reads]) -> None:
    """What the window does when it turns to another database: the old one's read is not shown."""
    reader, found = reads
    reader.in_background(found.read("other database"), found.applied.append)
    reader.drop()
    found.gate.set()
    qtbot.waitUntil(lambda: not reader.loading())
    assert found.started == ["other database"]
    assert found.applied == []
    assert found.states == [True, False]


def test_the_kpis_shown_at_start_are_counted_once_for_the_current_mission(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID, statements: Statements
) -> None:
    settings.setValue("main/page", 8)  # the KPIs were on screen when the window last closed
    settings.setValue("current/mission", str(mission))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.kpi_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: not page.busy() and page.report is not None)
    assert page.current_filter().mission_id == mission
    assert page.report is not None
    assert page.report.mission_code == "PW2027"
    assert len(statements.reading("kpi_targets")) == 1  # one count, not one per choice


def test_the_b2b_page_shows_at_once_and_its_meetings_follow(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.b2b_page
    window.go_to(window.stack.indexOf(page))
    assert window.stack.currentWidget() is page
    assert page.reader.loading()
    assert page.summary.text() == "Loading…"
    assert page.people_rows == []
    settle(qtbot, window)
    assert sorted(p.name for p in page.people_rows) == ["Aarne Väisänen", "Élise Marchand"]
    assert page.summary.text() != "Loading…"


def test_another_mission_chosen_on_the_b2b_page_offers_none_of_the_first_ones_sessions(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID
) -> None:
    from datetime import date, time

    from pimap_desktop.services.b2b.meetings import SessionData, add_session

    with db.session() as session:
        other = create_mission(session, mission_data(code="TOR2027"))
        add_session(
            session, mission, SessionData(date(2027, 1, 27), time(13, 30), time(15), 20, 5, 2)
        )
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.b2b_page
    window.go_to(window.stack.indexOf(page))
    page.show_mission(mission)
    settle(qtbot, window)
    assert page.session_combo.count() == 1
    page.show_mission(other)
    assert page.session_combo.count() == 0  # at once, while the other mission is read
    assert page.current_session() is None
    settle(qtbot, window)
    assert page.session_combo.count() == 0


def test_the_export_page_reads_the_missions_people_in_the_background_on_every_show(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.export_page
    window.go_to(window.stack.indexOf(page))
    assert page.reader.loading()
    assert page.build_request() == "Reading the mission's people…"  # nothing made half-read
    assert page.scope_combo.itemText(0).endswith("(…)")  # no count until they are read
    settle(qtbot, window)
    assert page.scope_combo.itemText(0).endswith("(2)")
    assert [r.last_name for r in page.people] == ["Marchand", "Väisänen"]
    window.go_to(0)
    with db.engine.begin() as conn:
        conn.execute(update(Registration).values(hotel="Hotel Œrsted"))
    window.go_to(window.stack.indexOf(page))
    assert [r.last_name for r in page.people] == ["Marchand", "Väisänen"]  # kept while read
    settle(qtbot, window)
    assert {r.hotel for r in page.people} == {"Hotel Œrsted"}


def test_a_mission_gone_before_its_read_makes_the_page_read_its_missions_again(
    qtbot: QtBot, db: Database, settings: QSettings, mission: uuid.UUID
) -> None:
    from PySide6.QtGui import QUndoStack

    from pimap_desktop.services.missions.missions import delete_mission

    page = RegistrationsPage(db, QUndoStack(), settings)
    qtbot.addWidget(page)
    page.show_mission(mission)
    assert page.model.rowCount() == 2
    with db.session() as session:
        delete_mission(session, mission)
    page.refresh()  # read now: the mission is gone, the chooser is read again
    assert page.mission_combo.count() == 0
    assert page.model.rowCount() == 0
