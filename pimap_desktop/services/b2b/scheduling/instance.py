"""From a mission to a scheduling instance, and from a solution back to meetings.

Who takes part: registrations invited, registered or confirmed. Which requests: those not
declined, between two people who take part; a pair that asked each other is one mutual
request. When people can meet: inside their availability windows (no window: every slot),
outside the programme items they attend (B2B blocks themselves excluded), and not in a slot
where a meeting that stays already holds them.

Which meetings stay when the scheduler runs again: those locked, those held or missed (no-show),
and those with a follow-up recorded (a follow-up is about that meeting: replacing it would
leave the follow-up without its meeting). They keep their time, table and people, and their
pair counts as scheduled; every other scheduled meeting is replaced.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, String, delete, exists, insert, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from pimap_desktop.domain.enums import (
    MeetingStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import (
    Availability,
    B2BSession,
    FollowUp,
    Meeting,
    MeetingRequest,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.services.b2b.availability import programme_attendance
from pimap_desktop.services.b2b.meetings import (
    TAKING_PART,
    one_meeting_per_table_slot,
    session_slots,
)
from pimap_desktop.services.b2b.scheduling import clock as scheduling_clock
from pimap_desktop.services.b2b.scheduling.model import (
    Instance,
    Locked,
    Reason,
    Request,
    Slot,
    Solution,
    Stopped,
)
from pimap_desktop.services.missions.missions import get_mission
from pimap_desktop.services.unit import transaction
from pimap_desktop.text import plural

log = logging.getLogger(__name__)

PRIORITY_WEIGHT = {1: 3, 2: 2, 3: 1}
MUTUAL_BONUS = 2
# Statuses of meetings that stay where they are when the scheduler runs again.
STAYING = (MeetingStatus.HELD, MeetingStatus.NO_SHOW)


def stays(mission_id: uuid.UUID) -> ColumnElement[bool]:
    """The mission's meetings that a run keeps (see the module's definitions): locked, held,
    missed or followed up; cancelled ones are neither kept nor replaced."""
    followed_up = exists().where(FollowUp.meeting_id == Meeting.id)
    return (
        (Meeting.mission_id == mission_id)
        & (Meeting.status != MeetingStatus.CANCELLED)
        & (Meeting.locked.is_(True) | Meeting.status.in_(STAYING) | followed_up)
    )


def request_weight(priorities: Sequence[int]) -> int:
    """One direction: 3, 2 or 1 by priority. Both directions: their sum plus a bonus, so that
    a mutual request counts more than any one-sided one."""
    base = sum(PRIORITY_WEIGHT[p] for p in priorities)
    return base + (MUTUAL_BONUS if len(priorities) > 1 else 0)


@dataclass(frozen=True)
class PlanSlot:
    session_id: uuid.UUID
    position: int
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Plan:
    """An instance and what its numbers stand for."""

    instance: Instance
    registrations: tuple[uuid.UUID, ...]  # participant index -> registration
    names: tuple[str, ...]
    slots: tuple[PlanSlot, ...]
    tables: tuple[tuple[uuid.UUID, ...], ...]  # per session: table ids by position
    sessions: tuple[uuid.UUID, ...]
    requests: tuple[tuple[uuid.UUID, ...], ...]  # per request: the request rows (1 or 2)
    kept: tuple[uuid.UUID, ...]  # meetings that stay as they are


def build_plan(session: Session, mission_id: uuid.UUID) -> Plan:
    """Read a mission's sessions, participants, requests, availability and fixed meetings."""
    get_mission(session, mission_id)
    b2b_sessions = session.scalars(
        select(B2BSession)
        .where(B2BSession.mission_id == mission_id)
        .options(selectinload(B2BSession.tables))
        .order_by(B2BSession.starts_at)
    ).all()
    if not b2b_sessions:
        raise ValidationError("The mission has no B2B session yet; add one first.")
    people = _participants(session, mission_id)
    index = {registration: i for i, (registration, _, _) in enumerate(people)}
    by_key = {key: i for i, (_, _, key) in enumerate(people)}

    slots: list[PlanSlot] = []
    model_slots: list[Slot] = []
    table_ids: list[tuple[uuid.UUID, ...]] = []
    for s_index, b2b in enumerate(b2b_sessions):
        table_ids.append(tuple(t.id for t in b2b.tables))
        for slot in session_slots(b2b):
            model_slots.append(Slot(len(slots), s_index, slot.position))
            slots.append(PlanSlot(b2b.id, slot.position, slot.starts_at, slot.ends_at))

    available = _availability(session, mission_id, people, slots)

    # Meetings that stay: locked, held or missed, or followed up.
    kept_meetings = session.scalars(
        select(Meeting)
        .where(stays(mission_id))
        .options(selectinload(Meeting.participants))
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    slot_of = {(s.session_id, s.starts_at): i for i, s in enumerate(slots)}
    table_pos = {
        tid: (si, pos) for si, tids in enumerate(table_ids) for pos, tid in enumerate(tids)
    }

    # Requests: one per pair, both directions merged. The two people's ids are read as the
    # database keeps them (no UUID made for each) and found by that key.
    rows = session.execute(
        select(
            MeetingRequest.id,
            _as_kept(MeetingRequest.requester_id, "requester_key"),
            _as_kept(MeetingRequest.target_id, "target_key"),
            MeetingRequest.priority,
        ).where(
            MeetingRequest.mission_id == mission_id, MeetingRequest.status != RequestStatus.DECLINED
        )
    ).all()
    pairs: dict[tuple[int, int], list[tuple[uuid.UUID, int]]] = defaultdict(list)
    for request_id, requester, target, priority in rows:
        a, b = by_key.get(requester), by_key.get(target)
        if a is None or b is None or a == b:
            continue
        pairs[(min(a, b), max(a, b))].append((request_id, priority))
    requests: list[Request] = []
    request_rows: list[tuple[uuid.UUID, ...]] = []
    by_pair: dict[tuple[int, int], int] = {}
    for (a, b), qs in sorted(pairs.items()):
        by_pair[(a, b)] = len(requests)
        requests.append(Request(len(requests), a, b, request_weight([q[1] for q in qs])))
        request_rows.append(tuple(q[0] for q in qs))

    locked: list[Locked] = []
    for meeting in kept_meetings:
        at = slot_of.get((meeting.session_id, meeting.starts_at)) if meeting.session_id else None
        where = table_pos.get(meeting.table_id) if meeting.table_id else None
        members = tuple(sorted(index[r.id] for r in meeting.participants if r.id in index))
        if at is None or where is None:
            continue  # outside the grid (moved times): it holds nobody in the slots
        pair = (members[0], members[1]) if len(members) == 2 else None
        locked.append(
            Locked(
                participants=members,
                slot=at,
                table=where[1],
                request=by_pair.get(pair) if pair else None,
            )
        )
    instance = Instance(
        participants=len(people),
        slots=tuple(model_slots),
        tables=tuple(len(t) for t in table_ids),
        available=tuple(frozenset(a) for a in available),
        requests=tuple(requests),
        locked=tuple(locked),
    )
    return Plan(
        instance=instance,
        registrations=tuple(registration for registration, _, _ in people),
        names=tuple(name for _, name, _ in people),
        slots=tuple(slots),
        tables=tuple(table_ids),
        sessions=tuple(b.id for b in b2b_sessions),
        requests=tuple(request_rows),
        kept=tuple(m.id for m in kept_meetings),
    )


def _as_kept(column: InstrumentedAttribute[uuid.UUID], name: str) -> ColumnElement[str]:
    """A key column as the database returns it, without making a UUID of each value (text on
    SQLite; PostgreSQL's driver gives UUIDs): a key to compare with other keys read the same
    way, not to be written back."""
    return type_coerce(column, String()).label(name)


def _participants(session: Session, mission_id: uuid.UUID) -> list[tuple[uuid.UUID, str, object]]:
    """The registrations that take part (``meetings.participants``), by name: their id, the
    person's full name, and the id as the database keeps it (``_as_kept``). Narrow rows: no
    records are made."""
    taking_part = (Registration.mission_id == mission_id) & Registration.status.in_(TAKING_PART)
    rows = session.execute(
        select(
            Registration.id, _as_kept(Registration.id, "registration_key"), Registration.person_id
        ).where(taking_part)
    ).all()
    names = {
        person: f"{first} {last}".strip()
        for person, first, last in session.execute(
            select(Person.id, Person.first_name, Person.last_name)
            .join(Registration, Registration.person_id == Person.id)
            .where(taking_part)
        )
    }
    people: list[tuple[uuid.UUID, str, object]] = [
        (registration, names[person], key) for registration, key, person in rows
    ]
    people.sort(key=lambda p: p[1].casefold())
    return people


def _availability(
    session: Session,
    mission_id: uuid.UUID,
    people: Sequence[tuple[uuid.UUID, str, object]],
    slots: Sequence[PlanSlot],
) -> list[set[int]]:
    ids = [registration for registration, _, _ in people]
    taking_part = select(Registration.id).where(
        Registration.mission_id == mission_id, Registration.status.in_(TAKING_PART)
    )
    windows: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
    for registration, starts_at, ends_at in session.execute(
        select(Availability.registration_id, Availability.starts_at, Availability.ends_at).where(
            Availability.registration_id.in_(taking_part)
        )
    ):
        windows[registration].append((starts_at, ends_at))
    attending = programme_attendance(session, mission_id, ids)
    every = range(len(slots))
    result = []
    for registration in ids:
        spans, items = windows.get(registration), attending.get(registration, [])
        if spans is None and not items:
            result.append(set(every))  # no window, no programme item: every slot
            continue
        free = set()
        for i, slot in enumerate(slots):
            if spans is not None and not any(
                s <= slot.starts_at and slot.ends_at <= e for s, e in spans
            ):
                continue
            if any(s < slot.ends_at and slot.starts_at < e for s, e in items):
                continue
            free.add(i)
        result.append(free)
    return result


# --------------------------------------------------------------------------- running it


@dataclass(frozen=True)
class Unscheduled:
    requester: str
    target: str
    reason: Reason | None  # None: the mission has no B2B session yet
    request_ids: tuple[uuid.UUID, ...]

    @property
    def reason_text(self) -> str:
        return self.reason.text if self.reason is not None else NO_SESSION_YET


@dataclass(frozen=True)
class ScheduleReport:
    """What the scheduler did, for the GUI and ``pimap schedule --json``."""

    requested: int  # distinct pairs
    scheduled: int  # pairs with a meeting (kept ones included)
    locked: int  # meetings kept: locked, held or missed, or followed up
    objective: int  # weight scheduled
    upper_bound: int  # proven bound on that weight
    idle_slots: int
    table_changes: int
    optimal: bool
    method: str
    seconds: float  # the whole run: reading, solving, writing
    unscheduled: tuple[Unscheduled, ...]
    stopped: Stopped = Stopped.TIME_LIMIT  # why the search ended
    # When the first schedule within 1 % of the bound was found (from the start of the time
    # limit); None when none was.
    first_good_seconds: float | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "requested": self.requested,
            "scheduled": self.scheduled,
            "locked": self.locked,
            "objective": self.objective,
            "upper_bound": self.upper_bound,
            "optimal": self.optimal,
            "idle_slots": self.idle_slots,
            "table_changes": self.table_changes,
            "method": self.method,
            "seconds": round(self.seconds, 3),
            "stopped": self.stopped.value,
            "first_good_seconds": (
                None if self.first_good_seconds is None else round(self.first_good_seconds, 3)
            ),
            "unscheduled": [
                {
                    "requester": u.requester,
                    "target": u.target,
                    "reason": u.reason.value if u.reason else "no_session",
                }
                for u in self.unscheduled
            ],
        }

    def describe(self) -> str:
        share = f"{self.objective / self.upper_bound:.1%}" if self.upper_bound else "100%"
        proof = "proven optimal" if self.optimal else f"{share} of the best possible"
        return (
            f"{self.scheduled} of {self.requested} requested meetings scheduled ({proof}); "
            f"{plural(self.idle_slots, 'idle slot')}; {self.seconds:.1f} s"
        )


