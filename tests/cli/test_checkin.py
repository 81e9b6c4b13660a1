"""``pimap checkin``: the on-site desk from the command line, on the demo's Photonics West 2027
(SQLite and PostgreSQL), with the desk's answers and exit codes; and the ``checked_in_at``
column of ``pimap export people``."""

from __future__ import annotations

import csv
import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from pimap_desktop.cli import main
from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.models import Mission, Person, Registration
from pimap_desktop.domain.rules import badge_payload
from pimap_desktop.store.database import resolve_url
from tests.printing_fixtures import PrintableMission

ZONE = ZoneInfo("America/Los_Angeles")  # the demo's Photonics West 2027 is in San Francisco


def run(capsys: pytest.CaptureFixture[str], db: Path | str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def checkin(capsys: pytest.CaptureFixture[str], db: Path | str, *argv: str) -> tuple[int, str, str]:
    return run(capsys, db, "checkin", "--mission", "PW2027", *argv)


@dataclass(frozen=True)
class Demo:
    db: Path | str
    confirmed: tuple[uuid.UUID, uuid.UUID, uuid.UUID]  # not checked in yet
    cancelled: uuid.UUID
    invited: uuid.UUID
    other_mission: uuid.UUID  # a confirmed registration of NYS2027


@contextmanager
def reading(db: Path | str) -> Iterator[Session]:
    """A look at the database between commands, as another program has it (the app's own
    ``Database`` would hold the writer's place the command waits for)."""
    engine = create_engine(resolve_url(db), poolclass=NullPool)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _first(db: Path | str, code: str, status: RegistrationStatus) -> uuid.UUID:
    with reading(db) as session:
        found = session.scalars(
            select(Registration.id)
            .join(Mission, Mission.id == Registration.mission_id)
            .where(Mission.code == code, Registration.status == status)
            .order_by(Registration.id)
        ).first()
    assert found is not None, f"the demo has no {status.value} registration in {code}"
    return found


@pytest.fixture
def demo(printing_db_path: Path | str, printable: PrintableMission) -> Demo:
    hard, db = printable.hard, printing_db_path
    return Demo(
        db=db,
        confirmed=(hard["Œrsted"], hard["Ørsted"], hard["Long"]),
        cancelled=_first(db, "PW2027", RegistrationStatus.CANCELLED),
        invited=_first(db, "PW2027", RegistrationStatus.INVITED),
        other_mission=_first(db, "NYS2027", RegistrationStatus.CONFIRMED),
    )


def checked_in_at(db: Path | str, registration_id: uuid.UUID) -> datetime | None:
    with reading(db) as session:
        registration = session.get(Registration, registration_id)
        assert registration is not None
        return registration.checked_in_at


def checked_in_total(db: Path | str) -> int:
    with reading(db) as session:
        query = select(func.count()).where(Registration.checked_in_at.is_not(None))
        return session.scalar(query) or 0


def email_of(db: Path | str, registration_id: uuid.UUID) -> str:
    with reading(db) as session:
        email = session.scalar(
            select(Person.email)
            .join(Registration, Registration.person_id == Person.id)
            .where(Registration.id == registration_id)
        )
    assert email is not None
    return email


def badge(registration_id: uuid.UUID, code: str = "PW2027") -> str:
    return badge_payload(code, registration_id)


# A US scanner on a French AZERTY laptop, from the keyboard chart (as in
# tests/services/test_onsite_keyboards.py): the digit row unshifted, A↔Q, W↔Z, Shift+M types
# '?', and ':' (Shift + the US ';' key) types M.
US_ON_AZERTY = str.maketrans(
    {
        "M": "?",
        "A": "Q",
        "W": "Z",
        ":": "M",
        "a": "q",
        "0": "à",
        "1": "&",
        "2": "é",
        "3": '"',
        "4": "'",
        "5": "(",
        "6": "-",
        "7": "è",
        "8": "_",
        "9": "ç",
    }
)


# --------------------------------------------------------------------------- the desk's answers


def test_a_badge_checks_in_then_says_already_with_the_local_time(
    capsys: pytest.CaptureFixture[str], demo: Demo
) -> None:
    rid = demo.confirmed[0]

    assert checkin(capsys, demo.db, "--code", badge(rid)) == (
        0,
        "Welcome, Łukasz Gonçalves Väisänen!\n",
        "",
    )
    at = checked_in_at(demo.db, rid)
    assert at is not None

    code, out, err = checkin(capsys, demo.db, "--code", badge(rid))

    local = at.astimezone(ZONE)
    assert (code, err) == (0, "")
    # "at 08:41 PST" the same day in San Francisco, "on Sun 06 Dec at 08:41 PST" the next.
    assert re.fullmatch(
        rf"Already checked in (on \w{{3}} \d\d \w{{3}} )?at {local:%H:%M} {local.tzname()}\.\n",
        out,
    ), out
    assert checked_in_at(demo.db, rid) == at  # not moved


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("cancelled", r"The registration of .+ is cancelled\."),
        ("unknown", r"This badge of PW2027 matches nobody on its list\."),
        ("other_mission", r"This badge is for NYS2027, not PW2027\."),
        ("invited", r".+ was invited and has not registered\."),
        ("not_a_code", r"This code is not a PIMAP badge\."),
        ("a_name", r"This code is not a PIMAP badge\."),
    ],
)
def test_a_refusal_exits_1_with_the_desks_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    demo: Demo,
    who: str,
    message: str,
) -> None:
    payload = {
        "cancelled": badge(demo.cancelled),
        "unknown": badge(uuid.UUID(int=7)),
        "other_mission": badge(demo.other_mission, "NYS2027"),
        "invited": badge(demo.invited),
        "not_a_code": "4006381333931",  # an EAN of a pen, scanned by mistake
        "a_name": "Łukasz Gonçalves Väisänen",  # a whole name checks in at the desk, not here
    }[who]
    before = checked_in_total(demo.db)

    code, out, err = checkin(capsys, demo.db, "--code", payload)

    assert (code, out) == (1, "")
    assert re.fullmatch(rf"pimap: {message}\n", err), err
    assert checked_in_total(demo.db) == before
    assert checked_in_at(demo.db, demo.other_mission) is None


