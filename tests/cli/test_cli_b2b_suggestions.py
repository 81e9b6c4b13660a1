"""`pimap b2b suggest`: meeting suggestions as a readable list or as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pimap_desktop.cli import main


def _suggest(db_path: Path, *extra: str) -> list[str]:
    return ["--db", str(db_path), "b2b", "suggest", "--mission", "PW2027", *extra]


def test_json_lists_who_should_ask_whom_with_emails_organisations_score_and_reasons(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_suggest(printing_db_path, "--limit", "5", "--json")) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 5
    for item in found:
        assert {
            "requester",
            "requester_email",
            "requester_organisation",
            "target",
            "target_email",
            "target_organisation",
            "score",
            "reasons",
        } <= set(item)
        assert "@" in item["requester_email"] and "@" in item["target_email"]
        assert item["requester_organisation"] != item["target_organisation"]
        assert isinstance(item["score"], float) and 0 < item["score"] <= 100
        assert item["reasons"] and all(isinstance(r, str) for r in item["reasons"])
    scores = [item["score"] for item in found]
    assert scores == sorted(scores, reverse=True)


def test_limit_defaults_to_50_and_must_be_positive(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_suggest(printing_db_path, "--json")) == 0
    assert len(json.loads(capsys.readouterr().out)) == 50
    assert main(_suggest(printing_db_path, "--limit", "0")) == 2
    assert "--limit" in capsys.readouterr().err


def test_text_is_a_ranked_list_with_the_reasons_under_each_pair(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_suggest(printing_db_path, "--limit", "3")) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "PW2027: 3 meeting suggestions, best first."
    ranked = [line for line in lines if line[:2] in ("1.", "2.", "3.")]
    assert len(ranked) == 3 and all(" should ask " in line for line in ranked)
    assert "- " in out and "seeks “" in out


def test_person_shows_only_their_suggestions_and_an_unknown_email_is_refused(
    printing_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_suggest(printing_db_path, "--limit", "2", "--json")) == 0
    email = json.loads(capsys.readouterr().out)[0]["target_email"]
    assert main(_suggest(printing_db_path, "--person", email.upper(), "--json")) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and all(email in (s["requester_email"], s["target_email"]) for s in found)
    assert main(_suggest(printing_db_path, "--person", "nobody@nowhere.example")) == 1
    err = capsys.readouterr().err
    assert "nobody@nowhere.example does not take part" in err and len(err.splitlines()) == 1