def schedule_mission(
    db_session_factory: Callable[[], AbstractContextManager[Session]],
    mission_id: uuid.UUID,
    *,
    time_limit: float = 30.0,
    seed: int = 0,
    method: str = "auto",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    started: float | None = None,
) -> ScheduleReport:
    """Schedule a mission's requests: the meetings that stay (locked, held or missed, or with
    a follow-up) keep their place and their pair counts as scheduled; the other scheduled
    meetings are replaced.

    The data is read in one session, solved without holding the database, and written in one
    transaction: the schedule is replaced whole, or not at all. A meeting that came to stay
    while the solver ran (locked, marked held, followed up) is a ValidationError and nothing is
    written: the new schedule did not leave room for it. On a team database the run holds its
    mission (``scheduling_lock``): a second run meanwhile is refused with who started the first.

    The time limit covers the whole run: reading the plan, the solve, and writing the meetings
    (time is kept for the writing: estimated from the number of meetings, at the pace this
    machine read the plan). It began at ``started`` (a ``time.perf_counter()`` value, e.g.
    ``clock.command_started()`` for a command: its start-up, and its exit, count too), or
    now.
    """
    from pimap_desktop.services.b2b.scheduling.lock import scheduling_lock
    from pimap_desktop.services.b2b.scheduling.solver import solve

    began = scheduling_clock.now() if started is None else started
    with scheduling_lock(db_session_factory, mission_id):  # one run per mission (team database)
        reading = scheduling_clock.now()
        with db_session_factory() as session:
            plan = build_plan(session, mission_id)
        pace = machine_pace(plan, scheduling_clock.now() - reading)
        command = started is not None  # its start-up came before, its exit comes after
        solution = solve(
            plan.instance,
            method=method,
            time_limit=time_limit,
            seed=seed,
            progress=progress,
            cancel=cancel,
            started=began,
            before=(STARTUP_SECONDS if command else 0.0) + plan_seconds(plan),
            after=write_seconds(plan, pace) + (exit_seconds(plan, pace) if command else 0.0),
        )
        with db_session_factory() as session:
            _write(session, mission_id, plan, solution)
    return _report(plan, solution, scheduling_clock.now() - began)


