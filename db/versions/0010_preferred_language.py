"""A person's preferred language for their own documents (``people.preferred_language``: "en",
"fr", "sv", "pt" or "fi"; NULL for everyone there already: their documents follow the language
each export is made in).

A nullable column: a plain ALTER TABLE on SQLite as on PostgreSQL, nothing copied.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("people", sa.Column("preferred_language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+), not batch mode: copying the people table would cascade
    # the deletion of its old rows to every registration.
    op.drop_column("people", "preferred_language")
