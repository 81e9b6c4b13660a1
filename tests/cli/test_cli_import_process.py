"""``pimap import people`` as a process of its own, the way a coordinator runs it: a file of a
few hundred people goes in whole, with its audit log, and the process ends cleanly though it
lets Python skip its last sweep of the cycle collector (the database closed and checkpointed,
the log written)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.cli.test_cli_import import MISSION

TIMEOUT_S = 120
ROWS = 300


def _pimap(*args: str) -> subprocess.CompletedProcess[str]:
    script = shutil.which("pimap", path=os.path.dirname(sys.executable))
    assert script is not None, "the pimap console script is not installed"
    return subprocess.run(
        [script, *args], capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )


def test_an_import_process_writes_everything_and_closes_the_database(tmp_path: Path) -> None:
    db = tmp_path / "pimap.sqlite"
    assert _pimap("--db", str(db), *MISSION).returncode == 0
    people = tmp_path / "people.csv"
    with people.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Prénom", "Nom", "E-mail", "Société", "Pays"])
        for n in range(ROWS):
            writer.writerow(
                [f"Anna{n}", "Väisänen", f"a{n}@kaamos.example", f"Kaamos {n % 7}", "FI"]
            )

    done = _pimap("--db", str(db), "import", "people", str(people), "--mission", "PW2027", "--json")

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    report = json.loads(done.stdout)
    assert (report["created"], report["registered"], report["organisations_created"]) == (
        ROWS,
        ROWS,
        7,
    )
    # Every connection closed: SQLite took the write-ahead log back into the file.
    assert not Path(f"{db}-wal").exists()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone() == (ROWS,)
        assert conn.execute("SELECT count(*) FROM registrations").fetchone() == (ROWS,)
        logged = conn.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'registrations'"
        ).fetchone()
        assert logged == (ROWS,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    log = "\n".join(
        path.read_text(encoding="utf-8") for path in (tmp_path / "xdg-state").rglob("pimap.log")
    )
    assert f"people import from {ROWS} rows: {ROWS} created" in log
