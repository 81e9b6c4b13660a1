"""Meeting suggestions: whom should meet whom at a mission's B2B meetings.

A candidate is a pair of participants (registrations in ``b2b.TAKING_PART`` whose person is
not erased) from two different organisations, between whose organisations there is no request
(either direction) and no meeting yet (cancelled meetings aside). Scores are worked out per
pair of *organisations*, from their profiles, and each organisation pair is suggested once,
for one person of each side (the one with the fewest requests and meetings so far, then by
name): colleagues share a profile, and a coordinator wants "Microndes ↔ Irvale", not the same
advice four times. An organisation pair already linked by a request or a meeting of any of its
people is left out for the same reason.

The score (0-100) adds four parts:

- what one offers answers what the other seeks (up to 50: 40 for the better direction, 10 for
  the other). Both texts are cut into short noun phrases at punctuation and small words
  ("and", "for", "partners", "North America"...); the offer side also holds the organisation's
  technologies, application areas and value-chain position, so that "seeks contract
  manufacturers" finds a contract manufacturer. Every offer phrase is compared with every
  seek phrase at once with ``rapidfuzz.process.cdist`` (``token_sort_ratio``, SIMD-accelerated;
  phrases of three words or more also take part as their two-word pieces, so "industrial
  automation roadmap" finds "industrial automation"). An organisation's match with a wish is its
  best phrase; a direction's match mixes the best wish answered and the share of the wishes
  answered, each wish weighted by how rare an answer to it is in the mission (a wish half the
  organisations answer says little), by half when it names a market (an application area or
  sector: "pilot customers in railways"), and by 30 % when it follows a possessive, for it then
  names the seeker's own products ("distributors for its fibre lasers").
- complementary value-chain positions (up to 20): supplier ↔ integrator or end user,
  research ↔ industry, investor ↔ company, support body ↔ company, cluster ↔ cluster;
- sectors and application areas (up to 15): one serves the other's sector ("works for
  aerospace" ↔ an aerospace company), an enabling technology (photonics, RF, electronics) meets
  a sector that applies it, application areas in common;
- countries (up to 15): a visitor meets a local organisation of the mission's country (15), or
  the two come from different countries (10).

The pair's requester is the side whose wishes the other answers best (it has a reason to ask);
on a tie, the visitor asks the local organisation, then by name.

Personal data: suggestions are for the coordinator, who sees the whole directory anyway, so
every participant can be suggested whatever their consent to be listed; the reasons quote only
the organisations' profiles (offers, seeks, technologies, areas, position), never a person's
own data. A screen shown to participants themselves would have to leave out the people who did
not consent to be listed (``Person.consent_listed``).

Everything is computed per organisation with numpy arrays (a few n × n float32 matrices for n
organisations: 2 MB each for 700): 1,500 participants of 700 organisations take about half a
second (``python -m benchmarks suggestions``). The text matching is rapidfuzz's; what is
written here only cuts the texts into phrases and weighs the matches.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import MeetingStatus, OrganisationKind
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Meeting,
    MeetingRequest,
    Organisation,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.domain.rules import normalise_email
from pimap_desktop.services.b2b.meetings import TAKING_PART, set_request
from pimap_desktop.services.missions.missions import get_mission

if TYPE_CHECKING:
    # numpy and rapidfuzz are imported where the scores are computed: the GUI imports this
    # module at start for its types and would otherwise load them before any suggestion.
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]
    IntArray = npt.NDArray[np.intp]

# Weights of the four parts (they add up to 100).
TEXT_BEST, TEXT_OTHER, CHAIN, SECTORS, COUNTRIES = 40.0, 10.0, 20.0, 15.0, 15.0
# token_sort_ratio below this is no match; above, it is scaled to 0..1.
CUTOFF = 70
# The longest a quoted phrase of a profile gets in a reason.
QUOTE = 60
# The part of a profile text read (a pasted brochure should not slow everything down).
MAX_TEXT = 1_500
# The priority of a request made from a suggestion: the lowest, the people did not ask for it.
SUGGESTED_PRIORITY = 3
# How much a wish loses after a possessive ("for its fibre lasers": its own products).
OWN_PRODUCTS = 0.7
# The weight of a wish that names a market (an application area or sector of the mission).
MARKET = 0.5
# Value-chain positions are named as a reason from this complementarity on (supplier ↔ supplier,
# 0.2, is not one).
CHAIN_REASON = 0.4


@dataclass(frozen=True)
class Suggestion:
    """Who should ask whom for a meeting, how strongly (0-100), and why in words."""

    requester_id: uuid.UUID
    requester: str
    requester_email: str
    requester_organisation: str
    requester_country: str
    target_id: uuid.UUID
    target: str
    target_email: str
    target_organisation: str
    target_country: str
    score: float
    reasons: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "requester_id": str(self.requester_id),
            "requester": self.requester,
            "requester_email": self.requester_email,
            "requester_organisation": self.requester_organisation,
            "requester_country": self.requester_country,
            "target_id": str(self.target_id),
            "target": self.target,
            "target_email": self.target_email,
            "target_organisation": self.target_organisation,
            "target_country": self.target_country,
            "score": self.score,
            "reasons": list(self.reasons),
        }


# --------------------------------------------------------------------------- text phrases


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end a phrase: grammar, and words that say how rather than what ("partners for",
# "technology scouting in", "in North America"). English first, with the commonest French,
# Portuguese, Dutch and German ones for profiles written in those languages.
_BREAKS = _word_set(
    """
    a an and or the of for in on at to by with from into onto its it their our your his her my
    as is are be been being able who that which this these those per via about over under than
    then so such any all some each other others also well new based including include includes
    e g eg etc i ie
    we us they them
    notre nos leur leurs son sa ses seu sua seus suas nosso nossa nossos nossas onze hun zijn
    haar ihr ihre ihren seine seinen unsere unser
    partner partners partnership partnerships customer customers client clients company
    companies firm firms business businesses sme smes european europe eu union north america
    american americas usa canada canadian international global worldwide market markets entry
    looking seeking seek seeks searching want wants offer offers offering provide provides
    providing range portfolio solution solutions product products technology technologies
    scouting roadmap innovative innovation leading high quality pilot joint project projects
    proposal co opportunities opportunity growth round expansion preparing considering support
    introductions programme programmes program programs region regional local production
    capacity available qualify qualification conditions scale up access
    et ou de des du la le les pour en au aux un une sur avec dans par d l
    e o os as um uma para com em no na nos nas do da dos das
    en het een van voor met op te
    und der die das ein eine für mit von zu im
    """
)
# "For its fibre lasers": what follows names the organisation's own products.
_POSSESSIVES = _word_set(
    "its our their his her my notre nos leur leurs son sa ses seu sua seus suas nosso nossa "
    "nossos nossas onze hun zijn haar ihr ihre ihren seine seinen unsere unser"
)
_CLAUSES = re.compile(r"[^.;:!?\n()\[\]•·|]+")
_WORDS = re.compile(r"[^\W_]+(?:[-'’/&+][^\W_]+)*")


@dataclass(frozen=True)
class _Phrase:
    text: str  # the words of the phrase, lower-case
    clause: str  # the part of the profile it comes from, as written
    start: int  # where the phrase starts and ends in the clause
    end: int
    source: str  # offers, technology, area, position, seeks
    own: bool = False  # after a possessive: "for its fibre lasers"


@functools.lru_cache(maxsize=4096)
def _phrases(text: str, source: str) -> tuple[_Phrase, ...]:
    """Short noun phrases of a text, with two-word pieces of the longer ones (technologies,
    areas and positions repeat from one organisation to the next: they are cut once)."""
    found: list[_Phrase] = []
    for clause_match in _CLAUSES.finditer(text[:MAX_TEXT]):
        clause = " ".join(clause_match.group().split())
        if not clause:
            continue
        run: list[re.Match[str]] = []
        previous_end = 0
        own = after_possessive = False
        for word in [*_WORDS.finditer(clause), None]:
            folded = word.group().casefold() if word is not None else ""
            breaks = word is None or folded in _BREAKS or "," in clause[previous_end : word.start()]
            if breaks and run:
                words = [w.group().casefold() for w in run]
                joined = " ".join(words)
                if len(joined) >= 3:
                    found.append(
                        _Phrase(joined, clause, run[0].start(), run[-1].end(), source, own)
                    )
                    if len(words) >= 3:
                        found += [
                            _Phrase(
                                f"{a} {b}", clause, run[n].start(), run[n + 1].end(), source, own
                            )
                            for n, (a, b) in enumerate(itertools.pairwise(words))
                        ]
                run = []
            if word is not None:
                if folded not in _BREAKS:
                    if not run:
                        own = after_possessive
                    run.append(word)
                after_possessive = folded in _POSSESSIVES
                previous_end = word.end()
    return tuple(found)


def _quote(phrase: _Phrase) -> str:
    """The clause a phrase comes from, cut to about QUOTE characters around the phrase."""
    clause = phrase.clause
    if len(clause) <= QUOTE:
        return clause
    # As early as possible, the whole phrase in sight, the cut at a space.
    start = min(phrase.start, max(0, phrase.end - QUOTE + 2))
    if start:
        space = clause.find(" ", start - 1)
        start = space + 1 if 0 <= space < phrase.start else phrase.start
    end = start + QUOTE - (2 if start else 1)
    if end >= len(clause):
        return "…" + clause[start:]
    cut = clause.rfind(" ", phrase.end, end + 1)
    end = cut if cut > 0 else max(end, phrase.end)
    return ("…" if start else "") + clause[start:end].rstrip(" ,") + "…"


# --------------------------------------------------------------------------- profiles

# Value-chain roles and how complementary two of them are (0-1).
SUPPLIER, INTEGRATOR, END_USER, RESEARCH, INVESTOR, SUPPORT, CLUSTER, OTHER = range(8)
_ROLES = 8
_PAIRS = {
    (SUPPLIER, INTEGRATOR): 1.0,
    (SUPPLIER, END_USER): 1.0,
    (INTEGRATOR, END_USER): 0.6,
    (RESEARCH, END_USER): 0.8,
    (RESEARCH, SUPPLIER): 0.7,
    (RESEARCH, INTEGRATOR): 0.7,
    (INVESTOR, SUPPLIER): 0.7,
    (SUPPORT, SUPPLIER): 0.5,
    (SUPPORT, INTEGRATOR): 0.4,
    (SUPPORT, CLUSTER): 0.5,
    (CLUSTER, CLUSTER): 0.6,
    (SUPPLIER, SUPPLIER): 0.2,
}


@functools.cache
def _complement() -> FloatArray:
    """[role, role]: how complementary two roles are (0-1), symmetric; built once, when used."""
    import numpy as np

    matrix = np.zeros((_ROLES, _ROLES), dtype=np.float32)
    for (a, b), value in _PAIRS.items():
        matrix[a, b] = matrix[b, a] = value
    matrix.flags.writeable = False  # shared by every call
    return matrix


# The side named first in a reason ("photonics supplier ↔ aerospace integrator").
_ORDER = (SUPPLIER, RESEARCH, INVESTOR, SUPPORT, CLUSTER, INTEGRATOR, END_USER, OTHER)

# Sectors whose technology other sectors apply.
ENABLING = frozenset({"photonics", "optics", "microwaves", "rf", "electronics", "photonique"})
# Sectors that apply them; so do the application areas named in the mission's profiles.
APPLYING = frozenset(
    {
        "advanced manufacturing",
        "manufacturing",
        "production technologies",
        "metalworking",
        "automation",
        "industrial automation",
        "robotics",
        "aerospace",
        "space",
        "defence",
        "automotive",
        "medical devices",
        "energy",
        "agrifood",
        "railways",
        "semiconductors",
        "telecommunications",
        "environmental monitoring",
    }
)


def _role(kind: OrganisationKind | None, position: str) -> int:
    text = position.casefold()
    by_kind = {
        OrganisationKind.RESEARCH_CENTRE: RESEARCH,
        OrganisationKind.INVESTOR: INVESTOR,
        OrganisationKind.PUBLIC_BODY: SUPPORT,
        OrganisationKind.CLUSTER: CLUSTER,
    }
    if kind is not None and kind in by_kind:
        return by_kind[kind]
    for words, role in (
        (("integrat",), INTEGRATOR),
        (("end user", "end-user", "oem", "buyer"), END_USER),
        (("research", "university", "laborator"), RESEARCH),
        (("invest", "venture"), INVESTOR),
        (("public", "agency", "government", "chamber"), SUPPORT),
        (("cluster",), CLUSTER),
        (
            ("supplier", "manufactur", "provider", "services", "maker", "producer", "distribut"),
            SUPPLIER,
        ),
    ):
        if any(w in text for w in words):
            return role
    if kind is OrganisationKind.INTEGRATOR:
        return INTEGRATOR
    if kind is OrganisationKind.LARGE_COMPANY:
        return END_USER
    if kind is OrganisationKind.SME:
        return SUPPLIER
    return OTHER


def _terms(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip().casefold() for v in values if v and v.strip()))


@dataclass
class _Profile:
    """One organisation taking part (or a person with none), with its people in the mission."""

    key: uuid.UUID
    name: str
    kind: OrganisationKind | None
    country: str
    sectors: tuple[str, ...]
    areas: tuple[str, ...]
    position: str
    offers: list[_Phrase]
    seeks: list[_Phrase]
    people: list[_Person] = field(default_factory=list)

    @property
    def role(self) -> int:
        return _role(self.kind, self.position)

    def role_words(self) -> str:
        sector = self.sectors[0] if self.sectors else ""
        what = self.position or (self.kind.label if self.kind else "organisation")
        return f"{sector} {what}".strip()


@dataclass(frozen=True)
class _Person:
    registration_id: uuid.UUID
    name: str
    email: str
    load: int  # requests made or received, and meetings


def _profile_of(org: Organisation | None, key: uuid.UUID) -> _Profile:
    if org is None:
        return _Profile(key, "", None, "", (), (), "", [], [])
    offers = list(_phrases(org.offers, "offers"))
    for tech in org.technologies or []:
        offers += _phrases(tech, "technology")
    for area in org.application_areas or []:
        offers += _phrases(area, "area")
    if org.value_chain_position:
        offers += _phrases(org.value_chain_position, "position")
    if org.kind not in (OrganisationKind.SME, OrganisationKind.OTHER):
        offers += _phrases(org.kind.label, "position")
    return _Profile(
        key=org.id,
        name=org.name,
        kind=org.kind,
        country=(org.country or "").upper(),
        sectors=_terms(org.sectors or []),
        areas=_terms(org.application_areas or []),
        position=org.value_chain_position.strip(),
        offers=offers,
        seeks=list(_phrases(org.seeks, "seeks")),
    )


def _load(
    session: Session, mission_id: uuid.UUID
) -> tuple[list[_Profile], set[tuple[uuid.UUID, uuid.UUID]]]:
    """The mission's profiles with their people, and the registration pairs already linked."""
    rows = session.execute(
        select(Registration.id, Person)
        .join(Person, Registration.person_id == Person.id)
        .where(
            Registration.mission_id == mission_id,
            Registration.status.in_(TAKING_PART),
            Person.erased_at.is_(None),
        )
    ).all()
    org_ids = {p.organisation_id for _, p in rows if p.organisation_id is not None}
    orgs = {
        o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(org_ids)))
    }
    linked: set[tuple[uuid.UUID, uuid.UUID]] = {
        (requester, target)
        for requester, target in session.execute(
            select(MeetingRequest.requester_id, MeetingRequest.target_id).where(
                MeetingRequest.mission_id == mission_id
            )
        )
    }
    together: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for meeting_id, registration_id in session.execute(
        select(meeting_participants.c.meeting_id, meeting_participants.c.registration_id)
        .join(Meeting, Meeting.id == meeting_participants.c.meeting_id)
        .where(Meeting.mission_id == mission_id, Meeting.status != MeetingStatus.CANCELLED)
    ):
        together[meeting_id].append(registration_id)
    load: dict[uuid.UUID, int] = defaultdict(int)
    for a, b in linked:
        load[a] += 1
        load[b] += 1
    for people in together.values():
        for a in people:
            load[a] += 1
            linked.update((a, b) for b in people if b != a)
    profiles: dict[uuid.UUID, _Profile] = {}
    for registration_id, person in rows:
        key = person.organisation_id or registration_id
        profile = profiles.get(key)
        if profile is None:
            profile = profiles[key] = _profile_of(orgs.get(key), key)
        profile.people.append(
            _Person(registration_id, person.full_name, person.email or "", load[registration_id])
        )
    ordered = sorted(profiles.values(), key=lambda p: (p.name.casefold(), str(p.key)))
    for profile in ordered:
        profile.people.sort(key=lambda p: (p.load, p.name.casefold(), str(p.registration_id)))
    return ordered, linked


