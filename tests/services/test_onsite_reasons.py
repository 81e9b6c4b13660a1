"""Every way a check-in can end carries its reason and the values its sentence names, so that a
screen words it in its own language (gui/onsite/desk_widgets.sentence); ``message`` stays the
English sentence the command line prints."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.rules import BadgeCodeError, badge_payload, parse_badge_payload
from pimap_desktop.services.onsite import keyboards, onsite
from pimap_desktop.services.onsite.onsite import CheckInOutcome, CheckInReason, CheckInResult
from tests.printing_fixtures import PrintableMission
from tests.services.test_onsite import AT_0841

Reason = CheckInReason


def every_reason(session: Session, printable: PrintableMission) -> dict[str, CheckInResult]:
    """One result of each way a check-in ends (keyed by a name), from the printable mission."""
    mission_id, code = printable.mission_id, printable.code

    def scan(
        text: str, *, after: timedelta = timedelta(0), code_only: bool = False
    ) -> CheckInResult:
        return onsite.check_in(session, mission_id, text, now=AT_0841 + after, code_only=code_only)

    badge = badge_payload(code, printable.hard["Œrsted"])
    found = {"welcome": scan(badge)}
    found["already today"] = scan(badge, after=timedelta(hours=2))
    found["already earlier"] = scan(badge, after=timedelta(days=1))
    found["empty"] = scan("   ")
    found["other mission"] = scan(badge_payload("OTHER27", printable.hard["Long"]))
    found["badge nobody"] = scan(badge_payload(code, uuid.UUID(int=7)))
    found["not a badge"] = scan("ACME:4417:0099")
    found["not a badge, code only"] = scan("Maria", code_only=True)
    found["badge damaged"] = scan(f"PIMAP1:{code}:not-a-number")
    found["badge no mission"] = scan(f"PIMAP1: :{uuid.UUID(int=9).hex}")
    found["no such number"] = scan(uuid.UUID(int=11).hex)
    found["email nobody"] = scan("nobody.here@example.org")
    found["name nobody"] = scan("Zyxwv Qpqpq")
    found["one match"] = scan("Łukasz")
    found["matches"] = scan("Ørsted")
    found["not in mission"] = onsite.check_in_registration(
        session, mission_id, uuid.UUID(int=13), now=AT_0841
    )
    return found


EXPECTED = {
    "welcome": (CheckInOutcome.WELCOME, Reason.NONE),
    "already today": (CheckInOutcome.ALREADY, Reason.ALREADY_TODAY),
    "already earlier": (CheckInOutcome.ALREADY, Reason.ALREADY_EARLIER),
    "empty": (CheckInOutcome.NOT_FOUND, Reason.EMPTY),
    "other mission": (CheckInOutcome.OTHER_MISSION, Reason.OTHER_MISSION),
    "badge nobody": (CheckInOutcome.UNKNOWN_BADGE, Reason.BADGE_NOBODY),
    "not a badge": (CheckInOutcome.UNKNOWN_BADGE, Reason.NOT_A_BADGE),
    "not a badge, code only": (CheckInOutcome.UNKNOWN_BADGE, Reason.NOT_A_BADGE),
    "badge damaged": (CheckInOutcome.UNKNOWN_BADGE, Reason.BADGE_DAMAGED),
    "badge no mission": (CheckInOutcome.UNKNOWN_BADGE, Reason.BADGE_NO_MISSION),
    "no such number": (CheckInOutcome.UNKNOWN_BADGE, Reason.NO_SUCH_NUMBER),
    "email nobody": (CheckInOutcome.NOT_FOUND, Reason.EMAIL_NOBODY),
    "name nobody": (CheckInOutcome.NOT_FOUND, Reason.NAME_NOBODY),
    "one match": (CheckInOutcome.AMBIGUOUS, Reason.MATCHES),
    "matches": (CheckInOutcome.AMBIGUOUS, Reason.MATCHES),
    "not in mission": (CheckInOutcome.NOT_FOUND, Reason.NOT_IN_MISSION),
}


def test_every_way_a_check_in_ends_carries_its_reason(
    printing_session: Session, printable: PrintableMission
) -> None:
    found = every_reason(printing_session, printable)

    assert {name: (r.outcome, r.reason) for name, r in found.items()} == EXPECTED
    assert set(Reason) == {reason for _, reason in EXPECTED.values()}  # each is reachable


def test_a_reason_carries_the_values_its_sentence_names(
    printing_session: Session, printable: PrintableMission
) -> None:
    found = every_reason(printing_session, printable)

    other = found["other mission"]
    assert (other.other_mission_code, other.mission_code) == ("OTHER27", printable.code)
    assert other.message == f"This badge is for OTHER27, not {printable.code}."
    email = found["email nobody"]
    assert (email.mission_code, email.typed) == (printable.code, "nobody.here@example.org")
    assert found["name nobody"].typed == "Zyxwv Qpqpq"
    one, many = found["one match"], found["matches"]
    assert (one.match_count, one.typed, len(one.matches)) == (1, "Łukasz", 1)
    assert one.message == "One person matches “Łukasz”: pick them."
    assert many.match_count == len(many.matches) >= 2
    assert many.message == f"{many.match_count} people match “Ørsted”: pick one."
    for name in ("badge nobody", "no such number", "not in mission", "empty"):
        assert found[name].mission_code == printable.code, name
    # Today or another day: the same check-in time, told apart by the reason.
    today, earlier = found["already today"], found["already earlier"]
    assert today.checked_in_local == earlier.checked_in_local
    assert earlier.message == "Already checked in on Wed 27 Jan at 08:41 PST."


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("HELLO:PW2027:00", BadgeCodeError.NOT_OURS),
        ("PIMAP1:PW2027:xyz", BadgeCodeError.DAMAGED),
        (f"PIMAP1: :{uuid.UUID(int=1).hex}", BadgeCodeError.NO_MISSION),
    ],
)
def test_an_unreadable_badge_says_which_way_it_is_unreadable(text: str, problem: str) -> None:
    with pytest.raises(BadgeCodeError) as raised:
        parse_badge_payload(text)
    assert raised.value.problem == problem
    assert isinstance(raised.value, ValidationError) and raised.value.field == "badge"


@pytest.mark.parametrize("mix_up", keyboards.MISMATCHES, ids=lambda m: m.key)
def test_the_scanner_advice_names_what_the_hint_says(mix_up: keyboards.Mismatch) -> None:
    advice = keyboards.advice([mix_up])
    hint = keyboards.hint([mix_up])

    assert advice.us_scanner == (mix_up.scanner is keyboards.US)
    other = mix_up.computer if advice.us_scanner else mix_up.scanner
    assert advice.names == (other.name,)
    assert other.name in hint


def test_the_advice_names_the_family_when_the_code_cannot_tell_the_layouts_apart() -> None:
    french, belgian = (
        keyboards.Mismatch(keyboards.US, layout) for layout in (keyboards.FRENCH, keyboards.BELGIAN)
    )
    assert keyboards.advice([french, belgian]) == keyboards.ScannerAdvice(True, ("AZERTY",))
    german, portuguese = (
        keyboards.Mismatch(layout, keyboards.US)
        for layout in (keyboards.GERMAN, keyboards.PORTUGUESE)
    )
    advice = keyboards.advice([german, portuguese])
    assert advice == keyboards.ScannerAdvice(False, ("German QWERTZ", "Portuguese"))
    assert "set to German QWERTZ or Portuguese but" in keyboards.hint([german, portuguese])