def test_an_email_checks_in_in_any_case_and_an_unknown_one_is_refused(
    capsys: pytest.CaptureFixture[str], demo: Demo
) -> None:
    rid = demo.confirmed[1]
    email = email_of(demo.db, rid)

    code, out, err = checkin(capsys, demo.db, "--email", email.upper())

    assert (code, out, err) == (0, "Welcome, Søren Ørsted-Œhlenschläger!\n", "")
    assert checked_in_at(demo.db, rid) is not None

    code, out, err = checkin(capsys, demo.db, "--email", "nobody@nowhere.example")
    assert (code, out) == (1, "")
    assert err == "pimap: Nobody in PW2027 has the e-mail nobody@nowhere.example.\n"


@pytest.mark.parametrize("text", ["Søren Ørsted-Œhlenschläger", badge(uuid.UUID(int=7))])
def test_email_takes_only_an_email(
    capsys: pytest.CaptureFixture[str], demo: Demo, text: str
) -> None:
    before = checked_in_total(demo.db)
    code, out, err = checkin(capsys, demo.db, "--email", text)
    assert (code, out) == (2, "")
    assert err.startswith("pimap: error: argument --email: ") and "is not an e-mail" in err
    assert checked_in_total(demo.db) == before


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--code", "PIMAP1:PW2027:0", "--email", "a@b.example"],
    ],
)
def test_one_of_code_and_email_is_required(
    capsys: pytest.CaptureFixture[str], demo: Demo, argv: list[str]
) -> None:
    code, out, err = checkin(capsys, demo.db, *argv)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "--code" in err and "--email" in err


def test_a_badge_typed_through_an_azerty_keyboard_checks_in_with_a_hint(
    capsys: pytest.CaptureFixture[str], demo: Demo
) -> None:
    rid = demo.confirmed[2]
    typed = badge(rid).translate(US_ON_AZERTY)
    assert typed.startswith("PI?QP&MPZéàéèM")

    code, out, err = checkin(capsys, demo.db, "--code", typed)

    assert (code, err) == (0, "")
    welcome, hint = out.splitlines()
    assert welcome.startswith("Welcome, Maria-Fernanda Alexandrina ")
    # "French AZERTY", or "AZERTY" for a code without a 6 or an 8 (Belgian types it alike).
    assert "AZERTY laptop" in hint and "US keyboard" in hint
    assert checked_in_at(demo.db, rid) is not None


def test_json_is_printed_in_every_case(capsys: pytest.CaptureFixture[str], demo: Demo) -> None:
    rid = demo.confirmed[0]
    answers = {}
    for name, payload in (
        ("welcome", badge(rid)),
        ("already", badge(rid)),
        ("mangled", badge(rid).translate(US_ON_AZERTY)),
        ("cancelled", badge(demo.cancelled)),
        ("unknown", badge(uuid.UUID(int=7))),
        ("other", badge(demo.other_mission, "NYS2027")),
    ):
        code, out, err = checkin(capsys, demo.db, "--code", payload, "--json")
        assert err == "", name
        answers[name] = (code, json.loads(out))

    at = checked_in_at(demo.db, rid)
    assert at is not None
    iso = at.astimezone(ZONE).isoformat(timespec="seconds")  # e.g. 2026-12-06T08:41:07-08:00
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[78]:00", iso)

    code, welcome = answers["welcome"]
    assert code == 0
    assert welcome["mission"] == "PW2027"
    assert welcome["outcome"] == "welcome"
    assert welcome["message"] == "Welcome, Łukasz Gonçalves Väisänen!"
    assert welcome["registration_id"] == str(rid)
    assert welcome["checked_in_at"] == iso
    assert welcome["checked_in"] == iso[:16] + iso[19:]  # minutes only, as the desk shows

    code, already = answers["already"]
    assert (code, already["outcome"], already["checked_in_at"]) == (0, "already", iso)
    assert already["message"].startswith("Already checked in ")

    code, mangled = answers["mangled"]
    assert (code, mangled["outcome"], mangled["scanner_mix_up"]) == (0, "already", "us>fr")
    assert "US keyboard" in mangled["scanner_hint"]

    code, cancelled = answers["cancelled"]
    assert (code, cancelled["outcome"], cancelled["checked_in_at"]) == (1, "cancelled", None)
    assert cancelled["message"].endswith(" is cancelled.")

    code, unknown = answers["unknown"]
    assert (code, unknown["outcome"], unknown["registration_id"]) == (1, "unknown_badge", None)

    code, other = answers["other"]
    assert (code, other["outcome"], other["other_mission_code"]) == (1, "other_mission", "NYS2027")
    assert other["message"] == "This badge is for NYS2027, not PW2027."


