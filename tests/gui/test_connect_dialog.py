"""File ▸ Connect to team database…: the fields, the TLS rule, failures and a real connection."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pimap_desktop.gui.connect import ConnectDialog, window_title
from pimap_desktop.gui.connect import dialog as connect_dialog
from pimap_desktop.store.credentials import (
    NO_STORE_MESSAGE,
    password_for,
    remember_password,
)
from pimap_desktop.store.database import Database, open_database
from tests.memory_keyring import MemoryKeyring, memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]  # fixtures

PASSWORD = "hunter2-Zq8"


@pytest.fixture(autouse=True)
def _never_the_real_keyring(memory_keyring: MemoryKeyring) -> None:
    """Every test here runs on the stand-in password store (or on none at all)."""


@dataclass
class TlsQuestions:
    """The TLS confirmations asked (by host), answered with ``turn_off``."""

    hosts: list[str] = field(default_factory=list)
    turn_off: bool = False


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> TlsQuestions:
    questions = TlsQuestions()

    def confirm(_parent: object, host: str) -> bool:
        questions.hosts.append(host)
        return questions.turn_off

    monkeypatch.setattr(connect_dialog, "confirm_tls_off", confirm)
    return questions


def _dialog(qtbot: QtBot, **kwargs: object) -> ConnectDialog:
    dialog = ConnectDialog(**kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: ConnectDialog, host: str, port: str, database: str, user: str) -> None:
    for widget, value in (
        (dialog.host, host),
        (dialog.port, port),
        (dialog.database, database),
        (dialog.user, user),
    ):
        widget.clear()
        widget.insert(value)


def _finish(qtbot: QtBot, dialog: ConnectDialog) -> None:
    """Wait for the connection attempt and its outcome on the GUI thread."""
    assert dialog.wait(30)
    qtbot.waitUntil(lambda: not dialog.connecting(), timeout=30_000)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again: nobody listens there


# --------------------------------------------------------------------------- fields and TLS


def test_the_fields_make_a_url_with_tls_required_and_no_password(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _fill(dialog, " pimap.example.org ", "6543", "team/pimap", "anne@lyon")
    dialog.password.insert(PASSWORD)
    assert dialog.password.echoMode() is dialog.password.EchoMode.Password
    assert dialog.tls.isChecked() and dialog.tls.isEnabled()
    url = make_url(dialog.target().url())
    assert (url.host, url.port, url.database, url.username) == (
        "pimap.example.org",
        6543,
        "team/pimap",
        "anne@lyon",
    )
    assert url.query == {"sslmode": "require"}
    assert url.password is None


def test_turning_tls_off_for_a_remote_server_asks_and_a_refusal_keeps_it(
    qtbot: QtBot, asked: TlsQuestions
) -> None:
    dialog = _dialog(qtbot)
    _fill(dialog, "pimap.example.org", "5432", "pimap", "anne")
    dialog.tls.click()
    assert asked.hosts == ["pimap.example.org"]
    assert dialog.tls.isChecked()
    assert make_url(dialog.target().url()).query["sslmode"] == "require"


def test_turning_tls_off_knowingly_connects_preferring_tls(
    qtbot: QtBot, asked: TlsQuestions
) -> None:
    asked.turn_off = True
    dialog = _dialog(qtbot)
    _fill(dialog, "pimap.example.org", "5432", "pimap", "anne")
    dialog.tls.click()
    assert asked.hosts == ["pimap.example.org"]
    assert not dialog.tls.isChecked()
    assert make_url(dialog.target().url()).query["sslmode"] == "prefer"


def test_a_server_on_this_computer_needs_no_tls_and_asks_nothing(
    qtbot: QtBot, asked: TlsQuestions
) -> None:
    dialog = _dialog(qtbot)
    _fill(dialog, "localhost", "5432", "pimap", "anne")
    assert not dialog.tls.isEnabled() and not dialog.tls.isChecked()
    assert "sslmode" not in make_url(dialog.target().url()).query
    _fill(dialog, "pimap.example.org", "5432", "pimap", "anne")
    assert dialog.tls.isEnabled() and dialog.tls.isChecked()  # required again
    assert asked.hosts == []


def test_the_confirmation_says_what_crosses_the_network_and_defaults_to_cancel(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert connect_dialog.confirm_tls_off(dialog, "pimap.example.org") is False
    assert len(seen) == 1
    assert "password and the data would cross the network unencrypted" in seen[0]
    assert "pimap.example.org" in seen[0]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        (("", "5432", "pimap", "anne"), "address of the database server"),
        (("db.example.org", "54x2", "pimap", "anne"), "number from 1 to 65535"),
        (("db.example.org", "5432", "", "anne"), "name of the database"),
        (("db.example.org", "5432", "pimap", ""), "user name"),
    ],
)
def test_bad_fields_are_said_in_the_dialog_and_nothing_is_tried(
    qtbot: QtBot, fields: tuple[str, str, str, str], words: str
) -> None:
    dialog = _dialog(qtbot, opener=lambda _url: pytest.fail("no connection should be tried"))
    _fill(dialog, *fields)
    dialog.connect_button.click()
    assert dialog.error.isVisible()
    assert words in dialog.error.text()
    assert dialog.isVisible() and not dialog.connecting()


# --------------------------------------------------------------------------- the keyring


def test_without_a_password_store_the_dialog_says_the_password_is_asked_each_time(
    qtbot: QtBot, no_keyring: None
) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.remember.isEnabled()
    assert dialog.store_note.isVisible()
    assert dialog.store_note.text() == NO_STORE_MESSAGE


def test_a_recent_database_fills_the_fields_and_says_its_password_is_remembered(
    qtbot: QtBot,
) -> None:
    url = "postgresql+psycopg://anne@db.example.org:6543/pimap?sslmode=prefer"
    remember_password(url, PASSWORD)
    dialog = _dialog(qtbot, initial=url)
    assert (dialog.host.text(), dialog.port.text(), dialog.database.text()) == (
        "db.example.org",
        "6543",
        "pimap",
    )
    assert dialog.user.text() == "anne"
    assert dialog.password.text() == ""
    assert dialog.password.placeholderText() == connect_dialog.REMEMBERED_PLACEHOLDER
    assert dialog.remember.isChecked()
    assert not dialog.tls.isChecked()  # turned off knowingly before: kept
    assert dialog.target().url() == url


# --------------------------------------------------------------------------- connecting


def test_a_server_that_does_not_answer_is_said_in_one_line_without_the_password(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot)
    port = _free_port()
    _fill(dialog, "127.0.0.1", str(port), "pimap", "anne")
    dialog.password.insert(PASSWORD)
    dialog.remember.setChecked(True)
    dialog.connect_button.click()
    _finish(qtbot, dialog)
    message = dialog.error.text()
    assert dialog.error.isVisible() and dialog.isVisible()
    assert "cannot be reached" in message and f"port {port}" in message
    assert PASSWORD not in message and "\n" not in message
    assert dialog.connected is None
    assert dialog.host.isEnabled() and dialog.connect_button.isEnabled()
    assert not dialog.tls.isEnabled()  # re-enabled with the rest, it stays off for 127.0.0.1
    assert dialog.password.text() == PASSWORD  # the input stays for another try
    assert password_for(dialog.target().url()) is None  # nothing remembered on a failure


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    databases: list[Database] = []
    yield databases
    for database in databases:
        database.dispose()


def test_connecting_with_the_remembered_password_opens_the_team_database(
    qtbot: QtBot, pg_database: str, opened: list[Database]
) -> None:
    remember_password(pg_database, PASSWORD)
    tried: list[str] = []

    def opener(url: str) -> Database:
        tried.append(url)
        return open_database(url, create=False)

    dialog = _dialog(qtbot, initial=pg_database, opener=opener)
    dialog.connect_button.click()
    _finish(qtbot, dialog)
    assert dialog.error.text() == ""
    connected = dialog.connected
    assert connected is not None
    opened.append(connected.database)
    assert make_url(tried[0]).password == PASSWORD
    assert make_url(connected.url).password is None
    assert connected.url == make_url(pg_database).render_as_string(hide_password=False)
    with connected.database.session() as session:
        assert session.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    assert password_for(connected.url) == PASSWORD


@pytest.mark.parametrize("remember", [True, False])
def test_a_typed_password_is_remembered_or_forgotten_as_asked(
    qtbot: QtBot, pg_database: str, opened: list[Database], remember: bool
) -> None:
    remember_password(pg_database, "an older one")
    dialog = _dialog(qtbot, initial=pg_database)
    dialog.password.insert(PASSWORD)
    dialog.remember.setChecked(remember)
    dialog.connect_button.click()
    _finish(qtbot, dialog)
    assert dialog.connected is not None, dialog.error.text()
    opened.append(dialog.connected.database)
    assert dialog.connected.notice is None
    assert password_for(pg_database) == (PASSWORD if remember else None)


def test_the_window_title_says_which_database_is_open_without_a_password() -> None:
    assert window_title("sqlite:////home/anne/pimap.sqlite") == "PIMAP Desktop — pimap.sqlite"
    assert (
        window_title("postgresql+psycopg://anne:pw@db.example.org/pimap", "PW2027 — Photonics")
        == "PW2027 — Photonics — PIMAP Desktop — pimap on db.example.org"
    )


def test_cancel_while_connecting_closes_the_database_that_opens_late(
    qtbot: QtBot, tmp_path: Path
) -> None:
    gate = threading.Event()
    disposed: list[str] = []

    def slow_opener(_url: str) -> Database:
        gate.wait(30)
        database = open_database(tmp_path / "late.sqlite")
        close = database.dispose
        database.dispose = lambda: (disposed.append("closed"), close())[1]  # type: ignore[method-assign]
        return database

    dialog = _dialog(qtbot, opener=slow_opener)
    _fill(dialog, "localhost", "5432", "pimap", "anne")
    dialog.connect_button.click()
    assert dialog.connecting() and dialog.busy.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == ConnectDialog.DialogCode.Rejected
    gate.set()
    _finish(qtbot, dialog)
    assert disposed == ["closed"]
    assert dialog.connected is None
