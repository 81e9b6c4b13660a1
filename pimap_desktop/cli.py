"""``pimap``: the batch companion of the desktop app, on the same database and services.

Every command takes ``--db`` (a path or an SQLAlchemy URL; else ``$PIMAP_DB``; else the per-user
data folder). Bad input ends with one line on stderr and a non-zero exit: 2 for bad arguments,
1 for anything the data or the database refuses.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, time
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.exc import SQLAlchemyError

from pimap_desktop import __version__
from pimap_desktop.db import (
    WRITER_WAIT_SECONDS,
    Database,
    display_url,
    explain_database_error,
    first_line,
    integrity_problems,
    open_database,
    resolve_url,
    sqlite_path,
)
from pimap_desktop.domain.enums import KpiMetric, MissionKind, MissionStatus
from pimap_desktop.domain.errors import PimapError, ValidationError
from pimap_desktop.domain.places import parse_country
from pimap_desktop.logs import setup_logging
from pimap_desktop.services.missions import missions as missions_service
from pimap_desktop.services.printing import registry as documents
from pimap_desktop.text import plural

log = logging.getLogger("pimap.cli")


class CliError(Exception):
    """Bad command-line arguments (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{self.prog} --help')")


def _add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $PIMAP_DB, then the user data folder)",
    )


AS_OF_HELP = "count the missions held by this day (default: today); the rest is the pipeline"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2027-01-26") from None


