"""Key performance indicators, counted from the records themselves, never from typed-in totals.

The same report feeds the dashboard, ``pimap kpi --json`` and the report sent to the funder. What
each figure means:

Which missions count: held missions, and the pipeline
    The missions chosen by the filter: one mission, and/or the missions of one year (a mission's
    year is the year of its first day: every figure of a mission, its follow-ups included, is
    credited to the year the mission took place). Among them, the figures count only the
    missions **held** by the "as of" date (``as_of``, today unless given): a mission is held
    when its last day is before that date, or when it is *closed* and its first day is not
    after that date (a date before the mission never sees it held). A *draft* is never held.

    The other missions chosen (upcoming, or running) are the **pipeline**: their figures are
    counted apart (``KpiReport.planned``), by the same definitions, never added to the figures
    of the held missions and never compared with targets. A draft mission is a plan, not an
    activity: it is in neither, except when it is chosen by itself (it is then the pipeline).
    So every total, breakdown and target comparison is about held missions only, like for like.

Missions held, workshops held
    Held missions as above. Missions of kind *workshop* are workshops; the others (business
    missions, fair participations, matchmaking events) are missions.

Participants
    Distinct people with a registration that is *confirmed*, or *checked in* on site (a walk-in
    may be checked in before being confirmed). A registration marked cancelled or no-show never
    counts. A person registered in two missions is one participant of the two together, and one in
    each of them.

SMEs engaged
    Distinct organisations of kind SME of the participants. A large company, a research centre or
    a cluster is not an SME, whatever its size.

Meetings requested
    Distinct pairs of registrations among the meeting requests, whatever their answer: what was
    asked for, declined included. A pair who asked each other (a mutual request) is one meeting
    requested.

Meetings scheduled, held, no-show, cancelled
    Meetings by status: *scheduled* counts every meeting that was not cancelled (still scheduled,
    held, or a no-show); *held* and *no-show* are the meetings with that status.

Follow-ups, agreements, MoUs
    Follow-up records, by outcome. A follow-up belongs to its own mission, or else to the mission of
    its meeting, and counts with that mission. A follow-up with neither (a contact made outside any
    mission) is activity of no mission: it counts in no figure, and the report says how many there
    are (``followups_without_mission``, when neither a mission nor a year is chosen).
    *Agreements signed* are the follow-ups with the outcome "agreement or contract signed", *MoUs
    signed* those with "MoU signed": each follow-up with that outcome is one agreement.

Funnel
    Meetings, stage by stage: Requested -> Scheduled -> Held as above; *Followed up*: held
    meetings with at least one follow-up counted above; *Agreement or MoU*: held meetings with an
    agreement or an MoU among those follow-ups. The funnel counts meetings, the cards signed
    follow-ups: a meeting that led to two signatures is one meeting, and a signature recorded for
    a contact without a held meeting is in the cards only. ``signed_outside_funnel`` counts the
    agreements and MoUs that are not tied to a held meeting of the funnel; ``funnel_note`` says
    the difference in words.

Clusters and countries
    A person's cluster and country are those of their organisation (its cluster membership and its
    country); people without an organisation, or organisations without a cluster or country, fall
    under "(none)". A meeting request, a meeting or a follow-up belongs to the cluster and country
    of each organisation involved: both sides of a request, every participant of a meeting, and for
    a follow-up its organisation, its contact's organisation and the participants of its meeting.
    So a meeting between members of two clusters counts once in each, and the rows of a breakdown
    may add up to more than the total. A mission belongs to a cluster or a country when at least
    one of its participants does.

Cluster filter
    Choosing a cluster keeps the participants (and their SMEs) of that cluster, the requests,
    meetings and follow-ups that involve at least one of its organisations, and as missions held
    those with at least one of its participants. The missions named as counted (``held``) or as
    the pipeline are all those chosen, whoever took part.

Targets
    The targets of the KPI records (``KpiTarget``) that match the choice; they are entered with
    ``set_targets`` (the dashboard's Targets… dialog, ``pimap kpi-target``), for a mission
    (possibly for one cluster of it) or for a year (for one cluster, or all clusters together).
    A target is compared only with what held missions did, and only once the choice has a held
    mission: before that, no figure has a target (a planned mission's targets wait for it).

    - A mission chosen: the mission's targets (for the chosen cluster, or for the whole mission
      when none is chosen), once it is held.
    - A year chosen: a target set for exactly that cluster (or all clusters) and year; when there
      is none, the sum of the targets of that year's missions that are *held*.
    - Neither: a target set for exactly that cluster (or all clusters) and no year (older data:
      such targets can no longer be entered); when there is none, the sum of the targets of the
      years that have a held mission, each year's target taken as just above. So a cluster's
      figures over all years are compared with the sum of its yearly targets.

    A total over several missions thus compares what was achieved with the targets of what has
    been done: a mission to come adds neither figures nor its targets, which count from the day
    it is held. A yearly target counts in full from the day the year's first mission is held.
    Targets that older data holds twice for the same scope add up. A figure without a target
    shows none.

Breakdowns list every cluster (zeros included; only the chosen one under a cluster filter), then
"(none)" when anything falls there; the countries that have figures; the year of every held
mission counted. Each row has the same figures as the total, outcomes included; cluster and year
rows carry their targets by the rules above, country rows have none. The pipeline has a total
only.

``describe_counting`` says in words what is counted ("1 mission and 1 workshop held between 17
January and 14 October 2026 (PW2026, WS-PT-2026)") and what is not (the missions not held yet,
the drafts): the dashboard, the reports and ``pimap kpi`` print it.

Everything is computed from a handful of column-only queries, never ORM objects and never a
whole table. What needs no place is counted by the database: meetings by mission and status, and
the pipeline's figures when no cluster is chosen. The facts of the held missions are read once,
grouped by mission in SQL and handed over as one string per column (``group_concat`` on SQLite):
each registration with its person's organisation (joined in the database), the pairs asked to
meet, the participants of the meetings; they are then placed with dictionaries (registration ->
cluster and country) and counted with sets and counters over whole columns, never a Python loop
per participant or request (benchmarks/bench_kpi.py; see _Counter).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import compress, repeat
from operator import eq, itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from pimap_desktop.domain.enums import (
    FollowUpOutcome,
    KpiMetric,
    MeetingStatus,
    MissionKind,
    MissionStatus,
    OrganisationKind,
    RegistrationStatus,
)
from pimap_desktop.domain.errors import NotFoundError, ValidationError
from pimap_desktop.domain.models import (
    Cluster,
    FollowUp,
    KpiTarget,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    Registration,
    meeting_participants,
)
from pimap_desktop.services.language import DocumentLanguage, english
from pimap_desktop.services.missions.missions import get_mission_by_code
from pimap_desktop.services.unit import transaction
from pimap_desktop.text import ServiceWords

NONE_KEY = "(none)"  # the breakdown row of people and records without a cluster or country

FUNNEL_STAGES = ("Requested", "Scheduled", "Held", "Followed up", "Agreement or MoU")

# Registrations that never count as taking part, whatever else they say.
NOT_COUNTED = (RegistrationStatus.CANCELLED, RegistrationStatus.NO_SHOW)
SIGNED = (FollowUpOutcome.AGREEMENT_SIGNED, FollowUpOutcome.MOU_SIGNED)
NOT_CANCELLED = (MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class KpiFilter:
    """What the figures are about; None means "all"."""

    mission_id: uuid.UUID | None = None
    cluster_id: uuid.UUID | None = None
    year: int | None = None


@dataclass(frozen=True)
class TargetStatus:
    metric: KpiMetric
    actual: int
    target: int | None

    @property
    def ratio(self) -> float | None:
        """Actual over target (1.0 = reached); None without a (non-zero) target."""
        return self.actual / self.target if self.target else None

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.actual >= self.target

    def to_json(self) -> dict[str, Any]:
        return {"metric": self.metric.value, "actual": self.actual, "target": self.target}


@dataclass(frozen=True)
class Breakdown:
    """The figures of one cluster, one country or one year."""

    key: str  # cluster name, ISO country code, year, or NONE_KEY
    missions_held: int
    workshops_held: int
    smes_engaged: int
    participants: int
    meetings_requested: int
    meetings_scheduled: int
    meetings_held: int
    meetings_no_show: int
    meetings_cancelled: int
    followups: int
    outcomes: dict[FollowUpOutcome, int]  # every outcome, 0 when none
    agreements_signed: int
    mous_signed: int
    targets: tuple[TargetStatus, ...] = ()  # clusters and years; none for countries

    def actual(self, metric: KpiMetric) -> int:
        return int(getattr(self, metric.value))

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            **_figures_json(self),
            "targets": [t.to_json() for t in self.targets],
        }


@dataclass(frozen=True)
class MissionRef:
    """A mission as the words about the figures name it."""

    code: str
    name: str
    kind: MissionKind
    status: MissionStatus
    start: date
    end: date

    @property
    def workshop(self) -> bool:
        return self.kind is MissionKind.WORKSHOP

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind.value,
            "status": self.status.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }


@dataclass(frozen=True)
class Pipeline:
    """What is planned: the figures of the missions chosen that are not held yet (upcoming or
    running; a draft only when chosen by itself), by the same definitions as the held ones,
    never added to them and never compared with targets."""

    missions: tuple[MissionRef, ...]  # the missions chosen not held yet, by first day
    smes_engaged: int
    participants: int
    meetings_requested: int
    meetings_scheduled: int
    meetings_held: int
    meetings_no_show: int
    meetings_cancelled: int
    followups: int
    outcomes: dict[FollowUpOutcome, int]  # every outcome, 0 when none
    agreements_signed: int
    mous_signed: int

    @property
    def missions_planned(self) -> int:
        return sum(1 for m in self.missions if not m.workshop)

    @property
    def workshops_planned(self) -> int:
        return sum(1 for m in self.missions if m.workshop)

    def to_json(self) -> dict[str, Any]:
        return {
            "missions_planned": self.missions_planned,
            "workshops_planned": self.workshops_planned,
            "missions": [m.to_json() for m in self.missions],
            **_counts_json(self),
        }


@dataclass(frozen=True)
class KpiReport:
    """The figures of the missions held by ``as_of`` (at the top level, in the breakdowns and
    against the targets), and apart, the pipeline of the missions not held yet."""

    mission_code: str | None  # the filter, echoed
    cluster_name: str | None
    year: int | None
    as_of: date  # the day that decides which missions are held
    missions_held: int
    workshops_held: int
    smes_engaged: int
    participants: int
    meetings_requested: int
    meetings_scheduled: int
    meetings_held: int
    meetings_no_show: int
    meetings_cancelled: int
    followups: int
    followups_by_outcome: dict[FollowUpOutcome, int]  # every outcome, 0 when none
    agreements_signed: int
    mous_signed: int
    funnel: tuple[tuple[str, int], ...]  # (stage, count) in FUNNEL_STAGES order
    targets: tuple[TargetStatus, ...]  # one per KpiMetric, target None where not set
    by_cluster: tuple[Breakdown, ...]  # by cluster name, NONE_KEY last
    by_country: tuple[Breakdown, ...]  # by ISO code, NONE_KEY last
    by_year: tuple[tuple[int, Breakdown], ...]  # oldest first
    held: tuple[MissionRef, ...] = ()  # the held missions chosen, by first day
    planned: Pipeline | None = None  # None only in hand-made reports
    drafts: tuple[MissionRef, ...] = ()  # drafts among the missions chosen, never counted
    followups_without_mission: int = 0  # follow-ups of no mission (not counted)
    signed_outside_funnel: int = 0  # agreements and MoUs not tied to a held meeting

    @property
    def today(self) -> date:
        """The "as of" date under its former name."""
        return self.as_of

    @property
    def outcomes(self) -> dict[FollowUpOutcome, int]:
        return self.followups_by_outcome

    @property
    def pipeline(self) -> Pipeline:
        return self.planned if self.planned is not None else _EMPTY_PIPELINE

    def actual(self, metric: KpiMetric) -> int:
        return int(getattr(self, metric.value))

    def to_json(self) -> dict[str, Any]:
        return {
            "mission": self.mission_code,
            "cluster": self.cluster_name,
            "year": self.year,
            "as_of": self.as_of.isoformat(),
            "counted": describe_counting(self),
            **_figures_json(self),
            "funnel": [{"stage": stage, "count": count} for stage, count in self.funnel],
            "signed_outside_funnel": self.signed_outside_funnel,
            "followups_without_mission": self.followups_without_mission,
            "targets": [t.to_json() for t in self.targets],
            "by_cluster": [b.to_json() for b in self.by_cluster],
            "by_country": [b.to_json() for b in self.by_country],
            "by_year": [{"year": year, **b.to_json()} for year, b in self.by_year],
            "held": [m.to_json() for m in self.held],
            "planned": self.pipeline.to_json(),
            "drafts": [m.to_json() for m in self.drafts],
        }


_EMPTY_PIPELINE = Pipeline(
    missions=(),
    smes_engaged=0,
    participants=0,
    meetings_requested=0,
    meetings_scheduled=0,
    meetings_held=0,
    meetings_no_show=0,
    meetings_cancelled=0,
    followups=0,
    outcomes={o: 0 for o in FollowUpOutcome},
    agreements_signed=0,
    mous_signed=0,
)


def _figures_json(figures: Breakdown | KpiReport) -> dict[str, Any]:
    return {
        "missions_held": figures.missions_held,
        "workshops_held": figures.workshops_held,
        **_counts_json(figures),
    }


def _counts_json(figures: Breakdown | KpiReport | Pipeline) -> dict[str, Any]:
    outcomes = figures.outcomes
    return {
        "smes_engaged": figures.smes_engaged,
        "participants": figures.participants,
        "meetings_requested": figures.meetings_requested,
        "meetings_scheduled": figures.meetings_scheduled,
        "meetings_held": figures.meetings_held,
        "meetings_no_show": figures.meetings_no_show,
        "meetings_cancelled": figures.meetings_cancelled,
        "followups": figures.followups,
        "followups_by_outcome": {o.value: n for o, n in outcomes.items()},
        "agreements_signed": figures.agreements_signed,
        "mous_signed": figures.mous_signed,
    }


# --------------------------------------------------------------------------- in words

MOST_CODES = 8  # codes named in a sentence; the rest are counted


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _day(day: date, words: DocumentLanguage) -> str:
    return words.date(day)


def _between(first: date, last: date, words: DocumentLanguage) -> str:
    """``on 14 October 2026``, ``between 17 and 23 January 2026``, ``between 17 January and 14
    October 2026``, or both years in full (CLDR's dates in the report's language)."""
    if first == last:
        return words._("on {date}").format(date=_day(first, words))
    if (first.year, first.month) == (last.year, last.month):
        return words._("between {day} and {last}").format(day=first.day, last=_day(last, words))
    start = words.day_month(first) if first.year == last.year else _day(first, words)
    return words._("between {first} and {last}").format(first=start, last=_day(last, words))


def _codes(missions: Sequence[MissionRef], words: DocumentLanguage) -> str:
    codes = [m.code for m in missions]
    if len(codes) <= MOST_CODES:
        return ", ".join(codes)
    return words._("{codes} and {count} more").format(
        codes=", ".join(codes[:MOST_CODES]), count=len(codes) - MOST_CODES
    )


def missions_phrase(
    missions: Sequence[MissionRef], language: DocumentLanguage | None = None
) -> str:
    """``1 mission and 1 workshop``, ``2 missions``, ``3 workshops`` (``no mission``)."""
    words = language or english()
    workshops = sum(1 for m in missions if m.workshop)
    others = len(missions) - workshops
    parts = []
    if others:
        parts.append(
            words.ngettext("{count} mission", "{count} missions", others).format(count=others)
        )
    if workshops:
        parts.append(
            words.ngettext("{count} workshop", "{count} workshops", workshops).format(
                count=workshops
            )
        )
    return words.and_list(parts) if parts else words._("no mission")


def counted_sentence(report: KpiReport, language: DocumentLanguage | None = None) -> str:
    """``Counted: 1 mission and 1 workshop held between 17 January and 14 October 2026 (PW2026,
    WS-PT-2026), as of 1 December 2026.``"""
    words = language or english()
    held = report.held
    if not held:
        return words._("Counted: no mission held yet, as of {date}.").format(
            date=_day(report.as_of, words)
        )
    first, last = min(m.start for m in held), max(m.end for m in held)
    return words._("Counted: {missions} held {when} ({codes}), as of {date}.").format(
        missions=missions_phrase(held, words),
        when=_between(first, last, words),
        codes=_codes(held, words),
        date=_day(report.as_of, words),
    )


def not_counted_sentence(report: KpiReport, language: DocumentLanguage | None = None) -> str:
    """``Not counted: 2 missions and 2 workshops not held yet (…), shown apart as the pipeline;
    2 drafts (…).``, or "" when everything chosen is counted."""
    words = language or english()
    left: list[str] = []
    planned = report.pipeline.missions
    if planned:
        left.append(
            words._("{missions} not held yet ({codes}), shown apart as the pipeline").format(
                missions=missions_phrase(planned, words), codes=_codes(planned, words)
            )
        )
    if report.drafts:
        count = len(report.drafts)
        left.append(
            words.ngettext("{count} draft ({codes})", "{count} drafts ({codes})", count).format(
                count=count, codes=_codes(report.drafts, words)
            )
        )
    if report.followups_without_mission:
        count = report.followups_without_mission
        left.append(
            words.ngettext(
                "{count} follow-up recorded outside any mission",
                "{count} follow-ups recorded outside any mission",
                count,
            ).format(count=count)
        )
    if not left:
        return ""
    return words._("Not counted: {parts}.").format(parts="; ".join(left))


def describe_counting(report: KpiReport, language: DocumentLanguage | None = None) -> str:
    """What the figures count and what they leave out, in words: "Counted: 1 mission and 1
    workshop held between 17 January and 14 October 2026 (PW2026, WS-PT-2026), as of 1
    December 2026. Not counted: 2 missions and 2 workshops not held yet (…), shown apart as the
    pipeline; 2 drafts (…)." """
    sentences = (counted_sentence(report, language), not_counted_sentence(report, language))
    return " ".join(s for s in sentences if s)


