"""`pimap person export|erase`: one person's rights over their data."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pimap_desktop.cli.common import Commands, Parser, add_db

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database

log = logging.getLogger("pimap.cli")


def register(commands: Commands) -> None:
    person = commands.add_parser("person", help="one person's data: export or erase")
    add_db(person)
    person_cmds = person.add_subparsers(
        dest="person_command", metavar="ACTION", parser_class=Parser
    )
    person_cmds.required = True
    person_export = person_cmds.add_parser("export", help="everything held about a person (JSON)")
    add_db(person_export)
    person_export.add_argument("email", metavar="EMAIL")
    person_export.add_argument("--out", metavar="PATH", help="write to a file instead of stdout")
    person_export.set_defaults(handler=_cmd_person_export, read_only=True)
    person_erase = person_cmds.add_parser(
        "erase", help="anonymise a person for good (their counts stay)"
    )
    add_db(person_erase)
    person_erase.add_argument("email", metavar="EMAIL")
    person_erase.set_defaults(handler=_cmd_person_erase)


def _cmd_person_export(args: argparse.Namespace, db: Database) -> int:

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
