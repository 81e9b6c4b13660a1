"""Files that hold personal data are readable by their owner only.

On Linux and macOS a file is set to 0600 and a folder to 0700 with ``os.chmod`` after it is
created, whatever the umask. On Windows nothing special is done: files in the user's profile
inherit its ACLs, which already keep other users out, and ``os.chmod`` there only toggles the
read-only flag. A file system without Unix modes (a FAT memory stick) refuses ``chmod``: that is
logged and not an error, as there is nothing tighter to be had there.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
POSIX = os.name == "posix"

log = logging.getLogger(__name__)


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError as exc:
        log.warning("could not restrict %s to mode %o: %s", path.name, mode, exc.strerror)


def make_private_file(path: Path, *, like: Path | None = None) -> None:
    """Set ``path`` to 0600, or tighter when ``like`` (the file it copies) is tighter still."""
    if not POSIX:
        return
    mode = PRIVATE_FILE_MODE
    if like is not None:
        mode &= stat.S_IMODE(like.stat().st_mode)
    _chmod(path, mode)


def make_private_dir(path: Path) -> Path:
    """Create ``path`` if needed and set it to 0700; returns it."""
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        _chmod(path, PRIVATE_DIR_MODE)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file that only its owner can read (nothing happens if it exists)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)
    make_private_file(path)
