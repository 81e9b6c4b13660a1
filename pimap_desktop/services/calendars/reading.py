"""A calendar file read: its size bound (MAX_CALENDAR_BYTES, checked before it is read), its
encoding (a byte-order mark, UTF-16, UTF-8 with stray Windows-1252 bytes, Windows-1252), and a
parse error told with the line it is about. A file that cannot be read raises a ValidationError
that names it."""

from __future__ import annotations

import codecs
import re
from datetime import tzinfo
from pathlib import Path

from icalendar import Calendar
from icalendar.timezone import tzp
from icalendar.timezone.zoneinfo import ZONEINFO

from pimap_desktop.domain.errors import ValidationError

# A calendar file larger than this is refused before it is read.
MAX_CALENDAR_BYTES = 20 * 1024 * 1024


def read_calendar(path: Path) -> Calendar:
    """The calendar in an .ics file, or a ValidationError that names the file (and the line)."""
    path = path.expanduser()
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CALENDAR_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(f"{path} does not exist.", "file") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} is a folder; choose an .ics file.", "file") from None
    except OSError as exc:
        raise ValidationError(f"{path} cannot be read: {exc.strerror}.", "file") from None
    if len(data) > MAX_CALENDAR_BYTES:
        raise ValidationError(
            f"{path} is larger than {MAX_CALENDAR_BYTES // (1024 * 1024)} MB, too large for a "
            "calendar file; nothing was imported.",
            "file",
        )
    text = _decode(data)

    def broken(why: str) -> ValidationError:
        return ValidationError(f"{path} is not a readable calendar: {why}", "file")

    if not re.search(r"^BEGIN:VCALENDAR\s*$", text, re.IGNORECASE | re.MULTILINE):
        raise broken("it holds no calendar (no BEGIN:VCALENDAR line).")
    # icalendar remembers, for the whole process, the zones that files describe in a VTIMEZONE
    # under a name it does not know (Outlook's "Customized Time Zone"); start afresh so that
    # this file's own description counts, not another file's of the same name.
    tzp.use(_Zones())
    try:
        found = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # ValueError mostly; icalendar and dateutil
        # raise others on some malformed input (a zone rule without FREQ)
        raise broken(_parse_error(text, exc)) from None
    calendars = [c for c in found if c.name == "VCALENDAR"]
    if not calendars:
        raise broken("it ends before END:VCALENDAR; the file may be cut short.")
    merged = calendars[0]
    for other in calendars[1:]:
        for component in other.subcomponents:
            merged.add_component(component)
    return merged


class _Zones(ZONEINFO):
    """icalendar's zones from the tz database, for which a TZID naming one of its folders
    ("Europe") is an unknown zone (the event says so and is skipped) rather than an error that
    refuses the whole file."""

    def timezone(self, name: str) -> tzinfo | None:
        try:
            return super().timezone(name)
        except OSError:  # zoneinfo opens "Europe" as a file: a folder
            return None


_BOMS = (  # the longest first: UTF-32's little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes) -> str:
    """The text of a calendar file.

    A byte-order mark says the encoding (Outlook and Windows tools write UTF-16 with one);
    else UTF-16 without it shows by its zero bytes. Else UTF-8, as RFC 5545 asks; a file that
    is UTF-8 but for a few bytes (a line pasted from an older program) keeps its UTF-8 and
    reads those bytes as Windows-1252, the usual other encoding of such a line; a file with
    no UTF-8 in it at all is Windows-1252 throughout, as older programs write.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    head = data[:400]
    if len(head) >= 4 and head.count(0) * 3 > len(head):  # every other byte zero
        odd_zeros = head[1::2].count(0) > head[0::2].count(0)
        return data.decode("utf-16-le" if odd_zeros else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for char in replaced if ord(char) > 0x7F and char != "\ufffd")
    if good and good >= bad:
        return data.decode("utf-8", errors=_WINDOWS_BYTES)
    return data.decode("cp1252", errors="replace")


def _windows_byte(error: UnicodeError) -> tuple[str, int]:
    """The bytes that are not UTF-8, read as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace"), error.end


_WINDOWS_BYTES = "pimap-windows-1252"
codecs.register_error(_WINDOWS_BYTES, _windows_byte)


def _parse_error(text: str, exc: Exception) -> str:
    """icalendar's message, with the line it is about when it quotes it."""
    message = str(exc).strip()
    quoted = re.search(r"'([^']{1,200})'", message)
    if quoted:
        needle = quoted.group(1)[:40]
        for number, line in enumerate(text.splitlines(), start=1):
            if needle and needle in line:
                return f"line {number} cannot be read ({message})."
    return f"{message}."
