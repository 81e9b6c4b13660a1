"""Documents in five languages: the catalogues are complete, CLDR gives the dates, numbers and
country names, no document asks the process locale, and a PDF says its language and embeds its
fonts."""

from __future__ import annotations

import io
import locale
import re
import shutil
import subprocess
import sys
import tokenize
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pypdf
import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from sqlalchemy import select, update
from sqlalchemy.orm import Session

import pimap_desktop
from pimap_desktop.domain.models import Person, Registration
from pimap_desktop.domain.rules import DOCUMENT_LANGUAGES
from pimap_desktop.services.language import (
    PRINTED_ENUMS,
    document_language,
    own_language,
    parse_document_language,
)
from pimap_desktop.services.missions.audiences import ROLE_NAMES
from pimap_desktop.services.printing.agenda import write_agenda
from pimap_desktop.services.printing.itinerary import ROLE_PLURALS
from pimap_desktop.services.unit import transaction
from tests.printing_fixtures import PrintableMission

PACKAGE = Path(pimap_desktop.__file__).parent
LOCALE = PACKAGE.parent / "resources" / "locale"
# Where documents take their words from (what ``pybabel extract`` reads, see the README).
SOURCES = (
    PACKAGE / "services" / "language.py",
    *sorted((PACKAGE / "services" / "printing").glob("*.py")),
    PACKAGE / "services" / "followup" / "followup.py",
    PACKAGE / "services" / "kpi" / "kpi.py",
)
KEYWORDS = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": ((1, "c"), 2)}
TRANSLATED = tuple(code for code in DOCUMENT_LANGUAGES if code != "en")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

Key = tuple[str | None, str]  # (context, message id; a plural's singular)


def marked_messages() -> dict[Key, tuple[str, ...]]:
    """Every text the document code marks for translation: its forms (one, or singular and
    plural)."""
    found: dict[Key, tuple[str, ...]] = {}
    for path in SOURCES:
        with path.open("rb") as source:
            for _line, message, _comments, context in extract_from_file(
                "python", source.name, keywords=KEYWORDS, comment_tags=()
            ):
                forms = message if isinstance(message, tuple) else (message,)
                found[(context, forms[0])] = forms
    return found


@pytest.fixture(scope="module")
def marked() -> dict[Key, tuple[str, ...]]:
    return marked_messages()


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalogue_translates_every_marked_text_and_keeps_its_placeholders(
    code: str, marked: dict[Key, tuple[str, ...]]
) -> None:
    with (LOCALE / code / "LC_MESSAGES" / "documents.po").open("rb") as po:
        catalogue = read_po(po)
    entries = {
        (m.context, m.id if isinstance(m.id, str) else m.id[0]): m for m in catalogue if m.id
    }
    missing = sorted(str(key) for key in marked if key not in entries)
    assert not missing, f"{code}: not in the catalogue (pybabel update): {missing[:5]}"
    stale = sorted(str(key) for key in entries if key not in marked)
    assert not stale, f"{code}: no longer in the code: {stale[:5]}"
    for key, forms in marked.items():
        entry = entries[key]
        assert not entry.fuzzy, (code, key)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert len(strings) == len(forms) == (2 if entry.pluralizable else 1), (code, key)
        wanted = set(PLACEHOLDER.findall(forms[-1])) | set(PLACEHOLDER.findall(forms[0]))
        for text in strings:
            assert text.strip(), f"{code}: untranslated {key}"
            assert set(PLACEHOLDER.findall(text)) == wanted, (code, key, text)


def test_every_label_a_document_prints_is_marked(marked: dict[Key, tuple[str, ...]]) -> None:
    for enum in PRINTED_ENUMS:
        for member in enum:
            assert (enum.__name__, member.label) in marked, (enum.__name__, member)
    # The roles' plural names say what the audiences' English says, in the same order.
    assert list(ROLE_PLURALS) == list(ROLE_NAMES)
    assert list(ROLE_PLURALS.values()) == list(ROLE_NAMES.values())


def test_english_needs_no_catalogue_and_keeps_its_texts() -> None:
    english = document_language("en")
    assert english._("Practical information") == "Practical information"
    assert english.ngettext("{count} table", "{count} tables", 1).format(count=1) == "1 table"
    assert english.ngettext("{count} table", "{count} tables", 3).format(count=3) == "3 tables"


