"""One meeting per table and slot, kept by the database: a partial unique index on meetings
(table_id, starts_at) over the meetings that hold their table (every status but cancelled;
those without a table do not count). Two coordinators on a team database who place a meeting
at the same table and slot at the same moment both pass the program's check; now the second
write is refused by the database itself (the services say so in one line).

A database may already hold such a double booking (made by that very race). The upgrade does
not fail on it: in each group of meetings at one table and start, one keeps the table and the
others are moved off it (``table_id`` NULL: they keep their time, people, status and lock, and
show as needing a table: in the table plan's "No table" row, with an empty table in the People
× slots view and the exported schedule, "Table to be announced" in the attendee packs; the
next scheduler run replaces those that are neither locked nor held). The one that keeps the
table is, in this order: a meeting that took place there (held or no-show: the record of what
happened stays), then one fixed by hand (locked), then the earliest made (``created_at``), then
the smallest id. Each meeting moved off its table moves its version on and leaves an
``audit_log`` row (who: nobody, the upgrade; ``table_id``: old → none), so its history says why
its table went.

The index is a plain CREATE INDEX on SQLite as on PostgreSQL: no table is copied. Downgrading
drops the index; the tables taken off meetings are not given back.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-20
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEX = "uq_meetings_table_slot"
HOLDING = ("scheduled", "held", "no_show")  # every status but cancelled
HISTORY = ("held", "no_show")
WHERE = "table_id IS NOT NULL AND status IN ('scheduled', 'held', 'no_show')"

meetings = sa.table(
    "meetings",
    sa.column("id", sa.Uuid()),
    sa.column("mission_id", sa.Uuid()),
    sa.column("table_id", sa.Uuid()),
    sa.column("starts_at", sa.DateTime(timezone=True)),
    sa.column("status", sa.String(40)),
    sa.column("locked", sa.Boolean()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("version", sa.Integer()),
    sa.column("updated_by", sa.String(100)),
)
audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Uuid()),
    sa.column("table_name", sa.String(64)),
    sa.column("record_id", sa.Uuid()),
    sa.column("action", sa.String(10)),
    sa.column("changes", sa.JSON()),
    sa.column("changed_by", sa.String(100)),
    sa.column("changed_at", sa.DateTime(timezone=True)),
    sa.column("mission_id", sa.Uuid()),
)


def _keeps_table_first(row: Any) -> tuple[bool, bool, datetime, str]:
    return (row.status not in HISTORY, not row.locked, row.created_at, str(row.id))


def _double_booked(connection: sa.Connection) -> list[Any]:
    """The meetings that must leave their table: all but the first of each table and start."""
    groups: dict[tuple[Any, Any], list[Any]] = defaultdict(list)
    rows = connection.execute(
        sa.select(meetings).where(meetings.c.table_id.is_not(None), meetings.c.status.in_(HOLDING))
    )
    for row in rows:
        groups[(row.table_id, row.starts_at)].append(row)
    return [
        row
        for group in groups.values()
        if len(group) > 1
        for row in sorted(group, key=_keeps_table_first)[1:]
    ]


def upgrade() -> None:
    connection = op.get_bind()
    now = datetime.now(UTC)
    for row in _double_booked(connection):
        connection.execute(
            sa.update(meetings)
            .where(meetings.c.id == row.id)
            .values(table_id=None, version=row.version + 1, updated_at=now, updated_by=None)
        )
        connection.execute(
            sa.insert(audit_log).values(
                id=uuid.uuid4(),
                table_name="meetings",
                record_id=row.id,
                action="update",
                changes={"table_id": [str(row.table_id), None]},
                changed_by=None,
                changed_at=now,
                mission_id=row.mission_id,
            )
        )
    op.create_index(
        INDEX,
        "meetings",
        ["table_id", "starts_at"],
        unique=True,
        sqlite_where=sa.text(WHERE),
        postgresql_where=sa.text(WHERE),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="meetings")
