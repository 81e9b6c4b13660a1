"""On site: the check-in desk, walk-ins and the meetings of the day.

The check-in field takes what a USB badge scanner types (a badge's QR payload, see
``rules.badge_payload``), an e-mail, a registration id, or a name typed by hand (only a whole
name checks someone in; a part of one lists the matches to pick from). Each check-in is
one transaction that reads and writes one registration, so the 300th is as quick as the first.
Checking in sets ``Registration.checked_in_at`` only; printing a badge is not checking in (the
badge counters belong to the printer).

Who is let in: a confirmed or registered person is welcome; a no-show one is let in too, and
confirmed on the way (the result says what their status was, and undo puts it back). An invited
or wait-listed person is not waved through: the result is TO_CONFIRM and nothing is written; the
desk decides, and ``confirm=True`` lets them in and confirms them in one transaction (one undo
step puts both back). A cancelled registration is not checked in: the desk sees "cancelled" and
decides (a walk-in form confirms them again when they are let in).

A badge is trusted only whole: its mission code must be this mission's, and its registration must
belong to this mission. A badge of another mission is refused with that mission's code; a badge
with this mission's code whose registration is not in this mission is an unknown code. A badge
typed by a scanner set to another keyboard layout than the computer's (a US scanner on an
AZERTY laptop types ``PI?QP&M…``) is read back (``onsite_keyboards``) and checked in, with a hint
on how to set the scanner. Times in results are the mission's, with the zone named.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from pimap_desktop.domain.enums import (
    LabelledEnum,
    MeetingStatus,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    Delegation,
    FollowUp,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.domain.rules import (
    BADGE_PAYLOAD_VERSION,
    BadgeCodeError,
    local_to_utc,
    normalise_email,
    normalise_name,
    parse_badge_payload,
    to_local,
)
from pimap_desktop.domain.types import utcnow

# The scheduler's own rule for who attends which programme item, shared rather than copied.
from pimap_desktop.services.b2b.availability import programme_attendance
from pimap_desktop.services.b2b.meetings import (
    MeetingPlace,
    move_conflicts,
    one_meeting_per_table_slot,
    place_of,
    session_slots,
    table_label,
)
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.onsite import keyboards as onsite_keyboards
from pimap_desktop.services.undo import VersionsLeft, taking_back, versions_left
from pimap_desktop.services.unit import transaction
from pimap_desktop.text import ServiceWords, Words, and_list, words_of

# Registrations the desk expects to see; the others (cancelled, no-show) are not counted.
NOT_EXPECTED = (RegistrationStatus.CANCELLED, RegistrationStatus.NO_SHOW)
# Statuses let in and confirmed on the way, with a note for the desk.
_CONFIRMED_ON_ARRIVAL = {
    RegistrationStatus.INVITED: "Was invited and had not registered: now confirmed.",
    RegistrationStatus.WAITLISTED: "Was on the waiting list: now confirmed.",
    RegistrationStatus.NO_SHOW: "Was marked as a no-show: now confirmed.",
    RegistrationStatus.REGISTERED: "",
    RegistrationStatus.CANCELLED: "Was cancelled: now confirmed.",  # by a walk-in only
}
NO_DELEGATION = "No delegation"
# A participant who is not checked in this long before a meeting starts is shown as late.
LATE_AHEAD = timedelta(minutes=5)


def _aware_now(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("'now' must be an aware datetime")
    return now.astimezone(UTC)


# --------------------------------------------------------------------------- check-in results


class CheckInOutcome(LabelledEnum):
    WELCOME = "welcome"
    ALREADY = "already"
    CANCELLED = "cancelled"
    UNKNOWN_BADGE = "unknown_badge"
    OTHER_MISSION = "other_mission"
    NOT_FOUND = "not_found"  # typed text that matches nobody
    TO_CONFIRM = "to_confirm"  # invited or wait-listed: the desk decides (nothing written yet)
    AMBIGUOUS = "ambiguous"  # typed text that matches several people: ``matches`` lists them


class CheckInReason(StrEnum):
    """Why a scan or a name ended as it did, for a screen that words it in its own language
    (``CheckInResult.message`` words it in English). NONE: the outcome says it all (welcome,
    to confirm, cancelled)."""

    NONE = ""
    EMPTY = "empty"  # nothing typed
    ALREADY_TODAY = "already today"  # ALREADY, earlier the same day
    ALREADY_EARLIER = "already earlier"  # ALREADY, on an earlier day
    OTHER_MISSION = "other mission"  # a badge of another mission (``other_mission_code``)
    BADGE_NOBODY = "badge nobody"  # a badge of this mission that matches no registration
    NOT_A_BADGE = "not a badge"  # a code, but not one of PIMAP's badges
    BADGE_DAMAGED = "badge damaged"  # its registration number is unreadable
    BADGE_NO_MISSION = "badge no mission"  # it names no mission
    NO_SUCH_NUMBER = "no such number"  # a registration number this mission does not have
    EMAIL_NOBODY = "email nobody"  # an e-mail nobody of the mission has (``typed``)
    NOT_IN_MISSION = "not in mission"  # a registration picked that is not in the mission
    NAME_NOBODY = "name nobody"  # a name that matches nobody (``typed``)
    MATCHES = "matches"  # a name that matches ``match_count`` people, to pick from (``typed``)


_BADGE_PROBLEMS = {
    BadgeCodeError.NOT_OURS: CheckInReason.NOT_A_BADGE,
    BadgeCodeError.DAMAGED: CheckInReason.BADGE_DAMAGED,
    BadgeCodeError.NO_MISSION: CheckInReason.BADGE_NO_MISSION,
}


@dataclass(frozen=True)
class Match:
    """A registration as the check-in search lists it."""

    registration_id: uuid.UUID
    name: str
    organisation: str
    email: str
    delegation: str
    checked_in_local: datetime | None
    status: RegistrationStatus

    def to_json(self) -> dict[str, Any]:
        return {
            "registration_id": str(self.registration_id),
            "name": self.name,
            "organisation": self.organisation,
            "email": self.email,
            "delegation": self.delegation,
            "checked_in": _iso(self.checked_in_local),
            "status": self.status.value,
        }


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows after a scan or a pick, and what undo needs."""

    outcome: CheckInOutcome
    registration_id: uuid.UUID | None
    name: str
    organisation: str
    delegation: str
    role: RegistrationRole | None
    checked_in_local: datetime | None  # when they were (or are now) checked in, mission zone
    other_mission_code: str  # for OTHER_MISSION: the code the badge carries
    message: str  # one short sentence for a person
    previous_checked_in_at: datetime | None = None  # for undo (UTC)
    previous_status: RegistrationStatus | None = None  # for undo
    status: RegistrationStatus | None = None  # the registration's status after the check-in
    note: str = ""  # what else the desk should know ("Was on the waiting list: now confirmed.")
    matches: tuple[Match, ...] = ()  # for AMBIGUOUS
    # A badge read back from a scanner typing with another keyboard layout: the mix-up ("us>fr",
    # see ``onsite_keyboards.Mismatch.key``) and how to set the scanner (``scanner_hint``).
    scanner_mix_up: str = ""
    scanner_advice: onsite_keyboards.ScannerAdvice | None = None
    scanned: str = ""  # for UNKNOWN_BADGE: what was scanned, as it came
    # Why, in parts a screen words in its own language (``message`` is the English sentence):
    # the reason, the desk's mission, what was typed and how many people match it.
    reason: CheckInReason = CheckInReason.NONE
    mission_code: str = ""
    typed: str = ""
    match_count: int = 0
    # The registration's version before and after the check-in, for undo.
    version_before: int | None = None
    version_left: int | None = None

    @property
    def scanner_hint(self) -> str:
        """How to set the scanner, in English; "" when no mix-up was read back."""
        return self.scanner_advice.english if self.scanner_advice is not None else ""

    @property
    def zone_abbreviation(self) -> str:
        """The zone of ``checked_in_local`` ("PST"), "" without one."""
        return (self.checked_in_local.tzname() or "") if self.checked_in_local else ""

    @property
    def role_label(self) -> str:
        return self.role.label if self.role is not None else ""

    @property
    def checked_in_now(self) -> bool:
        """True when this result changed the database (undo has something to do)."""
        return self.outcome is CheckInOutcome.WELCOME

    @property
    def undo(self) -> CheckInBefore | None:
        """What takes this check-in back; None when it changed nothing."""
        if not self.checked_in_now or self.registration_id is None:
            return None
        left = (
            VersionsLeft(
                ((Registration, self.registration_id, self.version_before, self.version_left),)
            )
            if self.version_left is not None
            else VersionsLeft()
        )
        return CheckInBefore(
            self.registration_id, self.previous_checked_in_at, self.previous_status, left
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "registration_id": str(self.registration_id) if self.registration_id else None,
            "name": self.name,
            "organisation": self.organisation,
            "delegation": self.delegation,
            "role": self.role.value if self.role else None,
            "checked_in": _iso(self.checked_in_local),
            "other_mission_code": self.other_mission_code,
            "message": self.message,
            "status": self.status.value if self.status else None,
            "note": self.note,
            "matches": [m.to_json() for m in self.matches],
            "scanner_mix_up": self.scanner_mix_up,
            "scanner_hint": self.scanner_hint,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value is not None else None


def _refusal(outcome: CheckInOutcome, message: str, **values: Any) -> CheckInResult:
    fields: dict[str, Any] = {
        "registration_id": None,
        "name": "",
        "organisation": "",
        "delegation": "",
        "role": None,
        "checked_in_local": None,
        "other_mission_code": "",
    }
    fields.update(values)
    return CheckInResult(outcome=outcome, message=message, **fields)


# --------------------------------------------------------------------------- check-in


@dataclass(frozen=True)
class _Found:
    registration: Registration
    name: str
    organisation: str
    delegation: str


def _find(session: Session, *where: ColumnElement[bool]) -> _Found | None:
    """One registration with what the desk shows of it, in one query."""
    row = session.execute(
        select(
            Registration, Person.first_name, Person.last_name, Organisation.name, Delegation.name
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(Delegation, Delegation.id == Registration.delegation_id)
        .where(*where)
        .limit(1)
        .execution_options(populate_existing=True)  # another session may have checked them in
    ).first()
    if row is None:
        return None
    registration, first, last, organisation, delegation = row
    return _Found(registration, f"{first} {last}".strip(), organisation or "", delegation or "")


def local_time(local: datetime) -> str:
    """``08:41 PST``: a time of the mission's day with its zone named."""
    zone_name = local.tzname()
    return f"{local:%H:%M} {zone_name}" if zone_name else f"{local:%H:%M}"


def _local_time_phrase(checked_in_local: datetime, today: bool) -> str:
    if today:
        return f"at {local_time(checked_in_local)}"
    return f"on {checked_in_local:%a %d %b} at {local_time(checked_in_local)}"


# Let in only once the desk says so (``confirm=True``); what the desk is told about them.
_TO_CONFIRM = {
    RegistrationStatus.INVITED: "was invited and has not registered",
    RegistrationStatus.WAITLISTED: "is on the waiting list",
}


def _admit(
    session: Session, mission: Mission, found: _Found, now: datetime, *, confirm: bool = False
) -> CheckInResult:
    """Check one registration in (inside the caller's transaction), or say why not. An invited
    or wait-listed registration is only let in with ``confirm``; without it, TO_CONFIRM."""
    r = found.registration
    tz = mission.timezone
    shown: dict[str, Any] = {
        "registration_id": r.id,
        "name": found.name,
        "organisation": found.organisation,
        "delegation": found.delegation,
        "role": r.role,
        "other_mission_code": "",
    }
    if r.status is RegistrationStatus.CANCELLED:
        return CheckInResult(
            outcome=CheckInOutcome.CANCELLED,
            checked_in_local=to_local(r.checked_in_at, tz) if r.checked_in_at else None,
            message=f"The registration of {found.name} is cancelled.",
            status=r.status,
            **shown,
        )
    if r.checked_in_at is not None:
        local = to_local(r.checked_in_at, tz)
        today = local.date() == to_local(now, tz).date()
        return CheckInResult(
            outcome=CheckInOutcome.ALREADY,
            checked_in_local=local,
            message=f"Already checked in {_local_time_phrase(local, today)}.",
            reason=CheckInReason.ALREADY_TODAY if today else CheckInReason.ALREADY_EARLIER,
            mission_code=mission.code,
            previous_checked_in_at=r.checked_in_at,
            previous_status=r.status,
            status=r.status,
            **shown,
        )
    if r.status in _TO_CONFIRM and not confirm:
        return CheckInResult(
            outcome=CheckInOutcome.TO_CONFIRM,
            checked_in_local=None,
            message=f"{found.name} {_TO_CONFIRM[r.status]}.",
            previous_checked_in_at=None,
            previous_status=r.status,
            status=r.status,
            **shown,
        )
    previous_status = r.status
    note = _CONFIRMED_ON_ARRIVAL.get(previous_status, "")
    r.checked_in_at = now
    r.status = RegistrationStatus.CONFIRMED
    [(_model, _id, version_before, version_left)] = versions_left(session, [r]).rows
    return CheckInResult(
        version_before=version_before,
        version_left=version_left,
        outcome=CheckInOutcome.WELCOME,
        checked_in_local=to_local(now, tz),
        message=f"Welcome, {found.name}!",
        previous_checked_in_at=None,
        previous_status=previous_status,
        status=RegistrationStatus.CONFIRMED,
        note=note,
        **shown,
    )


_BADGE_CODE = re.compile(re.escape(BADGE_PAYLOAD_VERSION) + r"\s*:", re.IGNORECASE)
# Signs a name may hold (Solberg-Haugen, O'Brien, St. John).
_NAME_SIGNS = frozenset("-'’.")


def _long_code(text: str) -> bool:
    """A long single word with a digit or a sign in it is a code (a ticket of another system,
    a scan through a wrong layout), never a name or an e-mail."""
    return (
        len(text) >= 16
        and " " not in text
        and "@" not in text
        and any(not (c.isalpha() or c in _NAME_SIGNS) for c in text)
    )


def _from_badge_code(text: str) -> str:
    """A scan that followed text left in the field ("SopPIMAP1:…"): the badge code only."""
    found = _BADGE_CODE.search(text)
    return text[found.start() :] if found is not None and found.start() > 0 else text


def _looks_like_code(text: str) -> bool:
    """Scanned codes carry a colon; names and e-mails do not."""
    return ":" in text and not text.lower().startswith("mailto:")


def looks_like_code(text: str) -> bool:
    """True when the desk's field holds a scanned code rather than a name or an e-mail being
    typed: a badge code (ours, also typed through a wrong keyboard layout) or any other long
    code. The desk stops listing name matches for it."""
    cleaned = " ".join(text.split())
    return (
        _looks_like_code(cleaned) or onsite_keyboards.looks_mangled(cleaned) or _long_code(cleaned)
    )


def _as_registration_id(text: str) -> uuid.UUID | None:
    if len(text) not in (32, 36):
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


class _Badge(NamedTuple):
    code: str
    registration_id: uuid.UUID
    mismatches: tuple[onsite_keyboards.Mismatch, ...] = ()  # () when typed as printed


def _mangled_badges(session: Session, text: str) -> list[_Badge]:
    """The badges a text typed through a keyboard mix-up can be, the same one once (French
    and Belgian AZERTY type most codes alike), a badge of a known mission first."""
    badges: dict[tuple[str, uuid.UUID], list[onsite_keyboards.Mismatch]] = {}
    for meant, mismatches in onsite_keyboards.read_backs(text):
        try:
            code, registration_id = parse_badge_payload(_from_badge_code(meant))
        except ValidationError:
            continue
        kept = badges.setdefault((code, registration_id), [])
        kept.extend(m for m in mismatches if m not in kept)
    if len(badges) <= 1:
        return [_Badge(c, r, tuple(m)) for (c, r), m in badges.items()]
    known = set(
        session.scalars(select(Registration.id).where(Registration.id.in_([r for _, r in badges])))
    )
    return sorted(
        (_Badge(c, r, tuple(m)) for (c, r), m in badges.items()),
        key=lambda b: b.registration_id not in known,
    )


def _check_in_badge(
    session: Session, mission: Mission, badge: _Badge, now: datetime, *, scanned: str
) -> CheckInResult:
    code, registration_id = badge.code, badge.registration_id
    if code != mission.code.upper():
        found = _find(
            session,
            Registration.id == registration_id,
            Registration.mission_id == Mission.id,
            func.upper(Mission.code) == code,
        )
        result = _refusal(
            CheckInOutcome.OTHER_MISSION,
            f"This badge is for {code}, not {mission.code}.",
            reason=CheckInReason.OTHER_MISSION,
            mission_code=mission.code,
            other_mission_code=code,
            name=found.name if found else "",
            organisation=found.organisation if found else "",
        )
    else:
        found = _find(
            session, Registration.id == registration_id, Registration.mission_id == mission.id
        )
        if found is None:
            result = _refusal(
                CheckInOutcome.UNKNOWN_BADGE,
                f"This badge of {mission.code} matches nobody on its list.",
                reason=CheckInReason.BADGE_NOBODY,
                mission_code=mission.code,
                scanned=scanned,
            )
        else:
            result = _admit(session, mission, found, now)
    if not badge.mismatches:
        return result
    return replace(
        result,
        scanner_mix_up=badge.mismatches[0].key,
        scanner_advice=onsite_keyboards.advice(list(badge.mismatches)),
    )


def _unknown_code(
    text: str, message: str, reason: CheckInReason, mission: Mission
) -> CheckInResult:
    return _refusal(
        CheckInOutcome.UNKNOWN_BADGE,
        message,
        reason=reason,
        mission_code=mission.code,
        scanned=text,
    )


def _check_in_email(session: Session, mission: Mission, text: str, now: datetime) -> CheckInResult:
    key = normalise_email(text)
    found = (
        _find(session, Registration.mission_id == mission.id, Person.email == key) if key else None
    )
    if found is None:
        return _refusal(
            CheckInOutcome.NOT_FOUND,
            f"Nobody in {mission.code} has the e-mail {text}.",
            reason=CheckInReason.EMAIL_NOBODY,
            mission_code=mission.code,
            typed=text,
        )
    return _admit(session, mission, found, now)


def _check_in_id(
    session: Session,
    mission: Mission,
    registration_id: uuid.UUID,
    now: datetime,
    *,
    confirm: bool = False,
) -> CheckInResult:
    found = _find(
        session, Registration.id == registration_id, Registration.mission_id == mission.id
    )
    if found is None:
        return _refusal(
            CheckInOutcome.NOT_FOUND,
            f"That registration is not in {mission.code}.",
            reason=CheckInReason.NOT_IN_MISSION,
            mission_code=mission.code,
        )
    return _admit(session, mission, found, now, confirm=confirm)


def _check_in_name(
    session: Session, mission: Mission, text: str, now: datetime, index: CheckInIndex
) -> CheckInResult:
    """Only a whole name checks someone in: the start of a name, an organisation or a piece
    of an e-mail that happens to match one person is shown to be picked, never let in."""
    matches = index.search(text, limit=index.size)
    exact = [m for m in matches if _fold(m.name) == _fold(text)]
    if len(exact) == 1:
        return _check_in_id(session, mission, exact[0].registration_id, now)
    if not matches:
        return _refusal(
            CheckInOutcome.NOT_FOUND,
            f"Nobody in {mission.code} matches “{text}”.",
            reason=CheckInReason.NAME_NOBODY,
            mission_code=mission.code,
            typed=text,
        )
    message = (
        f"One person matches “{text}”: pick them."
        if len(matches) == 1
        else f"{len(matches)} people match “{text}”: pick one."
    )
    return _refusal(
        CheckInOutcome.AMBIGUOUS,
        message,
        matches=tuple(matches[:MAX_MATCHES_SHOWN]),
        reason=CheckInReason.MATCHES,
        mission_code=mission.code,
        typed=text,
        match_count=len(matches),
    )


MAX_MATCHES_SHOWN = 20


def check_in(
    session: Session,
    mission_id: uuid.UUID,
    text: str,
    *,
    now: datetime | None = None,
    index: CheckInIndex | None = None,
    code_only: bool = False,
) -> CheckInResult:
    """Check in whoever ``text`` names, in one transaction.

    ``text`` is a badge payload (any case, stray spaces; text typed before a scan is left
    out; typed by a scanner set to another keyboard layout than the computer's: read back, with
    ``scanner_hint``), an e-mail (any case), a registration id, or a name typed by hand: the
    whole name of one person (case, accents and spaces aside) checks them in; anything else
    that matches gives AMBIGUOUS with the matches to pick from, even one. Any other code
    (a colon in it, or a long word with digits or signs) is UNKNOWN_BADGE, "Unknown code".
    Invited and wait-listed people are not let in: TO_CONFIRM, and ``check_in_registration``
    with ``confirm=True`` once the desk agrees. Pass the screen's ``index`` for names; without
    it one is built for the call (badges, e-mails and ids never need it). Badges, e-mails and
    ids read one registration: no call loads the whole mission. With ``code_only`` (``pimap
    checkin --code``) ``text`` is a scanned code: a badge or a registration id, never taken for
    a name or an e-mail (UNKNOWN_BADGE instead).
    """
    at = _aware_now(now)
    cleaned = " ".join(text.split())
    with transaction(session):
        mission = get_mission(session, mission_id)
        if not cleaned:
            return _refusal(
                CheckInOutcome.NOT_FOUND,
                "Scan a badge, or type a name or an e-mail.",
                reason=CheckInReason.EMPTY,
                mission_code=mission.code,
            )
        try:
            badge = _Badge(*parse_badge_payload(_from_badge_code(cleaned)))
        except BadgeCodeError as exc:
            mangled = _mangled_badges(session, cleaned)
            if mangled:
                return _check_in_badge(session, mission, mangled[0], at, scanned=cleaned)
            if _looks_like_code(cleaned):
                return _unknown_code(cleaned, str(exc), _BADGE_PROBLEMS[exc.problem], mission)
        else:
            return _check_in_badge(session, mission, badge, at, scanned=cleaned)
        if code_only and _as_registration_id(cleaned) is None:
            return _unknown_code(
                cleaned, "This code is not a PIMAP badge.", CheckInReason.NOT_A_BADGE, mission
            )
        if "@" in cleaned:
            return _check_in_email(session, mission, cleaned, at)
        registration_id = _as_registration_id(cleaned)
        if registration_id is not None:
            result = _check_in_id(session, mission, registration_id, at)
            if result.outcome is CheckInOutcome.NOT_FOUND:
                return _unknown_code(
                    cleaned,
                    f"No registration of {mission.code} has this number.",
                    CheckInReason.NO_SUCH_NUMBER,
                    mission,
                )
            return result
        if _long_code(cleaned):
            return _unknown_code(
                cleaned, "This code is not a PIMAP badge.", CheckInReason.NOT_A_BADGE, mission
            )
        names = index if index is not None else CheckInIndex.load(session, mission_id)
        return _check_in_name(session, mission, cleaned, at, names)


def check_in_registration(
    session: Session,
    mission_id: uuid.UUID,
    registration_id: uuid.UUID,
    *,
    now: datetime | None = None,
    confirm: bool = False,
) -> CheckInResult:
    """Check in a registration picked from the matches; with ``confirm``, an invited or
    wait-listed one too, confirmed on the way (the desk said yes to a TO_CONFIRM)."""
    at = _aware_now(now)
    with transaction(session):
        mission = get_mission(session, mission_id)
        return _check_in_id(session, mission, registration_id, at, confirm=confirm)


@dataclass(frozen=True)
class CheckInBefore:
    """A registration's check-in time (UTC) and status before a check-in (``status`` None:
    the check-in left it as it was); its undo puts them back."""

    registration_id: uuid.UUID
    checked_in_at: datetime | None
    status: RegistrationStatus | None = None
    left: VersionsLeft = field(default_factory=VersionsLeft)  # what the check-in left

    def undo(self, session: Session) -> None:
        with taking_back(session, self.left):
            registration = session.get(Registration, self.registration_id)
            if registration is None:
                raise NotFoundError(ServiceWords.say("That registration no longer exists."))
            registration.checked_in_at = self.checked_in_at
            if self.status is not None:
                registration.status = self.status


# --------------------------------------------------------------------------- search index

# Letters Unicode does not decompose into a base letter and an accent (after casefold).
_UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ð": "d"}
)


_ASCII_SEPARATORS = re.compile(r"[^0-9a-z]+")
_SEPARATORS = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)  # organisations and first names repeat: fold each once
def _words(text: str) -> tuple[str, ...]:
    """Lower-case words without accents: "Łukasz Gonçalves-Väisänen" → lukasz goncalves
    vaisanen; an e-mail splits at its dots and at the @."""
    if text.isascii():
        return tuple(w for w in _ASCII_SEPARATORS.split(text.lower()) if w)
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSABLE))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return tuple(w for w in _SEPARATORS.split(plain) if w)


