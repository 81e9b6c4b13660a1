"""``pimap``: the batch companion of the desktop app, on the same database and services.

Every command takes ``--db`` (a path or an SQLAlchemy URL; else ``$PIMAP_DB``; else the per-user
data folder). Bad input ends with one line on stderr and a non-zero exit: 2 for bad arguments,
1 for anything the data or the database refuses.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pimap_desktop.cli import (
    b2b,
    database,
    exports,
    imports,
    kpi,
    missions,
    offline,
    onsite,
    people,
    team,
)
from pimap_desktop.cli.common import CliError, Parser, add_db
from pimap_desktop.domain.errors import PimapError

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database

log = logging.getLogger("pimap.cli")


class _VersionAction(argparse._VersionAction):
    """``--version``: the version is read (from the package's metadata) only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from pimap_desktop import __version__

        self.version = f"pimap {__version__}"
        super().__call__(parser, *args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="pimap", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action=_VersionAction)
    add_db(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True

    missions.register(commands)
    database.register_check(commands)
    imports.register(commands)
    b2b.register(commands)
    exports.register(commands)
    people.register(commands)
    onsite.register(commands)
    kpi.register(commands)
    database.register_backups(commands)
    team.register(commands)
    offline.register(commands)
    return parser


CREATES_DATABASE = {"demo", "mission", "import"}


def _creates_database(args: argparse.Namespace) -> bool:
    """Only commands that can work on a new database create it: an import into a mission,
    or a dry run, needs one that exists."""
    if args.command not in CREATES_DATABASE:
        return False
    if args.command == "import":
        return args.import_kind == "people" and not args.mission and not args.dry_run
    return True


def _reads_only(args: argparse.Namespace) -> bool:
    """Whether the command only reads: its module says so with ``read_only`` (True, or a rule
    on its arguments, as printed badges are counted unless ``--no-record``)."""
    read_only = getattr(args, "read_only", False)
    return bool(read_only(args) if callable(read_only) else read_only)


def _say_waiting() -> None:
    from pimap_desktop.store.database import WRITER_WAIT_SECONDS

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
    # What runs a command is imported once one runs: --help and bad arguments stay quick.
    from sqlalchemy.exc import SQLAlchemyError

    from pimap_desktop.logs import setup_logging
    from pimap_desktop.store.database import (
        display_url,
        explain_database_error,
        first_line,
        open_database,
        resolve_url,
        sqlite_path,
    )

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
        if sqlite_path(resolve_url(args.db)) is None:  # a server's answer: no file, no backups
            print(
                f"pimap: error: the database server refused this ({first_line(exc)}); "
                "nothing was changed",
                file=sys.stderr,
            )
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
