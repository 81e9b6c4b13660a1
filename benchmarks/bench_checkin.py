"""Check-in benchmark: 300 check-ins in a row through the on-site page's real widget.

Target (issue 6): a check-in under 50 ms, and the 300th as quick as the first. The database
holds the demo plus one mission of 700 confirmed registrations in four delegations. Each
check-in is what the desk does: the badge payload set into the check-in field and Enter
(``returnPressed``), then the event loop run until the screen is painted (the result panel,
the counts per delegation, the undo step). Measured over all 300, over the first 50 and over
the last 50; and 50 more typed key by key as a USB scanner types them (each keystroke updates
the matches as a person's typing would).

Baseline, in the same process: the ``check_in`` service alone on other registrations of the
same mission (one session and one transaction each): what any check-in costs at least.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import insert

from benchmarks.bench_directory import FIRST_NAMES, LAST_NAMES, ORG_WORDS
from benchmarks.harness import Measurement
from pimap_desktop.domain.enums import (
    MissionKind,
    MissionStatus,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import Delegation, Mission, Organisation, Person, Registration
from pimap_desktop.domain.rules import badge_payload, normalise_name
from pimap_desktop.services.demo import load_demo
from pimap_desktop.services.onsite.onsite import CheckInIndex, CheckInOutcome, check_in
from pimap_desktop.store.database import Database, open_database

CODE = "DESK2027"
REGISTRATIONS = 700
IN_A_ROW = 300
TYPED = 50
DELEGATIONS = ("Pôle Lumière Atlantique", "Revontuli Business Agency", "Flanders Photonics", "US")
# 09:00 in San Francisco on the first day; each check-in a second later than the last.
START = datetime(2027, 1, 24, 17, 0, tzinfo=UTC)


def _build(path: Path) -> tuple[Database, uuid.UUID, list[uuid.UUID]]:
    rng = random.Random(6)
    database = open_database(path)
    with database.session() as session:
        load_demo(session)
    with database.session() as session, session.begin():
        mission = Mission(
            code=CODE,
            name="Check-in desk benchmark",
            kind=MissionKind.FAIR_PARTICIPATION,
            city="San Francisco",
            country="US",
            timezone="America/Los_Angeles",
            start_date=date(2027, 1, 24),
            end_date=date(2027, 1, 29),
            status=MissionStatus.OPEN,
        )
        session.add(mission)
        session.flush()
        delegations = [Delegation(mission_id=mission.id, name=name) for name in DELEGATIONS]
        session.add_all(delegations)
        session.flush()
        organisations = []
        for n in range(120):
            name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {n}"
            organisations.append(
                {
                    "id": uuid.uuid4(),
                    "name": name,
                    "normalised_name": normalise_name(name),
                    "kind": OrganisationKind.SME,
                    "country": rng.choice(("FR", "BE", "FI", "US")),
                }
            )
        session.execute(insert(Organisation), organisations)
        people, registrations = [], []
        for n in range(REGISTRATIONS):
            person_id = uuid.uuid4()
            people.append(
                {
                    "id": person_id,
                    "first_name": rng.choice(FIRST_NAMES),
                    "last_name": f"{rng.choice(LAST_NAMES)}-{n}",
                    "email": f"desk{n}@bench.example",
                    "organisation_id": organisations[n % len(organisations)]["id"],
                }
            )
            registrations.append(
                {
                    "id": uuid.uuid4(),
                    "mission_id": mission.id,
                    "person_id": person_id,
                    "delegation_id": delegations[n % len(delegations)].id,
                    "role": RegistrationRole.DELEGATE,
                    "status": RegistrationStatus.CONFIRMED,
                }
            )
        session.execute(insert(Person), people)
        session.execute(insert(Registration), registrations)
        mission_id = mission.id
    ids: list[uuid.UUID] = [r["id"] for r in registrations]  # type: ignore[misc]
    rng.shuffle(ids)
    return database, mission_id, ids


class _Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _timed(work: Callable[[], None]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _median(times: Sequence[float]) -> float:
    return statistics.median(times)


def _through_the_widget(
    db: Database, mission_id: uuid.UUID, scanned: list[uuid.UUID], typed: list[uuid.UUID]
) -> tuple[list[float], list[float]]:
    """Milliseconds per check-in: set into the field and Enter; then typed key by key."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pimap_desktop.gui.onsite.checkin_page import OnSitePage

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()
    page = OnSitePage(db, stack, clock=_Clock())
    page.resize(1400, 900)
    page.reload_missions()
    page.show_mission(mission_id)
    page.show()
    app.processEvents()

    def set_and_enter(registration_id: uuid.UUID) -> None:
        page.field.setText(badge_payload(CODE, registration_id))
        page.field.returnPressed.emit()
        app.processEvents()  # the panel and the counts painted

    def key_by_key(registration_id: uuid.UUID) -> None:
        QTest.keyClicks(page.field, badge_payload(CODE, registration_id))
        QTest.keyClick(page.field, Qt.Key.Key_Return)
        app.processEvents()

    try:
        widget_times = [_timed(partial(set_and_enter, r)) for r in scanned]
        if "Welcome" not in page.panel.text() or stack.count() != len(scanned):
            raise AssertionError("the benchmark's check-ins did not all go through")
        typed_times = [_timed(partial(key_by_key, r)) for r in typed]
        if stack.count() != len(scanned) + len(typed):
            raise AssertionError("the typed check-ins did not all go through")
    finally:
        # Qt objects go before the interpreter does (PySide6 may crash on them at exit).
        page.close()
        stack.clear()
        page.deleteLater()
        app.processEvents()
    return widget_times, typed_times


