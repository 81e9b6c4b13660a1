"""The check-in desk words what a scan did in the interface's language: in English exactly the
service's sentence, in French its own words with the same values (the mission, what was typed,
the time), the scanner's advice with the layouts' names translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from pimap_desktop.gui.onsite.checkin_desk import status_line
from pimap_desktop.gui.onsite.desk_widgets import ResultPanel, describe, scanner_hint, sentence
from pimap_desktop.services.onsite import keyboards
from pimap_desktop.services.onsite.onsite import CheckInResult
from tests.printing_fixtures import PrintableMission
from tests.services.test_onsite_reasons import every_reason

NBSP = "\u00a0"  # French puts a no-break space before a colon and inside « »


@pytest.fixture
def results(printing_session: Session, printable: PrintableMission) -> dict[str, CheckInResult]:
    return every_reason(printing_session, printable)


def test_in_english_the_desk_says_the_services_sentence(
    qapp: QApplication, results: dict[str, CheckInResult]
) -> None:
    for name, result in results.items():
        assert sentence(result) == result.message, name


@pytest.mark.usefixtures("french")
def test_in_french_every_sentence_is_french_with_the_same_values(
    results: dict[str, CheckInResult], printable: PrintableMission
) -> None:
    said = {name: sentence(result).replace(NBSP, " ") for name, result in results.items()}

    for name, result in results.items():
        assert said[name] != result.message, f"{name}: still in English: {said[name]}"
    assert said["already today"] == "Arrivée déjà enregistrée à 08:41 PST."
    assert said["already earlier"] == "Arrivée déjà enregistrée le mer. 27 janv. à 08:41 PST."
    assert said["other mission"] == f"Ce badge est pour OTHER27, pas pour {printable.code}."
    assert said["email nobody"] == (
        f"Personne dans {printable.code} n'a l'adresse e-mail nobody.here@example.org."
    )
    assert said["one match"] == "Une personne correspond à « Łukasz » : choisissez-la."
    many = results["matches"].match_count
    assert said["matches"] == f"{many} personnes correspondent à « Ørsted » : choisissez-en une."
    assert said["welcome"] == "Bienvenue, Łukasz Gonçalves Väisänen !"
    # The panel's headline and the status bar say it in French too.
    assert describe(results["already today"]).kind == "Arrivée déjà enregistrée à 08:41 PST"
    assert status_line(results["name nobody"]).replace(NBSP, " ") == said["name nobody"]


@pytest.mark.parametrize("mix_up", keyboards.MISMATCHES, ids=lambda m: m.key)
def test_in_english_the_scanner_advice_is_the_services_hint(
    qapp: QApplication, mix_up: keyboards.Mismatch
) -> None:
    assert scanner_hint(keyboards.advice([mix_up])) == keyboards.hint([mix_up])


AZERTY = (keyboards.FRENCH, keyboards.BELGIAN)


def test_the_advice_in_english_for_layouts_the_code_cannot_tell_apart(qapp: QApplication) -> None:
    for group in (
        [keyboards.Mismatch(keyboards.US, layout) for layout in AZERTY],
        [keyboards.Mismatch(keyboards.US, layout) for layout in keyboards.LAYOUTS[1:]],
        [keyboards.Mismatch(layout, keyboards.US) for layout in keyboards.LAYOUTS[1:]],
        [keyboards.Mismatch(layout, keyboards.US) for layout in keyboards.LAYOUTS[-2:]],
    ):
        assert scanner_hint(keyboards.advice(group)) == keyboards.hint(group)


@pytest.mark.usefixtures("french")
def test_in_french_the_scanner_advice_names_the_layouts_in_french() -> None:
    on_french_laptop = keyboards.advice([keyboards.Mismatch(keyboards.US, keyboards.FRENCH)])
    assert scanner_hint(on_french_laptop).replace(NBSP, " ") == (
        "Le lecteur tape comme un clavier US sur cet ordinateur AZERTY français : réglez le "
        "lecteur sur AZERTY français (un code-barres de configuration dans son manuel), ou "
        "passez le clavier de l'ordinateur en US pendant la lecture."
    )
    swedish_scanner = keyboards.advice(
        [keyboards.Mismatch(keyboards.FINNISH_SWEDISH, keyboards.US)]
    )
    assert "finnois/suédois" in scanner_hint(swedish_scanner)


@pytest.mark.usefixtures("french")
def test_the_french_panel_shows_an_earlier_check_in_in_french(
    qtbot: QtBot, results: dict[str, CheckInResult], tmp_path: Path
) -> None:
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show_result(results["already earlier"])
    panel.show()
    qtbot.waitExposed(panel)

    assert panel.text().splitlines()[0] == "Arrivée déjà enregistrée le mer. 27 janv. à 08:41 PST"
    panel.grab().save(str(tmp_path / "already-fr.png"))
