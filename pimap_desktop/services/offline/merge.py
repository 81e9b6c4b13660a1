"""Bring an offline copy back: merge what changed on the laptop since the copy was taken into
this database, in one transaction, without losing a check-in or counting anything twice.

Each record of the copy is compared with the state it was taken in (its base, kept in the
copy) and with this database's record of the same UUID:

- made on the laptop (not in the base): added; or, when this database already has the same
  record (a person with the same e-mail, a registration of the same person in the mission: the
  natural keys of scope.py), merged into it, and what pointed at the laptop's record points at
  this one;
- changed on one side only: that side's version;
- changed on both sides: field by field; changes to different fields merge; the same field
  changed to different values is a conflict, which keeps this database's value unless the
  coordinator chose the laptop's (``resolutions``). A check-in keeps the earliest time, badge
  reprints add up, the last print time is the latest; a person erased on either side stays
  erased;
- deleted on one side and changed on the other: a conflict; deleted on one side and untouched
  on the other: deleted.

A laptop's change that this database refuses (a table and slot taken meanwhile, an e-mail now
someone else's) is a conflict too. What was brought back is remembered in this database
(``offline_base``, by copy), so that bringing the same copy back again changes nothing.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    and_,
    delete,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from pimap_desktop.domain.errors import DatabaseError, ValidationError
from pimap_desktop.domain.models import (
    AuditEntry,
    Base,
    Mission,
    offline_base,
    offline_copy,
)
from pimap_desktop.services.offline.scope import (
    LINKS,
    NATURAL_KEYS,
    Canonical,
    JSONValue,
    LinkField,
    canonical,
    canonical_value,
    data_tables,
    field_names,
    in_chunks,
    key_columns,
    read_links,
    record_key,
    rows_of,
)
from pimap_desktop.store.audit import record_class
from pimap_desktop.store.database import (
    Database,
    create_db_engine,
    default_database_path,
    explain_database_error,
    first_line,
)
from pimap_desktop.store.transfer import at_schema_head

log = logging.getLogger(__name__)

OURS, THEIRS = "ours", "theirs"
BOTH_CHANGED = "changed on both sides"
DELETED_HERE = "deleted here, changed on the laptop"
DELETED_THERE = "deleted on the laptop, changed here"
REFUSED = "refused here"
ERASED = "the person was erased here"
WHOLE = "*"  # the field of a conflict about a whole record
TARGET_KEY = "__target__"  # in a brought-back state: the record it was merged into
GONE = "__deleted__"  # a brought-back state: the laptop had deleted the record

# Fields that merge by a rule instead of conflicting when both sides changed them.
EARLIEST = frozenset({("registrations", "checked_in_at")})
LATEST = frozenset({("registrations", "badge_printed_at"), ("follow_ups", "done_at")})
COUNTERS = frozenset({("registrations", "badges_printed")})

Progress = Callable[[int, int], None]
Resolutions = Mapping[tuple[str, str, str], str]


@dataclass(frozen=True)
class Conflict:
    """A change of the laptop that was not taken as it was (or was, by the coordinator's
    choice): which record and field, this database's value and the laptop's."""

    table: str
    record: str
    field: str
    ours: JSONValue
    theirs: JSONValue
    reason: str
    label: str
    taken: str = OURS  # whose value the database holds after the bring-back

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.record, self.field)

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "record": self.record,
            "label": self.label,
            "field": self.field,
            "ours": self.ours,
            "theirs": self.theirs,
            "reason": self.reason,
            "taken": self.taken,
        }


@dataclass(frozen=True)
class CopyInfo:
    copy_id: uuid.UUID
    mission_id: uuid.UUID
    mission_code: str
    source: str
    taken_at: datetime
    app_version: str


@dataclass
class MergeReport:
    copy: Path
    info: CopyInfo
    target: str
    dry_run: bool
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    backup: str | None = None

    @staticmethod
    def _count(counts: dict[str, int], table: str) -> None:
        counts[table] = counts.get(table, 0) + 1

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.deleted.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "copy": str(self.copy),
            "mission": self.info.mission_code,
            "taken_at": self.info.taken_at.isoformat(),
            "taken_from": self.info.source,
            "target": self.target,
            "dry_run": self.dry_run,
            "backup": self.backup,
            "added": dict(sorted(self.added.items())),
            "updated": dict(sorted(self.updated.items())),
            "deleted": dict(sorted(self.deleted.items())),
            "unchanged": dict(sorted(self.unchanged.items())),
            "conflicts": [c.as_json() for c in self.conflicts],
        }


# --------------------------------------------------------------------------- the copy


def read_copy_info(connection: Connection, path: Path) -> CopyInfo:
    try:
        row = connection.execute(select(offline_copy)).first()
    except SQLAlchemyError:
        row = None
    if row is None:
        raise ValidationError(
            f"{path.name} is a PIMAP database, not an offline copy of a mission "
            "(take one with 'pimap offline take')."
        )
    return CopyInfo(
        copy_id=row.id,
        mission_id=row.mission_id,
        mission_code=row.mission_code,
        source=row.source,
        taken_at=row.taken_at,
        app_version=row.app_version,
    )


def _refuse_other_mission(session: Session, info: CopyInfo, path: Path) -> None:
    if session.get(Mission, info.mission_id) is not None:
        return
    namesake = session.scalar(select(Mission).where(Mission.code == info.mission_code))
    if namesake is not None:
        raise ValidationError(
            f"{path.name} is a copy of mission {info.mission_code} of another database "
            f"(taken from {info.source}); this database's {info.mission_code} is a different "
            "mission. Nothing was changed."
        )
    raise ValidationError(
        f"{path.name} is a copy of mission {info.mission_code} (taken from {info.source}), "
        "which this database does not hold. Nothing was changed."
    )


# --------------------------------------------------------------------------- values


def _empty(value: JSONValue) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is False


def _label(table: Table, row: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """A few words a coordinator recognises the record by."""
    if table.name == "people":
        return f"{row.get('first_name', '')} {row.get('last_name', '')}".strip()
    if table.name == "registrations":
        return names.get(str(row.get("person_id")), "registration")
    if table.name == "meetings":
        start = row.get("starts_at")
        when = start.strftime("%Y-%m-%d %H:%M UTC") if isinstance(start, datetime) else ""
        return f"meeting {when}".strip()
    for name in ("name", "title", "code", "key", "next_action", "source_uid"):
        value = row.get(name)
        if value:
            return str(value)
    return table.name


# --------------------------------------------------------------------------- the merge


@dataclass
class _Plan:
    """What to write for one record of the copy."""

    table: Table
    key: str  # the record's key in this database
    insert: dict[str, Any] | None = None
    values: dict[str, Any] = field(default_factory=dict)
    links: dict[str, set[str]] = field(default_factory=dict)  # the new link sets
    old_links: dict[str, set[str]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    version: int | None = None  # the version of this database's record, as read
    label: str = ""

    @property
    def writes(self) -> bool:
        return self.insert is not None or bool(self.values) or bool(self.links)


class _Merge:
    def __init__(
        self,
        session: Session,
        theirs: Connection,
        info: CopyInfo,
        resolutions: Resolutions,
        report: MergeReport,
    ) -> None:
        self.session = session
        self.theirs = theirs
        self.info = info
        self.resolutions = resolutions
        self.report = report
        self.id_map: dict[str, str] = {}
        self.copy_base: dict[str, dict[str, Canonical]] = {}
        self.brought: dict[str, dict[str, Canonical]] = {}
        self.gone: set[tuple[str, str]] = set()  # deletions already brought back
        self.remember: list[dict[str, Any]] = []
        self.deletes: list[tuple[Table, str]] = []
        self.names: dict[str, str] = {}

    # ---------------------------------------------------------------- bases

    def load_bases(self) -> None:
        query = select(offline_base).where(offline_base.c.copy_id == self.info.copy_id)
        for row in self.theirs.execute(query):
            self.copy_base.setdefault(row.table_name, {})[row.record_key] = row.data
        for row in self.session.execute(query):
            data = dict(row.data)
            target = data.pop(TARGET_KEY, None)
            if target is not None:
                self.id_map[row.record_key] = target
            if data.get(GONE):
                self.gone.add((row.table_name, row.record_key))
                continue
            self.brought.setdefault(row.table_name, {})[row.record_key] = data

    def base_of(self, table: str, key: str) -> Canonical | None:
        brought = self.brought.get(table, {}).get(key)
        if brought is not None:
            return brought
        return self.copy_base.get(table, {}).get(key)

    # ---------------------------------------------------------------- reading

    def _remap_row(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        for column in table.columns:
            if column.foreign_keys and row.get(column.name) is not None:
                mapped = self.id_map.get(str(row[column.name]))
                if mapped is not None:
                    row[column.name] = uuid.UUID(mapped)
        return row

    def _remap_links(self, links: dict[str, list[str]]) -> dict[str, list[str]]:
        return {name: [self.id_map.get(i, i) for i in ids] for name, ids in links.items()}

    def _ours(self, table: Table, keys: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        columns = key_columns(table)
        wanted = [self.id_map.get(k, k) for k in keys]
        if len(columns) == 1:
            column = columns[0]
            for chunk in in_chunks([uuid.UUID(k) for k in wanted]):
                for row in self.session.execute(select(table).where(column.in_(chunk))).mappings():
                    found[record_key(table, dict(row))] = dict(row)
        else:
            parts = [tuple(k.split("|", len(columns) - 1)) for k in wanted]
            for chunk in in_chunks(parts):
                values = [
                    tuple(_key_value(col, part) for col, part in zip(columns, key, strict=True))
                    for key in chunk
                ]
                query = select(table).where(tuple_(*columns).in_(values))
                for row in self.session.execute(query).mappings():
                    found[record_key(table, dict(row))] = dict(row)
        return found

    def _ours_links(self, table: Table, keys: list[str]) -> dict[str, dict[str, list[str]]]:
        found: dict[str, dict[str, list[str]]] = {}
        for link in LINKS.get(table.name, ()):
            owner, other = link.table.c[link.owner], link.table.c[link.other]
            for chunk in in_chunks([uuid.UUID(k) for k in keys]):
                query = select(owner, other).where(owner.in_(chunk))
                for record_id, linked in self.session.execute(query):
                    found.setdefault(str(record_id), {}).setdefault(link.name, []).append(
                        str(linked)
                    )
        return found

    def _natural_match(self, table: Table, row: Mapping[str, Any]) -> str | None:
        names = NATURAL_KEYS.get(table.name)
        if names is None or any(row.get(name) is None for name in names):
            return None
        where = and_(*(table.c[name] == row[name] for name in names))
        matches = self.session.execute(select(table.c.id).where(where).limit(2)).all()
        if len(matches) != 1:
            return None
        return str(matches[0][0])

    # ---------------------------------------------------------------- deciding

    def _conflict(
        self,
        plan: _Plan,
        name: str,
        ours: JSONValue,
        theirs: JSONValue,
        reason: str,
        label: str,
    ) -> bool:
        """Note a conflict; True when the coordinator chose the laptop's value."""
        taken = self.resolutions.get((plan.table.name, plan.key, name), OURS)
        plan.conflicts.append(
            Conflict(plan.table.name, plan.key, name, ours, theirs, reason, label, taken)
        )
        return taken == THEIRS

    def _rule(
        self,
        table: str,
        name: str,
        base: JSONValue,
        ours_row: Mapping[str, Any],
        theirs_row: Mapping[str, Any],
    ) -> tuple[bool, Any]:
        """A field both sides changed that merges by a rule: (True, the merged value)."""
        o, t = ours_row[name], theirs_row[name]
        if (table, name) in EARLIEST:
            present = [v for v in (o, t) if v is not None]
            return True, min(present) if present else None
        if (table, name) in LATEST:
            present = [v for v in (o, t) if v is not None]
            return True, max(present) if present else None
        if (table, name) in COUNTERS:
            start = base if isinstance(base, int) else 0
            return True, max(0, (o or 0) + (t or 0) - start)
        return False, None

    def _fields(
        self,
        plan: _Plan,
        base: Canonical | None,
        ours_c: Canonical,
        theirs_c: Canonical,
        ours_row: Mapping[str, Any],
        theirs_row: Mapping[str, Any],
        label: str,
    ) -> None:
        table = plan.table
        erased_here = table.name == "people" and ours_row.get("erased_at") is not None
        erased_there = table.name == "people" and theirs_row.get("erased_at") is not None
        for name in field_names(table):
            o, t = ours_c.get(name), theirs_c.get(name)
            if o == t:
                continue
            b = base.get(name) if base is not None else None
            if base is not None and t == b:
                continue  # the laptop left it as it was
            if erased_there and not erased_here:
                plan.values[name] = theirs_row[name]  # an erasure wins over any change
                continue
            if erased_here:
                if t != b:
                    self._conflict(plan, name, o, None, ERASED, label)
                continue
            if (base is not None and o == b) or (base is None and _empty(o)):
                plan.values[name] = theirs_row[name]
                continue
            if base is None and _empty(t):
                continue
            merged, value = self._rule(table.name, name, b, ours_row, theirs_row)
            if merged:
                if canonical_value(value) != o:
                    plan.values[name] = value
                continue
            if self._conflict(plan, name, o, t, BOTH_CHANGED, label):
                plan.values[name] = theirs_row[name]
        if erased_here:
            return
        for link in LINKS.get(table.name, ()):
            self._link(plan, link, base, ours_c, theirs_c)

    def _link(
        self,
        plan: _Plan,
        link: LinkField,
        base: Canonical | None,
        ours_c: Canonical,
        theirs_c: Canonical,
    ) -> None:
        o = set(ours_c.get(link.name) or [])
        t = set(theirs_c.get(link.name) or [])
        b = set((base or {}).get(link.name) or [])
        merged = (o | (t - b)) - (b - t) if base is not None else o | t
        if merged != o:
            plan.links[link.name] = merged
            plan.old_links[link.name] = o

    def decide(
        self,
        table: Table,
        key: str,
        base: Canonical | None,
        theirs: tuple[dict[str, Any], Canonical] | None,
        ours: tuple[dict[str, Any], Canonical] | None,
    ) -> _Plan | None:
        plan = _Plan(table, self.id_map.get(key, key))
        if theirs is None:  # deleted on the laptop
            if ours is None or base is None or (table.name, key) in self.gone:
                return None
            row, ours_c = ours
            if ours_c == base:
                self.deletes.append((table, plan.key))
                return None
            if self._conflict(
                plan, WHOLE, "changed", "deleted", DELETED_THERE, _label(table, row, self.names)
            ):
                self.deletes.append((table, plan.key))
            return plan
        theirs_row, theirs_c = theirs
        label = _label(table, theirs_row, self.names)
        if ours is None:
            if base is not None:  # deleted here
                if theirs_c != base and self._conflict(
                    plan, WHOLE, "deleted", "changed", DELETED_HERE, label
                ):
                    plan.insert = theirs_row
                return plan
            plan.insert = theirs_row  # made on the laptop
            return plan
        ours_row, ours_c = ours
        plan.version, plan.label = ours_row.get("version"), label
        self._fields(plan, base, ours_c, theirs_c, ours_row, theirs_row, label)
        return plan

    # ---------------------------------------------------------------- writing

    def _write(self, plan: _Plan) -> None:
        table = plan.table
        model = record_class(table.name)
        with self.session.begin_nested():
            if plan.insert is not None:
                row = dict(plan.insert)
                if model is not None:
                    self.session.execute(insert(model), [row])
                else:
                    self.session.execute(insert(table), [row])
            elif plan.values:
                where = and_(
                    *(
                        col == _key_value(col, part)
                        for col, part in zip(
                            key_columns(table),
                            plan.key.split("|", len(key_columns(table)) - 1),
                            strict=True,
                        )
                    )
                )
                if model is not None:
                    # Only the version read: a colleague's change meanwhile is not overwritten.
                    done = self.session.execute(
                        update(model)
                        .where(where, model.version == plan.version)
                        .values(**plan.values),
                        execution_options={"synchronize_session": False},
                    )
                    if getattr(done, "rowcount", 1) != 1:
                        raise DatabaseError(
                            f"A colleague changed {plan.label or table.name} "
                            "while the copy was being brought back; nothing was changed. "
                            "Bring the copy back again."
                        )
                else:
                    self.session.execute(update(table).where(where).values(**plan.values))
            for name, ids in plan.links.items():
                link = next(x for x in LINKS[table.name] if x.name == name)
                owner_id = uuid.UUID(plan.key)
                before = plan.old_links.get(name, set())
                if plan.insert is not None:
                    before = set()
                gone = before - ids
                new = ids - before
                if gone:
                    self.session.execute(
                        delete(link.table).where(
                            link.table.c[link.owner] == owner_id,
                            link.table.c[link.other].in_([uuid.UUID(i) for i in gone]),
                        )
                    )
                if new:
                    self.session.execute(
                        insert(link.table),
                        [{link.owner: owner_id, link.other: uuid.UUID(i)} for i in sorted(new)],
                    )

    def _count(self, plan: _Plan) -> None:
        name = plan.table.name
        if plan.insert is not None:
            self.report._count(self.report.added, name)
        elif plan.values or plan.links:
            self.report._count(self.report.updated, name)
        else:
            self.report._count(self.report.unchanged, name)

    def _apply(self, plans: list[_Plan]) -> None:
        """Write the plans; one refused by this database (a unique rule: a table and slot
        taken, an e-mail in use) is tried again after the others (a meeting moved into a slot
        another one leaves), then kept as it is here and reported."""
        waiting = [p for p in plans if p.writes]
        for plan in plans:
            if not plan.writes:
                self._count(plan)
        while waiting:
            refused: list[tuple[_Plan, IntegrityError]] = []
            for plan in waiting:
                try:
                    self._write(plan)
                except IntegrityError as exc:
                    refused.append((plan, exc))
                else:
                    self._count(plan)
            if len(refused) == len(waiting):
                for plan, error in refused:
                    label = _label(plan.table, plan.insert or {}, self.names)
                    plan.conflicts = [
                        c for c in plan.conflicts if c.taken != THEIRS
                    ]  # nothing of it was taken
                    plan.conflicts.append(
                        Conflict(
                            plan.table.name,
                            plan.key,
                            WHOLE,
                            "kept",
                            _refused_change(plan),
                            f"{REFUSED}: {_constraint(error)}",
                            label if plan.insert else plan.key,
                        )
                    )
                    self.report._count(self.report.unchanged, plan.table.name)
                break
            waiting = [plan for plan, _exc in refused]

    # ---------------------------------------------------------------- the tables

    def merge_table(self, table: Table) -> None:
        links = {k: self._remap_links(v) for k, v in read_links(self.theirs, table).items()}
        theirs: dict[str, tuple[dict[str, Any], Canonical]] = {}
        for raw in rows_of(self.theirs, table):
            key = record_key(table, raw)
            row = self._remap_row(table, raw)
            theirs[key] = (row, canonical(table, row, links.get(key, {})))
        bases = dict(self.copy_base.get(table.name, {}))
        brought = {k for (name, k) in self.gone if name == table.name}
        keys = sorted(set(bases) | set(self.brought.get(table.name, {})) | brought | set(theirs))
        # Made on the laptop and already here under another id: the natural keys.
        for key in keys:
            if key in theirs and self.base_of(table.name, key) is None and key not in self.id_map:
                row = theirs[key][0]
                found_here = self._ours(table, [key])
                if not found_here:
                    match = self._natural_match(table, row)
                    if match is not None:
                        self.id_map[key] = match
        ours_rows = self._ours(table, keys)
        has_id = len(key_columns(table)) == 1
        ours_links = self._ours_links(table, list(ours_rows)) if has_id else {}
        if table.name == "people":
            for key, (row, _c) in theirs.items():
                self.names[key] = f"{row['first_name']} {row['last_name']}".strip()
            for key, row in ours_rows.items():
                self.names[key] = f"{row['first_name']} {row['last_name']}".strip()
        plans: list[_Plan] = []
        for key in keys:
            target_key = self.id_map.get(key, key)
            ours = None
            if target_key in ours_rows:
                row = ours_rows[target_key]
                ours = (row, canonical(table, row, ours_links.get(target_key, {})))
            their = theirs.get(key)
            if their is not None and key != target_key:
                # Merged into this database's record: the laptop's row under its id.
                row = dict(their[0])
                for column in key_columns(table):
                    row[column.name] = ours[0][column.name] if ours else row[column.name]
                their = (row, their[1])
            plan = self.decide(table, key, self.base_of(table.name, key), their, ours)
            if plan is not None:
                plans.append(plan)
            original = bases.get(key)
            if their is None and (table.name, key) not in self.gone:
                self.remember.append(
                    {
                        "copy_id": self.info.copy_id,
                        "table_name": table.name,
                        "record_key": key,
                        "data": {GONE: True},
                    }
                )
            elif their is not None and their[1] != original:
                data = dict(their[1])
                if key != target_key:
                    data[TARGET_KEY] = target_key
                self.remember.append(
                    {
                        "copy_id": self.info.copy_id,
                        "table_name": table.name,
                        "record_key": key,
                        "data": data,
                    }
                )
        self._apply(plans)
        for plan in plans:
            self.report.conflicts.extend(plan.conflicts)

    def delete_all(self) -> None:
        order = {table.name: i for i, table in enumerate(data_tables())}
        for table, key in sorted(self.deletes, key=lambda d: (-order[d[0].name], d[1])):
            model = record_class(table.name)
            columns = key_columns(table)
            where = and_(
                *(
                    col == _key_value(col, part)
                    for col, part in zip(columns, key.split("|", len(columns) - 1), strict=True)
                )
            )
            with self.session.begin_nested():
                if model is not None:
                    self.session.execute(
                        delete(model).where(where),
                        execution_options={"synchronize_session": False},
                    )
                else:
                    self.session.execute(delete(table).where(where))
            self.report._count(self.report.deleted, table.name)

    def copy_history(self) -> None:
        """The laptop's audit log (who changed what at the fair) joins this one's."""
        audit = Base.metadata.tables[AuditEntry.__tablename__]
        theirs = [dict(row) for row in self.theirs.execute(select(audit)).mappings()]
        if not theirs:
            return
        known: set[uuid.UUID] = set()
        for chunk in in_chunks([row["id"] for row in theirs]):
            known.update(self.session.scalars(select(audit.c.id).where(audit.c.id.in_(chunk))))
        new = [row for row in theirs if row["id"] not in known]
        if new:
            self.session.connection().execute(insert(audit), new)

    def remember_states(self) -> None:
        keys = [(r["table_name"], r["record_key"]) for r in self.remember]
        for chunk in in_chunks(keys):
            self.session.execute(
                delete(offline_base).where(
                    offline_base.c.copy_id == self.info.copy_id,
                    tuple_(offline_base.c.table_name, offline_base.c.record_key).in_(chunk),
                )
            )
        for chunk in in_chunks(self.remember):
            self.session.execute(insert(offline_base), list(chunk))

    def run(self, progress: Progress | None) -> None:
        self.load_bases()
        tables = data_tables()
        for done, table in enumerate(tables):
            self.merge_table(table)
            if progress is not None:
                progress(done + 1, len(tables) + 1)
        self.delete_all()
        self.copy_history()
        self.remember_states()


