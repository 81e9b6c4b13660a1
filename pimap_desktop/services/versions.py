"""Two people at once: the version a form was loaded with, "changed by … at …", and the
refusal to save over a colleague's newer change.

A form reads the record's version when it loads (``version_of``, before the values, so that a
change in between makes the save refused rather than lost) and gives it back to the update
service as ``expected_version``. The service refuses with ``StaleEdit`` when the record has
moved on since: "Changed by coordinator2 at 10:42 (PST): reload to see it". Times are said in
the mission's zone when the record belongs to a mission, else in this computer's zone.

A change that slips in between the check and the write (a truly concurrent save) matches no
row of the version read: the ORM raises ``StaleDataError``, which the store explains alike.
"""

from __future__ import annotations

import uuid
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError, StaleEdit
from pimap_desktop.domain.models import Mission, Record
from pimap_desktop.store.audit import versions_written

RELOAD = "reload to see it"
CANNOT_UNDO = "this step can no longer be undone"
CANNOT_REDO = "this step can no longer be redone"


def version_of(session: Session, model: type[Record], record_id: uuid.UUID) -> int | None:
    """The version of a record now (what a form loading it saves against); None when there is
    no such record (the read of its values that follows says so in its own words)."""
    version = session.scalar(select(model.version).where(model.id == record_id))
    return None if version is None else int(version)


def version_left(session: Session, model: type[Record], record_id: uuid.UUID) -> int:
    """The version the session's last change left a record at (right after the service call
    that made it); the version it has now when that change did not write it."""
    written = versions_written(session).get((model, record_id))
    if written is not None:
        return written
    version = version_of(session, model, record_id)
    if version is None:
        raise NotFoundError("That record no longer exists.")
    return version


def local_zone() -> tzinfo:
    """This computer's zone."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always gives one
    return zone


def zone_of(session: Session, record: Record) -> tzinfo:
    """The zone a record's times are said in: its mission's, else this computer's."""
    mission: Mission | None
    if isinstance(record, Mission):
        mission = record
    else:
        mission_id = getattr(record, "mission_id", None)
        mission = session.get(Mission, mission_id) if isinstance(mission_id, uuid.UUID) else None
    if mission is not None:
        try:
            return ZoneInfo(mission.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return local_zone()


def moment(at: datetime, zone: tzinfo, *, today: datetime | None = None) -> str:
    """'10:42 (PST)' on the day it is in ``zone``, '2027-01-26 10:42 (PST)' on another."""
    local = at.astimezone(zone)
    now = (today or datetime.now(zone)).astimezone(zone)
    day = "" if local.date() == now.date() else f"{local:%Y-%m-%d} "
    name = local.tzname() or ""
    return f"{day}{local:%H:%M}" + (f" ({name})" if name else "")


def changed_text(who: str | None, at: datetime, zone: tzinfo) -> str | None:
    """ "Changed by NAME at TIME (ZONE)"; None when nobody is known to have changed it (a
    record made before PIMAP recorded who changes what)."""
    if who is None:
        return None
    return f"Changed by {who} at {moment(at, zone)}"


def changed_by(session: Session, record: Record) -> str | None:
    """ "Changed by NAME at TIME (ZONE)" of a record, in its zone (see ``zone_of``)."""
    if record.updated_by is None:
        return None
    return changed_text(record.updated_by, record.updated_at, zone_of(session, record))


def describe_change(session: Session, model: type[Record], record_id: uuid.UUID) -> str | None:
    """``changed_by`` of the record with that id (None also when it is gone)."""
    record = session.get(model, record_id)
    return changed_by(session, record) if record is not None else None


def _changed_elsewhere(session: Session, record: Record) -> str:
    known = changed_by(session, record)
    if known is not None:
        return known
    return f"Changed elsewhere at {moment(record.updated_at, zone_of(session, record))}"


def refusal(session: Session, record: Record, why: str) -> StaleEdit:
    """The refusal of an action over ``record``'s newer change: "Changed by … at …: why"."""
    changed = _changed_elsewhere(session, record)
    return StaleEdit(f"{changed}: {why}.", changed)


def check_version(session: Session, record: Record, expected: int | None) -> None:
    """Refuse a save over a newer change: ``expected`` is the version the form was loaded
    with (None: the caller does not know it, nothing is checked). Call it before changing
    the record: it reads the record's version again (a session may hold an older copy), and
    the write that follows matches only that version."""
    if expected is None:
        return
    session.refresh(record, ["version", "updated_by", "updated_at"])
    if record.version != expected:
        raise refusal(session, record, RELOAD)


__all__ = [
    "CANNOT_REDO",
    "CANNOT_UNDO",
    "RELOAD",
    "changed_by",
    "changed_text",
    "check_version",
    "describe_change",
    "local_zone",
    "moment",
    "refusal",
    "version_left",
    "version_of",
    "zone_of",
]
