"""Missions and their programme, through the services, on a real SQLite file."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    MissionStatus,
    ProgrammeItemKind,
    RegistrationRole,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import Mission, Person, ProgrammeItem, Registration, Venue
from pimap_desktop.services.missions import missions as svc
from pimap_desktop.services.missions.missions import ProgrammeItemData
from pimap_desktop.store.database import Database
from tests.factories import mission_data


def item(title: str = "Delegation briefing", **overrides: object) -> ProgrammeItemData:
    values: dict[str, object] = {
        "kind": ProgrammeItemKind.BRIEFING,
        "title": title,
        "starts_local": datetime(2027, 1, 26, 8, 30),
        "ends_local": datetime(2027, 1, 26, 9, 30),
        "venue_name": "Moscone Center",
        "room": "Room 2014",
    }
    values.update(overrides)
    return ProgrammeItemData(**values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- missions


def test_created_mission_is_listed_with_a_normalised_code(session: Session) -> None:
    svc.create_mission(session, mission_data(code=" pw2027 ", country="us"))
    [row] = svc.list_missions(session)
    assert (row.code, row.country, row.timezone) == ("PW2027", "US", "America/Los_Angeles")
    assert row.registrations == 0
    assert row.status is MissionStatus.DRAFT


def test_duplicate_code_is_refused_whatever_its_case(session: Session) -> None:
    svc.create_mission(session, mission_data())
    with pytest.raises(ValidationError, match="already used") as caught:
        svc.create_mission(session, mission_data(code="pw2027", name="Another"))
    assert caught.value.field == "code"
    assert len(svc.list_missions(session)) == 1


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"code": ""}, "code", "needs a code"),
        ({"code": "PW 2027!"}, "code", "may only hold"),
        ({"name": "  "}, "name", "needs a name"),
        ({"timezone": "Pacific Time"}, "timezone", "not a known time zone"),
        ({"end_date": date(2027, 1, 20)}, "end_date", "ends"),
        ({"country": "USA"}, "country", "two-letter"),
    ],
)
def test_invalid_mission_is_refused_with_the_field_named(
    session: Session, overrides: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        svc.create_mission(session, mission_data(**overrides))
    assert caught.value.field == field
    assert svc.list_missions(session) == []


def test_registration_count_is_listed(session: Session, mission_id: uuid.UUID) -> None:
    with session.begin():
        person = Person(first_name="Test", last_name="Delegate", email="t.d@lumiphos.example")
        session.add(person)
        session.add(
            Registration(mission_id=mission_id, person=person, role=RegistrationRole.DELEGATE)
        )
    assert svc.list_missions(session)[0].registrations == 1


def test_update_keeps_the_programme_at_its_local_times_when_the_zone_changes(
    session: Session, mission_id: uuid.UUID
) -> None:
    item_id = svc.create_programme_item(session, mission_id, item())
    svc.update_mission(
        session, mission_id, mission_data(city="Toronto", country="CA", timezone="America/Toronto")
    )
    data = svc.programme_item_data(session, item_id)
    assert data.starts_local == datetime(2027, 1, 26, 8, 30)
    stored = session.get(ProgrammeItem, item_id)
    assert stored is not None and stored.starts_at == datetime(2027, 1, 26, 13, 30, tzinfo=UTC)


def test_duplicate_copies_venues_and_programme_at_the_same_local_time_across_dst(
    session: Session,
) -> None:
    source = svc.create_mission(
        session, mission_data(start_date=date(2027, 3, 8), end_date=date(2027, 3, 12))
    )
    svc.create_programme_item(
        session,
        source,
        item(starts_local=datetime(2027, 3, 9, 8, 30), ends_local=datetime(2027, 3, 9, 9, 30)),
    )
    copy = svc.duplicate_mission(session, source, new_code="PW2027B", new_start=date(2027, 3, 15))
    [row] = svc.list_programme(session, copy)
    assert row.starts_local.replace(tzinfo=None) == datetime(2027, 3, 16, 8, 30)
    assert row.zone_label == "PDT"
    assert row.venue == "Moscone Center"
    copied = session.get(Mission, copy)
    assert copied is not None and copied.status is MissionStatus.DRAFT
    assert (copied.start_date, copied.end_date) == (date(2027, 3, 15), date(2027, 3, 19))
    assert len(svc.list_programme(session, source)) == 1  # the source is untouched


def test_suggested_copy_code_is_free(session: Session, mission_id: uuid.UUID) -> None:
    assert svc.suggest_copy_code(session, "PW2027") == "PW2027-2"
    svc.duplicate_mission(session, mission_id, new_code="PW2027-2")
    assert svc.suggest_copy_code(session, "PW2027") == "PW2027-3"


def test_delete_says_what_goes_and_removes_it_all(session: Session, mission_id: uuid.UUID) -> None:
    svc.create_programme_item(session, mission_id, item())
    svc.create_programme_item(session, mission_id, item("Fair visit", room="Hall A"))
    impact = svc.delete_mission(session, mission_id)
    assert impact.programme_items == 2
    assert "2 programme items" in impact.describe()
    assert session.scalars(select(ProgrammeItem)).all() == []
    assert session.scalars(select(Venue)).all() == []
    with pytest.raises(NotFoundError):
        svc.get_mission(session, mission_id)


def test_unknown_mission_code_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError, match="XX2099"):
        svc.get_mission_by_code(session, "XX2099")


# --------------------------------------------------------------------------- programme


def test_programme_time_entered_in_san_francisco_is_stored_in_utc_and_shown_back(
    db: Database, mission_id: uuid.UUID
) -> None:
    with db.session() as session:
        item_id = svc.create_programme_item(session, mission_id, item())
    with db.session() as session:  # a fresh session reads what the file holds
        stored = session.get(ProgrammeItem, item_id)
        assert stored is not None
        assert stored.starts_at == datetime(2027, 1, 26, 16, 30, tzinfo=UTC)
        [row] = svc.list_programme(session, mission_id)
    assert row.starts_local.strftime("%H:%M") == "08:30"
    assert row.zone_label == "PST"
    assert row.day == date(2027, 1, 26)


def test_item_running_past_midnight_belongs_to_its_start_day(
    session: Session, mission_id: uuid.UUID
) -> None:
    svc.create_programme_item(
        session,
        mission_id,
        item(
            "Networking reception",
            kind=ProgrammeItemKind.RECEPTION,
            starts_local=datetime(2027, 1, 27, 19, 0),
            ends_local=datetime(2027, 1, 28, 0, 30),
        ),
    )
    [row] = svc.list_programme(session, mission_id)
    assert row.day == date(2027, 1, 27)
    assert row.ends_local.strftime("%d %H:%M") == "28 00:30"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": " "}, "title"),
        ({"ends_local": datetime(2027, 1, 26, 8, 0)}, "ends"),
        (
            {
                "starts_local": datetime(2027, 2, 3, 9, 0),
                "ends_local": datetime(2027, 2, 3, 10, 0),
            },
            "day",
        ),
    ],
)
def test_invalid_item_is_refused_and_nothing_is_written(
    session: Session, mission_id: uuid.UUID, overrides: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_programme_item(session, mission_id, item(**overrides))
    assert caught.value.field == field
    assert svc.list_programme(session, mission_id) == []
    assert session.scalars(select(Venue)).all() == []


def test_items_in_the_same_room_at_the_same_time_are_flagged(
    session: Session, mission_id: uuid.UUID
) -> None:
    svc.create_programme_item(session, mission_id, item("Briefing"))
    svc.create_programme_item(
        session,
        mission_id,
        item(
            "Press call",
            venue_name="moscone center",
            room="room 2014",
            starts_local=datetime(2027, 1, 26, 9, 0),
            ends_local=datetime(2027, 1, 26, 10, 0),
        ),
    )
    svc.create_programme_item(
        session,
        mission_id,
        item(
            "Coffee",
            room="Room 2015",
            starts_local=datetime(2027, 1, 26, 9, 0),
            ends_local=datetime(2027, 1, 26, 10, 0),
        ),
    )
    svc.create_programme_item(
        session,
        mission_id,
        item(
            "Back to back",
            starts_local=datetime(2027, 1, 26, 9, 30),
            ends_local=datetime(2027, 1, 26, 10, 0),
            room="Room 2015",
        ),
    )
    rows = {r.title: r.overlaps for r in svc.list_programme(session, mission_id)}
    assert rows["Briefing"] == ("Press call",)
    assert rows["Press call"] == ("Briefing",)
    assert set(rows["Coffee"]) == {"Back to back"}
    assert len(session.scalars(select(Venue)).all()) == 1  # the same venue, whatever its case


def test_edit_and_delete_return_what_undo_needs(session: Session, mission_id: uuid.UUID) -> None:
    item_id = svc.create_programme_item(session, mission_id, item())
    svc.update_programme_item(session, item_id, item("Briefing (moved)", room="Room 3000"))
    created = session.get(ProgrammeItem, item_id).created_at  # type: ignore[union-attr]
    removed = svc.delete_programme_item(session, item_id)
    assert removed.data.title == "Briefing (moved)" and removed.data.room == "Room 3000"
    assert svc.list_programme(session, mission_id) == []
    removed.undo(session)
    [row] = svc.list_programme(session, mission_id)
    assert (row.id, row.title, row.room) == (item_id, "Briefing (moved)", "Room 3000")
    session.expire_all()
    assert session.get(ProgrammeItem, item_id).created_at == created  # type: ignore[union-attr]


def test_programme_context_lists_days_and_venues(session: Session, mission_id: uuid.UUID) -> None:
    svc.create_programme_item(session, mission_id, item())
    context = svc.programme_context(session, mission_id)
    assert context.days[0] == date(2027, 1, 24) and context.days[-1] == date(2027, 1, 29)
    assert context.venues == ("Moscone Center",)


def test_zone_change_moves_b2b_sessions_and_travel_with_the_programme(
    session: Session, mission_id: uuid.UUID
) -> None:
    from pimap_desktop.domain.models import B2BSession
    from pimap_desktop.domain.rules import local_to_utc
    from pimap_desktop.services.unit import transaction
    from tests.factories import add_person

    person = add_person(session, "Test", "Delegate", "td@lumiphos.example")
    with transaction(session):
        session.add(
            B2BSession(
                mission_id=mission_id,
                name="B2B",
                starts_at=local_to_utc(date(2027, 1, 27), time(13, 30), "America/Los_Angeles"),
                ends_at=local_to_utc(date(2027, 1, 27), time(17, 30), "America/Los_Angeles"),
                slot_minutes=20,
            )
        )
        session.add(
            Registration(
                mission_id=mission_id,
                person_id=person.id,
                role=RegistrationRole.DELEGATE,
                arrival_at=local_to_utc(date(2027, 1, 23), time(15, 40), "America/Los_Angeles"),
            )
        )
    svc.update_mission(session, mission_id, mission_data(timezone="America/Vancouver"))
    svc.update_mission(session, mission_id, mission_data(timezone="America/Toronto"))
    session.expire_all()
    b2b = session.scalars(select(B2BSession)).one()
    assert b2b.starts_at == datetime(2027, 1, 27, 18, 30, tzinfo=UTC)  # 13:30 in Toronto
    registration = session.scalars(select(Registration)).one()
    assert registration.arrival_at == datetime(2027, 1, 23, 20, 40, tzinfo=UTC)


def test_shortening_the_dates_past_the_programme_is_refused(
    session: Session, mission_id: uuid.UUID
) -> None:
    svc.create_programme_item(
        session,
        mission_id,
        item(
            "Debriefing",
            starts_local=datetime(2027, 1, 29, 9),
            ends_local=datetime(2027, 1, 29, 10),
        ),
    )
    with pytest.raises(ValidationError, match="Debriefing") as caught:
        svc.update_mission(session, mission_id, mission_data(end_date=date(2027, 1, 28)))
    assert caught.value.field == "end_date"
    assert svc.get_mission(session, mission_id).end_date == date(2027, 1, 29)


def test_deletion_impact_counts_followups_and_targets(
    session: Session, mission_id: uuid.UUID
) -> None:
    from pimap_desktop.domain.enums import FollowUpOutcome, KpiMetric
    from pimap_desktop.domain.models import FollowUp, KpiTarget
    from pimap_desktop.services.unit import transaction

    with transaction(session):
        session.add(FollowUp(mission_id=mission_id, outcome=FollowUpOutcome.MOU_SIGNED))
        session.add(KpiTarget(mission_id=mission_id, metric=KpiMetric.MEETINGS_HELD, target=30))
    text = svc.deletion_impact(session, mission_id).describe()
    assert "1 follow-up" in text and "1 KPI target" in text


def test_a_zone_that_depends_on_the_machine_is_refused(session: Session) -> None:
    for name in ("localtime", "Factory", "posixrules"):
        with pytest.raises(ValidationError, match="not a known time zone"):
            svc.create_mission(session, mission_data(timezone=name))


def test_too_long_city_is_refused(session: Session) -> None:
    with pytest.raises(ValidationError, match="too long") as caught:
        svc.create_mission(session, mission_data(city="x" * 300))
    assert caught.value.field == "city"