def _fold(text: str) -> str:
    return " ".join(_words(text))


@dataclass
class _Entry:
    match: Match
    name_words: frozenset[str]
    name_key: str  # folded full name
    order: tuple[str, str]  # folded last name, first name


class CheckInIndex:
    """The mission's registrations in memory, for matches as the desk types.

    Built once per mission (one query). Every typed word must be the start of a word of the
    name, the organisation or the e-mail, without regard to case or accents. Keep it in step
    with ``apply`` (or ``mark_checked_in``) after each check-in and ``add`` after a walk-in.
    """

    def __init__(self, mission_id: uuid.UUID, zone_name: str) -> None:
        self.mission_id = mission_id
        self._zone = zone_name
        self._entries: list[_Entry] = []
        self._position: dict[uuid.UUID, int] = {}
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._vocabulary: list[str] = []
        self._sorted = True

    @classmethod
    def load(cls, session: Session, mission_id: uuid.UUID) -> CheckInIndex:
        mission = get_mission(session, mission_id)
        index = cls(mission.id, mission.timezone)
        for row in _index_rows(session, mission_id):
            index._insert(row)
        return index

    @property
    def size(self) -> int:
        return len(self._entries)

    def add(self, session: Session, registration_id: uuid.UUID) -> None:
        """Take in one registration (a walk-in) without reloading the rest."""
        rows = _index_rows(session, self.mission_id, registration_id)
        if not rows:
            raise NotFoundError(ServiceWords.say("That registration is not in this mission."))
        row = rows[0]
        if row.registration_id in self._position:
            self.mark_checked_in(row.registration_id, row.checked_in_at, row.status)
        else:
            self._insert(row)

    def _insert(self, row: _IndexRow) -> None:
        name = f"{row.first_name} {row.last_name}".strip()
        match = Match(
            registration_id=row.registration_id,
            name=name,
            organisation=row.organisation or "",
            email=row.email or "",
            delegation=row.delegation or "",
            checked_in_local=to_local(row.checked_in_at, self._zone) if row.checked_in_at else None,
            status=row.status,
        )
        name_words = _words(name)
        entry = _Entry(
            match=match,
            name_words=frozenset(name_words),
            name_key=" ".join(name_words),
            order=(_fold(row.last_name), _fold(row.first_name)),
        )
        position = len(self._entries)
        self._entries.append(entry)
        self._position[row.registration_id] = position
        for word in {*name_words, *_words(row.organisation or ""), *_words(row.email or "")}:
            if word not in self._postings:
                self._sorted = False
            self._postings[word].add(position)

    def _words_starting(self, prefix: str) -> Iterable[str]:
        if not self._sorted:
            self._vocabulary = sorted(self._postings)
            self._sorted = True
        vocabulary = self._vocabulary
        i = bisect_left(vocabulary, prefix)
        while i < len(vocabulary) and vocabulary[i].startswith(prefix):
            yield vocabulary[i]
            i += 1

    def search(self, text: str, limit: int = 8) -> list[Match]:
        """The registrations whose words start with every typed word, best first: an exact
        full name, then names (before organisations and e-mails), then by last name."""
        typed = _words(text)
        if not typed or limit <= 0:
            return []
        found: set[int] | None = None
        for prefix in sorted(set(typed), key=len, reverse=True):  # longest: fewest candidates
            hits: set[int] = set()
            for word in self._words_starting(prefix):
                hits |= self._postings[word]
            found = hits if found is None else found & hits
            if not found:
                return []
        assert found is not None
        key = " ".join(typed)

        def rank(position: int) -> tuple[int, int, tuple[str, str]]:
            entry = self._entries[position]
            in_name = all(any(w.startswith(t) for w in entry.name_words) for t in typed)
            return (entry.name_key != key, not in_name, entry.order)

        return [self._entries[p].match for p in sorted(found, key=rank)[:limit]]

    def get(self, registration_id: uuid.UUID) -> Match | None:
        position = self._position.get(registration_id)
        return self._entries[position].match if position is not None else None

    def mark_checked_in(
        self,
        registration_id: uuid.UUID,
        when_local: datetime | None,
        status: RegistrationStatus | None = None,
    ) -> None:
        """Note a check-in (``None``: undone) and, when given, the new status."""
        position = self._position.get(registration_id)
        if position is None:
            return
        entry = self._entries[position]
        entry.match = replace(
            entry.match,
            checked_in_local=to_local(when_local, self._zone) if when_local else None,
            status=status if status is not None else entry.match.status,
        )

    def apply(self, result: CheckInResult) -> None:
        """Keep the index in step with a check-in's result."""
        if result.registration_id is not None and result.status is not None:
            self.mark_checked_in(result.registration_id, result.checked_in_local, result.status)


