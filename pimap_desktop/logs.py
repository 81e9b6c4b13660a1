"""Logging to a rotating file in the per-user log folder. Never log personal data: log ids,
counts and file names, not names, e-mails, phones or diets."""

from __future__ import annotations

import logging
import logging.handlers
from io import TextIOWrapper
from pathlib import Path

import platformdirs

from pimap_desktop.store.filemodes import make_private_dir, make_private_file

LOG_FILE_NAME = "pimap.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file readable by its owner only, the new file after a rollover too."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        make_private_file(Path(self.baseFilename))
        return stream


def log_path() -> Path:
    return platformdirs.user_log_path("PIMAP Desktop", "PIMAP") / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the application's log records to the rotating log file; returns its path."""
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "_pimap", False) for h in root.handlers):
        return path
    try:
        make_private_dir(path.parent)
        handler: logging.Handler = _PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._pimap = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
