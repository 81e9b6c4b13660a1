"""Places as people type them: a country by name in the partners' languages or by code, a time
zone by city (pimap_desktop.domain.places)."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pimap_desktop.domain.errors import ValidationError
from pimap_desktop.domain.places import (
    _CITY_ZONES,
    COUNTRY_LANGUAGES,
    country_code,
    country_name,
    parse_country,
    search_countries,
    search_zones,
    zone_for_place,
)
from pimap_desktop.domain.rules import available_timezones
from pimap_desktop.services.importing.values import country_code as import_country_code


@pytest.mark.parametrize(
    "typed",
    ["Germany", "Allemagne", "Saksa", "Tyskland", "Alemanha", "DE", "de", "DEU", " germany "],
)
def test_germany_is_found_by_its_name_in_every_partner_language_and_by_code(typed: str) -> None:
    assert parse_country(typed) == "DE"
    assert search_countries(typed)[0].country.code == "DE"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Suède", "SE"),
        ("Ruotsi", "SE"),
        ("Suécia", "SE"),
        ("Sverige", "SE"),
        ("Finlande", "FI"),
        ("Suomi", "FI"),
        ("Finlândia", "FI"),
        ("Frankrike", "FR"),
        ("Ranska", "FR"),
        ("Förenta staterna", "US"),
        ("Yhdysvallat", "US"),
        ("Estados Unidos", "US"),
        ("États-Unis", "US"),
        ("Kanada", "CA"),
        ("Georgia", "GE"),
    ],
)
def test_countries_by_name_in_french_finnish_swedish_and_portuguese(typed: str, code: str) -> None:
    assert parse_country(typed) == code


def test_a_whole_name_is_read_whole_never_cut_to_its_first_two_letters() -> None:
    # "Ge" is Georgia's code; "Germany" must never be read as it.
    assert parse_country("Germany") == "DE"
    assert parse_country("Germany (DE)") == "DE"
    assert parse_country("Ge") == "GE"


def test_an_unknown_country_is_refused_naming_what_was_typed() -> None:
    with pytest.raises(ValidationError, match="'Germny' is not a country") as caught:
        parse_country("  Germny ")
    assert caught.value.field == "country"
    assert "two-letter code" in str(caught.value)


def test_an_empty_country_is_no_country() -> None:
    assert parse_country("   ") == ""


def test_the_import_reads_countries_by_the_same_rule() -> None:
    assert import_country_code is country_code
    assert import_country_code("Tyskland") == "DE"


def test_half_a_name_in_another_language_suggests_the_country_with_that_name() -> None:
    [first, *_rest] = search_countries("Tysk")
    assert (first.country.label, first.found_by) == ("Germany (DE)", "Tyskland")
    assert search_countries("allem")[0].country.code == "DE"
    assert search_countries("alemanh")[0].country.code == "DE"
    # An English name is not repeated as the name it was found by.
    assert search_countries("Germ")[0].found_by == ""


def test_two_capitals_put_the_country_of_that_code_first() -> None:
    assert [m.country.code for m in search_countries("GE")[:2]] == ["GE", "DE"]
    assert search_countries("FI")[0].country.code == "FI"


def test_the_partner_languages_ship_with_pycountry() -> None:
    # French, Finnish, Swedish and Portuguese names come from pycountry's own gettext files.
    for language in ("fr", "fi", "sv", "pt"):
        assert language in COUNTRY_LANGUAGES
        assert (Path(pycountry.LOCALES_DIR) / language / "LC_MESSAGES" / "iso3166-1.mo").is_file()


def test_country_name_is_the_english_name() -> None:
    assert (country_name("de"), country_name("XX")) == ("Germany", "XX")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_a_country_code_or_none(text: str) -> None:
    code = country_code(text)
    assert code is None or (len(code) == 2 and code.isupper())
    for match in search_countries(text):
        assert len(match.country.code) == 2


# --- time zones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("são paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Sao_Paulo", "America/Sao_Paulo"),
        ("toronto", "America/Toronto"),
        ("helsinki", "Europe/Helsinki"),
        ("lisboa", "Europe/Lisbon"),
        ("munich", "Europe/Berlin"),
        ("München", "Europe/Berlin"),
        ("lyon", "Europe/Paris"),
        ("bordeaux", "Europe/Paris"),
        ("gothenburg", "Europe/Stockholm"),
        ("göteborg", "Europe/Stockholm"),
        ("porto", "Europe/Lisbon"),
        ("tampere", "Europe/Helsinki"),
        ("oulu", "Europe/Helsinki"),
        ("san francisco", "America/Los_Angeles"),
        ("new york", "America/New_York"),
        ("montreal", "America/Toronto"),
        ("Montréal", "America/Toronto"),
        ("america/los angeles", "America/Los_Angeles"),
    ],
)
def test_a_city_typed_finds_its_zone(typed: str, zone: str) -> None:
    assert zone_for_place(typed) == zone
    assert search_zones(typed)[0].zone == zone


def test_a_city_named_for_another_zone_says_which_city_it_was() -> None:
    [first] = search_zones("munich")
    assert (first.zone, first.place) == ("Europe/Berlin", "Munich")
    assert search_zones("berlin")[0].place == ""


def test_part_of_a_zone_name_still_finds_it() -> None:
    assert [m.zone for m in search_zones("angel")] == ["America/Los_Angeles"]
    assert "Europe/Helsinki" in [m.zone for m in search_zones("hels")]


@pytest.mark.parametrize("typed", ["", "  ", "Pacific Time", "Atlantis"])
def test_what_is_no_place_has_no_zone(typed: str) -> None:
    assert zone_for_place(typed) is None


def test_every_city_of_the_table_names_a_zone_a_user_can_pick() -> None:
    known = set(available_timezones())
    assert [zone for _city, zone in _CITY_ZONES if zone not in known] == []
