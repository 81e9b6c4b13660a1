"""The matchmaking catalogue, read back with pypdf: who is listed (consent), contact details,
grouping, the index's page numbers, paper, hard names, refusals, cancel."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import Destination
from reportlab.lib.pagesizes import A4, LETTER
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import OrganisationKind, RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Organisation, Person, Registration
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services.b2b.meetings import TAKING_PART
from pimap_desktop.services.directory.personal_data import erase_person_record
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.printing.catalogue import (
    GroupBy,
    catalogue_contents,
    parse_group_by,
    write_catalogue,
)
from pimap_desktop.services.printing.common import Paper, PrintCancelled, country_name
from pimap_desktop.services.printing.registry import BY_KEY, ExportRequest, produce
from pimap_desktop.services.registrations.registrations import register_people
from tests.factories import add_organisation, add_person, mission_data
from tests.services.printing.conftest import PrintableMission

# A fictional organisation whose name is long (64 characters) and needs the embedded font.
LONG_NAME = "Œuvres Optiques de Łódź et Şişli — Systèmes Photoniques Avancés SA"

# ---------------------------------------------------------------------------------------------
# Reading back


def page_texts(path: Path) -> list[str]:
    """Each page's text without the page frame (its footer names the organising clusters)."""
    return [content(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def content(text: str) -> str:
    lines = [
        line
        for line in text.splitlines()
        if not line.startswith(("Printed 2027-01-10 ·", "Matchmaking catalogue — "))
    ]
    return flat("\n".join(lines)).strip()


def flat(text: str) -> str:
    """Text with its line breaks as single spaces (a long name wraps)."""
    return re.sub(r"\s+", " ", text)


def whole(path: Path) -> str:
    return " ".join(page_texts(path))


def outline(path: Path) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """(title, page, children as (title, page)) of the PDF's top-level bookmarks."""
    reader = pypdf.PdfReader(path)
    found: list[tuple[str, int, list[tuple[str, int]]]] = []
    for entry in reader.outline:
        if isinstance(entry, Destination):
            page = reader.get_destination_page_number(entry) + 1
            found.append((str(entry.title), page, []))
        else:
            found[-1][2].extend(
                (str(child.title), reader.get_destination_page_number(child) + 1)
                for child in entry
                if isinstance(child, Destination)
            )
    return found


def index_start(texts: Sequence[str]) -> int:
    """The first page of the index (0-based)."""
    return next(n for n, t in enumerate(texts) if t.startswith("Index of organisations"))


def index_pages(path: Path, organisations: Sequence[Organisation]) -> dict[str, int]:
    """Organisation name -> the page the index gives for it ("Name Country Page" rows)."""
    texts = page_texts(path)
    index = " ".join(texts[index_start(texts) :])
    pages: dict[str, int] = {}
    for org in organisations:
        row = rf"{re.escape(org.name)} {re.escape(country_name(org.country))} (\d+)"
        match = re.search(row, index)
        assert match is not None, org.name
        pages[org.name] = int(match.group(1))
    return pages


def by_name(names: Sequence[str]) -> list[str]:
    """The order the catalogue promises: accents, case and legal forms aside."""
    return sorted(names, key=lambda n: (normalise_name(n), n.casefold()))


# ---------------------------------------------------------------------------------------------
# What the database says (the oracle, written independently of the catalogue)


def taking_part(session: Session, mission_id: uuid.UUID) -> dict[uuid.UUID, list[Person]]:
    """Organisation id -> its people taking part in the mission (not erased)."""
    rows = session.execute(
        select(Person)
        .join(Registration, Registration.person_id == Person.id)
        .where(
            Registration.mission_id == mission_id,
            Registration.status.in_(TAKING_PART),
            Person.erased_at.is_(None),
            Person.organisation_id.is_not(None),
        )
    ).scalars()
    found: dict[uuid.UUID, list[Person]] = {}
    for person in rows:
        assert person.organisation_id is not None
        found.setdefault(person.organisation_id, []).append(person)
    return found


def listed_organisations(session: Session, mission_id: uuid.UUID) -> list[Organisation]:
    people = taking_part(session, mission_id)
    return [
        org
        for org_id, members in people.items()
        if any(p.consent_listed for p in members)
        for org in [session.get(Organisation, org_id)]
        if org is not None
    ]


def register(
    session: Session,
    mission_id: uuid.UUID,
    organisation: Organisation | None,
    first: str,
    last: str,
    *,
    listed: bool = True,
    contact: bool = False,
    status: RegistrationStatus = RegistrationStatus.CONFIRMED,
    job_title: str = "",
    phone: str = "",
) -> Person:
    email = f"{first}.{last}.{uuid.uuid4().hex[:6]}@catalogue.example".lower()
    person = add_person(
        session,
        first,
        last,
        email,
        organisation=organisation,
        consent_listed=listed,
        consent_contact=contact,
        job_title=job_title,
        phone=phone,
    )
    register_people(session, mission_id, [person.id], role=RegistrationRole.DELEGATE, status=status)
    return person


def write(
    session: Session,
    printable: PrintableMission,
    out: Path,
    *,
    group_by: GroupBy = GroupBy.COUNTRY,
    paper: Paper = Paper.A4,
) -> Path:
    write_catalogue(
        session,
        printable.mission_id,
        out,
        group_by=group_by,
        paper=paper,
        printed_on=date(2027, 1, 10),
    )
    return out


# ---------------------------------------------------------------------------------------------
# Who is listed


def test_only_organisations_with_someone_who_agreed_to_be_listed_appear(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    people = taking_part(printing_session, printable.mission_id)
    listed = listed_organisations(printing_session, printable.mission_id)
    not_listed = [
        org
        for org_id, members in people.items()
        if not any(p.consent_listed for p in members)
        for org in [printing_session.get(Organisation, org_id)]
        if org is not None
    ]
    assert listed and not_listed  # the demo has both

    report = write_catalogue(
        printing_session, printable.mission_id, tmp_path / "c.pdf", printed_on=date(2027, 1, 10)
    )
    text = whole(tmp_path / "c.pdf")
    for org in listed:
        assert org.name in text
    for org in not_listed:
        assert org.name not in text
    assert report.items == len(listed)
    assert report.document == "catalogue" and report.paths == (tmp_path / "c.pdf",)


def test_only_people_who_agreed_to_be_listed_are_named(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    organisation = add_organisation(printing_session, "Halvmåne Fotonik AB", "SE")
    register(printing_session, printable.mission_id, organisation, "Ingrid", "Listadottir")
    register(
        printing_session,
        printable.mission_id,
        organisation,
        "Gustav",
        "Hiddenqvist",
        listed=False,
        contact=True,
    )
    out = write(printing_session, printable, tmp_path / "c.pdf")
    text = whole(out)
    assert "Halvmåne Fotonik AB" in text
    assert "Ingrid Listadottir" in text
    assert "Hiddenqvist" not in text

    # and in the demo: nobody who did not agree is named (where no one listed has that name)
    listed_names = set()
    unlisted_names = set()
    for members in taking_part(printing_session, printable.mission_id).values():
        for p in members:
            (listed_names if p.consent_listed else unlisted_names).add(p.full_name)
    for name in unlisted_names - listed_names:
        assert name not in text


def test_contact_details_only_for_people_who_agreed_to_be_contacted(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    organisation = add_organisation(printing_session, "Kontaktiv Optics Oy", "FI")
    reachable = register(
        printing_session,
        printable.mission_id,
        organisation,
        "Aino",
        "Reachable",
        contact=True,
        job_title="CTO",
        phone="+358 40 000 0001",
    )
    private = register(
        printing_session,
        printable.mission_id,
        organisation,
        "Eero",
        "Private",
        contact=False,
        job_title="CEO",
        phone="+358 40 000 0002",
    )
    out = write(printing_session, printable, tmp_path / "c.pdf")
    text = whole(out)
    assert "Aino Reachable, CTO" in text and "Eero Private, CEO" in text
    assert reachable.email is not None and reachable.email in text
    assert "+358 40 000 0001" in text
    assert private.email is not None and private.email not in text
    assert "+358 40 000 0002" not in text
    assert "Eero Private, CEO Contact through the mission coordinator." in text

    for members in taking_part(printing_session, printable.mission_id).values():
        for p in members:
            if p.email and not p.consent_contact:
                assert p.email not in text


def test_skipped_counts_what_consent_left_out_without_naming_anyone(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    people = taking_part(printing_session, printable.mission_id).values()
    unlisted = sum(1 for m in people if not any(p.consent_listed for p in m))
    unnamed = sum(
        len([p for p in m if not p.consent_listed])
        for m in people
        if any(p.consent_listed for p in m)
    )
    assert unlisted > 1 and unnamed > 1
    report = write_catalogue(printing_session, printable.mission_id, tmp_path / "c.pdf")
    assert report.skipped == (
        f"{unlisted} organisations not listed: no consent",
        f"{unnamed} people not named: no consent",
    )


def test_people_not_taking_part_or_erased_do_not_bring_their_organisation_in(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    cancelled = add_organisation(printing_session, "Annulée Photonique SAS", "FR")
    register(
        printing_session,
        printable.mission_id,
        cancelled,
        "Camille",
        "Annulée",
        status=RegistrationStatus.CANCELLED,
    )
    waitlisted = add_organisation(printing_session, "Warteliste Laser GmbH", "DE")
    register(
        printing_session,
        printable.mission_id,
        waitlisted,
        "Jonas",
        "Warte",
        status=RegistrationStatus.WAITLISTED,
    )
    erased = add_organisation(printing_session, "Vergessen Optik GmbH", "DE")
    gone = register(printing_session, printable.mission_id, erased, "Lena", "Vergessen")
    erase_person_record(printing_session, gone.id)
    text = whole(write(printing_session, printable, tmp_path / "c.pdf"))
    for name in ("Annulée Photonique", "Warteliste Laser", "Vergessen Optik", "Germany"):
        assert name not in text


# ---------------------------------------------------------------------------------------------
# Grouping, order, index


def test_groups_by_country_with_full_names_in_alphabetical_order(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = write(printing_session, printable, tmp_path / "c.pdf")
    listed = listed_organisations(printing_session, printable.mission_id)
    countries = sorted({country_name(o.country) for o in listed})
    assert countries[:2] == ["Denmark", "Finland"]  # the fixture's Danish firm: a full name
    groups = outline(out)
    assert [title for title, _page, _orgs in groups] == [*countries, "Index of organisations"]
    texts = page_texts(out)
    for title, page, organisations in groups[:-1]:
        assert title in texts[page - 1]  # the heading is on the page its bookmark goes to
        names = [name for name, _page in organisations]
        assert names == by_name([o.name for o in listed if country_name(o.country) == title])
    # the headings' pages never go back
    assert [page for _t, page, _o in groups] == sorted(page for _t, page, _o in groups)


def test_groups_by_first_sector_sorted_by_name_inside(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = write(printing_session, printable, tmp_path / "c.pdf", group_by=GroupBy.SECTOR)
    listed = listed_organisations(printing_session, printable.mission_id)
    first_sectors: dict[str, set[str]] = {}
    for org in listed:
        sector = org.sectors[0] if org.sectors else ""
        heading = sector[:1].upper() + sector[1:] if sector else "Sector not given"
        first_sectors.setdefault(heading, set()).add(org.name)
    groups = outline(out)
    headings = [title for title, _page, _orgs in groups][:-1]
    expected = sorted(h for h in first_sectors if h != "Sector not given")
    if "Sector not given" in first_sectors:
        expected.append("Sector not given")
    assert headings == expected
    for title, _page, organisations in groups[:-1]:
        names = [name for name, _page in organisations]
        assert names == by_name(list(first_sectors[title]))


def test_index_lists_every_organisation_with_the_page_its_block_is_on(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = write(printing_session, printable, tmp_path / "c.pdf")
    texts = page_texts(out)
    listed = listed_organisations(printing_session, printable.mission_id)
    pages = index_pages(out, listed)
    assert len(pages) == len(listed)
    assert len(set(pages.values())) > 3  # spread over several pages
    for name, page in pages.items():
        assert name in texts[page - 1], (name, page)
        assert all(name not in t for t in texts[: page - 1]), (name, page)
    # the outline agrees, and the index is in alphabetical order
    from_outline = {name: page for _g, _p, orgs in outline(out) for name, page in orgs}
    assert from_outline == pages
    index_text = " ".join(texts[index_start(texts) :])
    positions = [index_text.find(name) for name in by_name(list(pages))]
    assert positions == sorted(positions)


def test_index_entries_link_to_the_blocks(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    out = write(printing_session, printable, tmp_path / "c.pdf")
    reader = pypdf.PdfReader(out)
    listed = listed_organisations(printing_session, printable.mission_id)
    start = index_start(page_texts(out))
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, start=1)}
    targets = [
        numbers[link["/Dest"][0].idnum]
        for page in reader.pages[start:]
        for link in (a.get_object() for a in page.get("/Annots", []))
        if "/Dest" in link
    ]
    assert sorted(targets) == sorted(index_pages(out, listed).values())


# ---------------------------------------------------------------------------------------------
# Paper, fonts, long names


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, A4), (Paper.LETTER, LETTER)])
def test_paper_sets_the_page_size(
    printing_session: Session,
    printable: PrintableMission,
    tmp_path: Path,
    paper: Paper,
    size: tuple[float, float],
) -> None:
    out = write(printing_session, printable, tmp_path / "c.pdf", paper=paper)
    for page in pypdf.PdfReader(out).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size)


def test_a_long_name_with_hard_characters_survives_in_the_block_and_the_index(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    assert len(LONG_NAME) >= 60
    organisation = add_organisation(
        printing_session,
        LONG_NAME,
        "PL",
        kind=OrganisationKind.RESEARCH_CENTRE,
        sectors=["photonics"],
        offers="Œil électronique: caméras infrarouges, łączność optyczna, şeffaf kaplamalar.",
    )
    register(printing_session, printable.mission_id, organisation, "Zofia", "Włodarczyk")
    out = write(printing_session, printable, tmp_path / "c.pdf")
    texts = page_texts(out)
    page = index_pages(out, [organisation])[LONG_NAME]
    assert LONG_NAME in texts[page - 1]
    assert "Poland" in texts[page - 1]
    assert "łączność optyczna, şeffaf kaplamalar" in texts[page - 1]
    assert "Zofia Włodarczyk" in texts[page - 1]
    assert "Œrsted Ørsted Optik ApS" in " ".join(texts)
    for pdf_page in pypdf.PdfReader(out).pages:  # the fonts text is set in: DejaVu, embedded
        fonts = pdf_page["/Resources"]["/Font"]
        contents = pdf_page.get_contents()
        assert contents is not None
        for used in set(re.findall(rb"/([\w+]+) [\d.]+ Tf", contents.get_data())):
            font = fonts[f"/{used.decode()}"].get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


# ---------------------------------------------------------------------------------------------
# Refusals, cancel, progress, the export centre


def test_a_mission_with_no_organisation_to_list_is_refused_and_nothing_written(
    printing_session: Session, tmp_path: Path
) -> None:
    mission_id = create_mission(printing_session, mission_data(code="EMPTY27", name="Empty"))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "c.pdf"
    with pytest.raises(ValidationError, match="No organisation to list"):
        write_catalogue(printing_session, mission_id, out)
    assert not out.exists()

    nobody_agreed = add_organisation(printing_session, "Stille Optik GmbH", "DE")
    register(printing_session, mission_id, nobody_agreed, "Paul", "Stille", listed=False)
    with pytest.raises(ValidationError, match=r"No organisation to list.*agreed to be listed"):
        write_catalogue(printing_session, mission_id, out)
    assert list(folder.iterdir()) == []


def test_cancel_leaves_no_file(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 3:  # three blocks drawn: the layout is under way
            cancel.set()

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(PrintCancelled):
        write_catalogue(
            printing_session,
            printable.mission_id,
            folder / "c.pdf",
            progress=progress,
            cancel=cancel,
        )
    assert list(folder.iterdir()) == []


def test_progress_counts_the_organisations_to_the_end(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    report = write_catalogue(
        printing_session,
        printable.mission_id,
        tmp_path / "c.pdf",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (report.items + 1, report.items + 1)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_group_by_is_parsed_or_refused() -> None:
    assert parse_group_by(" Sector ") is GroupBy.SECTOR
    with pytest.raises(ValidationError, match="use country or sector"):
        parse_group_by("city")


def test_contents_are_the_same_whatever_the_grouping(
    printing_session: Session, printable: PrintableMission
) -> None:
    by_country = catalogue_contents(printing_session, printable.mission_id, GroupBy.COUNTRY)
    by_sector = catalogue_contents(printing_session, printable.mission_id, GroupBy.SECTOR)
    assert {o.id for o in by_country.organisations} == {o.id for o in by_sector.organisations}
    assert by_country.skipped == by_sector.skipped


def test_the_export_centre_produces_the_catalogue_with_the_grouping_asked(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    spec = BY_KEY["catalogue"]
    request = ExportRequest(spec, printable.mission_id, paper=Paper.LETTER, group_by=GroupBy.SECTOR)
    out = tmp_path / "PW2027-catalogue.pdf"
    report = produce(printing_session, request, out)
    assert report.document == "catalogue" and report.items > 0
    assert outline(out)[0][0] == "Advanced manufacturing"
    page = pypdf.PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(LETTER[0])
