"""Reading CSV and XLSX files into tables of text: encodings, delimiters, rows, headers, errors."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.services.importing.reading import (
    ImportFileError,
    SourceRow,
    SourceTable,
    read_csv_bytes,
    read_table,
    read_xlsx,
)

HEADER = ("Prénom", "Nom", "Adresse e-mail", "Société", "Ville", "Pays")
ROWS = (
    ("Amélie", "Lefèvre", "amelie@lasertech.fr", "Lasertech, Aquitaine", "Genève", "Suisse"),
    ("Jürgen", "Müller", "j.mueller@praezision.de", "Präzision GmbH", "München", "Deutschland"),
    ("Åsa", "Öberg", "asa@optik.fi", 'Optik "Nord" Oy', "Jyväskylä", "Suomi"),
)
# Œ, € and ’ exist in cp1252 but not in Latin-1.
CP1252_ROW = ("Œdipe", "D’Arc", "oedipe@coeur.fr", "Cœur & Co €", "Besançon", "France")


def _csv_bytes(
    rows: tuple[tuple[str, ...], ...], delimiter: str, encoding: str, newline: str = "\r\n"
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings and delimiters ---------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    ("encoding", "recorded", "extra"),
    [
        ("utf-8-sig", {"utf-8-sig"}, (CP1252_ROW,)),
        ("utf-8", {"utf-8"}, (CP1252_ROW,)),
        ("cp1252", {"cp1252"}, (CP1252_ROW,)),
        ("latin-1", {"latin-1", "cp1252", "iso-8859-15"}, ()),
        ("utf-16", {"utf-16"}, (CP1252_ROW,)),
    ],
)
def test_csv_reads_every_encoding_and_delimiter(
    tmp_path: Path, delimiter: str, encoding: str, recorded: set[str], extra: tuple[tuple[str, ...]]
) -> None:
    rows = (HEADER, *ROWS, *extra)
    path = _write(tmp_path, "people.csv", _csv_bytes(rows, delimiter, encoding))

    table = read_table(path)

    assert table.name == "people.csv"
    assert table.headers == HEADER
    assert [r.values for r in table.rows] == [tuple(r) for r in (*ROWS, *extra)]
    assert [r.number for r in table.rows] == list(range(2, 2 + len(ROWS) + len(extra)))
    assert table.header_row == 1
    assert table.delimiter == delimiter
    assert table.encoding in recorded
    assert table.sheet is None
    assert table.sheets == ()


def test_french_excel_csv_in_cp1252_with_semicolons_reads_right() -> None:
    data = (
        "Prénom;Nom;Courriel;Société;Ville\r\n"
        "Hélène;Bœuf;helene@societe.fr;Société Générale d’Optique;Genève\r\n"
        "Œdipe;Lefèvre;oedipe@example.fr;Cœur SA;Besançon\r\n"
    ).encode("cp1252")

    table = read_csv_bytes(data, "inscrits.csv")

    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.rows[0].values == (
        "Hélène",
        "Bœuf",
        "helene@societe.fr",
        "Société Générale d’Optique",
        "Genève",
    )
    assert table.rows[1].values[0] == "Œdipe"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_munchen_never_becomes_cyrillic(encoding: str) -> None:
    data = "Name;City\r\nJürgen Müller;München\r\n".encode(encoding)

    table = read_csv_bytes(data, "short.csv")

    assert table.rows[0].values == ("Jürgen Müller", "München")
    assert table.encoding in {"cp1252", "latin-1", "iso-8859-15"}


def test_utf8_is_preferred_when_the_bytes_are_valid_utf8() -> None:
    data = "Name,City\nJürgen,München\nŁukasz,Łódź\n".encode()

    table = read_csv_bytes(data, "x.csv")

    assert table.encoding == "utf-8"
    assert table.rows[1].values == ("Łukasz", "Łódź")


def test_mostly_ascii_cp1252_file_with_one_accent_far_down_reads_right() -> None:
    lines = ["first_name,last_name,email,city"]
    lines += [f"Person{i},Name{i},p{i}@example.org,Lyon" for i in range(2000)]
    lines.append("Zoë,Brontë,zoe@example.org,Besançon")
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")

    table = read_csv_bytes(data, "big.csv")

    assert table.rows[-1].values == ("Zoë", "Brontë", "zoe@example.org", "Besançon")
    assert table.rows[-1].number == 2002
    assert table.encoding in {"cp1252", "latin-1", "iso-8859-15"}


def test_delimiter_is_chosen_by_consistent_columns_even_with_commas_in_cells() -> None:
    data = (
        b"Name;Company;City\n"
        b"Anna, Dr.;Lasertech, SAS;Bordeaux, France\n"
        b"Ben;Optik Oy;Oulu\n"
        b"Carla, MSc;Nord, Sud, Est;Porto\n"
    )

    table = read_csv_bytes(data, "x.csv")

    assert table.delimiter == ";"
    assert table.rows[2].values == ("Carla, MSc", "Nord, Sud, Est", "Porto")


def test_excel_sep_line_declares_the_delimiter_and_is_not_a_row() -> None:
    data = b"sep=,\r\nName;x,Email\r\nAnna;b,anna@example.org\r\n"

    table = read_csv_bytes(data, "x.csv")

    assert table.delimiter == ","
    assert table.headers == ("Name;x", "Email")
    assert table.header_row == 1
    assert table.rows == (SourceRow(2, ("Anna;b", "anna@example.org")),)


def test_single_column_file_reads_with_a_comma() -> None:
    table = read_csv_bytes(b"email\na@example.org\nb@example.org\n", "list.csv")

    assert table.delimiter == ","
    assert table.headers == ("email",)
    assert [r.values for r in table.rows] == [("a@example.org",), ("b@example.org",)]


# --- quoted fields and row numbers ------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_quoted_cells_with_delimiters_and_line_breaks_keep_spreadsheet_row_numbers(
    newline: str, delimiter: str
) -> None:
    d, nl = delimiter, newline
    text = (
        f"Name{d}Email{d}Notes{nl}"
        f'"Dupont{d} Jean"{d}jean@example.fr{d}"line one{nl}line two{nl}line three"{nl}'
        f"Anna{d}anna@example.fi{d}plain{nl}"
        f"{nl}"  # a blank line is a row of its own in a spreadsheet
        f'"Nord{nl}Sud"{d}ns@example.de{d}"say ""hi"""{nl}'
        f"Last{d}last@example.org{d}end"
    )

    table = read_csv_bytes(text.encode(), "x.csv")

    assert table.delimiter == delimiter
    assert [(r.number, r.values[0]) for r in table.rows] == [
        (2, f"Dupont{d} Jean"),
        (3, "Anna"),
        (5, f"Nord{nl}Sud"),
        (6, "Last"),
    ]
    assert table.rows[0].values[2] == f"line one{nl}line two{nl}line three"
    assert table.rows[2].values[2] == 'say "hi"'