def pipeline_figures(pipeline: Pipeline) -> str:
    """``65 participants, 37 SMEs engaged, 85 meetings requested, 0 scheduled``, and what was
    held or followed up already (a running mission)."""
    parts = [
        _plural(pipeline.participants, "participant"),
        f"{_plural(pipeline.smes_engaged, 'SME')} engaged",
        f"{_plural(pipeline.meetings_requested, 'meeting')} requested",
        f"{pipeline.meetings_scheduled} scheduled",
    ]
    if pipeline.meetings_held:
        parts.append(f"{pipeline.meetings_held} held")
    if pipeline.followups:
        parts.append(_plural(pipeline.followups, "follow-up"))
    return ", ".join(parts)


def funnel_note(report: KpiReport, language: DocumentLanguage | None = None) -> str:
    """Why the funnel's last stage and the agreements and MoUs signed may differ ("" when there
    is nothing signed)."""
    words = language or english()
    signed = report.agreements_signed + report.mous_signed
    if not signed:
        return ""
    meetings = report.funnel[-1][1] if report.funnel else 0
    first = words.ngettext(
        "The funnel counts meetings: {count} held meeting led to an agreement or an MoU.",
        "The funnel counts meetings: {count} held meetings led to an agreement or an MoU.",
        meetings,
    ).format(count=meetings)
    agreements = words.ngettext(
        "{count} agreement", "{count} agreements", report.agreements_signed
    ).format(count=report.agreements_signed)
    mous = words.ngettext("{count} MoU", "{count} MoUs", report.mous_signed).format(
        count=report.mous_signed
    )
    second = words._("The figures count signatures: {agreements} and {mous} signed").format(
        agreements=agreements, mous=mous
    )
    outside = report.signed_outside_funnel
    several = signed - outside - meetings
    extra = []
    if outside:
        extra.append(words._("{count} of them without a held meeting").format(count=outside))
    if several > 0:
        extra.append(
            words._("{count} more at a meeting that already led to one").format(count=several)
        )
    return f"{first} {second}" + (f" ({'; '.join(extra)})." if extra else ".")


