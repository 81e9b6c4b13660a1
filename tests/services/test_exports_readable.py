"""Exports a person can read as they open (issue 11): the B2B schedule names the people and
their organisations and says "No-show", not `no_show`, with the e-mails kept in their own
columns for a program; the follow-up log's headers are words, not snake_case. Checked on the
demo's Photonics West 2026 (held: meetings held, missed and cancelled), from the service, the
B2B page's writer and `pimap export schedule`."""

from __future__ import annotations

import csv
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.cli import main
from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.models import Meeting, Mission, Person, Registration
from pimap_desktop.domain.rules import to_local
from pimap_desktop.services.b2b.meetings import SCHEDULE_COLUMNS
from pimap_desktop.services.exporting import export_schedule
from pimap_desktop.services.followup.followup import FOLLOWUP_COLUMNS, export_followups

HELD_MISSION = "PW2026"

SCHEDULE_HEADERS = [
    "Start",
    "End",
    "Session",
    "Table",
    "Participant A",
    "Organisation A",
    "E-mail A",
    "Participant B",
    "Organisation B",
    "E-mail B",
    "Status",
]

FOLLOWUP_HEADERS = [
    "Mission",
    "Meeting",
    "Our organisation",
    "Our country",
    "Counterpart",
    "Counterpart's country",
    "Contact",
    "Outcome",
    "Next action",
    "Owner",
    "Due",
    "Done",
    "Notes",
    "EEN rating",
]


def _mission_id(session: Session, code: str = HELD_MISSION) -> uuid.UUID:
    mission_id = session.scalar(select(Mission.id).where(Mission.code == code))
    assert mission_id is not None
    return mission_id


def _expected_people(session: Session, mission_id: uuid.UUID) -> list[tuple[str, ...]]:
    """Per meeting in time order, its two people (by name) as name, organisation, e-mail and
    its status as a person reads it: read from the records, not from the export."""
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.mission_id == mission_id)
        .options(
            selectinload(Meeting.participants)
            .selectinload(Registration.person)
            .selectinload(Person.organisation)
        )
        .order_by(Meeting.starts_at)
    ).all()
    expected: list[tuple[str, ...]] = []
    for meeting in meetings:
        people = sorted(
            (
                (
                    f"{r.person.first_name} {r.person.last_name}",
                    r.person.organisation.name if r.person.organisation else "",
                    r.person.email or "",
                )
                for r in meeting.participants
            ),
            key=lambda person: person[0].casefold(),  # A and B in the order of their names
        )
        label = {
            MeetingStatus.SCHEDULED: "Scheduled",
            MeetingStatus.HELD: "Held",
            MeetingStatus.NO_SHOW: "No-show",
            MeetingStatus.CANCELLED: "Cancelled",
        }[meeting.status]
        expected.append((*people[0], *people[1], label))
    return expected


def _shown_people(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    columns = SCHEDULE_HEADERS[4:]
    return [tuple(row[c] for c in columns) for row in rows]


def test_the_schedule_csv_names_people_and_organisations_and_keeps_their_emails_apart(
    printing_session: Session, tmp_path: Path
) -> None:
    mission_id = _mission_id(printing_session)
    out = tmp_path / "schedule.csv"

    report = export_schedule(printing_session, mission_id, "csv", out)

    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == SCHEDULE_HEADERS == list(SCHEDULE_COLUMNS)
        rows = list(reader)
    expected = _expected_people(printing_session, mission_id)
    assert report.rows == len(rows) == len(expected) > 0
    assert sorted(_shown_people(rows)) == sorted(expected)
    assert {row["Status"] for row in rows} == {"Held", "No-show", "Cancelled"}
    assert "no_show" not in out.read_text(encoding="utf-8-sig")
    for row in rows:
        for side in "AB":
            assert "@" in row[f"E-mail {side}"]  # the e-mails in their own columns…
            assert "@" not in row[f"Participant {side}"] + row[f"Organisation {side}"]
            assert row[f"Participant {side}"] and row[f"Organisation {side}"]  # …names beside
        assert row["Start"].startswith("2026-01-") and row["Start"].endswith("-08:00")
        assert row["Table"].startswith("Table ")


def test_the_schedule_workbook_opens_readable_on_a_meetings_sheet(
    printing_session: Session, tmp_path: Path
) -> None:
    mission_id = _mission_id(printing_session)
    out = tmp_path / "schedule.xlsx"

    export_schedule(printing_session, mission_id, "xlsx", out)

    sheet = load_workbook(out).active
    assert sheet is not None and sheet.title == "Meetings"
    table = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
    zone = "America/Los_Angeles"  # Start and End in the mission's wall-clock time, zone named
    assert table[0] == [f"Start ({zone})", f"End ({zone})", *SCHEDULE_HEADERS[2:]]
    rows = [dict(zip(SCHEDULE_HEADERS, row, strict=True)) for row in table[1:]]
    assert sorted(_shown_people(rows)) == sorted(_expected_people(printing_session, mission_id))
    starts = [row["Start"] for row in rows]
    assert all(isinstance(start, datetime) and start.tzinfo is None for start in starts)
    first = printing_session.scalars(
        select(Meeting.starts_at)
        .where(Meeting.mission_id == mission_id)
        .order_by(Meeting.starts_at)
        .limit(1)
    ).one()
    assert starts[0] == to_local(first, zone).replace(tzinfo=None)
    assert all(row["End"] > row["Start"] for row in rows)
    assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"  # the header stays in view
    assert sheet.auto_filter.ref == f"A1:K{len(rows) + 1}"  # a filter on every column
    widths = {
        header: sheet.column_dimensions[cell.column_letter].width
        for header, cell in zip(SCHEDULE_HEADERS, sheet[1], strict=True)
    }
    longest_email = max(len(row["E-mail A"]) for row in rows)
    assert widths["E-mail A"] >= min(longest_email, 48)  # a column as wide as its e-mails
    assert widths["Status"] < widths["E-mail A"]


def test_pimap_export_schedule_writes_the_readable_columns(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pw2026.csv"
    argv = ["--db", str(printing_db_path), "export", "schedule", "--mission", HELD_MISSION]

    code = main([*argv, "--format", "csv", "--out", str(out)])

    printed, err = capsys.readouterr()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert code == 0 and err == ""
    assert rows[0] == SCHEDULE_HEADERS
    assert printed.strip() == f"{len(rows) - 1} meetings of {HELD_MISSION} written to {out}"
    assert "No-show" in {row[-1] for row in rows[1:]}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_follow_up_log_has_headers_in_words(
    printing_session: Session, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"followups.{fmt}"

    report = export_followups(printing_session, out, fmt)  # type: ignore[arg-type]

    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    else:
        sheet = load_workbook(out).active
        assert sheet is not None
        table = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
    assert table[0] == FOLLOWUP_HEADERS == list(FOLLOWUP_COLUMNS)
    assert not any("_" in header for header in table[0])
    assert report.rows == len(table) - 1 > 0
    outcomes = {row[FOLLOWUP_HEADERS.index("Outcome")] for row in table[1:]}
    assert "MoU signed" in outcomes or "Agreement or contract signed" in outcomes
    assert not any("_" in outcome for outcome in outcomes)
