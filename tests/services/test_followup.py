"""The follow-up log: recording, undo, overdue items, "my open actions", and exports read back."""

from __future__ import annotations

import csv
import re
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pypdf
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    MeetingStatus,
    RegistrationRole,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    FollowUp,
    Meeting,
    Mission,
    Organisation,
    Person,
    Registration,
)
from pimap_desktop.domain.rules import to_local
from pimap_desktop.services.b2b.meetings import table_label
from pimap_desktop.services.followup.followup import (
    FOLLOWUP_COLUMNS,
    FollowUpData,
    FollowUpRow,
    create_followup,
    delete_followup,
    export_followups,
    followup_data,
    followup_table,
    list_followups,
    meeting_choices,
    owner_choices,
    quick_followup,
    record_quick_followup,
    set_done,
    update_followup,
)
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.printing.followup_log import log_story, pack_rows
from pimap_desktop.services.unit import transaction
from tests.factories import add_organisation, add_person, mission_data
from tests.printing_fixtures import PrintableMission

NOW = datetime(2027, 1, 28, 18, 0, tzinfo=UTC)
LATER = datetime(2027, 2, 3, 9, 30, tzinfo=UTC)
TODAY = date(2027, 2, 10)


# ---------------------------------------------------------------------------------------------
# Helpers: what the database says, counted here independently of the service


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(FollowUp)) or 0)


def _row(session: Session, followup_id: uuid.UUID, today: date = TODAY) -> FollowUpRow:
    return next(r for r in list_followups(session, today=today) if r.id == followup_id)


def _status(session: Session, meeting_id: uuid.UUID) -> MeetingStatus | None:
    """The meeting's status as stored now."""
    return session.scalar(select(Meeting.status).where(Meeting.id == meeting_id))


def _our_clusters(session: Session, mission_id: uuid.UUID) -> set[uuid.UUID]:
    mission = session.get(Mission, mission_id)
    assert mission is not None
    return {c.id for c in mission.clusters}


def _cross_meetings(
    session: Session, mission_id: uuid.UUID
) -> list[tuple[Meeting, Person, Person]]:
    """Scheduled meetings between a member of the mission's clusters (ours) and a person from
    an organisation in no cluster (theirs), with (meeting, ours, theirs)."""
    clusters = _our_clusters(session, mission_id)
    found = []
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    for meeting in meetings:
        people = [r.person for r in meeting.participants]
        ours = [p for p in people if p.organisation and p.organisation.cluster_id in clusters]
        theirs = [p for p in people if p.organisation and p.organisation.cluster_id is None]
        if len(people) == 2 and len(ours) == 1 and len(theirs) == 1:
            found.append((meeting, ours[0], theirs[0]))
    assert len(found) >= 5, "the demo's PW2027 should have meetings of ours with theirs"
    return found


def _coordinators(session: Session, mission_id: uuid.UUID) -> list[Person]:
    return list(
        session.scalars(
            select(Person)
            .join(Registration, Registration.person_id == Person.id)
            .where(
                Registration.mission_id == mission_id,
                Registration.role == RegistrationRole.COORDINATOR,
            )
            .order_by(Person.last_name)
        )
    )


def _pdf_text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


# ---------------------------------------------------------------------------------------------
# Recording


def test_followup_for_a_meeting_names_both_organisations_and_countries(
    printing_session: Session, printable: PrintableMission
) -> None:
    meeting, ours, theirs = _cross_meetings(printing_session, printable.mission_id)[0]
    owner = _coordinators(printing_session, printable.mission_id)[0]

    followup_id = create_followup(
        printing_session,
        FollowUpData(
            outcome=FollowUpOutcome.PROPOSAL_SENT,
            notes="Wants 20 units",
            next_action="Send the quotation",
            owner_id=owner.id,
            due_date=date(2027, 2, 15),
            meeting_id=meeting.id,
        ),
        now=NOW,
    )

    stored = printing_session.get(FollowUp, followup_id)
    assert stored is not None
    assert stored.mission_id == printable.mission_id  # taken from the meeting
    assert (stored.organisation_id, stored.contact_id) == (theirs.organisation_id, theirs.id)
    row = _row(printing_session, followup_id)
    assert ours.organisation is not None and theirs.organisation is not None
    assert (row.organisation_a, row.country_a) == (
        ours.organisation.name,
        ours.organisation.country,
    )
    assert (row.organisation_b, row.country_b) == (theirs.organisation.name, "US")
    assert row.contact == theirs.full_name
    assert row.owner == owner.full_name and row.owner_id == owner.id
    assert row.mission_code == "PW2027"
    local = to_local(meeting.starts_at, "America/Los_Angeles")
    assert meeting.table is not None
    table = table_label(meeting.table.number, meeting.table.name)
    assert row.meeting == f"{local:%a} {local.day} {local:%b} {local:%H:%M}, {table}"
    assert row.meeting.startswith(("Mon ", "Tue ", "Wed ", "Thu ", "Fri "))
    assert row.outcome is FollowUpOutcome.PROPOSAL_SENT
    assert row.een_rating == "Valuable contact"
    assert (row.next_action, row.notes, row.done, row.overdue) == (
        "Send the quotation",
        "Wants 20 units",
        False,
        False,
    )
    assert row.created_at == NOW


