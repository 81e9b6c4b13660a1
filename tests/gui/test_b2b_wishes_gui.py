"""The participant side from the B2B page: wish forms written in the background, filled in
(openpyxl, as a participant would), read back through the preview, undone and redone; and the
Suggested list turned into requests with one click."""

from __future__ import annotations

import uuid
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.models import MeetingRequest
from pimap_desktop.gui.b2b.b2b_page import B2BPage
from pimap_desktop.gui.b2b.wishes_dialog import WishesImportDialog
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database
from tests.factories import add_organisation, add_person, mission_data
from tests.gui.conftest import settle
from tests.gui.file_dialogs import FileDialogs
from tests.wish_forms import fill_form

PROFILES = {
    "ana": ("Fibrelux Photonics", "FR", "laser micro-machining of glass", "aerospace partners"),
    "bo": (
        "Nordstål Precision",
        "SE",
        "precision machining of turbine parts",
        "laser micro-machining",
    ),
    "eva": ("Lumen Research Lab", "PT", "ultrafast laser sources", "industrial end users"),
}


@pytest.fixture
def mission(db: Database) -> dict[str, uuid.UUID]:
    with db.session() as session:
        mission_id = create_mission(session, mission_data())
        people = []
        for key, (org, country, offers, seeks) in PROFILES.items():
            organisation = add_organisation(session, org, country, offers=offers, seeks=seeks)
            people.append(
                add_person(
                    session,
                    key.capitalize(),
                    "Example",
                    f"{key}@wishes.example",
                    organisation=organisation,
                    consent_listed=True,
                    consent_contact=True,
                )
            )
        regs = register_people(session, mission_id, [p.id for p in people]).registered
        b2b.add_session(
            session,
            mission_id,
            b2b.SessionData(date(2027, 1, 27), time(13, 30), time(17, 30), 20, 5, 4),
        )
    return {"mission": mission_id, **dict(zip(PROFILES, regs, strict=True))}


def _page(qtbot: QtBot, db: Database, settings: QSettings, mission_id: uuid.UUID) -> B2BPage:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.go_to(3)
    window.current.set_mission(mission_id)
    settle(qtbot, window)
    return window.b2b_page


def _requests(db: Database) -> set[tuple[uuid.UUID, uuid.UUID, int]]:
    with db.session() as session:
        return {
            (r.requester_id, r.target_id, r.priority)
            for r in session.scalars(select(MeetingRequest))
        }


def test_wish_forms_go_out_and_come_back_as_requests_with_one_undo_step(
    qtbot: QtBot,
    db: Database,
    settings: QSettings,
    mission: dict[str, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    file_dialogs: FileDialogs,
) -> None:
    page = _page(qtbot, db, settings, mission["mission"])
    out = tmp_path / "forms"
    file_dialogs.answer(out)
    page.wish_forms_action.trigger()
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert page.last_wish_forms is not None
    forms = sorted(out.glob("*.xlsx"))
    assert len(forms) == 3
    ana_form = next(f for f in forms if "Ana" in f.name)
    fill_form(ana_form, {"bo@wishes.example": 1, "eva@wishes.example": "4"})

    shown: list[WishesImportDialog] = []

    def confirm(dialog: WishesImportDialog) -> bool:
        shown.append(dialog)
        assert dialog.files.rowCount() == 1
        assert dialog.problems.rowCount() == 1  # priority 4, with its row number
        assert "'4'" in dialog.problems.item(0, 3).text()
        assert dialog.problems.item(0, 0).text() == ana_form.name
        assert int(dialog.problems.item(0, 1).text()) > 1  # the sheet's own row number
        assert dialog.import_button.isEnabled()
        dialog.accept()
        return True

    file_dialogs.answer(ana_form)
    monkeypatch.setattr(page, "_confirm_wishes", confirm)
    page.import_wishes_action.trigger()
    assert shown
    wanted = {(mission["ana"], mission["bo"], 1)}
    assert _requests(db) == wanted
    assert page.requests.total() == 1

    page.undo_stack.undo()
    assert _requests(db) == set()
    assert page.requests.total() == 0
    page.undo_stack.redo()
    assert _requests(db) == wanted


def test_a_suggestion_becomes_a_priority_three_request_and_undo_takes_it_back(
    qtbot: QtBot, db: Database, settings: QSettings, mission: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, db, settings, mission["mission"])
    page.tabs.setCurrentIndex(2)
    rows = page.suggestions.rows()
    assert rows, page.suggestions_note.text()
    pairs = {frozenset((s.requester_id, s.target_id)) for s in rows}
    # Bo machines turbine parts and seeks laser micro-machining, which Ana offers.
    assert frozenset((mission["ana"], mission["bo"])) in pairs
    best = page.suggestions.shown_rows()[0]
    assert all(best.score >= s.score for s in rows)
    assert best.reasons
    page.suggestions_view.selectionModel().select(
        page.suggestions.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.accept_suggestion_action.isEnabled()
    page.accept_suggestion_action.trigger()
    assert _requests(db) == {(best.requester_id, best.target_id, 3)}
    # The pair is no longer suggested: it has asked now.
    assert frozenset((best.requester_id, best.target_id)) not in {
        frozenset((s.requester_id, s.target_id)) for s in page.suggestions.rows()
    }
    page.undo_stack.undo()
    assert _requests(db) == set()
    assert len(page.suggestions.rows()) == len(rows)