class _IndexRow(NamedTuple):
    registration_id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    organisation: str | None
    delegation: str | None
    status: RegistrationStatus
    checked_in_at: datetime | None


def _index_rows(
    session: Session, mission_id: uuid.UUID, registration_id: uuid.UUID | None = None
) -> list[_IndexRow]:
    """What the index holds of each registration of the mission (or of one), in one query."""
    query = (
        select(
            Registration.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Organisation.name,
            Delegation.name,
            Registration.status,
            Registration.checked_in_at,
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(Delegation, Delegation.id == Registration.delegation_id)
        .where(Registration.mission_id == mission_id)
    )
    if registration_id is not None:
        query = query.where(Registration.id == registration_id)
    return [_IndexRow(*row) for row in session.execute(query)]


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class DelegationCount:
    """Checked in / expected for one delegation. Expected: registrations neither cancelled nor
    no-show; checked in: those of them with a check-in time."""

    delegation: str
    checked_in: int
    expected: int
    delegation_id: uuid.UUID | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "delegation": self.delegation,
            "checked_in": self.checked_in,
            "expected": self.expected,
        }


def check_in_counts(session: Session, mission_id: uuid.UUID) -> list[DelegationCount]:
    """One row per delegation with people expected, by name; "No delegation" last. One query.
    ``total_count`` adds them up."""
    get_mission(session, mission_id)
    rows = session.execute(
        select(
            Registration.delegation_id,
            Delegation.name,
            func.count(Registration.checked_in_at),
            func.count(),
        )
        .outerjoin(Delegation, Delegation.id == Registration.delegation_id)
        .where(Registration.mission_id == mission_id, Registration.status.not_in(NOT_EXPECTED))
        .group_by(Registration.delegation_id, Delegation.name)
    ).all()
    counts = [
        DelegationCount(name or NO_DELEGATION, checked_in, expected, delegation_id)
        for delegation_id, name, checked_in, expected in rows
    ]
    return sorted(counts, key=lambda c: (c.delegation_id is None, c.delegation.casefold()))


