"""The ``pimap`` command: exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pimap_desktop.cli import main

ADD = [
    "mission",
    "add",
    "--code",
    "PW2027",
    "--name",
    "Photonics West 2027",
    "--kind",
    "business_mission",
    "--city",
    "San Francisco",
    "--country",
    "US",
    "--timezone",
    "America/Los_Angeles",
    "--start",
    "2027-01-24",
    "--end",
    "2027-01-29",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_mission_add_creates_the_database_and_missions_json_lists_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "pimap.sqlite"
    code, out, err = run(capsys, "--db", str(db), *ADD)
    assert (code, err) == (0, "")
    assert "PW2027" in out and db.exists()
    code, out, _ = run(capsys, "--db", str(db), "missions", "--json")
    assert code == 0
    [mission] = json.loads(out)
    assert {k: mission[k] for k in ("code", "kind", "city", "country", "timezone")} == {
        "code": "PW2027",
        "kind": "business_mission",
        "city": "San Francisco",
        "country": "US",
        "timezone": "America/Los_Angeles",
    }
    assert (mission["start"], mission["end"], mission["status"]) == (
        "2027-01-24",
        "2027-01-29",
        "draft",
    )
    assert mission["name"] == "Photonics West 2027"


def test_db_option_is_accepted_after_the_command_too(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_path
    assert run(capsys, *ADD, "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "missions", "--db", str(db))
    assert code == 0 and "PW2027" in out


def test_pimap_db_environment_variable_is_used(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIMAP_DB", str(db_path))
    assert run(capsys, *ADD)[0] == 0
    code, out, _ = run(capsys, "missions")
    assert code == 0 and "PW2027" in out


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"--timezone": "Pacific/Nowhere"}, "not a known time zone"),
        ({"--end": "2027-01-01"}, "ends"),
        ({"--kind": "party"}, "one of"),
        ({"--start": "26/01/2027"}, "not a date"),
    ],
)
def test_bad_mission_input_is_one_line_on_stderr_and_a_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, str], words: str
) -> None:
    argv = list(ADD)
    for option, value in change.items():
        argv[argv.index(option) + 1] = value
    code, out, err = run(capsys, "--db", str(tmp_path / "p.sqlite"), *argv)
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and words in err


def test_duplicate_code_is_refused(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    assert run(capsys, "--db", db, *ADD)[0] == 0
    code, _, err = run(capsys, "--db", db, *ADD)
    assert code == 1 and "already used" in err and len(err.strip().splitlines()) == 1


def test_missing_arguments_and_unknown_commands_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["mission", "add", "--code", "X1"], ["frobnicate"], []):
        code, _, err = run(capsys, "--db", str(tmp_path / "p.sqlite"), *argv)
        assert code == 2
        assert len(err.strip().splitlines()) == 1 and err.startswith("pimap: error:")


def test_listing_a_database_that_does_not_exist_does_not_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "typo.sqlite"
    code, _, err = run(capsys, "--db", str(db), "missions")
    assert code == 1 and "no PIMAP database" in err
    assert not db.exists()


def test_check_passes_on_a_good_database_and_fails_on_a_damaged_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.sqlite"
    assert run(capsys, "--db", str(db), *ADD)[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "check", "--json")
    assert code == 0 and json.loads(out) == {"ok": True, "problems": []}
    with sqlite3.connect(db) as raw:  # a venue of a mission that does not exist
        raw.execute(
            "INSERT INTO venues (id, mission_id, name, address, city, notes, created_at,"
            " updated_at) VALUES ('00000000000000000000000000000009',"
            " '0000000000000000000000000000dead', 'Hall', '', '', '',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1 and "damaged" in err and len(err.strip().splitlines()) == 1


def test_check_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    code, _, err = run(capsys, "--db", str(path), "check")
    assert code == 1 and "not an SQLite file" in err
    assert path.read_text() == "not a database"


def test_installed_console_script_runs(tmp_path: Path) -> None:
    script = shutil.which("pimap", path=os.path.dirname(sys.executable))
    assert script is not None, "the pimap console script is not installed"
    done = subprocess.run(
        [script, "--db", str(tmp_path / "p.sqlite"), "missions", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "no PIMAP database" in done.stderr


def test_refused_mission_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = list(ADD)
    argv[argv.index("--timezone") + 1] = "Mars/Base"
    code, _, err = run(capsys, "--db", str(tmp_path / "new.sqlite"), *argv)
    assert code == 1 and "not a known time zone" in err
    assert not (tmp_path / "new.sqlite").exists() and not (tmp_path / "backups").exists()


def test_demo_force_backs_up_what_it_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.sqlite"
    assert run(capsys, "--db", str(db), *ADD)[0] == 0
    code, _, err = run(capsys, "--db", str(db), "demo")
    assert code == 1 and "--force" in err
    assert run(capsys, "--db", str(db), "demo", "--force")[0] == 0
    [backup] = [p for p in (tmp_path / "backups").iterdir() if "before-demo" in p.name]
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT code FROM missions").fetchall() == [("PW2027",)]


def test_check_reports_a_damaged_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.sqlite"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[page_size * 5 : page_size * 6] = b"\xff" * page_size  # one page overwritten
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and err.strip()
