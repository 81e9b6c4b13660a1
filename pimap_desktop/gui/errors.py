"""How errors reach a person: a short message, never a traceback, never a vanished window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.languages import arg
from pimap_desktop.gui.words import error_text
from pimap_desktop.logs import log_path
from pimap_desktop.store.database import explain_database_error

log = logging.getLogger(__name__)


def report_error(parent: QWidget | None, exc: BaseException, *, action: str = "") -> None:
    """Show an error: a PimapError's own message, else a short note and where the log is.
    ``action`` is translated by the caller ("make the daily backup")."""
    title = (
        arg(QCoreApplication.translate("errors", "Could not %1"), action)
        if action
        else "PIMAP Desktop"
    )
    if isinstance(exc, SQLAlchemyError):
        # Busy, read-only and damaged are told apart; none of them is "unexpected".
        explained = explain_database_error(exc)
        if explained is not None:
            log.warning("database refused an action: %s", type(exc).__name__)
            exc = explained
    if isinstance(exc, PimapError):
        QMessageBox.warning(parent, title, error_text(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.critical(
        parent,
        title,
        arg(
            QCoreApplication.translate(
                "errors",
                "Something unexpected went wrong; nothing was saved by the failed action.\n\n"
                "The details are in the log file:\n%1",
            ),
            log_path(),
        ),
    )


def install_excepthook() -> None:
    """Unexpected errors in slots are logged and shown; the window stays open."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unhandled error", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            report_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