def total_count(counts: Sequence[DelegationCount]) -> DelegationCount:
    return DelegationCount(
        "Total", sum(c.checked_in for c in counts), sum(c.expected for c in counts)
    )


# --------------------------------------------------------------------------- walk-ins


@dataclass(frozen=True)
class WalkInResult:
    """What a walk-in made; its ``undo`` takes exactly that back."""

    registration_id: uuid.UUID
    person_id: uuid.UUID
    organisation_id: uuid.UUID | None
    created_registration: bool
    created_person: bool
    created_organisation: bool
    previous_status: RegistrationStatus | None  # when the registration existed before
    previous_checked_in_at: datetime | None
    check_in: CheckInResult | None  # what the desk shows; None when not checked in

    def to_json(self) -> dict[str, Any]:
        return {
            "registration_id": str(self.registration_id),
            "person_id": str(self.person_id),
            "created_registration": self.created_registration,
            "created_person": self.created_person,
            "created_organisation": self.created_organisation,
            "check_in": self.check_in.to_json() if self.check_in else None,
        }

    def undo(self, session: Session) -> None:
        """Take the walk-in back, in one transaction: the registration it created (refused if
        it has meetings or meeting requests since), the person and organisation it created
        when nothing else refers to them; a registration that existed gets its status and
        check-in back."""
        with transaction(session):
            registration = session.get(Registration, self.registration_id)
            if registration is None:
                raise NotFoundError(ServiceWords.say("That registration no longer exists."))
            if not self.created_registration:
                registration.checked_in_at = self.previous_checked_in_at
                if self.previous_status is not None:
                    registration.status = self.previous_status
                return
            _refuse_if_in_meetings(session, registration)
            session.delete(registration)
            session.flush()
            if self.created_person and not _person_referred_to(session, self.person_id):
                session.execute(delete(Person).where(Person.id == self.person_id))
            if (
                self.created_organisation
                and self.organisation_id is not None
                and not _organisation_referred_to(session, self.organisation_id)
            ):
                session.execute(delete(Organisation).where(Organisation.id == self.organisation_id))
            session.expire_all()


