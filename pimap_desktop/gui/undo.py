"""Undoable edits: one step over the services' undo tokens.

A service action returns a token that takes it back (``services.undo.Undo``). The page carries
the action out, then pushes a ``ServiceStep`` holding that token. The first ``redo`` that
``QUndoStack.push`` runs is skipped: the page has already done the action (so that a refused
input keeps its dialog open instead of entering the stack). Undo calls ``token.undo`` in a
session of its own; redo runs the action again and keeps the fresh token it returns. Each way
is one transaction of a service; no step pokes models.

The steps of each area are built in its ``commands`` module.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import arg
from pimap_desktop.services.undo import Undo
from pimap_desktop.store.database import Database

Changed = Callable[[uuid.UUID, uuid.UUID | None], None]  # mission id, item to select
Show = Callable[[uuid.UUID | None], None]  # show the data as it is, that record selected
T = TypeVar("T", bound=Undo)
V = TypeVar("V")


def explain_stale(exc: Exception) -> Exception:
    """A database refusal during undo or redo means the data changed under the step (a
    record it needs was deleted or changed elsewhere): say that, not "something went wrong"."""
    if isinstance(exc, SQLAlchemyError):
        return PimapError(
            QCoreApplication.translate(
                "undo",
                "This step can no longer be undone or redone: the records it concerns were "
                "changed or deleted since. Nothing was changed now.",
            )
        )
    return exc


class ServiceStep(QUndoCommand, Generic[T]):
    """An undoable step made by a service; the change is done before it is pushed.

    ``token`` takes the change back; ``redo`` does it again and returns the token that takes
    that back. After each way, ``show`` refreshes the page with ``select`` selected
    (``select_undone`` after an undo). A failure is explained, the step dropped, and
    ``show(None)`` lets the page show the data as it is."""

    def __init__(
        self,
        db: Database,
        text: str,
        token: T,
        *,
        redo: Callable[[Session], T],
        show: Show,
        select: uuid.UUID | None = None,
        select_undone: uuid.UUID | None = None,
    ) -> None:
        super().__init__(text)
        self.db = db
        self.token = token
        self.do_again = redo
        self.show = show
        self.select, self.select_undone = select, select_undone
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._redo, QCoreApplication.translate("undo", "redo “%1”"))

    def undo(self) -> None:
        self._guarded(self._undo, QCoreApplication.translate("undo", "undo “%1”"))

    def _redo(self) -> None:
        with self.db.session() as session:
            self.token = self.do_again(session)
        self.shown(undone=False)

    def _undo(self) -> None:
        with self.db.session() as session:
            self.token.undo(session)
        self.shown(undone=True)

    def shown(self, *, undone: bool) -> None:
        """Show the data after a step."""
        self.show(self.select_undone if undone else self.select)

    def _guarded(self, step: Callable[[], None], action: str) -> None:
        # The data may have changed under the command (another window, the pimap command):
        # say so, and drop the command from the stack rather than leave it half-applied.
        try:
            step()
        except Exception as exc:
            self.setObsolete(True)
            report_error(None, explain_stale(exc), action=arg(action, self.text()))
            self.show(None)


@dataclass(frozen=True)
class ServiceCall:
    """A token made of one service call, for an action whose service returns none of its own:
    an addition (undone by a deletion) or an edit (undone by setting the values before)."""

    call: Callable[[Session], object]

    def undo(self, session: Session) -> None:
        self.call(session)


class TakeOut:
    """The token of an addition whose removal returns a token of its own (people registered,
    a session added, a follow-up recorded): ``undo`` removes it and keeps that token;
    ``put_back`` (the redo) brings the very rows back, with their ids."""

    def __init__(self, remove: Callable[[Session], Undo]) -> None:
        self.remove = remove
        self.removed: Undo | None = None

    def undo(self, session: Session) -> None:
        self.removed = self.remove(session)

    def put_back(self, session: Session) -> TakeOut:
        assert self.removed is not None  # an undo came first
        self.removed.undo(session)
        return self


@dataclass(frozen=True)
class Several:
    """Tokens taken back one after the other, each in its own transaction as they were made."""

    tokens: tuple[Undo, ...]

    def undo(self, session: Session) -> None:
        for token in self.tokens:
            token.undo(session)


def between(
    db: Database, text: str, before: Undo, after: Undo, *, show: Show, select: uuid.UUID | None
) -> ServiceStep[Undo]:
    """A change between two states, each put back by a token: undo puts ``before`` back,
    redo ``after``."""

    def again(session: Session) -> Undo:
        after.undo(session)
        return before

    return ServiceStep(db, text, before, redo=again, show=show, select=select, select_undone=select)


def edited(
    db: Database,
    text: str,
    apply: Callable[[Session, V], object],
    before: V,
    after: V,
    *,
    show: Show,
    select: uuid.UUID | None = None,
) -> ServiceStep[Undo]:
    """Values changed by ``apply(session, values)``: undo applies ``before``, redo ``after``."""
    return between(
        db,
        text,
        ServiceCall(lambda session: apply(session, before)),
        ServiceCall(lambda session: apply(session, after)),
        show=show,
        select=select,
    )
