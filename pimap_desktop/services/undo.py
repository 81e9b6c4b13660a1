"""One shape for taking an action back.

Every undoable service action returns (or carries, as ``report.undo``) a token: a frozen
dataclass that keeps what the action changed, row for row where it must, and implements
``Undo``. The GUI's undo steps and the tests call nothing else to take an action back.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session


class Undo(Protocol):
    """What takes one action back."""

    def undo(self, session: Session) -> None:
        """Put back what the action changed, as one transaction on ``session``.

        Raises a ``PimapError`` (and changes nothing) when the records it concerns were
        changed since in a way that makes that impossible: each token says which.
        """
        ...
