"""File dialogs, one way: where to open or save a file, starting in the folder last used for the
same kind of file, and a file name that ends as its type says.

``show_file_dialog`` is the one place a file dialog opens, and the one boundary tests replace
(``tests/gui/conftest.py``: the ``file_dialogs`` fixture). The folder last used is kept in the
``QSettings`` given (under ``<key>/folder``), else for the rest of the session.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

Mode = Literal["open", "open_many", "save", "folder"]

_folders: dict[str, str] = {}  # the folders used this session, for callers without settings


def show_file_dialog(
    mode: Mode, parent: QWidget | None, title: str, start: str, filters: str = ""
) -> tuple[list[str], str]:
    """The system's dialog: the paths chosen (none when cancelled) and the filter chosen."""
    if mode == "folder":
        folder = QFileDialog.getExistingDirectory(parent, title, start)
        return ([folder] if folder else []), ""
    if mode == "open_many":
        paths, chosen_filter = QFileDialog.getOpenFileNames(parent, title, start, filters)
        return list(paths), chosen_filter
    if mode == "open":
        path, chosen_filter = QFileDialog.getOpenFileName(parent, title, start, filters)
    else:
        path, chosen_filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    return ([path] if path else []), chosen_filter


def remembered_folder(key: str, default: Path, settings: QSettings | None = None) -> Path:
    """The folder last used for ``key``, else ``default``."""
    value = settings.value(f"{key}/folder", "") if settings is not None else _folders.get(key)
    return Path(str(value)) if value else default


def remember_folder(key: str, folder: Path, settings: QSettings | None = None) -> None:
    if settings is not None:
        settings.setValue(f"{key}/folder", str(folder))
    else:
        _folders[key] = str(folder)


def forget_folders() -> None:
    """Forget the folders of this session (tests start afresh)."""
    _folders.clear()


def filter_suffixes(chosen_filter: str) -> list[str]:
    """The endings a dialog filter names: ".pdf" for "PDF document (*.pdf)"."""
    return [f".{s.lower()}" for s in re.findall(r"\*\.(\w+)", chosen_filter)]


def with_suffix(path: Path, suffixes: tuple[str, ...], chosen_filter: str = "") -> Path:
    """``path`` when its name ends with one of ``suffixes`` (any case), else the name with the
    ending of the filter chosen in the dialog added (the first of ``suffixes`` by default)."""
    if not suffixes or path.suffix.lower() in suffixes:
        return path
    chosen = next((s for s in filter_suffixes(chosen_filter) if s in suffixes), suffixes[0])
    return path.with_name(path.name + chosen)


def _ask(
    mode: Mode,
    parent: QWidget | None,
    title: str,
    filters: str,
    *,
    key: str,
    settings: QSettings | None,
    default: Path | None,
    name: str = "",
) -> tuple[list[Path], str]:
    """The dialog, started in the folder last used for ``key`` (with ``name`` suggested);
    the paths chosen and the filter chosen. The folder chosen is remembered."""
    folder = remembered_folder(key, default if default is not None else Path.home(), settings)
    start = folder / name if name else folder
    paths, chosen_filter = show_file_dialog(mode, parent, title, str(start), filters)
    chosen = [Path(p) for p in paths if p]
    if chosen:
        remember_folder(key, chosen[0] if mode == "folder" else chosen[0].parent, settings)
    return chosen, chosen_filter


def ask_open_path(
    parent: QWidget | None,
    title: str,
    filters: str,
    *,
    key: str,
    default: Path | None = None,
    settings: QSettings | None = None,
) -> Path | None:
    """A file to read (None: cancelled); starts in the folder last used for ``key``."""
    chosen, _filter = _ask(
        "open", parent, title, filters, key=key, settings=settings, default=default
    )
    return chosen[0] if chosen else None


def ask_open_paths(
    parent: QWidget | None,
    title: str,
    filters: str,
    *,
    key: str,
    settings: QSettings | None = None,
) -> list[Path]:
    """Files to read (none: cancelled); starts in the folder last used for ``key``."""
    chosen, _filter = _ask(
        "open_many", parent, title, filters, key=key, settings=settings, default=None
    )
    return chosen


def ask_save_path(
    parent: QWidget | None,
    title: str,
    name: str,
    filters: str,
    *,
    key: str,
    suffixes: tuple[str, ...] = (),
    default: Path | None = None,
    settings: QSettings | None = None,
) -> Path | None:
    """Where to write a file named ``name`` by default (None: cancelled), starting in the
    folder last used for ``key``; a name without one of ``suffixes`` gets one (``with_suffix``)."""
    chosen, chosen_filter = _ask(
        "save", parent, title, filters, key=key, settings=settings, default=default, name=name
    )
    return with_suffix(chosen[0], suffixes, chosen_filter) if chosen else None


def ask_save_choice(
    parent: QWidget | None,
    title: str,
    name: str,
    filters: str,
    *,
    key: str,
    settings: QSettings | None = None,
) -> tuple[Path, str] | None:
    """As ``ask_save_path``, with the filter chosen too (None: cancelled): for types that
    share an ending, such as CSV with commas or with semicolons."""
    chosen, chosen_filter = _ask(
        "save", parent, title, filters, key=key, settings=settings, default=None, name=name
    )
    return (chosen[0], chosen_filter) if chosen else None


def ask_folder(
    parent: QWidget | None,
    title: str,
    *,
    key: str,
    settings: QSettings | None = None,
) -> Path | None:
    """A folder to write into (None: cancelled), starting in the folder last used for ``key``."""
    chosen, _filter = _ask("folder", parent, title, "", key=key, settings=settings, default=None)
    return chosen[0] if chosen else None
