"""``pimap mission add --country`` takes a country's name in the partners' languages or its code,
by the same rule as the forms; anything else is one line naming what was typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pimap_desktop.cli import main


def add_mission(db: Path, code: str, country: str) -> list[str]:
    return [
        "--db",
        str(db),
        "mission",
        "add",
        "--code",
        code,
        "--name",
        "Laser fair visit",
        "--kind",
        "business_mission",
        "--city",
        "Munich",
        "--country",
        country,
        "--timezone",
        "Europe/Berlin",
        "--start",
        "2027-06-22",
        "--end",
        "2027-06-24",
    ]


@pytest.mark.parametrize(
    "typed", ["Germany", "Allemagne", "Saksa", "Tyskland", "Alemanha", "DE", "deu"]
)
def test_country_by_name_in_any_partner_language_or_by_code(
    typed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "pimap.sqlite"
    assert main(add_mission(db, "LWM2027", typed)) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "missions", "--json"]) == 0
    [mission] = json.loads(capsys.readouterr().out)
    assert mission["country"] == "DE"


def test_unknown_country_is_one_line_naming_it_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "pimap.sqlite"
    assert main(add_mission(db, "LWM2027", "Germny")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "'Germny' is not a country" in err
    assert not db.exists()