@dataclass(frozen=True)
class _WalkInForm:
    first_name: str
    last_name: str
    email: str | None
    organisation_name: str
    country: str


def _validate_walk_in(
    first_name: str, last_name: str, email: str | None, organisation_name: str, country: str
) -> _WalkInForm:
    from pimap_desktop.domain.rules import check_email

    first, last = " ".join(first_name.split()), " ".join(last_name.split())
    if not first:
        raise ValidationError(ServiceWords.say("Give the first name."), "first_name")
    if not last:
        raise ValidationError(ServiceWords.say("Give the last name."), "last_name")
    clean_email: str | None = None
    if email is not None and email.strip():
        try:
            clean_email = check_email(email)
        except ValueError as exc:
            raise ValidationError(words_of(exc), "email") from None
    organisation = " ".join(organisation_name.split())
    code = country.strip().upper()
    if code and (len(code) != 2 or not code.isalpha()):
        raise ValidationError(
            ServiceWords.say(
                "The country '%1' should be a two-letter code such as FR.", country.strip()
            ),
            "country",
        )
    if organisation and not code:
        raise ValidationError(
            ServiceWords.say("Give the organisation's country (a code such as FR)."), "country"
        )
    return _WalkInForm(first, last, clean_email, organisation, code)


def _existing_organisation(session: Session, form: _WalkInForm) -> Organisation | None:
    """The organisation of that name (normalised) in that country, if the directory has it."""
    if not form.organisation_name:
        return None
    return session.scalars(
        select(Organisation)
        .where(
            Organisation.normalised_name == normalise_name(form.organisation_name),
            Organisation.country == form.country,
        )
        .order_by(Organisation.created_at)
        .limit(1)
    ).first()


