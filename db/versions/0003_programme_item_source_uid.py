"""A programme item remembers the calendar event it was imported from, so that importing the
same agenda again updates it instead of adding a copy.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_uid", sa.String(length=500), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_programme_items_source_uid"), ["source_uid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_items_source_uid"))
        batch_op.drop_column("source_uid")
