"""Requests and availability from real files: headers in the partners' languages, each row's
verdict before anything is written, one transaction, and an undo that puts everything back.
Also the unscheduled requests counted from the data, and availability set by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Availability, MeetingRequest
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b.imports import (
    Kind,
    Verdict,
    import_availability,
    import_requests,
    recognise_columns,
)
from pimap_desktop.services.b2b.scheduling.instance import (
    NO_SESSION_YET,
    schedule_mission,
    unscheduled_now,
)
from pimap_desktop.services.importing.reading import read_table
from pimap_desktop.services.registrations.registrations import register_people, set_status
from tests.factories import add_person

SESSION = b2b.SessionData(date(2027, 1, 27), time(13, 30), time(15, 0), 20, 5, 1)


@pytest.fixture
def people(session: Session, mission_id: uuid.UUID) -> dict[str, uuid.UUID]:
    persons = [
        add_person(session, "Aurélie", "Gonçalves", "a@x.example"),
        add_person(session, "Björn", "Ek", "b@x.example"),
        add_person(session, "Cátia", "Sá", "c@x.example"),
        add_person(session, "Dmitri", "Laine", "d@x.example"),
    ]
    add_person(session, "Outside", "Mission", "outside@x.example")
    ids = register_people(session, mission_id, [p.id for p in persons]).registered
    return dict(zip("abcd", ids, strict=True))


def _requests(session: Session) -> set[tuple[uuid.UUID, uuid.UUID, int]]:
    session.expire_all()
    return {
        (q.requester_id, q.target_id, q.priority) for q in session.scalars(select(MeetingRequest))
    }


def test_french_semicolon_cp1252_file_gets_a_verdict_per_row_with_its_own_row_number(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "souhaits.csv"
    path.write_bytes(
        (
            "Demandeur;Souhaite rencontrer;Priorité\r\n"
            "a@x.example;b@x.example;1\r\n"
            "A@X.example ;b@x.example;2\r\n"  # the same pair again
            "a@x.example;outside@x.example;1\r\n"
            "a@x.example;nobody@x.example;1\r\n"
            "c@x.example;c@x.example;\r\n"
            "c@x.example;d@x.example;4\r\n"
            "d@x.example;a@x.example;\r\n"
        ).encode("cp1252")
    )
    table = read_table(path)
    preview = import_requests(session, mission_id, table, dry_run=True)
    assert _requests(session) == set()  # a dry run writes nothing
    verdicts = {v.row: v for v in preview.verdicts}
    assert [v.verdict for v in preview.verdicts] == [
        Verdict.NEW,
        Verdict.SKIPPED,
        Verdict.SKIPPED,
        Verdict.SKIPPED,
        Verdict.SKIPPED,
        Verdict.SKIPPED,
        Verdict.NEW,
    ]
    assert "the same request as row 2" in verdicts[3].text
    assert "not registered in this mission" in verdicts[4].text
    assert "unknown" in verdicts[5].text
    assert "a request to oneself" in verdicts[6].text
    assert "'4' is not 1, 2 or 3" in verdicts[7].text
    assert verdicts[2].text == "Aurélie Gonçalves → Björn Ek, priority 1"

    done = import_requests(session, mission_id, table)
    assert (done.report.created, len({p.row for p in done.report.problems})) == (2, 5)
    assert _requests(session) == {(people["a"], people["b"], 1), (people["d"], people["a"], 2)}
    done.undo.undo(session)
    assert _requests(session) == set()


def test_an_import_that_changes_a_priority_is_undone_to_the_old_one(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    b2b.set_request(session, mission_id, people["a"], people["b"], 3)
    path = tmp_path / "r.csv"
    path.write_text("requester_email,target_email,priority\na@x.example,b@x.example,1\n")
    result = import_requests(session, mission_id, read_table(path))
    assert [v.verdict for v in result.verdicts] == [Verdict.UPDATE]
    assert result.verdicts[0].text.endswith("priority 3 → 1")
    assert _requests(session) == {(people["a"], people["b"], 1)}
    again = import_requests(session, mission_id, read_table(path))
    assert [v.verdict for v in again.verdicts] == [Verdict.UNCHANGED]
    result.undo.undo(session)
    assert _requests(session) == {(people["a"], people["b"], 3)}


def test_a_cancelled_participant_is_refused_by_name_of_the_reason(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    set_status(session, [people["b"]], RegistrationStatus.CANCELLED)
    path = tmp_path / "r.csv"
    path.write_text("From,To\na@x.example,b@x.example\n")
    result = import_requests(session, mission_id, read_table(path))
    [problem] = result.report.problems
    assert (problem.row, problem.field) == (2, "target_email")
    assert "does not take part (cancelled)" in problem.message


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        (["Solicitante", "Alvo", "Prioridade"], Kind.REQUESTS),
        (["Pyytäjä", "Haluaa tavata"], Kind.REQUESTS),
        (["Requester e-mail", "Wants to meet", "Priority"], Kind.REQUESTS),
        (["Sähköposti", "Alku", "Loppu"], Kind.AVAILABILITY),
        (["Adresse e-mail", "Date", "De", "À"], Kind.AVAILABILITY),
    ],
)
def test_headers_in_the_partners_languages_are_recognised(headers: list[str], kind: Kind) -> None:
    found = recognise_columns(kind, headers, "f.csv")
    assert len(found) == len(headers)


def test_a_file_without_the_columns_is_refused_naming_file_and_columns() -> None:
    with pytest.raises(ValidationError, match=r"people\.csv: no column for target_email.*'Name'"):
        recognise_columns(Kind.REQUESTS, ["Requester", "Name"], "people.csv")


def test_availability_with_date_and_times_replaces_windows_and_undo_restores(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    before = [(datetime(2027, 1, 27, 21, 30, tzinfo=UTC), datetime(2027, 1, 27, 22, 0, tzinfo=UTC))]
    b2b.set_availability(session, people["a"], before)
    path = tmp_path / "dispo.csv"
    path.write_text(
        "E-mail;Date;De;À\n"
        "a@x.example;2027-01-27;14:00;15:00\n"
        "a@x.example;2027-01-28;09:00;08:00\n"
        "b@x.example;2027-02-15;09:00;10:00\n",
        encoding="utf-8",
    )
    result = import_availability(session, mission_id, read_table(path))
    assert [(v.row, v.verdict) for v in result.verdicts] == [
        (2, Verdict.NEW),
        (3, Verdict.SKIPPED),
        (4, Verdict.SKIPPED),
    ]
    assert "PST" in result.verdicts[0].text
    assert "outside the mission" in result.verdicts[2].text
    windows = b2b.availability_windows(session, mission_id)
    assert windows == {
        people["a"]: [
            (datetime(2027, 1, 27, 22, 0, tzinfo=UTC), datetime(2027, 1, 27, 23, 0, tzinfo=UTC))
        ]
    }
    result.undo.undo(session)
    assert b2b.availability_windows(session, mission_id) == {people["a"]: before}


def test_set_availability_refuses_a_window_that_ends_before_it_starts(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    start = datetime(2027, 1, 27, 22, 0, tzinfo=UTC)
    with pytest.raises(ValidationError):
        b2b.set_availability(session, people["a"], [(start, start)])
    assert session.scalars(select(Availability)).all() == []


def test_unscheduled_requests_are_counted_from_the_data_not_from_a_run(
    db: object, session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    b2b.set_request(session, mission_id, people["a"], people["b"], 1)
    b2b.set_request(session, mission_id, people["c"], people["d"], 2)
    without_session = unscheduled_now(session, mission_id)
    assert [(u.requester, u.reason_text) for u in without_session] == [
        ("Aurélie Gonçalves", NO_SESSION_YET),
        ("Cátia Sá", NO_SESSION_YET),
    ]
    b2b.add_session(session, mission_id, SESSION)
    assert len(unscheduled_now(session, mission_id)) == 2
    # c cannot meet during the session: that request has no common availability.
    b2b.set_availability(
        session,
        people["c"],
        [(datetime(2027, 1, 28, 17, 0, tzinfo=UTC), datetime(2027, 1, 28, 18, 0, tzinfo=UTC))],
    )
    schedule_mission(db.sessions, mission_id, time_limit=2)  # type: ignore[attr-defined]
    [left] = unscheduled_now(session, mission_id)
    assert (left.requester, left.target, left.reason_text) == (
        "Cátia Sá",
        "Dmitri Laine",
        "no common availability",
    )
    # The meeting removed by hand makes its request unscheduled again.
    [meeting] = b2b.list_meetings(session, mission_id)
    b2b.delete_meeting(session, meeting.id)
    assert {u.requester for u in unscheduled_now(session, mission_id)} == {
        "Aurélie Gonçalves",
        "Cátia Sá",
    }