def _service_alone(db: Database, mission_id: uuid.UUID, ids: list[uuid.UUID]) -> list[float]:
    clock = _Clock()
    with db.session() as session:
        index = CheckInIndex.load(session, mission_id)

    def one(registration_id: uuid.UUID) -> None:
        with db.session() as session:
            result = check_in(
                session, mission_id, badge_payload(CODE, registration_id), now=clock(), index=index
            )
        if result.outcome is not CheckInOutcome.WELCOME:
            raise AssertionError(result.message)

    return [_timed(partial(one, r)) for r in ids]


# What a person at the desk types: a letter, a name's start, two words, an e-mail, nothing found.
SEARCHES = ("l", "an", "ma la", f"{ORG_WORDS[0].lower()} 1", "desk699@bench", "zz")


def _searches(db: Database, mission_id: uuid.UUID) -> list[float]:
    """The desk's search box (the index the desk keeps), each text 20 times."""
    with db.session() as session:
        index = CheckInIndex.load(session, mission_id)
    return [_timed(partial(index.search, text)) for _ in range(20) for text in SEARCHES]


def run() -> list[Measurement]:
    with tempfile.TemporaryDirectory() as folder:
        db, mission_id, ids = _build(Path(folder) / "desk.sqlite")
        try:
            widget_times, typed_times = _through_the_widget(
                db, mission_id, ids[:IN_A_ROW], ids[IN_A_ROW : IN_A_ROW + TYPED]
            )
            service_times = _service_alone(db, mission_id, ids[IN_A_ROW + TYPED :][:IN_A_ROW])
            search_times = _searches(db, mission_id)
        finally:
            db.dispose()
    baseline = _median(service_times)
    spread = sorted(widget_times)
    print(
        f"check-in through the widget: median {_median(widget_times):.2f} ms, "
        f"95th percentile {spread[int(len(spread) * 0.95)]:.2f} ms, max {spread[-1]:.2f} ms"
    )
    label = "check_in service alone"

    def measurement(name: str, times: Sequence[float]) -> Measurement:
        return Measurement(name, _median(times), len(times), label, baseline)

    return [
        measurement(f"check-in through the widget, {IN_A_ROW} in a row", widget_times),
        measurement("  the first 50", widget_times[:50]),
        measurement("  the last 50", widget_times[-50:]),
        measurement(f"scanner typing key by key + Enter ({TYPED})", typed_times),
        measurement(f"desk search as typed ({len(search_times)} searches)", search_times),
    ]
