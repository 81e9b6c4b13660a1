"""Importing people from real spreadsheet files into a real database: every format, every rule of
the import (validation, duplicates, organisations, registrations, one transaction, undo) and the
round trip through our own export."""

from __future__ import annotations

import csv
import io
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Mission, Organisation, Person, Registration
from pimap_desktop.services.exporting import export_people, write_table
from pimap_desktop.services.importing import people as people_module
from pimap_desktop.services.importing.headers import Field, guess_mapping
from pimap_desktop.services.importing.people import (
    ImportCancelled,
    ImportReport,
    import_people,
)
from pimap_desktop.services.importing.reading import (
    SourceRow,
    SourceTable,
    read_csv_bytes,
    read_table,
)
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import list_registrations
from pimap_desktop.store.database import Database, open_database
from tests.factories import add_organisation, add_person, mission_data

# --- helpers ----------------------------------------------------------------------------------


def csv_bytes(
    rows: Sequence[Sequence[str]], *, delimiter: str = ",", encoding: str = "utf-8"
) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    path.write_bytes(csv_bytes(rows, delimiter=delimiter, encoding=encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def import_file(
    session: Session,
    path: Path,
    *,
    sheet: str | None = None,
    **options: Any,
) -> ImportReport:
    """What ``pimap import people`` does: read, guess the columns, import."""
    table = read_table(path, sheet=sheet)
    return import_people(session, table, guess_mapping(table.headers), **options)


def import_rows(session: Session, rows: Sequence[Sequence[str]], **options: Any) -> ImportReport:
    table = read_csv_bytes(csv_bytes(rows), "people.csv")
    return import_people(session, table, guess_mapping(table.headers), **options)


def directory(session: Session) -> dict[str, tuple[str, str, str, str]]:
    """E-mail → (first name, last name, organisation, its country), as the database holds them."""
    session.expire_all()
    rows = session.execute(
        select(
            Person.email,
            Person.first_name,
            Person.last_name,
            Organisation.name,
            Organisation.country,
        ).outerjoin(Organisation, Organisation.id == Person.organisation_id)
    ).all()
    return {
        email or "": (first, last, org or "", country or "")
        for email, first, last, org, country in rows
    }


def counts(db: Database) -> tuple[int, int, int]:
    """People, organisations, registrations, read on a connection of its own."""
    with db.engine.connect() as conn:
        people, organisations, registrations = (
            int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in ("people", "organisations", "registrations")
        )
    return people, organisations, registrations


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import touches, on a connection of its own; every column
    but the version, which only moves on (an undo is a change too)."""
    with db.engine.connect() as conn:
        return {
            table.name: sorted(
                tuple(r) for r in conn.execute(select(*(c for c in table.c if c.name != "version")))
            )
            for table in (Person.__table__, Organisation.__table__, Registration.__table__)
        }


def problems(report: ImportReport) -> set[tuple[int, str]]:
    return {(p.row, p.field) for p in report.problems}


def registration_rows(session: Session, mission_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """A mission's registrations without ids, comparable between two databases."""
    return sorted(
        (
            r.first_name,
            r.last_name,
            r.email,
            r.organisation,
            r.country,
            r.role,
            r.status,
            r.arrival_local.replace(tzinfo=None) if r.arrival_local else None,
            r.departure_local.replace(tzinfo=None) if r.departure_local else None,
            r.hotel,
            r.badge_name,
            r.diet,
        )
        for r in list_registrations(session, mission_id)
    )


@pytest.fixture
def second_db(make_db_path: Callable[[], Path | str]) -> Iterator[Database]:
    database = open_database(make_db_path())
    yield database
    database.dispose()


# --- every file format --------------------------------------------------------------------------

HEADER = ["Prénom", "Nom", "Adresse e-mail", "Société", "Pays", "Remarques"]
# Names with letters of each encoding; ł is in neither cp1252 nor Latin-1, Œ not in Latin-1.
LATIN1_PEOPLE = [
    ["Amélie", "Françoise-Lefèvre", "amelie@lumiphos.example", "Lumiphos Optique", "France"],
    ["João", "Catarina Simão", "joao@ferrolux.example", "Ferrolux Indústria", "Portugal"],
    ["Jürgen", "Ähnlich-Öberg", "jurgen@praezision.example", "Präzision Optik", "DE"],
]
CP1252_PEOPLE = [["Œdipe", "Cœurdelion", "oedipe@coeur.example", "Cœur Photonique", "FR"]]
UTF8_PEOPLE = [["Łucja", "Wałęsa", "lucja@swiatlo.example", "Światło Sp. z o.o.", "Polska"]]
# A quoted cell holding every delimiter and two line breaks; the row after it is row 4+n.
TRICKY_NOTE = 'Arrives late; ask at the desk, "hall B"\tthen\nfloor 2\r\nroom 12'


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    ("encoding", "people"),
    [
        ("utf-8", LATIN1_PEOPLE + CP1252_PEOPLE + UTF8_PEOPLE),
        ("utf-8-sig", LATIN1_PEOPLE + CP1252_PEOPLE + UTF8_PEOPLE),
        ("cp1252", LATIN1_PEOPLE + CP1252_PEOPLE),
        ("latin-1", LATIN1_PEOPLE),
    ],
)
def test_csv_in_each_encoding_and_delimiter_imports_names_intact(
    session: Session, tmp_path: Path, encoding: str, people: list[list[str]], delimiter: str
) -> None:
    rows = [HEADER, [*people[0], TRICKY_NOTE], *[[*p, ""] for p in people[1:]]]
    rows.append(["Bad", "Address", "not-an-address", "Lumiphos Optique", "FR", ""])
    path = write_csv(tmp_path / "inscrits.csv", rows, delimiter=delimiter, encoding=encoding)

    report = import_file(session, path)

    assert report.created == len(people)
    # The multi-line cell is one spreadsheet row: the bad row is row len(people) + 2.
    assert problems(report) == {(len(people) + 2, "email")}
    found = directory(session)
    codes = {"France": "FR", "Portugal": "PT", "DE": "DE", "FR": "FR", "Polska": "PL"}
    for first, last, email, organisation, country in people:
        assert found[email] == (first, last, organisation, codes[country])
    session.expire_all()
    first_person = session.scalar(select(Person).where(Person.email == people[0][2]))
    assert first_person is not None and first_person.notes == TRICKY_NOTE


def test_french_excel_csv_in_cp1252_with_semicolons(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Prénom;Nom;Adresse e-mail;Société;Pays\r\n"
        "Élodie;Garçon;e.garcon@lumiphos.example;Lumière & Cœur SARL;France\r\n"
        "Noël;Lefèvre;n.lefevre@lumiphos.example;Lumière & Cœur SARL;France\r\n".encode("cp1252")
    )
    report = import_file(session, path)
    assert (report.created, report.organisations_created, report.problems) == (2, 1, ())
    assert directory(session)["e.garcon@lumiphos.example"] == (
        "Élodie",
        "Garçon",
        "Lumière & Cœur SARL",
        "FR",
    )


XLSX_TITLE_ROWS: list[list[object]] = [
    ["Délégation Photonics West 2027 — liste provisoire"],
    [],
    ["Prénom", "Nom", "Adresse e-mail", "Société", "Pays", "Arrivée"],
]


def test_xlsx_first_sheet_below_title_rows(
    session: Session, tmp_path: Path, mission_id: uuid.UUID
) -> None:
    path = write_xlsx(
        tmp_path / "delegation.xlsx",
        {
            "Inscrits": [
                *XLSX_TITLE_ROWS,
                [
                    "Amélie",
                    "Lefèvre",
                    "amelie@lumiphos.example",
                    "Lumiphos",
                    "FR",
                    datetime(2027, 1, 25, 15, 40),
                ],
                ["Łucja", "Wałęsa", "lucja@swiatlo.example", "Światło", "PL", None],
                ["Xavier", "Sans-Adresse", None, "Lumiphos", "FR", None],
            ],
            "Visiteurs": [
                ["First name", "Last name", "E-mail", "Company"],
                ["Olli", "Öhman", "olli@kaamos.example", "Kaamos RF Oy"],
            ],
        },
    )
    report = import_file(session, path, mission_id=mission_id)
    assert report.created == 2
    assert problems(report) == {(6, "email")}  # the sheet's own row number
    found = directory(session)
    assert found["lucja@swiatlo.example"] == ("Łucja", "Wałęsa", "Światło", "PL")
    assert "olli@kaamos.example" not in found
    [arrival] = session.scalars(
        select(Registration.arrival_at).where(Registration.arrival_at.is_not(None))
    ).all()
    assert arrival == datetime(2027, 1, 25, 23, 40, tzinfo=UTC)


def test_xlsx_named_sheet(session: Session, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "delegation.xlsx",
        {
            "Inscrits": [*XLSX_TITLE_ROWS, ["Amélie", "Lefèvre", "a@l.example", "Lumiphos", "FR"]],
            "Visiteurs": [
                ["Liste des visiteurs"],
                ["First name", "Last name", "E-mail", "Company"],
                ["Olli", "Öhman", "olli@kaamos.example", "Kaamos RF Oy"],
                ["Zoë", "Ångström", "zoe@kaamos.example", "Kaamos RF Oy"],
            ],
        },
    )
    report = import_file(session, path, sheet="Visiteurs")
    assert (report.created, report.organisations_created) == (2, 1)
    assert set(directory(session)) == {"olli@kaamos.example", "zoe@kaamos.example"}
    assert directory(session)["zoe@kaamos.example"][:2] == ("Zoë", "Ångström")


# --- headers in six languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ["First name", "Last name", "Email Address", "Company", "Country"],
        ["Prénom", "Nom", "Adresse e-mail", "Société", "Pays"],
        ["Primeiro nome", "Apelido", "Endereço de e-mail", "Empresa", "País"],
        ["Etunimi", "Sukunimi", "Sähköposti", "Yritys", "Maa"],
        ["Voornaam", "Achternaam", "E-mailadres", "Bedrijf", "Land"],
        ["Vorname", "Nachname", "E-Mail-Adresse", "Firma", "Land"],
    ],
    ids=["en", "fr", "pt", "fi", "nl", "de"],
)
def test_headers_in_six_languages(session: Session, header: list[str]) -> None:
    report = import_rows(
        session,
        [header, ["Aino", "Väisänen", "aino@kaamos.example", "Kaamos RF Oy", "Suomi"]],
    )
    assert (report.created, report.problems) == (1, ())
    assert directory(session)["aino@kaamos.example"] == ("Aino", "Väisänen", "Kaamos RF Oy", "FI")


