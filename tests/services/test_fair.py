"""The scripted fair of issue 16 ("Done means"): a mission of 300 registrations taken to the
fair on two laptops, a day of check-ins, walk-ins, meeting moves, follow-ups and edits on both
and in the office meanwhile, brought back into the office (tests/fair.py tells the script).
The office is an SQLite file or a PostgreSQL database; the laptops' copies are files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from pimap_desktop.cli import main
from pimap_desktop.domain.enums import MeetingStatus
from pimap_desktop.domain.models import FollowUp, Meeting, Organisation, Person, Registration
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services.offline.merge import OURS, MergeReport, bring_back
from pimap_desktop.store.database import Database, open_database
from pimap_desktop.store.transfer import save_sqlite_copy
from tests.fair import REGISTRATIONS, SHARED_WALK_INS, Fair, build_office, dump, hold_fair
from tests.fair import expected_conflicts as conflicts_of
from tests.pg import PgServer


def _keys(report: MergeReport) -> set[tuple[str, str, str]]:
    keys = [c.key for c in report.conflicts]
    assert len(keys) == len(set(keys)), "a conflict reported twice"
    return set(keys)


def _copy_of_the_office(
    where: Path | str, request: pytest.FixtureRequest, tmp_path: Path
) -> Path | str:
    """Another office holding the same records (every UUID kept), on the same engine: a file
    saved from the office, or a PostgreSQL database made from it as a template (nobody may be
    connected to the office meanwhile)."""
    if isinstance(where, str):
        server: PgServer = request.getfixturevalue("pg_server")
        url = server.create_database(template=make_url(where).database)
        request.addfinalizer(lambda: server.drop_database(url))
        return url
    path = tmp_path / "second-office" / "pimap.sqlite"
    path.parent.mkdir()
    office = open_database(where)
    try:
        save_sqlite_copy(office, path)
    finally:
        office.dispose()
    return path


def _bring_back_again_with_the_cli(
    capsys: pytest.CaptureFixture[str], office: Path | str, copy: Path
) -> dict[str, Any]:
    code = main(["--db", str(office), "offline", "bring-back", str(copy), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary: dict[str, Any] = json.loads(out)
    return summary


def _check_the_office(office: Database, fair: Fair) -> None:
    """Every check-in, walk-in, move and follow-up of both laptops is in the office once."""
    mission_id = fair.office.mission_id
    with office.session() as s:
        registrations = {
            r.id: r
            for r in s.scalars(select(Registration).where(Registration.mission_id == mission_id))
        }
        # The 300: each checked in once, at the time of the laptop that checked them in.
        laptop_times = {**fair.a.checked_in, **fair.b.checked_in}
        assert len(laptop_times) == REGISTRATIONS
        assert {rid: registrations[rid].checked_in_at for rid in laptop_times} == laptop_times
        # The walk-ins: 18 new people, one registration each, checked in at the earliest desk.
        walk_ins = {**fair.b.walk_ins}
        for email, at in fair.a.walk_ins.items():
            walk_ins[email] = min(at, walk_ins.get(email, at))
        assert len(walk_ins) == 18
        people = {p.email: p for p in s.scalars(select(Person).where(Person.email.in_(walk_ins)))}
        assert len(people) == 18
        by_person = {r.person_id: r for r in registrations.values()}
        assert {e: by_person[p.id].checked_in_at for e, p in people.items()} == walk_ins
        assert len(registrations) == REGISTRATIONS + 18
        for visitor in SHARED_WALK_INS:  # new on both laptops: one organisation
            named = select(func.count()).where(
                Organisation.normalised_name == normalise_name(visitor.organisation),
                Organisation.country == visitor.country,
            )
            assert s.scalar(named) == 1
        emails = s.scalars(select(Person.email).where(Person.email.is_not(None))).all()
        assert len(emails) == len(set(emails))
        # The moves, at their new places; the held meetings, held.
        moves = {**fair.a.moves, **fair.b.moves}
        assert len(moves) == 30
        meetings = {m.id: m for m in s.scalars(select(Meeting).where(Meeting.id.in_(moves)))}
        assert {m: (meetings[m].table_id, meetings[m].starts_at) for m in moves} == moves
        assert all(meetings[m].locked for m in moves)
        # The follow-ups: 60 more, each once, on its meeting, which was held.
        followups = {**fair.a.followups, **fair.b.followups}
        assert len(followups) == 60
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 3 + 60
        stored = {
            f.id: f.meeting_id
            for f in s.scalars(select(FollowUp).where(FollowUp.id.in_(followups)))
        }
        assert stored == followups
        statuses = set(
            s.scalars(select(Meeting.status).where(Meeting.id.in_(set(followups.values()))))
        )
        assert statuses == {MeetingStatus.HELD}
        # The edits: the office's phone kept where both changed it; the other fields merged.
        for person_id, phone in fair.edits.phones.items():
            person = s.get(Person, person_id)
            assert person is not None and person.phone == phone
        for person_id, title in fair.edits.titles.items():
            person = s.get(Person, person_id)
            assert person is not None
            assert (person.phone, person.job_title) == (fair.a.phones[person_id], title)
        for registration_id, hotel in fair.edits.hotels.items():
            assert registrations[registration_id].hotel == hotel
            assert registrations[registration_id].checked_in_at == laptop_times[registration_id]


def _masked(
    content: dict[str, Any], conflicts: set[tuple[str, str, str]], emails: dict[str, str]
) -> dict[str, Any]:
    """``content`` without the fields of the conflicts (each order keeps its own first value)."""
    people = {email: dict(fields) for email, fields in content["people"].items()}
    for table, record, name in conflicts:
        assert table == "people"
        people[emails[record]][name] = "<conflict>"
    return {**content, "people": people}


def test_the_fair_comes_back_whole_and_the_same_in_either_order(
    db_path: Path | str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office = open_database(db_path)
    second: Database | None = None
    try:
        fair = hold_fair(office, build_office(office), tmp_path)
        expected = conflicts_of(fair)
        office.dispose()
        second = open_database(_copy_of_the_office(db_path, request, tmp_path))
        office = open_database(db_path)

        # A, then B. (The backup a bring-back takes first is test_offline's.)
        from_a = bring_back(office, fair.a.path, backup=False)
        from_b = bring_back(office, fair.b.path, backup=False)
        assert _keys(from_a) == expected["A"]
        assert _keys(from_b) == expected["second"]
        assert {c.taken for c in from_a.conflicts + from_b.conflicts} == {OURS}
        assert from_a.added == {
            "organisations": 4 + 2,  # A's new ones and the two shared walk-ins'
            "people": 10,
            "registrations": 10,
            "follow_ups": 30,
        }
        assert from_b.added == {
            "organisations": 4,
            "people": 8,
            "registrations": 8,
            "follow_ups": 30,
        }
        assert from_a.deleted == from_b.deleted == {}
        _check_the_office(office, fair)
        for person_id, title in fair.a.titles.items():  # the first laptop's, both changed it
            with office.session() as s:
                person = s.get(Person, person_id)
                assert person is not None and person.job_title == title

        # Both again (the CLI, as a coordinator who is not sure): nothing changes.
        for copy in (fair.a.path, fair.b.path):
            again = _bring_back_again_with_the_cli(capsys, db_path, copy)
            assert (again["added"], again["updated"], again["deleted"], again["conflicts"]) == (
                {},
                {},
                {},
                [],
            )

        # B, then A, into the second office: the same content but for the conflicts' fields.
        from_b_first = bring_back(second, fair.b.path, backup=False)
        from_a_second = bring_back(second, fair.a.path, backup=False)
        assert _keys(from_b_first) == set()
        assert _keys(from_a_second) == expected["A"] | expected["second"]
        _check_the_office(second, fair)
        emails = {str(p): e for p, e in zip(fair.office.people, fair.office.emails, strict=True)}
        ours = dump(office, fair.office.mission_id)
        theirs = dump(second, fair.office.mission_id)
        conflicts = expected["A"] | expected["second"]
        assert _masked(ours, conflicts, emails) == _masked(theirs, conflicts, emails)
        for person_id in fair.b.titles:  # each office kept the first laptop's title
            email = emails[str(person_id)]
            assert ours["people"][email]["job_title"] == fair.a.titles[person_id]
            assert theirs["people"][email]["job_title"] == fair.b.titles[person_id]
        assert {w.email for w in SHARED_WALK_INS} <= set(ours["registrations"])
    finally:
        office.dispose()
        if second is not None:
            second.dispose()
