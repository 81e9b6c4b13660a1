"""Settings ▸ Branding and what documents carry: the organising clusters' logos, the
partnership's and funders' emblems (kept in the database), the funding statement on KPI and
follow-up reports, and PIMAP's own logo only when nothing else is set. PDFs read back with
pypdf."""

from __future__ import annotations

import io
import shutil
import uuid
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import EmblemKind
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Cluster, Emblem, Mission
from pimap_desktop.services.followup.followup import export_followups
from pimap_desktop.services.kpi.kpi import KpiFilter
from pimap_desktop.services.printing.agenda import write_agenda
from pimap_desktop.services.printing.branding import (
    NewEmblem,
    add_emblem,
    branding_settings,
    cache_folder,
    read_emblem_file,
    remove_emblem,
    set_funding_statement,
    update_branding,
)
from pimap_desktop.services.printing.common import mission_branding, partnership_branding
from pimap_desktop.services.printing.kpi_report import write_kpi_report
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database, open_database

STATEMENT = (
    "Co-funded by the Borealis Cluster Fund (fictional) under grant BCF-0042. Views expressed "
    "are those of the partners only."
)
PARTNERSHIP_SIZE = (300, 100)
FUNDER_SIZE = (210, 100)


def _picture(path: Path, size: tuple[int, int], colour: str, fmt: str = "PNG") -> Path:
    Image.new("RGB", size, colour).save(path, format=fmt)
    return path