def _organisation_for(session: Session, form: _WalkInForm) -> tuple[Organisation | None, bool]:
    """The organisation of that name in that country, or a new one (kind Other: a walk-in is
    not counted as an SME until someone says it is one)."""
    if not form.organisation_name:
        return None, False
    existing = _existing_organisation(session, form)
    if existing is not None:
        return existing, False
    created = Organisation(
        id=uuid.uuid4(),
        name=form.organisation_name,
        normalised_name=normalise_name(form.organisation_name),
        kind=OrganisationKind.OTHER,
        country=form.country,
    )
    session.add(created)
    return created, True


def _may_be_them(person: Person, form: _WalkInForm) -> bool:
    """The same whole name (case and accents aside), and no two different e-mails that say
    they are namesakes."""
    if _fold(f"{person.first_name} {person.last_name}") != _fold(
        f"{form.first_name} {form.last_name}"
    ):
        return False
    return form.email is None or person.email is None


def _registered_namesake(
    session: Session, mission_id: uuid.UUID, form: _WalkInForm
) -> Person | None:
    """Someone of that name already in the mission (a walk-in without an e-mail must not
    register them twice). Refused if their registration stands: the desk checks them in from
    the list; returned if it was cancelled: the walk-in confirms it, as with an e-mail."""
    rows = session.execute(
        select(Registration.status, Person, Organisation.name)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.mission_id == mission_id)
    ).all()
    found = [(status, p, org) for status, p, org in rows if _may_be_them(p, form)]
    for status, person, organisation in found:
        if status is not RegistrationStatus.CANCELLED:
            who = f"{person.full_name} ({organisation})" if organisation else person.full_name
            raise ValidationError(
                ServiceWords.say(
                    "%1 is already registered: check them in from the list instead.", who
                ),
                "last_name",
            )
    return found[0][1] if found else None


def _namesake_in_organisation(session: Session, form: _WalkInForm) -> Person | None:
    """Someone of that name in the directory under that organisation: the same person."""
    organisation = _existing_organisation(session, form)
    if organisation is None:
        return None
    people = session.scalars(
        select(Person).where(Person.organisation_id == organisation.id).order_by(Person.created_at)
    )
    return next((p for p in people if _may_be_them(p, form)), None)


def _known_person(session: Session, mission_id: uuid.UUID, form: _WalkInForm) -> Person | None:
    """Who the walk-in already is in the database: by e-mail, else by name among the mission's
    registrations, else by name in their organisation; None: someone new."""
    if form.email:
        by_email = session.scalars(select(Person).where(Person.email == form.email)).first()
        if by_email is not None:
            return by_email
    return _registered_namesake(session, mission_id, form) or _namesake_in_organisation(
        session, form
    )


def walk_in(
    session: Session,
    mission_id: uuid.UUID,
    *,
    first_name: str,
    last_name: str,
    email: str | None,
    organisation_name: str,
    country: str,
    role: RegistrationRole = RegistrationRole.VISITOR,
    check_in: bool = True,
    delegation_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> WalkInResult:
    """Register someone at the desk (and check them in), in one transaction.

    A person with that e-mail is reused as they are in the directory (the form does not
    overwrite them); if they are already registered in the mission, that registration is
    confirmed and checked in. Without an e-mail that finds them, the whole name (case and
    accents aside) is looked for: someone of that name registered in the mission is refused
    ("check them in from the list"; the field is ``last_name``) unless their registration was
    cancelled (then it is confirmed), and someone of that name in the directory under that
    organisation is reused. Two different e-mails make two people. Otherwise a person is
    created, with the organisation of that name and country (matched on the normalised name)
    or a new one of kind Other. Errors name the field (``first_name``, ``last_name``,
    ``email``, ``country``, ``delegation``) and write nothing."""
    at = _aware_now(now)
    form = _validate_walk_in(first_name, last_name, email, organisation_name, country)
    with transaction(session):
        mission = get_mission(session, mission_id)
        if delegation_id is not None:
            delegation = session.get(Delegation, delegation_id)
            if delegation is None or delegation.mission_id != mission_id:
                raise ValidationError(
                    ServiceWords.say("That delegation is not in this mission."), "delegation"
                )
        person = _known_person(session, mission_id, form)
        organisation: Organisation | None = None
        created_person = created_organisation = False
        if person is None:
            organisation, created_organisation = _organisation_for(session, form)
            person = Person(
                id=uuid.uuid4(),
                first_name=form.first_name,
                last_name=form.last_name,
                email=form.email,
                organisation_id=organisation.id if organisation else None,
            )
            session.add(person)
            created_person = True
        registration = (
            None
            if created_person
            else session.scalars(
                select(Registration).where(
                    Registration.mission_id == mission_id, Registration.person_id == person.id
                )
            ).first()
        )
        previous_status = previous_checked_in_at = None
        created_registration = registration is None
        if registration is None:
            registration = Registration(
                id=uuid.uuid4(),
                mission_id=mission_id,
                person_id=person.id,
                delegation_id=delegation_id,
                role=role,
                status=RegistrationStatus.CONFIRMED,
                badges_printed=0,
            )
            session.add(registration)
        else:  # confirmed whatever it was, cancelled included: they are at the desk
            previous_status = registration.status
            previous_checked_in_at = registration.checked_in_at
            registration.status = RegistrationStatus.CONFIRMED
        session.flush()
        result = (
            _admit_walk_in(session, mission, registration.id, previous_status, at)
            if check_in
            else None
        )
        return WalkInResult(
            registration_id=registration.id,
            person_id=person.id,
            organisation_id=person.organisation_id,
            created_registration=created_registration,
            created_person=created_person,
            created_organisation=created_organisation,
            previous_status=previous_status,
            previous_checked_in_at=previous_checked_in_at,
            check_in=result,
        )


def _admit_walk_in(
    session: Session,
    mission: Mission,
    registration_id: uuid.UUID,
    previous_status: RegistrationStatus | None,
    now: datetime,
) -> CheckInResult:
    found = _find(session, Registration.id == registration_id)
    assert found is not None  # just written
    result = _admit(session, mission, found, now)
    if previous_status is None:
        return result
    # What the walk-in found, not the confirmation it made a moment ago.
    return replace(
        result,
        previous_status=previous_status,
        note=_CONFIRMED_ON_ARRIVAL.get(previous_status, ""),
    )


def _refuse_if_in_meetings(session: Session, registration: Registration) -> None:
    meetings = session.scalar(
        select(func.count())
        .select_from(meeting_participants)
        .where(meeting_participants.c.registration_id == registration.id)
    )
    requests = session.scalar(
        select(func.count())
        .select_from(MeetingRequest)
        .where(
            or_(
                MeetingRequest.requester_id == registration.id,
                MeetingRequest.target_id == registration.id,
            )
        )
    )
    if meetings or requests:
        raise ValidationError(
            ServiceWords.say(
                "This walk-in has meetings or meeting requests since: remove the registration "
                "from the mission's list instead."
            )
        )


def _person_referred_to(session: Session, person_id: uuid.UUID) -> bool:
    registrations = session.scalar(
        select(func.count()).select_from(Registration).where(Registration.person_id == person_id)
    )
    followups = session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .where(or_(FollowUp.contact_id == person_id, FollowUp.owner_id == person_id))
    )
    return bool(registrations or followups)


