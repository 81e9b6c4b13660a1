"""`pimap export agenda|badges|packs|tableplan|catalogue|followups|kpi --lang …`: each PDF in
the language asked for, read back: month names, labels and country names, its /Lang and title,
and only embedded fonts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from babel import Locale
from sqlalchemy import select, update

from pimap_desktop.cli import main
from pimap_desktop.domain.models import Person, Registration
from pimap_desktop.store.database import open_database
from tests.printing_fixtures import PrintableMission
from tests.services.printing.test_languages import assert_only_embedded_fonts, pdf_language

CLDR = {"en": "en_IE", "fr": "fr_FR", "sv": "sv_SE", "pt": "pt_PT", "fi": "fi_FI"}
# Per language: the agenda's title word, a pack's kicker, a badge's role (Delegate), the zone
# note, the mission's country (US) and the hard names' organisation's (DK).
WORDS = {
    "en": (
        "Agenda",
        "ATTENDEE PACK",
        "DELEGATE",
        "All times are local",
        "United States",
        "Denmark",
    ),
    "fr": (
        "Programme",
        "DOSSIER DU PARTICIPANT",
        "DÉLÉGUÉ",
        "Toutes les heures sont locales",
        "États-Unis",
        "Danemark",
    ),
    "sv": ("Program", "DELTAGARHÄFTE", "DELEGAT", "Alla tider är lokala", "USA", "Danmark"),
    "pt": (
        "Programa",
        "DOSSIER DO PARTICIPANTE",
        "DELEGADO",
        "Todas as horas são locais",
        "Estados Unidos",
        "Dinamarca",
    ),
    "fi": (
        "Ohjelma",
        "OSALLISTUJAPAKETTI",
        "DELEGAATTI",
        "Kaikki ajat ovat paikallista aikaa",
        "Yhdysvallat",
        "Tanska",
    ),
}


def january(code: str) -> str:
    """January as CLDR writes it in a date ("janvier", "tammikuuta")."""
    return str(Locale.parse(CLDR[code]).months["format"]["wide"][1])


def text_of(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in pypdf.PdfReader(path).pages)


def title_of(path: Path) -> str:
    info = pypdf.PdfReader(path).metadata
    assert info is not None and info.title
    return str(info.title)


@pytest.fixture
def db(printing_db_path: Path) -> Path:
    """The printable mission with nobody's preferred language recorded (the demo may set some):
    every document here is in the language of the export."""
    database = open_database(printing_db_path)
    try:
        with database.session() as session, session.begin():
            session.execute(update(Person).values(preferred_language=None))
    finally:
        database.dispose()
    return printing_db_path


def email_of(db_path: Path, registration_id: object) -> str:
    database = open_database(db_path)
    try:
        with database.session() as session:
            email = session.scalar(
                select(Person.email)
                .join(Registration, Registration.person_id == Person.id)
                .where(Registration.id == registration_id)
            )
    finally:
        database.dispose()
    assert email
    return email


def export(db_path: Path, *args: str) -> None:
    code = main(["--db", str(db_path), "export", *args])
    assert code == 0


@pytest.mark.parametrize("lang", ["en", "fr", "sv", "pt", "fi"])
def test_agenda_badges_and_packs_are_in_the_language_asked_for(
    db: Path, printable: PrintableMission, tmp_path: Path, lang: str
) -> None:
    title, kicker, role, zone, united_states, denmark = WORDS[lang]
    email = email_of(db, printable.hard["Œrsted"])
    agenda, badges, packs = (tmp_path / f"{name}.pdf" for name in ("agenda", "badges", "packs"))
    export(db, "agenda", "--mission", "PW2027", "--lang", lang, "--out", str(agenda))
    export(
        db,
        *("badges", "--mission", "PW2027", "--lang", lang, "--person", email),
        *("--out", str(badges), "--no-record"),
    )
    export(
        db, "packs", "--mission", "PW2027", "--lang", lang, "--person", email, "--out", str(packs)
    )

    month = january(lang)
    text = text_of(agenda)
    assert month in text and zone in text and united_states in text
    assert title_of(agenda) == f"Photonics West 2027 business mission — {title}"

    text = text_of(badges)
    assert month in text and role in text and denmark in text

    text = text_of(packs)
    assert month in text and kicker in text and united_states in text and denmark in text

    for pdf in (agenda, badges, packs):
        assert pdf_language(pdf) == ("pt-PT" if lang == "pt" else lang)
        assert_only_embedded_fonts(pdf)
    if lang != "en":
        english = text_of(agenda) + text_of(badges) + text_of(packs)
        # The mission's own texts (its practical information) are as the coordinator typed
        # them; none of the words PIMAP prints is left in English.
        for word in ("January 2027", "All times are local", "DELEGATE", "Your B2B meetings"):
            assert word not in english


def test_the_other_documents_take_the_language_too(
    db: Path, printable: PrintableMission, tmp_path: Path
) -> None:
    plan, catalogue = tmp_path / "plan.pdf", tmp_path / "catalogue.pdf"
    followups, kpi = tmp_path / "followups.pdf", tmp_path / "kpi.pdf"
    export(db, "tableplan", "--mission", "PW2027", "--lang", "fr", "--out", str(plan))
    export(db, "catalogue", "--mission", "PW2027", "--lang", "sv", "--out", str(catalogue))
    export(db, "followups", "--format", "pdf", "--lang", "pt", "--out", str(followups))
    export(db, "kpi", "--format", "pdf", "--lang", "Suomi", "--out", str(kpi))

    assert "Plan des tables" in title_of(plan) and "janvier 2027" in text_of(plan)
    assert "Matchmakingkatalog" in text_of(catalogue) and "Danmark" in text_of(catalogue)
    assert "Registo de seguimento" in text_of(followups)
    text = " ".join(text_of(kpi).split())
    assert "KPI-raportti" in text and "Tärkeimmät luvut" in text and "Laskettu:" in text
    for pdf, lang in ((plan, "fr"), (catalogue, "sv"), (followups, "pt-PT"), (kpi, "fi")):
        assert pdf_language(pdf) == lang
        assert_only_embedded_fonts(pdf)


def test_a_persons_preferred_language_wins_for_their_own_documents(
    db: Path, printable: PrintableMission, tmp_path: Path
) -> None:
    """In an English export, a person whose preferred language is Finnish gets a Finnish
    personal agenda, pack and badge; the mission's agenda stays English."""
    registration = printable.hard["Œrsted"]
    database = open_database(db)
    try:
        with database.session() as session, session.begin():
            person_id = session.scalar(
                select(Registration.person_id).where(Registration.id == registration)
            )
            session.execute(
                update(Person).where(Person.id == person_id).values(preferred_language="fi")
            )
    finally:
        database.dispose()
    email = email_of(db, registration)
    personal, pack, badge = (tmp_path / f"{name}.pdf" for name in ("agenda", "pack", "badge"))
    mission_agenda = tmp_path / "mission.pdf"
    export(db, "agenda", "--mission", "PW2027", "--person", email, "--out", str(personal))
    export(db, "packs", "--mission", "PW2027", "--person", email, "--out", str(pack))
    export(
        db, "badges", "--mission", "PW2027", "--person", email, "--out", str(badge), "--no-record"
    )
    export(db, "agenda", "--mission", "PW2027", "--out", str(mission_agenda))
    for pdf in (personal, pack, badge):
        text = text_of(pdf)
        assert "tammikuuta" in text and ("Tanska" in text or "Yhdysvallat" in text), pdf.name
        assert "January 2027" not in text, pdf.name
        assert pdf_language(pdf) == "fi"
    assert "DELEGAATTI" in text_of(badge)
    assert "January 2027" in text_of(mission_agenda) and pdf_language(mission_agenda) == "en"


def test_an_unknown_language_is_refused_before_anything_is_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agenda.pdf"
    code = main(
        [
            "--db",
            str(db),
            "export",
            "agenda",
            "--mission",
            "PW2027",
            "--lang",
            "tlh",
            "--out",
            str(out),
        ]
    )
    assert code != 0 and not out.exists()
    assert "Unknown language 'tlh': use en, fr, sv, pt, fi." in capsys.readouterr().err
