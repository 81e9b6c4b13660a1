"""What `pimap` imports: its help and a bad argument need no database layer (SQLAlchemy, the
models, the services), and no document library; a database at the head revision opens without
Alembic, one at an older revision is upgraded with it. Each command runs in a fresh interpreter,
which lists the modules it imported on the way out."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database

TIMEOUT_S = 120

# Runs `pimap` with the arguments given, then writes the names of the modules imported to the
# file named by its first argument (also after argparse's exit for --help).
RUN_PIMAP = """
import atexit, json, sys
modules_file, *argv = sys.argv[1:]

def _list_modules() -> None:
    with open(modules_file, "w", encoding="utf-8") as handle:
        json.dump(sorted(sys.modules), handle)

atexit.register(_list_modules)
from pimap_desktop.cli import main
sys.exit(main(argv))
"""

# What a command that only prints its help, or refuses its arguments, does not import.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "reportlab",
    "icalendar",
    "keyring",
    "pycountry",
    "email_validator",
    "importlib.metadata",
    "pimap_desktop.domain.models",
    "pimap_desktop.store.database",
    "pimap_desktop.services.missions.missions",
)


def _pimap(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    modules_file = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", RUN_PIMAP, str(modules_file), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    return done, set(json.loads(modules_file.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("--help",), 0),
        (("export", "--help"), 0),
        (("export", "badges", "--help"), 0),
        (("mission", "add", "--help"), 0),
        (("kpi-target", "--help"), 0),
        (("mission", "add", "--code", "X", "--kind", "picnic"), 2),
        (("no-such-command",), 2),
    ],
)
def test_help_and_bad_arguments_import_no_database_layer(
    tmp_path: Path, args: tuple[str, ...], status: int
) -> None:
    done, modules = _pimap(tmp_path, *args)
    assert done.returncode == status, done.stderr
    assert (done.stdout if status == 0 else done.stderr).startswith(("usage: pimap", "pimap: "))
    assert sorted(name for name in modules if name.split(".")[0] in HEAVY or name in HEAVY) == []


def test_version_is_read_when_asked_for(tmp_path: Path) -> None:
    from pimap_desktop import __version__

    done, modules = _pimap(tmp_path, "--version")
    assert (done.returncode, done.stdout) == (0, f"pimap {__version__}\n")
    assert "sqlalchemy" not in modules


def test_a_database_at_the_head_revision_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "pimap.sqlite"
    open_database(path).dispose()
    done, modules = _pimap(tmp_path, "--db", str(path), "missions", "--json")
    assert (done.returncode, json.loads(done.stdout), done.stderr) == (0, [], "")
    assert "sqlalchemy" in modules and "alembic" not in modules
    assert [p.name for p in dbmod.list_backups(path) if "before-upgrade" in p.name] == []


def test_a_database_at_an_older_revision_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "pimap.sqlite"
    engine = dbmod.create_db_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = dbmod._alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id = {dbmod.PIMAP_APPLICATION_ID}")

    done, modules = _pimap(tmp_path, "--db", str(path), "missions", "--json")
    assert (done.returncode, json.loads(done.stdout), done.stderr) == (0, [], "")
    assert "alembic" in modules
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            dbmod.SCHEMA_HEAD,
        )
    assert len([p for p in dbmod.list_backups(path) if "before-upgrade" in p.name]) == 1
