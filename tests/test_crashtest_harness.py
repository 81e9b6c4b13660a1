"""The crash-consistency harness's own checks (``tests/stress/crashtest.py``), on files broken
on purpose: a checker that passed everything would make ``make crashtest`` worthless. No kills,
no ``pimap`` processes here."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook
from reportlab.pdfgen.canvas import Canvas

from tests.stress.crashtest import (
    OutputKind,
    check_output,
    database_problems,
    database_state,
    describe_difference,
    describe_output,
    files_containing,
    hidden_leftovers,
    inspect_backups,
    judge_state,
    make_plan,
    partner_calendar,
)

BACKUP = "pimap-20270124-101500-manual.sqlite"


def _database(path: Path, rows: int = 400) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, org INTEGER REFERENCES orgs)")
        conn.executemany("INSERT INTO orgs VALUES (?, ?)", [(n, "x" * 300) for n in range(rows)])
        conn.executemany("INSERT INTO people VALUES (?, ?)", [(n, n) for n in range(rows)])
        conn.commit()
    return path


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _pdf(path: Path, pages: int = 3) -> Path:
    canvas = Canvas(str(path))
    for n in range(pages):
        canvas.drawString(72, 720, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def test_truncated_backup_is_broken_and_leftovers_are_sorted_apart(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    _database(folder / BACKUP)
    shutil.copyfile(folder / BACKUP, folder / "pimap-20270124-101600-daily.sqlite")
    _truncate(folder / "pimap-20270124-101600-daily.sqlite")
    (folder / "pimap-20270124-101700-manual.sqlite").write_bytes(b"not a database")
    (folder / ".pimap-pimap-4242-abc123.tmp").write_bytes(b"SQLite format 3\x00half")
    (folder / "pimap-20270120-090000-daily.sqlite.broken").write_bytes(b"")

    found = inspect_backups(folder)

    assert found.sound == [BACKUP]
    assert [b.split(":")[0] for b in found.broken] == [
        "pimap-20270124-101600-daily.sqlite",
        "pimap-20270124-101700-manual.sqlite",
    ]
    assert found.leftovers == [".pimap-pimap-4242-abc123.tmp"]
    assert found.set_aside == ["pimap-20270120-090000-daily.sqlite.broken"]


def test_backup_with_a_hot_journal_counts_once_rolled_back(tmp_path: Path) -> None:
    """A copy of a backup and its journal taken mid-transaction is what a kill leaves."""
    live = _database(tmp_path / "live.sqlite", rows=2000)
    folder = tmp_path / "backups"
    folder.mkdir()
    with closing(sqlite3.connect(live, isolation_level=None)) as conn:
        conn.execute("PRAGMA cache_size = 1")  # changed pages spill into the file itself
        conn.execute("BEGIN")
        conn.execute("UPDATE orgs SET name = 'y' || name")
        shutil.copyfile(live, folder / BACKUP)
        shutil.copyfile(f"{live}-journal", folder / f"{BACKUP}-journal")
        conn.execute("ROLLBACK")

    found = inspect_backups(folder)

    assert found.sound == [BACKUP]
    assert found.rolled_back == [BACKUP]
    assert found.broken == []


@pytest.mark.parametrize("kind", ["pdf", "ics", "xlsx", "csv"])
def test_half_written_output_is_partial(tmp_path: Path, kind: OutputKind) -> None:
    out = tmp_path / f"out.{kind}"
    if kind == "pdf":
        _pdf(out)
    elif kind == "ics":
        out.write_bytes(partner_calendar(40))
    elif kind == "xlsx":
        workbook = Workbook()
        for n in range(500):
            workbook.active.append([f"row {n}", "x" * 40])
        workbook.save(out)
    else:
        out.write_text("a,b\n" + "1,2\n" * 500, encoding="utf-8")
    reference = describe_output(out, kind)

    assert check_output(out, kind, reference).status == "complete"
    _truncate(out)
    verdict = check_output(out, kind, reference)
    assert verdict.status == "partial", verdict
    out.unlink()
    assert check_output(out, kind, reference).status == "absent"


def test_pdf_with_fewer_pages_than_the_reference_is_partial(tmp_path: Path) -> None:
    reference = describe_output(_pdf(tmp_path / "ref.pdf", pages=4), "pdf")
    verdict = check_output(_pdf(tmp_path / "short.pdf", pages=2), "pdf", reference)
    assert verdict.status == "partial"
    assert "4" in verdict.detail


def test_folder_of_packs_missing_some_is_partial(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    for name in ("Berg Lena.pdf", "Costa Ana.pdf", "Virtanen Aino.pdf"):
        _pdf(folder / name, pages=2)
    reference = describe_output(folder, "folder")
    (folder / "Costa Ana.pdf").unlink()
    (tmp_path / ".packs.x1y2.part").mkdir()

    assert check_output(folder, "folder", reference).status == "partial"
    assert hidden_leftovers(tmp_path) == [".packs.x1y2.part"]
    shutil.rmtree(folder)
    folder.mkdir()  # an empty folder is no output yet
    assert check_output(folder, "folder", reference).status == "absent"


def test_half_applied_change_is_neither_before_nor_after(tmp_path: Path) -> None:
    db = _database(tmp_path / "pimap.sqlite", rows=10)
    tables = ("orgs", "people")
    before = database_state(db, tables, ())
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("INSERT INTO orgs VALUES (100, 'new')")
        conn.execute("INSERT INTO people VALUES (100, 100)")
        conn.commit()
    after = database_state(db, tables, ())
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("DELETE FROM people WHERE id = 100")
        conn.commit()
    half = database_state(db, tables, ())
    allowed = [("before", before), ("after", after)]

    assert judge_state(before, allowed) == "before"
    assert judge_state(after, allowed) == "after"
    assert judge_state(half, allowed) is None
    assert describe_difference(half, before, after) == "a mix of before and after values"
    missing = database_state(tmp_path / "none.sqlite", tables, ())
    assert dict(missing) == {"tables": (), "rows:orgs": 0, "rows:people": 0}


def test_damaged_database_and_dangling_keys_are_problems(tmp_path: Path) -> None:
    db = _database(tmp_path / "pimap.sqlite")
    assert database_problems(db) == []
    with closing(sqlite3.connect(db)) as conn:  # foreign keys off: a dangling reference
        conn.execute("INSERT INTO people VALUES (9999, 8888)")
        conn.commit()
    assert database_problems(db)[0].startswith("foreign_key_check: 1 rows")

    data = bytearray(db.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\xff" * 8192  # two pages of the tables overwritten
    db.write_bytes(bytes(data))
    assert any("integrity_check" in p or "does not open" in p for p in database_problems(db))


def test_erased_email_is_found_in_file_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.sqlite").write_bytes(b"\x00\x01aino.virtanen@kaamos.example\x00")
    (tmp_path / "b.sqlite").write_bytes(b"\x00" * 64)
    found = files_containing(sorted(tmp_path.iterdir()), b"aino.virtanen@kaamos.example")
    assert found == ["a.sqlite"]


def test_plan_is_seeded_and_takes_operations_in_turn() -> None:
    names = ["import", "export", "backup"]
    durations = {"import": 2.0, "export": 1.0, "backup": 0.5}
    plan = make_plan(7, 9, names, durations)

    assert plan == make_plan(7, 9, names, durations)
    assert plan != make_plan(8, 9, names, durations)
    for start in (0, 3, 6):
        assert sorted(p.op for p in plan[start : start + 3]) == sorted(names)
    assert all(0 <= p.kill_at <= 1.1 * durations[p.op] for p in plan)
