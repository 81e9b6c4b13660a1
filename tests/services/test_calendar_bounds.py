"""A hostile or careless calendar file cannot flood a programme: recurring events are expanded
only around the mission's dates, lazily, and a file that would add more items than a programme
holds, or that is too large to be a calendar, is refused with one line and writes nothing."""

from __future__ import annotations

import tracemalloc
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.cli import main
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import ProgrammeItem, calendar_imports
from pimap_desktop.services.calendars import recurrence
from pimap_desktop.services.calendars.ics import MAX_PROGRAMME_ITEMS
from pimap_desktop.services.calendars.importing import import_calendar
from pimap_desktop.services.calendars.reading import MAX_CALENDAR_BYTES, read_calendar

# The mission of tests.factories.mission_data: San Francisco, 24 to 29 January 2027 (6 days).


def ics(*events: str) -> str:
    body = "".join(
        f"BEGIN:VEVENT\r\nDTSTAMP:20261101T120000Z\r\n{event}END:VEVENT\r\n" for event in events
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"


# The 241-byte file of issue 12: an event every second, for ever, from the mission's first day.
EVERY_SECOND = ics(
    "UID:flood@example.org\r\nDTSTART:20270124T090000Z\r\nDURATION:PT1S\r\n"
    "SUMMARY:Ping\r\nRRULE:FREQ=SECONDLY\r\n"
)


def write(tmp_path: Path, text: str, name: str = "agenda.ics") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def count_items(session: Session, mission_id: uuid.UUID) -> int:
    session.expire_all()
    return (
        session.scalar(
            select(func.count())
            .select_from(ProgrammeItem)
            .where(ProgrammeItem.mission_id == mission_id)
        )
        or 0
    )


def count_records(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(calendar_imports)) or 0


def test_event_every_second_is_refused_in_bounded_memory_and_writes_nothing(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    path = write(tmp_path, EVERY_SECOND)
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as refused:
            import_calendar(session, mission_id, path)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    message = str(refused.value)
    assert "\n" not in message
    assert f"more than {MAX_PROGRAMME_ITEMS:,} programme items" in message
    assert "'Ping' repeats every second" in message
    assert message.endswith("nothing was imported.")
    assert count_items(session, mission_id) == 0
    assert count_records(session) == 0


def test_event_every_second_starting_before_the_mission_is_refused_too(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """Its occurrences before the mission are never listed, nor counted without end."""
    path = write(
        tmp_path,
        ics(
            "UID:flood@example.org\r\nDTSTART:20270120T090000Z\r\nDURATION:PT1S\r\n"
            "SUMMARY:Ping\r\nRRULE:FREQ=SECONDLY;INTERVAL=10\r\n"
        ),
    )
    tracemalloc.start()
    try:
        with pytest.raises(
            ValidationError, match="'Ping' repeats every 10 seconds, more than 6,000 times around"
        ):
            import_calendar(session, mission_id, path, dry_run=True)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    assert count_items(session, mission_id) == 0


def test_rule_that_takes_too_many_steps_to_reach_the_mission_is_refused(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """Every second from a week before, ending before the mission: no item, but dateutil would
    step through every second of the week to find that out."""
    path = write(
        tmp_path,
        ics(
            "UID:early@example.org\r\nDTSTART:20270117T000000Z\r\nDURATION:PT1S\r\n"
            "SUMMARY:Early ping\r\nRRULE:FREQ=SECONDLY;UNTIL=20270123T000000Z\r\n"
        ),
    )
    with pytest.raises(ValidationError, match="more than 100,000 times before the mission ends"):
        import_calendar(session, mission_id, path)
    assert count_items(session, mission_id) == 0


def test_rules_of_a_file_share_one_step_budget(
    session: Session, mission_id: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many rules each under the limit of one rule cannot add up to a long wait."""
    monkeypatch.setattr(recurrence, "_MAX_FILE_STEPS", 1_000)
    events = [
        f"UID:daily-{n}@example.org\r\nDTSTART:20260101T17{n:02d}00Z\r\nDURATION:PT5M\r\n"
        f"SUMMARY:Daily {n}\r\nRRULE:FREQ=DAILY\r\n"
        for n in range(4)
    ]
    path = write(tmp_path, ics(*events))
    with pytest.raises(ValidationError, match="recurring events repeat more than 1,000 times"):
        import_calendar(session, mission_id, path)
    assert count_items(session, mission_id) == 0


def test_event_listing_too_many_dates_is_refused_before_they_are_expanded(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    dates = ",".join(
        f"20270125T{9 + n // 3600:02d}{n // 60 % 60:02d}{n % 60:02d}Z" for n in range(7_000)
    )
    path = write(
        tmp_path,
        ics(
            "UID:dates@example.org\r\nDTSTART:20270125T080000Z\r\nDURATION:PT1S\r\n"
            f"SUMMARY:Listed\r\nRDATE:{dates}\r\n"
        ),
    )
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match="'Listed' lists more than 6,000 dates"):
            import_calendar(session, mission_id, path)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    assert count_items(session, mission_id) == 0


def test_many_single_events_past_the_limit_are_refused(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    events = [
        f"UID:talk-{n}@example.org\r\nDTSTART:20270125T{9 + n // 3600:02d}"
        f"{n // 60 % 60:02d}{n % 60:02d}Z\r\nSUMMARY:Talk {n}\r\n"
        for n in range(MAX_PROGRAMME_ITEMS + 1)
    ]
    path = write(tmp_path, ics(*events))
    with pytest.raises(ValidationError, match=f"more than {MAX_PROGRAMME_ITEMS:,} programme"):
        import_calendar(session, mission_id, path)
    assert count_items(session, mission_id) == 0


def test_daily_event_without_end_gives_one_item_per_mission_day(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """Occurrences in the margin around the mission (read so that no time zone loses an
    occurrence) do not become items: six days, six items."""
    path = write(
        tmp_path,
        ics(
            "UID:standup@example.org\r\nDTSTART:20260101T170000Z\r\nDURATION:PT30M\r\n"
            "SUMMARY:Stand-up\r\nRRULE:FREQ=DAILY\r\n"
        ),
    )
    report = import_calendar(session, mission_id, path)
    assert report.created == 6
    assert count_items(session, mission_id) == 6


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.ics"
    with path.open("wb") as handle:
        handle.truncate(MAX_CALENDAR_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ValidationError) as refused:
        read_calendar(path)
    message = str(refused.value)
    assert "huge.ics" in message and "20 MB" in message
    assert "\n" not in message


def test_cli_refuses_the_flood_with_one_line_and_exit_1(
    db_path: Path,
    session: Session,
    mission_id: uuid.UUID,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write(tmp_path, EVERY_SECOND, "flood.ics")
    code = main(["--db", str(db_path), "import", "agenda", "--mission", "PW2027", str(path)])
    captured = capsys.readouterr()
    assert code == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "flood.ics" in lines[0] and "repeats every second" in lines[0]
    assert "nothing was imported" in lines[0]
    assert count_items(session, mission_id) == 0
