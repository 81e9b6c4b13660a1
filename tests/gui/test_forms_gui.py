"""Forms understand people: a country typed by name in the partners' languages or by code, a
time zone found by its city, the zone's offset shown beside it. Real dialogs, real database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pimap_desktop.domain.models import Mission, Organisation
from pimap_desktop.gui.directory.dialogs import OrganisationDialog
from pimap_desktop.gui.directory.directory_page import DirectoryPage
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.gui.missions import mission_dialog
from pimap_desktop.gui.missions.mission_dialog import MissionDialog
from pimap_desktop.gui.widgets import CountryCombo, TimeZoneCombo
from pimap_desktop.store.database import Database

JANUARY = datetime(2027, 1, 26, 12, 0, tzinfo=UTC)
JULY = datetime(2027, 7, 6, 12, 0, tzinfo=UTC)


def save(dialog: MissionDialog | OrganisationDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def new_mission_dialog(window: MainWindow) -> MissionDialog:
    window.missions_page.new_action.trigger()
    dialog = window.missions_page.dialog
    assert isinstance(dialog, MissionDialog)
    return dialog


def new_organisation_dialog(qtbot: QtBot, db: Database) -> OrganisationDialog:
    page = DirectoryPage(db)
    qtbot.addWidget(page)
    page.new_organisation_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog)
    return dialog


def type_into(qtbot: QtBot, combo: CountryCombo | TimeZoneCombo, text: str) -> None:
    """Type as a person does (QTest types ASCII only: accents are inserted as typed text)."""
    edit = combo.lineEdit()
    assert edit is not None
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)  # emits textEdited, as typing does
    edit.editingFinished.emit()  # the field is left


def missions(db: Database) -> list[Mission]:
    with db.session() as session:
        return list(session.scalars(select(Mission)))


# --------------------------------------------------------------------------- country


def test_germany_typed_in_the_mission_dialog_is_saved_as_germany_not_georgia(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dialog = new_mission_dialog(window)
    qtbot.keyClicks(dialog.code, "LWM2027")
    qtbot.keyClicks(dialog.name, "Laser World of Photonics visit")
    qtbot.keyClicks(dialog.city, "Munich")
    qtbot.keyClicks(dialog.country, "Germany")
    type_into(qtbot, dialog.timezone, "munich")
    save(dialog)
    assert not dialog.isVisible(), dialog.error.text()
    [mission] = missions(db)
    assert (mission.country, mission.timezone) == ("DE", "Europe/Berlin")  # not GE, Georgia


def test_leaving_the_country_field_shows_the_country_that_will_be_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = new_mission_dialog(window)
    qtbot.keyClicks(dialog.country, "Germany")
    assert dialog.country.currentText() == "Germany"  # nothing cut short
    dialog.country.lineEdit().editingFinished.emit()
    assert dialog.country.currentText() == "Germany (DE)"
    dialog.country.clear()
    qtbot.keyClicks(dialog.country, "Ge")  # Georgia's code, typed as such: said so
    dialog.country.lineEdit().editingFinished.emit()
    assert dialog.country.currentText() == "Georgia (GE)"
    dialog.reject()


@pytest.mark.parametrize("typed", ["Allemagne", "Saksa", "Tyskland", "Alemanha", "DE", "deu"])
def test_germany_in_any_partner_language_or_by_code_saves_an_organisation_in_germany(
    qtbot: QtBot, db: Database, typed: str
) -> None:
    dialog = new_organisation_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name, "Fictional Optik GmbH")
    qtbot.keyClicks(dialog.country, typed)
    save(dialog)
    assert not dialog.isVisible(), dialog.error.text()
    with db.session() as session:
        [organisation] = session.scalars(select(Organisation)).all()
    assert organisation.country == "DE"


def test_half_a_country_name_in_swedish_suggests_germany_and_picking_it_selects_it(
    qtbot: QtBot, db: Database
) -> None:
    dialog = new_organisation_dialog(qtbot, db)
    dialog.show()
    combo = dialog.country
    qtbot.keyClicks(combo, "Tysk")
    assert combo.suggestion_texts()[0] == "Germany (DE) — Tyskland"
    completer = combo.lineEdit().completer()
    assert completer is not None and completer.popup().isVisible()
    popup = completer.popup()
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Germany (DE)"
    assert combo.currentData() == "DE"
    assert combo.country_code() == "DE"


def test_an_unknown_country_keeps_the_dialog_open_naming_what_was_typed(
    qtbot: QtBot, db: Database
) -> None:
    dialog = new_organisation_dialog(qtbot, db)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Fictional Optik GmbH")
    qtbot.keyClicks(dialog.country, "Germny")
    save(dialog)
    assert dialog.isVisible()
    assert "'Germny' is not a country" in dialog.error.text()
    assert dialog.focusWidget() in (dialog.country, dialog.country.lineEdit())
    with db.session() as session:
        assert session.scalars(select(Organisation)).all() == []


def test_an_edited_organisation_shows_its_country_by_name(qtbot: QtBot, db: Database) -> None:
    dialog = new_organisation_dialog(qtbot, db)
    dialog.country.set_country_code("FI")
    assert dialog.country.currentText() == "Finland (FI)"
    assert dialog.data().country == "FI"


def test_the_country_picker_stands_in_for_a_line_edit() -> None:
    """What a form written for a QLineEdit calls (the walk-in dialog's) works on the picker."""
    combo = CountryCombo()
    combo.setText("Alemanha")
    assert (combo.currentText(), combo.text()) == ("Germany (DE)", "DE")
    combo.clear()
    assert (combo.currentText(), combo.text()) == ("", "")
    assert combo.count() > 200  # clearing the field keeps the list of countries
    combo.setText("Atlantis")
    assert combo.text() == "Atlantis"  # for the form to refuse


# --------------------------------------------------------------------------- time zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("são paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("toronto", "America/Toronto"),
        ("helsinki", "Europe/Helsinki"),
        ("lisboa", "Europe/Lisbon"),
        ("munich", "Europe/Berlin"),
        ("göteborg", "Europe/Stockholm"),
        ("porto", "Europe/Lisbon"),
        ("oulu", "Europe/Helsinki"),
        ("san francisco", "America/Los_Angeles"),
        ("montreal", "America/Toronto"),
    ],
)
def test_a_city_typed_in_the_time_zone_picker_finds_its_zone(
    qtbot: QtBot, typed: str, zone: str
) -> None:
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    combo.show()
    type_into(qtbot, combo, typed)
    assert combo.suggestion_texts()[0].startswith(zone)
    assert (combo.currentText(), combo.zone_name()) == (zone, zone)


def test_a_zone_named_after_another_city_says_which_city_matched(qtbot: QtBot) -> None:
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    qtbot.keyClicks(combo.lineEdit(), "gothen")
    assert combo.suggestion_texts() == ["Europe/Stockholm — Gothenburg"]


def test_the_mission_dialog_shows_the_zones_utc_offset_now(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mission_dialog, "now", lambda: JANUARY)
    dialog = new_mission_dialog(window)
    assert dialog.timezone_offset.text() == ""
    type_into(qtbot, dialog.timezone, "san francisco")
    assert dialog.timezone_offset.text() == "UTC\N{MINUS SIGN}08:00 now (PST)"
    type_into(qtbot, dialog.timezone, "helsinki")
    assert dialog.timezone_offset.text() == "UTC+02:00 now (EET)"
    type_into(qtbot, dialog.timezone, "Pacific Time")  # no zone: no offset
    assert dialog.timezone_offset.text() == ""
    dialog.reject()

    monkeypatch.setattr(mission_dialog, "now", lambda: JULY)
    dialog = new_mission_dialog(window)
    type_into(qtbot, dialog.timezone, "san francisco")
    assert dialog.timezone_offset.text() == "UTC\N{MINUS SIGN}07:00 now (PDT)"
    dialog.reject()