# --------------------------------------------------------------------------- filter choices


def kpi_filters(
    session: Session,
) -> tuple[list[tuple[uuid.UUID, str, str]], list[tuple[uuid.UUID, str]], list[int]]:
    """The dashboard's choices: missions (id, code, name) newest first, clusters (id, name) by
    name, and the years that have missions, newest first."""
    missions = session.execute(
        select(Mission.id, Mission.code, Mission.name, Mission.start_date).order_by(
            Mission.start_date.desc(), Mission.code
        )
    ).all()
    clusters = session.execute(select(Cluster.id, Cluster.name).order_by(Cluster.name)).all()
    years = sorted({start.year for _, _, _, start in missions}, reverse=True)
    return (
        [(mid, code, name) for mid, code, name, _ in missions],
        [(cid, name) for cid, name in clusters],
        years,
    )


def find_cluster(session: Session, text: str) -> uuid.UUID:
    """The cluster a person names: its name or its short name, in any case."""
    wanted = text.strip().casefold()
    for cluster_id, name, short in session.execute(
        select(Cluster.id, Cluster.name, Cluster.short_name).order_by(Cluster.name)
    ):
        if wanted and wanted in (name.casefold(), short.casefold()):
            return cluster_id
    raise NotFoundError(ServiceWords.say("There is no cluster called '%1'.", text.strip()))


def cluster_name(session: Session, cluster_id: uuid.UUID) -> str:
    name = session.scalar(select(Cluster.name).where(Cluster.id == cluster_id))
    if name is None:
        raise NotFoundError(
            ServiceWords.say("That cluster no longer exists; it may have been deleted.")
        )
    return name


def kpi_filter_for(
    session: Session,
    *,
    mission_code: str | None = None,
    cluster: str | None = None,
    year: int | None = None,
) -> KpiFilter:
    """A filter from what a person types: a mission code, a cluster's name or short name."""
    return KpiFilter(
        mission_id=get_mission_by_code(session, mission_code).id if mission_code else None,
        cluster_id=find_cluster(session, cluster) if cluster else None,
        year=year,
    )


# --------------------------------------------------------------------------- entering targets

MAX_TARGET = 1_000_000  # far above any mission's figures; refuses a slip of the keyboard
FIRST_YEAR, LAST_YEAR = 1900, 2999


@dataclass(frozen=True)
class TargetRow:
    """A target as entered: a metric's figure for one scope (a mission, possibly for one of its
    clusters; or a year, for one cluster or for all)."""

    metric: KpiMetric
    target: int
    mission_id: uuid.UUID | None
    cluster_id: uuid.UUID | None
    year: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric.value,
            "label": self.metric.label,
            "target": self.target,
            "mission_id": str(self.mission_id) if self.mission_id else None,
            "cluster_id": str(self.cluster_id) if self.cluster_id else None,
            "year": self.year,
        }


