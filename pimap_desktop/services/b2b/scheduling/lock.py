"""One scheduler run at a time per mission on a team database.

A run holds PostgreSQL's advisory lock keyed on its mission for as long as it lasts (reading,
solving and writing the schedule): two runs cannot interleave, and the second one is refused at
once, saying who started the first and when, in the mission's time zone. On SQLite the database
file has one writer at a time already: nothing is taken there.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.store.locks import LockHolder, advisory_lock, lock_key

LOCK_NAMESPACE = "schedule"


class SchedulingRunning(PimapError):
    """Another run of the scheduler holds the mission; nothing was changed."""


def scheduling_lock_key(mission_id: uuid.UUID) -> int:
    return lock_key(LOCK_NAMESPACE, mission_id)


def running_message(code: str, zone: str, holder: LockHolder | None, *, now: datetime) -> str:
    """'Scheduling of PW2027 is already running, started by coordinator2 at 10:42 (PST)'."""
    if holder is None:
        who = ""
    elif holder.since is None:
        who = f", started by {holder.user}"
    else:
        local = holder.since.astimezone(ZoneInfo(zone))
        same_day = local.date() == now.astimezone(ZoneInfo(zone)).date()
        when = local.strftime("%H:%M (%Z)" if same_day else "%Y-%m-%d %H:%M (%Z)")
        who = f", started by {holder.user} at {when}"
    return (
        f"Scheduling of {code} is already running{who}; "
        "try again when it has finished. Nothing was changed."
    )


@contextmanager
def scheduling_lock(
    db_session_factory: Callable[[], AbstractContextManager[Session]], mission_id: uuid.UUID
) -> Iterator[None]:
    """Hold the mission for one scheduler run (PostgreSQL); raise SchedulingRunning when
    another run holds it. Does nothing on SQLite."""
    with db_session_factory() as session:
        bound = session.get_bind().engine
        engine: Engine | None = None
        if bound.dialect.name == "postgresql":
            engine = bound
            mission = get_mission(session, mission_id)
            code, zone = mission.code, mission.timezone
    if engine is None:
        yield
        return
    with advisory_lock(engine, scheduling_lock_key(mission_id)) as lock:
        if not lock.held:
            raise SchedulingRunning(
                running_message(code, zone, lock.holder, now=datetime.now(ZoneInfo(zone)))
            )
        yield
