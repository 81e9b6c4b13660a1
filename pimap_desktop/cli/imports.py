"""`pimap import`: people, meeting requests, availability, an agenda, wish forms."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pimap_desktop.cli.common import Commands, Parser, add_db, print_json
from pimap_desktop.text import plural

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database

log = logging.getLogger("pimap.cli")


def register(commands: Commands) -> None:
    imports = commands.add_parser("import", help="import from files")
    add_db(imports)
    import_kinds = imports.add_subparsers(dest="import_kind", metavar="WHAT", parser_class=Parser)
    import_kinds.required = True
    people = _file_import(
        import_kinds,
        "people",
        "people (and organisations) from a CSV or XLSX file",
        mission_help="also register them in this mission",
        dry_run=True,
        sheet=True,
    )
    people.set_defaults(handler=_cmd_import_people, precheck=_read_import_file)
    requests = _file_import(
        import_kinds, "requests", "meeting requests: requester_email,target_email[,priority]"
    )
    requests.set_defaults(handler=_cmd_import_requests, precheck=_read_import_file)
    availability = _file_import(
        import_kinds, "availability", "availability windows: email,start,end (mission local time)"
    )
    availability.set_defaults(handler=_cmd_import_availability, precheck=_read_import_file)
    agenda = _file_import(
        import_kinds,
        "agenda",
        "a partner's agenda (.ics) into a mission's programme",
        file_help="an iCalendar (.ics) file",
        dry_run=True,
    )
    agenda.set_defaults(handler=_cmd_import_agenda, precheck=_read_calendar_file)
    wishes = import_kinds.add_parser(
        "wishes", help="participants' filled wish forms (requests and availability)"
    )
    add_db(wishes)
    wishes.add_argument("--mission", metavar="CODE", required=True)
    wishes.add_argument(
        "files", metavar="FILE_OR_DIR", nargs="+", help="wish forms (.xlsx), or folders of them"
    )
    wishes.add_argument("--dry-run", action="store_true", help="report, write nothing")
    wishes.add_argument("--json", action="store_true", help="print a JSON summary")
    wishes.set_defaults(handler=_cmd_import_wishes)


def _file_import(
    kinds: Commands,
    name: str,
    help_text: str,
    *,
    mission_help: str | None = None,
    file_help: str = "a .csv or .xlsx file",
    dry_run: bool = False,
    sheet: bool = False,
) -> Parser:
    """One ``pimap import`` kind that reads one file: ``--mission`` (required unless it has
    its own help: then optional), the file, and the options every import shares."""
    kind = kinds.add_parser(name, help=help_text)
    add_db(kind)
    kind.add_argument("file", metavar="FILE", help=file_help)
    if mission_help is None:
        kind.add_argument("--mission", metavar="CODE", required=True)
    else:
        kind.add_argument("--mission", metavar="CODE", help=mission_help)
    if sheet:
        kind.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")
    if dry_run:
        kind.add_argument("--dry-run", action="store_true", help="report, write nothing")
    kind.add_argument("--json", action="store_true", help="print a JSON summary")
    return kind


def _read_import_file(args: argparse.Namespace) -> None:
    """Read the file before the database is opened: a bad file creates nothing."""

    from pimap_desktop.services.importing.reading import read_table

    args.table = read_table(Path(args.file), sheet=getattr(args, "sheet", None))


def _cmd_import_people(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.collector import exit_without_collecting, no_cycle_collection
    from pimap_desktop.services.importing.headers import guess_mapping
    from pimap_desktop.services.importing.people import import_people
    from pimap_desktop.services.missions import missions as missions_service

    exit_without_collecting()
    table = args.table
    with no_cycle_collection(), db.session() as session:
        mission_id = (
            missions_service.get_mission_by_code(session, args.mission).id if args.mission else None
        )
        report = import_people(
            session,
            table,
            guess_mapping(table.headers),
            mission_id=mission_id,
            dry_run=args.dry_run,
        )
    if args.json:
        print_json(report.as_json())
    else:
        print(f"{table.name}: {report.describe()}.")
        for problem in report.problems:
            print(f"  row {problem.row}, {problem.field}: {problem.message}")
        for near in report.near_matches:
            names = "; ".join(name for _, name in near.similar)
            print(f"  note: '{near.name}' was created; it resembles {names}")
    if report.skipped:
        print(
            f"pimap: {plural(report.skipped, 'row')} of {table.name} had problems and were not imported",
            file=sys.stderr,
        )
        return 1
    return 0


def _print_import(args: argparse.Namespace, name: str, report: Any) -> int:
    if args.json:
        print_json(report.as_json())
    else:
        print(f"{name}: {report.describe()}.")
        for problem in report.problems:
            print(f"  row {problem.row}, {problem.field}: {problem.message}")
    if report.problems:
        rows = len({p.row for p in report.problems})
        print(
            f"pimap: {plural(rows, 'row')} of {name} had problems and were not imported",
            file=sys.stderr,
        )
        return 1
    return 0


def _cmd_import_requests(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.b2b.imports import import_requests
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_requests(session, mission.id, args.table).report
    return _print_import(args, args.table.name, report)


def _cmd_import_availability(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.b2b.imports import import_availability
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_availability(session, mission.id, args.table).report
    return _print_import(args, args.table.name, report)


def _cmd_import_wishes(args: argparse.Namespace, db: Database) -> int:

    from pimap_desktop.services.b2b.wishes import import_wishes
    from pimap_desktop.services.missions import missions as missions_service

    paths = [Path(f) for f in args.files]
    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_wishes(session, mission.id, paths, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_json())
    else:
        print(f"{mission.code}, {report.describe()}.")
        for problem in report.problems:
            where = f"{problem.file}, row {problem.row}, {problem.field}: " if problem.row else ""
            print(f"  {where}{problem.message}")
    if report.problems:
        files = len({p.file for p in report.problems})
        print(
            f"pimap: {plural(len(report.problems), 'problem')} in {plural(files, 'file')}; what they concern "
            "was not imported",
            file=sys.stderr,
        )
        return 1
    return 0


def _read_calendar_file(args: argparse.Namespace) -> None:
    """Read the .ics before the database is opened: a broken file changes nothing."""

    from pimap_desktop.services.calendars.reading import read_calendar

    read_calendar(Path(args.file))


def _cmd_import_agenda(args: argparse.Namespace, db: Database) -> int:

    from pimap_desktop.services.calendars.importing import import_calendar
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_calendar(session, mission.id, Path(args.file), dry_run=args.dry_run)
    if args.json:
        print_json(report.to_json())
    else:
        verb = "would create" if args.dry_run else "created"
        print(
            f"{Path(args.file).name} into {mission.code}: {verb} {report.created}, "
            f"updated {report.updated}, unchanged {report.unchanged}, removed {report.removed}, "
            f"skipped {len(report.skipped)}."
        )
        for skipped in report.skipped:
            print(f"  skipped '{skipped.summary}': {skipped.reason}")
    return 0