def _metric_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def parse_metric(text: str) -> KpiMetric:
    """A metric from its value (``mous_signed``) or its label (``MoUs signed``, ``Follow-ups``),
    in any case, with spaces, hyphens or underscores; ValueError lists the choices."""
    wanted = _metric_key(text)
    for metric in KpiMetric:
        if wanted and wanted in (_metric_key(metric.value), _metric_key(metric.label)):
            return metric
    choices = ", ".join(m.value for m in KpiMetric)
    raise ValueError(f"'{text.strip()}' is not a KPI metric; choose one of: {choices}")


def _check_scope(
    session: Session, mission_id: uuid.UUID | None, cluster_id: uuid.UUID | None, year: int | None
) -> None:
    """A scope names a mission (possibly with a cluster), or a year (possibly with a cluster);
    never both, never neither; and what it names exists."""
    if mission_id is not None and year is not None:
        raise ValidationError(
            ServiceWords.say(
                "A target is for a mission or for a year, not both: a mission's year is that "
                "of its dates."
            ),
            field="year",
        )
    if mission_id is None and year is None:
        raise ValidationError(
            ServiceWords.say("Choose a mission or a year to set targets for."), field="mission"
        )
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(ServiceWords.say("%1 is not a year like 2027.", year), field="year")
    if mission_id is not None and session.get(Mission, mission_id) is None:
        raise NotFoundError(
            ServiceWords.say("That mission no longer exists; it may have been deleted.")
        )
    if cluster_id is not None and session.get(Cluster, cluster_id) is None:
        raise NotFoundError(
            ServiceWords.say("That cluster no longer exists; it may have been deleted.")
        )


def _check_target(metric: KpiMetric, target: int | None) -> None:
    if target is None:
        return
    if target < 0:
        raise ValidationError(
            ServiceWords.say(
                "The target for %1 cannot be negative; leave it empty for no target.", metric
            ),
            field=metric.value,
        )
    if target > MAX_TARGET:
        most = f"{MAX_TARGET:,}"
        raise ValidationError(
            ServiceWords.say("The target for %1 is too large (at most %2).", metric, most),
            field=metric.value,
        )


def _is(column: Any, value: object) -> ColumnElement[bool]:
    """``column = value``, or ``column IS NULL`` for None (SQL's = never matches NULL)."""
    clause: ColumnElement[bool] = column.is_(None) if value is None else column == value
    return clause


def _of_scope(
    mission_id: uuid.UUID | None, cluster_id: uuid.UUID | None, year: int | None
) -> Select[KpiTarget]:
    return select(KpiTarget).where(
        _is(KpiTarget.mission_id, mission_id),
        _is(KpiTarget.cluster_id, cluster_id),
        _is(KpiTarget.year, year),
    )


def target_rows(
    session: Session,
    *,
    mission_id: uuid.UUID | None = None,
    cluster_id: uuid.UUID | None = None,
    year: int | None = None,
) -> tuple[TargetRow, ...]:
    """The targets set for exactly this scope, in the order of ``KpiMetric`` (older data holding
    one twice gives their sum, as the figures do)."""
    found = list_targets(session, mission_id=mission_id, cluster_id=cluster_id, year=year)
    return tuple(TargetRow(m, t, mission_id, cluster_id, year) for m, t in found.items())


def list_targets(
    session: Session,
    *,
    mission_id: uuid.UUID | None = None,
    cluster_id: uuid.UUID | None = None,
    year: int | None = None,
) -> dict[KpiMetric, int]:
    """Metric -> target for exactly this scope (None matches only a target without it: the
    targets of a mission are not those of one of its clusters), in the order of ``KpiMetric``."""
    rows = session.execute(
        _of_scope(mission_id, cluster_id, year).with_only_columns(
            KpiTarget.metric, KpiTarget.target
        )
    ).all()
    totals: Counter[KpiMetric] = Counter()
    for metric, target in rows:
        totals[metric] += target
    return {m: totals[m] for m in KpiMetric if m in totals}


def set_targets(
    session: Session,
    *,
    mission_id: uuid.UUID | None = None,
    cluster_id: uuid.UUID | None = None,
    year: int | None = None,
    targets: Mapping[KpiMetric, int | None],
) -> dict[KpiMetric, int | None]:
    """Set the targets of one scope: a mission (possibly for one cluster of it), or a year (for
    one cluster, or all clusters when ``cluster_id`` is None). Each metric given replaces the
    target of that scope (one record, never a second one); None removes it; metrics not given
    stay as they are. Returns the values before, for undo (None where there was none). Nothing
    is written when anything is refused; all of it is one transaction."""
    _check_scope(session, mission_id, cluster_id, year)
    for metric, target in targets.items():
        _check_target(metric, target)
    previous: dict[KpiMetric, int | None] = {}
    with transaction(session):
        existing: dict[KpiMetric, list[KpiTarget]] = {}
        for record in session.scalars(_of_scope(mission_id, cluster_id, year)):
            existing.setdefault(record.metric, []).append(record)
        for metric, target in targets.items():
            records = existing.get(metric, [])
            previous[metric] = sum(r.target for r in records) if records else None
            if target is None:
                for record in records:
                    session.delete(record)
            elif not records:
                session.add(
                    KpiTarget(
                        mission_id=mission_id,
                        cluster_id=cluster_id,
                        year=year,
                        metric=metric,
                        target=target,
                    )
                )
            else:
                first, *duplicates = records  # older data may hold a scope twice
                for record in duplicates:
                    session.delete(record)
                first.target = target  # no UPDATE when it is the same
    return previous


# --------------------------------------------------------------------------- facts
#
# The counting reads, for the missions whose facts it places (the held ones; the planned ones too
# when a cluster is chosen), only the columns it needs, as the driver gives them: keys stay what
# the database holds (they are only compared with each other; filters are applied in SQL with real
# UUIDs), enums stay their values. What needs no place is counted by the database (meetings by
# mission and status, the pipeline's figures). Where a fact belongs is the organisation of the
# registrations involved: the database joins each registration of the missions read to its
# person's organisation once, and the meetings and requests are then placed with dictionaries
# and counted with sets and counters over whole columns (``map``, ``zip``, ``Counter``), never a
# Python loop per participant. On SQLite each column
# comes back as one string (``group_concat``): a value handed over that way costs a tenth of a
# value in a row, which was most of the time before.


def _key(column: Any) -> ColumnElement[str]:
    """A key column as stored, without conversion to UUID (labelled apart: two organisation_id)."""
    return type_coerce(column, String()).label(None)