def _key_value(column: Any, part: str) -> Any:
    try:
        if column.type.python_type is uuid.UUID:
            return uuid.UUID(part)
    except NotImplementedError:
        pass
    return part


def _refused_change(plan: _Plan) -> JSONValue:
    if plan.insert is not None:
        return "added"
    changed = {name: canonical_value(value) for name, value in plan.values.items()}
    changed.update({name: sorted(ids) for name, ids in plan.links.items()})
    return changed


def _constraint(exc: IntegrityError) -> str:
    text = first_line(exc).lower()
    if "meetings" in text and ("table_id" in text or "slot" in text):
        return "the table is taken at that time"
    if "email" in text:
        return "the e-mail belongs to another person here"
    return "it would duplicate a record here"


# --------------------------------------------------------------------------- the command


def _team_backup(db: Database) -> Path:
    """A team database's own backup is the server's (pg_dump); before a bring-back, PIMAP also
    keeps a file of it in the user's backups folder."""
    from sqlalchemy.engine import make_url

    from pimap_desktop.store.transfer import save_sqlite_copy

    folder = default_database_path().parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = "".join(c if c.isalnum() else "-" for c in make_url(db.url).database or "team")[:60]
    path = folder / f"team-{name}-{stamp}-before-bring-back.sqlite"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"team-{name}-{stamp}-before-bring-back-{counter}.sqlite"
    save_sqlite_copy(db, path)
    return path


