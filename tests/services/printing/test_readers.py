"""Documents speak to each reader: a person's pack and agenda hold only what is meant for them
(practical notes and programme items for everyone, a delegation or some roles; alternatives
never both on one day), the pack's cover holds the person's key facts, and a table plan is
printed only when there are meetings, a 9-slot session on one page. Read back with pypdf."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.cli import main
from pimap_desktop.domain.enums import (
    Audience,
    ProgrammeItemKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Delegation, Mission, ProgrammeItem, Registration
from pimap_desktop.domain.rules import to_local
from pimap_desktop.services.b2b.meetings import SessionData, add_session, list_sessions
from pimap_desktop.services.missions.missions import (
    NoteData,
    ProgrammeItemData,
    add_note,
    create_programme_item,
    delete_note,
    duplicate_mission,
    list_notes,
    list_programme,
    programme_item_data,
    update_programme_item,
)
from pimap_desktop.services.printing.agenda import write_agenda
from pimap_desktop.services.printing.common import BOTTOM
from pimap_desktop.services.printing.itinerary import ACTIVE, Itineraries, mission_itineraries
from pimap_desktop.services.printing.packs import write_packs
from pimap_desktop.services.printing.tableplan import write_table_plan
from pimap_desktop.services.registrations.registrations import register_people
from pimap_desktop.services.unit import transaction
from tests.factories import add_person
from tests.services.printing.conftest import PrintableMission
from tests.services.printing.test_agenda import assert_inside_margins, flat, page_lines, pages_text

# What only the European delegation needs, in the demo's practical notes.
TRAVELLERS_ONLY = ("approved ESTA", "PLA-REV27", "Airport shuttle")
SITE_VISIT = "Site visit: "
FREE_AFTERNOON = "Free afternoon for follow-up meetings"


def _itineraries(session: Session, printable: PrintableMission) -> Itineraries:
    mission = session.get(Mission, printable.mission_id)
    assert mission is not None
    return mission_itineraries(session, mission)


def _site_visit(session: Session, printable: PrintableMission) -> ProgrammeItem:
    return session.scalars(
        select(ProgrammeItem).where(
            ProgrammeItem.mission_id == printable.mission_id,
            ProgrammeItem.title.startswith(SITE_VISIT),
        )
    ).one()


def _us_local(it: Itineraries) -> uuid.UUID:
    """A US local participant who travels (an active status) and has B2B meetings."""
    return next(
        p.registration_id
        for p in sorted(it.participants.values(), key=lambda p: p.name)
        if p.role is RegistrationRole.LOCAL_PARTICIPANT
        and p.status in ACTIVE
        and it.meetings_of(p.registration_id)
    )


def _pack_text(session: Session, printable: PrintableMission, who: uuid.UUID, out: Path) -> str:
    write_packs(session, printable.mission_id, out, registration_ids=[who])
    return flat("\n".join(pages_text(out)))


# ---------------------------------------------------------------------------------------------
# Practical information for the reader


def test_a_us_local_pack_has_no_notes_meant_for_the_european_delegation(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    it = _itineraries(printing_session, printable)
    local = _us_local(it)
    delegate = next(
        p.registration_id
        for p in it.participants.values()
        if p.role is RegistrationRole.DELEGATE and p.status is RegistrationStatus.CONFIRMED
    )

    local_text = _pack_text(printing_session, printable, local, tmp_path / "local.pdf")
    delegate_text = _pack_text(printing_session, printable, delegate, tmp_path / "delegate.pdf")

    for words in TRAVELLERS_ONLY:
        assert words not in local_text, words
        assert words in delegate_text, words
    # The delegation's own note goes to the US participants only; the note for everyone to all.
    assert "Validated parking" in local_text and "Validated parking" not in delegate_text
    for text in (local_text, delegate_text):
        assert "Moscone West registration desk" in text
    # Programme items for the travelling delegation are not on the local's programme.
    assert "Delegation briefing" in delegate_text and "Delegation briefing" not in local_text


def test_nobody_gets_both_the_site_visit_and_the_free_afternoon(
    printing_session: Session, printable: PrintableMission
) -> None:
    it = _itineraries(printing_session, printable)
    visit = _site_visit(printing_session, printable)
    visitors = {r.id for r in visit.attendees}
    seen = {"visit": 0, "free": 0}
    for registration_id, person in it.participants.items():
        titles = [e.title for e in it.person_programme(registration_id)]
        on_visit = any(t.startswith(SITE_VISIT) for t in titles)
        free = FREE_AFTERNOON in titles
        assert not (on_visit and free), person.name
        assert on_visit == (registration_id in visitors), person.name
        expected_free = (
            person.role in (RegistrationRole.DELEGATE, RegistrationRole.SPEAKER)
            and registration_id not in visitors
        )
        assert free == expected_free, person.name
        seen["visit"] += on_visit
        seen["free"] += free
    assert seen["visit"] and seen["free"]


def test_the_personal_agenda_of_someone_on_the_site_visit_has_no_free_afternoon(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    visit = _site_visit(printing_session, printable)
    visitor = visit.attendees[0].id
    out = tmp_path / "agenda.pdf"

    write_agenda(printing_session, printable.mission_id, out, registration_ids=[visitor])

    text = flat("\n".join(pages_text(out)))
    assert visit.title in text and "08:30–16:30" in text
    assert FREE_AFTERNOON not in text
    # The mission's own agenda lists both and says who each is for.
    whole = tmp_path / "mission.pdf"
    write_agenda(printing_session, printable.mission_id, whole)
    mission_text = flat("\n".join(pages_text(whole)))
    assert FREE_AFTERNOON in mission_text and visit.title in mission_text
    assert f"For: Delegates and speakers not at “{visit.title}”" in mission_text


# ---------------------------------------------------------------------------------------------
# Audiences on a mission of our own


@pytest.fixture
def people(session: Session, mission_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """A delegate of each of two delegations, a local host and a speaker; registration ids."""
    with transaction(session):
        nordic = Delegation(mission_id=mission_id, name="Nordic delegation", country="FI")
        southern = Delegation(mission_id=mission_id, name="Southern delegation", country="PT")
        session.add_all([nordic, southern])
    found: dict[str, uuid.UUID] = {}
    for key, role, delegation in (
        ("aino", RegistrationRole.DELEGATE, nordic.id),
        ("rui", RegistrationRole.DELEGATE, southern.id),
        ("host", RegistrationRole.LOCAL_HOST, None),
        ("speaker", RegistrationRole.SPEAKER, None),
    ):
        person = add_person(session, key.title(), "Reader", f"{key}@readers.example")
        register_people(
            session, mission_id, [person.id], role=role, status=RegistrationStatus.CONFIRMED
        )
        registration = session.scalars(
            select(Registration).where(Registration.person_id == person.id)
        ).one()
        with transaction(session):
            registration.delegation_id = delegation
        found[key] = registration.id
    return found


def _item(title: str, day: int, start: int, end: int, **values: object) -> ProgrammeItemData:
    return ProgrammeItemData(
        kind=ProgrammeItemKind.OTHER,
        title=title,
        starts_local=datetime(2027, 1, day, start),
        ends_local=datetime(2027, 1, day, end),
        **values,  # type: ignore[arg-type]
    )


def test_items_and_notes_reach_only_their_audience(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    nordic = session.scalars(
        select(Registration.delegation_id).where(Registration.id == people["aino"])
    ).one()
    delegates = (RegistrationRole.DELEGATE,)
    create_programme_item(session, mission_id, _item("Welcome for all", 25, 9, 10))
    create_programme_item(
        session,
        mission_id,
        _item("Delegates' briefing", 25, 10, 11, audience=Audience.ROLE, roles=delegates),
    )
    visit = create_programme_item(
        session,
        mission_id,
        _item(
            "Factory tour",
            26,
            9,
            16,
            audience=Audience.NAMED,
            attendee_ids=(people["aino"], people["speaker"]),
        ),
    )
    create_programme_item(
        session,
        mission_id,
        _item(
            "Free afternoon",
            26,
            14,
            17,
            audience=Audience.ROLE,
            roles=(RegistrationRole.DELEGATE, RegistrationRole.SPEAKER),
            alternative_to_id=visit,
        ),
    )
    add_note(
        session, mission_id, NoteData("Visa", "Apply for an ESTA.", Audience.ROLE, None, delegates)
    )
    add_note(session, mission_id, NoteData("Sauna", "Thursday evening.", Audience.GROUP, nordic))
    add_note(session, mission_id, NoteData("Weather", "Rain likely."))
    mission = session.get(Mission, mission_id)
    assert mission is not None

    it = mission_itineraries(session, mission)

    def titles(key: str) -> set[str]:
        return {e.title for e in it.person_programme(people[key])}

    def notes(key: str) -> set[str]:
        return {n.title for n in it.notes_for(people[key])}

    assert titles("aino") == {"Welcome for all", "Delegates' briefing", "Factory tour"}
    assert titles("rui") == {"Welcome for all", "Delegates' briefing", "Free afternoon"}
    assert titles("speaker") == {"Welcome for all", "Factory tour"}
    assert titles("host") == {"Welcome for all"}
    assert notes("aino") == {"Visa", "Sauna", "Weather"}
    assert notes("rui") == {"Visa", "Weather"}
    assert notes("host") == notes("speaker") == {"Weather"}
    labels = {row.title: row.audience for row in list_programme(session, mission_id)}
    assert labels["Delegates' briefing"] == "Delegates"
    assert labels["Free afternoon"] == "Delegates and speakers not at “Factory tour”"
    assert [(n.title, n.audience) for n in list_notes(session, mission_id)] == [
        ("Visa", "Delegates"),
        ("Sauna", "Nordic delegation"),
        ("Weather", "Everyone"),
    ]

    # Printed: the host's pack has none of the delegates' items and notes.
    out = tmp_path / "host.pdf"
    text = _pack_text_for(session, mission_id, people["host"], out)
    assert "Weather: Rain likely." in text
    for words in ("ESTA", "Sauna", "Delegates' briefing", "Factory tour", "Free afternoon"):
        assert words not in text, words
    text = _pack_text_for(session, mission_id, people["aino"], tmp_path / "aino.pdf")
    assert "Visa: Apply for an ESTA." in text and "Sauna: Thursday evening." in text
    assert "Factory tour" in text and "Free afternoon" not in text


def _pack_text_for(session: Session, mission_id: uuid.UUID, who: uuid.UUID, out: Path) -> str:
    write_packs(session, mission_id, out, registration_ids=[who])
    return flat("\n".join(pages_text(out)))


def test_an_alternative_that_loops_back_or_to_another_mission_is_refused(
    session: Session, mission_id: uuid.UUID
) -> None:
    first = create_programme_item(session, mission_id, _item("Tour", 26, 9, 12))
    second = create_programme_item(
        session, mission_id, _item("Free morning", 26, 9, 12, alternative_to_id=first)
    )
    with pytest.raises(ValidationError, match="alternative to itself"):
        update_programme_item(
            session,
            first,
            _item("Tour", 26, 9, 12, alternative_to_id=second),
        )
    with pytest.raises(ValidationError, match="not on this mission's programme"):
        create_programme_item(
            session, mission_id, _item("Other", 26, 9, 12, alternative_to_id=uuid.uuid4())
        )
    with pytest.raises(ValidationError, match="Choose the roles"):
        create_programme_item(
            session, mission_id, _item("Nobody", 26, 9, 12, audience=Audience.ROLE)
        )
    assert programme_item_data(session, second).alternative_to_id == first


def test_a_note_needs_a_title_and_a_delegation_of_its_own_mission(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    with pytest.raises(ValidationError, match="needs a title"):
        add_note(session, mission_id, NoteData("  ", "text"))
    with pytest.raises(ValidationError, match="delegations"):
        add_note(session, mission_id, NoteData("Sauna", "", Audience.GROUP, uuid.uuid4()))
    with pytest.raises(ValidationError, match="everyone, a delegation or some roles"):
        add_note(session, mission_id, NoteData("Names", "", Audience.NAMED))
    note = add_note(
        session,
        mission_id,
        NoteData("Visa", "ESTA", Audience.ROLE, None, (RegistrationRole.SPEAKER,)),
    )
    assert list_notes(session, mission_id)[0].data.roles == (RegistrationRole.SPEAKER,)
    assert delete_note(session, note).title == "Visa"
    assert list_notes(session, mission_id) == []


# ---------------------------------------------------------------------------------------------
# The cover


def test_the_pack_cover_holds_the_persons_key_facts_and_fills_its_page(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    it = _itineraries(printing_session, printable)
    person = next(
        p
        for p in sorted(it.participants.values(), key=lambda p: p.name)
        if p.role is RegistrationRole.DELEGATE
        and p.status is RegistrationStatus.CONFIRMED
        and p.hotel
        and len(it.meetings_of(p.registration_id)) >= 2
    )
    out = tmp_path / "pack.pdf"
    write_packs(
        printing_session, printable.mission_id, out, registration_ids=[person.registration_id]
    )

    page = pypdf.PdfReader(out).pages[0]
    cover = flat(page.extract_text())
    meetings = len(it.meetings_of(person.registration_id))
    assert "Welcome to Photonics West 2027 business mission" in cover
    assert f"Hotel {person.hotel}" in cover
    assert f"B2B meetings {meetings} meetings on Wednesday 27 January" in cover
    first = it.person_programme(person.registration_id)[0]
    local = to_local(first.starts_at, it.timezone)
    assert f"First commitment {local:%A} {local.day} {local:%B %Y, %H:%M}" in cover
    assert first.title in cover
    coordinator = next(
        p
        for p in it.participants.values()
        if p.role is RegistrationRole.COORDINATOR and p.consent_contact and p.phone
    )
    assert "Your coordinator" in cover and coordinator.phone in cover
    # The cover's content reaches the lower third of the page (not half a blank page).
    height = float(page.mediabox.height)
    content = [line for line in page_lines(page) if line.y > BOTTOM]
    assert min(line.y for line in content) < height / 3
    assert_inside_margins(out)


# ---------------------------------------------------------------------------------------------
# The table plan


def test_an_empty_table_plan_is_refused_with_the_reason(
    session: Session, mission_id: uuid.UUID, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_session(
        session,
        mission_id,
        SessionData(date(2027, 1, 27), time(13, 30), time(17, 30), 20, 5, 12, name="EU–US B2B"),
    )
    out = tmp_path / "plan.pdf"
    with pytest.raises(ValidationError) as raised:
        write_table_plan(session, mission_id, out)
    assert str(raised.value).startswith(
        "No meeting is scheduled in the B2B session EU–US B2B yet, so there is no table plan"
    )
    assert not out.exists()

    db = session.get_bind().url.render_as_string(hide_password=False)
    session.close()  # the command line opens the database on its own
    code = main(["--db", str(db), "export", "tableplan", "--mission", "PW2027", "--out", str(out)])
    _, err = capsys.readouterr()
    assert code == 1 and "No meeting is scheduled" in err and "pimap schedule" in err
    assert not out.exists()


def test_the_demos_nine_slots_are_side_by_side_on_a_landscape_page(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    """Not 5 + 4 over two pages: every page of the plan has all 9 slots (when a busy grid
    needs more height than a page, its rows go on with the header repeated)."""
    [b2b] = list_sessions(printing_session, printable.mission_id)
    assert len(b2b.slots) == 9
    out = tmp_path / "plan.pdf"

    report = write_table_plan(printing_session, printable.mission_id, out)

    pages = pages_text(out)
    assert report.pages == len(pages) <= 2
    for page in pages:
        for number, (start, end) in enumerate(b2b.slots, start=1):
            assert f"{start:%H:%M}–{end:%H:%M}" in page and f"Slot {number}" in page
        assert "Slots 1–" not in page  # one group of slots: no "Slots 1–5 of 9"
    whole = "\n".join(pages)
    for _, _, label in b2b.tables:
        assert label in whole.splitlines()
    assert_inside_margins(out)


def test_a_duplicated_mission_keeps_role_audiences_alternatives_and_notes(
    session: Session, mission_id: uuid.UUID, people: dict[str, uuid.UUID]
) -> None:
    nordic = session.scalars(
        select(Registration.delegation_id).where(Registration.id == people["aino"])
    ).one()
    tour = create_programme_item(session, mission_id, _item("Factory tour", 26, 9, 16))
    create_programme_item(
        session,
        mission_id,
        _item(
            "Free afternoon",
            26,
            14,
            17,
            audience=Audience.ROLE,
            roles=(RegistrationRole.DELEGATE,),
            alternative_to_id=tour,
        ),
    )
    add_note(
        session,
        mission_id,
        NoteData("Visa", "ESTA", Audience.ROLE, None, (RegistrationRole.DELEGATE,)),
    )
    add_note(session, mission_id, NoteData("Sauna", "Thursday evening.", Audience.GROUP, nordic))
    add_note(session, mission_id, NoteData("Weather", "Rain likely."))

    copy = duplicate_mission(session, mission_id, new_code="PW2028")

    rows = {row.title: row for row in list_programme(session, copy)}
    assert rows["Free afternoon"].audience == "Delegates not at “Factory tour”"
    assert [(n.title, n.audience) for n in list_notes(session, copy)] == [
        ("Visa", "Delegates"),
        ("Weather", "Everyone"),
    ]
