"""Meeting suggestions: who should meet whom, from the organisations' profiles.

The quality tests use the demo (``printing_session``: Photonics West 2027 scheduled), whose
profiles pair up in ways a coordinator sees at a glance: pairs named by hand must score above
the median candidate pair and rank, on average, in the top quarter, on PW2027 and on held-out
pairs of CAN2027. The other tests use a small mission of fictional organisations written for
the purpose. ``benchmarks/bench_suggestions.py`` measures the same pairs (AUC, ranks).
"""

from __future__ import annotations

import statistics
import uuid
from dataclasses import dataclass
from datetime import date, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import (
    OrganisationKind,
    RegistrationStatus,
    RequestStatus,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import MeetingRequest, Organisation
from pimap_desktop.services.b2b import meetings as b2b
from pimap_desktop.services.b2b.suggestions import (
    SUGGESTED_PRIORITY,
    Suggestion,
    accept_suggestion,
    suggest_meetings,
)
from pimap_desktop.services.directory.personal_data import erase_person
from pimap_desktop.services.missions.missions import get_mission_by_code
from pimap_desktop.services.registrations.registrations import register_people, set_status
from tests.factories import add_organisation, add_person
from tests.printing_fixtures import PrintableMission

DEMO_MISSION = "PW2027"

# Pairs of the demo's PW2027 that a coordinator would put together, by organisation, with why.
# None of them asked for a meeting in the demo, so they are all candidates.
COMPLEMENTARY: tuple[tuple[str, str, str], ...] = (
    (
        "Irvale Manufacturing Corporation",
        "Microndes Photonique SAS",
        "Irvale, a US end user, scouts ultrafast lasers for its industrial automation roadmap; "
        "Microndes makes ultrafast lasers and wants pilot customers in industrial automation.",
    ),
    (
        "Brennick Manufacturing Inc.",
        "Photonéa Systèmes RF SARL",
        "Brennick scouts GaN power amplifiers, which Photonéa makes; Photonéa wants contract "
        "manufacturers to scale up, and Brennick is one.",
    ),
    (
        "Zephyrix Optics Corporation",
        "Cohérys Optique SA",
        "Zephyrix, a US end user, scouts hyperspectral imaging; Cohérys makes it and wants "
        "pilot customers.",
    ),
    (
        "Xylotec Robotics LLC",
        "Fibrélia Optique SAS",
        "Xylotec seeks European suppliers of hyperspectral imaging; Fibrélia offers it, for "
        "medical devices like Xylotec.",
    ),
    (
        "Kalmere Photonics Corp.",
        "Garonix Lasers SAS",
        "Kalmere seeks European suppliers of specialty optical fibres; Garonix makes them.",
    ),
    (
        "Lumiphos Hyperfréquences SAS",
        "Novaquill Ventures LLC",
        "Lumiphos (RF test equipment) seeks investors; Novaquill invests in microwave hardware "
        "start-ups.",
    ),
    (
        "Belmarq RF Corporation",
        "Taivastek RF Oy",
        "Belmarq, a US end user of microwave filters, seeks contract manufacturing in Europe; "
        "Taivastek is a Finnish contract manufacturer of microwave filters.",
    ),
    (
        "Varitune Institute for Optical Sciences",
        "Cohérys Optique SA",
        "Cohérys wants to qualify its hyperspectral imaging for defence; Varitune does applied "
        "research in hyperspectral imaging for defence and space.",
    ),
)

# Pairs of the demo's EU–Canada matchmaking, named after the scoring was tuned on the pairs
# above: a check that it did not learn them by heart.
HELD_OUT_MISSION = "CAN2027"
HELD_OUT: tuple[tuple[str, str, str], ...] = (
    (
        "Huronix Imaging Corp.",
        "Fibrélia Optique SAS",
        "Huronix seeks European suppliers of free-form optics; Fibrélia makes them.",
    ),
    (
        "Borealux Imaging Ltd.",
        "Optivale Photonique SARL",
        "Borealux scouts specialty optical fibres; Optivale makes them.",
    ),
    (
        "Rideautek Ondes Inc.",
        "Beiramold Eletrónica, Lda.",
        "Rideautek, a Canadian end user, seeks contract manufacturing in Europe; Beiramold is a "
        "Portuguese contract manufacturer of electronics.",
    ),
    (
        "Outaouix Capital Inc.",
        "Norbix Flygteknik AB",
        "Norbix seeks investors; Outaouix invests in aerospace hardware start-ups.",
    ),
    (
        "Frontenix Automation Integrators LLC",
        "Ruskatron Imaging Oy",
        "Ruskatron seeks integrators in North America for its infrared imaging; Frontenix "
        "integrates infrared imaging and automated inspection.",
    ),
    (
        "Institut Lévisoptic de recherche en fabrication avancée",
        "Alvaplast Sistemas, S.A.",
        "Alvaplast seeks research centres to test its power electronics for defence; Lévisoptic "
        "researches RF power for defence.",
    ),
    (
        "Laurentis Optics Ltd.",
        "Ruskatron Imaging Oy",
        "Laurentis wants to co-develop infrared imaging, which Ruskatron makes.",
    ),
    (
        "Saguenix Optique Inc.",
        "Fibrélia Optique SAS",
        "Saguenix wants to co-develop free-form optics, which Fibrélia makes.",
    ),
)


def _pair(s: Suggestion) -> frozenset[str]:
    return frozenset((s.requester_organisation, s.target_organisation))


def _orgs(s: Suggestion) -> tuple[str, str]:
    return s.requester_organisation, s.target_organisation


# --------------------------------------------------------------------------- quality on the demo


def _check_ranks(
    session: Session, mission_id: uuid.UUID, pairs: tuple[tuple[str, str, str], ...]
) -> None:
    every = suggest_meetings(session, mission_id, limit=None)
    median = statistics.median(s.score for s in every)
    rank = {_pair(s): n for n, s in enumerate(every, start=1)}
    by_pair = {_pair(s): s for s in every}
    ranks = []
    for a, b, why in pairs:
        key = frozenset((a, b))
        assert key in by_pair, f"{a} ↔ {b} should be a candidate ({why})"
        assert by_pair[key].score > median, f"{a} ↔ {b} scores at or below the median ({why})"
        ranks.append(rank[key])
    assert statistics.mean(ranks) <= len(every) / 4, ranks


def test_complementary_demo_pairs_score_above_the_median_and_rank_in_the_top_quartile(
    printing_session: Session, printable: PrintableMission
) -> None:
    _check_ranks(printing_session, printable.mission_id, COMPLEMENTARY)


def test_held_out_complementary_pairs_of_another_mission_rank_as_well(
    printing_session: Session,
) -> None:
    mission = get_mission_by_code(printing_session, HELD_OUT_MISSION)
    _check_ranks(printing_session, mission.id, HELD_OUT)


def test_the_side_whose_wishes_are_answered_asks(
    printing_session: Session, printable: PrintableMission
) -> None:
    every = suggest_meetings(printing_session, printable.mission_id, limit=None)
    found = {_pair(s): s for s in every}
    # Irvale scouts ultrafast lasers, which Microndes makes; Brennick scouts GaN amplifiers.
    irvale = found[frozenset(("Irvale Manufacturing Corporation", "Microndes Photonique SAS"))]
    assert irvale.requester_organisation == "Irvale Manufacturing Corporation"
    brennick = found[frozenset(("Brennick Manufacturing Inc.", "Photonéa Systèmes RF SARL"))]
    assert brennick.requester_organisation == "Brennick Manufacturing Inc."


def test_reasons_quote_the_profiles_in_words(
    printing_session: Session, printable: PrintableMission
) -> None:
    [best] = [
        s
        for s in suggest_meetings(printing_session, printable.mission_id, limit=None)
        if _pair(s) == frozenset(("Irvale Manufacturing Corporation", "Microndes Photonique SAS"))
    ]
    profiles = {
        o.name: o
        for o in printing_session.scalars(
            select(Organisation).where(Organisation.name.in_(_orgs(best)))
        )
    }
    irvale = profiles["Irvale Manufacturing Corporation"]
    microndes = profiles["Microndes Photonique SAS"]
    wish = next(r for r in best.reasons if r.startswith("Irvale Manufacturing Corporation seeks"))
    # The quotes are pieces of the real texts, cut to about 60 characters.
    quoted = [part.split("”")[0].rstrip("…").lstrip("…") for part in wish.split("“")[1:]]
    assert quoted[0] in irvale.seeks and "ultrafast lasers" in quoted[0]
    assert quoted[1] in microndes.offers
    assert all(len(q) <= 62 for q in quoted)
    assert "Photonics subsystem manufacturer ↔ advanced manufacturing OEM / end user" in (
        best.reasons
    )
    assert "Visitor from France meets a local organisation (United States)" in best.reasons


def test_suggestions_are_the_same_on_every_call_and_ordered_by_score_then_names(
    printing_session: Session, printable: PrintableMission
) -> None:
    first = suggest_meetings(printing_session, printable.mission_id, limit=None)
    assert first == suggest_meetings(printing_session, printable.mission_id, limit=None)
    keys = [(-s.score, s.requester.casefold(), s.target.casefold()) for s in first]
    assert keys == sorted(keys)
    assert all(0 <= s.score <= 100 for s in first)


def test_demo_pairs_that_asked_or_meet_already_are_left_out(
    printing_session: Session, printable: PrintableMission
) -> None:
    requested = {
        frozenset((r.requester_organisation, r.target_organisation))
        for r in b2b.list_requests(printing_session, printable.mission_id)
    }
    met = {
        frozenset(org for _, _, org in m.participants)
        for m in b2b.list_meetings(printing_session, printable.mission_id)
    }
    suggested = {_pair(s) for s in suggest_meetings(printing_session, printable.mission_id)}
    assert requested and met
    assert not suggested & (requested | met)


# --------------------------------------------------------------------------- a small mission


@dataclass(frozen=True)
class Small:
    mission_id: uuid.UUID
    people: dict[str, uuid.UUID]  # key -> registration id


KESTREL = "Kestrel Turbines Corporation"

# key: organisation, country, kind, value chain, sectors, technologies, areas, offers, seeks;
# then the first names of its people.
PROFILES = {
    "lumen": (
        "Lumen Micromachining SAS",
        "FR",
        OrganisationKind.SME,
        "subsystem manufacturer",
        ["photonics"],
        ["laser micro-machining", "ultrafast lasers"],
        ["aerospace", "medical devices"],
        "Laser micro-machining of turbine parts and stents; ultrafast lasers for aerospace.",
        "Distributors in North America for our laser micro-machining stations.",
        ("Ada", "Bram"),
    ),
    "kestrel": (
        KESTREL,
        "US",
        OrganisationKind.LARGE_COMPANY,
        "OEM / end user",
        ["aerospace"],
        ["turbine blades"],
        ["aerospace", "energy"],
        "Turbine blades and engine parts for aerospace and energy.",
        "Precision laser micro-machining of cooling holes in turbine blades.",
        ("Cora",),
    ),
    "fjord": (
        "Fjord Radio Oy",
        "FI",
        OrganisationKind.SME,
        "component supplier",
        ["microwaves"],
        ["antenna design"],
        ["telecommunications"],
        "Antenna design for telecommunications.",
        "Investors for a growth round.",
        ("Dag",),
    ),
    "harbour": (
        "Harbour Seed Capital LLC",
        "US",
        OrganisationKind.INVESTOR,
        "investor",
        ["microwaves"],
        [],
        [],
        "Seed investment in radio hardware start-ups.",
        "European deep-tech start-ups.",
        ("Eli",),
    ),
    "quarry": (
        "Quarry Stoneworks Inc.",
        "US",
        OrganisationKind.OTHER,
        "",
        ["construction"],
        [],
        [],
        "Granite countertops.",
        "",
        ("Fay",),
    ),
}


@pytest.fixture
def small(session: Session, mission_id: uuid.UUID) -> Small:
    people: dict[str, uuid.UUID] = {}
    for key, (
        name,
        country,
        kind,
        position,
        sectors,
        techs,
        areas,
        offers,
        seeks,
        firsts,
    ) in PROFILES.items():
        org = add_organisation(
            session,
            name,
            country,
            kind=kind,
            value_chain_position=position,
            sectors=sectors,
            technologies=techs,
            application_areas=areas,
            offers=offers,
            seeks=seeks,
        )
        for first in firsts:
            person = add_person(
                session, first, "Example", f"{first.lower()}@{key}.example", organisation=org
            )
            [registration] = register_people(
                session, mission_id, [person.id], status=RegistrationStatus.CONFIRMED
            ).registered
            people[first.lower()] = registration
    return Small(mission_id, people)


def _names(found: list[Suggestion]) -> set[frozenset[str]]:
    return {frozenset((s.requester, s.target)) for s in found}


def test_the_complementary_pair_comes_first_with_the_seeker_asking(
    session: Session, small: Small
) -> None:
    found = suggest_meetings(session, small.mission_id)
    best = found[0]
    # Kestrel seeks laser micro-machining, which Lumen offers: Kestrel asks.
    assert (best.requester_organisation, best.target_organisation) == (
        "Kestrel Turbines Corporation",
        "Lumen Micromachining SAS",
    )
    assert best.requester == "Cora Example" and best.target_email.endswith("@lumen.example")
    assert best.requester_country == "US" and best.target_country == "FR"
    assert any(
        r.startswith("Kestrel Turbines Corporation seeks “Precision laser micro-machining")
        and "Lumen Micromachining SAS offers “Laser micro-machining" in r
        for r in best.reasons
    ), best.reasons
    assert "Photonics subsystem manufacturer ↔ aerospace OEM / end user" in best.reasons
    # The investor and the start-up that wants investors follow.
    assert frozenset(_orgs(found[1])) == {"Fjord Radio Oy", "Harbour Seed Capital LLC"}
    assert any("is an investor" in r for r in found[1].reasons)


def test_colleagues_are_never_paired_and_an_organisation_pair_comes_once(
    session: Session, small: Small
) -> None:
    found = suggest_meetings(session, small.mission_id, limit=None)
    assert all(s.requester_organisation != s.target_organisation for s in found)
    pairs = [frozenset(_orgs(s)) for s in found]
    assert len(pairs) == len(set(pairs))
    # Ada and Bram of Lumen appear, but only one of them per organisation pair.
    lumen_kestrel = [p for p in pairs if p == {"Lumen Micromachining SAS", KESTREL}]
    assert len(lumen_kestrel) == 1


def test_pairs_with_nothing_in_common_are_not_suggested(session: Session, small: Small) -> None:
    found = suggest_meetings(session, small.mission_id, limit=None)
    assert all(s.score > 0 and s.reasons for s in found)
    # A US granite shop has nothing for a US turbine maker: same country, no match.
    assert frozenset(("Quarry Stoneworks Inc.", KESTREL)) not in {
        frozenset(_orgs(s)) for s in found
    }


def test_a_request_in_either_direction_leaves_the_pair_out(session: Session, small: Small) -> None:
    p = small.people
    before = {frozenset(_orgs(s)) for s in suggest_meetings(session, small.mission_id, limit=None)}
    lumen_kestrel = frozenset(("Lumen Micromachining SAS", KESTREL))
    fjord_harbour = frozenset(("Fjord Radio Oy", "Harbour Seed Capital LLC"))
    assert {lumen_kestrel, fjord_harbour} <= before
    # Lumen asks Kestrel (the opposite of the suggestion: Kestrel should ask), Harbour asks Fjord.
    b2b.set_request(session, small.mission_id, p["ada"], p["cora"])
    b2b.set_request(session, small.mission_id, p["eli"], p["dag"])
    after = {frozenset(_orgs(s)) for s in suggest_meetings(session, small.mission_id, limit=None)}
    assert after == before - {lumen_kestrel, fjord_harbour}


def test_people_who_already_meet_are_left_out(session: Session, small: Small) -> None:
    p = small.people
    session_id = b2b.add_session(
        session,
        small.mission_id,
        b2b.SessionData(date(2027, 1, 27), time(13, 30), time(17, 30), 20, 5, 3),
    )
    [row] = b2b.list_sessions(session, small.mission_id)
    b2b.create_meeting(
        session,
        small.mission_id,
        b2b.MeetingPlace(session_id, 0, row.tables[0][0]),
        [p["bram"], p["cora"]],
    )
    orgs = {frozenset(_orgs(s)) for s in suggest_meetings(session, small.mission_id, limit=None)}
    # Bram's colleague Ada is not suggested to Cora either: their organisations meet already.
    assert frozenset(("Kestrel Turbines Corporation", "Lumen Micromachining SAS")) not in orgs


def test_limit_keeps_the_best_in_order(session: Session, small: Small) -> None:
    every = suggest_meetings(session, small.mission_id, limit=None)
    assert len(every) > 3
    assert suggest_meetings(session, small.mission_id, limit=3) == every[:3]
    assert suggest_meetings(session, small.mission_id, limit=1) == every[:1]
    assert suggest_meetings(session, small.mission_id, limit=0) == []
    assert suggest_meetings(session, small.mission_id) == every  # fewer than the default 50


def test_suggestions_for_one_person_all_involve_them(session: Session, small: Small) -> None:
    found = suggest_meetings(session, small.mission_id, for_registration=small.people["bram"])
    assert found
    assert all(small.people["bram"] in (s.requester_id, s.target_id) for s in found)
    assert found[0].target == "Bram Example"  # Kestrel still asks
    with pytest.raises(NotFoundError):
        suggest_meetings(session, small.mission_id, for_registration=uuid.uuid4())


def test_cancelled_and_erased_people_are_not_suggested(session: Session, small: Small) -> None:
    set_status(session, [small.people["cora"]], RegistrationStatus.CANCELLED)
    erase_person(session, "dag@fjord.example")
    found = suggest_meetings(session, small.mission_id, limit=None)
    named = {name for s in found for name in (s.requester, s.target)}
    assert "Cora Example" not in named
    assert {s.requester_organisation for s in found} | {s.target_organisation for s in found} == {
        "Lumen Micromachining SAS",
        "Harbour Seed Capital LLC",
        "Quarry Stoneworks Inc.",
    }


def test_a_person_without_an_organisation_has_nothing_to_be_suggested_on(
    session: Session, small: Small
) -> None:
    person = add_person(session, "Gil", "Example", "gil@x.example")
    [gil] = register_people(session, small.mission_id, [person.id]).registered
    assert suggest_meetings(session, small.mission_id, limit=None, for_registration=gil) == []
    assert suggest_meetings(session, small.mission_id, limit=None)  # the others still are


def test_accepting_a_suggestion_makes_a_priority_3_request_that_undo_removes(
    session: Session, small: Small
) -> None:
    best = suggest_meetings(session, small.mission_id)[0]
    request_id = accept_suggestion(session, small.mission_id, best.requester_id, best.target_id)
    request = session.get(MeetingRequest, request_id)
    assert request is not None
    assert (request.requester_id, request.target_id) == (best.requester_id, best.target_id)
    assert request.priority == SUGGESTED_PRIORITY == 3
    assert request.status is RequestStatus.PENDING
    assert best not in suggest_meetings(session, small.mission_id)
    b2b.delete_request(session, request_id)
    assert suggest_meetings(session, small.mission_id)[0] == best


def test_accepting_is_refused_when_the_two_already_asked_each_other(
    session: Session, small: Small
) -> None:
    p = small.people
    existing = b2b.set_request(session, small.mission_id, p["ada"], p["cora"], priority=1)
    for requester, target in ((p["cora"], p["ada"]), (p["ada"], p["cora"])):
        with pytest.raises(ValidationError, match="already have a meeting request"):
            accept_suggestion(session, small.mission_id, requester, target)
    request = session.get(MeetingRequest, existing)
    assert request is not None and request.priority == 1
    assert len(b2b.list_requests(session, small.mission_id)) == 1


def test_as_json_has_names_emails_organisations_score_and_reasons(
    session: Session, small: Small
) -> None:
    data = suggest_meetings(session, small.mission_id, limit=1)[0].as_json()
    assert {
        "requester",
        "requester_email",
        "requester_organisation",
        "target",
        "target_email",
        "target_organisation",
        "score",
        "reasons",
    } <= set(data)
    assert data["requester_email"] == "cora@kestrel.example"
    assert isinstance(data["score"], float) and isinstance(data["reasons"], list)
    uuid.UUID(data["requester_id"])
