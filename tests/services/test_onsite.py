"""On site: check-in by badge, e-mail or name, counts, walk-ins, meetings of the day."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    Audience,
    MeetingStatus,
    OrganisationKind,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    B2BTable,
    Delegation,
    Meeting,
    Mission,
    Organisation,
    Person,
    ProgrammeItem,
    Registration,
)
from pimap_desktop.domain.rules import badge_payload, to_local
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.onsite import onsite
from pimap_desktop.services.onsite.onsite import CheckInOutcome
from pimap_desktop.services.printing.badges import record_badges_printed
from pimap_desktop.services.registrations.registrations import register_people, set_status
from pimap_desktop.services.unit import transaction
from tests.factories import add_organisation, add_person
from tests.printing_fixtures import PrintableMission

# 08:41 in San Francisco on the day of the B2B session (PST is UTC-8).
AT_0841 = datetime(2027, 1, 27, 16, 41, tzinfo=UTC)
B2B_DAY = date(2027, 1, 27)


def _registration(session: Session, registration_id: uuid.UUID) -> Registration:
    session.expire_all()
    registration = session.get(Registration, registration_id)
    assert registration is not None
    return registration


def _checked_in_total(session: Session) -> int:
    """Check-ins in the whole database (the demo's past missions have some)."""
    session.expire_all()
    return (
        session.scalar(
            select(func.count())
            .select_from(Registration)
            .where(Registration.checked_in_at.is_not(None))
        )
        or 0
    )


def _mission(session: Session, code: str) -> Mission:
    mission = session.scalar(select(Mission).where(Mission.code == code))
    assert mission is not None
    return mission


def _first_with_status(
    session: Session, mission_id: uuid.UUID, status: RegistrationStatus
) -> Registration:
    registration = session.scalars(
        select(Registration)
        .where(Registration.mission_id == mission_id, Registration.status == status)
        .order_by(Registration.id)
    ).first()
    assert registration is not None, f"the demo has no {status.value} registration"
    return registration


# --------------------------------------------------------------------------- badges


def test_badge_checks_in_then_says_already_with_local_time_and_its_zone(
    printing_session: Session, printable: PrintableMission
) -> None:
    rid = printable.hard["Œrsted"]
    payload = badge_payload(printable.code, rid)

    first = onsite.check_in(printing_session, printable.mission_id, payload, now=AT_0841)

    assert first.outcome is CheckInOutcome.WELCOME
    assert first.message == "Welcome, Łukasz Gonçalves Väisänen!"
    assert (first.registration_id, first.organisation) == (rid, "Œrsted Ørsted Optik ApS")
    assert first.role is RegistrationRole.DELEGATE and first.role_label == "Delegate"
    assert first.checked_in_local is not None and f"{first.checked_in_local:%H:%M}" == "08:41"
    assert first.previous_checked_in_at is None
    assert _registration(printing_session, rid).checked_in_at == AT_0841

    again = onsite.check_in(
        printing_session, printable.mission_id, payload, now=AT_0841 + timedelta(hours=2)
    )
    assert again.outcome is CheckInOutcome.ALREADY
    assert again.message == "Already checked in at 08:41 PST."
    assert again.checked_in_local == to_local(AT_0841, "America/Los_Angeles")
    assert _registration(printing_session, rid).checked_in_at == AT_0841  # not moved

    next_day = onsite.check_in(
        printing_session, printable.mission_id, payload, now=AT_0841 + timedelta(days=1)
    )
    assert next_day.message == "Already checked in on Wed 27 Jan at 08:41 PST."


def test_badge_typed_in_the_wrong_case_with_stray_spaces_is_read(
    printing_session: Session, printable: PrintableMission
) -> None:
    rid = printable.hard["Long"]
    payload = f"  {badge_payload(printable.code, rid).lower()}  ".replace(":", " : ", 1)

    result = onsite.check_in(printing_session, printable.mission_id, payload, now=AT_0841)

    assert result.outcome is CheckInOutcome.WELCOME
    assert _registration(printing_session, rid).checked_in_at == AT_0841


@pytest.mark.parametrize("left", ["Sop", "sop ", "Łuk gon"])
def test_a_scan_after_text_left_in_the_field_reads_the_badge(
    printing_session: Session, printable: PrintableMission, left: str
) -> None:
    rid = printable.hard["Long"]
    payload = badge_payload(printable.code, rid)

    result = onsite.check_in(printing_session, printable.mission_id, left + payload, now=AT_0841)

    assert result.outcome is CheckInOutcome.WELCOME
    assert result.registration_id == rid


def test_badge_of_another_mission_is_refused_and_changes_nothing(
    printing_session: Session, printable: PrintableMission
) -> None:
    canada = _mission(printing_session, "CAN2027")
    theirs = _first_with_status(printing_session, canada.id, RegistrationStatus.CONFIRMED)
    before = _checked_in_total(printing_session)

    result = onsite.check_in(
        printing_session,
        printable.mission_id,
        badge_payload("CAN2027", theirs.id),
        now=AT_0841,
    )

    assert result.outcome is CheckInOutcome.OTHER_MISSION
    assert result.other_mission_code == "CAN2027"
    assert result.message == "This badge is for CAN2027, not PW2027."
    assert result.registration_id is None
    assert _checked_in_total(printing_session) == before
    assert _registration(printing_session, theirs.id).checked_in_at is None


def test_badge_with_another_missions_code_refused_even_for_one_of_ours(
    printing_session: Session, printable: PrintableMission
) -> None:
    ours = printable.hard["Œrsted"]

    result = onsite.check_in(
        printing_session, printable.mission_id, badge_payload("CAN2027", ours), now=AT_0841
    )

    assert result.outcome is CheckInOutcome.OTHER_MISSION
    assert _registration(printing_session, ours).checked_in_at is None


def test_badge_with_our_code_but_a_registration_of_another_mission_is_unknown(
    printing_session: Session, printable: PrintableMission
) -> None:
    canada = _mission(printing_session, "CAN2027")
    theirs = _first_with_status(printing_session, canada.id, RegistrationStatus.CONFIRMED)
    before = _checked_in_total(printing_session)

    result = onsite.check_in(
        printing_session, printable.mission_id, badge_payload("PW2027", theirs.id), now=AT_0841
    )

    assert result.outcome is CheckInOutcome.UNKNOWN_BADGE
    assert result.name == ""  # nothing told about someone of another mission
    assert _checked_in_total(printing_session) == before


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("https://fair.example/booth/12", CheckInOutcome.UNKNOWN_BADGE),
        ("PIMAP1:PW2027:not-a-number", CheckInOutcome.UNKNOWN_BADGE),
        ("PIMAP1::" + "0" * 32, CheckInOutcome.UNKNOWN_BADGE),
        ("PIMAP1:PW2027:" + uuid.UUID(int=12345).hex, CheckInOutcome.UNKNOWN_BADGE),
        ("zzqx wwvy", CheckInOutcome.NOT_FOUND),
        ("nobody@nowhere.example", CheckInOutcome.NOT_FOUND),
        (str(uuid.UUID(int=12345)), CheckInOutcome.UNKNOWN_BADGE),
        ("   ", CheckInOutcome.NOT_FOUND),
    ],
)
def test_garbage_is_refused_without_writing(
    printing_session: Session, printable: PrintableMission, text: str, outcome: CheckInOutcome
) -> None:
    before = _checked_in_total(printing_session)

    result = onsite.check_in(printing_session, printable.mission_id, text, now=AT_0841)

    assert result.outcome is outcome
    assert result.message
    assert result.registration_id is None
    assert _checked_in_total(printing_session) == before