def test_a_full_name_column_is_split_into_first_and_last_name(session: Session) -> None:
    report = import_rows(
        session,
        [["Nom complet", "Courriel"], ["Marie-Claire de la Tour", "mc@tour.example"]],
    )
    assert report.created == 1
    assert directory(session)["mc@tour.example"][:2] == ("Marie-Claire", "de la Tour")


# --- validation, row by row -----------------------------------------------------------------------

VALIDATION_HEADER = [
    "First name",
    "Last name",
    "E-mail",
    "Company",
    "Country",
    "Arrival",
    "Departure",
    "Consent to be listed",
]


def test_invalid_rows_are_skipped_and_reported_with_row_and_field(
    session: Session, mission_id: uuid.UUID
) -> None:
    rows = [
        ["Liste des participants"],  # a title row: the header is row 2
        VALIDATION_HEADER,
        ["Ana", "Silva", "ana@ferrolux.example", "Ferrolux", "PT", "25/01/2027 10:00", "", "oui"],
        ["Bad", "Mail", "bad@@example", "Ferrolux", "PT", "", "", ""],  # row 4
        ["No", "Mail", "", "Ferrolux", "PT", "", "", ""],  # row 5
        ["Nolast", "", "nolast@ferrolux.example", "Ferrolux", "PT", "", "", ""],  # row 6
        [
            "Late",
            "Comer",
            "late@ferrolux.example",
            "",
            "PT",
            "28/01/2027 10:00",
            "26/01/2027 18:00",
            "",
        ],  # row 7
        ["Far", "Away", "far@ferrolux.example", "", "Atlantis", "", "", ""],  # row 8
        ["Maybe", "Later", "maybe@ferrolux.example", "", "PT", "", "", "peut-être"],  # row 9
        ["Bo", "Li", "bo@ferrolux.example", "Ferrolux", "", "", "", "no"],
    ]
    report = import_rows(session, rows, mission_id=mission_id)

    assert problems(report) == {
        (4, "email"),
        (5, "email"),
        (6, "last_name"),
        (7, "departure"),
        (8, "country"),
        (9, "consent_listed"),
    }
    messages = {p.row: p.message for p in report.problems}
    assert "bad@@example" in messages[4]
    assert "no e-mail" in messages[5]
    assert "no last name" in messages[6]
    assert "after the departure" in messages[7]
    assert "Atlantis" in messages[8]
    assert "peut-être" in messages[9]
    assert (report.created, report.skipped, report.registered) == (2, 6, 2)
    assert [v.row for v in report.rows if v.action == "skipped"] == [4, 5, 6, 7, 8, 9]
    assert set(directory(session)) == {"ana@ferrolux.example", "bo@ferrolux.example"}
    ana = session.scalar(select(Person).where(Person.email == "ana@ferrolux.example"))
    assert ana is not None and ana.consent_listed is True


