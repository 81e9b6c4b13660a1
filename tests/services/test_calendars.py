"""Calendar files: the programme goes out to Outlook, Google and Apple at the right hour, and a
partner's agenda comes in at the right instants, once."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    Audience,
    MeetingStatus,
    OrganisationKind,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    B2BSession,
    Meeting,
    MeetingRequest,
    ProgrammeItem,
    Registration,
    Venue,
    calendar_imports,
    programme_item_attendees,
)
from pimap_desktop.services.b2b.meetings import (
    MeetingPlace,
    SessionData,
    add_session,
    create_meeting,
)
from pimap_desktop.services.calendars.export import calendar_text, export_calendar, sequence_of
from pimap_desktop.services.calendars.ics import MEETING_NAMESPACE
from pimap_desktop.services.calendars.importing import CalendarImport, SkippedEvent, import_calendar
from pimap_desktop.services.calendars.reading import read_calendar
from pimap_desktop.services.calendars.timezones import vtimezone
from pimap_desktop.services.calendars.undo import CalendarUndo
from pimap_desktop.services.missions.missions import (
    ProgrammeItemData,
    create_mission,
    create_programme_item,
    delete_programme_item,
    programme_item_data,
    update_programme_item,
)
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.services.unit import transaction
from tests.factories import add_organisation, add_person, mission_data

DATA = Path(__file__).resolve().parent.parent / "data" / "ics"
PST = ZoneInfo("America/Los_Angeles")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def events_by_uid(text: str) -> dict[str, Any]:
    calendar = Calendar.from_ical(text)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def imported(session: Session, mission_id: uuid.UUID) -> dict[str, ProgrammeItem]:
    """The mission's imported items by title (and start, for repeated titles)."""
    session.expire_all()
    items = session.scalars(
        select(ProgrammeItem)
        .where(ProgrammeItem.mission_id == mission_id, ProgrammeItem.source_uid.is_not(None))
        .order_by(ProgrammeItem.starts_at)
    ).all()
    return {f"{i.title} @ {i.starts_at:%d %H:%M}": i for i in items}


def item_count(session: Session, mission_id: uuid.UUID) -> int:
    session.expire_all()
    return int(
        session.scalar(
            select(func.count())
            .select_from(ProgrammeItem)
            .where(ProgrammeItem.mission_id == mission_id)
        )
        or 0
    )


# ---------------------------------------------------------------------------------------------
# A small mission with a programme and B2B meetings


def add_item(
    session: Session,
    mission_id: uuid.UUID,
    title: str,
    day: int,
    start: time,
    end: time,
    **values: object,
) -> uuid.UUID:
    data = ProgrammeItemData(
        kind=values.pop("kind", ProgrammeItemKind.BRIEFING),  # type: ignore[arg-type]
        title=title,
        starts_local=datetime.combine(date(2027, 1, day), start),
        ends_local=datetime.combine(date(2027, 1, day), end),
        **values,  # type: ignore[arg-type]
    )
    return create_programme_item(session, mission_id, data)


@pytest.fixture
def programme(session: Session, mission_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """Three delegates, a briefing for all, a visit for Bo only, a B2B session and three
    meetings: Ana-Bo, Bo-Cy, Ana-Cy."""
    ids: dict[str, uuid.UUID] = {}
    people = {}
    for key, first, last, org_name in (
        ("ana", "Ana", "Ørsted", "Lumiphos SAS"),
        ("bo", "Bo", "Lindqvist", "Nordic Fibre AB"),
        ("cy", "Cy", "Okafor", "Bay Photonics Inc."),
    ):
        org = add_organisation(session, org_name, "FR", kind=OrganisationKind.SME)
        person = add_person(session, first, last, f"{key}@{key}-optics.example", organisation=org)
        people[key] = person.id
    register_people(
        session,
        mission_id,
        list(people.values()),
        role=RegistrationRole.DELEGATE,
        status=RegistrationStatus.CONFIRMED,
    )
    for key, person_id in people.items():
        ids[key] = session.scalars(
            select(Registration.id).where(
                Registration.person_id == person_id, Registration.mission_id == mission_id
            )
        ).one()
    ids["briefing"] = add_item(
        session,
        mission_id,
        "Delegation briefing",
        25,
        time(8, 0),
        time(9, 0),
        venue_name="Hotel Nikko",
        room="Golden Gate Room",
        description="Badges, plans and the week ahead.",
    )
    ids["visit"] = add_item(
        session,
        mission_id,
        "Visit to a fab in Fremont",
        27,
        time(14, 0),
        time(17, 30),
        kind=ProgrammeItemKind.SITE_VISIT,
        audience=Audience.NAMED,
        attendee_ids=(ids["bo"],),
    )
    b2b = add_session(
        session,
        mission_id,
        SessionData(
            day=date(2027, 1, 26),
            start=time(9, 0),
            end=time(12, 0),
            slot_minutes=20,
            break_minutes=5,
            tables=2,
            name="Morning B2B",
        ),
    )
    b2b_session = session.get(B2BSession, b2b)
    assert b2b_session is not None
    tables = {t.number: t.id for t in b2b_session.tables}
    for name, position, table, who in (
        ("ana_bo", 0, 1, ("ana", "bo")),
        ("bo_cy", 1, 1, ("bo", "cy")),
        ("ana_cy", 2, 2, ("ana", "cy")),
    ):
        ids[name] = create_meeting(
            session,
            mission_id,
            MeetingPlace(session_id=b2b, position=position, table_id=tables[table]),
            [ids[w] for w in who],
        )
    return ids


# ---------------------------------------------------------------------------------------------
# Export


def test_mission_export_round_trips_every_item_to_the_database_instants(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    out = tmp_path / "programme.ics"
    report = export_calendar(session, mission_id, out)

    items = session.scalars(select(ProgrammeItem).where(ProgrammeItem.mission_id == mission_id))
    expected = {f"{i.id}@pimap-desktop": i for i in items}
    assert report.document == "ics" and report.paths == (out,) and report.items == 3
    data = out.read_bytes()
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")  # CRLF line ends
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]).startswith("-//PIMAP Desktop//")
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Photonics West 2027 — Programme"
    assert str(calendar["X-WR-TIMEZONE"]) == "America/Los_Angeles"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Los_Angeles"]
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == set(expected)
    for uid, item in expected.items():
        event = events[uid]
        assert event["DTSTART"].params["TZID"] == "America/Los_Angeles"
        assert event["DTSTART"].dt.astimezone(UTC) == item.starts_at
        assert event["DTEND"].dt.astimezone(UTC) == item.ends_at
        assert str(event["SUMMARY"]) == item.title
        assert event["SEQUENCE"] == sequence_of(item.updated_at)
        assert "DTSTAMP" in event
    briefing = events[f"{programme['briefing']}@pimap-desktop"]
    assert briefing["DTSTART"].dt.replace(tzinfo=None) == datetime(2027, 1, 25, 8, 0)  # local
    assert str(briefing["LOCATION"]) == "Hotel Nikko, Golden Gate Room, San Francisco"
    assert str(briefing["DESCRIPTION"]) == "Badges, plans and the week ahead."
    visit = events[f"{programme['visit']}@pimap-desktop"]
    assert str(visit["DESCRIPTION"]) == "For: Named participants"


