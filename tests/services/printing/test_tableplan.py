"""The table plan, read back with pypdf: who meets whom at which table and slot."""

from __future__ import annotations

import threading
import uuid
from datetime import date, time
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4, LETTER, landscape
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import Meeting, Registration
from pimap_desktop.services.b2b.meetings import (
    MeetingPlace,
    MeetingRow,
    SessionData,
    add_session,
    create_meeting,
    list_meetings,
    list_sessions,
)
from pimap_desktop.services.printing.common import MARGIN, Paper, PrintCancelled
from pimap_desktop.services.printing.tableplan import slot_groups, write_table_plan
from pimap_desktop.services.registrations.registrations import register_people
from tests.factories import add_person
from tests.services.printing.conftest import PrintableMission
from tests.services.printing.test_agenda import (
    Line,
    assert_inside_margins,
    assert_page_numbers,
    flat,
    page_lines,
    page_size,
    pages_text,
)

PRINTED = date(2027, 1, 20)


def _meetings(session: Session, mission_id: uuid.UUID) -> list[MeetingRow]:
    return [m for m in list_meetings(session, mission_id) if m.status != MeetingStatus.CANCELLED]


def _one_meeting(
    session: Session, mission_id: uuid.UUID, session_id: uuid.UUID, *, position: int = 0
) -> None:
    """Two fictional people meet at the session's first table in slot ``position``."""
    people = [
        add_person(session, first, "Plan", f"{first.lower()}.plan@tables.example").id
        for first in (f"Ada{position}", f"Bo{position}")
    ]
    register_people(session, mission_id, people)
    registrations = [
        r.id
        for r in session.scalars(
            select(Registration).where(
                Registration.mission_id == mission_id, Registration.person_id.in_(people)
            )
        )
    ]
    table = next(row for row in list_sessions(session, mission_id) if row.id == session_id)
    create_meeting(
        session, mission_id, MeetingPlace(session_id, position, table.tables[0][0]), registrations
    )


def _empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# ---------------------------------------------------------------------------------------------
# The grid


