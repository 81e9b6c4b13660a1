"""`pimap team`: the team database on a PostgreSQL server (its roles, its users, moving data
to and from it). Every action needs ``--db postgresql+psycopg://…``; a database file is refused
before anything is opened or created."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pimap_desktop.cli.common import Commands, add_command, add_group, add_json, print_json
from pimap_desktop.text import plural

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database


def register(commands: Commands) -> None:
    actions = add_group(
        commands,
        "team",
        "the team database on a PostgreSQL server: roles, users, upload and download",
        dest="team_action",
        metavar="ACTION",
    )

    init = add_command(
        actions, "init", "create or upgrade the schema and the roles pimap_editor, pimap_viewer"
    )
    add_json(init, "print a JSON summary")
    init.set_defaults(handler=_cmd_init, standalone=True, precheck=_team_only)

    add_user = add_command(actions, "add-user", "create a login with a generated password")
    add_user.add_argument("name", metavar="NAME", help="letters, digits, '_', '.', '-'")
    add_user.add_argument("--role", choices=("editor", "viewer"), required=True)
    add_json(add_user, "print the user and the password as JSON")
    add_user.set_defaults(handler=_cmd_add_user, precheck=_team_only)

    users = add_command(actions, "users", "list the users of the team roles")
    add_json(users, "print the users as JSON")
    users.set_defaults(handler=_cmd_users, read_only=True, precheck=_team_only)

    upload = add_command(
        actions, "upload", "copy a database file into an empty team database (UUIDs kept)"
    )
    upload.add_argument("file", metavar="FILE", type=Path, help="a PIMAP database file")
    add_json(upload, "print the rows copied per table as JSON")
    upload.set_defaults(handler=_cmd_upload, standalone=True, precheck=_team_only)

    download = add_command(actions, "download", "save a copy of the team database as a file")
    download.add_argument("file", metavar="FILE", type=Path, help="the new database file")
    download.add_argument("--force", action="store_true", help="replace an existing file")
    add_json(download, "print the rows copied per table as JSON")
    download.set_defaults(handler=_cmd_download, read_only=True, precheck=_team_only)


def _team_only(args: argparse.Namespace) -> None:
    from pimap_desktop.store.team import require_team_database

    require_team_database(args.db)


def _cmd_init(args: argparse.Namespace) -> int:
    from pimap_desktop.store.team import init_team_database

    report = init_team_database(args.db)
    if args.json:
        print_json(report.as_json())
    else:
        print(report.describe())
    return 0


def _cmd_add_user(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.store.team import add_user

    user = add_user(db, args.name, args.role)
    if args.json:
        print_json(user.as_json())
    else:
        print(f"User {user.name} created ({user.role}). Password, shown only this once:")
        print(user.password)
    return 0


def _cmd_users(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.store.team import team_users

    users = team_users(db)
    if args.json:
        print_json([user.as_json() for user in users])
        return 0
    if not users:
        print("No users yet: 'pimap team add-user NAME --role editor' adds one.")
        return 0
    width = max(len(user.name) for user in users)
    for user in users:
        login = "" if user.can_login else "  (cannot log in)"
        print(f"{user.name:<{width}}  {user.role}{login}")
    return 0


def _print_transfer(args: argparse.Namespace, report_json: dict[str, object], line: str) -> None:
    if args.json:
        print_json(report_json)
    else:
        print(line)


def _cmd_upload(args: argparse.Namespace) -> int:
    from pimap_desktop.store.transfer import upload_sqlite

    report = upload_sqlite(args.db, args.file)
    upgraded = f" (upgraded from schema {report.upgraded_from})" if report.upgraded_from else ""
    _print_transfer(
        args,
        report.as_json(),
        f"Uploaded {args.file}{upgraded} into {report.target}: "
        f"{plural(report.rows, 'row')} in {plural(len(report.tables), 'table')}.",
    )
    if not args.json:
        for name, count in report.tables:
            if count:
                print(f"  {name}: {count}")
    return 0


def _cmd_download(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.store.transfer import save_sqlite_copy

    report = save_sqlite_copy(db, args.file, overwrite=args.force)
    _print_transfer(
        args,
        report.as_json(),
        f"Saved a copy of {report.source} as {report.target}: "
        f"{plural(report.rows, 'row')} in {plural(len(report.tables), 'table')}.",
    )
    return 0
