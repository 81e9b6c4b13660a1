"""Alembic environment. PIMAP runs migrations itself (pimap_desktop.store.database); it hands the connection
over in ``config.attributes["connection"]``. ``alembic`` on the command line works too, with
``-x url=sqlite:///path`` or ``-x url=postgresql+psycopg://user@host/name``: the same migrations
build both (batch mode is SQLite's way to alter a table; PostgreSQL gets plain ALTER TABLE)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import pimap_desktop.appversion  # noqa: F401 (its app_meta table is part of the schema)
from pimap_desktop.domain.models import Base
from pimap_desktop.domain.types import UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(kind, obj, _context):  # type: ignore[no-untyped-def]
    """Migrations name plain SQLAlchemy types, not the application's (they must not change)."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them (PostgreSQL: plain ALTER)
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _configure(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit(
            "give the database with -x url=sqlite:///path/to/pimap.sqlite "
            "(or -x url=postgresql+psycopg://user@host/name)"
        )
    engine = create_engine(url)
    with engine.connect() as conn:
        _configure(conn)
