"""The window's pages read their data when they are shown (issue 18): a start reads only the
page on screen; a change elsewhere while a page is hidden is read once, when it is shown."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import event, update

from pimap_desktop.domain.models import Registration
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.registrations.registrations_page import RegistrationsPage
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database
from tests.factories import add_person, mission_data


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
