"""Attendee packs: read back with pypdf, names, meetings, consent, practical facts, files."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Mission, Person, Registration
from pimap_desktop.services.directory.personal_data import erase_person_record
from pimap_desktop.services.language import document_language
from pimap_desktop.services.printing import packs
from pimap_desktop.services.printing.common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED_BOLD,
    FONT_ITALIC,
    MARGIN,
    Paper,
    PrintCancelled,
    local_span,
    register_fonts,
    text_width,
)
from pimap_desktop.services.printing.itinerary import ACTIVE, Itineraries, mission_itineraries
from pimap_desktop.services.printing.packs import MANIFEST, pack_registrations, write_packs
from pimap_desktop.services.unit import transaction
from tests.services.printing.conftest import PrintableMission

# ---------------------------------------------------------------------------------------------
# Reading back


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def flat(text: str) -> str:
    """Text with its line breaks as spaces, to find what a column wrapped."""
    return re.sub(r"\s+", " ", text)


def sections(texts: Sequence[str]) -> list[list[str]]:
    """The pages of each person's pack: a pack starts with its cover."""
    found: list[list[str]] = []
    for text in texts:
        if text.startswith("ATTENDEE PACK"):
            found.append([])
        found[-1].append(text)
    return found


def between(text: str, start: str, end: str) -> str:
    """The part of ``text`` from ``start`` to ``end`` (or to its end)."""
    head = text.index(start)
    stop = text.find(end, head)
    return text[head : stop if stop >= 0 else len(text)]


_FONTS = {
    "DejaVuSans": FONT,
    "DejaVuSans-Bold": FONT_BOLD,
    "DejaVuSans-Oblique": FONT_ITALIC,
    "DejaVuSansCondensed-Bold": FONT_CONDENSED_BOLD,
}


@dataclass
class TextRun:
    page: int
    text: str
    x: float
    y: float
    width: float
    page_width: float
    page_height: float


