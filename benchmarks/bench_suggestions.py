"""Meeting suggestions benchmark: how well they rank, and how fast they come.

Quality, on the demo's Photonics West 2027 (57 participants, about 750 candidate pairs of
organisations): the hand-identified complementary pairs of tests/services/test_b2b_suggestions.py
against every other candidate pair; then the same on the EU–Canada matchmaking (CAN2027) with
pairs named only after the scoring was tuned (held out). Reported: the AUC (the chance that a
complementary pair scores above another candidate pair; 0.5 is chance), each pair's rank among
the other candidates (1 = above them all) and the mean percentile rank (0 % is the top), and
the mean reciprocal rank of each complementary pair among itself and 99 candidate pairs drawn at
random (seeded; 1.0 = always first, about 0.05 = chance). Written to
bench-results/suggestions-quality.json, and in the first measurement's name.

Speed: ``suggest_meetings`` (top 50) on the demo's PW2027 and on a synthetic mission of 1,500
participants from 700 organisations whose profiles are drawn from the demo's vocabularies
(technologies, application areas, value-chain positions, capabilities and wishes), each offer
with a product line of its own so that the texts are not all alike. Baseline, in the same
process: ``b2b.participants`` on the same mission (listing who takes part: what any suggestion
costs at least). Target: well under a few seconds for 1,500 participants.

Run alone: ``python -m benchmarks.bench_suggestions``.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from benchmarks.bench_directory import FIRST_NAMES, LAST_NAMES
from benchmarks.harness import Measurement, measure, report
from pimap_desktop.domain.enums import (
    MissionKind,
    MissionStatus,
    OrganisationKind,
    RegistrationRole,
    RegistrationStatus,
)
from pimap_desktop.domain.models import Mission, Organisation, Person, Registration
from pimap_desktop.domain.rules import normalise_name
from pimap_desktop.services import demo
from pimap_desktop.services.b2b.meetings import participants
from pimap_desktop.services.b2b.suggestions import suggest_meetings
from pimap_desktop.services.missions.missions import get_mission_by_code
from pimap_desktop.store.database import Database, open_database
from tests.services.test_b2b_suggestions import (
    COMPLEMENTARY,
    DEMO_MISSION,
    HELD_OUT,
    HELD_OUT_MISSION,
)

PARTICIPANTS = 1_500
ORGANISATIONS = 700
RUNS = 7
NEGATIVES = 99
QUALITY_FILE = Path("bench-results") / "suggestions-quality.json"


# --------------------------------------------------------------------------- quality


def quality(db: Database, code: str, pairs: tuple[tuple[str, str, str], ...]) -> dict[str, Any]:
    """Ranks of the complementary pairs among all candidate pairs of a demo mission."""
    with db.session() as session:
        mission = get_mission_by_code(session, code)
        every = suggest_meetings(session, mission.id, limit=None)
    scores = [s.score for s in every]
    pair_of = {
        frozenset((s.requester_organisation, s.target_organisation)): n for n, s in enumerate(every)
    }
    wanted = {frozenset((a, b)): (a, b) for a, b, _ in pairs}
    missing = [names for key, names in wanted.items() if key not in pair_of]
    if missing:
        raise AssertionError(f"complementary pairs not among the candidates: {missing}")
    positives = {pair_of[key] for key in wanted}
    negatives = [n for n in range(len(every)) if n not in positives]
    # AUC: the share of (complementary, other) pairs ordered right; ties count half.
    wins = sum(
        1.0 if scores[p] > scores[q] else 0.5 if scores[p] == scores[q] else 0.0
        for p in positives
        for q in negatives
    )
    auc = wins / (len(positives) * len(negatives))
    ranks = {
        " ↔ ".join(names): 1 + sum(1 for q in negatives if scores[q] > scores[pair_of[key]])
        for key, names in wanted.items()
    }
    rng = random.Random(2027)
    reciprocal = []
    for p in sorted(positives):
        drawn = rng.sample(negatives, min(NEGATIVES, len(negatives)))
        reciprocal.append(1 / (1 + sum(1 for q in drawn if scores[q] > scores[p])))
    return {
        "mission": code,
        "candidate_pairs": len(every),
        "complementary_pairs": len(positives),
        "median_score": statistics.median(scores),
        "complementary_scores": {" ↔ ".join(wanted[k]): scores[pair_of[k]] for k in wanted},
        "auc": round(auc, 4),
        "ranks": ranks,
        "mean_percentile_rank": round(
            statistics.mean(r / len(negatives) for r in ranks.values()), 4
        ),
        "mrr_vs_99_random": round(statistics.mean(reciprocal), 4),
    }


# --------------------------------------------------------------------------- big mission

# Product line names: every organisation's offer names one of its own.
PRODUCT_WORDS = (
    "Aurora",
    "Borea",
    "Cirrus",
    "Delta",
    "Ember",
    "Fjord",
    "Glacier",
    "Halo",
    "Ion",
    "Jade",
    "Krypton",
    "Lumen",
    "Mistral",
    "Nova",
    "Onyx",
    "Pulsar",
    "Quartz",
    "Raven",
    "Sierra",
    "Tundra",
    "Umbra",
    "Vega",
    "Wren",
    "Xenon",
    "Yarrow",
    "Zephyr",
)


def _synthetic_mission(db: Database, seed: int = 1500) -> uuid.UUID:
    """A mission in Montréal with 1,500 participants of 700 organisations (bulk inserts)."""
    rng = random.Random(seed)
    sectors = list(demo.TECHNOLOGIES)
    countries = ("FR", "BE", "PT", "FI", "CA", "CA", "US")
    kinds = (
        (OrganisationKind.SME, 70),
        (OrganisationKind.LARGE_COMPANY, 10),
        (OrganisationKind.RESEARCH_CENTRE, 6),
        (OrganisationKind.INTEGRATOR, 8),
        (OrganisationKind.INVESTOR, 3),
        (OrganisationKind.PUBLIC_BODY, 3),
    )
    with db.session() as session, session.begin():
        mission = Mission(
            code="SUGG1500",
            name="Suggestions benchmark",
            kind=MissionKind.MATCHMAKING_EVENT,
            city="Montréal",
            country="CA",
            timezone="America/Toronto",
            start_date=date(2027, 6, 7),
            end_date=date(2027, 6, 9),
            status=MissionStatus.OPEN,
        )
        session.add(mission)
        session.flush()
        organisations = []
        for n in range(ORGANISATIONS):
            sector = rng.choice(sectors)
            second = rng.choice(sectors) if rng.random() < 0.35 else sector
            technologies = rng.sample(demo.TECHNOLOGIES[sector], 2)
            if second != sector:
                technologies.append(rng.choice(demo.TECHNOLOGIES[second]))
            areas = rng.sample(demo.APPLICATION_AREAS, rng.randint(2, 3))
            kind = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
            product = f"{rng.choice(PRODUCT_WORDS)} {rng.choice(PRODUCT_WORDS)}-{n}"
            offers = (
                f"{demo._sentence(technologies[0])} and {technologies[1]} for {areas[0]} and "
                f"{areas[1]}: the {product} line. {rng.choice(demo.CAPABILITIES)}."
            )
            wishes = demo.EU_SEEKS if rng.random() < 0.6 else demo.NA_SEEKS
            seeks = rng.choice(wishes).format(
                tech=rng.choice(demo.TECHNOLOGIES[rng.choice(sectors)]), area=areas[-1]
            )
            name = f"{rng.choice(PRODUCT_WORDS)}{n} {sector.title()} {n}"
            organisations.append(
                {
                    "id": uuid.uuid4(),
                    "name": name,
                    "normalised_name": normalise_name(name),
                    "kind": kind,
                    "country": rng.choice(countries),
                    "sectors": sorted({sector, second}),
                    "technologies": technologies,
                    "application_areas": areas,
                    "value_chain_position": rng.choice(demo.VALUE_CHAIN),
                    "offers": offers,
                    "seeks": seeks,
                }
            )
        session.execute(insert(Organisation), organisations)
        people, registrations = [], []
        for n in range(PARTICIPANTS):
            person_id = uuid.uuid4()
            organisation = organisations[
                n % ORGANISATIONS if n < 2 * ORGANISATIONS else rng.randrange(ORGANISATIONS)
            ]
            people.append(
                {
                    "id": person_id,
                    "first_name": rng.choice(FIRST_NAMES),
                    "last_name": f"{rng.choice(LAST_NAMES)}-{n}",
                    "email": f"suggest{n}@bench.example",
                    "organisation_id": organisation["id"],
                }
            )
            registrations.append(
                {
                    "id": uuid.uuid4(),
                    "mission_id": mission.id,
                    "person_id": person_id,
                    "role": RegistrationRole.DELEGATE,
                    "status": RegistrationStatus.CONFIRMED,
                }
            )
        session.execute(insert(Person), people)
        session.execute(insert(Registration), registrations)
        return mission.id


# --------------------------------------------------------------------------- run


def _suggest(db: Database, mission_id: uuid.UUID) -> Callable[[], None]:
    def work() -> None:
        with db.session() as session:
            found = suggest_meetings(session, mission_id, limit=50)
        if len(found) != 50:
            raise AssertionError(f"benchmark suggestions found {len(found)}, not 50")

    return work


def _participants(db: Database, mission_id: uuid.UUID) -> Callable[[], None]:
    def work() -> None:
        with db.session() as session:
            participants(session, mission_id)

    return work


def run() -> list[Measurement]:
    with tempfile.TemporaryDirectory() as name:
        db = open_database(Path(name) / "suggestions.sqlite")
        try:
            with db.session() as session:
                demo.load_demo(session)
                demo_id = get_mission_by_code(session, DEMO_MISSION).id
            big_id = _synthetic_mission(db)
            found = [
                quality(db, DEMO_MISSION, COMPLEMENTARY),
                quality(db, HELD_OUT_MISSION, HELD_OUT),
            ]
            QUALITY_FILE.parent.mkdir(parents=True, exist_ok=True)
            QUALITY_FILE.write_text(json.dumps(found, indent=2, ensure_ascii=False))
            for q in found:
                print(
                    f"  quality on {q['mission']} ({q['complementary_pairs']} complementary of "
                    f"{q['candidate_pairs']} candidate pairs): AUC {q['auc']:.3f}, mean "
                    f"percentile rank {q['mean_percentile_rank']:.1%}, MRR vs {NEGATIVES} random "
                    f"{q['mrr_vs_99_random']:.3f}; ranks {list(q['ranks'].values())}",
                    flush=True,
                )
            quality_words = ", ".join(
                f"{q['mission']} AUC {q['auc']:.3f} MRR {q['mrr_vs_99_random']:.2f}" for q in found
            )
            return [
                measure(
                    f"suggestions, demo {DEMO_MISSION} ({quality_words})",
                    _suggest(db, demo_id),
                    "b2b.participants",
                    _participants(db, demo_id),
                    RUNS,
                ),
                measure(
                    f"suggestions, {PARTICIPANTS:,} participants / {ORGANISATIONS} organisations",
                    _suggest(db, big_id),
                    "b2b.participants",
                    _participants(db, big_id),
                    RUNS,
                ),
            ]
        finally:
            db.dispose()


if __name__ == "__main__":
    report(run(), Path("bench-results") / "suggestions.json")
