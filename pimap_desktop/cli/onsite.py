"""`pimap checkin`: the on-site desk from the command line, with the desk's own answers.

``--code`` takes a badge's payload exactly as a scanner types it (also through a keyboard
layout mix-up, read back as the desk does) or a registration number; ``--email`` an e-mail
address. The check-in is the desk's service call, one transaction. Exit 0 for a check-in made
or already made; 1 for the other answers (cancelled, unknown code, another mission's badge,
nobody with that e-mail, invited or wait-listed: nothing written), the desk's message on
stderr; with ``--json`` the result is printed on stdout in every case.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from pimap_desktop.cli.common import Commands, add_command, add_json, add_mission, print_json

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database


def register(commands: Commands) -> None:
    checkin = add_command(
        commands, "checkin", "check someone in at the desk: a scanned badge code or an e-mail"
    )
    add_mission(checkin)
    who = checkin.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--code",
        metavar="PAYLOAD",
        help="the badge code as the scanner types it (quote it in the shell)",
    )
    who.add_argument("--email", metavar="EMAIL", type=_email_arg, help="a registered e-mail")
    add_json(checkin, "print the desk's answer as JSON (also when not let in)")
    checkin.set_defaults(handler=_cmd_checkin)


def _email_arg(text: str) -> str:
    """An e-mail address, never a code or a name (the desk would take those for what they are)."""
    cleaned = text.strip()
    local, at, domain = cleaned.partition("@")
    if not (local and at and domain) or ":" in cleaned or any(c.isspace() for c in cleaned):
        raise argparse.ArgumentTypeError(f"'{text}' is not an e-mail address")
    return cleaned


def _cmd_checkin(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.missions import missions as missions_service
    from pimap_desktop.services.onsite.onsite import CheckInOutcome, check_in

    code_given = args.code is not None
    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        mission_id, mission_code = mission.id, mission.code
        result = check_in(
            session, mission_id, args.code if code_given else args.email, code_only=code_given
        )
    admitted = result.outcome in (CheckInOutcome.WELCOME, CheckInOutcome.ALREADY)
    if args.json:
        shown: dict[str, Any] = {"mission": mission_code, **result.to_json()}
        local = result.checked_in_local
        shown["checked_in_at"] = local.isoformat(timespec="seconds") if local else None
        print_json(shown)
    else:
        line = " ".join(part for part in (result.message, result.note) if part)
        if admitted:
            print(line)
            if result.scanner_hint:
                print(result.scanner_hint)
        else:
            print(f"pimap: {line}", file=sys.stderr)
    return 0 if admitted else 1