def test_cancelled_registration_is_not_checked_in(
    printing_session: Session, printable: PrintableMission
) -> None:
    cancelled = _first_with_status(
        printing_session, printable.mission_id, RegistrationStatus.CANCELLED
    )

    result = onsite.check_in(
        printing_session, printable.mission_id, badge_payload("PW2027", cancelled.id), now=AT_0841
    )

    assert result.outcome is CheckInOutcome.CANCELLED
    assert result.registration_id == cancelled.id and result.name
    assert "cancelled" in result.message
    registration = _registration(printing_session, cancelled.id)
    assert registration.checked_in_at is None
    assert registration.status is RegistrationStatus.CANCELLED


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (RegistrationStatus.WAITLISTED, "is on the waiting list"),
        (RegistrationStatus.INVITED, "was invited and has not registered"),
    ],
)
def test_invited_or_waitlisted_person_is_asked_about_and_nothing_is_written(
    printing_session: Session, printable: PrintableMission, status: RegistrationStatus, said: str
) -> None:
    person = _first_with_status(printing_session, printable.mission_id, status)
    payload = badge_payload("PW2027", person.id)

    by_badge = onsite.check_in(printing_session, printable.mission_id, payload, now=AT_0841)
    picked = onsite.check_in_registration(
        printing_session, printable.mission_id, person.id, now=AT_0841
    )

    for result in (by_badge, picked):
        assert result.outcome is CheckInOutcome.TO_CONFIRM
        assert not result.checked_in_now
        assert result.registration_id == person.id and result.name
        assert result.message == f"{result.name} {said}."
        assert result.status is status
    registration = _registration(printing_session, person.id)
    assert registration.status is status
    assert registration.checked_in_at is None


def test_waitlisted_person_let_in_by_the_desk_is_confirmed_and_undo_puts_them_back(
    printing_session: Session, printable: PrintableMission
) -> None:
    waiting = _first_with_status(
        printing_session, printable.mission_id, RegistrationStatus.WAITLISTED
    )

    result = onsite.check_in_registration(
        printing_session, printable.mission_id, waiting.id, now=AT_0841, confirm=True
    )

    assert result.outcome is CheckInOutcome.WELCOME
    assert result.note == "Was on the waiting list: now confirmed."
    assert result.previous_status is RegistrationStatus.WAITLISTED
    registration = _registration(printing_session, waiting.id)
    assert registration.status is RegistrationStatus.CONFIRMED
    assert registration.checked_in_at == AT_0841

    assert result.undo is not None
    result.undo.undo(printing_session)

    registration = _registration(printing_session, waiting.id)
    assert registration.status is RegistrationStatus.WAITLISTED
    assert registration.checked_in_at is None


def test_email_typed_in_upper_case_checks_in(
    printing_session: Session, printable: PrintableMission
) -> None:
    rid = printable.hard["Ørsted"]
    email = _registration(printing_session, rid).person.email
    assert email is not None

    result = onsite.check_in(
        printing_session, printable.mission_id, f" {email.upper()} ", now=AT_0841
    )

    assert result.outcome is CheckInOutcome.WELCOME and result.registration_id == rid
    assert _registration(printing_session, rid).checked_in_at == AT_0841


def test_registration_id_typed_or_picked_checks_in(
    printing_session: Session, printable: PrintableMission
) -> None:
    before = _checked_in_total(printing_session)
    typed = onsite.check_in(
        printing_session, printable.mission_id, str(printable.hard["Long"]), now=AT_0841
    )
    picked = onsite.check_in_registration(
        printing_session, printable.mission_id, printable.hard["Ørsted"], now=AT_0841
    )

    assert (typed.outcome, picked.outcome) == (CheckInOutcome.WELCOME, CheckInOutcome.WELCOME)
    assert _checked_in_total(printing_session) == before + 2


def test_a_code_only_check_in_takes_badges_and_ids_never_names_or_emails(
    printing_session: Session, printable: PrintableMission
) -> None:
    """``pimap checkin --code``: a whole name or an e-mail given as a code is an unknown code,
    nobody is checked in; a badge or a registration id checks in as at the desk."""
    rid = printable.hard["Ørsted"]
    email = _registration(printing_session, rid).person.email
    assert email is not None
    before = _checked_in_total(printing_session)

    for text in ("Søren Ørsted-Œhlenschläger", email, "12345"):
        result = onsite.check_in(
            printing_session, printable.mission_id, text, now=AT_0841, code_only=True
        )
        assert result.outcome is CheckInOutcome.UNKNOWN_BADGE, text
        assert result.message == "This code is not a PIMAP badge."
    assert _checked_in_total(printing_session) == before

    by_id = onsite.check_in(
        printing_session, printable.mission_id, rid.hex, now=AT_0841, code_only=True
    )
    by_badge = onsite.check_in(
        printing_session,
        printable.mission_id,
        badge_payload(printable.code, printable.hard["Long"]),
        now=AT_0841,
        code_only=True,
    )
    assert (by_id.outcome, by_badge.outcome) == (CheckInOutcome.WELCOME, CheckInOutcome.WELCOME)
    assert _checked_in_total(printing_session) == before + 2


