"""The team database's password in the operating system's password store (a stand-in here)."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.store.credentials import (
    NO_STORE_MESSAGE,
    SERVICE,
    credential_key,
    forget_password,
    password_for,
    password_store_available,
    remember_password,
    url_with_password,
    without_password,
)
from pimap_desktop.store.team_url import team_url
from tests.memory_keyring import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures

URL = team_url("DB.example.org", 5432, "pimap", "coordinator2")


def test_a_password_is_kept_under_user_host_port_and_database(
    memory_keyring: MemoryKeyring,
) -> None:
    remember_password(URL, "s3cret:@/%")
    assert memory_keyring.passwords == {
        (SERVICE, "coordinator2@db.example.org:5432/pimap"): "s3cret:@/%"
    }
    assert password_for(URL) == "s3cret:@/%"


def test_the_key_ignores_options_and_a_password_in_the_url() -> None:
    assert credential_key("postgresql+psycopg://u:pw@h/db?sslmode=require") == "u@h:5432/db"
    assert credential_key("postgresql://u@/db?host=/run/pg&port=5433") == "u@/run/pg:5433/db"
    assert credential_key("sqlite:////tmp/pimap.sqlite") is None


def test_another_database_or_user_has_its_own_password(memory_keyring: MemoryKeyring) -> None:
    remember_password(URL, "one")
    assert password_for(team_url("db.example.org", 5432, "other", "coordinator2")) is None
    assert password_for(team_url("db.example.org", 5432, "pimap", "viewer")) is None
    assert password_for(team_url("db.example.org", 5433, "pimap", "coordinator2")) is None


def test_a_forgotten_password_is_gone_and_forgetting_twice_is_harmless(
    memory_keyring: MemoryKeyring,
) -> None:
    remember_password(URL, "s3cret")
    forget_password(URL)
    forget_password(URL)
    assert password_for(URL) is None
    assert memory_keyring.passwords == {}


def test_the_url_to_connect_with_gets_the_remembered_password(
    memory_keyring: MemoryKeyring,
) -> None:
    assert url_with_password(URL) == URL  # none remembered yet
    remember_password(URL, "p@ss/word")
    filled = make_url(url_with_password(URL))
    assert filled.password == "p@ss/word"
    assert filled.query["sslmode"] == "require"
    given = make_url(URL).set(password="typed").render_as_string(hide_password=False)
    assert url_with_password(given) == given  # a password given now wins
    assert without_password(url_with_password(URL)) == URL


def test_without_a_password_store_it_says_so_and_writes_nothing(
    no_keyring: None, tmp_path: object
) -> None:
    assert not password_store_available()
    with pytest.raises(PimapError) as caught:
        remember_password(URL, "s3cret")
    assert str(caught.value) == NO_STORE_MESSAGE
    assert password_for(URL) is None
    assert url_with_password(URL) == URL
    forget_password(URL)  # nothing to forget: no error