def test_a_bad_date_names_the_cell(session: Session, mission_id: uuid.UUID) -> None:
    report = import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", "Arrival"],
            ["Silva", "Ana", "a@f.example", "31/02/2027"],
        ],
        mission_id=mission_id,
    )
    [problem] = report.problems
    assert (problem.row, problem.field) == (2, "arrival")
    assert "31/02/2027" in problem.message


def test_an_arrival_date_beyond_the_calendar_is_a_problem_not_a_crash(
    session: Session, mission_id: uuid.UUID
) -> None:
    # 9999-12-31 23:59 in Los Angeles is past the last instant Python can hold in UTC.
    report = import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", "Arrival"],
            ["Silva", "Ana", "a@f.example", "9999-12-31 23:59"],
        ],
        mission_id=mission_id,
    )
    assert problems(report) == {(2, "arrival")}
    assert report.skipped == 1


def test_a_missing_last_name_is_fine_for_someone_already_known(session: Session) -> None:
    add_person(session, "Ana", "Silva", "ana@ferrolux.example", job_title="Engineer")
    report = import_rows(
        session, [["Last name", "E-mail", "Job title"], ["", "ana@ferrolux.example", "CTO"]]
    )
    assert (report.updated, report.problems) == (1, ())
    assert directory(session)["ana@ferrolux.example"][:2] == ("Ana", "Silva")


def test_a_file_without_an_email_column_is_refused_before_anything(session: Session) -> None:
    with pytest.raises(ValidationError, match="e-mail"):
        import_rows(session, [["First name", "Last name"], ["Ana", "Silva"]])


# --- duplicates ---------------------------------------------------------------------------------


def test_same_email_in_other_case_and_spaces_updates_the_person(session: Session) -> None:
    person = add_person(session, "Ana", "Silva", "ana@ferrolux.example", job_title="Engineer")
    report = import_rows(
        session,
        [
            ["First name", "Last name", "E-mail", "Job title"],
            ["Ana", "Silva", "  ANA@Ferrolux.Example ", "Chief Technology Officer"],
        ],
    )
    assert (report.created, report.updated) == (0, 1)
    [verdict] = report.rows
    assert list(map(str, verdict.changes)) == ["job title: 'Engineer' → 'Chief Technology Officer'"]
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Person)) == 1
    refreshed = session.get(Person, person.id)
    assert refreshed is not None and refreshed.job_title == "Chief Technology Officer"


def test_same_email_twice_in_one_file_is_reported_on_the_second_row(session: Session) -> None:
    report = import_rows(
        session,
        [
            ["First name", "Last name", "E-mail"],
            ["Ana", "Silva", "ana@ferrolux.example"],
            ["Bo", "Li", "bo@ferrolux.example"],
            ["Ana", "Silva-Costa", "Ana@Ferrolux.example"],
        ],
    )
    assert (report.created, problems(report)) == (2, {(4, "email")})
    assert "row 2" in report.problems[0].message
    assert directory(session)["ana@ferrolux.example"][:2] == ("Ana", "Silva")


def test_organisation_matched_on_its_normalised_name_is_reused(session: Session) -> None:
    existing = add_organisation(session, "Lasertech Aquitaine SAS")
    report = import_rows(
        session,
        [
            ["First name", "Last name", "E-mail", "Company"],
            ["Ana", "Silva", "ana@lasertech.example", "LaserTech Aquitaine"],
            ["Bo", "Li", "bo@lasertech.example", "  LASERTECH   aquitaine S.A.S. "],
        ],
    )
    assert (report.created, report.organisations_created, report.near_matches) == (2, 0, ())
    session.expire_all()
    assert set(session.scalars(select(Person.organisation_id))) == {existing.id}
    assert session.scalar(select(func.count()).select_from(Organisation)) == 1


NEAR_ROWS = [
    ["First name", "Last name", "E-mail", "Company"],
    ["Ana", "Silva", "ana@lasertec.example", "Lasertec Aquitaine"],
]


def test_a_near_match_is_reported_and_a_new_organisation_made_by_default(
    session: Session,
) -> None:
    existing = add_organisation(session, "LaserTech Aquitaine")
    report = import_rows(session, NEAR_ROWS)
    [near] = report.near_matches
    assert near.name == "Lasertec Aquitaine"
    assert near.similar == ((existing.id, "LaserTech Aquitaine"),)
    assert report.organisations_created == 1
    assert directory(session)["ana@lasertec.example"][2] == "Lasertec Aquitaine"


def test_a_near_match_can_be_pointed_at_the_existing_organisation(session: Session) -> None:
    existing = add_organisation(session, "LaserTech Aquitaine")
    report = import_rows(
        session, NEAR_ROWS, organisation_choices={"Lasertec Aquitaine": existing.id}
    )
    assert (report.organisations_created, report.near_matches) == (0, ())
    assert directory(session)["ana@lasertec.example"][2] == "LaserTech Aquitaine"
    assert session.scalar(select(func.count()).select_from(Organisation)) == 1


def test_a_near_match_can_be_made_a_new_organisation_on_purpose(session: Session) -> None:
    add_organisation(session, "LaserTech Aquitaine")
    report = import_rows(session, NEAR_ROWS, organisation_choices={"Lasertec Aquitaine": None})
    assert (report.organisations_created, report.near_matches) == (1, ())
    assert set(session.scalars(select(Organisation.name))) == {
        "LaserTech Aquitaine",
        "Lasertec Aquitaine",
    }