def _country(text: str) -> str:
    """A country's name (English, French, Portuguese, Finnish, Swedish) or code -> its code."""
    try:
        return parse_country(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _hhmm(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 13:30") from None


def _enum(enum_class: type[Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return enum_class.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = enum_class.__name__
    return parse


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pimap", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"pimap {__version__}")
    _add_db(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    demo = commands.add_parser("demo", help="fill an empty database with the demo data")
    _add_db(demo)
    demo.add_argument("--force", action="store_true", help="replace whatever the database holds")
    demo.add_argument("--json", action="store_true", help="print a JSON summary")
    demo.set_defaults(handler=_cmd_demo)

    missions = commands.add_parser("missions", help="list the missions")
    _add_db(missions)
    missions.add_argument("--json", action="store_true", help="print JSON")
    missions.set_defaults(handler=_cmd_missions)

    mission = commands.add_parser("mission", help="create and change missions")
    _add_db(mission)
    mission_cmds = mission.add_subparsers(
        dest="mission_command", metavar="ACTION", parser_class=_Parser
    )
    mission_cmds.required = True
    add = mission_cmds.add_parser("add", help="create a mission (and the database if needed)")
    _add_db(add)
    add.add_argument("--code", required=True, help="short unique code, e.g. PW2027")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--kind",
        required=True,
        type=_enum(MissionKind),
        help="one of: " + ", ".join(k.value for k in MissionKind),
    )
    add.add_argument("--city", required=True)
    add.add_argument(
        "--country",
        required=True,
        type=_country,
        help="name or code, e.g. US, Germany, Allemagne, Saksa, Tyskland or Alemanha",
    )
    add.add_argument("--timezone", required=True, help="IANA zone, e.g. America/Los_Angeles")
    add.add_argument("--start", required=True, type=_iso_date, help="first day, YYYY-MM-DD")
    add.add_argument("--end", required=True, type=_iso_date, help="last day, YYYY-MM-DD")
    add.add_argument(
        "--status",
        type=_enum(MissionStatus),
        default=MissionStatus.DRAFT,
        help="one of: " + ", ".join(s.value for s in MissionStatus) + " (default draft)",
    )
    add.add_argument("--host-event", default="", help="e.g. SPIE Photonics West")
    add.add_argument("--json", action="store_true", help="print the new mission as JSON")
    add.set_defaults(
        handler=_cmd_mission_add,
        # Checked before the database is opened: refused input creates no file.
        precheck=lambda args: missions_service.validate_mission(_mission_add_data(args)),
    )

    check = commands.add_parser("check", help="check the database's integrity")
    _add_db(check)
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_cmd_check)

    imports = commands.add_parser("import", help="import from files")
    _add_db(imports)
    import_kinds = imports.add_subparsers(dest="import_kind", metavar="WHAT", parser_class=_Parser)
    import_kinds.required = True
    people = import_kinds.add_parser(
        "people", help="people (and organisations) from a CSV or XLSX file"
    )
    _add_db(people)
    people.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    people.add_argument("--mission", metavar="CODE", help="also register them in this mission")
    people.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")
    people.add_argument("--dry-run", action="store_true", help="report, write nothing")
    people.add_argument("--json", action="store_true", help="print a JSON summary")
    people.set_defaults(handler=_cmd_import_people, precheck=_read_import_file)

    requests = import_kinds.add_parser(
        "requests", help="meeting requests: requester_email,target_email[,priority]"
    )
    _add_db(requests)
    requests.add_argument("--mission", metavar="CODE", required=True)
    requests.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    requests.add_argument("--json", action="store_true", help="print a JSON summary")
    requests.set_defaults(handler=_cmd_import_requests, precheck=_read_import_file)
    availability = import_kinds.add_parser(
        "availability", help="availability windows: email,start,end (mission local time)"
    )
    _add_db(availability)
    availability.add_argument("--mission", metavar="CODE", required=True)
    availability.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    availability.add_argument("--json", action="store_true", help="print a JSON summary")
    availability.set_defaults(handler=_cmd_import_availability, precheck=_read_import_file)

    agenda = import_kinds.add_parser(
        "agenda", help="a partner's agenda (.ics) into a mission's programme"
    )
    _add_db(agenda)
    agenda.add_argument("--mission", metavar="CODE", required=True)
    agenda.add_argument("file", metavar="FILE", help="an iCalendar (.ics) file")
    agenda.add_argument("--dry-run", action="store_true", help="report, write nothing")
    agenda.add_argument("--json", action="store_true", help="print a JSON summary")
    agenda.set_defaults(handler=_cmd_import_agenda, precheck=_read_calendar_file)
    wishes = import_kinds.add_parser(
        "wishes", help="participants' filled wish forms (requests and availability)"
    )
    _add_db(wishes)
    wishes.add_argument("--mission", metavar="CODE", required=True)
    wishes.add_argument(
        "files", metavar="FILE_OR_DIR", nargs="+", help="wish forms (.xlsx), or folders of them"
    )
    wishes.add_argument("--dry-run", action="store_true", help="report, write nothing")
    wishes.add_argument("--json", action="store_true", help="print a JSON summary")
    wishes.set_defaults(handler=_cmd_import_wishes)

    b2b = commands.add_parser("b2b", help="B2B sessions")
    _add_db(b2b)
    b2b_cmds = b2b.add_subparsers(dest="b2b_command", metavar="ACTION", parser_class=_Parser)
    b2b_cmds.required = True
    add_session = b2b_cmds.add_parser("add-session", help="a B2B session cut into slots")
    _add_db(add_session)
    add_session.add_argument("--mission", metavar="CODE", required=True)
    add_session.add_argument("--date", metavar="YYYY-MM-DD", required=True, type=_iso_date)
    add_session.add_argument("--from", dest="start", metavar="HH:MM", required=True, type=_hhmm)
    add_session.add_argument("--to", dest="end", metavar="HH:MM", required=True, type=_hhmm)
    add_session.add_argument("--slot-minutes", type=int, required=True, metavar="N")
    add_session.add_argument("--break-minutes", type=int, default=0, metavar="N")
    add_session.add_argument("--tables", type=int, required=True, metavar="N")
    add_session.add_argument("--name", default="", help="e.g. 'EU–US B2B meetings'")
    add_session.add_argument("--json", action="store_true")
    add_session.set_defaults(handler=_cmd_b2b_add_session)

    edit_session = b2b_cmds.add_parser(
        "edit-session", help="change a session's times, slots or tables (see what it removes)"
    )
    _add_db(edit_session)
    edit_session.add_argument("--mission", metavar="CODE", required=True)
    edit_session.add_argument(
        "--session", metavar="NAME|N", required=True, help="its name or number"
    )
    edit_session.add_argument("--date", metavar="YYYY-MM-DD", type=_iso_date)
    edit_session.add_argument("--from", dest="start", metavar="HH:MM", type=_hhmm)
    edit_session.add_argument("--to", dest="end", metavar="HH:MM", type=_hhmm)
    edit_session.add_argument("--slot-minutes", type=int, metavar="N")
    edit_session.add_argument("--break-minutes", type=int, metavar="N")
    edit_session.add_argument("--tables", type=int, metavar="N")
    edit_session.add_argument("--name")
    edit_session.add_argument(
        "--yes", action="store_true", help="remove the meetings that no longer fit"
    )
    edit_session.add_argument("--json", action="store_true")
    edit_session.set_defaults(handler=_cmd_b2b_change_session)
    delete_session = b2b_cmds.add_parser(
        "delete-session", help="delete a session; its meetings go back to the requests"
    )
    _add_db(delete_session)
    delete_session.add_argument("--mission", metavar="CODE", required=True)
    delete_session.add_argument("--session", metavar="NAME|N", required=True)
    delete_session.add_argument("--yes", action="store_true", help="remove its meetings")
    delete_session.add_argument("--json", action="store_true")
    delete_session.set_defaults(handler=_cmd_b2b_change_session)
    wish_forms = b2b_cmds.add_parser(
        "wish-forms", help="one XLSX wish form per participant: whom to meet, when available"
    )
    _add_db(wish_forms)
    wish_forms.add_argument("--mission", metavar="CODE", required=True)
    wish_forms.add_argument("--out", metavar="DIR", required=True, help="folder (created)")
    wish_forms.add_argument("--delegation", metavar="NAME", help="only this delegation")
    wish_forms.add_argument(
        "--person",
        metavar="EMAIL",
        action="append",
        default=[],
        help="only this registered person (repeat for several)",
    )
    wish_forms.add_argument("--json", action="store_true", help="print a JSON summary")
    wish_forms.set_defaults(handler=_cmd_b2b_wish_forms)

    suggest = b2b_cmds.add_parser(
        "suggest", help="whom should meet whom: pairs with no request yet, from their profiles"
    )
    _add_db(suggest)
    suggest.add_argument("--mission", metavar="CODE", required=True)
    suggest.add_argument("--limit", type=_suggest_limit, default=50, metavar="N", help="default 50")
    suggest.add_argument("--person", metavar="EMAIL", help="only this participant's")
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.set_defaults(handler=_cmd_b2b_suggest)

    schedule = commands.add_parser(
        "schedule", help="schedule the requested meetings (locked meetings stay)"
    )
    _add_db(schedule)
    schedule.add_argument("--mission", metavar="CODE", required=True)
    schedule.add_argument("--time-limit", type=float, default=30.0, metavar="S")
    schedule.add_argument("--seed", type=int, default=0, metavar="N")
    schedule.add_argument("--method", default="auto", help="auto (default), cpsat or greedy")
    schedule.add_argument("--json", action="store_true")
    schedule.set_defaults(handler=_cmd_schedule)

    exports = commands.add_parser("export", help="export to files")
    _add_db(exports)
    export_kinds = exports.add_subparsers(dest="export_kind", metavar="WHAT", parser_class=_Parser)
    export_kinds.required = True
    export_people = export_kinds.add_parser("people", help="a mission's registrations")
    _add_db(export_people)
    export_people.add_argument("--mission", metavar="CODE", required=True)
    export_people.add_argument("--format", choices=("csv", "xlsx"), required=True)
    export_people.add_argument("--out", metavar="PATH", required=True)
    export_people.set_defaults(handler=_cmd_export_people)
    export_schedule = export_kinds.add_parser("schedule", help="a mission's meetings")
    _add_db(export_schedule)
    export_schedule.add_argument("--mission", metavar="CODE", required=True)
    export_schedule.add_argument("--format", choices=("csv", "xlsx"), required=True)
    export_schedule.add_argument("--out", metavar="PATH", required=True)
    export_schedule.set_defaults(handler=_cmd_export_schedule)

    export_followups = export_kinds.add_parser("followups", help="the follow-up log")
    _add_db(export_followups)
    export_followups.add_argument("--mission", metavar="CODE", help="one mission only")
    export_followups.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    export_followups.add_argument("--out", metavar="PATH", required=True)
    export_followups.add_argument("--json", action="store_true", help="print a JSON summary")
    export_followups.set_defaults(handler=_cmd_export_followups)

    export_kpi = export_kinds.add_parser("kpi", help="the KPI report for the funder")
    _add_db(export_kpi)
    export_kpi.add_argument("--mission", metavar="CODE", help="one mission only")
    export_kpi.add_argument("--cluster", metavar="NAME", help="one cluster: its members' figures")
    export_kpi.add_argument("--year", metavar="YYYY", type=int, help="missions starting that year")
    export_kpi.add_argument("--as-of", metavar="YYYY-MM-DD", type=_iso_date, help=AS_OF_HELP)
    export_kpi.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    export_kpi.add_argument("--paper", metavar="a4|letter", help="paper size of the PDF")
    export_kpi.add_argument("--out", metavar="PATH", required=True)
    export_kpi.add_argument("--json", action="store_true", help="print a JSON summary")
    export_kpi.set_defaults(handler=_cmd_export_kpi)

    for command in documents.COMMANDS:  # the document registry, under the CLI's own names
        options = command.spec.options
        document = export_kinds.add_parser(command.name, help=command.help)
        _add_db(document)
        document.add_argument("--mission", metavar="CODE", required=True)
        document.add_argument("--out", metavar="PATH", required=True)
        document.add_argument(
            "--person",
            metavar="EMAIL",
            action="append",
            default=[],
            help="only this registered person (repeat for several)",
        )
        if options & {documents.Option.PAPER, documents.Option.BADGE_PAPER}:
            document.add_argument("--paper", metavar="a4|letter", help="paper size")
        if command.layouts:
            document.add_argument(
                "--layout", metavar="NAME", help=f"one of {', '.join(command.layouts)}"
            )
        if documents.Option.CROP_MARKS in options:
            document.add_argument("--crop-marks", action="store_true", help="marks to cut along")
        if command.spec.records:
            document.add_argument(
                "--no-record", action="store_true", help="do not count these badges as printed"
            )
        if documents.Option.ALL_STATUSES in options:
            document.add_argument(
                "--all-statuses",
                action="store_true",
                help="the whole mission's badges include invited and wait-listed people",
            )
        if documents.Option.B2B_SESSION in options:
            document.add_argument("--session", metavar="NAME|N", help="one B2B session only")
        if documents.Option.GROUP_BY in options:
            document.add_argument(
                "--group-by", metavar="country|sector", help="grouping (default country)"
            )
        document.add_argument("--json", action="store_true", help="print a JSON summary")
        document.set_defaults(handler=_cmd_export_document, precheck=_check_document_options)

    person = commands.add_parser("person", help="one person's data: export or erase")
    _add_db(person)
    person_cmds = person.add_subparsers(
        dest="person_command", metavar="ACTION", parser_class=_Parser
    )
    person_cmds.required = True
    person_export = person_cmds.add_parser("export", help="everything held about a person (JSON)")
    _add_db(person_export)
    person_export.add_argument("email", metavar="EMAIL")
    person_export.add_argument("--out", metavar="PATH", help="write to a file instead of stdout")
    person_export.set_defaults(handler=_cmd_person_export)
    person_erase = person_cmds.add_parser(
        "erase", help="anonymise a person for good (their counts stay)"
    )
    _add_db(person_erase)
    person_erase.add_argument("email", metavar="EMAIL")
    person_erase.set_defaults(handler=_cmd_person_erase)

    kpi = commands.add_parser("kpi", help="the KPIs the partnership reports on")
    _add_db(kpi)
    kpi.add_argument("--mission", metavar="CODE", help="one mission only")
    kpi.add_argument(
        "--cluster", metavar="NAME", help="one cluster: its members' figures (name or short name)"
    )
    kpi.add_argument("--year", metavar="YYYY", type=int, help="missions starting that year")
    kpi.add_argument("--as-of", metavar="YYYY-MM-DD", type=_iso_date, help=AS_OF_HELP)
    kpi.add_argument("--json", action="store_true", help="print the figures as JSON")
    kpi.set_defaults(handler=_cmd_kpi)

    kpi_target = commands.add_parser(
        "kpi-target",
        help="set the KPI targets of a mission or a year",
        description="Set KPI targets for one scope: a mission (--mission), or a year (--year) "
        "for one cluster (--cluster) or all clusters together. Each METRIC=N replaces that "
        "target; METRIC= or METRIC=none removes it. Prints the scope's targets afterwards.",
    )
    _add_db(kpi_target)
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

    backup = commands.add_parser("backup", help="take a verified backup now")
    _add_db(backup)
    backup.set_defaults(handler=_cmd_backup)

    # These two work on the file as it is (damaged, or at another revision): never opened first.
    backups = commands.add_parser("backups", help="list the verified backups, newest first")
    _add_db(backups)
    backups.add_argument("--json", action="store_true", help="print the backups as JSON")
    backups.set_defaults(handler=_cmd_backups, standalone=True)

    restore = commands.add_parser(
        "restore", help="restore a backup (the current state is backed up first)"
    )
    _add_db(restore)
    restore.add_argument(
        "backup", metavar="BACKUP", help="its number in 'pimap backups', its file name or a path"
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--json", action="store_true", help="print what changed as JSON")
    restore.set_defaults(handler=_cmd_restore, standalone=True)
    return parser


# --------------------------------------------------------------------------- commands


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


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
        _print_json(dataclasses.asdict(report))
    else:
        counts = ", ".join(
            f"{n} {k.replace('_', ' ')}" for k, n in dataclasses.asdict(report).items()
        )
        print(f"Demo data loaded into {db.display}: {counts}.")
    return 0


def _cmd_missions(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        rows = missions_service.list_missions(session)
    if args.json:
        _print_json([_mission_json(r) for r in rows])
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
    data = _mission_add_data(args)
    with db.session() as session:
        new_id = missions_service.create_mission(session, data)
        row = next(r for r in missions_service.list_missions(session) if r.id == new_id)
    if args.json:
        _print_json(_mission_json(row))
    else:
        print(f"Mission {row.code} created: {row.name}, {row.start_date} – {row.end_date}.")
    return 0


def _cmd_check(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.appversion import describe_last_writer

    problems = integrity_problems(db)
    if args.json:
        _print_json({"ok": not problems, "problems": problems})
    if problems:
        if not args.json:
            print(f"The database is damaged: {problems[0]}", file=sys.stderr)
        return 1
    if not args.json:
        print(f"The database {db.display} is in good order. {describe_last_writer(db.engine)}")
    return 0


def _cmd_backup(args: argparse.Namespace, db: Database) -> int:
    target = db.backup("manual")
    if target is None:
        raise ValidationError("Backups are made by the database server for this database.")
    print(f"Backup written and verified: {target}")
    return 0


def _backups_of(args: argparse.Namespace) -> Path:
    """The database file whose backups 'backups' and 'restore' work on."""
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise ValidationError("Backups are made by the database server for this database.")
    return path


def _cmd_backups(args: argparse.Namespace) -> int:
    from pimap_desktop.restore import available_backups, format_size

    found = available_backups(_backups_of(args))
    if args.json:
        _print_json([info.to_json() for info in found])
        return 0
    if not found:
        print("No backups yet: 'pimap backup' makes one.")
        return 0

    def count(value: int | None) -> str:
        return "?" if value is None else str(value)

    width = max(len(info.reason) for info in found)
    print(f"  #  {'Taken':<16}  {'Reason':<{width}}  Missions  People  Size")
    for number, info in enumerate(found, start=1):
        print(
            f"{number:>3}  {info.taken_at:%Y-%m-%d %H:%M}  {info.reason:<{width}}  "
            f"{count(info.counts.missions):>8}  {count(info.counts.people):>6}  "
            f"{format_size(info.size)}"
        )
    return 0


def _chosen_backup(db_path: Path, text: str) -> Path:
    """BACKUP as 'pimap restore' takes it: a number from 'pimap backups', a path, or the name
    of a file in the backups folder."""
    from pimap_desktop.db import backup_dir
    from pimap_desktop.restore import available_backups

    if text.isdigit():
        found = available_backups(db_path)
        number = int(text)
        if not 1 <= number <= len(found):
            raise ValidationError(
                f"There is no backup number {number} ({plural(len(found), 'verified backup')};"
                " see 'pimap backups')."
            )
        return found[number - 1].path
    for candidate in (Path(text).expanduser(), backup_dir(db_path) / text):
        if candidate.is_file():
            return candidate
    raise ValidationError(f"No backup '{text}': see 'pimap backups' for the list.")


def _cmd_restore(args: argparse.Namespace) -> int:
    from pimap_desktop.restore import check_restorable, restore_backup

    db_path = _backups_of(args)
    info = check_restorable(_chosen_backup(db_path, args.backup))
    if not args.yes:
        if not sys.stdin.isatty():
            print(
                "pimap: error: a restore replaces the database; confirm it with --yes",
                file=sys.stderr,
            )
            return 2
        people = "?" if info.counts.people is None else info.counts.people
        missions = "?" if info.counts.missions is None else info.counts.missions
        print(
            f"Restore {info.name} (taken {info.taken_at:%Y-%m-%d %H:%M}, {missions} missions, "
            f"{people} people) over {db_path}? The current state is backed up first. [y/N] ",
            end="",
            file=sys.stderr,
            flush=True,
        )
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            print("Nothing was restored.", file=sys.stderr)
            return 1
    report = restore_backup(db_path, info.path)
    if args.json:
        _print_json(report.to_json())
    else:
        print(report.summary())
    return 0


def _read_import_file(args: argparse.Namespace) -> None:
    """Read the file before the database is opened: a bad file creates nothing."""
    from pathlib import Path

    from pimap_desktop.services.importing.reading import read_table

    args.table = read_table(Path(args.file), sheet=getattr(args, "sheet", None))


def _cmd_import_people(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.importing.headers import guess_mapping
    from pimap_desktop.services.importing.people import import_people

    table = args.table
    with db.session() as session:
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
        _print_json(report.as_json())
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
        _print_json(report.as_json())
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

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_requests(session, mission.id, args.table).report
    return _print_import(args, args.table.name, report)


def _cmd_import_availability(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.b2b.imports import import_availability

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_availability(session, mission.id, args.table).report
    return _print_import(args, args.table.name, report)


def _cmd_import_wishes(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.b2b.wishes import import_wishes

    paths = [Path(f) for f in args.files]
    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_wishes(session, mission.id, paths, dry_run=args.dry_run)
    if args.json:
        _print_json(report.as_json())
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


def _cmd_b2b_wish_forms(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.b2b.wishes import write_wish_forms

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = write_wish_forms(
            session,
            mission.id,
            Path(args.out),
            delegation=args.delegation,
            person_emails=args.person,
        )
    if args.json:
        _print_json(report.as_json())
    else:
        print(f"{report.describe()}.")
    return 0


def _cmd_b2b_add_session(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.b2b.meetings import SessionData, add_session, list_sessions

    data = SessionData(
        day=args.date,
        start=args.start,
        end=args.end,
        slot_minutes=args.slot_minutes,
        break_minutes=args.break_minutes,
        tables=args.tables,
        name=args.name,
    )
    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        new_id = add_session(session, mission.id, data)
        row = next(r for r in list_sessions(session, mission.id) if r.id == new_id)
    if args.json:
        _print_json(
            {
                "id": str(row.id),
                "name": row.name,
                "start": row.starts_local.isoformat(timespec="minutes"),
                "end": row.ends_local.isoformat(timespec="minutes"),
                "slots": len(row.slots),
                "tables": len(row.tables),
            }
        )
    else:
        print(
            f"{row.label}: {len(row.slots)} slots of {row.slot_minutes} minutes at "
            f"{len(row.tables)} tables."
        )
    return 0


def _cmd_b2b_change_session(args: argparse.Namespace, db: Database) -> int:
    """Edit or delete a session. When meetings would be removed, nothing changes without
    ``--yes``: the list is printed and the exit status is 1."""
    from pimap_desktop.services.b2b.meetings import get_session_by_name_or_index
    from pimap_desktop.services.b2b.sessions import (
        delete_session,
        session_change_impact,
        session_data,
        update_session,
    )

    deleting = args.b2b_command == "delete-session"
    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        b2b_id = get_session_by_name_or_index(session, mission.id, args.session).id
        data = None
        if not deleting:
            given = {
                "day": args.date,
                "start": args.start,
                "end": args.end,
                "slot_minutes": args.slot_minutes,
                "break_minutes": args.break_minutes,
                "tables": args.tables,
                "name": args.name,
            }
            data = dataclasses.replace(
                session_data(session, b2b_id), **{k: v for k, v in given.items() if v is not None}
            )
        impact = session_change_impact(session, b2b_id, data)
        refusal = impact.refusal()
        if refusal:
            raise ValidationError(refusal)
        if impact.removed and not args.yes:
            if args.json:
                _print_json({**impact.to_json(), "changed": False})
            else:
                print(f"{plural(len(impact.removed), 'meeting')} would be removed:")
                for meeting in impact.removed:
                    print(f"  {meeting.describe()}")
            print("pimap: nothing changed; add --yes to remove these meetings", file=sys.stderr)
            return 1
        expected = [m.meeting_id for m in impact.removed]
        if data is None:
            change = delete_session(session, b2b_id, expected_removed=expected)
        else:
            change = update_session(session, b2b_id, data, expected_removed=expected)
    if args.json:
        _print_json({**change.to_json(), "changed": True})
    else:
        print(change.describe())
    return 0


def _suggest_limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return value


def _cmd_b2b_suggest(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.b2b.suggestions import find_participant, suggest_meetings

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        person = find_participant(session, mission.id, args.person) if args.person else None
        found = suggest_meetings(session, mission.id, limit=args.limit, for_registration=person)
    if args.json:
        _print_json([s.as_json() for s in found])
        return 0
    whose = f" for {args.person.strip().lower()}" if args.person else ""
    if not found:
        print(f"{mission.code}: no meeting to suggest{whose}: the pairs with something in common")
        print("  have asked each other or meet already.")
        return 0
    print(f"{mission.code}: {plural(len(found), 'meeting suggestion')}{whose}, best first.")
    width = len(str(len(found)))
    for n, s in enumerate(found, start=1):
        print(
            f"{n:>{width}}. {s.score:4.1f}  {s.requester} ({s.requester_organisation}, "
            f"{s.requester_country}) should ask {s.target} ({s.target_organisation}, "
            f"{s.target_country})"
        )
        for reason in s.reasons:
            print(f"{'':>{width}}         - {reason}")
    return 0


def _cmd_schedule(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.b2b.scheduling.instance import schedule_mission

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
    report = schedule_mission(
        db.sessions, mission.id, time_limit=args.time_limit, seed=args.seed, method=args.method
    )
    if args.json:
        _print_json(report.as_json())
    else:
        print(f"{mission.code}: {report.describe()}.")
        for item in report.unscheduled:
            print(f"  not scheduled: {item.requester} – {item.target}: {item.reason_text}")
    return 0


def _cmd_export_schedule(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.exporting import export_schedule
    from pimap_desktop.text import plural

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = export_schedule(session, mission.id, args.format, Path(args.out))
    print(f"{plural(report.rows, 'meeting')} of {mission.code} written to {args.out}")
    return 0


def _cmd_export_people(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.exporting import export_people

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = export_people(session, mission.id, args.format, Path(args.out))
    print(f"{report.rows} registrations of {mission.code} written to {report.path}")
    return 0


def _cmd_export_followups(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.followup.followup import export_followups

    with db.session() as session:
        mission = (
            missions_service.get_mission_by_code(session, args.mission) if args.mission else None
        )
        report = export_followups(
            session, Path(args.out), args.format, mission_id=mission.id if mission else None
        )
    if args.json:
        _print_json(report.to_json())
    else:
        scope = f" of {mission.code}" if mission else ""
        print(f"{report.rows} follow-ups{scope} written to {report.path}")
    return 0


def _cmd_export_kpi(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.kpi.kpi import kpi_filter_for
    from pimap_desktop.services.printing.common import Paper, parse_paper
    from pimap_desktop.services.printing.kpi_report import write_kpi_report

    paper = parse_paper(args.paper) if args.paper else Paper.A4
    with db.session() as session:
        kpi_filter = kpi_filter_for(
            session, mission_code=args.mission, cluster=args.cluster, year=args.year
        )
        report = write_kpi_report(
            session, kpi_filter, Path(args.out), args.format, paper=paper, as_of=args.as_of
        )
    if args.json:
        _print_json(report.to_json())
    else:
        count = report.pages
        pages = f", {count} page{'s' if count != 1 else ''}" if count else ""
        print(f"KPI report written to {args.out}{pages}")
    return 0


def _cmd_kpi(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.kpi.kpi import (
        KpiFilter,
        compute_kpis,
        find_cluster,
        pipeline_figures,
    )

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
        _print_json(figures)
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
        _print_json(
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


def _cmd_person_export(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.directory.directory import find_person_by_email
    from pimap_desktop.services.directory.personal_data import export_person_data

    out = Path(args.out) if args.out else None
    with db.session() as session:
        text = export_person_data(session, find_person_by_email(session, args.email).id, out)
    if out is not None:
        print(f"Everything held about that person written to {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def _cmd_person_erase(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.directory.personal_data import erase_person_everywhere

    with db.session() as session:
        report = erase_person_everywhere(session, args.email)
    print(
        "The person's name, contact details and notes were "
        f"{report.describe()}; their registrations stay, anonymous, so counts stay right."
    )
    return 0 if not report.backups_failed else 1


def _check_document_options(args: argparse.Namespace) -> None:
    """Paper and layout are checked before the database is opened."""
    from pimap_desktop.services.printing.common import parse_paper

    command = documents.COMMAND_BY_NAME[args.export_kind]
    paper = getattr(args, "paper", None)
    args.paper_value = parse_paper(paper) if paper else None
    layout = getattr(args, "layout", None)
    if documents.Option.BADGE_LAYOUT in command.spec.options:
        from pimap_desktop.services.printing.badges import parse_layout

        args.layout_value = parse_layout(layout) if layout else None
    elif layout is not None and layout.strip().lower() not in command.layouts:
        choices = ", ".join(command.layouts)
        raise ValidationError(f"Unknown layout '{layout}' for {args.export_kind}: use {choices}.")
    if command.spec.is_calendar and len(args.person) > 1:
        raise ValidationError(
            "A calendar is for the mission or for one person: give --person once."
        )
    if documents.Option.GROUP_BY in command.spec.options:
        from pimap_desktop.services.printing.catalogue import parse_group_by

        if args.person:
            raise ValidationError(
                "A catalogue lists every organisation taking part: leave out --person."
            )
        args.group_by_value = parse_group_by(args.group_by) if args.group_by else None


def _cmd_export_document(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.printing.common import mission_by_code, registration_for_email

    out = Path(args.out)
    kind = args.export_kind
    layout = (getattr(args, "layout", None) or "").strip().lower()
    paper = getattr(args, "paper_value", None)
    with db.session() as session:
        mission = mission_by_code(session, args.mission)
        people = [registration_for_email(session, mission, email).id for email in args.person]
        if people and kind == "tableplan":
            raise ValidationError("A table plan is for the whole room: leave out --person.")
        b2b_session_id = None
        if getattr(args, "session", None):
            from pimap_desktop.services.b2b.meetings import get_session_by_name_or_index

            b2b_session_id = get_session_by_name_or_index(session, mission.id, args.session).id
        spec = documents.COMMAND_BY_NAME[kind].document(layout, people=bool(people))
        request = documents.ExportRequest(
            spec,
            mission.id,
            registration_ids=tuple(people) if people else None,
            badge_paper=paper,  # none given: the sheet the badge layout is made for
            crop_marks=getattr(args, "crop_marks", False),
            combined=layout != "separate",
            session_id=b2b_session_id,
            include_unconfirmed=getattr(args, "all_statuses", False),
        )
        if paper is not None:
            request = dataclasses.replace(request, paper=paper)
        if getattr(args, "layout_value", None) is not None:
            request = dataclasses.replace(request, badge_layout=args.layout_value)
        if getattr(args, "group_by_value", None) is not None:
            request = dataclasses.replace(request, group_by=args.group_by_value)
        record = spec.records and not args.no_record
        report = documents.produce(session, request, out, record=record)
    if args.json:
        _print_json(report.to_json())
    else:
        where = report.paths[0].parent if len(report.paths) > 1 else out
        pages = f", {plural(report.pages, 'page')}" if not spec.is_calendar else ""
        print(
            f"{kind} of {mission.code}: {plural(len(report.paths), 'file')}{pages}, "
            f"{plural(report.items, spec.counted)}, written to {where}"
        )
        for reason in report.skipped:
            print(f"  left out: {reason}")
    return 0


def _read_calendar_file(args: argparse.Namespace) -> None:
    """Read the .ics before the database is opened: a broken file changes nothing."""
    from pathlib import Path

    from pimap_desktop.services.calendars.calendars import read_calendar

    read_calendar(Path(args.file))


def _cmd_import_agenda(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from pimap_desktop.services.calendars.calendars import import_calendar

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        report = import_calendar(session, mission.id, Path(args.file), dry_run=args.dry_run)
    if args.json:
        _print_json(report.to_json())
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


# --------------------------------------------------------------------------- entry point

CREATES_DATABASE = {"demo", "mission", "import"}


def _creates_database(args: argparse.Namespace) -> bool:
    """Only commands that can work on a new database create it: an import into a mission,
    or a dry run, needs one that exists."""
    if args.command not in CREATES_DATABASE:
        return False
    if args.command == "import":
        return args.import_kind == "people" and not args.mission and not args.dry_run
    return True


# Commands that only read the database: they take no lock that a writer would wait for (and
# so never wait for one), and cannot write by mistake.
READ_ONLY: frozenset[Callable[[argparse.Namespace, Database], int]] = frozenset(
    {
        _cmd_missions,
        _cmd_check,
        _cmd_b2b_suggest,
        _cmd_b2b_wish_forms,
        _cmd_export_people,
        _cmd_export_schedule,
        _cmd_export_followups,
        _cmd_export_kpi,
        _cmd_person_export,
        _cmd_kpi,
        _cmd_backup,
    }
)


def _reads_only(args: argparse.Namespace) -> bool:
    """Whether the command only reads (printed badges are counted unless ``--no-record``)."""
    if args.handler is _cmd_export_document:
        return not documents.COMMAND_BY_NAME[args.export_kind].spec.records or bool(args.no_record)
    return args.handler in READ_ONLY


def _say_waiting() -> None:
    print(
        "pimap: waiting: another program is writing to this database; "
        f"trying again for up to {WRITER_WAIT_SECONDS:.0f} s…",
        file=sys.stderr,
        flush=True,
    )


# 'check' must work on a damaged database, whose backup would fail its own verification.
NO_DAILY_BACKUP = {"backup", "check"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except CliError as exc:
        print(f"pimap: error: {exc}", file=sys.stderr)
        return 2
    log_file = setup_logging()
    try:
        precheck = getattr(args, "precheck", None)
        if precheck is not None:
            precheck(args)
        if getattr(args, "standalone", False):  # works on the file itself, not opened first
            code = args.handler(args)
            sys.stdout.flush()
            return int(code)
        db = open_database(
            args.db,
            create=_creates_database(args),
            read_only=_reads_only(args),
            on_wait=_say_waiting,
        )
        try:
            if args.command not in NO_DAILY_BACKUP:
                db.backup_if_due()
            handler: Callable[[argparse.Namespace, Database], int] = args.handler
            code = handler(args, db)
            sys.stdout.flush()  # a reader gone shows here, not in Python's last flush
            return code
        finally:
            db.dispose()
    except BrokenPipeError:
        return _reader_gone()
    except PimapError as exc:
        print(f"pimap: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        log.exception("database error in 'pimap %s'", args.command)
        explained = explain_database_error(exc, f"The database {display_url(resolve_url(args.db))}")
        if explained is not None:
            print(f"pimap: error: {explained}", file=sys.stderr)
            return 1
        print(
            f"pimap: error: the database could not be read ({first_line(exc)}); run "
            "'pimap check', and restore a backup from the backups folder if it is damaged",
            file=sys.stderr,
        )
        return 1
    except Exception:
        log.exception(
            "unexpected error in 'pimap %s' on %s", args.command, display_url(resolve_url(args.db))
        )
        print(
            f"pimap: unexpected error; the details are in {log_file}",
            file=sys.stderr,
        )
        return 3


# The status of a Unix tool whose reader went away (128 + SIGPIPE), as `cat` gives under
# `set -o pipefail`: the output was cut short, which the shell may want to know; no message.
EXIT_READER_GONE = 141


def _reader_gone() -> int:
    """stdout's reader closed the pipe (`pimap … | head`): nothing to report or log. What is
    left in stdout's buffer goes to the null device, so Python's last flush keeps quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError):  # stdout is not a file (an embedding program's object)
        pass
    return EXIT_READER_GONE


if __name__ == "__main__":
    sys.exit(main())
