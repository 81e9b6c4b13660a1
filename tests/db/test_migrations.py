"""The migrations build exactly the schema of the models, and upgrades keep data safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from pimap_desktop.domain.errors import DatabaseError
from pimap_desktop.domain.models import Base
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database


def test_empty_database_upgraded_to_head_matches_the_models(db_path: Path) -> None:
    database = open_database(db_path)
    database.dispose()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_new_database_is_marked_as_pimap_and_uses_wal_and_foreign_keys(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    database.dispose()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == dbmod.PIMAP_APPLICATION_ID
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            dbmod.head_revision()
        )


def test_database_of_an_older_revision_is_backed_up_then_upgraded(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made by the previous revision (here: before the first one, with PIMAP's mark), the
    database is copied to backups/ before the upgrade touches it."""
    with sqlite3.connect(db_path) as raw:
        raw.execute(f"PRAGMA application_id = {dbmod.PIMAP_APPLICATION_ID}")
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    database = open_database(db_path)
    database.dispose()
    backups = dbmod.list_backups(db_path)
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            dbmod.head_revision()
        )


def test_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "agenda.xlsx"
    path.write_bytes(b"PK\x03\x04 a spreadsheet, not a database")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_sqlite_file_of_another_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
        raw.execute("INSERT INTO contacts VALUES ('someone')")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_database_written_by_a_newer_version_is_refused_and_left_untouched(
    db_path: Path,
) -> None:
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_locked_database_gets_a_clear_message(db_path: Path) -> None:
    open_database(db_path).dispose()
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked"):
            open_database(db_path)
    finally:
        holder.rollback()
        holder.close()


def test_missing_database_is_not_created_when_not_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no PIMAP database"):
        open_database(tmp_path / "none.sqlite", create=False)
    assert not (tmp_path / "none.sqlite").exists()


