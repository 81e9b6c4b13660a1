"""Exports of a mission's people and B2B schedule to CSV and XLSX, safe to open in a
spreadsheet.

Web-form data is untrusted: a value that a spreadsheet would run as a formula is neutralised
in CSV (a leading apostrophe, which spreadsheets hide), and XLSX text cells are always written
as text. A phone number such as ``+33 5 56 00 00 01`` is left as it is.

CSV is written for Excel on the user's laptop: UTF-8 with a byte-order mark (without one,
Windows Excel reads the file as Windows-1252 and "Hämäläinen" comes out garbled), and the
delimiter of the user's region (:func:`region_delimiter`): ``;`` where the decimal separator is
a comma (France, Sweden, Portugal, Finland), ``,`` elsewhere. Our import reads either back.

XLSX is written for a person: typed cells (a :class:`Cell` gives the CSV its text and the
workbook its value: dates and times as date-time cells in the mission's local time, the zone
named in the column's header; numbers as numbers), readable headers in bold, the header row
frozen, an autofilter over the data and columns as wide as their contents.
"""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import LabelledEnum
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.services.b2b.meetings import SCHEDULE_COLUMNS, schedule_rows
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.registrations.registrations import RegistrationRow, list_registrations
from pimap_desktop.store.filemodes import create_private_file, make_private_file
from pimap_desktop.text import ServiceWords

Format = Literal["csv", "xlsx"]
Delimiter = Literal[",", ";", "\t"]
DELIMITERS: tuple[Delimiter, ...] = (",", ";", "\t")
CSV_ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark: what Excel needs to read UTF-8

PEOPLE_COLUMNS = (
    "first_name",
    "last_name",
    "email",
    "organisation",
    "country",
    "role",
    "status",
    "arrival",
    "departure",
    "hotel",
    "phone",
    "badge_name",
    "diet",
    "delegation",
    "checked_in_at",
)


def people_titles(zone: str) -> tuple[str, ...]:
    """The people workbook's headers, in the order of ``PEOPLE_COLUMNS``: words a person reads
    (and our import recognises), the times' columns naming the mission's zone."""
    return (
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
    )


def schedule_titles(zone: str) -> tuple[str, ...]:
    """The schedule workbook's headers: ``SCHEDULE_COLUMNS`` with the zone of Start and End."""
    start, end, *rest = SCHEDULE_COLUMNS
    return (f"{start} ({zone})", f"{end} ({zone})", *rest)


