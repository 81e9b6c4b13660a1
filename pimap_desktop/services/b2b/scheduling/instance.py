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
import time as clock
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, exists, select
from sqlalchemy.orm import Session, selectinload

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
    Registration,
    meeting_participants,
)
from pimap_desktop.services.b2b.availability import programme_attendance
from pimap_desktop.services.b2b.meetings import (
    one_meeting_per_table_slot,
    participants,
    session_slots,
)
from pimap_desktop.services.b2b.scheduling.model import (
    Instance,
    Locked,
    Reason,
    Request,
    Slot,
    Solution,
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
    people = sorted(participants(session, mission_id), key=lambda r: r.person.full_name.casefold())
    index = {r.id: i for i, r in enumerate(people)}

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

    # Requests: one per pair, both directions merged.
    rows = session.scalars(
        select(MeetingRequest).where(
            MeetingRequest.mission_id == mission_id, MeetingRequest.status != RequestStatus.DECLINED
        )
    ).all()
    pairs: dict[tuple[int, int], list[MeetingRequest]] = defaultdict(list)
    for q in rows:
        a, b = index.get(q.requester_id), index.get(q.target_id)
        if a is None or b is None or a == b:
            continue
        pairs[(min(a, b), max(a, b))].append(q)
    requests: list[Request] = []
    request_rows: list[tuple[uuid.UUID, ...]] = []
    by_pair: dict[tuple[int, int], int] = {}
    for (a, b), qs in sorted(pairs.items()):
        by_pair[(a, b)] = len(requests)
        requests.append(Request(len(requests), a, b, request_weight([q.priority for q in qs])))
        request_rows.append(tuple(q.id for q in qs))

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
        registrations=tuple(r.id for r in people),
        names=tuple(r.person.full_name for r in people),
        slots=tuple(slots),
        tables=tuple(table_ids),
        sessions=tuple(b.id for b in b2b_sessions),
        requests=tuple(request_rows),
        kept=tuple(m.id for m in kept_meetings),
    )


def _availability(
    session: Session,
    mission_id: uuid.UUID,
    people: Sequence[Registration],
    slots: Sequence[PlanSlot],
) -> list[set[int]]:
    ids = [r.id for r in people]
    windows: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
    for a in session.scalars(select(Availability).where(Availability.registration_id.in_(ids))):
        windows[a.registration_id].append((a.starts_at, a.ends_at))
    attending = programme_attendance(session, mission_id, ids)
    result = []
    for r in people:
        spans, items = windows.get(r.id), attending.get(r.id, [])
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
    seconds: float
    unscheduled: tuple[Unscheduled, ...]

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
) -> ScheduleReport:
    """Schedule a mission's requests: the meetings that stay (locked, held or missed, or with
    a follow-up) keep their place and their pair counts as scheduled; the other scheduled
    meetings are replaced.

    The data is read in one session, solved without holding the database, and written in one
    transaction: the schedule is replaced whole, or not at all. A meeting that came to stay
    while the solver ran (locked, marked held, followed up) is a ValidationError and nothing is
    written: the new schedule did not leave room for it. On a team database the run holds its
    mission (``scheduling_lock``): a second run meanwhile is refused with who started the first.
    """
    from pimap_desktop.services.b2b.scheduling.lock import scheduling_lock
    from pimap_desktop.services.b2b.scheduling.solver import solve

    started = clock.monotonic()
    with scheduling_lock(db_session_factory, mission_id):  # one run per mission (team database)
        with db_session_factory() as session:
            plan = build_plan(session, mission_id)
        solution = solve(
            plan.instance,
            method=method,
            time_limit=time_limit,
            seed=seed,
            progress=progress,
            cancel=cancel,
        )
        with db_session_factory() as session:
            _write(session, mission_id, plan, solution)
    return _report(plan, solution, clock.monotonic() - started)


def _write(session: Session, mission_id: uuid.UUID, plan: Plan, solution: Solution) -> None:
    # A colleague's meeting placed by hand at a table and slot of the new schedule between the
    # check below and the write is refused by the database: said in one line, nothing written.
    with one_meeting_per_table_slot(session) as claims, transaction(session):
        kept = set(plan.kept)
        if any(m not in kept for m in session.scalars(select(Meeting.id).where(stays(mission_id)))):
            raise ValidationError(
                "Meetings were locked, marked held or followed up while the schedule was being "
                "computed; schedule again to keep them."
            )
        scheduled = select(Meeting.id).where(
            Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED
        )
        ids = [m for m in session.scalars(scheduled) if m not in kept]
        session.execute(
            delete(meeting_participants).where(meeting_participants.c.meeting_id.in_(ids))
        )
        session.execute(delete(Meeting).where(Meeting.id.in_(ids)))
        registrations = {
            r.id: r
            for r in session.scalars(
                select(Registration).where(Registration.id.in_(list(plan.registrations)))
            )
        }
        for assignment in solution.assignments:
            request = plan.instance.requests[assignment.request]
            slot = plan.slots[assignment.slot]
            session_index = plan.instance.slots[assignment.slot].session
            meeting = Meeting(
                id=uuid.uuid4(),
                mission_id=mission_id,
                session_id=slot.session_id,
                table_id=plan.tables[session_index][assignment.table],
                request_id=plan.requests[assignment.request][0],
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                status=MeetingStatus.SCHEDULED,
                locked=False,
            )
            claims.claim(meeting.id, meeting.table_id, meeting.starts_at)
            meeting.participants = [
                registrations[plan.registrations[request.a]],
                registrations[plan.registrations[request.b]],
            ]
            session.add(meeting)
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
    taking_part = {r.id: r.person.full_name for r in participants(session, mission_id)}
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