# --------------------------------------------------------------------------- scoring


@dataclass
class _Scores:
    """Scores of every pair of profiles, and what the reasons need to explain them."""

    profiles: list[_Profile]
    total: FloatArray  # [a, b]: the pair's score, symmetric
    answers: FloatArray  # [a, b]: how well a's offers answer b's wishes (0-1)
    chain: FloatArray
    sectors: FloatArray
    countries: FloatArray
    match: FloatArray  # [offer phrase, seek phrase] (0-1)
    offer_index: list[list[int]]  # per profile: its offer phrases' columns in ``match``
    seek_index: list[list[int]]
    wish_weight: list[dict[int, float]]  # per profile: its seek phrases' weights (0-1)
    applying: list[tuple[str, ...]]  # per profile: its sectors that apply enabling ones
    mission_country: str


def _unique(phrases: list[list[_Phrase]]) -> tuple[list[str], list[list[int]]]:
    texts: dict[str, int] = {}
    index = [[texts.setdefault(p.text, len(texts)) for p in own] for own in phrases]
    return list(texts), index


def _multi_hot(values: list[tuple[str, ...]], vocabulary: dict[str, int]) -> FloatArray:
    import numpy as np

    matrix = np.zeros((len(values), max(len(vocabulary), 1)), dtype=np.float32)
    for row, terms in enumerate(values):
        for term in terms:
            matrix[row, vocabulary[term]] = 1.0
    return matrix


