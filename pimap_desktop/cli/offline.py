"""`pimap offline`: take a mission to the fair as a database file of its own, and bring the
file back, merged into this database without losing a check-in."""

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
        "offline",
        "take a mission to the fair as a file, and bring it back merged",
        dest="offline_action",
        metavar="ACTION",
    )

    take = add_command(actions, "take", "write a mission and all it needs into a new file")
    take.add_argument("--mission", metavar="CODE", required=True, help="the mission's code")
    take.add_argument("--out", metavar="FILE", type=Path, required=True, help="the new file")
    take.add_argument("--force", action="store_true", help="replace an existing file")
    add_json(take, "print the rows copied per table as JSON")
    take.set_defaults(handler=_cmd_take, read_only=True)

    back = add_command(
        actions, "bring-back", "merge what changed in an offline copy into this database"
    )
    back.add_argument("file", metavar="FILE", type=Path, help="the offline copy")
    back.add_argument(
        "--dry-run", action="store_true", help="say what would change; change nothing"
    )
    add_json(back, "print added, updated, unchanged and the conflicts as JSON")
    back.set_defaults(handler=_cmd_bring_back)


def _cmd_take(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.offline.take import take_offline

    report = take_offline(db, args.mission, args.out, overwrite=args.force)
    if args.json:
        print_json(report.as_json())
        return 0
    print(
        f"Mission {report.mission_code} taken offline into {report.path}: "
        f"{plural(report.count('registrations'), 'registration')}, "
        f"{plural(report.count('meetings'), 'meeting')}, "
        f"{plural(report.count('follow_ups'), 'follow-up')} "
        f"({plural(report.rows, 'row')} in all)."
    )
    print(f"Open it with: pimap-desktop --db {report.path}")
    return 0


def _total(counts: dict[str, int]) -> int:
    return sum(counts.values())


def _cmd_bring_back(args: argparse.Namespace, db: Database) -> int:
    from pimap_desktop.services.offline.merge import bring_back
    from pimap_desktop.services.offline.report import write_conflict_report

    report = bring_back(db, args.file, dry_run=args.dry_run)
    written = None
    if report.conflicts and not args.dry_run:
        written = write_conflict_report(report.copy, report.conflicts)
    if args.json:
        summary = report.as_json()
        summary["conflict_report"] = str(written) if written else None
        print_json(summary)
        return 0
    info = report.info
    taken = info.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    verb = "would be" if args.dry_run else "were"
    lead = "Dry run, nothing was changed: " if args.dry_run else ""
    print(
        f"{lead}copy of {info.mission_code} taken {taken} from {info.source}: "
        f"{plural(_total(report.added), 'record')} {verb} added, "
        f"{_total(report.updated)} updated, {_total(report.deleted)} deleted, "
        f"{_total(report.unchanged)} unchanged."
    )
    for label, counts in (("added", report.added), ("updated", report.updated)):
        for name, count in sorted(counts.items()):
            print(f"  {label} {name}: {count}")
    if report.conflicts:
        print(
            f"{plural(len(report.conflicts), 'conflict')}: this database's value was kept"
            + (f"; listed in {written}" if written else "; listed below")
            + "."
        )
        if written is None:
            for c in report.conflicts:
                print(f"  {c.table} {c.label}: {c.field}: here {c.ours!r}, laptop {c.theirs!r}")
    if report.backup:
        print(f"Backup taken first: {report.backup}")
    return 0