def test_cells_are_stripped_and_rows_padded_to_the_header() -> None:
    data = b"Name , Email,City\n  Anna  , anna@example.org \nBen,ben@example.org,Oulu\n"

    table = read_csv_bytes(data, "x.csv")

    assert table.headers == ("Name", "Email", "City")
    assert table.rows[0].values == ("Anna", "anna@example.org", "")


def test_cells_beyond_the_header_are_kept_under_unnamed_columns() -> None:
    data = b"Name,Email\nAnna,anna@example.org,extra note\nBen,ben@example.org\n"

    table = read_csv_bytes(data, "x.csv")

    assert table.headers == ("Name", "Email", "")
    assert table.rows[0].values == ("Anna", "anna@example.org", "extra note")
    assert table.rows[1].values == ("Ben", "ben@example.org", "")


def test_trailing_empty_columns_are_dropped() -> None:
    data = b"Name;Email;;;\nAnna;anna@example.org;;;\n"

    table = read_csv_bytes(data, "x.csv")

    assert table.headers == ("Name", "Email")
    assert table.rows[0].values == ("Anna", "anna@example.org")


def test_fully_empty_rows_are_skipped_but_counted() -> None:
    data = b"Name;Email\n;\n\nAnna;anna@example.org\n ; \nBen;ben@example.org\n"

    table = read_csv_bytes(data, "x.csv")

    assert [(r.number, r.values[0]) for r in table.rows] == [(4, "Anna"), (6, "Ben")]