def _commit(session: Session) -> None:
    session.commit()


def bring_back(
    db: Database,
    copy: Path,
    *,
    dry_run: bool = False,
    resolutions: Resolutions | None = None,
    progress: Progress | None = None,
    backup: bool = True,
) -> MergeReport:
    """Merge the offline copy ``copy`` into ``db`` (see the module's docstring); with
    ``dry_run``, say what would change and change nothing. A backup of ``db`` is taken first."""
    path = Path(copy).expanduser().resolve()
    if db.path is not None and db.path.resolve() == path:
        raise ValidationError("A copy cannot be brought back into itself.")
    where = f"The database {db.display}"
    with at_schema_head(path, no_data="it is not an offline copy") as (readable, _upgraded_from):
        reader = create_db_engine(
            URL.create("sqlite", database=str(readable)).render_as_string(),
            read_only=True,
            poolclass=NullPool,
        )
        try:
            with reader.connect() as theirs:
                info = read_copy_info(theirs, path)
                with db.session() as session:
                    _refuse_other_mission(session, info, path)
                    session.rollback()
                report = MergeReport(copy=path, info=info, target=db.display, dry_run=dry_run)
                if backup and not dry_run:
                    saved = db.backup("before-bring-back") if db.path else _team_backup(db)
                    report.backup = str(saved) if saved is not None else None
                with db.session() as session:
                    merge = _Merge(session, theirs, info, resolutions or {}, report)
                    try:
                        merge.run(progress)
                    except BaseException:
                        session.rollback()
                        raise
                    if dry_run:
                        session.rollback()
                    else:
                        _commit(session)
        except SQLAlchemyError as exc:
            explained = explain_database_error(exc, where)
            if explained is not None:
                raise explained from None
            raise DatabaseError(
                f"{where}: the copy could not be brought back ({first_line(exc)}); "
                "nothing was changed."
            ) from None
        finally:
            reader.dispose()
    if progress is not None:
        progress(1, 1)
    log.info(
        "offline copy brought back%s: %d changes, %d conflicts",
        " (dry run)" if dry_run else "",
        report.changes,
        len(report.conflicts),
    )
    return report