def test_followup_for_a_contact_without_meeting_takes_their_organisation(
    session: Session, mission_id: uuid.UUID
) -> None:
    ours = add_organisation(session, "Pôle Lumière Atlantique", "FR")
    theirs = add_organisation(session, "Zephyrix Optics Corporation", "US")
    owner = add_person(
        session, "Aurélie", "Coordinatrice", "aurelie@pla.example", organisation=ours
    )
    contact = add_person(
        session, "Lauren", "Anderson", "lauren@zephyrix.example", organisation=theirs
    )

    followup_id = create_followup(
        session,
        FollowUpData(
            outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
            contact_id=contact.id,
            owner_id=owner.id,
            mission_id=mission_id,
            next_action="  Send the catalogue  ",
        ),
        now=NOW,
    )

    assert followup_data(session, followup_id).organisation_id == theirs.id
    row = _row(session, followup_id)
    assert row.meeting == "" and row.meeting_id is None
    assert (row.organisation_a, row.country_a) == ("Pôle Lumière Atlantique", "FR")  # owner's
    assert (row.organisation_b, row.country_b) == ("Zephyrix Optics Corporation", "US")
    assert row.contact == "Lauren Anderson"
    assert row.next_action == "Send the catalogue"  # trimmed


def test_followup_for_an_organisation_alone_is_accepted(session: Session) -> None:
    theirs = add_organisation(session, "Wrenfield Lasers Corporation", "US")
    followup_id = create_followup(
        session, FollowUpData(outcome=FollowUpOutcome.NO_INTEREST, organisation_id=theirs.id)
    )
    row = _row(session, followup_id)
    assert (row.organisation_b, row.contact, row.mission_code, row.organisation_a) == (
        "Wrenfield Lasers Corporation",
        "",
        "",
        "",
    )


def test_followup_without_meeting_organisation_or_contact_is_refused_naming_the_field(
    session: Session, mission_id: uuid.UUID
) -> None:
    before = _count(session)
    with pytest.raises(ValidationError) as refused:
        create_followup(
            session,
            FollowUpData(outcome=FollowUpOutcome.PROPOSAL_SENT, mission_id=mission_id),
        )
    assert refused.value.field == "organisation"
    assert "organisation or a contact" in str(refused.value)
    session.rollback()
    assert _count(session) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"meeting_id": uuid.uuid4()}, "meeting"),
        ({"owner_id": uuid.uuid4()}, "owner"),
        ({"contact_id": uuid.uuid4()}, "contact"),
        ({"next_action": "x" * 301}, "next_action"),
    ],
)
def test_followup_with_a_bad_field_is_refused_and_nothing_is_written(
    session: Session, change: dict[str, object], field: str
) -> None:
    theirs = add_organisation(session, "Lumaris Automation LLC", "US")
    data = replace(
        FollowUpData(outcome=FollowUpOutcome.NO_INTEREST, organisation_id=theirs.id),
        **change,  # type: ignore[arg-type]
    )
    with pytest.raises(ValidationError) as refused:
        create_followup(session, data)
    assert refused.value.field == field
    session.rollback()
    assert _count(session) == 0


def test_a_meeting_of_another_mission_is_refused(
    printing_session: Session, printable: PrintableMission
) -> None:
    meeting, _, _ = _cross_meetings(printing_session, printable.mission_id)[0]
    other = create_mission(printing_session, mission_data(code="OTHER27", name="Other"))
    with pytest.raises(ValidationError) as refused:
        create_followup(
            printing_session,
            FollowUpData(
                outcome=FollowUpOutcome.NO_INTEREST, meeting_id=meeting.id, mission_id=other
            ),
        )
    assert refused.value.field == "mission"


# ---------------------------------------------------------------------------------------------
# Quick entry after a meeting


