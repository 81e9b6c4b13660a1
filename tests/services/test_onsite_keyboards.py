"""Badge codes typed through the wrong keyboard layout: what a scanner set to one layout types on
a computer set to another, read back and checked in, with a hint on setting the scanner; and
codes that are not ours said to be unknown, never "removed".

The mangled forms below are written out by hand from the keyboard charts (a US scanner presses
the US key of each character; the laptop prints what its own layout has on that key), so the
test does not trust the tables it checks."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.models import Mission, Registration
from pimap_desktop.domain.rules import badge_payload
from pimap_desktop.services.onsite import keyboards as onsite_keyboards
from pimap_desktop.services.onsite import onsite
from pimap_desktop.services.onsite.keyboards import (
    BELGIAN,
    FINNISH_SWEDISH,
    FRENCH,
    GERMAN,
    MISMATCHES,
    PORTUGUESE,
    SWISS_FRENCH,
    SWISS_GERMAN,
    US,
    Mismatch,
)
from pimap_desktop.services.onsite.onsite import CheckInOutcome
from tests.printing_fixtures import PrintableMission

from .test_onsite import AT_0841, _checked_in_total, _first_with_status, _registration

# A registration number with every hex digit in it.
EVERY_DIGIT = uuid.UUID(hex="0123456789abcdef0123456789abcdef")


@pytest.mark.parametrize(
    ("scanner", "computer", "code", "prefix", "typed_code", "typed_hex"),
    [
        # A US scanner on a French AZERTY laptop: the digits row unshifted (&é"'(-è_çà), A↔Q,
        # W↔Z, M where US keyboards have ',' (shifted: '?'), and ':' is Shift + the US ';'
        # key, where AZERTY has M.
        (US, FRENCH, "PW2027", "PI?QP&M", "PZéàéè", "à&é\"'(-è_çqbcdef"),
        # Belgian AZERTY: the same but § for 6 and ! for 8; the US '-' key gives ')'.
        (US, BELGIAN, "WS-BE-2027", "PI?QP&M", "ZS)BE)éàéè", "à&é\"'(§è!çqbcdef"),
        # German QWERTZ: Y↔Z, ':' is Shift + the US ';' key, where QWERTZ has Ö; '-' gives ß.
        (US, GERMAN, "YZ-2027", "PIMAP1Ö", "ZYß2027", "0123456789abcdef"),
        (US, SWISS_GERMAN, "PW2027", "PIMAP1é", "PW2027", "0123456789abcdef"),
        (US, SWISS_FRENCH, "PW2027", "PIMAP1ö", "PW2027", "0123456789abcdef"),
        # An AZERTY scanner on a US laptop: digits need Shift on AZERTY (US types !@#$%^&*()),
        # ':' is AZERTY's own key where US has '.', '-' and '_' are the 6 and 8 keys.
        (FRENCH, US, "WS-FR_2027", "PI:QP!.", "ZS6FR8@)@&", ")!@#$%^&*(qbcdef"),
        (BELGIAN, US, "WS-BE-2027", "PI:QP!.", "ZS=BE=@)@&", ")!@#$%^&*(qbcdef"),
        # A QWERTZ scanner on a US laptop: ':' is Shift + '.', which US types as '>'; QWERTZ
        # has '-' where US has '/'.
        (GERMAN, US, "YZ-2027", "PIMAP1>", "ZY/2027", "0123456789abcdef"),
        (SWISS_GERMAN, US, "PW2027", "PIMAP1>", "PW2027", "0123456789abcdef"),
        # Finnish/Swedish: ':' is Shift + the US ';' key, where they have Ö; '-' gives '+'.
        (US, FINNISH_SWEDISH, "WS-FI_2027", "PIMAP1Ö", "WS+FI?2027", "0123456789abcdef"),
        # Portuguese: Ç where US has ';'; "'" on the US '-' key.
        (US, PORTUGUESE, "WS-PT-2026", "PIMAP1Ç", "WS'PT'2026", "0123456789abcdef"),
    ],
)
def test_a_badge_is_typed_as_the_keyboard_charts_say_and_read_back(
    scanner: onsite_keyboards.Layout,
    computer: onsite_keyboards.Layout,
    code: str,
    prefix: str,
    typed_code: str,
    typed_hex: str,
) -> None:
    payload = badge_payload(code, EVERY_DIGIT)
    mix_up = Mismatch(scanner, computer)
    expected = f"{prefix}{typed_code}{prefix[-1]}{typed_hex * 2}"

    assert mix_up.typed(payload) == expected
    assert mix_up.read_back(expected) == payload
    assert payload in [meant for meant, _ in onsite_keyboards.read_backs(expected)]
    caps_lock = "".join(c.swapcase() if c.isascii() else c for c in expected)
    assert payload in [meant for meant, _ in onsite_keyboards.read_backs(caps_lock)]


def test_every_mix_up_reads_back_each_character_of_a_code_one_way() -> None:
    for mix_up in MISMATCHES:
        typed = [mix_up.typed(c) for c in onsite_keyboards.CODE_CHARACTERS]
        assert len(set(typed)) == len(typed), mix_up.key
        assert all(len(t) == 1 for t in typed), mix_up.key
        assert mix_up.typed(":") != ":"  # the colon never survives: a mix-up always shows


@given(
    code=st.from_regex(r"[A-Z0-9][A-Z0-9_-]{1,19}", fullmatch=True),
    number=st.uuids(),
    mix_up=st.sampled_from(MISMATCHES),
)
def test_any_badge_typed_through_any_mix_up_reads_back(
    code: str, number: uuid.UUID, mix_up: Mismatch
) -> None:
    payload = badge_payload(code, number)

    readings = [meant for meant, _ in onsite_keyboards.read_backs(mix_up.typed(payload))]

    assert payload in readings
    assert onsite_keyboards.looks_mangled(mix_up.typed(payload))


def test_names_and_emails_do_not_look_like_a_mangled_badge() -> None:
    for text in ("Łukasz Gonçalves", "pim@ap.example", "Pimap One", "PIMAP", "Solberg-Haugen"):
        assert not onsite_keyboards.looks_mangled(text)
        assert not onsite.looks_like_code(text)
    assert not onsite.looks_like_code("Wolfeschlegelsteinhausenbergerdorff-Łopuszańska")
    assert onsite.looks_like_code("3f2a9c1e-77b4-4c0e-9d51-2b8e6f0a4c11")  # a ticket id
    assert onsite.looks_like_code("PIMAP1:PW2027:xyz")


# --------------------------------------------------------------------------- the desk


def _confirmed(session: Session, mission_id: uuid.UUID, n: int = 0) -> uuid.UUID:
    people = session.scalars(
        select(Registration.id)
        .where(
            Registration.mission_id == mission_id,
            Registration.status == RegistrationStatus.CONFIRMED,
            Registration.checked_in_at.is_(None),
        )
        .order_by(Registration.id)
    ).all()
    return people[n]


@pytest.mark.parametrize("mix_up", MISMATCHES, ids=lambda m: m.key)
def test_a_badge_typed_through_a_layout_mix_up_checks_in_with_a_hint(
    printing_session: Session, printable: PrintableMission, mix_up: Mismatch
) -> None:
    person = _confirmed(printing_session, printable.mission_id)
    typed = mix_up.typed(badge_payload("PW2027", person))

    result = onsite.check_in(printing_session, printable.mission_id, typed, now=AT_0841)

    assert result.outcome is CheckInOutcome.WELCOME
    assert result.registration_id == person
    assert _registration(printing_session, person).checked_in_at == AT_0841
    assert result.scanner_mix_up
    if mix_up.scanner is US:
        assert result.scanner_hint.startswith("The scanner types as a US keyboard on this ")
        assert mix_up.computer.family in result.scanner_hint
    else:  # whatever the scanner is set to, the way out is US
        assert "set the scanner to US" in result.scanner_hint


def test_a_us_scanner_on_a_french_laptop_is_named_when_the_code_tells(
    printing_session: Session, printable: PrintableMission
) -> None:
    """French and Belgian AZERTY differ on 6 and 8 only: a code with them says which."""
    ids = printing_session.scalars(
        select(Registration.id).where(
            Registration.mission_id == printable.mission_id,
            Registration.status == RegistrationStatus.CONFIRMED,
        )
    ).all()
    person = next(i for i in ids if "6" in i.hex or "8" in i.hex)
    typed = Mismatch(US, FRENCH).typed(badge_payload("PW2027", person))

    result = onsite.check_in(printing_session, printable.mission_id, typed, now=AT_0841)

    assert result.outcome is CheckInOutcome.WELCOME
    assert result.scanner_mix_up == "us>fr"
    assert result.scanner_hint == (
        "The scanner types as a US keyboard on this French AZERTY laptop: set the scanner to "
        "French AZERTY (a setup barcode in its manual), or switch the laptop's keyboard to US "
        "while scanning."
    )


def test_a_mangled_scan_after_text_left_in_the_field_checks_in(
    printing_session: Session, printable: PrintableMission
) -> None:
    person = _confirmed(printing_session, printable.mission_id)
    typed = "Sop" + Mismatch(US, FRENCH).typed(badge_payload("PW2027", person))

    result = onsite.check_in(printing_session, printable.mission_id, typed, now=AT_0841)

    assert result.outcome is CheckInOutcome.WELCOME and result.registration_id == person


def test_a_mangled_badge_of_another_mission_is_refused_with_its_code(
    printing_session: Session, printable: PrintableMission
) -> None:
    canada = printing_session.scalar(select(Mission).where(Mission.code == "CAN2027"))
    assert canada is not None
    theirs = _first_with_status(printing_session, canada.id, RegistrationStatus.CONFIRMED)
    typed = Mismatch(US, GERMAN).typed(badge_payload("CAN2027", theirs.id))
    before = _checked_in_total(printing_session)

    result = onsite.check_in(printing_session, printable.mission_id, typed, now=AT_0841)

    assert result.outcome is CheckInOutcome.OTHER_MISSION
    assert result.other_mission_code == "CAN2027"
    assert _checked_in_total(printing_session) == before


def test_a_mangled_invited_badge_asks_like_any_other(
    printing_session: Session, printable: PrintableMission
) -> None:
    invited = _first_with_status(printing_session, printable.mission_id, RegistrationStatus.INVITED)
    typed = Mismatch(US, BELGIAN).typed(badge_payload("PW2027", invited.id))

    result = onsite.check_in(printing_session, printable.mission_id, typed, now=AT_0841)

    assert result.outcome is CheckInOutcome.TO_CONFIRM
    assert _registration(printing_session, invited.id).checked_in_at is None


@pytest.mark.parametrize(
    "text",
    [
        "X7Kq" * 15,  # 60 characters of another system's ticket
        "3f2a9c1e-77b4-4c0e-9d51-2b8e6f0a4c11",  # a 36-character ticket id
        "EVT-2027-000123-ZZ9Q",
        Mismatch(US, FRENCH).typed(badge_payload("PW2027", uuid.UUID(int=7))),
        badge_payload("PW2027", uuid.UUID(int=7)),
        "PIMAP1:PW2027:not-a-number",
    ],
)
def test_an_unknown_code_says_unknown_code_and_claims_no_removal(
    printing_session: Session, printable: PrintableMission, text: str
) -> None:
    before = _checked_in_total(printing_session)

    result = onsite.check_in(printing_session, printable.mission_id, text, now=AT_0841)

    assert result.outcome is CheckInOutcome.UNKNOWN_BADGE
    assert "removed" not in result.message
    assert result.scanned == text
    assert result.registration_id is None
    assert _checked_in_total(printing_session) == before


def test_a_long_hyphenated_name_is_still_searched_as_a_name(
    printing_session: Session, printable: PrintableMission
) -> None:
    result = onsite.check_in(
        printing_session,
        printable.mission_id,
        "Wolfeschlegelsteinhausenbergerdorff-Łopuszańska",
        now=AT_0841,
    )

    assert result.outcome is CheckInOutcome.AMBIGUOUS  # found by name, picked by the desk
    assert [m.registration_id for m in result.matches] == [printable.hard["Long"]]


def test_a_name_typed_is_never_read_as_a_mangled_badge(
    printing_session: Session, printable: PrintableMission
) -> None:
    count = printing_session.scalar(select(func.count()).select_from(Registration))
    result = onsite.check_in(printing_session, printable.mission_id, "Pimap Qp", now=AT_0841)
    assert result.outcome is CheckInOutcome.NOT_FOUND
    assert printing_session.scalar(select(func.count()).select_from(Registration)) == count
