"""A team database on PostgreSQL (the test server of tests/pg.py): the same migrations build
the schema of the models, step by step from the first revision; a database that is empty, of
another program or of a newer PIMAP is handled as a file would be; the server's refusals (not
reached, login refused, read-only, a colleague's lock or conflicting change) are one clear
line, never with a password."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from pimap_desktop.cli import main
from pimap_desktop.domain.errors import DatabaseError
from pimap_desktop.domain.models import Base, Mission
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.store import database as dbmod
from pimap_desktop.store.database import explain_database_error, open_database
from tests.factories import mission_data
from tests.pg import PgServer

PASSWORD = "n0t-in-any-message"
PERSON = "000000000000000000000000000000b1"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _with_password(url: str) -> str:
    return make_url(url).set(password=PASSWORD).render_as_string(hide_password=False)


# --------------------------------------------------------------------------- migrations


def test_migrations_upgrade_step_by_step_from_the_first_revision_and_down_again(
    pg_empty_database: str,
) -> None:
    script = ScriptDirectory.from_config(dbmod._alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions[0] == "0001" and revisions[-1] == dbmod.head_revision()
    engine = dbmod.create_db_engine(pg_empty_database)
    config = dbmod._alembic_config()
    try:
        for revision in revisions:
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if revision == "0001":
                    connection.execute(
                        text(
                            "INSERT INTO people (id, first_name, last_name, email, job_title,"
                            " phone, badge_name, languages, dietary_needs, accessibility_needs,"
                            " consent_listed, consent_contact, notes, created_at, updated_at)"
                            f" VALUES ('{PERSON}', 'Test', 'Person', 'test.person@lumiphos.example',"
                            " '', '', '', '[\"fi\"]', 'vegetarian', '', false, true, '',"
                            " '2026-01-01 00:00:00+00', '2026-01-01 00:00:00+00')"
                        )
                    )
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            row = connection.execute(
                text("SELECT email, languages, consent_contact, erased_at FROM people")
            ).one()
            assert tuple(row) == ("test.person@lumiphos.example", ["fi"], True, None)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["alembic_version"]
    finally:
        engine.dispose()


def test_opening_an_empty_database_creates_the_schema_only_when_asked(
    pg_empty_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--db", pg_empty_database, "missions")
    assert code == 1 and "holds no PIMAP data yet" in err and err.count("\n") == 1
    engine = create_engine(pg_empty_database, poolclass=NullPool)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []
    engine.dispose()
    argv = ["mission", "add", "--code", "PW2027", "--name", "Photonics West 2027"]
    argv += ["--kind", "business_mission", "--city", "San Francisco", "--country", "US"]
    argv += ["--timezone", "America/Los_Angeles", "--start", "2027-01-24", "--end", "2027-01-29"]
    assert _run(capsys, "--db", pg_empty_database, *argv)[0] == 0
    code, out, _ = _run(capsys, "--db", pg_empty_database, "missions", "--json")
    assert code == 0 and "PW2027" in out


def test_a_database_of_another_program_is_refused_and_left_untouched(
    pg_empty_database: str,
) -> None:
    engine = create_engine(pg_empty_database, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE contacts (name text)"))
    try:
        with pytest.raises(DatabaseError, match="another program"):
            open_database(pg_empty_database)
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["contacts"]
    finally:
        engine.dispose()


def test_a_database_of_a_newer_pimap_is_refused_and_left_untouched(pg_database: str) -> None:
    engine = create_engine(pg_database, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        with pytest.raises(DatabaseError, match="newer version of PIMAP"):
            open_database(pg_database)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                "9999"
            )
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- refusals


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the probe is


def test_a_server_that_cannot_be_reached_is_named_with_its_port_and_no_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = _closed_port()
    url = f"postgresql+psycopg://coordinator:{PASSWORD}@127.0.0.1:{port}/pimap"
    with pytest.raises(DatabaseError) as raised:
        open_database(url)
    message = str(raised.value)
    assert f"127.0.0.1, port {port}" in message and "cannot be reached" in message
    assert PASSWORD not in message
    code, out, err = _run(capsys, "--db", url, "missions")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert f"port {port}" in err and PASSWORD not in err


def test_a_login_the_server_refuses_is_said_so_without_the_password(
    pg_server: PgServer, pg_database: str
) -> None:
    role = f"pimap_nologin_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f'CREATE ROLE "{role}" NOLOGIN')
    try:
        url = make_url(_with_password(pg_database)).set(username=role)
        with pytest.raises(DatabaseError) as raised:
            open_database(url.render_as_string(hide_password=False))
    finally:
        pg_server.execute(f'DROP ROLE "{role}"')
    message = str(raised.value)
    assert "refused the login" in message and PASSWORD not in message


def test_a_database_missing_on_the_server_is_named(pg_database: str) -> None:
    url = make_url(pg_database).set(database="pimap_no_such_database").render_as_string(False)
    with pytest.raises(DatabaseError, match="no database 'pimap_no_such_database'"):
        open_database(url)


def test_a_read_only_command_cannot_write_and_is_told_why(pg_database: str) -> None:
    database = open_database(pg_database, read_only=True)
    try:
        with database.session() as session, pytest.raises(DBAPIError) as raised:
            create_mission(session, mission_data())
        explained = explain_database_error(raised.value, "The database")
        assert explained is not None and "read-only" in str(explained)
        with database.session() as session:
            assert session.scalars(select(Mission)).all() == []
    finally:
        database.dispose()


@pytest.fixture
def two_clients(pg_database: str) -> Iterator[tuple[dbmod.Database, dbmod.Database, uuid.UUID]]:
    first = open_database(pg_database)
    second = open_database(pg_database, writer_wait=0.2)
    with first.session() as session:
        mission_id = create_mission(session, mission_data())
    yield first, second, mission_id
    first.dispose()
    second.dispose()


def test_a_change_held_up_by_a_colleagues_lock_gives_up_as_busy(
    two_clients: tuple[dbmod.Database, dbmod.Database, uuid.UUID],
) -> None:
    first, second, mission_id = two_clients
    with first.engine.begin() as holder:
        holder.execute(update(Mission).where(Mission.id == mission_id).values(city="Lyon"))
        with second.session() as session, pytest.raises(DBAPIError) as raised:
            session.execute(update(Mission).where(Mission.id == mission_id).values(city="Oulu"))
    explained = explain_database_error(raised.value, "The database")
    assert explained is not None and "is busy" in str(explained)
    with first.session() as session:
        assert session.get(Mission, mission_id).city == "Lyon"  # type: ignore[union-attr]


def test_a_conflicting_change_of_a_colleague_is_said_so(
    two_clients: tuple[dbmod.Database, dbmod.Database, uuid.UUID],
) -> None:
    first, second, mission_id = two_clients
    city = select(Mission.city).where(Mission.id == mission_id)
    with first.engine.connect() as mine:
        mine = mine.execution_options(isolation_level="SERIALIZABLE")
        with mine.begin():
            mine.execute(city).scalar()
            with second.engine.begin() as colleague:
                colleague.execute(
                    update(Mission).where(Mission.id == mission_id).values(city="Porto")
                )
            with pytest.raises(DBAPIError) as raised:
                mine.execute(update(Mission).where(Mission.id == mission_id).values(city="Oulu"))
    explained = explain_database_error(raised.value, "The database")
    assert explained is not None and "a colleague changed the same records" in str(explained)


# --------------------------------------------------------------------------- file-only commands


def test_check_backup_and_backups_each_say_what_they_do_on_a_team_database(
    pg_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _with_password(pg_database)
    code, out, _ = _run(capsys, "--db", url, "check")
    assert code == 0 and "answers and its schema is up to date" in out and PASSWORD not in out
    for command_name in ("backup", "backups"):
        code, out, err = _run(capsys, "--db", url, command_name)
        assert code == 1 and out == "" and err.count("\n") == 1, command_name
        assert "team database on a server" in err and "pg_dump" in err and PASSWORD not in err


def test_display_url_hides_the_password() -> None:
    shown = dbmod.display_url(f"postgresql+psycopg://coordinator:{PASSWORD}@db.example:5433/pimap")
    assert PASSWORD not in shown and "db.example:5433/pimap" in shown
