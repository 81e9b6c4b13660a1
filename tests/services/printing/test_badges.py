"""Badges: every layout on both papers, names that fit whole, QR codes that scan, records.

PDFs are read back with pypdf; the QR codes are read back from the rendered page (pypdfium2)
by a small decoder written here from the standard (format information, unmasking, de-interleaving,
Reed-Solomon check, byte mode), so the test does not trust the encoder it checks.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import DatabaseError, ValidationError
from pimap_desktop.domain.models import Person, Registration
from pimap_desktop.domain.rules import badge_payload, parse_badge_payload
from pimap_desktop.services.directory.personal_data import erase_person_record
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.printing import badges
from pimap_desktop.services.printing.badges import (
    BadgeLayout,
    Box,
    badge_faces,
    badge_registrations,
    badge_sheet,
    crop_mark_lines,
    draw_badge,
    parse_layout,
    plan_badge,
    qr_modules,
    record_badges_printed,
    write_badges,
)
from pimap_desktop.services.printing.common import (
    Paper,
    PrintCancelled,
    register_fonts,
    text_width,
)
from pimap_desktop.services.registrations.registrations import register_people, set_status
from pimap_desktop.services.unit import transaction
from tests.factories import add_person, mission_data
from tests.services.printing.conftest import HARD_NAMES, PrintableMission

# The layouts' own papers; on the other paper A6 does not fit and label sheets do not exist.
REFUSED = {
    (BadgeLayout.A6, Paper.LETTER): "4x3",
    (BadgeLayout.LABEL_L4785, Paper.LETTER): "5395",
    (BadgeLayout.LABEL_5395, Paper.A4): "l4785",
}


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


# Who "Everyone" means on a badge run: those registered or confirmed.
COMING = (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED)
NOT_CONFIRMED = (RegistrationStatus.INVITED, RegistrationStatus.WAITLISTED)


def expected_names(
    session: Session, mission_id: uuid.UUID, statuses: tuple[RegistrationStatus, ...] = COMING
) -> list[str]:
    people = session.scalars(
        select(Person)
        .join(Registration, Registration.person_id == Person.id)
        .where(Registration.mission_id == mission_id, Registration.status.in_(statuses))
    ).all()
    return [p.badge_name.strip() or f"{p.first_name} {p.last_name}" for p in people]


def registration(session: Session, registration_id: uuid.UUID) -> Registration:
    session.expire_all()
    found = session.get(Registration, registration_id)
    assert found is not None
    return found


# ---------------------------------------------------------------------------------------------
# Layouts and papers


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("layout", list(BadgeLayout))
def test_every_layout_prints_on_both_papers_or_says_which_layout_to_use(
    printing_session: Session,
    printable: PrintableMission,
    tmp_path: Path,
    layout: BadgeLayout,
    paper: Paper,
) -> None:
    out = tmp_path / "badges.pdf"
    if (layout, paper) in REFUSED:
        with pytest.raises(ValidationError) as refused:
            write_badges(printing_session, printable.mission_id, out, layout=layout, paper=paper)
        assert f"use the {REFUSED[layout, paper]} layout" in str(refused.value)
        assert not out.exists()
        return
    report = write_badges(
        printing_session, printable.mission_id, out, layout=layout, paper=paper, record=False
    )
    names = expected_names(printing_session, printable.mission_id)
    reader = pypdf.PdfReader(out)
    assert report.document == "badges"
    assert report.paths == (out,)
    assert report.items == len(names)
    assert len(reader.pages) == report.pages == math.ceil(len(names) / layout.per_sheet)
    width, height = paper.size
    assert float(reader.pages[0].mediabox.width) == pytest.approx(width, abs=0.5)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(height, abs=0.5)
    text = squash(pdf_text(out))
    missing = [name for name in names if squash(name) not in text]
    assert missing == []


def test_a_grid_moved_to_the_other_paper_is_centred_on_it() -> None:
    sheet = badge_sheet(BadgeLayout.INSERT_4X3, Paper.A4)
    page_w, page_h = Paper.A4.size
    badge_w, badge_h = sheet.badge
    left = min(x for x, _ in sheet.slots)
    right = max(x for x, _ in sheet.slots) + badge_w
    bottom = min(y for _, y in sheet.slots)
    top = max(y for _, y in sheet.slots) + badge_h
    assert left == pytest.approx(page_w - right)
    assert bottom == pytest.approx(page_h - top)
    assert left > 0 and bottom > 0
    assert len(sheet.slots) == 6


@pytest.mark.parametrize("layout", list(BadgeLayout))
def test_badges_stay_on_their_paper_without_overlapping(layout: BadgeLayout) -> None:
    sheet = badge_sheet(layout)
    page_w, page_h = sheet.paper.size
    badge_w, badge_h = sheet.badge
    boxes = [Box(x, y, badge_w, badge_h) for x, y in sheet.slots]
    assert len(boxes) == layout.per_sheet
    assert all(Box(0, 0, page_w, page_h).contains(box) for box in boxes)
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    # filled row by row from the top left
    assert sheet.slots[0][1] == max(y for _, y in sheet.slots)
    assert sheet.slots[0][0] == min(x for x, _ in sheet.slots)


def test_layout_sizes_are_those_of_the_real_stock() -> None:
    mm, inch = 72 / 25.4, 72.0
    assert BadgeLayout.A6.badge_size == pytest.approx((105 * mm, 148 * mm))
    assert BadgeLayout.A6.paper is Paper.A4 and BadgeLayout.A6.per_sheet == 4
    assert BadgeLayout.INSERT_4X3.badge_size == pytest.approx((4 * inch, 3 * inch))
    assert BadgeLayout.INSERT_4X3.paper is Paper.LETTER and BadgeLayout.INSERT_4X3.per_sheet == 6
    assert BadgeLayout.LABEL_L4785.badge_size == pytest.approx((80 * mm, 50 * mm))
    assert BadgeLayout.LABEL_L4785.grid == (2, 5)
    assert BadgeLayout.LABEL_5395.badge_size == pytest.approx((3.375 * inch, 7 / 3 * inch))
    assert BadgeLayout.LABEL_5395.grid == (2, 4)
    assert all(layout.label for layout in BadgeLayout)


def test_parse_layout_takes_values_names_and_labels_and_lists_the_choices_otherwise() -> None:
    assert parse_layout("A6") is BadgeLayout.A6
    assert parse_layout(' 4"×3" ') is BadgeLayout.INSERT_4X3
    assert parse_layout("Avery L4785") is BadgeLayout.LABEL_L4785
    assert parse_layout("avery-5395") is BadgeLayout.LABEL_5395
    assert parse_layout(BadgeLayout.A6.label) is BadgeLayout.A6
    with pytest.raises(ValidationError) as refused:
        parse_layout("A5")
    message = str(refused.value)
    assert "'A5'" in message
    assert all(layout.value in message for layout in BadgeLayout)


# ---------------------------------------------------------------------------------------------
# What a badge shows, and where


def test_faces_carry_country_names_roles_and_a_payload_without_personal_data(
    printing_session: Session, printable: PrintableMission
) -> None:
    ids = [printable.hard[key] for key, _, _ in HARD_NAMES]
    faces = badge_faces(printing_session, printable.mission_id, ids)
    assert [face.registration_id for face in faces] == ids
    assert [face.name for face in faces] == [f"{first} {last}" for _, first, last in HARD_NAMES]
    for face in faces:
        assert face.organisation == "Œrsted Ørsted Optik ApS"
        assert face.country == "Denmark"
        assert face.role is RegistrationRole.DELEGATE
        assert face.role_label == "Delegate"
        assert face.payload == badge_payload(printable.code, face.registration_id)
        assert parse_badge_payload(face.payload) == (printable.code, face.registration_id)
        assert face.name.split()[0] not in face.payload
        assert "optik" not in face.payload.lower()


def test_role_colours_are_distinct_and_white_text_reads_on_them() -> None:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    assert set(badges.ROLE_COLOURS) == set(RegistrationRole)
    assert len(set(badges.ROLE_COLOURS.values())) == len(RegistrationRole)
    for colour in badges.ROLE_COLOURS.values():
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5, colour


@pytest.mark.parametrize("layout", list(BadgeLayout))
def test_the_long_name_fits_its_text_area_whole(
    printing_session: Session,
    printable: PrintableMission,
    tmp_path: Path,
    layout: BadgeLayout,
) -> None:
    register_fonts()
    long_id = printable.hard["Long"]
    (face,) = badge_faces(printing_session, printable.mission_id, [long_id])
    plan = plan_badge(face, layout.badge_size)
    name_lines = plan.of("name")
    assert 1 <= len(name_lines) <= 3
    for line in name_lines:
        assert line.size == plan.name_size
        measured = text_width(line.text, line.font, line.size)
        assert measured <= plan.text_area.width + 1e-6
        assert plan.text_area.contains(line.box)
    # every character, in order; a line broken after a hyphen keeps the hyphen
    assert squash("".join(line.text for line in name_lines)) == squash(face.name)

    out = tmp_path / "long.pdf"
    write_badges(
        printing_session,
        printable.mission_id,
        out,
        layout=layout,
        registration_ids=[long_id],
        record=False,
    )
    assert squash(face.name) in squash(pdf_text(out))


@pytest.mark.parametrize("layout", list(BadgeLayout))
def test_no_text_leaves_its_badge_or_touches_the_qr_code(
    printing_session: Session, printable: PrintableMission, layout: BadgeLayout
) -> None:
    ids = badge_registrations(printing_session, printable.mission_id)
    width, height = layout.badge_size
    whole = Box(0, 0, width, height)
    for face in badge_faces(printing_session, printable.mission_id, ids):
        plan = plan_badge(face, layout.badge_size)
        assert whole.contains(plan.qr)
        assert not plan.qr.overlaps(plan.text_area)
        assert plan.name_size > 0
        for line in plan.lines:
            assert whole.contains(line.box), (face.name, line)
            assert not line.box.overlaps(plan.qr), (face.name, line)
            if line.kind in ("name", "organisation", "country"):
                assert plan.text_area.contains(line.box), (face.name, line)
        organisation = plan.of("organisation")
        assert len(organisation) <= 2
        assert " ".join(line.text for line in organisation) == face.organisation
        # name lines do not run into each other or into the organisation
        text_boxes = [line.box for line in plan.lines if line.kind != "mission"]
        for i, a in enumerate(text_boxes):
            for b in text_boxes[i + 1 :]:
                overlap = min(a.top, b.top) - max(a.y, b.y)
                assert overlap <= 0.2 * min(a.height, b.height), (face.name, a, b)


def test_a_short_name_is_one_large_line_and_a_longer_one_breaks_between_first_and_last(
    printing_session: Session, printable: PrintableMission
) -> None:
    (face,) = badge_faces(printing_session, printable.mission_id, [printable.hard["Œrsted"]])
    plan = plan_badge(face, BadgeLayout.INSERT_4X3.badge_size)
    assert [line.text for line in plan.of("name")] == ["Łukasz", "Gonçalves Väisänen"]
    short = badges.fit_name("Ada Li", 200, 100, 30, 12)
    assert short == (("Ada Li",), 30)


def test_a_name_too_long_for_one_line_at_the_smallest_size_is_wrapped_and_shrunk() -> None:
    register_fonts()
    name = "Maria-Fernanda Alexandrina Wolfeschlegelsteinhausenbergerdorff-Łopuszańska"
    lines, size = badges.fit_name(name, 120, 200, 30, 14)
    assert len(lines) >= 2
    assert all(text_width(line, badges.NAME_FONT, size) <= 120 for line in lines)
    assert squash("".join(lines)) == squash(name)
    one_word = "Wolfeschlegelsteinhausenbergerdorff"
    lines, size = badges.fit_name(one_word, 60, 200, 30, 14)
    assert lines == (one_word,)  # nowhere to break: smaller, never cut
    assert text_width(one_word, badges.NAME_FONT, size) <= 60


def test_names_with_hard_letters_are_extracted_as_written(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "hard.pdf"
    ids = [printable.hard[key] for key, _, _ in HARD_NAMES]
    write_badges(printing_session, printable.mission_id, out, registration_ids=ids, record=False)
    text = pdf_text(out)
    for word in ("Łukasz", "Gonçalves", "Väisänen", "Søren", "Ørsted-Œhlenschläger"):
        assert word in text
    assert "Œrsted Ørsted Optik ApS" in text
    assert "Denmark" in text
    assert "DELEGATE" in text


# ---------------------------------------------------------------------------------------------
# Selection, records, cancel


def test_the_whole_mission_is_everyone_registered_or_confirmed_by_last_then_first_name(
    printing_session: Session, printable: PrintableMission
) -> None:
    ids = badge_registrations(printing_session, printable.mission_id)
    rows = printing_session.execute(
        select(Registration.id, Registration.status, Person.last_name, Person.first_name)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.mission_id == printable.mission_id)
    ).all()
    cancelled = {r.id for r in rows if r.status is RegistrationStatus.CANCELLED}
    unconfirmed = {r.id for r in rows if r.status in NOT_CONFIRMED}
    assert cancelled and unconfirmed  # the demo has some
    assert set(ids) == {r.id for r in rows} - cancelled - unconfirmed
    assert len(ids) == len(set(ids))
    with_unconfirmed = badge_registrations(
        printing_session, printable.mission_id, include_unconfirmed=True
    )
    assert set(with_unconfirmed) == {r.id for r in rows} - cancelled

    def plain(text: str) -> str:
        return "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        ).casefold()

    names = {r.id: (plain(r.last_name), plain(r.first_name)) for r in rows}
    keys = [names[i] for i in ids]
    assert keys == sorted(keys)


def test_a_selection_prints_only_those_in_the_order_given(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "two.pdf"
    chosen = [printable.hard["Long"], printable.hard["Œrsted"]]
    report = write_badges(
        printing_session, printable.mission_id, out, registration_ids=chosen, record=False
    )
    assert (report.items, report.pages) == (2, 1)
    text = squash(pdf_text(out))
    assert "Søren" not in text
    long_at = text.index(squash(f"{HARD_NAMES[2][1]} {HARD_NAMES[2][2]}"))
    assert long_at < text.index("Łukasz")
    assert text.count("PW2027") == 0  # the code is in the QR only, not in the text


def test_an_unknown_or_foreign_registration_is_refused_and_nothing_is_written(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "refused.pdf"
    with pytest.raises(ValidationError, match="not registrations on PW2027"):
        write_badges(
            printing_session,
            printable.mission_id,
            out,
            registration_ids=[printable.hard["Œrsted"], uuid.uuid4()],
        )
    other = create_mission(printing_session, mission_data(code="OTHER27", name="Other"))
    person = add_person(printing_session, "Ona", "Kita", "ona@other.example")
    register_people(printing_session, other, [person.id])
    foreign = badge_registrations(printing_session, other)
    with pytest.raises(ValidationError):
        write_badges(printing_session, printable.mission_id, out, registration_ids=foreign)
    assert not out.exists()
    assert registration(printing_session, printable.hard["Œrsted"]).badges_printed == 0


def test_an_erased_person_gets_no_badge(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    erased = registration(printing_session, printable.hard["Ørsted"])
    erase_person_record(printing_session, erased.person_id)
    assert erased.id not in badge_registrations(printing_session, printable.mission_id)
    with pytest.raises(ValidationError, match="erased"):
        write_badges(
            printing_session, printable.mission_id, tmp_path / "b.pdf", registration_ids=[erased.id]
        )
    assert not (tmp_path / "b.pdf").exists()


def test_everyone_leaves_out_invited_and_waitlisted_people_unless_asked_and_says_how_many(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    mission_id = printable.mission_id
    coming = expected_names(printing_session, mission_id)
    unconfirmed = expected_names(printing_session, mission_id, NOT_CONFIRMED)
    assert unconfirmed, "the demo's PW2027 has invited and wait-listed people"

    out = tmp_path / "everyone.pdf"
    report = write_badges(printing_session, mission_id, out, record=False)

    assert report.items == len(coming)
    assert report.skipped == (
        f"{len(unconfirmed)} invited or wait-listed people get no badge until confirmed "
        "(select them to print theirs anyway)",
    )
    text = squash(pdf_text(out))
    assert [n for n in coming if squash(n) not in text] == []
    assert [n for n in unconfirmed if squash(n) in text] == []

    everyone = tmp_path / "all-statuses.pdf"
    report = write_badges(
        printing_session, mission_id, everyone, record=False, include_unconfirmed=True
    )

    assert report.items == len(coming) + len(unconfirmed)
    assert report.skipped == ()
    text = squash(pdf_text(everyone))
    assert [n for n in unconfirmed if squash(n) not in text] == []


def test_an_invited_person_selected_gets_a_badge(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    invited = printing_session.scalars(
        select(Registration.id).where(
            Registration.mission_id == printable.mission_id,
            Registration.status == RegistrationStatus.INVITED,
        )
    ).first()
    assert invited is not None

    report = write_badges(
        printing_session,
        printable.mission_id,
        tmp_path / "one.pdf",
        registration_ids=[invited],
        record=False,
    )

    assert (report.items, report.skipped) == (1, ())


def test_a_selection_leaves_out_cancelled_and_erased_people_and_says_so(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    erased = registration(printing_session, printable.hard["Ørsted"])
    erase_person_record(printing_session, erased.person_id)
    cancelled = printable.hard["Long"]
    set_status(printing_session, [cancelled], RegistrationStatus.CANCELLED)
    kept = printable.hard["Œrsted"]
    out = tmp_path / "b.pdf"
    report = write_badges(
        printing_session, printable.mission_id, out, registration_ids=[erased.id, cancelled, kept]
    )
    assert report.items == 1
    assert report.skipped == (
        "no badge for 1 cancelled or no-show registration",
        "no badge for 1 erased person",
    )
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Łukasz" in text and "Wolfeschlegel" not in text
    counts = {
        r: registration(printing_session, r).badges_printed for r in (erased.id, cancelled, kept)
    }
    assert counts == {erased.id: 0, cancelled: 0, kept: 1}


def test_printing_counts_badges_and_reprints_but_never_checks_in(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    chosen = printable.hard["Œrsted"]
    before = registration(printing_session, chosen)
    status = before.status
    assert (before.badges_printed, before.badge_printed_at) == (0, None)

    started = datetime.now(UTC)
    write_badges(
        printing_session, printable.mission_id, tmp_path / "a.pdf", registration_ids=[chosen]
    )
    once = registration(printing_session, chosen)
    assert once.badges_printed == 1
    assert once.badge_printed_at is not None and once.badge_printed_at >= started
    assert once.badge_printed_at.tzinfo is not None
    first_time = once.badge_printed_at
    assert once.checked_in_at is None
    assert once.status is status

    write_badges(
        printing_session, printable.mission_id, tmp_path / "b.pdf", registration_ids=[chosen]
    )
    twice = registration(printing_session, chosen)
    assert twice.badges_printed == 2
    assert twice.badge_printed_at is not None and twice.badge_printed_at >= first_time
    assert twice.checked_in_at is None
    assert twice.status is status
    # the others were not touched
    assert registration(printing_session, printable.hard["Long"]).badges_printed == 0


def test_recording_leaves_status_and_check_in_alone(
    printing_session: Session, printable: PrintableMission
) -> None:
    chosen = printable.hard["Long"]
    arrived = datetime(2027, 1, 24, 17, 5, tzinfo=UTC)
    with transaction(printing_session):
        row = printing_session.get(Registration, chosen)
        assert row is not None
        row.checked_in_at = arrived
        row.status = RegistrationStatus.WAITLISTED
    at = datetime(2027, 1, 20, 9, 0, tzinfo=UTC)
    record_badges_printed(printing_session, [chosen, chosen], at)
    after = registration(printing_session, chosen)
    assert (after.badges_printed, after.badge_printed_at) == (1, at)
    assert after.checked_in_at == arrived
    assert after.status is RegistrationStatus.WAITLISTED
    with pytest.raises(ValueError):
        record_badges_printed(printing_session, [chosen], datetime(2027, 1, 20, 9, 0))


def test_record_false_records_nothing(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    write_badges(printing_session, printable.mission_id, tmp_path / "x.pdf", record=False)
    printed = printing_session.scalars(
        select(Registration.badges_printed).where(Registration.mission_id == printable.mission_id)
    ).all()
    assert set(printed) == {0}


def test_whole_mission_run_records_every_badge_it_printed(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    report = write_badges(printing_session, printable.mission_id, tmp_path / "all.pdf")
    printing_session.expire_all()
    rows = printing_session.execute(
        select(Registration.status, Registration.badges_printed, Registration.checked_in_at).where(
            Registration.mission_id == printable.mission_id
        )
    ).all()
    printed = [r for r in rows if r.badges_printed == 1]
    assert len(printed) == report.items
    assert all(r.status is not RegistrationStatus.CANCELLED for r in printed)
    assert all(r.checked_in_at is None for r in rows)


def test_a_cancelled_run_writes_no_file_and_records_nothing(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = tmp_path / "cancelled.pdf"
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 5:
            cancel.set()

    with pytest.raises(PrintCancelled):
        write_badges(printing_session, printable.mission_id, out, progress=progress, cancel=cancel)
    assert seen[-1][0] == 5
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "cancelled" in p.name] == []  # nor a part
    printed = printing_session.scalars(
        select(Registration.badges_printed).where(Registration.mission_id == printable.mission_id)
    ).all()
    assert set(printed) == {0}


def test_progress_counts_every_badge(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    report = write_badges(
        printing_session,
        printable.mission_id,
        tmp_path / "p.pdf",
        record=False,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, report.items)
    assert seen[-1] == (report.items, report.items)
    assert [done for done, _ in seen] == list(range(report.items + 1))


def test_when_recording_fails_the_badges_are_not_left_behind(
    printing_session: Session,
    printable: PrintableMission,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def busy(*args: object) -> None:
        raise DatabaseError("The database is busy.")

    monkeypatch.setattr(badges, "record_badges_printed", busy)
    out = tmp_path / "busy.pdf"
    with pytest.raises(DatabaseError):
        write_badges(
            printing_session, printable.mission_id, out, registration_ids=[printable.hard["Long"]]
        )
    assert not out.exists()


def test_nobody_to_print_is_said_plainly(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "empty.pdf"
    with pytest.raises(ValidationError, match="nobody to print"):
        write_badges(session, mission_id, out)
    assert not out.exists()


# ---------------------------------------------------------------------------------------------
# Crop marks and single badges


@pytest.mark.parametrize("layout", [BadgeLayout.A6, BadgeLayout.INSERT_4X3])
@pytest.mark.parametrize("paper", list(Paper))
def test_crop_marks_are_outside_every_badge_and_on_the_paper(
    layout: BadgeLayout, paper: Paper
) -> None:
    if (layout, paper) in REFUSED:
        return
    sheet = badge_sheet(layout, paper)
    page_w, page_h = paper.size
    badge_w, badge_h = sheet.badge
    lines = crop_mark_lines(sheet, len(sheet.slots))
    assert lines
    for x1, y1, x2, y2 in lines:
        assert x1 == x2 or y1 == y2
        for x, y in ((x1, y1), (x2, y2), ((x1 + x2) / 2, (y1 + y2) / 2)):
            assert -0.01 <= x <= page_w + 0.01 and -0.01 <= y <= page_h + 0.01
            for sx, sy in sheet.slots:  # never inside a badge (on a cut is fine)
                assert not (
                    sx + 0.01 < x < sx + badge_w - 0.01 and sy + 0.01 < y < sy + badge_h - 0.01
                )
    # every cut between two columns is marked
    inner_cuts = {round(x + badge_w, 2) for x, _ in sheet.slots} & {
        round(x, 2) for x, _ in sheet.slots
    }
    marked = {round(x1, 2) for x1, _, x2, _ in lines if x1 == x2}
    assert inner_cuts <= marked


def test_crop_marks_are_drawn_only_when_asked(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    def strokes(path: Path) -> int:
        content = pypdf.PdfReader(path).pages[0].get_contents()
        assert content is not None
        return len(re.findall(rb"(?m)^S$", content.get_data()))

    plain, marked = tmp_path / "plain.pdf", tmp_path / "marked.pdf"
    for out, crop in ((plain, False), (marked, True)):
        write_badges(
            printing_session,
            printable.mission_id,
            out,
            layout=BadgeLayout.INSERT_4X3,
            crop_marks=crop,
            record=False,
        )
    assert strokes(plain) == 0
    assert strokes(marked) > 0


def test_a_single_reprint_can_be_drawn_anywhere(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    (face,) = badge_faces(printing_session, printable.mission_id, [printable.hard["Ørsted"]])
    out = tmp_path / "one.pdf"
    canvas = Canvas(str(out), pagesize=(400, 300))
    draw_badge(canvas, 50, 40, face, BadgeLayout.INSERT_4X3.badge_size)
    canvas.save()
    assert "Ørsted-Œhlenschläger" in pdf_text(out)
    assert read_qr(out, face, BadgeLayout.INSERT_4X3, origin=(50, 40)) == face.payload


# ---------------------------------------------------------------------------------------------
# QR codes, read back from the page


@pytest.mark.parametrize(
    ("layout", "paper"), [(BadgeLayout.A6, Paper.A4), (BadgeLayout.LABEL_L4785, Paper.A4)]
)
def test_the_printed_qr_code_scans_to_the_badge_payload(
    printing_session: Session,
    printable: PrintableMission,
    tmp_path: Path,
    layout: BadgeLayout,
    paper: Paper,
) -> None:
    out = tmp_path / "qr.pdf"
    chosen = [printable.hard["Long"], printable.hard["Œrsted"]]
    write_badges(
        printing_session,
        printable.mission_id,
        out,
        layout=layout,
        paper=paper,
        registration_ids=chosen,
        record=False,
    )
    sheet = badge_sheet(layout, paper)
    faces = badge_faces(printing_session, printable.mission_id, chosen)
    for face, slot in zip(faces, sheet.slots, strict=False):
        payload = read_qr(out, face, layout, origin=slot)
        assert payload == badge_payload(printable.code, face.registration_id)
        assert parse_badge_payload(payload) == (printable.code, face.registration_id)


@pytest.mark.parametrize("code", ["PW2027", "X", "A" * 20])
def test_qr_codes_are_valid_for_any_mission_code(code: str) -> None:
    for _ in range(10):
        payload = badge_payload(code, uuid.uuid4())
        assert decode_qr([list(row) for row in qr_modules(payload)]) == payload


# ---------------------------------------------------------------------------------------------
# A small QR decoder (ISO/IEC 18004), versions 1 to 6, for reading the badges back

_EC_LEVELS = {1: "L", 0: "M", 3: "Q", 2: "H"}
# version -> (blocks, codewords per block, data codewords per block) at level M
_BLOCKS_M = {
    1: (1, 26, 16),
    2: (1, 44, 28),
    3: (1, 70, 44),
    4: (2, 50, 32),
    5: (2, 67, 43),
    6: (4, 43, 27),
}
_MASKS = {
    0: lambda r, c: (r + c) % 2 == 0,
    1: lambda r, c: r % 2 == 0,
    2: lambda r, c: c % 3 == 0,
    3: lambda r, c: (r + c) % 3 == 0,
    4: lambda r, c: (r // 2 + c // 3) % 2 == 0,
    5: lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    6: lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    7: lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
}


def _format_code(data: int) -> int:
    generator = 0b10100110111
    remainder = data << 10
    while remainder.bit_length() >= generator.bit_length():
        remainder ^= generator << (remainder.bit_length() - generator.bit_length())
    return ((data << 10) | remainder) ^ 0b101010000010010


_FORMATS = {
    _format_code(level << 3 | mask): (level, mask) for level in range(4) for mask in range(8)
}


def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log = [0] * 512, [0] * 256
    value = 1
    for i in range(255):
        exp[i], log[value] = value, i
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _rs_remainder(data: list[int], degree: int) -> list[int]:
    generator = [1]
    for i in range(degree):
        nxt = [0] * (len(generator) + 1)
        for j, g in enumerate(generator):
            nxt[j] ^= g
            if g:
                nxt[j + 1] ^= _EXP[_LOG[g] + i]
        generator = nxt
    remainder = list(data) + [0] * degree
    for i in range(len(data)):
        factor = remainder[i]
        if factor:
            for j, g in enumerate(generator):
                if g:
                    remainder[i + j] ^= _EXP[_LOG[g] + _LOG[factor]]
    return remainder[len(data) :]


def _function_modules(size: int, version: int) -> list[list[bool]]:
    function = [[False] * size for _ in range(size)]
    for r in range(size):
        for c in range(size):
            if (r <= 8 and c <= 8) or (r <= 8 and c >= size - 8) or (r >= size - 8 and c <= 8):
                function[r][c] = True  # finders, separators, format information
            if r == 6 or c == 6:
                function[r][c] = True  # timing
            if version >= 2 and abs(r - (size - 7)) <= 2 and abs(c - (size - 7)) <= 2:
                function[r][c] = True  # the one alignment pattern of versions 2 to 6
    return function


def decode_qr(modules: list[list[bool]]) -> str:
    """The text of a byte-mode QR code of version 1 to 6 (modules[row][column], True dark);
    AssertionError when anything does not check."""
    size = len(modules)
    version = (size - 17) // 4
    assert size == 17 + 4 * version and 1 <= version <= 6
    finder = [
        [r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4) for c in range(7)]
        for r in range(7)
    ]
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        assert [row[left : left + 7] for row in modules[top : top + 7]] == finder
    # format information, first copy: column 8 from the top, then row 8 leftwards
    cells = [(r, 8) for r in (0, 1, 2, 3, 4, 5, 7, 8)] + [(8, c) for c in (7, 5, 4, 3, 2, 1, 0)]
    bits = sum(1 << i for i, (r, c) in enumerate(cells) if modules[r][c])
    assert bits in _FORMATS, "unreadable format information"
    level, mask = _FORMATS[bits]
    assert _EC_LEVELS[level] == "M"
    function = _function_modules(size, version)
    stream: list[int] = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = ((right + 1) & 2) == 0
        for vert in range(size):
            r = size - 1 - vert if upward else vert
            for c in (right, right - 1):
                if not function[r][c]:
                    stream.append(int(modules[r][c] ^ _MASKS[mask](r, c)))
        right -= 2
    blocks, total, data_count = _BLOCKS_M[version]
    codewords = [
        int("".join(map(str, stream[i * 8 : i * 8 + 8])), 2) for i in range(blocks * total)
    ]
    data: list[int] = []
    for b in range(blocks):
        block = [codewords[i * blocks + b] for i in range(data_count)]
        ec = [codewords[blocks * data_count + i * blocks + b] for i in range(total - data_count)]
        assert _rs_remainder(block, total - data_count) == ec, "error correction does not check"
        data += block
    bitstring = "".join(f"{byte:08b}" for byte in data)
    assert bitstring[:4] == "0100", "not byte mode"
    length = int(bitstring[4:12], 2)
    payload = bytes(int(bitstring[12 + 8 * i : 20 + 8 * i], 2) for i in range(length))
    return payload.decode("utf-8")


def read_qr(
    pdf: Path,
    face: badges.BadgeFace,
    layout: BadgeLayout,
    *,
    origin: tuple[float, float],
) -> str:
    """Render page 1 and read the QR code of the badge of ``face`` drawn at ``origin``."""
    pdfium = pytest.importorskip("pypdfium2")
    scale = 5.0
    document = pdfium.PdfDocument(str(pdf))
    page = document[0]
    _, page_h = page.get_size()
    image = page.render(scale=scale).to_pil().convert("L")
    document.close()
    box = plan_badge(face, layout.badge_size).qr
    x0, top = origin[0] + box.x, origin[1] + box.top
    for version in range(1, 7):
        size = 17 + 4 * version
        step = box.width / (size + 2 * badges.QR_BORDER)
        modules = [
            [
                image.getpixel(
                    (
                        round((x0 + (c + badges.QR_BORDER + 0.5) * step) * scale),
                        round((page_h - (top - (r + badges.QR_BORDER + 0.5) * step)) * scale),
                    )
                )
                < 128
                for c in range(size)
            ]
            for r in range(size)
        ]
        try:
            return decode_qr(modules)
        except AssertionError:
            continue
    raise AssertionError("no QR code could be read at the badge's QR box")