def test_check_in_leaves_badge_counters_alone_and_printing_does_not_check_in(
    printing_session: Session, printable: PrintableMission
) -> None:
    printed_id, checked_id = printable.hard["Œrsted"], printable.hard["Ørsted"]
    printed_at = datetime(2027, 1, 20, 9, 0, tzinfo=UTC)
    record_badges_printed(printing_session, [printed_id, checked_id], printed_at)

    assert _registration(printing_session, printed_id).checked_in_at is None
    onsite.check_in(
        printing_session, printable.mission_id, badge_payload("PW2027", checked_id), now=AT_0841
    )

    checked = _registration(printing_session, checked_id)
    assert (checked.badges_printed, checked.badge_printed_at) == (1, printed_at)
    assert checked.checked_in_at == AT_0841
    assert _registration(printing_session, printed_id).checked_in_at is None


def test_undo_restores_the_check_in_time(
    printing_session: Session, printable: PrintableMission
) -> None:
    rid = printable.hard["Long"]
    result = onsite.check_in_registration(printing_session, printable.mission_id, rid, now=AT_0841)

    assert result.undo is not None
    result.undo.undo(printing_session)

    assert _registration(printing_session, rid).checked_in_at is None
    assert _registration(printing_session, rid).status is RegistrationStatus.CONFIRMED
    again = onsite.check_in_registration(
        printing_session, printable.mission_id, rid, now=AT_0841 + timedelta(minutes=3)
    )
    assert again.outcome is CheckInOutcome.WELCOME


def test_naive_now_is_refused(printing_session: Session, printable: PrintableMission) -> None:
    before = _checked_in_total(printing_session)
    with pytest.raises(ValueError, match="aware"):
        onsite.check_in(
            printing_session,
            printable.mission_id,
            badge_payload("PW2027", printable.hard["Long"]),
            now=datetime(2027, 1, 27, 8, 41),
        )
    assert _checked_in_total(printing_session) == before


# --------------------------------------------------------------------------- names


def test_index_finds_accented_names_from_plain_prefixes(
    printing_session: Session, printable: PrintableMission
) -> None:
    index = onsite.CheckInIndex.load(printing_session, printable.mission_id)

    found = index.search("lukasz gon")
    assert [m.name for m in found] == ["Łukasz Gonçalves Väisänen"]
    assert found[0].registration_id == printable.hard["Œrsted"]
    assert found[0].organisation == "Œrsted Ørsted Optik ApS"
    assert [m.name for m in index.search("GONCALVES VAIS")] == ["Łukasz Gonçalves Väisänen"]
    assert index.search("lukasz xyz") == []
    assert index.search("   ") == []

    by_organisation = index.search("oersted optik")
    assert len(by_organisation) == 3
    by_name_first = index.search("orsted")
    assert by_name_first[0].name == "Søren Ørsted-Œhlenschläger"  # name before organisation
    assert len(by_name_first) == 3
    assert len(index.search("optik", limit=2)) == 2


def test_index_matches_email_words_and_keeps_in_step(
    printing_session: Session, printable: PrintableMission
) -> None:
    rid = printable.hard["Long"]
    email = _registration(printing_session, rid).person.email
    assert email is not None
    index = onsite.CheckInIndex.load(printing_session, printable.mission_id)
    assert [m.registration_id for m in index.search(email)] == [rid]
    assert index.search(email)[0].checked_in_local is None

    result = onsite.check_in_registration(printing_session, printable.mission_id, rid, now=AT_0841)
    index.apply(result)
    match = index.search(email)[0]
    assert match.checked_in_local is not None and f"{match.checked_in_local:%H:%M}" == "08:41"

    index.mark_checked_in(rid, None)
    assert index.search(email)[0].checked_in_local is None


def test_index_size_is_the_missions_registrations(
    printing_session: Session, printable: PrintableMission
) -> None:
    index = onsite.CheckInIndex.load(printing_session, printable.mission_id)
    expected = printing_session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(Registration.mission_id == printable.mission_id)
    )
    assert index.size == expected


def test_a_typed_whole_name_checks_in_accents_aside_but_its_start_only_shows_the_match(
    printing_session: Session, printable: PrintableMission
) -> None:
    index = onsite.CheckInIndex.load(printing_session, printable.mission_id)

    start = onsite.check_in(
        printing_session, printable.mission_id, "soren orsted", now=AT_0841, index=index
    )
    whole = onsite.check_in(
        printing_session,
        printable.mission_id,
        "soren orsted oehlenschlager",
        now=AT_0841,
        index=index,
    )

    assert start.outcome is CheckInOutcome.AMBIGUOUS
    assert [m.registration_id for m in start.matches] == [printable.hard["Ørsted"]]
    assert whole.outcome is CheckInOutcome.WELCOME
    assert whole.registration_id == printable.hard["Ørsted"]


def test_a_typed_name_matching_several_lists_them_and_checks_in_nobody(
    printing_session: Session, printable: PrintableMission
) -> None:
    before = _checked_in_total(printing_session)

    result = onsite.check_in(printing_session, printable.mission_id, "optik", now=AT_0841)

    assert result.outcome is CheckInOutcome.AMBIGUOUS
    assert {m.registration_id for m in result.matches} == set(printable.hard.values())
    assert result.message == "3 people match “optik”: pick one."
    assert _checked_in_total(printing_session) == before


def test_an_exact_full_name_wins_over_longer_names(session: Session, mission_id: uuid.UUID) -> None:
    short = add_person(session, "Anna", "Berg", "anna.berg@a.example")
    long = add_person(session, "Anna", "Bergström", "anna.bergstrom@b.example")
    ids = register_people(session, mission_id, [short.id, long.id]).registered

    ambiguous = onsite.check_in(session, mission_id, "anna ber", now=AT_0841)
    exact = onsite.check_in(session, mission_id, "Anna Berg", now=AT_0841)

    assert ambiguous.outcome is CheckInOutcome.AMBIGUOUS and len(ambiguous.matches) == 2
    assert exact.outcome is CheckInOutcome.WELCOME and exact.registration_id == ids[0]


def _people_of_the_desk(session: Session, mission_id: uuid.UUID) -> dict[str, uuid.UUID]:
    revonix = add_organisation(session, "Revonix Radio Systems Oy", "FI")
    people = [
        add_person(session, "Heikki", "Mäkelä", "heikki@revonix.example", organisation=revonix),
        add_person(session, "Jean-Baptiste", "Martin", "jb.martin@lumen.example"),
        add_person(session, "Anna", "Berg", "anna.berg@a.example"),
    ]
    ids = register_people(session, mission_id, [p.id for p in people]).registered
    return dict(zip(["heikki", "jean", "anna"], ids, strict=True))