def _score(profiles: list[_Profile], mission_country: str) -> _Scores:
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    n = len(profiles)
    offer_texts, offer_index = _unique([p.offers for p in profiles])
    seek_texts, seek_index = _unique([p.seeks for p in profiles])
    if offer_texts and seek_texts:
        raw = process.cdist(
            offer_texts,
            seek_texts,
            scorer=fuzz.token_sort_ratio,
            processor=utils.default_process,
            score_cutoff=CUTOFF,
            dtype=np.uint8,
        )
        match: FloatArray = np.clip(
            (raw.astype(np.float32) - CUTOFF) / (100 - CUTOFF), 0.0, 1.0
        ).astype(np.float32)
        match[raw < CUTOFF] = 0.0
    else:
        match = np.zeros((len(offer_texts), len(seek_texts)), dtype=np.float32)
    # best[a, j]: the best answer of a's offers to seek phrase j.
    best = np.zeros((n, len(seek_texts)), dtype=np.float32)
    for a, rows in enumerate(offer_index):
        if rows:
            best[a] = match[sorted(set(rows))].max(axis=0)
    # A wish that many organisations answer says little about any one of them.
    answered = (best > 0).sum(axis=0).astype(np.float32)
    seek_weight = (np.log((n + 1) / (answered + 1)) / math.log(n + 1) if n else answered).astype(
        np.float32
    )
    seek_weight = np.clip(seek_weight, 0.15, 1.0)
    # A market ("for automotive") is wanted less specifically than a technology.
    markets = {t for p in profiles for t in (*p.areas, *p.sectors)}
    market = np.array([MARKET if text in markets else 1.0 for text in seek_texts], dtype=np.float32)
    answers = np.zeros((n, n), dtype=np.float32)
    wish_weight: list[dict[int, float]] = []
    for b, columns in enumerate(seek_index):
        cols = sorted(set(columns))
        if not cols:
            wish_weight.append({})
            continue
        # "Distributors for its fibre lasers": a phrase after "its" names what b sells, not
        # what b needs.
        own = {c: 1.0 for c in cols}
        for column, phrase in zip(columns, profiles[b].seeks, strict=True):
            if not phrase.own:
                own[column] = 0.0
        weights = (
            seek_weight[cols]
            * market[cols]
            * (1.0 - OWN_PRODUCTS * np.array([own[c] for c in cols], dtype=np.float32))
        )
        wish_weight.append(dict(zip(cols, weights.tolist(), strict=True)))
        weighted = best[:, cols] * weights
        share = weighted.sum(axis=1) / max(float(weights.sum()), 1e-6)
        answers[:, b] = 0.6 * weighted.max(axis=1) + 0.4 * np.minimum(1.0, 2.0 * share)
    np.fill_diagonal(answers, 0.0)
    forward, backward = answers, answers.T
    text = TEXT_BEST * np.maximum(forward, backward) + TEXT_OTHER * np.minimum(forward, backward)

    roles = np.array([p.role for p in profiles], dtype=np.intp)
    chain = _complement()[roles[:, None], roles[None, :]] * CHAIN

    vocabulary: dict[str, int] = {}
    for p in profiles:
        for term in (*p.sectors, *p.areas):
            vocabulary.setdefault(term, len(vocabulary))
    sector_hot = _multi_hot([p.sectors for p in profiles], vocabulary)
    area_hot = _multi_hot([p.areas for p in profiles], vocabulary)
    serves = area_hot @ sector_hot.T  # a works for b's sector
    serves = np.maximum(serves, serves.T) > 0
    shared_areas = area_hot @ area_hot.T
    shared_sectors = sector_hot @ sector_hot.T
    enabling = np.array([any(s in ENABLING for s in p.sectors) for p in profiles], dtype=bool)
    applied = {t for p in profiles for t in p.areas} | APPLYING
    applying = [tuple(s for s in p.sectors if s in applied) for p in profiles]
    applies_to = np.array([bool(a) for a in applying], dtype=bool)
    applies = (
        (enabling[:, None] & applies_to[None, :]) | (enabling[None, :] & applies_to[:, None])
    ) & (shared_sectors == 0)
    sectors = SECTORS * np.minimum(
        1.0, 0.5 * serves + 0.3 * applies + 0.2 * np.minimum(shared_areas, 2.0)
    ).astype(np.float32)

    countries_of = np.array([p.country for p in profiles], dtype=object)
    known = countries_of != ""
    differ = (countries_of[:, None] != countries_of[None, :]) & known[:, None] & known[None, :]
    local = countries_of == mission_country if mission_country else np.zeros(n, dtype=bool)
    one_local = local[:, None] ^ local[None, :]
    countries = (
        COUNTRIES * np.where(differ & one_local, 1.0, np.where(differ, 2 / 3, 0.0))
    ).astype(np.float32)

    total = np.clip(text + chain + sectors + countries, 0.0, 100.0).astype(np.float32)
    np.fill_diagonal(total, 0.0)
    return _Scores(
        profiles=profiles,
        total=total,
        answers=answers,
        chain=chain.astype(np.float32),
        sectors=sectors,
        countries=countries,
        match=match,
        offer_index=offer_index,
        seek_index=seek_index,
        wish_weight=wish_weight,
        applying=applying,
        mission_country=mission_country,
    )


