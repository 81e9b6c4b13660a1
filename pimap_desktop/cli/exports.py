"""`pimap export`: tables (people, schedule, follow-ups, KPIs) and the documents of the registry."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pimap_desktop.cli.common import (
    JSON_SUMMARY,
    Commands,
    add_command,
    add_group,
    add_json,
    add_mission,
    add_people_filter,
    date_arg,
    print_json,
)
from pimap_desktop.cli.kpi import AS_OF_HELP
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.services.printing import registry as documents
from pimap_desktop.text import plural

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pimap_desktop.services.exporting import Delimiter, ExportReport, Format
    from pimap_desktop.store.database import Database

    Handler = Callable[[argparse.Namespace, Database], int]

    class TableExport(Protocol):
        def __call__(
            self,
            session: Session,
            mission_id: uuid.UUID,
            fmt: Format,
            out: Path,
            *,
            delimiter: Delimiter = ",",
        ) -> ExportReport: ...


log = logging.getLogger("pimap.cli")


def register(commands: Commands) -> None:
    kinds = add_group(commands, "export", "export to files", dest="export_kind", metavar="WHAT")
    _mission_table(kinds, "people", "a mission's registrations", _cmd_export_people)
    _mission_table(kinds, "schedule", "a mission's meetings", _cmd_export_schedule)

    followups = add_command(kinds, "followups", "the follow-up log")
    add_mission(followups, "one mission only")
    followups.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    followups.add_argument("--out", metavar="PATH", required=True)
    _add_delimiter(followups)
    _add_language(followups, "the PDF's language")
    add_json(followups, JSON_SUMMARY)
    followups.set_defaults(handler=_cmd_export_followups, precheck=_check_language, read_only=True)

    kpi = add_command(kinds, "kpi", "the KPI report for the funder")
    add_mission(kpi, "one mission only")
    kpi.add_argument("--cluster", metavar="NAME", help="one cluster: its members' figures")
    kpi.add_argument("--year", metavar="YYYY", type=int, help="missions starting that year")
    kpi.add_argument("--as-of", metavar="YYYY-MM-DD", type=date_arg, help=AS_OF_HELP)
    kpi.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    kpi.add_argument("--paper", metavar="a4|letter", help="paper size of the PDF")
    kpi.add_argument("--out", metavar="PATH", required=True)
    _add_language(kpi, "the PDF's language")
    add_json(kpi, JSON_SUMMARY)
    kpi.set_defaults(handler=_cmd_export_kpi, precheck=_check_language, read_only=True)

    for command in documents.COMMANDS:  # the document registry, under the CLI's own names
        options = command.spec.options
        document = add_command(kinds, command.name, command.help)
        add_mission(document)
        document.add_argument("--out", metavar="PATH", required=True)
        add_people_filter(document)
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
        if documents.Option.LANGUAGE in options:
            _add_language(document, LANGUAGE_HELP)
        add_json(document, JSON_SUMMARY)
        document.set_defaults(
            handler=_cmd_export_document,
            precheck=_check_document_options,
            read_only=_document_reads_only,
        )


def _mission_table(kinds: Commands, name: str, help_text: str, handler: Handler) -> None:
    """``people`` and ``schedule``: one table of a mission, as CSV or XLSX."""
    table = add_command(kinds, name, help_text)
    add_mission(table)
    table.add_argument("--format", choices=("csv", "xlsx"), required=True)
    table.add_argument("--out", metavar="PATH", required=True)
    _add_delimiter(table)
    table.set_defaults(handler=handler, read_only=True)


DELIMITER_NAMES: dict[str, Delimiter] = {",": ",", ";": ";", "tab": "\t"}


def _add_delimiter(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--delimiter",
        choices=tuple(DELIMITER_NAMES),
        help="between a CSV's cells (default: the region's, from LC_ALL, LC_NUMERIC or LANG: "
        "';' where decimals take a comma, as fr_FR, else ',')",
    )


def environment_region(environ: Mapping[str, str] | None = None) -> str | None:
    """The region whose numbers the shell uses: LC_ALL, else LC_NUMERIC, else LANG (the
    first one set, as the C library reads them), without changing the process's locale."""
    env = os.environ if environ is None else environ
    return next((env[name] for name in ("LC_ALL", "LC_NUMERIC", "LANG") if env.get(name)), None)


