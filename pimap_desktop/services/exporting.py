"""Exports of a mission's people and B2B schedule to CSV and XLSX, safe to open in a
spreadsheet.

Web-form data is untrusted: a value that a spreadsheet would run as a formula is neutralised
in CSV (a leading apostrophe, which spreadsheets hide), and XLSX cells are always written as
text. A phone number such as ``+33 5 56 00 00 01`` is left as it is.
"""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.services.b2b.meetings import SCHEDULE_COLUMNS, schedule_rows
from pimap_desktop.services.registrations.registrations import RegistrationRow, list_registrations
from pimap_desktop.store.filemodes import create_private_file, make_private_file

Format = Literal["csv", "xlsx"]

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


def _local(value: datetime | None) -> str:
    """Mission-local wall-clock time without an offset: what the import reads back."""
    return value.strftime("%Y-%m-%dT%H:%M") if value else ""


def _instant(value: datetime | None) -> str:
    """An instant in ISO 8601 with the mission's UTC offset (2027-01-26T09:14:00-08:00): a
    program reads it without knowing the zone. Not read back by the import."""
    return value.isoformat(timespec="seconds") if value else ""


def _people_rows(rows: Sequence[RegistrationRow]) -> list[list[str]]:
    return [
        [
            r.first_name,
            r.last_name,
            r.email,
            r.organisation,
            r.country,
            r.role.value,
            r.status.value,
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


def export_people(session: Session, mission_id: uuid.UUID, fmt: Format, out: Path) -> ExportReport:
    """One row per registration of the mission; ``checked_in_at`` is empty for one not checked
    in."""
    rows = _people_rows(list_registrations(session, mission_id))
    write_table(out, fmt, PEOPLE_COLUMNS, rows)
    return ExportReport(path=out, rows=len(rows))


def export_schedule(
    session: Session, mission_id: uuid.UUID, fmt: Format, out: Path
) -> ExportReport:
    """One row per B2B meeting of the mission (``SCHEDULE_COLUMNS``): names, organisations
    and readable statuses for a person, the e-mails in their own columns for a program."""
    rows = schedule_rows(session, mission_id)
    write_table(out, fmt, SCHEDULE_COLUMNS, rows, sheet="Meetings")
    return ExportReport(path=out, rows=len(rows))


def write_table(
    out: Path,
    fmt: Format,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    sheet: str = "People",
) -> None:
    """Write a table as UTF-8 CSV or XLSX; the file appears whole or not at all."""

    def write_csv(partial: Path) -> None:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            writer.writerows([[neutralise(v) for v in row] for row in rows])

    write_file(out, write_csv if fmt == "csv" else lambda p: _write_xlsx(p, headers, rows, sheet))


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
        raise ValidationError(f"{out} is a folder; give a file name to write to.", "out")
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
        raise ValidationError(f"{out} cannot be written: {exc.strerror or exc}.", "out") from None
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
        raise ValidationError(f"{out} cannot be written: {exc.strerror or exc}.", "out") from None
    if not folder_ok:
        raise ValidationError(f"The folder {out.parent} does not exist.", "out")


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], sheet_name: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name[:31])  # Excel's limit

    def text_cell(value: str, *, bold: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=xlsx_text(value))
        cell.data_type = "s"  # text, even when it starts with '=': never a formula
        if bold:
            cell.font = Font(bold=True)
        return cell

    # Columns as wide as their text (within reason) and the header kept in view: a table a
    # person can read as it opens.
    for number, width in enumerate(_column_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([text_cell(h, bold=True) for h in headers])
    for row in rows:
        sheet.append([text_cell(v) for v in row])
    # Built in memory first: a disk error is then a plain OSError, not openpyxl's noise.
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())


def _column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, sample: int = 500
) -> list[float]:
    """A width per column, in characters: its longest line among the header and the first
    ``sample`` rows, between 8 and 50 (longer text is still all there, in the cell)."""
    widths = []
    for column, header in enumerate(headers):
        texts = [header, *(row[column] for row in rows[:sample] if column < len(row))]
        longest = max(len(line) for text in texts for line in (text.splitlines() or [""]))
        widths.append(float(min(max(longest + 2, 8), 50)))
    return widths
