"""The database records which version of PIMAP last wrote to it (``app_meta``, one row per key:
``last_written_by``). The row is written with the first change a version makes, never by the
upgrade itself nor by opening or reading: a database that is only read keeps the version of the
last PIMAP that changed it (``pimap check`` and Help ▸ About show it).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )


def downgrade() -> None:
    op.drop_table("app_meta")