def test_quick_followup_marks_the_meeting_held_and_undo_takes_both_back(
    printing_session: Session, printable: PrintableMission
) -> None:
    meeting, _, theirs = _cross_meetings(printing_session, printable.mission_id)[1]
    before = _count(printing_session)

    entry = record_quick_followup(
        printing_session, meeting.id, FollowUpOutcome.FOLLOWUP_MEETING_PLANNED, now=NOW
    )

    assert _status(printing_session, meeting.id) is MeetingStatus.HELD
    assert entry.previous_status is MeetingStatus.SCHEDULED and entry.marked_held
    row = _row(printing_session, entry.followup_id)
    assert row.outcome is FollowUpOutcome.FOLLOWUP_MEETING_PLANNED
    assert row.contact == theirs.full_name and row.notes == ""
    assert _count(printing_session) == before + 1

    entry.undo(printing_session)

    assert _status(printing_session, meeting.id) is MeetingStatus.SCHEDULED
    assert _count(printing_session) == before


def test_quick_followup_leaves_a_no_show_as_it_is_and_refuses_a_cancelled_meeting(
    printing_session: Session, printable: PrintableMission
) -> None:
    meetings = _cross_meetings(printing_session, printable.mission_id)
    no_show, cancelled = meetings[2][0], meetings[3][0]
    no_show.status, cancelled.status = MeetingStatus.NO_SHOW, MeetingStatus.CANCELLED
    printing_session.commit()

    followup_id = quick_followup(
        printing_session, no_show.id, FollowUpOutcome.NO_INTEREST, "They did not come"
    )
    assert _status(printing_session, no_show.id) is MeetingStatus.NO_SHOW
    assert _row(printing_session, followup_id).notes == "They did not come"

    before = _count(printing_session)
    with pytest.raises(ValidationError) as refused:
        quick_followup(printing_session, cancelled.id, FollowUpOutcome.NO_INTEREST)
    assert refused.value.field == "meeting"
    printing_session.rollback()
    assert _count(printing_session) == before


# ---------------------------------------------------------------------------------------------
# Changing, done, deleting: each with its undo


def test_update_returns_the_previous_values_and_they_restore_the_follow_up(
    printing_session: Session, printable: PrintableMission
) -> None:
    meeting, _, _ = _cross_meetings(printing_session, printable.mission_id)[0]
    owner, other_owner = _coordinators(printing_session, printable.mission_id)[:2]
    followup_id = create_followup(
        printing_session,
        FollowUpData(
            outcome=FollowUpOutcome.INFORMATION_EXCHANGED,
            owner_id=owner.id,
            meeting_id=meeting.id,
        ),
        now=NOW,
    )
    original = followup_data(printing_session, followup_id)
    row_before = _row(printing_session, followup_id)

    previous = update_followup(
        printing_session,
        followup_id,
        replace(
            original,
            outcome=FollowUpOutcome.AGREEMENT_SIGNED,
            next_action="Countersign",
            owner_id=other_owner.id,
            due_date=date(2027, 3, 1),
            done=True,
        ),
        now=LATER,
    )

    assert previous == original
    changed = _row(printing_session, followup_id)
    assert changed.outcome is FollowUpOutcome.AGREEMENT_SIGNED
    assert changed.een_rating == "Agreement reached"
    assert (changed.owner, changed.done, changed.done_at) == (other_owner.full_name, True, LATER)

    update_followup(printing_session, followup_id, previous, now=LATER)

    assert followup_data(printing_session, followup_id) == original
    assert _row(printing_session, followup_id) == row_before


def test_another_meeting_with_the_old_counterpart_is_refused_and_empty_takes_the_new_one(
    printing_session: Session, printable: PrintableMission
) -> None:
    meetings = _cross_meetings(printing_session, printable.mission_id)
    (first, _, theirs), (second, _, new_theirs) = meetings[0], meetings[1]
    assert theirs.organisation_id != new_theirs.organisation_id
    followup_id = create_followup(
        printing_session,
        FollowUpData(outcome=FollowUpOutcome.PROPOSAL_SENT, meeting_id=first.id),
        now=NOW,
    )
    form = followup_data(printing_session, followup_id)  # what the edit form starts from
    assert (form.organisation_id, form.contact_id) == (theirs.organisation_id, theirs.id)

    with pytest.raises(ValidationError) as refused:
        update_followup(printing_session, followup_id, replace(form, meeting_id=second.id))
    assert refused.value.field == "organisation"
    assert "not in that meeting" in str(refused.value)
    printing_session.rollback()
    assert followup_data(printing_session, followup_id) == form  # nothing changed

    update_followup(
        printing_session,
        followup_id,
        replace(form, meeting_id=second.id, organisation_id=None, contact_id=None),
    )
    moved = followup_data(printing_session, followup_id)
    assert (moved.meeting_id, moved.organisation_id, moved.contact_id) == (
        second.id,
        new_theirs.organisation_id,
        new_theirs.id,
    )
    assert new_theirs.organisation is not None
    assert _row(printing_session, followup_id).organisation_b == new_theirs.organisation.name


