"""Filling a wish form as a participant would, in a spreadsheet application (openpyxl).

A row of "Whom to meet" is known here by its Ref (the counterpart's registration id, as a
string), or by its E-mail when it has no Ref (a row added by hand, a form of version 1).
:func:`fill_form` also finds a row by the e-mail it shows, when it shows one."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import openpyxl

EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _header_row(ws: object, first: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):  # type: ignore[attr-defined]
        if row[0].value == first:
            return int(row[0].row)
    raise AssertionError(f"no header row starting with {first!r}")


def _columns(ws: Any) -> tuple[int, int, int | None]:
    """The header row, and the E-mail and Ref columns (None: no Ref column)."""
    header = _header_row(ws, "Priority")
    names = [c.value for c in ws[header]]
    return header, names.index("E-mail") + 1, names.index("Ref") + 1 if "Ref" in names else None


def _who(ws: Any, row: int, email_column: int, ref_column: int | None) -> str | None:
    ref = ws.cell(row, ref_column).value if ref_column else None
    email = ws.cell(row, email_column).value
    return str(ref) if ref else (str(email) if email else None)


def form_rows(path: Path) -> dict[str, tuple[int, object]]:
    """Ref (or E-mail) -> (row number, Priority) of every counterpart in "Whom to meet"."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Whom to meet"]
    header, email_column, ref_column = _columns(ws)
    rows = {}
    for r in range(header + 1, ws.max_row + 1):
        who = _who(ws, r, email_column, ref_column)
        if who is not None:
            rows[who] = (r, ws.cell(r, 1).value)
    workbook.close()
    return rows


def form_emails(path: Path) -> dict[str, object]:
    """Ref (or E-mail) -> what the E-mail column shows, for every counterpart."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Whom to meet"]
    header, email_column, ref_column = _columns(ws)
    shown = {}
    for r in range(header + 1, ws.max_row + 1):
        who = _who(ws, r, email_column, ref_column)
        if who is not None:
            shown[who] = ws.cell(r, email_column).value
    workbook.close()
    return shown


def availability_rows(path: Path) -> list[tuple[object, object, object]]:
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Availability"]
    header = _header_row(ws, "Date")
    rows = [
        (ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value)
        for r in range(header + 1, ws.max_row + 1)
        if ws.cell(r, 1).value or ws.cell(r, 2).value or ws.cell(r, 3).value
    ]
    workbook.close()
    return rows


def every_text(path: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of every non-empty cell of every sheet, hidden ones included."""
    workbook = openpyxl.load_workbook(path)
    texts = [
        (ws.title, cell.coordinate, str(cell.value))
        for ws in workbook.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    workbook.close()
    return texts


def raw_emails(path: Path) -> set[str]:
    """Every e-mail address anywhere in the file's parts (cells, properties, anything),
    lower-cased."""
    found: set[str] = set()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            text = archive.read(name).decode("utf-8", errors="replace")
            found |= {m.lower() for m in EMAIL_PATTERN.findall(text)}
    return found


def fill_form(
    path: Path,
    priorities: Mapping[object, object] = {},
    *,
    availability: Sequence[tuple[object, object, object]] | None = None,
    extra: Sequence[tuple[object, str] | tuple[object, str, str]] = (),
    refs: Mapping[object, object] = {},
) -> dict[str, int]:
    """Set the Priority of the rows of these Refs or shown e-mails (None empties it), change
    the Ref of the rows in ``refs`` (a tampered form), add rows (priority, e-mail) at the end,
    as typed by hand, or (priority, e-mail, Ref), as copied from another row, and replace the
    availability rows when given. Every key must name a row. Returns Ref and shown e-mail ->
    row number of every row of the wishes sheet, the added rows by their e-mail."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Whom to meet"]
    header, email_column, ref_column = _columns(ws)
    wanted = {str(k): v for k, v in priorities.items()}
    new_refs = {str(k): v for k, v in refs.items()}
    rows: dict[str, int] = {}
    for r in range(header + 1, ws.max_row + 1):
        who = _who(ws, r, email_column, ref_column)
        if who is None:
            continue
        shown = str(ws.cell(r, email_column).value or "")
        keys = [who] + ([shown] if "@" in shown and shown != who else [])
        for key in keys:
            rows[key] = r
            if key in wanted:
                ws.cell(r, 1).value = wanted.pop(key)
            if key in new_refs:
                assert ref_column is not None
                ws.cell(r, ref_column).value = new_refs.pop(key)
    assert not wanted and not new_refs, f"no such rows: {sorted(wanted) + sorted(new_refs)}"
    for priority, email, *ref in extra:
        r = ws.max_row + 1
        ws.cell(r, 1).value = priority
        ws.cell(r, email_column).value = email
        if ref:
            assert ref_column is not None
            ws.cell(r, ref_column).value = ref[0]
        rows[email] = r
    if availability is not None:
        sheet = workbook["Availability"]
        first = _header_row(sheet, "Date") + 1
        for r in range(first, sheet.max_row + 1):
            for c in (1, 2, 3):
                sheet.cell(r, c).value = None
        for offset, values in enumerate(availability):
            for c, value in enumerate(values, start=1):
                sheet.cell(first + offset, c).value = value
    workbook.save(path)
    return rows


def as_version_1(path: Path, emails: Mapping[object, str]) -> None:
    """Turn a form into one of version 1, as PIMAP wrote them before the Ref column: every
    counterpart's e-mail shown (``emails``: Ref -> e-mail, for every row), no Ref column."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Whom to meet"]
    header, email_column, ref_column = _columns(ws)
    assert ref_column is not None
    known = {str(k): v for k, v in emails.items()}
    for r in range(header + 1, ws.max_row + 1):
        ref = ws.cell(r, ref_column).value
        if ref:
            ws.cell(r, email_column).value = known.pop(str(ref))
    assert not known, f"no such rows: {sorted(known)}"
    ws.delete_cols(ref_column)
    identity = workbook["pimap"]
    for row in identity.iter_rows():
        if row[0].value == "version":
            row[1].value = "1"
    workbook.save(path)
