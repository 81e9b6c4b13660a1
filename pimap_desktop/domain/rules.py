"""Value rules of the domain: zones, local times, names, e-mails. Plain Python, no I/O."""

from __future__ import annotations

import re
import unicodedata
import uuid
import zoneinfo
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from pimap_desktop.domain.enums import EenRating, FollowUpOutcome
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.text import ServiceWords


@cache
def available_timezones() -> tuple[str, ...]:
    """IANA zone names a user can pick, sorted; legacy aliases (``US/Pacific``) left out."""
    names = zoneinfo.available_timezones()
    legacy = ("Etc/", "SystemV/", "US/", "posix/", "right/")
    return (*sorted(n for n in names if "/" in n and not n.startswith(legacy)), "UTC")


@cache
def _known_zones() -> frozenset[str]:
    """Real places (and UTC): not 'localtime', which differs from machine to machine."""
    machine_dependent = {"localtime", "Factory", "posixrules"}
    return frozenset(
        n
        for n in zoneinfo.available_timezones()
        if n not in machine_dependent and not n.startswith(("posix/", "right/"))
    )


def zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone of that IANA name, or a ValidationError that says so."""
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError(
            "A time zone is required (an IANA name such as Europe/Paris).", "timezone"
        )
    try:
        if cleaned not in _known_zones():
            raise zoneinfo.ZoneInfoNotFoundError(cleaned)
        return zoneinfo.ZoneInfo(cleaned)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"'{cleaned}' is not a known time zone; use an IANA name such as "
            "America/Los_Angeles or Europe/Helsinki.",
            "timezone",
        ) from None


def local_to_utc(day: date, at: time, zone_name: str) -> datetime:
    """The UTC instant of a wall-clock time on a day in a zone.

    A time that does not exist (skipped when clocks go forward) is refused; a time that happens
    twice (when clocks go back) is taken at its first occurrence.
    """
    tz = zone(zone_name)
    naive = datetime.combine(day, at.replace(tzinfo=None))
    aware = naive.replace(tzinfo=tz, fold=0)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        raise ValidationError(
            f"{at:%H:%M} does not exist on {day.isoformat()} in {zone_name}: "
            "the clocks go forward at that time.",
            "time",
        )
    return aware.astimezone(UTC)


def to_local(instant: datetime, zone_name: str) -> datetime:
    """An aware instant shown in a zone."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime given where an instant was expected")
    return instant.astimezone(zone(zone_name))


def zone_abbreviation(instant: datetime, zone_name: str) -> str:
    """``PST``, ``CEST``, or the offset where a zone has no letters (``+03``)."""
    return to_local(instant, zone_name).tzname() or zone_name


def utc_offset_label(instant: datetime, zone_name: str) -> str:
    """``UTC-08:00`` for an instant in a zone."""
    offset = to_local(instant, zone_name).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def normalise_email(email: str | None) -> str | None:
    """The key that identifies a person: trimmed, lower-case; empty becomes None."""
    if email is None:
        return None
    cleaned = email.strip().lower()
    return cleaned or None


_LEGAL_FORMS = {
    "sa",
    "sas",
    "sasu",
    "sarl",
    "eurl",
    "gmbh",
    "ag",
    "bv",
    "nv",
    "bvba",
    "srl",
    "sprl",
    "lda",
    "ltda",
    "oy",
    "oyj",
    "ab",
    "ltd",
    "ltee",
    "limited",
    "inc",
    "incorporated",
    "llc",
    "corp",
    "corporation",
    "co",
    "plc",
    "spa",
    "sl",
    "as",
    "aps",
}


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
    }
)


def normalise_name(name: str) -> str:
    """An organisation name reduced for matching: accents, case, punctuation, legal form."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSABLE))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace(".", "")  # "S.A." and "SA" are the same legal form
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


_EEN = {
    FollowUpOutcome.NO_INTEREST: EenRating.NO_FURTHER_CONTACT,
    FollowUpOutcome.INFORMATION_EXCHANGED: EenRating.KNOWLEDGE_GAINED,
    FollowUpOutcome.FOLLOWUP_MEETING_PLANNED: EenRating.VALUABLE_CONTACT,
    FollowUpOutcome.PROPOSAL_SENT: EenRating.VALUABLE_CONTACT,
    FollowUpOutcome.AGREEMENT_NEGOTIATION: EenRating.NEGOTIATION_STARTED,
    FollowUpOutcome.AGREEMENT_SIGNED: EenRating.AGREEMENT_REACHED,
    FollowUpOutcome.MOU_SIGNED: EenRating.AGREEMENT_REACHED,
}


def een_rating(outcome: FollowUpOutcome) -> EenRating:
    """Our follow-up outcome on the Enterprise Europe Network's rating scale."""
    return _EEN[outcome]


