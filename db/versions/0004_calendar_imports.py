"""An agenda import remembers what it wrote for each event, so that importing the agenda again
keeps the coordinator's changes and does not bring back items they deleted.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_imports",
        sa.Column("mission_id", sa.Uuid(), nullable=False),
        sa.Column("source_uid", sa.String(length=500), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
            name=op.f("fk_calendar_imports_mission_id_missions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mission_id", "source_uid", name=op.f("pk_calendar_imports")),
    )


def downgrade() -> None:
    op.drop_table("calendar_imports")