def _organisation_referred_to(session: Session, organisation_id: uuid.UUID) -> bool:
    people = session.scalar(
        select(func.count()).select_from(Person).where(Person.organisation_id == organisation_id)
    )
    followups = session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .where(FollowUp.organisation_id == organisation_id)
    )
    return bool(people or followups)


# --------------------------------------------------------------------------- meetings of the day


@dataclass(frozen=True)
class DayParticipant:
    registration_id: uuid.UUID
    name: str
    organisation: str
    checked_in: bool


@dataclass(frozen=True)
class DayMeeting:
    """A meeting of the day as the desk sees it, in the mission's local time.

    ``late``: the participants not checked in, once the meeting is less than five minutes
    away, for as long as it is scheduled (marking it held, no-show or cancelled ends that)."""

    meeting_id: uuid.UUID
    starts_local: datetime
    ends_local: datetime
    session_id: uuid.UUID | None
    session_name: str
    position: int | None  # the slot in its session
    table_id: uuid.UUID | None
    table_label: str
    participants: tuple[DayParticipant, ...]
    status: MeetingStatus
    locked: bool
    late: tuple[str, ...]

    @property
    def place(self) -> MeetingPlace | None:
        """Where it sits, for ``b2b.move_meeting``'s undo; None outside a B2B session."""
        if self.session_id is None or self.table_id is None or self.position is None:
            return None
        return MeetingPlace(self.session_id, self.position, self.table_id)

    @property
    def names(self) -> str:
        return " – ".join(p.name for p in self.participants)

    def to_json(self) -> dict[str, Any]:
        return {
            "meeting_id": str(self.meeting_id),
            "starts": _iso(self.starts_local),
            "ends": _iso(self.ends_local),
            "session": self.session_name,
            "table": self.table_label,
            "participants": [
                {
                    "registration_id": str(p.registration_id),
                    "name": p.name,
                    "organisation": p.organisation,
                    "checked_in": p.checked_in,
                }
                for p in self.participants
            ],
            "status": self.status.value,
            "locked": self.locked,
            "late": list(self.late),
        }


