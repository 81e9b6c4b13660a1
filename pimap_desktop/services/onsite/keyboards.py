"""Badge codes typed through the wrong keyboard layout, read back.

A USB badge scanner is a keyboard: it sends key positions, and the computer turns them into
characters with *its own* layout. A scanner set to a US layout on a French laptop presses the
keys where a US keyboard has ``PIMAP1:PW2027:…`` and the French laptop types
``PI?QP&MPZéàéèM…``. Each layout below says what every key position gives, unshifted and
shifted (the positions are named by what a US keyboard prints on them); from two layouts, the
scanner's and the computer's, follows what each character of a badge code becomes, and back.

The codes we read back are our own (``PIMAP1:<mission code>:<32 hex digits>``): letters,
digits, ``:``, ``-`` and ``_``. Dead keys (``^`` on a French keyboard) never come up in them.
No Qt here: the check-in service uses it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache

from pimap_desktop.domain.rules import BADGE_PAYLOAD_VERSION

# The key positions, each named by what a US keyboard gives unshifted, and what a US keyboard
# gives shifted (the ANSI layout; ``\`` is the key above Enter).
_POSITIONS = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
_US_SHIFTED = '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
# What a badge code holds.
CODE_CHARACTERS = string.ascii_letters + string.digits + ":-_"
_PREFIX = f"{BADGE_PAYLOAD_VERSION}:"
DEAD = "\0"  # a dead key (it types nothing by itself)


@dataclass(frozen=True)
class Layout:
    """A keyboard layout: what each position gives, unshifted and shifted (``DEAD`` for a dead
    key). ``family`` is what a coordinator calls it ("AZERTY")."""

    key: str
    name: str  # "French AZERTY"
    family: str  # "AZERTY"
    plain: str  # one character per position of ``_POSITIONS``
    shifted: str

    def __post_init__(self) -> None:
        if len(self.plain) != len(_POSITIONS) or len(self.shifted) != len(_POSITIONS):
            raise ValueError(f"layout {self.key}: one character per key position")

    def typing(self) -> dict[str, tuple[int, bool]]:
        """Where each character is: its position and whether Shift is held."""
        found: dict[str, tuple[int, bool]] = {}
        for shift, row in ((False, self.plain), (True, self.shifted)):
            for position, character in enumerate(row):
                if character != DEAD:
                    found.setdefault(character, (position, shift))
        return found

    def at(self, position: int, shift: bool) -> str:
        character = (self.shifted if shift else self.plain)[position]
        return "" if character == DEAD else character


US = Layout("us", "US", "US (QWERTY)", _POSITIONS, _US_SHIFTED)
# Windows "French" (Linux "fr" agrees on these keys).
FRENCH = Layout(
    "fr",
    "French AZERTY",
    "AZERTY",
    "²&é\"'(-è_çà)=azertyuiop" + DEAD + "$*qsdfghjklmùwxcvbn,;:!",
    DEAD + "1234567890°+AZERTYUIOP" + DEAD + "£µQSDFGHJKLM%WXCVBN?./§",
)
# Windows "Belgian (Period)"; a Mac's French keyboard is the same on these keys.
BELGIAN = Layout(
    "be",
    "Belgian AZERTY",
    "AZERTY",
    "²&é\"'(§è!çà)-azertyuiop" + DEAD + "$µqsdfghjklmùwxcvbn,;:=",
    "³1234567890°_AZERTYUIOP" + DEAD + "*£QSDFGHJKLM%WXCVBN?./+",
)
GERMAN = Layout(
    "de",
    "German QWERTZ",
    "QWERTZ",
    DEAD + "1234567890ß" + DEAD + "qwertzuiopü+#asdfghjklöäyxcvbnm,.-",
    '°!"§$%&/()=?' + DEAD + "QWERTZUIOPÜ*'ASDFGHJKLÖÄYXCVBNM;:_",
)
SWISS_GERMAN = Layout(
    "ch",
    "Swiss German QWERTZ",
    "QWERTZ",
    "§1234567890'" + DEAD + "qwertzuiopü" + DEAD + "$asdfghjklöäyxcvbnm,.-",
    '°+"*ç%&/()=?' + DEAD + "QWERTZUIOPè!£ASDFGHJKLéàYXCVBNM;:_",
)
SWISS_FRENCH = Layout(
    "ch_fr",
    "Swiss French QWERTZ",
    "QWERTZ",
    "§1234567890'" + DEAD + "qwertzuiopè" + DEAD + "$asdfghjkléàyxcvbnm,.-",
    '°+"*ç%&/()=?' + DEAD + "QWERTZUIOPü!£ASDFGHJKLöäYXCVBNM;:_",
)
# Finnish and Swedish keyboards are one layout.
FINNISH_SWEDISH = Layout(
    "fi",
    "Finnish/Swedish",
    "Finnish/Swedish",
    "§1234567890+" + DEAD + "qwertyuiopå" + DEAD + "'asdfghjklöäzxcvbnm,.-",
    '½!"#¤%&/()=?' + DEAD + "QWERTYUIOPÅ" + DEAD + "*ASDFGHJKLÖÄZXCVBNM;:_",
)
PORTUGUESE = Layout(
    "pt",
    "Portuguese",
    "Portuguese",
    "\\1234567890'«qwertyuiop+" + DEAD + DEAD + "asdfghjklçºzxcvbnm,.-",
    '|!"#$%&/()=?»QWERTYUIOP*' + DEAD + DEAD + "ASDFGHJKLÇªZXCVBNM;:_",
)
# The partners' keyboards (README: English, French, Swedish, Portuguese, Finnish), and the
# German and Swiss ones met at fairs.
LAYOUTS = (
    US,
    FRENCH,
    BELGIAN,
    GERMAN,
    SWISS_GERMAN,
    SWISS_FRENCH,
    FINNISH_SWEDISH,
    PORTUGUESE,
)


@dataclass(frozen=True)
class Mismatch:
    """A scanner set to one layout on a computer that types with another."""

    scanner: Layout
    computer: Layout

    @property
    def key(self) -> str:
        return f"{self.scanner.key}>{self.computer.key}"

    def typed(self, text: str) -> str:
        """What the computer types when the scanner sends ``text`` (characters the scanner
        cannot type are left as they are)."""
        return "".join(_forward(self.scanner, self.computer).get(c, c) for c in text)

    def read_back(self, typed: str) -> str:
        """What the scanner meant, from what the computer typed (other characters as they are)."""
        return typed.translate(_backward(self.scanner, self.computer))


@cache
def _forward(scanner: Layout, computer: Layout) -> dict[str, str]:
    """Each character of a badge code, as the computer types it."""
    where = scanner.typing()
    forward: dict[str, str] = {}
    for character in CODE_CHARACTERS:
        if character in where:
            typed = computer.at(*where[character])
            if typed:
                forward[character] = typed
    return forward


@cache
def _backward(scanner: Layout, computer: Layout) -> dict[int, str]:
    forward = _forward(scanner, computer)
    backward: dict[int, str] = {}
    for meant, typed in forward.items():
        if ord(typed) in backward:  # two characters typed alike: not one we can read back
            raise ValueError(f"{scanner.key}>{computer.key}: '{typed}' is ambiguous")
        backward[ord(typed)] = meant
    return backward


# The mix-ups a desk meets, most likely first: a scanner left on its factory US layout on a
# European laptop; then a scanner set to a European layout on a US (or US-set) computer.
MISMATCHES = tuple(
    [Mismatch(US, laptop) for laptop in LAYOUTS if laptop is not US]
    + [Mismatch(scanner, US) for scanner in LAYOUTS if scanner is not US]
)


@dataclass(frozen=True)
class ScannerAdvice:
    """How to set a scanner that typed through another keyboard layout, as parts a screen can
    word in its own language (``english`` words it in English). ``us_scanner``: a scanner on its
    US layout on a laptop with another one (else a scanner set to another layout on a US
    computer); ``names``: the other side's layout, as one name ("French AZERTY"), a family
    ("AZERTY", when the code cannot tell French from Belgian), two names (either), or none
    when more could have typed it."""

    us_scanner: bool
    names: tuple[str, ...]

    @property
    def english(self) -> str:
        """The advice in one English sentence (the command line's)."""
        names = " or ".join(self.names)
        if self.us_scanner:
            if len(self.names) != 1:
                which = f" ({names})" if names else ""
                return (
                    f"The scanner types as a US keyboard on this laptop{which}: set the scanner "
                    "to the laptop's layout (a setup barcode in its manual), or switch the "
                    "laptop's keyboard to US while scanning."
                )
            return (
                f"The scanner types as a US keyboard on this {names} laptop: set the scanner "
                f"to {names} (a setup barcode in its manual), or switch the laptop's keyboard "
                "to US while scanning."
            )
        if not names:
            return (
                "The scanner is set to another keyboard layout than this computer's (US): set "
                "the scanner to US (a setup barcode in its manual), or switch the computer's "
                "keyboard to the scanner's layout."
            )
        return (
            f"The scanner is set to {names} but this computer types as a US keyboard: set the "
            f"scanner to US (a setup barcode in its manual), or switch the computer's keyboard "
            f"to {names}."
        )


def advice(mismatches: list[Mismatch]) -> ScannerAdvice:
    """The advice for mismatches that all read the code the same way: several when the code
    cannot tell them apart (French and Belgian AZERTY differ on 6 and 8 only)."""
    if mismatches[0].scanner is US:
        return ScannerAdvice(True, _names({m.computer for m in mismatches}))
    return ScannerAdvice(False, _names({m.scanner for m in mismatches}))


def hint(mismatches: list[Mismatch]) -> str:
    """One sentence for the desk: what the scanner does and how to set it (see ``advice``)."""
    return advice(mismatches).english


def _names(layouts: set[Layout]) -> tuple[str, ...]:
    """One layout's name, the family of several (AZERTY for French and Belgian), two names
    (either of them), or none for more."""
    families = {layout.family for layout in layouts}
    if len(layouts) == 1:
        return (next(iter(layouts)).name,)
    if len(families) == 1:
        return (next(iter(families)),)
    if len(layouts) == 2:
        return tuple(sorted(layout.name for layout in layouts))
    return ()


def _letters_swapped(text: str) -> str:
    """Caps Lock on the computer: ASCII letters in the other case, the rest as typed."""
    return "".join(c.swapcase() if c.isascii() else c for c in text)


def read_backs(typed: str) -> list[tuple[str, tuple[Mismatch, ...]]]:
    """What ``typed`` reads as through each mix-up (with and without Caps Lock), each reading
    once with the mix-ups that give it, most likely first; only readings that hold our
    payload's prefix (``PIMAP1:``, any case) are kept."""
    found: dict[str, list[Mismatch]] = {}
    for variant in dict.fromkeys((typed, _letters_swapped(typed))):
        for mismatch in MISMATCHES:
            meant = mismatch.read_back(variant)
            if _PREFIX in meant.upper():
                mismatches = found.setdefault(meant, [])
                if mismatch not in mismatches:
                    mismatches.append(mismatch)
    return [(meant, tuple(mismatches)) for meant, mismatches in found.items()]


@cache
def _mangled_prefixes() -> tuple[str, ...]:
    return tuple(
        sorted(
            {m.typed(_PREFIX).casefold() for m in MISMATCHES}
            | {m.typed(_PREFIX.lower()).casefold() for m in MISMATCHES}
        )
    )


def looks_mangled(typed: str) -> bool:
    """True when ``typed`` holds the start of a badge code typed through a wrong layout."""
    folded = typed.casefold()
    return any(prefix in folded for prefix in _mangled_prefixes())
