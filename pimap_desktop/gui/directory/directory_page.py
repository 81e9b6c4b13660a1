"""The directory: people and organisations shared across missions. Search, filter, sort, a
detail panel with each record's history; create, edit, merge, delete; a person's data exported
or erased on request."""

from __future__ import annotations

import re
import threading
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from pimap_desktop.domain.enums import OrganisationKind
from pimap_desktop.domain.errors import PimapError
from pimap_desktop.domain.models import Organisation, Person, Record
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.actions import add_actions
from pimap_desktop.gui.directory import details
from pimap_desktop.gui.directory.dialogs import (
    MergeCandidate,
    MergeDialog,
    OrganisationChoice,
    OrganisationDialog,
    PersonDialog,
    RecordDialog,
)
from pimap_desktop.gui.directory.list_pane import ListPane, Predicate
from pimap_desktop.gui.enum_labels import enum_label
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, TranslationContext, arg
from pimap_desktop.gui.lazy import LoadWhenShown, PageReader
from pimap_desktop.gui.models import Column
from pimap_desktop.gui.operations import Lane, Operation, Progress, Work
from pimap_desktop.gui.reads import read_or_report
from pimap_desktop.gui.words import error_text
from pimap_desktop.services.directory import directory as svc
from pimap_desktop.services.directory import personal_data
from pimap_desktop.services.directory.directory import (
    OrganisationData,
    OrganisationRow,
    PersonData,
    PersonRow,
)
from pimap_desktop.services.missions.missions import list_clusters
from pimap_desktop.services.versions import describe_change, version_of
from pimap_desktop.store.database import Database

Row = TypeVar("Row", PersonRow, OrganisationRow)  # a row of one of the two lists
Data = TypeVar("Data", PersonData, OrganisationData)  # what a record's form edits
T = TypeVar("T")

NO_COUNTRY = "--"  # the country filter's value for people without one
PROGRESS_DELAY_MS = 300  # a deletion or erasure quicker than this shows no progress dialog


def _count(n: int) -> str:
    return str(n) if n else ""


class DirectoryText(TranslationContext):
    """The translation context of the directory page's words outside its class."""


PEOPLE_COLUMNS: list[Column[PersonRow]] = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Last name"),
        lambda r: r.last_name,
        sort_key=lambda r: (r.last_name.casefold(), r.first_name.casefold()),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "First name"),
        lambda r: r.first_name,
        sort_key=lambda r: (r.first_name.casefold(), r.last_name.casefold()),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country),
    Column(QT_TRANSLATE_NOOP("columns", "E-mail"), lambda r: r.email),
    Column(
        QT_TRANSLATE_NOOP("columns", "Missions"),
        lambda r: _count(r.missions),
        sort_key=lambda r: r.missions,
        align_right=True,
        tooltip=lambda r: DirectoryText.tr("Registered in %n mission(s)", "", r.missions),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Job title"), lambda r: r.job_title),
    Column(
        QT_TRANSLATE_NOOP("columns", "Sectors"), lambda r: r.sectors, tooltip=lambda r: r.sectors
    ),
]
PEOPLE_WIDTHS = (120, 100, 190, 60, 210, 65, 160, 150)

