"""One shape for taking an action back.

Every undoable service action returns (or carries, as ``report.undo``) a token: a frozen
dataclass that keeps what the action changed, row for row where it must, and implements
``Undo``. The GUI's undo steps and the tests call nothing else to take an action back.

Undo never reverts a colleague's later change: a token keeps, for each row its action
changed, the version before and the version it left (``VersionsLeft``); its undo
(``taking_back``) first checks that the row was not changed elsewhere since, refusing with
"Changed by … at …: this step can no longer be undone". A version written since by this
program (a later step, or its undo: each undo writes a new version) is no reason to refuse; a
version it did not write is someone else's (``moved_on_elsewhere``). An edit of one record
through its update service is undone and redone by ``edit_steps`` the same way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import StaleEdit
from pimap_desktop.domain.models import Record
from pimap_desktop.services.unit import transaction
from pimap_desktop.services.versions import CANNOT_REDO, CANNOT_UNDO, refusal, version_of
from pimap_desktop.store.audit import versions_before, written_here


class Undo(Protocol):
    """What takes one action back."""

    def undo(self, session: Session) -> None:
        """Put back what the action changed, as one transaction on ``session``.

        Raises a ``PimapError`` (and changes nothing) when the records it concerns were
        changed since in a way that makes that impossible: each token says which.
        """
        ...


# --------------------------------------------------------------------------- versions left

Key = tuple[type[Record], uuid.UUID]


@dataclass(frozen=True)
class VersionsLeft:
    """For each row an action changed: (record class, id, version before, version it left);
    no version before for a row the action made."""

    rows: tuple[tuple[type[Record], uuid.UUID, int | None, int], ...] = ()

    def reversed(self) -> VersionsLeft:
        """The same rows the other way: for a token that does the action again once it was
        taken back (it expects the rows as they were before, and leaves them as after)."""
        return VersionsLeft(
            tuple(
                (model, record_id, after, before)
                for model, record_id, before, after in self.rows
                if before is not None
            )
        )


def versions_left(session: Session, records: Iterable[Record]) -> VersionsLeft:
    """What the change under way (written first) did to the versions of ``records``."""
    chosen = list(records)
    if not chosen:
        return VersionsLeft()
    session.flush()
    before = versions_before(session)
    return VersionsLeft(
        tuple((type(r), r.id, before.get((type(r), r.id)), r.version) for r in chosen)
    )


def moved_on_elsewhere(
    session: Session, model: type[Record], record_id: uuid.UUID, version: int, expected: int
) -> bool:
    """Whether a row now at ``version`` was changed by someone else since ``expected``: a
    version after it that this program did not write (this program's own later changes, an
    undo of a later step among them, are no reason to refuse)."""
    if version == expected:
        return False
    if version < expected:
        return True  # put back to an older state elsewhere
    here = written_here(session, model, record_id)
    return any(v not in here for v in range(expected + 1, version + 1))


def _refuse(session: Session, model: type[Record], record_id: uuid.UUID, why: str) -> StaleEdit:
    record = session.get(model, record_id)
    assert record is not None  # its version was just read
    session.refresh(record)
    return refusal(session, record, why)


def check_left(session: Session, left: VersionsLeft, *, why: str = CANNOT_UNDO) -> None:
    """Refuse to take an action back when one of the rows it changed has moved on since (a
    colleague's change, or a change of this computer's that was not taken back):
    ``StaleEdit`` with who and when. Rows gone since are for the token's own checks."""
    by_model: dict[type[Record], dict[uuid.UUID, int]] = {}
    for model, record_id, _before, after in left.rows:
        by_model.setdefault(model, {})[record_id] = after
    for model, wanted in by_model.items():
        ids = list(wanted)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for record_id, version in session.execute(
                select(model.id, model.version).where(model.id.in_(chunk))
            ):
                if moved_on_elsewhere(session, model, record_id, version, wanted[record_id]):
                    raise _refuse(session, model, record_id, why)


@contextmanager
def taking_back(session: Session, left: VersionsLeft) -> Iterator[None]:
    """The transaction of a token's undo, refused when a row the action changed was changed
    elsewhere since (``check_left``)."""
    with transaction(session):
        check_left(session, left)
        yield


# --------------------------------------------------------------------------- one record edited

V = TypeVar("V")


@dataclass(frozen=True)
class PutValues(Generic[V]):
    """A token that puts ``values`` on one record through its update service: ``apply(session,
    values, expected_version)``. It refuses with the reason (``why``) when the record was
    changed elsewhere since version ``expects`` (what the edit left)."""

    apply: Callable[[Session, V, int | None], int]
    values: V
    record: Key
    expects: int | None
    why: str = CANNOT_UNDO

    def undo(self, session: Session) -> None:
        model, record_id = self.record
        expected = self.expects
        current = version_of(session, model, record_id)
        if current is not None and expected is not None:
            if moved_on_elsewhere(session, model, record_id, current, expected):
                raise _refuse(session, model, record_id, self.why)
            expected = current  # the save then refuses a change that slips in meanwhile
        try:
            self.apply(session, self.values, expected)
        except StaleEdit as exc:
            raise StaleEdit(f"{exc.changed}: {self.why}.", exc.changed) from None


def edit_steps(
    apply: Callable[[Session, V, int | None], int],
    before: V,
    after: V,
    *,
    record: Key,
    loaded: int | None,
    left: int | None,
    apply_back: Callable[[Session, V, int | None], int] | None = None,
) -> tuple[PutValues[V], PutValues[V]]:
    """The two ways of an edit of one record, saved over version ``loaded`` and leaving it at
    version ``left``: the first puts ``before`` back (undo; with ``apply_back`` when taking
    back differs from doing), the second ``after`` (redo). Each is refused once the record was
    changed elsewhere since the edit."""
    return (
        PutValues(apply_back or apply, before, record, left, CANNOT_UNDO),
        PutValues(apply, after, record, left if left is not None else loaded, CANNOT_REDO),
    )