@pytest.fixture
def pictures(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "pictures"
    folder.mkdir()
    return {
        "partnership": _picture(folder / "partnership.jpg", PARTNERSHIP_SIZE, "#1f5fa8", "JPEG"),
        "funder": _picture(folder / "funder.png", FUNDER_SIZE, "#f2c200"),
    }


def _add_both(session: Session, pictures: dict[str, Path]) -> None:
    add_emblem(
        session,
        EmblemKind.FUNDER,
        "Borealis Cluster Fund",
        read_emblem_file(pictures["funder"]),
        file_name="funder.png",
    )
    add_emblem(
        session,
        EmblemKind.PARTNERSHIP,
        "Nordic–Atlantic Cluster Partnership",
        read_emblem_file(pictures["partnership"]),
        file_name="partnership.jpg",
    )


def _image_sizes(path: Path, page: int = 0) -> list[tuple[int, int]]:
    return sorted(image.image.size for image in pypdf.PdfReader(path).pages[page].images)


# ---------------------------------------------------------------------------------------------
# Settings


def test_emblems_are_kept_in_the_database_partnership_first(
    session: Session, pictures: dict[str, Path]
) -> None:
    _add_both(session, pictures)
    set_funding_statement(session, f"  {STATEMENT}  ")

    settings = branding_settings(session)
    assert [(e.kind, e.name) for e in settings.emblems] == [
        (EmblemKind.PARTNERSHIP, "Nordic–Atlantic Cluster Partnership"),
        (EmblemKind.FUNDER, "Borealis Cluster Fund"),
    ]
    assert [(e.width, e.height) for e in settings.emblems] == [PARTNERSHIP_SIZE, FUNDER_SIZE]
    assert settings.emblems[0].file_name == "partnership.jpg"
    assert settings.statement == STATEMENT
    stored = session.scalars(select(Emblem.image)).all()
    assert all(image.startswith(b"\x89PNG") for image in stored)  # a JPEG is stored as PNG


def test_a_file_that_is_not_a_picture_is_refused_and_nothing_is_stored(
    session: Session, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.svg"
    fake.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a picture PIMAP can print"):
        read_emblem_file(fake)
    with pytest.raises(ValidationError, match="not a picture PIMAP can print"):
        add_emblem(session, EmblemKind.FUNDER, "Fund", fake.read_bytes(), file_name="logo.svg")
    with pytest.raises(ValidationError, match="cannot be read"):
        read_emblem_file(tmp_path / "missing.png")
    assert session.scalar(select(func.count()).select_from(Emblem)) == 0


def test_the_dialogs_changes_are_saved_together_or_not_at_all(
    session: Session, pictures: dict[str, Path]
) -> None:
    _add_both(session, pictures)
    funder = branding_settings(session).emblems[1].id
    good = NewEmblem(EmblemKind.FUNDER, "Second fund", read_emblem_file(pictures["funder"]))
    bad = NewEmblem(EmblemKind.FUNDER, "Broken", b"not a picture")
    with pytest.raises(ValidationError):
        update_branding(session, added=(good, bad), removed=(funder,), statement=STATEMENT)
    settings = branding_settings(session)
    assert len(settings.emblems) == 2 and settings.statement == ""

    update_branding(session, added=(good,), removed=(funder,), statement="")
    names = [e.name for e in branding_settings(session).emblems]
    assert names == ["Nordic–Atlantic Cluster Partnership", "Second fund"]
    with pytest.raises(ValidationError, match="too long"):
        set_funding_statement(session, "x" * 1001)


# ---------------------------------------------------------------------------------------------
# Which logos a document carries


def test_pimap_logo_only_when_no_cluster_and_no_emblem_is_set(
    session: Session, mission_id: uuid.UUID, pictures: dict[str, Path]
) -> None:
    mission = session.get(Mission, mission_id)
    assert mission is not None
    assert [p.name for p in mission_branding(session, mission).logos] == ["pimap.png"]
    assert [p.name for p in partnership_branding(session).logos] == ["pimap.png"]

    _add_both(session, pictures)
    set_funding_statement(session, STATEMENT)
    branding = mission_branding(session, mission)
    assert branding.logos == () and len(branding.emblems) == 2
    assert branding.statement == STATEMENT
    everyone = partnership_branding(session)
    assert everyone.logos == () and everyone.emblems == branding.emblems


def test_a_missions_documents_carry_its_organising_clusters_logos(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """The clusters that organise the mission, even before any delegation is formed."""
    with transaction(session):
        mission = session.get(Mission, mission_id)
        assert mission is not None
        mission.clusters = [
            Cluster(name="Pôle Lumière", country="FR", timezone="Europe/Paris", logo="pla.png"),
            Cluster(
                name="Revontuli", country="FI", timezone="Europe/Helsinki", logo="revontuli.png"
            ),
        ]
    branding = mission_branding(session, mission)
    assert branding.organisers == ("Pôle Lumière", "Revontuli")
    assert [p.name for p in branding.logos] == ["pla.png", "revontuli.png"]

    out = tmp_path / "agenda.pdf"
    write_agenda(session, mission_id, out)
    assert _image_sizes(out) == [(640, 200), (640, 200)]
    assert "Pôle Lumière · Revontuli" in pypdf.PdfReader(out).pages[0].extract_text()


@pytest.mark.sqlite_only(reason="copies the database file, as to a laptop")
def test_emblems_travel_with_the_database_not_with_the_picture_files(
    db: Database,
    db_path: Path,
    session: Session,
    mission_id: uuid.UUID,
    pictures: dict[str, Path],
    tmp_path: Path,
) -> None:
    _add_both(session, pictures)
    session.close()
    db.dispose()  # everything in the file itself, as on a laptop taken to the fair
    copy = tmp_path / "laptop" / "pimap.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)
    shutil.rmtree(pictures["funder"].parent)
    shutil.rmtree(cache_folder(), ignore_errors=True)

    database = open_database(copy)
    try:
        with database.session() as other:
            out = tmp_path / "agenda.pdf"
            write_agenda(other, mission_id, out)
    finally:
        database.dispose()
    assert _image_sizes(out) == sorted([PARTNERSHIP_SIZE, FUNDER_SIZE])


# ---------------------------------------------------------------------------------------------
# Reports for the funder


def test_kpi_and_follow_up_reports_carry_the_emblems_and_the_funding_statement(
    printing_session: Session, pictures: dict[str, Path], tmp_path: Path
) -> None:
    for emblem in branding_settings(printing_session).emblems:  # the demo's own
        remove_emblem(printing_session, emblem.id)
    _add_both(printing_session, pictures)
    set_funding_statement(printing_session, STATEMENT)
    kpi = tmp_path / "kpi.pdf"
    log = tmp_path / "followups.pdf"

    write_kpi_report(printing_session, KpiFilter(), kpi, "pdf")
    export_followups(printing_session, log, "pdf")

    for path in (kpi, log):
        reader = pypdf.PdfReader(path)
        assert len(reader.pages) >= 2
        for number, page in enumerate(reader.pages):
            text = " ".join(page.extract_text().split())
            assert STATEMENT in text, (path.name, number)
            assert _image_sizes(path, number) == sorted([PARTNERSHIP_SIZE, FUNDER_SIZE])


def test_a_statement_too_long_for_two_lines_ends_with_an_ellipsis(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    long = " ".join(["Co-funded by the Borealis Cluster Fund (fictional)."] * 18)
    set_funding_statement(session, long)
    out = tmp_path / "kpi.pdf"
    write_kpi_report(session, KpiFilter(mission_id=mission_id), out, "pdf")
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Co-funded by the Borealis Cluster Fund" in text and "…" in text
    assert "Page 1 of" in text


def test_emblem_images_are_drawn_from_a_cache_named_by_their_content(
    session: Session, pictures: dict[str, Path]
) -> None:
    _add_both(session, pictures)
    first = partnership_branding(session).emblems
    second = partnership_branding(session).emblems
    assert first == second and all(p.parent == cache_folder() for p in first)
    with Image.open(io.BytesIO(first[0].read_bytes())) as image:
        assert image.size == PARTNERSHIP_SIZE