# --- registrations in a mission -----------------------------------------------------------------

MISSION_ROWS = [
    ["Prénom", "Nom", "E-mail", "Société", "Pays", "Rôle", "Statut", "Arrivée", "Départ", "Hôtel"],
    [
        "Amélie",
        "Lefèvre",
        "amelie@lumiphos.example",
        "Lumiphos",
        "FR",
        "speaker",
        "confirmed",
        "25/01/2027 15:40",
        "29/01/2027 08:15",
        "Hotel Zephyr",
    ],
    ["Aino", "Väisänen", "aino@kaamos.example", "Kaamos RF Oy", "FI", "", "", "", "", ""],
]


def test_people_are_registered_with_role_status_times_and_hotel(
    session: Session, mission_id: uuid.UUID
) -> None:
    report = import_rows(session, MISSION_ROWS, mission_id=mission_id)
    assert (report.created, report.registered) == (2, 2)
    session.expire_all()
    registrations = {
        r.person.email: r
        for r in session.scalars(select(Registration).where(Registration.mission_id == mission_id))
    }
    amelie = registrations["amelie@lumiphos.example"]
    assert (amelie.role, amelie.status, amelie.hotel) == (
        RegistrationRole.SPEAKER,
        RegistrationStatus.CONFIRMED,
        "Hotel Zephyr",
    )
    # 15:40 in San Francisco in January (UTC-8) is 23:40 UTC.
    assert amelie.arrival_at == datetime(2027, 1, 25, 23, 40, tzinfo=UTC)
    assert amelie.departure_at == datetime(2027, 1, 29, 16, 15, tzinfo=UTC)
    aino = registrations["aino@kaamos.example"]
    assert (aino.role, aino.status, aino.arrival_at) == (
        RegistrationRole.DELEGATE,
        RegistrationStatus.REGISTERED,
        None,
    )


def test_a_second_import_of_the_same_file_is_all_unchanged(
    session: Session, mission_id: uuid.UUID
) -> None:
    import_rows(session, MISSION_ROWS, mission_id=mission_id)
    again = import_rows(session, MISSION_ROWS, mission_id=mission_id)
    assert (again.created, again.updated, again.unchanged, again.registered) == (0, 0, 2, 0)
    assert all(v.changes == () for v in again.rows)


def test_a_registration_change_is_an_update_that_says_what_changed(
    session: Session, mission_id: uuid.UUID
) -> None:
    import_rows(session, MISSION_ROWS, mission_id=mission_id)
    changed = [list(r) for r in MISSION_ROWS]
    changed[1][6] = "cancelled"
    report = import_rows(session, changed, mission_id=mission_id)
    assert (report.updated, report.unchanged) == (1, 1)
    assert list(map(str, report.rows[0].changes)) == ["status: 'Confirmed' → 'Cancelled'"]


def test_without_a_mission_nobody_is_registered(session: Session, mission_id: uuid.UUID) -> None:
    report = import_rows(session, MISSION_ROWS)
    assert (report.created, report.registered) == (2, 0)
    assert session.scalar(select(func.count()).select_from(Registration)) == 0


# --- one transaction ------------------------------------------------------------------------------


@pytest.fixture
def known(session: Session, mission_id: uuid.UUID) -> uuid.UUID:
    """Someone already in the directory and the mission, whom the file updates."""
    org = add_organisation(session, "Lumiphos Optique SAS")
    person = add_person(
        session,
        "Amélie",
        "Lefèvre",
        "amelie@lumiphos.example",
        organisation=org,
        job_title="Engineer",
    )
    with session.begin():
        session.add(
            Registration(
                mission_id=mission_id,
                person_id=person.id,
                role=RegistrationRole.DELEGATE,
                status=RegistrationStatus.INVITED,
            )
        )
    return person.id


TRANSACTION_ROWS = [
    ["First name", "Last name", "E-mail", "Company", "Country", "Job title", "Status", "Hotel"],
    [
        "Amélie",
        "Lefèvre",
        "AMELIE@lumiphos.example",
        "Nouvelle Lumière",
        "FR",
        "CTO",
        "confirmed",
        "Zephyr",
    ],
    ["Aino", "Väisänen", "aino@kaamos.example", "Kaamos RF Oy", "FI", "", "", ""],
    ["Bo", "Li", "bo@kaamos.example", "Kaamos RF Oy", "FI", "", "", ""],
    ["Bad", "Row", "bad@", "", "", "", "", ""],
    ["Olli", "Öhman", "olli@kaamos.example", "Kaamos RF", "FI", "", "waitlisted", ""],
]


def test_dry_run_gives_the_same_verdicts_and_writes_nothing(
    db: Database, session: Session, mission_id: uuid.UUID, known: uuid.UUID
) -> None:
    before = snapshot(db)
    dry = import_rows(session, TRANSACTION_ROWS, mission_id=mission_id, dry_run=True)
    assert snapshot(db) == before
    real = import_rows(session, TRANSACTION_ROWS, mission_id=mission_id)
    assert dry.dry_run and not real.dry_run
    assert (dry.created, dry.updated, dry.unchanged, dry.skipped) == (3, 1, 0, 1)
    assert (dry.created, dry.updated, dry.unchanged, dry.skipped) == (
        real.created,
        real.updated,
        real.unchanged,
        real.skipped,
    )
    assert (dry.organisations_created, dry.registered) == (
        real.organisations_created,
        real.registered,
    )
    assert dry.problems == real.problems
    assert [(v.row, v.action, v.changes) for v in dry.rows] == [
        (v.row, v.action, v.changes) for v in real.rows
    ]
    assert snapshot(db) != before


def test_a_failure_in_the_middle_writes_nothing(
    db: Database,
    session: Session,
    mission_id: uuid.UUID,
    known: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import_row = people_module._import_row

    def failing(ctx: Any, row: Any, columns: Any) -> Any:
        if row.number == 4:  # the third data row, after two rows were written and flushed
            ctx.session.flush()
            raise RuntimeError("disk on fire")
        return real_import_row(ctx, row, columns)

    monkeypatch.setattr(people_module, "_import_row", failing)
    before = snapshot(db)
    with pytest.raises(RuntimeError, match="disk on fire"):
        import_rows(session, TRANSACTION_ROWS, mission_id=mission_id)
    assert snapshot(db) == before
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Person)) == 1


