"""Files that name people are readable by their owner only, whatever the umask: lists,
schedules, follow-ups, a person's own data, printed documents, calendars, packs, wish forms."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from pimap_desktop import cli
from pimap_desktop.store.filemodes import POSIX
from tests.printing_fixtures import PrintableMission

pytestmark = pytest.mark.skipif(not POSIX, reason="file modes are Unix's; Windows uses ACLs")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # what most desktops have: new files readable by everyone
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(db: Path, *argv: str) -> None:
    assert cli.main(["--db", str(db), *argv]) == 0


def test_every_export_is_readable_by_its_owner_only(
    printing_db_path: Path,
    printable: PrintableMission,
    tmp_path: Path,
    loose_umask: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = printable.code
    _run(printing_db_path, "export", "people", "--mission", code, "--format", "csv",
         "--out", str(out / "people.csv"))  # fmt: skip
    _run(printing_db_path, "export", "people", "--mission", code, "--format", "xlsx",
         "--out", str(out / "people.xlsx"))  # fmt: skip
    _run(printing_db_path, "export", "schedule", "--mission", code, "--format", "csv",
         "--out", str(out / "schedule.csv"))  # fmt: skip
    _run(printing_db_path, "export", "followups", "--format", "xlsx",
         "--out", str(out / "followups.xlsx"))  # fmt: skip
    _run(printing_db_path, "export", "badges", "--mission", code, "--no-record",
         "--out", str(out / "badges.pdf"))  # fmt: skip
    _run(printing_db_path, "export", "agenda", "--mission", code, "--out", str(out / "agenda.pdf"))
    _run(printing_db_path, "export", "ics", "--mission", code, "--out", str(out / "programme.ics"))
    _run(printing_db_path, "export", "packs", "--mission", code, "--layout", "separate",
         "--out", str(out / "packs"))  # fmt: skip
    _run(printing_db_path, "b2b", "wish-forms", "--mission", code, "--out", str(out / "wishes"))
    _run(printing_db_path, "export", "people", "--mission", code, "--format", "csv",
         "--out", str(out / "again.csv"))  # fmt: skip
    email = (out / "again.csv").read_text(encoding="utf-8").splitlines()[1].split(",")
    address = next(cell for cell in email if "@" in cell)
    _run(printing_db_path, "person", "export", address, "--out", str(out / "person.json"))
    assert json.loads((out / "person.json").read_text(encoding="utf-8"))
    capsys.readouterr()

    files = [p for p in out.rglob("*") if p.is_file()]
    assert len([p for p in files if p.parent == out / "packs"]) > 3
    loose = {str(p.relative_to(out)): oct(_mode(p)) for p in files if _mode(p) != 0o600}
    assert loose == {}
    assert len([p for p in files if p.parent == out / "wishes"]) > 3
    assert _mode(out / "wishes") == 0o700
    assert _mode(out / "packs") == 0o700  # the folder the export made lists people's names
    assert _mode(out) == 0o755  # a folder the coordinator chose is left as it was
