"""The services' sentences in the interface's language (gui/words.py): what an import finds
wrong with a row, what it changes, why a meeting cannot be dragged somewhere, and an error
raised with a sentence read in French; in English exactly the service's own text."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MeetingStatus, RegistrationStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Meeting
from pimap_desktop.gui.importing.commands import import_summary
from pimap_desktop.gui.missions.mission_dialog import MissionDialog
from pimap_desktop.gui.missions.missions_page import deletion_text
from pimap_desktop.gui.words import error_text, say
from pimap_desktop.services.b2b.meetings import move_conflicts, place_of
from pimap_desktop.services.importing.people import ImportReport
from pimap_desktop.services.importing.values import parse_bool
from pimap_desktop.services.missions.missions import (
    DeletionImpact,
    MissionData,
    validate_mission,
)
from pimap_desktop.text import ServiceWords, Words, words_of
from tests.factories import add_person
from tests.services.importing.test_people import VALIDATION_HEADER, import_rows

NBSP = "\u00a0"  # French puts a no-break space before a colon and inside « »

ROWS = [
    VALIDATION_HEADER,
    ["Ana", "Silva", "ana@ferrolux.example", "Ferrolux", "PT", "25/01/2027 10:00", "", "oui"],
    ["Bad", "Mail", "bad@@example", "Ferrolux", "PT", "", "", ""],  # row 3
    ["No", "Mail", "", "Ferrolux", "PT", "", "", ""],  # row 4
    ["Nolast", "", "nolast@ferrolux.example", "Ferrolux", "PT", "", "", ""],  # row 5
    ["Late", "Comer", "late@x.example", "", "PT", "28/01/2027 10:00", "26/01/2027 18:00", ""],
    ["Far", "Away", "far@ferrolux.example", "", "Atlantis", "", "", ""],  # row 7
    ["Maybe", "Later", "maybe@ferrolux.example", "", "PT", "", "", "peut-être"],  # row 8
    ["Ana", "Again", "ana@ferrolux.example", "", "PT", "31/02/2027", "", ""],  # row 9
]


@pytest.fixture
def report(session: Session, mission_id: uuid.UUID) -> ImportReport:
    add_person(session, "Bo", "Li", email="bo@ferrolux.example", job_title="Engineer")
    session.commit()
    rows = [*ROWS, ["Bo", "Li", "bo@ferrolux.example", "", "PT", "", "", "yes"]]
    return import_rows(session, rows, mission_id=mission_id, dry_run=True)


def _french(text: str) -> str:
    return text.replace(NBSP, " ")


def test_in_english_a_sentence_is_said_as_the_service_writes_it(
    qapp: QApplication, report: ImportReport
) -> None:
    assert len(report.problems) == 8
    for problem in report.problems:
        assert isinstance(problem.words, Words), problem
        assert say(problem.words) == problem.message
    changes = [change for verdict in report.rows for change in verdict.changes]
    assert changes and all(say(change) == str(change) for change in changes)


@pytest.mark.usefixtures("french")
def test_in_french_an_imports_problems_and_changes_are_french(report: ImportReport) -> None:
    said = {(p.row, p.field): _french(say(p.words)) for p in report.problems}

    for problem in report.problems:
        assert said[(problem.row, problem.field)] != problem.message, problem
    assert said[(4, "email")] == "pas d'adresse e-mail"
    assert said[(5, "last_name")] == "pas de nom"
    assert said[(6, "departure")] == "l'arrivée (2027-01-28 10:00) est après le départ"
    assert said[(7, "country")] == (
        "« Atlantis » n'est pas un pays connu de PIMAP ; utilisez un nom ou un code à deux lettres"
    )
    assert said[(8, "consent_listed")] == "« peut-être » : « peut-être » n'est ni oui ni non"
    assert said[(9, "arrival")] == (
        "« 31/02/2027 » : « 2027-02-31 » n'est pas une date : ce mois n'a pas de jour 31"
    )
    assert said[(9, "email")] == (
        "la même adresse e-mail que la ligne 2 ; seule cette ligne est importée"
    )
    assert said[(3, "email")] == (
        "« bad@@example » n'est pas une adresse e-mail valide : La partie après le @ contient "
        "des caractères non valides : '@'."
    )
    changes = {v.row: [_french(say(c)) for c in v.changes] for v in report.rows}
    assert changes[2] == ["inscrit(e) à PW2027 (arrive le lun. 25 janv. 2027 10:00)"]
    assert changes[10] == [
        "accord pour figurer dans la liste : « non » → « oui »",
        changes[10][1],
        "inscrit(e) à PW2027",
    ]
    assert changes[10][1].startswith("date de l'accord : « 20")  # the day of the import


@pytest.mark.usefixtures("french")
def test_in_french_the_values_of_a_sentence_are_said_in_french_too() -> None:
    status = ServiceWords.say("%1: '%2' → '%3'", ServiceWords.say("status"), "x", "y")
    assert _french(say(status)) == "statut : « x » → « y »"
    confirmed = ServiceWords.say(
        "%1: '%2'", ServiceWords.say("status"), RegistrationStatus.CONFIRMED
    )
    assert _french(say(confirmed)) == "statut : « Confirmé »"
    assert str(confirmed) == "status: 'Confirmed'"
    arriving = ServiceWords.say("arrives %1", datetime(2027, 1, 23, 15, 40))
    assert say(arriving) == "arrive le sam. 23 janv. 2027 15:40"
    assert str(arriving) == "arrives Sat 23 Jan 2027 15:40"
    assert say("a text said as it is") == "a text said as it is"


@pytest.mark.usefixtures("french")
def test_an_error_raised_with_a_sentence_is_said_in_french() -> None:
    with pytest.raises(ValueError) as raised:
        parse_bool("peut-être")
    assert str(raised.value) == "'peut-être' is not yes or no"
    assert _french(error_text(raised.value)) == "« peut-être » n'est ni oui ni non"
    refusal = ValidationError(ServiceWords.say("no date given"), "date")
    assert str(refusal) == "no date given" and error_text(refusal) == "aucune date indiquée"
    assert error_text(ValidationError("Plain English.")) == "Plain English."
    assert words_of(ValidationError("Plain English.")) == "Plain English."


@pytest.mark.usefixtures("french")
def test_the_status_bar_says_what_an_import_did_in_french(report: ImportReport) -> None:
    assert _french(import_summary(report)) == (
        "1 créés, 1 mis à jour, 0 inchangés, 7 ignorés ; 2 nouvellement inscrits à la mission"
    )


def _clash(session: Session) -> list[Words]:
    """Why a meeting of the printable mission cannot move onto another one's table and slot."""
    first, second = session.scalars(
        select(Meeting)
        .where(Meeting.table_id.is_not(None), Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()[:2]
    place = place_of(session, second.id)
    return move_conflicts(session, first.id, place)


def test_in_english_a_clash_is_said_as_the_service_writes_it(
    qapp: QApplication, printing_session: Session
) -> None:
    reasons = _clash(printing_session)
    assert reasons and any("is taken by" in str(r) for r in reasons)
    assert [say(r) for r in reasons] == [str(r) for r in reasons]


@pytest.mark.usefixtures("french")
def test_in_french_a_clash_while_dragging_is_french(printing_session: Session) -> None:
    reasons = [_french(say(r)) for r in _clash(printing_session)]
    taken = next(r for r in reasons if " est prise par " in r)
    assert " et " in taken and " and " not in taken


@pytest.mark.usefixtures("french")
def test_a_form_refused_by_the_service_says_why_in_french(qtbot: QtBot) -> None:
    def submit(data: MissionData) -> None:
        validate_mission(data)

    form = MissionDialog(submit, [])
    qtbot.addWidget(form)
    form.code.setText("")
    form.accept()
    assert form.error.text() == "Une mission doit avoir un code, comme PW2027."
    form.code.setText("X")
    form.accept()
    assert _french(form.error.text()) == (
        "Le code « X » ne peut contenir que des lettres, des chiffres, « - » et « _ » "
        "(2 à 20 caractères)."
    )


IMPACTS = [
    DeletionImpact("PW2027", 12, 1, 0, 3, 0, followups=2, kpi_targets=0),
    DeletionImpact("WS-PT", 0, 0, 0, 0, 0),
]


def test_in_english_a_missions_deletion_is_said_as_the_service_writes_it(
    qapp: QApplication,
) -> None:
    for impact in IMPACTS:
        assert deletion_text(impact) == impact.describe()


@pytest.mark.usefixtures("french")
def test_in_french_a_missions_deletion_counts_in_french() -> None:
    assert [deletion_text(impact) for impact in IMPACTS] == [
        "Supprimer la mission PW2027 supprime aussi 12 éléments du programme, 1 inscription, "
        "3 demandes de rendez-vous, 2 suivis.",
        "Rien d'autre n'est rattaché à la mission WS-PT.",
    ]