# --- header detection -------------------------------------------------------------------------


def test_title_rows_above_the_header_are_skipped() -> None:
    data = (
        "Delegation list — Photonics West 2027;;;\r\n"
        ";;;\r\n"
        "First name;Last name;E-mail;Company\r\n"
        "Anna;Virtanen;anna@optik.fi;Optik Oy\r\n"
    ).encode("utf-8-sig")

    table = read_csv_bytes(data, "delegation.csv")

    assert table.header_row == 3
    assert table.headers == ("First name", "Last name", "E-mail", "Company")
    assert table.rows == (SourceRow(4, ("Anna", "Virtanen", "anna@optik.fi", "Optik Oy")),)


def test_several_title_lines_and_a_note_before_the_header() -> None:
    data = (
        "Photonics West 2027\n"
        "San Francisco, 23-28 January\n"
        "\n"
        "Updated by the coordinator\n"
        "Nom,Prénom,Courriel,Entreprise,Pays\n"
        "Lefèvre,Amélie,amelie@lasertech.fr,Lasertech,France\n"
    ).encode()

    table = read_csv_bytes(data, "x.csv")

    assert table.header_row == 5
    assert table.headers[0] == "Nom"
    assert table.rows[0].number == 6


def test_without_a_recognised_header_the_first_non_empty_row_is_the_header() -> None:
    data = b"\n\nfoo,bar,baz\n1,2,3\n4,5,6\n"

    table = read_csv_bytes(data, "x.csv")

    assert table.header_row == 3
    assert table.headers == ("foo", "bar", "baz")
    assert [r.number for r in table.rows] == [4, 5]


def test_a_header_below_the_twentieth_non_empty_row_is_not_searched() -> None:
    lines = [f"note {i}" for i in range(21)] + ["Name,Email", "Anna,anna@example.org"]
    data = "\n".join(lines).encode()

    table = read_csv_bytes(data, "x.csv")

    assert table.header_row == 1
    assert table.headers == ("note 0", "")  # the wider rows below keep their cells


def test_one_recognised_cell_is_not_enough_for_a_header() -> None:
    data = b"Hotel list,,\nName,Email,Hotel\nAnna,anna@example.org,Ibis\n"

    table = read_csv_bytes(data, "x.csv")

    assert table.header_row == 2


# --- CSV errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "'x.csv': the file is empty"),
        (b"  \r\n\r\n  ", "'x.csv': the file is empty"),
        (b"\xef\xbb\xbf", "'x.csv': the file is empty"),
        (b";;;\r\n;;\r\n", "'x.csv': there is nothing in it"),
        (b",,,\r\n,,\r\n", "'x.csv': there is nothing in it"),
        (b"Name;Email\r\n", "'x.csv': it has a header (row 1) but no rows of data"),
        (b"Title\r\n\r\nName;Email\r\n;\r\n", "'x.csv': it has a header (row 3) but no rows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "'x.csv': it does not look like a CSV"),
        (bytes(range(1, 32)) * 20, "'x.csv': it does not look like a CSV"),
        (b"PK\x03\x04\x14\x00\x00\x00", "'x.csv': it is a ZIP archive or an Excel workbook"),
        (b"%PDF-1.7\n%\xe2\xe3", "'x.csv': it is a PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "'x.csv': old Excel files (.xls)"),
    ],
)
def test_csv_errors_name_the_file(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=re.escape(message)) as caught:
        read_csv_bytes(data, "x.csv")
    assert isinstance(caught.value, ValidationError)
    assert caught.value.file == "x.csv"


def test_unclosed_quote_is_reported_with_its_row() -> None:
    data = b'Name,Email,Notes\nAnna,anna@example.org,ok\nBen,ben@example.org,"oops\nCarl,carl@example.org,x\n'

    with pytest.raises(ImportFileError, match=r"'x.csv', row 3: a quoted cell is never closed"):
        read_csv_bytes(data, "x.csv")


