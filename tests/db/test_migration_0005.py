"""Revision 0005 (practical notes, audiences by role and alternatives, emblems and settings)
upgrades a database made at 0004 with everything in it intact: named attendees and B2B
sessions' links to programme items survive the copy of the programme table that SQLite needs to
add a foreign key."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command

from pimap_desktop.domain.enums import Audience
from pimap_desktop.domain.models import Mission
from pimap_desktop.services.printing.itinerary import mission_itineraries
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import open_database

MISSION = "000000000000000000000000000000a1"
PERSON = "000000000000000000000000000000b1"
REGISTRATION = "000000000000000000000000000000c1"
BRIEFING = "000000000000000000000000000000d1"
B2B_ITEM = "000000000000000000000000000000d2"
SESSION = "000000000000000000000000000000e1"
STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00'"
PRACTICAL = "Fair: Moscone Center.\nWeather: rainy."

ROWS_AT_0004 = (
    "INSERT INTO missions (id, code, name, kind, host_event, city, country, timezone,"
    " start_date, end_date, status, objectives, practical_info, created_at, updated_at) VALUES"
    f" ('{MISSION}', 'PW2027', 'Photonics West 2027', 'business_mission', '', 'San Francisco',"
    f" 'US', 'America/Los_Angeles', '2027-01-24', '2027-01-29', 'open', '', '{PRACTICAL}',"
    f" {STAMP})",
    "INSERT INTO people (id, first_name, last_name, email, job_title, phone, badge_name,"
    " languages, dietary_needs, accessibility_needs, consent_listed, consent_contact, notes,"
    f" created_at, updated_at) VALUES ('{PERSON}', 'Test', 'Person',"
    f" 'test.person@lumiphos.example', '', '', '', '[]', '', '', 0, 0, '', {STAMP})",
    "INSERT INTO registrations (id, mission_id, person_id, role, status, hotel, badges_printed,"
    f" notes, created_at, updated_at) VALUES ('{REGISTRATION}', '{MISSION}', '{PERSON}',"
    f" 'delegate', 'confirmed', '', 0, '', {STAMP})",
    "INSERT INTO programme_items (id, mission_id, kind, title, description, starts_at, ends_at,"
    f" room, audience, created_at, updated_at) VALUES ('{BRIEFING}', '{MISSION}', 'briefing',"
    "'Welcome briefing', 'Badges and plans', '2027-01-25 17:00:00', '2027-01-25 18:00:00',"
    f" 'Room 12', 'named', {STAMP})",
    "INSERT INTO programme_items (id, mission_id, kind, title, description, starts_at, ends_at,"
    f" room, audience, created_at, updated_at) VALUES ('{B2B_ITEM}', '{MISSION}',"
    " 'b2b_session', 'B2B meetings', '', '2027-01-27 21:30:00', '2027-01-28 01:30:00',"
    f" 'Room 214', 'everyone', {STAMP})",
    "INSERT INTO programme_item_attendees (programme_item_id, registration_id) VALUES"
    f" ('{BRIEFING}', '{REGISTRATION}')",
    "INSERT INTO b2b_sessions (id, mission_id, programme_item_id, name, starts_at, ends_at,"
    f" slot_minutes, break_minutes, created_at, updated_at) VALUES ('{SESSION}', '{MISSION}',"
    f" '{B2B_ITEM}', 'B2B meetings', '2027-01-27 21:30:00', '2027-01-28 01:30:00', 20, 5,"
    f" {STAMP})",
)


def _database_at_0004(db_path: Path) -> None:
    engine = dbmod.create_db_engine(f"sqlite:///{db_path}")
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        for statement in ROWS_AT_0004:
            connection.exec_driver_sql(statement)
    engine.dispose()


def test_upgrade_from_0004_keeps_attendees_links_and_the_practical_information(
    db_path: Path,
) -> None:
    _database_at_0004(db_path)

    database = open_database(db_path)
    with database.engine.connect() as conn:
        items = conn.exec_driver_sql(
            "SELECT id, title, audience, roles, alternative_to_id FROM programme_items"
            " ORDER BY starts_at"
        ).all()
        attendees = conn.exec_driver_sql("SELECT * FROM programme_item_attendees").all()
        linked = conn.exec_driver_sql("SELECT programme_item_id FROM b2b_sessions").scalar()
        practical = conn.exec_driver_sql("SELECT practical_info FROM missions").scalar()
        counts = [
            conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            for table in ("practical_notes", "emblems", "settings")
        ]
        keys = conn.exec_driver_sql("PRAGMA foreign_key_list(programme_items)").all()
    assert [tuple(row) for row in items] == [
        (BRIEFING, "Welcome briefing", "named", "[]", None),
        (B2B_ITEM, "B2B meetings", "everyone", "[]", None),
    ]
    assert [tuple(row) for row in attendees] == [(BRIEFING, REGISTRATION)]
    assert linked == B2B_ITEM
    assert practical == PRACTICAL  # still the text for everyone, where the mission form edits it
    assert counts == [0, 0, 0]
    alternative = [k for k in keys if k[3] == "alternative_to_id"]
    assert [(k[2], k[4], k[6]) for k in alternative] == [("programme_items", "id", "SET NULL")]

    # The upgraded data reads as before: the named attendee has the briefing, the mission's
    # practical information is for everyone.
    with database.session() as session:
        mission = session.get(Mission, uuid.UUID(MISSION))
        assert mission is not None
        it = mission_itineraries(session, mission)
        registration = uuid.UUID(REGISTRATION)
        assert [e.title for e in it.person_programme(registration)] == [
            "Welcome briefing",
            "B2B meetings",
        ]
        assert it.practical_info == PRACTICAL and it.notes_for(registration) == ()
        assert mission.programme[0].audience is Audience.NAMED
    database.dispose()

    backups = dbmod.list_backups(db_path)
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)


def test_deleting_the_item_an_alternative_stands_in_for_leaves_the_alternative_for_all(
    db_path: Path,
) -> None:
    _database_at_0004(db_path)
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute(
            "UPDATE programme_items SET alternative_to_id = ? WHERE id = ?", (BRIEFING, B2B_ITEM)
        )
        raw.execute("DELETE FROM programme_items WHERE id = ?", (BRIEFING,))
        left = raw.execute("SELECT alternative_to_id FROM programme_items").fetchall()
    assert left == [(None,)]


def test_downgrade_to_0004_keeps_attendees_and_links(db_path: Path) -> None:
    _database_at_0004(db_path)
    open_database(db_path).dispose()
    engine = dbmod.create_db_engine(f"sqlite:///{db_path}")
    config = dbmod._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    engine.dispose()
    with sqlite3.connect(db_path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(programme_items)")}
        attendees = raw.execute("SELECT * FROM programme_item_attendees").fetchall()
        linked = raw.execute("SELECT programme_item_id FROM b2b_sessions").fetchone()
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
    assert "roles" not in columns and "alternative_to_id" not in columns
    assert attendees == [(BRIEFING, REGISTRATION)] and linked == (B2B_ITEM,)
    assert not {"practical_notes", "emblems", "settings"} & tables
