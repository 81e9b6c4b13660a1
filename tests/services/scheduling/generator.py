"""Random B2B instances that look like a real mission, seeded and reproducible.

Participants are split into delegates (the visitors, about 40 %) and locals; a wish goes from
one side to the other. A few participants are popular and attract a large share of the wishes.
Some participants are only available part of the time (a window inside each session, or not at
all in one session). Each wish has a priority 1-3 (weight 3, 2, 1); a wish made in both
directions is one mutual request worth both weights plus 2. Optionally a few meetings are
locked by hand (most of them fulfil a request, some are extra meetings of two or three people).

Used by the tests (small instances) and by ``benchmarks/bench_scheduling.py`` (the ladder).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pimap_desktop.services.b2b.scheduling.model import Instance, Locked, Request, Slot

PRIORITY_WEIGHT = {1: 3, 2: 2, 3: 1}
MUTUAL_BONUS = 2


@dataclass(frozen=True)
class Spec:
    participants: int
    requests: int  # distinct pairs
    sessions: int
    slots_per_session: int
    tables: int
    partial_share: float = 0.3  # participants with an availability window
    popular_share: float = 0.03  # participants who are popular targets
    popular_pull: float = 0.25  # share of wishes aimed at a popular participant
    mutual_share: float = 0.1  # wishes also made in the other direction
    delegate_share: float = 0.4
    locked: int = 0  # meetings locked by hand


SMALL = Spec(participants=60, requests=300, sessions=1, slots_per_session=12, tables=20)
MEDIUM = Spec(participants=200, requests=1_000, sessions=2, slots_per_session=14, tables=40)
LARGE = Spec(participants=1_500, requests=8_000, sessions=2, slots_per_session=16, tables=150)


def weight(priority: int, reverse_priority: int | None = None) -> int:
    if reverse_priority is None:
        return PRIORITY_WEIGHT[priority]
    return PRIORITY_WEIGHT[priority] + PRIORITY_WEIGHT[reverse_priority] + MUTUAL_BONUS


def generate(spec: Spec, seed: int = 0) -> Instance:
    rng = random.Random(seed)
    n = spec.participants
    if n < 2:
        raise ValueError("at least two participants")
    slots = tuple(
        Slot(index=k * spec.slots_per_session + i, session=k, position=i)
        for k in range(spec.sessions)
        for i in range(spec.slots_per_session)
    )
    available = tuple(_availability(spec, rng) for _ in range(n))
    requests = _requests(spec, rng)
    locked = _locked(spec, rng, slots, available, requests)
    return Instance(
        participants=n,
        slots=slots,
        tables=tuple(spec.tables for _ in range(spec.sessions)),
        available=available,
        requests=requests,
        locked=locked,
    )


def _availability(spec: Spec, rng: random.Random) -> frozenset[int]:
    per = spec.slots_per_session
    everything = frozenset(range(spec.sessions * per))
    if rng.random() >= spec.partial_share:
        return everything
    chosen: set[int] = set()
    skipped = rng.randrange(spec.sessions) if spec.sessions > 1 and rng.random() < 0.3 else -1
    for k in range(spec.sessions):
        if k == skipped:
            continue
        length = rng.randint(max(1, per // 3), max(1, (2 * per) // 3))
        start = rng.randint(0, per - length)
        chosen.update(k * per + i for i in range(start, start + length))
    return frozenset(chosen)


def _requests(spec: Spec, rng: random.Random) -> tuple[Request, ...]:
    n = spec.participants
    delegates = list(range(max(1, round(n * spec.delegate_share))))
    locals_ = list(range(len(delegates), n)) or delegates
    popular = set(rng.sample(range(n), max(1, round(n * spec.popular_share))))
    popular_delegates = [p for p in delegates if p in popular]
    popular_locals = [p for p in locals_ if p in popular]
    limit = len(delegates) * len(locals_) if locals_ is not delegates else n * (n - 1) // 2
    if spec.requests > limit:
        raise ValueError(f"at most {limit} distinct pairs with these participants")
    pairs: dict[tuple[int, int], tuple[int, int, int, int | None]] = {}
    while len(pairs) < spec.requests:
        requester = rng.randrange(n)
        other = locals_ if requester < len(delegates) else delegates
        stars = popular_locals if other is locals_ else popular_delegates
        if stars and rng.random() < spec.popular_pull:
            target = rng.choice(stars)
        else:
            target = rng.choice(other)
        if target == requester:
            continue
        key = (min(requester, target), max(requester, target))
        if key in pairs:
            continue
        priority = rng.choice((1, 2, 2, 3, 3))
        reverse = rng.choice((1, 2, 3)) if rng.random() < spec.mutual_share else None
        pairs[key] = (requester, target, priority, reverse)
    return tuple(
        Request(index=i, a=requester, b=target, weight=weight(priority, reverse))
        for i, (requester, target, priority, reverse) in enumerate(pairs.values())
    )


def _locked(
    spec: Spec,
    rng: random.Random,
    slots: tuple[Slot, ...],
    available: tuple[frozenset[int], ...],
    requests: tuple[Request, ...],
) -> tuple[Locked, ...]:
    """Meetings fixed by hand that respect the hard rules among themselves."""
    busy: set[tuple[int, int]] = set()  # (participant, slot)
    taken: set[tuple[int, int]] = set()  # (slot, table)
    used: set[int] = set()
    locked: list[Locked] = []
    attempts = 0
    while len(locked) < spec.locked and attempts < 50 * (spec.locked + 1):
        attempts += 1
        slot = rng.randrange(len(slots))
        table = rng.randrange(spec.tables)
        if (slot, table) in taken:
            continue
        if rng.random() < 0.8 and requests:
            request = rng.randrange(len(requests))
            if request in used:
                continue
            people: tuple[int, ...] = (requests[request].a, requests[request].b)
            fulfils: int | None = request
        else:
            size = 3 if rng.random() < 0.3 and spec.participants >= 3 else 2
            people = tuple(rng.sample(range(spec.participants), size))
            fulfils = None
        # Hand-made meetings normally sit inside availability; now and then one does not.
        if rng.random() < 0.9 and not all(slot in available[p] for p in people):
            continue
        if any((p, slot) in busy for p in people):
            continue
        busy.update((p, slot) for p in people)
        taken.add((slot, table))
        if fulfils is not None:
            used.add(fulfils)
        locked.append(Locked(participants=people, slot=slot, table=table, request=fulfils))
    return tuple(locked)
