"""The stored table of country names (domain/country_table.py): what ``country_code`` reads
instead of loading pycountry, kept equal to what pycountry's data gives, and set aside when
that data is not the data it was made from."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from pimap_desktop.domain import country_table, places


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    """The module's caches emptied before and after: each test reads the tables afresh."""
    cached = (places._stored_table, places._country_names, places._codes)
    for function in cached:
        function.cache_clear()
    yield None
    for function in cached:
        function.cache_clear()


def test_the_stored_table_is_the_one_pycountry_s_data_gives() -> None:
    # After a pycountry upgrade or a change of the names here: places.write_country_table().
    assert places.COUNTRY_TABLE.read_text(encoding="utf-8") == places.country_table_source()
    assert places.country_data_digest() == country_table.DATA_DIGEST


def test_country_code_reads_the_stored_table_without_loading_pycountry() -> None:
    code = (
        "import sys\n"
        "from pimap_desktop.domain.places import country_code\n"
        "found = [country_code(t) for t in ('Deutschland', 'fra', 'FI', 'Ruotsi', 'usa', 'xx')]\n"
        "assert found == ['DE', 'FR', 'FI', 'SE', 'US', None], found\n"
        "assert 'pycountry' not in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def test_names_are_made_from_pycountry_when_its_data_is_not_the_table_s(
    monkeypatch: pytest.MonkeyPatch, fresh_tables: None
) -> None:
    assert places._stored_table() is country_table
    stored_names, stored_codes = places._country_names(), places._codes()
    for function in (places._stored_table, places._country_names, places._codes):
        function.cache_clear()

    monkeypatch.setattr(country_table, "DATA_DIGEST", "made from other data")
    assert places._stored_table() is None
    assert places._country_names() == stored_names
    assert places._codes() == stored_codes
    assert places.country_code("Allemagne") == "DE"


def test_unreadable_data_sets_the_table_aside(
    monkeypatch: pytest.MonkeyPatch, fresh_tables: None
) -> None:
    monkeypatch.setattr(places, "_COUNTRY_DATA", ("databases/no-such-file.json",))
    assert places.country_data_digest() is None
    assert places._stored_table() is None
    assert places.country_code("Suomi") == "FI"