@pytest.mark.parametrize("typed", ["Revonix", "Jean", "heikki", "Mäkelä", "jb.martin", "anna b"])
def test_part_of_a_name_organisation_or_email_checks_in_nobody_even_for_one_match(
    session: Session, mission_id: uuid.UUID, typed: str
) -> None:
    _people_of_the_desk(session, mission_id)

    result = onsite.check_in(session, mission_id, typed, now=AT_0841)

    assert result.outcome is CheckInOutcome.AMBIGUOUS
    assert len(result.matches) == 1
    assert result.message == f"One person matches “{typed}”: pick them."
    assert not result.checked_in_now
    assert _checked_in_total(session) == 0


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("Heikki Mäkelä", "heikki"),
        ("heikki  makela", "heikki"),  # accents and spaces ignored
        ("JEAN BAPTISTE MARTIN", "jean"),
        ("Jean-Baptiste Martin", "jean"),
        ("HEIKKI@revonix.example", "heikki"),  # an exact e-mail
    ],
)
def test_an_exact_full_name_or_email_checks_in(
    session: Session, mission_id: uuid.UUID, typed: str, who: str
) -> None:
    ids = _people_of_the_desk(session, mission_id)

    result = onsite.check_in(session, mission_id, typed, now=AT_0841)

    assert result.outcome is CheckInOutcome.WELCOME
    assert result.registration_id == ids[who]


# --------------------------------------------------------------------------- counts


def test_counts_per_delegation_match_a_naive_count(
    printing_session: Session, printable: PrintableMission
) -> None:
    everyone = printing_session.scalars(
        select(Registration).where(Registration.mission_id == printable.mission_id)
    ).all()
    for registration in everyone[::3]:
        onsite.check_in_registration(
            printing_session, printable.mission_id, registration.id, now=AT_0841
        )
    printing_session.expire_all()

    expected: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    for r in printing_session.scalars(
        select(Registration).where(Registration.mission_id == printable.mission_id)
    ):
        if r.status in (RegistrationStatus.CANCELLED, RegistrationStatus.NO_SHOW):
            continue
        name = r.delegation.name if r.delegation else "No delegation"
        expected[name] += 1
        checked[name] += r.checked_in_at is not None

    counts = onsite.check_in_counts(printing_session, printable.mission_id)

    assert {c.delegation: (c.checked_in, c.expected) for c in counts} == {
        name: (checked[name], expected[name]) for name in expected
    }
    assert counts[-1].delegation == "No delegation"  # the hard names have none
    total = onsite.total_count(counts)
    assert (total.checked_in, total.expected) == (sum(checked.values()), sum(expected.values()))
    assert 0 < total.checked_in < total.expected


# --------------------------------------------------------------------------- walk-ins


def _counts(session: Session) -> tuple[int, int, int]:
    session.expire_all()
    return (
        session.scalar(select(func.count()).select_from(Person)) or 0,
        session.scalar(select(func.count()).select_from(Organisation)) or 0,
        session.scalar(select(func.count()).select_from(Registration)) or 0,
    )


def test_walk_in_creates_person_organisation_and_checked_in_registration(
    session: Session, mission_id: uuid.UUID
) -> None:
    before = _counts(session)

    walk = onsite.walk_in(
        session,
        mission_id,
        first_name=" Inês ",
        last_name="Carvalho",
        email="Ines.Carvalho@Lumen.example",
        organisation_name="Lumen Óptica Lda",
        country="pt",
        now=AT_0841,
    )

    assert _counts(session) == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert walk.created_person and walk.created_organisation and walk.created_registration
    assert walk.check_in is not None and walk.check_in.outcome is CheckInOutcome.WELCOME
    registration = _registration(session, walk.registration_id)
    assert registration.checked_in_at == AT_0841
    assert registration.status is RegistrationStatus.CONFIRMED
    assert registration.role is RegistrationRole.VISITOR
    person = registration.person
    assert (person.first_name, person.email) == ("Inês", "ines.carvalho@lumen.example")
    assert person.organisation is not None
    assert (person.organisation.country, person.organisation.kind) == ("PT", OrganisationKind.OTHER)

    walk.undo(session)

    assert _counts(session) == before


def test_walk_in_reuses_person_by_email_and_organisation_by_normalised_name(
    session: Session, mission_id: uuid.UUID
) -> None:
    optik = add_organisation(session, "Œrsted Optik ApS", "DK")
    known = add_person(session, "Søren", "Dahl", "soren.dahl@optik.example")

    by_email = onsite.walk_in(
        session,
        mission_id,
        first_name="Soren",
        last_name="Dahl",
        email="SOREN.DAHL@optik.example",
        organisation_name="",
        country="",
        check_in=False,
        now=AT_0841,
    )
    by_organisation = onsite.walk_in(
        session,
        mission_id,
        first_name="Mette",
        last_name="Holm",
        email=None,
        organisation_name="oersted optik",
        country="DK",
        role=RegistrationRole.DELEGATE,
        now=AT_0841,
    )

    assert by_email.person_id == known.id and not by_email.created_person
    assert by_email.created_registration and by_email.check_in is None
    assert _registration(session, by_email.registration_id).checked_in_at is None
    assert by_organisation.organisation_id == optik.id
    assert by_organisation.created_person and not by_organisation.created_organisation

    before = _counts(session)
    by_email.undo(session)
    by_organisation.undo(session)
    people, organisations, registrations = _counts(session)
    assert (people, organisations, registrations) == (before[0] - 1, before[1], before[2] - 2)
    assert session.get(Person, known.id) is not None  # was there before the walk-in
    assert session.get(Organisation, optik.id) is not None


def test_walk_in_of_someone_registered_confirms_and_checks_them_in(
    session: Session, mission_id: uuid.UUID
) -> None:
    person = add_person(session, "Ana", "Lopes", "ana.lopes@x.example")
    [rid] = register_people(session, mission_id, [person.id]).registered
    set_status(session, [rid], RegistrationStatus.CANCELLED)

    walk = onsite.walk_in(
        session,
        mission_id,
        first_name="Ana",
        last_name="Lopes",
        email="ana.lopes@x.example",
        organisation_name="",
        country="",
        now=AT_0841,
    )

    assert walk.registration_id == rid and not walk.created_registration
    assert walk.check_in is not None and walk.check_in.outcome is CheckInOutcome.WELCOME
    assert walk.check_in.note == "Was cancelled: now confirmed."
    registration = _registration(session, rid)
    assert (registration.status, registration.checked_in_at) == (
        RegistrationStatus.CONFIRMED,
        AT_0841,
    )

    walk.undo(session)

    registration = _registration(session, rid)
    assert (registration.status, registration.checked_in_at) == (
        RegistrationStatus.CANCELLED,
        None,
    )


