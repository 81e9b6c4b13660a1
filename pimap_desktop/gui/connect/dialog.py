"""File ▸ Connect to team database…: a PIMAP database on a PostgreSQL server.

The coordinator gives the server's address, the database, a user name and the password; the
password may be remembered in this computer's keyring (``store.credentials``), never in the
settings. An encrypted connection (TLS) is required for a server on another computer unless the
coordinator turns it off knowingly, after a clear warning (``store.team_url`` says what the URL
then holds). Connect opens the database off the GUI thread; a failure keeps the dialog open with
its input and says why in one line (never the password).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from pimap_desktop.domain.errors import Cancelled, PimapError, ValidationError
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.gui.words import error_text
from pimap_desktop.store.credentials import (
    NO_STORE_MESSAGE,
    PasswordStoreError,
    forget_password,
    password_for,
    password_store_available,
    remember_password,
    url_with_password,
)
from pimap_desktop.store.database import Database, open_database
from pimap_desktop.store.team_url import (
    DEFAULT_PORT,
    TeamDatabase,
    database_label,
    is_local_host,
    parse_team_url,
    team_database,
)

ERROR_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #475569;"
ACTION = QT_TRANSLATE_NOOP("ConnectDialog", "connect to the team database")
REMEMBERED_PLACEHOLDER = QT_TRANSLATE_NOOP("ConnectDialog", "Remembered in this computer's keyring")
LOCAL_TLS_TIP = QT_TRANSLATE_NOOP(
    "ConnectDialog", "The server is on this computer: nothing crosses the network."
)
TLS_TIP = QT_TRANSLATE_NOOP(
    "ConnectDialog", "The password and the data are encrypted on the network (sslmode=require)."
)

Opener = Callable[[str], Database]


def _open_existing(url: str) -> Database:
    """The default opener: a team database is set up by ``pimap team init``, not by a click."""
    return open_database(url, create=False)


# ---------------------------------------------------------------------------------------------
# Boundary that tests replace


def confirm_tls_off(parent: QWidget, host: str) -> bool:
    """True when the coordinator knowingly turns off the encryption for ``host``."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("connect.dialog", "Connect without encryption?"),
        arg(
            QCoreApplication.translate(
                "connect.dialog",
                "The password and the data would cross the network unencrypted: anyone on the "
                "way to %1 (a hotel or a fair's Wi-Fi, for one) could read them.",
            ),
            host,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "connect.dialog",
            "Turn it off only when the server's administrator says that the server cannot "
            "encrypt. PIMAP still encrypts whenever the server offers it.",
        )
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("connect.dialog", "Turn encryption off")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


# ---------------------------------------------------------------------------------------------
# The dialog


@dataclass(frozen=True)
class Connected:
    """An opened team database: its URL without the password (for "Open recent" and the
    title), the database, and a note for the status bar (the password could not be kept)."""

    url: str
    database: Database
    notice: str | None = None


