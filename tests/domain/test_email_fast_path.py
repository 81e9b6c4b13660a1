"""check_email's fast path for ordinary addresses gives exactly what email-validator gives: the
same address, or the same refusal, for generated addresses near and far from ordinary ones."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from pimap_desktop.domain import rules
from pimap_desktop.domain.rules import check_email


def _full_validator(text: str) -> str:
    """check_email as it was before the fast path: every address through email-validator."""
    cleaned = text.strip()
    angle = rules._ANGLE_ADDRESS.search(cleaned)
    if angle:
        cleaned = angle.group(1).strip()
    if cleaned.lower().startswith("mailto:"):
        cleaned = cleaned[len("mailto:") :].strip()
    if not cleaned:
        raise ValueError("no e-mail address given")
    try:
        valid = validate_email(cleaned, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = str(exc).replace("email address", "e-mail address")
        raise ValueError(f"'{cleaned}' is not a valid e-mail address: {reason}") from None
    return valid.normalized.lower()


def _outcome(check: object, text: str) -> tuple[str, str]:
    try:
        return "ok", check(text)  # type: ignore[operator]
    except ValueError as exc:
        return "refused", str(exc)


# Pieces of addresses: mostly ordinary ones, now and then a character or a shape that is not.
_ORDINARY_CHARS = "abcXYZ019_+-"
_ordinary_atoms = st.text(alphabet=_ORDINARY_CHARS, min_size=1, max_size=12)
_atoms = st.one_of(
    *[_ordinary_atoms] * 6,
    st.text(alphabet=_ORDINARY_CHARS + ".'!#é@ ", min_size=0, max_size=12),
    st.sampled_from(["anna", "Anna.Virtanen", "x" * 64, "x" * 65, "postmaster", "a..b", ".a"]),
)
_ordinary_labels = st.from_regex(r"[a-zA-Z0-9]([a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?", fullmatch=True)
_labels = st.one_of(
    *[_ordinary_labels] * 6,
    st.text(alphabet="abcXYZ019-_é", min_size=0, max_size=10),
    st.sampled_from(["xn--bcher-kva", "ab--cd", "-a", "a-", "a" * 63, "a" * 64, "präzision"]),
)
_tlds = st.one_of(
    *[st.sampled_from(["fi", "FI", "example", "com", "photonics"])] * 4,
    st.sampled_from(["test", "local", "localhost", "onion", "arpa", "invalid", "x", "f1", "-"]),
    st.text(alphabet="abz19-", min_size=0, max_size=5),
)


@st.composite
def _addresses(draw: st.DrawFn) -> str:
    local = ".".join(draw(st.lists(_atoms, min_size=1, max_size=3)))
    labels = draw(st.lists(_labels, min_size=0, max_size=4)) or ["optik"]
    domain = ".".join([*labels, draw(_tlds)])
    address = f"{local}@{domain}"
    if draw(st.integers(0, 9)) == 0:
        address = address.replace("@", draw(st.sampled_from(["@@", "", " @"])), 1)
    padding = draw(st.sampled_from(["", "", " ", "mailto:", "Anna <"]))
    return padding + address + (">" if padding == "Anna <" else "")


@settings(max_examples=3000, deadline=None)
@given(_addresses())
def test_the_fast_path_agrees_with_the_full_validator(text: str) -> None:
    assert _outcome(check_email, text) == _outcome(_full_validator, text)


@pytest.mark.parametrize(
    "text",
    [
        "anna@optik.fi",
        "Anna.Virtanen+mission@Optik-Lab.FI",
        "jean_dupont-2@lasertech.co.uk",
        f"{'a' * 64}@optik.fi",
        f"a@{'b' * 63}.fi",
        f"{'a' * 60}@{'b' * 63}.{'c' * 63}.{'d' * 60}.fi",
    ],
)
def test_ordinary_addresses_take_the_fast_path(text: str) -> None:
    assert rules._ordinary_email(text)
    assert check_email(text) == _full_validator(text) == text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "anna@optik.test",  # special-use names are refused by the validator
        "anna@localhost",
        "anna@xn--bcher-kva.example",  # Punycode: the validator decodes it
        "jürgen@präzision.de",
        "o'neil@optik.fi",
        f"{'a' * 65}@optik.fi",
        f"a@{'b' * 64}.fi",
        f"{'a' * 64}@{'b' * 63}.{'c' * 63}.{'d' * 63}.fi",  # 259 characters
        "anna@optik.f1",
        "anna@optik-.fi",
    ],
)
def test_unusual_addresses_go_to_the_full_validator(text: str) -> None:
    assert not rules._ordinary_email(text)
    assert _outcome(check_email, text) == _outcome(_full_validator, text)


def test_the_reserved_domains_are_email_validators() -> None:
    """The fast path refuses, as email-validator does, its special-use domains."""
    from email_validator import SPECIAL_USE_DOMAIN_NAMES

    assert frozenset(SPECIAL_USE_DOMAIN_NAMES) == rules._RESERVED_DOMAINS