# --------------------------------------------------------------------------- reasons

_VERBS = {
    "offers": "offers",
    "technology": "offers",
    "area": "works for",
}


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return (
        str(getattr(found, "common_name", None) or getattr(found, "name", code)) if found else code
    )


def _text_reason(scores: _Scores, offerer: int, seeker: int) -> str | None:
    """``<seeker> seeks “…” — <offerer> offers “…”``, for the best answered wish."""
    offers = scores.profiles[offerer].offers
    seeks = scores.profiles[seeker].seeks
    rows = scores.offer_index[offerer]
    best_value, best_pair = 0.0, None
    weights = scores.wish_weight[seeker]
    for s, column in enumerate(scores.seek_index[seeker]):
        for o, row in enumerate(rows):
            value = float(scores.match[row, column]) * weights.get(column, 0.0)
            # The offers text before lists, and longer phrases before their pieces.
            bonus = (0.001 if offers[o].source == "offers" else 0.0) + 0.0001 * len(offers[o].text)
            if value > 0 and value + bonus > best_value:
                best_value, best_pair = value + bonus, (o, s)
    if best_pair is None:
        return None
    offer, seek = offers[best_pair[0]], seeks[best_pair[1]]
    if offer.source == "position":
        what = (
            offer.clause
            if offer.clause[1:2].isupper()
            else offer.clause[:1].lower() + offer.clause[1:]
        )
        said = f"is {'an' if what[:1].lower() in 'aeio' else 'a'} {what}"
    else:
        said = f"{_VERBS[offer.source]} “{_quote(offer)}”"
    seeker_name, offerer_name = scores.profiles[seeker].name, scores.profiles[offerer].name
    return f"{seeker_name} seeks “{_quote(seek)}” — {offerer_name} {said}"


