"""Under the check-in field: the people matching what the desk types (name, organisation or
e-mail, from the search index, as they type), or a hint when nothing matches or a code is
being typed. Its height never changes, so the result panel below never moves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QWidget

from pimap_desktop.domain.enums import RegistrationStatus
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.models import Column, RowTableModel
from pimap_desktop.gui.onsite.desk_widgets import FittedLabel
from pimap_desktop.services.onsite.onsite import CheckInIndex, Match, local_time, looks_like_code

MATCHES_SHOWN = 8  # asked of the index; the list shows 4 and scrolls


def _checked_in_text(match: Match) -> str:
    """``✓ 08:41``, ``not yet``, or the status of someone the desk does not simply let in."""
    if match.checked_in_local is not None:
        return f"✓ {local_time(match.checked_in_local)}"
    if match.status in (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED):
        return QCoreApplication.translate("MatchList", "not yet")
    return enum_label(match.status)


MATCH_COLUMNS: list[Column[Match]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda m: m.name, tooltip=lambda m: m.email),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda m: m.organisation),
    Column(QT_TRANSLATE_NOOP("columns", "Delegation"), lambda m: m.delegation),
    Column(QT_TRANSLATE_NOOP("columns", "Checked in"), _checked_in_text),
]


class MatchList(QStackedWidget):
    """The matches (``matches``, shown in ``matches_view``) or the hint (``matches_hint``).
    Emits ``picked`` with the match double-clicked."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: RowTableModel[Match] = RowTableModel(MATCH_COLUMNS, self)
        self.matches_view = QTableView()
        self.matches_view.setModel(self.matches)
        self.matches_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches_view.verticalHeader().hide()
        self.matches_view.verticalHeader().setDefaultSectionSize(26)
        header = self.matches_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.matches_view.doubleClicked.connect(self._pick)
        self.matches_hint = FittedLabel(160)  # it may quote what was typed or scanned
        self.matches_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matches_hint.setStyleSheet("color: #5f6368;")
        self.addWidget(self.matches_hint)
        self.addWidget(self.matches_view)
        # A fixed height: matches coming and going never move the panel below.
        self.setFixedHeight(26 * 4 + 30)  # fits an 800 x 600 screen
        self.show_hint("")

    def show_hint(self, text: str) -> None:
        """The hint for what is typed: how to search, a code to read, or nobody found."""
        cleaned = " ".join(text.split())
        if not cleaned:
            hint = self.tr("Matches appear here as you type a name, an organisation or an e-mail.")
        elif looks_like_code(cleaned):
            hint = self.tr("A code: Enter reads it.")
        else:
            hint = arg(self.tr("Nobody matches “%1”. Walk-in… registers someone new."), cleaned)
        self.matches_hint.set_full_text(hint)
        self.setCurrentWidget(self.matches_hint)

    def show_matches(self, found: list[Match]) -> None:
        self.matches.set_rows(found)
        self.setCurrentWidget(self.matches_view)

    def search(self, text: str, index: CheckInIndex | None) -> None:
        """The matches of ``text`` in ``index``, or the hint."""
        if index is None or not text.strip() or looks_like_code(text):
            if self.matches.total():
                self.matches.set_rows([])
            self.show_hint(text)
            return
        found = index.search(text, limit=MATCHES_SHOWN)
        if found:
            self.show_matches(found)
        else:
            self.matches.set_rows([])
            self.show_hint(text)

    def shown(self) -> bool:
        """Matches are shown (not the hint)."""
        return self.currentWidget() is self.matches_view and bool(self.matches.rowCount())

    def current(self) -> Match | None:
        """The match chosen with the arrow keys, if any."""
        if not self.shown():
            return None
        current = self.matches_view.currentIndex()
        return self.matches.row(current) if current.isValid() else None

    def step(self, step: int) -> None:
        """Choose the next (1) or previous (-1) match; above the first, none."""
        if not self.shown():
            return
        current = self.matches_view.currentIndex()
        row = (current.row() if current.isValid() else -1) + step
        if row < 0:
            self.matches_view.setCurrentIndex(QModelIndex())
            self.matches_view.clearSelection()
            return
        row = min(row, self.matches.rowCount() - 1)
        self.matches_view.setCurrentIndex(self.matches.index(row, 0))
        self.matches_view.selectRow(row)

    def _pick(self, index: QModelIndex) -> None:
        if index.isValid():
            self.picked.emit(self.matches.row(index))