def _day_window(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants between which a local day runs (midnight exists in every zone we
    know of on the days of a mission; 01:00 is taken where it does not)."""

    def start_of(d: date) -> datetime:
        try:
            return local_to_utc(d, time(0, 0), zone_name)
        except ValidationError:
            return local_to_utc(d, time(1, 0), zone_name)

    return start_of(day), start_of(day + timedelta(days=1))


def meetings_of_day(
    session: Session, mission_id: uuid.UUID, day: date, *, now: datetime | None = None
) -> list[DayMeeting]:
    """The meetings that start on that local day, by time then table; cancelled ones too (the
    desk may want one back). One query for the meetings and their people."""
    at = _aware_now(now)
    mission = get_mission(session, mission_id)
    tz = mission.timezone
    begin, end = _day_window(day, tz)
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.mission_id == mission_id, Meeting.starts_at >= begin, Meeting.starts_at < end
        )
        .options(
            selectinload(Meeting.participants)
            .selectinload(Registration.person)
            .selectinload(Person.organisation),
            selectinload(Meeting.table),
            selectinload(Meeting.session),
        )
    ).all()
    positions: dict[uuid.UUID, dict[datetime, int]] = {}
    rows = []
    for m in meetings:
        position = None
        if m.session is not None:
            if m.session.id not in positions:
                positions[m.session.id] = {
                    s.starts_at: s.position for s in session_slots(m.session)
                }
            position = positions[m.session.id].get(m.starts_at)
        rows.append((m, position))
    rows.sort(key=lambda mp: (mp[0].starts_at, mp[0].table.number if mp[0].table else 1 << 30))
    return [_day_meeting(m, position, tz, at) for m, position in rows]


def _day_meeting(meeting: Meeting, position: int | None, tz: str, now: datetime) -> DayMeeting:
    people = sorted(
        (
            DayParticipant(
                registration_id=r.id,
                name=r.person.full_name,
                organisation=r.person.organisation.name if r.person.organisation else "",
                checked_in=r.checked_in_at is not None and r.checked_in_at <= now,
            )
            for r in meeting.participants
        ),
        key=lambda p: p.name.casefold(),
    )
    due = meeting.status is MeetingStatus.SCHEDULED and now >= meeting.starts_at - LATE_AHEAD
    return DayMeeting(
        meeting_id=meeting.id,
        starts_local=to_local(meeting.starts_at, tz),
        ends_local=to_local(meeting.ends_at, tz),
        session_id=meeting.session_id,
        session_name=meeting.session.name if meeting.session else "",
        position=position,
        table_id=meeting.table_id,
        table_label=table_label(meeting.table.number, meeting.table.name) if meeting.table else "",
        participants=tuple(people),
        status=meeting.status,
        locked=meeting.locked,
        late=tuple(p.name for p in people if not p.checked_in) if due else (),
    )


@dataclass(frozen=True)
class MeetingStatusesBefore:
    """The status each meeting had before ``set_meeting_status``. Its undo puts them back,
    refused like ``set_meeting_status`` when a meeting would leave CANCELLED for a place
    another meeting holds now."""

    statuses: Mapping[uuid.UUID, MeetingStatus]
    left: VersionsLeft = field(default_factory=VersionsLeft)  # what set_meeting_status left

    def undo(self, session: Session) -> None:
        with taking_back(session, self.left):
            _apply_statuses(session, _meetings(session, self.statuses), self.statuses)


def set_meeting_status(
    session: Session, meeting_ids: Iterable[uuid.UUID], status: MeetingStatus
) -> MeetingStatusesBefore:
    """Mark meetings held, no-show, cancelled (or scheduled again); returns the previous status
    of each, which its ``undo`` puts back.

    A cancelled meeting gave its table and its people's time away: marking it anything else
    takes them back, which is refused (ValidationError with the reason, nothing changed) when
    another meeting holds them since, by the rules of ``b2b.move_conflicts``."""
    with one_meeting_per_table_slot(session) as claims, transaction(session):
        meetings = _meetings(session, meeting_ids)
        before = {m.id: m.status for m in meetings}
        for m in meetings:  # a colleague may take the place back meanwhile: named if so
            claims.claim(m.id, m.table_id, m.starts_at, status)
        _apply_statuses(session, meetings, {m.id: status for m in meetings})
        left = versions_left(session, meetings)
    return MeetingStatusesBefore(before, left)


def _apply_statuses(
    session: Session, meetings: list[Meeting], wanted: Mapping[uuid.UUID, MeetingStatus]
) -> None:
    """Set each meeting's status; cancellations first (they free places), then each meeting
    brought back from CANCELLED, checked against the meetings held now, those brought back
    before it included. Raises at the first that clashes (the caller's transaction then writes
    nothing)."""
    returning: list[Meeting] = []
    for m in meetings:
        if m.status is MeetingStatus.CANCELLED and wanted[m.id] is not MeetingStatus.CANCELLED:
            returning.append(m)
        else:
            m.status = wanted[m.id]
    session.flush()
    for m in sorted(returning, key=lambda m: (m.starts_at, str(m.id))):
        problems = _place_taken(session, m)
        if problems:
            raise ValidationError(
                f"The meeting of {_people_of(m)} at {_when(session, m)} was cancelled and "
                f"cannot be marked {wanted[m.id].label.lower()}: "
                + "; ".join(map(str, problems))
                + "."
            )
        m.status = wanted[m.id]
        session.flush()


def _place_taken(session: Session, meeting: Meeting) -> list[Words]:
    """Why a meeting cannot take its own place back (empty: it can). A meeting in a slot of
    its B2B session is checked as a move there; one that lost its place (its session removed
    or reshaped) against the meetings at the same time, for its table and its people."""
    try:
        place = place_of(session, meeting.id)
    except ValidationError:
        return _time_taken(session, meeting)
    return move_conflicts(session, meeting.id, place)


def _time_taken(session: Session, meeting: Meeting) -> list[Words]:
    people = {r.id for r in meeting.participants}
    overlapping = session.scalars(
        select(Meeting)
        .where(
            Meeting.mission_id == meeting.mission_id,
            Meeting.starts_at < meeting.ends_at,
            Meeting.ends_at > meeting.starts_at,
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.id != meeting.id,
        )
        .options(selectinload(Meeting.participants).selectinload(Registration.person))
    ).all()
    found: list[Words] = []
    for other in overlapping:
        if meeting.table is not None and other.table_id == meeting.table_id:
            label = table_label(meeting.table.number, meeting.table.name)
            found.append(ServiceWords.say("%1 is taken by %2", label, _people_of(other)))
        for r in other.participants:
            if r.id in people:
                others = [p.person.full_name for p in other.participants if p.id != r.id]
                found.append(
                    ServiceWords.say(
                        "%1 is already meeting %2 at that time",
                        r.person.full_name,
                        and_list(others),
                    )
                )
    return found


def _people_of(meeting: Meeting) -> object:
    """The meeting's people, "A and B" (as a sentence's value, or in an f-string)."""
    names = sorted((r.person.full_name for r in meeting.participants), key=str.casefold)
    return and_list(names) if names else ServiceWords.say("nobody")


def _when(session: Session, meeting: Meeting) -> str:
    local = to_local(meeting.starts_at, get_mission(session, meeting.mission_id).timezone)
    return f"{local:%a %d %b} {local_time(local)}"


def _meetings(session: Session, ids: Iterable[uuid.UUID]) -> list[Meeting]:
    wanted = list(dict.fromkeys(ids))
    found = list(session.scalars(select(Meeting).where(Meeting.id.in_(wanted)))) if wanted else []
    if len(found) != len(wanted):
        raise NotFoundError(ServiceWords.say("Some of those meetings no longer exist."))
    return found


# --------------------------------------------------------------------------- free places


def free_places(session: Session, meeting_id: uuid.UUID) -> list[tuple[MeetingPlace, str]]:
    """Every slot and table of the mission's B2B sessions where the meeting could move without
    a conflict (the same rules as ``b2b.move_conflicts``: a table taken, a participant busy in
    another meeting, out of their availability or in a programme item), its own place left out.
    Labels are in the mission's local time, its zone named. A few queries, then set
    arithmetic."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(ServiceWords.say("That meeting no longer exists."))
    mission = get_mission(session, meeting.mission_id)
    tz = mission.timezone
    people = [r.id for r in meeting.participants]
    sessions = session.scalars(
        select(B2BSession)
        .where(B2BSession.mission_id == mission.id)
        .options(selectinload(B2BSession.tables))
        .order_by(B2BSession.starts_at)
    ).all()
    if not sessions:
        return []
    first = min(b.starts_at for b in sessions)
    last = max(b.ends_at for b in sessions)
    others = session.execute(
        select(Meeting.id, Meeting.table_id, Meeting.starts_at, Meeting.ends_at).where(
            Meeting.mission_id == mission.id,
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.starts_at < last,
            Meeting.ends_at > first,
            Meeting.id != meeting.id,
        )
    ).all()
    holding_people = (
        set(
            session.scalars(
                select(meeting_participants.c.meeting_id).where(
                    meeting_participants.c.registration_id.in_(people),
                    meeting_participants.c.meeting_id != meeting.id,
                )
            )
        )
        if people
        else set()
    )
    windows: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
    for a in session.scalars(select(Availability).where(Availability.registration_id.in_(people))):
        windows[a.registration_id].append((a.starts_at, a.ends_at))
    attending = programme_attendance(session, mission.id, people) if people else {}
    own = None
    if meeting.session_id is not None and meeting.table_id is not None:
        own = (meeting.session_id, meeting.starts_at, meeting.table_id)
    several = len(sessions) > 1
    free: list[tuple[MeetingPlace, str]] = []
    for b2b in sessions:
        for slot in session_slots(b2b):
            start, end = slot.starts_at, slot.ends_at
            overlapping = [o for o in others if o.starts_at < end and o.ends_at > start]
            if any(o.id in holding_people for o in overlapping):
                continue
            if any(
                not any(s <= start and end <= e for s, e in spans) for spans in windows.values()
            ):
                continue
            if any(s < end and start < e for spans in attending.values() for s, e in spans):
                continue
            taken = {o.table_id for o in overlapping}
            when = f"{to_local(start, tz):%a %d %b %H:%M}–{local_time(to_local(end, tz))}"
            prefix = f"{b2b.name} · " if several else ""
            for table in b2b.tables:
                if table.id in taken or own == (b2b.id, start, table.id):
                    continue
                label = f"{prefix}{when} · {table_label(table.number, table.name)}"
                free.append((MeetingPlace(b2b.id, slot.position, table.id), label))
    return free
