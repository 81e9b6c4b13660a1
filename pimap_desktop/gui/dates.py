"""Dates and times on screen in the interface's language: month and weekday names from
Babel/CLDR (gui/languages.running_language), never from the process locale (which strftime's
%a, %A, %b and %B follow, and which QApplication sets from the desktop)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from pimap_desktop.gui.languages import running_language

# strftime's directives as CLDR pattern letters; anything else is kept as literal text.
_DIRECTIVES = {
    "a": "EEE",
    "A": "EEEE",
    "b": "MMM",
    "B": "MMMM",
    "d": "dd",
    "m": "MM",
    "Y": "yyyy",
    "H": "HH",
    "M": "mm",
}


@lru_cache(maxsize=64)
def _pattern(strftime_pattern: str) -> str:
    out: list[str] = []
    literal = ""
    chars = iter(strftime_pattern)
    for char in chars:
        if char == "%":
            code = next(chars, "")
            if literal:
                out.append(_quoted(literal))
                literal = ""
            out.append(_DIRECTIVES[code])
        else:
            literal += char
    if literal:
        out.append(_quoted(literal))
    return "".join(out)


def _quoted(text: str) -> str:
    if any(c.isalpha() for c in text) or "'" in text:
        return "'" + text.replace("'", "''") + "'"
    return text


def when(value: date | datetime, strftime_pattern: str) -> str:
    """``value`` as ``strftime_pattern`` would write it (%a %A %b %B %d %m %Y %H %M), the
    names in the interface's language. An aware time is written as it is (its own zone)."""
    from babel.dates import format_date, format_datetime

    pattern = _pattern(strftime_pattern)
    language = running_language()
    if isinstance(value, datetime):
        return str(format_datetime(value.replace(tzinfo=None), pattern, locale=language))
    return str(format_date(value, pattern, locale=language))
