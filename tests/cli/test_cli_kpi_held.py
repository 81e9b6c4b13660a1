"""`pimap kpi` counts like for like (issue 11): the figures at the top level are those of the
missions held by the "as of" date, against those missions' targets; the missions to come are a
pipeline apart. Checked on the demo (PW2027 scheduled) against the same command run for each
held mission, and against counts made here with plain SQL."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from pimap_desktop.cli import main
from pimap_desktop.store.database import resolve_url

ADDITIVE = (
    "meetings_requested",
    "meetings_scheduled",
    "meetings_held",
    "meetings_no_show",
    "meetings_cancelled",
    "followups",
    "agreements_signed",
    "mous_signed",
)

# As of 1 December 2026, PW2026 and the Porto workshop are held; on 1 June 2027 the Bordeaux
# workshop, PW2027 and the Örebro workshop too. The drafts never count.
HELD = {
    "2026-12-01": ["PW2026", "WS-PT-2026"],
    "2027-06-01": ["PW2026", "WS-PT-2026", "WS-FR-2026", "PW2027", "WS-SE-2027"],
}
PLANNED = {
    "2026-12-01": ["WS-FR-2026", "PW2027", "WS-SE-2027", "CAN2027"],
    "2027-06-01": ["CAN2027"],
}


def kpi(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["--db", str(db), "kpi", *args, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


class Sql:
    """The database's own DB-API connection (sqlite3 or psycopg), taking '?' marks on both."""

    def __init__(self, target: Path | str) -> None:
        self.engine = create_engine(resolve_url(target), poolclass=NullPool)
        self.raw = self.engine.raw_connection()
        self.marks = self.engine.dialect.paramstyle == "qmark"

    def execute(self, query: str, params: Sequence[object] = ()) -> Any:
        cursor = self.raw.cursor()
        cursor.execute(query if self.marks else query.replace("?", "%s"), tuple(params))
        return cursor

    def close(self) -> None:
        self.raw.close()
        self.engine.dispose()


@pytest.fixture
def sql(printing_db_path: Path) -> Iterator[Sql]:
    connection = Sql(printing_db_path)
    yield connection
    connection.close()


def held_by_sql(sql: Sql, as_of: str) -> list[str]:
    """The definition, independently: not a draft, and closed or its last day before as_of."""
    rows = sql.execute(
        "SELECT code FROM missions WHERE status != 'draft' AND (status = 'closed' OR end_date < ?)"
        " ORDER BY start_date",
        (as_of,),
    ).fetchall()
    return [code for (code,) in rows]


def mission_counts(sql: Sql, code: str) -> dict[str, int]:
    """The additive figures of one mission, counted here from the tables."""
    (mission,) = sql.execute("SELECT id FROM missions WHERE code = ?", (code,)).fetchone()
    pairs = {
        frozenset(pair)
        for pair in sql.execute(
            "SELECT requester_id, target_id FROM meeting_requests WHERE mission_id = ?", (mission,)
        )
    }
    statuses = dict(
        sql.execute(
            "SELECT status, COUNT(*) FROM meetings WHERE mission_id = ? GROUP BY status", (mission,)
        ).fetchall()
    )
    outcomes = dict(
        sql.execute(
            "SELECT f.outcome, COUNT(*) FROM follow_ups f"
            " LEFT JOIN meetings m ON m.id = f.meeting_id"
            " WHERE COALESCE(f.mission_id, m.mission_id) = ? GROUP BY f.outcome",
            (mission,),
        ).fetchall()
    )
    return {
        "meetings_requested": len(pairs),
        "meetings_scheduled": sum(n for s, n in statuses.items() if s != "cancelled"),
        "meetings_held": statuses.get("held", 0),
        "meetings_no_show": statuses.get("no_show", 0),
        "meetings_cancelled": statuses.get("cancelled", 0),
        "followups": sum(outcomes.values()),
        "agreements_signed": outcomes.get("agreement_signed", 0),
        "mous_signed": outcomes.get("mou_signed", 0),
    }


def participants(sql: Sql, codes: list[str]) -> int:
    marks = ",".join("?" * len(codes))
    (count,) = sql.execute(
        "SELECT COUNT(DISTINCT r.person_id) FROM registrations r JOIN missions m"
        " ON m.id = r.mission_id WHERE m.code IN (" + marks + ")"
        " AND r.status NOT IN ('cancelled', 'no_show')"
        " AND (r.status = 'confirmed' OR r.checked_in_at IS NOT NULL)",
        codes,
    ).fetchone()
    return int(count)


