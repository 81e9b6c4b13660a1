"""A text longer than its column allows is refused with one clear line, and nothing is saved,
alike on SQLite (which would keep it) and PostgreSQL (which would fail with a driver's error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pimap_desktop.cli import main
from pimap_desktop.domain.enums import OrganisationKind
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.models import Organisation, Person
from pimap_desktop.store.database import open_database
from tests.factories import add_organisation


def _count(session: Session, model: type[Organisation] | type[Person]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_an_overlong_name_is_refused_before_the_database_sees_it(session: Session) -> None:
    with pytest.raises(ValidationError) as raised:
        add_organisation(session, "O" * 301, "FR", kind=OrganisationKind.SME)
    assert str(raised.value) == (
        "An organisation's name is too long (301 characters; at most 300); nothing was saved."
    )
    assert raised.value.field == "name"
    session.rollback()
    assert _count(session, Organisation) == 0
    add_organisation(session, "O" * 300, "FR", kind=OrganisationKind.SME)  # the limit itself
    assert _count(session, Organisation) == 1


def test_an_import_with_an_overlong_cell_is_one_line_and_imports_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "first_name,last_name,email,organisation\n"
        f"{'A' * 121},Smith,long@lumiphos.example,Lumiphos\n"
        "Ana,Silva,ana@ferrolux.example,Ferrolux\n",
        encoding="utf-8",
    )
    code = main(["--db", str(db_path), "import", "people", str(people)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "A person's first name is too long (121 characters; at most 120)" in err
    database = open_database(db_path)
    try:
        with database.session() as session:
            assert _count(session, Person) == _count(session, Organisation) == 0
    finally:
        database.dispose()
