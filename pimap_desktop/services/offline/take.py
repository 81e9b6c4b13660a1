"""Take a mission offline: a self-contained database file with the mission and all it needs at
the fair, and the state it was taken in (its base), so that what changes afterwards on the
laptop and in the office can be told apart when it comes back (services/offline/merge.py).

The copy is an ordinary PIMAP database: the laptop opens it as its database and works on it as
on any other. Its ``offline_copy`` row says which mission it holds, where it was taken from,
when and by which version of PIMAP; ``offline_base`` holds every record as it was taken.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from pimap_desktop import __version__
from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.domain.models import Mission, offline_base, offline_copy
from pimap_desktop.domain.types import utcnow
from pimap_desktop.services.offline.scope import (
    LINK_TABLES,
    canonical,
    copied_tables,
    mission_scope,
    read_links,
    record_key,
    rows_of,
)
from pimap_desktop.store.audit import database_user
from pimap_desktop.store.database import Database
from pimap_desktop.store.transfer import write_database_file

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
BATCH_ROWS = 1000


@dataclass(frozen=True)
class TakeReport:
    """What an offline copy holds: rows per table, of which mission, from where."""

    copy_id: uuid.UUID
    mission_code: str
    mission_name: str
    source: str
    path: Path
    taken_at: datetime
    tables: tuple[tuple[str, int], ...]

    @property
    def rows(self) -> int:
        return sum(count for _name, count in self.tables)

    def count(self, table: str) -> int:
        return dict(self.tables).get(table, 0)

    def as_json(self) -> dict[str, Any]:
        return {
            "copy": str(self.copy_id),
            "mission": self.mission_code,
            "source": self.source,
            "out": str(self.path),
            "taken_at": self.taken_at.isoformat(),
            "rows": self.rows,
            "tables": dict(self.tables),
        }


def _fill(
    source: Connection,
    target: Connection,
    mission_id: uuid.UUID,
    copy_id: uuid.UUID,
    progress: Progress | None,
) -> list[tuple[str, int]]:
    scope = mission_scope(mission_id)
    tables = copied_tables()
    counts: list[tuple[str, int]] = []
    # A programme item may be the alternative to one copied after it: the foreign keys are
    # checked when the copy is complete.
    target.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for done, table in enumerate(tables):
        where = scope[table.name]
        rows = list(rows_of(source, table, where))
        for start in range(0, len(rows), BATCH_ROWS):
            target.execute(insert(table), rows[start : start + BATCH_ROWS])
        counts.append((table.name, len(rows)))
        if table.name not in LINK_TABLES:
            links = read_links(source, table, where)
            base = [
                {
                    "copy_id": copy_id,
                    "table_name": table.name,
                    "record_key": record_key(table, row),
                    "data": canonical(table, row, links.get(str(row.get("id")), {})),
                }
                for row in rows
            ]
            for start in range(0, len(base), BATCH_ROWS):
                target.execute(insert(offline_base), base[start : start + BATCH_ROWS])
        if progress is not None:
            progress(done + 1, len(tables))
    return counts


def take_offline(
    db: Database,
    mission_code: str,
    out: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> TakeReport:
    """Write the mission ``mission_code`` of ``db`` into a new database file ``out`` for the
    fair. The file appears only once complete and checked."""
    copy_id = uuid.uuid4()
    taken_at = utcnow()

    def fill(source: Connection, target: Connection) -> tuple[Any, list[tuple[str, int]]]:
        table = Mission.__table__
        mission = source.execute(select(table).where(table.c.code == mission_code)).first()
        if mission is None:
            raise NotFoundError(f"There is no mission with the code {mission_code!r}.")
        counts = _fill(source, target, mission.id, copy_id, progress)
        target.execute(
            insert(offline_copy).values(
                id=copy_id,
                mission_id=mission.id,
                mission_code=mission.code,
                source=db.display[:500],
                app_version=__version__[:40],
                taken_at=taken_at,
                taken_by=database_user(source),
            )
        )
        return mission, counts

    path, (mission, counts) = write_database_file(db, out, fill, overwrite=overwrite)
    report = TakeReport(
        copy_id=copy_id,
        mission_code=mission.code,
        mission_name=mission.name,
        source=db.display,
        path=path,
        taken_at=taken_at,
        tables=tuple(counts),
    )
    log.info("mission taken offline: %d rows in %d tables", report.rows, len(counts))
    return report
