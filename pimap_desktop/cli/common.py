"""What every command shares: the parser that exits with status 2, `--db`, argument types, JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any, NoReturn

from pimap_desktop.domain.errors import ValidationError


class CliError(Exception):
    """Bad command-line arguments (exit status 2)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{self.prog} --help')")


# The sub-command table each module adds its commands to (generic only for the type checker).
if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[Parser]
else:
    Commands = argparse._SubParsersAction


def add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $PIMAP_DB, then the user data folder)",
    )


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2027-01-26") from None


def country_arg(text: str) -> str:
    """A country's name (English, French, Portuguese, Finnish, Swedish) or code -> its code."""
    from pimap_desktop.domain.places import parse_country  # pycountry: only when one is given

    try:
        return parse_country(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def time_arg(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 13:30") from None


def enum_arg(enum_class: type[Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return enum_class.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = enum_class.__name__
    return parse


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


# The arguments many commands share, each spelt (and shown by --help) the same way everywhere.

JSON_SUMMARY = "print a JSON summary"


def add_command(commands: Commands, name: str, help_text: str) -> Parser:
    """A command, or an action of a group, taking ``--db`` like every other."""
    command = commands.add_parser(name, help=help_text)
    add_db(command)
    return command


def add_group(
    commands: Commands, name: str, help_text: str, *, dest: str, metavar: str
) -> Commands:
    """A command whose first argument, stored in ``dest``, names one of its actions
    (``pimap export WHAT``); the actions are added to the table returned."""
    group = add_command(commands, name, help_text)
    actions = group.add_subparsers(dest=dest, metavar=metavar, parser_class=Parser)
    actions.required = True
    return actions


def add_mission(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    """``--mission CODE``: required, unless it has a help of its own (then optional)."""
    if help_text is None:
        parser.add_argument("--mission", metavar="CODE", required=True)
    else:
        parser.add_argument("--mission", metavar="CODE", help=help_text)


def add_people_filter(parser: argparse.ArgumentParser) -> None:
    """``--person EMAIL``, repeatable: only these registered people (default: everyone)."""
    parser.add_argument(
        "--person",
        metavar="EMAIL",
        action="append",
        default=[],
        help="only this registered person (repeat for several)",
    )


def add_json(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument("--json", action="store_true", help=help_text)