def region_delimiter(locale_name: str | None) -> Delimiter:
    """The CSV delimiter Excel expects in the region ``locale_name`` ("fr_FR.UTF-8", "sv-SE",
    "en_US"): ``;`` where the decimal separator is a comma (CLDR, through Babel), ``,``
    elsewhere, and for a name that is empty, "C", "POSIX" or not a known locale."""
    name = (locale_name or "").split(".")[0].split("@")[0].strip()
    if name in ("", "C", "POSIX"):
        return ","
    try:
        symbol = get_decimal_symbol(Locale.parse(name, sep="-" if "-" in name else "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return ","
    return ";" if symbol == "," else ","


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+[\d ().-]{6,}$")


def neutralise(value: str) -> str:
    """Make a cell value inert in a spreadsheet: '=cmd|...' becomes "'=cmd|...".

    Phone numbers ('+33 5 56 00 00 01') and plain negative numbers ('-12') stay as they are.
    """
    if not value.startswith(_FORMULA_START):
        return value
    if _PHONE.match(value) or re.fullmatch(r"-\d+([.,]\d+)?", value):
        return value
    return "'" + value


# Characters a worksheet cannot hold (control characters other than tab and line breaks):
# openpyxl refuses the whole file over one of them, so they become a space.
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_text(value: str) -> str:
    """``value`` as a worksheet can hold it (a pasted vertical tab or NUL becomes a space)."""
    return _NOT_IN_XLSX.sub(" ", value)


@dataclass(frozen=True)
class Cell:
    """One value written two ways: ``text`` in CSV (what a program, or our import, reads back)
    and ``value`` in XLSX (a date-time, a date, a number or words, for a person). A plain
    ``str`` in a row is the same text in both.

    A date-time ``value`` is naive: the mission's wall-clock time, the zone being named in the
    column's header."""

    text: str
    value: str | int | float | date | datetime | None


Value = str | Cell


def time_cell(value: datetime | None, text: str) -> Value:
    """A time in the mission's zone: ``text`` in CSV, a date-time cell of the wall-clock time
    (to the second) in XLSX; an empty cell when there is no time."""
    if value is None:
        return ""
    return Cell(text, value.replace(tzinfo=None, microsecond=0))


def date_cell(value: date | None) -> Value:
    """A calendar day: ISO 8601 (2027-02-15) in CSV, a date cell in XLSX."""
    return Cell(value.isoformat(), value) if value is not None else ""


def label_cell(value: LabelledEnum) -> Cell:
    """A role or a status: its value in CSV ("local_participant"), its label in XLSX ("Local
    participant"); our import reads both."""
    return Cell(value.value, value.label)


def _local(value: datetime | None) -> Value:
    """Mission-local wall-clock time; in CSV without an offset, as the import reads it back."""
    return time_cell(value, f"{value:%Y-%m-%dT%H:%M}" if value else "")


def _instant(value: datetime | None) -> Value:
    """An instant in the mission's zone; in CSV ISO 8601 with the UTC offset of that day
    (2027-01-26T09:14:00-08:00), which a program reads without knowing the zone. Not read
    back by the import."""
    return time_cell(value, value.isoformat(timespec="seconds") if value else "")


def _schedule_time(text: str) -> Value:
    """A meeting's start or end, given as ISO 8601 with the mission's offset."""
    return time_cell(datetime.fromisoformat(text), text) if text else ""


def _people_rows(rows: Sequence[RegistrationRow]) -> list[list[Value]]:
    return [
        [
            r.first_name,
            r.last_name,
            r.email,
            r.organisation,
            r.country,
            label_cell(r.role),
            label_cell(r.status),
            _local(r.arrival_local),
            _local(r.departure_local),
            r.hotel,
            r.phone,
            r.badge_name,
            r.diet,
            r.delegation,
            _instant(r.checked_in_local),
        ]
        for r in rows
    ]


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int


def export_people(
    session: Session,
    mission_id: uuid.UUID,
    fmt: Format,
    out: Path,
    *,
    delimiter: Delimiter = ",",
) -> ExportReport:
    """One row per registration of the mission; ``checked_in_at`` is empty for one not checked
    in. ``delimiter``: the CSV's."""
    zone = get_mission(session, mission_id).timezone
    rows = _people_rows(list_registrations(session, mission_id))
    write_table(out, fmt, PEOPLE_COLUMNS, rows, delimiter=delimiter, titles=people_titles(zone))
    return ExportReport(path=out, rows=len(rows))


def export_schedule(
    session: Session,
    mission_id: uuid.UUID,
    fmt: Format,
    out: Path,
    *,
    delimiter: Delimiter = ",",
) -> ExportReport:
    """One row per B2B meeting of the mission (``SCHEDULE_COLUMNS``): names, organisations
    and readable statuses for a person, the e-mails in their own columns for a program."""
    zone = get_mission(session, mission_id).timezone
    rows: list[list[Value]] = [
        [_schedule_time(start), _schedule_time(end), *rest]
        for start, end, *rest in schedule_rows(session, mission_id)
    ]
    write_table(
        out,
        fmt,
        SCHEDULE_COLUMNS,
        rows,
        sheet="Meetings",
        delimiter=delimiter,
        titles=schedule_titles(zone),
    )
    return ExportReport(path=out, rows=len(rows))


def write_table(
    out: Path,
    fmt: Format,
    headers: Sequence[str],
    rows: Sequence[Sequence[Value]],
    *,
    sheet: str = "People",
    delimiter: Delimiter = ",",
    titles: Sequence[str] | None = None,
) -> None:
    """Write a table as CSV (UTF-8 with a byte-order mark, separated by ``delimiter``) or
    XLSX (typed cells, ``titles`` as its headers when given, else ``headers``); the file
    appears whole or not at all."""
    if delimiter not in DELIMITERS:
        raise ValidationError(
            f"Unknown CSV delimiter {delimiter!r}: use a comma, a semicolon or a tab.",
            "delimiter",
        )

    def write_csv(partial: Path) -> None:
        with partial.open("w", encoding=CSV_ENCODING, newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(headers)
            writer.writerows([[_csv_text(v) for v in row] for row in rows])

    def write_xlsx(partial: Path) -> None:
        _write_xlsx(partial, titles or headers, rows, sheet)

    write_file(out, write_csv if fmt == "csv" else write_xlsx)


def _csv_text(value: Value) -> str:
    return neutralise(value) if isinstance(value, str) else neutralise(value.text)


def write_text(out: Path, text: str) -> None:
    """Write a UTF-8 text file whole or not at all."""
    write_file(out, lambda partial: partial.write_text(text, encoding="utf-8"))


def write_file(out: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a temporary file beside ``out``, then put it in place in one step.

    What PIMAP writes names people (lists, agendas, badges, packs, follow-ups, a person's own
    data): the file is readable by its owner only (see ``filemodes``), set before it appears."""
    out = out.expanduser()
    check_output_folder(out)
    if out.is_dir():
        raise ValidationError(
            ServiceWords.say("%1 is a folder; give a file name to write to.", out), "out"
        )
    partial = out.with_name(f".{out.name}.part")
    try:
        create_private_file(partial)
        write(partial)
        make_private_file(partial)  # a writer that replaced the file gave it the umask's mode
        with partial.open("rb+") as handle:  # on the disk before it takes the real name
            os.fsync(handle.fileno())
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            ServiceWords.say("%1 cannot be written: %2.", out, exc.strerror or exc), "out"
        ) from None
    except BaseException:  # cancelled or refused half-way: no partial file stays behind
        partial.unlink(missing_ok=True)
        raise


def check_output_folder(out: Path) -> None:
    """Refuse, with a message for a person, an output whose folder is missing or cannot be
    entered, or whose name the file system refuses (too long, say)."""
    try:
        out.exists()
        folder_ok = out.parent.is_dir()
    except OSError as exc:
        raise ValidationError(
            ServiceWords.say("%1 cannot be written: %2.", out, exc.strerror or exc), "out"
        ) from None
    if not folder_ok:
        raise ValidationError(ServiceWords.say("The folder %1 does not exist.", out.parent), "out")


DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm"  # Excel's number format of a date-time cell
DATE_FORMAT = "yyyy-mm-dd"


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Value]], sheet_name: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name[:31])  # Excel's limit

    def header_cell(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=xlsx_text(value))
        cell.data_type = "s"
        cell.font = Font(bold=True)
        return cell

    def data_cell(value: Value) -> WriteOnlyCell | None:
        shown = value.value if isinstance(value, Cell) else value
        if shown is None or shown == "":
            return None
        if isinstance(shown, str):
            cell = WriteOnlyCell(sheet, value=xlsx_text(shown))
            cell.data_type = "s"  # text, even when it starts with '=': never a formula
            return cell
        cell = WriteOnlyCell(sheet, value=shown)  # a number, a date or a date-time
        if isinstance(shown, datetime):
            cell.number_format = DATE_TIME_FORMAT
        elif isinstance(shown, date):
            cell.number_format = DATE_FORMAT
        return cell

    # Columns as wide as their contents (within reason), the header kept in view and a filter
    # on each header: a table a person can read, sort and filter as it opens.
    for number, width in enumerate(_column_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    sheet.append([header_cell(h) for h in headers])
    for row in rows:
        sheet.append([data_cell(v) for v in row])
    # Built in memory first: a disk error is then a plain OSError, not openpyxl's noise.
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())


def _shown(value: Value) -> str:
    """The text a cell shows in the workbook, for its column's width."""
    if not isinstance(value, Cell):
        return value
    shown = value.value
    if isinstance(shown, datetime):
        return "2027-01-26 09:00"  # DATE_TIME_FORMAT
    if isinstance(shown, date):
        return "2027-01-26"
    return "" if shown is None else str(shown)


def _column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[Value]], *, sample: int = 500
) -> list[float]:
    """A width per column, in characters: its longest line among the header and the first
    ``sample`` rows, between 8 and 50 (longer text is still all there, in the cell)."""
    widths = []
    for column, header in enumerate(headers):
        texts = [header, *(_shown(row[column]) for row in rows[:sample] if column < len(row))]
        longest = max(len(line) for text in texts for line in (text.splitlines() or [""]))
        widths.append(float(min(max(longest + 2, 8), 50)))
    return widths