# Estimates on the reference machine (2 cores, benchmarks/bench_scheduling.py), in seconds: a
# command's start before it reaches the scheduler (interpreter, imports, opening the database),
# reading the plan (per request and participant), writing the schedule (per meeting: seating
# its table, its row, its audit row and its two people), and a command's report and exit (per
# request: the unscheduled ones listed, the plan let go).
STARTUP_SECONDS = 1.0
PLAN_SECONDS = 0.2
PLAN_SECONDS_PER_ROW = 5e-5
WRITE_SECONDS = 0.1
WRITE_SECONDS_PER_MEETING = 1.9e-4  # 14,400 meetings written in 1.4-1.6 s at a pace of 0.5-0.66
EXIT_SECONDS = 0.2
EXIT_SECONDS_PER_REQUEST = 2.5e-5
# How much slower or faster than the estimates this machine may be found, at most.
SLOWEST, FASTEST = 3.0, 0.5


def plan_seconds(plan: Plan) -> float:
    """The estimated time of reading ``plan`` (the work clock's, so deterministic)."""
    rows = len(plan.instance.requests) + plan.instance.participants
    return PLAN_SECONDS + PLAN_SECONDS_PER_ROW * rows


def machine_pace(plan: Plan, read: float) -> float:
    """How this machine runs just now: the time reading the plan took against its estimate
    (2.0: twice as slow as the reference, e.g. another program sharing the cores)."""
    return min(SLOWEST, max(FASTEST, read / plan_seconds(plan)))