def _chain_reason(scores: _Scores, a: int, b: int) -> str | None:
    if scores.chain[a, b] < CHAIN_REASON * CHAIN:
        return None
    first, second = scores.profiles[a], scores.profiles[b]
    if _ORDER.index(second.role) < _ORDER.index(first.role):
        first, second = second, first
    left, right = first.role_words(), second.role_words()
    return f"{left[:1].upper()}{left[1:]} ↔ {right}"


def _sector_reason(scores: _Scores, a: int, b: int) -> str | None:
    if scores.sectors[a, b] <= 0:
        return None
    pa, pb = scores.profiles[a], scores.profiles[b]
    for one, other in ((pa, pb), (pb, pa)):
        served = [s for s in other.sectors if s in one.areas]
        if served:
            return f"{one.name} works for {served[0]}, the sector of {other.name}"
    for one, other, applying in ((pa, pb, scores.applying[b]), (pb, pa, scores.applying[a])):
        enabling = [s for s in one.sectors if s in ENABLING]
        if enabling and applying and not set(one.sectors) & set(other.sectors):
            return f"{enabling[0].capitalize()} meets {applying[0]}, a sector that applies it"
    shared = [area for area in pa.areas if area in pb.areas]
    if shared:
        return f"Both work for {' and '.join(shared[:2])}"
    return None


