"""The language a document is printed in: its words, and its dates, times, numbers and names.

Documents (agendas, badges, packs, the catalogue, table plans, the follow-up log, the KPI
report) are made in one of ``rules.DOCUMENT_LANGUAGES``, chosen per export; a person's own
documents (personal agenda, pack, badge) in their preferred language when one is recorded
(``own_language``).

**Words** come from gettext catalogues, ``resources/locale/<lang>/LC_MESSAGES/documents.po``,
read at run time with Babel and compiled in memory once per language: the ``.po`` file is what
translators edit and what ships, with no build step. The English text is the message id, so
English has no catalogue. Code marks a text with ``language._("…")``, ``ngettext`` or
``pgettext`` (what ``pybabel extract`` looks for, see the README); placeholders are
``str.format`` names (``{count}``), kept by every translation (a test checks).

**Dates, times, month and weekday names, numbers and country names** come from Babel's CLDR
data in the document's language, never from the process locale (QApplication sets it from the
desktop, so ``strftime("%B")`` would print "janvier" in an English agenda on a French laptop).
English documents use CLDR's Irish English (``en_IE``): the day before the month and a 24-hour
clock, as the partnership writes English ("Tuesday 26 January 2027", "14:30").
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton, match_skeleton
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent

from pimap_desktop.domain.enums import (
    EenRating,
    FollowUpOutcome,
    KpiMetric,
    LabelledEnum,
    MeetingStatus,
    OrganisationKind,
    OrganisationSize,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.rules import DEFAULT_LANGUAGE, DOCUMENT_LANGUAGES, parse_language

# The CLDR locale of each document language, and its tag for the PDF's /Lang (BCP 47).
_CLDR = {"en": "en_IE", "fr": "fr_FR", "sv": "sv_SE", "pt": "pt_PT", "fi": "fi_FI"}
_TAGS = {"en": "en", "fr": "fr", "sv": "sv", "pt": "pt-PT", "fi": "fi"}
# Each language in its own name, for a choice of language.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "sv": "Svenska",
    "pt": "Português",
    "fi": "Suomi",
}
DOMAIN = "documents"


def N_(context: str, text: str) -> str:  # gettext's name for "mark only"
    """Marks ``text`` for the catalogues (with its context) without translating it."""
    return text


# The labels of the enumerations that documents print, marked for the catalogues; the context
# is the enumeration's name. (A test checks that every member's English label is here.)
ENUM_LABELS: tuple[str, ...] = (
    N_("RegistrationRole", "Delegate"),
    N_("RegistrationRole", "Local participant"),
    N_("RegistrationRole", "Local host"),
    N_("RegistrationRole", "Coordinator"),
    N_("RegistrationRole", "Speaker"),
    N_("RegistrationRole", "Visitor"),
    N_("RegistrationStatus", "Invited"),
    N_("RegistrationStatus", "Registered"),
    N_("RegistrationStatus", "Confirmed"),
    N_("RegistrationStatus", "Waitlisted"),
    N_("RegistrationStatus", "Cancelled"),
    N_("RegistrationStatus", "No-show"),
    N_("MeetingStatus", "Scheduled"),
    N_("MeetingStatus", "Held"),
    N_("MeetingStatus", "No-show"),
    N_("MeetingStatus", "Cancelled"),
    N_("FollowUpOutcome", "No interest"),
    N_("FollowUpOutcome", "Information exchanged"),
    N_("FollowUpOutcome", "Follow-up meeting planned"),
    N_("FollowUpOutcome", "Quotation or proposal sent"),
    N_("FollowUpOutcome", "Agreement under negotiation"),
    N_("FollowUpOutcome", "Agreement or contract signed"),
    N_("FollowUpOutcome", "MoU signed"),
    N_("EenRating", "No further contact"),
    N_("EenRating", "Knowledge gained"),
    N_("EenRating", "Valuable contact"),
    N_("EenRating", "Negotiation started"),
    N_("EenRating", "Agreement reached"),
    N_("ProgrammeItemKind", "Briefing"),
    N_("ProgrammeItemKind", "Fair visit"),
    N_("ProgrammeItemKind", "Site visit"),
    N_("ProgrammeItemKind", "Reception"),
    N_("ProgrammeItemKind", "Workshop session"),
    N_("ProgrammeItemKind", "B2B session"),
    N_("ProgrammeItemKind", "Meal"),
    N_("ProgrammeItemKind", "Travel"),
    N_("ProgrammeItemKind", "Other"),
    N_("OrganisationKind", "SME"),
    N_("OrganisationKind", "Large company"),
    N_("OrganisationKind", "Cluster"),
    N_("OrganisationKind", "Research centre"),
    N_("OrganisationKind", "Integrator"),
    N_("OrganisationKind", "Investor"),
    N_("OrganisationKind", "Public body"),
    N_("OrganisationKind", "Other"),
    N_("OrganisationSize", "Micro"),
    N_("OrganisationSize", "Small"),
    N_("OrganisationSize", "Medium"),
    N_("OrganisationSize", "Large"),
    N_("KpiMetric", "SMEs engaged"),
    N_("KpiMetric", "Participants"),
    N_("KpiMetric", "Meetings requested"),
    N_("KpiMetric", "Meetings scheduled"),
    N_("KpiMetric", "Meetings held"),
    N_("KpiMetric", "Follow-ups"),
    N_("KpiMetric", "Agreements signed"),
    N_("KpiMetric", "MoUs signed"),
)
# The enumerations whose labels documents print (ENUM_LABELS holds all their members').
PRINTED_ENUMS: tuple[type[LabelledEnum], ...] = (
    RegistrationRole,
    RegistrationStatus,
    MeetingStatus,
    FollowUpOutcome,
    EenRating,
    ProgrammeItemKind,
    OrganisationKind,
    OrganisationSize,
    KpiMetric,
)


@dataclass(frozen=True, eq=False)
class DocumentLanguage:
    """One document language: ``_``/``ngettext``/``pgettext`` for words, and the CLDR
    formats of dates, times, numbers and country names."""

    code: str  # "en", "fr", "sv", "pt", "fi"
    locale: Locale
    _catalogue: gettext.NullTranslations

    @property
    def tag(self) -> str:
        """The language's tag for the PDF's /Lang: ``fr``, ``pt-PT``."""
        return _TAGS[self.code]

    @property
    def name(self) -> str:
        """The language in its own name: ``Suomi``."""
        return LANGUAGE_NAMES[self.code]

    # -- words ---------------------------------------------------------------------------------

    def _(self, message: str) -> str:
        return self._catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form of a text for ``count`` (its ``{count}`` is not filled in here)."""
        return self._catalogue.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalogue.pgettext(context, message)

    def and_list(self, items: Sequence[str]) -> str:
        """``a, b and c``, ``a, b et c``: CLDR's list in this language."""
        return str(format_list(list(items), locale=self.locale))

    def label(self, member: LabelledEnum) -> str:
        """An enumeration's label (a role, a status, an outcome…) in this language."""
        return self.pgettext(type(member).__name__, member.label)

    # -- dates and times (CLDR) ----------------------------------------------------------------

    def date(self, day: dt.date) -> str:
        """``26 January 2027``, ``26 janvier 2027``, ``26. tammikuuta 2027``."""
        return str(format_skeleton("yMMMMd", day, locale=self.locale))

    def day_month(self, day: dt.date) -> str:
        """``26 January``, ``26 de janeiro``."""
        return str(format_skeleton("MMMMd", day, locale=self.locale))

    def day_heading(self, day: dt.date) -> str:
        """``Tuesday 26 January 2027``, ``Mardi 26 janvier 2027``: the full date, capitalised
        (it starts a heading or a line)."""
        text = str(format_date(day, "full", locale=self.locale))
        return text[:1].upper() + text[1:]

    def weekday_day_month(self, day: dt.date) -> str:
        """``Tuesday 26 January``, ``mardi 26 janvier``, ``tiistai 26. tammikuuta``."""
        skeletons = self.locale.datetime_skeletons
        found = match_skeleton("MMMMEEEEd", skeletons)
        if found is None:
            return self.day_month(day)
        pattern = _in_full(str(skeletons[found].pattern))
        return str(format_date(day, pattern, locale=self.locale))

    def short_day(self, day: dt.date) -> str:
        """``Tue 26 Jan``, ``mar. 26 janv.``, ``ti 26.1.``."""
        return str(format_skeleton("MMMEd", day, locale=self.locale))

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """``24–29 January 2027``, ``24 janvier – 2 février 2027``: CLDR's interval with the
        month in full, one year when both days share it."""
        if start == end:
            return self.date(start)
        if start.year != end.year:
            field = "y"
        elif start.month != end.month:
            field = "M"
        else:
            field = "d"
        patterns = self.locale.interval_formats.get("yMMMd")
        parts = patterns.get(field) if patterns is not None else None
        if not parts or len(parts) != 2:
            fallback = str(self.locale.interval_formats.get(None, "{0} – {1}"))
            return fallback.format(self.date(start), self.date(end))
        first, second = (_in_full(part, "ML") for part in parts)
        return str(format_date(start, first, locale=self.locale)) + str(
            format_date(end, second, locale=self.locale)
        )

    def time(self, moment: dt.datetime | dt.time) -> str:
        """``14:30``, ``14.30`` (a local time, as given)."""
        clock = moment.timetz() if isinstance(moment, dt.datetime) else moment
        return str(format_skeleton("Hm", clock.replace(tzinfo=None), locale=self.locale))

    def time_span(self, start: dt.datetime | dt.time, end: dt.datetime | dt.time) -> str:
        """``14:30–15:00``, ``14:30 – 15:00``, ``14.30–15.00`` (local times, as given)."""
        first = start.time() if isinstance(start, dt.datetime) else start.replace(tzinfo=None)
        last = end.time() if isinstance(end, dt.datetime) else end.replace(tzinfo=None)
        if (first.hour, first.minute) == (last.hour, last.minute):
            return f"{self.time(first)}–{self.time(last)}"
        return str(format_interval(first, last, "Hm", locale=self.locale))

    # -- numbers and names (CLDR) --------------------------------------------------------------

    def number(self, value: int | float) -> str:
        """``1,234``, ``1 234``, ``1.234``."""
        return str(format_decimal(value, locale=self.locale))

    def percent(self, ratio: float) -> str:
        """``45%``, ``45 %`` (a ratio: 0.45)."""
        return str(format_percent(ratio, locale=self.locale))

    def country(self, alpha_2: str) -> str:
        """``Sweden``, ``Suède``, ``Ruotsi`` for ``SE``; the code itself when CLDR does not know
        it, "" for ""."""
        code = alpha_2.strip().upper()
        if not code:
            return ""
        return str(self.locale.territories.get(code, code))