def test_export_is_what_calendar_text_returns(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    out = tmp_path / "ana.ics"
    export_calendar(session, mission_id, out, registration_id=programme["ana"])
    text = calendar_text(session, mission_id, registration_id=programme["ana"])

    def without_stamps(value: str) -> list[str]:
        return [line for line in value.splitlines() if not line.startswith("DTSTAMP")]

    assert without_stamps(out.read_bytes().decode("utf-8")) == without_stamps(text)


def test_uids_stay_and_sequence_grows_when_an_item_changes(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID]
) -> None:
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    with transaction(session):  # as if everything had been made an hour ago
        session.execute(
            update(ProgrammeItem)
            .where(ProgrammeItem.mission_id == mission_id)
            .values(updated_at=an_hour_ago)
        )
    first = events_by_uid(calendar_text(session, mission_id))
    second = events_by_uid(calendar_text(session, mission_id))
    assert set(first) == set(second) and len(first) == 3
    for uid in first:
        assert first[uid]["SEQUENCE"] == second[uid]["SEQUENCE"]

    data = programme_item_data(session, programme["briefing"])
    update_programme_item(
        session,
        programme["briefing"],
        replace(
            data,
            starts_local=data.starts_local + timedelta(minutes=30),
            ends_local=data.ends_local + timedelta(minutes=30),
        ),
    )
    third = events_by_uid(calendar_text(session, mission_id))
    assert set(third) == set(first)  # the same events: calendars update them
    uid = f"{programme['briefing']}@pimap-desktop"
    assert third[uid]["SEQUENCE"] > first[uid]["SEQUENCE"]
    assert third[uid]["DTSTART"].dt.astimezone(UTC) == utc(2027, 1, 25, 16, 30)
    other = f"{programme['visit']}@pimap-desktop"
    assert third[other]["SEQUENCE"] == first[other]["SEQUENCE"]


def test_person_export_has_their_items_and_meetings_and_not_others(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID]
) -> None:
    text = calendar_text(session, mission_id, registration_id=programme["ana"])
    calendar = Calendar.from_ical(text)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}

    def uid(key: str) -> str:
        return f"{programme[key]}@pimap-desktop"

    assert uid("ana_bo") in events and uid("ana_cy") in events
    assert uid("bo_cy") not in events  # Bo and Cy's meeting
    assert uid("briefing") in events  # for everyone
    assert uid("visit") not in events  # for Bo only
    assert str(calendar["X-WR-CALNAME"]) == "Photonics West 2027 — Ana Ørsted"
    meetings = {m.id: m for m in session.scalars(select(Meeting))}
    for key in ("ana_bo", "ana_cy"):
        event = events[uid(key)]
        meeting = meetings[programme[key]]
        assert event["DTSTART"].dt.astimezone(UTC) == meeting.starts_at
        assert event["DTEND"].dt.astimezone(UTC) == meeting.ends_at
        assert event["SEQUENCE"] == sequence_of(meeting.updated_at)
    with_bo = events[uid("ana_bo")]
    assert "Morning B2B · Table 1" in str(with_bo["DESCRIPTION"])
    assert "With: Bo Lindqvist (Nordic Fibre AB)" in str(with_bo["DESCRIPTION"])
    assert "Table 1" in str(with_bo["LOCATION"])
    assert "Cy Okafor (Bay Photonics Inc.)" in str(events[uid("ana_cy")]["DESCRIPTION"])
    # the same meeting has the same UID in Bo's calendar: one event for both
    bo = events_by_uid(calendar_text(session, mission_id, registration_id=programme["bo"]))
    assert uid("ana_bo") in bo and uid("bo_cy") in bo and uid("visit") in bo


def test_export_for_someone_not_in_the_mission_is_refused(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError, match="not registered for PW2027"):
        export_calendar(session, mission_id, tmp_path / "x.ics", registration_id=uuid.uuid4())
    assert not (tmp_path / "x.ics").exists()


def test_paris_programme_keeps_local_nine_on_both_sides_of_the_change_to_summer_time(
    session: Session,
) -> None:
    paris = create_mission(
        session,
        mission_data(
            code="PAR2027",
            name="Photonics days Paris",
            city="Paris",
            country="FR",
            timezone="Europe/Paris",
            start_date=date(2027, 3, 25),
            end_date=date(2027, 3, 30),
        ),
    )
    for day in (27, 29):
        create_programme_item(
            session,
            paris,
            ProgrammeItemData(
                kind=ProgrammeItemKind.BRIEFING,
                title=f"Briefing {day}",
                starts_local=datetime(2027, 3, day, 9, 0),
                ends_local=datetime(2027, 3, day, 9, 30),
            ),
        )
    calendar = Calendar.from_ical(calendar_text(session, paris))
    starts = {str(e["SUMMARY"]): e["DTSTART"].dt for e in calendar.walk("VEVENT")}
    assert {k: v.replace(tzinfo=None) for k, v in starts.items()} == {
        "Briefing 27": datetime(2027, 3, 27, 9, 0),
        "Briefing 29": datetime(2027, 3, 29, 9, 0),
    }
    assert starts["Briefing 27"].astimezone(UTC) == utc(2027, 3, 27, 8, 0)  # CET
    assert starts["Briefing 29"].astimezone(UTC) == utc(2027, 3, 29, 7, 0)  # CEST
    text = calendar.walk("VTIMEZONE")[0].to_ical().decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text and "RDATE" not in text


# ---------------------------------------------------------------------------------------------
# The VTIMEZONE


@pytest.mark.parametrize(
    ("zone_name", "form"),
    [
        ("America/Los_Angeles", "RRULE"),
        ("America/New_York", "RRULE"),
        ("Europe/Paris", "RRULE"),
        ("Europe/London", "RRULE"),
        ("Australia/Sydney", "RRULE"),  # summer in January
        ("Pacific/Auckland", "RRULE"),
        ("America/Santiago", "RRULE"),  # changes at midnight
        ("Europe/Dublin", "RRULE"),  # winter time is the tz database's "negative summer time"
        ("Asia/Tokyo", "fixed"),
        ("Africa/Casablanca", "RDATE"),  # an hour less during Ramadan: no yearly rule
    ],
)
def test_vtimezone_gives_every_local_time_the_tz_database_offset(zone_name: str, form: str) -> None:
    """Read back as a zone of its own (as Outlook does, not by its name), the VTIMEZONE puts
    09:00 and 23:00 of every day of the mission's year and the next at the same UTC instant as
    the tz database."""
    component = vtimezone(zone_name, date(2027, 1, 24), date(2027, 1, 29))
    text = component.to_ical().decode()
    if form == "RRULE":  # what Outlook reads; one STANDARD and one DAYLIGHT
        assert "RDATE" not in text and text.count("RRULE:FREQ=YEARLY") == 2
    elif form == "fixed":
        assert "RRULE" not in text and "RDATE" not in text
    else:
        assert "RDATE" in text
    test_zone = f"Test {zone_name}"  # a name icalendar does not know: it reads the rules
    custom = text.replace(f"TZID:{zone_name}", f"TZID:{test_zone}")
    calendar = Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + custom
        + f"BEGIN:VEVENT\r\nUID:probe\r\nDTSTART;TZID={test_zone}:20270101T000000\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    read_back = calendar.walk("VEVENT")[0]["DTSTART"].dt.tzinfo
    assert read_back is not None and not isinstance(read_back, ZoneInfo)
    real = ZoneInfo(zone_name)
    day = datetime(2027, 1, 1)
    wrong = []
    while day < datetime(2029, 1, 1):
        for hour in (9, 23):
            local = day.replace(hour=hour)
            if local.replace(tzinfo=read_back).astimezone(UTC) != local.replace(
                tzinfo=real
            ).astimezone(UTC):
                wrong.append(local)
        day += timedelta(days=1)
    assert wrong == []


# ---------------------------------------------------------------------------------------------
# Import


EXPECTED_PARTNER = {
    # title @ UTC day and time: (UTC start, UTC end)
    "Keynote: light for health": [(utc(2027, 1, 26, 17, 0), utc(2027, 1, 26, 18, 0))],
    # floating 12:30-14:00, taken as San Francisco time
    "Networking lunch": [(utc(2027, 1, 26, 20, 30), utc(2027, 1, 26, 22, 0))],
    # all day: 00:00 to 24:00 in San Francisco
    "Stand set-up day": [(utc(2027, 1, 25, 8, 0), utc(2027, 1, 26, 8, 0))],
    "Exhibition open": [
        (utc(2027, 1, 27, 8, 0), utc(2027, 1, 28, 8, 0)),
        (utc(2027, 1, 28, 8, 0), utc(2027, 1, 29, 8, 0)),
    ],
    # Monday, Wednesday, Friday 08:30: Wednesday taken out, Friday moved to 09:30
    "Partner stand-up": [(utc(2027, 1, 25, 16, 30), utc(2027, 1, 25, 17, 0))],
    "Partner stand-up (late start)": [(utc(2027, 1, 29, 17, 30), utc(2027, 1, 29, 18, 0))],
    # 19:00 in Paris, no end: an hour
    "Press briefing with European media": [(utc(2027, 1, 27, 18, 0), utc(2027, 1, 27, 19, 0))],
    # 15:00 for 90 minutes
    "Poster session": [(utc(2027, 1, 28, 23, 0), utc(2027, 1, 29, 0, 30))],
}