class ConnectDialog(QDialog):
    """Host, port, database, user, password; Connect opens the database in the background.

    After ``exec()`` returns Accepted, ``connected`` holds the opened database; the caller
    owns it (and disposes of it)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        initial: str | None = None,
        opener: Opener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team database"))
        self._opener = opener or _open_existing
        self._lane = Lane()
        self._operation: Operation[Connected] | None = None
        self._given_up = False
        self._prefilled: TeamDatabase | None = None  # what ``prefill`` read, options and all
        self.connected: Connected | None = None

        intro = QLabel(
            self.tr(
                "A PIMAP database on a PostgreSQL server that your team shares. "
                "Its administrator gives you these."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(NOTE_STYLE)

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. pimap.example.org"))
        self.port = QLineEdit(str(DEFAULT_PORT))
        self.port.setMaxLength(5)
        self.port.setFixedWidth(self.port.fontMetrics().horizontalAdvance("000000") + 16)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. pimap"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in this computer's keyring"))
        self.store_note = QLabel(NO_STORE_MESSAGE)
        self.store_note.setStyleSheet(NOTE_STYLE)
        self.store_note.setWordWrap(True)
        if password_store_available():
            self.store_note.hide()
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(NO_STORE_MESSAGE)
        self.tls = QCheckBox(self.tr("Require an &encrypted connection (TLS)"))
        self.tls.setChecked(True)
        self.tls.setToolTip(self.tr(TLS_TIP))
        self.tls.clicked.connect(self._tls_clicked)
        self._local = False
        self.host.textChanged.connect(self._host_changed)

        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        port_label = QLabel(self.tr("&Port"))
        port_label.setBuddy(self.port)
        host_row.addWidget(port_label)
        host_row.addWidget(self.port)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Host"), self.host),
            (self.tr("&Database"), self.database),
            (self.tr("&User"), self.user),
            (self.tr("Pass&word"), self.password),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, host_row if widget is self.host else widget)
        form.addRow("", self.remember)
        form.addRow("", self.store_note)
        form.addRow("", self.tls)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.busy = QWidget()
        busy_layout = QHBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel()
        busy_bar = QProgressBar()
        busy_bar.setRange(0, 0)
        busy_bar.setTextVisible(False)
        busy_bar.setMaximumWidth(120)
        busy_layout.addWidget(self.busy_label, 1)
        busy_layout.addWidget(busy_bar)
        self.busy.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Disabled as a whole while connecting: each field keeps its own enabled state.
        self.fields_box = QWidget()
        self.fields_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields_box)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if initial:
            self.prefill(initial)
        self.setMinimumWidth(520)

    # ------------------------------------------------------------------ fields

    def prefill(self, url: str) -> None:
        """The fields of ``url`` (a recent database, or one to edit); its password, if any, is
        not shown: a remembered one is used when the password field is left empty."""
        try:
            target = parse_team_url(url)
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return
        self.host.setText(target.host)
        self.port.setText(str(target.port))
        self.database.setText(target.database)
        self.user.setText(target.user)
        self._prefilled = target
        if not target.is_local:
            self.tls.setChecked(target.require_tls)
        if password_for(target.url()) is not None:
            self.password.setPlaceholderText(self.tr(REMEMBERED_PLACEHOLDER))
            self.remember.setChecked(True)

    def target(self) -> TeamDatabase:
        """The fields as a team database's address; ValidationError naming a field."""
        kept = self._prefilled
        if kept is not None and kept.host != self.host.text().strip():
            kept = None  # another server: the options of the one read before do not apply
        return team_database(
            self.host.text(),
            self.port.text(),
            self.database.text(),
            self.user.text(),
            require_tls=self.tls.isChecked() or self._local,
            # A stricter sslmode (verify-full…) and the options of a recent URL stay with it.
            strict_sslmode=kept.strict_sslmode if kept is not None else None,
            options=dict(kept.options) if kept is not None else None,
        )

    def _host_changed(self, text: str) -> None:
        local = is_local_host(text.strip())
        if local == self._local:
            return
        self._local = local
        self.tls.setEnabled(not local)
        # On this computer TLS is not asked; for another computer it is required again.
        self.tls.setChecked(not local)
        self.tls.setToolTip(self.tr(LOCAL_TLS_TIP if local else TLS_TIP))

    def _tls_clicked(self, checked: bool) -> None:
        if checked or self._local:
            return
        host = self.host.text().strip() or self.tr("the server")
        if not confirm_tls_off(self, host):
            self.tls.setChecked(True)

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        focus = {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "user": self.user,
        }.get(field or "")
        if focus is not None:
            focus.setFocus()
            focus.selectAll()

    # ------------------------------------------------------------------ connecting

    def connecting(self) -> bool:
        return self._lane.busy()

    def accept(self) -> None:
        """Connect: check the fields, then open the database in the background."""
        if self.connecting():
            return
        try:
            target = self.target()
        except ValidationError as exc:
            self.show_error(error_text(exc), exc.field)
            return
        self.error.hide()
        url = target.url()
        typed = self.password.text()
        remember = self.remember.isEnabled() and self.remember.isChecked()
        opener = self._opener

        def work(_progress: Progress, cancel: threading.Event) -> Connected:
            if typed:
                connect_url = make_url(url).set(password=typed).render_as_string(False)
            else:
                connect_url = url_with_password(url)
            database = opener(connect_url)
            if cancel.is_set():
                database.dispose()
                raise Cancelled()
            notice = None
            try:
                if remember and typed:
                    remember_password(url, typed)
                elif not remember:
                    forget_password(url)
            except PasswordStoreError as exc:
                notice = error_text(exc)
            return Connected(url=url, database=database, notice=notice)

        self.busy_label.setText(arg(self.tr("Connecting to %1…"), database_label(url)))
        self._operation = (
            Operation(self, work, action=self.tr(ACTION))
            .disabling(self.connect_button, self.fields_box)
            .showing(self.busy)
            .success(self._connected)
            .failure(self._failed)
            .cancelled(lambda _exc: None)
        )
        self._operation.run_in_background(self._lane)

    def _connected(self, connected: Connected) -> None:
        if self._given_up:  # Cancel was pressed while it connected: nobody wants it now
            connected.database.dispose()
            return
        self.connected = connected
        super().accept()

    def _failed(self, exc: Exception) -> None:
        if self._given_up:
            return
        if isinstance(exc, PimapError):
            self.show_error(error_text(exc))
        else:
            report_error(self, exc, action=self.tr(ACTION))

    def reject(self) -> None:
        if self._operation is not None and self.connecting():
            self._given_up = True
            self._operation.cancel()
        super().reject()

    def wait(self, seconds: float = 10.0) -> bool:
        """Wait for a connection attempt to end (tests, and a window that closes)."""
        return self._lane.wait(seconds)


def ask_team_database(
    parent: QWidget | None, *, initial: str | None = None, opener: Opener | None = None
) -> Connected | None:
    """Show the dialog; the opened database, or None when the coordinator cancelled."""
    dialog = ConnectDialog(parent, initial=initial, opener=opener)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.connected
        return None
    finally:
        dialog.deleteLater()
