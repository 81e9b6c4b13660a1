"""``pimap backups`` and ``pimap restore``: the verified backups, newest first, and a restore
that asks first, works on a damaged database and prints what changed."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from pimap_desktop.cli import main
from pimap_desktop.domain.models import Person
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database
from tests.factories import add_person

MORNING = datetime(2026, 1, 26, 8, 0)
NOON = datetime(2026, 1, 26, 12, 0)

pytestmark = pytest.mark.sqlite_only(reason="backups and restore are of database files")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _people(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])


@pytest.fixture
def with_backups(db_path: Path) -> Path:
    """Three people in the morning's backup, one at noon's, none now."""
    database = open_database(db_path)
    with database.session() as session:
        for first in ("Ana", "Jukka", "Inès"):
            add_person(session, first, "Tester", f"{first.lower()}@example.org")
    dbmod.backup_sqlite(db_path, "daily", now=MORNING)
    with database.session() as session, session.begin():
        for person in session.query(Person).filter(Person.first_name != "Ana").all():
            session.delete(person)
    dbmod.backup_sqlite(db_path, "manual", now=NOON)
    with database.session() as session, session.begin():
        session.query(Person).delete()
    database.dispose()
    return db_path


def test_backups_lists_the_verified_ones_newest_first(
    with_backups: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(with_backups), "backups")
    assert (code, err) == (0, "")
    header, first, second = out.splitlines()
    assert header.split() == ["#", "Taken", "Reason", "Missions", "People", "Size"]
    assert first.split()[:6] == ["1", "2026-01-26", "12:00", "manual", "0", "1"]
    assert second.split()[:6] == ["2", "2026-01-26", "08:00", "daily", "0", "3"]
    assert first.endswith("KB")

    code, out, _ = run(capsys, "--db", str(with_backups), "backups", "--json")
    listed = json.loads(out)
    assert code == 0 and [b["reason"] for b in listed] == ["manual", "daily"]
    assert listed[1]["counts"]["people"] == 3
    assert listed[0]["taken_at"].startswith("2026-01-26T12:00:00")


def test_backups_says_how_to_make_one_when_there_is_none(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).dispose()
    code, out, _ = run(capsys, "--db", str(db_path), "backups")
    assert code == 0 and "No backups yet" in out


def test_restore_by_number_with_yes_prints_what_changed(
    with_backups: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(with_backups), "restore", "2", "--yes")
    assert (code, err) == (0, "")
    assert "Restored pimap-20260126-080000-daily.sqlite" in out
    assert "People: 0 → 3 (3 more)" in out
    assert "before-restore" in out
    assert _people(with_backups) == 3
    # The state before is now the newest backup: restore 1 undoes the restore.
    code, out, _ = run(capsys, "--db", str(with_backups), "restore", "1", "--yes", "--json")
    report = json.loads(out)
    assert code == 0 and report["backup"]["reason"] == "before-restore"
    assert report["changes"]["people"] == {"before": 3, "after": 0}
    assert _people(with_backups) == 0


def test_restore_by_file_name_or_path(
    with_backups: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "pimap-20260126-120000-manual.sqlite"
    code, _, err = run(capsys, "--db", str(with_backups), "restore", name, "--yes")
    assert (code, err) == (0, "") and _people(with_backups) == 1
    path = with_backups.parent / "backups" / "pimap-20260126-080000-daily.sqlite"
    code, _, err = run(capsys, "--db", str(with_backups), "restore", str(path), "--yes")
    assert (code, err) == (0, "") and _people(with_backups) == 3


def test_restore_errors_are_one_line(
    with_backups: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(with_backups), "restore", "7", "--yes")
    assert code == 1 and "no backup number 7 (2 verified backups" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", str(with_backups), "restore", "nothing.sqlite", "--yes")
    assert code == 1 and "No backup 'nothing.sqlite'" in err


def test_restore_works_on_a_damaged_database(
    with_backups: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No open_database first: it would refuse the file that needs the restore."""
    with_backups.write_bytes(b"garbage " * 1000)
    code, out, err = run(capsys, "--db", str(with_backups), "restore", "1", "--yes")
    assert (code, err) == (0, "")
    assert "The damaged database was kept aside as" in out
    assert "People: unknown → 1" in out
    assert _people(with_backups) == 1


def test_restore_without_yes_is_refused_when_stdin_is_not_a_terminal(
    with_backups: Path, tmp_path: Path
) -> None:
    before = with_backups.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-m", "pimap_desktop.cli", "--db", str(with_backups), "restore", "1"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert done.returncode == 2, done.stderr
    assert "confirm it with --yes" in done.stderr and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert with_backups.read_bytes() == before
    assert len(dbmod.list_backups(with_backups)) == 2  # no before-restore backup either
