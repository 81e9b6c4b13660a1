"""A team database for the tests of `pimap team`: a fresh PIMAP database on the test server
(tests/pg.py) after ``team init``, and logins made on it that are removed afterwards (roles
belong to the whole server, not to the database dropped after the test).

The test cluster trusts local connections (``initdb --auth=trust``): a login connects by its
name without its password, which is how these tests act as a given user. The password itself
is checked where the server's pg_hba.conf can be changed for one user (see
tests/db/test_team_roles.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy.engine import make_url

from pimap_desktop.store.database import open_database
from pimap_desktop.store.team import NewUser, add_user, init_team_database
from tests.pg import PgServer


@dataclass
class TeamDb:
    server: PgServer
    url: str  # as the server's administrator (who ran team init)
    users: list[str] = field(default_factory=list)

    def url_as(self, user: str, password: str | None = None) -> str:
        return (
            make_url(self.url)
            .set(username=user, password=password)
            .render_as_string(hide_password=False)
        )

    def new_name(self, prefix: str = "coordinator") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        self.users.append(name)
        return name

    def add(self, role: str, prefix: str = "coordinator") -> NewUser:
        """A login in ``role`` ("editor" or "viewer"), made by the administrator."""
        name = self.new_name(prefix)
        db = open_database(self.url, create=False)
        try:
            return add_user(db, name, role)
        finally:
            db.dispose()


@pytest.fixture
def team_db(pg_server: PgServer) -> Iterator[TeamDb]:
    url = pg_server.pimap_database()
    init_team_database(url)
    team = TeamDb(server=pg_server, url=url)
    try:
        yield team
    finally:
        pg_server.drop_database(url)
        for name in team.users:
            pg_server.execute(f'DROP ROLE IF EXISTS "{name}"')