def _plain_rows(session: Session, statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    result = session.connection().execute(statement)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _columns(session: Session, statement: Select[*tuple[Any, ...]]) -> list[list[Any]]:
    """The rows of a column-only select, one list per column (aligned), "" for NULL. On SQLite,
    one ``group_concat`` per column: the values must hold no comma (keys, enum values)."""
    connection = session.connection()
    width = len(statement.selected_columns)
    if connection.dialect.name == "sqlite":
        inner = statement.subquery()
        row = connection.execute(
            select(*(func.group_concat(func.coalesce(column, "")) for column in inner.c))
        ).one()
        return [value.split(",") if value is not None else [] for value in row]
    rows = _plain_rows(session, statement)
    if not rows:
        return [[] for _ in range(width)]
    return [["" if v is None else v for v in column] for column in zip(*rows, strict=True)]


def _grouped(
    session: Session, statement: Select[*tuple[Any, ...]], keys: int
) -> list[tuple[tuple[Any, ...], list[list[Any]]]]:
    """The rows of a column-only select grouped by its first ``keys`` columns: (the group's
    values, the other columns of its rows as in ``_columns``). On SQLite, one row per group."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        inner = statement.subquery()
        columns = list(inner.c)
        grouped = select(
            *columns[:keys],
            *(func.group_concat(func.coalesce(column, "")) for column in columns[keys:]),
        ).group_by(*columns[:keys])
        return [
            (tuple(row[:keys]), [value.split(",") for value in row[keys:]])
            for row in connection.execute(grouped)
        ]
    groups: dict[tuple[Any, ...], list[list[Any]]] = {}
    for row in _plain_rows(session, statement):
        found = groups.get(row[:keys])
        if found is None:
            found = groups[row[:keys]] = [[] for _ in row[keys:]]
        for values, value in zip(found, row[keys:], strict=True):
            values.append("" if value is None else value)
    return list(groups.items())


@dataclass(frozen=True)
class _Mission:
    key: str
    id: uuid.UUID
    ref: MissionRef
    year: int
    held: bool

    @property
    def code(self) -> str:
        return self.ref.code

    @property
    def kind(self) -> MissionKind:
        return self.ref.kind

    @property
    def status(self) -> MissionStatus:
        return self.ref.status


# Where a fact belongs: (the organisation's key when it is an SME, its cluster's key, its
# country), for the organisation of a person; _NOWHERE for no organisation.
_Place = tuple[str | None, str | None, str | None]
_NOWHERE: _Place = (None, None, None)


class _Places(dict[Any, _Place]):
    """Key (of an organisation, or of a registration) -> place; _NOWHERE for any other key ("" for
    no organisation)."""

    def __missing__(self, key: Any) -> _Place:
        return _NOWHERE


class _ByRegistration(dict[Any, str | None]):
    """Registration -> its cluster or its country; the keys asked for but not known are kept in
    ``missing`` (their value is then None until they are read)."""

    def __init__(self) -> None:
        super().__init__()
        self.missing: set[Any] = set()

    def __missing__(self, key: Any) -> None:
        self.missing.add(key)


@dataclass(frozen=True)
class _Target:
    mission: str | None
    cluster: str | None
    year: int | None
    metric: KpiMetric
    target: int


def is_held(status: MissionStatus, start: date, end: date, as_of: date) -> bool:
    """Whether a mission is held by ``as_of``: its last day is past, or it is closed and has
    begun; never a draft."""
    if status is MissionStatus.DRAFT:
        return False
    return end < as_of or (status is MissionStatus.CLOSED and start <= as_of)


def _missions(session: Session, as_of: date) -> list[_Mission]:
    rows = session.execute(
        select(
            _key(Mission.id),
            Mission.id,
            Mission.code,
            Mission.name,
            Mission.kind,
            Mission.status,
            Mission.start_date,
            Mission.end_date,
        )
    ).all()
    return [
        _Mission(
            key=key,
            id=mid,
            ref=MissionRef(code, name, kind, status, start, end),
            year=start.year,
            held=is_held(status, start, end, as_of),
        )
        for key, mid, code, name, kind, status, start, end in rows
    ]


def _places(session: Session) -> _Places:
    """Organisation -> where its people's facts belong."""
    rows = session.execute(
        select(
            _key(Organisation.id),
            Organisation.kind,
            _key(Organisation.cluster_id),
            Organisation.country,
        )
    ).all()
    return _Places(
        (key, (key if kind is OrganisationKind.SME else None, cluster, country or None))
        for key, kind, cluster, country in rows
    )


def _targets(session: Session) -> list[_Target]:
    rows = session.execute(
        select(
            _key(KpiTarget.mission_id),
            _key(KpiTarget.cluster_id),
            KpiTarget.year,
            KpiTarget.metric,
            KpiTarget.target,
        )
    ).all()
    return [_Target(*row) for row in rows]


_COUNTS = and_(
    Registration.status.not_in(NOT_COUNTED),
    or_(
        Registration.status == RegistrationStatus.CONFIRMED,
        Registration.checked_in_at.is_not(None),
    ),
)


def _registrations(
    session: Session, scope: Sequence[uuid.UUID]
) -> list[tuple[tuple[Any, ...], list[list[Any]]]]:
    """The registrations of the missions ``scope`` by (mission, "y" when they count as taking
    part): columns (registration, person, organisation)."""
    return _grouped(
        session,
        select(
            _key(Registration.mission_id),
            case((_COUNTS, "y"), else_="n"),
            _key(Registration.id),
            _key(Registration.person_id),
            _key(Person.organisation_id),
        )
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.mission_id.in_(scope)),
        2,
    )


def _more_registrations(session: Session, keys: Collection[Any]) -> list[list[Any]]:
    """Columns (registration, organisation) of registrations of other missions: a request or a
    meeting that points outside its mission."""
    found: list[list[Any]] = [[], []]
    wanted = sorted(keys)
    for start in range(0, len(wanted), 500):
        more = _columns(
            session,
            select(_key(Registration.id), _key(Person.organisation_id))
            .join(Person, Person.id == Registration.person_id)
            .where(type_coerce(Registration.id, String()).in_(wanted[start : start + 500])),
        )
        found[0] += more[0]
        found[1] += more[1]
    return found


def _requests(
    session: Session, scope: Sequence[uuid.UUID]
) -> list[tuple[tuple[Any, ...], list[list[Any]]]]:
    """The meeting requests by mission: columns (one registration, the other), each pair in one
    order whoever asked (a mutual request is twice the same pair)."""
    a, b = MeetingRequest.requester_id, MeetingRequest.target_id
    return _grouped(
        session,
        select(
            _key(MeetingRequest.mission_id),
            _key(case((a < b, a), else_=b)),
            _key(case((a < b, b), else_=a)),
        ).where(MeetingRequest.mission_id.in_(scope)),
        1,
    )


def _meeting_counts(session: Session, scope: Sequence[uuid.UUID]) -> list[tuple[Any, ...]]:
    """(mission, status value, meetings)."""
    return _plain_rows(
        session,
        select(_key(Meeting.mission_id), _key(Meeting.status), func.count())
        .where(Meeting.mission_id.in_(scope))
        .group_by(Meeting.mission_id, Meeting.status),
    )


def _meeting_participants(
    session: Session, scope: Sequence[uuid.UUID]
) -> list[tuple[tuple[Any, ...], list[list[Any]]]]:
    """The participants of the meetings of the missions ``scope`` by (mission, meeting status):
    columns (meeting, registration)."""
    mp = meeting_participants
    return _grouped(
        session,
        select(
            _key(Meeting.mission_id),
            _key(Meeting.status),
            _key(mp.c.meeting_id),
            _key(mp.c.registration_id),
        )
        .select_from(Meeting)
        .join(mp, mp.c.meeting_id == Meeting.id)
        .where(Meeting.mission_id.in_(scope)),
        2,
    )


def _followup_mission() -> ColumnElement[Any]:
    return func.coalesce(FollowUp.mission_id, Meeting.mission_id)


def _followups(
    session: Session, scope: Sequence[uuid.UUID], *, without_mission: bool
) -> list[list[Any]]:
    """Columns (mission, outcome value, meeting, organisation, contact's organisation, meeting's
    mission, meeting's status value) of the follow-ups of the missions counted, and of those
    without a mission when asked."""
    mission = _followup_mission()
    belongs = mission.in_(scope)
    contact = aliased(Person)
    return _columns(
        session,
        select(
            _key(mission),
            _key(FollowUp.outcome),
            _key(FollowUp.meeting_id),
            _key(FollowUp.organisation_id),
            _key(contact.organisation_id),
            _key(Meeting.mission_id),
            _key(Meeting.status),
        )
        .select_from(FollowUp)
        .outerjoin(Meeting, Meeting.id == FollowUp.meeting_id)
        .outerjoin(contact, contact.id == FollowUp.contact_id)
        .where(or_(belongs, mission.is_(None)) if without_mission else belongs),
    )