def test_a_cancelled_import_raises_and_writes_nothing(
    db: Database, session: Session, mission_id: uuid.UUID, known: uuid.UUID
) -> None:
    before = snapshot(db)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled, match="nothing was written"):
        import_rows(session, TRANSACTION_ROWS, mission_id=mission_id, cancel=cancel)
    assert snapshot(db) == before

    # Cancelled after the first row was done (from the progress callback, as a GUI would).
    cancel = threading.Event()
    with pytest.raises(ImportCancelled):
        import_rows(
            session,
            TRANSACTION_ROWS,
            mission_id=mission_id,
            cancel=cancel,
            progress=lambda done, total: cancel.set(),
        )
    assert snapshot(db) == before


def test_progress_is_reported_up_to_the_total(session: Session) -> None:
    calls: list[tuple[int, int]] = []
    rows = [["Last name", "First name", "E-mail"]] + [
        ["Nom", f"P{i}", f"p{i}@x.example"] for i in range(450)
    ]
    import_rows(session, rows, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 450) and calls[-1] == (450, 450)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_undo_restores_the_database_exactly(
    db: Database, session: Session, mission_id: uuid.UUID, known: uuid.UUID
) -> None:
    before = snapshot(db)
    report = import_rows(session, TRANSACTION_ROWS, mission_id=mission_id)
    assert (report.created, report.updated, report.organisations_created) == (3, 1, 2)
    assert snapshot(db) != before

    report.undo.undo(session)

    assert snapshot(db) == before
    session.expire_all()
    person = session.get(Person, known)
    assert person is not None and person.organisation is not None
    assert (person.job_title, person.organisation.name) == ("Engineer", "Lumiphos Optique SAS")


def test_undo_in_a_session_of_its_own_restores_the_database_exactly(
    db: Database, session: Session, mission_id: uuid.UUID, known: uuid.UUID
) -> None:
    """As the GUI does it: the import and its undo each in their own session."""
    before = snapshot(db)
    report = import_rows(session, TRANSACTION_ROWS, mission_id=mission_id)
    with db.session() as other:
        report.undo.undo(other)
    assert snapshot(db) == before


def test_undo_of_a_dry_run_changes_nothing(
    db: Database, session: Session, mission_id: uuid.UUID, known: uuid.UUID
) -> None:
    before = snapshot(db)
    report = import_rows(session, TRANSACTION_ROWS, mission_id=mission_id, dry_run=True)
    report.undo.undo(session)
    assert snapshot(db) == before


def test_undo_after_a_later_change_is_refused_and_changes_nothing(
    session: Session, known: uuid.UUID
) -> None:
    """Undoing an import would throw away what was done since: it is refused."""
    report = import_rows(
        session,
        [
            ["First name", "Last name", "E-mail", "Job title"],
            ["A", "L", "amelie@lumiphos.example", "CTO"],
        ],
    )
    import_rows(
        session, [["Last name", "E-mail", "Phone"], ["L", "amelie@lumiphos.example", "+33 1"]]
    )
    with pytest.raises(ValidationError, match="changed since"):
        report.undo.undo(session)
    session.expire_all()
    person = session.get(Person, known)
    assert person is not None
    assert (person.first_name, person.job_title, person.phone) == ("A", "CTO", "+33 1")


# --- never a crash, never half an import (property-based) ---------------------------------------

_FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

KNOWN_HEADERS = [
    "Company",
    "Société",
    "Pays",
    "Land",
    "Job title",
    "Téléphone",
    "Arrival",
    "Départ",
    "Hotel",
    "Role",
    "Statut",
    "Consent to be listed",
    "Einwilligungsdatum",
    "Languages",
    "Sectors",
    "Notes",
    "Whatever",
]
PLAUSIBLE = [
    "ana@ferrolux.example",
    "ANA@ferrolux.example ",
    "bo@x",
    "@",
    "",
    "Lasertech Aquitaine SAS",
    "LaserTech Aquitaine",
    "=cmd|' /C calc'!A0",
    "'=1+1",
    "FR",
    "Suomi",
    "Atlantis",
    "25/01/2027 15:40",
    "2027-01-29T08:15",
    "31/02/2027",
    "9999-12-31 23:59",
    "0001-01-01",
    "28/01/2027 10:00",
    "speaker",
    "no-show",
    "confirmed",
    "oui",
    "peut-être",
    "x",
    "1",
    "+33 5 56 00 00 01",
    "Amélie Lefèvre",
    "Œ",
    "ł",
    "12:00 PM",
    "\n",
    '"',
    ";",
    ",",
]
_CELL = st.one_of(
    st.just(""),
    st.just(""),
    st.sampled_from(PLAUSIBLE),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=15),
)


class _CancelAfter(threading.Event):
    """A cancel button pressed after a given number of rows."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def is_set(self) -> bool:
        self.rows -= 1
        return self.rows < 0


def _consistent(db: Database, before: tuple[int, int, int], report: ImportReport) -> None:
    people, organisations, registrations = counts(db)
    assert people == before[0] + report.created
    assert organisations == before[1] + report.organisations_created
    assert registrations == before[2] + report.registered
    assert report.created + report.updated + report.unchanged + report.skipped == len(report.rows)
    assert all(p.row >= 1 and p.field and p.message for p in report.problems)


@_FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_import_or_fail_cleanly(
    db: Database, session: Session, mission_id: uuid.UUID, data: bytes
) -> None:
    before = counts(db)
    try:
        table = read_csv_bytes(data, "fuzz.csv")
        report = import_people(session, table, guess_mapping(table.headers), mission_id=mission_id)
    except ValidationError:
        event("refused")
        assert counts(db) == before
        return
    event("imported")
    _consistent(db, before, report)


EMAIL_HEADERS = ["E-mail", "Sähköposti", "Adresse e-mail", "E-Mail-Adresse"]
NAME_HEADERS = ["Nom", "Last name", "Achternaam", "Nom complet"]
_VALID_EMAIL = st.builds(
    lambda n, upper, pad: pad + (f"P{n}@FERROLUX.example" if upper else f"p{n}@ferrolux.example"),
    st.integers(0, 5),
    st.booleans(),
    st.sampled_from(["", " "]),
)


def _mostly(valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Valid four times in five, anything otherwise."""
    return st.integers(0, 4).flatmap(lambda k: _CELL if k == 0 else valid)


