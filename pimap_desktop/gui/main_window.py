"""The main window: navigation between the areas, menus, status bar, remembered layout."""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from pimap_desktop import __version__
from pimap_desktop.gui.actions import Entry, add_actions
from pimap_desktop.gui.b2b.b2b_page import B2BPage
from pimap_desktop.gui.changes import ColleagueChanges
from pimap_desktop.gui.connect import add_recent, ask_team_database, recent_menu, window_title
from pimap_desktop.gui.dialogs import ask_open_path, ask_save_path
from pimap_desktop.gui.directory.directory_page import DirectoryPage
from pimap_desktop.gui.exports.export_page import ExportPage
from pimap_desktop.gui.followup.followup_page import FollowUpPage
from pimap_desktop.gui.kpi.dashboard import KpiDashboard
from pimap_desktop.gui.languages import LANGUAGES, arg, running_language, save_language
from pimap_desktop.gui.lazy import PageReader
from pimap_desktop.gui.missions.chooser import MissionChooser
from pimap_desktop.gui.missions.current import CurrentMission, MissionSwitcher
from pimap_desktop.gui.missions.missions_page import MissionsPage
from pimap_desktop.gui.missions.programme_page import ProgrammePage
from pimap_desktop.gui.offline import OfflineCopies
from pimap_desktop.gui.onsite.checkin_page import OnSitePage
from pimap_desktop.gui.operations import Operation, cancel_all
from pimap_desktop.gui.registrations.registrations_page import RegistrationsPage
from pimap_desktop.logs import log_path
from pimap_desktop.store.database import Database, integrity_problems, open_database
from pimap_desktop.store.team import can_write
from pimap_desktop.store.transfer import save_sqlite_copy

if TYPE_CHECKING:  # the import wizard and its services load when it is first opened
    from pimap_desktop.gui.importing.wizard import ImportWizard
    from pimap_desktop.services.importing.headers import Field
    from pimap_desktop.services.importing.people import ImportReport
    from pimap_desktop.services.importing.reading import SourceTable

STATUS_TIMEOUT_MS = 8000
# How long a change waits for another program writing to the same SQLite file.
GUI_WRITER_WAIT_SECONDS = 10.0

