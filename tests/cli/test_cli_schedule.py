"""`pimap schedule`: the JSON says why the search stopped and when it first had a good schedule;
the printed line stays as it was. On the demo with Photonics West 2027 (tests/printing_fixtures.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pimap_desktop.cli import main

KEYS = {
    "requested",
    "scheduled",
    "locked",
    "objective",
    "upper_bound",
    "optimal",
    "idle_slots",
    "table_changes",
    "method",
    "seconds",
    "stopped",
    "first_good_seconds",
    "unscheduled",
}


def test_schedule_json_says_why_it_stopped_and_when_it_was_first_good(
    printing_db_path: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(printing_db_path), "schedule", "--mission", "PW2027", "--seed", "1"]
    assert main([*argv, "--json"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert err == "" and set(report) == KEYS
    # Every request fits without an idle slot: proven best, so the search ended early.
    assert (report["scheduled"], report["requested"], report["idle_slots"]) == (36, 36, 0)
    assert report["optimal"] is True and report["stopped"] == "optimal"
    assert 0 <= report["first_good_seconds"] <= report["seconds"]

    assert main(argv) == 0
    line = capsys.readouterr().out
    assert re.fullmatch(
        r"PW2027: 36 of 36 requested meetings scheduled \(proven optimal\); 0 idle slots; "
        r"\d+\.\d s\.\n",
        line,
    )


def test_schedule_refuses_a_time_limit_that_is_not_positive(
    printing_db_path: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(printing_db_path), "schedule", "--mission", "PW2027", "--time-limit"]
    assert main([*argv, "0"]) != 0
    out, err = capsys.readouterr()
    assert out == "" and "time limit" in err and len(err.strip().splitlines()) == 1