def times_by_title(
    session: Session, mission_id: uuid.UUID
) -> dict[str, list[tuple[datetime, datetime]]]:
    found: dict[str, list[tuple[datetime, datetime]]] = {}
    for item in imported(session, mission_id).values():
        found.setdefault(item.title, []).append((item.starts_at, item.ends_at))
    return found


def test_partner_agenda_lands_at_the_right_utc_instants(
    session: Session, mission_id: uuid.UUID
) -> None:
    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")

    assert (report.created, report.updated, report.unchanged, report.removed) == (9, 0, 0, 0)
    assert times_by_title(session, mission_id) == EXPECTED_PARTNER
    skipped = {s.summary: s.reason for s in report.skipped}
    assert set(skipped) == {"Investor breakfast", "Follow-up visit in San Diego"}
    assert skipped["Investor breakfast"] == "cancelled"
    assert skipped["Follow-up visit in San Diego"] == (
        "it is on 2027-02-03, outside the mission's dates (2027-01-24 to 2027-01-29)"
    )
    items = imported(session, mission_id)
    assert {i.audience for i in items.values()} == {Audience.EVERYONE}
    assert items["Networking lunch @ 26 20:30"].kind is ProgrammeItemKind.MEAL
    assert items["Keynote: light for health @ 26 17:00"].kind is ProgrammeItemKind.OTHER
    keynote = items["Keynote: light for health @ 26 17:00"]
    posters = items["Poster session @ 28 23:00"]
    assert keynote.venue is not None and keynote.venue.name == "Moscone Center West"
    assert posters.venue_id == keynote.venue_id  # one venue, found again by its name
    assert keynote.description == "Opening keynote of the BiOS conference."
    assert keynote.source_uid == "keynote-2027@ggpa.example"
    assert items["Partner stand-up @ 25 16:30"].source_uid == (
        "standup-2027@ggpa.example#20270125T163000Z"
    )
    assert items["Exhibition open @ 27 08:00"].source_uid == "exhibition-2027@ggpa.example+20270127"


def test_outlook_windows_zones_land_at_the_right_utc_instants(session: Session) -> None:
    """Outlook names zones the Windows way: "Eastern Standard Time" (with its VTIMEZONE in
    the file) and "Pacific Standard Time" (without). New York changes to summer time on
    Sunday 14 March 2027, between the first two events."""
    new_york = create_mission(
        session,
        mission_data(
            code="NY2027",
            name="Quantum week New York",
            city="New York",
            timezone="America/New_York",
            start_date=date(2027, 3, 11),
            end_date=date(2027, 3, 17),
        ),
    )
    report = import_calendar(session, new_york, DATA / "outlook_eastern.ics")

    assert (report.created, report.skipped) == (3, ())
    assert times_by_title(session, new_york) == {
        "Welcome at Hudson Optics Hub": [(utc(2027, 3, 12, 14, 30), utc(2027, 3, 12, 16, 0))],
        "Lab tour at Empire Photonics": [(utc(2027, 3, 15, 13, 30), utc(2027, 3, 15, 15, 0))],
        "Call with the Bay Area office": [(utc(2027, 3, 16, 14, 0), utc(2027, 3, 16, 15, 0))],
    }
    welcome = imported(session, new_york)["Welcome at Hudson Optics Hub @ 12 14:30"]
    assert welcome.venue is not None and welcome.venue.name == "Hudson Optics Hub, 5th floor"
    assert welcome.description == "Coffee from 09:00. Bring your badge."
    assert len(welcome.source_uid or "") < 500