def _heikki(
    session: Session, mission_id: uuid.UUID, email: str | None = "heikki@revonix.example"
) -> tuple[Organisation, Person, uuid.UUID]:
    revonix = add_organisation(session, "Revonix Radio Systems Oy", "FI")
    heikki = add_person(session, "Heikki", "Mäkelä", email, organisation=revonix)
    [rid] = register_people(session, mission_id, [heikki.id]).registered
    return revonix, heikki, rid


@pytest.mark.parametrize(
    ("first", "last", "organisation", "country"),
    [
        ("Heikki", "Mäkelä", "Revonix Radio Systems Oy", "FI"),
        (" heikki ", "MAKELA", "", ""),  # no organisation, no accents
        ("Heikki", "Mäkelä", "Another Company", "SE"),
    ],
)
def test_walk_in_without_email_of_someone_registered_is_refused(
    session: Session, mission_id: uuid.UUID, first: str, last: str, organisation: str, country: str
) -> None:
    _heikki(session, mission_id)
    before = _counts(session)

    with pytest.raises(ValidationError) as error:
        onsite.walk_in(
            session,
            mission_id,
            first_name=first,
            last_name=last,
            email=None,
            organisation_name=organisation,
            country=country,
            now=AT_0841,
        )

    assert error.value.field == "last_name"
    assert str(error.value) == (
        "Heikki Mäkelä (Revonix Radio Systems Oy) is already registered: "
        "check them in from the list instead."
    )
    assert _counts(session) == before
    assert _checked_in_total(session) == 0


def test_walk_in_with_a_new_email_of_someone_registered_without_one_is_refused(
    session: Session, mission_id: uuid.UUID
) -> None:
    _heikki(session, mission_id, email=None)
    before = _counts(session)

    with pytest.raises(ValidationError) as error:
        onsite.walk_in(
            session,
            mission_id,
            first_name="Heikki",
            last_name="Mäkelä",
            email="heikki.new@revonix.example",
            organisation_name="",
            country="",
            now=AT_0841,
        )

    assert error.value.field == "last_name"
    assert _counts(session) == before


def test_walk_in_of_a_namesake_with_another_email_is_registered(
    session: Session, mission_id: uuid.UUID
) -> None:
    _, heikki, _ = _heikki(session, mission_id)

    walk = onsite.walk_in(
        session,
        mission_id,
        first_name="Heikki",
        last_name="Mäkelä",
        email="heikki@other.example",
        organisation_name="",
        country="",
        now=AT_0841,
    )

    assert walk.created_person and walk.created_registration
    assert walk.person_id != heikki.id


def test_walk_in_without_email_of_someone_cancelled_confirms_that_registration(
    session: Session, mission_id: uuid.UUID
) -> None:
    _, heikki, rid = _heikki(session, mission_id)
    set_status(session, [rid], RegistrationStatus.CANCELLED)
    before = _counts(session)

    walk = onsite.walk_in(
        session,
        mission_id,
        first_name="Heikki",
        last_name="Makela",
        email=None,
        organisation_name="",
        country="",
        now=AT_0841,
    )

    assert (walk.registration_id, walk.person_id) == (rid, heikki.id)
    assert not walk.created_person and not walk.created_registration
    assert walk.check_in is not None and walk.check_in.note == "Was cancelled: now confirmed."
    assert _counts(session) == before
    registration = _registration(session, rid)
    assert (registration.status, registration.checked_in_at) == (
        RegistrationStatus.CONFIRMED,
        AT_0841,
    )
    walk.undo(session)
    assert _registration(session, rid).status is RegistrationStatus.CANCELLED


def test_walk_in_without_email_of_someone_of_that_organisation_reuses_them(
    session: Session, mission_id: uuid.UUID
) -> None:
    revonix = add_organisation(session, "Revonix Radio Systems Oy", "FI")
    known = add_person(session, "Heikki", "Mäkelä", None, organisation=revonix)
    add_person(session, "Heikki", "Mäkelä", "namesake@elsewhere.example")  # another company
    before = _counts(session)

    walk = onsite.walk_in(
        session,
        mission_id,
        first_name="Heikki",
        last_name="Mäkelä",
        email=None,
        organisation_name="revonix radio systems oy",
        country="FI",
        now=AT_0841,
    )

    assert walk.person_id == known.id
    assert not walk.created_person and walk.created_registration
    assert _counts(session) == (before[0], before[1], before[2] + 1)
    walk.undo(session)
    assert _counts(session) == before
    assert session.get(Person, known.id) is not None


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"email": "not an e-mail"}, "email"),
        ({"email": "ana@"}, "email"),
        ({"first_name": "  "}, "first_name"),
        ({"last_name": ""}, "last_name"),
        ({"country": "Portugal"}, "country"),
        ({"country": ""}, "country"),  # an organisation needs its country
    ],
)
def test_walk_in_refuses_bad_input_naming_the_field_and_writes_nothing(
    session: Session, mission_id: uuid.UUID, values: dict[str, str], field: str
) -> None:
    form = {
        "first_name": "Ana",
        "last_name": "Lopes",
        "email": "ana.lopes@x.example",
        "organisation_name": "Lumen Óptica",
        "country": "PT",
    }
    form.update(values)
    before = _counts(session)

    with pytest.raises(ValidationError) as error:
        onsite.walk_in(session, mission_id, now=AT_0841, **form)  # type: ignore[arg-type]

    assert error.value.field == field
    assert _counts(session) == before


def test_walk_in_into_a_delegation_of_another_mission_is_refused(
    session: Session, mission_id: uuid.UUID
) -> None:
    with pytest.raises(ValidationError) as error:
        onsite.walk_in(
            session,
            mission_id,
            first_name="Ana",
            last_name="Lopes",
            email=None,
            organisation_name="",
            country="",
            delegation_id=uuid.uuid4(),
        )
    assert error.value.field == "delegation"