def test_a_stray_quote_inside_a_cell_is_tolerated() -> None:
    data = b'Name,Screen\nAnna,15" display\nBen,"17"" display"\n'

    table = read_csv_bytes(data, "x.csv")

    assert [r.values[1] for r in table.rows] == ['15" display', '17" display']


def test_huge_cell_is_reported_not_raised_as_csv_error() -> None:
    # Over many short lines: one long line is refused before parsing (test_hostile_files.py).
    data = b'Name,Notes\nAnna,"' + (b"x" * 1000 + b"\n") * 200 + b'"\n'

    with pytest.raises(ImportFileError, match=r"'x.csv', row 2: a cell is longer than"):
        read_csv_bytes(data, "x.csv")


# --- read_table: files ------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"'nope.csv': the file does not exist"):
        read_table(tmp_path / "nope.csv")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "lists.csv"
    folder.mkdir()
    with pytest.raises(ImportFileError, match=r"'lists.csv': it is a folder, not a file"):
        read_table(folder)


def test_old_excel_file_is_refused_with_advice(tmp_path: Path) -> None:
    path = _write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ImportFileError, match=r"'old.xls': old Excel files \(.xls\) are not"):
        read_table(path)
    with pytest.raises(ImportFileError, match=r"save it as .xlsx or CSV"):
        read_table(path)


def test_xls_name_on_tab_separated_text_is_read_as_csv(tmp_path: Path) -> None:
    path = _write(tmp_path, "export.xls", b"Name\tEmail\r\nAnna\tanna@example.org\r\n")

    table = read_table(path)

    assert table.delimiter == "\t"
    assert table.rows[0].values == ("Anna", "anna@example.org")


def test_html_saved_as_xls_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "export.xls", b"<html><body><table><tr><td>Name</td></tr></table>")
    with pytest.raises(ImportFileError, match=r"'export.xls': it is a web page or XML file"):
        read_table(path)


