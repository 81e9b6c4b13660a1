"""A stand-in for the file dialogs (``gui.dialogs.show_file_dialog``), answered by the test."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pimap_desktop.gui import dialogs


@dataclass
class Asked:
    mode: dialogs.Mode
    title: str
    start: str  # the folder, or the suggested path of a file to save
    filters: str


@dataclass
class FileDialogs:
    """The file dialogs, answered by the test in turn; unanswered, a dialog is cancelled
    (unless told what to choose ``always``)."""

    answers: list[tuple[list[str], str]] = field(default_factory=list)
    asked: list[Asked] = field(default_factory=list)
    otherwise: tuple[list[str], str] = ([], "")  # the answer once ``answers`` are used up

    def answer(self, *paths: str | Path, chosen_filter: str = "") -> None:
        """The next dialog chooses ``paths`` (none: cancel) and ``chosen_filter``."""
        self.answers.append(([str(p) for p in paths], chosen_filter))

    def always(self, *paths: str | Path) -> None:
        """Every dialog chooses ``paths`` (after the answers given one by one)."""
        self.otherwise = ([str(p) for p in paths], "")

    def show(
        self, mode: dialogs.Mode, _parent: object, title: str, start: str, filters: str = ""
    ) -> tuple[list[str], str]:
        self.asked.append(Asked(mode, title, start, filters))
        return self.answers.pop(0) if self.answers else self.otherwise