def _in_full(pattern: str, letters: str = "MLEc") -> str:
    """A CLDR date pattern with its abbreviated months (``MMM``, ``LLL``) and weekdays (``E``,
    ``ccc``) in full, quoted literals left alone: what ICU does when a skeleton asks for the
    full names and the locale's best pattern has the short ones."""
    out: list[str] = []
    quoted = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "'":
            quoted = not quoted
            out.append(char)
            index += 1
            continue
        if not quoted and char in letters:
            end = index
            while end < len(pattern) and pattern[end] == char:
                end += 1
            run = end - index
            widen = run == 3 or (char == "E" and run < 4)
            out.append(char * (4 if widen else run))
            index = end
            continue
        out.append(char)
        index += 1
    return "".join(out)


def document_language(code: str | None = None) -> DocumentLanguage:
    """The document language of ``code`` (one of ``DOCUMENT_LANGUAGES``; None: English), one
    object per language, its catalogue read once per process. ValidationError for any other
    code."""
    key = code or DEFAULT_LANGUAGE
    if key not in DOCUMENT_LANGUAGES:
        raise ValidationError(
            f"'{code}' is not a language PIMAP makes documents in: use "
            f"{', '.join(DOCUMENT_LANGUAGES)}.",
            "language",
        )
    return _language(key)