# CLDR in each language: the January of the mission, a long day, a short day, a clock, a
# number, a share and a country. English is CLDR's Irish English: day first, 24-hour clock.
CLDR = {
    "en": (
        "24–29 January 2027",
        "Tuesday 26 January 2027",
        "14:30",
        "1,234",
        "United States",
        "Sweden",
    ),
    "fr": (
        "24–29 janvier 2027",
        "Mardi 26 janvier 2027",
        "14:30",
        "1\u202f234",
        "États-Unis",
        "Suède",
    ),
    "sv": (
        "24–29 januari 2027",
        "Tisdag 26 januari 2027",
        "14:30",
        "1\xa0234",
        "USA",
        "Sverige",
    ),
    "pt": (
        "24–29 de janeiro de 2027",
        "Terça-feira, 26 de janeiro de 2027",
        "14:30",
        "1\xa0234",
        "Estados Unidos",
        "Suécia",
    ),
    "fi": (
        "24.–29. tammikuuta 2027",
        "Tiistai 26. tammikuuta 2027",
        "14.30",
        "1\xa0234",
        "Yhdysvallat",
        "Ruotsi",
    ),
}


@pytest.mark.parametrize("code", DOCUMENT_LANGUAGES)
def test_dates_numbers_and_countries_come_from_cldr(code: str) -> None:
    words = document_language(code)
    span, heading, clock, number, united_states, sweden = CLDR[code]
    assert words.date_range(date(2027, 1, 24), date(2027, 1, 29)) == span
    assert words.day_heading(date(2027, 1, 26)) == heading
    assert words.time(time(14, 30)) == clock
    assert words.time(datetime(2027, 1, 26, 14, 30)) == clock
    assert words.number(1234) == number
    assert (words.country("US"), words.country("se")) == (united_states, sweden)
    assert words.country("") == "" and words.country("XX") == "XX"
    # Across months and years the interval names both months in full.
    across = words.date_range(date(2026, 12, 30), date(2027, 1, 2))
    assert "2026" in across and "2027" in across
    assert words.date_range(date(2027, 6, 8), date(2027, 6, 8)) == words.date(date(2027, 6, 8))


def test_a_language_is_given_by_code_or_name_and_a_persons_own_wins() -> None:
    assert parse_document_language("Suomi").code == "fi"
    assert parse_document_language("pt-PT").tag == "pt-PT"
    with pytest.raises(Exception, match="Unknown language 'Klingon'"):
        parse_document_language("Klingon")
    export = document_language("fr")
    assert own_language("fi", export).code == "fi"
    assert own_language(None, export) is export
    assert own_language("xx", export) is export  # not one we print in: the export's


# ---------------------------------------------------------------------------------------------
# Nothing in a document or an export asks the process locale

LOCALE_DEPENDENT = re.compile(r"%-?[aAbBcxXp]")
# Documents and exports: the printing services, the follow-up log, the KPI sentences, tables,
# calendars and the wish forms (with the B2B sessions' labels they print).
SCANNED = (
    *SOURCES,
    PACKAGE / "services" / "exporting.py",
    PACKAGE / "services" / "calendars" / "export.py",
    PACKAGE / "services" / "b2b" / "wishes.py",
    PACKAGE / "services" / "b2b" / "meetings.py",
)


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type == tokenize.STRING:
                yield token.start[0], token.string


def test_no_document_or_export_formats_dates_with_the_process_locale() -> None:
    """``strftime("%B")``, ``f"{day:%a}"``: month and weekday names, AM/PM and locale dates
    come from the process locale (QApplication sets it from the desktop). Documents take them
    from CLDR in their own language instead."""
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {text}"
        for path in SCANNED
        for line, text in _strings(path)
        if LOCALE_DEPENDENT.search(text)
        and not text.lstrip("rbuRBU").startswith(('"""', "'''"))  # a docstring may say it
    ]
    assert not found, "\n".join(found)


