"""Filling a wish form as a participant would, in a spreadsheet application (openpyxl)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import openpyxl


def _header_row(ws: object, first: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):  # type: ignore[attr-defined]
        if row[0].value == first:
            return int(row[0].row)
    raise AssertionError(f"no header row starting with {first!r}")


def form_rows(path: Path) -> dict[str, tuple[int, object]]:
    """E-mail -> (row number, Priority) of every counterpart in "Whom to meet"."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Whom to meet"]
    header = _header_row(ws, "Priority")
    names = [c.value for c in ws[header]]
    email = names.index("E-mail") + 1
    rows = {
        str(ws.cell(r, email).value): (r, ws.cell(r, 1).value)
        for r in range(header + 1, ws.max_row + 1)
        if ws.cell(r, email).value
    }
    workbook.close()
    return rows


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


def fill_form(
    path: Path,
    priorities: Mapping[str, object] = {},
    *,
    availability: Sequence[tuple[object, object, object]] | None = None,
    extra: Sequence[tuple[object, str]] = (),
) -> dict[str, int]:
    """Set the Priority of the rows of these e-mails (None empties it), add rows
    (priority, e-mail) at the end, and replace the availability rows when given.
    Returns e-mail -> row number of every row of the wishes sheet."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Whom to meet"]
    header = _header_row(ws, "Priority")
    names = [c.value for c in ws[header]]
    email_column = names.index("E-mail") + 1
    rows: dict[str, int] = {}
    for r in range(header + 1, ws.max_row + 1):
        email = ws.cell(r, email_column).value
        if email:
            rows[str(email)] = r
            if email in priorities:
                ws.cell(r, 1).value = priorities[email]
    for priority, email in extra:
        r = ws.max_row + 1
        ws.cell(r, 1).value = priority
        ws.cell(r, email_column).value = email
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
