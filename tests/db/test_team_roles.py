"""The team database's roles and users on a real PostgreSQL server (tests/pg.py): grants that
reach later tables, a login that connects as itself with the rights of its group, a password
the server accepts (and that it only ever received hashed), and ``can_write``.

The test cluster trusts local connections: a user connects by name without a password, which
is how most tests here act as that user. The password is checked for real by a SCRAM login,
where the test can give the server a pg_hba.conf line for that one user."""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from pimap_desktop.domain.errors import DatabaseError, ValidationError
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.store.database import VIEWER_MESSAGE, explain_database_error, open_database
from pimap_desktop.store.team import (
    can_write,
    check_user_name,
    init_team_database,
    scram_sha256_verifier,
)
from tests.factories import mission_data
from tests.pg import PgServer
from tests.team_db import TeamDb, team_db

__all__ = ["team_db"]


def _scalar(url: str, statement: str, **params: object) -> object:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return conn.scalar(text(statement), params)
    finally:
        engine.dispose()


def test_tables_added_later_by_the_owner_get_the_same_grants(team_db: TeamDb) -> None:
    engine = create_engine(team_db.url, poolclass=NullPool)
    with engine.begin() as conn:  # as a later migration would, run by the same owner
        conn.execute(text("CREATE TABLE later_table (id serial PRIMARY KEY, note text)"))
    with engine.connect() as conn:
        rights = conn.execute(
            text(
                "SELECT has_table_privilege('pimap_editor', 'later_table', 'INSERT, DELETE'),"
                " has_sequence_privilege('pimap_editor', 'later_table_id_seq', 'USAGE'),"
                " has_table_privilege('pimap_viewer', 'later_table', 'SELECT'),"
                " has_table_privilege('pimap_viewer', 'later_table', 'INSERT')"
            )
        ).one()
    engine.dispose()
    assert tuple(rights) == (True, True, True, False)


def test_init_again_keeps_the_roles_and_their_members(team_db: TeamDb) -> None:
    editor = team_db.add("editor").name
    report = init_team_database(team_db.url)
    assert report.roles_created == () and set(report.roles_existing) == {
        "pimap_editor",
        "pimap_viewer",
    }
    member = _scalar(team_db.url, "SELECT pg_has_role(:u, 'pimap_editor', 'MEMBER')", u=editor)
    assert member is True


def test_a_new_login_connects_as_itself_with_its_groups_rights(team_db: TeamDb) -> None:
    editor, viewer = team_db.add("editor"), team_db.add("viewer")
    for user, group, other in (
        (editor, "pimap_editor", "pimap_viewer"),
        (viewer, "pimap_viewer", "pimap_editor"),
    ):
        engine = create_engine(team_db.url_as(user.name), poolclass=NullPool)
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT current_user, pg_has_role(current_user, :g, 'MEMBER'),"
                    " pg_has_role(current_user, :o, 'MEMBER'), rolcanlogin, rolsuper,"
                    " rolcreaterole FROM pg_roles WHERE rolname = current_user"
                ),
                {"g": group, "o": other},
            ).one()
            assert tuple(row) == (user.name, True, False, True, False, False)
        engine.dispose()


