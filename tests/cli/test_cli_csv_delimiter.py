"""`pimap export people|schedule|followups --format csv`: files for the Excel of the user's
region. UTF-8 with a byte-order mark; `;` between cells where the region writes decimals with
a comma (LC_ALL, else LC_NUMERIC, else LANG, read from the environment), `,` elsewhere;
`--delimiter ',' | ';' | tab` says which whatever the region."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from pimap_desktop.cli import main
from pimap_desktop.cli.exports import environment_region
from pimap_desktop.services.b2b.meetings import SCHEDULE_COLUMNS
from pimap_desktop.services.exporting import PEOPLE_COLUMNS
from pimap_desktop.services.followup.followup import FOLLOWUP_COLUMNS

HELD_MISSION = "PW2026"  # the demo's past Photonics West: meetings and follow-ups


def _export(
    capsys: pytest.CaptureFixture[str], db: Path | str, out: Path, what: str, *options: str
) -> tuple[str, list[list[str]]]:
    """Export ``what`` of the held mission to ``out`` as CSV; the delimiter found in the file
    (the one that splits its header into the known columns) and its rows."""
    mission = [] if what == "followups" else ["--mission", HELD_MISSION]
    argv = ["--db", str(db), "export", what, *mission, "--format", "csv", "--out", str(out)]
    assert main([*argv, *options]) == 0
    assert capsys.readouterr().err == ""
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    columns = {"people": PEOPLE_COLUMNS, "schedule": SCHEDULE_COLUMNS}.get(what, FOLLOWUP_COLUMNS)
    [delimiter] = [d for d in ",;\t" if text.splitlines()[0].split(d) == list(columns)]
    return delimiter, list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize(
    ("environment", "delimiter"),
    [
        ({"LANG": "fr_FR.UTF-8"}, ";"),
        ({"LANG": "en_US.UTF-8"}, ","),
        ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "sv_SE.UTF-8"}, ";"),
        ({"LANG": "fi_FI.UTF-8", "LC_NUMERIC": "en_GB.UTF-8"}, ","),
        ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "en_US.UTF-8", "LC_ALL": "pt_PT.UTF-8"}, ";"),
        ({"LANG": "C.UTF-8"}, ","),
        ({}, ","),
    ],
)
def test_the_delimiter_follows_the_region_of_the_environment(
    printing_db_path: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    delimiter: str,
) -> None:
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    found, rows = _export(capsys, printing_db_path, tmp_path / "people.csv", "people")

    assert found == delimiter
    assert len(rows) > 1 and all(len(row) == len(PEOPLE_COLUMNS) for row in rows)


@pytest.mark.parametrize(("option", "delimiter"), [(",", ","), (";", ";"), ("tab", "\t")])
@pytest.mark.parametrize("what", ["people", "schedule", "followups"])
def test_delimiter_option_wins_over_the_region(
    printing_db_path: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    option: str,
    delimiter: str,
) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")  # would be ';'

    found, rows = _export(
        capsys, printing_db_path, tmp_path / f"{what}.csv", what, "--delimiter", option
    )

    assert found == delimiter
    assert len(rows) > 1 and len({len(row) for row in rows}) == 1


def test_an_unknown_delimiter_is_one_line_and_writes_nothing(
    printing_db_path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "people.csv"
    argv = ["--db", str(printing_db_path), "export", "people", "--mission", HELD_MISSION]

    code = main([*argv, "--format", "csv", "--out", str(out), "--delimiter", "|"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("pimap: error: argument --delimiter: invalid choice: '|'")
    assert err.count("\n") == 1
    assert not out.exists()


def test_the_region_is_read_from_lc_all_then_lc_numeric_then_lang() -> None:
    assert environment_region({"LANG": "fi_FI.UTF-8"}) == "fi_FI.UTF-8"
    assert environment_region({"LANG": "fi_FI.UTF-8", "LC_NUMERIC": "en_US"}) == "en_US"
    assert environment_region({"LC_ALL": "sv_SE", "LC_NUMERIC": "en_US", "LANG": "C"}) == "sv_SE"
    assert environment_region({"LC_ALL": "", "LANG": "pt_PT"}) == "pt_PT"  # empty: not set
    assert environment_region({}) is None