def test_table_plan_puts_every_meeting_at_its_table_and_slot(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    b2b = list_sessions(printing_session, printable.mission_id)[0]
    meetings = _meetings(printing_session, printable.mission_id)
    out = tmp_path / "plan.pdf"
    report = write_table_plan(printing_session, printable.mission_id, out, printed_on=PRINTED)

    reader = pypdf.PdfReader(out)
    texts = pages_text(out)
    whole = flat("\n".join(texts))
    assert report.document == "tableplan" and report.items == len(b2b.tables) == 12
    assert report.pages == len(texts)
    assert page_size(out) == pytest.approx(landscape(A4), abs=0.01)
    assert "EU–US B2B meetings" in whole and "Wednesday 27 January 2027" in whole
    assert "All times are local: America/Los_Angeles (PST)." in whole
    assert f"Printed {PRINTED.isoformat()}" in whole
    assert_page_numbers(texts)
    assert_inside_margins(out)
    assert "Łukasz Gonçalves Väisänen (Œrsted Ørsted Optik ApS)" in whole

    # Where each meeting's first person is printed: in its slot's column, in its table's row.
    lines = [
        (number, line) for number, page in enumerate(reader.pages) for line in page_lines(page)
    ]
    slot_labels = [f"{start:%H:%M}–{end:%H:%M}" for start, end in b2b.slots]
    for meeting in meetings:
        assert meeting.position is not None
        first, second = meeting.participants[0][1], meeting.participants[1][1]
        assert first[:12] in whole and second[:12] in whole
        column = _column(lines, slot_labels[meeting.position])
        rows = _rows(lines, [label for _, _, label in b2b.tables])
        found = [
            (number, line)
            for number, line in lines
            if line.text.startswith(first[:12]) and (number, round(line.x)) in column
        ]
        assert any(_in_row(rows, number, line, meeting.table) for number, line in found), (
            f"{first} not at {meeting.table} in slot {meeting.position + 1}"
        )


def _column(lines: list[tuple[int, Line]], slot_label: str) -> set[tuple[int, int]]:
    """(page, x) where the cells of the slot with that header start."""
    return {(number, round(line.x)) for number, line in lines if line.text == slot_label}


def _rows(lines: list[tuple[int, Line]], labels: list[str]) -> dict[int, list[tuple[float, str]]]:
    """Per page, the baselines of the table labels in the first column, top down."""
    rows: dict[int, list[tuple[float, str]]] = {}
    for number, line in lines:
        if line.text in labels and abs(line.x - (MARGIN + 4)) < 1:
            rows.setdefault(number, []).append((line.y, line.text))
    return {number: sorted(found, reverse=True) for number, found in rows.items()}


def _in_row(rows: dict[int, list[tuple[float, str]]], number: int, line: Line, table: str) -> bool:
    labels = rows.get(number, [])
    for index, (y, label) in enumerate(labels):
        below = labels[index + 1][0] if index + 1 < len(labels) else 0.0
        if label == table and below < line.y <= y + 3:
            return True
    return False


def test_table_plan_prints_on_letter_in_landscape(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "letter.pdf"
    write_table_plan(printing_session, printable.mission_id, out, paper=Paper.LETTER)

    assert page_size(out) == pytest.approx(landscape(LETTER), abs=0.01)
    assert_inside_margins(out)


def test_many_tables_and_slots_split_over_pages_with_headers_repeated(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    big = add_session(
        session,
        mission_id,
        SessionData(date(2027, 1, 27), time(9, 0), time(13, 0), 15, 5, 40, name="Big room"),
    )
    _one_meeting(session, mission_id, big)
    out = tmp_path / "big.pdf"
    report = write_table_plan(session, mission_id, out)

    texts = pages_text(out)
    assert report.items == 40 and report.pages == len(texts) >= 4
    assert_page_numbers(texts)
    assert_inside_margins(out)
    for text in texts:  # every page has the slot headers and the corner naming the zone
        assert "Table times PST" in flat(text) and "Slot " in text
    whole = "\n".join(texts)
    # 12 slots do not fit one landscape page: two groups of 6, not 9 and 3.
    assert "Slots 1–6 of 12: 09:00–10:55" in whole and "Slots 7–12 of 12: 11:00–12:55" in whole
    assert "Big room (continued)" in whole
    for number in range(1, 41):  # each table once in each group of slots
        assert [line for line in whole.splitlines() if line == f"Table {number}"] == [
            f"Table {number}"
        ] * 2


def test_slot_groups_are_even_and_cover_every_slot() -> None:
    assert slot_groups(9, 500) == [range(0, 5), range(5, 9)]
    assert slot_groups(9, 699) == [range(0, 9)]  # landscape A4 beside the tables' labels
    assert slot_groups(4, 700) == [range(0, 4)]
    assert slot_groups(0, 700) == []
    assert [len(g) for g in slot_groups(12, 160)] == [2] * 6


def test_table_plan_of_one_session_leaves_the_others_out(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    second = add_session(
        printing_session,
        printable.mission_id,
        # After the free afternoon, which keeps the delegates not on the site visit busy.
        SessionData(date(2027, 1, 28), time(17, 0), time(18, 0), 20, 0, 2, name="Follow-ups"),
    )
    _one_meeting(printing_session, printable.mission_id, second)
    both = tmp_path / "both.pdf"
    only = tmp_path / "only.pdf"
    seen: list[tuple[int, int]] = []
    everything = write_table_plan(
        printing_session,
        printable.mission_id,
        both,
        progress=lambda done, total: seen.append((done, total)),
    )
    one = write_table_plan(printing_session, printable.mission_id, only, session_id=second)

    assert everything.items == 14 and one.items == 2
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert "Follow-ups" in flat("\n".join(pages_text(both)))
    text = flat("\n".join(pages_text(only)))
    assert "Follow-ups" in text and "Thursday 28 January 2027" in text
    assert "EU–US B2B meetings" not in text and "Łukasz" not in text


def test_cancelled_meetings_are_not_on_the_plan(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    meeting = printing_session.scalars(
        select(Meeting).where(Meeting.participants.any(id=printable.hard["Œrsted"]))
    ).one()
    meeting.status = MeetingStatus.CANCELLED
    printing_session.commit()
    out = tmp_path / "plan.pdf"
    large = tmp_path / "large.pdf"
    write_table_plan(printing_session, printable.mission_id, out)
    write_table_plan(printing_session, printable.mission_id, large, large_print=True)

    assert "Łukasz" not in flat("\n".join(pages_text(out)))
    table_12 = flat(pages_text(large)[11])
    assert table_12.startswith("Table 12") and "Łukasz" not in table_12


def test_meeting_without_a_table_is_on_the_grid_and_reported_by_large_print(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    meeting = printing_session.scalars(
        select(Meeting).where(Meeting.participants.any(id=printable.hard["Œrsted"]))
    ).one()
    meeting.table_id = None
    printing_session.commit()
    grid = write_table_plan(printing_session, printable.mission_id, tmp_path / "grid.pdf")
    large = write_table_plan(
        printing_session, printable.mission_id, tmp_path / "large.pdf", large_print=True
    )

    text = flat("\n".join(pages_text(tmp_path / "grid.pdf")))
    assert "No table" in text and "Łukasz Gonçalves Väisänen" in text
    assert grid.items == large.items == 12 and grid.skipped == ()
    assert large.skipped == (
        "1 meeting of EU–US B2B meetings has no table, so no table's page shows it.",
    )
    assert "Łukasz" not in flat("\n".join(pages_text(tmp_path / "large.pdf")))


# ---------------------------------------------------------------------------------------------
# Large print


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_large_print_has_one_page_per_table_with_its_label_huge(
    printing_session: Session, printable: PrintableMission, tmp_path: Path, paper: Paper
) -> None:
    b2b = list_sessions(printing_session, printable.mission_id)[0]
    meetings = _meetings(printing_session, printable.mission_id)
    out = tmp_path / "large.pdf"
    report = write_table_plan(
        printing_session, printable.mission_id, out, large_print=True, paper=paper
    )

    reader = pypdf.PdfReader(out)
    texts = pages_text(out)
    assert report.items == report.pages == len(texts) == len(b2b.tables) == 12
    assert page_size(out) == pytest.approx(A4 if paper is Paper.A4 else LETTER, abs=0.01)
    assert_page_numbers(texts)
    assert_inside_margins(out)
    for (_, _, label), page, text in zip(b2b.tables, reader.pages, texts, strict=True):
        top = page_lines(page)[0]
        assert top.text == label and top.size >= 48, (top.text, top.size)
        assert "All times are local: America/Los_Angeles (PST)." in text
        mine = [m for m in meetings if m.table == label]
        for meeting in mine:
            for _, name, _ in meeting.participants:
                assert flat(name)[:12] in flat(text)
        slots = [line for line in page_lines(page) if line.text[:5].count(":") == 1]
        assert len(slots) == len(b2b.slots) and min(line.size for line in slots) >= 14
        assert flat(text).count("free") == len(b2b.slots) - len(mine)
    table_12 = flat(texts[11])
    assert "Łukasz Gonçalves Väisänen" in table_12 and "Œrsted Ørsted Optik ApS" in table_12


def test_large_print_of_a_long_session_still_fits_each_table_on_one_page(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    speed = add_session(
        session,
        mission_id,
        SessionData(date(2027, 1, 26), time(8, 0), time(18, 0), 10, 0, 3, name="Speed dating"),
    )
    _one_meeting(session, mission_id, speed, position=59)
    out = tmp_path / "long.pdf"
    report = write_table_plan(session, mission_id, out, large_print=True, paper=Paper.LETTER)

    texts = pages_text(out)
    assert report.pages == len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert flat(text).startswith(f"Table {number}")
        assert text.count("free") == (59 if number == 1 else 60) and "17:50–18:00" in text
    assert_inside_margins(out)


# ---------------------------------------------------------------------------------------------
# Refusals and cancel


def test_mission_without_b2b_session_is_refused(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    folder = _empty_folder(tmp_path)
    with pytest.raises(ValidationError) as raised:
        write_table_plan(session, mission_id, folder / "plan.pdf")
    assert str(raised.value) == "PW2027 has no B2B session; add one on the B2B page first."
    assert list(folder.iterdir()) == []


def test_session_of_another_mission_is_not_found(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    folder = _empty_folder(tmp_path)
    with pytest.raises(NotFoundError, match="not one of PW2027's"):
        write_table_plan(
            printing_session, printable.mission_id, folder / "plan.pdf", session_id=uuid.uuid4()
        )
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("large_print", [False, True])
def test_cancelled_table_plan_writes_no_file(
    printing_session: Session, printable: PrintableMission, tmp_path: Path, large_print: bool
) -> None:
    folder = _empty_folder(tmp_path)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(PrintCancelled):
        write_table_plan(
            printing_session,
            printable.mission_id,
            folder / "plan.pdf",
            large_print=large_print,
            cancel=cancel,
        )
    assert list(folder.iterdir()) == []