def test_undoing_a_walk_in_keeps_a_person_who_gained_other_records(
    printing_session: Session, printable: PrintableMission
) -> None:
    walk = onsite.walk_in(
        printing_session,
        printable.mission_id,
        first_name="Tiago",
        last_name="Reis",
        email="tiago.reis@walk.example",
        organisation_name="",
        country="",
        now=AT_0841,
    )
    canada = _mission(printing_session, "CAN2027")
    register_people(printing_session, canada.id, [walk.person_id])

    walk.undo(printing_session)

    printing_session.expire_all()
    assert printing_session.get(Registration, walk.registration_id) is None
    assert printing_session.get(Person, walk.person_id) is not None


def test_walk_in_joins_the_index(printing_session: Session, printable: PrintableMission) -> None:
    index = onsite.CheckInIndex.load(printing_session, printable.mission_id)
    walk = onsite.walk_in(
        printing_session,
        printable.mission_id,
        first_name="Zoë",
        last_name="Quintão",
        email=None,
        organisation_name="",
        country="",
        now=AT_0841,
    )

    index.add(printing_session, walk.registration_id)

    [match] = index.search("zoe quin")
    assert match.registration_id == walk.registration_id
    assert match.checked_in_local is not None


# --------------------------------------------------------------------------- meetings of the day


def test_meetings_of_the_day_in_local_time_with_late_people(
    printing_session: Session, printable: PrintableMission
) -> None:
    rows = b2b.list_meetings(printing_session, printable.mission_id)
    expected = [r for r in rows if r.starts_local.date() == B2B_DAY]
    assert expected, "the scheduled demo has meetings on the B2B day"
    first_start = min(r.starts_local for r in expected)
    # The first slot's people: half checked in.
    opening = [r for r in expected if r.starts_local == first_start]
    present = {p[0] for r in opening for p in r.participants[:1]}
    for rid in present:
        onsite.check_in_registration(
            printing_session, printable.mission_id, rid, now=AT_0841, confirm=True
        )
    now = first_start.astimezone(UTC) + timedelta(minutes=2)

    day = onsite.meetings_of_day(printing_session, printable.mission_id, B2B_DAY, now=now)

    assert [m.meeting_id for m in day] == [
        r.id for r in sorted(expected, key=lambda r: (r.starts_local, _table_number(r.table)))
    ]
    assert all(m.starts_local.tzinfo is not None for m in day)
    assert day[0].starts_local == first_start and f"{first_start:%H:%M}" == "13:30"
    for meeting in day:
        names_out = tuple(p.name for p in meeting.participants if p.registration_id not in present)
        if meeting.starts_local == first_start:
            assert meeting.late == names_out
            assert meeting.late  # the second participant is missing
        else:
            assert meeting.late == ()  # more than five minutes away
        assert {p.checked_in for p in meeting.participants} <= {True, False}
        assert meeting.place is not None
        assert b2b.place_of(printing_session, meeting.meeting_id) == meeting.place
    assert onsite.meetings_of_day(printing_session, printable.mission_id, date(2027, 1, 26)) == []

    just_before = first_start.astimezone(UTC) - timedelta(minutes=4)
    soon = onsite.meetings_of_day(printing_session, printable.mission_id, B2B_DAY, now=just_before)
    assert soon[0].late  # within five minutes
    too_early = first_start.astimezone(UTC) - timedelta(minutes=6)
    early = onsite.meetings_of_day(printing_session, printable.mission_id, B2B_DAY, now=too_early)
    assert all(m.late == () for m in early)


def _table_number(label: str) -> int:
    return int(label.rsplit(" ", 1)[-1]) if label.rsplit(" ", 1)[-1].isdigit() else 1 << 30


def test_meeting_statuses_set_and_restored(
    printing_session: Session, printable: PrintableMission
) -> None:
    day = onsite.meetings_of_day(printing_session, printable.mission_id, B2B_DAY)
    ids = [m.meeting_id for m in day[:3]]
    held_one = day[0].meeting_id
    onsite.set_meeting_status(printing_session, [held_one], MeetingStatus.HELD)

    previous = onsite.set_meeting_status(printing_session, ids, MeetingStatus.NO_SHOW)

    assert previous.statuses == {
        ids[0]: MeetingStatus.HELD,
        ids[1]: MeetingStatus.SCHEDULED,
        ids[2]: MeetingStatus.SCHEDULED,
    }
    late_now = day[0].ends_local.astimezone(UTC)
    marked = {
        m.meeting_id: m
        for m in onsite.meetings_of_day(
            printing_session, printable.mission_id, B2B_DAY, now=late_now
        )
    }
    assert all(marked[i].status is MeetingStatus.NO_SHOW and marked[i].late == () for i in ids)

    previous.undo(printing_session)

    printing_session.expire_all()
    assert [printing_session.get(Meeting, i).status for i in ids] == [  # type: ignore[union-attr]
        MeetingStatus.HELD,
        MeetingStatus.SCHEDULED,
        MeetingStatus.SCHEDULED,
    ]


DeskSession = tuple[uuid.UUID, list[uuid.UUID], list[uuid.UUID]]  # session, tables, people


@pytest.fixture
def desk_session(session: Session, mission_id: uuid.UUID) -> DeskSession:
    """A B2B session of three 20-minute slots from 13:30 with two tables, and four people."""
    session_id = b2b.add_session(
        session,
        mission_id,
        b2b.SessionData(
            day=B2B_DAY,
            start=datetime(2027, 1, 27, 13, 30).time(),
            end=datetime(2027, 1, 27, 14, 30).time(),
            slot_minutes=20,
            break_minutes=0,
            tables=2,
        ),
    )
    people = [add_person(session, n, "Test", f"{n}@x.example") for n in "abcd"]
    registered = register_people(session, mission_id, [p.id for p in people]).registered
    tables = [
        t.id
        for t in session.scalars(
            select(B2BTable).where(B2BTable.session_id == session_id).order_by(B2BTable.number)
        )
    ]
    return session_id, tables, list(registered)


def _status(session: Session, meeting_id: uuid.UUID) -> MeetingStatus:
    session.expire_all()
    meeting = session.get(Meeting, meeting_id)
    assert meeting is not None
    return meeting.status