def test_a_contact_outside_the_meeting_is_refused_and_a_colleague_of_a_participant_accepted(
    printing_session: Session, printable: PrintableMission
) -> None:
    meetings = _cross_meetings(printing_session, printable.mission_id)
    (meeting, ours, theirs), (_, _, stranger) = meetings[0], meetings[1]
    before = _count(printing_session)

    with pytest.raises(ValidationError) as refused:
        create_followup(
            printing_session,
            FollowUpData(
                outcome=FollowUpOutcome.NO_INTEREST, meeting_id=meeting.id, contact_id=stranger.id
            ),
        )
    assert refused.value.field == "contact"
    printing_session.rollback()
    with pytest.raises(ValidationError) as mixed:  # organisation of the meeting, contact not
        create_followup(
            printing_session,
            FollowUpData(
                outcome=FollowUpOutcome.NO_INTEREST,
                meeting_id=meeting.id,
                organisation_id=theirs.organisation_id,
                contact_id=stranger.id,
            ),
        )
    assert mixed.value.field == "contact"
    printing_session.rollback()
    assert _count(printing_session) == before

    # Their colleague, not in the meeting herself: the follow-up may go to her.
    assert theirs.organisation is not None
    colleague = add_person(
        printing_session,
        "Dana",
        "Colleague",
        "dana@colleague.example",
        organisation=theirs.organisation,
    )
    followup_id = create_followup(
        printing_session,
        FollowUpData(
            outcome=FollowUpOutcome.PROPOSAL_SENT, meeting_id=meeting.id, contact_id=colleague.id
        ),
    )
    stored = followup_data(printing_session, followup_id)
    assert (stored.organisation_id, stored.contact_id) == (theirs.organisation_id, colleague.id)
    # Our side's organisation is in the meeting too: accepted, with our participant.
    ours_id = create_followup(
        printing_session,
        FollowUpData(
            outcome=FollowUpOutcome.PROPOSAL_SENT,
            meeting_id=meeting.id,
            organisation_id=ours.organisation_id,
        ),
    )
    assert followup_data(printing_session, ours_id).contact_id == ours.id


def test_a_follow_up_stored_with_another_counterpart_can_still_be_edited(
    printing_session: Session, printable: PrintableMission
) -> None:
    """What is stored is not checked again when it does not change (a note edited, an undo)."""
    meetings = _cross_meetings(printing_session, printable.mission_id)
    (meeting, _, _), (_, _, stranger) = meetings[0], meetings[1]
    followup_id = create_followup(
        printing_session, FollowUpData(outcome=FollowUpOutcome.NO_INTEREST, meeting_id=meeting.id)
    )
    with transaction(printing_session):  # as stored before meetings were checked
        stored = printing_session.get(FollowUp, followup_id)
        assert stored is not None
        stored.organisation_id, stored.contact_id = stranger.organisation_id, stranger.id
    form = followup_data(printing_session, followup_id)

    update_followup(printing_session, followup_id, replace(form, notes="Called back"))

    after = followup_data(printing_session, followup_id)
    assert (after.notes, after.organisation_id, after.contact_id) == (
        "Called back",
        stranger.organisation_id,
        stranger.id,
    )


def test_set_done_stamps_and_clears_done_at_and_undo_puts_them_back(session: Session) -> None:
    theirs = add_organisation(session, "Kestrune Composites Corp.", "US")
    first = create_followup(
        session,
        FollowUpData(outcome=FollowUpOutcome.PROPOSAL_SENT, organisation_id=theirs.id),
    )
    second = create_followup(
        session,
        FollowUpData(
            outcome=FollowUpOutcome.MOU_SIGNED, organisation_id=theirs.id, done=True, done_at=NOW
        ),
    )

    before = set_done(session, [first, second], True, now=LATER)

    assert before.states == {first: (False, None), second: (True, NOW)}
    assert (_row(session, first).done, _row(session, first).done_at) == (True, LATER)
    assert _row(session, second).done_at == NOW  # already done: its date stays

    reopened = set_done(session, [second], False, now=LATER)
    assert reopened.states == {second: (True, NOW)}
    assert (_row(session, second).done, _row(session, second).done_at) == (False, None)

    reopened.undo(session)
    before.undo(session)
    assert (_row(session, first).done, _row(session, first).done_at) == (False, None)
    assert (_row(session, second).done, _row(session, second).done_at) == (True, NOW)


