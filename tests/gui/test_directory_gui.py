"""The directory through the real widgets; the database checked behind them."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pimap_desktop.domain.enums import OrganisationKind, RegistrationRole
from pimap_desktop.domain.models import Organisation, Person, Registration
from pimap_desktop.gui.directory.dialogs import (
    MergeDialog,
    OrganisationDialog,
    PersonDialog,
    split_list,
)
from pimap_desktop.gui.directory.directory_page import DirectoryPage
from pimap_desktop.services.directory import directory as svc
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import Database
from tests.factories import mission_data
from tests.gui.file_dialogs import FileDialogs


def _page(qtbot: QtBot, db: Database) -> tuple[DirectoryPage, list[str]]:
    page = DirectoryPage(db)
    qtbot.addWidget(page)
    messages: list[str] = []
    page.message.connect(messages.append)
    return page, messages


def _save(dialog: PersonDialog | OrganisationDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _box(page: DirectoryPage) -> QMessageBox:
    box = page.dialog
    assert isinstance(box, QMessageBox)
    return box


def _organisation(db: Database, name: str, country: str = "FR", **values: object) -> uuid.UUID:
    with db.session() as session:
        return svc.create_organisation(
            session,
            svc.OrganisationData(name=name, country=country, **values),  # type: ignore[arg-type]
        )


def _person(db: Database, first: str, last: str, email: str = "", **values: object) -> uuid.UUID:
    with db.session() as session:
        return svc.create_person(
            session,
            svc.PersonData(first_name=first, last_name=last, email=email, **values),  # type: ignore[arg-type]
        )


def _people(db: Database) -> list[Person]:
    with db.session() as session:
        return list(session.scalars(select(Person).order_by(Person.last_name)))


def _registrations(db: Database) -> list[Registration]:
    with db.session() as session:
        return list(session.scalars(select(Registration)))


def _mission(db: Database, code: str = "PW2027", **values: object) -> uuid.UUID:
    with db.session() as session:
        return create_mission(session, mission_data(code=code, **values))


def _register(db: Database, mission_id: uuid.UUID, *people: uuid.UUID, **values: object) -> None:
    with db.session() as session:
        register_people(session, mission_id, list(people), **values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- people


def test_create_a_person_and_a_refused_email_keeps_the_dialog_open(
    qtbot: QtBot, db: Database
) -> None:
    organisation_id = _organisation(db, "Optivale Photonique SARL")
    page, messages = _page(qtbot, db)
    page.new_person_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.first_name, "Manon")
    qtbot.keyClicks(dialog.last_name, "Castaing")
    qtbot.keyClicks(dialog.email, "manon.castaing@")
    _save(dialog)

    assert dialog.isVisible()
    assert "e-mail" in dialog.error.text()
    assert dialog.focusWidget() is dialog.email
    assert _people(db) == []

    qtbot.keyClicks(dialog.email, "optivale.example")
    qtbot.keyClicks(dialog.organisation.lineEdit(), "optivale photonique sarl")
    qtbot.keyClicks(dialog.languages, "French, English, french")
    assert dialog.document_language.currentData() is None  # the export's language
    dialog.document_language.setCurrentIndex(dialog.document_language.findText("Français"))
    qtbot.keyClicks(dialog.diet, "Vegetarian")
    dialog.consent_listed.setChecked(True)  # dated today unless told otherwise
    _save(dialog)

    assert not dialog.isVisible()
    [person] = _people(db)
    assert (person.first_name, person.last_name, person.email) == (
        "Manon",
        "Castaing",
        "manon.castaing@optivale.example",
    )
    assert person.organisation_id == organisation_id
    assert person.languages == ["French", "English"]
    assert person.preferred_language == "fr"
    assert person.dietary_needs == "Vegetarian"
    assert (person.consent_listed, person.consent_contact) == (True, False)
    assert person.consent_date == date.today()
    assert page.selected_person() is not None
    assert page.selected_person().id == person.id  # type: ignore[union-attr]
    assert messages == ["Manon Castaing added."]


def test_an_organisation_that_does_not_exist_is_refused_in_the_person_form(
    qtbot: QtBot, db: Database
) -> None:
    page, _messages = _page(qtbot, db)
    page.new_person_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.first_name, "Manon")
    qtbot.keyClicks(dialog.last_name, "Castaing")
    qtbot.keyClicks(dialog.organisation.lineEdit(), "Nowhere Ltd")
    _save(dialog)
    assert dialog.isVisible()
    assert "Nowhere Ltd" in dialog.error.text()
    assert _people(db) == []
    dialog.reject()


def test_edit_a_person(qtbot: QtBot, db: Database) -> None:
    person_id = _person(
        db,
        "Léa",
        "Brunet",
        "lea.brunet@laserine.example",
        languages=("fr",),
        consent_contact=True,
        consent_date=date(2026, 3, 13),
    )
    page, messages = _page(qtbot, db)
    assert page.select_person(person_id)
    page.edit_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.data() == svc.PersonData(
        first_name="Léa",
        last_name="Brunet",
        email="lea.brunet@laserine.example",
        languages=("fr",),
        consent_contact=True,
        consent_date=date(2026, 3, 13),
    )
    dialog.job_title.clear()
    qtbot.keyClicks(dialog.job_title, "Head of Sales")
    qtbot.keyClicks(dialog.phone, "+33 5 56 00 00 01")
    _save(dialog)

    [person] = _people(db)
    assert (person.job_title, person.phone) == ("Head of Sales", "+33 5 56 00 00 01")
    assert person.consent_date == date(2026, 3, 13)
    assert page.selected_person().job_title == "Head of Sales"  # type: ignore[union-attr]
    assert "Head of Sales" in page.people.detail.toPlainText()
    assert messages == ["Léa Brunet saved."]


def test_search_and_country_filter_narrow_the_list(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database
) -> None:
    lyon = _organisation(db, "Lumière Lasers", "FR", sectors=("photonics",))
    oulu = _organisation(db, "Revontuli Microwaves Oy", "FI", sectors=("microwaves",))
    _person(db, "Camille", "Bonnet", "camille@lumiere.example", organisation_id=lyon)
    _person(db, "Aino", "Virtanen", "aino@revontuli.example", organisation_id=oulu)
    _person(db, "Mikko", "Korhonen", "mikko@revontuli.example", organisation_id=oulu)
    page, _messages = _page(qtbot, db)
    qtmodeltester.check(page.people.model)
    qtmodeltester.check(page.organisations.model)
    assert page.people.count_label.text() == "3 people"

    qtbot.keyClicks(page.people.search, "micro")  # a sector
    assert page.people.model.rowCount() == 2
    qtbot.keyClicks(page.people.search, " aino")
    assert [r.last_name for r in page.people.model.shown_rows()] == ["Virtanen"]
    assert page.people.count_label.text() == "1 of 3 people shown"

    page.people.search.clear()
    assert page.people.model.rowCount() == 3
    combo = page.people.filter
    combo.setCurrentIndex(combo.findData("FR"))
    assert [r.last_name for r in page.people.model.shown_rows()] == ["Bonnet"]

    qtbot.keyClicks(page.organisations.search, "revontuli")
    assert [r.name for r in page.organisations.model.shown_rows()] == ["Revontuli Microwaves Oy"]


def test_the_selection_survives_a_search_that_keeps_the_row(qtbot: QtBot, db: Database) -> None:
    first = _person(db, "Camille", "Bonnet", "camille@lumiere.example")
    _person(db, "Aino", "Virtanen", "aino@revontuli.example")
    page, _messages = _page(qtbot, db)
    page.select_person(first)
    qtbot.keyClicks(page.people.search, "bon")
    assert page.people.selected_ids() == [first]
    assert "Camille Bonnet" in page.people.detail.toPlainText()
    qtbot.keyClicks(page.people.search, "zzz")
    assert page.people.selected_ids() == []
    assert "Camille Bonnet" not in page.people.detail.toPlainText()
    assert not page.edit_action.isEnabled()


def test_the_page_in_the_window_reads_its_lists_when_first_shown_not_when_built(
    qtbot: QtBot, db: Database
) -> None:
    _person(db, "Camille", "Bonnet", "camille@lumiere.example")
    page = DirectoryPage(db, lazy=True)
    qtbot.addWidget(page)
    page.refresh()  # a change elsewhere while hidden: read when shown
    assert page.people.model.total() == 0 and page.organisations.model.total() == 0
    assert not page.edit_action.isEnabled()
    page.show()
    assert page.reader.loading()  # shown at once, the lists read in the background
    assert page.people.count_label.text() == "Loading…"
    qtbot.waitUntil(lambda: not page.reader.loading())
    assert [r.last_name for r in page.people.model.rows()] == ["Bonnet"]
    assert page.people.count_label.text() == "1 person"


def test_a_search_keeps_the_order_of_the_column_sorted_by(qtbot: QtBot, db: Database) -> None:
    lyon = _organisation(db, "Lumière Lasers", "FR")
    oulu = _organisation(db, "Revontuli Microwaves Oy", "FI")
    _person(db, "Camille", "Bonnet", "camille@lumiere.example", organisation_id=lyon)
    _person(db, "Élodie", "Ångström", "elodie@lumiere.example", organisation_id=lyon)
    _person(db, "Aino", "Virtanen", "aino@revontuli.example", organisation_id=oulu)
    _person(db, "Mikko", "Korhonen", "mikko@revontuli.example", organisation_id=oulu)
    page, _messages = _page(qtbot, db)
    pane = page.people
    header = pane.table.horizontalHeader()

    def last_names() -> list[str]:
        return [r.last_name for r in pane.model.shown_rows()]

    assert header.sortIndicatorSection() == 0
    assert last_names() == ["Bonnet", "Korhonen", "Virtanen", "Ångström"]  # case-folded text
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # a click on First name, twice
    assert last_names() == ["Ångström", "Korhonen", "Bonnet", "Virtanen"]
    qtbot.keyClicks(pane.search, "lumi")
    assert last_names() == ["Ångström", "Bonnet"]
    pane.search.clear()
    qtbot.keyClicks(pane.search, "o")
    assert last_names() == ["Ångström", "Korhonen", "Bonnet", "Virtanen"]
    qtbot.keyClicks(pane.search, "y")  # narrower: "oy"
    assert last_names() == ["Korhonen", "Virtanen"]
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert last_names() == ["Korhonen", "Virtanen"]
    qtbot.keyClicks(pane.search, " revontuli")
    assert last_names() == ["Korhonen", "Virtanen"]


def test_selecting_a_person_shows_their_missions(qtbot: QtBot, db: Database) -> None:
    person_id = _person(db, "Manon", "Castaing", "manon@optivale.example", phone="+33 5 36 49")
    _person(db, "Aino", "Virtanen", "aino@revontuli.example")
    pw = _mission(db)
    ws = _mission(db, "WS-FI-2027", name="Microwave workshop", timezone="Europe/Helsinki")
    _register(db, pw, person_id)
    _register(db, ws, person_id, role=RegistrationRole.SPEAKER)
    page, _messages = _page(qtbot, db)
    assert "Select a person" in page.people.detail.toPlainText()

    page.people.table.selectRow(0)  # Castaing, first by last name
    text = page.people.detail.toPlainText()
    assert "Manon Castaing" in text
    assert "Missions (2)" in text
    assert "PW2027 Photonics West 2027" in text
    assert "WS-FI-2027 Microwave workshop" in text
    assert "Speaker" in text and "Delegate" in text
    assert "+33 5 36 49" in text
    assert page.people.model.index(0, 5).data() == "2"  # the Missions column


def test_selecting_an_organisation_shows_its_profile_and_people(qtbot: QtBot, db: Database) -> None:
    organisation_id = _organisation(
        db, "Lumière Lasers", "FR", city="Lyon", website="lumiere.example", offers="Fibre lasers"
    )
    _person(db, "Camille", "Bonnet", "camille@lumiere.example", organisation_id=organisation_id)
    page, _messages = _page(qtbot, db)
    page.select_organisation(organisation_id)
    assert page.tabs.currentWidget() is page.organisations
    text = page.organisations.detail.toPlainText()
    assert "Lumière Lasers" in text and "Lyon, FR" in text
    assert "Fibre lasers" in text
    assert "People (1)" in text and "Camille Bonnet" in text
    assert 'href="https://lumiere.example"' in page.organisations.detail.toHtml()


def test_merge_two_people_keeps_their_registrations(qtbot: QtBot, db: Database) -> None:
    keep = _person(db, "Manon", "Castaing", "manon@optivale.example")
    twin = _person(db, "M.", "Castaing", "m.castaing@gmail.example", phone="+33 6 00 00 00 00")
    pw = _mission(db)
    ws = _mission(db, "WS-FI-2027", name="Microwave workshop", timezone="Europe/Helsinki")
    _register(db, pw, keep)
    _register(db, ws, twin)
    page, messages = _page(qtbot, db)
    assert not page.merge_action.isEnabled()
    page.people.select_ids([keep, twin])
    assert page.merge_action.isEnabled()
    assert "2 people selected" in page.people.detail.toPlainText()
    page.merge_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    assert {c.id for c in dialog.candidates} == {keep, twin}
    keep_button = next(
        b for b, c in zip(dialog.choices, dialog.candidates, strict=True) if c.id == keep
    )
    keep_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    [person] = _people(db)
    assert person.id == keep
    assert person.phone == "+33 6 00 00 00 00"  # an empty field filled from the other
    assert sorted(r.mission_id for r in _registrations(db)) == sorted([pw, ws])
    assert all(r.person_id == keep for r in _registrations(db))
    assert messages == ["M. Castaing merged into Manon Castaing: 1 registrations moved."]
    assert page.people.selected_ids() == [keep]
    assert "Missions (2)" in page.people.detail.toPlainText()


def test_delete_a_person_asks_first_and_says_what_goes(qtbot: QtBot, db: Database) -> None:
    person_id = _person(db, "Manon", "Castaing", "manon@optivale.example")
    _register(db, _mission(db), person_id)
    page, messages = _page(qtbot, db)
    page.select_person(person_id)
    page.delete_action.trigger()
    box = _box(page)
    assert box.text() == "Deleting Manon Castaing also deletes 1 registration."
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(_people(db)) == 1

    page.delete_action.trigger()
    box = _box(page)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Delete"
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not page.lane.busy())  # backed up, then deleted, off the GUI thread
    assert _people(db) == []
    assert _registrations(db) == []
    assert page.people.model.rowCount() == 0
    assert messages == ["Manon Castaing deleted from the directory."]


def test_export_a_persons_data_to_a_json_file(
    qtbot: QtBot, db: Database, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    person_id = _person(db, "Manon", "Castaing", "manon@optivale.example", dietary_needs="Vegan")
    _register(db, _mission(db), person_id)
    page, messages = _page(qtbot, db)
    file_dialogs.answer(tmp_path / "manon")  # no suffix: .json is added
    page.select_person(person_id)
    assert page.export_data_action.isEnabled()
    page.export_data_action.trigger()

    [asked] = file_dialogs.asked
    assert "Manon Castaing" in asked.title
    assert asked.start.endswith("Manon Castaing - personal data.json")
    written = tmp_path / "manon.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["person"]["email"] == "manon@optivale.example"
    assert data["person"]["dietary_needs"] == "Vegan"
    assert [r["mission"] for r in data["registrations"]] == ["PW2027"]
    assert messages == [f"The data held about Manon Castaing was written to {written}."]


def test_export_is_cancelled_when_no_file_is_chosen(
    qtbot: QtBot, db: Database, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    person_id = _person(db, "Manon", "Castaing", "manon@optivale.example")
    page, messages = _page(qtbot, db)
    file_dialogs.answer()  # cancelled
    page.select_person(person_id)
    page.export_data_action.trigger()
    assert messages == []
    assert list(tmp_path.glob("*.json")) == []


def test_erase_a_person_keeps_their_registrations_anonymous(qtbot: QtBot, db: Database) -> None:
    person_id = _person(
        db, "Manon", "Castaing", "manon@optivale.example", phone="+33 5", dietary_needs="Vegan"
    )
    _register(db, _mission(db), person_id)
    page, messages = _page(qtbot, db)
    page.select_person(person_id)
    page.erase_action.trigger()
    box = _box(page)
    assert "Manon Castaing" in box.text()
    assert "diet" in box.informativeText() and "registrations" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _people(db)[0].email == "manon@optivale.example"

    page.erase_action.trigger()
    _box(page).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not page.lane.busy())  # erased off the GUI thread
    [person] = _people(db)
    assert person.id == person_id
    assert (person.first_name, person.email, person.phone, person.dietary_needs) == (
        "Erased",
        None,
        "",
        "",
    )
    assert person.erased_at is not None
    [registration] = _registrations(db)
    assert registration.person_id == person_id
    assert "erased" in messages[0]
    assert "was erased on request" in page.people.detail.toPlainText()


def test_a_person_without_an_email_can_still_be_exported_and_erased(
    qtbot: QtBot, db: Database, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    person_id = _person(db, "Manon", "Castaing")
    organisation_id = _organisation(db, "Lumière Lasers")
    page, _messages = _page(qtbot, db)
    page.select_person(person_id)
    assert page.export_data_action.isEnabled() and page.erase_action.isEnabled()
    out = tmp_path / "manon.json"
    file_dialogs.answer(out)
    page.export_data_action.trigger()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["person"]["last_name"], data["person"]["email"]) == ("Castaing", None)
    page.select_organisation(organisation_id)
    assert page.edit_action.text() == "&Edit organisation…"
    assert not page.export_data_action.isEnabled()


# --------------------------------------------------------------------------- organisations


def test_create_an_organisation_through_its_dialog(qtbot: QtBot, db: Database) -> None:
    page, messages = _page(qtbot, db)
    page.new_organisation_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog)
    qtbot.keyClicks(dialog.name, "  Lumiere   Lasers ")  # QTest types ASCII only
    dialog.kind.setCurrentIndex(dialog.kind.findData(OrganisationKind.RESEARCH_CENTRE))
    qtbot.keyClicks(dialog.country, "F1")
    _save(dialog)
    assert dialog.isVisible()
    assert "two-letter code" in dialog.error.text()
    assert dialog.focusWidget() is dialog.country

    dialog.country.clear()
    qtbot.keyClicks(dialog.country, "fr")
    qtbot.keyClicks(dialog.sectors, "photonics, lasers")
    _save(dialog)
    with db.session() as session:
        [organisation] = session.scalars(select(Organisation)).all()
        assert organisation.name == "Lumiere Lasers"
        assert organisation.kind is OrganisationKind.RESEARCH_CENTRE
        assert (organisation.country, organisation.sectors) == ("FR", ["photonics", "lasers"])
    assert page.tabs.currentWidget() is page.organisations
    assert page.selected_organisation().name == "Lumiere Lasers"  # type: ignore[union-attr]
    assert messages == ["Lumiere Lasers added."]


def test_merge_two_organisations_moves_their_people(qtbot: QtBot, db: Database) -> None:
    keep = _organisation(db, "LaserTech Aquitaine", city="Bordeaux")
    twin = _organisation(db, "Lasertech Aquitaine SAS", website="lasertech.example")
    _person(db, "Manon", "Castaing", "manon@lasertech.example", organisation_id=twin)
    page, messages = _page(qtbot, db)
    page.tabs.setCurrentWidget(page.organisations)
    page.organisations.select_ids([keep, twin])
    page.merge_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    for button, candidate in zip(dialog.choices, dialog.candidates, strict=True):
        if candidate.id == keep:
            button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with db.session() as session:
        [organisation] = session.scalars(select(Organisation)).all()
        assert (organisation.id, organisation.website) == (keep, "lasertech.example")
        assert session.scalar(select(func.count()).where(Person.organisation_id == keep)) == 1
    assert messages == ["Lasertech Aquitaine SAS merged into LaserTech Aquitaine: 1 people moved."]
    assert page.people.model.rows()[0].organisation == "LaserTech Aquitaine"


def test_delete_an_organisation_keeps_its_people(qtbot: QtBot, db: Database) -> None:
    organisation_id = _organisation(db, "Lumière Lasers")
    _person(db, "Camille", "Bonnet", "camille@lumiere.example", organisation_id=organisation_id)
    page, messages = _page(qtbot, db)
    page.select_organisation(organisation_id)
    page.delete_action.trigger()
    box = _box(page)
    assert "1 person stays" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    [person] = _people(db)
    assert person.organisation_id is None
    assert page.organisations.model.rowCount() == 0
    assert page.people.model.rows()[0].organisation == ""
    assert messages == ["Lumière Lasers deleted from the directory."]


def test_split_list_trims_and_drops_repeats() -> None:
    assert split_list(" French,English ,, french , Deutsch") == ("French", "English", "Deutsch")
    assert split_list("") == ()


def test_the_delete_key_in_the_list_asks_to_delete_the_selected_person(
    qtbot: QtBot, db: Database
) -> None:
    person_id = _person(db, "Manon", "Castaing", "manon@optivale.example")
    page, _messages = _page(qtbot, db)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.select_person(person_id)
    page.people.table.setFocus()
    qtbot.keyClick(page.people.table, Qt.Key.Key_Delete)
    box = _box(page)
    assert "Manon Castaing" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(_people(db)) == 1
