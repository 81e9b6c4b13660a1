"""A colleague's change refreshes the pages that show it (MainWindow._colleague_changed, from
the team database's notices): the coordinator keeps their place in a long list, the rows
selected and where the list was scrolled to (issue 15, "Seeing colleagues' changes").

The notices themselves are tested on PostgreSQL (test_changes_gui.py, test_team_window.py);
here a colleague's row is written to a database file holding a mission of 200 registrations,
200 meeting requests and 200 follow-ups, and the window is told which tables changed. The
coordinator's selected row is still in view, or scrolled out of it: the refresh must not jump
back to it (gui/models.py, ``keeping_place``). The people are fictional.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import (
    FollowUp,
    MeetingRequest,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.gui.b2b.b2b_page import REQUESTS_TAB
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.models import ROW_ROLE
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database
from tests.factories import mission_data

ROWS = 200
FIRST = ("Aino", "Bruno", "Camille", "Dag", "Élodie", "Filipe", "Greta", "Hannu", "Inês", "Jules")
LAST = ("Kallio", "Teixeira", "Roussel", "Lindqvist", "Marchand", "Sousa", "Sjöberg", "Perrin")


@pytest.fixture
def mission_id(db: Database) -> uuid.UUID:
    """A mission with ROWS registrations (so ROWS people), requests and follow-ups."""
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        with transaction(session):
            organisations = [
                Organisation(
                    name=f"Fictional Optics {n}",
                    normalised_name=normalise_name(f"Fictional Optics {n}"),
                    kind=OrganisationKind.SME,
                    country=("FR", "PT", "SE", "FI")[n % 4],
                )
                for n in range(20)
            ]
            session.add_all(organisations)
            session.flush()
            people = [
                Person(
                    first_name=FIRST[n % len(FIRST)],
                    last_name=f"{LAST[n % len(LAST)]} {n:03d}",
                    email=f"person{n:03d}@place.example",
                    organisation_id=organisations[n % 20].id,
                )
                for n in range(ROWS)
            ]
            session.add_all(people)
            session.flush()
            registrations = [
                Registration(
                    mission_id=mission_id,
                    person_id=person.id,
                    role=RegistrationRole.DELEGATE,
                    status=RegistrationStatus.CONFIRMED,
                )
                for person in people
            ]
            session.add_all(registrations)
            session.flush()
            session.add_all(
                MeetingRequest(
                    mission_id=mission_id,
                    requester_id=registrations[n].id,
                    target_id=registrations[(n + 1) % ROWS].id,
                    priority=1 + n % 3,
                )
                for n in range(ROWS)
            )
            session.add_all(
                FollowUp(
                    mission_id=mission_id,
                    contact_id=people[n].id,
                    organisation_id=people[n].organisation_id,
                    outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
                    next_action=f"Send the datasheet {n}",
                    due_date=date(2027, 2, 1 + n % 28),
                )
                for n in range(ROWS)
            )
        return mission_id


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, settings: QSettings, mission_id: uuid.UUID
) -> Iterator[MainWindow]:
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.current.set_mission(mission_id)
    yield win
    win.close()


@dataclass(frozen=True)
class Place:
    """Where a coordinator is in a list: the rows selected and the scroll position."""

    selected: frozenset[uuid.UUID]
    scrolled_to: int


def place(view: QTableView) -> Place:
    rows = view.selectionModel().selectedRows()
    return Place(
        frozenset(index.data(ROW_ROLE).id for index in rows), view.verticalScrollBar().value()
    )


def select_in_the_middle_and_scroll(qtbot: QtBot, view: QTableView, rows: int) -> Place:
    """Select a row in the middle of the list, then scroll ``rows`` rows down: a little, as a
    coordinator reading the rows after it would, or so far that it is out of view."""
    model = view.model()
    assert model.rowCount() >= ROWS
    middle = model.index(model.rowCount() // 2, 0)
    view.selectionModel().setCurrentIndex(
        middle,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(middle)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + rows)
    qtbot.wait(1)  # the events of the scroll handled
    before = place(view)
    assert before.selected and 0 < before.scrolled_to < bar.maximum()
    return before


def _new_person(session: Session, n: int) -> Person:
    """A colleague's new person, sorted first by last name."""
    person = Person(first_name="Aada", last_name=f"Aalto {n}", email=f"new{n}@place.example")
    session.add(person)
    session.flush()
    return person


def _new_registration(session: Session, mission_id: uuid.UUID) -> Registration:
    registration = Registration(
        mission_id=mission_id,
        person_id=_new_person(session, 1).id,
        role=RegistrationRole.DELEGATE,
        status=RegistrationStatus.CONFIRMED,
    )
    session.add(registration)
    session.flush()
    return registration


def _new_request(session: Session, mission_id: uuid.UUID) -> None:
    first = session.scalars(select(Registration.id).limit(1)).one()
    registration = _new_registration(session, mission_id)
    session.add(
        MeetingRequest(mission_id=mission_id, requester_id=registration.id, target_id=first)
    )


def _new_followup(session: Session, mission_id: uuid.UUID) -> None:
    person = _new_person(session, 2)
    session.add(
        FollowUp(
            mission_id=mission_id,
            contact_id=person.id,
            outcome=FollowUpOutcome.PROPOSAL_SENT,
            next_action="Call back",
            due_date=date(2027, 2, 1),
        )
    )


Change = Callable[[Session, uuid.UUID], object]
# Each list, the colleague's change that adds a row to it, and the tables it tells of.
PAGES: dict[str, tuple[Callable[[MainWindow], QTableView], Change, set[str]]] = {
    "registrations": (
        lambda w: w.registrations_page.table,
        _new_registration,
        {"people", "registrations"},
    ),
    "directory people": (
        lambda w: w.directory_page.people.table,
        lambda session, _mission: _new_person(session, 3),
        {"people"},
    ),
    "B2B requests": (
        lambda w: w.b2b_page.requests_pane.requests_view,
        _new_request,
        {"people", "registrations", "meeting_requests"},
    ),
    "follow-up log": (
        lambda w: w.followup_page.table,
        _new_followup,
        {"people", "follow_ups"},
    ),
}


def _show(window: MainWindow, name: str) -> None:
    pages = {
        "registrations": window.registrations_page,
        "directory people": window.directory_page,
        "B2B requests": window.b2b_page,
        "follow-up log": window.followup_page,
    }
    window.go_to(window.stack.indexOf(pages[name]))
    if name == "B2B requests":
        window.b2b_page.tabs.setCurrentIndex(REQUESTS_TAB)


@pytest.mark.parametrize(
    "scrolled", [3, 60], ids=["the selection in view", "the selection scrolled out of view"]
)
@pytest.mark.parametrize("name", list(PAGES))
def test_a_colleagues_change_keeps_the_selection_and_the_scroll_position(
    qtbot: QtBot, window: MainWindow, db: Database, mission_id: uuid.UUID, name: str, scrolled: int
) -> None:
    view_of, change, tables = PAGES[name]
    _show(window, name)
    view = view_of(window)
    qtbot.waitUntil(lambda: view.model().rowCount() >= ROWS and view.isVisible())
    rows = view.model().rowCount()
    before = select_in_the_middle_and_scroll(qtbot, view, scrolled)

    with db.session() as session, transaction(session):  # a colleague's commit
        change(session, mission_id)
    with qtbot.waitSignal(view.model().modelReset):  # the list read again
        window._colleague_changed(tables)  # what the notices of that commit lead to
    qtbot.wait(1)  # and what the view does after, once the events are handled

    assert view.model().rowCount() == rows + 1  # the colleague's row is in
    assert place(view) == before
