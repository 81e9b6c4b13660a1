"""Participants' wish forms: written, filled in a spreadsheet, read back, undone."""

from __future__ import annotations

import re
import threading
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.errors import NotFoundError, PimapError, ValidationError
from pimap_desktop.domain.models import Availability, MeetingRequest, Registration
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b.wishes import (
    FORM_VERSION,
    MAX_ROWS,
    NOT_SHARED,
    WishImportReport,
    import_wishes,
    write_wish_forms,
)
from pimap_desktop.services.directory.personal_data import erase_person
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.registrations.registrations import (
    form_delegations,
    mission_delegations,
    register_people,
    set_status,
)
from pimap_desktop.services.unit import transaction
from tests.factories import add_organisation, add_person, mission_data
from tests.wish_forms import (
    EMAIL_PATTERN,
    as_version_1,
    availability_rows,
    every_text,
    fill_form,
    form_emails,
    form_rows,
    raw_emails,
)

FORMULA = '=HYPERLINK("http://evil.example","click")'

# key: (first, last, organisation, country, consent to be listed, consent to be contacted)
PEOPLE = {
    "alice": ("Alice", "Arnaud", "Lumen Optics SAS", "FR", True, True),
    "anna": ("Anna", "Aubert", "Lumen Optics SAS", "FR", True, True),
    "bob": ("Bob", "Virtanen", "Baltic Beam Oy", "FI", True, True),
    "carol": ("Carol", "Reyes", "Coastal Photonics Inc.", "US", True, False),
    "dave": ("Dave", "Okoro", "Delta Lasers LLC", "US", False, False),
    "erin": ("Erin", "Laine", "Baltic Beam Oy", "FI", True, True),
}


def email(key: str) -> str:
    return f"{key}@wishes.example"


