"""The audit log of an INSERT of many rows (a bulk import's registrations), written column by
column on SQLite (store/audit.py): each entry's ``changes`` is the very text the JSON column
writes for the same values, the keys are random version 4 UUIDs in increasing order, and the
rows a bulk import writes come out whole, stamped and logged."""

from __future__ import annotations

import enum
import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.models import AuditEntry, Person, Registration
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.audit import (
    WHOLE_ROWS,
    _converted,
    _inserted_json,
    _inserted_rows,
    random_keys,
)


class Colour(enum.Enum):
    RED = "red"


def _json_column_text(changes: dict[str, Any]) -> str:
    """What the audit log's JSON column writes on SQLite for ``changes``."""
    column = AuditEntry.__table__.c.changes
    process = column.type._cached_bind_processor(sqlite.dialect())
    assert process is not None
    written: str = process(changes)
    return written


def _varied_rows(count: int) -> list[dict[str, Any]]:
    """Rows as a bulk INSERT gives them: shared values (one object for every row), keys (an
    object each), values of every kind the log turns into text, None here and there."""
    shared_mission, shared_day = uuid.uuid4(), date(2027, 1, 24)
    paris = timezone(timedelta(hours=1))
    texts = ["plain", 'quote " and \\ backslash', "é, ł, 漢字, emoji 🙂", "tab\tnew\nline\x01", ""]
    return [
        {
            "id": uuid.uuid4(),  # bookkeeping: never in the changes
            "mission_id": shared_mission,
            "person_id": uuid.uuid4(),
            "role": RegistrationRole.SPEAKER if n % 3 else RegistrationRole.DELEGATE,
            "colour": Colour.RED,
            "flag": n % 2 == 0,
            "count": n,
            "day": shared_day,
            "at": datetime(2027, 1, 24, 9, n % 60, tzinfo=UTC if n % 2 else paris),
            "text": texts[n % len(texts)],
            "words": ["a", "b"] if n % 4 else [],
            "maybe": None if n % 5 else f"value {n}",
            "never": None,
            "updated_at": datetime.now(UTC),  # bookkeeping
        }
        for n in range(count)
    ]


@pytest.mark.parametrize("count", [1, 2, 63, 64, 65, 300])
def test_the_changes_of_many_rows_are_the_text_the_json_column_writes(count: int) -> None:
    rows = _varied_rows(count)
    expected = [_json_column_text(changes) for changes in _inserted_rows(rows)]
    assert _inserted_json(rows) == expected
    assert [json.loads(found) for found in _inserted_json(rows)] == _inserted_rows(rows)
    assert all('"id"' not in found and "updated_at" not in found for found in expected)


def test_rows_that_name_different_columns_are_written_one_by_one() -> None:
    rows: list[dict[str, Any]] = [{"a": 1, "b": None}, {"a": 2}, {"c": "x", "id": uuid.uuid4()}]
    assert _inserted_json(rows) == [
        '{"a": [null, "1"]}',
        '{"a": [null, "2"]}',
        '{"c": [null, "x"]}',
    ]


def test_rows_without_a_change_give_empty_changes() -> None:
    rows: list[dict[str, Any]] = [{"id": uuid.uuid4(), "note": None} for _ in range(70)]
    assert _inserted_json(rows) == ["{}"] * 70


@pytest.mark.parametrize(
    "values",
    [
        pytest.param([7] * 100, id="one object"),
        pytest.param([uuid.uuid4() for _ in range(100)], id="every value its own"),
        pytest.param([n % 3 for n in range(100)], id="a few shared values"),
        pytest.param([*(uuid.uuid4() for _ in range(64)), None, None], id="keys, then Nones"),
        pytest.param([], id="none"),
    ],
)
def test_values_are_converted_as_one_by_one(values: list[Any]) -> None:
    calls: list[Any] = []

    def process(value: Any) -> str:
        calls.append(value)
        return f"<{value}>"

    assert _converted(values, process) == [f"<{value}>" for value in values]
    assert len(calls) <= len(values)


def test_random_keys_are_distinct_version_4_uuids_in_increasing_order() -> None:
    keys = random_keys(2000)
    assert keys == sorted(keys) and len(set(keys)) == 2000
    for key in keys[:50]:
        made = uuid.UUID(int=key)
        assert made.version == 4 and made.variant == uuid.RFC_4122
    assert random_keys(0) == []


def test_a_bulk_insert_is_logged_as_sqlalchemy_would_log_it_row_by_row(
    session: Session, mission_id: uuid.UUID
) -> None:
    """Three hundred registrations written through the driver (``WHOLE_ROWS``): every one is
    in the table as given, stamped, and logged once with the values a form would log; the log's
    keys are version 4 UUIDs."""
    with transaction(session):
        people = [
            Person(first_name="P", last_name=str(n), email=f"p{n}@bulk.example") for n in range(300)
        ]
        session.add_all(people)
    arrival = datetime(2027, 1, 24, 8, 30, tzinfo=UTC)
    rows: list[dict[str, Any]] = [
        {
            "id": uuid.uuid4(),
            "mission_id": mission_id,
            "person_id": person.id,
            "delegation_id": None,
            "role": RegistrationRole.SPEAKER if n % 2 else RegistrationRole.DELEGATE,
            "status": RegistrationStatus.CONFIRMED,
            "arrival_at": arrival if n % 3 == 0 else None,
            "departure_at": None,
            "hotel": 'Hôtel "Le Lac"' if n % 7 == 0 else "",
            "badges_printed": 0,
            "badge_printed_at": None,
            "checked_in_at": None,
            "notes": "",
        }
        for n, person in enumerate(people)
    ]
    table: Table = Registration.__table__  # type: ignore[assignment]
    with transaction(session):
        session.execute(insert(table).execution_options(**{WHOLE_ROWS: True}), rows)
    session.expire_all()

    written = {
        r.id: r
        for r in session.scalars(select(Registration).where(Registration.mission_id == mission_id))
    }
    assert len(written) == 300
    entries = {
        e.record_id: e
        for e in session.scalars(select(AuditEntry).where(AuditEntry.table_name == "registrations"))
    }
    assert set(entries) == set(written)
    for row in rows:
        registration, entry = written[row["id"]], entries[row["id"]]
        assert registration.version == 1 and registration.updated_by == entry.changed_by
        assert registration.hotel == row["hotel"] and registration.arrival_at == row["arrival_at"]
        assert entry.mission_id == mission_id and entry.action == "insert"
        expected = {
            "mission_id": [None, str(mission_id)],
            "person_id": [None, str(row["person_id"])],
            "role": [None, row["role"].value],
            "status": [None, "confirmed"],
            "hotel": [None, row["hotel"]],
            "badges_printed": [None, "0"],
            "notes": [None, ""],
        }
        if row["arrival_at"] is not None:
            expected["arrival_at"] = [None, row["arrival_at"].isoformat()]
        assert entry.changes == expected
    keys = [uuid.UUID(str(k)) for (k,) in session.execute(text("SELECT id FROM audit_log"))]
    assert all(key.version == 4 for key in keys)
    stored = session.scalar(select(func.count()).select_from(AuditEntry))
    assert stored == len(keys) >= 300
