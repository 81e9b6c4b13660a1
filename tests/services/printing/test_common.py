"""Shared printing helpers: how a time span, a date range and an address are printed."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pimap_desktop.services.printing.common import date_range, tidy_address, when_label

PARIS = "Europe/Paris"


def test_when_label_names_all_day_and_overnight_items() -> None:
    # 2027-03-28: clocks go forward in Paris; midnight is still 23:00 UTC the day before.
    assert (
        when_label(
            datetime(2027, 3, 27, 23, tzinfo=UTC), datetime(2027, 3, 28, 22, tzinfo=UTC), PARIS
        )
        == "All day"
    )
    assert (
        when_label(
            datetime(2027, 3, 26, 23, tzinfo=UTC), datetime(2027, 3, 28, 22, tzinfo=UTC), PARIS
        )
        == "All day, 2 days"
    )
    assert (
        when_label(
            datetime(2027, 3, 26, 22, tzinfo=UTC), datetime(2027, 3, 27, 0, tzinfo=UTC), PARIS
        )
        == "23:00–01:00 (next day)"
    )
    assert (
        when_label(
            datetime(2027, 3, 26, 8, tzinfo=UTC), datetime(2027, 3, 26, 9, tzinfo=UTC), PARIS
        )
        == "09:00–10:00"
    )


def test_date_range_and_addresses() -> None:
    assert date_range(date(2027, 1, 24), date(2027, 1, 29)) == "24–29 January 2027"
    # CLDR's interval: thin spaces around the dash between two months
    assert (
        date_range(date(2026, 12, 30), date(2027, 1, 2))
        == "30 December 2026\u2009–\u20092 January 2027"
    )
    assert (
        tidy_address("Union Square, San Francisco, san francisco") == "Union Square, San Francisco"
    )