def _country_reason(scores: _Scores, a: int, b: int) -> str | None:
    if scores.countries[a, b] <= 0:
        return None
    pa, pb = scores.profiles[a], scores.profiles[b]
    home = scores.mission_country
    if home and (pa.country == home) != (pb.country == home):
        visitor = pa if pb.country == home else pb
        return (
            f"Visitor from {_country_name(visitor.country)} meets a local organisation "
            f"({_country_name(home)})"
        )
    return f"From different countries ({_country_name(pa.country)}, {_country_name(pb.country)})"


def _reasons(scores: _Scores, requester: int, target: int) -> tuple[str, ...]:
    found = [
        _text_reason(scores, target, requester),
        _text_reason(scores, requester, target),
        _chain_reason(scores, requester, target),
        _sector_reason(scores, requester, target),
        _country_reason(scores, requester, target),
    ]
    return tuple(dict.fromkeys(r for r in found if r))


# --------------------------------------------------------------------------- public API


def _direction(scores: _Scores, a: int, b: int) -> tuple[int, int]:
    """(requester, target): the side whose wishes the other answers best asks."""
    pa, pb = scores.profiles[a], scores.profiles[b]
    a_asks, b_asks = float(scores.answers[b, a]), float(scores.answers[a, b])
    if abs(a_asks - b_asks) > 1e-6:
        return (a, b) if a_asks > b_asks else (b, a)
    home = scores.mission_country
    if home and (pa.country == home) != (pb.country == home):
        return (b, a) if pa.country == home else (a, b)
    return (
        (a, b) if (pa.name.casefold(), str(pa.key)) <= (pb.name.casefold(), str(pb.key)) else (b, a)
    )