def _followed_participants(session: Session, scope: Sequence[uuid.UUID]) -> list[list[Any]]:
    """Columns (meeting, organisation of a participant) of the meetings of the follow-ups of the
    missions ``scope``, whatever mission the meeting is in."""
    mp = meeting_participants
    followed = (
        select(FollowUp.meeting_id)
        .join(Meeting, Meeting.id == FollowUp.meeting_id)
        .where(_followup_mission().in_(scope))
    )
    return _columns(
        session,
        select(_key(mp.c.meeting_id), _key(Person.organisation_id))
        .select_from(mp)
        .join(Registration, Registration.id == mp.c.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .where(mp.c.meeting_id.in_(followed)),
    )


def _pipeline_tally(session: Session, tally: _Tally, planned: Sequence[uuid.UUID]) -> None:
    """The pipeline's figures but its follow-ups, counted by the database when no cluster is
    chosen (then none of them needs a place): its participants and their SMEs, its distinct
    pairs of registrations asked to meet, its meetings by status."""
    if not planned:
        return
    sme = case((Organisation.kind == OrganisationKind.SME, Organisation.id))
    people, smes = session.execute(
        select(func.count(Registration.person_id.distinct()), func.count(sme.distinct()))
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.mission_id.in_(planned), _COUNTS)
    ).one()
    tally.people, tally.smes = people, smes
    a, b = MeetingRequest.requester_id, MeetingRequest.target_id
    pairs = (
        select(case((a < b, a), else_=b).label("low"), case((a < b, b), else_=a).label("high"))
        .where(MeetingRequest.mission_id.in_(planned))
        .distinct()
        .subquery()
    )
    tally.pairs = session.scalar(select(func.count()).select_from(pairs)) or 0
    for _mission, value, count in _meeting_counts(session, planned):
        tally.meetings[_MEETING_STATUS[value]] += count


# --------------------------------------------------------------------------- counting


_ALL: tuple[str, Hashable] = ("all", None)
_MEETING_STATUS = {s.value: s for s in MeetingStatus}
_OUTCOME = {o.value: o for o in FollowUpOutcome}
_HELD_MEETING = MeetingStatus.HELD.value
_first, _second, _third = itemgetter(0), itemgetter(1), itemgetter(2)


class _Tally:
    """What one group (everything, a year, a cluster, a country, the pipeline) counts: its
    missions, and how many distinct people, SMEs, pairs, meetings and follow-ups it has (a fact
    reaching a group twice, as two participants of a meeting from the same cluster, counts
    once)."""

    __slots__ = ("followups", "meetings", "missions", "pairs", "people", "smes")

    def __init__(self) -> None:
        self.missions: set[str] = set()
        self.people = 0
        self.smes = 0
        self.pairs = 0
        self.meetings: Counter[MeetingStatus] = Counter()
        self.followups: Counter[FollowUpOutcome] = Counter()


def _groups_of(places: Iterable[_Place]) -> set[tuple[str, Hashable]]:
    """The clusters and countries of a fact's places, each once."""
    return {("cluster", p[1]) for p in places} | {("country", p[2]) for p in places}


