"""`pimap team`: init, add-user, users, upload and download on a real PostgreSQL server
(tests/pg.py), and the refusal of a database file. These tests are about the team database
itself: they take the server's fixtures directly and run on PostgreSQL only (the SQLite
refusal excepted)."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from pimap_desktop.cli import main
from pimap_desktop.domain.models import Base
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import head_revision
from tests.pg import PgServer
from tests.team_db import TeamDb, team_db

__all__ = ["team_db"]

MISSION_ADD = [
    "mission",
    "add",
    "--code",
    "TEAM27",
    "--name",
    "Team mission",
    "--kind",
    "business_mission",
    "--city",
    "Porto",
    "--country",
    "PT",
    "--timezone",
    "Europe/Lisbon",
    "--start",
    "2027-05-03",
    "--end",
    "2027-05-05",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- init


def test_team_init_on_an_empty_database_twice_creates_the_schema_then_changes_nothing(
    pg_empty_database: str, pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", pg_empty_database, "team", "init", "--json")
    assert (code, err) == (0, "")
    first = json.loads(out)
    assert first["revision"] == head_revision() and first["default_privileges"] is True
    assert set(first["roles_created"]) | set(first["roles_existing"]) == {
        "pimap_editor",
        "pimap_viewer",
    }
    code, out, err = run(capsys, "--db", pg_empty_database, "team", "init", "--json")
    assert (code, err) == (0, "")
    second = json.loads(out)
    assert second["roles_created"] == [] and second["tables"] == first["tables"]
    code, out, _ = run(capsys, "--db", pg_empty_database, "team", "init")
    assert code == 0 and "is ready" in out and out.count("\n") == 1

    engine = create_engine(pg_empty_database, poolclass=NullPool)
    with engine.connect() as conn:
        flags = conn.execute(
            text(
                "SELECT rolname, rolcanlogin FROM pg_roles"
                " WHERE rolname IN ('pimap_editor', 'pimap_viewer') ORDER BY rolname"
            )
        ).all()
        assert [tuple(f) for f in flags] == [("pimap_editor", False), ("pimap_viewer", False)]
        tables = conn.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).all()
        assert "registrations" in tables and len(tables) == first["tables"]
        for table in tables:
            rights = conn.execute(
                text(
                    "SELECT has_table_privilege('pimap_editor', :t, 'INSERT, UPDATE, DELETE'),"
                    " has_table_privilege('pimap_viewer', :t, 'SELECT'),"
                    " has_table_privilege('pimap_viewer', :t, 'INSERT'),"
                    " has_table_privilege('pimap_viewer', :t, 'UPDATE'),"
                    " has_table_privilege('pimap_viewer', :t, 'DELETE')"
                ),
                {"t": f"public.{table}"},
            ).one()
            assert tuple(rights) == (True, True, False, False, False), table
    engine.dispose()


@pytest.mark.parametrize(
    "argv",
    [
        ["team", "init"],
        ["team", "add-user", "someone", "--role", "editor"],
        ["team", "users"],
        ["team", "download", "copy.sqlite"],
    ],
)
def test_team_commands_refuse_a_database_file_and_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    db = tmp_path / "laptop.sqlite"
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert "team commands are for a PostgreSQL team database" in err
    assert not db.exists() and not (tmp_path / "copy.sqlite").exists()


def test_team_upload_needs_a_team_database_as_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    assert run(capsys, "--db", str(laptop), *MISSION_ADD)[0] == 0
    code, _, err = run(
        capsys, "--db", str(tmp_path / "other.sqlite"), "team", "upload", str(laptop)
    )
    assert code == 1 and "team commands are for a PostgreSQL team database" in err


# --------------------------------------------------------------------------- users


def test_add_user_prints_the_password_once_and_users_lists_it(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str]
) -> None:
    editor, viewer = team_db.new_name(), team_db.new_name("viewer")
    code, out, err = run(
        capsys, "--db", team_db.url, "team", "add-user", editor, "--role", "editor"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"User {editor} created (editor). Password, shown only this once:"
    password = lines[1]
    assert len(password) >= 32 and len(lines) == 2
    code, out, _ = run(
        capsys, "--db", team_db.url, "team", "add-user", viewer, "--role", "viewer", "--json"
    )
    created = json.loads(out)
    assert code == 0 and created["user"] == viewer and created["role"] == "viewer"
    assert created["password"] != password

    code, out, _ = run(capsys, "--db", team_db.url, "team", "users", "--json")
    listed = {u["user"]: u for u in json.loads(out)}
    assert listed[editor]["role"] == "editor" and listed[viewer]["role"] == "viewer"
    assert listed[editor]["can_login"] is True
    code, out, _ = run(capsys, "--db", team_db.url, "team", "users")
    assert code == 0 and any(line.split() == [editor, "editor"] for line in out.splitlines())


def test_the_password_is_in_no_log_record(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    name = team_db.new_name()
    _code, out, _ = run(
        capsys, "--db", team_db.url, "team", "add-user", name, "--role", "editor", "--json"
    )
    password = json.loads(out)["password"]
    assert caplog.records  # the command did log (the database it opened)
    assert password not in caplog.text
    assert all(password not in str(r.args) for r in caplog.records)


@pytest.mark.parametrize(
    "name",
    ['x"; DROP ROLE postgres; --', "with space", "1starts_with_digit", "pg_reserved", "a" * 64],
)
def test_add_user_refuses_a_bad_name_with_one_line(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, out, err = run(capsys, "--db", team_db.url, "team", "add-user", name, "--role", "viewer")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "cannot be a user name" in err or "reserved" in err


def test_add_user_refuses_an_existing_name(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str]
) -> None:
    name = team_db.new_name()
    assert run(capsys, "--db", team_db.url, "team", "add-user", name, "--role", "viewer")[0] == 0
    code, out, err = run(capsys, "--db", team_db.url, "team", "add-user", name, "--role", "editor")
    assert code == 1 and out == ""
    assert err == f"pimap: error: A database user named '{name}' already exists.\n"


def test_names_with_dots_and_dashes_are_quoted_not_folded(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str]
) -> None:
    name = team_db.new_name("Anna.Silva-PT")
    assert run(capsys, "--db", team_db.url, "team", "add-user", name, "--role", "editor")[0] == 0
    code, out, err = run(capsys, "--db", team_db.url_as(name), "missions", "--json")
    assert (code, err) == (0, "") and json.loads(out) == []


def test_an_editor_may_not_add_users(team_db: TeamDb, capsys: pytest.CaptureFixture[str]) -> None:
    editor = team_db.add("editor").name
    other = team_db.new_name()
    code, out, err = run(
        capsys, "--db", team_db.url_as(editor), "team", "add-user", other, "--role", "editor"
    )
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "Only the team server's administrator" in err


# --------------------------------------------------------------------------- viewers


def test_a_viewer_reads_and_a_write_is_refused_by_the_database_with_a_clear_line(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", team_db.url, *MISSION_ADD)[0] == 0
    viewer = team_db.url_as(team_db.add("viewer").name)
    code, out, _ = run(capsys, "--db", viewer, "missions", "--json")
    assert code == 0 and [m["code"] for m in json.loads(out)] == ["TEAM27"]

    code, out, err = run(capsys, "--db", viewer, *MISSION_ADD[:3], "OTHER", *MISSION_ADD[4:])
    assert code == 1 and out == ""
    assert err == (
        "pimap: error: Your team database account may only read (pimap_viewer): ask a "
        "coordinator with editor rights. Nothing was changed.\n"
    )
    code, out, _ = run(capsys, "--db", viewer, "missions", "--json")
    assert [m["code"] for m in json.loads(out)] == ["TEAM27"]


def test_an_editor_writes(team_db: TeamDb, capsys: pytest.CaptureFixture[str]) -> None:
    editor = team_db.url_as(team_db.add("editor").name)
    code, _, err = run(capsys, "--db", editor, *MISSION_ADD)
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "--db", team_db.url, "missions", "--json")
    assert [m["code"] for m in json.loads(out)] == ["TEAM27"]


# --------------------------------------------------------------------------- upload, download


def _demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    laptop = tmp_path / "laptop.sqlite"
    assert run(capsys, "--db", str(laptop), "demo")[0] == 0
    return laptop


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the models, read through their types, sorted."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return {
                table.name: sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def _sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path)).render_as_string()


def test_upload_of_the_demo_gives_the_same_answers_and_download_gives_the_same_rows(
    pg_empty_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _demo_file(tmp_path, capsys)
    code, out, err = run(capsys, "--db", pg_empty_database, "team", "upload", str(laptop), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["tables"]["missions"] == 8 and report["upgraded_from"] is None
    assert report["rows"] == sum(report["tables"].values())

    answers = {}
    for name, db in (("laptop", str(laptop)), ("team", pg_empty_database)):
        kpi = run(capsys, "--db", db, "kpi", "--json", "--as-of", "2027-12-31")
        missions = run(capsys, "--db", db, "missions", "--json")
        out_file = tmp_path / f"{name}-schedule.csv"
        exported = run(
            capsys,
            "--db",
            db,
            "export",
            "schedule",
            "--mission",
            "PW2026",
            "--format",
            "csv",
            "--out",
            str(out_file),
        )
        assert kpi[0] == missions[0] == exported[0] == 0
        answers[name] = (json.loads(kpi[1]), json.loads(missions[1]), out_file.read_bytes())
    assert answers["laptop"] == answers["team"]
    assert answers["team"][2].count(b"\n") > 10  # the demo's schedule, not an empty file

    copy = tmp_path / "back" / "copy.sqlite"
    copy.parent.mkdir()
    code, out, err = run(capsys, "--db", pg_empty_database, "team", "download", str(copy), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["tables"] == report["tables"]
    assert _rows(_sqlite_url(copy)) == _rows(_sqlite_url(laptop))
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.sqlite"]  # one file, no -wal
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )


def test_upload_refuses_a_team_database_that_holds_data(
    team_db: TeamDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", team_db.url, *MISSION_ADD)[0] == 0
    laptop = tmp_path / "laptop.sqlite"
    assert run(capsys, "--db", str(laptop), *MISSION_ADD[:3], "OTHER", *MISSION_ADD[4:])[0] == 0
    code, out, err = run(capsys, "--db", team_db.url, "team", "upload", str(laptop))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "already holds data (1 missions and 0 people)" in err
    code, out, _ = run(capsys, "--db", team_db.url, "missions", "--json")
    assert [m["code"] for m in json.loads(out)] == ["TEAM27"]


def test_upload_of_an_older_file_upgrades_a_copy_and_leaves_the_file_as_it_was(
    pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _demo_file(tmp_path, capsys)
    engine = dbmod.create_db_engine(_sqlite_url(laptop))
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    engine.dispose()
    before = laptop.read_bytes()
    code, out, err = run(capsys, "--db", pg_database, "team", "upload", str(laptop), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["upgraded_from"] == "0005" and report["tables"]["people"] == 192
    assert laptop.read_bytes() == before


def test_upload_refuses_a_file_of_a_newer_pimap(
    pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    assert run(capsys, "--db", str(laptop), *MISSION_ADD)[0] == 0
    with sqlite3.connect(laptop) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    code, out, err = run(capsys, "--db", pg_database, "team", "upload", str(laptop))
    assert code == 1 and out == "" and "newer version of PIMAP" in err
    code, out, _ = run(capsys, "--db", pg_database, "missions", "--json")
    assert json.loads(out) == []


def test_download_refuses_an_existing_file_unless_forced(
    team_db: TeamDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", team_db.url, *MISSION_ADD)[0] == 0
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"keep me")
    code, out, err = run(capsys, "--db", team_db.url, "team", "download", str(target))
    assert code == 1 and out == "" and "already exists" in err
    assert target.read_bytes() == b"keep me"
    code, out, err = run(capsys, "--db", team_db.url, "team", "download", str(target), "--force")
    assert (code, err) == (0, "") and out.startswith("Saved a copy of ")
    code, out, _ = run(capsys, "--db", str(target), "missions", "--json")
    assert [m["code"] for m in json.loads(out)] == ["TEAM27"]


def test_a_viewer_may_download_a_copy(
    team_db: TeamDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", team_db.url, *MISSION_ADD)[0] == 0
    viewer = team_db.url_as(team_db.add("viewer").name)
    target = tmp_path / "copy.sqlite"
    code, _, err = run(capsys, "--db", viewer, "team", "download", str(target))
    assert (code, err) == (0, "")
    assert _rows(_sqlite_url(target))["missions"] == _rows(team_db.url)["missions"]
