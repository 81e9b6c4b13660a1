"""``pimap-desktop``: opens the main window on a database.

``pimap-desktop FILE`` opens FILE, a PIMAP database (``.pimap`` or ``.sqlite``): what a file
manager does with the desktop entry's ``%f`` and the Windows and macOS file associations. It is
the same as ``--db FILE``, except that the file must exist: nothing is created from a click.

``--lang CODE`` shows the interface in that language for this run (en, fr, sv, pt, fi, or the
language's name); without it, the language chosen in View ▸ Language, else the system's.

``--smoke-screenshots DIR`` (hidden; used by packaging/smoke.py on the frozen build): once the
window is shown, print "window shown", visit every page and save a screenshot of each into DIR,
then quit with status 0. Any message box is printed on stdout and closed, so nothing waits for
a click.

``--quit-when-shown`` (hidden; used by ``make bench`` to time a cold start): print "window
shown" once the window is shown and its first events are handled, then quit with status 0.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from pimap_desktop import __version__
from pimap_desktop.collector import no_cycle_collection
from pimap_desktop.domain.errors import DatabaseError, PimapError
from pimap_desktop.gui.connect import add_recent
from pimap_desktop.gui.errors import install_excepthook
from pimap_desktop.gui.languages import (
    LANGUAGES,
    arg,
    chosen_language,
    install_translators,
    interface_language,
    remove_translators,
)
from pimap_desktop.gui.words import error_text
from pimap_desktop.logs import setup_logging
from pimap_desktop.store.credentials import url_with_password, without_password
from pimap_desktop.store.database import Database, open_database, resolve_url
from pimap_desktop.store.team_url import with_tls_rule

if TYPE_CHECKING:
    from pimap_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# The window cannot repaint while a write waits for another program: it gives up sooner than
# the command line does, with the "busy" message, and the person tries again
# (GUI_WRITER_WAIT_SECONDS, in main_window, which also opens databases).

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
        window.show_message(
            QCoreApplication.translate(
                "app", "PIMAP Desktop was started again on this database: this is it."
            )
        )

    server.newConnection.connect(bring_forward)
    return server


# What a file given by path may be: a PIMAP database under the shared file type (.pimap) or
# under the name PIMAP gives its own files and backups (.sqlite).
DATABASE_SUFFIXES = (".pimap", ".sqlite", ".sqlite3", ".db")


def _language(text: str) -> str:
    """``--lang``: a language of the interface, by code or name."""
    try:
        return interface_language(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a language of the interface ({', '.join(LANGUAGES)})"
        ) from None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pimap-desktop", description="PIMAP Desktop")
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a PIMAP database to open (.pimap or .sqlite); it must exist",
    )
    parser.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--demo", action="store_true", help="load the demo data when the database is empty"
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        help="the interface's language for this run: en, fr, sv, pt or fi "
        "(View > Language keeps one)",
    )
    parser.add_argument("--version", action="version", version=f"pimap-desktop {__version__}")
    parser.add_argument("--smoke-screenshots", metavar="DIR", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def chosen_database(args: argparse.Namespace) -> tuple[str | None, bool]:
    """The database to open and whether it may be created: a FILE given by path must exist
    and be named as a database; ``--db`` (or the default) may be created."""
    if args.file is None:
        return args.db, True
    if args.db is not None:
        raise DatabaseError(
            QCoreApplication.translate("app", "Give the database as a file or with --db, not both.")
        )
    path = Path(args.file).expanduser()
    if path.suffix.lower() not in DATABASE_SUFFIXES:
        raise DatabaseError(
            arg(
                QCoreApplication.translate(
                    "app",
                    "%1 is not a PIMAP database: PIMAP Desktop opens .pimap and .sqlite files.",
                ),
                path.name,
            )
        )
    if not path.is_file():
        raise DatabaseError(
            arg(QCoreApplication.translate("app", "There is no PIMAP database at %1."), path)
        )
    return str(path), False


def refuse(message: str) -> int:
    """A start that cannot go on: the message in a box, on stderr and in the log; status 1."""
    log.warning("start refused: %s", message)
    if sys.stderr is not None:  # a windowed program on Windows has none
        print(f"pimap-desktop: error: {message}", file=sys.stderr)
    QMessageBox.critical(
        None,
        QCoreApplication.translate("app", "PIMAP Desktop cannot open the database"),
        message,
    )
    return 1


# ----------------------------------------------------------------------------- smoke test

SMOKE_SETTLE_MS = 300  # for each page's background loading before its screenshot


def _say(line: str) -> None:
    if sys.stdout is not None:
        print(f"smoke: {line}", flush=True)


def close_message_boxes() -> QTimer:
    """Smoke runs: a modal message box is printed and closed, so that no run waits for a click.
    The timer has no parent: it stops when the caller lets go of it."""
    timer = QTimer()

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            _say(f"dialog: {box.windowTitle()}: {' '.join(box.text().split())}")
            box.done(0)

    timer.timeout.connect(close_box)
    timer.start(100)
    return timer


def take_screenshots(window: MainWindow, folder: Path, app: QApplication) -> None:
    """Smoke runs: visit every page, save a screenshot of each into ``folder``, quit (the
    window is closed once the event loop has ended: see ``main``)."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    pages = list(enumerate(window.pages))

    def visit(index: int) -> None:
        if index == len(pages):
            _say(f"{len(pages)} pages visited")
            app.exit(0)
            return
        number, (title, _page) = pages[index]
        window.go_to(number)

        def grab() -> None:
            name = f"{number + 1:02d}-{'-'.join(title.lower().replace('&', '').split())}.png"
            if not window.grab().save(str(folder / name)):
                _say(f"could not save {name}")
                app.exit(1)
                return
            _say(f"page {title}: {name}")
            visit(index + 1)

        QTimer.singleShot(SMOKE_SETTLE_MS, grab)

    def shown() -> None:
        _say("window shown")
        visit(0)

    QTimer.singleShot(0, shown)


