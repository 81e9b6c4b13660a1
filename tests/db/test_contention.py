"""Two programs on one database: readers never wait for a writer, a writer waits for another
and says so, and busy or read-only is never called damage.

The "other program" is a plain sqlite3 connection holding the write lock (SQLite locks
between connections of one process as between processes). Waits are shortened through the
module's settings; nothing here measures time.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from pimap_desktop import cli
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import explain_database_error, open_database
from tests.factories import mission_data

READ_COMMANDS = [
    ["missions"],
    ["missions", "--json"],
    ["check"],
    ["kpi"],
    ["backup"],
    ["export", "people", "--mission", "PW2027", "--format", "csv", "--out", "{tmp}/people.csv"],
    ["export", "agenda", "--mission", "PW2027", "--out", "{tmp}/agenda.pdf"],
]


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(dbmod, "WRITER_WAIT_SECONDS", 0.3)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "pimap.sqlite"
    database = open_database(path)
    with database.session() as session:
        create_mission(session, mission_data(code="PW2027"))
    database.dispose()
    return path


@pytest.fixture
def writer(database: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of writing: it holds the write lock until the test ends."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE missions SET name = name")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_commands_that_read_do_not_wait_for_a_writer(
    command: list[str],
    database: Path,
    writer: sqlite3.Connection,
    short_waits: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--db", str(database), *(part.format(tmp=tmp_path) for part in command)]
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 0, err
    assert "busy" not in err and "waiting" not in err
    assert writer.in_transaction  # the other program still holds its lock


def test_a_writer_waits_says_so_then_reports_busy_not_damage(
    database: Path,
    writer: sqlite3.Connection,
    short_waits: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(["--db", str(database), "kpi-target", "--year", "2027", "meetings_held=40"])
    err = capsys.readouterr().err
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0].startswith("pimap: waiting: another program is writing to this database")
    assert "is busy: another program" in lines[-1] and "try again" in lines[-1].lower()
    assert "damaged" not in err and "restore" not in err.lower() and "check" not in err
    assert len(lines) == 2


def test_a_writer_goes_on_once_the_other_program_has_finished(
    database: Path, writer: sqlite3.Connection, short_waits: None
) -> None:
    noticed: list[bool] = []

    def other_program_finishes() -> None:  # called when the write starts to wait
        noticed.append(True)
        writer.execute("COMMIT")

    dbmod.WRITER_WAIT_SECONDS = 30.0  # restored by short_waits' monkeypatch
    database_ = open_database(database, on_wait=other_program_finishes)
    try:
        with database_.session() as session, session.begin():
            session.execute(text("UPDATE missions SET name = 'Renamed' WHERE code = 'PW2027'"))
        with database_.session() as session:
            name = session.execute(text("SELECT name FROM missions")).scalar_one()
    finally:
        database_.dispose()
    assert noticed == [True]
    assert name == "Renamed"


def test_opening_an_up_to_date_database_writes_nothing(
    database: Path, writer: sqlite3.Connection, short_waits: None
) -> None:
    # With the write lock held elsewhere, any write at opening would fail here.
    for read_only in (False, True):
        open_database(database, read_only=read_only).dispose()
    reader = open_database(database, read_only=True)
    try:
        with reader.session() as session:
            assert session.execute(text("SELECT count(*) FROM missions")).scalar_one() == 1
    finally:
        reader.dispose()


def test_a_read_only_engine_cannot_write(database: Path) -> None:
    database_ = open_database(database, read_only=True)
    try:
        with pytest.raises(Exception) as caught, database_.session() as session, session.begin():
            session.execute(text("UPDATE missions SET name = 'x'"))
        explained = explain_database_error(caught.value)
        assert explained is not None and "read-only" in str(explained)
    finally:
        database_.dispose()


def _make_read_only(path: Path) -> None:
    """Read-only for whoever runs the tests: the mode for a user, the immutable flag for root
    (root writes whatever the mode says)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return
    result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"root cannot make a file read-only here: {result.stderr.decode().strip()}")


def _make_writable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    path.chmod(0o600)


def test_a_read_only_file_is_read_and_a_write_is_called_read_only(
    database: Path, short_waits: None, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its WAL files exist already (as after any use), so that reading needs no new file.
    open_database(database).dispose()
    _make_read_only(database)
    try:
        assert cli.main(["--db", str(database), "missions"]) == 0
        assert "PW2027" in capsys.readouterr().out
        code = cli.main(["--db", str(database), "kpi-target", "--year", "2027", "followups=3"])
        err = capsys.readouterr().err
    finally:
        _make_writable(database)
    assert code == 1
    assert "is read-only here" in err and "nothing was changed" in err
    assert "damaged" not in err and "busy" not in err


def test_real_driver_errors_are_told_apart(tmp_path: Path, database: Path) -> None:
    with (
        closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as conn,
        pytest.raises(sqlite3.OperationalError) as read_only,
    ):
        conn.execute("UPDATE missions SET name = 'x'")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    with (
        closing(sqlite3.connect(junk)) as conn,
        pytest.raises(sqlite3.DatabaseError) as damaged,
    ):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    said = {
        kind: str(explain_database_error(exc.value))
        for kind, exc in {"read-only": read_only, "damaged": damaged}.items()
    }
    assert "read-only" in said["read-only"] and "damaged" not in said["read-only"]
    assert "is damaged" in said["damaged"] and "pimap restore" in said["damaged"]
    assert explain_database_error(ValueError("no such column: x")) is None


def test_the_window_tells_busy_and_read_only_apart(
    database: Path,
    writer: sqlite3.Connection,
    short_waits: None,
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from pimap_desktop.gui.errors import report_error

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, body: shown.append((title, body)))
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, body: shown.append(("CRITICAL " + title, body))
    )
    failures: list[BaseException] = []
    for read_only in (False, True):
        database_ = open_database(database, writer_wait=0.1, read_only=read_only)
        try:
            with pytest.raises(Exception) as caught, database_.session() as s, s.begin():
                s.execute(text("UPDATE missions SET name = 'x'"))
            failures.append(caught.value)
        finally:
            database_.dispose()
    for failure in failures:
        report_error(None, failure, action="save the mission")
    assert [title for title, _ in shown] == ["Could not save the mission"] * 2
    assert "is busy: another program" in shown[0][1]
    assert "is read-only here" in shown[1][1]