def test_reimport_creates_nothing_and_a_moved_event_updates_its_item(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    ids = {k: i.id for k, i in imported(session, mission_id).items()}
    venues = session.scalar(select(func.count()).select_from(Venue))

    again = import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    assert (again.created, again.updated, again.unchanged, again.removed) == (0, 0, 9, 0)
    assert {k: i.id for k, i in imported(session, mission_id).items()} == ids
    assert session.scalar(select(func.count()).select_from(Venue)) == venues

    moved = tmp_path / "partner_agenda_moved.ics"
    moved.write_bytes(
        (DATA / "partner_agenda.ics")
        .read_bytes()
        .replace(
            b"SEQUENCE:0\r\nDTSTART:20270126T170000Z", b"SEQUENCE:1\r\nDTSTART:20270126T180000Z"
        )
        .replace(b"DTEND:20270126T180000Z", b"DTEND:20270126T190000Z")
    )
    report = import_calendar(session, mission_id, moved)
    assert (report.created, report.updated, report.unchanged, report.removed) == (0, 1, 8, 0)
    items = imported(session, mission_id)
    keynote = items["Keynote: light for health @ 26 18:00"]
    assert (keynote.starts_at, keynote.ends_at) == (
        utc(2027, 1, 26, 18, 0),
        utc(2027, 1, 26, 19, 0),
    )
    assert keynote.id == ids["Keynote: light for health @ 26 17:00"]  # the same item, moved
    assert item_count(session, mission_id) == 9


def test_reimport_keeps_what_the_coordinator_set_in_pimap(
    session: Session, mission_id: uuid.UUID
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    keynote = imported(session, mission_id)["Keynote: light for health @ 26 17:00"]
    data = programme_item_data(session, keynote.id)
    update_programme_item(
        session, keynote.id, replace(data, kind=ProgrammeItemKind.FAIR_VISIT, room="Hall B")
    )

    setup = imported(session, mission_id)["Stand set-up day @ 25 08:00"]  # no LOCATION
    data = programme_item_data(session, setup.id)
    update_programme_item(session, setup.id, replace(data, venue_name="Moscone Center South"))

    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")

    assert (report.created, report.updated, report.unchanged) == (0, 0, 9)
    session.expire_all()
    again = session.get(ProgrammeItem, keynote.id)
    assert again is not None
    assert (again.kind, again.room) == (ProgrammeItemKind.FAIR_VISIT, "Hall B")
    setup_again = session.get(ProgrammeItem, setup.id)
    assert setup_again is not None and setup_again.venue is not None
    assert setup_again.venue.name == "Moscone Center South"


def test_cancelled_or_removed_occurrences_are_taken_off_the_programme(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    later = tmp_path / "later.ics"
    later.write_bytes(
        (DATA / "partner_agenda.ics")
        .read_bytes()
        # the keynote is cancelled; Monday's stand-up is taken out of the series
        .replace(b"SUMMARY:Keynote", b"STATUS:CANCELLED\r\nSUMMARY:Keynote")
        .replace(
            b"EXDATE;TZID=America/Los_Angeles:20270127T083000",
            b"EXDATE;TZID=America/Los_Angeles:20270125T083000,20270127T083000",
        )
    )

    report = import_calendar(session, mission_id, later)

    assert (report.created, report.updated, report.unchanged, report.removed) == (0, 0, 7, 2)
    skipped = {s.summary: s.reason for s in report.skipped}
    assert skipped["Keynote: light for health"] == "cancelled; taken off the programme"
    titles = {i.title for i in imported(session, mission_id).values()}
    assert "Keynote: light for health" not in titles and "Partner stand-up" not in titles
    assert "Partner stand-up (late start)" in titles


def test_dry_run_reports_the_changes_and_writes_nothing(
    session: Session, mission_id: uuid.UUID
) -> None:
    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics", dry_run=True)

    assert (report.created, report.updated, report.unchanged) == (9, 0, 0)
    assert len(report.skipped) == 2
    assert item_count(session, mission_id) == 0
    assert session.scalar(select(func.count()).select_from(Venue)) == 0


def test_report_reads_as_json() -> None:
    report = CalendarImport(1, 2, 3, (SkippedEvent("Gala", "cancelled"),), removed=1)
    assert report.to_json() == {
        "created": 1,
        "updated": 2,
        "unchanged": 3,
        "removed": 1,
        "skipped": [{"summary": "Gala", "reason": "cancelled"}],
    }


def test_paris_agenda_keeps_local_nine_across_the_change_to_summer_time(
    session: Session,
) -> None:
    """Daily at 09:00 Paris time (with a TZID, and floating): 08:00 UTC before Sunday
    28 March 2027, 07:00 UTC from that day on; only the days of the mission."""
    paris = create_mission(
        session,
        mission_data(
            code="PAR2027",
            name="Photonics days Paris",
            city="Paris",
            country="FR",
            timezone="Europe/Paris",
            start_date=date(2027, 3, 25),
            end_date=date(2027, 3, 30),
        ),
    )
    report = import_calendar(session, paris, DATA / "paris_dst.ics")

    assert (report.created, report.skipped) == (6 + 4, ())
    times = times_by_title(session, paris)
    assert [s for s, _e in times["Morning briefing"]] == [
        utc(2027, 3, 25, 8, 0),
        utc(2027, 3, 26, 8, 0),
        utc(2027, 3, 27, 8, 0),
        utc(2027, 3, 28, 7, 0),
        utc(2027, 3, 29, 7, 0),
        utc(2027, 3, 30, 7, 0),
    ]
    paris_zone = ZoneInfo("Europe/Paris")
    for title in ("Morning briefing", "Stand opening"):
        assert {s.astimezone(paris_zone).time() for s, _e in times[title]} == {time(9, 0)}
    assert len(times["Stand opening"]) == 4
    # and out again, at the same instants
    events = Calendar.from_ical(calendar_text(session, paris)).walk("VEVENT")
    database = {(i.title, i.starts_at) for i in imported(session, paris).values()}
    assert {(str(e["SUMMARY"]), e["DTSTART"].dt.astimezone(UTC)) for e in events} == database


def test_floating_times_follow_the_calendars_own_zone_and_unknown_zones_are_skipped(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "google.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "X-WR-TIMEZONE:America/New_York\r\n"
        "BEGIN:VEVENT\r\nUID:a@x.example\r\nDTSTART:20270126T120000\r\n"
        "DTEND:20270126T130000\r\nSUMMARY:Call with the East Coast\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b@x.example\r\nDTSTART;TZID=Mars/Olympus_Mons:20270126T120000\r\n"
        "SUMMARY:Martian tea\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20270127T160000Z\r\nSUMMARY:An event without a UID\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    report = import_calendar(session, mission_id, path)

    assert report.created == 2
    assert times_by_title(session, mission_id) == {
        "Call with the East Coast": [(utc(2027, 1, 26, 17, 0), utc(2027, 1, 26, 18, 0))],
        "An event without a UID": [(utc(2027, 1, 27, 16, 0), utc(2027, 1, 27, 17, 0))],
    }
    assert report.skipped == (
        SkippedEvent(
            "Martian tea",
            "its time zone 'Mars/Olympus_Mons' is not known and the file does not describe it",
        ),
    )
    again = import_calendar(session, mission_id, path)
    assert (again.created, again.unchanged) == (0, 2)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken_garbage.ics", "it holds no calendar"),
        ("broken_truncated.ics", "it ends before END:VCALENDAR; the file may be cut short"),
    ],
)
def test_broken_file_gets_a_clear_message_and_changes_nothing(
    session: Session, mission_id: uuid.UUID, name: str, message: str
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    before = {k: (i.starts_at, i.title) for k, i in imported(session, mission_id).items()}

    with pytest.raises(ValidationError, match="is not a readable calendar") as raised:
        import_calendar(session, mission_id, DATA / name)

    assert str(DATA / name) in str(raised.value) and message in str(raised.value)
    assert {k: (i.starts_at, i.title) for k, i in imported(session, mission_id).items()} == before


def test_unreadable_line_is_named_by_its_number(tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nthis line is not iCalendar\r\n"
        "BEGIN:VEVENT\r\nUID:a@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match=r"agenda.ics is not a readable calendar: line 4"):
        read_calendar(path)


def test_missing_file_and_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        read_calendar(tmp_path / "none.ics")
    with pytest.raises(ValidationError, match="is a folder"):
        read_calendar(tmp_path)


def test_windows_1252_file_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "old.ics"
    path.write_bytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:r@x.example\r\n"
        "DTSTART:20270126T170000Z\r\nSUMMARY:Réception à la résidence\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n".encode("cp1252")
    )
    assert str(read_calendar(path).walk("VEVENT")[0]["SUMMARY"]) == "Réception à la résidence"


def instant(value: date, zone_name: str) -> datetime:
    """A DTSTART/DTEND as a UTC instant; an all-day date starts at midnight of the zone."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.combine(value, time(), ZoneInfo(zone_name)).astimezone(UTC)


def test_imported_agenda_exports_back_to_the_same_instants_with_all_day_days(
    session: Session, mission_id: uuid.UUID
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    calendar = Calendar.from_ical(calendar_text(session, mission_id))

    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    items = imported(session, mission_id).values()
    assert len(events) == len(items) == 9
    for item in items:
        event = events[f"{item.id}@pimap-desktop"]
        assert instant(event["DTSTART"].dt, "America/Los_Angeles") == item.starts_at
        assert instant(event["DTEND"].dt, "America/Los_Angeles") == item.ends_at
    all_day = sorted(
        (e["DTSTART"].dt, e["DTEND"].dt)
        for e in events.values()
        if not isinstance(e["DTSTART"].dt, datetime)
    )
    assert all_day == [
        (date(2027, 1, 25), date(2027, 1, 26)),
        (date(2027, 1, 27), date(2027, 1, 28)),
        (date(2027, 1, 28), date(2027, 1, 29)),
    ]


CUSTOM_ZONE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
BEGIN:VTIMEZONE\r
TZID:Customized Time Zone\r
BEGIN:STANDARD\r
DTSTART:16010101T000000\r
TZOFFSETFROM:{offset}\r
TZOFFSETTO:{offset}\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:{uid}\r
DTSTART;TZID="Customized Time Zone":20270126T100000\r
DTEND;TZID="Customized Time Zone":20270126T110000\r
SUMMARY:{summary}\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_each_file_reads_its_own_description_of_a_custom_zone(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """Outlook calls a zone it has no name for "Customized Time Zone"; two partners' files
    with different such zones each land by their own rules."""
    tokyo = tmp_path / "tokyo.ics"
    tokyo.write_text(CUSTOM_ZONE.format(offset="+0900", uid="t@x.example", summary="Tokyo call"))
    paris = tmp_path / "paris.ics"
    paris.write_text(CUSTOM_ZONE.format(offset="+0100", uid="p@x.example", summary="Paris call"))

    import_calendar(session, mission_id, tokyo)
    import_calendar(session, mission_id, paris)

    assert times_by_title(session, mission_id) == {
        "Tokyo call": [(utc(2027, 1, 26, 1, 0), utc(2027, 1, 26, 2, 0))],
        "Paris call": [(utc(2027, 1, 26, 9, 0), utc(2027, 1, 26, 10, 0))],
    }


def test_events_that_cannot_become_items_say_why(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "odd.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:long@x.example\r\nSUMMARY:Exhibition, three days\r\n"
        "DTSTART;TZID=America/Los_Angeles:20270126T100000\r\n"
        "DTEND;TZID=America/Los_Angeles:20270128T170000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:back@x.example\r\nSUMMARY:Backwards\r\n"
        "DTSTART:20270126T170000Z\r\nDTEND:20270126T160000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:bad@x.example\r\nSUMMARY:Unreadable start\r\n"
        "DTSTART:2027-01-26 at nine\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:monthly@x.example\r\nSUMMARY:Board meeting\r\n"
        "DTSTART:20270104T170000Z\r\nDTEND:20270104T180000Z\r\n"
        "RRULE:FREQ=MONTHLY;COUNT=6\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:fine@x.example\r\nSUMMARY:Fine\r\n"
        "DTSTART:20270127T170000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    report = import_calendar(session, mission_id, path)

    reasons = {s.summary: s.reason for s in report.skipped}
    assert report.created == 1
    assert reasons["Exhibition, three days"] == (
        "it lasts more than 24 hours; add it to the programme by hand"
    )
    assert reasons["Backwards"] == "it ends before it starts"
    assert reasons["Unreadable start"].startswith("its DTSTART cannot be read")
    assert reasons["Board meeting"] == (
        "it repeats, but never within the mission's dates (2027-01-24 to 2027-01-29)"
    )


def test_an_imported_item_deleted_and_restored_is_still_found_by_the_next_import(
    session: Session, mission_id: uuid.UUID
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    lunch = imported(session, mission_id)["Networking lunch @ 26 20:30"]
    delete_programme_item(session, lunch.id).undo(session)

    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")

    assert (report.created, report.unchanged) == (0, 9)
    assert imported(session, mission_id)["Networking lunch @ 26 20:30"].id == lunch.id


# ---------------------------------------------------------------------------------------------
# Undo


def programme_state(session: Session, mission_id: uuid.UUID) -> dict[str, Any]:
    """Everything an import and its undo may touch, row for row: the mission's programme items
    (every column), their attendees, its venues and which item each B2B session points at."""
    session.expire_all()
    items: Table = ProgrammeItem.__table__  # type: ignore[assignment]
    venues: Table = Venue.__table__  # type: ignore[assignment]
    attendees = programme_item_attendees
    return {
        "items": {
            row["id"]: dict(row)
            for row in session.execute(
                select(items).where(items.c.mission_id == mission_id)
            ).mappings()
        },
        "attendees": {tuple(r) for r in session.execute(select(attendees))},
        "venues": {
            row["id"]: dict(row)
            for row in session.execute(
                select(venues).where(venues.c.mission_id == mission_id)
            ).mappings()
        },
        "b2b": {
            tuple(r) for r in session.execute(select(B2BSession.id, B2BSession.programme_item_id))
        },
    }


def without_stamps(state: dict[str, Any], ids: set[uuid.UUID]) -> dict[str, Any]:
    """The state with the bookkeeping of these items left out: ``updated_at``, the version and
    who changed them (an update and its undo move them on)."""
    stamps = ("updated_at", "version", "updated_by")
    items = {
        i: {k: v for k, v in row.items() if not (k in stamps and i in ids)}
        for i, row in state["items"].items()
    }
    return {**state, "items": items}


def later_agenda(tmp_path: Path) -> Path:
    """The partner's agenda a week later: the keynote moved an hour (an update), the lunch
    cancelled (a removal), a dinner added at a new place (a creation and a venue)."""
    dinner = (
        b"BEGIN:VEVENT\r\nUID:dinner-2027@ggpa.example\r\nDTSTAMP:20261208T090000Z\r\n"
        b"DTSTART;TZID=America/Los_Angeles:20270127T190000\r\n"
        b"DTEND;TZID=America/Los_Angeles:20270127T213000\r\n"
        b"SUMMARY:Partner dinner\r\nLOCATION:Salon 7\\, Marriott Marquis\r\nEND:VEVENT\r\n"
    )
    later = tmp_path / "partner_agenda_later.ics"
    later.write_bytes(
        (DATA / "partner_agenda.ics")
        .read_bytes()
        .replace(
            b"SEQUENCE:0\r\nDTSTART:20270126T170000Z", b"SEQUENCE:1\r\nDTSTART:20270126T180000Z"
        )
        .replace(b"DTEND:20270126T180000Z", b"DTEND:20270126T190000Z")
        .replace(b"SUMMARY:Networking lunch", b"STATUS:CANCELLED\r\nSUMMARY:Networking lunch")
        .replace(b"END:VCALENDAR", dinner + b"END:VCALENDAR")
    )
    return later


def test_undo_of_a_first_import_leaves_the_programme_as_it_was_and_redo_brings_back_the_same(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID]
) -> None:
    before = programme_state(session, mission_id)

    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    assert report.undo is not None and len(report.undo.created) == 9
    after = programme_state(session, mission_id)
    assert len(after["items"]) == len(before["items"]) + 9
    assert len(after["venues"]) > len(before["venues"])  # venues named by LOCATION

    redo = report.undo.take_back(session)
    assert programme_state(session, mission_id) == before  # venues the import added gone too
    assert redo.redo and not redo.empty

    again = redo.take_back(session)
    assert programme_state(session, mission_id) == after  # the same ids, rows and venues
    assert not again.redo
    again.undo(session)
    assert programme_state(session, mission_id) == before


def test_undo_puts_back_items_the_import_updated_and_removed_with_their_links(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    items = imported(session, mission_id)
    keynote = items["Keynote: light for health @ 26 17:00"]
    lunch = items["Networking lunch @ 26 20:30"]
    # What the coordinator added to the lunch in PIMAP: two people, and a B2B session's link.
    data = programme_item_data(session, lunch.id)
    update_programme_item(
        session,
        lunch.id,
        replace(data, audience=Audience.NAMED, attendee_ids=(programme["ana"], programme["bo"])),
    )
    with transaction(session):
        session.execute(update(B2BSession).values(programme_item_id=lunch.id))
    before = programme_state(session, mission_id)
    lunch_data = programme_item_data(session, lunch.id)

    report = import_calendar(session, mission_id, later_agenda(tmp_path))

    assert (report.created, report.updated, report.removed) == (1, 1, 1)
    assert report.undo is not None
    assert [row["id"] for row, _stamp in report.undo.previous] == [keynote.id]
    assert [r.row["id"] for r in report.undo.removed] == [lunch.id]
    assert report.undo.removed[0].b2b_sessions  # the link went with the item
    assert report.undo.removed[0].data == lunch_data  # as missions.delete_programme_item keeps it
    moved = programme_state(session, mission_id)
    assert moved["items"][keynote.id]["starts_at"] == utc(2027, 1, 26, 18, 0)
    assert lunch.id not in moved["items"]
    assert {name for _i, name in session.execute(select(Venue.id, Venue.name))} >= {
        "Salon 7, Marriott Marquis"
    }

    redo = report.undo.take_back(session)

    restored = programme_state(session, mission_id)
    # Exactly as before: ids, times, titles, venue, source_uid, attendees, B2B link; only the
    # keynote's updated_at moved on (it changed again).
    assert without_stamps(restored, {keynote.id}) == without_stamps(before, {keynote.id})
    assert restored["items"][keynote.id]["updated_at"] > before["items"][keynote.id]["updated_at"]
    assert restored["items"][keynote.id]["starts_at"] == utc(2027, 1, 26, 17, 0)
    assert restored["items"][lunch.id] == before["items"][lunch.id]
    assert restored["items"][lunch.id]["source_uid"] == "lunch-2027@ggpa.example"
    assert (lunch.id, programme["ana"]) in restored["attendees"]

    redo.undo(session)  # redo: the later agenda's result again, same ids
    assert without_stamps(programme_state(session, mission_id), {keynote.id}) == without_stamps(
        moved, {keynote.id}
    )
    # and a later import of the same file finds everything in place
    again = import_calendar(session, mission_id, later_agenda(tmp_path))
    assert (again.created, again.updated, again.removed, again.unchanged) == (0, 0, 0, 9)


def test_undo_is_refused_when_an_imported_item_was_edited_since_and_changes_nothing(
    session: Session, mission_id: uuid.UUID
) -> None:
    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    assert report.undo is not None
    lunch = imported(session, mission_id)["Networking lunch @ 26 20:30"]
    data = programme_item_data(session, lunch.id)
    update_programme_item(session, lunch.id, replace(data, room="Terrace B"))
    edited = programme_state(session, mission_id)

    with pytest.raises(ValidationError, match="“Networking lunch” was changed since"):
        report.undo.undo(session)

    assert programme_state(session, mission_id) == edited


def test_undo_is_refused_when_an_item_the_import_updated_was_deleted_since(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    report = import_calendar(session, mission_id, later_agenda(tmp_path))
    assert report.undo is not None
    keynote = imported(session, mission_id)["Keynote: light for health @ 26 18:00"]
    delete_programme_item(session, keynote.id)
    state = programme_state(session, mission_id)

    with pytest.raises(ValidationError, match="which it changed, was deleted since"):
        report.undo.undo(session)

    assert programme_state(session, mission_id) == state


def test_redo_is_refused_when_an_item_put_back_by_the_undo_was_edited(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    report = import_calendar(session, mission_id, later_agenda(tmp_path))
    assert report.undo is not None
    redo = report.undo.take_back(session)
    lunch = imported(session, mission_id)["Networking lunch @ 26 20:30"]
    data = programme_item_data(session, lunch.id)
    update_programme_item(session, lunch.id, replace(data, room="Terrace B"))

    with pytest.raises(ValidationError, match="cannot be redone: “Networking lunch” was changed"):
        redo.undo(session)


def test_dry_run_has_no_undo_and_an_import_with_nothing_new_has_an_empty_one(
    session: Session, mission_id: uuid.UUID
) -> None:
    assert import_calendar(session, mission_id, DATA / "partner_agenda.ics", dry_run=True).undo is (
        None
    )
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    again = import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    assert again.undo == CalendarUndo(mission_id=mission_id)
    assert again.undo.empty and again.changes == 0
    state = programme_state(session, mission_id)
    again.undo.undo(session)
    assert programme_state(session, mission_id) == state


def test_report_describes_what_changes() -> None:
    assert CalendarImport(3, 1, 5, (), removed=1).describe() == (
        "3 new items, 1 updated, 1 removed, 5 unchanged"
    )
    assert CalendarImport(1, 0, 0, ()).describe() == "1 new item"
    assert CalendarImport(0, 0, 0, ()).describe() == "no items"


def test_an_edit_made_and_undone_since_does_not_block_the_undo(
    session: Session, mission_id: uuid.UUID
) -> None:
    """Edit ▸ Undo goes back in order: the edit of an imported item is undone first (its
    updated_at moves on), then the import."""
    before = programme_state(session, mission_id)
    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    assert report.undo is not None
    lunch = imported(session, mission_id)["Networking lunch @ 26 20:30"]
    data = programme_item_data(session, lunch.id)
    update_programme_item(session, lunch.id, replace(data, room="Terrace B"))
    update_programme_item(session, lunch.id, data)

    report.undo.undo(session)

    assert programme_state(session, mission_id) == before


# ---------------------------------------------------------------------------------------------
# Review fixes: B2B meetings keep their UID across scheduler runs


def meeting_events(text: str) -> dict[str, Any]:
    return {
        uid: event
        for uid, event in events_by_uid(text).items()
        if "CATEGORIES" in event and b"B2B meeting" in event["CATEGORIES"].to_ical()
    }


def test_rescheduling_keeps_the_uid_of_each_requests_meeting_and_its_sequence_grows(
    printing_db_path: Path, printable: Any
) -> None:
    """The scheduler replaces unlocked meetings with new rows (new ids); a delegate's calendar
    must update the events it holds rather than keep the old copies at the old times."""
    from pimap_desktop.services.b2b.scheduling.instance import schedule_mission
    from pimap_desktop.store.database import open_database

    mission_id = printable.mission_id

    def by_counterpart(session: Session, person: uuid.UUID) -> dict[str, Any]:
        """The person's meeting events by summary ("B2B meeting with …": one per pair)."""
        text = calendar_text(session, mission_id, registration_id=person)
        events = list(meeting_events(text).values())
        found = {str(e["SUMMARY"]): e for e in events}
        assert len(found) == len(events)
        return found

    database = open_database(printing_db_path)
    try:
        with database.session() as session:
            with transaction(session):  # the meetings made an hour ago
                session.execute(
                    update(Meeting)
                    .where(Meeting.mission_id == mission_id)
                    .values(updated_at=datetime.now(UTC) - timedelta(hours=1))
                )
            meetings = session.scalars(select(Meeting).where(Meeting.mission_id == mission_id))
            people = sorted({r.id for m in meetings for r in m.participants})
            before_ids = set(session.scalars(select(Meeting.id)))
            first = {r: by_counterpart(session, r) for r in people}

        schedule_mission(database.session, mission_id, method="greedy", time_limit=5, seed=1)

        with database.session() as session:
            new_rows = set(
                session.scalars(
                    select(Meeting.id).where(
                        Meeting.locked.is_(False), Meeting.status == MeetingStatus.SCHEDULED
                    )
                )
            )
            assert new_rows and not new_rows & before_ids  # the scheduler made new rows
            second = {r: by_counterpart(session, r) for r in people}
    finally:
        database.dispose()

    same = grown = 0
    for person in people:
        old, new = first[person], second[person]
        for summary in set(old) & set(new):  # the meeting of the same pair, in both runs
            same += 1
            assert str(new[summary]["UID"]) == str(old[summary]["UID"]), summary
            assert new[summary]["SEQUENCE"] >= old[summary]["SEQUENCE"]
            grown += new[summary]["SEQUENCE"] > old[summary]["SEQUENCE"]
    assert same > 50 and grown > 50


def test_a_meetings_uid_comes_from_its_request_and_a_meeting_without_one_keeps_its_id(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID]
) -> None:
    with transaction(session):
        first = MeetingRequest(
            id=uuid.uuid4(),
            mission_id=mission_id,
            requester_id=programme["ana"],
            target_id=programme["bo"],
            created_at=datetime.now(UTC) - timedelta(days=2),
        )
        session.add(first)
        session.flush()
        # Bo asks too, later: the pair's meeting is still named after Ana's request
        back = MeetingRequest(
            id=uuid.uuid4(),
            mission_id=mission_id,
            requester_id=programme["bo"],
            target_id=programme["ana"],
        )
        session.add(back)
        session.flush()
        session.execute(
            update(Meeting).where(Meeting.id == programme["ana_bo"]).values(request_id=back.id)
        )
    text = calendar_text(session, mission_id, registration_id=programme["ana"])
    events = meeting_events(text)
    request_uid = f"{uuid.uuid5(MEETING_NAMESPACE, f'request:{first.id}')}@pimap-desktop"
    assert set(events) == {request_uid, f"{programme['ana_cy']}@pimap-desktop"}
    bo = meeting_events(calendar_text(session, mission_id, registration_id=programme["bo"]))
    assert request_uid in bo  # one event for both


def test_a_persons_export_lists_their_cancelled_meetings_as_cancelled(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID]
) -> None:
    before = meeting_events(calendar_text(session, mission_id, registration_id=programme["ana"]))
    uid = f"{programme['ana_bo']}@pimap-desktop"
    with transaction(session):
        session.execute(
            update(Meeting)
            .where(Meeting.id == programme["ana_bo"])
            .values(status=MeetingStatus.CANCELLED, updated_at=datetime.now(UTC) + timedelta(1))
        )
    events = meeting_events(calendar_text(session, mission_id, registration_id=programme["ana"]))
    assert set(events) == set(before)
    assert str(events[uid]["STATUS"]) == "CANCELLED"
    assert str(events[uid]["SUMMARY"]).startswith("Cancelled: B2B meeting with Bo")
    assert events[uid]["SEQUENCE"] > before[uid]["SEQUENCE"]
    other = f"{programme['ana_cy']}@pimap-desktop"
    assert "STATUS" not in events[other]
    # Cy was not in that meeting; the mission's programme has no meetings
    cy = meeting_events(calendar_text(session, mission_id, registration_id=programme["cy"]))
    assert uid not in cy
    assert meeting_events(calendar_text(session, mission_id)) == {}


# ---------------------------------------------------------------------------------------------
# Review fixes: a re-import keeps what the coordinator changed or deleted


def moved_keynote(tmp_path: Path, hour: int = 18) -> Path:
    """The partner's agenda with the keynote moved to ``hour`` UTC."""
    moved = tmp_path / f"partner_agenda_{hour}.ics"
    moved.write_bytes(
        (DATA / "partner_agenda.ics")
        .read_bytes()
        .replace(b"DTSTART:20270126T170000Z", f"DTSTART:20270126T{hour}0000Z".encode())
        .replace(b"DTEND:20270126T180000Z", f"DTEND:20270126T{hour + 1}0000Z".encode())
    )
    return moved


KEPT = "changed in PIMAP since the last import; kept"


def edit(session: Session, item_id: uuid.UUID, **changes: Any) -> None:
    data = programme_item_data(session, item_id)
    update_programme_item(session, item_id, replace(data, **changes))


def test_reimport_of_an_unchanged_event_keeps_the_coordinators_edit(
    session: Session, mission_id: uuid.UUID
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    keynote = imported(session, mission_id)["Keynote: light for health @ 26 17:00"]
    edit(
        session,
        keynote.id,
        title="Keynote — moved to Hall B by the coordinator",
        starts_local=datetime(2027, 1, 26, 10, 0),
        ends_local=datetime(2027, 1, 26, 11, 0),
        venue_name="Hall B",
    )

    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")

    assert (report.created, report.updated, report.unchanged, report.removed) == (0, 0, 9, 0)
    assert report.undo is not None and report.undo.empty
    session.expire_all()
    again = session.get(ProgrammeItem, keynote.id)
    assert again is not None and again.venue is not None
    assert again.title == "Keynote — moved to Hall B by the coordinator"
    assert again.starts_at == utc(2027, 1, 26, 18, 0)
    assert again.venue.name == "Hall B"


def test_reimport_updates_an_untouched_item_and_keeps_one_changed_on_both_sides(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    items = imported(session, mission_id)
    keynote = items["Keynote: light for health @ 26 17:00"]
    edit(session, keynote.id, title="Keynote (our delegation in row 3)")

    report = import_calendar(session, mission_id, moved_keynote(tmp_path))

    assert (report.created, report.updated, report.unchanged) == (0, 0, 8)
    assert (
        SkippedEvent("Keynote: light for health", "changed in PIMAP since the last import; kept")
        in report.skipped
    )
    session.expire_all()
    kept = session.get(ProgrammeItem, keynote.id)
    assert kept is not None
    assert (kept.title, kept.starts_at) == ("Keynote (our delegation in row 3)", keynote.starts_at)
    # the same report every time, until the coordinator settles it
    again = import_calendar(session, mission_id, moved_keynote(tmp_path))
    assert (again.updated, again.unchanged) == (0, 8) and again.skipped == report.skipped

    # Untouched in PIMAP, the item follows the file; and when the coordinator made the item
    # what the file says, it follows the file again from there.
    edit(
        session,
        keynote.id,
        title="Keynote: light for health",
        starts_local=datetime(2027, 1, 26, 10, 0),
        ends_local=datetime(2027, 1, 26, 11, 0),
    )
    settled = import_calendar(session, mission_id, moved_keynote(tmp_path))
    assert (settled.updated, settled.unchanged) == (0, 9)
    later = import_calendar(session, mission_id, moved_keynote(tmp_path, 19))
    assert (later.updated, later.unchanged) == (1, 8)
    session.expire_all()
    moved = session.get(ProgrammeItem, keynote.id)
    assert moved is not None and moved.starts_at == utc(2027, 1, 26, 19, 0)


def test_reimport_does_not_bring_back_an_item_the_coordinator_deleted(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    items = imported(session, mission_id)
    delete_programme_item(session, items["Networking lunch @ 26 20:30"].id)
    delete_programme_item(session, items["Keynote: light for health @ 26 17:00"].id)

    report = import_calendar(session, mission_id, moved_keynote(tmp_path))  # keynote moved too

    assert (report.created, report.updated, report.unchanged) == (0, 0, 7)
    reasons = {s.summary: s.reason for s in report.skipped}
    assert (
        reasons["Networking lunch"] == "deleted in PIMAP after an earlier import; not brought back"
    )
    assert reasons["Keynote: light for health"] == reasons["Networking lunch"]
    assert item_count(session, mission_id) == 7


def test_after_undo_of_an_import_the_next_import_adds_the_items_again(
    session: Session, mission_id: uuid.UUID
) -> None:
    report = import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    assert report.undo is not None
    redo = report.undo.take_back(session)
    assert item_count(session, mission_id) == 0

    again = import_calendar(session, mission_id, DATA / "partner_agenda.ics", dry_run=True)
    assert again.created == 9

    # and the redo puts back what the import remembered: a re-import finds it all in place
    redo.undo(session)
    same = import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    assert (same.created, same.unchanged) == (0, 9)


def test_an_occurrence_taken_out_of_the_file_stays_when_a_b2b_session_is_held_in_it(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    standup = imported(session, mission_id)["Partner stand-up @ 25 16:30"]
    with transaction(session):
        session.execute(update(B2BSession).values(programme_item_id=standup.id))
    later = tmp_path / "later.ics"
    later.write_bytes(
        (DATA / "partner_agenda.ics")
        .read_bytes()
        .replace(
            b"EXDATE;TZID=America/Los_Angeles:20270127T083000",
            b"EXDATE;TZID=America/Los_Angeles:20270125T083000,20270127T083000",
        )
    )

    report = import_calendar(session, mission_id, later)

    assert (report.removed, report.unchanged) == (0, 8)
    assert (
        SkippedEvent(
            "Partner stand-up",
            "no longer in the file, but the B2B session “Morning B2B” is held in it; kept",
        )
        in report.skipped
    )
    assert imported(session, mission_id)["Partner stand-up @ 25 16:30"].id == standup.id


def test_a_cancelled_event_whose_item_was_changed_in_pimap_stays(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    keynote = imported(session, mission_id)["Keynote: light for health @ 26 17:00"]
    edit(session, keynote.id, title="Keynote, then our own reception")
    later = tmp_path / "later.ics"
    later.write_bytes(
        (DATA / "partner_agenda.ics")
        .read_bytes()
        .replace(b"SUMMARY:Keynote", b"STATUS:CANCELLED\r\nSUMMARY:Keynote")
    )

    report = import_calendar(session, mission_id, later)

    assert report.removed == 0
    reasons = {s.summary: s.reason for s in report.skipped}
    assert reasons["Keynote: light for health"] == (
        "cancelled; changed in PIMAP since the last import, so kept"
    )
    assert item_count(session, mission_id) == 9


# ---------------------------------------------------------------------------------------------
# Review fixes: PIMAP's own export imported back


def test_importing_pimaps_own_export_into_the_same_mission_changes_nothing(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    before = programme_state(session, mission_id)
    whole = tmp_path / "programme.ics"
    export_calendar(session, mission_id, whole)
    ana = tmp_path / "ana.ics"
    export_calendar(session, mission_id, ana, registration_id=programme["ana"])

    report = import_calendar(session, mission_id, whole)
    # the briefing, the visit, the B2B session's item and the nine imported items
    assert (report.created, report.updated, report.removed, report.unchanged) == (0, 0, 0, 12)
    assert report.skipped == ()
    personal = import_calendar(session, mission_id, ana)
    assert (personal.created, personal.updated, personal.removed) == (0, 0, 0)
    assert {s.reason for s in personal.skipped} == {"a B2B meeting exported by PIMAP"}
    assert len(personal.skipped) == 2
    assert programme_state(session, mission_id) == before

    # An item changed in PIMAP since the export stays as PIMAP has it; one deleted since does
    # not come back.
    edit(session, programme["briefing"], title="Delegation briefing (moved)")
    delete_programme_item(session, programme["visit"])
    changed = programme_state(session, mission_id)
    report = import_calendar(session, mission_id, whole)
    reasons = {s.summary: s.reason for s in report.skipped}
    assert reasons == {
        "Delegation briefing": "exported by PIMAP from this programme, which has it otherwise "
        "now; kept as it is in PIMAP",
        "Visit to a fab in Fremont": "exported by PIMAP from this programme, and deleted "
        "from it since; not brought back",
    }
    assert (report.created, report.updated, report.unchanged) == (0, 0, 10)
    assert programme_state(session, mission_id) == changed


def test_another_missions_export_comes_in_as_a_partners_agenda(
    session: Session, mission_id: uuid.UUID, programme: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    other = create_mission(
        session, mission_data(code="PW2027B", name="Photonics West 2027, second group")
    )
    export = tmp_path / "pw.ics"
    export_calendar(session, mission_id, export, registration_id=programme["ana"])

    report = import_calendar(session, other, export)

    # the briefing and the B2B session's item; not the meetings
    assert (report.created, report.updated) == (2, 0)
    assert {s.reason for s in report.skipped} == {"a B2B meeting exported by PIMAP"}
    briefing = imported(session, other)["Delegation briefing @ 25 16:00"]
    assert briefing.source_uid == f"{programme['briefing']}@pimap-desktop"
    again = import_calendar(session, other, export)
    assert (again.created, again.unchanged) == (0, 2)


# ---------------------------------------------------------------------------------------------
# Review fixes: encodings and zones that cannot be opened


AGENDA = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:r@x.example\r\nDTSTART:20270126T170000Z\r\n"
    "SUMMARY:Réception à la résidence\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:d@x.example\r\nDTSTART:20270127T170000Z\r\n"
    "SUMMARY:Dîner {stray} Zoë's\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def summaries(path: Path) -> list[str]:
    return [str(e["SUMMARY"]) for e in read_calendar(path).walk("VEVENT")]


def test_utf8_file_with_one_stray_windows_byte_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ics"
    text = AGENDA.format(stray="STRAY")
    path.write_bytes(text.encode("utf-8").replace(b"STRAY", "–".encode("cp1252")))
    assert summaries(path) == ["Réception à la résidence", "Dîner – Zoë's"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "unicode.ics"
    data = AGENDA.format(stray="–").encode(encoding)
    if encoding == "utf-16-le":  # Windows "Unicode" with its BOM
        data = b"\xff\xfe" + data
    elif encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert summaries(path) == ["Réception à la résidence", "Dîner – Zoë's"]


def test_an_event_in_a_zone_that_cannot_be_opened_is_skipped_and_the_rest_imports(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "europe.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:e@x.example\r\nDTSTART;TZID=Europe:20270126T100000\r\n"
        "SUMMARY:Call with Europe\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:f@x.example\r\nDTSTART:20270127T170000Z\r\n"
        "SUMMARY:Fine\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    report = import_calendar(session, mission_id, path)
    assert report.created == 1
    assert report.skipped == (
        SkippedEvent(
            "Call with Europe",
            "its time zone 'Europe' is not known and the file does not describe it",
        ),
    )


# ---------------------------------------------------------------------------------------------
# Review fixes: the hour that repeats when clocks go back


def test_items_in_the_repeated_hour_round_trip_to_the_same_instants(session: Session) -> None:
    """On Sunday 31 October 2027 Paris goes from 03:00 CEST back to 02:00 CET: 02:30 happens
    twice, at 00:30Z and at 01:30Z."""
    paris = create_mission(
        session,
        mission_data(
            code="OCT2027",
            name="Photonics days Paris, autumn",
            city="Paris",
            country="FR",
            timezone="Europe/Paris",
            start_date=date(2027, 10, 29),
            end_date=date(2027, 11, 2),
        ),
    )
    with transaction(session):
        for title, start in (
            ("Night train departs", utc(2027, 10, 31, 1, 30)),  # the second 02:30
            ("Night bus departs", utc(2027, 10, 31, 0, 30)),  # the first 02:30
            ("Breakfast", utc(2027, 10, 31, 7, 0)),
        ):
            session.add(
                ProgrammeItem(
                    id=uuid.uuid4(),
                    mission_id=paris,
                    kind=ProgrammeItemKind.TRAVEL,
                    title=title,
                    starts_at=start,
                    ends_at=start + timedelta(hours=1),
                    room="",
                    audience=Audience.EVERYONE,
                )
            )
    events = Calendar.from_ical(calendar_text(session, paris)).walk("VEVENT")
    read_back = {
        str(e["SUMMARY"]): (e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC))
        for e in events
    }
    assert read_back == {
        "Night train departs": (utc(2027, 10, 31, 1, 30), utc(2027, 10, 31, 2, 30)),
        "Night bus departs": (utc(2027, 10, 31, 0, 30), utc(2027, 10, 31, 1, 30)),
        "Breakfast": (utc(2027, 10, 31, 7, 0), utc(2027, 10, 31, 8, 0)),
    }
    by_title = {str(e["SUMMARY"]): e for e in events}
    assert by_title["Breakfast"]["DTSTART"].params["TZID"] == "Europe/Paris"  # local as usual
    assert by_title["Night train departs"]["DTSTART"].to_ical() == b"20271031T013000Z"


def test_an_occurrence_taken_out_of_the_file_stays_when_the_coordinator_changed_it(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    standup = imported(session, mission_id)["Partner stand-up @ 25 16:30"]
    edit(session, standup.id, room="Stand 4127, back room", title="Stand-up with our delegates")
    later = tmp_path / "later.ics"
    later.write_bytes(
        (DATA / "partner_agenda.ics")
        .read_bytes()
        .replace(
            b"EXDATE;TZID=America/Los_Angeles:20270127T083000",
            b"EXDATE;TZID=America/Los_Angeles:20270125T083000,20270127T083000",
        )
    )

    report = import_calendar(session, mission_id, later)

    assert (report.removed, report.unchanged) == (0, 8)
    assert report.skipped[-1] == SkippedEvent(
        "Stand-up with our delegates",
        "no longer in the file, but changed in PIMAP since the last import; kept",
    )


def test_items_imported_before_pimap_kept_records_follow_the_file_only_when_never_changed(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """Items imported by an earlier version kept no record of what it wrote: one never changed
    since it was made follows the file; one changed since (by the coordinator, or by an earlier
    import: PIMAP cannot tell) stays as it is. Items that say what the file says get their
    record, and from then on behave as any."""
    import_calendar(session, mission_id, DATA / "partner_agenda.ics")
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    with transaction(session):  # imported an hour ago by a version that kept no records
        session.execute(calendar_imports.delete())
        session.execute(
            update(ProgrammeItem)
            .where(ProgrammeItem.mission_id == mission_id)
            .values(created_at=an_hour_ago, updated_at=an_hour_ago)
        )
    items = imported(session, mission_id)
    keynote = items["Keynote: light for health @ 26 17:00"]
    lunch = items["Networking lunch @ 26 20:30"]
    edit(session, keynote.id, room="Hall B")  # a change to a column the import does not write

    report = import_calendar(session, mission_id, later_agenda(tmp_path))

    # the dinner is new; the lunch, cancelled and never changed, goes; the keynote stays
    assert (report.created, report.updated, report.removed, report.unchanged) == (1, 0, 1, 7)
    assert (
        SkippedEvent(
            "Keynote: light for health",
            "changed since an earlier version of PIMAP imported it; kept",
        )
        in report.skipped
    )
    session.expire_all()
    assert session.get(ProgrammeItem, lunch.id) is None
    again = session.get(ProgrammeItem, keynote.id)
    assert again is not None and again.starts_at == utc(2027, 1, 26, 17, 0)
    assert report.undo is not None and len(report.undo.records) == 8  # 7 unchanged, the dinner
    assert session.scalar(select(func.count()).select_from(calendar_imports)) == 8

    edit(session, keynote.id, title="Keynote (row 3 reserved)")
    setup = imported(session, mission_id)["Stand set-up day @ 25 08:00"]
    edit(session, setup.id, title="Set-up (we bring the roll-ups)")
    changed = tmp_path / "changed.ics"
    changed.write_bytes(
        later_agenda(tmp_path)
        .read_bytes()
        .replace(
            b"SUMMARY:Stand set-up day", b"SUMMARY:Stand set-up day\r\nDESCRIPTION:Trucks at 7"
        )
    )
    report = import_calendar(session, mission_id, changed)
    assert report.updated == 0
    assert SkippedEvent("Stand set-up day", KEPT) in report.skipped


def test_utf16_file_without_a_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "unicode.ics"
    path.write_bytes(AGENDA.format(stray="–").encode("utf-16-le"))
    assert summaries(path) == ["Réception à la résidence", "Dîner – Zoë's"]