def test_an_unknown_mission_is_one_line(capsys: pytest.CaptureFixture[str], demo: Demo) -> None:
    code, out, err = run(
        capsys, demo.db, "checkin", "--mission", "XX1", "--code", badge(demo.confirmed[0])
    )
    assert (code, out) == (1, "")
    assert err == "pimap: error: There is no mission with the code 'XX1'.\n"


# --------------------------------------------------------------------------- export people


def _exported(
    capsys: pytest.CaptureFixture[str], db: Path | str, mission: str, out: Path
) -> list[dict[str, Any]]:
    fmt = out.suffix[1:]
    argv = ["export", "people", "--mission", mission, "--format", fmt, "--out", str(out)]
    code, _, err = run(capsys, db, *argv)
    assert (code, err) == (0, "")
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header, *rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    return [dict(zip(header, row, strict=True)) for row in rows]


def _checked_in_by_email(db: Path | str, mission: str) -> dict[str, datetime]:
    with reading(db) as session:
        rows = session.execute(
            select(Person.email, Registration.checked_in_at)
            .join(Registration, Registration.person_id == Person.id)
            .join(Mission, Mission.id == Registration.mission_id)
            .where(Mission.code == mission, Registration.checked_in_at.is_not(None))
        ).all()
    return {email: at for email, at in rows if email is not None and at is not None}


def test_export_people_shows_checked_in_at_with_the_missions_offset(
    capsys: pytest.CaptureFixture[str], demo: Demo, tmp_path: Path
) -> None:
    rid = demo.confirmed[1]
    assert checkin(capsys, demo.db, "--code", badge(rid))[0] == 0
    at = checked_in_at(demo.db, rid)
    assert at is not None

    rows = _exported(capsys, demo.db, "PW2027", tmp_path / "people.csv")

    assert list(rows[0])[-1] == "checked_in_at"
    shown = {r["email"]: r["checked_in_at"] for r in rows}
    email = email_of(demo.db, rid)
    assert shown.pop(email) == at.astimezone(ZONE).isoformat(timespec="seconds")
    assert set(shown.values()) == {""}  # nobody else is checked in

    # The demo's past missions: Photonics West 2026 in January (PST, UTC-8) and the Porto
    # workshop in October (Lisbon's summer time, UTC+1).
    for mission, zone, offset in (
        ("PW2026", ZoneInfo("America/Los_Angeles"), "-08:00"),
        ("WS-PT-2026", ZoneInfo("Europe/Lisbon"), "+01:00"),
    ):
        expected = _checked_in_by_email(demo.db, mission)
        exported = _exported(capsys, demo.db, mission, tmp_path / f"{mission}.csv")
        got = {r["email"]: r["checked_in_at"] for r in exported if r["checked_in_at"]}
        assert got and got == {
            e: at.astimezone(zone).isoformat(timespec="seconds") for e, at in expected.items()
        }
        assert all(value.endswith(offset) for value in got.values()), mission


def test_export_people_workbook_has_checked_in_as_local_date_times_under_the_zone(
    capsys: pytest.CaptureFixture[str], demo: Demo, tmp_path: Path
) -> None:
    """The workbook is for a person: the mission's wall-clock time in a date-time cell, the
    zone named in the header (Lisbon's summer time for the Porto workshop)."""
    zone = ZoneInfo("Europe/Lisbon")
    expected = _checked_in_by_email(demo.db, "WS-PT-2026")

    rows = _exported(capsys, demo.db, "WS-PT-2026", tmp_path / "porto.xlsx")

    header = "Checked in (Europe/Lisbon)"
    assert list(rows[0])[-1] == header
    got = {r["E-mail"]: r[header] for r in rows if r[header]}
    assert got and got == {
        e: at.astimezone(zone).replace(tzinfo=None, microsecond=0) for e, at in expected.items()
    }
    assert all(isinstance(value, datetime) for value in got.values())
