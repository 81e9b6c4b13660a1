"""Hostile and broken spreadsheets are refused early, on one short line, in bounded memory.

Each file is built in ``tmp_path``; memory is measured with tracemalloc, never time (issue 12).
"""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest

from pimap_desktop.services.importing import reading
from pimap_desktop.services.importing.reading import (
    ImportFileError,
    SourceTable,
    read_csv_bytes,
    read_table,
    read_xlsx,
)

MB = 1024 * 1024
MEMORY_LIMIT = 60 * MB


def _refusal(read: Callable[[], object]) -> tuple[str, int]:
    """The message of the ImportFileError that ``read`` raises, and the peak memory it took."""
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError) as caught:
            read()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 300
    return message, peak


# --- workbooks --------------------------------------------------------------------------------


def _workbook_members(rows: list[list[str]]) -> dict[str, bytes]:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _write_workbook(path: Path, members: dict[str, bytes], big_sheet: int = 0) -> Path:
    """A workbook whose first sheet is replaced by ``big_sheet`` bytes of repeated rows, streamed."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for filename, content in members.items():
            if big_sheet and filename == "xl/worksheets/sheet1.xml":
                with archive.open(filename, "w", force_zip64=True) as part:
                    part.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/')
                    part.write(b'spreadsheetml/2006/main"><sheetData>')
                    chunk = b'<row><c t="inlineStr"><is><t>bomb</t></is></c></row>' * 20_000
                    for _ in range(big_sheet // len(chunk)):
                        part.write(chunk)
                    part.write(b"</sheetData></worksheet>")
            else:
                archive.writestr(filename, content)
    return path


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    members = _workbook_members([["Name", "Email"], ["Anna", "anna@example.org"]])
    path = tmp_path_factory.mktemp("bomb") / "delegates.xlsx"
    yield _write_workbook(path, members, big_sheet=250 * MB)
    path.unlink()


def test_openpyxl_parses_workbooks_with_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


@pytest.mark.parametrize("reader", [read_table, read_xlsx])
def test_zip_bomb_workbook_is_refused_from_its_declared_size(
    zip_bomb: Path, reader: Callable[[Path], SourceTable]
) -> None:
    assert zip_bomb.stat().st_size < 5 * MB

    message, peak = _refusal(lambda: reader(zip_bomb))

    assert message.startswith("Cannot import 'delegates.xlsx': the workbook unpacks to 250")
    assert "over the limit of 200 MB" in message
    assert peak < MEMORY_LIMIT


def test_zip_bomb_renamed_csv_is_refused_too(zip_bomb: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "delegates.csv"
    renamed.symlink_to(zip_bomb)

    message, peak = _refusal(lambda: read_table(renamed))

    assert "'delegates.csv': the workbook unpacks to" in message
    assert peak < MEMORY_LIMIT


def test_a_part_compressed_far_beyond_a_spreadsheet_is_refused_as_a_zip_bomb(
    tmp_path: Path,
) -> None:
    members = _workbook_members([["Name", "Email"], ["Anna", "anna@example.org"]])
    path = _write_workbook(tmp_path / "small-bomb.xlsx", members, big_sheet=30 * MB)

    message, peak = _refusal(lambda: read_table(path))

    assert "'small-bomb.xlsx': its part 'xl/worksheets/sheet1.xml' unpacks" in message
    assert "at most 100:1" in message
    assert "ZIP bomb" in message
    assert peak < MEMORY_LIMIT


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        ("A1:ZZ999999", "a sheet declares 999,999 rows (A1:ZZ999999), over the limit of 100,000"),
        ("A1:B100001", "a sheet declares 100,001 rows"),
        ("A1:GS3", "a sheet declares 201 columns (A1:GS3), over the limit of 200"),
    ],
)
def test_a_sheet_declaring_too_many_rows_or_columns_is_refused_before_reading(
    tmp_path: Path, ref: str, reason: str
) -> None:
    members = _workbook_members([["Name", "Email"], ["Anna", "anna@example.org"]])
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index('<dimension ref="')
    end = sheet.index("/>", start) + 2
    members["xl/worksheets/sheet1.xml"] = (
        sheet[:start] + f'<dimension ref="{ref}"/>' + sheet[end:]
    ).encode()
    path = _write_workbook(tmp_path / "declared.xlsx", members)

    message, _ = _refusal(lambda: read_table(path))

    assert message.startswith(f"Cannot import 'declared.xlsx': {reason}")


def test_a_sheet_within_the_declared_limits_still_reads(tmp_path: Path) -> None:
    members = _workbook_members([["Name", "Email"], ["Anna", "anna@example.org"]])
    path = _write_workbook(tmp_path / "fine.xlsx", members)

    assert read_table(path).rows[0].values == ("Anna", "anna@example.org")


def test_workbook_rows_beyond_the_limit_are_refused_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = _workbook_members([["Name", "Email"]] + [[f"P{i}", f"p{i}@x.org"] for i in range(5)])
    path = _write_workbook(tmp_path / "rows.xlsx", members)
    monkeypatch.setattr(reading, "MAX_ROWS", 4)
    monkeypatch.setattr(reading, "_DIMENSION", re.compile(b"(?!)"))  # no declared size

    message, _ = _refusal(lambda: read_table(path))

    assert message == (
        "Cannot import sheet 'Sheet' of 'rows.xlsx': it has more than 4 rows; split it into "
        "smaller files."
    )


def test_workbook_with_too_many_filled_columns_is_refused(tmp_path: Path) -> None:
    wide = [f"c{i}" for i in range(250)]
    members = _workbook_members([["Name", "Email", *wide], ["Anna", "anna@example.org", *wide]])
    members["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"].replace(
        b"<dimension", b"<dimensionless"
    )
    path = _write_workbook(tmp_path / "wide.xlsx", members)

    message, _ = _refusal(lambda: read_table(path))

    assert message == (
        "Cannot import sheet 'Sheet' of 'wide.xlsx', row 1: it has 252 columns, over the limit "
        "of 200."
    )


def test_a_missing_sheet_among_many_lists_only_the_first_few(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    for i in range(40):
        workbook.create_sheet(f"Delegation {i:02} " + "x" * 17)
    path = tmp_path / "many.xlsx"
    workbook.save(path)

    message, _ = _refusal(lambda: read_table(path, sheet="Nope"))

    assert message.startswith("Cannot import 'many.xlsx': it has no sheet 'Nope'; its sheets are")
    assert "… and 36 more" in message


# --- CSV size, lines and columns --------------------------------------------------------------


def test_csv_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:
        stream.write(b"Name,Email\n")
        stream.truncate(60 * MB)  # sparse: nothing written, nothing to read

    message, peak = _refusal(lambda: read_table(path))

    assert message == (
        "Cannot import 'huge.csv': the file is 60 MB, over the limit of 50 MB for a CSV file; "
        "split it into smaller files."
    )
    assert peak < 1 * MB


def test_a_single_line_of_20_mb_is_refused_before_csv_parsing(tmp_path: Path) -> None:
    path = tmp_path / "one-line.csv"
    path.write_bytes(b"Name,Email," + b"anna@example.org," * (20 * MB // 17))

    message, peak = _refusal(lambda: read_table(path))

    assert message.startswith("Cannot import 'one-line.csv', line 1: the line is 20,")
    assert "over the limit of 100,000" in message
    assert peak < MEMORY_LIMIT


@pytest.mark.parametrize("newline", [b"\r\n", b"\n", b"\r"])
def test_a_long_line_far_down_is_named(newline: bytes) -> None:
    data = b"Name;Email" + newline + (b"Anna;anna@example.org" + newline) * 56
    data += b"x" * 150_000 + newline

    message, _ = _refusal(lambda: read_csv_bytes(data, "x.csv"))

    assert message.startswith("Cannot import 'x.csv', line 58: the line is 150,000 characters")


def test_a_hundred_thousand_columns_give_one_short_line() -> None:
    header = ",".join(f"column {i}" for i in range(100_000)).encode()

    message, _ = _refusal(lambda: read_csv_bytes(header + b"\n" + b"a," * 100 + b"\n", "x.csv"))

    assert message.startswith("Cannot import 'x.csv', line 1: the line is")


def test_more_than_200_filled_columns_are_refused() -> None:
    row = ",".join(f"c{i}" for i in range(300)).encode()

    message, _ = _refusal(lambda: read_csv_bytes(b"Name,Email," + row + b"\nA,a@x.org\n", "x.csv"))

    assert message == "Cannot import 'x.csv', row 1: it has 302 columns, over the limit of 200."


def test_empty_columns_beyond_200_are_dropped_not_refused() -> None:
    data = b"Name;Email" + b";" * 400 + b"\r\nAnna;anna@example.org" + b";" * 400 + b"\r\n"

    table = read_csv_bytes(data, "x.csv")

    assert table.headers == ("Name", "Email")
    assert table.rows[0].values == ("Anna", "anna@example.org")


def test_csv_rows_beyond_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    data = b"Name,Email\n" + b"Anna,anna@example.org\n" * 3

    message, _ = _refusal(lambda: read_csv_bytes(data, "x.csv"))

    assert message == "Cannot import 'x.csv': it has more than 3 rows; split it into smaller files."


# --- encodings --------------------------------------------------------------------------------

JAPANESE = "名前,メール,会社\n山田太郎,taro@example.jp,株式会社テスト\n佐藤花子,hanako@example.jp,東京工業\n"


@pytest.mark.parametrize(
    ("text", "encoding", "label"),
    [
        (JAPANESE, "shift_jis", "Shift-JIS"),
        (JAPANESE, "euc_jp", "EUC-JP"),
        ("Имя;Почта;Город\nИван Петров;ivan@example.ru;Москва\n", "cp1251", "Cyrillic cp1251"),
    ],
    ids=["shift-jis", "euc-jp", "cp1251"],
)
def test_text_in_an_unsupported_encoding_is_refused_not_read_as_mojibake(
    text: str, encoding: str, label: str
) -> None:
    message, _ = _refusal(lambda: read_csv_bytes(text.encode(encoding), "x.csv"))

    assert message == (
        f"Cannot import 'x.csv': unsupported encoding (looks like {label}): save it as CSV UTF-8."
    )


def test_polish_cp1250_taken_for_cp1252_is_refused_not_garbled() -> None:
    data = "Imię;Nazwisko;Miasto\nŁukasz;Żółwiński;Łódź\nMałgorzata;Wiśniewska;Kraków\n"

    message, _ = _refusal(lambda: read_csv_bytes(data.encode("cp1250"), "x.csv"))

    assert message.startswith(
        "Cannot import 'x.csv': unsupported encoding (looks like Central European cp1250:"
    )


def test_utf8_file_with_one_latin1_line_names_that_line() -> None:
    lines = ["Nom;Courriel;Ville"] + [f"Élodie {i};e{i}@example.fr;Besançon" for i in range(55)]
    data = "\n".join(lines).encode() + "\nJürgen;j@example.de;München\n".encode("latin-1")

    message, _ = _refusal(lambda: read_csv_bytes(data, "x.csv"))

    assert message == (
        "Cannot import 'x.csv': mixed encodings: line 57 is not UTF-8 while the rest is; save "
        "the whole file again as CSV UTF-8."
    )


def test_several_foreign_lines_are_listed_briefly() -> None:
    good = "Élodie;e@example.fr\n".encode()
    bad = "Jürgen;j@example.de\n".encode("cp1252")
    data = b"Name;Email\n" + good + bad * 8

    message, _ = _refusal(lambda: read_csv_bytes(data, "x.csv"))

    assert "mixed encodings: lines 3, 4, 5, 6, 7 … and 3 more are not UTF-8" in message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(codec: str) -> None:
    data = "Name;Email;City\r\nJürgen;j@example.de;München\r\nŁukasz;l@example.pl;Łódź\r\n"

    table = read_csv_bytes(data.encode(codec), "x.csv")

    assert table.encoding == codec
    assert table.headers == ("Name", "Email", "City")
    assert table.rows[1].values == ("Łukasz", "l@example.pl", "Łódź")


def test_western_files_still_read_as_before() -> None:
    data = "Name;City\r\nJürgen Müller;München\r\nŒdipe;Besançon €\r\n".encode("cp1252")

    table = read_csv_bytes(data, "x.csv")

    assert table.rows[1].values == ("Œdipe", "Besançon €")