def test_set_done_on_a_deleted_follow_up_changes_nothing(session: Session) -> None:
    theirs = add_organisation(session, "Fennick Automation Integrators LLC", "US")
    kept = create_followup(
        session, FollowUpData(outcome=FollowUpOutcome.NO_INTEREST, organisation_id=theirs.id)
    )
    with pytest.raises(NotFoundError):
        set_done(session, [kept, uuid.uuid4()], True)
    session.rollback()
    assert _row(session, kept).done is False


def test_delete_then_restore_gives_the_same_row_back(
    printing_session: Session, printable: PrintableMission
) -> None:
    meeting, _, _ = _cross_meetings(printing_session, printable.mission_id)[0]
    owner = _coordinators(printing_session, printable.mission_id)[0]
    followup_id = create_followup(
        printing_session,
        FollowUpData(
            outcome=FollowUpOutcome.AGREEMENT_NEGOTIATION,
            notes="Draft in review",
            next_action="Call their lawyer",
            owner_id=owner.id,
            due_date=date(2027, 2, 1),
            meeting_id=meeting.id,
        ),
        now=NOW,
    )
    row = _row(printing_session, followup_id)

    snapshot = delete_followup(printing_session, followup_id)

    assert printing_session.get(FollowUp, followup_id) is None
    assert all(r.id != followup_id for r in list_followups(printing_session, today=TODAY))

    snapshot.undo(printing_session)

    assert _row(printing_session, followup_id) == row


def test_restore_after_the_contact_was_deleted_brings_the_follow_up_back_without_them(
    session: Session,
) -> None:
    theirs = add_organisation(session, "Irvale Manufacturing Corporation", "US")
    contact = add_person(session, "Kevin", "Nakamura", "kevin@irvale.example", organisation=theirs)
    followup_id = create_followup(
        session, FollowUpData(outcome=FollowUpOutcome.PROPOSAL_SENT, contact_id=contact.id)
    )
    snapshot = delete_followup(session, followup_id)
    with transaction(session):
        session.delete(contact)

    snapshot.undo(session)

    row = _row(session, followup_id)
    assert (row.contact, row.contact_id) == ("", None)
    assert row.organisation_b == "Irvale Manufacturing Corporation"


# ---------------------------------------------------------------------------------------------
# Overdue and "my open actions"


def test_overdue_items_come_first_and_my_open_actions_are_only_mine_and_open(
    session: Session, mission_id: uuid.UUID
) -> None:
    theirs = add_organisation(session, "Galvora Aero Corp.", "US")
    me = add_person(session, "Mira", "Owner", "mira@cluster.example")
    colleague = add_person(session, "Colm", "Other", "colm@cluster.example")

    def add(due: date | None, owner: Person, *, done: bool = False, at: int = 0) -> uuid.UUID:
        return create_followup(
            session,
            FollowUpData(
                outcome=FollowUpOutcome.PROPOSAL_SENT,
                organisation_id=theirs.id,
                mission_id=mission_id,
                owner_id=owner.id,
                due_date=due,
                done=done,
                next_action="Call back",
            ),
            now=datetime(2027, 1, 28, 10, at, tzinfo=UTC),
        )

    due_later = add(date(2027, 2, 20), me, at=1)
    overdue_late = add(date(2027, 2, 9), me, at=2)
    overdue_early = add(date(2027, 2, 1), me, at=3)
    due_today = add(TODAY, me, at=4)  # due today is not overdue yet
    no_due = add(None, me, at=5)
    done_past = add(date(2027, 1, 30), me, done=True, at=6)
    colleague_overdue = add(date(2027, 2, 2), colleague, at=7)

    everything = list_followups(session, mission_id=mission_id, today=TODAY)
    assert [r.id for r in everything] == [
        overdue_early,
        colleague_overdue,
        overdue_late,
        due_today,
        due_later,
        no_due,
        done_past,
    ]
    overdue = {r.id for r in everything if r.overdue}
    assert overdue == {overdue_early, colleague_overdue, overdue_late}

    mine = list_followups(session, owner_id=me.id, open_only=True, today=TODAY)
    assert [r.id for r in mine] == [overdue_early, overdue_late, due_today, due_later, no_due]

    # A day later, what was due today is overdue.
    tomorrow = list_followups(session, owner_id=me.id, open_only=True, today=date(2027, 2, 11))
    assert [r.id for r in tomorrow if r.overdue] == [overdue_early, overdue_late, due_today]


