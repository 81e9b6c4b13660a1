"""`pimap export catalogue`: the matchmaking catalogue from the command line, on the demo's
Photonics West (with the printing fixtures' Danish firm)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from pimap_desktop.cli import main


def _headings(path: Path) -> list[str]:
    """The top-level bookmarks: the groups, then the index."""
    return [str(e.title) for e in PdfReader(path).outline if isinstance(e, Destination)]


def _export(db: Path, out: Path, *options: str) -> int:
    return main(
        ["--db", str(db), "export", "catalogue", "--mission", "PW2027", "--out", str(out), *options]
    )


def test_catalogue_by_sector_on_letter_prints_a_json_summary(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "catalogue.pdf"
    code = _export(printing_db_path, out, "--paper", "letter", "--group-by", "sector", "--json")
    assert code == 0, capsys.readouterr().err
    summary = json.loads(capsys.readouterr().out)
    assert summary["document"] == "catalogue"
    assert summary["paths"] == [str(out)]
    reader = PdfReader(out)
    assert summary["pages"] == len(reader.pages) > 2
    assert summary["items"] > 10  # organisations listed
    assert any(s.endswith("organisations not listed: no consent") for s in summary["skipped"])
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    headings = _headings(out)
    assert headings[0] == "Advanced manufacturing"
    assert headings[-1] == "Index of organisations"
    assert "Denmark" not in headings


def test_catalogue_groups_by_country_by_default_and_says_what_was_left_out(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "catalogue.pdf"
    assert _export(printing_db_path, out) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("catalogue of PW2027: 1 file, ")
    assert " organisations, written to " in printed[0]
    assert any(line.strip().startswith("left out: ") for line in printed[1:])
    assert _headings(out)[:2] == ["Denmark", "Finland"]
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    assert "Œrsted Ørsted Optik ApS" in "".join(p.extract_text() for p in PdfReader(out).pages)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--group-by", "city"], "city"),
        (["--paper", "a3"], "a3"),
        (["--person", "someone@optik.example"], "leave out --person"),
    ],
)
def test_catalogue_refusals_write_nothing(
    printing_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    out = tmp_path / "catalogue.pdf"
    assert _export(printing_db_path, out, *options) == 1
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert list(tmp_path.glob(".*part")) == []


def test_catalogue_of_a_mission_without_participants_is_refused(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mission = [
        *("--db", str(printing_db_path), "mission", "add", "--code", "EMPTY27"),
        *("--name", "Empty workshop", "--kind", "workshop", "--city", "Bordeaux"),
        *("--country", "FR", "--timezone", "Europe/Paris"),
        *("--start", "2027-03-01", "--end", "2027-03-01"),
    ]
    assert main(mission) == 0
    capsys.readouterr()
    out = tmp_path / "catalogue.pdf"
    args = ["--db", str(printing_db_path), "export", "catalogue", "--mission", "EMPTY27"]
    assert main([*args, "--out", str(out)]) == 1
    assert "No organisation to list in the catalogue of EMPTY27" in capsys.readouterr().err
    assert not out.exists()


def test_refused_grouping_does_not_create_a_database(tmp_path: Path) -> None:
    db_path = tmp_path / "none.sqlite"
    assert _export(db_path, tmp_path / "x.pdf", "--group-by", "size") == 1
    assert not db_path.exists()