_EMAIL = _mostly(_VALID_EMAIL)
_VALID_NAME = st.sampled_from(["Lefèvre", "Wałęsa", "Ana Silva", "Œdipe Cœur", "Zoë"])
_NAME = _mostly(_VALID_NAME)


@settings(_FUZZ, max_examples=100)
@given(
    first_header=st.sampled_from(["First name", "Prénom", "Etunimi", "Vorname"]),
    email_header=st.sampled_from(EMAIL_HEADERS),
    name_header=st.sampled_from(NAME_HEADERS),
    others=st.lists(st.sampled_from(KNOWN_HEADERS), max_size=7, unique=True),
    data=st.data(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1"]),
    dry_run=st.booleans(),
    cancel_after=st.one_of(st.none(), st.none(), st.integers(min_value=0, max_value=8)),
    undo=st.booleans(),
)
def test_arbitrary_rows_import_whole_or_not_at_all(
    db: Database,
    session: Session,
    mission_id: uuid.UUID,
    first_header: str,
    email_header: str,
    name_header: str,
    others: list[str],
    data: st.DataObject,
    delimiter: str,
    encoding: str,
    dry_run: bool,
    cancel_after: int | None,
    undo: bool,
) -> None:
    header = data.draw(st.permutations([first_header, email_header, name_header, *others]))
    columns = [
        _EMAIL if h == email_header else _NAME if h in (first_header, name_header) else _CELL
        for h in header
    ]
    body = data.draw(st.lists(st.tuples(*columns), min_size=1, max_size=8))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([header, *body])
    raw = buffer.getvalue().encode(encoding, errors="replace")
    cancel = _CancelAfter(cancel_after) if cancel_after is not None else None
    before = counts(db)
    try:
        table = read_csv_bytes(raw, "fuzz.csv")
        report = import_people(
            session,
            table,
            guess_mapping(table.headers),
            mission_id=mission_id,
            dry_run=dry_run,
            cancel=cancel,
        )
    except ImportCancelled:
        event("cancelled")
        assert cancel is not None
        assert counts(db) == before
        return
    except ValidationError:
        event("refused")
        assert counts(db) == before
        return
    event(f"imported: {'some' if report.created + report.updated else 'no'} people written")
    if dry_run:
        assert counts(db) == before
        return
    _consistent(db, before, report)
    if undo:
        report.undo.undo(session)
        assert counts(db) == before


# --- the round trip through our own export --------------------------------------------------------

FORMULA = "=cmd|' /C calc'!A0"


@pytest.fixture
def exported_mission(session: Session, mission_id: uuid.UUID) -> uuid.UUID:
    """A mission with people of every kind the export writes."""
    rows = [
        [
            "First name",
            "Last name",
            "E-mail",
            "Company",
            "Country",
            "Role",
            "Status",
            "Arrival",
            "Departure",
            "Hotel",
            "Badge name",
            "Diet",
        ],
        [
            "Amélie",
            "Lefèvre",
            "amelie@lumiphos.example",
            "Lumiphos Optique SAS",
            "FR",
            "speaker",
            "confirmed",
            "25/01/2027 15:40",
            "29/01/2027 08:15",
            "Hotel Zephyr",
            "Amélie L.",
            "vegetarian",
        ],
        [
            "Łucja",
            "Wałęsa",
            "lucja@swiatlo.example",
            "Światło Sp. z o.o.",
            "PL",
            "visitor",
            "waitlisted",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "Œdipe",
            "Cœurdelion",
            "oedipe@evil.example",
            FORMULA,
            "FR",
            "local_participant",
            "no-show",
            "24/01/2027 23:59",
            "",
            "+1 (415) 555-0142 Inn",
            "",
            "-halal",
        ],
        [
            "João",
            "Simão",
            "joao@ferrolux.example",
            "",
            "",
            "coordinator",
            "cancelled",
            "",
            "28/01/2027 07:00",
            "",
            "",
            "",
        ],
    ]
    report = import_rows(session, rows, mission_id=mission_id)
    assert report.created == 4 and report.problems == ()
    return mission_id


@pytest.mark.parametrize(
    ("fmt", "delimiter"), [("csv", ","), ("csv", ";"), ("csv", "\t"), ("xlsx", ",")]
)
def test_export_then_import_into_an_empty_database_gives_the_same_people(
    session: Session,
    exported_mission: uuid.UUID,
    second_db: Database,
    tmp_path: Path,
    fmt: str,
    delimiter: str,
) -> None:
    """Our own files come back: CSV with a byte-order mark and any delimiter, and the typed
    workbook (readable headers, date-time cells, roles and statuses in words)."""
    out = tmp_path / f"people.{fmt}"
    report = export_people(session, exported_mission, fmt, out, delimiter=delimiter)  # type: ignore[arg-type]
    assert report.rows == 4
    if fmt == "csv":
        table = read_table(out)
        assert (table.encoding, table.delimiter) == ("utf-8-sig", delimiter)
    with second_db.session() as other:
        other_mission = create_mission(other, mission_data())
        report = import_file(other, out, mission_id=other_mission)
        assert (report.created, report.registered, report.problems) == (4, 4, ())
        assert registration_rows(other, other_mission) == registration_rows(
            session, exported_mission
        )
        assert FORMULA in set(other.scalars(select(Organisation.name)))
        # And importing it again into the first database changes nothing.
    again = import_file(session, out, mission_id=exported_mission)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)