def _candidates(session: Session, mission_id: uuid.UUID) -> tuple[_Scores, IntArray, IntArray]:
    """Every pair of profiles (a < b) that no request or meeting links yet, scored."""
    import numpy as np

    mission = get_mission(session, mission_id)
    profiles, linked = _load(session, mission_id)
    scores = _score(profiles, (mission.country or "").upper())
    n = len(profiles)
    owner = {p.registration_id: k for k, profile in enumerate(profiles) for p in profile.people}
    covered = np.array(
        sorted(
            {
                min(owner[a], owner[b]) * n + max(owner[a], owner[b])
                for a, b in linked
                if a in owner and b in owner
            }
        ),
        dtype=np.intp,
    )
    firsts, seconds = np.triu_indices(n, k=1)
    free = ~np.isin(firsts * n + seconds, covered)
    return scores, firsts[free], seconds[free]


def suggest_meetings(
    session: Session,
    mission_id: uuid.UUID,
    *,
    limit: int | None = 50,
    for_registration: uuid.UUID | None = None,
) -> list[Suggestion]:
    """The best meetings nobody asked for yet, best first (score, then names); ``limit=None``
    for every candidate pair with a score above 0. ``for_registration``: only that person's."""
    import numpy as np

    scores, firsts, seconds = _candidates(session, mission_id)
    profiles = scores.profiles
    only: int | None = None
    if for_registration is not None:
        only = next(
            (
                k
                for k, profile in enumerate(profiles)
                if any(p.registration_id == for_registration for p in profile.people)
            ),
            None,
        )
        if only is None:
            raise NotFoundError("That person does not take part in the mission's meetings.")
        mine = (firsts == only) | (seconds == only)
        firsts, seconds = firsts[mine], seconds[mine]
    values = np.round(scores.total[firsts, seconds].astype(np.float64), 1)
    # A pair with nothing going for it is no suggestion.
    chosen = np.flatnonzero(values > 0)
    if limit is not None and limit < len(chosen):
        if limit <= 0:
            return []
        # The best ``limit`` and those tied with the last: names decide among them below.
        kept = values[chosen]
        threshold = np.partition(kept, len(kept) - limit)[len(kept) - limit]
        chosen = chosen[kept >= threshold]

    def person(k: int) -> _Person:
        people = profiles[k].people
        if k == only:
            return next(p for p in people if p.registration_id == for_registration)
        return people[0]

    found: list[tuple[Suggestion, int, int]] = []
    for k in chosen.tolist():
        requester, target = _direction(scores, int(firsts[k]), int(seconds[k]))
        asker, asked = person(requester), person(target)
        suggestion = Suggestion(
            requester_id=asker.registration_id,
            requester=asker.name,
            requester_email=asker.email,
            requester_organisation=profiles[requester].name,
            requester_country=profiles[requester].country,
            target_id=asked.registration_id,
            target=asked.name,
            target_email=asked.email,
            target_organisation=profiles[target].name,
            target_country=profiles[target].country,
            score=float(values[k]),
            reasons=(),
        )
        found.append((suggestion, requester, target))
    found.sort(
        key=lambda f: (
            -f[0].score,
            f[0].requester.casefold(),
            f[0].target.casefold(),
            str(f[0].requester_id),
            str(f[0].target_id),
        )
    )
    if limit is not None:
        found = found[:limit]
    return [replace(s, reasons=_reasons(scores, a, b)) for s, a, b in found]


