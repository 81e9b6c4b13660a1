"""KPI benchmark: every figure of the dashboard on a database of 50,000 people, 20 missions and
20,000 meetings (2,500 registrations, 1,500 meeting requests and 1,000 meetings per mission,
5,000 follow-ups, 2,000 organisations in 8 clusters), written with bulk inserts by the tests'
generator (tests/services/test_kpi.py, seeded).

Targets: KPIs computed in under 1 s (issue 6); with no filter in under 100 ms, and growing
linearly: the same with 60 missions and 60,000 meetings (issue 18). Measured with no filter,
with one mission chosen, and with one cluster and one year; the baseline is a plain
``SELECT COUNT(*)`` over the meetings and the registrations in the same process: the least any
count over these tables costs.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.harness import Measurement, measure
from pimap_desktop.domain.models import Cluster, Meeting, Mission, Registration
from pimap_desktop.services.kpi.kpi import KpiFilter, compute_kpis
from pimap_desktop.store.database import Database, open_database
from tests.services.test_kpi import TODAY, KpiSpec, populate

SPEC = KpiSpec(
    clusters=8,
    organisations=2_000,
    people=50_000,
    missions=20,
    registrations_per_mission=2_500,
    requests_per_mission=1_500,
    meetings_per_mission=1_000,
    followups=5_000,
)
RUNS = 9
LARGE = replace(SPEC, missions=60, followups=15_000)  # 60,000 meetings, 150,000 registrations
LARGE_RUNS = 5


def _kpis(db: Database, kpi_filter: KpiFilter) -> Callable[[], None]:
    def work() -> None:
        with db.session() as session:
            report = compute_kpis(session, kpi_filter, as_of=TODAY)
        if report.meetings_scheduled == 0:
            raise AssertionError("benchmark KPIs found no meetings")

    return work


def _plain_counts(db: Database) -> Callable[[], None]:
    def work() -> None:
        with db.session() as session:
            session.scalar(select(func.count()).select_from(Meeting))
            session.scalar(select(func.count()).select_from(Registration))

    return work


def run() -> list[Measurement]:
    return _run_spec() + _run_large()


def _run_large() -> list[Measurement]:
    """The same with three times the missions and their facts: the time should triple."""
    with tempfile.TemporaryDirectory() as name:
        db = open_database(Path(name) / "kpi-large.sqlite")
        try:
            populate(db.engine, LARGE, seed=2027)
            size = f"{LARGE.people:,} people, {LARGE.missions} missions, 60,000 meetings"
            return [
                measure(
                    f"KPIs, no filter ({size})",
                    _kpis(db, KpiFilter()),
                    "COUNT(*) meetings + regs",
                    _plain_counts(db),
                    LARGE_RUNS,
                )
            ]
        finally:
            db.dispose()


def _run_spec() -> list[Measurement]:
    with tempfile.TemporaryDirectory() as name:
        db = open_database(Path(name) / "kpi.sqlite")
        try:
            populate(db.engine, SPEC, seed=2027)
            with db.session() as session:
                mission_id = session.scalar(select(Mission.id).where(Mission.code == "KPI00"))
                cluster_id = session.scalar(select(Cluster.id).order_by(Cluster.name))
            size = f"{SPEC.people:,} people, {SPEC.missions} missions, 20,000 meetings"
            return [
                measure(
                    f"KPIs, no filter ({size})",
                    _kpis(db, KpiFilter()),
                    "COUNT(*) meetings + regs",
                    _plain_counts(db),
                    RUNS,
                ),
                measure(
                    f"KPIs, one mission ({size})",
                    _kpis(db, KpiFilter(mission_id=mission_id)),
                    "COUNT(*) meetings + regs",
                    _plain_counts(db),
                    RUNS,
                ),
                measure(
                    f"KPIs, one cluster and year ({size})",
                    _kpis(db, KpiFilter(cluster_id=cluster_id, year=2027)),
                    "COUNT(*) meetings + regs",
                    _plain_counts(db),
                    RUNS,
                ),
            ]
        finally:
            db.dispose()


if __name__ == "__main__":
    from benchmarks.harness import report

    report(run(), Path("bench-results") / "kpi.json")