def test_an_english_agenda_under_a_french_process_locale_has_no_french_word(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    try:
        previous = locale.setlocale(locale.LC_ALL)
        locale.setlocale(locale.LC_ALL, "fr_FR.UTF-8")
    except locale.Error:
        pytest.skip("no fr_FR.UTF-8 locale on this machine (the source scan above covers it)")
    try:
        assert date(2027, 1, 24).strftime("%B") == "janvier"  # the trap, set
        out = tmp_path / "agenda.pdf"
        write_agenda(printing_session, printable.mission_id, out, printed_on=date(2027, 1, 10))
    finally:
        locale.setlocale(locale.LC_ALL, previous)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "January 2027" in text and "United States" in text
    for french in ("janvier", "dimanche", "lundi", "États-Unis", "Toutes les heures"):
        assert french not in text


# ---------------------------------------------------------------------------------------------
# What a PDF says about itself

STANDARD_14 = re.compile(r"^/(Helvetica|Times|Courier|Symbol|ZapfDingbats)")


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF's pages name, and whether the file embeds it."""
    fonts: dict[str, bool] = {}
    for page in pypdf.PdfReader(path).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        for font in (font_dict.get_object() if font_dict is not None else {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def assert_only_embedded_fonts(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts and all(fonts.values()), fonts
    assert not [name for name in fonts if STANDARD_14.match(name)], fonts
    if shutil.which("pdffonts"):  # poppler's view, where it is installed
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert listing and all(" yes " in line for line in listing), listing


def pdf_language(path: Path) -> str:
    return str(pypdf.PdfReader(path).trailer["/Root"]["/Lang"])


def test_a_finnish_personal_agenda_says_so_and_embeds_its_fonts(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    """A person whose preferred language is Finnish gets a Finnish agenda in an English export,
    the PDF saying /Lang fi; the person beside them without a preference, English."""
    finnish, english = printable.hard["Œrsted"], printable.hard["Ørsted"]
    with transaction(printing_session):
        printing_session.execute(update(Person).values(preferred_language=None))
        printing_session.execute(
            update(Person)
            .where(Person.id == _person_of(printing_session, finnish))
            .values(preferred_language="fi")
        )
    out = tmp_path / "personal.pdf"
    write_agenda(printing_session, printable.mission_id, out, registration_ids=[finnish])
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "tammikuuta 2027" in text and "Yhdysvallat" in text
    assert "Kaikki ajat ovat paikallista aikaa" in text and "January" not in text
    assert pdf_language(out) == "fi"
    info = pypdf.PdfReader(out).metadata
    assert (
        info is not None
        and info.title == "Photonics West 2027 business mission — Henkilökohtainen ohjelma"
    )
    assert_only_embedded_fonts(out)

    both = tmp_path / "both.pdf"
    write_agenda(printing_session, printable.mission_id, both, registration_ids=[finnish, english])
    pages = [page.extract_text() for page in pypdf.PdfReader(both).pages]
    first_english = next(n for n, t in enumerate(pages) if "Personal agenda of" in t)
    assert all("tammikuuta" in t for t in pages[:first_english])
    assert "January 2027" in pages[first_english]
    assert pdf_language(both) == "en"  # the export's; the Finnish pages are one person's


def _person_of(session: Session, registration_id: uuid.UUID) -> uuid.UUID:
    person_id = session.scalar(
        select(Registration.person_id).where(Registration.id == registration_id)
    )
    assert person_id is not None
    return person_id


def test_the_frame_numbers_pages_in_the_documents_language(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "agenda-sv.pdf"
    write_agenda(
        printing_session, printable.mission_id, out, printed_on=date(2027, 1, 10), language="sv"
    )
    reader = pypdf.PdfReader(out)
    last = reader.pages[-1].extract_text()
    assert f"Sida {len(reader.pages)} av {len(reader.pages)}" in last
    assert "Utskrivet 2027-01-10" in last
    assert pdf_language(out) == "sv"
    assert_only_embedded_fonts(out)
    buffer = io.BytesIO(out.read_bytes())
    assert b"/Helvetica" not in buffer.getvalue()


def test_the_catalogues_ship_with_the_app() -> None:
    """The wheel takes every file of resources/ (pyproject's package data) and the frozen app
    every file packaging/bundle.py lists: the catalogues are among them."""
    sys.path.insert(0, str(PACKAGE.parent / "packaging"))
    try:
        import bundle
    finally:
        sys.path.pop(0)
    shipped = {Path(dest) / Path(src).name for src, dest in bundle.own_data_files()}
    for code in TRANSLATED:
        wanted = Path("pimap_desktop/resources/locale") / code / "LC_MESSAGES" / "documents.po"
        assert wanted in shipped