# What a colleague's change (on a team database) means for the pages: the tables each shows.
PAGES_OF_TABLES: dict[str, tuple[str, ...]] = {
    "missions": ("missions_page", "export_page"),
    "mission_clusters": ("missions_page",),
    "programme_items": ("programme_page",),
    "programme_item_attendees": ("programme_page",),
    "venues": ("programme_page",),
    "practical_notes": ("programme_page",),
    "registrations": ("registrations_page", "onsite_page", "missions_page"),
    "delegations": ("registrations_page",),
    "people": ("directory_page", "registrations_page", "onsite_page"),
    "organisations": ("directory_page", "registrations_page"),
    "clusters": ("directory_page",),
    "b2b_sessions": ("b2b_page", "onsite_page"),
    "b2b_tables": ("b2b_page",),
    "availabilities": ("b2b_page",),
    "meeting_requests": ("b2b_page",),
    "meetings": ("b2b_page", "onsite_page"),
    "meeting_participants": ("b2b_page", "onsite_page"),
    "follow_ups": ("followup_page",),
}


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings()
        self.writable = can_write(db)  # a viewer of a team database sees everything read-only
        self.current = CurrentMission(db, self.settings, self)
        self.current.changed.connect(lambda _id: self._mission_switched())
        self._show_title()
        self.undo_stack = QUndoStack(self)
        self.wizard: ImportWizard | None = None

        self.missions_page = MissionsPage(db, lazy=True)
        self.programme_page = ProgrammePage(db, self.undo_stack, lazy=True)
        self.registrations_page = RegistrationsPage(db, self.undo_stack, self.settings, lazy=True)
        self.b2b_page = B2BPage(db, self.undo_stack, lazy=True)
        self.directory_page = DirectoryPage(db, lazy=True)
        self.export_page = ExportPage(
            db,
            self.settings,
            selection=lambda: (
                self.registrations_page.mission_id(),
                self.registrations_page.selected_ids(),
            ),
            lazy=True,
        )
        self.onsite_page = OnSitePage(db, self.undo_stack, lazy=True)
        self.followup_page = FollowUpPage(db, self.undo_stack, self.settings, lazy=True)
        self.kpi_page = KpiDashboard(db, lazy=True)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Missions"), self.missions_page),
            (self.tr("Programme"), self.programme_page),
            (self.tr("Registrations"), self.registrations_page),
            (self.tr("B2B meetings"), self.b2b_page),
            (self.tr("Directory"), self.directory_page),
            (self.tr("Print & export"), self.export_page),
            (self.tr("On site"), self.onsite_page),
            (self.tr("Follow-ups"), self.followup_page),
            (self.tr("KPIs"), self.kpi_page),
        ]
        # Each page reads its data when it is first shown, and again when shown after a change
        # elsewhere (gui/lazy.py): 50,000 people in the directory take a second to load.
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        # Never the keyboard's: a badge scanner typing into it would switch pages.
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setMinimumWidth(130)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; padding-top: 8px; }")
        self.stack = QStackedWidget()
        for title, page in self.pages:
            QListWidgetItem(title, self.nav).setSizeHint(QSize(150, 36))
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(db.display)
        self.db_label.setToolTip(self.tr("The database this window works on"))
        self.statusBar().addPermanentWidget(self.db_label)

        self.missions_page.missionOpened.connect(self.open_programme)
        self.missions_page.missionsChanged.connect(self._missions_changed)
        self.missions_page.message.connect(self.show_message)
        self.programme_page.message.connect(self.show_message)
        self.registrations_page.message.connect(self.show_message)
        self.registrations_page.dataChanged.connect(self.missions_page.refresh)
        self.registrations_page.dataChanged.connect(self.directory_page.refresh)
        self.directory_page.message.connect(self.show_message)
        self.b2b_page.message.connect(self.show_message)
        self.registrations_page.dataChanged.connect(self._b2b_changed_elsewhere)
        self.directory_page.directoryChanged.connect(self.registrations_page.refresh)
        # Directory edits are not undoable steps: older steps (an import) must not be undone
        # over them.
        self.directory_page.directoryChanged.connect(self.undo_stack.clear)
        self.registrations_page.importRequested.connect(self.open_import)
        self.registrations_page.reprintRequested.connect(self.export_page.reprint_badge)
        self.registrations_page.saveBadgeRequested.connect(self.export_page.save_badge_pdf)
        self.export_page.message.connect(self.show_message)
        self.export_page.badgesPrinted.connect(self.registrations_page.refresh)
        # On site: scan or pick, then Reprint; check-ins and walk-ins change other pages.
        # (Not the page's own refresh: it would empty the check-in field.)
        self.onsite_page.message.connect(self.show_message)
        self.onsite_page.reprintRequested.connect(self.export_page.reprint_badge)
        self.onsite_page.dataChanged.connect(self.missions_page.refresh)
        self.onsite_page.dataChanged.connect(self.registrations_page.refresh)
        self.onsite_page.dataChanged.connect(self._b2b_changed_elsewhere)
        self.onsite_page.dataChanged.connect(self.directory_page.refresh)
        self.registrations_page.dataChanged.connect(self.onsite_page.refresh)
        self.b2b_page.dataChanged.connect(self.onsite_page.refresh)
        self.b2b_page.dataChanged.connect(self.programme_page.refresh)
        self.directory_page.directoryChanged.connect(self.onsite_page.refresh)
        self.followup_page.message.connect(self.show_message)
        # The dashboard recounts whenever it is shown; undo and redo can change data under it.
        self.kpi_page.message.connect(self.show_message)
        self.undo_stack.indexChanged.connect(self._recount_kpis)
        self.registrations_page.dataChanged.connect(self.followup_page.reload_owners)
        self.directory_page.directoryChanged.connect(self.followup_page.invalidate_choices)
        # On a team database, colleagues' changes show within a few seconds (LISTEN/NOTIFY).
        self.changes = ColleagueChanges(db, self)
        self.changes.changed.connect(self._colleague_changed)
        self.changes.start()

        self._build_menus()
        self._apply_write_access()
        self._build_mission_bar()
        # One current mission, followed by every per-mission page (their own choosers are
        # hidden); the follow-up log and the KPIs preselect it when next shown.
        self._preselected: dict[QWidget, uuid.UUID | None] = {}
        self.current.restore()
        for page in self._mission_pages():
            page.mission_combo.follow(self.current)
            if self.current.mission_id() is None:
                page.reload_missions()
        # (the follow-up log fills itself when it is made, and again each time it is shown)
        self._restore_state()

    # ------------------------------------------------------------------ the current mission

    def _mission_pages(self) -> list[Any]:
        return [
            self.programme_page,
            self.registrations_page,
            self.b2b_page,
            self.export_page,
            self.onsite_page,
        ]

    def _build_mission_bar(self) -> None:
        self.mission_chooser = MissionChooser(self.db)
        self.mission_chooser.setMinimumContentsLength(40)
        self.mission_chooser.setToolTip(self.tr("The mission every page shows (Ctrl+K to search)"))
        self.mission_chooser.follow(self.current, visible=True)
        bar = QToolBar(self.tr("Mission"))
        bar.setObjectName("mission-bar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.mission_chooser.caption)
        bar.addWidget(self.mission_chooser)
        bar.addAction(self.switch_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.mission_bar = bar

    def switch_mission(self) -> None:
        """Ctrl+K: search the missions by code, name, city or year and switch."""
        dialog = MissionSwitcher(self.db, self.current.mission_id(), self)
        if dialog.exec() and dialog.chosen is not None:
            self.current.set_mission(dialog.chosen)
            self.show_message(arg(self.tr("Now working on %1."), self.current.title()))

    def _show_title(self) -> None:
        title = window_title(self.db.url, self.current.title())
        self.setWindowTitle(title if self.writable else arg(self.tr("%1 (read only)"), title))

    def _mission_switched(self) -> None:
        self._show_title()
        current = self.stack.currentWidget()
        if current in (self.followup_page, self.kpi_page):
            self._preselect(current)

    def _preselect(self, page: Any) -> None:
        """The follow-up log and the KPIs show all missions or one: the current mission is
        preselected once after each switch; the coordinator may then choose all."""
        mission_id = self.current.mission_id()
        if mission_id is not None and self._preselected.get(page) != mission_id:
            self._preselected[page] = mission_id
            page.set_mission(mission_id)

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        self.import_action = self._action(
            self.tr("&Import people…"), lambda: self.open_import(None)
        )
        self.export_action = self._action(
            self.tr("&Print and export…"), self.open_export_centre, "Ctrl+P"
        )
        self.export_action.setToolTip(
            self.tr("Agendas, badges, packs, table plans and calendar files")
        )
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now, "Ctrl+Shift+B")
        self.check_action = self._action(self.tr("&Check database"), self.check_database)
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), self.restore_from_backup
        )
        self.restore_action.setToolTip(
            self.tr("Go back to a verified backup; the current state is backed up first")
        )
        self.connect_action = self._action(self.tr("&Connect to team database…"), self.connect_team)
        self.connect_action.setToolTip(
            self.tr("Work on a PostgreSQL database shared by the coordinators of several clusters")
        )
        self.open_file_action = self._action(
            self.tr("&Open database file…"), self.open_database_file, QKeySequence.StandardKey.Open
        )
        self.open_file_action.setToolTip(
            self.tr("Work on another PIMAP database file, such as a mission taken offline")
        )
        self.recent_menu = recent_menu(self.settings, self.open_recent, self)
        self.save_copy_action = self._action(
            self.tr("Save a &copy as SQLite…"), self.save_sqlite_copy
        )
        self.save_copy_action.setToolTip(
            self.tr("Write the whole database to a file you can take along")
        )
        self.offline = OfflineCopies(self)
        self.quit_action = quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.switch_action = self._action(
            self.tr("S&witch mission…"), self.switch_mission, "Ctrl+K"
        )
        self.switch_action.setToolTip(self.tr("Choose the mission every page shows (Ctrl+K)"))
        go_to_page: list[Entry] = [
            self._action(
                f"&{title.replace('&', '&&')}",
                lambda _=False, n=number: self.go_to(n),
                f"Ctrl+{number + 1}",
            )
            for number, (title, _page) in enumerate(self.pages)
        ]
        self.branding_action = self._action(self.tr("&Branding…"), self.edit_branding)
        self.branding_action.setToolTip(
            self.tr("The partnership's and funders' emblems and the funding statement on documents")
        )
        self.language_menu = self._language_menu()
        about = self._action(self.tr("&About PIMAP Desktop"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

        kpi, missions, programme = self.kpi_page, self.missions_page, self.programme_page
        registrations, b2b, directory = self.registrations_page, self.b2b_page, self.directory_page
        meetings, followups = self.onsite_page.meetings, self.followup_page
        view: list[Entry] = [*go_to_page, None, self.language_menu]
        menus: list[tuple[str, list[Entry]]] = [
            (
                self.tr("&File"),
                [
                    self.connect_action,
                    self.open_file_action,
                    self.recent_menu,
                    self.save_copy_action,
                    self.offline.take_action,
                    self.offline.bring_back_action,
                    None,
                    self.import_action,
                    self.export_action,
                    kpi.export_action,
                    kpi.targets_action,
                    None,
                    self.backup_action,
                    self.restore_action,
                    self.check_action,
                    None,
                    quit_action,
                ],
            ),
            (self.tr("&Edit"), [self.undo_action, self.redo_action]),
            (
                self.tr("&Missions"),
                [
                    self.switch_action,
                    None,
                    missions.new_action,
                    missions.edit_action,
                    missions.duplicate_action,
                    missions.delete_action,
                    missions.open_action,
                ],
            ),
            (
                self.tr("&Programme"),
                [
                    programme.add_action,
                    programme.edit_action,
                    programme.duplicate_action,
                    programme.delete_action,
                    None,
                    programme.import_action,
                    programme.notes_action,
                ],
            ),
            (
                self.tr("&Registrations"),
                [
                    registrations.add_action,
                    registrations.edit_action,
                    registrations.status_menu,
                    registrations.remove_action,
                    registrations.import_action,
                    registrations.export_action,
                    None,
                    registrations.reprint_action,
                    registrations.save_badge_action,
                ],
            ),
            (
                self.tr("&B2B"),
                [
                    b2b.run_action,
                    b2b.lock_action,
                    b2b.unlock_action,
                    b2b.remove_action,
                    b2b.fit_action,
                    b2b.accept_action,
                    b2b.decline_action,
                    b2b.export_action,
                    None,
                    b2b.add_session_action,
                    b2b.edit_session_action,
                    b2b.delete_session_action,
                    None,
                    b2b.add_request_action,
                    b2b.remove_request_action,
                    b2b.priority_menu,
                    b2b.import_requests_action,
                    b2b.import_availability_action,
                    b2b.availability_action,
                    b2b.unavailable_action,
                    None,
                    b2b.wish_forms_action,
                    b2b.import_wishes_action,
                ],
            ),
            (
                self.tr("&Directory"),
                [
                    directory.new_person_action,
                    directory.new_organisation_action,
                    directory.edit_action,
                    directory.merge_action,
                    directory.delete_action,
                    None,
                    directory.export_data_action,
                    directory.erase_action,
                ],
            ),
            (
                self.tr("On &site"),
                [
                    self.onsite_page.walk_in_action,
                    self.onsite_page.reprint_action,
                    None,
                    meetings.held_action,
                    meetings.no_show_action,
                    meetings.cancel_action,
                    meetings.scheduled_action,
                    meetings.move_action,
                    meetings.followup_menu,
                ],
            ),
            (
                self.tr("F&ollow-ups"),
                [
                    followups.new_action,
                    followups.edit_action,
                    followups.done_action,
                    followups.delete_action,
                    None,
                    followups.export_action,
                ],
            ),
            (self.tr("&View"), view),
            (self.tr("Se&ttings"), [self.branding_action]),
            (self.tr("&Help"), [about]),
        ]
        bar = self.menuBar()
        for title, entries in menus:
            add_actions(bar.addMenu(title), entries)
        self._group_writing_actions(menus, reading_menus=(view, menus[-1][1]))

    def _language_menu(self) -> QMenu:
        """View ▸ Language: the interface's languages, each in its own name; the choice is
        kept and takes effect at the next start."""
        menu = QMenu(self.tr("&Language"), self)
        group = QActionGroup(menu)
        running = running_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == running)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        note = menu.addAction(self.tr("Takes effect when PIMAP Desktop starts again"))
        note.setEnabled(False)
        return menu

    def choose_language(self, language: str) -> None:
        """View ▸ Language: kept in the settings for the next start."""
        save_language(self.settings, language)
        if language == running_language():
            self.show_message(arg(self.tr("The interface is in %1."), LANGUAGES[language]))
            return
        QMessageBox.information(
            self,
            self.tr("Language"),
            arg(
                self.tr("%1: takes effect when PIMAP Desktop starts again."),
                LANGUAGES[language],
            ),
        )

    def _action(self, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ navigation

    def go_to(self, page_number: int) -> None:
        self.nav.setCurrentRow(page_number)

    def _page_chosen(self, number: int) -> None:
        page = self.pages[number][1]
        if page in (self.followup_page, self.kpi_page):
            self._preselect(page)  # before it is shown: the KPIs are counted once, when shown
        self.stack.setCurrentIndex(number)

    def _b2b_changed_elsewhere(self) -> None:
        self.b2b_page.refresh()

    def open_export_centre(self) -> None:
        """The print and export page, on the mission the current page shows."""
        current = self.stack.currentWidget()
        mission_of = getattr(current, "mission_id", None)
        mission_id = mission_of() if callable(mission_of) else None
        if isinstance(mission_id, uuid.UUID):
            self.export_page.show_mission(mission_id)
        self.go_to(self.stack.indexOf(self.export_page))

    def open_programme(self, mission_id: uuid.UUID) -> None:
        self.programme_page.show_mission(mission_id)
        self.go_to(1)

    def _missions_changed(self) -> None:
        # A mission's zone or dates may have changed, or it may be gone with its items:
        # the programme's undo history no longer describes the data.
        self.undo_stack.clear()
        self._reload_missions()

    def _reload_missions(self) -> None:
        self.current.check_still_there()
        self.mission_chooser.reload()
        for page in self._mission_pages():
            page.reload_missions()
        self._show_title()
        self.followup_page.reload_missions()
        self.kpi_page.reload_filters()

    def _recount_kpis(self, _index: int) -> None:
        if self.kpi_page.isVisible():
            self.kpi_page.refresh()

    def open_import(self, mission_id: uuid.UUID | None) -> None:
        """The import wizard, for a mission (its people get registered) or the directory."""
        from pimap_desktop.gui.importing.commands import import_summary, people_imported
        from pimap_desktop.gui.importing.wizard import ImportWizard

        def imported(
            report: ImportReport,
            table: SourceTable,
            mapping: dict[int, Field],
            choices: dict[str, uuid.UUID | None],
            mission: uuid.UUID | None,
        ) -> None:
            self.undo_stack.push(
                people_imported(
                    self.db, report, table, mapping, choices, mission, self.refresh_data
                )
            )
            self.refresh_data()
            self.show_message(
                arg(
                    self.tr("%1 imported: %2. Undo with Ctrl+Z."),
                    table.name,
                    import_summary(report),
                )
            )

        self.wizard = ImportWizard(self.db, imported, mission_id=mission_id, parent=self)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.open()

    def refresh_data(self) -> None:
        """Show what changed underneath every area (after an import and its undo)."""
        self.missions_page.refresh()
        self.registrations_page.refresh()
        self.b2b_page.refresh()
        self.onsite_page.refresh()
        self.followup_page.invalidate_choices()
        self.followup_page.refresh()
        self.directory_page.refresh()

    def reload_everything(self) -> None:
        """After the database changed underneath the window (a restored backup): every page
        reloads, and the undo history, which describes the data before, is dropped."""
        self._missions_changed()
        self.refresh_data()
        self.followup_page.reload_owners()
        self._recount_kpis(0)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # ------------------------------------------------------------------ background work

    def start_daily_backup(self) -> None:
        db = self.db

        def made(path: Path | None) -> None:
            if path:
                self.show_message(arg(self.tr("Daily backup made: %1"), path.name))

        (
            Operation(
                self, lambda _p, _c: db.backup_if_due(), action=self.tr("make the daily backup")
            )
            .success(made)
            .run_in_background()
        )

    def backup_now(self) -> None:
        db = self.db
        self.show_message(self.tr("Backing up…"))

        def made(path: Path | None) -> None:
            self.show_message(
                arg(self.tr("Backup written and verified: %1"), path)
                if path
                else self.tr("Backups are up to the server.")
            )

        (
            Operation(
                self, lambda _p, _c: db.backup("manual"), action=self.tr("back up the database")
            )
            .success(made)
            .run_in_background()
        )

    def restore_from_backup(self) -> None:
        """File ▸ Restore from backup…: the verified backups; the chosen one is restored after
        a backup of the current state."""
        from pimap_desktop.gui.backups import RestoreDialog, restore_in_window

        dialog = RestoreDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restoreRequested.connect(lambda backup: restore_in_window(self, backup))
        self.restore_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ the database

    def connect_team(self, initial: str | None = None) -> None:
        """File ▸ Connect to team database…: the window moves to the database connected."""
        opener = partial(open_database, create=False, writer_wait=GUI_WRITER_WAIT_SECONDS)
        connected = ask_team_database(self, initial=initial, opener=opener)
        if connected is None:
            return
        self.switch_database(connected.database, connected.url)
        if connected.notice:
            self.show_message(connected.notice)

    def open_database_file(self) -> None:
        """File ▸ Open database file…: another PIMAP file (an offline copy of a mission, a
        colleague's file) becomes the database this window works on."""
        path = ask_open_path(
            self,
            self.tr("Open a PIMAP database"),
            self.tr("PIMAP databases (*.sqlite *.db);;All files (*)"),
            key="open-database",
        )
        if path is not None:
            self.open_recent(str(path))

    def open_recent(self, entry: str) -> None:
        """File ▸ Open recent: a team database asks for its password (or takes the remembered
        one) in the connect dialog; a file opens at once."""
        if "://" in entry:
            self.connect_team(entry)
            return

        def opened(database: Database) -> None:
            self.switch_database(database, entry)

        (
            Operation(
                self,
                lambda _p, _c: open_database(
                    entry, create=False, writer_wait=GUI_WRITER_WAIT_SECONDS
                ),
                action=arg(self.tr("open %1"), Path(entry).name),
            )
            .success(opened)
            .run_in_background()
        )

    def switch_database(self, database: Database, recent: str) -> None:
        """Work on ``database`` from now on: every page shares the window's ``Database``, so
        it takes over the new engine and the pages reload; the undo history, which describes the
        other database, is dropped."""
        cancel_all(within=self)
        for reader in self.readers():  # what the other database still sends is not shown
            reader.drop()
        self.changes.stop()
        old_engine = self.db.engine
        self.db.url, self.db.engine, self.db.sessions = (
            database.url,
            database.engine,
            database.sessions,
        )
        old_engine.dispose()
        add_recent(self.settings, recent)
        self.writable = can_write(self.db)
        self._apply_write_access()
        self.undo_stack.clear()
        self.reload_everything()
        self.changes.start()
        self.show_message(arg(self.tr("Now working on %1."), self.db.display))

    def _apply_write_access(self) -> None:
        """A viewer's account may only read (PostgreSQL's grants enforce it): every action that
        changes data is disabled, whatever the page's selection, and the title says so."""
        self.writing.setEnabled(self.writable)
        self._show_title()

    def _group_writing_actions(
        self, menus: list[tuple[str, list[Entry]]], reading_menus: tuple[list[Entry], ...]
    ) -> None:
        """The actions that change data, in one group: a disabled group keeps them disabled
        even when a page enables them for its selection (Qt's QActionGroup rule). The menus of
        ``reading_menus`` (View, Help) change nothing."""
        reading = {
            self.connect_action,
            self.open_file_action,
            self.save_copy_action,
            self.offline.take_action,
            self.export_action,
            self.check_action,
            self.switch_action,
            self.kpi_page.export_action,
            self.registrations_page.export_action,
            self.registrations_page.save_badge_action,
            self.b2b_page.export_action,
            self.followup_page.export_action,
            self.directory_page.export_data_action,
            self.missions_page.open_action,
        }
        self.writing = QActionGroup(self)
        self.writing.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        for _title, entries in menus:
            if any(entries is menu for menu in reading_menus):
                continue
            for entry in entries:
                action = entry.menuAction() if isinstance(entry, QMenu) else entry
                if action is None or action in reading or action is self.recent_menu.menuAction():
                    continue
                if action is self.quit_action or action.actionGroup() is not None:
                    continue
                self.writing.addAction(action)

    def _colleague_changed(self, tables: set[str]) -> None:
        """Colleagues changed ``tables`` on the team database: the pages showing them reload,
        keeping their selection."""
        if "missions" in tables or "mission_clusters" in tables:
            self._reload_missions()
        pages = {name for table in tables for name in PAGES_OF_TABLES.get(table, ())}
        for name in sorted(pages - {"missions_page"}):
            getattr(self, name).refresh()
        if "missions_page" in pages:
            self.missions_page.refresh()
        if "follow_ups" in tables or "registrations" in tables:
            self.followup_page.reload_owners()
        self._recount_kpis(0)

    def save_sqlite_copy(self) -> None:
        """File ▸ Save a copy as SQLite…: the whole database in one file, to take along."""
        name = (self.db.path.stem if self.db.path else "pimap-team") + "-copy.sqlite"
        target = ask_save_path(
            self,
            self.tr("Save a copy as SQLite"),
            name,
            self.tr("PIMAP database (*.sqlite)"),
            key="sqlite-copy",
            suffixes=(".sqlite",),
        )
        if target is None:
            return
        if self.db.path is not None and target.resolve() == self.db.path.resolve():
            self.show_message(self.tr("That is the database itself: choose another file."))
            return
        db = self.db
        self.show_message(self.tr("Saving a copy…"))
        (
            Operation(
                self,
                lambda _p, _c: save_sqlite_copy(db, target, overwrite=True),
                action=self.tr("save a copy as SQLite"),
            )
            .success(lambda _report: self.show_message(arg(self.tr("Copy saved: %1"), target)))
            .run_in_background()
        )

    def check_database(self) -> None:
        db = self.db
        self.show_message(self.tr("Checking the database…"))

        def done(problems: list[str]) -> None:
            if problems:
                QMessageBox.critical(
                    self,
                    self.tr("The database is damaged"),
                    arg(
                        self.tr(
                            "The integrity check found problems:\n\n%1\n\n"
                            "Restore the latest backup from the backups folder beside it."
                        ),
                        "\n".join(problems[:10]),
                    ),
                )
            else:
                self.show_message(self.tr("The database is in good order."))

        (
            Operation(
                self, lambda _p, _c: integrity_problems(db), action=self.tr("check the database")
            )
            .success(done)
            .run_in_background()
        )

    def edit_branding(self) -> None:
        """Settings ▸ Branding: emblems and funding statement, saved in the database."""
        from pimap_desktop.gui.settings import BrandingDialog

        dialog = BrandingDialog(self.db, self)
        try:
            if dialog.exec():
                self.show_message(self.tr("Branding saved: the next documents carry it."))
        finally:
            dialog.deleteLater()

    def about(self) -> None:
        from pimap_desktop.appversion import describe_last_writer

        QMessageBox.about(
            self,
            self.tr("About PIMAP Desktop"),
            arg(
                self.tr(
                    "<b>PIMAP Desktop</b> %1<br>"
                    "Missions, delegations, B2B meetings and follow-up for technology clusters."
                    "<br><br>Database: %2<br>%3<br>Log file: %4"
                ),
                __version__,
                self.db.display,
                describe_last_writer(self.db.engine),
                log_path(),
            ),
        )

    # ------------------------------------------------------------------ window state

    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        number = int(str(self.settings.value("main/page", 0) or 0))
        self.go_to(number if 0 <= number < len(self.pages) else 0)

    def readers(self) -> list[PageReader[Any]]:
        """The pages' readers of long lists (in the background when a page is shown)."""
        return [
            self.registrations_page.reader,
            self.b2b_page.reader,
            self.export_page.reader,
            self.directory_page.reader,
        ]

    def reading(self) -> bool:
        """Whether a page is reading its lists in the background."""
        return any(reader.loading() for reader in self.readers())

    def save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.setValue("main/page", self.nav.currentRow())
        chosen = self.current.mission_id()
        self.settings.setValue("current/mission", str(chosen) if chosen else "")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        cancel_all(within=self)
        self.changes.stop()
        self.export_page.stop_work()
        self.kpi_page.stop_work()
        for reader in self.readers():
            reader.wait()
        QApplication.processEvents()
        super().closeEvent(event)
