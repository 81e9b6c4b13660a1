"""One scheduler run at a time per mission on a team database: two real clients, each logged in
as its own coordinator, on the test server (tests/pg.py). The second run is refused at once,
naming who started the first and when (in the mission's zone); once the first has finished,
the second may run. Another mission is not held up. On SQLite nothing is taken."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.pool import NullPool

from pimap_desktop.cli import main
from pimap_desktop.domain.models import Meeting, Mission
from pimap_desktop.services.b2b.scheduling.instance import ScheduleReport, schedule_mission
from pimap_desktop.services.b2b.scheduling.lock import (
    SchedulingRunning,
    running_message,
    scheduling_lock,
    scheduling_lock_key,
)
from pimap_desktop.store.database import Database, open_database
from pimap_desktop.store.locks import APP_NAME_PREFIX, LockHolder
from tests.team_db import TeamDb, team_db

__all__ = ["team_db"]

WAIT = 60.0  # the longest a thread waits for the other (an event, not a sleep)


def _mission(db: Database, code: str) -> uuid.UUID:
    with db.session() as session:
        return session.scalars(select(Mission.id).where(Mission.code == code)).one()


def _meetings(db: Database, mission_id: uuid.UUID) -> int:
    with db.session() as session:
        return len(
            session.scalars(select(Meeting.id).where(Meeting.mission_id == mission_id)).all()
        )


@pytest.fixture
def demo_team(team_db: TeamDb) -> TeamDb:
    assert main(["--db", team_db.url, "demo"]) == 0
    return team_db


def test_a_second_run_on_the_same_mission_is_refused_naming_who_started_the_first(
    demo_team: TeamDb,
) -> None:
    first_user, second_user = demo_team.add("editor").name, demo_team.add("editor").name
    first = open_database(demo_team.url_as(first_user), create=False)
    second = open_database(demo_team.url_as(second_user), create=False)
    mission_id = _mission(first, "PW2027")
    started, go = threading.Event(), threading.Event()
    outcome: list[ScheduleReport | BaseException] = []

    def hold_in_progress(_done: int, _total: int) -> None:
        if not started.is_set():
            started.set()
            go.wait(WAIT)  # the first run stays in its solve until the second has tried

    def first_run() -> None:
        try:
            outcome.append(
                schedule_mission(
                    first.sessions,
                    mission_id,
                    time_limit=5,
                    method="greedy",
                    progress=hold_in_progress,
                )
            )
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    thread = threading.Thread(target=first_run)
    thread.start()
    try:
        assert started.wait(WAIT), "the first run did not start"
        # What the lock's holder shows the server (an administrator's view): since when.
        app_name = _admin_scalar(
            demo_team.url,
            "SELECT application_name FROM pg_stat_activity WHERE usename = :u"
            " AND application_name LIKE 'pimap-lock %'",
            u=first_user,
        )
        since = datetime.fromisoformat(str(app_name).removeprefix(APP_NAME_PREFIX))
        with pytest.raises(SchedulingRunning) as refused:
            schedule_mission(second.sessions, mission_id, time_limit=5, method="greedy")
    finally:
        go.set()
        thread.join(WAIT)
    local = since.astimezone(ZoneInfo("America/Los_Angeles"))
    assert str(refused.value) == (
        f"Scheduling of PW2027 is already running, started by {first_user} at "
        f"{local:%H:%M} ({local:%Z}); try again when it has finished. Nothing was changed."
    )
    [report] = outcome
    assert isinstance(report, ScheduleReport) and report.scheduled > 0
    assert _meetings(second, mission_id) == report.scheduled  # the first run's schedule, whole

    # The lock went with the first run: the second coordinator may run now.
    again = schedule_mission(second.sessions, mission_id, time_limit=5, method="greedy")
    assert again.scheduled == report.scheduled
    first.dispose()
    second.dispose()


def _admin_scalar(url: str, statement: str, **params: object) -> object:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return conn.scalar(text(statement), params)
    finally:
        engine.dispose()


def test_another_mission_is_not_held_up_and_the_lock_is_gone_after_the_run(
    demo_team: TeamDb,
) -> None:
    db = open_database(demo_team.url, create=False)
    try:
        pw2027, can2027 = _mission(db, "PW2027"), _mission(db, "CAN2027")
        with scheduling_lock(db.sessions, pw2027):
            with scheduling_lock(db.sessions, can2027):
                pass
            refused = pytest.raises(SchedulingRunning, match="Scheduling of PW2027 is already")
            with refused, scheduling_lock(db.sessions, pw2027):
                pass
        with scheduling_lock(db.sessions, pw2027):  # released when the first block ended
            pass
        held = _admin_scalar(
            demo_team.url,
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database ="
            " (SELECT oid FROM pg_database WHERE datname = current_database())",
        )
        assert held == 0
    finally:
        db.dispose()


def test_a_refused_cli_run_exits_1_with_the_holders_name(
    demo_team: TeamDb, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = demo_team.add("editor").name
    db = open_database(demo_team.url_as(holder), create=False)
    try:
        with scheduling_lock(db.sessions, _mission(db, "PW2027")):
            code = main(["--db", demo_team.url, "schedule", "--mission", "PW2027"])
    finally:
        db.dispose()
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith(
        f"pimap: error: Scheduling of PW2027 is already running, started by {holder} at "
    )


def test_the_key_is_stable_and_distinct_per_mission() -> None:
    mission = uuid.UUID("6f1c2b5e-8f0a-4a59-9d54-3f2f4c3b1a20")
    assert scheduling_lock_key(mission) == scheduling_lock_key(uuid.UUID(str(mission)))
    assert scheduling_lock_key(mission) != scheduling_lock_key(uuid.uuid4())
    assert -(2**63) <= scheduling_lock_key(mission) < 2**63


def test_the_message_gives_the_time_in_the_missions_zone_and_the_day_when_not_today() -> None:
    holder = LockHolder(
        user="coordinator2", since=datetime(2027, 1, 26, 18, 42, tzinfo=ZoneInfo("UTC"))
    )
    zone = "America/Los_Angeles"
    same_day = datetime(2027, 1, 26, 11, 0, tzinfo=ZoneInfo(zone))
    assert running_message("PW2027", zone, holder, now=same_day).startswith(
        "Scheduling of PW2027 is already running, started by coordinator2 at 10:42 (PST);"
    )
    next_day = datetime(2027, 1, 27, 9, 0, tzinfo=ZoneInfo(zone))
    assert "at 2027-01-26 10:42 (PST)" in running_message("PW2027", zone, holder, now=next_day)
    unknown = LockHolder(user="coordinator2", since=None)
    assert "running, started by coordinator2;" in running_message(
        "PW2027", zone, unknown, now=same_day
    )


def test_on_sqlite_nothing_is_taken_and_runs_go_on_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "laptop.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    db = open_database(path)
    try:
        mission_id = _mission(db, "PW2027")
        with scheduling_lock(db.sessions, mission_id):
            report = schedule_mission(db.sessions, mission_id, time_limit=5, method="greedy")
        assert report.scheduled > 0
    finally:
        db.dispose()
