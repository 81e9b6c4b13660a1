"""The Requests tab of the B2B page: who wants to meet whom (everyone's requests, or those of
one person), and under them the suggested pairs who have not asked each other yet, computed
from what their organisations offer and seek when the tab is shown."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pimap_desktop.domain.errors import NotFoundError
from pimap_desktop.gui.actions import Entry, add_actions
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.models import ROW_ROLE, Column, RowTableModel
from pimap_desktop.services.b2b import meetings as svc
from pimap_desktop.services.b2b import suggestions as suggestions_svc
from pimap_desktop.store.database import Database

REQUEST_COLUMNS: list[Column[svc.RequestRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Requester"),
        lambda r: r.requester,
        tooltip=lambda r: r.requester_organisation,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda r: r.requester_organisation),
    Column(
        QT_TRANSLATE_NOOP("columns", "Wants to meet"),
        lambda r: r.target,
        tooltip=lambda r: r.target_organisation,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Their organisation"), lambda r: r.target_organisation),
    Column(
        QT_TRANSLATE_NOOP("columns", "Priority"),
        lambda r: str(r.priority),
        sort_key=lambda r: r.priority,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Mutual"),
        lambda r: QCoreApplication.translate("RequestsPane", "yes") if r.mutual else "",
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Answer"), lambda r: enum_label(r.status)),
]

SUGGESTION_COLUMNS: list[Column[suggestions_svc.Suggestion]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Score"),
        lambda s: f"{s.score:.0f}",
        sort_key=lambda s: s.score,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Should ask"),
        lambda s: f"{s.requester} — {s.requester_organisation}",
        tooltip=lambda s: f"{s.requester_organisation} ({s.requester_country})",
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "To meet"),
        lambda s: f"{s.target} — {s.target_organisation}",
        tooltip=lambda s: f"{s.target_organisation} ({s.target_country})",
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Why"),
        lambda s: "; ".join(s.reasons),
        tooltip=lambda s: "\n".join(s.reasons),
    ),
]
SUGGESTIONS_SHOWN = 100


class RequestsPane(QWidget):
    """Emits ``selectionChanged`` when the requests or suggestions selected change, and
    ``suggestionActivated`` on a double-click on a suggestion. ``shown()`` says whether the
    tab is the one shown: the suggestions are computed only then (or when it comes)."""

    selectionChanged = Signal()
    suggestionActivated = Signal()

    def __init__(
        self,
        db: Database,
        mission_id: Callable[[], uuid.UUID | None],
        shown: Callable[[], bool],
        requests_bar: Iterable[Entry],
        suggestions_bar: Iterable[Entry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._mission_id = mission_id
        self._shown = shown

        self.requests: RowTableModel[svc.RequestRow] = RowTableModel(REQUEST_COLUMNS, self)
        self.person_filter = QComboBox()
        self.person_filter.currentIndexChanged.connect(lambda _i: self._filter_requests())
        self.requests_view = QTableView()
        self.requests_view.setModel(self.requests)
        self.requests_view.setSortingEnabled(True)
        self.requests_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.requests_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.requests_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests_view.verticalHeader().hide()
        self.requests_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.requests_view.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionChanged.emit()
        )

        self.suggestions: RowTableModel[suggestions_svc.Suggestion] = RowTableModel(
            SUGGESTION_COLUMNS, self
        )
        self.suggestions_stale = True
        self.suggestions_view = QTableView()
        self.suggestions_view.setModel(self.suggestions)
        self.suggestions_view.setSortingEnabled(True)
        self.suggestions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions_view.setWordWrap(False)
        self.suggestions_view.verticalHeader().hide()
        suggestion_header = self.suggestions_view.horizontalHeader()
        suggestion_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        suggestion_header.setStretchLastSection(True)
        suggestion_header.setDefaultSectionSize(260)
        suggestion_header.resizeSection(0, 60)
        self.suggestions_view.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionChanged.emit()
        )
        self.suggestions_view.doubleClicked.connect(lambda _index: self.suggestionActivated.emit())
        self.suggestions_note = QLabel()
        self.suggestions_note.setWordWrap(True)

        layout = QVBoxLayout(self)
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_actions(bar, requests_bar)
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Show the requests of:")))
        who.addWidget(self.person_filter, 1)
        layout.addLayout(who)
        layout.addWidget(bar)
        suggested = QWidget()
        suggested_layout = QVBoxLayout(suggested)
        suggested_layout.setContentsMargins(0, 0, 0, 0)
        suggested_top = QHBoxLayout()
        suggested_top.addWidget(QLabel("<b>" + self.tr("Suggested") + "</b>"))
        suggested_top.addWidget(self.suggestions_note, 1)
        suggested_bar = QToolBar()
        suggested_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_actions(suggested_bar, suggestions_bar)
        suggested_top.addWidget(suggested_bar)
        suggested_layout.addLayout(suggested_top)
        suggested_layout.addWidget(self.suggestions_view, 1)
        self.requests_split = QSplitter(Qt.Orientation.Vertical)
        self.requests_split.addWidget(self.requests_view)
        self.requests_split.addWidget(suggested)
        self.requests_split.setStretchFactor(0, 3)
        self.requests_split.setStretchFactor(1, 2)
        self.requests_split.setChildrenCollapsible(False)
        layout.addWidget(self.requests_split, 1)

    def set_rows(self, requests: list[svc.RequestRow], people: list[tuple[uuid.UUID, str]]) -> None:
        """Show the mission's requests and people, keeping the person chosen and the requests
        selected where they still exist."""
        chosen_requests = {r.id for r in self.selected_requests()}
        self.requests.set_rows(requests)
        keep_person = self.person_filter.currentData()
        self.person_filter.blockSignals(True)
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("everyone"), "")
        for reg_id, name in people:
            self.person_filter.addItem(name, str(reg_id))
        found = self.person_filter.findData(keep_person) if keep_person else 0
        self.person_filter.setCurrentIndex(max(found, 0))
        self.person_filter.blockSignals(False)
        self._filter_requests()
        self._select_requests(chosen_requests)

    def clear(self) -> None:
        self.requests.set_rows([])

    def chosen_registration(self) -> uuid.UUID | None:
        """The person whose requests are shown; None for everyone."""
        chosen = self.person_filter.currentData()
        return uuid.UUID(chosen) if chosen else None

    def selected_requests(self) -> list[svc.RequestRow]:
        return [i.data(ROW_ROLE) for i in self.requests_view.selectionModel().selectedRows()]

    def selected_suggestions(self) -> list[suggestions_svc.Suggestion]:
        return [i.data(ROW_ROLE) for i in self.suggestions_view.selectionModel().selectedRows()]

    def show_suggestions(self) -> None:
        """Computed when the Requests tab is shown (a big mission takes a fraction of a
        second), for the person chosen above or everyone."""
        self.suggestions_stale = False
        mission_id = self._mission_id()
        if mission_id is None:
            self.suggestions.set_rows([])
            self.suggestions_note.clear()
            return
        person = self.chosen_registration()
        try:
            with self.db.session() as session:
                rows = suggestions_svc.suggest_meetings(
                    session, mission_id, limit=SUGGESTIONS_SHOWN, for_registration=person
                )
        except NotFoundError:
            rows = []
        self.suggestions.set_rows(rows)
        whom = self.person_filter.currentText()
        if rows and person:
            text = arg(
                self.tr(
                    "%n pair(s) who have not asked each other for %1, best first, from what "
                    "their organisations offer and seek. Double-click or Request it: a request "
                    "of priority 3.",
                    "",
                    len(rows),
                ),
                whom,
            )
        elif rows:
            text = self.tr(
                "%n pair(s) who have not asked each other, best first, from what their "
                "organisations offer and seek. Double-click or Request it: a request of "
                "priority 3.",
                "",
                len(rows),
            )
        elif person:
            text = arg(
                self.tr(
                    "No suggestion for %1: the profiles have nothing to match, or everyone who "
                    "should meet has asked already."
                ),
                whom,
            )
        else:
            text = self.tr(
                "No suggestion: the profiles have nothing to match, or everyone who should "
                "meet has asked already."
            )
        self.suggestions_note.setText(text)

    def _select_requests(self, ids: set[uuid.UUID]) -> None:
        if not ids:
            return
        selection = self.requests_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, request in enumerate(self.requests.shown_rows()):
            if request.id in ids:
                selection.select(self.requests.index(row, 0), flags)

    def _filter_requests(self) -> None:
        chosen = self.person_filter.currentData()
        self.suggestions_stale = True
        if self._shown():
            self.show_suggestions()
        if not chosen:
            self.requests.set_predicate(None)
            return
        person = uuid.UUID(chosen)
        self.requests.set_predicate(lambda r: person in (r.requester_id, r.target_id))
