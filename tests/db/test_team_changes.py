"""Colleagues' changes: each commit that changed data on a team database sends one
``NOTIFY pimap_changes`` (tables, mission ids, no personal data), received by a listener on
another connection once the transaction commits, never for a rollback or a read."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import delete, select

from pimap_desktop.cli import main
from pimap_desktop.domain.models import Cluster, Mission, Person
from pimap_desktop.services.b2b.scheduling.instance import schedule_mission
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.changes import (
    CHANNEL,
    MAX_MISSIONS,
    Change,
    ChangeListener,
    own_backend_pids,
    payload,
)
from pimap_desktop.store.database import Database, open_database
from tests.factories import add_person, mission_data

WAIT = 10.0  # poll's timeout: returns as soon as a notice arrives


@pytest.fixture
def team(pg_database: str) -> Iterator[Database]:
    db = open_database(pg_database)
    yield db
    db.dispose()


@pytest.fixture
def listener(pg_database: str) -> Iterator[ChangeListener]:
    with ChangeListener(pg_database) as listening:
        yield listening


def _cluster(name: str = "Photonics cluster") -> Cluster:
    return Cluster(name=name, short_name="PHO", country="FR", timezone="Europe/Paris")


def test_a_commit_is_announced_to_a_listener_on_another_connection_after_it_commits(
    team: Database, listener: ChangeListener
) -> None:
    with team.session() as session:
        session.begin()
        session.add(_cluster())
        session.flush()
        assert listener.poll(0) == []  # written, not committed: nobody is told yet
        session.commit()
    [change] = listener.poll(WAIT)
    assert "clusters" in change.tables and change.missions == frozenset()
    assert change.pid in own_backend_pids(team.engine) and change.pid != listener.backend_pid
    assert listener.poll(0) == []  # one notice per commit


def test_a_change_in_a_mission_names_the_mission(team: Database, listener: ChangeListener) -> None:
    with team.session() as session:
        mission_id = create_mission(session, mission_data())
    [change] = listener.poll(WAIT)
    assert "missions" in change.tables and change.missions == frozenset({mission_id})


def test_a_rollback_and_a_read_announce_nothing(team: Database, listener: ChangeListener) -> None:
    with team.session() as session:
        with pytest.raises(RuntimeError), transaction(session):
            session.add(_cluster())
            session.flush()
            raise RuntimeError("the action fails half-way")
        session.scalars(select(Mission)).all()
        session.commit()
    with team.session() as session:
        add_person(session, "Aino", "Virtanen", "aino@example.test")
    [change] = listener.poll(WAIT)  # the only notice: the person added afterwards
    assert "people" in change.tables and "clusters" not in change.tables
    assert change.missions == frozenset()


def test_the_payload_names_tables_and_missions_never_personal_data(
    team: Database, listener: ChangeListener
) -> None:
    with team.session() as session:
        add_person(session, "Zoë", "Lindqvist", "zoe.lindqvist@example.test")
    with team.session() as session:
        [change] = listener.poll(WAIT)
        person = session.scalars(select(Person)).one()
    raw = payload(change.tables, change.missions)
    assert json.loads(raw) == {"tables": sorted(change.tables), "missions": []}
    for value in ("Zoë", "Lindqvist", "zoe.lindqvist", str(person.id)):
        assert value not in raw


def test_statements_run_through_the_session_are_announced(
    team: Database, listener: ChangeListener
) -> None:
    with team.session() as session, transaction(session):
        session.add(_cluster())
    listener.poll(WAIT)
    with team.session() as session, transaction(session):
        session.execute(delete(Cluster))
    [change] = listener.poll(WAIT)
    assert "clusters" in change.tables


def test_a_scheduler_run_announces_its_meetings_and_their_mission(
    pg_database: str, listener: ChangeListener
) -> None:
    assert main(["--db", pg_database, "demo"]) == 0
    listener.poll(WAIT)
    db = open_database(pg_database)
    try:
        with db.session() as session:
            mission_id = session.scalars(select(Mission.id).where(Mission.code == "PW2027")).one()
        schedule_mission(db.sessions, mission_id, time_limit=5, method="greedy")
    finally:
        db.dispose()
    changes = listener.poll(WAIT)
    tables = frozenset().union(*(c.tables for c in changes))
    assert {"meetings", "meeting_participants"} <= tables
    assert all(c.missions == frozenset({mission_id}) for c in changes)


def test_a_notice_from_another_program_or_too_many_missions_means_anything() -> None:
    assert Change.parse("not json", 7) == Change(frozenset({"*"}), None, 7)
    many = [uuid.uuid4() for _ in range(MAX_MISSIONS + 1)]
    assert json.loads(payload(["meetings"], many))["missions"] is None
    assert Change.parse(payload(["meetings"], many), 7).missions is None


def test_the_listener_refuses_a_database_file() -> None:
    from pimap_desktop.domain.errors import DatabaseError

    with pytest.raises(DatabaseError, match="PostgreSQL"):
        ChangeListener("sqlite:///laptop.sqlite")
    assert CHANNEL == "pimap_changes"
