"""`pimap export agenda|badges|packs|tableplan|ics` and `pimap import agenda` on a real database."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pimap_desktop.cli import main
from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.models import Mission, Person, ProgrammeItem, Registration
from pimap_desktop.store.database import open_database
from tests.printing_fixtures import PrintableMission


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _email(db_path: Path, registration_id: object) -> str:
    database = open_database(db_path)
    try:
        with database.session() as session:
            email = session.scalar(
                select(Person.email)
                .join(Registration, Registration.person_id == Person.id)
                .where(Registration.id == registration_id)
            )
    finally:
        database.dispose()
    assert email
    return email


def _badge_counts(db_path: Path) -> dict[object, int]:
    database = open_database(db_path)
    try:
        with database.session() as session:
            return {
                r: n
                for r, n in session.execute(select(Registration.id, Registration.badges_printed))
            }
    finally:
        database.dispose()


def test_badges_for_one_person_are_written_and_counted(
    printing_db_path: Path,
    printable: PrintableMission,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    registration = printable.hard["Œrsted"]
    email = _email(printing_db_path, registration)
    out = tmp_path / "badge.pdf"
    before = _badge_counts(printing_db_path)
    code = main(
        [
            *("--db", str(printing_db_path), "export", "badges", "--mission", "PW2027"),
            *("--person", email, "--out", str(out), "--layout", "4x3", "--json"),
        ]
    )
    assert code == 0, capsys.readouterr().err
    summary = json.loads(capsys.readouterr().out)
    assert summary["document"] == "badges"
    assert summary["items"] == 1
    assert summary["paths"] == [str(out)]
    assert "Łukasz" in _text(out)
    after = _badge_counts(printing_db_path)
    assert {r: n - before[r] for r, n in after.items() if n != before[r]} == {registration: 1}


def test_badges_without_recording(printing_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    before = _badge_counts(printing_db_path)
    args = ["--db", str(printing_db_path), "export", "badges", "--mission", "pw2027"]
    assert main([*args, "--out", str(out), "--no-record"]) == 0
    assert len(PdfReader(out).pages) >= 2
    assert _badge_counts(printing_db_path) == before


def test_everyone_s_badges_leave_out_unconfirmed_people_unless_all_statuses(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(printing_db_path)
    try:
        with database.session() as session:
            statuses = list(
                session.scalars(
                    select(Registration.status)
                    .join(Mission, Mission.id == Registration.mission_id)
                    .where(Mission.code == "PW2027")
                )
            )
    finally:
        database.dispose()
    coming = sum(
        s in (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED) for s in statuses
    )
    unconfirmed = sum(
        s in (RegistrationStatus.INVITED, RegistrationStatus.WAITLISTED) for s in statuses
    )
    args = ["--db", str(printing_db_path), "export", "badges", "--mission", "PW2027", "--no-record"]

    assert main([*args, "--out", str(tmp_path / "some.pdf")]) == 0
    said = capsys.readouterr().out
    assert f", {coming} badge" in said
    assert f"  left out: {unconfirmed} invited or wait-listed people get no badge" in said

    assert main([*args, "--all-statuses", "--out", str(tmp_path / "all.pdf"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["items"], summary["skipped"]) == (coming + unconfirmed, [])


def test_personal_agenda_on_letter(
    printing_db_path: Path, printable: PrintableMission, tmp_path: Path
) -> None:
    email = _email(printing_db_path, printable.hard["Long"])
    out = tmp_path / "agenda.pdf"
    args = ["--db", str(printing_db_path), "export", "agenda", "--mission", "PW2027"]
    assert main([*args, "--person", email, "--paper", "letter", "--out", str(out)]) == 0
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert "Wolfeschlegelsteinhausenbergerdorff" in _text(out).replace("\n", "")


def test_packs_one_file_each(
    printing_db_path: Path,
    printable: PrintableMission,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    emails = [_email(printing_db_path, printable.hard[k]) for k in ("Œrsted", "Ørsted")]
    folder = tmp_path / "packs"
    args = ["--db", str(printing_db_path), "export", "packs", "--mission", "PW2027"]
    people = [part for email in emails for part in ("--person", email)]
    assert main([*args, *people, "--layout", "separate", "--out", str(folder), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["items"] == 2
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    assert {Path(p) for p in summary["paths"]} == set(files)


def test_large_print_table_plan(printing_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables.pdf"
    args = ["--db", str(printing_db_path), "export", "tableplan", "--mission", "PW2027"]
    assert main([*args, "--layout", "large", "--out", str(out)]) == 0
    assert "Table 1" in _text(out)


def test_calendar_export_parses_back(printing_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "pw.ics"
    assert (
        main(
            [
                "--db",
                str(printing_db_path),
                "export",
                "ics",
                "--mission",
                "PW2027",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    database = open_database(printing_db_path)
    try:
        with database.session() as session:
            items = session.scalars(select(ProgrammeItem).join(ProgrammeItem.mission)).all()
            pw_items = [i for i in items if i.mission.code == "PW2027"]
            assert len(events) == len(pw_items)
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["badges", "--paper", "a3"], "a3"),
        (["badges", "--layout", "business-card"], "business-card"),
        (["tableplan", "--layout", "round"], "round"),
        (["packs", "--person", "nobody@nowhere.example"], "nobody@nowhere.example"),
        (["agenda", "--mission", "NOPE"], "NOPE"),
    ],
)
def test_refusals_write_nothing(
    printing_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "out.pdf"
    kind, options = extra[0], extra[1:]
    mission = [] if "--mission" in options else ["--mission", "PW2027"]
    code = main(
        ["--db", str(printing_db_path), "export", kind, *mission, *options, "--out", str(out)]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert list(tmp_path.glob(".*part")) == []


def test_refused_paper_does_not_create_a_database(tmp_path: Path) -> None:
    db_path = tmp_path / "none.sqlite"
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "agenda",
            "--mission",
            "X",
            "--paper",
            "a5",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1
    assert not db_path.exists()


PARTNER = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Partner//Agenda//EN\r
BEGIN:VEVENT\r
UID:partner-visit-1@partner.example\r
DTSTAMP:20261101T120000Z\r
DTSTART:20270126T170000Z\r
DTEND:20270126T180000Z\r
SUMMARY:Lab tour at the partner's campus\r
LOCATION:Partner campus\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_import_agenda_then_again_creates_nothing(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "partner.ics"
    ics.write_text(PARTNER, encoding="utf-8", newline="")
    args = [
        "--db",
        str(printing_db_path),
        "import",
        "agenda",
        "--mission",
        "PW2027",
        str(ics),
        "--json",
    ]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["created"], first["updated"]) == (1, 0)
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 1)


def test_broken_calendar_is_refused_before_the_database_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "broken.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", encoding="utf-8")
    db_path = tmp_path / "db.sqlite"
    code = main(["--db", str(db_path), "import", "agenda", "--mission", "PW2027", str(ics)])
    assert code == 1
    assert "broken.ics" in capsys.readouterr().err
    assert not db_path.exists()


def test_export_followups_as_csv_reads_back(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    from pimap_desktop.services.followup.followup import FOLLOWUP_COLUMNS, list_followups

    out = tmp_path / "followups.csv"
    args = ["--db", str(printing_db_path), "export", "followups", "--format", "csv"]
    assert main([*args, "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == FOLLOWUP_COLUMNS
    database = open_database(printing_db_path)
    try:
        with database.session() as session:
            expected = list_followups(session)
    finally:
        database.dispose()
    assert summary["rows"] == len(rows) - 1 == len(expected) > 0
    assert sorted(r[FOLLOWUP_COLUMNS.index("Outcome")] for r in rows[1:]) == sorted(
        f.outcome.label for f in expected
    )