class _Runs:
    """Collects the lines of one page from pypdf's ``visitor_text``.

    pypdf reports each shown string with the text matrix at the start of its line, so the
    pieces of one line (a bold label, then the rest) are added up; the width is measured in the
    embedded font that pypdf names. Text in any other font fails: everything must be DejaVu."""

    def __init__(self, page: int, page_width: float, page_height: float) -> None:
        self.page, self.page_width, self.page_height = page, page_width, page_height
        self.runs: list[TextRun] = []
        self.line: TextRun | None = None

    def visit(self, text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip() and self.line is None:
            return
        base = str(font.get("/BaseFont", "")) if font else ""
        name = base.split("+")[-1]
        if text.strip():
            assert name in _FONTS, f"text {text!r} in font {base!r}, not the embedded one"
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if self.line is not None and (abs(self.line.x - x) > 0.01 or abs(self.line.y - y) > 0.01):
            self.close()
        if self.line is None:
            self.line = TextRun(self.page, "", x, y, 0.0, self.page_width, self.page_height)
        piece = text.rstrip("\n")
        self.line.text += piece
        if name in _FONTS:
            self.line.width += text_width(piece, _FONTS[name], size * tm[0] * cm[0])
        if text.endswith("\n"):
            self.close()

    def close(self) -> None:
        if self.line is not None and self.line.text.strip():
            self.runs.append(self.line)
        self.line = None


def text_runs(path: Path) -> list[TextRun]:
    """Every line of visible text with where it starts and how wide it is."""
    register_fonts()
    runs: list[TextRun] = []
    for number, page in enumerate(pypdf.PdfReader(path).pages):
        collector = _Runs(number, float(page.mediabox.width), float(page.mediabox.height))
        page.extract_text(visitor_text=collector.visit)
        collector.close()
        runs.extend(collector.runs)
    return runs


def runs_off_the_page(path: Path) -> list[str]:
    """Lines that start left of the margin, end right of it, or sit off the paper."""
    bad = []
    for run in text_runs(path):
        inside = (
            run.x >= MARGIN - 0.5
            and run.x + run.width <= run.page_width - MARGIN + 0.5
            and 5 * mm <= run.y <= run.page_height - 5 * mm
        )
        if not inside:
            bad.append(
                f"page {run.page + 1}: {run.text!r} at x={run.x:.1f}..{run.x + run.width:.1f}, "
                f"y={run.y:.1f}"
            )
    return bad


def test_the_overflow_check_sees_text_past_the_margin(tmp_path: Path) -> None:
    register_fonts()
    path = tmp_path / "overflow.pdf"
    canvas = Canvas(str(path), pagesize=Paper.A4.size)
    canvas.setFont(FONT, 10)
    canvas.drawString(MARGIN, 400, "Inside the margins")
    canvas.drawString(Paper.A4.size[0] - MARGIN - 20, 380, "Wolfeschlegelsteinhausenbergerdorff")
    canvas.save()
    bad = runs_off_the_page(path)
    assert len(bad) == 1 and "Wolfeschlegel" in bad[0]


# ---------------------------------------------------------------------------------------------
# Facts from the database


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder to write into (``tmp_path`` also holds the database copy)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def itineraries(session: Session, printable: PrintableMission) -> Itineraries:
    mission = session.get(Mission, printable.mission_id)
    assert mission is not None
    return mission_itineraries(session, mission)


def delegate_with_everything(it: Itineraries) -> uuid.UUID:
    """A registration with meetings, a hotel and an arrival time."""
    for registration_id, p in sorted(it.participants.items(), key=lambda kv: kv[1].last_name):
        if p.status in ACTIVE and it.meetings_of(registration_id) and p.hotel and p.arrival_at:
            return registration_id
    raise AssertionError("the demo has no delegate with meetings and a hotel")


def set_consent(session: Session, registration_id: uuid.UUID, consent: bool) -> None:
    with transaction(session):
        registration = session.get(Registration, registration_id)
        assert registration is not None
        person = session.get(Person, registration.person_id)
        assert person is not None
        person.consent_contact = consent


# ---------------------------------------------------------------------------------------------
# Who gets a pack


def test_everyone_travelling_gets_a_pack_sorted_by_last_then_first_name(
    printing_session: Session, printable: PrintableMission
) -> None:
    cancelled = printable.hard["Ørsted"]
    with transaction(printing_session):
        registration = printing_session.get(Registration, cancelled)
        assert registration is not None
        registration.status = RegistrationStatus.CANCELLED

    chosen = pack_registrations(printing_session, printable.mission_id)

    rows = printing_session.execute(
        select(Registration.id, Registration.status, Person.last_name, Person.first_name)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.mission_id == printable.mission_id)
    ).all()
    expected = sorted(
        (r for r in rows if r.status in ACTIVE),
        key=lambda r: (r.last_name.casefold(), r.first_name.casefold(), str(r.id)),
    )
    assert chosen == [r.id for r in expected]
    assert cancelled not in chosen
    assert len(chosen) > 50


def test_given_registrations_are_sorted_by_name(
    printing_session: Session, printable: PrintableMission
) -> None:
    hard = printable.hard
    chosen = pack_registrations(
        printing_session, printable.mission_id, [hard["Long"], hard["Ørsted"], hard["Œrsted"]]
    )
    # Gonçalves Väisänen, Wolfeschlegel…, Ørsted-Œhlenschläger (Ø sorts after z)
    assert chosen == [hard["Œrsted"], hard["Long"], hard["Ørsted"]]