def write_seconds(plan: Plan, pace: float = 1.0) -> float:
    """The time kept for writing a schedule of ``plan``, for as many meetings as it can hold,
    at the machine's ``pace``."""
    instance = plan.instance
    seats = sum(instance.tables[slot.session] for slot in instance.slots)
    meetings = min(len(instance.requests), seats)
    return pace * (WRITE_SECONDS + WRITE_SECONDS_PER_MEETING * meetings)


def exit_seconds(plan: Plan, pace: float = 1.0) -> float:
    """The time kept for a command's report and exit after the writing."""
    return pace * (EXIT_SECONDS + EXIT_SECONDS_PER_REQUEST * len(plan.instance.requests))


def _write(session: Session, mission_id: uuid.UUID, plan: Plan, solution: Solution) -> None:
    """Replace the mission's scheduled meetings (all but those kept) by the solution's, in one
    transaction, with one statement for each table. Statements on records are stamped,
    versioned and audited by the store (store/audit.py), as the records' own changes are."""
    # A colleague's meeting placed by hand at a table and slot of the new schedule between the
    # check below and the write is refused by the database: said in one line, nothing written.
    with one_meeting_per_table_slot(session) as claims, transaction(session):
        kept = set(plan.kept)
        if any(m not in kept for m in session.scalars(select(Meeting.id).where(stays(mission_id)))):
            raise ValidationError(
                "Meetings were locked, marked held or followed up while the schedule was being "
                "computed; schedule again to keep them."
            )
        replaced = (
            (Meeting.mission_id == mission_id)
            & (Meeting.status == MeetingStatus.SCHEDULED)
            & Meeting.id.not_in(plan.kept)
        )
        session.execute(
            delete(meeting_participants).where(
                meeting_participants.c.meeting_id.in_(select(Meeting.id).where(replaced))
            )
        )
        session.execute(delete(Meeting).where(replaced))
        meetings: list[dict[str, object]] = []
        people: list[dict[str, object]] = []
        for assignment in solution.assignments:
            request = plan.instance.requests[assignment.request]
            slot = plan.slots[assignment.slot]
            session_index = plan.instance.slots[assignment.slot].session
            meeting_id = uuid.uuid4()
            table_id = plan.tables[session_index][assignment.table]
            meetings.append(
                {
                    "id": meeting_id,
                    "mission_id": mission_id,
                    "session_id": slot.session_id,
                    "table_id": table_id,
                    "request_id": plan.requests[assignment.request][0],
                    "starts_at": slot.starts_at,
                    "ends_at": slot.ends_at,
                    "status": MeetingStatus.SCHEDULED,
                    "locked": False,
                    "notes": "",
                }
            )
            claims.claim(meeting_id, table_id, slot.starts_at)
            for person in (request.a, request.b):
                people.append(
                    {"meeting_id": meeting_id, "registration_id": plan.registrations[person]}
                )
        if meetings:
            session.execute(insert(Meeting), meetings)
            session.execute(insert(meeting_participants), people)
    log.info("schedule written: %d meetings", len(solution.assignments))


