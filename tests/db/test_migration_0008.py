"""Revision 0008 (one meeting per table and slot, kept by the database) upgrades a database made
at 0007 that already holds double bookings, on SQLite as on PostgreSQL: the upgrade goes
through, one meeting of each table and start keeps the table (held or missed first, then
locked, then the earliest made), the others lose their table only (their history says so), a
cancelled meeting is left alone; the schedule, the grid's list and the table plan show the
meetings without a table; a second meeting at a taken table and start is refused from then on.
Downgrading drops the index."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from pimap_desktop.domain.models import AuditEntry, Meeting
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.printing.tableplan import NO_TABLE, session_plan, write_table_plan
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database
from tests.pg import ENGINES

pytestmark = pytest.mark.parametrize("db_engine", ENGINES, indirect=True)

MISSION = "000000000000000000000000000000a1"
SESSION = "000000000000000000000000000000d1"
TABLE = "000000000000000000000000000000e4"
# 10:30 and 11:00 on 27 January 2027 in San Francisco, in UTC.
AT_1030, END_1030 = "2027-01-27 18:30:00", "2027-01-27 19:00:00"
AT_1100, END_1100 = "2027-01-27 19:00:00", "2027-01-27 19:30:00"
STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00'"

# At Table 4, 10:30: LATER (made second) and EARLIER (made first), and a cancelled one.
# At Table 4, 11:00: FIRST_MADE (scheduled, made first) and HELD (took place, made later).
LATER = "00000000000000000000000000000f01"
EARLIER = "00000000000000000000000000000f02"
CANCELLED = "00000000000000000000000000000f03"
FIRST_MADE = "00000000000000000000000000000f04"
HELD = "00000000000000000000000000000f05"
MEETINGS = (
    (LATER, AT_1030, END_1030, "scheduled", "2026-03-02 09:00:00"),
    (EARLIER, AT_1030, END_1030, "scheduled", "2026-03-01 09:00:00"),
    (CANCELLED, AT_1030, END_1030, "cancelled", "2026-02-01 09:00:00"),
    (FIRST_MADE, AT_1100, END_1100, "scheduled", "2026-03-01 09:00:00"),
    (HELD, AT_1100, END_1100, "held", "2026-03-02 09:00:00"),
)

ROWS_AT_0007 = (
    "INSERT INTO missions (id, code, name, kind, host_event, city, country, timezone,"
    " start_date, end_date, status, objectives, practical_info, created_at, updated_at) VALUES"
    f" ('{MISSION}', 'PW2027', 'Photonics West 2027', 'business_mission', '', 'San Francisco',"
    f" 'US', 'America/Los_Angeles', '2027-01-24', '2027-01-29', 'open', '', '', {STAMP})",
    "INSERT INTO b2b_sessions (id, mission_id, name, starts_at, ends_at, slot_minutes,"
    f" break_minutes, created_at, updated_at) VALUES ('{SESSION}', '{MISSION}', 'B2B',"
    f" '2027-01-27 17:00:00', '2027-01-27 20:00:00', 30, 0, {STAMP})",
    "INSERT INTO b2b_tables (id, session_id, number, name, created_at, updated_at) VALUES"
    f" ('{TABLE}', '{SESSION}', 4, '', {STAMP})",
    *(
        "INSERT INTO meetings (id, mission_id, session_id, table_id, starts_at, ends_at, status,"
        f" locked, notes, created_at, updated_at) VALUES ('{mid}', '{MISSION}', '{SESSION}',"
        f" '{TABLE}', '{starts}', '{ends}', '{status}', false, '', '{made}', '{made}')"
        for mid, starts, ends, status, made in MEETINGS
    ),
)


@pytest.fixture
def empty_database(db_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A database without any table: a new file, or a new database on the test server."""
    if db_engine == "postgresql":
        url: str = request.getfixturevalue("pg_empty_database")
        return url
    return f"sqlite:///{tmp_path / 'pimap.sqlite'}"


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    engine = dbmod.create_db_engine(url)
    config = dbmod._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _double_booked_at_0007(url: str) -> None:
    _migrate(url, "0007")
    engine = dbmod.create_db_engine(url)
    try:
        with engine.begin() as connection:
            for statement in ROWS_AT_0007:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _tables(url: str) -> dict[str, tuple[str | None, int]]:
    """Each meeting's table (None: none) and version, by id."""
    engine = dbmod.create_db_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, table_id, version FROM meetings")).all()
    finally:
        engine.dispose()
    return {
        uuid.UUID(str(i)).hex: (uuid.UUID(str(t)).hex if t is not None else None, v)
        for i, t, v in rows
    }


def test_upgrade_keeps_one_meeting_per_table_and_slot_and_moves_the_others_off_the_table(
    empty_database: str, tmp_path: Path
) -> None:
    _double_booked_at_0007(empty_database)

    database = open_database(empty_database)  # upgrades to head: it does not fail
    try:
        assert _tables(empty_database) == {
            EARLIER: (TABLE, 1),  # made first
            LATER: (None, 2),
            CANCELLED: (TABLE, 1),  # does not hold its table: left alone
            HELD: (TABLE, 1),  # took place there
            FIRST_MADE: (None, 2),
        }
        mission_id, later = uuid.UUID(MISSION), uuid.UUID(LATER)
        with database.session() as session:
            # Its history says why its table went: the upgrade (nobody) took it away.
            [entry] = session.scalars(select(AuditEntry).where(AuditEntry.record_id == later))
            assert (entry.action, entry.changed_by, entry.mission_id) == (
                "update",
                None,
                mission_id,
            )
            assert entry.changes == {"table_id": [str(uuid.UUID(TABLE)), None]}

            # Shown, exported and printed as needing a table.
            rows = {m.id.hex: m for m in b2b.list_meetings(session, mission_id)}
            assert (rows[LATER].table_id, rows[LATER].table, rows[LATER].position) == (None, "", 3)
            schedule = b2b.schedule_rows(session, mission_id)
            assert sorted(row[3] for row in schedule) == ["", "", "Table 4", "Table 4", "Table 4"]
            [plan_row] = b2b.list_sessions(session, mission_id)
            plan = session_plan(plan_row, list(rows.values()), "America/Los_Angeles")
            assert [t.label for t in plan.tables] == ["Table 4", NO_TABLE]
            report = write_table_plan(session, mission_id, tmp_path / "plan.pdf")
            assert report.pages >= 1

            # From now on the database refuses a second meeting at a taken table and start.
            earlier = session.get_one(Meeting, uuid.UUID(EARLIER))
            later_meeting = session.get_one(Meeting, later)
            later_meeting.table_id = earlier.table_id
            with pytest.raises(IntegrityError) as raised:
                session.commit()
            session.rollback()
            assert b2b.is_table_taken(raised.value)
    finally:
        database.dispose()


def test_downgrade_to_0007_drops_the_index_and_keeps_the_meetings(empty_database: str) -> None:
    _double_booked_at_0007(empty_database)
    open_database(empty_database).dispose()

    _migrate(empty_database, "0007", down=True)

    engine = dbmod.create_db_engine(empty_database)
    try:
        with engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("meetings")}
            count = conn.execute(text("SELECT count(*) FROM meetings")).scalar_one()
    finally:
        engine.dispose()
    assert Meeting.TABLE_SLOT_INDEX not in indexes
    assert count == len(MEETINGS)
