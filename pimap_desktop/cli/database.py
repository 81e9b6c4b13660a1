"""`pimap check`, `backup`, `backups` and `restore`: the database file itself."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pimap_desktop.cli.common import Commands, add_db, print_json
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.text import plural

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database

log = logging.getLogger("pimap.cli")


def register_check(commands: Commands) -> None:
    check = commands.add_parser("check", help="check the database's integrity")
    add_db(check)
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_cmd_check, read_only=True)


def register_backups(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="take a verified backup now")
    add_db(backup)
    backup.set_defaults(handler=_cmd_backup, read_only=True)

    # These two work on the file as it is (damaged, or at another revision): never opened first.
    backups = commands.add_parser("backups", help="list the verified backups, newest first")
    add_db(backups)
    backups.add_argument("--json", action="store_true", help="print the backups as JSON")
    backups.set_defaults(handler=_cmd_backups, standalone=True)

    restore = commands.add_parser(
        "restore", help="restore a backup (the current state is backed up first)"
    )
    add_db(restore)
    restore.add_argument(
        "backup", metavar="BACKUP", help="its number in 'pimap backups', its file name or a path"
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--json", action="store_true", help="print what changed as JSON")
    restore.set_defaults(handler=_cmd_restore, standalone=True)


def _cmd_check(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.appversion import describe_last_writer
    from pimap_desktop.store.database import integrity_problems

    problems = integrity_problems(db)
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    if problems:
        if not args.json:
            print(f"The database is damaged: {problems[0]}", file=sys.stderr)
        return 1
    if not args.json:
        if db.path is None:  # a server checks its own pages; what PIMAP checks is its schema
            print(
                f"The team database {db.display} answers and its schema is up to date. "
                f"{describe_last_writer(db.engine)}"
            )
        else:
            print(f"The database {db.display} is in good order. {describe_last_writer(db.engine)}")
    return 0


def _server_backups(where: str) -> ValidationError:
    return ValidationError(
        f"{where} is a team database on a server: back it up there (pg_dump); PIMAP's backups "
        "are for database files."
    )


def _cmd_backup(args: argparse.Namespace, db: Database) -> int:
    target = db.backup("manual")
    if target is None:
        raise _server_backups(db.display)
    print(f"Backup written and verified: {target}")
    return 0


def _backups_of(args: argparse.Namespace) -> Path:
    """The database file whose backups 'backups' and 'restore' work on."""
    from pimap_desktop.store.database import display_url, resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise _server_backups(display_url(url))
    return path


def _cmd_backups(args: argparse.Namespace) -> int:
    from pimap_desktop.store.restore import available_backups, format_size

    found = available_backups(_backups_of(args))
    if args.json:
        print_json([info.to_json() for info in found])
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
    from pimap_desktop.store.database import backup_dir
    from pimap_desktop.store.restore import available_backups

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
    from pimap_desktop.store.restore import check_restorable, restore_backup

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
        print_json(report.to_json())
    else:
        print(report.summary())
    return 0
