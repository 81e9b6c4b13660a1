"""Cell text turned into typed values: dates, local times, yes/no, e-mails, lists, countries.

Every parser takes the text of one cell and either returns a value or raises ``ValueError`` with a
short reason for a person ("'31/02/2027' is not a date: there is no day 31 in that month"); the
importer adds the file, row and column. Empty text is an error for the date and e-mail parsers
(the importer decides whether a column may be empty), ``None`` for yes/no and countries, and an
empty list for lists.

Dates follow the European reading of numbers, since our users are European:

- ``2027-01-26`` (ISO), ``2027/01/26`` and ``20270126`` are year, month, day;
- ``26/01/2027``, ``26.01.2027``, ``26-01-2027`` (and two-digit years, read as 20yy) are day,
  month, year. The one exception is a pair that cannot be day/month but can be month/day:
  ``01/26/2027`` (second number above 12, first not) is read as January 26 (a US export);
- month names in English, French, Portuguese, Finnish, Dutch and German, in either order and
  with weekday names, ordinals and "de"/"of" ignored: "26 Jan 2027", "26 janvier 2027",
  "Tuesday, January 26th, 2027", "26 de janeiro de 2027", "26. tammikuuta 2027", "26. März 2027".

A time of day may follow a date after a space, a comma or ``T``: ``15:40``, ``15:40:00``,
``15.40``, ``15h40``, ``15h``, ``3:40 PM``, ``15:40 Uhr``. Times are naive wall-clock times; the
importer places them in the mission's time zone. A time with a zone offset or ``Z`` is refused,
because it would silently disagree with that zone.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from functools import cache

from pimap_desktop.domain.places import country_code as country_code
from pimap_desktop.text import ServiceWords


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- dates and times --------------------------------------------------------------------------

_MONTH_NAMES: dict[int, str] = {
    1: "january jan janvier janv janeiro tammikuu tammikuuta tammi januari januar jänner jän",
    2: "february feb fevrier fevr fev fevereiro fevereiro helmikuu helmikuuta helmi februari "
    "februar feber",
    3: "march mar mars marco maaliskuu maaliskuuta maalis maart mrt marz maerz mär",
    4: "april apr avril avr abril abr huhtikuu huhtikuuta huhti",
    5: "may mai maio toukokuu toukokuuta touko mei",
    6: "june jun juin junho kesakuu kesakuuta kesa juni",
    7: "july jul juillet juil julho heinakuu heinakuuta heina juli",
    8: "august aug aout agosto ago elokuu elokuuta elo augustus",
    9: "september sep sept septembre setembro set syyskuu syyskuuta syys",
    10: "october oct octobre outubro out lokakuu lokakuuta loka oktober okt",
    11: "november nov novembre novembro marraskuu marraskuuta marras",
    12: "december dec decembre dezembro dez joulukuu joulukuuta joulu dezember",
}

# Words that may surround a written date without changing it: weekdays, "de", "of", ordinals.
_DATE_NOISE = _word_set(
    "the of de del du le den der am on st nd rd th er e eme ste a at as um om klo kello "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu "
    "ven sam dim segunda terca quarta quinta sexta sabado domingo feira maanantai tiistai "
    "keskiviikko torstai perjantai lauantai sunnuntai ma ti ke to pe la su maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag mo di mi do fr sa so"
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, names in _MONTH_NAMES.items():
        for name in names.split():
            table.setdefault(_fold(name), number)
    return table


_TIME = re.compile(
    r"""(?ix)
    (?:^|[\sT,]+)                          # after the date
    (?P<hour>\d{1,2})
    (?:
        \s*(?::|\.|h)\s*(?P<minute>\d{2})  # 15:40, 15.40, 15h40
        (?::(?P<second>\d{2})(?:[.,]\d+)?)?
      | \s*h                               # 15h
    )
    \s*(?P<half>am|pm|a\.m\.|p\.m\.|uhr|h)?
    \s*(?P<zone>z|utc|gmt|[+-]\d{2}:?\d{2})?
    \s*$
    """
)
# Words between a date and its time: "à 15h40", "klo 15.40", "um 15:40", "at 3 pm".
_CONNECTOR = re.compile(r"[\s,;-]*\b(?:a|à|as|às|at|um|om|klo|kello|kl)?[\s,.;-]*$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def _make_date(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise ValueError(ServiceWords.say("'%1' is not a date: there is no month %2", text, month))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            ServiceWords.say("'%1' is not a date: there is no day %2 in that month", text, day)
        ) from None


def _year(digits: str, text: str) -> int:
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        return 2000 + int(digits)
    raise ValueError(ServiceWords.say("'%1' is not a date: the year should have four digits", text))


def _numeric_date(first: str, second: str, third: str, text: str) -> date:
    if len(first) == 4:  # year first: ISO and yyyy/mm/dd
        return _make_date(int(first), int(second), int(third), text)
    if len(first) > 2:
        raise ValueError(
            ServiceWords.say("'%1' is not a date: use day/month/year or YYYY-MM-DD", text)
        )
    a, b, year = int(first), int(second), _year(third, text)
    if b > 12 and a <= 12:  # only month/day makes sense: a US export
        return _make_date(year, a, b, text)
    return _make_date(year, b, a, text)


def _written_date(text: str) -> date:
    words = re.findall(r"[^\W\d_]+|\d+", _fold(text))
    months = _months()
    month: int | None = None
    numbers: list[str] = []
    for word in words:
        if word.isdigit():
            numbers.append(word)
        elif word in months and month is None:
            month = months[word]
        elif word not in _DATE_NOISE:
            raise ValueError(
                ServiceWords.say("'%1' is not a date: '%2' is not a month", text, word)
            )
    if month is None:
        raise ValueError(
            ServiceWords.say("'%1' is not a date: use day/month/year or YYYY-MM-DD", text)
        )
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != 1 or len(numbers) != 2:
        raise ValueError(
            ServiceWords.say(
                "'%1' is not a date: give the day, the month and a four-digit year", text
            )
        )
    return _make_date(int(years[0]), month, int(days[0]), text)


def _parse_date_only(text: str) -> date:
    cleaned = text.strip()
    numeric = _NUMERIC_DATE.match(cleaned)
    if numeric:
        first, _, second, third = numeric.groups()
        return _numeric_date(first, second, third, text)
    compact = _COMPACT_DATE.match(cleaned)
    if compact:
        year, month, day = (int(g) for g in compact.groups())
        return _make_date(year, month, day, text)
    return _written_date(cleaned)


def _parse_time(match: re.Match[str], text: str, *, allow_zone: bool) -> time:
    if match["zone"] and not allow_zone:
        raise ValueError(
            ServiceWords.say(
                "'%1' has a time zone; give the local time of the mission without one", text
            )
        )
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    half = (match["half"] or "").lower().replace(".", "")
    if half in ("am", "pm"):
        if not 1 <= hour <= 12:
            raise ValueError(
                ServiceWords.say(
                    "'%1' is not a time: %2 %3 does not exist", text, hour, half.upper()
                )
            )
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(ServiceWords.say("'%1' is not a time of day", text))
    return time(hour, minute, second)


def parse_local_datetime_parts(text: str) -> tuple[date, time | None]:
    """The date of a cell and its time of day, None when only a date is written."""
    return _parts(text, allow_zone=False)


def _parts(text: str, *, allow_zone: bool) -> tuple[date, time | None]:
    cleaned = text.strip()
    if not cleaned:
        raise ValueError(ServiceWords.say("no date given"))
    found = _TIME.search(cleaned)
    if found and found.start() > 0:
        head = _CONNECTOR.sub("", cleaned[: found.start()])
        try:
            day = _parse_date_only(head)
        except ValueError:
            # "26 Jan 2027" ends with digits that are not a time; try the whole text as a date.
            try:
                return _parse_date_only(cleaned), None
            except ValueError:
                pass
            raise
        return day, _parse_time(found, text, allow_zone=allow_zone)
    return _parse_date_only(cleaned), None


def parse_date(text: str) -> date:
    """A calendar date; a time of day after it is allowed and dropped (form timestamps)."""
    return _parts(text, allow_zone=True)[0]


def parse_local_datetime(text: str) -> datetime:
    """A naive local date and time; a date alone gives that day at 00:00.

    Use :func:`parse_local_datetime_parts` to tell a date alone from a time at midnight.
    """
    day, at = parse_local_datetime_parts(text)
    return datetime.combine(day, at or time(0, 0))


# --- yes / no -------------------------------------------------------------------------------

_TRUE = _word_set(
    "yes y true t 1 x on checked agreed agree accepted ok oui o vrai sim s verdadeiro "
    "kylla k joo ja j waar wahr ✓ ✔ ☑ ☒"
)
_FALSE = _word_set(
    "no n false f 0 off unchecked declined refused non faux nao falso ei nee onwaar nein falsch ☐"
)


def parse_bool(text: str) -> bool | None:
    """Yes or no in six languages (``x`` and ``1`` are yes); None for an empty cell.

    A sentence that starts with a yes or a no ("Yes, I agree", "Non merci") counts as that answer.
    """
    key = _fold(text).strip()
    if not key:
        return None
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    first = re.split(r"[\W_]+", key)[0]
    if len(first) > 1 and first in _TRUE:
        return True
    if len(first) > 1 and first in _FALSE:
        return False
    raise ValueError(ServiceWords.say("'%1' is not yes or no", text.strip()))


# --- lists ----------------------------------------------------------------------------------

_LIST_SEPARATORS = re.compile(r"[;,|\n\r•·]+")


def parse_list(text: str) -> list[str]:
    """Items separated by ``;``, ``,``, ``|``, bullets or line breaks, trimmed, each once."""
    items: list[str] = []
    seen: set[str] = set()
    for raw in _LIST_SEPARATORS.split(text):
        item = raw.strip(" \t-*")
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items


# --- countries ------------------------------------------------------------------------------
# ``country_code`` (imported above) is the one rule for every country a person types: forms, the
# command line and imports alike (pimap_desktop.domain.places).
