"""Exports a spreadsheet can open safely."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Registration
from pimap_desktop.services.exporting import PEOPLE_COLUMNS, export_people, neutralise
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.onsite.onsite import check_in_registration
from pimap_desktop.services.registrations.registrations import register_people
from tests.factories import add_organisation, add_person, mission_data


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("+33 5 56 00 00 01", "+33 5 56 00 00 01"),
        ("+1 (415) 555-0142", "+1 (415) 555-0142"),
        ("-12", "-12"),
        ("Ørsted & Co", "Ørsted & Co"),
    ],
)
def test_formulas_are_neutralised_and_phones_stay_readable(value: str, shown: str) -> None:
    assert neutralise(value) == shown


@pytest.fixture
def registered(session: Session, mission_id: uuid.UUID) -> uuid.UUID:
    org = add_organisation(session, "=Evil Corp")
    person = add_person(session, "Œrsted", "Łukasz", "ol@evil.example", organisation=org)
    register_people(session, mission_id, [person.id])
    return mission_id


def test_csv_export_is_utf8_with_the_agreed_columns(
    session: Session, registered: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "people.csv"
    assert export_people(session, registered, "csv", out).rows == 1
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == PEOPLE_COLUMNS
    assert rows[1][:4] == ["Œrsted", "Łukasz", "ol@evil.example", "'=Evil Corp"]


def test_xlsx_export_writes_text_never_formulas(
    session: Session, registered: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "people.xlsx"
    export_people(session, registered, "xlsx", out)
    sheet = load_workbook(out).active
    assert sheet is not None
    cell = sheet.cell(row=2, column=4)
    assert (cell.value, cell.data_type) == ("=Evil Corp", "s")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_checked_in_at_is_shown_with_the_missions_offset_of_that_day(
    session: Session, tmp_path: Path, fmt: str
) -> None:
    """San Francisco moves to summer time on 14 March 2027: a check-in at 09:00 on the 13th is
    at -08:00, one at 09:00 on the 15th at -07:00; someone not checked in has an empty cell."""
    mission = create_mission(
        session,
        mission_data(code="SPIE2027", start_date=date(2027, 3, 12), end_date=date(2027, 3, 16)),
    )
    people = [
        add_person(session, first, "Tester", f"{first.lower()}@dst.example")
        for first in ("Ada", "Bea", "Cid")
    ]
    register_people(session, mission, [p.id for p in people])
    ids = {
        r.person_id: r.id
        for r in session.scalars(select(Registration).where(Registration.mission_id == mission))
    }
    for person, now in (
        (people[0], datetime(2027, 3, 13, 17, 0, 5, 250000, tzinfo=UTC)),
        (people[1], datetime(2027, 3, 15, 16, 0, tzinfo=UTC)),
    ):
        check_in_registration(session, mission, ids[person.id], now=now)
    out = tmp_path / f"people.{fmt}"

    export_people(session, mission, fmt, out)  # type: ignore[arg-type]

    if fmt == "csv":
        with out.open(encoding="utf-8", newline="") as handle:
            header, *rows = list(csv.reader(handle))
    else:
        sheet = load_workbook(out).active
        assert sheet is not None
        header, *rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert header[-1] == "checked_in_at"
    assert {row[2]: row[-1] for row in rows} == {
        "ada@dst.example": "2027-03-13T09:00:05-08:00",
        "bea@dst.example": "2027-03-15T09:00:00-07:00",
        "cid@dst.example": "",
    }


def test_export_to_a_missing_folder_is_refused_and_writes_nothing(
    session: Session, registered: uuid.UUID, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        export_people(session, registered, "csv", tmp_path / "nowhere" / "people.csv")
    assert not (tmp_path / "nowhere").exists()
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_phone_numbers_are_exported_readable(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    person = add_person(
        session, "Jeanne", "Martin", "jm@lumiphos.example", phone="+33 5 56 00 00 01"
    )
    register_people(session, mission_id, [person.id])
    out = tmp_path / "people.csv"
    export_people(session, mission_id, "csv", out)
    with out.open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["phone"] == "+33 5 56 00 00 01"


def test_control_characters_pasted_into_a_note_do_not_break_the_workbook(tmp_path: Path) -> None:
    """openpyxl refuses a whole file over one vertical tab; the character becomes a space."""
    from openpyxl import load_workbook

    from pimap_desktop.services.exporting import write_table

    out = tmp_path / "t.xlsx"
    write_table(out, "xlsx", ["note"], [["line1\x0bline2\x01=HYPERLINK(1)"]])
    cells = [c.value for c in next(load_workbook(out).active.iter_rows(min_row=2))]
    assert cells == ["line1 line2 =HYPERLINK(1)"]
