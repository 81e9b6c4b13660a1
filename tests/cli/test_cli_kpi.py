"""`pimap kpi`: the same figures as the KPI service, as JSON, with the keys the issue names."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pimap_desktop.cli import main
from pimap_desktop.services.kpi.kpi import KpiFilter, compute_kpis
from pimap_desktop.services.missions.missions import get_mission_by_code
from pimap_desktop.store.database import open_database

AS_OF = date(2027, 6, 1)  # PW2027 (January 2027) is held
REQUIRED = (
    "smes_engaged",
    "participants",
    "meetings_requested",
    "meetings_scheduled",
    "meetings_held",
    "followups_by_outcome",
    "agreements_signed",
    "mous_signed",
    "by_cluster",
    "by_country",
    "as_of",
    "planned",
)


def test_kpi_json_for_a_mission_equals_the_service(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(printing_db_path), "kpi", "--mission", "PW2027", "--as-of", "2027-06-01"]
    assert main([*args, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(REQUIRED) <= set(figures)
    database = open_database(printing_db_path)
    try:
        with database.session() as session:
            mission = get_mission_by_code(session, "PW2027")
            expected = compute_kpis(session, KpiFilter(mission_id=mission.id), as_of=AS_OF)
    finally:
        database.dispose()
    assert figures["meetings_scheduled"] == expected.meetings_scheduled > 0
    assert figures["participants"] == expected.participants > 0
    assert figures["followups_by_outcome"] == {
        k.value: v for k, v in expected.followups_by_outcome.items()
    }


def test_unknown_cluster_is_one_line(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(printing_db_path), "kpi", "--cluster", "Nowhere cluster"]) == 1
    err = capsys.readouterr().err
    assert "Nowhere cluster" in err and len(err.strip().splitlines()) == 1


def test_export_kpi_report_as_pdf_and_xlsx(printing_db_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    base = ["--db", str(printing_db_path), "export", "kpi", "--mission", "PW2027"]
    assert (
        main([*base, "--format", "pdf", "--paper", "letter", "--out", str(tmp_path / "k.pdf")]) == 0
    )
    reader = PdfReader(tmp_path / "k.pdf")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "PW2027" in reader.pages[0].extract_text()
    assert main([*base, "--format", "xlsx", "--out", str(tmp_path / "k.xlsx")]) == 0
    assert "Summary" in load_workbook(tmp_path / "k.xlsx", read_only=True).sheetnames