def _shown_and_quit(app: QApplication) -> None:
    if sys.stdout is not None:
        print("window shown", flush=True)
    app.exit(0)


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
    # The language of this run: installed before anything is shown, taken away on the way out
    # (a test that runs main() leaves the process in English).
    language = args.lang or chosen_language(QSettings())
    translators = install_translators(app, language)
    try:
        return _run(args, app)
    finally:
        remove_translators(app, translators)


def _run(args: argparse.Namespace, app: QApplication) -> int:
    smoke = args.smoke_screenshots is not None
    if smoke:
        watcher = close_message_boxes()  # noqa: F841 (kept alive until main returns)
    # The window's modules and the window itself: many objects, no garbage (pimap_desktop.
    # collector); the collector runs again once the window is on screen.
    with no_cycle_collection():
        started = _start(args)
    if isinstance(started, int):
        return started
    window, db = started
    if smoke:
        take_screenshots(window, args.smoke_screenshots, app)
    elif args.quit_when_shown:
        QTimer.singleShot(0, lambda: _shown_and_quit(app))
    try:
        return app.exec()
    finally:
        if smoke or args.quit_when_shown:
            # Closed as a person closes it (the window's state is saved, work stopped), but
            # after the loop: closing the last window inside it would also ask Qt to quit,
            # and a late quit request stalls whatever runs the event loop next in the process.
            window.close()
        db.dispose()


def _start(args: argparse.Namespace) -> tuple[MainWindow, Database] | int:
    """The window on its database, shown; or the exit code of a refusal."""
    from pimap_desktop.gui.main_window import GUI_WRITER_WAIT_SECONDS, MainWindow

    try:
        database, create = chosen_database(args)
    except PimapError as exc:
        return refuse(error_text(exc))
    # A team database typed by hand gets the TLS rule and its remembered password.
    url = with_tls_rule(resolve_url(database))
    key = instance_key(without_password(url))
    if hand_over(key):
        print("PIMAP Desktop is already open on this database; its window was brought forward.")
        return 0
    try:
        db = open_database(
            url_with_password(url),
            create=create,
            writer_wait=GUI_WRITER_WAIT_SECONDS,
        )
        if args.demo:
            from pimap_desktop.services.demo import is_empty, load_demo

            with db.session() as session:
                if is_empty(session):
                    load_demo(session)
    except PimapError as exc:
        return refuse(error_text(exc))
    window = MainWindow(db)
    add_recent(window.settings, without_password(db.url) if db.path is None else db.path)
    listen_for_handover(key, window)
    window.show()
    window.start_daily_backup()
    log.info("started, version %s", __version__)
    return window, db


if __name__ == "__main__":
    sys.exit(main())
