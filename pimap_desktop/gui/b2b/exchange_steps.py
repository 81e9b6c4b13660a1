"""What the B2B page reads from files and writes to them: requests or availability imported
from a spreadsheet (after a preview), the participants' wish forms written (in the
background) and read back filled in, and the schedule exported. Each import is one undo
step."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from pimap_desktop.domain.errors import PimapError
from pimap_desktop.gui import dialogs
from pimap_desktop.gui.b2b.commands import b2b_imported, wishes_imported
from pimap_desktop.gui.b2b.host import B2BHost, PagePart, page_action
from pimap_desktop.gui.b2b.import_dialog import B2BImportDialog, kind_text
from pimap_desktop.gui.b2b.wishes_dialog import WishesImportDialog
from pimap_desktop.gui.errors import report_error
from pimap_desktop.gui.languages import QT_TRANSLATE_NOOP, arg
from pimap_desktop.gui.operations import Operation, Progress
from pimap_desktop.gui.widgets import table_file, table_file_filters
from pimap_desktop.services.b2b import wishes as wishes_svc
from pimap_desktop.services.b2b.imports import Kind
from pimap_desktop.services.exporting import export_schedule
from pimap_desktop.services.missions import missions as missions_svc

IMPORT_FILTERS = QT_TRANSLATE_NOOP(
    "ExchangeSteps", "Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"
)


class ExchangeSteps(PagePart):
    """The import, wish-form and export actions of ``page``. ``confirm_import`` and
    ``confirm_wishes`` show a preview and say whether the coordinator imported."""

    def __init__(
        self,
        host: B2BHost,
        page: QWidget,
        confirm_import: Callable[[B2BImportDialog], bool],
        confirm_wishes: Callable[[WishesImportDialog], bool],
    ) -> None:
        super().__init__(host, page)
        self._confirm_import, self._confirm_wishes = confirm_import, confirm_wishes
        self.export_action = page_action(page, self.tr("E&xport schedule…"), self.export_schedule)
        self.import_requests_action = page_action(
            page,
            self.tr("&Import requests…"),
            self.import_requests,
            tip=self.tr(
                "Requests from a CSV or XLSX file: requester e-mail, target e-mail, priority"
            ),
        )
        self.import_availability_action = page_action(
            page,
            self.tr("Import a&vailability…"),
            self.import_availability,
            tip=self.tr("Availability from a CSV or XLSX file: e-mail, start, end (local time)"),
        )
        self.wish_forms_action = page_action(
            page,
            self.tr("&Wish forms…"),
            self.write_wish_forms,
            tip=self.tr(
                "One XLSX per participant to tick whom they want to meet and when they can "
                "(the person chosen above, or everyone)"
            ),
        )
        self.import_wishes_action = page_action(
            page,
            self.tr("Import wis&h forms…"),
            self.import_wish_forms,
            tip=self.tr("Read the filled wish forms back into requests and availability"),
        )
        self.last_wish_forms: wishes_svc.WishFormsReport | None = None

    def update_actions(self) -> None:
        has_mission = self.host.mission_id() is not None
        self.export_action.setEnabled(has_mission)
        self.import_requests_action.setEnabled(has_mission)
        self.import_availability_action.setEnabled(has_mission)
        self.wish_forms_action.setEnabled(has_mission and bool(self.host.people_rows))
        self.import_wishes_action.setEnabled(has_mission)

    # ------------------------------------------------------------------ imports

    def import_requests(self) -> None:
        self._import(Kind.REQUESTS)

    def import_availability(self) -> None:
        self._import(Kind.AVAILABILITY)

    def _import(self, kind: Kind) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        chosen = dialogs.ask_open_path(
            self.page,
            arg(self.tr("Import %1"), kind_text(kind)),
            self.tr(IMPORT_FILTERS),
            key="b2b-imports",
        )
        if chosen is None:
            return
        dialog = B2BImportDialog(host.db, mission_id, kind, chosen, self.page)
        confirmed = self._confirm_import(dialog)
        dialog.deleteLater()
        if not confirmed or dialog.imported is None or dialog.table is None:
            return
        result = dialog.imported
        host.undo_stack.push(
            b2b_imported(host.db, mission_id, dialog.table, result, host.show_change)
        )
        host.refresh()
        self.message.emit(
            arg(self.tr("%1: %2. Undo with Ctrl+Z."), dialog.table.name, result.describe())
        )

    # ------------------------------------------------------------------ wish forms

    def write_wish_forms(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None or host.lane.busy():
            return
        chosen = host.chosen_registration()
        person = next((p for p in host.people_rows if p.id == chosen), None)
        folder = dialogs.ask_folder(
            self.page,
            arg(self.tr("Folder for the wish form of %1"), person.name)
            if person
            else self.tr("Folder for the wish forms"),
            key="wish-forms",
        )
        if folder is None:
            return
        db, emails = host.db, [person.email] if person else []

        def work(progress: Progress, cancel: threading.Event) -> wishes_svc.WishFormsReport:
            with db.session() as session:
                return wishes_svc.write_wish_forms(
                    session,
                    mission_id,
                    folder,
                    person_emails=emails,
                    progress=progress,
                    cancel=cancel,
                )

        def written(result: wishes_svc.WishFormsReport) -> None:
            self.last_wish_forms = result
            self.message.emit(result.describe() + ".")

        host.run_in_lane(
            Operation(self.page, work, action=self.tr("write the wish forms"))
            .with_progress(self.tr("Writing the wish forms…"), title=self.tr("B2B meetings"))
            .success(written)
            .cancelled(lambda _exc: None)  # nothing written, as the person asked
        )

    def import_wish_forms(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        paths = dialogs.ask_open_paths(
            self.page,
            self.tr("Import filled wish forms"),
            self.tr("Wish forms (*.xlsx);;All files (*)"),
            key="wish-forms",
        )
        if not paths:
            return
        dialog = WishesImportDialog(host.db, mission_id, paths, self.page)
        confirmed = self._confirm_wishes(dialog)
        dialog.deleteLater()
        if not confirmed or dialog.imported is None:
            return
        report = dialog.imported
        host.undo_stack.push(wishes_imported(host.db, mission_id, paths, report, host.show_change))
        host.refresh()
        self.message.emit(arg(self.tr("Wish forms: %1. Undo with Ctrl+Z."), report.describe()))

    # ------------------------------------------------------------------ export

    def export_schedule(self) -> None:
        host = self.host
        mission_id = host.mission_id()
        if mission_id is None:
            return
        with host.db.session() as session:
            code = missions_svc.get_mission(session, mission_id).code
        chosen = dialogs.ask_save_choice(
            self.page,
            self.tr("Export the schedule"),
            f"{code}-schedule.xlsx",
            table_file_filters(),
            key="tables",
        )
        if chosen is None:
            return
        out, fmt, delimiter = table_file(str(chosen[0]), chosen[1])
        try:
            with host.db.session() as session:
                report = export_schedule(session, mission_id, fmt, out, delimiter=delimiter)
        except PimapError as exc:
            report_error(self.page, exc, action=self.tr("export the schedule"))
            return
        self.message.emit(arg(self.tr("%n meeting(s) written to %1.", "", report.rows), out))
