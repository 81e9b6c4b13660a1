"""``pimap-desktop``: opens the main window on a database."""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from collections.abc import Sequence
from importlib import resources

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from pimap_desktop import __version__
from pimap_desktop.db import open_database, resolve_url
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.errors import install_excepthook
from pimap_desktop.gui.main_window import MainWindow
from pimap_desktop.logs import setup_logging

log = logging.getLogger(__name__)

# The window cannot repaint while a write waits for another program: it gives up sooner than
# the command line does, with the "busy" message, and the person tries again.
GUI_WRITER_WAIT_SECONDS = 10.0

HANDOVER_MESSAGE = b"activate"


def instance_key(url: str) -> str:
    """The local-socket name that one instance per database listens on."""
    return "pimap-desktop-" + hashlib.sha256(url.encode()).hexdigest()[:20]


def hand_over(key: str) -> bool:
    """Ask a running instance on the same database to come forward; True if there is one."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(500):
        return False
    socket.write(QByteArray(HANDOVER_MESSAGE))
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


def listen_for_handover(key: str, window: MainWindow) -> QLocalServer:
    server = QLocalServer(window)
    QLocalServer.removeServer(key)  # a server left behind by a crash
    server.listen(key)

    def bring_forward() -> None:
        connection = server.nextPendingConnection()
        if connection is not None:
            connection.deleteLater()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.show_message("PIMAP Desktop was started again on this database: this is it.")

    server.newConnection.connect(bring_forward)
    return server


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pimap-desktop", description="PIMAP Desktop")
    parser.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--demo", action="store_true", help="load the demo data when the database is empty"
    )
    parser.add_argument("--version", action="version", version=f"pimap-desktop {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("PIMAP Desktop")
    app.setOrganizationName("PIMAP")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pimap-desktop")
    icon = resources.files("pimap_desktop.resources") / "icons" / "pimap-desktop.svg"
    app.setWindowIcon(QIcon(str(icon)))
    setup_logging()
    install_excepthook()

    url = resolve_url(args.db)
    key = instance_key(url)
    if hand_over(key):
        print("PIMAP Desktop is already open on this database; its window was brought forward.")
        return 0
    try:
        db = open_database(args.db, writer_wait=GUI_WRITER_WAIT_SECONDS)
        if args.demo:
            from pimap_desktop.services.demo import is_empty, load_demo

            with db.session() as session:
                if is_empty(session):
                    load_demo(session)
    except PimapError as exc:
        QMessageBox.critical(None, "PIMAP Desktop cannot open the database", str(exc))
        return 1
    window = MainWindow(db)
    listen_for_handover(key, window)
    window.show()
    window.start_daily_backup()
    log.info("started, version %s", __version__)
    try:
        return app.exec()
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