def test_owner_choices_are_coordinators_and_existing_owners(
    printing_session: Session, printable: PrintableMission
) -> None:
    coordinators = _coordinators(printing_session, printable.mission_id)
    assert coordinators
    delegate = printing_session.scalars(
        select(Person)
        .join(Registration, Registration.person_id == Person.id)
        .where(Registration.role == RegistrationRole.DELEGATE)
        .order_by(Person.last_name)
    ).first()
    assert delegate is not None
    assert delegate.id not in dict(owner_choices(printing_session))

    theirs = printing_session.scalars(select(Organisation)).first()
    assert theirs is not None
    create_followup(
        printing_session,
        FollowUpData(
            outcome=FollowUpOutcome.NO_INTEREST, organisation_id=theirs.id, owner_id=delegate.id
        ),
    )

    choices = dict(owner_choices(printing_session))
    assert {c.id for c in coordinators} <= set(choices)
    assert choices[delegate.id] == delegate.full_name
    names = list(choices.values())
    assert names == sorted(names, key=str.casefold)


def test_meeting_choices_leave_out_cancelled_meetings_and_put_our_side_first(
    printing_session: Session, printable: PrintableMission
) -> None:
    meetings = _cross_meetings(printing_session, printable.mission_id)
    (cancelled, _, _), (meeting, ours, theirs) = meetings[0], meetings[1]
    cancelled.status = MeetingStatus.CANCELLED
    printing_session.commit()
    all_meetings = printing_session.scalar(
        select(func.count())
        .select_from(Meeting)
        .where(
            Meeting.mission_id == printable.mission_id,
            Meeting.status != MeetingStatus.CANCELLED,
        )
    )

    choices = dict(meeting_choices(printing_session, printable.mission_id))

    assert cancelled.id not in choices
    assert len(choices) == all_meetings
    label = choices[meeting.id]
    assert ours.organisation is not None and theirs.organisation is not None
    assert label.endswith(
        f" — {ours.full_name} ({ours.organisation.name}) × "
        f"{theirs.full_name} ({theirs.organisation.name})"
    )


# ---------------------------------------------------------------------------------------------
# Exports


def _log(printing_session: Session, printable: PrintableMission) -> dict[str, uuid.UUID]:
    """Three follow-ups of PW2027: a meeting's, an overdue one, a done one with a formula note."""
    meetings = _cross_meetings(printing_session, printable.mission_id)
    owner = _coordinators(printing_session, printable.mission_id)[0]
    made = {}
    for key, (meeting, _, _), outcome, due, done, notes in (
        ("open", meetings[0], FollowUpOutcome.PROPOSAL_SENT, date(2027, 2, 20), False, "ok"),
        ("late", meetings[1], FollowUpOutcome.MOU_SIGNED, date(2027, 2, 1), False, ""),
        ("formula", meetings[2], FollowUpOutcome.NO_INTEREST, None, True, "=HYPERLINK(1)"),
    ):
        made[key] = create_followup(
            printing_session,
            FollowUpData(
                outcome=outcome,
                meeting_id=meeting.id,
                owner_id=owner.id,
                due_date=due,
                done=done,
                notes=notes,
                next_action=f"Action {key}",
            ),
            now=NOW,
        )
    return made


def _expected(row: FollowUpRow) -> dict[str, str]:
    return {
        "Mission": "PW2027",
        "Meeting": row.meeting,
        "Our organisation": row.organisation_a,
        "Our country": row.country_a,
        "Counterpart": row.organisation_b,
        "Counterpart's country": row.country_b,
        "Contact": row.contact,
        "Outcome": row.outcome.label,
        "Next action": row.next_action,
        "Owner": row.owner,
        "Due": row.due_date.isoformat() if row.due_date else "",
        "Done": "yes" if row.done else "no",
        "EEN rating": row.een_rating,
    }


def test_csv_export_has_one_row_per_follow_up_of_the_mission_with_its_values(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    made = _log(printing_session, printable)
    elsewhere = printing_session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .where(FollowUp.mission_id != printable.mission_id)
    )
    assert elsewhere, "the demo's other missions have follow-ups that the filter must leave out"
    out = tmp_path / "followups.csv"

    report = export_followups(
        printing_session, out, "csv", mission_id=printable.mission_id, today=TODAY
    )

    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == FOLLOWUP_COLUMNS
        lines = list(reader)
    assert report.rows == len(lines) == 3 and report.path == out
    assert {line["Mission"] for line in lines} == {"PW2027"}
    by_action = {line["Next action"]: line for line in lines}
    for key, followup_id in made.items():
        line = by_action[f"Action {key}"]
        row = _row(printing_session, followup_id)
        assert {k: line[k] for k in _expected(row)} == _expected(row)
        assert row.organisation_a and row.organisation_b and row.country_b == "US"
    assert by_action["Action late"]["Outcome"] == "MoU signed"
    assert by_action["Action formula"]["Notes"] == "'=HYPERLINK(1)"  # inert in a spreadsheet
    assert by_action["Action open"]["Notes"] == "ok"
    # Overdue first: the late one heads the file.
    assert lines[0]["Next action"] == "Action late"


