"""Pages that load when they are shown.

The main window holds nine pages; reading every one's data at start-up would make the window
wait for lists nobody looks at (the registrations of a 50,000-person directory take seconds).
A page of the window therefore loads when it is first shown, and a change elsewhere while it
is hidden only marks it stale: it loads once, when it is next shown. A page standing alone (a
test, a dialog) is not lazy and loads at once, as before.

A page whose lists are long (the registrations, the B2B meetings, the people to print for,
the directory) reads them with a ``PageReader``: in the background when it is shown or turned
to another mission, so that the window never freezes on a page switch, and at once after the
person's own change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.operations import Lane, Operation, Progress
from pimap_desktop.store.database import Database

T = TypeVar("T")


def when_mission_gone(reload_missions: Callable[[], None]) -> Callable[[Exception], bool]:
    """``failed`` for a page that reads one mission: when the mission went meanwhile (deleted
    here or by a colleague), the page reads its missions again; other errors are reported."""

    def failed(exc: Exception) -> bool:
        if isinstance(exc, NotFoundError):
            reload_missions()
            return True
        return False

    return failed


class LoadWhenShown(QObject):
    """Holds a page's loads back while it is hidden (when ``lazy``) and makes the one held
    back when the page is next shown. The page asks ``hold(select)`` at the top of its load:
    True means "not now"; ``load`` is then called with the last ``select`` held."""

    def __init__(self, page: QWidget, load: Callable[[Any], None], *, lazy: bool) -> None:
        super().__init__(page)
        self._page = page
        self._load = load
        self.lazy = lazy
        self.pending = False
        self._select: Any = None
        page.installEventFilter(self)

    def hold(self, select: Any = None) -> bool:
        if not self.lazy or self._page.isVisible():
            return False
        self.pending = True
        if select is not None:
            self._select = select
        return True

    def take_pending(self) -> bool:
        """Whether a load was held back (and it is no longer): for a page that loads on
        every show anyway."""
        pending, self.pending, self._select = self.pending, False, None
        return pending

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.pending:
            select = self._select
            self.take_pending()
            self._load(select)
        return False


class PageReader(Generic[T]):
    """A page's read of its lists: ``now`` on the GUI thread, or ``in_background``.

    The page's own changes read ``now``: the person waits to see the record they made selected.
    A page shown after changes made elsewhere, or turned to another mission, reads
    ``in_background``: the page shows at once, with its old lists and ``loading(True)`` (the
    count says so), and its lists follow. The read runs in a session of its own on the thread
    pool; ``apply`` runs back on the GUI thread. Only the newest read asked for is applied: one
    asked for while another runs waits for it and then runs (once, however many were asked), and
    a read made ``now`` drops the one still running. A failure goes to ``failed`` when it
    handles it (returns True), else it is reported like any other."""

    def __init__(
        self,
        page: QWidget,
        db: Database,
        *,
        action: str,
        loading: Callable[[bool], None],
        failed: Callable[[Exception], bool] | None = None,
    ) -> None:
        self._page = page
        self._db = db
        self._action = action
        self._loading = loading
        self._failed = failed
        self.lane = Lane()
        self._generation = 0  # one more for every read asked for
        self._queued: tuple[Callable[[Session], T], Callable[[T], None]] | None = None

    def now(self, read: Callable[[Session], T], apply: Callable[[T], None]) -> None:
        """Read and apply at once (an error raised by ``read`` reaches the caller)."""
        self._generation += 1
        self._queued = None
        with self._db.session() as session:
            value = read(session)
        apply(value)

    def read(
        self, read: Callable[[Session], T], apply: Callable[[T], None], *, background: bool
    ) -> None:
        """``in_background`` or ``now``; a failure of a read made now goes to ``failed`` as a
        background one's does, and is raised when ``failed`` does not handle it."""
        if background:
            self.in_background(read, apply)
            return
        try:
            self.now(read, apply)
        except Exception as exc:
            if self._failed is None or not self._failed(exc):
                raise

    def drop(self) -> None:
        """Apply no read asked for until now (the page shows nothing to read)."""
        self._generation += 1
        self._queued = None

    def in_background(self, read: Callable[[Session], T], apply: Callable[[T], None]) -> None:
        self._generation += 1
        self._queued = (read, apply)
        if not self.lane.busy():
            self._start()

    def loading(self) -> bool:
        """Whether a read is running."""
        return self.lane.busy()

    def wait(self, seconds: float = 10.0) -> bool:
        """Wait for the running read to end (before the database closes); True when it has."""
        return self.lane.wait(seconds)

    def _start(self) -> None:
        if self._queued is None:
            return
        (read, apply), self._queued = self._queued, None
        generation, db = self._generation, self._db

        def work(_progress: Progress, _cancel: threading.Event) -> T:
            with db.session() as session:  # closed (and the lock released) at once
                return read(session)

        (
            Operation(self._page, work, action=self._action)
            .success(lambda value: self._read(generation, apply, value))
            .failure(lambda exc: self._not_read(generation, exc))
            .run_in_background(self.lane)
        )
        self._loading(True)  # ``loading()`` now says so

    def _read(self, generation: int, apply: Callable[[T], None], value: T) -> None:
        if self._queued is not None:  # asked again meanwhile: the newest read wins
            self._start()
            return
        self._loading(False)
        if generation == self._generation:  # else a read made now has already been applied
            apply(value)

    def _not_read(self, generation: int, exc: Exception) -> None:
        if self._queued is not None:
            self._start()
            return
        self._loading(False)
        if generation != self._generation:
            return
        if self._failed is None or not self._failed(exc):
            report_error(self._page, exc, action=self._action)