@pytest.mark.parametrize(
    "status", [MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW]
)
def test_a_cancelled_meeting_whose_table_was_taken_is_not_marked_again(
    session: Session,
    mission_id: uuid.UUID,
    desk_session: DeskSession,
    status: MeetingStatus,
) -> None:
    session_id, tables, (a, b_, c, d) = desk_session
    place = b2b.MeetingPlace(session_id, 0, tables[0])
    cancelled = b2b.create_meeting(session, mission_id, place, [a, b_])
    onsite.set_meeting_status(session, [cancelled], MeetingStatus.CANCELLED)
    b2b.create_meeting(session, mission_id, place, [c, d])  # its place, free since

    with pytest.raises(ValidationError) as error:
        onsite.set_meeting_status(session, [cancelled], status)

    assert re.search("Table 1 is taken by (c Test and d Test|d Test and c Test)", str(error.value))
    assert str(error.value).startswith("The meeting of a Test and b Test at Wed 27 Jan 13:30 PST")
    assert _status(session, cancelled) is MeetingStatus.CANCELLED


def test_a_cancelled_meeting_whose_person_meets_someone_else_is_not_scheduled_again(
    session: Session,
    mission_id: uuid.UUID,
    desk_session: DeskSession,
) -> None:
    session_id, tables, (a, b_, c, _d) = desk_session
    cancelled = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 0, tables[0]), [a, b_]
    )
    onsite.set_meeting_status(session, [cancelled], MeetingStatus.CANCELLED)
    b2b.create_meeting(session, mission_id, b2b.MeetingPlace(session_id, 0, tables[1]), [a, c])

    with pytest.raises(ValidationError, match="a Test is already meeting c Test"):
        onsite.set_meeting_status(session, [cancelled], MeetingStatus.SCHEDULED)

    assert _status(session, cancelled) is MeetingStatus.CANCELLED


def test_two_cancelled_meetings_of_one_place_are_not_both_scheduled_again(
    session: Session,
    mission_id: uuid.UUID,
    desk_session: DeskSession,
) -> None:
    session_id, tables, (a, b_, c, d) = desk_session
    place = b2b.MeetingPlace(session_id, 1, tables[0])
    first = b2b.create_meeting(session, mission_id, place, [a, b_])
    onsite.set_meeting_status(session, [first], MeetingStatus.CANCELLED)
    second = b2b.create_meeting(session, mission_id, place, [c, d])
    onsite.set_meeting_status(session, [second], MeetingStatus.CANCELLED)

    with pytest.raises(ValidationError, match="Table 1 is taken by"):
        onsite.set_meeting_status(session, [first, second], MeetingStatus.SCHEDULED)

    assert _status(session, first) is MeetingStatus.CANCELLED
    assert _status(session, second) is MeetingStatus.CANCELLED
    onsite.set_meeting_status(session, [second], MeetingStatus.SCHEDULED)  # one of them: free
    assert _status(session, second) is MeetingStatus.SCHEDULED


def test_restoring_statuses_refuses_to_bring_back_a_meeting_whose_place_was_taken(
    session: Session,
    mission_id: uuid.UUID,
    desk_session: DeskSession,
) -> None:
    session_id, tables, (a, b_, c, d) = desk_session
    place = b2b.MeetingPlace(session_id, 2, tables[1])
    meeting = b2b.create_meeting(session, mission_id, place, [a, b_])
    held = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 0, tables[0]), [c, d]
    )
    before = onsite.set_meeting_status(session, [meeting], MeetingStatus.CANCELLED)
    b2b.create_meeting(session, mission_id, place, [c, d])

    with pytest.raises(ValidationError, match=r"Table 2 is taken by (c Test and d|d Test and c)"):
        onsite.MeetingStatusesBefore({**before.statuses, held: MeetingStatus.HELD}).undo(session)

    assert _status(session, meeting) is MeetingStatus.CANCELLED
    assert _status(session, held) is MeetingStatus.SCHEDULED  # nothing of it was written


def test_a_cancelled_meeting_whose_place_is_still_free_is_scheduled_again(
    session: Session,
    mission_id: uuid.UUID,
    desk_session: DeskSession,
) -> None:
    session_id, tables, (a, b_, _c, _d) = desk_session
    meeting = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 0, tables[0]), [a, b_]
    )
    before = onsite.set_meeting_status(session, [meeting], MeetingStatus.CANCELLED)
    before.undo(session)
    assert _status(session, meeting) is MeetingStatus.SCHEDULED
    onsite.set_meeting_status(session, [meeting], MeetingStatus.CANCELLED)
    onsite.set_meeting_status(session, [meeting], MeetingStatus.HELD)
    assert _status(session, meeting) is MeetingStatus.HELD


# --------------------------------------------------------------------------- free places


def _all_places(session: Session, mission_id: uuid.UUID) -> list[b2b.MeetingPlace]:
    places = []
    for b in session.scalars(select(B2BSession).where(B2BSession.mission_id == mission_id)):
        for slot in b2b.session_slots(b):
            places += [b2b.MeetingPlace(b.id, slot.position, t.id) for t in b.tables]
    return places


