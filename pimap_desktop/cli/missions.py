"""`pimap demo`, `pimap missions` and `pimap mission add`."""

from __future__ import annotations

import argparse
import dataclasses
import logging
from typing import TYPE_CHECKING, Any

from pimap_desktop.cli.common import (
    Commands,
    Parser,
    add_db,
    country_arg,
    date_arg,
    enum_arg,
    print_json,
)
from pimap_desktop.domain.enums import MissionKind, MissionStatus

if TYPE_CHECKING:
    from pimap_desktop.services.missions import missions as missions_service
    from pimap_desktop.store.database import Database

log = logging.getLogger("pimap.cli")


def register(commands: Commands) -> None:
    demo = commands.add_parser("demo", help="fill an empty database with the demo data")
    add_db(demo)
    demo.add_argument("--force", action="store_true", help="replace whatever the database holds")
    demo.add_argument("--json", action="store_true", help="print a JSON summary")
    demo.set_defaults(handler=_cmd_demo)

    missions = commands.add_parser("missions", help="list the missions")
    add_db(missions)
    missions.add_argument("--json", action="store_true", help="print JSON")
    missions.set_defaults(handler=_cmd_missions, read_only=True)

    mission = commands.add_parser("mission", help="create and change missions")
    add_db(mission)
    mission_cmds = mission.add_subparsers(
        dest="mission_command", metavar="ACTION", parser_class=Parser
    )
    mission_cmds.required = True
    add = mission_cmds.add_parser("add", help="create a mission (and the database if needed)")
    add_db(add)
    add.add_argument("--code", required=True, help="short unique code, e.g. PW2027")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--kind",
        required=True,
        type=enum_arg(MissionKind),
        help="one of: " + ", ".join(k.value for k in MissionKind),
    )
    add.add_argument("--city", required=True)
    add.add_argument(
        "--country",
        required=True,
        type=country_arg,
        help="name or code, e.g. US, Germany, Allemagne, Saksa, Tyskland or Alemanha",
    )
    add.add_argument("--timezone", required=True, help="IANA zone, e.g. America/Los_Angeles")
    add.add_argument("--start", required=True, type=date_arg, help="first day, YYYY-MM-DD")
    add.add_argument("--end", required=True, type=date_arg, help="last day, YYYY-MM-DD")
    add.add_argument(
        "--status",
        type=enum_arg(MissionStatus),
        default=MissionStatus.DRAFT,
        help="one of: " + ", ".join(s.value for s in MissionStatus) + " (default draft)",
    )
    add.add_argument("--host-event", default="", help="e.g. SPIE Photonics West")
    add.add_argument("--json", action="store_true", help="print the new mission as JSON")
    add.set_defaults(
        handler=_cmd_mission_add,
        # Checked before the database is opened: refused input creates no file.
        precheck=_check_mission_add,
    )


def _check_mission_add(args: argparse.Namespace) -> None:
    from pimap_desktop.services.missions.missions import validate_mission

    validate_mission(_mission_add_data(args))


def _mission_json(row: missions_service.MissionRow) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "code": row.code,
        "name": row.name,
        "kind": row.kind.value,
        "city": row.city,
        "country": row.country,
        "timezone": row.timezone,
        "start": row.start_date.isoformat(),
        "end": row.end_date.isoformat(),
        "status": row.status.value,
        "registrations": row.registrations,
    }


def _cmd_demo(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.demo import load_demo

    if args.force:
        db.backup("before-demo")  # --force replaces everything: keep what was there
    with db.session() as session:
        report = load_demo(session, force=args.force)
    if args.json:
        print_json(dataclasses.asdict(report))
    else:
        counts = ", ".join(
            f"{n} {k.replace('_', ' ')}" for k, n in dataclasses.asdict(report).items()
        )
        print(f"Demo data loaded into {db.display}: {counts}.")
    return 0


def _cmd_missions(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        rows = missions_service.list_missions(session)
    if args.json:
        print_json([_mission_json(r) for r in rows])
        return 0
    if not rows:
        print("No missions yet. Create one with 'pimap mission add' or load 'pimap demo'.")
        return 0
    width = max(len(r.code) for r in rows)
    for r in rows:
        print(
            f"{r.code:<{width}}  {r.start_date} – {r.end_date}  {r.status.label:<8}  "
            f"{r.city}, {r.country} ({r.timezone})  {r.name}"
        )
    return 0


def _mission_add_data(args: argparse.Namespace) -> missions_service.MissionData:
    from pimap_desktop.services.missions import missions as missions_service

    return missions_service.MissionData(
        code=args.code,
        name=args.name,
        kind=args.kind,
        city=args.city,
        country=args.country,
        timezone=args.timezone,
        start_date=args.start,
        end_date=args.end,
        status=args.status,
        host_event=args.host_event,
    )


def _cmd_mission_add(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.missions import missions as missions_service

    data = _mission_add_data(args)
    with db.session() as session:
        new_id = missions_service.create_mission(session, data)
        row = next(r for r in missions_service.list_missions(session) if r.id == new_id)
    if args.json:
        print_json(_mission_json(row))
    else:
        print(f"Mission {row.code} created: {row.name}, {row.start_date} – {row.end_date}.")
    return 0