def test_damaged_xlsx(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.xlsx", b"this is not a workbook at all")
    with pytest.raises(ImportFileError, match=r"'broken.xlsx': it is not a valid Excel workbook"):
        read_table(path)


def test_truncated_xlsx(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    _people_workbook().save(good)
    path = _write(tmp_path, "cut.xlsx", good.read_bytes()[:1500])
    with pytest.raises(ImportFileError, match=r"'cut.xlsx'"):
        read_table(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(ImportFileError, match=r"'letter.xlsx': it is a ZIP archive but not"):
        read_table(path)


def test_opendocument_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ImportFileError, match=r"'list.ods': OpenDocument spreadsheets"):
        read_table(path)


def test_unknown_extension_with_text_is_read_as_csv(tmp_path: Path) -> None:
    path = _write(tmp_path, "export.dat", b"Name;Email\nAnna;anna@example.org\n")

    table = read_table(path)

    assert table.delimiter == ";"
    assert table.rows[0].values == ("Anna", "anna@example.org")


def test_unknown_binary_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    with pytest.raises(ImportFileError, match=r"'photo.jpg': it does not look like a CSV"):
        read_table(path)


def test_workbook_saved_with_a_csv_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "actually-excel.csv"
    _people_workbook().save(path)

    table = read_table(path)

    assert table.sheet == "Delegates"
    assert table.encoding is None


def test_a_sheet_asked_of_a_csv_file_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.csv", b"Name,Email\nAnna,a@example.org\n")
    with pytest.raises(ImportFileError, match=r"'x.csv': it is a CSV file, which has no sheets"):
        read_table(path, sheet="Sheet1")


@pytest.mark.parametrize("suffix", [".csv", ".txt", ".tsv"])
def test_csv_suffixes(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path, f"people{suffix}", b"Name\tEmail\nAnna\tanna@example.org\n")

    assert read_table(path).delimiter == "\t"


# --- XLSX -------------------------------------------------------------------------------------


def _people_workbook() -> openpyxl.Workbook:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Delegates"
    sheet.append(["Delegation list — Photonics West 2027"])
    sheet.append([])
    sheet.append(
        ["Prénom", "Nom", "E-mail", "Téléphone", "Arrivée", "Date de consentement", "Badge?"]
    )
    sheet.append(
        [
            "Amélie",
            "Lefèvre",
            "amelie@lasertech.fr",
            33556000001,
            datetime(2027, 1, 23, 15, 40),
            date(2026, 11, 3),
            True,
        ]
    )
    sheet.append([])
    sheet.append(
        [
            " Jürgen ",
            "Müller",
            "j.mueller@praezision.de",
            33556000002.0,
            datetime(2027, 1, 24),
            datetime(2026, 12, 1, 9, 5, 30),
            False,
        ]
    )
    sheet.append(["Zoë", "Brontë", "zoe@example.org", 123456789012345, 0.1 + 0.2, 2.5, None])
    notes = workbook.create_sheet("Notes 2027")
    notes.append(["Name", "Email", "Full name"])
    notes.append(["Anna", "anna@example.fi", '=A2&" Virtanen"'])
    notes.append(["Ben", "ben@example.nl", '=A3&" de Vries"'])
    notes.append(["Time", "email", time(9, 30)])
    return workbook


def _with_cached_values(path: Path, sheet_xml: str, cached: dict[str, str]) -> None:
    """Give formula cells the values Excel would have stored when it last calculated them."""
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = members[sheet_xml].decode()
    for ref, value in cached.items():
        xml, count = re.subn(
            rf'<c r="{ref}"([^>]*)>(<f>.*?</f>)<v\s*/>',
            rf'<c r="{ref}" t="str"\1>\2<v>{value}</v>',
            xml,
        )
        assert count == 1, (ref, xml)
    members[sheet_xml] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, content in members.items():
            archive.writestr(filename, content)


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    path = tmp_path / "delegation.xlsx"
    _people_workbook().save(path)
    _with_cached_values(
        path, "xl/worksheets/sheet2.xml", {"C2": "Anna Virtanen", "C3": "Ben de Vries"}
    )
    return path


def test_xlsx_first_sheet_with_title_rows_and_typed_cells(workbook_path: Path) -> None:
    table = read_table(workbook_path)

    assert table == SourceTable(
        name="delegation.xlsx",
        headers=(
            "Prénom",
            "Nom",
            "E-mail",
            "Téléphone",
            "Arrivée",
            "Date de consentement",
            "Badge?",
        ),
        rows=(
            SourceRow(
                4,
                (
                    "Amélie",
                    "Lefèvre",
                    "amelie@lasertech.fr",
                    "33556000001",
                    "2027-01-23T15:40",
                    "2026-11-03",
                    "yes",
                ),
            ),
            SourceRow(
                6,
                (
                    "Jürgen",
                    "Müller",
                    "j.mueller@praezision.de",
                    "33556000002",
                    "2027-01-24",
                    "2026-12-01T09:05:30",
                    "no",
                ),
            ),
            SourceRow(7, ("Zoë", "Brontë", "zoe@example.org", "123456789012345", "0.3", "2.5", "")),
        ),
        header_row=3,
        encoding=None,
        delimiter=None,
        sheet="Delegates",
        sheets=("Delegates", "Notes 2027"),
    )


def test_xlsx_named_sheet_reads_formulas_as_their_cached_values(workbook_path: Path) -> None:
    table = read_xlsx(workbook_path, sheet="Notes 2027")

    assert table.sheet == "Notes 2027"
    assert table.header_row == 1
    assert [r.values for r in table.rows] == [
        ("Anna", "anna@example.fi", "Anna Virtanen"),
        ("Ben", "ben@example.nl", "Ben de Vries"),
        ("Time", "email", "09:30"),
    ]


def test_xlsx_sheet_name_is_matched_without_case_or_spaces(workbook_path: Path) -> None:
    assert read_table(workbook_path, sheet=" notes 2027 ").sheet == "Notes 2027"


def test_xlsx_formula_never_calculated_reads_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "raw.xlsx"
    _people_workbook().save(path)

    table = read_table(path, sheet="Notes 2027")

    assert table.rows[0].values == ("Anna", "anna@example.fi", "")


def test_xlsx_missing_sheet_lists_the_sheets(workbook_path: Path) -> None:
    with pytest.raises(
        ImportFileError,
        match=re.escape(
            "'delegation.xlsx': it has no sheet 'Contacts'; its sheets are 'Delegates', "
            "'Notes 2027'."
        ),
    ):
        read_table(workbook_path, sheet="Contacts")


def test_xlsx_hidden_first_sheet_is_passed_over(tmp_path: Path) -> None:
    workbook = _people_workbook()
    workbook["Delegates"].sheet_state = "hidden"
    workbook.active = 1
    path = tmp_path / "hidden.xlsx"
    workbook.save(path)

    table = read_table(path)

    assert table.sheet == "Notes 2027"
    assert table.sheets == ("Delegates", "Notes 2027")


def test_xlsx_empty_sheet_and_header_only_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Empty"
    header_only = workbook.create_sheet("Header")
    header_only.append(["First name", "Last name", "Email"])
    path = tmp_path / "book.xlsx"
    workbook.save(path)

    with pytest.raises(ImportFileError, match=r"sheet 'Empty' of 'book.xlsx': there is nothing"):
        read_table(path)
    with pytest.raises(
        ImportFileError, match=r"sheet 'Header' of 'book.xlsx': it has a header \(row 1\) but no"
    ):
        read_table(path, sheet="Header")


def test_xlsx_rows_beyond_a_wrong_stored_size_are_read(tmp_path: Path) -> None:
    path = tmp_path / "wrong-size.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Email", "City"])
    sheet.append(["Anna", "anna@example.org", "Oulu"])
    sheet.append(["Ben", "ben@example.org", "Porto"])
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = members["xl/worksheets/sheet1.xml"].decode()
    members["xl/worksheets/sheet1.xml"] = re.sub(
        r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:B2"/>', xml
    ).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for filename, content in members.items():
            archive.writestr(filename, content)

    table = read_table(path)

    assert table.headers == ("Name", "Email", "City")
    assert [r.values for r in table.rows] == [
        ("Anna", "anna@example.org", "Oulu"),
        ("Ben", "ben@example.org", "Porto"),
    ]