BADGE_PAYLOAD_VERSION = "PIMAP1"


def badge_payload(mission_code: str, registration_id: uuid.UUID) -> str:
    """What a badge's QR code holds: ``PIMAP1:<mission code>:<registration id>``.

    Versioned so that a later layout can be told apart; it carries no personal data, only the
    mission code and the registration's id (32 hex digits, the shortest form a scanner types).
    """
    return f"{BADGE_PAYLOAD_VERSION}:{mission_code}:{registration_id.hex}"


class BadgeCodeError(ValidationError):
    """A scanned code that is no readable PIMAP badge; ``problem`` says which way (for a screen
    that words it in its own language)."""

    NOT_OURS, DAMAGED, NO_MISSION = "not ours", "damaged", "no mission"

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message, "badge")
        self.problem = problem


def parse_badge_payload(text: str) -> tuple[str, uuid.UUID]:
    """The mission code and registration id a scanned badge carries; ``BadgeCodeError`` if none.

    Scanners type the payload followed by Enter, sometimes with stray spaces or in the wrong case
    (Caps Lock); both are forgiven. The mission code is returned as typed (codes are upper case).
    """
    parts = text.strip().split(":")
    if len(parts) < 3 or parts[0].strip().upper() != BADGE_PAYLOAD_VERSION:
        raise BadgeCodeError("This code is not a PIMAP badge.", BadgeCodeError.NOT_OURS)
    code = ":".join(parts[1:-1]).strip()
    try:
        registration_id = uuid.UUID(hex=parts[-1].strip())
    except ValueError:
        raise BadgeCodeError(
            "This badge code is damaged: its registration number is unreadable.",
            BadgeCodeError.DAMAGED,
        ) from None
    if not code:
        raise BadgeCodeError("This badge code names no mission.", BadgeCodeError.NO_MISSION)
    return code.upper(), registration_id


# --------------------------------------------------------------------------- e-mail

_ANGLE_ADDRESS = re.compile(r"<([^<>]+)>\s*$")

# An ordinary address, which email-validator accepts as it is (but for the case): ASCII, a
# dot-atom of letters, digits, "_", "+" and "-" before the @-sign, and host labels of letters,
# digits and inner hyphens ("--" never: Punycode and reserved labels) ending in a top-level
# domain of letters. Anything else goes through the full validator.
_ORDINARY_EMAIL = re.compile(
    r"([A-Za-z0-9_+-]{1,64}(?:\.[A-Za-z0-9_+-]{1,64})*)"  # 1: before the @-sign
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63}))"  # 2: host, 3: TLD
)
# email-validator's SPECIAL_USE_DOMAIN_NAMES, which it refuses (a test keeps them equal): here
# so that checking an ordinary address never imports it (its import compiles its patterns).
_RESERVED_DOMAINS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
_LONGEST_LOCAL_PART, _LONGEST_EMAIL = 64, 254  # RFC 5321 4.5.3.1


def _ordinary_email(address: str) -> bool:
    """Whether email-validator would take ``address`` as it is, lower-cased: checked here in
    a few microseconds instead of its hundred (an import of 50,000 rows)."""
    match = _ORDINARY_EMAIL.fullmatch(address)
    return (
        match is not None
        and len(address) <= _LONGEST_EMAIL
        and match.end(1) <= _LONGEST_LOCAL_PART
        and "--" not in match.group(2)
        and match.group(3).lower() not in _RESERVED_DOMAINS
    )


