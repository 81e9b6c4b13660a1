"""Logging to a rotating file in the per-user log folder. Never log personal data: log ids,
counts and file names, not names, e-mails, phones or diets."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

LOG_FILE_NAME = "pimap.log"


def log_path() -> Path:
    return platformdirs.user_log_path("PIMAP Desktop", "PIMAP") / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the application's log records to the rotating log file; returns its path."""
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "_pimap", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only home must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._pimap = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
