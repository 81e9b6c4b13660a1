"""`pimap kpi` and `pimap kpi-target`."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

from pimap_desktop.cli.common import Commands, add_db, date_arg, print_json
from pimap_desktop.domain.enums import KpiMetric
from pimap_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database

log = logging.getLogger("pimap.cli")

AS_OF_HELP = "count the missions held by this day (default: today); the rest is the pipeline"


def register(commands: Commands) -> None:
    kpi = commands.add_parser("kpi", help="the KPIs the partnership reports on")
    add_db(kpi)
    kpi.add_argument("--mission", metavar="CODE", help="one mission only")
    kpi.add_argument(
        "--cluster", metavar="NAME", help="one cluster: its members' figures (name or short name)"
    )
    kpi.add_argument("--year", metavar="YYYY", type=int, help="missions starting that year")
    kpi.add_argument("--as-of", metavar="YYYY-MM-DD", type=date_arg, help=AS_OF_HELP)
    kpi.add_argument("--json", action="store_true", help="print the figures as JSON")
    kpi.set_defaults(handler=_cmd_kpi, read_only=True)

    kpi_target = commands.add_parser(
        "kpi-target",
        help="set the KPI targets of a mission or a year",
        description="Set KPI targets for one scope: a mission (--mission), or a year (--year) "
        "for one cluster (--cluster) or all clusters together. Each METRIC=N replaces that "
        "target; METRIC= or METRIC=none removes it. Prints the scope's targets afterwards.",
    )
    add_db(kpi_target)
    kpi_scope = kpi_target.add_mutually_exclusive_group(required=True)
    kpi_scope.add_argument("--mission", metavar="CODE", help="the targets of this mission")
    kpi_scope.add_argument("--year", metavar="YYYY", type=int, help="the targets of this year")
    kpi_target.add_argument(
        "--cluster", metavar="NAME", help="for this cluster only (name or short name)"
    )
    kpi_target.add_argument(
        "assignments",
        metavar="METRIC=N",
        nargs="+",
        type=_target_assignment,
        help="metrics: " + ", ".join(m.value for m in KpiMetric),
    )
    kpi_target.add_argument("--json", action="store_true", help="print the targets as JSON")
    kpi_target.set_defaults(handler=_cmd_kpi_target)


def _target_assignment(text: str) -> tuple[KpiMetric, int | None]:
    """``METRIC=N``: a metric's value (or label) and a whole number; N empty or "none" for no
    target."""
    name, equals, value = text.partition("=")
    if not equals:
        raise argparse.ArgumentTypeError(f"'{text}' is not METRIC=N (for example followups=20)")
    from pimap_desktop.services.kpi.kpi import parse_metric

    try:
        metric = parse_metric(name)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    value = value.strip()
    if value.lower() in ("", "none"):
        return metric, None
    try:
        return metric, int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a whole number (leave it empty, or write none, for no target)"
        ) from None


def _cmd_kpi(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.kpi.kpi import (
        KpiFilter,
        compute_kpis,
        find_cluster,
        pipeline_figures,
    )
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        mission = (
            missions_service.get_mission_by_code(session, args.mission) if args.mission else None
        )
        cluster_id = find_cluster(session, args.cluster) if args.cluster else None
        report = compute_kpis(
            session,
            KpiFilter(
                mission_id=mission.id if mission else None, cluster_id=cluster_id, year=args.year
            ),
            as_of=args.as_of,
        )
    figures = report.to_json()
    if args.json:
        print_json(figures)
        return 0
    print(figures["counted"])
    for key in (
        "smes_engaged",
        "participants",
        "meetings_requested",
        "meetings_scheduled",
        "meetings_held",
        "agreements_signed",
        "mous_signed",
    ):
        print(f"{key.replace('_', ' ')}: {figures[key]}")
    outcomes = ", ".join(
        f"{k.replace('_', ' ')} {v}" for k, v in figures["followups_by_outcome"].items()
    )
    print(f"follow-ups by outcome: {outcomes}")
    if report.pipeline.missions:
        print(f"planned, not counted: {pipeline_figures(report.pipeline)}")
    return 0


def _cmd_kpi_target(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.kpi.kpi import cluster_name, find_cluster, set_targets, target_rows
    from pimap_desktop.services.missions import missions as missions_service

    targets: dict[KpiMetric, int | None] = {}
    for metric, value in args.assignments:
        if metric in targets:
            raise ValidationError(f"{metric.value} is given twice.", field=metric.value)
        targets[metric] = value
    with db.session() as session:
        mission = (
            missions_service.get_mission_by_code(session, args.mission) if args.mission else None
        )
        cluster_id = find_cluster(session, args.cluster) if args.cluster else None
        code, mission_id = (mission.code, mission.id) if mission else (None, None)
        before = set_targets(
            session, mission_id=mission_id, cluster_id=cluster_id, year=args.year, targets=targets
        )
        rows = target_rows(session, mission_id=mission_id, cluster_id=cluster_id, year=args.year)
        cluster = cluster_name(session, cluster_id) if cluster_id else None
    if args.json:
        print_json(
            {
                "mission": code,
                "cluster": cluster,
                "year": args.year,
                "targets": [row.to_json() for row in rows],
                "before": {m.value: v for m, v in before.items()},
            }
        )
        return 0
    what = f"mission {code}" if code else str(args.year)
    whom = f" for {cluster}" if cluster else "" if code else " for all clusters together"
    print(f"Targets of {what}{whom}:")
    for row in rows:
        print(f"  {row.metric.label}: {row.target}")
    if not rows:
        print("  none")
    return 0
