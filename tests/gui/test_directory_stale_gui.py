"""A directory action on a record someone else removed meanwhile: one message, the lists read
again, no dialog. (``gui.reads.read_or_report``, through the real page.)"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui.directory.directory_page import DirectoryPage
from pimap_desktop.gui.reads import read_or_report
from pimap_desktop.services.directory import directory as svc
from pimap_desktop.store.database import Database


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _parent, title, text, *_args: shown.append((title, text)),
    )
    return shown


def _page(qtbot: QtBot, db: Database) -> DirectoryPage:
    page = DirectoryPage(db)
    qtbot.addWidget(page)
    return page


def _person(db: Database) -> uuid.UUID:
    with db.session() as session:
        return svc.create_person(session, svc.PersonData(first_name="Manon", last_name="Castaing"))


def _organisation(db: Database) -> uuid.UUID:
    with db.session() as session:
        return svc.create_organisation(session, svc.OrganisationData(name="Optivale"))


def test_editing_a_person_removed_meanwhile_says_so_and_reloads(
    qtbot: QtBot, db: Database, warnings: list[tuple[str, str]]
) -> None:
    person_id = _person(db)
    page = _page(qtbot, db)
    assert page.select_person(person_id)
    with db.session() as session:
        svc.delete_person(session, person_id)  # elsewhere: another window, the CLI

    page.edit_action.trigger()

    assert warnings == [("Could not open the person", "That person is no longer in the directory.")]
    assert page.dialog is None
    assert page.people.model.rowCount() == 0


def test_deleting_an_organisation_removed_meanwhile_says_so_and_reloads(
    qtbot: QtBot, db: Database, warnings: list[tuple[str, str]]
) -> None:
    organisation_id = _organisation(db)
    page = _page(qtbot, db)
    assert page.select_organisation(organisation_id)
    with db.session() as session:
        svc.delete_organisation(session, organisation_id)

    page.delete_action.trigger()

    assert warnings == [
        (
            "Could not delete the organisation",
            "That organisation is no longer in the directory.",
        )
    ]
    assert page.dialog is None  # no confirmation asked
    assert page.organisations.model.rowCount() == 0


def test_read_or_report_returns_what_was_read(qtbot: QtBot, db: Database) -> None:
    person_id = _person(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    reloads: list[None] = []

    data = read_or_report(
        parent,
        db,
        lambda session: svc.person_data(session, person_id),
        reload=lambda: reloads.append(None),
    )

    assert data is not None and data.last_name == "Castaing"
    assert reloads == []


def test_read_or_report_lets_other_errors_through(
    qtbot: QtBot, db: Database, warnings: list[tuple[str, str]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def read(_session: Session) -> None:
        raise NotFoundError("Gone.")

    with pytest.raises(NotFoundError):
        read_or_report(parent, db, read, reload=lambda: None, errors=KeyError)
    assert warnings == []
