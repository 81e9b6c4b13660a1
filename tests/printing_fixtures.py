"""Fixtures for printing tests (a plugin of tests/conftest.py, so every folder can use them):

The demo is loaded and scheduled once per test session into a template file; every test gets
its own copy, so tests may write (badge counts, imports) without seeing each other. On
PostgreSQL (the ``[postgresql]`` variants, tests/pg.py) the template is a database on the test
server and every test gets its own copy of it.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import OrganisationKind, RegistrationRole, RegistrationStatus
from pimap_desktop.domain.models import B2BSession, Mission, Registration
from pimap_desktop.services.b2b.meetings import MeetingPlace, create_meeting
from pimap_desktop.services.b2b.scheduling.instance import schedule_mission
from pimap_desktop.services.demo import load_demo
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.store.database import open_database
from tests.factories import add_organisation, add_person
from tests.pg import PgServer

# Fictional people whose names exercise the font and the badge fitting.
HARD_NAMES = (
    ("Œrsted", "Łukasz", "Gonçalves Väisänen"),  # key, first, last
    ("Ørsted", "Søren", "Ørsted-Œhlenschläger"),
    ("Long", "Maria-Fernanda Alexandrina", "Wolfeschlegelsteinhausenbergerdorff-Łopuszańska"),
)


@dataclass(frozen=True)
class PrintableMission:
    mission_id: uuid.UUID
    code: str
    hard: dict[str, uuid.UUID]  # key of HARD_NAMES -> registration id


@pytest.fixture(scope="session")
def printing_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PrintableMission]:
    path = tmp_path_factory.mktemp("printing") / "template.sqlite"
    return path, _fill_printable(path)


@pytest.fixture(scope="session")
def pg_printing_template(pg_server: PgServer) -> tuple[str, PrintableMission]:
    """The same mission in a template database on the test server: its name and facts."""
    facts: list[PrintableMission] = []
    name = pg_server.template("pimap_printing_tpl", lambda url: facts.append(_fill_printable(url)))
    return name, facts[0]


def _fill_printable(target: Path | str) -> PrintableMission:
    database = open_database(target)
    try:
        with database.session() as session:
            load_demo(session)
            mission = session.scalar(select(Mission).where(Mission.code == "PW2027"))
            assert mission is not None
            mission_id = mission.id
        schedule_mission(database.session, mission_id, time_limit=5, method="greedy")
        hard: dict[str, uuid.UUID] = {}
        with database.session() as session:
            org = add_organisation(
                session,
                "Œrsted Ørsted Optik ApS",
                "DK",
                kind=OrganisationKind.SME,
                offers="Fibre lasers",
                seeks="Distributors",
            )
            for key, first, last in HARD_NAMES:
                person = add_person(
                    session,
                    first,
                    last,
                    f"{key.lower().encode('ascii', 'ignore').decode() or 'x'}-{len(hard)}@optik.example",
                    organisation=org,
                    consent_contact=True,
                    consent_listed=True,
                )
                register_people(
                    session,
                    mission_id,
                    [person.id],
                    role=RegistrationRole.DELEGATE,
                    status=RegistrationStatus.CONFIRMED,
                )
                hard[key] = session.scalars(
                    select(Registration.id).where(
                        Registration.person_id == person.id, Registration.mission_id == mission_id
                    )
                ).one()
            b2b = session.scalars(
                select(B2BSession).where(B2BSession.mission_id == mission_id)
            ).first()
            assert b2b is not None
            table = max(b2b.tables, key=lambda t: t.number)
            create_meeting(
                session,
                mission_id,
                MeetingPlace(session_id=b2b.id, position=0, table_id=table.id),
                [hard["Œrsted"], hard["Long"]],
            )
    finally:
        database.dispose()
    return PrintableMission(mission_id, "PW2027", hard)


@pytest.fixture
def printable(db_engine: str, request: pytest.FixtureRequest) -> PrintableMission:
    """The printable mission's facts; the database itself is ``printing_session``."""
    if db_engine == "postgresql":
        pg_template: tuple[str, PrintableMission] = request.getfixturevalue("pg_printing_template")
        return pg_template[1]
    template: tuple[Path, PrintableMission] = request.getfixturevalue("printing_template")
    return template[1]


@pytest.fixture
def printing_db_path(
    db_engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Path | str]:
    """The test's own copy of the printable mission's database, as ``--db`` and
    ``open_database`` take it: a file on SQLite, a database's URL on PostgreSQL."""
    if db_engine == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        name, _facts = request.getfixturevalue("pg_printing_template")
        url = server.create_database(template=name)
        yield url
        server.drop_database(url)
        return
    template: tuple[Path, PrintableMission] = request.getfixturevalue("printing_template")
    copy = tmp_path / "printing.sqlite"
    shutil.copyfile(template[0], copy)
    yield copy


@pytest.fixture
def printing_session(printing_db_path: Path | str) -> Iterator[Session]:
    database = open_database(printing_db_path)
    try:
        with database.session() as session:
            yield session
    finally:
        database.dispose()
