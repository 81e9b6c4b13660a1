"""``pimap import people``, ``pimap export people`` and ``pimap person export|erase``: real files,
a real database, the exit codes and the one-line errors."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from pimap_desktop.cli import main
from pimap_desktop.store.database import resolve_url

MISSION = [
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

HEADER = [
    "Prénom",
    "Nom",
    "Adresse e-mail",
    "Société",
    "Pays",
    "Rôle",
    "Statut",
    "Arrivée",
    "Hôtel",
]
GOOD = [
    [
        "Amélie",
        "Lefèvre",
        "amelie@lumiphos.example",
        "Lumiphos Optique SAS",
        "France",
        "speaker",
        "confirmed",
        "25/01/2027 15:40",
        "Hotel Zephyr",
    ],
    ["Łucja", "Wałęsa", "lucja@swiatlo.example", "Światło", "PL", "", "", "", ""],
]
BAD = ["Bad", "Address", "bad@@lumiphos.example", "Lumiphos", "FR", "", "", "", ""]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and err.startswith("pimap: ")


def write_csv(path: Path, rows: Sequence[Sequence[str]], delimiter: str = ";") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def rows(db: Path, query: str) -> list[tuple[Any, ...]]:
    """Plain SQL on the database (a file or a server's), as a check apart from PIMAP's code."""
    engine = create_engine(resolve_url(db), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(query))]
    finally:
        engine.dispose()


def count(db: Path, table: str) -> int:
    return int(rows(db, f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture
def db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "--db", str(db_path), *MISSION)[0] == 0
    return db_path


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "inscrits.csv", [HEADER, *GOOD])


# --- import people ----------------------------------------------------------------------------


def test_import_json_has_counts_and_problems_with_rows_and_fields(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "inscrits.csv", [HEADER, GOOD[0], BAD, GOOD[1]])
    code, out, err = run(
        capsys, "--db", str(db), "import", "people", "--mission", "PW2027", str(path), "--json"
    )
    assert code == 1 and one_line(err) and "1 row of" in err
    report = json.loads(out)
    assert (report["created"], report["updated"], report["unchanged"]) == (2, 0, 0)
    [problem] = report["problems"]
    assert set(problem) == {"row", "field", "message"}
    assert (problem["row"], problem["field"]) == (3, "email")
    assert "bad@@lumiphos.example" in problem["message"]
    assert (count(db, "people"), count(db, "registrations")) == (2, 2)
    [(arrival,)] = rows(db, "SELECT arrival_at FROM registrations WHERE hotel != ''")
    assert str(arrival).startswith("2027-01-25 23:40")  # in UTC


def test_a_clean_import_exits_zero_and_a_second_one_is_unchanged(
    db: Path, good_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db), "import", "people", "--mission", "PW2027", str(good_file), "--json"]
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert json.loads(out)["created"] == 2 and json.loads(out)["problems"] == []
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert {k: json.loads(out)[k] for k in ("created", "updated", "unchanged")} == {
        "created": 0,
        "updated": 0,
        "unchanged": 2,
    }


def test_import_text_output_lists_problems_and_near_matches(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_csv(tmp_path / "a.csv", [HEADER, GOOD[0]])
    assert run(capsys, "--db", str(db), "import", "people", str(first))[0] == 0
    near = ["Jean", "Dupont", "jd@lumifos.example", "Lumifos Optique", "FR", "", "", "", ""]
    second = write_csv(tmp_path / "b.csv", [HEADER, near, BAD])
    code, out, _ = run(capsys, "--db", str(db), "import", "people", str(second))
    assert code == 1
    assert "b.csv: 1 created" in out
    assert "row 3, email:" in out
    assert "'Lumifos Optique' was created; it resembles Lumiphos Optique SAS" in out


def test_dry_run_reports_and_writes_nothing(
    db: Path, good_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "import",
        "people",
        "--mission",
        "PW2027",
        str(good_file),
        "--dry-run",
        "--json",
    )
    assert code == 0
    report = json.loads(out)
    assert (report["created"], report["dry_run"]) == (2, True)
    assert (count(db, "people"), count(db, "organisations"), count(db, "registrations")) == (
        0,
        0,
        0,
    )


def test_without_a_mission_people_go_into_the_directory_only(
    db: Path, good_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(db), "import", "people", str(good_file), "--json")
    assert code == 0 and json.loads(out)["registered"] == 0
    assert (count(db, "people"), count(db, "organisations"), count(db, "registrations")) == (
        2,
        2,
        0,
    )


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")


def _old_excel(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("people.csv", _pdf, "PDF"),
        ("people.xls", _old_excel, ".xls"),
        ("missing.csv", None, "does not exist"),
        ("people.xlsx", lambda p: p.write_text("First name,E-mail\n"), "not a valid Excel"),
    ],
    ids=["pdf-renamed-csv", "old-xls", "missing", "fake-xlsx"],
)
def test_an_unreadable_file_is_one_line_and_a_nonzero_exit(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: object,
    words: str,
) -> None:
    path = tmp_path / name
    if callable(make):
        make(path)
    code, out, err = run(capsys, "--db", str(db), "import", "people", str(path), "--json")
    assert code == 1 and out == ""
    assert one_line(err) and words in err and name in err
    assert count(db, "people") == 0


def test_an_unknown_mission_is_one_line_and_writes_nothing(
    db: Path, good_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", str(db), "import", "people", "--mission", "NOPE99", str(good_file)
    )
    assert code == 1 and out == ""
    assert one_line(err) and "NOPE99" in err
    assert count(db, "people") == 0


def test_sheet_picks_a_sheet_of_a_workbook(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Programme"
    first.append(["Heure", "Séance"])
    first.append(["09:00", "Ouverture"])
    visitors = workbook.create_sheet("Visiteurs")
    visitors.append(["Liste des visiteurs — ne pas diffuser"])
    visitors.append(HEADER)
    for row in GOOD:
        visitors.append(row)
    path = tmp_path / "mission.xlsx"
    workbook.save(path)

    code, out, err = run(
        capsys, "--db", str(db), "import", "people", str(path), "--sheet", "visiteurs", "--json"
    )
    assert (code, err) == (0, "") and json.loads(out)["created"] == 2

    code, _, err = run(capsys, "--db", str(db), "import", "people", str(path), "--sheet", "Nope")
    assert code == 1 and one_line(err) and "'Visiteurs'" in err


def test_a_file_without_an_email_column_is_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "noms.csv", [["Prénom", "Nom"], ["Amélie", "Lefèvre"]])
    code, _, err = run(capsys, "--db", str(db), "import", "people", str(path))
    assert code == 1 and one_line(err) and "e-mail" in err


# --- export people and the round trip -----------------------------------------------------------


@pytest.fixture
def filled(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    rows = [
        [*HEADER, "Départ", "Téléphone"],
        [*GOOD[0], "29/01/2027 08:15", "+33 5 56 00 00 01"],
        [*GOOD[1], "", ""],
        [
            "Œdipe",
            "Cœurdelion",
            "oedipe@evil.example",
            "=cmd|' /C calc'!A0",
            "FR",
            "local_participant",
            "no-show",
            "",
            "",
            "",
            "",
        ],
    ]
    path = write_csv(tmp_path / "source.csv", rows)
    code, _, err = run(
        capsys, "--db", str(db), "import", "people", "--mission", "PW2027", str(path)
    )
    assert (code, err) == (0, "")
    return db


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_database_gives_the_same_export(
    filled: Path,
    make_db_path: Callable[[], Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    out = tmp_path / f"people.{fmt}"
    code, text, err = run(
        capsys,
        "--db",
        str(filled),
        "export",
        "people",
        "--mission",
        "PW2027",
        "--format",
        fmt,
        "--out",
        str(out),
    )
    assert (code, err) == (0, "") and "3 registrations" in text and out.exists()

    empty = make_db_path()
    assert run(capsys, "--db", str(empty), *MISSION)[0] == 0
    code, text, err = run(
        capsys, "--db", str(empty), "import", "people", "--mission", "PW2027", str(out), "--json"
    )
    assert (code, err) == (0, "")
    assert json.loads(text)["created"] == 3

    first, again = tmp_path / "first.csv", tmp_path / "again.csv"
    for db, target in ((filled, first), (empty, again)):
        argv = ["--db", str(db), "export", "people", "--mission", "PW2027", "--format", "csv"]
        assert run(capsys, *argv, "--out", str(target))[0] == 0
    assert again.read_bytes() == first.read_bytes()
    rows = list(csv.reader(first.open(encoding="utf-8-sig", newline="")))
    assert "'=cmd|' /C calc'!A0" in {cell for row in rows for cell in row}
    amelie = next(r for r in rows if r[2] == "amelie@lumiphos.example")
    assert amelie[:10] == [
        "Amélie",
        "Lefèvre",
        "amelie@lumiphos.example",
        "Lumiphos Optique SAS",
        "FR",
        "speaker",
        "confirmed",
        "2027-01-25T15:40",
        "2027-01-29T08:15",
        "Hotel Zephyr",
    ]


def test_export_to_a_missing_folder_is_one_line(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "--db",
        str(filled),
        "export",
        "people",
        "--mission",
        "PW2027",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "nowhere" / "people.csv"),
    )
    assert code == 1 and one_line(err) and "does not exist" in err


def test_export_of_an_unknown_mission_is_one_line(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", "people", "--mission", "XX1", "--format", "csv", "--out", str(tmp_path / "x")]
    code, _, err = run(capsys, "--db", str(filled), *argv)
    assert code == 1 and one_line(err) and "XX1" in err
    assert not (tmp_path / "x").exists()


# --- one person's data --------------------------------------------------------------------------


def test_person_export_prints_everything_held_as_json(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", str(filled), "person", "export", " AMELIE@lumiphos.example "
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["person"]["first_name"] == "Amélie"
    assert data["person"]["phone"] == "+33 5 56 00 00 01"
    assert data["organisation"]["name"] == "Lumiphos Optique SAS"
    [registration] = data["registrations"]
    assert (registration["mission"], registration["role"], registration["hotel"]) == (
        "PW2027",
        "speaker",
        "Hotel Zephyr",
    )
    assert registration["arrival"].startswith("2027-01-25T15:40")

    target = tmp_path / "amelie.json"
    code, out, _ = run(
        capsys,
        "--db",
        str(filled),
        "person",
        "export",
        "amelie@lumiphos.example",
        "--out",
        str(target),
    )
    assert code == 0 and str(target) in out
    assert json.loads(target.read_text(encoding="utf-8"))["person"] == data["person"]


def test_person_erase_anonymises_and_keeps_the_counts(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(filled), "person", "erase", "amelie@lumiphos.example")
    assert (code, err) == (0, "") and "erased" in out

    code, out, err = run(capsys, "--db", str(filled), "person", "export", "amelie@lumiphos.example")
    assert code == 1 and out == "" and one_line(err) and "amelie@lumiphos.example" in err

    names = rows(filled, "SELECT first_name, last_name, email, phone FROM people")
    assert ("Erased", "person", None, "") in names
    assert not any("Amélie" in str(row) or "+33" in str(row) for row in names)
    code, out, _ = run(capsys, "--db", str(filled), "missions", "--json")
    assert json.loads(out)[0]["registrations"] == 3

    code, _, err = run(capsys, "--db", str(filled), "person", "erase", "amelie@lumiphos.example")
    assert code == 1 and one_line(err)


def test_person_export_of_someone_unknown_is_one_line(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(filled), "person", "export", "nobody@x.example")
    assert code == 1 and out == "" and one_line(err) and "nobody@x.example" in err


def test_a_failed_import_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pimap_desktop.cli import main

    db = tmp_path / "new.sqlite"
    good = tmp_path / "people.csv"
    good.write_text("first_name,last_name,email\nAna,Silva,a@f.example\n", encoding="utf-8")
    for argv in (
        ["import", "people", str(tmp_path / "missing.csv")],
        ["import", "people", "--mission", "NOPE", str(good)],
        ["import", "people", "--dry-run", str(good)],
    ):
        assert main(["--db", str(db), *argv]) == 1
        assert not db.exists()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 3