def test_free_places_are_exactly_those_move_accepts(
    printing_session: Session, printable: PrintableMission
) -> None:
    day = onsite.meetings_of_day(printing_session, printable.mission_id, B2B_DAY)
    meeting = day[len(day) // 2]
    assert meeting.place is not None

    free = onsite.free_places(printing_session, meeting.meeting_id)

    free_set = {place for place, _ in free}
    assert len(free_set) == len(free)
    assert meeting.place not in free_set
    for place in _all_places(printing_session, printable.mission_id):
        if place == meeting.place:
            continue
        accepted = not b2b.move_conflicts(printing_session, meeting.meeting_id, place)
        assert (place in free_set) == accepted, place
    # Something is refused for each reason: a taken table, and a participant busy.
    taken_same_slot = [
        p
        for p in _all_places(printing_session, printable.mission_id)
        if p.position == meeting.place.position and p not in free_set and p != meeting.place
    ]
    assert taken_same_slot  # other meetings hold tables in its own slot
    label = dict((p, text) for p, text in free)[free[0][0]]
    assert "·" in label and "Table" in label


def test_free_places_leave_out_busy_unavailable_and_programme_slots(
    session: Session, mission_id: uuid.UUID
) -> None:
    """Six 20-minute slots from 13:30 (21:30 UTC), two tables. The meeting of a and b sits at
    slot 0, table 1; a meets c at slot 1; everyone is at a reception during slot 2; b is
    available until 14:50 only (slots 4 and 5 out). Left: slot 0 table 2, slot 3 both."""
    session_id = b2b.add_session(
        session,
        mission_id,
        b2b.SessionData(
            day=B2B_DAY,
            start=datetime(2027, 1, 27, 13, 30).time(),
            end=datetime(2027, 1, 27, 15, 30).time(),
            slot_minutes=20,
            break_minutes=0,
            tables=2,
        ),
    )
    people = [add_person(session, n, "Test", f"{n}@x.example") for n in "abc"]
    a, b_, c = register_people(session, mission_id, [p.id for p in people]).registered
    tables = session.scalars(
        select(B2BTable).where(B2BTable.session_id == session_id).order_by(B2BTable.number)
    ).all()
    moving = b2b.create_meeting(
        session, mission_id, b2b.MeetingPlace(session_id, 0, tables[0].id), [a, b_]
    )
    b2b.create_meeting(session, mission_id, b2b.MeetingPlace(session_id, 1, tables[1].id), [a, c])
    local = datetime(2027, 1, 27, 21, 30, tzinfo=UTC)  # 13:30 in San Francisco
    with transaction(session):
        session.add(
            ProgrammeItem(
                mission_id=mission_id,
                kind=ProgrammeItemKind.RECEPTION,
                title="Welcome drink",
                starts_at=local + timedelta(minutes=40),
                ends_at=local + timedelta(minutes=60),
                audience=Audience.EVERYONE,
            )
        )
        session.add(
            Availability(registration_id=b_, starts_at=local, ends_at=local + timedelta(minutes=80))
        )

    free = {place for place, _ in onsite.free_places(session, moving)}

    assert free == {
        b2b.MeetingPlace(session_id, 0, tables[1].id),  # same slot, other table
        b2b.MeetingPlace(session_id, 3, tables[0].id),
        b2b.MeetingPlace(session_id, 3, tables[1].id),
    }
    for place in _all_places(session, mission_id):
        if place != b2b.MeetingPlace(session_id, 0, tables[0].id):
            assert (place in free) == (not b2b.move_conflicts(session, moving, place)), place


# --------------------------------------------------------------------------- speed


def _big_mission(session: Session, mission_id: uuid.UUID, people: int) -> list[uuid.UUID]:
    """``people`` registrations in five delegations, written in one transaction."""
    first_names = ["Łukasz", "Inês", "Søren", "Anna", "Jean-Luc", "Maëlle", "Jürgen", "Aino"]
    last_names = ["Gonçalves", "Ørsted", "Virtanen", "Dupont", "Müller", "Silva", "Peeters"]
    ids = []
    with transaction(session):
        delegations = [
            Delegation(id=uuid.uuid4(), mission_id=mission_id, name=f"Delegation {n}")
            for n in range(5)
        ]
        session.add_all(delegations)
        organisations = [
            Organisation(
                id=uuid.uuid4(),
                name=f"Company {n}",
                normalised_name=f"company {n}",
                kind=OrganisationKind.SME,
                country="FR",
            )
            for n in range(200)
        ]
        session.add_all(organisations)
        for n in range(people):
            person = Person(
                id=uuid.uuid4(),
                first_name=first_names[n % len(first_names)],
                last_name=f"{last_names[n % len(last_names)]}{n}",
                email=f"person{n}@bench.example",
                organisation_id=organisations[n % 200].id,
            )
            registration = Registration(
                id=uuid.uuid4(),
                mission_id=mission_id,
                person_id=person.id,
                delegation_id=delegations[n % 5].id,
                role=RegistrationRole.DELEGATE,
                status=RegistrationStatus.CONFIRMED,
            )
            session.add_all([person, registration])
            ids.append(registration.id)
    return ids


def test_300_check_ins_in_a_row_each_welcome_and_counted(
    session: Session, mission_id: uuid.UUID
) -> None:
    """300 arrivals at a 2,000-person desk, each applied to the desk's index (how fast they go
    is the benchmark's business: ``make bench`` checkin)."""
    ids = _big_mission(session, mission_id, 2000)
    index = onsite.CheckInIndex.load(session, mission_id)
    for n, rid in enumerate(ids[:300]):
        result = onsite.check_in(
            session, mission_id, badge_payload("PW2027", rid), now=AT_0841 + timedelta(seconds=n)
        )
        index.apply(result)
        assert result.outcome is CheckInOutcome.WELCOME
    totals = onsite.total_count(onsite.check_in_counts(session, mission_id))
    assert (totals.checked_in, totals.expected) == (300, 2000)

    found = index.search("person1999@bench.example")
    assert [m.email for m in found] == ["person1999@bench.example"]
    assert found[0].checked_in_local is None and index.search("person0@bench")[0].checked_in_local
    assert index.search("zz") == []


def test_free_places_on_a_full_session(session: Session, mission_id: uuid.UUID) -> None:
    ids = _big_mission(session, mission_id, 1000)
    session_id = b2b.add_session(
        session,
        mission_id,
        b2b.SessionData(
            day=B2B_DAY,
            start=datetime(2027, 1, 27, 9, 0).time(),
            end=datetime(2027, 1, 27, 17, 0).time(),
            slot_minutes=25,
            break_minutes=5,
            tables=60,
        ),
    )
    b2b_session = session.get(B2BSession, session_id)
    assert b2b_session is not None
    slots = b2b.session_slots(b2b_session)
    assert len(slots) == 16
    tables = list(b2b_session.tables)
    with transaction(session):
        for s, slot in enumerate(slots):
            for t, table in enumerate(tables[:50]):  # ten tables free in each slot
                pair = ids[(s * 7 + t * 2) % 1000], ids[(s * 7 + t * 2 + 1) % 1000]
                meeting = Meeting(
                    id=uuid.uuid4(),
                    mission_id=mission_id,
                    session_id=session_id,
                    table_id=table.id,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                    status=MeetingStatus.SCHEDULED,
                )
                meeting.participants = [session.get(Registration, rid) for rid in pair]  # type: ignore[misc]
                session.add(meeting)
    moving = session.scalars(select(Meeting).where(Meeting.mission_id == mission_id)).first()
    assert moving is not None

    free = onsite.free_places(session, moving.id)
    assert 0 < len(free) <= 16 * 10 + 9


def test_meetings_of_the_day_and_free_places_name_the_zone(
    printing_session: Session, printable: PrintableMission
) -> None:
    day = onsite.meetings_of_day(printing_session, printable.mission_id, B2B_DAY, now=AT_0841)
    assert day and all(m.starts_local.tzname() == "PST" for m in day)

    places = onsite.free_places(printing_session, day[0].meeting_id)

    assert places
    for _place, label in places:
        assert re.fullmatch(r"Wed 27 Jan \d\d:\d\d–\d\d:\d\d PST · Table \d+", label), label
