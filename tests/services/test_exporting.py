"""Exports a spreadsheet can open safely."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationRole
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Registration
from pimap_desktop.services.exporting import (
    PEOPLE_COLUMNS,
    export_people,
    neutralise,
    region_delimiter,
    write_table,
)
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.onsite.onsite import check_in_registration
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.services.unit import transaction
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
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == PEOPLE_COLUMNS
    assert rows[1][:4] == ["Œrsted", "Łukasz", "ol@evil.example", "'=Evil Corp"]


def test_csv_export_has_a_byte_order_mark_so_windows_excel_reads_utf8(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """Excel on Windows reads a CSV as Windows-1252 unless it starts with UTF-8's byte-order
    mark: with it, "Hämäläinen" stays "Hämäläinen" instead of "HÃ¤mÃ¤lÃ¤inen"."""
    person = add_person(session, "Päivi", "Hämäläinen", "paivi@metsa.example")
    register_people(session, mission_id, [person.id])
    out = tmp_path / "people.csv"

    export_people(session, mission_id, "csv", out, delimiter=";")

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    as_windows = data.decode("cp1252", errors="replace")
    assert as_windows.startswith("ï»¿first_name;")  # the mark Excel looks for
    assert "HÃ¤mÃ¤lÃ¤inen" in as_windows  # what Excel would show without the mark
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["first_name", "last_name", "email"]
    assert rows[1][:3] == ["Päivi", "Hämäläinen", "paivi@metsa.example"]


@pytest.mark.parametrize(
    ("region", "delimiter"),
    [
        ("fr_FR.UTF-8", ";"),
        ("sv_SE.UTF-8", ";"),
        ("pt_PT", ";"),
        ("fi_FI.utf8", ";"),
        ("de_DE@euro", ";"),
        ("fr-BE", ";"),
        ("en_US.UTF-8", ","),
        ("en_GB", ","),
        ("de_CH.UTF-8", ","),
        ("C.UTF-8", ","),
        ("POSIX", ","),
        ("", ","),
        (None, ","),
        ("xx_YY", ","),
        ("not a locale", ","),
    ],
)
def test_the_delimiter_follows_the_regions_decimal_separator(
    region: str | None, delimiter: str
) -> None:
    assert region_delimiter(region) == delimiter


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_is_written_with_the_delimiter_asked_and_quotes_a_cell_holding_it(
    tmp_path: Path, delimiter: str
) -> None:
    out = tmp_path / "t.csv"
    cells = ["Fotónica; Lda", "3,5", "tab\there"]
    write_table(out, "csv", ["a", "b", "c"], [cells], delimiter=delimiter)  # type: ignore[arg-type]
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == delimiter.join(["a", "b", "c"])
    assert list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)) == [
        ["a", "b", "c"],
        cells,
    ]


def test_an_unknown_delimiter_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="delimiter"):
        write_table(tmp_path / "t.csv", "csv", ["a"], [["1"]], delimiter="|")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_the_people_workbook_is_typed_filtered_and_readable(
    session: Session, registered: uuid.UUID, tmp_path: Path
) -> None:
    """Times are date-time cells of the mission's wall clock (the zone in the header), roles
    and statuses in words, the header frozen and filtered, the columns as wide as needed."""
    registration = session.scalars(
        select(Registration).where(Registration.mission_id == registered)
    ).one()
    with transaction(session):
        registration.arrival_at = datetime(2027, 1, 25, 7, 30, tzinfo=UTC)  # 23:30 the day before
        registration.departure_at = datetime(2027, 1, 29, 18, 5, tzinfo=UTC)
        registration.role = RegistrationRole.LOCAL_PARTICIPANT
    check_in_registration(
        session, registered, registration.id, now=datetime(2027, 1, 26, 17, 14, 9, tzinfo=UTC)
    )
    out = tmp_path / "people.xlsx"

    export_people(session, registered, "xlsx", out)

    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    zone = "America/Los_Angeles"
    assert header == [
        "First name",
        "Last name",
        "E-mail",
        "Organisation",
        "Country",
        "Role",
        "Status",
        f"Arrival ({zone})",
        f"Departure ({zone})",
        "Hotel",
        "Phone",
        "Badge name",
        "Diet",
        "Delegation",
        f"Checked in ({zone})",
    ]
    cells = dict(zip(header, sheet[2], strict=True))
    assert cells[f"Arrival ({zone})"].value == datetime(2027, 1, 24, 23, 30)
    assert cells[f"Departure ({zone})"].value == datetime(2027, 1, 29, 10, 5)
    assert cells[f"Checked in ({zone})"].value == datetime(2027, 1, 26, 9, 14, 9)
    for name in ("Arrival", "Departure", "Checked in"):
        cell = cells[f"{name} ({zone})"]
        assert cell.is_date and cell.number_format == "yyyy-mm-dd hh:mm"
    assert (cells["Role"].value, cells["Status"].value) == ("Local participant", "Confirmed")
    assert cells["Organisation"].data_type == "s"
    assert cells["Hotel"].value is None  # an empty cell, not an empty string
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:O2"
    assert all(c.font.bold for c in sheet[1])
    widths = {h: sheet.column_dimensions[c.column_letter].width for h, c in cells.items()}
    assert widths["E-mail"] >= len("ol@evil.example")
    assert 8 <= widths["Country"] < widths["E-mail"]


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
        with out.open(encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        assert header[-1] == "checked_in_at"
        assert {row[2]: row[-1] for row in rows} == {
            "ada@dst.example": "2027-03-13T09:00:05-08:00",
            "bea@dst.example": "2027-03-15T09:00:00-07:00",
            "cid@dst.example": "",
        }
    else:  # the wall-clock time of that day, either side of the change; the zone in the header
        sheet = load_workbook(out).active
        assert sheet is not None
        header, *cells = list(sheet.iter_rows(values_only=True))
        assert header[-1] == "Checked in (America/Los_Angeles)"
        assert {row[2]: row[-1] for row in cells} == {
            "ada@dst.example": datetime(2027, 3, 13, 9, 0, 5),
            "bea@dst.example": datetime(2027, 3, 15, 9, 0),
            "cid@dst.example": None,
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
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["phone"] == "+33 5 56 00 00 01"


def test_control_characters_pasted_into_a_note_do_not_break_the_workbook(tmp_path: Path) -> None:
    """openpyxl refuses a whole file over one vertical tab; the character becomes a space."""
    out = tmp_path / "t.xlsx"
    write_table(out, "xlsx", ["note"], [["line1\x0bline2\x01=HYPERLINK(1)"]])
    cells = [c.value for c in next(load_workbook(out).active.iter_rows(min_row=2))]
    assert cells == ["line1 line2 =HYPERLINK(1)"]
