"""A spreadsheet file turned into a table of strings: CSV in any common encoding, or XLSX.

What comes out is a :class:`SourceTable`: the header row, then every non-empty data row as the
texts of its cells, each row with the number a spreadsheet application shows for it, so that a
problem can be reported as "row 14" and found at once in the user's own file.

Row numbers
    XLSX: the worksheet's own row number.
    CSV: the record's position in the file, counting every record from 1, blank lines included,
    which is the row a spreadsheet application shows when it opens the file. A quoted cell that
    holds line breaks keeps its record on one row, so the record after it is numbered one more
    than the record before it, not by physical line. An Excel ``sep=;`` first line is hidden by
    Excel and not counted.

The header row
    Title rows may stand above the header ("Delegation list — Photonics West 2027", a blank row).
    The header is the first of the first 20 non-empty rows in which at least two cells name
    different known fields (:func:`headers.recognise_header`); when no row does, the first
    non-empty row. Rows are padded with "" to the width of the table; a table is as wide as its
    header or its widest data row, whichever is wider (columns without a header get the name ""),
    so that no cell is dropped. Fully empty rows are skipped.

CSV encodings
    UTF-8 with a BOM, UTF-16 with a BOM, UTF-8; otherwise charset-normalizer's guess when it is a
    Western European code page (cp1252, Latin-1, ISO-8859-15; cp1252 whenever bytes 0x80-0x9F
    occur, which are letters such as €, Œ and ’ there and control codes in ISO-8859), else cp1252
    (Excel's Windows default), else Latin-1. Cyrillic or Central European guesses are never taken: they turn
    "München" into "Mьnchen". The encoding used is recorded so that the wizard can show it.

Limits
    A hostile or broken file is refused before it is read in full, with a reason on one short
    line: a CSV file over 50 MB (:data:`MAX_CSV_BYTES`), a line over 100,000 characters
    (:data:`MAX_LINE_CHARS`), more than 200 columns (:data:`MAX_COLUMNS`), more than 100,000 rows
    (:data:`MAX_ROWS`); a workbook whose parts unpack to over 200 MB
    (:data:`MAX_XLSX_UNPACKED_BYTES`), a large part compressed more than 100:1
    (:data:`MAX_XLSX_RATIO`, the mark of a ZIP bomb), or a sheet whose declared size
    (``<dimension ref="A1:ZZ999999">``) is over the row or column limit. These are checked from
    the archive's directory and the first bytes of each sheet, before openpyxl reads anything;
    openpyxl then reads in read-only (streaming) mode, with defusedxml when it is installed.

Encodings that cannot be read right are refused, never imported as mojibake: a UTF-8 file with
some lines in another encoding ("mixed encodings: line 57 is not UTF-8 while the rest is"), and
text that charset-normalizer takes for an encoding outside Western Europe that the cp1252 reading
would garble (Shift-JIS, Chinese, Korean, or Cyrillic words). UTF-16 without a byte-order mark
(NULs in every other byte) is recognised and read.

Every problem is an :class:`ImportFileError` (a ``ValidationError``) whose message names the
file, and the sheet or row where that helps; no decoding, ``csv`` or openpyxl error escapes.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from pimap_desktop.collector import no_cycle_collection
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.services.importing.headers import recognise_header

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = 20
DELIMITERS = (",", ";", "\t")
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".tab"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an .xlsx with a password
_SNIFF_BYTES = 64 * 1024
_WESTERN = {"cp1252": "cp1252", "iso8859-1": "latin-1", "iso8859-15": "iso-8859-15"}
_SEP_LINE = re.compile(r"\A\ufeff?sep=(.)\r?\n", re.IGNORECASE)

MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_LINE_CHARS = 100_000
MAX_COLUMNS = 200
MAX_ROWS = 100_000
MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_XLSX_RATIO = 100  # uncompressed : compressed, for parts over _RATIO_CHECKED_FROM
_RATIO_CHECKED_FROM = 10 * 1024 * 1024
MAX_MESSAGE_CHARS = 300
_LISTED = 5  # names shown in a message before "… and N more"
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\s+ref=[\"']\$?([A-Za-z]{1,3})\$?(\d{1,7})"
    rb"(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?[\"']"
)
# Multi-byte East Asian encodings: their text read as cp1252 is nothing but mojibake.
_EAST_ASIAN = {
    "shift_jis": "Shift-JIS",
    "cp932": "Shift-JIS",
    "shift_jis_2004": "Shift-JIS",
    "shift_jisx0213": "Shift-JIS",
    "euc_jp": "EUC-JP",
    "euc_jis_2004": "EUC-JP",
    "euc_jisx0213": "EUC-JP",
    "iso2022_jp": "ISO-2022-JP",
    "gb2312": "Chinese GB2312",
    "gbk": "Chinese GBK",
    "gb18030": "Chinese GB18030",
    "hz": "Chinese HZ",
    "big5": "Chinese Big5",
    "big5hkscs": "Chinese Big5",
    "cp950": "Chinese Big5",
    "euc_kr": "Korean EUC-KR",
    "cp949": "Korean EUC-KR",
    "johab": "Korean Johab",
    "iso2022_kr": "ISO-2022-KR",
}
_SINGLE_BYTE_NAMES = {
    "cp1250": "Central European cp1250",
    "cp1251": "Cyrillic cp1251",
    "koi8_r": "Cyrillic KOI8-R",
    "koi8_u": "Cyrillic KOI8-U",
    "iso8859-5": "Cyrillic ISO-8859-5",
    "mac-cyrillic": "Cyrillic Mac",
    "cp866": "Cyrillic DOS cp866",
    "cp1253": "Greek cp1253",
    "iso8859-7": "Greek ISO-8859-7",
    "cp1254": "Turkish cp1254",
    "cp1255": "Hebrew cp1255",
    "cp1256": "Arabic cp1256",
    "cp874": "Thai cp874",
    "tis-620": "Thai TIS-620",
}


class ImportFileError(ValidationError):
    """A file that cannot be read as a table; the message names the file."""

    def __init__(self, message: str, file: str = "") -> None:
        super().__init__(_one_line(message))
        self.file = file


def _one_line(message: str) -> str:
    """A message on one line of at most :data:`MAX_MESSAGE_CHARS` characters."""
    line = " ".join(message.split())
    if len(line) <= MAX_MESSAGE_CHARS:
        return line
    return line[: MAX_MESSAGE_CHARS - 1].rstrip() + "…"


def _listing(names: Sequence[str]) -> str:
    """The first few names, quoted and cut short, then "… and N more"."""
    shown = ", ".join(f"'{_short(n)}'" for n in names[:_LISTED])
    more = len(names) - _LISTED
    return f"{shown} … and {more} more" if more > 0 else shown


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class SourceRow:
    """One data row: its number as a spreadsheet shows it, and its cell texts."""

    number: int
    values: tuple[str, ...]  # stripped; "" for empty; as many as the table has headers


@dataclass(frozen=True)
class SourceTable:
    """A file read as text cells: the header, the non-empty data rows, and how it was read."""

    name: str  # the file name, for messages
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    header_row: int
    encoding: str | None  # CSV: "utf-8-sig", "utf-8", "utf-16", "cp1252", "latin-1", ...
    delimiter: str | None  # CSV: ",", ";" or "\t"
    sheet: str | None  # XLSX: the sheet read
    sheets: tuple[str, ...] = ()  # XLSX: every worksheet's name, for the sheet picker


# --- the entry point --------------------------------------------------------------------------


def read_table(path: Path, *, sheet: str | None = None) -> SourceTable:
    """Read a CSV or XLSX file, chosen by its content first and its extension second.

    A ZIP file is read as a workbook (an .xlsx saved as .csv still opens); an old binary Excel
    file (.xls), an OpenDocument spreadsheet or an HTML page is refused with what to do instead;
    anything else is read as CSV text, including the tab-separated ".xls" files that some web
    platforms export. ``sheet`` is for workbooks only.
    """
    with no_cycle_collection():
        return _read_table(path, sheet)


def _read_table(path: Path, sheet: str | None) -> SourceTable:
    name = path.name
    head = _head(path)
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGIC):
        if b"opendocument" in head[:200] or suffix in (".ods", ".odt"):
            raise ImportFileError(
                f"Cannot import '{name}': OpenDocument spreadsheets (.ods) are not supported; "
                "save it as .xlsx or CSV.",
                name,
            )
        return read_xlsx(path, sheet=sheet)
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(_old_excel_message(name), name)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        raise ImportFileError(
            f"Cannot import '{name}': it is a web page or XML file, not a spreadsheet; open it "
            "in a spreadsheet application and save it as .xlsx or CSV.",
            name,
        )
    if suffix in XLSX_SUFFIXES:
        raise ImportFileError(
            f"Cannot import '{name}': it is not a valid Excel workbook (the file is damaged, or "
            "it is not really an .xlsx file).",
            name,
        )
    if sheet is not None:
        raise ImportFileError(
            f"Cannot import '{name}': it is a CSV file, which has no sheets (a sheet was asked "
            f"for: '{sheet}').",
            name,
        )
    try:
        _refuse_big_csv(path.stat().st_size, name)
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            f"Cannot import '{name}': the file cannot be read ({exc.strerror}).", name
        ) from exc
    return read_csv_bytes(data, name)


def _refuse_big_csv(size: int, name: str) -> None:
    if size > MAX_CSV_BYTES:
        raise ImportFileError(
            f"Cannot import '{name}': the file is {_megabytes(size)}, over the limit of "
            f"{_megabytes(MAX_CSV_BYTES)} for a CSV file; split it into smaller files.",
            name,
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB".replace(".0 MB", " MB")


def _head(path: Path) -> bytes:
    name = path.name
    if not path.exists():
        raise ImportFileError(f"Cannot import '{name}': the file does not exist.", name)
    if path.is_dir():
        raise ImportFileError(f"Cannot import '{name}': it is a folder, not a file.", name)
    try:
        with path.open("rb") as stream:
            return stream.read(512)
    except OSError as exc:
        raise ImportFileError(
            f"Cannot import '{name}': the file cannot be read ({exc.strerror}).", name
        ) from exc


def _old_excel_message(name: str) -> str:
    return (
        f"Cannot import '{name}': old Excel files (.xls) are not supported, and neither are "
        "password-protected workbooks; save it as .xlsx or CSV (without a password)."
    )


# --- CSV ------------------------------------------------------------------------------------


def read_csv_bytes(data: bytes, name: str) -> SourceTable:
    """Read CSV text of any common encoding and delimiter (see the module's notes)."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(f"Cannot import '{name}': the file is empty.", name)
    _refuse_big_csv(len(data), name)
    _refuse_binary(data, name)
    text, encoding = _decode(data, name)
    _refuse_long_lines(text, name)
    if _looks_binary(text):
        raise ImportFileError(
            f"Cannot import '{name}': it does not look like a CSV text file.", name
        )
    text = text.removeprefix("\ufeff")
    declared = _SEP_LINE.match(text)
    if declared and declared.group(1) in DELIMITERS:
        delimiter = declared.group(1)
        text = text[declared.end() :]
    else:
        delimiter = _detect_delimiter(text)
    records = _parse_csv(text, delimiter, name)
    return _build_table(
        name,
        records,
        where=f"'{name}'",
        encoding=encoding,
        delimiter=delimiter,
        sheet=None,
        sheets=(),
    )


def _refuse_binary(data: bytes, name: str) -> None:
    if data.startswith(_ZIP_MAGIC):
        raise ImportFileError(
            f"Cannot import '{name}': it is a ZIP archive or an Excel workbook, not CSV text; "
            "give it the .xlsx extension if it is a workbook.",
            name,
        )
    if data.startswith(_OLE_MAGIC):
        raise ImportFileError(_old_excel_message(name), name)
    if data.startswith(b"%PDF"):
        raise ImportFileError(f"Cannot import '{name}': it is a PDF, not a spreadsheet.", name)
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in data and not utf16 and _utf16_without_bom(data) is None:
        raise ImportFileError(
            f"Cannot import '{name}': it does not look like a CSV text file (it holds binary "
            "data).",
            name,
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec ("utf-16-le" or "-be") of text with NULs in every other byte, or None."""
    sample = data[:_SNIFF_BYTES]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : pairs * 2 : 2].count(0), sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"  # ASCII letters are "A\x00" in little-endian UTF-16
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def _refuse_long_lines(text: str, name: str) -> None:
    """A line over :data:`MAX_LINE_CHARS` characters, refused before any CSV parsing."""
    if len(text) <= MAX_LINE_CHARS or max(map(len, text.split("\n"))) <= MAX_LINE_CHARS:
        return  # no line is that long (nor, then, any part of one between two "\r")
    start, number = 0, 1
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if end - start > MAX_LINE_CHARS:
            parts = text[start:end].split("\r")  # old Mac files end their lines with \r alone
            for offset, part in enumerate(parts):
                if len(part) > MAX_LINE_CHARS:
                    raise ImportFileError(
                        f"Cannot import '{name}', line {number + offset}: the line is "
                        f"{len(part):,} characters long, over the limit of {MAX_LINE_CHARS:,}; "
                        "it is not a spreadsheet export, or its line breaks are lost.",
                        name,
                    )
            number += len(parts) - 1
        start, number = end + 1, number + 1


# Unicode's control characters (category "Cc": C0, DEL and C1) but tab and line breaks.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    """Control characters other than tab and line breaks are the mark of a non-text file."""
    sample = text[:_SNIFF_BYTES]
    return len(_CONTROLS.findall(sample)) > max(2, len(sample) // 100)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of the file and the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]  # a BOM, then something else: guess below
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ImportFileError(
                f"Cannot import '{name}': it starts like a UTF-16 text file but is not valid "
                "UTF-16; save it again as CSV UTF-8.",
                name,
            ) from None
    bomless = _utf16_without_bom(data)
    if bomless is not None:
        try:
            return data.decode(bomless), bomless
        except UnicodeDecodeError:
            raise ImportFileError(
                f"Cannot import '{name}': it looks like UTF-16 text without a byte-order mark but "
                "is not valid UTF-16; save it again as CSV UTF-8.",
                name,
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    _refuse_mixed_encodings(data, name)
    guessed = _western_guess(data, name)
    if guessed != "cp1252" and re.search(rb"[\x80-\x9f]", data):
        guessed = "cp1252"  # those bytes are letters in cp1252 (€, Œ, ’), controls in ISO-8859
    for encoding in (guessed, "cp1252", "latin-1"):
        if encoding is None:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _refuse_symbols_inside_words(text, name)
        return text, encoding
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


# cp1250's ł ą ż Ł Ż Ą Ľ ľ read as cp1252: symbols that no Western word holds between letters.
_CP1250_TELLS = frozenset("³¹¿£¯¥¼¾")
_LETTER_SYMBOL_LETTER = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")


def _refuse_symbols_inside_words(text: str, name: str) -> None:
    """A symbol between two letters ("Ma³gorzata", "mo¿e") is Central European text misread.

    charset-normalizer takes short Polish cp1250 text for cp1252; its ł, ż and Ł come out as
    ³, ¿ and £, which no Western word holds between letters.
    """
    for found in _LETTER_SYMBOL_LETTER.finditer(text, 0, _SNIFF_BYTES):
        char = found.group()
        if char in _CP1250_TELLS:
            raise ImportFileError(
                f"Cannot import '{name}': unsupported encoding (looks like Central European "
                f"cp1250: '{char}' inside a word): save it as CSV UTF-8.",
                name,
            )


def _plausible_utf8(text: str) -> bool:
    """Letters of Latin scripts and common punctuation: what a Western table holds."""
    return all(
        ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or 0x2000 <= ord(c) < 0x2070 or c == "€"
        for c in text
        if ord(c) >= 0x80
    )


def _refuse_mixed_encodings(data: bytes, name: str) -> None:
    """Text that is UTF-8 except for a few lines: refused with those lines named.

    Only lines whose non-ASCII characters read as Latin letters count as UTF-8, so that cp1252
    text whose bytes happen to form UTF-8 sequences (é then ŒŒ is 錌) is not taken for UTF-8.
    """
    utf8_lines = 0
    bad: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            continue
        if _plausible_utf8(text):
            utf8_lines += 1
    if not utf8_lines or not bad:
        return
    if len(bad) == 1:
        where = f"line {bad[0]} is"
    else:
        shown = ", ".join(str(n) for n in bad[:_LISTED])
        more = f" … and {len(bad) - _LISTED} more" if len(bad) > _LISTED else ""
        where = f"lines {shown}{more} are"
    raise ImportFileError(
        f"Cannot import '{name}': mixed encodings: {where} not UTF-8 while the rest is; save the "
        "whole file again as CSV UTF-8.",
        name,
    )


def _western_guess(data: bytes, name: str) -> str | None:
    """charset-normalizer's best guess, when it is a Western European single-byte encoding.

    A guess of another script is refused when the cp1252 reading of the text would be mojibake:
    when most letters are non-ASCII ones in runs (Cyrillic "Москва" is "Ìîñêâà" in cp1252), and,
    for an East Asian guess, the text reads as CJK characters in it. Short or mostly Western
    text falls through to cp1252, as the guess is unreliable there.
    """
    import charset_normalizer  # only for a file that is not UTF-8: loaded when one comes

    try:
        best = charset_normalizer.from_bytes(data).best()
        encoding = None if best is None else codecs.lookup(best.encoding).name
    except Exception as exc:  # a guess is optional; never let the guesser stop an import
        log.debug("charset-normalizer failed on a CSV file (%s)", type(exc).__name__)
        return None
    if encoding is None or encoding in _WESTERN:
        return None if encoding is None else _WESTERN[encoding]
    if _garbled_in_cp1252(data) and (
        encoding not in _EAST_ASIAN or _east_asian_text(data, encoding)
    ):
        label = _EAST_ASIAN.get(encoding) or _SINGLE_BYTE_NAMES.get(encoding, encoding)
        raise ImportFileError(
            f"Cannot import '{name}': unsupported encoding (looks like {label}): save it as "
            "CSV UTF-8.",
            name,
        )
    return None


def _east_asian_text(data: bytes, encoding: str) -> bool:
    """Whether the guessed East Asian encoding reads the bytes as mostly CJK characters.

    A lone "ß" (0xDF) is a half-width katakana in Shift-JIS; that is no reason to refuse.
    """
    if encoding not in _EAST_ASIAN:
        return False
    try:
        text = data[:_SNIFF_BYTES].decode(encoding, errors="replace")
    except LookupError:
        return False
    wide = [c for c in text if ord(c) >= 0x80]
    cjk = sum(1 for c in wide if 0x3000 <= ord(c) < 0xA000 or 0xAC00 <= ord(c) < 0xD7B0)
    return cjk >= 2 and cjk * 2 >= len(wide)


def _garbled_in_cp1252(data: bytes) -> bool:
    """Whether the text is mostly non-ASCII letters in runs of three or more.

    That is Cyrillic or Greek read as cp1252 ("Москва" is "Ìîñêâà"); a Western table has a few
    accented letters among ASCII ones.
    """
    sample = data[:_SNIFF_BYTES]
    letters = sum(1 for byte in sample if byte >= 0x80 or chr(byte).isalpha())
    high = sum(1 for byte in sample if byte >= 0x80)
    if high * 2 < letters:
        return False
    words = re.findall(rb"[^\s,;\t\"]*[\x80-\xff][^\s,;\t\"]*", sample)
    runs = sum(1 for word in words if re.search(rb"[\x80-\xff]{3}", word))
    return runs >= 3 and runs * 2 > len(words)


def _sample(text: str) -> tuple[str, bool]:
    """The start of the text, cut after a line break; and whether it was cut."""
    if len(text) <= _SNIFF_BYTES:
        return text, False
    cut = text.rfind("\n", 0, _SNIFF_BYTES)
    return text[: cut + 1 if cut > 0 else _SNIFF_BYTES], True


def _detect_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent number of cells.

    Each candidate is scored by the share of the first 50 non-empty records that have its most
    common cell count of 2 or more, then by that count. ``csv.Sniffer``
    (restricted to the same candidates) breaks exact ties.
    """
    sample, cut = _sample(text)
    scores: dict[str, tuple[float, int]] = {}
    for delimiter in DELIMITERS:
        try:
            records = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        if cut and records:
            records.pop()  # possibly cut in the middle
        counts = [len(r) for r in records if any(c.strip() for c in r)][:50]
        split = Counter(n for n in counts if n >= 2)  # title rows count against every candidate
        if split:
            width, seen = split.most_common(1)[0]
            scores[delimiter] = (seen / len(counts), width)
    if not scores:  # one column, or only empty cells: the delimiter seen most, else ","
        most = max(DELIMITERS, key=sample.count)
        return most if sample.count(most) else ","
    best = max(scores.values())
    tied = [d for d in DELIMITERS if scores.get(d) == best]
    if len(tied) > 1:
        try:
            sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        except csv.Error:
            sniffed = ""
        if sniffed in tied:
            return sniffed
    return tied[0]


def _parse_csv(text: str, delimiter: str, name: str) -> list[tuple[int, list[str]]]:
    """Records with their spreadsheet row numbers; an unclosed quote is an error, not one cell."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records: list[tuple[int, list[str]]] = []
    start_line = last_start = 1  # physical line where the current (the last) record starts
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise ImportFileError(_too_many_rows(f"'{name}'"), name)
            if len(record) > MAX_COLUMNS:
                record = _bounded(record, name, f"'{name}', row {number}")
            records.append((number, record))
            last_start, start_line = start_line, reader.line_num + 1
    except csv.Error as exc:
        number = len(records) + 1
        raise ImportFileError(
            f"Cannot import '{name}', row {number}: {_csv_reason(exc)}", name
        ) from exc
    if records and reader.line_num > last_start:
        _check_last_record_closed(text, last_start, records[-1][0], name, delimiter)
    return records


def _too_many_rows(where: str) -> str:
    return (
        f"Cannot import {where}: it has more than {MAX_ROWS:,} rows; split it into smaller files."
    )


def _bounded(cells: list[str], name: str, where: str) -> list[str]:
    """The row cut to :data:`MAX_COLUMNS` cells; refused when a cell beyond that is not empty."""
    if len(cells) <= MAX_COLUMNS:
        return cells
    used = _used_width([str(c).strip() for c in cells])
    if used > MAX_COLUMNS:
        raise ImportFileError(
            f"Cannot import {where}: it has {used:,} columns, over the limit of {MAX_COLUMNS}.",
            name,
        )
    return cells[:MAX_COLUMNS]


def _csv_reason(exc: csv.Error) -> str:
    message = str(exc)
    if "field larger than field limit" in message:
        return (
            f'a cell is longer than {csv.field_size_limit()} characters; a quote (") is '
            "probably not closed."
        )
    return f"the CSV text cannot be read ({message})."


def _check_last_record_closed(
    text: str, first_line: int, number: int, name: str, delimiter: str
) -> None:
    """A last record over several lines may be an unclosed quote that swallowed the file."""
    lines = io.StringIO(text, newline="").readlines()
    tail = "".join(lines[first_line - 1 :])
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise ImportFileError(
                f"Cannot import '{name}', row {number}: a quoted cell is never closed (a \" is "
                "missing), so the rest of the file would be read as one cell.",
                name,
            ) from None
        # Other strictness complaints (a stray quote inside a cell) are tolerated.


# --- XLSX -----------------------------------------------------------------------------------


def read_xlsx(path: Path, *, sheet: str | None = None) -> SourceTable:
    """Read a worksheet of an Excel workbook: the named one, or the first visible one.

    Cells are read as their values (formulas as their last computed values) and shown as text:
    whole numbers without ".0" (a phone typed as a number stays "33556000001"), dates as
    ``YYYY-MM-DD``, date-times as ``YYYY-MM-DDTHH:MM`` (``:SS`` when there are seconds),
    booleans as "yes"/"no".
    """
    name = path.name
    head = _head(path)
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(_old_excel_message(name), name)
    try:
        with zipfile.ZipFile(path) as archive:
            is_workbook = "xl/workbook.xml" in archive.namelist()
            if is_workbook:
                _check_archive(archive, name)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise ImportFileError(
            f"Cannot import '{name}': it is not a valid Excel workbook (the file is damaged, or "
            "it is not really an .xlsx file).",
            name,
        ) from exc
    if not is_workbook:
        raise ImportFileError(
            f"Cannot import '{name}': it is a ZIP archive but not an Excel workbook.", name
        )
    # A stream rather than the path: openpyxl refuses a workbook whose name ends in .csv.
    with path.open("rb") as stream:
        return _read_workbook(stream, name, sheet)


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook too big to unpack, or a ZIP bomb, from the archive's own directory.

    zipfile (which openpyxl reads through) never unpacks a part beyond its declared size, so the
    declared sizes bound what openpyxl can be made to read.
    """
    members = archive.infolist()
    total = sum(info.file_size for info in members)
    if total > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError(
            f"Cannot import '{name}': the workbook unpacks to {_megabytes(total)}, over the limit "
            f"of {_megabytes(MAX_XLSX_UNPACKED_BYTES)}; split it into smaller files.",
            name,
        )
    for info in members:
        if info.file_size > _RATIO_CHECKED_FROM and info.file_size > MAX_XLSX_RATIO * max(
            info.compress_size, 1
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ImportFileError(
                f"Cannot import '{name}': its part '{_short(info.filename)}' unpacks "
                f"{ratio:,} times its packed size (at most {MAX_XLSX_RATIO}:1 is accepted); "
                "it looks like a ZIP bomb, not a workbook.",
                name,
            )
    for info in members:
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            with archive.open(info) as part:
                start = part.read(4096)
            _check_dimension(start, name)


def _check_dimension(start: bytes, name: str) -> None:
    """A sheet's declared size (``<dimension ref="A1:ZZ999999">``) against the limits."""
    found = _DIMENSION.search(start)
    if found is None:
        return
    last_column = found.group(3) or found.group(1)
    last_row = found.group(4) or found.group(2)
    rows, columns = int(last_row), _column_number(last_column.decode("ascii"))
    ref = found.group(0).split(b"=", 1)[1].strip(b"\"'").decode("ascii")
    if rows > MAX_ROWS:
        raise ImportFileError(
            f"Cannot import '{name}': a sheet declares {rows:,} rows ({ref}), over the limit of "
            f"{MAX_ROWS:,}; split it into smaller files.",
            name,
        )
    if columns > MAX_COLUMNS:
        raise ImportFileError(
            f"Cannot import '{name}': a sheet declares {columns:,} columns ({ref}), over the "
            f"limit of {MAX_COLUMNS}.",
            name,
        )


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _read_workbook(stream: BinaryIO, name: str, sheet: str | None) -> SourceTable:
    import openpyxl  # a third of a second to load: not for a CSV file

    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        # Only the type: an exception's message may quote a cell (personal data).
        log.warning("openpyxl could not open an XLSX workbook (%s)", type(exc).__name__)
        raise ImportFileError(
            f"Cannot import '{name}': the workbook cannot be opened ({type(exc).__name__}); "
            "open it in a spreadsheet application and save it again as .xlsx.",
            name,
        ) from exc
    try:
        worksheets = list(workbook.worksheets)
        sheets = tuple(str(ws.title) for ws in worksheets)
        if not worksheets:
            raise ImportFileError(f"Cannot import '{name}': the workbook has no sheets.", name)
        worksheet = _choose_sheet(worksheets, sheet, name, sheets)
        title = str(worksheet.title)
        where = f"sheet '{title}' of '{name}'"
        try:
            worksheet.reset_dimensions()  # some writers store wrong sizes; read every cell
            records = []
            number = 0
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS:
                    raise ImportFileError(_too_many_rows(where), name)
                cells = [_cell_text(value) for value in values]
                records.append((number, _bounded(cells, name, f"{where}, row {number}")))
        except ImportFileError:
            raise
        except Exception as exc:
            # Only the type and the row: the message quotes the cell ("could not convert
            # string to float: '<an e-mail>'").
            log.warning(
                "openpyxl could not read an XLSX sheet at row %d (%s)",
                number + 1,
                type(exc).__name__,
            )
            raise ImportFileError(
                f"Cannot import {where}: the sheet cannot be read ({type(exc).__name__}).", name
            ) from exc
    finally:
        workbook.close()
    return _build_table(
        name, records, where=where, encoding=None, delimiter=None, sheet=title, sheets=sheets
    )


def _choose_sheet(
    worksheets: Sequence[Any], sheet: str | None, name: str, sheets: tuple[str, ...]
) -> Any:
    if sheet is None:
        visible = [ws for ws in worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        return (visible or list(worksheets))[0]
    wanted = sheet.strip().casefold()
    for ws in worksheets:
        if str(ws.title) == sheet:
            return ws
    for ws in worksheets:
        if str(ws.title).strip().casefold() == wanted:
            return ws
    raise ImportFileError(
        f"Cannot import '{name}': it has no sheet '{_short(sheet)}'; its sheets are "
        f"{_listing(sheets)}.",
        name,
    )


def _cell_text(value: object) -> str:
    """A cell's value as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%dT%H:%M:%S" if value.second else "%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


# --- both -----------------------------------------------------------------------------------


def _clean(cell: str) -> str:
    return cell.strip().strip("\ufeff").strip()


def _distinct_fields(cells: Iterable[str]) -> int:
    return len({field for cell in cells if cell and (field := recognise_header(cell))})


def _build_table(
    name: str,
    records: Iterable[tuple[int, Sequence[str]]],
    *,
    where: str,
    encoding: str | None,
    delimiter: str | None,
    sheet: str | None,
    sheets: tuple[str, ...],
) -> SourceTable:
    # A cell without a byte-order mark in it is cleaned by stripping it (most cells, at once).
    rows = [
        (number, [c.strip() if "\ufeff" not in c else _clean(c) for c in cells])
        for number, cells in records
    ]
    rows = [(number, cells) for number, cells in rows if any(cells)]
    if not rows:
        raise ImportFileError(f"Cannot import {where}: there is nothing in it.", name)
    header_at = next(
        (
            i
            for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS])
            if _distinct_fields(cells) >= 2
        ),
        0,
    )
    header_number, header_cells = rows[header_at]
    data = rows[header_at + 1 :]
    if not data:
        raise ImportFileError(
            f"Cannot import {where}: it has a header (row {header_number}) but no rows of data "
            "under it.",
            name,
        )
    width = _table_width([header_cells, *(cells for _, cells in data)])
    headers = tuple(header_cells[:width]) + ("",) * (width - len(header_cells))
    table_rows = tuple(
        SourceRow(number, tuple(cells[:width]) + ("",) * (width - len(cells)))
        for number, cells in data
    )
    return SourceTable(
        name=name,
        headers=headers,
        rows=table_rows,
        header_row=header_number,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        sheets=sheets,
    )


def _table_width(rows: Sequence[Sequence[str]]) -> int:
    """How many cells the widest row has up to its last non-empty one."""
    longest = max(map(len, rows))
    if longest and any(len(cells) == longest and cells[-1] for cells in rows):
        return longest  # a row as long as any, full to its end: no row is used wider
    return max(map(_used_width, rows))


def _used_width(cells: Sequence[str]) -> int:
    """How many cells a row has up to its last non-empty one."""
    for index in range(len(cells) - 1, -1, -1):
        if cells[index]:
            return index + 1
    return 0