@pytest.mark.parametrize("as_of", sorted(HELD))
def test_kpi_json_counts_the_held_missions_one_by_one_and_the_rest_as_the_pipeline(
    printing_db_path: Path,
    sql: Sql,
    capsys: pytest.CaptureFixture[str],
    as_of: str,
) -> None:
    held = held_by_sql(sql, as_of)
    assert held == HELD[as_of]
    total = kpi(printing_db_path, capsys, "--as-of", as_of)
    assert total["as_of"] == as_of
    assert total["missions_held"] + total["workshops_held"] == len(held)

    # The additive figures are the sum over the held missions: as the command counts each one
    # by itself, and as counted here from the tables.
    each = [kpi(printing_db_path, capsys, "--mission", code, "--as-of", as_of) for code in held]
    by_sql = [mission_counts(sql, code) for code in held]
    for key in ADDITIVE:
        assert total[key] == sum(m[key] for m in each) == sum(m[key] for m in by_sql), key
    assert total["participants"] == participants(sql, held)
    assert total["meetings_held"] > 0 and total["agreements_signed"] > 0

    # What is planned is apart, and never in the figures above.
    planned = total["planned"]
    assert [m["code"] for m in planned["missions"]] == PLANNED[as_of]
    planned_sql = [mission_counts(sql, code) for code in PLANNED[as_of]]
    for key in ADDITIVE:
        assert planned[key] == sum(m[key] for m in planned_sql), key
    assert planned["participants"] == participants(sql, PLANNED[as_of]) > 0
    assert planned["meetings_requested"] > 0
    assert "targets" not in planned

    # Each year is credited with what its held missions did, and only those years appear.
    years = sorted({date.fromisoformat(m["start"]).year for m in each_mission(total)})
    assert [row["year"] for row in total["by_year"]] == years
    assert sum(row["meetings_held"] for row in total["by_year"]) == total["meetings_held"]


def each_mission(total: dict[str, Any]) -> list[dict[str, Any]]:
    missions: list[dict[str, Any]] = total["held"]
    return missions


def test_targets_are_those_of_the_held_missions_only(
    printing_db_path: Path, sql: Sql, capsys: pytest.CaptureFixture[str]
) -> None:
    """As seen on the demo: the participants of the missions held (54) against those missions'
    target (60), not the 94 confirmed in every mission against it."""
    total = kpi(printing_db_path, capsys, "--as-of", "2026-12-01")
    held = HELD["2026-12-01"]
    marks = ",".join("?" * len(held))
    targets = dict(
        sql.execute(
            "SELECT t.metric, SUM(t.target) FROM kpi_targets t JOIN missions m"
            " ON m.id = t.mission_id WHERE m.code IN (" + marks + ") AND t.cluster_id IS NULL"
            " GROUP BY t.metric",
            held,
        ).fetchall()
    )
    shown = {t["metric"]: t for t in total["targets"]}
    for metric, target in targets.items():
        assert shown[metric]["target"] == target, metric
        assert shown[metric]["actual"] == total[metric], metric
    participants_target = shown["participants"]
    assert participants_target["actual"] == participants(sql, held)
    assert participants_target["actual"] < participants_target["target"]  # 58 of 60: not met


def test_an_upcoming_mission_is_all_pipeline_with_no_target_compared(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = kpi(printing_db_path, capsys, "--mission", "PW2027", "--as-of", "2026-12-01")
    assert data["participants"] == data["meetings_scheduled"] == 0
    assert all(t["target"] is None for t in data["targets"])
    assert data["planned"]["participants"] > 0 and data["planned"]["meetings_scheduled"] > 0
    assert [m["code"] for m in data["planned"]["missions"]] == ["PW2027"]
    # once it is over, it is counted against its targets
    after = kpi(printing_db_path, capsys, "--mission", "PW2027", "--as-of", "2027-02-01")
    assert after["participants"] == data["planned"]["participants"]
    assert {t["metric"]: t["target"] for t in after["targets"]}["participants"] == 45
    assert after["planned"]["missions"] == []


def test_kpi_text_says_what_is_counted_and_what_is_planned(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    planned = kpi(printing_db_path, capsys, "--as-of", "2026-12-01")["planned"]
    assert main(["--db", str(printing_db_path), "kpi", "--as-of", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "as of 1 December 2026" in out
    assert "1 mission and 1 workshop held between 17 January and 14 October 2026" in out
    assert "2 missions and 2 workshops not held yet" in out
    assert (
        f"planned, not counted: {planned['participants']} participants, "
        f"{planned['smes_engaged']} SMEs engaged, {planned['meetings_requested']} meetings "
        f"requested, {planned['meetings_scheduled']} scheduled"
    ) in out


def test_a_bad_as_of_date_is_one_line(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(printing_db_path), "kpi", "--as-of", "1 Dec"]) == 2
    err = capsys.readouterr().err
    assert "--as-of" in err and "'1 Dec' is not a date" in err
    assert len(err.strip().splitlines()) <= 2  # argparse's usage line, then the reason
