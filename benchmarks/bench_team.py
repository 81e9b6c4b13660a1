"""Team database benchmark (issue 15): two coordinators saving at once on a PostgreSQL team
database while a scheduler run holds a mission, and how soon a colleague's change reaches a
listening window.

The server is a throwaway cluster (tests/pg_cluster.py: initdb and pg_ctl found, or
``$PIMAP_TEST_PG_URL``); without one the benchmark is skipped with the reason. The database is
made as a team makes one: ``team init``, then a laptop's file uploaded (``team upload``): the
demo with PW2027 scheduled, and a matchmaking mission TEAM27 (200 participants, 1,000 meeting
requests, 2 sessions x 14 slots x 40 tables) for the scheduler to work on for several seconds.

Each coordinator is a process of its own with its own login (``team add-user … --role editor``)
and connection. It cycles through three saves as the GUI makes them: the record read as its
form or grid shows it (with its version, so that a stale save would be refused), then saved
in a session and transaction of its own; only the save is timed:
- a registration of PW2027 edited (hotel and notes: the registration form);
- a follow-up recorded for a held meeting of PW2026 (the one-click entry after a meeting);
- a meeting of PW2027 moved to a free table of its slot (the grid's drag and drop).
The two coordinators keep to their own registrations and meetings, as two clusters'
coordinators do, and move meetings onto different tables; a refused save would be counted.

Phases, one after the other: (1) the baseline, one coordinator alone, ``SAVES`` saves; (2) the
two coordinators at once, ``SAVES`` saves each; (3) the scheduler alone on TEAM27; (4) the two
coordinators and the scheduler at once, ``SAVES`` saves each at least and on until the
scheduler run started with them has ended. Measured: each save's time (median, 95th
percentile, slowest), the throughput (saves per second; in the table as milliseconds per save
over the phase), the scheduler run, and for every save the time from its COMMIT being sent to
its notice reaching a ``ChangeListener`` in this process (store/changes.py). A window then
waits ``DEBOUNCE_MS`` (300 ms) more to gather a colleague's burst of commits, and reads the
page again. Every process here shares the machine's cores with the server: on two cores, two
coordinators and a scheduler compete for CPU as coordinators on their own laptops do not.

Run alone: ``python -m benchmarks team``.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import random
import statistics
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from datetime import time as clock_time
from functools import partial
from multiprocessing.synchronize import Event, Semaphore
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from benchmarks.bench_directory import FIRST_NAMES, LAST_NAMES, ORG_WORDS
from benchmarks.harness import Measurement
from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    MeetingStatus,
    MissionKind,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.domain.models import (
    B2BSession,
    B2BTable,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.store.database import Database, open_database

SAVES = 150  # per coordinator and phase, at least
MOST_SAVES = 3_000  # a cap, should the scheduler run go on and on
SCHEDULER_MISSION = "TEAM27"
SCHEDULER_TIME_LIMIT = 8.0
SEED = 15
KINDS = ("edit registration", "record follow-up", "move meeting")
PHASE_TIMEOUT_S = 600
NOTICE_WAIT_S = 5.0  # after a phase, for its last notices


# --------------------------------------------------------------------------- the database


def _add_matchmaking_mission(session: Session) -> None:
    """TEAM27: 200 confirmed participants from 60 organisations, 1,000 requests (a few popular
    targets, priorities 1-3, some mutual pairs), two sessions of 14 slots at 40 tables."""
    from pimap_desktop.services.b2b.meetings import SessionData, add_session
    from pimap_desktop.services.missions.missions import MissionData, create_mission
    from pimap_desktop.services.unit import transaction

    rng = random.Random(SEED)
    mission_id = create_mission(
        session,
        MissionData(
            code=SCHEDULER_MISSION,
            name="Four-cluster matchmaking (benchmark)",
            kind=MissionKind.MATCHMAKING_EVENT,
            city="Porto",
            country="PT",
            timezone="Europe/Lisbon",
            start_date=date(2027, 5, 4),
            end_date=date(2027, 5, 5),
        ),
    )
    for day in (date(2027, 5, 4), date(2027, 5, 5)):
        add_session(
            session,
            mission_id,
            SessionData(day, clock_time(9, 0), clock_time(13, 40), 20, 0, 40, f"B2B {day:%d %B}"),
        )
    with transaction(session):
        organisations = []
        for n in range(60):
            name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} Team {n}"
            organisations.append(
                {
                    "id": uuid.uuid4(),
                    "name": name,
                    "normalised_name": normalise_name(name),
                    "kind": OrganisationKind.SME,
                    "country": ("FR", "SE", "PT", "FI")[n % 4],
                }
            )
        session.execute(insert(Organisation), organisations)
        people, registrations = [], []
        for n in range(200):
            person_id = uuid.uuid4()
            people.append(
                {
                    "id": person_id,
                    "first_name": rng.choice(FIRST_NAMES),
                    "last_name": f"{rng.choice(LAST_NAMES)}-{n}",
                    "email": f"team{n}@bench.example",
                    "organisation_id": organisations[n % len(organisations)]["id"],
                }
            )
            registrations.append(
                {
                    "id": uuid.uuid4(),
                    "mission_id": mission_id,
                    "person_id": person_id,
                    "role": RegistrationRole.DELEGATE,
                    "status": RegistrationStatus.CONFIRMED,
                }
            )
        session.execute(insert(Person), people)
        session.execute(insert(Registration), registrations)
        ids = [uuid.UUID(str(r["id"])) for r in registrations]
        popular = ids[:20]
        pairs: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
        while len(pairs) < 1_000:
            requester = rng.choice(ids)
            target = rng.choice(popular) if rng.random() < 0.3 else rng.choice(ids)
            if requester != target:
                pairs.setdefault((requester, target), rng.choice((1, 2, 2, 3)))
                if rng.random() < 0.1 and len(pairs) < 1_000:
                    pairs.setdefault((target, requester), 1)
        session.execute(
            insert(MeetingRequest),
            [
                {
                    "id": uuid.uuid4(),
                    "mission_id": mission_id,
                    "requester_id": a,
                    "target_id": b,
                    "priority": p,
                }
                for (a, b), p in pairs.items()
            ],
        )


def _laptop_file(path: Path) -> None:
    """What a coordinator uploads: the demo, PW2027 scheduled, and TEAM27."""
    from pimap_desktop.services.b2b.scheduling.instance import schedule_mission
    from pimap_desktop.services.demo import load_demo

    db = open_database(path)
    try:
        with db.session() as session:
            load_demo(session)
            pw2027 = session.scalars(select(Mission.id).where(Mission.code == "PW2027")).one()
        schedule_mission(db.sessions, pw2027, method="greedy", seed=SEED)
        with db.session() as session:
            _add_matchmaking_mission(session)
    finally:
        db.dispose()


# --------------------------------------------------------------------------- the coordinators


@dataclass(frozen=True)
class Share:
    """One coordinator's part of the work: their login and records."""

    name: str
    url: str
    registrations: tuple[uuid.UUID, ...]  # of PW2027
    held_meetings: tuple[uuid.UUID, ...]  # of PW2026
    meetings: tuple[uuid.UUID, ...]  # of PW2027
    tables: tuple[uuid.UUID, ...]  # of PW2027's session: where their moves go