def find_participant(session: Session, mission_id: uuid.UUID, email: str) -> uuid.UUID:
    """The registration of the person with that e-mail among the mission's participants."""
    address = normalise_email(email) or ""
    found = session.scalar(
        select(Registration.id)
        .join(Person, Registration.person_id == Person.id)
        .where(
            Registration.mission_id == mission_id,
            Person.email == address,
            Registration.status.in_(TAKING_PART),
            Person.erased_at.is_(None),
        )
    )
    if found is None:
        raise NotFoundError(f"{address or email} does not take part in the mission's meetings.")
    return found


def accept_suggestion(
    session: Session, mission_id: uuid.UUID, requester_id: uuid.UUID, target_id: uuid.UUID
) -> uuid.UUID:
    """Make a suggestion a request of priority 3 (the lowest: nobody asked for it); returns
    the request's id, for ``b2b.delete_request`` on undo. Refused when the two already asked
    each other, so that an undo never removes a request someone made."""
    existing = session.scalar(
        select(MeetingRequest.id).where(
            MeetingRequest.mission_id == mission_id,
            (
                (MeetingRequest.requester_id == requester_id)
                & (MeetingRequest.target_id == target_id)
            )
            | (
                (MeetingRequest.requester_id == target_id)
                & (MeetingRequest.target_id == requester_id)
            ),
        )
    )
    if existing is not None:
        raise ValidationError("These two already have a meeting request; nothing was added.")
    return set_request(session, mission_id, requester_id, target_id, SUGGESTED_PRIORITY)