def test_an_unknown_or_foreign_registration_is_refused_and_nothing_is_written(
    printing_session: Session, printable: PrintableMission, out_dir: Path
) -> None:
    foreign = printing_session.scalars(
        select(Registration.id).where(Registration.mission_id != printable.mission_id)
    ).first()
    assert foreign is not None
    for stranger in (uuid.uuid4(), foreign):
        for combined, out in ((True, out_dir / "packs.pdf"), (False, out_dir / "packs")):
            with pytest.raises(ValidationError, match="not registered on this mission"):
                write_packs(
                    printing_session,
                    printable.mission_id,
                    out,
                    registration_ids=[printable.hard["Œrsted"], stranger],
                    combined=combined,
                )
    assert list(out_dir.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# One combined PDF


def test_combined_packs_give_each_person_a_cover_and_their_own_page_numbers(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "packs.pdf"
    seen: list[tuple[int, int]] = []
    chosen = pack_registrations(printing_session, printable.mission_id)[:8]
    chosen += list(printable.hard.values())

    report = write_packs(
        printing_session,
        printable.mission_id,
        out,
        registration_ids=chosen,
        progress=lambda done, total: seen.append((done, total)),
    )

    it = itineraries(printing_session, printable)
    people = [
        it.participants[r]
        for r in pack_registrations(printing_session, printable.mission_id, chosen)
    ]
    names = [p.name for p in people]
    texts = page_texts(out)
    packs_found = sections(texts)
    assert report.document == "packs" and report.items == len(chosen) == len(packs_found)
    assert report.paths == (out,) and report.pages == len(texts)
    for name, pages in zip(names, packs_found, strict=True):
        cover = flat(pages[0])
        assert name in cover, name
        assert "Photonics West 2027 business mission" in cover
        assert "24–29 January 2027" in cover and "San Francisco, United States" in cover
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in page
            assert name in flat(page) or "…" in page  # the header names the person
    assert seen[-1] == (len(chosen), len(chosen))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    outline = pypdf.PdfReader(out).outline
    titles = [entry.title for entry in outline if isinstance(entry, pypdf.generic.Destination)]
    assert len(titles) == len(outline) == len(chosen)  # one bookmark per person, none nested
    assert titles == [f"{p.last_name}, {p.first_name}" for p in people]
    assert "Gonçalves Väisänen, Łukasz" in titles


def test_a_pack_lists_the_persons_meetings_with_table_and_counterpart(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    it = itineraries(printing_session, printable)
    person = delegate_with_everything(it)
    out = tmp_path / "pack.pdf"

    write_packs(printing_session, printable.mission_id, out, registration_ids=[person])

    text = "\n".join(page_texts(out))
    meetings = flat(between(text, "Your B2B meetings", "Who you are meeting"))
    profiles = flat(between(text, "Who you are meeting", "Practical information"))
    for meeting in it.meetings_of(person):
        assert meeting.table and meeting.table in meetings
        assert local_span(meeting.starts_at, meeting.ends_at, it.timezone) in meetings
        for other in meeting.with_ids:
            counterpart = it.participants[other]
            assert counterpart.name in meetings
            assert counterpart.organisation in meetings
            assert counterpart.name in profiles
            assert counterpart.organisation in profiles
    programme = flat(between(text, "Your programme", "Your B2B meetings"))
    assert "All times are local: America/Los_Angeles (PST)." in programme
    assert "Wednesday 27 January 2027" in programme
    assert "B2B meeting with" in programme


def test_contact_details_of_a_counterpart_print_only_with_their_consent(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    lukasz, maria = printable.hard["Œrsted"], printable.hard["Long"]  # they meet at one table
    it = itineraries(printing_session, printable)
    email = it.participants[maria].email
    assert email

    set_consent(printing_session, maria, True)
    out = tmp_path / "consented.pdf"
    write_packs(printing_session, printable.mission_id, out, registration_ids=[lukasz])
    profiles = between("\n".join(page_texts(out)), "Who you are meeting", "Practical")
    assert email in profiles
    assert "Contact through the mission coordinator" not in profiles

    set_consent(printing_session, maria, False)
    out = tmp_path / "refused.pdf"
    write_packs(printing_session, printable.mission_id, out, registration_ids=[lukasz])
    text = "\n".join(page_texts(out))
    assert email not in text
    profiles = between(text, "Who you are meeting", "Practical")
    assert "Contact through the mission coordinator." in profiles
    assert "Wolfeschlegelsteinhausenbergerdorff" in flat(profiles)


def test_practical_information_has_the_mission_facts_and_the_persons_hotel(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    it = itineraries(printing_session, printable)
    person = delegate_with_everything(it)
    out = tmp_path / "pack.pdf"

    write_packs(printing_session, printable.mission_id, out, registration_ids=[person])

    practical = flat(between("\n".join(page_texts(out)), "Practical information", "\0"))
    stay = it.participants[person]
    assert f"Hotel: {stay.hotel}" in practical
    assert "Arrival:" in practical and "Departure:" in practical
    assert re.search(r"Arrival: \w+day \d+ January 2027, \d\d:\d\d \(PST\)", practical)
    assert "approved ESTA" in practical  # from the mission's practical information
    for venue, _address in it.venues:
        assert venue in practical
    assert "747 Howard Street, San Francisco, CA 94103" in practical
    assert "Your mission coordinators" in practical


def test_packs_print_on_us_letter(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "letter.pdf"
    write_packs(
        printing_session,
        printable.mission_id,
        out,
        registration_ids=list(printable.hard.values()),
        paper=Paper.LETTER,
    )
    sizes = {
        (float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(out).pages
    }
    assert sizes == {(612.0, 792.0)}


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_no_text_runs_off_the_page(
    printing_session: Session, printable: PrintableMission, tmp_path: Path, paper: Paper
) -> None:
    it = itineraries(printing_session, printable)
    chosen = [*printable.hard.values(), delegate_with_everything(it)]
    out = tmp_path / "packs.pdf"

    write_packs(printing_session, printable.mission_id, out, registration_ids=chosen, paper=paper)

    assert len(text_runs(out)) > 100
    assert runs_off_the_page(out) == []


# ---------------------------------------------------------------------------------------------
# One PDF per person


def test_a_new_run_for_the_mission_removes_packs_of_people_no_longer_on_it(
    printing_session: Session, printable: PrintableMission, out_dir: Path
) -> None:
    """An erased or cancelled person's earlier pack (hotel, meetings) does not stay behind."""
    folder = out_dir / "packs"
    folder.mkdir()
    (folder / "notes.txt").write_text("kept")
    first = write_packs(printing_session, printable.mission_id, folder, combined=False)
    gone = next(p for p in first.paths if p.name.startswith("Gonçalves"))
    person_id = printing_session.get(Registration, printable.hard["Œrsted"]).person_id  # type: ignore[union-attr]
    erase_person_record(printing_session, person_id)
    # A selection run adds and replaces, and removes nothing.
    write_packs(
        printing_session,
        printable.mission_id,
        folder,
        registration_ids=[printable.hard["Long"]],
        combined=False,
    )
    assert gone.exists()
    second = write_packs(printing_session, printable.mission_id, folder, combined=False)
    assert not gone.exists()
    assert len(second.paths) == len(first.paths) - 1
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*(p.name for p in second.paths), "notes.txt", MANIFEST]
    )


def test_one_file_per_person_named_by_last_and_first_name(
    printing_session: Session, printable: PrintableMission, out_dir: Path
) -> None:
    folder = out_dir / "packs"
    folder.mkdir()
    (folder / "Gonçalves-Väisänen-Łukasz.pdf").write_bytes(b"an older pack")
    (folder / "notes.txt").write_text("kept")

    report = write_packs(
        printing_session,
        printable.mission_id,
        folder,
        registration_ids=list(printable.hard.values()),
        combined=False,
    )

    names = {p.name for p in report.paths}
    assert {"Gonçalves-Väisänen-Łukasz.pdf", "Ørsted-Œhlenschläger-Søren.pdf"} <= names
    assert len(names) == 3 and report.items == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted([*names, "notes.txt", MANIFEST])
    assert (folder / "notes.txt").read_text() == "kept"
    assert [p.parent for p in report.paths] == [folder] * 3
    assert report.pages == sum(len(pypdf.PdfReader(p).pages) for p in report.paths)
    expected = {
        "Gonçalves-Väisänen-Łukasz.pdf": "Łukasz Gonçalves Väisänen",
        "Ørsted-Œhlenschläger-Søren.pdf": "Søren Ørsted-Œhlenschläger",
    }
    for file_name, name in expected.items():
        texts = page_texts(folder / file_name)
        assert name in texts[0]
        assert "Œrsted Ørsted Optik ApS" in texts[0]
        assert len(sections(texts)) == 1
    assert list(out_dir.iterdir()) == [folder]  # no staging folder left beside it


def test_the_folder_is_created_when_missing_but_not_its_parent(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    one = [printable.hard["Œrsted"]]
    report = write_packs(
        printing_session,
        printable.mission_id,
        tmp_path / "new",
        registration_ids=one,
        combined=False,
    )
    assert [p.name for p in report.paths] == ["Gonçalves-Väisänen-Łukasz.pdf"]
    with pytest.raises(ValidationError, match="does not exist"):
        write_packs(
            printing_session,
            printable.mission_id,
            tmp_path / "missing" / "packs",
            registration_ids=one,
            combined=False,
        )
    assert not (tmp_path / "missing").exists()


def test_the_mission_is_read_once_for_all_packs(
    printing_session: Session,
    printable: PrintableMission,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[object] = []

    def counted(*args: Any, **kwargs: Any) -> Itineraries:
        calls.append(args)
        return mission_itineraries(*args, **kwargs)

    monkeypatch.setattr(packs, "mission_itineraries", counted)
    chosen = pack_registrations(printing_session, printable.mission_id)[:12]
    write_packs(
        printing_session,
        printable.mission_id,
        tmp_path / "f",
        registration_ids=chosen,
        combined=False,
    )
    assert len(calls) == 1


# ---------------------------------------------------------------------------------------------
# Cancel


@pytest.mark.parametrize("combined", [True, False])
def test_cancel_leaves_no_file_and_no_folder(
    printing_session: Session, printable: PrintableMission, out_dir: Path, combined: bool
) -> None:
    cancel = threading.Event()
    out = out_dir / ("packs.pdf" if combined else "packs")

    def progress(done: int, total: int) -> None:
        if done >= 2:
            cancel.set()

    with pytest.raises(PrintCancelled):
        write_packs(
            printing_session,
            printable.mission_id,
            out,
            registration_ids=pack_registrations(printing_session, printable.mission_id)[:6],
            combined=combined,
            progress=progress,
            cancel=cancel,
        )
    assert cancel.is_set()
    assert list(out_dir.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# Refusals and small helpers


def test_an_empty_choice_or_a_file_for_a_folder_is_refused(
    printing_session: Session, printable: PrintableMission, out_dir: Path
) -> None:
    with pytest.raises(ValidationError, match="at least one person"):
        write_packs(printing_session, printable.mission_id, out_dir / "p.pdf", registration_ids=[])
    a_file = out_dir / "packs"
    a_file.write_text("not a folder")
    with pytest.raises(ValidationError, match="is a file"):
        write_packs(
            printing_session,
            printable.mission_id,
            a_file,
            registration_ids=[printable.hard["Œrsted"]],
            combined=False,
        )
    assert sorted(p.name for p in out_dir.iterdir()) == ["packs"]


def test_dates_and_addresses_read_naturally() -> None:
    assert packs.date_range(date(2027, 1, 24), date(2027, 1, 29)) == "24–29 January 2027"
    assert (
        packs.date_range(date(2027, 1, 30), date(2027, 2, 2))
        == "30 January\u2009–\u20092 February 2027"
    )
    assert packs.date_range(date(2027, 6, 8), date(2027, 6, 8)) == "8 June 2027"
    assert (
        packs.date_range(date(2026, 12, 30), date(2027, 1, 2))
        == "30 December 2026\u2009–\u20092 January 2027"
    )
    assert packs.tidy_address("Union Square, San Francisco, San Francisco") == (
        "Union Square, San Francisco"
    )
    assert packs.tidy_address("747 Howard Street, San Francisco") == (
        "747 Howard Street, San Francisco"
    )
    english = document_language("en")  # a pack names countries from CLDR, in its language
    assert english.country("US") == "United States" and english.country("") == ""