@dataclass(frozen=True)
class ClientResult:
    name: str
    saves: tuple[tuple[str, float], ...]  # (kind, ms), in order
    commits: tuple[tuple[int, float], ...]  # (server process, perf_counter at COMMIT)
    refused: tuple[str, ...]
    seconds: float


def _stamp_commits(db: Database, timing: list[bool], stamps: list[tuple[int, float]]) -> None:
    """While ``timing[0]`` (a save under way): the moment each COMMIT that wrote something (and
    so sends a notice) is sent, with the server process of its connection (the notice carries
    that process's id)."""

    def wrote(session: Session, *_args: object) -> None:
        session.info["bench_wrote"] = True

    def wrote_by_statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            wrote(state.session)

    def before_commit(session: Session) -> None:
        if timing[0] and session.info.get("bench_wrote"):
            driver = session.connection().connection.driver_connection
            pid = int(driver.info.backend_pid)  # type: ignore[union-attr]
            session.info["bench_commit"] = (pid, time.perf_counter())

    def after_commit(session: Session) -> None:
        stamp = session.info.pop("bench_commit", None)
        if stamp is not None:
            stamps.append(stamp)

    def ended(session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None:
            session.info.pop("bench_wrote", None)
            session.info.pop("bench_commit", None)

    event.listen(db.sessions, "after_flush", wrote)
    event.listen(db.sessions, "do_orm_execute", wrote_by_statement)
    event.listen(db.sessions, "before_commit", before_commit)
    event.listen(db.sessions, "after_commit", after_commit)
    event.listen(db.sessions, "after_transaction_end", ended)


def _saves(db: Database, share: Share) -> list[Callable[[int], Callable[[], object] | None]]:
    """For each kind of save, what the form reads (now), returning the save to time (None when
    there is nothing to do this time)."""
    from pimap_desktop.services.b2b.meetings import MeetingPlace, move_meeting, place_of
    from pimap_desktop.services.followup.followup import record_quick_followup
    from pimap_desktop.services.registrations.registrations import (
        registration_data,
        update_registration,
    )
    from pimap_desktop.services.versions import version_of

    token = uuid.uuid4().hex[:6]  # this process's: no save writes what is there already

    def edit_registration(n: int) -> Callable[[], object]:
        registration_id = share.registrations[n % len(share.registrations)]
        with db.session() as session:
            data = registration_data(session, registration_id)
            version = version_of(session, Registration, registration_id)
        data = replace(data, hotel=f"Hotel {n % 7}", notes=f"Room confirmed ({token}-{n})")

        def save() -> None:
            with db.session() as session:
                update_registration(session, registration_id, data, expected_version=version)

        return save

    def record_followup(n: int) -> Callable[[], object]:
        meeting_id = share.held_meetings[n % len(share.held_meetings)]
        outcome = tuple(FollowUpOutcome)[n % len(FollowUpOutcome)]

        def save() -> None:
            with db.session() as session:
                record_quick_followup(session, meeting_id, outcome, f"Noted ({token}-{n})")

        return save

    def move(n: int) -> Callable[[], object] | None:
        """The next of one's meetings that has a free table of one's own in its slot."""
        for k in range(len(share.meetings)):
            meeting_id = share.meetings[(n + k) % len(share.meetings)]
            with db.session() as session:
                place = place_of(session, meeting_id)
                version = version_of(session, Meeting, meeting_id)
                meeting = session.get(Meeting, meeting_id)
                assert meeting is not None
                taken = set(
                    session.scalars(
                        select(Meeting.table_id).where(
                            Meeting.session_id == place.session_id,
                            Meeting.starts_at == meeting.starts_at,
                            Meeting.status != MeetingStatus.CANCELLED,
                        )
                    )
                )
            free = [t for t in share.tables if t not in taken]
            if free:
                return partial(
                    _move,
                    meeting_id,
                    MeetingPlace(place.session_id, place.position, free[n % len(free)]),
                    version,
                )
        return None

    def _move(meeting_id: uuid.UUID, to: MeetingPlace, version: int | None) -> None:
        with db.session() as session:
            move_meeting(session, meeting_id, to, expected_version=version)

    return [edit_registration, record_followup, move]


def _coordinator(
    share: Share,
    least: int,
    ready: Semaphore,
    start: Event,
    enough: Event,
    results: multiprocessing.Queue[Any],
) -> None:
    """A coordinator's process: ``least`` saves, then on until ``enough`` is set."""
    try:
        results.put(_coordinate(share, least, ready, start, enough))
    except Exception as exc:  # said to the parent, which stops the benchmark with it
        ready.release()
        results.put(f"{share.name}: {type(exc).__name__}: {exc}")


def _coordinate(
    share: Share, least: int, ready: Semaphore, start: Event, enough: Event
) -> ClientResult:
    db = open_database(share.url, create=False)
    timing = [False]
    stamps: list[tuple[int, float]] = []
    _stamp_commits(db, timing, stamps)
    prepare = _saves(db, share)
    saves: list[tuple[str, float]] = []
    refused: list[str] = []
    try:
        prepare[0](0)  # connected, and the code paths warm
        ready.release()
        start.wait(PHASE_TIMEOUT_S)
        began = time.perf_counter()
        n = 0
        while n < MOST_SAVES and (n < least or not enough.is_set()):
            kind = n % len(KINDS)
            save = prepare[kind](n // len(KINDS))
            if save is None:  # nowhere free to move a meeting to: a registration instead
                kind, save = 0, prepare[0](MOST_SAVES + n)
            n += 1
            if save is None:
                continue
            timing[0] = True
            started = time.perf_counter()
            try:
                save()
            except PimapError as exc:
                refused.append(f"{KINDS[kind]}: {exc}")
                continue
            finally:
                timing[0] = False
            saves.append((KINDS[kind], (time.perf_counter() - started) * 1000))
        seconds = time.perf_counter() - began
    finally:
        db.dispose()
    return ClientResult(share.name, tuple(saves), tuple(stamps), tuple(refused), seconds)


def _scheduler(
    url: str,
    ready: Semaphore,
    start: Event,
    done: Event,
    results: multiprocessing.Queue[Any],
) -> None:
    """The scheduler's process: one run on TEAM27; ``done`` set when it has ended."""
    try:
        results.put(_schedule(url, ready, start, done))
    except Exception as exc:
        ready.release()
        done.set()
        results.put(f"scheduler: {type(exc).__name__}: {exc}")


def _schedule(url: str, ready: Semaphore, start: Event, done: Event) -> tuple[str, float, str]:
    from pimap_desktop.services.b2b.scheduling.instance import schedule_mission

    db = open_database(url, create=False)
    try:
        with db.session() as session:
            mission_id = session.scalars(
                select(Mission.id).where(Mission.code == SCHEDULER_MISSION)
            ).one()
        ready.release()
        start.wait(PHASE_TIMEOUT_S)
        began = time.perf_counter()
        try:
            report = schedule_mission(
                db.sessions, mission_id, time_limit=SCHEDULER_TIME_LIMIT, seed=SEED
            )
        finally:
            done.set()
        seconds = time.perf_counter() - began
    finally:
        db.dispose()
    return ("scheduler", seconds, report.describe())


# --------------------------------------------------------------------------- the listener


class Notices(threading.Thread):
    """A window's ChangeListener: when each notice arrived, and from which server process."""

    def __init__(self, url: str) -> None:
        from pimap_desktop.store.changes import ChangeListener

        super().__init__(name="notices", daemon=True)
        self.listener = ChangeListener(url)
        self.arrived: list[tuple[int, float]] = []
        self._lock = threading.Lock()
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            changes = self.listener.poll(0.2)
            now = time.perf_counter()
            with self._lock:
                self.arrived += [(change.pid, now) for change in changes]

    def since(self, moment: float) -> list[tuple[int, float]]:
        with self._lock:
            return [(pid, at) for pid, at in self.arrived if at >= moment]

    def close(self) -> None:
        self._halt.set()
        self.join(timeout=5)
        self.listener.close()


def _delays(
    commits: Sequence[tuple[int, float]], notices: Notices, since: float
) -> tuple[list[float], int]:
    """Milliseconds from each save's COMMIT to its notice (a connection's notices arrive in
    the order of its commits), and how many notices never came."""
    wanted: dict[int, list[float]] = defaultdict(list)
    for pid, at in sorted(commits, key=lambda c: c[1]):
        wanted[pid].append(at)

    def arrived() -> dict[int, list[float]]:
        got: dict[int, list[float]] = defaultdict(list)
        for pid, at in notices.since(since):
            if pid in wanted:
                got[pid].append(at)
        return got

    deadline = time.perf_counter() + NOTICE_WAIT_S
    got = arrived()
    while any(len(got[p]) < len(w) for p, w in wanted.items()) and time.perf_counter() < deadline:
        time.sleep(0.05)
        got = arrived()
    delays = [
        (seen - sent) * 1000
        for pid, sent_at in wanted.items()
        for sent, seen in zip(sent_at, got[pid], strict=False)
    ]
    missing = sum(max(0, len(w) - len(got[p])) for p, w in wanted.items())
    return delays, missing


# --------------------------------------------------------------------------- the phases


@dataclass(frozen=True)
class Phase:
    clients: list[ClientResult]
    scheduler: tuple[float, str] | None  # seconds, what it did
    seconds: float  # from the start to the last coordinator's last save
    delays: list[float]  # ms, COMMIT to notice
    missing: int

    @property
    def save_ms(self) -> list[float]:
        return [ms for c in self.clients for _kind, ms in c.saves]

    @property
    def count(self) -> int:
        return len(self.save_ms)

    @property
    def per_second(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0


def _phase(shares: Sequence[Share], scheduler_url: str | None, notices: Notices | None) -> Phase:
    context = multiprocessing.get_context("spawn")  # no connection is copied into a child
    ready, start, enough = context.Semaphore(0), context.Event(), context.Event()
    results: multiprocessing.Queue[Any] = context.Queue()
    processes = [
        context.Process(
            target=_coordinator, args=(share, SAVES, ready, start, enough, results), daemon=True
        )
        for share in shares
    ]
    if scheduler_url is not None:
        processes.append(
            context.Process(
                target=_scheduler, args=(scheduler_url, ready, start, enough, results), daemon=True
            )
        )
    else:
        enough.set()  # nothing to wait for: each coordinator makes SAVES saves
    for process in processes:
        process.start()
    try:
        for _ in processes:
            if not ready.acquire(timeout=PHASE_TIMEOUT_S):
                raise RuntimeError("a process of the team benchmark did not start")
        began = time.perf_counter()
        start.set()
        clients: list[ClientResult] = []
        scheduler: tuple[float, str] | None = None
        for _ in processes:
            try:
                result = results.get(timeout=PHASE_TIMEOUT_S)
            except queue.Empty:
                raise RuntimeError("a process of the team benchmark did not finish") from None
            if isinstance(result, str):
                raise RuntimeError(f"team benchmark: {result}")
            if isinstance(result, ClientResult):
                clients.append(result)
            else:
                scheduler = (result[1], result[2])
        seconds = max((c.seconds for c in clients), default=0.0)
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    commits = [stamp for c in clients for stamp in c.commits]
    delays, missing = _delays(commits, notices, began) if notices else ([], 0)
    return Phase(clients, scheduler, seconds, delays, missing)


def _scheduler_alone(url: str) -> tuple[float, str]:
    phase = _phase([], url, None)
    assert phase.scheduler is not None
    return phase.scheduler


def _shares(admin: Database, urls: Sequence[tuple[str, str]]) -> list[Share]:
    """Each coordinator's registrations, meetings and tables: every other one."""
    with admin.session() as session:

        def of(code: str) -> uuid.UUID:
            return session.scalars(select(Mission.id).where(Mission.code == code)).one()

        pw2027, pw2026 = of("PW2027"), of("PW2026")
        registrations = list(
            session.scalars(
                select(Registration.id)
                .where(Registration.mission_id == pw2027)
                .order_by(Registration.id)
            )
        )
        held = list(
            session.scalars(
                select(Meeting.id)
                .where(Meeting.mission_id == pw2026, Meeting.status == MeetingStatus.HELD)
                .order_by(Meeting.id)
            )
        )
        meetings = list(
            session.scalars(
                select(Meeting.id).where(Meeting.mission_id == pw2027).order_by(Meeting.id)
            )
        )
        tables = list(
            session.scalars(
                select(B2BTable.id)
                .join(B2BSession, B2BSession.id == B2BTable.session_id)
                .where(B2BSession.mission_id == pw2027)
                .order_by(B2BTable.number)
            )
        )
    if not (registrations and held and meetings and len(tables) >= 2):
        raise RuntimeError("the demo lacks what the team benchmark edits")
    n = len(urls)
    return [
        Share(
            name,
            url,
            tuple(registrations[k::n]),
            tuple(held[k::n]),
            tuple(meetings[k::n]),
            tuple(tables[k::n]),
        )
        for k, (name, url) in enumerate(urls)
    ]


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def _describe(label: str, phase: Phase) -> None:
    kinds = Counter(kind for c in phase.clients for kind, _ms in c.saves)
    by_kind = {
        kind: statistics.median([ms for c in phase.clients for k, ms in c.saves if k == kind])
        for kind in kinds
    }
    refused = [r for c in phase.clients for r in c.refused]
    print(
        f"{label}: {phase.count} saves in {phase.seconds:.1f} s = {phase.per_second:.1f} saves/s; "
        f"median {statistics.median(phase.save_ms):.1f} ms, slowest {max(phase.save_ms):.1f} ms; "
        + ", ".join(f"{kind} {ms:.1f} ms (x{kinds[kind]})" for kind, ms in by_kind.items())
    )
    if phase.delays:
        print(
            f"  colleague's change seen: median {statistics.median(phase.delays):.1f} ms, "
            f"95th percentile {_percentile(phase.delays, 0.95):.1f} ms, "
            f"slowest {max(phase.delays):.1f} ms ({len(phase.delays)} notices"
            + (f", {phase.missing} missing)" if phase.missing else ")")
        )
    if phase.scheduler is not None:
        print(f"  scheduler run: {phase.scheduler[0]:.1f} s ({phase.scheduler[1]})")
    if refused:
        print(f"  {len(refused)} saves refused, e.g. {refused[0]}")


# --------------------------------------------------------------------------- run


def run() -> list[Measurement]:
    from pimap_desktop.store.team import add_user, init_team_database
    from pimap_desktop.store.transfer import upload_sqlite
    from tests.pg_cluster import PgUnavailable, start_server

    try:
        server = start_server()
    except PgUnavailable as exc:
        print(f"team benchmark skipped: no PostgreSQL server ({exc})")
        return []
    logins: list[str] = []
    url = ""
    notices: Notices | None = None
    try:
        url = server.create_database()
        with tempfile.TemporaryDirectory() as folder:
            laptop = Path(folder) / "laptop.sqlite"
            _laptop_file(laptop)
            init_team_database(url)
            began = time.perf_counter()
            upload = upload_sqlite(url, laptop)
            print(
                f"team upload of the demo and TEAM27: {upload.rows} rows in "
                f"{time.perf_counter() - began:.1f} s"
            )
        admin = open_database(url, create=False)
        try:
            for role in ("a", "b", "scheduler"):
                logins.append(add_user(admin, f"bench_{os.getpid()}_{role}", "editor").name)
            as_login = {
                name: make_url(url).set(username=name).render_as_string(hide_password=False)
                for name in logins
            }
            a, b = _shares(
                admin, [(logins[0], as_login[logins[0]]), (logins[1], as_login[logins[1]])]
            )
        finally:
            admin.dispose()
        # A password is needed where the server checks them ($PIMAP_TEST_PG_URL): then every
        # coordinator runs as the administrator given, each on a connection of their own.
        if server.admin_url.password is not None:
            a, b = replace(a, url=url), replace(b, url=url)
            as_login[logins[2]] = url
        notices = Notices(url)
        notices.start()

        alone = _phase([a], None, notices)
        _describe(f"one coordinator alone ({SAVES} saves)", alone)
        pair = _phase([a, b], None, notices)
        _describe(f"two coordinators ({SAVES} saves each)", pair)
        scheduler_alone = _scheduler_alone(as_login[logins[2]])
        print(f"scheduler alone on {SCHEDULER_MISSION}: {scheduler_alone[0]:.1f} s")
        together = _phase([a, b], as_login[logins[2]], notices)
        _describe("two coordinators and a scheduler run", together)
    finally:
        if notices is not None:
            notices.close()
        if url:
            server.drop_database(url)
        for name in logins:
            server.execute(f'DROP ROLE IF EXISTS "{name}"')
        server.close()

    assert together.scheduler is not None

    def stat(
        name: str,
        pick: Callable[[Sequence[float]], float],
        ours: Sequence[float],
        theirs: Sequence[float],
        what: str,
    ) -> Measurement:
        return Measurement(
            name, pick(ours), len(ours), f"1 coordinator alone: {what}", pick(theirs)
        )

    def p95(values: Sequence[float]) -> float:
        return _percentile(values, 0.95)

    median = statistics.median
    saves, saves_alone = together.save_ms, alone.save_ms
    return [
        stat("save, median (2 coordinators)", median, pair.save_ms, saves_alone, "median"),
        Measurement(
            f"  ms per save over the run ({pair.per_second:.0f} saves/s)",
            1000 / pair.per_second,
            pair.count,
            f"1 coordinator alone ({alone.per_second:.0f}/s)",
            1000 / alone.per_second,
        ),
        stat("save, median (2 coordinators + scheduler)", median, saves, saves_alone, "median"),
        stat("  95th percentile", p95, saves, saves_alone, "95th pct"),
        stat("  slowest save", max, saves, saves_alone, "slowest"),
        Measurement(
            f"  ms per save over the run ({together.per_second:.0f} saves/s)",
            1000 / together.per_second,
            together.count,
            f"1 coordinator alone ({alone.per_second:.0f}/s)",
            1000 / alone.per_second,
        ),
        stat(
            "colleague's change seen, median (2 + scheduler)",
            median,
            together.delays,
            alone.delays,
            "median",
        ),
        stat("  95th percentile", p95, together.delays, alone.delays, "95th pct"),
        Measurement(
            f"scheduler run on {SCHEDULER_MISSION}, 2 coordinators saving",
            together.scheduler[0] * 1000,
            1,
            "scheduler run alone",
            scheduler_alone[0] * 1000,
        ),
    ]


if __name__ == "__main__":
    from benchmarks.harness import report

    report(run(), Path("bench-results") / "team.json")