# --- never anything but a table or a ValidationError -------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_table_or_a_validation_error(data: bytes) -> None:
    try:
        table = read_csv_bytes(data, "fuzz.csv")
    except ValidationError as exc:
        assert "'fuzz.csv'" in str(exc)
        return
    assert isinstance(table, SourceTable)
    assert table.rows
    assert all(len(row.values) == len(table.headers) for row in table.rows)
    assert all(row.number > table.header_row for row in table.rows)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_CELL_TEXT = st.text(alphabet=st.sampled_from(list("abcXYZ019 ,;\t\"'\n\r-=+@éüŒ€’ß")), max_size=12)


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(st.lists(_CELL_TEXT, min_size=3, max_size=3), min_size=1, max_size=15),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_any_table_written_as_csv_reads_back(
    cells: list[list[str]], delimiter: str, encoding: str
) -> None:
    # Another delimiter left unquoted in every row could make a genuinely ambiguous file.
    others = str.maketrans("", "", ",;\t".replace(delimiter, ""))
    rows = [["first_name", "email", "notes"]] + [
        [f"P{i}", *(cell.translate(others).strip() for cell in row[1:])]
        for i, row in enumerate(cells)
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)

    data = buffer.getvalue().encode(encoding)
    # cp1252 bytes that happen to be valid UTF-8 (é then ŒŒ is 錌) are read as UTF-8, by rule.
    assume(encoding != "cp1252" or not _is_utf8(data))

    table = read_csv_bytes(data, "rows.csv")

    width = len(table.headers)
    assert table.headers[:3] == ("first_name", "email", "notes")
    assert [r.values[:3] for r in table.rows] == [tuple(r) for r in rows[1:]]
    assert all(r.values[3:] == ("",) * (width - 3) for r in table.rows)
    assert [r.number for r in table.rows] == list(range(2, len(rows) + 1))
