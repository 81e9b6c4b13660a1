"""Who changed what, and two people at once: every record gets a ``version`` (1 for the rows
there already; one more at every change, so that a save over a colleague's newer change is
refused) and ``updated_by`` (the database user who changed it last; NULL for the rows there
already: nobody recorded it). The ``audit_log`` table keeps the changes of registrations,
meetings, meeting requests and follow-ups: who, when, each field's old and new value.

Adding a column with a constant default is a plain ALTER TABLE on SQLite as on PostgreSQL: no
table is copied, so nothing that points at a row is touched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "clusters",
    "organisations",
    "people",
    "missions",
    "venues",
    "programme_items",
    "practical_notes",
    "delegations",
    "registrations",
    "b2b_sessions",
    "b2b_tables",
    "availabilities",
    "meeting_requests",
    "meetings",
    "follow_ups",
    "kpi_targets",
    "emblems",
    "settings",
)
USER_NAME_LENGTH = 100


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )
        op.add_column(table, sa.Column("updated_by", sa.String(length=USER_NAME_LENGTH)))
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("changed_by", sa.String(length=USER_NAME_LENGTH), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("mission_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "action IN ('insert', 'update', 'delete')", name=op.f("ck_audit_log_action_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_mission_id"), "audit_log", ["mission_id"], unique=False)
    op.create_index("ix_audit_log_record", "audit_log", ["table_name", "record_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_mission_id"), table_name="audit_log")
    op.drop_table("audit_log")
    for table in reversed(RECORD_TABLES):
        # A plain ALTER TABLE … DROP COLUMN (SQLite 3.35+): a copy of the table (batch mode)
        # would run the ON DELETE actions of every row that points at it.
        op.drop_column(table, "updated_by")
        op.drop_column(table, "version")
