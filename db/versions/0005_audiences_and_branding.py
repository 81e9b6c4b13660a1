"""Documents speak to each reader: practical notes meant for everyone, a delegation or some
roles; programme items meant for some roles, or the alternative to another item; the
partnership's and funders' emblems and shared settings (the funding statement).

A mission's ``practical_info`` stays what it was: the practical information for everyone,
edited in the mission form. Nothing is moved, so nothing can be lost; programme items keep
their audience and get no roles and no alternative.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

AUDIENCE = sa.Enum(
    "everyone", "group", "named", "role", name="audience", native_enum=False, length=40
)


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


FK_ALTERNATIVE = "fk_programme_items_alternative_to_id_programme_items"
IX_ALTERNATIVE = "ix_programme_items_alternative_to_id"


@contextmanager
def _rows_that_point_at_programme_items() -> Iterator[None]:
    """SQLite adds a foreign key only by copying the table (batch mode), and dropping the old
    copy runs the ON DELETE actions of the rows that point at it: every named attendee and
    every B2B session's link to its item would go. They are kept and put back as they were."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        yield
        return
    attendees = conn.execute(sa.text("SELECT * FROM programme_item_attendees")).mappings().all()
    links = conn.execute(
        sa.text(
            "SELECT id, programme_item_id FROM b2b_sessions WHERE programme_item_id IS NOT NULL"
        )
    ).all()
    yield
    conn.execute(sa.text("DELETE FROM programme_item_attendees"))
    if attendees:
        conn.execute(
            sa.text(
                "INSERT INTO programme_item_attendees (programme_item_id, registration_id)"
                " VALUES (:programme_item_id, :registration_id)"
            ),
            [dict(row) for row in attendees],
        )
    for session_id, item_id in links:
        conn.execute(
            sa.text("UPDATE b2b_sessions SET programme_item_id = :item WHERE id = :id"),
            {"item": item_id, "id": session_id},
        )


def upgrade() -> None:
    op.add_column(
        "programme_items",
        sa.Column("roles", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )
    with (
        _rows_that_point_at_programme_items(),
        op.batch_alter_table("programme_items", schema=None) as batch_op,
    ):
        batch_op.add_column(sa.Column("alternative_to_id", sa.Uuid(), nullable=True))
        batch_op.create_index(IX_ALTERNATIVE, ["alternative_to_id"], unique=False)
        batch_op.create_foreign_key(
            FK_ALTERNATIVE,
            "programme_items",
            ["alternative_to_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "practical_notes",
        sa.Column("mission_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("audience", AUDIENCE, nullable=False),
        sa.Column("delegation_id", sa.Uuid(), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegations.id"],
            name=op.f("fk_practical_notes_delegation_id_delegations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
            name=op.f("fk_practical_notes_mission_id_missions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practical_notes")),
    )
    with op.batch_alter_table("practical_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practical_notes_delegation_id"), ["delegation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practical_notes_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "emblems",
        sa.Column(
            "kind",
            sa.Enum("partnership", "funder", name="emblemkind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emblems")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("emblems")
    op.drop_index(op.f("ix_practical_notes_mission_id"), table_name="practical_notes")
    op.drop_index(op.f("ix_practical_notes_delegation_id"), table_name="practical_notes")
    op.drop_table("practical_notes")
    with (
        _rows_that_point_at_programme_items(),
        op.batch_alter_table("programme_items", schema=None) as batch_op,
    ):
        batch_op.drop_constraint(FK_ALTERNATIVE, type_="foreignkey")
        batch_op.drop_index(IX_ALTERNATIVE)
        batch_op.drop_column("alternative_to_id")
        batch_op.drop_column("roles")