def test_the_server_stores_the_same_verifier_for_the_password_as_it_would_make_itself(
    team_db: TeamDb,
) -> None:
    """Our SCRAM-SHA-256 verifier, computed with the salt PostgreSQL chose for the same
    password, is byte for byte PostgreSQL's own."""
    name = team_db.new_name()
    password = "A-generated_Password-0123456789abcdef"
    engine = create_engine(team_db.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("SET password_encryption = 'scram-sha-256'"))
        conn.execute(text(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'"))
        stored = conn.scalar(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}
        )
    engine.dispose()
    match = re.fullmatch(r"SCRAM-SHA-256\$(\d+):([^$]+)\$(.+)", str(stored))
    assert match is not None
    iterations, salt = int(match.group(1)), base64.b64decode(match.group(2))
    assert scram_sha256_verifier(password, salt=salt, iterations=iterations) == stored


def test_the_new_password_is_sent_to_the_server_only_hashed(team_db: TeamDb) -> None:
    user = team_db.add("editor")
    stored = _scalar(
        team_db.url, "SELECT rolpassword FROM pg_authid WHERE rolname = :n", n=user.name
    )
    assert str(stored).startswith("SCRAM-SHA-256$4096:")
    assert user.password not in str(stored)


@pytest.fixture
def password_required(team_db: TeamDb) -> Iterator[str]:
    """A login for which the server asks the password (a pg_hba.conf line for it alone, at
    the top, removed afterwards); its name. Skipped where the test cannot change the file (a
    server given by PIMAP_TEST_PG_URL)."""
    hba = Path(str(_scalar(team_db.url, "SHOW hba_file")))
    if not os.access(hba, os.W_OK):
        pytest.skip("the server's pg_hba.conf cannot be changed from here")
    name = team_db.new_name("with_password")
    original = hba.read_text()
    hba.write_text(f"local all {name} scram-sha-256\nhost all {name} all scram-sha-256\n{original}")
    try:
        _scalar(team_db.url, "SELECT pg_reload_conf()")
        yield name
    finally:
        hba.write_text(original)
        _scalar(team_db.url, "SELECT pg_reload_conf()")


def _login(team_db: TeamDb, user: str, password: str) -> str:
    engine = create_engine(team_db.url_as(user, password), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return str(conn.scalar(text("SELECT current_user")))
    finally:
        engine.dispose()


def test_the_printed_password_logs_in_where_the_server_asks_for_it(
    team_db: TeamDb, password_required: str
) -> None:
    from pimap_desktop.store.team import add_user

    db = open_database(team_db.url, create=False)
    try:
        user = add_user(db, password_required, "viewer")
    finally:
        db.dispose()
    # The server reloads its pg_hba.conf when it gets to it: until a wrong password is
    # refused, the line is not in force yet (a bounded number of tries, no sleeping).
    for _attempt in range(2000):
        try:
            _login(team_db, user.name, "not-the-password")
        except DBAPIError as exc:
            assert "password authentication failed" in str(exc.orig)
            break
    else:
        pytest.fail("the server never asked for the password")
    assert _login(team_db, user.name, user.password) == user.name


def test_user_names_are_checked_before_the_server_sees_them() -> None:
    for good in ("coordinator2", "anna.silva", "J_Virtanen-FI"):
        assert check_user_name(good) == good
    for bad in ("", "2cool", "a b", "naïve", 'x"y', "x;y", "pg_admin", "pimap_editor", "a" * 64):
        with pytest.raises(ValidationError):
            check_user_name(bad)


# --------------------------------------------------------------------------- who may write


def test_can_write_is_true_for_an_editor_and_the_owner_false_for_a_viewer(
    team_db: TeamDb,
) -> None:
    verdicts = {}
    for who, url in (
        ("owner", team_db.url),
        ("editor", team_db.url_as(team_db.add("editor").name)),
        ("viewer", team_db.url_as(team_db.add("viewer").name)),
    ):
        db = open_database(url, create=False)
        try:
            verdicts[who] = can_write(db)
        finally:
            db.dispose()
    assert verdicts == {"owner": True, "editor": True, "viewer": False}


def test_can_write_on_a_database_file(tmp_path: Path) -> None:
    path = tmp_path / "laptop.sqlite"
    db = open_database(path)
    try:
        assert can_write(db) is True
        if os.geteuid() != 0:  # root writes whatever the mode says
            path.chmod(0o400)
            try:
                assert can_write(db) is False
            finally:
                path.chmod(0o600)
    finally:
        db.dispose()


def test_a_viewers_write_through_a_service_is_refused_by_the_server_and_explained(
    team_db: TeamDb,
) -> None:
    db = open_database(team_db.url_as(team_db.add("viewer").name), create=False)
    try:
        with db.session() as session, pytest.raises(DBAPIError) as raised:
            create_mission(session, mission_data())
    finally:
        db.dispose()
    assert getattr(raised.value.orig, "sqlstate", None) == "42501"
    explained = explain_database_error(raised.value, "The team database")
    assert isinstance(explained, DatabaseError) and str(explained) == VIEWER_MESSAGE


def test_an_editor_refused_a_schema_change_is_sent_to_the_administrator(team_db: TeamDb) -> None:
    engine = create_engine(team_db.url_as(team_db.add("editor").name), poolclass=NullPool)
    try:
        with engine.begin() as conn, pytest.raises(DBAPIError) as raised:
            conn.execute(text("ALTER TABLE registrations ADD COLUMN x integer"))
    finally:
        engine.dispose()
    explained = explain_database_error(raised.value, "The team database")
    assert explained is not None
    assert str(explained).startswith("The team database refused this to your account (")
    assert "administrator" in str(explained) and "pimap_viewer" not in str(explained)


def test_init_by_a_role_that_may_not_create_roles_says_who_may(
    team_db: TeamDb, pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from pimap_desktop.cli import main

    editor = team_db.add("editor").name
    # The roles exist already, so the first refusal is a grant on tables the editor does not own.
    code = main(["--db", team_db.url_as(editor), "team", "init"])
    _out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1
    assert "Only the team server's administrator" in err


def test_a_psycopg_connection_as_the_user_sees_the_same_rights(team_db: TeamDb) -> None:
    """The raw driver, as the listener uses it, connects with the same URL."""
    viewer = team_db.add("viewer").name
    parsed = make_url(team_db.url_as(viewer))
    with psycopg.connect(
        dbname=parsed.database,
        user=viewer,
        host=str(parsed.query["host"]),
        port=str(parsed.query["port"]),
    ) as conn:
        allowed = conn.execute("SELECT has_table_privilege('registrations', 'INSERT')").fetchone()
    assert allowed == (False,)
