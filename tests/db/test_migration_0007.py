"""Revision 0007 (versions, who changed a record last, the audit log) upgrades a database made
at 0006 with everything in it kept, on SQLite as on PostgreSQL: every row starts at version 1,
nobody is named as its last author, the audit log starts empty; the next change moves the
version on, names its author and is kept in the log. Downgrading takes it all away again and
keeps the data."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.domain.models import AuditEntry, Registration
from pimap_desktop.services.registrations import registrations as regs
from pimap_desktop.services.versions import version_of
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database
from tests.pg import ENGINES

pytestmark = pytest.mark.parametrize("db_engine", ENGINES, indirect=True)

MISSION = "000000000000000000000000000000a1"
PERSON = "000000000000000000000000000000b1"
REGISTRATION = "000000000000000000000000000000c1"
STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00'"

ROWS_AT_0006 = (
    "INSERT INTO missions (id, code, name, kind, host_event, city, country, timezone,"
    " start_date, end_date, status, objectives, practical_info, created_at, updated_at) VALUES"
    f" ('{MISSION}', 'PW2027', 'Photonics West 2027', 'business_mission', '', 'San Francisco',"
    f" 'US', 'America/Los_Angeles', '2027-01-24', '2027-01-29', 'open', '', '', {STAMP})",
    "INSERT INTO people (id, first_name, last_name, email, job_title, phone, badge_name,"
    " languages, dietary_needs, accessibility_needs, consent_listed, consent_contact, notes,"
    f" created_at, updated_at) VALUES ('{PERSON}', 'Test', 'Person',"
    f" 'test.person@lumiphos.example', '', '', '', '[]', '', '', false, false, '', {STAMP})",
    "INSERT INTO registrations (id, mission_id, person_id, role, status, hotel, badges_printed,"
    f" notes, created_at, updated_at) VALUES ('{REGISTRATION}', '{MISSION}', '{PERSON}',"
    f" 'delegate', 'confirmed', 'Hotel Mariposa', 0, '', {STAMP})",
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


def _database_at_0006(url: str) -> None:
    _migrate(url, "0006")
    engine = dbmod.create_db_engine(url)
    try:
        with engine.begin() as connection:
            for statement in ROWS_AT_0006:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _uuid(value: object) -> str:
    return uuid.UUID(str(value)).hex


def test_upgrade_from_0006_keeps_the_data_at_version_1_with_nobody_named(
    empty_database: str,
) -> None:
    _database_at_0006(empty_database)

    database = open_database(empty_database)
    try:
        with database.engine.connect() as conn:
            rows = {
                table: conn.execute(text(f"SELECT id, version, updated_by FROM {table}")).all()
                for table in ("missions", "people", "registrations")
            }
            hotel = conn.execute(text("SELECT hotel FROM registrations")).scalar_one()
            logged = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        assert {t: [(_uuid(i), v, b) for i, v, b in r] for t, r in rows.items()} == {
            "missions": [(MISSION, 1, None)],
            "people": [(PERSON, 1, None)],
            "registrations": [(REGISTRATION, 1, None)],
        }
        assert (hotel, logged) == ("Hotel Mariposa", 0)

        # The next change moves the version on, names its author and is kept in the log.
        registration_id = uuid.UUID(REGISTRATION)
        with database.session() as session:
            loaded = version_of(session, Registration, registration_id)
            data = regs.registration_data(session, registration_id)
            regs.update_registration(
                session,
                registration_id,
                replace(data, status=RegistrationStatus.CANCELLED),
                expected_version=loaded,
            )
            stored = session.get(Registration, registration_id)
            assert stored is not None and stored.version == 2 and stored.updated_by
            [entry] = session.scalars(select(AuditEntry)).all()
            assert (entry.action, entry.changes) == (
                "update",
                {"status": ["confirmed", "cancelled"]},
            )
    finally:
        database.dispose()


def test_downgrade_to_0006_takes_the_columns_and_the_log_away_and_keeps_the_data(
    empty_database: str,
) -> None:
    _database_at_0006(empty_database)
    open_database(empty_database).dispose()

    _migrate(empty_database, "0006", down=True)

    engine = dbmod.create_db_engine(empty_database)
    try:
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("registrations")}
            tables = set(inspect(conn).get_table_names())
            kept = conn.execute(text("SELECT id, hotel FROM registrations")).all()
            people = conn.execute(text("SELECT count(*) FROM people")).scalar_one()
    finally:
        engine.dispose()
    assert not {"version", "updated_by"} & columns and "audit_log" not in tables
    assert [(_uuid(i), h) for i, h in kept] == [(REGISTRATION, "Hotel Mariposa")]
    assert people == 1
