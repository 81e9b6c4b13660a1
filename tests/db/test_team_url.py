"""A team database's address: built from its fields, the TLS rule, read back, checked."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.store.team_url import (
    database_label,
    is_local_host,
    parse_team_url,
    team_database,
    team_url,
    with_tls_rule,
)


def test_a_server_on_another_computer_is_reached_with_tls_required() -> None:
    url = team_url("pimap.example.org", 5432, "pimap", "coordinator")
    assert url == "postgresql+psycopg://coordinator@pimap.example.org:5432/pimap?sslmode=require"


@pytest.mark.parametrize("host", ["10.0.0.7", "db.cluster.fi", "2001:db8::1"])
def test_every_non_local_host_requires_tls(host: str) -> None:
    assert make_url(team_url(host, "5432", "pimap", "u")).query["sslmode"] == "require"


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST", "127.0.0.1", "127.0.1.1", "::1", "[::1]", "/run/pg"]
)
def test_a_server_on_this_computer_gets_no_sslmode(host: str) -> None:
    assert is_local_host(host)
    assert "sslmode" not in make_url(team_url(host, 5432, "pimap", "u")).query


def test_tls_turned_off_knowingly_still_prefers_tls() -> None:
    url = team_url("pimap.example.org", 5432, "pimap", "u", require_tls=False)
    assert make_url(url).query["sslmode"] == "prefer"


def test_odd_characters_in_names_are_escaped_not_read_as_url_syntax() -> None:
    url = team_url("db.example.org", 6543, "team/db?x", "anne@lyon:fr%")
    parsed = make_url(url)
    assert (parsed.username, parsed.host, parsed.port) == ("anne@lyon:fr%", "db.example.org", 6543)
    assert parsed.database == "team/db?x"
    assert parsed.password is None
    back = parse_team_url(url)
    assert (back.user, back.database, back.port) == ("anne@lyon:fr%", "team/db?x", 6543)


def test_a_socket_folder_goes_in_the_query_as_libpq_takes_it() -> None:
    url = team_url("/var/run/postgresql", 5433, "pimap", "postgres")
    parsed = make_url(url)
    assert parsed.host is None
    assert parsed.query == {"host": "/var/run/postgresql", "port": "5433"}
    assert parse_team_url(url).host == "/var/run/postgresql"
    assert parse_team_url(url).port == 5433


def test_a_url_is_read_back_into_its_fields_without_its_password() -> None:
    fields = parse_team_url("postgresql+psycopg://u:secret@Db.Example.org/pimap?sslmode=require")
    assert (fields.host, fields.port, fields.database, fields.user) == (
        "Db.Example.org",
        5432,
        "pimap",
        "u",
    )
    assert fields.require_tls
    assert "secret" not in fields.url()


def test_reading_back_keeps_a_stricter_mode_and_other_options() -> None:
    given = "postgresql+psycopg://u@db.example.org/pimap?sslmode=verify-full&sslrootcert=/ca.pem"
    fields = parse_team_url(given)
    assert fields.require_tls
    assert make_url(fields.url()).query == {"sslmode": "verify-full", "sslrootcert": "/ca.pem"}


@pytest.mark.parametrize(
    ("mode", "required"), [("disable", False), ("prefer", False), (None, True)]
)
def test_reading_back_says_whether_tls_is_required(mode: str | None, required: bool) -> None:
    query = f"?sslmode={mode}" if mode else ""
    assert parse_team_url(f"postgresql://u@db.example.org/pimap{query}").require_tls is required


def test_built_and_read_back_is_the_same_url() -> None:
    for url in (
        team_url("db.example.org", 5432, "pimap", "u"),
        team_url("db.example.org", 5432, "pimap", "u", require_tls=False),
        team_url("localhost", 5432, "pimap", "u"),
        team_url("/tmp/sockets", 5432, "pimap", "u"),
    ):
        assert parse_team_url(url).url() == url


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        (("", 5432, "pimap", "u"), "host", "address of the database server"),
        (("  ", 5432, "pimap", "u"), "host", "address of the database server"),
        (("db example", 5432, "pimap", "u"), "host", "not a server address"),
        (("db", "port", "pimap", "u"), "port", "number from 1 to 65535"),
        (("db", 0, "pimap", "u"), "port", "number from 1 to 65535"),
        (("db", "65536", "pimap", "u"), "port", "number from 1 to 65535"),
        (("db", "-1", "pimap", "u"), "port", "number from 1 to 65535"),
        (("db", 5432, "", "u"), "database", "name of the database"),
        (("db", 5432, "pimap", " "), "user", "user name"),
    ],
)
def test_bad_fields_are_refused_with_the_field_named(
    fields: tuple[str, str | int, str, str], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        team_database(*fields)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_file_is_not_a_team_database_address() -> None:
    with pytest.raises(ValidationError, match="not the address of a PostgreSQL database"):
        parse_team_url("sqlite:////tmp/pimap.sqlite")


def test_a_url_given_by_hand_gets_tls_required_unless_it_says_otherwise() -> None:
    remote = "postgresql+psycopg://u:pw@db.example.org/pimap"
    assert make_url(with_tls_rule(remote)).query["sslmode"] == "require"
    assert make_url(with_tls_rule(remote)).password == "pw"  # still there, for connecting
    off = "postgresql+psycopg://u@db.example.org/pimap?sslmode=disable"
    assert with_tls_rule(off) == off
    for untouched in ("postgresql+psycopg://u@localhost/pimap", "sqlite:////tmp/a.sqlite"):
        assert with_tls_rule(untouched) == untouched


def test_the_label_says_which_database_is_open_without_a_password() -> None:
    assert database_label("sqlite:////home/anne/pimap.sqlite") == "pimap.sqlite"
    assert database_label("/home/anne/missions.pimap") == "missions.pimap"
    assert (
        database_label("postgresql+psycopg://u:pw@db.example.org/pimap")
        == "pimap on db.example.org"
    )
    assert (
        database_label("postgresql+psycopg://u@db.example.org:6543/team")
        == "team on db.example.org:6543"
    )
    assert database_label(team_url("/run/pg", 5432, "pimap", "u")) == "pimap on /run/pg"