def test_exported_csv_neutralises_formulas_but_keeps_phones_readable(
    session: Session, exported_mission: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "people.csv"
    export_people(session, exported_mission, "csv", out)
    cells = {c for row in csv.reader(out.open(encoding="utf-8-sig", newline="")) for c in row}
    assert "'" + FORMULA in cells and FORMULA not in cells
    assert "'-halal" in cells
    assert "+1 (415) 555-0142 Inn" not in cells  # starts with "+" and is not only a number

    table = tmp_path / "phones.csv"
    write_table(table, "csv", ["name", "phone"], [["Amélie", "+33 5 56 00 00 01"], ["Bo", "=1+1"]])
    assert list(csv.reader(table.open(encoding="utf-8-sig", newline=""))) == [
        ["name", "phone"],
        ["Amélie", "+33 5 56 00 00 01"],
        ["Bo", "'=1+1"],
    ]


def test_exported_xlsx_keeps_formula_looking_values_as_text(
    session: Session, exported_mission: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "people.xlsx"
    export_people(session, exported_mission, "xlsx", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row if c.value == FORMULA]
    assert len(cells) == 1 and cells[0].data_type == "s"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_consent_and_its_date_are_imported(session: Session) -> None:
    report = import_rows(
        session,
        [
            [
                "Prénom",
                "Nom",
                "Courriel",
                "Accord publication",
                "Consentement contact",
                "Date du consentement",
            ],
            ["Amélie", "Lefèvre", "amelie@lumiphos.example", "oui", "non", "12/11/2026"],
        ],
    )
    assert report.problems == ()
    person = session.scalar(select(Person).where(Person.email == "amelie@lumiphos.example"))
    assert person is not None
    assert (person.consent_listed, person.consent_contact, person.consent_date) == (
        True,
        False,
        date(2026, 11, 12),
    )


def test_mapping_can_be_given_by_hand(session: Session) -> None:
    table = read_csv_bytes(
        csv_bytes([["Col A", "Col B", "Col C"], ["x@y.example", "Silva", "Ana"]]), "f.csv"
    )
    report = import_people(
        session, table, {0: Field.EMAIL, 1: Field.LAST_NAME, 2: Field.FIRST_NAME}
    )
    assert report.created == 1
    assert directory(session)["x@y.example"][:2] == ("Ana", "Silva")
    with pytest.raises(ValidationError, match="Two columns"):
        import_people(session, table, {0: Field.EMAIL, 1: Field.LAST_NAME, 2: Field.LAST_NAME})
    with pytest.raises(ValidationError, match="does not exist"):
        import_people(session, table, {0: Field.EMAIL, 7: Field.LAST_NAME})


def test_names_written_in_decomposed_unicode_are_stored_composed(session: Session) -> None:
    # macOS and some web forms write "é" as "e" + a combining accent; searching for "amélie"
    # typed on a keyboard must find her, and the name must not differ from a later "Amélie".
    decomposed = unicodedata.normalize("NFD", "Amélie")
    report = import_rows(
        session,
        [
            ["Prénom", "Nom", "Courriel", "Société"],
            [decomposed, unicodedata.normalize("NFD", "Lefèvre"), "a@l.example", "Lumière"],
        ],
    )
    assert report.created == 1
    assert directory(session)["a@l.example"][:3] == ("Amélie", "Lefèvre", "Lumière")
    again = import_rows(
        session, [["Prénom", "Nom", "Courriel"], ["Amélie", "Lefèvre", "a@l.example"]]
    )
    assert again.unchanged == 1


def test_a_time_skipped_by_the_clocks_is_a_problem_of_its_row(
    session: Session, mission_id: uuid.UUID
) -> None:
    # 14 March 2027, 02:30 does not exist in Los Angeles: the clocks go from 02:00 to 03:00.
    report = import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", "Arrival"],
            ["Silva", "Ana", "a@f.example", "14/03/2027 02:30"],
        ],
        mission_id=mission_id,
    )
    [problem] = report.problems
    assert (problem.row, problem.field) == (2, "arrival")
    assert "does not exist" in problem.message


def test_a_chosen_organisation_that_no_longer_exists_stops_the_whole_import(
    db: Database, session: Session
) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError, match="no longer exists"):
        import_rows(
            session,
            [
                ["First name", "Last name", "E-mail", "Company"],
                ["Bo", "Li", "bo@x.example", "Kaamos"],
                ["Ana", "Silva", "ana@x.example", "Lasertec Aquitaine"],
            ],
            organisation_choices={"Lasertec Aquitaine": uuid.uuid4()},
        )
    assert snapshot(db) == before


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]),
    min_size=1,
    max_size=12,
).map(lambda t: " ".join(unicodedata.normalize("NFC", t).split()))


@settings(_FUZZ, max_examples=40)
@given(
    people=st.lists(
        st.tuples(
            _TEXT,
            _TEXT,
            st.one_of(_TEXT, st.sampled_from([FORMULA, "+33 5 56 00 00 01", "-x", "@home", ""])),
            st.sampled_from(["speaker", "visitor", "delegate"]),
            st.one_of(st.just(""), _TEXT),
        ),
        min_size=1,
        max_size=5,
    ),
    fmt=st.sampled_from(["csv", "xlsx"]),
)
def test_any_people_exported_and_imported_elsewhere_come_back_the_same(
    session: Session,
    mission_id: uuid.UUID,
    second_db: Database,
    tmp_path: Path,
    people: list[tuple[str, str, str, str, str]],
    fmt: str,
) -> None:
    header = ("first_name", "last_name", "email", "organisation", "role", "hotel")
    rows = [
        SourceRow(n + 2, (first, last, f"p{n}@x.example", org, role, hotel))
        for n, (first, last, org, role, hotel) in enumerate(people)
    ]
    table = SourceTable("made.csv", header, tuple(rows), 1, None, None, None)
    mapping = {i: Field(h) for i, h in enumerate(header)}
    made = import_people(session, table, mapping, mission_id=mission_id)
    if made.skipped:  # blank names after stripping: not a person to round-trip
        made.undo.undo(session)
        return
    out = tmp_path / f"people.{fmt}"
    export_people(session, mission_id, fmt, out)  # type: ignore[arg-type]
    with second_db.session() as other:
        other_mission = other.scalar(select(Mission.id)) or create_mission(other, mission_data())
        back = import_file(other, out, mission_id=other_mission)
        try:
            assert (back.created, back.problems) == (len(people), ())
            assert registration_rows(other, other_mission) == registration_rows(session, mission_id)
        finally:
            back.undo.undo(other)
            made.undo.undo(session)


