"""Small helpers for the words a person reads, shared by the GUI, the services and the CLI.

Plain Python, no Qt and no database: every layer may import it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``count`` with its noun in the right number: "1 session", "36 meetings", "0 people".

    The plural is ``singular + "s"`` unless given (``plural(n, "person", "people")``); a noun
    of several words takes the form given whole (``plural(n, "requested pair")``).
    """
    if count == 1:
        return f"{count} {singular}"
    return f"{count} {plural_form if plural_form is not None else singular + 's'}"


# --------------------------------------------------------------------------- sentences

# The services' sentences for a person are English, with their values apart, so that the GUI
# can say them in the interface's language: ``ServiceWords.say("'%1' is not yes or no", text)``.
# pyside6-lupdate reads those calls (``make translations-update`` runs it on the whole package
# with ``say`` taken for ``tr``) into the ``ServiceWords`` context of the .ts files; the GUI
# translates the template and fills in the values (gui/words.say). ``str()`` of a sentence
# is its English, as the command line prints it.


@dataclass(frozen=True)
class Words:
    """A sentence: its English template (placeholders %1, %2…) and the values that fill it. A
    value may be a sentence itself, an enum member with a ``label`` (shown by its label), or a
    local time (shown with its day)."""

    template: str
    values: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, [english(value) for value in self.values])


class ServiceWords:
    """The translation context of the services' sentences (see above)."""

    @staticmethod
    def say(template: str, *values: object) -> Words:
        """The sentence ``template`` (a string literal: lupdate reads it) with ``values``."""
        return Words(template, values)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english(value: object) -> str:
    """A value of a sentence in English: a sentence's English, an enum member's label, a time
    as ``Sat 23 Jan 2027 15:40`` (whatever the process locale)."""
    if isinstance(value, datetime):
        return (
            f"{_DAYS[value.weekday()]} {value.day:02d} {_MONTHS[value.month - 1]} "
            f"{value.year} {value:%H:%M}"
        )
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        if isinstance(label, str):
            return label
    return str(value)


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, values: Sequence[str]) -> str:
    """``template`` with %1, %2… replaced by ``values`` (one pass: a value holding "%2" stays
    as it is); a placeholder without a value is kept."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def words_of(error: BaseException) -> Words | str:
    """What an error says: its sentence when it was raised with one, else its text."""
    found = getattr(error, "words", None)
    if isinstance(found, Words):
        return found
    if error.args and isinstance(error.args[0], Words):
        return error.args[0]
    return str(error)


def and_list(items: Sequence[object]) -> object:
    """Names (or sentences) as one: "A and B and C"; the first alone; "" for none."""
    return _chained(items, lambda a, b: ServiceWords.say("%1 and %2", a, b))


def semicolon_list(items: Sequence[object]) -> object:
    """Sentences as one: "a; b; c"; the first alone; "" for none."""
    return _chained(items, lambda a, b: ServiceWords.say("%1; %2", a, b))


def _chained(items: Sequence[object], pair: Callable[[object, object], Words]) -> object:
    if not items:
        return ""
    found = items[0]
    for item in items[1:]:
        found = pair(found, item)
    return found
