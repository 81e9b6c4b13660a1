"""`pimap kpi-target`: targets of a mission or a year set from the command line, read back
through the service and through `pimap kpi`; bad input is one line and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pimap_desktop.cli import main
from pimap_desktop.domain.enums import KpiMetric
from pimap_desktop.services.kpi.kpi import find_cluster, list_targets
from pimap_desktop.services.missions.missions import get_mission_by_code
from pimap_desktop.store.database import open_database


def targets_of(
    db_path: Path,
    *,
    mission: str | None = None,
    cluster: str | None = None,
    year: int | None = None,
) -> dict[KpiMetric, int]:
    database = open_database(db_path)
    try:
        with database.session() as session:
            return list_targets(
                session,
                mission_id=get_mission_by_code(session, mission).id if mission else None,
                cluster_id=find_cluster(session, cluster) if cluster else None,
                year=year,
            )
    finally:
        database.dispose()


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "kpi-target", *args])


def test_mission_targets_are_replaced_and_removed(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = targets_of(printing_db_path, mission="PW2027")
    assert before[KpiMetric.FOLLOWUPS] == 15 and KpiMetric.MOUS_SIGNED not in before  # the demo's

    assert run(printing_db_path, "--mission", "pw2027", "followups=22", "MoUs signed=2") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Targets of mission PW2027:"
    assert "  Follow-ups: 22" in out and "  MoUs signed: 2" in out

    assert (
        run(printing_db_path, "--mission", "PW2027", "agreements_signed=", "mous_signed=none") == 0
    )
    after = targets_of(printing_db_path, mission="PW2027")
    expected = {**before, KpiMetric.FOLLOWUPS: 22}
    del expected[KpiMetric.AGREEMENTS_SIGNED]
    assert after == expected


def test_year_targets_for_a_cluster_as_json_and_in_the_kpis(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--year", "2026", "--cluster", "PLA", "meetings_held=33", "participants=12", "--json"]
    assert run(printing_db_path, *args) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["mission"], data["cluster"], data["year"]) == (
        None,
        "Pôle Lumière Atlantique",
        2026,
    )
    assert data["before"] == {"meetings_held": 30, "participants": None}
    shown = {row["metric"]: row["target"] for row in data["targets"]}
    assert shown["meetings_held"] == 33 and shown["participants"] == 12
    assert all(row["year"] == 2026 and row["mission_id"] is None for row in data["targets"])
    assert shown == {
        m.value: t for m, t in targets_of(printing_db_path, cluster="PLA", year=2026).items()
    }
    # the year's targets for all clusters together are another scope: untouched
    assert targets_of(printing_db_path, year=2026) == {}

    kpi = ["kpi", "--cluster", "PLA", "--year", "2026", "--as-of", "2026-12-01", "--json"]
    main(["--db", str(printing_db_path), *kpi])  # PW2026 held: the year's targets compared
    figures = json.loads(capsys.readouterr().out)
    kpi_targets = {t["metric"]: t["target"] for t in figures["targets"]}
    assert kpi_targets["meetings_held"] == 33 and kpi_targets["participants"] == 12


@pytest.mark.parametrize(
    ("args", "status", "said"),
    [
        (["--year", "2027", "sales=3"], 2, "choose one of: smes_engaged, participants"),
        (["--year", "2027", "followups=many"], 2, "'many' is not a whole number"),
        (["--year", "2027", "followups"], 2, "is not METRIC=N"),
        (["followups=3"], 2, "one of the arguments --mission --year is required"),
        (["--mission", "PW2027", "--year", "2027", "followups=3"], 2, "not allowed with"),
        (["--year", "2027", "followups=-3"], 1, "cannot be negative"),
        (["--year", "2027", "followups=1", "followups=2"], 1, "followups is given twice"),
        (["--mission", "NOPE", "followups=1"], 1, "no mission with the code 'NOPE'"),
        (["--year", "2027", "--cluster", "Nowhere", "followups=1"], 1, "no cluster called"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    printing_db_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    status: int,
    said: str,
) -> None:
    before = targets_of(printing_db_path, year=2027), targets_of(printing_db_path, mission="PW2027")
    assert run(printing_db_path, *args) == status
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1, err
    after = targets_of(printing_db_path, year=2027), targets_of(printing_db_path, mission="PW2027")
    assert after == before


def test_kpi_command_is_unchanged(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(printing_db_path), "kpi", "--mission", "PW2027", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["mission"] == "PW2027" and "targets" in figures