ORGANISATION_COLUMNS: list[Column[OrganisationRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: enum_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country),
    Column(QT_TRANSLATE_NOOP("columns", "City"), lambda r: r.city),
    Column(
        QT_TRANSLATE_NOOP("columns", "People"),
        lambda r: _count(r.people),
        sort_key=lambda r: r.people,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Cluster"), lambda r: r.cluster),
    Column(
        QT_TRANSLATE_NOOP("columns", "Sectors"), lambda r: r.sectors, tooltip=lambda r: r.sectors
    ),
]
ORGANISATION_WIDTHS = (230, 110, 60, 110, 60, 170, 150)

ERASE_EXPLANATION = QT_TRANSLATE_NOOP(
    "DirectoryText",
    "Their name, e-mail, phone, job title, badge name, languages, diet, accessibility needs, "
    "consent and notes are removed for good, with the hotel and notes of their registrations. "
    "This cannot be undone.\n\n"
    "Their registrations, meetings and follow-ups stay, without a name, so that the counts and "
    "KPIs of past missions stay right.\n\n"
    "They are erased in the database and in every backup in its backups folder; a backup that "
    "cannot be rewritten (read-only, damaged, or from another version) is named afterwards.\n\n"
    "If they asked for a copy of their data, export it first.",
)


def _safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .") or "person"


def _person_name(data: PersonData) -> str:
    return f"{data.first_name.strip()} {data.last_name.strip()}"


def _organisation_name(data: OrganisationData) -> str:
    return " ".join(data.name.split())


def _person_candidate(row: PersonRow) -> MergeCandidate:
    facts = [
        row.email or DirectoryText.tr("no e-mail"),
        ", ".join(p for p in (row.job_title, row.organisation, row.country) if p)
        or DirectoryText.tr("no organisation"),
        DirectoryText.tr("%n mission(s)", "", row.missions),
    ]
    return MergeCandidate(row.id, row.full_name, "\n".join(facts))


def _organisation_candidate(row: OrganisationRow) -> MergeCandidate:
    facts = [
        ", ".join(p for p in (enum_label(row.kind), row.city, row.country) if p),
        row.cluster or DirectoryText.tr("no cluster"),
        DirectoryText.tr("%n person(s)", "", row.people),
    ]
    return MergeCandidate(row.id, row.name, "\n".join(facts))


_Lists = tuple[list[PersonRow], list[OrganisationRow]]


def _read_lists(session: Session) -> _Lists:
    return svc.list_people(session), svc.list_organisations(session)


class DirectoryPage(QWidget):
    """People and organisations; emits ``directoryChanged`` after every change it makes.

    Standing alone, it reads its lists at once. In the window (``lazy``), it reads them in the
    background when it is shown (the first time, or after changes made elsewhere), and at once
    after its own changes, which it shows selected."""

    message = Signal(str)
    directoryChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = LoadWhenShown(self, lambda _select: self._read_shown(), lazy=lazy)
        self.reader: PageReader[_Lists] = PageReader(
            self,
            db,
            action=self.tr("read the directory"),
            loading=self._show_loading,
        )
        self.dialog: QDialog | None = None  # the dialog in progress, if any
        self.lane = Lane()  # a deletion (after its backup) or an erasure under way
        self._people_by_organisation: dict[uuid.UUID, list[PersonRow]] = {}

        self.people: ListPane[PersonRow] = ListPane(
            PEOPLE_COLUMNS,
            count_text=lambda shown, total: (
                self.tr("%n person(s)", "", total)
                if shown == total
                else arg(self.tr("%1 of %n people shown", "", total), shown)
            ),
            search_hint=self.tr("Search people: name, organisation, e-mail, country, sector…"),
            filter_label=self.tr("&Country:"),
            filter_all=self.tr("All countries"),
            make_predicate=self._country_predicate,
            describe=self._describe_people,
            widths=PEOPLE_WIDTHS,
        )
        self.organisations: ListPane[OrganisationRow] = ListPane(
            ORGANISATION_COLUMNS,
            count_text=lambda shown, total: (
                self.tr("%n organisation(s)", "", total)
                if shown == total
                else arg(self.tr("%1 of %n organisations shown", "", total), shown)
            ),
            search_hint=self.tr("Search organisations: name, country, city, cluster, sector…"),
            filter_label=self.tr("&Kind:"),
            filter_all=self.tr("All kinds"),
            make_predicate=self._kind_predicate,
            describe=self._describe_organisations,
            widths=ORGANISATION_WIDTHS,
        )
        self.organisations.set_filter_items([(enum_label(k), k.value) for k in OrganisationKind])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.currentChanged.connect(self._update_actions)
        for pane in (self.people, self.organisations):
            pane.selectionChanged.connect(self._update_actions)
            pane.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self._build_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add_actions(
            toolbar,
            (
                self.new_person_action,
                self.new_organisation_action,
                None,
                self.edit_action,
                self.merge_action,
                self.delete_action,
            ),
        )
        # What applies to a person only is shown on the People tab only (_update_actions).
        self.person_only_separator = toolbar.addSeparator()
        toolbar.addAction(self.export_data_action)
        toolbar.addAction(self.erase_action)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Directory") + "</h2>"))
        layout.addWidget(toolbar)
        layout.addWidget(self.tabs, 1)
        self._update_actions()
        self.refresh()  # at once, or when first shown in the window (lazy)

    # ------------------------------------------------------------------ actions

    def _action(
        self, text: str, slot: Callable[[], None], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_person_action = self._action(
            self.tr("New &person…"), self.new_person, "Ctrl+Shift+N"
        )
        self.new_organisation_action = self._action(
            self.tr("New &organisation…"), self.new_organisation, "Ctrl+Shift+O"
        )
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected, "Ctrl+E")
        self.merge_action = self._action(self.tr("&Merge two…"), self.merge_selected, "Ctrl+M")
        self.delete_action = self._action(
            self.tr("&Delete…"),
            self.delete_selected,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.export_data_action = self._action(
            self.tr("E&xport this person's data…"), self.export_person_data
        )
        self.erase_action = self._action(self.tr("Erase this person…"), self.erase_person)
        self.merge_action.setStatusTip(
            self.tr("Select exactly two rows, then merge them into one.")
        )
        self.export_data_action.setStatusTip(
            self.tr("Write everything held about the selected person to a JSON file.")
        )
        self.erase_action.setStatusTip(
            self.tr("Remove the selected person's personal data for good.")
        )
        self.find_action = self._action(
            self.tr("&Find"), self._focus_search, QKeySequence(QKeySequence.StandardKey.Find)
        )
        for pane in (self.people, self.organisations):
            pane.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            pane.table.addActions([self.edit_action, self.merge_action, self.delete_action])
        self.people.table.addActions([self.export_data_action, self.erase_action])

    def _focus_search(self) -> None:
        pane = self.current_pane()
        pane.search.setFocus()
        pane.search.selectAll()

    def current_pane(self) -> ListPane[PersonRow] | ListPane[OrganisationRow]:
        return self.people if self.tabs.currentWidget() is self.people else self.organisations

    def _on_people_tab(self) -> bool:
        return self.tabs.currentWidget() is self.people

    def _on_tab(self, people: Callable[[], None], organisations: Callable[[], None]) -> None:
        """Do what the tab shown stands for: ``people`` or ``organisations``."""
        (people if self._on_people_tab() else organisations)()

    def _update_actions(self) -> None:
        on_people = self._on_people_tab()
        pane = self.current_pane()
        count = len(pane.selected_rows())
        self.edit_action.setText(
            self.tr("&Edit person…") if on_people else self.tr("&Edit organisation…")
        )
        self.edit_action.setEnabled(count == 1)
        self.merge_action.setText(
            self.tr("&Merge two people…") if on_people else self.tr("&Merge two organisations…")
        )
        self.merge_action.setEnabled(count == 2)
        self.delete_action.setText(
            self.tr("&Delete person…") if on_people else self.tr("&Delete organisation…")
        )
        self.delete_action.setEnabled(count == 1)
        person = self.selected_person() if on_people else None
        for action in (self.export_data_action, self.erase_action):
            action.setEnabled(person is not None)
            action.setVisible(on_people)
        self.person_only_separator.setVisible(on_people)

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Read both lists again, keeping searches, filters and selections."""
        if self.loads.hold():
            return
        self._reload()

    def _reload(
        self,
        *,
        people: list[uuid.UUID] | None = None,
        organisations: list[uuid.UUID] | None = None,
    ) -> None:
        self.reader.now(_read_lists, lambda lists: self._show_lists(lists, people, organisations))

    def _read_shown(self) -> None:
        """Shown after changes elsewhere (or for the first time): the lists are read in the
        background, the page shows its old ones (or none) meanwhile."""
        self.reader.in_background(_read_lists, lambda lists: self._show_lists(lists, None, None))

    def _show_loading(self, loading: bool) -> None:
        for pane in (self.people, self.organisations):
            pane.show_loading(loading)

    def _show_lists(
        self,
        lists: _Lists,
        people: list[uuid.UUID] | None,
        organisations: list[uuid.UUID] | None,
    ) -> None:
        people_rows, organisation_rows = lists
        by_organisation: dict[uuid.UUID, list[PersonRow]] = defaultdict(list)
        for row in people_rows:
            if row.organisation_id is not None:
                by_organisation[row.organisation_id].append(row)
        self._people_by_organisation = dict(by_organisation)
        countries = sorted({row.country for row in people_rows if row.country})
        choices = [(country, country) for country in countries]
        if any(not row.country for row in people_rows):
            choices.append((self.tr("No country"), NO_COUNTRY))
        self.people.set_filter_items(choices)
        self.people.set_rows(people_rows, select=people)
        self.organisations.set_rows(organisation_rows, select=organisations)
        self._update_actions()

    def _reload_selecting(self, pane: ListPane[Row], ids: list[uuid.UUID]) -> None:
        """Read both lists again, with these records selected in ``pane``."""
        if pane is self.people:
            self._reload(people=ids)
        else:
            self._reload(organisations=ids)

    def _read(self, read: Callable[[Session], T], action: str) -> T | None:
        """What an action starts from; None (the error shown, the lists read again) when it
        cannot be read."""
        return read_or_report(self, self.db, read, action=action, reload=self.refresh)

    def _changed(self, text: str) -> None:
        self.message.emit(text)
        self.directoryChanged.emit()

    @staticmethod
    def _country_predicate(value: str) -> Predicate[PersonRow] | None:
        country = "" if value == NO_COUNTRY else value
        return lambda row: row.country == country

    @staticmethod
    def _kind_predicate(value: str) -> Predicate[OrganisationRow] | None:
        kind = OrganisationKind(value)
        return lambda row: row.kind is kind

    def selected_person(self) -> PersonRow | None:
        return self.people.selected_row()

    def selected_organisation(self) -> OrganisationRow | None:
        return self.organisations.selected_row()

    def select_person(self, person_id: uuid.UUID) -> bool:
        """Show the People tab with this person selected (the search is cleared if it hid them)."""
        return self._select_in(self.people, person_id)

    def select_organisation(self, organisation_id: uuid.UUID) -> bool:
        return self._select_in(self.organisations, organisation_id)

    def _select_in(self, pane: ListPane[Row], record_id: uuid.UUID) -> bool:
        self.tabs.setCurrentWidget(pane)
        if pane.select_ids([record_id]):
            return True
        pane.search.clear()
        pane.filter.setCurrentIndex(0)
        return pane.select_ids([record_id])

    # ------------------------------------------------------------------ detail panel

    def _describe_people(self, rows: list[PersonRow]) -> str:
        def person(session: Session, row: PersonRow) -> str:
            data = svc.person_data(session, row.id)
            history = svc.person_history(session, row.id)
            changed = describe_change(session, Person, row.id)
            return details.person_html(row, data, history, changed)

        return self._describe(
            rows,
            lambda row: row.full_name,
            person,
            selected=lambda count: self.tr("%n people selected", "", count),
            hint=self.tr(
                "Select a person to see their details, the missions they attended and their "
                "follow-ups. Select two to merge them."
            ),
            merge_hint=self.tr("Two people who are one can be merged: Merge two people…"),
        )

    def _describe_organisations(self, rows: list[OrganisationRow]) -> str:
        def organisation(session: Session, row: OrganisationRow) -> str:
            data = svc.organisation_data(session, row.id)
            history = svc.organisation_history(session, row.id)
            people = self._people_by_organisation.get(row.id, [])
            changed = describe_change(session, Organisation, row.id)
            return details.organisation_html(row, data, people, history, changed)

        return self._describe(
            rows,
            lambda row: row.name,
            organisation,
            selected=lambda count: self.tr("%n organisations selected", "", count),
            hint=self.tr(
                "Select an organisation to see its profile and its people. Select two to merge "
                "them."
            ),
            merge_hint=self.tr(
                "Two organisations that are one can be merged: Merge two organisations…"
            ),
        )

    def _describe(
        self,
        rows: list[Row],
        name: Callable[[Row], str],
        detail: Callable[[Session, Row], str],
        *,
        selected: Callable[[int], str],
        hint: str,
        merge_hint: str,
    ) -> str:
        """A hint when nothing is selected, the names when several are, else the record's
        ``detail`` (or why it cannot be shown)."""
        if not rows:
            return details.hint_html(hint)
        if len(rows) > 1:
            names = [name(row) for row in rows]
            return details.selection_html(names, selected(len(names)), merge_hint)
        try:
            with self.db.session() as session:
                return detail(session, rows[0])
        except PimapError as exc:
            return details.hint_html(error_text(exc))

    # ------------------------------------------------------------------ dialogs

    def _operation(self, work: Work[T], title: str, action: str, doing: str) -> Operation[T]:
        """A deletion or an erasure, to run in ``self.lane``: it cannot be cancelled, and shows
        its progress when it takes a while."""
        return Operation(self, work, action=action).with_progress(
            doing, title=title, cancellable=False, delay_ms=PROGRESS_DELAY_MS
        )

    def _open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Show a dialog without blocking; ``on_accept`` runs once it is accepted."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.open()

    def _confirm(
        self, title: str, text: str, more: str, button: str, on_yes: Callable[[], None]
    ) -> QMessageBox:
        """Ask before a change that cannot be undone; Cancel is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(more)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(button)

        def done() -> None:
            if box.clickedButton() is yes:
                on_yes()

        self.dialog = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(done)
        box.open()
        return box

    def _organisation_choices(self) -> list[OrganisationChoice]:
        return [
            OrganisationChoice(row.id, row.name, row.country)
            for row in self.organisations.model.rows()
        ]

    def new_person(self) -> None:
        def form(submit: Callable[[PersonData], None]) -> PersonDialog:
            dialog = PersonDialog(
                submit, self._organisation_choices(), self, title=self.tr("New person")
            )
            if not self._on_people_tab():
                organisation = self.selected_organisation()
                if organisation is not None:
                    dialog.set_organisation(organisation.id)
            return dialog

        self._create(self.people, svc.create_person, form, name=_person_name)

    def new_organisation(self) -> None:
        self._create(
            self.organisations,
            svc.create_organisation,
            lambda submit: OrganisationDialog(
                submit, self._clusters(), self, title=self.tr("New organisation")
            ),
            name=_organisation_name,
        )

    def _create(
        self,
        pane: ListPane[Row],
        create: Callable[[Session, Data], uuid.UUID],
        form: Callable[[Callable[[Data], None]], RecordDialog[Data]],
        *,
        name: Callable[[Data], str],
    ) -> None:
        """The ``form`` for a new record; once saved, the record is selected in ``pane``."""
        created: list[uuid.UUID] = []

        def submit(data: Data) -> None:
            with self.db.session() as session:
                created.append(create(session, data))

        dialog = form(submit)

        def done() -> None:
            self._reload_selecting(pane, created)
            self._select_in(pane, created[0])
            self._changed(arg(self.tr("%1 added."), name(dialog.data())))

        self._open_dialog(dialog, done)

    def _clusters(self) -> list[tuple[uuid.UUID, str]]:
        with self.db.session() as session:
            return list_clusters(session)

    def edit_selected(self) -> None:
        self._on_tab(self.edit_person, self.edit_organisation)

    def edit_person(self) -> None:
        self._edit(
            self.people,
            Person,
            svc.person_data,
            lambda session, person_id, data, loaded: svc.update_person(
                session, person_id, data, expected_version=loaded
            ),
            lambda submit, initial, row: PersonDialog(
                submit,
                self._organisation_choices(),
                self,
                initial=initial,
                title=arg(self.tr("Edit %1"), row.full_name),
            ),
            name=_person_name,
            action=self.tr("open the person"),
        )

    def edit_organisation(self) -> None:
        self._edit(
            self.organisations,
            Organisation,
            svc.organisation_data,
            lambda session, organisation_id, data, loaded: svc.update_organisation(
                session, organisation_id, data, expected_version=loaded
            ),
            lambda submit, initial, row: OrganisationDialog(
                submit,
                self._clusters(),
                self,
                initial=initial,
                title=arg(self.tr("Edit %1"), row.name),
            ),
            name=_organisation_name,
            action=self.tr("open the organisation"),
        )

    def _edit(
        self,
        pane: ListPane[Row],
        model: type[Record],
        read: Callable[[Session, uuid.UUID], Data],
        update: Callable[[Session, uuid.UUID, Data, int | None], object],
        form: Callable[[Callable[[Data], None], Data, Row], RecordDialog[Data]],
        *,
        name: Callable[[Data], str],
        action: str,
    ) -> None:
        """The ``form`` on the record selected in ``pane``, as it is saved now; it stays
        selected once saved. A save over a colleague's newer change of the record is refused
        (the form stays open with what was typed)."""
        row = pane.selected_row()
        if row is None:
            return

        def load(session: Session) -> tuple[int | None, Data]:
            # The version first: a change in between makes the save refused, not lost.
            return version_of(session, model, row.id), read(session, row.id)

        loaded = self._read(load, action)
        if loaded is None:
            return
        version, initial = loaded

        def submit(data: Data) -> None:
            with self.db.session() as session:
                update(session, row.id, data, version)

        dialog = form(submit, initial, row)

        def done() -> None:
            self._reload_selecting(pane, [row.id])
            self._changed(arg(self.tr("%1 saved."), name(dialog.data())))

        self._open_dialog(dialog, done)

    # ------------------------------------------------------------------ merge

    def merge_selected(self) -> None:
        self._on_tab(self.merge_people, self.merge_organisations)

    def merge_people(self) -> None:
        self._merge(
            self.people,
            # The one with more history (then an e-mail) is offered as the one to keep.
            lambda row: (-row.missions, not row.email),
            _person_candidate,
            svc.merge_people,
            title=self.tr("Merge two people"),
            explanation=self.tr(
                "The other record's registrations, meetings and follow-ups move to the one you "
                "keep, and its details fill the kept record's empty fields. Then the other "
                "record is deleted."
            ),
        )

    def merge_organisations(self) -> None:
        self._merge(
            self.organisations,
            lambda row: -row.people,
            _organisation_candidate,
            svc.merge_organisations,
            title=self.tr("Merge two organisations"),
            explanation=self.tr(
                "The other organisation's people and follow-ups move to the one you keep, and "
                "its profile fills the kept one's empty fields. Then the other is deleted."
            ),
        )

    def _merge(
        self,
        pane: ListPane[Row],
        keep_first: Callable[[Row], Any],
        candidate: Callable[[Row], MergeCandidate],
        merge: Callable[..., svc.MergeReport],
        *,
        title: str,
        explanation: str,
    ) -> None:
        """The two rows selected in ``pane``: the one ``keep_first`` sorts first is offered
        as the one to keep."""
        rows = pane.selected_rows()
        if len(rows) != 2:
            return
        first, second = sorted(rows, key=keep_first)
        reports: list[svc.MergeReport] = []

        def submit(keep_id: uuid.UUID, merge_id: uuid.UUID) -> None:
            with self.db.session() as session:
                reports.append(merge(session, keep_id, merge_id))

        dialog = MergeDialog(
            (candidate(first), candidate(second)),
            submit,
            title=title,
            explanation=explanation,
            parent=self,
        )

        def done() -> None:
            self._reload_selecting(pane, [dialog.keep().id])
            self._changed(reports[0].describe())

        self._open_dialog(dialog, done)

    # ------------------------------------------------------------------ delete

    def delete_selected(self) -> None:
        self._on_tab(self.delete_person, self.delete_organisation)

    def delete_person(self) -> None:
        row = self.selected_person()
        if row is None:
            return
        impact = self._read(
            lambda session: svc.person_impact(session, row.id), self.tr("delete the person")
        )
        if impact is None:
            return

        db = self.db

        def work(_progress: Progress, _cancel: threading.Event) -> None:
            db.backup("before-delete")  # the registrations and meetings go too
            with db.session() as session:  # this thread's own session
                svc.delete_person(session, row.id)

        def delete() -> None:
            (
                self._operation(
                    work,
                    self.tr("Delete"),
                    arg(self.tr("delete %1"), impact.name),
                    arg(self.tr("Backing up, then deleting %1…"), impact.name),
                )
                .after(self.refresh)
                .success(
                    lambda _none: self._changed(
                        arg(self.tr("%1 deleted from the directory."), impact.name)
                    )
                )
                .run_in_background(self.lane)
            )

        self._confirm(
            arg(self.tr("Delete %1?"), impact.name),
            impact.describe(),
            self.tr("This cannot be undone here; a backup of the database is taken first."),
            self.tr("Delete"),
            delete,
        )

    def delete_organisation(self) -> None:
        row = self.selected_organisation()
        if row is None:
            return
        description = self._read(
            lambda session: svc.organisation_impact(session, row.id),
            self.tr("delete the organisation"),
        )
        if description is None:
            return

        def delete() -> None:
            try:
                with self.db.session() as session:
                    svc.delete_organisation(session, row.id)
            except Exception as exc:
                report_error(self, exc, action=arg(self.tr("delete %1"), row.name))
                self.refresh()
                return
            self.refresh()
            self._changed(arg(self.tr("%1 deleted from the directory."), row.name))

        self._confirm(
            arg(self.tr("Delete %1?"), row.name),
            description,
            self.tr("This cannot be undone."),
            self.tr("Delete"),
            delete,
        )

    # ------------------------------------------------------------------ personal data

    def export_person_data(self) -> None:
        row = self.selected_person()
        if row is None:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen = dialogs.ask_save_path(
            self,
            arg(self.tr("Export the data held about %1"), row.full_name),
            _safe_file_name(arg(self.tr("%1 - personal data.json"), row.full_name)),
            self.tr("JSON files (*.json);;All files (*)"),
            key="personal-data",
            default=Path(documents),
        )
        if chosen is None:
            return
        path = chosen
        if not path.suffix:
            path = path.with_suffix(".json")
        try:
            with self.db.session() as session:
                # Whole or not at all, and readable by the coordinator only.
                personal_data.export_person_data(session, row.id, path)
        except Exception as exc:
            report_error(self, exc, action=self.tr("export the person's data"))
            return
        self.message.emit(
            arg(self.tr("The data held about %1 was written to %2."), row.full_name, path)
        )

    def erase_person(self) -> None:
        row = self.selected_person()
        if row is None:
            return
        who = f"{row.full_name} ({row.email})" if row.email else row.full_name

        db = self.db

        def work(_progress: Progress, _cancel: threading.Event) -> personal_data.ErasureReport:
            with db.session() as session:  # this thread's own session
                return personal_data.erase_record_everywhere(session, row.id)

        def failed(exc: Exception) -> None:
            report_error(self, exc, action=arg(self.tr("erase %1"), row.full_name))
            self.refresh()

        def erase() -> None:
            (
                self._operation(
                    work,
                    self.tr("Erase"),
                    arg(self.tr("erase %1"), row.full_name),
                    arg(self.tr("Erasing %1 from the database and its backups…"), row.full_name),
                )
                .success(erased)
                .failure(failed)
                .run_in_background(self.lane)
            )

        def erased(report: personal_data.ErasureReport) -> None:
            self._reload(people=[report.person_id])
            self._changed(
                arg(
                    self.tr("%1's personal data was %2; their registrations stay, anonymous."),
                    row.full_name,
                    report.describe(),
                )
            )
            if report.backups_failed:
                QMessageBox.warning(
                    self,
                    self.tr("Some backups still hold this person"),
                    arg(
                        self.tr(
                            "%1's personal data was %2. Delete the backups named here, or make "
                            "them writable and erase again."
                        ),
                        row.full_name,
                        report.describe(),
                    ),
                )

        self._confirm(
            arg(self.tr("Erase %1?"), row.full_name),
            arg(self.tr("Erase %1 for good?"), who),
            DirectoryText.tr(ERASE_EXPLANATION),
            self.tr("Erase"),
            erase,
        )
