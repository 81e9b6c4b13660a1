"""`pimap b2b` (sessions, wish forms, suggestions) and `pimap schedule`."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pimap_desktop.cli.common import (
    JSON_SUMMARY,
    Commands,
    Parser,
    add_command,
    add_group,
    add_json,
    add_mission,
    add_people_filter,
    date_arg,
    print_json,
    time_arg,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.text import plural

if TYPE_CHECKING:
    from pimap_desktop.store.database import Database

log = logging.getLogger("pimap.cli")


def register(commands: Commands) -> None:
    actions = add_group(commands, "b2b", "B2B sessions", dest="b2b_command", metavar="ACTION")
    add_session = add_command(actions, "add-session", "a B2B session cut into slots")
    add_mission(add_session)
    _add_session_shape(add_session, new=True)
    add_session.add_argument("--name", default="", help="e.g. 'EU–US B2B meetings'")
    add_json(add_session)
    add_session.set_defaults(handler=_cmd_b2b_add_session)

    edit_session = add_command(
        actions,
        "edit-session",
        "change a session's times, slots or tables (see what it removes)",
    )
    add_mission(edit_session)
    edit_session.add_argument(
        "--session", metavar="NAME|N", required=True, help="its name or number"
    )
    _add_session_shape(edit_session, new=False)
    edit_session.add_argument("--name")
    edit_session.add_argument(
        "--yes", action="store_true", help="remove the meetings that no longer fit"
    )
    add_json(edit_session)
    edit_session.set_defaults(handler=_cmd_b2b_change_session)

    delete_session = add_command(
        actions, "delete-session", "delete a session; its meetings go back to the requests"
    )
    add_mission(delete_session)
    delete_session.add_argument("--session", metavar="NAME|N", required=True)
    delete_session.add_argument("--yes", action="store_true", help="remove its meetings")
    add_json(delete_session)
    delete_session.set_defaults(handler=_cmd_b2b_change_session)

    wish_forms = add_command(
        actions, "wish-forms", "one XLSX wish form per participant: whom to meet, when available"
    )
    add_mission(wish_forms)
    wish_forms.add_argument("--out", metavar="DIR", required=True, help="folder (created)")
    wish_forms.add_argument("--delegation", metavar="NAME", help="only this delegation")
    add_people_filter(wish_forms)
    add_json(wish_forms, JSON_SUMMARY)
    wish_forms.set_defaults(handler=_cmd_b2b_wish_forms, read_only=True)

    suggest = add_command(
        actions, "suggest", "whom should meet whom: pairs with no request yet, from their profiles"
    )
    add_mission(suggest)
    suggest.add_argument("--limit", type=_suggest_limit, default=50, metavar="N", help="default 50")
    suggest.add_argument("--person", metavar="EMAIL", help="only this participant's")
    add_json(suggest, "print JSON")
    suggest.set_defaults(handler=_cmd_b2b_suggest, read_only=True)

    schedule = add_command(
        commands, "schedule", "schedule the requested meetings (locked meetings stay)"
    )
    add_mission(schedule)
    schedule.add_argument(
        "--time-limit",
        type=float,
        default=30.0,
        metavar="S",
        help="seconds for the whole command, reading and writing included (default 30)",
    )
    schedule.add_argument("--seed", type=int, default=0, metavar="N")
    schedule.add_argument("--method", default="auto", help="auto (default), cpsat or greedy")
    add_json(schedule)
    schedule.set_defaults(handler=_cmd_schedule)


def _add_session_shape(parser: Parser, *, new: bool) -> None:
    """When a session runs, its slots and tables. A new session needs them all but the break
    (none unless given); an edit changes only those given."""
    parser.add_argument("--date", metavar="YYYY-MM-DD", required=new, type=date_arg)
    parser.add_argument("--from", dest="start", metavar="HH:MM", required=new, type=time_arg)
    parser.add_argument("--to", dest="end", metavar="HH:MM", required=new, type=time_arg)
    parser.add_argument("--slot-minutes", type=int, required=new, metavar="N")
    parser.add_argument("--break-minutes", type=int, default=0 if new else None, metavar="N")
    parser.add_argument("--tables", type=int, required=new, metavar="N")


def _cmd_b2b_wish_forms(args: argparse.Namespace, db: Database) -> int:

    from pimap_desktop.services.b2b.wishes import write_wish_forms
    from pimap_desktop.services.missions import missions as missions_service

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
        print_json(report.as_json())
    else:
        print(f"{report.describe()}.")
    return 0


def _cmd_b2b_add_session(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.b2b.meetings import SessionData, add_session, list_sessions
    from pimap_desktop.services.missions import missions as missions_service

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
        print_json(
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
    from pimap_desktop.services.missions import missions as missions_service

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
                print_json({**impact.to_json(), "changed": False})
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
        print_json({**change.to_json(), "changed": True})
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
    from pimap_desktop.services.missions import missions as missions_service

    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
        person = find_participant(session, mission.id, args.person) if args.person else None
        found = suggest_meetings(session, mission.id, limit=args.limit, for_registration=person)
    if args.json:
        print_json([s.as_json() for s in found])
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
    from pimap_desktop.services.b2b.scheduling.clock import command_started
    from pimap_desktop.services.b2b.scheduling.instance import schedule_mission
    from pimap_desktop.services.missions import missions as missions_service

    started = command_started()  # --time-limit is the wall time of the whole command
    with db.session() as session:
        mission = missions_service.get_mission_by_code(session, args.mission)
    report = schedule_mission(
        db.sessions,
        mission.id,
        time_limit=args.time_limit,
        seed=args.seed,
        method=args.method,
        started=started,
    )
    if args.json:
        print_json(report.as_json())
    else:
        print(f"{mission.code}: {report.describe()}.")
        for item in report.unscheduled:
            print(f"  not scheduled: {item.requester} – {item.target}: {item.reason_text}")
    return 0