@cache
def _language(code: str) -> DocumentLanguage:
    return DocumentLanguage(code, Locale.parse(_CLDR[code]), _catalogue(code))


def document_text(code: str | None = None) -> DocumentLanguage:
    """``document_language(code)``, for ``document_text("fr")._("Practical information")``
    (``Informations pratiques``)."""
    return document_language(code)


def english() -> DocumentLanguage:
    return document_language(DEFAULT_LANGUAGE)


def parse_document_language(text: str) -> DocumentLanguage:
    """A language as a person gives it (``fr``, ``Suomi``, ``pt-PT``); ValidationError saying
    which languages there are otherwise."""
    try:
        code = parse_language(text)
    except ValueError:
        code = None
    if code is None:
        raise ValidationError(
            f"Unknown language '{text.strip()}': use {', '.join(DOCUMENT_LANGUAGES)}.",
            "language",
        )
    return document_language(code)


def own_language(preferred: str | None, export: DocumentLanguage) -> DocumentLanguage:
    """The language of a person's own document: theirs when recorded (and one we print in),
    else the export's."""
    if preferred and preferred in DOCUMENT_LANGUAGES:
        return document_language(preferred)
    return export


def catalogue_path(code: str) -> str:
    """Where the catalogue of ``code`` lives, inside the package's resources."""
    return f"locale/{code}/LC_MESSAGES/{DOMAIN}.po"


def _catalogue(code: str) -> gettext.NullTranslations:
    """The catalogue of ``code`` compiled in memory; English (and a missing file) translate
    nothing."""
    if code == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    source = resources.files("pimap_desktop.resources").joinpath(catalogue_path(code))
    try:
        with source.open("rb") as po_file:
            catalogue = read_po(po_file, locale=_CLDR[code], domain=DOMAIN)
    except FileNotFoundError:
        return gettext.NullTranslations()
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