def test_upgrade_from_0001_keeps_people_and_adds_erased_at(db_path: Path) -> None:
    """A database made by revision 0001, with a person in it, upgrades to head intact."""
    from alembic import command

    engine = dbmod.create_db_engine(f"sqlite:///{db_path}")
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO people (id, first_name, last_name, email, job_title, phone, badge_name,"
            " languages, dietary_needs, accessibility_needs, consent_listed, consent_contact,"
            " notes, created_at, updated_at) VALUES ('0000000000000000000000000000abcd', 'Test',"
            " 'Person', 'test.person@lumiphos.example', '', '', '', '[]', 'vegetarian', '', 0, 0,"
            " '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()
    database = open_database(db_path)
    with database.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT email, dietary_needs, erased_at FROM people").one()
    database.dispose()
    assert tuple(row) == ("test.person@lumiphos.example", "vegetarian", None)
    backups = dbmod.list_backups(db_path)
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    with sqlite3.connect(backups[0]) as copy:  # the backup is the 0001 database
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_upgrade_from_0002_keeps_the_programme_and_adds_source_uid(db_path: Path) -> None:
    """A database made by revision 0002, with a programme item that has an attendee and a B2B
    session pointing at it, upgrades to head with all of it intact and no source UID."""
    from alembic import command

    engine = dbmod.create_db_engine(f"sqlite:///{db_path}")
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for statement in (
            "INSERT INTO missions (id, code, name, kind, host_event, city, country, timezone,"
            " start_date, end_date, status, objectives, practical_info, created_at, updated_at)"
            " VALUES ('000000000000000000000000000000a1', 'PW2027', 'Photonics West 2027',"
            " 'business_mission', '', 'San Francisco', 'US', 'America/Los_Angeles',"
            " '2027-01-24', '2027-01-29', 'draft', '', '', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')",
            "INSERT INTO people (id, first_name, last_name, email, job_title, phone, badge_name,"
            " languages, dietary_needs, accessibility_needs, consent_listed, consent_contact,"
            " notes, created_at, updated_at) VALUES ('000000000000000000000000000000b1', 'Test',"
            " 'Person', 'test.person@lumiphos.example', '', '', '', '[]', '', '', 0, 0, '',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            "INSERT INTO registrations (id, mission_id, person_id, role, status, hotel,"
            " badges_printed, notes, created_at, updated_at) VALUES"
            " ('000000000000000000000000000000c1', '000000000000000000000000000000a1',"
            " '000000000000000000000000000000b1', 'delegate', 'confirmed', '', 0, '',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            "INSERT INTO programme_items (id, mission_id, kind, title, description, starts_at,"
            " ends_at, room, audience, created_at, updated_at) VALUES"
            " ('000000000000000000000000000000d1', '000000000000000000000000000000a1',"
            " 'briefing', 'Welcome briefing', 'Badges and plans', '2027-01-25 17:00:00',"
            " '2027-01-25 18:00:00', 'Room 12', 'named', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')",
            "INSERT INTO programme_item_attendees (programme_item_id, registration_id) VALUES"
            " ('000000000000000000000000000000d1', '000000000000000000000000000000c1')",
            "INSERT INTO b2b_sessions (id, mission_id, programme_item_id, name, starts_at,"
            " ends_at, slot_minutes, break_minutes, created_at, updated_at) VALUES"
            " ('000000000000000000000000000000e1', '000000000000000000000000000000a1',"
            " '000000000000000000000000000000d1', 'Morning B2B', '2027-01-26 17:00:00',"
            " '2027-01-26 20:00:00', 20, 5, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        ):
            connection.exec_driver_sql(statement)
    engine.dispose()

    database = open_database(db_path)
    with database.engine.connect() as conn:
        item = conn.exec_driver_sql(
            "SELECT title, description, starts_at, room, audience, source_uid FROM programme_items"
        ).one()
        attendees = conn.exec_driver_sql("SELECT count(*) FROM programme_item_attendees").scalar()
        linked = conn.exec_driver_sql("SELECT programme_item_id FROM b2b_sessions").scalar()
        indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(programme_items)")}
    database.dispose()
    assert tuple(item) == (
        "Welcome briefing",
        "Badges and plans",
        "2027-01-25 17:00:00",
        "Room 12",
        "named",
        None,
    )
    assert attendees == 1
    assert linked == "000000000000000000000000000000d1"
    assert "ix_programme_items_source_uid" in indexes
    backups = dbmod.list_backups(db_path)
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    with sqlite3.connect(backups[0]) as copy:  # the backup is the 0002 database
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)


def test_upgrade_from_0003_keeps_imported_items_and_adds_calendar_imports(db_path: Path) -> None:
    """A database made by revision 0003, with an item imported from a partner's agenda,
    upgrades to head with the item and its source UID intact and an empty record of imports
    (the next import takes the item as it finds it)."""
    from alembic import command

    engine = dbmod.create_db_engine(f"sqlite:///{db_path}")
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        for statement in (
            "INSERT INTO missions (id, code, name, kind, host_event, city, country, timezone,"
            " start_date, end_date, status, objectives, practical_info, created_at, updated_at)"
            " VALUES ('000000000000000000000000000000a1', 'PW2027', 'Photonics West 2027',"
            " 'business_mission', '', 'San Francisco', 'US', 'America/Los_Angeles',"
            " '2027-01-24', '2027-01-29', 'draft', '', '', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')",
            "INSERT INTO programme_items (id, mission_id, kind, title, description, starts_at,"
            " ends_at, room, audience, source_uid, created_at, updated_at) VALUES"
            " ('000000000000000000000000000000d1', '000000000000000000000000000000a1',"
            " 'other', 'Keynote: light for health', '', '2027-01-26 17:00:00',"
            " '2027-01-26 18:00:00', '', 'everyone', 'keynote-2027@ggpa.example',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        ):
            connection.exec_driver_sql(statement)
    engine.dispose()

    database = open_database(db_path)
    with database.engine.connect() as conn:
        item = conn.exec_driver_sql("SELECT title, source_uid FROM programme_items").one()
        records = conn.exec_driver_sql("SELECT count(*) FROM calendar_imports").scalar()
        keys = [row[5] for row in conn.exec_driver_sql("PRAGMA table_info(calendar_imports)")]
    database.dispose()
    assert tuple(item) == ("Keynote: light for health", "keynote-2027@ggpa.example")
    assert records == 0
    assert keys == [1, 2, 0]  # mission_id and source_uid make the key
    backups = dbmod.list_backups(db_path)
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
