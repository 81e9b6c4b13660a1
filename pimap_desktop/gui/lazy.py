"""Pages that load when they are shown.

The main window holds nine pages; reading every one's data at start-up would make the window
wait for lists nobody looks at (the registrations of a 50,000-person directory take seconds).
A page of the window therefore loads when it is first shown, and a change elsewhere while it
is hidden only marks it stale: it loads once, when it is next shown. A page standing alone (a
test, a dialog) is not lazy and loads at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


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