def _report(plan: Plan, solution: Solution, seconds: float) -> ScheduleReport:
    locked_requests = {lk.request for lk in plan.instance.locked if lk.request is not None}
    unscheduled = tuple(
        Unscheduled(
            requester=plan.names[plan.instance.requests[r].a],
            target=plan.names[plan.instance.requests[r].b],
            reason=reason,
            request_ids=plan.requests[r],
        )
        for r, reason in solution.unscheduled
    )
    return ScheduleReport(
        requested=len(plan.instance.requests),
        scheduled=len(solution.assignments) + len(locked_requests),
        locked=len(plan.instance.locked),
        objective=solution.objective,
        upper_bound=solution.upper_bound,
        idle_slots=solution.idle_slots,
        table_changes=solution.table_changes,
        optimal=solution.optimal,
        method=solution.method,
        seconds=seconds,
        unscheduled=unscheduled,
        stopped=solution.stopped,
        first_good_seconds=solution.first_good_seconds,
    )


# --------------------------------------------------------------------------- between runs


NO_SESSION_YET = "no B2B session yet"


def unscheduled_now(session: Session, mission_id: uuid.UUID) -> tuple[Unscheduled, ...]:
    """Every request that has no meeting now, with the reason it could not have one here,
    computed from the data as it is (meetings moved, removed or fitted in by hand since the
    last run included), not remembered from a run: the list survives a restart.

    Without a B2B session every request is unscheduled; ``Unscheduled.reason`` is then None
    and the text is ``NO_SESSION_YET``.
    """
    from pimap_desktop.services.b2b.scheduling.problem import UNSCHEDULED, Problem

    try:
        plan = build_plan(session, mission_id)
    except ValidationError:
        if session.scalar(select(B2BSession.id).where(B2BSession.mission_id == mission_id)):
            raise
        return _without_sessions(session, mission_id)
    requests = plan.instance.requests
    if not requests:
        return ()
    problem = Problem(plan.instance)
    participant = {registration: i for i, registration in enumerate(plan.registrations)}
    request_of = {frozenset((r.a, r.b)): r.index for r in requests}
    slot_of_time = {(s.session_id, s.starts_at): i for i, s in enumerate(plan.slots)}
    slot_of = [UNSCHEDULED] * len(requests)
    kept = set(plan.kept)
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED)
        .options(selectinload(Meeting.participants))
    )
    for meeting in meetings:
        if meeting.id in kept:
            continue
        people = frozenset(participant.get(p.id, -1) for p in meeting.participants)
        r = request_of.get(people)
        slot = slot_of_time.get((meeting.session_id, meeting.starts_at))  # type: ignore[arg-type]
        if r is None:
            continue
        # A meeting outside every slot of the grid still holds its pair: not unscheduled.
        slot_of[r] = problem.internal[slot] if slot is not None else -2
    known = [s if s >= 0 else UNSCHEDULED for s in slot_of]
    # Between runs nothing gave way: a request with a free common slot and table fits now.
    reasons = {
        r: Reason.FITS_NOW if reason is Reason.LOWER_VALUE else reason
        for r, reason in problem.reasons(known)
    }
    return tuple(
        Unscheduled(
            requester=plan.names[requests[r].a],
            target=plan.names[requests[r].b],
            reason=reasons[r],
            request_ids=plan.requests[r],
        )
        for r in range(len(requests))
        if slot_of[r] == UNSCHEDULED and r in reasons
    )


def _without_sessions(session: Session, mission_id: uuid.UUID) -> tuple[Unscheduled, ...]:
    taking_part = {
        registration_id: f"{first} {last}".strip()
        for registration_id, first, last in session.execute(
            select(Registration.id, Person.first_name, Person.last_name)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.mission_id == mission_id, Registration.status.in_(TAKING_PART))
        )
    }
    pairs: dict[frozenset[uuid.UUID], list[MeetingRequest]] = defaultdict(list)
    for request in session.scalars(
        select(MeetingRequest).where(
            MeetingRequest.mission_id == mission_id,
            MeetingRequest.status != RequestStatus.DECLINED,
        )
    ):
        if request.requester_id in taking_part and request.target_id in taking_part:
            pairs[frozenset((request.requester_id, request.target_id))].append(request)
    return tuple(
        Unscheduled(
            requester=taking_part[rows[0].requester_id],
            target=taking_part[rows[0].target_id],
            reason=None,
            request_ids=tuple(r.id for r in rows),
        )
        for rows in sorted(
            pairs.values(),
            key=lambda rows: (
                taking_part[rows[0].requester_id].casefold(),
                taking_part[rows[0].target_id].casefold(),
            ),
        )
    )