def test_xlsx_export_reads_back_with_text_cells_and_no_formula(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    made = _log(printing_session, printable)
    out = tmp_path / "followups.xlsx"

    report = export_followups(
        printing_session, out, "xlsx", mission_id=printable.mission_id, today=TODAY
    )

    sheet = openpyxl.load_workbook(out).worksheets[0]
    table = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
    assert tuple(table[0]) == FOLLOWUP_COLUMNS
    assert report.rows == len(table) - 1 == 3
    lines = [dict(zip(FOLLOWUP_COLUMNS, row, strict=True)) for row in table[1:]]
    by_action = {line["Next action"]: line for line in lines}
    for key, followup_id in made.items():
        row = _row(printing_session, followup_id)
        line = by_action[f"Action {key}"]
        # The due date is a date cell (openpyxl reads it back as a midnight date-time).
        due = datetime.combine(row.due_date, time()) if row.due_date else ""
        assert {k: line[k] for k in _expected(row)} == {**_expected(row), "Due": due}
    due_cells = [row[FOLLOWUP_COLUMNS.index("Due")] for row in sheet.iter_rows(min_row=2)]
    assert any(c.is_date for c in due_cells)
    assert all(c.number_format == "yyyy-mm-dd" for c in due_cells if c.is_date)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:N4"
    formula_cells = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formula_cells == []
    assert "=HYPERLINK(1)" in by_action["Action formula"]["Notes"]


def test_exports_of_every_mission_include_the_other_missions_follow_ups(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    _log(printing_session, printable)
    total = _count(printing_session)
    others = {
        code
        for code in printing_session.scalars(
            select(Mission.code)
            .join(FollowUp, FollowUp.mission_id == Mission.id)
            .where(Mission.id != printable.mission_id)
        )
    }

    rows = followup_table(printing_session, today=TODAY)
    mission_rows = followup_table(printing_session, printable.mission_id, today=TODAY)

    assert len(rows) == total
    assert {row[0] for row in rows} >= others | {"PW2027"}
    assert {row[0] for row in mission_rows} == {"PW2027"} and len(mission_rows) == 3


def test_pdf_export_lists_organisations_and_outcomes_on_numbered_landscape_pages(
    printing_session: Session, printable: PrintableMission, tmp_path: Path
) -> None:
    made = _log(printing_session, printable)
    outcomes = list(FollowUpOutcome)
    extra = _cross_meetings(printing_session, printable.mission_id)[3:]
    for number, (meeting, _, _) in enumerate(extra):
        quick_followup(printing_session, meeting.id, outcomes[number % len(outcomes)], now=NOW)
    rows = list_followups(printing_session, mission_id=printable.mission_id, today=TODAY)
    out = tmp_path / "followups.pdf"

    report = export_followups(
        printing_session,
        out,
        "pdf",
        mission_id=printable.mission_id,
        today=TODAY,
        printed_on=date(2027, 2, 10),
    )

    reader = pypdf.PdfReader(out)
    texts = _pdf_text(out)
    assert report.pages == len(reader.pages) >= 2 and report.rows == len(rows)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(
        round(v) for v in landscape(A4)
    )
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    assert "Page 1 of" in texts[0] and "Photonics West 2027" in texts[0]
    everything = " ".join(texts)
    for row in rows:
        assert row.organisation_a in everything and row.organisation_b in everything
    for outcome in {r.outcome for r in rows}:
        assert outcome.label in everything
    late = _row(printing_session, made["late"])
    assert "overdue" in texts[0] and late.organisation_b in texts[0]  # overdue first
    assert "=HYPERLINK(1)" in everything  # the PDF shows the note as typed
    assert "Printed 2027-02-10" in texts[0]


def test_pdf_pages_are_packed_as_reportlab_lays_them_out_and_a_long_note_still_prints(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """One table per page, cut by measured row heights: no row spills onto a page of its own,
    and a note longer than a page is split inside its row instead of failing."""
    theirs = add_organisation(session, "Novaquill Ventures LLC", "US")
    long_note = " ".join(f"word{n}" for n in range(1200)) + " THE-END"
    for number in range(70):
        create_followup(
            session,
            FollowUpData(
                outcome=list(FollowUpOutcome)[number % 7],
                organisation_id=theirs.id,
                mission_id=mission_id,
                next_action=f"Step {number} " + "and more " * (number % 9),
                notes=long_note if number == 40 else "",
                due_date=date(2027, 2, 1 + number % 20),
            ),
            now=NOW,
        )
    rows = list_followups(session, mission_id=mission_id, today=TODAY)
    mission = session.get(Mission, mission_id)
    story = log_story(rows, mission, TODAY, "Log", colors.black)
    tables = sum(isinstance(flowable, Table) for flowable in story)
    out = tmp_path / "long.pdf"

    report = export_followups(session, out, "pdf", mission_id=mission_id, today=TODAY)

    texts = _pdf_text(out)
    assert report.pages == len(texts)
    long_pages = [n for n, text in enumerate(texts) if re.search(r"\bword\d+\b", text)]
    assert len(long_pages) >= 2  # the long note goes on over page breaks
    assert "THE-END" in " ".join(texts)
    assert report.pages == tables + len(long_pages) - 1
    assert all(f"Step {n} " in " ".join(texts) for n in range(70))


def test_pack_rows_fills_each_page_and_keeps_a_too_tall_row_alone() -> None:
    assert pack_rows([10, 10, 10, 10, 10], 5, 26, 36) == [range(0, 2), range(2, 5)]
    assert pack_rows([50, 10, 10], 5, 30, 30) == [range(0, 1), range(1, 3)]
    assert pack_rows([], 5, 30, 30) == []


def test_export_to_a_missing_folder_or_in_an_unknown_format_is_refused(
    session: Session, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as missing:
        export_followups(session, tmp_path / "nowhere" / "f.csv", "csv")
    assert missing.value.field == "out"
    with pytest.raises(ValidationError) as unknown:
        export_followups(session, tmp_path / "f.ods", "ods")  # type: ignore[arg-type]
    assert unknown.value.field == "format"
    assert list(tmp_path.glob("*.ods")) == []


def test_the_day_done_is_the_missions_local_day_and_utc_without_a_mission(
    session: Session, mission_id: uuid.UUID, tmp_path: Path
) -> None:
    """03:30 UTC on 29 January is still the evening of the 28th in San Francisco."""
    theirs = add_organisation(session, "Quorvane Lasers LLC", "US")
    late_evening = datetime(2027, 1, 29, 3, 30, tzinfo=UTC)
    with_mission, without = (
        create_followup(
            session,
            FollowUpData(
                outcome=FollowUpOutcome.PROPOSAL_SENT,
                organisation_id=theirs.id,
                mission_id=mission,
                next_action=action,
                done=True,
                done_at=late_evening,
            ),
        )
        for mission, action in ((mission_id, "Mission action"), (None, "Loose action"))
    )
    assert _row(session, with_mission).done_on == date(2027, 1, 28)
    assert _row(session, without).done_on == date(2027, 1, 29)
    assert _row(session, with_mission).done_at == late_evening  # stored as it was

    one = tmp_path / "mission.pdf"
    export_followups(
        session, one, "pdf", mission_id=mission_id, today=TODAY, printed_on=date(2027, 2, 10)
    )
    text = " ".join(_pdf_text(one))
    assert "2027-01-28" in text and "2027-01-29" not in text

    every = tmp_path / "all.pdf"
    export_followups(session, every, "pdf", today=TODAY, printed_on=date(2027, 2, 10))
    text = " ".join(_pdf_text(every))
    done_days = re.findall(r"(Mission|Loose) action .*?done (\d{4}-\d\d-\d\d)", text)
    assert sorted(done_days) == [("Loose", "2027-01-29"), ("Mission", "2027-01-28")]


def test_an_empty_log_still_exports_a_titled_pdf(session: Session, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    report = export_followups(session, out, "pdf", printed_on=date(2027, 2, 10))
    assert (report.rows, report.pages) == (0, 1)
    text = _pdf_text(out)[0]
    assert "No follow-up recorded yet" in text and "Page 1 of 1" in text


def test_a_hard_named_meeting_between_one_organisation_keeps_both_sides_filled(
    printing_session: Session, printable: PrintableMission
) -> None:
    """Both people of the fixture's hard-named meeting come from one organisation outside our
    clusters: the row still shows it on both sides and the contact is the second by name."""
    first, second = printable.hard["Œrsted"], printable.hard["Long"]
    meeting = printing_session.scalars(
        select(Meeting).where(Meeting.participants.any(Registration.id == first))
    ).one()
    registrations = {r.id: r for r in meeting.participants}
    assert set(registrations) == {first, second}
    followup_id = quick_followup(printing_session, meeting.id, FollowUpOutcome.MOU_SIGNED)
    row = _row(printing_session, followup_id)
    assert row.organisation_a == row.organisation_b == "Œrsted Ørsted Optik ApS"
    assert (row.country_a, row.country_b) == ("DK", "DK")
    by_name = sorted((r.person.full_name for r in meeting.participants), key=str.casefold)
    assert row.contact == by_name[1]
