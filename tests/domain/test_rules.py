"""Value rules: local times across DST and midnight, zones, names, e-mails."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pimap_desktop.domain.enums import EenRating, FollowUpOutcome, MissionKind
from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.rules import (
    available_timezones,
    een_rating,
    local_to_utc,
    normalise_email,
    normalise_name,
    to_local,
    utc_offset_label,
    zone,
    zone_abbreviation,
)


def test_san_francisco_morning_in_january_is_afternoon_utc() -> None:
    instant = local_to_utc(date(2027, 1, 26), time(8, 30), "America/Los_Angeles")
    assert instant == datetime(2027, 1, 26, 16, 30, tzinfo=UTC)
    assert to_local(instant, "America/Los_Angeles").strftime("%H:%M") == "08:30"
    assert zone_abbreviation(instant, "America/Los_Angeles") == "PST"


def test_same_wall_clock_time_after_the_spring_dst_change_is_an_hour_earlier_in_utc() -> None:
    instant = local_to_utc(date(2027, 3, 15), time(8, 30), "America/Los_Angeles")
    assert instant == datetime(2027, 3, 15, 15, 30, tzinfo=UTC)
    assert utc_offset_label(instant, "America/Los_Angeles") == "UTC-07:00"


def test_time_skipped_by_the_clocks_going_forward_is_refused() -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        local_to_utc(date(2027, 3, 14), time(2, 30), "America/Los_Angeles")


def test_time_repeated_by_the_clocks_going_back_is_its_first_occurrence() -> None:
    instant = local_to_utc(date(2027, 10, 31), time(2, 30), "Europe/Helsinki")
    assert instant == datetime(2027, 10, 30, 23, 30, tzinfo=UTC)  # still EEST, UTC+3


def test_a_san_francisco_evening_is_the_next_day_in_helsinki() -> None:
    instant = local_to_utc(date(2027, 1, 26), time(19, 0), "America/Los_Angeles")
    assert to_local(instant, "Europe/Helsinki").date() == date(2027, 1, 27)


def test_unknown_zone_is_a_validation_error_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        zone("Mars/Olympus_Mons")
    assert caught.value.field == "timezone"
    assert "Mars/Olympus_Mons" in str(caught.value)


def test_zone_list_holds_the_mission_zones_and_no_legacy_aliases() -> None:
    zones = available_timezones()
    for name in ("America/Los_Angeles", "America/Toronto", "Europe/Helsinki", "UTC"):
        assert name in zones
    assert "US/Pacific" not in zones


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31)),
    st.sampled_from(["America/Los_Angeles", "Europe/Paris", "America/New_York", "Asia/Kolkata"]),
)
def test_local_time_round_trips_through_utc_unless_it_does_not_exist(
    naive: datetime, zone_name: str
) -> None:
    naive = naive.replace(second=0, microsecond=0)
    try:
        instant = local_to_utc(naive.date(), naive.time(), zone_name)
    except ValidationError:
        return  # skipped by a DST change
    assert instant.tzinfo is UTC
    assert to_local(instant, zone_name).replace(tzinfo=None) == naive


def test_email_is_trimmed_and_lower_case() -> None:
    assert normalise_email("  Jeanne.Martin@Example.ORG ") == "jeanne.martin@example.org"
    assert normalise_email("   ") is None


def test_organisation_names_match_without_accents_case_or_legal_form() -> None:
    assert normalise_name("LaserTech Aquitaine SAS") == normalise_name("Lasertech  Aquitaine")
    assert normalise_name("Optique Ølund Oy") == "optique olund"
    assert normalise_name("Minhotec Metalomecânica, S.A.") == "minhotec metalomecanica"
    assert normalise_name("Photonique Boréale Ltée") == "photonique boreale"


def test_every_outcome_maps_onto_the_een_rating_scale() -> None:
    assert {een_rating(o) for o in FollowUpOutcome} == set(EenRating)
    assert een_rating(FollowUpOutcome.MOU_SIGNED) is EenRating.AGREEMENT_REACHED


def test_enum_parse_accepts_values_and_labels() -> None:
    assert MissionKind.parse("Business mission") is MissionKind.BUSINESS_MISSION
    assert MissionKind.parse("workshop") is MissionKind.WORKSHOP
    with pytest.raises(ValueError, match="one of"):
        MissionKind.parse("party")


def test_enum_labels_with_hyphens_parse_back() -> None:
    from pimap_desktop.domain.enums import FollowUpOutcome, KpiMetric

    assert KpiMetric.parse("Follow-ups") is KpiMetric.FOLLOWUPS
    assert (
        FollowUpOutcome.parse("Follow-up meeting planned")
        is FollowUpOutcome.FOLLOWUP_MEETING_PLANNED
    )
    assert KpiMetric.parse("MoUs signed") is KpiMetric.MOUS_SIGNED
