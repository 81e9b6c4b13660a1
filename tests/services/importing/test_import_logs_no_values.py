"""Imports that fail in every way leave no cell value (here: e-mails) in the log file."""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest

from pimap_desktop.cli import main
from pimap_desktop.logs import log_path

HEADER = ["First name", "Last name", "E-mail", "Organisation", "Country", "Arrival", "Phone"]
EMAILS = [f"leak{n}.victim@lumiphos.example" for n in range(12)]

MISSION = ["mission", "add", "--code", "PW2027", "--name", "PW", "--kind", "business_mission"]
MISSION += ["--city", "SF", "--country", "US", "--timezone", "America/Los_Angeles"]
MISSION += ["--start", "2027-01-24", "--end", "2027-01-29"]


def _remove_log_handlers() -> None:
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_pimap", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The app's own log file, in this test's folder (an earlier test's handler removed)."""
    _remove_log_handlers()
    yield log_path()
    _remove_log_handlers()


def _workbook(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def _retype_cells(path: Path, kind: str, values: list[str]) -> Path:
    """Rewrite numeric placeholder cells 1001, 1002, … to carry ``values`` with type ``kind``
    (a number cell holding an e-mail: what a broken export writes)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for n, value in enumerate(values, start=1001):
        xml = re.sub(
            rf'<c r="([A-Z]+\d+)"( s="\d+")?( t="n")?><v>{n}</v></c>',
            rf'<c r="\1"\2 t="{kind}"><v>{value}</v></c>',
            xml,
        )
        assert value in xml
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def _hostile_files(folder: Path) -> list[Path]:
    e = EMAILS
    files = []
    # Number, boolean and date cells that hold an e-mail: openpyxl fails on the cell.
    for i, kind in enumerate(("n", "b", "d")):
        path = _workbook(
            folder / f"typed-{kind}.xlsx",
            [["Zoé", "Quintavalle", 1001, "Lumiphos", "France", "", 1002]],
        )
        files.append(_retype_cells(path, kind, [e[2 * i], e[2 * i + 1]]))
    # Bad dates, bad e-mails and formula-looking cells, in a workbook and in a CSV.
    rows: list[list[str]] = [
        ["Zoé", "Quintavalle", e[6], "Lumiphos", "France", e[6], e[6]],
        ["Zoé", "Quintavalle", f"not an email {e[7]}", "Lumiphos", "France", "32/13/2027", ""],
        ["Zoé", "Quintavalle", f'=HYPERLINK("{e[8]}")', "Lumiphos", "France", "", ""],
        ["Zoé", "Quintavalle", f"{e[9]};{e[9]}", "Lumiphos", "France", f"+{e[9]}", f"@{e[9]}"],
    ]
    files.append(_workbook(folder / "bad-values.xlsx", rows))
    csv = folder / "bad-values.csv"
    csv.write_text(
        "\n".join(";".join(row) for row in [HEADER, *rows]) + "\n",
        encoding="utf-8",
    )
    files.append(csv)
    # A damaged workbook whose bytes are e-mails.
    damaged = folder / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + ";".join(e[10:]).encode() * 50)
    files.append(damaged)
    return files


def test_failed_imports_write_no_email_to_the_log(
    tmp_path: Path, db_path: Path, log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    db = str(db_path)
    assert main(["--db", db, *MISSION]) == 0
    codes = {}
    for path in _hostile_files(tmp_path):
        for mission in ([], ["--mission", "PW2027"]):
            codes[path.name] = main(["--db", db, "import", "people", *mission, str(path)])
    assert log_file.exists()
    text = log_file.read_text(encoding="utf-8") + "\n".join(
        r.getMessage() + (str(r.exc_info[1]) if r.exc_info else "") for r in caplog.records
    )
    assert "openpyxl could not" in text  # the failures did reach the log
    leaked = [email for email in EMAILS if email.split("@")[0] in text]
    assert leaked == [], (leaked, codes)
