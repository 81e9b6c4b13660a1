"""The import writes what it creates with one INSERT per table: the records come out as those
written one object at a time did (stamped, audited, refused when too long), and an undo takes
them back."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import RegistrationRole, RegistrationStatus
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import AuditEntry, Organisation, Person, Registration
from pimap_desktop.services.missions.missions import create_mission
from pimap_desktop.services.unit import transaction
from pimap_desktop.store.database import Database
from tests.factories import mission_data
from tests.services.importing.test_people import import_rows, snapshot

PEOPLE = [
    ["First name", "Last name", "E-mail", "Company", "Country", "Arrival"],
    ["Amélie", "Lefèvre", "amelie@lumiphos.example", "Lumiphos Optique", "FR", ""],
    ["Aino", "Väisänen", "aino@kaamos.example", "Kaamos RF Oy", "FI", "2027-01-24 09:30"],
    ["Bo", "Nyström", "bo@kaamos.example", "Kaamos RF Oy", "", ""],
]


def _inserted(session: Session, registration_id: uuid.UUID) -> dict[str, Any]:
    entry = session.scalars(
        select(AuditEntry).where(
            AuditEntry.record_id == registration_id, AuditEntry.action == "insert"
        )
    ).one()
    return {"mission": entry.mission_id, "by": entry.changed_by, "changes": entry.changes}


def test_new_registrations_are_audited_as_one_object_written_alone(
    session: Session, mission_id: uuid.UUID
) -> None:
    report = import_rows(session, PEOPLE, mission_id=mission_id)
    assert (report.created, report.registered, report.organisations_created) == (3, 3, 2)
    registrations = {
        r.person.email: r
        for r in session.scalars(select(Registration).where(Registration.mission_id == mission_id))
    }
    assert set(registrations) == {
        "amelie@lumiphos.example",
        "aino@kaamos.example",
        "bo@kaamos.example",
    }

    # The same registration written as an object, as the import did before: the same log.
    other = create_mission(session, mission_data(code="PW2028"))
    amelie = registrations["amelie@lumiphos.example"].person
    with transaction(session):
        written = Registration(
            mission_id=other,
            person_id=amelie.id,
            role=RegistrationRole.DELEGATE,
            status=RegistrationStatus.REGISTERED,
            hotel="",
            arrival_at=None,
            departure_at=None,
            badges_printed=0,
            notes="",
        )
        session.add(written)
    imported = _inserted(session, registrations["amelie@lumiphos.example"].id)
    alone = _inserted(session, written.id)
    assert imported["mission"] == mission_id and alone["mission"] == other
    assert imported["by"] == alone["by"] and imported["by"]
    assert imported["changes"] == {
        **alone["changes"],
        "mission_id": [None, str(mission_id)],
    }
    assert set(imported["changes"]) == {
        "mission_id",
        "person_id",
        "role",
        "status",
        "hotel",
        "badges_printed",
        "notes",
    }
    arrival = _inserted(session, registrations["aino@kaamos.example"].id)["changes"]
    assert arrival["arrival_at"][0] is None and arrival["arrival_at"][1].startswith("2027-01-24")
    logged = session.scalar(
        select(func.count())
        .select_from(AuditEntry)
        .where(AuditEntry.table_name == "registrations", AuditEntry.mission_id == mission_id)
    )
    assert logged == 3


def test_new_records_are_stamped_like_any_record(session: Session, mission_id: uuid.UUID) -> None:
    import_rows(session, PEOPLE, mission_id=mission_id)
    session.expire_all()
    for model in (Person, Organisation, Registration):
        records = list(session.scalars(select(model)))
        assert records
        for record in records:
            assert record.version == 1 and record.updated_by
            assert record.created_at.tzinfo is not None
            assert record.updated_at == record.created_at or record.updated_at >= record.created_at
    people = {p.email: p for p in session.scalars(select(Person))}
    assert people["bo@kaamos.example"].organisation is people["aino@kaamos.example"].organisation
    assert people["amelie@lumiphos.example"].languages == []
    assert people["amelie@lumiphos.example"].consent_listed is False


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (
            {"Company": "O" * 301},
            "An organisation's name is too long (301 characters; at most 300); nothing was saved.",
        ),
        (
            {"Hotel": "H" * 201},
            "A registration's hotel is too long (201 characters; at most 200); nothing was saved.",
        ),
        (
            {"Job title": "J" * 201},
            "A person's job title is too long (201 characters; at most 200); nothing was saved.",
        ),
    ],
)
def test_an_overlong_cell_is_refused_as_a_form_refuses_it_and_nothing_is_written(
    db: Database, session: Session, mission_id: uuid.UUID, cells: dict[str, str], message: str
) -> None:
    header = ["First name", "Last name", "E-mail", "Company", "Hotel", "Job title"]
    row = ["Ana", "Silva", "ana@ferrolux.example", "Ferrolux", "", ""]
    for column, value in cells.items():
        row[header.index(column)] = value
    before = snapshot(db)
    with pytest.raises(ValidationError) as raised:
        import_rows(
            session,
            [header, ["Bo", "Li", "bo@optik.example", "Optik", "", ""], row],
            mission_id=mission_id,
        )
    assert str(raised.value) == message
    assert snapshot(db) == before


def test_a_new_organisation_completed_by_a_later_row_is_undone_whole(
    db: Database, session: Session
) -> None:
    before = snapshot(db)
    report = import_rows(
        session,
        [
            ["First name", "Last name", "E-mail", "Company", "Country"],
            ["Ana", "Silva", "ana@lumiphos.example", "Lumiphos", ""],
            ["Bo", "Li", "bo@lumiphos.example", "Lumiphos", "France"],
        ],
    )
    assert (report.created, report.organisations_created) == (2, 1)
    session.expire_all()
    assert session.execute(select(Organisation.name, Organisation.country)).all() == [
        ("Lumiphos", "FR")
    ]
    report.undo.undo(session)
    assert snapshot(db) == before


def _rows_as_written(session: Session, mission: uuid.UUID) -> list[dict[str, Any]]:
    table = Registration.__table__
    found = session.execute(
        select(table).where(table.c.mission_id == mission).order_by(table.c.person_id)
    ).mappings()
    return [
        {k: v for k, v in row.items() if k not in ("id", "mission_id", "created_at", "updated_at")}
        for row in found
    ]


def _logged(session: Session, mission: uuid.UUID) -> list[tuple[str | None, dict[str, Any]]]:
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.mission_id == mission).order_by(AuditEntry.changed_at)
    )
    return sorted(
        (
            (e.changed_by, {k: v for k, v in e.changes.items() if k != "mission_id"})
            for e in entries
        ),
        key=lambda item: str(item[1].get("person_id")),
    )


def test_whole_rows_written_by_the_store_come_out_as_sqlalchemy_writes_them(
    session: Session, mission_id: uuid.UUID
) -> None:
    """The import's INSERTs (``WHOLE_ROWS``: on SQLite the store hands the rows to the driver)
    write the same values, stamps and audit entries as the same INSERT run by SQLAlchemy."""
    from datetime import UTC, datetime

    from sqlalchemy import Table, insert

    from pimap_desktop.store.audit import WHOLE_ROWS

    import_rows(session, PEOPLE, mission_id=mission_id)
    people = list(session.scalars(select(Person.id).order_by(Person.id)))
    other = create_mission(session, mission_data(code="PW2029"))
    third = create_mission(session, mission_data(code="PW2030"))
    arrival = datetime(2027, 1, 24, 8, 30, tzinfo=UTC)

    def rows(mission: uuid.UUID) -> list[dict[str, Any]]:
        return [
            {
                "id": uuid.uuid4(),
                "mission_id": mission,
                "person_id": person,
                "delegation_id": None,
                "role": RegistrationRole.SPEAKER if n else RegistrationRole.DELEGATE,
                "status": RegistrationStatus.CONFIRMED,
                "arrival_at": arrival if n == 1 else None,
                "departure_at": None,
                "hotel": "Hôtel" if n == 2 else "",
                "badges_printed": 0,
                "badge_printed_at": None,
                "checked_in_at": None,
                "notes": "",
            }
            for n, person in enumerate(people)
        ]

    table: Table = Registration.__table__  # type: ignore[assignment]
    with transaction(session):
        session.execute(insert(table), rows(other))
        session.execute(insert(table).execution_options(**{WHOLE_ROWS: True}), rows(third))
    session.expire_all()
    assert _rows_as_written(session, third) == _rows_as_written(session, other)
    assert len(_rows_as_written(session, third)) == 3
    assert _logged(session, third) == _logged(session, other)
    for registration in session.scalars(
        select(Registration).where(Registration.mission_id == third)
    ):
        assert registration.version == 1 and registration.updated_by
        assert registration.created_at.tzinfo is not None


def test_the_cycle_collector_runs_again_after_an_import(
    session: Session, mission_id: uuid.UUID
) -> None:
    import gc

    assert gc.isenabled()
    import_rows(session, PEOPLE, mission_id=mission_id)
    assert gc.isenabled()
    with pytest.raises(ValidationError):
        import_rows(
            session,
            [
                ["First name", "Last name", "E-mail", "Company"],
                ["A", "B", "a@b.example", "O" * 301],
            ],
        )
    assert gc.isenabled()
