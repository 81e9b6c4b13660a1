"""The conflicts of a bring-back as a workbook beside the copy, for the coordinator to go
through: what the record is, the field, this database's value and the laptop's, why, and
which was kept."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pimap_desktop.services.exporting import write_table
from pimap_desktop.services.offline.merge import OURS, WHOLE, Conflict
from pimap_desktop.services.offline.scope import JSONValue

CONFLICT_COLUMNS = (
    "table",
    "record",
    "what",
    "field",
    "here",
    "on the laptop",
    "why",
    "kept",
)


def report_path(copy: Path) -> Path:
    """Where the report of ``copy`` goes: beside it, ``NAME-conflicts.xlsx``."""
    return copy.with_name(f"{copy.stem}-conflicts.xlsx")


def _text(value: JSONValue) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def conflict_rows(conflicts: Sequence[Conflict]) -> list[list[str]]:
    return [
        [
            c.table,
            c.record,
            c.label,
            "the whole record" if c.field == WHOLE else c.field,
            _text(c.ours),
            _text(c.theirs),
            c.reason,
            "this database's" if c.taken == OURS else "the laptop's",
        ]
        for c in conflicts
    ]


def write_conflict_report(copy: Path, conflicts: Sequence[Conflict]) -> Path:
    out = report_path(copy)
    write_table(out, "xlsx", CONFLICT_COLUMNS, conflict_rows(conflicts), sheet="Conflicts")
    return out