def test_a_consent_without_a_date_is_dated_the_day_it_is_imported(session: Session) -> None:
    from datetime import date

    from pimap_desktop.services.directory.directory import (
        find_person_by_email,
        person_data,
        update_person,
    )

    import_rows(
        session,
        [
            ["first_name", "last_name", "email", "consent_listed"],
            ["Élise", "Marchand", "em@lumiphos.example", "oui"],
        ],
    )
    person = find_person_by_email(session, "em@lumiphos.example")
    assert person.consent_listed and person.consent_date == date.today()
    # ... so that the person's own form accepts it as it is
    update_person(session, person.id, person_data(session, person.id))


# --- what real forms write ----------------------------------------------------------------------


def test_statuses_and_roles_as_forms_write_them(session: Session, mission_id: uuid.UUID) -> None:
    from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus

    import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", "Attendee Status", "Rôle"],
            ["Silva", "Ana", "a@f.example", "Attending", "Intervenante"],
            ["Dupont", "Luc", "l@f.example", "Confirmé", "Délégué"],
            ["Weber", "Jan", "j@f.example", "Warteliste", "Besucher"],
        ],
        mission_id=mission_id,
    )
    rows = {r[0]: r[1:3] for r in registration_rows(session, mission_id)}
    assert {(r.status, r.role) for r in session.scalars(select(Registration))} == {
        (RegistrationStatus.CONFIRMED, RegistrationRole.SPEAKER),
        (RegistrationStatus.CONFIRMED, RegistrationRole.DELEGATE),
        (RegistrationStatus.WAITLISTED, RegistrationRole.VISITOR),
    }
    assert rows


def test_a_consent_question_is_not_taken_for_a_name(session: Session) -> None:
    from pimap_desktop.services.directory.directory import find_person_by_email

    report = import_rows(
        session,
        [
            ["Full name", "Email Address", "Do you agree to appear in the participant list?"],
            ["Ana Silva", "a@f.example", "Yes"],
        ],
    )
    assert report.created == 1
    person = find_person_by_email(session, "a@f.example")
    assert (person.first_name, person.last_name, person.consent_listed) == ("Ana", "Silva", True)


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("MARTIN Jeanne", "Jeanne", "MARTIN"),
        ("Martin, Jeanne", "Jeanne", "Martin"),
        ("Jeanne MARTIN", "Jeanne", "MARTIN"),
        ("Maria da Silva", "Maria", "da Silva"),
    ],
)
def test_full_names_in_the_orders_lists_use(
    session: Session, written: str, first: str, last: str
) -> None:
    from pimap_desktop.services.directory.directory import find_person_by_email

    import_rows(session, [["Nom complet", "E-mail"], [written, "jm@f.example"]])
    person = find_person_by_email(session, "jm@f.example")
    assert (person.first_name, person.last_name) == (first, last)


def test_a_us_date_column_is_read_month_first_for_every_row(
    session: Session, mission_id: uuid.UUID
) -> None:
    from datetime import UTC, datetime

    import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", "Arrival"],
            ["Silva", "Ana", "a@f.example", "1/24/2027 9:00"],
            ["Dupont", "Luc", "l@f.example", "1/25/2027 9:00"],
            ["Weber", "Jan", "j@f.example", "1/2/2027 9:00"],
        ],
        mission_id=mission_id,
    )
    arrivals = sorted(r.arrival_at for r in session.scalars(select(Registration)))
    assert arrivals[0] == datetime(2027, 1, 2, 17, 0, tzinfo=UTC)  # 2 January, not 1 February


def test_the_same_name_in_another_country_is_another_organisation(session: Session) -> None:
    from pimap_desktop.domain.models import Organisation

    import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", "Company", "Country"],
            ["Berg", "Eva", "e@ls.example", "Laser Systems Oy", "Finland"],
            ["Lind", "Nils", "n@ls.example", "Laser Systems AB", "Sweden"],
        ],
    )
    organisations = sorted((o.name, o.country) for o in session.scalars(select(Organisation)))
    assert organisations == [("Laser Systems AB", "SE"), ("Laser Systems Oy", "FI")]


def test_new_registrations_show_their_parsed_travel_in_the_verdict(
    session: Session, mission_id: uuid.UUID
) -> None:
    report = import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", "Arrival"],
            ["Silva", "Ana", "a@f.example", "23/01/2027 15:40"],
        ],
        mission_id=mission_id,
        dry_run=True,
    )
    assert "arrives Sat 23 Jan 2027 15:40" in str(report.rows[0].changes[0])


def test_invisible_characters_pasted_from_web_pages_are_not_kept(session: Session) -> None:
    from pimap_desktop.services.directory.directory import find_person_by_email

    report = import_rows(
        session,
        [
            ["First name", "Last name", "E-mail"],
            ["\ufeffAna", "Sil\u200bva", "a@f.example\u200b"],
            ["Luc", "\ufeff", "l@f.example"],
        ],
    )
    person = find_person_by_email(session, "a@f.example")
    assert (person.first_name, person.last_name) == ("Ana", "Silva")
    assert [(p.row, p.field) for p in report.problems] == [(3, "last_name")]


@pytest.mark.parametrize(
    ("header", "spoken"),
    [
        ("Language", "Languages"),
        ("Langue", "Langues parlées"),
        ("Språk", "Talade språk"),
        ("Idioma preferido", "Idiomas"),
        ("Kieli", "Kielitaito"),
    ],
)
def test_a_language_column_is_the_preferred_language_of_the_documents(
    session: Session, header: str, spoken: str
) -> None:
    report = import_rows(
        session,
        [
            ["Last name", "First name", "E-mail", header, spoken],
            ["Silva", "Ana", "ana@f.example", "Português", "pt, en"],
            ["Virtanen", "Aino", "aino@f.example", "FI", "fi, sv"],
            ["Durand", "Marc", "marc@f.example", "", "fr"],
            ["Klein", "Kim", "kim@f.example", "Klingon", ""],
        ],
    )
    [problem] = report.problems
    assert (problem.row, problem.field) == (5, "preferred_language")
    assert "Klingon" in problem.message
    session.expire_all()
    people = {p.email: p for p in session.scalars(select(Person))}
    assert people["ana@f.example"].preferred_language == "pt"
    assert people["ana@f.example"].languages == ["pt", "en"]
    assert people["aino@f.example"].preferred_language == "fi"
    assert people["marc@f.example"].preferred_language is None
    assert "kim@f.example" not in people
