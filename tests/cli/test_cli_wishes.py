"""`pimap b2b wish-forms` and `pimap import wishes`, on the demo's Photonics West 2027."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from pimap_desktop.cli import main
from pimap_desktop.domain.models import Availability, MeetingRequest, Person, Registration
from pimap_desktop.services.b2b.wishes import NOT_SHARED
from pimap_desktop.services.missions.missions import get_mission_by_code
from pimap_desktop.store.database import open_database
from tests.wish_forms import fill_form, form_emails, form_rows, raw_emails


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _held(db_path: Path, email: str) -> tuple[dict[str, int], list[tuple[datetime, datetime]]]:
    """The requests (target registration id, as a form's Ref -> priority) and windows of one
    PW2027 participant."""
    database = open_database(db_path)
    try:
        with database.session() as session:
            mission = get_mission_by_code(session, "PW2027")
            registration = session.scalars(
                select(Registration)
                .join(Person, Person.id == Registration.person_id)
                .where(Registration.mission_id == mission.id, Person.email == email)
            ).one()
            requests = {
                str(q.target_id): q.priority
                for q in session.scalars(
                    select(MeetingRequest).where(MeetingRequest.requester_id == registration.id)
                )
            }
            windows = [
                (w.starts_at, w.ends_at)
                for w in session.scalars(
                    select(Availability)
                    .where(Availability.registration_id == registration.id)
                    .order_by(Availability.starts_at)
                )
            ]
            return requests, windows
    finally:
        database.dispose()


def _forms(
    capsys: pytest.CaptureFixture[str], db: Path, out: Path, *extra: str, code: str = "PW2027"
) -> dict[str, Any]:
    status, stdout, _ = _run(
        capsys, "--db", str(db), "b2b", "wish-forms", "--mission", code, "--out", str(out),
        *extra, "--json",
    )  # fmt: skip
    assert status == 0
    result: dict[str, Any] = json.loads(stdout)
    return result


def _empty_rows(path: Path, count: int, *, shared: bool | None = None) -> list[str]:
    """Refs of counterparts the participant has not asked for yet; ``shared``: only those
    whose e-mail the form shows (True) or does not (False)."""
    shown = form_emails(path)
    refs = [
        ref
        for ref, (_, priority) in form_rows(path).items()
        if priority is None and (shared is None or (shown[ref] != NOT_SHARED) == shared)
    ]
    assert len(refs) >= count
    return refs[:count]


def _consents(db_path: Path) -> dict[str, bool]:
    """E-mail (lower-case) -> consent to be contacted, of everyone in the directory."""
    database = open_database(db_path)
    try:
        with database.session() as session:
            return {
                p.email.lower(): p.consent_contact
                for p in session.scalars(select(Person))
                if p.email
            }
    finally:
        database.dispose()


def test_forms_filled_and_imported_become_requests_and_utc_availability(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(printing_db_path)
    summary = _forms(
        capsys, printing_db_path, tmp_path / "forms", "--delegation", "us PARTICIPANTS"
    )
    assert summary["participants"] == len(summary["files"]) > 0
    assert {"files", "participants", "counterparts", "forms"} <= set(summary)
    assert all(Path(f).is_file() and Path(f).parent == tmp_path / "forms" for f in summary["files"])
    form = summary["forms"][0]
    path, email = Path(form["file"]), form["email"]
    # One counterpart whose e-mail the form shows, one whose e-mail it does not.
    [first] = _empty_rows(path, 1, shared=True)
    [third] = _empty_rows(path, 1, shared=False)
    before, _ = _held(printing_db_path, email)
    fill_form(path, {first: 1, third: 3}, availability=[("2027-01-27", "14:00", "15:30")])

    status, out, err = _run(
        capsys, "--db", db, "import", "wishes", "--mission", "PW2027", str(path), "--json"
    )
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert (report["created"], report["updated"], report["availability"]) == (2, 0, 1)
    assert report["dry_run"] is False and report["problems"] == []
    assert [f["file"] for f in report["files"]] == [str(path)]
    requests, windows = _held(printing_db_path, email)
    assert requests == {**before, first: 1, third: 3}
    # 14:00-15:30 in San Francisco in January is 22:00-23:30 UTC.
    assert windows == [
        (datetime(2027, 1, 27, 22, 0, tzinfo=UTC), datetime(2027, 1, 27, 23, 30, tzinfo=UTC))
    ]

    status, out, _ = _run(
        capsys, "--db", db, "import", "wishes", "--mission", "PW2027", str(path), "--json"
    )
    again = json.loads(out)
    assert status == 0
    assert (again["created"], again["updated"], again["availability"]) == (0, 0, 0)


def test_a_bad_row_is_named_by_file_and_row_and_the_good_rows_land(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = _forms(capsys, printing_db_path, tmp_path / "forms")
    form = summary["forms"][0]
    path = Path(form["file"])
    bad, good = _empty_rows(path, 2)
    rows = fill_form(path, {bad: "4", good: 2})
    status, out, err = _run(
        capsys, "--db", str(printing_db_path), "import", "wishes", "--mission", "PW2027",
        str(tmp_path / "forms"),
    )  # fmt: skip
    assert status == 1
    assert f"{path}, row {rows[bad]}, Priority: '4' is not 1, 2 or 3" in out
    assert len(err.strip().splitlines()) == 1 and "1 problem in 1 file" in err
    requests, _ = _held(printing_db_path, form["email"])
    assert requests[good] == 2 and bad not in requests


def test_a_form_of_another_mission_is_refused_with_that_reason(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = _forms(capsys, printing_db_path, tmp_path / "old", code="PW2026")
    path = Path(summary["files"][0])
    fill_form(path, {_empty_rows(path, 1)[0]: 1})
    status, out, _ = _run(
        capsys, "--db", str(printing_db_path), "import", "wishes", "--mission", "PW2027",
        str(path), "--json",
    )  # fmt: skip
    assert status == 1
    [problem] = json.loads(out)["problems"]
    assert problem["row"] == 0 and problem["field"] == "file"
    assert "another mission (PW2026)" in problem["message"]


def test_dry_run_reports_and_writes_nothing(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = _forms(capsys, printing_db_path, tmp_path / "forms")
    form = summary["forms"][0]
    path = Path(form["file"])
    before = _held(printing_db_path, form["email"])
    fill_form(path, {_empty_rows(path, 1)[0]: 1}, availability=[("2027-01-27", "14:00", "15:00")])
    status, out, _ = _run(
        capsys, "--db", str(printing_db_path), "import", "wishes", "--mission", "PW2027",
        str(path), "--dry-run", "--json",
    )  # fmt: skip
    report = json.loads(out)
    assert status == 0 and report["dry_run"] is True
    assert (report["created"], report["availability"]) == (1, 1)
    assert _held(printing_db_path, form["email"]) == before


def test_forms_for_chosen_people_and_one_line_errors(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everyone = _forms(capsys, printing_db_path, tmp_path / "all")
    emails = [f["email"] for f in everyone["forms"][:2]]
    chosen = _forms(
        capsys, printing_db_path, tmp_path / "two", "--person", emails[0], "--person", emails[1]
    )
    assert sorted(f["email"] for f in chosen["forms"]) == sorted(emails)
    db = str(printing_db_path)
    for extra, reason in (
        (["--delegation", "Atlantis"], "no delegation 'Atlantis'; its delegations: "),
        (["--person", "nobody@nowhere.example"], "nobody@nowhere.example"),
    ):
        status, _, err = _run(
            capsys, "--db", db, "b2b", "wish-forms", "--mission", "PW2027", "--out",
            str(tmp_path / "x"), *extra,
        )  # fmt: skip
        assert status == 1 and reason in err and len(err.strip().splitlines()) == 1


def test_forms_show_no_email_of_anyone_who_did_not_agree_to_be_contacted(
    printing_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = _forms(capsys, printing_db_path, tmp_path / "forms")
    consents = _consents(printing_db_path)
    private = {e for e, contact in consents.items() if not contact}
    assert private  # the demo has people of both kinds
    for form in summary["forms"]:
        own = form["email"].lower()
        found = raw_emails(Path(form["file"]))  # every part of the file, hidden sheets too
        assert own in found and not (found - {own}) & private, form["file"]
        assert found <= set(consents)
    shown = set(form_emails(Path(summary["forms"][0]["file"])).values())
    assert NOT_SHARED in shown and shown - {NOT_SHARED}
