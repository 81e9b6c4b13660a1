"""Offline copies of a mission (taken to a fair, brought back and merged): ``offline_copy``
describes the copy a file is (one row, in copy files only) and ``offline_base`` keeps the state
of each record when the copy was taken (the base of the merge), and in a database a copy was
brought back into, the state of the records as brought back from it.

Two new tables: nothing there already is touched.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offline_copy",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("mission_id", sa.Uuid(), nullable=False),
        sa.Column("mission_code", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_copy")),
    )
    op.create_table(
        "offline_base",
        sa.Column("copy_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_key", sa.String(length=600), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint(
            "copy_id", "table_name", "record_key", name=op.f("pk_offline_base")
        ),
    )


def downgrade() -> None:
    op.drop_table("offline_base")
    op.drop_table("offline_copy")