class _Counter:
    """Counts the facts into the groups they belong to: a fact of a held mission into
    everything, its mission's year, and the clusters and countries of the organisations
    involved; a fact of a planned mission into the pipeline only. Each kind of fact is read
    once, as columns; the groups of missions (everything, a year, the pipeline) gather per
    mission first, the clusters and countries per distinct (fact, cluster) and (fact, country)."""

    def __init__(
        self,
        held: Iterable[_Mission],
        planned: Iterable[_Mission],
        organisations: _Places,
        cluster: str | None,
    ) -> None:
        self.organisations = organisations
        self.cluster = cluster
        self.tallies: dict[tuple[str, Hashable], _Tally] = {_ALL: _Tally()}
        self.planned = _Tally()
        self.held: dict[str, int] = {}  # held mission -> its year
        for m in held:
            self.held[m.key] = m.year
            year = self._tally(("year", m.year))
            if cluster is None:  # a cluster's missions are those its participants took part in
                self.tallies[_ALL].missions.add(m.key)
                year.missions.add(m.key)
        self.planned_missions = {m.key for m in planned}
        self.cluster_of = _ByRegistration()  # registration -> its cluster
        self.country_of = _ByRegistration()  # registration -> its country
        self.followed_meetings: set[str] = set()  # for the funnel: held and followed up
        self.signed_meetings: set[str] = set()  # held, with an agreement or an MoU
        self.signed_outside = 0  # agreements and MoUs not tied to a held meeting counted
        self.without_mission = 0  # follow-ups of no mission, not counted

    def _tally(self, group: tuple[str, Hashable]) -> _Tally:
        tally = self.tallies.get(group)
        if tally is None:
            tally = self.tallies[group] = _Tally()
        return tally

    def _kept(self, places: Iterable[_Place]) -> bool:
        return self.cluster is None or any(p[1] == self.cluster for p in places)

    def _by_mission(self, counts: Mapping[str, Counter[Any]], field: str) -> None:
        """Add per-mission counts (of meetings or follow-ups) to everything, the years and the
        pipeline."""
        everything = self.tallies[_ALL]
        for mission, counted in counts.items():
            year = self.held.get(mission)
            if year is not None:
                getattr(everything, field).update(counted)
                getattr(self.tallies[("year", year)], field).update(counted)
            elif mission in self.planned_missions:
                getattr(self.planned, field).update(counted)

    def _sides(self, session: Session, regs: list[Any]) -> tuple[list[Any], list[Any]]:
        """The cluster and the country of each registration of ``regs`` (reading those of other
        missions when there are any: a request or a meeting that points outside its mission)."""
        clusters = list(map(self.cluster_of.__getitem__, regs))
        missing = self.cluster_of.missing
        if missing:
            keys, orgs = _more_registrations(session, missing)
            places = list(map(self.organisations.__getitem__, orgs))
            self.cluster_of.update(zip(keys, map(_second, places), strict=True))
            self.country_of.update(zip(keys, map(_third, places), strict=True))
            missing.clear()
            clusters = list(map(self.cluster_of.__getitem__, regs))
        return clusters, list(map(self.country_of.__getitem__, regs))

    def registrations(self, groups: Iterable[tuple[tuple[Any, ...], list[list[Any]]]]) -> None:
        """Where each registration belongs; who took part."""
        organisations = self.organisations.__getitem__
        rows: list[tuple[Any, Any, _Place]] = []
        for (mission, counts), (regs, people, orgs) in groups:
            places = list(map(organisations, orgs))
            self.cluster_of.update(zip(regs, map(_second, places), strict=True))
            self.country_of.update(zip(regs, map(_third, places), strict=True))
            if counts == "y":
                rows += zip(repeat(mission), people, places, strict=False)
        self.participations(rows)

    def participations(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """From (mission, person, place) of the registrations that count."""
        cluster, held = self.cluster, self.held
        by_mission: dict[str, set[str]] = {}  # mission -> its participants
        smes_of_mission: dict[str, set[str]] = {}
        by_place: dict[_Place, tuple[set[str], set[str]]] = {}  # place -> people, missions
        for mission, person, place in rows:
            if cluster is not None and place[1] != cluster:
                continue
            found = by_mission.get(mission)
            if found is None:
                found = by_mission[mission] = set()
                smes_of_mission[mission] = set()
            found.add(person)
            if place[0] is not None:
                smes_of_mission[mission].add(place[0])
            if mission in held:
                gathered = by_place.get(place)
                if gathered is None:
                    gathered = by_place[place] = (set(), set())
                gathered[0].add(person)
                gathered[1].add(mission)
        groups: dict[_Tally, list[str]] = {}
        for mission in by_mission:
            year = held.get(mission)
            if year is not None:
                groups.setdefault(self.tallies[_ALL], []).append(mission)
                groups.setdefault(self.tallies[("year", year)], []).append(mission)
            elif mission in self.planned_missions:
                groups.setdefault(self.planned, []).append(mission)
        for tally, missions in groups.items():
            tally.missions.update(missions)
            tally.people = len(set().union(*(by_mission[m] for m in missions)))
            tally.smes = len(set().union(*(smes_of_mission[m] for m in missions)))
        # A person has one organisation, so one place: the places' people add up.
        for place, (people, took_part) in by_place.items():
            for tally in (self._tally(("cluster", place[1])), self._tally(("country", place[2]))):
                tally.people += len(people)
                tally.missions |= took_part
        smes: dict[_Tally, set[str]] = {}
        for place in by_place:
            if place[0] is not None:
                for group in (("cluster", place[1]), ("country", place[2])):
                    smes.setdefault(self.tallies[group], set()).add(place[0])
        for tally, found in smes.items():
            tally.smes = len(found)

    def requests(
        self, session: Session, groups: Iterable[tuple[tuple[Any, ...], list[list[Any]]]]
    ) -> None:
        """Distinct pairs asked to meet, from the requests of each mission (one registration,
        the other)."""
        cluster, held = self.cluster, self.held
        pairs_of: dict[_Tally, set[tuple[Any, Any]]] = {}
        for (mission,), (lows, highs) in groups:
            if cluster is not None:  # the requests that involve the cluster
                sides = zip(
                    self._sides(session, lows)[0], self._sides(session, highs)[0], strict=True
                )
                keep = [cluster in both for both in sides]
                lows, highs = list(compress(lows, keep)), list(compress(highs, keep))
            pairs = set(zip(lows, highs, strict=True))
            year = held.get(mission)
            if year is not None:
                pairs_of.setdefault(self.tallies[_ALL], set()).update(pairs)
                pairs_of.setdefault(self.tallies[("year", year)], set()).update(pairs)
            elif mission in self.planned_missions:
                pairs_of.setdefault(self.planned, set()).update(pairs)
        for tally, pairs in pairs_of.items():
            tally.pairs = len(pairs)
        # A pair belongs to the cluster and the country of each side: once to each.
        held_pairs = pairs_of.get(self.tallies[_ALL], set())
        firsts, seconds = list(map(_first, held_pairs)), list(map(_second, held_pairs))
        one, other = self._sides(session, firsts), self._sides(session, seconds)
        for kind, a, b in (("cluster", one[0], other[0]), ("country", one[1], other[1])):
            counts = Counter(a)
            counts.update(b)
            counts.subtract(compress(a, map(eq, a, b)))
            for value, count in counts.items():
                if count:
                    self._tally((kind, value)).pairs += count

    def meetings(
        self,
        session: Session,
        groups: Iterable[tuple[tuple[Any, ...], list[list[Any]]]],
        counts: Iterable[tuple[Any, ...]],
    ) -> None:
        """Meetings by status, from the participants of the meetings of each mission and status
        (meeting, registration) and the counts of all of them by (mission, status)."""
        held, cluster = self.held, self.cluster
        by_mission: Counter[tuple[str, str]] = Counter()
        with_people: Counter[tuple[str, str]] = Counter()
        for (mission, value), (meetings, regs) in groups:
            clusters, countries = self._sides(session, regs)
            in_clusters = set(zip(meetings, clusters, strict=True))
            in_countries = set(zip(meetings, countries, strict=True))
            if cluster is not None:  # the meetings with a participant of the cluster
                kept = {meeting for meeting, where in in_clusters if where == cluster}
                in_clusters = {fact for fact in in_clusters if fact[0] in kept}
                in_countries = {fact for fact in in_countries if fact[0] in kept}
                by_mission[(mission, value)] += len(kept)
            else:
                with_people[(mission, value)] += len(set(meetings))
            if mission in held:
                status = _MEETING_STATUS[value]
                for kind, facts in (("cluster", in_clusters), ("country", in_countries)):
                    for where, count in Counter(map(_second, facts)).items():
                        self._tally((kind, where)).meetings[status] += count
        if cluster is None:
            by_mission = Counter({(mission, value): count for mission, value, count in counts})
            # Meetings without any participant belong nowhere.
            for (mission, value), count in (by_mission - with_people).items():
                if mission in held:
                    for group in (("cluster", None), ("country", None)):
                        self._tally(group).meetings[_MEETING_STATUS[value]] += count
        per_mission: dict[str, Counter[MeetingStatus]] = {}
        for (mission, value), count in by_mission.items():
            per_mission.setdefault(mission, Counter())[_MEETING_STATUS[value]] += count
        self._by_mission(per_mission, "meetings")

    def followups(self, columns: list[list[Any]], involved: Mapping[Any, list[_Place]]) -> None:
        """From columns (mission, outcome, meeting, organisation, contact's organisation,
        meeting's mission, meeting's status) and the places of the meetings' participants."""
        orgs, held, cluster = self.organisations, self.held, self.cluster
        by_mission: dict[str, Counter[FollowUpOutcome]] = {}
        for mission, value, meeting, org, contact_org, of_meeting, status in zip(
            *columns, strict=True
        ):
            places = [orgs[k] for k in (org, contact_org) if k != ""]
            if meeting != "":
                places += involved.get(meeting, ())
            if not places:
                places = [_NOWHERE]
            if not self._kept(places):
                continue
            if mission == "":
                self.without_mission += 1
                continue
            outcome = _OUTCOME[value]
            counted = by_mission.get(mission)
            if counted is None:
                counted = by_mission[mission] = Counter()
            counted[outcome] += 1
            if mission not in held:
                continue
            for group in _groups_of(places):
                self._tally(group).followups[outcome] += 1
            # A held meeting of the funnel: of a held mission, kept by the cluster chosen.
            in_funnel = (
                status == _HELD_MEETING
                and of_meeting in held
                and (cluster is None or any(p[1] == cluster for p in involved.get(meeting, ())))
            )
            if in_funnel:
                self.followed_meetings.add(meeting)
            if outcome in SIGNED:
                if in_funnel:
                    self.signed_meetings.add(meeting)
                else:
                    self.signed_outside += 1
        self._by_mission(by_mission, "followups")


def _count(
    session: Session,
    counter: _Counter,
    scope: Sequence[uuid.UUID],
    followed: Sequence[uuid.UUID],
    *,
    without_mission: bool,
) -> None:
    """Read the facts of the missions ``scope`` (those whose facts are placed) and the
    follow-ups of the missions ``followed``, and put them into ``counter``."""
    counter.registrations(_registrations(session, scope))
    counter.requests(session, _requests(session, scope))
    counts = _meeting_counts(session, scope) if counter.cluster is None else []
    counter.meetings(session, _meeting_participants(session, scope), counts)
    orgs = counter.organisations
    involved: dict[Any, list[_Place]] = {}
    meetings, organisations = _followed_participants(session, followed)
    for meeting, org in zip(meetings, organisations, strict=True):
        involved.setdefault(meeting, []).append(orgs[org])
    counter.followups(_followups(session, followed, without_mission=without_mission), involved)


def _sum(values: Iterable[int]) -> int | None:
    found = list(values)
    return sum(found) if found else None


def _target(
    targets: Sequence[_Target],
    metric: KpiMetric,
    *,
    mission: str | None,
    cluster: str | None,
    year: int | None,
    held: Collection[_Mission],
) -> int | None:
    """The target of ``metric`` for a choice; ``held``: the held missions among those chosen.
    None while nothing chosen is held. See the module's docstring."""
    if not held:
        return None
    mine = [t for t in targets if t.metric is metric and t.cluster == cluster]
    if mission is not None:
        return _sum(t.target for t in mine if t.mission == mission)
    direct = _sum(t.target for t in mine if t.mission is None and t.year == year)
    if direct is not None:
        return direct
    if year is not None:
        held_then = {m.key for m in held if m.year == year}
        return _sum(t.target for t in mine if t.mission is not None and t.mission in held_then)
    yearly = (
        _target(targets, metric, mission=None, cluster=cluster, year=each, held=held)
        for each in sorted({m.year for m in held})
    )
    return _sum(value for value in yearly if value is not None)


def _figures(tally: _Tally) -> dict[str, Any]:
    """The figures of a group, but its missions."""
    outcomes = {o: tally.followups[o] for o in FollowUpOutcome}
    meetings = tally.meetings
    return {
        "smes_engaged": tally.smes,
        "participants": tally.people,
        "meetings_requested": tally.pairs,
        "meetings_scheduled": sum(meetings[s] for s in NOT_CANCELLED),
        "meetings_held": meetings[MeetingStatus.HELD],
        "meetings_no_show": meetings[MeetingStatus.NO_SHOW],
        "meetings_cancelled": meetings[MeetingStatus.CANCELLED],
        "followups": sum(outcomes.values()),
        "outcomes": outcomes,
        "agreements_signed": outcomes[FollowUpOutcome.AGREEMENT_SIGNED],
        "mous_signed": outcomes[FollowUpOutcome.MOU_SIGNED],
    }


def _breakdown(
    key: str,
    tally: _Tally,
    missions: dict[str, _Mission],
    target_of: dict[KpiMetric, int | None] | None = None,
) -> Breakdown:
    held = [missions[m] for m in tally.missions if missions[m].held]
    figures = Breakdown(
        key=key,
        missions_held=sum(1 for m in held if m.kind is not MissionKind.WORKSHOP),
        workshops_held=sum(1 for m in held if m.kind is MissionKind.WORKSHOP),
        **_figures(tally),
    )
    if target_of is None:
        return figures
    targets = tuple(TargetStatus(m, figures.actual(m), target_of[m]) for m in KpiMetric)
    return replace(figures, targets=targets)


def _refs(missions: Iterable[_Mission]) -> tuple[MissionRef, ...]:
    return tuple(sorted((m.ref for m in missions), key=lambda r: (r.start, r.end, r.code)))


def _pipeline(tally: _Tally, planned: Iterable[_Mission]) -> Pipeline:
    return Pipeline(missions=_refs(planned), **_figures(tally))


def _in_time(mission: _Mission, kpi_filter: KpiFilter) -> bool:
    """Whether the filter's mission and year choose ``mission``, drafts included."""
    if kpi_filter.year is not None and mission.year != kpi_filter.year:
        return False
    return kpi_filter.mission_id is None or mission.id == kpi_filter.mission_id


def _in_scope(mission: _Mission, kpi_filter: KpiFilter) -> bool:
    """Chosen, and not a draft unless chosen by itself."""
    if not _in_time(mission, kpi_filter):
        return False
    return kpi_filter.mission_id is not None or mission.status is not MissionStatus.DRAFT


def compute_kpis(
    session: Session, kpi_filter: KpiFilter = KpiFilter(), *, as_of: date | None = None
) -> KpiReport:
    """Every KPI for a choice of mission, cluster and year: the missions held by ``as_of``
    (today when None) counted against their targets, and apart the pipeline of those not held
    yet (see the module's docstring)."""
    as_of = as_of or date.today()
    every_mission = _missions(session, as_of)
    chosen = None
    if kpi_filter.mission_id is not None:
        chosen = next((m for m in every_mission if m.id == kpi_filter.mission_id), None)
        if chosen is None:
            raise NotFoundError(
                ServiceWords.say("That mission no longer exists; it may have been deleted.")
            )
    clusters = session.execute(select(_key(Cluster.id), Cluster.id, Cluster.name)).all()
    cluster_names = {key: name for key, _, name in clusters}
    cluster_key = None
    if kpi_filter.cluster_id is not None:
        cluster_key = next((key for key, cid, _ in clusters if cid == kpi_filter.cluster_id), None)
        if cluster_key is None:
            raise NotFoundError("That cluster no longer exists; it may have been deleted.")

    missions = {m.key: m for m in every_mission if _in_scope(m, kpi_filter)}
    held = [m for m in missions.values() if m.held]
    planned = [m for m in missions.values() if not m.held]
    drafts = [
        m
        for m in every_mission
        if m.status is MissionStatus.DRAFT and m.key not in missions and _in_time(m, kpi_filter)
    ]
    places = _places(session)
    counter = _Counter(held, planned, places, cluster_key)
    without_mission = kpi_filter.mission_id is None and kpi_filter.year is None
    # The facts of the pipeline need places only when a cluster is chosen: else the database
    # counts them (but their follow-ups, read with the others).
    placed = held + planned if cluster_key is not None else held
    _count(
        session,
        counter,
        [m.id for m in placed],
        [m.id for m in missions.values()],
        without_mission=without_mission,
    )
    if cluster_key is None:
        _pipeline_tally(session, counter.planned, [m.id for m in planned])
    targets = _targets(session)

    def target_of(cluster: str | None, year: int | None) -> dict[KpiMetric, int | None]:
        return {
            metric: _target(
                targets,
                metric,
                mission=chosen.key if chosen else None,
                cluster=cluster,
                year=year,
                held=held,
            )
            for metric in KpiMetric
        }

    tallies = counter.tallies
    total = _breakdown("", tallies[_ALL], missions, target_of(cluster_key, kpi_filter.year))
    by_cluster = [
        _breakdown(
            name,
            tallies.get(("cluster", key)) or _Tally(),
            missions,
            target_of(key, kpi_filter.year),
        )
        for key, name in sorted(cluster_names.items(), key=lambda item: item[1].casefold())
        if cluster_key is None or key == cluster_key
    ]
    if cluster_key is None and _has_figures(tallies.get(("cluster", None))):
        by_cluster.append(_breakdown(NONE_KEY, tallies[("cluster", None)], missions))
    countries = sorted(
        (g[1] for g, tally in tallies.items() if g[0] == "country" and _has_figures(tally)),
        key=lambda c: (c is None, c or ""),
    )
    by_country = [
        _breakdown(str(c) if c is not None else NONE_KEY, tallies[("country", c)], missions)
        for c in countries
    ]
    years = sorted(g[1] for g in tallies if g[0] == "year" and isinstance(g[1], int))
    by_year = [
        (y, _breakdown(str(y), tallies[("year", y)], missions, target_of(cluster_key, y)))
        for y in years
    ]
    return KpiReport(
        mission_code=chosen.code if chosen else None,
        cluster_name=cluster_names[cluster_key] if cluster_key is not None else None,
        year=kpi_filter.year,
        as_of=as_of,
        missions_held=total.missions_held,
        workshops_held=total.workshops_held,
        smes_engaged=total.smes_engaged,
        participants=total.participants,
        meetings_requested=total.meetings_requested,
        meetings_scheduled=total.meetings_scheduled,
        meetings_held=total.meetings_held,
        meetings_no_show=total.meetings_no_show,
        meetings_cancelled=total.meetings_cancelled,
        followups=total.followups,
        followups_by_outcome=total.outcomes,
        agreements_signed=total.agreements_signed,
        mous_signed=total.mous_signed,
        funnel=tuple(
            zip(
                FUNNEL_STAGES,
                (
                    total.meetings_requested,
                    total.meetings_scheduled,
                    total.meetings_held,
                    len(counter.followed_meetings),
                    len(counter.signed_meetings),
                ),
                strict=True,
            )
        ),
        targets=total.targets,
        by_cluster=tuple(by_cluster),
        by_country=tuple(by_country),
        by_year=tuple(by_year),
        held=_refs(held),
        planned=_pipeline(counter.planned, planned),
        drafts=_refs(drafts),
        followups_without_mission=counter.without_mission,
        signed_outside_funnel=counter.signed_outside,
    )


def _has_figures(tally: _Tally | None) -> bool:
    """Whether a group gathered anything (a group met only by facts the cluster filter then
    left out stays empty)."""
    return tally is not None and bool(
        tally.people or tally.pairs or tally.meetings or tally.followups
    )