def check_email(text: str) -> str:
    """The address, trimmed and lower-cased, or ValueError saying what is wrong with it.

    Syntax only (we are offline). "Name <address>" and a leading "mailto:" are accepted.
    """
    if _ordinary_email(text):  # nothing to trim or unwrap (most addresses of a large import)
        return text.lower()
    cleaned = text.strip()
    angle = _ANGLE_ADDRESS.search(cleaned)
    if angle:
        cleaned = angle.group(1).strip()
    if cleaned.lower().startswith("mailto:"):
        cleaned = cleaned[len("mailto:") :].strip()
    if not cleaned:
        raise ValueError(ServiceWords.say("no e-mail address given"))
    if _ordinary_email(cleaned):
        return cleaned.lower()
    from email_validator import EmailNotValidError, validate_email

    try:
        valid = validate_email(cleaned, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = _email_reason(str(exc).replace("email address", "e-mail address"))
        raise ValueError(
            ServiceWords.say("'%1' is not a valid e-mail address: %2", cleaned, reason)
        ) from None
    return valid.normalized.lower()


_BAD_CHARACTERS = re.compile(
    r"The e-mail address contains invalid characters before the @-sign: (.+)\."
)
_BAD_AFTER = re.compile(r"The part after the @-sign contains invalid characters: (.+)\.")


# The reasons email-validator gives for the addresses people usually mistype, as sentences.
_EMAIL_REASONS = {
    words.template: words
    for words in (
        ServiceWords.say("An e-mail address must have an @-sign."),
        ServiceWords.say("There must be something before the @-sign."),
        ServiceWords.say("There must be something after the @-sign."),
        ServiceWords.say("The part after the @-sign is not valid. It should have a period."),
        ServiceWords.say("An e-mail address cannot have two periods in a row."),
        ServiceWords.say("An e-mail address cannot start with a period."),
        ServiceWords.say("An e-mail address cannot have a period immediately before the @-sign."),
        ServiceWords.say(
            "The part after the @-sign is not valid. It is not within a valid top-level domain."
        ),
    )
}


def _email_reason(reason: str) -> object:
    """email-validator's reason (its English, "email" written "e-mail"), as a sentence the GUI
    says in the interface's language when it is one of those a typed address usually has."""
    known = _EMAIL_REASONS.get(reason)
    if known is not None:
        return known
    if found := _BAD_CHARACTERS.fullmatch(reason):
        return ServiceWords.say(
            "The e-mail address contains invalid characters before the @-sign: %1.",
            found.group(1),
        )
    if found := _BAD_AFTER.fullmatch(reason):
        return ServiceWords.say(
            "The part after the @-sign contains invalid characters: %1.", found.group(1)
        )
    return reason


# --------------------------------------------------------------------------- languages

# The languages documents are made in (and the interface speaks), by ISO 639-1 code.
DOCUMENT_LANGUAGES = ("en", "fr", "sv", "pt", "fi")
DEFAULT_LANGUAGE = "en"

# A language as a spreadsheet names it: its code, or its name in any of the five languages.
_LANGUAGE_NAMES = {
    "en": ("english", "anglais", "engelska", "inglês", "ingles", "englanti"),
    "fr": ("french", "français", "francais", "franska", "francês", "frances", "ranska"),
    "sv": ("swedish", "suédois", "suedois", "svenska", "sueco", "ruotsi"),
    "pt": ("portuguese", "portugais", "portugisiska", "português", "portugues", "portugali"),
    "fi": ("finnish", "finnois", "finska", "finlandês", "finlandes", "suomi"),
}
_LANGUAGE_LOOKUP = {
    name: code for code, names in _LANGUAGE_NAMES.items() for name in (code, *names)
}


def parse_language(text: str | None) -> str | None:
    """A document language's code from a code ("fr", "fr-FR", "pt_BR") or a name in any of the
    five languages ("Français", "Svenska", "Finnish"); None for an empty value. Raises
    ValueError for anything else."""
    value = (text or "").strip().lower()
    if not value:
        return None
    code = _LANGUAGE_LOOKUP.get(value) or _LANGUAGE_LOOKUP.get(value.replace("_", "-")[:2])
    if code is None or (len(value) > 2 and value[2] not in "-_" and value not in _LANGUAGE_LOOKUP):
        raise ValueError(
            ServiceWords.say(
                "'%1' is not a language PIMAP makes documents in "
                "(English, French, Swedish, Portuguese or Finnish)",
                text,
            )
        )
    return code