@pytest.fixture
def cast(session: Session, mission_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """Six registrations of PW2027 (Los Angeles time) with a B2B session on 27 January.
    Anna works with Alice; Carol consented to be listed but not to be contacted; Dave
    consented to neither; Erin cancelled."""
    b2b.add_session(
        session,
        mission_id,
        b2b.SessionData(date(2027, 1, 27), time(13, 30), time(17, 30), 20, 5, 4),
    )
    organisations = {}
    for _, _, org, country, _, _ in PEOPLE.values():
        if org not in organisations:
            organisations[org] = add_organisation(
                session,
                org,
                country,
                sectors=["photonics"],
                offers=FORMULA if org.startswith("Coastal") else f"What {org} makes",
                seeks="Distributors in Europe",
            )
    ids: dict[str, uuid.UUID] = {}
    for key, (first, last, org, _, listed, contact) in PEOPLE.items():
        person = add_person(
            session,
            first,
            last,
            email(key),
            organisation=organisations[org],
            consent_listed=listed,
            consent_contact=contact,
            job_title="Head of Sales",
        )
        [ids[key]] = register_people(session, mission_id, [person.id]).registered
    set_status(session, [ids["erin"]], RegistrationStatus.CANCELLED)
    return ids


def _form(session: Session, mission_id: uuid.UUID, out: Path, key: str = "alice") -> Path:
    report = write_wish_forms(session, mission_id, out, person_emails=[email(key)])
    [form] = report.forms
    return form.path


def _requests(session: Session) -> dict[tuple[uuid.UUID, uuid.UUID], int]:
    session.expire_all()
    return {
        (q.requester_id, q.target_id): q.priority for q in session.scalars(select(MeetingRequest))
    }


def _windows(session: Session, registration_id: uuid.UUID) -> list[tuple[datetime, datetime]]:
    session.expire_all()
    return [
        (w.starts_at, w.ends_at)
        for w in session.scalars(
            select(Availability)
            .where(Availability.registration_id == registration_id)
            .order_by(Availability.starts_at)
        )
    ]


# --------------------------------------------------------------------------- writing


def test_forms_are_written_for_every_participant_taking_part(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    report = write_wish_forms(session, mission_id, tmp_path / "forms")
    names = sorted(p.name for p in (tmp_path / "forms").iterdir())
    # Erin cancelled: no form; Dave has one (he can request) though he is listed on none.
    assert names == sorted(
        f"PW2027-wishes-{first}-{last}.xlsx"
        for key, (first, last, *_rest) in PEOPLE.items()
        if key != "erin"
    )
    assert len(report.forms) == 5 and (report.listed, report.not_listed) == (4, 1)
    assert report.as_json()["files"] == [str(p) for p in report.paths]


def test_form_lists_only_consented_counterparts_outside_the_own_organisation(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    # Not Alice herself, not Anna (same organisation), not Dave (no consent), not Erin
    # (cancelled); sorted by organisation; each row known by its Ref.
    assert list(form_rows(path)) == [str(cast["bob"]), str(cast["carol"])]
    # Bob agreed to be contacted: his e-mail shows; Carol did not.
    assert form_emails(path) == {str(cast["bob"]): email("bob"), str(cast["carol"]): NOT_SHARED}
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Whom to meet"]
    assert (
        ws["A1"].value == "Form of Alice Arnaud, Lumen Optics SAS, for PW2027 — Photonics West 2027"
    )
    assert ws.freeze_panes is not None
    identity = workbook["pimap"]
    assert identity.sheet_state in ("hidden", "veryHidden")
    values = {row[0].value: row[1].value for row in identity.iter_rows()}
    assert values["registration_id"] == str(cast["alice"])
    assert values["mission_id"] == str(mission_id) and values["mission_code"] == "PW2027"
    assert values["email"] == email("alice") and values["version"] == str(FORM_VERSION) == "2"
    assert workbook.sheetnames == ["Whom to meet", "Availability", "pimap"]


def test_no_form_holds_the_email_of_someone_who_did_not_agree_to_be_contacted(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    report = write_wish_forms(session, mission_id, tmp_path)
    contactable = {email(key) for key, person in PEOPLE.items() if person[5]}
    private = {email(key) for key, person in PEOPLE.items() if not person[5]}  # Carol, Dave
    assert private == {email("carol"), email("dave")}
    for form in report.forms:
        texts = every_text(form.path)
        # Every sheet is read, the very hidden identity sheet too.
        assert {sheet for sheet, _, _ in texts} == {"Whom to meet", "Availability", "pimap"}
        # Nobody's e-mail but one's own where it was not agreed, in no cell of any sheet...
        for sheet, coordinate, text in texts:
            for hidden in private - {form.email}:
                assert hidden not in text.lower(), f"{form.path.name} {sheet}!{coordinate}"
        # ... the owner's own only in the identity sheet, and the others' only in E-mail ...
        found = {
            (sheet, m.lower()) for sheet, _, text in texts for m in EMAIL_PATTERN.findall(text)
        }
        assert {e for sheet, e in found if sheet == "pimap"} == {form.email}
        assert {e for sheet, e in found if sheet != "pimap"} <= contactable - {form.email}
        # ... nor anywhere else in the file (properties, shared strings, styles).
        assert raw_emails(form.path) <= contactable | {form.email}
    # Carol is listed all the same, her e-mail not shared, on Bob's form for one.
    bob = next(f for f in report.forms if f.email == email("bob"))
    assert form_emails(bob.path)[str(cast["carol"])] == NOT_SHARED


def test_each_row_is_known_by_a_hidden_ref_at_the_far_right(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    ws = openpyxl.load_workbook(path)["Whom to meet"]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Priority")
    names = [c.value for c in ws[header]]
    assert names[-2:] == ["E-mail", "Ref"] and ws.max_column == len(names)
    last = get_column_letter(len(names))
    assert ws.column_dimensions[last].hidden
    assert not any(ws.column_dimensions[get_column_letter(c)].hidden for c in range(1, len(names)))
    refs = [ws.cell(r, len(names)).value for r in range(header + 1, ws.max_row + 1)]
    assert refs == [str(cast["bob"]), str(cast["carol"])]
    # The filter covers the Ref column: sorting the rows moves each Ref with its row.
    assert ws.auto_filter.ref == f"A{header}:{last}{ws.max_row}"
    instructions = " ".join(str(ws.cell(r, 1).value) for r in range(2, header))
    assert "hidden Ref column" in instructions and NOT_SHARED in instructions


def test_priority_column_has_a_list_validation_of_1_2_3(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    rows = form_rows(path)
    ws = openpyxl.load_workbook(path)["Whom to meet"]
    [validation] = ws.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"1,2,3"'
    assert validation.allow_blank
    for row, _ in rows.values():
        assert f"A{row}" in validation.sqref


def test_a_value_that_looks_like_a_formula_is_written_as_text(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    ws = openpyxl.load_workbook(path)["Whom to meet"]
    cells = [c for row in ws.iter_rows() for c in row if c.value == FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)


def test_availability_sheet_names_the_zone_and_lists_the_sessions(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    ws = openpyxl.load_workbook(path)["Availability"]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    assert "Times in America/Los_Angeles (PST)" in texts
    assert any("Wed 27 Jan 13:30–17:30" in t for t in texts)
    assert texts[texts.index("Date") : texts.index("Date") + 3] == ["Date", "From", "To"]


def test_delegation_limits_the_forms_and_an_unknown_one_names_the_known_ones(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    form_delegations(session, mission_id, "country")
    known = [name for _, name in mission_delegations(session, mission_id)]
    assert "FI" in known  # by the organisations' country codes
    report = write_wish_forms(session, mission_id, tmp_path / "fi", delegation=" fi ")
    assert [f.email for f in report.forms] == [email("bob")]  # Erin cancelled
    with pytest.raises(ValidationError) as caught:
        write_wish_forms(session, mission_id, tmp_path / "x", delegation="Atlantis")
    assert "Atlantis" in str(caught.value) and all(name in str(caught.value) for name in known)


def test_an_email_not_registered_is_refused_with_that_email(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError, match=re.escape("Nobody@wishes.example")):
        write_wish_forms(session, mission_id, tmp_path, person_emails=["Nobody@wishes.example"])
    with pytest.raises(ValidationError, match=re.escape(email("erin"))):
        write_wish_forms(session, mission_id, tmp_path, person_emails=[email("erin")])
    assert list(tmp_path.glob("*.xlsx")) == []


def test_two_people_of_the_same_name_get_two_files(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    twin = add_person(session, "Alice", "Arnaud", "alice.2@wishes.example")
    register_people(session, mission_id, [twin.id])
    report = write_wish_forms(
        session, mission_id, tmp_path, person_emails=[email("alice"), "alice.2@wishes.example"]
    )
    assert sorted(p.name for p in report.paths) == [
        "PW2027-wishes-Alice-Arnaud-2.xlsx",
        "PW2027-wishes-Alice-Arnaud.xlsx",
    ]


def test_cancelling_writes_no_form(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(PimapError, match="Cancelled"):
        write_wish_forms(session, mission_id, tmp_path / "forms", cancel=cancel)
    assert not (tmp_path / "forms").exists()


# --------------------------------------------------------------------------- importing


def test_filled_form_becomes_requests_and_availability_in_utc(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    fill_form(
        path,
        {cast["bob"]: 1, cast["carol"]: "3"},  # Carol's row shows no e-mail
        availability=[
            ("2027-01-27", "14:00", "16:00"),
            (datetime(2027, 1, 28), time(9, 0), time(11, 30)),  # typed as dates and times
        ],
    )
    report = import_wishes(session, mission_id, [path])
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    assert report.availability == 2 and report.problems == ()
    alice = cast["alice"]
    assert _requests(session) == {(alice, cast["bob"]): 1, (alice, cast["carol"]): 3}
    # Los Angeles is UTC-8 in January.
    assert _windows(session, alice) == [
        (datetime(2027, 1, 27, 22, 0, tzinfo=UTC), datetime(2027, 1, 28, 0, 0, tzinfo=UTC)),
        (datetime(2027, 1, 28, 17, 0, tzinfo=UTC), datetime(2027, 1, 28, 19, 30, tzinfo=UTC)),
    ]
    assert report.files[0].email == email("alice") and report.files[0].imported


def test_reimporting_the_same_form_changes_nothing(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    fill_form(path, {cast["bob"]: 2}, availability=[("2027-01-27", "13:30", "15:00")])
    import_wishes(session, mission_id, [path])
    again = import_wishes(session, mission_id, [path])
    assert (again.created, again.updated, again.unchanged, again.availability) == (0, 0, 1, 0)
    assert again.undo.empty and again.problems == ()


def test_a_form_sent_again_shows_the_requests_and_windows_held(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path / "first")
    fill_form(
        path, {cast["carol"]: 2}, availability=[("2027-01-27", "22:00", "24:00")]
    )  # until midnight
    assert import_wishes(session, mission_id, [path]).created == 1
    resent = _form(session, mission_id, tmp_path / "again")
    assert {ref: p for ref, (_, p) in form_rows(resent).items()} == {
        str(cast["bob"]): None,
        str(cast["carol"]): 2,
    }
    assert availability_rows(resent) == [("2027-01-27", "22:00", "24:00")]
    again = import_wishes(session, mission_id, [resent])
    assert (again.created, again.updated, again.availability) == (0, 0, 0)


def test_changed_priority_is_updated_and_emptied_one_left_alone(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    fill_form(path, {cast["bob"]: 1, cast["carol"]: 3})
    import_wishes(session, mission_id, [path])
    fill_form(path, {cast["bob"]: 2, cast["carol"]: None})
    report = import_wishes(session, mission_id, [path])
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    alice = cast["alice"]
    assert _requests(session) == {(alice, cast["bob"]): 2, (alice, cast["carol"]): 3}


def test_bad_rows_are_reported_by_file_and_row_and_the_good_rows_land(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    rows = fill_form(
        path,
        {cast["bob"]: 4, cast["carol"]: 1},
        extra=[("x", email("dave")), (2, "stranger@wishes.example"), (1, email("alice"))],
        availability=[
            ("2027-02-14", "10:00", "11:00"),  # outside the mission
            ("2027-01-27", "16:00", "15:00"),  # ends before it starts
            ("2027-01-27", "half past two", "15:00"),
            ("2027-01-28", "10:00", "12:00"),  # good
        ],
    )
    report = import_wishes(session, mission_id, [path])
    found = {(p.row, p.field) for p in report.problems}
    assert {p.file for p in report.problems} == {str(path)}
    wishes = {(rows[str(cast["bob"])], "Priority"), (rows[email("dave")], "Priority")}
    wishes |= {(rows["stranger@wishes.example"], "E-mail"), (rows[email("alice")], "E-mail")}
    assert wishes <= found
    messages = {p.message for p in report.problems}
    assert "'4' is not 1, 2 or 3" in messages and "'x' is not 1, 2 or 3" in messages
    assert "stranger@wishes.example is not registered on PW2027" in messages
    assert "a request to oneself" in messages
    availability = sorted(
        (p.row, p.field) for p in report.problems if p.field in ("Date", "From", "To")
    )
    first = min(row for row, _ in availability)
    assert availability == [(first, "Date"), (first + 1, "To"), (first + 2, "From")]
    assert any("outside the mission" in m for m in messages)
    # The good rows are in.
    assert report.created == 1 and report.availability == 1
    assert _requests(session) == {(cast["alice"], cast["carol"]): 1}
    assert _windows(session, cast["alice"]) == [
        (datetime(2027, 1, 28, 18, 0, tzinfo=UTC), datetime(2027, 1, 28, 20, 0, tzinfo=UTC))
    ]


def test_a_counterpart_whose_email_is_not_shared_is_requested_through_the_ref(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    fill_form(path, {cast["carol"]: 1})
    assert form_emails(path)[str(cast["carol"])] == NOT_SHARED
    report = import_wishes(session, mission_id, [path])
    assert (report.created, report.problems) == (1, ())
    assert _requests(session) == {(cast["alice"], cast["carol"]): 1}


def test_a_row_added_by_hand_is_read_by_its_email(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    # Dave is listed on no form; Alice knows his e-mail, and Carol's, from elsewhere.
    fill_form(path, extra=[(2, " Dave@Wishes.Example "), (3, email("carol"))])
    report = import_wishes(session, mission_id, [path])
    assert (report.created, report.problems) == (2, ())
    alice = cast["alice"]
    assert _requests(session) == {(alice, cast["dave"]): 2, (alice, cast["carol"]): 3}


def test_a_tampered_ref_is_reported_with_its_row_number(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    other = create_mission(session, mission_data(code="OT2027", name="Other 2027"))
    carol = session.get_one(Registration, cast["carol"]).person_id
    [carol_there] = register_people(session, other, [carol]).registered
    path = _form(session, mission_id, tmp_path)
    rows = fill_form(
        path,
        {cast["bob"]: 1, cast["carol"]: 2},
        refs={cast["bob"]: "not-a-ref", cast["carol"]: str(uuid.uuid4())},
        # a row copied from a form of another mission; and a good one typed by hand
        extra=[(3, NOT_SHARED, str(carol_there)), (1, email("dave"))],
    )
    report = import_wishes(session, mission_id, [path])
    problems = {(p.row, p.field): p.message for p in report.problems}
    assert set(problems) == {
        (rows[str(cast["bob"])], "Ref"),
        (rows[str(cast["carol"])], "Ref"),
        (rows[NOT_SHARED], "Ref"),
    }
    assert problems[(rows[str(cast["bob"])], "Ref")].startswith(
        "'not-a-ref' is not a reference to a participant of PW2027"
    )
    assert all("is not a reference to a participant of PW2027" in m for m in problems.values())
    assert report.created == 1
    assert _requests(session) == {(cast["alice"], cast["dave"]): 1}


def test_a_row_whose_ref_and_email_disagree_or_that_names_nobody_is_reported(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    rows = fill_form(
        path,
        {cast["bob"]: 3, cast["carol"]: 2},
        refs={cast["carol"]: None},  # its Ref emptied: "(not shared)" tells nobody
        extra=[(1, email("dave"), str(cast["carol"]))],  # Carol's row copied, Dave typed in
    )
    report = import_wishes(session, mission_id, [path])
    problems = {(p.row, p.field): p.message for p in report.problems}
    assert set(problems) == {(rows[str(cast["carol"])], "Ref"), (rows[email("dave")], "E-mail")}
    assert "its e-mail is not shared" in problems[(rows[str(cast["carol"])], "Ref")]
    assert "was the row copied?" in problems[(rows[email("dave")], "E-mail")]
    # Bob's row, whose Ref and e-mail agree, lands.
    assert _requests(session) == {(cast["alice"], cast["bob"]): 3}


def test_a_ref_to_someone_who_no_longer_takes_part_is_reported(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path, "anna")
    rows = fill_form(path, {cast["bob"]: 1, cast["carol"]: 2})
    set_status(session, [cast["bob"]], RegistrationStatus.CANCELLED)
    erase_person(session, email("carol"))
    report = import_wishes(session, mission_id, [path])
    problems = {(p.row, p.field): p.message for p in report.problems}
    assert problems == {
        (rows[str(cast["bob"])], "Ref"): (
            "Bob Virtanen is cancelled on PW2027 and takes part in no meetings"
        ),
        (rows[str(cast["carol"])], "Ref"): "this row's participant was erased from the directory",
    }
    assert report.created == 0 and _requests(session) == {}


def test_a_form_of_version_1_with_every_email_and_no_ref_still_imports(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    as_version_1(path, {cast["bob"]: email("bob"), cast["carol"]: email("carol")})
    assert list(form_rows(path)) == [email("bob"), email("carol")]  # known by E-mail only
    fill_form(path, {email("bob"): 1, email("carol"): 2}, extra=[(3, email("dave"))])
    report = import_wishes(session, mission_id, [path])
    assert (report.created, report.problems) == (3, ())
    alice = cast["alice"]
    assert _requests(session) == {
        (alice, cast["bob"]): 1,
        (alice, cast["carol"]): 2,
        (alice, cast["dave"]): 3,
    }
    # And it is the same requests as a form of this version gives: nothing changes.
    ours = _form(session, mission_id, tmp_path / "v2")
    assert import_wishes(session, mission_id, [ours]).unchanged == 2


def test_form_of_another_mission_is_refused_whole_and_the_others_imported(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    other = create_mission(session, mission_data(code="OT2027", name="Other 2027"))
    people = [session.get_one(Registration, cast[key]).person_id for key in ("alice", "bob")]
    _, bob_there = register_people(session, other, people).registered
    foreign = write_wish_forms(session, other, tmp_path / "other", person_emails=[email("alice")])
    fill_form(foreign.paths[0], {bob_there: 1})
    ours = _form(session, mission_id, tmp_path / "ours", "bob")
    fill_form(ours, {cast["carol"]: 2})
    report = import_wishes(session, mission_id, [foreign.paths[0], ours])
    [problem] = report.problems
    assert (problem.file, problem.row, problem.field) == (str(foreign.paths[0]), 0, "file")
    assert "another mission (OT2027)" in problem.message
    assert [f.imported for f in report.files] == [False, True]
    assert _requests(session) == {(cast["bob"], cast["carol"]): 2}


def test_form_of_someone_who_no_longer_takes_part_is_refused(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    fill_form(path, {cast["bob"]: 1})
    set_status(session, [cast["alice"]], RegistrationStatus.CANCELLED)
    report = import_wishes(session, mission_id, [path])
    [problem] = report.problems
    assert problem.row == 0 and "cancelled" in problem.message and email("alice") in problem.message
    assert _requests(session) == {}


def test_files_that_are_not_wish_forms_are_refused_with_the_reason(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    plain = openpyxl.Workbook()
    plain.active.append(["Priority", "E-mail"])
    plain.save(folder / "plain.xlsx")
    (folder / "~$plain.xlsx").write_bytes(b"lock file of an open workbook")
    good = _form(session, mission_id, folder, "bob")
    fill_form(good, {cast["carol"]: 1})
    report = import_wishes(session, mission_id, [folder])
    messages = {Path(p.file).name: p.message for p in report.problems}
    assert messages == {
        "broken.xlsx": "broken.xlsx is not a readable XLSX workbook",
        "plain.xlsx": "plain.xlsx is not a PIMAP wish form (it has no identity sheet 'pimap')",
    }
    assert report.created == 1


def test_a_workbook_of_absurd_size_is_refused_in_one_line(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    workbook = openpyxl.load_workbook(path)
    workbook["Whom to meet"].cell(MAX_ROWS + 5, 1).value = 1
    workbook.save(path)
    [problem] = import_wishes(session, mission_id, [path]).problems
    assert problem.row == 0 and "more than 20,000 rows" in problem.message
    assert "\n" not in problem.message


def test_dry_run_reports_the_same_and_writes_nothing(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    fill_form(path, {cast["bob"]: 1}, availability=[("2027-01-27", "14:00", "16:00")])
    dry = import_wishes(session, mission_id, [path], dry_run=True)
    assert (dry.created, dry.availability, dry.dry_run) == (1, 1, True)
    assert dry.undo.empty
    assert _requests(session) == {} and _windows(session, cast["alice"]) == []
    real = import_wishes(session, mission_id, [path])
    assert (real.created, real.availability) == (dry.created, dry.availability)


def test_undo_restores_the_requests_priorities_and_windows_held_before(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    alice = cast["alice"]
    b2b.set_request(session, mission_id, alice, cast["bob"], 3)
    with transaction(session):  # 13:30-14:30 in Los Angeles
        session.add(
            Availability(
                registration_id=alice,
                starts_at=datetime(2027, 1, 27, 21, 30, tzinfo=UTC),
                ends_at=datetime(2027, 1, 27, 22, 30, tzinfo=UTC),
            )
        )
    before_windows = {
        (w.id, w.starts_at, w.ends_at)
        for w in session.scalars(select(Availability).where(Availability.registration_id == alice))
    }
    before = _requests(session)
    path = _form(session, mission_id, tmp_path)
    fill_form(
        path,
        {cast["bob"]: 1, cast["carol"]: 2},
        availability=[("2027-01-28", "09:00", "10:00")],
    )
    report: WishImportReport = import_wishes(session, mission_id, [path])
    assert (report.created, report.updated, report.availability) == (1, 1, 1)
    assert len(report.undo.created) == 1 and len(report.undo.updated) == 1
    report.undo.undo(session)
    assert _requests(session) == before
    session.expire_all()
    assert {
        (w.id, w.starts_at, w.ends_at)
        for w in session.scalars(select(Availability).where(Availability.registration_id == alice))
    } == before_windows
    # And the form can be imported again afterwards.
    assert import_wishes(session, mission_id, [path]).created == 1


def test_json_report_has_the_documented_keys(
    session: Session, mission_id: uuid.UUID, cast: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = _form(session, mission_id, tmp_path)
    fill_form(path, {cast["bob"]: 7})
    data = import_wishes(session, mission_id, [path]).as_json()
    assert set(data) == {
        "created",
        "updated",
        "unchanged",
        "availability",
        "dry_run",
        "files",
        "problems",
    }
    [problem] = data["problems"]
    assert set(problem) == {"file", "row", "field", "message"} and problem["field"] == "Priority"