def csv_delimiter(args: argparse.Namespace) -> Delimiter:
    """``--delimiter`` when given, else the environment's region's."""
    from pimap_desktop.services.exporting import region_delimiter

    named: str | None = getattr(args, "delimiter", None)
    return DELIMITER_NAMES[named] if named else region_delimiter(environment_region())


def _write_mission_table(
    args: argparse.Namespace, db: Database, export: TableExport
) -> tuple[str, ExportReport]:
    """The mission's code and what ``export`` wrote to ``--out`` in ``--format``."""
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        return mission.code, export(
            session, mission.id, args.format, Path(args.out), delimiter=csv_delimiter(args)
        )


def _cmd_export_schedule(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.exporting import export_schedule

    code, report = _write_mission_table(args, db, export_schedule)
    print(f"{plural(report.rows, 'meeting')} of {code} written to {args.out}")
    return 0


def _cmd_export_people(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.exporting import export_people

    code, report = _write_mission_table(args, db, export_people)
    print(f"{report.rows} registrations of {code} written to {report.path}")
    return 0


def _cmd_export_followups(args: argparse.Namespace, db: Database) -> int:

    from pimap_desktop.services.followup.followup import export_followups
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        mission = (
            missions_service.get_mission_by_code(session, args.mission) if args.mission else None
        )
        report = export_followups(
            session,
            Path(args.out),
            args.format,
            mission_id=mission.id if mission else None,
            delimiter=csv_delimiter(args),
            language=args.language,
        )
    if args.json:
        print_json(report.to_json())
    else:
        scope = f" of {mission.code}" if mission else ""
        print(f"{report.rows} follow-ups{scope} written to {report.path}")
    return 0


def _cmd_export_kpi(args: argparse.Namespace, db: Database) -> int:

    from pimap_desktop.services.kpi.kpi import kpi_filter_for
    from pimap_desktop.services.printing.common import Paper, parse_paper
    from pimap_desktop.services.printing.kpi_report import write_kpi_report

    paper = parse_paper(args.paper) if args.paper else Paper.A4
    with db.session() as session:
        kpi_filter = kpi_filter_for(
            session, mission_code=args.mission, cluster=args.cluster, year=args.year
        )
        report = write_kpi_report(
            session,
            kpi_filter,
            Path(args.out),
            args.format,
            paper=paper,
            as_of=args.as_of,
            language=args.language,
        )
    if args.json:
        print_json(report.to_json())
    else:
        count = report.pages
        pages = f", {count} page{'s' if count != 1 else ''}" if count else ""
        print(f"KPI report written to {args.out}{pages}")
    return 0


LANGUAGE_HELP = (
    "the document's language (default en); a person's own agenda, pack or badge is in their "
    "preferred language when one is recorded"
)


def _add_language(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "--lang", metavar="en|fr|sv|pt|fi", help=f"{help_text}; dates and names from CLDR"
    )


def _check_language(args: argparse.Namespace) -> None:
    """``--lang`` (a code or a language's name) as its code, checked before the database is
    opened; English when not given."""
    from pimap_desktop.services.language import parse_document_language

    given = getattr(args, "lang", None)
    args.language = parse_document_language(given).code if given else "en"


def _check_document_options(args: argparse.Namespace) -> None:
    """Paper, layout and language are checked before the database is opened."""
    from pimap_desktop.services.printing.common import parse_paper

    _check_language(args)

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
            language=getattr(args, "language", "en"),
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
        print_json(report.to_json())
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


def _document_reads_only(args: argparse.Namespace) -> bool:
    """Printing badges counts them as printed (unless ``--no-record``); every other document
    only reads."""
    return args.export_kind != "badges" or bool(args.no_record)
