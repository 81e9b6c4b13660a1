"""The printed agenda, read back with pypdf: days, times in the mission's zone, names, pages."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4, LETTER
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MeetingStatus, ProgrammeItemKind
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import Meeting, Mission
from pimap_desktop.domain.rules import to_local
from pimap_desktop.services.missions.missions import (
    ProgrammeItemData,
    create_mission,
    create_programme_item,
)
from pimap_desktop.services.printing.agenda import tidy_address, write_agenda
from pimap_desktop.services.printing.common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED_BOLD,
    FONT_ITALIC,
    MARGIN,
    Paper,
    PrintCancelled,
    day_heading,
    local_span,
    text_width,
)
from pimap_desktop.services.printing.itinerary import Itineraries, mission_itineraries
from tests.factories import mission_data
from tests.services.printing.conftest import PrintableMission

PRINTED = date(2027, 1, 10)

# ---------------------------------------------------------------------------------------------
# Reading PDFs back (also used by test_tableplan)


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def flat(text: str) -> str:
    """Text with every run of white space (line breaks of wrapped cells) made one space."""
    return " ".join(text.split())


_FONTS = {
    "DejaVuSans": FONT,
    "DejaVuSans-Bold": FONT_BOLD,
    "DejaVuSans-Oblique": FONT_ITALIC,
    "DejaVuSansCondensed-Bold": FONT_CONDENSED_BOLD,
}


@dataclass(frozen=True)
class Line:
    """A line of text as drawn on a page: where it starts and ends, its baseline, the largest
    font size in it."""

    text: str
    x: float
    right: float
    y: float
    size: float


@dataclass(frozen=True)
class _Run:
    at: tuple[float, float]  # where pypdf says its line starts
    text: str
    font: str
    size: float


def page_lines(page: pypdf.PageObject) -> list[Line]:
    """Every line drawn on ``page``, measured in the font it was set in.

    pypdf reports each text run with the position of its line's start, so the runs of one line
    (bold name, then organisation) are measured one after the other; a run in a font that is not
    our embedded DejaVu fails here (it would print Œ and ł as boxes)."""
    runs: list[_Run] = []

    def visit(
        text: str, cm: list[float], tm: list[float], font: dict[str, object] | None, size: float
    ) -> None:
        if not text.strip():
            return
        base = str((font or {}).get("/BaseFont", "")).split("+")[-1]
        assert base in _FONTS, f"{text!r} is set in {base!r}, not an embedded DejaVu font"
        x = cm[4] + tm[4] * cm[0]
        y = cm[5] + tm[5] * cm[3]
        runs.append(_Run((round(x, 2), round(y, 2)), text, _FONTS[base], size * cm[0] * tm[0]))

    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    current: list[_Run] = []
    for run in runs:
        if current and run.at != current[0].at:
            lines.append(_line(current))
            current = []
        current.append(run)
        if run.text.endswith("\n"):
            lines.append(_line(current))
            current = []
    if current:
        lines.append(_line(current))
    return lines


def _line(runs: list[_Run]) -> Line:
    texts = [run.text.rstrip("\n") for run in runs]
    texts[-1] = texts[-1].rstrip()
    width = sum(text_width(t, r.font, r.size) for t, r in zip(texts, runs, strict=True))
    x, y = runs[0].at
    return Line("".join(texts).strip(), x, x + width, y, max(r.size for r in runs))


def assert_inside_margins(path: Path) -> None:
    """No line of any page starts left of the margin or runs past the right one, and none is
    above the header or below the footer."""
    reader = pypdf.PdfReader(path)
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        lines = page_lines(page)
        assert lines, f"page {number} has no text"
        for line in lines:
            where = f"page {number}: {line.text!r} at x {line.x:.1f}–{line.right:.1f}"
            assert line.x >= MARGIN - 0.5, where
            assert line.right <= width - MARGIN + 0.5, where
            assert 0 < line.y < height, where


def assert_page_numbers(texts: list[str]) -> None:
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def _empty_folder(tmp_path: Path) -> Path:
    """A folder of its own for the output (the test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def page_size(path: Path) -> tuple[float, float]:
    box = pypdf.PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


# ---------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture
def mission(printing_session: Session, printable: PrintableMission) -> Mission:
    found = printing_session.get(Mission, printable.mission_id)
    assert found is not None
    return found


@pytest.fixture
def itineraries(printing_session: Session, mission: Mission) -> Itineraries:
    return mission_itineraries(printing_session, mission)


# ---------------------------------------------------------------------------------------------
# The mission agenda


def test_mission_agenda_lists_every_item_with_its_local_time_day_by_day(
    printing_session: Session, printable: PrintableMission, itineraries: Itineraries, tmp_path: Path
) -> None:
    out = tmp_path / "agenda.pdf"
    report = write_agenda(printing_session, printable.mission_id, out, printed_on=PRINTED)

    texts = pages_text(out)
    whole = flat("\n".join(texts))
    assert report.document == "agenda" and report.items == 1
    assert report.paths == (out,) and report.pages == len(texts)
    headings = [day_heading(day) for day in itineraries.days()]
    positions = [whole.find(heading) for heading in headings]
    assert -1 not in positions and positions == sorted(positions)
    assert whole.count("All times are local: America/Los_Angeles (PST).") == len(headings)
    for entry in itineraries.programme:
        local = to_local(entry.starts_at, "America/Los_Angeles")
        title_at = whole.find(flat(entry.title))
        assert title_at > whole.find(day_heading(local.date())), entry.title
        # The time is printed just before the title, in the mission's zone.
        assert f"{local:%H:%M}–" in whole[title_at - 40 : title_at], entry.title
    assert "08:30–09:30 Delegation briefing" in whole
    assert "For: Named participants" in whole and "For: Everyone" not in whole
    assert "For: Revontuli Business Agency" in whole
    assert "Moscone Center · Room 214" in whole
    assert f"Printed {PRINTED.isoformat()}" in texts[0] and f"Printed {PRINTED}" in texts[-1]
    assert_page_numbers(texts)
    assert_inside_margins(out)


def test_mission_agenda_prints_on_a4_and_letter(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    for paper, size in ((Paper.A4, A4), (Paper.LETTER, LETTER)):
        out = tmp_path / f"{paper.value}.pdf"
        write_agenda(printing_session, printable.mission_id, out, paper=paper)
        assert page_size(out) == pytest.approx(size, abs=0.01)
        assert_inside_margins(out)


def test_agenda_names_each_day_zone_and_says_when_a_day_is_free(
    session: Session, tmp_path: Path
) -> None:
    """Europe/Paris puts its clocks forward on 28 March 2027: CET before, CEST after."""
    mission_id = create_mission(
        session,
        mission_data(
            code="LYO27",
            name="Lyon optics week",
            city="Lyon",
            country="FR",
            timezone="Europe/Paris",
            start_date=date(2027, 3, 27),
            end_date=date(2027, 3, 29),
        ),
    )
    for title, start, end in (
        ("Welcome breakfast", datetime(2027, 3, 27, 8, 30), datetime(2027, 3, 27, 9, 30)),
        ("Lab visit", datetime(2027, 3, 29, 14, 0), datetime(2027, 3, 29, 16, 0)),
    ):
        create_programme_item(
            session,
            mission_id,
            ProgrammeItemData(ProgrammeItemKind.OTHER, title, start, end, venue_name="Campus"),
        )
    out = tmp_path / "lyon.pdf"
    write_agenda(session, mission_id, out)

    whole = flat("\n".join(pages_text(out)))
    saturday, sunday, monday = (
        whole.index("Saturday 27 March 2027"),
        whole.index("Sunday 28 March 2027"),
        whole.index("Monday 29 March 2027"),
    )
    assert "(CET)" in whole[saturday:sunday] and "08:30–09:30 Welcome breakfast" in whole
    assert "Nothing on the programme this day." in whole[sunday:monday]
    assert "(CEST)" in whole[monday:] and "14:00–16:00 Lab visit" in whole[monday:]


def test_address_said_twice_is_printed_once() -> None:
    assert tidy_address("Union Square, San Francisco, San Francisco") == (
        "Union Square, San Francisco"
    )
    assert tidy_address("747 Howard Street, Suite 2, San Francisco") == (
        "747 Howard Street, Suite 2, San Francisco"
    )


# ---------------------------------------------------------------------------------------------
# Personal agendas


def _pages_of(texts: list[str], name: str) -> list[str]:
    """The pages whose running head names ``name``."""
    return [t for t in texts if f"Personal agenda of {name}" in flat(t)]


def test_personal_agenda_has_the_persons_items_and_meetings_and_nobody_elses(
    printing_session: Session, printable: PrintableMission, itineraries: Itineraries, tmp_path: Path
) -> None:
    oersted, soeren = printable.hard["Œrsted"], printable.hard["Ørsted"]
    busy = next(
        r
        for r in itineraries.participants
        if len(itineraries.meetings_of(r)) >= 3 and r not in printable.hard.values()
    )
    people = [oersted, soeren, busy]
    out = tmp_path / "personal.pdf"
    report = write_agenda(
        printing_session,
        printable.mission_id,
        out,
        paper=Paper.LETTER,
        registration_ids=people,
        printed_on=PRINTED,
    )

    texts = pages_text(out)
    assert report.items == 3 and report.pages == len(texts)
    assert page_size(out) == pytest.approx(LETTER, abs=0.01)
    assert_page_numbers(texts)
    assert_inside_margins(out)
    names = [itineraries.participants[r].name for r in people]
    assert names[:2] == ["Łukasz Gonçalves Väisänen", "Søren Ørsted-Œhlenschläger"]
    own = [_pages_of(texts, name) for name in names]
    assert sum(len(pages) for pages in own) == len(texts)
    for name, pages in zip(names, own, strict=True):
        # Each agenda starts on a new page with the person's name, organisation and mission.
        assert pages[0].lstrip().startswith(name)
        assert itineraries.name in pages[0]

    mine = flat("\n".join(own[0]))
    assert "Œrsted Ørsted Optik ApS" in mine
    assert "13:30–13:50 B2B meeting · Table 12 with Maria-Fernanda Alexandrina" in mine
    # Items of a delegation he is not part of are not his.
    assert "Finnish delegation stand-up" not in mine
    assert "Delegation briefing" in mine

    soerens = flat("\n".join(own[1]))
    assert "No B2B meeting is scheduled for you." in soerens
    assert "Table 12" not in soerens and "Maria-Fernanda" not in soerens

    theirs = flat("\n".join(own[2]))
    for meeting in itineraries.meetings_of(busy):
        span = local_span(meeting.starts_at, meeting.ends_at, itineraries.timezone)
        other = itineraries.participants[meeting.with_ids[0]]
        who = f"with {other.name} ({other.organisation})"
        assert f"{span} B2B meeting · {meeting.table} {who}" in theirs
    assert "Łukasz" not in theirs and "Maria-Fernanda" not in theirs


def test_cancelled_meetings_are_not_on_a_personal_agenda(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    oersted = printable.hard["Œrsted"]
    meeting = printing_session.scalars(
        select(Meeting).where(Meeting.participants.any(id=oersted))
    ).one()
    meeting.status = MeetingStatus.CANCELLED
    printing_session.commit()
    out = tmp_path / "cancelled.pdf"
    write_agenda(printing_session, printable.mission_id, out, registration_ids=[oersted])

    whole = flat("\n".join(pages_text(out)))
    assert "No B2B meeting is scheduled for you." in whole
    assert "Table 12" not in whole and "Maria-Fernanda" not in whole


def test_personal_agenda_of_an_unknown_registration_is_refused_and_nothing_written(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    folder = _empty_folder(tmp_path)
    out = folder / "nobody.pdf"
    with pytest.raises(ValidationError, match="not registered on PW2027"):
        write_agenda(
            printing_session,
            printable.mission_id,
            out,
            registration_ids=[printable.hard["Œrsted"], uuid.uuid4()],
        )
    with pytest.raises(ValidationError, match="at least one person"):
        write_agenda(printing_session, printable.mission_id, out, registration_ids=[])
    with pytest.raises(NotFoundError):
        write_agenda(printing_session, uuid.uuid4(), out)
    assert list(folder.iterdir()) == []


def test_every_personal_agenda_of_the_mission_in_one_pdf_reports_progress(
    printing_session: Session, printable: PrintableMission, itineraries: Itineraries, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    people = list(itineraries.participants)
    out = tmp_path / "all.pdf"
    report = write_agenda(
        printing_session,
        printable.mission_id,
        out,
        registration_ids=people,
        progress=lambda done, total: seen.append((done, total)),
    )

    assert report.items == len(people) == 66
    assert seen[-1][0] == seen[-1][1] and len(seen) == len(people) + 1
    texts = pages_text(out)
    firsts = [t for t in texts if "Personal agenda of" in t and "Sunday 24 January 2027" in t]
    assert len(firsts) == len(people)
    assert_page_numbers(texts)


def test_cancelled_agenda_writes_no_file(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    cancel = threading.Event()
    folder = _empty_folder(tmp_path)
    out = folder / "cancelled.pdf"

    def cancel_half_way(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    with pytest.raises(PrintCancelled):
        write_agenda(
            printing_session,
            printable.mission_id,
            out,
            registration_ids=list(printable.hard.values()),
            progress=cancel_half_way,
            cancel=cancel,
        )
    assert list(folder.iterdir()) == []


def test_cancel_during_layout_leaves_no_partial_file(
    printing_session: Session,
    printable: PrintableMission,
    itineraries: Itineraries,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cancel seen while reportlab lays out pages (the longest part) stops it, and the
    half-written file beside ``out`` goes too."""
    import pimap_desktop.services.printing.agenda as agenda

    cancel = threading.Event()
    calls: list[int] = []
    real = agenda.check_cancel

    def check(event: threading.Event | None) -> None:
        calls.append(1)
        if len(calls) > len(itineraries.participants) + 5:
            cancel.set()
        real(event)

    monkeypatch.setattr(agenda, "check_cancel", check)
    folder = _empty_folder(tmp_path)
    with pytest.raises(PrintCancelled):
        write_agenda(
            printing_session,
            printable.mission_id,
            folder / "all.pdf",
            registration_ids=list(itineraries.participants),
            cancel=cancel,
        )
    assert list(folder.iterdir()) == []


def test_mission_agenda_of_a_mission_without_programme_says_each_day_is_free(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "empty.pdf"
    report = write_agenda(session, mission_id, out)

    whole = flat("\n".join(pages_text(out)))
    assert report.pages == 1
    assert whole.count("Nothing on the programme this day.") == 6


def test_margin_check_catches_a_line_running_past_the_margin(tmp_path: Path) -> None:
    """The check the other tests rely on fails when text runs off: it can fail."""
    from reportlab.pdfgen.canvas import Canvas

    from pimap_desktop.services.printing.common import register_fonts

    register_fonts()
    out = tmp_path / "overflow.pdf"
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setFont(FONT, 10)
    canvas.drawString(MARGIN, 400, "Maria-Fernanda Alexandrina Wolfeschlegelsteinhausenbergerdorff")
    canvas.drawString(MARGIN + 300, 380, "Wolfeschlegelsteinhausenbergerdorff-Łopuszańska")
    canvas.save()

    lines = page_lines(pypdf.PdfReader(out).pages[0])
    assert [line.text for line in lines][1] == "Wolfeschlegelsteinhausenbergerdorff-Łopuszańska"
    assert lines[1].right == pytest.approx(
        MARGIN + 300 + text_width(lines[1].text, FONT, 10), abs=0.05
    )
    with pytest.raises(AssertionError, match="Łopuszańska"):
        assert_inside_margins(out)
